"""The PDF of the familiegroepsplan and the perspectiefplan: read back with pypdf."""

import copy
import io
import re
from datetime import date
from pathlib import Path

import pytest

pypdf = pytest.importorskip(
    "pypdf", reason="pypdf is niet geïnstalleerd: nodig om de PDF's terug te lezen (test-extra)"
)

from jeugdloket.rapporten.plannen_pdf import (  # noqa: E402
    GEBIEDEN,
    PlanKop,
    familiegroepsplan_pdf,
    familiegroepsplan_pdf_bytes,
    perspectiefplan_pdf,
    perspectiefplan_pdf_bytes,
    plan_pdf_bytes,
)

ALINEA = (
    "Zoë wil graag weer naar school, maar 's ochtends lukt het vaak niet. Ze heeft dan "
    "buikpijn en blijft in bed. Moeder wil haar niet dwingen, want dan wordt het ruzie. "
    "Oma Ria denkt dat het helpt als er iemand meefietst. "
)
LANG = "\n\n".join([ALINEA * 4] * 3)

NAMEN = {
    "p1": "Zoë Łukasiewicz-Çelik",
    "p2": "Marieke Jansen",
    "p3": "Søren de Bakker",
    "p4": "Иван Петров",
    "p5": "Νίκος Παπαδόπουλος",
    "p6": "François Ørsted",
}
# What must never reach the family's PDF.
GEHEIM = [
    "111222333",
    "2010-05-01",
    "1 mei 2010",
    "01-05-2010",
    "Dorpsstraat",
    "6931 AB",
    "06-12345678",
    "2019-03-03",
    "123456782",
]

FGP_KOPPEN = [
    "Ons plan",
    "Het aanbod om zelf een plan te maken",
    "Wie doen er mee",
    "Wat is er aan de hand?",
    "Wat willen we bereiken?",
    "Wat doen we zelf?",
    "Wat doet ons netwerk?",
    "Welke hulp van professionals is nodig?",
    "Afspraken over veiligheid",
    "Wanneer en hoe kijken we of het werkt?",
    "Handtekeningen",
]
PP_KOPPEN = [
    "Mijn toekomstplan",
    "In mijn eigen woorden",
    *GEBIEDEN.values(),
    "Hoe is het nu?",
    "Wat wil ik na mijn 18e?",
    "Wat is daarvoor nodig?",
    "Wie doet wat en wanneer?",
    "Hulp in de komende twee jaar",
    "Hulp na mijn 18e",
    "Wie waren erbij?",
    "Handtekeningen",
]


def maak_casus() -> dict:
    return {
        "casusnummer": "2026-0042",
        "gemeente": "Westervoort",
        "aanmelddatum": "2026-11-16T09:30:00",
        "personen": [
            {
                "id": "p1",
                "rol": "jeugdige",
                "voornaam": "Zoë",
                "achternaam": "Łukasiewicz-Çelik",
                "geboortedatum": "2010-05-01",
                "bsn": "111222333",
                "straat": "Dorpsstraat",
                "huisnummer": "12",
                "postcode": "6931 AB",
                "woonplaats": "Westervoort",
            },
            {
                "id": "p2",
                "rol": "ouder",
                "voornaam": "Marieke",
                "achternaam": "Jansen",
                "telefoon": "06-12345678",
            },
            {
                "id": "p3",
                "rol": "netwerk",
                "voornaam": "Søren",
                "tussenvoegsel": "de",
                "achternaam": "Bakker",
                "relatie": "19",
            },
            {"id": "p4", "rol": "verzorger", "voornaam": "Иван", "achternaam": "Петров"},
            {"id": "p5", "rol": "netwerk", "voornaam": "Νίκος", "achternaam": "Παπαδόπουλος"},
            {"id": "p6", "rol": "netwerk", "voornaam": "François", "achternaam": "Ørsted"},
            # A little brother: too young to sign the familiegroepsplan.
            {
                "id": "p7",
                "rol": "jeugdige",
                "voornaam": "Mees",
                "achternaam": "Jansen",
                "geboortedatum": "2019-03-03",
                "bsn": "123456782",
            },
        ],
        "verklarende_analyse": {
            "doelen": [
                {
                    "id": "d1",
                    "prioriteit": 1,
                    "omschrijving": "Zoë gaat weer elke dag naar school",
                    "goed_genoeg": "Vier dagen per week, zes weken achter elkaar",
                },
                {"id": "d2", "prioriteit": 2, "omschrijving": "Zoë heeft een vriendin"},
            ]
        },
        "familiegroepsplan": {
            "aangeboden_op": "2026-11-18",
            "aangeboden_door": "Anouk de Vries",
            "uitleg": "Uitgelegd aan de keukentafel.\nMet de folder erbij.",
            "status": "opgesteld",
            "opgesteld_op": "2026-12-02",
            "deelnemers": ["p1", "p2", "p3", "p4", "p5", "p6"],
            "nieuwe_deelnemers": ["Tante Wiesława"],
            "doelen": ["d1", "d2"],
            "wat_is_er_aan_de_hand": LANG,
            "wat_willen_we_bereiken": "Rust in huis.\nZoë weer op school.",
            "wat_doen_we_zelf": LANG,
            "wat_doet_ons_netwerk": [
                {"wie": "p3", "wat": "Fietst op dinsdag mee naar school", "wanneer": "2026-12-15"},
                {"wie": "p5", "wat": ALINEA * 3, "wanneer": "elke week"},
                {"wie": "buurvrouw Ans", "wat": "Kookt op woensdag", "wanneer": "woensdag"},
                {"wie": "p6", "wat": "Belt moeder elke zondag", "wanneer": "zondag"},
            ]
            * 6,
            "hulp_van_professionals": ALINEA * 3,
            "afspraken_veiligheid": "",
            "evaluatie": "Over zes weken bij oma thuis.",
        },
        "perspectiefplannen": [
            {
                "jeugdige": "p1",
                "opgesteld_op": "2026-12-10",
                "eigen_woorden": "Ik wil later in Arnhem wonen.\n\nIk wil iets met tekenen doen.",
                "gebieden": [
                    {
                        "gebied": "wonen",
                        "nu": "Ik woon bij mama.",
                        "wens_na_18": "Op kamers in Arnhem.",
                        "nodig": "Een kamer vinden, leren koken.",
                        "acties": [
                            {"wie": "p1", "wat": "Schrijft zich in", "wanneer": "2027-05-01"},
                            {"wie": "p4", "wat": "Leert Zoë koken", "wanneer": "zaterdag"},
                        ],
                    },
                    {"gebied": "leren_en_werken", "nu": LANG, "wens_na_18": ALINEA},
                    {
                        "gebied": "geld_en_inkomen",
                        "acties": [{"door_consulent": True, "wat": "Legt toeslagen uit"}],
                    },
                ],
                "hulp_komende_twee_jaar": LANG,
                "hulp_na_18": "Begeleiding bij zelfstandig wonen.",
                "hulp_na_18_kaders": ["Wmo", "verlengde jeugdhulp"],
                "overdracht": "Een warm gesprek met het Wmo-team.",
                "betrokkenen": ["p1", "p2", "mentor van school"],
            }
        ],
    }


def kop(vastgesteld: date | None = None, versie: int = 2) -> PlanKop:
    return PlanKop(
        gemeente="Westervoort",
        team="Sociaal Loket Westervoort – jeugdteam",
        versie=versie,
        vastgesteld_op=vastgesteld,
        aanwezig=["Zoë Łukasiewicz-Çelik", "Marieke Jansen"] if vastgesteld else [],
        consulent="Anouk de Vries",
        gemaakt_op=date(2026, 12, 12),
    )


def lees(data: bytes) -> tuple[pypdf.PdfReader, list[str]]:
    lezer = pypdf.PdfReader(io.BytesIO(data))
    return lezer, [pagina.extract_text() for pagina in lezer.pages]


def plat(tekst: str) -> str:
    """Extracted text with line breaks and repeated spaces folded (wrapped headings)."""
    return re.sub(r"\s+", " ", tekst)


def controleer_paginering(paginas: list[str]) -> None:
    totaal = len(paginas)
    for nummer, tekst in enumerate(paginas, start=1):
        assert re.findall(r"pagina \d+ van \d+", tekst) == [f"pagina {nummer} van {totaal}"]


def test_familiegroepsplan_concept():
    lezer, paginas = lees(familiegroepsplan_pdf_bytes(maak_casus(), kop()))
    alles = plat("\n".join(paginas))
    assert len(paginas) >= 3
    controleer_paginering(paginas)
    for koptekst in FGP_KOPPEN:
        assert koptekst in alles, koptekst
    for naam in NAMEN.values():
        assert naam in alles, naam
    assert "Tante Wiesława" in alles
    assert "buurvrouw Ans" in alles  # not a person reference: printed as it is
    assert "Zoë gaat weer elke dag naar school" in alles  # linked goal
    assert "Goed genoeg als: Vier dagen per week" in alles
    assert "Aangeboden op 18 november 2026 door Anouk de Vries." in alles
    assert "Ja, we maken een eigen plan." in alles
    assert "15 december 2026" in alles
    assert "Nog niet ingevuld." in alles  # afspraken_veiligheid is empty
    # Header and footer on every page; the watermark on every page of a concept.
    for tekst in paginas:
        assert "Gemeente Westervoort" in tekst
        assert "Sociaal Loket Westervoort – jeugdteam" in tekst
        assert "versie 2" in tekst
        assert "12 december 2026" in tekst
        assert "CONCEPT" in tekst
    for geheim in GEHEIM:
        assert geheim not in alles, geheim
    info = lezer.metadata
    assert info.title == "Familiegroepsplan 2026-0042"
    assert info.author == "Anouk de Vries"
    assert info.subject
    assert lezer.trailer["/Root"]["/Lang"] == "nl-NL"
    assert lezer.pages[0].mediabox.width == pytest.approx(595.28, abs=0.5)
    assert lezer.pages[0].mediabox.height == pytest.approx(841.89, abs=0.5)


def test_familiegroepsplan_vastgesteld_zonder_watermerk():
    _, paginas = lees(familiegroepsplan_pdf_bytes(maak_casus(), kop(date(2026, 12, 11), 3)))
    alles = plat("\n".join(paginas))
    assert "CONCEPT" not in alles
    assert "concept" not in alles
    assert "Versie 3, vastgesteld op 11 december 2026" in alles
    assert "Aanwezig bij vaststellen" in alles
    controleer_paginering(paginas)


def test_handtekeningen_samen_op_de_laatste_pagina():
    _, paginas = lees(familiegroepsplan_pdf_bytes(maak_casus(), kop()))
    laatste = plat(paginas[-1])
    assert "Handtekeningen" in laatste
    for naam in (NAMEN["p1"], NAMEN["p2"], NAMEN["p4"], "Anouk de Vries"):
        assert naam in laatste
    assert len(re.findall(r"\bHandtekening\b", laatste)) == 4
    assert len(re.findall(r"\bDatum\b", laatste)) == 4
    assert "Mees Jansen" not in laatste  # eight years old: does not sign


def test_perspectiefplan():
    lezer, paginas = lees(perspectiefplan_pdf_bytes(maak_casus(), "p1", kop()))
    alles = plat("\n".join(paginas))
    assert len(paginas) >= 3
    controleer_paginering(paginas)
    for koptekst in PP_KOPPEN:
        assert koptekst in alles, koptekst
    # The jeugdige's own words come first, before the areas.
    eerste = plat(paginas[0])
    assert eerste.index("In mijn eigen woorden") < eerste.index("Ik wil later in Arnhem wonen.")
    assert alles.index("Ik wil later in Arnhem wonen.") < alles.index("Hoe is het nu?")
    assert alles.index("In mijn eigen woorden") < alles.index("Wonen")
    assert "Perspectiefplan van Zoë Łukasiewicz-Çelik" in alles
    assert "Иван Петров" in alles
    assert "Anouk de Vries (consulent)" in alles  # door_consulent
    assert "mentor van school" in alles
    assert "Wmo" in alles and "Verlengde jeugdhulp" in alles
    assert "Een warm gesprek met het Wmo-team." in alles
    assert "1 mei 2027" in alles
    assert all("CONCEPT" in tekst for tekst in paginas)
    for geheim in GEHEIM:
        assert geheim not in alles, geheim
    assert lezer.metadata.title == "Perspectiefplan 2026-0042 – Zoë Łukasiewicz-Çelik"
    assert lezer.metadata.author == "Anouk de Vries"
    assert lezer.trailer["/Root"]["/Lang"] == "nl-NL"


def test_lege_onderdelen_blijven_zichtbaar():
    casus = maak_casus()
    del casus["familiegroepsplan"]
    _, paginas = lees(familiegroepsplan_pdf_bytes(casus, kop()))
    alles = plat("\n".join(paginas))
    for koptekst in FGP_KOPPEN:
        assert koptekst in alles, koptekst
    assert alles.count("Nog niet ingevuld.") >= 8
    # The goals of the analysis are shown even before the family wrote its own plan.
    assert "Onze doelen" in alles and "Doel 2: Zoë heeft een vriendin" in alles

    # A jeugdige without a perspectiefplan: the empty structure, every area shown.
    _, paginas = lees(perspectiefplan_pdf_bytes(casus, "p7", kop()))
    alles = plat("\n".join(paginas))
    for titel in GEBIEDEN.values():
        assert titel in alles
    assert "Mees Jansen" in alles
    assert alles.count("Nog niet ingevuld.") >= len(GEBIEDEN) + 4

    with pytest.raises(ValueError, match="p99"):
        perspectiefplan_pdf_bytes(casus, "p99", kop())


def test_afgezien_met_reden():
    casus = maak_casus()
    casus["familiegroepsplan"] = {
        "aangeboden_op": "2026-11-18",
        "status": "afgezien",
        "reden_afgezien": "We willen eerst zelf rust.",
    }
    _, paginas = lees(plan_pdf_bytes(casus, kop()))
    alles = plat("\n".join(paginas))
    assert "Nee, we maken geen eigen plan." in alles
    assert "We willen eerst zelf rust." in alles


def test_opmaaktekens_in_tekst_worden_letterlijk_gedrukt():
    casus = maak_casus()
    casus["familiegroepsplan"]["wat_doen_we_zelf"] = "<b>vet?</b> a < b & c > d\x07\r\nnieuwe regel"
    casus["familiegroepsplan"]["wat_doet_ons_netwerk"] = [
        {"wie": "<i>p9</i>", "wat": "&amp; <br/>", "wanneer": None}
    ]
    _, paginas = lees(familiegroepsplan_pdf_bytes(casus, kop()))
    alles = "\n".join(paginas)
    assert "<b>vet?</b> a < b & c > d" in alles
    assert "nieuwe regel" in alles
    assert "<i>p9</i>" in alles
    assert "&amp; <br/>" in alles


def test_lettertype_ingebed():
    lezer, _ = lees(perspectiefplan_pdf_bytes(maak_casus(), "p1", kop()))
    fonts = set()
    for pagina in lezer.pages:
        for font in pagina["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.add(str(font["/BaseFont"]))
            if font.get("/Subtype") == "/TrueType":
                assert "/FontFile2" in font["/FontDescriptor"]
    assert any("DejaVuSans" in f for f in fonts), fonts
    assert not any("Helvetica" in f for f in fonts), fonts


def test_schrijft_atomair(tmp_path: Path):
    doel = tmp_path / "plan.pdf"
    doel.write_bytes(b"oud")
    familiegroepsplan_pdf(maak_casus(), kop(), doel)
    assert doel.read_bytes().startswith(b"%PDF-")
    perspectiefplan_pdf(maak_casus(), "p1", kop(), tmp_path / "toekomst.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.pdf", "toekomst.pdf"]

    # A failure leaves the old file as it was and no temporary file behind.
    kapot = copy.deepcopy(maak_casus())
    with pytest.raises(ValueError):
        perspectiefplan_pdf(kapot, "p99", kop(), doel)
    assert doel.read_bytes().startswith(b"%PDF-")
    with pytest.raises(FileNotFoundError):
        familiegroepsplan_pdf(maak_casus(), kop(), tmp_path / "bestaat-niet" / "plan.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.pdf", "toekomst.pdf"]
