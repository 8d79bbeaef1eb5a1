"""One demo case: its family, the question, the first contact, the closure and the timeline.

`Casussen.casus` makes the rows of one case (casus, personen, contact moments) and hands on
what its intake needs (`intake.Intakes`).
"""

import random
import uuid
from bisect import bisect_right
from datetime import date, datetime, time, timedelta

from jeugdloket.demo.gezin import GEMEENTE_GEWICHT, Gezinnen
from jeugdloket.demo.kalender import PERIODE_DAGEN, Kalender
from jeugdloket.demo.tabellen import (
    HULPVRAGEN,
    HULPVRAGEN_JB,
    MULTIPROBLEEM,
    NOTITIES,
    TWEEDE_KIND,
    VOORZET_VERWIJZER,
)
from jeugdloket.demo.toeval import Keuze, hoofdletter, kies, leeftijd_op, tussen
from jeugdloket.regels.zoeken import jeugdigen_weergave, zoektekst

DOOR = "demo"  # aangemaakt_door and bijgewerkt_door of every demo row

# COD327: huisarts 40%, gemeente 35%, GI 10%, the rest spread over 03, 05, 06, 08.
VERWIJZER = {"02": 40, "01": 35, "04": 10, "03": 5, "06": 5, "05": 3, "08": 2}
REDEN_AFSLUITING = {"31": 70, "34": 11, "32": 9, "35": 6, "33": 4}
_STAP_OP_TIJD = Keuze({0: 20, 1: 35, 2: 25, 3: 20})  # werkdagen after registration
_EERSTE_SOORT = Keuze({"telefonisch": 60, "huisbezoek": 25, "gesprek_op_kantoor": 15})
_VERVOLG_SOORT = Keuze({"huisbezoek": 45, "gesprek_op_kantoor": 25, "telefonisch": 30})
_AANTAL_VERVOLG = Keuze({0: 45, 1: 35, 2: 20})


class _Zoektekst:
    """`regels.zoeken.zoektekst` of a case, fast: each name and postcode is folded once.

    zoektekst() joins the folded pieces of the case (number, then per person the names, BSN
    and postcode) with " | "; the same names and postcodes come back thousands of times in a
    large demo, so the pieces of one person are made by zoektekst() itself and kept. The tests
    check the outcome against zoektekst() for every case.
    """

    def __init__(self):
        self.namen: dict[tuple, str] = {}
        self.postcodes: dict[str, str] = {}

    def __call__(self, nummer: str, personen: list[dict]) -> str:
        delen = [zoektekst(nummer, [])[1:-1]]
        for p in personen:
            sleutel = (p["voornaam"], p["tussenvoegsel"], p["achternaam"])
            namen = self.namen.get(sleutel)
            if namen is None:
                namen = self.namen[sleutel] = zoektekst(
                    "",
                    [dict(zip(("voornaam", "tussenvoegsel", "achternaam"), sleutel, strict=True))],
                )[1:-1]
            if namen:
                delen.append(namen)
            if p["bsn"]:
                delen.append(p["bsn"])  # nine ASCII digits: folding leaves them as they are
            postcode = p["postcode"]
            if postcode:
                stuk = self.postcodes.get(postcode)
                if stuk is None:
                    stuk = self.postcodes[postcode] = zoektekst("", [{"postcode": postcode}])[1:-1]
                delen.append(stuk)
        return " " + " | ".join(delen) + " "


class Casussen:
    """The cases of the demo, drawn from the demo's one `rng`."""

    def __init__(self, rng: random.Random, vandaag: date, consulenten: list[tuple]):
        self.rng = rng
        self.vandaag = vandaag
        self.kalender = Kalender(rng, vandaag)
        self.gezinnen = Gezinnen(rng)
        self.zoektekst = _Zoektekst()
        self.consulenten = consulenten  # (id, gemeente, weight)
        self.verwijzer = Keuze(VERWIJZER)
        self.reden = Keuze(REDEN_AFSLUITING)
        self.per_gemeente = {
            g: Keuze({c[0]: c[2] * (4.0 if c[1] == g else 1.0) for c in consulenten})
            for g in GEMEENTE_GEWICHT
        }

    def casus(self, casus_id: uuid.UUID, nummer: str, aanmeld: datetime) -> tuple:
        """The rows of one case: (casus, personen, contact moments, plan for its intake)."""
        rng = self.rng
        vandaag = self.vandaag
        kalender = self.kalender
        dag0 = aanmeld.date()
        gemeente = self.gezinnen.gemeente(rng)
        thuis = self.gezinnen.adres(gemeente)
        personen, kinderen, ouders = self.gezinnen.gezin(dag0, gemeente, thuis)

        # --- the question
        kind = kinderen[0]
        leeftijd = leeftijd_op(kind["geboortedatum"], dag0)
        verwijzer = self.verwijzer(rng)
        moeder_in_beeld = ouders[0]["geslacht"] == "2"
        vader_in_beeld = any(p["geslacht"] == "1" for p in ouders)
        ouder_woord = "moeder" if moeder_in_beeld else "vader"
        woorden = {
            "naam": kind["voornaam"],
            "leeftijd": leeftijd,
            "zijn": "zijn" if kind["_jongen"] else "haar",
            "hij": "hij" if kind["_jongen"] else "zij",
            "ouder": ouder_woord,
            "Ouder": hoofdletter(ouder_woord),
            "Hij": "Hij" if kind["_jongen"] else "Zij",
            "Zijn": "Zijn" if kind["_jongen"] else "Haar",
            "hem": "hem" if kind["_jongen"] else "haar",
        }
        if verwijzer in ("04", "08"):
            tekst = kies(rng, HULPVRAGEN_JB).format(**woorden)
            thema = "jb"
            kader = "gedwongen" if rng.random() < 0.75 else "drang"
        else:
            while True:
                laag, hoog, sjabloon, thema = kies(rng, HULPVRAGEN)
                if (
                    laag <= leeftijd <= hoog
                    and (thema != "scheiding" or len(ouders) == 2)
                    and (moeder_in_beeld or "moeder" not in sjabloon)
                ):
                    break
            tekst = sjabloon.format(**woorden)
            voorzet = VOORZET_VERWIJZER.get(verwijzer)
            if voorzet:
                tekst = kies(rng, voorzet).format(**woorden) + tekst
            r = rng.random()
            if thema == "veiligheid":
                kader = "drang" if r < 0.4 else "gedwongen" if r < 0.5 else "vrijwillig"
            else:
                kader = "drang" if r < 0.06 else "gedwongen" if r < 0.08 else "vrijwillig"
        if (
            len(kinderen) > 1
            and thema in ("scheiding", "veiligheid", "ouder")
            and rng.random() < 0.6
        ):
            tweede = kinderen[1]
            tekst += " " + kies(rng, TWEEDE_KIND).format(
                naam=tweede["voornaam"], zijn_ander="hem" if tweede["_jongen"] else "haar"
            )
        multi = rng.random() < (0.45 if kader != "vrijwillig" else 0.17)
        if multi:
            while True:
                zin = kies(rng, MULTIPROBLEEM)
                if (moeder_in_beeld or "Moeder" not in zin) and (
                    vader_in_beeld or "ader" not in zin
                ):
                    break
            tekst += " " + zin

        consulent = self.per_gemeente[gemeente](rng)

        # --- first contact: mostly within 3 werkdagen, some late, none yet for a few recent ones
        na_dag0 = bisect_right(kalender.wd, dag0)  # index of the 1st werkdag after the day itself
        # ~89% within the 3 werkdagen (0 = the day itself), the rest 1–6 werkdagen late.
        stap = _STAP_OP_TIJD(rng) if rng.random() < 0.89 else tussen(rng, 4, 9)
        eerste = None
        if stap == 0 and kalender.werkdagen.is_werkdag(dag0):
            eerste = kalender.tijdstip(dag0, na=aanmeld)
        if eerste is None:
            stap = max(stap, 1)
            dag = kalender.wd[na_dag0 + stap - 1]
            if dag <= vandaag:
                eerste = kalender.tijdstip(dag)
        # Recent cases registered in the last days: some are still waiting for a call back.
        if eerste is not None and (vandaag - dag0).days <= 4 and rng.random() < 0.35:
            eerste = None

        # --- closed or not: about half of the cases older than ~4 months
        leeftijd_casus = (vandaag - dag0).days
        if leeftijd_casus < 21:
            kans = 0.0
        elif leeftijd_casus < 120:
            kans = 0.12
        elif leeftijd_casus <= PERIODE_DAGEN:
            kans = 0.3 + 0.4 * (leeftijd_casus - 120) / (PERIODE_DAGEN - 120)
        else:
            # Only for a demo larger than 18 months can hold: old cases are nearly all closed.
            kans = 0.7 + 0.27 * min(1.0, (leeftijd_casus - PERIODE_DAGEN) / PERIODE_DAGEN)
        einde = vandaag
        afgesloten_op = reden = None
        if eerste is not None and rng.random() < kans:
            beschikbaar = (vandaag - eerste.date()).days
            r = rng.random()
            duur = (
                tussen(rng, 14, 45)
                if r < 0.4
                else tussen(rng, 45, 120)
                if r < 0.75
                else tussen(rng, 120, 365)
            )
            if duur > beschikbaar:
                duur = tussen(rng, min(10, beschikbaar), beschikbaar)
            if beschikbaar >= 10:
                einde = eerste.date() + timedelta(days=duur)
                afgesloten_op = einde
                reden = self.reden(rng)

        # --- the timeline
        momenten: list[tuple[datetime, str, str]] = []
        if eerste is not None:
            soort = _EERSTE_SOORT(rng)
            momenten.append((eerste, soort, "eerste_" + soort))
            dag = eerste.date()
            if soort == "telefonisch" and rng.random() < 0.8:
                dag = kalender.werkdag_vanaf(dag + timedelta(days=tussen(rng, 2, 10)))
                if dag and dag <= einde:
                    momenten.append((kalender.tijdstip(dag), "huisbezoek", "kennismaking"))
            for _ in range(_AANTAL_VERVOLG(rng)):
                if dag is None:
                    break
                dag = kalender.werkdag_vanaf(dag + timedelta(days=tussen(rng, 7, 24)))
                if dag and dag <= einde:
                    soort = _VERVOLG_SOORT(rng)
                    fase = "vervolg_telefonisch" if soort == "telefonisch" else "vervolg"
                    momenten.append((kalender.tijdstip(dag), soort, fase))
            if multi and rng.random() < 0.8:
                dag = kalender.werkdag_vanaf(eerste.date() + timedelta(days=tussen(rng, 10, 35)))
                if dag and dag <= einde:
                    momenten.append((kalender.tijdstip(dag), "mdo", "mdo"))
            # Longer cases: evaluation after ~3 months, then now and then a check.
            if (einde - eerste.date()).days > 100:
                dag = kalender.werkdag_vanaf(eerste.date() + timedelta(days=tussen(rng, 84, 98)))
                evaluaties = 0
                while dag and dag <= einde and evaluaties < 3:
                    evaluaties += 1
                    momenten.append((kalender.tijdstip(dag), "evaluatie", "evaluatie"))
                    dag = kalender.werkdag_vanaf(dag + timedelta(days=tussen(rng, 150, 240)))
                    if dag and dag <= einde and rng.random() < 0.5:
                        momenten.append((kalender.tijdstip(dag), "telefonisch", "monitoring"))
                        dag = kalender.werkdag_vanaf(dag + timedelta(days=tussen(rng, 60, 120)))
            if afgesloten_op is not None and rng.random() < 0.5:
                i = bisect_right(kalender.wd, afgesloten_op) - 1  # the last werkdag ≤ afsluiting
                dag = kalender.wd[i]
                if dag > eerste.date():
                    momenten.append((kalender.tijdstip(dag), "telefonisch", "afsluiting"))
            momenten.sort(key=lambda m: m[0])

        contactmomenten = [
            (datum, soort, hoofdletter(kies(rng, NOTITIES[fase]).format(**woorden)))
            for datum, soort, fase in momenten
        ]
        if afgesloten_op is not None and momenten:
            afgesloten_op = max(afgesloten_op, momenten[-1][0].date())
        laatst = max(
            [aanmeld]
            + [m[0] for m in momenten]
            + ([datetime.combine(afgesloten_op, time(16, 30))] if afgesloten_op else [])
        )
        for k in kinderen:
            del k["_jongen"]
        casus = {
            "id": casus_id,
            "version": 1,
            "aangemaakt_op": aanmeld,
            "bijgewerkt_op": laatst,
            "aangemaakt_door": DOOR,
            "bijgewerkt_door": DOOR,
            "casusnummer": nummer,
            "gemeente": gemeente,
            "consulent_id": consulent,
            "aanmelddatum": aanmeld,
            "verwijzer": verwijzer,
            "hulpvraag": tekst,
            "soort_vraag": "multiprobleem" if multi else "enkelvoudig",
            "kader": kader,
            "eerste_contact": eerste,
            "afgesloten_op": afgesloten_op,
            "reden_afsluiting": reden,
            "zoektekst": self.zoektekst(nummer, personen),
            "jeugdigen": jeugdigen_weergave(personen),
        }
        # What the intake needs once the people have their ids (see `intake.Intakes.intake`).
        plan = (
            None
            if eerste is None
            else (thema, woorden, kinderen, ouders, eerste, afgesloten_op, consulent, multi)
        )
        return casus, personen, contactmomenten, plan
