"""A fork server for the SIGKILL tests (sigkill.py): imports once, then forks one writer per round.

Starting a fresh interpreter for each of 50 kills costs about a second a round; a fork costs
nothing, so the test stays short. Protocol on stdin/stdout, one line each:
  test → "RONDE n"        server forks; the child runs schrijver.main(pad, n) until killed
  server → "PID p"        (the child's own lines – START, CASUS … – arrive on the same pipe)
  server → "DOOD s"       after the child is gone (the test SIGKILLed it)
The database must exist already; for an encrypted one the child finds its key in
JEUGDLOKET_SLEUTEL.
"""

import os
import sys
import tempfile
from datetime import datetime

import schrijver  # imports jeugdloket (SQLModel, services) before any fork

from jeugdloket.beveiliging.sleutel import ruwe_sleutel, uit_omgeving
from jeugdloket.db import open_database
from jeugdloket.services import analyse, casussen, levenskracht, medewerkers


def _opwarmen() -> None:
    """One save of each kind on a throw-away file: mappers configured once, not in every child."""
    with tempfile.TemporaryDirectory() as map_:
        db = open_database(os.path.join(map_, "warm.db"), gebruiker="a.devries")
        medewerkers.maak_medewerker(db, "a.devries", "Anouk de Vries")
        c = casussen.maak_casus(
            db, casussen.NieuweCasus(gemeente="Duiven", aanmelddatum=datetime(2026, 1, 1))
        )
        casussen.voeg_persoon_toe(
            db, c.id, {"rol": "jeugdige", "voornaam": "Zoë", "achternaam": "W"}
        )
        casussen.wijzig_casus(db, c.id, {"hulpvraag": "warm"})
        levenskracht.zet_leefgebied(db, c.id, "school_en_werk", {"zorgen": "warm"})
        analyse.voeg_factor_toe(db, c.id, {"type": "instandhoudend", "omschrijving": "warm"})
        db.sluit()


def main(pad: str) -> None:
    _opwarmen()
    sleutel = uit_omgeving()
    if sleutel is not None:
        # The key of the encrypted file derived once here, as one app process does: each
        # forked writer finds it (256,000 PBKDF2 rounds a round were most of a round's CPU).
        ruwe_sleutel(pad, sleutel)
    schrijver.meld("KLAAR")
    for regel in sys.stdin:
        _, ronde = regel.split()
        pid = os.fork()
        if pid == 0:
            try:
                schrijver.main(pad, int(ronde))
            finally:
                os._exit(1)  # never back into the server loop
        schrijver.meld(f"PID {pid}")
        _, status = os.waitpid(pid, 0)
        schrijver.meld(f"DOOD {status}")


if __name__ == "__main__":
    main(sys.argv[1])
