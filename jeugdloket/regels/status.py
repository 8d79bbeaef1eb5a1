"""The case status is derived from the data, never typed.

Each step has one condition on the facts of a case; the status is the furthest step whose
condition holds. A later module adds its step's fact to `StatusFeiten` and its condition to
`_VOORWAARDEN`; nothing else changes.
"""

from dataclasses import dataclass
from enum import Enum

from jeugdloket.taal import vertaal, vertaalbaar


class Status(Enum):
    AANGEMELD = vertaalbaar("Aangemeld")
    IN_CONTACT = vertaalbaar("In contact")
    INTAKE = vertaalbaar("Intake")
    ANALYSE = vertaalbaar("Analyse")
    PLAN = vertaalbaar("Plan")
    HULP_INGEZET = vertaalbaar("Hulp ingezet")
    AFGESLOTEN = vertaalbaar("Afgesloten")

    @property
    def label(self) -> str:
        """The name shown, in the chosen language (the value stays Dutch)."""
        return vertaal(self.value)

    @property
    def stap(self) -> int:
        return list(Status).index(self)


@dataclass(frozen=True, slots=True)
class StatusFeiten:
    afgesloten: bool = False
    contact: bool = False  # eerste_contact recorded or any contactmoment
    intake: bool = False  # levenskracht started
    analyse: bool = False  # verklarende analyse started
    plan: bool = False  # analysis finished with goals, or a familiegroepsplan drawn up
    hulp_ingezet: bool = False  # a toewijzing exists that was not refused (afgewezen)


_VOORWAARDEN: list[tuple[Status, str]] = [
    (Status.AFGESLOTEN, "afgesloten"),
    (Status.HULP_INGEZET, "hulp_ingezet"),
    (Status.PLAN, "plan"),
    (Status.ANALYSE, "analyse"),
    (Status.INTAKE, "intake"),
    (Status.IN_CONTACT, "contact"),
]


def afleiden_status(feiten: StatusFeiten) -> Status:
    for status, feit in _VOORWAARDEN:
        if getattr(feiten, feit):
            return status
    return Status.AANGEMELD
