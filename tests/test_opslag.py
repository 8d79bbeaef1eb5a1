"""Storage: migrations keep data, engine factory, versions and who changed what."""

import shutil
import sqlite3
import uuid
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from jeugdloket.db import database_url, huidige_revisie, laatste_revisie, maak_engine, open_database
from jeugdloket.fouten import VersieConflict
from jeugdloket.services import casuslijst, casussen

pytestmark = pytest.mark.beide_engines

FIXTURE = Path(__file__).parent / "fixtures" / "jeugdloket_0001.db"


def test_upgrade_van_eerste_migratie_behoudt_gegevens(tmp_path):
    pad = tmp_path / "oud.db"
    shutil.copy(FIXTURE, pad)
    db = open_database(pad, gebruiker="a.devries")
    try:
        assert huidige_revisie(db.engine) == laatste_revisie()
        # A backup copy of the old file was made before the schema changed.
        kopieen = list((tmp_path / "backups").glob("oud-*-voor-*.db"))
        assert len(kopieen) == 1
        oud = sqlite3.connect(kopieen[0])
        assert oud.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        oud.close()

        regels = casuslijst.casuslijst(db)
        assert [r.casusnummer for r in regels] == ["2025-0007"]
        detail = casussen.casus_detail(db, regels[0].id)
        assert detail.aanmelddatum == datetime(2025, 3, 3, 9, 15)
        assert detail.hulpvraag == "Zorgen over Zoë."
        assert [(p.ref, p.naam, p.bsn, p.postcode) for p in detail.personen] == [
            ("p1", "Zoë Łukasiewicz-Çelik", "111222333", "6981 AB"),
            ("p2", "Marieke van der Berg", None, None),
        ]
        assert detail.contactmomenten[0].notitie == "Kennismaking aan de keukentafel."
        assert detail.contactmomenten[0].medewerker == "Anouk de Vries"
        # The columns added by the upgrade were filled for the existing case.
        assert regels[0].jeugdigen == "Zoë Łukasiewicz-Çelik"
        assert casuslijst.filter_casussen(regels, "lukasiewicz 6981", toestand="alle") == regels
        assert detail.status.label == "Intake"  # the levenskracht part kept in `extra`…
        # …moved by migration 0003 into the intake tables, gone from `extra`.
        from jeugdloket.services import intake, uitwisseling

        p2 = next(p for p in detail.personen if p.ref == "p2")
        assert intake.intake(db, detail.id).metgezel_id == p2.id
        doc = uitwisseling.exporteer(db)
        assert doc["casussen"][0]["levenskracht"] == {"metgezel": "p2"}
    finally:
        db.sluit()


def test_tweede_start_migreert_en_kopieert_niet_opnieuw(tmp_path):
    pad = tmp_path / "j.db"
    open_database(pad).sluit()
    open_database(pad).sluit()
    assert not (tmp_path / "backups").exists()


def test_sqlite_pragmas(tmp_path):
    engine = maak_engine(tmp_path / "x.db")
    with engine.connect() as c:
        assert c.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert c.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert c.execute(text("PRAGMA busy_timeout")).scalar() == 10000


def test_engine_factory_neemt_pad_of_url(tmp_path):
    assert database_url(tmp_path / "a.db") == f"sqlite:///{tmp_path / 'a.db'}"
    assert (
        database_url("postgresql+psycopg://u@localhost/j") == "postgresql+psycopg://u@localhost/j"
    )
    assert database_url("sqlite:///:memory:") == "sqlite:///:memory:"


def test_versie_en_wie_wijzigde(db, maak_casus):
    casus = maak_casus()
    assert isinstance(casus.id, uuid.UUID)
    na = casussen.wijzig_casus(db, casus.id, {"hulpvraag": "Opvoedvragen"}, versie=casus.version)
    assert na.version == casus.version + 1
    with pytest.raises(VersieConflict):
        casussen.wijzig_casus(db, casus.id, {"hulpvraag": "Iets anders"}, versie=casus.version)
    with db.engine.connect() as c:
        rij = c.execute(
            text(
                "SELECT aangemaakt_door, bijgewerkt_door, bijgewerkt_op >= aangemaakt_op FROM casus"
            )
        ).one()
    assert tuple(rij) == ("a.devries", "a.devries", 1)


def test_head_constante_volgt_alembic():
    from jeugdloket.migrations import HEAD

    assert laatste_revisie() == HEAD
