"""`jeugdloket team init` and the medewerker commands on a team register, as subprocesses: the
server's administrator sets it up, then each medewerker works as their own login."""

import psycopg
import pytest
from teamhulp import WACHTWOORD, jl


@pytest.fixture
def leeg(pg_server):
    """An empty database on the server, as IT hands it over (no schema yet)."""
    naam = "leeg_register"
    pg_server.verwijder_database(naam)
    with pg_server.verbind() as c:
        c.execute(f"CREATE DATABASE {naam}")
    yield naam
    pg_server.verwijder_database(naam)


def test_team_init_en_medewerkers_als_eigen_login(pg_server, leeg):
    beheer = pg_server.url(leeg)
    r = jl("team", "init", "--db", beheer)
    assert r.returncode == 0, r.stderr
    assert "Teamregister ingericht" in r.stdout
    assert jl("team", "init", "--db", beheer).returncode == 0  # again: nothing breaks

    metww = {"JEUGDLOKET_WACHTWOORD": WACHTWOORD}
    for naam, volledig, rol in (
        ("i.smit", "Ingrid Smit", "beheerder"),
        ("a.devries", "Anouk de Vries", "consulent"),
    ):
        r = jl(
            "medewerker", "maak", naam, "--naam", volledig, "--rol", rol, "--db", beheer, env=metww
        )
        assert r.returncode == 0, r.stderr
        assert "eigen login" in r.stdout

    # The beheerder, as their own login, adds a colleague – who can then connect.
    als_ingrid = pg_server.url(leeg, "i.smit", WACHTWOORD)
    r = jl(
        "medewerker", "maak", "b.yilmaz", "--naam", "Burak Yılmaz", "--rol", "consulent",
        "--db", als_ingrid, env={"JEUGDLOKET_WACHTWOORD": "burak zijn eigen zin"},
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    psycopg.connect(pg_server.url(leeg, "b.yilmaz", "burak zijn eigen zin")).close()

    # A consulent may not add anyone; the database would refuse it too.
    als_anouk = pg_server.url(leeg, "a.devries", WACHTWOORD)
    r = jl(
        "medewerker", "maak", "z.zeeman", "--naam", "Zeno", "--rol", "coördinator",
        "--db", als_anouk, env=metww,
    )  # fmt: skip
    assert r.returncode == 1 and "beheerder" in r.stderr
    assert "Traceback" not in r.stderr

    # The staff list as the beheerder: everyone has their login's password (nobody is told to
    # choose one at a first sign-in – the register keeps no hashes, nor may anyone read them).
    r = jl("medewerker", "lijst", "--db", als_ingrid)
    assert r.returncode == 0, r.stderr
    assert "a.devries" in r.stdout and "nog geen wachtwoord" not in r.stdout

    # On the team register one acts as one's login: another name is wrong use (exit 2).
    r = jl("medewerker", "lijst", "--db", als_anouk, "--gebruiker", "i.smit")
    assert r.returncode == 2 and "a.devries" in r.stderr

    # Off the team: the login no longer connects.
    assert jl("medewerker", "deactiveer", "b.yilmaz", "--db", als_ingrid).returncode == 0
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(pg_server.url(leeg, "b.yilmaz", "burak zijn eigen zin"))

    # Everything above is in the access log, under the logins' own names.
    r = jl("logboek", "controleer", "--db", beheer)
    assert r.returncode == 0, r.stderr


def test_team_init_op_een_bestand_is_een_duidelijke_fout(tmp_path):
    r = jl("team", "init", "--db", str(tmp_path / "j.db"))
    assert r.returncode == 2
    assert "PostgreSQL" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "j.db").exists()
