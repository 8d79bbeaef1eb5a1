"""Upgrading a team register on PostgreSQL: a register at an older schema with cases and log
entries of its medewerkers is brought to HEAD by `jeugdloket team init` (the documented upgrade
path, run by the server's administrator); until then the app refuses to start on it."""

from datetime import datetime

import pytest
from sqlalchemy import func, select
from teamhulp import WACHTWOORD, jl, maak_team

from jeugdloket.db import _alembic_config, huidige_revisie, open_database
from jeugdloket.fouten import Fout
from jeugdloket.migrations import HEAD
from jeugdloket.models import Casus, Contactmoment
from jeugdloket.models.toegang import Logboekregel
from jeugdloket.services import casussen


def _als(pg_url: str, naam: str) -> str:
    schema, rest = pg_url.split("://", 1)
    return f"{schema}://{naam}:{WACHTWOORD}@{rest.split('@', 1)[1]}"


def _naar_revisie(url: str, revisie: str) -> None:
    """The schema back to `revisie`, as a register an older Jeugdloket left behind."""
    from alembic import command

    db = open_database(url)
    try:
        cfg = _alembic_config(db.engine)
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, revisie)
    finally:
        db.sluit()


def _tel(db, model) -> int:
    with db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(model)).scalar()


@pytest.mark.parametrize("oud", ["0008", "0009"])
def test_team_init_brengt_een_oud_register_naar_head(pg_url, oud):
    beheer = open_database(pg_url)
    maak_team(beheer)
    anouk = open_database(_als(pg_url, "a.devries"), "a.devries")
    try:
        for dag in (16, 17, 18):
            d = casussen.maak_casus(
                anouk,
                casussen.NieuweCasus(gemeente="Duiven", aanmelddatum=datetime(2026, 11, dag, 9)),
            )
            casussen.voeg_contactmoment_toe(anouk, d.id)
    finally:
        anouk.sluit()
    t = Logboekregel.__table__
    with beheer.engine.connect() as conn:
        voor = conn.execute(select(t).order_by(t.c.volgnummer)).mappings().all()
    beheer.sluit()
    assert len(voor) >= 6

    _naar_revisie(pg_url, oud)

    # A medewerker's app does not start on a register behind HEAD: in Dutch, with the way out.
    with pytest.raises(Fout) as e:
        open_database(_als(pg_url, "a.devries"), "a.devries")
    assert f"schemaversie {oud}" in str(e.value) and "jeugdloket team init" in str(e.value)
    r = jl("export", "casussen", "-o", "-", "--db", _als(pg_url, "r.hendriks"))
    assert r.returncode == 1 and f"schemaversie {oud}" in r.stderr
    assert "Traceback" not in r.stderr

    # The administrator upgrades it; everything is still there, the chain intact.
    r = jl("team", "init", "--db", pg_url)
    assert r.returncode == 0, r.stderr
    beheer = open_database(pg_url)
    try:
        assert huidige_revisie(beheer.engine) == HEAD
        assert _tel(beheer, Casus) == 3 and _tel(beheer, Contactmoment) == 3
        with beheer.engine.connect() as conn:
            na = conn.execute(select(t).order_by(t.c.volgnummer)).mappings().all()
        assert na[: len(voor)] == voor
        assert "teamregister ingericht" in na[-1]["omschrijving"]
    finally:
        beheer.sluit()
    r = jl("logboek", "controleer", "--db", _als(pg_url, "r.hendriks"))
    assert r.returncode == 0, r.stderr

    # The medewerkers work on as before, on the tables the upgrade added too.
    anouk = open_database(_als(pg_url, "a.devries"), "a.devries")
    try:
        d = casussen.maak_casus(
            anouk, casussen.NieuweCasus(gemeente="Doesburg", aanmelddatum=datetime(2026, 11, 19))
        )
        # (a change with its base value: field history, a table of migration 0010)
        casussen.wijzig_casus(anouk, d.id, {"gemeente": "Duiven"}, basis={"gemeente": "Doesburg"})
        assert casussen.casus_detail(anouk, d.id).gemeente == "Duiven"
    finally:
        anouk.sluit()
