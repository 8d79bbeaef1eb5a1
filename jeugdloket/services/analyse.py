"""The verklarende analyse and the routekaart: factors and how they hang together (verdiepen),
goals and actions (vervullen). An afgeronde analysis keeps meeting its conditions: a change
that would break them is refused until it is heropend.
"""

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, func, select
from sqlmodel import Session

from jeugdloket.db import Database
from jeugdloket.fouten import NietGevonden, Validatiefout
from jeugdloket.models import Actie, Doel, DoelFactor, Factor, Samenhang
from jeugdloket.regels.codelijsten import leefgebieden
from jeugdloket.regels.intake import ACTIE_STATUS, FACTOR_TYPES, MAX_DOELEN, NIVEAUS
from jeugdloket.services import alleen_velden, rechten
from jeugdloket.services.intake import (
    ActieData,
    DoelData,
    FactorData,
    SamenhangData,
    intake_rij,
    lees_intake,
    persoon_van_casus,
    schoon,
)
from jeugdloket.services.rechten import Actie as Handeling
from jeugdloket.services.velden import (
    controleer_velden,
    echt_gewijzigd,
    met_herhaling,
    noteer_velden,
)
from jeugdloket.taal import vertaal

# ---------------------------------------------------------------- verdiepen: factors and links

FACTOR_VELDEN = ("type", "niveau", "leefgebied", "omschrijving", "bron", "herkend", "x", "y")


def _factor_fouten(velden: dict[str, Any]) -> dict[str, str]:
    fouten = {}
    if "type" in velden and velden["type"] not in FACTOR_TYPES:
        fouten["type"] = vertaal(
            "Type: kies predisponerend, uitlokkend, instandhoudend of beschermend"
        )
    if velden.get("niveau") is not None and velden["niveau"] not in NIVEAUS:
        fouten["niveau"] = vertaal("Niveau: kies kind, ouder, gezin of omgeving")
    if velden.get("leefgebied") is not None and velden["leefgebied"] not in leefgebieden():
        fouten["leefgebied"] = vertaal(
            "Leefgebied '{leefgebied}' bestaat niet", leefgebied=velden["leefgebied"]
        )
    return fouten


def _volgende_ref(s: Session, model, casus_id: uuid.UUID, letter: str) -> str:
    refs = s.execute(select(model.ref).where(model.casus_id == casus_id)).scalars()
    nummers = [int(r[1:]) for r in refs if r[:1] == letter and r[1:].isdigit()]
    return f"{letter}{max(nummers, default=0) + 1}"


def _bewaak_afgerond(s: Session, casus_id: uuid.UUID) -> None:
    """An afgeronde analysis must keep meeting its conditions: refuse a change that breaks them."""
    s.flush()
    kop = intake_rij(s, casus_id, maken=False)
    if kop is None or kop.afgerond_op is None:
        return
    ontbreekt = lees_intake(s, casus_id).ontbreekt_voor_afronden
    if ontbreekt:
        raise Validatiefout(
            {
                "afgerond_op": vertaal(
                    "De analyse is afgerond; deze wijziging kan pas na 'Heropenen': {ontbreekt}",
                    ontbreekt="; ".join(ontbreekt),
                )
            }
        )


@rechten.casus(Handeling.WIJZIGING)
def voeg_factor_toe(db: Database, casus_id: uuid.UUID, velden: dict[str, Any]) -> FactorData:
    velden = {k: schoon(v) for k, v in velden.items()}
    alleen_velden(velden, FACTOR_VELDEN, "geen factorveld")
    velden.setdefault("type", None)
    fouten = _factor_fouten(velden)
    if fouten:
        raise Validatiefout(fouten)
    with db.sessie() as s:
        intake_rij(s, casus_id)
        volgorde = s.execute(
            select(func.coalesce(func.max(Factor.volgorde), 0)).where(Factor.casus_id == casus_id)
        ).scalar_one()
        f = Factor(
            casus_id=casus_id,
            ref=_volgende_ref(s, Factor, casus_id, "f"),
            volgorde=volgorde + 1,
            **velden,
        )
        s.add(f)
        s.flush()
        return FactorData(
            f.id, f.ref, f.type, f.niveau, f.leefgebied, f.omschrijving, f.bron, f.herkend, f.x, f.y
        )


def _bewaar_velden(
    s: Session, db: Database, tabel: str, rij: Any, casus_id: uuid.UUID,
    velden: dict[str, Any], basis: dict[str, Any] | None,
) -> list[str]:  # fmt: skip
    """Check `velden` against `basis` (VeldConflict, nothing written), set only the fields
    that really change and note who changed them; returns those fields."""
    if basis is not None:
        controleer_velden(s, tabel, rij, velden, basis)
    echt = echt_gewijzigd(rij, velden)
    for k in echt:
        setattr(rij, k, velden[k])
    s.flush()
    noteer_velden(s, tabel, rij.id, casus_id, echt, db.gebruiker)
    return echt


@rechten.casus(Handeling.WIJZIGING)
def wijzig_factor(
    db: Database,
    factor_id: uuid.UUID,
    velden: dict[str, Any],
    basis: dict[str, Any] | None = None,
) -> None:
    """Save fields of a factor; `basis` as in casussen.wijzig_casus (per-field concurrency)."""
    velden = {k: schoon(v) for k, v in velden.items()}
    alleen_velden(velden, FACTOR_VELDEN, "geen factorveld")
    fouten = _factor_fouten(velden)
    if fouten:
        raise Validatiefout(fouten)

    def werk(s: Session) -> None:
        f = s.get(Factor, factor_id)
        if f is None:
            raise NietGevonden(vertaal("Deze factor bestaat niet meer"))
        echt = _bewaar_velden(s, db, "factor", f, f.casus_id, velden, basis)
        if "type" in echt:
            _bewaak_afgerond(s, f.casus_id)

    met_herhaling(db, werk, vertaal("Deze factor"))


@rechten.casus(Handeling.WIJZIGING)
def verwijder_factor(db: Database, factor_id: uuid.UUID) -> None:
    """Remove a factor with its links (samenhang and goal links go with it)."""
    with db.sessie() as s:
        f = s.get(Factor, factor_id)
        if f is None:
            return
        casus_id = f.casus_id
        s.execute(delete(Samenhang).where((Samenhang.van_id == f.id) | (Samenhang.naar_id == f.id)))
        s.execute(delete(DoelFactor).where(DoelFactor.factor_id == f.id))
        s.delete(f)
        _bewaak_afgerond(s, casus_id)


@rechten.casus(Handeling.WIJZIGING)
def voeg_samenhang_toe(
    db: Database, van_id: uuid.UUID, naar_id: uuid.UUID, toelichting: str | None = None
) -> SamenhangData:
    if van_id == naar_id:
        raise Validatiefout({"samenhang": vertaal("Een factor kan niet met zichzelf samenhangen")})
    with db.sessie() as s:
        van, naar = s.get(Factor, van_id), s.get(Factor, naar_id)
        if van is None or naar is None or van.casus_id != naar.casus_id:
            raise Validatiefout({"samenhang": vertaal("Kies twee factoren van deze casus")})
        bestaand = s.execute(
            select(Samenhang).where(Samenhang.van_id == van_id, Samenhang.naar_id == naar_id)
        ).scalar_one_or_none()
        if bestaand is not None:
            raise Validatiefout(
                {
                    "samenhang": vertaal(
                        "Factor {ref} → {ref2} hangt al samen; pas de toelichting aan",
                        ref=van.ref,
                        ref2=naar.ref,
                    )
                }
            )
        volgorde = s.execute(
            select(func.coalesce(func.max(Samenhang.volgorde), 0)).where(
                Samenhang.casus_id == van.casus_id
            )
        ).scalar_one()
        r = Samenhang(
            casus_id=van.casus_id,
            van_id=van_id,
            naar_id=naar_id,
            volgorde=volgorde + 1,
            toelichting=schoon(toelichting),
        )
        s.add(r)
        s.flush()
        return SamenhangData(r.id, r.van_id, r.naar_id, r.toelichting)


@rechten.casus(Handeling.WIJZIGING)
def wijzig_samenhang(
    db: Database,
    samenhang_id: uuid.UUID,
    toelichting: str | None,
    basis: dict[str, Any] | None = None,
) -> None:
    """Save the toelichting; `basis` ({"toelichting": ..}) as in casussen.wijzig_casus."""

    def werk(s: Session) -> None:
        r = s.get(Samenhang, samenhang_id)
        if r is None:
            raise NietGevonden(vertaal("Deze samenhang bestaat niet meer"))
        _bewaar_velden(
            s, db, "samenhang", r, r.casus_id, {"toelichting": schoon(toelichting)}, basis
        )

    met_herhaling(db, werk, vertaal("Deze samenhang"))


@rechten.casus(Handeling.WIJZIGING)
def verwijder_samenhang(db: Database, samenhang_id: uuid.UUID) -> None:
    with db.sessie() as s:
        s.execute(delete(Samenhang).where(Samenhang.id == samenhang_id))


# ---------------------------------------------------------------- vervullen: goals and actions


@rechten.casus(Handeling.WIJZIGING)
def voeg_doel_toe(db: Database, casus_id: uuid.UUID, omschrijving: str | None = None) -> DoelData:
    with db.sessie() as s:
        intake_rij(s, casus_id)
        aantal = s.execute(
            select(func.count()).select_from(Doel).where(Doel.casus_id == casus_id)
        ).scalar_one()
        if aantal >= MAX_DOELEN:
            raise Validatiefout(
                {
                    "doelen": vertaal(
                        "Er zijn al {MAX_DOELEN} doelen; meer mag niet. Kies samen wat het "
                        "belangrijkst is, of voeg doelen samen.",
                        MAX_DOELEN=MAX_DOELEN,
                    )
                }
            )
        d = Doel(
            casus_id=casus_id,
            ref=_volgende_ref(s, Doel, casus_id, "d"),
            prioriteit=aantal + 1,
            omschrijving=schoon(omschrijving),
        )
        s.add(d)
        s.flush()
        return DoelData(d.id, d.ref, d.prioriteit, d.omschrijving, None, (), ())


@rechten.casus(Handeling.WIJZIGING)
def wijzig_doel(
    db: Database,
    doel_id: uuid.UUID,
    velden: dict[str, Any],
    basis: dict[str, Any] | None = None,
) -> None:
    """Save fields of a goal; `basis` as in casussen.wijzig_casus (per-field concurrency)."""
    alleen_velden(velden, ("omschrijving", "goed_genoeg"), "geen doelveld")
    velden = {k: schoon(v) for k, v in velden.items()}

    def werk(s: Session) -> None:
        d = s.get(Doel, doel_id)
        if d is None:
            raise NietGevonden(vertaal("Dit doel bestaat niet meer"))
        _bewaar_velden(s, db, "doel", d, d.casus_id, velden, basis)

    met_herhaling(db, werk, vertaal("Dit doel"))


def _hernummer(s: Session, casus_id: uuid.UUID, volgorde: list[Doel]) -> None:
    for i, d in enumerate(volgorde, start=1):
        if d.prioriteit != i:
            d.prioriteit = i


@rechten.casus(Handeling.WIJZIGING)
def verplaats_doel(db: Database, doel_id: uuid.UUID, stappen: int) -> None:
    """Move a goal up (negative) or down (positive) in priority."""
    with db.sessie() as s:
        d = s.get(Doel, doel_id)
        if d is None:
            raise NietGevonden(vertaal("Dit doel bestaat niet meer"))
        doelen = list(
            s.execute(
                select(Doel).where(Doel.casus_id == d.casus_id).order_by(Doel.prioriteit, Doel.ref)
            ).scalars()
        )
        i = doelen.index(d)
        j = max(0, min(len(doelen) - 1, i + stappen))
        doelen.insert(j, doelen.pop(i))
        _hernummer(s, d.casus_id, doelen)


@rechten.casus(Handeling.WIJZIGING)
def verwijder_doel(db: Database, doel_id: uuid.UUID) -> None:
    with db.sessie() as s:
        d = s.get(Doel, doel_id)
        if d is None:
            return
        casus_id = d.casus_id
        s.execute(delete(Actie).where(Actie.doel_id == d.id))
        s.execute(delete(DoelFactor).where(DoelFactor.doel_id == d.id))
        s.delete(d)
        s.flush()
        rest = list(
            s.execute(
                select(Doel).where(Doel.casus_id == casus_id).order_by(Doel.prioriteit, Doel.ref)
            ).scalars()
        )
        _hernummer(s, casus_id, rest)
        _bewaak_afgerond(s, casus_id)


@rechten.casus(Handeling.WIJZIGING)
def zet_doel_factoren(db: Database, doel_id: uuid.UUID, factor_ids: Iterable[uuid.UUID]) -> None:
    factor_ids = list(dict.fromkeys(factor_ids))
    with db.sessie() as s:
        d = s.get(Doel, doel_id)
        if d is None:
            raise NietGevonden(vertaal("Dit doel bestaat niet meer"))
        for fid in factor_ids:
            f = s.get(Factor, fid)
            if f is None or f.casus_id != d.casus_id:
                raise Validatiefout({"factoren": vertaal("Kies factoren van deze casus")})
        s.execute(delete(DoelFactor).where(DoelFactor.doel_id == doel_id))
        for i, fid in enumerate(factor_ids, start=1):
            s.add(DoelFactor(doel_id=doel_id, factor_id=fid, volgorde=i))
        _bewaak_afgerond(s, d.casus_id)


ACTIE_VELDEN = ("wie_id", "door_consulent", "wat", "wanneer", "status")


def _actie_fouten(velden: dict[str, Any]) -> dict[str, str]:
    if velden.get("status") is not None and velden["status"] not in ACTIE_STATUS:
        return {"status": vertaal("Status: kies nog niet begonnen, bezig of gedaan")}
    return {}


@rechten.casus(Handeling.WIJZIGING)
def voeg_actie_toe(db: Database, doel_id: uuid.UUID, velden: dict[str, Any]) -> ActieData:
    velden = {k: schoon(v) for k, v in velden.items()}
    alleen_velden(velden, ACTIE_VELDEN, "geen actieveld")
    velden.setdefault("status", "open")
    fouten = _actie_fouten(velden)
    if fouten:
        raise Validatiefout(fouten)
    with db.sessie() as s:
        d = s.get(Doel, doel_id)
        if d is None:
            raise NietGevonden(vertaal("Dit doel bestaat niet meer"))
        persoon_van_casus(s, d.casus_id, velden.get("wie_id"), "wie")
        volgorde = s.execute(
            select(func.coalesce(func.max(Actie.volgorde), 0)).where(Actie.doel_id == doel_id)
        ).scalar_one()
        a = Actie(doel_id=doel_id, volgorde=volgorde + 1, **velden)
        s.add(a)
        s.flush()
        return ActieData(a.id, doel_id, a.wie_id, a.door_consulent, "", a.wat, a.wanneer, a.status)


@rechten.casus(Handeling.WIJZIGING)
def wijzig_actie(
    db: Database,
    actie_id: uuid.UUID,
    velden: dict[str, Any],
    basis: dict[str, Any] | None = None,
) -> None:
    """Save fields of an action; `basis` as in casussen.wijzig_casus (per-field concurrency).
    Who does it is a person or the consulent: choosing one clears the other."""
    velden = {k: schoon(v) for k, v in velden.items()}
    alleen_velden(velden, ACTIE_VELDEN, "geen actieveld")
    fouten = _actie_fouten(velden)
    if fouten:
        raise Validatiefout(fouten)
    if velden.get("wie_id"):
        velden.setdefault("door_consulent", False)
    if velden.get("door_consulent"):
        velden.setdefault("wie_id", None)

    def werk(s: Session) -> None:
        a = s.get(Actie, actie_id)
        if a is None:
            raise NietGevonden(vertaal("Deze actie bestaat niet meer"))
        casus_id = s.get(Doel, a.doel_id).casus_id
        if "wie_id" in velden:
            persoon_van_casus(s, casus_id, velden["wie_id"], "wie")
        _bewaar_velden(s, db, "actie", a, casus_id, velden, basis)

    met_herhaling(db, werk, vertaal("Deze actie"))


@rechten.casus(Handeling.WIJZIGING)
def verwijder_actie(db: Database, actie_id: uuid.UUID) -> None:
    with db.sessie() as s:
        s.execute(delete(Actie).where(Actie.id == actie_id))
