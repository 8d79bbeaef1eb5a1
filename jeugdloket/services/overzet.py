"""A single-user file moves into the team register (`jeugdloket team overzet BESTAND --db URL`).

Everything in one transaction on the register: every table's rows are copied with their own
primary keys (UUIDs) and case numbers, in the order of the foreign keys. Run again, it adds
only what is not there yet (nothing twice); anything that does not fit is a clash, listed in
Dutch, and then nothing at all is written:

- a row whose id is already in the register with the same content: already there, skipped;
  the same id with other content: a clash (naming the table, the case or id and the fields);
- a case number the register already has under another id: a clash;
- medewerkers are people, matched by gebruikersnaam: the register's account (and its id) is
  the one that counts, and every reference in the file (consulent, contactmoment, deling,
  ervaring) is mapped to it. A new medewerker becomes a row and a login without a password
  (`jeugdloket medewerker wachtwoord` sets it); app password hashes are never carried over;
- the catalogue is the team's shared reference: an aanbieder or product the register knows
  (by AGB code or productcode) is the register's, its contracts, waiting times and versions
  stay as the register has them; what the register lacks is added.

The access log. A file's chain starts at its own first entry, so its rows cannot be put after
the register's last entry as they are. The file's chain is checked first (a broken chain is
refused: nothing is moved). Then each of its entries is appended to the register's log as a
new entry – next volgnummer, chained to the register's previous hash – that keeps what the
entry says: the original moment, gebruiker, actie, case, werkplek and reden, so "wie heeft mijn
dossier ingezien" and the filters by medewerker or period keep working on the register; the
omschrijving gets "[overgezet uit BESTAND, regel N]" with the entry's number in the file. Last,
one summary entry by the administrator ("overzet van BESTAND: … logboekregels t/m hash H")
records the file's entry count and last hash: what was moved can be compared with the file's
own chain (`jeugdloket logboek controleer --db BESTAND` shows the same count and hash). A rerun
finds the summaries of earlier runs: entries up to a recorded hash are not appended again, only
the ones the file gained since.

Who: the server's administrator (superuser or member of jeugdloket_eigenaar), nobody else. For
an administrator who is not a superuser, the tables' FORCEd row security is lifted inside this
transaction only (as their owner) and put back before the commit: the move sees and writes
every row, everyone else's rules never change outside it.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, insert, select, text, tuple_, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlmodel import SQLModel

from jeugdloket import teamdb
from jeugdloket.db import Database, open_database, sqlite_pad_van
from jeugdloket.fouten import Fout
from jeugdloket.models import CatalogusStand, Logboekregel
from jeugdloket.regels.logboek import Actie, Ketencontrole, controleer_keten
from jeugdloket.services import keten, rechten
from jeugdloket.taal import vertaal

LOGBOEK = Logboekregel.__table__.name
# Not copied as rows: the log (see above) and the catalogue's change counter (counted up here).
NIET_ALS_RIJ = {LOGBOEK, CatalogusStand.__table__.name}
# Matched by this natural key; the register's row and id count, references are mapped to it.
KOPPEL = {"medewerker": "gebruikersnaam", "aanbieder": "agb", "product": "productcode"}
# The team's catalogue: where the register has its own row, the register's stays.
CATALOGUS = {"aanbieder", "product", "contract", "wachttijd", "ervaring", "catalogus_versie"}
CATALOGUS_INHOUD = {"aanbieder", "product", "contract"}

NAMEN = {
    "medewerker": "medewerkers",
    "casus": "casussen",
    "persoon": "personen",
    "contactmoment": "contactmomenten",
    "intake": "intakes",
    "leefgebied_score": "scores levenskracht",
    "netwerklid": "netwerkleden",
    "factor": "factoren",
    "samenhang": "samenhangen",
    "doel": "doelen",
    "doel_factor": "factoren bij doelen",
    "actie": "acties",
    "familiegroepsplan": "familiegroepsplannen",
    "perspectiefplan": "perspectiefplannen",
    "plan_versie": "vastgestelde planversies",
    "plan_export": "plan-PDF's",
    "toewijzing": "toewijzingen",
    "zoekkeuze": "zoekkeuzes",
    "casus_deling": "delingen en waarnemingen",
    "aanbieder": "aanbieders",
    "product": "producten",
    "contract": "contracten",
    "wachttijd": "wachttijden",
    "ervaring": "ervaringen",
    "catalogus_versie": "catalogusversies",
    "vernietigingsverzoek": "vernietigingsverzoeken",
    "vernietiging_telling": "vernietigingstellingen",
}

_SAMENVATTING = re.compile(r"(\d+) logboekregels t/m hash ([0-9a-f]{64})")


class Overzetbotsing(Fout):
    """The file does not fit the register; `meldingen` lists every clash, nothing was written."""

    def __init__(self, meldingen: list[str]):
        self.meldingen = meldingen
        super().__init__("\n".join(meldingen))


@dataclass(frozen=True, slots=True)
class Telling:
    tabel: str
    naam: str  # Dutch, plural
    overgezet: int
    aanwezig: int


@dataclass
class Verslag:
    bestand: str
    tellingen: list[Telling] = field(default_factory=list)
    nieuwe_medewerkers: list[str] = field(default_factory=list)
    gekoppelde_medewerkers: list[str] = field(default_factory=list)  # same name, other id
    logregels_overgezet: int = 0
    logregels_aanwezig: int = 0

    @property
    def niets_nieuw(self) -> bool:
        return not self.logregels_overgezet and not any(t.overgezet for t in self.tellingen)


# ---------------------------------------------------------------- helpers


def _pk(tabel: Table) -> list[str]:
    return [c.name for c in tabel.primary_key.columns]


def _sleutel(tabel: Table, rij: dict[str, Any]) -> tuple:
    return tuple(rij[k] for k in _pk(tabel))


def _toon(sleutel: tuple) -> str:
    return "/".join(str(w) for w in sleutel)


def _verwijzingen(tabel: Table) -> dict[str, str]:
    """Column → the table it refers to (every foreign key here points at an `id`)."""
    return {fk.parent.name: fk.column.table.name for fk in tabel.foreign_keys}


def _wat(tabel: Table, rij: dict[str, Any]) -> str:
    """How a clash names the row: the case number where there is one, else the id."""
    if tabel.name == "casus":
        return f"casus {rij['casusnummer']} (id {rij['id']})"
    return f"{tabel.name} {_toon(_sleutel(tabel, rij))}"


def _verschil(bestand: dict[str, Any], register: dict[str, Any]) -> str:
    delen = []
    for kolom, waarde in bestand.items():
        if register.get(kolom) != waarde:
            delen.append(f"{kolom}: bestand {_kort(waarde)}, register {_kort(register.get(kolom))}")
    return "; ".join(delen[:5]) + (f" (en {len(delen) - 5} velden meer)" if len(delen) > 5 else "")


def _kort(waarde: Any) -> str:
    tekst = repr(waarde) if isinstance(waarde, str) or waarde is None else str(waarde)
    return tekst if len(tekst) <= 60 else tekst[:57] + "…"


def _bestaand(conn: Connection, tabel: Table, kolommen: list[str], waarden: list[tuple]):
    """Register rows whose `kolommen` take one of `waarden`: {values: row}, in chunks."""
    gevonden: dict[tuple, dict[str, Any]] = {}
    cols = [tabel.c[k] for k in kolommen]
    for begin in range(0, len(waarden), 500):
        deel = waarden[begin : begin + 500]
        voorwaarde = (
            cols[0].in_([w[0] for w in deel]) if len(cols) == 1 else tuple_(*cols).in_(deel)
        )
        for rij in conn.execute(select(tabel).where(voorwaarde)).mappings():
            gevonden[tuple(rij[k] for k in kolommen)] = dict(rij)
    return gevonden


def _uniek(tabel: Table) -> list[list[str]]:
    """The table's unique keys besides the primary key (partial indexes excepted)."""
    sets = [[c.name] for c in tabel.columns if c.unique]
    for constraint in tabel.constraints:
        if constraint.__class__.__name__ == "UniqueConstraint":
            sets.append([c.name for c in constraint.columns])
    for index in tabel.indexes:
        if index.unique and index.dialect_options["postgresql"].get("where") is None:
            sets.append([c.name for c in index.columns])
    uniek = []
    for s in sets:
        if s and s != _pk(tabel) and s not in uniek:
            uniek.append(s)
    return uniek


def _volgorde(tabel: Table, rijen: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows that refer to a row of the same table (an onderaannemer) after that row."""
    eigen = [k for k, doel in _verwijzingen(tabel).items() if doel == tabel.name]
    if not eigen:
        return rijen
    ids = {r["id"] for r in rijen}
    gedaan: set = set()
    uit: list[dict[str, Any]] = []
    rest = rijen
    while rest:
        klaar = [r for r in rest if all(r[k] not in ids or r[k] in gedaan for k in eigen)]
        if not klaar:  # a loop: leave the order to the database (it will say so)
            klaar = rest
        uit += klaar
        gedaan |= {r["id"] for r in klaar}
        rest = [r for r in rest if r["id"] not in gedaan]
    return uit


# ---------------------------------------------------------------- the move


def zet_over(register: Database, pad: str | Path, sleutel: str | None = None) -> Verslag:
    """Move the single-user file `pad` (its key `sleutel` when encrypted) into `register`.

    Raises Overzetbotsing (every clash, nothing written) or Fout (not the administrator, not a
    team register, not a file, the file's log broken)."""
    if not teamdb.is_postgres(register.engine):
        raise Fout(
            vertaal(
                "Overzetten kan alleen naar een teamregister op PostgreSQL (--db postgresql://…)."
            )
        )
    pad = Path(pad)
    if sqlite_pad_van(str(pad)) is None or not pad.is_file():
        raise Fout(
            vertaal(
                "{pad}: dat bestand bestaat niet (geef het Jeugdloket-bestand dat over moet).",
                pad=pad,
            )
        )
    with register.engine.connect() as conn:
        login, beheer = teamdb.login_van(conn)
    if not beheer:
        rechten.schrijf_los(
            register,
            [rechten.logregel(rechten.actor(register), Actie.GEWEIGERD, omschrijving="overzet")],
        )
        raise Fout(
            vertaal(
                "Een bestand overzetten naar het teamregister mag alleen de beheerder "
                "van de server (superuser of lid van {EIGENAAR}); u bent verbonden als "
                "{login}.",
                EIGENAAR=teamdb.EIGENAAR,
                login=login,
            )
        )
    bestand = open_database(pad, sleutel=sleutel)
    try:
        inhoud = _lees(bestand)
    finally:
        bestand.sluit()
    controle = controleer_keten(inhoud[LOGBOEK])
    if not controle.intact:
        raise Fout(
            vertaal(
                "Het logboek van {name} is niet intact: {melding} Er is niets "
                "overgezet; zoek eerst uit wat er met het bestand is gebeurd.",
                name=pad.name,
                melding=controle.breuk.melding,
            )
        )
    verslag = Verslag(pad.name)
    try:
        with register.engine.begin() as conn:
            superuser = conn.execute(
                text("SELECT rolsuper FROM pg_roles WHERE rolname = session_user")
            ).scalar()
            # One move at a time: two runs of the same file would otherwise both plan it.
            conn.execute(text("SELECT pg_advisory_xact_lock(hashtext('jeugdloket.overzet'))"))
            tabellen = _tabellen_van(conn)
            if not superuser:
                _rijbeveiliging(conn, tabellen, aan=False)
            nieuw = _zet_rijen_over(conn, inhoud, verslag)
            _zet_logboek_over(conn, register, inhoud, nieuw["casus"], controle, verslag)
            if not superuser:
                _rijbeveiliging(conn, tabellen, aan=True)
    except IntegrityError as e:
        # A colleague saved the same case number or key between our check and our insert.
        raise Overzetbotsing(
            [
                vertaal(
                    "Een rij uit {name} botst met een rij die intussen in het register "
                    "staat: {waarde}. Er is niets overgezet; probeer het opnieuw.",
                    name=pad.name,
                    waarde=getattr(e.orig, "diag", None) and e.orig.diag.message_detail or e.orig,
                )
            ]
        ) from e
    return verslag


def _tabellen_van(conn: Connection) -> list[str]:
    return list(
        conn.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
        ).scalars()
    )


def _rijbeveiliging(conn: Connection, tabellen: Iterable[str], aan: bool) -> None:
    """FORCE row security off (as the tables' owner) for this transaction only, and on again."""
    soort = "FORCE" if aan else "NO FORCE"
    for tabel in tabellen:
        conn.exec_driver_sql(f'ALTER TABLE "{tabel}" {soort} ROW LEVEL SECURITY')


def _lees(bestand: Database) -> dict[str, list[dict[str, Any]]]:
    inhoud = {}
    with bestand.engine.connect() as conn:
        for tabel in SQLModel.metadata.sorted_tables:
            q = select(tabel).order_by(*tabel.primary_key.columns)
            inhoud[tabel.name] = [dict(r) for r in conn.execute(q).mappings()]
    return inhoud


def _zet_rijen_over(
    conn: Connection, inhoud: dict[str, list[dict[str, Any]]], verslag: Verslag
) -> dict[str, list[dict[str, Any]]]:
    """Plan every table, then write – or raise every clash before anything is written.
    Returns the rows written, per table."""
    botsingen: list[str] = []
    koppeling: dict[str, dict[Any, Any]] = {}  # table → {file id: register id}
    nieuw: list[tuple[Table, list[dict[str, Any]]]] = []
    for tabel in SQLModel.metadata.sorted_tables:
        if tabel.name in NIET_ALS_RIJ:
            continue
        rijen, aanwezig = _plan(conn, tabel, inhoud[tabel.name], koppeling, botsingen, verslag)
        nieuw.append((tabel, rijen))
        verslag.tellingen.append(
            Telling(tabel.name, NAMEN.get(tabel.name, tabel.name), len(rijen), aanwezig)
        )
    if botsingen:
        raise Overzetbotsing(botsingen)
    volgorde = list(NAMEN)  # the report reads people and cases first, then the rest
    verslag.tellingen.sort(key=lambda t: volgorde.index(t.tabel) if t.tabel in volgorde else 99)
    for tabel, rijen in nieuw:
        if rijen:
            conn.execute(insert(tabel), rijen)
    per_tabel = {t.name: rijen for t, rijen in nieuw}
    verslag.nieuwe_medewerkers = [r["gebruikersnaam"] for r in per_tabel["medewerker"]]
    _maak_logins(conn, per_tabel["medewerker"])
    gewijzigd = {naam for naam, rijen in per_tabel.items() if rijen}
    if gewijzigd & CATALOGUS:
        # The search keeps an index per database: tell it the catalogue changed.
        t = CatalogusStand.__table__
        waarden = {"teller": t.c.teller + 1}
        if gewijzigd & CATALOGUS_INHOUD:
            waarden["inhoud"] = t.c.inhoud + 1
        if conn.execute(update(t).where(t.c.id == 1).values(**waarden)).rowcount == 0:
            conn.execute(insert(t).values(id=1, teller=1, inhoud=1))
    return per_tabel


def _plan(
    conn: Connection,
    tabel: Table,
    rijen: list[dict[str, Any]],
    koppeling: dict[str, dict[Any, Any]],
    botsingen: list[str],
    verslag: Verslag,
) -> tuple[list[dict[str, Any]], int]:
    """The rows of one table still to insert (references mapped) and how many are there."""
    verwijzingen = _verwijzingen(tabel)

    def vertaal(rij: dict[str, Any]) -> dict[str, Any]:
        return {
            k: koppeling.get(verwijzingen[k], {}).get(w, w) if k in verwijzingen else w
            for k, w in rij.items()
        }

    rijen = [vertaal(r) for r in rijen]
    pk = _pk(tabel)
    op_pk = _bestaand(conn, tabel, pk, [_sleutel(tabel, r) for r in rijen]) if rijen else {}
    uniek = {
        tuple(k): _bestaand(conn, tabel, k, [tuple(r[c] for c in k) for r in rijen])
        for k in _uniek(tabel)
        if rijen
    }
    nieuw, aanwezig = [], 0
    eigen = koppeling.setdefault(tabel.name, {})
    for rij in rijen:
        sleutel = _sleutel(tabel, rij)
        daar = op_pk.get(sleutel)
        if daar is not None:
            if tabel.name == "medewerker" and daar["gebruikersnaam"] != rij["gebruikersnaam"]:
                botsingen.append(
                    f"medewerker {rij['gebruikersnaam']}: het id {rij['id']} is in het register "
                    f"van medewerker {daar['gebruikersnaam']}."
                )
            elif daar != rij and tabel.name not in CATALOGUS and tabel.name != "medewerker":
                botsingen.append(
                    f"{_wat(tabel, rij)}: staat al in het register met een andere inhoud "
                    f"({_verschil(rij, daar)})."
                )
            aanwezig += 1
            continue
        andere = None
        for kolommen, bestaand in uniek.items():
            andere = bestaand.get(tuple(rij[c] for c in kolommen))
            if andere is not None:
                break
        if andere is None:
            nieuw.append(rij)
            for kolommen, bestaand in uniek.items():  # a file is consistent, but be sure
                bestaand.setdefault(tuple(rij[c] for c in kolommen), rij)
            continue
        aanwezig += 1
        if tabel.name in KOPPEL:
            eigen[rij["id"]] = andere["id"]
            if tabel.name == "medewerker":
                verslag.gekoppelde_medewerkers.append(rij["gebruikersnaam"])
        elif tabel.name == "casus":
            botsingen.append(
                f"casus {rij['casusnummer']}: het register heeft dit casusnummer al voor een "
                f"andere casus (id in het register {andere['id']}, in het bestand {rij['id']})."
            )
        elif tabel.name not in CATALOGUS:
            sleutels = ", ".join(
                f"{c} {rij[c]}" for k in uniek if tuple(rij[c] for c in k) in uniek[k] for c in k
            )
            botsingen.append(
                f"{_wat(tabel, rij)}: het register heeft al een andere rij met {sleutels}."
            )
    if eigen:  # references within the table (an onderaannemer's hoofdaannemer)
        nieuw = [vertaal(r) for r in nieuw]
    if tabel.name == "medewerker":
        # The team register's password is the login's: no app password hashes, no lockouts.
        nieuw = [
            r | {"wachtwoord_hash": None, "mislukte_pogingen": 0, "geblokkeerd_tot": None}
            for r in nieuw
        ]
        for r in nieuw:
            try:
                teamdb.controleer_loginnaam(r["gebruikersnaam"])
            except Fout:
                botsingen.append(
                    f"medewerker {r['gebruikersnaam']}: deze gebruikersnaam kan geen login op "
                    "PostgreSQL zijn (kleine letters, cijfers en . _ -, begint met een letter)."
                )
    return _volgorde(tabel, nieuw), aanwezig


def _maak_logins(conn: Connection, nieuw: list[dict[str, Any]]) -> None:
    for rij in nieuw:
        naam = rij["gebruikersnaam"]
        try:
            teamdb.zet_login(conn, naam, None, rechten.rollen_van(rij["rol"], rij["extra_rollen"]))
            if not rij["actief"]:
                teamdb.zet_login_actief(conn, naam, False)
        except DBAPIError as e:
            raise Fout(
                vertaal(
                    "medewerker {naam}: de login kon niet worden gemaakt ({waarde}). Er is "
                    "niets overgezet.",
                    naam=naam,
                    waarde=getattr(e.orig, "diag", None) and e.orig.diag.message_primary or e.orig,
                )
            ) from e


# ---------------------------------------------------------------- the access log


def _al_overgezet(conn: Connection, logregels: list[dict[str, Any]]) -> int:
    """How many of the file's first entries earlier runs moved (their summaries name them)."""
    c = Logboekregel.__table__.c
    omschrijvingen = conn.execute(
        select(c.omschrijving).where(
            c.actie == Actie.IMPORT.value, c.omschrijving.like("overzet van %")
        )
    ).scalars()
    gedaan = 0
    for omschrijving in omschrijvingen:
        m = _SAMENVATTING.search(omschrijving or "")
        if m:
            aantal, laatste = int(m[1]), m[2]
            if 0 < aantal <= len(logregels) and logregels[aantal - 1]["hash"] == laatste:
                gedaan = max(gedaan, aantal)
    return gedaan


def _met_herkomst(omschrijving: str | None, herkomst: str) -> str:
    ruimte = 500 - len(herkomst) - 1
    tekst = omschrijving or ""
    if len(tekst) > ruimte:
        tekst = tekst[: ruimte - 1] + "…"
    return f"{tekst} {herkomst}".strip()


def _zet_logboek_over(
    conn: Connection,
    register: Database,
    inhoud: dict[str, list[dict[str, Any]]],
    nieuwe_casussen: list[dict[str, Any]],
    controle: Ketencontrole,
    verslag: Verslag,
) -> None:
    logregels = inhoud[LOGBOEK]
    gedaan = _al_overgezet(conn, logregels)
    verslag.logregels_aanwezig = gedaan
    te_doen = logregels[gedaan:]
    verslag.logregels_overgezet = len(te_doen)
    if verslag.niets_nieuw:
        return  # a rerun: not even a summary twice
    naam = verslag.bestand[:150]
    regels = [
        {
            "moment": r["moment"],
            "gebruiker": r["gebruiker"],
            "actie": r["actie"],
            "casus_id": r["casus_id"],
            "casusnummer": r["casusnummer"],
            "werkplek": r["werkplek"],
            "reden": r["reden"],
            "omschrijving": _met_herkomst(
                r["omschrijving"], f"[overgezet uit {naam}, regel {r['volgnummer']}]"
            ),
        }
        for r in te_doen
    ]
    a = rechten.lees_actor(conn, register.gebruiker)
    for casus in nieuwe_casussen:
        regels.append(
            rechten.logregel(
                a,
                Actie.IMPORT,
                casus["id"],
                casus["casusnummer"],
                omschrijving=f"casus overgezet uit {naam} naar het teamregister",
            )
        )
    aantal_casussen = len(inhoud["casus"])
    regels.append(
        rechten.logregel(
            a,
            Actie.IMPORT,
            omschrijving=f"overzet van {naam}: {aantal_casussen} casussen, "
            f"{controle.aantal} logboekregels t/m hash {controle.laatste_hash}",
        )
    )
    keten.schrijf(conn, regels)
