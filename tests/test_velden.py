"""Concurrent editors lose nothing (per-field optimistic concurrency, services/velden.py): for
every service that saves fields of the intake, the plans and a toewijzing, two people editing
different fields of one row both keep their edit – also when they save at the same moment –
and the same field gives the second a VeldConflict naming who and when, with both values;
nothing is written until they choose (sending again with `basis` = their value)."""

from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from sqlalchemy import Engine, event
from sqlalchemy.orm import Session

from jeugdloket.db import Database, open_database
from jeugdloket.fouten import VeldConflict
from jeugdloket.models import (
    Actie,
    Casus,
    Doel,
    Factor,
    Familiegroepsplan,
    Intake,
    LeefgebiedScore,
    Netwerklid,
    Persoon,
    Perspectiefplan,
    Toewijzing,
)
from jeugdloket.regels.codelijsten import leefgebieden
from jeugdloket.services import (
    analyse,
    casussen,
    intake,
    levenskracht,
    medewerkers,
    plannen,
    toewijzingen,
)

pytestmark = pytest.mark.beide_engines


@pytest.fixture
def burak(db):
    """A colleague on his own connection to the same database: a second engine (the same
    SQLite file, or the same PostgreSQL database)."""
    medewerkers.maak_medewerker(Database(db.engine), "b.yilmaz", "Burak Yılmaz", "coördinator")
    ander = open_database(db.engine.url.render_as_string(hide_password=False), "b.yilmaz")
    yield ander
    ander.sluit()


@dataclass
class Soort:
    """One editor: how to make its row, save fields with a basis, and read the fields back."""

    model: type
    velden: tuple[str, str]  # two fields of one row
    maak: Callable[[Any, Any], Any]  # (db, case) -> context
    schrijf: Callable[[Any, Any, dict, dict | None], Any]  # (db, context, velden, basis)
    lees: Callable[[Any, Any], dict]  # (db, context) -> {field: value}


def _casus_lees(db, cid) -> dict:
    d = casussen.casus_detail(db, cid)
    return {"hulpvraag": d.hulpvraag, "gemeente": d.gemeente}


def _persoon_lees(db, pid) -> dict:
    with db.sessie() as s:
        p = s.get(Persoon, pid)
        return {"straat": p.straat, "woonplaats": p.woonplaats}


def _leefgebied() -> str:
    return next(iter(leefgebieden()))


def _lg(db, ctx) -> dict:
    lg = next(x for x in intake.intake(db, ctx).leefgebieden if x.sleutel == _leefgebied())
    return {"gaat_goed": lg.gaat_goed, "zorgen": lg.zorgen}


NETWERK_BEGIN = {"nabijheid": 2, "bijdrage": None}


def _netwerk_maak(db, casus):
    levenskracht.zet_netwerklid(db, casus.id, casus.personen[0].id, 2)
    return casus


def _netwerk_schrijf(db, casus, velden, basis):
    # As the window does: both fields sent, both as shown as the base.
    alle = NETWERK_BEGIN | velden
    return levenskracht.zet_netwerklid(
        db,
        casus.id,
        casus.personen[0].id,
        alle["nabijheid"],
        alle["bijdrage"],
        basis=None if basis is None else NETWERK_BEGIN | basis,
    )


def _netwerk_lees(db, casus) -> dict:
    (lid,) = intake.intake(db, casus.id).netwerk
    return {"nabijheid": lid.nabijheid, "bijdrage": lid.bijdrage}


def _factor(db, casus):
    return analyse.voeg_factor_toe(db, casus.id, {"type": "uitlokkend"}).id


def _doel(db, casus):
    return casus.id, analyse.voeg_doel_toe(db, casus.id).id


def _doel_lees(db, ctx) -> dict:
    d = next(x for x in intake.intake(db, ctx[0]).doelen if x.id == ctx[1])
    return {"omschrijving": d.omschrijving, "goed_genoeg": d.goed_genoeg}


def _actie(db, casus):
    doel = analyse.voeg_doel_toe(db, casus.id, "Naar school")
    return casus.id, analyse.voeg_actie_toe(db, doel.id, {}).id


def _actie_lees(db, ctx) -> dict:
    a = next(a for d in intake.intake(db, ctx[0]).doelen for a in d.acties if a.id == ctx[1])
    return {"wat": a.wat, "wanneer": a.wanneer}


def _toewijzing(db, casus):
    return toewijzingen.maak(
        db,
        casus.id,
        {
            "jeugdige_ref": "p1",
            "aanbieder_agb": "12345678",
            "productcategorie": "45",
            "aanvraagdatum": date(2026, 11, 16),
            "ingangsdatum": date(2026, 12, 1),
            "einddatum": date(2027, 5, 31),
            "budget": 1500,
        },
    ).id


def _toewijzing_lees(db, tid) -> dict:
    t = toewijzingen.toewijzing(db, tid)
    return {"aanbieder": t.aanbieder, "product": t.product}


SOORTEN = {
    "casus": Soort(
        Casus,
        ("hulpvraag", "gemeente"),
        lambda db, c: c.id,
        lambda db, cid, v, b: casussen.wijzig_casus(db, cid, v, basis=b),
        lambda db, cid: _casus_lees(db, cid),
    ),
    "persoon": Soort(
        Persoon,
        ("straat", "woonplaats"),
        lambda db, c: c.personen[0].id,
        lambda db, pid, v, b: casussen.wijzig_persoon(db, pid, v, basis=b),
        lambda db, pid: _persoon_lees(db, pid),
    ),
    "intake": Soort(
        Intake,
        ("samenvatting", "draagkracht"),
        lambda db, c: c.id,
        lambda db, cid, v, b: intake.zet_intake(db, cid, v, basis=b),
        lambda db, cid: {
            k: getattr(intake.intake(db, cid), k) for k in ("samenvatting", "draagkracht")
        },
    ),
    "leefgebied": Soort(
        LeefgebiedScore,
        ("gaat_goed", "zorgen"),
        lambda db, c: c.id,
        lambda db, cid, v, b: levenskracht.zet_leefgebied(db, cid, _leefgebied(), v, basis=b),
        _lg,
    ),
    "netwerklid": Soort(
        Netwerklid, ("nabijheid", "bijdrage"), _netwerk_maak, _netwerk_schrijf, _netwerk_lees
    ),
    "factor": Soort(
        Factor,
        ("omschrijving", "bron"),
        lambda db, c: (c.id, _factor(db, c)),
        lambda db, ctx, v, b: analyse.wijzig_factor(db, ctx[1], v, basis=b),
        lambda db, ctx: next(
            {"omschrijving": f.omschrijving, "bron": f.bron}
            for f in intake.intake(db, ctx[0]).factoren
            if f.id == ctx[1]
        ),
    ),
    "doel": Soort(
        Doel,
        ("omschrijving", "goed_genoeg"),
        _doel,
        lambda db, ctx, v, b: analyse.wijzig_doel(db, ctx[1], v, basis=b),
        _doel_lees,
    ),
    "actie": Soort(
        Actie,
        ("wat", "wanneer"),
        _actie,
        lambda db, ctx, v, b: analyse.wijzig_actie(db, ctx[1], v, basis=b),
        _actie_lees,
    ),
    "familiegroepsplan": Soort(
        Familiegroepsplan,
        ("uitleg", "evaluatie"),
        lambda db, c: c.id,
        lambda db, cid, v, b: plannen.zet_familiegroepsplan(db, cid, v, basis=b),
        lambda db, cid: {
            k: plannen.plannen(db, cid).familiegroepsplan.get(k) for k in ("uitleg", "evaluatie")
        },
    ),
    "perspectiefplan": Soort(
        Perspectiefplan,
        ("eigen_woorden", "overdracht"),
        lambda db, c: c.id,
        lambda db, cid, v, b: plannen.zet_perspectiefplan(db, cid, "p1", v, basis=b),
        lambda db, cid: {
            k: plannen.plannen(db, cid).perspectiefplannen.get("p1", {}).get(k)
            for k in ("eigen_woorden", "overdracht")
        },
    ),
    "gebied": Soort(
        Perspectiefplan,
        ("nu", "nodig"),
        lambda db, c: c.id,
        lambda db, cid, v, b: plannen.zet_gebied(db, cid, "p1", "wonen", v, basis=b),
        lambda db, cid: {
            k: next(
                (
                    g.get(k)
                    for g in plannen.plannen(db, cid)
                    .perspectiefplannen.get("p1", {})
                    .get("gebieden", [])
                    if g["gebied"] == "wonen"
                ),
                None,
            )
            for k in ("nu", "nodig")
        },
    ),
    "toewijzing": Soort(
        Toewijzing,
        ("aanbieder", "product"),
        _toewijzing,
        lambda db, tid, v, b: toewijzingen.wijzig(db, tid, v, basis=b),
        _toewijzing_lees,
    ),
}


def _waarden(soort: Soort, wie: str) -> dict:
    """A value per field someone types (nabijheid is a number: 1 close, 3 far)."""
    if soort.model is Netwerklid:
        return {"nabijheid": 1 if wie == "anouk" else 3, "bijdrage": f"Haalt op ({wie})"}
    return {v: f"{v} volgens {wie}" for v in soort.velden}


@pytest.fixture
def opzet(db, burak, maak_casus, request):
    soort = SOORTEN[request.param]
    casus = maak_casus(
        personen=[
            {"rol": "jeugdige", "voornaam": "Sem", "geboortedatum": date(2010, 3, 1)},
            {"rol": "ouder", "voornaam": "Marieke"},
        ]
    )
    ctx = soort.maak(db, casus)
    # Both start from the row as it is now: a first save makes every row exist.
    eerste, _ = soort.velden
    soort.schrijf(db, ctx, {eerste: soort.lees(db, ctx)[eerste]}, None)
    return soort, ctx, soort.lees(db, ctx)


@pytest.mark.parametrize("opzet", list(SOORTEN), indirect=True)
def test_andere_velden_houden_allebei_hun_wijziging(db, burak, opzet):
    soort, ctx, begin = opzet
    eerste, tweede = soort.velden
    hij, zij = _waarden(soort, "burak"), _waarden(soort, "anouk")
    soort.schrijf(burak, ctx, {eerste: hij[eerste]}, {eerste: begin[eerste]})
    soort.schrijf(db, ctx, {tweede: zij[tweede]}, {tweede: begin[tweede]})
    assert soort.lees(db, ctx) == {eerste: hij[eerste], tweede: zij[tweede]}


@pytest.mark.parametrize("opzet", list(SOORTEN), indirect=True)
def test_zelfde_veld_noemt_wie_wanneer_en_beide_waarden_en_laat_kiezen(db, burak, opzet):
    soort, ctx, begin = opzet
    eerste, _ = soort.velden
    hij, zij = _waarden(soort, "burak"), _waarden(soort, "anouk")
    soort.schrijf(burak, ctx, {eerste: hij[eerste]}, {eerste: begin[eerste]})
    with pytest.raises(VeldConflict) as e:
        soort.schrijf(db, ctx, {eerste: zij[eerste]}, {eerste: begin[eerste]})
    (c,) = e.value.conflicten
    assert (c.basis, c.mijn, c.hun, c.door, c.sleutel) == (
        begin[eerste],
        zij[eerste],
        hij[eerste],
        "Burak Yılmaz",
        eerste,
    )
    assert c.op is not None
    assert "Burak Yılmaz" in str(e.value) and str(zij[eerste]) in str(e.value)
    assert soort.lees(db, ctx)[eerste] == hij[eerste]  # nothing overwritten
    # Keeping mine: sent again against theirs, it is saved.
    soort.schrijf(db, ctx, {eerste: zij[eerste]}, {eerste: c.hun})
    assert soort.lees(db, ctx)[eerste] == zij[eerste]


@contextmanager
def tussendoor(model: type, collega: Callable[[], Any]):
    """The colleague saves just before this save writes its `model` row: the row changed
    between reading and writing (two people pressing save at the same moment)."""
    gedaan: list[bool] = []

    def voor_flush(session, _context, _instances):
        if not gedaan and any(isinstance(o, model) for o in session.dirty):
            gedaan.append(True)
            collega()

    def voor_opdracht(_conn, _cursor, statement, *_args):
        # The team register saves a row in one statement (services/schrijven), not a flush.
        if not gedaan and statement.startswith("WITH") and f"UPDATE {tabel} SET" in statement:
            gedaan.append(True)
            collega()

    tabel = model.__tablename__
    event.listen(Session, "before_flush", voor_flush)
    event.listen(Engine, "before_cursor_execute", voor_opdracht)
    try:
        yield gedaan
    finally:
        event.remove(Session, "before_flush", voor_flush)
        event.remove(Engine, "before_cursor_execute", voor_opdracht)


@pytest.mark.parametrize("opzet", list(SOORTEN), indirect=True)
def test_tegelijk_opslaan_verliest_niets(db, burak, opzet):
    soort, ctx, begin = opzet
    eerste, tweede = soort.velden
    hij, zij = _waarden(soort, "burak"), _waarden(soort, "anouk")
    with tussendoor(
        soort.model,
        lambda: soort.schrijf(burak, ctx, {eerste: hij[eerste]}, {eerste: begin[eerste]}),
    ) as gedaan:
        soort.schrijf(db, ctx, {tweede: zij[tweede]}, {tweede: begin[tweede]})
    assert gedaan  # the colleague's save did come in between
    assert soort.lees(db, ctx) == {eerste: hij[eerste], tweede: zij[tweede]}
    # The same field at the same moment: a conflict, never a silent overwrite.
    with (
        tussendoor(
            soort.model,
            lambda: soort.schrijf(burak, ctx, {tweede: begin[tweede]}, {tweede: zij[tweede]}),
        ) as gedaan,
        pytest.raises(VeldConflict),
    ):
        soort.schrijf(db, ctx, {tweede: f"{zij[tweede]}!"}, {tweede: zij[tweede]})
    assert gedaan and soort.lees(db, ctx)[tweede] == begin[tweede]


def test_samenhang_zelfde_toelichting_laat_kiezen(db, burak, maak_casus):
    casus = maak_casus()
    van = analyse.voeg_factor_toe(db, casus.id, {"type": "uitlokkend"})
    naar = analyse.voeg_factor_toe(db, casus.id, {"type": "instandhoudend"})
    r = analyse.voeg_samenhang_toe(db, van.id, naar.id, "Eerst")
    analyse.wijzig_samenhang(burak, r.id, "Volgens Burak", basis={"toelichting": "Eerst"})
    with pytest.raises(VeldConflict) as e:
        analyse.wijzig_samenhang(db, r.id, "Volgens Anouk", basis={"toelichting": "Eerst"})
    assert e.value.conflicten[0].door == "Burak Yılmaz"

    def toelichting() -> str:
        return next(x for x in intake.intake(db, casus.id).samenhang if x.id == r.id).toelichting

    assert toelichting() == "Volgens Burak"
    analyse.wijzig_samenhang(db, r.id, "Volgens Anouk", basis={"toelichting": "Volgens Burak"})
    assert toelichting() == "Volgens Anouk"
