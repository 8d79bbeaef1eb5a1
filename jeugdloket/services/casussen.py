"""The case register: cases, the people in them, and the timeline of contacts (the list of all
cases, as light rows, is in `casuslijst`)."""

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session

from jeugdloket.db import Database
from jeugdloket.fouten import NietGevonden, Validatiefout, VersieConflict
from jeugdloket.models import (
    Casus,
    Contactmoment,
    Medewerker,
    Persoon,
    WerkkopieStand,
    nu,
)
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
from jeugdloket.services import alleen_velden, rechten, schrijven
from jeugdloket.services import toewijzingen as toewijzingen_dienst
from jeugdloket.services.intake import status_vragen
from jeugdloket.services.rechten import Actie as Handeling
from jeugdloket.services.velden import (
    controleer_velden,
    echt_gewijzigd,
    met_herhaling,
    noteer_velden,
)
from jeugdloket.taal import vertaal
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
            return vertaal(
                "Nog geen eerste contact; de termijn verliep op {deadline:%d-%m-%Y}",
                deadline=deadline,
            )
        return None
    if als_datum(eerste_contact) > deadline:
        return vertaal(
            "Eerste contact was te laat: na de termijn van {deadline:%d-%m-%Y}", deadline=deadline
        )
    return None


# ---------------------------------------------------------------- reading one case


def _laad(s: Session, casus_id: uuid.UUID) -> Casus:
    casus = s.get(Casus, casus_id)
    if casus is None:
        raise NietGevonden(vertaal("Deze casus bestaat niet (meer)"))
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
    if not is_postgres(s):
        voorlopig = _voorlopig_nummer(s, jaar)
        if voorlopig is not None:
            return voorlopig
    # On the team register a consulent sees only some cases' rows: the number comes from the
    # register view, which lists them all (two at once: the unique number makes one retry).
    t = CASUSREGISTER if is_postgres(s) else Casus.__table__
    hoogste = s.execute(
        select(func.max(t.c.casusnummer)).where(
            t.c.casusnummer.like(f"{jaar}-%"), t.c.casusnummer.not_like(f"{jaar}-L%")
        )
    ).scalar()
    volgnummer = int(hoogste.split("-")[1]) + 1 if hoogste else 1
    if volgnummer > 9999:
        raise Validatiefout(
            {"casusnummer": vertaal("Het jaar {jaar} heeft al 9999 casussen", jaar=jaar)}
        )
    return f"{jaar}-{volgnummer:04d}"


def huidige_medewerker_id(s: Session, gebruiker: str | None) -> uuid.UUID | None:
    if not gebruiker:
        return None
    return s.execute(select(Medewerker.id).where(Medewerker.gebruikersnaam == gebruiker)).scalar()


def _voorlopig_nummer(s: Session, jaar: int) -> str | None:
    """On a werkkopie a new case gets 2026-L<copy>-<n> until the sync gives it the team's next
    number (the team's numbers are not known offline); None on any other file."""
    w = WerkkopieStand.__table__
    stand = s.execute(select(w.c.code, w.c.volgend_voorlopig)).first()
    if stand is None:
        return None
    s.execute(update(w).values(volgend_voorlopig=stand.volgend_voorlopig + 1))
    return f"{jaar}-L{stand.code}-{stand.volgend_voorlopig}"


# ---------------------------------------------------------------- saving


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
        fouten.setdefault("aanmelddatum", vertaal("Aanmelddatum ligt in de toekomst"))
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

    def werk(s: Session, in_een_keer: bool = False) -> CasusDetail:
        casus = _laad(s, casus_id)
        if basis is not None:
            controleer_velden(s, "casus", casus, velden, basis)
        elif versie is not None and versie != casus.version:
            raise VersieConflict(vertaal("De casus"))
        nieuw = {v: getattr(casus, v) for v in CASUS_VELDEN} | velden
        fouten = {k: m for k, m in casus_fouten(nieuw).items() if k in velden or k in _AFHANKELIJK}
        if (
            "aanmelddatum" in velden
            and velden["aanmelddatum"]
            and als_datum(velden["aanmelddatum"]) > date.today()
        ):
            fouten.setdefault("aanmelddatum", vertaal("Aanmelddatum ligt in de toekomst"))
        if fouten:
            raise Validatiefout(fouten)
        echt = echt_gewijzigd(casus, velden)
        if in_een_keer:
            if not schrijven.werk_bij(s, db, casus, velden, casus.id, echt):
                if basis is None:  # a whole-row save: as the ORM's flush below
                    raise VersieConflict(vertaal("De casus"))
                raise StaleDataError("de casus is intussen bewaard")  # read again
            return _detail(s, casus)
        for k, v in velden.items():
            setattr(casus, k, v)
        _schrijf(s, basis, vertaal("De casus"))
        # After the case row is written (and locked): two writers of one case note in turn.
        noteer_velden(s, "casus", casus.id, casus.id, echt, db.gebruiker)
        return _detail(s, casus)

    if schrijven.kan(db):
        return met_herhaling(
            db,
            lambda s: werk(s, in_een_keer=True),
            vertaal("De casus"),
            lambda: schrijven.sessie(db),
        )
    return _voer_uit(db, werk, basis, vertaal("De casus"))


T = TypeVar("T")


def _schrijf(s: Session, basis: dict[str, Any] | None, wat: str) -> None:
    """Write the row: per field (`basis`), a row a colleague saved meanwhile is read again
    (met_herhaling); with a whole-row version it is a VersieConflict."""
    if basis is not None:
        s.flush()
    else:
        _commit_of_conflict(s, wat)


def _voer_uit(db: Database, werk: Callable[[Session], T], basis: Any, wat: str) -> T:
    if basis is not None:
        return met_herhaling(db, werk, wat)
    with db.sessie() as s:
        return werk(s)


# Fields whose validity depends on another field (checked whenever either changes).
_AFHANKELIJK = {"eerste_contact", "afgesloten_op"}


@rechten.casus(Handeling.WIJZIGING)
def sluit_casus(db: Database, casus_id: uuid.UUID, datum: date, reden: str | None) -> CasusDetail:
    fouten = {}
    if not reden:
        fouten["reden_afsluiting"] = vertaal("Reden afsluiting ontbreekt: kies een reden (JZ588)")
    if datum > date.today():
        fouten["afgesloten_op"] = vertaal("Afgesloten op ligt in de toekomst")
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
        fouten.setdefault("achternaam", vertaal("Vul een voornaam of achternaam in"))
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

    def werk(s: Session) -> PersoonData:
        persoon = s.get(Persoon, persoon_id)
        if persoon is None:
            raise NietGevonden(vertaal("Deze persoon bestaat niet (meer)"))
        if basis is not None:
            controleer_velden(s, "persoon", persoon, velden, basis)
        elif versie is not None and versie != persoon.version:
            raise VersieConflict(vertaal("De gegevens van deze persoon"))
        blijft = {v: getattr(persoon, v) for v in ("voornaam", "achternaam")} | {
            k: v for k, v in velden.items() if k in ("voornaam", "achternaam")
        }
        fouten = persoon_fouten(velden)
        if not blijft["voornaam"] and not blijft["achternaam"]:
            veld = "achternaam" if "achternaam" in velden else "voornaam"
            fouten.setdefault(veld, vertaal("Vul een voornaam of achternaam in"))
        if fouten:
            raise Validatiefout(fouten)
        echt = echt_gewijzigd(persoon, velden)
        for k, v in velden.items():
            setattr(persoon, k, v)
        ververs_afgeleid(persoon.casus)
        _schrijf(s, basis, vertaal("De gegevens van deze persoon"))
        noteer_velden(s, "persoon", persoon.id, persoon.casus_id, echt, db.gebruiker)
        return _persoon_data(persoon)

    return _voer_uit(db, werk, basis, vertaal("De gegevens van deze persoon"))


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
    # The rights check read who acts: not asked again (a round trip each on the team register).
    wie = rechten.lopende_actor(db)
    if wie is None or wie.medewerker_id is None or wie.gebruiker != db.gebruiker:
        wie = None
    in_een_keer = schrijven.kan(db)
    for poging in range(5):
        try:
            with schrijven.sessie(db) if in_een_keer else db.sessie() as s:
                casus = _laad(s, casus_id)
                if in_een_keer:
                    return _voeg_contactmoment_toe(s, db, casus, datum, soort, notitie, wie)
                moment = Contactmoment(
                    datum=datum,
                    soort=soort,
                    notitie=(notitie or "").strip() or None,
                    medewerker_id=wie.medewerker_id
                    if wie
                    else huidige_medewerker_id(s, db.gebruiker),
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
                return _contactmoment_data(s, moment, wie.naam if wie else None)
        except StaleDataError:
            # A colleague saved the case meanwhile (team register): an added contact moment
            # overwrites nothing of theirs, so it is simply added again on the fresh case.
            if poging == 4:
                raise VersieConflict(vertaal("De casus")) from None
    raise AssertionError("unreachable")


def _voeg_contactmoment_toe(
    s: Session,
    db: Database,
    casus: Casus,
    datum: date | datetime,
    soort: str | None,
    notitie: str | None,
    wie: rechten.Actor | None,
) -> ContactmomentData:
    """voeg_contactmoment_toe in one statement (services/schrijven): the moment numbered on
    the server, eerste_contact set with it when this is the first conversation."""
    moment = Contactmoment(
        datum=datum,
        soort=soort,
        notitie=(notitie or "").strip() or None,
        medewerker_id=wie.medewerker_id if wie else huidige_medewerker_id(s, db.gebruiker),
    )
    eerste = (
        casus.eerste_contact is None
        and soort in CONTACT_MET_GEZIN
        and not casus_fouten({"aanmelddatum": casus.aanmelddatum, "eerste_contact": datum})
    )
    if not schrijven.voeg_toe(s, db, moment, casus, {"eerste_contact": datum} if eerste else None):
        raise StaleDataError("de casus is intussen bewaard")  # added again on the fresh case
    return _contactmoment_data(s, moment, wie.naam if wie else None)


def _contactmoment_data(
    s: Session, moment: Contactmoment, naam: str | None = None
) -> ContactmomentData:
    if naam is None:
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
        fouten["datum"] = vertaal("Datum ontbreekt")
    if fouten:
        raise Validatiefout(fouten)
    with db.sessie() as s:
        moment = s.get(Contactmoment, contactmoment_id)
        if moment is None:
            raise NietGevonden(vertaal("Dit contactmoment bestaat niet (meer)"))
        if versie is not None and versie != moment.version:
            raise VersieConflict(vertaal("Dit contactmoment"))
        casus = moment.casus
        if "datum" in velden:
            fout = casus_fouten(
                {"aanmelddatum": casus.aanmelddatum, "eerste_contact": velden["datum"]}
            )
            if fout and casus.eerste_contact == moment.datum:
                raise Validatiefout(
                    {
                        "datum": fout["eerste_contact"].replace(
                            vertaal("Eerste contact"), vertaal("Datum")
                        )
                    }
                )
        was_eerste = casus.eerste_contact is not None and casus.eerste_contact == moment.datum
        for k, v in velden.items():
            setattr(moment, k, v if k != "notitie" else (v or None))
        if was_eerste:
            # eerste_contact was taken from this moment: it follows a corrected date or kind.
            _herbereken_eerste_contact(casus)
        _commit_of_conflict(s, vertaal("Dit contactmoment"))
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
