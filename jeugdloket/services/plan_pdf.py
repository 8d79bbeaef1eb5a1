"""A plan as PDF for the family: the familiegroepsplan, a jeugdige's perspectiefplan or the
veiligheidsplan.

Above `plannen` and `uitwisseling`: the PDF is drawn from the case as the exchange format writes
it, and the export is noted on the case.
"""

import uuid
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from jeugdloket.db import Database
from jeugdloket.fouten import Validatiefout
from jeugdloket.models import Casus, Medewerker, PlanExport, PlanVersie
from jeugdloket.services import plannen as plannen_dienst
from jeugdloket.services import rechten, uitwisseling
from jeugdloket.services import veiligheidsplan as veiligheidsplan_dienst
from jeugdloket.services.rechten import Actie as Handeling
from jeugdloket.taal import vertaal


@rechten.casus(Handeling.AFDRUK, "plan als PDF")
def maak_pdf(
    db: Database,
    casus_id: uuid.UUID,
    soort: str,
    pad: Path,
    jeugdige_ref: str | None = None,
) -> plannen_dienst.PdfStand:
    """Write the plan as PDF for the family and note the export on the case."""
    # Lazy: reportlab takes a while to load and only this action needs it.
    from jeugdloket.rapporten.plannen_pdf import PlanKop, familiegroepsplan_pdf, perspectiefplan_pdf

    if soort == "veiligheidsplan":
        return _veiligheidsplan(db, casus_id, Path(pad))
    data = plannen_dienst.plannen(db, casus_id)
    if soort == "perspectiefplan":
        if jeugdige_ref not in {j.ref for j in data.jeugdigen}:
            raise Validatiefout(
                {
                    "jeugdige": vertaal(
                        "'{jeugdige_ref}' is geen jeugdige van deze casus",
                        jeugdige_ref=jeugdige_ref,
                    )
                }
            )
        if jeugdige_ref not in data.perspectiefplannen:
            raise Validatiefout(
                {"perspectiefplan": vertaal("Er is nog geen perspectiefplan voor deze jeugdige")}
            )
    elif soort == "familiegroepsplan":
        if not data.familiegroepsplan:
            raise Validatiefout({"familiegroepsplan": vertaal("Er is nog geen familiegroepsplan")})
    else:
        raise Validatiefout(
            {
                "soort": vertaal(
                    "Soort '{soort}' bestaat niet: familiegroepsplan, perspectiefplan of "
                    "veiligheidsplan",
                    soort=soort,
                )
            }
        )
    stand = plannen_dienst.pdf_stand(data, soort, jeugdige_ref)
    # The vastgestelde content if the plan was not changed since; otherwise the current text as a concept.
    huidig = plannen_dienst.plan_inhoud(data, soort, jeugdige_ref)
    stand, consulent = _stand_en_consulent(db, casus_id, soort, jeugdige_ref, huidig, stand)
    casus = uitwisseling.exporteer(db, [data.casusnummer])["casussen"][0]
    kop = PlanKop(
        gemeente=data.gemeente,
        team=f"Jeugdteam {data.gemeente}",
        versie=stand.versie,
        vastgesteld_op=stand.vastgesteld_op,
        aanwezig=list(stand.aanwezig),
        consulent=consulent or "",
        gemaakt_op=date.today(),
    )
    if soort == "familiegroepsplan":
        familiegroepsplan_pdf(casus, kop, Path(pad))
    else:
        perspectiefplan_pdf(casus, jeugdige_ref, kop, Path(pad))
    _noteer_export(db, casus_id, soort, jeugdige_ref, stand, pad)
    return stand


def _stand_en_consulent(
    db: Database,
    casus_id: uuid.UUID,
    soort: str,
    jeugdige_ref: str | None,
    huidig: dict,
    stand: plannen_dienst.PdfStand,
) -> tuple[plannen_dienst.PdfStand, str | None]:
    """The version the PDF shows (a concept of the next one when the plan changed since it was
    vastgesteld), and the consultant's name."""
    with db.sessie() as s:
        laatste = (
            s.execute(
                select(PlanVersie)
                .where(
                    PlanVersie.casus_id == casus_id,
                    PlanVersie.soort == soort,
                    PlanVersie.jeugdige_ref.is_(None)
                    if jeugdige_ref is None
                    else PlanVersie.jeugdige_ref == jeugdige_ref,
                )
                .order_by(PlanVersie.versie.desc())
            )
            .scalars()
            .first()
        )
        gewijzigd = laatste is None or laatste.inhoud != huidig
        consulent = s.execute(
            select(Medewerker.naam)
            .join(Casus, Casus.consulent_id == Medewerker.id)
            .where(Casus.id == casus_id)
        ).scalar()
    if gewijzigd and laatste is not None:
        stand = plannen_dienst.PdfStand(stand.versie + 1, None, ())
    return stand, consulent


def _noteer_export(
    db: Database,
    casus_id: uuid.UUID,
    soort: str,
    jeugdige_ref: str | None,
    stand: plannen_dienst.PdfStand,
    pad: Path,
) -> None:
    with db.sessie() as s:
        s.add(
            PlanExport(
                casus_id=casus_id,
                soort=soort,
                jeugdige_ref=jeugdige_ref,
                versie=stand.versie if stand.vastgesteld_op else None,
                gemaakt_op=datetime.now().replace(microsecond=0),
                door=db.gebruiker,
                bestand=str(pad),
            )
        )


def _veiligheidsplan(db: Database, casus_id: uuid.UUID, pad: Path) -> plannen_dienst.PdfStand:
    # Lazy, as above: reportlab only for this action.
    from jeugdloket.rapporten.plannen_pdf import PlanKop
    from jeugdloket.rapporten.veiligheidsplan_pdf import veiligheidsplan_pdf

    data = veiligheidsplan_dienst.veiligheidsplan(db, casus_id)
    if not data.plan:
        raise Validatiefout({"veiligheidsplan": vertaal("Er is nog geen veiligheidsplan")})
    stand, consulent = _stand_en_consulent(
        db, casus_id, "veiligheidsplan", None, data.plan, veiligheidsplan_dienst.pdf_stand(data)
    )
    casus = uitwisseling.exporteer(db, [data.casusnummer])["casussen"][0]
    kop = PlanKop(
        gemeente=data.gemeente,
        team=f"Jeugdteam {data.gemeente}",
        versie=stand.versie,
        vastgesteld_op=stand.vastgesteld_op,
        aanwezig=list(stand.aanwezig),
        consulent=consulent or "",
        gemaakt_op=date.today(),
    )
    veiligheidsplan_pdf(casus, kop, pad)
    _noteer_export(db, casus_id, "veiligheidsplan", None, stand, pad)
    return stand
