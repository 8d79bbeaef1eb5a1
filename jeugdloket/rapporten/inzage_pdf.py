"""The readable PDF of an inzage (AVG art. 15): everything about one person, for that person.

Input is the exchange document of the cases the person appears in (the same document that is
handed over as JSON), which person that is in each case, and per case the access log and the
bewaartermijn. The layout is the plan PDF's (jeugdloket.rapporten.pdf_opmaak): DejaVu Sans
embedded, a header on every page, "pagina X van Y", nl-NL metadata. The metadata and the file
name carry no name of the person: the file may lie in a mail box or a download folder.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
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
    RIJ_SPLITSEN_VANAF,
    VET,
    Personen,
    Stijlen,
    actietabel,
    alineas,
    als_markup,
    bouw_a4,
    datum_nl,
    gegevens,
    is_leeg,
    kop2,
    kop3,
    lijststijl,
    maak_stijlen,
    opsomming,
    passend,
    registreer_lettertype,
    schoon,
    teken_voet,
)
from jeugdloket.rapporten.plannen_pdf import GEBIEDEN
from jeugdloket.regels.codelijsten import (
    KADER,
    ROLLEN_PERSOON,
    SOORT_CONTACT,
    SOORT_VRAAG,
    codelijst,
    leefgebieden,
)

MARGE_BOVEN = 32 * mm
BREEDTE = A4[0] - MARGE_LINKS - MARGE_RECHTS

FACTORTYPEN = {
    "predisponerend": "Wat kwetsbaar maakt (predisponerend)",
    "uitlokkend": "Waarom nu (uitlokkend)",
    "instandhoudend": "Wat het in stand houdt (instandhoudend)",
    "beschermend": "Wat helpt en beschermt (beschermend)",
}
NABIJHEID = {1: "dichtbij", 2: "midden", 3: "veraf"}
TOEWIJZING_STATUS = {
    "aangevraagd": "aangevraagd",
    "gestart": "gestart",
    "beeindigd": "beëindigd",
    "afgewezen": "afgewezen",
}
FGP_STATUS = {"aangeboden": "aangeboden", "opgesteld": "opgesteld", "afgezien": "afgezien"}


@dataclass(frozen=True)
class Logregel:
    moment: datetime
    medewerker: str
    wat: str
    reden: str | None = None


@dataclass(frozen=True)
class InzageKop:
    """What the PDF needs besides the exchange document."""

    gemaakt_op: date
    # Per casusnummer: the person's ref in that case (None: the whole case was asked for).
    persoon_per_casus: dict[str, str | None]
    # Per casusnummer: the access log, oldest first (None: the app keeps no log).
    logboek: dict[str, list[Logregel] | None] = field(default_factory=dict)
    bewaren_tot: dict[str, date | None] = field(default_factory=dict)
    team: str = "Jeugdteam"


# --------------------------------------------------------------------------- small blocks


def _tabel(
    koppen: Sequence[str], rijen: Sequence[Sequence[str]], breedtes: Sequence[float], st: Stijlen
) -> Table:
    """A table with a tinted header row that breaks across pages with the header repeated."""
    data: list[list[Any]] = [[Paragraph(escape(k), st.celkop) for k in koppen]]
    for rij in rijen:
        data.append([Paragraph(als_markup(c) if not is_leeg(c) else "–", st.cel) for c in rij])
    tabel = Table(
        data,
        colWidths=[BREEDTE * b for b in breedtes],
        repeatRows=1,
        splitInRow=RIJ_SPLITSEN_VANAF,
        hAlign="LEFT",
    )
    tabel.setStyle(lijststijl())
    return tabel


def _rijen(paren: Sequence[tuple[str, Any]]) -> list[tuple[str, str]]:
    """Label/value pairs for the facts block, empty values left out, values escaped."""
    return [(label, als_markup(waarde)) for label, waarde in paren if not is_leeg(waarde)]


def _code(lijst: str, waarde: Any) -> str | None:
    if is_leeg(waarde):
        return None
    omschrijving = codelijst(lijst).get(str(waarde))
    return f"{omschrijving} ({waarde})" if omschrijving else str(waarde)


def _ja_nee(waarde: Any) -> str | None:
    if waarde is None:
        return None
    return "ja" if waarde else "nee"


def _adres(p: dict[str, Any]) -> str | None:
    straat = " ".join(schoon(p[k]) for k in ("straat", "huisnummer") if not is_leeg(p.get(k)))
    plaats = "  ".join(schoon(p[k]) for k in ("postcode", "woonplaats") if not is_leeg(p.get(k)))
    regels = [r for r in (straat, plaats) if r]
    return ", ".join(regels) or None


def _rol(p: dict[str, Any]) -> str:
    rol = ROLLEN_PERSOON.get(str(p.get("rol") or ""), str(p.get("rol") or ""))
    relatie = _code("COD472", p.get("relatie"))
    return f"{rol}, {relatie}" if relatie else rol


def persoonsgegevens(p: dict[str, Any]) -> list[tuple[str, Any]]:
    """Every field the app keeps about a person, in the words of the form."""
    return [
        ("Naam", Personen.naam_van(p) or None),
        ("Rol in het dossier", _rol(p)),
        ("Geboortedatum", datum_nl(p.get("geboortedatum")) or None),
        ("BSN", p.get("bsn")),
        ("Geslacht", _code("COD046", p.get("geslacht"))),
        ("Gezag", _ja_nee(p.get("gezag"))),
        ("Telefoon", p.get("telefoon")),
        ("E-mail", p.get("email")),
        ("Adres", _adres(p)),
    ]


def _datum_tijd(waarde: Any) -> str:
    if isinstance(waarde, str) and "T" in waarde:
        dag, tijd = waarde.split("T", 1)
        return f"{datum_nl(dag)}, {tijd[:5]}"
    return datum_nl(waarde)


# --------------------------------------------------------------------------- one case


def _aanmelding(
    casus: dict[str, Any], consulenten: dict[str, str], tot: date | None, st: Stijlen
) -> list[Flowable]:
    consulent = casus.get("consulent")
    paren = [
        ("Gemeente", casus.get("gemeente")),
        ("Consulent", consulenten.get(str(consulent), consulent) if consulent else None),
        ("Aangemeld op", _datum_tijd(casus.get("aanmelddatum"))),
        ("Verwezen door", _code("COD327", casus.get("verwijzer"))),
        ("Soort vraag", SOORT_VRAAG.get(str(casus.get("soort_vraag")), casus.get("soort_vraag"))),
        ("Kader", KADER.get(str(casus.get("kader")), casus.get("kader"))),
        ("Eerste contact", _datum_tijd(casus.get("eerste_contact")) or None),
        ("Afgesloten op", datum_nl(casus.get("afgesloten_op")) or None),
        ("Reden afsluiting", _code("JZ588", casus.get("reden_afsluiting"))),
        (
            "Bewaard tot en met",
            datum_nl(tot) if tot else "20 jaar nadat de hulp is beëindigd",
        ),
    ]
    uit: list[Flowable] = [gegevens(_rijen(paren), st), Spacer(1, 4)]
    uit += kop3("Hulpvraag", st)
    uit += alineas(casus.get("hulpvraag"), st.tekst, st.leeg)
    return uit


def _personen(casus: dict[str, Any], ref: str | None, st: Stijlen) -> list[Flowable]:
    personen = [p for p in casus.get("personen") or [] if isinstance(p, dict)]
    uit: list[Flowable] = []
    zelf = next((p for p in personen if str(p.get("id")) == str(ref)), None) if ref else None
    if zelf is not None:
        uit += kop3("Uw gegevens in dit dossier", st)
        uit += [gegevens(_rijen(persoonsgegevens(zelf)), st), Spacer(1, 4)]
    anderen = [p for p in personen if p is not zelf]
    if anderen:
        uit += kop3("Anderen in dit dossier" if zelf is not None else "Personen in dit dossier", st)
        # Of others only name and role: their details are their own (AVG art. 15 lid 4).
        uit += opsomming(
            [f"{Personen.naam_van(p) or p.get('id')} – {_rol(p)}" for p in anderen], st
        )
    return uit


def _contactmomenten(
    casus: dict[str, Any], consulenten: dict[str, str], st: Stijlen
) -> list[Flowable]:
    momenten = [m for m in casus.get("contactmomenten") or [] if isinstance(m, dict)]
    uit = kop3("Contactmomenten", st)
    if not momenten:
        return [*uit, Paragraph("Geen contactmomenten vastgelegd.", st.leeg)]
    # "Door" only when the app knew who: imported notes often do not say.
    door = any(not is_leeg(m.get("medewerker")) for m in momenten)
    rijen = [
        (
            _datum_tijd(m.get("datum")),
            SOORT_CONTACT.get(str(m.get("soort")), m.get("soort") or ""),
            *(
                [consulenten.get(str(m.get("medewerker")), m.get("medewerker") or "")]
                if door
                else []
            ),
            m.get("notitie") or "",
        )
        for m in momenten
    ]
    if door:
        return [
            *uit,
            _tabel(("Wanneer", "Soort", "Door", "Notitie"), rijen, (0.19, 0.23, 0.17, 0.41), st),
        ]
    return [*uit, _tabel(("Wanneer", "Soort", "Notitie"), rijen, (0.2, 0.23, 0.57), st)]


def _levenskracht(casus: dict[str, Any], personen: Personen, st: Stijlen) -> list[Flowable]:
    lk = casus.get("levenskracht")
    if not isinstance(lk, dict) or not lk:
        return []
    uit = kop2("Levenskracht: waar staat u nu?", st)
    if not is_leeg(lk.get("metgezel")):
        uit.append(
            Paragraph(als_markup(f"Metgezel: {personen.omschrijving(lk['metgezel'])}"), st.tekst)
        )
    namen = leefgebieden()
    rijen = []
    for g in lk.get("leefgebieden") or []:
        if not isinstance(g, dict):
            continue
        scores = " / ".join(
            str(g[k]) if g.get(k) is not None else "–" for k in ("score_inwoner", "score_metgezel")
        )
        rijen.append(
            (
                namen.get(str(g.get("leefgebied")), str(g.get("leefgebied") or "")),
                scores,
                g.get("gaat_goed") or "",
                g.get("zorgen") or "",
            )
        )
    if rijen:
        uit.append(
            _tabel(
                ("Leefgebied", "Score (zelf / metgezel)", "Wat gaat goed", "Zorgen"),
                rijen,
                (0.22, 0.16, 0.31, 0.31),
                st,
            )
        )
    for sleutel, titel in (("draagkracht", "Draagkracht"), ("draaglast", "Draaglast")):
        if not is_leeg(lk.get(sleutel)):
            uit += kop3(titel, st)
            uit += alineas(lk[sleutel], st.tekst, st.leeg)
    netwerk = [n for n in lk.get("netwerk") or [] if isinstance(n, dict)]
    if netwerk:
        uit += kop3("Netwerk", st)
        uit += opsomming(
            [
                f"{personen.omschrijving(n.get('persoon'))}: "
                f"{NABIJHEID.get(n.get('nabijheid'), 'midden')}"
                + (f" – {schoon(n['bijdrage'])}" if not is_leeg(n.get("bijdrage")) else "")
                for n in netwerk
            ],
            st,
        )
    return uit


def _analyse(casus: dict[str, Any], personen: Personen, st: Stijlen) -> list[Flowable]:
    va = casus.get("verklarende_analyse")
    if not isinstance(va, dict) or not va:
        return []
    uit = kop2("Verklarende analyse", st)
    feiten = _rijen(
        [
            ("Datum", datum_nl(va.get("datum")) or None),
            ("Afgerond op", datum_nl(va.get("afgerond_op")) or None),
            ("Gemaakt door", va.get("auteur")),
            ("Samen met", ", ".join(personen.naam(r) for r in va.get("deelnemers") or []) or None),
        ]
    )
    if feiten:
        uit += [gegevens(feiten, st), Spacer(1, 4)]
    if not is_leeg(va.get("samenvatting")):
        uit += kop3("In gewone woorden", st)
        uit += alineas(va["samenvatting"], st.tekst, st.leeg)
    factoren = [f for f in va.get("factoren") or [] if isinstance(f, dict)]
    per_id = {str(f.get("id")): f for f in factoren}
    for soort, titel in FACTORTYPEN.items():
        van_soort = [f for f in factoren if f.get("type") == soort]
        if van_soort:
            uit += kop3(titel, st)
            uit += opsomming([schoon(f.get("omschrijving") or f.get("id")) for f in van_soort], st)
    samenhang = [s for s in va.get("samenhang") or [] if isinstance(s, dict)]
    if samenhang:
        uit += kop3("Hoe het samenhangt", st)
        regels = []
        for s in samenhang:
            van = per_id.get(str(s.get("van")), {}).get("omschrijving") or s.get("van")
            naar = per_id.get(str(s.get("naar")), {}).get("omschrijving") or s.get("naar")
            regel = f"{schoon(van)} → {schoon(naar)}"
            if not is_leeg(s.get("toelichting")):
                regel += f" ({schoon(s['toelichting'])})"
            regels.append(regel)
        uit += opsomming(regels, st)
    doelen = [d for d in va.get("doelen") or [] if isinstance(d, dict)]
    if doelen:
        uit += kop2("Doelen en routekaart", st)
        for d in sorted(doelen, key=lambda d: d.get("prioriteit") or 99):
            uit += kop3(
                f"Doel {d.get('prioriteit') or ''}: {schoon(d.get('omschrijving') or '')}", st
            )
            if not is_leeg(d.get("goed_genoeg")):
                uit.append(Paragraph(als_markup(f"Goed genoeg als: {d['goed_genoeg']}"), st.tekst))
            tabel, _ = actietabel(d.get("acties") or [], personen, st)
            uit += tabel
    return uit


def _familiegroepsplan(casus: dict[str, Any], personen: Personen, st: Stijlen) -> list[Flowable]:
    fgp = casus.get("familiegroepsplan")
    if not isinstance(fgp, dict) or not fgp:
        return []
    uit = kop2("Familiegroepsplan", st)
    feiten = _rijen(
        [
            ("Aangeboden op", datum_nl(fgp.get("aangeboden_op")) or None),
            ("Aangeboden door", fgp.get("aangeboden_door")),
            ("Stand", FGP_STATUS.get(str(fgp.get("status")), fgp.get("status"))),
            ("Opgesteld op", datum_nl(fgp.get("opgesteld_op")) or None),
            ("Reden afgezien", fgp.get("reden_afgezien")),
            (
                "Wie doen mee",
                ", ".join(
                    [personen.naam(r) for r in fgp.get("deelnemers") or []]
                    + [schoon(n) for n in fgp.get("nieuwe_deelnemers") or [] if not is_leeg(n)]
                )
                or None,
            ),
        ]
    )
    if feiten:
        uit += [gegevens(feiten, st), Spacer(1, 4)]
    for sleutel, titel in (
        ("uitleg", "Hoe het aanbod is uitgelegd"),
        ("wat_is_er_aan_de_hand", "Wat is er aan de hand?"),
        ("wat_willen_we_bereiken", "Wat willen we bereiken?"),
        ("wat_doen_we_zelf", "Wat doen we zelf?"),
        ("hulp_van_professionals", "Welke hulp van professionals is nodig?"),
        ("afspraken_veiligheid", "Afspraken over veiligheid"),
        ("evaluatie", "Evaluatie"),
    ):
        if not is_leeg(fgp.get(sleutel)):
            uit += kop3(titel, st)
            uit += alineas(fgp[sleutel], st.tekst, st.leeg)
    netwerk = fgp.get("wat_doet_ons_netwerk") or []
    if netwerk:
        tabel, nodig = actietabel(netwerk, personen, st)
        uit += kop3("Wat doet ons netwerk?", st, daarna=nodig)
        uit += tabel
    return uit


def _perspectiefplannen(casus: dict[str, Any], personen: Personen, st: Stijlen) -> list[Flowable]:
    uit: list[Flowable] = []
    for plan in casus.get("perspectiefplannen") or []:
        if not isinstance(plan, dict):
            continue
        uit += kop2(f"Perspectiefplan van {personen.naam(plan.get('jeugdige'))}", st)
        if not is_leeg(plan.get("opgesteld_op")):
            uit.append(
                Paragraph(escape(f"Opgesteld op {datum_nl(plan['opgesteld_op'])}"), st.tekst)
            )
        if not is_leeg(plan.get("eigen_woorden")):
            uit.append(Paragraph(als_markup(plan["eigen_woorden"]), st.citaat))
        for g in plan.get("gebieden") or []:
            if not isinstance(g, dict):
                continue
            uit += kop3(GEBIEDEN.get(str(g.get("gebied")), str(g.get("gebied") or "Overig")), st)
            for sleutel, vraag in (("nu", "Nu"), ("wens_na_18", "Wens na 18"), ("nodig", "Nodig")):
                if not is_leeg(g.get(sleutel)):
                    uit.append(Paragraph(als_markup(f"{vraag}: {g[sleutel]}"), st.tekst))
            if g.get("acties"):
                tabel, _ = actietabel(g["acties"], personen, st)
                uit += tabel
        for sleutel, titel in (
            ("hulp_komende_twee_jaar", "Hulp in de komende twee jaar"),
            ("hulp_na_18", "Hulp na 18"),
            ("overdracht", "Overdracht"),
        ):
            if not is_leeg(plan.get(sleutel)):
                uit += kop3(titel, st)
                uit += alineas(plan[sleutel], st.tekst, st.leeg)
    return uit


def _toewijzingen(casus: dict[str, Any], personen: Personen, st: Stijlen) -> list[Flowable]:
    lijst = [t for t in casus.get("toewijzingen") or [] if isinstance(t, dict)]
    if not lijst:
        return []
    rijen = []
    for t in lijst:
        product = t.get("product") or _code("JZ020", t.get("productcategorie")) or ""
        if not is_leeg(t.get("productcode")):
            product += f", product {t['productcode']}"
        periode = " t/m ".join(
            datum_nl(t[k]) for k in ("ingangsdatum", "einddatum") if not is_leeg(t.get(k))
        )
        rijen.append(
            (
                personen.naam(t.get("jeugdige")),
                product,
                t.get("aanbieder")
                or (f"AGB {t['aanbieder_agb']}" if t.get("aanbieder_agb") else ""),
                TOEWIJZING_STATUS.get(str(t.get("status")), str(t.get("status") or "")),
                periode or f"aangevraagd {datum_nl(t.get('aanvraagdatum'))}",
            )
        )
    return [
        *kop2("Hulp en toewijzingen", st),
        _tabel(
            ("Voor", "Hulp", "Aanbieder", "Stand", "Periode"),
            rijen,
            (0.22, 0.23, 0.17, 0.18, 0.20),
            st,
        ),
    ]


def _logboek(regels: list[Logregel] | None, st: Stijlen) -> list[Flowable]:
    uit = kop2("Wie heeft dit dossier ingezien of gewijzigd?", st)
    if regels is None:
        return [*uit, Paragraph("Van dit dossier is geen logboek bijgehouden.", st.leeg)]
    if not regels:
        return [*uit, Paragraph("Het logboek vermeldt niets over dit dossier.", st.leeg)]
    rijen = [
        (
            f"{datum_nl(r.moment)}, {r.moment:%H:%M}",
            r.medewerker,
            r.wat + (f" – reden: {r.reden}" if r.reden else ""),
        )
        for r in regels
    ]
    return [*uit, _tabel(("Wanneer", "Medewerker", "Wat"), rijen, (0.26, 0.28, 0.46), st)]


def _casus(casus: dict[str, Any], kop: InzageKop, consulenten: dict[str, str]) -> list[Flowable]:
    st = maak_stijlen()
    nummer = str(casus.get("casusnummer") or "")
    consulent = consulenten.get(str(casus.get("consulent")), "")
    personen = Personen(casus, consulent)
    uit = kop2(f"Dossier {nummer}", st)
    uit += _aanmelding(casus, consulenten, kop.bewaren_tot.get(nummer), st)
    uit += _personen(casus, kop.persoon_per_casus.get(nummer), st)
    uit += _contactmomenten(casus, consulenten, st)
    uit += _levenskracht(casus, personen, st)
    uit += _analyse(casus, personen, st)
    uit += _familiegroepsplan(casus, personen, st)
    uit += _perspectiefplannen(casus, personen, st)
    uit += _toewijzingen(casus, personen, st)
    uit += _logboek(kop.logboek.get(nummer), st)
    return uit


# --------------------------------------------------------------------------- the document


def _verhaal(doc: dict[str, Any], kop: InzageKop) -> list[Flowable]:
    st = maak_stijlen()
    casussen = [c for c in doc.get("casussen") or [] if isinstance(c, dict)]
    consulenten = {
        str(m.get("gebruikersnaam")): str(m.get("naam") or m.get("gebruikersnaam"))
        for m in doc.get("medewerkers") or []
        if isinstance(m, dict)
    }
    # The person as recorded in the newest case (the same BSN may carry an older address).
    zelf = None
    for casus in reversed(casussen):
        ref = kop.persoon_per_casus.get(str(casus.get("casusnummer")))
        zelf = next(
            (p for p in casus.get("personen") or [] if ref and str(p.get("id")) == str(ref)), None
        )
        if zelf:
            break
    nummers = ", ".join(str(c.get("casusnummer")) for c in casussen)
    verhaal: list[Flowable] = [
        Paragraph("Uw gegevens bij het jeugdteam", st.titel),
        Paragraph(
            escape(f"Inzage volgens de AVG (artikel 15), gemaakt op {datum_nl(kop.gemaakt_op)}"),
            st.ondertitel,
        ),
        Spacer(1, 8),
    ]
    feiten = [("Over", Personen.naam_van(zelf) if zelf else "het hele dossier")]
    if zelf is not None:
        feiten += [
            ("Geboortedatum", datum_nl(zelf.get("geboortedatum")) or None),
            ("BSN", zelf.get("bsn")),
        ]
    feiten.append(("Dossiers" if len(casussen) != 1 else "Dossier", nummers))
    verhaal += [gegevens(_rijen(feiten), st), Spacer(1, 10)]
    verhaal += [
        Paragraph(
            "U heeft gevraagd welke gegevens het jeugdteam over u heeft vastgelegd. Hieronder "
            "staat alles wat daarover in ons registratiesysteem staat, per dossier: de "
            "aanmelding, de gesprekken, wat u samen met ons over uw situatie heeft "
            "vastgelegd, de plannen, de hulp die is ingezet, en wie het dossier heeft "
            "ingezien of gewijzigd. Van anderen in het dossier staan alleen naam en rol.",
            st.tekst,
        ),
        Paragraph(
            "Klopt er iets niet of ontbreekt er iets? Dan mag u vragen het te verbeteren of "
            "aan te vullen (AVG artikel 16). Een jeugddossier wordt 20 jaar bewaard nadat de "
            "hulp is beëindigd (Jeugdwet artikel 7.3.8); daarna wordt het vernietigd. De "
            "gegevens staan ook in het bijgevoegde bestand in het uitwisselingsformaat "
            "(JSON), zodat u ze aan een andere hulpverlener kunt geven.",
            st.tekst,
        ),
    ]
    for casus in casussen:
        verhaal += _casus(casus, kop, consulenten)
    return verhaal


@dataclass(frozen=True)
class _Opmaak:
    team: str
    gemaakt_op: date

    def kop(self, c: Canvas, _doc: BaseDocTemplate) -> None:
        breedte, hoogte = A4
        links, rechts = MARGE_LINKS, breedte - MARGE_RECHTS
        c.saveState()
        y = hoogte - 15 * mm
        c.setFillColor(ACCENT)
        c.drawString(links, y, passend(c, schoon(self.team), VET, 10, (rechts - links) * 0.7))
        c.setFont(VET, 9)
        c.drawRightString(rechts, y, "Inzage in uw gegevens")
        c.setFillColor(GRIJS)
        c.setFont(GEWOON, 8.5)
        c.drawString(links, y - 12, "Vertrouwelijk: persoonsgegevens")
        c.setStrokeColor(LIJN)
        c.setLineWidth(0.6)
        c.line(links, y - 20, rechts, y - 20)
        c.restoreState()

    def voet(self, c: Canvas, nummer: int, totaal: int) -> None:
        teken_voet(c, f"Gemaakt op {datum_nl(self.gemaakt_op)}  ·  AVG artikel 15", nummer, totaal)


def inzage_pdf_bytes(doc: dict[str, Any], kop: InzageKop) -> bytes:
    """The inzage of the cases in `doc` (exchange format) as PDF bytes."""
    registreer_lettertype()
    opmaak = _Opmaak(kop.team, kop.gemaakt_op)
    buffer = io.BytesIO()
    nummers = [str(c.get("casusnummer")) for c in doc.get("casussen") or []]
    bouw_a4(
        buffer,
        _verhaal(doc, kop),
        PageTemplate(id="inzage", onPage=opmaak.kop),
        opmaak.voet,
        title="Inzage in uw gegevens",
        author=schoon(kop.team),
        subject=f"Inzage AVG artikel 15, dossier {', '.join(nummers)}",
        keywords=["inzage", "AVG"],
    )
    return buffer.getvalue()


def inzage_pdf(doc: dict[str, Any], kop: InzageKop, pad: Path) -> None:
    """Write the inzage PDF to `pad` (atomically: never half a file)."""
    schrijf_bytes_atomair(Path(pad), inzage_pdf_bytes(doc, kop))


__all__ = [
    "InzageKop",
    "Logregel",
    "NIET_INGEVULD",
    "inzage_pdf",
    "inzage_pdf_bytes",
    "persoonsgegevens",
]
