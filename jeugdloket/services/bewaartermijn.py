"""Bewaartermijn and destruction of youth files (Jeugdwet art. 7.3.8; AVG art. 17).

A file is kept 20 years after the help ended (jeugdloket.regels.bewaartermijn). Past that day
it shows in the coördinator's list; destruction then takes two different coördinatoren: one
asks (`vraag_vernietiging`, with a reason), another confirms (`bevestig_vernietiging`).
Confirming removes the case row and everything hanging off it (database cascades), checks
that no row refers to it any more, and adds one to the anonymous count of the day – all in
one transaction, with the access-log entry. Afterwards the SQLite file is rewritten (VACUUM,
checkpoint) so deleted pages and old WAL frames do not keep the names.

What stays: the request (casusnummer, reason, who asked and confirmed, when), the count per
day and the access log, which is append-only by design and holds case numbers, not content.
"""

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import (
    String,
    and_,
    bindparam,
    case,
    delete,
    func,
    inspect,
    select,
    text,
    type_coerce,
)
from sqlalchemy.engine import Connection
from sqlmodel import Session

from jeugdloket.db import Database
from jeugdloket.fouten import Fout, NietGevonden, Validatiefout
from jeugdloket.models import Casus, Rol, Toewijzing, nu
from jeugdloket.models.bewaren import (
    AANGEVRAAGD,
    INGETROKKEN,
    VERNIETIGD,
    Vernietigingsverzoek,
    VernietigingTelling,
)
from jeugdloket.regels.bewaartermijn import GEEN_HULP, als_dag, bewaren_tot, einde_hulp
from jeugdloket.services import rechten
from jeugdloket.services.rechten import GeenToegang
from jeugdloket.taal import vertaal

# Access-log actions (column logboek.actie, at most 30 characters).
ACTIE_LIJST = "bewaartermijn"
ACTIE_GEVRAAGD = "vernietiging gevraagd"
ACTIE_VERNIETIGD = "vernietigd"
ACTIE_INGETROKKEN = "vernietiging ingetrokken"

MIN_REDEN = 10


@dataclass(frozen=True, slots=True)
class VerzoekData:
    id: uuid.UUID
    casus_id: uuid.UUID | None
    casusnummer: str
    bewaren_tot: date
    reden: str
    status: str
    gevraagd_door: str
    gevraagd_op: datetime
    bevestigd_door: str | None = None
    bevestigd_op: datetime | None = None
    ingetrokken_door: str | None = None
    ingetrokken_op: datetime | None = None


@dataclass(frozen=True, slots=True)
class Termijn:
    """The term of one case: end of help (None: not ended) and the last day to keep it."""

    einde_hulp: date | None
    bewaren_tot: date | None
    verlopen: bool


@dataclass(frozen=True, slots=True)
class VerlopenDossier:
    """A line of the coördinator's list: a number and dates, never a name."""

    casus_id: uuid.UUID
    casusnummer: str
    einde_hulp: date
    bewaren_tot: date
    verzoek: VerzoekData | None = None


@dataclass(frozen=True, slots=True)
class Vernietiging:
    casusnummer: str
    datum: date
    rijen: dict[str, int] = field(default_factory=dict)  # removed rows per table
    opgeschoond: bool = False  # the file was rewritten (VACUUM) and the WAL emptied


def _verzoek_data(v: Vernietigingsverzoek) -> VerzoekData:
    return VerzoekData(
        v.id,
        v.casus_id,
        v.casusnummer,
        als_dag(v.bewaren_tot),
        v.reden,
        v.status,
        v.gevraagd_door,
        v.gevraagd_op,
        v.bevestigd_door,
        v.bevestigd_op,
        v.ingetrokken_door,
        v.ingetrokken_op,
    )


# ---------------------------------------------------------------- the term


def einde_per_casus(
    conn, casus_ids: Iterable[uuid.UUID] | None = None
) -> dict[uuid.UUID, date | None]:
    """End of help per closed case, from one grouped query over the toewijzingen."""
    c, t = Casus.__table__.c, Toewijzing.__table__.c
    # ISO text compares chronologically; a date-time sorts after its own day, which is fine.
    hulp = t.status.not_in(tuple(GEEN_HULP))
    per_casus = (
        select(
            t.casus_id,
            func.max(case((hulp, type_coerce(t.einddatum, String)))).label("laatste"),
            func.sum(case((and_(hulp, t.einddatum.is_(None)), 1), else_=0)).label("lopend"),
        )
        .group_by(t.casus_id)
        .subquery()
    )
    q = (
        select(c.id, type_coerce(c.afgesloten_op, String), per_casus.c.laatste, per_casus.c.lopend)
        .outerjoin(per_casus, per_casus.c.casus_id == c.id)
        .where(c.afgesloten_op.is_not(None))
    )
    if casus_ids is not None:
        q = q.where(c.id.in_(list(casus_ids)))
    uit: dict[uuid.UUID, date | None] = {}
    for casus_id, afgesloten, laatste, lopend in conn.execute(q):
        toewijzingen = [("gestart", None)] if lopend else []
        if laatste:
            toewijzingen.append(("beeindigd", laatste))
        uit[casus_id] = einde_hulp(afgesloten, toewijzingen)
    return uit


def termijn(db: Database, casus_id: uuid.UUID, vandaag: date | None = None) -> Termijn:
    """The bewaartermijn of one case (for the case view and the checks below)."""
    vandaag = vandaag or date.today()
    with db.engine.connect() as conn:
        if _casusnummer(conn, casus_id) is None:
            raise NietGevonden(vertaal("Deze casus bestaat niet (meer)"))
        einde = einde_per_casus(conn, [casus_id]).get(casus_id)
    if einde is None:
        return Termijn(None, None, False)
    tot = bewaren_tot(einde)
    return Termijn(einde, tot, vandaag > tot)


@rechten.handeling(
    ACTIE_LIJST,
    rollen=(Rol.COORDINATOR,),
    omschrijving="dossiers voorbij de bewaartermijn bekeken",
    zonder_casus=True,
)
def verlopen(db: Database, vandaag: date | None = None) -> list[VerlopenDossier]:
    """The files past their bewaartermijn on `vandaag`, oldest end of help first, each with
    its open request (if any). Case numbers and dates only: this list is for the coördinator."""
    vandaag = vandaag or date.today()
    with db.engine.connect() as conn:
        einden = einde_per_casus(conn)
        c = Casus.__table__.c
        nummers = dict(
            conn.execute(select(c.id, c.casusnummer).where(c.afgesloten_op.is_not(None))).all()
        )
    with Session(db.engine) as s:
        open_ = {
            v.casus_id: _verzoek_data(v)
            for v in s.execute(
                select(Vernietigingsverzoek).where(Vernietigingsverzoek.status == AANGEVRAAGD)
            ).scalars()
        }
    lijst = []
    for casus_id, einde in einden.items():
        if einde is None:
            continue
        tot = bewaren_tot(einde)
        if vandaag > tot:
            lijst.append(
                VerlopenDossier(casus_id, nummers[casus_id], einde, tot, open_.get(casus_id))
            )
    lijst.sort(key=lambda d: (d.einde_hulp, d.casusnummer))
    return lijst


# ---------------------------------------------------------------- who may


def _coordinator(wat: str) -> rechten.Actor:
    """The acting medewerker, by name and with the role coördinator: two-person control means
    nothing for the anonymous command line or internal work."""
    a = rechten.huidige_actor()
    if a.medewerker_id is None:
        raise GeenToegang(
            vertaal(
                "{wat} kan alleen een medewerker met de rol coördinator, bij naam: "
                "geef --gebruiker of JEUGDLOKET_GEBRUIKER (of meld u aan in het "
                "venster).",
                wat=wat,
            )
        )
    if Rol.COORDINATOR.value not in a.rollen:
        rollen = ", ".join(sorted(a.rollen)) or "geen"
        raise GeenToegang(
            vertaal("{wat} mag alleen een coördinator; uw rol: {rollen}.", wat=wat, rollen=rollen)
        )
    return a


def _open_verzoek(s: Session, verzoek_id: uuid.UUID) -> Vernietigingsverzoek:
    v = s.get(Vernietigingsverzoek, verzoek_id)
    if v is None:
        raise NietGevonden(vertaal("Dit vernietigingsverzoek bestaat niet"))
    if v.status == VERNIETIGD:
        raise Fout(
            vertaal(
                "Casus {casusnummer} is al vernietigd ({bevestigd_op:%d-%m-%Y}).",
                casusnummer=v.casusnummer,
                bevestigd_op=v.bevestigd_op,
            )
        )
    if v.status == INGETROKKEN:
        raise Fout(
            vertaal(
                "Het verzoek om casus {casusnummer} te vernietigen is ingetrokken door "
                "{ingetrokken_door}; vraag zo nodig opnieuw.",
                casusnummer=v.casusnummer,
                ingetrokken_door=v.ingetrokken_door,
            )
        )
    return v


# ---------------------------------------------------------------- the two steps


@rechten.handeling(ACTIE_GEVRAAGD, rollen=(Rol.COORDINATOR,), omschrijving="vernietiging gevraagd")
def vraag_vernietiging(
    db: Database, casus_id: uuid.UUID, reden: str, vandaag: date | None = None
) -> VerzoekData:
    """Step 1: a coördinator asks to destroy a file past its term, with a reason.

    The reason stays after the file is gone: write why (e.g. "bewaartermijn verstreken,
    geen lopende procedure"), never a name."""
    a = _coordinator("Vernietiging aanvragen")
    reden = (reden or "").strip()
    if len(reden) < MIN_REDEN:
        raise Validatiefout(
            {
                "reden": vertaal(
                    "Geef een reden (minstens {MIN_REDEN} tekens), bijvoorbeeld "
                    "'Bewaartermijn verstreken, geen lopende procedure'",
                    MIN_REDEN=MIN_REDEN,
                )
            }
        )
    if len(reden) > 500:
        raise Validatiefout({"reden": vertaal("De reden is te lang (hoogstens 500 tekens)")})
    vandaag = vandaag or date.today()
    with db.sessie() as s:
        conn = s.connection()
        casus = s.get(Casus, casus_id)
        if casus is None:
            raise NietGevonden(vertaal("Deze casus bestaat niet (meer)"))
        einde = einde_per_casus(conn, [casus_id]).get(casus_id)
        if einde is None:
            raise Fout(
                vertaal(
                    "Casus {casusnummer} kan niet vernietigd worden: de casus is niet "
                    "afgesloten of er loopt nog hulp zonder einddatum.",
                    casusnummer=casus.casusnummer,
                )
            )
        tot = bewaren_tot(einde)
        if vandaag <= tot:
            raise Fout(
                vertaal(
                    "Casus {casusnummer} moet bewaard worden tot en met {tot:%d-%m-%Y} (20 "
                    "jaar na het einde van de hulp op {einde:%d-%m-%Y}).",
                    casusnummer=casus.casusnummer,
                    tot=tot,
                    einde=einde,
                )
            )
        al = s.execute(
            select(Vernietigingsverzoek).where(
                Vernietigingsverzoek.casus_id == casus_id,
                Vernietigingsverzoek.status == AANGEVRAAGD,
            )
        ).scalar()
        if al is not None:
            raise Fout(
                vertaal(
                    "Voor casus {casusnummer} loopt al een verzoek van {gevraagd_door} "
                    "({gevraagd_op:%d-%m-%Y}); een andere coördinator kan het bevestigen.",
                    casusnummer=casus.casusnummer,
                    gevraagd_door=al.gevraagd_door,
                    gevraagd_op=al.gevraagd_op,
                )
            )
        v = Vernietigingsverzoek(
            casus_id=casus.id,
            casusnummer=casus.casusnummer,
            bewaren_tot=tot,
            reden=reden,
            gevraagd_door=a.gebruiker,
            gevraagd_op=nu(),
        )
        s.add(v)
        s.flush()
        rechten.noteer(
            casus.id, casus.casusnummer, omschrijving=f"bewaard tot en met {tot:%d-%m-%Y}"
        )
        return _verzoek_data(v)


@rechten.handeling(
    ACTIE_INGETROKKEN, rollen=(Rol.COORDINATOR,), omschrijving="vernietiging ingetrokken"
)
def intrekken(db: Database, verzoek_id: uuid.UUID) -> VerzoekData:
    """Withdraw an open request (by the one who asked or another coördinator): nothing is
    removed; the request stays as ingetrokken."""
    a = _coordinator("Een vernietigingsverzoek intrekken")
    with db.sessie() as s:
        v = _open_verzoek(s, verzoek_id)
        v.status = INGETROKKEN
        v.ingetrokken_door = a.gebruiker
        v.ingetrokken_op = nu()
        s.flush()
        rechten.noteer(v.casus_id, v.casusnummer)
        return _verzoek_data(v)


@rechten.handeling(ACTIE_VERNIETIGD, rollen=(Rol.COORDINATOR,), omschrijving="dossier vernietigd")
def bevestig_vernietiging(
    db: Database, verzoek_id: uuid.UUID, vandaag: date | None = None
) -> Vernietiging:
    """Step 2: a *different* coördinator confirms; the file is destroyed.

    The term is checked again (help may have been added since the request). Every row of the
    case goes in one transaction, which is rolled back if anything of it would remain."""
    a = _coordinator("Vernietiging bevestigen")
    vandaag = vandaag or date.today()
    with db.sessie() as s:
        v = _open_verzoek(s, verzoek_id)
        if v.gevraagd_door == a.gebruiker:
            raise GeenToegang(
                vertaal(
                    "U vroeg zelf om casus {casusnummer} te vernietigen. Een andere "
                    "coördinator moet dat bevestigen (vier-ogenprincipe).",
                    casusnummer=v.casusnummer,
                )
            )
        if v.casus_id is None:
            raise NietGevonden(
                vertaal("Casus {casusnummer} bestaat niet meer", casusnummer=v.casusnummer)
            )
        conn = s.connection()
        einde = einde_per_casus(conn, [v.casus_id]).get(v.casus_id)
        if einde is None or vandaag <= bewaren_tot(einde):
            raise Fout(
                vertaal(
                    "Casus {casusnummer} is niet (meer) voorbij de bewaartermijn: er is "
                    "intussen hulp of een later einde vastgelegd. Trek het verzoek in.",
                    casusnummer=v.casusnummer,
                )
            )
        casus_id, casusnummer = v.casus_id, v.casusnummer
        v.status = VERNIETIGD
        v.bevestigd_door = a.gebruiker
        v.bevestigd_op = nu()
        s.flush()
        rijen = _verwijder_casus(conn, casus_id)
        telling = s.get(VernietigingTelling, vandaag)
        if telling is None:
            s.add(VernietigingTelling(datum=vandaag, aantal=1))
        else:
            telling.aantal += 1
        rechten.noteer(
            casus_id, casusnummer, omschrijving=f"dossier vernietigd, verzoek van {v.gevraagd_door}"
        )
    opgeschoond = ruim_bestand_op(db)
    return Vernietiging(casusnummer, vandaag, rijen, opgeschoond)


# ---------------------------------------------------------------- removing, and checking it


@dataclass(frozen=True, slots=True)
class _Schema:
    """Every foreign key as (table, column, referred table, referred column, cascades) and the
    one-column primary key of each table, read from the database itself: a table added later
    is covered without a change here."""

    verwijzingen: list[tuple[str, str, str, str, bool]]
    sleutels: dict[str, str | None]


def _schema(conn: Connection) -> _Schema:
    ins = inspect(conn)
    verwijzingen, sleutels = [], {}
    for tabel in ins.get_table_names():
        pk = ins.get_pk_constraint(tabel).get("constrained_columns") or []
        # Tables keyed by a pair (doel_factor) are referred to by nobody: nothing to follow.
        sleutels[tabel] = pk[0] if len(pk) == 1 else None
        for fk in ins.get_foreign_keys(tabel):
            for kolom, naar in zip(fk["constrained_columns"], fk["referred_columns"], strict=True):
                cascade = (fk.get("options") or {}).get("ondelete", "").upper() == "CASCADE"
                verwijzingen.append((tabel, kolom, fk["referred_table"], naar, cascade))
    return _Schema(verwijzingen, sleutels)


def _waarden(conn: Connection, tabel: str, uit: str, kolom: str, waarden: set) -> set:
    """`uit` of the rows of `tabel` whose `kolom` is one of `waarden` (names come from the
    database's own catalogue, never from input)."""
    if not waarden:
        return set()
    q = text(f'SELECT "{uit}" FROM "{tabel}" WHERE "{kolom}" IN :w').bindparams(
        bindparam("w", expanding=True)
    )
    return {r[0] for r in conn.execute(q, {"w": list(waarden)})}


def _voetafdruk(
    conn: Connection, schema: _Schema, casus_id: uuid.UUID
) -> dict[tuple[str, str], set]:
    """The rows of one case – (table, key column) → key values as stored – following every
    cascading foreign key from `casus` outward: people, intake, plans, the actions of its
    goals, … (a SET NULL link, like a destruction request, is a row that outlives the case)."""
    # The key as the database stores it (32 hex digits on SQLite), found by the case number.
    nummer = _casusnummer(conn, casus_id)
    ruw = _waarden(conn, "casus", "id", "casusnummer", {nummer}) if nummer else set()
    afdruk: dict[tuple[str, str], set] = {("casus", "id"): ruw}
    veranderd = True
    while veranderd:
        veranderd = False
        for tabel, kolom, naar, naar_kolom, cascade in schema.verwijzingen:
            bron = afdruk.get((naar, naar_kolom))
            eigen = schema.sleutels.get(tabel)
            if not cascade or not bron or eigen is None:
                continue
            nieuw = _waarden(conn, tabel, eigen, kolom, bron) - afdruk.get((tabel, eigen), set())
            if nieuw:
                afdruk.setdefault((tabel, eigen), set()).update(nieuw)
                veranderd = True
    return afdruk


def _casusnummer(conn: Connection, casus_id: uuid.UUID) -> str | None:
    c = Casus.__table__.c
    return conn.execute(select(c.casusnummer).where(c.id == casus_id)).scalar()


class Restant(Fout):
    """Something of a destroyed case would remain: the transaction is rolled back."""


def _wis_bij_verwijderen(conn: Connection) -> None:
    """Overwrite deleted content with zeros in the pages themselves, so it is gone from the file
    even before (or without) the VACUUM after the commit. SQLCipher leaves this off by default
    (Debian's plain SQLite has it on); the key does not help if the laptop is taken unlocked."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA secure_delete = ON")


def _verwijder_casus(conn: Connection, casus_id: uuid.UUID) -> dict[str, int]:
    """Delete the case and let the database cascade; verify nothing refers to it any more."""
    _wis_bij_verwijderen(conn)
    schema = _schema(conn)
    afdruk = _voetafdruk(conn, schema, casus_id)
    conn.execute(delete(Casus.__table__).where(Casus.__table__.c.id == casus_id))
    rest = []
    for (tabel, kolom), waarden in afdruk.items():
        if _waarden(conn, tabel, kolom, kolom, waarden):
            rest.append(f"{tabel}")
    for tabel, kolom, naar, naar_kolom, _ in schema.verwijzingen:
        waarden = afdruk.get((naar, naar_kolom))
        if waarden and _waarden(conn, tabel, kolom, kolom, waarden):
            rest.append(
                vertaal(
                    "{tabel}.{kolom} (verwijst naar {naar})", tabel=tabel, kolom=kolom, naar=naar
                )
            )
    if rest:
        raise Restant(
            vertaal(
                "Vernietigen afgebroken, er is niets verwijderd. Van de casus zou blijven "
                "staan: {rest}",
                rest=", ".join(sorted(set(rest))),
            )
        )
    return {tabel: len(waarden) for (tabel, _), waarden in sorted(afdruk.items())}


def ruim_bestand_op(db: Database) -> bool:
    """Rewrite the SQLite file without free pages and empty the WAL, so no deleted text is
    left in it (older edits of other rows included). False when that could not be done now
    (another program holds the file, or another kind of database): it happens at the next
    destruction, and the deleted rows themselves were zeroed already."""
    if db.engine.dialect.name != "sqlite" or db.pad is None:
        return False
    try:
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM")
            bezet = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").first()
    except Exception:  # noqa: BLE001 - a busy file must not undo a completed destruction
        return False
    return bezet is not None and bezet[0] == 0


# ---------------------------------------------------------------- reading


def verzoeken(db: Database, alleen_open: bool = False) -> list[VerzoekData]:
    """Requests, newest first (no client data in them: the coördinator's account)."""
    with Session(db.engine) as s:
        q = select(Vernietigingsverzoek).order_by(Vernietigingsverzoek.gevraagd_op.desc())
        if alleen_open:
            q = q.where(Vernietigingsverzoek.status == AANGEVRAAGD)
        return [_verzoek_data(v) for v in s.execute(q).scalars()]


def open_verzoek_voor(db: Database, casusnummer: str) -> VerzoekData:
    """The open request for a case number (the command line names cases by number)."""
    nummer = (casusnummer or "").strip()
    with Session(db.engine) as s:
        v = s.execute(
            select(Vernietigingsverzoek).where(
                Vernietigingsverzoek.casusnummer == nummer,
                Vernietigingsverzoek.status == AANGEVRAAGD,
            )
        ).scalar()
    if v is None:
        raise NietGevonden(
            vertaal("Voor casus {nummer} is geen open vernietigingsverzoek", nummer=nummer)
        )
    return _verzoek_data(v)


def tellingen(db: Database) -> list[tuple[date, int]]:
    """Files destroyed per day, oldest first: the anonymous account that stays."""
    with Session(db.engine) as s:
        rijen = s.execute(select(VernietigingTelling).order_by(VernietigingTelling.datum)).scalars()
        return [(als_dag(r.datum), r.aantal) for r in rijen]


def casus_id_van(db: Database, casusnummer: str) -> uuid.UUID:
    nummer = (casusnummer or "").strip()
    c = Casus.__table__.c
    with db.engine.connect() as conn:
        casus_id = conn.execute(select(c.id).where(c.casusnummer == nummer)).scalar()
    if casus_id is None:
        raise NietGevonden(vertaal("Casus {nummer} bestaat niet", nummer=nummer))
    return casus_id
