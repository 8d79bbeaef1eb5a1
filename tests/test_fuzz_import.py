"""The importers fuzzed (hypothesis): whatever arrives, never a crash, always a Dutch message
that says where, and the database unchanged after a refusal.

The JSON importer gets a complete, valid example case with random mutations (a value replaced
by any JSON value, a key removed or added, a list emptied or doubled) and wholly random JSON;
the Excel importer gets the case template with random values in random cells.
"""

import copy
import json
import tempfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jeugdloket.db import open_database
from jeugdloket.fouten import ImportFout
from jeugdloket.paden import RESOURCES
from jeugdloket.rapporten.excel_casussen import BLADEN, lees_werkboek, schrijf_sjabloon
from jeugdloket.services import medewerkers, uitwisseling

VOORBEELD = json.loads((RESOURCES / "voorbeelden" / "casus-met-analyse.json").read_text("utf-8"))
VANDAAG = date(2026, 11, 23)

json_waarde = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**12), max_value=10**12)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30)
    | st.sampled_from(
        ["2026-02-30", "31-12-2026", "p1", "f1", "d1", "", " ", "45", "02", "x" * 500]
    ),
    lambda kind: (
        st.lists(kind, max_size=4) | st.dictionaries(st.text(max_size=8), kind, max_size=4)
    ),
    max_leaves=12,
)


def _paden(obj, pad=()):
    """Every path into the document (to mutate one spot)."""
    yield pad
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from _paden(v, (*pad, k))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _paden(v, (*pad, i))


ALLE_PADEN = [p for p in _paden(VOORBEELD) if p]


def _pas_toe(doc, pad, actie, waarde):
    ouder = doc
    for stap in pad[:-1]:
        ouder = ouder[stap]
    laatste = pad[-1]
    if actie == "vervang":
        ouder[laatste] = waarde
    elif actie == "verwijder":
        del ouder[laatste]  # works for dict keys and list indexes alike
    elif actie == "voeg_toe" and isinstance(ouder, dict):
        ouder[f"onbekend_{laatste}"] = waarde
    elif actie == "verdubbel" and isinstance(ouder[laatste], list):
        ouder[laatste] = ouder[laatste] * 2
    elif actie == "leeg" and isinstance(ouder[laatste], (list, dict)):
        ouder[laatste] = type(ouder[laatste])()


mutatie = st.tuples(
    st.sampled_from(ALLE_PADEN),
    st.sampled_from(
        ["vervang", "vervang", "vervang", "verwijder", "voeg_toe", "verdubbel", "leeg"]
    ),
    json_waarde,
)


class _Bank:
    """One database for all examples (hypothesis runs hundreds): filled with the example case,
    so a refused import must leave that case exactly as it was."""

    def __init__(self) -> None:
        self.map = tempfile.TemporaryDirectory()
        self.db = open_database(Path(self.map.name) / "fuzz.db", gebruiker="a.devries")
        medewerkers.maak_medewerker(self.db, "a.devries", "Anouk de Vries", "consulent")
        uitwisseling.importeer(self.db, copy.deepcopy(VOORBEELD), vandaag=VANDAAG)

    def stand(self) -> str:
        return json.dumps(uitwisseling.exporteer(self.db), sort_keys=True, default=str)


_BANK: _Bank | None = None


def bank() -> _Bank:
    global _BANK
    if _BANK is None:
        _BANK = _Bank()
    return _BANK


def _importeer_of_weiger(doc) -> None:
    b = bank()
    voor = b.stand()
    try:
        uitwisseling.importeer(b.db, doc, vandaag=VANDAAG)
    except ImportFout as e:
        assert e.meldingen, "a refusal without a message"
        for melding in e.meldingen:
            assert isinstance(melding, str) and melding.strip()
            assert "Traceback" not in melding
        assert b.stand() == voor, "a refused import changed the database"
        return
    # Accepted: then it really is valid – exporting and importing it again changes nothing.
    na = b.stand()
    uitwisseling.importeer(b.db, uitwisseling.exporteer(b.db), vandaag=VANDAAG)
    assert b.stand() == na
    # Put the example back for the next example.
    uitwisseling.importeer(b.db, copy.deepcopy(VOORBEELD), vandaag=VANDAAG)


FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,  # the same examples on every run: CI never turns red by chance
)


@FUZZ
@given(st.lists(mutatie, min_size=1, max_size=4))
def test_json_import_met_mutaties(mutaties):
    doc = copy.deepcopy(VOORBEELD)
    for pad, actie, waarde in mutaties:
        try:
            _pas_toe(doc, pad, actie, copy.deepcopy(waarde))
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed or replaced this spot
    _importeer_of_weiger(doc)


@settings(FUZZ, max_examples=60)
@given(json_waarde)
def test_json_import_met_willekeurige_inhoud(doc):
    _importeer_of_weiger(doc)


@settings(FUZZ, max_examples=60)
@given(st.dictionaries(st.sampled_from(sorted(VOORBEELD["casussen"][0])), json_waarde, max_size=6))
def test_json_import_casus_met_willekeurige_velden(velden):
    doc = copy.deepcopy(VOORBEELD)
    doc["casussen"][0].update(velden)
    _importeer_of_weiger(doc)


celwaarde = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**9), max_value=10**9),
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e9, max_value=1e9),
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=20
    ),  # openpyxl refuses control characters in cells
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)).map(
        lambda d: datetime(d.year, d.month, d.day)
    ),
    st.sampled_from(["2026-0101", "p1", "f1", "d1", "jeugdige", "45", "02", "ja", "16-11-2026"]),
)
cel = st.tuples(
    st.sampled_from(sorted(BLADEN)),
    st.integers(min_value=1, max_value=4),  # row 1 is the header: also fuzzed
    st.integers(min_value=1, max_value=20),
    celwaarde,
)

_SJABLOON: Path | None = None


@settings(FUZZ, max_examples=50)
@given(st.lists(cel, min_size=1, max_size=12))
def test_excel_import_met_willekeurige_cellen(tmp_path_factory, cellen):
    global _SJABLOON
    if _SJABLOON is None:
        _SJABLOON = schrijf_sjabloon(tmp_path_factory.mktemp("sjabloon") / "casussen.xlsx")
    wb = openpyxl.load_workbook(_SJABLOON)
    # A plausible start: one case, so references have something to point at.
    wb["Casussen"].append(["2026-0101", "Duiven", None, datetime(2026, 11, 2, 9, 0)])
    wb["Personen"].append(["2026-0101", "p1", "jeugdige"])
    for blad, rij, kolom, waarde in cellen:
        wb[blad].cell(rij, kolom, waarde)
    pad = tmp_path_factory.mktemp("fuzz") / "ingevuld.xlsx"
    wb.save(pad)
    b = bank()
    voor = b.stand()
    try:
        doc, _meldingen = lees_werkboek(pad)
        uitwisseling.importeer(b.db, doc, vandaag=VANDAAG)
    except ImportFout as e:
        assert e.meldingen and all(isinstance(m, str) and m.strip() for m in e.meldingen)
        assert b.stand() == voor
        return
    # Accepted: the example case is still there (other case numbers are added, not replacing).
    assert any(
        c["casusnummer"] == VOORBEELD["casussen"][0]["casusnummer"]
        for c in json.loads(b.stand())["casussen"]
    )
