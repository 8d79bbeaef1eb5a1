"""What the werkkopie tests share: a team register with logins, cases, werkkopieën (also as the
fixtures `team` and `laptop`, registered in conftest.py), and the register's state in a form two
runs can be compared with (no ids of conflicts, no stamps)."""

import contextlib
from datetime import date, datetime

import pytest
from sqlalchemy import select
from teamhulp import TEAM, WACHTWOORD, maak_team

from jeugdloket.db import Database, open_database
from jeugdloket.models import Casus, Conflict, Logboekregel
from jeugdloket.services import casussen, werkkopie
from jeugdloket.services import werkkopie_rijen as wr

SLEUTEL = "sleutel van de laptop"


def login_url(pg_url: str, naam: str, wachtwoord: str | None = WACHTWOORD) -> str:
    """The register's URL for login `naam` (without a password when `wachtwoord` is None)."""
    schema, rest = pg_url.split("://", 1)
    host = rest.split("@", 1)[1]
    geheim = f":{wachtwoord}" if wachtwoord else ""
    return f"{schema}://{naam}{geheim}@{host}"


@contextlib.contextmanager
def team_logins(pg_url: str, maken: bool = True):
    """{naam: Database as that login} of TEAM (made first when `maken`), closed afterwards."""
    beheer = open_database(pg_url)
    if maken:
        maak_team(beheer)
    logins = {naam: open_database(login_url(pg_url, naam), naam) for naam in TEAM}
    try:
        yield logins
    finally:
        for db in logins.values():
            db.sluit()
        beheer.sluit()


def nieuwe_casus(db: Database, **velden) -> casussen.CasusDetail:
    velden.setdefault("gemeente", "Duiven")
    velden.setdefault("aanmelddatum", datetime(2026, 11, 16, 9, 30))
    return casussen.maak_casus(db, casussen.NieuweCasus(**velden))


def open_laptop(pad, gebruiker: str = "a.devries") -> Database:
    return open_database(pad, gebruiker=gebruiker, sleutel=SLEUTEL)


@pytest.fixture
def team(pg_url):
    """{naam: Database as that login}, plus the URL of each login under "url:<naam>"."""
    with team_logins(pg_url) as logins:
        urls = {f"url:{naam}": login_url(pg_url, naam) for naam in TEAM}
        yield logins | urls


@pytest.fixture
def laptop(team, tmp_path):
    """Anouk's werkkopie of her two open cases; yields (werkkopie Database, {nr: id})."""
    a = team["a.devries"]
    een = nieuwe_casus(a, hulpvraag="Ruzie thuis")
    casussen.voeg_persoon_toe(
        a, een.id, {"rol": "jeugdige", "voornaam": "Zoë", "achternaam": "Jansen"}
    )
    twee = nieuwe_casus(a)
    dicht = nieuwe_casus(a)
    casussen.sluit_casus(a, dicht.id, date(2026, 11, 20), "31")
    nieuwe_casus(team["b.yilmaz"])
    gemaakt = werkkopie.maak(a, tmp_path / "laptop.db", WACHTWOORD, SLEUTEL)
    assert gemaakt.casusnummers == (een.casusnummer, twee.casusnummer)
    db = open_laptop(tmp_path / "laptop.db")
    yield db, {een.casusnummer: een.id, twee.casusnummer: twee.id}
    db.sluit()


def _zonder_stempels(rij: dict) -> dict:
    return {k: v for k, v in rij.items() if k not in wr.BOEKHOUDING}


def register_stand(pg_url: str) -> dict:
    """Every case row of the register (without version and who/when stamps), the open
    conflicts as a set, as the server's administrator reads them."""
    db = open_database(pg_url)
    try:
        with db.engine.connect() as conn:
            ids = list(conn.execute(select(Casus.__table__.c.id)).scalars())
            rijen = {
                sleutel: _zonder_stempels(rij)
                for per_casus in wr.lees_casussen(conn, ids).values()
                for sleutel, rij in per_casus.items()
            }
            k = Conflict.__table__.c
            conflicten = [
                (str(r.casus_id), r.tabel, r.rij_id, r.veld, r.basis, r.mijn, r.hun)
                for r in conn.execute(select(Conflict.__table__).where(k.opgelost_op.is_(None)))
            ]
    finally:
        db.sluit()
    return {"rijen": rijen, "conflicten": conflicten}


def logregels(conn) -> list[tuple]:
    """The access log as (moment, gebruiker, actie, casus, werkplek, omschrijving), in order."""
    c = Logboekregel.__table__.c
    return [
        (r.moment, r.gebruiker, r.actie, r.casus_id, r.werkplek, r.omschrijving)
        for r in conn.execute(select(Logboekregel.__table__).order_by(c.volgnummer))
    ]
