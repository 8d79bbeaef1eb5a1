"""Issue 7 item 6: a process editing an *encrypted* database is SIGKILLed 50 times at random
moments; afterwards the file is still encrypted, opens, passes integrity_check and holds every
save that was reported (harness in sigkill.py)."""

from conftest import TEST_SLEUTEL
from sigkill import controleer, schrijf_en_dood

from jeugdloket.beveiliging.sleutel import Soort, bestandssoort
from jeugdloket.db import open_database
from jeugdloket.services import medewerkers

RONDES = 50


def test_50_keer_sigkill_op_versleutelde_database(tmp_path):
    pad = tmp_path / "versleuteld.db"
    db = open_database(pad, gebruiker="a.devries", sleutel=TEST_SLEUTEL)
    medewerkers.maak_medewerker(db, "a.devries", "Anouk de Vries")
    db.sluit()
    assert bestandssoort(pad) is Soort.VERSLEUTELD

    gemeld = schrijf_en_dood(pad, RONDES, seed=2026, sleutel=TEST_SLEUTEL)

    assert bestandssoort(pad) is Soort.VERSLEUTELD
    controleer(pad, gemeld, RONDES, sleutel=TEST_SLEUTEL)
