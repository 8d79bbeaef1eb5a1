"""Benchmark: start-up to a shown case list, and filtering per keystroke.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/caselijst.py [--aantallen 10000 100000]

Demo databases are cached in benchmarks/.cache/. Prints figures; asserts nothing
(targets from issue 2: start-up < 1.5 s at 100,000 cases; keystroke median < 50 ms).
"""

import argparse
import os
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HIER = Path(__file__).resolve().parent
CACHE = HIER / ".cache"
OPSTART = HIER / "_opstart.py"
VRAGEN = ["jansen", "de vries", "6921", "2025-01", "zoe", "lukasz", "111"]


def demo_db(aantal: int) -> Path:
    from jeugdloket.db import open_database
    from jeugdloket.demo import maak_demo

    pad = CACHE / f"demo-{aantal}.db"
    if not pad.exists():
        CACHE.mkdir(exist_ok=True)
        t = time.perf_counter()
        db = open_database(pad, gebruiker="demo")
        maak_demo(db, aantal, seed=1, vandaag=date(2026, 11, 20))
        db.sluit()
        print(f"  demo-database met {aantal} casussen gemaakt in {time.perf_counter() - t:.1f} s")
    return pad


def opstart(pad: Path, keer: int = 3) -> tuple[float, float, float]:
    """Seconds from starting `python` until the list is shown, and until every case is loaded.

    Also the part of "shown" spent inside the process (after the interpreter started).
    """
    getoond, volledig, binnen = [], [], []
    for _ in range(keer):
        t = time.perf_counter()
        uit = subprocess.run(
            [sys.executable, str(OPSTART), str(pad)], capture_output=True, text=True, check=True
        )
        totaal = time.perf_counter() - t
        na_start_volledig, na_start_getoond = (float(x) for x in uit.stdout.split()[-2:])
        opstart_python = totaal - na_start_volledig
        getoond.append(opstart_python + na_start_getoond)
        volledig.append(totaal)
        binnen.append(na_start_getoond)
    return statistics.median(getoond), statistics.median(volledig), statistics.median(binnen)


def toetsaanslagen(pad: Path) -> list[float]:
    from PySide6.QtWidgets import QApplication

    from jeugdloket.db import open_database
    from jeugdloket.services import medewerkers
    from jeugdloket.ui.hoofdvenster import Hoofdvenster

    app = QApplication.instance() or QApplication([])
    # A consulent of the demo, as at a real start (an unknown name would see no cases).
    db = open_database(pad, gebruiker="a.devries")
    mw = medewerkers.zoek_medewerker(db, "a.devries")
    venster = Hoofdvenster(db, mw)
    venster.resize(1366, 768)
    venster.show()
    venster.lijst.knop_alle.click()
    venster.lijst.knop_alle_toestanden.click()
    while not venster.lijst.volledig:
        app.processEvents()
        time.sleep(0.005)
    app.processEvents()
    tijden = []
    for vraag in VRAGEN:
        venster.lijst.zoekveld.clear()
        app.processEvents()
        for i in range(1, len(vraag) + 1):
            t = time.perf_counter()
            venster.lijst.zoekveld.setText(vraag[:i])
            venster.lijst.tabel.viewport().repaint()
            app.processEvents()
            tijden.append((time.perf_counter() - t) * 1000)
        # backspace over the whole word: the widening direction re-filters all rows
        for i in range(len(vraag) - 1, -1, -1):
            t = time.perf_counter()
            venster.lijst.zoekveld.setText(vraag[:i])
            venster.lijst.tabel.viewport().repaint()
            app.processEvents()
            tijden.append((time.perf_counter() - t) * 1000)
    venster.close()
    db.sluit()
    return tijden


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--aantallen", type=int, nargs="+", default=[10_000, 100_000])
    args = p.parse_args()
    for aantal in args.aantallen:
        print(f"{aantal} casussen")
        pad = demo_db(aantal)
        getoond, volledig, binnen = opstart(pad)
        print(
            f"  opstart tot zichtbare casuslijst: {getoond:.2f} s (waarvan {binnen:.2f} s na het starten van "
            f"Python); alle casussen geladen na {volledig:.2f} s"
        )
        tijden = toetsaanslagen(pad)
        kwantielen = statistics.quantiles(tijden, n=20)
        print(
            f"  filteren per toetsaanslag ({len(tijden)} aanslagen): mediaan {statistics.median(tijden):.1f} ms, "
            f"p95 {kwantielen[18]:.1f} ms, max {max(tijden):.1f} ms"
        )


if __name__ == "__main__":
    main()
