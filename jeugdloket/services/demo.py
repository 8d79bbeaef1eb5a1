"""Demo data: a believable caseload for the first start, a training database or a load test.

Everything comes from one `random.Random(seed)`, so the same seed and `vandaag` give the same
database (ids included). Rows are written in one transaction, per block of cases, through the
mapped tables' own bind processors (so IsoDatum, Uuid and DateTime convert as usual; see
`_schrijf`): 100,000 cases with their people, contacts and intakes take about a minute.

Cases whose first contact is some days old have a Levenskracht intake, the older ones a
verklarende analyse with goals and a routekaart, and most analyses of a few weeks old are
afgerond (`_Generator.intake`): the case list shows every stage, Intake, Analyse and Plan.

The casusnummer is JJJJ-NNNN, so one year holds at most 9999 cases. The cases are spread over
the 18 months that end on `vandaag`; a larger number is spread over as many years as needed to
keep a year well below that limit.
"""

import gc
import math
import random
import uuid
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from functools import cache, lru_cache
from itertools import accumulate
from operator import itemgetter

import holidays
from sqlalchemy import Connection, DateTime, Uuid, func, insert, select

from jeugdloket.db import Database
from jeugdloket.fouten import Fout
from jeugdloket.models import (
    Actie,
    Casus,
    Contactmoment,
    Doel,
    DoelFactor,
    Factor,
    Intake,
    LeefgebiedScore,
    Medewerker,
    Netwerklid,
    Persoon,
    Samenhang,
)
from jeugdloket.models.base import IsoDatum
from jeugdloket.regels.codelijsten import leefgebieden
from jeugdloket.regels.werkdagen import Werkdagen
from jeugdloket.regels.zoeken import jeugdigen_weergave, vouw, zoektekst
from jeugdloket.services.toegang import DEMO_WACHTWOORD_HASH

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

# ---------------------------------------------------------------- the intake

# Leefgebied keys (resources/leefgebieden.csv); a key the team no longer has is left out.
_GO, _LG, _PW, _SW = (
    "gezin_en_opvoeding",
    "lichamelijke_gezondheid",
    "psychisch_welbevinden",
    "school_en_werk",
)
_VV, _SN, _WO, _GI = "vrije_tijd_en_vrienden", "sociaal_netwerk", "wonen", "geld_en_inkomen"
_VE, _MI, _PJ, _BU = "veiligheid", "middelengebruik", "politie_en_justitie", "buurt"

INTAKE_KANS = 0.75  # of the cases with a first contact at least INTAKE_NA days ago
INTAKE_NA = 10
ANALYSE_KANS = 0.70  # of those intakes, when the first contact is ANALYSE_NA days ago or more
ANALYSE_NA = 25
AFGEROND_KANS = 0.65  # of the analyses dated AFGEROND_NA days ago or more
AFGEROND_NA = 14
JEUGDIGE_SCOORT = 12  # from this age the child gives the inwoner scores, below it a parent
JEUGDIGE_DOET = 10  # from this age the child can have an action on the routekaart

# Per theme (see HULPVRAGEN): the leefgebieden where the trouble is, the family's worries
# there, draaglast, a summary "in gewone woorden", factors per type as (niveau, leefgebied,
# omschrijving), and goals as (omschrijving, goed genoeg, actions as (who, what), index of the
# instandhoudende factor the goal tackles, lowest age of the child). Who: ouder, jeugdige,
# netwerk (someone around the family) or consulent. {naam} is the child, {ouder} the parent
# who asked for help; {hij}/{Hij}, {zijn}/{Zijn}, {hem} the child's pronouns.
THEMAS = {
    "opvoeding": {
        "gebieden": (_GO, _LG, _SN),
        "zorgen": {
            _GO: (
                "Elke avond strijd bij het naar bed gaan.",
                "Driftbuien als {naam} {zijn} zin niet krijgt; we weten niet meer wat we moeten doen.",
            ),
            _LG: ("{naam} slaapt slecht en wordt 's nachts vaak wakker.", "Eten is elke dag een gevecht."),
            _SN: ("We staan er vaak alleen voor.", "Familie woont ver weg; niemand kan eens oppassen."),
        },
        "draaglast": (
            "{Ouder} is doodmoe van de korte nachten.",
            "Weinig mensen om op terug te vallen; {ouder} voelt zich alleen.",
        ),
        "samenvatting": (
            "{naam} heeft veel driftbuien en slaapt slecht. Omdat {ouder} moe is, wordt er vaak "
            "toegegeven en is er weinig vaste regelmaat; daardoor houden de buien aan. {Ouder} "
            "wil graag leren hoe het rustiger kan.",
            "Het lukt thuis niet goed om grenzen te stellen aan {naam}. De avonden lopen uit op "
            "strijd en iedereen is uitgeput. Er is een warme band en {ouder} staat open voor tips.",
        ),
        "predisponerend": (
            ("kind", _PW, "{naam} is een gevoelig kind dat snel overprikkeld raakt"),
            ("ouder", _GO, "{Ouder} heeft zelf weinig voorbeeld gehad van rustig opvoeden"),
            ("gezin", _SN, "Weinig familie in de buurt"),
        ),
        "uitlokkend": (
            ("kind", _GO, "Overstap naar een nieuwe groep op de kinderopvang"),
            ("kind", _LG, "Lange periode van oorontstekingen en slechte nachten"),
            ("gezin", _WO, "Verhuizing naar een kleinere woning"),
        ),
        "instandhoudend": (
            ("gezin", _GO, "Geen vast ritme bij het naar bed gaan"),
            ("ouder", _GO, "{Ouder} geeft toe als {naam} boos wordt, om de rust te bewaren"),
            ("ouder", _LG, "{Ouder} is zo moe dat consequent blijven niet lukt"),
        ),
        "beschermend": (
            ("ouder", _GO, "{Ouder} is liefdevol en wil graag leren"),
            ("kind", _VV, "{naam} geniet van buiten spelen"),
        ),
        "doelen": (
            ("{naam} slaapt de meeste nachten door", "Vijf van de zeven nachten doorslapen, een maand lang", (
                ("ouder", "Maakt een vast avondritueel met een plaatjesschema"),
                ("consulent", "Regelt een opvoedondersteuner van het wijkteam"),
                ("netwerk", "Neemt één avond per week het naar bed brengen over"),
            ), 0, 0),
            ("De driftbuien worden minder en korter", "Hooguit één flinke bui per dag", (
                ("ouder", "Oefent met de tips van de opvoedondersteuner: rustig blijven, niet toegeven"),
                ("consulent", "Zoekt een oudercursus voor ouders van peuters in de buurt"),
            ), 1, 0),
            ("{Ouder} heeft weer tijd voor zichzelf", "Eén middag per week vrij", (
                ("netwerk", "Past op woensdagmiddag op {naam}"),
                ("ouder", "Vraagt familie of buren om één vaste oppasmiddag"),
            ), 2, 0),
        ),
    },
    "ontwikkeling": {
        "gebieden": (_GO, _PW, _SW),
        "zorgen": {
            _GO: (
                "{naam} raakt overstuur bij veranderingen; dan loopt het thuis vast.",
                "We begrijpen {naam} vaak niet en dan wordt {hij} boos.",
            ),
            _PW: ("{naam} is snel gefrustreerd en trekt zich terug.", "{naam} lijkt vaak in {zijn} eigen wereld."),
            _SW: (
                "Op de opvang of school valt op dat {naam} weinig met andere kinderen praat.",
                "De juf merkt dat {naam} achterloopt en moeilijk meekomt.",
            ),
        },
        "draaglast": (
            "Onzekerheid over wat er met {naam} aan de hand is.",
            "Veel afspraken en onderzoeken; {ouder} moet daarvoor steeds vrij nemen.",
        ),
        "samenvatting": (
            "{naam} ontwikkelt zich anders dan leeftijdgenoten en raakt snel overstuur bij "
            "veranderingen. Omdat niemand nog precies weet wat {naam} nodig heeft, reageert "
            "iedereen anders; dat maakt het voor {hem} onvoorspelbaar. Ouders willen {naam} beter "
            "begrijpen.",
            "Praten en contact maken gaan bij {naam} moeizaam. Thuis en op de opvang of school "
            "wordt veel voor {hem} ingevuld, waardoor {hij} weinig oefent. {Ouder} is betrokken en "
            "wil weten hoe het verder kan.",
        ),
        "predisponerend": (
            ("kind", _PW, "{naam} is gevoelig voor prikkels en veranderingen"),
            ("gezin", _GO, "Ook in de familie komen ontwikkelingsproblemen voor"),
            ("kind", _LG, "{naam} had als baby vaak oorontstekingen"),
        ),
        "uitlokkend": (
            ("kind", _SW, "Overstap naar een nieuwe groep met veel nieuwe gezichten"),
            ("gezin", _WO, "Verhuizing; alles was ineens anders"),
        ),
        "instandhoudend": (
            ("ouder", _GO, "{Ouder} weet niet goed wat {naam} nodig heeft en twijfelt steeds"),
            ("omgeving", _SW, "School of opvang en thuis pakken het verschillend aan"),
            ("gezin", _GO, "Thuis wordt veel voor {naam} ingevuld, zodat {hij} weinig oefent"),
        ),
        "beschermend": (
            ("kind", _VV, "{naam} kan zich heel lang met bouwen of puzzelen bezighouden"),
            ("omgeving", _SW, "De juf denkt mee en neemt de tijd voor {naam}"),
        ),
        "doelen": (
            ("Ouders begrijpen wat {naam} nodig heeft", "Ouders kunnen uitleggen wat {naam} helpt en doen dat thuis", (
                ("consulent", "Vraagt een onderzoek aan bij een ontwikkelingspoli"),
                ("ouder", "Houdt een week lang bij wanneer {naam} overstuur raakt"),
            ), 0, 0),
            ("Thuis en school of opvang doen het op dezelfde manier", "Eén afsprakenlijst die thuis en op school wordt gebruikt", (
                ("ouder", "Maakt een afspraak met de juf over een vaste dagstructuur"),
                ("consulent", "Organiseert een gesprek met school en ouders"),
            ), 1, 0),
            ("{naam} oefent elke dag met praten", "{naam} vraagt zelf om wat {hij} wil", (
                ("ouder", "Leest elke avond een boekje voor en benoemt de plaatjes"),
                ("netwerk", "Speelt één middag per week met {naam} en praat veel"),
            ), 2, 0),
        ),
    },
    "adhd": {
        "gebieden": (_SW, _GO, _VV),
        "zorgen": {
            _SW: (
                "De juf zegt dat {naam} niet stil kan zitten en veel mist.",
                "Huiswerk lukt niet; {naam} raakt steeds afgeleid.",
            ),
            _GO: ("Elke ochtend gedoe met aankleden en op tijd komen.", "Veel ruzie over schermtijd."),
            _VV: (
                "{naam} wordt niet vaak meer gevraagd om te spelen.",
                "Bij voetbal zit {naam} vaak op de bank voor straf.",
            ),
        },
        "draaglast": (
            "Elke dag strijd; {ouder} is aan het einde van de dag op.",
            "Veel telefoontjes van school; {ouder} schaamt zich.",
        ),
        "samenvatting": (
            "{naam} is druk en kan zich moeilijk concentreren. Op school loopt {hij} achter en "
            "krijgt {hij} veel correctie; thuis gaat het mis bij overgangen. Daardoor voelt {naam} "
            "zich vaak dom, en dat maakt het gedrag erger.",
            "De drukte van {naam} leidt thuis en op school tot veel strijd. Omdat iedereen er "
            "anders op reageert, weet {naam} niet waar {hij} aan toe is. Met structuur en "
            "duidelijke afspraken gaat het beter.",
        ),
        "predisponerend": (
            ("kind", _PW, "{naam} is impulsief en snel afgeleid, al van jongs af aan"),
            ("ouder", _SW, "{Ouder} had vroeger zelf ook moeite met concentreren"),
        ),
        "uitlokkend": (
            ("kind", _SW, "Overgang naar een grotere klas met een nieuwe leerkracht"),
            ("gezin", _WO, "Drukke periode thuis door een verbouwing"),
        ),
        "instandhoudend": (
            ("gezin", _GO, "Geen vaste dagstructuur; elke ochtend gaat anders"),
            ("omgeving", _SW, "{naam} krijgt op school vooral te horen wat niet goed gaat"),
            ("kind", _VV, "Veel schermtijd in de avond, daardoor slecht slapen"),
        ),
        "beschermend": (
            ("kind", _VV, "{naam} is sportief en kan zich op het veld goed uitleven"),
            ("omgeving", _SW, "De intern begeleider wil graag meedenken"),
        ),
        "doelen": (
            ("{naam} komt rustig en op tijd op school", "Vier van de vijf dagen op tijd, zonder ruzie bij het aankleden", (
                ("ouder", "Hangt een ochtendschema met plaatjes op in de gang"),
                ("jeugdige", "Legt 's avonds zelf {zijn} kleren klaar"),
                ("consulent", "Vraagt via de huisarts een onderzoek naar de concentratie aan"),
            ), 0, 0),
            ("School en thuis hanteren dezelfde afspraken", "Eén beloningskaart voor thuis en school", (
                ("ouder", "Bespreekt met de leerkracht een beloningskaart"),
                ("consulent", "Plant een gesprek met de intern begeleider en ouders"),
            ), 1, 0),
            ("{naam} speelt weer met vriendjes", "Eén keer per week een speelafspraak", (
                ("ouder", "Nodigt een klasgenoot uit om te komen spelen"),
                ("jeugdige", "Gaat mee naar de sportclub op woensdag"),
            ), None, 0),
        ),
    },
    "dyslexie": {
        "gebieden": (_SW, _PW),
        "zorgen": {
            _SW: (
                "Lezen en spellen gaan heel moeizaam; de achterstand wordt groter.",
                "Toetsen gaan slecht, terwijl {naam} wel leert.",
            ),
            _PW: ("{naam} zegt dat {hij} dom is.", "{naam} raakt gefrustreerd en huilt bij het huiswerk."),
        },
        "draaglast": (
            "Huiswerk kost elke avond veel tijd en tranen.",
            "{Ouder} kan zelf niet goed helpen met lezen.",
        ),
        "samenvatting": (
            "{naam} heeft veel moeite met lezen en spellen en loopt op school achter. Omdat het "
            "niet lukt, gaat {hij} het lezen uit de weg; daardoor oefent {hij} minder en groeit de "
            "achterstand. {naam} is slim en wil graag.",
            "Lezen gaat bij {naam} veel langzamer dan bij klasgenoten. {naam} schaamt zich en "
            "verliest {zijn} zelfvertrouwen. Ouders en school willen weten of er sprake is van "
            "dyslexie.",
        ),
        "predisponerend": (
            ("gezin", _SW, "Ook {ouder} had moeite met lezen op school"),
            ("kind", _SW, "{naam} was laat met praten"),
        ),
        "uitlokkend": (
            ("omgeving", _SW, "Overstap naar een groep waarin veel zelfstandig gelezen moet worden"),
            ("kind", _PW, "Slecht rapport; {naam} schrok daar erg van"),
        ),
        "instandhoudend": (
            ("omgeving", _SW, "Nog geen extra begeleiding op school"),
            ("kind", _SW, "{naam} vermijdt lezen waar het kan"),
            ("gezin", _GO, "Huiswerk eindigt thuis vaak in ruzie"),
        ),
        "beschermend": (
            ("kind", _VV, "{naam} is creatief en goed in rekenen en tekenen"),
            ("omgeving", _SW, "De leerkracht ziet hoe hard {naam} werkt"),
        ),
        "doelen": (
            ("Duidelijk krijgen of {naam} dyslexie heeft", "Er is een uitslag en een advies voor school", (
                ("consulent", "Vraagt het dyslexieonderzoek aan"),
                ("ouder", "Vraagt het leerlingdossier op bij school"),
            ), None, 0),
            ("{naam} krijgt hulp bij lezen op school", "Extra leesbegeleiding twee keer per week", (
                ("ouder", "Vraagt op school naar extra leesbegeleiding"),
                ("consulent", "Belt de intern begeleider over de mogelijkheden"),
            ), 0, 0),
            ("{naam} leest weer met plezier", "Elke dag tien minuten lezen zonder ruzie", (
                ("ouder", "Leest om en om een bladzijde met {naam}"),
                ("jeugdige", "Kiest zelf een strip of boek in de bibliotheek"),
            ), 1, 0),
        ),
    },
    "angst": {
        "gebieden": (_PW, _SW, _LG),
        "zorgen": {
            _PW: ("{naam} piekert veel en is snel bang.", "'s Avonds kan {naam} niet slapen van de zorgen."),
            _SW: ("'s Ochtends wil {naam} niet naar school.", "{naam} durft in de klas niets te zeggen."),
            _LG: ("Buikpijn op schooldagen.", "Hoofdpijn en misselijk als er iets spannends komt."),
        },
        "draaglast": (
            "De ochtenden zijn zwaar; {ouder} komt vaak te laat op het werk.",
            "{Ouder} twijfelt steeds: doorzetten of {naam} thuishouden?",
        ),
        "samenvatting": (
            "{naam} is angstig en krijgt buikpijn als {hij} naar school moet. Als {naam} thuis "
            "mag blijven, zakt de angst even, maar daarna is teruggaan nog moeilijker. {naam} wil "
            "zelf graag weer durven.",
            "{naam} piekert veel en gaat spannende dingen uit de weg. Thuis wordt {hij} daarin "
            "beschermd, waardoor {hij} weinig ervaart dat het wel lukt. De goede band met {ouder} "
            "helpt.",
        ),
        "predisponerend": (
            ("kind", _PW, "{naam} is van jongs af aan een voorzichtig en gevoelig kind"),
            ("ouder", _PW, "{Ouder} heeft zelf last gehad van angsten"),
        ),
        "uitlokkend": (
            ("kind", _SW, "Een nare ervaring in de klas"),
            ("gezin", _LG, "Ziekte van opa; {naam} maakte zich veel zorgen"),
        ),
        "instandhoudend": (
            ("gezin", _GO, "{naam} mag thuisblijven als {hij} buikpijn heeft"),
            ("kind", _PW, "{naam} gaat alles uit de weg wat spannend is"),
            ("ouder", _GO, "{Ouder} stelt {naam} steeds gerust, waardoor {hij} het zelf niet leert"),
        ),
        "beschermend": (
            ("kind", _VV, "{naam} heeft een goede vriend(in) bij wie {hij} zich veilig voelt"),
            ("omgeving", _SW, "De mentor of leerkracht is geduldig en betrokken"),
        ),
        "doelen": (
            ("{naam} gaat weer elke dag naar school", "Vier dagen per week, zes weken achter elkaar", (
                ("ouder", "Maakt met school een opbouwschema"),
                ("netwerk", "Brengt {naam} twee ochtenden per week naar school"),
                ("consulent", "Zoekt een aanbieder voor hulp bij angst"),
            ), 0, 0),
            ("{naam} weet wat {hij} kan doen als {hij} bang wordt", "{naam} gebruikt zelf een ontspanningsoefening", (
                ("jeugdige", "Oefent elke avond de ademhalingsoefening"),
                ("ouder", "Helpt {naam} herinneren aan de oefening"),
            ), 1, 0),
            ("{naam} slaapt weer goed", "Binnen een half uur in slaap, de meeste avonden", (
                ("ouder", "Spreekt na het eten een vast piekerkwartier af"),
                ("jeugdige", "Legt de telefoon om negen uur weg"),
            ), None, 10),
        ),
    },
    "scheiding": {
        "gebieden": (_GO, _PW, _GI),
        "zorgen": {
            _GO: (
                "Ouders maken ruzie bij het overdragen van {naam}.",
                "Afspraken over de omgang worden steeds niet nagekomen.",
            ),
            _PW: (
                "{naam} voelt zich schuldig en wil niet kiezen.",
                "{naam} is stil en verdrietig na een weekend bij de andere ouder.",
            ),
            _GI: ("Sinds de scheiding is het geld krap.", "Ruzie over de alimentatie."),
        },
        "draaglast": (
            "De ruzie met de ex-partner kost veel energie.",
            "Twee huishoudens, te weinig geld.",
        ),
        "samenvatting": (
            "Na de scheiding lukt het ouders niet om samen afspraken te maken over {naam}. "
            "{naam} hoort de ruzies en voelt zich klem zitten. Allebei willen ze het beste voor "
            "{naam}; dat is een goed begin.",
            "{naam} pendelt tussen twee huizen met verschillende regels. Elke overdracht geeft "
            "spanning, en {naam} houdt {zijn} gevoelens voor zich. Ouders willen leren over {naam} "
            "te praten zonder ruzie.",
        ),
        "predisponerend": (
            ("ouder", _GO, "Ouders hadden al jaren veel conflicten"),
            ("gezin", _GI, "Geldproblemen al voor de scheiding"),
        ),
        "uitlokkend": (
            ("gezin", _GO, "Scheiding van ouders"),
            ("gezin", _WO, "Verhuizing van een van de ouders"),
        ),
        "instandhoudend": (
            ("ouder", _GO, "Geen vaste afspraken over de omgang"),
            ("ouder", _GO, "Ouders praten alleen via {naam} met elkaar"),
            ("gezin", _GI, "Ruzie over geld laait steeds op"),
        ),
        "beschermend": (
            ("kind", _SN, "{naam} kan goed praten met opa en oma"),
            ("ouder", _GO, "Beide ouders zijn erg betrokken bij {naam}"),
        ),
        "doelen": (
            ("Ouders maken afspraken zonder ruzie", "Een ouderschapsplan dat ze allebei ondertekenen", (
                ("consulent", "Meldt ouders aan bij een mediator"),
                ("ouder", "Schrijft op welke afspraken {ouder} belangrijk vindt"),
            ), 0, 0),
            ("{naam} hoeft geen boodschapper meer te zijn", "Ouders regelen alles rechtstreeks, via een app", (
                ("ouder", "Installeert een co-ouderschapsapp en spreekt af die te gebruiken"),
                ("consulent", "Bespreekt met beide ouders wat {naam} ervan merkt"),
            ), 1, 4),
            ("{naam} kan {zijn} verhaal kwijt", "{naam} heeft iemand om mee te praten", (
                ("jeugdige", "Gaat naar de KIES-groep voor kinderen van gescheiden ouders"),
                ("netwerk", "Maakt elke week tijd voor een wandeling met {naam}"),
            ), None, 6),
        ),
    },
    "welbevinden": {
        "gebieden": (_PW, _VV, _SW),
        "zorgen": {
            _PW: ("{naam} is stil en verdrietig, vooral 's avonds.", "{naam} slaapt slecht en wil niet praten."),
            _VV: ("{naam} speelt niet meer buiten en blijft op {zijn} kamer.", "Vriendjes komen niet meer langs."),
            _SW: ("{naam} wordt gepest in de pauze.", "{naam} wil niet meer naar school."),
        },
        "draaglast": (
            "Iedereen in het gezin heeft verdriet; er is weinig ruimte voor {naam}.",
            "{Ouder} voelt zich machteloos.",
        ),
        "samenvatting": (
            "{naam} voelt zich verdrietig en trekt zich terug. Omdat {hij} er thuis niet over "
            "praat, weten ouders niet goed hoe ze kunnen helpen. {naam} heeft wel een paar mensen "
            "bij wie {hij} zich op {zijn} gemak voelt.",
            "{naam} wordt gepest en durft dat op school niet te zeggen. Daardoor gaat het pesten "
            "door en wordt {naam} steeds stiller. Ouders willen dat school ingrijpt.",
        ),
        "predisponerend": (
            ("kind", _PW, "{naam} is een gevoelig kind dat veel binnenhoudt"),
            ("gezin", _SN, "Het gezin heeft weinig mensen om zich heen"),
        ),
        "uitlokkend": (
            ("gezin", _SN, "Overlijden van opa, bij wie {naam} veel kwam"),
            ("omgeving", _SW, "Gepest in de klas sinds het begin van het schooljaar"),
        ),
        "instandhoudend": (
            ("omgeving", _SW, "School weet niet van het pesten en grijpt niet in"),
            ("kind", _PW, "{naam} praat er met niemand over"),
            ("kind", _VV, "{naam} is gestopt met {zijn} club"),
        ),
        "beschermend": (
            ("kind", _VV, "{naam} heeft een hobby waar {hij} blij van wordt"),
            ("gezin", _GO, "Fijne band met {ouder}"),
        ),
        "doelen": (
            ("{naam} voelt zich weer veilig op school", "{naam} zegt dat het pesten is gestopt", (
                ("ouder", "Maakt een afspraak met de mentor over het pesten"),
                ("consulent", "Vraagt school naar het pestprotocol"),
            ), 0, 0),
            ("{naam} praat over wat {hem} dwarszit", "Eén keer per week een gesprek met iemand die {hij} vertrouwt", (
                ("ouder", "Plant elke zondag een wandeling samen"),
                ("consulent", "Zoekt een kindercoach in de buurt"),
            ), 1, 0),
            ("{naam} gaat weer naar {zijn} club", "Elke week naar de training", (
                ("jeugdige", "Gaat weer naar de training op woensdag"),
                ("netwerk", "Rijdt mee naar de training"),
            ), 2, 6),
        ),
    },
    "gedrag": {
        "gebieden": (_GO, _SW, _VV),
        "zorgen": {
            _GO: ("Boze buien waarbij {naam} slaat en schopt.", "{naam} luistert niet; elke vraag wordt ruzie."),
            _SW: ("Van school komen steeds klachten over {naam}.", "{naam} is al een paar keer uit de klas gestuurd."),
            _VV: ("Andere ouders laten hun kinderen niet meer met {naam} spelen.", "Op het plein gaat het vaak mis."),
        },
        "draaglast": (
            "Het hele gezin draait om de buien van {naam}.",
            "{Ouder} voelt zich tekortschieten als ouder.",
        ),
        "samenvatting": (
            "{naam} wordt snel boos en slaat dan. Thuis reageert iedereen met boosheid terug, "
            "waardoor het steeds escaleert. {naam} kan ook heel lief en behulpzaam zijn, en daar "
            "kan op worden voortgebouwd.",
            "Het gedrag van {naam} zorgt thuis en op school voor veel strijd. {naam} krijgt vooral "
            "aandacht als het misgaat. Ouders willen leren hoe ze het anders kunnen aanpakken.",
        ),
        "predisponerend": (
            ("kind", _PW, "{naam} heeft een kort lontje en kan moeilijk wachten"),
            ("gezin", _GO, "Veel spanning thuis in de eerste jaren van {naam}"),
        ),
        "uitlokkend": (
            ("gezin", _GO, "Een nieuwe partner in huis"),
            ("omgeving", _SW, "Nieuwe klas met een strengere leerkracht"),
        ),
        "instandhoudend": (
            ("gezin", _GO, "Thuis wordt boosheid met boosheid beantwoord"),
            ("ouder", _GO, "Opvoeders zijn het niet eens over straffen en belonen"),
            ("gezin", _GO, "{naam} krijgt vooral aandacht als het misgaat"),
        ),
        "beschermend": (
            ("kind", _VV, "{naam} is behulpzaam en zorgt graag voor dieren"),
            ("ouder", _GO, "Ouders willen graag iets anders proberen"),
        ),
        "doelen": (
            ("{naam} kan boosheid anders uiten dan met slaan", "Vier weken lang niet meer slaan", (
                ("ouder", "Oefent met {naam} het stoplicht: stop, denk, doe"),
                ("consulent", "Meldt het gezin aan bij een opvoedtraining"),
            ), 0, 0),
            ("Opvoeders reageren op dezelfde manier", "Ze volgen samen één lijstje afspraken", (
                ("ouder", "Maakt samen met de andere opvoeder drie huisregels"),
                ("consulent", "Plant een gesprek met beide opvoeders"),
            ), 1, 0),
            ("{naam} krijgt complimenten voor wat goed gaat", "Elke dag minstens drie complimenten", (
                ("ouder", "Houdt een complimentenkaart bij op de koelkast"),
                ("netwerk", "Doet elke zaterdag iets leuks met {naam}"),
            ), 2, 0),
        ),
    },
    "somberheid": {
        "gebieden": (_PW, _SW, _VV, _LG),
        "zorgen": {
            _PW: ("Voelt zich vaak somber en alleen.", "{naam} zegt dat niets meer zin heeft."),
            _SW: ("Mist veel lessen; de cijfers zakken.", "Sinds een paar maanden bijna niet op school."),
            _VV: ("Ziet vrienden niet meer.", "Is gestopt met sporten."),
            _LG: ("Slaapt overdag en ligt 's nachts wakker.", "Eet slecht en is afgevallen."),
        },
        "draaglast": (
            "{Ouder} maakt zich dag en nacht zorgen.",
            "Weinig vriendschappen; {naam} zit veel alleen.",
        ),
        "samenvatting": (
            "{naam} voelt zich al maanden somber en trekt zich terug op {zijn} kamer. Omdat {hij} "
            "'s nachts wakker ligt, lukt school overdag niet; dat maakt {hem} nog somberder. "
            "{naam} wil zelf wel hulp.",
            "{naam} is {zijn} vrienden en {zijn} ritme kwijtgeraakt. Thuis wordt {hij} met rust "
            "gelaten om de vrede te bewaren, maar daardoor komt {hij} nergens meer. De band met "
            "{ouder} is goed; dat is een steun.",
        ),
        "predisponerend": (
            ("ouder", _PW, "{Ouder} heeft zelf lang depressieve klachten gehad"),
            ("kind", _PW, "{naam} is perfectionistisch en streng voor zichzelf"),
        ),
        "uitlokkend": (
            ("kind", _VV, "Ruzie in de vriendengroep"),
            ("gezin", _WO, "Verhuizing en een nieuwe school"),
        ),
        "instandhoudend": (
            ("kind", _LG, "Verstoord dag-nachtritme door schermgebruik 's nachts"),
            ("gezin", _SW, "{naam} mag thuisblijven als het niet gaat"),
            ("kind", _VV, "Weinig contact met leeftijdgenoten"),
        ),
        "beschermend": (
            ("kind", _VV, "{naam} tekent of maakt graag muziek"),
            ("gezin", _SN, "Sterke band met een oom of tante"),
        ),
        "doelen": (
            ("{naam} heeft weer een dagritme", "Om acht uur op, om elf uur slapen, vijf dagen per week", (
                ("jeugdige", "Legt de telefoon 's nachts in de woonkamer"),
                ("ouder", "Wekt {naam} elke ochtend om acht uur"),
                ("consulent", "Zoekt een aanbieder voor behandeling van de somberheid"),
            ), 0, 0),
            ("{naam} gaat weer naar school", "Drie dagen per week, zes weken achter elkaar", (
                ("ouder", "Maakt met de mentor een opbouwschema"),
                ("consulent", "Overlegt met de leerplichtambtenaar"),
            ), 1, 0),
            ("{naam} ziet weer vrienden", "Eén keer per week iets leuks buiten de deur", (
                ("jeugdige", "Spreekt één keer per week af met een vriend(in)"),
                ("netwerk", "Neemt {naam} mee naar de sportschool"),
            ), 2, 0),
        ),
    },
    "schoolverzuim": {
        "gebieden": (_SW, _PW, _VV),
        "zorgen": {
            _SW: ("Al weken niet op school; de leerplichtambtenaar belt.", "Komt 's ochtends {zijn} bed niet uit."),
            _PW: ("{naam} zegt dat het allemaal niks uitmaakt.", "Schaamt zich om terug te gaan."),
            _VV: ("Gamet tot diep in de nacht.", "Online vrienden, maar niemand in het echt."),
        },
        "draaglast": (
            "Elke ochtend ruzie, terwijl {ouder} naar het werk moet.",
            "Een boete van leerplicht dreigt.",
        ),
        "samenvatting": (
            "{naam} verzuimt al weken van school en gamet 's nachts. Omdat {hij} overdag slaapt, "
            "mist {hij} steeds meer en wordt teruggaan steeds moeilijker. {naam} wil eigenlijk "
            "wel een diploma halen.",
            "{naam} is het contact met school kwijtgeraakt. Thuis lukt het niet om grenzen te "
            "stellen aan het gamen, en school heeft nog geen plan. {naam} is slim en kan het werk "
            "wel aan.",
        ),
        "predisponerend": (
            ("kind", _SW, "{naam} vond school altijd al moeilijk"),
            ("ouder", _GO, "{Ouder} werkt vroeg en is 's ochtends niet thuis"),
        ),
        "uitlokkend": (
            ("omgeving", _SW, "Overstap naar het voortgezet onderwijs"),
            ("kind", _LG, "Lang ziek geweest en daarna niet meer teruggegaan"),
        ),
        "instandhoudend": (
            ("omgeving", _SW, "School en gezin hebben weinig contact"),
            ("kind", _VV, "Gamen tot diep in de nacht"),
            ("gezin", _GO, "Geen vaste afspraken over bedtijd en schermtijd"),
        ),
        "beschermend": (
            ("kind", _SW, "{naam} is slim en goed in techniek"),
            ("omgeving", _SW, "De mentor wil {naam} graag terug in de klas"),
        ),
        "doelen": (
            ("{naam} gaat weer naar school", "Vier dagen per week, zes weken achter elkaar", (
                ("ouder", "Maakt met de mentor een opbouwschema"),
                ("jeugdige", "Zet zelf twee wekkers"),
                ("consulent", "Overlegt met de leerplichtambtenaar over een plan"),
            ), 0, 0),
            ("Duidelijke afspraken over gamen", "Na elf uur 's avonds niet meer gamen", (
                ("ouder", "Zet de wifi om elf uur uit"),
                ("jeugdige", "Spreekt zelf de gametijden af met {ouder}"),
            ), 1, 0),
            ("{naam} weet wat {hij} na school wil", "{naam} heeft een opleiding gekozen", (
                ("jeugdige", "Gaat naar een open dag van het mbo"),
                ("consulent", "Regelt een gesprek met de loopbaanbegeleider"),
            ), None, 13),
        ),
    },
    "middelen": {
        "gebieden": (_MI, _SW, _GO, _PJ),
        "zorgen": {
            _MI: ("Blowt elke dag, ook voor school.", "Drinkt in het weekend veel met vrienden."),
            _SW: ("Haalt {zijn} school niet meer.", "Veel verzuim; {naam} moet misschien van school."),
            _GO: ("Veel ruzie thuis over geld en uitgaan.", "{Ouder} weet niet meer waar {naam} uithangt."),
            _PJ: ("Een keer aangehouden samen met een vriend.", "Een boete voor vernieling."),
        },
        "draaglast": (
            "{Ouder} is bang dat {naam} in verkeerde kringen terechtkomt.",
            "Er verdwijnt geld uit huis.",
        ),
        "samenvatting": (
            "{naam} blowt dagelijks en haalt {zijn} school niet meer. Blowen helpt {hem} tegen de "
            "onrust, maar daardoor gaat school nog slechter en wordt de onrust groter. {naam} wil "
            "zelf minderen, als {hij} er niet alleen voor staat.",
            "Het middelengebruik van {naam} zorgt thuis voor veel ruzie. Omdat de vriendengroep "
            "ook gebruikt, is stoppen lastig. {naam} heeft nog wel contact met een paar vrienden "
            "die niet gebruiken.",
        ),
        "predisponerend": (
            ("gezin", _MI, "In de familie komt verslaving voor"),
            ("kind", _PW, "{naam} is onrustig en zoekt spanning"),
        ),
        "uitlokkend": (
            ("kind", _VV, "Nieuwe vriendengroep die veel gebruikt"),
            ("gezin", _GO, "Veel spanning thuis in het afgelopen jaar"),
        ),
        "instandhoudend": (
            ("kind", _PW, "Blowen helpt tegen de onrust in {zijn} hoofd"),
            ("gezin", _SW, "Niemand houdt het schoolverzuim bij"),
            ("gezin", _GO, "Geen zicht op zakgeld en uitgaan"),
            ("kind", _VV, "Vrienden blowen ook; stoppen betekent vrienden kwijt"),
        ),
        "beschermend": (
            ("kind", _SW, "{naam} heeft een bijbaan waar {hij} het goed doet"),
            ("gezin", _SN, "Een oom bij wie {naam} altijd terecht kan"),
        ),
        "doelen": (
            ("{naam} blowt niet meer op schooldagen", "Vier weken niet blowen door de week", (
                ("jeugdige", "Praat elke week met de jongerenwerker over minderen"),
                ("consulent", "Meldt {naam} aan bij de verslavingszorg voor jongeren"),
            ), 0, 0),
            ("{naam} haalt {zijn} diploma", "Voldoendes voor de komende periode", (
                ("ouder", "Spreekt met school af dat het verzuim elke week wordt doorgegeven"),
                ("jeugdige", "Gaat naar de huiswerkbegeleiding op dinsdag"),
            ), 1, 0),
            ("Afspraken thuis over geld en uitgaan", "Zakgeld op een vaste dag, in het weekend om twaalf uur thuis", (
                ("ouder", "Maakt met {naam} afspraken over zakgeld en tijden"),
                ("netwerk", "Is aanspreekpunt als {naam} het thuis niet uithoudt"),
            ), 2, 0),
        ),
    },
    "veiligheid": {
        "gebieden": (_VE, _GO, _PW),
        "zorgen": {
            _VE: (
                "Als ouders ruzie hebben, wordt er geschreeuwd en met spullen gegooid.",
                "{naam} was erbij toen het thuis uit de hand liep.",
            ),
            _GO: ("Ouders kunnen niet rustig met elkaar praten.", "Weinig rust en regelmaat in huis."),
            _PW: ("{naam} schrikt snel en is waakzaam.", "{naam} slaapt slecht en heeft nachtmerries."),
        },
        "draaglast": (
            "Spanningen tussen ouders lopen hoog op.",
            "Veilig Thuis is betrokken; dat geeft stress en schaamte.",
        ),
        "samenvatting": (
            "De ruzies tussen ouders lopen soms zo hoog op dat {naam} zich niet veilig voelt. Als "
            "de spanning stijgt, weet niemand hoe het te stoppen; na een ruzie wordt er niet over "
            "gepraat. Allebei willen ouders dat {naam} veilig opgroeit.",
            "{naam} maakt thuis spanningen en ruzies mee. Er zijn nog geen afspraken over wat "
            "iedereen doet als het misgaat. Er is familie die wil helpen, en dat is belangrijk.",
        ),
        "predisponerend": (
            ("ouder", _PW, "Een van de ouders is zelf opgegroeid met geweld"),
            ("gezin", _GI, "Al lang geldzorgen"),
        ),
        "uitlokkend": (
            ("gezin", _GI, "Baanverlies van een van de ouders"),
            ("gezin", _VE, "Een hoog opgelopen ruzie waarbij de politie kwam"),
        ),
        "instandhoudend": (
            ("gezin", _VE, "Geen afspraken over wat te doen als het misgaat"),
            ("ouder", _GO, "Ouders weten niet hoe ze een ruzie kunnen stoppen"),
            ("ouder", _PW, "Stress door geldzorgen blijft hoog"),
        ),
        "beschermend": (
            ("omgeving", _SN, "Familie die {naam} kan opvangen als het misgaat"),
            ("ouder", _GO, "Ouders erkennen dat het zo niet verder kan"),
        ),
        "doelen": (
            ("Er is een veiligheidsplan", "Iedereen weet wat te doen als de spanning oploopt", (
                ("ouder", "Schrijft met de consulent het veiligheidsplan op"),
                ("netwerk", "Is bereikbaar en vangt {naam} op als het misgaat"),
                ("consulent", "Stemt het plan af met Veilig Thuis"),
            ), 0, 0),
            ("Ouders leren ruzie te stoppen voor het escaleert", "Vier weken geen ruzie waar {naam} bij is", (
                ("ouder", "Spreekt een time-out af: wie boos wordt, gaat even naar buiten"),
                ("consulent", "Meldt ouders aan bij een training omgaan met boosheid"),
            ), 1, 0),
            ("{naam} kan vertellen hoe het met {hem} gaat", "{naam} heeft een vast iemand om mee te praten", (
                ("consulent", "Regelt gesprekken voor {naam} bij het sociaal team"),
                ("netwerk", "Spreekt elke week iets leuks af met {naam}"),
            ), None, 4),
        ),
    },
    "18min": {
        "gebieden": (_SW, _WO, _GI),
        "zorgen": {
            _SW: ("Weet nog niet welke opleiding na de zomer.", "Dreigt uit te vallen op het mbo."),
            _WO: (
                "Wil op zichzelf wonen, maar weet niet hoe.",
                "Na {zijn} achttiende kan {naam} niet blijven waar {hij} nu woont.",
            ),
            _GI: ("Geen idee hoe zorgverzekering en toeslagen werken.", "Heeft al een schuld bij een webwinkel."),
        },
        "draaglast": (
            "Veel dingen tegelijk regelen voor de achttiende verjaardag.",
            "{Ouder} kan zelf weinig helpen met formulieren.",
        ),
        "samenvatting": (
            "{naam} wordt binnenkort achttien en moet veel regelen: school, wonen en geld. Omdat "
            "{hij} niet weet waar te beginnen, schuift {hij} alles voor zich uit. {naam} is "
            "zelfstandig en wil graag verder.",
            "Na {zijn} achttiende verandert er veel voor {naam}. Er is nog geen plan voor wonen en "
            "inkomen. {naam} is gemotiveerd en heeft een paar mensen die willen helpen.",
        ),
        "predisponerend": (
            ("kind", _SW, "{naam} heeft lang jeugdhulp gehad en weinig zelf geregeld"),
            ("gezin", _GI, "Thuis is er nooit over geldzaken gepraat"),
        ),
        "uitlokkend": (
            ("kind", _SW, "De achttiende verjaardag komt eraan"),
            ("gezin", _WO, "Ouders gaan verhuizen"),
        ),
        "instandhoudend": (
            ("kind", _GI, "{naam} stelt zaken uit als {hij} niet weet hoe het moet"),
            ("gezin", _WO, "Niemand heeft uitgezocht welke woonvormen er zijn"),
            ("gezin", _SN, "Weinig mensen in de buurt die kunnen helpen met regelen"),
        ),
        "beschermend": (
            ("kind", _SW, "{naam} heeft een bijbaan en is betrouwbaar"),
            ("omgeving", _SN, "Een oud-mentor die graag helpt"),
        ),
        "doelen": (
            ("{naam} heeft voor {zijn} verjaardag alles geregeld", "Zorgverzekering, DigiD en bankrekening zijn op orde", (
                ("jeugdige", "Vraagt een DigiD aan"),
                ("consulent", "Loopt met {naam} de lijst 18-/18+ door"),
                ("netwerk", "Helpt met het kiezen van een zorgverzekering"),
            ), 0, 0),
            ("{naam} weet waar {hij} na {zijn} achttiende woont", "Er is een afspraak over een kamer of begeleid wonen", (
                ("consulent", "Vraagt begeleid wonen aan bij de gemeente"),
                ("jeugdige", "Schrijft zich in bij de woningcorporatie"),
            ), 1, 0),
            ("{naam} blijft naar school gaan", "De opleiding loopt door na de zomer", (
                ("jeugdige", "Maakt een afspraak met de studieloopbaanbegeleider"),
                ("ouder", "Zoekt samen met {naam} uit hoe studiefinanciering werkt"),
            ), None, 0),
        ),
    },
    "ouder": {
        "gebieden": (_GO, _PW, _SN),
        "zorgen": {
            _GO: (
                "Door de klachten van {ouder} lukt de dagelijkse zorg niet altijd.",
                "Op slechte dagen blijft er thuis veel liggen.",
            ),
            _PW: ("{Ouder} voelt zich vaak somber en moe.", "{Ouder} heeft paniekaanvallen en durft de deur niet uit."),
            _SN: ("Weinig mensen die kunnen inspringen.", "Familie weet niet hoe het echt gaat."),
        },
        "draaglast": (
            "{Ouder} wacht op behandeling; er is een wachtlijst.",
            "Elke dag is een zware opgave.",
        ),
        "samenvatting": (
            "{Ouder} heeft psychische klachten en kan niet altijd voor {naam} zorgen. Omdat "
            "{ouder} zich schaamt, wordt er weinig hulp gevraagd; daardoor blijft er veel liggen. "
            "Er is veel liefde in huis.",
            "De klachten van {ouder} maken de dagen onvoorspelbaar voor {naam}. Er is nog geen "
            "plan voor de slechte dagen. Er zijn mensen in de buurt die willen helpen als ze weten "
            "hoe.",
        ),
        "predisponerend": (
            ("ouder", _PW, "{Ouder} heeft al jaren psychische klachten"),
            ("gezin", _SN, "Klein netwerk; familie woont ver weg"),
        ),
        "uitlokkend": (
            ("ouder", _PW, "Terugval van {ouder} na het verlies van werk"),
            ("ouder", _LG, "Lange ziekte van {ouder}"),
        ),
        "instandhoudend": (
            ("gezin", _GO, "Geen plan voor de dagen dat het niet gaat"),
            ("ouder", _SN, "{Ouder} vraagt uit schaamte niet om hulp"),
            ("ouder", _PW, "Behandeling van {ouder} is nog niet gestart"),
        ),
        "beschermend": (
            ("ouder", _PW, "{Ouder} wil beter worden en zoekt hulp"),
            ("omgeving", _SN, "Een buurvrouw die bijspringt"),
        ),
        "doelen": (
            ("Er is een plan voor de slechte dagen", "Op een slechte dag weet iedereen wie wat doet", (
                ("ouder", "Schrijft met de consulent op wie er kan inspringen"),
                ("netwerk", "Neemt op slechte dagen het halen en brengen van {naam} over"),
                ("consulent", "Zoekt een gezinsondersteuner"),
            ), 0, 0),
            ("{naam} kan gewoon kind zijn", "{naam} heeft tijd om te spelen en naar {zijn} club te gaan", (
                ("consulent", "Meldt {naam} aan bij een KOPP-groep"),
                ("netwerk", "Neemt {naam} een middag per week mee"),
            ), None, 6),
            ("{Ouder} krijgt passende behandeling", "De behandeling is gestart", (
                ("ouder", "Gaat terug naar de huisarts voor een verwijzing"),
                ("consulent", "Belt de ggz-aanbieder over de wachttijd"),
            ), 2, 0),
        ),
    },
    "jb": {
        "gebieden": (_VE, _GO, _PJ),
        "zorgen": {
            _VE: (
                "Er zijn zorgen over de veiligheid thuis; de GI houdt toezicht.",
                "Er was een incident waarbij de politie kwam.",
            ),
            _GO: ("Ouders voelen zich niet gehoord door de jeugdbeschermer.", "Weinig vertrouwen in hulpverlening."),
            _PJ: ("Er loopt een ondertoezichtstelling.", "Contact met de politie na een incident."),
        },
        "draaglast": (
            "De ondertoezichtstelling voelt als een oordeel.",
            "Veel instanties en gesprekken tegelijk.",
        ),
        "samenvatting": (
            "Er is een ondertoezichtstelling omdat de veiligheid van {naam} in het geding was. "
            "Ouders voelen zich veroordeeld en houden hulpverleners op afstand, waardoor er weinig "
            "verandert. Ze willen wel dat de OTS zo snel mogelijk stopt.",
            "De GI maakt zich zorgen over de veiligheid van {naam}. Er is nog geen gezamenlijk "
            "plan met het gezin. Er is familie die wil meedenken; dat is een kans.",
        ),
        "predisponerend": (
            ("ouder", _PW, "Ouders hebben zelf een moeilijke jeugd gehad"),
            ("gezin", _GI, "Langdurige schulden"),
        ),
        "uitlokkend": (
            ("gezin", _VE, "Melding bij Veilig Thuis na een incident"),
            ("gezin", _PJ, "Uitspraak van de kinderrechter"),
        ),
        "instandhoudend": (
            ("gezin", _GO, "Veel instanties, niemand houdt het overzicht"),
            ("gezin", _VE, "Geen afspraken over wat te doen als het misgaat"),
            ("ouder", _SN, "Wantrouwen tegenover hulpverleners"),
        ),
        "beschermend": (
            ("ouder", _GO, "Ouders willen dat de OTS stopt en zijn bereid te werken"),
            ("omgeving", _SN, "Familie is een stabiele factor voor {naam}"),
        ),
        "doelen": (
            ("Er is één plan met het gezin, de GI en het loket", "Iedereen werkt met hetzelfde plan", (
                ("consulent", "Organiseert een overleg met gezin en jeugdbeschermer"),
                ("ouder", "Zegt wat {ouder} zelf belangrijk vindt in het plan"),
            ), 0, 0),
            ("{naam} groeit veilig op", "Zes maanden lang geen nieuwe meldingen", (
                ("ouder", "Volgt de afspraken uit het veiligheidsplan"),
                ("netwerk", "Komt twee keer per week langs"),
            ), 1, 0),
            ("Ouders hebben weer vertrouwen in hulp", "Ouders komen zelf met vragen", (
                ("consulent", "Spreekt vaste momenten af met ouders"),
                ("ouder", "Komt naar de afspraken bij de aanbieder"),
            ), 2, 0),
        ),
    },
}  # fmt: skip

# What goes well, per leefgebied, for the areas that are not the trouble; the children's
# places are different for the youngest.
GAAT_GOED = {
    _GO: ("We lachen veel samen.", "Op zondag eten we altijd samen.", "Het contact met {naam} is warm."),
    _LG: ("{naam} is gezond en eet goed.", "{naam} is zelden ziek.", "{naam} is veel buiten en beweegt genoeg."),
    _PW: ("{naam} is meestal vrolijk.", "{naam} kan goed vertellen wat {hij} voelt."),
    _SW: ("Goed contact met de leerkracht.", "{naam} heeft een fijne mentor.", "Rekenen gaat goed."),
    _VV: ("{naam} zit op zwemles en vindt het leuk.", "Speelt graag met de kinderen uit de straat.",
          "Gaat elke week naar de scouting."),
    _SN: ("Opa en oma komen elke week langs.", "Goede buren die helpen.", "Een paar vriendinnen staan klaar."),
    _WO: ("Fijn huis met een tuin.", "Iedereen heeft een eigen plek.", "We wonen hier al jaren en voelen ons thuis."),
    _GI: ("Er is genoeg geld voor wat nodig is.", "Rondkomen lukt, er is vast werk."),
    _VE: ("Thuis voelt iedereen zich veilig.", "Geen zorgen over veiligheid."),
    _MI: ("Er wordt thuis niet gedronken of gebruikt.", "Geen alcohol of drugs in beeld."),
    _PJ: ("Nooit met de politie te maken gehad.", "Geen contact met politie of justitie."),
    _BU: ("Fijne buurt met veel kinderen.", "Rustige straat; de buren kennen elkaar."),
}  # fmt: skip
GAAT_GOED_JONG = {  # below 4
    _SW: ("Gaat graag naar de kinderopvang.", "Op de opvang gaat het goed."),
    _VV: ("Speelt graag buiten.", "Gaat graag naar de speeltuin."),
    _PW: ("{naam} is een vrolijk kind.", "{naam} is nieuwsgierig en lacht veel."),
}
# What still goes well on an area where the trouble is.
GAAT_GOED_OOK = {
    _GO: ("We lachen veel samen.", "Er is veel liefde in huis."),
    _PW: ("Er zijn ook goede dagen.",),
    _SN: ("Eén vriendin staat altijd klaar.",),
    _GI: ("Er is een vaste baan.",),
    _VE: ("Bij familie is het altijd rustig en veilig.",),
}
# A worry on an area that is not the theme's.
ZORGEN_ALG = {
    _LG: ("Slaapt soms slecht.", "{naam} eet weinig groente."),
    _GI: ("Het is krap aan het einde van de maand.", "Er zijn schulden; die geven veel spanning."),
    _WO: ("Het huis is eigenlijk te klein.", "Gehorig huis; de buren klagen over lawaai."),
    _BU: ("Op het pleintje wordt 's avonds veel rondgehangen.", "Weinig speelplekken in de wijk."),
    _SN: ("Familie woont ver weg.", "We vragen niet snel om hulp."),
    _GO: ("Soms ruzie over kleine dingen.", "Weinig tijd voor elkaar door het werk."),
}
# Draagkracht: a strength of the child (by age), of the parent, and of the people around.
KRACHT_KIND = (
    (0, 3, "{naam} is een vrolijk kind dat veel lacht."),
    (0, 3, "{naam} is nieuwsgierig en leert snel nieuwe woordjes."),
    (1, 5, "{naam} is dol op voorlezen."),
    (4, 11, "{naam} is creatief en tekent graag."),
    (5, 13, "{naam} voetbalt graag en heeft een fijne trainer."),
    (4, 17, "{naam} is zorgzaam en behulpzaam thuis."),
    (5, 11, "{naam} zwemt graag en heeft net {zijn} diploma gehaald."),
    (11, 17, "{naam} is slim en kan goed met computers overweg."),
    (14, 17, "{naam} heeft een bijbaan bij de supermarkt en doet dat goed."),
    (11, 17, "{naam} maakt graag muziek."),
    (9, 17, "{naam} heeft één goede vriend(in) bij wie {hij} zich thuis voelt."),
)
KRACHT_OUDER = (
    "{Ouder} is betrokken en wil echt dat het beter gaat.",
    "{Ouder} heeft werk en vindt dat fijn.",
    "{Ouder} vraagt zelf om hulp en staat open voor tips.",
    "Er is veel liefde in huis; er wordt samen gelachen.",
)
KRACHT_NETWERK = (
    "{wie} woont dichtbij en is er als het nodig is.",
    "{wie} helpt waar dat kan.",
    "{wie} is een luisterend oor.",
)
DRAAGLAST_MULTI = (
    "Er zijn schulden en dat geeft veel spanning.",
    "Er lopen veel hulpverleners rond; het overzicht is weg.",
    "Geldzorgen en een te kleine woning.",
)
DRAAGLAST_ALG = (
    "{Ouder} werkt in ploegendiensten.",
    "Het huis is eigenlijk te klein.",
    "Weinig tijd voor elkaar.",
)
# What a person of the network does: by role, or for the network by COD472 relatie.
BIJDRAGE = {
    "ouder_thuis": ("Brengt {naam} 's ochtends weg.", "Doet de avondroutine.",
                    "Neemt het weekend over."),
    "ouder_elders": ("Haalt {naam} om het andere weekend op.", "Gaat mee naar de gesprekken over {naam}.",
                     "Belt {naam} elke avond."),
    "verzorger": ("Zorgt een paar dagen per week voor de kinderen.", "Neemt de avondroutine over als {ouder} werkt."),
    "17": ("Past op woensdagmiddag op {naam}.", "{naam} kan bij familie terecht als het thuis te druk is.",
           "Luisterend oor voor {ouder}."),
    "18": ("Woont in huis en helpt met de ochtendroutine.",),
    "19": ("{naam} kan er altijd even terecht.", "Let op de kinderen als {ouder} moet werken.",
           "Past op als {ouder} een afspraak heeft."),
    "20": ("Gaat mee naar gesprekken.", "Luistert naar {ouder} als het zwaar is.",
           "Doet boodschappen als het nodig is."),
    "09": ("Kent het gezin al jaren en houdt een oogje in het zeil.", "Helpt met vervoer."),
}  # fmt: skip
NABIJHEID_RELATIE = {"17": (1, 1, 2), "18": (1,), "19": (1, 2), "20": (2, 2, 3), "09": (2, 3, 3)}
BESCHERMEND_ALG = (
    ("ouder", _GO, "{Ouder} is betrokken en wil dat het beter gaat"),
    ("gezin", _WO, "Het gezin woont prettig en heeft een fijne plek"),
    ("gezin", _GO, "Er is veel liefde in huis"),
)
SAMENHANG_TEKST = {
    ("predisponerend", "instandhoudend"): ("maakt kwetsbaar", "herkent het van zichzelf",
                                          "speelt op de achtergrond mee"),
    ("uitlokkend", "instandhoudend"): ("daar begon het", "sindsdien erger", "gaf de doorslag"),
    ("instandhoudend", "instandhoudend"): ("versterken elkaar", "houdt het vast",
                                          "het een leidt tot het ander"),
    ("beschermend", "instandhoudend"): ("kan helpen doorbreken", "geeft steun",
                                       "daar kan het plan op bouwen"),
    ("predisponerend", "uitlokkend"): ("kwam daardoor extra hard aan", "maakte het zwaarder"),
}  # fmt: skip
BRON_INSTANTIE = ("school", "de mentor", "de huisarts", "de leerkracht", "de jeugdarts")
BRON_JONG = ("het consultatiebureau", "de kinderopvang", "de huisarts")
# "Wanneer" in the family's words: for something done once, and for something that recurs
# (an action whose text says when it happens).
WANNEER_WOORDEN = ("binnen twee weken", "voor de volgende afspraak", "deze maand", "na de vakantie")
WANNEER_STEEDS = ("elke week", "vanaf nu", "doorlopend")
_STEEDS = ("elke ", "per week", "'s ", " om ", "woensdag", "dinsdag", "zaterdag", "zondag")
ACTIES_CONSULENT = (
    "Plant een evaluatiegesprek met het gezin",
    "Vraagt toestemming om met school te overleggen",
    "Zoekt in de zoektool een passende aanbieder",
)
FACTOR_TYPEN = ("predisponerend", "uitlokkend", "instandhoudend", "beschermend")
FACTOR_TYPEN_ANDERS = ("predisponerend", "uitlokkend", "beschermend")
_KRACHT_PER_LEEFTIJD = [
    [tekst for laag, hoog, tekst in KRACHT_KIND if laag <= a <= hoog] for a in range(18)
]
_EXTRA_TYPE = _Keuze(
    {"instandhoudend": 40, "beschermend": 30, "uitlokkend": 15, "predisponerend": 15}
)

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


def _monster(rng: random.Random, reeks, k: int) -> list:
    """k different items of `reeks` in random order, like rng.sample for a short list, faster."""
    pool = list(reeks)
    n = len(pool)
    k = min(k, n)
    for i in range(k):
        j = i + int(rng.random() * (n - i))
        pool[i], pool[j] = pool[j], pool[i]
    return pool[:k]


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
    def __init__(
        self,
        rng: random.Random,
        vandaag: date,
        consulenten: list[tuple],
        namen: dict[uuid.UUID, str] | None = None,
    ):
        self.rng = rng
        self.vandaag = vandaag
        self.namen = namen or {}  # consulent id → name, the author of an analysis
        self.team = {g: i for i, g in enumerate(leefgebieden())}  # leefgebied → volgorde
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
            tv, man, vrouwnaam = naam
            achternaam = vrouwnaam if vrouw else man
            # Not the name of one of the children (a son named after his father confuses).
            voornaam = vrije_voornaam(h["vrouwen" if vrouw else "mannen"], achternaam)
            leeftijd_bij_geboorte = _tussen(rng, 20, 40) if vrouw else _tussen(rng, 22, 45)
            geboren = oudste - timedelta(days=leeftijd_bij_geboorte * 365 + _tussen(rng, 0, 364))
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
            "Hij": "Hij" if kind["_jongen"] else "Zij",
            "Zijn": "Zijn" if kind["_jongen"] else "Haar",
            "hem": "hem" if kind["_jongen"] else "haar",
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
        # What the intake needs once the people have their ids (see `intake`).
        plan = (
            None
            if eerste is None
            else (thema, woorden, kinderen, ouders, eerste, afgesloten_op, consulent, multi)
        )
        return casus, personen, contactmomenten, plan

    # ------------------------------------------------------------ the intake of one case

    def werkdag_tot(self, dag: date, grens: date) -> date:
        """The first werkdag on or after `dag` when that is not after `grens`, else `dag`."""
        werkdag = self.werkdag_vanaf(dag)
        return werkdag if werkdag is not None and werkdag <= grens else dag

    def moment(self, dag: date, na: datetime) -> datetime:
        """An appointment time on `dag`, after `na` when that is the same day."""
        return self.tijdstip(dag, na=na) or na + timedelta(minutes=30)

    def intake(self, casus_id: uuid.UUID, personen: list[dict], plan, rijen: "_Intakerijen"):
        """The Levenskracht intake of a case and, later on, its verklarende analyse.

        `plan` comes from `casus` (None: no first contact yet); the people have their ids and
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
        leeftijd = min(17, _leeftijd(kind["geboortedatum"], dag1))
        analyse = ruimte >= ANALYSE_NA and rng.random() < ANALYSE_KANS
        # The analysis is where verdiepen ends; without one, a third is still verkennen.
        verdiepen = analyse or rng.random() < 0.65

        lk_dag = self.werkdag_tot(dag1 + timedelta(days=_tussen(rng, 0, INTAKE_NA)), grens)
        lk_moment = self.moment(lk_dag, eerste)

        # --- who scores: the child from 12, else the parent; the metgezel is someone close
        volwassenen = [p for p in personen if p["rol"] != "jeugdige"]
        anderen = [p for p in volwassenen if p["rol"] in ("verzorger", "netwerk")]
        if leeftijd >= JEUGDIGE_SCOORT:
            inwoner = kind
            metgezel = ouder1 if rng.random() < 0.6 else _kies(rng, volwassenen)
        else:
            inwoner = ouder1
            kandidaten = [p for p in volwassenen if p is not ouder1]
            metgezel = _kies(rng, kandidaten) if kandidaten else None

        # --- the leefgebieden: the theme's trouble, and more to make 4–9
        kern = [g for g in t["gebieden"] if g in team]
        if multi and _GI in team and _GI not in kern:
            kern.append(_GI)
        aantal = max(_tussen(rng, 4, 9), len(kern))
        overig = [g for g in team if g not in kern and (leeftijd >= 12 or g not in (_MI, _PJ))]
        extra = _monster(rng, overig, aantal - len(kern))
        gekozen = [g for g in team if g in kern or g in extra]  # the team's order
        verschil = ()
        if metgezel is not None and rng.random() < 0.5:
            verschil = _monster(rng, gekozen, _tussen(rng, 1, 2))
        jong = leeftijd < 4
        inwoner_id = inwoner["id"]
        for g in gekozen:
            if g in kern:
                zorg = t["zorgen"].get(g) or ZORGEN_ALG.get(g)
                zorgen = _kies(rng, zorg).format_map(woorden) if zorg else None
                ook = GAAT_GOED_OOK.get(g)
                gaat_goed = (
                    _kies(rng, ook).format_map(woorden) if ook and rng.random() < 0.3 else None
                )
                score = _tussen(rng, 2, 5)
            else:
                goed = (jong and GAAT_GOED_JONG.get(g)) or GAAT_GOED.get(g)
                zorg = ZORGEN_ALG.get(g)
                zorgen = (
                    _kies(rng, zorg).format_map(woorden) if zorg and rng.random() < 0.15 else None
                )
                gaat_goed = (
                    _kies(rng, goed).format_map(woorden)
                    if goed and (zorgen is None or rng.random() < 0.5)
                    else None
                )
                score = _tussen(rng, 4, 7) if zorgen else _tussen(rng, 6, 9)
            if metgezel is None:
                score_metgezel = None
            elif g in verschil:  # a talking point on the spiegelblad
                d = _tussen(rng, 3, 4)
                if score + d > 10 or (score - d >= 1 and rng.random() < 0.5):
                    score_metgezel = score - d
                else:
                    score_metgezel = score + d
            else:
                score_metgezel = min(10, max(1, score + _kies(rng, (-1, 0, 0, 1))))
            rijen.scores.append(
                {
                    "id": _uuid(rng),
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
                leden = _monster(rng, volwassenen, _tussen(rng, 2, 5))
                leden.sort(key=lambda p: p["volgorde"])
            for p in leden:
                rol = p["rol"]
                if rol == "ouder":
                    thuis = (p["straat"], p["huisnummer"]) == (kind["straat"], kind["huisnummer"])
                    sleutel = "ouder_thuis" if thuis else "ouder_elders"
                    nabijheid = 1 if thuis else _kies(rng, (1, 2))
                elif rol == "verzorger":
                    sleutel, nabijheid = "verzorger", 1
                else:
                    sleutel = p["relatie"] if p["relatie"] in BIJDRAGE else "09"
                    nabijheid = _kies(rng, NABIJHEID_RELATIE.get(sleutel, (2,)))
                bijdrage = (
                    _kies(rng, BIJDRAGE[sleutel]).format_map(woorden)
                    if rng.random() < 0.6
                    else None
                )
                rijen.netwerk.append(
                    {
                        "id": _uuid(rng),
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
                _kies(rng, _KRACHT_PER_LEEFTIJD[leeftijd]),
                _kies(rng, KRACHT_OUDER),
            ]
            if anderen and rng.random() < 0.5:
                wie = _kies(rng, anderen)["voornaam"]
                delen.append(_kies(rng, KRACHT_NETWERK).replace("{wie}", wie))
            draagkracht = " ".join(delen).format_map(woorden)
            delen = [_kies(rng, t["draaglast"])]
            if multi:
                delen.append(_kies(rng, DRAAGLAST_MULTI))
            if rng.random() < 0.3:
                delen.append(_kies(rng, DRAAGLAST_ALG))
            draaglast = " ".join(delen).format_map(woorden)

        kop = {
            "id": _uuid(rng),
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
        an_dag = self.werkdag_tot(dag1 + timedelta(days=_tussen(rng, 18, min(50, ruimte))), grens)
        an_moment = self.moment(an_dag, lk_moment)

        # Factors: always one instandhoudende, the other three types, then more of any type.
        aantal = _tussen(rng, 3, 7)
        typen = ["instandhoudend", *_monster(rng, FACTOR_TYPEN_ANDERS, 3)]
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
            for i in _monster(rng, range(len(pool)), n):
                niveau, gebied, tekst = pool[i]
                r = rng.random()
                if r < 0.2:
                    bron = woorden["ouder"]
                elif r < 0.3 and leeftijd >= JEUGDIGE_DOET:
                    bron = woorden["naam"]
                elif r < 0.4:
                    bron = _kies(rng, bron_instantie)
                else:
                    bron = None
                r = rng.random()
                ref = f"f{len(factoren) + 1}"
                rij = {
                    "id": _uuid(rng),
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
        for volgorde, (a, b) in enumerate(_monster(rng, paren, _tussen(rng, 1, 4)), start=1):
            teksten = SAMENHANG_TEKST.get((a["type"], b["type"]))
            rijen.samenhang.append(
                {
                    "id": _uuid(rng),
                    "version": 1,
                    "aangemaakt_op": an_moment,
                    "bijgewerkt_op": an_moment,
                    "aangemaakt_door": DOOR,
                    "bijgewerkt_door": DOOR,
                    "casus_id": casus_id,
                    "van_id": a["id"],
                    "naar_id": b["id"],
                    "volgorde": volgorde,
                    "toelichting": _kies(rng, teksten) if teksten and rng.random() < 0.9 else None,
                }
            )

        # The header: summary, who took part, who wrote it, and whether it is afgerond.
        afgerond_op = None
        if (self.vandaag - an_dag).days >= AFGEROND_NA and rng.random() < AFGEROND_KANS:
            afgerond_op = min(an_dag + timedelta(days=_tussen(rng, 0, 5)), grens)
        laatst = an_moment if afgerond_op is None else self.moment(afgerond_op, an_moment)
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
            samenvatting=_kies(rng, t["samenvatting"]).format_map(woorden),
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
        doelen = _monster(rng, kandidaten, _tussen(rng, 1, 3))
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
            doel_id = _uuid(rng)
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
                koppels = [_kies(rng, aanpakbaar)]
            if rng.random() < 0.25:
                ander = _kies(rng, factoren)[1]
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
            aantal = _tussen(rng, 1, 3)
            keuze = sorted(_monster(rng, range(len(mogelijk)), aantal))
            gekozen_acties = [mogelijk[i] for i in keuze]
            if not gekozen_acties or (len(gekozen_acties) < aantal and rng.random() < 0.4):
                gekozen_acties.append(("consulent", _kies(rng, ACTIES_CONSULENT)))
            for volgorde, (rol, wat) in enumerate(gekozen_acties, start=1):
                wie_id = (
                    None
                    if rol == "consulent"
                    else kind["id"]
                    if rol == "jeugdige"
                    else _kies(rng, helpers)["id"]
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
                        wanneer = _kies(rng, WANNEER_STEEDS)
                else:
                    if rng.random() < 0.6:  # a date, when it is not in the future
                        dag = an_dag + timedelta(days=_tussen(rng, 5, 42))
                        if dag <= grens:
                            wanneer = dag.isoformat()
                    if wanneer is None and rng.random() < 0.7:
                        wanneer = _kies(rng, WANNEER_WOORDEN)
                rijen.acties.append(
                    {
                        "id": _uuid(rng),
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


class _Intakerijen:
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
            _schrijf(conn, model, rijen, geheugen)


def _schrijf(conn: Connection, model, rijen: list[dict], geheugen: dict | None = None) -> None:
    """`conn.execute(insert(model), rijen)`, without its per-row overhead on SQLite.

    SQLAlchemy builds and processes a parameter set per row; for the millions of rows of a
    large demo that is most of the load. Here each column goes through the bind processor
    SQLAlchemy would use (Uuid, IsoDatum, DateTime, JSON…), or a faster equivalent checked
    against it (`_omzetter`), and the rows go to the driver in one executemany. All rows have
    the same keys; a column left out must have no default (else this takes the usual way).
    The tests compare the result with `insert(model)`, table by table.
    """
    if not rijen:
        return
    dialect = conn.dialect
    tabel = model.__table__
    sleutels = tuple(rijen[0])
    if (
        dialect.name != "sqlite"
        or dialect.paramstyle != "qmark"
        or len(sleutels) < 2
        or any(
            c.default is not None or c.server_default is not None
            for c in tabel.columns
            if c.key not in rijen[0]
        )
    ):
        conn.execute(insert(model), rijen)
        return
    kolommen = [tabel.c[k] for k in sleutels]
    q = dialect.identifier_preparer
    sql = (
        f"INSERT INTO {q.format_table(tabel)} ({', '.join(q.quote(c.name) for c in kolommen)}) "
        f"VALUES ({', '.join('?' * len(kolommen))})"
    )
    # Row by row into tuples (each dict is visited once), then column by column converted.
    waarden: list = list(zip(*map(itemgetter(*sleutels), rijen), strict=True))
    geheugen = {} if geheugen is None else geheugen
    for i, kolom in enumerate(kolommen):
        omzetten = _omzetter(kolom, dialect)
        if omzetten is not None:
            waarden[i] = omzetten(waarden[i], geheugen)
    conn.exec_driver_sql(sql, list(zip(*waarden, strict=True)))


_PROEF_MOMENT = datetime(2001, 2, 3, 4, 5, 6, 7)
_PROEF_UUID = uuid.UUID(int=0x0123456789ABCDEF0123456789ABCDEF)


@lru_cache(maxsize=512)  # per column and dialect: a handful of tables, one engine at a time
def _omzetter(kolom, dialect) -> Callable | None:
    """A function (values, memo) → the values as the column's bind processor makes them."""
    proces = kolom.type.dialect_impl(dialect).bind_processor(dialect)
    if proces is None:
        return None
    if isinstance(kolom.type, Uuid) and proces(_PROEF_UUID) == _PROEF_UUID.hex:
        return lambda reeks, _: [v and f"{v.int:032x}" for v in reeks]
    if isinstance(kolom.type, (DateTime, IsoDatum)):
        # The rows of a case share a few moments: each distinct one is converted once, for
        # all columns and tables of a block (`geheugen`, one memo per conversion).
        if isinstance(kolom.type, DateTime) and proces(_PROEF_MOMENT) == _PROEF_MOMENT.isoformat(
            " ", "microseconds"
        ):
            proces = _sqlite_moment

        def omzetten(reeks, geheugen):
            memo = geheugen.setdefault(proces, {})
            for v in dict.fromkeys(reeks).keys() - memo.keys():
                memo[v] = proces(v)
            return list(map(memo.__getitem__, reeks))

        return omzetten
    return lambda reeks, _: list(map(proces, reeks))


def _sqlite_moment(v: datetime | None) -> str | None:
    return v and v.isoformat(" ", "microseconds")


_UUID_MASKER = ~((0xF000 << 64) | (0xC000 << 48))
_UUID_V4 = (0x4000 << 64) | (0x8000 << 48)


_UUID_NIEUW = object.__new__
_UUID_ZET = object.__setattr__


def _uuid(rng: random.Random) -> uuid.UUID:
    """A random (version 4) UUID drawn from `rng`, so a seed gives the same ids.

    `uuid.UUID(int=…)` checks its arguments, which costs more than the rest of a demo row;
    the value is valid by construction, so the two slots are set the way UUID.__init__ does
    (the tests check the result against `uuid.UUID(int=…)`).
    """
    u = _UUID_NIEUW(uuid.UUID)
    _UUID_ZET(u, "int", (rng.getrandbits(128) & _UUID_MASKER) | _UUID_V4)
    _UUID_ZET(u, "is_safe", uuid.SafeUUID.unknown)
    return u


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
    # Millions of short-lived rows make the cyclic garbage collector sweep again and again
    # (a fifth of the time of a large demo); nothing here makes cycles, so it pauses.
    gc_aan = gc.isenabled()
    gc.disable()
    try:
        return _maak(db, rng, aantal, vandaag, voortgang)
    finally:
        if gc_aan:
            gc.enable()


def _maak(
    db: Database,
    rng: random.Random,
    aantal: int,
    vandaag: date,
    voortgang: Callable[[int, int], None] | None,
) -> int:
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
                    # The public demo password (README, sign-in screen): demo data only.
                    "wachtwoord_hash": DEMO_WACHTWOORD_HASH,
                    "mislukte_pogingen": 0,
                }
            )
        ids[gebruikersnaam] = mid
        if rol == "consulent":
            consulenten.append((mid, gemeente, gewicht))
    if nieuw:
        conn.execute(insert(Medewerker), nieuw)

    namen = {ids[m[0]]: m[1] for m in MEDEWERKERS}
    gen = _Generator(rng, vandaag, consulenten, namen)
    momenten = gen.aanmeldmomenten(aantal)
    nummers, per_jaar = [], {}
    for moment in momenten:
        volgnummer = per_jaar[moment.year] = per_jaar.get(moment.year, 0) + 1
        if volgnummer > 9999:  # cannot happen with PER_JAAR well below it
            raise Fout(f"Het jaar {moment.year} zou meer dan 9999 casussen krijgen")
        nummers.append(f"{moment.year}-{volgnummer:04d}")

    for start in range(0, aantal, BLOK):
        casussen, personen, contacten = [], [], []
        intake = _Intakerijen()
        for i in range(start, min(start + BLOK, aantal)):
            casus_id = _uuid(rng)
            casus, mensen, tijdlijn, plan = gen.casus(casus_id, nummers[i], momenten[i])
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
            gen.intake(casus_id, mensen, plan, intake)
        geheugen: dict = {}  # converted moments and dates of this block
        _schrijf(conn, Casus, casussen, geheugen)
        _schrijf(conn, Persoon, personen, geheugen)
        _schrijf(conn, Contactmoment, contacten, geheugen)
        intake.schrijf(conn, geheugen)
        if voortgang:
            voortgang(start + len(casussen), aantal)
    return aantal
