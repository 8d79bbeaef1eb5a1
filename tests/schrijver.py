"""Keeps saving cases and reports each save once it is committed (forked by schrijver_vork.py
for the SIGKILL tests; also runs on its own: `python schrijver.py DB RONDE`)."""

import os
import sys
from datetime import datetime, timedelta

from jeugdloket.db import open_database
from jeugdloket.services import analyse, casussen, levenskracht, medewerkers


def meld(regel: str) -> None:
    """One write() per line: a pipe write under PIPE_BUF is atomic, so a SIGKILL leaves a line
    either whole or absent – never half a line that the next process's output runs into
    (print() writes the text and the newline separately when stdout is unbuffered)."""
    os.write(sys.stdout.fileno(), (regel + "\n").encode())


def main(pad: str, ronde: int) -> None:
    db = open_database(pad, gebruiker="a.devries")
    if medewerkers.zoek_medewerker(db, "a.devries") is None:
        medewerkers.maak_medewerker(db, "a.devries", "Anouk de Vries")
    meld("START")
    start = datetime(2026, 1, 1, 9, 0) + timedelta(days=ronde)
    i = 0
    while True:
        i += 1
        c = casussen.maak_casus(db, casussen.NieuweCasus(gemeente="Duiven", aanmelddatum=start))
        meld(f"CASUS {c.casusnummer}")
        p = casussen.voeg_persoon_toe(
            db, c.id, {"rol": "jeugdige", "voornaam": "Zoë", "achternaam": f"Ronde{ronde}-{i}"}
        )
        meld(f"PERSOON {c.casusnummer} {p.achternaam}")
        casussen.wijzig_casus(db, c.id, {"hulpvraag": f"Hulpvraag {ronde}-{i} " + "x" * 500})
        meld(f"HULPVRAAG {c.casusnummer} {ronde}-{i}")
        # The intake as it is typed: each keystroke a save of the growing text.
        for n in range(1, 6):
            levenskracht.zet_leefgebied(
                db, c.id, "school_en_werk", {"zorgen": f"{ronde}-{i} " + "z" * n}
            )
            meld(f"ZORGEN {c.casusnummer} {ronde}-{i} {n}")
        f = analyse.voeg_factor_toe(
            db, c.id, {"type": "instandhoudend", "omschrijving": f"{ronde}-{i}"}
        )
        meld(f"FACTOR {c.casusnummer} {f.ref}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
