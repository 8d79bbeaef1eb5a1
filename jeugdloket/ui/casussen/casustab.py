"""The shared contract of the tabs (and their inner pages) of an open case.

Every tab works on one case (`db`, `casus_id`), tells the case view when it saved something
(`gewijzigd`, so the header and the other tabs can follow) and can be asked to save what is
still pending in its autosave (`bewaar_alles`: before switching, closing or quitting).
`LuieCasusTab` is a tab that reads its data from a service only when it is first shown, so
opening a case stays fast for consultants who only look up a phone number.
"""

import uuid

from PySide6.QtCore import Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QWidget

from jeugdloket.db import Database
from jeugdloket.ui.widgets import Autosave


class CasusTab(QWidget):
    """A tab of one case: saved edits are announced with `gewijzigd`."""

    gewijzigd = Signal()

    def __init__(self, db: Database, casus_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.casus_id = db, casus_id
        # Set by tabs that save as the user types; `bewaar_alles` flushes it.
        self.autosave: Autosave | None = None

    def bewaar_alles(self) -> None:
        """Save the edits still waiting in the autosave now."""
        if self.autosave is not None:
            self.autosave.bewaar_alles()


class LuieCasusTab(CasusTab):
    """A case tab that loads its data (`laad`) when it is first shown."""

    def __init__(self, db: Database, casus_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(db, casus_id, parent)
        self.geladen = False  # set by `laad` once the data is shown
        # Loaded for the showing now under way: the case view's "tab chosen" (which follows
        # the first showEvent of that same choice) then has nothing newer to read.
        self._net_geladen = False

    def showEvent(self, event: QShowEvent) -> None:
        if not self.geladen:
            self.laad()
            self._net_geladen = self.geladen
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._net_geladen = False
        super().hideEvent(event)

    def laad(self) -> None:
        """Read the case's data from its service and show it; sets `geladen`."""
        raise NotImplementedError

    def ververs_als_geladen(self) -> None:
        """Reload when it was loaded before (it may show what other tabs changed since) – not
        right after the first load of this same showing."""
        if self._net_geladen:
            self._net_geladen = False
            return
        if self.geladen:
            self.laad()
