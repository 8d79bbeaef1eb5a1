"""Writing files so that a crash never leaves half of one: exports, PDFs and workbooks are
written next to their target, made durable, then renamed over it in one step."""

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def vervang_atomair(pad: str | Path, schrijf: Callable[[str], None]) -> Path:
    """`schrijf(tijdelijk)` writes a temporary file in the folder of `pad`; it is fsynced and
    renamed over `pad`. An error or a crash half-way leaves the old file (or none), never a
    truncated one; the temporary file is removed on an error."""
    pad = Path(pad)
    map_ = pad.parent if str(pad.parent) else Path(".")
    fd, tijdelijk = tempfile.mkstemp(prefix=f".{pad.name}.", suffix=".tmp", dir=map_)
    os.close(fd)
    try:
        schrijf(tijdelijk)
        with open(tijdelijk, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(tijdelijk, pad)
    except BaseException:
        Path(tijdelijk).unlink(missing_ok=True)
        raise
    return pad


def schrijf_bytes_atomair(pad: str | Path, data: bytes) -> Path:
    return vervang_atomair(pad, lambda tijdelijk: Path(tijdelijk).write_bytes(data))
