"""Per-field optimistic concurrency, shared by every service that saves fields of a row.

Two people editing different fields of one row both keep their edit; the same field changed
by a colleague since the user read it is a VeldConflict naming who and when, with both values,
and nothing is written. Each service passes `basis` (the values the user started from);
Veldwijziging remembers who last changed each field so the next conflict can name them.
"""

import uuid
from collections.abc import Callable, Iterable, Mapping
from contextlib import AbstractContextManager
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session

from jeugdloket.db import Database
from jeugdloket.fouten import Conflictveld, VeldConflict, VersieConflict
from jeugdloket.models import Medewerker, Veldwijziging, nu
from jeugdloket.regels.logboek import SYSTEEM

T = TypeVar("T")

# Attempts when the row changed under us between reading and writing (a colleague saved
# another field at the same moment): the fields are checked again on the fresh row.
POGINGEN = 5


def vergelijkbaar(waarde: Any) -> Any:
    """One form for a value from a widget and from the database ("" and None; dates as text)."""
    if waarde is None or (isinstance(waarde, str) and not waarde.strip()):
        return None
    if isinstance(waarde, (date, datetime)):
        return waarde.isoformat()
    if isinstance(waarde, uuid.UUID):
        return str(waarde)  # as a widget holds it
    if isinstance(waarde, str):
        return waarde.strip()
    if isinstance(waarde, (list, tuple)):
        return [vergelijkbaar(v) for v in waarde] or None
    if isinstance(waarde, dict):
        return {k: vergelijkbaar(v) for k, v in waarde.items() if vergelijkbaar(v) is not None}
    return waarde


def veldnaam(veld: str) -> str:
    """A column name as a user reads it (zorgen -> Zorgen, goed_genoeg -> Goed genoeg)."""
    return veld.replace("_", " ").capitalize()


def controleer_waarden(
    s: Session,
    tabel: str,
    rij_id: uuid.UUID,
    huidig: Mapping[str, Any],
    velden: Mapping[str, Any],
    basis: Mapping[str, Any],
    namen: Mapping[str, str] | None = None,
    voorvoegsel: str = "",
) -> None:
    """controleer_velden for values that are not plain attributes of the row (one area of a
    plan's JSON list): `huidig` holds the stored values, `namen` the field names to show, and
    the fields are noted in Veldwijziging as `voorvoegsel` + key."""
    conflicten = []
    for veld, nieuw in velden.items():
        if veld not in basis:
            continue
        nu_waarde = vergelijkbaar(huidig.get(veld))
        if nu_waarde in (vergelijkbaar(basis[veld]), vergelijkbaar(nieuw)):
            continue
        w = s.get(Veldwijziging, (tabel, rij_id, voorvoegsel + veld))
        naam = None
        if w is not None:
            naam = (
                s.execute(
                    select(Medewerker.naam).where(Medewerker.gebruikersnaam == w.door)
                ).scalar()
                or w.door
            )
        toon = (namen or {}).get(veld) or veldnaam(veld)
        conflicten.append(
            Conflictveld(toon, basis[veld], nieuw, huidig.get(veld), naam, w and w.op, veld)
        )
    if conflicten:
        raise VeldConflict(conflicten)


def controleer_velden(
    s: Session,
    tabel: str,
    rij: Any,
    velden: Mapping[str, Any],
    basis: Mapping[str, Any],
    namen: Mapping[str, str] | None = None,
) -> None:
    """Per-field optimistic concurrency: a field someone else changed since `basis` was read,
    to another value than the one being saved, is a conflict (VeldConflict, nothing written).
    Fields only one of us changed, or both to the same value, are no conflict."""
    huidig = {veld: getattr(rij, veld) for veld in velden}
    controleer_waarden(s, tabel, rij.id, huidig, velden, basis, namen)


def eigen_wijzigingen(velden: Mapping[str, Any], basis: Mapping[str, Any] | None) -> dict[str, Any]:
    """The fields the user really changed: one still at its `basis` value is left out, so a
    form that always sends all its fields does not write back a value a colleague changed."""
    if basis is None:
        return dict(velden)
    return {
        k: v
        for k, v in velden.items()
        if k not in basis or vergelijkbaar(v) != vergelijkbaar(basis[k])
    }


def echt_gewijzigd(rij: Any, velden: Mapping[str, Any]) -> list[str]:
    """The fields whose value really changes (only those get a new who-and-when, and only
    their row is then written and locked)."""
    return [k for k, v in velden.items() if vergelijkbaar(getattr(rij, k)) != vergelijkbaar(v)]


def noteer_velden(
    s: Session, tabel: str, rij_id: uuid.UUID, casus_id: uuid.UUID, velden: Iterable[str],
    door: str | None,
) -> None:  # fmt: skip
    """Remember who changed these fields and when (the next conflict names them).

    One upsert (not a merge: a SELECT and a write per field, each a round trip to the team
    register), after the pending change of the row itself, as the merge's flush did."""
    moment = nu()
    rijen = [
        {"tabel": tabel, "rij_id": rij_id, "veld": veld, "casus_id": casus_id,
         "door": door or SYSTEEM, "op": moment}
        for veld in velden
    ]  # fmt: skip
    if not rijen:
        return
    # A Core statement does not autoflush: the row's own change is written (and locked) first.
    s.flush()
    t = Veldwijziging.__table__
    upsert = pg_insert if s.get_bind().dialect.name == "postgresql" else sqlite_insert
    q = upsert(t)
    q = q.on_conflict_do_update(
        index_elements=[t.c.tabel, t.c.rij_id, t.c.veld],
        set_={k: q.excluded[k] for k in ("casus_id", "door", "op")},
    )
    s.execute(q, rijen)


def met_herhaling(
    db: Database,
    werk: Callable[[Session], T],
    wat: str,
    sessie: Callable[[], AbstractContextManager[Session]] | None = None,
) -> T:
    """Run `werk` in one session (`db.sessie()`, or `sessie()`); when the row changed under us (StaleDataError: a colleague
    saved the same row meanwhile) or was made at the same moment (IntegrityError on its
    unique key), run it again on the fresh data: per field it may be fine, and a real clash
    of the same field is then a VeldConflict from the check inside `werk`."""
    for poging in range(POGINGEN):
        try:
            with sessie() if sessie is not None else db.sessie() as s:
                return werk(s)
        except StaleDataError:
            if poging == POGINGEN - 1:
                raise VersieConflict(wat) from None
        except IntegrityError:
            if poging == POGINGEN - 1:
                raise
    raise AssertionError("unreachable")
