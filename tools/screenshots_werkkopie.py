"""Screenshots of the werkkopie for the README: the main window on a laptop copy, the Sync
dialog's summary, the conflict view, a case with a conflict, and on the team register a case
out on a laptop and the coördinator's stale werkkopieën. Starts a private PostgreSQL as the
tests do (tests/postgres.py; needs the system's PostgreSQL).

QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_werkkopie.py
"""

import os
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HIER = Path(__file__).resolve().parent
sys.path.insert(0, str(HIER.parent / "tests"))  # tests/postgres.py: the private server

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import update  # noqa: E402

from jeugdloket import teamdb  # noqa: E402
from jeugdloket.db import Database, open_database  # noqa: E402
from jeugdloket.demo import maak_demo  # noqa: E402
from jeugdloket.models import Werkkopie, nu  # noqa: E402
from jeugdloket.services import casussen, medewerkers, werkkopie  # noqa: E402
from jeugdloket.ui.app import installeer_vertaling  # noqa: E402
from jeugdloket.ui.hoofdvenster import Hoofdvenster  # noqa: E402

DOEL = HIER.parent / "docs" / "screenshots"
WACHTWOORD = "schermafdrukken-wachtwoord"
SLEUTEL = "sleutel van de laptop"


def _met_titel(venster) -> QPixmap:
    """The window with its title drawn above it (offscreen there is no window frame)."""
    inhoud = venster.grab()
    hoogte = 30
    beeld = QPixmap(inhoud.width(), inhoud.height() + hoogte)
    beeld.fill(QColor("#dde1e6"))
    p = QPainter(beeld)
    font = QFont(venster.font())
    font.setBold(True)
    p.setFont(font)
    p.setPen(QColor("#1c2833"))
    p.drawText(0, 0, inhoud.width(), hoogte, Qt.AlignmentFlag.AlignCenter, venster.windowTitle())
    p.drawPixmap(0, hoogte, inhoud)
    p.end()
    return beeld


def _wacht(app, klaar, seconden: float = 60) -> None:
    eind = time.monotonic() + seconden
    while not klaar() and time.monotonic() < eind:
        app.processEvents()
        time.sleep(0.02)
    app.processEvents()


def _register(server) -> str:
    def sjabloon(url: str) -> None:
        db = open_database(url)
        try:
            teamdb.initialiseer(db.engine)
        finally:
            db.sluit()

    return server.url(server.nieuwe_database(sjabloon))


def _als(url: str, login: str) -> Database:
    schema, rest = url.split("://", 1)
    host = rest.split("@", 1)[1]
    return open_database(f"{schema}://{login}:{WACHTWOORD}@{host}", login)


def main() -> None:
    import postgres

    DOEL.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    installeer_vertaling(app, "nl")
    server = postgres.Server()
    try:
        url = _register(server)
        beheer = open_database(url)
        maak_demo(beheer, 60, seed=1, vandaag=date.today())
        systeem = Database(beheer.engine)
        alle = medewerkers.medewerkers(systeem)
        consulent = next(m for m in alle if m.rol == "consulent")
        coordinator = next(m for m in alle if m.rol == "coördinator")
        with beheer.engine.begin() as conn:
            teamdb.zet_login(conn, consulent.gebruikersnaam, WACHTWOORD, ["consulent"])
            teamdb.zet_login(conn, coordinator.gebruikersnaam, WACHTWOORD, ["coordinator"])
        kantoor = _als(url, consulent.gebruikersnaam)
        coord = _als(url, coordinator.gebruikersnaam)
        with tempfile.TemporaryDirectory() as tmp:
            pad = Path(tmp) / "laptop.db"
            gemaakt = werkkopie.maak(kantoor, pad, WACHTWOORD, SLEUTEL)
            laptop = open_database(pad, gebruiker=consulent.gebruikersnaam, sleutel=SLEUTEL)
            nummers = gemaakt.casusnummers
            ids = [casussen.zoek_casusnummer(laptop, n) for n in nummers[:3]]
            # At the kitchen table, and in the office meanwhile: two fields both sides changed.
            casussen.wijzig_casus(
                laptop, ids[0], {"hulpvraag": "Zorgen om schoolverzuim; moeder vraagt hulp"}
            )
            casussen.wijzig_casus(coord, ids[0], {"hulpvraag": "School meldt verzuim sinds mei"})
            casussen.wijzig_casus(laptop, ids[1], {"gemeente": "Zevenaar"})
            casussen.wijzig_casus(coord, ids[1], {"gemeente": "Westervoort"})
            casussen.wijzig_casus(
                laptop, ids[2], {"hulpvraag": "Gezin verhuisd, opnieuw kennismaken"}
            )
            casussen.maak_casus(
                laptop,
                casussen.NieuweCasus(
                    gemeente="Duiven",
                    hulpvraag="Aangemeld tijdens huisbezoek",
                    aanmelddatum=nu(),
                ),
            )

            venster = Hoofdvenster(
                laptop, medewerkers.zoek_medewerker(laptop, consulent.gebruikersnaam)
            )
            venster.resize(1366, 768)
            venster.show()
            app.processEvents()
            dlg = venster.synchroniseer()
            dlg.wachtwoord.setText(WACHTWOORD)
            dlg.start()
            _wacht(app, lambda: not dlg.bezig)
            app.processEvents()
            dlg.grab().save(str(DOEL / "werkkopie-sync.png"))
            dlg.accept()
            # Typed after the sync: waiting for the next one.
            casussen.wijzig_casus(laptop, ids[2], {"hulpvraag": "Gezin verhuisd; school gebeld"})
            venster._casus_gewijzigd(ids[2])
            venster.werk_werkkopie_bij()
            app.processEvents()
            _met_titel(venster).save(str(DOEL / "werkkopie-hoofdvenster.png"))

            view = venster.open_casus(ids[0])
            view.tabs.setCurrentWidget(view.aanmelding)
            app.processEvents()
            _met_titel(venster).save(str(DOEL / "werkkopie-casus-conflict.png"))
            view.werkkopie.knop.click()
            app.processEvents()
            venster.conflicten.casus.setCurrentIndex(0)  # all cases
            venster.conflicten.tabel.selectRow(0)
            app.processEvents()
            _met_titel(venster).save(str(DOEL / "conflicten.png"))
            venster.close()
            laptop.sluit()

            # The team register: the case is out on the laptop; the coördinator's list.
            with beheer.engine.begin() as conn:
                conn.execute(update(Werkkopie).values(laatste_sync=nu() - timedelta(days=20)))
            register = Hoofdvenster(
                coord, medewerkers.zoek_medewerker(coord, coordinator.gebruikersnaam)
            )
            register.setWindowTitle(register.windowTitle() + " – teamregister")
            register.resize(1366, 768)
            register.show()
            view = register.open_casus(ids[2])
            app.processEvents()
            _met_titel(register).save(str(DOEL / "register-op-laptop.png"))
            register.open_werkkopieen()
            app.processEvents()
            _met_titel(register).save(str(DOEL / "werkkopieen.png"))
            register.close()
        for db in (kantoor, coord, beheer):
            db.sluit()
    finally:
        server.stop()
    print(f"werkkopie screenshots in {DOEL}")


if __name__ == "__main__":
    main()
