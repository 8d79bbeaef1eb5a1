"""The evaluations of a case in the exchange format: the optional key `evaluaties` (version 1).

```json
"evaluaties": [
  {"id": "e1", "datum": "2027-03-01", "deelnemers": ["p2"], "aanbieder_aanwezig": true,
   "samenvatting": "…",
   "doelen": [{"doel": "d1", "score_gezin": 6, "score_consulent": 5,
               "woorden_gezin": "…", "woorden_consulent": "…"}],
   "besluiten": [{"toewijzing": "t1", "besluit": "aanpassen", "toelichting": "…",
                  "gevolg": {"volume": 1}, "uitgevoerd_op": "2027-03-01T10:15:00"}]}
]
```

A decision refers to a toewijzing by its `id` (an optional key of a toewijzing). `gevolg` is a
record of what the decision changed; the toewijzingen in the same document already show it,
so an import does not carry it out again. Keys the app does not know are kept per object.
"""

import uuid
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, select
from sqlmodel import Session

from jeugdloket.models import Evaluatie, EvaluatieBesluit, EvaluatieDoel
from jeugdloket.regels.evaluatie import dag

KOP = ("datum", "deelnemers", "aanbieder_aanwezig", "samenvatting")
DOEL = ("score_gezin", "score_consulent", "woorden_gezin", "woorden_consulent")
BESLUIT = ("besluit", "toelichting", "gevolg", "uitgevoerd_op")


def _waarde(v: Any) -> Any:
    if isinstance(v, datetime):
        return v.replace(microsecond=0).isoformat()
    if isinstance(v, date):
        return v.isoformat()
    return v


def _zonder_leeg(d: Mapping[str, Any]) -> dict[str, Any]:
    return {k: _waarde(v) for k, v in d.items() if v is not None and v != [] and v != {}}


def naar_document(s: Session, casus_id: uuid.UUID) -> list[dict[str, Any]] | None:
    """The case's evaluations in the exchange format, oldest first (None: there are none)."""
    rijen = list(
        s.execute(
            select(Evaluatie)
            .where(Evaluatie.casus_id == casus_id)
            .order_by(Evaluatie.datum, Evaluatie.ref)
        ).scalars()
    )
    if not rijen:
        return None
    ids = [e.id for e in rijen]
    doelen: dict[uuid.UUID, list[EvaluatieDoel]] = {}
    for d in s.execute(
        select(EvaluatieDoel)
        .where(EvaluatieDoel.evaluatie_id.in_(ids))
        .order_by(EvaluatieDoel.volgorde, EvaluatieDoel.doel_ref)
    ).scalars():
        doelen.setdefault(d.evaluatie_id, []).append(d)
    besluiten: dict[uuid.UUID, list[EvaluatieBesluit]] = {}
    for b in s.execute(
        select(EvaluatieBesluit)
        .where(EvaluatieBesluit.evaluatie_id.in_(ids))
        .order_by(EvaluatieBesluit.volgorde)
    ).scalars():
        besluiten.setdefault(b.evaluatie_id, []).append(b)
    return [
        _zonder_leeg(
            {
                "id": e.ref,
                **{k: getattr(e, k) for k in KOP},
                "doelen": [
                    _zonder_leeg(
                        {"doel": d.doel_ref, **{k: getattr(d, k) for k in DOEL}, **(d.extra or {})}
                    )
                    for d in doelen.get(e.id, [])
                ],
                "besluiten": [
                    _zonder_leeg(
                        {
                            "toewijzing": b.toewijzing_ref,
                            **{k: getattr(b, k) for k in BESLUIT},
                            **(b.extra or {}),
                        }
                    )
                    for b in besluiten.get(e.id, [])
                ],
                **(e.extra or {}),
            }
        )
        for e in rijen
    ]


def _dag_of_moment(v: Any) -> Any:
    if isinstance(v, str) and len(v) > 10:
        return datetime.fromisoformat(v)
    if isinstance(v, str):
        return date.fromisoformat(v)
    return v


def normaliseer(lijst: list[dict[str, Any]] | None) -> list[dict[str, Any]] | None:
    """An (already checked) exchange part as `naar_document` gives it back after import."""
    if not lijst:
        return None
    uit = []
    for e in lijst:
        e = dict(e)
        e["doelen"] = [_zonder_leeg(d) for d in e.get("doelen") or []]
        e["besluiten"] = [
            _zonder_leeg({**b, "uitgevoerd_op": _dag_of_moment(b.get("uitgevoerd_op"))})
            for b in e.get("besluiten") or []
        ]
        e["datum"] = dag(e.get("datum"))
        uit.append(_zonder_leeg(e))
    return uit


def _extra(obj: Mapping[str, Any], bekend: set[str]) -> dict[str, Any] | None:
    return {k: v for k, v in obj.items() if k not in bekend} or None


def uit_document(s: Session, casus_id: uuid.UUID, lijst: list[dict[str, Any]] | None) -> None:
    """Replace the case's evaluations by the (already checked) exchange part; an unchanged
    part is left alone (ids and versions stay)."""
    if naar_document(s, casus_id) == normaliseer(lijst):
        return
    s.execute(delete(Evaluatie).where(Evaluatie.casus_id == casus_id))
    s.flush()
    for e in lijst or []:
        rij = Evaluatie(
            casus_id=casus_id,
            ref=e["id"],
            datum=dag(e["datum"]),
            deelnemers=e.get("deelnemers") or None,
            aanbieder_aanwezig=e.get("aanbieder_aanwezig"),
            samenvatting=e.get("samenvatting"),
            extra=_extra(e, {"id", *KOP, "doelen", "besluiten"}),
        )
        s.add(rij)
        s.flush()
        for i, d in enumerate(e.get("doelen") or [], start=1):
            s.add(
                EvaluatieDoel(
                    casus_id=casus_id,
                    evaluatie_id=rij.id,
                    doel_ref=d["doel"],
                    volgorde=i,
                    **{k: d.get(k) for k in DOEL},
                    extra=_extra(d, {"doel", *DOEL}),
                )
            )
        for i, b in enumerate(e.get("besluiten") or [], start=1):
            s.add(
                EvaluatieBesluit(
                    casus_id=casus_id,
                    evaluatie_id=rij.id,
                    toewijzing_ref=b["toewijzing"],
                    volgorde=i,
                    besluit=b["besluit"],
                    toelichting=b.get("toelichting"),
                    gevolg=b.get("gevolg") or None,
                    uitgevoerd_op=_dag_of_moment(b.get("uitgevoerd_op")),
                    extra=_extra(b, {"toewijzing", *BESLUIT}),
                )
            )
    s.flush()


__all__ = ["naar_document", "normaliseer", "uit_document"]
