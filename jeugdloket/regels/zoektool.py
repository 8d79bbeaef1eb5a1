"""How a typed word finds the words of the catalogue (zoektool). Pure: no database.

Consultants type "dyslexi", "sociaal emotioneel", "autistisch", "anst" and mean the catalogue's
"dyslexie", "sociaal-emotionele", "autisme", "angst". Both sides are folded with `vouw` (case,
accents, hyphens) and cut into words; a query word then matches a catalogue word in one of
these ways, each with a weight that says how sure the match is:

    exact     the same word                                   1.00
    stam      the same stem (light Dutch stemmer below)       0.90
    synoniem  a word from the small synonym table             0.90
    begin     the query is the beginning ("dyslex…")          0.85
              or its stem is ("opvoeding" → "opvoedondersteuning")  0.80
    typfout   one letter wrong, missing, extra or swapped     0.75
    deel      part of a compound ("angst" in "faalangst")     0.70
    geheel    the catalogue word is part of the query word    0.60

Only the best way counts. The candidates come from small indexes (stems, one-deletion
neighbourhoods) built once per catalogue, so a query word costs well under a millisecond.
"""

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from functools import lru_cache

from jeugdloket.regels.zoeken import vouw

EXACT = 1.0
STAM = 0.9
SYNONIEM = 0.9
BEGIN = 0.85
BEGIN_STAM = 0.8
TYPFOUT = 0.75
DEEL = 0.7
GEHEEL = 0.6

_WOORD = re.compile(r"[a-z0-9]+")

STOPWOORDEN = frozenset(
    """
    aan al alle als alleen altijd andere bij daar dan dat de deze die dit doen door dus een en
    er erg geen graag had heb hebben heeft hem het hier hij hoe hun ik in is ja je jij kan
    kunnen maar me meer met mij mijn moet moeten na naar niet nog nu of om omdat ons onze ook
    op over te tegen toe tot u uit van veel voor want was wat we wel werd wie wij wil willen
    wordt worden zal ze zeer zich zij zijn zo zoals zou zouden jaar jaren oud oude thuis
    erbij eraan goed gaat gaan hulp hulpvraag vraag zorgen zorg ouders ouder moeder vader
    kind kinderen zoon dochter jeugdige gezin sinds laatste tijd steeds vaak soms weer
    vermoeden weten welke vraagt vragen begrijpen betekent wilt iets niets samen heel
    """.split()  # noqa: SIM905 - a word list reads better as text
)
# Words a family or a referrer uses for what the catalogue calls otherwise. Both directions.
_SYNONIEMEN_PAREN = (
    ("ass", "autisme"),
    ("pdd", "autisme"),
    ("add", "adhd"),
    ("depressie", "somberheid"),
    ("depressief", "somberheid"),
    ("neerslachtig", "somberheid"),
    ("bang", "angst"),
    ("piekeren", "angst"),
    ("leesproblemen", "dyslexie"),
    ("rekenproblemen", "dyscalculie"),
    ("agressief", "agressie"),
    ("boos", "agressie"),
    ("woede", "agressie"),
    ("verslaving", "middelengebruik"),
    ("drugs", "middelengebruik"),
    ("blowen", "middelengebruik"),
    ("alcohol", "middelengebruik"),
    ("spijbelen", "schoolverzuim"),
    ("thuiszitter", "schoolverzuim"),
    ("scheiding", "echtscheiding"),
    ("vechtscheiding", "echtscheiding"),
    ("mishandeling", "kindermishandeling"),
    ("huiselijk", "geweld"),
    ("suicidaal", "suicidaliteit"),
    ("zelfmoord", "suicidaliteit"),
    ("eetprobleem", "eetstoornis"),
    ("anorexia", "eetstoornis"),
    ("opvoeden", "opvoedondersteuning"),
    ("opvoedvragen", "opvoedondersteuning"),
    ("pleeggezin", "pleegzorg"),
    ("lvb", "licht verstandelijke beperking"),
)


def _synoniemen() -> dict[str, tuple[str, ...]]:
    tabel: dict[str, list[str]] = defaultdict(list)
    for a, b in _SYNONIEMEN_PAREN:
        for x, y in ((a, b), (b, a)):
            for w in woorden(y):
                if w not in tabel[x] and w not in STOPWOORDEN:
                    tabel[x].append(w)
    return {k: tuple(v) for k, v in tabel.items()}


@lru_cache(maxsize=65536)
def gevouwen(tekst: str) -> str:
    """`vouw` with a memory: catalogue texts repeat (municipalities, keywords, names)."""
    return vouw(tekst)


def woorden(tekst: str) -> list[str]:
    """Folded words; 'Sociaal-emotionele' → ['sociaal', 'emotionele']."""
    return _WOORD.findall(gevouwen(tekst))


@lru_cache(maxsize=65536)
def documentwoorden(tekst: str) -> tuple[str, ...]:
    """Words of catalogue text: also the joined form of a hyphenated compound
    ('sociaal-emotionele' → sociaal, emotionele, sociaalemotionele)."""
    uit = woorden(tekst)
    for deel in tekst.split():
        if "-" in deel:
            samen = "".join(woorden(deel))
            if samen:
                uit.append(samen)
    return tuple(uit)


def zoektermen(tekst: str) -> list[str]:
    """The words of a query, without stop words (unless nothing else is left), each once."""
    alle = list(dict.fromkeys(woorden(tekst)))
    zonder = [w for w in alle if w not in STOPWOORDEN]
    return zonder or alle


# ---------------------------------------------------------------- stemming

_ACHTERVOEGSELS = (
    "istische",
    "istisch",
    "elijke",
    "elijk",
    "lijke",
    "lijk",
    "ische",
    "isch",
    "isme",
    "ieve",
    "ief",
    "ies",
    "heden",
    "heid",
    "ingen",
    "ing",
    "igen",
    "ige",
    "ig",
    "ele",
    "eel",
    "ie",
    "en",
    "e",
)
_KLINKERS = "aeiou"


def stam(woord: str) -> str:
    """A light Dutch stemmer: strips one inflection/derivation ending, then undoes spelling
    changes (gezinnen → gezin, huizen → huis, problemen/probleem → problem)."""
    if len(woord) <= 4 or woord.isdigit():
        return woord
    for einde in _ACHTERVOEGSELS:
        if woord.endswith(einde) and len(woord) - len(einde) >= 3:
            woord = woord[: -len(einde)]
            break
    else:
        # plural -s only after the endings that take it (ouders, trainers, problemen…), and
        # the verb's -t (rouwt, verzuimt, slaapt) but not the t of angst, licht, conflict
        meervoud = woord.endswith(("ers", "els", "ens", "jes"))
        werkwoord = woord.endswith("t") and woord[-2] not in "shc" and len(woord) >= 5
        if meervoud or werkwoord:
            woord = woord[:-1]
    if len(woord) >= 4 and woord[-1] == woord[-2] and woord[-1] not in _KLINKERS:
        woord = woord[:-1]
    if woord.endswith("z"):
        woord = woord[:-1] + "s"
    elif woord.endswith("v"):
        woord = woord[:-1] + "f"
    # open syllable spelling: "probleem" and "problemen" share "problem"
    if (
        len(woord) >= 4
        and woord[-1] not in _KLINKERS
        and woord[-2] == woord[-3]
        and woord[-2] in "aeou"
    ):
        woord = woord[:-2] + woord[-1]
    return woord


# ---------------------------------------------------------------- one typing error


def een_fout(a: str, b: str) -> bool:
    """Optimal string alignment distance exactly 1: one letter replaced, missing, extra, or two
    neighbours swapped."""
    if a == b:
        return False
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la > lb:
        a, b, la, lb = b, a, lb, la
    i = 0
    while i < la and a[i] == b[i]:
        i += 1
    if la == lb:
        if a[i + 1 :] == b[i + 1 :]:
            return True  # replaced
        return i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
    return a[i:] == b[i + 1 :]  # b has one letter more


def _verwijderingen(woord: str) -> set[str]:
    return {woord[:i] + woord[i + 1 :] for i in range(len(woord))}


class Woordenschat:
    """Every word of the catalogue, with the indexes that turn a query word into matches."""

    MIN_BEGIN = 3  # shorter query words only match exactly, by stem or as synonym
    MIN_DEEL = 4
    MIN_TYPFOUT = 4
    MIN_GEHEEL = 6  # "groep" is too common a tail ("behandelgroep")

    def __init__(self, woorden_: Iterable[str]):
        self.woorden: tuple[str, ...] = tuple(sorted(set(woorden_)))
        self._bekend = frozenset(self.woorden)
        self._per_stam: dict[str, list[str]] = defaultdict(list)
        # a word and its stem are both "forms" of the word; a typing error is one letter away
        # from a form (so "autsime" finds "autisme" and "emotoneel" finds "emotionele")
        self._per_vorm: dict[str, set[str]] = defaultdict(set)
        for w in self.woorden:
            s = stam(w)
            self._per_stam[s].append(w)
            self._per_vorm[w].add(w)
            self._per_vorm[s].add(w)
        # one-deletion neighbourhoods of the forms: the candidates for a single typing error
        self._buren: dict[str, set[str]] = defaultdict(set)
        for vorm in self._per_vorm:
            if len(vorm) >= self.MIN_TYPFOUT:
                for d in _verwijderingen(vorm):
                    self._buren[d].add(vorm)
        self._synoniemen = _synoniemen()
        self._geheugen: dict[tuple[str, bool], dict[str, tuple[float, str]]] = {}

    def varianten(self, term: str, getypt: bool = True) -> dict[str, tuple[float, str]]:
        """Catalogue word → (weight, way) for every catalogue word the query word matches.

        `getypt`: a word typed into the search box, where typing errors are likely. Words taken
        from written text (a hulpvraag, a goal) are matched without typo tolerance and with
        longer compound parts only: prose is full of short words one letter away from others.
        """
        sleutel = (term, getypt)
        uit = self._geheugen.get(sleutel)
        if uit is None:
            uit = self._zoek(term, streng=False, getypt=getypt)
            for syn in self._synoniemen.get(term, ()):
                for w, (gewicht, _soort) in self._zoek(syn, streng=True).items():
                    gewicht *= SYNONIEM
                    if gewicht > uit.get(w, (0.0, ""))[0]:
                        uit[w] = (gewicht, "synoniem")
            if len(self._geheugen) > 5000:  # a long-running app: keep the memo small
                self._geheugen.clear()
            self._geheugen[sleutel] = uit
        return uit

    def _zoek(
        self, term: str, streng: bool = False, getypt: bool = True
    ) -> dict[str, tuple[float, str]]:
        uit: dict[str, tuple[float, str]] = {}

        def zet(w: str, gewicht: float, soort: str) -> None:
            if gewicht > uit.get(w, (0.0, ""))[0]:
                uit[w] = (gewicht, soort)

        n = len(term)
        min_deel = self.MIN_DEEL if getypt else self.MIN_DEEL + 2
        min_geheel = self.MIN_GEHEEL if getypt else self.MIN_GEHEEL + 2
        if term in self._bekend:
            zet(term, EXACT, "exact")
        s = stam(term)
        if len(s) >= 3 or s == term:
            for w in self._per_stam.get(s, ()):
                zet(w, STAM, "stam")
        # in written text a short word is rarely meant as the start of a longer one
        min_begin = self.MIN_BEGIN if getypt else self.MIN_BEGIN + 2
        begin = BEGIN if getypt else BEGIN_STAM
        if n >= min_begin and not term.isdigit():
            stam_begin = s if len(s) >= 5 and s != term else None
            for w in self.woorden:
                if w.startswith(term):
                    zet(w, begin, "begin")
                elif stam_begin and w.startswith(stam_begin):
                    zet(w, BEGIN_STAM, "begin")
                elif not streng and n >= min_deel and term in w:
                    zet(w, DEEL, "deel")
                elif (
                    not streng
                    and len(w) >= min_geheel
                    and n > len(w)
                    and (term.startswith(w) or term.endswith(w))
                ):
                    zet(w, GEHEEL, "geheel")
        if not streng and getypt and n >= self.MIN_TYPFOUT and not term.isdigit():
            for vorm in self._een_fout_van(term) | self._een_fout_van(s):
                for w in self._per_vorm[vorm]:
                    zet(w, TYPFOUT, "typfout")
        return uit

    def _een_fout_van(self, s: str) -> set[str]:
        """The forms one typing error away from `s`."""
        if len(s) < self.MIN_TYPFOUT:  # "aut" (autisme) is one letter from "acut" (acute)
            return set()
        kandidaten = set(self._buren.get(s, ()))  # s misses a letter
        for d in _verwijderingen(s):
            if d in self._per_vorm and len(d) >= self.MIN_TYPFOUT:
                kandidaten.add(d)  # s has one letter too many
            kandidaten |= self._buren.get(d, set())  # a letter replaced, or two swapped
        return {k for k in kandidaten if een_fout(k, s)}


# ---------------------------------------------------------------- small helpers for the reason


def leeftijd_op(geboortedatum: date, dag: date) -> int:
    return (
        dag.year
        - geboortedatum.year
        - ((dag.month, dag.day) < (geboortedatum.month, geboortedatum.day))
    )


def datum_nl(d: date) -> str:
    return f"{d:%d-%m-%Y}"


def opsomming(delen: Sequence[str]) -> str:
    """['a', 'b', 'c'] → 'a, b en c'."""
    if len(delen) <= 1:
        return "".join(delen)
    return ", ".join(delen[:-1]) + " en " + delen[-1]


def leeftijdsgrens(van: int | None, tot: int | None) -> str:
    if van is not None and tot is not None:
        return f"{van}–{tot}"
    if van is not None:
        return f"vanaf {van}"
    if tot is not None:
        return f"tot en met {tot}"
    return "zonder leeftijdsgrens"


def past_leeftijd(leeftijd: int, van: int | None, tot: int | None) -> bool:
    return (van is None or leeftijd >= van) and (tot is None or leeftijd <= tot)
