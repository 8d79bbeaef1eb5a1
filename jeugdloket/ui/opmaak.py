"""Dates and numbers as the window's language writes them (QLocale.setDefault in ui/app.py).

Dutch: 03-12-2026, 03-12-2026 09:30, 1.234,5. English (British conventions): 03/12/2026,
03/12/2026 09:30, 1,234.5. Date fields accept either way of typing (widgets.lees_datum).
"""

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def datumformaat() -> str:
    """The locale's short date with a four-digit year: 'dd-MM-yyyy', 'dd/MM/yyyy'."""
    vorm = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in vorm:
        vorm = vorm.replace("yy", "yyyy")
    return vorm


def datum(waarde: date | None) -> str:
    if waarde is None:
        return ""
    return QLocale().toString(QDate(waarde.year, waarde.month, waarde.day), datumformaat())


def datum_tijd(waarde: datetime | None, seconden: bool = False) -> str:
    if waarde is None:
        return ""
    tijd = QTime(waarde.hour, waarde.minute, waarde.second if seconden else 0)
    moment = QDateTime(QDate(waarde.year, waarde.month, waarde.day), tijd)
    return QLocale().toString(moment, datumformaat() + (" HH:mm:ss" if seconden else " HH:mm"))


def datum_of_moment(waarde: date | datetime | None) -> str:
    if isinstance(waarde, datetime):
        return datum_tijd(waarde)
    return datum(waarde)


def getal(waarde: float | int, decimalen: int = 0) -> str:
    """1.234,5 or 1,234.5."""
    if isinstance(waarde, int) and decimalen == 0:
        return QLocale().toString(waarde)
    return QLocale().toString(float(waarde), "f", decimalen)


def bedrag(waarde: float) -> str:
    """An amount in euros: € 1.234,50 or € 1,234.50."""
    return "€ " + getal(waarde, 2)


def lokaal(tekst: str) -> str:
    """A figure written with a Dutch decimal comma (regels/kpi) in the locale's decimal point."""
    return tekst.replace(",", QLocale().decimalPoint())
