"""Inzage (AVG art. 15): JSON in the exchange format plus a readable PDF about one person."""

import json
import re
from datetime import date

import pytest
from pypdf import PdfReader

from jeugdloket.db import Database, open_database
from jeugdloket.fouten import Fout, NietGevonden, Validatiefout
from jeugdloket.paden import RESOURCES
from jeugdloket.services import casuslijst, medewerkers, uitwisseling
from jeugdloket.services.inzage import inzage
from jeugdloket.services.rechten import GeenToegang

pytestmark = pytest.mark.beide_engines

VOORBEELD = RESOURCES / "voorbeelden" / "casus-met-analyse.json"
VANDAAG = date(2026, 11, 23)


def _tweede_casus() -> dict:
    """Zoë again, years later, in another file (same BSN), and a family she is not in."""
    return [
        {
            "casusnummer": "2027-0100",
            "gemeente": "Duiven",
            "consulent": "a.devries",
            "aanmelddatum": "2026-11-20T11:00:00",
            "hulpvraag": "Vraag over kamertraining na haar 18e.",
            "personen": [
                {
                    "id": "p1",
                    "rol": "jeugdige",
                    "voornaam": "Zoë",
                    "achternaam": "Łukasiewicz-Çelik",
                    "bsn": "111222333",
                    "telefoon": "06-99887766",
                }
            ],
            "contactmomenten": [
                {"datum": "2026-11-21T10:00:00", "soort": "telefonisch", "notitie": "Teruggebeld."}
            ],
        },
        {
            "casusnummer": "2026-0500",
            "gemeente": "Doesburg",
            "aanmelddatum": "2026-09-01",
            "personen": [{"id": "p1", "rol": "jeugdige", "voornaam": "Kees", "bsn": "123456782"}],
        },
    ]


@pytest.fixture
def dossiers(db):
    systeem = Database(db.engine)
    medewerkers.maak_medewerker(systeem, "r.hendriks", "René Hendriks", "coördinator")
    medewerkers.maak_medewerker(systeem, "b.yilmaz", "Burak Yılmaz", "consulent")
    doc = json.loads(VOORBEELD.read_text(encoding="utf-8"))
    doc["casussen"] += _tweede_casus()
    uitwisseling.importeer(systeem, doc)
    return {n: Database(db.engine, n) for n in ("a.devries", "r.hendriks", "b.yilmaz")}


@pytest.fixture
def uit(tmp_path):
    """The folder the files go to (the database lies next to it, in tmp_path)."""
    map_ = tmp_path / "uit"
    map_.mkdir()
    return map_


def _tekst(pad) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(pad).pages)


def test_inzage_op_bsn_vindt_elke_casus_en_schrijft_json_en_pdf(dossiers, uit):
    r = inzage(dossiers["r.hendriks"], bsn="111222333", doel_map=uit, vandaag=VANDAAG)
    assert r.casusnummers == ["2026-0901", "2027-0100"]
    assert r.json_pad.name == "inzage-2026-11-23-2026-0901-en-1-meer.json"
    assert r.pdf_pad.name == "inzage-2026-11-23-2026-0901-en-1-meer.pdf"
    assert sorted(p.name for p in uit.iterdir()) == sorted([r.json_pad.name, r.pdf_pad.name])

    doc = json.loads(r.json_pad.read_text(encoding="utf-8"))
    assert doc["formaat"] == "jeugdloket-casussen"
    assert [c["casusnummer"] for c in doc["casussen"]] == ["2026-0901", "2027-0100"]
    assert "2026-0500" not in r.json_pad.read_text(encoding="utf-8")

    tekst = _tekst(r.pdf_pad)
    platte = re.sub(r"\s+", " ", tekst)
    for verwacht in (
        "Uw gegevens bij het jeugdteam",
        "Zoë Łukasiewicz-Çelik",
        "111222333",
        "1 mei 2010",  # birth date
        "Dorpsstraat 12",
        "Dossier 2026-0901",
        "Dossier 2027-0100",
        "Anouk de Vries",  # the consulent
        "Huisbezoek",  # contact moments with notes
        "Verklarende analyse",
        "Zoë gaat weer elke dag naar school",  # a goal
        "Familiegroepsplan",
        "Perspectiefplan",
        "Hulp en toewijzingen",
        "Levenskracht",
        "Wie heeft dit dossier ingezien of gewijzigd?",
        "Gegevens ingelezen",  # the import is in the access log
        "pagina 1 van",
    ):
        assert verwacht in platte, verwacht
    # Another family's data never shows.
    assert "Kees" not in platte
    meta = PdfReader(r.pdf_pad).metadata
    assert "Zoë" not in (meta.title or "") and "Łukasiewicz" not in (meta.subject or "")


def test_json_leest_elders_weer_in(dossiers, uit, tmp_path):
    r = inzage(dossiers["r.hendriks"], bsn="111222333", doel_map=uit, vandaag=VANDAAG)
    elders = open_database(tmp_path / "elders.db")
    try:
        doc = uitwisseling.lees_json(r.json_pad)
        uit = uitwisseling.importeer(elders, doc)
        assert uit.nieuw == 2
        assert (
            uitwisseling.exporteer(elders, ["2026-0901", "2027-0100"])["casussen"]
            == doc["casussen"]
        )
    finally:
        elders.sluit()


def test_inzage_op_casus_en_persoon_neemt_ook_andere_casussen_met_het_bsn_mee(dossiers, uit):
    r = inzage(
        dossiers["a.devries"],
        casusnummer="2026-0901",
        persoon_ref="p1",
        doel_map=uit,
        vandaag=VANDAAG,
    )
    assert r.casusnummers == ["2026-0901", "2027-0100"]
    # A person without BSN: only that case. The mother is in her daughter's file only.
    r = inzage(
        dossiers["a.devries"],
        casusnummer="2026-0901",
        persoon_ref="p2",
        doel_map=uit,
        vandaag=VANDAAG,
    )
    assert r.casusnummers == ["2026-0901"]
    assert r.pdf_pad.name == "inzage-2026-11-23-2026-0901.pdf"
    tekst = re.sub(r"\s+", " ", _tekst(r.pdf_pad))
    assert "Over Marieke Jansen" in tekst
    assert "06-12345678" in tekst  # her own phone number
    assert "Zoë Łukasiewicz-Çelik – Jeugdige" in tekst  # others: name and role only


def test_inzage_wordt_gelogd_en_geweigerd_zonder_toegang(dossiers, db, uit):
    with pytest.raises(GeenToegang):
        inzage(dossiers["b.yilmaz"], bsn="111222333", doel_map=uit, vandaag=VANDAAG)
    assert list(uit.iterdir()) == []
    inzage(dossiers["r.hendriks"], bsn="111222333", doel_map=uit, vandaag=VANDAAG)
    from sqlalchemy import text

    with db.engine.connect() as conn:
        rijen = conn.execute(
            text("SELECT gebruiker, actie, casusnummer FROM logboek WHERE actie = 'export'")
        ).all()
    assert ("r.hendriks", "export", "2026-0901") in rijen
    assert ("r.hendriks", "export", "2027-0100") in rijen


def test_fouten_in_het_nederlands(dossiers, uit):
    c = dossiers["r.hendriks"]
    with pytest.raises(Validatiefout, match="BSN 123456789 klopt niet"):
        inzage(c, bsn="123456789", doel_map=uit)
    with pytest.raises(NietGevonden, match="geen dossier"):
        inzage(c, bsn="999999990", doel_map=uit)
    with pytest.raises(NietGevonden, match="geen persoon 'p9'.*p1, p2"):
        inzage(c, casusnummer="2026-0901", persoon_ref="p9", doel_map=uit)
    with pytest.raises(NietGevonden, match="Casus 2099-0001 bestaat niet"):
        inzage(c, casusnummer="2099-0001", doel_map=uit)
    with pytest.raises(Fout, match="bestaat niet"):
        inzage(c, bsn="111222333", doel_map=uit / "nergens")
    with pytest.raises(Fout, match="één van beide"):
        inzage(c, bsn="111222333", casusnummer="2026-0901", doel_map=uit)


def test_geen_bestaand_bestand_overschreven(dossiers, uit):
    eerste = inzage(dossiers["r.hendriks"], casusnummer="2026-0500", doel_map=uit)
    tweede = inzage(dossiers["r.hendriks"], casusnummer="2026-0500", doel_map=uit)
    assert eerste.json_pad != tweede.json_pad and tweede.json_pad.stem.endswith("-2")
    assert tweede.pdf_pad.stem == tweede.json_pad.stem


def test_casussen_module_blijft_ongemoeid(dossiers):
    # The inzage reads; the case list is unchanged.
    assert len(casuslijst.casuslijst(dossiers["r.hendriks"])) == 3
