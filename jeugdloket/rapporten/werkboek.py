"""What the workbook readers share (the case exchange workbook, the provider catalogue): opening
a file people send in, and naming a place in it in the messages."""

import zipfile
from pathlib import Path

from openpyxl import load_workbook

from jeugdloket.fouten import ImportFout


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
        raise ImportFout([f"{pad}: bestand niet gevonden"]) from None
    except IsADirectoryError:
        raise ImportFout([f"{pad}: dit is een map, geen bestand"]) from None
    except PermissionError:
        raise ImportFout([f"{pad}: geen toestemming om dit bestand te lezen"]) from None
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as e:
        raise ImportFout(
            [f"{pad.name}: geen leesbaar Excel-bestand (.xlsx) ({type(e).__name__})"]
        ) from None
