"""The evaluation of the help: after three months, with the family and the provider.

One evaluation per conversation (`maak`): its date and who took part; per goal of the analysis
the family's and the consultant's score (1–10) and words (`zet_doel`); per toewijzing a decision
– doorgaan, aanpassen, afschalen or beëindigen – that is carried out on the toewijzing through
`toewijzingen` (`leg_besluit_vast`) and keeps what it changed. Fields save per field with
`basis=` (services/velden.py). An evaluation counts as an evaluation moment for kpi.md figure 10
and resets the three-month clock of the running toewijzingen (`regels.evaluatie`).
"""

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlmodel import Session

from jeugdloket.db import Database
from jeugdloket.fouten import Fout, NietGevonden, Validatiefout
from jeugdloket.models import (
    Casus,
    Contactmoment,
    Doel,
    Evaluatie,
    EvaluatieBesluit,
    EvaluatieDoel,
    Toewijzing,
    nu,
)
from jeugdloket.regels.evaluatie import (
    BESLUITEN,
    WIJZIGBARE_VELDEN,
    EvaluatieStand,
    afschalen_fout,
    besluit_fout,
    dag,
    evaluatie_stand,
    score_fout,
)
from jeugdloket.services import alleen_velden, rechten
from jeugdloket.services import toewijzingen as toewijzingen_dienst
from jeugdloket.services.rechten import Actie as Handeling
from jeugdloket.services.velden import (
    controleer_velden,
    echt_gewijzigd,
    met_herhaling,
    noteer_velden,
    vergelijkbaar,
)
from jeugdloket.taal import vertaal

KOPVELDEN = ("datum", "deelnemers", "aanbieder_aanwezig", "samenvatting")
DOELVELDEN = ("score_gezin", "score_consulent", "woorden_gezin", "woorden_consulent")
BESLUITVELDEN = ("toelichting",)


# ---------------------------------------------------------------- plain data


@dataclass(slots=True)
class DoelScore:
    id: uuid.UUID | None  # None: not scored yet in this evaluation
    version: int
    doel_ref: str
    doel: str  # the goal in the family's words
    score_gezin: int | None = None
    score_consulent: int | None = None
    woorden_gezin: str | None = None
    woorden_consulent: str | None = None


@dataclass(slots=True)
class BesluitData:
    id: uuid.UUID
    version: int
    toewijzing_ref: str
    toewijzing_id: uuid.UUID | None  # None: the toewijzing is no longer in the case
    toewijzing: str  # "product – aanbieder"
    besluit: str
    toelichting: str | None
    gevolg: dict[str, Any]
    uitgevoerd_op: datetime | None

    @property
    def besluit_tekst(self) -> str:
        return vertaal(BESLUITEN.get(self.besluit, self.besluit))


@dataclass(slots=True)
class EvaluatieData:
    id: uuid.UUID
    casus_id: uuid.UUID
    version: int
    ref: str
    datum: date
    deelnemers: list[str] = field(default_factory=list)
    aanbieder_aanwezig: bool | None = None
    samenvatting: str | None = None
    doelen: list[DoelScore] = field(default_factory=list)
    besluiten: list[BesluitData] = field(default_factory=list)

    def besluit_voor(self, toewijzing_ref: str | None) -> BesluitData | None:
        return next((b for b in self.besluiten if b.toewijzing_ref == toewijzing_ref), None)


def toewijzing_tekst(t: Any) -> str:
    wat = t.product or t.productcode or f"categorie {t.productcategorie}"
    bij = t.aanbieder or (f"AGB {t.aanbieder_agb}" if t.aanbieder_agb else "")
    return f"{wat} – {bij}" if bij else wat


def _laad(s: Session, evaluatie_id: uuid.UUID) -> Evaluatie:
    e = s.get(Evaluatie, evaluatie_id)
    if e is None:
        raise NietGevonden(vertaal("Deze evaluatie bestaat niet (meer)"))
    return e


def _lees(s: Session, casus_id: uuid.UUID, rijen: list[Evaluatie]) -> list[EvaluatieData]:
    doelen = list(
        s.execute(select(Doel).where(Doel.casus_id == casus_id).order_by(Doel.prioriteit))
        .scalars()
        .all()
    )
    toewijzingen = {
        t.ref: t
        for t in s.execute(
            select(Toewijzing).where(Toewijzing.casus_id == casus_id, Toewijzing.ref.is_not(None))
        ).scalars()
    }
    ids = [e.id for e in rijen]
    scores: dict[uuid.UUID, dict[str, EvaluatieDoel]] = {}
    besluiten: dict[uuid.UUID, list[EvaluatieBesluit]] = {}
    if ids:
        for d in s.execute(
            select(EvaluatieDoel)
            .where(EvaluatieDoel.evaluatie_id.in_(ids))
            .order_by(EvaluatieDoel.volgorde)
        ).scalars():
            scores.setdefault(d.evaluatie_id, {})[d.doel_ref] = d
        for b in s.execute(
            select(EvaluatieBesluit)
            .where(EvaluatieBesluit.evaluatie_id.in_(ids))
            .order_by(EvaluatieBesluit.volgorde)
        ).scalars():
            besluiten.setdefault(b.evaluatie_id, []).append(b)
    uit = []
    for e in rijen:
        eigen = dict(scores.get(e.id, {}))
        regels = []
        for d in doelen:  # every goal of the analysis, scored or not
            r = eigen.pop(d.ref, None)
            regels.append(_doelscore(r, d.ref, d.omschrijving or d.ref))
        for ref, r in eigen.items():  # a goal removed from the analysis since: kept
            regels.append(_doelscore(r, ref, ref))
        uit.append(
            EvaluatieData(
                id=e.id,
                casus_id=e.casus_id,
                version=e.version,
                ref=e.ref,
                datum=dag(e.datum),
                deelnemers=list(e.deelnemers or []),
                aanbieder_aanwezig=e.aanbieder_aanwezig,
                samenvatting=e.samenvatting,
                doelen=regels,
                besluiten=[
                    BesluitData(
                        b.id,
                        b.version,
                        b.toewijzing_ref,
                        toewijzingen[b.toewijzing_ref].id
                        if b.toewijzing_ref in toewijzingen
                        else None,
                        toewijzing_tekst(toewijzingen[b.toewijzing_ref])
                        if b.toewijzing_ref in toewijzingen
                        else b.toewijzing_ref,
                        b.besluit,
                        b.toelichting,
                        dict(b.gevolg or {}),
                        b.uitgevoerd_op,
                    )
                    for b in besluiten.get(e.id, [])
                ],
            )
        )
    return uit


def _doelscore(r: EvaluatieDoel | None, ref: str, tekst: str) -> DoelScore:
    if r is None:
        return DoelScore(None, 0, ref, tekst)
    return DoelScore(
        r.id,
        r.version,
        ref,
        tekst,
        r.score_gezin,
        r.score_consulent,
        r.woorden_gezin,
        r.woorden_consulent,
    )


def lees_evaluaties(s: Session, casus_id: uuid.UUID) -> list[EvaluatieData]:
    """The evaluations of a case inside an open session, newest first."""
    rijen = list(
        s.execute(
            select(Evaluatie)
            .where(Evaluatie.casus_id == casus_id)
            .order_by(Evaluatie.datum.desc(), Evaluatie.ref.desc())
        ).scalars()
    )
    return _lees(s, casus_id, rijen)


@rechten.casus(Handeling.INZAGE)
def evaluaties(db: Database, casus_id: uuid.UUID) -> list[EvaluatieData]:
    """The evaluations of a case, newest first, each with every goal of the analysis."""
    with db.sessie() as s:
        return lees_evaluaties(s, casus_id)


# ---------------------------------------------------------------- when is it due


def momenten(s: Session, casus_id: uuid.UUID) -> list[date]:
    """The case's evaluation moments: recorded evaluations and contactmomenten of soort
    evaluatie (what kpi.md figure 10 counts)."""
    uit = [
        dag(d)
        for d in s.execute(select(Evaluatie.datum).where(Evaluatie.casus_id == casus_id)).scalars()
    ]
    uit += [
        dag(d)
        for d in s.execute(
            select(Contactmoment.datum).where(
                Contactmoment.casus_id == casus_id, Contactmoment.soort == "evaluatie"
            )
        ).scalars()
    ]
    return sorted(d for d in uit if d is not None)


def momenten_per_casus(conn, casus_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[date]]:
    """{case id: evaluation moments} for the case list, per 500 ids."""
    uit: dict[uuid.UUID, list[date]] = {}
    e, m = Evaluatie.__table__.c, Contactmoment.__table__.c
    for start in range(0, len(casus_ids), 500):
        deel = casus_ids[start : start + 500]
        for cid, datum in conn.execute(select(e.casus_id, e.datum).where(e.casus_id.in_(deel))):
            uit.setdefault(cid, []).append(dag(datum))
        for cid, datum in conn.execute(
            select(m.casus_id, m.datum).where(m.casus_id.in_(deel), m.soort == "evaluatie")
        ):
            uit.setdefault(cid, []).append(dag(datum))
    return uit


@rechten.casus(Handeling.INZAGE)
def standen(
    db: Database, casus_id: uuid.UUID, vandaag: date | None = None
) -> dict[uuid.UUID, EvaluatieStand]:
    """Per running toewijzing (by id): when its evaluation is due and today's signal."""
    vandaag = vandaag or date.today()
    with db.sessie() as s:
        alle = momenten(s, casus_id)
        uit = {}
        for t in s.execute(select(Toewijzing).where(Toewijzing.casus_id == casus_id)).scalars():
            stand = evaluatie_stand(t.status, t.ingangsdatum, t.einddatum, alle, vandaag)
            if stand is not None:
                uit[t.id] = stand
        return uit


# ---------------------------------------------------------------- recording


def _datum_fout(datum: Any) -> str | None:
    if datum is None:
        return vertaal("Datum ontbreekt: wanneer was de evaluatie?")
    if not isinstance(datum, date):
        return vertaal("Datum is geen datum")
    if dag(datum) > date.today():
        return vertaal("Datum ligt in de toekomst: leg een evaluatie vast als die geweest is")
    return None


def _schoon(velden: Mapping[str, Any]) -> dict[str, Any]:
    uit = {}
    for k, v in velden.items():
        if isinstance(v, str):
            v = v.strip() or None
        if k == "datum" and isinstance(v, str):
            try:
                v = date.fromisoformat(v)
            except ValueError:
                raise Validatiefout({"datum": vertaal("Datum '{v}' is geen datum", v=v)}) from None
        if k == "deelnemers":
            v = [str(x) for x in v or []] or None
        uit[k] = v
    return uit


def _volgend_ref(bestaand: list[str | None], letter: str) -> str:
    hoogste = max(
        (int(m.group(1)) for r in bestaand if r and (m := re.fullmatch(letter + r"(\d+)", r))),
        default=0,
    )
    return f"{letter}{hoogste + 1}"


@rechten.casus(Handeling.WIJZIGING)
def maak(
    db: Database,
    casus_id: uuid.UUID,
    datum: date,
    deelnemers: list[str] | None = None,
    aanbieder_aanwezig: bool | None = None,
    samenvatting: str | None = None,
) -> EvaluatieData:
    """A new evaluation on `datum` (not in the future), with every goal of the analysis to score."""
    fout = _datum_fout(datum)
    if fout:
        raise Validatiefout({"datum": fout})
    velden = _schoon(
        {
            "deelnemers": deelnemers,
            "aanbieder_aanwezig": aanbieder_aanwezig,
            "samenvatting": samenvatting,
        }
    )

    def werk(s: Session) -> EvaluatieData:
        if s.get(Casus, casus_id) is None:
            raise NietGevonden(vertaal("Deze casus bestaat niet (meer)"))
        refs = list(
            s.execute(select(Evaluatie.ref).where(Evaluatie.casus_id == casus_id)).scalars()
        )
        e = Evaluatie(casus_id=casus_id, ref=_volgend_ref(refs, "e"), datum=datum, **velden)
        s.add(e)
        s.flush()
        return _lees(s, casus_id, [e])[0]

    return met_herhaling(db, werk, vertaal("Deze evaluatie"))


@rechten.casus(Handeling.WIJZIGING)
def wijzig(
    db: Database,
    evaluatie_id: uuid.UUID,
    velden: dict[str, Any],
    basis: dict[str, Any] | None = None,
) -> EvaluatieData:
    """Save changed fields of the evaluation (datum, deelnemers, aanbieder_aanwezig, samenvatting)."""
    alleen_velden(velden, KOPVELDEN, "geen veld van een evaluatie")
    nieuw = _schoon(velden)
    if "datum" in nieuw and (fout := _datum_fout(nieuw["datum"])):
        raise Validatiefout({"datum": fout})

    def werk(s: Session) -> EvaluatieData:
        e = _laad(s, evaluatie_id)
        if basis is not None:
            controleer_velden(s, "evaluatie", e, nieuw, _schoon(basis))
        echt = echt_gewijzigd(e, nieuw)
        for k in echt:
            setattr(e, k, nieuw[k])
        s.flush()
        noteer_velden(s, "evaluatie", e.id, e.casus_id, echt, db.gebruiker)
        return _lees(s, e.casus_id, [e])[0]

    return met_herhaling(db, werk, vertaal("Deze evaluatie"))


@rechten.casus(Handeling.WIJZIGING)
def zet_doel(
    db: Database,
    evaluatie_id: uuid.UUID,
    doel_ref: str,
    velden: dict[str, Any],
    basis: dict[str, Any] | None = None,
) -> EvaluatieData:
    """The family's and the consultant's score (1–10) and words for one goal."""
    alleen_velden(velden, DOELVELDEN, "geen veld van een doel in een evaluatie")
    nieuw = _schoon(velden)
    fouten = {
        k: f
        for k, wie in (("score_gezin", "van het gezin"), ("score_consulent", "van de consulent"))
        if k in nieuw and (f := score_fout(nieuw[k], wie))
    }
    if fouten:
        raise Validatiefout(fouten)

    def werk(s: Session) -> EvaluatieData:
        e = _laad(s, evaluatie_id)
        rij = s.execute(
            select(EvaluatieDoel).where(
                EvaluatieDoel.evaluatie_id == e.id, EvaluatieDoel.doel_ref == doel_ref
            )
        ).scalar_one_or_none()
        if rij is None:
            doel = s.execute(
                select(Doel).where(Doel.casus_id == e.casus_id, Doel.ref == doel_ref)
            ).scalar_one_or_none()
            if doel is None:
                raise Validatiefout(
                    {
                        "doel": vertaal(
                            "Doel '{doel_ref}' staat niet in de analyse", doel_ref=doel_ref
                        )
                    }
                )
            rij = EvaluatieDoel(
                casus_id=e.casus_id, evaluatie_id=e.id, doel_ref=doel_ref, volgorde=doel.prioriteit
            )
            s.add(rij)
            s.flush()
        if basis is not None:
            controleer_velden(s, "evaluatie_doel", rij, nieuw, _schoon(basis))
        echt = echt_gewijzigd(rij, nieuw)
        for k in echt:
            setattr(rij, k, nieuw[k])
        s.flush()
        noteer_velden(s, "evaluatie_doel", rij.id, rij.casus_id, echt, db.gebruiker)
        return _lees(s, e.casus_id, [e])[0]

    return met_herhaling(db, werk, vertaal("Deze evaluatie"))


def _besluit_fouten(
    besluit: str,
    t: Toewijzing,
    wijzigingen: Mapping[str, Any],
    einddatum: date | None,
    reden_jz588: str | None,
) -> dict[str, str]:
    if fout := besluit_fout(besluit):
        return {"besluit": fout}
    if t.status != "gestart":
        return {
            "besluit": vertaal(
                "De toewijzing is {status}: alleen lopende hulp krijgt een besluit bij de "
                "evaluatie",
                status=toewijzingen_dienst.status_tekst(t.status),
            )
        }
    if besluit == "beeindigen":
        fouten = {}
        if einddatum is None:
            fouten["einddatum"] = vertaal("Einddatum ontbreekt: tot wanneer loopt de hulp nog?")
        if not (reden_jz588 or "").strip():
            fouten["reden_beeindiging"] = vertaal("Kies een reden van beëindiging (JZ588)")
        return fouten
    if besluit in ("aanpassen", "afschalen"):
        huidig = {k: getattr(t, k) for k in WIJZIGBARE_VELDEN}
        echt = {
            k: v for k, v in wijzigingen.items() if vergelijkbaar(v) != vergelijkbaar(huidig[k])
        }
        if not echt:
            return {
                "wijzigingen": vertaal(
                    "{besluit}: geef aan wat er aan de toewijzing verandert (volume, "
                    "frequentie, budget of einddatum)",
                    besluit=vertaal(BESLUITEN[besluit]).capitalize(),
                )
            }
        if besluit == "afschalen" and (fout := afschalen_fout(huidig, echt)):
            return {"wijzigingen": fout}
    return {}


@rechten.casus(Handeling.WIJZIGING)
def leg_besluit_vast(
    db: Database,
    evaluatie_id: uuid.UUID,
    toewijzing_id: uuid.UUID,
    besluit: str,
    toelichting: str | None = None,
    wijzigingen: dict[str, Any] | None = None,
    einddatum: date | None = None,
    reden_jz588: str | None = None,
    basis: dict[str, Any] | None = None,
) -> EvaluatieData:
    """Decide on one running toewijzing and carry it out.

    doorgaan: unchanged, or with `wijzigingen` (e.g. a later einddatum: verlenging);
    aanpassen: `wijzigingen` of volume, eenheid, frequentie, budget or einddatum;
    afschalen: as aanpassen, but the help must get less; beëindigen: `einddatum` and the
    JZ588 reason, through toewijzingen.beeindig. `basis`: the toewijzing's values the user
    saw (per-field concurrency of the change). The decision keeps what it changed (`gevolg`)."""
    wijzigingen = dict(wijzigingen or {})
    alleen_velden(wijzigingen, WIJZIGBARE_VELDEN, "geen veld dat een besluit mag wijzigen")
    toelichting = (toelichting or "").strip() or None

    # 1. Check and record the decision (not yet carried out).
    with db.sessie() as s:
        e = _laad(s, evaluatie_id)
        t = s.get(Toewijzing, toewijzing_id)
        if t is None or t.casus_id != e.casus_id:
            raise Validatiefout(
                {"toewijzing": vertaal("Deze toewijzing hoort niet bij deze casus")}
            )
        fouten = _besluit_fouten(besluit, t, wijzigingen, einddatum, reden_jz588)
        if fouten:
            raise Validatiefout(fouten)
        ref = zorg_voor_ref(s, t)
        if s.execute(
            select(EvaluatieBesluit.id).where(
                EvaluatieBesluit.evaluatie_id == e.id, EvaluatieBesluit.toewijzing_ref == ref
            )
        ).first():
            raise Fout(
                vertaal(
                    "Over deze toewijzing is bij deze evaluatie al besloten. Pas zo nodig "
                    "de toelichting aan, of leg een nieuwe evaluatie vast."
                )
            )
        volgorde = s.execute(
            select(func.coalesce(func.max(EvaluatieBesluit.volgorde), 0)).where(
                EvaluatieBesluit.evaluatie_id == e.id
            )
        ).scalar_one()
        rij = EvaluatieBesluit(
            casus_id=e.casus_id,
            evaluatie_id=e.id,
            toewijzing_ref=ref,
            volgorde=volgorde + 1,
            besluit=besluit,
            toelichting=toelichting,
        )
        s.add(rij)
        s.flush()
        besluit_id = rij.id

    # 2. Carry it out on the toewijzing; when that is refused, the decision is not kept.
    try:
        if besluit == "beeindigen":
            nieuw = toewijzingen_dienst.beeindig(db, toewijzing_id, einddatum, reden_jz588)
            gevolg = {
                "status": "beeindigd",
                "einddatum": dag(nieuw.einddatum).isoformat(),
                "reden_beeindiging": nieuw.reden_beeindiging,
            }
        elif wijzigingen:
            nieuw = toewijzingen_dienst.wijzig(db, toewijzing_id, wijzigingen, basis=basis)
            gevolg = {k: _json(getattr(nieuw, k)) for k in wijzigingen}
        else:
            gevolg = {}
    except BaseException:
        with db.sessie() as s:
            s.execute(delete(EvaluatieBesluit).where(EvaluatieBesluit.id == besluit_id))
        raise

    # 3. Note what it changed.
    with db.sessie() as s:
        rij = s.get(EvaluatieBesluit, besluit_id)
        rij.gevolg = gevolg or None
        rij.uitgevoerd_op = nu()
        s.flush()
        e = _laad(s, evaluatie_id)
        return _lees(s, e.casus_id, [e])[0]


def _json(v: Any) -> Any:
    return v.isoformat() if isinstance(v, (date, datetime)) else v


def zorg_voor_ref(s: Session, t: Toewijzing) -> str:
    """The toewijzing's id within the case (t1, t2 …), given now if it had none."""
    if t.ref:
        return t.ref
    refs = list(
        s.execute(select(Toewijzing.ref).where(Toewijzing.casus_id == t.casus_id)).scalars()
    )
    t.ref = _volgend_ref(refs, "t")
    s.flush()
    return t.ref


@rechten.casus(Handeling.WIJZIGING)
def wijzig_besluit(
    db: Database,
    evaluatie_id: uuid.UUID,
    toewijzing_ref: str,
    velden: dict[str, Any],
    basis: dict[str, Any] | None = None,
) -> EvaluatieData:
    """The explanation of a decision (the decision itself and its change stay as they were)."""
    alleen_velden(velden, BESLUITVELDEN, "geen veld van een besluit")
    nieuw = _schoon(velden)

    def werk(s: Session) -> EvaluatieData:
        rij = s.execute(
            select(EvaluatieBesluit).where(
                EvaluatieBesluit.evaluatie_id == evaluatie_id,
                EvaluatieBesluit.toewijzing_ref == toewijzing_ref,
            )
        ).scalar_one_or_none()
        if rij is None:
            raise NietGevonden(vertaal("Dit besluit bestaat niet (meer)"))
        if basis is not None:
            controleer_velden(s, "evaluatie_besluit", rij, nieuw, _schoon(basis))
        echt = echt_gewijzigd(rij, nieuw)
        for k in echt:
            setattr(rij, k, nieuw[k])
        s.flush()
        noteer_velden(s, "evaluatie_besluit", rij.id, rij.casus_id, echt, db.gebruiker)
        e = _laad(s, evaluatie_id)
        return _lees(s, e.casus_id, [e])[0]

    return met_herhaling(db, werk, vertaal("Dit besluit"))


@rechten.casus(Handeling.WIJZIGING)
def verwijder(db: Database, evaluatie_id: uuid.UUID) -> None:
    """Remove an evaluation entered by mistake – only while no decision was carried out."""
    with db.sessie() as s:
        e = s.get(Evaluatie, evaluatie_id)
        if e is None:
            return
        if s.execute(
            select(EvaluatieBesluit.id).where(EvaluatieBesluit.evaluatie_id == e.id)
        ).first():
            raise Fout(
                vertaal(
                    "Bij deze evaluatie is al over de hulp besloten en dat is uitgevoerd: "
                    "de evaluatie blijft bewaard."
                )
            )
        s.delete(e)


__all__ = [
    "BesluitData",
    "DoelScore",
    "EvaluatieData",
    "evaluaties",
    "leg_besluit_vast",
    "lees_evaluaties",
    "maak",
    "momenten",
    "momenten_per_casus",
    "standen",
    "toewijzing_tekst",
    "verwijder",
    "wijzig",
    "wijzig_besluit",
    "zet_doel",
    "zorg_voor_ref",
]
