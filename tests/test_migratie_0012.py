"""Migration 0012 (evaluatie tables, toewijzing.ref): a file and a team register at 0011 keep
their cases and toewijzingen, and afterwards an old toewijzing can be evaluated."""

import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import Uuid, bindparam, text

from jeugdloket.db import Database, huidige_revisie, maak_engine, migreer
from jeugdloket.migrations import HEAD
from jeugdloket.services import evaluatie, medewerkers, toewijzingen


@pytest.fixture(params=["sqlite", "postgresql"])
def leeg(request, tmp_path):
    if request.param == "postgresql":
        server = request.getfixturevalue("pg_server")
        naam = f"m0012_{uuid.uuid4().hex[:8]}"
        with server.verbind() as conn:
            conn.execute(f'CREATE DATABASE "{naam}"')
        engine = maak_engine(server.url(naam))
        yield engine
        engine.dispose()
        with server.verbind() as conn:
            conn.execute(f'DROP DATABASE "{naam}" WITH (FORCE)')
    else:
        engine = maak_engine(tmp_path / "oud.db")
        yield engine
        engine.dispose()


def test_upgrade_van_0011_houdt_de_toewijzingen(leeg):
    migreer(leeg, "0011")
    cid, tid = uuid.uuid4(), uuid.uuid4()
    start = (date.today() - timedelta(days=100)).isoformat()
    with leeg.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO casus (id, version, aangemaakt_op, bijgewerkt_op, casusnummer, "
                "gemeente, aanmelddatum, zoektekst, jeugdigen) VALUES (:id, 1, :op, :op, "
                "'2026-0001', 'Duiven', '2026-06-16T09:30:00', '2026-0001 zoe', 'Zoë')"
            ).bindparams(bindparam("id", type_=Uuid())),
            {"id": cid, "op": "2026-06-16 09:30:00"},
        )
        conn.execute(
            text(
                "INSERT INTO persoon (id, version, aangemaakt_op, bijgewerkt_op, casus_id, ref, "
                "volgorde, rol, voornaam) VALUES (:id, 1, :op, :op, :cid, 'p1', 1, 'jeugdige', "
                "'Zoë')"
            ).bindparams(bindparam("id", type_=Uuid()), bindparam("cid", type_=Uuid())),
            {"id": uuid.uuid4(), "cid": cid, "op": "2026-06-16 09:30:00"},
        )
        conn.execute(
            text(
                "INSERT INTO toewijzing (id, version, aangemaakt_op, bijgewerkt_op, casus_id, "
                "volgorde, jeugdige_ref, aanbieder_agb, productcategorie, status, aanvraagdatum, ingangsdatum, "
                "volume, eenheid, frequentie, einddatum) VALUES (:id, 1, :op, :op, :cid, 1, "
                "'p1', '12345678', '45', 'gestart', '2026-06-20', :start, 2, '04', '2', '2099-12-31')"
            ).bindparams(bindparam("id", type_=Uuid()), bindparam("cid", type_=Uuid())),
            {"id": tid, "cid": cid, "op": "2026-06-16 09:30:00", "start": start},
        )
    migreer(leeg)
    assert huidige_revisie(leeg) == HEAD
    with leeg.begin() as conn:
        rij = conn.execute(text("SELECT jeugdige_ref, status, volume, ref FROM toewijzing")).one()
        assert tuple(rij) == ("p1", "gestart", 2, None)
        assert conn.execute(text("SELECT count(*) FROM evaluatie")).scalar() == 0
    if leeg.dialect.name == "postgresql":
        return  # the services on a team register need `team init` (tests/test_evaluatie.py)
    medewerkers.maak_medewerker(Database(leeg), "a.devries", "Anouk de Vries", "consulent")
    db = Database(leeg, "a.devries")
    assert evaluatie.standen(db, cid)[tid].niveau == "te_laat"
    e = evaluatie.maak(db, cid, date.today())
    e = evaluatie.leg_besluit_vast(db, e.id, tid, "afschalen", wijzigingen={"volume": 1})
    assert e.besluiten[0].toewijzing_ref == "t1"
    assert toewijzingen.toewijzing(db, tid).volume == 1
    assert evaluatie.standen(db, cid)[tid].niveau is None
