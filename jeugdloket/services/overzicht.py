"""The weekly overview (weekoverzicht): load light records of every case, compute the figures.

Loading is a handful of bulk Core queries (one per table, no ORM objects): 50,000 cases with
80,000 toewijzingen load in about two seconds. `laad_casussen` is the only place that knows
where a part is stored (toewijzingen, intake, plans: each in its own table). The screen first
reads only the cases that can count in the weeks it shows (`venster`), then the rest.
"""

import threading
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    Column,
    MetaData,
    String,
    Table,
    Uuid,
    and_,
    cast,
    func,
    or_,
    select,
    type_coerce,
)

from jeugdloket.db import Database
from jeugdloket.fouten import Fout
from jeugdloket.models import (
    Casus,
    Contactmoment,
    Evaluatie,
    Familiegroepsplan,
    Intake,
    Medewerker,
    Persoon,
    Perspectiefplan,
    Rol,
    Toewijzing,
)
from jeugdloket.regels import kpi, kpi_feiten
from jeugdloket.regels.kpi import Overzicht, Week
from jeugdloket.regels.kpi_feiten import CasusFeit, JeugdigeFeit
from jeugdloket.regels.werkdagen import Werkdagen
from jeugdloket.services import rechten
from jeugdloket.services.rechten import Actie as Handeling
from jeugdloket.taal import vertaal
from jeugdloket.teamdb import is_postgres


class OngeldigeWeek(Fout):
    """A week the user typed that is not an ISO week; the message is Dutch."""


def lees_week(tekst: str) -> Week:
    """ "2026-W47" → Week; a Dutch `OngeldigeWeek` for anything else."""
    try:
        return Week.lees(tekst)
    except ValueError as e:
        raise OngeldigeWeek(str(e)) from None


def laatste_volledige_week(vandaag: date | None = None) -> Week:
    """The last ISO week that has ended before `vandaag` (default: today)."""
    return kpi.laatste_volledige_week(vandaag or date.today())


def lees_sluitingsdag(tekst: str) -> date:
    try:
        return date.fromisoformat(tekst.strip())
    except ValueError:
        raise Fout(
            vertaal(
                "'{tekst}' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-12-24", tekst=tekst
            )
        ) from None


def _dagtekst(kolom):
    # The figures compare calendar dates: "2026-11-16T09:30:00" is cut to its day by the
    # database, so the few thousand distinct days are parsed once each.
    return func.substr(_tekst(kolom), 1, 10)


def _tekst(kolom):
    # The raw ISO text (or id) as stored: parsing it ourselves, with a cache per distinct day,
    # is several times faster than a type processor per row. An id as text from the database
    # too: PostgreSQL's uuid column would otherwise arrive as uuid.UUID objects, slow to make
    # and to hash as dictionary keys (SQLite stores the text already: the same value there).
    if isinstance(kolom.type, Uuid):
        return cast(kolom, String)
    return type_coerce(kolom, String)


_CASUSKOLOMMEN = ("casusnummer", "consulent_id", "verwijzer", "aanmeld", "contact", "dicht")


def _alle(conn, q) -> list:
    # All rows at once: iterating a result fetches row by row, a Python call per row each
    # (on PostgreSQL a quarter of the overview's time for ~40,000 rows).
    return conn.execute(q).all()


# Per connection (TEMPORARY): two screens computing at once never see each other's window.
# With the case columns the figures need: the window's cases are then read from here, not
# by joining the whole case table again (on PostgreSQL a scan of every case).
_VENSTER = Table(
    "overzicht_venster",
    MetaData(),
    Column("id", Uuid, primary_key=True),
    *(Column(k, String) for k in _CASUSKOLOMMEN),
    prefixes=["TEMPORARY"],
)


def _casuskolommen(c) -> list:
    """The columns of a case the figures read, as text (see _tekst), in _CASUSKOLOMMEN order."""
    return [
        c.casusnummer,
        _tekst(c.consulent_id),
        c.verwijzer,
        _dagtekst(c.aanmelddatum),
        _dagtekst(c.eerste_contact),
        _dagtekst(c.afgesloten_op),
    ]


def _venster(van: date, tot: date, werkdagen: Werkdagen):
    """The ids (and _casuskolommen) of the cases that can count in any week from `van` (a Monday) to `tot` (a
    Sunday): a superset of `kpi._in_venster`, done by the database, so the screen's first
    week reads a few thousand cases instead of the whole register (kept 20 years)."""
    c = Casus.__table__.c
    t = Toewijzing.__table__.c
    tot_iso = (tot + timedelta(days=1)).isoformat()  # "< next day": stored values carry a time
    van_iso = van.isoformat()
    # The earliest registration whose first-contact deadline can still fall on or after `van`.
    grens = van
    while werkdagen.deadline_eerste_contact(grens - timedelta(days=1)) >= van:
        grens -= timedelta(days=1)
    open_of_nieuw = and_(
        _tekst(c.aanmelddatum) < tot_iso,
        or_(
            c.afgesloten_op.is_(None),
            _tekst(c.afgesloten_op) >= van_iso,
            _tekst(c.aanmelddatum) >= grens.isoformat(),
        ),
    )
    met_toewijzing = select(t.casus_id).where(
        or_(t.status.is_(None), t.status != "afgewezen"),
        or_(
            and_(
                _tekst(t.ingangsdatum) < tot_iso,
                or_(t.einddatum.is_(None), _tekst(t.einddatum) >= van_iso),
            ),
            and_(
                _tekst(t.aanvraagdatum) < tot_iso,
                or_(t.ingangsdatum.is_(None), _tekst(t.ingangsdatum) >= van_iso),
            ),
        ),
    )
    return select(c.id, *_casuskolommen(c)).where(or_(open_of_nieuw, c.id.in_(met_toewijzing)))


# The weekly figures are the coördinator's; each load is one "overzicht" entry in the access log
# (no case: the overview shows casusnummers and pseudonyms, no personal data).
@rechten.handeling(
    Handeling.OVERZICHT,
    rollen=(Rol.COORDINATOR.value,),
    omschrijving="weekoverzicht",
    zonder_casus=True,
)
def laad_casussen(
    db: Database,
    venster: tuple[date, date] | None = None,
    werkdagen: Werkdagen | None = None,
) -> list[CasusFeit]:
    """The light record of every case, from one query per table.

    With `venster` (first Monday, last Sunday) only the cases that can count in those weeks
    are read; `werkdagen` then gives the closing days for the first-contact deadline.
    """
    c = Casus.__table__.c
    jeugdigen: dict[Any, list[JeugdigeFeit]] = defaultdict(list)
    analyse: dict[Any, date | None] = {}
    evaluaties: dict[Any, list[date]] = defaultdict(list)
    toewijzingen: dict[Any, list[kpi_feiten.ToewijzingFeit]] = defaultdict(list)
    datums = kpi_feiten.Datums()
    dag = datums.__getitem__
    ids = None

    def binnen(q, kolom):
        return q if ids is None else q.where(kolom.in_(ids))

    with db.engine.connect() as conn:
        if is_postgres(conn):
            # Reads of whole tables (or a few thousand cases' rows): not worth a JIT compile.
            conn.exec_driver_sql("SET LOCAL jit = off")
        if venster is not None:
            # The window's ids go into a temporary table once; every table below is then read
            # through its casus_id index instead of evaluating the window per query.
            _VENSTER.create(conn, checkfirst=True)
            conn.execute(_VENSTER.delete())
            conn.execute(
                _VENSTER.insert().from_select(
                    ["id", *_CASUSKOLOMMEN],
                    _venster(venster[0], venster[1], werkdagen or Werkdagen()),
                )
            )
            ids = select(_VENSTER.c.id)
        namen = dict(conn.execute(select(_tekst(Medewerker.id), Medewerker.gebruikersnaam)).all())
        p = Persoon.__table__.c
        refs: dict[Any, str] = {}
        for persoon_id, casus_id, ref, geboren in _alle(
            conn,
            binnen(
                select(_tekst(p.id), _tekst(p.casus_id), p.ref, _tekst(p.geboortedatum)).where(
                    p.rol == "jeugdige"
                ),
                p.casus_id,
            ),
        ):
            refs[persoon_id] = ref
            jeugdigen[casus_id].append(JeugdigeFeit(ref, dag(geboren)))
        i = Intake.__table__.c
        for casus_id, afgerond in _alle(
            conn,
            binnen(
                select(_tekst(i.casus_id), _tekst(i.afgerond_op)).where(i.afgerond_op.is_not(None)),
                i.casus_id,
            ),
        ):
            analyse[casus_id] = dag(afgerond)
        m = Contactmoment.__table__.c
        for casus_id, datum in _alle(
            conn,
            binnen(
                select(_tekst(m.casus_id), _dagtekst(m.datum)).where(
                    m.soort == "evaluatie", m.datum.is_not(None)
                ),
                m.casus_id,
            ),
        ):
            evaluaties[casus_id].append(dag(datum))
        # A recorded evaluation counts as its evaluation moment too (kpi.md figure 10).
        e = Evaluatie.__table__.c
        for casus_id, datum in _alle(
            conn, binnen(select(_tekst(e.casus_id), _dagtekst(e.datum)), e.casus_id)
        ):
            evaluaties[casus_id].append(dag(datum))
        t = Toewijzing.__table__.c
        for casus_id, *rij in _alle(
            conn,
            binnen(
                select(
                    _tekst(t.casus_id),
                    t.jeugdige_ref,
                    t.aanbieder_agb,
                    t.productcategorie,
                    t.segment,
                    t.status,
                    _dagtekst(t.aanvraagdatum),
                    _dagtekst(t.ingangsdatum),
                    _dagtekst(t.einddatum),
                ).order_by(t.casus_id, t.volgorde),
                t.casus_id,
            ),
        ):
            jeugdige, agb, categorie, segment, status, aanvraag, ingang, einde = rij
            toewijzingen[casus_id].append(
                kpi_feiten.ToewijzingFeit(
                    jeugdige,
                    agb,
                    categorie,
                    segment,
                    status,
                    dag(aanvraag),
                    dag(ingang),
                    dag(einde),
                )
            )
        fgp_tabel, pp_tabel = _plannen_uit_tabellen(conn, refs, binnen)
        if ids is None:
            q = select(_tekst(c.id), *_casuskolommen(c))
        else:
            v = _VENSTER.c
            q = select(_tekst(v.id), *(v[k] for k in _CASUSKOLOMMEN))
        uit = []
        for casus_id, nummer, consulent_id, verwijzer, aanmeld, contact, dicht in _alle(conn, q):
            uit.append(
                CasusFeit(
                    casusnummer=nummer,
                    aanmelddatum=dag(aanmeld),
                    consulent=namen.get(consulent_id),
                    verwijzer=verwijzer,
                    eerste_contact=dag(contact),
                    afgesloten_op=dag(dicht),
                    analyse_afgerond_op=analyse.get(casus_id),
                    familiegroepsplan=fgp_tabel.get(casus_id),
                    perspectiefplannen=pp_tabel.get(casus_id, ()),
                    jeugdigen=tuple(jeugdigen.get(casus_id, ())),
                    toewijzingen=tuple(toewijzingen.get(casus_id, ())),
                    evaluaties=tuple(sorted(evaluaties.get(casus_id, ()))),
                )
            )
    return uit


def aantal_casussen(db: Database) -> int:
    with db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(Casus.__table__)).scalar_one()


def _plannen_uit_tabellen(
    conn, refs: dict[Any, str], binnen
) -> tuple[
    dict[Any, kpi_feiten.FamiliegroepsplanFeit],
    dict[Any, tuple[kpi_feiten.PerspectiefplanFeit, ...]],
]:
    """(familiegroepsplan per case, perspectiefplannen per case) from the plans' tables."""
    fgp: dict[Any, kpi_feiten.FamiliegroepsplanFeit] = {}
    pps: dict[Any, list[kpi_feiten.PerspectiefplanFeit]] = defaultdict(list)
    dag = kpi_feiten.als_dag
    f = Familiegroepsplan.__table__.c
    for casus_id, aangeboden, status, opgesteld in _alle(
        conn,
        binnen(
            select(_tekst(f.casus_id), _tekst(f.aangeboden_op), f.status, _tekst(f.opgesteld_op)),
            f.casus_id,
        ),
    ):
        fgp[casus_id] = kpi_feiten.FamiliegroepsplanFeit(dag(aangeboden), status, dag(opgesteld))
    t = Perspectiefplan.__table__.c
    for casus_id, jeugdige_id, opgesteld in _alle(
        conn,
        binnen(
            select(_tekst(t.casus_id), _tekst(t.jeugdige_id), _tekst(t.opgesteld_op)),
            t.casus_id,
        ),
    ):
        pps[casus_id].append(kpi_feiten.PerspectiefplanFeit(refs.get(jeugdige_id), dag(opgesteld)))
    return fgp, {k: tuple(v) for k, v in pps.items()}


def _week(week: Week | str | None, vandaag: date | None = None) -> Week:
    if week is None:
        return laatste_volledige_week(vandaag)
    return week if isinstance(week, Week) else lees_week(week)


def weekoverzicht(
    db: Database,
    week: Week | str | None = None,
    sluitingsdagen: Iterable[date] = (),
    vandaag: date | None = None,
) -> Overzicht:
    """The figures of `week` (default: the last complete ISO week before today).

    Only the cases that can count in the week and its 12-week trend are read: the same figures
    as from the whole register (a test compares them), in a fraction of the time.
    """
    w = _week(week, vandaag)
    wd = Werkdagen(sluitingsdagen)
    eerste = w.plus(1 - kpi.TRENDWEKEN)
    casussen = laad_casussen(db, (eerste.maandag, w.zondag), wd)
    return kpi.bereken(casussen, w, sluitingsdagen, werkdagen=wd, aantal=aantal_casussen(db))


class OverzichtBron:
    """The records for the screen: moving between weeks does not touch the database.

    Until every record is loaded (`ververs()`, in the background) a week is computed from the
    cases that can count in it and its trend – read in a fraction of a second, with exactly the
    same figures. `overzicht(week, trend=False)` computes the week alone first, so the figures
    are on screen before the twelve weeks of the trend. Computed weeks are kept, so going back
    and forth is instant. Safe from worker threads: one lock serialises computing.
    """

    BEWAAR_WEKEN = 32

    def __init__(self, db: Database, sluitingsdagen: Iterable[date] = ()):
        self.db = db
        self.sluitingsdagen = tuple(sorted(set(sluitingsdagen)))
        self._werkdagen = Werkdagen(self.sluitingsdagen)
        self._casussen: list[CasusFeit] | None = None
        self._aantal: int | None = None
        self._venster: tuple[Week, list[CasusFeit], int] | None = None  # last window read
        self._weken: dict[Week, Overzicht] = {}
        self._trend: dict[Week, dict] = {}  # values per week, shared by the trends
        self._slot = threading.Lock()

    @property
    def geladen(self) -> bool:
        return self._casussen is not None

    def ververs(self, behoud_berekend: bool = False) -> None:
        """Read every record. `behoud_berekend`: the data did not change (the background load
        after the first week), so the weeks computed from their windows stay valid."""
        casussen = laad_casussen(self.db)
        with self._slot:
            self._casussen = casussen
            self._aantal = len(casussen)
            self._venster = None
            if not behoud_berekend:
                self._weken.clear()
                self._trend.clear()

    def _records(self, w: Week) -> tuple[list[CasusFeit], int]:
        """Every record when loaded, else those of the window ending with `w` (lock held)."""
        if self._casussen is not None:
            return self._casussen, self._aantal or 0
        if self._venster is None or self._venster[0] != w:
            eerste = w.plus(1 - kpi.TRENDWEKEN)
            casussen = laad_casussen(self.db, (eerste.maandag, w.zondag), self._werkdagen)
            self._venster = (w, casussen, aantal_casussen(self.db))
        return self._venster[1], self._venster[2]

    def overzicht(self, week: Week | str | None = None, trend: bool = True) -> Overzicht:
        """The figures of `week`; with `trend=False` possibly without the earlier weeks (the
        result's `trend` then holds fewer than 12 points)."""
        w = _week(week)
        with self._slot:
            if w in self._weken:
                return self._weken[w]
            casussen, aantal = self._records(w)
            o = kpi.bereken(
                casussen,
                w,
                self.sluitingsdagen,
                werkdagen=self._werkdagen,
                trendweken=kpi.TRENDWEKEN if trend else 1,
                trendgeheugen=self._trend,
                aantal=aantal,
            )
            if len(o.trend) == kpi.TRENDWEKEN:
                if len(self._weken) >= self.BEWAAR_WEKEN:
                    self._weken.pop(next(iter(self._weken)))
                self._weken[w] = o
            return o


__all__ = [
    "OngeldigeWeek",
    "OverzichtBron",
    "aantal_casussen",
    "laad_casussen",
    "laatste_volledige_week",
    "lees_sluitingsdag",
    "lees_week",
    "weekoverzicht",
]
