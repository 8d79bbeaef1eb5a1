import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_elke_tekst_van_het_venster_is_vertaald(tmp_path):
    """lupdate over the UI code finds no string without a Dutch translation."""
    ts = tmp_path / "nl.ts"
    ts.write_bytes((ROOT / "translations" / "jeugdloket_nl.ts").read_bytes())
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    bronnen = [str(p) for p in (ROOT / "jeugdloket" / "ui").rglob("*.py")]
    subprocess.run([str(lupdate), *bronnen, "-ts", str(ts)], check=True, capture_output=True)
    open_ = [
        m.findtext("source")
        for m in ET.parse(ts).getroot().iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]
    assert open_ == [], f"niet vertaald (make translations + tools/vul_vertalingen.py): {open_}"


def test_qm_is_bijgewerkt(tmp_path):
    """The shipped .qm is what lrelease makes of the .ts (so the app shows every translation)."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    vers = tmp_path / "nl.qm"
    subprocess.run(
        [str(lrelease), str(ROOT / "translations" / "jeugdloket_nl.ts"), "-qm", str(vers)],
        check=True,
        capture_output=True,
    )
    assert vers.read_bytes() == (ROOT / "translations" / "jeugdloket_nl.qm").read_bytes(), (
        "voer make translations uit"
    )
