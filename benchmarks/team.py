"""Benchmark: the team register on PostgreSQL with many consultants at once, against SQLite.

    .venv/bin/python benchmarks/team.py [--casussen 50000] [--consulenten 20] [--seconden 60]
        [--pauze 0.5] [--snel]

Starts its own PostgreSQL as the test suite does (tests/postgres.py), but with fsync on: a save
must be durable, as on a real server. Builds a team register over loopback (migrated, `team
init`, the demo with --casussen cases, --consulenten consulent logins with the cases spread
evenly over them, a coördinator login) and the same demo (same seed, same day) in an SQLite
file. Then, on both engines, as the coördinator: the case list at start (open + first list) and
warm, the keystroke filter, and the weekly overview of the last full week (figures compared).
Then the load: one worker PROCESS per consultant (threads would share one GIL), each connected
as its own login, for --seconden opens cases and saves through the services (a case field, a
contact moment, an intake field), with a random pause of on average --pauze seconds between
actions (a person reads and types; `--pauze 0` runs flat out).

Prints a table with the targets of issue 13 and PASS/FAIL; exits 0 whatever the figures: a
benchmark reports, it does not judge. On a 2-core machine the consultants' own Python runs on
the same two cores as the server, which a real team (one laptop each) does not do.
"""

import argparse
import multiprocessing as mp
import os
import platform
import random
import shutil
import statistics
import sys
import tempfile
import time
import traceback
import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

HIER = Path(__file__).resolve().parent
sys.path.insert(0, str(HIER.parent))
sys.path.insert(0, str(HIER.parent / "tests"))  # tests/postgres.py: the private server

WACHTWOORD = "benchmark-wachtwoord-voor-iedereen"
SEED = 1
# Typical searches (as benchmarks/caselijst.py): a surname, a name with tussenvoegsel, a
# postcode, a casusnummer prefix, a first name without its accent, a Polish name, a BSN part.
VRAGEN = ["jansen", "de vries", "6921", "2025-01", "zoe", "lukasz", "111"]
# The actions of a consultant and how often: open a case (a logged inzage) and three saves.
ACTIES = {"casus_detail": 25, "wijzig_casus": 30, "contactmoment": 25, "intake": 20}
OPSLAAN = ("wijzig_casus", "contactmoment", "intake")

DOEL_P95_MS = 50.0
DOEL_FACTOR = 1.5


# ---------------------------------------------------------------- the private server


def start_server():
    """tests/postgres.py's server, with fsync on (the tests turn it off for speed)."""
    import postgres
    from pytest_postgresql.executors.proc import PostgreSQLExecutor

    class Duurzaam(PostgreSQLExecutor):
        def __init__(self, *args, postgres_options: str = "", **kwargs):
            super().__init__(
                *args, postgres_options=postgres_options.replace("fsync=off", "fsync=on"), **kwargs
            )

    postgres.PostgreSQLExecutor = Duurzaam
    return postgres.Server()


# ---------------------------------------------------------------- building the registers


def consulentnamen(aantal: int) -> list[str]:
    return [f"bench.consulent{i:02d}" for i in range(1, aantal + 1)]


def coordinator() -> str:
    from jeugdloket.demo.tabellen import MEDEWERKERS

    return next(m[0] for m in MEDEWERKERS if m[2] == "coördinator")


def vul(db, casussen: int, consulenten: int, vandaag: date) -> dict[str, float]:
    """The demo, the benchmark's consulenten and the cases spread over them; seconds per step.

    `db` is opened without a gebruiker (internal work; the superuser on PostgreSQL)."""
    from sqlalchemy import bindparam, select, update

    from jeugdloket.demo import maak_demo
    from jeugdloket.models import Casus, Medewerker
    from jeugdloket.services import medewerkers

    tijden = {}
    t = time.perf_counter()
    maak_demo(db, casussen, seed=SEED, vandaag=vandaag)
    tijden["demo"] = time.perf_counter() - t

    t = time.perf_counter()
    namen = consulentnamen(consulenten)
    for i, naam in enumerate(namen, start=1):
        medewerkers.maak_medewerker(db, naam, f"Consulent {i:02d}", "consulent")
    c, m = Casus.__table__.c, Medewerker.__table__.c
    with db.engine.begin() as conn:
        ids = dict(
            conn.execute(select(m.gebruikersnaam, m.id).where(m.gebruikersnaam.in_(namen))).all()
        )
        casus_ids = conn.execute(select(c.id).order_by(c.casusnummer)).scalars().all()
        # Every k-th case (by number) to the same consultant: the same spread on both engines.
        conn.execute(
            update(Casus.__table__)
            .where(c.id == bindparam("b_id"))
            .values(consulent_id=bindparam("b_consulent")),
            [
                {"b_id": cid, "b_consulent": ids[namen[n % len(namen)]]}
                for n, cid in enumerate(casus_ids)
            ],
        )
    tijden["consulenten"] = time.perf_counter() - t
    return tijden


def bouw_postgres(server, casussen: int, consulenten: int, vandaag: date):
    """A team register as IT sets it up; returns (database name, seconds per step)."""
    from psycopg import sql

    from jeugdloket import teamdb
    from jeugdloket.db import open_database

    naam = "teamregister"
    with server.verbind() as c:
        c.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(naam)))
    t = time.perf_counter()
    db = open_database(server.url(naam))  # the superuser: migrates
    teamdb.initialiseer(db.engine)
    tijden = {"schema": time.perf_counter() - t}
    try:
        tijden |= vul(db, casussen, consulenten, vandaag)
        with db.engine.begin() as conn:
            for login in consulentnamen(consulenten):
                teamdb.zet_wachtwoord(conn, login, WACHTWOORD)
            teamdb.zet_login(conn, coordinator(), WACHTWOORD, ["coordinator"])
        t = time.perf_counter()
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")  # as autovacuum would after a bulk load
        tijden["vacuum"] = time.perf_counter() - t
    finally:
        db.sluit()
    return naam, tijden


def bouw_sqlite(pad: Path, casussen: int, consulenten: int, vandaag: date) -> dict[str, float]:
    from jeugdloket.db import open_database

    db = open_database(pad)
    try:
        return vul(db, casussen, consulenten, vandaag)
    finally:
        db.sluit()


def _bouw_sqlite_proces(pad: str, casussen: int, consulenten: int, vandaag: date, uit) -> None:
    try:
        uit.put(bouw_sqlite(Path(pad), casussen, consulenten, vandaag))
    except BaseException:
        uit.put(traceback.format_exc())


# ---------------------------------------------------------------- list and overview, both engines


@dataclass
class Engine:
    naam: str
    start_s: float = 0.0  # open + first case list
    lijst_warm_s: float = 0.0
    regels: int = 0
    toets_ms: list[float] = field(default_factory=list)
    overzicht_eerste_s: float = 0.0
    overzicht_s: float = 0.0
    cijfers: tuple = ()


def meet_engine(naam: str, doel: str, gebruiker: str, vandaag: date) -> Engine:
    """Case list, filter and weekly overview as the coördinator sees them."""
    from jeugdloket.db import open_database
    from jeugdloket.services import casuslijst, overzicht

    e = Engine(naam)
    t = time.perf_counter()
    db = open_database(doel, gebruiker=gebruiker)
    regels = casuslijst.casuslijst(db, vandaag)
    e.start_s = time.perf_counter() - t
    e.regels = len(regels)
    warm = []
    for _ in range(3):
        t = time.perf_counter()
        regels = casuslijst.casuslijst(db, vandaag)
        warm.append(time.perf_counter() - t)
    e.lijst_warm_s = statistics.median(warm)
    for vraag in VRAGEN:
        # Typing the word letter by letter, then backspacing over it (widening re-filters all).
        for deel in [vraag[:i] for i in range(1, len(vraag) + 1)] + [
            vraag[:i] for i in range(len(vraag) - 1, -1, -1)
        ]:
            t = time.perf_counter()
            casuslijst.filter_casussen(regels, deel)
            e.toets_ms.append((time.perf_counter() - t) * 1000)
    week = overzicht.laatste_volledige_week(vandaag)
    tijden = []
    for _ in range(3):
        t = time.perf_counter()
        o = overzicht.weekoverzicht(db, week, vandaag=vandaag)
        tijden.append(time.perf_counter() - t)
    e.overzicht_eerste_s = tijden[0]
    e.overzicht_s = statistics.median(tijden)
    e.cijfers = (
        o.aantal_casussen,
        tuple((k.nummer, k.waarde, k.teller, k.noemer) for k in o.kengetallen),
        tuple((str(p.week), tuple(sorted(p.waarden.items()))) for p in o.trend),
    )
    db.sluit()
    return e


def verschillen(pg: tuple, sq: tuple) -> list[str]:
    """The figures that differ between the engines, readable."""
    if pg == sq:
        return []
    uit = []
    if pg[0] != sq[0]:
        uit.append(f"aantal casussen: PostgreSQL {pg[0]}, SQLite {sq[0]}")
    for a, b in zip(pg[1], sq[1], strict=False):
        if a != b:
            uit.append(f"kengetal {a[0]}: PostgreSQL {a[1:]}, SQLite {b[1:]}")
    for a, b in zip(pg[2], sq[2], strict=False):
        if a != b:
            uit.append(f"trend {a[0]}: PostgreSQL {dict(a[1])}, SQLite {dict(b[1])}")
    return uit


# ---------------------------------------------------------------- the load


def werker(
    nr: int,
    url: str,
    login: str,
    casus_ids: list[str],
    seconden: float,
    pauze: float,
    klaar,
    uit,
) -> None:
    """One consultant: their own login, their own cases, actions until the time is up."""
    try:
        uit.put(_werk(nr, url, login, casus_ids, seconden, pauze, klaar))
    except BaseException:
        uit.put({"nr": nr, "fataal": traceback.format_exc()})


def _werk(nr, url, login, casus_ids, seconden, pauze, klaar) -> dict:
    from sqlalchemy import event

    from jeugdloket.db import open_database
    from jeugdloket.fouten import VersieConflict
    from jeugdloket.models import nu
    from jeugdloket.services import casussen, intake

    db = open_database(url, gebruiker=login)
    rnd = random.Random(nr)
    ids = [uuid.UUID(i) for i in casus_ids]
    soorten, gewichten = list(ACTIES), list(ACTIES.values())
    # Time spent executing statements (a round trip each; commits not included), to tell
    # the database's share of a save from the client's Python.
    sql = {"n": 0, "s": 0.0}

    @event.listens_for(db.engine, "before_cursor_execute")
    def _voor(conn, *_args) -> None:
        conn.info["bench_t"] = time.perf_counter()

    @event.listens_for(db.engine, "after_cursor_execute")
    def _na(conn, *_args) -> None:
        sql["n"] += 1
        sql["s"] += time.perf_counter() - conn.info.pop("bench_t")

    def actie(soort: str, cid: uuid.UUID, n: int) -> None:
        tekst = f"{login} {soort} {n} om {nu():%H:%M:%S.%f}"
        if soort == "casus_detail":
            casussen.casus_detail(db, cid)
        elif soort == "wijzig_casus":
            casussen.wijzig_casus(db, cid, {"hulpvraag": f"Hulpvraag bijgewerkt ({tekst})"})
        elif soort == "contactmoment":
            casussen.voeg_contactmoment_toe(
                db, cid, soort="telefonisch", notitie=f"Gebeld met moeder ({tekst})"
            )
        else:
            veld = rnd.choice(("samenvatting", "draagkracht", "draaglast"))
            intake.zet_intake(db, cid, {veld: f"{veld} bijgewerkt ({tekst})"})

    # Warm up (connections in the pool, caches), not measured.
    actie("casus_detail", ids[0], 0)
    actie("wijzig_casus", ids[0], 0)
    klaar.wait()
    tijden: dict[str, list[float]] = {s: [] for s in ACTIES}
    sql_ms: dict[str, list[float]] = {s: [] for s in ACTIES}
    statements: dict[str, list[int]] = {s: [] for s in ACTIES}
    conflicten, fouten = 0, []
    einde = time.monotonic() + seconden
    n = 0
    while time.monotonic() < einde:
        n += 1
        soort = rnd.choices(soorten, gewichten)[0]
        cid = rnd.choice(ids)
        sql["n"], sql["s"] = 0, 0.0
        t = time.perf_counter()
        try:
            actie(soort, cid, n)
        except VersieConflict:
            conflicten += 1
            continue
        except Exception as e:  # noqa: BLE001 - counted and shown, the run goes on
            fouten.append(f"{soort}: {type(e).__name__}: {e}"[:300])
            continue
        tijden[soort].append((time.perf_counter() - t) * 1000)
        sql_ms[soort].append(sql["s"] * 1000)
        statements[soort].append(sql["n"])
        if pauze:
            time.sleep(rnd.uniform(0, 2 * pauze))
    db.sluit()
    return {
        "nr": nr,
        "tijden": tijden,
        "sql_ms": sql_ms,
        "statements": statements,
        "conflicten": conflicten,
        "fouten": fouten,
    }


class _Meteen:
    """A barrier for one: the baseline starts at once."""

    def wait(self, timeout=None) -> None:
        return None


def alleen(server, naam: str, login: str, casus_ids: list[str], seconden: float) -> dict:
    """One consultant alone, flat out, in this process: the latency without colleagues."""
    url = server.url(naam, login, WACHTWOORD)
    return _werk(0, url, login, casus_ids, seconden, 0, _Meteen())


def casussen_per_login(server, naam: str, consulenten: int) -> dict[str, list[str]]:
    """Each consultant's open cases (all their cases if none is open)."""
    from sqlalchemy import select

    from jeugdloket.db import open_database
    from jeugdloket.models import Casus, Medewerker

    db = open_database(server.url(naam), migreren=False)
    c, m = Casus.__table__.c, Medewerker.__table__.c
    with db.engine.connect() as conn:
        rijen = conn.execute(
            select(m.gebruikersnaam, c.id, c.afgesloten_op.is_(None)).join(
                Medewerker.__table__, m.id == c.consulent_id
            )
        ).all()
    db.sluit()
    uit: dict[str, list[str]] = {}
    for login in consulentnamen(consulenten):
        eigen = [(str(cid), open_) for g, cid, open_ in rijen if g == login]
        uit[login] = [cid for cid, open_ in eigen if open_] or [cid for cid, _ in eigen]
    return uit


def belasting(
    server, naam: str, per_login: dict[str, list[str]], seconden: float, pauze: float
) -> dict:
    ctx = mp.get_context("forkserver")
    klaar = ctx.Barrier(len(per_login) + 1)
    uit = ctx.Queue()
    processen = [
        ctx.Process(
            target=werker,
            args=(
                nr,
                server.url(naam, login, WACHTWOORD),
                login,
                per_login[login],
                seconden,
                pauze,
                klaar,
                uit,
            ),
        )
        for nr, login in enumerate(per_login)
    ]
    for p in processen:
        p.start()
    klaar.wait(timeout=300)
    belasting_voor = os.getloadavg()[0]
    t = time.perf_counter()
    resultaten = [uit.get(timeout=seconden + 300) for _ in processen]
    duur = time.perf_counter() - t
    for p in processen:
        p.join()
    fataal = [r["fataal"] for r in resultaten if "fataal" in r]
    samen: dict[str, dict[str, list]] = {
        k: {s: [] for s in ACTIES} for k in ("tijden", "sql_ms", "statements")
    }
    for r in resultaten:
        for k, per_soort in samen.items():
            for s, lijst in r.get(k, {}).items():
                per_soort[s] += lijst
    return {
        "duur": duur,
        "per_login": per_login,
        # Other work on the machine shows here (the server and the workers add ~2 themselves).
        "load": (belasting_voor, os.getloadavg()[0]),
        **samen,
        "conflicten": sum(r.get("conflicten", 0) for r in resultaten),
        "fouten": [f for r in resultaten for f in r.get("fouten", [])] + fataal,
    }


def controleer_logboek(server, naam: str) -> str:
    from jeugdloket.db import open_database
    from jeugdloket.services import logboek

    db = open_database(server.url(naam, coordinator(), WACHTWOORD), gebruiker=coordinator())
    try:
        uitslag = logboek.controleer(db)
        return "heel" if uitslag.intact else f"NIET HEEL: {uitslag}"
    finally:
        db.sluit()


# ---------------------------------------------------------------- report


def kwantiel(waarden: list[float], q: float) -> float:
    if not waarden:
        return float("nan")
    if len(waarden) == 1:
        return waarden[0]
    return statistics.quantiles(waarden, n=100, method="inclusive")[round(q * 100) - 1]


def oordeel(goed: bool) -> str:
    return "PASS" if goed else "FAIL"


def _pct(waarden: list[float]) -> str:
    return " / ".join(f"{kwantiel(waarden, q):.1f}" for q in (0.5, 0.95, 0.99)) + " ms"


def rapport(
    args, bouw: dict, pg: Engine, sq: Engine, basis: dict, last: dict, logboek: str
) -> None:
    print()
    print(
        f"Teamregister: {args.casussen} casussen, {args.consulenten} consulenten, "
        f"{args.seconden:g} s, pauze gemiddeld {args.pauze:g} s"
    )
    print(
        f"Machine: {platform.node()}, {os.cpu_count()} kernen, {platform.python_version()}, "
        f"{date.today():%d-%m-%Y}"
    )
    print(
        "Load average (1 min) bij start en einde van de belasting: "
        + " → ".join(f"{x:.1f}" for x in last["load"])
    )
    print("Opbouw: " + ", ".join(f"{k} {v:.1f} s" for k, v in bouw.items()))
    print()
    rijen = [("meting", "PostgreSQL", "SQLite", "verhouding", "doel", "")]

    def vergelijk(wat: str, a: float, b: float, eenheid: str, fmt: str = ".2f") -> None:
        factor = a / b if b else float("inf")
        rijen.append(
            (
                wat,
                f"{a:{fmt}} {eenheid}",
                f"{b:{fmt}} {eenheid}",
                f"{factor:.2f}×",
                f"≤ {DOEL_FACTOR}×",
                oordeel(factor <= DOEL_FACTOR),
            )
        )

    vergelijk(f"casuslijst bij start ({pg.regels} regels)", pg.start_s, sq.start_s, "s")
    vergelijk("casuslijst warm (mediaan van 3)", pg.lijst_warm_s, sq.lijst_warm_s, "s")
    vergelijk(
        f"filter per toetsaanslag ({len(pg.toets_ms)}, mediaan)",
        statistics.median(pg.toets_ms),
        statistics.median(sq.toets_ms),
        "ms",
        ".1f",
    )
    vergelijk("weekoverzicht (mediaan van 3)", pg.overzicht_s, sq.overzicht_s, "s")
    vergelijk("weekoverzicht eerste keer", pg.overzicht_eerste_s, sq.overzicht_eerste_s, "s")
    verschil = verschillen(pg.cijfers, sq.cijfers)
    rijen.append(
        (
            "weekoverzicht: cijfers gelijk",
            f"{len(pg.cijfers[1])} kengetallen",
            f"{len(pg.cijfers[2])} trendweken",
            "",
            "gelijk",
            oordeel(not verschil),
        )
    )
    alleen_opslaan = [x for s in OPSLAAN for x in basis["tijden"][s]]
    rijen.append(
        (
            f"één consulent alleen: opslaan p50/p95/p99 ({len(alleen_opslaan)}×)",
            _pct(alleen_opslaan),
            "",
            "",
            "",
            "",
        )
    )
    opslaan = [x for s in OPSLAAN for x in last["tijden"][s]]
    per_s = len(opslaan) / last["duur"]
    rijen.append(
        (f"{args.consulenten} tegelijk: opslaan per seconde (totaal)", f"{per_s:.1f}", *[""] * 4)
    )
    rijen.append(
        (
            f"{args.consulenten} tegelijk: opslaan p50/p95/p99 ({len(opslaan)}×)",
            _pct(opslaan),
            "",
            "",
            f"p95 < {DOEL_P95_MS:g} ms",
            oordeel(kwantiel(opslaan, 0.95) < DOEL_P95_MS),
        )
    )
    for s in (*OPSLAAN, "casus_detail"):
        t = last["tijden"][s]
        rijen.append((f"  {s} ({len(t)}×): p50/p95/p99", _pct(t), *[""] * 4))
    sql = [x for s in OPSLAAN for x in last["sql_ms"][s]]
    aantal = [x for s in OPSLAAN for x in last["statements"][s]]
    rijen.append(
        (
            "  waarvan SQL per opslag (zonder commit) p50/p95/p99",
            _pct(sql),
            f"{statistics.median(aantal):g} statements" if aantal else "",
            "",
            "",
            "",
        )
    )
    rijen.append(("fouten", str(len(last["fouten"])), "", "", "0", oordeel(not last["fouten"])))
    rijen.append(("versieconflicten", str(last["conflicten"]), "", "", "", ""))
    rijen.append(
        ("logboekketen na de belasting", logboek, "", "", "heel", oordeel(logboek == "heel"))
    )
    breedte = [max(len(r[i]) for r in rijen) for i in range(6)]
    for n, r in enumerate(rijen):
        print(
            "  ".join(
                k.ljust(b) if i == 0 else k.rjust(b)
                for i, (k, b) in enumerate(zip(r, breedte, strict=True))
            )
        )
        if n == 0:
            print("  ".join("-" * b for b in breedte))
    for regel in verschil:
        print(f"  verschil: {regel}")
    for f in last["fouten"][:10]:
        print(f"  fout: {f}")


# ---------------------------------------------------------------- main


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--casussen", type=int, default=50_000)
    p.add_argument("--consulenten", type=int, default=20)
    p.add_argument("--seconden", type=float, default=60)
    p.add_argument("--pauze", type=float, default=0.5, help="gemiddelde pauze tussen acties (s)")
    p.add_argument("--snel", action="store_true", help="kleine aantallen voor een snelle controle")
    args = p.parse_args()
    if args.snel:
        args.casussen, args.consulenten, args.seconden = 2_000, 4, 5
    vandaag = date.today()

    map_ = Path(tempfile.mkdtemp(prefix="jeugdloket-team-bench-"))
    server = start_server()
    try:
        print(f"PostgreSQL gestart ({server.map}); SQLite-bestand in {map_}")
        # SQLite's register is built in another process meanwhile: two cores, two builds.
        ctx = mp.get_context("forkserver")
        # Every worker forks from one process that imported the app once (not 20 imports).
        ctx.set_forkserver_preload(["jeugdloket.demo", "jeugdloket.services.intake"])
        sqlite_uit = ctx.Queue()
        sqlite_pad = map_ / "team.db"
        bouwer = ctx.Process(
            target=_bouw_sqlite_proces,
            args=(str(sqlite_pad), args.casussen, args.consulenten, vandaag, sqlite_uit),
        )
        bouwer.start()
        t = time.perf_counter()
        naam, bouw = bouw_postgres(server, args.casussen, args.consulenten, vandaag)
        print(f"  PostgreSQL-register klaar in {time.perf_counter() - t:.1f} s")
        sq_bouw = sqlite_uit.get()
        bouwer.join()
        if isinstance(sq_bouw, str):
            raise SystemExit(f"SQLite-register niet gemaakt:\n{sq_bouw}")
        print(f"  SQLite-register klaar ({sum(sq_bouw.values()):.1f} s)")
        bouw = {f"PostgreSQL {k}": v for k, v in bouw.items()} | {
            f"SQLite {k}": v for k, v in sq_bouw.items()
        }

        wie = coordinator()
        sq = meet_engine("SQLite", str(sqlite_pad), wie, vandaag)
        pg = meet_engine("PostgreSQL", server.url(naam, wie, WACHTWOORD), wie, vandaag)
        per_login = casussen_per_login(server, naam, args.consulenten)
        eerste = next(iter(per_login))
        basis = alleen(server, naam, eerste, per_login[eerste], min(10.0, args.seconden / 4))
        print("  casuslijst, weekoverzicht en één consulent alleen gemeten; belasting start")
        last = belasting(server, naam, per_login, args.seconden, args.pauze)
        rapport(args, bouw, pg, sq, basis, last, controleer_logboek(server, naam))
    finally:
        server.stop()
        shutil.rmtree(map_, ignore_errors=True)


if __name__ == "__main__":
    main()
