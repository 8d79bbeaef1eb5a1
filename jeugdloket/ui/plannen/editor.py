"""The Plannen tab of a case: the familiegroepsplan and a perspectiefplan per jeugdige of 16+,
written with the family in their own words, vastgesteld in versions, and handed over as PDF."""

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jeugdloket.db import Database
from jeugdloket.fouten import Fout
from jeugdloket.regels.plannen import FGP_STATUS, GEBIEDEN, KADERS_NA_18, leeftijd
from jeugdloket.services import plan_pdf, plannen
from jeugdloket.taal import vertaal
from jeugdloket.ui import widgets
from jeugdloket.ui.casussen.casustab import CasusTab, LuieCasusTab
from jeugdloket.ui.intake.verkennen import TEKST_VERTRAGING_MS
from jeugdloket.ui.plannen.planlijn import PlanLijnTab
from jeugdloket.ui.veldconflict import bewaar_per_veld

# ---------------------------------------------------------------- dialog routes (tests replace)


def kies_pdf_pad(parent: QWidget, voorstel: str) -> Path | None:
    pad, _ = QFileDialog.getSaveFileName(
        parent, parent.tr("Save plan as PDF"), voorstel, parent.tr("PDF (*.pdf)")
    )
    return Path(pad) if pad else None


def vraag_vaststelling(parent: QWidget, namen: list[str]) -> tuple[date, list[str]] | None:
    dlg = VaststelDialoog(namen, parent)
    if dlg.exec() != QDialog.DialogCode.Accepted:
        return None
    return dlg.uitkomst()


class VaststelDialoog(QDialog):
    """Vaststellen: on which date, and who was there."""

    def __init__(self, namen: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Adopt the plan"))
        self.datum = widgets.DatumVeld()
        self.datum.zet(date.today())
        self.lijst = QListWidget()
        for naam in namen:
            item = QListWidgetItem(vertaal(naam))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.lijst.addItem(item)
        self.anderen = QLineEdit()
        self.anderen.setPlaceholderText(self.tr("Others, separated by commas"))
        self.fout = QLabel()
        self.fout.setStyleSheet("color:#c0392b;")
        knoppen = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        knoppen.accepted.connect(self._ok)
        knoppen.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Adopted on"), self.datum)
        form.addRow(self.tr("Who were there"), self.lijst)
        form.addRow("", self.anderen)
        form.addRow(self.fout)
        form.addRow(knoppen)

    def uitkomst(self) -> tuple[date, list[str]]:
        namen = [
            self.lijst.item(i).text()
            for i in range(self.lijst.count())
            if self.lijst.item(i).checkState() == Qt.CheckState.Checked
        ]
        namen += [n.strip() for n in self.anderen.text().split(",") if n.strip()]
        return self.datum.waarde(), namen

    def _ok(self) -> None:
        try:
            datum, namen = self.uitkomst()
        except ValueError:
            self.fout.setText(self.tr("Adopted on: type a date as dd-mm-yyyy"))
            return
        if datum is None or not namen:
            self.fout.setText(self.tr("Fill in the date and who were there"))
            return
        self.accept()


# ---------------------------------------------------------------- shared pieces


def tekst(plaats: str, hoogte: int = 70) -> QPlainTextEdit:
    return widgets.tekstveld(plaats, hoogte)


def zet_tekst(veld: QWidget, waarde) -> None:
    if isinstance(veld, QPlainTextEdit):
        if veld.toPlainText() != (waarde or ""):
            veld.setPlainText(waarde or "")
    elif isinstance(veld, widgets.DatumVeld):
        veld.zet(date.fromisoformat(waarde[:10]) if waarde else None)
    else:
        veld.setText(waarde or "")


class RegelLijst(QWidget):
    """Rows of who / what / when (network tasks, actions of an area)."""

    gewijzigd = Signal(list)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.regels: list[dict] = []
        self.personen: list[tuple[str, str, str]] = []
        self.lijst = QListWidget()
        self.lijst.setMaximumHeight(90)
        self.lijst.setAccessibleName(self.tr("Agreements"))
        self.wie = QComboBox()
        self.wie.setAccessibleName(self.tr("Who"))
        self.wat = QLineEdit()
        self.wat.setPlaceholderText(self.tr("What"))
        self.wat.setAccessibleName(self.tr("What"))
        self.wanneer = QLineEdit()
        self.wanneer.setPlaceholderText(self.tr("When"))
        self.wanneer.setAccessibleName(self.tr("When"))
        self.toevoegen = QPushButton(self.tr("Add"))
        self.weg = QPushButton(self.tr("Remove"))
        rij = QHBoxLayout()
        rij.addWidget(self.wie, 2)
        rij.addWidget(self.wat, 4)
        rij.addWidget(self.wanneer, 2)
        rij.addWidget(self.toevoegen)
        rij.addWidget(self.weg)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.lijst)
        lay.addLayout(rij)
        self.toevoegen.clicked.connect(self._voeg_toe)
        self.weg.clicked.connect(self._verwijder)
        self.wat.returnPressed.connect(self._voeg_toe)

    def zet(self, regels: list[dict], personen: list[tuple[str, str, str]]) -> None:
        self.regels = [dict(r) for r in regels]
        if personen != self.personen:
            self.personen = personen
            self.wie.clear()
            self.wie.addItem(self.tr("(who?)"), None)
            for ref, naam, rol in personen:
                self.wie.addItem(f"{naam} ({rol})", ref)
        self.lijst.clear()
        namen = {ref: naam for ref, naam, _ in personen}
        for r in self.regels:
            delen = [namen.get(r.get("wie"), r.get("wie") or ""), r.get("wat") or ""]
            tekst_ = ": ".join(d for d in delen if d)
            if r.get("wanneer"):
                tekst_ += f" ({r['wanneer']})"
            self.lijst.addItem(tekst_)

    def _voeg_toe(self) -> None:
        if not self.wat.text().strip():
            self.wat.setFocus()
            return
        regel = {
            "wie": self.wie.currentData(),
            "wat": self.wat.text(),
            "wanneer": self.wanneer.text(),
        }
        self.regels.append({k: v for k, v in regel.items() if v})
        self.wat.clear()
        self.wanneer.clear()
        self.gewijzigd.emit(self.regels)

    def _verwijder(self) -> None:
        rij = self.lijst.currentRow()
        if 0 <= rij < len(self.regels):
            del self.regels[rij]
            self.gewijzigd.emit(self.regels)


class PlanKnoppen(QWidget):
    """Vaststellen, PDF, and what happened before (versions, exports)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.vaststellen = QPushButton(self.tr("Adopt this version…"))
        self.pdf = QPushButton(self.tr("PDF for the family…"))
        self.pdf.setToolTip(self.tr("Make the PDF of this plan for the family (Ctrl+P)"))
        self.historie = QLabel()
        self.historie.setWordWrap(True)
        self.historie.setStyleSheet("color:#555;")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addWidget(self.historie, 1)
        lay.addWidget(self.vaststellen)
        lay.addWidget(self.pdf)

    def toon(self, data: plannen.PlannenData, sleutel: str, soort: str, ref: str | None) -> None:
        delen = []
        versies = data.versies.get(sleutel, ())
        if versies:
            v = versies[-1]
            delen.append(
                self.tr("Version %1 adopted on %2 (present: %3).")
                .replace("%1", str(v.versie))
                .replace("%2", widgets.fmt_datum(v.vastgesteld_op))
                .replace("%3", ", ".join(v.aanwezig))
            )
        else:
            delen.append(self.tr("Not adopted yet: a PDF is marked CONCEPT."))
        exports = [e for e in data.exports if e.soort == soort and e.jeugdige_ref == ref]
        if exports:
            e = exports[0]
            delen.append(
                self.tr("Last PDF: %1 (%2 in total).")
                .replace("%1", widgets.fmt_datum(e.gemaakt_op))
                .replace("%2", str(len(exports)))
            )
        self.historie.setText(" ".join(delen))


def _maak_pdf(parent: QWidget, db: Database, casus_id, soort: str, ref: str | None, voorstel: str):
    pad = kies_pdf_pad(parent, voorstel)
    if pad is None:
        return None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return plan_pdf.maak_pdf(db, casus_id, soort, pad, jeugdige_ref=ref)
    except Fout as e:
        widgets.meld_fout(parent, parent.tr("PDF"), str(e))
        return None
    except OSError as e:
        widgets.meld_fout(
            parent,
            parent.tr("PDF"),
            parent.tr("Could not write %1: %2")
            .replace("%1", str(pad))
            .replace("%2", e.strerror or str(e)),
        )
        return None
    finally:
        QGuiApplication.restoreOverrideCursor()


# ---------------------------------------------------------------- familiegroepsplan


class FamiliegroepsplanTab(CasusTab):
    def __init__(self, db: Database, casus_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(db, casus_id, parent)
        self.data: plannen.PlannenData | None = None

        self.aangeboden_op = widgets.DatumVeld()
        self.aangeboden_door = QLineEdit()
        self.uitleg = tekst(self.tr("How was the plan explained to the family?"), 50)
        self.status = QComboBox()
        self.status.addItem(self.tr("(no answer yet)"), None)
        for code, omschrijving in FGP_STATUS.items():
            self.status.addItem(vertaal(omschrijving), code)
        self.reden_afgezien = tekst(self.tr("Why the family does not want its own plan"), 40)
        self.opgesteld_op = widgets.DatumVeld()
        self.deelnemers = QListWidget()
        self.deelnemers.setMaximumHeight(100)
        self.nieuwe_deelnemers = QLineEdit()
        self.nieuwe_deelnemers.setPlaceholderText(
            self.tr("Others who take part, separated by commas")
        )
        self.teksten = {
            "wat_is_er_aan_de_hand": tekst(self.tr("In the family's own words")),
            "wat_willen_we_bereiken": tekst(self.tr("In the family's own words")),
            "wat_doen_we_zelf": tekst(self.tr("What the family does itself")),
            "hulp_van_professionals": tekst(self.tr("Which help from professionals is needed?")),
            "afspraken_veiligheid": tekst(self.tr("Agreements about safety")),
            "evaluatie": tekst(self.tr("When and how do we check that it works?"), 50),
        }
        self.netwerk = RegelLijst()
        self.doelen = QListWidget()
        self.doelen.setMaximumHeight(90)
        self.knoppen = PlanKnoppen()

        self.houders = {
            naam: widgets.VeldMetFout(w)
            for naam, w in (
                ("aangeboden_op", self.aangeboden_op),
                ("aangeboden_door", self.aangeboden_door),
                ("uitleg", self.uitleg),
                ("status", self.status),
                ("reden_afgezien", self.reden_afgezien),
                ("opgesteld_op", self.opgesteld_op),
                ("nieuwe_deelnemers", self.nieuwe_deelnemers),
                *self.teksten.items(),
            )
        }
        aanbod = QGroupBox(self.tr("The offer"))
        fa = QFormLayout(aanbod)
        fa.addRow(self.tr("Offered on"), self.houders["aangeboden_op"])
        fa.addRow(self.tr("Offered by"), self.houders["aangeboden_door"])
        fa.addRow(self.tr("How it was explained"), self.houders["uitleg"])
        fa.addRow(self.tr("The family's answer"), self.houders["status"])
        fa.addRow(self.tr("Reason"), self.houders["reden_afgezien"])
        fa.addRow(self.tr("Plan made on"), self.houders["opgesteld_op"])

        plan = QGroupBox(self.tr("Our plan, in the family's words"))
        fp = QFormLayout(plan)
        fp.addRow(self.tr("Who take part"), self.deelnemers)
        fp.addRow("", self.houders["nieuwe_deelnemers"])
        fp.addRow(self.tr("What is going on?"), self.houders["wat_is_er_aan_de_hand"])
        fp.addRow(self.tr("What do we want to achieve?"), self.houders["wat_willen_we_bereiken"])
        fp.addRow(self.tr("What do we do ourselves?"), self.houders["wat_doen_we_zelf"])
        fp.addRow(self.tr("What does our network do?"), self.netwerk)
        fp.addRow(self.tr("Help from professionals"), self.houders["hulp_van_professionals"])
        fp.addRow(self.tr("Agreements about safety"), self.houders["afspraken_veiligheid"])
        fp.addRow(self.tr("Evaluation"), self.houders["evaluatie"])
        fp.addRow(self.tr("Goals of the analysis"), self.doelen)

        binnen = QWidget()
        bl = QHBoxLayout(binnen)
        bl.addWidget(aanbod, 2)
        bl.addWidget(plan, 3)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(binnen)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(scroll, 1)
        lay.addWidget(self.knoppen)

        self.autosave = widgets.Autosave(self._bewaar, self, TEKST_VERTRAGING_MS)
        for naam, houder in self.houders.items():
            self.autosave.volg(naam, houder)
        self.deelnemers.itemChanged.connect(
            lambda _i: self._bewaar_lijst("deelnemers", self.deelnemers)
        )
        self.doelen.itemChanged.connect(lambda _i: self._bewaar_lijst("doelen", self.doelen))
        self.netwerk.gewijzigd.connect(lambda regels: self._bewaar("wat_doet_ons_netwerk", regels))
        self.knoppen.vaststellen.clicked.connect(self._stel_vast)
        self.knoppen.pdf.clicked.connect(self._pdf)

    def zet(self, data: plannen.PlannenData) -> None:
        self.autosave.bewaar_alles()
        self.data = data
        fgp = data.familiegroepsplan
        self.autosave.actief = False
        for naam in (
            "aangeboden_op",
            "aangeboden_door",
            "uitleg",
            "reden_afgezien",
            "opgesteld_op",
            *self.teksten,
        ):
            zet_tekst(self.houders[naam].veld, fgp.get(naam))
        self.nieuwe_deelnemers.setText(", ".join(fgp.get("nieuwe_deelnemers") or []))
        self.status.blockSignals(True)
        self.status.setCurrentIndex(max(self.status.findData(fgp.get("status")), 0))
        self.status.blockSignals(False)
        self.autosave.actief = True
        self.autosave.onthoud()
        self.houders["reden_afgezien"].setVisible(fgp.get("status") == "afgezien")
        self._vul_lijst(
            self.deelnemers,
            [(r, f"{n} ({rol})") for r, n, rol in data.personen],
            fgp.get("deelnemers"),
        )
        self._vul_lijst(self.doelen, [(r, f"{r}: {o}") for r, o in data.doelen], fgp.get("doelen"))
        self.netwerk.zet(fgp.get("wat_doet_ons_netwerk") or [], list(data.personen))
        self.knoppen.toon(data, "familiegroepsplan", "familiegroepsplan", None)

    @staticmethod
    def _vul_lijst(lijst: QListWidget, items, gekozen) -> None:
        lijst.blockSignals(True)
        lijst.clear()
        for ref, tekst_ in items:
            item = QListWidgetItem(tekst_)
            item.setData(Qt.ItemDataRole.UserRole, ref)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if ref in (gekozen or []) else Qt.CheckState.Unchecked
            )
            lijst.addItem(item)
        lijst.blockSignals(False)

    def _bewaar(self, naam: str, waarde) -> None:
        if naam == "nieuwe_deelnemers":
            waarde = [n for n in (waarde or "").split(",")]
        # Per field, against the value shown: a colleague's edit is never lost.
        opgeslagen, data = bewaar_per_veld(
            self,
            lambda b: plannen.zet_familiegroepsplan(self.db, self.casus_id, {naam: waarde}, b),
            {naam: self.data.familiegroepsplan.get(naam)},
            lambda: self.zet(plannen.plannen(self.db, self.casus_id)),
        )
        if not opgeslagen:
            return
        self.data = data
        if naam in ("status", "wat_doet_ons_netwerk"):
            self.zet(self.data)
        self.gewijzigd.emit()

    def _bewaar_lijst(self, naam: str, lijst: QListWidget) -> None:
        refs = [
            lijst.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(lijst.count())
            if lijst.item(i).checkState() == Qt.CheckState.Checked
        ]
        self._bewaar(naam, refs)

    def _stel_vast(self) -> None:
        self.autosave.bewaar_alles()
        antwoord = vraag_vaststelling(self, [n for _, n, _ in self.data.personen])
        if antwoord is None:
            return
        try:
            plannen.stel_vast(self.db, self.casus_id, "familiegroepsplan", antwoord[0], antwoord[1])
        except Fout as e:
            widgets.meld_fout(self, self.tr("Adopt the plan"), str(e))
            return
        self.zet(plannen.plannen(self.db, self.casus_id))
        self.gewijzigd.emit()

    def _pdf(self) -> None:
        self.autosave.bewaar_alles()
        voorstel = f"familiegroepsplan-{self.data.casusnummer}.pdf"
        if _maak_pdf(self, self.db, self.casus_id, "familiegroepsplan", None, voorstel):
            self.zet(plannen.plannen(self.db, self.casus_id))


# ---------------------------------------------------------------- perspectiefplan


class PerspectiefplanTab(CasusTab):
    def __init__(self, db: Database, casus_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(db, casus_id, parent)
        self.data: plannen.PlannenData | None = None
        self.ref: str | None = None
        self.gebied: str | None = None

        self.jeugdige = QComboBox()
        self.uitleg = QLabel()
        self.uitleg.setStyleSheet("color:#555;")
        self.eigen_woorden = tekst(
            self.tr("What do I want for my future? (in the young person's own words)"), 60
        )
        self.gebieden = QListWidget()
        self.gebieden.setAccessibleName(self.tr("Life areas"))
        self.gebieden.setMaximumWidth(240)
        self.nu = tekst(self.tr("How is it now?"), 45)
        self.wens = tekst(self.tr("What do I want after 18?"), 45)
        self.nodig = tekst(self.tr("What is needed?"), 45)
        self.acties = RegelLijst()
        self.twee_jaar = tekst(self.tr("Help in the next two years"), 45)
        self.na_18 = tekst(self.tr("Help after 18"), 45)
        self.kaders = {k: QCheckBox(k) for k in KADERS_NA_18}
        self.overdracht = tekst(self.tr("Handover: who takes over what, and when"), 40)
        self.betrokkenen = QLineEdit()
        self.betrokkenen.setPlaceholderText(
            self.tr("School, dagbesteding, network… separated by commas")
        )
        self.opgesteld_op = widgets.DatumVeld()
        self.knoppen = PlanKnoppen()

        self.houders = {
            naam: widgets.VeldMetFout(w)
            for naam, w in (
                ("eigen_woorden", self.eigen_woorden),
                ("hulp_komende_twee_jaar", self.twee_jaar),
                ("hulp_na_18", self.na_18),
                ("overdracht", self.overdracht),
                ("betrokkenen", self.betrokkenen),
                ("opgesteld_op", self.opgesteld_op),
            )
        }
        self.gebied_houders = {
            "nu": widgets.VeldMetFout(self.nu),
            "wens_na_18": widgets.VeldMetFout(self.wens),
            "nodig": widgets.VeldMetFout(self.nodig),
        }
        gebied = QWidget()
        fg = QFormLayout(gebied)
        fg.setContentsMargins(0, 0, 0, 0)
        self.gebied_kop = widgets.kop("", 12)
        fg.addRow(self.gebied_kop)
        fg.addRow(self.tr("Now"), self.gebied_houders["nu"])
        fg.addRow(self.tr("After 18"), self.gebied_houders["wens_na_18"])
        fg.addRow(self.tr("Needed"), self.gebied_houders["nodig"])
        fg.addRow(self.tr("Who does what, when"), self.acties)
        gebieden = QSplitter()
        gebieden.addWidget(self.gebieden)
        gebieden.addWidget(gebied)
        gebieden.setSizes([220, 800])

        kaders = QHBoxLayout()
        for box in self.kaders.values():
            kaders.addWidget(box)
        kaders.addStretch(1)
        algemeen = QWidget()
        fa = QFormLayout(algemeen)
        fa.setContentsMargins(0, 0, 0, 0)
        fa.addRow(self.tr("Help in the next two years"), self.houders["hulp_komende_twee_jaar"])
        fa.addRow(self.tr("Help after 18"), self.houders["hulp_na_18"])
        fa.addRow("", kaders)
        fa.addRow(self.tr("Handover"), self.houders["overdracht"])
        fa.addRow(self.tr("Involved"), self.houders["betrokkenen"])
        fa.addRow(self.tr("Plan made on"), self.houders["opgesteld_op"])

        self.inhoud = QWidget()
        il = QVBoxLayout(self.inhoud)
        il.setContentsMargins(0, 0, 0, 0)
        il.addWidget(widgets.kop(self.tr("In my own words"), 12))
        il.addWidget(self.houders["eigen_woorden"])
        il.addWidget(gebieden, 1)
        il.addWidget(algemeen)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.inhoud)

        boven = QHBoxLayout()
        boven.addWidget(QLabel(self.tr("Young person")))
        boven.addWidget(self.jeugdige, 1)
        boven.addWidget(self.uitleg, 2)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(boven)
        lay.addWidget(scroll, 1)
        lay.addWidget(self.knoppen)

        self.autosave = widgets.Autosave(self._bewaar, self, TEKST_VERTRAGING_MS)
        for naam, houder in self.houders.items():
            self.autosave.volg(naam, houder)
        self.gebied_autosave = widgets.Autosave(self._bewaar_gebied, self, TEKST_VERTRAGING_MS)
        for naam, houder in self.gebied_houders.items():
            self.gebied_autosave.volg(naam, houder)
        for box in self.kaders.values():
            box.toggled.connect(lambda _c: self._bewaar_kaders())
        self.acties.gewijzigd.connect(lambda regels: self._bewaar_gebied("acties", regels))
        self.jeugdige.currentIndexChanged.connect(lambda _i: self._kies_jeugdige())
        self.gebieden.currentRowChanged.connect(lambda _r: self._toon_gebied())
        for sleutel, naam in GEBIEDEN.items():
            item = QListWidgetItem(naam)
            item.setData(Qt.ItemDataRole.UserRole, sleutel)
            self.gebieden.addItem(item)
        self.knoppen.vaststellen.clicked.connect(self._stel_vast)
        self.knoppen.pdf.clicked.connect(self._pdf)

    def zet(self, data: plannen.PlannenData) -> None:
        self.autosave.bewaar_alles()
        self.gebied_autosave.bewaar_alles()
        self.data = data
        huidig = self.jeugdige.currentData() or self.ref
        self.jeugdige.blockSignals(True)
        self.jeugdige.clear()
        vandaag = date.today()
        standaard = None
        for j in data.jeugdigen:
            jaar = leeftijd(j.geboortedatum, vandaag) if j.geboortedatum else None
            self.jeugdige.addItem(f"{j.naam}" + (f" ({jaar})" if jaar is not None else ""), j.ref)
            if standaard is None and (j.ref in data.perspectiefplannen or (jaar or 0) >= 16):
                standaard = j.ref
        self.jeugdige.setCurrentIndex(max(self.jeugdige.findData(huidig or standaard), 0))
        self.jeugdige.blockSignals(False)
        self._kies_jeugdige()

    def _kies_jeugdige(self) -> None:
        self.autosave.bewaar_alles()
        self.gebied_autosave.bewaar_alles()
        self.ref = self.jeugdige.currentData()
        self.inhoud.setEnabled(self.ref is not None)
        self.knoppen.setEnabled(self.ref is not None)
        if self.ref is None:
            self.uitleg.setText(self.tr("Add the young person in the Family tab first."))
            return
        j = next(j for j in self.data.jeugdigen if j.ref == self.ref)
        jaar = leeftijd(j.geboortedatum, date.today()) if j.geboortedatum else None
        if jaar is None:
            self.uitleg.setText(self.tr("Birth date unknown: the plan is needed from 16."))
        elif jaar < 16:
            self.uitleg.setText(self.tr("Needed from 16; you can start earlier."))
        else:
            self.uitleg.setText("")
        pp = self.data.perspectiefplannen.get(self.ref, {})
        self.autosave.actief = False
        for naam, houder in self.houders.items():
            waarde = pp.get(naam)
            if naam == "betrokkenen":
                waarde = ", ".join(waarde or [])
            zet_tekst(houder.veld, waarde)
        self.autosave.actief = True
        self.autosave.onthoud()
        for k, box in self.kaders.items():
            box.blockSignals(True)
            box.setChecked(k in (pp.get("hulp_na_18_kaders") or []))
            box.blockSignals(False)
        if self.gebieden.currentRow() < 0:
            self.gebieden.setCurrentRow(0)
        self._toon_gebied()
        self.knoppen.toon(self.data, f"perspectiefplan:{self.ref}", "perspectiefplan", self.ref)

    def _huidig_gebied(self) -> dict:
        pp = self.data.perspectiefplannen.get(self.ref, {}) if self.data else {}
        return next((g for g in pp.get("gebieden") or [] if g["gebied"] == self.gebied), {})

    def _toon_gebied(self) -> None:
        self.gebied_autosave.bewaar_alles()
        item = self.gebieden.currentItem()
        self.gebied = item.data(Qt.ItemDataRole.UserRole) if item else None
        if self.gebied is None or self.data is None:
            return
        self.gebied_kop.setText(vertaal(GEBIEDEN[self.gebied]))
        g = self._huidig_gebied()
        self.gebied_autosave.actief = False
        for naam, houder in self.gebied_houders.items():
            zet_tekst(houder.veld, g.get(naam))
        self.gebied_autosave.actief = True
        self.gebied_autosave.onthoud()
        self.acties.zet(g.get("acties") or [], list(self.data.personen))
        for i in range(self.gebieden.count()):
            sleutel = self.gebieden.item(i).data(Qt.ItemDataRole.UserRole)
            pp = self.data.perspectiefplannen.get(self.ref, {})
            ingevuld = any(x["gebied"] == sleutel for x in pp.get("gebieden") or [])
            self.gebieden.item(i).setText(("● " if ingevuld else "○ ") + vertaal(GEBIEDEN[sleutel]))

    def _na_opslaan(self, data: plannen.PlannenData) -> None:
        self.data = data
        self.knoppen.toon(data, f"perspectiefplan:{self.ref}", "perspectiefplan", self.ref)
        self.gewijzigd.emit()

    def _bewaar(self, naam: str, waarde) -> None:
        if naam == "betrokkenen":
            waarde = [n for n in (waarde or "").split(",")]
        ref = self.ref
        opgeslagen, data = bewaar_per_veld(
            self,
            lambda b: plannen.zet_perspectiefplan(self.db, self.casus_id, ref, {naam: waarde}, b),
            {naam: self.data.perspectiefplannen.get(ref, {}).get(naam)},
            self._herlaad,
        )
        if opgeslagen:
            self._na_opslaan(data)

    def _herlaad(self) -> None:
        self.zet(plannen.plannen(self.db, self.casus_id))

    def _bewaar_kaders(self) -> None:
        kaders = [k for k, box in self.kaders.items() if box.isChecked()]
        self._bewaar("hulp_na_18_kaders", kaders)

    def _bewaar_gebied(self, naam: str, waarde) -> None:
        ref, gebied = self.ref, self.gebied
        opgeslagen, data = bewaar_per_veld(
            self,
            lambda b: plannen.zet_gebied(self.db, self.casus_id, ref, gebied, {naam: waarde}, b),
            {naam: self._huidig_gebied().get(naam)},
            self._herlaad,
        )
        if not opgeslagen:
            return
        self._na_opslaan(data)
        if naam == "acties":
            self.acties.zet(self._huidig_gebied().get("acties") or [], list(data.personen))
        rij = self.gebieden.currentRow()
        self.gebieden.item(rij).setText("● " + vertaal(GEBIEDEN[self.gebied]))

    def _stel_vast(self) -> None:
        self.autosave.bewaar_alles()
        self.gebied_autosave.bewaar_alles()
        antwoord = vraag_vaststelling(self, [n for _, n, _ in self.data.personen])
        if antwoord is None:
            return
        try:
            plannen.stel_vast(
                self.db, self.casus_id, "perspectiefplan", antwoord[0], antwoord[1], self.ref
            )
        except Fout as e:
            widgets.meld_fout(self, self.tr("Adopt the plan"), str(e))
            return
        self.zet(plannen.plannen(self.db, self.casus_id))
        self.gewijzigd.emit()

    def _pdf(self) -> None:
        self.autosave.bewaar_alles()
        self.gebied_autosave.bewaar_alles()
        voorstel = f"perspectiefplan-{self.data.casusnummer}-{self.ref}.pdf"
        if _maak_pdf(self, self.db, self.casus_id, "perspectiefplan", self.ref, voorstel):
            self.zet(plannen.plannen(self.db, self.casus_id))

    def bewaar_alles(self) -> None:
        self.autosave.bewaar_alles()
        self.gebied_autosave.bewaar_alles()


# ---------------------------------------------------------------- the tab


class PlannenTab(LuieCasusTab):
    def __init__(self, db: Database, casus_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(db, casus_id, parent)
        self.signalen = QLabel()
        self.signalen.setWordWrap(True)
        self.signalen.setStyleSheet(
            "background:#fdf2e9; color:#873600; border:1px solid #f0b27a; border-radius:4px; padding:6px;"
        )
        self.tabs = QTabWidget()
        self.fgp = FamiliegroepsplanTab(db, casus_id)
        self.pp = PerspectiefplanTab(db, casus_id)
        self.tabs.addTab(self.fgp, self.tr("Familiegroepsplan"))
        self.tabs.addTab(self.pp, self.tr("Perspectiefplan (16+)"))
        self.lijn = PlanLijnTab(db, casus_id)
        self.tabs.addTab(self.lijn, self.tr("Plan in one glance"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 6, 4, 4)
        lay.addWidget(self.signalen)
        lay.addWidget(self.tabs, 1)
        for tab in (self.fgp, self.pp):
            tab.gewijzigd.connect(self._na_wijziging)
        self.tabs.currentChanged.connect(lambda _i: self.laad())
        # Ctrl+P: the PDF of the plan on show (the keyboard's way to "PDF for the family…").
        pdf = QShortcut(QKeySequence.StandardKey.Print, self, self._pdf)
        pdf.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _pdf(self) -> None:
        tab = self.tabs.currentWidget()
        if tab in (self.fgp, self.pp):
            tab.knoppen.pdf.click()

    def laad(self) -> None:
        self.bewaar_alles()
        try:
            data = plannen.plannen(self.db, self.casus_id)
        except Fout as e:
            widgets.meld_fout(self, self.tr("Plans"), str(e))
            return
        self.geladen = True
        self._toon_signalen(data)
        self.tabs.currentWidget().zet(data)

    def _toon_signalen(self, data: plannen.PlannenData) -> None:
        self.signalen.setText("\n".join(f"• {s}" for s in data.signalen))
        self.signalen.setVisible(bool(data.signalen))

    def _na_wijziging(self) -> None:
        self._toon_signalen(plannen.plannen(self.db, self.casus_id))
        self.gewijzigd.emit()

    def bewaar_alles(self) -> None:
        if self.geladen:
            self.fgp.bewaar_alles()
            self.pp.bewaar_alles()
