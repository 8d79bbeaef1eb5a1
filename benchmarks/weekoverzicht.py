"""Benchmark: the weekly overview over a large register.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/weekoverzicht.py [--casussen 50000]
        [--toewijzingen 80000] [--week 2026-W47]

Generates the cases straight into a temporary database with bulk Core inserts (the demo
generator makes no toewijzingen), then prints: the time to compute the overview (loading
included), the time to write the workbook, the peak RSS of the process, and the time for the
on-screen figures of one week as the page gets them (the week, then its trend, then every
record in the background for the other weeks). Asserts nothing.
Targets (issue 6): overview + workbook < 10 s and < 1 GB; a week on screen < 1 s.
"""

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from jeugdloket import models  # noqa: E402
from jeugdloket.db import open_database  # noqa: E402
from jeugdloket.models import Casus, Contactmoment, Intake, Medewerker, Persoon  # noqa: E402

AGB = [f"{random.Random(i).randrange(10**7, 10**8)}" for i in range(60)]
CATEGORIEEN = ["40", "41", "43", "45", "46", "47", "48", "50", "51", "53", "54", "55"]
VERWIJZERS = ["01", "02", "03", "04", "05", "06", "08"]
GEMEENTEN = ["Duiven", "Westervoort", "Doesburg"]


def _werkdag(rnd: random.Random, dag: date) -> date:
    while dag.weekday() >= 5 and rnd.random() < 0.9:  # a few Saturday registrations remain
        dag += timedelta(days=1)
    return dag


def genereer(
    pad: Path,
    casussen: int = 50_000,
    toewijzingen: int = 80_000,
    seed: int = 1,
    vandaag: date = date(2026, 11, 23),
    jaren: int = 10,
) -> None:
    """A register of `casussen` cases with `toewijzingen` allocations in total, registered
    over `jaren` years (the youth file is kept 20 years, so a register only grows).

    Every value is invented; plans go where this version of the app keeps them (their own
    tables when it has them, else Casus.extra, as the exchange format has them).
    """
    if casussen / jaren > 9000:
        raise SystemExit("te veel casussen per jaar voor casusnummers JJJJ-NNNN; kies meer jaren")
    rnd = random.Random(seed)
    db = open_database(pad)  # internal set-up: no user, no rights check
    nu = datetime(2026, 11, 23, 8, 0)
    fgp_tabel = getattr(models, "Familiegroepsplan", None)
    pp_tabel = getattr(models, "Perspectiefplan", None)
    stempel = {"version": 1, "aangemaakt_op": nu, "bijgewerkt_op": nu}

    medewerkers = [
        {"id": uuid.uuid4(), "gebruikersnaam": f"consulent{i:02d}", "naam": f"Consulent {i}"}
        | stempel
        for i in range(1, 15)
    ]
    start = vandaag - timedelta(days=jaren * 365)
    span = (vandaag - start).days
    # Toewijzingen per case: spread the total randomly over the cases.
    per_casus = [0] * casussen
    for _ in range(toewijzingen):
        per_casus[rnd.randrange(casussen)] += 1

    rijen: dict[str, list[dict]] = {
        "casus": [],
        "persoon": [],
        "contactmoment": [],
        "intake": [],
        "fgp": [],
        "pp": [],
        "toewijzing": [],
    }
    volgnummer: dict[int, int] = {}
    aanmelddagen = sorted(
        _werkdag(rnd, start + timedelta(days=rnd.randrange(span))) for _ in range(casussen)
    )
    for n, dag in enumerate(aanmelddagen):
        cid = uuid.uuid4()
        volgnummer[dag.year] = volgnummer.get(dag.year, 0) + 1
        nummer = f"{dag.year}-{volgnummer[dag.year]:04d}"
        aanmeld = datetime.combine(dag, datetime.min.time()) + timedelta(
            hours=rnd.randrange(8, 17), minutes=rnd.randrange(60)
        )
        contact = (
            aanmeld + timedelta(days=rnd.choice([0, 1, 1, 2, 2, 3, 4, 5, 7]), hours=1)
            if rnd.random() < 0.93
            else None
        )
        if contact is not None and contact.date() > vandaag:
            contact = None
        # Most cases run one to ten months, a few for years; the old ones are all closed.
        duur = rnd.randrange(20, 300) if rnd.random() < 0.95 else rnd.randrange(300, 1100)
        dicht = dag + timedelta(days=duur)
        if dicht > vandaag:
            dicht = None
        consulent = rnd.choice(medewerkers)["id"] if rnd.random() < 0.97 else None

        jeugdigen = []
        for j in range(rnd.choice([1, 1, 1, 2, 2, 3])):
            pid = uuid.uuid4()
            geboren = date(rnd.randrange(2004, 2025), rnd.randrange(1, 13), rnd.randrange(1, 29))
            jeugdigen.append((f"p{j + 1}", pid, geboren))
            rijen["persoon"].append(
                {
                    "id": pid,
                    "casus_id": cid,
                    "ref": f"p{j + 1}",
                    "volgorde": j + 1,
                    "rol": "jeugdige",
                    "geboortedatum": geboren,
                    "voornaam": "Kind",
                    "achternaam": f"Gezin{n}",
                }
                | stempel
            )
        rijen["persoon"].append(
            {
                "id": uuid.uuid4(),
                "casus_id": cid,
                "ref": f"p{len(jeugdigen) + 1}",
                "volgorde": len(jeugdigen) + 1,
                "rol": "ouder",
                "voornaam": "Ouder",
                "achternaam": f"Gezin{n}",
            }
            | stempel
        )

        tw = []
        for _ in range(per_casus[n]):
            aanvraag = dag + timedelta(days=rnd.randrange(3, 120))
            if aanvraag > vandaag:
                aanvraag = vandaag - timedelta(days=rnd.randrange(0, 10))
            status = rnd.choices(["gestart", "afgewezen"], [95, 5])[0]
            ingang = aanvraag + timedelta(days=rnd.choice([0, 7, 14, 21, 28, 42, 56, 90]))
            if ingang > vandaag:  # requested recently: still waiting
                ingang, status = None, "aangevraagd"
            t = {
                "jeugdige": rnd.choice(jeugdigen)[0],
                "aanbieder_agb": rnd.choice(AGB),
                "productcategorie": rnd.choice(CATEGORIEEN),
                "segment": rnd.randrange(1, 6),
                "status": status,
                "aanvraagdatum": aanvraag.isoformat(),
            }
            if ingang is not None:
                t["ingangsdatum"] = ingang.isoformat()
                einde = ingang + timedelta(days=rnd.randrange(60, 400))
                t["einddatum"] = einde.isoformat()
                if einde < vandaag:
                    t["status"] = "beeindigd"
                if rnd.random() < 0.7:
                    rijen["contactmoment"].append(
                        {
                            "id": uuid.uuid4(),
                            "casus_id": cid,
                            "volgorde": 10 + len(tw),
                            "datum": ingang + timedelta(days=rnd.randrange(60, 120)),
                            "soort": "evaluatie",
                        }
                        | stempel
                    )
            tw.append(t)
        if contact is not None:
            rijen["contactmoment"].append(
                {
                    "id": uuid.uuid4(),
                    "casus_id": cid,
                    "volgorde": 1,
                    "datum": contact,
                    "soort": "huisbezoek",
                    "notitie": "Kennismaking aan de keukentafel.",
                }
                | stempel
            )
        if rnd.random() < 0.65:
            rijen["intake"].append(
                {
                    "id": uuid.uuid4(),
                    "casus_id": cid,
                    "afgerond_op": dag + timedelta(days=rnd.randrange(7, 70)),
                }
                | stempel
            )
        extra: dict = {}
        for i, t in enumerate(tw):
            rijen["toewijzing"].append(
                {
                    "id": uuid.uuid4(),
                    "casus_id": cid,
                    "volgorde": i,
                    "jeugdige_ref": t["jeugdige"],
                    "aanbieder_agb": t["aanbieder_agb"],
                    "productcategorie": t["productcategorie"],
                    "segment": t["segment"],
                    "status": t["status"],
                    "aanvraagdatum": date.fromisoformat(t["aanvraagdatum"]),
                    "ingangsdatum": (
                        date.fromisoformat(t["ingangsdatum"]) if "ingangsdatum" in t else None
                    ),
                    "einddatum": date.fromisoformat(t["einddatum"]) if "einddatum" in t else None,
                }
                | stempel
            )
        fgp = None
        if tw and rnd.random() < 0.8:
            aangeboden = dag + timedelta(days=rnd.randrange(1, 40))
            fgp = {"aangeboden_op": aangeboden.isoformat(), "status": "aangeboden"}
            if rnd.random() < 0.4:
                fgp |= {
                    "status": "opgesteld",
                    "opgesteld_op": (aangeboden + timedelta(days=rnd.randrange(5, 40))).isoformat(),
                    "wat_is_er_aan_de_hand": "Zorgen over school en thuis. " * 10,
                }
        pps = []
        for ref, pid, geboren in jeugdigen:
            if tw and (vandaag - geboren).days > 15 * 365 and rnd.random() < 0.6:
                pps.append(
                    (ref, pid, dag + timedelta(days=rnd.randrange(10, 120)), "Wonen na 18. " * 20)
                )
        if fgp is not None:
            if fgp_tabel is not None:
                rijen["fgp"].append(
                    {
                        "id": uuid.uuid4(),
                        "casus_id": cid,
                        "aangeboden_op": date.fromisoformat(fgp["aangeboden_op"]),
                        "status": fgp["status"],
                        "opgesteld_op": (
                            date.fromisoformat(fgp["opgesteld_op"])
                            if "opgesteld_op" in fgp
                            else None
                        ),
                        "wat_is_er_aan_de_hand": fgp.get("wat_is_er_aan_de_hand"),
                    }
                    | stempel
                )
            else:
                extra["familiegroepsplan"] = fgp
        if pps:
            if pp_tabel is not None:
                for i, (_ref, pid, op, tekst) in enumerate(pps):
                    rijen["pp"].append(
                        {
                            "id": uuid.uuid4(),
                            "casus_id": cid,
                            "jeugdige_id": pid,
                            "volgorde": i,
                            "opgesteld_op": op,
                            "hulp_komende_twee_jaar": tekst,
                        }
                        | stempel
                    )
            else:
                extra["perspectiefplannen"] = [
                    {"jeugdige": ref, "opgesteld_op": op.isoformat(), "hulp_komende_twee_jaar": t}
                    for ref, _pid, op, t in pps
                ]
        rijen["casus"].append(
            {
                "id": cid,
                "casusnummer": nummer,
                "gemeente": rnd.choice(GEMEENTEN),
                "consulent_id": consulent,
                "aanmelddatum": aanmeld,
                "eerste_contact": contact,
                "afgesloten_op": dicht,
                "reden_afsluiting": "31" if dicht else None,
                "verwijzer": rnd.choice(VERWIJZERS),
                "hulpvraag": "Zorgen over somberheid en schoolverzuim.",
                "soort_vraag": "enkelvoudig",
                "kader": "vrijwillig",
                "zoektekst": nummer,
                "jeugdigen": "",
                "extra": extra or None,
            }
            | stempel
        )

    with db.engine.begin() as conn:
        conn.execute(Medewerker.__table__.insert(), medewerkers)
        for tabel, sleutel in (
            (Casus.__table__, "casus"),
            (Persoon.__table__, "persoon"),
            (Contactmoment.__table__, "contactmoment"),
            (Intake.__table__, "intake"),
            (models.Toewijzing.__table__, "toewijzing"),
            (fgp_tabel.__table__ if fgp_tabel is not None else None, "fgp"),
            (pp_tabel.__table__ if pp_tabel is not None else None, "pp"),
        ):
            if tabel is None or not rijen[sleutel]:
                continue
            # Every row with the same keys: one executemany per table.
            sleutels = set().union(*(r.keys() for r in rijen[sleutel]))
            conn.execute(tabel.insert(), [{k: r.get(k) for k in sleutels} for r in rijen[sleutel]])
    db.sluit()


def kale_werkboek_tijd(werkboek: Path, naar: Path, keer: int = 3) -> float:
    """Seconds (median of `keer`) to write the cell values of `werkboek` – every sheet, every row –
    with openpyxl's write-only mode and nothing else (no styles, widths, tables or charts)."""
    from openpyxl import Workbook, load_workbook

    gelezen = load_workbook(werkboek, read_only=True)
    bladen = [(ws.title, list(ws.iter_rows(values_only=True))) for ws in gelezen.worksheets]
    gelezen.close()
    tijden = []
    for _ in range(keer):
        t = time.perf_counter()
        wb = Workbook(write_only=True)
        for titel, rijen in bladen:
            ws = wb.create_sheet(titel)
            for rij in rijen:
                ws.append(rij)
        wb.save(naar)
        tijden.append(time.perf_counter() - t)
    return sorted(tijden)[len(tijden) // 2]


def piek_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--casussen", type=int, default=50_000)
    p.add_argument("--toewijzingen", type=int, default=80_000)
    p.add_argument("--week", default="2026-W47")
    p.add_argument(
        "--jaren",
        type=int,
        default=10,
        help="over hoeveel jaren de casussen zijn aangemeld (minder jaren: drukkere weken)",
    )
    p.add_argument("--alleen-maken", metavar="PAD", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.alleen_maken:
        genereer(Path(args.alleen_maken), args.casussen, args.toewijzingen, jaren=args.jaren)
        return

    from jeugdloket.rapporten.weekoverzicht import schrijf_weekoverzicht
    from jeugdloket.services import overzicht

    with tempfile.TemporaryDirectory() as tmp:
        pad = Path(tmp) / "benchmark.db"
        t = time.perf_counter()
        # In a child process: the generator's own memory must not count in the peak RSS below.
        subprocess.run(
            [
                sys.executable,
                __file__,
                "--casussen",
                str(args.casussen),
                "--toewijzingen",
                str(args.toewijzingen),
                "--jaren",
                str(args.jaren),
                "--alleen-maken",
                str(pad),
            ],
            check=True,
        )
        print(
            f"{args.casussen} casussen over {args.jaren} jaar, {args.toewijzingen} toewijzingen "
            f"gemaakt in "
            f"{time.perf_counter() - t:.1f} s (telt niet mee)"
        )
        rss_voor = piek_rss_mb()  # Python, SQLAlchemy, openpyxl loaded; no data yet
        db = open_database(pad)  # measured as internal work (no user, no rights check)

        t0 = time.perf_counter()
        o = overzicht.weekoverzicht(db, args.week)
        t1 = time.perf_counter()
        uit = Path(tmp) / "weekoverzicht.xlsx"
        schrijf_weekoverzicht(o, uit)
        t2 = time.perf_counter()
        print(f"  overzicht berekenen (laden + 12 weken): {t1 - t0:.2f} s")
        print(f"  werkboek schrijven: {t2 - t1:.2f} s ({uit.stat().st_size / 1e6:.1f} MB)")
        print(f"  samen: {t2 - t0:.2f} s")
        regels = sum(len(k.regels) for k in o.kengetallen)
        print(f"  {regels} regels achter de kengetallen; {len(o.trend)} trendweken")

        # What the Overzicht page does: the week's figures, then its trend, then (in the
        # background) every record, after which other weeks compute from memory.
        bron = overzicht.OverzichtBron(db)
        t3 = time.perf_counter()
        bron.overzicht(args.week, trend=False)
        t4 = time.perf_counter()
        bron.overzicht(args.week)
        t5 = time.perf_counter()
        bron.ververs(behoud_berekend=True)  # as the page does
        t6 = time.perf_counter()
        bron.overzicht(overzicht.lees_week(args.week).plus(-1))
        t7 = time.perf_counter()
        bron.overzicht(args.week)
        t8 = time.perf_counter()
        print(f"  scherm, eerste week: kengetallen op het scherm na {t4 - t3:.2f} s")
        print(f"  scherm, eerste week: trend erbij na nog {t5 - t4:.2f} s")
        print(f"  scherm, alle records op de achtergrond: {t6 - t5:.2f} s")
        print(f"  scherm, een andere week (records in geheugen): {(t7 - t6) * 1000:.0f} ms")
        print(f"  scherm, terug naar een berekende week: {(t8 - t7) * 1000:.1f} ms")
        db.sluit()
        print(
            f"  piek-RSS van het proces: {piek_rss_mb():.0f} MB "
            f"(waarvan {rss_voor:.0f} MB vóór het laden: Python en de bibliotheken)"
        )
        # The yardstick (issue 16): the same rows, plain values, with openpyxl's write-only mode
        # (after the peak RSS above: reading the workbook back is not the overview's memory).
        kaal = kale_werkboek_tijd(uit, Path(tmp) / "kaal.xlsx")
        print(
            f"  dezelfde rijen met openpyxl write-only: {kaal:.2f} s; het weekoverzicht "
            f"{(t2 - t1) / kaal:.2f}× (doel ≤ 2×)"
        )


if __name__ == "__main__":
    main()
