# Annotations are evaluated eagerly here on purpose (no PEP 563 postponement): SQLModel needs the real types.
"""Safety of a case: meldcode trajects (the five steps of the Meldcode huiselijk geweld en
kindermishandeling, with the two decisions of step 5) and the veiligheidsplan."""

import uuid
from datetime import date
from typing import Any

from sqlalchemy import JSON, Column, ForeignKey, UniqueConstraint, Uuid
from sqlmodel import Field

from jeugdloket.models.base import Bewerkbaar, IsoDatum
from jeugdloket.models.intake import _casus_fk


class MeldcodeTraject(Bewerkbaar, table=True):
    """One run through the meldcode; open until `afgerond_op` (the case list shows a signal)."""

    __tablename__ = "meldcode_traject"
    __table_args__ = (UniqueConstraint("casus_id", "nummer"),)

    casus_id: uuid.UUID = _casus_fk()
    nummer: int  # 1, 2, … within the case
    gestart_op: date = Field(sa_column=Column(IsoDatum, nullable=False))
    afgerond_op: date | None = Field(default=None, sa_column=Column(IsoDatum))
    # Step 5, the two decisions: each ja/nee with its reasoning.
    melden_noodzakelijk: bool | None = None
    melden_toelichting: str | None = None
    gemeld_op: date | None = Field(default=None, sa_column=Column(IsoDatum))  # at Veilig Thuis
    hulp_mogelijk: bool | None = None
    hulp_toelichting: str | None = None
    extra: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))


class MeldcodeStap(Bewerkbaar, table=True):
    """One of the five steps of a traject: when, who, and the reasoning."""

    __tablename__ = "meldcode_stap"
    __table_args__ = (UniqueConstraint("traject_id", "stap"),)

    casus_id: uuid.UUID = _casus_fk()  # for the row-level security of the team register
    traject_id: uuid.UUID = Field(
        sa_column=Column(
            Uuid, ForeignKey("meldcode_traject.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    stap: int  # 1..5
    datum: date | None = Field(default=None, sa_column=Column(IsoDatum))
    wie: str | None = Field(default=None, max_length=200)
    rol: str | None = Field(default=None, max_length=100)
    toelichting: str | None = None
    afwegingen: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))  # step 4
    extra: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))


class Veiligheidsplan(Bewerkbaar, table=True):
    """What makes it unsafe, what must happen, the concrete agreements and who is involved.
    Vastgestelde versions are kept as PlanVersie rows of soort 'veiligheidsplan'."""

    __tablename__ = "veiligheidsplan"
    __table_args__ = (UniqueConstraint("casus_id"),)

    casus_id: uuid.UUID = _casus_fk()
    opgesteld_op: date | None = Field(default=None, sa_column=Column(IsoDatum))
    zorgen: str | None = None
    veiligheidsdoelen: str | None = None
    afspraken: list[dict] | None = Field(default=None, sa_column=Column(JSON))
    rol_netwerk: str | None = None
    aanbieder: str | None = Field(default=None, max_length=200)
    aandachtsfunctionaris: str | None = Field(default=None, max_length=200)
    evaluatie_op: date | None = Field(default=None, sa_column=Column(IsoDatum))
    extra: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
