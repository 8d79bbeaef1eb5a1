"""The window on the team register: signing in as one's own PostgreSQL login, and the case
list that login sees."""

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from jeugdloket import teamdb
from jeugdloket.db import Database, open_database
from jeugdloket.services import casuslijst, casussen, medewerkers, toegang
from jeugdloket.ui.aanmelden import TeamAanmeldDialoog
from jeugdloket.ui.hoofdvenster import Hoofdvenster

WACHTWOORD = "een-lang-wachtwoord"


def _register(pg_url):
    beheer = open_database(pg_url)
    systeem = Database(beheer.engine)
    for naam, volledig in (("a.devries", "Anouk de Vries"), ("b.yilmaz", "Burak Yilmaz")):
        medewerkers.maak_medewerker(systeem, naam, volledig, "consulent")
        toegang.zet_wachtwoord(systeem, naam, WACHTWOORD)
    for naam in ("a.devries", "b.yilmaz"):
        d = casussen.maak_casus(
            Database(beheer.engine, naam),
            casussen.NieuweCasus(gemeente="Duiven", aanmelddatum=datetime(2026, 11, 16, 9, 30)),
        )
        casussen.voeg_persoon_toe(
            Database(beheer.engine, naam), d.id, {"rol": "jeugdige", "voornaam": naam[:1].upper()}
        )
    return beheer


def _ok(dialoog):
    return dialoog.knoppen.button(QDialogButtonBox.StandardButton.Ok)


def test_aanmelden_als_eigen_login_en_de_lijst(qtbot, pg_url):
    beheer = _register(pg_url)
    dialoog = TeamAanmeldDialoog(pg_url)  # the administrator's URL: the login is typed
    qtbot.addWidget(dialoog)
    qtbot.keyClicks(dialoog.gebruikersnaam, "a.devries")
    qtbot.keyClicks(dialoog.wachtwoord, "geraden-wachtwoord")
    qtbot.mouseClick(_ok(dialoog), Qt.MouseButton.LeftButton)
    assert dialoog.db is None and dialoog.melding.text()  # refused, the dialog stays
    assert dialoog.wachtwoord.text() == ""
    qtbot.keyClicks(dialoog.wachtwoord, WACHTWOORD)
    with qtbot.waitSignal(dialoog.accepted, timeout=10000):
        qtbot.mouseClick(_ok(dialoog), Qt.MouseButton.LeftButton)
    db, m = dialoog.db, dialoog.medewerker
    try:
        assert m.gebruikersnaam == "a.devries"
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT session_user").scalar() == "a.devries"
        venster = Hoofdvenster(db, m)
        qtbot.addWidget(venster)
        qtbot.waitUntil(lambda: venster.lijst.model.rowCount() == 1, timeout=10000)  # mine
        # The register: Burak's case too (its number and jeugdige, not its contents).
        qtbot.mouseClick(venster.lijst.knop_alle, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: venster.lijst.model.rowCount() == 2, timeout=10000)

        # A colleague saves on another computer: the open tab and the list follow within 2 s.
        eigen = next(r for r in casuslijst.casuslijst(db) if r.consulent == "Anouk de Vries")
        view = venster.open_casus(eigen.id)
        view.tabs.setCurrentWidget(view.aanmelding)
        elders = Database(beheer.engine)  # the system: elsewhere, another connection
        casussen.wijzig_casus(
            elders, eigen.id, {"hulpvraag": "Zorgen om school", "gemeente": "Doesburg"}
        )
        qtbot.waitUntil(
            lambda: view.aanmelding.hulpvraag.toPlainText() == "Zorgen om school", timeout=2000
        )
        rij = venster.lijst.model.rij_van(eigen.id)
        qtbot.waitUntil(lambda: venster.lijst.model.regel(rij).gemeente == "Doesburg", timeout=2000)
        venster.close()
    finally:
        db.sluit()
        beheer.sluit()
    assert teamdb.is_postgres(db.engine)
