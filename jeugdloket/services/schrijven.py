"""A save on the team register in one statement (issue 13: 20 consultants on one server).

Through the ORM a field save is BEGIN, the row's UPDATE, the field history's upsert, the log
append and COMMIT: five round trips, and under load each waits its turn for a core on the
server and again on the client. Here the row's change, its field history (`Veldwijziging`)
and the running action's log entries (`jl_logboek_toevoegen`) go to the server as one
statement with data-modifying CTEs, on a connection without a transaction of its own: one
statement is one transaction, so the change and its trace are saved together or not at all,
and the reads around it (the row before, the case after) need no BEGIN/COMMIT either.

The row's version is checked in the UPDATE itself: when a colleague saved it meanwhile the
statement writes nothing and the caller reads again (`met_herhaling`), as after the ORM's
StaleDataError. Row security applies as before: the statement runs as the login.

Only on PostgreSQL with `jl_logboek_toevoegen`, inside a guarded action (`kan`); SQLite and
anything else keep the ORM path.
"""

import functools
import uuid
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from sqlalchemy import String, Table, bindparam, cast, func, select, update
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session

from jeugdloket.db import Database
from jeugdloket.models import Bewerkbaar, Casus, Veldwijziging, nu
from jeugdloket.regels.logboek import BEGIN, SYSTEEM
from jeugdloket.services import keten, rechten
from jeugdloket.teamdb import is_postgres


def kan(db: Database) -> bool:
    """Whether a save on `db` can go in one statement (see the module's docstring)."""
    return (
        is_postgres(db.engine)
        and rechten.lopende_logregels(db) is not None
        and keten.heeft_functie(db.engine)
    )


@contextmanager
def sessie(db: Database) -> Iterator[Session]:
    """An ORM session for reading on a connection without a transaction of its own (each
    statement commits by itself: no BEGIN and COMMIT round trips). Writes go through
    `werk_bij` and `voeg_toe`, one statement each; nothing is flushed."""
    with db.engine.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT")
        with Session(bind=conn, autoflush=False, expire_on_commit=False) as s:
            s.info["gebruiker"] = db.gebruiker
            yield s


def _logregels(db: Database) -> tuple[list[dict[str, Any]], str | None]:
    regels = rechten.lopende_logregels(db) or []
    if not regels:
        return regels, None
    argument = keten.functieregels(regels)
    if argument is None:
        # rechten.logregel never sets a moment of its own, so this does not happen.
        raise ValueError("logregel met een eigen moment: niet in één opdracht te schrijven")
    return regels, argument


def _log():
    return func.jl_logboek_toevoegen(
        cast(bindparam("jl_regels", type_=String), JSONB), bindparam("jl_begin", type_=String)
    )


def _stempel(t: Table, moment, door) -> dict:
    return {"version": t.c.version + 1, "bijgewerkt_op": moment, "bijgewerkt_door": door}


# The statements are built once per table and set of columns, their values bound at each
# save: building them (and their cache key) cost the client more than the server's answer.


@functools.lru_cache(maxsize=256)
def _werk_bij_vraag(t: Table, kolommen: tuple[str, ...], met_historie: bool, met_log: bool):
    if kolommen:
        u = (
            update(t)
            .where(t.c.id == bindparam("jl_id"), t.c.version == bindparam("jl_versie"))
            .values(
                **{k: bindparam(f"jl_w_{k}", type_=t.c[k].type) for k in kolommen},
                **_stempel(
                    t,
                    bindparam("jl_moment", type_=t.c.bijgewerkt_op.type),
                    bindparam("jl_door", type_=t.c.bijgewerkt_door.type),
                ),
            )
            .returning(t.c.id, t.c.version)
            .cte("u")
        )
    else:
        # Nothing changes (the ORM writes nothing then either): the log entry alone.
        u = select(t.c.id, t.c.version).where(t.c.id == bindparam("jl_id")).cte("u")
    q = select(u.c.version)
    if met_log:
        q = q.add_columns(_log())
    q = q.select_from(u)
    if met_historie:
        vw = Veldwijziging.__table__
        nieuw = pg_insert(vw).from_select(
            ["tabel", "rij_id", "veld", "casus_id", "door", "op"],
            select(
                bindparam("jl_tabel", type_=vw.c.tabel.type),
                u.c.id,
                # The field names as one array (a VALUES list cannot be cached).
                func.unnest(bindparam("jl_velden", type_=ARRAY(String))),
                bindparam("jl_casus_id", type_=vw.c.casus_id.type),
                bindparam("jl_h_door", type_=vw.c.door.type),
                bindparam("jl_h_op", type_=vw.c.op.type),
            ).select_from(u),
        )
        nieuw = nieuw.on_conflict_do_update(
            index_elements=[vw.c.tabel, vw.c.rij_id, vw.c.veld],
            set_={k: nieuw.excluded[k] for k in ("casus_id", "door", "op")},
        )
        # Fed by u's RETURNING: the row is written (and locked) before its field history, as
        # on the ORM path – two writers of one case note in turn.
        q = q.add_cte(nieuw.cte("h"))
    return q


def werk_bij(
    s: Session,
    db: Database,
    rij: Bewerkbaar,
    waarden: Mapping[str, Any],
    casus_id: uuid.UUID,
    historie: Iterable[str],
) -> bool:
    """Write `waarden` to `rij` (only those that differ from it, as the ORM would; none: the
    row stays as it is), note the `historie` fields as changed by this user now, and append
    the running action's log entries – one statement. False: the row changed since it was
    read (nothing written). On success `rij` holds the saved state."""
    t = type(rij).__table__
    door = db.gebruiker
    moment = nu()
    gewijzigd = {k: v for k, v in waarden.items() if getattr(rij, k) != v}
    velden = list(historie)
    regels, argument = _logregels(db)
    q = _werk_bij_vraag(t, tuple(gewijzigd), bool(velden), argument is not None)
    parameters = {
        "jl_id": rij.id,
        "jl_versie": rij.version,
        "jl_moment": moment,
        "jl_door": door,
        "jl_regels": argument,
        "jl_begin": BEGIN,
        "jl_tabel": t.name,
        "jl_velden": velden,
        "jl_casus_id": casus_id,
        "jl_h_door": door or SYSTEEM,
        "jl_h_op": moment,
    } | {f"jl_w_{k}": v for k, v in gewijzigd.items()}
    rij_versie = s.execute(q, parameters).first()
    if rij_versie is None:
        return False
    regels.clear()
    if gewijzigd:
        _als_bewaard(rij, gewijzigd, rij_versie[0], moment, door)
    return True


def _als_bewaard(rij, waarden: Mapping[str, Any], versie: int, moment, door) -> None:
    """The object as the statement left the row: written values, version and stamp (the
    statement bypassed the ORM's flush, so the session must not see them as changes)."""
    for k, waarde in waarden.items():
        set_committed_value(rij, k, waarde)
    set_committed_value(rij, "version", versie)
    set_committed_value(rij, "bijgewerkt_op", moment)
    set_committed_value(rij, "bijgewerkt_door", door)


@functools.lru_cache(maxsize=64)
def _voeg_toe_vraag(t: Table, casus_kolommen: tuple[str, ...], met_log: bool):
    kolommen = [c for c in t.columns if c.key != "volgorde"]
    volgorde = (
        select(func.coalesce(func.max(t.c.volgorde), 0) + 1)
        .where(t.c.casus_id == bindparam("jl_k_casus_id"))
        .scalar_subquery()
    )
    bron = select(*(bindparam(f"jl_k_{c.key}", type_=c.type) for c in kolommen), volgorde)
    ct = Casus.__table__
    if casus_kolommen:
        u = (
            update(ct)
            .where(ct.c.id == bindparam("jl_c_id"), ct.c.version == bindparam("jl_c_versie"))
            .values(
                **{k: bindparam(f"jl_c_{k}", type_=ct.c[k].type) for k in casus_kolommen},
                **_stempel(
                    ct,
                    bindparam("jl_moment", type_=ct.c.bijgewerkt_op.type),
                    bindparam("jl_door", type_=ct.c.bijgewerkt_door.type),
                ),
            )
            .returning(ct.c.version)
            .cte("u")
        )
        bron = bron.select_from(u)  # no row when the case changed meanwhile: nothing inserted
    nieuw = (
        pg_insert(t)
        .from_select([*(c.key for c in kolommen), "volgorde"], bron)
        .returning(t.c.volgorde)
        .cte("i")
    )
    q = select(nieuw.c.volgorde)
    if casus_kolommen:
        q = q.add_columns(select(u.c.version).scalar_subquery())
    if met_log:
        q = q.add_columns(_log())
    return q.select_from(nieuw)


def voeg_toe(
    s: Session,
    db: Database,
    rij: Bewerkbaar,
    casus: Casus,
    casus_waarden: Mapping[str, Any] | None = None,
) -> bool:
    """Insert `rij` (a new row of `casus`, numbered after the case's last one in its
    `volgorde`), with `casus_waarden` written to the case in the same statement when given,
    and the running action's log entries. False: the case changed since it was read (nothing
    written). On success `rij` holds its number."""
    t = type(rij).__table__
    door = db.gebruiker
    rij.aangemaakt_door = rij.aangemaakt_door or door
    rij.bijgewerkt_door = door
    rij.casus_id = casus.id
    moment = nu()
    casus_waarden = dict(casus_waarden or {})
    regels, argument = _logregels(db)
    q = _voeg_toe_vraag(t, tuple(casus_waarden), argument is not None)
    parameters = {f"jl_k_{c.key}": getattr(rij, c.key) for c in t.columns if c.key != "volgorde"}
    parameters |= {
        "jl_c_id": casus.id,
        "jl_c_versie": casus.version,
        "jl_moment": moment,
        "jl_door": door,
        "jl_regels": argument,
        "jl_begin": BEGIN,
    } | {f"jl_c_{k}": v for k, v in casus_waarden.items()}
    uitkomst = s.execute(q, parameters).first()
    if uitkomst is None:
        return False
    regels.clear()
    set_committed_value(rij, "volgorde", uitkomst[0])
    if casus_waarden:
        _als_bewaard(casus, casus_waarden, uitkomst[1], moment, door)
    return True
