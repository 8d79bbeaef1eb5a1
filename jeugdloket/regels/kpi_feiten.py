"""The light per-case records the weekly figures (`regels.kpi`) are computed from, and how
they are made from a case in the exchange format (`casus_uit_document`). Field names are the
exchange format's (`uitwisseling.md`), so where the app stores a part only changes the loader.
Every date is a calendar date: a datetime or ISO text counts as its date part.

Pure: no database, no Qt.
"""

from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any


@dataclass(slots=True)
class JeugdigeFeit:
    ref: str
    geboortedatum: date | None = None


@dataclass(slots=True)
class ToewijzingFeit:
    jeugdige: str | None
    aanbieder_agb: str | None = None
    productcategorie: str | None = None
    segment: int | None = None
    status: str | None = None
    aanvraagdatum: date | None = None
    ingangsdatum: date | None = None
    einddatum: date | None = None

    def actief_op(self, dag: date) -> bool:
        return (
            self.status != "afgewezen"
            and self.ingangsdatum is not None
            and self.ingangsdatum <= dag
            and (self.einddatum is None or self.einddatum >= dag)
        )

    def wachtend_op(self, dag: date) -> bool:
        return (
            self.status != "afgewezen"
            and self.aanvraagdatum is not None
            and self.aanvraagdatum <= dag
            and (self.ingangsdatum is None or self.ingangsdatum > dag)
        )


@dataclass(slots=True)
class PerspectiefplanFeit:
    jeugdige: str | None
    opgesteld_op: date | None = None


@dataclass(slots=True)
class FamiliegroepsplanFeit:
    aangeboden_op: date | None = None
    status: str | None = None
    opgesteld_op: date | None = None


@dataclass(slots=True)
class CasusFeit:
    """What the figures need of one case; field names as in the exchange format."""

    casusnummer: str
    aanmelddatum: date
    consulent: str | None = None  # gebruikersnaam of the medewerker
    verwijzer: str | None = None
    eerste_contact: date | None = None
    afgesloten_op: date | None = None
    analyse_afgerond_op: date | None = None  # verklarende_analyse.afgerond_op
    familiegroepsplan: FamiliegroepsplanFeit | None = None
    perspectiefplannen: tuple[PerspectiefplanFeit, ...] = ()
    jeugdigen: tuple[JeugdigeFeit, ...] = ()
    toewijzingen: tuple[ToewijzingFeit, ...] = ()
    # Figure 10's evaluation moments: the dates of the contactmomenten of soort "evaluatie"
    # and of the recorded evaluations (`evaluaties`), sorted.
    evaluaties: tuple[date, ...] = ()


@lru_cache(maxsize=16384)
def _dag_uit_tekst(tekst: str) -> date | None:
    try:
        return date.fromisoformat(tekst[:10])
    except ValueError:
        return None


def als_dag(waarde: Any) -> date | None:
    """A calendar date from a date, a datetime or ISO text; None for anything else."""
    if type(waarde) is str:  # the common case when loading: ISO text as stored
        return _dag_uit_tekst(waarde)
    if waarde is None:
        return None
    if isinstance(waarde, datetime):
        return waarde.date()
    if isinstance(waarde, date):
        return waarde
    if isinstance(waarde, str):
        return _dag_uit_tekst(waarde)
    return None


def _tekst(waarde: Any) -> str | None:
    return None if waarde is None else str(waarde)


def _geheel(waarde: Any) -> int | None:
    if type(waarde) is int:
        return waarde
    if waarde is None or isinstance(waarde, bool):
        return None
    if isinstance(waarde, str) and waarde.strip().isdigit():
        return int(waarde)
    return None


class Datums(dict):
    """Value → calendar date, parsed once per distinct value: a register of 50,000 cases has a
    few thousand distinct days, and a dict lookup is far cheaper than parsing."""

    def __missing__(self, waarde: Any) -> date | None:
        dag = self[waarde] = als_dag(waarde)
        return dag


_DATUMS = Datums()


def _als_tekst(waarde: Any) -> str | None:
    return waarde if waarde is None or waarde.__class__ is str else str(waarde)


def toewijzing_uit_document(t: dict, datums: Datums = _DATUMS) -> ToewijzingFeit:
    # Called 80,000 times when the register loads: positional, cached dates, text as it is.
    g = t.get
    segment = g("segment")
    aanvraag, ingang, einde = g("aanvraagdatum"), g("ingangsdatum"), g("einddatum")
    try:
        aanvraag, ingang, einde = datums[aanvraag], datums[ingang], datums[einde]
    except TypeError:  # a list or object where a date belongs: not a date
        aanvraag, ingang, einde = als_dag(aanvraag), als_dag(ingang), als_dag(einde)
    return ToewijzingFeit(
        _als_tekst(g("jeugdige")),
        _als_tekst(g("aanbieder_agb")),
        _als_tekst(g("productcategorie")),
        segment if segment.__class__ is int else _geheel(segment),
        _als_tekst(g("status")),
        aanvraag,
        ingang,
        einde,
    )


def perspectiefplan_uit_document(p: dict) -> PerspectiefplanFeit:
    return PerspectiefplanFeit(_tekst(p.get("jeugdige")), als_dag(p.get("opgesteld_op")))


def familiegroepsplan_uit_document(f: dict | None) -> FamiliegroepsplanFeit | None:
    if not isinstance(f, dict):
        return None
    return FamiliegroepsplanFeit(
        als_dag(f.get("aangeboden_op")), _tekst(f.get("status")), als_dag(f.get("opgesteld_op"))
    )


def _objecten(waarde: Any) -> list[dict]:
    return [x for x in waarde if isinstance(x, dict)] if isinstance(waarde, list) else []


def evaluatiemomenten(c: dict) -> tuple[date, ...]:
    """The case's evaluation moments for figure 10: a contactmoment of soort `evaluatie`, and
    a recorded evaluation (`evaluaties[].datum`: the conversation with family and provider
    counts as its evaluation moment, whether or not a contactmoment was noted as well)."""
    uit = [
        d
        for m in _objecten(c.get("contactmomenten"))
        if m.get("soort") == "evaluatie" and (d := als_dag(m.get("datum"))) is not None
    ]
    uit += [d for e in _objecten(c.get("evaluaties")) if (d := als_dag(e.get("datum"))) is not None]
    return tuple(sorted(uit))


def casus_uit_document(c: dict) -> CasusFeit:
    """The record of one case of an exchange document (tests, and parts kept as documents)."""
    va = c.get("verklarende_analyse") if isinstance(c.get("verklarende_analyse"), dict) else {}
    return CasusFeit(
        casusnummer=str(c["casusnummer"]),
        aanmelddatum=als_dag(c["aanmelddatum"]),
        consulent=_tekst(c.get("consulent")),
        verwijzer=_tekst(c.get("verwijzer")),
        eerste_contact=als_dag(c.get("eerste_contact")),
        afgesloten_op=als_dag(c.get("afgesloten_op")),
        analyse_afgerond_op=als_dag(va.get("afgerond_op")),
        familiegroepsplan=familiegroepsplan_uit_document(c.get("familiegroepsplan")),
        perspectiefplannen=tuple(
            perspectiefplan_uit_document(p) for p in _objecten(c.get("perspectiefplannen"))
        ),
        jeugdigen=tuple(
            JeugdigeFeit(str(p.get("id")), als_dag(p.get("geboortedatum")))
            for p in _objecten(c.get("personen"))
            if p.get("rol") == "jeugdige"
        ),
        toewijzingen=tuple(toewijzing_uit_document(t) for t in _objecten(c.get("toewijzingen"))),
        evaluaties=evaluatiemomenten(c),
    )


__all__ = [
    "CasusFeit",
    "Datums",
    "FamiliegroepsplanFeit",
    "JeugdigeFeit",
    "PerspectiefplanFeit",
    "ToewijzingFeit",
    "als_dag",
    "casus_uit_document",
    "evaluatiemomenten",
    "familiegroepsplan_uit_document",
    "perspectiefplan_uit_document",
    "toewijzing_uit_document",
]
