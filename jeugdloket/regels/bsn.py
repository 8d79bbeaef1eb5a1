"""Burgerservicenummer: 9 digits passing the 11-proef (iJw CS002)."""

from jeugdloket.taal import vertaal


def bsn_fout(waarde: str) -> str | None:
    """None when `waarde` is a valid BSN, otherwise what is wrong, in Dutch."""
    if not waarde.isdigit() or not waarde.isascii():
        return vertaal("mag alleen cijfers bevatten")
    if len(waarde) != 9:
        return vertaal("moet 9 cijfers hebben (nu {aantal})", aantal=len(waarde))
    cijfers = [int(c) for c in waarde]
    som = sum(c * w for c, w in zip(cijfers[:8], range(9, 1, -1), strict=True)) - cijfers[8]
    if som % 11 != 0 or waarde == "000000000":
        return vertaal("klopt niet (de elfproef faalt): controleer de cijfers")
    return None


def is_geldig_bsn(waarde: str) -> bool:
    return bsn_fout(waarde) is None
