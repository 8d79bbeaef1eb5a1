"""The scripted day (issue 14, item 5): two laptops (two werkkopieën of Anouk) and the office
edit the same three cases – different fields, the same field, a contact moment on every side, a
person deleted on one laptop and renamed on the other – and the laptops sync in either order,
with the office's later edits before both syncs or between them.

Whatever the order: every field and row that is not in conflict ends the same, the open
conflicts are the same (case, field and the set of values), and once a person has chosen the
same value for each conflict the registers are identical. Each variant builds its own fresh
register; all are compared with the reference order, played once per module."""

import uuid
from datetime import datetime

import pytest
from teamhulp import WACHTWOORD
from werkkopiehulp import (
    SLEUTEL,
    nieuwe_casus,
    open_laptop,
    register_stand,
    team_logins,
)

from jeugdloket.db import open_database
from jeugdloket.services import casussen, conflicten, logboek, synchronisatie, werkkopie
from jeugdloket.services import werkkopie_rijen as wr

# (first laptop, second laptop, office's later edits "voor" both syncs or "tussen" them)
VOLGORDES = [("L1", "L2", "voor"), ("L2", "L1", "voor"), ("L1", "L2", "tussen"),
             ("L2", "L1", "tussen")]  # fmt: skip
REFERENTIE = VOLGORDES[0]


def _moment(dag: int, uur: int) -> datetime:
    return datetime(2026, 11, dag, uur, 0)


def speel_dag(pg_url: str, map_, eerste: str, tweede: str, kantoor: str) -> dict:
    """Play the day on a fresh register; returns the normalised states along the way."""
    with team_logins(pg_url) as team:
        a, r = team["a.devries"], team["r.hendriks"]
        k = {n: nieuwe_casus(a, hulpvraag=f"Vraag {n}") for n in ("K1", "K2", "K3")}
        p1 = casussen.voeg_persoon_toe(
            a, k["K1"].id, {"rol": "jeugdige", "voornaam": "Zoë", "achternaam": "Jansen"}
        )
        p3 = casussen.voeg_persoon_toe(
            a, k["K3"].id, {"rol": "jeugdige", "voornaam": "Daan", "achternaam": "Smit"}
        )
        casussen.voeg_persoon_toe(
            a, k["K3"].id, {"rol": "ouder", "voornaam": "Eva", "achternaam": "Smit"}
        )
        pad = {n: map_ / f"{n}.db" for n in ("L1", "L2")}
        for n in pad:
            werkkopie.maak(a, pad[n], WACHTWOORD, SLEUTEL)
        id_ = {n: d.id for n, d in k.items()}

        def contact(db, n, notitie, moment, soort="telefonisch"):
            casussen.voeg_contactmoment_toe(db, id_[n], moment, soort, notitie)

        # Laptop 1: K1 hulpvraag and Zoë's surname, K2 hulpvraag, K3 the same hulpvraag as
        # laptop 2, Daan deleted; a contact moment in K2 and K3.
        l1 = open_laptop(pad["L1"])
        casussen.wijzig_casus(l1, id_["K1"], {"hulpvraag": "K1 van laptop 1"})
        casussen.wijzig_persoon(l1, p1.id, {"achternaam": "Jansen-Een"})
        casussen.wijzig_casus(l1, id_["K2"], {"hulpvraag": "K2 van laptop 1"})
        casussen.wijzig_casus(l1, id_["K3"], {"hulpvraag": "Zelfde op beide"})
        casussen.verwijder_persoon(l1, p3.id)
        contact(l1, "K2", "L1 in K2", _moment(18, 10))
        contact(l1, "K3", "L1 in K3", _moment(19, 10), "huisbezoek")
        # Laptop 2: K1 verwijzer and Zoë's surname, K2 hulpvraag, K3 hulpvraag (same value),
        # Daan renamed, a new person in K1; a contact moment in K2 and K3.
        l2 = open_laptop(pad["L2"])
        casussen.wijzig_casus(l2, id_["K1"], {"verwijzer": "02"})
        casussen.wijzig_persoon(l2, p1.id, {"achternaam": "Jansen-Twee"})
        casussen.voeg_persoon_toe(
            l2, id_["K1"], {"rol": "ouder", "voornaam": "Noor", "achternaam": "Jansen"}
        )
        casussen.wijzig_casus(l2, id_["K2"], {"hulpvraag": "K2 van laptop 2"})
        casussen.wijzig_casus(l2, id_["K3"], {"hulpvraag": "Zelfde op beide"})
        casussen.wijzig_persoon(l2, p3.id, {"achternaam": "Smit-Twee"})
        contact(l2, "K2", "L2 in K2", _moment(18, 14))
        contact(l2, "K3", "L2 in K3", _moment(19, 15), "huisbezoek")
        # The office, in the morning: K1 gemeente, K2 hulpvraag and a contact moment.
        casussen.wijzig_casus(r, id_["K1"], {"gemeente": "Zevenaar"})
        casussen.wijzig_casus(r, id_["K2"], {"hulpvraag": "K2 van kantoor"})
        contact(r, "K2", "kantoor in K2", _moment(17, 9))

        def kantoor_later():  # fields and rows no laptop touched
            casussen.wijzig_casus(r, id_["K3"], {"gemeente": "Westervoort"})
            contact(r, "K1", "kantoor in K1", _moment(20, 11))

        laptops = {"L1": l1, "L2": l2}
        try:
            if kantoor == "voor":
                kantoor_later()
            synchronisatie.synchroniseer(laptops[eerste], a)
            if kantoor == "tussen":
                kantoor_later()
            synchronisatie.synchroniseer(laptops[tweede], a)
            na_sync = register_stand(pg_url)
            # A second round brings each laptop the other's work and changes nothing more.
            for n in (eerste, tweede):
                verslag = synchronisatie.synchroniseer(laptops[n], a)
                assert verslag.toegepast == 0, n
            assert register_stand(pg_url) == na_sync

            # Daan may be gone from the register until someone chooses: named here.
            labels = _labels(pg_url) | {str(p3.id): "<persoon Daan>"}
            uit = {"na_sync": na_sync, "ids": labels}
            _kies_overal_hetzelfde(r)
            assert conflicten.lijst(r) == []
            uit["na_keuze"] = register_stand(pg_url)
            for n in (eerste, tweede):
                assert synchronisatie.synchroniseer(laptops[n], a).conflicten == []
            assert register_stand(pg_url) == uit["na_keuze"]
            # The laptops hold what the register holds.
            for n, db in laptops.items():
                assert _case_rijen(db) == _case_rijen(a), n
            assert logboek.controleer(r).intact
        finally:
            l1.sluit()
            l2.sluit()
    return uit


def _case_rijen(db) -> dict:
    with db.engine.connect() as conn:
        ids = list(werkkopie_ids(conn))
        return {
            key: {k: v for k, v in rij.items() if k not in wr.BOEKHOUDING}
            for per in wr.lees_casussen(conn, ids).values()
            for key, rij in per.items()
        }


def werkkopie_ids(conn):
    from sqlalchemy import select

    from jeugdloket.models import Casus

    return conn.execute(select(Casus.__table__.c.id).order_by(Casus.__table__.c.id)).scalars()


def _labels(pg_url: str) -> dict[str, str]:
    """A name for every id that differs between two registers: cases by number, persons by
    first name, contact moments by their note, medewerkers by login."""
    from sqlalchemy import select

    from jeugdloket.models import Casus, Contactmoment, Medewerker, Persoon

    db = open_database(pg_url)
    try:
        with db.engine.connect() as conn:
            labels = {}
            for t, naam in (
                (Casus.__table__, "casusnummer"),
                (Persoon.__table__, "voornaam"),
                (Contactmoment.__table__, "notitie"),
                (Medewerker.__table__, "gebruikersnaam"),
            ):
                for i, n in conn.execute(select(t.c.id, t.c[naam])):
                    labels[str(i)] = f"<{t.name} {n}>"
    finally:
        db.sluit()
    return labels


def _vertaal(waarde, labels):
    if isinstance(waarde, dict):
        return {k: _vertaal(v, labels) for k, v in waarde.items() if k not in wr.BOEKHOUDING}
    if isinstance(waarde, str):
        if waarde in labels:
            return labels[waarde]
        try:
            uuid.UUID(waarde)
        except ValueError:
            return waarde
        return "<onbekend id>"  # a row no label covers: would differ between registers
    return waarde


def _tekst(waarde) -> str:
    return wr.tekst(waarde)


def normaal(stand: dict, labels: dict) -> dict:
    """Rows keyed by (table, label) with ids as labels; conflicts as a set of (case, table,
    row, field, {values}) – the base and who made them left out."""
    rijen = {(t, labels.get(k, k)): _vertaal(rij, labels) for (t, k), rij in stand["rijen"].items()}
    conflictset = set()
    for casus, tabel, rij, veld, _basis, mijn, hun in stand["conflicten"]:
        waarden = frozenset(_tekst(_vertaal(wr.lees_tekst(w), labels)) for w in (mijn, hun))
        conflictset.add((labels[casus], tabel, labels.get(rij, rij), veld, waarden))
    return {"rijen": rijen, "conflicten": conflictset}


def zonder_conflicten(n: dict) -> dict:
    """The rows with every conflicting field (or whole row) left out; a case's derived search
    text and names of youths follow its persons, so they go too when a person is in conflict."""
    weg_rij = {(t, r) for _, t, r, v, _ in n["conflicten"] if v == wr.ROW}
    weg_veld = {(t, r, v) for _, t, r, v, _ in n["conflicten"] if v != wr.ROW}
    persoon_geschil = {c for c, t, *_ in n["conflicten"] if t == "persoon"}
    uit = {}
    for (t, r), rij in n["rijen"].items():
        if (t, r) in weg_rij:
            continue
        rij = {v: w for v, w in rij.items() if (t, r, v) not in weg_veld}
        if t == "casus" and r in persoon_geschil:
            rij = {v: w for v, w in rij.items() if v not in ("zoektekst", "jeugdigen")}
        uit[(t, r)] = rij
    return uit


def verschil(hier: dict, daar: dict) -> list[tuple]:
    """(row, field, here, there) for every field that differs; a row on one side only whole."""
    uit = []
    for sleutel in sorted(set(hier) | set(daar), key=str):
        a, b = hier.get(sleutel), daar.get(sleutel)
        if a is None or b is None:
            if a != b:
                uit.append((sleutel, wr.ROW, a, b))
            continue
        uit += [
            (sleutel, v, a.get(v), b.get(v))
            for v in sorted(set(a) | set(b))
            if a.get(v) != b.get(v)
        ]
    return uit


def _kies_overal_hetzelfde(db) -> None:
    """The coördinator settles every conflict the same way in every variant: a field gets the
    highest of all values seen for it (in any of its conflicts), a row is kept."""
    open_ = conflicten.lijst(db)
    hoogste: dict[tuple, str] = {}
    for c in open_:
        if c.veld != wr.ROW:
            sleutel = (c.tabel, c.rij_id, c.veld)
            for w in (c.mijn, c.hun):
                if w is not None and w > hoogste.get(sleutel, ""):
                    hoogste[sleutel] = w
    for c in open_:
        if c.veld == wr.ROW:
            conflicten.kies(db, c.id, "mijn" if c.mijn is not None else "hun")
            continue
        gekozen = hoogste[(c.tabel, c.rij_id, c.veld)]
        if gekozen == c.mijn:
            conflicten.kies(db, c.id, "mijn")
        elif gekozen == c.hun:
            conflicten.kies(db, c.id, "hun")
        else:
            conflicten.kies(db, c.id, "eigen", gekozen)


@pytest.fixture(scope="module")
def referentie(pg_server, tmp_path_factory):
    """The reference order, played once on a register of its own."""
    from conftest import _migreer_sjabloon

    naam = pg_server.nieuwe_database(_migreer_sjabloon)
    try:
        uit = speel_dag(pg_server.url(naam), tmp_path_factory.mktemp("referentie"), *REFERENTIE)
    finally:
        pg_server.verwijder_database(naam)
    return uit


@pytest.mark.parametrize("volgorde", VOLGORDES, ids=["-".join(v) for v in VOLGORDES])
def test_de_volgorde_maakt_niet_uit(volgorde, pg_url, tmp_path, referentie):
    dag = speel_dag(pg_url, tmp_path, *volgorde)
    ref = normaal(referentie["na_sync"], referentie["ids"])
    hier = normaal(dag["na_sync"], dag["ids"])

    # What the day must come to, spelled out (so a shared mistake of all orders shows too).
    k1, k2, k3 = (f"<casus 2026-000{i}>" for i in (1, 2, 3))
    een, drie = hier["rijen"][("casus", k1)], hier["rijen"][("casus", k3)]
    assert (een["hulpvraag"], een["gemeente"], een["verwijzer"]) == (
        "K1 van laptop 1", "Zevenaar", "02"
    )  # fmt: skip
    assert (drie["hulpvraag"], drie["gemeente"]) == ("Zelfde op beide", "Westervoort")
    notities = {r["notitie"] for (t, _), r in hier["rijen"].items() if t == "contactmoment"}
    assert notities == {"L1 in K2", "L2 in K2", "kantoor in K2", "L1 in K3", "L2 in K3",
                        "kantoor in K1"}  # fmt: skip
    assert ("persoon", "<persoon Noor>") in hier["rijen"]
    daan, zoe = "<persoon Daan>", "<persoon Zoë>"
    assert {c[:4] for c in hier["conflicten"]} == {
        (k1, "persoon", zoe, "achternaam"),
        (k3, "persoon", daan, wr.ROW),
        (k2, "casus", k2, "hulpvraag"),
        (k2, "casus", k2, "eerste_contact"),
        (k3, "casus", k3, "eerste_contact"),
    }
    waarden = {(r, v): w for _, _, r, v, w in hier["conflicten"] if v == "hulpvraag"}
    assert len([c for c in hier["conflicten"] if c[3] == "hulpvraag"]) == 2
    assert {_tekst("K2 van kantoor")} < next(iter(waarden.values()))

    # Whatever the order: the same conflicts, the same everything else.
    assert hier["conflicten"] == ref["conflicten"]
    assert verschil(zonder_conflicten(hier), zonder_conflicten(ref)) == []
    # After the same choices: the same register, row by row and field by field.
    na = normaal(dag["na_keuze"], dag["ids"])
    assert na["conflicten"] == set()
    assert verschil(na["rijen"], normaal(referentie["na_keuze"], referentie["ids"])["rijen"]) == []
    assert na["rijen"][("casus", "<casus 2026-0002>")]["hulpvraag"] == "K2 van laptop 2"
    assert na["rijen"][("persoon", zoe)]["achternaam"] == "Jansen-Twee"
    assert na["rijen"][("persoon", daan)]["achternaam"] == "Smit-Twee"
