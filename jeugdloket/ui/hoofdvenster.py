"""The main window: the case list as the first tab, each opened case in a tab of its own."""

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget

from jeugdloket.db import Database
from jeugdloket.fouten import Fout
from jeugdloket.services import casuslijst
from jeugdloket.services.medewerkers import MedewerkerData
from jeugdloket.teamdb import is_postgres
from jeugdloket.ui import aanmelden
from jeugdloket.ui.casussen.casusview import CasusView
from jeugdloket.ui.casussen.dialogen import NieuweCasusDialoog
from jeugdloket.ui.casussen.lijst import CasuslijstPagina
from jeugdloket.ui.taken import Taak
from jeugdloket.ui.teammeldingen import Teammeldingen

# Rows shown before the rest of a large register arrives from the background (start-up speed).
EERSTE_DEEL = 1000


class Hoofdvenster(QMainWindow):
    def __init__(self, db: Database, medewerker: MedewerkerData | None, parent=None):
        super().__init__(parent)
        self.db = db
        self.medewerker = medewerker
        self.setWindowTitle(self.tr("Jeugdloket"))
        self.resize(1280, 760)

        self.lijst = CasuslijstPagina(medewerker.id if medewerker else None)
        self.lijst.casus_openen.connect(self.open_casus)
        self.lijst.nieuwe_casus.connect(self.nieuwe_casus)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.tabCloseRequested.connect(self.sluit_tab)
        self.tabs.addTab(self.lijst, self.tr("Cases"))
        # The case list cannot be closed: it is where every search starts.
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.setCentralWidget(self.tabs)

        self._lader: Taak | None = None
        self._menus()
        wie = medewerker.naam if medewerker else self.tr("unknown user")
        status = QLabel(self.tr("Signed in as %1").replace("%1", wie))
        self.statusBar().addPermanentWidget(status)
        self.statusBar().showMessage(self.tr("Every change is saved as you type."), 8000)
        self.meldingen: Teammeldingen | None = None
        if is_postgres(db.engine):
            # The team register: colleagues' saves show here as they happen.
            self.meldingen = Teammeldingen(db, self)
            self.meldingen.gewijzigd.connect(self._door_collega_gewijzigd)
            self.meldingen.start()
        self.ververs_lijst()

    def _menus(self) -> None:
        bestand = self.menuBar().addMenu(self.tr("&File"))
        self.actie_nieuw = QAction(self.tr("&New case…"), self)
        self.actie_nieuw.setShortcut(QKeySequence.StandardKey.New)
        self.actie_nieuw.triggered.connect(self.nieuwe_casus)
        bestand.addAction(self.actie_nieuw)
        bestand.addSeparator()
        afsluiten = QAction(self.tr("&Quit"), self)
        afsluiten.setShortcut(QKeySequence.StandardKey.Quit)
        afsluiten.triggered.connect(self.close)
        bestand.addAction(afsluiten)

        beeld = self.menuBar().addMenu(self.tr("&View"))
        self.actie_zoek = QAction(self.tr("&Search cases"), self)
        self.actie_zoek.setShortcut(QKeySequence.StandardKey.Find)
        self.actie_zoek.triggered.connect(self.zoeken)
        beeld.addAction(self.actie_zoek)
        sluit_tab = QAction(self.tr("Close case &tab"), self)
        sluit_tab.setShortcut(QKeySequence("Ctrl+W"))
        sluit_tab.triggered.connect(lambda: self.sluit_tab(self.tabs.currentIndex()))
        beeld.addAction(sluit_tab)
        beeld.addSeparator()
        # The team's weekly figures are the coordinator's page (rights are enforced with sign-in).
        self.actie_overzicht = QAction(self.tr("&Weekly overview"), self)
        self.actie_overzicht.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.actie_overzicht.triggered.connect(self.open_overzicht)
        self.actie_overzicht.setVisible(self._heeft_rol("coördinator"))
        beeld.addAction(self.actie_overzicht)
        # The access log: the coördinator's (the service refuses anyone else as well).
        self.actie_logboek = QAction(self.tr("Access &log"), self)
        self.actie_logboek.triggered.connect(self.open_logboek)
        self.actie_logboek.setVisible(self._heeft_rol("coördinator"))
        beeld.addAction(self.actie_logboek)
        self.logboek = None
        # Files past the bewaartermijn and their destruction: the coördinator's (services too).
        self.actie_bewaartermijn = QAction(self.tr("&Retention period"), self)
        self.actie_bewaartermijn.triggered.connect(self.open_bewaartermijn)
        self.actie_bewaartermijn.setVisible(self._heeft_rol("coördinator"))
        beeld.addAction(self.actie_bewaartermijn)
        self.bewaartermijn = None
        # Accounts and roles: the beheerder's (the services refuse anyone else as well).
        self.actie_medewerkers = QAction(self.tr("Staff &members"), self)
        self.actie_medewerkers.triggered.connect(self.open_medewerkers)
        self.actie_medewerkers.setVisible(self._heeft_rol("beheerder"))
        beeld.addAction(self.actie_medewerkers)
        self.medewerkers = None
        self.overzicht = None
        self.actie_zoektool = QAction(self.tr("&Find care (zoektool)"), self)
        self.actie_zoektool.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        self.actie_zoektool.triggered.connect(self.open_zoektool)
        beeld.addAction(self.actie_zoektool)
        self.zoektool = None
        for actie in (
            self.actie_nieuw,
            afsluiten,
            self.actie_zoek,
            sluit_tab,
            self.actie_overzicht,
            self.actie_zoektool,
        ):
            actie.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)

    def _heeft_rol(self, rol: str) -> bool:
        return self.medewerker is not None and self.medewerker.heeft_rol(rol)

    # ------------------------------------------------------------------ actions
    def open_logboek(self):
        """The access log in its own tab (one per window)."""
        from jeugdloket.ui.logboek import LogboekPagina

        if self.logboek is None or self.tabs.indexOf(self.logboek) < 0:
            self.logboek = LogboekPagina(self.db)
            self.tabs.addTab(self.logboek, self.tr("Access log"))
        self.tabs.setCurrentWidget(self.logboek)
        return self.logboek

    def open_bewaartermijn(self):
        """Files past the bewaartermijn in their own tab (one per window)."""
        from jeugdloket.ui.bewaren import BewaarPagina

        if self.bewaartermijn is None or self.tabs.indexOf(self.bewaartermijn) < 0:
            self.bewaartermijn = BewaarPagina(self.db)
            self.bewaartermijn.vernietigd.connect(lambda _id: self.ververs_lijst())
            self.tabs.addTab(self.bewaartermijn, self.tr("Retention period"))
        self.tabs.setCurrentWidget(self.bewaartermijn)
        return self.bewaartermijn

    def open_medewerkers(self):
        """Accounts and roles in their own tab (one per window)."""
        from jeugdloket.ui.medewerkers import MedewerkersPagina

        if self.medewerkers is None or self.tabs.indexOf(self.medewerkers) < 0:
            self.medewerkers = MedewerkersPagina(self.db)
            self.tabs.addTab(self.medewerkers, self.tr("Staff members"))
        self.tabs.setCurrentWidget(self.medewerkers)
        return self.medewerkers

    def open_overzicht(self):
        """The weekly overview in its own tab (one per window)."""
        from jeugdloket.ui.overzicht.pagina import OverzichtPagina

        if self.overzicht is None or self.tabs.indexOf(self.overzicht) < 0:
            self.overzicht = OverzichtPagina(self.db)
            self.tabs.addTab(self.overzicht, self.tr("Weekly overview"))
        self.tabs.setCurrentWidget(self.overzicht)
        return self.overzicht

    def open_zoektool(self):
        """The catalogue search without a case (from a case: its tab "Help and allocations")."""
        from jeugdloket.ui.zoektool.zoekpaneel import ZoekPaneel

        if self.zoektool is None or self.tabs.indexOf(self.zoektool) < 0:
            beheerder = self._heeft_rol("beheerder")
            self.zoektool = ZoekPaneel(self.db, beheerder=beheerder)
            self.tabs.addTab(self.zoektool, self.tr("Find care"))
        self.tabs.setCurrentWidget(self.zoektool)
        return self.zoektool

    def ververs_lijst(self) -> None:
        """Show the newest cases at once; a large register follows from a background thread."""
        eerste = casuslijst.casuslijst(self.db, limiet=EERSTE_DEEL)
        volledig = len(eerste) < EERSTE_DEEL
        self.lijst.zet_regels(eerste, volledig=volledig)
        if not volledig:
            self._gewijzigd_tijdens_laden: set[uuid.UUID] = set()
            self._lader = Taak(casuslijst.casuslijst, self.db)
            self._lader.signalen.klaar.connect(self._lijst_geladen)
            self._lader.signalen.mislukt.connect(
                lambda melding: self.statusBar().showMessage(melding)
            )
            self._lader.start()

    def _lijst_geladen(self, regels: list) -> None:
        self.lijst.zet_regels(regels, volledig=True)
        # Saved while the full list was being read: those rows may be older than the save.
        for casus_id in getattr(self, "_gewijzigd_tijdens_laden", set()):
            self.lijst.model.vervang_regel(casuslijst.casusregel(self.db, casus_id))
        self._lader = None

    def zoeken(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.lijst.focus_zoeken()

    def nieuwe_casus(self) -> None:
        self.dialoog = NieuweCasusDialoog(
            self.db, self.medewerker.id if self.medewerker else None, self
        )
        self.dialoog.accepted.connect(self._casus_gemaakt)
        self.dialoog.open()

    def _casus_gemaakt(self) -> None:
        casus = self.dialoog.casus
        if casus:
            self._casus_gewijzigd(casus.id)
            view = self.open_casus(casus.id)
            if view is not None:
                view.tabs.setCurrentWidget(view.gezin)

    def casus_tab(self, casus_id: uuid.UUID) -> CasusView | None:
        for i in range(1, self.tabs.count()):
            w = self.tabs.widget(i)
            if isinstance(w, CasusView) and w.casus_id == casus_id:
                return w
        return None

    def open_casus(self, casus_id: uuid.UUID) -> CasusView | None:
        view = self.casus_tab(casus_id)
        if view is None:
            # A colleague's case asks a reason first (waarneming); the services check again.
            if not aanmelden.mag_openen(self, self.db, casus_id):
                return None
            view = CasusView(self.db, casus_id)
            view.gewijzigd.connect(self._casus_gewijzigd)
            self.tabs.addTab(view, view.kort_titel())
        self.tabs.setCurrentWidget(view)
        return view

    def _casus_gewijzigd(self, casus_id: uuid.UUID) -> None:
        # Names, status and signal in the list follow what was just saved (that row only).
        self.lijst.model.vervang_regel(casuslijst.casusregel(self.db, casus_id))
        if getattr(self, "_lader", None) is not None:
            self._gewijzigd_tijdens_laden.add(casus_id)

    def _door_collega_gewijzigd(self, ids: set) -> None:
        """Cases changed on the team register (by a colleague, or by this window itself)."""
        for casus_id in ids:
            try:
                self._casus_gewijzigd(casus_id)
            except Fout:
                continue  # gone, or no longer visible to this login
            view = self.casus_tab(casus_id)
            if view is not None:
                view.bewaar_alles()  # what was typed here is saved first (per field)
                view.ververs(alles=True)

    def sluit_tab(self, index: int) -> None:
        if self.logboek is not None and self.tabs.widget(index) is self.logboek:
            self.tabs.removeTab(index)
            return
        w = self.tabs.widget(index)
        if isinstance(w, CasusView):
            w.bewaar_alles()
            self.tabs.removeTab(index)
            w.deleteLater()
        elif w is not None and self._los_te_sluiten(w):
            self.tabs.removeTab(index)

    def _los_te_sluiten(self, w) -> bool:
        """Pages without typed work close at once; the overview waits for its export."""
        if w is self.overzicht:
            return not self.overzicht.export_bezig
        return w is self.zoektool or w is self.bewaartermijn

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.meldingen is not None:
            self.meldingen.stop()
        for i in range(1, self.tabs.count()):
            w = self.tabs.widget(i)
            if isinstance(w, CasusView):
                w.bewaar_alles()
        super().closeEvent(event)
