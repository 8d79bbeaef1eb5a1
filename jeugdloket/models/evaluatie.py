# Annotations are evaluated eagerly here on purpose (no PEP 563 postponement): SQLModel needs the real types.
"""The evaluation of the help (after three months, and again every three months while it runs).

One `Evaluatie` per conversation with the family and the provider; per goal of the analysis
the family's and the consultant's score and words (`EvaluatieDoel`); per toewijzing the
decision (`EvaluatieBesluit`) and what it changed in the toewijzing. Goals and toewijzingen
are referred to by their refs within the case (d1, t1), as the exchange format does: a
re-import that replaces the toewijzingen keeps the evaluation readable.
"""

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column, ForeignKey, UniqueConstraint, Uuid
from sqlmodel import Field

from jeugdloket.models.base import Bewerkbaar, IsoDatum
from jeugdloket.models.intake import _casus_fk


def _evaluatie_fk() -> Any:
    return Field(
        sa_column=Column(
            Uuid, ForeignKey("evaluatie.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )


class Evaluatie(Bewerkbaar, table=True):
    __tablename__ = "evaluatie"
    __table_args__ = (UniqueConstraint("casus_id", "ref"),)

    casus_id: uuid.UUID = _casus_fk()
    ref: str = Field(max_length=50)  # e1, e2 … within the case
    datum: date = Field(sa_column=Column(IsoDatum, nullable=False))
    deelnemers: list[str] | None = Field(default=None, sa_column=Column(JSON))  # person refs
    aanbieder_aanwezig: bool | None = None
    samenvatting: str | None = None
    extra: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))


class EvaluatieDoel(Bewerkbaar, table=True):
    """How far one goal is, in the family's and in the consultant's eyes (scores 1–10)."""

    __tablename__ = "evaluatie_doel"
    __table_args__ = (UniqueConstraint("evaluatie_id", "doel_ref"),)

    casus_id: uuid.UUID = _casus_fk()
    evaluatie_id: uuid.UUID = _evaluatie_fk()
    doel_ref: str = Field(max_length=50)
    volgorde: int = Field(default=0)
    score_gezin: int | None = None
    score_consulent: int | None = None
    woorden_gezin: str | None = None
    woorden_consulent: str | None = None
    extra: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))


class EvaluatieBesluit(Bewerkbaar, table=True):
    """What is decided for one toewijzing, and the change of the toewijzing it led to."""

    __tablename__ = "evaluatie_besluit"
    __table_args__ = (UniqueConstraint("evaluatie_id", "toewijzing_ref"),)

    casus_id: uuid.UUID = _casus_fk()
    evaluatie_id: uuid.UUID = _evaluatie_fk()
    toewijzing_ref: str = Field(max_length=50)
    volgorde: int = Field(default=0)
    besluit: str = Field(max_length=20)  # doorgaan | aanpassen | afschalen | beeindigen
    toelichting: str | None = None
    # The toewijzing's fields as the decision set them ({"volume": 1} or {"status": "beeindigd",
    # "einddatum": …, "reden_beeindiging": "31"}), and when that change was made.
    gevolg: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    uitgevoerd_op: datetime | None = Field(default=None, sa_column=Column(IsoDatum))
    extra: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
