"""Benchmark: the command line as a scheduled job uses it (issue 16).

    .venv/bin/python benchmarks/cli.py [--oud /tmp/oud] [--keer 9]

Makes an encrypted file with 50 demo cases (JEUGDLOKET_SLEUTEL, SQLCipher with its 256,000
rounds of key derivation, which stay), then times in fresh processes `jeugdloket --help` and
`jeugdloket export casussen --casus NR --db F -o uit.json` (as `python -m jeugdloket` and as the
installed command's entry point) – with --oud also the previous
version (a checkout, e.g. `git worktree add /tmp/oud main`), the versions taking turns.
Prints medians with the targets: --help ≤ 0.3 s, the one-case export ≤ 0.8 s. Asserts nothing.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HIER = Path(__file__).resolve().parent
sys.path.insert(0, str(HIER))

from caselijst import WERKMAP, bytecode  # noqa: E402

SLEUTEL = "Zonnige-Rivier-Kompas-482"


# What the installed `jeugdloket` command runs (its console-script wrapper), beside `python -m`.
OPDRACHT = "import sys; from jeugdloket.__main__ import main; sys.argv[0] = 'jeugdloket'; main()"


def jeugdloket(bron: Path, *args: str, als_opdracht: bool = False) -> tuple[float, str]:
    omgeving = os.environ | {"PYTHONPATH": str(bron), "JEUGDLOKET_SLEUTEL": SLEUTEL}
    start = ["-c", OPDRACHT] if als_opdracht else ["-m", "jeugdloket"]
    t = time.perf_counter()
    # Started in its own checkout: `python -m` and `-c` put the current folder first on
    # sys.path, before PYTHONPATH, so from another checkout both versions would run that one.
    uit = subprocess.run(
        [sys.executable, *start, *args],
        capture_output=True,
        text=True,
        check=True,
        env=omgeving,
        cwd=bron,
    )
    return time.perf_counter() - t, uit.stdout


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--oud", type=Path, metavar="MAP", help="checkout van de vorige versie")
    p.add_argument("--keer", type=int, default=9)
    args = p.parse_args()
    bronnen = {"nieuw": WERKMAP} | ({"oud": args.oud.resolve()} if args.oud else {})
    for bron in bronnen.values():
        bytecode(bron)
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "versleuteld.db")
        uit = str(Path(tmp) / "uit.json")
        jeugdloket(WERKMAP, "demo", "--casussen", "50", "--db", db)
        _, tekst = jeugdloket(WERKMAP, "export", "casussen", "--db", db, "-o", "-")
        nummer = json.loads(tekst)["casussen"][0]["casusnummer"]
        hulp = {naam: [] for naam in bronnen}
        export = {naam: [] for naam in bronnen}
        opdracht = {naam: [] for naam in bronnen}
        een = ("export", "casussen", "--casus", nummer, "--db", db, "-o", uit)
        for _ in range(args.keer):
            for naam, bron in bronnen.items():
                hulp[naam].append(jeugdloket(bron, "--help")[0])
                export[naam].append(jeugdloket(bron, *een)[0])
                opdracht[naam].append(jeugdloket(bron, *een, als_opdracht=True)[0])
    print(f"opdrachtregel, mediaan van {args.keer} keer (versies om beurten)")
    for naam in bronnen:
        print(
            f"  {naam:5}: jeugdloket --help {statistics.median(hulp[naam]):.2f} s (doel ≤ 0,3 s); "
            f"export van één casus uit een versleuteld bestand "
            f"{statistics.median(export[naam]):.2f} s (doel ≤ 0,8 s), via de opdracht "
            f"jeugdloket {statistics.median(opdracht[naam]):.2f} s"
        )


if __name__ == "__main__":
    main()
