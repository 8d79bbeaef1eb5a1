"""The main window: the case list as the first tab, each opened case in a tab of its own."""

import sys
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget

from jeugdloket.db import Database
from jeugdloket.fouten import Fout
from jeugdloket.services import casuslijst, werkkopie
from jeugdloket.services.medewerkers import MedewerkerData
from jeugdloket.teamdb import is_postgres
from jeugdloket.ui import aanmelden, lettergrootte
from jeugdloket.ui.casussen.lijst import STANDAARD_SORTERING, CasuslijstPagina, sorteer
from jeugdloket.ui.taken import Taak
from jeugdloket.ui.teammeldingen import Teammeldingen

if TYPE_CHECKING:
    from jeugdloket.ui.casussen.casusview import CasusView

CASUSVIEW = "jeugdloket.ui.casussen.casusview"


def is_casusview(w) -> bool:
    """Whether `w` is an opened case. The case view (and the services behind its tabs) is
    imported when the first case opens, not at start-up: before that, no widget can be one."""
    module = sys.modules.get(CASUSVIEW)
    return module is not None and isinstance(w, module.CasusView)


# Rows shown before the rest of a large register arrives from the background (start-up speed).
EERSTE_DEEL = 1000


def _alles_gesorteerd(db: Database, sortering: tuple) -> tuple[list, tuple]:
    """In the loading thread: every case, already in the list's order (sorting 100,000 rows
    on the UI thread would hold the window up when they arrive)."""
    regels = casuslijst.casuslijst(db)
    if sortering != STANDAARD_SORTERING:  # else: the service's own order (newest first)
        sorteer(regels, sortering)
    return regels, sortering


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
        self.team = is_postgres(db.engine)
        # A werkkopie (a laptop copy of the consultant's cases): title, status note, Sync.
        self.werkkopie = werkkopie.stand(db)
        self._menus()
        lettergrootte.zet_grote_letters(self.actie_grote_letters.isChecked(), bewaar=False)
        wie = medewerker.naam if medewerker else self.tr("unknown user")
        status = QLabel(self.tr("Signed in as %1").replace("%1", wie))
        self.werkkopie_status = QLabel()
        self.werkkopie_status.setObjectName("werkkopiestatus")
        self.verouderd = QLabel()
        self.verouderd.setObjectName("verouderd")
        self.verouderd.linkActivated.connect(lambda _l: self.open_werkkopieen())
        self.verouderd.hide()
        self.statusBar().addPermanentWidget(self.verouderd)
        self.statusBar().addPermanentWidget(self.werkkopie_status)
        self.statusBar().addPermanentWidget(status)
        self.werkkopie_status.setVisible(self.werkkopie is not None)
        # Counting what waits to be sent reads every case: after a pause, not on every save.
        self._werkkopie_timer = QTimer(self)
        self._werkkopie_timer.setSingleShot(True)
        self._werkkopie_timer.setInterval(1500)
        self._werkkopie_timer.timeout.connect(self.werk_werkkopie_bij)
        if self.werkkopie is not None:
            self.werk_werkkopie_bij()
        elif self.team and self._heeft_rol("coördinator"):
            self._meld_verouderd()
        self.statusBar().showMessage(self.tr("Every change is saved as you type."), 8000)
        self.meldingen: Teammeldingen | None = None
        if is_postgres(db.engine):
            # The team register: colleagues' saves show here as they happen.
            self.meldingen = Teammeldingen(db, self)
            self.meldingen.gewijzigd.connect(self._door_collega_gewijzigd)
            self.meldingen.start()
        self._vooruit_geladen = False
        self.ververs_lijst()

    def _laad_vooruit(self) -> None:
        """The case view is imported once the whole list is in, not at start-up and not when the
        first case opens (that stays as quick as before); not while a large register still loads
        either: the import holds the interpreter the loading thread needs (±0.3 s later)."""
        if self._vooruit_geladen:
            return
        self._vooruit_geladen = True
        from jeugdloket.ui.casussen import casusview, dialogen  # noqa: F401 - see above

    def _menus(self) -> None:
        bestand = self.menuBar().addMenu(self.tr("&File"))
        self.actie_nieuw = QAction(self.tr("&New case…"), self)
        self.actie_nieuw.setShortcut(QKeySequence.StandardKey.New)
        self.actie_nieuw.triggered.connect(self.nieuwe_casus)
        bestand.addAction(self.actie_nieuw)
        # Sync and conflicts: on a werkkopie (a toolbar too); conflicts also on the register.
        self.actie_sync = QAction(self.tr("&Synchronise…"), self)
        self.actie_sync.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.actie_sync.setToolTip(
            self.tr("Send the changes of this werkkopie to the team register (Ctrl+Shift+S)")
        )
        self.actie_sync.triggered.connect(self.synchroniseer)
        self.actie_sync.setVisible(self.werkkopie is not None)
        bestand.addAction(self.actie_sync)
        self.actie_conflicten = QAction(self.tr("&Conflicts…"), self)
        self.actie_conflicten.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.actie_conflicten.triggered.connect(lambda: self.open_conflicten())
        self.actie_conflicten.setVisible(self.werkkopie is not None or self.team)
        bestand.addAction(self.actie_conflicten)
        self.sync_dialoog = None
        self.conflicten = None
        if self.werkkopie is not None:
            werkbalk = self.addToolBar(self.tr("Werkkopie"))
            werkbalk.setObjectName("werkkopiebalk")
            werkbalk.setMovable(False)
            werkbalk.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            werkbalk.addAction(self.actie_sync)
            werkbalk.addAction(self.actie_conflicten)
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
        # Grote letters: the whole application at 1.3× the system font, remembered (QSettings).
        self.actie_grote_letters = QAction(self.tr("&Large letters"), self)
        self.actie_grote_letters.setCheckable(True)
        self.actie_grote_letters.setShortcut(QKeySequence("Ctrl+Shift+G"))
        self.actie_grote_letters.setChecked(lettergrootte.grote_letters_gekozen())
        self.actie_grote_letters.toggled.connect(lettergrootte.zet_grote_letters)
        beeld.addAction(self.actie_grote_letters)
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
        # Werkkopieën not synced for a while: the coördinator's, on the team register.
        self.actie_werkkopieen = QAction(self.tr("&Werkkopieën…"), self)
        self.actie_werkkopieen.triggered.connect(self.open_werkkopieen)
        self.actie_werkkopieen.setVisible(self.team and self._heeft_rol("coördinator"))
        beeld.addAction(self.actie_werkkopieen)
        self.werkkopieen = None
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
            self.actie_sync,
            self.actie_conflicten,
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

    # ------------------------------------------------------------------ werkkopie
    def werk_werkkopie_bij(self) -> None:
        """Title and status note of a werkkopie: whose, since when, last sync, what waits."""
        if self.werkkopie is None:
            return
        from jeugdloket.ui.werkkopie import statustekst, titel

        try:
            st = werkkopie.status(self.db)
        except Exception as e:  # noqa: BLE001 - a status note must never break the window
            self.werkkopie_status.setText(str(e))
            return
        self.werkkopie = st.stand
        eigen = self.medewerker is not None and self.medewerker.gebruikersnaam == st.stand.gebruiker
        self.setWindowTitle(titel(st.stand, self.medewerker.naam if eigen else st.stand.gebruiker))
        self.werkkopie_status.setText(statustekst(st))

    def synchroniseer(self):
        """The Sync dialog (password, progress, cancel, summary); None when not a werkkopie."""
        from jeugdloket.ui.werkkopie import SyncDialoog

        if self.werkkopie is None:
            return None
        if self.sync_dialoog is not None and self.sync_dialoog.bezig:
            return self.sync_dialoog
        for i in range(1, self.tabs.count()):  # what was typed goes along
            w = self.tabs.widget(i)
            if is_casusview(w):
                w.bewaar_alles()
        self.sync_dialoog = SyncDialoog(self.db, self.werkkopie, self)
        self.sync_dialoog.klaar.connect(self._na_sync)
        self.sync_dialoog.conflicten_bekijken.connect(lambda: self.open_conflicten())
        self.sync_dialoog.open()
        return self.sync_dialoog

    def _na_sync(self, _verslag) -> None:
        """The list, the open case tabs (numbers may have changed) and the conflicts again."""
        self.ververs_lijst()
        for i in range(1, self.tabs.count()):
            w = self.tabs.widget(i)
            if is_casusview(w):
                w.ververs(alles=True)
                self.tabs.setTabText(i, w.kort_titel())
        if self.conflicten is not None:
            self.conflicten.ververs()
        self.werk_werkkopie_bij()

    def open_conflicten(self, casus_id=None):
        """Open conflicts in their own tab (one per window), optionally at one case."""
        from jeugdloket.ui.conflicten import ConflictenPagina

        if self.conflicten is None or self.tabs.indexOf(self.conflicten) < 0:
            self.conflicten = ConflictenPagina(self.db, casus_id)
            self.conflicten.gekozen.connect(self._conflict_gekozen)
            self.tabs.addTab(self.conflicten, self.tr("Conflicts"))
        else:
            self.conflicten.ververs(casus_id)
        self.tabs.setCurrentWidget(self.conflicten)
        return self.conflicten

    def _conflict_gekozen(self, casus_id) -> None:
        self._casus_gewijzigd(casus_id)
        view = self.casus_tab(casus_id)
        if view is not None:
            view.bewaar_alles()
            view.ververs(alles=True)

    def open_werkkopieen(self):
        """The coördinator's list of werkkopieën not synced for a while (one tab)."""
        from jeugdloket.ui.werkkopie import WerkkopieenPagina

        if self.werkkopieen is None or self.tabs.indexOf(self.werkkopieen) < 0:
            self.werkkopieen = WerkkopieenPagina(self.db)
            self.tabs.addTab(self.werkkopieen, self.tr("Werkkopieën"))
        self.tabs.setCurrentWidget(self.werkkopieen)
        return self.werkkopieen

    def _meld_verouderd(self) -> None:
        from jeugdloket.ui.werkkopie import verouderd_na_dagen

        dagen = verouderd_na_dagen()
        try:
            n = len(werkkopie.verouderd(self.db, dagen))
        except Exception:  # noqa: BLE001 - a status note must never break the window
            return
        self.verouderd.setText(
            "<a href='werkkopieen'>"
            + self.tr("%1 werkkopie(ën) not synchronised for more than %2 days")
            .replace("%1", str(n))
            .replace("%2", str(dagen))
            + "</a>"
        )
        self.verouderd.setVisible(n > 0)

    def ververs_lijst(self) -> None:
        """Show the newest cases at once; a large register follows from a background thread."""
        eerste = casuslijst.casuslijst(self.db, limiet=EERSTE_DEEL)
        volledig = len(eerste) < EERSTE_DEEL
        self.lijst.zet_regels(eerste, volledig=volledig)
        if volledig:
            QTimer.singleShot(250, self._laad_vooruit)
        else:
            self._gewijzigd_tijdens_laden: set[uuid.UUID] = set()
            self._lader = Taak(_alles_gesorteerd, self.db, self.lijst.model.sortering)
            self._lader.signalen.klaar.connect(self._lijst_geladen)
            self._lader.signalen.mislukt.connect(
                lambda melding: self.statusBar().showMessage(melding)
            )
            self._lader.start()

    def _lijst_geladen(self, uitkomst: tuple) -> None:
        regels, sortering = uitkomst
        self.lijst.zet_regels(regels, volledig=True, gesorteerd_op=sortering)
        # Saved while the full list was being read: those rows may be older than the save.
        for casus_id in getattr(self, "_gewijzigd_tijdens_laden", set()):
            self.lijst.model.vervang_regel(casuslijst.casusregel(self.db, casus_id))
        self._lader = None
        QTimer.singleShot(250, self._laad_vooruit)

    def zoeken(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.lijst.focus_zoeken()

    def nieuwe_casus(self) -> None:
        # Imported on first use: start-up time (the list is the first screen).
        from jeugdloket.ui.casussen.dialogen import NieuweCasusDialoog

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

    def casus_tab(self, casus_id: uuid.UUID) -> "CasusView | None":
        for i in range(1, self.tabs.count()):
            w = self.tabs.widget(i)
            if is_casusview(w) and w.casus_id == casus_id:
                return w
        return None

    def open_casus(self, casus_id: uuid.UUID) -> "CasusView | None":
        view = self.casus_tab(casus_id)
        if view is None:
            # A colleague's case asks a reason first (waarneming); the services check again.
            if not aanmelden.mag_openen(self, self.db, casus_id):
                return None
            # Imported when the first case opens: start-up time (see is_casusview).
            from jeugdloket.ui.casussen.casusview import CasusView

            view = CasusView(self.db, casus_id)
            view.gewijzigd.connect(self._casus_gewijzigd)
            view.conflicten_bekijken.connect(self.open_conflicten)
            self.tabs.addTab(view, view.kort_titel())
        self.tabs.setCurrentWidget(view)
        return view

    def _casus_gewijzigd(self, casus_id: uuid.UUID) -> None:
        # Names, status and signal in the list follow what was just saved (that row only).
        self.lijst.model.vervang_regel(casuslijst.casusregel(self.db, casus_id))
        if self.werkkopie is not None:
            self._werkkopie_timer.start()
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
        if is_casusview(w):
            w.bewaar_alles()
            self.tabs.removeTab(index)
            w.deleteLater()
        elif w is not None and self._los_te_sluiten(w):
            self.tabs.removeTab(index)

    def _los_te_sluiten(self, w) -> bool:
        """Pages without typed work close at once; the overview waits for its export."""
        if w is self.overzicht:
            return not self.overzicht.export_bezig
        return w in (self.zoektool, self.bewaartermijn, self.conflicten, self.werkkopieen)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.meldingen is not None:
            self.meldingen.stop()
        for i in range(1, self.tabs.count()):
            w = self.tabs.widget(i)
            if is_casusview(w):
                w.bewaar_alles()
        super().closeEvent(event)
