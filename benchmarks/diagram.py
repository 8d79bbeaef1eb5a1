"""Benchmark: the verklarende analyse diagram (4P) – rebuilding, and dragging a card.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/diagram.py

Prints figures; asserts nothing. Targets: `zet_gegevens` with 40 factors and 60 links < 50 ms;
a drag step (mouse move + processEvents + viewport repaint) < 16 ms ("fluid").
"""

import os
import random
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from jeugdloket.ui.intake.diagram import AnalyseDiagram  # noqa: E402
from jeugdloket.ui.intake.diagramstukken import TYPES, DiagramFactor, DiagramLink  # noqa: E402

TEKSTEN = [
    "Moeder heeft zelf depressieve klachten",
    "Verhuizing en nieuwe school in september",
    "Zoë blijft thuis als ze buikpijn heeft; moeder laat dat toe",
    "Sterke band met oma",
    "Achterstand op school groeit, waardoor ze nog meer opziet tegen teruggaan naar de klas",
    "Weinig contact met leeftijdgenoten",
    "Vader is sinds de scheiding weinig in beeld",
    "Mentor is betrokken en wil meedenken",
]
TOELICHTINGEN = [
    "",
    "mist lessen",
    "maakt het erger",
    "oma kan haar 's ochtends naar school brengen",
]


def gegevens(aantal_factoren: int = 40, aantal_links: int = 60, seed: int = 1):
    rnd = random.Random(seed)
    factoren = [
        DiagramFactor(
            f"id-{i}",
            f"f{i + 1}",
            TYPES[i % 4],
            rnd.choice(TEKSTEN),
            rnd.choice([True, False, None]),
            None,
            None,
        )
        for i in range(aantal_factoren)
    ]
    links, paren = [], set()
    while len(links) < aantal_links:
        van, naar = rnd.sample(range(aantal_factoren), 2)
        if (van, naar) in paren:
            continue
        paren.add((van, naar))
        links.append(
            DiagramLink(f"l-{len(links)}", f"id-{van}", f"id-{naar}", rnd.choice(TOELICHTINGEN))
        )
    return factoren, links


def ms(seconden: float) -> str:
    return f"{seconden * 1000:.1f} ms"


def main() -> None:
    app = QApplication.instance() or QApplication([])
    diagram = AnalyseDiagram()
    diagram.resize(1000, 650)
    diagram.show()
    QTest.qWaitForWindowExposed(diagram)
    factoren, links = gegevens()

    diagram.zet_gegevens(factoren, links)  # warm-up
    app.processEvents()
    tijden = []
    for _ in range(20):
        t = time.perf_counter()
        diagram.zet_gegevens(factoren, links)
        tijden.append(time.perf_counter() - t)
    app.processEvents()
    print(f"zet_gegevens, {len(factoren)} factoren en {diagram.aantal_pijlen()} pijlen (20×):")
    print(
        f"  mediaan {ms(statistics.median(tijden))}, min {ms(min(tijden))}, max {ms(max(tijden))}"
    )

    # Drag the card with the most arrows, 100 steps, each followed by events + a repaint.
    aantal = {f.id: 0 for f in factoren}
    for link in links:
        aantal[link.van] += 1
        aantal[link.naar] += 1
    kaart = max(aantal, key=aantal.get)
    verplaatst = []
    diagram.factor_verplaatst.connect(lambda *a: verplaatst.append(a))
    vp = diagram.viewport()
    diagram.centerOn(diagram.kaart_positie(kaart))
    app.processEvents()
    start = diagram.mapFromScene(diagram.kaart_positie(kaart))
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    stappen, bewegen = [], []
    for i in range(1, 101):
        doel = start + QPoint(round(120 * (i / 100)), round(60 * ((i % 20) / 20)))
        t = time.perf_counter()
        QTest.mouseMove(vp, doel)
        app.processEvents()
        t2 = time.perf_counter()
        vp.repaint()
        stappen.append(time.perf_counter() - t)
        bewegen.append(t2 - t)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, doel)
    stappen.sort()
    p95 = stappen[int(0.95 * len(stappen)) - 1]
    print(f"slepen van een kaart met {aantal[kaart]} pijlen (100 stappen, 1000×650):")
    print(f"  mediaan {ms(statistics.median(stappen))}, p95 {ms(p95)}, max {ms(stappen[-1])}")
    print(
        f"  waarvan beweging + events (wat de app per muisbeweging doet): mediaan "
        f"{ms(statistics.median(bewegen))}; de extra volledige repaint: mediaan "
        f"{ms(statistics.median(stappen) - statistics.median(bewegen))}"
    )
    print(f"  factor_verplaatst {len(verplaatst)}× na loslaten")


if __name__ == "__main__":
    main()
