"""Demo toewijzingen: contracted products that fit, valid under the iJw rules, deterministic."""

from datetime import date

import pytest

from jeugdloket.db import open_database
from jeugdloket.demo import maak_demo, maak_demo_toewijzingen
from jeugdloket.services import casuslijst, catalogus, toewijzingen, uitwisseling
from jeugdloket.services.zoeken_catalogus import zoek

pytestmark = pytest.mark.beide_engines

VANDAAG = date(2026, 11, 23)


def _demo(pad):
    db = open_database(pad)
    maak_demo(db, 200, seed=3, vandaag=VANDAAG)
    catalogus.laad_demo(db, vandaag=VANDAAG)
    return db


def test_demo_toewijzingen_passen_en_zijn_geldig(tmp_path):
    db = _demo(tmp_path / "a.db")
    aantal = maak_demo_toewijzingen(db, VANDAAG, seed=3)
    assert aantal > 20
    regels = casuslijst.casuslijst(db)
    per_status: dict[str, int] = {}
    for r in regels:
        per_status[r.status.value] = per_status.get(r.status.value, 0) + 1
    assert per_status.get("Hulp ingezet", 0) > 0
    statussen = set()
    for r in regels:
        for t in toewijzingen.lijst(db, r.id):
            statussen.add(t.status)
            # Contracted in the case's gemeente on the aanvraagdatum, for this age.
            gevonden = zoek(db, "", gemeente=r.gemeente, datum=t.aanvraagdatum, limiet=None)
            assert (t.aanbieder_agb, t.productcode) in {
                (x.aanbieder_agb, x.productcode) for x in gevonden
            }
            if t.status in ("gestart", "beeindigd"):
                assert t.toestemming_op is not None
            keuze = next(k for k in toewijzingen.keuzes(db, r.id) if k.toewijzing_id == t.id)
            assert keuze.reden_keuze and len(keuze.besproken) >= 2
    assert {"aangevraagd", "gestart", "beeindigd"} <= statussen
    # What the demo holds passes the exchange format's rules elsewhere.
    doc = uitwisseling.exporteer(db)
    ander = open_database(tmp_path / "b.db")
    r = uitwisseling.importeer(ander, doc)
    assert r.nieuw == 200
    db.sluit()
    ander.sluit()


def test_demo_toewijzingen_zijn_herhaalbaar(tmp_path):
    eerste = _demo(tmp_path / "a.db")
    tweede = _demo(tmp_path / "b.db")
    assert maak_demo_toewijzingen(eerste, VANDAAG, seed=5) == maak_demo_toewijzingen(
        tweede, VANDAAG, seed=5
    )
    a = uitwisseling.exporteer(eerste)["casussen"]
    b = uitwisseling.exporteer(tweede)["casussen"]
    assert [c.get("toewijzingen") for c in a] == [c.get("toewijzingen") for c in b]
