"""The screen and the workbook read only the cases that can count in the week and its trend.
That must give exactly the figures of the whole register: compared here on a generated
register of a few years, for weeks around Christmas, Easter Monday, Koningsdag and Hemelvaart,
with and without extra closing days."""

import importlib.util
from datetime import date
from pathlib import Path

import pytest

from jeugdloket.db import open_database
from jeugdloket.regels import kpi
from jeugdloket.regels.werkdagen import Werkdagen
from jeugdloket.services import medewerkers, overzicht

pytestmark = pytest.mark.beide_engines

_PAD = Path(__file__).resolve().parent.parent / "benchmarks" / "weekoverzicht.py"
_spec = importlib.util.spec_from_file_location("bench_weekoverzicht", _PAD)
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)

WEKEN = ["2026-W01", "2025-W52", "2026-W15", "2026-W18", "2026-W20", "2026-W47"]
SLUITING = [date(2025, 12, 24), date(2025, 12, 31), date(2026, 5, 15)]


@pytest.fixture(scope="module")
def register(tmp_path_factory):
    pad = tmp_path_factory.mktemp("register") / "register.db"
    bench.genereer(pad, casussen=2500, toewijzingen=4000, seed=7, jaren=3)
    db = open_database(pad)
    medewerkers.maak_medewerker(db, "r.hendriks", "René Hendriks", "coördinator")
    db.sluit()
    db = open_database(pad, gebruiker="r.hendriks")
    yield db
    db.sluit()


def _zelfde(a: kpi.Overzicht, b: kpi.Overzicht) -> None:
    assert a.aantal_casussen == b.aantal_casussen
    for ka, kb in zip(a.kengetallen, b.kengetallen, strict=True):
        assert (ka.nummer, ka.waarde, ka.teller, ka.noemer) == (
            kb.nummer,
            kb.waarde,
            kb.teller,
            kb.noemer,
        ), ka.nummer
        assert ka.regels == kb.regels, ka.nummer
        assert ka.uitsplitsing == kb.uitsplitsing, ka.nummer
    assert [(p.week, p.waarden) for p in a.trend] == [(p.week, p.waarden) for p in b.trend]


@pytest.mark.parametrize("sluitingsdagen", [(), SLUITING])
def test_venster_geeft_dezelfde_kengetallen_als_het_hele_register(register, sluitingsdagen):
    alles = overzicht.laad_casussen(register)
    assert len(alles) == 2500
    for week in WEKEN:
        heel = kpi.bereken(alles, week, sluitingsdagen)
        assert any(k.waarde for k in heel.kengetallen if isinstance(k.waarde, int))
        _zelfde(overzicht.weekoverzicht(register, week, sluitingsdagen), heel)


def test_scherm_eerst_de_week_dan_de_trend(register):
    bron = overzicht.OverzichtBron(register)
    snel = bron.overzicht("2026-W47", trend=False)
    assert not bron.geladen and len(snel.trend) < kpi.TRENDWEKEN
    heel = kpi.bereken(overzicht.laad_casussen(register), "2026-W47")
    assert [k.waarde for k in snel.kengetallen] == [k.waarde for k in heel.kengetallen]
    assert snel.kengetal(12).uitsplitsing == heel.kengetal(12).uitsplitsing  # 12 weeks anyway
    _zelfde(bron.overzicht("2026-W47"), heel)
    bron.ververs(behoud_berekend=True)  # the background load keeps what was computed
    assert bron.geladen
    _zelfde(bron.overzicht("2026-W47"), heel)
    _zelfde(bron.overzicht("2026-W46"), kpi.bereken(overzicht.laad_casussen(register), "2026-W46"))


def test_venster_is_een_deel_van_het_register(register):
    w = kpi.Week.lees("2026-W47")
    eerste = w.plus(1 - kpi.TRENDWEKEN)
    deel = overzicht.laad_casussen(register, (eerste.maandag, w.zondag), Werkdagen())
    assert 0 < len(deel) < 2500
