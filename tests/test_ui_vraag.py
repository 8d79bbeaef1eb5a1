"""The small OK/Cancel questions (ui.widgets.vraag and the dialogs built on it) with real
dialogs: a timer answers the modal dialog the way a user would."""

from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from jeugdloket.regels.zoekindex import Zoekresultaat
from jeugdloket.ui import bewaren, widgets
from jeugdloket.ui.zoektool import toewijzing, zoekpaneel


def _beantwoord(invullen, ok: bool = True) -> list[str]:
    """Once the modal dialog is up: fill it in with `invullen(dialog)`, then OK or Cancel.
    Returns the texts of its labels (filled when the dialog was seen)."""
    gezien: list[str] = []

    def stap() -> None:
        dlg = QApplication.activeModalWidget()
        if not isinstance(dlg, QDialog):
            QTimer.singleShot(10, stap)
            return
        gezien.extend(lbl.text() for lbl in dlg.findChildren(QLabel) if lbl.text())
        invullen(dlg)
        dlg.accept() if ok else dlg.reject()

    QTimer.singleShot(0, stap)
    return gezien


@pytest.fixture
def ouder(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    return w


def _resultaat() -> Zoekresultaat:
    velden = {n: None for n in Zoekresultaat.__dataclass_fields__}
    velden.update(product="Dyslexiebehandeling", aanbieder="Leeslicht", wachttijd_weken=6)
    return Zoekresultaat(**velden)


def test_vraag_geeft_antwoord_of_none(ouder):
    veld = QSpinBox()
    veld.setRange(0, 10)
    gezien = _beantwoord(lambda dlg: dlg.findChild(QSpinBox).setValue(7))
    assert widgets.vraag(ouder, "Titel", ["Uitleg", ("Aantal", veld)], veld.value) == 7
    assert "Uitleg" in gezien and "Aantal" in gezien

    veld = QSpinBox()
    _beantwoord(lambda dlg: dlg.findChild(QSpinBox).setValue(3), ok=False)
    assert widgets.vraag(ouder, "Titel", [veld], veld.value) is None
    QApplication.processEvents()


def test_reden_van_het_gezin(ouder):
    gezien = _beantwoord(lambda dlg: dlg.findChild(QPlainTextEdit).setPlainText("  dichtbij  "))
    assert zoekpaneel.vraag_reden(ouder, _resultaat()) == "dichtbij"
    assert any("Dyslexiebehandeling" in t for t in gezien)
    # Nothing typed counts as no answer: the choice needs a reason.
    _beantwoord(lambda dlg: None)
    assert zoekpaneel.vraag_reden(ouder, _resultaat()) is None


def test_ervaring_en_wachttijd(ouder):
    def ervaring(dlg):
        dlg.findChild(QSpinBox).setValue(2)
        dlg.findChild(QPlainTextEdit).setPlainText("Lang gewacht op een intake")

    _beantwoord(ervaring)
    assert zoekpaneel.vraag_ervaring(ouder, _resultaat()) == (2, "Lang gewacht op een intake")

    gezien = _beantwoord(lambda dlg: None)  # the current wait is offered as it is
    assert zoekpaneel.vraag_wachttijd(ouder, _resultaat()) == 6
    assert any("Leeslicht" in t for t in gezien)
    _beantwoord(lambda dlg: dlg.findChild(QSpinBox).setValue(9), ok=False)
    assert zoekpaneel.vraag_wachttijd(ouder, _resultaat()) is None


def test_code_datum_toestemming(ouder):
    def kies_tweede(dlg):
        dlg.findChild(QComboBox).setCurrentIndex(1)

    _beantwoord(kies_tweede)
    codes = {"01": "Eerste reden", "02": "Tweede reden"}
    assert toewijzing.vraag_code(ouder, "Reden", "Waarom?", codes) == "02"

    _beantwoord(lambda dlg: None)
    assert toewijzing.vraag_datum(ouder, "Start", "Wanneer?", date(2026, 11, 23)) == date(
        2026, 11, 23
    )

    _beantwoord(lambda dlg: dlg.findChild(widgets.DatumVeld).setText("x"))
    assert toewijzing.vraag_datum(ouder, "Start", "Wanneer?", date(2026, 11, 23)) is None

    _beantwoord(lambda dlg: dlg.findChild(QPlainTextEdit).setPlainText("moeder, mondeling"))
    assert toewijzing.vraag_toestemming(ouder) == "moeder, mondeling"


def test_reden_vernietiging(ouder):
    gezien = _beantwoord(lambda dlg: dlg.findChild(QPlainTextEdit).setPlainText("termijn om"))
    assert bewaren.vraag_reden(ouder, "2006-0042") == "termijn om"
    assert any("2006-0042" in t for t in gezien)
