"""Migration 0006: toewijzingen kept in casus.extra move into their own table, nothing lost."""

import json
import sqlite3
import uuid
from datetime import date

from jeugdloket.db import huidige_revisie, laatste_revisie, maak_engine, migreer, open_database
from jeugdloket.services import casuslijst, casussen, toewijzingen, uitwisseling

TOEWIJZINGEN = [
    {
        "jeugdige": "p1",
        "aanbieder_agb": "12345678",
        "productcategorie": "45",
        "productcode": "45A12",
        "segment": 4,
        "status": "gestart",
        "aanvraagdatum": "2026-10-26",
        "ingangsdatum": "2026-11-01",
        "einddatum": "2027-05-31",
        "volume": 2,
        "eenheid": "04",
        "frequentie": "2",
        "doel": "d1",
        "eigen": {"bron": "Excel"},
    },
    {
        "jeugdige": "p1",
        "productcategorie": "54",
        "status": "aangevraagd",
        "aanvraagdatum": "2026-11-02T10:15:00",
        "budget": 1500,
        "einddatum": "2027-01-31",
    },
]


def _maak_oude_database(pad, extra_per_casus):
    engine = maak_engine(pad)
    migreer(engine, "0005")
    engine.dispose()
    con = sqlite3.connect(pad)
    nu = "2026-11-20 10:00:00.000000"
    ids = []
    for i, extra in enumerate(extra_per_casus, start=1):
        casus_id, p1 = uuid.uuid4(), uuid.uuid4()
        ids.append(casus_id)
        con.execute(
            "INSERT INTO casus (id, version, aangemaakt_op, bijgewerkt_op, casusnummer, gemeente,"
            " aanmelddatum, extra, zoektekst, jeugdigen) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (
                casus_id.hex,
                1,
                nu,
                nu,
                f"2026-{i:04d}",
                "Duiven",
                "2026-10-16T09:30:00",
                json.dumps(extra) if extra is not None else None,
                "",
                "",
            ),
        )
        con.execute(
            "INSERT INTO persoon (id, version, aangemaakt_op, bijgewerkt_op, casus_id, ref,"
            " volgorde, rol, voornaam, bsn) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (p1.hex, 1, nu, nu, casus_id.hex, "p1", 1, "jeugdige", "Zoë", "111222333"),
        )
    con.commit()
    con.close()
    return ids


def test_migratie_0006_verhuist_toewijzingen_uit_extra(tmp_path):
    pad = tmp_path / "oud.db"
    onverhuisbaar = {"jeugdige": "p1", "status": "gestart"}  # no category, no aanvraagdatum
    met, zonder, leeg = _maak_oude_database(
        pad,
        [
            {"toewijzingen": TOEWIJZINGEN, "eigen_veld": 1},
            {"toewijzingen": [onverhuisbaar]},
            None,
        ],
    )
    db = open_database(pad)
    try:
        assert huidige_revisie(db.engine) == laatste_revisie()  # through 0006 to the newest
        assert list((tmp_path / "backups").glob("oud-*-voor-*.db"))  # copy made first

        rijen = toewijzingen.lijst(db, met)
        assert [(t.status, t.volgorde) for t in rijen] == [("gestart", 1), ("aangevraagd", 2)]
        eerste, tweede = rijen
        assert (eerste.jeugdige_ref, eerste.jeugdige_naam, eerste.doel_ref) == ("p1", "Zoë", "d1")
        assert eerste.ingangsdatum == date(2026, 11, 1) and eerste.volume == 2
        assert eerste.extra == {"eigen": {"bron": "Excel"}}
        assert tweede.budget == 1500
        assert rijen[0].version == 1

        doc = uitwisseling.exporteer(db)
        c = {x["casusnummer"]: x for x in doc["casussen"]}
        assert c["2026-0001"]["toewijzingen"] == TOEWIJZINGEN  # exactly as they were
        assert c["2026-0001"]["eigen_veld"] == 1  # the rest of extra stays
        # what could not become a row is kept, visibly, instead of lost
        assert c["2026-0002"]["toewijzingen_niet_verhuisd"] == [onverhuisbaar]
        assert "toewijzingen" not in c["2026-0002"]
        assert toewijzingen.lijst(db, zonder) == []
        assert "toewijzingen" not in c["2026-0003"]

        with db.sessie() as s:
            from jeugdloket.models import Casus

            assert "toewijzingen" not in (s.get(Casus, met).extra or {})
            assert s.get(Casus, leeg).extra is None
        # the status now comes from the table
        assert casussen.casus_detail(db, met).status.label == "Hulp ingezet"
        assert {r.casusnummer: r.status.label for r in casuslijst.casuslijst(db)} == {
            "2026-0001": "Hulp ingezet",
            "2026-0002": "Aangemeld",
            "2026-0003": "Aangemeld",
        }
        # and the moved toewijzingen live on as any other
        toewijzingen.leg_toestemming_vast(db, eerste.id, "Moeder")
        assert toewijzingen.deel_met_aanbieder(db, eerste.id).gedeeld_op is not None
    finally:
        db.sluit()
