"""Shared harness of the SIGKILL tests (test_doden.py plain, test_doden_versleuteld.py
encrypted): a writer keeps saving and reports each save once it is committed; it is SIGKILLed
at random moments; afterwards the file must be whole and hold every reported save.

The writers are forked from one server (schrijver_vork.py) that has imported everything once:
a fresh interpreter per kill costs more than a second, a fork nothing."""

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from jeugdloket.beveiliging.sleutel import verbind
from jeugdloket.db import open_database
from jeugdloket.services import casuslijst, casussen, intake

VORK = Path(__file__).with_name("schrijver_vork.py")


def _regel(proces) -> str:
    regel = proces.stdout.readline()
    assert regel, "de schrijver-server is onverwacht gestopt"
    return regel.rstrip("\n")


def schrijf_en_dood(pad: Path, rondes: int, seed: int, sleutel: str | None) -> list[str]:
    """`rondes` writers on `pad`, each SIGKILLed after a random 10–300 ms (half of them counted
    from their first save); the saves they reported, in order."""
    rng = random.Random(seed)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    if sleutel is not None:
        env["JEUGDLOKET_SLEUTEL"] = sleutel
    server = subprocess.Popen(
        [sys.executable, str(VORK), str(pad)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    gemeld: list[str] = []
    try:
        assert _regel(server) == "KLAAR"
        for ronde in range(rondes):
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
            if rng.random() < 0.5:
                # Half the rounds are killed only after a first save: on a loaded machine the
                # first commit can take longer than the whole window below, and then no round
                # would kill a writer in the middle of its work.
                regel = _regel(server)
                assert "DOOD " not in regel, f"de schrijver stopte vanzelf: {regel}"
                gemeld.append(regel)
            time.sleep(rng.uniform(0.01, 0.3))  # kills land at different moments of the work
            os.kill(pid, signal.SIGKILL)
            # The writer reports whole lines in one write() each; should a line ever be cut
            # short by the kill anyway, the server's DOOD runs into it – then that fragment
            # was never reported and does not count (and the test does not wait forever).
            while "DOOD " not in (regel := _regel(server)):
                gemeld.append(regel)
            status = regel[regel.index("DOOD ") :].split()[1]
            assert int(status) & 0x7F == signal.SIGKILL
    finally:
        server.stdin.close()
        server.wait(timeout=30)
    return gemeld


def controleer(pad: Path, gemeld: list[str], rondes: int, sleutel: str | None) -> None:
    """The full integrity check, then every reported save is there, case numbers gap-free."""
    con = verbind(pad, sleutel)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        con.close()

    db = open_database(pad, sleutel=sleutel)
    try:
        regels = {r.casusnummer: r for r in casuslijst.casuslijst(db)}
        # Not vacuous: the writers got to work. (Not one case per round: on a loaded machine a
        # kill 10 ms after START may come before the first case is committed.)
        gevallen = sum(r.startswith("CASUS") for r in gemeld)
        assert gevallen >= rondes // 3, f"maar {gevallen} casussen in {rondes} rondes"
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
        # Case numbers stay unique and gap-free per year despite the kills.
        nummers = sorted(int(n.split("-")[1]) for n in regels)
        assert nummers == list(range(1, len(nummers) + 1))
    finally:
        db.sluit()
