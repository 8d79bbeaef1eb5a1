"""Benchmark: the zoektool over 10,000 product × provider combinations, and the import of a
catalogue workbook of that size.

    .venv/bin/python benchmarks/zoektool.py [--combinaties 10000] [--herhaal 3]

The catalogue is the demo catalogue scaled up (more providers and products with the same
realistic texts), written as a real workbook and imported through the service. Prints
figures; asserts nothing (targets from issue 4: query median < 30 ms and p95 < 100 ms,
import < 10 s).
"""

import argparse
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from jeugdloket.db import open_database  # noqa: E402
from jeugdloket.rapporten.catalogus_werkboek import lees_werkboek, schrijf_werkboek  # noqa: E402
from jeugdloket.regels.catalogus import Catalogus, ContractRij, WachttijdRij  # noqa: E402
from jeugdloket.services import catalogus, catalogus_beheer  # noqa: E402
from jeugdloket.services.zoeken_catalogus import vergeet_index, zoek  # noqa: E402

VANDAAG = date(2026, 11, 23)
GEMEENTEN = ("Duiven", "Westervoort", "Doesburg")

# What consultants type: problems, target groups, interventions, provider names, typos,
# several words, with the filters the screen offers.
VRAGEN: list[tuple[str, dict]] = [
    ("dyslexie", {"leeftijd": 8, "gemeente": "Duiven"}),
    ("dyslexi", {}),
    ("dislexie", {"gemeente": "Doesburg"}),
    ("sociaal emotioneel", {"leeftijd": 9}),
    ("sociaal-emotionele ontwikkeling", {"gemeente": "Westervoort"}),
    ("autisme", {"leeftijd": 12, "gemeente": "Duiven"}),
    ("autistisch", {}),
    ("autsime", {"max_wachttijd": 4}),
    ("angst", {"leeftijd": 15}),
    ("anst", {}),
    ("somberheid", {"leeftijd": 16, "gemeente": "Duiven"}),
    ("depressie jongeren", {}),
    ("ADHD", {"leeftijd": 10}),
    ("concentratie", {"segment": 4}),
    ("opvoedondersteuning", {"gemeente": "Westervoort"}),
    ("opvoeden grenzen stellen", {}),
    ("gezinshuis", {"max_wachttijd": 8}),
    ("pleegzorg", {"leeftijd": 5, "gemeente": "Doesburg"}),
    ("dagbehandeling jonge kind", {"leeftijd": 4}),
    ("crisisopvang", {"gemeente": "Duiven"}),
    ("crisis", {"segment": 5}),
    ("jeugdreclassering", {"leeftijd": 16}),
    ("ondertoezichtstelling", {}),
    ("huiselijk geweld", {"gemeente": "Duiven"}),
    ("echtscheiding", {"leeftijd": 11}),
    ("vechtscheiding kinderen uit de knel", {}),
    ("middelengebruik cannabis", {"leeftijd": 15}),
    ("blowen", {}),
    ("schoolverzuim thuiszitter", {"leeftijd": 14, "gemeente": "Westervoort"}),
    ("pesten weerbaarheid", {"leeftijd": 10}),
    ("faalangst", {}),
    ("trauma EMDR", {"leeftijd": 13}),
    ("eetstoornis", {"leeftijd": 15}),
    ("licht verstandelijke beperking", {"gemeente": "Doesburg"}),
    ("LVB", {}),
    ("hechting", {"leeftijd": 2}),
    ("slaapproblemen", {"leeftijd": 1}),
    ("rouw", {}),
    ("kamertraining 18+", {"leeftijd": 17}),
    ("begeleid wonen", {"leeftijd": 19}),
    ("logeren", {"max_wachttijd": 6}),
    ("Triple P", {}),
    ("multisysteemtherapie", {}),
    ("Kanjertraining", {"gemeente": "Duiven"}),
    ("video-interactiebegeleiding", {}),
    ("zonnehoeve", {}),
    ("", {"segment": 2, "gemeente": "Duiven"}),
    ("", {"identiteit": "christelijk", "leeftijd": 8}),
    ("gedragsproblemen agressie", {"setting": "ambulant"}),
    ("psychische problemen ouder KOPP", {}),
]


def opgeschaalde_catalogus(combinaties: int, rng: random.Random) -> Catalogus:
    demo = lees_werkboek(catalogus.DEMO_CATALOGUS, vandaag=VANDAAG)
    factor_p = 4  # 1,200 products
    factor_a = 4  # 532 providers
    aanbieders = []
    for k in range(factor_a):
        for a in demo.aanbieders:
            agb = f"{(int(a.agb) + k * 1_000_003) % 10**8:08d}"
            hoofd = (
                a.hoofdaannemer_agb and f"{(int(a.hoofdaannemer_agb) + k * 1_000_003) % 10**8:08d}"
            )
            naam = a.naam if k == 0 else f"{a.naam} {['', 'Oost', 'West', 'Noord'][k]}"
            aanbieders.append(replace(a, agb=agb, hoofdaannemer_agb=hoofd, naam=naam))
    producten = []
    for k in range(factor_p):
        for i, p in enumerate(demo.producten):
            code = p.productcode if k == 0 else f"{'ABC'[k - 1]}{i:04d}"
            producten.append(replace(p, productcode=code))
    agbs = [a.agb for a in aanbieders]
    per_product, rest = divmod(combinaties, len(producten))
    contracten, wachttijden = [], []
    for i, p in enumerate(producten):
        for agb in rng.sample(agbs, per_product + (1 if i < rest else 0)):
            gemeenten = GEMEENTEN if rng.random() < 0.75 else (rng.choice(GEMEENTEN),)
            keuze = rng.random()
            if keuze < 0.8:
                van, tot = date(2026, 1, 1), date(2028, 12, 31)
            elif keuze < 0.9:
                van, tot = date(2022, 4, 1), date(2025, 12, 31)
            else:
                van, tot = date(2027, 1, 1), None
            contracten.append(ContractRij(agb, p.productcode, gemeenten, van, tot))
            if rng.random() < 0.85:
                wachttijden.append(
                    WachttijdRij(agb, p.productcode, rng.randint(0, 26), date(2026, 11, 2))
                )
    return Catalogus.gesorteerd(aanbieders, producten, contracten, wachttijden)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--combinaties", type=int, default=10_000)
    parser.add_argument("--herhaal", type=int, default=3, help="keer elke vraag")
    args = parser.parse_args()
    rng = random.Random(4)
    with tempfile.TemporaryDirectory() as map_:
        cat = opgeschaalde_catalogus(args.combinaties, rng)
        werkboek = schrijf_werkboek(cat, Path(map_) / "groot.xlsx")
        print(
            f"Catalogus: {len(cat.aanbieders)} aanbieders, {len(cat.producten)} producten, "
            f"{len(cat.contracten)} contracten (aanbieder × product), {len(cat.wachttijden)} "
            f"wachttijden; werkboek {werkboek.stat().st_size / 1e6:.1f} MB"
        )
        db = open_database(Path(map_) / "bench.db", gebruiker="bench")
        t = time.perf_counter()
        samenvatting = catalogus.importeer(db, werkboek, vandaag=VANDAAG)
        importtijd = time.perf_counter() - t
        print(
            f"Import (lezen, controleren, schrijven in één transactie): {importtijd:.2f} s "
            f"({len(samenvatting.contracten.nieuw)} contracten nieuw)"
        )
        t = time.perf_counter()
        catalogus.importeer(db, werkboek, vandaag=VANDAAG)
        print(f"Zelfde werkboek opnieuw (alles ongewijzigd): {time.perf_counter() - t:.2f} s")

        vergeet_index(db)
        t = time.perf_counter()
        zoek(db, "dyslexie", datum=VANDAAG)
        print(f"Eerste zoekvraag (bouwt de index): {1000 * (time.perf_counter() - t):.0f} ms")

        tijden: list[float] = []
        per_vraag: list[tuple[float, str, int]] = []
        for tekst, filters in VRAGEN:
            eigen = []
            for _ in range(args.herhaal):
                t = time.perf_counter()
                uit = zoek(db, tekst, datum=VANDAAG, **filters)
                eigen.append(time.perf_counter() - t)
            tijden += eigen
            per_vraag.append((statistics.median(eigen), f"{tekst!r} {filters}", len(uit)))
        tijden.sort()
        mediaan = statistics.median(tijden) * 1000
        p95 = tijden[int(0.95 * (len(tijden) - 1))] * 1000
        print(
            f"Zoekvragen: {len(VRAGEN)} × {args.herhaal}: mediaan {mediaan:.1f} ms, "
            f"p95 {p95:.1f} ms, max {tijden[-1] * 1000:.1f} ms"
        )
        c = cat.contracten[0]
        catalogus_beheer.zet_wachttijd(db, c.aanbieder_agb, c.productcode, 5, VANDAAG)
        t = time.perf_counter()
        zoek(db, "dyslexie", datum=VANDAAG)
        print(
            "Eerste zoekvraag na een gewijzigde wachttijd (woordindex blijft): "
            f"{1000 * (time.perf_counter() - t):.0f} ms"
        )
        print("Traagste vragen:")
        for sec, wat, n in sorted(per_vraag, reverse=True)[:5]:
            print(f"  {sec * 1000:6.1f} ms  {wat} ({n} resultaten)")
        db.sluit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
