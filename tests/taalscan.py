"""AST scans for tests/test_taal.py: the Dutch texts marked with vertaal()/vertaalbaar(), and the
messages of raised errors that are not marked."""

import ast
import string
from collections.abc import Iterator
from pathlib import Path

PAKKET = Path(__file__).resolve().parent.parent / "jeugdloket"
# Where errors, statuses and signals that reach the window are made.
KERN = [
    PAKKET / "services",
    PAKKET / "regels",
    PAKKET / "rapporten",
    PAKKET / "db.py",
    PAKKET / "fouten.py",
]
MARKERS = {"vertaal", "vertaalbaar"}


def bestanden(*plekken: Path) -> Iterator[Path]:
    for plek in plekken:
        yield from sorted(plek.rglob("*.py")) if plek.is_dir() else [plek]


def _naam(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else None


def _bomen() -> Iterator[tuple[Path, ast.Module]]:
    for pad in bestanden(PAKKET):
        yield pad, ast.parse(pad.read_text(encoding="utf-8"))


def gemarkeerd() -> tuple[dict[str, str], list[str]]:
    """Every literal marked for translation in jeugdloket/ (text → where), and marker calls whose
    first argument is no plain literal (an f-string cannot be looked up)."""
    teksten: dict[str, str] = {}
    fout: list[str] = []
    for pad, boom in _bomen():
        for knoop in ast.walk(boom):
            if not (isinstance(knoop, ast.Call) and _naam(knoop.func) in MARKERS and knoop.args):
                continue
            arg = knoop.args[0]
            plek = f"{pad.relative_to(PAKKET.parent)}:{knoop.lineno}"
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                teksten.setdefault(arg.value, plek)
            elif isinstance(arg, ast.JoinedStr):
                fout.append(f"{plek}: an f-string in {_naam(knoop.func)}(); use named placeholders")
    return teksten, fout


def foutklassen() -> set[str]:
    """Fout and every subclass defined in jeugdloket/."""
    namen = {"Fout"}
    klassen = [k for _, b in _bomen() for k in ast.walk(b) if isinstance(k, ast.ClassDef)]
    groei = True
    while groei:
        groei = False
        for k in klassen:
            if k.name not in namen and any(_naam(b) in namen for b in k.bases):
                namen.add(k.name)
                groei = True
    return namen


def _teksten(knoop: ast.expr) -> Iterator[ast.expr]:
    """Literal texts in an error's argument: itself, a dict's values, a list's items, either
    branch of `a if c else b`, `a or b` – not inside a marker call."""
    if isinstance(knoop, ast.Call) and _naam(knoop.func) in MARKERS:
        return
    if isinstance(knoop, ast.JoinedStr) or (
        isinstance(knoop, ast.Constant) and isinstance(knoop.value, str) and knoop.value.strip()
    ):
        yield knoop
    elif isinstance(knoop, ast.Dict):
        for v in knoop.values:
            yield from _teksten(v)
    elif isinstance(knoop, (ast.List, ast.Tuple)):
        for v in knoop.elts:
            yield from _teksten(v)
    elif isinstance(knoop, ast.IfExp):
        yield from _teksten(knoop.body)
        yield from _teksten(knoop.orelse)
    elif isinstance(knoop, ast.BoolOp):
        for v in knoop.values:
            yield from _teksten(v)
    elif isinstance(knoop, ast.BinOp):
        yield from _teksten(knoop.left)
        yield from _teksten(knoop.right)


def ongemarkeerde_fouten() -> list[str]:
    """Errors (Fout and subclasses) made in the core with a literal or f-string message that is
    not wrapped in vertaal()."""
    klassen = foutklassen()
    gevonden = []
    for pad in bestanden(*KERN):
        for knoop in ast.walk(ast.parse(pad.read_text(encoding="utf-8"))):
            if isinstance(knoop, ast.Call) and _naam(knoop.func) in klassen:
                for arg in [*knoop.args, *(k.value for k in knoop.keywords)]:
                    gevonden += [
                        f"{pad.relative_to(PAKKET.parent)}:{t.lineno}: {ast.unparse(t)[:70]}"
                        for t in _teksten(arg)
                    ]
    return gevonden


def plekhouders(tekst: str) -> set[str]:
    """The named placeholders of a template ({naam}, {naam:%d-%m-%Y} → naam)."""
    return {veld for _, veld, _, _ in string.Formatter().parse(tekst) if veld is not None}
