"""Open conflicts from werkkopie syncs: list them, and let a person choose.

A conflict names one field of one row (or a whole row, wr.ROW) that the laptop and the
register changed to different values. The register's value stays until someone chooses: the
laptop's ("mijn"), the register's ("hun") or a value of their own. Choosing in the register
writes the value at once; choosing in a werkkopie writes it there and sends it with the next
sync (its base becomes the register's value, so it applies cleanly unless the register moved
on again – then that is a new conflict, never a silent overwrite).
"""

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select, update

from jeugdloket import teamdb
from jeugdloket.db import Database
from jeugdloket.fouten import Fout, NietGevonden, Validatiefout
from jeugdloket.models import (
    Casus,
    Conflict,
    IsoDatum,
    Medewerker,
    WerkkopieBasis,
    WerkkopieStand,
    nu,
)
from jeugdloket.regels.logboek import Actie
from jeugdloket.services import keten, rechten
from jeugdloket.services import werkkopie_rijen as wr
from jeugdloket.services.casussen import ververs_afgeleid
from jeugdloket.taal import vertaal

KEUZES = ("mijn", "hun", "eigen")

# Dutch names of the tables, for the conflict list.
TABELNAMEN = {
    "casus": "casus",
    "persoon": "persoon",
    "contactmoment": "contactmoment",
    "intake": "intake",
    "leefgebied_score": "levenskracht",
    "netwerklid": "netwerk",
    "factor": "factor",
    "samenhang": "samenhang",
    "doel": "doel",
    "doel_factor": "doel en factor",
    "actie": "routekaart",
    "familiegroepsplan": "familiegroepsplan",
    "perspectiefplan": "perspectiefplan",
    "plan_versie": "planversie",
    "plan_export": "plan-PDF",
    "toewijzing": "toewijzing",
    "zoekkeuze": "zoekkeuze",
}


@dataclass(frozen=True, slots=True)
class ConflictData:
    id: uuid.UUID
    casus_id: uuid.UUID
    casusnummer: str
    tabel: str
    onderdeel: str  # Dutch: "persoon", "familiegroepsplan", …
    rij_id: str
    veld: str
    veldnaam: str  # Dutch, readable
    basis: Any
    mijn: Any  # the laptop's value (None with veld ROW: deleted on the laptop)
    hun: Any  # the register's value (None with veld ROW: deleted in the register)
    mijn_door: str
    mijn_op: datetime
    hun_door: str | None
    hun_op: datetime | None
    ontstaan_op: datetime


def veldnaam(veld: str) -> str:
    if veld == wr.ROW:
        return "hele regel"
    return veld.replace("_", " ").capitalize()


def waarde_tekst(waarde: Any) -> str:
    """A value as a person reads it in the conflict list."""
    if waarde is None or waarde == "":
        return "(leeg)"
    if isinstance(waarde, bool):
        return "ja" if waarde else "nee"
    if isinstance(waarde, dict):
        delen = [
            f"{k}: {v}"
            for k, v in waarde.items()
            if v not in (None, "") and k not in wr.BOEKHOUDING
        ]
        return "; ".join(delen[:6]) + (" …" if len(delen) > 6 else "")
    tekst = str(waarde)
    if len(tekst) == 10 and tekst[4] == "-" and tekst[7] == "-":
        return f"{tekst[8:10]}-{tekst[5:7]}-{tekst[:4]}"
    return tekst


def lijst(db: Database, casus_id: uuid.UUID | None = None) -> list[ConflictData]:
    """Open conflicts the user may see (all their cases'), oldest first."""
    a = rechten.actor(db)
    k = Conflict.__table__.c
    c = Casus.__table__.c
    with db.sessie() as s:
        q = select(Conflict.__table__, c.casusnummer, c.consulent_id).join(
            Casus.__table__, c.id == k.casus_id
        )
        q = q.where(k.opgelost_op.is_(None)).order_by(k.ontstaan_op, c.casusnummer, k.veld)
        if casus_id is not None:
            q = q.where(k.casus_id == casus_id)
        rijen = s.execute(q).mappings().all()
        moment = rechten.klok()
        uit = []
        for r in rijen:
            kop = rechten.CasusKop(r["casus_id"], r["casusnummer"], r["consulent_id"])
            if rechten.weigering_voor(s.connection(), a, kop, moment) is not None:
                continue
            uit.append(
                ConflictData(
                    r["id"],
                    r["casus_id"],
                    r["casusnummer"],
                    r["tabel"],
                    TABELNAMEN.get(r["tabel"], r["tabel"]),
                    r["rij_id"],
                    r["veld"],
                    veldnaam(r["veld"]),
                    wr.lees_tekst(r["basis"]),
                    wr.lees_tekst(r["mijn"]),
                    wr.lees_tekst(r["hun"]),
                    _naam(s, r["mijn_door"]),
                    r["mijn_op"],
                    _naam(s, r["hun_door"]),
                    r["hun_op"],
                    r["ontstaan_op"],
                )  # fmt: skip
            )
    return uit


def _naam(s, gebruiker: str | None) -> str | None:
    if not gebruiker:
        return None
    m = Medewerker.__table__.c
    return s.execute(select(m.naam).where(m.gebruikersnaam == gebruiker)).scalar() or gebruiker


def casussen_met_conflict(db: Database) -> set[uuid.UUID]:
    """The cases with an open conflict (the case list marks them)."""
    k = Conflict.__table__.c
    with db.engine.connect() as conn:
        return set(conn.execute(select(k.casus_id).where(k.opgelost_op.is_(None))).scalars())


def kies(db: Database, conflict_id: uuid.UUID, keuze: str, waarde: Any = None) -> None:
    """Settle a conflict: keep the laptop's value ("mijn"), the register's ("hun"), or
    `waarde` ("eigen", for a field). Writes the value and closes the conflict in one go."""
    if keuze not in KEUZES:
        raise Validatiefout({"keuze": vertaal("Kies mijn, hun of eigen")})
    a = rechten.actor(db)
    with db.sessie() as s:
        k = s.get(Conflict, conflict_id)
        if k is None or k.opgelost_op is not None:
            raise NietGevonden(vertaal("Dit conflict is er niet (meer): iemand heeft al gekozen."))
        casus = s.get(Casus, k.casus_id)
        kop = rechten.CasusKop(casus.id, casus.casusnummer, casus.consulent_id)
        weigering = rechten.weigering_voor(s.connection(), a, kop, rechten.klok())
        if weigering is not None:
            raise weigering
        if keuze == "eigen" and k.veld == wr.ROW:
            raise Validatiefout({"keuze": vertaal("Bij een verwijderde regel kiest u mijn of hun")})
        gekozen = {"mijn": wr.lees_tekst(k.mijn), "hun": wr.lees_tekst(k.hun)}.get(keuze, waarde)
        t = wr.tabel(k.tabel)
        conn = s.connection()
        if k.veld == wr.ROW:
            _kies_rij(conn, t, k.rij_id, gekozen)
        else:
            if isinstance(gekozen, str):
                gekozen = gekozen.strip() or None
            if keuze == "eigen":
                gekozen = eigen_waarde(t, k.veld, gekozen)
            if not wr.werk_bij(conn, t, k.rij_id, {k.veld: wr.naar_json(gekozen)}):
                raise Fout(
                    vertaal(
                        "{veldnaam}: de regel bestaat niet meer; kies opnieuw na de sync.",
                        veldnaam=veldnaam(k.veld),
                    )
                )
            _basis_naar_register(conn, k)
        if k.tabel in ("casus", "persoon"):
            # The value went in by plain SQL: the case's search text and names of youths
            # follow the persons as they are now (as a sync's own writes do).
            s.refresh(casus)
            ververs_afgeleid(casus)
        k.opgelost_op = nu()
        k.opgelost_door = a.gebruiker
        k.uitkomst = wr.tekst(gekozen)
        keten.schrijf(
            s,
            [
                rechten.logregel(
                    a,
                    Actie.WIJZIGING,
                    casus_id=casus.id,
                    casusnummer=casus.casusnummer,
                    omschrijving=f"conflict {TABELNAMEN.get(k.tabel, k.tabel)} "
                    f"{veldnaam(k.veld).lower()}: gekozen {keuze}",
                )
            ],
        )


_JA = {"ja", "j", "yes", "true", "1"}
_NEE = {"nee", "n", "no", "false", "0"}


def eigen_waarde(t, veld: str, waarde: Any) -> Any:
    """A value a person typed for a field, as the column takes it (JSON form): a date as
    dd-mm-jjjj or ISO, a number, ja/nee. Validatiefout in Dutch when it does not fit."""
    if not isinstance(waarde, str):
        return waarde
    kolom = t.c[veld]
    naam = veldnaam(veld)
    if isinstance(kolom.type, IsoDatum):
        soort: Any = "iso"
    else:
        try:
            soort = kolom.type.python_type
        except NotImplementedError:
            soort = str
    if soort is uuid.UUID:
        raise Validatiefout({veld: vertaal("{naam}: kies hier mijn of hun waarde", naam=naam)})
    try:
        if soort == "iso":
            return _datum(waarde, met_tijd=len(waarde.replace("T", " ").split()) > 1)
        if soort is bool:
            if waarde.lower() not in _JA | _NEE:
                raise ValueError(waarde)
            return waarde.lower() in _JA
        if soort is int:
            return int(waarde)
        if soort is float:
            return float(waarde.replace(",", "."))
        if soort in (date, datetime):
            return _datum(waarde, met_tijd=soort is datetime)
    except ValueError:
        voorbeeld = {bool: "ja of nee", int: "een heel getal", float: "een getal"}.get(
            soort, "een datum als 01-12-2026" + ("" if soort is date else " (09:30)")
        )
        raise Validatiefout(
            {veld: vertaal("{naam}: vul {voorbeeld} in", naam=naam, voorbeeld=voorbeeld)}
        ) from None
    lengte = getattr(kolom.type, "length", None) if soort is str else None
    if lengte and len(waarde) > lengte:
        raise Validatiefout(
            {veld: vertaal("{naam}: hoogstens {lengte} tekens", naam=naam, lengte=lengte)}
        )
    return waarde


def _datum(tekst: str, met_tijd: bool) -> str:
    """'1-12-2026', '01-12-2026 09:30' or ISO ('2026-12-01T09:30:00'); as ISO text."""
    delen = tekst.strip().replace("T", " ").split()
    dag = delen[0]
    if "-" in dag and len(dag.split("-")[0]) == 4:
        d = date.fromisoformat(dag)
    else:
        dd, mm, jj = dag.replace("/", "-").replace(".", "-").split("-")
        d = date(int(jj), int(mm), int(dd))
    if not met_tijd:
        if len(delen) > 1:
            raise ValueError(tekst)
        return d.isoformat()
    uur, minuut = delen[1].replace(".", ":").split(":")[:2] if len(delen) > 1 else ("0", "0")
    return datetime(d.year, d.month, d.day, int(uur), int(minuut)).isoformat()


def _kies_rij(conn, t, key: str, rij: dict[str, Any] | None) -> None:
    """A whole row: back with the chosen content, or gone."""
    if rij is None:
        wr.verwijder(conn, t, key)
        return
    if wr.werk_bij(conn, t, key, {k: v for k, v in rij.items() if k not in wr.BOEKHOUDING}) == 0:
        wr.voeg_in(conn, t, rij)


def _basis_naar_register(conn, k: Conflict) -> None:
    """On a werkkopie: the field's base becomes the register's value, so the choice goes out
    at the next sync as a change from what the register has (applied, not a new conflict)."""
    # The register has no werkkopie_stand it may read (closed to every login): nothing to do.
    if teamdb.is_postgres(conn):
        return
    if conn.execute(select(WerkkopieStand.__table__.c.code)).first() is None:
        return
    b = WerkkopieBasis.__table__.c
    data = conn.execute(select(b.data).where(b.tabel == k.tabel, b.rij_id == k.rij_id)).scalar()
    if data is None:
        return
    rij = wr.lees_tekst(data)
    rij[k.veld] = wr.lees_tekst(k.hun)
    conn.execute(
        update(WerkkopieBasis.__table__)
        .where(b.tabel == k.tabel, b.rij_id == k.rij_id)
        .values(data=wr.tekst(rij))
    )
