"""The exchange format "jeugdloket-casussen" version 1 (../shared/domain/uitwisseling.md).

Import is all-or-nothing: the whole document is checked first (`uitwisseling_controle`) and
every problem is reported with the case and the field it is about; only a clean document is
written, in one transaction.
It is idempotent: `casusnummer` is the key, people are matched by their `id` within the case,
and a case whose content is already in the database is left alone (its version stays).

The parts other modules own (levenskracht, verklarende_analyse, familiegroepsplan,
perspectiefplannen, toewijzingen, meldcode, veiligheidsplan) are checked against the rules of the format and written
to their own tables through those modules (`naar_document` / `uit_document`); keys the format
does not know are kept in `Casus.extra`, so an import → export round trip gives the same
document. A toewijzing is checked by the same rules as entry in the app
(`regels.toewijzing.toewijzing_fouten`).
"""

import json
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
from jeugdloket.regels.uitwisseling import (
    CASUS_SLEUTELS,
    FORMAAT,
    INTAKE_DELEN,
    LATERE_DELEN,
    PERSOON_SLEUTELS,
    TABEL_DELEN,
    VERSIE,
)
from jeugdloket.services import evaluatie_document, intake_document, meldcode, rechten
from jeugdloket.services import plannen as plannen_dienst
from jeugdloket.services import toewijzingen as toewijzingen_dienst
from jeugdloket.services import veiligheidsplan as veiligheidsplan_dienst
from jeugdloket.services.casussen import ververs_afgeleid
from jeugdloket.services.rechten import Actie as Handeling
from jeugdloket.services.uitwisseling_controle import CasusIn, ContactIn, PersoonIn, controleer
from jeugdloket.taal import vertaal
from jeugdloket.teamdb import CASUSREGISTER, is_postgres


@dataclass
class ImportResultaat:
    nieuw: int = 0
    bijgewerkt: int = 0
    ongewijzigd: int = 0
    medewerkers_nieuw: list[str] = field(default_factory=list)  # listed in the document
    medewerkers_aangemaakt: list[str] = field(default_factory=list)  # only referred to


def _iso(waarde: Any) -> Any:
    if isinstance(waarde, datetime):
        return waarde.replace(microsecond=0).isoformat()
    if isinstance(waarde, date):
        return waarde.isoformat()
    return waarde


def _zonder_leeg(paren: Iterable[tuple[str, Any]]) -> dict[str, Any]:
    return {k: _iso(v) for k, v in paren if v is not None}


def _vorm(c: CasusIn) -> dict[str, Any]:
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


def _uit_database(s: Session, casus: Casus, namen: dict[uuid.UUID, str]) -> CasusIn:
    velden = {k: getattr(casus, k) for k in CASUS_SLEUTELS[1:] if k != "consulent"}
    velden["consulent"] = namen.get(casus.consulent_id) if casus.consulent_id else None
    return CasusIn(
        casusnummer=casus.casusnummer,
        velden=velden,
        personen=[
            PersoonIn(p.ref, {k: getattr(p, k) for k in PERSOON_SLEUTELS}, dict(p.extra or {}))
            for p in sorted(casus.personen, key=lambda p: p.volgorde)
        ],
        contactmomenten=[
            ContactIn(
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
    delen = intake_document.naar_document(s, casus.id) + plannen_dienst.naar_document(s, casus.id)
    for sleutel, deel in zip(INTAKE_DELEN, delen, strict=True):
        if deel is not None:
            extra[sleutel] = deel
    toewijzingen = toewijzingen_dienst.naar_document(s, casus.id)
    if toewijzingen:
        extra["toewijzingen"] = toewijzingen
    evaluaties = evaluatie_document.naar_document(s, casus.id)
    if evaluaties:
        extra["evaluaties"] = evaluaties
    trajecten = meldcode.naar_document(s, casus.id)
    if trajecten:
        extra["meldcode"] = trajecten
    plan = veiligheidsplan_dienst.naar_document(s, casus.id)
    if plan:
        extra["veiligheidsplan"] = plan
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
        raise ImportFout([vertaal("{pad}: bestand niet gevonden", pad=pad)]) from None
    except IsADirectoryError:
        raise ImportFout([vertaal("{pad}: dit is een map, geen bestand", pad=pad)]) from None
    except PermissionError:
        raise ImportFout(
            [vertaal("{pad}: geen toestemming om dit bestand te lezen", pad=pad)]
        ) from None
    except UnicodeDecodeError as e:
        raise ImportFout(
            [
                vertaal(
                    "{naam}: geen UTF-8-tekst (onleesbaar teken op positie {start}); sla "
                    "het bestand op als UTF-8",
                    naam=naam,
                    start=e.start,
                )
            ]
        ) from None
    try:
        return json.loads(tekst, object_pairs_hook=_geen_dubbele_sleutels)
    except json.JSONDecodeError as e:
        raise ImportFout(
            [
                vertaal(
                    "{naam}: geen geldige JSON op regel {lineno}, kolom {colno} ({json_reden})",
                    naam=naam,
                    lineno=e.lineno,
                    colno=e.colno,
                    json_reden=_json_reden(e.msg),
                )
            ]
        ) from None
    except _DubbeleSleutel as e:
        raise ImportFout(
            [
                vertaal(
                    "{naam}: de sleutel '{waarde}' staat twee keer in hetzelfde object",
                    naam=naam,
                    waarde=e.args[0],
                )
            ]
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
    s: Session, uit_doc: list[dict], casussen: list[CasusIn], r: ImportResultaat
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


def _casusnummers(s: Session, nummers: list[str]) -> dict[str, uuid.UUID]:
    """{casusnummer: id} of the cases that exist, whoever may open them."""
    t = CASUSREGISTER if is_postgres(s) else Casus.__table__
    uit: dict[str, uuid.UUID] = {}
    for start in range(0, len(nummers), 500):  # SQLite limits the number of bound parameters
        q = select(t.c.casusnummer, t.c.id).where(t.c.casusnummer.in_(nummers[start : start + 500]))
        uit.update(dict(s.execute(q).all()))
    return uit


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


def _schrijf(s: Session, casus: Casus, nieuw: CasusIn, ids: dict[str, uuid.UUID]) -> None:
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
    intake_document.uit_document(
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
    evaluatie_document.uit_document(s, casus.id, nieuw.extra.get("evaluaties"))
    meldcode.uit_document(s, casus.id, nieuw.extra.get("meldcode"))
    veiligheidsplan_dienst.uit_document(s, casus.id, nieuw.extra.get("veiligheidsplan"))


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
            # Which exist, from the register (on the team register row security hides the
            # cases of others: they exist, and are refused with the reason, not "not found").
            bestaand = _casusnummers(s, gevraagd)
            ontbreekt = [n for n in gevraagd if n not in bestaand]
            if ontbreekt:
                raise NietGevonden(
                    vertaal("Casus bestaat niet: {nummers}", nummers=", ".join(ontbreekt))
                    if len(ontbreekt) == 1
                    else vertaal(
                        "Deze casussen bestaan niet: {nummers}", nummers=", ".join(ontbreekt)
                    )
                )
            rechten.vereis_casussen(s.connection(), [(bestaand[n], n) for n in gevraagd])
            gevonden = _bestaande_casussen(s, gevraagd)
            rijen = [gevonden[n] for n in gevraagd]
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
    "exporteer",
    "importeer",
    "lees_json",
    "schrijf_json",
]
