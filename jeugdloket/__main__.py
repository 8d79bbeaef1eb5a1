"""`python -m jeugdloket` and the `jeugdloket` command: a subcommand, or the window."""

import contextlib
import os
import sys
import threading

from jeugdloket.cli import main as _main

_venster = False  # whether the window ran (it ends the normal way: Qt saves on teardown)


def _start_gui(doel, gebruiker, taal) -> int:
    global _venster
    from jeugdloket.systeemcheck import controleer_venster

    # Before Qt: a missing X11 library makes Qt abort with a message nobody can act on.
    probleem = controleer_venster()
    if probleem is not None:
        print(probleem, file=sys.stderr)
        return 2
    _venster = True
    # Qt is loaded only when the window is wanted: subcommands start without it.
    from jeugdloket.ui.app import start_gui

    return start_gui(doel, gebruiker, taal)


def einde(code: int) -> None:
    """End a finished subcommand at once. The interpreter's own teardown frees every class,
    table and cache SQLAlchemy, pydantic and the models built: 0.2–0.4 s a scheduled job waited
    for with nothing left to do. The command has closed its database and files; the output is
    flushed here and the log handlers too. A command that left a thread running ends the usual
    way (that thread is waited for)."""
    if any(not t.daemon for t in threading.enumerate() if t is not threading.main_thread()):
        sys.exit(code)
    if "logging" in sys.modules:
        sys.modules["logging"].shutdown()
    try:
        sys.stdout.flush()
    except (OSError, ValueError):
        code = code or 120  # what Python itself exits with when stdout cannot be flushed
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.flush()
    os._exit(code)


def main() -> None:
    code = _main(sys.argv[1:], _start_gui)
    if _venster:
        sys.exit(code)
    einde(code)


if __name__ == "__main__":
    main()
