"""Letter size: the system font is the base, Grote letters scales every screen (View menu)."""

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLabel
from schermhulp import coordinator, demo_db, schermen

from jeugdloket.ui import lettergrootte
from jeugdloket.ui.app import installeer_vertaling
from jeugdloket.ui.hoofdvenster import Hoofdvenster
from jeugdloket.ui.widgets import Kop

UI = Path(__file__).resolve().parent.parent / "jeugdloket" / "ui"


@pytest.fixture
def instellingen(tmp_path):
    """QSettings in a temporary folder: the test's choice does not reach the real settings."""
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)
    yield
    lettergrootte.zet_grote_letters(False, bewaar=False)


def test_geen_vaste_lettergroottes_in_de_code():
    """Sizes follow the system font: none fixed in code or in a stylesheet."""
    vast = []
    for pad in UI.rglob("*.py"):
        for knoop in ast.walk(ast.parse(pad.read_text("utf-8"))):
            if (
                isinstance(knoop, ast.Call)
                and isinstance(knoop.func, ast.Attribute)
                and knoop.func.attr in ("setPointSize", "setPointSizeF", "setPixelSize")
                and not any(isinstance(n, ast.Call) for a in knoop.args for n in ast.walk(a))
            ):  # a size not computed from a font's own size
                vast.append(f"{pad.name}:{knoop.lineno} {knoop.func.attr}")
            if isinstance(knoop, ast.Constant) and "font-size" in str(knoop.value):
                vast.append(f"{pad.name}:{knoop.lineno} font-size")
    assert vast == []


def test_grote_letters_vergroot_elk_scherm_en_niets_valt_weg(qtbot, qapp, tmp_path, instellingen):
    installeer_vertaling(qapp, "nl")
    db = demo_db(tmp_path)
    venster = Hoofdvenster(db, coordinator(db))
    qtbot.addWidget(venster)
    venster.resize(1280, 800)
    venster.show()
    basis = lettergrootte.basisfont().pointSizeF()
    assert not venster.actie_grote_letters.isChecked()

    venster.actie_grote_letters.trigger()  # View → Large letters
    assert QSettings().value(lettergrootte.INSTELLING, type=bool) is True
    assert QApplication.font().pointSizeF() == pytest.approx(basis * lettergrootte.FACTOR)
    # The list's rows and columns (fixed for speed) grow with the letters.
    assert venster.lijst.tabel.columnWidth(1) == round(110 * lettergrootte.FACTOR)
    afgekapt = []
    for scherm, root in schermen(venster):
        for kop in root.findChildren(Kop):  # headers keep their size relative to the text
            groot = QApplication.font().pointSizeF() * kop.schaal
            assert kop.font().pointSizeF() == pytest.approx(groot), (scherm, kop.text())
        labels = [w for w in root.findChildren(QLabel) if w.isVisible() and w.text()]
        assert labels, scherm
        for label in labels:
            assert label.font().pointSizeF() >= basis * lettergrootte.FACTOR - 0.01, (
                scherm,
                label.text(),
            )

        # Nothing clipped: a label without word wrap gets the width its text needs. A text that
        # just changed (the list's count while it loads) is laid out on a later event: let the
        # layouts settle before calling anything clipped.
        def geknipt(labels=labels):
            return [
                w
                for w in labels
                if w.isVisible() and not w.wordWrap() and w.width() < w.minimumSizeHint().width()
            ]

        try:
            qtbot.waitUntil(lambda: not geknipt(), timeout=3000)
        except qtbot.TimeoutError:
            afgekapt += [f"{scherm}: {w.text()[:40]!r}" for w in geknipt()]
        if scherm == "casuslijst":
            venster.grab().save(str(tmp_path / "groot.png"))
    assert afgekapt == []
    assert venster.width() <= 1280 and venster.height() <= 800

    # Remembered for the next window; off again gives the system's size back.
    tweede = Hoofdvenster(db, coordinator(db))
    qtbot.addWidget(tweede)
    assert tweede.actie_grote_letters.isChecked()
    tweede.actie_grote_letters.trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(basis)
    db.sluit()
