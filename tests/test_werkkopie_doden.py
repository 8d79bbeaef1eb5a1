"""`jeugdloket werkkopie sync` SIGKILLed 20 times at spread-out moments, then run to the end:
the register comes out exactly as one uninterrupted sync of the same starting point leaves it
(issue 14, item 3). Every edit once, every offline case one team number, no conflict twice, the
access-log chain whole and the laptop's entries in it once.

The starting point (a register and a werkkopie with pending work) is made once and copied: the
register with CREATE DATABASE … TEMPLATE, the laptop file as a file. The copy gets the clean
sync (its duration sets the kill moments), the original the kills."""

import os
import random
import signal
import time
from collections import Counter
from datetime import datetime

import clivork
from conftest import TEST_SLEUTEL, _migreer_sjabloon, kopieer_db
from psycopg import sql
from sqlalchemy import select, update
from teamhulp import WACHTWOORD, jl
from werkkopiehulp import logregels, nieuwe_casus, register_stand, team_logins

from jeugdloket.db import open_database
from jeugdloket.models import Werkkopie, WerkkopieStand
from jeugdloket.services import casussen, logboek, synchronisatie, werkkopie

KILLS = 20
PG = {"PGPASSWORD": WACHTWOORD}


def _laptop(pad):
    return open_database(pad, gebruiker="a.devries", sleutel=TEST_SLEUTEL)


def _maak_beginstand(url: str, pad) -> None:
    """12 of Anouk's cases in a werkkopie; offline: a field in each, contact moments, surnames,
    a person deleted, three new cases, inzagen; the office: other fields, one the same, and a
    contact moment where the laptop added one too (both set eerste_contact: a conflict)."""
    with team_logins(url) as team:
        a, r = team["a.devries"], team["r.hendriks"]
        ids, personen = [], []
        for i in range(12):
            d = nieuwe_casus(a, hulpvraag=f"Vraag {i}")
            ids.append(d.id)
            personen.append(
                casussen.voeg_persoon_toe(
                    a, d.id, {"rol": "jeugdige", "voornaam": f"Kind{i}", "achternaam": "Smit"}
                ).id
            )
        werkkopie.maak(a, pad, WACHTWOORD, TEST_SLEUTEL)
        lokaal = _laptop(pad)
        try:
            for i, cid in enumerate(ids):
                casussen.wijzig_casus(lokaal, cid, {"hulpvraag": f"Vraag {i}, bij de keukentafel"})
                if i % 2 == 0:
                    casussen.voeg_contactmoment_toe(
                        lokaal, cid, datetime(2026, 11, 18, 9 + i % 8), "huisbezoek", f"bezoek {i}"
                    )
                if i % 3 == 1:
                    casussen.wijzig_persoon(lokaal, personen[i], {"achternaam": f"Smit-{i}"})
                if i % 4 == 3:
                    casussen.casus_detail(lokaal, cid)  # an inzage, logged offline
            casussen.verwijder_persoon(lokaal, personen[5])
            for n in range(3):
                nieuw = nieuwe_casus(lokaal, hulpvraag=f"Nieuw aan tafel {n}")
                casussen.voeg_persoon_toe(
                    lokaal, nieuw.id, {"rol": "jeugdige", "voornaam": f"Nieuw{n}"}
                )
                casussen.voeg_contactmoment_toe(
                    lokaal, nieuw.id, datetime(2026, 11, 19, 10 + n), "telefonisch", f"nieuw {n}"
                )
        finally:
            lokaal.sluit()
        casussen.wijzig_casus(r, ids[0], {"hulpvraag": "Vraag 0, van kantoor"})  # a conflict
        casussen.wijzig_casus(r, ids[1], {"gemeente": "Zevenaar"})
        casussen.voeg_contactmoment_toe(r, ids[2], datetime(2026, 11, 17, 9), "telefonisch", "k")


def _kopieer_register(pg_server, bron: str) -> str:
    doel = bron + "_kopie"
    with pg_server.verbind() as c:
        c.execute(
            sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                sql.Identifier(doel), sql.Identifier(bron)
            )
        )
    return doel


def _zet_team_url(pad, van: str, naar: str) -> None:
    db = _laptop(pad)
    try:
        with db.engine.begin() as conn:
            url = conn.execute(select(WerkkopieStand.__table__.c.team_url)).scalar()
            conn.execute(
                update(WerkkopieStand.__table__).values(team_url=url.replace(f"/{van}", f"/{naar}"))
            )
    finally:
        db.sluit()


def _voortgang(pg_server, naam: str) -> int:
    """How far the syncs got: the register's 'werkkopie gesynchroniseerd' entries (one per
    committed case transaction with changes) plus the laptop's entries appended."""
    with pg_server.verbind(naam) as c:
        klaar = c.execute(
            "SELECT count(*) FROM logboek WHERE omschrijving = 'werkkopie gesynchroniseerd'"
        ).fetchone()[0]
        tot = c.execute("SELECT logboek_tot FROM werkkopie").fetchone()[0]
    return klaar + tot


def _start_sync(pad, omgeving, pg_server, naam: str) -> tuple[clivork.Proces, float]:
    """The sync as a process of its own (tests/clivork.py); returns it and the moment it
    connected to the register (the file's key derivation comes before any work)."""
    proces = clivork.start(["werkkopie", "sync", "--db", str(pad)], env=omgeving)
    with pg_server.verbind() as c:
        while proces.poll() is None:
            verbonden = c.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND usename = %s",
                (naam, "a.devries"),
            ).fetchone()[0]
            if verbonden:
                break
            time.sleep(0.005)
    return proces, time.monotonic()


def test_sync_twintig_keer_gedood_komt_uit_op_een_schone_sync(pg_server, tmp_path):
    bron = pg_server.nieuwe_database(_migreer_sjabloon)
    kopie = None
    try:
        url = pg_server.url(bron)
        pad = tmp_path / "laptop.db"
        _maak_beginstand(url, pad)
        kopie = _kopieer_register(pg_server, bron)
        schoon = kopieer_db(pad, tmp_path / "schoon.db")
        _zet_team_url(schoon, bron, kopie)

        # The clean run, timed from its connection to the register to its end.
        omgeving = {k: v for k, v in os.environ.items() if k != "JEUGDLOKET_GEBRUIKER"} | PG
        proces, verbonden = _start_sync(schoon, omgeving, pg_server, kopie)
        assert proces.wait(timeout=120) == 1  # the conflicts
        duur = time.monotonic() - verbonden

        # 20 kills, steered by what the sync has done rather than by the clock (a run's speed
        # depends on the machine's load): every other kill as soon as the run has committed
        # one more step of its own (mid-work, with part of it done), the others at a random
        # moment in its first 0.3 s after connecting (inside a transaction or the log append).
        rng = random.Random(14)
        standen, midden = [_voortgang(pg_server, bron)], 0
        for i in range(KILLS):
            proces, verbonden = _start_sync(pad, omgeving, pg_server, bron)
            if i % 2 == 0:
                begin = standen[-1]
                while proces.poll() is None and _voortgang(pg_server, bron) == begin:
                    time.sleep(0.002)
            else:
                time.sleep(max(0.0, verbonden + 0.3 * rng.random() - time.monotonic()))
            al_klaar = proces.poll() is not None
            proces.send_signal(signal.SIGKILL)
            proces.wait(timeout=30)
            standen.append(_voortgang(pg_server, bron))
            if not al_klaar and standen[-1] != standen[-2]:
                midden += 1  # killed while it was getting somewhere
        r = jl("werkkopie", "sync", "--db", str(pad), env=PG)
        assert r.returncode == 1, r.stdout + r.stderr
        # Case 0's hulpvraag; case 2's eerste_contact (a contact moment on both sides).
        assert "2 conflict(en)" in r.stderr, r.stderr
        # Not vacuous: kills landed in the middle of the work, spread over it.
        assert midden >= 3, standen
        assert len(set(standen)) >= 4, standen
        print(f"schone sync {duur:.2f} s na verbinden, voortgang {standen}")

        # The register is what the clean run made of the same start: every row and field.
        hier, daar = register_stand(url), register_stand(pg_server.url(kopie))
        assert hier["rijen"] == daar["rijen"]
        assert sorted(hier["conflicten"]) == sorted(daar["conflicten"])
        assert len(hier["conflicten"]) == 2  # each once, however many runs met it
        nummers = Counter(
            (rij["voorlopig_nummer"], rij["casusnummer"])
            for (t, _), rij in hier["rijen"].items()
            if t == "casus" and rij["voorlopig_nummer"]
        )
        assert sorted(v for v, _ in nummers) == ["2026-L1-1", "2026-L1-2", "2026-L1-3"]
        assert sorted(n for _, n in nummers) == ["2026-0013", "2026-0014", "2026-0015"]
        contacten = [r for (t, _), r in hier["rijen"].items() if t == "contactmoment"]
        assert len(contacten) == 6 + 3 + 1

        # The chain is whole; each of the laptop's entries is in it once.
        with team_logins(url, maken=False) as team:
            assert logboek.controleer(team["r.hendriks"]).intact
        beheer = open_database(url)
        lokaal = _laptop(pad)
        try:
            with beheer.engine.connect() as conn:
                register = Counter(logregels(conn))
                tot = conn.execute(select(Werkkopie.__table__.c.logboek_tot)).scalar()
            with lokaal.engine.connect() as conn:
                eigen = Counter(logregels(conn)[:tot])
            assert eigen.total() >= 30  # at least: the edits and inzagen above
            # (Moments are whole seconds: identical entries can be there more than once.)
            assert {r: register[r] for r in eigen} == eigen
            # Nothing left to send, nothing changes on another run.
            assert werkkopie.status(lokaal).uitgaand == 0
        finally:
            lokaal.sluit()
            beheer.sluit()
        with team_logins(url, maken=False) as team:
            lokaal = _laptop(pad)
            try:
                assert synchronisatie.synchroniseer(lokaal, team["a.devries"]).toegepast == 0
            finally:
                lokaal.sluit()
        assert register_stand(url)["rijen"] == hier["rijen"]
    finally:
        pg_server.verwijder_database(bron)
        if kopie:
            pg_server.verwijder_database(kopie)
