"""The meldcode huiselijk geweld en kindermishandeling of a case: a stepper over the five steps,
each with date, who, role and the reasoning; step 4 with the afwegingskader, step 5 with its
two decisions. Every field saves as it is edited (per field, like the plans)."""

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jeugdloket.db import Database
from jeugdloket.fouten import Fout, Validatiefout
from jeugdloket.regels.veiligheid import AFWEGINGEN, ROLLEN, STAPPEN
from jeugdloket.services import meldcode
from jeugdloket.ui import widgets
from jeugdloket.ui.casussen.casustab import CasusTab
from jeugdloket.ui.intake.verkennen import TEKST_VERTRAGING_MS
from jeugdloket.ui.veldconflict import bewaar_per_veld

# Short labels of the stepper and a line of guidance per step (translated where shown).
KORT = {
    1: QT_TRANSLATE_NOOP("Meldcode", "Signals"),
    2: QT_TRANSLATE_NOOP("Meldcode", "Consultation"),
    3: QT_TRANSLATE_NOOP("Meldcode", "Conversation"),
    4: QT_TRANSLATE_NOOP("Meldcode", "Weighing"),
    5: QT_TRANSLATE_NOOP("Meldcode", "Deciding"),
}
UITLEG = {
    1: QT_TRANSLATE_NOOP(
        "Meldcode",
        "Which signals do you see or hear? Write down facts: what, when, from whom. "
        "Keep what you see apart from what you think.",
    ),
    2: QT_TRANSLATE_NOOP(
        "Meldcode",
        "Discuss the signals with an expert colleague or the aandachtsfunctionaris. "
        "Ask Veilig Thuis for advice if needed (0800-2000).",
    ),
    3: QT_TRANSLATE_NOOP(
        "Meldcode",
        "Discuss the signals with the parent(s) and, where possible, the young person. "
        "What do they say?",
    ),
    4: QT_TRANSLATE_NOOP(
        "Meldcode",
        "Weigh the risk, its nature and severity with the afwegingskader (five questions).",
    ),
    5: QT_TRANSLATE_NOOP(
        "Meldcode",
        "Decide about reporting and about help: both questions get yes or no, with the reason.",
    ),
}


def _vertaal(tekst: str) -> str:
    return QCoreApplication.translate("Meldcode", tekst)


# ---------------------------------------------------------------- dialog route (tests replace)


def vraag_datum(parent: QWidget, titel: str, label: str) -> date | None:
    veld = widgets.DatumVeld()
    veld.zet(date.today())

    def antwoord() -> date | None:
        try:
            return veld.waarde()
        except ValueError:
            return None

    return widgets.vraag(parent, titel, [(label, veld)], antwoord)


def _ja_nee(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem(_vertaal(QT_TRANSLATE_NOOP("Meldcode", "(not decided yet)")), None)
    combo.addItem(_vertaal(QT_TRANSLATE_NOOP("Meldcode", "Yes")), True)
    combo.addItem(_vertaal(QT_TRANSLATE_NOOP("Meldcode", "No")), False)
    return combo


def _zet_combo(combo: QComboBox, waarde: Any) -> None:
    for i in range(combo.count()):
        if combo.itemData(i) is waarde or combo.itemData(i) == waarde:
            combo.setCurrentIndex(i)
            return
    if combo.isEditable():
        combo.setEditText(waarde or "")
    else:
        combo.setCurrentIndex(0)


class StapFormulier(QWidget):
    """The fields of one step; step 4 adds the afwegingen, step 5 the two decisions."""

    def __init__(self, stap: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.stap = stap
        titel = widgets.kop(f"{stap}. {STAPPEN[stap]}", 12)
        uitleg = QLabel(_vertaal(UITLEG[stap]))
        uitleg.setWordWrap(True)
        uitleg.setStyleSheet("color:#555;")
        self.datum = widgets.DatumVeld()
        self.wie = QLineEdit()
        self.wie.setPlaceholderText(self.tr("Name of the colleague"))
        self.rol = QComboBox()
        self.rol.setEditable(True)
        self.rol.addItem("", None)
        for rol in ROLLEN:
            self.rol.addItem(rol, rol)
        self.toelichting = widgets.tekstveld(self.tr("What was seen, discussed and weighed"), 90)
        self.toelichting.setMaximumHeight(160)
        self.velden: dict[str, QWidget] = {
            "datum": self.datum,
            "wie": self.wie,
            "rol": self.rol,
            "toelichting": self.toelichting,
        }
        self.houders = {n: widgets.VeldMetFout(w) for n, w in self.velden.items()}
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.houders["datum"])
        form.addRow(self.tr("Who"), self.houders["wie"])
        form.addRow(self.tr("Role"), self.houders["rol"])
        form.addRow(self.tr("Reasoning"), self.houders["toelichting"])
        lay = QVBoxLayout(self)
        lay.addWidget(titel)
        lay.addWidget(uitleg)
        lay.addLayout(form)

        self.afwegingen: dict[str, QComboBox] = {}
        if stap == 4:
            groep = QGroupBox(self.tr("Afwegingskader"))
            raster = QGridLayout(groep)
            raster.setColumnStretch(0, 1)
            for rij, (nummer, vraag) in enumerate(AFWEGINGEN.items()):
                combo = QComboBox()
                combo.addItem(self.tr("(not answered)"), None)
                combo.addItem(self.tr("yes"), "ja")
                combo.addItem(self.tr("no"), "nee")
                combo.setMinimumWidth(190)
                combo.setAccessibleName(f"Afweging {nummer}: {vraag}")
                self.afwegingen[nummer] = combo
                label = QLabel(f"{nummer}. {vraag}")
                label.setWordWrap(True)
                label.setBuddy(combo)
                raster.addWidget(label, rij, 0)
                raster.addWidget(combo, rij, 1, Qt.AlignmentFlag.AlignTop)
            self.houders["afwegingen"] = widgets.VeldMetFout(groep)
            # The afwegingen are what step 4 is about: above the general fields.
            lay.insertWidget(2, self.houders["afwegingen"])
            volgorde = [*self.afwegingen.values(), self.datum, self.wie, self.rol, self.toelichting]
            for eerst, dan in zip(volgorde, volgorde[1:], strict=False):
                QWidget.setTabOrder(eerst, dan)

        self.besluit: dict[str, QWidget] = {}
        if stap == 5:
            self.melden = _ja_nee(self)
            self.melden.setObjectName("melden_noodzakelijk")
            self.melden_toelichting = widgets.tekstveld(self.tr("Why (not)?"), 60)
            self.gemeld_op = widgets.DatumVeld()
            self.hulp = _ja_nee(self)
            self.hulp.setObjectName("hulp_mogelijk")
            self.hulp_toelichting = widgets.tekstveld(
                self.tr("Which help, by whom – or why not"), 60
            )
            self.besluit = {
                "melden_noodzakelijk": self.melden,
                "melden_toelichting": self.melden_toelichting,
                "gemeld_op": self.gemeld_op,
                "hulp_mogelijk": self.hulp,
                "hulp_toelichting": self.hulp_toelichting,
            }
            for n, w in self.besluit.items():
                self.houders[n] = widgets.VeldMetFout(w)
            for veld in (self.melden_toelichting, self.hulp_toelichting):
                veld.setMaximumHeight(110)
            melden = QGroupBox(self.tr("Decision 1: is reporting to Veilig Thuis necessary?"))
            fm = QFormLayout(melden)
            fm.addRow(self.tr("Reporting necessary"), self.houders["melden_noodzakelijk"])
            fm.addRow(self.tr("Reasoning"), self.houders["melden_toelichting"])
            fm.addRow(self.tr("Reported to Veilig Thuis on"), self.houders["gemeld_op"])
            hulp = QGroupBox(self.tr("Decision 2: is giving or organising help (also) possible?"))
            fh = QFormLayout(hulp)
            fh.addRow(self.tr("Help possible"), self.houders["hulp_mogelijk"])
            fh.addRow(self.tr("Reasoning"), self.houders["hulp_toelichting"])
            # The two decisions are what step 5 is about: above the general fields, and
            # first in the keyboard order too.
            lay.insertWidget(2, melden)
            lay.insertWidget(3, hulp)
            volgorde = [*self.besluit.values(), self.datum, self.wie, self.rol, self.toelichting]
            for eerst, dan in zip(volgorde, volgorde[1:], strict=False):
                QWidget.setTabOrder(eerst, dan)
        lay.addStretch(1)

    def eerste_veld(self) -> QWidget:
        """Where the keyboard starts on this step (what the step is about comes first)."""
        if self.besluit:
            return self.melden
        return self.afwegingen.get("1") or self.datum

    def zet(self, stap: meldcode.StapData, traject: meldcode.TrajectData) -> None:
        self.datum.zet(stap.datum)
        self.wie.setText(stap.wie or "")
        _zet_combo(self.rol, stap.rol)
        if self.toelichting.toPlainText() != (stap.toelichting or ""):
            self.toelichting.setPlainText(stap.toelichting or "")
        for nummer, combo in self.afwegingen.items():
            _zet_combo(combo, stap.afwegingen.get(nummer))
        if self.besluit:
            _zet_combo(self.melden, traject.melden_noodzakelijk)
            _zet_combo(self.hulp, traject.hulp_mogelijk)
            self.gemeld_op.zet(traject.gemeld_op)
            for naam in ("melden_toelichting", "hulp_toelichting"):
                veld = self.besluit[naam]
                if veld.toPlainText() != (getattr(traject, naam) or ""):
                    veld.setPlainText(getattr(traject, naam) or "")
            self.houders["gemeld_op"].setEnabled(traject.melden_noodzakelijk is not False)

    def afwegingen_waarde(self) -> dict[str, str]:
        return {n: c.currentData() for n, c in self.afwegingen.items() if c.currentData()}


class MeldcodePagina(CasusTab):
    """One traject at a time: choose it, walk the steps, close it when step 5 is decided."""

    def __init__(self, db: Database, casus_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(db, casus_id, parent)
        self.data: meldcode.MeldcodeData | None = None
        self.traject: meldcode.TrajectData | None = None

        self.trajecten = QComboBox()
        self.trajecten.setObjectName("trajecten")
        self.trajecten.setAccessibleName(self.tr("Meldcode procedure"))
        self.starten = QPushButton(self.tr("&Start a meldcode procedure…"))
        self.afronden = QPushButton(self.tr("&Close the procedure…"))
        self.stand = QLabel()
        self.stand.setObjectName("meldcodestand")
        # One line, not wrapped: a wrapped label gets squeezed to nothing above the stepper.
        self.stand.setMinimumHeight(30)
        boven = QHBoxLayout()
        boven.addWidget(QLabel(self.tr("Procedure")))
        boven.addWidget(self.trajecten, 1)
        boven.addWidget(self.starten)
        boven.addWidget(self.afronden)

        # The stepper: five buttons in order (Alt+1 … Alt+5), the current one pressed.
        self.stapknoppen: dict[int, QPushButton] = {}
        self.groep = QButtonGroup(self)
        self.groep.setExclusive(True)
        stepper = QHBoxLayout()
        stepper.setSpacing(4)
        for n in STAPPEN:
            knop = QPushButton()
            knop.setObjectName(f"stap{n}")
            knop.setCheckable(True)
            knop.setMinimumHeight(34)
            knop.setStyleSheet(
                "QPushButton { text-align:left; padding:4px 10px; }"
                "QPushButton:checked { background:#1F5A73; color:white; font-weight:bold; }"
            )
            knop.setToolTip(f"Alt+{n}")
            # Alt+1 … Alt+5 while the meldcode page has focus (not a mnemonic: the intake
            # tab uses Alt+digits too).
            sneltoets = QShortcut(QKeySequence(f"Alt+{n}"), self, lambda n=n: self.toon_stap(n))
            sneltoets.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.groep.addButton(knop, n)
            self.stapknoppen[n] = knop
            stepper.addWidget(knop, 1)
        self.stapel = QStackedWidget()
        self.formulieren = {n: StapFormulier(n) for n in STAPPEN}
        for n in STAPPEN:
            self.stapel.addWidget(self.formulieren[n])
        self.vorige = QPushButton(self.tr("← Previous step"))
        self.volgende = QPushButton(self.tr("Next step →"))
        nav = QHBoxLayout()
        nav.addWidget(self.vorige)
        nav.addStretch(1)
        nav.addWidget(self.volgende)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.stapel)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(boven)
        lay.addWidget(self.stand)
        lay.addLayout(stepper)
        lay.addWidget(scroll, 1)
        lay.addLayout(nav)

        self.autosave = widgets.Autosave(self._bewaar, self, TEKST_VERTRAGING_MS)
        for n, formulier in self.formulieren.items():
            for naam, houder in formulier.houders.items():
                if naam != "afwegingen":
                    self.autosave.volg(f"{n}.{naam}", houder)
            for combo in formulier.afwegingen.values():
                combo.currentIndexChanged.connect(
                    lambda _i, f=formulier: self._bewaar_afwegingen(f)
                )
        self.groep.idClicked.connect(self.toon_stap)
        self.vorige.clicked.connect(lambda: self.toon_stap(self.stapel.currentIndex()))
        self.volgende.clicked.connect(lambda: self.toon_stap(self.stapel.currentIndex() + 2))
        self.trajecten.currentIndexChanged.connect(self._kies_traject)
        self.starten.clicked.connect(self._start)
        self.afronden.clicked.connect(self._rond_af)
        self.toon_stap(1)

    # -- showing
    def zet(self, data: meldcode.MeldcodeData, nummer: int | None = None) -> None:
        self.autosave.bewaar_alles()
        self.data = data
        if nummer is None:
            nummer = self.traject.nummer if self.traject else None
        if nummer is None or all(t.nummer != nummer for t in data.trajecten):
            nummer = data.trajecten[-1].nummer if data.trajecten else None
        self.trajecten.blockSignals(True)
        self.trajecten.clear()
        for t in data.trajecten:
            if t.open:
                tekst = self.tr("Procedure %1, started %2 – in progress")
            else:
                tekst = self.tr("Procedure %1, started %2 – closed %3").replace(
                    "%3", widgets.fmt_datum(t.afgerond_op)
                )
            self.trajecten.addItem(
                tekst.replace("%1", str(t.nummer)).replace("%2", widgets.fmt_datum(t.gestart_op)),
                t.nummer,
            )
        if nummer is not None:
            self.trajecten.setCurrentIndex(self.trajecten.findData(nummer))
        self.trajecten.blockSignals(False)
        self.traject = next((t for t in data.trajecten if t.nummer == nummer), None)
        self._toon_traject()

    def _toon_traject(self) -> None:
        t = self.traject
        self.starten.setEnabled(self.data is not None and self.data.lopend is None)
        self.afronden.setEnabled(t is not None and t.open)
        self.trajecten.setEnabled(t is not None)
        if t is None:
            self.stand.setText(
                self.tr(
                    "No meldcode procedure for this case. Start one when you see signs of "
                    "domestic violence or child abuse."
                )
            )
        elif t.open:
            self.stand.setText(
                self.tr("Procedure %1 is in progress since %2: the case list shows a signal.")
                .replace("%1", str(t.nummer))
                .replace("%2", widgets.fmt_datum(t.gestart_op))
            )
        else:
            self.stand.setText(
                self.tr("Procedure %1 was closed on %2.")
                .replace("%1", str(t.nummer))
                .replace("%2", widgets.fmt_datum(t.afgerond_op))
            )
        self.stand.setStyleSheet(
            "background:#f4ecf7; color:#5b2c6f; border:1px solid #c39bd3; border-radius:4px;"
            " padding:6px;"
            if t is not None and t.open
            else "color:#555;"
        )
        self.autosave.actief = False
        for n, formulier in self.formulieren.items():
            stap = t.stappen[n] if t else meldcode.StapData(n)
            leeg_traject = meldcode.TrajectData(0, date.today(), None, {})
            formulier.zet(stap, t or leeg_traject)
            formulier.setEnabled(t is not None and t.open)
            klaar = self._besloten(t) if n == 5 else stap.ingevuld
            tekst = f"{'✓ ' if klaar else ''}{n}  {_vertaal(KORT[n])}"
            self.stapknoppen[n].setText(tekst)
            self.stapknoppen[n].setAccessibleName(
                self.tr("Step %1: %2").replace("%1", str(n)).replace("%2", _vertaal(KORT[n]))
                + (self.tr(" (completed)") if klaar else "")
            )
            self.stapknoppen[n].setEnabled(t is not None)
        self.autosave.actief = True
        self.autosave.onthoud()

    @staticmethod
    def _besloten(t: meldcode.TrajectData | None) -> bool:
        return t is not None and t.melden_noodzakelijk is not None and t.hulp_mogelijk is not None

    def toon_stap(self, n: int) -> None:
        n = min(max(n, 1), 5)
        self.stapel.setCurrentIndex(n - 1)
        self.stapknoppen[n].setChecked(True)
        self.vorige.setEnabled(n > 1)
        self.volgende.setEnabled(n < 5)
        self.formulieren[n].eerste_veld().setFocus()

    def _kies_traject(self, _index: int) -> None:
        self.autosave.bewaar_alles()
        nummer = self.trajecten.currentData()
        self.traject = next((t for t in self.data.trajecten if t.nummer == nummer), None)
        self._toon_traject()

    def _herlaad(self) -> None:
        self.zet(meldcode.meldcode(self.db, self.casus_id))

    # -- saving
    def _bewaar(self, naam: str, waarde: Any) -> None:
        stap_tekst, veld = naam.split(".", 1)
        stap, t = int(stap_tekst), self.traject
        if veld in (
            "melden_noodzakelijk",
            "melden_toelichting",
            "gemeld_op",
            "hulp_mogelijk",
            "hulp_toelichting",
        ):
            opgeslagen, data = bewaar_per_veld(
                self,
                lambda b: meldcode.zet_besluit(self.db, self.casus_id, t.nummer, {veld: waarde}, b),
                {veld: getattr(t, veld)},
                self._herlaad,
            )
        else:
            opgeslagen, data = bewaar_per_veld(
                self,
                lambda b: meldcode.zet_stap(
                    self.db, self.casus_id, t.nummer, stap, {veld: waarde}, b
                ),
                {veld: getattr(t.stappen[stap], veld)},
                self._herlaad,
            )
        if not opgeslagen:
            return
        self._na_opslaan(data, stap)

    def _bewaar_afwegingen(self, formulier: StapFormulier) -> None:
        if not self.autosave.actief or self.traject is None:
            return
        t, houder = self.traject, formulier.houders["afwegingen"]
        waarde = formulier.afwegingen_waarde()
        try:
            opgeslagen, data = bewaar_per_veld(
                self,
                lambda b: meldcode.zet_stap(
                    self.db, self.casus_id, t.nummer, 4, {"afwegingen": waarde}, b
                ),
                {"afwegingen": t.stappen[4].afwegingen or None},
                self._herlaad,
            )
        except Validatiefout as e:
            houder.toon_fout(e.fouten.get("afwegingen") or str(e))
            return
        houder.toon_fout(None)
        if opgeslagen:
            self._na_opslaan(data, 4)

    def _na_opslaan(self, data: meldcode.MeldcodeData, stap: int) -> None:
        self.data = data
        self.traject = next(t for t in data.trajecten if t.nummer == self.traject.nummer)
        # Only the marks of the stepper change; the fields keep what is being typed.
        for n in STAPPEN:
            s = self.traject.stappen[n]
            klaar = self._besloten(self.traject) if n == 5 else s.ingevuld
            self.stapknoppen[n].setText(f"{'✓ ' if klaar else ''}{n}  {_vertaal(KORT[n])}")
        formulier = self.formulieren[5]
        formulier.houders["gemeld_op"].setEnabled(self.traject.melden_noodzakelijk is not False)
        self.gewijzigd.emit()

    def _start(self) -> None:
        datum = vraag_datum(self, self.tr("Start a meldcode procedure"), self.tr("Started on"))
        if datum is None:
            return
        try:
            data = meldcode.start_traject(self.db, self.casus_id, datum)
        except Fout as e:
            widgets.meld_fout(self, self.tr("Meldcode"), str(e))
            return
        self.zet(data, data.lopend.nummer)
        self.toon_stap(1)
        self.gewijzigd.emit()

    def _rond_af(self) -> None:
        self.autosave.bewaar_alles()
        if self.traject is None:
            return
        datum = vraag_datum(self, self.tr("Close the meldcode procedure"), self.tr("Closed on"))
        if datum is None:
            return
        try:
            data = meldcode.rond_af(self.db, self.casus_id, self.traject.nummer, datum)
        except Validatiefout as e:
            self.toon_stap(5)
            for veld, melding in e.fouten.items():
                if veld in self.formulieren[5].houders:
                    self.formulieren[5].houders[veld].toon_fout(melding)
            widgets.meld_fout(self, self.tr("Meldcode"), "\n".join(e.fouten.values()))
            return
        except Fout as e:
            widgets.meld_fout(self, self.tr("Meldcode"), str(e))
            return
        self.zet(data)
        self.gewijzigd.emit()

    def laad(self) -> None:
        self._herlaad()
