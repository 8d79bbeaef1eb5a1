"""Screenshots of the window in English (--lang en), offscreen from a fresh demo database:
docs/screenshots/engels-*.png. Statuses, signals and the services' errors show in English too.

QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_engels.py
"""

import json
import os
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from jeugdloket.db import open_database  # noqa: E402
from jeugdloket.demo import maak_demo  # noqa: E402
from jeugdloket.fouten import Fout  # noqa: E402
from jeugdloket.paden import RESOURCES  # noqa: E402
from jeugdloket.services import casussen, catalogus, medewerkers, uitwisseling  # noqa: E402
from jeugdloket.ui.app import installeer_vertaling  # noqa: E402
from jeugdloket.ui.hoofdvenster import Hoofdvenster  # noqa: E402

DOEL = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def _wacht(app: QApplication, seconden: float = 0.5) -> None:
    eind = time.monotonic() + seconden
    while time.monotonic() < eind:
        app.processEvents()
        time.sleep(0.01)


def main() -> None:
    app = QApplication.instance() or QApplication([])
    installeer_vertaling(app, "en")
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "demo.db", gebruiker="demo")
        maak_demo(db, 12, seed=1, vandaag=date(2026, 11, 16))
        coordinator = next(m for m in medewerkers.medewerkers(db) if m.heeft_rol("coördinator"))
        db.gebruiker = coordinator.gebruikersnaam
        catalogus.laad_demo(db)
        doc = json.loads((RESOURCES / "voorbeelden" / "casus-met-analyse.json").read_text("utf-8"))
        uitwisseling.importeer(db, doc)

        venster = Hoofdvenster(db, coordinator)
        venster.resize(1280, 800)
        venster.show()
        venster.lijst.knop_alle.click()
        _wacht(app, 1.0)
        venster.grab().save(str(DOEL / "engels-hoofdvenster.png"))

        venster.open_casus(casussen.zoek_casusnummer(db, "2026-0901"))
        _wacht(app, 1.0)
        venster.grab().save(str(DOEL / "engels-casus.png"))

        # An error of a service as the window shows it (widgets.meld_fout).
        try:
            casussen.wijzig_casus(db, uuid.uuid4(), {"gemeente": "Duiven"})
        except Fout as e:
            tekst = str(e)
        try:
            casussen.wijzig_casus(
                db, casussen.zoek_casusnummer(db, "2026-0901"), {"gemeente": "x" * 101}
            )
        except Fout as e:
            tekst += "\n" + str(e)
        melding = QMessageBox(QMessageBox.Icon.Warning, venster.tr("Case"), tekst, parent=venster)
        melding.show()
        _wacht(app)
        melding.grab().save(str(DOEL / "engels-fout.png"))
        melding.close()
        venster.close()
        db.sluit()
    installeer_vertaling(app, "nl")


if __name__ == "__main__":
    main()
