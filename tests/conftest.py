import os

# Before any Qt import: the suite runs without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("JEUGDLOKET_TAAL", "nl")
# Databases made through the CLI (subprocesses inherit this) are encrypted with this key, as a
# scheduled job would do it; the service tests keep using plain files (no key is passed there).
TEST_SLEUTEL = "toets-sleutel voor de testreeks"
os.environ["JEUGDLOKET_SLEUTEL"] = TEST_SLEUTEL

import pytest  # noqa: E402

from jeugdloket.db import open_database  # noqa: E402
from jeugdloket.services import medewerkers  # noqa: E402


@pytest.fixture
def db(tmp_path):
    """A fresh, migrated database file with one consulent who acts."""
    database = open_database(tmp_path / "jeugdloket.db", gebruiker="a.devries")
    medewerkers.maak_medewerker(database, "a.devries", "Anouk de Vries", "consulent")
    yield database
    database.sluit()
