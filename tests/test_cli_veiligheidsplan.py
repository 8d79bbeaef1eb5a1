"""`jeugdloket plan --soort veiligheidsplan` as a subprocess, on a case whose meldcode traject
and veiligheidsplan came in through the exchange format (`import casussen`)."""

import json
import os

import clivork
from pypdf import PdfReader

from jeugdloket.paden import RESOURCES

VOORBEELD = RESOURCES / "voorbeelden" / "casus-met-analyse.json"

MELDCODE = [
    {
        "gestart_op": "2026-10-05",
        "stappen": [
            {"stap": 1, "datum": "2026-10-05", "wie": "Anouk de Vries", "rol": "jeugdconsulent"}
            | {"toelichting": "School meldt blauwe plekken"},
            {"stap": 2, "datum": "2026-10-06", "wie": "Veilig Thuis", "toelichting": "Advies"},
        ],
    }
]
VEILIGHEIDSPLAN = {
    "opgesteld_op": "2026-10-12",
    "zorgen": "Als Marieke overprikkeld raakt, wordt het thuis onrustig en gaat het mis.",
    "veiligheidsdoelen": "Zoë weet bij wie ze terecht kan en er is altijd een volwassene bereikbaar.",
    "afspraken": [
        {"signaal": "Marieke raakt overprikkeld", "wie": "Oma Ria", "wat": "haalt Zoë op"}
        | {"controle": "Jolanda Bakker belt elke vrijdag"},
        {"signaal": "Zoë voelt zich niet veilig", "wie": "Zoë", "wat": "belt Søren"},
    ],
    "rol_netwerk": "Ria en Søren zijn bereikbaar, ook 's avonds.",
    "aanbieder": "Pactum Jeugd",
    "aandachtsfunctionaris": "Jolanda Bakker",
    "evaluatie_op": "2027-01-12",
}


def jl(*args, db):
    omgeving = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    omgeving.pop("JEUGDLOKET_DB", None)
    return clivork.jeugdloket([*args, "--db", str(db)], env=omgeving, timeout=120)


def test_veiligheidsplan_als_pdf_via_de_opdrachtregel(tmp_path):
    db = tmp_path / "j.db"
    doc = json.loads(VOORBEELD.read_text(encoding="utf-8"))
    uit = tmp_path / "v.pdf"
    assert jl("import", "casussen", str(VOORBEELD), db=db).returncode == 0
    # No veiligheidsplan yet: a Dutch refusal, no traceback, no file.
    r = jl("plan", "--casus", "2026-0901", "--soort", "veiligheidsplan", "-o", str(uit), db=db)
    assert r.returncode != 0 and "nog geen veiligheidsplan" in r.stderr
    assert "Traceback" not in r.stderr and not uit.exists()

    doc["casussen"][0] |= {"meldcode": MELDCODE, "veiligheidsplan": VEILIGHEIDSPLAN}
    bestand = tmp_path / "met-veiligheid.json"
    bestand.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    r = jl("import", "casussen", str(bestand), db=db)
    assert r.returncode == 0, r.stderr

    r = jl("plan", "--casus", "2026-0901", "--soort", "veiligheidsplan", "-o", str(uit), db=db)
    assert r.returncode == 0, r.stderr
    assert "veiligheidsplan van casus 2026-0901 (versie 1 (concept))" in r.stderr
    pdf = PdfReader(uit)
    # Table cells wrap: compare with the whitespace folded.
    tekst = " ".join(" ".join(p.extract_text() for p in pdf.pages).split())
    breedte, hoogte = pdf.pages[0].mediabox.width, pdf.pages[0].mediabox.height
    assert (round(float(breedte)), round(float(hoogte))) == (595, 842)  # A4
    assert pdf.metadata.title == "Veiligheidsplan 2026-0901"
    for stuk in (
        "Waar maken we ons zorgen over?",
        "Marieke overprikkeld",
        "Oma Ria – haalt Zoë op",
        "Jolanda Bakker belt elke vrijdag",
        "Søren",
        "12 januari 2027",
        "Pactum Jeugd",
        "aandachtsfunctionaris huiselijk geweld en kindermishandeling",
        "Handtekening",
        "CONCEPT",
        f"pagina {len(pdf.pages)} van {len(pdf.pages)}",
    ):
        assert stuk in tekst, stuk
    assert "111222333" not in tekst and "Dorpsstraat" not in tekst  # no BSN or address

    # The exchange export gives both parts back as they came in.
    terug = tmp_path / "terug.json"
    assert jl("export", "casussen", "-o", str(terug), db=db).returncode == 0
    c = json.loads(terug.read_text(encoding="utf-8"))["casussen"][0]
    assert c["meldcode"] == MELDCODE and c["veiligheidsplan"] == VEILIGHEIDSPLAN
