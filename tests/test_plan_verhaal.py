"""One plan story: per goal factor → goal → action → toewijzing → evaluation in the case, and
the goals with their routekaart and help in the familiegroepsplan and perspectiefplan PDFs
(read back with pypdf)."""

import io
from datetime import date

import pytest
from pypdf import PdfReader

from jeugdloket.services import evaluatie, plan_pdf, planlijn, toewijzingen
from tests.evaluatie_hulp import document, importeer

pytestmark = pytest.mark.beide_engines


def tekst(pad) -> str:
    lezer = PdfReader(io.BytesIO(pad.read_bytes()))
    return " ".join(" ".join(p.extract_text().split()) for p in lezer.pages)


def test_een_lijn_per_doel_van_factor_tot_evaluatie(db):
    cid = importeer(db)
    lijnen = planlijn.planlijnen(db, cid)
    assert [(lijn.doel_ref, lijn.doel) for lijn in lijnen] == [
        ("d1", "Zoë gaat weer elke dag naar school"),
        ("d2", "Minder ruzie aan tafel"),
    ]
    d1, d2 = lijnen
    assert d1.factoren == ["instandhoudend: Ruzie thuis over schoolgaan"]
    assert d2.factoren == [
        "instandhoudend: Ruzie thuis over schoolgaan",
        "beschermend: Opa Henk is een vaste steun",
    ]
    assert d1.acties[0].startswith("Marieke Jansen: Belt de mentor elke vrijdag (")
    assert d1.acties[1] == "Henk Jansen: Brengt Zoë op maandag (elke week)"
    assert d2.acties[0].startswith("consulent: Zoekt een gezinscoach")
    assert d1.toewijzingen == ["Ambulante gezinsbegeleiding – De Vlinder (gestart)"]
    assert d2.toewijzingen == ["Basis-ggz kort – Het Anker (gestart)"]
    assert d1.evaluatie is None

    a = next(t for t in toewijzingen.lijst(db, cid) if t.doel_ref == "d1")
    e = evaluatie.maak(db, cid, date.today())
    evaluatie.zet_doel(db, e.id, "d1", {"score_gezin": 7, "score_consulent": 6})
    evaluatie.leg_besluit_vast(db, e.id, a.id, "doorgaan", "Het loopt goed")
    d1, d2 = planlijn.planlijnen(db, cid)
    assert d1.evaluatie == f"{date.today():%d-%m-%Y}: gezin 7; consulent 6; besluit: doorgaan"
    assert d1.evaluatie_id == e.id
    assert d2.evaluatie is None


def test_plan_pdfs_tonen_doelen_routekaart_en_hulp(db, tmp_path):
    doc = document()
    c = doc["casussen"][0]
    # a brother with his own help: not in Zoë's perspectiefplan, yes in the family's plan
    c["personen"].append(
        {"id": "p4", "rol": "jeugdige", "voornaam": "Mees", "achternaam": "Jansen"}
    )
    c["toewijzingen"].append(
        {"jeugdige": "p4", "productcategorie": "45", "product": "Huiswerkbegeleiding Mees",
         "status": "aangevraagd", "aanvraagdatum": date.today().isoformat(), "doel": "d1"}
    )  # fmt: skip
    cid = importeer(db, doc)
    a = next(t for t in toewijzingen.lijst(db, cid) if t.productcode == "45A12")
    e = evaluatie.maak(db, cid, date.today())
    evaluatie.zet_doel(db, e.id, "d1", {"score_gezin": 7, "woorden_gezin": "Het gaat beter"})
    evaluatie.leg_besluit_vast(db, e.id, a.id, "afschalen", wijzigingen={"volume": 1})

    fgp = tmp_path / "fgp.pdf"
    plan_pdf.maak_pdf(db, cid, "familiegroepsplan", fgp)
    alles = tekst(fgp)
    assert "Onze doelen: wie doet wat, en welke hulp" in alles
    assert "Doel 1: Zoë gaat weer elke dag naar school" in alles
    assert "Goed genoeg als: vier dagen per week" in alles
    assert "Doel 2: Minder ruzie aan tafel" in alles
    # the routekaart: who does what when
    assert "Marieke Jansen" in alles and "Belt de mentor elke vrijdag" in alles
    assert "Brengt Zoë op maandag" in alles and "elke week" in alles
    assert "Anouk de Vries (consulent)" in alles and "Zoekt een gezinscoach" in alles
    # the help linked to each goal, with what the evaluation decided
    assert "Ambulante gezinsbegeleiding bij De Vlinder, 1 uur per week" in alles
    assert "de hulp wordt minder" in alles
    assert "Basis-ggz kort bij Het Anker" in alles
    assert "Huiswerkbegeleiding Mees, aangevraagd" in alles
    assert (
        alles.index("Doel 1") < alles.index("Ambulante gezinsbegeleiding") < alles.index("Doel 2")
    )
    assert alles.index("Doel 2") < alles.index("Basis-ggz kort")
    assert "wij geven een 7" in alles and "Het gaat beter" in alles

    pp = tmp_path / "pp.pdf"
    plan_pdf.maak_pdf(db, cid, "perspectiefplan", pp, jeugdige_ref="p1")
    alles = tekst(pp)
    assert "Doel 1: Zoë gaat weer elke dag naar school" in alles
    assert "Belt de mentor elke vrijdag" in alles
    assert "Ambulante gezinsbegeleiding bij De Vlinder" in alles
    assert "Huiswerkbegeleiding Mees" not in alles  # a brother's care is not in her plan
