"""Official code lists (iJw 3.2) and the app's own lists, read from resources/."""

import csv
from functools import cache

from jeugdloket.paden import RESOURCES
from jeugdloket.taal import vertaalbaar

BESTANDEN = {
    "COD046": "COD046_geslacht.csv",
    "COD327": "COD327_verwijzer.csv",
    "COD472": "COD472_soort_relatie.csv",
    "JZ002": "JZ002_reden_wijziging_toewijzing.csv",
    "JZ020": "JZ020_productcategorie.csv",
    "JZ588": "JZ588_reden_beeindiging.csv",
    "WJ232": "WJ232_juridische_status.csv",
    "WJ756": "WJ756_eenheid.csv",
    "WJ759": "WJ759_reden_afwijzing.csv",
    "WMO757": "WMO757_frequentie.csv",
}

# The lists that describe a person in the family (sex, relation) are shown on the family tab in
# the window's language; the others stay in the standard's Dutch (see vul_codes). Exchanged by
# code either way, so a translation changes nothing in a message.
VERTAALDE_CODELIJSTEN = ("COD046", "COD472")


@cache
def codelijst(naam: str) -> dict[str, str]:
    """Code → omschrijving, in the order of the file."""
    with open(RESOURCES / "codelijsten" / BESTANDEN[naam], encoding="utf-8", newline="") as f:
        return {rij["code"]: rij["omschrijving"] for rij in csv.DictReader(f)}


@cache
def leefgebieden() -> dict[str, str]:
    """The team's leefgebieden (key → name); edit resources/leefgebieden.csv to change them."""
    with open(RESOURCES / "leefgebieden.csv", encoding="utf-8", newline="") as f:
        return {rij["sleutel"]: rij["naam"] for rij in csv.DictReader(f)}


GEMEENTEN = ("Duiven", "Westervoort", "Doesburg")
# The app's own small lists: shown in the window in the chosen language (vertaal(waarde)).
ROLLEN_PERSOON = {
    "jeugdige": vertaalbaar("Jeugdige"),
    "ouder": vertaalbaar("Ouder"),
    "verzorger": vertaalbaar("Verzorger"),
    "netwerk": vertaalbaar("Netwerk"),
    "professional": vertaalbaar("Professional"),
}
SOORT_VRAAG = {
    "enkelvoudig": vertaalbaar("Enkelvoudige vraag"),
    "multiprobleem": vertaalbaar("Multiprobleem"),
}
KADER = {
    "vrijwillig": vertaalbaar("Vrijwillig"),
    "drang": vertaalbaar("Drang"),
    "gedwongen": vertaalbaar("Gedwongen kader"),
}
SOORT_CONTACT = {
    "telefonisch": vertaalbaar("Telefonisch"),
    "huisbezoek": vertaalbaar("Huisbezoek"),
    "gesprek_op_kantoor": vertaalbaar("Gesprek op kantoor"),
    "evaluatie": vertaalbaar("Evaluatie"),
    "mdo": vertaalbaar("Multidisciplinair overleg"),
    "overig": vertaalbaar("Overig"),
}
ROLLEN_MEDEWERKER = {
    "consulent": "Consulent",
    "coördinator": "Coördinator",
    "beheerder": "Beheerder",
}
