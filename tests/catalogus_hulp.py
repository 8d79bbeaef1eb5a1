"""A small, known catalogue as workbook rows, and a writer for (deliberately broken) workbooks.

Dates in the rows are chosen around VANDAAG (23-11-2026): which contracts are expired,
running or still to start is part of what the tests check.
"""

from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook

VANDAAG = date(2026, 11, 23)

KOPPEN = {
    "Aanbieders": [
        "agb", "naam", "hoofdaannemer_agb", "identiteit", "telefoon", "email", "website",
        "adres", "postcode", "plaats",
    ],
    "Producten": [
        "productcode", "productcategorie", "naam", "omschrijving", "segment", "setting",
        "eenheid", "tarief", "leeftijd_van", "leeftijd_tot", "trefwoorden", "interventies",
    ],
    "Contracten": ["aanbieder_agb", "productcode", "gemeenten", "geldig_van", "geldig_tot"],
    "Wachttijden": ["aanbieder_agb", "productcode", "wachttijd_weken", "peildatum"],
}  # fmt: skip

D = datetime  # Excel dates come back as datetime


def klein() -> dict[str, list[list]]:
    """Sheet → rows (without the header)."""
    return {
        "Aanbieders": [
            ["11111111", "Lexis Leerpraktijk", None, "algemeen", "0316-123456", "info@lexis.nl", "www.lexis.nl", "Rijksweg 1", "6921 AB", "Duiven"],
            ["22222222", "De Vlinder Jeugdhulp", None, "christelijk", "026-3123456", None, None, None, None, "Westervoort"],
            ["33333333", "Kinderpraktijk Zonnestraal", "22222222", "algemeen", None, None, None, None, None, "Doesburg"],
            ["44444444", "Stichting Thuisbasis", None, "algemeen", None, None, None, None, None, "Arnhem"],
            ["55555555", "Crisisdienst Rijnland", None, None, None, None, None, None, None, "Arnhem"],
            ["66666666", "Oud Zorg", None, "algemeen", None, None, None, None, None, None],
            ["77777777", "Toekomst Zorg", None, "algemeen", None, None, None, None, None, None],
        ],
        "Producten": [
            ["45001", "45", "Dyslexiebehandeling", "Behandeling van ernstige enkelvoudige dyslexie.", 4, "ambulant", "01", 1.5, 7, 13, "dyslexie; lezen; spelling", "Protocol Dyslexie Diagnostiek en Behandeling"],
            ["45002", "45", "Sociale vaardigheidstraining", "Training in een groep.", 4, "ambulant", "04", 62, 6, 18, "sociaal-emotionele ontwikkeling; pesten; weerbaarheid", "Kanjertraining"],
            ["41001", "41", "Dagbehandeling kind", "Dagbehandeling na school.", 3, "dagbehandeling", "16", 95, 4, 12, "sociaal-emotionele ontwikkeling; gedragsproblemen", None],
            ["43001", "43", "Behandelgroep", "Wonen en behandeling.", 1, "verblijf", "14", 300, 6, 18, "sociaal-emotionele ontwikkeling", None],
            ["45003", "45", "Begeleiding bij autisme", "Thuis en op school.", 4, "ambulant", "04", 76, 2, 23, "autisme; ASS; prikkelverwerking", None],
            ["52001", "52", "Behandeling angst en somberheid", "Voor jongeren.", 4, "ambulant", "01", 2, 12, 18, "angst; somberheid; depressie", "Cognitieve gedragstherapie"],
            ["46001", "46", "Crisisopvang jeugd", "Direct onderdak.", 5, "crisis", "14", 340, None, 18, "crisisopvang; acute onveiligheid", None],
            ["44001", "44", "Pleegzorg", "Opvoeding in een pleeggezin.", 2, "verblijf", "14", 72.5, None, 18, "pleegzorg; pleeggezin", None],
            ["47001", "47", "Jeugdreclassering", "Toezicht en begeleiding.", 1, "ambulant", "82", 5400, 12, 23, "jeugdreclassering; delict", None],
        ],
        "Contracten": [
            ["11111111", "45001", "Duiven; Westervoort; Doesburg", D(2026, 1, 1), D(2026, 12, 31)],
            ["33333333", "45001", "Doesburg", D(2026, 1, 1), None],
            ["66666666", "45001", "Duiven; Westervoort; Doesburg", D(2022, 4, 1), D(2025, 12, 31)],
            ["77777777", "45001", "Duiven; Westervoort; Doesburg", D(2027, 1, 1), D(2029, 12, 31)],
            ["22222222", "45002", "Duiven; Westervoort", D(2026, 1, 1), D(2028, 12, 31)],
            ["44444444", "41001", "Duiven; Westervoort; Doesburg", D(2026, 1, 1), D(2028, 12, 31)],
            ["44444444", "43001", "Duiven; Westervoort; Doesburg", D(2026, 1, 1), D(2028, 12, 31)],
            ["22222222", "45003", "Westervoort", D(2026, 1, 1), None],
            ["22222222", "52001", "Duiven", D(2026, 1, 1), D(2028, 12, 31)],
            ["55555555", "46001", "Duiven; Westervoort; Doesburg", D(2026, 1, 1), None],
            ["44444444", "44001", "Duiven; Westervoort; Doesburg", D(2026, 1, 1), None],
            ["55555555", "47001", "Duiven; Westervoort; Doesburg", D(2026, 1, 1), None],
        ],
        "Wachttijden": [
            ["11111111", "45001", 3, D(2026, 11, 1)],
            ["33333333", "45001", 1, D(2026, 11, 10)],
            ["22222222", "45002", 5, D(2026, 10, 15)],
            ["44444444", "41001", 2, D(2026, 11, 1)],
            ["44444444", "43001", 0, D(2026, 11, 1)],
            ["55555555", "46001", 0, D(2026, 11, 1)],
            ["22222222", "52001", 8, D(2026, 11, 1)],
        ],
    }  # fmt: skip


def schrijf(
    pad: Path,
    rijen: dict[str, list[list]] | None = None,
    koppen: dict[str, list[str]] | None = None,
    bladnamen: dict[str, str] | None = None,
) -> Path:
    """Write a workbook; `koppen`/`bladnamen` override headers or sheet names to break it."""
    rijen = klein() if rijen is None else rijen
    koppen = {**KOPPEN, **(koppen or {})}
    wb = Workbook()
    wb.remove(wb.active)
    for blad, kop in koppen.items():
        ws = wb.create_sheet((bladnamen or {}).get(blad, blad))
        ws.append(kop)
        for rij in rijen.get(blad, []):
            ws.append(rij)
    wb.save(pad)
    return pad
