"""The meldcode huiselijk geweld en kindermishandeling of a case: trajects of five steps, each
step with its date, who and the reasoning, and the two decisions of step 5.

Every save is a guarded case action (`rechten.casus`): it lands in the access log. Fields are
saved per field against what the user saw (`basis`, services/velden.py).
"""

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import delete, func, select
from sqlmodel import Session

from jeugdloket.db import Database
from jeugdloket.fouten import NietGevonden, Validatiefout
from jeugdloket.models import Casus, MeldcodeStap, MeldcodeTraject
from jeugdloket.regels.veiligheid import (
    AFWEGINGEN,
    ANTWOORDEN,
    BESLUIT_VELDEN,
    STAP_VELDEN,
    STAPPEN,
    VELDNAMEN,
    afronden_fouten,
)
from jeugdloket.services import alleen_velden, rechten
from jeugdloket.services.rechten import Actie as Handeling
from jeugdloket.services.velden import (
    controleer_velden,
    echt_gewijzigd,
    met_herhaling,
    noteer_velden,
)
from jeugdloket.taal import vertaal


@dataclass(frozen=True, slots=True)
class StapData:
    stap: int
    datum: date | None = None
    wie: str | None = None
    rol: str | None = None
    toelichting: str | None = None
    afwegingen: dict[str, str] = field(default_factory=dict)

    @property
    def ingevuld(self) -> bool:
        return bool(self.datum or self.wie or self.toelichting or self.afwegingen)


@dataclass(frozen=True, slots=True)
class TrajectData:
    nummer: int
    gestart_op: date
    afgerond_op: date | None
    stappen: dict[int, StapData]  # all five, empty ones too
    melden_noodzakelijk: bool | None = None
    melden_toelichting: str | None = None
    gemeld_op: date | None = None
    hulp_mogelijk: bool | None = None
    hulp_toelichting: str | None = None

    @property
    def open(self) -> bool:
        return self.afgerond_op is None

    def waarde(self, veld: str) -> Any:
        return getattr(self, veld)


@dataclass(frozen=True, slots=True)
class MeldcodeData:
    casus_id: uuid.UUID
    casusnummer: str
    trajecten: tuple[TrajectData, ...]  # oldest first

    @property
    def lopend(self) -> TrajectData | None:
        return next((t for t in self.trajecten if t.open), None)


def _als_datum(waarde: Any) -> Any:
    if isinstance(waarde, str) and waarde:
        return date.fromisoformat(waarde[:10])
    return waarde


def _trajecten(s: Session, casus_id: uuid.UUID) -> list[tuple[MeldcodeTraject, list]]:
    trajecten = list(
        s.execute(
            select(MeldcodeTraject)
            .where(MeldcodeTraject.casus_id == casus_id)
            .order_by(MeldcodeTraject.nummer)
        ).scalars()
    )
    stappen: dict[uuid.UUID, list[MeldcodeStap]] = {}
    for st in s.execute(
        select(MeldcodeStap).where(MeldcodeStap.casus_id == casus_id).order_by(MeldcodeStap.stap)
    ).scalars():
        stappen.setdefault(st.traject_id, []).append(st)
    return [(t, stappen.get(t.id, [])) for t in trajecten]


def _lees(s: Session, casus_id: uuid.UUID) -> MeldcodeData:
    casus = s.get(Casus, casus_id)
    if casus is None:
        raise NietGevonden(vertaal("Casus niet gevonden"))
    uit = []
    for t, rijen in _trajecten(s, casus_id):
        per_stap = {
            r.stap: StapData(
                r.stap,
                _als_datum(r.datum),
                r.wie,
                r.rol,
                r.toelichting,
                dict(r.afwegingen or {}),
            )
            for r in rijen
        }
        uit.append(
            TrajectData(
                t.nummer,
                _als_datum(t.gestart_op),
                _als_datum(t.afgerond_op),
                {n: per_stap.get(n, StapData(n)) for n in STAPPEN},
                t.melden_noodzakelijk,
                t.melden_toelichting,
                _als_datum(t.gemeld_op),
                t.hulp_mogelijk,
                t.hulp_toelichting,
            )
        )
    return MeldcodeData(casus_id, casus.casusnummer, tuple(uit))


@rechten.casus(Handeling.INZAGE)
def meldcode(db: Database, casus_id: uuid.UUID) -> MeldcodeData:
    with db.sessie() as s:
        return _lees(s, casus_id)


def _traject(s: Session, casus_id: uuid.UUID, nummer: int) -> MeldcodeTraject:
    t = s.execute(
        select(MeldcodeTraject).where(
            MeldcodeTraject.casus_id == casus_id, MeldcodeTraject.nummer == nummer
        )
    ).scalar_one_or_none()
    if t is None:
        raise NietGevonden(
            vertaal("Meldcode-traject {nummer} bestaat niet in deze casus", nummer=nummer)
        )
    return t


def _open_traject(s: Session, casus_id: uuid.UUID, nummer: int) -> MeldcodeTraject:
    t = _traject(s, casus_id, nummer)
    if t.afgerond_op is not None:
        raise Validatiefout(
            {
                "afgerond_op": vertaal(
                    "Meldcode-traject {nummer} is afgerond: wijzigen kan niet meer", nummer=nummer
                )
            }
        )
    return t


def _datum_fout(veld: str, waarde: Any, vanaf: date | None = None) -> str | None:
    if waarde is None:
        return None
    naam = VELDNAMEN.get(veld, veld)
    if not isinstance(waarde, date):
        return vertaal("{naam}: dit is geen datum", naam=naam)
    if waarde > date.today():
        return vertaal("{naam} ligt in de toekomst", naam=naam)
    if vanaf is not None and waarde < vanaf:
        return vertaal(
            "{naam} ligt vóór de start van het meldcode-traject ({vanaf:%d-%m-%Y})",
            naam=naam,
            vanaf=vanaf,
        )
    return None


def _schoon(velden: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.strip() or None) if isinstance(v, str) else v for k, v in velden.items()}


# ---------------------------------------------------------------- actions


@rechten.casus(Handeling.WIJZIGING)
def start_traject(db: Database, casus_id: uuid.UUID, gestart_op: date) -> MeldcodeData:
    """Start a meldcode traject; one runs at a time (the case list shows it until closed)."""
    fout = _datum_fout("gestart_op", gestart_op)
    if fout:
        raise Validatiefout({"gestart_op": fout})
    with db.sessie() as s:
        lopend = s.execute(
            select(MeldcodeTraject.nummer).where(
                MeldcodeTraject.casus_id == casus_id, MeldcodeTraject.afgerond_op.is_(None)
            )
        ).scalar()
        if lopend is not None:
            raise Validatiefout(
                {
                    "gestart_op": vertaal(
                        "Meldcode-traject {lopend} loopt nog: rond dat eerst af", lopend=lopend
                    )
                }
            )
        vorige = s.execute(
            select(func.coalesce(func.max(MeldcodeTraject.nummer), 0)).where(
                MeldcodeTraject.casus_id == casus_id
            )
        ).scalar_one()
        s.add(MeldcodeTraject(casus_id=casus_id, nummer=vorige + 1, gestart_op=gestart_op))
        s.flush()
        return _lees(s, casus_id)


@rechten.casus(Handeling.WIJZIGING)
def zet_stap(
    db: Database,
    casus_id: uuid.UUID,
    nummer: int,
    stap: int,
    velden: dict[str, Any],
    basis: dict[str, Any] | None = None,
) -> MeldcodeData:
    """Save fields (datum, wie, rol, toelichting; afwegingen at step 4) of one step."""
    alleen_velden(velden, STAP_VELDEN, "geen veld van een meldcode-stap")
    if stap not in STAPPEN:
        raise Validatiefout(
            {"stap": vertaal("Stap {stap} bestaat niet: de meldcode heeft stap 1 tot 5", stap=stap)}
        )
    velden = _schoon(velden)

    def werk(s: Session) -> MeldcodeData:
        t = _open_traject(s, casus_id, nummer)
        fouten: dict[str, str] = {}
        if fout := _datum_fout("datum", velden.get("datum"), _als_datum(t.gestart_op)):
            fouten["datum"] = fout
        if "afwegingen" in velden:
            if stap != 4 and velden["afwegingen"]:
                fouten["afwegingen"] = vertaal(
                    "Afwegingen horen bij stap 4 (wegen met het afwegingskader)"
                )
            schoon = {}
            for vraag, antwoord in (velden["afwegingen"] or {}).items():
                if antwoord in (None, ""):
                    continue
                if str(vraag) not in AFWEGINGEN or antwoord not in ANTWOORDEN:
                    fouten["afwegingen"] = vertaal("Afweging {vraag}: kies ja of nee", vraag=vraag)
                schoon[str(vraag)] = antwoord
            velden["afwegingen"] = dict(sorted(schoon.items())) or None
        if fouten:
            raise Validatiefout(fouten)
        rij = s.execute(
            select(MeldcodeStap).where(MeldcodeStap.traject_id == t.id, MeldcodeStap.stap == stap)
        ).scalar_one_or_none()
        if rij is None:
            rij = MeldcodeStap(casus_id=casus_id, traject_id=t.id, stap=stap)
            s.add(rij)
        if basis is not None:
            controleer_velden(
                s, "meldcode_stap", rij, velden, basis, {k: VELDNAMEN[k] for k in velden}
            )
        echt = echt_gewijzigd(rij, velden)
        for k in echt:
            setattr(rij, k, velden[k])
        s.flush()
        noteer_velden(s, "meldcode_stap", rij.id, casus_id, echt, db.gebruiker)
        return _lees(s, casus_id)

    return met_herhaling(db, werk, vertaal("Stap {stap} van de meldcode", stap=stap))


@rechten.casus(Handeling.WIJZIGING)
def zet_besluit(
    db: Database,
    casus_id: uuid.UUID,
    nummer: int,
    velden: dict[str, Any],
    basis: dict[str, Any] | None = None,
) -> MeldcodeData:
    """Save the decisions of step 5: is melden noodzakelijk (ja/nee, toelichting, gemeld op),
    is hulp verlenen of organiseren (ook) mogelijk (ja/nee, toelichting)."""
    alleen_velden(velden, BESLUIT_VELDEN, "geen besluit van stap 5")
    velden = _schoon(velden)
    fouten: dict[str, str] = {}
    for k in ("melden_noodzakelijk", "hulp_mogelijk"):
        if k in velden and velden[k] not in (None, True, False):
            fouten[k] = vertaal("{waarde} Kies ja of nee", waarde=VELDNAMEN[k])

    def werk(s: Session) -> MeldcodeData:
        t = _open_traject(s, casus_id, nummer)
        if fout := _datum_fout("gemeld_op", velden.get("gemeld_op"), _als_datum(t.gestart_op)):
            fouten["gemeld_op"] = fout
        if fouten:
            raise Validatiefout(fouten)
        if basis is not None:
            controleer_velden(
                s, "meldcode_traject", t, velden, basis, {k: VELDNAMEN[k] for k in velden}
            )
        echt = echt_gewijzigd(t, velden)
        for k in echt:
            setattr(t, k, velden[k])
        if t.gemeld_op is not None and t.melden_noodzakelijk is False:
            raise Validatiefout(
                {
                    "gemeld_op": vertaal(
                        "Gemeld bij Veilig Thuis op: bij 'melden niet noodzakelijk' hoort geen "
                        "datum van een melding"
                    )
                }
            )
        s.flush()
        noteer_velden(s, "meldcode_traject", t.id, casus_id, echt, db.gebruiker)
        return _lees(s, casus_id)

    return met_herhaling(db, werk, vertaal("Het besluit van stap 5"))


@rechten.casus(Handeling.WIJZIGING)
def rond_af(db: Database, casus_id: uuid.UUID, nummer: int, afgerond_op: date) -> MeldcodeData:
    """Close a traject: both decisions of step 5 must be recorded with their reasoning."""
    with db.sessie() as s:
        t = _traject(s, casus_id, nummer)
        fouten = {}
        if fout := _datum_fout("afgerond_op", afgerond_op):
            fouten["afgerond_op"] = fout
        fouten |= afronden_fouten(
            {v: getattr(t, v) for v in BESLUIT_VELDEN} | {"gestart_op": _als_datum(t.gestart_op)},
            afgerond_op,
        )
        if t.afgerond_op is not None:
            fouten["afgerond_op"] = vertaal(
                "Meldcode-traject {nummer} is al afgerond", nummer=nummer
            )
        if fouten:
            raise Validatiefout(fouten)
        t.afgerond_op = afgerond_op
        s.flush()
        return _lees(s, casus_id)


# ---------------------------------------------------------------- exchange format


def _iso(v: Any) -> Any:
    return v.isoformat() if isinstance(v, date) else v


def naar_document(s: Session, casus_id: uuid.UUID) -> list[dict[str, Any]] | None:
    """The trajects as the exchange format's `meldcode` list; None when there are none."""
    uit = []
    for t, rijen in _trajecten(s, casus_id):
        doc = {"gestart_op": _iso(t.gestart_op)}
        for k in ("afgerond_op", *BESLUIT_VELDEN):
            if getattr(t, k) not in (None, ""):
                doc[k] = _iso(getattr(t, k))
        stappen = []
        for r in rijen:
            stap = {"stap": r.stap}
            for k in STAP_VELDEN:
                if getattr(r, k) not in (None, "", {}):
                    stap[k] = _iso(getattr(r, k))
            stappen.append(stap | (r.extra or {}))
        if stappen:
            doc["stappen"] = stappen
        uit.append(doc | (t.extra or {}))
    return uit or None


def uit_document(s: Session, casus_id: uuid.UUID, trajecten: list | None) -> None:
    """Replace the trajects of a case by the (already checked) exchange part."""
    s.execute(delete(MeldcodeStap).where(MeldcodeStap.casus_id == casus_id))
    s.execute(delete(MeldcodeTraject).where(MeldcodeTraject.casus_id == casus_id))
    s.flush()
    bekend_t = {"gestart_op", "afgerond_op", "stappen", *BESLUIT_VELDEN}
    for nummer, doc in enumerate(trajecten or [], start=1):
        t = MeldcodeTraject(
            casus_id=casus_id,
            nummer=nummer,
            gestart_op=_als_datum(doc["gestart_op"]),
            afgerond_op=_als_datum(doc.get("afgerond_op")),
            gemeld_op=_als_datum(doc.get("gemeld_op")),
            **{k: doc.get(k) for k in BESLUIT_VELDEN if k != "gemeld_op"},
            extra={k: v for k, v in doc.items() if k not in bekend_t} or None,
        )
        s.add(t)
        s.flush()
        for st in doc.get("stappen") or []:
            s.add(
                MeldcodeStap(
                    casus_id=casus_id,
                    traject_id=t.id,
                    stap=st["stap"],
                    datum=_als_datum(st.get("datum")),
                    **{k: st.get(k) for k in ("wie", "rol", "toelichting", "afwegingen")},
                    extra={k: v for k, v in st.items() if k not in {"stap", *STAP_VELDEN}} or None,
                )
            )
    s.flush()
