"""The coordinator's weekly figures (weekoverzicht), exactly as ../shared/domain/kpi.md defines them.

Pure: no database, no Qt. The figures are computed from light per-case records (`kpi_feiten`)
whose fields carry the names of the exchange format (`uitwisseling.md`), so where the app stores
a part (a table of its own, or Casus.extra as the exchange format has it) only changes the
loader, never the figures.

Every date is compared as a calendar date: a datetime counts as its date part. Week W runs
Monday to Sunday; P (peildatum) is the Sunday that ends it.

Choices the definitions leave open, made explicit here:
- a toewijzing with an empty status counts as "not afgewezen";
- figure 7 needs an age: a jeugdige without a known birth date is not in its population;
- figure 11's value is the mean caseload of the consulenten with at least one open case;
  figure 12's value is the number of aanmeldingen in W; figure 13's the active toewijzingen.
"""

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from functools import lru_cache
from typing import Any, Literal

from jeugdloket.regels.kpi_feiten import CasusFeit, FamiliegroepsplanFeit
from jeugdloket.regels.werkdagen import Werkdagen

TRENDWEKEN = 12
EVALUATIE_NA_DAGEN = 91  # figure 10: ingangsdatum ≤ P − 91 days
LEEFTIJD_PERSPECTIEFPLAN = 16
CATEGORIE_JEUGDBESCHERMING = "48"
SEGMENTEN_ANALYSE = (1, 2)
SEGMENTEN = (1, 2, 3, 4, 5)

# Colours by the norm. A share with norm 100% is green on the norm, orange from 75% (the interim
# target the municipality set on the way to 100%, 003:L913) and red below that. Waiting
# jeugdbescherming (norm 0) is a legal obligation: green at 0, orange at 1, red from 2.
DREMPEL_ORANJE = Fraction(3, 4)
MAX_ORANJE_NORM_NUL = 1

Beoordeling = Literal["groen", "oranje", "rood"]
Soort = Literal["aantal", "aandeel", "gemiddelde"]

# Figure number → (sheet label exactly as in kpi.md, norm as shown, kind of value).
KENGETALLEN: dict[int, tuple[str, str, Soort]] = {
    1: ("Nieuwe aanmeldingen", "–", "aantal"),
    2: ("Open casussen", "–", "aantal"),
    3: ("Eerste contact binnen 3 werkdagen", "100%", "aandeel"),
    4: ("Verklarende analyse segment 1 en 2", "100%", "aandeel"),
    5: ("Familiegroepsplan aangeboden", "100%", "aandeel"),
    6: ("Familiegroepsplan opgesteld", "–", "aandeel"),
    7: ("Perspectiefplan 16+", "100%", "aandeel"),
    8: ("Wachtenden", "–", "aantal"),
    9: ("Wachtenden jeugdbescherming", "0", "aantal"),
    10: ("Evaluatie na 3 maanden", "100%", "aandeel"),
    11: ("Caseload per consulent", "–", "gemiddelde"),
    12: ("Aanmeldingen per verwijzer", "–", "aantal"),
    13: ("Actieve toewijzingen per segment", "–", "aantal"),
    14: ("Afgesloten", "–", "aantal"),
}
NVT = "n.v.t."

# Columns of the case lists behind each figure (keys; the report and the UI name them).
_CASUS = ("casusnummer",)
KOLOMMEN: dict[int, tuple[str, ...]] = {
    1: (*_CASUS, "aanmelddatum", "verwijzer", "consulent"),
    2: (*_CASUS, "aanmelddatum", "consulent"),
    3: (*_CASUS, "aanmelddatum", "deadline", "eerste_contact", "voldoet", "consulent"),
    4: (*_CASUS, "jeugdige", "segment", "analyse_afgerond_op", "voldoet", "consulent"),
    5: (*_CASUS, "fgp_aangeboden_op", "fgp_status", "voldoet", "consulent"),
    6: (*_CASUS, "fgp_status", "fgp_opgesteld_op", "voldoet", "consulent"),
    7: (*_CASUS, "jeugdige", "perspectiefplan_opgesteld_op", "voldoet", "consulent"),
    8: (
        *_CASUS,
        "jeugdige",
        "aanbieder_agb",
        "productcategorie",
        "segment",
        "aanvraagdatum",
        "dagen_wachtend",
        "consulent",
    ),
    9: (
        *_CASUS,
        "jeugdige",
        "aanbieder_agb",
        "aanvraagdatum",
        "dagen_wachtend",
        "consulent",
    ),
    10: (
        *_CASUS,
        "jeugdige",
        "aanbieder_agb",
        "ingangsdatum",
        "laatste_evaluatie",
        "voldoet",
        "consulent",
    ),
    11: (*_CASUS, "consulent", "aanmelddatum"),
    12: (*_CASUS, "verwijzer", "aanmelddatum"),
    13: (
        *_CASUS,
        "jeugdige",
        "segment",
        "aanbieder_agb",
        "productcategorie",
        "ingangsdatum",
        "einddatum",
    ),
    14: (*_CASUS, "aanmelddatum", "afgesloten_op", "doorlooptijd", "consulent"),
}
UITSPLITSING: dict[int, tuple[str, ...]] = {
    8: ("aanbieder_agb", "wachtenden", "langste_wachttijd"),
    11: ("consulent", "open_casussen"),
    12: ("verwijzer", "aanmeldingen_week", "aanmeldingen_12_weken"),
    13: ("segment", "actieve_toewijzingen"),
}
ONBEKEND = "onbekend"
GEEN_CONSULENT = "(geen consulent)"


# ---------------------------------------------------------------- the ISO week


@dataclass(frozen=True, order=True, slots=True)
class Week:
    """An ISO week; `str(week)` is "2026-W47"."""

    jaar: int
    nummer: int

    def __post_init__(self) -> None:
        date.fromisocalendar(self.jaar, self.nummer, 1)  # ValueError for week 54, week 53 of 2026…

    @classmethod
    def van_datum(cls, dag: date) -> "Week":
        iso = dag.isocalendar()
        return cls(iso.year, iso.week)

    @classmethod
    def lees(cls, tekst: str) -> "Week":
        """ "2026-W47" (also "2026W47", "2026-w7"); ValueError with a Dutch message otherwise."""
        m = re.fullmatch(r"\s*(\d{4})-?[Ww](\d{1,2})\s*", tekst or "")
        if not m:
            raise ValueError(
                f"'{tekst}' is geen week; schrijf JJJJ-Www, bijvoorbeeld 2026-W47 (ISO-week)"
            )
        jaar, nummer = int(m.group(1)), int(m.group(2))
        laatste = date(jaar, 12, 28).isocalendar().week  # 28 December is always in the last week
        if not 1 <= nummer <= laatste:
            raise ValueError(
                f"'{tekst.strip()}': week {nummer} bestaat niet in {jaar} "
                f"(dat jaar heeft de weken 1 tot en met {laatste})"
            )
        return cls(jaar, nummer)

    @property
    def maandag(self) -> date:
        return date.fromisocalendar(self.jaar, self.nummer, 1)

    @property
    def zondag(self) -> date:
        """The peildatum P."""
        return date.fromisocalendar(self.jaar, self.nummer, 7)

    def plus(self, weken: int) -> "Week":
        return Week.van_datum(self.maandag + timedelta(weeks=weken))

    def __str__(self) -> str:
        return f"{self.jaar}-W{self.nummer:02d}"


def laatste_volledige_week(vandaag: date) -> Week:
    """The last ISO week that has ended before `vandaag` (on a Sunday the week is not over yet)."""
    return Week.van_datum(vandaag).plus(-1)


# ---------------------------------------------------------------- results


@dataclass(slots=True)
class Kengetal:
    """One figure of one week, with the rows behind it (client-free: casusnummer + pseudonym)."""

    nummer: int
    waarde: int | float | None  # count, mean, or the exact ratio of a share; None = n.v.t.
    teller: int | None = None
    noemer: int | None = None
    regels: list[tuple] = field(default_factory=list)  # columns: KOLOMMEN[nummer]
    uitsplitsing: list[tuple] = field(default_factory=list)  # columns: UITSPLITSING[nummer]
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return KENGETALLEN[self.nummer][0]

    @property
    def norm(self) -> str:
        return KENGETALLEN[self.nummer][1]

    @property
    def soort(self) -> Soort:
        return KENGETALLEN[self.nummer][2]

    @property
    def kolommen(self) -> tuple[str, ...]:
        return KOLOMMEN[self.nummer]

    @property
    def uitsplitsing_kolommen(self) -> tuple[str, ...]:
        return UITSPLITSING.get(self.nummer, ())

    @property
    def breuk(self) -> Fraction | None:
        """The exact share, None for an empty population."""
        if self.soort != "aandeel" or not self.noemer:
            return None
        return Fraction(self.teller or 0, self.noemer)

    @property
    def beoordeling(self) -> Beoordeling | None:
        return beoordeel(self.nummer, self.waarde, self.breuk)

    @property
    def weergave(self) -> str:
        """As shown on screen: "66,7%", "n.v.t.", "12", "4,5"."""
        if self.soort == "aandeel":
            return percentage(self.breuk)
        if self.waarde is None:
            return NVT
        if self.soort == "gemiddelde":
            return decimaal(self.waarde)
        return str(self.waarde)


def percentage(breuk: Fraction | None) -> str:
    """One decimal, half up, Dutch decimal comma; "n.v.t." for an empty population."""
    if breuk is None:
        return NVT
    waarde = (Decimal(breuk.numerator) * 100 / Decimal(breuk.denominator)).quantize(
        Decimal("0.1"), rounding=ROUND_HALF_UP
    )
    return f"{waarde}%".replace(".", ",")


def decimaal(waarde: float | None) -> str:
    if waarde is None:
        return NVT
    return f"{Decimal(str(waarde)).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)}".replace(
        ".", ","
    )


def beoordeel(nummer: int, waarde: Any, breuk: Fraction | None = None) -> Beoordeling | None:
    """Green/orange/red by the figure's norm; None where there is no norm or no population."""
    norm = KENGETALLEN[nummer][1]
    if norm == "100%":
        if breuk is None:
            if waarde is None:
                return None
            breuk = Fraction(waarde).limit_denominator(10**9)
        if breuk >= 1:
            return "groen"
        return "oranje" if breuk >= DREMPEL_ORANJE else "rood"
    if norm == "0" and waarde is not None:
        if waarde == 0:
            return "groen"
        return "oranje" if waarde <= MAX_ORANJE_NORM_NUL else "rood"
    return None


@dataclass(slots=True)
class TrendPunt:
    week: Week
    waarden: dict[int, int | float | None]  # figure number → value (a share as exact ratio)


@dataclass(slots=True)
class Overzicht:
    week: Week
    kengetallen: list[Kengetal]
    trend: list[TrendPunt]  # oldest first, ending with `week`
    sluitingsdagen: tuple[date, ...] = ()
    aantal_casussen: int = 0

    @property
    def peildatum(self) -> date:
        return self.week.zondag

    def kengetal(self, nummer: int) -> Kengetal:
        return self.kengetallen[nummer - 1]


# ---------------------------------------------------------------- computing


def _leeftijd(geboren: date, op: date) -> int:
    return op.year - geboren.year - ((op.month, op.day) < (geboren.month, geboren.day))


@lru_cache(maxsize=4096)
def _natuurlijk(ref: str | None) -> tuple:
    """p2 before p10 (cached: a register has a handful of distinct refs)."""
    return tuple(int(d) if d.isdigit() else d for d in re.split(r"(\d+)", ref or ""))


def _aandeel(nummer: int, voldoet: int, populatie: int, regels: list[tuple]) -> Kengetal:
    ratio = voldoet / populatie if populatie else None
    return Kengetal(nummer, ratio, teller=voldoet, noemer=populatie, regels=regels)


def _bereken_week(
    casussen: Iterable[CasusFeit], week: Week, wd: Werkdagen, sorteer: bool = True
) -> list[Kengetal]:
    """All 14 figures of one week; a jeugdige in the rows is the key (casusnummer, ref).

    `sorteer=False` for the weeks of the trend, which only need the values: the rows are
    then built but not ordered.
    """
    ma, p = week.maandag, week.zondag
    eval_grens = p - timedelta(days=EVALUATIE_NA_DAGEN)
    r: dict[int, list] = {n: [] for n in KENGETALLEN}
    voldoet = dict.fromkeys(KENGETALLEN, 0)
    per_consulent: Counter[str] = Counter()
    per_verwijzer: Counter[str] = Counter()
    per_segment: Counter[Any] = Counter()
    per_aanbieder: dict[str, list[int]] = defaultdict(list)
    doorlooptijden: list[int] = []
    deadline_van = wd.deadline_eerste_contact
    volgorde = _natuurlijk if sorteer else None

    for c in casussen:
        nr, cons, a, dicht = c.casusnummer, c.consulent, c.aanmelddatum, c.afgesloten_op
        if ma <= a <= p:
            r[1].append((nr, a, c.verwijzer, cons))
            r[12].append((nr, c.verwijzer, a))
            per_verwijzer[c.verwijzer or ONBEKEND] += 1
        if a <= p and (dicht is None or dicht > p):
            r[2].append((nr, a, cons))
            r[11].append((nr, cons, a))
            per_consulent[cons or GEEN_CONSULENT] += 1
        deadline = deadline_van(a)
        if ma <= deadline <= p:
            ok = c.eerste_contact is not None and c.eerste_contact <= deadline
            voldoet[3] += ok
            r[3].append((nr, a, deadline, c.eerste_contact, ok, cons))
        if dicht is not None and ma <= dicht <= p:
            dagen = (dicht - a).days
            doorlooptijden.append(dagen)
            r[14].append((nr, a, dicht, dagen, cons))
        if not c.toewijzingen:
            continue

        actief = []
        for t in c.toewijzingen:
            if t.status == "afgewezen":
                continue
            ingang = t.ingangsdatum
            if ingang is not None and ingang <= p:
                if t.einddatum is None or t.einddatum >= p:
                    actief.append(t)
            elif t.aanvraagdatum is not None and t.aanvraagdatum <= p:
                # waiting: requested on or before P, not started on P (ingang empty or > P)
                dagen = (p - t.aanvraagdatum).days
                agb = t.aanbieder_agb or ONBEKEND
                jeugdige = (nr, t.jeugdige)
                r[8].append(
                    (nr, jeugdige, agb, t.productcategorie, t.segment, t.aanvraagdatum, dagen, cons)
                )
                per_aanbieder[agb].append(dagen)
                if t.productcategorie == CATEGORIE_JEUGDBESCHERMING:
                    r[9].append((nr, jeugdige, agb, t.aanvraagdatum, dagen, cons))
        if not actief:
            continue

        # 4: jeugdigen (not toewijzingen) with an active toewijzing in segment 1 or 2
        segmenten: dict[str | None, set[int]] = {}
        for t in actief:
            per_segment[t.segment if t.segment in SEGMENTEN else ONBEKEND] += 1
            r[13].append(
                (
                    nr,
                    (nr, t.jeugdige),
                    t.segment,
                    t.aanbieder_agb,
                    t.productcategorie,
                    t.ingangsdatum,
                    t.einddatum,
                )
            )
            if t.segment in SEGMENTEN_ANALYSE:
                segmenten.setdefault(t.jeugdige, set()).add(t.segment)
        if segmenten:
            ok = c.analyse_afgerond_op is not None and c.analyse_afgerond_op <= p
            for ref in sorted(segmenten, key=volgorde) if volgorde else segmenten:
                seg = "/".join(str(s) for s in sorted(segmenten[ref]))
                voldoet[4] += ok
                r[4].append((nr, (nr, ref), seg, c.analyse_afgerond_op, ok, cons))

        # 5 and 6: the case has at least one active toewijzing
        fgp = c.familiegroepsplan or _GEEN_FGP
        ok5 = fgp.aangeboden_op is not None and fgp.aangeboden_op <= p
        ok6 = fgp.status == "opgesteld" and fgp.opgesteld_op is not None and fgp.opgesteld_op <= p
        voldoet[5] += ok5
        voldoet[6] += ok6
        r[5].append((nr, fgp.aangeboden_op, fgp.status, ok5, cons))
        r[6].append((nr, fgp.status, fgp.opgesteld_op, ok6, cons))

        # 7: jeugdigen aged 16 or more on P with an active toewijzing
        refs = {t.jeugdige for t in actief}
        for j in c.jeugdigen:
            g = j.geboortedatum
            if j.ref not in refs or g is None or _leeftijd(g, p) < LEEFTIJD_PERSPECTIEFPLAN:
                continue
            plannen = [
                pp.opgesteld_op
                for pp in c.perspectiefplannen
                if pp.jeugdige == j.ref and pp.opgesteld_op is not None and pp.opgesteld_op <= p
            ]
            ok = bool(plannen)
            voldoet[7] += ok
            r[7].append((nr, (nr, j.ref), max(plannen) if plannen else None, ok, cons))

        # 10: toewijzingen active on P that started at least 91 days before P
        for t in actief:
            if t.ingangsdatum > eval_grens:
                continue
            laatste = None
            for d in c.evaluaties:  # the last one after ingang and on or before P
                if t.ingangsdatum < d <= p and (laatste is None or d > laatste):
                    laatste = d
            ok = laatste is not None
            voldoet[10] += ok
            r[10].append((nr, (nr, t.jeugdige), t.aanbieder_agb, t.ingangsdatum, laatste, ok, cons))

    if sorteer:
        for n in r:
            if n in _MET_JEUGDIGE:
                r[n].sort(key=lambda rij: (rij[0], _natuurlijk(rij[1][1])))
            else:
                r[n].sort(key=lambda rij: rij[0])
        for n in (8, 9):
            r[n].sort(key=lambda rij: -rij[-2])  # longest wait first (stable: then casusnummer)

    k: dict[int, Kengetal] = {}
    k[1] = Kengetal(1, len(r[1]), regels=r[1])
    k[2] = Kengetal(2, len(r[2]), regels=r[2])
    for n in (3, 4, 5, 6, 7, 10):
        k[n] = _aandeel(n, voldoet[n], len(r[n]), r[n])
    k[8] = Kengetal(
        8,
        len(r[8]),
        regels=r[8],
        uitsplitsing=sorted(
            ((agb, len(d), max(d)) for agb, d in per_aanbieder.items()),
            key=lambda x: (-x[2], x[0]),
        ),
        extra={"langste_wachttijd": max((rij[-2] for rij in r[8]), default=None)},
    )
    k[9] = Kengetal(9, len(r[9]), regels=r[9])
    consulenten = {c: n for c, n in per_consulent.items() if c != GEEN_CONSULENT}
    k[11] = Kengetal(
        11,
        sum(consulenten.values()) / len(consulenten) if consulenten else None,
        regels=r[11],
        uitsplitsing=sorted(per_consulent.items(), key=lambda x: (x[0] == GEEN_CONSULENT, x[0])),
        extra={
            "consulenten": len(consulenten),
            "hoogste": max(consulenten.values(), default=None),
            "zonder_consulent": per_consulent.get(GEEN_CONSULENT, 0),
        },
    )
    k[12] = Kengetal(12, len(r[12]), regels=r[12], extra={"per_verwijzer": dict(per_verwijzer)})
    k[13] = Kengetal(
        13,
        len(r[13]),
        regels=r[13],
        uitsplitsing=[(s, per_segment.get(s, 0)) for s in SEGMENTEN]
        + ([(ONBEKEND, per_segment[ONBEKEND])] if per_segment.get(ONBEKEND) else []),
    )
    k[14] = Kengetal(
        14,
        len(r[14]),
        regels=r[14],
        extra={
            "gemiddelde_doorlooptijd": (
                sum(doorlooptijden) / len(doorlooptijden) if doorlooptijden else None
            )
        },
    )
    return [k[n] for n in sorted(k)]


_GEEN_FGP = FamiliegroepsplanFeit()
_MET_JEUGDIGE = {n for n, kol in KOLOMMEN.items() if len(kol) > 1 and kol[1] == "jeugdige"}


def _in_venster(c: CasusFeit, van: date, tot: date, eerste_p: date, wd: Werkdagen) -> bool:
    """Could the case count in any week from `van` (a Monday) to `tot` (the last P)?

    A superset of every figure's population in those weeks, so the weeks of the trend each
    scan a few thousand cases instead of the whole register.
    """
    a, dicht = c.aanmelddatum, c.afgesloten_op
    if a <= tot and (dicht is None or dicht > eerste_p):  # 2, 11: open on some P
        return True
    if van <= a <= tot:  # 1, 12
        return True
    if dicht is not None and van <= dicht <= tot:  # 14
        return True
    if van <= wd.deadline_eerste_contact(a) <= tot:  # 3
        return True
    for t in c.toewijzingen:  # 4–10, 13
        if t.status == "afgewezen":
            continue
        ingang, einde, aanvraag = t.ingangsdatum, t.einddatum, t.aanvraagdatum
        if ingang is not None and ingang <= tot and (einde is None or einde >= eerste_p):
            return True
        if aanvraag is not None and aanvraag <= tot and (ingang is None or ingang > eerste_p):
            return True
    return False


def _pseudoniemen(kengetallen: list[Kengetal]) -> None:
    """Replace the (casusnummer, ref) keys by J-0001…, numbered in sorted order."""
    sleutels = {
        rij[1] for k in kengetallen if k.nummer in _MET_JEUGDIGE for rij in k.regels if rij[1]
    }
    naam = {
        s: f"J-{i:04d}"
        for i, s in enumerate(sorted(sleutels, key=lambda s: (s[0], _natuurlijk(s[1]))), start=1)
    }
    for k in kengetallen:
        if k.nummer in _MET_JEUGDIGE:
            k.regels = [(rij[0], naam[rij[1]], *rij[2:]) for rij in k.regels]


def bereken(
    casussen: Sequence[CasusFeit],
    week: Week | str,
    sluitingsdagen: Iterable[date] = (),
    werkdagen: Werkdagen | None = None,
    trendweken: int = TRENDWEKEN,
    trendgeheugen: dict[Week, dict[int, Any]] | None = None,
    aantal: int | None = None,
) -> Overzicht:
    """Every figure of `week`, the rows behind them, and the trend of the weeks ending with it.

    `trendgeheugen` (optional) keeps the values of weeks computed before for the same records
    and closing days: the screen moving one week back then computes one week, not twelve.
    `aantal` is the size of the register when `casussen` holds only the cases of the weeks.
    """
    if isinstance(week, str):
        week = Week.lees(week)
    trendweken = max(trendweken, 1)
    sluitingsdagen = tuple(sorted(set(sluitingsdagen)))
    wd = werkdagen or Werkdagen(sluitingsdagen)
    weken = [week.plus(i - trendweken + 1) for i in range(trendweken)]
    geheugen = trendgeheugen if trendgeheugen is not None else {}
    te_doen = [w for w in weken if w == week or w not in geheugen]
    # One pass picks the cases that can count in any week still to compute; each week then
    # scans those few thousand instead of the whole register.
    eerste = te_doen[0]
    relevant = [
        c for c in casussen if _in_venster(c, eerste.maandag, week.zondag, eerste.zondag, wd)
    ]

    for w in te_doen:
        kengetallen = _bereken_week(relevant, w, wd, sorteer=w == week)
        geheugen[w] = {k.nummer: k.waarde for k in kengetallen}
        if w == week:
            hoofd = kengetallen
    trend = [TrendPunt(w, dict(geheugen[w])) for w in weken]

    # Figure 12 also counts the 12 weeks ending with W (over all records: cheap, and exact
    # whatever the window above was).
    van = week.plus(1 - TRENDWEKEN).maandag  # 12 weeks, however long the trend asked for
    per_verwijzer_12: Counter[str] = Counter(
        c.verwijzer or ONBEKEND for c in casussen if van <= c.aanmelddatum <= week.zondag
    )
    k12 = hoofd[11]
    week_telling = k12.extra["per_verwijzer"]
    codes = sorted(set(week_telling) | set(per_verwijzer_12), key=lambda c: (c == ONBEKEND, c))
    k12.uitsplitsing = [(c, week_telling.get(c, 0), per_verwijzer_12.get(c, 0)) for c in codes]
    k12.extra["twaalf_weken"] = sum(per_verwijzer_12.values())
    _pseudoniemen(hoofd)
    return Overzicht(
        week, hoofd, trend, sluitingsdagen, len(casussen) if aantal is None else aantal
    )


__all__ = [
    "KENGETALLEN",
    "KOLOMMEN",
    "NVT",
    "UITSPLITSING",
    "Kengetal",
    "Overzicht",
    "TrendPunt",
    "Week",
    "beoordeel",
    "bereken",
    "laatste_volledige_week",
    "percentage",
]
