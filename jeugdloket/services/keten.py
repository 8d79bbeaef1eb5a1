"""Appending to the hash-chained access log, inside the caller's transaction.

Below the rights (services.rechten writes through it) and the log's use cases (services.logboek
reads and checks); it checks no rights itself: whoever calls it has already decided.
"""

import json
import socket
import weakref
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Engine, false, insert, select, text, update

from jeugdloket.models import nu
from jeugdloket.models.toegang import Logboekregel
from jeugdloket.regels.logboek import BEGIN, bereken_hash, canoniek_rond_volgnummer
from jeugdloket.teamdb import is_postgres

_LENGTES = {"gebruiker": 100, "casusnummer": 20, "werkplek": 255, "reden": 500, "omschrijving": 500}


@cache
def werkplek() -> str:
    """The workstation in the log: the computer's name."""
    return socket.gethostname() or "onbekend"


def _kort(rij: dict[str, Any]) -> dict[str, Any]:
    for veld, lengte in _LENGTES.items():
        waarde = rij.get(veld)
        if isinstance(waarde, str) and len(waarde) > lengte:
            rij[veld] = waarde[: lengte - 1] + "…"
    return rij


def _neem_schrijfslot(verbinding) -> None:
    """SQLite: make this transaction the only writer before the last entry is read.

    Otherwise two writers (two windows, or the overview's background tasks) both read entry n,
    both append n + 1, and the second fails on the unique volgnummer. SQLite's driver starts a
    transaction only at the first write and reads before it outside any transaction, so an
    update that matches nothing takes the write lock first (waiting for the other writer via
    busy_timeout). PostgreSQL: see jl_logboek_laatste (an advisory lock in the owner's function).
    """
    t = Logboekregel.__table__
    verbinding.execute(update(t).where(false()).values(volgnummer=t.c.volgnummer))


def schrijf(verbinding, regels: list[dict[str, Any]], moment: datetime | None = None) -> None:
    """Append entries on `verbinding` (a Session or a Connection, inside its transaction).

    Each entry gets the next volgnummer and the hash over the previous hash and its content.
    """
    if not regels:
        return
    if is_postgres(verbinding) and _toevoegen_in_een_keer(verbinding, regels, moment):
        return
    if is_postgres(verbinding):
        # The team register: a medewerker may not read colleagues' entries; the owner's
        # function takes the lock and gives the last one (teamdb.jl_logboek_laatste).
        laatste = verbinding.execute(
            text("SELECT volgnummer, hash FROM jl_logboek_laatste()")
        ).first()
        if laatste is not None and laatste[0] is None:
            laatste = None
    else:
        _neem_schrijfslot(verbinding)
        c = Logboekregel.__table__.c
        laatste = verbinding.execute(
            select(c.volgnummer, c.hash).order_by(c.volgnummer.desc()).limit(1)
        ).first()
    nummer, vorige = (laatste[0], laatste[1]) if laatste else (0, BEGIN)
    moment = moment or nu()
    plek = werkplek()
    rijen = []
    for regel in regels:
        nummer += 1
        rij = _kort(
            {
                "volgnummer": nummer,
                "moment": regel.get("moment") or moment,
                "gebruiker": regel["gebruiker"],
                "actie": str(regel["actie"]),
                "casus_id": regel.get("casus_id"),
                "casusnummer": regel.get("casusnummer"),
                "werkplek": regel.get("werkplek") or plek,
                "reden": regel.get("reden"),
                "omschrijving": regel.get("omschrijving"),
            }
        )
        rij["vorige_hash"] = vorige
        rij["hash"] = vorige = bereken_hash(vorige, rij)
        rijen.append(rij)
    verbinding.execute(insert(Logboekregel.__table__), rijen)


# Engines whose register has jl_logboek_toevoegen (made by `team init`; a register not yet
# re-initialised after an upgrade appends the old way, in two statements).
_met_functie: "weakref.WeakKeyDictionary[Any, bool]" = weakref.WeakKeyDictionary()


def heeft_functie(verbinding) -> bool:
    """Whether this team register has jl_logboek_toevoegen (asked once per engine).
    `verbinding`: a Session, a Connection or the Engine itself."""
    if isinstance(verbinding, Engine):
        engine = verbinding
    else:
        engine = verbinding.get_bind() if hasattr(verbinding, "get_bind") else verbinding.engine
    heeft = _met_functie.get(engine)
    if heeft is None:
        vraag = text("SELECT to_regprocedure('jl_logboek_toevoegen(jsonb, text)') IS NOT NULL")
        if isinstance(verbinding, Engine):
            with verbinding.connect() as conn:
                heeft = conn.execute(vraag).scalar() is True
        else:
            heeft = verbinding.execute(vraag).scalar() is True
        _met_functie[engine] = heeft
    return heeft


def functieregels(regels: list[dict[str, Any]], moment: datetime | None = None) -> str | None:
    """The entries as jl_logboek_toevoegen's jsonb argument (their canonical text around the
    number the server gives); None where a moment is not a plain one (append the old way)."""
    moment = moment or nu()
    plek = werkplek()
    rijen = []
    for regel in regels:
        wanneer = regel.get("moment") or moment
        if not isinstance(wanneer, datetime) or wanneer.tzinfo is not None:
            return None
        rij = _kort(
            {
                "moment": wanneer,
                "gebruiker": regel["gebruiker"],
                "actie": str(regel["actie"]),
                "casus_id": regel.get("casus_id"),
                "casusnummer": regel.get("casusnummer"),
                "werkplek": regel.get("werkplek") or plek,
                "reden": regel.get("reden"),
                "omschrijving": regel.get("omschrijving"),
            }
        )
        voor, na = canoniek_rond_volgnummer(rij)
        casus_id = rij["casus_id"]
        rijen.append(
            rij
            | {
                "moment": wanneer.isoformat(),
                "casus_id": str(casus_id) if casus_id is not None else None,
                "voor": voor,
                "na": na,
            }
        )
    return json.dumps(rijen, ensure_ascii=False)


def _toevoegen_in_een_keer(verbinding, regels: list[dict[str, Any]], moment) -> bool:
    """PostgreSQL: append through jl_logboek_toevoegen, lock to insert in one round trip.
    False (nothing written) where that function is missing or a moment is not a plain one."""
    if not heeft_functie(verbinding):
        return False
    argument = functieregels(regels, moment)
    if argument is None:
        return False
    verbinding.execute(
        text("SELECT jl_logboek_toevoegen(CAST(:regels AS jsonb), :begin)"),
        {"regels": argument, "begin": BEGIN},
    )
    return True
