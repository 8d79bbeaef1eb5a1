"""Letter size: the system's font is the base (no fixed sizes), "Grote letters" scales it.

The base is the application font as the platform gave it at start (the user's system setting);
"Grote letters" (View menu, kept in QSettings) sets 1.3× that font for the whole application,
so every screen, dialog and header (widgets.kop, relative sizes) follows.
"""

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

INSTELLING = "weergave/grote_letters"
FACTOR = 1.3

_basis: QFont | None = None


class _Melder(QObject):
    # After the application font changed: for what has a size of its own (headers, column
    # widths). Qt's ApplicationFontChange only reaches top-level windows of a running loop.
    veranderd = Signal()


_melder: _Melder | None = None


def melder() -> _Melder:
    global _melder
    if _melder is None:
        _melder = _Melder(QApplication.instance())
    return _melder


def basisfont() -> QFont:
    """The system font (taken once, before Grote letters changes the application font)."""
    global _basis
    if _basis is None:
        _basis = QFont(QApplication.font())
    return QFont(_basis)


def grote_letters_gekozen() -> bool:
    return QSettings().value(INSTELLING, False, type=bool)


def zet_grote_letters(aan: bool, bewaar: bool = True) -> None:
    font = basisfont()
    if aan:
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * FACTOR)
        else:
            font.setPixelSize(round(font.pixelSize() * FACTOR))
    QApplication.setFont(font)
    melder().veranderd.emit()
    if bewaar:
        QSettings().setValue(INSTELLING, aan)


def schaal() -> float:
    """The application font against the system font: 1.0, or FACTOR with Grote letters."""
    basis, nu = basisfont(), QApplication.font()
    if basis.pointSizeF() > 0 and nu.pointSizeF() > 0:
        return nu.pointSizeF() / basis.pointSizeF()
    return 1.0


def relatief(font: QFont, schaal: float) -> QFont:
    """`font` at `schaal` times the current application font (a header, a title)."""
    font = QFont(font)
    app = QApplication.font()
    if app.pointSizeF() > 0:
        font.setPointSizeF(app.pointSizeF() * schaal)
    else:
        font.setPixelSize(max(1, round(app.pixelSize() * schaal)))
    return font
