"""Eight medewerkers at once on the team register, each as their own login in a process of its
own: 8 × 200 mixed edits, contact moments and openings. No edit is lost, nothing is written
twice, and the access log stays one unbroken chain."""

import subprocess
import sys
from pathlib import Path

from jeugdloket.db import Database, open_database
from jeugdloket.services import casussen, logboek, medewerkers, toegang

WACHTWOORD = "een-lang-wachtwoord"
SCHRIJVER = Path(__file__).with_name("team_schrijver.py")
PROCESSEN, RONDES = 8, 200


def test_acht_medewerkers_tegelijk_verliezen_niets(pg_server, pg_url, maak_casus):
    beheer = open_database(pg_url)
    systeem = Database(beheer.engine)
    namen = [f"c.consulent{n}" for n in range(PROCESSEN)]
    for naam in namen:
        medewerkers.maak_medewerker(systeem, naam, naam.title(), "consulent")
        toegang.zet_wachtwoord(systeem, naam, WACHTWOORD)
    # Three cases of the team (no consulent): everyone may work on them.
    zaken = [maak_casus(systeem) for _ in range(3)]
    dbnaam = pg_url.rsplit("/", 1)[1]
    processen = [
        subprocess.Popen(
            [
                sys.executable,
                str(SCHRIJVER),
                pg_server.url(dbnaam, naam, WACHTWOORD),
                naam,
                str(RONDES),
                *(str(z.id) for z in zaken),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for naam in namen
    ]
    uitkomsten = [p.communicate(timeout=600) for p in processen]
    for p, (_uit, fout) in zip(processen, uitkomsten, strict=True):
        assert p.returncode == 0, fout

    try:
        # Every read-modify-write survived: each process's tokens are all in the texts.
        woorden = []
        contacten = []
        for z in zaken:
            d = casussen.casus_detail(systeem, z.id)
            woorden += (d.hulpvraag or "").split()
            contacten += [c.notitie for c in d.contactmomenten]
        verwacht = {f"{n}#{i}" for n in namen for i in range(0, RONDES, 4)}
        assert sorted(woorden) == sorted(verwacht)  # none lost, none twice
        assert sorted(contacten) == sorted(f"{n}#{i}" for n in namen for i in range(1, RONDES, 4))
        # One chain, every entry by the login that made it.
        uitkomst = logboek.controleer(systeem)
        assert uitkomst.intact, uitkomst.breuk
        with beheer.engine.connect() as conn:
            per_login = dict(
                conn.exec_driver_sql(
                    "SELECT gebruiker, count(*) FROM logboek WHERE gebruiker LIKE 'c.consulent%%' "
                    "GROUP BY gebruiker"
                ).all()
            )
        assert set(per_login) == set(namen)
        assert min(per_login.values()) >= RONDES // 2  # edits and contacts are all logged
    finally:
        beheer.sluit()
