"""Rights and the access log, as one layer every case-level service goes through.

A service entry point carries one decorator; it checks the right of whoever acts
(`Database.gebruiker`) and writes the access-log entry in the same transaction as the action:

    @rechten.casus(Actie.WIJZIGING)
    def wijzig_casus(db, casus_id, velden): ...

`casus` finds the case from the first parameter it knows (`casus_id`, `persoon_id`,
`contactmoment_id`, `factor_id`, `doel_id`, …). `handeling` guards an action by role
(a new case, an import, the weekly overview, the log) and lets the service note the cases it
touched with `noteer`. The entry is written when the service's session commits (a Session
`before_commit` hook), so an action and its trace are saved together or not at all; a service
that commits nothing gets its entry in a transaction of its own right after it returns.

Who acts:
- a medewerker (the window: whoever signed in; the command line: `--gebruiker` /
  JEUGDLOKET_GEBRUIKER) has the rights of their roles – an unknown or inactive name has none;
- `cli:<os user>`: the command line without a named medewerker. Whoever runs it holds the
  database key and could read the file anyway, so it may do everything; the log names it;
- `gebruiker=None`: internal work without a person (migrations, demo data, service tests);
  logged as "systeem". Nothing a user does runs like this: the window always signs in;
- anyone, while the database has no medewerker at all (setting up a new database: the first
  account, an import that brings the team along) – there is nobody to shield from yet.

Rules (README, "Aanmelden, rollen en logboek"):
- consulent: own cases (casus.consulent_id), cases without a consulent (the team's, to be picked
  up), cases shared with them (`delen.deel_casus`) and cases opened with a reason
  (`delen.open_met_reden`, waarneming: valid until the end of that day, logged with the reason);
- coördinator: every case, the weekly overview, the log;
- beheerder: catalogue and medewerkers; no case contents unless the medewerker also has another
  role (`extra_rollen`).
A call to a decorated service from inside another one is not checked or logged again: the outer
entry point answers for it (one entry per user action).
"""

import functools
import inspect
import uuid
from collections.abc import Callable, Iterable
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from types import SimpleNamespace
from typing import Any, TypeVar

from sqlalchemy import bindparam, event, exists, literal, or_, select, true
from sqlmodel import Session

from jeugdloket.db import Database
from jeugdloket.fouten import Fout, NietGevonden
from jeugdloket.models import Actie as ActieRij
from jeugdloket.models import (
    Casus,
    Contactmoment,
    Doel,
    Evaluatie,
    Factor,
    Medewerker,
    Persoon,
    Rol,
    Samenhang,
    Toewijzing,
    nu,
)
from jeugdloket.models.toegang import CasusDeling, Logboekregel
from jeugdloket.regels.logboek import OPDRACHTREGEL, SYSTEEM, Actie
from jeugdloket.services import keten
from jeugdloket.taal import vertaal
from jeugdloket.teamdb import CASUSREGISTER, is_postgres

F = TypeVar("F", bound=Callable[..., Any])

# Reading the same case again within this time is the same opening (the case view re-reads after
# every save): one "inzage" entry per opening, not one per keystroke.
INZAGE_VENSTER = timedelta(minutes=15)
DELING = "deling"
WAARNEMING = "waarneming"


# The access rights a role gives to case contents.
CASUSROLLEN = (Rol.CONSULENT.value, Rol.COORDINATOR.value)


class GeenToegang(Fout):
    """The acting medewerker may not do this. `met_reden`: a consulent may open it as waarneming."""

    def __init__(
        self,
        melding: str,
        casus_id: uuid.UUID | None = None,
        casusnummer: str | None = None,
        met_reden: bool = False,
    ):
        super().__init__(melding)
        self.casus_id = casus_id
        self.casusnummer = casusnummer
        self.met_reden = met_reden


def rollen_van(rol: str | None, extra_rollen: str | None) -> frozenset[str]:
    """`rol` (the main role, as before) plus the comma-separated `extra_rollen`."""
    rollen = {rol} if rol else set()
    rollen |= {r.strip() for r in (extra_rollen or "").split(",") if r.strip()}
    return frozenset(rollen)


@dataclass(frozen=True, slots=True)
class Actor:
    """Who acts: the name the log shows, the medewerker (if any) and their roles."""

    gebruiker: str
    medewerker_id: uuid.UUID | None = None
    rollen: frozenset[str] = frozenset()
    systeem: bool = False  # internal work, or the command line without a named medewerker
    naam: str | None = None

    def heeft(self, *rollen: str) -> bool:
        return self.systeem or any(r in self.rollen for r in rollen)

    @property
    def bekend(self) -> bool:
        return self.systeem or self.medewerker_id is not None


def lees_actor(verbinding, gebruiker: str | None) -> Actor:
    """Who `gebruiker` is, read on an open connection (None: internal work, the system)."""
    if gebruiker is None:
        return Actor(SYSTEEM, systeem=True)
    if gebruiker.startswith(OPDRACHTREGEL):
        return Actor(gebruiker, systeem=True)
    m = Medewerker.__table__.c
    rij = verbinding.execute(
        select(m.id, m.rol, m.extra_rollen, m.actief, m.naam).where(m.gebruikersnaam == gebruiker)
    ).first()
    return _actor_uit(verbinding, gebruiker, rij)


def _actor_uit(verbinding, gebruiker: str, rij) -> Actor:
    """The Actor for the medewerker row read for `gebruiker` (None: no such medewerker)."""
    m = Medewerker.__table__.c
    if rij is None and not verbinding.execute(select(exists().where(m.id.is_not(None)))).scalar():
        # A new database without any medewerker: nobody to shield from yet, whoever acts sets
        # it up (an import that brings the team along, the first account).
        return Actor(gebruiker, systeem=True)
    if rij is None or not rij.actief:
        return Actor(gebruiker)
    return Actor(gebruiker, rij.id, rollen_van(rij.rol, rij.extra_rollen), naam=rij.naam)


def actor(db: Database) -> Actor:
    """Who acts on this database, with their roles (read fresh: a beheerder may change them)."""
    with _leesverbinding(db) as conn:
        return lees_actor(conn, db.gebruiker)


def _leesverbinding(db: Database):
    """A connection for the rights check's reads. On PostgreSQL without a transaction of its
    own: no BEGIN and ROLLBACK around them (two round trips, before every action)."""
    conn = db.engine.connect()
    if is_postgres(conn):
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
    return conn


def _onbekend(a: Actor) -> str:
    return (
        f"Medewerker '{a.gebruiker}' is onbekend of niet (meer) actief: geen toegang. "
        "Geef een bestaande gebruikersnaam (--gebruiker of JEUGDLOKET_GEBRUIKER)."
    )


def klok() -> datetime:
    """Now; tests replace it to move time forward."""
    return nu()


def einde_van_de_dag(moment: datetime) -> datetime:
    return datetime.combine(moment.date(), time(23, 59, 59))


# ---------------------------------------------------------------- the case a call is about

# Parameter name → the table whose row belongs to one case (by its casus_id column).
OBJECTEN: dict[str, Any] = {
    "casus_id": None,
    "persoon_id": Persoon,
    "contactmoment_id": Contactmoment,
    "factor_id": Factor,
    "van_id": Factor,
    "samenhang_id": Samenhang,
    "doel_id": Doel,
    "actie_id": ActieRij,
    "toewijzing_id": Toewijzing,
    "evaluatie_id": Evaluatie,
}


@dataclass(frozen=True, slots=True)
class CasusKop:
    """What the rights check needs of a case: its id, number and consulent."""

    id: uuid.UUID
    casusnummer: str
    consulent_id: uuid.UUID | None


def casus_kop(verbinding, parameter: str, waarde: Any) -> CasusKop | None:
    """The case an id belongs to (None: the row does not exist; the service says so itself)."""
    if waarde is None:
        return None
    rij = verbinding.execute(_kop_vraag(verbinding, parameter, waarde)).first()
    return CasusKop(rij.id, rij.casusnummer, rij.consulent_id) if rij else None


def _kop_vraag(verbinding, parameter: str, waarde: Any):
    return _kop_vraag_op(is_postgres(verbinding), parameter, waarde)


def _kop_vraag_op(postgres: bool, parameter: str, waarde: Any):
    # On the team register the case row of someone else's case is invisible to a consulent;
    # its number and consulent are in the register view, so the refusal can name them.
    bron = CASUSREGISTER if postgres else Casus.__table__
    c = bron.c
    q = select(c.id, c.casusnummer, c.consulent_id)
    model = OBJECTEN[parameter]
    if model is None:
        q = q.where(c.id == waarde)
    elif model is ActieRij:
        d, a = Doel.__table__.c, ActieRij.__table__.c
        q = q.select_from(bron).join(Doel.__table__, d.casus_id == c.id)
        q = q.join(ActieRij.__table__, a.doel_id == d.id).where(a.id == waarde)
    else:
        t = model.__table__
        q = q.select_from(bron).join(t, t.c.casus_id == c.id).where(t.c.id == waarde)
    return q


def actor_en_kop(
    verbinding, gebruiker: str | None, parameter: str, waarde: Any
) -> tuple[Actor, CasusKop | None]:
    """Who acts and the case the call is about, read in one round trip (every guarded call
    asks both; on the team register each query is a trip to the server)."""
    if gebruiker is None or gebruiker.startswith(OPDRACHTREGEL) or waarde is None:
        return lees_actor(verbinding, gebruiker), casus_kop(verbinding, parameter, waarde)
    rij = verbinding.execute(
        _actor_en_kop_vraag(is_postgres(verbinding), parameter),
        {"jl_gebruiker": gebruiker, "jl_waarde": waarde},
    ).one()
    medewerker = (
        SimpleNamespace(
            id=rij.m_id,
            rol=rij.rol,
            extra_rollen=rij.extra_rollen,
            actief=rij.actief,
            naam=rij.naam,
        )
        if rij.m_id is not None
        else None
    )
    a = _actor_uit(verbinding, gebruiker, medewerker)
    k = CasusKop(rij.k_id, rij.casusnummer, rij.consulent_id) if rij.k_id is not None else None
    return a, k


@functools.cache
def _actor_en_kop_vraag(postgres: bool, parameter: str):
    """actor_en_kop's query, built once per engine kind and parameter (building it took more
    of the client's time than the server took to answer it)."""
    m = Medewerker.__table__.c
    wie = (
        select(m.id, m.rol, m.extra_rollen, m.actief, m.naam)
        .where(m.gebruikersnaam == bindparam("jl_gebruiker"))
        .subquery("wie")
    )
    kop = _kop_vraag_op(postgres, parameter, bindparam("jl_waarde")).limit(1).subquery("kop")
    # One row whether or not either part finds anything.
    basis = select(literal(1).label("een")).subquery("basis")
    return (
        select(
            wie.c.id.label("m_id"),
            wie.c.rol,
            wie.c.extra_rollen,
            wie.c.actief,
            wie.c.naam,
            kop.c.id.label("k_id"),
            kop.c.casusnummer,
            kop.c.consulent_id,
        )
        .select_from(basis)
        .outerjoin(wie, true())
        .outerjoin(kop, true())
    )


def _gedeeld(verbinding, casus_id: uuid.UUID, medewerker_id: uuid.UUID, moment: datetime) -> bool:
    d = CasusDeling.__table__.c
    return bool(
        verbinding.execute(
            select(
                exists().where(
                    d.casus_id == casus_id,
                    d.medewerker_id == medewerker_id,
                    or_(d.tot.is_(None), d.tot > moment),
                )
            )
        ).scalar()
    )


def weigering_voor(verbinding, a: Actor, kop: CasusKop, moment: datetime) -> GeenToegang | None:
    """None when `a` may see and change this case; otherwise the refusal to raise."""
    if a.systeem or Rol.COORDINATOR.value in a.rollen:
        return None
    if not a.bekend:
        return GeenToegang(_onbekend(a), kop.id, kop.casusnummer)
    if Rol.CONSULENT.value in a.rollen:
        if kop.consulent_id is None or kop.consulent_id == a.medewerker_id:
            return None
        if _gedeeld(verbinding, kop.id, a.medewerker_id, moment):
            return None
        naam = verbinding.execute(
            select(Medewerker.__table__.c.naam).where(Medewerker.__table__.c.id == kop.consulent_id)
        ).scalar()
        return GeenToegang(
            vertaal(
                "Casus {casusnummer} is van een andere consulent ({waarde}). Open hem "
                "met een reden (waarneming) of vraag de consulent hem met u te delen.",
                casusnummer=kop.casusnummer,
                waarde=naam or "onbekend",
            ),
            kop.id,
            kop.casusnummer,
            met_reden=True,
        )
    rollen = ", ".join(sorted(a.rollen)) or "geen rol"
    return GeenToegang(
        vertaal(
            "Met uw rol ({rollen}) heeft u geen toegang tot de inhoud van casussen "
            "(casus {casusnummer}).",
            rollen=rollen,
            casusnummer=kop.casusnummer,
        ),
        kop.id,
        kop.casusnummer,
    )


# ---------------------------------------------------------------- the running action


@dataclass
class _Handeling:
    db: Database
    actor: Actor
    actie: str
    omschrijving: str | None
    regels: list[dict[str, Any]] = field(default_factory=list)
    weigeringen: list[dict[str, Any]] = field(default_factory=list)
    # (case, action) already noted: a service that calls another (a PDF reads the case through
    # the export) still leaves one entry per case for the user's action.
    genoteerd: set[tuple[Any, str]] = field(default_factory=set)

    def noteer(self, regel: dict[str, Any]) -> None:
        sleutel = (regel["casus_id"] or regel["casusnummer"], regel["actie"])
        if regel["casus_id"] is None and regel["casusnummer"] is None:
            sleutel = (regel["omschrijving"], regel["actie"])
        if sleutel not in self.genoteerd:
            self.genoteerd.add(sleutel)
            self.regels.append(regel)


_lopend: ContextVar[_Handeling | None] = ContextVar("jeugdloket_handeling", default=None)


def logregel(
    a: Actor,
    actie: str,
    casus_id: uuid.UUID | None = None,
    casusnummer: str | None = None,
    reden: str | None = None,
    omschrijving: str | None = None,
) -> dict[str, Any]:
    return {
        "gebruiker": a.gebruiker,
        "actie": str(actie),
        "casus_id": casus_id,
        "casusnummer": casusnummer,
        "reden": reden,
        "omschrijving": omschrijving,
    }


def schrijf_los(db: Database, regels: list[dict[str, Any]]) -> None:
    """Entries in a transaction of their own (no session of the action is open any more)."""
    if regels:
        with db.engine.begin() as conn:
            keten.schrijf(conn, regels)


@event.listens_for(Session, "before_commit")
def _schrijf_bij_commit(session: Session) -> None:
    """The pending entries of the running action go into the transaction that saves it."""
    h = _lopend.get()
    if h is None or not h.regels or session.get_bind() is not h.db.engine:
        return
    regels, h.regels = h.regels, []
    keten.schrijf(session, regels)


def noteer(
    casus_id: uuid.UUID | None,
    casusnummer: str | None,
    actie: str | None = None,
    omschrijving: str | None = None,
    reden: str | None = None,
) -> None:
    """Note an entry for the running action (a service guarded by `handeling`)."""
    h = _lopend.get()
    if h is None:
        raise RuntimeError("noteer() buiten een handeling: zet @rechten.handeling op de dienst")
    h.noteer(
        logregel(
            h.actor, actie or h.actie, casus_id, casusnummer, reden, omschrijving or h.omschrijving
        )
    )


def _voer_uit(h: _Handeling, functie: Callable, args, kwargs) -> Any:
    token = _lopend.set(h)
    try:
        uitkomst = functie(*args, **kwargs)
    except BaseException:
        _lopend.reset(token)
        schrijf_los(h.db, h.weigeringen)
        raise
    _lopend.reset(token)
    schrijf_los(h.db, h.regels)
    return uitkomst


def lopende_actor(db: Database) -> Actor | None:
    """Who acts in the guarded action running on `db` (read by its check), else None."""
    h = _lopend.get()
    return h.actor if h is not None and h.db is db else None


def lopende_logregels(db: Database) -> list[dict[str, Any]] | None:
    """The entries the guarded action running on `db` has yet to write (None: no such action).
    A service that writes them itself, in the same statement as its change, clears the list."""
    h = _lopend.get()
    return h.regels if h is not None and h.db is db else None


def _binnen(db: Database) -> bool:
    h = _lopend.get()
    return h is not None and h.db is db


def _markeer(wrapper: Callable, actie: Actie, soort: str) -> None:
    # Tests walk the services and check every case-level entry point carries a guard.
    wrapper.__rechten__ = (soort, actie)  # type: ignore[attr-defined]


# What a service did, in the words a client reads in "wie heeft mijn dossier ingezien" (the log
# keeps this text; a service not listed is named by its function, underscores as spaces).
OMSCHRIJVINGEN = {
    "casussen.casus_detail": "dossier geopend",
    "casussen.wijzig_casus": "aanmelding gewijzigd",
    "casussen.sluit_casus": "casus afgesloten",
    "casussen.heropen_casus": "casus heropend",
    "casussen.voeg_persoon_toe": "persoon toegevoegd",
    "casussen.wijzig_persoon": "gegevens van een persoon gewijzigd",
    "casussen.verwijder_persoon": "persoon verwijderd",
    "casussen.voeg_contactmoment_toe": "contactmoment toegevoegd",
    "casussen.wijzig_contactmoment": "contactmoment gewijzigd",
    "casussen.verwijder_contactmoment": "contactmoment verwijderd",
    "intake.intake": "intake en analyse bekeken",
    "intake.zet_intake": "intake gewijzigd",
    "levenskracht.zet_leefgebied": "levenskracht gewijzigd",
    "levenskracht.zet_netwerklid": "netwerk gewijzigd",
    "levenskracht.verwijder_netwerklid": "netwerklid verwijderd",
    "analyse.voeg_factor_toe": "factor toegevoegd",
    "analyse.wijzig_factor": "factor gewijzigd",
    "analyse.verwijder_factor": "factor verwijderd",
    "analyse.voeg_samenhang_toe": "samenhang toegevoegd",
    "analyse.wijzig_samenhang": "samenhang gewijzigd",
    "analyse.verwijder_samenhang": "samenhang verwijderd",
    "analyse.voeg_doel_toe": "doel toegevoegd",
    "analyse.wijzig_doel": "doel gewijzigd",
    "analyse.verplaats_doel": "volgorde van de doelen gewijzigd",
    "analyse.verwijder_doel": "doel verwijderd",
    "analyse.zet_doel_factoren": "factoren bij een doel gewijzigd",
    "analyse.voeg_actie_toe": "actie toegevoegd",
    "analyse.wijzig_actie": "actie gewijzigd",
    "analyse.verwijder_actie": "actie verwijderd",
    "intake.rond_af": "analyse afgerond",
    "intake.heropen": "analyse heropend",
    "plannen.plannen": "plannen bekeken",
    "plannen.zet_familiegroepsplan": "familiegroepsplan gewijzigd",
    "plannen.zet_perspectiefplan": "perspectiefplan gewijzigd",
    "plannen.zet_gebied": "perspectiefplan gewijzigd",
    "plannen.stel_vast": "plan vastgesteld",
    "meldcode.meldcode": "meldcode bekeken",
    "meldcode.start_traject": "meldcode-traject gestart",
    "meldcode.zet_stap": "meldcode-stap vastgelegd",
    "meldcode.zet_besluit": "meldcode: besluit stap 5 vastgelegd",
    "meldcode.rond_af": "meldcode-traject afgerond",
    "veiligheidsplan.veiligheidsplan": "veiligheidsplan bekeken",
    "veiligheidsplan.zet_veiligheidsplan": "veiligheidsplan gewijzigd",
    "veiligheidsplan.stel_vast": "veiligheidsplan vastgesteld",
    "toewijzingen.lijst": "toewijzingen bekeken",
    "toewijzingen.toewijzing": "toewijzing bekeken",
    "toewijzingen.keuzes": "keuzes van het gezin bekeken",
    "toewijzingen.maak": "toewijzing aangevraagd",
    "toewijzingen.wijzig": "toewijzing gewijzigd",
    "toewijzingen.start": "hulp gestart",
    "toewijzingen.beeindig": "toewijzing beëindigd",
    "toewijzingen.wijs_af": "toewijzing afgewezen",
    "toewijzingen.verwijder": "aanvraag verwijderd",
    "toewijzingen.leg_toestemming_vast": "toestemming van het gezin vastgelegd",
    "toewijzingen.trek_toestemming_in": "toestemming ingetrokken",
    "toewijzingen.deel_met_aanbieder": "gedeeld met de aanbieder",
    "toewijzingen.leg_keuze_vast": "keuze van het gezin vastgelegd",
    "evaluatie.evaluaties": "evaluaties bekeken",
    "evaluatie.maak": "evaluatie vastgelegd",
    "evaluatie.wijzig": "evaluatie gewijzigd",
    "evaluatie.zet_doel": "evaluatie van een doel gewijzigd",
    "evaluatie.leg_besluit_vast": "besluit bij evaluatie vastgelegd",
    "evaluatie.wijzig_besluit": "besluit bij evaluatie gewijzigd",
    "evaluatie.verwijder": "evaluatie verwijderd",
    "planlijn.planlijnen": "plan in één oogopslag bekeken",
    "zoeken_catalogus.zoek_voor_casus": "zorg gezocht voor de casus",
}


def _omschrijving(functie: Callable) -> str:
    sleutel = f"{functie.__module__.rsplit('.', 1)[-1]}.{functie.__name__}"
    return OMSCHRIJVINGEN.get(sleutel) or functie.__name__.replace("_", " ")


def casus(actie: Actie, omschrijving: str | None = None) -> Callable[[F], F]:
    """Guard a service about one case: check the right, refuse (logged), or log the action."""

    def decorator(functie: F) -> F:
        handtekening = inspect.signature(functie)
        parameter = next((p for p in OBJECTEN if p in handtekening.parameters), None)
        if parameter is None:
            raise TypeError(f"{functie.__name__}: geen parameter die een casus aanwijst")
        wat = omschrijving or _omschrijving(functie)

        @functools.wraps(functie)
        def wrapper(*args, **kwargs):
            gebonden = handtekening.bind(*args, **kwargs)
            db: Database = gebonden.arguments["db"]
            if _binnen(db):
                return functie(*args, **kwargs)
            moment = klok()
            with _leesverbinding(db) as conn:
                a, kop = actor_en_kop(
                    conn, db.gebruiker, parameter, gebonden.arguments.get(parameter)
                )
                weigering = weigering_voor(conn, a, kop, moment) if kop else None
                al_gezien = (
                    kop is not None
                    and weigering is None
                    and actie is Actie.INZAGE
                    and _recent_ingezien(conn, a, kop.id, moment)
                )
            if weigering is not None:
                schrijf_los(
                    db, [logregel(a, Actie.GEWEIGERD, kop.id, kop.casusnummer, omschrijving=wat)]
                )
                raise weigering
            h = _Handeling(db, a, actie, wat)
            if kop is not None:
                regel = logregel(a, actie, kop.id, kop.casusnummer, omschrijving=wat)
                h.noteer(regel)
                if al_gezien:  # an inzage of this opening is in the log already
                    h.regels.remove(regel)
            return _voer_uit(h, functie, args, kwargs)

        _markeer(wrapper, actie, "casus")
        return wrapper  # type: ignore[return-value]

    return decorator


def handeling(
    actie: Actie,
    rollen: Iterable[str] = (),
    omschrijving: str | None = None,
    zonder_casus: bool = False,
) -> Callable[[F], F]:
    """Guard a service by role (empty `rollen`: any known medewerker); the service notes the
    cases it touches with `noteer`. `zonder_casus`: log the action itself, without a case."""
    nodig = tuple(str(r) for r in rollen)

    def decorator(functie: F) -> F:
        handtekening = inspect.signature(functie)
        wat = omschrijving or functie.__name__

        @functools.wraps(functie)
        def wrapper(*args, **kwargs):
            db: Database = handtekening.bind(*args, **kwargs).arguments["db"]
            if _binnen(db):
                return functie(*args, **kwargs)
            a = actor(db)
            melding = None
            if not a.bekend:
                melding = _onbekend(a)
            elif nodig and not a.heeft(*nodig):
                melding = (
                    f"Dit mag alleen een {' of '.join(nodig)} ({_leesbaar(wat)}); "
                    f"uw rol: {', '.join(sorted(a.rollen)) or 'geen'}."
                )
            if melding:
                schrijf_los(db, [logregel(a, Actie.GEWEIGERD, omschrijving=wat)])
                raise GeenToegang(melding)
            h = _Handeling(db, a, actie, wat)
            if zonder_casus:
                h.noteer(logregel(a, actie, omschrijving=wat))
            return _voer_uit(h, functie, args, kwargs)

        _markeer(wrapper, actie, "handeling")
        return wrapper  # type: ignore[return-value]

    return decorator


def _leesbaar(wat: str) -> str:
    return wat.replace("_", " ")


def _recent_ingezien(verbinding, a: Actor, casus_id: uuid.UUID, moment: datetime) -> bool:
    c = Logboekregel.__table__.c
    laatste = verbinding.execute(
        select(c.moment)
        .where(c.casus_id == casus_id, c.gebruiker == a.gebruiker, c.actie == Actie.INZAGE.value)
        .order_by(c.volgnummer.desc())
        .limit(1)
    ).scalar()
    return laatste is not None and moment - laatste < INZAGE_VENSTER


# ---------------------------------------------------------------- several cases at once


def huidige_actor() -> Actor:
    """The actor of the running action (inside a service guarded by `handeling`)."""
    h = _lopend.get()
    if h is None:
        raise RuntimeError("huidige_actor() buiten een handeling")
    return h.actor


def casusfilter(a: Actor, moment: datetime | None = None) -> Any:
    """A WHERE condition on `casus` for the cases `a` may open; None: no limit (all cases)."""
    if a.systeem or Rol.COORDINATOR.value in a.rollen:
        return None
    c = Casus.__table__.c
    if not a.bekend or Rol.CONSULENT.value not in a.rollen:
        return c.id.is_(None)  # matches nothing: a case always has an id
    moment = moment or klok()
    d = CasusDeling.__table__.c
    gedeeld = select(d.casus_id).where(
        d.medewerker_id == a.medewerker_id, or_(d.tot.is_(None), d.tot > moment)
    )
    return or_(c.consulent_id == a.medewerker_id, c.consulent_id.is_(None), c.id.in_(gedeeld))


def toegankelijk(verbinding, a: Actor, moment: datetime | None = None) -> set[uuid.UUID] | None:
    """The ids of the cases `a` may open; None means all of them (coördinator, system)."""
    voorwaarde = casusfilter(a, moment)
    if voorwaarde is None:
        return None
    return set(verbinding.execute(select(Casus.__table__.c.id).where(voorwaarde)).scalars())


def vereis_casussen(
    verbinding, koppen: Iterable[tuple[uuid.UUID, str]], actie: Actie | None = None
) -> None:
    """Inside a `handeling`: every listed case must be open to the actor, else GeenToegang for
    the first that is not (logged once the action's session rolled back). With `actie`, an entry
    per case is noted as well."""
    h = _lopend.get()
    if h is None:
        raise RuntimeError("vereis_casussen() buiten een handeling")
    koppen = list(koppen)
    mag = toegankelijk(verbinding, h.actor) if koppen else None
    for casus_id, casusnummer in koppen:
        if mag is not None and casus_id not in mag:
            kop = casus_kop(verbinding, "casus_id", casus_id) or CasusKop(
                casus_id, casusnummer, None
            )
            weigering = weigering_voor(verbinding, h.actor, kop, klok()) or GeenToegang(
                vertaal("Geen toegang tot casus {casusnummer}.", casusnummer=casusnummer),
                casus_id,
                casusnummer,
            )
            h.weigeringen.append(
                logregel(
                    h.actor, Actie.GEWEIGERD, casus_id, casusnummer, omschrijving=h.omschrijving
                )
            )
            raise weigering
    if actie is not None:
        for casus_id, casusnummer in koppen:
            noteer(casus_id, casusnummer, actie)


REDEN_REGISTRATIE = "Aanmelding geregistreerd voor een collega"


def registratietoegang(s: Session, casus_id: uuid.UUID, consulent_id: uuid.UUID | None) -> None:
    """Inside `maak_casus`: a consulent who registers an aanmelding for a colleague may fill it
    in today (the window opens the new case at once) – a waarneming until the end of the day."""
    a = huidige_actor()
    if (
        a.systeem
        or Rol.COORDINATOR.value in a.rollen
        or a.medewerker_id is None
        or consulent_id in (None, a.medewerker_id)
    ):
        return
    moment = klok()
    s.add(
        CasusDeling(
            casus_id=casus_id,
            medewerker_id=a.medewerker_id,
            soort=WAARNEMING,
            door=a.gebruiker,
            op=moment,
            tot=einde_van_de_dag(moment),
            reden=REDEN_REGISTRATIE,
        )
    )


# ---------------------------------------------------------------- for the window


@dataclass(frozen=True, slots=True)
class Toegang:
    """May the acting medewerker open this case? `met_reden`: yes, after giving a reason."""

    mag: bool
    met_reden: bool
    melding: str | None
    casusnummer: str


def toegang_tot(db: Database, casus_id: uuid.UUID) -> Toegang:
    """Asked by the window before it opens a case tab; changes and logs nothing."""
    with db.engine.connect() as conn:
        a = lees_actor(conn, db.gebruiker)
        kop = casus_kop(conn, "casus_id", casus_id)
        if kop is None:
            raise NietGevonden(vertaal("Deze casus bestaat niet (meer)"))
        w = weigering_voor(conn, a, kop, klok())
    if w is None:
        return Toegang(True, False, None, kop.casusnummer)
    return Toegang(False, w.met_reden, str(w), kop.casusnummer)


def ziet_casuslijst(db: Database) -> bool:
    """The case list (numbers, names, status – to find a family) is for the case roles only."""
    a = actor(db)
    return a.heeft(*CASUSROLLEN)
