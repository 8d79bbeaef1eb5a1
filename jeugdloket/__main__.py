"""`python -m jeugdloket` and the `jeugdloket` command: a subcommand, or the window."""

import sys

from jeugdloket.cli import main as _main


def main() -> None:
    sys.exit(_main())


if __name__ == "__main__":
    main()
