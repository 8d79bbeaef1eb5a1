"""Benchmark: opening a case with a complete intake (target ≤ 100 ms, issue 16).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/intake.py [--oud /tmp/oud]

Imports resources/voorbeelden/casus-met-analyse.json (6 people, 9 leefgebieden, 5 network
members, 6 factors, 4 links, 3 goals, 4 actions) into a database with 10,000 demo cases, then
measures – median of 15 – the service call, and opening the case in the main window up to the
painted intake workspace, for each of the three modules. Prints figures; asserts nothing.
"""

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import text  # noqa: E402

from jeugdloket.db import open_database  # noqa: E402
from jeugdloket.demo import maak_demo  # noqa: E402
from jeugdloket.paden import RESOURCES  # noqa: E402
from jeugdloket.services import casussen, intake, medewerkers, uitwisseling  # noqa: E402
from jeugdloket.ui.app import installeer_vertaling  # noqa: E402
from jeugdloket.ui.hoofdvenster import Hoofdvenster  # noqa: E402

KEER = 15


def ms(tijden: list[float]) -> str:
    return f"mediaan {statistics.median(tijden) * 1000:.0f} ms, max {max(tijden) * 1000:.0f} ms"


def main() -> None:
    if "--oud" in sys.argv:
        # The previous version (a checkout) in a process of its own, before this one: the same
        # script, its package first on the path.
        oud = Path(sys.argv[sys.argv.index("--oud") + 1]).resolve()
        print(f"oud ({oud}):", flush=True)
        subprocess.run(
            [sys.executable, __file__],
            env=os.environ | {"PYTHONPATH": str(oud), "QT_QPA_PLATFORM": "offscreen"},
            check=True,
        )
        print("nieuw:", flush=True)
    app = QApplication([])
    installeer_vertaling(app, "nl")
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "b.db")  # set-up as internal work: no rights check
        maak_demo(db, 10_000, seed=1, vandaag=date(2026, 11, 20))
        doc = json.loads((RESOURCES / "voorbeelden" / "casus-met-analyse.json").read_text("utf-8"))
        uitwisseling.importeer(db, doc)
        cid = casussen.zoek_casusnummer(db, "2026-0901")
        # Measured as the case's own consulent (a colleague would first be asked for a reason).
        with db.engine.connect() as conn:
            db.gebruiker = conn.execute(
                text(
                    "SELECT m.gebruikersnaam FROM medewerker m JOIN casus c "
                    "ON c.consulent_id = m.id WHERE c.casusnummer = '2026-0901'"
                )
            ).scalar_one()
        venster = Hoofdvenster(db, medewerkers.zoek_medewerker(db, db.gebruiker))
        venster.resize(1366, 768)
        venster.show()
        while not venster.lijst.volledig:
            app.processEvents()
            time.sleep(0.005)

        dienst = []
        for _ in range(KEER):
            t = time.perf_counter()
            intake.intake(db, cid)
            dienst.append(time.perf_counter() - t)
        print(f"intake.intake() van een volledige intake: {ms(dienst)}")

        for stap, naam in enumerate(("Verkennen", "Verdiepen (analyse)", "Vervullen")):
            tijden = []
            for _ in range(KEER):
                intake.zet_intake(db, cid, {"fase": intake.FASEN[stap]})
                t = time.perf_counter()
                view = venster.open_casus(cid)
                view.tabs.setCurrentWidget(view.intake)
                if stap == 1:
                    view.intake.verdiepen.tabs.setCurrentIndex(2)
                view.repaint()
                app.processEvents()
                tijden.append(time.perf_counter() - t)
                venster.sluit_tab(venster.tabs.indexOf(view))
                app.processEvents()
            print(f"casus openen tot getekende intake, {naam}: {ms(tijden)} (doel ≤ 100 ms)")
        venster.close()
        db.sluit()


if __name__ == "__main__":
    main()
