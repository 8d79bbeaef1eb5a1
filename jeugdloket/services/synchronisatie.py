"""The werkkopie sync: send what changed on the laptop field by field, take what changed in the
team register, lose nothing (contract: ../shared/domain/team.md, "Sync rules").

The outbox is not a log of keystrokes but the difference between each row in the werkkopie and
the same row as the register had it at the last sync (`werkkopie_basis`): a field that differs
is a change, with that base value, who and when (from `veldwijziging`, kept by every editing
service). A row not in the base is new; a base row gone from the werkkopie is a delete.

Per case, in one transaction on the register:
- field: register value equals the base → apply; equals the new value → nothing to do; else a
  conflict row (base, mine, theirs, who and when) and the register's value stays;
- new row: inserted with its own UUID (a case gets the team's next number and keeps the
  provisional one); already there (sent before) → nothing twice;
- deleted row: deleted when the register's row still equals the base, else a conflict.
Then the register's state of the cases sent comes back into the werkkopie (TERUG_PER cases at
a time: read from one snapshot of the register, written in one local transaction), except
fields edited on the laptop while the sync ran, and becomes the new base.

Every step can be cut off and run again: a change already applied finds the register at the new
value (nothing to do), a conflict already recorded is not recorded twice, a row already
inserted is not inserted twice, and the laptop's access-log entries are appended up to a
number the register keeps in the same transaction as the append.
"""

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select, tuple_, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from jeugdloket.fouten import Fout
from jeugdloket.models import (
    Casus,
    CasusDeling,
    CatalogusStand,
    Conflict,
    Logboekregel,
    Medewerker,
    Veldwijziging,
    Werkkopie,
    WerkkopieBasis,
    WerkkopieCasus,
    WerkkopieStand,
    nu,
)
from jeugdloket.regels.logboek import Actie
from jeugdloket.services import keten, rechten
from jeugdloket.services import werkkopie_rijen as wr
from jeugdloket.services.casussen import ververs_afgeleid, volgend_casusnummer
from jeugdloket.taal import vertaal

Rijen = dict[tuple[str, str], dict[str, Any]]
# Cases sent before their register state is pulled back in one go (fewer round trips; the
# smaller, the less a cut-off sync sends again).
TERUG_PER = 20

# Staff columns a werkkopie carries: names and roles, never a colleague's sign-in.
MEDEWERKERKOLOMMEN = [
    c.name
    for c in Medewerker.__table__.columns
    if c.name not in {"wachtwoord_hash", "mislukte_pogingen", "geblokkeerd_tot"}
]


@dataclass(frozen=True, slots=True)
class Wijziging:
    """One outgoing change: a field (`veld`), a new row (`soort` "nieuw", `nieuw` the row) or
    a deleted row ("weg", `basis` the row as it was)."""

    tabel: str
    rij: str
    soort: str  # "veld" | "nieuw" | "weg"
    veld: str | None
    basis: Any
    nieuw: Any
    door: str
    op: datetime


@dataclass
class Verslag:
    casussen: int = 0
    toegepast: int = 0  # fields and rows written in the register
    binnengehaald: int = 0  # cases refreshed from the register
    nieuwe_nummers: dict[str, str] = field(default_factory=dict)  # provisional → team number
    conflicten: list[dict[str, Any]] = field(default_factory=list)  # open after this sync
    logregels: int = 0
    niet_toegankelijk: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- the laptop's side


def basis_van(conn: Connection, casus_id: uuid.UUID | None) -> Rijen:
    b = WerkkopieBasis.__table__.c
    q = select(b.tabel, b.rij_id, b.data)
    q = q.where(b.casus_id.is_(None) if casus_id is None else b.casus_id == casus_id)
    return {(t, k): wr.lees_tekst(d) for t, k, d in conn.execute(q).all()}


def _wie(conn: Connection, casus_id: uuid.UUID) -> dict[tuple[str, str, str], tuple[str, datetime]]:
    v = Veldwijziging.__table__.c
    rijen = conn.execute(
        select(v.tabel, v.rij_id, v.veld, v.door, v.op).where(v.casus_id == casus_id)
    ).all()
    return {(t, str(r), f): (d, o) for t, r, f, d, o in rijen}


def uitgaand(conn: Connection, casus_id: uuid.UUID, gebruiker: str) -> list[Wijziging]:
    """What the laptop has changed in this case since the last sync (see the module text)."""
    lokaal = wr.lees_casussen(conn, [casus_id])[casus_id]
    return _verschil(lokaal, basis_van(conn, casus_id), _wie(conn, casus_id), gebruiker)


def _verschil(lokaal: Rijen, basis: Rijen, wie: dict, gebruiker: str) -> list[Wijziging]:
    uit: list[Wijziging] = []
    for (naam, key), rij in lokaal.items():
        t = wr.tabel(naam)
        standaard = (rij.get("bijgewerkt_door") or gebruiker, _moment(rij.get("bijgewerkt_op")))
        oud = basis.get((naam, key))
        if oud is None:
            uit.append(Wijziging(naam, key, "nieuw", None, None, rij, *standaard))
            continue
        for veld in wr.vergeleken_velden(t):
            if rij.get(veld) != oud.get(veld):
                door, op = wie.get((naam, key, veld), standaard)
                uit.append(Wijziging(naam, key, "veld", veld, oud.get(veld), rij[veld], door, op))
    for (naam, key), oud in basis.items():
        if (naam, key) not in lokaal:
            uit.append(Wijziging(naam, key, "weg", None, oud, None, gebruiker, nu()))
    return uit


def _moment(waarde: Any) -> datetime:
    return datetime.fromisoformat(waarde) if isinstance(waarde, str) else nu()


# ---------------------------------------------------------------- the register's side


def pas_toe(
    s: Session,
    casus_id: uuid.UUID,
    wijzigingen: list[Wijziging],
    lokaal: Rijen,
    werkkopie_id: uuid.UUID,
    gebruiker: str,
) -> tuple[int, str | None]:
    """Apply one case's changes in the register (inside `s`'s transaction).

    Returns (fields and rows written, the team number given to a case made offline)."""
    conn = s.connection()
    # Only the tables this case's changes touch: the register's other rows do not matter here.
    register = wr.lees_casussen(conn, [casus_id], {w.tabel for w in wijzigingen})[casus_id]
    notities: list[tuple[str, str, Wijziging]] = []
    geschreven = 0
    nummer = None
    volgorde = {t.name: i for i, t in enumerate(wr.CASUSTABELLEN)}
    nieuw = sorted((w for w in wijzigingen if w.soort == "nieuw"), key=lambda w: volgorde[w.tabel])
    for w in nieuw:
        if (w.tabel, w.rij) in register:
            continue  # sent before (an interrupted sync): the register's row counts now
        t = wr.tabel(w.tabel)
        rij = dict(w.nieuw)
        if w.tabel == "casus":
            jaar = int(str(rij["aanmelddatum"])[:4])
            rij["voorlopig_nummer"] = rij["casusnummer"]
            rij["casusnummer"] = nummer = volgend_casusnummer(s, jaar)
        try:
            with s.begin_nested():
                wr.voeg_in(conn, t, rij)
        except IntegrityError:
            # Its parent is gone from the register (deleted there meanwhile): kept as a
            # conflict with the whole row, so a person can bring it back.
            _conflict(s, casus_id, w, wr.ROW, None, rij, None, werkkopie_id)
            continue
        if w.tabel == "casus":
            s.add(WerkkopieCasus(werkkopie_id=werkkopie_id, casus_id=casus_id, sinds=nu()))
        geschreven += 1
    per_rij: dict[tuple[str, str], list[Wijziging]] = {}
    for w in wijzigingen:
        if w.soort == "veld":
            per_rij.setdefault((w.tabel, w.rij), []).append(w)
    for (naam, key), velden in per_rij.items():
        t = wr.tabel(naam)
        huidig = register.get((naam, key))
        if huidig is None:
            eerste = velden[0]
            _conflict(
                s, casus_id, eerste, wr.ROW, None, lokaal.get((naam, key)), None, werkkopie_id
            )
            continue
        zet: dict[str, Any] = {}
        for w in velden:
            daar = huidig.get(w.veld)
            if daar == w.basis:
                zet[w.veld] = w.nieuw
            elif daar != w.nieuw:
                _conflict(s, casus_id, w, w.veld, w.basis, w.nieuw, daar, werkkopie_id)
        if zet:
            if "bijgewerkt_door" in t.c:
                laatste = max(velden, key=lambda w: w.op)
                zet["bijgewerkt_door"] = laatste.door
                zet["bijgewerkt_op"] = laatste.op.isoformat()
            if not wr.werk_bij(conn, t, key, zet):
                raise Fout(
                    vertaal(
                        "Casus: de rij {naam} {key} kon niet worden bijgewerkt (geen toegang).",
                        naam=naam,
                        key=key,
                    )
                )
            if "id" in t.c:
                notities += [(t.name, key, w) for w in velden if w.veld in zet]
            geschreven += len([v for v in zet if v not in ("bijgewerkt_door", "bijgewerkt_op")])
    weg = sorted((w for w in wijzigingen if w.soort == "weg"), key=lambda w: -volgorde[w.tabel])
    for w in weg:
        huidig = register.get((w.tabel, w.rij))
        if huidig is None:
            continue  # gone already
        t = wr.tabel(w.tabel)
        if all(huidig.get(v) == w.basis.get(v) for v in wr.vergeleken_velden(t)):
            wr.verwijder(conn, t, w.rij)
            geschreven += 1
        else:
            _conflict(s, casus_id, w, wr.ROW, w.basis, None, huidig, werkkopie_id)
    _noteer(s, casus_id, notities)
    if any(w.tabel in ("casus", "persoon") for w in wijzigingen):
        casus = s.get(Casus, casus_id)
        if casus is not None:
            s.refresh(casus)
            ververs_afgeleid(casus)
    return geschreven, nummer


def _noteer(s: Session, casus_id: uuid.UUID, velden: list[tuple[str, str, Wijziging]]) -> None:
    """Who changed which field when (the field history) for a case's applied fields, replaced
    in two statements: a merge per field costs a SELECT and a write each, which made up most
    of a large sync's round trips."""
    if not velden:
        return
    v = Veldwijziging.__table__
    sleutels = [(t, uuid.UUID(key), w.veld) for t, key, w in velden]
    conn = s.connection()
    conn.execute(
        delete(v).where(
            v.c.casus_id == casus_id, tuple_(v.c.tabel, v.c.rij_id, v.c.veld).in_(sleutels)
        )
    )
    conn.execute(
        insert(v),
        [
            {"tabel": t, "rij_id": rij_id, "veld": veld, "casus_id": casus_id,
             "door": w.door, "op": w.op}
            for (t, rij_id, veld), (_, _, w) in zip(sleutels, velden, strict=True)
        ],
    )  # fmt: skip


def _conflict(
    s: Session,
    casus_id: uuid.UUID,
    w: Wijziging,
    veld: str,
    basis: Any,
    mijn: Any,
    hun: Any,
    werkkopie_id: uuid.UUID,
) -> None:
    """Record a conflict, once: the same open conflict from the same copy is not repeated."""
    k = Conflict.__table__.c
    mijn_tekst = wr.tekst(mijn)
    al = s.execute(
        select(k.id).where(
            k.tabel == w.tabel,
            k.rij_id == w.rij,
            k.veld == veld,
            k.werkkopie_id == werkkopie_id,
            k.opgelost_op.is_(None),
            k.mijn == mijn_tekst,
        )
    ).first()
    if al is not None:
        return
    hun_door, hun_op = _wie_daar(s, w.tabel, w.rij, veld, hun)
    s.add(
        Conflict(
            casus_id=casus_id,
            tabel=w.tabel,
            rij_id=w.rij,
            veld=veld,
            basis=wr.tekst(basis),
            mijn=mijn_tekst,
            hun=wr.tekst(hun),
            mijn_door=w.door,
            mijn_op=w.op,
            hun_door=hun_door,
            hun_op=hun_op,
            werkkopie_id=werkkopie_id,
        )
    )
    s.flush()


def _wie_daar(s: Session, tabel: str, key: str, veld: str, rij: Any):
    """Who changed the register's value, and when (field history, else the row's stamp)."""
    if veld != wr.ROW and "/" not in key:
        w = s.get(Veldwijziging, (tabel, uuid.UUID(key), veld))
        if w is not None:
            return w.door, w.op
    if isinstance(rij, dict):
        return rij.get("bijgewerkt_door"), _moment(rij.get("bijgewerkt_op"))
    return None, None


# ---------------------------------------------------------------- back to the laptop


def haal_casus(
    tconn: Connection,
    lconn: Connection,
    casus_id: uuid.UUID,
    register: Rijen,
    voor: Rijen | None,
    nu_lokaal: Rijen | None = None,
) -> None:
    """The register's rows of one case into the werkkopie and its base.

    `voor`: the laptop's rows as they were sent (None: a new copy). A field the laptop changed
    after that (typed while the sync ran) keeps the laptop's value; it goes out next time.
    `nu_lokaal`: the laptop's rows now, read in `lconn`'s transaction (None: read here)."""
    if nu_lokaal is None:
        nu_lokaal = wr.lees_casussen(lconn, [casus_id])[casus_id]
    for t in wr.CASUSTABELLEN:
        for (naam, key), rij in register.items():
            if naam != t.name:
                continue
            hier = nu_lokaal.get((naam, key))
            if hier is None:
                if voor is not None and (naam, key) in voor:
                    continue  # deleted here while the sync ran: goes out next time
                wr.voeg_in(lconn, t, rij)
                continue
            eerder = voor.get((naam, key)) if voor is not None else None
            zet = {
                k: v
                for k, v in rij.items()
                if hier.get(k) != v and (eerder is None or hier.get(k) == eerder.get(k))
            }
            if zet:
                wr.werk_bij(lconn, t, key, zet)
    for t in reversed(wr.CASUSTABELLEN):
        for (naam, key), hier in nu_lokaal.items():
            if naam != t.name or (naam, key) in register:
                continue
            if voor is not None and voor.get((naam, key)) != hier:
                continue  # made or changed here while the sync ran
            wr.verwijder(lconn, t, key)
    b = WerkkopieBasis.__table__
    lconn.execute(delete(b).where(b.c.casus_id == casus_id))
    if register:
        lconn.execute(
            insert(b),
            [
                {"tabel": naam, "rij_id": key, "casus_id": casus_id, "data": wr.tekst(rij)}
                for (naam, key), rij in register.items()
            ],
        )
    _haal_bij(tconn, lconn, CasusDeling.__table__, casus_id)
    _haal_bij(tconn, lconn, Conflict.__table__, casus_id, open_=True)


def _haal_bij(tconn: Connection, lconn: Connection, t, casus_id: uuid.UUID, open_=False) -> None:
    """Replace a case's sharing or conflict rows by the register's."""
    q = select(t).where(t.c.casus_id == casus_id)
    if open_:
        q = q.where(t.c.opgelost_op.is_(None))
    rijen = [dict(r) for r in tconn.execute(q).mappings()]
    lconn.execute(delete(t).where(t.c.casus_id == casus_id))
    if rijen:
        lconn.execute(insert(t), rijen)


def haal_medewerkers(tconn: Connection, lconn: Connection) -> None:
    """Names and roles of the team (no sign-in data): for the case list and the rights."""
    t = Medewerker.__table__
    register = wr.lees_tabel(tconn, t, MEDEWERKERKOLOMMEN)
    hier = wr.lees_tabel(lconn, t, MEDEWERKERKOLOMMEN)
    for key, rij in register.items():
        if key not in hier:
            wr.voeg_in(lconn, t, rij)
        elif hier[key] != rij:
            wr.werk_bij(lconn, t, key, rij)


def haal_catalogus(tconn: Connection, lconn: Connection, eerste: bool = False) -> int:
    """Send waiting times and experiences added on the laptop, then take the team's catalogue.

    Returns how many rows were sent. Rows the register removed stay on the laptop (a local
    toewijzing may point at them); the register keeps them out of new searches there."""
    verzonden = 0
    for t in wr.CATALOGUSTABELLEN:
        register = wr.lees_tabel(tconn, t)
        hier = {} if eerste else wr.lees_tabel(lconn, t)
        basis = (
            {} if eerste else {k: r for (n, k), r in basis_van(lconn, None).items() if n == t.name}
        )
        if t.name in wr.CATALOGUS_TOEVOEGEN:
            for key, rij in hier.items():
                if key not in register and key not in basis:
                    wr.voeg_in(tconn, t, rij)
                    register[key] = rij
                    verzonden += 1
        for key, rij in register.items():
            if key not in hier:
                wr.voeg_in(lconn, t, rij)
            elif hier[key] != rij:
                wr.werk_bij(lconn, t, key, rij)
        b = WerkkopieBasis.__table__
        lconn.execute(delete(b).where(b.c.tabel == t.name, b.c.casus_id.is_(None)))
        if register:
            lconn.execute(
                insert(b),
                [{"tabel": t.name, "rij_id": k, "casus_id": None, "data": "{}"} for k in register],
            )
    stand = tconn.execute(select(CatalogusStand.__table__)).mappings().all()
    lconn.execute(delete(CatalogusStand.__table__))
    if stand:
        lconn.execute(insert(CatalogusStand.__table__), [dict(r) for r in stand])
    return verzonden


# ---------------------------------------------------------------- the whole sync


def synchroniseer(
    lokaal,
    team,
    voortgang: Callable[[int, int], None] | None = None,
    geannuleerd: Callable[[], bool] | None = None,
) -> Verslag:
    """Sync the werkkopie `lokaal` with the register `team` (connected as its consultant)."""
    verslag = Verslag()
    with lokaal.engine.connect() as lconn:
        stand = lconn.execute(select(WerkkopieStand.__table__)).mappings().first()
        casus_ids = list(lconn.execute(select(Casus.__table__.c.id)).scalars())
    if stand is None:
        raise Fout(
            vertaal("Dit bestand is geen werkkopie (maak er een met: jeugdloket werkkopie maak).")
        )
    gebruiker, werkkopie_id = stand["gebruiker"], stand["werkkopie_id"]
    with team.engine.connect() as tconn:
        login = tconn.exec_driver_sql("SELECT session_user").scalar()
        if login != gebruiker:
            raise Fout(
                vertaal(
                    "Deze werkkopie is van {gebruiker}; u bent met het teamregister "
                    "verbonden als {login}. Synchroniseer als {gebruiker}.",
                    gebruiker=gebruiker,
                    login=login,
                )
            )
        actor = rechten.lees_actor(tconn, login)
    stappen = len(casus_ids) + 2
    _meld(voortgang, 0, stappen)
    # The register commits first (the inner block ends first): waiting times sent from the
    # laptop enter its base only once the register has them, so a kill between the two commits
    # cannot leave them in the base but not in the register (never sent again).
    with lokaal.engine.begin() as lconn, team.engine.begin() as tconn:
        haal_medewerkers(tconn, lconn)
        haal_catalogus(tconn, lconn)
    verslag.logregels = _stuur_logboek(lokaal, team, werkkopie_id, gebruiker)
    _meld(voortgang, 1, stappen)
    verstuurd: dict[uuid.UUID, Rijen] = {}
    for i, casus_id in enumerate(casus_ids, start=2):
        if geannuleerd is not None and geannuleerd():
            break
        voor = _stuur_casus(lokaal, team, casus_id, werkkopie_id, actor, verslag)
        if voor is not None:
            verstuurd[casus_id] = voor
        if len(verstuurd) >= TERUG_PER:
            _haal_terug(lokaal, team, verstuurd, verslag)
        _meld(voortgang, i, stappen)
    _haal_terug(lokaal, team, verstuurd, verslag)
    moment = nu()
    with team.sessie() as s:
        s.execute(update(Werkkopie).where(Werkkopie.id == werkkopie_id).values(laatste_sync=moment))
    with lokaal.engine.begin() as lconn:
        lconn.execute(update(WerkkopieStand.__table__).values(laatste_sync=moment))
        k = Conflict.__table__.c
        verslag.conflicten = [
            dict(r)
            for r in lconn.execute(
                select(Conflict.__table__).where(k.opgelost_op.is_(None)).order_by(k.ontstaan_op)
            ).mappings()
        ]
    _meld(voortgang, stappen, stappen)
    return verslag


def _meld(voortgang, i: int, n: int) -> None:
    if voortgang is not None:
        voortgang(i, n)


def _stuur_casus(lokaal, team, casus_id, werkkopie_id, actor, verslag: Verslag) -> Rijen | None:
    """One case's changes into the register (one transaction); returns the laptop's rows as
    they were sent (None: the case is no longer accessible in the register)."""
    with lokaal.engine.connect() as lconn:
        voor = wr.lees_casussen(lconn, [casus_id])[casus_id]
        wijzigingen = _verschil(
            voor, basis_van(lconn, casus_id), _wie(lconn, casus_id), actor.gebruiker
        )
        besluiten = _besluiten(lconn, casus_id)
    casusnummer = voor.get(("casus", str(casus_id)), {}).get("casusnummer")
    with team.sessie() as s:
        conn = s.connection()
        zichtbaar = conn.execute(select(Casus.__table__.c.id).where(Casus.id == casus_id)).first()
        nieuw = any(w.tabel == "casus" and w.soort == "nieuw" for w in wijzigingen)
        if zichtbaar is None and not nieuw:
            verslag.niet_toegankelijk.append(casusnummer or str(casus_id))
            return None
        if wijzigingen:
            geschreven, nummer = pas_toe(
                s, casus_id, wijzigingen, voor, werkkopie_id, actor.gebruiker
            )
            verslag.toegepast += geschreven
            if nummer:
                verslag.nieuwe_nummers[casusnummer] = nummer
                casusnummer = nummer
        _stuur_besluiten(s, besluiten)
        if wijzigingen or besluiten:
            keten.schrijf(
                s,
                [
                    rechten.logregel(
                        actor,
                        Actie.WIJZIGING,
                        casus_id=casus_id,
                        casusnummer=casusnummer,
                        omschrijving="werkkopie gesynchroniseerd",
                    )
                ],
            )
    verslag.casussen += 1
    return voor


def _haal_terug(lokaal, team, verstuurd: dict[uuid.UUID, Rijen], verslag: Verslag) -> None:
    """The register's state of the cases just sent into the werkkopie: their rows read for all
    of them at once (one query per table, not per table and case) from one snapshot of the
    register, written in one laptop transaction. Cut off before it ends, the next sync sends
    those cases again and finds their changes applied already."""
    if not verstuurd:
        return
    ids = list(verstuurd)
    with (
        team.engine.connect().execution_options(isolation_level="REPEATABLE READ") as tconn,
        tconn.begin(),
        lokaal.engine.begin() as lconn,
    ):
        register = wr.lees_casussen(tconn, ids)
        hier = wr.lees_casussen(lconn, ids)
        for casus_id in ids:
            haal_casus(
                tconn, lconn, casus_id, register[casus_id], verstuurd[casus_id], hier[casus_id]
            )
    verslag.binnengehaald += len(ids)
    verstuurd.clear()


def _besluiten(lconn: Connection, casus_id: uuid.UUID) -> list[dict[str, Any]]:
    """Conflicts chosen on the laptop, not yet known as chosen in the register."""
    k = Conflict.__table__.c
    return [
        dict(r)
        for r in lconn.execute(
            select(k.id, k.opgelost_op, k.opgelost_door, k.uitkomst).where(
                k.casus_id == casus_id, k.opgelost_op.is_not(None)
            )
        ).mappings()
    ]


def _stuur_besluiten(s: Session, besluiten: list[dict[str, Any]]) -> None:
    k = Conflict.__table__.c
    for b in besluiten:
        s.execute(
            update(Conflict.__table__)
            .where(k.id == b["id"], k.opgelost_op.is_(None))
            .values(
                opgelost_op=b["opgelost_op"],
                opgelost_door=b["opgelost_door"],
                uitkomst=b["uitkomst"],
            )
        )


def _stuur_logboek(lokaal, team, werkkopie_id: uuid.UUID, gebruiker: str) -> int:
    """Append the laptop's access-log entries to the team's chain, original time and
    workstation kept, each once (the register keeps how far it has them)."""
    with team.sessie() as s:
        tot = s.execute(select(Werkkopie.logboek_tot).where(Werkkopie.id == werkkopie_id)).scalar()
        if tot is None:
            raise Fout(vertaal("Deze werkkopie is niet (meer) bekend in het teamregister."))
        with lokaal.engine.connect() as lconn:
            c = Logboekregel.__table__.c
            regels = [
                dict(r)
                for r in lconn.execute(
                    select(Logboekregel.__table__).where(c.volgnummer > tot).order_by(c.volgnummer)
                ).mappings()
            ]
        if not regels:
            return 0
        toegestaan = {gebruiker, f"cli:{gebruiker}"}
        uit = []
        for r in regels:
            regel = {
                k: r[k]
                for k in (
                    "moment",
                    "actie",
                    "casus_id",
                    "casusnummer",
                    "werkplek",
                    "reden",
                    "omschrijving",
                )
            }
            regel["gebruiker"] = r["gebruiker"] if r["gebruiker"] in toegestaan else gebruiker
            if r["gebruiker"] not in toegestaan:
                regel["omschrijving"] = (
                    f"{r['omschrijving'] or ''} (op de werkkopie als {r['gebruiker']})".strip()
                )
            uit.append(regel)
        keten.schrijf(s, uit)
        laatste = regels[-1]["volgnummer"]
        s.execute(update(Werkkopie).where(Werkkopie.id == werkkopie_id).values(logboek_tot=laatste))
    with lokaal.engine.begin() as lconn:
        lconn.execute(update(WerkkopieStand.__table__).values(logboek_tot=laatste))
    return len(regels)
