"""The case list reads its rows as plain driver tuples (db.ruwe_rijen) on both engines: the
rows must be exactly those SQLAlchemy's own result processing gives."""

from datetime import date

import pytest
from sqlalchemy import select

from jeugdloket import db as dbmodule
from jeugdloket.db import Database, ruwe_rijen
from jeugdloket.demo import maak_demo
from jeugdloket.models import Casus
from jeugdloket.services import casuslijst

pytestmark = pytest.mark.beide_engines

VANDAAG = date(2026, 11, 23)


def test_casuslijst_uit_de_driver_gelijk_aan_sqlalchemy(db, monkeypatch):
    assert maak_demo(db, 150, seed=11, vandaag=VANDAAG) == 150
    register = Database(db.engine)
    c = Casus.__table__.c
    with db.engine.connect() as conn:
        # The fast path is really taken: plain tuples, not SQLAlchemy rows.
        rijen = list(ruwe_rijen(conn, select(c.id, c.casusnummer).where(c.gemeente != "x")))
        assert rijen and all(type(r) is tuple for r in rijen)
    snel = casuslijst.casuslijst(register)
    snel_eigen = casuslijst.casuslijst(db)

    def via_sqlalchemy(conn, q):
        yield from conn.execute(q)

    monkeypatch.setattr(casuslijst, "ruwe_rijen", via_sqlalchemy)
    monkeypatch.setattr(dbmodule, "ruwe_rijen", via_sqlalchemy)
    assert casuslijst.casuslijst(register) == snel
    assert casuslijst.casuslijst(db) == snel_eigen
    assert len(snel) == 150


def test_zelfde_demo_zelfde_lijst_op_beide_engines(pg_url, tmp_path):
    """The team register reads the status facts from its register view, a file from its own
    tables: the same demo must give the same list, row for row (status, signals, order)."""
    from jeugdloket.db import open_database

    lijsten = []
    for doel in (tmp_path / "bestand.db", pg_url):
        db = open_database(doel)
        try:
            assert maak_demo(db, 200, seed=5, vandaag=VANDAAG) == 200
            lijsten.append(
                [
                    (r.casusnummer, r.status, r.signaal, r.meldcode_open, r.aanmelddatum)
                    for r in casuslijst.casuslijst(db, VANDAAG)
                ]
            )
        finally:
            db.sluit()
    bestand, team = lijsten
    assert len(bestand) == 200
    assert len({s for _, s, *_ in bestand}) >= 4  # the demo has cases in many stages
    assert team == bestand


def test_eerste_rijen_en_een_casus_gelijk_aan_de_hele_lijst(db):
    """The first screen (limiet: the facts as subqueries per row) and one case's row show
    exactly what the whole list (the facts as scans) shows for those cases – on a demo with
    intakes, analyses, plans and toewijzingen in every stage."""
    assert maak_demo(db, 150, seed=7, vandaag=VANDAAG) == 150
    alle = casuslijst.casuslijst(db, vandaag=VANDAAG)
    per_id = {r.id: r for r in alle}
    eerste = casuslijst.casuslijst(db, vandaag=VANDAAG, limiet=60)
    assert len(eerste) == 60
    assert eerste == [per_id[r.id] for r in eerste]
    assert [r.aanmelddatum for r in eerste] == sorted(
        (r.aanmelddatum for r in eerste), reverse=True
    )
    # Rows in several stages, so the facts were really compared.
    assert len({r.status for r in eerste}) >= 4
    for regel in alle[::10]:
        assert casuslijst.casuslijst(db, vandaag=VANDAAG, casus_id=regel.id) == [regel]
