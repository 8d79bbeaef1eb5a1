"""The team register's rights, enforced by PostgreSQL itself: every check here connects as a
medewerker's own LOGIN role (SCRAM password, no superuser) and uses raw SQL, the way someone
with psql would – never as the superuser, who passes every policy."""

from datetime import datetime, timedelta

import psycopg
import pytest
from teamhulp import WACHTWOORD, maak_team

from jeugdloket import teamdb
from jeugdloket.db import Database, open_database


@pytest.fixture
def register(pg_server, pg_url, maak_casus):
    """A team register after `team init`: four logins, a case of Anouk, one of Burak and one
    of the team (no consulent yet), each with a jeugdige."""
    db = open_database(pg_url)  # already a team register (conftest: migrated, team init)
    systeem = Database(db.engine)
    ids = maak_team(db)
    zaken = {}
    for wie, voornaam in (("a.devries", "Zoë"), ("b.yilmaz", "Sem"), (None, "Noor")):
        d = maak_casus(
            systeem,
            consulent_id=ids[wie] if wie else None,
            personen=[{"rol": "jeugdige", "voornaam": voornaam}],
        )
        zaken[wie] = d
    if zaken[None].consulent_id is not None:  # the system registers for nobody
        raise AssertionError("een casus van het team hoort geen consulent te hebben")
    dbnaam = pg_url.rsplit("/", 1)[1]

    def als(naam: str, wachtwoord: str = WACHTWOORD) -> psycopg.Connection:
        return psycopg.connect(
            host="127.0.0.1",
            port=pg_server.poort,
            user=naam,
            password=wachtwoord,
            dbname=dbnaam,
            autocommit=True,
        )

    yield db, zaken, ids, als
    db.sluit()


def _nummers(conn, sql="SELECT casusnummer FROM casus") -> set[str]:
    return {r[0] for r in conn.execute(sql)}


def test_niemand_is_superuser_eigenaar_of_omzeilt_de_regels(register):
    db, _zaken, _ids, _als = register
    with db.engine.connect() as conn:
        rollen = conn.exec_driver_sql(
            "SELECT rolname, rolsuper, rolbypassrls, rolcreaterole, rolcanlogin FROM pg_roles "
            "WHERE rolname IN ('a.devries', 'b.yilmaz', 'r.hendriks', 'k.bakker')"
        ).all()
        eigenaren = set(
            conn.exec_driver_sql(
                "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'"
            ).scalars()
        )
        zonder_force = conn.exec_driver_sql(
            "SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public' AND c.relkind = 'r' AND NOT c.relforcerowsecurity"
        ).all()
    assert len(rollen) == 4
    assert all(r[4] and not (r[1] or r[2] or r[3]) for r in rollen), rollen
    assert eigenaren == {teamdb.EIGENAAR}
    assert zonder_force == []


def test_verkeerd_wachtwoord_komt_er_niet_in(register):
    _db, _zaken, _ids, als = register
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        als("a.devries", "geraden")


def test_consulent_ziet_het_register_maar_alleen_eigen_en_teaminhoud(register):
    _db, zaken, _ids, als = register
    eigen, ander, team = zaken["a.devries"], zaken["b.yilmaz"], zaken[None]
    with als("a.devries") as a:
        # The register list: every case, to find out whether a family is known.
        assert _nummers(a, "SELECT casusnummer FROM casusregister") == {
            eigen.casusnummer,
            ander.casusnummer,
            team.casusnummer,
        }
        # Contents: own and the team's, not Burak's.
        assert _nummers(a) == {eigen.casusnummer, team.casusnummer}
        namen = {r[0] for r in a.execute("SELECT voornaam FROM persoon")}
        assert namen == {"Zoë", "Noor"}
        # Changing Burak's case or adding to it does nothing or is refused.
        assert a.execute("UPDATE casus SET hulpvraag = 'x' WHERE id = %s", [ander.id]).rowcount == 0
        assert a.execute("DELETE FROM persoon WHERE casus_id = %s", [ander.id]).rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            a.execute(
                "INSERT INTO persoon (id, version, aangemaakt_op, bijgewerkt_op, casus_id, ref,"
                " volgorde, rol, voornaam) VALUES (gen_random_uuid(), 1, now(), now(), %s,"
                " 'p9', 9, 'ouder', 'Indringer')",
                [ander.id],
            )
        assert {r[0] for r in a.execute("SELECT naam FROM medewerker")} >= {"Burak Yılmaz"}


def test_niemand_leest_de_kolom_wachtwoord_hash(register):
    """The password is the login's, kept by the server: the app's own hash column is empty on
    the team register and closed to every medewerker's login, whatever their role."""
    db, _zaken, _ids, als = register
    for naam in ("a.devries", "r.hendriks", "k.bakker"):
        with als(naam) as c:
            for sql in (
                "SELECT wachtwoord_hash FROM medewerker",
                "SELECT * FROM medewerker",
                "SELECT naam FROM medewerker WHERE wachtwoord_hash IS NULL",
            ):
                with pytest.raises(psycopg.errors.InsufficientPrivilege, match="medewerker"):
                    c.execute(sql)
            assert c.execute("SELECT count(*) FROM medewerker").fetchone()[0] == 4
            assert {r[0] for r in c.execute("SELECT gebruikersnaam FROM medewerker")} >= {naam}
    with db.engine.connect() as conn:  # the server's administrator: empty after team init
        assert set(conn.exec_driver_sql("SELECT wachtwoord_hash FROM medewerker").scalars()) == {
            None
        }


def test_delen_en_waarneming_openen_de_casus(register):
    db, zaken, ids, als = register
    ander = zaken["b.yilmaz"]
    with als("a.devries") as a:
        assert ander.casusnummer not in _nummers(a)
        # Without a reason, for someone else, or as a share of a case not theirs: refused.
        for soort, wie, reden in (
            ("waarneming", "a.devries", None),
            ("waarneming", "b.yilmaz", "Burak is ziek"),
            ("deling", "a.devries", None),
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                a.execute(
                    "INSERT INTO casus_deling (id, casus_id, medewerker_id, soort, door, op,"
                    " reden) VALUES (gen_random_uuid(), %s, %s, %s, 'a.devries', now(), %s)",
                    [ander.id, ids[wie], soort, reden],
                )
        # A waarneming the consulent takes themself, with a reason, until the end of the day.
        a.execute(
            "INSERT INTO casus_deling (id, casus_id, medewerker_id, soort, door, op, tot, reden)"
            " VALUES (gen_random_uuid(), %s, %s, 'waarneming', 'a.devries', now(), %s,"
            " 'Burak is ziek')",
            [ander.id, ids["a.devries"], datetime.now() + timedelta(hours=1)],
        )
        assert ander.casusnummer in _nummers(a)
    with db.engine.begin() as conn:  # the waarneming has ended
        conn.exec_driver_sql("UPDATE casus_deling SET tot = localtimestamp - interval '1 minute'")
    with als("a.devries") as a:
        assert ander.casusnummer not in _nummers(a)
    # Burak shares it: open until withdrawn.
    with als("b.yilmaz") as b:
        b.execute(
            "INSERT INTO casus_deling (id, casus_id, medewerker_id, soort, door, op)"
            " VALUES (gen_random_uuid(), %s, %s, 'deling', 'b.yilmaz', now())",
            [ander.id, ids["a.devries"]],
        )
    with als("a.devries") as a:
        assert ander.casusnummer in _nummers(a)


def test_coordinator_ziet_alles_beheerder_geen_casusinhoud(register):
    _db, zaken, _ids, als = register
    with als("r.hendriks") as r:
        assert len(_nummers(r)) == 3
        assert {x[0] for x in r.execute("SELECT voornaam FROM persoon")} == {"Zoë", "Sem", "Noor"}
    with als("k.bakker") as k:
        for sql in (
            "SELECT casusnummer FROM casus",
            "SELECT casusnummer FROM casusregister",
            "SELECT voornaam FROM persoon",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                k.execute(sql)
        # The catalogue and the staff are theirs.
        assert k.execute("UPDATE aanbieder SET naam = naam").rowcount == 0  # allowed, empty
        assert k.execute("UPDATE medewerker SET naam = naam").rowcount == 4
    with als("a.devries") as a:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            a.execute("UPDATE aanbieder SET naam = naam")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            a.execute("UPDATE medewerker SET naam = 'Anouk'")


def test_logboek_alleen_aanvullen_als_jezelf(register):
    _db, _zaken, _ids, als = register
    with als("a.devries") as a:
        for sql in ("UPDATE logboek SET omschrijving = 'weg'", "DELETE FROM logboek"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                a.execute(sql)
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            a.execute(
                "INSERT INTO logboek (volgnummer, moment, gebruiker, actie, werkplek, vorige_hash,"
                " hash) VALUES (999, now(), 'b.yilmaz', 'inzage', 'x', 'v', 'h')"
            )
        # Only their own entries (the system's entries of the set-up are not theirs).
        assert a.execute(
            "SELECT count(*) FROM logboek WHERE gebruiker <> 'a.devries'"
        ).fetchone() == (0,)
    with als("r.hendriks") as r:
        assert r.execute("SELECT count(*) FROM logboek").fetchone()[0] > 0


def test_logins_beheert_alleen_de_beheerder_en_nooit_een_beheerrol(register):
    _db, _zaken, _ids, als = register
    with als("a.devries") as a:
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="Alleen een beheerder"):
            a.execute("SELECT jl_login_zetten('z.nieuw', NULL, ARRAY['jeugdloket_coordinator'])")
        # Every medewerker sets their own password, not a colleague's.
        eigen = a.pgconn.encrypt_password(
            b"nog een lang wachtwoord", b"a.devries", b"scram-sha-256"
        )
        a.execute("SELECT jl_login_wachtwoord('a.devries', %s)", [eigen.decode()])
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            a.execute("SELECT jl_login_wachtwoord('b.yilmaz', %s)", [eigen.decode()])
    assert als("a.devries", "nog een lang wachtwoord").execute("SELECT 1").fetchone() == (1,)
    with als("k.bakker") as k:
        k.execute("SELECT jl_login_zetten('z.nieuw', NULL, ARRAY['jeugdloket_consulent'])")
        assert k.execute(
            "SELECT rolcanlogin, rolsuper, rolcreaterole FROM pg_roles WHERE rolname = 'z.nieuw'"
        ).fetchone() == (True, False, False)
        # Not the server's own roles, not the groups, not a made-up one with odd characters.
        for naam in ("postgres", "jeugdloket_eigenaar", "x; DROP TABLE casus"):
            with pytest.raises(psycopg.Error):
                k.execute("SELECT jl_login_zetten(%s, NULL, ARRAY['jeugdloket_consulent'])", [naam])
        # The beheerder holds no CREATEROLE themself.
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            k.execute('CREATE ROLE "z.stiekem" LOGIN')


def test_weigering_van_de_database_wordt_een_nederlandse_zin(register, pg_server, pg_url, capsys):
    """What the services let through but the register's own rights refuse (a consulent writing
    the catalogue behind the services' back) reaches the command line as a Dutch sentence,
    not as a driver error; other database errors are not mistaken for it."""
    import argparse

    from sqlalchemy import text

    from jeugdloket.cli import voer_uit
    from jeugdloket.fouten import database_weigert

    dbnaam = pg_url.rsplit("/", 1)[1]
    a = open_database(pg_server.url(dbnaam, "a.devries", WACHTWOORD), gebruiker="a.devries")
    try:

        def schrijf_catalogus(_args):
            with a.engine.begin() as conn:
                conn.execute(text("DELETE FROM aanbieder"))

        assert voer_uit(argparse.Namespace(opdracht="catalogus", functie=schrijf_catalogus)) == 1
        fout = capsys.readouterr().err
        assert fout.startswith("Geen toegang: de teamdatabase staat dit niet toe voor deze login")
        assert "Error" not in fout
        with pytest.raises(Exception) as e, a.engine.begin() as conn:
            conn.execute(text("DELETE FROM aanbieder"))
        assert database_weigert(e.value)
        with pytest.raises(Exception) as e, a.engine.begin() as conn:
            conn.execute(text("SELECT 1/0"))
        assert not database_weigert(e.value)
    finally:
        a.sluit()
