"""The shared look of the painted intake charts (mirror sheet, network picture).

Colours that survive colour blindness and grey print, fonts scaled up for the kitchen table,
and word wrapping that never clips.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF

# A white "sheet" regardless of the desktop theme: it is shown, printed and screenshotted as paper.
PAPIER = QColor("#ffffff")
INKT = QColor("#1f2933")
INKT_ZACHT = QColor("#667380")
RASTER = QColor("#dde2e8")
RASTER_AS = QColor("#9aa5b1")
KLEUR_INWONER = QColor("#1f4e8c")  # dark blue, solid
KLEUR_METGEZEL = QColor("#e07b00")  # orange, hatched: reads apart from the blue in grey print too
KLEUR_METGEZEL_VLAK = QColor("#fbe3c4")
BAND = QColor("#fff3d1")
BAND_RAND = QColor("#e9c46a")
DELTA_VLAK = QColor("#f4cf72")
DELTA_TEKST = QColor("#4d3300")

# Okabe-Ito: distinguishable for the common forms of colour blindness.
ROLKLEUREN = [
    QColor("#0072b2"),
    QColor("#009e73"),
    QColor("#cc79a7"),
    QColor("#d55e00"),
    QColor("#56b4e9"),
    QColor("#e69f00"),
    QColor("#7f7f7f"),
]
# Known roles keep the same colour from case to case, whatever else is in the network.
VASTE_ROLKLEUR = {"ouder": 0, "parent": 0, "netwerk": 1, "network": 1, "professional": 2}
RINGVLAK = [QColor("#dce7f2"), QColor("#e8eff6"), QColor("#f3f7fa")]  # close → far
RINGRAND = QColor("#c3d0dd")
CENTRUM_VLAK = QColor("#fdeccb")
CENTRUM_RAND = QColor("#d9a441")


def lettertype(basis: QFont, factor: float, vet: bool = False) -> QFont:
    """The app font scaled up (never down), so text is at least the default size."""
    font = QFont(basis)
    if basis.pointSizeF() > 0:
        font.setPointSizeF(basis.pointSizeF() * factor)
    else:
        font.setPixelSize(max(1, round(basis.pixelSize() * factor)))
    font.setBold(vet)
    return font


def breek_regels(tekst: str, fm: QFontMetricsF, breedte: float, max_regels: int) -> list[str]:
    """Greedy word wrap into at most max_regels lines; the last one is elided so nothing clips."""
    woorden = tekst.split()
    regels: list[str] = []
    while woorden and len(regels) < max_regels - 1:
        regel, i = woorden[0], 1
        while i < len(woorden) and fm.horizontalAdvance(f"{regel} {woorden[i]}") <= breedte:
            regel, i = f"{regel} {woorden[i]}", i + 1
        if fm.horizontalAdvance(regel) > breedte:
            break  # one word too long for a line: leave it to the eliding below
        regels.append(regel)
        woorden = woorden[i:]
    if woorden:
        regels.append(fm.elidedText(" ".join(woorden), Qt.TextElideMode.ElideRight, breedte))
    return regels
