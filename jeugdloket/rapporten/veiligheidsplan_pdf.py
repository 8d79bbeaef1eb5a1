"""The veiligheidsplan as PDF (issue 15), in the house style of the other plans.

Input is one case in the exchange format (its `veiligheidsplan`) and a `PlanKop` (version,
vastgesteld or concept, who was there, consultant, print date). Like the other plans it goes to
the family and the professionals around it: names and what was agreed, never a BSN, birth date
or address. It ends with signatures of the parents, jeugdigen of 12 and older, the consultant,
the provider and the aandachtsfunctionaris.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from jeugdloket.bestanden import schrijf_bytes_atomair
from jeugdloket.rapporten.pdf_opmaak import (
    MARGE_LINKS,
    MARGE_RECHTS,
    NIET_INGEVULD,
    RIJ_SPLITSEN_VANAF,
    Personen,
    Stijlen,
    alineas,
    als_markup,
    datum_nl,
    gegevens,
    is_leeg,
    kop2,
    lijststijl,
    maak_stijlen,
    schoon,
)
from jeugdloket.rapporten.plannen_pdf import (
    ONDERTEKEN_LEEFTIJD,
    PlanKop,
    bouw_plan,
    handtekeningen,
    kopgegevens,
    leeftijd_op,
)

__all__ = ["veiligheidsplan_pdf", "veiligheidsplan_pdf_bytes"]


def _afspraken(afspraken: list[Any], st: Stijlen) -> list[Flowable]:
    """Als het misgaat | wie doet wat | wie controleert: one row per agreement."""
    rijen = [a for a in afspraken if isinstance(a, dict)]
    if not rijen:
        return [Paragraph(NIET_INGEVULD, st.leeg)]
    kop = ("Als dit gebeurt", "Wie doet wat", "Wie controleert")
    data: list[list[Any]] = [[Paragraph(k, st.celkop) for k in kop]]
    for a in rijen:
        wie_wat = " – ".join(schoon(a[k]) for k in ("wie", "wat") if not is_leeg(a.get(k)))
        data.append(
            [
                Paragraph(
                    als_markup(a.get("signaal")) if not is_leeg(a.get("signaal")) else "–", st.cel
                ),
                Paragraph(als_markup(wie_wat) or "–", st.cel),
                Paragraph(
                    als_markup(a.get("controle")) if not is_leeg(a.get("controle")) else "–", st.cel
                ),
            ]
        )
    breedte = A4[0] - MARGE_LINKS - MARGE_RECHTS
    tabel = Table(
        data,
        colWidths=[breedte * 0.3, breedte * 0.45, breedte * 0.25],
        repeatRows=1,
        splitInRow=RIJ_SPLITSEN_VANAF,
        hAlign="LEFT",
    )
    tabel.setStyle(lijststijl())
    return [Spacer(1, 2), tabel, Spacer(1, 6)]


def _verhaal(casus: dict[str, Any], kop: PlanKop) -> list[Flowable]:
    st = maak_stijlen()
    personen = Personen(casus, kop.consulent)
    plan: dict[str, Any] = casus.get("veiligheidsplan") or {}
    jeugdigen = personen.met_rol("jeugdige")

    verhaal: list[Flowable] = [Paragraph("Veiligheidsplan", st.titel)]
    namen = [personen.naam_van(p) for p in jeugdigen if personen.naam_van(p)]
    if namen:
        ondertitel = "Zo zorgen we samen dat " + (
            namen[0] if len(namen) == 1 else ", ".join(namen[:-1]) + " en " + namen[-1]
        )
        ondertitel += " veilig " + ("is" if len(namen) == 1 else "zijn")
        verhaal.append(Paragraph(escape(ondertitel), st.ondertitel))
    verhaal.append(Spacer(1, 8))
    eerste = [
        ("Opgesteld op", escape(datum_nl(plan.get("opgesteld_op")) or NIET_INGEVULD)),
        ("Evaluatie op", escape(datum_nl(plan.get("evaluatie_op")) or NIET_INGEVULD)),
    ]
    for sleutel, label in (
        ("aanbieder", "Aanbieder"),
        ("aandachtsfunctionaris", "Aandachtsfunctionaris"),
    ):
        if not is_leeg(plan.get(sleutel)):
            eerste.append((label, escape(schoon(plan[sleutel]))))
    verhaal += [gegevens(kopgegevens(kop, casus, eerste), st), Spacer(1, 10)]
    verhaal.append(
        Paragraph(
            "Dit plan is gemaakt door het gezin, het netwerk, de jeugdconsulent, de aanbieder en "
            "de aandachtsfunctionaris huiselijk geweld en kindermishandeling. Er staat in wat "
            "we zorgelijk vinden, wat er moet gebeuren om het veilig genoeg te maken en wie wat "
            "doet als het misgaat.",
            st.tekst,
        )
    )
    verhaal += kop2("Waar maken we ons zorgen over?", st)
    verhaal += alineas(plan.get("zorgen"), st.tekst, st.leeg)
    verhaal += kop2("Wat moet er gebeuren om het veilig genoeg te maken?", st)
    verhaal += alineas(plan.get("veiligheidsdoelen"), st.tekst, st.leeg)
    verhaal += kop2("Onze afspraken: wie doet wat als het misgaat, en wie controleert", st, 60)
    verhaal += _afspraken(plan.get("afspraken") or [], st)
    verhaal += kop2("Wat doet ons netwerk?", st)
    verhaal += alineas(plan.get("rol_netwerk"), st.tekst, st.leeg)
    verhaal += kop2("Wanneer kijken we of het werkt?", st)
    evaluatie = datum_nl(plan.get("evaluatie_op"))
    verhaal.append(
        Paragraph(
            escape(
                f"Op {evaluatie} bespreken we samen of de afspraken werken en of het veilig "
                "genoeg is."
                if evaluatie
                else NIET_INGEVULD
            ),
            st.tekst if evaluatie else st.leeg,
        )
    )

    tekenaars: list[tuple[str, str]] = []
    for p in jeugdigen:
        jaren = leeftijd_op(p.get("geboortedatum"), kop.gemaakt_op)
        if jaren is None or jaren >= ONDERTEKEN_LEEFTIJD:
            tekenaars.append((personen.naam_van(p) or str(p.get("id", "")), "jeugdige"))
    for p in personen.met_rol("ouder", "verzorger"):
        tekenaars.append((personen.naam_van(p) or str(p.get("id", "")), str(p.get("rol"))))
    tekenaars.append((schoon(kop.consulent), "jeugdconsulent"))
    if not is_leeg(plan.get("aanbieder")):
        tekenaars.append((schoon(plan["aanbieder"]), "aanbieder"))
    if not is_leeg(plan.get("aandachtsfunctionaris")):
        tekenaars.append(
            (
                schoon(plan["aandachtsfunctionaris"]),
                "aandachtsfunctionaris huiselijk geweld en kindermishandeling",
            )
        )
    verhaal += handtekeningen(
        tekenaars,
        "Met onze handtekening laten we zien dat we deze afspraken samen hebben gemaakt en "
        "dat we ons eraan houden.",
        st,
    )
    return verhaal


def veiligheidsplan_pdf_bytes(casus: dict[str, Any], kop: PlanKop) -> bytes:
    """The veiligheidsplan of one case (exchange format) as PDF bytes."""
    nummer = schoon(casus.get("casusnummer") or "")
    return bouw_plan(
        _verhaal(casus, kop),
        kop,
        "Veiligheidsplan",
        nummer,
        titel=f"Veiligheidsplan {nummer}".strip(),
        onderwerp=(
            "Veiligheidsplan: zorgen, veiligheidsdoelen en afspraken, "
            f"gemeente {schoon(kop.gemeente)}"
        ),
    )


def veiligheidsplan_pdf(casus: dict[str, Any], kop: PlanKop, pad: Path) -> None:
    """Write the veiligheidsplan of one case to `pad` (atomically)."""
    schrijf_bytes_atomair(Path(pad), veiligheidsplan_pdf_bytes(casus, kop))
