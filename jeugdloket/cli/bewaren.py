"""Retention and AVG on the command line (cli.md):

    jeugdloket bewaartermijn [--op JJJJ-MM-DD] [--json]       files past the bewaartermijn
    jeugdloket bewaartermijn --vraag-vernietiging NR --reden TEKST
    jeugdloket bewaartermijn --bevestig NR                    (another coördinator)
    jeugdloket bewaartermijn --intrekken NR
    jeugdloket inzage (--bsn N | --casus NR [--persoon p1]) -o MAP

Who acts is `--gebruiker` / JEUGDLOKET_GEBRUIKER: destruction takes two different coördinatoren
by name. `registreer(sub, gedeeld)` adds the subcommands to `jeugdloket.cli`; exit codes and
error handling are `jeugdloket.cli.voer_uit`'s: 0 done, 1 refused, 2 wrong usage.
"""

import argparse
import json
import sys
from pathlib import Path

from jeugdloket.cli import gemeenschappelijk as gm


def registreer(sub: "argparse._SubParsersAction", gedeeld: argparse.ArgumentParser) -> None:
    """Add `bewaartermijn` and `inzage` to the subparsers `sub` of the jeugdloket parser."""
    bt = sub.add_parser(
        "bewaartermijn",
        parents=[gedeeld],
        help="dossiers voorbij de bewaartermijn (20 jaar na het einde van de hulp); "
        "vernietigen met twee coördinatoren",
        description="Zonder optie: de dossiers voorbij de bewaartermijn (casusnummer en data, "
        "geen namen). Vernietigen gaat in twee stappen door twee verschillende coördinatoren: "
        "de een vraagt het aan, de ander bevestigt.",
    )
    actie = bt.add_mutually_exclusive_group()
    actie.add_argument(
        "--vraag-vernietiging", metavar="NR", help="vraag vernietiging van dit dossier aan"
    )
    actie.add_argument(
        "--bevestig", metavar="NR", help="bevestig de vernietiging (door een andere coördinator)"
    )
    actie.add_argument("--intrekken", metavar="NR", help="trek een vernietigingsverzoek in")
    bt.add_argument(
        "--reden", metavar="TEKST", help="waarom vernietigen (bij --vraag-vernietiging; geen namen)"
    )
    bt.add_argument(
        "--op",
        type=gm.datum,
        metavar="JJJJ-MM-DD",
        help="welke dossiers op deze dag voorbij de termijn zijn (standaard: vandaag)",
    )
    bt.add_argument("--json", action="store_true", help="de lijst als JSON op stdout")
    bt.set_defaults(functie=_bewaartermijn, parser=bt)

    inz = sub.add_parser(
        "inzage",
        parents=[gedeeld],
        help="alles over één persoon (AVG art. 15): JSON in het uitwisselingsformaat en een PDF",
        description="Schrijft alle dossiers waarin de persoon voorkomt als JSON "
        "(uitwisselingsformaat) en als leesbare PDF in MAP. De bestandsnamen bevatten geen naam.",
    )
    wie = inz.add_mutually_exclusive_group(required=True)
    wie.add_argument("--bsn", metavar="N", help="BSN van de persoon: alle dossiers met dat BSN")
    wie.add_argument("--casus", metavar="NR", help="casusnummer")
    inz.add_argument(
        "--persoon",
        metavar="ID",
        help="de persoon in die casus (p1, p2 …); zonder: de hele casus",
    )
    inz.add_argument("-o", "--uitvoer", required=True, metavar="MAP", help="map voor de bestanden")
    inz.set_defaults(functie=_inzage, parser=inz)


# ---------------------------------------------------------------- bewaartermijn


def _bewaartermijn(args) -> int:
    from jeugdloket.services import bewaartermijn

    if args.reden is not None and not args.vraag_vernietiging:
        args.parser.error("--reden hoort bij --vraag-vernietiging")
    if args.vraag_vernietiging and not (args.reden or "").strip():
        args.parser.error("--vraag-vernietiging vraagt ook --reden TEKST (waarom; geen namen)")
    if args.op is not None and (args.vraag_vernietiging or args.bevestig or args.intrekken):
        args.parser.error("--op hoort bij de lijst, niet bij vernietigen")
    db = gm.open(args)
    try:
        if args.vraag_vernietiging:
            casus_id = bewaartermijn.casus_id_van(db, args.vraag_vernietiging)
            v = bewaartermijn.vraag_vernietiging(db, casus_id, args.reden)
            print(
                f"Vernietiging van casus {v.casusnummer} aangevraagd door {v.gevraagd_door}. "
                f"Een andere coördinator bevestigt met: jeugdloket bewaartermijn --bevestig "
                f"{v.casusnummer}"
            )
            return 0
        if args.bevestig:
            v = bewaartermijn.open_verzoek_voor(db, args.bevestig)
            uit = bewaartermijn.bevestig_vernietiging(db, v.id)
            print(
                f"Casus {uit.casusnummer} is vernietigd ({sum(uit.rijen.values())} rijen "
                f"verwijderd; aangevraagd door {v.gevraagd_door})."
            )
            if not uit.opgeschoond:
                print(
                    "Let op: het databasebestand kon nu niet worden opgeschoond (het is in "
                    "gebruik); de verwijderde gegevens zijn wel gewist. Het opschonen gebeurt "
                    "bij de volgende vernietiging.",
                    file=sys.stderr,
                )
            return 0
        if args.intrekken:
            v = bewaartermijn.open_verzoek_voor(db, args.intrekken)
            bewaartermijn.intrekken(db, v.id)
            print(f"Het verzoek om casus {v.casusnummer} te vernietigen is ingetrokken.")
            return 0
        lijst = bewaartermijn.verlopen(db, args.op)
        tellingen = bewaartermijn.tellingen(db)
    finally:
        db.sluit()
    _toon_lijst(lijst, tellingen, args.json)
    return 0


def _toon_lijst(lijst, tellingen, als_json: bool) -> None:
    if als_json:
        json.dump(
            {
                "verlopen": [
                    {
                        "casusnummer": d.casusnummer,
                        "einde_hulp": d.einde_hulp.isoformat(),
                        "bewaren_tot": d.bewaren_tot.isoformat(),
                        "verzoek": None
                        if d.verzoek is None
                        else {
                            "gevraagd_door": d.verzoek.gevraagd_door,
                            "gevraagd_op": d.verzoek.gevraagd_op.isoformat(),
                            "reden": d.verzoek.reden,
                        },
                    }
                    for d in lijst
                ],
                "vernietigd": [{"datum": d.isoformat(), "aantal": n} for d, n in tellingen],
            },
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        sys.stdout.write("\n")
        return
    if not lijst:
        print("Geen dossiers voorbij de bewaartermijn.")
    else:
        print(f"{'casus':<11} {'einde hulp':<11} {'bewaren t/m':<12} verzoek")
        for d in lijst:
            verzoek = ""
            if d.verzoek is not None:
                verzoek = f"aangevraagd door {d.verzoek.gevraagd_door} op {d.verzoek.gevraagd_op:%d-%m-%Y}"
            print(
                f"{d.casusnummer:<11} {d.einde_hulp:%d-%m-%Y}  {d.bewaren_tot:%d-%m-%Y}   {verzoek}".rstrip()
            )
        print(f"{len(lijst)} dossier(s) voorbij de bewaartermijn.")
    totaal = sum(n for _, n in tellingen)
    if totaal:
        print(f"Tot nu toe vernietigd: {totaal} dossier(s).")


# ---------------------------------------------------------------- inzage


def _inzage(args) -> int:
    from jeugdloket.services.inzage import inzage

    if args.persoon and not args.casus:
        args.parser.error("--persoon hoort bij --casus")
    map_ = Path(args.uitvoer)
    if not map_.is_dir():
        raise gm.Stop(f"{args.uitvoer}: de map bestaat niet; maak hem eerst aan")
    db = gm.open(args)
    try:
        r = inzage(
            db, bsn=args.bsn, casusnummer=args.casus, persoon_ref=args.persoon, doel_map=map_
        )
    finally:
        db.sluit()
    print(f"{len(r.casusnummers)} dossier(s): {', '.join(r.casusnummers)}")
    print(r.json_pad)
    print(r.pdf_pad)
    print(
        "Let op: het JSON-bestand bevat de hele dossiers, ook de gegevens van gezinsleden en "
        "anderen. Beoordeel vóór het verstrekken wat moet worden afgeschermd (AVG art. 15 "
        "lid 4); de PDF noemt van anderen alleen naam en rol.",
        file=sys.stderr,
    )
    return 0
