import os

# Before any Qt import: the suite runs without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("JEUGDLOKET_TAAL", "nl")
# Databases made through the CLI (subprocesses inherit this) are encrypted with this key, as a
# scheduled job would do it; the service tests keep using plain files (no key is passed there).
TEST_SLEUTEL = "toets-sleutel voor de testreeks"
os.environ["JEUGDLOKET_SLEUTEL"] = TEST_SLEUTEL

import shutil  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

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


def kopieer_db(bron: Path, doel: Path) -> Path:
    """A copy of a closed database file (with its WAL files, if any): CLI tests start from one
    file made once per module instead of starting the CLI again for every test."""
    for deel in ("", "-wal", "-shm"):
        van = bron.with_name(bron.name + deel)
        if van.exists():
            shutil.copy2(van, doel.with_name(doel.name + deel))
    return doel


@pytest.fixture(autouse=True)
def _achtergrondwerk_is_klaar():
    """After each test its background work (Qt's global thread pool: figures, exports, checks)
    has finished. Otherwise a task a test left behind occupies the pool's threads – one per
    core – and the next test's work waits in the queue: a timeout in a test that did nothing
    wrong, and only when the suite runs in another order."""
    yield
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        assert QThreadPool.globalInstance().waitForDone(60_000), (
            "achtergrondwerk van deze test liep na 60 s nog"
        )
