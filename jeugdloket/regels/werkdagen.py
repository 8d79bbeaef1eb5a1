"""Werkdagen and the first-contact deadline exactly as kpi.md defines them."""

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from functools import lru_cache

TERMIJN_EERSTE_CONTACT = 3  # werkdagen (norm: 003:L927)

# The Algemene termijnenwet (in force since 1 April 1965) counts from 1966 on.
EERSTE_JAAR = 1966


def pasen(jaar: int) -> date:
    """Easter Sunday in the Gregorian calendar (the anonymous algorithm, Meeus/Jones/Butcher)."""
    a, b, c = jaar % 19, jaar // 100, jaar % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    maand, dag = divmod(h + ll - 7 * m + 114, 31)
    return date(jaar, maand, dag + 1)


@lru_cache(maxsize=256)
def feestdagen(jaar: int) -> frozenset[date]:
    """The Dutch public holidays of `jaar`, as `holidays.NL` has them (tests/test_werkdagen.py
    compares the two from 1950 to 2100, where that package ends).

    Computed here rather than with the `holidays` package: importing it loads every country it
    knows (~0.2 s at each start of the window and of every command)."""
    if jaar < EERSTE_JAAR:
        return frozenset()
    p = pasen(jaar)
    dagen = {
        date(jaar, 1, 1),  # Nieuwjaarsdag
        p - timedelta(days=2),  # Goede vrijdag
        p,  # Eerste paasdag
        p + timedelta(days=1),  # Tweede paasdag
        p + timedelta(days=39),  # Hemelvaartsdag
        p + timedelta(days=49),  # Eerste pinksterdag
        p + timedelta(days=50),  # Tweede pinksterdag
        date(jaar, 12, 25),  # Eerste kerstdag
        date(jaar, 12, 26),  # Tweede kerstdag
    }
    # Koningsdag (27 April from 2014, Koninginnedag 30 April before): on a Sunday the day
    # before from 1980 on, the day after until then.
    koning = date(jaar, 4, 27) if jaar >= 2014 else date(jaar, 4, 30)
    if koning.weekday() == 6:
        koning += timedelta(days=-1 if jaar >= 1980 else 1)
    dagen.add(koning)
    if jaar % 5 == 0:
        dagen.add(date(jaar, 5, 5))  # Bevrijdingsdag, a day off in lustrum years
    return frozenset(dagen)


def is_feestdag(dag: date) -> bool:
    return dag in feestdagen(dag.year)


class Werkdagen:
    """Monday–Friday that are not a Dutch public holiday nor a closing day of the team."""

    def __init__(self, sluitingsdagen: Iterable[date] = ()):
        self._sluitingsdagen = frozenset(sluitingsdagen)
        # Cached per instance: the case list asks the deadline of 100,000 cases at start-up,
        # which fall on a few hundred distinct days.
        self.deadline_eerste_contact = lru_cache(maxsize=8192)(self._deadline)

    def is_werkdag(self, dag: date) -> bool:
        return (
            dag.weekday() < 5
            and dag not in feestdagen(dag.year)
            and dag not in self._sluitingsdagen
        )

    def na(self, dag: date, aantal: int) -> date:
        """The `aantal`-th werkdag after `dag` (the day itself never counts)."""
        gevonden = 0
        while gevonden < aantal:
            dag += timedelta(days=1)
            if self.is_werkdag(dag):
                gevonden += 1
        return dag

    def _deadline(self, aanmelddag: date) -> date:
        """Last day (inclusive) on which first contact is in time."""
        return self.na(aanmelddag, TERMIJN_EERSTE_CONTACT)


def als_datum(waarde: date | datetime | None) -> date | None:
    if waarde is None:
        return None
    return waarde.date() if isinstance(waarde, datetime) else waarde
