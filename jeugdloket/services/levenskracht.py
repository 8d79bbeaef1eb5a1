"""Levenskracht (verkennen, and the network of verdiepen): the scores per leefgebied and who is
close to the family. One short transaction per call, as the UI saves each field.
"""

import uuid
from typing import Any

from sqlalchemy import delete, select
from sqlmodel import Session

from jeugdloket.db import Database
from jeugdloket.fouten import Validatiefout
from jeugdloket.models import LeefgebiedScore, Netwerklid
from jeugdloket.regels.codelijsten import leefgebieden
from jeugdloket.regels.intake import NABIJHEID, score_fout
from jeugdloket.services import alleen_velden, rechten
from jeugdloket.services.intake import LeefgebiedData, intake_rij, persoon_van_casus, schoon
from jeugdloket.services.rechten import Actie as Handeling
from jeugdloket.services.velden import (
    controleer_velden,
    echt_gewijzigd,
    eigen_wijzigingen,
    met_herhaling,
    noteer_velden,
)
from jeugdloket.taal import vertaal

# ---------------------------------------------------------------- verkennen

LEEFGEBIED_VELDEN = ("gaat_goed", "zorgen", "score_inwoner", "score_metgezel", "inwoner_id")


@rechten.casus(Handeling.WIJZIGING)
def zet_leefgebied(
    db: Database,
    casus_id: uuid.UUID,
    sleutel: str,
    velden: dict[str, Any],
    basis: dict[str, Any] | None = None,
) -> LeefgebiedData:
    """Save fields of one leefgebied; `basis` as in casussen.wijzig_casus (per-field
    concurrency: a colleague's edit of another field is kept, of the same one a VeldConflict)."""
    alleen_velden(velden, LEEFGEBIED_VELDEN, "geen leefgebiedveld")
    velden = {k: schoon(v) for k, v in velden.items()}
    fouten = {}
    for veld, naam in (
        ("score_inwoner", vertaal("Score inwoner")),
        ("score_metgezel", vertaal("Score metgezel")),
    ):
        if veld in velden:
            melding = score_fout(velden[veld])
            if melding:
                fouten[veld] = vertaal("{naam} {melding}", naam=naam, melding=melding)
    if sleutel not in leefgebieden():
        fouten["leefgebied"] = vertaal(
            "'{sleutel}' is geen leefgebied van dit team", sleutel=sleutel
        )
    if fouten:
        raise Validatiefout(fouten)

    def werk(s: Session) -> LeefgebiedData:
        if "inwoner_id" in velden:
            persoon_van_casus(s, casus_id, velden["inwoner_id"], "inwoner")
        intake_rij(s, casus_id)
        rij = s.execute(
            select(LeefgebiedScore).where(
                LeefgebiedScore.casus_id == casus_id, LeefgebiedScore.leefgebied == sleutel
            )
        ).scalar_one_or_none()
        if rij is None:
            rij = LeefgebiedScore(
                casus_id=casus_id, leefgebied=sleutel, volgorde=list(leefgebieden()).index(sleutel)
            )
            s.add(rij)
        if basis is not None:
            controleer_velden(s, "leefgebied_score", rij, velden, basis)
        echt = echt_gewijzigd(rij, velden)
        for k in echt:
            setattr(rij, k, velden[k])
        s.flush()
        noteer_velden(s, "leefgebied_score", rij.id, casus_id, echt, db.gebruiker)
        return LeefgebiedData(
            sleutel,
            leefgebieden()[sleutel],
            rij.gaat_goed,
            rij.zorgen,
            rij.score_inwoner,
            rij.score_metgezel,
            rij.inwoner_id,
        )

    return met_herhaling(db, werk, vertaal("Dit leefgebied"))


# ---------------------------------------------------------------- verdiepen: network


@rechten.casus(Handeling.WIJZIGING)
def zet_netwerklid(
    db: Database,
    casus_id: uuid.UUID,
    persoon_id: uuid.UUID,
    nabijheid: int,
    bijdrage: str | None = None,
    basis: dict[str, Any] | None = None,
) -> None:
    """Add a person to the network or change how close they are and what they bring;
    `basis` ({"nabijheid": .., "bijdrage": ..}, either) as in casussen.wijzig_casus."""
    if nabijheid not in NABIJHEID:
        raise Validatiefout({"nabijheid": vertaal("Nabijheid moet dichtbij, midden of veraf zijn")})
    alle = {"nabijheid": nabijheid, "bijdrage": schoon(bijdrage)}

    def werk(s: Session) -> None:
        persoon_van_casus(s, casus_id, persoon_id, "persoon")
        intake_rij(s, casus_id)
        rij = s.execute(
            select(Netwerklid).where(
                Netwerklid.casus_id == casus_id, Netwerklid.persoon_id == persoon_id
            )
        ).scalar_one_or_none()
        velden = alle
        if rij is None:
            rij = Netwerklid(casus_id=casus_id, persoon_id=persoon_id)
            s.add(rij)
        elif basis is not None:
            # Only what this user changed: the other field may be a colleague's meanwhile.
            velden = eigen_wijzigingen(alle, basis)
            controleer_velden(s, "netwerklid", rij, velden, basis)
        echt = echt_gewijzigd(rij, velden)
        for k in echt:
            setattr(rij, k, velden[k])
        s.flush()
        noteer_velden(s, "netwerklid", rij.id, casus_id, echt, db.gebruiker)

    met_herhaling(db, werk, vertaal("Dit netwerklid"))


@rechten.casus(Handeling.WIJZIGING)
def verwijder_netwerklid(db: Database, casus_id: uuid.UUID, persoon_id: uuid.UUID) -> None:
    with db.sessie() as s:
        s.execute(
            delete(Netwerklid).where(
                Netwerklid.casus_id == casus_id, Netwerklid.persoon_id == persoon_id
            )
        )
