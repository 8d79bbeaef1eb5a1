"""The evaluation of help: when it is due, the signal before and after, and what a decision needs.

Standard: an evaluation with parents and provider three months after the help started (domain
README step 8, 002:L672), and again three months after the last one while the help runs. An
evaluation moment is what kpi.md figure 10 counts: a recorded evaluation or a contactmoment of
soort `evaluatie` of the case, dated after the toewijzing's ingangsdatum.

Pure: no database, no Qt.
"""

import calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from jeugdloket.taal import vertaal, vertaalbaar

NA_MAANDEN = 3
SIGNAAL_DAGEN_VOORAF = 14
BESLUITEN = {
    "doorgaan": vertaalbaar("doorgaan"),
    "aanpassen": vertaalbaar("aanpassen"),
    "afschalen": vertaalbaar("afschalen"),
    "beeindigen": vertaalbaar("beëindigen"),
}
SCORE_MIN, SCORE_MAX = 1, 10
# The toewijzing fields a decision to continue, adjust or scale down may change.
WIJZIGBARE_VELDEN = ("volume", "eenheid", "frequentie", "budget", "einddatum")

BINNENKORT = "binnenkort"  # orange: due within two weeks
TE_LAAT = "te_laat"  # red: past the due date


def dag(waarde: Any) -> date | None:
    if isinstance(waarde, datetime):
        return waarde.date()
    if isinstance(waarde, date):
        return waarde
    if isinstance(waarde, str) and len(waarde) >= 10:
        try:
            return date.fromisoformat(waarde[:10])
        except ValueError:
            return None
    return None


def plus_maanden(d: date, maanden: int) -> date:
    """The same day `maanden` later; the month's last day when that month is shorter
    (30 November + 3 months = 28 or 29 February)."""
    m = d.month - 1 + maanden
    jaar, maand = d.year + m // 12, m % 12 + 1
    return date(jaar, maand, min(d.day, calendar.monthrange(jaar, maand)[1]))


@dataclass(frozen=True, slots=True)
class EvaluatieStand:
    """When the next evaluation of one toewijzing is due, and the signal today."""

    uiterlijk: date
    laatste: date | None  # the last evaluation moment after the start, if any
    niveau: str | None  # None, BINNENKORT or TE_LAAT

    def tekst(self) -> str:
        if self.niveau == TE_LAAT:
            return vertaal(
                "Evaluatie te laat: uiterlijk {uiterlijk:%d-%m-%Y}", uiterlijk=self.uiterlijk
            )
        if self.niveau == BINNENKORT:
            return vertaal("Evaluatie uiterlijk {uiterlijk:%d-%m-%Y}", uiterlijk=self.uiterlijk)
        return vertaal(
            "Volgende evaluatie uiterlijk {uiterlijk:%d-%m-%Y}", uiterlijk=self.uiterlijk
        )


def loopt(status: str | None, ingang: Any, einde: Any, vandaag: date) -> bool:
    """Running help: started, begun on or before today, not ended before today."""
    ingang, einde = dag(ingang), dag(einde)
    return (
        status == "gestart"
        and ingang is not None
        and ingang <= vandaag
        and (einde is None or einde >= vandaag)
    )


def evaluatie_stand(
    status: str | None,
    ingangsdatum: Any,
    einddatum: Any,
    momenten: Iterable[Any],
    vandaag: date,
) -> EvaluatieStand | None:
    """The evaluation state of one toewijzing; None when it does not run (nothing to evaluate).

    `momenten`: the case's evaluation moments (dates). Due three months after the later of the
    start and the last moment after the start; orange from two weeks before, red after."""
    if not loopt(status, ingangsdatum, einddatum, vandaag):
        return None
    ingang = dag(ingangsdatum)
    na_start = [d for m in momenten if (d := dag(m)) is not None and ingang < d <= vandaag]
    laatste = max(na_start, default=None)
    uiterlijk = plus_maanden(laatste or ingang, NA_MAANDEN)
    niveau = None
    if vandaag > uiterlijk:
        niveau = TE_LAAT
    elif vandaag >= uiterlijk - timedelta(days=SIGNAAL_DAGEN_VOORAF):
        niveau = BINNENKORT
    return EvaluatieStand(uiterlijk, laatste, niveau)


def casus_signaal(
    toewijzingen: Iterable[Mapping[str, Any]], momenten: Iterable[Any], vandaag: date
) -> tuple[str | None, str | None]:
    """(niveau, tekst) of a case's most urgent evaluation, for the case list; (None, None)
    when no running toewijzing needs one within two weeks."""
    momenten = list(momenten)
    ergste: EvaluatieStand | None = None
    for t in toewijzingen:
        stand = evaluatie_stand(
            t.get("status"), t.get("ingangsdatum"), t.get("einddatum"), momenten, vandaag
        )
        if stand is None or stand.niveau is None:
            continue
        if ergste is None or stand.uiterlijk < ergste.uiterlijk:
            ergste = stand
    if ergste is None:
        return None, None
    return ergste.niveau, ergste.tekst()


def score_fout(waarde: Any, wie: str) -> str | None:
    if waarde is None:
        return None
    if isinstance(waarde, bool) or not isinstance(waarde, int):
        return vertaal(
            "Score {wie} moet een heel getal van {SCORE_MIN} tot en met {SCORE_MAX} zijn",
            wie=wie,
            SCORE_MIN=SCORE_MIN,
            SCORE_MAX=SCORE_MAX,
        )
    if not SCORE_MIN <= waarde <= SCORE_MAX:
        return vertaal(
            "Score {wie} moet van {SCORE_MIN} tot en met {SCORE_MAX} zijn (niet {waarde})",
            wie=wie,
            SCORE_MIN=SCORE_MIN,
            SCORE_MAX=SCORE_MAX,
            waarde=waarde,
        )
    return None


def besluit_fout(besluit: Any) -> str | None:
    if besluit not in BESLUITEN:
        return vertaal(
            "Besluit '{besluit}' bestaat niet: kies {lijst}",
            besluit=besluit,
            lijst=", ".join(vertaal(b) for b in BESLUITEN.values()),
        )
    return None


def afschalen_fout(huidig: Mapping[str, Any], nieuw: Mapping[str, Any]) -> str | None:
    """Scaling down must lower the help: less volume, a smaller budget or an earlier end."""
    for veld in ("volume", "budget"):
        oud, waarde = huidig.get(veld), nieuw.get(veld)
        if veld in nieuw and oud is not None and waarde is not None and waarde >= oud:
            return vertaal(
                "Afschalen: {veld} {waarde:g} is niet lager dan nu ({oud:g})",
                veld=veld,
                waarde=waarde,
                oud=oud,
            )
    minder = any(
        veld in nieuw and nieuw[veld] is not None and huidig.get(veld) is not None
        for veld in ("volume", "budget")
    )
    eerder = (
        "einddatum" in nieuw
        and dag(nieuw["einddatum"]) is not None
        and (huidig.get("einddatum") is None or dag(nieuw["einddatum"]) < dag(huidig["einddatum"]))
    )
    if not (minder or eerder or "frequentie" in nieuw):
        return vertaal(
            "Afschalen: geef een lager volume, een kleiner budget of een eerdere einddatum"
        )
    return None


__all__ = [
    "BESLUITEN",
    "BINNENKORT",
    "NA_MAANDEN",
    "SCORE_MAX",
    "SCORE_MIN",
    "SIGNAAL_DAGEN_VOORAF",
    "TE_LAAT",
    "WIJZIGBARE_VELDEN",
    "EvaluatieStand",
    "afschalen_fout",
    "besluit_fout",
    "casus_signaal",
    "dag",
    "evaluatie_stand",
    "loopt",
    "plus_maanden",
    "score_fout",
]
