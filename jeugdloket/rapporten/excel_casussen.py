"""Cases in an Excel workbook ⇄ the exchange document (`uitwisseling.md`).

A team that kept its cases in Excel fills the template (`jeugdloket sjabloon casussen`): one
sheet per kind of record, columns named exactly after the keys of the exchange format, rows
linked to their case by `casusnummer`. Reading the workbook gives the exchange document, which
goes through `uitwisseling.importeer` – the same rules and messages as a JSON import,
all-or-nothing.

Values are read as Excel typed them: a date may be a real Excel date or text (2026-11-16,
16-11-2026); a code such as verwijzer "02" may arrive as the number 2 and is padded back. A
conversion that is a guess (a bare date number, a phone number without its leading 0) is
reported as a notice; what cannot be read is an error naming sheet, row and column.
"""

import re
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import from_excel
from openpyxl.worksheet.datavalidation import DataValidation

from jeugdloket.bestanden import vervang_atomair
from jeugdloket.fouten import ImportFout
from jeugdloket.rapporten.werkboek import open_werkboek, plek
from jeugdloket.regels.codelijsten import (
    KADER,
    ROLLEN_PERSOON,
    SOORT_CONTACT,
    SOORT_VRAAG,
    codelijst,
)
from jeugdloket.regels.intake import ACTIE_STATUS, FACTOR_TYPES, NIVEAUS
from jeugdloket.regels.uitwisseling import FORMAAT, PERSOON_SLEUTELS, VERSIE

INSTRUCTIES = "Instructies"
MEDEWERKERS = "Medewerkers"
CASUSSEN = "Casussen"
DRAAGKRACHT = "Draagkracht"
DOELEN = "Doelen"
ACTIES = "Acties"

# Sheet → its columns (exchange-format keys). Every sheet but Medewerkers links by casusnummer.
BLADEN: dict[str, tuple[str, ...]] = {
    MEDEWERKERS: ("gebruikersnaam", "naam", "rol"),
    CASUSSEN: (
        "casusnummer",
        "gemeente",
        "consulent",
        "aanmelddatum",
        "eerste_contact",
        "verwijzer",
        "hulpvraag",
        "soort_vraag",
        "kader",
        "afgesloten_op",
        "reden_afsluiting",
    ),
    "Personen": ("casusnummer", "id", *PERSOON_SLEUTELS),
    "Contactmomenten": ("casusnummer", "datum", "soort", "notitie", "medewerker"),
    "Levenskracht": (
        "casusnummer",
        "leefgebied",
        "score_inwoner",
        "score_metgezel",
        "gaat_goed",
        "zorgen",
        "inwoner",
    ),
    DRAAGKRACHT: ("casusnummer", "metgezel", "draagkracht", "draaglast"),
    "Netwerk": ("casusnummer", "persoon", "nabijheid", "bijdrage"),
    "Verklarende analyse": (
        "casusnummer",
        "afgerond_op",
        "datum",
        "samenvatting",
        "auteur",
        "auteur_rol",
        "deelnemers",
    ),
    "Factoren": (
        "casusnummer",
        "id",
        "type",
        "niveau",
        "leefgebied",
        "omschrijving",
        "bron",
        "herkend",
    ),
    "Samenhang": ("casusnummer", "van", "naar", "toelichting"),
    DOELEN: ("casusnummer", "id", "prioriteit", "omschrijving", "goed_genoeg", "factoren"),
    ACTIES: ("casusnummer", "doel", "wie", "wat", "wanneer", "status"),
    "Familiegroepsplan": (
        "casusnummer",
        "aangeboden_op",
        "status",
        "opgesteld_op",
        "reden_afgezien",
        "deelnemers",
        "wat_is_er_aan_de_hand",
        "wat_willen_we_bereiken",
        "wat_doen_we_zelf",
        "hulp_van_professionals",
        "afspraken_veiligheid",
        "evaluatie",
    ),
    "Perspectiefplannen": (
        "casusnummer",
        "jeugdige",
        "opgesteld_op",
        "hulp_komende_twee_jaar",
        "hulp_na_18",
    ),
    "Toewijzingen": (
        "casusnummer",
        "jeugdige",
        "aanbieder_agb",
        "productcategorie",
        "productcode",
        "segment",
        "status",
        "aanvraagdatum",
        "ingangsdatum",
        "einddatum",
        "volume",
        "eenheid",
        "frequentie",
        "budget",
        "reden_beeindiging",
        "doel",
    ),
}
# Where each sheet goes in a case: a list of objects, or one object (at most one row per case).
_LIJST = {
    "Personen": "personen",
    "Contactmomenten": "contactmomenten",
    "Perspectiefplannen": "perspectiefplannen",
    "Toewijzingen": "toewijzingen",
}
_EEN = {"Verklarende analyse": "verklarende_analyse", "Familiegroepsplan": "familiegroepsplan"}
# Parts inside an object of the case: sheet → (the case's object, its list).
_IN_OBJECT = {
    "Levenskracht": ("levenskracht", "leefgebieden"),
    "Netwerk": ("levenskracht", "netwerk"),
    "Factoren": ("verklarende_analyse", "factoren"),
    "Samenhang": ("verklarende_analyse", "samenhang"),
    DOELEN: ("verklarende_analyse", "doelen"),
}

DATUMS = {
    "aanmelddatum",
    "eerste_contact",
    "afgesloten_op",
    "geboortedatum",
    "datum",
    "afgerond_op",
    "aangeboden_op",
    "opgesteld_op",
    "aanvraagdatum",
    "ingangsdatum",
    "einddatum",
    "wanneer",  # a date in the route map; text that is no date is kept as written
}
MET_TIJD = {"aanmelddatum", "eerste_contact", "datum"}
GEHELE = {"segment", "volume", "score_inwoner", "score_metgezel", "prioriteit", "nabijheid"}
GETALLEN = {"budget"}
JA_NEE = {"gezag", "herkend"}
LIJSTEN = {"deelnemers", "factoren"}
CODES = {
    "verwijzer": "COD327",
    "productcategorie": "JZ020",
    "geslacht": "COD046",
    "relatie": "COD472",
    "eenheid": "WJ756",
    "frequentie": "WMO757",
    "reden_beeindiging": "JZ588",
    "reden_afsluiting": "JZ588",
}
CIJFERS = {"bsn": 9, "aanbieder_agb": 8}  # fixed-length digit strings: Excel drops leading zeros

KEUZES = {
    "rol": tuple(ROLLEN_PERSOON),
    "soort": tuple(SOORT_CONTACT),
    "soort_vraag": tuple(SOORT_VRAAG),
    "kader": tuple(KADER),
    "type": tuple(FACTOR_TYPES),
    "niveau": tuple(NIVEAUS),
    "status": None,  # differs per sheet, see _keuzes
}
_JA = {"ja", "j", "waar", "true", "1", "yes", "x"}
_NEE = {"nee", "n", "onwaar", "false", "0", "no"}
_NL_DATUM = re.compile(
    r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[ T](\d{1,2})[:.](\d{2})(?::(\d{2}))?)?"
)
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?")

UITLEG: dict[str, str] = {
    "casusnummer": "JJJJ-NNNN, bijvoorbeeld 2026-0042. Koppelt de rij aan de casus.",
    "id": "Id van de persoon binnen de casus: p1, p2, …",
    "jeugdige": "Id van de jeugdige (kolom id op het blad Personen).",
    "consulent": "Gebruikersnaam van de consulent, bijvoorbeeld a.devries.",
    "medewerker": "Gebruikersnaam van de medewerker.",
    "verwijzer": "Code COD327, bijvoorbeeld 02 (huisarts).",
    "productcategorie": "Code JZ020, bijvoorbeeld 45.",
    "geslacht": "Code COD046: 0 onbekend, 1 man, 2 vrouw.",
    "relatie": "Code COD472.",
    "eenheid": "Code WJ756.",
    "frequentie": "Code WMO757, bijvoorbeeld 2 (per week).",
    "reden_beeindiging": "Code JZ588.",
    "reden_afsluiting": "Code JZ588, bijvoorbeeld 31 (volgens plan).",
    "bsn": "9 cijfers (11-proef).",
    "aanbieder_agb": "AGB-code van de aanbieder: 8 cijfers.",
    "segment": "1 tot en met 5.",
    "gezag": "ja of nee.",
    "deelnemers": "Ids van personen, gescheiden door komma's: p2, p3.",
    "leefgebied": "Sleutel van het leefgebied, bijvoorbeeld school_en_werk.",
    "doel": "Id van een doel van de verklarende analyse (d1, …), van het blad Doelen.",
    "inwoner": "Id van de persoon wiens levenskracht dit is (leeg: het gezin).",
    "metgezel": "Id van de metgezel die meescoorde (p2, …).",
    "persoon": "Id van de persoon uit het netwerk (blad Personen).",
    "nabijheid": "1 (dichtbij) tot en met 3 (verder weg).",
    "prioriteit": "1 tot en met 5; hoogstens 5 doelen per casus.",
    "factoren": "Ids van factoren (blad Factoren), gescheiden door komma's: f1, f3.",
    "van": "Id van de factor (blad Factoren) waar de pijl begint.",
    "naar": "Id van de factor waar de pijl naar wijst.",
    "wie": "Id van de persoon die het doet (blad Personen).",
    "herkend": "ja of nee: herkent het gezin deze factor?",
    "wanneer": "Datum (16-12-2026) of tekst als 'na de zomer'.",
}


def _uitleg(kolom: str) -> str:
    if kolom in UITLEG:
        return UITLEG[kolom]
    if kolom in DATUMS:
        tijd = " Met tijd mag ook: 16-11-2026 09:30." if kolom in MET_TIJD else ""
        return f"Datum: een Excel-datum, of tekst als 2026-11-16 of 16-11-2026.{tijd}"
    if kolom == "status":
        return "Zie de keuzelijst in de cel."
    if kolom == "rol":
        return "Zie de keuzelijst in de cel."
    return ""


def _keuzes(blad: str, kolom: str) -> tuple[str, ...] | None:
    if kolom == "status":
        return {
            "Toewijzingen": ("aangevraagd", "gestart", "beeindigd", "afgewezen"),
            "Familiegroepsplan": ("aangeboden", "opgesteld", "afgezien"),
            ACTIES: tuple(ACTIE_STATUS),
        }.get(blad)
    if blad == MEDEWERKERS and kolom == "rol":
        return ("consulent", "coördinator", "beheerder")
    return KEUZES.get(kolom)


# ---------------------------------------------------------------- the template


def _instructies(ws) -> None:
    regels = [
        ("Casussen invullen voor Jeugdloket", Font(bold=True, size=14)),
        ("", None),
        (
            "Elk blad is één soort gegevens. De kolomnamen zijn de namen uit het "
            "uitwisselingsformaat: verander ze niet en voeg geen bladen toe.",
            None,
        ),
        (
            "Elke rij op een ander blad dan Casussen en Medewerkers hoort bij de casus in de "
            "kolom casusnummer; die casus moet op het blad Casussen staan.",
            None,
        ),
        (
            "Personen krijgen per casus een id (p1, p2, …). Toewijzingen, perspectiefplannen en "
            "het familiegroepsplan verwijzen met die id naar een persoon.",
            None,
        ),
        (
            "Datums: een Excel-datum, of tekst als 2026-11-16 of 16-11-2026. Codes (verwijzer, "
            "productcategorie, …) mogen als getal: 2 wordt 02.",
            None,
        ),
        (
            "Lege cellen zijn toegestaan behalve: casusnummer, gemeente en aanmelddatum (Casussen); "
            "id en rol (Personen); jeugdige, productcategorie, status en aanvraagdatum "
            "(Toewijzingen).",
            None,
        ),
        (
            "Verklarende analyse, Draagkracht en Familiegroepsplan: hoogstens één rij per casus. "
            "Levenskracht: één rij per leefgebied.",
            None,
        ),
        (
            "De analyse: Factoren krijgen per casus een id (f1, f2, …), Doelen een id (d1, …). "
            "Samenhang (pijlen tussen factoren), Doelen (kolom factoren) en Acties (kolom doel) "
            "verwijzen met die ids; Toewijzingen kunnen met de kolom doel naar een doel wijzen.",
            None,
        ),
        ("Inlezen: jeugdloket import casussen BESTAND.xlsx", Font(bold=True)),
        (
            "Het inlezen is alles-of-niets: bij één fout wordt niets opgeslagen en krijg je elke "
            "fout met blad, rij en kolom of met casus en veld.",
            None,
        ),
        (
            "Een casus die al in Jeugdloket staat, wordt vervangen door wat in dit bestand staat "
            "(ook wat hier ontbreekt, zoals toewijzingen of een analyse met factoren).",
            None,
        ),
        (
            "Dit bestand bevat na het invullen persoonsgegevens: bewaar het op een beveiligde plek "
            "en verwijder het na het inlezen.",
            Font(bold=True, color="C0392B"),
        ),
    ]
    for tekst, font in regels:
        ws.append([tekst])
        if font is not None:
            ws.cell(row=ws.max_row, column=1).font = font
    ws.column_dimensions["A"].width = 120


def schrijf_sjabloon(pad: str | Path) -> Path:
    """An empty case template (atomic write)."""
    pad = Path(pad)
    wb = Workbook()
    _instructies(wb.active)
    wb.active.title = INSTRUCTIES
    kop = Font(bold=True, color="FFFFFF")
    vulling = PatternFill("solid", start_color="2F5597", end_color="2F5597")
    for blad, kolommen in BLADEN.items():
        ws = wb.create_sheet(blad)
        for i, kolom in enumerate(kolommen, start=1):
            cel = ws.cell(row=1, column=i, value=kolom)
            cel.font = kop
            cel.fill = vulling
            if _uitleg(kolom):
                cel.comment = Comment(_uitleg(kolom), "Jeugdloket", width=260, height=90)
            letter = get_column_letter(i)
            ws.column_dimensions[letter].width = max(12, len(kolom) + 4)
            bereik = f"{letter}2:{letter}5000"
            if kolom in DATUMS:
                ws.column_dimensions[letter].number_format = (
                    "DD-MM-YYYY HH:MM" if kolom in MET_TIJD else "DD-MM-YYYY"
                )
            elif kolom in CODES or kolom in CIJFERS or kolom in ("casusnummer", "postcode"):
                # Text cells: Excel then keeps "02" and a leading zero of a BSN.
                ws.column_dimensions[letter].number_format = "@"
            keuzes = _keuzes(blad, kolom)
            if keuzes:
                dv = DataValidation(
                    type="list", formula1='"' + ",".join(keuzes) + '"', allow_blank=True
                )
                dv.error = f"Kies uit: {', '.join(keuzes)}"
                dv.errorTitle = kolom
                dv.add(bereik)
                ws.add_data_validation(dv)
        ws.freeze_panes = "A2"
    p = wb.properties
    p.title = "Sjabloon casussen Jeugdloket"
    p.creator = "Jeugdloket"
    p.lastModifiedBy = "Jeugdloket"
    vervang_atomair(pad, wb.save)
    return pad


# ---------------------------------------------------------------- reading a workbook


class _Lezer:
    def __init__(self) -> None:
        self.fouten: list[str] = []
        self.meldingen: list[str] = []  # conversions that were a guess

    def fout(self, blad: str, rij: int | None, kolom: str | None, tekst: str) -> None:
        self.fouten.append(plek(blad, rij, kolom) + tekst)

    def let_op(self, blad: str, rij: int, kolom: str, tekst: str) -> None:
        self.meldingen.append(plek(blad, rij, kolom) + tekst)

    # -- one cell → its value in the document; None for an empty cell or after an error

    def waarde(self, blad: str, rij: int, kolom: str, v: Any) -> Any:
        if isinstance(v, str):
            v = v.strip()
            if not v:
                return None
        if v is None:
            return None
        if kolom in DATUMS:
            return self._datum(blad, rij, kolom, v)
        if kolom in GEHELE:
            return self._geheel(blad, rij, kolom, v)
        if kolom in GETALLEN:
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                return v
            try:
                return float(str(v).replace(",", "."))
            except ValueError:
                self.fout(blad, rij, kolom, f"'{v}' is geen getal")
                return None
        if kolom in JA_NEE:
            if isinstance(v, bool):
                return v
            tekst = str(v).strip().lower()
            if tekst in _JA:
                return True
            if tekst in _NEE:
                return False
            self.fout(blad, rij, kolom, f"'{v}' is geen ja of nee")
            return None
        if kolom in LIJSTEN:
            return [d.strip() for d in re.split(r"[,;]", str(v)) if d.strip()]
        if kolom in CODES:
            return self._code(blad, rij, kolom, v)
        if kolom in CIJFERS:
            return self._cijfers(blad, rij, kolom, v)
        return self._tekst(blad, rij, kolom, v)

    def _datum(self, blad: str, rij: int, kolom: str, v: Any) -> str | None:
        if isinstance(v, datetime):
            if v.time() == time(0, 0):
                return v.date().isoformat()
            return v.replace(microsecond=0).isoformat()
        if isinstance(v, date):
            return v.isoformat()
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            # A date cell that lost its format shows its day number (46342 = 16-11-2026).
            if 1 <= v < 80000:
                d = from_excel(v)
                tekst = d.date().isoformat() if d.time() == time(0, 0) else d.isoformat()
                self.let_op(
                    blad,
                    rij,
                    kolom,
                    f"het getal {_getal(v)} is gelezen als Excel-datum "
                    f"{d:%d-%m-%Y}; controleer dit, of maak de cel een datum",
                )
                return tekst
            self.fout(blad, rij, kolom, f"het getal {_getal(v)} is geen datum")
            return None
        tekst = str(v).strip()
        if _ISO.fullmatch(tekst):
            return tekst
        m = _NL_DATUM.fullmatch(tekst)
        if m:
            dag, maand, jaar, uur, minuut, sec = m.groups()
            try:
                d = date(int(jaar), int(maand), int(dag))
                if uur is None:
                    return d.isoformat()
                return datetime.combine(d, time(int(uur), int(minuut), int(sec or 0))).isoformat()
            except ValueError:
                self.fout(blad, rij, kolom, f"'{tekst}' bestaat niet als datum")
                return None
        return tekst  # the import says what is wrong with it, in its own words

    def _geheel(self, blad: str, rij: int, kolom: str, v: Any) -> int | None:
        if isinstance(v, bool):
            self.fout(blad, rij, kolom, f"{v} is geen geheel getal")
            return None
        if isinstance(v, int):
            return v
        if isinstance(v, float) and v.is_integer():
            return int(v)
        if isinstance(v, str) and re.fullmatch(r"-?\d+", v):
            return int(v)
        self.fout(blad, rij, kolom, f"'{_getal(v)}' is geen geheel getal")
        return None

    def _code(self, blad: str, rij: int, kolom: str, v: Any) -> str | None:
        lijst = codelijst(CODES[kolom])
        if isinstance(v, bool) or (isinstance(v, float) and not v.is_integer()):
            self.fout(blad, rij, kolom, f"'{_getal(v)}' is geen code uit {CODES[kolom]}")
            return None
        tekst = str(int(v)) if isinstance(v, (int, float)) else str(v).strip()
        if tekst in lijst or not tekst.isdigit():
            return tekst
        # 2 → "02": Excel turned the code into a number; padding is the only sensible reading.
        passend = [c for c in lijst if c.isdigit() and int(c) == int(tekst)]
        if len(passend) == 1:
            return passend[0]
        if len(passend) > 1:
            self.fout(
                blad,
                rij,
                kolom,
                f"{tekst} kan meerdere codes zijn ({', '.join(passend)}); typ de code als tekst",
            )
            return None
        return tekst  # not a code: the import reports it with the list's name

    def _cijfers(self, blad: str, rij: int, kolom: str, v: Any) -> str | None:
        lengte = CIJFERS[kolom]
        if isinstance(v, bool) or (isinstance(v, float) and not v.is_integer()):
            self.fout(blad, rij, kolom, f"'{_getal(v)}' moet {lengte} cijfers zijn")
            return None
        if isinstance(v, (int, float)):
            tekst = str(int(v))
            if len(tekst) < lengte:
                return tekst.zfill(lengte)  # leading zeros Excel dropped
            return tekst
        return str(v).strip()

    def _tekst(self, blad: str, rij: int, kolom: str, v: Any) -> str:
        if isinstance(v, bool):
            return "ja" if v else "nee"
        if isinstance(v, float) and v.is_integer():
            v = int(v)
        if isinstance(v, int):
            tekst = str(v)
            if kolom == "telefoon" and len(tekst) == 9:
                self.let_op(
                    blad, rij, kolom, f"het getal {tekst} is gelezen als telefoonnummer 0{tekst}"
                )
                return "0" + tekst
            return tekst
        if isinstance(v, datetime):
            return v.date().isoformat() if v.time() == time(0, 0) else v.isoformat()
        if isinstance(v, date):
            return v.isoformat()
        return str(v).strip()


def _getal(v: Any) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def lees_werkboek(pad: str | Path) -> tuple[dict[str, Any], list[str]]:
    """(exchange document, notices) from a filled template; ImportFout lists every problem of
    the workbook itself (unknown sheet or column, a row without casusnummer, …)."""
    pad = Path(pad)
    wb = open_werkboek(pad)
    lezer = _Lezer()
    bekend = {naam.casefold(): naam for naam in BLADEN}
    rijen: dict[str, list[tuple[int, dict[str, Any]]]] = {naam: [] for naam in BLADEN}
    try:
        for ws in wb.worksheets:
            titel = ws.title.strip()
            if titel.casefold() == INSTRUCTIES.casefold():
                continue
            blad = bekend.get(titel.casefold())
            if blad is None:
                if _heeft_waarden(ws):
                    lezer.fout(
                        titel,
                        None,
                        None,
                        f"onbekend blad; de bladen heten {', '.join(BLADEN)} (en {INSTRUCTIES})",
                    )
                continue
            rijen[blad] = _lees_blad(lezer, ws, blad)
    finally:
        wb.close()
    doc = _document(lezer, rijen)
    if lezer.fouten:
        raise ImportFout(lezer.fouten)
    return doc, lezer.meldingen


def _heeft_waarden(ws) -> bool:
    return any(
        v is not None and str(v).strip() != ""
        for rij in ws.iter_rows(values_only=True)
        for v in rij
    )


def _lees_blad(lezer: _Lezer, ws, blad: str) -> list[tuple[int, dict[str, Any]]]:
    toegestaan = BLADEN[blad]
    uit: list[tuple[int, dict[str, Any]]] = []
    kolommen: list[str | None] = []
    for nr, waarden in enumerate(ws.iter_rows(values_only=True), start=1):
        if nr == 1:
            kolommen = _koppen(lezer, blad, waarden, toegestaan)
            continue
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in waarden):
            continue
        rij: dict[str, Any] = {}
        for i, v in enumerate(waarden):
            kolom = kolommen[i] if i < len(kolommen) else None
            if kolom is None:
                if v is not None and str(v).strip():
                    lezer.fout(
                        blad,
                        nr,
                        get_column_letter(i + 1),
                        "een waarde in een kolom zonder naam in rij 1",
                    )
                continue
            waarde = lezer.waarde(blad, nr, kolom, v)
            if waarde is not None:
                rij[kolom] = waarde
        uit.append((nr, rij))
    return uit


def _koppen(lezer: _Lezer, blad: str, waarden: tuple, toegestaan: tuple[str, ...]) -> list:
    kolommen: list[str | None] = []
    gezien: set[str] = set()
    for i, v in enumerate(waarden):
        naam = str(v).strip() if v is not None else ""
        if not naam:
            kolommen.append(None)
            continue
        if naam not in toegestaan:
            lezer.fout(
                blad,
                1,
                get_column_letter(i + 1),
                f"onbekende kolom '{naam}'; op dit blad horen: {', '.join(toegestaan)}",
            )
            kolommen.append(None)
            continue
        if naam in gezien:
            lezer.fout(blad, 1, get_column_letter(i + 1), f"de kolom '{naam}' staat er twee keer")
            kolommen.append(None)
            continue
        gezien.add(naam)
        kolommen.append(naam)
    if blad != MEDEWERKERS and "casusnummer" not in gezien and any(kolommen):
        lezer.fout(blad, 1, None, "de kolom casusnummer ontbreekt")
    return kolommen


def _document(lezer: _Lezer, rijen: dict[str, list[tuple[int, dict[str, Any]]]]) -> dict:
    medewerkers = []
    for nr, rij in rijen[MEDEWERKERS]:
        if "gebruikersnaam" not in rij:
            lezer.fout(MEDEWERKERS, nr, "gebruikersnaam", "gebruikersnaam ontbreekt")
            continue
        medewerkers.append(rij)

    casussen: dict[str, dict[str, Any]] = {}
    eerste_rij: dict[str, int] = {}
    for nr, rij in rijen[CASUSSEN]:
        nummer = rij.get("casusnummer")
        if nummer is None:
            lezer.fout(CASUSSEN, nr, "casusnummer", "casusnummer ontbreekt")
            continue
        if nummer in casussen:
            lezer.fout(
                CASUSSEN, nr, "casusnummer", f"casus {nummer} staat ook op rij {eerste_rij[nummer]}"
            )
            continue
        eerste_rij[nummer] = nr
        casussen[nummer] = dict(rij)

    def casus_van(blad: str, nr: int, rij: dict[str, Any]) -> dict[str, Any] | None:
        nummer = rij.pop("casusnummer", None)
        if nummer is None:
            lezer.fout(blad, nr, "casusnummer", "casusnummer ontbreekt")
            return None
        if nummer not in casussen:
            lezer.fout(blad, nr, "casusnummer", f"casus {nummer} staat niet op het blad {CASUSSEN}")
            return None
        return casussen[nummer]

    for blad, sleutel in _LIJST.items():
        for nr, rij in rijen[blad]:
            casus = casus_van(blad, nr, dict(rij))
            if casus is not None:
                casus.setdefault(sleutel, []).append(
                    {k: v for k, v in rij.items() if k != "casusnummer"}
                )
    for blad, sleutel in (*_EEN.items(), (DRAAGKRACHT, "levenskracht")):
        gezien: set[str] = set()
        for nr, rij in rijen[blad]:
            casus = casus_van(blad, nr, dict(rij))
            if casus is None:
                continue
            if rij["casusnummer"] in gezien:
                lezer.fout(
                    blad,
                    nr,
                    "casusnummer",
                    f"casus {rij['casusnummer']} staat al op een eerdere rij; één rij per casus",
                )
                continue
            gezien.add(rij["casusnummer"])
            casus.setdefault(sleutel, {}).update(
                {k: v for k, v in rij.items() if k != "casusnummer"}
            )
    for blad, (object_, lijst) in _IN_OBJECT.items():
        for nr, rij in rijen[blad]:
            casus = casus_van(blad, nr, dict(rij))
            if casus is not None:
                deel = casus.setdefault(object_, {})
                deel.setdefault(lijst, []).append(
                    {k: v for k, v in rij.items() if k != "casusnummer"}
                )
    # An action belongs to a goal of the same case (sheet Doelen, column id).
    for nr, rij in rijen[ACTIES]:
        casus = casus_van(ACTIES, nr, dict(rij))
        if casus is None:
            continue
        doel_ref = rij.get("doel")
        doelen = (casus.get("verklarende_analyse") or {}).get("doelen") or []
        doel = next((d for d in doelen if d.get("id") == doel_ref), None)
        if doel is None:
            bekend = ", ".join(str(d.get("id")) for d in doelen if d.get("id")) or "geen"
            lezer.fout(
                ACTIES,
                nr,
                "doel",
                f"doel '{doel_ref or ''}' staat niet bij casus {rij['casusnummer']} op het blad "
                f"{DOELEN} (wel: {bekend})",
            )
            continue
        doel.setdefault("acties", []).append(
            {k: v for k, v in rij.items() if k not in ("casusnummer", "doel")}
        )

    return {
        "formaat": FORMAAT,
        "versie": VERSIE,
        "medewerkers": medewerkers,
        "casussen": list(casussen.values()),
    }


__all__ = ["BLADEN", "INSTRUCTIES", "lees_werkboek", "schrijf_sjabloon"]
