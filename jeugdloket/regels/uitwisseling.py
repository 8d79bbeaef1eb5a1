"""The exchange format "jeugdloket-casussen" (../shared/domain/uitwisseling.md): its name, version
and keys. Plain constants, so the JSON import/export (services) and the Excel template
(rapporten) share them without importing each other; and the checks of typed values
(`Controle`: text, choice, date, whole number, object, list, reference, ids) that need
nothing but the document, with the Dutch messages an import reports."""

import re
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

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
    "evaluaties",
    "meldcode",
    "veiligheidsplan",
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
TABEL_DELEN = (*INTAKE_DELEN, "toewijzingen", "evaluaties", "meldcode", "veiligheidsplan")

# ---------------------------------------------------------------- checking typed values

DATUM = re.compile(r"\d{4}-\d{2}-\d{2}")
DATUMTIJD = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?")


class Controle:
    """Collects every problem of a document, each prefixed with where it is."""

    def __init__(self, vandaag: date):
        self.vandaag = vandaag
        self.meldingen: list[str] = []

    def fout(self, waar: str, tekst: str) -> None:
        self.meldingen.append(f"{waar}: {tekst}")

    # -- typed values; each returns the parsed value, or None after reporting a problem

    def tekst(self, waar: str, obj: dict, sleutel: str, verplicht: bool = False) -> str | None:
        waarde = obj.get(sleutel)
        if waarde is None:
            if verplicht:
                self.fout(waar, f"{sleutel} ontbreekt")
            return None
        if not isinstance(waarde, str):
            self.fout(
                waar,
                f"{sleutel} moet tekst zijn (tussen aanhalingstekens), niet {json_type(waarde)}",
            )
            return None
        if verplicht and not waarde.strip():
            self.fout(waar, f"{sleutel} is leeg")
            return None
        return waarde

    def keuze(self, waar: str, obj: dict, sleutel: str, opties: Iterable[str], verplicht=False):
        opties = tuple(opties)
        waarde = self.tekst(waar, obj, sleutel, verplicht)
        if waarde is not None and waarde not in opties:
            self.fout(waar, f"{sleutel} '{waarde}' kan niet; kies uit {', '.join(opties)}")
            return None
        return waarde

    def datum(
        self, waar: str, obj: dict, sleutel: str, verplicht: bool = False, met_tijd: bool = True
    ) -> date | datetime | None:
        waarde = obj.get(sleutel)
        if waarde is None:
            if verplicht:
                self.fout(waar, f"{sleutel} ontbreekt")
            return None
        if not isinstance(waarde, str):
            self.fout(
                waar,
                f"{sleutel} moet een datum als tekst zijn (JJJJ-MM-DD), niet {json_type(waarde)}",
            )
            return None
        try:
            if DATUM.fullmatch(waarde):
                return date.fromisoformat(waarde)
            if DATUMTIJD.fullmatch(waarde):
                if not met_tijd:
                    self.fout(
                        waar, f"{sleutel} '{waarde}' moet een datum zonder tijd zijn (JJJJ-MM-DD)"
                    )
                    return None
                return datetime.fromisoformat(waarde)
        except ValueError:
            self.fout(waar, f"{sleutel} '{waarde}' bestaat niet als datum")
            return None
        self.fout(
            waar,
            f"{sleutel} '{waarde}' is geen datum in de vorm JJJJ-MM-DD of JJJJ-MM-DDTUU:MM:SS",
        )
        return None

    def geheel(
        self,
        waar: str,
        obj: dict,
        sleutel: str,
        laag: int | None = None,
        hoog: int | None = None,
        verplicht: bool = False,
    ) -> int | None:
        waarde = obj.get(sleutel)
        if waarde is None:
            if verplicht:
                self.fout(waar, f"{sleutel} ontbreekt")
            return None
        if isinstance(waarde, bool) or not isinstance(waarde, int):
            self.fout(waar, f"{sleutel} moet een geheel getal zijn, niet {json_type(waarde)}")
            return None
        if (laag is not None and waarde < laag) or (hoog is not None and waarde > hoog):
            grenzen = f"van {laag} tot en met {hoog}" if hoog is not None else f"minstens {laag}"
            self.fout(waar, f"{sleutel} {waarde} ligt buiten het bereik ({grenzen})")
            return None
        return waarde

    def object(self, waar: str, obj: dict, sleutel: str) -> dict | None:
        waarde = obj.get(sleutel)
        if waarde is None:
            return None
        if not isinstance(waarde, dict):
            self.fout(waar, f"{sleutel} moet een object {{…}} zijn, niet {json_type(waarde)}")
            return None
        return waarde

    def lijst(self, waar: str, obj: dict, sleutel: str) -> list:
        waarde = obj.get(sleutel)
        if waarde is None:
            return []
        if not isinstance(waarde, list):
            self.fout(waar, f"{sleutel} moet een lijst […] zijn, niet {json_type(waarde)}")
            return []
        return waarde

    def objecten(self, waar: str, obj: dict, sleutel: str) -> list[tuple[int, dict]]:
        """The list under `sleutel`, numbered from 1, with non-objects reported."""
        uit = []
        for i, item in enumerate(self.lijst(waar, obj, sleutel), start=1):
            if isinstance(item, dict):
                uit.append((i, item))
            else:
                self.fout(
                    waar,
                    f"{sleutel} nummer {i} moet een object {{…}} zijn, niet {json_type(item)}",
                )
        return uit

    def verwijzing(
        self, waar: str, waarde: Any, sleutel: str, ids: Iterable[str], soort: str
    ) -> None:
        if waarde is None:
            return
        if not isinstance(waarde, str):
            self.fout(waar, f"{sleutel} moet een id als tekst zijn, niet {json_type(waarde)}")
        elif waarde not in ids:
            self.fout(
                waar, f"{sleutel} '{waarde}' verwijst naar {soort} die niet in deze casus staat"
            )

    def ids(
        self, waar: str, items: list[tuple[int, dict]], soort: str, verplicht: bool
    ) -> list[str]:
        gezien: list[str] = []
        for i, item in items:
            ref = self.tekst(f"{waar}, {soort} nummer {i}", item, "id", verplicht)
            if ref is None:
                continue
            if ref in gezien:
                self.fout(f"{waar}, {soort} {ref}", "deze id komt twee keer voor in de casus")
            gezien.append(ref)
        return gezien


def json_type(waarde: Any) -> str:
    if isinstance(waarde, bool):
        return "ja/nee (true/false)"
    if isinstance(waarde, (int, float)):
        return f"het getal {waarde}"
    if isinstance(waarde, str):
        return f"de tekst '{waarde}'"
    if isinstance(waarde, list):
        return "een lijst"
    if isinstance(waarde, dict):
        return "een object"
    return type(waarde).__name__
