"""The demo's calendar: when cases are registered and when appointments fall.

Registrations follow the seasons and office hours over the 18 months that end on `vandaag`
(longer for a demo too large for that); appointments fall on werkdagen, in quarter hours.
"""

import math
import random
from bisect import bisect_left
from datetime import date, datetime, time, timedelta

from jeugdloket.demo.toeval import Keuze, tussen
from jeugdloket.regels.werkdagen import Werkdagen, is_feestdag

PER_JAAR = 7_000  # average cases per calendar year when 18 months is too short
PERIODE_DAGEN = 548  # 18 months

_SEIZOEN = {1: 1.05, 2: 1.0, 3: 1.1, 4: 1.0, 5: 0.95, 6: 1.0, 7: 0.75, 8: 0.7, 9: 1.15, 10: 1.1,
            11: 1.1, 12: 0.85}  # fmt: skip
_UUR_WEEKDAG = {8: 1.0, 9: 3.0, 10: 3.0, 11: 3.0, 12: 1.5, 13: 2.5, 14: 2.5, 15: 2.0, 16: 1.2}
_UUR_ZATERDAG = {9: 1.0, 10: 1.0, 11: 1.0}


class Kalender:
    """Registration moments and appointment times, drawn from the demo's one `rng`."""

    def __init__(self, rng: random.Random, vandaag: date):
        self.rng = rng
        self.vandaag = vandaag
        self.werkdagen = Werkdagen()
        self.wd: list[date] = []  # the werkdagen around the demo's period (aanmeldmomenten)

    def aanmeldmomenten(self, aantal: int) -> list[datetime]:
        """`aantal` registration moments in office hours, sorted, ending on vandaag."""
        rng = self.rng
        dagen_terug = max(PERIODE_DAGEN, math.ceil(aantal * 365.25 / PER_JAAR))
        begin = self.vandaag - timedelta(days=dagen_terug - 1)
        dagen, gewichten = [], []
        dag = begin
        while dag <= self.vandaag:
            if self.werkdagen.is_werkdag(dag):
                gewicht = _SEIZOEN[dag.month] * (0.5 if dag.month == 12 and dag.day > 20 else 1.0)
            elif dag.weekday() == 5 and not is_feestdag(dag):
                gewicht = 0.04  # a few registrations on Saturday (inloopochtend)
            else:
                gewicht = 0.0
            if gewicht:
                dagen.append(dag)
                gewichten.append(gewicht)
            dag += timedelta(days=1)
        # Werkdagen from well before the first registration to beyond the last possible contact.
        self.wd = [
            begin + timedelta(days=i)
            for i in range(-10, dagen_terug + 60)
            if self.werkdagen.is_werkdag(begin + timedelta(days=i))
        ]
        uur_week, uur_zat = Keuze(_UUR_WEEKDAG), Keuze(_UUR_ZATERDAG)
        momenten = []
        for dag in rng.choices(dagen, weights=gewichten, k=aantal):
            uur = uur_zat(rng) if dag.weekday() == 5 else uur_week(rng)
            minuut = tussen(rng, 30, 59) if uur == 8 else tussen(rng, 0, 59)
            momenten.append(datetime.combine(dag, time(uur, minuut, tussen(rng, 0, 59))))
        momenten.sort()
        return momenten

    def werkdag_vanaf(self, dag: date) -> date | None:
        """The first werkdag on or after `dag` (None when beyond the prepared range)."""
        i = bisect_left(self.wd, dag)
        return self.wd[i] if i < len(self.wd) else None

    def tijdstip(self, dag: date, na: datetime | None = None) -> datetime | None:
        """An appointment time (quarter hours, 08:30–16:45) on `dag`, after `na` if given."""
        eerste = 34  # 08:30 in quarters
        if na is not None and na.date() == dag:
            eerste = max(eerste, (na.hour * 60 + na.minute + 30 + 14) // 15)
        if eerste > 67:
            return None
        kwartier = tussen(self.rng, eerste, 67)
        return datetime.combine(dag, time(kwartier // 4, (kwartier % 4) * 15))

    def werkdag_tot(self, dag: date, grens: date) -> date:
        """The first werkdag on or after `dag` when that is not after `grens`, else `dag`."""
        werkdag = self.werkdag_vanaf(dag)
        return werkdag if werkdag is not None and werkdag <= grens else dag

    def moment(self, dag: date, na: datetime) -> datetime:
        """An appointment time on `dag`, after `na` when that is the same day."""
        return self.tijdstip(dag, na=na) or na + timedelta(minutes=30)
