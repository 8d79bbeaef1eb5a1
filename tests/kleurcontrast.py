"""WCAG 2.1 contrast: relative luminance and ratio of two colours, and the colour pairs that the
window's stylesheets set (read from the source of jeugdloket/ui)."""

import ast
import re
from pathlib import Path

UI = Path(__file__).resolve().parent.parent / "jeugdloket" / "ui"

# Where a stylesheet sets no background, text stands on the window or on a field: both count.
ACHTERGRONDEN = ("#ffffff", "#efefef")
NAMEN = {"white": "#ffffff", "black": "#000000"}


def _rgb(kleur: str) -> tuple[int, int, int]:
    kleur = NAMEN.get(kleur.lower(), kleur).lstrip("#")
    if len(kleur) == 3:
        kleur = "".join(c * 2 for c in kleur)
    return int(kleur[0:2], 16), int(kleur[2:4], 16), int(kleur[4:6], 16)


def luminantie(kleur: str) -> float:
    def kanaal(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (kanaal(c) for c in _rgb(kleur))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminantie(a), luminantie(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


_KLEUR = r"(#[0-9a-fA-F]{3,6}\b|white|black)"
_VOOR = re.compile(r"(?<![-\w])color\s*:\s*" + _KLEUR)
_ACHTER = re.compile(r"background(?:-color)?\s*:\s*" + _KLEUR)


def stijlparen() -> list[tuple[str, str, str]]:
    """(where, text colour, background) for every rule of a stylesheet literal in ui/ that sets
    a text colour; a rule without a background is checked against the window and a field."""
    paren = []
    for pad in sorted(UI.rglob("*.py")):
        for knoop in ast.walk(ast.parse(pad.read_text("utf-8"))):
            if not (isinstance(knoop, ast.Constant) and isinstance(knoop.value, str)):
                continue
            for regel in re.split(r"[{}]", knoop.value):
                voor = _VOOR.search(regel)
                if voor is None:
                    continue
                achter = _ACHTER.search(regel)
                plaats = f"{pad.relative_to(UI)}:{knoop.lineno}"
                for a in (achter.group(1),) if achter else ACHTERGRONDEN:
                    paren.append((plaats, voor.group(1), a))
    return paren
