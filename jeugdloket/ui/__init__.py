"""All Qt code of Jeugdloket."""

import ctypes
import sys

# Load the core before the first PySide6 import: PySide6 installs an import hook that inspects
# every module imported after it, which costs about 0.3 s of start-up for SQLAlchemy and friends.
import jeugdloket.services.casussen  # noqa: F401


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
