"""Keeps saving cases and reports each save once it is committed (used by test_doden.py)."""

import sys
from datetime import datetime, timedelta

from jeugdloket.db import open_database
from jeugdloket.services import casussen, intake, medewerkers


def main(pad: str, ronde: int) -> None:
    db = open_database(pad, gebruiker="a.devries")
    if medewerkers.zoek_medewerker(db, "a.devries") is None:
        medewerkers.maak_medewerker(db, "a.devries", "Anouk de Vries")
    print("START", flush=True)
    start = datetime(2026, 1, 1, 9, 0) + timedelta(days=ronde)
    i = 0
    while True:
        i += 1
        c = casussen.maak_casus(db, casussen.NieuweCasus(gemeente="Duiven", aanmelddatum=start))
        print(f"CASUS {c.casusnummer}", flush=True)
        p = casussen.voeg_persoon_toe(
            db, c.id, {"rol": "jeugdige", "voornaam": "Zoë", "achternaam": f"Ronde{ronde}-{i}"}
        )
        print(f"PERSOON {c.casusnummer} {p.achternaam}", flush=True)
        casussen.wijzig_casus(db, c.id, {"hulpvraag": f"Hulpvraag {ronde}-{i} " + "x" * 500})
        print(f"HULPVRAAG {c.casusnummer} {ronde}-{i}", flush=True)
        # The intake as it is typed: each keystroke a save of the growing text.
        for n in range(1, 6):
            intake.zet_leefgebied(db, c.id, "school_en_werk", {"zorgen": f"{ronde}-{i} " + "z" * n})
            print(f"ZORGEN {c.casusnummer} {ronde}-{i} {n}", flush=True)
        f = intake.voeg_factor_toe(
            db, c.id, {"type": "instandhoudend", "omschrijving": f"{ronde}-{i}"}
        )
        print(f"FACTOR {c.casusnummer} {f.ref}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
