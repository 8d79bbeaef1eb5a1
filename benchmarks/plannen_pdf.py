"""Benchmark: the PDF of the familiegroepsplan and the perspectiefplan.

    .venv/bin/python benchmarks/plannen_pdf.py

Prints figures; asserts nothing. Targets: one typical plan (median of 10) < 0.5 s;
100 plans written to files in one batch (50 of each kind, varied cases) < 20 s.
"""

import random
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from jeugdloket.rapporten.pdf_opmaak import registreer_lettertype
from jeugdloket.rapporten.plannen_pdf import (
    PlanKop,
    familiegroepsplan_pdf,
    familiegroepsplan_pdf_bytes,
    perspectiefplan_pdf,
    perspectiefplan_pdf_bytes,
)

ZINNEN = [
    "Zoë wil graag weer naar school, maar 's ochtends lukt het vaak niet.",
    "Ze heeft dan buikpijn en blijft in bed.",
    "Moeder wil haar niet dwingen, want dan wordt het ruzie.",
    "Oma Ria denkt dat het helpt als er iemand meefietst.",
    "Sinds de verhuizing heeft Zoë weinig vriendinnen.",
    "De mentor belt elke week met moeder.",
    "Søren, de buurman, fietst op dinsdag mee.",
    "Иван komt in het weekend en kookt dan samen met Zoë.",
]
NAMEN = [
    ("Zoë", "", "Łukasiewicz-Çelik"),
    ("Marieke", "", "Jansen"),
    ("Søren", "de", "Bakker"),
    ("Иван", "", "Петров"),
    ("Νίκος", "", "Παπαδόπουλος"),
    ("François", "van", "Dijk"),
    ("Ayşe", "", "Öztürk"),
]
GEBIEDEN = [
    "wonen",
    "leren_en_werken",
    "geld_en_inkomen",
    "gezondheid_en_zorg",
    "netwerk_en_relaties",
    "vrije_tijd",
    "veiligheid_en_justitie",
]


def tekst(rnd: random.Random, zinnen: int) -> str:
    return " ".join(rnd.choice(ZINNEN) for _ in range(zinnen))


def casus(nummer: int, rnd: random.Random) -> dict:
    rollen = ["jeugdige", "ouder", "netwerk", "verzorger", "netwerk", "netwerk", "professional"]
    personen = [
        {
            "id": f"p{i + 1}",
            "rol": rol,
            "voornaam": v,
            "tussenvoegsel": t,
            "achternaam": a,
            "geboortedatum": "2010-05-01",
            "bsn": "111222333",
        }
        for i, ((v, t, a), rol) in enumerate(zip(NAMEN, rollen, strict=True))
    ]
    refs = [p["id"] for p in personen]

    def acties(n: int) -> list[dict]:
        return [
            {"wie": rnd.choice(refs), "wat": tekst(rnd, rnd.randint(1, 4)), "wanneer": "2027-01-15"}
            for _ in range(n)
        ]

    return {
        "casusnummer": f"2026-{nummer:04d}",
        "gemeente": "Westervoort",
        "personen": personen,
        "verklarende_analyse": {
            "doelen": [
                {"id": "d1", "omschrijving": "Zoë gaat weer elke dag naar school"},
                {"id": "d2", "omschrijving": "Zoë heeft een vriendin op school"},
            ]
        },
        "familiegroepsplan": {
            "aangeboden_op": "2026-11-18",
            "aangeboden_door": "Anouk de Vries",
            "uitleg": tekst(rnd, 3),
            "status": "opgesteld",
            "opgesteld_op": "2026-12-02",
            "deelnemers": refs[:6],
            "doelen": ["d1", "d2"],
            "wat_is_er_aan_de_hand": "\n\n".join(tekst(rnd, 8) for _ in range(3)),
            "wat_willen_we_bereiken": tekst(rnd, 4),
            "wat_doen_we_zelf": tekst(rnd, 10),
            "wat_doet_ons_netwerk": acties(rnd.randint(4, 10)),
            "hulp_van_professionals": tekst(rnd, 6),
            "afspraken_veiligheid": tekst(rnd, 3),
            "evaluatie": tekst(rnd, 2),
        },
        "perspectiefplannen": [
            {
                "jeugdige": "p1",
                "opgesteld_op": "2026-12-10",
                "eigen_woorden": tekst(rnd, 5),
                "gebieden": [
                    {
                        "gebied": g,
                        "nu": tekst(rnd, 3),
                        "wens_na_18": tekst(rnd, 2),
                        "nodig": tekst(rnd, 2),
                        "acties": acties(rnd.randint(0, 3)),
                    }
                    for g in GEBIEDEN
                ],
                "hulp_komende_twee_jaar": tekst(rnd, 4),
                "hulp_na_18": tekst(rnd, 3),
                "hulp_na_18_kaders": ["Wmo"],
                "overdracht": tekst(rnd, 2),
                "betrokkenen": refs[:4],
            }
        ],
    }


KOP = PlanKop(
    gemeente="Westervoort",
    team="Sociaal Loket Westervoort – jeugdteam",
    versie=1,
    vastgesteld_op=None,
    aanwezig=[],
    consulent="Anouk de Vries",
    gemaakt_op=date(2026, 12, 12),
)


def main() -> None:
    rnd = random.Random(1)
    t0 = time.perf_counter()
    registreer_lettertype()
    print(f"lettertype registreren (eenmalig): {time.perf_counter() - t0:.3f} s")

    typisch = casus(42, rnd)
    for naam, maak in (
        ("familiegroepsplan", lambda: familiegroepsplan_pdf_bytes(typisch, KOP)),
        ("perspectiefplan", lambda: perspectiefplan_pdf_bytes(typisch, "p1", KOP)),
    ):
        maak()  # warm
        tijden, grootte = [], 0
        for _ in range(10):
            t0 = time.perf_counter()
            grootte = len(maak())
            tijden.append(time.perf_counter() - t0)
        print(
            f"{naam}: mediaan {statistics.median(tijden):.3f} s over 10 "
            f"(min {min(tijden):.3f}, max {max(tijden):.3f}); {grootte / 1024:.0f} kB  [doel < 0.5 s]"
        )

    casussen = [casus(i, rnd) for i in range(100)]
    with tempfile.TemporaryDirectory() as map_:
        t0 = time.perf_counter()
        for i, c in enumerate(casussen):
            if i % 2:
                perspectiefplan_pdf(c, "p1", KOP, Path(map_) / f"pp-{i}.pdf")
            else:
                familiegroepsplan_pdf(c, KOP, Path(map_) / f"fgp-{i}.pdf")
        duur = time.perf_counter() - t0
        totaal = sum(p.stat().st_size for p in Path(map_).iterdir())
    print(
        f"100 plannen naar bestanden: {duur:.2f} s ({duur * 10:.0f} ms per plan, "
        f"{totaal / 1024 / 1024:.1f} MB)  [doel < 20 s]"
    )


if __name__ == "__main__":
    main()
