"""The catalogue workbook (../shared/domain/catalogus.md) as a file: reading and checking one
into a `Catalogus`, writing a `Catalogus` in the same layout, and the empty template.

Plain data in and out (regels.catalogus): no database here. Reading is all-or-nothing: every
problem is collected as "Blad X, rij N, kolom Y: …" and raised together as one ImportFout.
"""

from collections import defaultdict
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from difflib import get_close_matches
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from jeugdloket.bestanden import vervang_atomair
from jeugdloket.fouten import ImportFout
from jeugdloket.rapporten.werkboek import open_werkboek, plek
from jeugdloket.regels import catalogus as r
from jeugdloket.regels.catalogus import (
    AANBIEDERS,
    BLADEN,
    CENT,
    CONTRACTEN,
    MAG_ONTBREKEN,
    PRODUCTEN,
    TOELICHTING,
    WACHTTIJDEN,
    AanbiederRij,
    Catalogus,
    ContractRij,
    ProductRij,
    WachttijdRij,
)
from jeugdloket.regels.codelijsten import codelijst
from jeugdloket.regels.validatie import normaliseer_postcode
from jeugdloket.regels.zoektool import datum_nl, gevouwen, opsomming

# ---------------------------------------------------------------- reading a workbook


class _Lezer:
    """Turns cells into checked values and collects every problem with its place."""

    def __init__(self, vandaag: date):
        self.vandaag = vandaag
        self.fouten: list[str] = []
        self.opmerkingen: list[str] = []  # accepted, but said (an optional column left out)

    def fout(self, blad: str, rij: int | None, kolom: str | None, tekst: str) -> None:
        self.fouten.append(plek(blad, rij, kolom) + tekst)

    @staticmethod
    def _leeg(v: Any) -> bool:
        return v is None or (isinstance(v, str) and not v.strip())

    def tekst(
        self, blad: str, nr: int, rij: dict, kolom: str, verplicht: bool = False
    ) -> str | None:
        v = rij.get(kolom)
        if self._leeg(v):
            if verplicht:
                self.fout(blad, nr, kolom, "ontbreekt")
            return None
        if isinstance(v, bool):
            v = "ja" if v else "nee"
        elif isinstance(v, float) and v.is_integer():
            v = int(v)
        elif isinstance(v, datetime):
            v = v.date()
        tekst = " ".join(str(v).split()) if kolom != "omschrijving" else str(v).strip()
        grens = r.MAX_LENGTE.get(kolom)
        if grens and len(tekst) > grens:
            self.fout(blad, nr, kolom, f"te lang ({len(tekst)} tekens, hoogstens {grens})")
            return None
        return tekst

    def agb(self, blad: str, nr: int, rij: dict, kolom: str, verplicht: bool = True) -> str | None:
        v = rij.get(kolom)
        if self._leeg(v):
            if verplicht:
                self.fout(blad, nr, kolom, "AGB-code ontbreekt")
            return None
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            if float(v).is_integer() and 0 <= v < 10**8:
                return str(int(v)).zfill(8)  # Excel dropped the leading zeros
            self.fout(blad, nr, kolom, f"'{v}' is geen AGB-code (8 cijfers)")
            return None
        tekst = str(v).strip()
        melding = r.agb_fout(tekst)
        if melding:
            self.fout(blad, nr, kolom, melding)
            return None
        return tekst

    def productcode(self, blad: str, nr: int, rij: dict, kolom: str = "productcode") -> str | None:
        v = rij.get(kolom)
        if self._leeg(v):
            self.fout(blad, nr, kolom, "productcode ontbreekt")
            return None
        if isinstance(v, float) and v.is_integer():
            v = int(v)
        tekst = str(v).strip().upper()
        melding = r.productcode_fout(tekst)
        if melding:
            self.fout(blad, nr, kolom, melding)
            return None
        return tekst

    def code(self, blad: str, nr: int, rij: dict, kolom: str, lijst: str) -> str | None:
        v = rij.get(kolom)
        if self._leeg(v):
            self.fout(blad, nr, kolom, f"ontbreekt (een code uit {lijst})")
            return None
        codes = codelijst(lijst)
        if isinstance(v, float) and v.is_integer():
            v = int(v)
        tekst = str(v).strip()
        if tekst not in codes and tekst.isdigit():
            # 4 → "04": Excel turned the code into a number
            passend = [c for c in codes if c.isdigit() and int(c) == int(tekst)]
            if len(passend) == 1:
                tekst = passend[0]
        if tekst not in codes:
            self.fout(blad, nr, kolom, f"'{tekst}' is geen code uit {lijst}")
            return None
        return tekst

    def geheel(
        self,
        blad: str,
        nr: int,
        rij: dict,
        kolom: str,
        van: int,
        tot: int,
        verplicht: bool = False,
    ) -> int | None:
        v = rij.get(kolom)
        if self._leeg(v):
            if verplicht:
                self.fout(blad, nr, kolom, "ontbreekt")
            return None
        getal, melding = r.lees_geheel(v)
        if melding:
            self.fout(blad, nr, kolom, melding)
            return None
        if not van <= getal <= tot:
            self.fout(blad, nr, kolom, f"{getal} kan niet; kies {van} t/m {tot}")
            return None
        return getal

    def datum(self, blad: str, nr: int, rij: dict, kolom: str, verplicht: bool) -> date | None:
        v = rij.get(kolom)
        if self._leeg(v):
            if verplicht:
                self.fout(blad, nr, kolom, "datum ontbreekt")
            return None
        d, melding = r.lees_datum(v)
        if melding:
            self.fout(blad, nr, kolom, melding)
            return None
        if not 1990 <= d.year <= 2100:
            self.fout(blad, nr, kolom, f"{datum_nl(d)} is geen plausibele datum")
            return None
        return d

    def bedrag(self, blad: str, nr: int, rij: dict, kolom: str) -> Decimal | None:
        v = rij.get(kolom)
        if self._leeg(v):
            return None
        cent, melding = r.lees_bedrag(v)
        if melding:
            self.fout(blad, nr, kolom, melding)
            return None
        return (Decimal(cent) / 100).quantize(CENT)

    def lijst(self, blad: str, nr: int, rij: dict, kolom: str) -> tuple[str, ...]:
        v = rij.get(kolom)
        if self._leeg(v):
            return ()
        return tuple(r.lees_lijst(v))


def _rijen(lezer: _Lezer, ws, blad: str) -> list[tuple[int, dict[str, Any]]]:
    """(row number, column → raw value) for every non-empty row; headers checked."""
    kolommen = BLADEN[blad]
    uit: list[tuple[int, dict[str, Any]]] = []
    plaats: dict[int, str] = {}
    for nr, waarden in enumerate(ws.iter_rows(values_only=True), start=1):
        if nr == 1:
            gezien: dict[str, int] = {}
            onbekend: list[str] = []
            for i, v in enumerate(waarden):
                naam = str(v).strip() if v is not None else ""
                kolom = next((k for k in kolommen if k.casefold() == naam.casefold()), None)
                if kolom is None:
                    if naam:
                        onbekend.append(naam)
                    continue
                if kolom in gezien:
                    lezer.fout(
                        blad,
                        1,
                        get_column_letter(i + 1),
                        f"kolom {kolom} staat er twee keer (ook in kolom "
                        f"{get_column_letter(gezien[kolom] + 1)})",
                    )
                    continue
                gezien[kolom] = i
                plaats[i] = kolom
            for kolom in kolommen:
                if kolom not in gezien:
                    lijkt = get_close_matches(kolom, onbekend, n=1, cutoff=0.5)
                    if not lijkt and kolom in MAG_ONTBREKEN[blad]:
                        lezer.opmerkingen.append(
                            f"Blad {blad}: geen kolom {kolom}; die blijft overal leeg"
                        )
                        continue
                    hint = f" (bedoelt u '{lijkt[0]}'?)" if lijkt else ""
                    lezer.fout(
                        blad, 1, None, f"kolom {kolom} ontbreekt{hint}; rij 1 noemt de kolommen"
                    )
            continue
        rij = {plaats[i]: v for i, v in enumerate(waarden) if i in plaats}
        if all(_Lezer._leeg(v) for v in rij.values()):
            continue
        uit.append((nr, rij))
    return uit


def lees_werkboek(pad: str | Path, vandaag: date | None = None) -> Catalogus:
    """Read and check a catalogue workbook; ImportFout lists every problem with its place."""
    pad = Path(pad)
    lezer = _Lezer(vandaag or date.today())
    wb = open_werkboek(pad)
    try:
        per_naam = {ws.title.strip().casefold(): ws for ws in wb.worksheets}
        rijen: dict[str, list[tuple[int, dict[str, Any]]]] = {}
        for blad in BLADEN:
            ws = per_naam.get(blad.casefold())
            if ws is None:
                andere = [
                    ws.title
                    for ws in wb.worksheets
                    if ws.title.strip().casefold() not in {b.casefold() for b in BLADEN}
                    and ws.title.strip().casefold() != TOELICHTING.casefold()
                ]
                lijkt = get_close_matches(blad, andere, n=1, cutoff=0.5)
                hint = f" (bedoelt u het blad '{lijkt[0]}'?)" if lijkt else ""
                lezer.fout(
                    blad,
                    None,
                    None,
                    f"blad ontbreekt{hint}; de bladen heten {opsomming(list(BLADEN))}",
                )
                rijen[blad] = []
                continue
            rijen[blad] = _rijen(lezer, ws, blad)
    finally:
        wb.close()
    if lezer.fouten:  # without the right sheets and columns the rows cannot be judged
        raise ImportFout(lezer.fouten)
    cat = _controleer(lezer, rijen)
    if lezer.fouten:
        raise ImportFout(lezer.fouten)
    return replace(cat, opmerkingen=tuple(lezer.opmerkingen))


def _controleer(lezer: _Lezer, rijen: dict[str, list[tuple[int, dict]]]) -> Catalogus:
    aanbieders = _controleer_aanbieders(lezer, rijen[AANBIEDERS])
    producten = _controleer_producten(lezer, rijen[PRODUCTEN])
    contracten = _controleer_contracten(lezer, rijen[CONTRACTEN], aanbieders, producten)
    wachttijden = _controleer_wachttijden(lezer, rijen[WACHTTIJDEN], contracten)
    # an empty sheet would end the whole catalogue: almost certainly the wrong file
    for blad, lijst in ((AANBIEDERS, aanbieders), (PRODUCTEN, producten), (CONTRACTEN, contracten)):
        if not lijst and not any(f.startswith(f"Blad {blad}") for f in lezer.fouten):
            lezer.fout(
                blad,
                None,
                None,
                "het blad is leeg; een leeg blad zou de hele catalogus laten vervallen",
            )
    return Catalogus.gesorteerd(
        aanbieders.values(),
        producten.values(),
        (c for _nr, c in contracten.values()),
        wachttijden,
    )


def _dubbel(lezer: _Lezer, blad: str, nr: int, kolom: str, wat: str, eerder: int) -> None:
    lezer.fout(blad, nr, kolom, f"{wat} staat ook in rij {eerder}; elke sleutel één keer")


def _controleer_aanbieders(lezer: _Lezer, rijen) -> dict[str, AanbiederRij]:
    b = AANBIEDERS
    uit: dict[str, AanbiederRij] = {}
    rijnr: dict[str, int] = {}
    hoofd: list[tuple[int, str, str]] = []  # (row, agb, hoofdaannemer_agb)
    for nr, rij in rijen:
        agb = lezer.agb(b, nr, rij, "agb")
        naam = lezer.tekst(b, nr, rij, "naam", verplicht=True)
        hoofdaannemer = lezer.agb(b, nr, rij, "hoofdaannemer_agb", verplicht=False)
        identiteit = lezer.tekst(b, nr, rij, "identiteit")
        telefoon = lezer.tekst(b, nr, rij, "telefoon")
        email = lezer.tekst(b, nr, rij, "email")
        website = lezer.tekst(b, nr, rij, "website")
        postcode = lezer.tekst(b, nr, rij, "postcode")
        for kolom, waarde, controle in (
            ("telefoon", telefoon, r.telefoon_fout),
            ("email", email, r.email_fout),
            ("website", website, r.website_fout),
            ("postcode", postcode, r.postcode_fout),
        ):
            melding = waarde and controle(waarde)
            if melding:
                lezer.fout(b, nr, kolom, melding)
        if agb is None or naam is None:
            continue
        if agb in rijnr:
            _dubbel(lezer, b, nr, "agb", f"AGB-code {agb}", rijnr[agb])
            continue
        rijnr[agb] = nr
        if hoofdaannemer:
            hoofd.append((nr, agb, hoofdaannemer))
        uit[agb] = AanbiederRij(
            agb=agb,
            naam=naam,
            hoofdaannemer_agb=hoofdaannemer,
            identiteit=identiteit and r.identiteit_naam(identiteit),
            telefoon=telefoon,
            email=email,
            website=website,
            adres=lezer.tekst(b, nr, rij, "adres"),
            postcode=postcode and normaliseer_postcode(postcode),
            plaats=lezer.tekst(b, nr, rij, "plaats"),
        )
    for nr, agb, hoofdaannemer in hoofd:
        if hoofdaannemer == agb:
            lezer.fout(
                b, nr, "hoofdaannemer_agb", "een aanbieder kan niet zijn eigen hoofdaannemer zijn"
            )
        elif hoofdaannemer not in uit:
            lezer.fout(b, nr, "hoofdaannemer_agb", f"{hoofdaannemer} staat niet op het blad {b}")
        elif uit[hoofdaannemer].hoofdaannemer_agb:
            lezer.fout(
                b,
                nr,
                "hoofdaannemer_agb",
                f"{hoofdaannemer} is zelf onderaannemer (van "
                f"{uit[hoofdaannemer].hoofdaannemer_agb}); een onderaannemer werkt onder een "
                "hoofdaannemer",
            )
    return uit


def _controleer_producten(lezer: _Lezer, rijen) -> dict[str, ProductRij]:
    b = PRODUCTEN
    uit: dict[str, ProductRij] = {}
    rijnr: dict[str, int] = {}
    for nr, rij in rijen:
        code = lezer.productcode(b, nr, rij)
        categorie = lezer.code(b, nr, rij, "productcategorie", "JZ020")
        naam = lezer.tekst(b, nr, rij, "naam", verplicht=True)
        segment = lezer.geheel(b, nr, rij, "segment", 1, 5, verplicht=True)
        setting = lezer.tekst(b, nr, rij, "setting", verplicht=True)
        if setting is not None:
            if setting.casefold() in r.SETTINGS:
                setting = setting.casefold()
            else:
                lezer.fout(
                    b,
                    nr,
                    "setting",
                    f"'{setting}' is geen setting; kies {opsomming(list(r.SETTINGS))}".replace(
                        " en crisis", " of crisis"
                    ),
                )
                setting = None
        eenheid = lezer.code(b, nr, rij, "eenheid", "WJ756")
        tarief = lezer.bedrag(b, nr, rij, "tarief")
        van = lezer.geheel(b, nr, rij, "leeftijd_van", 0, r.MAX_LEEFTIJD)
        tot = lezer.geheel(b, nr, rij, "leeftijd_tot", 0, r.MAX_LEEFTIJD)
        if van is not None and tot is not None and van > tot:
            lezer.fout(b, nr, "leeftijd_tot", f"{tot} ligt onder leeftijd_van ({van})")
        if None in (code, categorie, naam, segment, setting, eenheid):
            continue
        if code in rijnr:
            _dubbel(lezer, b, nr, "productcode", f"productcode {code}", rijnr[code])
            continue
        rijnr[code] = nr
        uit[code] = ProductRij(
            productcode=code,
            productcategorie=categorie,
            naam=naam,
            omschrijving=lezer.tekst(b, nr, rij, "omschrijving"),
            segment=segment,
            setting=setting,
            eenheid=eenheid,
            tarief=tarief,
            leeftijd_van=van,
            leeftijd_tot=tot,
            trefwoorden=lezer.lijst(b, nr, rij, "trefwoorden"),
            interventies=lezer.lijst(b, nr, rij, "interventies"),
        )
    return uit


def _controleer_contracten(
    lezer: _Lezer, rijen, aanbieders: dict[str, AanbiederRij], producten: dict[str, ProductRij]
) -> dict[tuple, tuple[int, ContractRij]]:
    b = CONTRACTEN
    uit: dict[tuple, tuple[int, ContractRij]] = {}
    per_paar: dict[tuple[str, str], list[tuple[int, ContractRij]]] = defaultdict(list)
    for nr, rij in rijen:
        agb = lezer.agb(b, nr, rij, "aanbieder_agb")
        code = lezer.productcode(b, nr, rij)
        if agb is not None and agb not in aanbieders:
            lezer.fout(b, nr, "aanbieder_agb", f"{agb} staat niet op het blad {AANBIEDERS}")
            agb = None
        if code is not None and code not in producten:
            lezer.fout(b, nr, "productcode", f"{code} staat niet op het blad {PRODUCTEN}")
            code = None
        gemeenten = tuple(r.gemeente_naam(g) for g in lezer.lijst(b, nr, rij, "gemeenten"))
        if not gemeenten:
            lezer.fout(b, nr, "gemeenten", "ontbreekt: noem de gemeenten, gescheiden door ;")
        for g in gemeenten:
            if len(g) > r.MAX_LENGTE["gemeenten"]:
                lezer.fout(b, nr, "gemeenten", f"'{g[:30]}…' is te lang voor een gemeentenaam")
        van = lezer.datum(b, nr, rij, "geldig_van", verplicht=True)
        tot = lezer.datum(b, nr, rij, "geldig_tot", verplicht=False)
        if van and tot and tot < van:
            lezer.fout(
                b, nr, "geldig_tot", f"{datum_nl(tot)} ligt vóór geldig_van ({datum_nl(van)})"
            )
            continue
        if None in (agb, code, van) or not gemeenten:
            continue
        contract = ContractRij(agb, code, gemeenten, van, tot)
        if contract.sleutel in uit:
            _dubbel(
                lezer,
                b,
                nr,
                "geldig_van",
                f"het contract van {agb} voor {code} vanaf {datum_nl(van)}",
                uit[contract.sleutel][0],
            )
            continue
        eigen = {gevouwen(g) for g in gemeenten}
        for ander_nr, ander in per_paar[(agb, code)]:
            samen = [g for g in ander.gemeenten if gevouwen(g) in eigen]
            if samen and r.overlappen(van, tot, ander.geldig_van, ander.geldig_tot):
                lezer.fout(
                    b,
                    nr,
                    "geldig_van",
                    f"overlapt met het contract in rij {ander_nr} (zelfde aanbieder en product, "
                    f"ook {opsomming(samen)}); pas geldig_van of geldig_tot aan",
                )
                break
        per_paar[(agb, code)].append((nr, contract))
        uit[contract.sleutel] = (nr, contract)
    return uit


def _controleer_wachttijden(lezer: _Lezer, rijen, contracten) -> list[WachttijdRij]:
    b = WACHTTIJDEN
    paren = {(c.aanbieder_agb, c.productcode) for _nr, c in contracten.values()}
    uit: list[WachttijdRij] = []
    rijnr: dict[tuple[str, str], int] = {}
    for nr, rij in rijen:
        agb = lezer.agb(b, nr, rij, "aanbieder_agb")
        code = lezer.productcode(b, nr, rij)
        weken = lezer.geheel(b, nr, rij, "wachttijd_weken", 0, r.MAX_WACHTTIJD, verplicht=True)
        peildatum = lezer.datum(b, nr, rij, "peildatum", verplicht=True)
        if peildatum and peildatum > lezer.vandaag:
            lezer.fout(b, nr, "peildatum", f"{datum_nl(peildatum)} ligt in de toekomst")
            peildatum = None
        if None in (agb, code, weken, peildatum):
            continue
        if (agb, code) not in paren:
            lezer.fout(
                b,
                nr,
                "productcode",
                f"geen contract voor aanbieder {agb} en product {code} op het blad {CONTRACTEN}",
            )
            continue
        if (agb, code) in rijnr:
            _dubbel(
                lezer,
                b,
                nr,
                "productcode",
                f"de wachttijd van {agb} voor {code}",
                rijnr[(agb, code)],
            )
            continue
        rijnr[(agb, code)] = nr
        uit.append(WachttijdRij(agb, code, weken, peildatum))
    return uit


# ---------------------------------------------------------------- writing a workbook

_TEKSTKOLOMMEN = {"agb", "hoofdaannemer_agb", "aanbieder_agb", "productcode", "productcategorie",
                  "eenheid", "postcode", "telefoon"}  # fmt: skip
_DATUMKOLOMMEN = {"geldig_van", "geldig_tot", "peildatum"}
_BREEDTE = {"naam": 40, "omschrijving": 60, "trefwoorden": 50, "interventies": 40,
            "gemeenten": 30, "website": 30, "email": 30, "adres": 28}  # fmt: skip
_UITLEG = {
    "agb": "AGB-code van de aanbieder: 8 cijfers. De sleutel: elke aanbieder één keer.",
    "naam": "Naam.",
    "hoofdaannemer_agb": "Leeg voor een hoofdaannemer. Voor een onderaannemer: de AGB-code van "
    "zijn hoofdaannemer (die op dit blad moet staan).",
    "identiteit": "Leeg, of: algemeen, christelijk, islamitisch, joods, humanistisch (of eigen tekst).",
    "telefoon": "Telefoonnummer (als tekst, dan blijft de 0 staan).",
    "email": "E-mailadres.",
    "website": "Website, zoals www.voorbeeld.nl.",
    "adres": "Straat en huisnummer van de hoofdvestiging.",
    "postcode": "Postcode, zoals 6921 AB.",
    "plaats": "Plaats van de hoofdvestiging.",
    "productcode": "Productcode: hoogstens 5 letters of cijfers. De sleutel op het blad Producten.",
    "productcategorie": "Code uit JZ020, zoals 45 (jeugdhulp ambulant).",
    "omschrijving": "Wat het product is en voor wie.",
    "segment": "1 tot en met 5: 1 hoog specialistisch, 2 wonen, 3 dagbesteding/dagbehandeling, "
    "4 specialistisch veel voorkomend, 5 crisis.",
    "setting": "ambulant, dagbehandeling, verblijf of crisis.",
    "eenheid": "Code uit WJ756, zoals 04 (uur), 14 (etmaal), 16 (dagdeel).",
    "tarief": "Euro's per eenheid, hoogstens 2 decimalen.",
    "leeftijd_van": "Leeftijd in jaren vanaf (leeg = geen ondergrens).",
    "leeftijd_tot": "Leeftijd in jaren tot en met (leeg = geen bovengrens).",
    "trefwoorden": "Problemen en doelgroepen, gescheiden door ; (dyslexie; angst; …).",
    "interventies": "Interventies bij naam, gescheiden door ; .",
    "aanbieder_agb": "AGB-code van een aanbieder op het blad Aanbieders.",
    "gemeenten": "Gemeenten waarvoor het contract geldt, gescheiden door ; (Duiven; Westervoort).",
    "geldig_van": "Eerste dag van het contract (datum).",
    "geldig_tot": "Laatste dag van het contract (datum); leeg = zonder einddatum.",
    "wachttijd_weken": "Wachttijd in hele weken (0 of meer).",
    "peildatum": "Datum waarop de wachttijd is gemeld.",
}


def _celwaarde(kolom: str, v: Any) -> Any:
    if isinstance(v, tuple):
        return "; ".join(v) if v else None
    if isinstance(v, Decimal):
        return float(v)
    return v


def _bladen_schrijven(wb: Workbook, cat: Catalogus, met_uitleg: bool) -> None:
    kop = Font(bold=True, color="FFFFFF")
    vulling = PatternFill("solid", start_color="2F5597", end_color="2F5597")
    for blad, rijen in cat.bladen().items():
        ws = wb.create_sheet(blad)
        kolommen = BLADEN[blad]
        for i, kolom in enumerate(kolommen, start=1):
            cel = ws.cell(row=1, column=i, value=kolom)
            cel.font = kop
            cel.fill = vulling
            if met_uitleg and kolom in _UITLEG:
                cel.comment = Comment(_UITLEG[kolom], "Jeugdloket", width=300, height=110)
            ws.column_dimensions[get_column_letter(i)].width = _BREEDTE.get(
                kolom, max(12, len(kolom) + 3)
            )
        for rij in rijen:
            ws.append([_celwaarde(k, getattr(rij, k)) for k in kolommen])
        # Number formats per cell (openpyxl has no column default that Excel honours for new
        # cells in every case) – and in the template for a block of empty rows, so Excel keeps
        # "04" and a leading zero of an AGB code as typed.
        laatste = max(len(rijen) + 1, 501 if met_uitleg else 1)
        for i, kolom in enumerate(kolommen, start=1):
            formaat = (
                "@"
                if kolom in _TEKSTKOLOMMEN
                else "DD-MM-YYYY"
                if kolom in _DATUMKOLOMMEN
                else "#,##0.00"
                if kolom == "tarief"
                else None
            )
            if formaat:
                for (cel,) in ws.iter_rows(min_row=2, max_row=laatste, min_col=i, max_col=i):
                    cel.number_format = formaat
        ws.freeze_panes = "A2"
        if met_uitleg:
            _keuzelijsten(ws, blad, laatste)


def _keuzelijsten(ws, blad: str, laatste: int) -> None:
    keuzes = {
        "setting": r.SETTINGS,
        "segment": tuple(str(s) for s in r.SEGMENTEN),
    }
    for i, kolom in enumerate(BLADEN[blad], start=1):
        if kolom in keuzes:
            dv = DataValidation(
                type="list", formula1='"' + ",".join(keuzes[kolom]) + '"', allow_blank=True
            )
            dv.error = f"Kies uit: {', '.join(keuzes[kolom])}"
            dv.errorTitle = kolom
            letter = get_column_letter(i)
            dv.add(f"{letter}2:{letter}{laatste}")
            ws.add_data_validation(dv)


def _toelichting(ws) -> None:
    ws.title = TOELICHTING
    regels: list[tuple[str, Font | None]] = [
        ("Catalogus van gecontracteerde jeugdhulp – invulsjabloon", Font(bold=True, size=14)),
        ("", None),
        ("Zo vult u dit bestand in", Font(bold=True)),
        (
            "Er zijn vier bladen: Aanbieders, Producten, Contracten en Wachttijden. Verander de "
            "namen van de bladen en de kolomnamen in rij 1 niet. Extra kolommen mogen; die worden "
            "niet ingelezen.",
            None,
        ),
        (
            "Aanbieders: één rij per aanbieder, sleutel agb (8 cijfers). Een onderaannemer noemt "
            "in hoofdaannemer_agb de AGB-code van zijn hoofdaannemer.",
            None,
        ),
        (
            "Producten: één rij per product uit het productenboek, sleutel productcode. "
            "productcategorie is een JZ020-code, eenheid een WJ756-code, segment 1 t/m 5, setting "
            "ambulant, dagbehandeling, verblijf of crisis.",
            None,
        ),
        (
            "Contracten: welke aanbieder welk product mag leveren, voor welke gemeenten en van "
            "wanneer tot wanneer (geldig_tot leeg = zonder einddatum).",
            None,
        ),
        (
            "Wachttijden: de huidige wachttijd in weken per aanbieder en product (er moet een "
            "contract voor zijn) met de datum waarop die is gemeld.",
            None,
        ),
        (
            "Lijsten in één cel (trefwoorden, interventies, gemeenten) scheidt u met een "
            "puntkomma: dyslexie; lezen; spelling.",
            None,
        ),
        ("Datums: een Excel-datum, of tekst als 2026-01-01 of 01-01-2026.", None),
        ("Bij elke kolomnaam staat een opmerking met uitleg.", None),
        ("", None),
        ("Inlezen", Font(bold=True)),
        (
            "Inlezen op de opdrachtregel: jeugdloket catalogus import BESTAND.xlsx",
            None,
        ),
        (
            "Het inlezen is alles-of-niets: bij een fout verandert er niets en krijgt u elke fout "
            "met blad, rij en kolom te zien.",
            None,
        ),
        (
            "Dit bestand vervangt de hele catalogus. Wat er niet meer in staat, vervalt (contracten "
            "worden beëindigd); de vorige versie blijft bewaard.",
            Font(bold=True),
        ),
        (
            "Tip: begin met een export (jeugdloket catalogus export -o catalogus.xlsx), dan staan de "
            "wachttijden die in Jeugdloket zijn bijgewerkt er ook in.",
            None,
        ),
    ]
    for tekst, font in regels:
        ws.append([tekst])
        cel = ws.cell(row=ws.max_row, column=1)
        cel.alignment = Alignment(wrap_text=True, vertical="top")
        if font is not None:
            cel.font = font
    ws.column_dimensions["A"].width = 110


def schrijf_werkboek(cat: Catalogus, pad: str | Path, titel: str = "Catalogus") -> Path:
    """The catalogue in the contract's layout: the four sheets and nothing else."""
    pad = Path(pad)
    wb = Workbook()
    wb.remove(wb.active)
    _bladen_schrijven(wb, cat, met_uitleg=False)
    wb.properties.title = titel
    wb.properties.creator = "Jeugdloket"
    vervang_atomair(pad, wb.save)
    return pad


def sjabloon(pad: str | Path) -> Path:
    """An empty catalogue workbook with a short instructions sheet (ignored by the import)."""
    pad = Path(pad)
    wb = Workbook()
    _toelichting(wb.active)
    _bladen_schrijven(wb, Catalogus(), met_uitleg=True)
    wb.properties.title = "Sjabloon catalogus Jeugdloket"
    wb.properties.creator = "Jeugdloket"
    vervang_atomair(pad, wb.save)
    return pad


__all__ = ["lees_werkboek", "schrijf_werkboek", "sjabloon"]
