"""A process that keeps saving is killed at random moments: nothing it reported is lost."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from jeugdloket.db import open_database
from jeugdloket.services import casussen, intake

SCHRIJVER = Path(__file__).with_name("schrijver.py")
RONDES = 20


def test_sigkill_verliest_niets_wat_bewaard_heette(tmp_path):
    pad = tmp_path / "j.db"
    rng = random.Random(7)
    gemeld: list[str] = []
    for ronde in range(RONDES):
        proces = subprocess.Popen(
            [sys.executable, str(SCHRIJVER), str(pad), str(ronde)],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        assert proces.stdout.readline().strip() == "START"
        time.sleep(rng.uniform(0.02, 0.4))
        proces.send_signal(signal.SIGKILL)
        uit, _ = proces.communicate(timeout=30)
        assert proces.returncode == -signal.SIGKILL
        # A line cut off by the kill was never completely reported: only whole lines count.
        gemeld += [r for r in uit.split("\n")[:-1] if r]

    con = sqlite3.connect(pad)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()

    db = open_database(pad)
    try:
        regels = {r.casusnummer: r for r in casussen.casuslijst(db)}
        assert sum(r.startswith("CASUS") for r in gemeld) >= RONDES
        for regel in gemeld:
            soort, nummer, *rest = regel.split()
            assert nummer in regels, regel
            if soort == "PERSOON":
                assert rest[0] in regels[nummer].jeugdigen, regel
            if soort == "HULPVRAAG":
                assert casussen.casus_detail(db, regels[nummer].id).hulpvraag.startswith(
                    f"Hulpvraag {rest[0]} "
                )
            if soort == "ZORGEN":
                data = intake.intake(db, regels[nummer].id)
                zorgen = next(
                    lg.zorgen for lg in data.leefgebieden if lg.sleutel == "school_en_werk"
                )
                # At least as much as was reported typed (a later keystroke may have landed too).
                assert zorgen.startswith(f"{rest[0]} ") and len(zorgen.split()[1]) >= int(rest[1])
            if soort == "FACTOR":
                assert rest[0] in [f.ref for f in intake.intake(db, regels[nummer].id).factoren]
        # Case numbers stay unique and gap-free per year despite the kills.
        nummers = sorted(int(n.split("-")[1]) for n in regels)
        assert nummers == list(range(1, len(nummers) + 1))
    finally:
        db.sluit()
