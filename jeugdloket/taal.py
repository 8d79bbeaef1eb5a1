"""The language of texts made below the window (errors, statuses, signals, code-list names).

Dutch is the source language of the services: `vertaal("Deze casus bestaat niet (meer)")`
returns the Dutch text unchanged unless English was chosen (the window's `--lang en`, or the
command line's), then the English entry from `resources/taal/en.json`. Placeholders are named and
filled after the lookup, so a translation can reorder them or format a date its own way:
`vertaal("Geboortedatum {gd:%d-%m-%Y} ligt in de toekomst", gd=gd)`.

One language per process (the window and the command line serve one user); no Qt here, the
window sets it at start (`ui/app.py`). tests/test_taal.py checks every marked text has an English
entry with the same placeholders and that no entry is stale.
"""

import json
from functools import cache
from typing import Any

from jeugdloket.paden import RESOURCES

TALEN = ("nl", "en")
CATALOGUS = RESOURCES / "taal" / "en.json"

_taal = "nl"


def zet_taal(taal: str | None) -> None:
    """Choose the language of the texts from now on (None: Dutch)."""
    global _taal
    taal = taal or "nl"
    if taal not in TALEN:
        raise ValueError(f"unknown language {taal!r}")
    _taal = taal


def taal() -> str:
    return _taal


@cache
def engels() -> dict[str, str]:
    """Dutch source text → English text."""
    return json.loads(CATALOGUS.read_text(encoding="utf-8"))


def vertaal(bron: str, **waarden: Any) -> str:
    """`bron` (Dutch, with `{naam}` placeholders when `waarden` are given) in the chosen language.

    A text without an English entry stays Dutch rather than failing: the tests keep the
    catalogue complete, a user never gets an error for a missing translation."""
    sjabloon = engels().get(bron, bron) if _taal == "en" else bron
    return sjabloon.format(**waarden) if waarden else sjabloon


def vertaalbaar(bron: str) -> str:
    """Marks a Dutch text kept in a table (a status name, a code-list value) for translation
    where it is shown (`vertaal(waarde)`); returns it unchanged."""
    return bron
