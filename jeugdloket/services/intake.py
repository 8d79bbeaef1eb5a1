"""The intake record of a case: its plain data (`IntakeData` and parts), reading it, the header
fields, afronden/heropenen and the status facts for the case list. Levenskracht is in
`levenskracht`, the verklarende analyse and the routekaart in `analyse`, the exchange-format
parts in `intake_document`. Every function is one short transaction; the UI saves each field
as it is typed.
"""

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session

from jeugdloket.db import Database, ruwe_rijen
from jeugdloket.fouten import NietGevonden, Validatiefout
from jeugdloket.models import (
    Actie,
    Casus,
    Doel,
    DoelFactor,
    Factor,
    Familiegroepsplan,
    Intake,
    LeefgebiedScore,
    Netwerklid,
    Persoon,
    Samenhang,
)
from jeugdloket.regels.codelijsten import leefgebieden
from jeugdloket.regels.intake import (
    FASEN,
    DoelFeit,
    groot_verschil,
    ontbreekt_voor_afronden,
    signalen,
)
from jeugdloket.regels.zoeken import volledige_naam
from jeugdloket.services import alleen_velden, rechten, schrijven
from jeugdloket.services.rechten import Actie as Handeling
from jeugdloket.services.velden import (
    controleer_velden,
    echt_gewijzigd,
    met_herhaling,
    noteer_velden,
)
from jeugdloket.taal import vertaal

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
        return vertaal("Doel {nummer}", nummer=self.prioriteit) + (
            f" ({tekst[:50]})" if tekst else ""
        )


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


def intake_rij(s: Session, casus_id: uuid.UUID, maken: bool = True) -> Intake | None:
    rij = s.execute(select(Intake).where(Intake.casus_id == casus_id)).scalar_one_or_none()
    if rij is None and maken:
        if s.get(Casus, casus_id) is None:
            raise NietGevonden(vertaal("Casus niet gevonden"))
        rij = Intake(casus_id=casus_id)
        s.add(rij)
        s.flush()
    return rij


def lees_intake(s: Session, casus_id: uuid.UUID, kop: Intake | None = None) -> IntakeData:
    """The whole intake of a case. `kop`: its intake row, just saved (the case exists then,
    and neither is read again: two round trips per save on the team register)."""
    if kop is None:
        if s.get(Casus, casus_id) is None:
            raise NietGevonden(vertaal("Casus niet gevonden"))
        kop = intake_rij(s, casus_id, maken=False) or Intake(casus_id=casus_id)
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
        return lees_intake(s, casus_id)


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


def schoon(v: Any) -> Any:
    return (v.strip() or None) if isinstance(v, str) else v


def persoon_van_casus(s: Session, casus_id: uuid.UUID, persoon_id: uuid.UUID | None, veld: str):
    if persoon_id is None:
        return
    p = s.get(Persoon, persoon_id)
    if p is None or p.casus_id != casus_id:
        raise Validatiefout(
            {
                veld: vertaal(
                    "{capitalize}: deze persoon hoort niet bij de casus",
                    capitalize=veld.capitalize(),
                )
            }
        )


@rechten.casus(Handeling.WIJZIGING)
def zet_intake(
    db: Database,
    casus_id: uuid.UUID,
    velden: dict[str, Any],
    basis: dict[str, Any] | None = None,
) -> IntakeData:
    """Save header fields (metgezel, draagkracht/draaglast, summary, participants, author…);
    `basis` as in casussen.wijzig_casus (per-field concurrency)."""
    alleen_velden(velden, KOP_VELDEN, "geen intakeveld")
    velden = {k: schoon(v) for k, v in velden.items()}
    if "fase" in velden and velden["fase"] not in FASEN:
        raise Validatiefout({"fase": vertaal("Fase '{fase}' bestaat niet", fase=velden["fase"])})

    def werk(s: Session, in_een_keer: bool = False) -> IntakeData:
        nieuw = dict(velden)
        if "metgezel_id" in nieuw:
            persoon_van_casus(s, casus_id, nieuw["metgezel_id"], "metgezel")
        if "deelnemers" in nieuw:
            refs = {p.ref for p in _personen(s, casus_id)}
            nieuw["deelnemers"] = [r for r in (nieuw["deelnemers"] or []) if r in refs] or None
        kop = intake_rij(s, casus_id)
        if basis is not None:
            controleer_velden(s, "intake", kop, nieuw, basis)
        echt = echt_gewijzigd(kop, nieuw)
        if in_een_keer:
            if not schrijven.werk_bij(s, db, kop, {k: nieuw[k] for k in echt}, casus_id, echt):
                raise StaleDataError("de intake is intussen bewaard")  # read again
            return lees_intake(s, casus_id, kop)
        for k in echt:
            setattr(kop, k, nieuw[k])
        s.flush()
        noteer_velden(s, "intake", kop.id, casus_id, echt, db.gebruiker)
        return lees_intake(s, casus_id)

    if schrijven.kan(db):
        return met_herhaling(
            db,
            lambda s: werk(s, in_een_keer=True),
            vertaal("De intake"),
            lambda: schrijven.sessie(db),
        )
    return met_herhaling(db, werk, vertaal("De intake"))


# ---------------------------------------------------------------- afronden


@rechten.casus(Handeling.WIJZIGING)
def rond_af(db: Database, casus_id: uuid.UUID, datum: date | None = None) -> IntakeData:
    """Set afgerond_op, only when the analysis is complete; otherwise say what is missing."""
    datum = datum or date.today()
    with db.sessie() as s:
        data = lees_intake(s, casus_id)
        ontbreekt = data.ontbreekt_voor_afronden
        if ontbreekt:
            raise Validatiefout(
                {
                    "afgerond_op": vertaal(
                        "Nog niet af te ronden: {ontbreekt}", ontbreekt="; ".join(ontbreekt)
                    )
                }
            )
        kop = intake_rij(s, casus_id)
        kop.afgerond_op = datum
        if kop.analyse_datum is None:
            kop.analyse_datum = datum
        s.flush()
        return lees_intake(s, casus_id)


@rechten.casus(Handeling.WIJZIGING)
def heropen(db: Database, casus_id: uuid.UUID) -> IntakeData:
    with db.sessie() as s:
        kop = intake_rij(s, casus_id)
        kop.afgerond_op = None
        s.flush()
        return lees_intake(s, casus_id)


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

    fgp = Familiegroepsplan.__table__
    # "Plan": the analysis is afgerond, or the family made its own familiegroepsplan.
    plan = exists().where(
        (intake_t.c.casus_id == c) & intake_t.c.afgerond_op.is_not(None)
    ) | exists().where((fgp.c.casus_id == c) & (fgp.c.status == "opgesteld"))
    return intake_gestart, analyse, plan


def status_verzamelingen(conn) -> tuple[set, set, set]:
    """The same three facts as `status_vragen`, as sets of case ids (hex text) for a whole list.

    A handful of index scans instead of correlated subqueries per row: the case list of 100,000
    cases asks this at every start (a few rows ask `status_vragen`).
    """

    intake_t, fgp = Intake.__table__, Familiegroepsplan.__table__
    vragen = {
        "intake": [(LeefgebiedScore.__table__, None), (Netwerklid.__table__, None)],
        "analyse": [(Factor.__table__, None), (Doel.__table__, None)],
        "plan": [(fgp, fgp.c.status == "opgesteld")],
    }
    uit: dict[str, set] = {k: set() for k in vragen}
    for soort, bronnen in vragen.items():
        for tabel, voorwaarde in bronnen:
            q = select(type_coerce(tabel.c.casus_id, String)).distinct()
            if voorwaarde is not None:
                q = q.where(voorwaarde)
            uit[soort].update(r[0] for r in ruwe_rijen(conn, q))
    # The intake row (one per case) answers two facts in one scan of its table.
    gestart = (
        intake_t.c.metgezel_id.is_not(None)
        | intake_t.c.draagkracht.is_not(None)
        | intake_t.c.draaglast.is_not(None)
    )
    afgerond = intake_t.c.afgerond_op.is_not(None)
    q = select(type_coerce(intake_t.c.casus_id, String), gestart, afgerond).where(
        gestart | afgerond
    )
    intake, plan = uit["intake"], uit["plan"]
    for casus_id, is_gestart, is_afgerond in ruwe_rijen(conn, q):
        if is_gestart:
            intake.add(casus_id)
        if is_afgerond:
            plan.add(casus_id)
    return intake, uit["analyse"], plan
