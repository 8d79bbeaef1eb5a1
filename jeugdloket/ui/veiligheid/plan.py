"""The veiligheidsplan of a case: zorgen, veiligheidsdoelen, the agreements (als het misgaat:
wie doet wat, wie controleert), the network, provider and aandachtsfunctionaris, the evaluation
date. Saves as it is typed; vastgesteld in versions and handed over as PDF like the other plans."""

import uuid
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jeugdloket.db import Database
from jeugdloket.fouten import Fout
from jeugdloket.services import plan_pdf, veiligheidsplan
from jeugdloket.ui import widgets
from jeugdloket.ui.casussen.casustab import CasusTab
from jeugdloket.ui.intake.verkennen import TEKST_VERTRAGING_MS
from jeugdloket.ui.plannen import editor
from jeugdloket.ui.veldconflict import bewaar_per_veld


class AfsprakenLijst(QWidget):
    """The agreements, one a line: als dit gebeurt → wie doet wat; wie controleert."""

    gewijzigd = Signal(list)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.regels: list[dict] = []
        self.lijst = QListWidget()
        self.lijst.setObjectName("afspraken")
        self.lijst.setMinimumHeight(90)
        self.lijst.setAccessibleName(self.tr("Agreements"))
        self.signaal = QLineEdit()
        self.signaal.setPlaceholderText(self.tr("If this happens…"))
        self.wie = QLineEdit()
        self.wie.setPlaceholderText(self.tr("Who"))
        self.wat = QLineEdit()
        self.wat.setPlaceholderText(self.tr("does what"))
        self.controle = QLineEdit()
        self.controle.setPlaceholderText(self.tr("Who checks"))
        self.toevoegen = QPushButton(self.tr("Add"))
        self.weg = QPushButton(self.tr("Remove"))
        rij = QHBoxLayout()
        for w, rek in ((self.signaal, 3), (self.wie, 2), (self.wat, 3), (self.controle, 2)):
            rij.addWidget(w, rek)
        rij.addWidget(self.toevoegen)
        rij.addWidget(self.weg)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.lijst)
        lay.addLayout(rij)
        self.toevoegen.clicked.connect(self._voeg_toe)
        self.weg.clicked.connect(self._verwijder)
        for veld in (self.signaal, self.wie, self.wat, self.controle):
            veld.setAccessibleName(veld.placeholderText())
            veld.returnPressed.connect(self._voeg_toe)

    def zet(self, regels: list[dict]) -> None:
        self.regels = [dict(r) for r in regels]
        self.lijst.clear()
        for r in self.regels:
            tekst = ""
            if r.get("signaal"):
                tekst += self.tr("If %1: ").replace("%1", r["signaal"])
            tekst += " ".join(r[k] for k in ("wie", "wat") if r.get(k))
            if r.get("controle"):
                tekst += self.tr(" (checked by %1)").replace("%1", r["controle"])
            self.lijst.addItem(tekst)

    def _voeg_toe(self) -> None:
        if not self.wat.text().strip():
            self.wat.setFocus()
            return
        regel = {
            "signaal": self.signaal.text(),
            "wie": self.wie.text(),
            "wat": self.wat.text(),
            "controle": self.controle.text(),
        }
        self.regels.append({k: v for k, v in regel.items() if v.strip()})
        for veld in (self.signaal, self.wie, self.wat, self.controle):
            veld.clear()
        self.signaal.setFocus()
        self.gewijzigd.emit(self.regels)

    def _verwijder(self) -> None:
        rij = self.lijst.currentRow()
        if 0 <= rij < len(self.regels):
            del self.regels[rij]
            self.gewijzigd.emit(self.regels)


class VeiligheidsplanPagina(CasusTab):
    def __init__(self, db: Database, casus_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(db, casus_id, parent)
        self.data: veiligheidsplan.VeiligheidsplanData | None = None
        self.opgesteld_op = widgets.DatumVeld()
        self.zorgen = widgets.tekstveld(self.tr("What makes it unsafe? Facts, in plain words"), 80)
        self.veiligheidsdoelen = widgets.tekstveld(
            self.tr("What must happen for it to be safe enough?"), 80
        )
        self.afspraken = AfsprakenLijst()
        self.rol_netwerk = widgets.tekstveld(self.tr("Who in the network does what"), 60)
        self.aanbieder = QLineEdit()
        self.aanbieder.setPlaceholderText(self.tr("The provider involved in the family"))
        self.aandachtsfunctionaris = QLineEdit()
        self.aandachtsfunctionaris.setPlaceholderText(
            self.tr("Designated officer for domestic violence and child abuse")
        )
        self.evaluatie_op = widgets.DatumVeld()
        self.knoppen = editor.PlanKnoppen()
        self.knoppen.vaststellen.setText(self.tr("&Adopt…"))
        self.knoppen.pdf.setText(self.tr("&Make PDF…"))

        self.houders = {
            naam: widgets.VeldMetFout(w)
            for naam, w in (
                ("opgesteld_op", self.opgesteld_op),
                ("zorgen", self.zorgen),
                ("veiligheidsdoelen", self.veiligheidsdoelen),
                ("rol_netwerk", self.rol_netwerk),
                ("aanbieder", self.aanbieder),
                ("aandachtsfunctionaris", self.aandachtsfunctionaris),
                ("evaluatie_op", self.evaluatie_op),
            )
        }
        self.afspraken_houder = widgets.VeldMetFout(self.afspraken)
        wie = QGroupBox(self.tr("Who made the plan"))
        fw = QFormLayout(wie)
        fw.addRow(self.tr("Made on"), self.houders["opgesteld_op"])
        fw.addRow(self.tr("Provider"), self.houders["aanbieder"])
        fw.addRow(self.tr("Aandachtsfunctionaris"), self.houders["aandachtsfunctionaris"])
        fw.addRow(self.tr("Evaluation on"), self.houders["evaluatie_op"])
        plan = QGroupBox(self.tr("The plan"))
        fp = QFormLayout(plan)
        fp.addRow(self.tr("Concerns"), self.houders["zorgen"])
        fp.addRow(self.tr("Safety goals"), self.houders["veiligheidsdoelen"])
        fp.addRow(self.tr("Agreements"), self.afspraken_houder)
        fp.addRow(self.tr("Role of the network"), self.houders["rol_netwerk"])

        binnen = QWidget()
        bl = QVBoxLayout(binnen)
        bl.addWidget(wie)
        bl.addWidget(plan)
        bl.addStretch(1)
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
        self.afspraken.gewijzigd.connect(self._bewaar_afspraken)
        self.knoppen.vaststellen.clicked.connect(self._stel_vast)
        self.knoppen.pdf.clicked.connect(self._pdf)

    def zet(self, data: veiligheidsplan.VeiligheidsplanData) -> None:
        self.autosave.bewaar_alles()
        self.data = data
        self.autosave.actief = False
        for naam, houder in self.houders.items():
            editor.zet_tekst(houder.veld, data.plan.get(naam))
        self.autosave.actief = True
        self.autosave.onthoud()
        self.afspraken.zet(data.plan.get("afspraken") or [])
        self.knoppen.toon(data, "veiligheidsplan", "veiligheidsplan", None)

    def laad(self) -> None:
        self.zet(veiligheidsplan.veiligheidsplan(self.db, self.casus_id))

    def _bewaar(self, naam: str, waarde: Any) -> None:
        opgeslagen, data = bewaar_per_veld(
            self,
            lambda b: veiligheidsplan.zet_veiligheidsplan(
                self.db, self.casus_id, {naam: waarde}, b
            ),
            {naam: self.data.plan.get(naam)},
            self.laad,
        )
        if opgeslagen:
            self.data = data
            self.knoppen.toon(data, "veiligheidsplan", "veiligheidsplan", None)
            self.gewijzigd.emit()

    def _bewaar_afspraken(self, regels: list[dict]) -> None:
        try:
            self._bewaar("afspraken", regels)
        except Fout as e:
            self.afspraken_houder.toon_fout(getattr(e, "fouten", {}).get("afspraken") or str(e))
            return
        self.afspraken_houder.toon_fout(None)
        self.afspraken.zet(self.data.plan.get("afspraken") or [])

    def _namen(self) -> list[str]:
        namen = [self.data.plan.get(k) for k in ("aanbieder", "aandachtsfunctionaris")]
        return [n for n in namen if n]

    def _stel_vast(self) -> None:
        self.autosave.bewaar_alles()
        antwoord = editor.vraag_vaststelling(self, self._namen())
        if antwoord is None:
            return
        try:
            veiligheidsplan.stel_vast(self.db, self.casus_id, antwoord[0], antwoord[1])
        except Fout as e:
            widgets.meld_fout(self, self.tr("Adopt the safety plan"), str(e))
            return
        self.laad()
        self.gewijzigd.emit()

    def _pdf(self) -> None:
        self.autosave.bewaar_alles()
        pad = editor.kies_pdf_pad(self, f"veiligheidsplan-{self.data.casusnummer}.pdf")
        if pad is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            plan_pdf.maak_pdf(self.db, self.casus_id, "veiligheidsplan", pad)
        except Fout as e:
            widgets.meld_fout(self, self.tr("PDF"), str(e))
            return
        except OSError as e:
            widgets.meld_fout(
                self,
                self.tr("PDF"),
                self.tr("Could not write %1: %2")
                .replace("%1", str(pad))
                .replace("%2", e.strerror or str(e)),
            )
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.laad()
