from datetime import datetime
from enum import StrEnum

from sqlalchemy import Column, DateTime, String
from sqlalchemy.orm import deferred
from sqlmodel import Field

from jeugdloket.models.base import Bewerkbaar


class Rol(StrEnum):
    CONSULENT = "consulent"
    COORDINATOR = "coördinator"
    BEHEERDER = "beheerder"


# Sign-in (services/toegang.py): an argon2id hash, never the password; empty until the
# medewerker chooses one at the first sign-in. Deferred: loaded only when the sign-in asks for
# it. On the team register nobody may read the column (teamdb: column privileges), so a query
# for whole medewerker rows must not name it.
_WACHTWOORD_HASH = Column("wachtwoord_hash", String(200), nullable=True)


class Medewerker(Bewerkbaar, table=True):
    __tablename__ = "medewerker"
    __mapper_args__ = {"properties": {"wachtwoord_hash": deferred(_WACHTWOORD_HASH)}}

    gebruikersnaam: str = Field(max_length=100, unique=True, index=True)
    naam: str = Field(max_length=200)
    rol: str = Field(default=Rol.CONSULENT.value, max_length=20)
    actief: bool = Field(default=True)
    # More roles besides `rol` (comma-separated): a beheerder who is also consulent.
    extra_rollen: str | None = Field(default=None, max_length=100)
    wachtwoord_hash: str | None = Field(default=None, sa_column=_WACHTWOORD_HASH)
    mislukte_pogingen: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    geblokkeerd_tot: datetime | None = Field(default=None, sa_type=DateTime())
