"""`python -m jeugdloket` and the `jeugdloket` command: a subcommand, or the window."""

import sys

from jeugdloket.cli import main as _main


def _start_gui(doel, gebruiker, taal) -> int:
    # Qt is loaded only when the window is wanted: subcommands start without it.
    from jeugdloket.ui.app import start_gui

    return start_gui(doel, gebruiker, taal)


def main() -> None:
    sys.exit(_main(sys.argv[1:], _start_gui))


if __name__ == "__main__":
    main()
