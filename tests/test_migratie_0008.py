"""Migration 0008: the destruction tables arrive; a file at 0007 keeps every case."""

import sqlite3
import uuid
from datetime import date

from sqlalchemy import inspect

from jeugdloket.db import Database, huidige_revisie, maak_engine, migreer, open_database
from jeugdloket.migrations import HEAD
from jeugdloket.services import bewaartermijn, casuslijst, casussen, medewerkers


def _maak_database_op_0007(pad):
    engine = maak_engine(pad)
    migreer(engine, "0007")
    engine.dispose()
    con = sqlite3.connect(pad)
    nu = "2026-11-20 10:00:00.000000"
    ids = []
    for nummer, afgesloten in (("2001-0007", "2001-06-30"), ("2026-0042", None)):
        casus_id = uuid.uuid4()
        ids.append(casus_id)
        con.execute(
            "INSERT INTO casus (id, version, aangemaakt_op, bijgewerkt_op, casusnummer, gemeente,"
            " aanmelddatum, afgesloten_op, zoektekst, jeugdigen) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (casus_id.hex, 1, nu, nu, nummer, "Duiven", "2001-03-01", afgesloten, "", ""),
        )
        con.execute(
            "INSERT INTO persoon (id, version, aangemaakt_op, bijgewerkt_op, casus_id, ref,"
            " volgorde, rol, voornaam, bsn) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (uuid.uuid4().hex, 1, nu, nu, casus_id.hex, "p1", 1, "jeugdige", "Zoë", "111222333"),
        )
    con.commit()
    con.close()
    return ids


def test_migratie_0008_houdt_de_casussen_en_maakt_de_tabellen(tmp_path):
    pad = tmp_path / "oud.db"
    oud, nieuw = _maak_database_op_0007(pad)

    db = open_database(pad)
    try:
        assert huidige_revisie(db.engine) == HEAD
        assert (tmp_path / "backups").is_dir()  # a copy before migrating
        with db.engine.connect() as conn:
            tabellen = set(inspect(conn).get_table_names())
        assert {"vernietigingsverzoek", "vernietiging_telling"} <= tabellen
        lijst = casuslijst.casuslijst(db)
        assert sorted(r.casusnummer for r in lijst) == ["2001-0007", "2026-0042"]
        assert casussen.casus_detail(db, nieuw).personen[0].voornaam == "Zoë"

        # The new tables work on the migrated file: two coördinatoren destroy the old case.
        systeem = Database(db.engine)
        for naam in ("r.hendriks", "s.bos"):
            medewerkers.maak_medewerker(systeem, naam, naam, "coördinator")
        v = bewaartermijn.vraag_vernietiging(
            Database(db.engine, "r.hendriks"), oud, "Bewaartermijn verstreken"
        )
        bewaartermijn.bevestig_vernietiging(Database(db.engine, "s.bos"), v.id)
        assert [r.casusnummer for r in casuslijst.casuslijst(db)] == ["2026-0042"]
        assert bewaartermijn.tellingen(db) == [(date.today(), 1)]
    finally:
        db.sluit()
