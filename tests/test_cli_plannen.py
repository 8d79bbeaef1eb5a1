"""`jeugdloket plan` as a subprocess: both plans from an imported case, and clear refusals."""

import os

import clivork
from pypdf import PdfReader

from jeugdloket.paden import RESOURCES

VOORBEELD = RESOURCES / "voorbeelden" / "casus-met-analyse.json"


def jl(*args, db):
    omgeving = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    omgeving.pop("JEUGDLOKET_DB", None)
    return clivork.jeugdloket([*args, "--db", str(db)], env=omgeving, timeout=120)


def test_plannen_als_pdf(cli, tmp_path):
    """Imported by the coördinator, printed by the case's consulent (on the team register as
    their own logins); a colleague is refused."""
    assert cli.jl("import", "casussen", str(VOORBEELD), als="r.hendriks").returncode == 0
    fgp = tmp_path / "fgp.pdf"
    r = cli.jl("plan", "--casus", "2026-0901", "--soort", "familiegroepsplan", "-o", str(fgp),
               als="a.devries")  # fmt: skip
    assert r.returncode == 0, r.stderr
    pdf = PdfReader(fgp)
    tekst = "".join(p.extract_text() for p in pdf.pages)
    assert "Ons plan" in tekst and "Łukasiewicz-Çelik" in tekst and "Søren" in tekst
    assert f"pagina {len(pdf.pages)} van {len(pdf.pages)}" in tekst
    assert pdf.metadata.title.startswith("Familiegroepsplan")

    pp = tmp_path / "pp.pdf"
    r = cli.jl("plan", "--casus", "2026-0901", "--soort", "perspectiefplan", "-o", str(pp),
               als="a.devries")  # fmt: skip
    assert r.returncode == 0, r.stderr
    tekst = "".join(p.extract_text() for p in PdfReader(pp).pages)
    assert "grafisch ontwerp" in tekst and "CONCEPT" in tekst
    assert "111222333" not in tekst and "Dorpsstraat" not in tekst  # no BSN or address

    ander = tmp_path / "ander.pdf"
    r = cli.jl("plan", "--casus", "2026-0901", "--soort", "perspectiefplan", "-o", str(ander),
               als="b.yilmaz")  # fmt: skip
    assert r.returncode == 1 and "andere consulent" in r.stderr and "Traceback" not in r.stderr
    assert not ander.exists()

    # The exports are noted on the case (visible in the exchange export? no: in the app).
    from jeugdloket.services import casussen, plannen

    d = cli.open()
    try:
        exports = plannen.plannen(d, casussen.zoek_casusnummer(d, "2026-0901")).exports
        assert sorted(e.soort for e in exports) == ["familiegroepsplan", "perspectiefplan"]
    finally:
        d.sluit()


def test_weigeringen(tmp_path):
    db = tmp_path / "j.db"
    assert jl("import", "casussen", str(VOORBEELD), db=db).returncode == 0
    uit = str(tmp_path / "x.pdf")
    r = jl("plan", "--casus", "2099-0001", "--soort", "familiegroepsplan", "-o", uit, db=db)
    assert r.returncode == 1 and "2099-0001 bestaat niet" in r.stderr
    r = jl(
        "plan",
        "--casus",
        "2026-0901",
        "--soort",
        "perspectiefplan",
        "--jeugdige",
        "p2",
        "-o",
        uit,
        db=db,
    )
    assert r.returncode == 1 and "geen jeugdige" in r.stderr and "Traceback" not in r.stderr
    r = jl("plan", "--casus", "2026-0901", "--soort", "iets", "-o", uit, db=db)
    assert r.returncode == 2
    r = jl(
        "plan",
        "--casus",
        "2026-0901",
        "--soort",
        "familiegroepsplan",
        "-o",
        "/proc/nee/x.pdf",
        db=db,
    )
    assert r.returncode == 1 and "kan niet schrijven" in r.stderr
