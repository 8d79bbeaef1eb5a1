"""`python -m jeugdloket` and the `jeugdloket` command: a subcommand, or the window."""

import sys

from jeugdloket.cli import main as _main


def _start_gui(doel, gebruiker, taal) -> int:
    from jeugdloket.systeemcheck import controleer_venster

    # Before Qt: a missing X11 library makes Qt abort with a message nobody can act on.
    probleem = controleer_venster()
    if probleem is not None:
        print(probleem, file=sys.stderr)
        return 2
    # Qt is loaded only when the window is wanted: subcommands start without it.
    from jeugdloket.ui.app import start_gui

    return start_gui(doel, gebruiker, taal)


def main() -> None:
    sys.exit(_main(sys.argv[1:], _start_gui))


if __name__ == "__main__":
    main()
