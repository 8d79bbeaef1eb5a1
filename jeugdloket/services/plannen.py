"""The familiegroepsplan and the perspectiefplannen of a case: edit, vaststellen, PDF."""

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlmodel import Session

from jeugdloket.db import Database
from jeugdloket.fouten import NietGevonden, Validatiefout
from jeugdloket.models import (
    Casus,
    Doel,
    Familiegroepsplan,
    Persoon,
    Perspectiefplan,
    PlanExport,
    PlanVersie,
)
from jeugdloket.regels.plannen import (
    FGP_STATUS,
    GEBIEDEN,
    KADERS_NA_18,
    Jeugdige,
    leeftijd,
    plan_signalen,
)
from jeugdloket.regels.zoeken import volledige_naam
from jeugdloket.services import alleen_velden, rechten
from jeugdloket.services import toewijzingen as toewijzingen_dienst
from jeugdloket.services.rechten import Actie as Handeling
from jeugdloket.services.velden import (
    controleer_velden,
    controleer_waarden,
    echt_gewijzigd,
    met_herhaling,
    noteer_velden,
    veldnaam,
    vergelijkbaar,
)
from jeugdloket.taal import vertaal

FGP_VELDEN = (
    "aangeboden_op",
    "aangeboden_door",
    "uitleg",
    "status",
    "opgesteld_op",
    "reden_afgezien",
    "deelnemers",
    "nieuwe_deelnemers",
    "wat_is_er_aan_de_hand",
    "wat_willen_we_bereiken",
    "wat_doen_we_zelf",
    "wat_doet_ons_netwerk",
    "hulp_van_professionals",
    "afspraken_veiligheid",
    "evaluatie",
    "doelen",
)
PP_VELDEN = (
    "opgesteld_op",
    "eigen_woorden",
    "gebieden",
    "hulp_komende_twee_jaar",
    "hulp_na_18",
    "hulp_na_18_kaders",
    "overdracht",
    "betrokkenen",
)
DATUM_VELDEN = {"aangeboden_op", "opgesteld_op"}


@dataclass(frozen=True, slots=True)
class VersieData:
    versie: int
    vastgesteld_op: date
    aanwezig: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ExportData:
    soort: str
    jeugdige_ref: str | None
    versie: int | None
    gemaakt_op: datetime
    door: str | None


@dataclass(frozen=True, slots=True)
class PlannenData:
    """Everything the plan editors show, as plain values (exchange-format dicts for content)."""

    casus_id: uuid.UUID
    casusnummer: str
    gemeente: str
    familiegroepsplan: dict[str, Any]  # empty dict: nothing recorded yet
    perspectiefplannen: dict[str, dict[str, Any]]  # per jeugdige ref
    jeugdigen: tuple[Jeugdige, ...]
    personen: tuple[tuple[str, str, str], ...]  # (ref, naam, rol)
    doelen: tuple[tuple[str, str], ...]  # (ref, omschrijving) of the analysis
    versies: dict[str, tuple[VersieData, ...]]  # "familiegroepsplan" / "perspectiefplan:p1"
    exports: tuple[ExportData, ...]
    signalen: tuple[str, ...]

    def naam(self, ref: str) -> str:
        return next((n for r, n, _ in self.personen if r == ref), ref)


def _iso(v: Any) -> Any:
    return v.isoformat() if isinstance(v, date) else v


def _zonder_leeg(d: dict[str, Any]) -> dict[str, Any]:
    return {k: _iso(v) for k, v in d.items() if v is not None and v != [] and v != ""}


def _fgp_dict(rij: Familiegroepsplan | None) -> dict[str, Any]:
    if rij is None:
        return {}
    return _zonder_leeg({v: getattr(rij, v) for v in FGP_VELDEN} | (rij.extra or {}))


def _pp_dict(rij: Perspectiefplan, ref: str) -> dict[str, Any]:
    return {
        "jeugdige": ref,
        **_zonder_leeg({v: getattr(rij, v) for v in PP_VELDEN} | (rij.extra or {})),
    }


def _refs(s: Session, casus_id: uuid.UUID) -> dict[uuid.UUID, Persoon]:
    return {
        p.id: p
        for p in s.execute(
            select(Persoon).where(Persoon.casus_id == casus_id).order_by(Persoon.volgorde)
        ).scalars()
    }


def _naam(p: Persoon) -> str:
    return (
        volledige_naam(
            {"voornaam": p.voornaam, "tussenvoegsel": p.tussenvoegsel, "achternaam": p.achternaam}
        )
        or p.ref
    )


def naar_document(s: Session, casus_id: uuid.UUID) -> tuple[dict | None, list | None]:
    """(familiegroepsplan, perspectiefplannen) in the exchange format, None when absent."""
    fgp = s.execute(
        select(Familiegroepsplan).where(Familiegroepsplan.casus_id == casus_id)
    ).scalar_one_or_none()
    personen = _refs(s, casus_id)
    pps = [
        _pp_dict(r, personen[r.jeugdige_id].ref)
        for r in s.execute(
            select(Perspectiefplan)
            .where(Perspectiefplan.casus_id == casus_id)
            .order_by(Perspectiefplan.volgorde)
        ).scalars()
        if r.jeugdige_id in personen
    ]
    return (_fgp_dict(fgp) or None), (pps or None)


def uit_document(
    s: Session,
    casus_id: uuid.UUID,
    fgp: dict | None,
    pps: list | None,
    persoon_ids: dict[str, uuid.UUID],
) -> None:
    """Replace the plans of a case by the (already checked) exchange parts."""
    s.execute(delete(Familiegroepsplan).where(Familiegroepsplan.casus_id == casus_id))
    s.execute(delete(Perspectiefplan).where(Perspectiefplan.casus_id == casus_id))
    s.flush()
    if fgp:
        s.add(
            Familiegroepsplan(
                casus_id=casus_id,
                **{v: _als_datum(v, fgp.get(v)) for v in FGP_VELDEN},
                extra={k: v for k, v in fgp.items() if k not in FGP_VELDEN} or None,
            )
        )
    for i, pp in enumerate(pps or [], start=1):
        s.add(
            Perspectiefplan(
                casus_id=casus_id,
                jeugdige_id=persoon_ids[pp["jeugdige"]],
                volgorde=i,
                **{v: _als_datum(v, pp.get(v)) for v in PP_VELDEN},
                extra={k: v for k, v in pp.items() if k not in PP_VELDEN and k != "jeugdige"}
                or None,
            )
        )
    s.flush()


def _als_datum(veld: str, waarde: Any) -> Any:
    if veld in DATUM_VELDEN and isinstance(waarde, str):
        return (
            date.fromisoformat(waarde[:10]) if len(waarde) == 10 else datetime.fromisoformat(waarde)
        )
    return waarde


# ---------------------------------------------------------------- reading


def _lees(s: Session, casus_id: uuid.UUID, vandaag: date | None = None) -> PlannenData:
    casus = s.get(Casus, casus_id)
    if casus is None:
        raise NietGevonden(vertaal("Casus niet gevonden"))
    vandaag = vandaag or date.today()
    personen = _refs(s, casus_id)
    fgp, pps = naar_document(s, casus_id)
    jeugdigen = tuple(
        Jeugdige(p.ref, _naam(p), p.geboortedatum) for p in personen.values() if p.rol == "jeugdige"
    )
    versies: dict[str, list[VersieData]] = {}
    for v in s.execute(
        select(PlanVersie).where(PlanVersie.casus_id == casus_id).order_by(PlanVersie.versie)
    ).scalars():
        # "familiegroepsplan", "veiligheidsplan", or "perspectiefplan:p1" per jeugdige.
        sleutel = v.soort if v.jeugdige_ref is None else f"{v.soort}:{v.jeugdige_ref}"
        versies.setdefault(sleutel, []).append(
            VersieData(v.versie, v.vastgesteld_op, tuple(v.aanwezig or ()))
        )
    exports = tuple(
        ExportData(e.soort, e.jeugdige_ref, e.versie, e.gemaakt_op, e.door)
        for e in s.execute(
            select(PlanExport)
            .where(PlanExport.casus_id == casus_id)
            .order_by(PlanExport.gemaakt_op.desc())
        ).scalars()
    )
    doelen = tuple(
        (d.ref, d.omschrijving or "")
        for d in s.execute(
            select(Doel).where(Doel.casus_id == casus_id).order_by(Doel.prioriteit)
        ).scalars()
    )
    pp_per = {pp["jeugdige"]: pp for pp in pps or []}
    signalen = plan_signalen(
        toewijzingen_dienst.van_casus(s, casus_id),
        _als_datum("aangeboden_op", (fgp or {}).get("aangeboden_op")),
        jeugdigen,
        {ref for ref, pp in pp_per.items() if pp.get("opgesteld_op")},
        vandaag,
    )
    return PlannenData(
        casus_id=casus_id,
        casusnummer=casus.casusnummer,
        gemeente=casus.gemeente,
        familiegroepsplan=fgp or {},
        perspectiefplannen=pp_per,
        jeugdigen=jeugdigen,
        personen=tuple((p.ref, _naam(p), p.rol) for p in personen.values()),
        doelen=doelen,
        versies={k: tuple(v) for k, v in versies.items()},
        exports=exports,
        signalen=tuple(signalen),
    )


@rechten.casus(Handeling.INZAGE)
def plannen(db: Database, casus_id: uuid.UUID, vandaag: date | None = None) -> PlannenData:
    with db.sessie() as s:
        return _lees(s, casus_id, vandaag)


# ---------------------------------------------------------------- validation


def _controleer(s: Session, casus_id: uuid.UUID, velden: dict[str, Any]) -> dict[str, Any]:
    """Clean and check fields of either plan; Validatiefout names the field in Dutch."""
    personen = {p.ref for p in _refs(s, casus_id).values()}
    fouten: dict[str, str] = {}
    schoon: dict[str, Any] = {}
    for veld, waarde in velden.items():
        if isinstance(waarde, str):
            waarde = waarde.strip() or None
        if veld in DATUM_VELDEN and waarde is not None:
            if not isinstance(waarde, date):
                fouten[veld] = vertaal(
                    "{capitalize} is geen datum", capitalize=veld.replace("_", " ").capitalize()
                )
            elif waarde > date.today():
                fouten[veld] = vertaal(
                    "{capitalize} ligt in de toekomst",
                    capitalize=veld.replace("_", " ").capitalize(),
                )
        if veld == "status" and waarde is not None and waarde not in FGP_STATUS:
            fouten[veld] = vertaal("Antwoord: kies aangeboden, opgesteld of afgezien")
        if veld == "deelnemers":
            waarde = [r for r in (waarde or []) if r in personen] or None
        if veld in ("nieuwe_deelnemers", "betrokkenen"):
            waarde = [str(x).strip() for x in (waarde or []) if str(x).strip()] or None
        if veld == "hulp_na_18_kaders":
            onbekend = [k for k in waarde or [] if k not in KADERS_NA_18]
            if onbekend:
                fouten[veld] = vertaal(
                    "Hulp na 18: '{waarde}' is geen kader ({lijst})",
                    waarde=onbekend[0],
                    lijst=", ".join(KADERS_NA_18),
                )
            waarde = list(waarde or []) or None
        if veld == "wat_doet_ons_netwerk":
            regels = []
            for r in waarde or []:
                r = {k: (v.strip() if isinstance(v, str) else v) for k, v in r.items()}
                if r.get("wie") is not None and r["wie"] not in personen:
                    fouten[veld] = vertaal(
                        "Netwerk: '{wie}' is geen persoon van deze casus", wie=r["wie"]
                    )
                r = {k: v for k, v in r.items() if v}
                if r:
                    regels.append(r)
            waarde = regels or None
        if veld == "gebieden":
            gebieden = []
            for g in waarde or []:
                if g.get("gebied") not in GEBIEDEN:
                    fouten[veld] = vertaal("Gebied '{get}' bestaat niet", get=g.get("gebied"))
                    continue
                g = {k: v for k, v in g.items() if v not in (None, "", [])}
                if len(g) > 1:
                    gebieden.append(g)
            waarde = gebieden or None
        schoon[veld] = waarde
    if fouten:
        raise Validatiefout(fouten)
    return schoon


# ---------------------------------------------------------------- familiegroepsplan


def _bewaar_velden(
    s: Session, tabel: str, rij: Any, velden: dict[str, Any], basis: dict[str, Any] | None
) -> list[str]:
    """Per-field concurrency (services/velden.py): check against `basis`, set only the fields
    that really change, and note who changed them."""
    if basis is not None:
        controleer_velden(s, tabel, rij, velden, basis)
    echt = echt_gewijzigd(rij, velden)
    for k in echt:
        setattr(rij, k, velden[k])
    return echt


@rechten.casus(Handeling.WIJZIGING)
def zet_familiegroepsplan(
    db: Database,
    casus_id: uuid.UUID,
    velden: dict[str, Any],
    basis: dict[str, Any] | None = None,
) -> PlannenData:
    """Save fields of the familiegroepsplan; `basis` as in casussen.wijzig_casus."""
    alleen_velden(velden, FGP_VELDEN, "geen veld van het familiegroepsplan")

    def werk(s: Session) -> PlannenData:
        schoon = _controleer(s, casus_id, velden)
        if "doelen" in schoon:
            bestaand = {r for (r,) in s.execute(select(Doel.ref).where(Doel.casus_id == casus_id))}
            schoon["doelen"] = [d for d in schoon["doelen"] or [] if d in bestaand] or None
        rij = s.execute(
            select(Familiegroepsplan).where(Familiegroepsplan.casus_id == casus_id)
        ).scalar_one_or_none()
        if rij is None:
            rij = Familiegroepsplan(casus_id=casus_id)
            s.add(rij)
        echt = _bewaar_velden(s, "familiegroepsplan", rij, schoon, basis)
        if rij.opgesteld_op and rij.aangeboden_op and rij.opgesteld_op < rij.aangeboden_op:
            raise Validatiefout(
                {
                    "opgesteld_op": vertaal(
                        "Opgesteld op ligt vóór de datum waarop het plan is aangeboden"
                    )
                }
            )
        s.flush()
        noteer_velden(s, "familiegroepsplan", rij.id, casus_id, echt, db.gebruiker)
        return _lees(s, casus_id)

    return met_herhaling(db, werk, vertaal("Het familiegroepsplan"))


# ---------------------------------------------------------------- perspectiefplan


def _perspectiefplan(s: Session, casus_id: uuid.UUID, jeugdige_ref: str) -> Perspectiefplan:
    personen = {p.ref: p for p in _refs(s, casus_id).values()}
    p = personen.get(jeugdige_ref)
    if p is None or p.rol != "jeugdige":
        raise Validatiefout(
            {
                "jeugdige": vertaal(
                    "'{jeugdige_ref}' is geen jeugdige van deze casus", jeugdige_ref=jeugdige_ref
                )
            }
        )
    rij = s.execute(
        select(Perspectiefplan).where(
            Perspectiefplan.casus_id == casus_id, Perspectiefplan.jeugdige_id == p.id
        )
    ).scalar_one_or_none()
    if rij is None:
        volgorde = s.execute(
            select(func.coalesce(func.max(Perspectiefplan.volgorde), 0)).where(
                Perspectiefplan.casus_id == casus_id
            )
        ).scalar_one()
        rij = Perspectiefplan(casus_id=casus_id, jeugdige_id=p.id, volgorde=volgorde + 1)
        s.add(rij)
    return rij


@rechten.casus(Handeling.WIJZIGING)
def zet_perspectiefplan(
    db: Database,
    casus_id: uuid.UUID,
    jeugdige_ref: str,
    velden: dict[str, Any],
    basis: dict[str, Any] | None = None,
) -> PlannenData:
    """Save fields of one jeugdige's perspectiefplan; `basis` as in casussen.wijzig_casus."""
    alleen_velden(velden, PP_VELDEN, "geen veld van het perspectiefplan")

    def werk(s: Session) -> PlannenData:
        schoon = _controleer(s, casus_id, velden)
        rij = _perspectiefplan(s, casus_id, jeugdige_ref)
        echt = _bewaar_velden(s, "perspectiefplan", rij, schoon, basis)
        s.flush()
        noteer_velden(s, "perspectiefplan", rij.id, casus_id, echt, db.gebruiker)
        return _lees(s, casus_id)

    return met_herhaling(db, werk, vertaal("Het perspectiefplan"))


@rechten.casus(Handeling.WIJZIGING)
def zet_gebied(
    db: Database,
    casus_id: uuid.UUID,
    jeugdige_ref: str,
    gebied: str,
    velden: dict[str, Any],
    basis: dict[str, Any] | None = None,
) -> PlannenData:
    """Save one area (nu, wens_na_18, nodig, acties) of a perspectiefplan. `basis` as in
    casussen.wijzig_casus, per field of this area: a colleague's edit of another area or
    another field of this one is kept."""
    if gebied not in GEBIEDEN:
        raise Validatiefout({"gebied": vertaal("Gebied '{gebied}' bestaat niet", gebied=gebied)})

    def sleutel(veld: str) -> str:  # as noted in Veldwijziging
        return f"gebieden.{gebied}.{veld}"

    def werk(s: Session) -> PlannenData:
        rij = _perspectiefplan(s, casus_id, jeugdige_ref)
        gebieden = {g["gebied"]: dict(g) for g in rij.gebieden or []}
        huidig = gebieden.get(gebied, {"gebied": gebied})
        if basis is not None:
            controleer_waarden(
                s,
                "perspectiefplan",
                rij.id,
                huidig,
                velden,
                basis,
                {k: f"{GEBIEDEN[gebied]}: {veldnaam(k)}" for k in velden},
                voorvoegsel=sleutel(""),
            )
        echt = [k for k, v in velden.items() if vergelijkbaar(huidig.get(k)) != vergelijkbaar(v)]
        if echt:
            huidig.update({k: velden[k] for k in echt})
            gebieden[gebied] = huidig
            # Keep the order of the areas as the plan lists them.
            lijst = [gebieden[k] for k in GEBIEDEN if k in gebieden]
            rij.gebieden = _controleer(s, casus_id, {"gebieden": lijst})["gebieden"]
        s.flush()
        noteer_velden(
            s, "perspectiefplan", rij.id, casus_id, [sleutel(k) for k in echt], db.gebruiker
        )
        return _lees(s, casus_id)

    return met_herhaling(db, werk, vertaal("Het perspectiefplan"))


# ---------------------------------------------------------------- vaststellen and PDF


def plan_inhoud(data: PlannenData, soort: str, jeugdige_ref: str | None) -> dict[str, Any]:
    if soort == "familiegroepsplan":
        return data.familiegroepsplan
    return data.perspectiefplannen.get(jeugdige_ref or "", {})


@rechten.casus(Handeling.WIJZIGING)
def stel_vast(
    db: Database,
    casus_id: uuid.UUID,
    soort: str,
    datum: date,
    aanwezig: list[str],
    jeugdige_ref: str | None = None,
) -> VersieData:
    """Keep the plan as it is now as a new vastgestelde version, with who was present."""
    if soort not in ("familiegroepsplan", "perspectiefplan"):
        raise ValueError(soort)
    fouten = {}
    if datum > date.today():
        fouten["vastgesteld_op"] = vertaal("Vastgesteld op ligt in de toekomst")
    aanwezig = [a.strip() for a in aanwezig if a.strip()]
    if not aanwezig:
        fouten["aanwezig"] = vertaal("Noteer wie er bij het vaststellen waren")
    if fouten:
        raise Validatiefout(fouten)
    with db.sessie() as s:
        if soort == "familiegroepsplan":
            rij = s.execute(
                select(Familiegroepsplan).where(Familiegroepsplan.casus_id == casus_id)
            ).scalar_one_or_none()
            if rij is None or not _fgp_dict(rij):
                raise Validatiefout(
                    {"familiegroepsplan": vertaal("Er is nog geen familiegroepsplan")}
                )
            rij.status = "opgesteld"
            rij.opgesteld_op = rij.opgesteld_op or datum
        else:
            rij = _perspectiefplan(s, casus_id, jeugdige_ref or "")
            rij.opgesteld_op = rij.opgesteld_op or datum
        s.flush()
        data = _lees(s, casus_id)
        vorige = s.execute(
            select(func.coalesce(func.max(PlanVersie.versie), 0)).where(
                PlanVersie.casus_id == casus_id,
                PlanVersie.soort == soort,
                PlanVersie.jeugdige_ref.is_(None)
                if jeugdige_ref is None
                else PlanVersie.jeugdige_ref == jeugdige_ref,
            )
        ).scalar_one()
        v = PlanVersie(
            casus_id=casus_id,
            soort=soort,
            jeugdige_ref=jeugdige_ref,
            versie=vorige + 1,
            vastgesteld_op=datum,
            aanwezig=aanwezig,
            inhoud=plan_inhoud(data, soort, jeugdige_ref),
        )
        s.add(v)
        s.flush()
        return VersieData(v.versie, datum, tuple(aanwezig))


@dataclass(frozen=True, slots=True)
class PdfStand:
    """Which version a PDF shows: the last vastgestelde one if nothing changed since, else a concept."""

    versie: int
    vastgesteld_op: date | None
    aanwezig: tuple[str, ...]


def pdf_stand(data: PlannenData, soort: str, jeugdige_ref: str | None = None) -> PdfStand:
    sleutel = soort if soort == "familiegroepsplan" else f"perspectiefplan:{jeugdige_ref}"
    versies = data.versies.get(sleutel, ())
    if not versies:
        return PdfStand(1, None, ())
    laatste = versies[-1]
    return PdfStand(laatste.versie, laatste.vastgesteld_op, laatste.aanwezig)


def jeugdigen_voor_perspectiefplan(
    data: PlannenData, vandaag: date | None = None
) -> list[Jeugdige]:
    """Jeugdigen of 16 or older, or with a perspectiefplan already (offered in the editor)."""
    vandaag = vandaag or date.today()
    return [
        j
        for j in data.jeugdigen
        if j.ref in data.perspectiefplannen
        or (j.geboortedatum and leeftijd(j.geboortedatum, vandaag) >= 15)
    ]
