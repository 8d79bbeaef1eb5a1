"""The veiligheidsplan of a case: what makes it unsafe, what must happen to be safe enough, the
concrete agreements (who does what when it goes wrong, who checks), the network's role, the
provider and the aandachtsfunctionaris, the evaluation date; vastgesteld in versions like the
familiegroepsplan (PlanVersie, soort 'veiligheidsplan')."""

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, func, select
from sqlmodel import Session

from jeugdloket.db import Database
from jeugdloket.fouten import NietGevonden, Validatiefout
from jeugdloket.models import Casus, PlanExport, PlanVersie, Veiligheidsplan
from jeugdloket.regels.veiligheid import (
    AFSPRAAK_SLEUTELS,
    VEILIGHEIDSPLAN_DATUMS,
    VEILIGHEIDSPLAN_VELDEN,
    VELDNAMEN,
)
from jeugdloket.services import alleen_velden, rechten
from jeugdloket.services.plannen import ExportData, PdfStand, VersieData
from jeugdloket.services.rechten import Actie as Handeling
from jeugdloket.services.velden import (
    controleer_velden,
    echt_gewijzigd,
    met_herhaling,
    noteer_velden,
)
from jeugdloket.taal import vertaal

SOORT = "veiligheidsplan"


@dataclass(frozen=True, slots=True)
class VeiligheidsplanData:
    """What the editor shows, as plain values (`plan` in the exchange format)."""

    casus_id: uuid.UUID
    casusnummer: str
    gemeente: str
    plan: dict[str, Any]  # empty: nothing recorded yet
    versies: dict[str, tuple[VersieData, ...]]  # under "veiligheidsplan", as PlannenData
    exports: tuple[ExportData, ...]


def _iso(v: Any) -> Any:
    return v.isoformat() if isinstance(v, date) else v


def _plan_dict(rij: Veiligheidsplan | None) -> dict[str, Any]:
    if rij is None:
        return {}
    velden = {v: getattr(rij, v) for v in VEILIGHEIDSPLAN_VELDEN} | (rij.extra or {})
    return {k: _iso(v) for k, v in velden.items() if v not in (None, "", [])}


def _rij(s: Session, casus_id: uuid.UUID) -> Veiligheidsplan | None:
    return s.execute(
        select(Veiligheidsplan).where(Veiligheidsplan.casus_id == casus_id)
    ).scalar_one_or_none()


def naar_document(s: Session, casus_id: uuid.UUID) -> dict[str, Any] | None:
    return _plan_dict(_rij(s, casus_id)) or None


def uit_document(s: Session, casus_id: uuid.UUID, plan: dict | None) -> None:
    """Replace the veiligheidsplan of a case by the (already checked) exchange part."""
    s.execute(delete(Veiligheidsplan).where(Veiligheidsplan.casus_id == casus_id))
    s.flush()
    if plan:
        s.add(
            Veiligheidsplan(
                casus_id=casus_id,
                **{
                    v: plan.get(v)
                    for v in VEILIGHEIDSPLAN_VELDEN
                    if v not in VEILIGHEIDSPLAN_DATUMS
                },
                **{v: _als_datum(plan.get(v)) for v in VEILIGHEIDSPLAN_DATUMS},
                extra={k: v for k, v in plan.items() if k not in VEILIGHEIDSPLAN_VELDEN} or None,
            )
        )
        s.flush()


def _als_datum(waarde: Any) -> Any:
    if isinstance(waarde, str) and waarde:
        return date.fromisoformat(waarde[:10])
    return waarde


def _lees(s: Session, casus_id: uuid.UUID) -> VeiligheidsplanData:
    casus = s.get(Casus, casus_id)
    if casus is None:
        raise NietGevonden(vertaal("Casus niet gevonden"))
    versies = tuple(
        VersieData(v.versie, v.vastgesteld_op, tuple(v.aanwezig or ()))
        for v in s.execute(
            select(PlanVersie)
            .where(PlanVersie.casus_id == casus_id, PlanVersie.soort == SOORT)
            .order_by(PlanVersie.versie)
        ).scalars()
    )
    exports = tuple(
        ExportData(e.soort, e.jeugdige_ref, e.versie, e.gemaakt_op, e.door)
        for e in s.execute(
            select(PlanExport)
            .where(PlanExport.casus_id == casus_id, PlanExport.soort == SOORT)
            .order_by(PlanExport.gemaakt_op.desc())
        ).scalars()
    )
    return VeiligheidsplanData(
        casus_id,
        casus.casusnummer,
        casus.gemeente,
        _plan_dict(_rij(s, casus_id)),
        {SOORT: versies} if versies else {},
        exports,
    )


@rechten.casus(Handeling.INZAGE)
def veiligheidsplan(db: Database, casus_id: uuid.UUID) -> VeiligheidsplanData:
    with db.sessie() as s:
        return _lees(s, casus_id)


def _controleer(velden: dict[str, Any]) -> dict[str, Any]:
    fouten: dict[str, str] = {}
    schoon: dict[str, Any] = {}
    for veld, waarde in velden.items():
        if isinstance(waarde, str):
            waarde = waarde.strip() or None
        if veld in VEILIGHEIDSPLAN_DATUMS and waarde is not None:
            if not isinstance(waarde, date):
                fouten[veld] = vertaal("{waarde}: dit is geen datum", waarde=VELDNAMEN[veld])
            elif veld == "opgesteld_op" and waarde > date.today():
                fouten[veld] = vertaal("{waarde} ligt in de toekomst", waarde=VELDNAMEN[veld])
        if veld == "afspraken":
            regels = []
            for i, r in enumerate(waarde or [], start=1):
                r = {
                    k: v.strip()
                    for k, v in r.items()
                    if k in AFSPRAAK_SLEUTELS and isinstance(v, str) and v.strip()
                }
                if r and not r.get("wat"):
                    fouten[veld] = vertaal(
                        "Afspraak {i}: schrijf op wat er gebeurt (wie doet wat)", i=i
                    )
                if r:
                    regels.append(r)
            waarde = regels or None
        schoon[veld] = waarde
    if fouten:
        raise Validatiefout(fouten)
    return schoon


@rechten.casus(Handeling.WIJZIGING)
def zet_veiligheidsplan(
    db: Database,
    casus_id: uuid.UUID,
    velden: dict[str, Any],
    basis: dict[str, Any] | None = None,
) -> VeiligheidsplanData:
    """Save fields of the veiligheidsplan; `basis` as in casussen.wijzig_casus."""
    alleen_velden(velden, VEILIGHEIDSPLAN_VELDEN, "geen veld van het veiligheidsplan")
    schoon = _controleer(velden)

    def werk(s: Session) -> VeiligheidsplanData:
        rij = _rij(s, casus_id)
        if rij is None:
            rij = Veiligheidsplan(casus_id=casus_id)
            s.add(rij)
        if basis is not None:
            controleer_velden(
                s, "veiligheidsplan", rij, schoon, basis, {k: VELDNAMEN[k] for k in schoon}
            )
        echt = echt_gewijzigd(rij, schoon)
        for k in echt:
            setattr(rij, k, schoon[k])
        evaluatie, opgesteld = _als_datum(rij.evaluatie_op), _als_datum(rij.opgesteld_op)
        if evaluatie and opgesteld and evaluatie < opgesteld:
            raise Validatiefout(
                {
                    "evaluatie_op": vertaal(
                        "Evaluatie op ligt vóór de datum waarop het plan is opgesteld"
                    )
                }
            )
        s.flush()
        noteer_velden(s, "veiligheidsplan", rij.id, casus_id, echt, db.gebruiker)
        return _lees(s, casus_id)

    return met_herhaling(db, werk, vertaal("Het veiligheidsplan"))


@rechten.casus(Handeling.WIJZIGING)
def stel_vast(db: Database, casus_id: uuid.UUID, datum: date, aanwezig: list[str]) -> VersieData:
    """Keep the veiligheidsplan as it is now as a new vastgestelde version, with who was there."""
    fouten = {}
    if datum > date.today():
        fouten["vastgesteld_op"] = vertaal("Vastgesteld op ligt in de toekomst")
    aanwezig = [a.strip() for a in aanwezig if a.strip()]
    if not aanwezig:
        fouten["aanwezig"] = vertaal("Noteer wie er bij het vaststellen waren")
    if fouten:
        raise Validatiefout(fouten)
    with db.sessie() as s:
        rij = _rij(s, casus_id)
        if rij is None or not _plan_dict(rij):
            raise Validatiefout({"veiligheidsplan": vertaal("Er is nog geen veiligheidsplan")})
        rij.opgesteld_op = rij.opgesteld_op or datum
        s.flush()
        vorige = s.execute(
            select(func.coalesce(func.max(PlanVersie.versie), 0)).where(
                PlanVersie.casus_id == casus_id, PlanVersie.soort == SOORT
            )
        ).scalar_one()
        v = PlanVersie(
            casus_id=casus_id,
            soort=SOORT,
            versie=vorige + 1,
            vastgesteld_op=datum,
            aanwezig=aanwezig,
            inhoud=_plan_dict(rij),
        )
        s.add(v)
        s.flush()
        return VersieData(v.versie, datum, tuple(aanwezig))


def pdf_stand(data: VeiligheidsplanData) -> PdfStand:
    """The last vastgestelde version if nothing changed since, else the next one as concept."""
    versies = data.versies.get(SOORT, ())
    if not versies:
        return PdfStand(1, None, ())
    return PdfStand(versies[-1].versie, versies[-1].vastgesteld_op, versies[-1].aanwezig)
