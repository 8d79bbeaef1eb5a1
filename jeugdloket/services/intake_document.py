"""The intake parts of the exchange format: levenskracht and verklarende_analyse of a case as
a document (`naar_document`), and written back from one (`uit_document`).
"""

import uuid
from datetime import date
from typing import Any

from sqlalchemy import delete, select
from sqlmodel import Session

from jeugdloket.models import (
    Actie,
    Doel,
    DoelFactor,
    Factor,
    Intake,
    LeefgebiedScore,
    Netwerklid,
    Samenhang,
)
from jeugdloket.services.intake import ActieData, intake_rij, lees_intake

# ---------------------------------------------------------------- exchange format


def _zonder_leeg(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None and v != [] and v != {}}


def _iso(v: Any) -> Any:
    return v.isoformat() if isinstance(v, date) else v


def naar_document(s: Session, casus_id: uuid.UUID) -> tuple[dict | None, dict | None]:
    """(levenskracht, verklarende_analyse) of a case in the exchange format (None when empty)."""
    data = lees_intake(s, casus_id)
    kop = intake_rij(s, casus_id, maken=False)
    refs = {p.id: p.ref for p in data.personen}
    factor_refs = {f.id: f.ref for f in data.factoren}
    scores = list(
        s.execute(
            select(LeefgebiedScore)
            .where(LeefgebiedScore.casus_id == casus_id)
            .order_by(LeefgebiedScore.volgorde, LeefgebiedScore.leefgebied)
        ).scalars()
    )
    extra_per_id = {}
    for model in (Factor, Samenhang, Doel):
        for rid, ex in s.execute(select(model.id, model.extra).where(model.casus_id == casus_id)):
            extra_per_id[rid] = ex or {}
    doel_ids = [d.id for d in data.doelen]
    if doel_ids:
        for rid, ex in s.execute(select(Actie.id, Actie.extra).where(Actie.doel_id.in_(doel_ids))):
            extra_per_id[rid] = ex or {}
    netwerk_extra = {
        n.persoon_id: n.extra or {}
        for n in s.execute(select(Netwerklid).where(Netwerklid.casus_id == casus_id)).scalars()
    }

    lk = _zonder_leeg(
        {
            "metgezel": refs.get(data.metgezel_id),
            "draagkracht": data.draagkracht,
            "draaglast": data.draaglast,
            "leefgebieden": [
                _zonder_leeg(
                    {
                        "leefgebied": lg.leefgebied,
                        "score_inwoner": lg.score_inwoner,
                        "score_metgezel": lg.score_metgezel,
                        "gaat_goed": lg.gaat_goed,
                        "zorgen": lg.zorgen,
                        "inwoner": refs.get(lg.inwoner_id),
                        **(lg.extra or {}),
                    }
                )
                for lg in scores
            ],
            "netwerk": [
                _zonder_leeg(
                    {
                        "persoon": refs.get(n.persoon_id),
                        "nabijheid": n.nabijheid,
                        "bijdrage": n.bijdrage,
                        **netwerk_extra.get(n.persoon_id, {}),
                    }
                )
                for n in data.netwerk
            ],
            **((kop.extra_levenskracht if kop else None) or {}),
        }
    )

    def actie(a: ActieData) -> dict:
        return _zonder_leeg(
            {
                "wie": refs.get(a.wie_id),
                "door_consulent": True if a.door_consulent else None,
                "wat": a.wat,
                "wanneer": a.wanneer,
                "status": a.status,
                **extra_per_id.get(a.id, {}),
            }
        )

    va = _zonder_leeg(
        {
            "afgerond_op": _iso(data.afgerond_op),
            "datum": _iso(data.analyse_datum),
            "auteur": data.auteur,
            "auteur_rol": data.auteur_rol,
            "deelnemers": list(data.deelnemers) or None,
            "samenvatting": data.samenvatting,
            "factoren": [
                _zonder_leeg(
                    {
                        "id": f.ref,
                        "type": f.type,
                        "niveau": f.niveau,
                        "leefgebied": f.leefgebied,
                        "omschrijving": f.omschrijving,
                        "bron": f.bron,
                        "herkend": f.herkend,
                        "x": f.x,
                        "y": f.y,
                        **extra_per_id.get(f.id, {}),
                    }
                )
                for f in data.factoren
            ],
            "samenhang": [
                _zonder_leeg(
                    {
                        "van": factor_refs[r.van_id],
                        "naar": factor_refs[r.naar_id],
                        "toelichting": r.toelichting,
                        **extra_per_id.get(r.id, {}),
                    }
                )
                for r in data.samenhang
            ],
            "doelen": [
                _zonder_leeg(
                    {
                        "id": d.ref,
                        "prioriteit": d.prioriteit,
                        "omschrijving": d.omschrijving,
                        "goed_genoeg": d.goed_genoeg,
                        "factoren": [factor_refs[f] for f in d.factor_ids],
                        "acties": [actie(a) for a in d.acties],
                        **extra_per_id.get(d.id, {}),
                    }
                )
                for d in data.doelen
            ],
            **((kop.extra_analyse if kop else None) or {}),
        }
    )
    return (lk or None), (va or None)


def uit_document(
    s: Session,
    casus_id: uuid.UUID,
    lk: dict | None,
    va: dict | None,
    persoon_ids: dict[str, uuid.UUID],
) -> None:
    """Replace the intake of a case by the (already checked) exchange parts."""
    wis_intake(s, casus_id)
    lk, va = lk or {}, va or {}
    if not lk and not va:
        return
    bekend_lk = {"metgezel", "draagkracht", "draaglast", "leefgebieden", "netwerk"}
    bekend_va = {
        "afgerond_op",
        "datum",
        "auteur",
        "auteur_rol",
        "deelnemers",
        "samenvatting",
        "factoren",
        "samenhang",
        "doelen",
    }
    s.flush()
    s.add(
        Intake(
            casus_id=casus_id,
            metgezel_id=persoon_ids.get(lk.get("metgezel")),
            draagkracht=lk.get("draagkracht"),
            draaglast=lk.get("draaglast"),
            samenvatting=va.get("samenvatting"),
            deelnemers=va.get("deelnemers"),
            auteur=va.get("auteur"),
            auteur_rol=va.get("auteur_rol"),
            analyse_datum=_datum(va.get("datum")),
            afgerond_op=_datum(va.get("afgerond_op")),
            extra_levenskracht={k: v for k, v in lk.items() if k not in bekend_lk} or None,
            extra_analyse={k: v for k, v in va.items() if k not in bekend_va} or None,
        )
    )
    bekend = {"leefgebied", "score_inwoner", "score_metgezel", "gaat_goed", "zorgen", "inwoner"}
    # The document's order is kept (volgorde), so an export gives the leefgebieden back as they came.
    for i, lg in enumerate(lk.get("leefgebieden") or []):
        s.add(
            LeefgebiedScore(
                casus_id=casus_id,
                leefgebied=lg["leefgebied"],
                volgorde=i,
                gaat_goed=lg.get("gaat_goed"),
                zorgen=lg.get("zorgen"),
                score_inwoner=lg.get("score_inwoner"),
                score_metgezel=lg.get("score_metgezel"),
                inwoner_id=persoon_ids.get(lg.get("inwoner")),
                extra={k: v for k, v in lg.items() if k not in bekend} or None,
            )
        )
    for n in lk.get("netwerk") or []:
        s.add(
            Netwerklid(
                casus_id=casus_id,
                persoon_id=persoon_ids[n["persoon"]],
                nabijheid=n.get("nabijheid") or 2,
                bijdrage=n.get("bijdrage"),
                extra={k: v for k, v in n.items() if k not in {"persoon", "nabijheid", "bijdrage"}}
                or None,
            )
        )
    factoren: dict[str, uuid.UUID] = {}
    bekend = {"id", "type", "niveau", "leefgebied", "omschrijving", "bron", "herkend", "x", "y"}
    for i, f in enumerate(va.get("factoren") or [], start=1):
        rij = Factor(
            casus_id=casus_id,
            ref=f["id"],
            volgorde=i,
            type=f.get("type") or "predisponerend",
            niveau=f.get("niveau"),
            leefgebied=f.get("leefgebied"),
            omschrijving=f.get("omschrijving"),
            bron=f.get("bron"),
            herkend=f.get("herkend"),
            x=f.get("x"),
            y=f.get("y"),
            extra={k: v for k, v in f.items() if k not in bekend} or None,
        )
        s.add(rij)
        factoren[f["id"]] = rij.id
    s.flush()  # no ORM relationships: flush parents before rows that refer to them
    for i, r in enumerate(va.get("samenhang") or [], start=1):
        s.add(
            Samenhang(
                casus_id=casus_id,
                van_id=factoren[r["van"]],
                naar_id=factoren[r["naar"]],
                volgorde=i,
                toelichting=r.get("toelichting"),
                extra={k: v for k, v in r.items() if k not in {"van", "naar", "toelichting"}}
                or None,
            )
        )
    bekend = {"id", "prioriteit", "omschrijving", "goed_genoeg", "factoren", "acties"}
    bekend_actie = {"wie", "door_consulent", "wat", "wanneer", "status"}
    for i, d in enumerate(va.get("doelen") or [], start=1):
        doel = Doel(
            casus_id=casus_id,
            ref=d["id"],
            prioriteit=d.get("prioriteit") or i,
            omschrijving=d.get("omschrijving"),
            goed_genoeg=d.get("goed_genoeg"),
            extra={k: v for k, v in d.items() if k not in bekend} or None,
        )
        s.add(doel)
        s.flush()  # the goal's id must exist before its links
        for j, ref in enumerate(dict.fromkeys(d.get("factoren") or []), start=1):
            s.add(DoelFactor(doel_id=doel.id, factor_id=factoren[ref], volgorde=j))
        for j, a in enumerate(d.get("acties") or [], start=1):
            s.add(
                Actie(
                    doel_id=doel.id,
                    volgorde=j,
                    wie_id=persoon_ids.get(a.get("wie")),
                    door_consulent=bool(a.get("door_consulent")),
                    wat=a.get("wat"),
                    wanneer=a.get("wanneer"),
                    status=a.get("status"),
                    extra={k: v for k, v in a.items() if k not in bekend_actie} or None,
                )
            )
    s.flush()


def _datum(waarde: Any) -> Any:
    if isinstance(waarde, str) and len(waarde) == 10:
        return date.fromisoformat(waarde)
    if isinstance(waarde, str):
        from datetime import datetime

        return datetime.fromisoformat(waarde)
    return waarde


def wis_intake(s: Session, casus_id: uuid.UUID) -> None:
    doelen = select(Doel.id).where(Doel.casus_id == casus_id)
    s.execute(delete(Actie).where(Actie.doel_id.in_(doelen)))
    s.execute(delete(DoelFactor).where(DoelFactor.doel_id.in_(doelen)))
    for model in (Samenhang, Doel, Factor, Netwerklid, LeefgebiedScore, Intake):
        s.execute(delete(model).where(model.casus_id == casus_id))
    s.flush()
