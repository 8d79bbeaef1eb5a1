"""Benchmark: start-up to a shown case list, and filtering per keystroke.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/caselijst.py [--aantallen 10000 100000]
        [--oud /tmp/oud] [--keer 5]

Demo databases are cached in benchmarks/.cache/. Prints figures; asserts nothing. Targets
(issue 16): the list shown ≤ 3× the start of a bare PySide6 window with a 50-row table (started
in the same run), every case loaded ≤ 3 s and ≤ 200 MB peak, a keystroke's filter median
≤ 16 ms and p95 ≤ 33 ms (100,000 cases). With --oud (a checkout of the previous version, e.g.
`git worktree add /tmp/oud main`) both versions are measured in turns and printed side by side.
"""

import argparse
import json
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
KAAL = HIER / "_kaal.py"
WERKMAP = HIER.parent
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


def demo_versleuteld(gewoon: Path) -> Path:
    """The same demo encrypted with the demo passphrase, as `make run` and `jeugdloket demo` make
    it (new databases are always encrypted): the start is measured on that."""
    import shutil

    from jeugdloket.beveiliging.sleutel import DEMO_SLEUTEL
    from jeugdloket.beveiliging.versleutel import versleutel_database
    from jeugdloket.db import open_database

    open_database(gewoon).sluit()  # migrated first: no migration inside a measurement
    doel = gewoon.with_name(gewoon.stem + "-demo-sleutel.db")
    if not doel.exists() or doel.stat().st_mtime < gewoon.stat().st_mtime:
        for oud in doel.parent.glob(doel.name + "*"):
            oud.unlink()
        shutil.copyfile(gewoon, doel)
        versleutel_database(doel, DEMO_SLEUTEL)
    return doel


def _omgeving(bron: Path) -> dict:
    """The environment of a child process that runs the version in `bron`."""
    return os.environ | {"PYTHONPATH": str(bron), "QT_QPA_PLATFORM": "offscreen"}


def bytecode(bron: Path) -> None:
    """Compile the package once, as an installed app has it (this machine's Python may run with
    PYTHONDONTWRITEBYTECODE, which would compile every module at every start)."""
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(bron / "jeugdloket")],
        check=True,
        capture_output=True,
    )


def kaal() -> float:
    """Seconds from starting `python` until a bare PySide6 window with a 50-row table is shown."""
    t = time.perf_counter()
    subprocess.run([sys.executable, str(KAAL)], capture_output=True, text=True, check=True)
    return time.perf_counter() - t


def opstart(pad: Path, bron: Path = WERKMAP, typen: float = 0.0) -> tuple[float, ...]:
    """One start of the version in `bron` (`jeugdloket --db pad`, the sign-in pressed `typen` s
    after its dialog appeared): seconds from starting `python` until the list is shown, until
    every case is loaded, the peak RSS (MB), seconds until the sign-in dialog was shown, and
    from pressing "Sign in" until the list was shown."""
    t = time.perf_counter()
    uit = subprocess.run(
        [sys.executable, str(OPSTART), str(pad), str(typen)],
        capture_output=True,
        text=True,
        check=True,
        env=_omgeving(bron),
    )
    totaal = time.perf_counter() - t
    piek, volledig, getoond, dialoog, klik, einde = (float(x) for x in uit.stdout.split()[-6:])
    opstart_python = totaal - einde  # starting Python and its exit, outside the measured part
    return (
        opstart_python + getoond - typen,
        opstart_python + volledig - typen,
        piek,
        opstart_python + dialoog,
        getoond - klik,
    )


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
    # The letter index of the shown list is built in the background once the list is complete
    # (~0.3 s); an older version has none.
    while not getattr(venster.lijst.model, "heeft_index", True):
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


def toetsen_in(pad: Path, bron: Path) -> list[float]:
    """The keystroke measurement of the version in `bron`, in a process of its own."""
    uit = subprocess.run(
        [sys.executable, __file__, "--toetsen", str(pad)],
        capture_output=True,
        text=True,
        check=True,
        env=_omgeving(bron),
    )
    return json.loads(uit.stdout.strip().splitlines()[-1])


def _cijfers(tijden: list[float]) -> tuple[float, float]:
    return statistics.median(tijden), statistics.quantiles(tijden, n=20)[18]


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--aantallen", type=int, nargs="+", default=[10_000, 100_000])
    p.add_argument(
        "--oud",
        type=Path,
        metavar="MAP",
        help="een checkout van de vorige versie (git worktree add /tmp/oud main): in dezelfde "
        "run gemeten, naast de nieuwe",
    )
    p.add_argument("--keer", type=int, default=5, help="starts per versie (mediaan)")
    p.add_argument(
        "--typen",
        type=float,
        default=0.0,
        help="seconden tussen het verschijnen van het aanmeldscherm en 'Aanmelden' (0: meteen, "
        "het slechtste geval); de tijden tellen dat typen niet mee",
    )
    p.add_argument("--toetsen", type=Path, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.toetsen:  # the child process of toetsen_in
        print(json.dumps(toetsaanslagen(args.toetsen)))
        return
    bronnen = {"nieuw": WERKMAP} | ({"oud": args.oud.resolve()} if args.oud else {})
    for bron in bronnen.values():
        bytecode(bron)
    for aantal in args.aantallen:
        pad = demo_db(aantal)
        versleuteld = demo_versleuteld(pad)
        kale, metingen = [], {naam: [] for naam in bronnen}
        toetsen = {naam: [] for naam in bronnen}
        volgorde = list(bronnen.items())
        for _ in range(args.keer):  # the versions take turns: the machine's load hits both
            kale.append(kaal())
            for naam, bron in volgorde:
                metingen[naam].append(opstart(versleuteld, bron, args.typen))
            volgorde.reverse()  # and neither always comes right after the bare window
        for _ in range(2):
            for naam, bron in volgorde:
                toetsen[naam] += toetsen_in(pad, bron)
            volgorde.reverse()
        k = statistics.median(kale)
        print(
            f"{aantal} casussen (mediaan van {args.keer} starts; versies om beurten; versleuteld "
            f"bestand, aanmelden {args.typen:g} s na het verschijnen van het aanmeldscherm, dat "
            "typen niet meegeteld)"
        )
        print(f"  kaal PySide6-venster met 50 rijen: {k:.2f} s")
        for naam in bronnen:
            getoond = statistics.median(m[0] for m in metingen[naam])
            volledig = statistics.median(m[1] for m in metingen[naam])
            piek = statistics.median(m[2] for m in metingen[naam])
            dialoog = statistics.median(m[3] for m in metingen[naam])
            wachten = statistics.median(m[4] for m in metingen[naam])
            mediaan, p95 = _cijfers(toetsen[naam])
            print(
                f"  {naam:5}: aanmeldscherm {dialoog:.2f} s = {dialoog / k:.1f}× kaal; na "
                f"'Aanmelden' {wachten:.2f} s tot de lijst; zichtbare lijst {getoond:.2f} s = "
                f"{getoond / k:.1f}× kaal "
                f"(doel ≤ 3×); alle casussen geladen {volledig:.2f} s (doel ≤ 3 s), piek-RSS "
                f"{piek:.0f} MB (doel ≤ 200 MB); filteren per toetsaanslag mediaan "
                f"{mediaan:.1f} ms (doel ≤ 16), p95 {p95:.1f} ms (doel ≤ 33)"
            )


if __name__ == "__main__":
    main()
