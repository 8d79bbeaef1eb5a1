"""Chance for the demo: fast draws from one `random.Random`, so a seed gives the same demo.

The demo draws millions of numbers; these do what `randint`, `choice`, `sample` and
`uuid.UUID(int=…)` do, several times faster, and always take the same draws from the generator
(the order of draws is what makes a seed reproducible – change one and every id moves).
"""

import random
import uuid
from bisect import bisect_right
from datetime import date
from itertools import accumulate


class Keuze:
    """Weighted choice from a dict {value: weight}, with the cumulative weights computed once."""

    __slots__ = ("waarden", "cum", "totaal")

    def __init__(self, gewichten: dict):
        self.waarden = list(gewichten)
        self.cum = list(accumulate(gewichten.values()))
        self.totaal = self.cum[-1]

    def __call__(self, rng: random.Random):
        return self.waarden[bisect_right(self.cum, rng.random() * self.totaal)]


def leeftijd_op(geboren: date, op: date) -> int:
    """Age in whole years on `op`."""
    return op.year - geboren.year - ((op.month, op.day) < (geboren.month, geboren.day))


def tussen(rng: random.Random, laag: int, hoog: int) -> int:
    """rng.randint(laag, hoog), several times faster (the demo draws millions of numbers)."""
    return laag + int(rng.random() * (hoog - laag + 1))


def kies(rng: random.Random, reeks):
    """rng.choice(reeks), faster."""
    return reeks[int(rng.random() * len(reeks))]


def monster(rng: random.Random, reeks, k: int) -> list:
    """k different items of `reeks` in random order, like rng.sample for a short list, faster."""
    pool = list(reeks)
    n = len(pool)
    k = min(k, n)
    for i in range(k):
        j = i + int(rng.random() * (n - i))
        pool[i], pool[j] = pool[j], pool[i]
    return pool[:k]


def hoofdletter(tekst: str) -> str:
    return tekst[:1].upper() + tekst[1:]


_UUID_MASKER = ~((0xF000 << 64) | (0xC000 << 48))
_UUID_V4 = (0x4000 << 64) | (0x8000 << 48)


_UUID_NIEUW = object.__new__
_UUID_ZET = object.__setattr__


def nieuwe_uuid(rng: random.Random) -> uuid.UUID:
    """A random (version 4) UUID drawn from `rng`, so a seed gives the same ids.

    `uuid.UUID(int=…)` checks its arguments, which costs more than the rest of a demo row;
    the value is valid by construction, so the two slots are set the way UUID.__init__ does
    (the tests check the result against `uuid.UUID(int=…)`).
    """
    u = _UUID_NIEUW(uuid.UUID)
    _UUID_ZET(u, "int", (rng.getrandbits(128) & _UUID_MASKER) | _UUID_V4)
    _UUID_ZET(u, "is_safe", uuid.SafeUUID.unknown)
    return u
