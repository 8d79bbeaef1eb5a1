"""The plan in one glance: per goal of the analysis one line factor → goal → action →
toewijzing → evaluation, so the consultant and the family see the whole story of the case.

A read model over the analysis (`intake`), the toewijzingen (linked to a goal by `doel_ref`,
chosen in the toewijzing form) and the evaluations.
"""

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from jeugdloket.db import Database
from jeugdloket.models import Toewijzing
from jeugdloket.regels.evaluatie import BESLUITEN
from jeugdloket.services import evaluatie as evaluatie_dienst
from jeugdloket.services import rechten
from jeugdloket.services.evaluatie import toewijzing_tekst
from jeugdloket.services.intake import lees_intake
from jeugdloket.services.rechten import Actie as Handeling
from jeugdloket.services.toewijzingen import status_tekst


@dataclass(slots=True)
class PlanLijn:
    doel_ref: str
    prioriteit: int
    doel: str  # in the family's words
    factoren: list[str] = field(default_factory=list)
    acties: list[str] = field(default_factory=list)  # "wie: wat (wanneer)"
    toewijzingen: list[str] = field(default_factory=list)  # "product – aanbieder (status)"
    evaluatie: str | None = None  # "01-03-2027: gezin 7, consulent 6; besluit …"
    evaluatie_id: uuid.UUID | None = None


def _wanneer(tekst: str | None) -> str:
    if not tekst:
        return ""
    try:
        return f" ({date.fromisoformat(tekst[:10]):%d-%m-%Y})"
    except ValueError:
        return f" ({tekst})"


@rechten.casus(Handeling.INZAGE)
def planlijnen(db: Database, casus_id: uuid.UUID) -> list[PlanLijn]:
    """One line per goal, by priority (empty when the analysis has no goals yet)."""
    with db.sessie() as s:
        data = lees_intake(s, casus_id)
        factoren = {f.id: f for f in data.factoren}
        toewijzingen = list(
            s.execute(
                select(Toewijzing)
                .where(Toewijzing.casus_id == casus_id, Toewijzing.status != "afgewezen")
                .order_by(Toewijzing.volgorde)
            ).scalars()
        )
        evaluaties = evaluatie_dienst.lees_evaluaties(s, casus_id)  # newest first
    uit = []
    for d in sorted(data.doelen, key=lambda d: d.prioriteit):
        lijn = PlanLijn(d.ref, d.prioriteit, (d.omschrijving or "").strip() or d.ref)
        for fid in d.factor_ids:
            f = factoren.get(fid)
            if f is not None:
                lijn.factoren.append(f"{f.type}: {(f.omschrijving or f.ref).strip()}")
        for a in d.acties:
            wie = a.wie or ("consulent" if a.door_consulent else "–")
            lijn.acties.append(f"{wie}: {(a.wat or '').strip() or '…'}{_wanneer(a.wanneer)}")
        refs = set()
        for t in toewijzingen:
            if t.doel_ref == d.ref:
                lijn.toewijzingen.append(f"{toewijzing_tekst(t)} ({status_tekst(t.status)})")
                if t.ref:
                    refs.add(t.ref)
        for e in evaluaties:
            score = next((x for x in e.doelen if x.doel_ref == d.ref and x.id is not None), None)
            besluiten = [b for b in e.besluiten if b.toewijzing_ref in refs]
            if score is None and not besluiten:
                continue
            delen = []
            if score is not None and score.score_gezin is not None:
                delen.append(f"gezin {score.score_gezin}")
            if score is not None and score.score_consulent is not None:
                delen.append(f"consulent {score.score_consulent}")
            if besluiten:
                delen.append(
                    "besluit: " + ", ".join(BESLUITEN.get(b.besluit, b.besluit) for b in besluiten)
                )
            lijn.evaluatie = f"{e.datum:%d-%m-%Y}: " + "; ".join(delen or ["besproken"])
            lijn.evaluatie_id = e.id
            break
        uit.append(lijn)
    return uit


__all__ = ["PlanLijn", "planlijnen"]
