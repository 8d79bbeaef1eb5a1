"""The case list: search as you type, mine / all, open / closed, sortable, a red deadline signal."""

import uuid

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jeugdloket.regels.status import Status
from jeugdloket.regels.zoeken import zoekwoorden
from jeugdloket.services.casuslijst import (
    CasusRegel,
    Letterindex,
    filter_casussen,
    filter_met_index,
)
from jeugdloket.ui import kleuren, lettergrootte, opmaak
from jeugdloket.ui.taken import Taak

# From this many rows in the shown base list (mine/all, open/closed) on, a letter index is built
# in the background: below it, testing every row stays well within one frame.
INDEX_VANAF = 20_000

KOLOMMEN = (
    "signaal",
    "casusnummer",
    "jeugdigen",
    "gemeente",
    "consulent",
    "status",
    "aanmelddatum",
)


def _stip(kleur: str) -> QIcon:
    pix = QPixmap(14, 14)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QColor(kleur))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(1, 1, 12, 12)
    p.end()
    return QIcon(pix)


CONFLICTKLEUR = kleuren.CONFLICT  # not the meldcode purple: a different signal


def _conflictteken() -> QIcon:
    """A small triangle with '!' before the case number: a conflict waits for a choice."""
    pix = QPixmap(14, 14)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QColor(CONFLICTKLEUR))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawPolygon([QPointF(7, 0.5), QPointF(13.5, 13), QPointF(0.5, 13)])
    p.setPen(QColor("white"))
    p.drawLine(QPointF(7, 5), QPointF(7, 9))
    p.drawPoint(QPointF(7, 11))
    p.end()
    return QIcon(pix)


_ROLLEN = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.UserRole,
    }
)


def _sorteersleutel(kolom: str):
    if kolom == "signaal":
        return lambda r: (
            r.signaal is None and r.evaluatie_niveau != "te_laat",
            not r.meldcode_open,
            r.plan_signaal is None and r.evaluatie_niveau is None,
        )
    if kolom == "status":
        return lambda r: r.status.stap
    if kolom == "aanmelddatum":
        return lambda r: str(r.aanmelddatum)
    if kolom == "jeugdigen":
        return lambda r: r.jeugdigen.casefold()
    return lambda r: str(getattr(r, kolom)).casefold()


def _maak_index(sleutel: tuple, generatie: int, alle: list[CasusRegel]) -> tuple:
    """Runs in the thread pool: the base list (mine/all, open/closed) of `alle` and its index."""
    medewerker_id, toestand = sleutel
    return sleutel, generatie, Letterindex(filter_casussen(alle, "", medewerker_id, toestand))


# The list's first order: newest first, the order the list service gives.
STANDAARD_SORTERING = (KOLOMMEN.index("aanmelddatum"), Qt.SortOrder.DescendingOrder)


def sorteer(regels: list[CasusRegel], sortering: tuple[int, Qt.SortOrder]) -> None:
    """Sort `regels` in place as the list shows them (column, order). Plain Python: the full
    list is sorted in its loading thread, not on the UI thread."""
    kolom, volgorde = sortering
    regels.sort(
        key=_sorteersleutel(KOLOMMEN[kolom]), reverse=volgorde == Qt.SortOrder.DescendingOrder
    )


class CasusTabelModel(QAbstractTableModel):
    """All cases in memory as light rows; filtering and sorting never touch the database."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._alle: list[CasusRegel] = []
        self._zichtbaar: list[CasusRegel] = []
        self._filter: tuple[str, uuid.UUID | None, str] = ("", None, "open")
        self._voldaan = ""  # a query every shown row is known to match
        self._cache: dict[tuple, list[CasusRegel]] = {}
        # Mine/all and open/closed without a query: computed once per set of rows.
        self._basis: dict[tuple, list[CasusRegel]] = {}
        # A letter index per base list (services.casuslijst.Letterindex), built off the UI
        # thread; dropped with the base lists whenever the rows or their order change.
        self._indexen: dict[tuple, Letterindex] = {}
        self._in_aanbouw: dict[tuple, tuple[int, Taak]] = {}  # base list -> (generation, task)
        self._generatie = 0
        self._datums: dict = {}  # the shown text of each aanmelddatum (QLocale is slow)
        self._sortering: tuple[int, Qt.SortOrder] = STANDAARD_SORTERING
        self._rood = _stip(kleuren.ROOD)
        self._oranje = _stip(kleuren.ORANJE)
        self._conflict = _conflictteken()
        self._paars = _stip(kleuren.PAARS)  # a meldcode traject runs
        self._grijs = QBrush(QColor(kleuren.ZACHT))  # a closed case
        self._koppen = {
            "signaal": "",
            "casusnummer": self.tr("Case number"),
            "jeugdigen": self.tr("Young person(s)"),
            "gemeente": self.tr("Municipality"),
            "consulent": self.tr("Consultant"),
            "status": self.tr("Status"),
            "aanmelddatum": self.tr("Registered"),
        }

    # -- data in
    def zet_regels(
        self, regels: list[CasusRegel], gesorteerd_op: tuple[int, Qt.SortOrder] | None = None
    ) -> None:
        """Show these rows; `gesorteerd_op`: the (column, order) they were already sorted by."""
        self._alle = regels
        self._leeg_caches()
        if gesorteerd_op != self._sortering:
            self._sorteer_alle()
        self._pas_filter_toe(incrementeel=False)

    @property
    def sortering(self) -> tuple[int, Qt.SortOrder]:
        return self._sortering

    def vervang_regel(self, regel: CasusRegel) -> None:
        """One case changed or was added: update its row without reloading the list."""
        self._leeg_caches()
        self._voldaan = ""  # the changed row stays shown, whether it still matches or not
        for lijst in (self._alle, self._zichtbaar):
            for i, r in enumerate(lijst):
                if r.id == regel.id:
                    lijst[i] = regel
                    break
            else:
                if lijst is self._alle:
                    lijst.append(regel)
                    self._sorteer_alle()
                    self._pas_filter_toe(incrementeel=False)
                    return
        self._bouw_index(self._filter[1:])
        rij = self.rij_van(regel.id)
        if rij is not None:
            self.dataChanged.emit(self.index(rij, 0), self.index(rij, len(KOLOMMEN) - 1))

    def zet_filter(self, zoekvraag: str, medewerker_id: uuid.UUID | None, toestand: str) -> None:
        oud = self._filter
        self._filter = (zoekvraag, medewerker_id, toestand)
        # Typing one more letter can only narrow the result: filter what is shown, not all rows.
        incrementeel = (
            oud[1:] == self._filter[1:]
            and zoekvraag.startswith(oud[0])
            and len(zoekvraag.split()) >= len(oud[0].split())
        )
        self._pas_filter_toe(incrementeel)

    def _leeg_caches(self) -> None:
        self._cache.clear()
        self._basis.clear()
        self._indexen.clear()
        self._generatie += 1  # an index still being built is for rows that are gone

    def _bouw_index(self, sleutel: tuple) -> None:
        if len(self._alle) < INDEX_VANAF or sleutel in self._indexen:
            return
        if self._in_aanbouw.get(sleutel, (None,))[0] == self._generatie:
            return  # being built (or failed: then the rows are tested one by one, as before)
        # A copy of the rows: the thread never sees a list this thread changes.
        taak = Taak(_maak_index, sleutel, self._generatie, list(self._alle))
        taak.signalen.klaar.connect(self._index_klaar)
        self._in_aanbouw[sleutel] = (self._generatie, taak)
        taak.start()

    def _index_klaar(self, uitkomst: tuple) -> None:
        sleutel, generatie, index = uitkomst
        if self._in_aanbouw.get(sleutel, (None,))[0] == generatie:
            del self._in_aanbouw[sleutel]
        if generatie == self._generatie:
            # The same rows in the same order as a base list made here (the same generation).
            self._basis.setdefault(sleutel, index.regels)
            self._indexen[sleutel] = index

    @property
    def heeft_index(self) -> bool:
        """Whether the shown base list has its letter index (tests, benchmarks)."""
        return self._filter[1:] in self._indexen

    def _basis_van(self, medewerker_id: uuid.UUID | None, toestand: str):
        sleutel = (medewerker_id, toestand)
        basis = self._basis.get(sleutel)
        if basis is None:
            basis = self._basis[sleutel] = filter_casussen(self._alle, "", medewerker_id, toestand)
        return basis

    def _pas_filter_toe(self, incrementeel: bool) -> None:
        # Backspace returns to a query typed a moment ago: reuse its result instead of
        # searching all rows again. The cache holds the last few queries of the current rows.
        uitkomst = self._cache.get(self._filter)
        if uitkomst is None:
            zoekvraag, medewerker_id, toestand = self._filter
            index = None if incrementeel else self._indexen.get((medewerker_id, toestand))
            if index is not None:
                uitkomst = filter_met_index(index, zoekvraag)
            else:
                rijen = (
                    self._zichtbaar if incrementeel else self._basis_van(medewerker_id, toestand)
                )
                # The same test as filter_casussen (every word in the folded text, longest
                # first), without its passes for mine/open: those come from the base list.
                # Narrowing what is shown, a word the shown rows are known to hold whole is not
                # tested again ("de v" after "de ": only "v").
                al = set(zoekwoorden(self._voldaan)) if incrementeel else set()
                for woord in sorted(set(zoekwoorden(zoekvraag)) - al, key=len, reverse=True):
                    rijen = [r for r in rijen if woord in r.zoektekst]
                uitkomst = rijen
            if len(self._cache) >= 32:
                self._cache.pop(next(iter(self._cache)))
            self._cache[self._filter] = uitkomst
        self.beginResetModel()
        self._zichtbaar = uitkomst
        self._voldaan = self._filter[0]
        self.endResetModel()
        self._bouw_index(self._filter[1:])

    # -- sorting
    def _sorteer_alle(self) -> None:
        sorteer(self._alle, self._sortering)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sortering = (column, order)
        self._leeg_caches()
        self._sorteer_alle()
        self._pas_filter_toe(incrementeel=False)

    # -- Qt model interface
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._zichtbaar)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(KOLOMMEN)

    def regel(self, rij: int) -> CasusRegel:
        return self._zichtbaar[rij]

    def rij_van(self, casus_id: uuid.UUID) -> int | None:
        for i, r in enumerate(self._zichtbaar):
            if r.id == casus_id:
                return i
        return None

    @property
    def aantal_totaal(self) -> int:
        return len(self._alle)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            kolom = KOLOMMEN[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return self._koppen[kolom]
            if role == Qt.ItemDataRole.ToolTipRole and kolom == "signaal":
                return self.tr(
                    "Red: first contact later than 3 working days after registration, or an"
                    " evaluation of running help overdue. Purple: a meldcode procedure is in"
                    " progress. Orange: a plan or an evaluation is due soon."
                )
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        # Painting asks about a dozen roles per cell: the ones this model never answers return
        # at once (a repaint of the visible rows is ~1500 calls, on every keystroke).
        if role not in _ROLLEN or not index.isValid():
            return None
        r = self._zichtbaar[index.row()]
        kolom = KOLOMMEN[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if kolom == "signaal":
                return None
            if kolom == "status":
                return r.status.label
            if kolom == "aanmelddatum":
                # Per language (it can change while the window is open) and moment.
                sleutel = (QLocale().name(), r.aanmelddatum)
                tekst = self._datums.get(sleutel)
                if tekst is None:
                    if len(self._datums) > 50_000:
                        self._datums.clear()
                    tekst = self._datums[sleutel] = opmaak.datum_of_moment(r.aanmelddatum)
                return tekst
            if kolom == "jeugdigen":
                return r.jeugdigen or self.tr("(no young person yet)")
            return getattr(r, kolom)
        if role == Qt.ItemDataRole.DecorationRole and kolom == "signaal":
            # Red: first contact late or an evaluation overdue; orange: a plan or an
            # evaluation due soon.
            if r.signaal or r.evaluatie_niveau == "te_laat":
                return self._rood
            if r.meldcode_open:
                return self._paars
            if r.plan_signaal or r.evaluatie_niveau:
                return self._oranje
        if role == Qt.ItemDataRole.DecorationRole and kolom == "casusnummer" and r.conflict:
            return self._conflict
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._grijs if r.status is Status.AFGESLOTEN else None
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        if role == Qt.ItemDataRole.DecorationRole:
            return None
        signalen = self._signalen(r)
        if role == Qt.ItemDataRole.ToolTipRole:
            if kolom == "casusnummer" and r.conflict:
                return self.tr("Open conflict from a werkkopie sync: choose in Conflicts…")
            if signalen:
                return "\n".join(signalen)
            if kolom == "signaal" and r.status is Status.AANGEMELD:
                return self.tr("First contact due by %1").replace("%1", opmaak.datum(r.deadline))
        if role == Qt.ItemDataRole.AccessibleTextRole and kolom == "casusnummer" and r.conflict:
            return self.tr("%1, open conflict").replace("%1", r.casusnummer)
        if role == Qt.ItemDataRole.AccessibleTextRole and kolom == "signaal":
            return "; ".join(signalen)
        return None

    def _signalen(self, r: CasusRegel) -> list[str]:
        meldcode = self.tr("Meldcode procedure in progress") if r.meldcode_open else None
        return [s for s in (r.signaal, r.evaluatie_signaal, meldcode, r.plan_signaal) if s]


class CasuslijstPagina(QWidget):
    """The first tab: find any case in a second."""

    casus_openen = Signal(uuid.UUID)
    nieuwe_casus = Signal()

    def __init__(self, medewerker_id: uuid.UUID | None, parent=None):
        super().__init__(parent)
        self.medewerker_id = medewerker_id
        self.volledig = True
        self.model = CasusTabelModel(self)

        self.zoekveld = QLineEdit()
        self.zoekveld.setObjectName("zoekveld")
        self.zoekveld.setPlaceholderText(
            self.tr("Search by name, case number, BSN or postcode  (Ctrl+F)")
        )
        self.zoekveld.setClearButtonEnabled(True)
        self.zoekveld.setAccessibleName(self.tr("Search cases"))
        self.zoekveld.setAccessibleDescription(
            self.tr(
                "Filters the list as you type; Down arrow moves to the list, Enter opens a case"
            )
        )
        self.zoekveld.setMinimumWidth(380)

        self.knop_mijn = QPushButton(self.tr("My cases"))
        self.knop_alle = QPushButton(self.tr("All cases"))
        self.groep_wie = QButtonGroup(self)
        for k in (self.knop_mijn, self.knop_alle):
            k.setCheckable(True)
            self.groep_wie.addButton(k)
        (self.knop_mijn if medewerker_id else self.knop_alle).setChecked(True)
        self.knop_mijn.setEnabled(medewerker_id is not None)

        self.knop_open = QPushButton(self.tr("Open"))
        self.knop_afgesloten = QPushButton(self.tr("Closed"))
        self.knop_alle_toestanden = QPushButton(self.tr("Open and closed"))
        self.groep_toestand = QButtonGroup(self)
        for k in (self.knop_open, self.knop_afgesloten, self.knop_alle_toestanden):
            k.setCheckable(True)
            self.groep_toestand.addButton(k)
        self.knop_open.setChecked(True)

        self.knop_nieuw = QPushButton(self.tr("New case…"))
        self.knop_nieuw.setToolTip(self.tr("Register a new case (Ctrl+N)"))
        self.knop_nieuw.clicked.connect(self.nieuwe_casus)

        self.aantal = QLabel()
        self.aantal.setObjectName("aantal")

        self.tabel = QTableView()

        self.tabel.setTabKeyNavigation(False)  # Tab leaves it; arrows move inside
        self.tabel.setObjectName("casustabel")
        self.tabel.setAccessibleName(self.tr("Cases"))
        self.tabel.setAccessibleDescription(self.tr("Enter opens the selected case"))
        self.tabel.setModel(self.model)
        self.tabel.setSortingEnabled(True)
        self.tabel.sortByColumn(KOLOMMEN.index("aanmelddatum"), Qt.SortOrder.DescendingOrder)
        self.tabel.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabel.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tabel.setAlternatingRowColors(True)
        self.tabel.setWordWrap(False)
        self.tabel.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabel.verticalHeader().hide()
        # Fixed row heights and column widths: no per-row measuring, so 100,000 rows stay fast.
        self.tabel.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        kop = self.tabel.horizontalHeader()
        kop.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        kop.setStretchLastSection(False)
        self._zet_maten()
        lettergrootte.melder().veranderd.connect(self._zet_maten)
        kop.setSectionResizeMode(KOLOMMEN.index("jeugdigen"), QHeaderView.ResizeMode.Stretch)
        self.tabel.activated.connect(self._open_index)
        self.tabel.doubleClicked.connect(self._open_index)

        balk = QHBoxLayout()
        balk.addWidget(self.zoekveld, 3)
        balk.addSpacing(12)
        balk.addWidget(self.knop_mijn)
        balk.addWidget(self.knop_alle)
        balk.addSpacing(12)
        balk.addWidget(self.knop_open)
        balk.addWidget(self.knop_afgesloten)
        balk.addWidget(self.knop_alle_toestanden)
        balk.addStretch(1)
        balk.addWidget(self.knop_nieuw)
        lay = QVBoxLayout(self)
        lay.addLayout(balk)
        lay.addWidget(self.tabel, 1)
        onder = QHBoxLayout()
        onder.addWidget(self.aantal)
        onder.addStretch(1)
        legenda = QLabel(
            f"<span style='color:{kleuren.ROOD}'>●</span> "
            + self.tr(
                "first contact not within 3 working days of registration, or evaluation overdue"
            )
            + f"&nbsp;&nbsp;&nbsp;<span style='color:{kleuren.PAARS}'>●</span> "
            + self.tr("meldcode procedure in progress")
            + f"&nbsp;&nbsp;&nbsp;<span style='color:{kleuren.ORANJE}'>●</span> "
            + self.tr("plan needed or evaluation due within two weeks")
            + f"&nbsp;&nbsp;&nbsp;<span style='color:{CONFLICTKLEUR}'>▲</span> "
            + self.tr("open conflict (werkkopie)")
        )
        legenda.setObjectName("legenda")
        legenda.setWordWrap(True)  # large letters: two lines rather than a wider window
        onder.addWidget(legenda, 1)
        lay.addLayout(onder)

        self.zoekveld.textChanged.connect(self._filter_gewijzigd)
        self.zoekveld.returnPressed.connect(self._open_eerste)
        self.groep_wie.buttonClicked.connect(self._filter_gewijzigd)
        self.groep_toestand.buttonClicked.connect(self._filter_gewijzigd)
        QShortcut(QKeySequence(Qt.Key.Key_Down), self.zoekveld, self.tabel.setFocus)
        self.setTabOrder(self.zoekveld, self.knop_mijn)
        self.setTabOrder(self.knop_alle_toestanden, self.knop_nieuw)
        self.setTabOrder(self.knop_nieuw, self.tabel)

    def toestand(self) -> str:
        if self.knop_afgesloten.isChecked():
            return "afgesloten"
        if self.knop_alle_toestanden.isChecked():
            return "alle"
        return "open"

    def zet_regels(
        self,
        regels: list[CasusRegel],
        volledig: bool = True,
        gesorteerd_op: tuple[int, Qt.SortOrder] | None = None,
    ) -> None:
        self.volledig = volledig
        self.model.zet_regels(regels, gesorteerd_op)
        self._filter_gewijzigd()

    def _filter_gewijzigd(self, *_args) -> None:
        wie = self.medewerker_id if self.knop_mijn.isChecked() else None
        self.model.zet_filter(self.zoekveld.text(), wie, self.toestand())
        n = self.model.rowCount()
        tekst = (
            self.tr("%1 of %2 cases")
            .replace("%1", str(n))
            .replace("%2", str(self.model.aantal_totaal))
        )
        if not self.volledig:
            tekst += " " + self.tr("(loading the older cases…)")
        self.aantal.setText(tekst)
        if n:
            self.tabel.selectRow(0)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.casus_openen.emit(self.model.regel(index.row()).id)

    def _open_eerste(self) -> None:
        rijen = self.tabel.selectionModel().selectedRows()
        index = rijen[0] if rijen else self.model.index(0, 0)
        self._open_index(index)

    def _zet_maten(self) -> None:
        """Row height and column widths at the letter size (Grote letters: taller, wider)."""
        schaal = lettergrootte.schaal()
        self.tabel.verticalHeader().setDefaultSectionSize(round(26 * schaal))
        for kolom, breedte in zip(KOLOMMEN, (30, 110, 300, 120, 170, 110, 140), strict=True):
            self.tabel.setColumnWidth(KOLOMMEN.index(kolom), round(breedte * schaal))

    def focus_zoeken(self) -> None:
        self.zoekveld.setFocus()
        self.zoekveld.selectAll()
