"""The zoektool screen: contracted care, searched at the kitchen table together with the family.

Free text and filters go to `services.zoeken_catalogus` (an in-memory index: a query takes a
few milliseconds, the first builds the index off the UI thread). For a case the panel starts
from the case's own words (hulpvraag, factors, goals), its gemeente and the age of the chosen
jeugdige; the consultant ticks the options discussed with the family and records the choice
with the family's reason.
"""

import uuid
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jeugdloket.db import Database
from jeugdloket.fouten import Fout, Validatiefout
from jeugdloket.regels.zoekindex import Zoekresultaat
from jeugdloket.regels.zoektool import gevouwen
from jeugdloket.services import casussen, catalogus_beheer, zoeken_catalogus
from jeugdloket.services.zoeken_catalogus import Casussuggesties
from jeugdloket.ui import opmaak, widgets
from jeugdloket.ui.taken import Taak
from jeugdloket.ui.widgets import DatumVeld, fmt_datum, kop, tekstveld

ZOEK_PAUZE_MS = 200  # pause in typing before the search runs
LANGE_WACHTTIJD = 8  # weeks; a longer wait is marked so the family sees it at a glance


@dataclass(frozen=True)
class Keuze:
    """What the panel hands on when the family has chosen: enough to record it and to start
    the toewijzing."""

    resultaat: Zoekresultaat
    besproken: tuple[Zoekresultaat, ...]
    reden: str
    zoekvraag: str
    filters: dict
    jeugdige_id: uuid.UUID | None


def _sterren(gemiddeld: float | None, aantal: int) -> str:
    if not aantal or gemiddeld is None:
        return "–"
    return f"{opmaak.getal(gemiddeld, 1)} / 5 ({aantal}×)"


def wachttijd_tekst(r: Zoekresultaat) -> str:
    if r.wachttijd_weken is None:
        return QCoreApplication.translate("ZoekPaneel", "unknown")
    tekst = (
        QCoreApplication.translate("ZoekPaneel", "%1 week")
        if r.wachttijd_weken == 1
        else QCoreApplication.translate("ZoekPaneel", "%1 weeks")
    ).replace("%1", str(r.wachttijd_weken))
    if r.wachttijd_peildatum:
        tekst += QCoreApplication.translate("ZoekPaneel", " (as of %1)").replace(
            "%1", fmt_datum(r.wachttijd_peildatum)
        )
    return tekst


def tarief_tekst(r: Zoekresultaat) -> str:
    if r.tarief is None:
        return "–"
    return opmaak.bedrag(r.tarief)


class ResultatenModel(widgets.LijstModel):
    """The results, best first; the first column is the "besproken met het gezin" tick."""

    KOLOMMEN = (
        "discussed",
        "provider",
        "product",
        "segment",
        "setting",
        "wait",
        "rate",
        "colleagues",
        "fit",
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self.besproken: set[tuple[str, str]] = set()
        koppen = {
            "discussed": self.tr("Discussed"),
            "provider": self.tr("Provider"),
            "product": self.tr("Product"),
            "segment": self.tr("Segment"),
            "setting": self.tr("Setting"),
            "wait": self.tr("Waiting time"),
            "rate": self.tr("Rate"),
            "colleagues": self.tr("Colleagues"),
            "fit": self.tr("Fit"),
        }
        self.koppen = [koppen[k] for k in self.KOLOMMEN]

    @staticmethod
    def sleutel(r: Zoekresultaat) -> tuple[str, str]:
        return (r.aanbieder_agb, r.productcode)

    def flags(self, index):
        basis = super().flags(index)
        if index.isValid() and index.column() == 0:
            return basis | Qt.ItemFlag.ItemIsUserCheckable
        return basis

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rijen[index.row()]
        kolom = self.KOLOMMEN[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and kolom == "discussed":
            return (
                Qt.CheckState.Checked
                if self.sleutel(r) in self.besproken
                else Qt.CheckState.Unchecked
            )
        if role == Qt.ItemDataRole.DisplayRole:
            if kolom == "provider":
                return r.aanbieder
            if kolom == "product":
                return f"{r.product} ({r.productcode})"
            if kolom == "segment":
                return str(r.segment)
            if kolom == "setting":
                return r.setting
            if kolom == "wait":
                if r.wachttijd_weken is None:
                    return QCoreApplication.translate("ZoekPaneel", "unknown")
                return QCoreApplication.translate("ZoekPaneel", "%1 wk").replace(
                    "%1", str(r.wachttijd_weken)
                )
            if kolom == "rate":
                return tarief_tekst(r)
            if kolom == "colleagues":
                return _sterren(r.ervaringen_gemiddeld, r.ervaringen_aantal)
            if kolom == "fit":
                return f"{r.score}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return r.reden
        wacht_lang = r.wachttijd_weken is not None and r.wachttijd_weken > LANGE_WACHTTIJD
        if role == Qt.ItemDataRole.BackgroundRole and kolom == "wait" and wacht_lang:
            return QColor("#fdebd0")
        if role == Qt.ItemDataRole.TextAlignmentRole and kolom in (
            "segment",
            "wait",
            "rate",
            "fit",
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            sleutel = self.sleutel(self.rijen[index.row()])
            if Qt.CheckState(value) == Qt.CheckState.Checked:
                self.besproken.add(sleutel)
            else:
                self.besproken.discard(sleutel)
            self.dataChanged.emit(index, index, [role])
            return True
        return False

    def zet_besproken(self, rij: int, aan: bool = True) -> None:
        staat = Qt.CheckState.Checked if aan else Qt.CheckState.Unchecked
        self.setData(self.index(rij, 0), staat.value, Qt.ItemDataRole.CheckStateRole)


# Dialog routes the tests can replace: a modal exec() would block an offscreen test run.
def vraag_reden(parent: QWidget, r: Zoekresultaat) -> str | None:
    """The family's reason for this choice (required: it goes into the file)."""
    veld = tekstveld(parent.tr("e.g. close to school, they know the provider, short wait"), 90)
    inhoud = [
        f"<b>{r.product}</b><br>{r.aanbieder}",
        parent.tr("Why does the family choose this? (in their words)"),
        veld,
    ]
    return widgets.vraag(
        parent,
        parent.tr("Choice of the family"),
        inhoud,
        lambda: veld.toPlainText().strip() or None,
    )


def vraag_ervaring(parent: QWidget, r: Zoekresultaat) -> tuple[int, str | None] | None:
    score = QSpinBox()
    score.setRange(1, 5)
    score.setValue(4)
    score.setSuffix(" / 5")
    tekst = tekstveld(parent.tr("What went well, what did not? No names of clients."), 80)
    inhoud = [
        f"<b>{r.product}</b><br>{r.aanbieder}",
        (parent.tr("Rating (1 poor – 5 good)"), score),
        (parent.tr("Experience"), tekst),
    ]
    return widgets.vraag(
        parent,
        parent.tr("Experience with this provider"),
        inhoud,
        lambda: (score.value(), tekst.toPlainText().strip() or None),
    )


def vraag_wachttijd(parent: QWidget, r: Zoekresultaat) -> int | None:
    weken = QSpinBox()
    weken.setRange(0, 104)
    weken.setValue(r.wachttijd_weken or 0)
    weken.setSuffix(parent.tr(" weeks"))
    inhoud = [f"<b>{r.product}</b><br>{r.aanbieder}", (parent.tr("Waiting time today"), weken)]
    return widgets.vraag(parent, parent.tr("Waiting time"), inhoud, weken.value)


class ZoekPaneel(QWidget):
    """Search contracted care; with a case: suggestions for the case and the family's choice."""

    gekozen = Signal(object)  # Keuze
    resultaten_binnen = Signal()

    def __init__(
        self,
        db: Database,
        casus_id: uuid.UUID | None = None,
        beheerder: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.db = db
        self.casus_id = casus_id
        self.beheerder = beheerder
        self.suggesties: Casussuggesties | None = None
        self._volgnummer = 0
        self._taken: list[Taak] = []
        self._lopend = 0

        self.kop = kop(
            self.tr("Find care") if casus_id is None else self.tr("Find care for this case")
        )
        self.voor = QLabel()  # "for whom": jeugdige, age, gemeente
        self.voor.setWordWrap(True)
        self.woorden = QLabel()  # the case's words the search started from
        self.woorden.setWordWrap(True)
        self.woorden.setStyleSheet("color:#555;")

        self.tekst = QLineEdit()
        self.tekst.setClearButtonEnabled(True)
        self.tekst.setPlaceholderText(
            self.tr("Search problem, product, provider or method, e.g. 'dyslexia', 'parenting'")
        )
        self.tekst.setAccessibleName(self.tr("Search text"))

        self.jeugdige = QComboBox()
        self.leeftijd = QSpinBox()
        self.leeftijd.setRange(-1, 30)
        self.leeftijd.setSpecialValueText(self.tr("any age"))
        self.leeftijd.setValue(-1)
        self.leeftijd.setSuffix(self.tr(" years"))
        self.gemeente = QComboBox()
        self.segment = QComboBox()
        self.categorie = QComboBox()
        self.setting = QComboBox()
        self.identiteit = QComboBox()
        self.max_wacht = QSpinBox()
        self.max_wacht.setRange(-1, 104)
        self.max_wacht.setSpecialValueText(self.tr("no limit"))
        self.max_wacht.setValue(-1)
        self.max_wacht.setSuffix(self.tr(" weeks"))
        self.datum = DatumVeld()
        self.datum.zet(date.today())
        self.datum.setToolTip(self.tr("Only contracts valid on this date count"))
        self._vul_filters()

        filters = QGridLayout()
        velden = [
            (self.tr("Young person"), self.jeugdige),
            (self.tr("Age"), self.leeftijd),
            (self.tr("Municipality"), self.gemeente),
            (self.tr("Segment"), self.segment),
            (self.tr("Category"), self.categorie),
            (self.tr("Setting"), self.setting),
            (self.tr("Identity"), self.identiteit),
            (self.tr("Max. waiting time"), self.max_wacht),
            (self.tr("Contract valid on"), self.datum),
        ]
        if casus_id is None:
            velden = velden[1:]
            self.jeugdige.hide()
        for i, (label, veld) in enumerate(velden):
            lbl = QLabel(label)
            lbl.setBuddy(veld)
            filters.addWidget(lbl, (i // 4) * 2, i % 4)
            filters.addWidget(veld, (i // 4) * 2 + 1, i % 4)

        self.model = ResultatenModel(self)
        self.tabel = QTableView()
        self.tabel.setTabKeyNavigation(False)  # Tab leaves it; arrows move inside
        self.tabel.setAccessibleName(self.tr("Offers found"))
        self.tabel.setAccessibleDescription(self.tr("Enter chooses the selected offer"))
        self.tabel.setModel(self.model)
        self.tabel.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabel.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tabel.verticalHeader().hide()
        self.tabel.setAlternatingRowColors(True)
        kop_h = self.tabel.horizontalHeader()
        kop_h.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        kop_h.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        kop_h.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tabel.selectionModel().currentRowChanged.connect(self._toon_detail)
        self.tabel.activated.connect(lambda _i: self.kies())  # Enter or a double click

        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setObjectName("zoekdetail")
        self.detail.setStyleSheet(
            "QLabel#zoekdetail { background:#f4f6f7; border:1px solid #d5d8dc; border-radius:4px;"
            " padding:8px; }"
        )
        self.detail.setMinimumHeight(90)
        self.status = QLabel()
        self.fout = QLabel()
        self.fout.setStyleSheet("color:#c0392b;")
        self.fout.setWordWrap(True)
        self.fout.hide()

        self.knop_kies = QPushButton(self.tr("&Family chooses this…"))
        self.knop_kies.setToolTip(
            self.tr("Record this choice with the family's reason and request the allocation")
        )
        self.knop_kies.clicked.connect(self.kies)
        self.knop_kies.setVisible(casus_id is not None)
        self.knop_ervaring = QPushButton(self.tr("Add &experience…"))
        self.knop_ervaring.clicked.connect(self.ervaring_toevoegen)
        self.knop_wachttijd = QPushButton(self.tr("Change &waiting time…"))
        self.knop_wachttijd.clicked.connect(self.wachttijd_wijzigen)
        self.knop_wachttijd.setVisible(beheerder)
        knoppen = QHBoxLayout()
        knoppen.addWidget(self.status, 1)
        knoppen.addWidget(self.knop_ervaring)
        knoppen.addWidget(self.knop_wachttijd)
        knoppen.addWidget(self.knop_kies)

        lay = QVBoxLayout(self)
        lay.addWidget(self.kop)
        lay.addWidget(self.voor)
        lay.addWidget(self.tekst)
        lay.addWidget(self.woorden)
        lay.addLayout(filters)
        lay.addWidget(self.fout)
        lay.addWidget(self.tabel, 1)
        lay.addWidget(self.detail)
        lay.addLayout(knoppen)
        self._kies_knoppen()

        self._pauze = QTimer(self)
        self._pauze.setSingleShot(True)
        self._pauze.setInterval(ZOEK_PAUZE_MS)
        self._pauze.timeout.connect(self.zoek_nu)
        self.tekst.textChanged.connect(lambda _t: self._pauze.start())
        self.datum.textEdited.connect(lambda _t: self._pauze.start())
        for spin in (self.leeftijd, self.max_wacht):
            spin.valueChanged.connect(lambda _v: self._pauze.start())
        for combo in (self.gemeente, self.segment, self.categorie, self.setting, self.identiteit):
            combo.currentIndexChanged.connect(lambda _i: self._pauze.start())
        self.jeugdige.currentIndexChanged.connect(lambda _i: self.zoek_nu())
        if casus_id is not None:
            self._vul_jeugdigen()
        self.zoek_nu()

    # -- set-up
    def _vul_filters(self) -> None:
        try:
            keuzes = zoeken_catalogus.filterkeuzes(self.db)
        except Fout:  # an empty catalogue still shows the screen (the search says so)
            keuzes = zoeken_catalogus.Filterkeuzes((), (), (), {})
        self.gemeente.addItem(self.tr("all municipalities"), None)
        for g in keuzes.gemeenten:
            self.gemeente.addItem(g, g)
        self.segment.addItem(self.tr("all segments"), None)
        for s in range(1, 6):
            self.segment.addItem(str(s), s)
        self.categorie.addItem(self.tr("all categories"), None)
        for code, omschrijving in keuzes.categorieen.items():
            self.categorie.addItem(f"{code} – {omschrijving}", code)
        self.setting.addItem(self.tr("every setting"), None)
        for s in keuzes.settings:
            self.setting.addItem(s, s)
        self.identiteit.addItem(self.tr("any identity"), None)
        for i in keuzes.identiteiten:
            self.identiteit.addItem(i, i)

    def _vul_jeugdigen(self) -> None:

        d = casussen.casus_detail(self.db, self.casus_id)
        self.gemeente_casus = d.gemeente
        self.jeugdige.blockSignals(True)
        self.jeugdige.clear()
        for p in d.personen:
            if p.rol == "jeugdige":
                leeftijd = p.leeftijd()
                tekst = p.naam or p.ref
                if leeftijd is not None:
                    tekst += self.tr(" (%1 years)").replace("%1", str(leeftijd))
                self.jeugdige.addItem(tekst, p.id)
        self.jeugdige.blockSignals(False)
        # In the case the gemeente and age come from the case; they are shown, not filters.
        self.gemeente.setEnabled(False)
        self.leeftijd.setEnabled(False)

    # -- searching
    def filters(self) -> dict:
        """The current filters as plain values (also what is recorded with a choice)."""
        try:
            datum = self.datum.waarde()
        except ValueError:
            datum = None
        uit = {
            "leeftijd": self.leeftijd.value() if self.leeftijd.value() >= 0 else None,
            "gemeente": self.gemeente.currentData(),
            "segment": self.segment.currentData(),
            "categorie": self.categorie.currentData(),
            "setting": self.setting.currentData(),
            "identiteit": self.identiteit.currentData(),
            "max_wachttijd": self.max_wacht.value() if self.max_wacht.value() >= 0 else None,
            "datum": datum,
        }
        return uit

    def zoek_nu(self) -> None:
        self._pauze.stop()
        try:
            datum = self.datum.waarde()
        except ValueError:
            self._toon_fout(self.tr("Contract valid on: type a date as dd-mm-yyyy"))
            return
        f = self.filters()
        f["datum"] = datum
        tekst = self.tekst.text()
        self._volgnummer += 1
        nummer = self._volgnummer
        self.status.setText(self.tr("Searching…"))
        if self.casus_id is not None:
            jeugdige_id = self.jeugdige.currentData()

            def werk():
                return zoeken_catalogus.zoek_voor_casus(
                    self.db,
                    self.casus_id,
                    jeugdige_id=jeugdige_id,
                    tekst=tekst,
                    datum=f["datum"],
                    segment=f["segment"],
                    setting=f["setting"],
                    max_wachttijd=f["max_wachttijd"],
                    identiteit=f["identiteit"],
                    categorie=f["categorie"],
                    limiet=50,
                )
        else:

            def werk():
                return zoeken_catalogus.zoek(self.db, tekst, limiet=100, **f)

        taak = Taak(werk)
        self._taken.append(taak)
        self._lopend += 1
        taak.signalen.klaar.connect(lambda uit, n=nummer: self._binnen(n, uit))
        taak.signalen.mislukt.connect(lambda fout, n=nummer: self._mislukt(n, fout))
        taak.start()

    @property
    def bezig(self) -> bool:
        return self._lopend > 0

    def _klaar(self) -> None:
        self._lopend -= 1
        if self._lopend == 0:
            self._taken.clear()

    def _binnen(self, nummer: int, uitkomst) -> None:
        self._klaar()
        if nummer != self._volgnummer:  # the user typed on; a newer search is under way
            return
        self.fout.hide()
        if isinstance(uitkomst, Casussuggesties):
            self.suggesties = uitkomst
            rijen = list(uitkomst.resultaten)
            self._toon_casus(uitkomst)
        else:
            rijen = list(uitkomst)
        self.model.zet(rijen)
        if rijen:
            self.tabel.selectRow(0)
            self.status.setText(
                self.tr("%1 options, best fit first").replace("%1", str(len(rijen)))
            )
        else:
            self._toon_detail()
            self.status.setText(self.tr("Nothing contracted fits. Try fewer words or filters."))
        self._kies_knoppen()
        self.resultaten_binnen.emit()

    def _mislukt(self, nummer: int, fout: str) -> None:
        self._klaar()
        if nummer == self._volgnummer:
            self._toon_fout(fout)

    def _toon_fout(self, tekst: str) -> None:
        self.fout.setText(tekst)
        self.fout.show()
        self.status.setText("")

    def _toon_casus(self, s: Casussuggesties) -> None:
        wie = s.jeugdige or self.tr("no young person registered")
        leeftijd = (
            self.tr("%1 years").replace("%1", str(s.leeftijd)) if s.leeftijd is not None else "?"
        )
        self.voor.setText(
            self.tr("For <b>%1</b> (%2) · contracted in <b>%3</b> · contracts valid on %4")
            .replace("%1", wie)
            .replace("%2", leeftijd)
            .replace("%3", s.gemeente)
            .replace("%4", fmt_datum(s.datum))
        )
        bronnen = {"hulpvraag": "hulpvraag", "factor": "analyse", "doel": "doelen"}
        # Only the case's words that found something: the others are noise to the family.
        redenen = gevouwen(" ".join(r.reden for r in s.resultaten))
        gebruikt = [t for t in s.zoekwoorden if t.bron in bronnen]
        raak = [f"{t.woord} <i>({bronnen[t.bron]})</i>" for t in gebruikt if t.woord in redenen]
        if not gebruikt:
            tekst = self.tr("The case has no hulpvraag, factors or goals yet: type what is needed.")
        elif not raak:
            tekst = self.tr("No word from the case matches the catalogue: type what is needed.")
        else:
            tekst = self.tr("Found with words from the case: %1").replace("%1", ", ".join(raak))
        self.woorden.setText(tekst)
        self.leeftijd.blockSignals(True)
        self.leeftijd.setValue(s.leeftijd if s.leeftijd is not None else -1)
        self.leeftijd.blockSignals(False)
        i = self.gemeente.findData(s.gemeente)
        self.gemeente.blockSignals(True)
        self.gemeente.setCurrentIndex(max(i, 0))
        self.gemeente.blockSignals(False)

    # -- the chosen row
    def huidig(self) -> Zoekresultaat | None:
        return self.model.rij(self.tabel.currentIndex().row())

    def _kies_knoppen(self) -> None:
        er_is = self.huidig() is not None
        for knop in (self.knop_kies, self.knop_ervaring, self.knop_wachttijd):
            knop.setEnabled(er_is)

    def _toon_detail(self, *_args) -> None:
        r = self.huidig()
        self._kies_knoppen()
        if r is None:
            self.detail.setText("")
            return
        onder = (
            self.tr("<br>Subcontractor of %1 (responsible main contractor)").replace(
                "%1", r.hoofdaannemer
            )
            if r.hoofdaannemer
            else ""
        )
        leeftijd = ""
        if r.leeftijd_van is not None or r.leeftijd_tot is not None:
            leeftijd = f"{r.leeftijd_van if r.leeftijd_van is not None else 0}–{r.leeftijd_tot if r.leeftijd_tot is not None else '…'}"
        contract = ", ".join(r.gemeenten)
        if r.contract_tot:
            contract += self.tr(" until %1").replace("%1", fmt_datum(r.contract_tot))
        self.detail.setText(
            f"<b>{r.product}</b> ({r.productcode}, categorie {r.productcategorie}) – "
            f"<b>{r.aanbieder}</b> (AGB {r.aanbieder_agb}){onder}<br>"
            + self.tr("Segment %1 · %2 · age %3 · identity %4")
            .replace("%1", str(r.segment))
            .replace("%2", r.setting)
            .replace("%3", leeftijd or "–")
            .replace("%4", r.identiteit or "–")
            + "<br>"
            + self.tr("Waiting time %1 · rate %2 · contracted for %3")
            .replace("%1", wachttijd_tekst(r))
            .replace("%2", tarief_tekst(r))
            .replace("%3", contract or "–")
            + "<br>"
            + self.tr("Colleagues: %1").replace(
                "%1", _sterren(r.ervaringen_gemiddeld, r.ervaringen_aantal)
            )
            + "<br><i>"
            + self.tr("Why: %1").replace("%1", r.reden)
            + "</i>"
        )

    def kies(self) -> Keuze | None:
        """The family chooses the selected option: ask their reason and hand the choice on."""
        r = self.huidig()
        if r is None or self.casus_id is None:
            return None
        reden = vraag_reden(self, r)
        if not reden:
            return None
        self.model.besproken.add(ResultatenModel.sleutel(r))
        besproken = tuple(
            x for x in self.model.rijen if ResultatenModel.sleutel(x) in self.model.besproken
        )
        keuze = Keuze(
            resultaat=r,
            besproken=besproken,
            reden=reden,
            zoekvraag=self.tekst.text().strip(),
            filters=self.filters(),
            jeugdige_id=self.jeugdige.currentData() if self.casus_id else None,
        )
        self.gekozen.emit(keuze)
        return keuze

    def ervaring_toevoegen(self) -> None:
        r = self.huidig()
        if r is None:
            return
        antwoord = vraag_ervaring(self, r)
        if antwoord is None:
            return
        try:
            catalogus_beheer.voeg_ervaring_toe(self.db, r.aanbieder_agb, r.productcode, *antwoord)
        except (Fout, Validatiefout) as e:
            widgets.meld_fout(self, self.tr("Experience"), str(e))
            return
        self.zoek_nu()

    def wachttijd_wijzigen(self) -> None:
        r = self.huidig()
        if r is None:
            return
        weken = vraag_wachttijd(self, r)
        if weken is None:
            return
        try:
            catalogus_beheer.zet_wachttijd(self.db, r.aanbieder_agb, r.productcode, weken)
        except (Fout, Validatiefout) as e:
            widgets.meld_fout(self, self.tr("Waiting time"), str(e))
            return
        self.zoek_nu()
