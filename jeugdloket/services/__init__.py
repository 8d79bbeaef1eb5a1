"""Use cases. Each function opens one short session, validates, writes, and returns plain data."""

from collections.abc import Iterable


def alleen_velden(velden: Iterable[str], toegestaan: Iterable[str], wat: str) -> None:
    """A programming error, not the user's: a service was asked to set a field it does not
    have. Raises ValueError naming `wat` ("geen casusveld") and the unknown fields."""
    onbekend = set(velden) - set(toegestaan)
    if onbekend:
        raise ValueError(f"{wat}: {sorted(onbekend)}")
