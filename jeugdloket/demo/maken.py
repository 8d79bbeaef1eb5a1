"""Demo data: a believable caseload for the first start, a training database or a load test.

Everything comes from one `random.Random(seed)`, so the same seed and `vandaag` give the same
database (ids included). Rows are written in one transaction, per block of cases, through the
mapped tables' own bind processors (so IsoDatum, Uuid and DateTime convert as usual; see
`schrijven.schrijf`): 100,000 cases with their people, contacts and intakes take about a minute.

The parts: the team here, the cases with their families and timelines (`casus`, `gezin`,
`kalender`), their Levenskracht intake and analysis (`intake`), the texts as data
(`tabellen`, from `teksten/*.json`). The casusnummer is JJJJ-NNNN, so one year holds at most
9999 cases. The cases are spread over the 18 months that end on `vandaag`; a larger number is
spread over as many years as needed to keep a year well below that limit.
"""

import gc
import random
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from sqlalchemy import Connection, func, insert, select

from jeugdloket.db import Database
from jeugdloket.demo import schrijven
from jeugdloket.demo.casus import DOOR, Casussen
from jeugdloket.demo.intake import Intakerijen, Intakes
from jeugdloket.demo.kalender import PERIODE_DAGEN
from jeugdloket.demo.tabellen import MEDEWERKERS
from jeugdloket.demo.toeval import nieuwe_uuid
from jeugdloket.fouten import Fout
from jeugdloket.models import Casus, Contactmoment, Medewerker, Persoon
from jeugdloket.services.toegang import DEMO_WACHTWOORD_HASH

MAX_AANTAL = 200_000
BLOK = 2_000  # cases per insert round (and per progress report)
SQLITE_CACHE_KIB = 262_144  # page cache during the load


def maak_demo(
    db: Database,
    aantal: int,
    seed: int | None = None,
    vandaag: date | None = None,
    voortgang: Callable[[int, int], None] | None = None,
) -> int:
    """Fill an empty database with `aantal` synthetic cases; returns how many were made.

    Deterministic for a given `seed` and `vandaag`. `voortgang(gedaan, totaal)` is called after
    every block of cases (for a progress bar). All rows are written in one transaction.
    """
    if aantal < 0 or aantal > MAX_AANTAL:
        grens = f"{MAX_AANTAL:,}".replace(",", ".")
        raise Fout(f"Het aantal demo-casussen moet tussen 0 en {grens} liggen")
    vandaag = vandaag or date.today()
    rng = random.Random(seed)
    # Millions of short-lived rows make the cyclic garbage collector sweep again and again
    # (a fifth of the time of a large demo); nothing here makes cycles, so it pauses.
    gc_aan = gc.isenabled()
    gc.disable()
    try:
        return _maak(db, rng, aantal, vandaag, voortgang)
    finally:
        if gc_aan:
            gc.enable()


def _maak(
    db: Database,
    rng: random.Random,
    aantal: int,
    vandaag: date,
    voortgang: Callable[[int, int], None] | None,
) -> int:
    with db.engine.begin() as conn:
        if conn.dialect.name != "sqlite":
            return _vul(conn, rng, aantal, vandaag, voortgang)
        # SQLite's default page cache (2 MB) makes a bulk load of random-key indexes spill
        # pages into the WAL again and again; a larger one for this connection, for this load.
        vorige = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        conn.exec_driver_sql(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
        try:
            return _vul(conn, rng, aantal, vandaag, voortgang)
        finally:
            conn.exec_driver_sql(f"PRAGMA cache_size={int(vorige)}")


def _vul(
    conn: Connection,
    rng: random.Random,
    aantal: int,
    vandaag: date,
    voortgang: Callable[[int, int], None] | None,
) -> int:
    if conn.execute(select(func.count()).select_from(Casus)).scalar_one():
        raise Fout(
            "De database bevat al casussen. Demogegevens worden alleen in een lege "
            "database aangemaakt: kies een nieuw databasebestand."
        )
    if aantal == 0:
        return 0
    if voortgang:
        voortgang(0, aantal)

    # The team: reuse medewerkers that already exist (same gebruikersnaam), add the rest.
    bestaand = dict(conn.execute(select(Medewerker.gebruikersnaam, Medewerker.id)).all())
    begin = datetime.combine(vandaag - timedelta(days=PERIODE_DAGEN + 30), time(8, 30))
    nieuw, ids, consulenten = [], {}, []
    for gebruikersnaam, naam, rol, gemeente, gewicht in MEDEWERKERS:
        mid = nieuwe_uuid(rng)
        if gebruikersnaam in bestaand:
            mid = bestaand[gebruikersnaam]
        else:
            nieuw.append(
                {
                    "id": mid,
                    "version": 1,
                    "aangemaakt_op": begin,
                    "bijgewerkt_op": begin,
                    "aangemaakt_door": DOOR,
                    "bijgewerkt_door": DOOR,
                    "gebruikersnaam": gebruikersnaam,
                    "naam": naam,
                    "rol": rol,
                    "actief": True,
                    # The public demo password (README, sign-in screen): demo data only.
                    "wachtwoord_hash": DEMO_WACHTWOORD_HASH,
                    "mislukte_pogingen": 0,
                }
            )
        ids[gebruikersnaam] = mid
        if rol == "consulent":
            consulenten.append((mid, gemeente, gewicht))
    if nieuw:
        conn.execute(insert(Medewerker), nieuw)

    namen = {ids[m[0]]: m[1] for m in MEDEWERKERS}
    gen = Casussen(rng, vandaag, consulenten)
    intakes = Intakes(rng, vandaag, gen.kalender, namen)
    momenten = gen.kalender.aanmeldmomenten(aantal)
    nummers, per_jaar = [], {}
    for moment in momenten:
        volgnummer = per_jaar[moment.year] = per_jaar.get(moment.year, 0) + 1
        if volgnummer > 9999:  # cannot happen with PER_JAAR well below it
            raise Fout(f"Het jaar {moment.year} zou meer dan 9999 casussen krijgen")
        nummers.append(f"{moment.year}-{volgnummer:04d}")

    for start in range(0, aantal, BLOK):
        casussen, personen, contacten = [], [], []
        intake = Intakerijen()
        for i in range(start, min(start + BLOK, aantal)):
            casus_id = nieuwe_uuid(rng)
            casus, mensen, tijdlijn, plan = gen.casus(casus_id, nummers[i], momenten[i])
            casussen.append(casus)
            aanmeld = casus["aanmelddatum"]
            for volgorde, p in enumerate(mensen, start=1):
                p.update(
                    id=nieuwe_uuid(rng),
                    version=1,
                    aangemaakt_op=aanmeld,
                    bijgewerkt_op=aanmeld,
                    aangemaakt_door=DOOR,
                    bijgewerkt_door=DOOR,
                    casus_id=casus_id,
                    ref=f"p{volgorde}",
                    volgorde=volgorde,
                )
                personen.append(p)
            for volgorde, (datum, soort, notitie) in enumerate(tijdlijn, start=1):
                contacten.append(
                    {
                        "id": nieuwe_uuid(rng),
                        "version": 1,
                        "aangemaakt_op": datum,
                        "bijgewerkt_op": datum,
                        "aangemaakt_door": DOOR,
                        "bijgewerkt_door": DOOR,
                        "casus_id": casus_id,
                        "volgorde": volgorde,
                        "datum": datum,
                        "soort": soort,
                        "notitie": notitie,
                        "medewerker_id": casus["consulent_id"],
                    }
                )
            intakes.intake(casus_id, mensen, plan, intake)
        geheugen: dict = {}  # converted moments and dates of this block
        schrijven.schrijf(conn, Casus, casussen, geheugen)
        schrijven.schrijf(conn, Persoon, personen, geheugen)
        schrijven.schrijf(conn, Contactmoment, contacten, geheugen)
        intake.schrijf(conn, geheugen)
        if voortgang:
            voortgang(start + len(casussen), aantal)
    return aantal
