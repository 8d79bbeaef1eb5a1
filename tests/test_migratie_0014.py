"""Migration 0014 (the weekly overview's partial indexes): on a team register at 0013 the
three indexes appear with the rows the overview reads, a downgrade removes them again; an
SQLite file migrates through it unchanged."""

import uuid

import pytest
from sqlalchemy import inspect, text

from jeugdloket.db import huidige_revisie, maak_engine, migreer
from jeugdloket.migrations import HEAD

NAMEN = {
    "persoon": "ix_persoon_jeugdige_overzicht",
    "contactmoment": "ix_contactmoment_evaluatie_overzicht",
    "intake": "ix_intake_afgerond_overzicht",
}


@pytest.fixture(params=["sqlite", "postgresql"])
def leeg(request, tmp_path):
    if request.param == "postgresql":
        server = request.getfixturevalue("pg_server")
        naam = f"m0014_{uuid.uuid4().hex[:8]}"
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


def _indexen(engine) -> set[str]:
    return {i["name"] for tabel in NAMEN for i in inspect(engine).get_indexes(tabel) if i["name"]}


def test_indexen_voor_het_weekoverzicht(leeg):
    migreer(leeg, "0013")
    assert not _indexen(leeg) & set(NAMEN.values())
    migreer(leeg)
    assert huidige_revisie(leeg) == HEAD
    if leeg.dialect.name != "postgresql":
        assert not _indexen(leeg) & set(NAMEN.values())  # nothing changes on a file
        return
    assert set(NAMEN.values()) <= _indexen(leeg)
    with leeg.connect() as conn:
        definities = dict(
            conn.execute(
                text("SELECT indexname, indexdef FROM pg_indexes WHERE indexname LIKE '%overzicht'")
            ).all()
        )
    assert "WHERE ((rol)::text = 'jeugdige'::text)" in definities[NAMEN["persoon"]]
    assert "INCLUDE (datum)" in definities[NAMEN["contactmoment"]]
    from alembic import command

    from jeugdloket.db import _alembic_config

    cfg = _alembic_config(leeg)
    with leeg.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0013")
    assert huidige_revisie(leeg) == "0013"
    assert not _indexen(leeg) & set(NAMEN.values())
