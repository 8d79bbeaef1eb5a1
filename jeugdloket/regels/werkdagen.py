"""Werkdagen and the first-contact deadline exactly as kpi.md defines them."""

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from functools import lru_cache

import holidays

TERMIJN_EERSTE_CONTACT = 3  # werkdagen (norm: 003:L927)


class Werkdagen:
    """Monday–Friday that are not a Dutch public holiday nor a closing day of the team."""

    def __init__(self, sluitingsdagen: Iterable[date] = ()):
        self._feestdagen = holidays.NL()
        self._sluitingsdagen = frozenset(sluitingsdagen)
        # Cached per instance: the case list asks the deadline of 100,000 cases at start-up,
        # which fall on a few hundred distinct days.
        self.deadline_eerste_contact = lru_cache(maxsize=8192)(self._deadline)

    def is_werkdag(self, dag: date) -> bool:
        return dag.weekday() < 5 and dag not in self._feestdagen and dag not in self._sluitingsdagen

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
