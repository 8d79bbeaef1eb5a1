"""Dutch words that never belong in English text, and a scan of the UI code for Dutch text
outside tr() (for tests/test_engels.py)."""

import ast
import re
from pathlib import Path

UI = Path(__file__).resolve().parent.parent / "jeugdloket" / "ui"

# Function words and common UI words: an English text with one of them is untranslated.
# Domain nouns (casus, toewijzing, familiegroepsplan, werkkopie…) may stay Dutch and are not here.
WOORDEN = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "van",
        "niet",
        "geen",
        "voor",
        "bij",
        "naar",
        "nog",
        "wordt",
        "zijn",
        "onbekend",
        "weken",
        "peildatum",
        "wie",
        "wat",
        "waar",
        "wanneer",
        "hoe",
        "uit",
        "door",
        "jaar",
        "dagen",
        "nieuw",
        "nieuwe",
        "ja",
        "nee",
        "datum",
        "opslaan",
        "verwijderen",
        "toevoegen",
        "zoeken",
        "annuleren",
        "sluiten",
        "openen",
        "zorg",
        "stap",
        "alle",
        "bewaard",
        "opgeslagen",
        "heeft",
        "kan",
        "moet",
        "ook",
        "maar",
        "als",
        "dan",
        "dit",
        "deze",
        "tot",
        "om",
        "vanaf",
        "binnen",
    ]
)
_WOORD = re.compile(r"[A-Za-zÀ-ÿ]+")

VERTAALD = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "_tr"}
# Calls whose string argument is not shown to the user.
NIET_GETOOND = {
    "setObjectName",
    "setStyleSheet",
    "QKeySequence",
    "setShortcut",
    "getattr",
    "setattr",
    "hasattr",
    "value",
    "setValue",
    "setProperty",
    "property",
    "findData",
    "findChild",
    "get",
    "startswith",
    "endswith",
    "split",
    "join",
    "replace",
    "format",
    "strftime",
    "connect",
    "emit",
    "Signal",
    "print",  # stdout/stderr for IT, not the window
}
_CODE = re.compile(r"[a-z_/]+")  # a key or a code ('ouder', 'aangeboden_door'), not a text


def nederlandse_woorden(tekst: str) -> set[str]:
    tekst = re.sub(r"<[^>]+>|&\w+;|%\d", " ", tekst)
    tekst = re.sub(r"\b(?:de|van|den|der|het|ten|ter)\s+(?=[A-Z])", " ", tekst)  # Anouk de Vries
    return {w.lower() for w in _WOORD.findall(tekst)} & WOORDEN


def _naam(func: ast.AST) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def onvertaalde_teksten() -> list[str]:
    """String literals in ui/ with a Dutch word that do not pass through tr()."""
    gevonden = []
    for pad in sorted(UI.rglob("*.py")):
        boom = ast.parse(pad.read_text("utf-8"))
        overslaan: set[int] = set()
        for knoop in ast.walk(boom):
            # Docstrings, comments are not shown; neither are dict keys or comparisons.
            if isinstance(knoop, (ast.Module, ast.ClassDef, ast.FunctionDef)) and knoop.body:
                eerste = knoop.body[0]
                if isinstance(eerste, ast.Expr) and isinstance(eerste.value, ast.Constant):
                    overslaan.add(id(eerste.value))
            if isinstance(knoop, ast.Call) and _naam(knoop.func) in VERTAALD | NIET_GETOOND:
                for kind in ast.walk(knoop):
                    overslaan.add(id(kind))
            if isinstance(knoop, ast.Dict):
                for sleutel in knoop.keys:
                    if sleutel is not None:
                        overslaan.add(id(sleutel))
            if isinstance(knoop, (ast.Compare, ast.Subscript)):
                for kind in ast.walk(knoop):
                    overslaan.add(id(kind))
        for knoop in ast.walk(boom):
            if (
                isinstance(knoop, ast.Constant)
                and isinstance(knoop.value, str)
                and id(knoop) not in overslaan
                and not _CODE.fullmatch(knoop.value)
                and nederlandse_woorden(knoop.value)
            ):
                gevonden.append(f"{pad.relative_to(UI)}:{knoop.lineno} {knoop.value[:70]!r}")
    return gevonden
