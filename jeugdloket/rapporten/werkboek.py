"""What the workbook readers share (the case exchange workbook, the provider catalogue): opening
a file people send in, and naming a place in it in the messages."""

import zipfile
from pathlib import Path

from openpyxl import load_workbook

from jeugdloket.fouten import ImportFout
from jeugdloket.taal import vertaal


def plek(blad: str, rij: int | None, kolom: str | None) -> str:
    """ "Blad X, rij 4, kolom Y: " – the start of a message about one cell."""
    delen = [f"Blad {blad}"]
    if rij is not None:
        delen.append(f"rij {rij}")
    if kolom is not None:
        delen.append(f"kolom {kolom}")
    return ", ".join(delen) + ": "


def open_werkboek(pad: Path):
    """The workbook, read-only with cell values; anything unreadable is a Dutch ImportFout."""
    try:
        return load_workbook(pad, read_only=True, data_only=True)
    except FileNotFoundError:
        raise ImportFout([vertaal("{pad}: bestand niet gevonden", pad=pad)]) from None
    except IsADirectoryError:
        raise ImportFout([vertaal("{pad}: dit is een map, geen bestand", pad=pad)]) from None
    except PermissionError:
        raise ImportFout(
            [vertaal("{pad}: geen toestemming om dit bestand te lezen", pad=pad)]
        ) from None
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as e:
        raise ImportFout(
            [
                vertaal(
                    "{name}: geen leesbaar Excel-bestand (.xlsx) ({name__})",
                    name=pad.name,
                    name__=type(e).__name__,
                )
            ]
        ) from None
