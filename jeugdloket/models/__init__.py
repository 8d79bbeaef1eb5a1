"""SQLModel tables. Importing this package registers every table on SQLModel.metadata."""

from jeugdloket.models.base import Bewerkbaar, IsoDatum, nu
from jeugdloket.models.bewaren import Vernietigingsverzoek, VernietigingTelling
from jeugdloket.models.casus import Casus, Contactmoment, Persoon
from jeugdloket.models.catalogus import (
    Aanbieder,
    CatalogusStand,
    CatalogusVersie,
    Contract,
    Ervaring,
    Product,
    Wachttijd,
)
from jeugdloket.models.evaluatie import Evaluatie, EvaluatieBesluit, EvaluatieDoel
from jeugdloket.models.intake import (
    Actie,
    Doel,
    DoelFactor,
    Factor,
    Intake,
    LeefgebiedScore,
    Netwerklid,
    Samenhang,
)
from jeugdloket.models.medewerker import Medewerker, Rol
from jeugdloket.models.plannen import Familiegroepsplan, Perspectiefplan, PlanExport, PlanVersie
from jeugdloket.models.toegang import CasusDeling, Logboekregel, Veldwijziging
from jeugdloket.models.toewijzing import Toewijzing, Zoekkeuze
from jeugdloket.models.veiligheid import MeldcodeStap, MeldcodeTraject, Veiligheidsplan
from jeugdloket.models.werkkopie import (
    Conflict,
    Werkkopie,
    WerkkopieBasis,
    WerkkopieCasus,
    WerkkopieStand,
)

__all__ = [
    "Aanbieder",
    "Actie",
    "Bewerkbaar",
    "Casus",
    "Conflict",
    "CasusDeling",
    "CatalogusStand",
    "CatalogusVersie",
    "Contactmoment",
    "Contract",
    "Doel",
    "DoelFactor",
    "Ervaring",
    "Evaluatie",
    "EvaluatieBesluit",
    "EvaluatieDoel",
    "Factor",
    "Familiegroepsplan",
    "Intake",
    "IsoDatum",
    "LeefgebiedScore",
    "Logboekregel",
    "Medewerker",
    "MeldcodeStap",
    "MeldcodeTraject",
    "Netwerklid",
    "Persoon",
    "Perspectiefplan",
    "PlanExport",
    "PlanVersie",
    "Product",
    "Rol",
    "Samenhang",
    "Toewijzing",
    "Veiligheidsplan",
    "Veldwijziging",
    "VernietigingTelling",
    "Vernietigingsverzoek",
    "Wachttijd",
    "Werkkopie",
    "WerkkopieBasis",
    "WerkkopieCasus",
    "WerkkopieStand",
    "Zoekkeuze",
    "nu",
]
