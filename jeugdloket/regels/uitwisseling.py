"""The exchange format "jeugdloket-casussen" (../shared/domain/uitwisseling.md): its name, version
and keys. Plain constants, so the JSON import/export (services) and the Excel template
(rapporten) share them without importing each other."""

from jeugdloket.regels.validatie import PERSOON_VELDEN

FORMAAT = "jeugdloket-casussen"
VERSIE = 1

CASUS_SLEUTELS = (
    "casusnummer",
    "gemeente",
    "consulent",
    "aanmelddatum",
    "eerste_contact",
    "verwijzer",
    "hulpvraag",
    "soort_vraag",
    "kader",
    "afgesloten_op",
    "reden_afsluiting",
)
# Owned by later modules; kept in Casus.extra, exported in this order after the people.
LATERE_DELEN = (
    "levenskracht",
    "verklarende_analyse",
    "familiegroepsplan",
    "perspectiefplannen",
    "toewijzingen",
)
# The exchange format names a person's fields exactly as the register does.
PERSOON_SLEUTELS = PERSOON_VELDEN
CONTACT_SLEUTELS = ("datum", "soort", "notitie", "medewerker")
MAX_DOELEN = 5

FACTOR_TYPES = ("predisponerend", "uitlokkend", "instandhoudend", "beschermend")
NIVEAUS = ("kind", "ouder", "gezin", "omgeving")
FGP_STATUS = ("aangeboden", "opgesteld", "afgezien")
GEBIEDEN = (
    "wonen",
    "leren_en_werken",
    "geld_en_inkomen",
    "gezondheid_en_zorg",
    "netwerk_en_relaties",
    "vrije_tijd",
    "veiligheid_en_justitie",
)

# Parts of the document that live in their own tables (the rest of `extra` is kept as it came).
INTAKE_DELEN = ("levenskracht", "verklarende_analyse", "familiegroepsplan", "perspectiefplannen")
TABEL_DELEN = (*INTAKE_DELEN, "toewijzingen")
