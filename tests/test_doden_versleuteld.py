"""Issue 7 item 6: a process editing an *encrypted* database is SIGKILLed 50 times at random
moments; afterwards the file is still encrypted, opens, passes integrity_check and holds every
save that was reported. Same writer as test_doden.py (tests/schrijver.py), forked from a
server process so that 50 rounds take seconds, not minutes."""

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from conftest import TEST_SLEUTEL

from jeugdloket.beveiliging.sleutel import Soort, bestandssoort
from jeugdloket.db import open_database, verbind
from jeugdloket.services import casussen, intake, medewerkers

VORK = Path(__file__).with_name("schrijver_vork.py")
RONDES = 50


def _regel(proces) -> str:
    regel = proces.stdout.readline()
    assert regel, "de schrijver-server is onverwacht gestopt"
    return regel.rstrip("\n")


def test_50_keer_sigkill_op_versleutelde_database(tmp_path):
    pad = tmp_path / "versleuteld.db"
    db = open_database(pad, gebruiker="a.devries", sleutel=TEST_SLEUTEL)
    medewerkers.maak_medewerker(db, "a.devries", "Anouk de Vries")
    db.sluit()
    assert bestandssoort(pad) is Soort.VERSLEUTELD

    rng = random.Random(2026)
    server = subprocess.Popen(
        [sys.executable, str(VORK), str(pad)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1", "JEUGDLOKET_SLEUTEL": TEST_SLEUTEL},
    )
    gemeld: list[str] = []
    try:
        assert _regel(server) == "KLAAR"
        for ronde in range(RONDES):
            server.stdin.write(f"RONDE {ronde}\n")
            server.stdin.flush()
            pid, gestart = None, False
            while pid is None or not gestart:
                regel = _regel(server)
                if regel.startswith("PID "):
                    pid = int(regel.split()[1])
                elif regel == "START":
                    gestart = True
                else:
                    gemeld.append(regel)
            time.sleep(rng.uniform(0.01, 0.3))
            os.kill(pid, signal.SIGKILL)
            while not (regel := _regel(server)).startswith("DOOD "):
                gemeld.append(regel)
            assert int(regel.split()[1]) & 0x7F == signal.SIGKILL
    finally:
        server.stdin.close()
        server.wait(timeout=30)

    # Still encrypted, and whole: the full integrity check, through SQLCipher with the key.
    assert bestandssoort(pad) is Soort.VERSLEUTELD
    con = verbind(pad, TEST_SLEUTEL)
    assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    con.close()

    db = open_database(pad, sleutel=TEST_SLEUTEL)
    try:
        regels = {r.casusnummer: r for r in casussen.casuslijst(db)}
        assert sum(r.startswith("CASUS") for r in gemeld) >= RONDES
        details, intakes = {}, {}  # each case read once, however many lines name it
        for regel in gemeld:
            soort, nummer, *rest = regel.split()
            assert nummer in regels, regel
            casus_id = regels[nummer].id
            if soort == "PERSOON":
                assert rest[0] in regels[nummer].jeugdigen, regel
            elif soort == "HULPVRAAG":
                if nummer not in details:
                    details[nummer] = casussen.casus_detail(db, casus_id)
                assert details[nummer].hulpvraag.startswith(f"Hulpvraag {rest[0]} "), regel
            elif soort in ("ZORGEN", "FACTOR"):
                if nummer not in intakes:
                    intakes[nummer] = intake.intake(db, casus_id)
                data = intakes[nummer]
                if soort == "FACTOR":
                    assert rest[0] in [f.ref for f in data.factoren], regel
                    continue
                zorgen = next(
                    lg.zorgen for lg in data.leefgebieden if lg.sleutel == "school_en_werk"
                )
                # At least as much as was reported typed (a later keystroke may have landed too).
                assert zorgen.startswith(f"{rest[0]} ") and len(zorgen.split()[1]) >= int(rest[1])
        nummers = sorted(int(n.split("-")[1]) for n in regels)
        assert nummers == list(range(1, len(nummers) + 1))
    finally:
        db.sluit()
