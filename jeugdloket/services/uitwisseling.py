"""The exchange format "jeugdloket-casussen" version 1 (../shared/domain/uitwisseling.md).

Import is all-or-nothing: the whole document is checked first and every problem is reported
with the case and the field it is about; only a clean document is written, in one transaction.
It is idempotent: `casusnummer` is the key, people are matched by their `id` within the case,
and a case whose content is already in the database is left alone (its version stays).

The parts other modules own (levenskracht, verklarende_analyse, familiegroepsplan,
perspectiefplannen, toewijzingen) are checked here against the rules of the format and written
to their own tables through those modules (`naar_document` / `uit_document`); keys the format
does not know are kept in `Casus.extra`, so an import → export round trip gives the same
document. A toewijzing is checked by the same rules as entry in the app
(`regels.toewijzing.toewijzing_fouten`).
"""

import json
import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload
from sqlmodel import Session

from jeugdloket.bestanden import vervang_atomair
from jeugdloket.db import Database
from jeugdloket.fouten import ImportFout, NietGevonden
from jeugdloket.models import Casus, Contactmoment, Medewerker, Persoon
from jeugdloket.regels.codelijsten import ROLLEN_PERSOON, SOORT_CONTACT, leefgebieden
from jeugdloket.regels.intake import ACTIE_STATUS
from jeugdloket.regels.plannen import KADERS_NA_18
from jeugdloket.regels.toewijzing import DOCUMENT_SLEUTELS, toewijzing_fouten, velden_uit_document
from jeugdloket.regels.uitwisseling import (
    CASUS_SLEUTELS,
    CONTACT_SLEUTELS,
    FACTOR_TYPES,
    FGP_STATUS,
    FORMAAT,
    GEBIEDEN,
    INTAKE_DELEN,
    LATERE_DELEN,
    MAX_DOELEN,
    NIVEAUS,
    PERSOON_SLEUTELS,
    TABEL_DELEN,
    VERSIE,
)
from jeugdloket.regels.validatie import (
    CASUSNUMMER,
    casus_fouten,
    normaliseer_postcode,
    persoon_fouten,
)
from jeugdloket.services import intake as intake_dienst
from jeugdloket.services import plannen as plannen_dienst
from jeugdloket.services import rechten
from jeugdloket.services import toewijzingen as toewijzingen_dienst
from jeugdloket.services.casussen import ververs_afgeleid
from jeugdloket.services.medewerkers import medewerker_fouten
from jeugdloket.services.rechten import Actie as Handeling

_DATUM = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATUMTIJD = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?")


@dataclass
class ImportResultaat:
    nieuw: int = 0
    bijgewerkt: int = 0
    ongewijzigd: int = 0
    medewerkers_nieuw: list[str] = field(default_factory=list)  # listed in the document
    medewerkers_aangemaakt: list[str] = field(default_factory=list)  # only referred to


# ---------------------------------------------------------------- plain form of one case


@dataclass
class _PersoonIn:
    ref: str
    velden: dict[str, Any]
    extra: dict[str, Any]


@dataclass
class _ContactIn:
    velden: dict[str, Any]  # datum, soort, notitie
    medewerker: str | None
    extra: dict[str, Any]


@dataclass
class _CasusIn:
    casusnummer: str
    velden: dict[str, Any]  # the Casus columns, consulent as gebruikersnaam
    personen: list[_PersoonIn]
    contactmomenten: list[_ContactIn]
    extra: dict[str, Any]


def _iso(waarde: Any) -> Any:
    if isinstance(waarde, datetime):
        return waarde.replace(microsecond=0).isoformat()
    if isinstance(waarde, date):
        return waarde.isoformat()
    return waarde


def _zonder_leeg(paren: Iterable[tuple[str, Any]]) -> dict[str, Any]:
    return {k: _iso(v) for k, v in paren if v is not None}


def _vorm(c: _CasusIn) -> dict[str, Any]:
    """The case as the exchange format writes it (absent keys for empty values)."""
    doc = _zonder_leeg(
        [("casusnummer", c.casusnummer)] + [(k, c.velden.get(k)) for k in CASUS_SLEUTELS[1:]]
    )
    doc["personen"] = [
        {"id": p.ref, **_zonder_leeg((k, p.velden.get(k)) for k in PERSOON_SLEUTELS), **p.extra}
        for p in c.personen
    ]
    for deel in LATERE_DELEN:
        if c.extra.get(deel) is not None:
            doc[deel] = c.extra[deel]
    doc["contactmomenten"] = [
        {
            **_zonder_leeg(
                [(k, m.velden.get(k)) for k in ("datum", "soort", "notitie")]
                + [("medewerker", m.medewerker)]
            ),
            **m.extra,
        }
        for m in c.contactmomenten
    ]
    if not doc["contactmomenten"]:
        del doc["contactmomenten"]
    for k, v in c.extra.items():
        if k not in LATERE_DELEN:
            doc[k] = v
    return doc


def _uit_database(s: Session, casus: Casus, namen: dict[uuid.UUID, str]) -> _CasusIn:
    velden = {k: getattr(casus, k) for k in CASUS_SLEUTELS[1:] if k != "consulent"}
    velden["consulent"] = namen.get(casus.consulent_id) if casus.consulent_id else None
    return _CasusIn(
        casusnummer=casus.casusnummer,
        velden=velden,
        personen=[
            _PersoonIn(p.ref, {k: getattr(p, k) for k in PERSOON_SLEUTELS}, dict(p.extra or {}))
            for p in sorted(casus.personen, key=lambda p: p.volgorde)
        ],
        contactmomenten=[
            _ContactIn(
                {"datum": m.datum, "soort": m.soort, "notitie": m.notitie},
                namen.get(m.medewerker_id) if m.medewerker_id else None,
                dict(m.extra or {}),
            )
            for m in sorted(casus.contactmomenten, key=lambda m: m.volgorde)
        ],
        extra=_met_intake(s, casus),
    )


def _met_intake(s: Session, casus: Casus) -> dict[str, Any]:
    extra = dict(casus.extra or {})
    delen = intake_dienst.naar_document(s, casus.id) + plannen_dienst.naar_document(s, casus.id)
    for sleutel, deel in zip(INTAKE_DELEN, delen, strict=True):
        if deel is not None:
            extra[sleutel] = deel
    toewijzingen = toewijzingen_dienst.naar_document(s, casus.id)
    if toewijzingen:
        extra["toewijzingen"] = toewijzingen
    return extra


def _vergelijkbaar(x: Any) -> Any:
    """Equal content, regardless of nulls and empty lists the document may carry."""
    if isinstance(x, dict):
        return {k: _vergelijkbaar(v) for k, v in x.items() if v is not None and v != [] and v != {}}
    if isinstance(x, list):
        return [_vergelijkbaar(v) for v in x]
    return x


# ---------------------------------------------------------------- reading and writing files


def lees_json(pad: Path) -> dict[str, Any]:
    """Read a document; a missing file or broken JSON becomes a Dutch message with line/column."""
    naam = pad.name
    try:
        tekst = pad.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise ImportFout([f"{pad}: bestand niet gevonden"]) from None
    except IsADirectoryError:
        raise ImportFout([f"{pad}: dit is een map, geen bestand"]) from None
    except PermissionError:
        raise ImportFout([f"{pad}: geen toestemming om dit bestand te lezen"]) from None
    except UnicodeDecodeError as e:
        raise ImportFout(
            [
                f"{naam}: geen UTF-8-tekst (onleesbaar teken op positie {e.start}); "
                "sla het bestand op als UTF-8"
            ]
        ) from None
    try:
        return json.loads(tekst, object_pairs_hook=_geen_dubbele_sleutels)
    except json.JSONDecodeError as e:
        raise ImportFout(
            [
                f"{naam}: geen geldige JSON op regel {e.lineno}, kolom {e.colno} ({_json_reden(e.msg)})"
            ]
        ) from None
    except _DubbeleSleutel as e:
        raise ImportFout(
            [f"{naam}: de sleutel '{e.args[0]}' staat twee keer in hetzelfde object"]
        ) from None


class _DubbeleSleutel(ValueError):
    pass


def _geen_dubbele_sleutels(paren: list[tuple[str, Any]]) -> dict[str, Any]:
    # json.loads silently keeps the last of two equal keys; a document that says two things
    # about the same field must be refused, not half-read.
    uit: dict[str, Any] = {}
    for k, v in paren:
        if k in uit:
            raise _DubbeleSleutel(k)
        uit[k] = v
    return uit


_JSON_REDENEN = {
    "Expecting value": "waarde verwacht",
    "Expecting property name enclosed in double quotes": "sleutel tussen dubbele aanhalingstekens verwacht",
    "Expecting ',' delimiter": "komma verwacht",
    "Expecting ':' delimiter": "dubbele punt verwacht",
    "Unterminated string starting at": "tekst zonder afsluitend aanhalingsteken",
    "Extra data": "extra tekens na het einde van het document",
    "Invalid control character at": "ongeldig stuurteken in tekst",
}


def _json_reden(msg: str) -> str:
    return _JSON_REDENEN.get(msg, msg)


def schrijf_json(doc: dict[str, Any], pad: Path) -> None:
    """Write atomically: a crash half-way leaves the old file, never a truncated one."""

    def schrijf(naar: str) -> None:
        with open(naar, "w", encoding="utf-8", newline="\n") as f:
            json.dump(doc, f, ensure_ascii=False, indent=2)
            f.write("\n")

    vervang_atomair(pad, schrijf)


# ---------------------------------------------------------------- checking a document


class _Controle:
    """Collects every problem of a document, each prefixed with where it is."""

    def __init__(self, vandaag: date):
        self.vandaag = vandaag
        self.meldingen: list[str] = []

    def fout(self, waar: str, tekst: str) -> None:
        self.meldingen.append(f"{waar}: {tekst}")

    # -- typed values; each returns the parsed value, or None after reporting a problem

    def tekst(self, waar: str, obj: dict, sleutel: str, verplicht: bool = False) -> str | None:
        waarde = obj.get(sleutel)
        if waarde is None:
            if verplicht:
                self.fout(waar, f"{sleutel} ontbreekt")
            return None
        if not isinstance(waarde, str):
            self.fout(
                waar,
                f"{sleutel} moet tekst zijn (tussen aanhalingstekens), niet {_json_type(waarde)}",
            )
            return None
        if verplicht and not waarde.strip():
            self.fout(waar, f"{sleutel} is leeg")
            return None
        return waarde

    def keuze(self, waar: str, obj: dict, sleutel: str, opties: Iterable[str], verplicht=False):
        opties = tuple(opties)
        waarde = self.tekst(waar, obj, sleutel, verplicht)
        if waarde is not None and waarde not in opties:
            self.fout(waar, f"{sleutel} '{waarde}' kan niet; kies uit {', '.join(opties)}")
            return None
        return waarde

    def datum(
        self, waar: str, obj: dict, sleutel: str, verplicht: bool = False, met_tijd: bool = True
    ) -> date | datetime | None:
        waarde = obj.get(sleutel)
        if waarde is None:
            if verplicht:
                self.fout(waar, f"{sleutel} ontbreekt")
            return None
        if not isinstance(waarde, str):
            self.fout(
                waar,
                f"{sleutel} moet een datum als tekst zijn (JJJJ-MM-DD), niet {_json_type(waarde)}",
            )
            return None
        try:
            if _DATUM.fullmatch(waarde):
                return date.fromisoformat(waarde)
            if _DATUMTIJD.fullmatch(waarde):
                if not met_tijd:
                    self.fout(
                        waar, f"{sleutel} '{waarde}' moet een datum zonder tijd zijn (JJJJ-MM-DD)"
                    )
                    return None
                return datetime.fromisoformat(waarde)
        except ValueError:
            self.fout(waar, f"{sleutel} '{waarde}' bestaat niet als datum")
            return None
        self.fout(
            waar,
            f"{sleutel} '{waarde}' is geen datum in de vorm JJJJ-MM-DD of JJJJ-MM-DDTUU:MM:SS",
        )
        return None

    def geheel(
        self,
        waar: str,
        obj: dict,
        sleutel: str,
        laag: int | None = None,
        hoog: int | None = None,
        verplicht: bool = False,
    ) -> int | None:
        waarde = obj.get(sleutel)
        if waarde is None:
            if verplicht:
                self.fout(waar, f"{sleutel} ontbreekt")
            return None
        if isinstance(waarde, bool) or not isinstance(waarde, int):
            self.fout(waar, f"{sleutel} moet een geheel getal zijn, niet {_json_type(waarde)}")
            return None
        if (laag is not None and waarde < laag) or (hoog is not None and waarde > hoog):
            grenzen = f"van {laag} tot en met {hoog}" if hoog is not None else f"minstens {laag}"
            self.fout(waar, f"{sleutel} {waarde} ligt buiten het bereik ({grenzen})")
            return None
        return waarde

    def object(self, waar: str, obj: dict, sleutel: str) -> dict | None:
        waarde = obj.get(sleutel)
        if waarde is None:
            return None
        if not isinstance(waarde, dict):
            self.fout(waar, f"{sleutel} moet een object {{…}} zijn, niet {_json_type(waarde)}")
            return None
        return waarde

    def lijst(self, waar: str, obj: dict, sleutel: str) -> list:
        waarde = obj.get(sleutel)
        if waarde is None:
            return []
        if not isinstance(waarde, list):
            self.fout(waar, f"{sleutel} moet een lijst […] zijn, niet {_json_type(waarde)}")
            return []
        return waarde

    def objecten(self, waar: str, obj: dict, sleutel: str) -> list[tuple[int, dict]]:
        """The list under `sleutel`, numbered from 1, with non-objects reported."""
        uit = []
        for i, item in enumerate(self.lijst(waar, obj, sleutel), start=1):
            if isinstance(item, dict):
                uit.append((i, item))
            else:
                self.fout(
                    waar,
                    f"{sleutel} nummer {i} moet een object {{…}} zijn, niet {_json_type(item)}",
                )
        return uit

    def verwijzing(
        self, waar: str, waarde: Any, sleutel: str, ids: Iterable[str], soort: str
    ) -> None:
        if waarde is None:
            return
        if not isinstance(waarde, str):
            self.fout(waar, f"{sleutel} moet een id als tekst zijn, niet {_json_type(waarde)}")
        elif waarde not in ids:
            self.fout(
                waar, f"{sleutel} '{waarde}' verwijst naar {soort} die niet in deze casus staat"
            )

    def ids(
        self, waar: str, items: list[tuple[int, dict]], soort: str, verplicht: bool
    ) -> list[str]:
        gezien: list[str] = []
        for i, item in items:
            ref = self.tekst(f"{waar}, {soort} nummer {i}", item, "id", verplicht)
            if ref is None:
                continue
            if ref in gezien:
                self.fout(f"{waar}, {soort} {ref}", "deze id komt twee keer voor in de casus")
            gezien.append(ref)
        return gezien


def _json_type(waarde: Any) -> str:
    if isinstance(waarde, bool):
        return "ja/nee (true/false)"
    if isinstance(waarde, (int, float)):
        return f"het getal {waarde}"
    if isinstance(waarde, str):
        return f"de tekst '{waarde}'"
    if isinstance(waarde, list):
        return "een lijst"
    if isinstance(waarde, dict):
        return "een object"
    return type(waarde).__name__


def controleer(
    doc: Any, vandaag: date | None = None
) -> tuple[list[dict], list[_CasusIn], list[str]]:
    """Check a whole document: (medewerkers, cases, messages). Messages empty: safe to write."""
    k = _Controle(vandaag or date.today())
    if not isinstance(doc, dict):
        return [], [], [f"Het document moet een JSON-object zijn, niet {_json_type(doc)}"]
    if doc.get("formaat") != FORMAAT:
        k.fout("Document", f"formaat moet '{FORMAAT}' zijn (gevonden: {doc.get('formaat')!r})")
    if doc.get("versie") != VERSIE:
        k.fout("Document", f"versie {doc.get('versie')!r} wordt niet ondersteund (alleen {VERSIE})")
    if "casussen" not in doc:
        k.fout("Document", "casussen ontbreekt")
    medewerkers = _controleer_medewerkers(k, doc)
    casussen: list[_CasusIn] = []
    gezien: dict[str, int] = {}
    for i, c in k.objecten("Document", doc, "casussen"):
        nummer = c.get("casusnummer")
        waar = (
            f"Casus {nummer}"
            if isinstance(nummer, str) and nummer
            else f"Casus nummer {i} in de lijst"
        )
        if isinstance(nummer, str) and nummer in gezien:
            k.fout(
                waar,
                f"dit casusnummer staat twee keer in het document (ook als casus nummer {gezien[nummer]})",
            )
        elif isinstance(nummer, str):
            gezien[nummer] = i
        casus = _controleer_casus(k, waar, c)
        if casus is not None:
            casussen.append(casus)
    return medewerkers, casussen, k.meldingen


def _controleer_medewerkers(k: _Controle, doc: dict) -> list[dict]:
    uit = []
    namen = set()
    for i, m in k.objecten("Document", doc, "medewerkers"):
        naam = m.get("gebruikersnaam")
        waar = f"Medewerker {naam}" if isinstance(naam, str) else f"Medewerker nummer {i}"
        gebruikersnaam = k.tekst(waar, m, "gebruikersnaam", verplicht=True)
        volledige = k.tekst(waar, m, "naam") or gebruikersnaam
        rol = k.tekst(waar, m, "rol") or "consulent"
        rol = {"coordinator": "coördinator"}.get(rol, rol)
        if gebruikersnaam is None:
            continue
        for melding in medewerker_fouten(gebruikersnaam, volledige or "", rol).values():
            k.fout(waar, melding)
        if gebruikersnaam in namen:
            k.fout(waar, "deze gebruikersnaam staat twee keer in medewerkers")
        namen.add(gebruikersnaam)
        uit.append({"gebruikersnaam": gebruikersnaam, "naam": volledige, "rol": rol})
    return uit


def _controleer_casus(k: _Controle, waar: str, c: dict) -> _CasusIn | None:
    voor = len(k.meldingen)
    nummer = k.tekst(waar, c, "casusnummer", verplicht=True)
    if nummer is not None and not CASUSNUMMER.fullmatch(nummer):
        k.fout(waar, f"casusnummer '{nummer}' heeft niet de vorm JJJJ-NNNN (zoals 2026-0042)")
    velden: dict[str, Any] = {
        "gemeente": k.tekst(waar, c, "gemeente", verplicht=True),
        "consulent": k.tekst(waar, c, "consulent"),
        "aanmelddatum": k.datum(waar, c, "aanmelddatum", verplicht=True),
        "eerste_contact": k.datum(waar, c, "eerste_contact"),
        "verwijzer": k.tekst(waar, c, "verwijzer"),
        "hulpvraag": k.tekst(waar, c, "hulpvraag"),
        "soort_vraag": k.tekst(waar, c, "soort_vraag"),
        "kader": k.tekst(waar, c, "kader"),
        "afgesloten_op": k.datum(waar, c, "afgesloten_op"),
        "reden_afsluiting": k.tekst(waar, c, "reden_afsluiting"),
    }
    if velden["consulent"] is not None:
        velden["consulent"] = velden["consulent"].strip().lower()
        for melding in medewerker_fouten(velden["consulent"], "x", "consulent").values():
            k.fout(waar, f"consulent: {melding}")
    # The register's own field rules (codes, dates not before aanmelddatum), as in the app.
    regels = {key: v for key, v in velden.items() if key != "consulent"}
    if regels["aanmelddatum"] is None:
        regels.pop("aanmelddatum")
    if regels["gemeente"] is None:
        regels.pop("gemeente")
    for melding in casus_fouten(regels).values():
        k.fout(waar, melding)
    if velden["aanmelddatum"] is not None and _als_dag(velden["aanmelddatum"]) > k.vandaag:
        k.fout(
            waar, f"Aanmelddatum {_als_dag(velden['aanmelddatum']):%d-%m-%Y} ligt in de toekomst"
        )

    personen = _controleer_personen(k, waar, c)
    rollen = {p.ref: p.velden.get("rol") for p in personen}
    contactmomenten = _controleer_contactmomenten(k, waar, c)

    extra: dict[str, Any] = {}
    doel_ids = _controleer_latere_delen(k, waar, c, rollen)
    toewijzingen = k.objecten(waar, c, "toewijzingen")
    for i, t in toewijzingen:
        _controleer_toewijzing(k, f"{waar}, toewijzing {i}", t, rollen, doel_ids)
    bekend = set(CASUS_SLEUTELS) | {"personen", "contactmomenten"}
    for sleutel, waarde in c.items():
        if sleutel not in bekend and waarde is not None:
            extra[sleutel] = waarde
    if len(k.meldingen) > voor or nummer is None:
        return None
    if "toewijzingen" in extra:
        # In the form the table gives them back, so a second import of the same document
        # compares equal (dates with seconds, 125000.0 as 125000).
        extra["toewijzingen"] = [toewijzingen_dienst.normaliseer(t) for _, t in toewijzingen]
    return _CasusIn(nummer, velden, personen, contactmomenten, extra)


def _als_dag(waarde: date | datetime) -> date:
    return waarde.date() if isinstance(waarde, datetime) else waarde


def _controleer_personen(k: _Controle, waar: str, c: dict) -> list[_PersoonIn]:
    items = k.objecten(waar, c, "personen")
    k.ids(waar, items, "persoon", verplicht=True)
    uit = []
    for i, p in items:
        ref = p.get("id") if isinstance(p.get("id"), str) else None
        plek = f"{waar}, persoon {ref}" if ref else f"{waar}, persoon nummer {i}"
        velden: dict[str, Any] = {}
        velden["rol"] = k.tekst(plek, p, "rol", verplicht=True)
        if velden["rol"] is not None and velden["rol"] not in ROLLEN_PERSOON:
            k.fout(plek, f"rol '{velden['rol']}' kan niet; kies uit {', '.join(ROLLEN_PERSOON)}")
        for sleutel in (
            "voornaam",
            "tussenvoegsel",
            "achternaam",
            "geslacht",
            "relatie",
            "telefoon",
            "email",
            "straat",
            "huisnummer",
            "woonplaats",
        ):
            velden[sleutel] = k.tekst(plek, p, sleutel)
        gd = k.datum(plek, p, "geboortedatum")
        velden["geboortedatum"] = _als_dag(gd) if gd is not None else None
        bsn = k.tekst(plek, p, "bsn")
        velden["bsn"] = bsn.replace(" ", "").replace(".", "") if bsn else None
        postcode = k.tekst(plek, p, "postcode")
        velden["postcode"] = (normaliseer_postcode(postcode) or postcode) if postcode else None
        gezag = p.get("gezag")
        if gezag is not None and not isinstance(gezag, bool):
            k.fout(plek, f"gezag moet true of false zijn, niet {_json_type(gezag)}")
            gezag = None
        velden["gezag"] = gezag
        regels = {key: v for key, v in velden.items() if key != "rol" and v is not None}
        for melding in persoon_fouten(regels, vandaag=k.vandaag).values():
            k.fout(plek, melding)
        extra = {
            key: v
            for key, v in p.items()
            if key not in PERSOON_SLEUTELS and key != "id" and v is not None
        }
        if ref is not None:
            uit.append(_PersoonIn(ref, velden, extra))
    return uit


def _controleer_contactmomenten(k: _Controle, waar: str, c: dict) -> list[_ContactIn]:
    uit = []
    for i, m in k.objecten(waar, c, "contactmomenten"):
        plek = f"{waar}, contactmoment {i}"
        velden = {
            "datum": k.datum(plek, m, "datum"),
            "soort": k.keuze(plek, m, "soort", SOORT_CONTACT),
            "notitie": k.tekst(plek, m, "notitie"),
        }
        medewerker = k.tekst(plek, m, "medewerker")
        if medewerker is not None:
            medewerker = medewerker.strip().lower()
            for melding in medewerker_fouten(medewerker, "x", "consulent").values():
                k.fout(plek, f"medewerker: {melding}")
        extra = {key: v for key, v in m.items() if key not in CONTACT_SLEUTELS and v is not None}
        uit.append(_ContactIn(velden, medewerker, extra))
    return uit


def _controleer_acties(k: _Controle, plek: str, obj: dict, sleutel: str, personen) -> None:
    for j, actie in k.objecten(plek, obj, sleutel):
        waar = f"{plek}, actie {j}" if sleutel == "acties" else f"{plek}, {sleutel} {j}"
        k.verwijzing(waar, actie.get("wie"), "wie", personen, "een persoon")
        k.tekst(waar, actie, "wat")
        _wanneer(k, waar, actie)
        k.keuze(waar, actie, "status", ACTIE_STATUS)
        if actie.get("door_consulent") is not None and not isinstance(
            actie["door_consulent"], bool
        ):
            k.fout(waar, "door_consulent moet true of false zijn")


def _wanneer(k: _Controle, waar: str, obj: dict) -> None:
    # "wanneer" is a date in the goals' route map but free text in the family's own plan
    # ("na de zomer"): something that looks like a date must be a real one.
    waarde = obj.get("wanneer")
    if isinstance(waarde, str) and (_DATUM.fullmatch(waarde) or _DATUMTIJD.fullmatch(waarde)):
        k.datum(waar, obj, "wanneer")
    else:
        k.tekst(waar, obj, "wanneer")


def _controleer_latere_delen(k: _Controle, waar: str, c: dict, rollen: dict[str, str]) -> set[str]:
    """Levenskracht, analysis and plans; returns the goal ids for the toewijzingen."""
    personen = set(rollen)
    lk = k.object(waar, c, "levenskracht")
    if lk is not None:
        plek = f"{waar}, levenskracht"
        k.verwijzing(plek, lk.get("metgezel"), "metgezel", personen, "een persoon")
        gezien = set()
        for i, lg in k.objecten(plek, lk, "leefgebieden"):
            deel = f"{plek}, leefgebied {i}"
            sleutel = k.tekst(deel, lg, "leefgebied", verplicht=True)
            if sleutel is not None:
                deel = f"{plek}, leefgebied {sleutel}"
                if sleutel not in leefgebieden():
                    k.fout(
                        deel,
                        f"'{sleutel}' is geen leefgebied van dit team "
                        f"(bekend: {', '.join(leefgebieden())})",
                    )
                elif sleutel in gezien:
                    k.fout(deel, "dit leefgebied staat twee keer in de levenskracht")
                gezien.add(sleutel)
            k.geheel(deel, lg, "score_inwoner", 1, 10)
            k.geheel(deel, lg, "score_metgezel", 1, 10)
            k.tekst(deel, lg, "gaat_goed")
            k.tekst(deel, lg, "zorgen")
            k.verwijzing(deel, lg.get("inwoner"), "inwoner", personen, "een persoon")
        k.tekst(plek, lk, "draagkracht")
        k.tekst(plek, lk, "draaglast")
        leden = set()
        for i, n in k.objecten(plek, lk, "netwerk"):
            deel = f"{plek}, netwerk {i}"
            if n.get("persoon") is None:
                k.fout(deel, "persoon ontbreekt")
            k.verwijzing(deel, n.get("persoon"), "persoon", personen, "een persoon")
            if n.get("persoon") in leden:
                k.fout(deel, f"persoon '{n['persoon']}' staat twee keer in het netwerk")
            leden.add(n.get("persoon"))
            k.geheel(deel, n, "nabijheid", 1, 3)
            k.tekst(deel, n, "bijdrage")

    doel_ids: set[str] = set()
    va = k.object(waar, c, "verklarende_analyse")
    if va is not None:
        plek = f"{waar}, verklarende analyse"
        k.datum(plek, va, "afgerond_op")
        k.datum(plek, va, "datum")
        for sleutel in ("samenvatting", "auteur", "auteur_rol"):
            k.tekst(plek, va, sleutel)
        for p in k.lijst(plek, va, "deelnemers"):
            k.verwijzing(plek, p, "deelnemers", personen, "een persoon")
        factoren = k.objecten(plek, va, "factoren")
        factor_ids = set(k.ids(plek, factoren, "factor", verplicht=True))
        for i, f in factoren:
            deel = f"{plek}, factor {f.get('id') if isinstance(f.get('id'), str) else i}"
            k.keuze(deel, f, "type", FACTOR_TYPES)
            k.keuze(deel, f, "niveau", NIVEAUS)
            lg = k.tekst(deel, f, "leefgebied")
            if lg is not None and lg not in leefgebieden():
                k.fout(deel, f"'{lg}' is geen leefgebied van dit team")
            k.tekst(deel, f, "omschrijving")
            k.tekst(deel, f, "bron")
            if f.get("herkend") is not None and not isinstance(f.get("herkend"), bool):
                k.fout(deel, f"herkend moet true of false zijn, niet {_json_type(f['herkend'])}")
            for sleutel in ("x", "y"):
                waarde = f.get(sleutel)
                if waarde is not None and (
                    isinstance(waarde, bool) or not isinstance(waarde, (int, float))
                ):
                    k.fout(deel, f"{sleutel} moet een getal zijn, niet {_json_type(waarde)}")
        for i, s in k.objecten(plek, va, "samenhang"):
            deel = f"{plek}, samenhang {i}"
            for sleutel in ("van", "naar"):
                if s.get(sleutel) is None:
                    k.fout(deel, f"{sleutel} ontbreekt")
                k.verwijzing(deel, s.get(sleutel), sleutel, factor_ids, "een factor")
            k.tekst(deel, s, "toelichting")
        doelen = k.objecten(plek, va, "doelen")
        if len(doelen) > MAX_DOELEN:
            k.fout(plek, f"{len(doelen)} doelen; er mogen er hoogstens {MAX_DOELEN} zijn")
        doel_ids = set(k.ids(plek, doelen, "doel", verplicht=True))
        for i, d in doelen:
            deel = f"{plek}, doel {d.get('id') if isinstance(d.get('id'), str) else i}"
            k.geheel(deel, d, "prioriteit", 1, MAX_DOELEN)
            k.tekst(deel, d, "omschrijving")
            k.tekst(deel, d, "goed_genoeg")
            for f in k.lijst(deel, d, "factoren"):
                k.verwijzing(deel, f, "factoren", factor_ids, "een factor")
            _controleer_acties(k, deel, d, "acties", personen)

    fgp = k.object(waar, c, "familiegroepsplan")
    if fgp is not None:
        plek = f"{waar}, familiegroepsplan"
        k.datum(plek, fgp, "aangeboden_op")
        k.datum(plek, fgp, "opgesteld_op")
        k.keuze(plek, fgp, "status", FGP_STATUS)
        k.tekst(plek, fgp, "reden_afgezien")
        k.tekst(plek, fgp, "aangeboden_door")
        k.tekst(plek, fgp, "uitleg")
        for naam in k.lijst(plek, fgp, "nieuwe_deelnemers"):
            if not isinstance(naam, str):
                k.fout(
                    plek,
                    f"nieuwe_deelnemers moet een lijst van namen zijn, niet {_json_type(naam)}",
                )
        for d in k.lijst(plek, fgp, "doelen"):
            k.verwijzing(plek, d, "doelen", doel_ids, "een doel")
        for p in k.lijst(plek, fgp, "deelnemers"):
            k.verwijzing(plek, p, "deelnemers", personen, "een persoon")
        for sleutel in (
            "wat_is_er_aan_de_hand",
            "wat_willen_we_bereiken",
            "wat_doen_we_zelf",
            "hulp_van_professionals",
            "afspraken_veiligheid",
            "evaluatie",
        ):
            k.tekst(plek, fgp, sleutel)
        _controleer_acties(k, plek, fgp, "wat_doet_ons_netwerk", personen)

    pp_jeugdigen: set[str] = set()
    for i, pp in k.objecten(waar, c, "perspectiefplannen"):
        plek = f"{waar}, perspectiefplan {i}"
        if pp.get("jeugdige") is None:
            k.fout(plek, "jeugdige ontbreekt")
        _jeugdige(k, plek, pp.get("jeugdige"), rollen)
        k.datum(plek, pp, "opgesteld_op")
        gebieden = set()
        for j, g in k.objecten(plek, pp, "gebieden"):
            gebied = k.keuze(f"{plek}, gebied {j}", g, "gebied", GEBIEDEN, verplicht=True)
            deel = f"{plek}, gebied {gebied or j}"
            if gebied in gebieden:
                k.fout(deel, "dit gebied staat twee keer in het perspectiefplan")
            gebieden.add(gebied)
            for sleutel in ("nu", "wens_na_18", "nodig"):
                k.tekst(deel, g, sleutel)
            _controleer_acties(k, deel, g, "acties", personen)
        if isinstance(pp.get("jeugdige"), str):
            if pp["jeugdige"] in pp_jeugdigen:
                k.fout(
                    plek, f"jeugdige '{pp['jeugdige']}' heeft al een perspectiefplan in deze casus"
                )
            pp_jeugdigen.add(pp["jeugdige"])
        k.tekst(plek, pp, "hulp_komende_twee_jaar")
        k.tekst(plek, pp, "hulp_na_18")
        k.tekst(plek, pp, "eigen_woorden")
        k.tekst(plek, pp, "overdracht")
        for kader in k.lijst(plek, pp, "hulp_na_18_kaders"):
            if kader not in KADERS_NA_18:
                k.fout(
                    plek,
                    f"hulp_na_18_kaders: '{kader}' kan niet; kies uit {', '.join(KADERS_NA_18)}",
                )
        for b in k.lijst(plek, pp, "betrokkenen"):
            if not isinstance(b, str):
                k.fout(plek, f"betrokkenen moet een lijst van teksten zijn, niet {_json_type(b)}")
    return doel_ids


def _jeugdige(k: _Controle, plek: str, ref: Any, rollen: dict[str, str]) -> None:
    k.verwijzing(plek, ref, "jeugdige", rollen, "een persoon")
    if isinstance(ref, str) and ref in rollen and rollen[ref] != "jeugdige":
        k.fout(plek, f"jeugdige '{ref}' is geen jeugdige maar heeft de rol {rollen[ref]}")


def _controleer_toewijzing(
    k: _Controle, plek: str, t: dict, rollen: dict[str, str], doel_ids: set[str]
) -> None:
    # The rules live in regels.toewijzing (shared with entry in the app); the message names
    # the key of the document it is about.
    fouten = toewijzing_fouten(velden_uit_document(t), personen=rollen, doelen=doel_ids)
    for veld, melding in fouten.items():
        k.fout(f"{plek} ({DOCUMENT_SLEUTELS.get(veld, veld)})", melding)


# ---------------------------------------------------------------- import


@rechten.handeling(Handeling.IMPORT, rollen=rechten.CASUSROLLEN, omschrijving="import casussen")
def importeer(
    db: Database,
    doc: Any,
    vandaag: date | None = None,
    voortgang: Callable[[int, int], None] | None = None,
) -> ImportResultaat:
    """Check the whole document, then write it in one transaction (or nothing at all).

    Rights: a case already in the database is only updated by someone who may open it
    (otherwise nothing is imported); new and updated cases each get an "import" log entry.
    """
    medewerkers_doc, casussen, meldingen = controleer(doc, vandaag)
    if meldingen:
        raise ImportFout(meldingen)
    r = ImportResultaat()
    with db.sessie() as s:
        namen = _medewerkers_bijwerken(s, medewerkers_doc, casussen, r)
        ids = {naam: mid for mid, naam in namen.items()}
        bestaand = _bestaande_casussen(s, [c.casusnummer for c in casussen])
        rechten.vereis_casussen(s.connection(), [(c.id, c.casusnummer) for c in bestaand.values()])
        for i, nieuw in enumerate(casussen, start=1):
            casus = bestaand.get(nieuw.casusnummer)
            if casus is None:
                casus = Casus(casusnummer=nieuw.casusnummer, gemeente="", aanmelddatum=date.today())
                s.add(casus)
                _schrijf(s, casus, nieuw, ids)
                rechten.noteer(casus.id, casus.casusnummer, omschrijving="import: nieuwe casus")
                r.nieuw += 1
            elif _vergelijkbaar(_vorm(_uit_database(s, casus, namen))) == _vergelijkbaar(
                _vorm(nieuw)
            ):
                r.ongewijzigd += 1
            else:
                _schrijf(s, casus, nieuw, ids)
                rechten.noteer(casus.id, casus.casusnummer, omschrijving="import: bijgewerkt")
                r.bijgewerkt += 1
            if i % 500 == 0:
                s.flush()
                if voortgang:
                    voortgang(i, len(casussen))
        s.flush()
    if voortgang:
        voortgang(len(casussen), len(casussen))
    return r


def _medewerkers_bijwerken(
    s: Session, uit_doc: list[dict], casussen: list[_CasusIn], r: ImportResultaat
) -> dict[uuid.UUID, str]:
    """Create the medewerkers the document lists or refers to; existing ones are left as they are
    (a case file must not change someone's role)."""
    bekend = {m.gebruikersnaam: m.id for m in s.execute(select(Medewerker)).scalars()}
    # A new medewerker has no password and chooses one at the first sign-in: only a beheerder
    # may bring in other roles than consulent that way (no coördinator created by a document).
    beheerder = rechten.huidige_actor().heeft("beheerder")
    for m in uit_doc:
        if m["gebruikersnaam"] not in bekend:
            mw = Medewerker(**(m if beheerder else {**m, "rol": "consulent"}))
            s.add(mw)
            bekend[mw.gebruikersnaam] = mw.id
            r.medewerkers_nieuw.append(mw.gebruikersnaam)
    genoemd = {c.velden["consulent"] for c in casussen} | {
        m.medewerker for c in casussen for m in c.contactmomenten
    }
    for naam in sorted(n for n in genoemd if n and n not in bekend):
        mw = Medewerker(gebruikersnaam=naam, naam=naam, rol="consulent")
        s.add(mw)
        bekend[naam] = mw.id
        r.medewerkers_aangemaakt.append(naam)
    s.flush()
    return {mid: naam for naam, mid in bekend.items()}


def _bestaande_casussen(s: Session, nummers: list[str]) -> dict[str, Casus]:
    uit: dict[str, Casus] = {}
    for start in range(0, len(nummers), 500):  # SQLite limits the number of bound parameters
        deel = nummers[start : start + 500]
        q = (
            select(Casus)
            .where(Casus.casusnummer.in_(deel))
            .options(selectinload(Casus.personen), selectinload(Casus.contactmomenten))
        )
        uit.update({c.casusnummer: c for c in s.execute(q).scalars()})
    return uit


def _zet(obj: Any, velden: dict[str, Any]) -> None:
    # Only real changes are assigned, so an unchanged row keeps its version and timestamps.
    for k, v in velden.items():
        if getattr(obj, k) != v or type(getattr(obj, k)) is not type(v):
            setattr(obj, k, v)


def _schrijf(s: Session, casus: Casus, nieuw: _CasusIn, ids: dict[str, uuid.UUID]) -> None:
    velden = {k: v for k, v in nieuw.velden.items() if k != "consulent"}
    velden["consulent_id"] = (
        ids.get(nieuw.velden["consulent"]) if nieuw.velden["consulent"] else None
    )
    velden["extra"] = {k: v for k, v in nieuw.extra.items() if k not in TABEL_DELEN} or None
    _zet(casus, velden)

    huidig = {p.ref: p for p in casus.personen}
    personen = []
    for volgorde, p in enumerate(nieuw.personen, start=1):
        persoon = huidig.pop(p.ref, None) or Persoon(ref=p.ref, rol=p.velden["rol"])
        _zet(persoon, {**p.velden, "volgorde": volgorde, "extra": p.extra or None})
        personen.append(persoon)
    casus.personen = personen  # people no longer in the document are removed (delete-orphan)

    oud = [
        (m.datum, m.soort, m.notitie, m.medewerker_id, m.extra or None)
        for m in sorted(casus.contactmomenten, key=lambda m: m.volgorde)
    ]
    nieuw_cm = [
        (
            m.velden["datum"],
            m.velden["soort"],
            m.velden["notitie"],
            ids.get(m.medewerker) if m.medewerker else None,
            m.extra or None,
        )
        for m in nieuw.contactmomenten
    ]
    if [tuple(map(_iso, x)) for x in oud] != [tuple(map(_iso, x)) for x in nieuw_cm]:
        casus.contactmomenten = [
            Contactmoment(volgorde=i, datum=d, soort=so, notitie=no, medewerker_id=mid, extra=ex)
            for i, (d, so, no, mid, ex) in enumerate(nieuw_cm, start=1)
        ]
    ververs_afgeleid(casus)
    s.flush()
    persoon_ids = {p.ref: p.id for p in casus.personen}
    intake_dienst.uit_document(
        s,
        casus.id,
        nieuw.extra.get("levenskracht"),
        nieuw.extra.get("verklarende_analyse"),
        persoon_ids,
    )
    plannen_dienst.uit_document(
        s,
        casus.id,
        nieuw.extra.get("familiegroepsplan"),
        nieuw.extra.get("perspectiefplannen"),
        persoon_ids,
    )
    toewijzingen_dienst.uit_document(s, casus.id, nieuw.extra.get("toewijzingen"), persoon_ids)


# ---------------------------------------------------------------- export


@rechten.handeling(Handeling.EXPORT, rollen=rechten.CASUSROLLEN, omschrijving="export casussen")
def exporteer(db: Database, casusnummers: Iterable[str] | None = None) -> dict[str, Any]:
    """The cases (all, or the given numbers) as one exchange document, sorted by casusnummer.

    Rights: named cases must all be open to the acting medewerker (else nothing is exported);
    "all" means all the cases they may open. Every exported case gets an "export" log entry.
    """
    gevraagd = sorted(set(casusnummers)) if casusnummers else None
    with db.sessie() as s:
        namen = {m.id: m for m in s.execute(select(Medewerker)).scalars()}
        q = (
            select(Casus)
            .options(selectinload(Casus.personen), selectinload(Casus.contactmomenten))
            .order_by(Casus.casusnummer)
        )
        if gevraagd is not None:
            gevonden = _bestaande_casussen(s, gevraagd)
            ontbreekt = [n for n in gevraagd if n not in gevonden]
            if ontbreekt:
                raise NietGevonden(
                    "Casus bestaat niet: " + ", ".join(ontbreekt)
                    if len(ontbreekt) == 1
                    else "Deze casussen bestaan niet: " + ", ".join(ontbreekt)
                )
            rijen = [gevonden[n] for n in gevraagd]
            rechten.vereis_casussen(s.connection(), [(c.id, c.casusnummer) for c in rijen])
        else:
            voorwaarde = rechten.casusfilter(rechten.huidige_actor())
            rijen = list(s.execute(q if voorwaarde is None else q.where(voorwaarde)).scalars())
        for c in rijen:
            rechten.noteer(c.id, c.casusnummer)
        gebruikersnamen = {mid: m.gebruikersnaam for mid, m in namen.items()}
        casussen = [_vorm(_uit_database(s, c, gebruikersnamen)) for c in rijen]
    genoemd = {c.get("consulent") for c in casussen} | {
        m.get("medewerker") for c in casussen for m in c.get("contactmomenten", [])
    }
    medewerkers = [
        {"gebruikersnaam": m.gebruikersnaam, "naam": m.naam, "rol": m.rol}
        for m in sorted(namen.values(), key=lambda m: m.gebruikersnaam)
        if m.gebruikersnaam in genoemd
    ]
    return {"formaat": FORMAAT, "versie": VERSIE, "medewerkers": medewerkers, "casussen": casussen}


__all__ = [
    "FORMAAT",
    "VERSIE",
    "ImportFout",
    "ImportResultaat",
    "controleer",
    "exporteer",
    "importeer",
    "lees_json",
    "schrijf_json",
]
