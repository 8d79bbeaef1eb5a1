"""The evaluation and the plan in one glance, driven through real widgets: the signal in the case
list and at the toewijzing, a new evaluation, scores per goal, a decision carried out on the
toewijzing, and the line per goal on the plan page. Screenshots go to docs/screenshots/."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from jeugdloket.services import evaluatie, medewerkers, toewijzingen
from jeugdloket.ui import widgets
from jeugdloket.ui.app import installeer_vertaling
from jeugdloket.ui.casussen.lijst import KOLOMMEN
from jeugdloket.ui.hoofdvenster import Hoofdvenster
from tests.evaluatie_hulp import document, importeer

SCHERMEN = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


@pytest.fixture
def fouten(monkeypatch):
    gemeld: list[str] = []
    monkeypatch.setattr(widgets, "meld_fout", lambda _p, _t, tekst: gemeld.append(tekst))
    return gemeld


@pytest.fixture
def venster(qtbot, qapp, db, fouten):
    installeer_vertaling(qapp, "nl")
    importeer(db, document(start_a=100, start_b=80))
    w = Hoofdvenster(db, medewerkers.zoek_medewerker(db, "a.devries"))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    return w


def test_signaal_in_de_casuslijst(qtbot, venster):
    model = venster.lijst.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10000)
    index = model.index(0, KOLOMMEN.index("signaal"))
    assert model.data(index, Qt.ItemDataRole.DecorationRole) is model._rood
    assert "Evaluatie te laat" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    venster.lijst.grab().save(str(SCHERMEN / "casuslijst-evaluatie.png"))


def test_evalueren_en_besluiten_via_het_scherm(qtbot, venster, db, fouten):
    qtbot.waitUntil(lambda: venster.lijst.model.rowCount() == 1, timeout=10000)
    cid = venster.lijst.model.regel(0).id
    view = venster.open_casus(cid)
    view.tabs.setCurrentWidget(view.hulp)
    hulp = view.hulp
    # the toewijzingen show when their evaluation is due: red after, orange before
    kolom = hulp.model.KOLOMMEN.index("evaluation")
    kleuren = {
        t.productcode: hulp.model.data(hulp.model.index(i, kolom), Qt.ItemDataRole.BackgroundRole)
        for i, t in enumerate(hulp.model.rijen)
    }
    assert kleuren["45A12"].name() == "#f5b7b1" and kleuren["54001"].name() == "#fad7a0"
    assert hulp.model.data(hulp.model.index(0, kolom)).startswith("uiterlijk")
    qtbot.wait(50)
    hulp.grab().save(str(SCHERMEN / "hulp-evaluatie-signaal.png"))
    assert hulp.formulier.doel.currentData() == hulp.huidige.doel_ref == "d1"  # goal link

    qtbot.mouseClick(hulp.knop_evalueer, Qt.MouseButton.LeftButton)
    paneel = hulp.evaluatiepaneel
    assert paneel.isVisible() and paneel.huidige is None
    qtbot.mouseClick(paneel.knop_nieuw, Qt.MouseButton.LeftButton)
    assert paneel.huidige is not None and paneel.huidige.datum == date.today()

    # scores and words per goal, each saved when left
    velden = paneel.doelvelden["d1"]
    velden["score_gezin"].setValue(7)
    velden["score_gezin"].editingFinished.emit()
    velden["woorden_gezin"].setText("Ze gaat weer, met tegenzin")
    velden["woorden_gezin"].editingFinished.emit()
    paneel.doelvelden["d2"]["score_consulent"].setValue(4)
    paneel.doelvelden["d2"]["score_consulent"].editingFinished.emit()
    (e,) = evaluatie.evaluaties(db, cid)
    d1, d2 = e.doelen
    assert (d1.score_gezin, d1.woorden_gezin, d2.score_consulent) == (
        7,
        "Ze gaat weer, met tegenzin",
        4,
    )

    # a decision: scale down the first toewijzing from 2 to 1 hour
    a = next(t for t in toewijzingen.lijst(db, cid) if t.productcode == "45A12")
    regel = paneel.besluitregels[a.id]
    regel.besluit.setCurrentIndex(regel.besluit.findData("afschalen"))
    regel.volume.setValue(1)
    regel.toelichting.setText("Het gaat beter")
    qtbot.wait(50)  # widgets added to a shown layout appear with the next events
    paneel.grab().save(str(SCHERMEN / "evaluatie.png"))
    qtbot.mouseClick(regel.knop, Qt.MouseButton.LeftButton)
    assert fouten == []
    assert toewijzingen.toewijzing(db, a.id).volume == 1
    assert evaluatie.evaluaties(db, cid)[0].besluiten[0].besluit == "afschalen"
    assert a.id not in paneel.besluitregels  # decided: shown as text, not again as a form

    # beëindigen without a reason: the message names what is missing, nothing changes
    g = next(t for t in toewijzingen.lijst(db, cid) if t.productcode == "54001")
    regel = paneel.besluitregels[g.id]
    regel.besluit.setCurrentIndex(regel.besluit.findData("beeindigen"))
    regel.reden.setCurrentIndex(-1)
    qtbot.mouseClick(regel.knop, Qt.MouseButton.LeftButton)
    assert fouten and "reden van beëindiging" in fouten[-1]
    assert toewijzingen.toewijzing(db, g.id).status == "gestart"

    # back: the signals are gone (the evaluation restarted both clocks)
    hulp._terug_van_evaluatie()
    achtergrond = {
        hulp.model.data(hulp.model.index(i, kolom), Qt.ItemDataRole.BackgroundRole)
        for i in range(2)
    }
    assert achtergrond == {None}


def test_plan_in_een_oogopslag(qtbot, venster, db):
    qtbot.waitUntil(lambda: venster.lijst.model.rowCount() == 1, timeout=10000)
    cid = venster.lijst.model.regel(0).id
    e = evaluatie.maak(db, cid, date.today())
    evaluatie.zet_doel(db, e.id, "d1", {"score_gezin": 7, "score_consulent": 6})
    view = venster.open_casus(cid)
    view.tabs.setCurrentWidget(view.plannen)
    plannen = view.plannen
    plannen.tabs.setCurrentWidget(plannen.lijn)
    model = plannen.lijn.model
    assert model.rowCount() == 2
    tekst = [[model.data(model.index(r, k)) for k in range(model.columnCount())] for r in range(2)]
    assert tekst[0][0] == "instandhoudend: Ruzie thuis over schoolgaan"
    assert tekst[0][1] == "1. Zoë gaat weer elke dag naar school"
    assert "Marieke Jansen: Belt de mentor elke vrijdag" in tekst[0][2]
    assert tekst[0][3] == "Ambulante gezinsbegeleiding – De Vlinder (gestart)"
    assert tekst[0][4] == f"{date.today():%d-%m-%Y}: gezin 7; consulent 6"
    assert tekst[1][4] == "nog niet geëvalueerd"
    qtbot.wait(50)
    plannen.grab().save(str(SCHERMEN / "plan-in-een-oogopslag.png"))
