"""A colleague changed the same field meanwhile (per-field concurrency, services/velden.py):
ask which value stays; keeping mine saves it again with theirs as the base."""

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from jeugdloket.fouten import VeldConflict

T = TypeVar("T")


def kies_mijn_waarde(parent: QWidget, conflict: VeldConflict) -> bool:
    """A colleague changed the same field meanwhile: show who, when and both values, and ask
    which stays. True: keep mine (saved over theirs); False: keep theirs."""
    vraag = QMessageBox(parent)
    vraag.setIcon(QMessageBox.Icon.Question)
    vraag.setWindowTitle(QCoreApplication.translate("VeldConflict", "Changed by a colleague"))
    vraag.setText(str(conflict))
    mijn = vraag.addButton(
        QCoreApplication.translate("VeldConflict", "Keep my value"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    vraag.addButton(
        QCoreApplication.translate("VeldConflict", "Keep their value"),
        QMessageBox.ButtonRole.RejectRole,
    )
    vraag.exec()
    return vraag.clickedButton() is mijn


def bewaar_per_veld(
    parent: QWidget,
    bewaar: Callable[[dict[str, Any]], T],
    basis: dict[str, Any],
    herlaad: Callable[[], Any],
) -> tuple[bool, T | None]:
    """Save with `bewaar(basis)`, `basis` the values the widgets showed when loaded or last
    saved. On a VeldConflict the user chooses: mine is saved again over theirs (basis = their
    value); theirs stays stored and `herlaad` shows it (after this save has finished, not
    inside it: an autosave is still running). Returns (saved, what `bewaar` returned)."""
    try:
        return True, bewaar(basis)
    except VeldConflict as e:
        if not kies_mijn_waarde(parent, e):
            QTimer.singleShot(0, herlaad)
            return False, None
        hun = {c.sleutel: c.hun for c in e.conflicten if c.sleutel is not None}
        return True, bewaar(basis | hun)
