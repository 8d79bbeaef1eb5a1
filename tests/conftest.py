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
from datetime import datetime  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

# The werkkopie's team register and laptop, shared by the service and window tests.
from werkkopiehulp import laptop, team  # noqa: E402, F401

from jeugdloket.db import open_database  # noqa: E402
from jeugdloket.services import casussen, medewerkers  # noqa: E402

ENGINES = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc):
    """Modules marked `beide_engines` run their `db` tests on both engines: the same services
    on an SQLite file and on the team register's PostgreSQL."""
    if "db" in metafunc.fixturenames and metafunc.definition.get_closest_marker("beide_engines"):
        metafunc.parametrize("db", ENGINES, indirect=True)


@pytest.fixture(scope="session")
def pg_server():
    """This worker's own PostgreSQL server (tests/postgres.py), started on first use."""
    from postgres import Server

    server = Server()
    yield server
    server.stop()


def _migreer_sjabloon(url: str) -> None:
    """Every PostgreSQL database of the suite is a team register: migrated, then `team init`."""
    from jeugdloket import teamdb

    db = open_database(url)
    try:
        teamdb.initialiseer(db.engine)
    finally:
        db.sluit()


@pytest.fixture
def pg_url(pg_server):
    """A fresh, migrated PostgreSQL database (a copy of the template), dropped afterwards."""
    naam = pg_server.nieuwe_database(_migreer_sjabloon)
    yield pg_server.url(naam)
    pg_server.verwijder_database(naam)


@pytest.fixture(scope="module")
def pg_url_module(pg_server):
    """Like pg_url, for one register a whole module shares (its tests only read it)."""
    naam = pg_server.nieuwe_database(_migreer_sjabloon)
    yield pg_server.url(naam)
    pg_server.verwijder_database(naam)


@pytest.fixture(params=ENGINES)
def cli(request, tmp_path):
    """The command line on a register with the team of teamhulp.TEAM, once on an SQLite file
    and once on the team register (tests/clihulp.py): `cli.jl(ARGS, als="a.devries")`."""
    from clihulp import postgres_cli, sqlite_cli

    if request.param == "postgresql":
        return postgres_cli(request.getfixturevalue("pg_server"), request.getfixturevalue("pg_url"))
    return sqlite_cli(tmp_path)


@pytest.fixture
def db(request, tmp_path):
    """A fresh, migrated database with one consulent who acts: an SQLite file, or on
    PostgreSQL in modules marked `beide_engines`."""
    if getattr(request, "param", "sqlite") == "postgresql":
        doel = request.getfixturevalue("pg_url")
    else:
        doel = tmp_path / "jeugdloket.db"
    database = open_database(doel, gebruiker="a.devries")
    medewerkers.maak_medewerker(database, "a.devries", "Anouk de Vries", "consulent")
    yield database
    database.sluit()


# The case most tests need: registered in Duiven on Monday 16 November 2026, 09:30.
STANDAARD_CASUS = {"gemeente": "Duiven", "aanmelddatum": datetime(2026, 11, 16, 9, 30)}


@pytest.fixture
def maak_casus(request):
    """Register a case the way a consulent does (through the service, so it is checked and
    logged like any other), from defaults a test overrides where it matters:

        d = maak_casus()                                  # in the `db` fixture's database
        d = maak_casus(aanmelddatum=datetime(2026, 9, 1, 9), gemeente="Doesburg")
        d = maak_casus(andere_db, personen=[{"rol": "jeugdige", "voornaam": "Zoë"}])

    Returns the case's CasusDetail, its `personen` the persons added (not read again: that
    would be an inzage in the access log, which some tests count)."""

    def maak(database=None, /, *, personen=(), **velden) -> casussen.CasusDetail:
        if database is None:
            database = request.getfixturevalue("db")
        d = casussen.maak_casus(database, casussen.NieuweCasus(**(STANDAARD_CASUS | velden)))
        for persoon in personen:
            d.personen.append(casussen.voeg_persoon_toe(database, d.id, dict(persoon)))
        return d

    return maak


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


@pytest.fixture
def venster(qtbot, qapp, db):
    """The main window in Dutch for the `db` fixture's consulent, at a laptop's size (test
    modules with another window, role or language define their own)."""
    from jeugdloket.ui.app import installeer_vertaling
    from jeugdloket.ui.hoofdvenster import Hoofdvenster

    installeer_vertaling(qapp, "nl")
    w = Hoofdvenster(db, medewerkers.zoek_medewerker(db, "a.devries"))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    return w
