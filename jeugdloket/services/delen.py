"""Sharing a case and waarneming: who besides the consulent may open a case, and for how long.

A consulent shares their own case (a coördinator any case) with a colleague who is a consulent,
and ends that share; a consulent opens another consulent's case with a reason (waarneming, until
the end of the day). Each grant is a `CasusDeling` row, which the access check in `rechten`
reads, and each is logged in the same transaction.
"""

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, or_, select
from sqlmodel import Session

from jeugdloket.db import Database
from jeugdloket.fouten import NietGevonden, Validatiefout
from jeugdloket.models import Medewerker, Rol
from jeugdloket.models.toegang import CasusDeling
from jeugdloket.regels.logboek import Actie
from jeugdloket.services import keten, rechten
from jeugdloket.services.rechten import (
    DELING,
    WAARNEMING,
    Actor,
    CasusKop,
    GeenToegang,
    casus_kop,
    einde_van_de_dag,
    lees_actor,
    logregel,
    rollen_van,
    schrijf_los,
    weigering_voor,
)
from jeugdloket.taal import vertaal

# The clock is read as `rechten.klok()` (not imported by name): tests move time forward by
# replacing it there, for the rights check and the grants alike.

MIN_REDEN = 5


@dataclass(frozen=True, slots=True)
class DelingData:
    id: uuid.UUID
    medewerker: str  # gebruikersnaam
    naam: str
    soort: str
    door: str
    op: datetime
    tot: datetime | None
    reden: str | None


def open_met_reden(db: Database, casus_id: uuid.UUID, reden: str) -> datetime | None:
    """Open another consulent's case as waarneming: access until the end of today, logged with
    the reason. Returns until when (None: the medewerker already had access, nothing changed)."""
    reden = (reden or "").strip()
    moment = rechten.klok()
    with db.sessie() as s:
        conn = s.connection()
        a = lees_actor(conn, db.gebruiker)
        kop = casus_kop(conn, "casus_id", casus_id)
        if kop is None:
            raise NietGevonden(vertaal("Deze casus bestaat niet (meer)"))
        weigering = weigering_voor(conn, a, kop, moment)
        if weigering is None:
            return None
        if not weigering.met_reden:
            geweigerd = weigering
        elif len(reden) < MIN_REDEN:
            raise Validatiefout(
                {
                    "reden": vertaal(
                        "Geef een reden voor de waarneming (minstens 5 tekens), bijvoorbeeld "
                        "'Waarneming tijdens vakantie van de consulent'"
                    )
                }
            )
        else:
            geweigerd = None
            tot = einde_van_de_dag(moment)
            s.add(
                CasusDeling(
                    casus_id=kop.id,
                    medewerker_id=a.medewerker_id,
                    soort=WAARNEMING,
                    door=a.gebruiker,
                    op=moment,
                    tot=tot,
                    reden=reden,
                )
            )
            s.flush()
            keten.schrijf(
                s,
                [
                    logregel(
                        a,
                        Actie.WAARNEMING,
                        kop.id,
                        kop.casusnummer,
                        reden=reden,
                        omschrijving=f"toegang tot {tot:%d-%m-%Y %H:%M}",
                    )
                ],
            )
            return tot
    schrijf_los(
        db,
        [
            logregel(
                a,
                Actie.GEWEIGERD,
                kop.id,
                kop.casusnummer,
                reden=reden,
                omschrijving="waarneming met reden",
            )
        ],
    )
    raise geweigerd


def _medewerker_met(s: Session, gebruikersnaam: str) -> Medewerker:
    m = s.execute(
        select(Medewerker).where(Medewerker.gebruikersnaam == (gebruikersnaam or "").strip())
    ).scalar()
    if m is None or not m.actief:
        raise Validatiefout(
            {
                "medewerker": vertaal(
                    "Medewerker '{gebruikersnaam}' bestaat niet", gebruikersnaam=gebruikersnaam
                )
            }
        )
    return m


def _mag_delen(conn, a: Actor, kop: CasusKop) -> None:
    if a.systeem or Rol.COORDINATOR.value in a.rollen:
        return
    if a.medewerker_id is not None and kop.consulent_id == a.medewerker_id:
        return
    raise GeenToegang(
        vertaal(
            "Alleen de consulent van casus {casusnummer} of een coördinator kan hem delen.",
            casusnummer=kop.casusnummer,
        ),
        kop.id,
        kop.casusnummer,
    )


def _deling_van(
    s: Session, db: Database, casus_id: uuid.UUID, gebruikersnaam: str
) -> tuple[Actor, CasusKop, Medewerker]:
    """Who acts, on which case, for which colleague – after checking they may (un)share it."""
    conn = s.connection()
    a = lees_actor(conn, db.gebruiker)
    kop = casus_kop(conn, "casus_id", casus_id)
    if kop is None:
        raise NietGevonden(vertaal("Deze casus bestaat niet (meer)"))
    _mag_delen(conn, a, kop)
    return a, kop, _medewerker_met(s, gebruikersnaam)


def _log_deling(s: Session, a: Actor, kop: CasusKop, omschrijving: str) -> None:
    s.flush()
    keten.schrijf(
        s, [logregel(a, Actie.DELING, kop.id, kop.casusnummer, omschrijving=omschrijving)]
    )


def deel_casus(db: Database, casus_id: uuid.UUID, gebruikersnaam: str) -> DelingData:
    """Share a case with a colleague (a consulent) until it is withdrawn; logged."""
    with db.sessie() as s:
        a, kop, m = _deling_van(s, db, casus_id, gebruikersnaam)
        if Rol.CONSULENT.value not in rollen_van(m.rol, m.extra_rollen):
            raise Validatiefout(
                {
                    "medewerker": vertaal(
                        "{naam} is geen consulent: delen geeft geen toegang", naam=m.naam
                    )
                }
            )
        bestaand = s.execute(
            select(CasusDeling).where(
                CasusDeling.casus_id == kop.id,
                CasusDeling.medewerker_id == m.id,
                CasusDeling.soort == DELING,
            )
        ).scalar()
        deling = bestaand or CasusDeling(
            casus_id=kop.id, medewerker_id=m.id, soort=DELING, door=a.gebruiker, op=rechten.klok()
        )
        if bestaand is None:
            s.add(deling)
            _log_deling(s, a, kop, f"gedeeld met {m.gebruikersnaam}")
        return DelingData(
            deling.id,
            m.gebruikersnaam,
            m.naam,
            deling.soort,
            deling.door,
            deling.op,
            deling.tot,
            deling.reden,
        )


def trek_deling_in(db: Database, casus_id: uuid.UUID, gebruikersnaam: str) -> None:
    """End a share (and any waarneming) of a colleague on this case; logged."""
    with db.sessie() as s:
        a, kop, m = _deling_van(s, db, casus_id, gebruikersnaam)
        rijen = (
            s.execute(
                select(CasusDeling).where(
                    CasusDeling.casus_id == kop.id, CasusDeling.medewerker_id == m.id
                )
            )
            .scalars()
            .all()
        )
        for rij in rijen:
            s.delete(rij)
        if rijen:
            _log_deling(s, a, kop, f"delen met {m.gebruikersnaam} beëindigd")


def delingen(db: Database, casus_id: uuid.UUID) -> list[DelingData]:
    """Who besides the consulent may open this case now (shares and running waarnemingen)."""
    moment = rechten.klok()
    d, m = CasusDeling.__table__.c, Medewerker.__table__.c
    with db.engine.connect() as conn:
        rijen = conn.execute(
            select(d.id, m.gebruikersnaam, m.naam, d.soort, d.door, d.op, d.tot, d.reden)
            .join(Medewerker.__table__, m.id == d.medewerker_id)
            .where(and_(d.casus_id == casus_id, or_(d.tot.is_(None), d.tot > moment)))
            .order_by(d.op)
        ).all()
    return [DelingData(*r) for r in rijen]
