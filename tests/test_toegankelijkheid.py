"""Accessibility (EN 301 549 / WCAG 2.1 AA for desktop software): names, Tab, keyboard only."""

import pytest
from schermhulp import (
    coordinator,
    demo_db,
    onbereikbaar,
    schermen,
    toegankelijke_naam,
    zichtbare_interactieve,
)

from jeugdloket.ui.aanmelden import AanmeldDialoog
from jeugdloket.ui.app import installeer_vertaling
from jeugdloket.ui.hoofdvenster import Hoofdvenster


@pytest.fixture
def demo(tmp_path):
    db = demo_db(tmp_path)
    yield db
    db.sluit()


@pytest.fixture
def venster(qtbot, qapp, demo):
    installeer_vertaling(qapp, "nl")
    w = Hoofdvenster(demo, coordinator(demo))
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


def _beschrijf(w) -> str:
    return f"{type(w).__name__} {w.objectName()!r} in {type(w.parentWidget()).__name__}"


def test_aanmelden_heeft_namen_en_tab(qtbot, qapp, demo):
    installeer_vertaling(qapp, "nl")
    dlg = AanmeldDialoog(demo)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert [_beschrijf(w) for w in zichtbare_interactieve(dlg) if not toegankelijke_naam(w)] == []
    assert [_beschrijf(w) for w in onbereikbaar(dlg)] == []


def test_elk_scherm_heeft_namen_en_is_met_tab_bereikbaar(venster):
    zonder_naam, niet_bereikt = [], []
    for scherm, root in schermen(venster):
        zonder_naam += [
            f"{scherm}: {_beschrijf(w)}"
            for w in zichtbare_interactieve(root)
            if not toegankelijke_naam(w)
        ]
        niet_bereikt += [
            f"{scherm}: {_beschrijf(w)} {toegankelijke_naam(w)!r}" for w in onbereikbaar(root)
        ]
    assert zonder_naam == []
    assert niet_bereikt == []
