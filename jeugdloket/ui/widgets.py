"""Shared widgets: date fields that may be empty, inline errors, autosave, confirmations."""

import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from typing import Any, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jeugdloket.fouten import Fout, Validatiefout
from jeugdloket.taal import vertaal
from jeugdloket.ui import lettergrootte, opmaak

T = TypeVar("T")

AUTOSAVE_MS = 500  # pause in typing after which a field is saved

FOUT_STIJL = (
    "QLineEdit, QComboBox, QPlainTextEdit { border: 2px solid #c0392b; border-radius: 3px; }"
)


def fmt_datum(waarde: date | datetime | None) -> str:
    """A date (and time) as the window's language writes it (ui/opmaak.py)."""
    return opmaak.datum_of_moment(waarde)


_DATUM = re.compile(r"\s*(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})\s*")
_DATUM_AANEEN = re.compile(r"\s*(\d{2})(\d{2})(\d{4})\s*")
_TIJD = re.compile(r"\s*(\d{1,2})[:.](\d{2})\s*")


def lees_datum(tekst: str) -> date | None:
    """'1-5-2010', '01-05-2010', '01052010' or ISO '2010-05-01'; ValueError when not a date."""
    tekst = tekst.strip()
    if not tekst:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", tekst):
        return date.fromisoformat(tekst)
    m = _DATUM.fullmatch(tekst) or _DATUM_AANEEN.fullmatch(tekst)
    if not m:
        raise ValueError(tekst)
    return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))


def lees_datumtijd(tekst: str) -> datetime | None:
    tekst = tekst.strip()
    if not tekst:
        return None
    delen = tekst.rsplit(" ", 1)
    if len(delen) == 2 and _TIJD.fullmatch(delen[1]):
        dag = lees_datum(delen[0])
        m = _TIJD.fullmatch(delen[1])
        return datetime(dag.year, dag.month, dag.day, int(m.group(1)), int(m.group(2)))
    dag = lees_datum(tekst)
    return datetime(dag.year, dag.month, dag.day)


class DatumVeld(QLineEdit):
    """A date the user types as dd-mm-jjjj; empty is allowed (None)."""

    def __init__(self, met_tijd: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.met_tijd = met_tijd
        self.setPlaceholderText(self.tr("dd-mm-yyyy hh:mm") if met_tijd else self.tr("dd-mm-yyyy"))
        self.setMaximumWidth(170 if met_tijd else 130)

    def waarde(self) -> date | datetime | None:
        """Raises ValueError when the text is not a date."""
        return lees_datumtijd(self.text()) if self.met_tijd else lees_datum(self.text())

    def zet(self, waarde: date | datetime | None) -> None:
        if self.met_tijd and isinstance(waarde, date) and not isinstance(waarde, datetime):
            self.setText(opmaak.datum(waarde))
        else:
            self.setText(fmt_datum(waarde))


def vul_codes(
    combo: QComboBox, codes: dict[str, str], leeg: str | None = None, toon_code: bool = False
) -> None:
    """Fill a combo with code → description (in the chosen language where the list has one:
    the official iJw lists stay Dutch); the code is the item data."""
    combo.clear()
    if leeg is not None:
        combo.addItem(leeg, None)
    for code, omschrijving in codes.items():
        omschrijving = vertaal(omschrijving)
        combo.addItem(f"{code} – {omschrijving}" if toon_code else omschrijving, code)


def kies_code(combo: QComboBox, code) -> None:
    index = combo.findData(code)
    combo.setCurrentIndex(max(index, 0))


def label_van(w: QWidget, *ook: QWidget) -> str:
    """The text of the label whose buddy is `w` (or one of `ook`), as screen readers read it."""
    ouder = w.parentWidget()
    if ouder is None:
        return ""
    for label in ouder.findChildren(QLabel):
        if label.buddy() is w or any(label.buddy() is o for o in ook):
            return label.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":")
    return ""


def plaatshouder(w: QWidget) -> str:
    tekst = w.placeholderText() if hasattr(w, "placeholderText") else ""
    return tekst or w.toolTip()


class VeldMetFout(QWidget):
    """A field with its inline error message right under it."""

    def __init__(self, veld: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.veld = veld
        self.fout = QLabel()
        self.fout.setObjectName("veldfout")
        self.fout.setStyleSheet("color: #c0392b;")
        self.fout.setWordWrap(True)
        self.fout.hide()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(1)
        lay.addWidget(veld)
        lay.addWidget(self.fout)
        self.setFocusProxy(veld)

    def showEvent(self, event) -> None:
        # A form's label names this holder (its buddy); screen readers ask the field itself.
        if not self.veld.accessibleName():
            self.veld.setAccessibleName(label_van(self, self.veld) or plaatshouder(self.veld))
        super().showEvent(event)

    def toon_fout(self, melding: str | None) -> None:
        if melding:
            self.fout.setText(melding)
            self.fout.show()
            self.veld.setStyleSheet(FOUT_STIJL)
            self.veld.setAccessibleDescription(melding)
        else:
            self.fout.clear()
            self.fout.hide()
            self.veld.setStyleSheet("")
            self.veld.setAccessibleDescription("")


def widget_waarde(w: QWidget):
    """The typed value of an input widget; ValueError for a date field with no date in it."""
    if isinstance(w, DatumVeld):
        return w.waarde()
    if isinstance(w, QComboBox):
        if w.isEditable():
            return w.currentText().strip() or None
        return w.currentData()
    if isinstance(w, QPlainTextEdit):
        return w.toPlainText()
    if isinstance(w, QLineEdit):
        return w.text()
    raise TypeError(type(w))


class Autosave(QObject):
    """Saves a field as it is edited: after a short pause in typing, on leaving it, on choosing.

    `opslaan(veld, waarde)` calls a service and raises Validatiefout to refuse the value; the
    message then appears under the field and nothing is stored. `opgeslagen` fires on success.
    """

    opgeslagen = Signal(str)

    def __init__(
        self,
        opslaan: Callable[[str, object], None],
        parent: QObject | None = None,
        vertraging_ms: int = AUTOSAVE_MS,
    ):
        super().__init__(parent)
        self._opslaan = opslaan
        self._vertraging = vertraging_ms
        self._velden: dict[str, VeldMetFout] = {}
        self._timers: dict[str, QTimer] = {}
        self._laatst: dict[str, object] = {}
        self.actief = True

    def volg(self, naam: str, houder: VeldMetFout) -> None:
        self._velden[naam] = houder
        w = houder.veld
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(self._vertraging)
        timer.timeout.connect(lambda n=naam: self.bewaar(n))
        self._timers[naam] = timer
        if isinstance(w, QComboBox):
            w.currentIndexChanged.connect(lambda _i, n=naam: self.bewaar(n))
            if w.isEditable():
                w.lineEdit().textEdited.connect(lambda _t, t=timer: t.start())
                w.lineEdit().editingFinished.connect(lambda n=naam: self.bewaar(n))
        elif isinstance(w, QPlainTextEdit):
            w.textChanged.connect(lambda t=timer: self.actief and t.start())
        elif isinstance(w, QLineEdit):
            w.textEdited.connect(lambda _t, t=timer: t.start())
            w.editingFinished.connect(lambda n=naam: self.bewaar(n))

    def onthoud(self) -> None:
        """After loading values into the fields: remember them, so only real edits are saved."""
        for naam in self._velden:
            try:
                self._laatst[naam] = widget_waarde(self._velden[naam].veld)
            except ValueError:
                self._laatst[naam] = None
            self._velden[naam].toon_fout(None)

    def getoond(self, naam: str) -> object:
        """The value the field showed when loaded or last saved: the base a colleague's edit
        of the same field is compared with (per-field concurrency)."""
        return self._laatst.get(naam)

    def bewaar_alles(self) -> None:
        """Flush pending edits (before closing a tab or the window)."""
        for naam, timer in self._timers.items():
            if timer.isActive():
                timer.stop()
                self.bewaar(naam)

    def bewaar(self, naam: str) -> None:
        if not self.actief:
            return
        self._timers[naam].stop()
        houder = self._velden[naam]
        try:
            waarde = widget_waarde(houder.veld)
        except ValueError:
            houder.toon_fout(self.tr("This is not a date: type it as dd-mm-yyyy"))
            return
        if naam in self._laatst and self._laatst[naam] == waarde:
            houder.toon_fout(None)
            return
        try:
            self._opslaan(naam, waarde)
        except Validatiefout as e:
            houder.toon_fout(e.fouten.get(naam) or str(e))
            return
        except Fout as e:
            houder.toon_fout(str(e))
            return
        self._laatst[naam] = waarde
        houder.toon_fout(None)
        self.opgeslagen.emit(naam)


# Dialog routes the tests can replace: a modal exec() would block an offscreen test run.
def bevestig(parent: QWidget, titel: str, tekst: str) -> bool:
    """Yes/No; No is the default button – these questions come before removing something."""
    antwoord = QMessageBox.question(
        parent,
        titel,
        tekst,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return antwoord == QMessageBox.StandardButton.Yes


def meld_fout(parent: QWidget, titel: str, tekst: str) -> None:
    QMessageBox.warning(parent, titel, tekst)


class Kop(QLabel):
    """A bold header, sized relative to the application font (follows Grote letters)."""

    def __init__(self, tekst: str, schaal: float, parent: QWidget | None = None):
        super().__init__(tekst, parent)
        self.schaal = schaal
        self._zet_font()
        lettergrootte.melder().veranderd.connect(self._zet_font)

    def _zet_font(self) -> None:
        font = lettergrootte.relatief(self.font(), self.schaal)
        font.setBold(True)
        self.setFont(font)


def kop(tekst: str, grootte: int = 15) -> QLabel:
    """A header; `grootte` in points for a 10-point system font (scaled with the real one)."""
    label = Kop(tekst, grootte / 10)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def rolvlak(inhoud: QWidget) -> QScrollArea:
    """`inhoud` in a frameless scroll area: a tall form scrolls rather than making the window
    taller (Grote letters on a 1280×800 screen); Tab goes straight to the fields."""
    rol = QScrollArea()
    rol.setWidgetResizable(True)
    rol.setFrameShape(QFrame.Shape.NoFrame)
    rol.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    rol.setWidget(inhoud)
    return rol


def tekstveld(plaats: str, hoogte: int | None = None) -> QPlainTextEdit:
    """A free-text field with a hint; Tab moves on (the keyboard must reach the next field)."""
    veld = QPlainTextEdit()
    veld.setPlaceholderText(plaats)
    veld.setTabChangesFocus(True)
    if hoogte is not None:
        veld.setMinimumHeight(hoogte)
    return veld


def vraag(
    parent: QWidget,
    titel: str,
    inhoud: Sequence[str | QWidget | tuple[str, QWidget]],
    antwoord: Callable[[], T],
) -> T | None:
    """A small modal question with OK / Cancel: text lines (wrapped), widgets, or labelled
    widgets, top to bottom. Returns ``antwoord()`` – read while the dialog still exists – or
    None when cancelled."""
    dlg = QDialog(parent)
    dlg.setWindowTitle(titel)
    form = QFormLayout(dlg)
    for deel in inhoud:
        if isinstance(deel, str):
            label = QLabel(deel)
            label.setWordWrap(True)
            form.addRow(label)
        elif isinstance(deel, tuple):
            form.addRow(*deel)
        else:
            form.addRow(deel)
    knoppen = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    knoppen.accepted.connect(dlg.accept)
    knoppen.rejected.connect(dlg.reject)
    form.addRow(knoppen)
    try:
        return antwoord() if dlg.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dlg.deleteLater()  # parented to the window: do not keep one per question


class LijstModel(QAbstractTableModel):
    """A read-only table of plain rows from a service under fixed headers. A subclass sets
    ``koppen`` (translated, after ``super().__init__``) and says in ``data()`` what a cell
    shows; ``rijen`` holds the rows."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.koppen: Sequence[str] = ()
        self.rijen: list[Any] = []

    def zet(self, rijen: Iterable[Any]) -> None:
        self.beginResetModel()
        self.rijen = list(rijen)
        self.endResetModel()

    def vervang(self, rij: Any) -> None:
        """One row changed (same ``id``): redraw it without resetting the view's selection."""
        for i, r in enumerate(self.rijen):
            if r.id == rij.id:
                self.rijen[i] = rij
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.koppen) - 1))

    def rij(self, nummer: int) -> Any | None:
        """The row at a view row number, or None (no selection, or a stale number)."""
        return self.rijen[nummer] if 0 <= nummer < len(self.rijen) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rijen)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.koppen)

    def headerData(self, sectie, orientatie, rol=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientatie == Qt.Orientation.Horizontal and rol == Qt.ItemDataRole.DisplayRole:
            return self.koppen[sectie]
        return None


def lijsttabel(model: QAbstractTableModel, een_rij: bool = True) -> QTableView:
    """A read-only list on a page: whole rows selected (one, unless `een_rij` is False),
    alternating colours, no row numbers, columns the user can widen, the last one stretched."""
    tabel = QTableView()
    tabel.setTabKeyNavigation(False)  # Tab leaves it; arrows move inside
    tabel.setModel(model)
    tabel.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if een_rij:
        tabel.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tabel.setAlternatingRowColors(True)
    tabel.verticalHeader().setVisible(False)
    tabel.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    tabel.horizontalHeader().setStretchLastSection(True)
    return tabel
