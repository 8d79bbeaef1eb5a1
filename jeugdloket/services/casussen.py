"""The case register: cases, the people in them, and the timeline of contacts."""

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import String, exists, func, select, type_coerce
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session

from jeugdloket.db import Database
from jeugdloket.fouten import NietGevonden, Validatiefout, VersieConflict
from jeugdloket.models import (
    Casus,
    Contactmoment,
    Familiegroepsplan,
    Medewerker,
    Persoon,
    Perspectiefplan,
    nu,
)
from jeugdloket.regels.plannen import Jeugdige, plan_signalen
from jeugdloket.regels.status import Status, StatusFeiten, afleiden_status
from jeugdloket.regels.validatie import (
    PERSOON_VELDEN,
    casus_fouten,
    contactmoment_fouten,
    normaliseer_postcode,
    persoon_fouten,
)
from jeugdloket.regels.werkdagen import Werkdagen, als_datum
from jeugdloket.regels.zoeken import (
    jeugdigen_weergave,
    volledige_naam,
    zoektekst,
    zoekwoorden,
)
from jeugdloket.services import alleen_velden, rechten
from jeugdloket.services import toewijzingen as toewijzingen_dienst
from jeugdloket.services.intake import status_verzamelingen, status_vragen
from jeugdloket.services.rechten import Actie as Handeling

CASUS_VELDEN = (
    "gemeente",
    "consulent_id",
    "aanmelddatum",
    "verwijzer",
    "hulpvraag",
    "soort_vraag",
    "kader",
    "eerste_contact",
    "afgesloten_op",
    "reden_afsluiting",
)
CONTACTMOMENT_VELDEN = ("datum", "soort", "notitie")
# A contactmoment of these kinds is a conversation with the family: the first one is eerste_contact.
CONTACT_MET_GEZIN = {"telefonisch", "huisbezoek", "gesprek_op_kantoor", "evaluatie"}

_werkdagen = Werkdagen()


# ---------------------------------------------------------------- plain data handed to callers


@dataclass(slots=True)
class CasusRegel:
    """One row of the case list: everything the list shows, filters and sorts on."""

    id: uuid.UUID
    casusnummer: str
    jeugdigen: str
    gemeente: str
    consulent_id: uuid.UUID | None
    consulent: str
    status: Status
    aanmelddatum: date | datetime
    deadline: date
    signaal: str | None
    zoektekst: str
    plan_signaal: str | None = None  # familiegroepsplan not offered / perspectiefplan due

    @property
    def afgesloten(self) -> bool:
        return self.status is Status.AFGESLOTEN


@dataclass(slots=True)
class PersoonData:
    id: uuid.UUID
    version: int
    ref: str
    rol: str
    voornaam: str | None = None
    tussenvoegsel: str | None = None
    achternaam: str | None = None
    geboortedatum: date | None = None
    bsn: str | None = None
    geslacht: str | None = None
    gezag: bool | None = None
    relatie: str | None = None
    telefoon: str | None = None
    email: str | None = None
    straat: str | None = None
    huisnummer: str | None = None
    postcode: str | None = None
    woonplaats: str | None = None

    @property
    def naam(self) -> str:
        return volledige_naam(
            {
                "voornaam": self.voornaam,
                "tussenvoegsel": self.tussenvoegsel,
                "achternaam": self.achternaam,
            }
        )

    def leeftijd(self, op: date | None = None) -> int | None:
        if self.geboortedatum is None:
            return None
        op = op or date.today()
        g = self.geboortedatum
        return op.year - g.year - ((op.month, op.day) < (g.month, g.day))


@dataclass(slots=True)
class ContactmomentData:
    id: uuid.UUID
    version: int
    datum: date | datetime | None
    soort: str | None
    notitie: str | None
    medewerker: str | None


@dataclass(slots=True)
class CasusDetail:
    id: uuid.UUID
    version: int
    casusnummer: str
    gemeente: str
    consulent_id: uuid.UUID | None
    consulent: str
    aanmelddatum: date | datetime
    verwijzer: str | None
    hulpvraag: str | None
    soort_vraag: str | None
    kader: str | None
    eerste_contact: date | datetime | None
    afgesloten_op: date | None
    reden_afsluiting: str | None
    status: Status
    deadline: date
    signaal: str | None
    personen: list[PersoonData] = field(default_factory=list)
    contactmomenten: list[ContactmomentData] = field(default_factory=list)

    @property
    def jeugdigen(self) -> list[PersoonData]:
        return [p for p in self.personen if p.rol == "jeugdige"]


@dataclass(slots=True)
class NieuweCasus:
    gemeente: str
    aanmelddatum: datetime
    verwijzer: str | None = None
    hulpvraag: str | None = None
    soort_vraag: str | None = "enkelvoudig"
    kader: str | None = "vrijwillig"
    consulent_id: uuid.UUID | None = None


# ---------------------------------------------------------------- derived facts


def status_feiten(
    afgesloten_op: date | None,
    eerste_contact: date | datetime | None,
    heeft_contactmoment: bool,
    vandaag: date,
    intake_gestart: bool = False,
    analyse_gestart: bool = False,
    analyse_afgerond: bool = False,
    hulp_ingezet: bool = False,
) -> StatusFeiten:
    """The facts behind the status; `hulp_ingezet`: a toewijzing that was not refused
    (toewijzingen.hulp_ingezet)."""
    return StatusFeiten(
        afgesloten=afgesloten_op is not None and als_datum(afgesloten_op) <= vandaag,
        contact=eerste_contact is not None or heeft_contactmoment,
        intake=intake_gestart,
        analyse=analyse_gestart,
        plan=analyse_afgerond,
        hulp_ingezet=hulp_ingezet,
    )


def signaal_eerste_contact(
    eerste_contact: date | datetime | None, deadline: date, afgesloten: bool, vandaag: date
) -> str | None:
    """The red signal of the case list (kpi.md: 3 werkdagen, contact on the deadline is in time)."""
    if eerste_contact is None:
        if not afgesloten and vandaag > deadline:
            return f"Nog geen eerste contact; de termijn verliep op {deadline:%d-%m-%Y}"
        return None
    if als_datum(eerste_contact) > deadline:
        return f"Eerste contact was te laat: na de termijn van {deadline:%d-%m-%Y}"
    return None


# ---------------------------------------------------------------- the case list


def _als_uuid(waarde) -> uuid.UUID | None:
    if waarde is None or isinstance(waarde, uuid.UUID):
        return waarde
    return uuid.UUID(hex=waarde)


def _als_iso(waarde: str | None) -> date | datetime | None:
    if waarde is None:
        return None
    return date.fromisoformat(waarde) if len(waarde) == 10 else datetime.fromisoformat(waarde)


@lru_cache(maxsize=256)
def _status_van(feiten: StatusFeiten) -> Status:
    return afleiden_status(feiten)


def casuslijst(
    db: Database,
    vandaag: date | None = None,
    casus_id: uuid.UUID | None = None,
    limiet: int | None = None,
) -> list[CasusRegel]:
    """All cases (or one) as light rows, in one query; the list filters and sorts in memory.

    This runs at every start over the whole register (100,000 cases must show in well under a
    second), so it reads raw column values and converts only what it needs, once per value.

    Rights: the list shows every case to the case roles (consulent, coördinator) – number,
    jeugdigen, gemeente, consulent, status – so a consulent can find out whether a family is
    already known and whose case it is; opening the contents is checked and logged
    (rechten.casus). A beheerder gets an empty list. The list itself is not logged per case.
    """
    vandaag = vandaag or date.today()
    if not rechten.ziet_casuslijst(db):
        return []  # a beheerder only: no case data at all
    t = Casus.__table__
    heeft_contact = exists().where(Contactmoment.__table__.c.casus_id == t.c.id)
    q = select(
        type_coerce(t.c.id, String),
        t.c.casusnummer,
        t.c.jeugdigen,
        t.c.gemeente,
        type_coerce(t.c.consulent_id, String),
        type_coerce(t.c.aanmelddatum, String),
        type_coerce(t.c.eerste_contact, String),
        type_coerce(t.c.afgesloten_op, String),
        heeft_contact,
        t.c.zoektekst,
    ).order_by(t.c.aanmelddatum.desc())
    if casus_id is not None:
        q = q.where(t.c.id == casus_id)
    if limiet is not None:
        q = q.limit(limiet)
    regels = []
    deadline_van = _werkdagen.deadline_eerste_contact
    with db.engine.connect() as conn:
        namen = {
            _als_uuid(i): naam
            for i, naam in conn.execute(
                select(type_coerce(Medewerker.__table__.c.id, String), Medewerker.__table__.c.naam)
            )
        }
        consulent_ids = {}  # a handful of consulenten: convert each id once
        met_toewijzing: dict[uuid.UUID, tuple[CasusRegel, list]] = {}
        rijen = conn.execute(q).all()
        beperkt = casus_id is not None or limiet is not None
        ids = [r[0] for r in rijen] if beperkt else None
        intake_set, analyse_set, plan_set = status_verzamelingen(conn, ids)
        toewijzingen = toewijzingen_dienst.per_casus(conn, ids)
        for (
            cid,
            nummer,
            jeugd,
            gemeente,
            cons,
            aanmeld,
            contact,
            afgesloten,
            hc,
            zt,
        ) in rijen:
            aanmeld, contact, afgesloten = (
                _als_iso(aanmeld),
                _als_iso(contact),
                _als_iso(afgesloten),
            )
            if cons not in consulent_ids:
                consulent_ids[cons] = _als_uuid(cons)
            cons_id = consulent_ids[cons]
            tw = toewijzingen.get(cid)
            status = _status_van(
                status_feiten(
                    afgesloten,
                    contact,
                    hc,
                    vandaag,
                    cid in intake_set,
                    cid in analyse_set,
                    cid in plan_set,
                    tw is not None and toewijzingen_dienst.hulp_ingezet(tw),
                )
            )
            deadline = deadline_van(als_datum(aanmeld))
            regels.append(
                CasusRegel(
                    _als_uuid(cid),
                    nummer,
                    jeugd,
                    gemeente,
                    cons_id,
                    namen.get(cons_id, ""),
                    status,
                    aanmeld,
                    deadline,
                    signaal_eerste_contact(contact, deadline, status is Status.AFGESLOTEN, vandaag),
                    zt,
                )
            )
            if tw and status is not Status.AFGESLOTEN:
                met_toewijzing[regels[-1].id] = (regels[-1], tw)
        if met_toewijzing:
            _plan_signalen(conn, met_toewijzing, vandaag)
    return regels


def _plan_signalen(conn, met_toewijzing: dict, vandaag: date) -> None:
    """Plan signals for the (few) open cases with a toewijzing: a second, small round of queries."""
    fgp_t, pp_t, p_t = (
        Familiegroepsplan.__table__,
        Perspectiefplan.__table__,
        Persoon.__table__,
    )
    ids = list(met_toewijzing)
    aangeboden, jeugdigen, met_plan = {}, {}, {}
    for start in range(0, len(ids), 500):
        deel = ids[start : start + 500]
        for cid, datum in conn.execute(
            select(fgp_t.c.casus_id, fgp_t.c.aangeboden_op).where(fgp_t.c.casus_id.in_(deel))
        ):
            aangeboden[cid] = datum
        for cid, pid, ref, vn, tv, an, gd in conn.execute(
            select(
                p_t.c.casus_id,
                p_t.c.id,
                p_t.c.ref,
                p_t.c.voornaam,
                p_t.c.tussenvoegsel,
                p_t.c.achternaam,
                p_t.c.geboortedatum,
            ).where(p_t.c.casus_id.in_(deel), p_t.c.rol == "jeugdige")
        ):
            naam = volledige_naam({"voornaam": vn, "tussenvoegsel": tv, "achternaam": an}) or ref
            jeugdigen.setdefault(cid, []).append((pid, Jeugdige(ref, naam, gd)))
        for cid, pid in conn.execute(
            select(pp_t.c.casus_id, pp_t.c.jeugdige_id).where(
                pp_t.c.casus_id.in_(deel), pp_t.c.opgesteld_op.is_not(None)
            )
        ):
            met_plan.setdefault(cid, set()).add(pid)
    for cid, (regel, toewijzingen) in met_toewijzing.items():
        lijst = jeugdigen.get(cid, [])
        gemaakt = {j.ref for pid, j in lijst if pid in met_plan.get(cid, set())}
        signalen = plan_signalen(
            toewijzingen, aangeboden.get(cid), [j for _, j in lijst], gemaakt, vandaag
        )
        regel.plan_signaal = "; ".join(signalen) or None


def casusregel(db: Database, casus_id: uuid.UUID) -> CasusRegel:
    """The list row of one case, after it changed."""
    regels = casuslijst(db, casus_id=casus_id)
    if not regels:
        raise NietGevonden("Deze casus bestaat niet (meer)")
    return regels[0]


def filter_casussen(
    regels: Iterable[CasusRegel],
    zoekvraag: str = "",
    medewerker_id: uuid.UUID | None = None,
    toestand: str = "alle",
) -> list[CasusRegel]:
    """Search as you type: every word must occur in name, casusnummer, BSN or postcode.

    `medewerker_id` keeps only that consulent's cases; `toestand` is 'open', 'afgesloten' or 'alle'.
    One tight pass per criterion: this runs on every keystroke over up to 100,000 rows.
    """
    uitkomst = list(regels)
    if medewerker_id is not None:
        uitkomst = [r for r in uitkomst if r.consulent_id == medewerker_id]
    if toestand == "open":
        uitkomst = [r for r in uitkomst if r.status is not Status.AFGESLOTEN]
    elif toestand == "afgesloten":
        uitkomst = [r for r in uitkomst if r.status is Status.AFGESLOTEN]
    # Longest word first: it usually narrows most, so later passes run over few rows.
    for woord in sorted(zoekwoorden(zoekvraag), key=len, reverse=True):
        uitkomst = [r for r in uitkomst if woord in r.zoektekst]
    return uitkomst


# ---------------------------------------------------------------- reading one case


def _laad(s: Session, casus_id: uuid.UUID) -> Casus:
    casus = s.get(Casus, casus_id)
    if casus is None:
        raise NietGevonden("Deze casus bestaat niet (meer)")
    return casus


def _persoon_data(p: Persoon) -> PersoonData:
    return PersoonData(
        p.id, p.version, p.ref, p.rol, **{v: getattr(p, v) for v in PERSOON_VELDEN if v != "rol"}
    )


def _detail(s: Session, casus: Casus, vandaag: date | None = None) -> CasusDetail:
    vandaag = vandaag or date.today()
    namen = dict(s.execute(select(Medewerker.id, Medewerker.naam)).all())
    t = Casus.__table__
    vragen = s.execute(select(*status_vragen(t)).where(t.c.id == casus.id)).one()
    tw = toewijzingen_dienst.van_casus(s, casus.id)
    feiten = status_feiten(
        casus.afgesloten_op,
        casus.eerste_contact,
        bool(casus.contactmomenten),
        vandaag,
        *(bool(v) for v in vragen),
        toewijzingen_dienst.hulp_ingezet(tw),
    )
    status = afleiden_status(feiten)
    deadline = _werkdagen.deadline_eerste_contact(als_datum(casus.aanmelddatum))
    return CasusDetail(
        id=casus.id,
        version=casus.version,
        casusnummer=casus.casusnummer,
        gemeente=casus.gemeente,
        consulent_id=casus.consulent_id,
        consulent=namen.get(casus.consulent_id, ""),
        aanmelddatum=casus.aanmelddatum,
        verwijzer=casus.verwijzer,
        hulpvraag=casus.hulpvraag,
        soort_vraag=casus.soort_vraag,
        kader=casus.kader,
        eerste_contact=casus.eerste_contact,
        afgesloten_op=casus.afgesloten_op,
        reden_afsluiting=casus.reden_afsluiting,
        status=status,
        deadline=deadline,
        signaal=signaal_eerste_contact(
            casus.eerste_contact, deadline, status is Status.AFGESLOTEN, vandaag
        ),
        personen=[_persoon_data(p) for p in casus.personen],
        contactmomenten=[
            ContactmomentData(
                c.id, c.version, c.datum, c.soort, c.notitie, namen.get(c.medewerker_id)
            )
            for c in sorted(
                casus.contactmomenten,
                key=lambda c: (c.datum is None, str(c.datum or ""), c.volgorde),
                reverse=True,
            )
        ],
    )


@rechten.casus(Handeling.INZAGE)
def casus_detail(db: Database, casus_id: uuid.UUID) -> CasusDetail:
    with db.sessie() as s:
        return _detail(s, _laad(s, casus_id))


def zoek_casusnummer(db: Database, casusnummer: str) -> uuid.UUID | None:
    with db.sessie() as s:
        return s.execute(select(Casus.id).where(Casus.casusnummer == casusnummer)).scalar()


# ---------------------------------------------------------------- writing


def ververs_afgeleid(casus: Casus) -> None:
    """Recompute the stored search text and jeugdigen names after any change to the people."""
    personen = [
        {
            v: getattr(p, v)
            for v in ("rol", "voornaam", "tussenvoegsel", "achternaam", "bsn", "postcode")
        }
        for p in sorted(casus.personen, key=lambda p: p.volgorde)
    ]
    casus.zoektekst = zoektekst(casus.casusnummer, personen)
    casus.jeugdigen = jeugdigen_weergave(personen)


def volgend_casusnummer(s: Session, jaar: int) -> str:
    hoogste = s.execute(
        select(func.max(Casus.casusnummer)).where(Casus.casusnummer.like(f"{jaar}-%"))
    ).scalar()
    volgnummer = int(hoogste.split("-")[1]) + 1 if hoogste else 1
    if volgnummer > 9999:
        raise Validatiefout({"casusnummer": f"Het jaar {jaar} heeft al 9999 casussen"})
    return f"{jaar}-{volgnummer:04d}"


def huidige_medewerker_id(s: Session, gebruiker: str | None) -> uuid.UUID | None:
    if not gebruiker:
        return None
    return s.execute(select(Medewerker.id).where(Medewerker.gebruikersnaam == gebruiker)).scalar()


def _commit_of_conflict(s: Session, wat: str) -> None:
    try:
        s.flush()
    except StaleDataError as e:
        raise VersieConflict(wat) from e


@rechten.handeling(Handeling.AANMAAK, rollen=rechten.CASUSROLLEN, omschrijving="nieuwe casus")
def maak_casus(db: Database, nieuw: NieuweCasus) -> CasusDetail:
    velden = {
        "gemeente": (nieuw.gemeente or "").strip(),
        "aanmelddatum": nieuw.aanmelddatum,
        "verwijzer": nieuw.verwijzer,
        "soort_vraag": nieuw.soort_vraag,
        "kader": nieuw.kader,
    }
    fouten = casus_fouten(velden)
    if nieuw.aanmelddatum and als_datum(nieuw.aanmelddatum) > date.today():
        fouten.setdefault("aanmelddatum", "Aanmelddatum ligt in de toekomst")
    if fouten:
        raise Validatiefout(fouten)
    for poging in range(3):
        try:
            with db.sessie() as s:
                consulent = nieuw.consulent_id or huidige_medewerker_id(s, db.gebruiker)
                casus = Casus(
                    casusnummer=volgend_casusnummer(s, als_datum(nieuw.aanmelddatum).year),
                    consulent_id=consulent,
                    hulpvraag=(nieuw.hulpvraag or "").strip() or None,
                    **velden,
                )
                ververs_afgeleid(casus)
                s.add(casus)
                s.flush()
                rechten.noteer(casus.id, casus.casusnummer)
                rechten.registratietoegang(s, casus.id, casus.consulent_id)
                return _detail(s, casus)
        except IntegrityError:
            # Two writers took the same number at once (team database): take the next one.
            if poging == 2:
                raise
    raise AssertionError("unreachable")


@rechten.casus(Handeling.WIJZIGING)
def wijzig_casus(
    db: Database, casus_id: uuid.UUID, velden: dict[str, Any], versie: int | None = None
) -> CasusDetail:
    """Save changed fields of the aanmelding; the whole case is checked as it would become."""
    alleen_velden(velden, CASUS_VELDEN, "geen casusveld")
    velden = {
        k: (v.strip() or None) if isinstance(v, str) and k != "gemeente" else v
        for k, v in velden.items()
    }
    with db.sessie() as s:
        casus = _laad(s, casus_id)
        if versie is not None and versie != casus.version:
            raise VersieConflict("De casus")
        nieuw = {v: getattr(casus, v) for v in CASUS_VELDEN} | velden
        fouten = {k: m for k, m in casus_fouten(nieuw).items() if k in velden or k in _AFHANKELIJK}
        if (
            "aanmelddatum" in velden
            and velden["aanmelddatum"]
            and als_datum(velden["aanmelddatum"]) > date.today()
        ):
            fouten.setdefault("aanmelddatum", "Aanmelddatum ligt in de toekomst")
        if fouten:
            raise Validatiefout(fouten)
        for k, v in velden.items():
            setattr(casus, k, v)
        _commit_of_conflict(s, "De casus")
        return _detail(s, casus)


# Fields whose validity depends on another field (checked whenever either changes).
_AFHANKELIJK = {"eerste_contact", "afgesloten_op"}


@rechten.casus(Handeling.WIJZIGING)
def sluit_casus(db: Database, casus_id: uuid.UUID, datum: date, reden: str | None) -> CasusDetail:
    fouten = {}
    if not reden:
        fouten["reden_afsluiting"] = "Reden afsluiting ontbreekt: kies een reden (JZ588)"
    if datum > date.today():
        fouten["afgesloten_op"] = "Afgesloten op ligt in de toekomst"
    if fouten:
        raise Validatiefout(fouten)
    return wijzig_casus(db, casus_id, {"afgesloten_op": datum, "reden_afsluiting": reden})


@rechten.casus(Handeling.WIJZIGING)
def heropen_casus(db: Database, casus_id: uuid.UUID) -> CasusDetail:
    return wijzig_casus(db, casus_id, {"afgesloten_op": None, "reden_afsluiting": None})


def _schoon_persoon(velden: dict[str, Any]) -> dict[str, Any]:
    schoon = {}
    for k, v in velden.items():
        if isinstance(v, str):
            v = v.strip() or None
        if k == "bsn" and v:
            v = v.replace(" ", "").replace(".", "")
        if k == "postcode" and v:
            v = normaliseer_postcode(v) or v
        schoon[k] = v
    return schoon


@rechten.casus(Handeling.WIJZIGING)
def voeg_persoon_toe(db: Database, casus_id: uuid.UUID, velden: dict[str, Any]) -> PersoonData:
    alleen_velden(velden, PERSOON_VELDEN, "geen persoonsveld")
    velden = _schoon_persoon(velden)
    velden.setdefault("rol", None)
    fouten = persoon_fouten(velden)
    if not velden.get("voornaam") and not velden.get("achternaam"):
        fouten.setdefault("achternaam", "Vul een voornaam of achternaam in")
    if fouten:
        raise Validatiefout(fouten)
    with db.sessie() as s:
        casus = _laad(s, casus_id)
        nummers = [
            int(p.ref[1:]) for p in casus.personen if p.ref[:1] == "p" and p.ref[1:].isdigit()
        ]
        persoon = Persoon(
            ref=f"p{max(nummers, default=0) + 1}",
            volgorde=max((p.volgorde for p in casus.personen), default=0) + 1,
            **velden,
        )
        casus.personen.append(persoon)
        ververs_afgeleid(casus)
        s.flush()
        return _persoon_data(persoon)


@rechten.casus(Handeling.WIJZIGING)
def wijzig_persoon(
    db: Database, persoon_id: uuid.UUID, velden: dict[str, Any], versie: int | None = None
) -> PersoonData:
    alleen_velden(velden, PERSOON_VELDEN, "geen persoonsveld")
    velden = _schoon_persoon(velden)
    fouten = persoon_fouten(velden)
    with db.sessie() as s:
        persoon = s.get(Persoon, persoon_id)
        if persoon is None:
            raise NietGevonden("Deze persoon bestaat niet (meer)")
        if versie is not None and versie != persoon.version:
            raise VersieConflict("De gegevens van deze persoon")
        blijft = {v: getattr(persoon, v) for v in ("voornaam", "achternaam")} | {
            k: v for k, v in velden.items() if k in ("voornaam", "achternaam")
        }
        if not blijft["voornaam"] and not blijft["achternaam"]:
            veld = "achternaam" if "achternaam" in velden else "voornaam"
            fouten.setdefault(veld, "Vul een voornaam of achternaam in")
        if fouten:
            raise Validatiefout(fouten)
        for k, v in velden.items():
            setattr(persoon, k, v)
        ververs_afgeleid(persoon.casus)
        _commit_of_conflict(s, "De gegevens van deze persoon")
        return _persoon_data(persoon)


@rechten.casus(Handeling.WIJZIGING)
def verwijder_persoon(db: Database, persoon_id: uuid.UUID) -> None:
    with db.sessie() as s:
        persoon = s.get(Persoon, persoon_id)
        if persoon is None:
            return
        casus = persoon.casus
        casus.personen.remove(persoon)
        ververs_afgeleid(casus)


@rechten.casus(Handeling.WIJZIGING)
def voeg_contactmoment_toe(
    db: Database,
    casus_id: uuid.UUID,
    datum: date | datetime | None = None,
    soort: str | None = "telefonisch",
    notitie: str | None = None,
) -> ContactmomentData:
    """Add to the timeline; the first conversation with the family also sets eerste_contact."""
    datum = datum or nu()
    fouten = contactmoment_fouten({"soort": soort})
    if fouten:
        raise Validatiefout(fouten)
    with db.sessie() as s:
        casus = _laad(s, casus_id)
        moment = Contactmoment(
            datum=datum,
            soort=soort,
            notitie=(notitie or "").strip() or None,
            medewerker_id=huidige_medewerker_id(s, db.gebruiker),
            volgorde=max((c.volgorde for c in casus.contactmomenten), default=0) + 1,
        )
        casus.contactmomenten.append(moment)
        if (
            casus.eerste_contact is None
            and soort in CONTACT_MET_GEZIN
            and not casus_fouten({"aanmelddatum": casus.aanmelddatum, "eerste_contact": datum})
        ):
            casus.eerste_contact = datum
        s.flush()
        return _contactmoment_data(s, moment)


def _contactmoment_data(s: Session, moment: Contactmoment) -> ContactmomentData:
    naam = s.scalar(select(Medewerker.naam).where(Medewerker.id == moment.medewerker_id))
    return ContactmomentData(
        moment.id, moment.version, moment.datum, moment.soort, moment.notitie, naam
    )


@rechten.casus(Handeling.WIJZIGING)
def wijzig_contactmoment(
    db: Database, contactmoment_id: uuid.UUID, velden: dict[str, Any], versie: int | None = None
) -> ContactmomentData:
    alleen_velden(velden, CONTACTMOMENT_VELDEN, "geen veld van een contactmoment")
    fouten = contactmoment_fouten(velden)
    if "datum" in velden and velden["datum"] is None:
        fouten["datum"] = "Datum ontbreekt"
    if fouten:
        raise Validatiefout(fouten)
    with db.sessie() as s:
        moment = s.get(Contactmoment, contactmoment_id)
        if moment is None:
            raise NietGevonden("Dit contactmoment bestaat niet (meer)")
        if versie is not None and versie != moment.version:
            raise VersieConflict("Dit contactmoment")
        casus = moment.casus
        if "datum" in velden:
            fout = casus_fouten(
                {"aanmelddatum": casus.aanmelddatum, "eerste_contact": velden["datum"]}
            )
            if fout and casus.eerste_contact == moment.datum:
                raise Validatiefout(
                    {"datum": fout["eerste_contact"].replace("Eerste contact", "Datum")}
                )
        was_eerste = casus.eerste_contact is not None and casus.eerste_contact == moment.datum
        for k, v in velden.items():
            setattr(moment, k, v if k != "notitie" else (v or None))
        if was_eerste:
            # eerste_contact was taken from this moment: it follows a corrected date or kind.
            _herbereken_eerste_contact(casus)
        _commit_of_conflict(s, "Dit contactmoment")
        return _contactmoment_data(s, moment)


@rechten.casus(Handeling.WIJZIGING)
def verwijder_contactmoment(db: Database, contactmoment_id: uuid.UUID) -> None:
    with db.sessie() as s:
        moment = s.get(Contactmoment, contactmoment_id)
        if moment is not None:
            casus = moment.casus
            was_eerste = casus.eerste_contact is not None and casus.eerste_contact == moment.datum
            casus.contactmomenten.remove(moment)
            if was_eerste:
                _herbereken_eerste_contact(casus)


def _herbereken_eerste_contact(casus: Casus) -> None:
    """eerste_contact = the earliest conversation with the family still on the timeline."""
    kandidaten = [
        c.datum
        for c in casus.contactmomenten
        if c.datum is not None
        and c.soort in CONTACT_MET_GEZIN
        and not casus_fouten({"aanmelddatum": casus.aanmelddatum, "eerste_contact": c.datum})
    ]
    casus.eerste_contact = min(kandidaten, key=str, default=None)


def aantal_casussen(db: Database) -> int:
    with db.sessie() as s:
        return s.execute(select(func.count()).select_from(Casus)).scalar_one()
