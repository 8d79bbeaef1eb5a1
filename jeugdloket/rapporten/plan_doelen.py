"""One plan story in the plan PDFs: the goals from the verklarende analyse in the family's own
words, each with its routekaart (wie doet wat wanneer), the help (toewijzingen) linked to it and
how the last evaluation scored it. Used by the familiegroepsplan and the perspectiefplan.

Input is one case in the exchange format; nothing but names and what was written is printed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from jeugdloket.rapporten.pdf_opmaak import (
    GRIJS,
    NIET_INGEVULD,
    Personen,
    Stijlen,
    actietabel,
    als_datum,
    als_markup,
    datum_nl,
    is_leeg,
    kop3,
    schoon,
)
from jeugdloket.regels.codelijsten import codelijst

__all__ = ["doelen_met_routekaart", "hulp_tekst"]

_BESLUIT = {
    "doorgaan": "we gaan door",
    "aanpassen": "de hulp is aangepast",
    "afschalen": "de hulp wordt minder",
    "beeindigen": "de hulp stopt",
}


def _objecten(waarde: Any) -> list[dict[str, Any]]:
    return [x for x in waarde if isinstance(x, dict)] if isinstance(waarde, list) else []


def hulp_tekst(t: dict[str, Any]) -> str:
    """'Ambulante gezinsbegeleiding bij De Vlinder, 2 uur per week, loopt sinds 1 december 2026'."""
    wat = schoon(t.get("product") or "") or codelijst("JZ020").get(
        str(t.get("productcategorie") or ""), "Hulp"
    )
    tekst = wat
    if not is_leeg(t.get("aanbieder")):
        tekst += f" bij {schoon(t['aanbieder'])}"
    if t.get("volume") is not None and not is_leeg(t.get("eenheid")):
        eenheid = codelijst("WJ756").get(str(t["eenheid"]), "").lower()
        frequentie = codelijst("WMO757").get(str(t.get("frequentie") or ""), "").lower()
        tekst += f", {t['volume']} {eenheid} {frequentie}".rstrip()
    status, ingang, einde = t.get("status"), t.get("ingangsdatum"), t.get("einddatum")
    if status == "aangevraagd":
        tekst += ", aangevraagd"
    elif status == "beeindigd":
        tekst += f", gestopt op {datum_nl(einde)}" if not is_leeg(einde) else ", gestopt"
    elif status == "gestart" and not is_leeg(ingang):
        tekst += f", loopt sinds {datum_nl(ingang)}"
        if not is_leeg(einde):
            tekst += f" tot {datum_nl(einde)}"
    return tekst


def _laatste_evaluatie(casus: dict[str, Any], doel_id: str) -> str | None:
    """'Evaluatie van 1 maart 2027: wij geven een 7, de consulent een 6. “…”' (the newest)."""
    beste = None
    for e in _objecten(casus.get("evaluaties")):
        for d in _objecten(e.get("doelen")):
            if str(d.get("doel")) == doel_id:
                datum = als_datum(e.get("datum"))
                if datum is not None and (beste is None or datum >= beste[0]):
                    beste = (datum, d)
    if beste is None:
        return None
    datum, d = beste
    delen = []
    if d.get("score_gezin") is not None:
        delen.append(f"wij geven een {d['score_gezin']}")
    if d.get("score_consulent") is not None:
        delen.append(f"de consulent een {d['score_consulent']}")
    zin = f"Evaluatie van {datum_nl(datum)}"
    zin += ": " + ", ".join(delen) + "." if delen else "."
    if not is_leeg(d.get("woorden_gezin")):
        zin += f" “{schoon(d['woorden_gezin'])}”"
    return zin


def _besluiten(casus: dict[str, Any], toewijzing_id: Any) -> str | None:
    if is_leeg(toewijzing_id):
        return None
    laatste = None
    for e in _objecten(casus.get("evaluaties")):
        for b in _objecten(e.get("besluiten")):
            if b.get("toewijzing") == toewijzing_id:
                datum = als_datum(e.get("datum"))
                if datum is not None and (laatste is None or datum >= laatste[0]):
                    laatste = (datum, b)
    if laatste is None:
        return None
    datum, b = laatste
    return f"bij de evaluatie van {datum_nl(datum)}: {_BESLUIT.get(b.get('besluit'), '')}"


def doelen_met_routekaart(
    casus: dict[str, Any],
    personen: Personen,
    st: Stijlen,
    refs: Sequence[Any] | None = None,
    jeugdige: str | None = None,
) -> list[Flowable]:
    """Per goal (those in `refs`, else every goal of the analysis, by priority): the goal in the
    family's words, when it is good enough, the routekaart and the linked help (of `jeugdige`
    only, when given: a perspectiefplan shows no brother's or sister's care)."""
    analyse = casus.get("verklarende_analyse") or {}
    doelen = _objecten(analyse.get("doelen"))
    if refs:
        per_id = {str(d.get("id")): d for d in doelen}
        doelen = [per_id.get(str(r).strip(), {"id": r, "omschrijving": r}) for r in refs]
    else:
        doelen = sorted(doelen, key=lambda d: d.get("prioriteit") or 99)
    if not doelen:
        return [Paragraph(NIET_INGEVULD, st.leeg)]
    toewijzingen = [
        t
        for t in _objecten(casus.get("toewijzingen"))
        if t.get("status") != "afgewezen" and (jeugdige is None or t.get("jeugdige") == jeugdige)
    ]
    grijs = GRIJS.hexval()[2:]
    uit: list[Flowable] = []
    for nummer, doel in enumerate(doelen, start=1):
        doel_id = str(doel.get("id"))
        tekst = schoon(doel.get("omschrijving") or "") or doel_id
        kop = [Paragraph(f"Doel {nummer}: {als_markup(tekst)}", st.kop3)]
        if not is_leeg(doel.get("goed_genoeg")):
            kop.append(
                Paragraph(
                    f'<font color="#{grijs}">Goed genoeg als: {als_markup(doel["goed_genoeg"])}'
                    "</font>",
                    st.tekst,
                )
            )
        tabel, nodig = actietabel(_objecten(doel.get("acties")), personen, st)
        uit += [KeepTogether(kop), *kop3("Wie doet wat en wanneer?", st, daarna=nodig), *tabel]
        hulp = []
        for t in toewijzingen:
            if str(t.get("doel")) != doel_id:
                continue
            regel = hulp_tekst(t)
            besluit = _besluiten(casus, t.get("id"))
            hulp.append(regel + (f" ({besluit})" if besluit else ""))
        regels = [Paragraph(escape(h), st.opsomming, bulletText="•") for h in hulp] or [
            Paragraph("Geen hulp van een aanbieder bij dit doel.", st.leeg)
        ]
        # The heading never stays behind alone at the foot of a page.
        uit.append(KeepTogether([Paragraph("<b>Hulp bij dit doel</b>", st.tekst), regels[0]]))
        uit += regels[1:]
        evaluatie = _laatste_evaluatie(casus, doel_id)
        if evaluatie:
            uit.append(Paragraph(f"<i>{escape(evaluatie)}</i>", st.tekst))
    return uit
