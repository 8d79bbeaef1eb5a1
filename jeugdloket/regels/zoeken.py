"""Folding text the way people type it: 'lukasiewicz celik' finds 'Łukasiewicz-Çelik'."""

import unicodedata
from collections.abc import Iterable

# Letters that are not "a letter with a diacritic" and so survive NFKD decomposition.
_EIGEN_LETTERS = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th", "ð": "d"}
)


def vouw(tekst: str) -> str:
    """Lower case, without diacritics; hyphens and apostrophes become spaces."""
    tekst = unicodedata.normalize("NFKD", tekst.casefold())
    tekst = "".join(c for c in tekst if not unicodedata.combining(c)).translate(_EIGEN_LETTERS)
    for teken in "-'’`.,/":
        tekst = tekst.replace(teken, " ")
    return " ".join(tekst.split())


def zoekwoorden(zoekvraag: str) -> list[str]:
    return vouw(zoekvraag).split()


def zoektekst(casusnummer: str, personen: Iterable[dict]) -> str:
    """The haystack of a case: number, names, BSN and postcode (with and without space)."""
    delen = [casusnummer]
    for p in personen:
        delen += [p.get("voornaam") or "", p.get("tussenvoegsel") or "", p.get("achternaam") or ""]
        if p.get("bsn"):
            delen.append(p["bsn"])
        if p.get("postcode"):
            postcode = p["postcode"]
            delen += [postcode, postcode.replace(" ", "")]
    # Separators keep words apart so a query cannot match across two names.
    return " " + " | ".join(vouw(d) for d in delen if d) + " "


def volledige_naam(p: dict) -> str:
    return " ".join(
        x for x in (p.get("voornaam"), p.get("tussenvoegsel"), p.get("achternaam")) if x
    )


def jeugdigen_weergave(personen: Iterable[dict]) -> str:
    return ", ".join(volledige_naam(p) for p in personen if p.get("rol") == "jeugdige")


def past(zoektekst_casus: str, woorden: list[str]) -> bool:
    return all(w in zoektekst_casus for w in woorden)
