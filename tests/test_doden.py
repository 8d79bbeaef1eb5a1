"""A process that keeps saving is killed at random moments: nothing it reported is lost
(plain SQLite file; the encrypted one is test_doden_versleuteld.py)."""

import sqlite3

from sigkill import controleer, schrijf_en_dood

from jeugdloket.db import open_database
from jeugdloket.services import medewerkers

RONDES = 30


def test_sigkill_verliest_niets_wat_bewaard_heette(tmp_path):
    pad = tmp_path / "j.db"
    db = open_database(pad, gebruiker="a.devries")
    medewerkers.maak_medewerker(db, "a.devries", "Anouk de Vries")
    db.sluit()

    gemeld = schrijf_en_dood(pad, RONDES, seed=7, sleutel=None)

    # Still a plain SQLite file that any sqlite3 opens.
    con = sqlite3.connect(pad)
    assert con.execute("PRAGMA quick_check").fetchone() == ("ok",)
    con.close()
    controleer(pad, gemeld, RONDES, sleutel=None)
