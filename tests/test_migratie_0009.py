"""Migration 0009: a file at 0008 keeps its access log, and a fork of the chain is refused."""

import pytest
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from jeugdloket.db import Database, huidige_revisie, maak_engine, migreer, open_database
from jeugdloket.migrations import HEAD
from jeugdloket.models.toegang import Logboekregel
from jeugdloket.services import casussen, logboek, medewerkers


def test_upgrade_van_0008_houdt_het_logboek_en_weigert_een_vork(tmp_path, maak_casus):
    pad = tmp_path / "oud.db"
    engine = maak_engine(pad)
    migreer(engine, "0008")
    oud = Database(engine, "a.devries")
    medewerkers.maak_medewerker(oud, "a.devries", "Anouk de Vries", "consulent")
    d = maak_casus(oud)
    casussen.voeg_contactmoment_toe(oud, d.id)  # a change, logged (no field history yet)
    t = Logboekregel.__table__
    with engine.connect() as conn:
        voor = conn.execute(select(t).order_by(t.c.volgnummer)).mappings().all()
    engine.dispose()
    assert len(voor) >= 3

    db = open_database(pad)
    try:
        assert huidige_revisie(db.engine) == HEAD
        with db.engine.connect() as conn:
            na = conn.execute(select(t).order_by(t.c.volgnummer)).mappings().all()
        assert na == voor
        assert logboek.controleer(db).intact
        # A second entry after the last one – a fork – cannot be stored.
        vork = dict(na[-1]) | {"volgnummer": na[-1]["volgnummer"] + 1, "hash": "f" * 64}
        vork["vorige_hash"] = na[-1]["vorige_hash"]
        with pytest.raises(IntegrityError), db.engine.begin() as conn:
            conn.execute(insert(t), vork)
    finally:
        db.sluit()
