"""SQLModel tables. Importing this package registers every table on SQLModel.metadata."""

from jeugdloket.models.base import Bewerkbaar, IsoDatum, nu
from jeugdloket.models.casus import Casus, Contactmoment, Persoon
from jeugdloket.models.medewerker import Medewerker, Rol

__all__ = ["Bewerkbaar", "Casus", "Contactmoment", "IsoDatum", "Medewerker", "Persoon", "Rol", "nu"]
