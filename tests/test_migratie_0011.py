"""Migration 0011 (werkkopie tables, longer case numbers): a file and a team register at 0010
keep their cases, and afterwards take a provisional number of a case made offline."""

import uuid

import pytest
from sqlalchemy import Uuid, bindparam, select, text

from jeugdloket.db import huidige_revisie, maak_engine, migreer
from jeugdloket.migrations import HEAD


@pytest.fixture(params=["sqlite", "postgresql"])
def leeg(request, tmp_path):
    if request.param == "postgresql":
        server = request.getfixturevalue("pg_server")
        naam = f"m0011_{uuid.uuid4().hex[:8]}"
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


def test_upgrade_van_0010_houdt_de_casussen(leeg):
    migreer(leeg, "0010")
    cid = uuid.uuid4()
    with leeg.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO casus (id, version, aangemaakt_op, bijgewerkt_op, casusnummer, "
                "gemeente, aanmelddatum, zoektekst, jeugdigen) VALUES (:id, 1, :op, :op, "
                "'2026-0001', 'Duiven', '2026-11-16T09:30:00', '2026-0001 zoe', 'Zoë')"
            ).bindparams(bindparam("id", type_=Uuid())),
            {"id": cid, "op": "2026-11-16 09:30:00"},
        )
    migreer(leeg)
    assert huidige_revisie(leeg) == HEAD
    with leeg.begin() as conn:
        rij = conn.execute(text("SELECT casusnummer, jeugdigen, voorlopig_nummer FROM casus")).one()
        assert tuple(rij) == ("2026-0001", "Zoë", None)
        # A provisional number of a case made offline fits (was 9 characters).
        conn.execute(
            text("UPDATE casus SET casusnummer = '2026-0002', voorlopig_nummer = '2026-L12-345'")
        )
        assert conn.execute(select(text("voorlopig_nummer")).select_from(text("casus"))).scalar()
