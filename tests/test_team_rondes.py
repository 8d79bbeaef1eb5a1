"""Round trips per save on the team register: every statement is a trip to the server, and 20
consultants on one server feel each one (issue 13, benchmarks/team.py). Counted with a
SQLAlchemy listener as a medewerker's own login; the log chain stays whole while the server
numbers and hashes the entries."""

from datetime import datetime

import pytest
from sqlalchemy import event, text
from teamhulp import TEAM, WACHTWOORD, maak_team

from jeugdloket import db as dbmodule
from jeugdloket.db import Database, open_database
from jeugdloket.fouten import VeldConflict
from jeugdloket.models import Rol
from jeugdloket.regels.logboek import BEGIN, bereken_hash, canoniek, canoniek_rond_volgnummer
from jeugdloket.services import casussen, intake, keten, logboek, toegang
from jeugdloket.services.rechten import GeenToegang


@pytest.fixture
def team(pg_url):
    beheer = open_database(pg_url)
    maak_team(beheer)
    schema, rest = pg_url.split("://", 1)
    logins = {
        naam: open_database(f"{schema}://{naam}:{WACHTWOORD}@{rest.split('@', 1)[1]}", naam)
        for naam in TEAM
    }
    yield beheer, logins
    for d in logins.values():
        d.sluit()
    beheer.sluit()


def _tel(db: Database, actie) -> tuple[int, object]:
    statements = []

    @event.listens_for(db.engine, "before_cursor_execute")
    def _voor(_conn, _cursor, sql, *_args) -> None:
        statements.append(sql)

    try:
        uitkomst = actie()
    finally:
        event.remove(db.engine, "before_cursor_execute", _voor)
    return len(statements), uitkomst


def _nieuw(db) -> casussen.CasusDetail:
    return casussen.maak_casus(
        db,
        casussen.NieuweCasus(gemeente="Duiven", aanmelddatum=datetime(2026, 11, 16, 9, 30)),
    )


def test_een_veld_opslaan_kost_weinig_rondes_en_de_keten_blijft_heel(team):
    beheer, logins = team
    anouk = logins["a.devries"]
    d = _nieuw(anouk)
    casussen.wijzig_casus(anouk, d.id, {"hulpvraag": "eerste"})  # warm: caches, pool
    # Before: 13 (actor, case head, row, update, a SELECT before the field history's insert,
    # the detail's five reads, the log's last entry and its insert).
    n, uit = _tel(anouk, lambda: casussen.wijzig_casus(anouk, d.id, {"hulpvraag": "tweede"}))
    assert uit.hulpvraag == "tweede"
    # Then 10; now the update, its field history and the log entry are one statement
    # (services/schrijven), without BEGIN and COMMIT: actor and head, the row, that
    # statement and the detail's five reads.
    assert n <= 8
    # Before: 10, then 6 (the medewerker read twice more for the contact moment's author, the
    # whole timeline read for the next number); now the case, then one statement that numbers
    # the moment on the server, writes the case's eerste_contact (the first conversation with
    # the family) and appends the log entry.
    n, cm = _tel(anouk, lambda: casussen.voeg_contactmoment_toe(anouk, d.id, soort="telefonisch"))
    assert cm.medewerker == "Anouk de Vries"
    assert n <= 3
    detail = casussen.casus_detail(anouk, d.id)
    assert detail.eerste_contact == cm.datum
    assert [c.id for c in detail.contactmomenten] == [cm.id]
    n, cm2 = _tel(anouk, lambda: casussen.voeg_contactmoment_toe(anouk, d.id, soort="mdo"))
    assert n <= 3
    assert casussen.casus_detail(anouk, d.id).eerste_contact == cm.datum  # already set
    # Before: 15 (the intake read again after the save, the case and the intake row too); now
    # actor and head, the row, one statement, and the rest of the intake's six reads. The first
    # save makes the intake row; the next ones are counted.
    intake.zet_intake(anouk, d.id, {"samenvatting": "eerst"})
    n, data = _tel(anouk, lambda: intake.zet_intake(anouk, d.id, {"samenvatting": "kort"}))
    assert data.samenvatting == "kort"
    assert n <= 9
    # A colleague's field save still names who changed the field last (the field history).
    with pytest.raises(VeldConflict) as fout:
        casussen.wijzig_casus(
            logins["r.hendriks"], d.id, {"hulpvraag": "derde"}, basis={"hulpvraag": "eerste"}
        )
    assert fout.value.conflicten[0].door == "Anouk de Vries"
    uitslag = logboek.controleer(logins["r.hendriks"])
    assert uitslag.intact, uitslag


def test_een_gewijzigde_rol_geldt_meteen(team):
    """The medewerker is read at every action, not kept: a beheerder's change counts at once."""
    beheer, logins = team
    burak = logins["b.yilmaz"]
    d = _nieuw(logins["a.devries"])
    with pytest.raises(GeenToegang):
        casussen.casus_detail(burak, d.id)
    toegang.zet_rollen(Database(beheer.engine), "b.yilmaz", [Rol.COORDINATOR.value])
    assert casussen.casus_detail(burak, d.id).id == d.id


def test_het_logboek_rekent_de_hash_van_lastige_tekst_goed_uit(team):
    """The server numbers and hashes the entries (one round trip): the text the client sends
    around the number must give the hash `logboek controleer` recomputes."""
    beheer, logins = team
    anouk = logins["a.devries"]
    lastig = ['quote " en \\ backslash', '"volgnummer":7,"x"', "Zoë – ł 😀", "regel\nnieuw\t\x01"]
    with anouk.sessie() as s:
        keten.schrijf(
            s,
            [
                {"gebruiker": "a.devries", "actie": "inzage", "omschrijving": t, "reden": t}
                for t in lastig
            ],
        )
    uitslag = logboek.controleer(logins["r.hendriks"])
    assert uitslag.intact, uitslag
    with beheer.engine.connect() as conn:
        rijen = conn.execute(
            text(
                "SELECT omschrijving FROM logboek WHERE reden IS NOT NULL "
                "ORDER BY volgnummer DESC LIMIT 4"
            )
        ).scalars()
        assert list(reversed(list(rijen))) == lastig


def test_een_verbinding_die_lang_stillag_wordt_eerst_gecontroleerd(team, monkeypatch):
    """A pooled connection the server closed meanwhile (a restart, a dropped network) is
    replaced before use, as pool_pre_ping did; only a just-used one skips the check."""
    beheer, logins = team
    anouk = logins["a.devries"]
    d = _nieuw(anouk)
    monkeypatch.setattr(dbmodule, "PING_NA_S", 0.0)
    with beheer.engine.connect() as conn:
        conn.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE usename = 'a.devries' AND pid <> pg_backend_pid()"
            )
        )
        conn.commit()
    assert casussen.wijzig_casus(anouk, d.id, {"hulpvraag": "na herstart"}).hulpvraag


def test_canonieke_tekst_rond_het_volgnummer():
    regel = {
        "volgnummer": 41,
        "moment": datetime(2026, 11, 23, 10, 1, 2, 345),
        "gebruiker": "a.devries",
        "actie": "inzage",
        "casus_id": None,
        "casusnummer": "2026-0001",
        "werkplek": "laptop-7",
        "reden": '"volgnummer":0',
        "omschrijving": "Zoë",
    }
    voor, na = canoniek_rond_volgnummer(regel)
    assert voor + "41" + na == canoniek(regel)
    assert voor + "1" + na == canoniek(regel | {"volgnummer": 1})
    assert bereken_hash(BEGIN, regel) != bereken_hash(BEGIN, regel | {"volgnummer": 42})
