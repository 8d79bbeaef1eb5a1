"""The access log's hash chain, as pure functions (NEN 7513 practice: who saw or changed what).

Every entry stores `hash = SHA-256(vorige_hash + canonical content)`; the first entry chains to
64 zeroes. Changing, removing or inserting an entry anywhere breaks the chain from that entry on,
and `controleer_keten` names the first entry that does not fit. Only removing entries at the
*end* leaves an intact (shorter) chain: that is why a check reports the count and the last hash,
which the coördinator can write down.
"""

import hashlib
import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

# Who acted when nobody signed in: the system itself, or a command line job ("cli:" + OS user).
SYSTEEM = "systeem"
OPDRACHTREGEL = "cli:"


class Actie(StrEnum):
    """What an access-log entry records (column `logboek.actie`)."""

    INZAGE = "inzage"
    WIJZIGING = "wijziging"
    AANMAAK = "aanmaak"
    EXPORT = "export"
    AFDRUK = "afdruk"
    IMPORT = "import"
    WAARNEMING = "waarneming"
    DELING = "deling"
    GEWEIGERD = "geweigerd"
    AANMELDING = "aanmelding"
    AANMELDING_MISLUKT = "aanmelding mislukt"
    OVERZICHT = "overzicht"
    LOGBOEK = "logboek"
    BEHEER = "beheer"


BEGIN = "0" * 64

# The content a hash covers, in this order; changing this list breaks every existing chain.
VELDEN = (
    "volgnummer",
    "moment",
    "gebruiker",
    "actie",
    "casus_id",
    "casusnummer",
    "werkplek",
    "reden",
    "omschrijving",
)


def _tekst(waarde: Any) -> Any:
    if isinstance(waarde, datetime):
        return waarde.replace(microsecond=0).isoformat()
    if isinstance(waarde, uuid.UUID):
        return waarde.hex
    return waarde


def canoniek(regel: Mapping[str, Any]) -> str:
    """One fixed text per entry: JSON of VELDEN, sorted keys, no spaces, UTF-8 as is."""
    return json.dumps(
        {v: _tekst(regel.get(v)) for v in VELDEN},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )


def bereken_hash(vorige_hash: str, regel: Mapping[str, Any]) -> str:
    return hashlib.sha256((vorige_hash + canoniek(regel)).encode("utf-8")).hexdigest()


_NUMMER = '"volgnummer":'


def canoniek_rond_volgnummer(regel: Mapping[str, Any]) -> tuple[str, str]:
    """The canonical text before and after the volgnummer's digits, for an entry whose number
    is only known under the log's lock (the team register's server fills it in):
    canoniek(regel met nummer n) == voor + str(n) + na.

    The key occurs once unescaped: a quote inside a string value is written as \\"."""
    tekst = canoniek({**regel, "volgnummer": 0})
    voor, gevonden, rest = tekst.partition(_NUMMER + "0")
    if not gevonden or _NUMMER in rest or _NUMMER in voor:
        raise AssertionError("volgnummer niet precies één keer in de canonieke tekst")
    return voor + _NUMMER, rest


@dataclass(frozen=True, slots=True)
class Breuk:
    """The first entry that does not fit the chain, with a Dutch explanation."""

    volgnummer: int
    melding: str


@dataclass(frozen=True, slots=True)
class Ketencontrole:
    aantal: int
    laatste_hash: str
    breuk: Breuk | None = None

    @property
    def intact(self) -> bool:
        return self.breuk is None


def _wie_wat(regel: Mapping[str, Any]) -> str:
    moment = regel.get("moment")
    wanneer = moment.strftime("%d-%m-%Y %H:%M:%S") if isinstance(moment, datetime) else moment
    casus = f", casus {regel['casusnummer']}" if regel.get("casusnummer") else ""
    return f"{wanneer}, {regel.get('gebruiker')}, {regel.get('actie')}{casus}"


def controleer_keten(regels: Iterable[Mapping[str, Any]]) -> Ketencontrole:
    """Walk the entries in order of volgnummer and stop at the first one that does not fit."""
    vorige_hash, verwacht, aantal = BEGIN, 1, 0
    for regel in regels:
        nummer = regel["volgnummer"]
        if nummer != verwacht:
            melding = (
                f"Logboekregel {verwacht} ontbreekt (na regel {verwacht - 1} volgt regel {nummer}): "
                "er is een regel verwijderd."
                if nummer > verwacht
                else f"Logboekregel {nummer} staat er dubbel of op de verkeerde plek."
            )
            return Ketencontrole(aantal, vorige_hash, Breuk(verwacht, melding))
        if regel["vorige_hash"] != vorige_hash:
            return Ketencontrole(
                aantal,
                vorige_hash,
                Breuk(
                    nummer,
                    f"Logboekregel {nummer} ({_wie_wat(regel)}) sluit niet aan op regel "
                    f"{nummer - 1}: een eerdere regel is gewijzigd of er is een regel tussengevoegd.",
                ),
            )
        if bereken_hash(vorige_hash, regel) != regel["hash"]:
            return Ketencontrole(
                aantal,
                vorige_hash,
                Breuk(
                    nummer,
                    f"Logboekregel {nummer} ({_wie_wat(regel)}) is gewijzigd: de inhoud past niet "
                    "meer bij de vastgelegde controlewaarde.",
                ),
            )
        vorige_hash, verwacht, aantal = regel["hash"], verwacht + 1, aantal + 1
    return Ketencontrole(aantal, vorige_hash)
