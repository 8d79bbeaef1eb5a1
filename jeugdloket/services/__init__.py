"""Use cases. Each function opens one short session, validates, writes, and returns plain data."""

from collections.abc import Iterable


class Fout(Exception):
    """A refusal the user can act on: the message is Dutch and names the field."""


class Validatiefout(Fout):
    def __init__(self, fouten: dict[str, str]):
        self.fouten = fouten
        super().__init__("; ".join(fouten.values()))


class NietGevonden(Fout):
    pass


class VersieConflict(Fout):
    def __init__(self, wat: str = "De gegevens"):
        super().__init__(
            f"{wat} zijn intussen door iemand anders gewijzigd. Open ze opnieuw en probeer het nog eens."
        )


def alleen_velden(velden: Iterable[str], toegestaan: Iterable[str], wat: str) -> None:
    """A programming error, not the user's: a service was asked to set a field it does not
    have. Raises ValueError naming `wat` ("geen casusveld") and the unknown fields."""
    onbekend = set(velden) - set(toegestaan)
    if onbekend:
        raise ValueError(f"{wat}: {sorted(onbekend)}")
