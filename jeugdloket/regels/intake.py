"""Rules of the Levenskracht intake and the verklarende analyse (pure, no database)."""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from jeugdloket.taal import vertaal, vertaalbaar

MAX_DOELEN = 5  # NJi: at most five prioritised goals
DREMPEL_VERSCHIL = 3  # spiegelblad: a difference of 3 or more is a talking point
SCORE_MIN, SCORE_MAX = 1, 10

# The analysis' own small lists: shown in the chosen language (vertaal(waarde) where shown).
FACTOR_TYPES = {
    "predisponerend": vertaalbaar("Predisponerend (kwetsbaarheid)"),
    "uitlokkend": vertaalbaar("Uitlokkend (waarom nu)"),
    "instandhoudend": vertaalbaar("Instandhoudend (waarom blijft het)"),
    "beschermend": vertaalbaar("Beschermend (wat helpt)"),
}
NIVEAUS = {
    "kind": vertaalbaar("Kind"),
    "ouder": vertaalbaar("Ouder"),
    "gezin": vertaalbaar("Gezin"),
    "omgeving": vertaalbaar("Omgeving"),
}
FASEN = ("verkennen", "verdiepen", "vervullen")
ACTIE_STATUS = {
    "open": vertaalbaar("Nog niet begonnen"),
    "bezig": vertaalbaar("Bezig"),
    "gedaan": vertaalbaar("Gedaan"),
}
NABIJHEID = {1: vertaalbaar("Dichtbij"), 2: vertaalbaar("Midden"), 3: vertaalbaar("Veraf")}


@dataclass(frozen=True, slots=True)
class DoelFeit:
    """What the rules need to know of one goal."""

    naam: str  # how the goal is named in a message ("doel 2: Zoë gaat weer naar school")
    factor_ids: Sequence[object]
    aantal_acties: int


def groot_verschil(score_inwoner: int | None, score_metgezel: int | None) -> bool:
    if score_inwoner is None or score_metgezel is None:
        return False
    return abs(score_inwoner - score_metgezel) >= DREMPEL_VERSCHIL


def score_fout(score: object) -> str | None:
    if score is None:
        return None
    if isinstance(score, bool) or not isinstance(score, int):
        return vertaal("moet een geheel getal van 1 tot en met 10 zijn")
    if not SCORE_MIN <= score <= SCORE_MAX:
        return vertaal("{score} ligt buiten 1 tot en met 10", score=score)
    return None


def ontbreekt_voor_afronden(
    factor_types: Mapping[object, str], doelen: Iterable[DoelFeit]
) -> list[str]:
    """What is still missing before the analysis may be afgerond (empty: it may)."""
    doelen = list(doelen)
    ontbreekt = []
    if "instandhoudend" not in factor_types.values():
        ontbreekt.append(
            vertaal(
                "Er is nog geen instandhoudende factor: wat zorgt ervoor dat de problemen blijven?"
            )
        )
    if not doelen:
        ontbreekt.append(vertaal("Er is nog geen doel: wat wil het gezin bereiken?"))
    for d in doelen:
        if not any(f in factor_types for f in d.factor_ids):
            ontbreekt.append(vertaal("{naam} is nog niet gekoppeld aan een factor", naam=d.naam))
    return ontbreekt


def signalen(factoren: Iterable[tuple[object, str, str]], doelen: Iterable[DoelFeit]) -> list[str]:
    """Gentle signals: a maintaining factor no goal addresses, a goal without an action.

    `factoren`: (id, how it is named, type).
    """
    doelen = list(doelen)
    aangepakt = {f for d in doelen for f in d.factor_ids}
    uit = [
        vertaal("{naam} is instandhoudend, maar geen doel pakt het aan", naam=naam)
        for fid, naam, soort in factoren
        if soort == "instandhoudend" and fid not in aangepakt
    ]
    uit += [
        vertaal("{naam} heeft nog geen actie op de routekaart", naam=d.naam)
        for d in doelen
        if not d.aantal_acties
    ]
    return uit
