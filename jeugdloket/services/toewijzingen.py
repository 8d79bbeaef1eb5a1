"""Toewijzingen (allocations of care) of a case and the zoekkeuzes they came from.

Plain data in, plain data out; every function opens one short session. Entry is checked by
`regels.toewijzing.toewijzing_fouten`, the same rules the exchange import applies. The status
only moves aangevraagd → gestart → beeindigd, or aangevraagd → afgewezen; sharing with the
provider needs the family's recorded consent first. The export to the municipality's back
office is in `backoffice`.
"""

import uuid
from collections.abc import Mapping
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import String, delete, func, select, type_coerce
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session

from jeugdloket.db import Database, ruwe_rijen
from jeugdloket.fouten import Fout, NietGevonden, Validatiefout, VersieConflict
from jeugdloket.models import Aanbieder, Casus, Doel, Persoon, Product, Toewijzing, Zoekkeuze, nu
from jeugdloket.regels.toewijzing import (
    DOCUMENT_SLEUTELS,
    OVERGANGEN,
    VELDEN_UIT_DOCUMENT,
    als_datum,
    overgang_fout,
    status_tekst,
    toewijzing_fouten,
)
from jeugdloket.regels.zoeken import volledige_naam
from jeugdloket.services import alleen_velden, rechten
from jeugdloket.services.rechten import Actie as Handeling
from jeugdloket.services.velden import (
    controleer_velden,
    echt_gewijzigd,
    met_herhaling,
    noteer_velden,
)
from jeugdloket.taal import vertaal

# Fields the consultant enters (maak / wijzig); status, reasons, consent and sharing have
# their own functions so every change of state goes through its rule.
INVOERVELDEN = (
    "jeugdige_ref",
    "aanbieder_agb",
    "aanbieder",
    "productcategorie",
    "productcode",
    "product",
    "segment",
    "doel_ref",
    "aanvraagdatum",
    "ingangsdatum",
    "einddatum",
    "volume",
    "eenheid",
    "frequentie",
    "budget",
    "verwijzer",
)
# The table's columns in the order the exchange format writes them (app field names).
KOLOMMEN = (
    "ref",
    "jeugdige_ref",
    "aanbieder_agb",
    "aanbieder",
    "productcategorie",
    "productcode",
    "product",
    "segment",
    "status",
    "aanvraagdatum",
    "ingangsdatum",
    "einddatum",
    "volume",
    "eenheid",
    "frequentie",
    "budget",
    "verwijzer",
    "reden_beeindiging",
    "reden_afwijzing",
    "doel_ref",
    "toestemming_op",
    "toestemming_toelichting",
    "gedeeld_op",
)
DATUMVELDEN = ("aanvraagdatum", "ingangsdatum", "einddatum", "toestemming_op", "gedeeld_op")
BESPROKEN_SLEUTELS = (
    "aanbieder_agb",
    "aanbieder",
    "productcode",
    "product",
    "segment",
    "wachttijd_weken",
    "reden",
)


# ---------------------------------------------------------------- plain data


@dataclass(slots=True)
class ToewijzingData:
    """One toewijzing as the screens show it. Codes as in the code lists (JZ020, WJ756,
    WMO757, COD327, JZ588, WJ759); `budget` in euros (the entry form's unit; the JW301 message
    carries cents, which is the back office's conversion)."""

    id: uuid.UUID
    casus_id: uuid.UUID
    version: int
    jeugdige_ref: str
    jeugdige_naam: str
    productcategorie: str
    status: str
    aanvraagdatum: date | datetime
    aanbieder_agb: str | None = None
    aanbieder: str | None = None
    productcode: str | None = None
    product: str | None = None
    segment: int | None = None
    doel_ref: str | None = None
    ingangsdatum: date | datetime | None = None
    einddatum: date | datetime | None = None
    volume: int | None = None
    eenheid: str | None = None
    frequentie: str | None = None
    budget: float | None = None
    verwijzer: str | None = None
    reden_beeindiging: str | None = None
    reden_afwijzing: str | None = None
    toestemming_op: datetime | None = None
    toestemming_toelichting: str | None = None
    gedeeld_op: datetime | None = None
    volgorde: int = 0
    ref: str | None = None  # t1 …: given once an evaluation refers to it
    extra: dict[str, Any] = field(default_factory=dict)
    keuze_id: uuid.UUID | None = None  # the zoekkeuze this toewijzing was made from

    @property
    def volgende_statussen(self) -> tuple[str, ...]:
        """Where the status may go from here (for enabling buttons)."""
        return OVERGANGEN.get(self.status, ())

    @property
    def met_toestemming(self) -> bool:
        return self.toestemming_op is not None


@dataclass(slots=True)
class KeuzeData:
    id: uuid.UUID
    casus_id: uuid.UUID
    moment: datetime
    zoekvraag: str | None
    filters: dict[str, Any]
    besproken: list[dict[str, Any]]
    gekozen_agb: str | None
    gekozen_productcode: str | None
    reden_keuze: str | None
    toewijzing_id: uuid.UUID | None


def _naam(p: Persoon | None, ref: str) -> str:
    if p is None:
        return ref
    return (
        volledige_naam(
            {"voornaam": p.voornaam, "tussenvoegsel": p.tussenvoegsel, "achternaam": p.achternaam}
        )
        or ref
    )


def _data(rij: Toewijzing, persoon: Persoon | None, keuze_id: uuid.UUID | None) -> ToewijzingData:
    return ToewijzingData(
        id=rij.id,
        casus_id=rij.casus_id,
        version=rij.version,
        jeugdige_naam=_naam(persoon, rij.jeugdige_ref),
        volgorde=rij.volgorde,
        extra=dict(rij.extra or {}),
        keuze_id=keuze_id,
        **{k: getattr(rij, k) for k in KOLOMMEN},
    )


def _lees(s: Session, rijen: list[Toewijzing]) -> list[ToewijzingData]:
    if not rijen:
        return []
    casussen = {r.casus_id for r in rijen}
    personen = {
        (p.casus_id, p.ref): p
        for p in s.execute(select(Persoon).where(Persoon.casus_id.in_(casussen))).scalars()
    }
    keuzes = dict(
        s.execute(
            select(Zoekkeuze.toewijzing_id, Zoekkeuze.id).where(
                Zoekkeuze.toewijzing_id.in_([r.id for r in rijen])
            )
        ).all()
    )
    return [_data(r, personen.get((r.casus_id, r.jeugdige_ref)), keuzes.get(r.id)) for r in rijen]


@rechten.casus(Handeling.INZAGE)
def lijst(db: Database, casus_id: uuid.UUID) -> list[ToewijzingData]:
    """The toewijzingen of a case, in the order they were made."""
    with db.sessie() as s:
        rijen = list(
            s.execute(
                select(Toewijzing)
                .where(Toewijzing.casus_id == casus_id)
                .order_by(Toewijzing.volgorde, Toewijzing.aangemaakt_op)
            ).scalars()
        )
        return _lees(s, rijen)


@rechten.casus(Handeling.INZAGE)
def toewijzing(db: Database, toewijzing_id: uuid.UUID) -> ToewijzingData:
    with db.sessie() as s:
        return _lees(s, [_laad(s, toewijzing_id)])[0]


def _laad(s: Session, toewijzing_id: uuid.UUID) -> Toewijzing:
    rij = s.get(Toewijzing, toewijzing_id)
    if rij is None:
        raise NietGevonden(vertaal("Deze toewijzing bestaat niet (meer)"))
    return rij


# ---------------------------------------------------------------- checking


def _schoon(velden: Mapping[str, Any]) -> dict[str, Any]:
    """Trimmed text, empty text as None; dates given as ISO text parsed (a form may send either)."""
    schoon: dict[str, Any] = {}
    for k, v in velden.items():
        if isinstance(v, str):
            v = v.strip() or None
        if k in DATUMVELDEN and isinstance(v, str):
            with suppress(ValueError):  # else left as text: the rules report it
                v = als_datum(v)
        schoon[k] = v
    return schoon


def controleer(velden: dict[str, Any]) -> dict[str, str]:
    """Live check of the entry form: Dutch messages keyed by field, empty when it may be saved.

    A new toewijzing starts as aangevraagd with today as aanvraagdatum, as `maak` does; the
    references to the jeugdige and the goal are checked when saving (they need the case).
    """
    t = _schoon(velden)
    t.setdefault("status", "aangevraagd")
    if t.get("aanvraagdatum") is None:
        t["aanvraagdatum"] = date.today()
    fouten = toewijzing_fouten(t, bij_invoer=True)
    fouten.update(_datum_fouten(t))
    return fouten


def _datum_fouten(t: Mapping[str, Any]) -> dict[str, str]:
    aanvraag = t.get("aanvraagdatum")
    if isinstance(aanvraag, date):
        dag = aanvraag.date() if isinstance(aanvraag, datetime) else aanvraag
        if dag > date.today():
            return {"aanvraagdatum": vertaal("Aanvraagdatum ligt in de toekomst")}
    return {}


def _case_refs(s: Session, casus_id: uuid.UUID) -> tuple[dict[str, str], set[str]]:
    personen = dict(
        s.execute(select(Persoon.ref, Persoon.rol).where(Persoon.casus_id == casus_id)).all()
    )
    doelen = set(s.execute(select(Doel.ref).where(Doel.casus_id == casus_id)).scalars())
    return personen, doelen


def _check(
    s: Session, casus_id: uuid.UUID, t: dict[str, Any], alleen: set[str] | None = None
) -> None:
    personen, doelen = _case_refs(s, casus_id)
    fouten = toewijzing_fouten(t, personen=personen, doelen=doelen, bij_invoer=True)
    fouten.update(_datum_fouten(t) if alleen is None or "aanvraagdatum" in alleen else {})
    if fouten:
        raise Validatiefout(fouten)


def _uit_catalogus(s: Session, t: dict[str, Any]) -> None:
    """Fill provider and product names (and the product's category and segment) from the
    catalogue when only the codes were given: a snapshot, so the toewijzing keeps saying what
    was allocated when the catalogue changes later."""
    if t.get("aanbieder_agb") and not t.get("aanbieder"):
        t["aanbieder"] = s.execute(
            select(Aanbieder.naam).where(Aanbieder.agb == t["aanbieder_agb"])
        ).scalar()
    if t.get("productcode"):
        p = s.execute(
            select(Product).where(Product.productcode == t["productcode"])
        ).scalar_one_or_none()
        if p is not None:
            t["product"] = t.get("product") or p.naam
            t["productcategorie"] = t.get("productcategorie") or p.productcategorie
            if t.get("segment") is None:
                t["segment"] = p.segment


def _onbekend(velden: Mapping[str, Any]) -> None:
    alleen_velden(velden, INVOERVELDEN, "geen veld van een toewijzing")


def _bewaar(s: Session) -> None:
    try:
        s.flush()
    except StaleDataError as e:
        raise VersieConflict(vertaal("Deze toewijzing")) from e


def _rij_waarden(rij: Toewijzing) -> dict[str, Any]:
    return {k: getattr(rij, k) for k in KOLOMMEN}


# ---------------------------------------------------------------- entry and the life cycle


@rechten.casus(Handeling.WIJZIGING)
def maak(
    db: Database,
    casus_id: uuid.UUID,
    velden: dict[str, Any],
    keuze_id: uuid.UUID | None = None,
) -> ToewijzingData:
    """A new toewijzing (status aangevraagd). Without aanvraagdatum: today; without verwijzer:
    the case's verwijzer; names of provider and product from the catalogue when left out.
    `keuze_id` links the zoekkeuze it was chosen in."""
    _onbekend(velden)
    t = _schoon(velden)
    t["status"] = "aangevraagd"
    if t.get("aanvraagdatum") is None:
        t["aanvraagdatum"] = date.today()
    with db.sessie() as s:
        casus = s.get(Casus, casus_id)
        if casus is None:
            raise NietGevonden(vertaal("Deze casus bestaat niet (meer)"))
        if "verwijzer" not in velden:
            t["verwijzer"] = casus.verwijzer
        _uit_catalogus(s, t)
        _check(s, casus_id, t)
        keuze = None
        if keuze_id is not None:
            keuze = s.get(Zoekkeuze, keuze_id)
            if keuze is None or keuze.casus_id != casus_id:
                raise Validatiefout({"keuze": vertaal("Deze zoekkeuze hoort niet bij deze casus")})
        volgorde = s.execute(
            select(func.coalesce(func.max(Toewijzing.volgorde), 0)).where(
                Toewijzing.casus_id == casus_id
            )
        ).scalar_one()
        rij = Toewijzing(casus_id=casus_id, volgorde=volgorde + 1, **t)
        s.add(rij)
        s.flush()
        if keuze is not None:
            keuze.toewijzing_id = rij.id
            s.flush()
        return _lees(s, [rij])[0]


@rechten.casus(Handeling.WIJZIGING)
def wijzig(
    db: Database,
    toewijzing_id: uuid.UUID,
    velden: dict[str, Any],
    version: int | None = None,
    basis: dict[str, Any] | None = None,
) -> ToewijzingData:
    """Save changed entry fields; the whole toewijzing is checked as it would become.
    A beëindigde or afgewezen toewijzing is final. `basis`: per-field concurrency as in
    casussen.wijzig_casus; `version` instead: the whole row must be unchanged."""
    _onbekend(velden)
    nieuw = _schoon(velden)

    def werk(s: Session) -> ToewijzingData:
        rij = _laad(s, toewijzing_id)
        if basis is not None:
            controleer_velden(s, "toewijzing", rij, nieuw, _schoon(basis))
        elif version is not None and version != rij.version:
            raise VersieConflict(vertaal("Deze toewijzing"))
        if rij.status in ("beeindigd", "afgewezen"):
            raise Fout(
                vertaal(
                    "Deze toewijzing is {status_tekst}; wijzigen kan niet meer. Maak zo "
                    "nodig een nieuwe toewijzing.",
                    status_tekst=status_tekst(rij.status),
                )
            )
        if "aanvraagdatum" in nieuw and nieuw["aanvraagdatum"] is None:
            raise Validatiefout({"aanvraagdatum": vertaal("Aanvraagdatum ontbreekt")})
        t = _rij_waarden(rij) | nieuw
        _check(s, rij.casus_id, t, alleen=set(nieuw))
        echt = echt_gewijzigd(rij, nieuw)
        for k in echt:
            setattr(rij, k, nieuw[k])
        s.flush()
        noteer_velden(s, "toewijzing", rij.id, rij.casus_id, echt, db.gebruiker)
        return _lees(s, [rij])[0]

    return met_herhaling(db, werk, vertaal("Deze toewijzing"))


def _ga_naar(
    db: Database, toewijzing_id: uuid.UUID, naar: str, velden: dict[str, Any]
) -> ToewijzingData:
    with db.sessie() as s:
        rij = _laad(s, toewijzing_id)
        fout = overgang_fout(rij.status, naar)
        if fout:
            raise Fout(fout)
        t = _rij_waarden(rij) | velden | {"status": naar}
        _check(s, rij.casus_id, t, alleen=set())
        for k, v in (velden | {"status": naar}).items():
            setattr(rij, k, v)
        _bewaar(s)
        return _lees(s, [rij])[0]


@rechten.casus(Handeling.WIJZIGING)
def start(db: Database, toewijzing_id: uuid.UUID, ingangsdatum: date) -> ToewijzingData:
    """aangevraagd → gestart: the care began on `ingangsdatum`."""
    if ingangsdatum is None:
        raise Validatiefout(
            {"ingangsdatum": vertaal("Ingangsdatum ontbreekt: wanneer begon de hulp?")}
        )
    return _ga_naar(db, toewijzing_id, "gestart", {"ingangsdatum": ingangsdatum})


@rechten.casus(Handeling.WIJZIGING)
def beeindig(
    db: Database, toewijzing_id: uuid.UUID, einddatum: date, reden_jz588: str
) -> ToewijzingData:
    """gestart → beeindigd, with the end date and the reason (JZ588)."""
    fouten = {}
    if einddatum is None:
        fouten["einddatum"] = vertaal("Einddatum ontbreekt: wanneer stopte de hulp?")
    if not (reden_jz588 or "").strip():
        fouten["reden_beeindiging"] = vertaal("Kies een reden van beëindiging (JZ588)")
    if fouten:
        raise Validatiefout(fouten)
    return _ga_naar(
        db,
        toewijzing_id,
        "beeindigd",
        {"einddatum": einddatum, "reden_beeindiging": reden_jz588.strip()},
    )


@rechten.casus(Handeling.WIJZIGING)
def wijs_af(db: Database, toewijzing_id: uuid.UUID, reden_wj759: str) -> ToewijzingData:
    """aangevraagd → afgewezen, with the reason (WJ759)."""
    if not (reden_wj759 or "").strip():
        raise Validatiefout({"reden_afwijzing": vertaal("Kies een reden van afwijzing (WJ759)")})
    return _ga_naar(db, toewijzing_id, "afgewezen", {"reden_afwijzing": reden_wj759.strip()})


@rechten.casus(Handeling.WIJZIGING)
def verwijder(db: Database, toewijzing_id: uuid.UUID) -> None:
    """Remove a toewijzing entered by mistake – only while it is still aangevraagd."""
    with db.sessie() as s:
        rij = s.get(Toewijzing, toewijzing_id)
        if rij is None:
            return
        if rij.status != "aangevraagd":
            raise Fout(
                vertaal(
                    "Deze toewijzing is {status_tekst}; alleen een aangevraagde toewijzing "
                    "kan worden verwijderd",
                    status_tekst=status_tekst(rij.status),
                )
            )
        s.delete(rij)


# ---------------------------------------------------------------- consent and sharing


@rechten.casus(Handeling.WIJZIGING)
def leg_toestemming_vast(
    db: Database, toewijzing_id: uuid.UUID, toelichting: str, op: datetime | None = None
) -> ToewijzingData:
    """Record the family's consent to share this toewijzing with the provider: who gave it and
    how (`toelichting`), and when (`op`, default now)."""
    toelichting = (toelichting or "").strip()
    if not toelichting:
        raise Validatiefout(
            {
                "toestemming_toelichting": vertaal(
                    "Noteer wie toestemming gaf en hoe (bijvoorbeeld: moeder, mondeling "
                    "aan de keukentafel)"
                )
            }
        )
    moment = (op or nu()).replace(microsecond=0)
    if moment > nu():
        raise Validatiefout({"toestemming_op": vertaal("De toestemming ligt in de toekomst")})
    with db.sessie() as s:
        rij = _laad(s, toewijzing_id)
        rij.toestemming_op = moment
        rij.toestemming_toelichting = toelichting
        _bewaar(s)
        return _lees(s, [rij])[0]


@rechten.casus(Handeling.WIJZIGING)
def trek_toestemming_in(db: Database, toewijzing_id: uuid.UUID) -> ToewijzingData:
    """The family withdrew its consent: nothing more is shared (what was shared stays noted)."""
    with db.sessie() as s:
        rij = _laad(s, toewijzing_id)
        rij.toestemming_op = None
        rij.toestemming_toelichting = None
        _bewaar(s)
        return _lees(s, [rij])[0]


@rechten.casus(Handeling.EXPORT, "toewijzing gedeeld met aanbieder")
def deel_met_aanbieder(db: Database, toewijzing_id: uuid.UUID) -> ToewijzingData:
    """Note that the toewijzing was shared with the provider; refused without consent."""
    with db.sessie() as s:
        rij = _laad(s, toewijzing_id)
        if rij.toestemming_op is None:
            raise Fout(
                vertaal(
                    "Leg eerst de toestemming van het gezin vast: zonder toestemming wordt "
                    "de toewijzing niet met de aanbieder gedeeld."
                )
            )
        if not rij.aanbieder_agb:
            raise Validatiefout(
                {"aanbieder_agb": vertaal("Kies eerst een aanbieder om mee te delen")}
            )
        if rij.status == "afgewezen":
            raise Fout(vertaal("Een afgewezen toewijzing wordt niet met de aanbieder gedeeld"))
        rij.gedeeld_op = nu()
        _bewaar(s)
        return _lees(s, [rij])[0]


# ---------------------------------------------------------------- zoekkeuzes


def _keuze_data(k: Zoekkeuze) -> KeuzeData:
    return KeuzeData(
        id=k.id,
        casus_id=k.casus_id,
        moment=k.moment,
        zoekvraag=k.zoekvraag,
        filters=dict(k.filters or {}),
        besproken=[dict(b) for b in k.besproken or []],
        gekozen_agb=k.gekozen_agb,
        gekozen_productcode=k.gekozen_productcode,
        reden_keuze=k.reden_keuze,
        toewijzing_id=k.toewijzing_id,
    )


def _json_waarde(v: Any) -> Any:
    # Filters may hold dates (--datum); JSON keeps them as ISO text.
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    if isinstance(v, dict):
        return {str(k): _json_waarde(x) for k, x in v.items()}
    if isinstance(v, (list, tuple, set)):
        return [_json_waarde(x) for x in v]
    return v


@rechten.casus(Handeling.WIJZIGING)
def leg_keuze_vast(
    db: Database,
    casus_id: uuid.UUID,
    zoekvraag: str | None,
    filters: dict[str, Any] | None,
    besproken: list[dict[str, Any]],
    gekozen: dict[str, Any] | None,
    reden_keuze: str | None,
) -> uuid.UUID:
    """Record a search with the family: what was asked, which options were discussed, and what
    they chose and why. `gekozen` holds at least `aanbieder_agb` and `productcode` (None: no
    choice yet). Returns the id to pass to `maak(..., keuze_id=…)`."""
    fouten = {}
    regels = []
    for b in besproken or []:
        if not isinstance(b, Mapping):
            raise ValueError("besproken: een lijst van objecten")
        regels.append(_json_waarde({k: v for k, v in b.items() if v is not None}))
    reden_keuze = (reden_keuze or "").strip() or None
    agb = code = None
    if gekozen:
        agb = (gekozen.get("aanbieder_agb") or "").strip() or None
        code = (gekozen.get("productcode") or "").strip() or None
        if agb is None and code is None:
            fouten["gekozen"] = vertaal("Noteer welke aanbieder of welk product het gezin koos")
        if reden_keuze is None:
            fouten["reden_keuze"] = vertaal("Noteer waarom het gezin hiervoor koos")
    if fouten:
        raise Validatiefout(fouten)
    with db.sessie() as s:
        if s.get(Casus, casus_id) is None:
            raise NietGevonden(vertaal("Deze casus bestaat niet (meer)"))
        k = Zoekkeuze(
            casus_id=casus_id,
            moment=nu(),
            zoekvraag=(zoekvraag or "").strip() or None,
            filters=_json_waarde(dict(filters)) if filters else None,
            besproken=regels or None,
            gekozen_agb=agb,
            gekozen_productcode=code,
            reden_keuze=reden_keuze,
        )
        s.add(k)
        s.flush()
        return k.id


@rechten.casus(Handeling.INZAGE)
def keuzes(db: Database, casus_id: uuid.UUID) -> list[KeuzeData]:
    """The recorded searches of a case, newest first."""
    with db.sessie() as s:
        return [
            _keuze_data(k)
            for k in s.execute(
                select(Zoekkeuze)
                .where(Zoekkeuze.casus_id == casus_id)
                .order_by(Zoekkeuze.moment.desc(), Zoekkeuze.aangemaakt_op.desc())
            ).scalars()
        ]


# ---------------------------------------------------------------- exchange format


def _document_waarde(v: Any) -> Any:
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    if isinstance(v, float) and v.is_integer():
        return int(v)  # a budget of 125000 comes back as 125000, not 125000.0
    return v


def _document(waarden: Mapping[str, Any], extra: Mapping[str, Any] | None) -> dict[str, Any]:
    doc = {
        DOCUMENT_SLEUTELS.get(k, k): _document_waarde(waarden.get(k))
        for k in KOLOMMEN
        if waarden.get(k) is not None
    }
    for k, v in (extra or {}).items():
        doc.setdefault(k, v)
    return doc


def _uit_document_velden(t: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(column values, unknown keys) of one exchange-format toewijzing (already checked)."""
    waarden: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for k, v in t.items():
        veld = VELDEN_UIT_DOCUMENT.get(k, k)
        if veld in KOLOMMEN:
            waarden[veld] = als_datum(v) if veld in DATUMVELDEN else v
        else:
            extra[k] = v
    return waarden, extra


def normaliseer(t: Mapping[str, Any]) -> dict[str, Any]:
    """An exchange-format toewijzing as an export gives it back after import (dates as the
    app writes them, whole budgets as whole numbers, nulls left out)."""
    waarden, extra = _uit_document_velden(t)
    return _document(waarden, extra)


def naar_document(s: Session, casus_id: uuid.UUID) -> list[dict[str, Any]]:
    """The toewijzingen of a case in the exchange format (`toewijzingen`), in their order."""
    return [
        _document(_rij_waarden(r), r.extra)
        for r in s.execute(
            select(Toewijzing)
            .where(Toewijzing.casus_id == casus_id)
            .order_by(Toewijzing.volgorde, Toewijzing.aangemaakt_op)
        ).scalars()
    ]


def uit_document(
    s: Session,
    casus_id: uuid.UUID,
    lijst: list[dict[str, Any]] | None,
    refs: Mapping[str, Any] | None = None,
) -> None:
    """Replace the toewijzingen of a case by the (already checked) exchange part.

    `refs` (person ref → id) guards the link to the jeugdige when given. Unchanged toewijzingen
    are left alone (ids, versions and links to zoekkeuzes stay); a zoekkeuze that pointed at a
    replaced toewijzing keeps its record, without the link.
    """
    if naar_document(s, casus_id) == [normaliseer(t) for t in lijst or []]:
        return
    s.execute(delete(Toewijzing).where(Toewijzing.casus_id == casus_id))
    s.flush()
    for i, t in enumerate(lijst or [], start=1):
        waarden, extra = _uit_document_velden(t)
        ref = waarden.get("jeugdige_ref")
        if refs is not None and ref not in refs:
            raise Validatiefout(
                {"jeugdige_ref": vertaal("Jeugdige '{ref}' staat niet in de casus", ref=ref)}
            )
        s.add(Toewijzing(casus_id=casus_id, volgorde=i, **waarden, extra=extra or None))
    s.flush()


# ---------------------------------------------------------------- facts for the case list


def _als_datum(waarde):
    return date.fromisoformat(waarde[:10]) if isinstance(waarde, str) else waarde


def per_casus(conn, casus_ids: list[str] | None = None) -> dict[str, list[dict[str, Any]]]:
    """{case id (hex text): [{"jeugdige", "status", "ingangsdatum", "einddatum"}, …]} from one
    indexed scan (per 500 ids when given): what the case status, the plan signals and the
    evaluation signal need, for 100,000 cases without a query per case."""
    t = Toewijzing.__table__.c
    kolom = type_coerce(t.casus_id, String)
    uit: dict[str, list[dict[str, Any]]] = {}
    delen = (
        [None]
        if casus_ids is None
        else [casus_ids[i : i + 500] for i in range(0, len(casus_ids), 500)]
    )
    for deel in delen:
        q = select(kolom, t.jeugdige_ref, t.status, t.ingangsdatum, t.einddatum)
        if deel is not None:
            q = q.where(kolom.in_(deel))
        # Plain tuples (100,000 cases at every start): dates then arrive as ISO text.
        for cid, ref, status, ingang, einde in ruwe_rijen(conn, q):
            uit.setdefault(cid, []).append(
                {
                    "jeugdige": ref,
                    "status": status,
                    "ingangsdatum": _als_datum(ingang),
                    "einddatum": _als_datum(einde),
                }
            )
    return uit


def van_casus(s: Session, casus_id: uuid.UUID) -> list[dict[str, Any]]:
    """The same facts as `per_casus`, for one case inside an open session."""
    t = Toewijzing.__table__.c
    return [
        {"jeugdige": ref, "status": status}
        for ref, status in s.execute(
            select(t.jeugdige_ref, t.status).where(t.casus_id == casus_id).order_by(t.volgorde)
        )
    ]


def hulp_ingezet(toewijzingen: list[dict[str, Any]] | None) -> bool:
    """The case status "Hulp ingezet": a toewijzing exists that was not refused."""
    return any(t.get("status") != "afgewezen" for t in toewijzingen or ())


__all__ = [
    "KeuzeData",
    "ToewijzingData",
    "beeindig",
    "controleer",
    "deel_met_aanbieder",
    "hulp_ingezet",
    "keuzes",
    "leg_keuze_vast",
    "leg_toestemming_vast",
    "lijst",
    "maak",
    "naar_document",
    "normaliseer",
    "per_casus",
    "start",
    "status_tekst",
    "toewijzing",
    "trek_toestemming_in",
    "uit_document",
    "van_casus",
    "verwijder",
    "wijs_af",
    "wijzig",
]
