"""Demo data: a believable caseload for the first start, a training database or a load test.

Everything comes from one `random.Random(seed)`, so the same seed and `vandaag` give the same
database (ids included). Rows are written with SQLAlchemy Core bulk inserts through the mapped
tables (so IsoDatum, Uuid and DateTime convert as usual) in one transaction: 100,000 cases with
their people and contacts take seconds, not minutes.

The casusnummer is JJJJ-NNNN, so one year holds at most 9999 cases. The cases are spread over
the 18 months that end on `vandaag`; a larger number is spread over as many years as needed to
keep a year well below that limit.
"""

import math
import random
import uuid
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from functools import cache
from itertools import accumulate

import holidays
from sqlalchemy import Connection, func, insert, select

from jeugdloket.db import Database
from jeugdloket.models import Casus, Contactmoment, Medewerker, Persoon
from jeugdloket.regels.werkdagen import Werkdagen
from jeugdloket.regels.zoeken import jeugdigen_weergave, vouw, zoektekst
from jeugdloket.services import Fout

DOOR = "demo"
MAX_AANTAL = 200_000
PER_JAAR = 7_000  # average cases per calendar year when 18 months is too short
PERIODE_DAGEN = 548  # 18 months
BLOK = 2_000  # cases per insert round (and per progress report)
SQLITE_CACHE_KIB = 262_144  # page cache during the load

# ---------------------------------------------------------------- the team

# gebruikersnaam, naam, rol, gemeente the consulent mostly works in, share of the cases
MEDEWERKERS = [
    ("a.devries", "Anouk de Vries", "consulent", "Duiven", 1.0),
    ("s.elamrani", "Samira El Amrani", "consulent", "Duiven", 1.0),
    ("t.vandenbroek", "Thijs van den Broek", "consulent", "Westervoort", 0.9),
    ("j.vanderheijden", "Joëlle van der Heijden", "consulent", "Westervoort", 0.7),
    ("e.ozturk", "Emre Öztürk", "consulent", "Doesburg", 0.8),
    ("m.wojcik", "Magdalena Wójcik", "consulent", "Duiven", 0.6),
    ("r.hendriks", "René Hendriks", "coördinator", None, 0.0),
    ("i.smit", "Ingrid Smit", "beheerder", None, 0.0),
]

# ---------------------------------------------------------------- where people live

GEMEENTE_GEWICHT = {"Duiven": 49, "Westervoort": 29, "Doesburg": 22}

# (woonplaats, straat, postcode digits, first postcode letter, highest house number)
STRATEN = {
    "Duiven": [
        ("Duiven", "Rijksweg", "6921", "A", 140),
        ("Duiven", "Kerkstraat", "6921", "A", 60),
        ("Duiven", "Remigiusplein", "6921", "B", 30),
        ("Duiven", "Looveer", "6921", "R", 90),
        ("Duiven", "Ratelaar", "6921", "P", 120),
        ("Duiven", "Eilandweg", "6921", "M", 80),
        ("Duiven", "Horstweg", "6922", "C", 110),
        ("Duiven", "Gildenring", "6922", "E", 160),
        ("Duiven", "Zonnebloem", "6922", "H", 70),
        ("Duiven", "Merellaan", "6922", "K", 90),
        ("Duiven", "Lijsterlaan", "6922", "L", 75),
        ("Duiven", "Hoge Wei", "6922", "N", 100),
        ("Duiven", "Vossenburglaan", "6922", "J", 130),
        ("Duiven", "Elshofstraat", "6922", "G", 45),
        ("Groessen", "Pastoor Koningstraat", "6923", "A", 50),
        ("Groessen", "Dorpsstraat", "6923", "A", 70),
        ("Groessen", "Vrijheidstraat", "6923", "B", 40),
    ],
    "Westervoort": [
        ("Westervoort", "Dorpsstraat", "6931", "A", 90),
        ("Westervoort", "Vrijheidslaan", "6931", "C", 110),
        ("Westervoort", "Zevenaarseweg", "6931", "D", 150),
        ("Westervoort", "Molenstraat", "6931", "E", 60),
        ("Westervoort", "Wilhelminastraat", "6931", "G", 55),
        ("Westervoort", "Emmastraat", "6931", "H", 45),
        ("Westervoort", "Kampsingel", "6932", "B", 130),
        ("Westervoort", "Ronde Weide", "6932", "A", 100),
        ("Westervoort", "Beemdgras", "6932", "K", 80),
        ("Westervoort", "Pauwenburg", "6932", "H", 70),
    ],
    "Doesburg": [
        ("Doesburg", "Koepoortstraat", "6981", "A", 40),
        ("Doesburg", "Kerkstraat", "6981", "A", 35),
        ("Doesburg", "Meipoortstraat", "6981", "B", 45),
        ("Doesburg", "Ooipoortstraat", "6981", "C", 40),
        ("Doesburg", "Gasthuisstraat", "6981", "D", 30),
        ("Doesburg", "Veerpoortstraat", "6981", "E", 35),
        ("Doesburg", "Kraakselaan", "6982", "A", 90),
        ("Doesburg", "Beumerstraat", "6982", "B", 60),
        ("Doesburg", "Burgemeester van Nispenstraat", "6982", "C", 70),
        ("Doesburg", "Ericaweg", "6983", "A", 80),
        ("Doesburg", "Linie", "6983", "B", 110),
        ("Doesburg", "Contrescarp", "6984", "A", 60),
        ("Doesburg", "Zandwal", "6984", "B", 50),
    ],
}
# PostNL uses no F, I, O, Q, U or Y in a postcode (and no SA, SD, SS).
_POSTCODELETTERS = "ABCDEGHJKLMNPRSTVWXZ"

# ---------------------------------------------------------------- names


def _achternamen(namen: str) -> list[tuple[str, str, str]]:
    return [("", naam, naam) for naam in namen.split()]


# Per origin: children's first names (boys, girls), parents' first names (men, women), and
# surnames as (tussenvoegsel, male form, female form): Polish surnames have both forms.
_NL_ACHTERNAMEN = [
    ("", "Jansen"), ("de", "Vries"), ("van", "Dijk"), ("van der", "Berg"), ("", "Bakker"),
    ("", "Visser"), ("", "Smit"), ("", "Meijer"), ("de", "Boer"), ("", "Mulder"),
    ("de", "Groot"), ("", "Bos"), ("", "Vos"), ("", "Peters"), ("", "Hendriks"),
    ("van", "Leeuwen"), ("", "Dekker"), ("", "Brouwer"), ("de", "Wit"), ("de", "Graaf"),
    ("van der", "Meer"), ("van der", "Linden"), ("", "Kok"), ("de", "Haan"),
    ("", "Vermeulen"), ("van den", "Heuvel"), ("van der", "Veen"), ("van den", "Broek"),
    ("de", "Bruijn"), ("de", "Jong"), ("", "Willems"), ("van", "Beek"), ("", "Hermsen"),
    ("", "Gerritsen"), ("", "Arends"), ("", "Derksen"), ("", "Roelofs"), ("", "Wenting"),
    ("", "Kempers"), ("", "Tiemessen"), ("", "Hendriksen"), ("ter", "Horst"),
    ("van 't", "Hul"), ("", "Geurts"), ("", "Ebbers"), ("", "Looman"), ("", "Gerrits"),
    ("", "Verheij"), ("", "Kuipers"), ("van", "Hal"), ("", "Reijnen"), ("", "Eliëns"),
]  # fmt: skip
HERKOMSTEN = {
    "nl": {
        "gewicht": 71,
        "jongens": "Daan Sem Noah Luuk Bram Finn Thijs Jesse Teun Siem Lucas Milan Ruben Noël "
        "Daniël Maël Gijs Mees Stijn Ties Joël Olivier Jens Raphaël Levi Sven Hugo",
        "meisjes": "Zoë Chloë Emma Julia Tess Mila Sophie Lieke Fenna Saar Isa Evi Jasmijn "
        "Noëlle Anaïs Loïs Noor Roos Lotte Féline Mia Liv Anne Eva Floor Chloé Maud Benthe",
        "mannen": "Jeroen Mark Dennis Erik Martijn Bas Rutger Niels Michiel Stefan René André "
        "Rob Sander Joost Wouter Patrick Maarten Noël Gerrit Frank Jan-Willem Ruud",
        "vrouwen": "Daniëlle Marieke Anouk Sanne Linda Esther Mariëlle Inge Joëlle Ingrid "
        "Chantal Mirjam Wendy Kim Petra Nicole Suzanne Ilse Renée Noëlle Ellen Miriam Hélène",
        "achternamen": [(tv, n, n) for tv, n in _NL_ACHTERNAMEN],
    },
    "tr": {
        "gewicht": 7,
        "jongens": "Emir Yusuf Kerem Eymen Ömer Mert Burak Efe Aras Çınar Kaan",
        "meisjes": "Elif Zeynep Ecrin Defne Eylül Azra Büşra Ela Nisa Gülsüm",
        "mannen": "Mehmet Mustafa Hasan Ahmet Hüseyin Murat Serkan Levent Oğuz",
        "vrouwen": "Ayşe Fatma Hatice Emine Songül Derya Gül Şerife Özlem Meryem",
        "achternamen": _achternamen(
            "Yılmaz Öztürk Çelik Kaya Demir Şahin Doğan Aydın Yıldız Arslan Koç Kılıç"
        ),
    },
    "ma": {
        "gewicht": 7,
        "jongens": "Yassin Rayan Anas Adam Ilias Soufiane Amine Zakaria Bilal Ayoub",
        "meisjes": "Inès Amira Noor Nour Yasmina Salma Lina Hiba Aya Malak",
        "mannen": "Mohamed Abdelkader Rachid Mustapha Karim Hassan Said Youssef",
        "vrouwen": "Fatima Khadija Ilham Naima Samira Hanane Karima Latifa",
        "achternamen": [
            ("", n, n)
            for n in (
                "El Amrani",
                "El Idrissi",
                "Bouzid",
                "Benali",
                "Azzouz",
                "Ait Taleb",
                "El Khattabi",
                "Ouali",
                "Boukhari",
                "Haddou",
            )
        ],
    },
    "pl": {
        "gewicht": 5,
        "jongens": "Jakub Kacper Szymon Filip Antoni Mikołaj Wojciech Jan",
        "meisjes": "Zuzanna Wiktoria Zofia Julia Maja Hanna Alicja Łucja",
        "mannen": "Łukasz Paweł Tomasz Piotr Krzysztof Marcin Michał Grzegorz",
        "vrouwen": "Agnieszka Małgorzata Katarzyna Joanna Anna Magdalena Ewa Monika",
        "achternamen": [
            ("", "Kowalski", "Kowalska"),
            ("", "Nowak", "Nowak"),
            ("", "Wiśniewski", "Wiśniewska"),
            ("", "Łukasiewicz", "Łukasiewicz"),
            ("", "Wójcik", "Wójcik"),
            ("", "Zieliński", "Zielińska"),
            ("", "Kamiński", "Kamińska"),
            ("", "Lewandowski", "Lewandowska"),
            ("", "Dąbrowski", "Dąbrowska"),
            ("", "Szymański", "Szymańska"),
        ],
    },
    "sr": {
        "gewicht": 4,
        "jongens": "Jayden Dylan Quincy Giovanni Shane Xavi Jaydon Damian",
        "meisjes": "Shanaya Ashanti Naomi Jaylinn Kayleigh Amaya Dewi Esmée",
        "mannen": "Dwayne Ricardo Edgar Roy Clyde Glenn Romano",
        "vrouwen": "Sharon Natasja Mireille Jolanda Rosita Germaine Ghislaine",
        "achternamen": _achternamen(
            "Pinas Martina Doelwijt Sedney Kromodimedjo Rozendaal Jharap Pengel Isenia Frans"
        ),
    },
    "sy": {
        "gewicht": 6,
        "jongens": "Omar Hamza Abdullah Yonas Filmon Kidane Karam Ahmad",
        "meisjes": "Rahaf Lana Aya Semhar Helen Sara Hala Rahwa",
        "mannen": "Ahmad Khaled Samer Tesfalem Mohammed Yohannes Bashar",
        "vrouwen": "Rima Hiba Luwam Mariam Fatima Huda Saba Ruta",
        "achternamen": _achternamen(
            "Al-Hassan Haddad Mahmoud Tesfay Gebremedhin Kahsay Hussein Al-Khatib Tekle Alemu"
        ),
    },
}
for _h in HERKOMSTEN.values():
    for _k in ("jongens", "meisjes", "mannen", "vrouwen"):
        _h[_k] = _h[_k].split()

# ---------------------------------------------------------------- the question

# (lowest age, highest age, text, theme). {naam} is the child, {leeftijd} its age, {zijn}/{hij}
# the pronouns, {ouder} 'moeder' or 'vader' (the first parent), {Ouder} capitalised.
HULPVRAGEN = [
    (0, 4, "{Ouder} vraagt hulp bij de opvoeding van {naam} ({leeftijd}): veel driftbuien en moeite met slapen.", "opvoeding"),
    (0, 4, "Ouders lopen vast in de opvoeding van {naam}; het consultatiebureau adviseerde contact met het loket.", "opvoeding"),
    (1, 4, "Vermoeden van een taalachterstand bij {naam}; {ouder} wil weten welke ondersteuning er is.", "ontwikkeling"),
    (0, 2, "Jonge moeder met weinig netwerk vraagt ondersteuning bij de verzorging van {naam}.", "opvoeding"),
    (2, 5, "Opvoedvragen bij peuter {naam}: {hij} eet slecht en de avonden lopen steeds uit op ruzie.", "opvoeding"),
    (5, 12, "School maakt zich zorgen over de concentratie van {naam}; vermoeden van ADHD. Ouders willen onderzoek.", "adhd"),
    (6, 12, "{naam} heeft grote moeite met lezen en spellen; school vermoedt dyslexie en vraagt om een onderzoek.", "dyslexie"),
    (7, 14, "Vermoeden van dyslexie bij {naam}; de leerachterstand loopt op en {hij} raakt gefrustreerd.", "dyslexie"),
    (5, 13, "{naam} is erg angstig, wil 's ochtends niet naar school en klaagt over buikpijn.", "angst"),
    (4, 17, "Na de scheiding van ouders is er veel ruzie thuis; {naam} raakt ertussen klem.", "scheiding"),
    (4, 17, "Ouders zijn gescheiden en het lukt niet om afspraken te maken over de omgang met {naam}.", "scheiding"),
    (6, 13, "{naam} wordt gepest op school en trekt zich thuis steeds meer terug.", "welbevinden"),
    (4, 11, "Ouders hebben vragen over het gedrag van {naam}: boze buien, slaat broertjes en zusjes.", "gedrag"),
    (3, 14, "Vermoeden van autisme bij {naam}; ouders willen begrijpen wat {zijn} gedrag betekent.", "ontwikkeling"),
    (4, 17, "{naam} rouwt om het overlijden van {zijn} opa en slaapt slecht.", "welbevinden"),
    (12, 17, "Zorgen over somberheid en schoolverzuim van {naam}.", "somberheid"),
    (12, 17, "{naam} ({leeftijd}) voelt zich al maanden somber, heeft nergens meer zin in en ziet vrienden niet meer.", "somberheid"),
    (12, 17, "{naam} ({leeftijd}) verzuimt al weken van school; de leerplichtambtenaar is betrokken.", "schoolverzuim"),
    (13, 17, "Ouders maken zich zorgen over blowen en alcoholgebruik van {naam}.", "middelen"),
    (14, 17, "Middelengebruik: {naam} gebruikt dagelijks cannabis en haalt {zijn} school niet meer.", "middelen"),
    (11, 17, "{naam} zit veel op de kamer, gamet 's nachts en komt niet meer uit bed.", "schoolverzuim"),
    (12, 17, "Vermoeden van zelfbeschadiging bij {naam}; de mentor heeft contact gezocht met ouders.", "somberheid"),
    (12, 17, "{naam} is een paar keer weggelopen na hoog oplopende ruzies thuis.", "veiligheid"),
    (11, 17, "{naam} heeft last van paniekaanvallen en durft niet meer met de bus naar school.", "angst"),
    (12, 17, "Eetproblemen: {naam} is flink afgevallen en eet slecht; de huisarts maakt zich zorgen.", "somberheid"),
    (16, 17, "{naam} ({leeftijd}) wordt binnenkort 18; vragen over wonen, opleiding en inkomen na 18.", "18min"),
    (0, 17, "Zorgen over de veiligheid thuis: spanningen tussen ouders, {naam} is getuige van ruzies.", "veiligheid"),
    (0, 17, "{Ouder} heeft psychische klachten en vraagt ondersteuning bij de zorg voor {naam}.", "ouder"),
    (0, 12, "Veilig Thuis meldt zorgen over de veiligheid van {naam} na een incident thuis.", "veiligheid"),
]  # fmt: skip
HULPVRAGEN_JB = [
    "Ondertoezichtstelling van {naam} uitgesproken; de GI vraagt om passende jeugdhulp.",
    "De GI vraagt ondersteuning voor het gezin na een ondertoezichtstelling van {naam}.",
    "Jeugdbeschermingstafel: zorgen over de veiligheid van {naam}; hulp in het gedwongen kader.",
    "{naam} ({leeftijd}) komt terug uit een jeugdinrichting; de GI vraagt begeleiding thuis en op school.",
]
MULTIPROBLEEM = [
    "Daarnaast spelen schulden en dreigt huisuitzetting.",
    "Het gezin heeft schulden, vader is werkloos en de woning is te klein.",
    "Er zijn meerdere hulpverleners betrokken zonder gezamenlijk plan.",
    "Vader heeft een verslavingsprobleem; meerdere instanties zijn in beeld.",
    "Moeder heeft een licht verstandelijke beperking en weinig steun uit het netwerk.",
    "Ook een broer of zus krijgt hulp; het gezin wil één plan en één regisseur.",
]
TWEEDE_KIND = [
    "Ook {naam} heeft last van de spanningen thuis.",
    "{naam} lijkt zich thuis groot te houden, maar ouders maken zich ook over {zijn_ander} zorgen.",
]
VOORZET_VERWIJZER = {
    "02": ["", "", "Via de huisarts: ", "Huisarts verwijst. "],
    "03": ["Jeugdarts GGD meldt: ", ""],
    "05": ["Kinderarts verwijst. ", ""],
    "06": ["{Ouder} meldt zich zelf. ", ""],
}

# COD327: huisarts 40%, gemeente 35%, GI 10%, the rest spread over 03, 05, 06, 08.
VERWIJZER = {"02": 40, "01": 35, "04": 10, "03": 5, "06": 5, "05": 3, "08": 2}
# COD472 for the network around the family.
NETWERK_RELATIE = {"17": 50, "20": 24, "19": 16, "18": 5, "09": 5}
REDEN_AFSLUITING = {"31": 70, "34": 11, "32": 9, "35": 6, "33": 4}

# ---------------------------------------------------------------- the timeline

NOTITIES = {
    "eerste_telefonisch": [
        "Eerste telefonisch contact met {ouder}: hulpvraag rond {naam} doorgenomen, huisbezoek gepland.",
        "{Ouder} teruggebeld na de aanmelding; situatie van {naam} besproken en vervolgafspraak gemaakt.",
        "Telefonisch kennisgemaakt met {ouder}; onafhankelijke cliëntondersteuning aangeboden.",
        "Eerste contact met {ouder} gehad. Zorgen over {naam} uitgevraagd, afspraak bij het gezin thuis.",
    ],
    "eerste_huisbezoek": [
        "Kennismaking aan de keukentafel met {ouder} en {naam}; cliëntondersteuning aangeboden.",
        "Huisbezoek: eerste gesprek met het gezin, {naam} was er ook bij. Hulpvraag verhelderd.",
    ],
    "eerste_gesprek_op_kantoor": [
        "{Ouder} kwam langs op het loket; eerste gesprek over {naam} en wat het gezin zelf al probeert.",
        "Eerste gesprek op kantoor met {ouder}. Afgesproken de Levenskracht-intake thuis te doen.",
    ],
    "kennismaking": [
        "Huisbezoek: kennismaking met het gezin, {naam} was erbij. Levenskracht-intake gestart.",
        "Kennismaking thuis met {ouder} en {naam}; leefgebieden verkend, volgende afspraak gemaakt.",
        "Keukentafelgesprek: wat gaat goed, wat zijn de zorgen rond {naam}? Cliëntondersteuning aangeboden.",
    ],
    "vervolg": [
        "Leefgebieden doorgelopen met {ouder}; spiegelblad met de metgezel besproken.",
        "Verklarende analyse samen met {ouder} en {naam} opgesteld: wat houdt de problemen in stand?",
        "Familiegroepsplan aangeboden; {ouder} wil erover nadenken en het netwerk vragen.",
        "Familiegroepsplan besproken met oma en een tante; afspraken over opvang na school.",
        "Met het gezin in de zoektool passende aanbieders bekeken; voorkeur voor ambulante hulp.",
        "Gesprek met {naam} alleen: wat wil {hij} zelf bereiken?",
        "Doelen geprioriteerd met {ouder}; routekaart afgesproken.",
        "Wachttijd bij de aanbieder besproken; overbrugging door het netwerk geregeld.",
    ],
    # A follow-up by phone: only what can be done by phone.
    "vervolg_telefonisch": [
        "School gebeld (na toestemming van ouders) over de aanwezigheid van {naam}.",
        "{Ouder} gebeld: toestemming vastgelegd om gegevens te delen met de aanbieder.",
        "{Ouder} gebeld over de wachttijd bij de aanbieder; overbrugging door het netwerk geregeld.",
        "Telefonisch met {ouder} nagevraagd hoe de afspraken uit het familiegroepsplan lopen.",
        "Huisarts gebeld (na toestemming van ouders) over de zorgen rond {naam}.",
    ],
    "mdo": [
        "MDO met school, jeugdarts en huisarts: één gezin, één plan, één regisseur.",
        "MDO met Veilig Thuis en de GI over de veiligheid van {naam}.",
        "MDO met de aanbieders die betrokken zijn; taken verdeeld en één plan afgesproken.",
    ],
    "evaluatie": [
        "Evaluatie na 3 maanden met ouders en aanbieder: doelen deels behaald, hulp loopt door.",
        "Evaluatie: het gaat beter met {naam}; afgesproken de hulp af te bouwen.",
        "Evaluatie met {ouder} en aanbieder: verlenging aangevraagd met lagere omvang.",
        "Evaluatie: {naam} gaat weer elke dag naar school. Doelen bijgesteld.",
    ],
    "monitoring": [
        "Telefonisch contact met {ouder}: hulp loopt, geen nieuwe zorgen.",
        "{Ouder} belde over de wachttijd bij de aanbieder; overbrugging besproken.",
        "Kort contact met {ouder}: {naam} doet het goed op school.",
    ],
    "afsluiting": [
        "Afsluitend gesprek: goed is goed genoeg, het gezin kan verder zonder het loket.",
        "Afsluitend telefoongesprek; {ouder} weet ons te vinden als het nodig is.",
        "Afronding met {ouder} en {naam}: doelen behaald, casus kan worden afgesloten.",
    ],
}

_SEIZOEN = {1: 1.05, 2: 1.0, 3: 1.1, 4: 1.0, 5: 0.95, 6: 1.0, 7: 0.75, 8: 0.7, 9: 1.15, 10: 1.1,
            11: 1.1, 12: 0.85}  # fmt: skip
_UUR_WEEKDAG = {8: 1.0, 9: 3.0, 10: 3.0, 11: 3.0, 12: 1.5, 13: 2.5, 14: 2.5, 15: 2.0, 16: 1.2}
_UUR_ZATERDAG = {9: 1.0, 10: 1.0, 11: 1.0}
_LEEFTIJD_GEWICHT = [3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 7, 7, 8, 8, 9, 9, 7, 6]  # 0..17
_EMAILDOMEINEN = {"gmail.com": 35, "hotmail.com": 20, "outlook.com": 12, "ziggo.nl": 10,
                  "kpnmail.nl": 8, "live.nl": 6, "icloud.com": 5, "home.nl": 4}  # fmt: skip


class _Keuze:
    """Weighted choice from a dict {value: weight}, with the cumulative weights computed once."""

    __slots__ = ("waarden", "cum", "totaal")

    def __init__(self, gewichten: dict):
        self.waarden = list(gewichten)
        self.cum = list(accumulate(gewichten.values()))
        self.totaal = self.cum[-1]

    def __call__(self, rng: random.Random):
        return self.waarden[bisect_right(self.cum, rng.random() * self.totaal)]


_AANTAL_KINDEREN = _Keuze({1: 58, 2: 30, 3: 12})
_AANTAL_NETWERK = _Keuze({0: 45, 1: 30, 2: 17, 3: 8})
_STAP_OP_TIJD = _Keuze({0: 20, 1: 35, 2: 25, 3: 20})  # werkdagen after registration
_EERSTE_SOORT = _Keuze({"telefonisch": 60, "huisbezoek": 25, "gesprek_op_kantoor": 15})
_VERVOLG_SOORT = _Keuze({"huisbezoek": 45, "gesprek_op_kantoor": 25, "telefonisch": 30})
_AANTAL_VERVOLG = _Keuze({0: 45, 1: 35, 2: 20})

# Weighted digit sums of the 11-proef for the first and the last four of the first 8 digits.
_ELF_HOOG = [
    sum(int(c) * w for c, w in zip(f"{i:04d}", (9, 8, 7, 6), strict=True)) for i in range(10_000)
]
_ELF_LAAG = [
    sum(int(c) * w for c, w in zip(f"{i:04d}", (5, 4, 3, 2), strict=True)) for i in range(10_000)
]


def _leeftijd(geboren: date, op: date) -> int:
    return op.year - geboren.year - ((op.month, op.day) < (geboren.month, geboren.day))


def _tussen(rng: random.Random, laag: int, hoog: int) -> int:
    """rng.randint(laag, hoog), several times faster (the demo draws millions of numbers)."""
    return laag + int(rng.random() * (hoog - laag + 1))


def _kies(rng: random.Random, reeks):
    """rng.choice(reeks), faster."""
    return reeks[int(rng.random() * len(reeks))]


@cache
def _ascii(tekst: str) -> str:
    return "".join(c for c in vouw(tekst) if c.isalnum())


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


def _hoofdletter(tekst: str) -> str:
    return tekst[:1].upper() + tekst[1:]


class _Generator:
    def __init__(self, rng: random.Random, vandaag: date, consulenten: list[tuple]):
        self.rng = rng
        self.vandaag = vandaag
        self.bsns: set[str] = set()
        self.zoektekst = _Zoektekst()
        self.consulenten = consulenten  # (id, gemeente, weight)
        self.werkdagen = Werkdagen()
        self.gemeente = _Keuze(GEMEENTE_GEWICHT)
        self.herkomst = _Keuze({k: h["gewicht"] for k, h in HERKOMSTEN.items()})
        self.verwijzer = _Keuze(VERWIJZER)
        self.relatie = _Keuze(NETWERK_RELATIE)
        self.reden = _Keuze(REDEN_AFSLUITING)
        self.domein = _Keuze(_EMAILDOMEINEN)
        self.leeftijd = _Keuze(dict(enumerate(_LEEFTIJD_GEWICHT)))
        self.per_gemeente = {
            g: _Keuze({c[0]: c[2] * (4.0 if c[1] == g else 1.0) for c in consulenten})
            for g in GEMEENTE_GEWICHT
        }

    # ------------------------------------------------------------ dates

    def aanmeldmomenten(self, aantal: int) -> list[datetime]:
        """`aantal` registration moments in office hours, sorted, ending on vandaag."""
        rng = self.rng
        dagen_terug = max(PERIODE_DAGEN, math.ceil(aantal * 365.25 / PER_JAAR))
        begin = self.vandaag - timedelta(days=dagen_terug - 1)
        feestdagen = holidays.NL()
        dagen, gewichten = [], []
        dag = begin
        while dag <= self.vandaag:
            if self.werkdagen.is_werkdag(dag):
                gewicht = _SEIZOEN[dag.month] * (0.5 if dag.month == 12 and dag.day > 20 else 1.0)
            elif dag.weekday() == 5 and dag not in feestdagen:
                gewicht = 0.04  # a few registrations on Saturday (inloopochtend)
            else:
                gewicht = 0.0
            if gewicht:
                dagen.append(dag)
                gewichten.append(gewicht)
            dag += timedelta(days=1)
        # Werkdagen from well before the first registration to beyond the last possible contact.
        self.wd = [
            begin + timedelta(days=i)
            for i in range(-10, dagen_terug + 60)
            if self.werkdagen.is_werkdag(begin + timedelta(days=i))
        ]
        uur_week, uur_zat = _Keuze(_UUR_WEEKDAG), _Keuze(_UUR_ZATERDAG)
        momenten = []
        for dag in rng.choices(dagen, weights=gewichten, k=aantal):
            uur = uur_zat(rng) if dag.weekday() == 5 else uur_week(rng)
            minuut = _tussen(rng, 30, 59) if uur == 8 else _tussen(rng, 0, 59)
            momenten.append(datetime.combine(dag, time(uur, minuut, _tussen(rng, 0, 59))))
        momenten.sort()
        return momenten

    def werkdag_vanaf(self, dag: date) -> date | None:
        """The first werkdag on or after `dag` (None when beyond the prepared range)."""
        i = bisect_left(self.wd, dag)
        return self.wd[i] if i < len(self.wd) else None

    def tijdstip(self, dag: date, na: datetime | None = None) -> datetime | None:
        """An appointment time (quarter hours, 08:30–16:45) on `dag`, after `na` if given."""
        eerste = 34  # 08:30 in quarters
        if na is not None and na.date() == dag:
            eerste = max(eerste, (na.hour * 60 + na.minute + 30 + 14) // 15)
        if eerste > 67:
            return None
        kwartier = _tussen(self.rng, eerste, 67)
        return datetime.combine(dag, time(kwartier // 4, (kwartier % 4) * 15))

    # ------------------------------------------------------------ people

    def bsn(self) -> str:
        rng = self.rng
        while True:
            basis = _tussen(rng, 10_000_000, 99_999_999)
            controle = (_ELF_HOOG[basis // 10_000] + _ELF_LAAG[basis % 10_000]) % 11
            if controle == 10:
                continue
            nummer = f"{basis}{controle}"
            if nummer not in self.bsns:
                self.bsns.add(nummer)
                return nummer

    def adres(self, gemeente: str) -> tuple[str, str, str, str]:
        rng = self.rng
        woonplaats, straat, cijfers, letter, hoogste = _kies(rng, STRATEN[gemeente])
        nummer = _tussen(rng, 1, hoogste)
        # Consecutive numbers share a postcode, as in real streets.
        tweede = _POSTCODELETTERS[(_POSTCODELETTERS.index(letter) * 7 + nummer // 24) % 20]
        huisnummer = str(nummer)
        r = rng.random()
        if r < 0.05:
            huisnummer += _kies(rng, "abc")
        elif r < 0.07:
            huisnummer += f"-{_tussen(rng, 1, 3)}"
        return straat, huisnummer, f"{cijfers} {letter}{tweede}", woonplaats

    def telefoon(self) -> str:
        return f"06-{_tussen(self.rng, 10_000_000, 99_999_999)}"

    def email(self, voornaam: str, tv: str, achternaam: str, geboren: date | None) -> str:
        rng = self.rng
        v, a = _ascii(voornaam), _ascii(tv + achternaam)
        vorm = _tussen(rng, 0, 4)
        if vorm == 0:
            lokaal = f"{v}.{a}"
        elif vorm == 1:
            lokaal = f"{v}{a}"
        elif vorm == 2:
            lokaal = f"{v[0]}.{a}"
        elif vorm == 3 and geboren is not None:
            lokaal = f"{v}{geboren.year % 100:02d}"
        else:
            lokaal = f"{v}.{a}{_tussen(rng, 1, 99)}"
        return f"{lokaal}@{self.domein(rng)}"

    # ------------------------------------------------------------ one case

    def casus(self, casus_id: uuid.UUID, nummer: str, aanmeld: datetime) -> tuple:
        rng = self.rng
        vandaag = self.vandaag
        dag0 = aanmeld.date()
        gemeente = self.gemeente(rng)
        thuis = self.adres(gemeente)
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
            voornaam = _kies(rng, voornamen)
            for _ in range(20):
                if (voornaam, achternaam) not in bezet:
                    break
                voornaam = _kies(rng, voornamen)
            return voornaam

        def met_adres(adres) -> dict:
            return dict(zip(("straat", "huisnummer", "postcode", "woonplaats"), adres, strict=True))

        # --- the family: origin, parents, children
        h_moeder = HERKOMSTEN[self.herkomst(rng)]
        h_vader = h_moeder if rng.random() < 0.88 else HERKOMSTEN[self.herkomst(rng)]
        vorm = rng.random()
        gezinsvorm = "samen" if vorm < 0.5 else "gescheiden" if vorm < 0.75 else "eenouder"
        alleen_vader = gezinsvorm == "eenouder" and rng.random() < 0.2
        naam_moeder = _kies(rng, h_moeder["achternamen"])
        naam_vader = _kies(rng, h_vader["achternamen"])
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
            kandidaat = leeftijden[-1] + _kies(rng, (-1, 1)) * _tussen(rng, 1, 5)
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
                    days=leeftijd * 365 + leeftijd // 4 + _tussen(rng, 1, 364)
                )
                while _leeftijd(geboren, dag0) > 17:
                    geboren += timedelta(days=20)
            jongen = rng.random() < 0.52
            geslacht = "1" if jongen else "2"
            if rng.random() < 0.003:
                geslacht = "0"
            voornamen = h_voornaam_kind["jongens" if jongen else "meisjes"]
            voornaam = _kies(rng, voornamen)
            while any(k["voornaam"] == voornaam for k in kinderen):
                voornaam = _kies(rng, voornamen)
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
            voornaam = _kies(rng, h["vrouwen" if vrouw else "mannen"])
            leeftijd_bij_geboorte = _tussen(rng, 20, 40) if vrouw else _tussen(rng, 22, 45)
            geboren = oudste - timedelta(days=leeftijd_bij_geboorte * 365 + _tussen(rng, 0, 364))
            tv, man, vrouwnaam = naam
            achternaam = vrouwnaam if vrouw else man
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
                geboren = ouders[0]["geboortedatum"] - timedelta(days=_tussen(rng, 20, 35) * 365)
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
                tv, man, _ = _kies(rng, h["achternamen"])
                voornaam = _kies(rng, h["mannen"])
                geboren = ouders[0]["geboortedatum"] - timedelta(days=_tussen(rng, -2500, 3000))
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
                naam = _kies(rng, h["achternamen"])
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

        # --- the question
        kind = kinderen[0]
        leeftijd = _leeftijd(kind["geboortedatum"], dag0)
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
            "Ouder": _hoofdletter(ouder_woord),
        }
        if verwijzer in ("04", "08"):
            tekst = _kies(rng, HULPVRAGEN_JB).format(**woorden)
            thema = "jb"
            kader = "gedwongen" if rng.random() < 0.75 else "drang"
        else:
            while True:
                laag, hoog, sjabloon, thema = _kies(rng, HULPVRAGEN)
                if (
                    laag <= leeftijd <= hoog
                    and (thema != "scheiding" or len(ouders) == 2)
                    and (moeder_in_beeld or "moeder" not in sjabloon)
                ):
                    break
            tekst = sjabloon.format(**woorden)
            voorzet = VOORZET_VERWIJZER.get(verwijzer)
            if voorzet:
                tekst = _kies(rng, voorzet).format(**woorden) + tekst
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
            tekst += " " + _kies(rng, TWEEDE_KIND).format(
                naam=tweede["voornaam"], zijn_ander="hem" if tweede["_jongen"] else "haar"
            )
        multi = rng.random() < (0.45 if kader != "vrijwillig" else 0.17)
        if multi:
            while True:
                zin = _kies(rng, MULTIPROBLEEM)
                if (moeder_in_beeld or "Moeder" not in zin) and (
                    vader_in_beeld or "ader" not in zin
                ):
                    break
            tekst += " " + zin

        consulent = self.per_gemeente[gemeente](rng)

        # --- first contact: mostly within 3 werkdagen, some late, none yet for a few recent ones
        na_dag0 = bisect_right(self.wd, dag0)  # index of the 1st werkdag after the day itself
        # ~89% within the 3 werkdagen (0 = the day itself), the rest 1–6 werkdagen late.
        stap = _STAP_OP_TIJD(rng) if rng.random() < 0.89 else _tussen(rng, 4, 9)
        eerste = None
        if stap == 0 and self.werkdagen.is_werkdag(dag0):
            eerste = self.tijdstip(dag0, na=aanmeld)
        if eerste is None:
            stap = max(stap, 1)
            dag = self.wd[na_dag0 + stap - 1]
            if dag <= vandaag:
                eerste = self.tijdstip(dag)
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
                _tussen(rng, 14, 45)
                if r < 0.4
                else _tussen(rng, 45, 120)
                if r < 0.75
                else _tussen(rng, 120, 365)
            )
            if duur > beschikbaar:
                duur = _tussen(rng, min(10, beschikbaar), beschikbaar)
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
                dag = self.werkdag_vanaf(dag + timedelta(days=_tussen(rng, 2, 10)))
                if dag and dag <= einde:
                    momenten.append((self.tijdstip(dag), "huisbezoek", "kennismaking"))
            for _ in range(_AANTAL_VERVOLG(rng)):
                if dag is None:
                    break
                dag = self.werkdag_vanaf(dag + timedelta(days=_tussen(rng, 7, 24)))
                if dag and dag <= einde:
                    soort = _VERVOLG_SOORT(rng)
                    fase = "vervolg_telefonisch" if soort == "telefonisch" else "vervolg"
                    momenten.append((self.tijdstip(dag), soort, fase))
            if multi and rng.random() < 0.8:
                dag = self.werkdag_vanaf(eerste.date() + timedelta(days=_tussen(rng, 10, 35)))
                if dag and dag <= einde:
                    momenten.append((self.tijdstip(dag), "mdo", "mdo"))
            # Longer cases: evaluation after ~3 months, then now and then a check.
            if (einde - eerste.date()).days > 100:
                dag = self.werkdag_vanaf(eerste.date() + timedelta(days=_tussen(rng, 84, 98)))
                evaluaties = 0
                while dag and dag <= einde and evaluaties < 3:
                    evaluaties += 1
                    momenten.append((self.tijdstip(dag), "evaluatie", "evaluatie"))
                    dag = self.werkdag_vanaf(dag + timedelta(days=_tussen(rng, 150, 240)))
                    if dag and dag <= einde and rng.random() < 0.5:
                        momenten.append((self.tijdstip(dag), "telefonisch", "monitoring"))
                        dag = self.werkdag_vanaf(dag + timedelta(days=_tussen(rng, 60, 120)))
            if afgesloten_op is not None and rng.random() < 0.5:
                i = bisect_right(self.wd, afgesloten_op) - 1  # the last werkdag ≤ afsluiting
                dag = self.wd[i]
                if dag > eerste.date():
                    momenten.append((self.tijdstip(dag), "telefonisch", "afsluiting"))
            momenten.sort(key=lambda m: m[0])

        contactmomenten = [
            (datum, soort, _hoofdletter(_kies(rng, NOTITIES[fase]).format(**woorden)))
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
        return casus, personen, contactmomenten


_UUID_MASKER = ~((0xF000 << 64) | (0xC000 << 48))
_UUID_V4 = (0x4000 << 64) | (0x8000 << 48)


def _uuid(rng: random.Random) -> uuid.UUID:
    """A random (version 4) UUID drawn from `rng`, so a seed gives the same ids."""
    return uuid.UUID(int=(rng.getrandbits(128) & _UUID_MASKER) | _UUID_V4)


def maak_demo(
    db: Database,
    aantal: int,
    seed: int | None = None,
    vandaag: date | None = None,
    voortgang: Callable[[int, int], None] | None = None,
) -> int:
    """Fill an empty database with `aantal` synthetic cases; returns how many were made.

    Deterministic for a given `seed` and `vandaag`. `voortgang(gedaan, totaal)` is called after
    every block of cases (for a progress bar). All rows are written in one transaction.
    """
    if aantal < 0 or aantal > MAX_AANTAL:
        grens = f"{MAX_AANTAL:,}".replace(",", ".")
        raise Fout(f"Het aantal demo-casussen moet tussen 0 en {grens} liggen")
    vandaag = vandaag or date.today()
    rng = random.Random(seed)
    with db.engine.begin() as conn:
        if conn.dialect.name != "sqlite":
            return _vul(conn, rng, aantal, vandaag, voortgang)
        # SQLite's default page cache (2 MB) makes a bulk load of random-key indexes spill
        # pages into the WAL again and again; a larger one for this connection, for this load.
        vorige = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        conn.exec_driver_sql(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
        try:
            return _vul(conn, rng, aantal, vandaag, voortgang)
        finally:
            conn.exec_driver_sql(f"PRAGMA cache_size={int(vorige)}")


def _vul(
    conn: Connection,
    rng: random.Random,
    aantal: int,
    vandaag: date,
    voortgang: Callable[[int, int], None] | None,
) -> int:
    if conn.execute(select(func.count()).select_from(Casus)).scalar_one():
        raise Fout(
            "De database bevat al casussen. Demogegevens worden alleen in een lege "
            "database aangemaakt: kies een nieuw databasebestand."
        )
    if aantal == 0:
        return 0
    if voortgang:
        voortgang(0, aantal)

    # The team: reuse medewerkers that already exist (same gebruikersnaam), add the rest.
    bestaand = dict(conn.execute(select(Medewerker.gebruikersnaam, Medewerker.id)).all())
    begin = datetime.combine(vandaag - timedelta(days=PERIODE_DAGEN + 30), time(8, 30))
    nieuw, ids, consulenten = [], {}, []
    for gebruikersnaam, naam, rol, gemeente, gewicht in MEDEWERKERS:
        mid = _uuid(rng)
        if gebruikersnaam in bestaand:
            mid = bestaand[gebruikersnaam]
        else:
            nieuw.append(
                {
                    "id": mid,
                    "version": 1,
                    "aangemaakt_op": begin,
                    "bijgewerkt_op": begin,
                    "aangemaakt_door": DOOR,
                    "bijgewerkt_door": DOOR,
                    "gebruikersnaam": gebruikersnaam,
                    "naam": naam,
                    "rol": rol,
                    "actief": True,
                }
            )
        ids[gebruikersnaam] = mid
        if rol == "consulent":
            consulenten.append((mid, gemeente, gewicht))
    if nieuw:
        conn.execute(insert(Medewerker), nieuw)

    gen = _Generator(rng, vandaag, consulenten)
    momenten = gen.aanmeldmomenten(aantal)
    nummers, per_jaar = [], {}
    for moment in momenten:
        volgnummer = per_jaar[moment.year] = per_jaar.get(moment.year, 0) + 1
        if volgnummer > 9999:  # cannot happen with PER_JAAR well below it
            raise Fout(f"Het jaar {moment.year} zou meer dan 9999 casussen krijgen")
        nummers.append(f"{moment.year}-{volgnummer:04d}")

    for start in range(0, aantal, BLOK):
        casussen, personen, contacten = [], [], []
        for i in range(start, min(start + BLOK, aantal)):
            casus_id = _uuid(rng)
            casus, mensen, tijdlijn = gen.casus(casus_id, nummers[i], momenten[i])
            casussen.append(casus)
            aanmeld = casus["aanmelddatum"]
            for volgorde, p in enumerate(mensen, start=1):
                p.update(
                    id=_uuid(rng),
                    version=1,
                    aangemaakt_op=aanmeld,
                    bijgewerkt_op=aanmeld,
                    aangemaakt_door=DOOR,
                    bijgewerkt_door=DOOR,
                    casus_id=casus_id,
                    ref=f"p{volgorde}",
                    volgorde=volgorde,
                )
                personen.append(p)
            for volgorde, (datum, soort, notitie) in enumerate(tijdlijn, start=1):
                contacten.append(
                    {
                        "id": _uuid(rng),
                        "version": 1,
                        "aangemaakt_op": datum,
                        "bijgewerkt_op": datum,
                        "aangemaakt_door": DOOR,
                        "bijgewerkt_door": DOOR,
                        "casus_id": casus_id,
                        "volgorde": volgorde,
                        "datum": datum,
                        "soort": soort,
                        "notitie": notitie,
                        "medewerker_id": casus["consulent_id"],
                    }
                )
        conn.execute(insert(Casus), casussen)
        conn.execute(insert(Persoon), personen)
        if contacten:
            conn.execute(insert(Contactmoment), contacten)
        if voortgang:
            voortgang(start + len(casussen), aantal)
    return aantal
