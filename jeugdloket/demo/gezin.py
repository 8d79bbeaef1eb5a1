"""The families of the demo: parents, children, carers and network, with names and addresses.

Names come from `tabellen.HERKOMSTEN` (a family's origin, sometimes mixed), addresses from the
streets of the three gemeenten; every BSN passes the 11-proef and is unique in the demo.
"""

import random
from datetime import date, timedelta
from functools import cache

from jeugdloket.demo.tabellen import HERKOMSTEN, STRATEN
from jeugdloket.demo.toeval import Keuze, kies, leeftijd_op, tussen
from jeugdloket.regels.zoeken import vouw

GEMEENTE_GEWICHT = {"Duiven": 49, "Westervoort": 29, "Doesburg": 22}
# PostNL uses no F, I, O, Q, U or Y in a postcode (and no SA, SD, SS).
_POSTCODELETTERS = "ABCDEGHJKLMNPRSTVWXZ"
# COD472 for the network around the family.
NETWERK_RELATIE = {"17": 50, "20": 24, "19": 16, "18": 5, "09": 5}
_LEEFTIJD_GEWICHT = [3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 7, 7, 8, 8, 9, 9, 7, 6]  # 0..17
_EMAILDOMEINEN = {"gmail.com": 35, "hotmail.com": 20, "outlook.com": 12, "ziggo.nl": 10,
                  "kpnmail.nl": 8, "live.nl": 6, "icloud.com": 5, "home.nl": 4}  # fmt: skip
_AANTAL_KINDEREN = Keuze({1: 58, 2: 30, 3: 12})
_AANTAL_NETWERK = Keuze({0: 45, 1: 30, 2: 17, 3: 8})

# Weighted digit sums of the 11-proef for the first and the last four of the first 8 digits.
_ELF_HOOG = [
    sum(int(c) * w for c, w in zip(f"{i:04d}", (9, 8, 7, 6), strict=True)) for i in range(10_000)
]
_ELF_LAAG = [
    sum(int(c) * w for c, w in zip(f"{i:04d}", (5, 4, 3, 2), strict=True)) for i in range(10_000)
]


@cache
def _ascii(tekst: str) -> str:
    return "".join(c for c in vouw(tekst) if c.isalnum())


class Gezinnen:
    """The people of each demo case, drawn from the demo's one `rng`."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.bsns: set[str] = set()
        self.gemeente = Keuze(GEMEENTE_GEWICHT)
        self.herkomst = Keuze({k: h["gewicht"] for k, h in HERKOMSTEN.items()})
        self.relatie = Keuze(NETWERK_RELATIE)
        self.domein = Keuze(_EMAILDOMEINEN)
        self.leeftijd = Keuze(dict(enumerate(_LEEFTIJD_GEWICHT)))

    def bsn(self) -> str:
        rng = self.rng
        while True:
            basis = tussen(rng, 10_000_000, 99_999_999)
            controle = (_ELF_HOOG[basis // 10_000] + _ELF_LAAG[basis % 10_000]) % 11
            if controle == 10:
                continue
            nummer = f"{basis}{controle}"
            if nummer not in self.bsns:
                self.bsns.add(nummer)
                return nummer

    def adres(self, gemeente: str) -> tuple[str, str, str, str]:
        rng = self.rng
        woonplaats, straat, cijfers, letter, hoogste = kies(rng, STRATEN[gemeente])
        nummer = tussen(rng, 1, hoogste)
        # Consecutive numbers share a postcode, as in real streets.
        tweede = _POSTCODELETTERS[(_POSTCODELETTERS.index(letter) * 7 + nummer // 24) % 20]
        huisnummer = str(nummer)
        r = rng.random()
        if r < 0.05:
            huisnummer += kies(rng, "abc")
        elif r < 0.07:
            huisnummer += f"-{tussen(rng, 1, 3)}"
        return straat, huisnummer, f"{cijfers} {letter}{tweede}", woonplaats

    def telefoon(self) -> str:
        return f"06-{tussen(self.rng, 10_000_000, 99_999_999)}"

    def email(self, voornaam: str, tv: str, achternaam: str, geboren: date | None) -> str:
        rng = self.rng
        v, a = _ascii(voornaam), _ascii(tv + achternaam)
        vorm = tussen(rng, 0, 4)
        if vorm == 0:
            lokaal = f"{v}.{a}"
        elif vorm == 1:
            lokaal = f"{v}{a}"
        elif vorm == 2:
            lokaal = f"{v[0]}.{a}"
        elif vorm == 3 and geboren is not None:
            lokaal = f"{v}{geboren.year % 100:02d}"
        else:
            lokaal = f"{v}.{a}{tussen(rng, 1, 99)}"
        return f"{lokaal}@{self.domein(rng)}"

    # ------------------------------------------------------------ one family

    def gezin(
        self, dag0: date, gemeente: str, thuis: tuple[str, str, str, str]
    ) -> tuple[list[dict], list[dict], list[dict]]:
        """The family of a case registered on `dag0`, living at `thuis` in `gemeente`.

        Returns (personen, kinderen, ouders): the person rows in order, and the children and
        parents among them. Each child carries `_jongen` (for the pronouns of the texts) until
        the case is made.
        """
        rng = self.rng
        personen: list[dict] = []

        def persoon(rol, voornaam, tv, achternaam, geboren, geslacht, **velden) -> dict:
            p = {
                "rol": rol,
                "voornaam": voornaam,
                "tussenvoegsel": tv or None,
                "achternaam": achternaam,
                "geboortedatum": geboren,
                "bsn": None,
                "geslacht": geslacht,
                "gezag": None,
                "relatie": None,
                "telefoon": None,
                "email": None,
                "straat": None,
                "huisnummer": None,
                "postcode": None,
                "woonplaats": None,
            }
            p.update(velden)
            personen.append(p)
            return p

        def vrije_voornaam(voornamen, achternaam: str) -> str:
            # Two people with the same full name in one family confuse everyone who reads it.
            bezet = {(q["voornaam"], q["achternaam"]) for q in personen}
            voornaam = kies(rng, voornamen)
            for _ in range(20):
                if (voornaam, achternaam) not in bezet:
                    break
                voornaam = kies(rng, voornamen)
            return voornaam

        def met_adres(adres) -> dict:
            return dict(zip(("straat", "huisnummer", "postcode", "woonplaats"), adres, strict=True))

        # --- the family: origin, parents, children
        h_moeder = HERKOMSTEN[self.herkomst(rng)]
        h_vader = h_moeder if rng.random() < 0.88 else HERKOMSTEN[self.herkomst(rng)]
        vorm = rng.random()
        gezinsvorm = "samen" if vorm < 0.5 else "gescheiden" if vorm < 0.75 else "eenouder"
        alleen_vader = gezinsvorm == "eenouder" and rng.random() < 0.2
        naam_moeder = kies(rng, h_moeder["achternamen"])
        naam_vader = kies(rng, h_vader["achternamen"])
        if gezinsvorm == "eenouder" and not alleen_vader:
            # Children carry the mother's name or that of a father who is not in the picture.
            naam_kind, h_kind = (
                (naam_moeder, h_moeder) if rng.random() < 0.5 else (naam_vader, h_vader)
            )
        elif rng.random() < 0.12:
            naam_kind, h_kind = naam_moeder, h_moeder  # naamskeuze: the mother's name
        else:
            naam_kind, h_kind = naam_vader, h_vader
        h_voornaam_kind = h_kind if rng.random() < 0.85 else HERKOMSTEN["nl"]

        aantal_kinderen = _AANTAL_KINDEREN(rng)
        leeftijden = [self.leeftijd(rng)]
        tweeling = aantal_kinderen > 1 and rng.random() < 0.04
        while len(leeftijden) < aantal_kinderen:
            if tweeling and len(leeftijden) == 1:
                leeftijden.append(leeftijden[0])
                continue
            kandidaat = leeftijden[-1] + kies(rng, (-1, 1)) * tussen(rng, 1, 5)
            if 0 <= kandidaat <= 17 and kandidaat not in leeftijden:
                leeftijden.append(kandidaat)
            elif len(leeftijden) == 1 and leeftijden[0] in (0, 17):
                leeftijden.append(1 if leeftijden[0] == 0 else 15)
            elif rng.random() < 0.3:
                break  # no room for another sibling: a smaller family
        kinderen = []
        for i, leeftijd in enumerate(leeftijden):
            if tweeling and i == 1:
                geboren = kinderen[0]["geboortedatum"]
            else:
                geboren = dag0 - timedelta(
                    days=leeftijd * 365 + leeftijd // 4 + tussen(rng, 1, 364)
                )
                while leeftijd_op(geboren, dag0) > 17:
                    geboren += timedelta(days=20)
            jongen = rng.random() < 0.52
            geslacht = "1" if jongen else "2"
            if rng.random() < 0.003:
                geslacht = "0"
            voornamen = h_voornaam_kind["jongens" if jongen else "meisjes"]
            voornaam = kies(rng, voornamen)
            while any(k["voornaam"] == voornaam for k in kinderen):
                voornaam = kies(rng, voornamen)
            tv, man, vrouw = naam_kind
            k = persoon(
                "jeugdige",
                voornaam,
                tv,
                man if jongen else vrouw,
                geboren,
                geslacht,
                bsn=self.bsn(),
                **met_adres(thuis),
            )
            if leeftijd >= 12 and rng.random() < 0.5:
                k["telefoon"] = self.telefoon()
            k["_jongen"] = jongen
            kinderen.append(k)
        oudste = min(k["geboortedatum"] for k in kinderen)

        def ouder(h, naam, vrouw: bool, adres, gezag: bool) -> dict:
            tv, man, vrouwnaam = naam
            achternaam = vrouwnaam if vrouw else man
            # Not the name of one of the children (a son named after his father confuses).
            voornaam = vrije_voornaam(h["vrouwen" if vrouw else "mannen"], achternaam)
            leeftijd_bij_geboorte = tussen(rng, 20, 40) if vrouw else tussen(rng, 22, 45)
            geboren = oudste - timedelta(days=leeftijd_bij_geboorte * 365 + tussen(rng, 0, 364))
            p = persoon(
                "ouder",
                voornaam,
                tv,
                achternaam,
                geboren,
                "2" if vrouw else "1",
                bsn=self.bsn(),
                gezag=gezag,
                **met_adres(adres),
            )
            if rng.random() < 0.95:
                p["telefoon"] = self.telefoon()
            if rng.random() < 0.8:
                p["email"] = self.email(voornaam, tv, achternaam, geboren)
            return p

        ouders = []
        if gezinsvorm == "eenouder":
            ouders.append(
                ouder(h_vader, naam_vader, False, thuis, True)
                if alleen_vader
                else ouder(h_moeder, naam_moeder, True, thuis, True)
            )
        else:
            ouders.append(ouder(h_moeder, naam_moeder, True, thuis, True))
            if gezinsvorm == "samen":
                ouders.append(ouder(h_vader, naam_vader, False, thuis, True))
            else:
                elders = gemeente if rng.random() < 0.7 else self.gemeente(rng)
                ouders.append(
                    ouder(h_vader, naam_vader, False, self.adres(elders), rng.random() < 0.85)
                )

        if rng.random() < 0.08:
            if gezinsvorm == "samen" or rng.random() < 0.4:
                # A grandmother who takes care of the children much of the week.
                tv, _, vrouwnaam = naam_moeder
                geboren = ouders[0]["geboortedatum"] - timedelta(days=tussen(rng, 20, 35) * 365)
                persoon(
                    "verzorger",
                    vrije_voornaam(h_moeder["vrouwen"], vrouwnaam),
                    tv,
                    vrouwnaam,
                    geboren,
                    "2",
                    gezag=False,
                    relatie="17",
                    telefoon=self.telefoon(),
                )
            else:
                # The mother's new partner, living in.
                h = HERKOMSTEN[self.herkomst(rng)]
                tv, man, _ = kies(rng, h["achternamen"])
                voornaam = kies(rng, h["mannen"])
                geboren = ouders[0]["geboortedatum"] - timedelta(days=tussen(rng, -2500, 3000))
                persoon(
                    "verzorger",
                    voornaam,
                    tv,
                    man,
                    geboren,
                    "1",
                    bsn=self.bsn() if rng.random() < 0.6 else None,
                    gezag=False,
                    relatie="18",
                    telefoon=self.telefoon(),
                    **met_adres(thuis),
                )

        for _ in range(_AANTAL_NETWERK(rng)):
            relatie = self.relatie(rng)
            vrouw = rng.random() < 0.65
            if relatie in ("17", "18"):
                h, naam = (
                    (h_moeder, naam_moeder)
                    if rng.random() < 0.6 or len(ouders) == 1
                    else (h_vader, naam_vader)
                )
            else:
                h = HERKOMSTEN[self.herkomst(rng)] if rng.random() < 0.5 else h_moeder
                naam = kies(rng, h["achternamen"])
            tv, man, vrouwnaam = naam
            achternaam = vrouwnaam if vrouw else man
            p = persoon(
                "netwerk",
                vrije_voornaam(h["vrouwen" if vrouw else "mannen"], achternaam),
                tv,
                achternaam,
                None,
                "2" if vrouw else "1",
                relatie=relatie,
            )
            if rng.random() < 0.6:
                p["telefoon"] = self.telefoon()
            if rng.random() < 0.2:
                p["email"] = self.email(p["voornaam"], tv, p["achternaam"], None)
            if relatie == "19":
                straat, huisnummer, postcode, woonplaats = thuis
                buurnummer = str(int("".join(c for c in huisnummer if c.isdigit()) or 1) + 2)
                p.update(
                    straat=straat, huisnummer=buurnummer, postcode=postcode, woonplaats=woonplaats
                )

        return personen, kinderen, ouders
