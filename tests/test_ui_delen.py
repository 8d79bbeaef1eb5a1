"""Sharing a case from its tab ("Who may open this case…"), driven through the widgets."""

import pytest
from PySide6.QtCore import Qt

from jeugdloket.db import Database
from jeugdloket.services import casussen, delen, logboek, medewerkers
from jeugdloket.services.rechten import GeenToegang
from jeugdloket.ui.casussen.casusview import CasusView


@pytest.fixture(autouse=True)
def engels(qapp):
    from jeugdloket.ui.app import installeer_vertaling

    installeer_vertaling(qapp, "en")
    yield
    installeer_vertaling(qapp, "nl")


@pytest.fixture
def team(db):
    systeem = Database(db.engine)
    for naam, volledig, rol in (
        ("b.yilmaz", "Burak Yılmaz", "consulent"),
        ("c.jansen", "Carla Jansen", "consulent"),
        ("r.hendriks", "René Hendriks", "coördinator"),
        ("i.smit", "Ingrid Smit", "beheerder"),
    ):
        medewerkers.maak_medewerker(systeem, naam, volledig, rol)
    return {n: Database(db.engine, n) for n in ("a.devries", "b.yilmaz", "c.jansen", "r.hendriks")}


@pytest.fixture
def zaak(maak_casus):
    return maak_casus()


def _view(qtbot, db, casus_id) -> CasusView:
    v = CasusView(db, casus_id)
    qtbot.addWidget(v)
    v.show()
    return v


def test_consulent_deelt_en_beeindigt(qtbot, team, zaak):
    v = _view(qtbot, team["a.devries"], zaak.id)
    qtbot.mouseClick(v.delen_knop, Qt.MouseButton.LeftButton)
    dlg = v.delen_dialoog
    assert dlg.isVisible() and zaak.casusnummer in dlg.windowTitle()
    # Colleagues who are consultants, not the case's own consultant, not the beheerder.
    keuzes = [dlg.collega.itemData(i) for i in range(dlg.collega.count())]
    assert keuzes == ["b.yilmaz", "c.jansen"]
    assert dlg.lijst.item(0).text() == "Only the consultant (and coordinators)."
    assert not dlg.stop_knop.isEnabled()

    dlg.collega.setCurrentIndex(0)
    qtbot.mouseClick(dlg.deel_knop, Qt.MouseButton.LeftButton)
    assert dlg.lijst.item(0).text().startswith("Burak Yılmaz (b.yilmaz) – shared by a.devries on")
    assert [dlg.collega.itemData(i) for i in range(dlg.collega.count())] == ["c.jansen"]
    assert casussen.casus_detail(team["b.yilmaz"], zaak.id).id == zaak.id  # b may open it now

    dlg.lijst.setCurrentRow(0)
    qtbot.mouseClick(dlg.stop_knop, Qt.MouseButton.LeftButton)
    assert delen.delingen(team["a.devries"], zaak.id) == []
    with pytest.raises(GeenToegang):
        casussen.casus_detail(team["b.yilmaz"], zaak.id)
    acties = [r.omschrijving for r in logboek.regels(team["r.hendriks"], zaak.casusnummer)]
    assert "gedeeld met b.yilmaz" in acties and "delen met b.yilmaz beëindigd" in acties


def test_waarneming_staat_erbij_en_een_ander_mag_niet_delen(qtbot, team, zaak):
    delen.open_met_reden(team["c.jansen"], zaak.id, "Anouk is ziek, gezin belt")
    delen.deel_casus(team["a.devries"], zaak.id, "b.yilmaz")
    # c (stand-in) sees the list but cannot share: the service's reason is shown.
    v = _view(qtbot, team["c.jansen"], zaak.id)
    v.delen_knop.click()
    dlg = v.delen_dialoog
    teksten = [dlg.lijst.item(i).text() for i in range(dlg.lijst.count())]
    assert any("Carla Jansen (c.jansen) – stand-in until" in t and "ziek" in t for t in teksten)
    dlg.lijst.setCurrentRow(next(i for i, t in enumerate(teksten) if t.startswith("Burak Yılmaz")))
    dlg.stop_knop.click()
    assert "Only the consultant" in dlg.melding.text()  # the window is English here
    assert [d.medewerker for d in delen.delingen(team["a.devries"], zaak.id)] == [
        "c.jansen",
        "b.yilmaz",
    ]
