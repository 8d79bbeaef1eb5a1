"""Medewerkers: who works with the app (sign-in with passwords comes with the security module)."""

import re
import uuid
from dataclasses import dataclass

from sqlmodel import select

from jeugdloket.db import Database
from jeugdloket.models import Medewerker
from jeugdloket.regels.codelijsten import ROLLEN_MEDEWERKER
from jeugdloket.services import NietGevonden, Validatiefout

_GEBRUIKERSNAAM = re.compile(r"[a-z0-9][a-z0-9._-]{1,49}")


@dataclass(frozen=True, slots=True)
class MedewerkerData:
    id: uuid.UUID
    gebruikersnaam: str
    naam: str
    rol: str


def _data(m: Medewerker) -> MedewerkerData:
    return MedewerkerData(m.id, m.gebruikersnaam, m.naam, m.rol)


def medewerker_fouten(gebruikersnaam: str, naam: str, rol: str) -> dict[str, str]:
    fouten = {}
    if not _GEBRUIKERSNAAM.fullmatch(gebruikersnaam or ""):
        fouten["gebruikersnaam"] = (
            f"Gebruikersnaam '{gebruikersnaam}' mag alleen kleine letters, cijfers, punt, "
            "streepje en liggend streepje bevatten (2 tot 50 tekens)"
        )
    if not (naam or "").strip():
        fouten["naam"] = "Naam ontbreekt"
    if rol not in ROLLEN_MEDEWERKER:
        fouten["rol"] = f"Rol '{rol}' is onbekend (consulent, coördinator of beheerder)"
    return fouten


def medewerkers(db: Database, alleen_actief: bool = True) -> list[MedewerkerData]:
    with db.sessie() as s:
        q = select(Medewerker).order_by(Medewerker.naam)
        if alleen_actief:
            q = q.where(Medewerker.actief)
        return [_data(m) for m in s.exec(q)]


def zoek_medewerker(db: Database, gebruikersnaam: str) -> MedewerkerData | None:
    with db.sessie() as s:
        m = s.exec(select(Medewerker).where(Medewerker.gebruikersnaam == gebruikersnaam)).first()
        return _data(m) if m else None


def maak_medewerker(
    db: Database, gebruikersnaam: str, naam: str, rol: str = "consulent"
) -> MedewerkerData:
    gebruikersnaam = (gebruikersnaam or "").strip().lower()
    fouten = medewerker_fouten(gebruikersnaam, naam, rol)
    if fouten:
        raise Validatiefout(fouten)
    with db.sessie() as s:
        if s.exec(select(Medewerker).where(Medewerker.gebruikersnaam == gebruikersnaam)).first():
            raise Validatiefout({"gebruikersnaam": f"Gebruikersnaam '{gebruikersnaam}' bestaat al"})
        m = Medewerker(gebruikersnaam=gebruikersnaam, naam=naam.strip(), rol=rol)
        s.add(m)
        s.flush()
        return _data(m)


def medewerker(db: Database, medewerker_id: uuid.UUID) -> MedewerkerData:
    with db.sessie() as s:
        m = s.get(Medewerker, medewerker_id)
        if m is None:
            raise NietGevonden("Medewerker niet gevonden")
        return _data(m)
