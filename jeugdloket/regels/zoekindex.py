"""The zoektool's in-memory index of the catalogue and the search in it: which
combinations of provider and product fit the words and filters, their score and the
reason shown. Pure: the index is built from plain rows that services.zoeken_catalogus
reads from the database (and refreshes when the catalogue changes).

Ranking: relevance first (`score`, 0–100: how well the words fit, see regels.zoektool);
at equal fit the lighter setting ("zo thuis mogelijk": ambulant, dagbehandeling, verblijf,
crisis), then the shorter waiting time (unknown last), then the better experiences.
Only combinations with a contract valid on the date are ever shown: expired and future
contracts count as not contracted.
"""

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from jeugdloket.regels.catalogus import SETTING_RANG, SETTINGS, geldig_op
from jeugdloket.regels.codelijsten import codelijst
from jeugdloket.regels.zoektool import (
    Woordenschat,
    datum_nl,
    documentwoorden,
    gevouwen,
    leeftijdsgrens,
    opsomming,
    past_leeftijd,
    woorden,
    zoektermen,
)

# How much a match counts, by where it is found (the word's own weight multiplies this).
VELDGEWICHT = {
    "productnaam": 1.0,
    "trefwoorden": 1.0,
    "interventies": 0.9,
    "aanbieder": 0.9,
    "soort zorg": 0.8,
    "omschrijving": 0.7,
    "identiteit": 0.6,
    "plaats": 0.6,
}
# Words of a case, by where they come from: the family's question weighs most.
BRONGEWICHT = {"zoektekst": 1.0, "hulpvraag": 1.0, "factor": 0.9, "doel": 0.8}
CASUSVELDEN = frozenset({"trefwoorden", "interventies", "productnaam", "soort zorg"})
BRONNAAM = {"hulpvraag": "uit de hulpvraag", "factor": "uit de analyse", "doel": "uit de doelen"}
_SEGMENTNAMEN = {
    1: "hoog specialistisch",
    2: "wonen",
    3: "dagbesteding dagbehandeling",
    4: "specialistisch veel voorkomend",
    5: "crisis",
}

# ---------------------------------------------------------------- plain data out


@dataclass(frozen=True, slots=True)
class Zoekterm:
    woord: str  # folded
    gewicht: float = 1.0
    bron: str = "zoektekst"  # zoektekst, hulpvraag, factor, doel


@dataclass(frozen=True, slots=True)
class Zoekresultaat:
    aanbieder_agb: str
    aanbieder: str
    hoofdaannemer_agb: str | None
    hoofdaannemer: str | None
    identiteit: str | None
    productcode: str
    product: str
    productcategorie: str
    segment: int
    setting: str
    leeftijd_van: int | None
    leeftijd_tot: int | None
    eenheid: str | None
    tarief: Decimal | None
    gemeenten: tuple[str, ...]  # covered by the contracts valid on the date
    contract_tot: date | None  # last day of those contracts; None = open-ended
    wachttijd_weken: int | None
    wachttijd_peildatum: date | None
    ervaringen_gemiddeld: float | None
    ervaringen_aantal: int
    score: int  # 0–100
    reden: str

    def naar_json(self) -> dict[str, Any]:
        uit: dict[str, Any] = {}
        for naam in self.__slots__:
            v = getattr(self, naam)
            if isinstance(v, date):
                v = v.isoformat()
            elif isinstance(v, Decimal):
                v = float(v)
            elif isinstance(v, tuple):
                v = list(v)
            uit[naam] = v
        return uit


# ---------------------------------------------------------------- the in-memory index


@dataclass(slots=True)
class IndexAanbieder:
    agb: str
    naam: str
    identiteit: str | None
    plaats: str | None
    hoofdaannemer: int | None = None  # index


@dataclass(slots=True)
class IndexProduct:
    code: str
    naam: str
    categorie: str
    omschrijving: str | None
    segment: int
    setting: str
    eenheid: str | None
    tarief_cent: int | None
    van: int | None
    tot: int | None
    trefwoorden: tuple[str, ...]
    interventies: tuple[str, ...]

    def velden(self) -> dict[str, list[str]]:
        """Field → the units shown in a reason (a keyword, an intervention, a word…)."""
        # Order matters at equal weight: a reason then names the keyword, not the long name.
        return {
            "trefwoorden": list(self.trefwoorden),
            "interventies": list(self.interventies),
            "productnaam": [self.naam, self.code],
            "soort zorg": [
                self.setting,
                codelijst("JZ020").get(self.categorie, ""),
                f"segment {self.segment} {_SEGMENTNAMEN.get(self.segment, '')}",
            ],
            "omschrijving": (self.omschrijving or "").split(),
        }


@dataclass(slots=True)
class Combinatie:
    aanbieder: int
    product: int
    # (geldig_van, geldig_tot, folded municipalities, municipalities as written)
    contracten: list[tuple[date, date | None, frozenset[str], tuple[str, ...]]]
    wachttijd: tuple[int, date] | None = None
    ervaring_som: int = 0
    ervaring_aantal: int = 0
    rang: int = 0  # position in "zo thuis mogelijk, shorter wait, better experience" order


@dataclass(slots=True)
class Zoekindex:
    stand: tuple[int, int]  # CatalogusStand (teller, inhoud) it was built from
    a_index: dict[Any, int]  # database id → position in `aanbieders`
    p_index: dict[Any, int]
    aanbieders: list[IndexAanbieder]
    producten: list[IndexProduct]
    combinaties: list[Combinatie]
    per_product: list[list[int]]
    per_aanbieder: list[list[int]]
    product_woorden: dict[str, dict[int, tuple[float, str]]]
    aanbieder_woorden: dict[str, dict[int, tuple[float, str]]]
    woordenschat: Woordenschat
    gemeenten: dict[str, str] = field(default_factory=dict)  # folded → as written


def maak_index(
    stand: tuple[int, int],
    a_index: dict[Any, int],
    p_index: dict[Any, int],
    aanbieders: list[IndexAanbieder],
    producten: list[IndexProduct],
    combinaties: dict[tuple[int, int], Combinatie],
    gemeenten: dict[str, str],
    tekst_van: Zoekindex | None = None,
) -> Zoekindex:
    """The index from what was read: the ranking order and (unless reused from `tekst_van`,
    when only waiting times or experiences changed) the word index."""
    lijst = list(combinaties.values())

    def volgorde(c: Combinatie) -> tuple:
        p, a = producten[c.product], aanbieders[c.aanbieder]
        gemiddeld = c.ervaring_som / c.ervaring_aantal if c.ervaring_aantal else 0.0
        return (
            SETTING_RANG.get(p.setting, len(SETTINGS)),
            c.wachttijd[0] if c.wachttijd else math.inf,
            -gemiddeld,
            gevouwen(a.naam),
            p.code,
        )

    lijst.sort(key=volgorde)
    per_product: list[list[int]] = [[] for _ in producten]
    per_aanbieder: list[list[int]] = [[] for _ in aanbieders]
    for i, c in enumerate(lijst):
        c.rang = i
        per_product[c.product].append(i)
        per_aanbieder[c.aanbieder].append(i)

    if tekst_van is not None:
        product_woorden = tekst_van.product_woorden
        aanbieder_woorden = tekst_van.aanbieder_woorden
        woordenschat = tekst_van.woordenschat
    else:
        product_woorden, aanbieder_woorden, woordenschat = _woordindex(
            aanbieders, producten, per_aanbieder, per_product
        )
    return Zoekindex(
        stand=stand,
        a_index=a_index,
        p_index=p_index,
        aanbieders=aanbieders,
        producten=producten,
        combinaties=lijst,
        per_product=per_product,
        per_aanbieder=per_aanbieder,
        product_woorden=product_woorden,
        aanbieder_woorden=aanbieder_woorden,
        woordenschat=woordenschat,
        gemeenten=gemeenten,
    )


def _woordindex(aanbieders, producten, per_aanbieder, per_product):
    """Word → {product or provider position: (field weight, field)}, and the vocabulary."""

    def voeg_toe(doel: dict, nr: int, veld: str, teksten: Iterable[str]) -> None:
        gewicht = VELDGEWICHT[veld]
        for tekst in teksten:
            for w in documentwoorden(tekst):
                bestaand = doel[w].get(nr)
                if bestaand is None or bestaand[0] < gewicht:
                    doel[w][nr] = (gewicht, veld)

    product_woorden: dict[str, dict[int, tuple[float, str]]] = defaultdict(dict)
    for i, p in enumerate(producten):
        if per_product[i]:
            for veld, teksten in p.velden().items():
                voeg_toe(product_woorden, i, veld, teksten)
    aanbieder_woorden: dict[str, dict[int, tuple[float, str]]] = defaultdict(dict)
    for i, a in enumerate(aanbieders):
        if per_aanbieder[i]:
            voeg_toe(aanbieder_woorden, i, "aanbieder", [a.naam, a.agb])
            voeg_toe(aanbieder_woorden, i, "identiteit", [a.identiteit or ""])
            voeg_toe(aanbieder_woorden, i, "plaats", [a.plaats or ""])
    return (
        dict(product_woorden),
        dict(aanbieder_woorden),
        Woordenschat([*product_woorden, *aanbieder_woorden]),
    )


# ---------------------------------------------------------------- searching


@dataclass(slots=True)
class Filters:
    datum: date
    leeftijd: int | None = None
    gemeente: str | None = None  # folded
    segmenten: frozenset[int] | None = None
    categorieen: frozenset[str] | None = None
    settings: frozenset[str] | None = None
    max_wachttijd: int | None = None
    identiteit: str | None = None  # folded


def zoek_in_index(
    idx: Zoekindex,
    termen: list[Zoekterm],
    f: Filters,
    limiet: int | None,
    noem_missers: bool = False,
    velden: frozenset[str] | None = None,
) -> list[Zoekresultaat]:
    """`velden`: only these fields count (None: all); words from a case are matched against
    what the product is for, not against descriptions and provider names."""
    product_ok = [
        (f.segmenten is None or p.segment in f.segmenten)
        and (f.categorieen is None or p.categorie in f.categorieen)
        and (f.settings is None or p.setting in f.settings)
        and (f.leeftijd is None or past_leeftijd(f.leeftijd, p.van, p.tot))
        for p in idx.producten
    ]
    aanbieder_ok = [
        f.identiteit is None or gevouwen(a.identiteit or "") == f.identiteit for a in idx.aanbieders
    ]

    # per word: the best match per product and per provider (weight, field, catalogue word, way)
    treffers: list[tuple[Zoekterm, dict[int, tuple], dict[int, tuple], float]] = []
    scores: dict[int, float] = {}
    n = max(len(idx.combinaties), 1)
    totaal = 0.0
    for term in termen:
        p_best: dict[int, tuple[float, str, str, str]] = {}
        a_best: dict[int, tuple[float, str, str, str]] = {}
        getypt = term.bron == "zoektekst"
        for woord, (woordgewicht, manier) in idx.woordenschat.varianten(term.woord, getypt).items():
            for doel, bron in ((p_best, idx.product_woorden), (a_best, idx.aanbieder_woorden)):
                for nr, (veldgewicht, veld) in bron.get(woord, {}).items():
                    if velden is not None and veld not in velden:
                        continue
                    s = woordgewicht * veldgewicht
                    if s > doel.get(nr, (0.0,))[0]:
                        doel[nr] = (s, veld, woord, manier)
        if not p_best and not a_best:
            treffers.append((term, p_best, a_best, 0.0))
            continue  # a word the catalogue does not know does not lower anyone's score
        # rarer words weigh more (idf over combinations)
        df = sum(len(idx.per_product[p]) for p in p_best) + sum(
            len(idx.per_aanbieder[a]) for a in a_best
        )
        gewicht = term.gewicht * math.log(1 + n / max(df, 1))
        totaal += gewicht
        treffers.append((term, p_best, a_best, gewicht))
        beste: dict[int, float] = {}
        for p, v in p_best.items():
            if product_ok[p]:
                for c in idx.per_product[p]:
                    beste[c] = v[0]
        for a, v in a_best.items():
            if aanbieder_ok[a]:
                for c in idx.per_aanbieder[a]:
                    if v[0] > beste.get(c, 0.0):
                        beste[c] = v[0]
        for c, s in beste.items():
            scores[c] = scores.get(c, 0.0) + gewicht * s

    if termen and totaal == 0.0:
        return []  # none of the words is in the catalogue
    kandidaten = scores if termen else dict.fromkeys(range(len(idx.combinaties)), 0.0)
    gevonden: list[tuple[int, int, int]] = []  # (-score, rang, combination)
    for c_nr, ruw in kandidaten.items():
        c = idx.combinaties[c_nr]
        if not (product_ok[c.product] and aanbieder_ok[c.aanbieder]):
            continue
        if f.max_wachttijd is not None and (
            c.wachttijd is None or c.wachttijd[0] > f.max_wachttijd
        ):
            continue
        if not any(
            geldig_op(van, tot, f.datum) and (f.gemeente is None or f.gemeente in gevouwen)
            for van, tot, gevouwen, _namen in c.contracten
        ):
            continue
        score = round(100 * ruw / totaal) if termen else 0
        gevonden.append((-score, c.rang, c_nr))
    gevonden.sort()
    if limiet is not None:
        gevonden = gevonden[:limiet]
    return [
        _resultaat(
            idx,
            idx.combinaties[c_nr],
            -min_score,
            treffers,
            f,
            product_ok,
            aanbieder_ok,
            noem_missers,
        )
        for min_score, _rang, c_nr in gevonden
    ]


def _eenheid(tekst: str, veld: str) -> str:
    """A unit as shown in a reason: a word of the description without its punctuation."""
    return tekst.strip(".,;:!?()\"'") if veld == "omschrijving" else tekst


def _resultaat(
    idx: Zoekindex,
    c: Combinatie,
    score: int,
    treffers,
    f: Filters,
    product_ok,
    aanbieder_ok,
    noem_missers: bool,
) -> Zoekresultaat:
    p, a = idx.producten[c.product], idx.aanbieders[c.aanbieder]
    delen: list[str] = []

    # 1. why the words fit: "past bij 'dyslexie' in trefwoorden"
    gepast: dict[tuple[str, str], list[Zoekterm]] = {}
    gemist: list[str] = []
    p_velden = a_velden = None
    for term, p_best, a_best, gewicht in treffers:
        kanten = []
        if product_ok[c.product] and c.product in p_best:
            kanten.append(p_best[c.product])
        if aanbieder_ok[c.aanbieder] and c.aanbieder in a_best:
            kanten.append(a_best[c.aanbieder])
        if not kanten:
            if gewicht:
                gemist.append(term.woord)
            continue
        _s, veld, woord, _manier = max(kanten)
        if veld in ("aanbieder", "identiteit", "plaats"):
            a_velden = a_velden or {
                "aanbieder": [a.naam, a.agb],
                "identiteit": [a.identiteit or ""],
                "plaats": [a.plaats or ""],
            }
            eenheden = a_velden[veld]
        else:
            p_velden = p_velden or p.velden()
            eenheden = p_velden[veld]
        eenheid = next((e for e in eenheden if woord in documentwoorden(e)), woord)
        gepast.setdefault((_eenheid(eenheid, veld), veld), []).append(term)
    if gepast:
        per_veld: dict[str, list[str]] = {}
        for (eenheid, veld), termen in gepast.items():
            tekst = f"'{eenheid}'"
            gezocht = [t.woord for t in termen if t.woord not in woorden(eenheid)]
            bronnen = list(dict.fromkeys(BRONNAAM[t.bron] for t in termen if t.bron in BRONNAAM))
            extra = []
            if gezocht:
                extra.append("gezocht: " + ", ".join(f"'{g}'" for g in gezocht))
            if bronnen:
                extra.append(opsomming(bronnen))
            if extra:
                tekst += f" ({'; '.join(extra)})"
            per_veld.setdefault(veld, []).append(tekst)
        delen.append(
            "past bij "
            + ", ".join(f"{opsomming(teksten)} in {veld}" for veld, teksten in per_veld.items())
        )
        if noem_missers and gemist:
            delen.append("niet bij " + opsomming([f"'{w}'" for w in gemist]))

    # 2. age, 3. contract, 4. waiting time, 5. experiences
    if f.leeftijd is not None:
        if p.van is None and p.tot is None:
            delen.append(f"leeftijd {f.leeftijd}, geen leeftijdsgrens")
        else:
            grens = leeftijdsgrens(p.van, p.tot)
            voorzetsel = "binnen " if p.van is not None and p.tot is not None else ""
            delen.append(f"leeftijd {f.leeftijd} {voorzetsel}{grens}")
    geldig = [
        (tot, namen, gevouwen)
        for van, tot, gevouwen, namen in c.contracten
        if geldig_op(van, tot, f.datum) and (f.gemeente is None or f.gemeente in gevouwen)
    ]
    per_einde: dict[date | None, list[str]] = {}
    gemeenten: list[str] = []
    for tot, namen, _gevouwen in sorted(geldig, key=lambda x: (x[0] is None, x[0] or date.max)):
        for naam in namen:
            if f.gemeente is not None and gevouwen(naam) != f.gemeente:
                continue
            if naam not in gemeenten:
                gemeenten.append(naam)
                per_einde.setdefault(tot, []).append(naam)
    stukken = [
        f"{opsomming(namen)} " + (f"tot {datum_nl(tot)}" if tot else "zonder einddatum")
        for tot, namen in per_einde.items()
    ]
    delen.append("gecontracteerd in " + " en in ".join(stukken))
    einden = [tot for tot, _n, _g in geldig]
    contract_tot = None if any(t is None for t in einden) else max(einden)
    if c.wachttijd is None:
        delen.append("wachttijd onbekend")
    else:
        weken, peil = c.wachttijd
        tekst = (
            "geen wachttijd"
            if weken == 0
            else f"wachttijd {weken} " + ("week" if weken == 1 else "weken")
        )
        delen.append(f"{tekst} (peildatum {datum_nl(peil)})")
    gemiddeld = None
    if c.ervaring_aantal:
        gemiddeld = round(c.ervaring_som / c.ervaring_aantal, 1)
        if c.ervaring_aantal == 1:
            delen.append(f"1 ervaring: {gemiddeld:.1f}".replace(".", ","))
        else:
            delen.append(
                f"{c.ervaring_aantal} ervaringen, gemiddeld {gemiddeld:.1f}".replace(".", ",")
            )
    if f.identiteit is not None:
        delen.append(f"identiteit {a.identiteit}")
    hoofd = idx.aanbieders[a.hoofdaannemer] if a.hoofdaannemer is not None else None
    return Zoekresultaat(
        aanbieder_agb=a.agb,
        aanbieder=a.naam,
        hoofdaannemer_agb=hoofd.agb if hoofd else None,
        hoofdaannemer=hoofd.naam if hoofd else None,
        identiteit=a.identiteit,
        productcode=p.code,
        product=p.naam,
        productcategorie=p.categorie,
        segment=p.segment,
        setting=p.setting,
        leeftijd_van=p.van,
        leeftijd_tot=p.tot,
        eenheid=p.eenheid,
        tarief=None
        if p.tarief_cent is None
        else (Decimal(p.tarief_cent) / 100).quantize(Decimal("0.01")),
        gemeenten=tuple(gemeenten),
        contract_tot=contract_tot,
        wachttijd_weken=c.wachttijd[0] if c.wachttijd else None,
        wachttijd_peildatum=c.wachttijd[1] if c.wachttijd else None,
        ervaringen_gemiddeld=gemiddeld,
        ervaringen_aantal=c.ervaring_aantal,
        score=score,
        reden="; ".join(delen),
    )


# ---------------------------------------------------------------- suggestions for a case


def casuswoorden(
    hulpvraag: str | None,
    factoren: Iterable[str],
    doelen: Iterable[str],
    extra: str,
    namen: set[str],
) -> list[Zoekterm]:
    """The words of a case, each once with its strongest source; names of its people left out."""
    termen: dict[str, Zoekterm] = {}
    for bron, teksten in (
        ("zoektekst", [extra]),
        ("hulpvraag", [hulpvraag or ""]),
        ("factor", factoren),
        ("doel", doelen),
    ):
        for tekst in teksten:
            for w in zoektermen(tekst or ""):
                if w in namen or len(w) < 3 or w.isdigit():
                    continue
                bestaand = termen.get(w)
                if bestaand is None or bestaand.gewicht < BRONGEWICHT[bron]:
                    termen[w] = Zoekterm(w, BRONGEWICHT[bron], bron)
    return list(termen.values())


__all__ = [
    "BRONGEWICHT",
    "CASUSVELDEN",
    "VELDGEWICHT",
    "Combinatie",
    "Filters",
    "IndexAanbieder",
    "IndexProduct",
    "Zoekindex",
    "Zoekresultaat",
    "Zoekterm",
    "casuswoorden",
    "maak_index",
    "zoek_in_index",
]
