"""The weekly overview (weekoverzicht): load light records of every case, compute the figures.

Loading is a handful of bulk Core queries (one per table, no ORM objects): 50,000 cases with
80,000 toewijzingen load in about two seconds. `laad_casussen` is the only place that knows
where a part is stored: toewijzingen in `toewijzing`, the analysis in `intake`, the plans in
their own tables – or in `Casus.extra` in a database from before those tables. When a later
issue moves a part, only this function changes.
"""

import json
import threading
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import String, func, literal, select, type_coerce

from jeugdloket import models as modellen
from jeugdloket.db import Database
from jeugdloket.models import Casus, Contactmoment, Intake, Medewerker, Persoon, Toewijzing
from jeugdloket.regels import kpi
from jeugdloket.regels.kpi import CasusFeit, JeugdigeFeit, Overzicht, Week
from jeugdloket.regels.werkdagen import Werkdagen
from jeugdloket.services import Fout


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
            f"'{tekst}' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-12-24"
        ) from None


def _dagtekst(kolom):
    # The figures compare calendar dates: "2026-11-16T09:30:00" is cut to its day by the
    # database, so the few thousand distinct days are parsed once each.
    return func.substr(_tekst(kolom), 1, 10)


def _tekst(kolom):
    # The raw ISO text (or id) as stored: parsing it ourselves, with a cache per distinct day,
    # is several times faster than a type processor per row.
    return type_coerce(kolom, String)


def _json(waarde: Any) -> list:
    """A JSON part as the driver gives it: text on SQLite ('null' when absent), already decoded
    by some other drivers."""
    if waarde is None or waarde == "null":
        return []
    if isinstance(waarde, str):
        waarde = json.loads(waarde)
    return waarde if isinstance(waarde, list) else []


def laad_casussen(db: Database) -> list[CasusFeit]:
    """The light record of every case, from one query per table."""
    c = Casus.__table__.c
    jeugdigen: dict[Any, list[JeugdigeFeit]] = defaultdict(list)
    analyse: dict[Any, date | None] = {}
    evaluaties: dict[Any, list[date]] = defaultdict(list)
    datums = kpi.Datums()
    dag = datums.__getitem__
    with db.engine.connect() as conn:
        namen = dict(conn.execute(select(_tekst(Medewerker.id), Medewerker.gebruikersnaam)).all())
        p = Persoon.__table__.c
        refs: dict[Any, str] = {}
        for persoon_id, casus_id, ref, geboren in conn.execute(
            select(_tekst(p.id), _tekst(p.casus_id), p.ref, _tekst(p.geboortedatum)).where(
                p.rol == "jeugdige"
            )
        ):
            refs[persoon_id] = ref
            jeugdigen[casus_id].append(JeugdigeFeit(ref, dag(geboren)))
        i = Intake.__table__.c
        for casus_id, afgerond in conn.execute(
            select(_tekst(i.casus_id), _tekst(i.afgerond_op)).where(i.afgerond_op.is_not(None))
        ):
            analyse[casus_id] = dag(afgerond)
        m = Contactmoment.__table__.c
        for casus_id, datum in conn.execute(
            select(_tekst(m.casus_id), _dagtekst(m.datum)).where(
                m.soort == "evaluatie", m.datum.is_not(None)
            )
        ):
            evaluaties[casus_id].append(dag(datum))
        # All toewijzingen in one query, grouped per case here (no query per case).
        toewijzingen: dict[Any, list[kpi.ToewijzingFeit]] = defaultdict(list)
        t = Toewijzing.__table__.c
        for (
            casus_id,
            jeugdige,
            agb,
            categorie,
            segment,
            status,
            aanvraag,
            ingang,
            einde,
        ) in conn.execute(
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
            ).order_by(t.casus_id, t.volgorde)
        ):
            toewijzingen[casus_id].append(
                kpi.ToewijzingFeit(
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
        plannen_in_tabellen, fgp_tabel, pp_tabel = _plannen_uit_tabellen(conn, refs)
        if plannen_in_tabellen:
            # Migration 0004 moved the plans out of Casus.extra: nothing left to read there.
            plan_kolommen = [literal(None)] * 4
        else:
            # Only the parts the figures use; the JSON path is done by the database
            # (json_extract / ->), so long plan texts never reach Python.
            plan_kolommen = [
                c.extra[("familiegroepsplan", "aangeboden_op")].as_string(),
                c.extra[("familiegroepsplan", "status")].as_string(),
                c.extra[("familiegroepsplan", "opgesteld_op")].as_string(),
                _tekst(c.extra["perspectiefplannen"]),
            ]
        q = select(
            _tekst(c.id),
            c.casusnummer,
            _tekst(c.consulent_id),
            c.verwijzer,
            _dagtekst(c.aanmelddatum),
            _dagtekst(c.eerste_contact),
            _dagtekst(c.afgesloten_op),
            *plan_kolommen,
        )
        uit = []
        for (
            casus_id,
            nummer,
            consulent_id,
            verwijzer,
            aanmeld,
            contact,
            dicht,
            fgp_aangeboden,
            fgp_status,
            fgp_opgesteld,
            plannen,
        ) in conn.execute(q):
            fgp = fgp_tabel.get(casus_id)
            if fgp is None and (fgp_aangeboden or fgp_status or fgp_opgesteld):
                fgp = kpi.FamiliegroepsplanFeit(dag(fgp_aangeboden), fgp_status, dag(fgp_opgesteld))
            pps = pp_tabel.get(casus_id) or tuple(
                kpi.perspectiefplan_uit_document(x) for x in _json(plannen) if isinstance(x, dict)
            )
            uit.append(
                CasusFeit(
                    casusnummer=nummer,
                    aanmelddatum=dag(aanmeld),
                    consulent=namen.get(consulent_id),
                    verwijzer=verwijzer,
                    eerste_contact=dag(contact),
                    afgesloten_op=dag(dicht),
                    analyse_afgerond_op=analyse.get(casus_id),
                    familiegroepsplan=fgp,
                    perspectiefplannen=pps,
                    jeugdigen=tuple(jeugdigen.get(casus_id, ())),
                    toewijzingen=tuple(toewijzingen.get(casus_id, ())),
                    evaluaties=tuple(sorted(evaluaties.get(casus_id, ()))),
                )
            )
    return uit


def _plannen_uit_tabellen(
    conn, refs: dict[Any, str]
) -> tuple[
    bool, dict[Any, kpi.FamiliegroepsplanFeit], dict[Any, tuple[kpi.PerspectiefplanFeit, ...]]
]:
    """(tables exist, familiegroepsplan per case, perspectiefplannen per case) from the plans'
    own tables, in a version of the app that has them (issue 5 moves them out of Casus.extra)."""
    fgp_model = getattr(modellen, "Familiegroepsplan", None)
    pp_model = getattr(modellen, "Perspectiefplan", None)
    fgp: dict[Any, kpi.FamiliegroepsplanFeit] = {}
    pps: dict[Any, list[kpi.PerspectiefplanFeit]] = defaultdict(list)
    dag = kpi.als_dag
    if fgp_model is not None:
        f = fgp_model.__table__.c
        for casus_id, aangeboden, status, opgesteld in conn.execute(
            select(_tekst(f.casus_id), _tekst(f.aangeboden_op), f.status, _tekst(f.opgesteld_op))
        ):
            fgp[casus_id] = kpi.FamiliegroepsplanFeit(dag(aangeboden), status, dag(opgesteld))
    if pp_model is not None:
        t = pp_model.__table__.c
        for casus_id, jeugdige_id, opgesteld in conn.execute(
            select(_tekst(t.casus_id), _tekst(t.jeugdige_id), _tekst(t.opgesteld_op))
        ):
            pps[casus_id].append(kpi.PerspectiefplanFeit(refs.get(jeugdige_id), dag(opgesteld)))
    bestaan = fgp_model is not None and pp_model is not None
    return bestaan, fgp, {k: tuple(v) for k, v in pps.items()}


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
    """The figures of `week` (default: the last complete ISO week before today)."""
    w = _week(week, vandaag)
    return kpi.bereken(laad_casussen(db), w, sluitingsdagen)


class OverzichtBron:
    """The records loaded once for the screen: moving between weeks does not touch the database.

    Computed weeks are kept too, so going back and forth is instant. `ververs()` reloads.
    Safe to call from a worker thread: one lock serialises loading and computing.
    """

    BEWAAR_WEKEN = 32

    def __init__(self, db: Database, sluitingsdagen: Iterable[date] = ()):
        self.db = db
        self.sluitingsdagen = tuple(sorted(set(sluitingsdagen)))
        self._werkdagen = Werkdagen(self.sluitingsdagen)
        self._casussen: list[CasusFeit] | None = None
        self._weken: dict[Week, Overzicht] = {}
        self._trend: dict[Week, dict] = {}  # values per week, shared by the trends
        self._slot = threading.Lock()

    @property
    def geladen(self) -> bool:
        return self._casussen is not None

    def ververs(self) -> None:
        casussen = laad_casussen(self.db)
        with self._slot:
            self._casussen = casussen
            self._weken.clear()
            self._trend.clear()

    def overzicht(self, week: Week | str | None = None) -> Overzicht:
        if self._casussen is None:
            self.ververs()
        w = _week(week)
        with self._slot:
            if w not in self._weken:
                if len(self._weken) >= self.BEWAAR_WEKEN:
                    self._weken.pop(next(iter(self._weken)))
                self._weken[w] = kpi.bereken(
                    self._casussen,
                    w,
                    self.sluitingsdagen,
                    werkdagen=self._werkdagen,
                    trendgeheugen=self._trend,
                )
            return self._weken[w]


__all__ = [
    "OngeldigeWeek",
    "OverzichtBron",
    "laad_casussen",
    "laatste_volledige_week",
    "lees_sluitingsdag",
    "lees_week",
    "weekoverzicht",
]
