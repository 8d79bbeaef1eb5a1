"""Werkkopieën: a consultant's cases on the laptop, made from the team register.

`maak` copies the chosen cases (default: the consultant's open ones), the catalogue and the
staff's names and roles into a new SQLCipher file, with only the consultant's own sign-in hash
(offline sign-in), and registers the copy on the team register: its cases then show "op laptop
van X sinds D" there (still editable in the office). `stand` tells whether a file is a
werkkopie; `status` how much waits to be sent. The sync itself is services/synchronisatie.py.
"""

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import func, insert, select, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from jeugdloket import teamdb
from jeugdloket.db import Database, is_postgres_url, open_database, sqlite_pad_van
from jeugdloket.fouten import Fout
from jeugdloket.models import (
    Casus,
    Conflict,
    Logboekregel,
    Medewerker,
    Werkkopie,
    WerkkopieCasus,
    WerkkopieStand,
    nu,
)
from jeugdloket.regels.logboek import Actie
from jeugdloket.services import keten, rechten, team, toegang
from jeugdloket.services import werkkopie_rijen as wr
from jeugdloket.services.synchronisatie import (
    Verslag,
    haal_casus,
    haal_catalogus,
    haal_medewerkers,
    synchroniseer,
    uitgaand,
)
from jeugdloket.taal import vertaal

# Days without a sync after which the coördinator sees a werkkopie as stale (a setting).
STANDAARD_VEROUDERD_DAGEN = 14


@dataclass(frozen=True, slots=True)
class Stand:
    """What makes a file a werkkopie: whose, of which team, since when."""

    werkkopie_id: uuid.UUID
    team_url: str
    gebruiker: str
    code: int
    gemaakt_op: datetime
    laatste_sync: datetime | None
    logboek_tot: int


@dataclass(frozen=True, slots=True)
class Status:
    stand: Stand
    casussen: int
    uitgaand: int  # field changes, new and deleted rows waiting to be sent
    conflicten: int  # open conflicts (as of the last sync, or chosen here but not yet sent)
    logregels: int  # access-log entries made here, not yet in the team's chain


@dataclass(frozen=True, slots=True)
class OpLaptop:
    """A case out on a laptop: whose werkkopie (name; None if this login cannot see it), since."""

    naam: str | None
    gebruiker: str | None
    sinds: datetime


@dataclass(frozen=True, slots=True)
class Verouderd:
    """A werkkopie not synced for a while: whose, its code, last sync, how many cases out."""

    naam: str
    gebruiker: str
    code: int
    laatste_sync: datetime | None
    casussen: int


@dataclass(frozen=True, slots=True)
class Gemaakt:
    pad: Path
    code: int
    casusnummers: tuple[str, ...]


def stand(db: Database) -> Stand | None:
    """The werkkopie's own row; None for any other database."""
    if teamdb.is_postgres(db.engine):
        return None
    with db.engine.connect() as conn:
        rij = conn.execute(select(WerkkopieStand.__table__)).mappings().first()
    if rij is None:
        return None
    return Stand(
        rij["werkkopie_id"],
        rij["team_url"],
        rij["gebruiker"],
        rij["code"],
        rij["gemaakt_op"],
        rij["laatste_sync"],
        rij["logboek_tot"],
    )


def team_url_zonder_wachtwoord(url: URL) -> str:
    """The register's URL as the werkkopie keeps it: never a password in the file."""
    # (URL.set(password=None) keeps the password: None there means "unchanged".)
    zonder = URL.create(
        url.drivername, url.username, None, url.host, url.port, url.database, url.query
    )
    return zonder.render_as_string(hide_password=False)


def maak(
    team: Database,
    pad: str | Path,
    wachtwoord: str,
    sleutel: str | None,
    casusnummers: list[str] | None = None,
) -> Gemaakt:
    """A new werkkopie at `pad` of the consultant connected to `team` (see the module text).

    `wachtwoord`: the consultant's password, for the offline sign-in hash (only theirs is in
    the file). `sleutel`: the file's SQLCipher key. Raises Fout in Dutch: not a team register,
    the file exists, a case number unknown or not the consultant's to take along."""
    if not teamdb.is_postgres(team.engine):
        raise Fout(
            vertaal("Een werkkopie wordt gemaakt van het teamregister (--team postgresql://…).")
        )
    pad = Path(pad)
    if sqlite_pad_van(str(pad)) is None or is_postgres_url(str(pad)):
        raise Fout(vertaal("{pad}: geef een bestand voor de werkkopie (--db LAPTOP.db).", pad=pad))
    if pad.exists():
        raise Fout(vertaal("{pad} bestaat al: kies een nieuw bestand voor de werkkopie.", pad=pad))
    with team.engine.connect() as conn:
        login, beheer = teamdb.login_van(conn)
        actor = rechten.lees_actor(conn, login)
    if beheer or not actor.bekend or not actor.heeft("consulent", "coördinator"):
        raise Fout(
            vertaal(
                "Een werkkopie is voor een consulent of coördinator met een eigen "
                "login; u bent verbonden als {login}.",
                login=login,
            )
        )
    casus_ids = _kies_casussen(team, actor, casusnummers)
    werkkopie_id = uuid.uuid4()
    with team.engine.connect() as conn:
        code = conn.execute(text(f"SELECT nextval('{teamdb.WERKKOPIECODE}')")).scalar()
    tijdelijk = pad.with_name(pad.name + ".bezig")
    tijdelijk.unlink(missing_ok=True)
    lokaal = open_database(tijdelijk, gebruiker=login, sleutel=sleutel)
    moment = nu()
    try:
        with team.engine.connect() as tconn, lokaal.engine.begin() as lconn:
            haal_medewerkers(tconn, lconn)
            lconn.execute(
                Medewerker.__table__.update()
                .where(Medewerker.__table__.c.gebruikersnaam == login)
                .values(wachtwoord_hash=toegang.hash_wachtwoord(wachtwoord))
            )
            haal_catalogus(tconn, lconn, eerste=True)
            inhoud = wr.lees_casussen(tconn, casus_ids)
            for cid in casus_ids:
                haal_casus(tconn, lconn, cid, inhoud[cid], voor=None)
            lconn.execute(
                insert(WerkkopieStand.__table__).values(
                    werkkopie_id=werkkopie_id,
                    team_url=team_url_zonder_wachtwoord(team.engine.url),
                    gebruiker=login,
                    code=code,
                    gemaakt_op=moment,
                    laatste_sync=moment,
                    volgend_voorlopig=1,
                )
            )
            nummers = _nummers(lconn, casus_ids)
    finally:
        lokaal.sluit()
    # Registered last: a copy cut short before this point never shows as out on a laptop.
    with team.sessie() as s:
        s.add(
            Werkkopie(
                id=werkkopie_id,
                code=code,
                gebruiker=login,
                werkplek=keten.werkplek(),
                gemaakt_op=moment,
                laatste_sync=moment,
            )
        )
        s.flush()
        for cid in casus_ids:
            s.add(WerkkopieCasus(werkkopie_id=werkkopie_id, casus_id=cid, sinds=moment))
        keten.schrijf(
            s,
            [
                rechten.logregel(
                    actor,
                    Actie.EXPORT,
                    casus_id=cid,
                    casusnummer=nummers[cid],
                    omschrijving=f"meegenomen in werkkopie L{code} ({pad.name})",
                )
                for cid in casus_ids
            ],
        )
    for deel in ("-wal", "-shm"):
        Path(str(tijdelijk) + deel).unlink(missing_ok=True)
    tijdelijk.replace(pad)
    return Gemaakt(pad, code, tuple(nummers[c] for c in casus_ids))


def _kies_casussen(
    team: Database, actor: rechten.Actor, casusnummers: list[str] | None
) -> list[uuid.UUID]:
    c = Casus.__table__.c
    with team.engine.connect() as conn:
        if not casusnummers:
            ids = list(
                conn.execute(
                    select(c.id)
                    .where(c.consulent_id == actor.medewerker_id, c.afgesloten_op.is_(None))
                    .order_by(c.casusnummer)
                ).scalars()
            )
            if not ids:
                raise Fout(
                    vertaal(
                        "U heeft geen lopende casussen om mee te nemen; noem ze met --casus NUMMER."
                    )
                )
            return ids
        ids = []
        moment = rechten.klok()
        for nummer in casusnummers:
            rij = conn.execute(
                select(teamdb.CASUSREGISTER.c.id).where(
                    teamdb.CASUSREGISTER.c.casusnummer == nummer.strip()
                )
            ).scalar()
            if rij is None:
                raise Fout(
                    vertaal(
                        "Casus {nummer}: dat casusnummer staat niet in het teamregister.",
                        nummer=nummer,
                    )
                )
            kop = rechten.casus_kop(conn, "casus_id", rij)
            weigering = rechten.weigering_voor(conn, actor, kop, moment)
            if weigering is not None:
                raise Fout(
                    vertaal(
                        "Casus {nummer} kan niet mee: {weigering}",
                        nummer=nummer,
                        weigering=weigering,
                    )
                )
            if rij not in ids:
                ids.append(rij)
        return ids


def _nummers(conn, casus_ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    c = Casus.__table__.c
    return dict(conn.execute(select(c.id, c.casusnummer).where(c.id.in_(casus_ids))).all())


def status(db: Database) -> Status:
    """How the werkkopie stands: Fout if `db` is not one."""
    eigen = stand(db)
    if eigen is None:
        raise Fout(
            vertaal("Dit bestand is geen werkkopie (maak er een met: jeugdloket werkkopie maak).")
        )
    with db.engine.connect() as conn:
        ids = list(conn.execute(select(Casus.__table__.c.id)).scalars())
        wachtend = sum(len(uitgaand(conn, cid, eigen.gebruiker)) for cid in ids)
        k = Conflict.__table__.c
        open_ = conn.execute(select(func.count()).where(k.opgelost_op.is_(None))).scalar()
        log = conn.execute(
            select(func.count()).where(Logboekregel.__table__.c.volgnummer > eigen.logboek_tot)
        ).scalar()
    return Status(eigen, len(ids), wachtend, open_, log)


def op_laptop(db: Database, casus_id: uuid.UUID) -> list[OpLaptop]:
    """The werkkopieën this case is out in ("op laptop van X sinds D"), oldest first."""
    wc, w, m = WerkkopieCasus.__table__.c, Werkkopie.__table__.c, Medewerker.__table__.c
    q = (
        select(m.naam, w.gebruiker, wc.sinds)
        .select_from(WerkkopieCasus.__table__)
        .outerjoin(Werkkopie.__table__, w.id == wc.werkkopie_id)
        .outerjoin(Medewerker.__table__, m.gebruikersnaam == w.gebruiker)
        .where(wc.casus_id == casus_id, w.opgeheven_op.is_(None))
        .order_by(wc.sinds)
    )
    with db.engine.connect() as conn:
        return [
            OpLaptop(naam or gebruiker, gebruiker, sinds)
            for naam, gebruiker, sinds in conn.execute(q)
        ]


def verouderd(db: Database, dagen: int = STANDAARD_VEROUDERD_DAGEN) -> list[Verouderd]:
    """Werkkopieën not synced for more than `dagen` days (the coördinator's list), stalest
    first. Fout for anyone else: on the register they only see their own copies."""
    a = rechten.actor(db)
    if not a.heeft("coördinator"):
        raise Fout(vertaal("Het overzicht van de werkkopieën is voor de coördinator."))
    grens = nu() - timedelta(days=max(0, dagen))
    w, wc, m = Werkkopie.__table__.c, WerkkopieCasus.__table__.c, Medewerker.__table__.c
    aantal = (
        select(func.count())
        .where(wc.werkkopie_id == w.id)
        .correlate(Werkkopie.__table__)
        .scalar_subquery()
    )
    laatst = func.coalesce(w.laatste_sync, w.gemaakt_op)
    q = (
        select(m.naam, w.gebruiker, w.code, w.laatste_sync, aantal)
        .select_from(Werkkopie.__table__)
        .outerjoin(Medewerker.__table__, m.gebruikersnaam == w.gebruiker)
        .where(w.opgeheven_op.is_(None), laatst < grens)
        .order_by(laatst, w.code)
    )
    with db.engine.connect() as conn:
        return [
            Verouderd(naam or gebruiker, gebruiker, code, laatste, n)
            for naam, gebruiker, code, laatste, n in conn.execute(q)
        ]


def sync(
    lokaal: Database,
    wachtwoord: str,
    voortgang: Callable[[int, int], None] | None = None,
    geannuleerd: Callable[[], bool] | None = None,
) -> Verslag:
    """Sync the werkkopie `lokaal` with its register as its own consultant (the window's Sync
    button). The password is used for this connection only, never kept. AanmeldFout for a
    wrong password; Fout in Dutch when the register cannot be reached or the connection drops
    (a sync cut off is simply run again: nothing is lost or sent twice)."""
    eigen = stand(lokaal)
    if eigen is None:
        raise Fout(
            vertaal("Dit bestand is geen werkkopie (maak er een met: jeugdloket werkkopie maak).")
        )
    register = team.verbind(eigen.team_url, eigen.gebruiker, wachtwoord)
    try:
        return synchroniseer(lokaal, register, voortgang, geannuleerd)
    except DBAPIError as e:
        tekst = str(e.orig or e).strip().splitlines()
        raise Fout(
            vertaal(
                "De verbinding met het teamregister viel weg tijdens het "
                "synchroniseren{waarde}. Er is niets verloren: wat al verstuurd was, "
                "staat in het teamregister; synchroniseer opnieuw als de verbinding er "
                "weer is.",
                waarde=": " + tekst[0] if tekst else "",
            )
        ) from None
    finally:
        register.sluit()
