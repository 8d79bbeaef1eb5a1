"""The PDF of the familiegroepsplan and of the perspectiefplan, for the family (issue 5).

Input is one case in the exchange format (`uitwisseling.md`), plus a `PlanKop` with what the
case itself does not hold: team, version, whether the plan has been vastgesteld, who was
there, the consultant and the print date. The document goes to the family and may be
forwarded: it prints names and what the family and the consultant wrote, never a BSN, a
birth date, an address or any other person field.

Layout (the house style of `pdf_opmaak`): A4, DejaVu Sans (embedded; every name prints: ł,
ç, ë, ø, Greek, Cyrillic), a header with municipality and team on every page, a footer
"pagina X van Y" with the print date and version (the canvas defers `showPage` until the page
count is known), a diagonal "CONCEPT" on every page of a plan that is not vastgesteld, and a
signature block at the end.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from jeugdloket.bestanden import schrijf_bytes_atomair
from jeugdloket.rapporten.pdf_opmaak import (
    ACCENT,
    GEWOON,
    GRIJS,
    LIJN,
    MARGE_LINKS,
    MARGE_RECHTS,
    NIET_INGEVULD,
    VET,
    Personen,
    Stijlen,
    actietabel,
    alineas,
    als_datum,
    als_markup,
    bouw_a4,
    datum_nl,
    gegevens,
    is_leeg,
    kop2,
    kop3,
    maak_stijlen,
    opsomming,
    passend,
    registreer_lettertype,
    schoon,
    teken_voet,
)
from jeugdloket.rapporten.plan_doelen import doelen_met_routekaart

__all__ = [
    "GEBIEDEN",
    "PlanKop",
    "familiegroepsplan_pdf",
    "familiegroepsplan_pdf_bytes",
    "perspectiefplan_pdf",
    "perspectiefplan_pdf_bytes",
    "plan_pdf_bytes",
]

# Perspectiefplan areas: exchange-format key → heading (fixed order).
GEBIEDEN: dict[str, str] = {
    "wonen": "Wonen",
    "leren_en_werken": "Leren en werken / dagbesteding",
    "geld_en_inkomen": "Geld en inkomen",
    "gezondheid_en_zorg": "Gezondheid en zorg",
    "netwerk_en_relaties": "Netwerk en relaties",
    "vrije_tijd": "Vrije tijd",
    "veiligheid_en_justitie": "Veiligheid en justitie",
}

# The frameworks for help after 18, each with a plain-language line.
KADERS: dict[str, str] = {
    "Wmo": "Wmo: hulp van de gemeente om zelfstandig te wonen en mee te doen",
    "Participatiewet": "Participatiewet: hulp van de gemeente bij werk en inkomen",
    "Wlz": "Wlz (Wet langdurige zorg): zorg die je altijd en de hele dag nodig hebt",
    "verlengde jeugdhulp": "Verlengde jeugdhulp: jeugdhulp die doorloopt tot je 23e",
}

# Minimum age to sign the familiegroepsplan (from 12 a child has its own say in care).
ONDERTEKEN_LEEFTIJD = 12


@dataclass(frozen=True)
class PlanKop:
    """What the PDF needs besides the case: who prints which version, and when."""

    gemeente: str  # e.g. "Westervoort"
    team: str  # e.g. "Sociaal Loket Westervoort – jeugdteam"
    versie: int  # 1, 2, …
    vastgesteld_op: date | None  # None → a "CONCEPT" watermark on every page
    aanwezig: list[str]  # who was present when it was vastgesteld (names)
    consulent: str  # the consultant's name
    gemaakt_op: date  # print date


def _leeftijd(geboortedatum: Any, op: date) -> int | None:
    d = als_datum(geboortedatum)
    if d is None:
        return None
    return op.year - d.year - ((op.month, op.day) < (d.month, d.day))


def _versie_tekst(kop: PlanKop) -> str:
    if kop.vastgesteld_op is not None:
        return f"Versie {kop.versie}, vastgesteld op {datum_nl(kop.vastgesteld_op)}"
    return f"Versie {kop.versie} – concept, nog niet vastgesteld"


def _kopgegevens(
    kop: PlanKop, casus: dict[str, Any], eerste: Sequence[tuple[str, str]]
) -> list[tuple[str, str]]:
    rijen = list(eerste)
    rijen.append(("Versie", escape(_versie_tekst(kop))))
    if kop.vastgesteld_op is not None and kop.aanwezig:
        namen = ", ".join(schoon(n) for n in kop.aanwezig if not is_leeg(n))
        rijen.append(("Aanwezig bij vaststellen", escape(namen)))
    if kop.consulent:
        rijen.append(("Consulent", escape(schoon(kop.consulent))))
    if not is_leeg(casus.get("casusnummer")):
        rijen.append(("Casusnummer", escape(schoon(casus["casusnummer"]))))
    return rijen


# --------------------------------------------------------------------------- signatures


class _Invulregel(Flowable):
    """A label with a line to write on, e.g. 'Datum' ______ (drawn, so the text extracts)."""

    def __init__(self, label: str, hoogte: float = 20) -> None:
        super().__init__()
        self.label = label
        self.hoogte = hoogte
        self.breedte = 0.0

    def wrap(self, beschikbaar_breedte: float, beschikbaar_hoogte: float) -> tuple[float, float]:
        self.breedte = beschikbaar_breedte
        return beschikbaar_breedte, self.hoogte

    def draw(self) -> None:
        c = self.canv
        c.setFont(GEWOON, 9)
        c.setFillColor(GRIJS)
        c.drawString(0, 3, self.label)
        begin = pdfmetrics.stringWidth(self.label, GEWOON, 9) + 6
        c.setStrokeColor(GRIJS)
        c.setLineWidth(0.6)
        c.line(begin, 1, self.breedte, 1)


def _handtekeningen(
    ondertekenaars: Sequence[tuple[str, str]], inleiding: str, st: Stijlen
) -> list[Flowable]:
    """Name, date line and signature line per signer; the whole block stays on one page."""
    breedte = A4[0] - MARGE_LINKS - MARGE_RECHTS
    kolom = (breedte - 8 * mm) / 2
    vakken: list[list[Flowable]] = []
    for naam, rol in ondertekenaars:
        vakken.append(
            [
                Paragraph(f"<b>{escape(naam)}</b>", st.cel),
                Paragraph(escape(rol), st.klein),
                Spacer(1, 8),
                _Invulregel("Datum"),
                Spacer(1, 8),
                _Invulregel("Handtekening", hoogte=48),
            ]
        )
    blok: list[Flowable] = [
        Paragraph("Handtekeningen", st.kop2),
        Paragraph(escape(inleiding), st.tekst),
    ]
    for i in range(0, len(vakken), 2):
        paar: list[Any] = vakken[i : i + 2]
        rij = [paar[0], "", paar[1] if len(paar) > 1 else ""]
        stijl: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), GEWOON),  # also for empty cells
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ("RIGHTPADDING", (0, 0), (-1, -1), 10),
            ("TOPPADDING", (0, 0), (-1, -1), 9),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
            ("BOX", (0, 0), (0, 0), 0.6, LIJN),
        ]
        if len(paar) > 1:
            stijl.append(("BOX", (2, 0), (2, 0), 0.6, LIJN))
        blok += [
            Spacer(1, 8),
            Table([rij], colWidths=[kolom, 8 * mm, kolom], hAlign="LEFT", style=TableStyle(stijl)),
        ]
    return [
        CondPageBreak(60 * mm),
        KeepTogether(blok),
    ]


def _ondertekenaars(
    personen: Personen, jeugdigen: Sequence[dict[str, Any]], kop: PlanKop
) -> list[tuple[str, str]]:
    uit: list[tuple[str, str]] = []
    for p in jeugdigen:
        uit.append((personen.naam_van(p) or str(p.get("id", "")), "jeugdige"))
    for p in personen.met_rol("ouder", "verzorger"):
        uit.append((personen.naam_van(p) or str(p.get("id", "")), str(p.get("rol"))))
    uit.append((schoon(kop.consulent) or "", "consulent"))
    return uit


# --------------------------------------------------------------------------- page furniture


@dataclass(frozen=True)
class _Opmaak:
    kop: PlanKop
    soort: str  # "Familiegroepsplan" / "Perspectiefplan"
    casusnummer: str

    def kop_en_watermerk(self, c: Canvas, _doc: BaseDocTemplate) -> None:
        breedte, hoogte = A4
        links, rechts = MARGE_LINKS, breedte - MARGE_RECHTS
        c.saveState()
        y = hoogte - 15 * mm
        gemeente = f"Gemeente {schoon(self.kop.gemeente)}" if self.kop.gemeente else ""
        c.setFillColor(ACCENT)
        c.drawString(links, y, passend(c, gemeente, VET, 10, (rechts - links) * 0.7))
        c.setFillColor(GRIJS)
        team = schoon(self.kop.team)
        c.drawString(links, y - 12, passend(c, team, GEWOON, 8.5, (rechts - links) * 0.7))
        c.setFont(VET, 9)
        c.drawRightString(rechts, y, self.soort)
        if self.casusnummer:
            c.setFont(GEWOON, 8.5)
            c.drawRightString(rechts, y - 12, f"casus {self.casusnummer}")
        c.setStrokeColor(LIJN)
        c.setLineWidth(0.6)
        c.line(links, y - 20, rechts, y - 20)
        c.restoreState()

    def watermerk(self, c: Canvas, _doc: BaseDocTemplate) -> None:
        if self.kop.vastgesteld_op is not None:
            return
        breedte, hoogte = A4
        c.saveState()
        c.setFillColor(colors.Color(0.45, 0.45, 0.45))
        c.setFillAlpha(0.13)
        c.translate(breedte / 2, hoogte / 2)
        c.rotate(52)
        c.setFont(VET, 104)
        c.drawCentredString(0, -36, "CONCEPT")
        c.restoreState()

    def voet(self, c: Canvas, nummer: int, totaal: int) -> None:
        versie = f"versie {self.kop.versie}"
        if self.kop.vastgesteld_op is None:
            versie += " (concept)"
        teken_voet(c, f"Gemaakt op {datum_nl(self.kop.gemaakt_op)}  ·  {versie}", nummer, totaal)


def _bouw(
    verhaal: list[Flowable],
    kop: PlanKop,
    soort: str,
    casusnummer: str,
    titel: str,
    onderwerp: str,
) -> bytes:
    registreer_lettertype()
    opmaak = _Opmaak(kop, soort, casusnummer)
    buffer = io.BytesIO()
    bouw_a4(
        buffer,
        verhaal,
        PageTemplate(id="plan", onPage=opmaak.kop_en_watermerk, onPageEnd=opmaak.watermerk),
        opmaak.voet,
        title=titel,
        author=schoon(kop.consulent) or "Jeugdloket",
        subject=onderwerp,
        keywords=[soort, f"gemeente {kop.gemeente}"],
    )
    return buffer.getvalue()


# --------------------------------------------------------------------------- familiegroepsplan


def _namen_en(namen: Sequence[str]) -> str:
    namen = [n for n in namen if n]
    if len(namen) <= 1:
        return "".join(namen)
    return ", ".join(namen[:-1]) + " en " + namen[-1]


def _aanbod(fgp: dict[str, Any], st: Stijlen) -> list[Flowable]:
    uit: list[Flowable] = []
    op, door = fgp.get("aangeboden_op"), fgp.get("aangeboden_door")
    if not is_leeg(op) or not is_leeg(door):
        zin = "Aangeboden"
        if not is_leeg(op):
            zin += f" op {datum_nl(op)}"
        if not is_leeg(door):
            zin += f" door {schoon(door)}"
        uit.append(Paragraph(escape(zin + "."), st.tekst))
    if not is_leeg(fgp.get("uitleg")):
        uit.append(Paragraph("Zo is het uitgelegd:", st.kop3))
        uit.extend(alineas(fgp["uitleg"], st.tekst, st.leeg))
    status = fgp.get("status")
    antwoord: str | None = None
    if status == "opgesteld":
        antwoord = "Ja, we maken een eigen plan."
        if not is_leeg(fgp.get("opgesteld_op")):
            antwoord += f" Het plan is opgesteld op {datum_nl(fgp['opgesteld_op'])}."
    elif status == "afgezien":
        antwoord = "Nee, we maken geen eigen plan."
    elif status == "aangeboden":
        antwoord = "We denken er nog over na."
    if antwoord is not None:
        uit.append(Paragraph(f"<b>Ons antwoord:</b> {escape(antwoord)}", st.tekst))
    if status == "afgezien":
        uit.append(Paragraph("Waarom niet:", st.kop3))
        uit.extend(alineas(fgp.get("reden_afgezien"), st.tekst, st.leeg))
    return uit or [Paragraph(NIET_INGEVULD, st.leeg)]


def _fgp_verhaal(casus: dict[str, Any], kop: PlanKop) -> list[Flowable]:
    st = maak_stijlen()
    personen = Personen(casus, kop.consulent)
    fgp: dict[str, Any] = casus.get("familiegroepsplan") or {}
    jeugdigen = personen.met_rol("jeugdige")
    namen_jeugdigen = [personen.naam_van(p) for p in jeugdigen]

    verhaal: list[Flowable] = [Paragraph("Ons plan", st.titel)]
    ondertitel = "Familiegroepsplan"
    if any(namen_jeugdigen):
        ondertitel += f" voor {_namen_en(namen_jeugdigen)}"
    verhaal += [Paragraph(escape(ondertitel), st.ondertitel), Spacer(1, 8)]
    eerste = [("Opgesteld op", escape(datum_nl(fgp.get("opgesteld_op")) or NIET_INGEVULD))]
    verhaal += [gegevens(_kopgegevens(kop, casus, eerste), st), Spacer(1, 10)]
    verhaal.append(
        Paragraph(
            "Iedere familie mag een eigen plan maken, samen met familie, vrienden en andere "
            "mensen die belangrijk zijn. In dit plan staat wat er aan de hand is, wat we "
            "willen bereiken en wie wat doet.",
            st.tekst,
        )
    )

    verhaal += kop2("Het aanbod om zelf een plan te maken", st)
    verhaal += _aanbod(fgp, st)

    verhaal += kop2("Wie doen er mee?", st)
    deelnemers = [personen.omschrijving(r) for r in (fgp.get("deelnemers") or []) if not is_leeg(r)]
    deelnemers += [schoon(n) for n in (fgp.get("nieuwe_deelnemers") or []) if not is_leeg(n)]
    verhaal += opsomming(deelnemers, st)

    verhaal += kop2("Wat is er aan de hand?", st)
    verhaal += alineas(fgp.get("wat_is_er_aan_de_hand"), st.tekst, st.leeg)

    verhaal += kop2("Wat willen we bereiken?", st)
    doelen = [d for d in (fgp.get("doelen") or []) if not is_leeg(d)]
    analyse_doelen = (casus.get("verklarende_analyse") or {}).get("doelen") or []
    if is_leeg(fgp.get("wat_willen_we_bereiken")) and (doelen or analyse_doelen):
        verhaal.append(Paragraph("Onze doelen staan hieronder, elk met wie wat doet.", st.tekst))
    else:
        verhaal += alineas(fgp.get("wat_willen_we_bereiken"), st.tekst, st.leeg)
    if doelen or analyse_doelen:
        # One plan story: the analysis goals in the family's words, with their routekaart and
        # the help linked to each (those the plan names, else all of them).
        verhaal += kop2("Onze doelen: wie doet wat, en welke hulp", st)
        verhaal += doelen_met_routekaart(casus, personen, st, refs=doelen)

    verhaal += kop2("Wat doen we zelf?", st)
    verhaal += alineas(fgp.get("wat_doen_we_zelf"), st.tekst, st.leeg)

    tabel, nodig = actietabel(fgp.get("wat_doet_ons_netwerk") or [], personen, st)
    verhaal += kop2("Wat doet ons netwerk?", st, daarna=nodig)
    verhaal += tabel

    verhaal += kop2("Welke hulp van professionals is nodig?", st)
    verhaal += alineas(fgp.get("hulp_van_professionals"), st.tekst, st.leeg)

    verhaal += kop2("Afspraken over veiligheid", st)
    verhaal += alineas(fgp.get("afspraken_veiligheid"), st.tekst, st.leeg)

    verhaal += kop2("Wanneer en hoe kijken we of het werkt?", st)
    verhaal += alineas(fgp.get("evaluatie"), st.tekst, st.leeg)

    tekenaars = [
        p
        for p in jeugdigen
        if (leeftijd := _leeftijd(p.get("geboortedatum"), kop.gemaakt_op)) is None
        or leeftijd >= ONDERTEKEN_LEEFTIJD
    ]
    verhaal += _handtekeningen(
        _ondertekenaars(personen, tekenaars, kop),
        "Met onze handtekening laten we zien dat we dit plan samen hebben gemaakt "
        "en dat we het ermee eens zijn.",
        st,
    )
    return verhaal


def familiegroepsplan_pdf_bytes(casus: dict[str, Any], kop: PlanKop) -> bytes:
    """The familiegroepsplan of one case (exchange format) as PDF bytes."""
    nummer = schoon(casus.get("casusnummer") or "")
    return _bouw(
        _fgp_verhaal(casus, kop),
        kop,
        "Familiegroepsplan",
        nummer,
        titel=f"Familiegroepsplan {nummer}".strip(),
        onderwerp=(
            "Ons plan: het plan van de familie en het netwerk (Jeugdwet), "
            f"gemeente {schoon(kop.gemeente)}"
        ),
    )


def familiegroepsplan_pdf(casus: dict[str, Any], kop: PlanKop, pad: Path) -> None:
    """Write the familiegroepsplan of one case to `pad` (atomically)."""
    schrijf_bytes_atomair(Path(pad), familiegroepsplan_pdf_bytes(casus, kop))


# --------------------------------------------------------------------------- perspectiefplan


def _zoek_perspectiefplan(casus: dict[str, Any], jeugdige: str) -> dict[str, Any] | None:
    for plan in casus.get("perspectiefplannen") or []:
        if isinstance(plan, dict) and str(plan.get("jeugdige")) == str(jeugdige):
            return plan
    return None


def _gebied(
    gebied: dict[str, Any] | None, titel: str, personen: Personen, st: Stijlen
) -> list[Flowable]:
    uit = kop2(titel, st)
    if gebied is None:
        return [*uit, Paragraph(NIET_INGEVULD, st.leeg)]
    for sleutel, vraag in (
        ("nu", "Hoe is het nu?"),
        ("wens_na_18", "Wat wil ik na mijn 18e?"),
        ("nodig", "Wat is daarvoor nodig?"),
    ):
        uit += kop3(vraag, st)
        uit += alineas(gebied.get(sleutel), st.tekst, st.leeg)
    tabel, nodig = actietabel(gebied.get("acties") or [], personen, st)
    uit += kop3("Wie doet wat en wanneer?", st, daarna=nodig)
    uit += tabel
    return uit


def _pp_verhaal(casus: dict[str, Any], jeugdige: str, kop: PlanKop) -> list[Flowable]:
    st = maak_stijlen()
    personen = Personen(casus, kop.consulent)
    plan = _zoek_perspectiefplan(casus, jeugdige)
    if plan is None and str(jeugdige) not in personen.per_id:
        raise ValueError(
            f"Casus {casus.get('casusnummer')}: geen jeugdige of perspectiefplan '{jeugdige}'."
        )
    plan = plan or {}
    naam = personen.naam(jeugdige)

    verhaal: list[Flowable] = [Paragraph("Mijn toekomstplan", st.titel)]
    verhaal += [Paragraph(escape(f"Perspectiefplan van {naam}"), st.ondertitel), Spacer(1, 8)]
    eerste = [("Opgesteld op", escape(datum_nl(plan.get("opgesteld_op")) or NIET_INGEVULD))]
    verhaal += [gegevens(_kopgegevens(kop, casus, eerste), st), Spacer(1, 10)]
    verhaal.append(
        Paragraph(
            "Dit is mijn plan voor de tijd rond mijn 18e verjaardag. Hierin staat hoe het nu "
            "gaat, wat ik wil als ik 18 ben en wie mij daarbij helpt.",
            st.tekst,
        )
    )

    verhaal += kop2("In mijn eigen woorden", st)
    if is_leeg(plan.get("eigen_woorden")):
        verhaal.append(Paragraph(NIET_INGEVULD, st.leeg))
    else:
        # One paragraph (blank lines kept) so the tinted box flows across pages in one piece.
        verhaal.append(Paragraph(als_markup(plan["eigen_woorden"]), st.citaat))

    per_gebied: dict[str, list[dict[str, Any]]] = {}
    for g in plan.get("gebieden") or []:
        if isinstance(g, dict):
            per_gebied.setdefault(str(g.get("gebied") or ""), []).append(g)
    for sleutel, titel in GEBIEDEN.items():
        for g in per_gebied.pop(sleutel, None) or [None]:
            verhaal += _gebied(g, titel, personen, st)
    for sleutel, lijst in per_gebied.items():  # areas the app added
        titel = sleutel.replace("_", " ").strip().capitalize() or "Overig"
        for g in lijst:
            verhaal += _gebied(g, titel, personen, st)

    if (casus.get("verklarende_analyse") or {}).get("doelen"):
        verhaal += kop2("Onze doelen: wie doet wat, en welke hulp", st)
        verhaal += doelen_met_routekaart(casus, personen, st, jeugdige=str(jeugdige))

    verhaal += kop2("Hulp in de komende twee jaar", st)
    verhaal += alineas(plan.get("hulp_komende_twee_jaar"), st.tekst, st.leeg)

    verhaal += kop2("Hulp na mijn 18e", st)
    verhaal += alineas(plan.get("hulp_na_18"), st.tekst, st.leeg)
    kaders = [k for k in (plan.get("hulp_na_18_kaders") or []) if not is_leeg(k)]
    if kaders:
        verhaal.append(Paragraph("Welke regeling hoort daarbij?", st.kop3))
        verhaal += opsomming([KADERS.get(str(k), schoon(k)) for k in kaders], st)
    if not is_leeg(plan.get("overdracht")):
        verhaal += kop3("Zo gaat de overstap naar hulp voor volwassenen", st)
        verhaal += alineas(plan["overdracht"], st.tekst, st.leeg)

    verhaal += kop2("Wie waren erbij?", st)
    betrokkenen = [
        personen.omschrijving(b) for b in (plan.get("betrokkenen") or []) if not is_leeg(b)
    ]
    verhaal += opsomming(betrokkenen, st)

    jeugdige_persoon = personen.per_id.get(str(jeugdige)) or {"id": jeugdige, "voornaam": naam}
    verhaal += _handtekeningen(
        _ondertekenaars(personen, [jeugdige_persoon], kop),
        "Met onze handtekening laten we zien dat we dit plan samen hebben gemaakt "
        "en dat we het ermee eens zijn.",
        st,
    )
    return verhaal


def perspectiefplan_pdf_bytes(casus: dict[str, Any], jeugdige: str, kop: PlanKop) -> bytes:
    """The perspectiefplan of one jeugdige (person id, e.g. "p1") as PDF bytes."""
    nummer = schoon(casus.get("casusnummer") or "")
    naam = Personen(casus, kop.consulent).naam(jeugdige)
    return _bouw(
        _pp_verhaal(casus, jeugdige, kop),
        kop,
        "Perspectiefplan",
        nummer,
        titel=f"Perspectiefplan {nummer} – {naam}".strip(" –"),
        onderwerp=(
            "Mijn toekomstplan: hulp in de komende twee jaar en na mijn 18e, "
            f"gemeente {schoon(kop.gemeente)}"
        ),
    )


def perspectiefplan_pdf(casus: dict[str, Any], jeugdige: str, kop: PlanKop, pad: Path) -> None:
    """Write the perspectiefplan of one jeugdige to `pad` (atomically)."""
    schrijf_bytes_atomair(Path(pad), perspectiefplan_pdf_bytes(casus, jeugdige, kop))


def plan_pdf_bytes(casus: dict[str, Any], kop: PlanKop, jeugdige: str | None = None) -> bytes:
    """The familiegroepsplan (no `jeugdige`) or the perspectiefplan of `jeugdige`, as bytes."""
    if jeugdige is None:
        return familiegroepsplan_pdf_bytes(casus, kop)
    return perspectiefplan_pdf_bytes(casus, jeugdige, kop)


# Shared with the veiligheidsplan PDF (rapporten/veiligheidsplan_pdf.py): the same header,
# version lines, signature block and page furniture.
bouw_plan = _bouw
kopgegevens = _kopgegevens
handtekeningen = _handtekeningen
leeftijd_op = _leeftijd
