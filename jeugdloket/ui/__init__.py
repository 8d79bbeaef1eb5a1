"""All Qt code of Jeugdloket."""

import ctypes
import sys

# The database layer is NOT loaded here: the first dialog shows without it and it loads behind
# that dialog (ui/snelstart.py). PySide6's import hook (every later import passes through it) made
# that layer 0.3 s slower on older PySide6; on 6.11 it costs ±0.02 s of its ±0.85 s.


def _bescherm_none() -> None:
    """Guard against PySide6 6.12.0 on CPython 3.11 (pyproject pins below it; this is the net).

    That release drops a reference to None on every C++ call returning void; painting in Python
    makes thousands per second and the process aborts with "Fatal Python error: none_dealloc".
    None is immortal from Python 3.12 on; here it is made so by hand, only when the bug shows.
    """
    if sys.version_info >= (3, 12):
        return
    from PySide6.QtCore import QPointF

    punt = QPointF()
    voor = sys.getrefcount(None)
    for _ in range(10):
        punt.setX(1.0)
    if sys.getrefcount(None) < voor:
        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


_bescherm_none()
