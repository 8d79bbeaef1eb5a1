"""Migration 0007: sign-in columns, casus_deling and the append-only logboek; data kept."""

import sqlite3
import uuid

import pytest

from jeugdloket.db import (
    Database,
    huidige_revisie,
    laatste_revisie,
    maak_engine,
    migreer,
    open_database,
)
from jeugdloket.services import casussen, logboek, medewerkers, toegang
from jeugdloket.services.rechten import GeenToegang

GOED = "een lange zin als wachtwoord"


def _database_van_0006(pad):
    engine = maak_engine(pad)
    migreer(engine, "0006")
    engine.dispose()
    con = sqlite3.connect(pad)
    nu = "2026-11-20 10:00:00.000000"
    mensen = {}
    for naam, volledig, rol in (
        ("a.devries", "Anouk de Vries", "consulent"),
        ("b.yilmaz", "Burak Yılmaz", "consulent"),
        ("r.hendriks", "René Hendriks", "coördinator"),
    ):
        mensen[naam] = uuid.uuid4()
        con.execute(
            "INSERT INTO medewerker (id, version, aangemaakt_op, bijgewerkt_op, gebruikersnaam,"
            " naam, rol, actief) VALUES (?,?,?,?,?,?,?,1)",
            (mensen[naam].hex, 1, nu, nu, naam, volledig, rol),
        )
    casus_id = uuid.uuid4()
    con.execute(
        "INSERT INTO casus (id, version, aangemaakt_op, bijgewerkt_op, casusnummer, gemeente,"
        " consulent_id, aanmelddatum, zoektekst, jeugdigen, hulpvraag)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (
            casus_id.hex,
            1,
            nu,
            nu,
            "2026-0001",
            "Duiven",
            mensen["a.devries"].hex,
            "2026-11-16T09:30:00",
            "",
            "",
            "Zorgen over Zoë",
        ),
    )
    con.commit()
    con.close()
    return casus_id


def test_upgrade_van_0006_houdt_gegevens_en_voegt_aanmelden_toe(tmp_path):
    pad = tmp_path / "oud.db"
    casus_id = _database_van_0006(pad)
    db = open_database(pad, gebruiker="a.devries")
    try:
        # To the newest revision (0007 and any later one); the copy is named after it.
        assert huidige_revisie(db.engine) == laatste_revisie()
        assert list((tmp_path / "backups").glob(f"oud-*-voor-{laatste_revisie()}.db"))
        # Existing medewerkers keep name and role, have no password yet and no extra roles.
        r = medewerkers.zoek_medewerker(db, "r.hendriks")
        assert (r.naam, r.rol, r.rollen) == ("René Hendriks", "coördinator", {"coördinator"})
        assert not toegang.heeft_wachtwoord(db, "a.devries")
        # The case is still there and still hers; the colleague needs a reason now.
        assert casussen.casus_detail(db, casus_id).hulpvraag == "Zorgen over Zoë"
        with pytest.raises(GeenToegang):
            casussen.casus_detail(Database(db.engine, "b.yilmaz"), casus_id)
        # First sign-in after the upgrade: the medewerker chooses a password.
        with pytest.raises(toegang.EersteAanmelding):
            toegang.meld_aan(db, "a.devries", GOED)
        assert toegang.meld_aan(db, "a.devries", GOED, herhaling=GOED).rol == "consulent"
        assert logboek.controleer(Database(db.engine)).intact
    finally:
        db.sluit()
    con = sqlite3.connect(pad)
    triggers = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert {"logboek_geen_update", "logboek_geen_delete"} <= triggers
    assert con.execute("SELECT mislukte_pogingen FROM medewerker").fetchall() == [(0,)] * 3
    con.close()


def test_downgrade_naar_0006_en_weer_terug(tmp_path):
    pad = tmp_path / "j.db"
    engine = maak_engine(pad)
    migreer(engine)
    from alembic import command

    from jeugdloket.db import _alembic_config

    cfg = _alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0006")
    assert huidige_revisie(engine) == "0006"
    migreer(engine)
    assert huidige_revisie(engine) == laatste_revisie()
    engine.dispose()
