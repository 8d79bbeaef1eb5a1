"""`jeugdloket team overzet`: a single-user file moves into the team register, with its UUIDs,
case numbers, medewerkers and access log; run again it moves nothing; a clash writes nothing."""

import os
from datetime import datetime

import pytest
from sqlalchemy import func, select
from teamhulp import jl

from jeugdloket import teamdb
from jeugdloket.db import Database, open_database
from jeugdloket.models import (
    Casus,
    Contactmoment,
    Factor,
    Intake,
    Logboekregel,
    Medewerker,
    Persoon,
)
from jeugdloket.services import analyse, casussen, intake, logboek, medewerkers, overzet
from jeugdloket.services.overzet import Overzetbotsing

WACHTWOORD = "een lang wachtwoord voor de test"
TELTABELLEN = (Casus, Persoon, Contactmoment, Intake, Factor, Medewerker, Logboekregel)


def _vul(bestand, maak_casus) -> dict:
    """A consulent's own file: two cases with persons, contacts, intake and analysis."""
    systeem = Database(bestand.engine)  # setting the file up: no medewerker acts yet
    medewerkers.maak_medewerker(systeem, "a.devries", "Anouk de Vries", "consulent")
    medewerkers.maak_medewerker(systeem, "r.hendriks", "René Hendriks", "coördinator")
    eerste = maak_casus(
        bestand,
        personen=[
            {"rol": "jeugdige", "voornaam": "Zoë", "achternaam": "Jansen"},
            {"rol": "ouder", "voornaam": "Mila", "achternaam": "Jansen"},
        ],
    )
    tweede = maak_casus(
        bestand, gemeente="Doesburg", personen=[{"rol": "jeugdige", "voornaam": "Sem"}]
    )
    casussen.voeg_contactmoment_toe(bestand, eerste.id, datetime(2026, 11, 17, 10), notitie="bel")
    casussen.voeg_contactmoment_toe(bestand, tweede.id, datetime(2026, 11, 18, 14))
    intake.zet_intake(bestand, eerste.id, {"metgezel_id": eerste.personen[1].id})
    analyse.voeg_factor_toe(bestand, eerste.id, {"type": "beschermend", "omschrijving": "oma"})
    casussen.casus_detail(bestand, tweede.id)  # an inzage in the file's log
    return {eerste.casusnummer: eerste.id, tweede.casusnummer: tweede.id}


@pytest.fixture
def bestand(tmp_path):
    db = open_database(tmp_path / "eigen.db", gebruiker="a.devries")
    yield db
    db.sluit()


@pytest.fixture
def register(pg_url):
    db = open_database(pg_url, gebruiker="cli:postgres")
    yield db
    db.sluit()


def _tellingen(db) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {
            m.__tablename__: conn.execute(select(func.count()).select_from(m)).scalar()
            for m in TELTABELLEN
        }


def _logregels(db) -> list:
    c = Logboekregel.__table__.c
    with db.engine.connect() as conn:
        return list(conn.execute(select(Logboekregel.__table__).order_by(c.volgnummer)).mappings())


def test_overzet_houdt_ids_nummers_en_logboek_en_zet_niets_dubbel(
    bestand, register, maak_casus, pg_url
):
    nummers = _vul(bestand, maak_casus)
    bestand.sluit()
    # The register already knows René (another id): he stays who he is there.
    al_daar = medewerkers.maak_medewerker(register, "r.hendriks", "René Hendriks", "coördinator")
    voor = _logregels(register)

    verslag = overzet.zet_over(register, bestand.pad)

    telling = {t.tabel: t for t in verslag.tellingen}
    assert (telling["casus"].overgezet, telling["persoon"].overgezet) == (2, 3)
    assert telling["contactmoment"].overgezet == 2
    assert (telling["medewerker"].overgezet, telling["medewerker"].aanwezig) == (1, 1)
    assert verslag.nieuwe_medewerkers == ["a.devries"]
    assert verslag.gekoppelde_medewerkers == ["r.hendriks"]
    with register.engine.connect() as conn:
        # Same UUIDs and case numbers.
        rijen = dict(conn.execute(select(Casus.casusnummer, Casus.id)).all())
        assert rijen == nummers
        anouk = conn.execute(
            select(Medewerker.id, Medewerker.wachtwoord_hash).where(
                Medewerker.gebruikersnaam == "a.devries"
            )
        ).one()
        assert anouk.wachtwoord_hash is None
        consulenten = set(conn.execute(select(Casus.consulent_id)).scalars())
        assert consulenten == {anouk.id}
        namen = set(conn.execute(select(Persoon.voornaam)).scalars())
        assert namen == {"Zoë", "Mila", "Sem"}
        assert conn.execute(select(Contactmoment.notitie)).scalars().all().count("bel") == 1
        assert (
            conn.execute(
                select(Medewerker.id).where(Medewerker.gebruikersnaam == "r.hendriks")
            ).scalar()
            == al_daar.id
        )
        # A login without a password: it exists, in the consulent group.
        assert conn.exec_driver_sql(
            "SELECT pg_has_role('a.devries', 'jeugdloket_consulent', 'MEMBER')"
        ).scalar()

    # The file's log is in the register's log, after what was there, the chain intact.
    weer = open_database(bestand.pad)
    van_bestand = _logregels(weer)
    weer.sluit()
    na = _logregels(register)
    overgezet = [r for r in na if "[overgezet uit eigen.db" in (r["omschrijving"] or "")]
    assert len(overgezet) == len(van_bestand) == verslag.logregels_overgezet
    for oud, nieuw in zip(van_bestand, overgezet, strict=True):
        assert (nieuw["moment"], nieuw["gebruiker"], nieuw["actie"], nieuw["casusnummer"]) == (
            oud["moment"], oud["gebruiker"], oud["actie"], oud["casusnummer"],
        )  # fmt: skip
        assert f"regel {oud['volgnummer']}]" in nieuw["omschrijving"]
    assert overgezet[0]["volgnummer"] == len(voor) + 1
    samenvatting = na[-1]["omschrijving"]
    assert samenvatting.startswith("overzet van eigen.db: 2 casussen")
    assert van_bestand[-1]["hash"] in samenvatting
    assert logboek.controleer(register).intact

    # Again: nothing twice, not even the summary.
    eerst = _tellingen(register)
    opnieuw = overzet.zet_over(register, bestand.pad)
    assert opnieuw.niets_nieuw
    assert {t.tabel: t.aanwezig for t in opnieuw.tellingen}["casus"] == 2
    assert opnieuw.logregels_aanwezig == len(van_bestand)
    assert _tellingen(register) == eerst


def test_botsend_casusnummer_schrijft_niets(bestand, register, maak_casus):
    nummers = _vul(bestand, maak_casus)
    bestand.sluit()
    # The register has its own case 2026-0001 (another case, another id).
    medewerkers.maak_medewerker(register, "k.bakker", "Kees Bakker", "coördinator")
    eigen = maak_casus(register)
    assert eigen.casusnummer in nummers
    voor = _tellingen(register)

    with pytest.raises(Overzetbotsing) as fout:
        overzet.zet_over(register, bestand.pad)

    assert any(f"casus {eigen.casusnummer}" in m and "ander" in m for m in fout.value.meldingen), (
        fout.value.meldingen
    )
    assert _tellingen(register) == voor


def test_zelfde_id_andere_inhoud_is_een_botsing(bestand, register, maak_casus):
    _vul(bestand, maak_casus)
    bestand.sluit()
    overzet.zet_over(register, bestand.pad)
    # In the file the family moves on; the register was already given the old state.
    later = open_database(bestand.pad, gebruiker="a.devries")
    cid = casussen.zoek_casusnummer(later, "2026-0002")
    casussen.wijzig_casus(later, cid, {"gemeente": "Zevenaar"})
    later.sluit()
    voor = _tellingen(register)

    with pytest.raises(Overzetbotsing) as fout:
        overzet.zet_over(register, bestand.pad)
    assert any("2026-0002" in m and "gemeente" in m for m in fout.value.meldingen)
    assert _tellingen(register) == voor


def test_gebroken_logboek_van_het_bestand_wordt_geweigerd(bestand, register, maak_casus):
    _vul(bestand, maak_casus)
    with bestand.engine.begin() as conn:  # someone edits the file with a SQLite tool
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS logboek_geen_update")
        conn.exec_driver_sql("UPDATE logboek SET gebruiker = 'x' WHERE volgnummer = 2")
    bestand.sluit()
    voor = _tellingen(register)
    with pytest.raises(overzet.Fout, match="niet intact"):
        overzet.zet_over(register, bestand.pad)
    assert _tellingen(register) == voor


def test_versleuteld_bestand_met_de_sleutel(tmp_path, register, maak_casus):
    sleutel = "een sleutel van het eigen bestand"
    versleuteld = open_database(tmp_path / "geheim.db", gebruiker="a.devries", sleutel=sleutel)
    nummers = _vul(versleuteld, maak_casus)
    versleuteld.sluit()

    verslag = overzet.zet_over(register, tmp_path / "geheim.db", sleutel)

    assert {t.tabel: t.overgezet for t in verslag.tellingen}["casus"] == 2
    with register.engine.connect() as conn:
        assert dict(conn.execute(select(Casus.casusnummer, Casus.id)).all()) == nummers


def test_een_medewerker_mag_niet_overzetten(bestand, register, maak_casus, pg_url):
    _vul(bestand, maak_casus)
    bestand.sluit()
    medewerkers.maak_medewerker(register, "k.bakker", "Kees Bakker", "beheerder")
    with register.engine.begin() as conn:
        teamdb.zet_wachtwoord(conn, "k.bakker", WACHTWOORD)
    schema, rest = pg_url.split("://", 1)
    kees = open_database(f"{schema}://k.bakker:{WACHTWOORD}@{rest.split('@', 1)[1]}", "k.bakker")
    try:
        with pytest.raises(overzet.Fout, match="beheerder van de server"):
            overzet.zet_over(kees, bestand.pad)
    finally:
        kees.sluit()
    assert _tellingen(register)["casus"] == 0


def test_beheerder_zonder_superuser_als_lid_van_de_eigenaar(bestand, register, maak_casus, pg_url):
    """IT's account on a managed server is no superuser: a member of the owner role moves the
    file; row security is back on afterwards."""
    _vul(bestand, maak_casus)
    bestand.sluit()
    with register.engine.begin() as conn:
        conn.exec_driver_sql("DROP ROLE IF EXISTS it_beheer")
        conn.exec_driver_sql(f"CREATE ROLE it_beheer LOGIN CREATEROLE PASSWORD '{WACHTWOORD}'")
        # What `team init` gives the account that runs it (teamdb.initialiseer).
        conn.exec_driver_sql(
            f"GRANT {teamdb.EIGENAAR}, {teamdb.REGISTER}, {teamdb.ROLLENBEHEER} TO it_beheer"
        )
    schema, rest = pg_url.split("://", 1)
    it = open_database(
        f"{schema}://it_beheer:{WACHTWOORD}@{rest.split('@', 1)[1]}", "cli:it_beheer"
    )
    try:
        verslag = overzet.zet_over(it, bestand.pad)
    finally:
        it.sluit()
    assert {t.tabel: t.overgezet for t in verslag.tellingen}["casus"] == 2
    with register.engine.connect() as conn:
        assert conn.exec_driver_sql(
            "SELECT bool_and(relforcerowsecurity) FROM pg_class "
            "WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'"
        ).scalar()
    assert logboek.controleer(register).intact
    with register.engine.begin() as conn:
        conn.exec_driver_sql("DROP OWNED BY it_beheer")
        conn.exec_driver_sql("DROP ROLE it_beheer")


def test_cli_overzet_en_opnieuw(tmp_path, pg_url, maak_casus):
    # A file as the CLI makes it: encrypted with JEUGDLOKET_SLEUTEL (tests/conftest.py).
    pad = tmp_path / "laptop.db"
    eigen = open_database(pad, gebruiker="a.devries", sleutel=os.environ["JEUGDLOKET_SLEUTEL"])
    _vul(eigen, maak_casus)
    eigen.sluit()

    r = jl("team", "overzet", str(pad), "--db", pg_url)
    assert r.returncode == 0, r.stderr
    assert "casussen: 2 overgezet, 0 al aanwezig" in r.stdout
    assert "medewerker wachtwoord" in r.stdout and "a.devries" in r.stdout

    r = jl("team", "overzet", str(pad), "--db", pg_url)
    assert r.returncode == 0, r.stderr
    assert "al aanwezig" in r.stdout and "casussen: 0 overgezet, 2 al aanwezig" in r.stdout

    assert jl("logboek", "controleer", "--db", pg_url).returncode == 0

    # Wrong use: no such file, or a file as the register.
    r = jl("team", "overzet", str(tmp_path / "bestaat-niet.db"), "--db", pg_url)
    assert r.returncode == 2 and "bestaat niet" in r.stderr
    assert not (tmp_path / "bestaat-niet.db").exists()
    r = jl("team", "overzet", str(pad), "--db", str(tmp_path / "ander.db"))
    assert r.returncode == 2 and "PostgreSQL" in r.stderr


def test_cli_botsing_afsluitcode_1(tmp_path, pg_url, maak_casus):
    pad = tmp_path / "laptop.db"
    eigen = open_database(pad, gebruiker="a.devries", sleutel=os.environ["JEUGDLOKET_SLEUTEL"])
    _vul(eigen, maak_casus)
    eigen.sluit()
    register = open_database(pg_url, gebruiker="cli:postgres")
    try:
        maak_casus(register)
        voor = _tellingen(register)
        r = jl("team", "overzet", str(pad), "--db", pg_url)
        assert r.returncode == 1, r.stdout
        assert "casus 2026-0001" in r.stderr and "niets overgezet" in r.stderr
        assert "Traceback" not in r.stderr
        assert _tellingen(register) == voor
    finally:
        register.sluit()
