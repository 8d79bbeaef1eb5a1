"""Migration 0009: a file at 0008 keeps its access log, and a fork of the chain is refused."""

import pytest
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from jeugdloket.db import huidige_revisie, maak_engine, migreer, open_database
from jeugdloket.migrations import HEAD
from jeugdloket.models.toegang import Logboekregel
from jeugdloket.services import keten, logboek


def test_upgrade_van_0008_houdt_het_logboek_en_weigert_een_vork(tmp_path):
    pad = tmp_path / "oud.db"
    engine = maak_engine(pad)
    migreer(engine, "0008")
    # Today's services write today's schema, so the 0008 file gets its entries the way the
    # app appended them then: through the chain writer, on the old table.
    with engine.begin() as conn:
        keten.schrijf(
            conn,
            [
                {"gebruiker": "a.devries", "actie": "aanmaak", "casusnummer": "2026-0001"},
                {"gebruiker": "a.devries", "actie": "inzage", "casusnummer": "2026-0001"},
                {"gebruiker": "a.devries", "actie": "wijziging", "casusnummer": "2026-0001"},
            ],
        )
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
