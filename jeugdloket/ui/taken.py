"""Work off the UI thread: a service call in the thread pool, its result back as a signal."""

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signalen(QObject):
    klaar = Signal(object)
    mislukt = Signal(str)
    voortgang = Signal(int, int)  # done, total


class Taak(QRunnable):
    """Runs `functie(*args)` in the global thread pool; `klaar` arrives on the UI thread.

    With `voortgang=True` the function is also given `voortgang=` (a callable (done, total),
    arriving as the signal `voortgang`) and `geannuleerd=` (True once `annuleer()` was called);
    the function decides where it can stop safely and returns what it did so far."""

    def __init__(self, functie: Callable, *args, voortgang: bool = False):
        super().__init__()
        self.functie = functie
        self.args = args
        self.signalen = _Signalen()
        self.met_voortgang = voortgang
        self._stop = threading.Event()

    def annuleer(self) -> None:
        self._stop.set()

    @property
    def geannuleerd(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:
        try:
            if self.met_voortgang:
                uitkomst = self.functie(
                    *self.args,
                    voortgang=self.signalen.voortgang.emit,
                    geannuleerd=self._stop.is_set,
                )
            else:
                uitkomst = self.functie(*self.args)
        except Exception as e:  # shown by the caller in Dutch; never a crash of the window
            self.signalen.mislukt.emit(str(e))
            return
        self.signalen.klaar.emit(uitkomst)

    def start(self) -> "Taak":
        pool().start(self)
        return self


# The tasks mostly wait on the database (a sync on the network, the overview's queries), not on
# the CPU: Qt's default of one thread per core (two on many laptops) lets one slow sync or a
# locked file hold up every other screen's work.
MIN_THREADS = 8


def pool() -> QThreadPool:
    """The global thread pool, with at least MIN_THREADS threads."""
    globaal = QThreadPool.globalInstance()
    if globaal.maxThreadCount() < MIN_THREADS:
        globaal.setMaxThreadCount(MIN_THREADS)
    return globaal
