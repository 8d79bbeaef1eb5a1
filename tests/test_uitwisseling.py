"""The exchange format at service level: rules, all-or-nothing, idempotence, round trip."""

import copy
import json
from datetime import date

import pytest

from jeugdloket.db import Database
from jeugdloket.fouten import ImportFout, NietGevonden
from jeugdloket.services import casuslijst, casussen, medewerkers
from jeugdloket.services.uitwisseling import (
    exporteer,
    importeer,
    lees_json,
    schrijf_json,
)
from jeugdloket.services.uitwisseling_controle import controleer

pytestmark = pytest.mark.beide_engines

VANDAAG = date(2026, 11, 23)


def document() -> dict:
    return {
        "formaat": "jeugdloket-casussen",
        "versie": 1,
        "medewerkers": [
            {"gebruikersnaam": "a.devries", "naam": "Anouk de Vries", "rol": "consulent"}
        ],
        "casussen": [
            {
                "casusnummer": "2026-0042",
                "gemeente": "Westervoort",
                "consulent": "a.devries",
                "aanmelddatum": "2026-11-16T09:30:00",
                "eerste_contact": "2026-11-18T10:00:00",
                "verwijzer": "02",
                "hulpvraag": "Zorgen over somberheid en schoolverzuim van Zoë.",
                "soort_vraag": "enkelvoudig",
                "kader": "vrijwillig",
                "personen": [
                    {
                        "id": "p1",
                        "rol": "jeugdige",
                        "voornaam": "Zoë",
                        "achternaam": "Łukasiewicz-Çelik",
                        "geboortedatum": "2010-05-01",
                        "bsn": "111222333",
                        "geslacht": "2",
                    },
                    {
                        "id": "p2",
                        "rol": "ouder",
                        "voornaam": "Marieke",
                        "achternaam": "Jansen",
                        "gezag": True,
                    },
                    {"id": "p3", "rol": "netwerk", "voornaam": "Henk", "relatie": "17"},
                ],
                "levenskracht": {
                    "metgezel": "p2",
                    "leefgebieden": [
                        {"leefgebied": "school_en_werk", "score_inwoner": 4, "score_metgezel": 7}
                    ],
                },
                "verklarende_analyse": {
                    "afgerond_op": "2026-11-25",
                    "factoren": [
                        {"id": "f1", "type": "instandhoudend", "niveau": "gezin"},
                        {"id": "f2", "type": "beschermend", "niveau": "omgeving"},
                    ],
                    "samenhang": [{"van": "f1", "naar": "f2", "toelichting": "…"}],
                    "doelen": [
                        {
                            "id": "d1",
                            "prioriteit": 1,
                            "omschrijving": "Zoë gaat weer naar school",
                            "factoren": ["f1"],
                            "acties": [
                                {"wie": "p2", "wat": "Belt school", "wanneer": "2026-12-15"}
                            ],
                        }
                    ],
                },
                "familiegroepsplan": {
                    "aangeboden_op": "2026-11-18",
                    "status": "opgesteld",
                    "deelnemers": ["p2", "p3"],
                    "wat_doet_ons_netwerk": [
                        {"wie": "p3", "wat": "Haalt op", "wanneer": "na de zomer"}
                    ],
                },
                "perspectiefplannen": [
                    {
                        "jeugdige": "p1",
                        "gebieden": [{"gebied": "wonen", "acties": [{"wie": "p1", "wat": "…"}]}],
                        "betrokkenen": ["school"],
                    }
                ],
                "toewijzingen": [
                    {
                        "jeugdige": "p1",
                        "aanbieder_agb": "12345678",
                        "productcategorie": "45",
                        "productcode": "45A12",
                        "segment": 4,
                        "status": "gestart",
                        "aanvraagdatum": "2026-11-26",
                        "ingangsdatum": "2026-12-01",
                        "einddatum": "2027-05-31",
                        "volume": 2,
                        "eenheid": "04",
                        "frequentie": "2",
                        "doel": "d1",
                    }
                ],
                "contactmomenten": [
                    {
                        "datum": "2026-11-18T10:00:00",
                        "soort": "huisbezoek",
                        "notitie": "Kennismaking",
                    }
                ],
            }
        ],
    }


def meldingen(doc: dict) -> list[str]:
    return controleer(doc, VANDAAG)[2]


def test_het_voorbeelddocument_is_geldig():
    assert meldingen(document()) == []


def casus(doc):
    return doc["casussen"][0]


def toewijzing(doc):
    return casus(doc)["toewijzingen"][0]


@pytest.mark.parametrize(
    ("wijzig", "verwacht"),
    [
        (lambda d: casus(d)["personen"][0].update(bsn="123456789"), "persoon p1: BSN"),
        (lambda d: casus(d)["personen"][0].update(bsn="12345"), "9 cijfers"),
        (lambda d: casus(d)["personen"][0].update(geboortedatum="2027-01-01"), "toekomst"),
        (lambda d: casus(d)["personen"][0].update(geboortedatum="2010-02-30"), "bestaat niet"),
        (lambda d: casus(d)["personen"][0].update(geslacht="7"), "COD046"),
        (lambda d: casus(d)["personen"][2].update(relatie="99"), "COD472"),
        (lambda d: casus(d)["personen"][1].update(gezag="ja"), "gezag moet true of false"),
        (lambda d: casus(d)["personen"][1].update(rol="oom"), "rol 'oom'"),
        (lambda d: casus(d)["personen"][1].pop("rol"), "persoon p2: rol ontbreekt"),
        (lambda d: casus(d)["personen"][1].update(id="p1"), "twee keer"),
        (lambda d: casus(d).update(verwijzer="99"), "Verwijzer: '99' is geen code uit COD327"),
        (lambda d: casus(d).update(verwijzer=2), "verwijzer moet tekst zijn"),
        (lambda d: casus(d).update(kader="streng"), "Kader"),
        (lambda d: casus(d).update(casusnummer="42"), "JJJJ-NNNN"),
        (lambda d: casus(d).pop("gemeente"), "gemeente ontbreekt"),
        (lambda d: casus(d).pop("aanmelddatum"), "aanmelddatum ontbreekt"),
        (lambda d: casus(d).update(aanmelddatum="16-11-2026"), "JJJJ-MM-DD"),
        (lambda d: casus(d).update(eerste_contact="2026-11-15T10:00:00"), "Eerste contact"),
        (lambda d: casus(d).update(afgesloten_op="2026-11-01"), "Afgesloten op"),
        (lambda d: casus(d)["contactmomenten"][0].update(soort="brief"), "contactmoment 1: soort"),
        (lambda d: casus(d)["levenskracht"].update(metgezel="p7"), "metgezel 'p7'"),
        (
            lambda d: casus(d)["levenskracht"]["leefgebieden"][0].update(leefgebied="hobby"),
            "'hobby' is geen leefgebied",
        ),
        (
            lambda d: casus(d)["levenskracht"]["leefgebieden"][0].update(score_inwoner=11),
            "score_inwoner 11",
        ),
        (
            lambda d: casus(d)["levenskracht"]["leefgebieden"][0].update(score_metgezel=6.5),
            "geheel getal",
        ),
        (
            lambda d: casus(d)["verklarende_analyse"]["factoren"][0].update(type="oorzaak"),
            "factor f1: type 'oorzaak'",
        ),
        (
            lambda d: casus(d)["verklarende_analyse"]["samenhang"][0].update(naar="f9"),
            "naar 'f9'",
        ),
        (
            lambda d: casus(d)["verklarende_analyse"]["doelen"][0].update(factoren=["f3"]),
            "factoren 'f3'",
        ),
        (
            lambda d: casus(d)["verklarende_analyse"]["doelen"][0]["acties"][0].update(wie="p8"),
            "wie 'p8'",
        ),
        (
            lambda d: casus(d)["verklarende_analyse"]["doelen"].extend(
                {"id": f"d{i}", "prioriteit": 2} for i in range(2, 7)
            ),
            "hoogstens 5",
        ),
        (
            lambda d: casus(d)["verklarende_analyse"].update(afgerond_op="2026-13-01"),
            "afgerond_op",
        ),
        (lambda d: casus(d)["familiegroepsplan"].update(status="misschien"), "status 'misschien'"),
        (lambda d: casus(d)["familiegroepsplan"].update(deelnemers=["p5"]), "deelnemers 'p5'"),
        (lambda d: casus(d)["perspectiefplannen"][0].update(jeugdige="p2"), "rol ouder"),
        (
            lambda d: casus(d)["perspectiefplannen"][0]["gebieden"][0].update(gebied="school"),
            "gebied 'school'",
        ),
        (lambda d: toewijzing(d).update(jeugdige="p9"), "(jeugdige): Jeugdige 'p9'"),
        (lambda d: toewijzing(d).pop("status"), "(status): Status ontbreekt"),
        (lambda d: toewijzing(d).pop("aanvraagdatum"), "(aanvraagdatum): Aanvraagdatum ontbreekt"),
        (lambda d: toewijzing(d).update(productcategorie="99"), "JZ020"),
        (lambda d: toewijzing(d).update(segment=6), "(segment): Segment 6"),
        (lambda d: toewijzing(d).update(einddatum="2026-11-30"), "vóór de ingangsdatum"),
        (lambda d: toewijzing(d).update(doel="d4"), "(doel): Doel 'd4'"),
        (lambda d: toewijzing(d).update(aanbieder_agb="1234"), "8 cijfers"),
        (lambda d: toewijzing(d).update(eenheid="77"), "WJ756"),
        (lambda d: toewijzing(d).update(frequentie="3"), "WMO757"),
        (lambda d: toewijzing(d).update(reden_beeindiging="77"), "JZ588"),
        # iJw rules
        (
            lambda d: [toewijzing(d).pop(k) for k in ("volume", "eenheid", "frequentie")],
            "CD041",
        ),
        (lambda d: toewijzing(d).update(budget=1500), "CD077"),
        (
            lambda d: (
                [toewijzing(d).pop(k) for k in ("volume", "eenheid", "frequentie", "einddatum")]
                + [toewijzing(d).pop("productcode"), toewijzing(d).update(budget=1500)]
            ),
            "CD075",
        ),
        (lambda d: toewijzing(d).pop("einddatum"), "CD076"),
        (lambda d: toewijzing(d).update(eenheid="14", frequentie="1"), "CS338"),
        (lambda d: toewijzing(d).pop("eenheid"), "(eenheid): Eenheid ontbreekt"),
        # keys the app adds to a toewijzing are checked too
        (lambda d: toewijzing(d).update(verwijzer="99"), "COD327"),
        (lambda d: toewijzing(d).update(reden_afwijzing="0"), "WJ759"),
        (lambda d: toewijzing(d).update(toestemming_op="gisteren"), "(toestemming_op)"),
    ],
)
def test_elke_regel_geeft_een_melding_met_casus_en_veld(wijzig, verwacht):
    doc = document()
    wijzig(doc)
    fouten = meldingen(doc)
    assert fouten, "het document had geweigerd moeten worden"
    assert all(f.startswith("Casus ") for f in fouten), fouten
    assert any(verwacht in f and "2026-0042" in f for f in fouten), fouten


def test_geldige_varianten_worden_geaccepteerd():
    doc = document()
    # A budget without product code, with an end date; eenheid 14 per week.
    t = toewijzing(doc)
    for k in ("productcode", "volume", "eenheid", "frequentie"):
        t.pop(k)
    t["budget"] = 125000
    casus(doc)["toewijzingen"].append(
        {
            "jeugdige": "p1",
            "productcategorie": "54",
            "status": "aangevraagd",
            "aanvraagdatum": "2026-11-20",
            "productcode": "54001",
            "volume": 2,
            "eenheid": "14",
            "frequentie": "4",
        }
    )
    # Optional keys may be null or absent; unknown keys are allowed.
    casus(doc)["hulpvraag"] = None
    casus(doc)["eigen_veld"] = {"bron": "Excel"}
    assert meldingen(doc) == []


def test_alle_problemen_tegelijk_gemeld():
    doc = document()
    casus(doc)["personen"][0]["bsn"] = "123456789"
    toewijzing(doc)["segment"] = 9
    doc["casussen"].append({"casusnummer": "2026-0042", "gemeente": "Duiven"})
    fouten = meldingen(doc)
    assert any("BSN" in f for f in fouten)
    assert any("Segment 9" in f for f in fouten)
    assert any("twee keer in het document" in f for f in fouten)
    assert any("aanmelddatum ontbreekt" in f for f in fouten)


@pytest.mark.parametrize(
    ("doc", "verwacht"),
    [
        ([], "JSON-object"),
        ({"formaat": "iets", "versie": 1, "casussen": []}, "formaat"),
        ({"formaat": "jeugdloket-casussen", "versie": 2, "casussen": []}, "versie 2"),
        ({"formaat": "jeugdloket-casussen", "versie": 1}, "casussen ontbreekt"),
        ({"formaat": "jeugdloket-casussen", "versie": 1, "casussen": {}}, "lijst"),
        ({"formaat": "jeugdloket-casussen", "versie": 1, "casussen": [3]}, "object"),
    ],
)
def test_documentvorm(doc, verwacht):
    fouten = meldingen(doc)
    assert any(verwacht in f for f in fouten), fouten


def test_import_is_alles_of_niets(db):
    doc = document()
    tweede = copy.deepcopy(casus(doc))
    tweede["casusnummer"] = "2026-0043"
    tweede["personen"][0]["bsn"] = "123456789"
    doc["casussen"].append(tweede)
    with pytest.raises(ImportFout) as e:
        importeer(db, doc, vandaag=VANDAAG)
    assert "Casus 2026-0043, persoon p1: BSN" in e.value.meldingen[0]
    assert casussen.aantal_casussen(db) == 0
    assert exporteer(db)["casussen"] == []


def test_import_export_rondreis_en_idempotent(db):
    doc = document()
    casus(doc)["eigen_veld"] = {"bron": "Excel"}
    casus(doc)["personen"][0]["schoolnaam"] = "Liemers College"
    r = importeer(db, doc, vandaag=VANDAAG)
    assert (r.nieuw, r.bijgewerkt, r.ongewijzigd) == (1, 0, 0)
    terug = exporteer(db)
    assert terug == doc  # unknown keys and the later modules' parts kept as they came

    cid = casussen.zoek_casusnummer(db, "2026-0042")
    versie = casussen.casus_detail(db, cid).version
    r = importeer(db, doc, vandaag=VANDAAG)
    assert (r.nieuw, r.bijgewerkt, r.ongewijzigd) == (0, 0, 1)
    assert casussen.aantal_casussen(db) == 1
    assert casussen.casus_detail(db, cid).version == versie  # nothing was rewritten


def test_tweede_import_werkt_bij(db):
    importeer(db, document(), vandaag=VANDAAG)
    cid = casussen.zoek_casusnummer(db, "2026-0042")
    p2 = next(p for p in casussen.casus_detail(db, cid).personen if p.ref == "p2")

    doc = document()
    c = casus(doc)
    c["gemeente"] = "Duiven"
    c["personen"][1]["achternaam"] = "Jansen-Bos"
    del c["personen"][2]  # p3 no longer in the case
    c["familiegroepsplan"]["deelnemers"] = ["p2"]
    c["familiegroepsplan"]["wat_doet_ons_netwerk"] = []
    c["personen"].append(
        {"id": "p4", "rol": "verzorger", "achternaam": "Bos", "postcode": "6921ab"}
    )
    c["contactmomenten"].append({"datum": "2026-11-20", "soort": "telefonisch"})
    r = importeer(db, doc, vandaag=VANDAAG)
    assert (r.nieuw, r.bijgewerkt) == (0, 1)

    detail = casussen.casus_detail(db, cid)
    assert detail.gemeente == "Duiven"
    assert [p.ref for p in detail.personen] == ["p1", "p2", "p4"]
    zelfde = next(p for p in detail.personen if p.ref == "p2")
    assert zelfde.id == p2.id and zelfde.achternaam == "Jansen-Bos"  # matched by id, not replaced
    assert next(p for p in detail.personen if p.ref == "p4").postcode == "6921 AB"
    assert len(detail.contactmomenten) == 2
    # The new name is found by the case list search.
    regels = casuslijst.casuslijst(db)
    assert [r.casusnummer for r in casuslijst.filter_casussen(regels, "jansen-bos")] == [
        "2026-0042"
    ]


def test_onbekende_consulent_wordt_aangemaakt(db):
    doc = document()
    doc["medewerkers"] = []
    casus(doc)["consulent"] = "k.bakker"
    casus(doc)["contactmomenten"][0]["medewerker"] = "l.mol"
    r = importeer(db, doc, vandaag=VANDAAG)
    assert r.medewerkers_aangemaakt == ["k.bakker", "l.mol"]
    assert medewerkers.zoek_medewerker(db, "k.bakker").rol == "consulent"
    # The case is k.bakker's now: a.devries may not read it back, the system check may.
    assert exporteer(db)["casussen"] == []
    uit = exporteer(Database(db.engine))
    assert [m["gebruikersnaam"] for m in uit["medewerkers"]] == ["k.bakker", "l.mol"]
    assert casus(uit)["contactmomenten"][0]["medewerker"] == "l.mol"


def test_bestaande_medewerker_houdt_zijn_rol(db):
    medewerkers.maak_medewerker(Database(db.engine), "r.hendriks", "René Hendriks", "coördinator")
    doc = document()
    doc["medewerkers"].append({"gebruikersnaam": "r.hendriks", "naam": "R.", "rol": "consulent"})
    casus(doc)["consulent"] = "r.hendriks"
    importeer(db, doc, vandaag=VANDAAG)
    assert medewerkers.zoek_medewerker(db, "r.hendriks").rol == "coördinator"


def test_status_volgt_de_geimporteerde_delen(db):
    importeer(db, document(), vandaag=VANDAAG)
    regel = casuslijst.casuslijst(db, vandaag=date(2026, 12, 2))[0]
    assert regel.status.label == "Hulp ingezet"


def test_export_van_een_casus_en_onbekende_casus(db):
    doc = document()
    tweede = {"casusnummer": "2025-0007", "gemeente": "Doesburg", "aanmelddatum": "2025-03-03"}
    doc["casussen"].append(tweede)
    importeer(db, doc, vandaag=VANDAAG)
    alle = exporteer(db)
    assert [c["casusnummer"] for c in alle["casussen"]] == ["2025-0007", "2026-0042"]
    een = exporteer(db, ["2025-0007"])
    assert een["casussen"] == [{**tweede, "personen": []}]
    assert een["medewerkers"] == []
    with pytest.raises(NietGevonden, match="2099-0001"):
        exporteer(db, ["2099-0001"])


def test_lees_json_meldingen(tmp_path):
    kapot = tmp_path / "kapot.json"
    kapot.write_text('{\n  "formaat": "jeugdloket-casussen",\n  "versie": 1,,\n}', encoding="utf-8")
    with pytest.raises(ImportFout, match="regel 3, kolom 15"):
        lees_json(kapot)
    dubbel = tmp_path / "dubbel.json"
    dubbel.write_text('{"versie": 1, "versie": 2}', encoding="utf-8")
    with pytest.raises(ImportFout, match="'versie' staat twee keer"):
        lees_json(dubbel)
    latin = tmp_path / "latin.json"
    latin.write_bytes('{"naam": "Zoë"}'.encode("latin-1"))
    with pytest.raises(ImportFout, match="UTF-8"):
        lees_json(latin)
    with pytest.raises(ImportFout, match="niet gevonden"):
        lees_json(tmp_path / "weg.json")
    bom = tmp_path / "bom.json"
    bom.write_bytes(b"\xef\xbb\xbf" + json.dumps(document()).encode())
    assert lees_json(bom) == document()


def test_schrijf_json_is_atomair(tmp_path):
    pad = tmp_path / "uit.json"
    pad.write_text("oud", encoding="utf-8")
    with pytest.raises(TypeError):
        schrijf_json({"niet": {1, 2}}, pad)  # a set is not JSON: fails half-way
    assert pad.read_text(encoding="utf-8") == "oud"
    assert list(tmp_path.iterdir()) == [pad]
    schrijf_json(document(), pad)
    assert json.loads(pad.read_text(encoding="utf-8")) == document()
