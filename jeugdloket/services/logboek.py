"""The access log: append entries to the hash chain, verify it, read it, export it per case.

Entries are written by the rights layer (jeugdloket.services.rechten) in the transaction of the
action they record. Nothing here updates or deletes a row; the database refuses it as well
(triggers from migration 0007).
"""

import csv
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from jeugdloket.bestanden import vervang_atomair
from jeugdloket.db import Database
from jeugdloket.fouten import Fout, NietGevonden
from jeugdloket.models import Medewerker, Rol, nu
from jeugdloket.models.toegang import Logboekregel
from jeugdloket.regels.logboek import (
    OPDRACHTREGEL,
    SYSTEEM,
    Actie,
    Ketencontrole,
    controleer_keten,
)
from jeugdloket.services import rechten
from jeugdloket.taal import vertaal

# What each action means, in the words a client reads in "wie heeft mijn dossier ingezien".
BETEKENIS = {
    Actie.INZAGE: "Dossier ingezien",
    Actie.WIJZIGING: "Gegevens gewijzigd",
    Actie.AANMAAK: "Dossier aangemaakt",
    Actie.EXPORT: "Gegevens geëxporteerd",
    Actie.AFDRUK: "Plan als PDF gemaakt (afdruk)",
    Actie.IMPORT: "Gegevens ingelezen",
    Actie.WAARNEMING: "Geopend als waarnemer (met reden)",
    Actie.DELING: "Toegang gedeeld of beëindigd",
    Actie.GEWEIGERD: "Toegang geweigerd (niets ingezien)",
    Actie.AANMELDING: "Aangemeld",
    Actie.AANMELDING_MISLUKT: "Aanmelden mislukt",
    Actie.OVERZICHT: "Weekoverzicht gemaakt",
    Actie.LOGBOEK: "Logboek geraadpleegd",
    Actie.BEHEER: "Beheer (medewerkers)",
}

# ---------------------------------------------------------------- verifying


def _controleer(db: Database) -> Ketencontrole:
    c = Logboekregel.__table__.c
    with db.engine.connect() as conn:
        rijen = conn.execute(select(Logboekregel.__table__).order_by(c.volgnummer)).mappings()
        return controleer_keten(rijen)


@rechten.handeling(
    Actie.LOGBOEK,
    rollen=(Rol.COORDINATOR, Rol.BEHEERDER),
    omschrijving="logboek gecontroleerd",
    zonder_casus=True,
)
def controleer(db: Database) -> Ketencontrole:
    """Walk the whole chain; the result names the first entry that was changed or removed."""
    return _controleer(db)


# ---------------------------------------------------------------- reading


@dataclass(frozen=True, slots=True)
class LogRegel:
    volgnummer: int
    moment: datetime
    gebruiker: str
    medewerker: str  # the name to show
    actie: str
    casus_id: uuid.UUID | None
    casusnummer: str | None
    werkplek: str
    reden: str | None
    omschrijving: str | None

    @property
    def betekenis(self) -> str:
        try:
            return BETEKENIS[Actie(self.actie)]
        except ValueError:
            return self.actie


def _weergavenaam(gebruiker: str, namen: dict[str, str]) -> str:
    if gebruiker in namen:
        return namen[gebruiker]
    if gebruiker == SYSTEEM:
        return "Systeem"
    if gebruiker.startswith(OPDRACHTREGEL):
        return f"Opdrachtregel ({gebruiker[len(OPDRACHTREGEL) :]})"
    return gebruiker


def _lees(
    conn,
    casusnummer: str | None = None,
    gebruiker: str | None = None,
    van: date | None = None,
    tot: date | None = None,
    limiet: int | None = None,
) -> list[LogRegel]:
    c = Logboekregel.__table__.c
    q = select(Logboekregel.__table__).order_by(c.volgnummer.desc())
    if casusnummer:
        q = q.where(c.casusnummer == casusnummer.strip())
    if gebruiker:
        q = q.where(c.gebruiker == gebruiker.strip())
    if van:
        q = q.where(c.moment >= datetime.combine(van, time.min))
    if tot:
        q = q.where(c.moment < datetime.combine(tot + timedelta(days=1), time.min))
    if limiet:
        q = q.limit(limiet)
    m = Medewerker.__table__.c
    namen = dict(conn.execute(select(m.gebruikersnaam, m.naam)).all())
    return [
        LogRegel(
            r["volgnummer"],
            r["moment"],
            r["gebruiker"],
            _weergavenaam(r["gebruiker"], namen),
            r["actie"],
            r["casus_id"],
            r["casusnummer"],
            r["werkplek"],
            r["reden"],
            r["omschrijving"],
        )
        for r in conn.execute(q).mappings()
    ]


def _filtertekst(**filters: Any) -> str:
    delen = [f"{k} {v}" for k, v in filters.items() if v]
    return "logboek bekeken" + (": " + ", ".join(delen) if delen else "")


@rechten.handeling(Actie.LOGBOEK, rollen=(Rol.COORDINATOR,), omschrijving="logboek bekeken")
def regels(
    db: Database,
    casusnummer: str | None = None,
    gebruiker: str | None = None,
    van: date | None = None,
    tot: date | None = None,
    limiet: int | None = 5000,
) -> list[LogRegel]:
    """Entries, newest first, filtered by case, medewerker (gebruikersnaam) and period.

    For the coördinator; looking at the log is itself logged, with the filter used.
    """
    rechten.noteer(
        None,
        None,
        omschrijving=_filtertekst(casus=casusnummer, medewerker=gebruiker, van=van, tot=tot),
    )
    with db.engine.connect() as conn:
        return _lees(conn, casusnummer, gebruiker, van, tot, limiet)


# ---------------------------------------------------------------- "wie heeft mijn dossier ingezien"

KOPPEN = ("Datum", "Tijd", "Medewerker", "Wat", "Reden")


@rechten.handeling(Actie.LOGBOEK, rollen=(Rol.COORDINATOR,))
def exporteer_casus(db: Database, casusnummer: str, pad: str | Path) -> int:
    """Write who saw or changed one case, when and what, as CSV or Excel (for the client).

    Returns the number of entries written. The export itself is logged on the case.
    """
    pad = Path(pad)
    soort = pad.suffix.lower()
    if soort not in (".csv", ".xlsx"):
        raise Fout(
            vertaal("{name}: kies een bestandsnaam die eindigt op .csv of .xlsx", name=pad.name)
        )
    with db.engine.connect() as conn:
        lijst = list(reversed(_lees(conn, casusnummer=casusnummer)))
    if not lijst:
        raise NietGevonden(
            vertaal("Over casus {casusnummer} staat niets in het logboek", casusnummer=casusnummer)
        )
    rijen = [
        (
            r.moment.strftime("%d-%m-%Y"),
            r.moment.strftime("%H:%M:%S"),
            r.medewerker,
            r.betekenis,
            r.reden or "",
        )
        for r in lijst
        if r.actie not in (Actie.LOGBOEK, Actie.AANMELDING, Actie.AANMELDING_MISLUKT)
    ]
    casus_id = next((r.casus_id for r in lijst if r.casus_id), None)
    if soort == ".csv":
        _schrijf_csv(pad, rijen)
    else:
        _schrijf_xlsx(pad, casusnummer, rijen)
    rechten.noteer(
        casus_id,
        casusnummer,
        omschrijving=f"overzicht 'wie heeft mijn dossier ingezien' ({pad.name})",
    )
    return len(rijen)


def _vervang(pad: Path, schrijf) -> None:
    """Write next to the target and rename: a failure never leaves half a file."""
    map_ = pad.parent if str(pad.parent) else Path(".")
    if not map_.is_dir():
        raise Fout(vertaal("{pad}: de map {map_} bestaat niet", pad=pad, map_=map_))
    vervang_atomair(pad, schrijf)


def _schrijf_csv(pad: Path, rijen: list[tuple]) -> None:
    def schrijf(naar: str) -> None:
        # utf-8-sig and ';': Dutch Excel opens it with the accents and columns right.
        with open(naar, "w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f, delimiter=";")
            w.writerow(KOPPEN)
            w.writerows(rijen)

    _vervang(pad, schrijf)


def _schrijf_xlsx(pad: Path, casusnummer: str, rijen: list[tuple]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Inzage"
    ws.append([f"Wie heeft het dossier van casus {casusnummer} ingezien of gewijzigd"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([f"Gemaakt op {nu():%d-%m-%Y %H:%M} uit het logboek van Jeugdloket"])
    ws.append([])
    ws.append(list(KOPPEN))
    for cel in ws[4]:
        cel.font = Font(bold=True)
    for rij in rijen:
        ws.append(list(rij))
    for kolom, breedte in zip("ABCDE", (12, 10, 28, 36, 50), strict=True):
        ws.column_dimensions[kolom].width = breedte
    ws.freeze_panes = "A5"
    _vervang(pad, wb.save)
