"""`jeugdloket export toewijzingen` as a subprocess: the back-office workbook, consent, filters,
exit codes and Dutch messages."""

import json
import os
from datetime import datetime

import clivork
from openpyxl import load_workbook

TOEWIJZING = {
    "jeugdige": "p1",
    "aanbieder_agb": "12345678",
    "aanbieder": "De Vlinder Jeugdhulp",
    "productcategorie": "45",
    "productcode": "45A12",
    "product": "Sociale vaardigheidstraining",
    "segment": 4,
    "status": "gestart",
    "aanvraagdatum": "2026-10-26",
    "ingangsdatum": "2026-11-02",
    "einddatum": "2027-05-31",
    "volume": 2,
    "eenheid": "04",
    "frequentie": "2",
    "verwijzer": "02",
    "toestemming_op": "2026-10-26T11:00:00",
    "toestemming_toelichting": "Moeder, aan de keukentafel",
}
DOC = {
    "formaat": "jeugdloket-casussen",
    "versie": 1,
    "casussen": [
        {
            "casusnummer": "2026-0042",
            "gemeente": "Westervoort",
            "aanmelddatum": "2026-10-16T09:30:00",
            "personen": [
                {
                    "id": "p1",
                    "rol": "jeugdige",
                    "voornaam": "Zoë",
                    "achternaam": "Łukasiewicz-Çelik",
                    "geboortedatum": "2012-05-01",
                    "bsn": "012345672",
                }
            ],
            "toewijzingen": [
                TOEWIJZING,
                {  # no consent recorded
                    "jeugdige": "p1",
                    "aanbieder_agb": "87654321",
                    "productcategorie": "54",
                    "status": "aangevraagd",
                    "aanvraagdatum": "2026-11-10",
                    "budget": 125000,
                    "einddatum": "2027-01-31",
                },
            ],
        }
    ],
}


def jl(*args, db=None):
    omgeving = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    omgeving.pop("JEUGDLOKET_DB", None)
    cmd = [*args] + (["--db", str(db)] if db else [])
    return clivork.jeugdloket(cmd, env=omgeving, timeout=120)


def _database(tmp_path):
    bron = tmp_path / "in.json"
    bron.write_text(json.dumps(DOC, ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "j.db"
    r = jl("import", "casussen", str(bron), db=db)
    assert r.returncode == 0, r.stderr
    return db


def _rijen(pad):
    ws = load_workbook(pad)["Toewijzingen"]
    kop = [c.value for c in ws[1]]
    return [dict(zip(kop, r, strict=True)) for r in ws.iter_rows(min_row=2, values_only=True)]


def test_export_toewijzingen_voor_de_backoffice(cli, tmp_path):
    """As the coördinator, on both engines (on the team register: as their own login)."""
    bron = tmp_path / "in.json"
    bron.write_text(json.dumps(DOC, ensure_ascii=False), encoding="utf-8")
    r = cli.jl("import", "casussen", str(bron), als="r.hendriks")
    assert r.returncode == 0, r.stderr
    uit = tmp_path / "backoffice.xlsx"
    r = cli.jl("export", "toewijzingen", "-o", str(uit), als="r.hendriks")
    assert r.returncode == 0, r.stderr
    assert "1 toewijzingen geschreven" in r.stdout
    assert "1 toewijzing zonder vastgelegde toestemming" in r.stderr
    (rij,) = _rijen(uit)
    assert rij["BSN"] == "012345672"  # text: the leading zero stays
    assert rij["Geboortedatum"] == datetime(2012, 5, 1)
    assert rij["Naam jeugdige"] == "Zoë Łukasiewicz-Çelik"
    assert (rij["Productcode"], rij["Aanbieder"], rij["Status"]) == (
        "45A12",
        "De Vlinder Jeugdhulp",
        "Gestart",
    )
    assert (rij["Eenheid"], rij["Omschrijving eenheid"]) == ("04", "Uur")
    assert rij["Toestemming gegeven door / hoe"] == "Moeder, aan de keukentafel"

    r = cli.jl(
        "export", "toewijzingen", "-o", str(uit), "--ook-zonder-toestemming", als="r.hendriks"
    )
    assert r.returncode == 0, r.stderr
    assert [x["Status"] for x in _rijen(uit)] == ["Gestart", "Aangevraagd"]
    assert "toestemming" not in r.stderr

    r = cli.jl("export", "toewijzingen", "-o", str(uit), "--status", "aangevraagd",
               "--ook-zonder-toestemming", "--vanaf", "2026-11-01", als="r.hendriks")  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert [x["AGB-code aanbieder"] for x in _rijen(uit)] == ["87654321"]
    r = cli.jl("export", "toewijzingen", "-o", str(uit), "--vanaf", "01-12-2026", als="r.hendriks")
    assert r.returncode == 0 and _rijen(uit) == []
    assert "0 toewijzingen geschreven" in r.stdout

    # The beheerder keeps the catalogue, not the cases: no toewijzingen either.
    r = cli.jl("export", "toewijzingen", "-o", str(uit), als="k.bakker")
    assert r.returncode == 1 and "beheerder" in r.stderr and "Traceback" not in r.stderr


def test_verkeerd_gebruik_en_geweigerd(tmp_path):
    db = _database(tmp_path)
    for args, code, tekst in (
        (["export", "toewijzingen"], 2, "ontbreken"),
        (["export", "toewijzingen", "-o", "x.xlsx", "--status", "klaar"], 2, "kies uit"),
        (["export", "toewijzingen", "-o", "x.xlsx", "--vanaf", "2026-13-01"], 2, "bestaat niet"),
        (["export", "toewijzingen", "-o", "x.xlsx", "--vanaf", "morgen"], 2, "geen datum"),
        (["export", "toewijzingen", "-o", str(tmp_path / "x.csv")], 1, ".xlsx"),
        (["export", "toewijzingen", "-o", str(tmp_path / "geen" / "x.xlsx")], 1, "bestaat niet"),
    ):
        r = jl(*args, db=db)
        assert r.returncode == code, (args, r.stderr)
        assert tekst in r.stderr, (args, r.stderr)
        assert "Traceback" not in r.stderr
    assert not (tmp_path / "x.csv").exists()
