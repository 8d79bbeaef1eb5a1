"""Rules of the familiegroepsplan and the perspectiefplan (pure, no database)."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from jeugdloket.taal import vertaal, vertaalbaar

# Shown in the chosen language (vertaal(waarde) where shown).
FGP_STATUS = {
    "aangeboden": vertaalbaar("Aangeboden – de familie denkt erover na"),
    "opgesteld": vertaalbaar("Opgesteld – de familie maakt een eigen plan"),
    "afgezien": vertaalbaar("Afgezien – de familie wil geen eigen plan"),
}
GEBIEDEN = {
    "wonen": vertaalbaar("Wonen"),
    "leren_en_werken": vertaalbaar("Leren en werken / dagbesteding"),
    "geld_en_inkomen": vertaalbaar("Geld en inkomen"),
    "gezondheid_en_zorg": vertaalbaar("Gezondheid en zorg"),
    "netwerk_en_relaties": vertaalbaar("Netwerk en relaties"),
    "vrije_tijd": vertaalbaar("Vrije tijd"),
    "veiligheid_en_justitie": vertaalbaar("Veiligheid en justitie"),
}
KADERS_NA_18 = ("Wmo", "Participatiewet", "Wlz", "verlengde jeugdhulp")
LEEFTIJD_PERSPECTIEFPLAN = 16


def leeftijd(geboren: date, op: date) -> int:
    """Completed years on `op`."""
    return op.year - geboren.year - ((op.month, op.day) < (geboren.month, geboren.day))


def verjaardag(geboren: date, jaren: int) -> date:
    try:
        return geboren.replace(year=geboren.year + jaren)
    except ValueError:  # born on 29 February
        return date(geboren.year + jaren, 3, 1)


def zestienenhalf(geboren: date) -> date:
    """The day the perspectiefplan is due: half a year after the 16th birthday."""
    zestien = verjaardag(geboren, LEEFTIJD_PERSPECTIEFPLAN)
    maand = zestien.month + 6
    jaar = zestien.year + (maand - 1) // 12
    maand = (maand - 1) % 12 + 1
    for dag in range(zestien.day, 0, -1):
        try:
            return date(jaar, maand, dag)
        except ValueError:
            continue
    raise AssertionError("unreachable")


@dataclass(frozen=True, slots=True)
class Jeugdige:
    ref: str
    naam: str
    geboortedatum: date | None


def plan_signalen(
    toewijzingen: Iterable[dict],
    fgp_aangeboden_op: date | None,
    jeugdigen: Iterable[Jeugdige],
    met_perspectiefplan: set[str],
    vandaag: date,
) -> list[str]:
    """What the case list and the case signal about the plans.

    - a toewijzing (not afgewezen) exists and the familiegroepsplan was never offered;
    - a jeugdige of 16 or older with a requested or active toewijzing has no perspectiefplan
      (due by 16½).
    """
    toewijzingen = [t for t in toewijzingen if isinstance(t, dict)]
    uit = []
    if fgp_aangeboden_op is None and any(t.get("status") != "afgewezen" for t in toewijzingen):
        uit.append(vertaal("Familiegroepsplan nog niet aangeboden"))
    met_hulp = {
        t.get("jeugdige") for t in toewijzingen if t.get("status") in ("aangevraagd", "gestart")
    }
    for j in jeugdigen:
        if j.geboortedatum is None or j.ref not in met_hulp or j.ref in met_perspectiefplan:
            continue
        if leeftijd(j.geboortedatum, vandaag) < LEEFTIJD_PERSPECTIEFPLAN:
            continue
        uiterlijk = zestienenhalf(j.geboortedatum)
        if vandaag > uiterlijk:
            uit.append(
                vertaal(
                    "Perspectiefplan voor {naam} te laat (was nodig vóór {uiterlijk:%d-%m-%Y})",
                    naam=j.naam,
                    uiterlijk=uiterlijk,
                )
            )
        else:
            uit.append(
                vertaal(
                    "Perspectiefplan voor {naam} nodig, uiterlijk {uiterlijk:%d-%m-%Y}",
                    naam=j.naam,
                    uiterlijk=uiterlijk,
                )
            )
    return uit
