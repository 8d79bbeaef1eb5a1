"""The werkkopie tests' team register and laptop (registered as fixtures in conftest.py):
a team of four PostgreSQL logins, and Anouk's werkkopie of her two open cases."""

from datetime import date, datetime

import pytest
from teamhulp import TEAM, WACHTWOORD, maak_team

from jeugdloket.db import open_database
from jeugdloket.services import casussen, werkkopie

SLEUTEL = "sleutel van de laptop"


@pytest.fixture
def team(pg_url):
    """{naam: Database as that login}, plus the URL of each login under "url:<naam>"."""
    beheer = open_database(pg_url)
    maak_team(beheer)
    schema, rest = pg_url.split("://", 1)
    host = rest.split("@", 1)[1]
    logins = {}
    for naam in TEAM:
        logins[f"url:{naam}"] = f"{schema}://{naam}:{WACHTWOORD}@{host}"
        logins[naam] = open_database(logins[f"url:{naam}"], naam)
    yield logins
    for naam in TEAM:
        logins[naam].sluit()
    beheer.sluit()


def nieuw(db, **velden) -> casussen.CasusDetail:
    velden.setdefault("gemeente", "Duiven")
    velden.setdefault("aanmelddatum", datetime(2026, 11, 16, 9, 30))
    return casussen.maak_casus(db, casussen.NieuweCasus(**velden))


@pytest.fixture
def laptop(team, tmp_path):
    """Anouk's werkkopie of her two open cases; yields (werkkopie Database, {nr: id})."""
    a = team["a.devries"]
    een = nieuw(a, hulpvraag="Ruzie thuis")
    casussen.voeg_persoon_toe(
        a, een.id, {"rol": "jeugdige", "voornaam": "Zoë", "achternaam": "Jansen"}
    )
    twee = nieuw(a)
    dicht = nieuw(a)
    casussen.sluit_casus(a, dicht.id, date(2026, 11, 20), "31")
    nieuw(team["b.yilmaz"])
    gemaakt = werkkopie.maak(a, tmp_path / "laptop.db", WACHTWOORD, SLEUTEL)
    assert gemaakt.casusnummers == (een.casusnummer, twee.casusnummer)
    db = open_database(tmp_path / "laptop.db", gebruiker="a.devries", sleutel=SLEUTEL)
    yield db, {een.casusnummer: een.id, twee.casusnummer: twee.id}
    db.sluit()
