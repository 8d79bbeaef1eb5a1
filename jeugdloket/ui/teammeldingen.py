"""The team register's change notices on a thread of their own: a colleague's save shows in the
open case tabs and the case list within a second or two."""

import uuid

from PySide6.QtCore import QThread, Signal

from jeugdloket.db import Database
from jeugdloket.services import team


class Teammeldingen(QThread):
    """Listens (services.team.Meldingen) until `stop`; `gewijzigd` carries the case ids."""

    gewijzigd = Signal(object)  # set[uuid.UUID]

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.meldingen = team.Meldingen(db)  # connected now: nothing said after this is missed
        self._door = True

    def run(self) -> None:
        try:
            while self._door:
                ids: set[uuid.UUID] = self.meldingen.wacht(0.5)
                if ids and self._door:
                    self.gewijzigd.emit(ids)
        finally:
            self.meldingen.sluit()

    def stop(self) -> None:
        self._door = False
        self.wait(3000)
