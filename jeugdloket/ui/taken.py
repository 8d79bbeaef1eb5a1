"""Work off the UI thread: a service call in the thread pool, its result back as a signal."""

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signalen(QObject):
    klaar = Signal(object)
    mislukt = Signal(str)


class Taak(QRunnable):
    """Runs `functie(*args)` in the global thread pool; `klaar` arrives on the UI thread."""

    def __init__(self, functie: Callable, *args):
        super().__init__()
        self.functie = functie
        self.args = args
        self.signalen = _Signalen()

    def run(self) -> None:
        try:
            uitkomst = self.functie(*self.args)
        except Exception as e:  # shown by the caller in Dutch; never a crash of the window
            self.signalen.mislukt.emit(str(e))
            return
        self.signalen.klaar.emit(uitkomst)

    def start(self) -> "Taak":
        QThreadPool.globalInstance().start(self)
        return self
