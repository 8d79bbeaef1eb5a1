from enum import StrEnum

from sqlmodel import Field

from jeugdloket.models.base import Bewerkbaar


class Rol(StrEnum):
    CONSULENT = "consulent"
    COORDINATOR = "coördinator"
    BEHEERDER = "beheerder"


class Medewerker(Bewerkbaar, table=True):
    __tablename__ = "medewerker"

    gebruikersnaam: str = Field(max_length=100, unique=True, index=True)
    naam: str = Field(max_length=200)
    rol: str = Field(default=Rol.CONSULENT.value, max_length=20)
    actief: bool = Field(default=True)
