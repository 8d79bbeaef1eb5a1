"""Demo toewijzingen: help chosen with the family for the demo cases whose analysis is done.

Runs after the demo cases and the demo catalogue exist (`jeugdloket demo`). Each toewijzing is
a contracted product from the catalogue that fits the jeugdige's age and the case's gemeente on
the aanvraagdatum, with the zoekkeuze it came from (options discussed, the family's reason),
and passes the same iJw rules as one entered in the app – checked here, so a demo never shows
what the app would refuse. Deterministic for a given seed and date.
"""

import random
import uuid
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import insert, select

from jeugdloket.db import Database
from jeugdloket.demo.casus import DOOR
from jeugdloket.demo.tabellen import REDENEN_KEUZE, TOESTEMMING
from jeugdloket.fouten import Fout
from jeugdloket.models import Casus, Doel, Intake, Persoon, Toewijzing, Zoekkeuze
from jeugdloket.regels.toewijzing import toewijzing_fouten
from jeugdloket.regels.zoekindex import Zoekresultaat
from jeugdloket.services.zoeken_catalogus import zoek


def _leeftijd(geboren: date | None, op: date) -> int | None:
    if geboren is None:
        return None
    return op.year - geboren.year - ((op.month, op.day) < (geboren.month, geboren.day))


def _besproken(r: Zoekresultaat) -> dict[str, Any]:
    return {
        "aanbieder_agb": r.aanbieder_agb,
        "aanbieder": r.aanbieder,
        "productcode": r.productcode,
        "product": r.product,
        "segment": r.segment,
        "wachttijd_weken": r.wachttijd_weken,
        "reden": r.reden,
    }


def maak_demo_toewijzingen(
    db: Database, vandaag: date | None = None, seed: int | None = None, kans: float = 0.75
) -> int:
    """Toewijzingen for the demo cases with a finished analysis; returns how many were made."""
    vandaag = vandaag or date.today()
    rng = random.Random(seed)
    with db.engine.connect() as conn:
        if conn.execute(select(Toewijzing.id).limit(1)).first() is not None:
            raise Fout("Er zijn al toewijzingen; demo-toewijzingen komen alleen in een demo")
        klaar = conn.execute(
            select(
                Casus.id,
                Casus.gemeente,
                Casus.verwijzer,
                Casus.afgesloten_op,
                Intake.afgerond_op,
            )
            .join(Intake, Intake.casus_id == Casus.id)
            .where(Intake.afgerond_op.is_not(None))
            .order_by(Casus.casusnummer)
        ).all()
        jeugdigen: dict[uuid.UUID, list[tuple[str, date | None]]] = {}
        personen: dict[uuid.UUID, dict[str, str]] = {}
        for casus_id, ref, rol, geboren in conn.execute(
            select(Persoon.casus_id, Persoon.ref, Persoon.rol, Persoon.geboortedatum)
        ):
            personen.setdefault(casus_id, {})[ref] = rol
            if rol == "jeugdige":
                jeugdigen.setdefault(casus_id, []).append((ref, geboren))
        doelen: dict[uuid.UUID, list[str]] = {}
        for casus_id, ref in conn.execute(
            select(Doel.casus_id, Doel.ref).order_by(Doel.prioriteit)
        ):
            doelen.setdefault(casus_id, []).append(ref)

    # The catalogue answers per gemeente, age and month: a large demo asks it a few hundred
    # times, not once per case.
    gevonden: dict[tuple, list[Zoekresultaat]] = {}
    toewijzingen: list[dict[str, Any]] = []
    keuzes: list[dict[str, Any]] = []
    for casus_id, gemeente, verwijzer, afgesloten, afgerond in klaar:
        if not jeugdigen.get(casus_id) or rng.random() > kans:
            continue
        afgerond = afgerond.date() if isinstance(afgerond, datetime) else afgerond
        aanvraag = min(afgerond + timedelta(days=rng.randint(2, 21)), vandaag)
        ref, geboren = rng.choice(jeugdigen[casus_id])
        leeftijd = _leeftijd(geboren, aanvraag)
        sleutel = (gemeente, leeftijd, aanvraag.replace(day=1))
        if sleutel not in gevonden:
            gevonden[sleutel] = zoek(
                db,
                "",
                leeftijd=leeftijd,
                gemeente=gemeente,
                datum=aanvraag.replace(day=1),
                limiet=8,
            )
        opties = gevonden[sleutel]
        if not opties:
            continue
        besproken = rng.sample(opties, k=min(len(opties), rng.randint(2, 4)))
        gekozen = besproken[0]
        ingang = aanvraag + timedelta(weeks=(gekozen.wachttijd_weken or 0) + rng.randint(0, 2))
        einde = ingang + timedelta(days=rng.choice((91, 182, 182, 273, 365)))
        moment = datetime.combine(aanvraag, time(10, 0))
        t: dict[str, Any] = {
            "jeugdige_ref": ref,
            "aanbieder_agb": gekozen.aanbieder_agb,
            "aanbieder": gekozen.aanbieder,
            "productcategorie": gekozen.productcategorie,
            "productcode": gekozen.productcode,
            "product": gekozen.product,
            "segment": gekozen.segment,
            "doel_ref": (doelen.get(casus_id) or [None])[0],
            "aanvraagdatum": aanvraag,
            "ingangsdatum": ingang,
            "einddatum": einde,
            "volume": rng.choice((1, 1, 2, 3)),
            "eenheid": "04",  # uur
            "frequentie": "2",  # per week: CD076 wants the einddatum above
            "verwijzer": verwijzer,
            "status": "aangevraagd",
        }
        if rng.random() < 0.08:
            t.update(status="afgewezen", reden_afwijzing=rng.choice(("2", "4")))
        elif (vandaag - aanvraag).days < 60 and rng.random() < 0.6:
            t["ingangsdatum"] = None  # on the waiting list: the provider has not planned it yet
        elif ingang <= vandaag:
            t.update(
                status="gestart",
                toestemming_op=moment,
                toestemming_toelichting=rng.choice(TOESTEMMING),
                gedeeld_op=moment + timedelta(hours=2),
            )
            if einde < vandaag or (afgesloten is not None and einde <= afgesloten):
                t.update(status="beeindigd", reden_beeindiging="31")
        fouten = toewijzing_fouten(
            t, personen=personen.get(casus_id, {}), doelen=doelen.get(casus_id, []), bij_invoer=True
        )
        if fouten:  # a bug in this generator, not in the data: say it plainly
            raise Fout(f"Demo-toewijzing ongeldig: {fouten}")
        toewijzing_id = uuid.UUID(int=rng.getrandbits(128), version=4)
        stempel = {
            "version": 1,
            "aangemaakt_op": moment,
            "bijgewerkt_op": moment,
            "aangemaakt_door": DOOR,
            "bijgewerkt_door": DOOR,
        }
        toewijzingen.append(
            {"id": toewijzing_id, "casus_id": casus_id, "volgorde": 0, **stempel, **t}
        )
        keuzes.append(
            {
                "id": uuid.UUID(int=rng.getrandbits(128), version=4),
                "casus_id": casus_id,
                **stempel,
                "moment": moment,
                "zoekvraag": None,
                "filters": {"leeftijd": leeftijd, "gemeente": gemeente},
                "besproken": [_besproken(r) for r in besproken],
                "gekozen_agb": gekozen.aanbieder_agb,
                "gekozen_productcode": gekozen.productcode,
                "reden_keuze": rng.choice(REDENEN_KEUZE),
                "toewijzing_id": toewijzing_id,
            }
        )
    if toewijzingen:
        kolommen = set().union(*toewijzingen)
        with db.engine.begin() as conn:
            conn.execute(
                insert(Toewijzing.__table__),
                [{k: rij.get(k) for k in kolommen} for rij in toewijzingen],
            )
            conn.execute(insert(Zoekkeuze.__table__), keuzes)
    return len(toewijzingen)
