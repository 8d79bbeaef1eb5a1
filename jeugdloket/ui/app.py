"""Starting the window: language, database (migrated, backed up first), who is working.

`JEUGDLOKET_ZELFTEST=aanmelden` is a smoke test for an installed copy (tests/test_bundle.py, the
IT guide in packaging/): once the first dialog runs its event loop (the sign-in; the passphrase
when one must be asked), one line naming it goes to stdout and the dialog is closed, so the
program ends with 0 without anyone signing in.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from jeugdloket.paden import TRANSLATIONS, is_postgres_url
from jeugdloket.taal import zet_taal

if TYPE_CHECKING:  # the database layer loads behind the first dialog (ui/snelstart.py)
    from jeugdloket.db import Database
    from jeugdloket.services.medewerkers import MedewerkerData

_vertalers: list[QTranslator] = []  # kept alive as long as the application


def installeer_vertaling(app: QApplication, taal: str | None = None) -> str:
    """Dutch by default; English (the source language) with --lang en or JEUGDLOKET_TAAL=en."""
    taal = taal or os.environ.get("JEUGDLOKET_TAAL") or "nl"
    # Errors, statuses and signals from the services follow the same choice (jeugdloket/taal.py).
    zet_taal(taal)
    for vertaler in _vertalers:
        app.removeTranslator(vertaler)
    _vertalers.clear()
    if taal == "nl":
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        eigen = QTranslator(app)
        if eigen.load(str(TRANSLATIONS / "jeugdloket_nl.qm")):
            app.installTranslator(eigen)
            _vertalers.append(eigen)
        qt = QTranslator(app)  # Qt's own buttons and context menus
        if qt.load("qtbase_nl", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _vertalers.append(qt)
    else:
        # English with British conventions: 03/12/2026 and a decimal point (ui/opmaak.py).
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return taal


def kies_medewerker(
    db: Database, gebruiker: str | None, settings: QSettings
) -> MedewerkerData | None:
    """Sign in with a password (ui/aanmelden.py); the name from the command line or the last
    sign-in is filled in (on a werkkopie: its consultant, whose sign-in hash it carries). An
    empty database makes its first account here."""
    from jeugdloket.services import werkkopie
    from jeugdloket.ui import aanmelden

    eigen = werkkopie.stand(db)
    voorstel = gebruiker or settings.value("medewerker") or (eigen.gebruiker if eigen else None)
    medewerker = aanmelden.vraag_aanmelding(db, str(voorstel) if voorstel else None)
    if medewerker is not None:
        settings.setValue("medewerker", medewerker.gebruikersnaam)
    return medewerker


def start_gui(db_doel: str, gebruiker: str | None = None, taal: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Jeugdloket")
    app.setOrganizationName("Jeugdloket")
    from jeugdloket.ui import lettergrootte, snelstart

    # The database layer loads from here on, behind whichever dialog comes first.
    snelstart.laad_vooraf()
    installeer_vertaling(app, taal)
    # The system's font size, or Grote letters when chosen before: from the first dialog on.
    lettergrootte.zet_grote_letters(lettergrootte.grote_letters_gekozen(), bewaar=False)

    if is_postgres_url(db_doel):
        return _start_team(app, db_doel, gebruiker)
    settings = QSettings()
    settings.beginGroup(f"database/{db_doel}")
    if os.environ.get("JEUGDLOKET_ZELFTEST") == "aanmelden":
        # Fires inside the modal dialog's event loop: proof that the window really came up.
        QTimer.singleShot(0, _zelftest_aanmelden)
    sleutel = snelstart.bekende_sleutel(db_doel)
    if sleutel is not None:
        # The sign-in dialog at once; the file opens behind it.
        voorstel = gebruiker or settings.value("medewerker") or None
        snel = snelstart.snelle_aanmelding(db_doel, sleutel, str(voorstel) if voorstel else None)
        if not snel.terugval:
            if snel.medewerker is None:
                return 0
            settings.setValue("medewerker", snel.medewerker.gebruikersnaam)
            return _na_aanmelding(app, snel.db, snel.medewerker)
    from jeugdloket.ui import beveiliging

    try:
        # Asks the passphrase (or uses JEUGDLOKET_SLEUTEL, the keyring, the demo passphrase).
        db = beveiliging.open_database_venster(db_doel)
    except Exception as e:  # a Dutch message, not a traceback, when the file cannot be opened
        QMessageBox.critical(
            None,
            app.translate("start", "Jeugdloket"),
            app.translate("start", "The database %1 cannot be opened: %2")
            .replace("%1", db_doel)
            .replace("%2", str(e)),
        )
        return 1
    if db is None:  # the user cancelled the passphrase (or the restore)
        return 0
    medewerker = kies_medewerker(db, gebruiker, settings)
    if medewerker is None:
        db.sluit()
        return 0
    return _na_aanmelding(app, db, medewerker)


def _na_aanmelding(app: QApplication, db: Database, medewerker: MedewerkerData) -> int:
    """The main window for the signed-in medewerker, with the file's watch."""
    from jeugdloket.ui import beveiliging

    db.gebruiker = medewerker.gebruikersnaam
    venster = _venster(db, medewerker)
    if beveiliging.is_demo(db):
        venster.setWindowTitle(
            venster.windowTitle() + app.translate("start", " – demo data (public demo passphrase)")
        )
    # Integrity check off the UI thread (a damaged file: offer the newest good backup), the daily
    # backup, and a backup when the window closes.
    bewaking = beveiliging.Bewaking(db)
    bewaking.afsluiten_gevraagd.connect(app.quit)
    bewaking.start()
    try:
        return app.exec()
    finally:
        bewaking.bij_afsluiten()
        db.sluit()


def _zelftest_aanmelden() -> None:
    from jeugdloket.ui.aanmelden import AanmeldDialoog

    dialoog = QApplication.activeModalWidget()
    if isinstance(dialoog, AanmeldDialoog) and dialoog.db is None:
        # The fast start: the dialog is up, its database still opening – the smoke test also
        # vouches for the database, so it waits for that.
        QTimer.singleShot(20, _zelftest_aanmelden)
        return
    if sys.stdout is not None:  # a windowed Windows program has no stdout
        naam = f"{type(dialoog).__name__} {dialoog.windowTitle()!r}" if dialoog else "geen venster"
        print(f"zelftest aanmelden: {naam} ({QApplication.platformName()})", flush=True)
    if dialoog is not None:
        dialoog.close()  # a closed modal dialog is a rejected one: the start ends with 0


def _venster(db: Database, medewerker: MedewerkerData):
    """The main window, shown, behind a password after 5 minutes without input."""
    from jeugdloket.ui.aanmelden import Vergrendeling
    from jeugdloket.ui.hoofdvenster import Hoofdvenster

    venster = Hoofdvenster(db, medewerker)
    venster.show()
    # Hides the window behind a password after 5 minutes without input (saved first).
    venster.vergrendeling = Vergrendeling(venster, db, medewerker)
    return venster


def _start_team(app: QApplication, doel: str, gebruiker: str | None) -> int:
    """The team register: sign in as one's own login. No file checks or backups here: the
    server is backed up by IT (pg_dump, README)."""
    from jeugdloket.ui import aanmelden

    settings = QSettings()
    settings.beginGroup("teamregister")
    voorstel = gebruiker or settings.value("medewerker") or None
    uitkomst = aanmelden.vraag_teamaanmelding(doel, str(voorstel) if voorstel else None)
    if uitkomst is None:
        return 0
    db, medewerker = uitkomst
    settings.setValue("medewerker", medewerker.gebruikersnaam)
    db.gebruiker = medewerker.gebruikersnaam
    venster = _venster(db, medewerker)
    venster.setWindowTitle(venster.windowTitle() + app.translate("start", " – team register"))
    try:
        return app.exec()
    finally:
        db.sluit()
