"""The rows a werkkopie carries, read and written table by table, values as JSON.

The sync compares and sends single fields. Every value travels in one plain form (JSON: text,
numbers, booleans, lists, dicts; UUIDs, dates and times as ISO text), so a base kept in the
werkkopie, a value on the laptop and a value in the register compare equal exactly when they
are the same, whatever engine they came from.
"""

import json
import uuid
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Date, DateTime, Table, Uuid, delete, insert, select
from sqlalchemy import update as sql_update
from sqlmodel import SQLModel

from jeugdloket.models import (
    Aanbieder,
    Actie,
    Casus,
    CatalogusVersie,
    Contactmoment,
    Contract,
    Doel,
    DoelFactor,
    Ervaring,
    Evaluatie,
    EvaluatieBesluit,
    EvaluatieDoel,
    Factor,
    Familiegroepsplan,
    Intake,
    IsoDatum,
    LeefgebiedScore,
    MeldcodeStap,
    MeldcodeTraject,
    Netwerklid,
    Persoon,
    Perspectiefplan,
    PlanExport,
    PlanVersie,
    Product,
    Samenhang,
    Toewijzing,
    Veiligheidsplan,
    Wachttijd,
    Zoekkeuze,
)

_CASUSMODELLEN = (
    Casus, Persoon, Contactmoment, Intake, LeefgebiedScore, Netwerklid, Factor, Samenhang, Doel,
    DoelFactor, Actie, Familiegroepsplan, Perspectiefplan, PlanVersie, PlanExport, Toewijzing,
    Zoekkeuze, Evaluatie, EvaluatieDoel, EvaluatieBesluit, MeldcodeTraject, MeldcodeStap,
    Veiligheidsplan,
)  # fmt: skip
# A case's rows in the order of their foreign keys (parents first; deletes run backwards).
CASUSTABELLEN: tuple[Table, ...] = tuple(
    t for t in SQLModel.metadata.sorted_tables if t in {m.__table__ for m in _CASUSMODELLEN}
)
# Through a goal, not through casus_id.
VIA_DOEL = {Actie.__table__.name, DoelFactor.__table__.name}
# The team's catalogue as a werkkopie carries it (read-only on the laptop but for these two).
CATALOGUSTABELLEN: tuple[Table, ...] = tuple(
    m.__table__ for m in (Aanbieder, Product, Contract, Wachttijd, Ervaring, CatalogusVersie)
)
CATALOGUS_TOEVOEGEN = {Wachttijd.__table__.name, Ervaring.__table__.name}

# Kept by whoever writes the row, never compared or sent as a change.
BOEKHOUDING = {"version", "aangemaakt_op", "aangemaakt_door", "bijgewerkt_op", "bijgewerkt_door"}
# Given by the register (the number) or derived from other fields (search text, names).
NIET_VERGELIJKEN = {"casus": {"casusnummer", "voorlopig_nummer", "zoektekst", "jeugdigen"}}

ROW = "(rij)"  # the `veld` of a conflict about a whole row (deleted on one side)

TABELLEN: dict[str, Table] = {t.name: t for t in SQLModel.metadata.sorted_tables}


def tabel(naam: str) -> Table:
    return TABELLEN[naam]


def sleutel(t: Table, rij: dict[str, Any]) -> str:
    """A row's key as text: its id, or id/id for a link row (doel_factor)."""
    return "/".join(str(rij[c.name]) for c in t.primary_key.columns)


def sleutel_voorwaarde(t: Table, tekst: str):
    delen = tekst.split("/")
    kolommen = list(t.primary_key.columns)
    return [c == _uit_tekst(c, d) for c, d in zip(kolommen, delen, strict=True)]


def _uit_tekst(kolom, tekst: str) -> Any:
    return uuid.UUID(tekst) if isinstance(kolom.type, Uuid) else tekst


def vergeleken_velden(t: Table) -> list[str]:
    uit = BOEKHOUDING | NIET_VERGELIJKEN.get(t.name, set())
    pk = {c.name for c in t.primary_key.columns}
    return [c.name for c in t.columns if c.name not in uit and c.name not in pk]


def naar_json(waarde: Any) -> Any:
    """A column value in its plain form (see the module docstring)."""
    if isinstance(waarde, uuid.UUID):
        return str(waarde)
    if isinstance(waarde, (date, datetime)):
        return waarde.isoformat()
    return waarde


def uit_json(t: Table, veld: str, waarde: Any) -> Any:
    """Back to what the column takes."""
    if waarde is None:
        return None
    soort = t.c[veld].type
    if isinstance(soort, Uuid):
        return uuid.UUID(waarde)
    if isinstance(soort, IsoDatum):
        return waarde  # IsoDatum takes ISO text as it is (date or date-time kept)
    if isinstance(soort, DateTime):
        return datetime.fromisoformat(waarde)
    if isinstance(soort, Date):
        return date.fromisoformat(waarde)
    return waarde


def tekst(waarde: Any) -> str:
    """A plain value as stored in conflict and base rows."""
    return json.dumps(waarde, ensure_ascii=False, sort_keys=True)


def lees_tekst(waarde: str | None) -> Any:
    return None if waarde is None else json.loads(waarde)


def rij_naar_json(t: Table, rij: Any) -> dict[str, Any]:
    return {c.name: naar_json(rij[c.name]) for c in t.columns}


def rij_uit_json(t: Table, rij: dict[str, Any]) -> dict[str, Any]:
    return {k: uit_json(t, k, v) for k, v in rij.items() if k in t.c}


def lees_casussen(
    conn: Connection, casus_ids: Iterable[uuid.UUID], tabellen: Iterable[str] | None = None
) -> dict[uuid.UUID, dict[tuple[str, str], dict[str, Any]]]:
    """Every row of these cases: {case id: {(table, key): row as JSON}}; only the tables
    named in `tabellen`, if given."""
    alleen = None if tabellen is None else set(tabellen)
    ids = list(casus_ids)
    uit: dict[uuid.UUID, dict[tuple[str, str], dict[str, Any]]] = {i: {} for i in ids}
    if not ids:
        return uit
    doel_casus: dict[Any, uuid.UUID] = {}
    for t in CASUSTABELLEN:
        if alleen is not None and t.name not in alleen:
            continue
        for begin in range(0, len(ids), 500):
            deel = ids[begin : begin + 500]
            if t.name == "casus":
                q = select(t).where(t.c.id.in_(deel))
            elif t.name in VIA_DOEL:
                d = Doel.__table__
                q = select(t, d.c.casus_id.label("_casus")).join(d, d.c.id == t.c.doel_id)
                q = q.where(d.c.casus_id.in_(deel))
            else:
                q = select(t).where(t.c.casus_id.in_(deel))
            for rij in conn.execute(q).mappings():
                if t.name == "casus":
                    cid = rij["id"]
                elif t.name in VIA_DOEL:
                    cid = rij["_casus"]
                else:
                    cid = rij["casus_id"]
                if t.name == "doel":
                    doel_casus[rij["id"]] = cid
                uit[cid][(t.name, sleutel(t, rij))] = rij_naar_json(t, rij)
    return uit


def lees_tabel(conn: Connection, t: Table, kolommen: Iterable[str] | None = None):
    """All rows of a table as JSON, by key (the catalogue, the staff)."""
    cols = [t.c[k] for k in kolommen] if kolommen else [t]
    return {
        sleutel(t, rij): {k: naar_json(v) for k, v in rij.items()}
        for rij in conn.execute(select(*cols)).mappings()
    }


def voeg_in(conn: Connection, t: Table, rij: dict[str, Any]) -> None:
    conn.execute(insert(t).values(**rij_uit_json(t, rij)))


def werk_bij(conn: Connection, t: Table, key: str, velden: dict[str, Any]) -> int:
    """Set fields of one row (JSON values); returns the number of rows changed (0: not there,
    or not visible to this login)."""
    waarden = rij_uit_json(t, velden)
    if "version" in t.c and "version" not in velden:
        waarden["version"] = t.c.version + 1
    return conn.execute(sql_update(t).where(*sleutel_voorwaarde(t, key)).values(**waarden)).rowcount


def verwijder(conn: Connection, t: Table, key: str) -> int:
    return conn.execute(delete(t).where(*sleutel_voorwaarde(t, key))).rowcount
