"""Every main screen of the window, for the accessibility and language tests.

`schermen(app, venster)` walks the window's screens (the case list, a case with every page, the
zoektool, conflicts, the weekly overview) and yields (name, top widget) with that screen showing.
"""

import json
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from jeugdloket.db import Database, open_database
from jeugdloket.demo import maak_demo
from jeugdloket.paden import RESOURCES
from jeugdloket.services import casussen, catalogus, medewerkers, uitwisseling

INTERACTIEF = (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QAbstractSpinBox,
    QDateTimeEdit,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
    QAbstractSlider,
    QTabBar,
)


def demo_db(pad: Path) -> Database:
    db = open_database(pad / "demo.db", gebruiker="demo")
    maak_demo(db, 12, seed=1, vandaag=date(2026, 11, 16))
    db.gebruiker = coordinator(db).gebruikersnaam
    catalogus.laad_demo(db)
    doc = json.loads((RESOURCES / "voorbeelden" / "casus-met-analyse.json").read_text("utf-8"))
    uitwisseling.importeer(db, doc)
    return db


def coordinator(db: Database):
    return next(m for m in medewerkers.medewerkers(db) if m.heeft_rol("coördinator"))


def wacht(seconden: float = 0.05) -> None:
    eind = time.monotonic() + seconden
    while time.monotonic() < eind:
        QApplication.processEvents()


def is_interactief(w: QWidget) -> bool:
    eigen = w.focusPolicy() & Qt.FocusPolicy.TabFocus and type(w).__module__.startswith(
        "jeugdloket"
    )
    if not isinstance(w, INTERACTIEF) and not eigen:  # a control of our own takes Tab
        return False
    if isinstance(w, QScrollBar):  # scrolls what has focus; not a control of its own
        return False
    if isinstance(w, QGroupBox):
        return w.isCheckable()
    # Parts of a composite widget (the line edit inside a spin box or an editable combo box,
    # the tab bar's scroll buttons) are named through their owner.
    ouder = w.parentWidget()
    while ouder is not None:
        if isinstance(ouder, (QAbstractSpinBox, QComboBox, QTabBar, QAbstractItemView)):
            return False
        ouder = ouder.parentWidget()
    return True


def zichtbare_interactieve(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in root.findChildren(QWidget)
        if is_interactief(w) and w.isVisibleTo(root) and w.isVisible() and w.isEnabled()
    ]


def toegankelijke_naam(w: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(w)
    naam = iface.text(QAccessible.Text.Name) if iface is not None else ""
    return (naam or w.accessibleName() or "").strip()


def schermen(venster) -> Iterator[tuple[str, QWidget]]:
    """The window at each main screen; the case with a complete analysis (2026-0901)."""
    db = venster.db
    venster.tabs.setCurrentIndex(0)
    wacht()
    yield "casuslijst", venster
    view = venster.open_casus(casussen.zoek_casusnummer(db, "2026-0901"))
    for tab in (view.gezin, view.aanmelding, view.contactmomenten):
        view.tabs.setCurrentWidget(tab)
        wacht()
        yield f"casus/{type(tab).__name__}", venster
    view.tabs.setCurrentWidget(view.intake)
    werk = view.intake
    for stap in range(3):
        werk.ga_naar(stap)
        wacht()
        if stap == 1:
            for i in range(werk.verdiepen.tabs.count()):
                werk.verdiepen.tabs.setCurrentIndex(i)
                wacht()
                yield f"intake/verdiepen/{i}", venster
        elif stap == 2:
            for i in range(werk.vervullen.tabs.count()):
                werk.vervullen.tabs.setCurrentIndex(i)
                wacht()
                yield f"intake/vervullen/{i}", venster
        else:
            yield "intake/verkennen", venster
    werk.ga_naar(0)
    view.tabs.setCurrentWidget(view.plannen)
    for i in range(view.plannen.tabs.count()):
        view.plannen.tabs.setCurrentIndex(i)
        wacht()
        yield f"plannen/{i}", venster
    view.tabs.setCurrentWidget(view.veiligheid)
    for i in range(view.veiligheid.tabs.count()):
        view.veiligheid.tabs.setCurrentIndex(i)
        wacht()
        yield f"veiligheid/{i}", venster
    view.tabs.setCurrentWidget(view.hulp)
    wacht()
    yield "hulp", venster
    zoek = venster.open_zoektool()
    wacht(0.3)
    yield "zoektool", venster
    venster.open_conflicten()
    wacht()
    yield "conflicten", venster
    overzicht = venster.open_overzicht()
    wacht(0.3)
    yield "overzicht", venster
    del zoek, overzicht


def tab_rondgang(root: QWidget, max_stappen: int = 400) -> list[QWidget]:
    """The widgets Tab visits from the first one in root's focus chain, in order (one round)."""
    from PySide6.QtTest import QTest

    root.activateWindow()
    root.setFocus()
    wacht(0.01)
    root.focusNextChild()
    wacht(0.01)
    start = QApplication.focusWidget()
    bezocht: list[QWidget] = []
    w = start
    for _ in range(max_stappen):
        if w is None:
            break
        bezocht.append(w)
        QTest.keyClick(w, Qt.Key.Key_Tab)
        w = QApplication.focusWidget()
        if w is start:
            break
    return bezocht


def onbereikbaar(root: QWidget) -> list[QWidget]:
    """Visible, enabled controls of root that a round of Tab presses does not reach."""
    bereikt = {id(w) for w in tab_rondgang(root)}

    def bereikbaar(w: QWidget) -> bool:
        if id(w) in bereikt:
            return True
        # Buttons of an exclusive group: Tab reaches the checked one, the arrows the others.
        groep = w.group() if isinstance(w, QAbstractButton) else None
        if groep is not None and groep.exclusive():
            return any(id(b) in bereikt for b in groep.buttons())
        # Parts of a control that has the focus itself (the score buttons of ScoreKiezer).
        if w.focusPolicy() == Qt.FocusPolicy.NoFocus:
            ouder = w.parentWidget()
            while ouder is not None and ouder is not root:
                if id(ouder) in bereikt:
                    return True
                ouder = ouder.parentWidget()
        return False

    return [w for w in zichtbare_interactieve(root) if not bereikbaar(w)]
