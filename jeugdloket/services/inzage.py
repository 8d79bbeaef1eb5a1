"""Inzage (AVG art. 15): everything the app holds about one person, as JSON and as a PDF.

The person is found by BSN in every case, or as a person (ref p1, p2 …) of one case – and then,
if they have a BSN, in the other cases with that BSN too. Two files are written: the cases in
the exchange format (the same `uitwisseling.exporteer` as `jeugdloket export casussen`, so it
can be imported elsewhere) and a readable PDF for the person, with who viewed or changed each
file according to the access log. File names carry a date and a case number, never a name.

Who may: a coördinator, or a consulent for cases they may open (all of them, or nothing is
written). Every case exported gets an entry "export" in the access log.
"""

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from jeugdloket.db import Database
from jeugdloket.fouten import Fout, NietGevonden, Validatiefout
from jeugdloket.models import Casus, Medewerker, Persoon
from jeugdloket.models.toegang import Logboekregel
from jeugdloket.regels.bewaartermijn import bewaren_tot
from jeugdloket.regels.bsn import bsn_fout
from jeugdloket.services import rechten, uitwisseling
from jeugdloket.services.bewaartermijn import einde_per_casus
from jeugdloket.services.logboek import BETEKENIS
from jeugdloket.services.rechten import Actie
from jeugdloket.taal import vertaal

# Entries that say nothing about a file: signing in, looking at the log itself.
_NIET_IN_INZAGE = {Actie.LOGBOEK.value, Actie.AANMELDING.value, Actie.AANMELDING_MISLUKT.value}


@dataclass(frozen=True, slots=True)
class InzageResultaat:
    json_pad: Path
    pdf_pad: Path
    casusnummers: list[str]


@dataclass(frozen=True, slots=True)
class _Treffer:
    casus_id: uuid.UUID
    casusnummer: str
    persoon_ref: str | None


def _zoek(
    conn, bsn: str | None, casusnummer: str | None, persoon_ref: str | None
) -> list[_Treffer]:
    c, p = Casus.__table__.c, Persoon.__table__.c
    if bsn is not None:
        fout = bsn_fout(bsn)
        if fout:
            raise Validatiefout({"bsn": vertaal("BSN {bsn} {fout}", bsn=bsn, fout=fout)})
        rijen = conn.execute(
            select(c.id, c.casusnummer, p.ref)
            .join(Persoon.__table__, p.casus_id == c.id)
            .where(p.bsn == bsn)
            .order_by(c.aanmelddatum, c.casusnummer)
        ).all()
        if not rijen:
            raise NietGevonden(
                vertaal("Er is geen dossier met een persoon met BSN {bsn}.", bsn=bsn)
            )
        per_casus: dict[uuid.UUID, _Treffer] = {}
        for casus_id, nummer, ref in rijen:
            per_casus.setdefault(casus_id, _Treffer(casus_id, nummer, ref))
        return list(per_casus.values())

    kop = conn.execute(select(c.id, c.casusnummer).where(c.casusnummer == casusnummer)).first()
    if kop is None:
        raise NietGevonden(vertaal("Casus {casusnummer} bestaat niet.", casusnummer=casusnummer))
    if persoon_ref is None:
        return [_Treffer(kop.id, kop.casusnummer, None)]
    persoon = conn.execute(
        select(p.ref, p.bsn).where(p.casus_id == kop.id, p.ref == persoon_ref)
    ).first()
    if persoon is None:
        refs = conn.execute(
            select(p.ref).where(p.casus_id == kop.id).order_by(p.volgorde)
        ).scalars()
        raise NietGevonden(
            vertaal(
                "Casus {casusnummer} heeft geen persoon '{persoon_ref}' (wel: {waarde}).",
                casusnummer=casusnummer,
                persoon_ref=persoon_ref,
                waarde=", ".join(refs) or "geen personen",
            )
        )
    treffers = [_Treffer(kop.id, kop.casusnummer, persoon.ref)]
    if persoon.bsn:
        # The same person in other files: an inzage covers everything about them.
        for t in _zoek(conn, persoon.bsn, None, None):
            if t.casus_id != kop.id:
                treffers.append(t)
    return treffers


def _logboek(conn, nummers: list[str]) -> dict[str, list[Any]]:
    # Lazy, like the PDF below: reportlab takes a while to load and only the inzage needs it.
    from jeugdloket.rapporten.inzage_pdf import Logregel

    c, m = Logboekregel.__table__.c, Medewerker.__table__.c
    namen = dict(conn.execute(select(m.gebruikersnaam, m.naam)).all())
    uit: dict[str, list[Any]] = {n: [] for n in nummers}
    rijen = conn.execute(
        select(c.moment, c.gebruiker, c.actie, c.casusnummer, c.reden, c.omschrijving)
        .where(c.casusnummer.in_(nummers))
        .order_by(c.volgnummer)
    )
    for moment, gebruiker, actie, nummer, reden, omschrijving in rijen:
        if actie in _NIET_IN_INZAGE:
            continue
        try:
            wat = BETEKENIS[Actie(actie)]
        except ValueError:
            wat = actie[:1].upper() + actie[1:]
        # The log's own words say what exactly ("contactmoment toegevoegd").
        if omschrijving and omschrijving.lower() != wat.lower():
            wat += f": {omschrijving}"
        naam = namen.get(gebruiker) or (
            "Systeem"
            if gebruiker == rechten.SYSTEEM
            else gebruiker.replace("cli:", "opdrachtregel ")
        )
        uit[nummer].append(Logregel(moment, naam, wat, reden))
    return uit


def _vrij_pad(map_: Path, stam: str, achtervoegsel: str) -> Path:
    pad = map_ / f"{stam}{achtervoegsel}"
    n = 2
    while pad.exists():
        pad = map_ / f"{stam}-{n}{achtervoegsel}"
        n += 1
    return pad


@rechten.handeling(Actie.EXPORT, rollen=rechten.CASUSROLLEN, omschrijving="inzage (AVG art. 15)")
def inzage(
    db: Database,
    bsn: str | None = None,
    casusnummer: str | None = None,
    persoon_ref: str | None = None,
    doel_map: Path = Path("."),
    vandaag: date | None = None,
) -> InzageResultaat:
    """Write the inzage of one person into `doel_map`: a JSON file in the exchange format with
    every case they appear in, and a readable PDF. Give `bsn`, or `casusnummer` (with
    `persoon_ref` for one person of that case; without it, the whole case)."""
    bsn = (bsn or "").strip() or None
    casusnummer = (casusnummer or "").strip() or None
    persoon_ref = (persoon_ref or "").strip() or None
    if (bsn is None) == (casusnummer is None):
        raise Fout(vertaal("Geef een BSN of een casusnummer (één van beide)."))
    if persoon_ref is not None and casusnummer is None:
        raise Fout(vertaal("Een persoon (p1, p2 …) hoort bij een casusnummer."))
    doel_map = Path(doel_map)
    if not doel_map.is_dir():
        raise Fout(vertaal("De map {doel_map} bestaat niet.", doel_map=doel_map))
    vandaag = vandaag or date.today()

    with db.engine.connect() as conn:
        treffers = _zoek(conn, bsn, casusnummer, persoon_ref)
        rechten.vereis_casussen(conn, [(t.casus_id, t.casusnummer) for t in treffers], Actie.EXPORT)
        nummers = [t.casusnummer for t in treffers]
        logboek = _logboek(conn, nummers)
        einden = einde_per_casus(conn, [t.casus_id for t in treffers])
    doc = uitwisseling.exporteer(db, nummers)
    volgorde = {n: i for i, n in enumerate(nummers)}
    doc["casussen"].sort(key=lambda c: volgorde.get(c.get("casusnummer"), len(volgorde)))

    from jeugdloket.rapporten.inzage_pdf import InzageKop, inzage_pdf

    gemeente = next((c.get("gemeente") for c in reversed(doc["casussen"]) if c.get("gemeente")), "")
    kop = InzageKop(
        gemaakt_op=vandaag,
        persoon_per_casus={t.casusnummer: t.persoon_ref for t in treffers},
        logboek=logboek,
        bewaren_tot={
            t.casusnummer: bewaren_tot(einden[t.casus_id]) if einden.get(t.casus_id) else None
            for t in treffers
        },
        team=f"Jeugdteam gemeente {gemeente}" if gemeente else "Jeugdteam",
    )
    stam = f"inzage-{vandaag.isoformat()}-{nummers[0]}"
    if len(nummers) > 1:
        stam += f"-en-{len(nummers) - 1}-meer"
    json_pad = _vrij_pad(doel_map, stam, ".json")
    pdf_pad = _vrij_pad(doel_map, json_pad.stem, ".pdf")
    uitwisseling.schrijf_json(doc, json_pad)
    try:
        inzage_pdf(doc, kop, pdf_pad)
    except BaseException:
        json_pad.unlink(missing_ok=True)  # both files or neither
        raise
    return InzageResultaat(json_pad, pdf_pad, nummers)
