"""Atomic writes (jeugdloket.bestanden): every export, PDF and workbook goes through them."""

from pathlib import Path

import pytest

from jeugdloket.bestanden import schrijf_bytes_atomair, vervang_atomair


def test_vervangt_in_een_keer(tmp_path):
    pad = tmp_path / "uit.pdf"
    pad.write_bytes(b"oud")
    assert schrijf_bytes_atomair(pad, b"nieuw") == pad
    assert pad.read_bytes() == b"nieuw"
    assert [p.name for p in tmp_path.iterdir()] == ["uit.pdf"]  # no temporary file left


def test_fout_halverwege_laat_het_oude_bestand_staan(tmp_path):
    pad = tmp_path / "overzicht.xlsx"
    pad.write_bytes(b"het vorige overzicht")

    def half(naar: str) -> None:
        with open(naar, "wb") as f:
            f.write(b"half")
        raise OSError("schijf vol")

    with pytest.raises(OSError, match="schijf vol"):
        vervang_atomair(pad, half)
    assert pad.read_bytes() == b"het vorige overzicht"
    assert [p.name for p in tmp_path.iterdir()] == ["overzicht.xlsx"]


def test_nieuw_bestand_en_afbreken_zonder_resten(tmp_path):
    pad = tmp_path / "nieuw.json"

    def afgebroken(naar: str) -> None:
        raise KeyboardInterrupt  # also a cancel (BaseException) cleans up

    with pytest.raises(KeyboardInterrupt):
        vervang_atomair(pad, afgebroken)
    assert list(tmp_path.iterdir()) == []
    vervang_atomair(pad, lambda naar: Path(naar).write_text("{}"))
    assert pad.read_text() == "{}"
