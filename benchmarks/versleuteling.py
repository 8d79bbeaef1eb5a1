"""Benchmark: SQLCipher against plain SQLite – opening the database and listing 100,000 cases.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/versleuteling.py [--aantal 100000]

Uses the demo database of benchmarks/caselijst.py (cached in benchmarks/.cache/) and an
encrypted copy of it made with `sqlcipher_export`. Every measurement runs in a fresh process,
plain and encrypted taking turns, with the file in the OS cache (as on a laptop that has run
the app before). Measured:
  - service: open_database (key derivation, pragmas, schema check) + casuslijst.casuslijst, the
    query the case list runs at every start;
  - window: from starting Python until the case list is shown, and until all cases are loaded
    (benchmarks/_opstart.py, the same as make benchmark).
Prints medians and the ratio encrypted / plain (target ≤ 1.5×). Asserts nothing.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HIER = Path(__file__).resolve().parent
sys.path.insert(0, str(HIER))
SLEUTEL = "benchmark-sleutel voor de meting"


def versleutelde_kopie(gewoon: Path) -> Path:
    """An encrypted copy next to the cached demo database (remade when the demo is newer)."""
    from jeugdloket.beveiliging.sleutel import sqlcipher_module
    from jeugdloket.db import open_database

    open_database(gewoon).sluit()  # migrated first: no migration inside a measurement
    doel = gewoon.with_name(gewoon.stem + "-versleuteld.db")
    if doel.exists() and doel.stat().st_mtime >= gewoon.stat().st_mtime:
        return doel
    t = time.perf_counter()
    tijdelijk = doel.with_name(doel.name + ".bezig")
    tijdelijk.unlink(missing_ok=True)
    con = sqlcipher_module().connect(str(gewoon))
    con.execute("ATTACH DATABASE ? AS versleuteld KEY ?", (str(tijdelijk), SLEUTEL))
    con.execute("SELECT sqlcipher_export('versleuteld')")
    con.execute("DETACH DATABASE versleuteld")
    con.close()
    tijdelijk.replace(doel)
    print(f"  versleutelde kopie gemaakt in {time.perf_counter() - t:.1f} s")
    return doel


def _meet_service(pad: str, sleutel: str | None) -> None:
    """In a fresh process: seconds to open and to list, as JSON on stdout."""
    t0 = time.perf_counter()
    from jeugdloket.db import open_database
    from jeugdloket.services import casuslijst

    t1 = time.perf_counter()
    # A consulent of the demo: the case list as at a real start (an unknown name sees none).
    db = open_database(pad, gebruiker="a.devries", sleutel=sleutel)
    t2 = time.perf_counter()
    regels = casuslijst.casuslijst(db)
    t3 = time.perf_counter()
    db.sluit()
    print(json.dumps({"import": t1 - t0, "open": t2 - t1, "lijst": t3 - t2, "aantal": len(regels)}))


def service(pad: Path, sleutel: str | None) -> dict:
    uit = subprocess.run(
        [sys.executable, __file__, "--meet", str(pad)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "BENCH_SLEUTEL": sleutel or ""},
    )
    return json.loads(uit.stdout.splitlines()[-1])


def venster(pad: Path, sleutel: str | None) -> tuple[float, float]:
    """Seconds from starting Python to the shown list, and to all cases loaded."""
    omgeving = {**os.environ}
    omgeving.pop("JEUGDLOKET_SLEUTEL", None)
    if sleutel:
        omgeving["JEUGDLOKET_SLEUTEL"] = sleutel  # open_database takes it for an encrypted file
    t = time.perf_counter()
    uit = subprocess.run(
        [sys.executable, str(HIER / "_opstart.py"), str(pad)],
        capture_output=True,
        text=True,
        check=True,
        env=omgeving,
    )
    totaal = time.perf_counter() - t
    na_start_volledig, na_start_getoond = (float(x) for x in uit.stdout.split()[-2:])
    return totaal - na_start_volledig + na_start_getoond, totaal


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--aantal", type=int, default=100_000)
    p.add_argument("--keer", type=int, default=5)
    p.add_argument("--zonder-venster", action="store_true", help="alleen de service meten")
    p.add_argument("--meet", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.meet:
        _meet_service(args.meet, os.environ.get("BENCH_SLEUTEL") or None)
        return

    from caselijst import demo_db

    print(f"{args.aantal} casussen")
    gewoon = demo_db(args.aantal)
    versleuteld = versleutelde_kopie(gewoon)
    print(
        f"  bestanden: {gewoon.stat().st_size / 1e6:.0f} MB gewoon, "
        f"{versleuteld.stat().st_size / 1e6:.0f} MB versleuteld (SQLCipher 4, standaardinstellingen: "
        "4096-byte pagina's, PBKDF2-HMAC-SHA512 met 256.000 rondes)"
    )
    service(gewoon, None)  # warm the OS file cache for both files
    service(versleuteld, SLEUTEL)

    metingen: dict[str, list[dict]] = {"gewoon": [], "versleuteld": []}
    for _ in range(args.keer):
        metingen["gewoon"].append(service(gewoon, None))
        metingen["versleuteld"].append(service(versleuteld, SLEUTEL))
    med = {
        soort: {k: statistics.median(m[k] for m in lijst) for k in ("open", "lijst")}
        for soort, lijst in metingen.items()
    }
    assert all(m["aantal"] == args.aantal for lijst in metingen.values() for m in lijst)
    print(f"  openen + casuslijst (mediaan van {args.keer}, elk in een nieuw proces):")
    for soort in ("gewoon", "versleuteld"):
        m = med[soort]
        print(
            f"    {soort:<12} openen {m['open']:.3f} s + lijst {m['lijst']:.3f} s "
            f"= {m['open'] + m['lijst']:.3f} s"
        )
    totaal_g = med["gewoon"]["open"] + med["gewoon"]["lijst"]
    totaal_v = med["versleuteld"]["open"] + med["versleuteld"]["lijst"]
    print(
        f"    verhouding versleuteld/gewoon: {totaal_v / totaal_g:.2f}× "
        f"(openen {med['versleuteld']['open'] / med['gewoon']['open']:.2f}×, "
        f"lijst {med['versleuteld']['lijst'] / med['gewoon']['lijst']:.2f}×; doel ≤ 1,5×)"
    )
    if args.zonder_venster:
        return

    keer = max(3, args.keer // 2)
    tijden: dict[str, list[tuple[float, float]]] = {"gewoon": [], "versleuteld": []}
    for _ in range(keer):
        tijden["gewoon"].append(venster(gewoon, None))
        tijden["versleuteld"].append(venster(versleuteld, SLEUTEL))
    print(f"  venster (mediaan van {keer}): opstart tot zichtbare lijst / alle casussen geladen")
    uitkomst = {}
    for soort, lijst in tijden.items():
        getoond = statistics.median(t[0] for t in lijst)
        volledig = statistics.median(t[1] for t in lijst)
        uitkomst[soort] = (getoond, volledig)
        print(f"    {soort:<12} {getoond:.2f} s / {volledig:.2f} s")
    print(
        f"    verhouding versleuteld/gewoon: zichtbaar "
        f"{uitkomst['versleuteld'][0] / uitkomst['gewoon'][0]:.2f}×, alles geladen "
        f"{uitkomst['versleuteld'][1] / uitkomst['gewoon'][1]:.2f}×"
    )


if __name__ == "__main__":
    main()
