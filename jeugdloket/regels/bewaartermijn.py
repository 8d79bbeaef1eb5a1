"""The bewaartermijn of a youth file (Jeugdwet art. 7.3.8): 20 years after the help ended.

Pure rules, no database: when did the help of a case end, until when must the file be kept,
and is it past that day. When in doubt the file is kept: a case that is still open, or that
has help without an end date, has no end yet.
"""

from collections.abc import Iterable
from datetime import date, datetime

TERMIJN_JAREN = 20

# A toewijzing that was refused never became help: it does not keep a file alive.
GEEN_HULP = frozenset({"afgewezen"})


def als_dag(waarde: date | datetime | str | None) -> date | None:
    """A stored date or date-time (ISO text, date, datetime) as a day; None stays None."""
    if waarde is None:
        return None
    if isinstance(waarde, datetime):
        return waarde.date()
    if isinstance(waarde, date):
        return waarde
    return date.fromisoformat(str(waarde)[:10])


def einde_hulp(
    afgesloten_op: date | datetime | str | None,
    toewijzingen: Iterable[tuple[str | None, date | datetime | str | None]] = (),
) -> date | None:
    """The day the help of a case ended: the latest of the closing date and the end dates of
    its toewijzingen (status, einddatum). None while the case is open or any help – requested
    or started – has no end date yet."""
    einde = als_dag(afgesloten_op)
    if einde is None:
        return None
    for status, einddatum in toewijzingen:
        if status in GEEN_HULP:
            continue
        dag = als_dag(einddatum)
        if dag is None:
            return None  # help still running: the term has not started
        einde = max(einde, dag)
    return einde


def bewaren_tot(einde: date, jaren: int = TERMIJN_JAREN) -> date:
    """The last day the file must be kept: the same day `jaren` years later.

    29 February in a year without one (2080 → 2100) becomes 28 February, the last day of
    that month; from 1 March on the file may go, as it would have after 29 February."""
    try:
        return einde.replace(year=einde.year + jaren)
    except ValueError:
        return einde.replace(year=einde.year + jaren, day=28)


def is_verlopen(einde: date | None, vandaag: date) -> bool:
    """Past the term: the day after `bewaren_tot` or later. A case without an end never is."""
    return einde is not None and vandaag > bewaren_tot(einde)
