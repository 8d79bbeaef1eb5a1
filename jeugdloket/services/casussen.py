"""The case register: cases, the people in them, and the timeline of contacts (the list of all
cases, as light rows, is in `casuslijst`)."""

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session

from jeugdloket.db import Database
from jeugdloket.fouten import (
    Conflictveld,
    NietGevonden,
    Validatiefout,
    VeldConflict,
    VersieConflict,
)
from jeugdloket.models import (
    Casus,
    Contactmoment,
    Medewerker,
    Persoon,
    Veldwijziging,
    nu,
)
from jeugdloket.regels.logboek import SYSTEEM
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
)
from jeugdloket.services import alleen_velden, rechten
from jeugdloket.services import toewijzingen as toewijzingen_dienst
from jeugdloket.services.intake import status_vragen
from jeugdloket.services.rechten import Actie as Handeling
from jeugdloket.teamdb import CASUSREGISTER, is_postgres

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
    """The id of a case by its number, also of a case the acting medewerker may not open: on
    the team register from the register view (the case row itself is hidden by row security
    then), so the caller can say "another consulent's case" and offer a waarneming."""
    with db.sessie() as s:
        t = CASUSREGISTER if is_postgres(s) else Casus.__table__
        return s.execute(select(t.c.id).where(t.c.casusnummer == casusnummer)).scalar()


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
    # On the team register a consulent sees only some cases' rows: the number comes from the
    # register view, which lists them all (two at once: the unique number makes one retry).
    t = CASUSREGISTER if is_postgres(s) else Casus.__table__
    hoogste = s.execute(
        select(func.max(t.c.casusnummer)).where(t.c.casusnummer.like(f"{jaar}-%"))
    ).scalar()
    volgnummer = int(hoogste.split("-")[1]) + 1 if hoogste else 1
    if volgnummer > 9999:
        raise Validatiefout({"casusnummer": f"Het jaar {jaar} heeft al 9999 casussen"})
    return f"{jaar}-{volgnummer:04d}"


def huidige_medewerker_id(s: Session, gebruiker: str | None) -> uuid.UUID | None:
    if not gebruiker:
        return None
    return s.execute(select(Medewerker.id).where(Medewerker.gebruikersnaam == gebruiker)).scalar()


# ---------------------------------------------------------------- per-field concurrency


def _als_vergelijkbaar(waarde: Any) -> Any:
    """One form for a value from a widget and from the database ("" and None; dates as text)."""
    if waarde is None or (isinstance(waarde, str) and not waarde.strip()):
        return None
    if isinstance(waarde, (date, datetime)):
        return waarde.isoformat()
    if isinstance(waarde, uuid.UUID):
        return waarde.hex
    if isinstance(waarde, str):
        return waarde.strip()
    return waarde


def _veldnaam(veld: str) -> str:
    return veld.replace("_", " ").capitalize()


def controleer_velden(
    s: Session, tabel: str, rij: Any, velden: dict[str, Any], basis: dict[str, Any]
) -> None:
    """Per-field optimistic concurrency: a field someone else changed since `basis` was read,
    to another value than the one being saved, is a conflict (VeldConflict, nothing written).
    Fields only one of us changed, or both to the same value, are no conflict."""
    conflicten = []
    for veld, nieuw in velden.items():
        if veld not in basis:
            continue
        huidig = _als_vergelijkbaar(getattr(rij, veld))
        if huidig in (_als_vergelijkbaar(basis[veld]), _als_vergelijkbaar(nieuw)):
            continue
        w = s.get(Veldwijziging, (tabel, rij.id, veld))
        naam = None
        if w is not None:
            naam = (
                s.execute(
                    select(Medewerker.naam).where(Medewerker.gebruikersnaam == w.door)
                ).scalar()
                or w.door
            )
        conflicten.append(
            Conflictveld(_veldnaam(veld), basis[veld], nieuw, getattr(rij, veld), naam, w and w.op)
        )
    if conflicten:
        raise VeldConflict(conflicten)


def _echt_gewijzigd(rij: Any, velden: dict[str, Any]) -> list[str]:
    """The fields whose value really changes (only those get a new who-and-when, and only
    their row is then written and locked)."""
    return [
        k for k, v in velden.items() if _als_vergelijkbaar(getattr(rij, k)) != _als_vergelijkbaar(v)
    ]


def noteer_velden(
    s: Session, tabel: str, rij_id: uuid.UUID, casus_id: uuid.UUID, velden: Iterable[str],
    door: str | None,
) -> None:  # fmt: skip
    """Remember who changed these fields and when (the next conflict names them)."""
    moment = nu()
    for veld in velden:
        s.merge(
            Veldwijziging(
                tabel=tabel,
                rij_id=rij_id,
                veld=veld,
                casus_id=casus_id,
                door=door or SYSTEEM,
                op=moment,
            )  # fmt: skip
        )


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
    db: Database,
    casus_id: uuid.UUID,
    velden: dict[str, Any],
    versie: int | None = None,
    basis: dict[str, Any] | None = None,
) -> CasusDetail:
    """Save changed fields of the aanmelding; the whole case is checked as it would become.

    `basis`: the values these fields had when the user started editing (per-field concurrency:
    a colleague's edit of another field is kept; of the same field raises VeldConflict).
    `versie` instead: the whole case must be unchanged since it was read."""
    alleen_velden(velden, CASUS_VELDEN, "geen casusveld")
    velden = {
        k: (v.strip() or None) if isinstance(v, str) and k != "gemeente" else v
        for k, v in velden.items()
    }
    with db.sessie() as s:
        casus = _laad(s, casus_id)
        if basis is not None:
            controleer_velden(s, "casus", casus, velden, basis)
        elif versie is not None and versie != casus.version:
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
        echt = _echt_gewijzigd(casus, velden)
        for k, v in velden.items():
            setattr(casus, k, v)
        _commit_of_conflict(s, "De casus")
        # After the case row is written (and locked): two writers of one case note in turn.
        noteer_velden(s, "casus", casus.id, casus.id, echt, db.gebruiker)
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
    db: Database,
    persoon_id: uuid.UUID,
    velden: dict[str, Any],
    versie: int | None = None,
    basis: dict[str, Any] | None = None,
) -> PersoonData:
    """Save changed fields of a person; `basis`/`versie` as in wijzig_casus."""
    alleen_velden(velden, PERSOON_VELDEN, "geen persoonsveld")
    velden = _schoon_persoon(velden)
    fouten = persoon_fouten(velden)
    with db.sessie() as s:
        persoon = s.get(Persoon, persoon_id)
        if persoon is None:
            raise NietGevonden("Deze persoon bestaat niet (meer)")
        if basis is not None:
            controleer_velden(s, "persoon", persoon, velden, basis)
        elif versie is not None and versie != persoon.version:
            raise VersieConflict("De gegevens van deze persoon")
        blijft = {v: getattr(persoon, v) for v in ("voornaam", "achternaam")} | {
            k: v for k, v in velden.items() if k in ("voornaam", "achternaam")
        }
        if not blijft["voornaam"] and not blijft["achternaam"]:
            veld = "achternaam" if "achternaam" in velden else "voornaam"
            fouten.setdefault(veld, "Vul een voornaam of achternaam in")
        if fouten:
            raise Validatiefout(fouten)
        echt = _echt_gewijzigd(persoon, velden)
        for k, v in velden.items():
            setattr(persoon, k, v)
        ververs_afgeleid(persoon.casus)
        _commit_of_conflict(s, "De gegevens van deze persoon")
        noteer_velden(s, "persoon", persoon.id, persoon.casus_id, echt, db.gebruiker)
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
    for poging in range(5):
        try:
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
                    and not casus_fouten(
                        {"aanmelddatum": casus.aanmelddatum, "eerste_contact": datum}
                    )
                ):
                    casus.eerste_contact = datum
                s.flush()
                return _contactmoment_data(s, moment)
        except StaleDataError:
            # A colleague saved the case meanwhile (team register): an added contact moment
            # overwrites nothing of theirs, so it is simply added again on the fresh case.
            if poging == 4:
                raise VersieConflict("De casus") from None
    raise AssertionError("unreachable")


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
