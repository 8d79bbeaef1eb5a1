"""The Levenskracht intake of a demo case and, for the older ones, its verklarende analyse.

Cases whose first contact is some days old have an intake (leefgebieden with scores, the
network, draagkracht and draaglast); the older ones a verklarende analyse too – factors,
samenhang, goals tied to the factors and a routekaart of actions – and most analyses of a few
weeks old are afgerond, so the case list shows every stage: Intake, Analyse and Plan.
"""

import random
import uuid
from datetime import date, timedelta

from sqlalchemy import Connection

from jeugdloket.demo import schrijven
from jeugdloket.demo.casus import DOOR
from jeugdloket.demo.kalender import Kalender
from jeugdloket.demo.tabellen import (
    ACTIES_CONSULENT,
    BESCHERMEND_ALG,
    BIJDRAGE,
    BRON_INSTANTIE,
    BRON_JONG,
    DRAAGLAST_ALG,
    DRAAGLAST_MULTI,
    GAAT_GOED,
    GAAT_GOED_JONG,
    GAAT_GOED_OOK,
    KRACHT_KIND,
    KRACHT_NETWERK,
    KRACHT_OUDER,
    SAMENHANG_TEKST,
    THEMAS,
    WANNEER_STEEDS,
    WANNEER_WOORDEN,
    ZORGEN_ALG,
)
from jeugdloket.demo.toeval import Keuze, kies, leeftijd_op, monster, nieuwe_uuid, tussen
from jeugdloket.models import (
    Actie,
    Doel,
    DoelFactor,
    Factor,
    Intake,
    LeefgebiedScore,
    Netwerklid,
    Samenhang,
)
from jeugdloket.regels.codelijsten import leefgebieden

# Leefgebied keys (resources/leefgebieden.csv) the code itself looks at: money worries come with
# multiprobleem, drugs and police only from 12. A key the team no longer has is left out.
_GI, _MI, _PJ = "geld_en_inkomen", "middelengebruik", "politie_en_justitie"

INTAKE_KANS = 0.75  # of the cases with a first contact at least INTAKE_NA days ago
INTAKE_NA = 10
ANALYSE_KANS = 0.70  # of those intakes, when the first contact is ANALYSE_NA days ago or more
ANALYSE_NA = 25
AFGEROND_KANS = 0.65  # of the analyses dated AFGEROND_NA days ago or more
AFGEROND_NA = 14
JEUGDIGE_SCOORT = 12  # from this age the child gives the inwoner scores, below it a parent
JEUGDIGE_DOET = 10  # from this age the child can have an action on the routekaart

NABIJHEID_RELATIE = {"17": (1, 1, 2), "18": (1,), "19": (1, 2), "20": (2, 2, 3), "09": (2, 3, 3)}
# Words in an action that say it recurs ("elke week", "'s avonds"): its wanneer is not a date.
_STEEDS = ("elke ", "per week", "'s ", " om ", "woensdag", "dinsdag", "zaterdag", "zondag")
FACTOR_TYPEN = ("predisponerend", "uitlokkend", "instandhoudend", "beschermend")
FACTOR_TYPEN_ANDERS = ("predisponerend", "uitlokkend", "beschermend")
_KRACHT_PER_LEEFTIJD = [
    [tekst for laag, hoog, tekst in KRACHT_KIND if laag <= a <= hoog] for a in range(18)
]
_EXTRA_TYPE = Keuze(
    {"instandhoudend": 40, "beschermend": 30, "uitlokkend": 15, "predisponerend": 15}
)


class Intakerijen:
    """The intake rows of one block of cases, written in foreign-key order."""

    __slots__ = (
        "intakes",
        "analyses",
        "scores",
        "netwerk",
        "factoren",
        "samenhang",
        "doelen",
        "doelfactoren",
        "acties",
    )

    def __init__(self):
        for naam in self.__slots__:
            setattr(self, naam, [])

    def schrijf(self, conn: Connection, geheugen: dict) -> None:
        # Intakes with and without an analysis apart: a bulk insert takes the columns of its
        # first row, and a missing JSON value must stay NULL rather than become JSON null.
        for model, rijen in (
            (Intake, self.intakes),
            (Intake, self.analyses),
            (LeefgebiedScore, self.scores),
            (Netwerklid, self.netwerk),
            (Factor, self.factoren),
            (Samenhang, self.samenhang),
            (Doel, self.doelen),
            (DoelFactor, self.doelfactoren),
            (Actie, self.acties),
        ):
            schrijven.schrijf(conn, model, rijen, geheugen)


class Intakes:
    """The intakes of the demo cases, drawn from the demo's one `rng`."""

    def __init__(
        self,
        rng: random.Random,
        vandaag: date,
        kalender: Kalender,
        namen: dict[uuid.UUID, str] | None = None,
    ):
        self.rng = rng
        self.vandaag = vandaag
        self.kalender = kalender
        self.namen = namen or {}  # consulent id → name, the author of an analysis
        self.team = {g: i for i, g in enumerate(leefgebieden())}  # leefgebied → volgorde

    def intake(
        self, casus_id: uuid.UUID, personen: list[dict], plan: tuple | None, rijen: Intakerijen
    ) -> None:
        """The Levenskracht intake of a case and, later on, its verklarende analyse.

        `plan` comes from `Casussen.casus` (None: no first contact yet); the people have their ids and
        refs. Only cases whose first contact is some days old have an intake; the older ones
        an analysis too, and the analyses of a few weeks old are mostly afgerond. Every date
        lies between the first contact and the closure (or vandaag).
        """
        if plan is None:
            return
        rng = self.rng
        thema, woorden, kinderen, ouders, eerste, afgesloten_op, consulent, multi = plan
        grens = afgesloten_op or self.vandaag
        dag1 = eerste.date()
        ruimte = (grens - dag1).days
        if ruimte < INTAKE_NA or rng.random() >= INTAKE_KANS:
            return
        t = THEMAS[thema]
        team = self.team
        kind, ouder1 = kinderen[0], ouders[0]
        leeftijd = min(17, leeftijd_op(kind["geboortedatum"], dag1))
        analyse = ruimte >= ANALYSE_NA and rng.random() < ANALYSE_KANS
        # The analysis is where verdiepen ends; without one, a third is still verkennen.
        verdiepen = analyse or rng.random() < 0.65

        lk_dag = self.kalender.werkdag_tot(dag1 + timedelta(days=tussen(rng, 0, INTAKE_NA)), grens)
        lk_moment = self.kalender.moment(lk_dag, eerste)

        # --- who scores: the child from 12, else the parent; the metgezel is someone close
        volwassenen = [p for p in personen if p["rol"] != "jeugdige"]
        anderen = [p for p in volwassenen if p["rol"] in ("verzorger", "netwerk")]
        if leeftijd >= JEUGDIGE_SCOORT:
            inwoner = kind
            metgezel = ouder1 if rng.random() < 0.6 else kies(rng, volwassenen)
        else:
            inwoner = ouder1
            kandidaten = [p for p in volwassenen if p is not ouder1]
            metgezel = kies(rng, kandidaten) if kandidaten else None

        # --- the leefgebieden: the theme's trouble, and more to make 4–9
        kern = [g for g in t["gebieden"] if g in team]
        if multi and _GI in team and _GI not in kern:
            kern.append(_GI)
        aantal = max(tussen(rng, 4, 9), len(kern))
        overig = [g for g in team if g not in kern and (leeftijd >= 12 or g not in (_MI, _PJ))]
        extra = monster(rng, overig, aantal - len(kern))
        gekozen = [g for g in team if g in kern or g in extra]  # the team's order
        verschil = ()
        if metgezel is not None and rng.random() < 0.5:
            verschil = monster(rng, gekozen, tussen(rng, 1, 2))
        jong = leeftijd < 4
        inwoner_id = inwoner["id"]
        for g in gekozen:
            if g in kern:
                zorg = t["zorgen"].get(g) or ZORGEN_ALG.get(g)
                zorgen = kies(rng, zorg).format_map(woorden) if zorg else None
                ook = GAAT_GOED_OOK.get(g)
                gaat_goed = (
                    kies(rng, ook).format_map(woorden) if ook and rng.random() < 0.3 else None
                )
                score = tussen(rng, 2, 5)
            else:
                goed = (jong and GAAT_GOED_JONG.get(g)) or GAAT_GOED.get(g)
                zorg = ZORGEN_ALG.get(g)
                zorgen = (
                    kies(rng, zorg).format_map(woorden) if zorg and rng.random() < 0.15 else None
                )
                gaat_goed = (
                    kies(rng, goed).format_map(woorden)
                    if goed and (zorgen is None or rng.random() < 0.5)
                    else None
                )
                score = tussen(rng, 4, 7) if zorgen else tussen(rng, 6, 9)
            if metgezel is None:
                score_metgezel = None
            elif g in verschil:  # a talking point on the spiegelblad
                d = tussen(rng, 3, 4)
                if score + d > 10 or (score - d >= 1 and rng.random() < 0.5):
                    score_metgezel = score - d
                else:
                    score_metgezel = score + d
            else:
                score_metgezel = min(10, max(1, score + kies(rng, (-1, 0, 0, 1))))
            rijen.scores.append(
                {
                    "id": nieuwe_uuid(rng),
                    "version": 1,
                    "aangemaakt_op": lk_moment,
                    "bijgewerkt_op": lk_moment,
                    "aangemaakt_door": DOOR,
                    "bijgewerkt_door": DOOR,
                    "casus_id": casus_id,
                    "leefgebied": g,
                    "volgorde": team[g],
                    "gaat_goed": gaat_goed,
                    "zorgen": zorgen,
                    "score_inwoner": score,
                    "score_metgezel": score_metgezel,
                    "inwoner_id": inwoner_id,
                }
            )

        # --- verdiepen: the network, draagkracht and draaglast
        leden: list[dict] = []
        draagkracht = draaglast = None
        if verdiepen:
            if volwassenen:
                leden = monster(rng, volwassenen, tussen(rng, 2, 5))
                leden.sort(key=lambda p: p["volgorde"])
            for p in leden:
                rol = p["rol"]
                if rol == "ouder":
                    thuis = (p["straat"], p["huisnummer"]) == (kind["straat"], kind["huisnummer"])
                    sleutel = "ouder_thuis" if thuis else "ouder_elders"
                    nabijheid = 1 if thuis else kies(rng, (1, 2))
                elif rol == "verzorger":
                    sleutel, nabijheid = "verzorger", 1
                else:
                    sleutel = p["relatie"] if p["relatie"] in BIJDRAGE else "09"
                    nabijheid = kies(rng, NABIJHEID_RELATIE.get(sleutel, (2,)))
                bijdrage = (
                    kies(rng, BIJDRAGE[sleutel]).format_map(woorden) if rng.random() < 0.6 else None
                )
                rijen.netwerk.append(
                    {
                        "id": nieuwe_uuid(rng),
                        "version": 1,
                        "aangemaakt_op": lk_moment,
                        "bijgewerkt_op": lk_moment,
                        "aangemaakt_door": DOOR,
                        "bijgewerkt_door": DOOR,
                        "casus_id": casus_id,
                        "persoon_id": p["id"],
                        "nabijheid": nabijheid,
                        "bijdrage": bijdrage,
                    }
                )
            delen = [
                kies(rng, _KRACHT_PER_LEEFTIJD[leeftijd]),
                kies(rng, KRACHT_OUDER),
            ]
            if anderen and rng.random() < 0.5:
                wie = kies(rng, anderen)["voornaam"]
                delen.append(kies(rng, KRACHT_NETWERK).replace("{wie}", wie))
            draagkracht = " ".join(delen).format_map(woorden)
            delen = [kies(rng, t["draaglast"])]
            if multi:
                delen.append(kies(rng, DRAAGLAST_MULTI))
            if rng.random() < 0.3:
                delen.append(kies(rng, DRAAGLAST_ALG))
            draaglast = " ".join(delen).format_map(woorden)

        kop = {
            "id": nieuwe_uuid(rng),
            "version": 1,
            "aangemaakt_op": lk_moment,
            "bijgewerkt_op": lk_moment,
            "aangemaakt_door": DOOR,
            "bijgewerkt_door": DOOR,
            "casus_id": casus_id,
            "fase": "verdiepen" if verdiepen else "verkennen",
            "metgezel_id": metgezel["id"] if metgezel is not None else None,
            "draagkracht": draagkracht,
            "draaglast": draaglast,
        }
        if not analyse:
            rijen.intakes.append(kop)
            return

        # --- the verklarende analyse, some weeks after the first contact
        an_dag = self.kalender.werkdag_tot(
            dag1 + timedelta(days=tussen(rng, 18, min(50, ruimte))), grens
        )
        an_moment = self.kalender.moment(an_dag, lk_moment)

        # Factors: always one instandhoudende, the other three types, then more of any type.
        aantal = tussen(rng, 3, 7)
        typen = ["instandhoudend", *monster(rng, FACTOR_TYPEN_ANDERS, 3)]
        while len(typen) < aantal:
            typen.append(_EXTRA_TYPE(rng))
        typen = typen[:aantal]
        factoren: list[tuple[str, dict]] = []  # (type, row), in the order of FACTOR_TYPEN
        per_sjabloon: dict[int, dict] = {}  # template index → row, for the instandhoudende
        bron_instantie = BRON_JONG if jong else BRON_INSTANTIE
        for soort in FACTOR_TYPEN:
            n = typen.count(soort)
            if not n:
                continue
            pool = t[soort] + BESCHERMEND_ALG if soort == "beschermend" else t[soort]
            for i in monster(rng, range(len(pool)), n):
                niveau, gebied, tekst = pool[i]
                r = rng.random()
                if r < 0.2:
                    bron = woorden["ouder"]
                elif r < 0.3 and leeftijd >= JEUGDIGE_DOET:
                    bron = woorden["naam"]
                elif r < 0.4:
                    bron = kies(rng, bron_instantie)
                else:
                    bron = None
                r = rng.random()
                ref = f"f{len(factoren) + 1}"
                rij = {
                    "id": nieuwe_uuid(rng),
                    "version": 1,
                    "aangemaakt_op": an_moment,
                    "bijgewerkt_op": an_moment,
                    "aangemaakt_door": DOOR,
                    "bijgewerkt_door": DOOR,
                    "casus_id": casus_id,
                    "ref": ref,
                    "volgorde": len(factoren) + 1,
                    "type": soort,
                    "niveau": niveau,
                    "leefgebied": gebied if gebied in team else None,
                    "omschrijving": tekst.format_map(woorden),
                    "bron": bron,
                    "herkend": True if r < 0.85 else False if r < 0.95 else None,
                }
                factoren.append((soort, rij))
                rijen.factoren.append(rij)
                if soort == "instandhoudend":
                    per_sjabloon[i] = rij

        # Samenhang: mostly arrows into what keeps the problems going.
        paren = [
            (a, b)
            for j, (sb, b) in enumerate(factoren)
            if sb == "instandhoudend"
            for i, (sa, a) in enumerate(factoren)
            if i != j and (sa != "instandhoudend" or i < j)
        ]
        paren += [
            (a, b)
            for sa, a in factoren
            if sa == "predisponerend"
            for sb, b in factoren
            if sb == "uitlokkend"
        ]
        for volgorde, (a, b) in enumerate(monster(rng, paren, tussen(rng, 1, 4)), start=1):
            teksten = SAMENHANG_TEKST.get((a["type"], b["type"]))
            rijen.samenhang.append(
                {
                    "id": nieuwe_uuid(rng),
                    "version": 1,
                    "aangemaakt_op": an_moment,
                    "bijgewerkt_op": an_moment,
                    "aangemaakt_door": DOOR,
                    "bijgewerkt_door": DOOR,
                    "casus_id": casus_id,
                    "van_id": a["id"],
                    "naar_id": b["id"],
                    "volgorde": volgorde,
                    "toelichting": kies(rng, teksten) if teksten and rng.random() < 0.9 else None,
                }
            )

        # The header: summary, who took part, who wrote it, and whether it is afgerond.
        afgerond_op = None
        if (self.vandaag - an_dag).days >= AFGEROND_NA and rng.random() < AFGEROND_KANS:
            afgerond_op = min(an_dag + timedelta(days=tussen(rng, 0, 5)), grens)
        laatst = an_moment if afgerond_op is None else self.kalender.moment(afgerond_op, an_moment)
        deel = [ouder1]
        if len(ouders) > 1 and rng.random() < 0.6:
            deel.append(ouders[1])
        if leeftijd >= 8 and rng.random() < 0.75:
            deel.append(kind)
        if metgezel is not None and metgezel not in deel and rng.random() < 0.7:
            deel.append(metgezel)
        deel.sort(key=lambda p: p["volgorde"])
        kop.update(
            bijgewerkt_op=laatst,
            fase="vervullen" if afgerond_op or rng.random() < 0.4 else "verdiepen",
            samenvatting=kies(rng, t["samenvatting"]).format_map(woorden),
            deelnemers=[p["ref"] for p in deel],
            auteur=self.namen.get(consulent),
            auteur_rol="consulent jeugd",
            analyse_datum=an_dag,
            afgerond_op=afgerond_op,
        )
        rijen.analyses.append(kop)

        # Goals (at most three here, MAX_DOELEN allows five), each tied to a factor: first
        # those that tackle an instandhoudende factor of this analysis.
        kandidaten = [d for d in t["doelen"] if leeftijd >= d[4]]
        doelen = monster(rng, kandidaten, tussen(rng, 1, 3))
        doelen.sort(key=lambda d: d[3] not in per_sjabloon)
        eerste_inst = next(rij for soort, rij in factoren if soort == "instandhoudend")
        aanpakbaar = [rij for soort, rij in factoren if soort != "beschermend"]
        helpers = [p for p in leden if p is not ouder1] or [
            p for p in volwassenen if p is not ouder1
        ]
        oud = (grens - an_dag).days
        kans_gedaan = min(0.75, oud / 120)
        kans_bezig = kans_gedaan + min(0.2, 0.1 + oud / 100)
        for prioriteit, (omschrijving, goed_genoeg, acties, bij, _) in enumerate(doelen, start=1):
            doel_id = nieuwe_uuid(rng)
            rijen.doelen.append(
                {
                    "id": doel_id,
                    "version": 1,
                    "aangemaakt_op": an_moment,
                    "bijgewerkt_op": an_moment,
                    "aangemaakt_door": DOOR,
                    "bijgewerkt_door": DOOR,
                    "casus_id": casus_id,
                    "ref": f"d{prioriteit}",
                    "prioriteit": prioriteit,
                    "omschrijving": omschrijving.format_map(woorden),
                    "goed_genoeg": goed_genoeg.format_map(woorden),
                }
            )
            if bij in per_sjabloon:
                koppels = [per_sjabloon[bij]]
            elif prioriteit == 1:
                koppels = [eerste_inst]
            else:
                koppels = [kies(rng, aanpakbaar)]
            if rng.random() < 0.25:
                ander = kies(rng, factoren)[1]
                if ander not in koppels:
                    koppels.append(ander)
            for volgorde, f in enumerate(koppels, start=1):
                rijen.doelfactoren.append(
                    {"doel_id": doel_id, "factor_id": f["id"], "volgorde": volgorde}
                )

            mogelijk = [
                (rol, wat)
                for rol, wat in acties
                if (rol != "jeugdige" or leeftijd >= JEUGDIGE_DOET)
                and (rol != "netwerk" or helpers)
            ]
            aantal = tussen(rng, 1, 3)
            keuze = sorted(monster(rng, range(len(mogelijk)), aantal))
            gekozen_acties = [mogelijk[i] for i in keuze]
            if not gekozen_acties or (len(gekozen_acties) < aantal and rng.random() < 0.4):
                gekozen_acties.append(("consulent", kies(rng, ACTIES_CONSULENT)))
            for volgorde, (rol, wat) in enumerate(gekozen_acties, start=1):
                wie_id = (
                    None
                    if rol == "consulent"
                    else kind["id"]
                    if rol == "jeugdige"
                    else kies(rng, helpers)["id"]
                    if rol == "netwerk"
                    else ouders[1]["id"]
                    if len(ouders) > 1 and "{ouder}" not in wat and rng.random() < 0.25
                    else ouder1["id"]
                )
                r = rng.random()
                status = "gedaan" if r < kans_gedaan else "bezig" if r < kans_bezig else "open"
                wanneer = None
                if any(w in wat for w in _STEEDS):
                    if rng.random() < 0.6:
                        wanneer = kies(rng, WANNEER_STEEDS)
                else:
                    if rng.random() < 0.6:  # a date, when it is not in the future
                        dag = an_dag + timedelta(days=tussen(rng, 5, 42))
                        if dag <= grens:
                            wanneer = dag.isoformat()
                    if wanneer is None and rng.random() < 0.7:
                        wanneer = kies(rng, WANNEER_WOORDEN)
                rijen.acties.append(
                    {
                        "id": nieuwe_uuid(rng),
                        "version": 1,
                        "aangemaakt_op": an_moment,
                        "bijgewerkt_op": an_moment if status == "open" else laatst,
                        "aangemaakt_door": DOOR,
                        "bijgewerkt_door": DOOR,
                        "doel_id": doel_id,
                        "volgorde": volgorde,
                        "wie_id": wie_id,
                        "door_consulent": rol == "consulent",
                        "wat": wat.format_map(woorden),
                        "wanneer": wanneer,
                        "status": status,
                    }
                )
