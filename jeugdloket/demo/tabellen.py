"""The text tables of the demo (team, streets, names, questions, notes, intake texts), read once.

The texts are data, not code: they live as JSON in `teksten/` beside this module (package data,
so an installed wheel has them too; each file's `_uitleg` says what its tables hold). Here they
are read with importlib.resources and frozen – every list becomes a tuple – so the generators
can share them without one changing them for the next.
"""

import json
from importlib.resources import files
from typing import Any


def _vast(waarde: Any) -> Any:
    """Lists to tuples, all the way down (JSON has no tuples; the tables must not change)."""
    if isinstance(waarde, list):
        return tuple(_vast(v) for v in waarde)
    if isinstance(waarde, dict):
        return {k: _vast(v) for k, v in waarde.items()}
    return waarde


def _lees(naam: str) -> dict[str, Any]:
    tekst = (files(__package__) / "teksten" / f"{naam}.json").read_text(encoding="utf-8")
    return _vast(json.loads(tekst))


_TEAM = _lees("team")
_ADRESSEN = _lees("adressen")
_NAMEN = _lees("namen")
_AANMELDING = _lees("aanmelding")
_NOTITIES = _lees("notities")
_THEMAS = _lees("themas")
_INTAKE = _lees("intake")
_HULP = _lees("hulp")

# The team: (gebruikersnaam, naam, rol, gemeente the consulent mostly works in, share of cases).
MEDEWERKERS: tuple[tuple[str, str, str, str | None, float], ...] = _TEAM["medewerkers"]
# Per gemeente: (woonplaats, straat, postcode digits, first postcode letter, highest number).
STRATEN: dict[str, tuple[tuple[str, str, str, str, int], ...]] = _ADRESSEN["straten"]
# Per origin: gewicht, first names (jongens, meisjes, mannen, vrouwen) and achternamen as
# (tussenvoegsel, male form, female form).
HERKOMSTEN: dict[str, dict[str, Any]] = _NAMEN["herkomsten"]

# The question at registration: (lowest age, highest age, text, theme) and its additions.
HULPVRAGEN: tuple[tuple[int, int, str, str], ...] = _AANMELDING["hulpvragen"]
HULPVRAGEN_JB: tuple[str, ...] = _AANMELDING["hulpvragen_jb"]
MULTIPROBLEEM: tuple[str, ...] = _AANMELDING["multiprobleem"]
TWEEDE_KIND: tuple[str, ...] = _AANMELDING["tweede_kind"]
VOORZET_VERWIJZER: dict[str, tuple[str, ...]] = _AANMELDING["voorzet_verwijzer"]

# The notes of the contact moments, per phase of the timeline.
NOTITIES: dict[str, tuple[str, ...]] = _NOTITIES["notities"]

# Per theme: leefgebieden, worries, draaglast, summaries, factors per type and goals.
THEMAS: dict[str, dict[str, Any]] = _THEMAS["themas"]

# The intake texts outside the themes (see teksten/intake.json).
GAAT_GOED: dict[str, tuple[str, ...]] = _INTAKE["gaat_goed"]
GAAT_GOED_JONG: dict[str, tuple[str, ...]] = _INTAKE["gaat_goed_jong"]
GAAT_GOED_OOK: dict[str, tuple[str, ...]] = _INTAKE["gaat_goed_ook"]
ZORGEN_ALG: dict[str, tuple[str, ...]] = _INTAKE["zorgen_alg"]
KRACHT_KIND: tuple[tuple[int, int, str], ...] = _INTAKE["kracht_kind"]
KRACHT_OUDER: tuple[str, ...] = _INTAKE["kracht_ouder"]
KRACHT_NETWERK: tuple[str, ...] = _INTAKE["kracht_netwerk"]
DRAAGLAST_MULTI: tuple[str, ...] = _INTAKE["draaglast_multi"]
DRAAGLAST_ALG: tuple[str, ...] = _INTAKE["draaglast_alg"]
BIJDRAGE: dict[str, tuple[str, ...]] = _INTAKE["bijdrage"]
BESCHERMEND_ALG: tuple[tuple[str, str, str], ...] = _INTAKE["beschermend_alg"]
# Keyed by (type of the cause, type of the effect): JSON keeps the pair in the row.
SAMENHANG_TEKST: dict[tuple[str, str], tuple[str, ...]] = {
    (van, naar): teksten for van, naar, teksten in _INTAKE["samenhang_tekst"]
}
BRON_INSTANTIE: tuple[str, ...] = _INTAKE["bron_instantie"]
BRON_JONG: tuple[str, ...] = _INTAKE["bron_jong"]
WANNEER_WOORDEN: tuple[str, ...] = _INTAKE["wanneer_woorden"]
WANNEER_STEEDS: tuple[str, ...] = _INTAKE["wanneer_steeds"]
ACTIES_CONSULENT: tuple[str, ...] = _INTAKE["acties_consulent"]

# The demo toewijzingen: the family's reason for a choice, and how consent was given.
REDENEN_KEUZE: tuple[str, ...] = _HULP["redenen_keuze"]
TOESTEMMING: tuple[str, ...] = _HULP["toestemming"]
