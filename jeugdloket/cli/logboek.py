"""`jeugdloket logboek …` (the access log) and `jeugdloket medewerker …` (accounts and roles).

The command line has no password sign-in: scheduled jobs must run without a prompt, and the
database key (JEUGDLOKET_SLEUTEL) is what opens the file. `--gebruiker` / JEUGDLOKET_GEBRUIKER
says whose rights apply and whom the log names; without it the log names `cli:<os user>`.
A new password comes from `gemeenschappelijk.nieuw_wachtwoord` (JEUGDLOKET_WACHTWOORD or typed).
"""

import argparse
import json
import sys
from pathlib import Path

from jeugdloket.cli import gemeenschappelijk as gm


def registreer(sub: "argparse._SubParsersAction", gedeeld: argparse.ArgumentParser) -> None:
    """Add `logboek …`, `medewerker …` and `casus …` to the subparsers `sub`."""
    lb = sub.add_parser("logboek", parents=[gedeeld], help="het toegangslogboek (NEN 7513)")
    lb_sub = lb.add_subparsers(
        dest="soort", metavar="OPDRACHT", required=True, parser_class=gm.Parser
    )
    c = lb_sub.add_parser(
        "controleer",
        parents=[gedeeld],
        help="controleer de hashketen; noemt de eerste gewijzigde of verwijderde regel",
    )
    c.set_defaults(functie=_controleer)

    e = lb_sub.add_parser(
        "export",
        parents=[gedeeld],
        help="wie heeft het dossier van een casus ingezien of gewijzigd (voor de cliënt)",
    )
    e.add_argument("--casus", required=True, metavar="NR", help="casusnummer, bijv. 2026-0042")
    e.add_argument(
        "-o", "--uitvoer", required=True, metavar="BESTAND", help="FILE.csv of FILE.xlsx"
    )
    e.set_defaults(functie=_export)

    t = lb_sub.add_parser("toon", parents=[gedeeld], help="toon regels van het logboek")
    t.add_argument("--casus", metavar="NR", help="alleen deze casus")
    t.add_argument("--medewerker", metavar="NAAM", help="alleen deze gebruikersnaam")
    t.add_argument("--van", type=gm.datum, metavar="JJJJ-MM-DD", help="vanaf deze dag")
    t.add_argument("--tot", type=gm.datum, metavar="JJJJ-MM-DD", help="tot en met deze dag")
    t.add_argument("--max", type=int, default=200, metavar="N", help="hoogstens N regels (200)")
    t.add_argument("--json", action="store_true", help="als JSON op stdout")
    t.set_defaults(functie=_toon)

    mw = sub.add_parser("medewerker", parents=[gedeeld], help="medewerkers, rollen en wachtwoorden")
    mw_sub = mw.add_subparsers(
        dest="soort", metavar="OPDRACHT", required=True, parser_class=gm.Parser
    )
    lijst = mw_sub.add_parser("lijst", parents=[gedeeld], help="alle medewerkers met hun rollen")
    lijst.set_defaults(functie=_lijst)
    maak = mw_sub.add_parser("maak", parents=[gedeeld], help="een nieuwe medewerker")
    maak.add_argument("gebruikersnaam", metavar="GEBRUIKERSNAAM")
    maak.add_argument("--naam", required=True, metavar="NAAM", help="voor- en achternaam")
    maak.add_argument(
        "--rol",
        action="append",
        required=True,
        choices=["consulent", "coördinator", "beheerder"],
        help="rol (mag vaker)",
    )
    maak.set_defaults(functie=_maak)
    rol = mw_sub.add_parser("rollen", parents=[gedeeld], help="zet de rollen van een medewerker")
    rol.add_argument("gebruikersnaam", metavar="GEBRUIKERSNAAM")
    rol.add_argument(
        "--rol",
        action="append",
        required=True,
        choices=["consulent", "coördinator", "beheerder"],
        help="rol (mag vaker)",
    )
    rol.set_defaults(functie=_rollen)
    ww = mw_sub.add_parser(
        "wachtwoord",
        parents=[gedeeld],
        help=f"zet een wachtwoord (uit {gm.WACHTWOORD_OMGEVING}, anders twee keer gevraagd)",
    )
    ww.add_argument("gebruikersnaam", metavar="GEBRUIKERSNAAM")
    ww.set_defaults(functie=_wachtwoord)
    for naam, uitleg, actief in (
        ("deactiveer", "haal een medewerker van het team (aanmelden kan niet meer)", False),
        ("activeer", "zet een medewerker weer op het team", True),
    ):
        dv = mw_sub.add_parser(naam, parents=[gedeeld], help=uitleg)
        dv.add_argument("gebruikersnaam", metavar="GEBRUIKERSNAAM")
        dv.set_defaults(functie=_actief, actief=actief)
    og = mw_sub.add_parser("ontgrendel", parents=[gedeeld], help="hef een blokkade op")
    og.add_argument("gebruikersnaam", metavar="GEBRUIKERSNAAM")
    og.set_defaults(functie=_ontgrendel)

    cs = sub.add_parser("casus", parents=[gedeeld], help="toegang tot één casus")
    cs_sub = cs.add_subparsers(
        dest="soort", metavar="OPDRACHT", required=True, parser_class=gm.Parser
    )
    deel = cs_sub.add_parser("deel", parents=[gedeeld], help="deel een casus met een collega")
    deel.add_argument("casusnummer", metavar="NR")
    deel.add_argument("--met", required=True, metavar="GEBRUIKERSNAAM")
    deel.add_argument("--stop", action="store_true", help="beëindig het delen")
    deel.set_defaults(functie=_deel)
    wn = cs_sub.add_parser(
        "waarneming",
        parents=[gedeeld],
        help="open de casus van een collega met een reden (tot het eind van de dag, gelogd)",
    )
    wn.add_argument("casusnummer", metavar="NR")
    wn.add_argument("--reden", required=True, metavar="TEKST")
    wn.set_defaults(functie=_waarneming)


# ------------------------------------------------------------------ logboek


def _controleer(args) -> int:
    from jeugdloket.services import logboek

    db = gm.open(args)
    try:
        uitkomst = logboek.controleer(db)
    finally:
        db.sluit()
    if uitkomst.breuk is not None:
        raise gm.Stop(
            f"Het logboek is NIET in orde. {uitkomst.breuk.melding}",
            f"Eerste regel die niet klopt: {uitkomst.breuk.volgnummer}. De {uitkomst.aantal} "
            "regels daarvoor zijn in orde.",
        )
    print(
        f"Logboek in orde: {uitkomst.aantal} regels, de keten klopt. "
        f"Laatste controlewaarde: {uitkomst.laatste_hash}"
    )
    return 0


def _export(args) -> int:
    from jeugdloket.services import logboek

    pad = Path(args.uitvoer)
    if pad.suffix.lower() not in (".csv", ".xlsx"):
        raise gm.Stop(f"{args.uitvoer}: kies een bestandsnaam die eindigt op .csv of .xlsx")
    db = gm.open(args)
    try:
        aantal = logboek.exporteer_casus(db, args.casus, pad)
    finally:
        db.sluit()
    print(f"Casus {args.casus}: {aantal} regels geschreven naar {pad}")
    return 0


def _toon(args) -> int:
    from jeugdloket.services import logboek

    db = gm.open(args)
    try:
        regels = logboek.regels(db, args.casus, args.medewerker, args.van, args.tot, args.max)
    finally:
        db.sluit()
    if args.json:
        json.dump(
            [
                {
                    "volgnummer": r.volgnummer,
                    "moment": r.moment.isoformat(),
                    "gebruiker": r.gebruiker,
                    "medewerker": r.medewerker,
                    "actie": r.actie,
                    "casusnummer": r.casusnummer,
                    "werkplek": r.werkplek,
                    "reden": r.reden,
                    "omschrijving": r.omschrijving,
                }
                for r in regels
            ],
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        sys.stdout.write("\n")
        return 0
    for r in regels:
        casus = r.casusnummer or "-"
        extra = "; ".join(x for x in (r.omschrijving, r.reden and f"reden: {r.reden}") if x)
        print(
            f"{r.volgnummer:>7}  {r.moment:%d-%m-%Y %H:%M:%S}  {r.gebruiker:<20} {r.actie:<18} {casus:<10} {extra}"
        )
    return 0


# ------------------------------------------------------------------ medewerkers


def _lijst(args) -> int:
    from jeugdloket.services import toegang

    db = gm.open(args)
    try:
        for a in toegang.accounts(db):
            staat = [] if a.actief else ["inactief"]
            if not a.heeft_wachtwoord:
                staat.append("nog geen wachtwoord")
            if a.geblokkeerd_tot:
                staat.append(f"geblokkeerd tot {a.geblokkeerd_tot:%d-%m-%Y %H:%M}")
            print(
                f"{a.gebruikersnaam:<20} {a.naam:<30} {', '.join(a.rollen):<32} {'; '.join(staat)}"
            )
    finally:
        db.sluit()
    return 0


def _maak(args) -> int:
    from jeugdloket.services import medewerkers, toegang
    from jeugdloket.teamdb import is_postgres

    db = gm.open(args)
    try:
        team = is_postgres(db.engine)
        # On the team register the medewerker is a login: its first password now (from
        # JEUGDLOKET_WACHTWOORD or typed twice), or they cannot connect at all.
        wachtwoord = gm.nieuw_wachtwoord(args.gebruikersnaam) if team else None
        if wachtwoord:
            problemen = toegang.wachtwoord_problemen(wachtwoord[0], args.gebruikersnaam)
            if wachtwoord[0] != wachtwoord[1]:
                problemen.append("De twee wachtwoorden zijn niet gelijk.")
            if problemen:  # before anything is made: no login left without a password
                raise gm.Stop(*problemen)
        m = medewerkers.maak_medewerker(db, args.gebruikersnaam, args.naam, args.rol[0])
        if len(set(args.rol)) > 1:
            toegang.zet_rollen(db, m.gebruikersnaam, args.rol)
        if wachtwoord:
            toegang.zet_wachtwoord(db, m.gebruikersnaam, *wachtwoord)
    finally:
        db.sluit()
    if team:
        print(
            f"Medewerker {m.gebruikersnaam} ({m.naam}) gemaakt met rol {', '.join(args.rol)}, "
            f"met een eigen login op het teamregister (rol {m.gebruikersnaam} in PostgreSQL)."
        )
    else:
        print(
            f"Medewerker {m.gebruikersnaam} ({m.naam}) gemaakt met rol {', '.join(args.rol)}; "
            "het wachtwoord kiest de medewerker bij de eerste aanmelding "
            f"(of zet het met: jeugdloket medewerker wachtwoord {m.gebruikersnaam})."
        )
    return 0


def _actief(args) -> int:
    from jeugdloket.services import toegang

    db = gm.open(args)
    try:
        toegang.zet_actief(db, args.gebruikersnaam, args.actief)
    finally:
        db.sluit()
    wat = "staat weer op het team" if args.actief else "is van het team gehaald"
    print(f"{args.gebruikersnaam} {wat}.")
    return 0


def _rollen(args) -> int:
    from jeugdloket.services import toegang

    db = gm.open(args)
    try:
        m = toegang.zet_rollen(db, args.gebruikersnaam, args.rol)
    finally:
        db.sluit()
    print(f"{m.gebruikersnaam}: {', '.join(sorted(m.rollen))}")
    return 0


def _wachtwoord(args) -> int:
    from jeugdloket.services import toegang

    wachtwoord, herhaling = gm.nieuw_wachtwoord(args.gebruikersnaam)
    db = gm.open(args)
    try:
        toegang.zet_wachtwoord(db, args.gebruikersnaam, wachtwoord, herhaling)
    finally:
        db.sluit()
    print(f"Wachtwoord van {args.gebruikersnaam} gezet.")
    return 0


def _ontgrendel(args) -> int:
    from jeugdloket.services import toegang

    db = gm.open(args)
    try:
        toegang.ontgrendel(db, args.gebruikersnaam)
    finally:
        db.sluit()
    print(f"Blokkade van {args.gebruikersnaam} opgeheven.")
    return 0


# ------------------------------------------------------------------ one case


def _casus_id(db, nummer: str):
    from jeugdloket.fouten import NietGevonden
    from jeugdloket.services import casussen

    casus_id = casussen.zoek_casusnummer(db, nummer)
    if casus_id is None:
        raise NietGevonden(f"Casus bestaat niet: {nummer}")
    return casus_id


def _deel(args) -> int:
    from jeugdloket.services import delen

    db = gm.open(args)
    try:
        casus_id = _casus_id(db, args.casusnummer)
        if args.stop:
            delen.trek_deling_in(db, casus_id, args.met)
            print(f"Casus {args.casusnummer} wordt niet meer gedeeld met {args.met}.")
        else:
            d = delen.deel_casus(db, casus_id, args.met)
            print(f"Casus {args.casusnummer} gedeeld met {d.naam} ({d.medewerker}).")
    finally:
        db.sluit()
    return 0


def _waarneming(args) -> int:
    from jeugdloket.services import delen

    db = gm.open(args)
    try:
        tot = delen.open_met_reden(db, _casus_id(db, args.casusnummer), args.reden)
    finally:
        db.sluit()
    if tot is None:
        print(f"U had al toegang tot casus {args.casusnummer}; er is niets veranderd.")
    else:
        print(
            f"Toegang tot casus {args.casusnummer} als waarnemer tot {tot:%d-%m-%Y %H:%M} (gelogd)."
        )
    return 0
