"""The intake workspace: Levenskracht (verkennen, verdiepen), the verklarende analyse, goals and
the routekaart. Every function is one short transaction; the UI saves each field as it is typed.
"""

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import delete, func, select
from sqlmodel import Session

from jeugdloket.db import Database
from jeugdloket.fouten import NietGevonden, Validatiefout
from jeugdloket.models import (
    Actie,
    Casus,
    Doel,
    DoelFactor,
    Factor,
    Intake,
    LeefgebiedScore,
    Netwerklid,
    Persoon,
    Samenhang,
)
from jeugdloket.regels.codelijsten import leefgebieden
from jeugdloket.regels.intake import (
    ACTIE_STATUS,
    FACTOR_TYPES,
    FASEN,
    MAX_DOELEN,
    NABIJHEID,
    NIVEAUS,
    DoelFeit,
    groot_verschil,
    ontbreekt_voor_afronden,
    score_fout,
    signalen,
)
from jeugdloket.regels.zoeken import volledige_naam
from jeugdloket.services import alleen_velden, rechten
from jeugdloket.services.rechten import Actie as Handeling

# ---------------------------------------------------------------- plain data


@dataclass(frozen=True, slots=True)
class PersoonKort:
    id: uuid.UUID
    ref: str
    naam: str
    rol: str


@dataclass(frozen=True, slots=True)
class LeefgebiedData:
    sleutel: str
    naam: str
    gaat_goed: str | None = None
    zorgen: str | None = None
    score_inwoner: int | None = None
    score_metgezel: int | None = None
    inwoner_id: uuid.UUID | None = None

    @property
    def groot_verschil(self) -> bool:
        return groot_verschil(self.score_inwoner, self.score_metgezel)

    @property
    def ingevuld(self) -> bool:
        return any(
            v is not None and v != ""
            for v in (self.gaat_goed, self.zorgen, self.score_inwoner, self.score_metgezel)
        )


@dataclass(frozen=True, slots=True)
class NetwerklidData:
    persoon_id: uuid.UUID
    naam: str
    rol: str
    nabijheid: int
    bijdrage: str | None


@dataclass(frozen=True, slots=True)
class FactorData:
    id: uuid.UUID
    ref: str
    type: str
    niveau: str | None
    leefgebied: str | None
    omschrijving: str | None
    bron: str | None
    herkend: bool | None
    x: float | None
    y: float | None

    @property
    def naam(self) -> str:
        tekst = (self.omschrijving or "").strip()
        kort = tekst if len(tekst) <= 50 else tekst[:47] + "…"
        return f"Factor {self.ref}" + (f" ({kort})" if kort else "")


@dataclass(frozen=True, slots=True)
class SamenhangData:
    id: uuid.UUID
    van_id: uuid.UUID
    naar_id: uuid.UUID
    toelichting: str | None


@dataclass(frozen=True, slots=True)
class ActieData:
    id: uuid.UUID
    doel_id: uuid.UUID
    wie_id: uuid.UUID | None
    door_consulent: bool
    wie: str  # display name: the person, "consulent", or ""
    wat: str | None
    wanneer: str | None
    status: str | None


@dataclass(frozen=True, slots=True)
class DoelData:
    id: uuid.UUID
    ref: str
    prioriteit: int
    omschrijving: str | None
    goed_genoeg: str | None
    factor_ids: tuple[uuid.UUID, ...]
    acties: tuple[ActieData, ...]

    @property
    def naam(self) -> str:
        tekst = (self.omschrijving or "").strip()
        return f"Doel {self.prioriteit}" + (f" ({tekst[:50]})" if tekst else "")


@dataclass(frozen=True, slots=True)
class IntakeData:
    casus_id: uuid.UUID
    fase: str
    metgezel_id: uuid.UUID | None
    draagkracht: str | None
    draaglast: str | None
    samenvatting: str | None
    deelnemers: tuple[str, ...]
    auteur: str | None
    auteur_rol: str | None
    analyse_datum: date | None
    afgerond_op: date | None
    personen: tuple[PersoonKort, ...]
    leefgebieden: tuple[LeefgebiedData, ...]
    netwerk: tuple[NetwerklidData, ...]
    factoren: tuple[FactorData, ...]
    samenhang: tuple[SamenhangData, ...]
    doelen: tuple[DoelData, ...] = field(default_factory=tuple)

    def _doel_feiten(self) -> list[DoelFeit]:
        return [DoelFeit(d.naam, d.factor_ids, len(d.acties)) for d in self.doelen]

    @property
    def ontbreekt_voor_afronden(self) -> list[str]:
        return ontbreekt_voor_afronden({f.id: f.type for f in self.factoren}, self._doel_feiten())

    @property
    def signalen(self) -> list[str]:
        return signalen([(f.id, f.naam, f.type) for f in self.factoren], self._doel_feiten())

    def persoon(self, persoon_id: uuid.UUID | None) -> PersoonKort | None:
        return next((p for p in self.personen if p.id == persoon_id), None)


# ---------------------------------------------------------------- reading


def _personen(s: Session, casus_id: uuid.UUID) -> list[PersoonKort]:
    rijen = s.execute(
        select(Persoon).where(Persoon.casus_id == casus_id).order_by(Persoon.volgorde)
    ).scalars()
    return [
        PersoonKort(
            p.id,
            p.ref,
            volledige_naam(
                {
                    "voornaam": p.voornaam,
                    "tussenvoegsel": p.tussenvoegsel,
                    "achternaam": p.achternaam,
                }
            )
            or p.ref,
            p.rol,
        )
        for p in rijen
    ]


def _intake_rij(s: Session, casus_id: uuid.UUID, maken: bool = True) -> Intake | None:
    rij = s.execute(select(Intake).where(Intake.casus_id == casus_id)).scalar_one_or_none()
    if rij is None and maken:
        if s.get(Casus, casus_id) is None:
            raise NietGevonden("Casus niet gevonden")
        rij = Intake(casus_id=casus_id)
        s.add(rij)
        s.flush()
    return rij


def _lees(s: Session, casus_id: uuid.UUID) -> IntakeData:
    if s.get(Casus, casus_id) is None:
        raise NietGevonden("Casus niet gevonden")
    kop = _intake_rij(s, casus_id, maken=False) or Intake(casus_id=casus_id)
    personen = _personen(s, casus_id)
    namen = {p.id: p for p in personen}

    scores = {
        r.leefgebied: r
        for r in s.execute(
            select(LeefgebiedScore).where(LeefgebiedScore.casus_id == casus_id)
        ).scalars()
    }
    # Every configured leefgebied, in the team's order; then any scored key no longer configured
    # (kept and shown rather than silently dropped).
    sleutels = list(leefgebieden()) + sorted(k for k in scores if k not in leefgebieden())
    lgs = []
    for sleutel in sleutels:
        r = scores.get(sleutel)
        naam = leefgebieden().get(sleutel, sleutel.replace("_", " ").capitalize())
        lgs.append(
            LeefgebiedData(sleutel, naam)
            if r is None
            else LeefgebiedData(
                sleutel,
                naam,
                r.gaat_goed,
                r.zorgen,
                r.score_inwoner,
                r.score_metgezel,
                r.inwoner_id,
            )
        )
    netwerk = [
        NetwerklidData(
            n.persoon_id, namen[n.persoon_id].naam, namen[n.persoon_id].rol, n.nabijheid, n.bijdrage
        )
        for n in s.execute(select(Netwerklid).where(Netwerklid.casus_id == casus_id)).scalars()
        if n.persoon_id in namen
    ]
    factoren = [
        FactorData(
            f.id, f.ref, f.type, f.niveau, f.leefgebied, f.omschrijving, f.bron, f.herkend, f.x, f.y
        )
        for f in s.execute(
            select(Factor).where(Factor.casus_id == casus_id).order_by(Factor.volgorde)
        ).scalars()
    ]
    samenhang = [
        SamenhangData(r.id, r.van_id, r.naar_id, r.toelichting)
        for r in s.execute(
            select(Samenhang).where(Samenhang.casus_id == casus_id).order_by(Samenhang.volgorde)
        ).scalars()
    ]
    doelen_rijen = list(
        s.execute(
            select(Doel).where(Doel.casus_id == casus_id).order_by(Doel.prioriteit, Doel.ref)
        ).scalars()
    )
    doel_ids = [d.id for d in doelen_rijen]
    koppels: dict[uuid.UUID, list[uuid.UUID]] = {}
    acties: dict[uuid.UUID, list[ActieData]] = {}
    if doel_ids:
        for df in s.execute(
            select(DoelFactor).where(DoelFactor.doel_id.in_(doel_ids)).order_by(DoelFactor.volgorde)
        ).scalars():
            koppels.setdefault(df.doel_id, []).append(df.factor_id)
        for a in s.execute(
            select(Actie).where(Actie.doel_id.in_(doel_ids)).order_by(Actie.volgorde)
        ).scalars():
            wie = (
                "consulent"
                if a.door_consulent
                else (namen[a.wie_id].naam if a.wie_id in namen else "")
            )
            acties.setdefault(a.doel_id, []).append(
                ActieData(
                    a.id, a.doel_id, a.wie_id, a.door_consulent, wie, a.wat, a.wanneer, a.status
                )
            )
    doelen = [
        DoelData(
            d.id,
            d.ref,
            d.prioriteit,
            d.omschrijving,
            d.goed_genoeg,
            tuple(koppels.get(d.id, ())),
            tuple(acties.get(d.id, ())),
        )
        for d in doelen_rijen
    ]
    return IntakeData(
        casus_id=casus_id,
        fase=kop.fase or FASEN[0],
        metgezel_id=kop.metgezel_id,
        draagkracht=kop.draagkracht,
        draaglast=kop.draaglast,
        samenvatting=kop.samenvatting,
        deelnemers=tuple(kop.deelnemers or ()),
        auteur=kop.auteur,
        auteur_rol=kop.auteur_rol,
        analyse_datum=kop.analyse_datum,
        afgerond_op=kop.afgerond_op,
        personen=tuple(personen),
        leefgebieden=tuple(lgs),
        netwerk=tuple(netwerk),
        factoren=tuple(factoren),
        samenhang=tuple(samenhang),
        doelen=tuple(doelen),
    )


@rechten.casus(Handeling.INZAGE)
def intake(db: Database, casus_id: uuid.UUID) -> IntakeData:
    with db.sessie() as s:
        return _lees(s, casus_id)


# ---------------------------------------------------------------- the header fields

KOP_VELDEN = (
    "fase",
    "metgezel_id",
    "draagkracht",
    "draaglast",
    "samenvatting",
    "deelnemers",
    "auteur",
    "auteur_rol",
    "analyse_datum",
)


def _schoon(v: Any) -> Any:
    return (v.strip() or None) if isinstance(v, str) else v


def _persoon_van_casus(s: Session, casus_id: uuid.UUID, persoon_id: uuid.UUID | None, veld: str):
    if persoon_id is None:
        return
    p = s.get(Persoon, persoon_id)
    if p is None or p.casus_id != casus_id:
        raise Validatiefout({veld: f"{veld.capitalize()}: deze persoon hoort niet bij de casus"})


@rechten.casus(Handeling.WIJZIGING)
def zet_intake(db: Database, casus_id: uuid.UUID, velden: dict[str, Any]) -> IntakeData:
    """Save header fields (metgezel, draagkracht/draaglast, summary, participants, author…)."""
    alleen_velden(velden, KOP_VELDEN, "geen intakeveld")
    velden = {k: _schoon(v) for k, v in velden.items()}
    if "fase" in velden and velden["fase"] not in FASEN:
        raise Validatiefout({"fase": f"Fase '{velden['fase']}' bestaat niet"})
    with db.sessie() as s:
        if "metgezel_id" in velden:
            _persoon_van_casus(s, casus_id, velden["metgezel_id"], "metgezel")
        if "deelnemers" in velden:
            refs = {p.ref for p in _personen(s, casus_id)}
            velden["deelnemers"] = [r for r in (velden["deelnemers"] or []) if r in refs] or None
        kop = _intake_rij(s, casus_id)
        for k, v in velden.items():
            setattr(kop, k, v)
        s.flush()
        return _lees(s, casus_id)


# ---------------------------------------------------------------- verkennen

LEEFGEBIED_VELDEN = ("gaat_goed", "zorgen", "score_inwoner", "score_metgezel", "inwoner_id")


@rechten.casus(Handeling.WIJZIGING)
def zet_leefgebied(
    db: Database, casus_id: uuid.UUID, sleutel: str, velden: dict[str, Any]
) -> LeefgebiedData:
    alleen_velden(velden, LEEFGEBIED_VELDEN, "geen leefgebiedveld")
    velden = {k: _schoon(v) for k, v in velden.items()}
    fouten = {}
    for veld, naam in (("score_inwoner", "Score inwoner"), ("score_metgezel", "Score metgezel")):
        if veld in velden:
            melding = score_fout(velden[veld])
            if melding:
                fouten[veld] = f"{naam} {melding}"
    if sleutel not in leefgebieden():
        fouten["leefgebied"] = f"'{sleutel}' is geen leefgebied van dit team"
    if fouten:
        raise Validatiefout(fouten)
    with db.sessie() as s:
        if "inwoner_id" in velden:
            _persoon_van_casus(s, casus_id, velden["inwoner_id"], "inwoner")
        _intake_rij(s, casus_id)
        rij = s.execute(
            select(LeefgebiedScore).where(
                LeefgebiedScore.casus_id == casus_id, LeefgebiedScore.leefgebied == sleutel
            )
        ).scalar_one_or_none()
        if rij is None:
            rij = LeefgebiedScore(
                casus_id=casus_id, leefgebied=sleutel, volgorde=list(leefgebieden()).index(sleutel)
            )
            s.add(rij)
        for k, v in velden.items():
            setattr(rij, k, v)
        s.flush()
        return LeefgebiedData(
            sleutel,
            leefgebieden()[sleutel],
            rij.gaat_goed,
            rij.zorgen,
            rij.score_inwoner,
            rij.score_metgezel,
            rij.inwoner_id,
        )


# ---------------------------------------------------------------- verdiepen: network


@rechten.casus(Handeling.WIJZIGING)
def zet_netwerklid(
    db: Database,
    casus_id: uuid.UUID,
    persoon_id: uuid.UUID,
    nabijheid: int,
    bijdrage: str | None = None,
) -> None:
    if nabijheid not in NABIJHEID:
        raise Validatiefout({"nabijheid": "Nabijheid moet dichtbij, midden of veraf zijn"})
    with db.sessie() as s:
        _persoon_van_casus(s, casus_id, persoon_id, "persoon")
        _intake_rij(s, casus_id)
        rij = s.execute(
            select(Netwerklid).where(
                Netwerklid.casus_id == casus_id, Netwerklid.persoon_id == persoon_id
            )
        ).scalar_one_or_none()
        if rij is None:
            rij = Netwerklid(casus_id=casus_id, persoon_id=persoon_id)
            s.add(rij)
        rij.nabijheid = nabijheid
        rij.bijdrage = _schoon(bijdrage)


@rechten.casus(Handeling.WIJZIGING)
def verwijder_netwerklid(db: Database, casus_id: uuid.UUID, persoon_id: uuid.UUID) -> None:
    with db.sessie() as s:
        s.execute(
            delete(Netwerklid).where(
                Netwerklid.casus_id == casus_id, Netwerklid.persoon_id == persoon_id
            )
        )


# ---------------------------------------------------------------- verdiepen: factors and links

FACTOR_VELDEN = ("type", "niveau", "leefgebied", "omschrijving", "bron", "herkend", "x", "y")


def _factor_fouten(velden: dict[str, Any]) -> dict[str, str]:
    fouten = {}
    if "type" in velden and velden["type"] not in FACTOR_TYPES:
        fouten["type"] = "Type: kies predisponerend, uitlokkend, instandhoudend of beschermend"
    if velden.get("niveau") is not None and velden["niveau"] not in NIVEAUS:
        fouten["niveau"] = "Niveau: kies kind, ouder, gezin of omgeving"
    if velden.get("leefgebied") is not None and velden["leefgebied"] not in leefgebieden():
        fouten["leefgebied"] = f"Leefgebied '{velden['leefgebied']}' bestaat niet"
    return fouten


def _volgende_ref(s: Session, model, casus_id: uuid.UUID, letter: str) -> str:
    refs = s.execute(select(model.ref).where(model.casus_id == casus_id)).scalars()
    nummers = [int(r[1:]) for r in refs if r[:1] == letter and r[1:].isdigit()]
    return f"{letter}{max(nummers, default=0) + 1}"


def _bewaak_afgerond(s: Session, casus_id: uuid.UUID) -> None:
    """An afgeronde analysis must keep meeting its conditions: refuse a change that breaks them."""
    s.flush()
    kop = _intake_rij(s, casus_id, maken=False)
    if kop is None or kop.afgerond_op is None:
        return
    ontbreekt = _lees(s, casus_id).ontbreekt_voor_afronden
    if ontbreekt:
        raise Validatiefout(
            {
                "afgerond_op": "De analyse is afgerond; deze wijziging kan pas na 'Heropenen': "
                + "; ".join(ontbreekt)
            }
        )


@rechten.casus(Handeling.WIJZIGING)
def voeg_factor_toe(db: Database, casus_id: uuid.UUID, velden: dict[str, Any]) -> FactorData:
    velden = {k: _schoon(v) for k, v in velden.items()}
    alleen_velden(velden, FACTOR_VELDEN, "geen factorveld")
    velden.setdefault("type", None)
    fouten = _factor_fouten(velden)
    if fouten:
        raise Validatiefout(fouten)
    with db.sessie() as s:
        _intake_rij(s, casus_id)
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


@rechten.casus(Handeling.WIJZIGING)
def wijzig_factor(db: Database, factor_id: uuid.UUID, velden: dict[str, Any]) -> None:
    velden = {k: _schoon(v) for k, v in velden.items()}
    alleen_velden(velden, FACTOR_VELDEN, "geen factorveld")
    fouten = _factor_fouten(velden)
    if fouten:
        raise Validatiefout(fouten)
    with db.sessie() as s:
        f = s.get(Factor, factor_id)
        if f is None:
            raise NietGevonden("Deze factor bestaat niet meer")
        for k, v in velden.items():
            setattr(f, k, v)
        if "type" in velden:
            _bewaak_afgerond(s, f.casus_id)


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
        raise Validatiefout({"samenhang": "Een factor kan niet met zichzelf samenhangen"})
    with db.sessie() as s:
        van, naar = s.get(Factor, van_id), s.get(Factor, naar_id)
        if van is None or naar is None or van.casus_id != naar.casus_id:
            raise Validatiefout({"samenhang": "Kies twee factoren van deze casus"})
        bestaand = s.execute(
            select(Samenhang).where(Samenhang.van_id == van_id, Samenhang.naar_id == naar_id)
        ).scalar_one_or_none()
        if bestaand is not None:
            raise Validatiefout(
                {
                    "samenhang": f"Factor {van.ref} → {naar.ref} hangt al samen; pas de toelichting aan"
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
            toelichting=_schoon(toelichting),
        )
        s.add(r)
        s.flush()
        return SamenhangData(r.id, r.van_id, r.naar_id, r.toelichting)


@rechten.casus(Handeling.WIJZIGING)
def wijzig_samenhang(db: Database, samenhang_id: uuid.UUID, toelichting: str | None) -> None:
    with db.sessie() as s:
        r = s.get(Samenhang, samenhang_id)
        if r is None:
            raise NietGevonden("Deze samenhang bestaat niet meer")
        r.toelichting = _schoon(toelichting)


@rechten.casus(Handeling.WIJZIGING)
def verwijder_samenhang(db: Database, samenhang_id: uuid.UUID) -> None:
    with db.sessie() as s:
        s.execute(delete(Samenhang).where(Samenhang.id == samenhang_id))


# ---------------------------------------------------------------- vervullen: goals and actions


@rechten.casus(Handeling.WIJZIGING)
def voeg_doel_toe(db: Database, casus_id: uuid.UUID, omschrijving: str | None = None) -> DoelData:
    with db.sessie() as s:
        _intake_rij(s, casus_id)
        aantal = s.execute(
            select(func.count()).select_from(Doel).where(Doel.casus_id == casus_id)
        ).scalar_one()
        if aantal >= MAX_DOELEN:
            raise Validatiefout(
                {
                    "doelen": f"Er zijn al {MAX_DOELEN} doelen; meer mag niet. Kies samen wat het "
                    "belangrijkst is, of voeg doelen samen."
                }
            )
        d = Doel(
            casus_id=casus_id,
            ref=_volgende_ref(s, Doel, casus_id, "d"),
            prioriteit=aantal + 1,
            omschrijving=_schoon(omschrijving),
        )
        s.add(d)
        s.flush()
        return DoelData(d.id, d.ref, d.prioriteit, d.omschrijving, None, (), ())


@rechten.casus(Handeling.WIJZIGING)
def wijzig_doel(db: Database, doel_id: uuid.UUID, velden: dict[str, Any]) -> None:
    alleen_velden(velden, ("omschrijving", "goed_genoeg"), "geen doelveld")
    with db.sessie() as s:
        d = s.get(Doel, doel_id)
        if d is None:
            raise NietGevonden("Dit doel bestaat niet meer")
        for k, v in velden.items():
            setattr(d, k, _schoon(v))


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
            raise NietGevonden("Dit doel bestaat niet meer")
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
            raise NietGevonden("Dit doel bestaat niet meer")
        for fid in factor_ids:
            f = s.get(Factor, fid)
            if f is None or f.casus_id != d.casus_id:
                raise Validatiefout({"factoren": "Kies factoren van deze casus"})
        s.execute(delete(DoelFactor).where(DoelFactor.doel_id == doel_id))
        for i, fid in enumerate(factor_ids, start=1):
            s.add(DoelFactor(doel_id=doel_id, factor_id=fid, volgorde=i))
        _bewaak_afgerond(s, d.casus_id)


ACTIE_VELDEN = ("wie_id", "door_consulent", "wat", "wanneer", "status")


def _actie_fouten(velden: dict[str, Any]) -> dict[str, str]:
    if velden.get("status") is not None and velden["status"] not in ACTIE_STATUS:
        return {"status": "Status: kies nog niet begonnen, bezig of gedaan"}
    return {}


@rechten.casus(Handeling.WIJZIGING)
def voeg_actie_toe(db: Database, doel_id: uuid.UUID, velden: dict[str, Any]) -> ActieData:
    velden = {k: _schoon(v) for k, v in velden.items()}
    alleen_velden(velden, ACTIE_VELDEN, "geen actieveld")
    velden.setdefault("status", "open")
    fouten = _actie_fouten(velden)
    if fouten:
        raise Validatiefout(fouten)
    with db.sessie() as s:
        d = s.get(Doel, doel_id)
        if d is None:
            raise NietGevonden("Dit doel bestaat niet meer")
        _persoon_van_casus(s, d.casus_id, velden.get("wie_id"), "wie")
        volgorde = s.execute(
            select(func.coalesce(func.max(Actie.volgorde), 0)).where(Actie.doel_id == doel_id)
        ).scalar_one()
        a = Actie(doel_id=doel_id, volgorde=volgorde + 1, **velden)
        s.add(a)
        s.flush()
        return ActieData(a.id, doel_id, a.wie_id, a.door_consulent, "", a.wat, a.wanneer, a.status)


@rechten.casus(Handeling.WIJZIGING)
def wijzig_actie(db: Database, actie_id: uuid.UUID, velden: dict[str, Any]) -> None:
    velden = {k: _schoon(v) for k, v in velden.items()}
    alleen_velden(velden, ACTIE_VELDEN, "geen actieveld")
    fouten = _actie_fouten(velden)
    if fouten:
        raise Validatiefout(fouten)
    with db.sessie() as s:
        a = s.get(Actie, actie_id)
        if a is None:
            raise NietGevonden("Deze actie bestaat niet meer")
        if "wie_id" in velden:
            _persoon_van_casus(s, s.get(Doel, a.doel_id).casus_id, velden["wie_id"], "wie")
        for k, v in velden.items():
            setattr(a, k, v)
        if velden.get("wie_id"):
            a.door_consulent = False
        if velden.get("door_consulent"):
            a.wie_id = None


@rechten.casus(Handeling.WIJZIGING)
def verwijder_actie(db: Database, actie_id: uuid.UUID) -> None:
    with db.sessie() as s:
        s.execute(delete(Actie).where(Actie.id == actie_id))


# ---------------------------------------------------------------- afronden


@rechten.casus(Handeling.WIJZIGING)
def rond_af(db: Database, casus_id: uuid.UUID, datum: date | None = None) -> IntakeData:
    """Set afgerond_op, only when the analysis is complete; otherwise say what is missing."""
    datum = datum or date.today()
    with db.sessie() as s:
        data = _lees(s, casus_id)
        ontbreekt = data.ontbreekt_voor_afronden
        if ontbreekt:
            raise Validatiefout({"afgerond_op": "Nog niet af te ronden: " + "; ".join(ontbreekt)})
        kop = _intake_rij(s, casus_id)
        kop.afgerond_op = datum
        if kop.analyse_datum is None:
            kop.analyse_datum = datum
        s.flush()
        return _lees(s, casus_id)


@rechten.casus(Handeling.WIJZIGING)
def heropen(db: Database, casus_id: uuid.UUID) -> IntakeData:
    with db.sessie() as s:
        kop = _intake_rij(s, casus_id)
        kop.afgerond_op = None
        s.flush()
        return _lees(s, casus_id)


# ---------------------------------------------------------------- status facts for the case list


def status_vragen(casus_tabel):
    """SQL expressions (intake started, analysis started, analysis afgerond) for the case list."""
    from sqlalchemy import exists

    c = casus_tabel.c.id
    lg = LeefgebiedScore.__table__
    intake_t = Intake.__table__
    intake_gestart = (
        exists().where(lg.c.casus_id == c)
        | exists().where(Netwerklid.__table__.c.casus_id == c)
        | exists().where(
            (intake_t.c.casus_id == c)
            & (
                intake_t.c.metgezel_id.is_not(None)
                | intake_t.c.draagkracht.is_not(None)
                | intake_t.c.draaglast.is_not(None)
            )
        )
    )
    analyse = exists().where(Factor.__table__.c.casus_id == c) | exists().where(
        Doel.__table__.c.casus_id == c
    )
    from jeugdloket.models import Familiegroepsplan

    fgp = Familiegroepsplan.__table__
    # "Plan": the analysis is afgerond, or the family made its own familiegroepsplan.
    plan = exists().where(
        (intake_t.c.casus_id == c) & intake_t.c.afgerond_op.is_not(None)
    ) | exists().where((fgp.c.casus_id == c) & (fgp.c.status == "opgesteld"))
    return intake_gestart, analyse, plan


def status_verzamelingen(conn, casus_ids: list[str] | None) -> tuple[set, set, set]:
    """The same three facts as `status_vragen`, as sets of case ids (hex text) for a whole list.

    A handful of index scans instead of correlated subqueries per row: the case list of 100,000
    cases asks this at every start. `casus_ids` None: all cases; else only these.
    """
    from sqlalchemy import String, type_coerce

    from jeugdloket.models import Familiegroepsplan

    intake_t, fgp = Intake.__table__, Familiegroepsplan.__table__
    vragen = {
        "intake": [
            (LeefgebiedScore.__table__, None),
            (Netwerklid.__table__, None),
            (
                intake_t,
                intake_t.c.metgezel_id.is_not(None)
                | intake_t.c.draagkracht.is_not(None)
                | intake_t.c.draaglast.is_not(None),
            ),
        ],
        "analyse": [(Factor.__table__, None), (Doel.__table__, None)],
        "plan": [
            (intake_t, intake_t.c.afgerond_op.is_not(None)),
            (fgp, fgp.c.status == "opgesteld"),
        ],
    }
    uit: dict[str, set] = {k: set() for k in vragen}
    delen = (
        [None]
        if casus_ids is None
        else [casus_ids[i : i + 500] for i in range(0, len(casus_ids), 500)]
    )
    for soort, bronnen in vragen.items():
        for tabel, voorwaarde in bronnen:
            kolom = type_coerce(tabel.c.casus_id, String)
            for deel in delen:
                q = select(kolom).distinct()
                if voorwaarde is not None:
                    q = q.where(voorwaarde)
                if deel is not None:
                    q = q.where(kolom.in_(deel))
                uit[soort].update(conn.execute(q).scalars())
    return uit["intake"], uit["analyse"], uit["plan"]


# ---------------------------------------------------------------- exchange format


def _zonder_leeg(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None and v != [] and v != {}}


def _iso(v: Any) -> Any:
    return v.isoformat() if isinstance(v, date) else v


def naar_document(s: Session, casus_id: uuid.UUID) -> tuple[dict | None, dict | None]:
    """(levenskracht, verklarende_analyse) of a case in the exchange format (None when empty)."""
    data = _lees(s, casus_id)
    kop = _intake_rij(s, casus_id, maken=False)
    refs = {p.id: p.ref for p in data.personen}
    factor_refs = {f.id: f.ref for f in data.factoren}
    scores = list(
        s.execute(
            select(LeefgebiedScore)
            .where(LeefgebiedScore.casus_id == casus_id)
            .order_by(LeefgebiedScore.volgorde, LeefgebiedScore.leefgebied)
        ).scalars()
    )
    extra_per_id = {}
    for model in (Factor, Samenhang, Doel):
        for rid, ex in s.execute(select(model.id, model.extra).where(model.casus_id == casus_id)):
            extra_per_id[rid] = ex or {}
    doel_ids = [d.id for d in data.doelen]
    if doel_ids:
        for rid, ex in s.execute(select(Actie.id, Actie.extra).where(Actie.doel_id.in_(doel_ids))):
            extra_per_id[rid] = ex or {}
    netwerk_extra = {
        n.persoon_id: n.extra or {}
        for n in s.execute(select(Netwerklid).where(Netwerklid.casus_id == casus_id)).scalars()
    }

    lk = _zonder_leeg(
        {
            "metgezel": refs.get(data.metgezel_id),
            "draagkracht": data.draagkracht,
            "draaglast": data.draaglast,
            "leefgebieden": [
                _zonder_leeg(
                    {
                        "leefgebied": lg.leefgebied,
                        "score_inwoner": lg.score_inwoner,
                        "score_metgezel": lg.score_metgezel,
                        "gaat_goed": lg.gaat_goed,
                        "zorgen": lg.zorgen,
                        "inwoner": refs.get(lg.inwoner_id),
                        **(lg.extra or {}),
                    }
                )
                for lg in scores
            ],
            "netwerk": [
                _zonder_leeg(
                    {
                        "persoon": refs.get(n.persoon_id),
                        "nabijheid": n.nabijheid,
                        "bijdrage": n.bijdrage,
                        **netwerk_extra.get(n.persoon_id, {}),
                    }
                )
                for n in data.netwerk
            ],
            **((kop.extra_levenskracht if kop else None) or {}),
        }
    )

    def actie(a: ActieData) -> dict:
        return _zonder_leeg(
            {
                "wie": refs.get(a.wie_id),
                "door_consulent": True if a.door_consulent else None,
                "wat": a.wat,
                "wanneer": a.wanneer,
                "status": a.status,
                **extra_per_id.get(a.id, {}),
            }
        )

    va = _zonder_leeg(
        {
            "afgerond_op": _iso(data.afgerond_op),
            "datum": _iso(data.analyse_datum),
            "auteur": data.auteur,
            "auteur_rol": data.auteur_rol,
            "deelnemers": list(data.deelnemers) or None,
            "samenvatting": data.samenvatting,
            "factoren": [
                _zonder_leeg(
                    {
                        "id": f.ref,
                        "type": f.type,
                        "niveau": f.niveau,
                        "leefgebied": f.leefgebied,
                        "omschrijving": f.omschrijving,
                        "bron": f.bron,
                        "herkend": f.herkend,
                        "x": f.x,
                        "y": f.y,
                        **extra_per_id.get(f.id, {}),
                    }
                )
                for f in data.factoren
            ],
            "samenhang": [
                _zonder_leeg(
                    {
                        "van": factor_refs[r.van_id],
                        "naar": factor_refs[r.naar_id],
                        "toelichting": r.toelichting,
                        **extra_per_id.get(r.id, {}),
                    }
                )
                for r in data.samenhang
            ],
            "doelen": [
                _zonder_leeg(
                    {
                        "id": d.ref,
                        "prioriteit": d.prioriteit,
                        "omschrijving": d.omschrijving,
                        "goed_genoeg": d.goed_genoeg,
                        "factoren": [factor_refs[f] for f in d.factor_ids],
                        "acties": [actie(a) for a in d.acties],
                        **extra_per_id.get(d.id, {}),
                    }
                )
                for d in data.doelen
            ],
            **((kop.extra_analyse if kop else None) or {}),
        }
    )
    return (lk or None), (va or None)


def uit_document(
    s: Session,
    casus_id: uuid.UUID,
    lk: dict | None,
    va: dict | None,
    persoon_ids: dict[str, uuid.UUID],
) -> None:
    """Replace the intake of a case by the (already checked) exchange parts."""
    wis_intake(s, casus_id)
    lk, va = lk or {}, va or {}
    if not lk and not va:
        return
    bekend_lk = {"metgezel", "draagkracht", "draaglast", "leefgebieden", "netwerk"}
    bekend_va = {
        "afgerond_op",
        "datum",
        "auteur",
        "auteur_rol",
        "deelnemers",
        "samenvatting",
        "factoren",
        "samenhang",
        "doelen",
    }
    s.flush()
    s.add(
        Intake(
            casus_id=casus_id,
            metgezel_id=persoon_ids.get(lk.get("metgezel")),
            draagkracht=lk.get("draagkracht"),
            draaglast=lk.get("draaglast"),
            samenvatting=va.get("samenvatting"),
            deelnemers=va.get("deelnemers"),
            auteur=va.get("auteur"),
            auteur_rol=va.get("auteur_rol"),
            analyse_datum=_datum(va.get("datum")),
            afgerond_op=_datum(va.get("afgerond_op")),
            extra_levenskracht={k: v for k, v in lk.items() if k not in bekend_lk} or None,
            extra_analyse={k: v for k, v in va.items() if k not in bekend_va} or None,
        )
    )
    bekend = {"leefgebied", "score_inwoner", "score_metgezel", "gaat_goed", "zorgen", "inwoner"}
    # The document's order is kept (volgorde), so an export gives the leefgebieden back as they came.
    for i, lg in enumerate(lk.get("leefgebieden") or []):
        s.add(
            LeefgebiedScore(
                casus_id=casus_id,
                leefgebied=lg["leefgebied"],
                volgorde=i,
                gaat_goed=lg.get("gaat_goed"),
                zorgen=lg.get("zorgen"),
                score_inwoner=lg.get("score_inwoner"),
                score_metgezel=lg.get("score_metgezel"),
                inwoner_id=persoon_ids.get(lg.get("inwoner")),
                extra={k: v for k, v in lg.items() if k not in bekend} or None,
            )
        )
    for n in lk.get("netwerk") or []:
        s.add(
            Netwerklid(
                casus_id=casus_id,
                persoon_id=persoon_ids[n["persoon"]],
                nabijheid=n.get("nabijheid") or 2,
                bijdrage=n.get("bijdrage"),
                extra={k: v for k, v in n.items() if k not in {"persoon", "nabijheid", "bijdrage"}}
                or None,
            )
        )
    factoren: dict[str, uuid.UUID] = {}
    bekend = {"id", "type", "niveau", "leefgebied", "omschrijving", "bron", "herkend", "x", "y"}
    for i, f in enumerate(va.get("factoren") or [], start=1):
        rij = Factor(
            casus_id=casus_id,
            ref=f["id"],
            volgorde=i,
            type=f.get("type") or "predisponerend",
            niveau=f.get("niveau"),
            leefgebied=f.get("leefgebied"),
            omschrijving=f.get("omschrijving"),
            bron=f.get("bron"),
            herkend=f.get("herkend"),
            x=f.get("x"),
            y=f.get("y"),
            extra={k: v for k, v in f.items() if k not in bekend} or None,
        )
        s.add(rij)
        factoren[f["id"]] = rij.id
    s.flush()  # no ORM relationships: flush parents before rows that refer to them
    for i, r in enumerate(va.get("samenhang") or [], start=1):
        s.add(
            Samenhang(
                casus_id=casus_id,
                van_id=factoren[r["van"]],
                naar_id=factoren[r["naar"]],
                volgorde=i,
                toelichting=r.get("toelichting"),
                extra={k: v for k, v in r.items() if k not in {"van", "naar", "toelichting"}}
                or None,
            )
        )
    bekend = {"id", "prioriteit", "omschrijving", "goed_genoeg", "factoren", "acties"}
    bekend_actie = {"wie", "door_consulent", "wat", "wanneer", "status"}
    for i, d in enumerate(va.get("doelen") or [], start=1):
        doel = Doel(
            casus_id=casus_id,
            ref=d["id"],
            prioriteit=d.get("prioriteit") or i,
            omschrijving=d.get("omschrijving"),
            goed_genoeg=d.get("goed_genoeg"),
            extra={k: v for k, v in d.items() if k not in bekend} or None,
        )
        s.add(doel)
        s.flush()  # the goal's id must exist before its links
        for j, ref in enumerate(dict.fromkeys(d.get("factoren") or []), start=1):
            s.add(DoelFactor(doel_id=doel.id, factor_id=factoren[ref], volgorde=j))
        for j, a in enumerate(d.get("acties") or [], start=1):
            s.add(
                Actie(
                    doel_id=doel.id,
                    volgorde=j,
                    wie_id=persoon_ids.get(a.get("wie")),
                    door_consulent=bool(a.get("door_consulent")),
                    wat=a.get("wat"),
                    wanneer=a.get("wanneer"),
                    status=a.get("status"),
                    extra={k: v for k, v in a.items() if k not in bekend_actie} or None,
                )
            )
    s.flush()


def _datum(waarde: Any) -> Any:
    if isinstance(waarde, str) and len(waarde) == 10:
        return date.fromisoformat(waarde)
    if isinstance(waarde, str):
        from datetime import datetime

        return datetime.fromisoformat(waarde)
    return waarde


def wis_intake(s: Session, casus_id: uuid.UUID) -> None:
    doelen = select(Doel.id).where(Doel.casus_id == casus_id)
    s.execute(delete(Actie).where(Actie.doel_id.in_(doelen)))
    s.execute(delete(DoelFactor).where(DoelFactor.doel_id.in_(doelen)))
    for model in (Samenhang, Doel, Factor, Netwerklid, LeefgebiedScore, Intake):
        s.execute(delete(model).where(model.casus_id == casus_id))
    s.flush()
