"""The export of toewijzingen to the municipality's back office (an xlsx with the JW301 fields).

This is personal data leaving the application, so it is one guarded use case with its own
access-log entry per case (NEN 7513); recording and changing toewijzingen is in `toewijzingen`.
"""

from datetime import date
from pathlib import Path

from sqlalchemy import select

from jeugdloket.db import Database
from jeugdloket.fouten import Validatiefout
from jeugdloket.models import Casus, Persoon, Toewijzing
from jeugdloket.rapporten.toewijzingen import BackofficeRegel, schrijf_backoffice
from jeugdloket.regels.toewijzing import OVERGANGEN
from jeugdloket.regels.zoeken import volledige_naam
from jeugdloket.services import rechten
from jeugdloket.services.rechten import Actie as Handeling
from jeugdloket.services.toewijzingen import KOLOMMEN as ALLE_KOLOMMEN
from jeugdloket.services.toewijzingen import status_tekst
from jeugdloket.taal import vertaal

# The toewijzing's id within the case (t1) is the app's own: not part of the back office's row.
KOLOMMEN = tuple(k for k in ALLE_KOLOMMEN if k != "ref")


def _status_filter(status: str | None) -> None:
    if status is not None and status not in OVERGANGEN:
        raise Validatiefout(
            {
                "status": vertaal(
                    "Status '{status}' bestaat niet; kies uit {lijst}",
                    status=status,
                    lijst=", ".join(OVERGANGEN),
                )
            }
        )


@rechten.handeling(
    Handeling.EXPORT, rollen=rechten.CASUSROLLEN, omschrijving="toewijzingen naar de backoffice"
)
def exporteer_backoffice(
    db: Database,
    pad: str | Path,
    status: str | None = None,
    vanaf: date | None = None,
    ook_zonder_toestemming: bool = False,
) -> tuple[int, int]:
    """Write the toewijzingen with their JW301 fields (and the jeugdige's BSN) to an xlsx for
    the municipality's back office. Returns (written, left out for lack of consent).

    Only toewijzingen with the family's recorded consent, unless `ook_zonder_toestemming`;
    `status` keeps one status, `vanaf` those with an aanvraagdatum on or after that day.
    This is the one place where this export of personal data happens: the access log
    (NEN 7513) hooks in here.
    """

    _status_filter(status)
    t, c, p = Toewijzing.__table__.c, Casus.__table__.c, Persoon.__table__.c
    q = (
        select(
            c.casusnummer,
            c.gemeente,
            p.bsn,
            p.geboortedatum,
            p.voornaam,
            p.tussenvoegsel,
            p.achternaam,
            *[t[k] for k in KOLOMMEN],
            c.id,
        )
        .select_from(Toewijzing.__table__)
        .join(Casus.__table__, c.id == t.casus_id)
        .outerjoin(Persoon.__table__, (p.casus_id == t.casus_id) & (p.ref == t.jeugdige_ref))
        .order_by(c.casusnummer, t.volgorde)
    )
    if status is not None:
        q = q.where(t.status == status)
    if vanaf is not None:
        q = q.where(t.aanvraagdatum >= vanaf.isoformat())
    # A consulent exports the toewijzingen of the cases they may open; a coördinator all.
    voorwaarde = rechten.casusfilter(rechten.huidige_actor())
    if voorwaarde is not None:
        q = q.where(voorwaarde)
    regels, zonder, gelogd = [], 0, set()
    with db.sessie() as s:
        for r in s.execute(q):
            w = dict(zip(KOLOMMEN, r[7:-1], strict=True))
            if w["toestemming_op"] is None and not ook_zonder_toestemming:
                zonder += 1
                continue
            if r[-1] not in gelogd:  # one export entry per case
                gelogd.add(r[-1])
                rechten.noteer(r[-1], r[0])
            naam = volledige_naam({"voornaam": r[4], "tussenvoegsel": r[5], "achternaam": r[6]})
            regels.append(
                BackofficeRegel(
                    casusnummer=r[0],
                    gemeente=r[1],
                    bsn=r[2],
                    geboortedatum=r[3],
                    naam=naam or w["jeugdige_ref"],
                    **w,
                )
            )
    schrijf_backoffice(
        regels,
        Path(pad),
        filter_tekst=_filter_tekst(status, vanaf, ook_zonder_toestemming),
        door=db.gebruiker,
    )
    return len(regels), zonder


def _filter_tekst(status: str | None, vanaf: date | None, ook_zonder: bool) -> str:
    delen = ["alle toewijzingen" if ook_zonder else "alleen toewijzingen met toestemming"]
    if status:
        delen.append(f"status {status_tekst(status)}")
    if vanaf:
        delen.append(f"aanvraagdatum vanaf {vanaf:%d-%m-%Y}")
    return "; ".join(delen)
