"""`jeugdloket werkkopie maak|sync|status` and `jeugdloket conflicten`: cases on the laptop.

The team register's password comes from the URL, PGPASSWORD or ~/.pgpass (libpq's own ways),
else it is asked on the terminal. A werkkopie keeps the register's URL without a password.
"""

import argparse
import json
import os
import sys

from jeugdloket.cli import gemeenschappelijk as gm


def registreer(sub: "argparse._SubParsersAction", gedeeld: argparse.ArgumentParser) -> None:
    """Add `werkkopie …` and `conflicten` to the subparsers `sub` of the jeugdloket parser."""
    wk = sub.add_parser(
        "werkkopie", parents=[gedeeld], help="casussen mee op de laptop, en terug (sync)"
    )
    wk_sub = wk.add_subparsers(
        dest="soort", metavar="OPDRACHT", required=True, parser_class=gm.Parser
    )
    maak = wk_sub.add_parser(
        "maak",
        parents=[gedeeld],
        help="maak een versleutelde werkkopie van uw casussen (standaard: uw lopende casussen)",
    )
    maak.add_argument("--team", metavar="URL", required=True, help="het teamregister")
    maak.add_argument(
        "--casus", metavar="NR", nargs="+", action="extend", help="alleen deze casussen"
    )
    maak.set_defaults(functie=_maak)
    sync = wk_sub.add_parser(
        "sync",
        parents=[gedeeld],
        help="stuur de wijzigingen naar het teamregister en haal de nieuwe stand op",
    )
    sync.set_defaults(functie=_sync)
    status = wk_sub.add_parser(
        "status", parents=[gedeeld], help="wat nog verstuurd moet worden, open conflicten"
    )
    status.add_argument("--json", action="store_true", help="als JSON (voor scripts)")
    status.set_defaults(functie=_status)
    conflicten = sub.add_parser(
        "conflicten",
        parents=[gedeeld],
        help="open conflicten na een sync: casus, veld, basis, mijn, hun, wie en wanneer",
    )
    conflicten.add_argument("--json", action="store_true", help="als JSON (voor scripts)")
    conflicten.set_defaults(functie=_conflicten)


def _wachtwoord(url: str, login: str) -> str | None:
    """The register password: in the URL, PGPASSWORD, else asked (None: leave it to libpq,
    e.g. ~/.pgpass)."""
    from sqlalchemy.engine import make_url

    u = make_url(url)
    if u.password:
        return u.password
    if os.environ.get("PGPASSWORD"):
        return os.environ["PGPASSWORD"]
    if gm.terminal():
        return gm.verborgen(f"Wachtwoord van {login} op het teamregister: ")
    return None


def _team(url: str, gebruiker: str | None):
    """Open the register as the consultant; returns (Database, password)."""
    import getpass

    from sqlalchemy.engine import make_url

    from jeugdloket.db import database_url, open_database

    u = make_url(database_url(url))
    login = u.username or os.environ.get("PGUSER") or gebruiker or getpass.getuser()
    wachtwoord = _wachtwoord(url, login)
    u = u.set(username=login, password=wachtwoord)
    db = open_database(u.render_as_string(hide_password=False), gebruiker=login)
    return db, wachtwoord


def _maak(args) -> int:
    from jeugdloket.db import is_postgres_url
    from jeugdloket.services import werkkopie

    if not is_postgres_url(args.team):
        raise gm.Gebruik("--team: geef het teamregister als postgresql://server/database.")
    doel = gm.database_doel(args)
    if is_postgres_url(doel):
        raise gm.Gebruik("--db: geef het bestand van de werkkopie op de laptop (LAPTOP.db).")
    team, wachtwoord = _team(args.team, getattr(args, "gebruiker", None))
    try:
        if not wachtwoord:
            raise gm.Gebruik(
                "Voor het aanmelden zonder netwerk is uw wachtwoord nodig: zet PGPASSWORD of "
                "start de opdracht vanaf een terminal."
            )
        sleutel = gm.sleutel_voor(doel)
        gemaakt = werkkopie.maak(team, doel, wachtwoord, sleutel, args.casus)
    finally:
        team.sluit()
    print(
        f"Werkkopie L{gemaakt.code} gemaakt in {gemaakt.pad} met {len(gemaakt.casusnummers)} "
        f"casus(sen): {', '.join(gemaakt.casusnummers)}."
    )
    print(f"Terug op kantoor: jeugdloket werkkopie sync --db {gemaakt.pad}")
    return 0


def _open_werkkopie(args):
    from jeugdloket.db import is_postgres_url
    from jeugdloket.services import werkkopie

    doel = gm.database_doel(args)
    if is_postgres_url(doel):
        raise gm.Gebruik("--db: geef het bestand van de werkkopie (LAPTOP.db), geen URL.")
    db = gm.open(args)
    eigen = werkkopie.stand(db)
    if eigen is None:
        db.sluit()
        raise gm.Stop(f"{doel} is geen werkkopie (maak er een met: jeugdloket werkkopie maak).")
    db.gebruiker = eigen.gebruiker
    return db, eigen


def _sync(args) -> int:
    from jeugdloket.services import conflicten, synchronisatie

    db, eigen = _open_werkkopie(args)
    try:
        team, _ = _team(eigen.team_url, eigen.gebruiker)
        try:
            verslag = synchronisatie.synchroniseer(db, team, gm.voortgang("Synchroniseren"))
        finally:
            team.sluit()
        open_ = conflicten.lijst(db) if verslag.conflicten else []
    finally:
        db.sluit()
    print(
        f"Gesynchroniseerd: {verslag.casussen} casus(sen), {verslag.toegepast} wijziging(en) "
        f"verstuurd, {verslag.logregels} logboekregel(s) toegevoegd aan het teamlogboek."
    )
    for voorlopig, echt in verslag.nieuwe_nummers.items():
        print(f"  casus {voorlopig} heeft nu nummer {echt}")
    for nummer in verslag.niet_toegankelijk:
        print(
            f"Casus {nummer}: niet meer toegankelijk in het teamregister (overgedragen of "
            "vernietigd); de werkkopie houdt hem. Vraag de coördinator.",
            file=sys.stderr,
        )
    if open_:
        print(
            f"{len(open_)} conflict(en): op de laptop en in het teamregister is hetzelfde veld "
            "anders gewijzigd. De waarde van het teamregister blijft staan tot u kiest "
            "(Conflicten in het venster):",
            file=sys.stderr,
        )
        _toon(open_, sys.stderr)
        return 1
    return 1 if verslag.niet_toegankelijk else 0


def _toon(lijst, uit) -> None:
    from jeugdloket.services.conflicten import waarde_tekst

    for c in lijst:
        wanneer = f" op {c.hun_op:%d-%m-%Y %H:%M}" if c.hun_op else ""
        print(
            f"  casus {c.casusnummer}, {c.onderdeel}, {c.veldnaam.lower()}: "
            f"basis {waarde_tekst(c.basis)!r}; mijn {waarde_tekst(c.mijn)!r} "
            f"({c.mijn_door}, {c.mijn_op:%d-%m-%Y %H:%M}); "
            f"hun {waarde_tekst(c.hun)!r} ({c.hun_door or 'onbekend'}{wanneer})",
            file=uit,
        )


def _conflicten(args) -> int:
    from jeugdloket.services import conflicten

    db = gm.open(args)
    try:
        from jeugdloket.services import werkkopie

        eigen = werkkopie.stand(db)
        if eigen is not None:
            db.gebruiker = eigen.gebruiker
        lijst = conflicten.lijst(db)
    finally:
        db.sluit()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": str(c.id),
                        "casus": c.casusnummer,
                        "onderdeel": c.onderdeel,
                        "tabel": c.tabel,
                        "rij": c.rij_id,
                        "veld": c.veld,
                        "basis": c.basis,
                        "mijn": c.mijn,
                        "hun": c.hun,
                        "mijn_door": c.mijn_door,
                        "mijn_op": c.mijn_op.isoformat(),
                        "hun_door": c.hun_door,
                        "hun_op": c.hun_op.isoformat() if c.hun_op else None,
                    }
                    for c in lijst
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    if not lijst:
        print("Geen open conflicten.")
        return 0
    print(f"{len(lijst)} open conflict(en):")
    _toon(lijst, sys.stdout)
    return 0


def _status(args) -> int:
    from jeugdloket.services import werkkopie

    db, _ = _open_werkkopie(args)
    try:
        st = werkkopie.status(db)
    finally:
        db.sluit()
    gegevens = {
        "werkkopie": f"L{st.stand.code}",
        "gebruiker": st.stand.gebruiker,
        "teamregister": st.stand.team_url,
        "gemaakt_op": st.stand.gemaakt_op.isoformat(),
        "laatste_sync": st.stand.laatste_sync.isoformat() if st.stand.laatste_sync else None,
        "casussen": st.casussen,
        "uitgaand": st.uitgaand,
        "conflicten": st.conflicten,
        "logregels": st.logregels,
    }
    if args.json:
        print(json.dumps(gegevens, ensure_ascii=False, indent=2))
        return 0
    laatst = f"{st.stand.laatste_sync:%d-%m-%Y %H:%M}" if st.stand.laatste_sync else "nooit"
    print(f"Werkkopie L{st.stand.code} van {st.stand.gebruiker} ({st.stand.team_url})")
    print(f"  gemaakt op {st.stand.gemaakt_op:%d-%m-%Y %H:%M}, laatste sync {laatst}")
    print(f"  {st.casussen} casus(sen); te versturen: {st.uitgaand} wijziging(en), "
          f"{st.logregels} logboekregel(s)")  # fmt: skip
    print(f"  open conflicten: {st.conflicten}")
    return 0
