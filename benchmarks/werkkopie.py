"""Benchmark: syncing a werkkopie with 40 cases and 500 changed fields (issue 14, item 6).

    .venv/bin/python benchmarks/werkkopie.py [--casussen 2000] [--meegenomen 40] [--velden 500]

Starts its own PostgreSQL as benchmarks/team.py does (tests/postgres.py, fsync on), builds a
team register over loopback with --casussen demo cases spread over 20 consultant logins, and
makes a werkkopie (SQLCipher) of --meegenomen of the first consultant's cases. On the laptop
--velden free-text fields change, spread over the tables those cases have rows in (case,
persons, contact moments, intake, goals, …), written straight into the file as a day of
offline typing would leave them (the outbox is the difference from the base, however it came
about), plus a new contact moment in every case through the service (a logged insert).

The register and the file are then copied (CREATE DATABASE … TEMPLATE, a file copy): one pair
is synced in-process (synchronisatie.synchroniseer, statements to the register counted), the
other with `jeugdloket werkkopie sync` as a subprocess (whole command: start-up, key
derivation, sync). Then a second, empty sync. Prints the figures with the target (< 5 s);
exits 0 whatever they are.
"""

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

HIER = Path(__file__).resolve().parent
sys.path.insert(0, str(HIER.parent))
sys.path.insert(0, str(HIER.parent / "tests"))
sys.path.insert(0, str(HIER))

from team import WACHTWOORD, bouw_postgres, consulentnamen, start_server  # noqa: E402

SLEUTEL = "benchmark-sleutel van de laptop"
DOEL_S = 5.0
CONSULENTEN = 20


def vrije_tekstvelden(t) -> list[str]:
    """Columns a person types free text in: text without a short length, no keys."""
    from sqlalchemy import String
    from sqlmodel.sql.sqltypes import AutoString

    from jeugdloket.services import werkkopie_rijen as wr

    uit = []
    for naam in wr.vergeleken_velden(t):
        kolom = t.c[naam]
        if kolom.foreign_keys or naam in ("gemeente", "ref", "email"):
            continue
        if isinstance(kolom.type, (String, AutoString)) and (kolom.type.length or 1000) >= 100:
            uit.append(naam)
    return uit


def wijzig_op_laptop(pad: Path, gebruiker: str, velden: int, seed: int) -> dict[str, int]:
    """`velden` free-text fields changed over the werkkopie's rows; a contact moment per case.
    Returns changed fields per table."""
    from sqlalchemy import select

    from jeugdloket.db import open_database
    from jeugdloket.models import Casus
    from jeugdloket.services import casussen
    from jeugdloket.services import werkkopie_rijen as wr

    rng = random.Random(seed)
    db = open_database(pad, gebruiker=gebruiker, sleutel=SLEUTEL)
    try:
        with db.engine.begin() as conn:
            ids = list(conn.execute(select(Casus.__table__.c.id)).scalars())
            kandidaten = [
                (naam, key, veld)
                for per in wr.lees_casussen(conn, ids).values()
                for (naam, key) in per
                for veld in vrije_tekstvelden(wr.tabel(naam))
            ]
            gekozen = rng.sample(kandidaten, min(velden, len(kandidaten)))
            per_tabel: dict[str, int] = {}
            for n, (naam, key, veld) in enumerate(gekozen):
                wr.werk_bij(conn, wr.tabel(naam), key, {veld: f"op de laptop gewijzigd {n}"})
                per_tabel[naam] = per_tabel.get(naam, 0) + 1
        for cid in ids:
            casussen.voeg_contactmoment_toe(
                db, cid, datetime(2026, 11, 18, 10), "huisbezoek", "aan de keukentafel"
            )
    finally:
        db.sluit()
    return per_tabel


def kopieer(server, naam: str, pad: Path) -> tuple[str, Path]:
    """A second register and laptop file, the file pointing at the second register."""
    from psycopg import sql
    from sqlalchemy import select, update

    from jeugdloket.db import open_database
    from jeugdloket.models import WerkkopieStand

    kopie = naam + "_cli"
    with server.verbind() as c:
        c.execute(
            sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                sql.Identifier(kopie), sql.Identifier(naam)
            )
        )
    doel = pad.with_name("cli-" + pad.name)
    shutil.copy2(pad, doel)
    db = open_database(doel, sleutel=SLEUTEL)
    try:
        with db.engine.begin() as conn:
            url = conn.execute(select(WerkkopieStand.__table__.c.team_url)).scalar()
            conn.execute(update(WerkkopieStand.__table__).values(team_url=url.replace(naam, kopie)))
    finally:
        db.sluit()
    return kopie, doel


def sync_in_proces(server, naam: str, pad: Path, login: str) -> tuple[float, int, object]:
    from sqlalchemy import event

    from jeugdloket.db import open_database
    from jeugdloket.services import synchronisatie

    team = open_database(server.url(naam, login, WACHTWOORD), login)
    lokaal = open_database(pad, gebruiker=login, sleutel=SLEUTEL)
    opdrachten = [0]

    def tel(*_):
        opdrachten[0] += 1

    event.listen(team.engine, "before_cursor_execute", tel)
    try:
        t = time.perf_counter()
        verslag = synchronisatie.synchroniseer(lokaal, team)
        return time.perf_counter() - t, opdrachten[0], verslag
    finally:
        lokaal.sluit()
        team.sluit()


def sync_cli(pad: Path) -> tuple[float, int, str]:
    omgeving = dict(os.environ, PGPASSWORD=WACHTWOORD, JEUGDLOKET_SLEUTEL=SLEUTEL)
    omgeving.pop("JEUGDLOKET_GEBRUIKER", None)
    t = time.perf_counter()
    r = subprocess.run(
        [sys.executable, "-m", "jeugdloket", "werkkopie", "sync", "--db", str(pad)],
        capture_output=True,
        text=True,
        env=omgeving,
    )
    return time.perf_counter() - t, r.returncode, (r.stdout + r.stderr).strip()


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--casussen", type=int, default=2_000)
    p.add_argument("--meegenomen", type=int, default=40)
    p.add_argument("--velden", type=int, default=500)
    args = p.parse_args()

    from sqlalchemy import select

    from jeugdloket.db import open_database
    from jeugdloket.models import Casus, Medewerker
    from jeugdloket.services import werkkopie

    map_ = Path(tempfile.mkdtemp(prefix="jeugdloket-werkkopie-bench-"))
    server = start_server()
    try:
        t = time.perf_counter()
        naam, _ = bouw_postgres(server, args.casussen, CONSULENTEN, date.today())
        print(f"Teamregister met {args.casussen} casussen klaar in {time.perf_counter() - t:.1f} s")
        login = consulentnamen(CONSULENTEN)[0]
        team = open_database(server.url(naam, login, WACHTWOORD), login)
        try:
            c, m = Casus.__table__.c, Medewerker.__table__.c
            with team.engine.connect() as conn:
                eigen = conn.execute(select(m.id).where(m.gebruikersnaam == login)).scalar()
                nummers = list(
                    conn.execute(
                        select(c.casusnummer)
                        .where(c.consulent_id == eigen)
                        .order_by(c.casusnummer)
                        .limit(args.meegenomen)
                    ).scalars()
                )
            pad = map_ / "laptop.db"
            t = time.perf_counter()
            werkkopie.maak(team, pad, WACHTWOORD, SLEUTEL, nummers)
            print(
                f"Werkkopie van {len(nummers)} casussen gemaakt in {time.perf_counter() - t:.1f} s"
            )
        finally:
            team.sluit()
        per_tabel = wijzig_op_laptop(pad, login, args.velden, seed=1)
        print(
            f"Op de laptop: {sum(per_tabel.values())} velden gewijzigd ("
            + ", ".join(f"{k} {v}" for k, v in sorted(per_tabel.items()))
            + f"), {len(nummers)} nieuwe contactmomenten"
        )
        kopie, cli_pad = kopieer(server, naam, pad)

        dienst_s, opdrachten, verslag = sync_in_proces(server, naam, pad, login)
        leeg_s, leeg_opdrachten, _ = sync_in_proces(server, naam, pad, login)
        cli_s, code, uitvoer = sync_cli(cli_pad)
        print()
        print(f"werkkopie sync, dienst in het proces:  {dienst_s:5.2f} s  doel < {DOEL_S:.0f} s  "
              f"{'PASS' if dienst_s < DOEL_S else 'FAIL'}")  # fmt: skip
        print(f"  {verslag.toegepast} velden en regels geschreven, {verslag.casussen} casussen, "
              f"{len(verslag.conflicten)} conflicten, {verslag.logregels} logboekregels; "
              f"{opdrachten} SQL-opdrachten naar het register")  # fmt: skip
        print(f"werkkopie sync, hele CLI-opdracht:     {cli_s:5.2f} s  doel < {DOEL_S:.0f} s  "
              f"{'PASS' if cli_s < DOEL_S else 'FAIL'}  (exit {code})")  # fmt: skip
        print(f"  {uitvoer.splitlines()[0] if uitvoer else ''}")
        print(f"tweede sync zonder wijzigingen:         {leeg_s:5.2f} s  "
              f"({leeg_opdrachten} SQL-opdrachten)")  # fmt: skip
        server.verwijder_database(kopie)
    finally:
        server.stop()
        shutil.rmtree(map_, ignore_errors=True)


if __name__ == "__main__":
    main()
