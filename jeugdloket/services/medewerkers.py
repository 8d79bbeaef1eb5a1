"""Medewerkers: who works with the app (sign-in, passwords and roles: services/toegang.py)."""

import re
import uuid
from dataclasses import dataclass

from sqlmodel import func, select

from jeugdloket import teamdb
from jeugdloket.db import Database
from jeugdloket.fouten import NietGevonden, Validatiefout
from jeugdloket.models import Medewerker, Rol
from jeugdloket.regels.codelijsten import ROLLEN_MEDEWERKER
from jeugdloket.services import keten, rechten
from jeugdloket.services.rechten import rollen_van
from jeugdloket.taal import vertaal
from jeugdloket.teamdb import is_postgres

_GEBRUIKERSNAAM = re.compile(r"[a-z0-9][a-z0-9._-]{1,49}")


@dataclass(frozen=True, slots=True)
class MedewerkerData:
    id: uuid.UUID
    gebruikersnaam: str
    naam: str
    rol: str  # the main role; `rollen` holds it plus any extra roles
    rollen: frozenset[str] = frozenset()

    def heeft_rol(self, rol: str) -> bool:
        return rol == self.rol or rol in self.rollen


def medewerker_data(m: Medewerker) -> MedewerkerData:
    return MedewerkerData(m.id, m.gebruikersnaam, m.naam, m.rol, rollen_van(m.rol, m.extra_rollen))


_data = medewerker_data


def medewerker_fouten(gebruikersnaam: str, naam: str, rol: str) -> dict[str, str]:
    fouten = {}
    if not _GEBRUIKERSNAAM.fullmatch(gebruikersnaam or ""):
        fouten["gebruikersnaam"] = vertaal(
            "Gebruikersnaam '{gebruikersnaam}' mag alleen kleine letters, cijfers, "
            "punt, streepje en liggend streepje bevatten (2 tot 50 tekens)",
            gebruikersnaam=gebruikersnaam,
        )
    if not (naam or "").strip():
        fouten["naam"] = vertaal("Naam ontbreekt")
    if rol not in ROLLEN_MEDEWERKER:
        fouten["rol"] = vertaal(
            "Rol '{rol}' is onbekend (consulent, coördinator of beheerder)", rol=rol
        )
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


def _mag_aanmaken(db: Database) -> rechten.Actor:
    """A beheerder adds medewerkers; so does internal work (no gebruiker, the command line
    without a named medewerker), and anyone while the database has no medewerker at all."""
    a = rechten.actor(db)
    if a.heeft(Rol.BEHEERDER.value):
        return a
    with db.engine.begin() as conn:
        if not conn.execute(select(func.count()).select_from(Medewerker.__table__)).scalar():
            return a
        keten.schrijf(
            conn, [rechten.logregel(a, rechten.Actie.GEWEIGERD, omschrijving="medewerker aanmaken")]
        )
    raise rechten.GeenToegang(vertaal("Medewerkers toevoegen mag alleen een beheerder."))


def maak_medewerker(
    db: Database, gebruikersnaam: str, naam: str, rol: str = "consulent"
) -> MedewerkerData:
    """A new medewerker without a password (chosen at the first sign-in); beheerder only."""
    gebruikersnaam = (gebruikersnaam or "").strip().lower()
    fouten = medewerker_fouten(gebruikersnaam, naam, rol)
    if fouten:
        raise Validatiefout(fouten)
    a = _mag_aanmaken(db)
    with db.sessie() as s:
        if s.exec(select(Medewerker).where(Medewerker.gebruikersnaam == gebruikersnaam)).first():
            raise Validatiefout(
                {
                    "gebruikersnaam": vertaal(
                        "Gebruikersnaam '{gebruikersnaam}' bestaat al",
                        gebruikersnaam=gebruikersnaam,
                    )
                }
            )
        m = Medewerker(gebruikersnaam=gebruikersnaam, naam=naam.strip(), rol=rol)
        s.add(m)
        s.flush()
        if is_postgres(s):
            # On the team register a medewerker is a login too, in the same transaction; it
            # connects once a password is set (`medewerker wachtwoord`).
            teamdb.zet_login(s.connection(), gebruikersnaam, None, [rol])
            # Logins belong to the server, not to one database: a role of this name left
            # NOLOGIN by a deactivation (another register, or an earlier one) may connect again.
            teamdb.zet_login_actief(s.connection(), gebruikersnaam, True)
        keten.schrijf(
            s,
            [
                rechten.logregel(
                    a,
                    rechten.Actie.BEHEER,
                    omschrijving=f"medewerker {gebruikersnaam} toegevoegd ({rol})",
                )
            ],
        )
        return _data(m)


def medewerker(db: Database, medewerker_id: uuid.UUID) -> MedewerkerData:
    with db.sessie() as s:
        m = s.get(Medewerker, medewerker_id)
        if m is None:
            raise NietGevonden(vertaal("Medewerker niet gevonden"))
        return _data(m)
