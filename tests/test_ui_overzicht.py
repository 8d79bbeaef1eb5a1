"""The weekly overview page driven through its widgets (offscreen, English source strings)."""

import threading
import time

import openpyxl
import pytest
from PySide6.QtCore import Qt

from jeugdloket.db import Database
from jeugdloket.services import medewerkers, uitwisseling
from jeugdloket.ui.overzicht import pagina as pagina_module
from jeugdloket.ui.overzicht.pagina import OverzichtPagina
from jeugdloket.ui.taken import pool


@pytest.fixture(autouse=True)
def engels(qapp):
    """These tests read the English source strings; another test may have installed Dutch."""
    from jeugdloket.ui.app import installeer_vertaling

    installeer_vertaling(qapp, "en")
    yield
    installeer_vertaling(qapp, "nl")


DOC = {
    "formaat": "jeugdloket-casussen",
    "versie": 1,
    "medewerkers": [{"gebruikersnaam": "a.devries", "naam": "Anouk de Vries", "rol": "consulent"}],
    "casussen": [
        {
            "casusnummer": "2026-0042",
            "gemeente": "Westervoort",
            "consulent": "a.devries",
            "aanmelddatum": "2026-11-16T09:30:00",
            "eerste_contact": "2026-11-18T10:00:00",
            "verwijzer": "02",
            "personen": [
                {
                    "id": "p1",
                    "rol": "jeugdige",
                    "voornaam": "Zoë",
                    "achternaam": "Łukasiewicz-Çelik",
                    "geboortedatum": "2010-05-01",
                    "bsn": "111222333",
                }
            ],
            "toewijzingen": [
                {
                    "jeugdige": "p1",
                    "aanbieder_agb": "87654321",
                    "productcategorie": "48",
                    "segment": 5,
                    "status": "aangevraagd",
                    "aanvraagdatum": "2026-10-01",
                }
            ],
        },
        {
            "casusnummer": "2026-0043",
            "gemeente": "Duiven",
            "aanmelddatum": "2026-11-14T11:00:00",
            "personen": [{"id": "p1", "rol": "jeugdige", "voornaam": "Noël"}],
        },
        {
            "casusnummer": "2026-0030",
            "gemeente": "Duiven",
            "aanmelddatum": "2026-11-09",
            "eerste_contact": "2026-11-09",
        },
    ],
}


@pytest.fixture
def pagina(qtbot, db):
    uitwisseling.importeer(db, DOC)
    # The weekly overview is the coördinator's (services/rechten.py): shown to one.
    medewerkers.maak_medewerker(Database(db.engine), "r.hendriks", "René Hendriks", "coördinator")
    p = OverzichtPagina(Database(db.engine, "r.hendriks"))
    qtbot.addWidget(p)
    p.resize(1280, 720)
    p.show()
    qtbot.waitUntil(lambda: p.overzicht is not None, timeout=20000)
    with qtbot.waitSignal(p.week_gewijzigd, timeout=20000):
        p.zet_week("2026-W47")
    yield p

    # The page's background work ends before the next test. It is a chain: a week's result
    # arriving on this thread starts the trend, the trend's result starts reading every record
    # – so wait for the pool and deliver results in turns until nothing runs or is started
    # (one waitForDone first missed the last link on a starved CI machine).
    def rustig() -> bool:
        pool().waitForDone(50)
        return not p.bezig and not p.export_bezig and pool().activeThreadCount() == 0

    qtbot.waitUntil(rustig, timeout=120000)


def _tekst(model, rij: int, kolom: str) -> str:
    return model.data(model.index(rij, model.KOLOMMEN.index(kolom)))


def test_kengetallen_van_de_week(pagina):
    m = pagina.model
    assert m.rowCount() == 14
    assert pagina.weekveld.text() == "2026-W47"
    assert "16/11/2026" in pagina.periode.text()  # English: British dates
    assert _tekst(m, 0, "waarde") == "1"  # one new registration
    assert _tekst(m, 2, "teller_noemer") == "1/2"  # first contact: 0042 in time, 0043 not
    assert _tekst(m, 2, "norm") == "100%"
    # empty population; English source or Dutch when an earlier test installed the translation
    assert _tekst(m, 9, "waarde") in ("n/a", "n.v.t.")
    kleur = m.data(m.index(2, m.KOLOMMEN.index("waarde")), Qt.ItemDataRole.BackgroundRole)
    assert kleur.color().name() == "#ffc7ce"  # red: 50%
    assert m.data(m.index(0, 2), Qt.ItemDataRole.BackgroundRole) is None  # no norm


def test_weeknavigatie(qtbot, pagina):
    with qtbot.waitSignal(pagina.week_gewijzigd, timeout=20000) as signaal:
        qtbot.mouseClick(pagina.knop_vorige, Qt.MouseButton.LeftButton)
    assert signaal.args == ["2026-W46"]
    assert pagina.weekveld.text() == "2026-W46"
    # W46: 0030 registered on Monday 9 November (contact the same day), 0043 on Saturday 14th
    assert _tekst(pagina.model, 0, "waarde") == "2"
    assert _tekst(pagina.model, 2, "teller_noemer") == "1/1"

    with qtbot.waitSignal(pagina.week_gewijzigd, timeout=20000) as signaal:
        qtbot.mouseClick(pagina.knop_volgende, Qt.MouseButton.LeftButton)
    assert signaal.args == ["2026-W47"]

    # typing a week
    pagina.weekveld.clear()
    qtbot.keyClicks(pagina.weekveld, "2026-W40")
    with qtbot.waitSignal(pagina.week_gewijzigd, timeout=20000) as signaal:
        qtbot.keyClick(pagina.weekveld, Qt.Key.Key_Return)
    assert signaal.args == ["2026-W40"]
    assert _tekst(pagina.model, 0, "waarde") == "0"

    # a week that does not exist: a message, the shown week stays
    pagina.weekveld.clear()
    qtbot.keyClicks(pagina.weekveld, "2026-W99")
    qtbot.keyClick(pagina.weekveld, Qt.Key.Key_Return)
    assert pagina.weekfout.isVisible() and "2026-W99" in pagina.weekfout.text()
    assert str(pagina.week) == "2026-W40"


def test_klik_op_kengetal_toont_de_casussen(qtbot, pagina):
    tabel = pagina.tabel
    rect = tabel.visualRect(pagina.model.index(2, 1))  # 3 First contact
    with qtbot.waitSignal(pagina.kengetal_gekozen) as signaal:
        qtbot.mouseClick(tabel.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signaal.args == [3]
    lm = pagina.lijstmodel
    assert lm.rowCount() == 2
    kolommen = lm.kolommen
    rijen = [[lm.data(lm.index(r, c)) for c in range(lm.columnCount())] for r in range(2)]
    assert [r[0] for r in rijen] == ["2026-0042", "2026-0043"]
    assert rijen[1][kolommen.index("deadline")] == "18/11/2026"
    assert rijen[1][kolommen.index("voldoet")] == "no"
    assert "First contact" in pagina.lijstkop.text()
    # The week's figures come first, the twelve weeks of the trend after them (in the background):
    # on a busy machine the trend may still be on its way.
    qtbot.waitUntil(lambda: len(pagina.grafiek.waarden) == 12, timeout=20000)
    assert pagina.grafiek.waarden[-1] == pytest.approx(0.5)

    # 8 waiting: a pseudonym, never a name; and the breakdown per provider
    rect = tabel.visualRect(pagina.model.index(7, 1))
    qtbot.mouseClick(tabel.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert pagina.gekozen == 8
    tekst = [lm.data(lm.index(0, c)) for c in range(lm.columnCount())]
    assert "J-0001" in tekst and not any("Zo" in str(t) for t in tekst)
    assert "Longest wait: 52 days" in pagina.lijstkop.text()
    assert pagina.knop_uitsplitsing.isVisible()
    qtbot.mouseClick(pagina.knop_uitsplitsing, Qt.MouseButton.LeftButton)
    assert lm.kolommen == ("aanbieder_agb", "wachtenden", "langste_wachttijd")
    assert [lm.data(lm.index(0, c)) for c in range(3)] == ["87654321", "1", "52"]

    # the table sorts on a header click
    rect = tabel.visualRect(pagina.model.index(1, 1))
    qtbot.mouseClick(tabel.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    pagina.lijst.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert lm.data(lm.index(0, 0)) == "2026-0043"


def test_export_via_bestandskeuze(qtbot, pagina, tmp_path, monkeypatch):
    doel = tmp_path / "uit" / "week.xlsx"
    doel.parent.mkdir()
    gevraagd = []

    def kies(parent, voorstel):
        gevraagd.append(voorstel)
        return str(doel)

    monkeypatch.setattr(pagina_module, "kies_exportbestand", kies)
    with qtbot.waitSignal(pagina.export_klaar, timeout=30000) as signaal:
        qtbot.mouseClick(pagina.knop_export, Qt.MouseButton.LeftButton)
    assert signaal.args == [str(doel)]
    assert gevraagd and gevraagd[0].endswith("weekoverzicht-2026-W47.xlsx")
    assert not pagina.voortgang.isVisible() and pagina.knop_export.isEnabled()
    wb = openpyxl.load_workbook(doel)
    assert wb.properties.title == "Weekoverzicht 2026-W47"
    assert "written" in pagina.status.text()


def test_export_annuleren(qtbot, pagina, tmp_path, monkeypatch):
    from jeugdloket.rapporten import weekoverzicht

    doel = tmp_path / "geannuleerd.xlsx"
    monkeypatch.setattr(pagina_module, "kies_exportbestand", lambda parent, voorstel: str(doel))
    gestart = threading.Event()

    def traag(overzicht, pad, voortgang=None, afgebroken=None, gemaakt_op=None):
        voortgang(1, 17)
        gestart.set()
        einde = time.monotonic() + 10
        while time.monotonic() < einde:
            if afgebroken():
                raise weekoverzicht.Afgebroken
            time.sleep(0.01)
        raise AssertionError("not cancelled")

    monkeypatch.setattr(weekoverzicht, "schrijf_weekoverzicht", traag)
    qtbot.mouseClick(pagina.knop_export, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(gestart.is_set, timeout=10000)
    qtbot.waitUntil(lambda: pagina.voortgang.value() == 1, timeout=10000)
    assert pagina.voortgang.isVisible() and pagina.knop_annuleer.isVisible()
    assert not pagina.knop_export.isEnabled()
    qtbot.mouseClick(pagina.knop_annuleer, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not pagina.export_bezig, timeout=10000)
    assert "cancelled" in pagina.status.text()
    assert not doel.exists()
    assert pagina.knop_export.isEnabled() and not pagina.knop_annuleer.isVisible()


def test_alleen_de_coordinator_ziet_het_weekoverzicht(qtbot, qapp, db):
    from jeugdloket.services import medewerkers as mw
    from jeugdloket.ui.hoofdvenster import Hoofdvenster

    consulent = Hoofdvenster(db, mw.zoek_medewerker(db, "a.devries"))
    qtbot.addWidget(consulent)
    assert not consulent.actie_overzicht.isVisible()
    coordinator = Hoofdvenster(
        Database(db.engine, "r.hendriks"),
        mw.maak_medewerker(Database(db.engine), "r.hendriks", "René Hendriks", "coördinator"),
    )
    qtbot.addWidget(coordinator)
    assert coordinator.actie_overzicht.isVisible()
    pagina = coordinator.open_overzicht()
    assert coordinator.tabs.currentWidget() is pagina
    assert coordinator.open_overzicht() is pagina  # one per window
