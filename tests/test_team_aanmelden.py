"""Failed sign-ins on the team register: PostgreSQL refuses the login, and the attempt is still
counted towards the blokkade and logged – reported through the sign-in reporter's login
(teamdb.AANMELDING), which can do nothing else. A blocked medewerker has no rights, not even
with psql and the right password."""

import psycopg
import pytest
from sqlalchemy import select
from teamhulp import WACHTWOORD, maak_team

from jeugdloket import teamdb
from jeugdloket.db import Database, open_database
from jeugdloket.models.toegang import Logboekregel
from jeugdloket.regels.logboek import Actie
from jeugdloket.services import logboek, team, toegang

MELDER = "het wachtwoord van de aanmeldmelder"


@pytest.fixture
def register(pg_server, pg_url, maak_casus, monkeypatch):
    """Team register with the four logins and a case of Anouk; IT has given the reporter its
    LOGIN and password, which the workstations find in PGPASSWORD (or ~/.pgpass)."""
    beheer = open_database(pg_url)
    ids = maak_team(beheer)
    maak_casus(Database(beheer.engine), consulent_id=ids["a.devries"])
    with beheer.engine.begin() as conn:
        conn.exec_driver_sql(f"ALTER ROLE {teamdb.AANMELDING} LOGIN PASSWORD '{MELDER}'")
    monkeypatch.setenv("PGPASSWORD", MELDER)
    dbnaam = pg_url.rsplit("/", 1)[1]
    zonder_login = f"postgresql://127.0.0.1:{pg_server.poort}/{dbnaam}"

    def als(naam: str, wachtwoord: str = WACHTWOORD) -> psycopg.Connection:
        return psycopg.connect(
            host="127.0.0.1", port=pg_server.poort, user=naam, password=wachtwoord,
            dbname=dbnaam, autocommit=True,
        )  # fmt: skip

    yield beheer, zonder_login, als
    beheer.sluit()


def _mislukt(beheer) -> list[tuple[str, str]]:
    t = Logboekregel.__table__
    with beheer.engine.connect() as conn:
        return [
            (r.gebruiker, r.omschrijving)
            for r in conn.execute(
                select(t)
                .where(t.c.actie == Actie.AANMELDING_MISLUKT.value)
                .order_by(t.c.volgnummer)
            )
        ]


def test_verkeerd_wachtwoord_telt_en_blokkeert(register):
    beheer, url, als = register
    for _ in range(toegang.MAX_POGINGEN - 1):
        with pytest.raises(toegang.AanmeldFout):
            team.meld_aan(url, "a.devries", "verkeerd wachtwoord")
    log = _mislukt(beheer)
    assert [g for g, _ in log] == ["a.devries"] * (toegang.MAX_POGINGEN - 1)
    assert log[-1][1] == f"verkeerd wachtwoord ({toegang.MAX_POGINGEN - 1}e poging)"

    # A good sign-in in between starts the count again.
    db, _m = team.meld_aan(url, "a.devries", WACHTWOORD)
    db.sluit()
    for _ in range(toegang.MAX_POGINGEN):
        with pytest.raises(toegang.AanmeldFout):
            team.meld_aan(url, "a.devries", "verkeerd wachtwoord")
    assert "geblokkeerd tot" in _mislukt(beheer)[-1][1]

    # Blocked: the right password is refused by the app, with the same message …
    with pytest.raises(toegang.AanmeldFout):
        team.meld_aan(url, "a.devries", WACHTWOORD)
    # … and with psql she connects, but the database gives her nothing and she cannot lift
    # the blokkade herself.
    with als("a.devries") as a:
        assert a.execute("SELECT count(*) FROM casus").fetchone()[0] == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            a.execute("UPDATE medewerker SET geblokkeerd_tot = NULL, mislukte_pogingen = 0")
        a.execute("SELECT jl_aanmelding_gelukt('a.devries')")  # not during a blokkade
        assert a.execute("SELECT count(*) FROM casus").fetchone()[0] == 0
    # The beheerder lifts it; then she works again.
    k = open_database(url.replace("//", f"//k.bakker:{WACHTWOORD}@"), "k.bakker")
    try:
        toegang.ontgrendel(k, "a.devries")
    finally:
        k.sluit()
    db, m = team.meld_aan(url, "a.devries", WACHTWOORD)
    db.sluit()
    assert m.gebruikersnaam == "a.devries"
    with als("a.devries") as a:
        assert a.execute("SELECT count(*) FROM casus").fetchone()[0] == 1
    assert logboek.controleer(beheer).intact


def test_onbekende_naam_wordt_gelogd_zonder_de_naam(register):
    beheer, url, _als = register
    with pytest.raises(toegang.AanmeldFout):
        team.meld_aan(url, "bestaat.niet", "wat dan ook")
    assert _mislukt(beheer) == [(toegang.ONBEKEND, "onbekende of inactieve gebruikersnaam")]


def test_de_melder_kan_verder_niets(register):
    _beheer, _url, als = register
    with als(teamdb.AANMELDING, MELDER) as melder:
        for sql in (
            "SELECT naam FROM medewerker",
            "SELECT count(*) FROM casus",
            "SELECT count(*) FROM logboek",
            "UPDATE medewerker SET mislukte_pogingen = 0",
            "SELECT jl_aanmelding_gelukt('a.devries')",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                melder.execute(sql)
        # Only entries of one kind go into the log.
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            melder.execute(
                "INSERT INTO logboek (volgnummer, moment, gebruiker, actie, werkplek, "
                "vorige_hash, hash) VALUES (999, now(), 'r.hendriks', 'inzage', 'x', 'x', 'y')"
            )


def test_zonder_melder_alleen_de_weigering(register, monkeypatch):
    """Where IT did not set up the reporter, a wrong password is refused as before; nothing
    is counted (PostgreSQL's own log keeps the attempt)."""
    beheer, url, _als = register
    monkeypatch.delenv("PGPASSWORD")
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    with pytest.raises(toegang.AanmeldFout):
        team.meld_aan(url, "a.devries", "verkeerd wachtwoord")
    assert _mislukt(beheer) == []
