"""The demo's bulk writer: rows as dicts into SQLite in one executemany per table.

A large demo writes millions of rows; SQLAlchemy's per-row work would be most of the load.
"""

import uuid
from collections.abc import Callable
from datetime import datetime
from functools import lru_cache
from operator import itemgetter

from sqlalchemy import Connection, DateTime, Uuid, insert

from jeugdloket.models.base import IsoDatum


def schrijf(conn: Connection, model, rijen: list[dict], geheugen: dict | None = None) -> None:
    """`conn.execute(insert(model), rijen)`, without its per-row overhead on SQLite.

    SQLAlchemy builds and processes a parameter set per row; for the millions of rows of a
    large demo that is most of the load. Here each column goes through the bind processor
    SQLAlchemy would use (Uuid, IsoDatum, DateTime, JSON…), or a faster equivalent checked
    against it (`_omzetter`), and the rows go to the driver in one executemany. All rows have
    the same keys; a column left out must have no default (else this takes the usual way).
    The tests compare the result with `insert(model)`, table by table.
    """
    if not rijen:
        return
    dialect = conn.dialect
    tabel = model.__table__
    sleutels = tuple(rijen[0])
    if (
        dialect.name != "sqlite"
        or dialect.paramstyle != "qmark"
        or len(sleutels) < 2
        or any(
            c.default is not None or c.server_default is not None
            for c in tabel.columns
            if c.key not in rijen[0]
        )
    ):
        conn.execute(insert(model), rijen)
        return
    kolommen = [tabel.c[k] for k in sleutels]
    q = dialect.identifier_preparer
    sql = (
        f"INSERT INTO {q.format_table(tabel)} ({', '.join(q.quote(c.name) for c in kolommen)}) "
        f"VALUES ({', '.join('?' * len(kolommen))})"
    )
    # Row by row into tuples (each dict is visited once), then column by column converted.
    waarden: list = list(zip(*map(itemgetter(*sleutels), rijen), strict=True))
    geheugen = {} if geheugen is None else geheugen
    for i, kolom in enumerate(kolommen):
        omzetten = _omzetter(kolom, dialect)
        if omzetten is not None:
            waarden[i] = omzetten(waarden[i], geheugen)
    conn.exec_driver_sql(sql, list(zip(*waarden, strict=True)))


_PROEF_MOMENT = datetime(2001, 2, 3, 4, 5, 6, 7)
_PROEF_UUID = uuid.UUID(int=0x0123456789ABCDEF0123456789ABCDEF)


@lru_cache(maxsize=512)  # per column and dialect: a handful of tables, one engine at a time
def _omzetter(kolom, dialect) -> Callable | None:
    """A function (values, memo) → the values as the column's bind processor makes them."""
    proces = kolom.type.dialect_impl(dialect).bind_processor(dialect)
    if proces is None:
        return None
    if isinstance(kolom.type, Uuid) and proces(_PROEF_UUID) == _PROEF_UUID.hex:
        return lambda reeks, _: [v and f"{v.int:032x}" for v in reeks]
    if isinstance(kolom.type, (DateTime, IsoDatum)):
        # The rows of a case share a few moments: each distinct one is converted once, for
        # all columns and tables of a block (`geheugen`, one memo per conversion).
        if isinstance(kolom.type, DateTime) and proces(_PROEF_MOMENT) == _PROEF_MOMENT.isoformat(
            " ", "microseconds"
        ):
            proces = _sqlite_moment

        def omzetten(reeks, geheugen):
            memo = geheugen.setdefault(proces, {})
            for v in dict.fromkeys(reeks).keys() - memo.keys():
                memo[v] = proces(v)
            return list(map(memo.__getitem__, reeks))

        return omzetten
    return lambda reeks, _: list(map(proces, reeks))


def _sqlite_moment(v: datetime | None) -> str | None:
    return v and v.isoformat(" ", "microseconds")
