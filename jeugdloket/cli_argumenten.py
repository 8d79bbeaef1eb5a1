"""Helpers shared by the subcommands: argument types, questions on the terminal.

No imports of cli.py: it imports the subcommand modules."""

import argparse
import getpass
import re
import sys
from datetime import date


def datum(tekst: str) -> date:
    """A date option: 2026-11-23 or 23-11-2026; anything else is wrong usage (exit 2)."""
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", tekst.strip())
    n = re.fullmatch(r"(\d{1,2})-(\d{1,2})-(\d{4})", tekst.strip())
    try:
        if m:
            return date(int(m[1]), int(m[2]), int(m[3]))
        if n:
            return date(int(n[3]), int(n[2]), int(n[1]))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{tekst} bestaat niet als datum") from None
    raise argparse.ArgumentTypeError(f"{tekst} is geen datum (JJJJ-MM-DD)")


def terminal() -> bool:
    """Is someone at a terminal to answer (not a scheduled job, not a pipe)?"""
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def verborgen(prompt: str) -> str:
    """One line typed without echo: a passphrase or a password."""
    return getpass.getpass(prompt)
