"""Migration 0013 (meldcode and veiligheidsplan tables): a file and a team register at 0012
keep their cases and plans, and afterwards hold a meldcode traject and a veiligheidsplan."""

import uuid

import pytest
from sqlalchemy import Uuid, bindparam, text

from jeugdloket.db import huidige_revisie, maak_engine, migreer
from jeugdloket.migrations import HEAD


@pytest.fixture(params=["sqlite", "postgresql"])
def leeg(request, tmp_path):
    if request.param == "postgresql":
        server = request.getfixturevalue("pg_server")
        naam = f"m0013_{uuid.uuid4().hex[:8]}"
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


def test_upgrade_van_0012_houdt_de_casussen_en_plannen(leeg):
    migreer(leeg, "0012")
    cid, pid = uuid.uuid4(), uuid.uuid4()
    uid = bindparam("id", type_=Uuid())
    with leeg.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO casus (id, version, aangemaakt_op, bijgewerkt_op, casusnummer, "
                "gemeente, aanmelddatum, zoektekst, jeugdigen) VALUES (:id, 1, :op, :op, "
                "'2026-0001', 'Westervoort', '2026-11-16T09:30:00', '2026-0001 zoe', 'Zoë')"
            ).bindparams(uid),
            {"id": cid, "op": "2026-11-16 09:30:00"},
        )
        conn.execute(
            text(
                "INSERT INTO familiegroepsplan (id, version, aangemaakt_op, bijgewerkt_op, "
                "casus_id, afspraken_veiligheid) VALUES (:pid, 1, :op, :op, :id, 'Oma belt')"
            ).bindparams(uid, bindparam("pid", type_=Uuid())),
            {"id": cid, "pid": pid, "op": "2026-11-16 09:30:00"},
        )
    migreer(leeg)
    assert huidige_revisie(leeg) == HEAD
    with leeg.begin() as conn:
        assert conn.execute(text("SELECT casusnummer, jeugdigen FROM casus")).one() == (
            "2026-0001",
            "Zoë",
        )
        assert conn.execute(
            text("SELECT afspraken_veiligheid FROM familiegroepsplan")
        ).scalar() == ("Oma belt")
        tid = uuid.uuid4()
        conn.execute(
            text(
                "INSERT INTO meldcode_traject (id, version, aangemaakt_op, bijgewerkt_op, "
                "casus_id, nummer, gestart_op, melden_noodzakelijk) "
                "VALUES (:tid, 1, :op, :op, :id, 1, '2026-11-20', :ja)"
            ).bindparams(uid, bindparam("tid", type_=Uuid())),
            {"id": cid, "tid": tid, "op": "2026-11-20 10:00:00", "ja": True},
        )
        conn.execute(
            text(
                "INSERT INTO meldcode_stap (id, version, aangemaakt_op, bijgewerkt_op, casus_id, "
                "traject_id, stap, toelichting) VALUES (:sid, 1, :op, :op, :id, :tid, 1, 'x')"
            ).bindparams(uid, bindparam("tid", type_=Uuid()), bindparam("sid", type_=Uuid())),
            {"id": cid, "tid": tid, "sid": uuid.uuid4(), "op": "2026-11-20 10:00:00"},
        )
        conn.execute(
            text(
                "INSERT INTO veiligheidsplan (id, version, aangemaakt_op, bijgewerkt_op, "
                "casus_id, zorgen) VALUES (:vid, 1, :op, :op, :id, 'Zorg')"
            ).bindparams(uid, bindparam("vid", type_=Uuid())),
            {"id": cid, "vid": uuid.uuid4(), "op": "2026-11-20 10:00:00"},
        )
        # Deleting the case removes its safety rows with it.
        conn.execute(text("DELETE FROM casus"))
        for tabel in ("meldcode_stap", "meldcode_traject", "veiligheidsplan"):
            assert conn.execute(text(f"SELECT count(*) FROM {tabel}")).scalar() == 0
