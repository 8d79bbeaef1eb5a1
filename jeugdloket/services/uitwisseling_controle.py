"""Checking an incoming exchange document ("jeugdloket-casussen", ../shared/domain/uitwisseling.md)
before anything is written: `controleer` reports every problem with the case and the field it is
about, and gives the cases in a plain form (`CasusIn`) for `uitwisseling.importeer` to write.
The typed-value checks of the format are in `regels.uitwisseling.Controle`; the rules that need
the app (medewerkers, toewijzingen, the team's leefgebieden) are applied here.
"""

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from jeugdloket.regels.codelijsten import ROLLEN_PERSOON, SOORT_CONTACT, leefgebieden
from jeugdloket.regels.evaluatie import BESLUITEN, SCORE_MAX, SCORE_MIN
from jeugdloket.regels.intake import ACTIE_STATUS
from jeugdloket.regels.plannen import KADERS_NA_18
from jeugdloket.regels.toewijzing import DOCUMENT_SLEUTELS, toewijzing_fouten, velden_uit_document
from jeugdloket.regels.uitwisseling import (
    CASUS_SLEUTELS,
    CONTACT_SLEUTELS,
    DATUM,
    DATUMTIJD,
    FACTOR_TYPES,
    FGP_STATUS,
    FORMAAT,
    GEBIEDEN,
    MAX_DOELEN,
    NIVEAUS,
    PERSOON_SLEUTELS,
    VERSIE,
    Controle,
    json_type,
)
from jeugdloket.regels.validatie import (
    CASUSNUMMER,
    casus_fouten,
    normaliseer_postcode,
    persoon_fouten,
)
from jeugdloket.regels.veiligheid import controleer_meldcode, controleer_veiligheidsplan
from jeugdloket.services import evaluatie_document
from jeugdloket.services import toewijzingen as toewijzingen_dienst
from jeugdloket.services.medewerkers import medewerker_fouten

# ---------------------------------------------------------------- plain form of one case


@dataclass
class PersoonIn:
    ref: str
    velden: dict[str, Any]
    extra: dict[str, Any]


@dataclass
class ContactIn:
    velden: dict[str, Any]  # datum, soort, notitie
    medewerker: str | None
    extra: dict[str, Any]


@dataclass
class CasusIn:
    casusnummer: str
    velden: dict[str, Any]  # the Casus columns, consulent as gebruikersnaam
    personen: list[PersoonIn]
    contactmomenten: list[ContactIn]
    extra: dict[str, Any]


def controleer(
    doc: Any, vandaag: date | None = None
) -> tuple[list[dict], list[CasusIn], list[str]]:
    """Check a whole document: (medewerkers, cases, messages). Messages empty: safe to write."""
    k = Controle(vandaag or date.today())
    if not isinstance(doc, dict):
        return [], [], [f"Het document moet een JSON-object zijn, niet {json_type(doc)}"]
    if doc.get("formaat") != FORMAAT:
        k.fout("Document", f"formaat moet '{FORMAAT}' zijn (gevonden: {doc.get('formaat')!r})")
    if doc.get("versie") != VERSIE:
        k.fout("Document", f"versie {doc.get('versie')!r} wordt niet ondersteund (alleen {VERSIE})")
    if "casussen" not in doc:
        k.fout("Document", "casussen ontbreekt")
    medewerkers = _controleer_medewerkers(k, doc)
    casussen: list[CasusIn] = []
    gezien: dict[str, int] = {}
    for i, c in k.objecten("Document", doc, "casussen"):
        nummer = c.get("casusnummer")
        waar = (
            f"Casus {nummer}"
            if isinstance(nummer, str) and nummer
            else f"Casus nummer {i} in de lijst"
        )
        if isinstance(nummer, str) and nummer in gezien:
            k.fout(
                waar,
                f"dit casusnummer staat twee keer in het document (ook als casus nummer {gezien[nummer]})",
            )
        elif isinstance(nummer, str):
            gezien[nummer] = i
        casus = _controleer_casus(k, waar, c)
        if casus is not None:
            casussen.append(casus)
    return medewerkers, casussen, k.meldingen


def _controleer_medewerkers(k: Controle, doc: dict) -> list[dict]:
    uit = []
    namen = set()
    for i, m in k.objecten("Document", doc, "medewerkers"):
        naam = m.get("gebruikersnaam")
        waar = f"Medewerker {naam}" if isinstance(naam, str) else f"Medewerker nummer {i}"
        gebruikersnaam = k.tekst(waar, m, "gebruikersnaam", verplicht=True)
        volledige = k.tekst(waar, m, "naam") or gebruikersnaam
        rol = k.tekst(waar, m, "rol") or "consulent"
        rol = {"coordinator": "coördinator"}.get(rol, rol)
        if gebruikersnaam is None:
            continue
        for melding in medewerker_fouten(gebruikersnaam, volledige or "", rol).values():
            k.fout(waar, melding)
        if gebruikersnaam in namen:
            k.fout(waar, "deze gebruikersnaam staat twee keer in medewerkers")
        namen.add(gebruikersnaam)
        uit.append({"gebruikersnaam": gebruikersnaam, "naam": volledige, "rol": rol})
    return uit


def _controleer_casus(k: Controle, waar: str, c: dict) -> CasusIn | None:
    voor = len(k.meldingen)
    nummer = k.tekst(waar, c, "casusnummer", verplicht=True)
    if nummer is not None and not CASUSNUMMER.fullmatch(nummer):
        k.fout(waar, f"casusnummer '{nummer}' heeft niet de vorm JJJJ-NNNN (zoals 2026-0042)")
    velden: dict[str, Any] = {
        "gemeente": k.tekst(waar, c, "gemeente", verplicht=True),
        "consulent": k.tekst(waar, c, "consulent"),
        "aanmelddatum": k.datum(waar, c, "aanmelddatum", verplicht=True),
        "eerste_contact": k.datum(waar, c, "eerste_contact"),
        "verwijzer": k.tekst(waar, c, "verwijzer"),
        "hulpvraag": k.tekst(waar, c, "hulpvraag"),
        "soort_vraag": k.tekst(waar, c, "soort_vraag"),
        "kader": k.tekst(waar, c, "kader"),
        "afgesloten_op": k.datum(waar, c, "afgesloten_op"),
        "reden_afsluiting": k.tekst(waar, c, "reden_afsluiting"),
    }
    if velden["consulent"] is not None:
        velden["consulent"] = velden["consulent"].strip().lower()
        for melding in medewerker_fouten(velden["consulent"], "x", "consulent").values():
            k.fout(waar, f"consulent: {melding}")
    # The register's own field rules (codes, dates not before aanmelddatum), as in the app.
    regels = {key: v for key, v in velden.items() if key != "consulent"}
    if regels["aanmelddatum"] is None:
        regels.pop("aanmelddatum")
    if regels["gemeente"] is None:
        regels.pop("gemeente")
    for melding in casus_fouten(regels).values():
        k.fout(waar, melding)
    if velden["aanmelddatum"] is not None and _als_dag(velden["aanmelddatum"]) > k.vandaag:
        k.fout(
            waar, f"Aanmelddatum {_als_dag(velden['aanmelddatum']):%d-%m-%Y} ligt in de toekomst"
        )

    personen = _controleer_personen(k, waar, c)
    rollen = {p.ref: p.velden.get("rol") for p in personen}
    contactmomenten = _controleer_contactmomenten(k, waar, c)

    extra: dict[str, Any] = {}
    doel_ids = _controleer_latere_delen(k, waar, c, rollen)
    toewijzingen = k.objecten(waar, c, "toewijzingen")
    for i, t in toewijzingen:
        _controleer_toewijzing(k, f"{waar}, toewijzing {i}", t, rollen, doel_ids)
    toewijzing_ids = ids_van(k, waar, "toewijzing", [t for _, t in toewijzingen])
    _controleer_evaluaties(k, waar, c, rollen, doel_ids, toewijzing_ids)
    controleer_meldcode(k, waar, c)
    controleer_veiligheidsplan(k, waar, c)
    bekend = set(CASUS_SLEUTELS) | {"personen", "contactmomenten"}
    for sleutel, waarde in c.items():
        if sleutel not in bekend and waarde is not None:
            extra[sleutel] = waarde
    if len(k.meldingen) > voor or nummer is None:
        return None
    if "toewijzingen" in extra:
        # In the form the table gives them back, so a second import of the same document
        # compares equal (dates with seconds, 125000.0 as 125000).
        extra["toewijzingen"] = [toewijzingen_dienst.normaliseer(t) for _, t in toewijzingen]
    if "evaluaties" in extra:
        extra["evaluaties"] = evaluatie_document.normaliseer(extra["evaluaties"])
    return CasusIn(nummer, velden, personen, contactmomenten, extra)


def _als_dag(waarde: date | datetime) -> date:
    return waarde.date() if isinstance(waarde, datetime) else waarde


def _controleer_personen(k: Controle, waar: str, c: dict) -> list[PersoonIn]:
    items = k.objecten(waar, c, "personen")
    k.ids(waar, items, "persoon", verplicht=True)
    uit = []
    for i, p in items:
        ref = p.get("id") if isinstance(p.get("id"), str) else None
        plek = f"{waar}, persoon {ref}" if ref else f"{waar}, persoon nummer {i}"
        velden: dict[str, Any] = {}
        velden["rol"] = k.tekst(plek, p, "rol", verplicht=True)
        if velden["rol"] is not None and velden["rol"] not in ROLLEN_PERSOON:
            k.fout(plek, f"rol '{velden['rol']}' kan niet; kies uit {', '.join(ROLLEN_PERSOON)}")
        for sleutel in (
            "voornaam",
            "tussenvoegsel",
            "achternaam",
            "geslacht",
            "relatie",
            "telefoon",
            "email",
            "straat",
            "huisnummer",
            "woonplaats",
        ):
            velden[sleutel] = k.tekst(plek, p, sleutel)
        gd = k.datum(plek, p, "geboortedatum")
        velden["geboortedatum"] = _als_dag(gd) if gd is not None else None
        bsn = k.tekst(plek, p, "bsn")
        velden["bsn"] = bsn.replace(" ", "").replace(".", "") if bsn else None
        postcode = k.tekst(plek, p, "postcode")
        velden["postcode"] = (normaliseer_postcode(postcode) or postcode) if postcode else None
        gezag = p.get("gezag")
        if gezag is not None and not isinstance(gezag, bool):
            k.fout(plek, f"gezag moet true of false zijn, niet {json_type(gezag)}")
            gezag = None
        velden["gezag"] = gezag
        regels = {key: v for key, v in velden.items() if key != "rol" and v is not None}
        for melding in persoon_fouten(regels, vandaag=k.vandaag).values():
            k.fout(plek, melding)
        extra = {
            key: v
            for key, v in p.items()
            if key not in PERSOON_SLEUTELS and key != "id" and v is not None
        }
        if ref is not None:
            uit.append(PersoonIn(ref, velden, extra))
    return uit


def _controleer_contactmomenten(k: Controle, waar: str, c: dict) -> list[ContactIn]:
    uit = []
    for i, m in k.objecten(waar, c, "contactmomenten"):
        plek = f"{waar}, contactmoment {i}"
        velden = {
            "datum": k.datum(plek, m, "datum"),
            "soort": k.keuze(plek, m, "soort", SOORT_CONTACT),
            "notitie": k.tekst(plek, m, "notitie"),
        }
        medewerker = k.tekst(plek, m, "medewerker")
        if medewerker is not None:
            medewerker = medewerker.strip().lower()
            for melding in medewerker_fouten(medewerker, "x", "consulent").values():
                k.fout(plek, f"medewerker: {melding}")
        extra = {key: v for key, v in m.items() if key not in CONTACT_SLEUTELS and v is not None}
        uit.append(ContactIn(velden, medewerker, extra))
    return uit


def _controleer_acties(k: Controle, plek: str, obj: dict, sleutel: str, personen) -> None:
    for j, actie in k.objecten(plek, obj, sleutel):
        waar = f"{plek}, actie {j}" if sleutel == "acties" else f"{plek}, {sleutel} {j}"
        k.verwijzing(waar, actie.get("wie"), "wie", personen, "een persoon")
        k.tekst(waar, actie, "wat")
        _wanneer(k, waar, actie)
        k.keuze(waar, actie, "status", ACTIE_STATUS)
        if actie.get("door_consulent") is not None and not isinstance(
            actie["door_consulent"], bool
        ):
            k.fout(waar, "door_consulent moet true of false zijn")


def _wanneer(k: Controle, waar: str, obj: dict) -> None:
    # "wanneer" is a date in the goals' route map but free text in the family's own plan
    # ("na de zomer"): something that looks like a date must be a real one.
    waarde = obj.get("wanneer")
    if isinstance(waarde, str) and (DATUM.fullmatch(waarde) or DATUMTIJD.fullmatch(waarde)):
        k.datum(waar, obj, "wanneer")
    else:
        k.tekst(waar, obj, "wanneer")


def _controleer_latere_delen(k: Controle, waar: str, c: dict, rollen: dict[str, str]) -> set[str]:
    """Levenskracht, analysis and plans; returns the goal ids for the toewijzingen."""
    personen = set(rollen)
    lk = k.object(waar, c, "levenskracht")
    if lk is not None:
        plek = f"{waar}, levenskracht"
        k.verwijzing(plek, lk.get("metgezel"), "metgezel", personen, "een persoon")
        gezien = set()
        for i, lg in k.objecten(plek, lk, "leefgebieden"):
            deel = f"{plek}, leefgebied {i}"
            sleutel = k.tekst(deel, lg, "leefgebied", verplicht=True)
            if sleutel is not None:
                deel = f"{plek}, leefgebied {sleutel}"
                if sleutel not in leefgebieden():
                    k.fout(
                        deel,
                        f"'{sleutel}' is geen leefgebied van dit team "
                        f"(bekend: {', '.join(leefgebieden())})",
                    )
                elif sleutel in gezien:
                    k.fout(deel, "dit leefgebied staat twee keer in de levenskracht")
                gezien.add(sleutel)
            k.geheel(deel, lg, "score_inwoner", 1, 10)
            k.geheel(deel, lg, "score_metgezel", 1, 10)
            k.tekst(deel, lg, "gaat_goed")
            k.tekst(deel, lg, "zorgen")
            k.verwijzing(deel, lg.get("inwoner"), "inwoner", personen, "een persoon")
        k.tekst(plek, lk, "draagkracht")
        k.tekst(plek, lk, "draaglast")
        leden = set()
        for i, n in k.objecten(plek, lk, "netwerk"):
            deel = f"{plek}, netwerk {i}"
            if n.get("persoon") is None:
                k.fout(deel, "persoon ontbreekt")
            k.verwijzing(deel, n.get("persoon"), "persoon", personen, "een persoon")
            if n.get("persoon") in leden:
                k.fout(deel, f"persoon '{n['persoon']}' staat twee keer in het netwerk")
            leden.add(n.get("persoon"))
            k.geheel(deel, n, "nabijheid", 1, 3)
            k.tekst(deel, n, "bijdrage")

    doel_ids: set[str] = set()
    va = k.object(waar, c, "verklarende_analyse")
    if va is not None:
        plek = f"{waar}, verklarende analyse"
        k.datum(plek, va, "afgerond_op")
        k.datum(plek, va, "datum")
        for sleutel in ("samenvatting", "auteur", "auteur_rol"):
            k.tekst(plek, va, sleutel)
        for p in k.lijst(plek, va, "deelnemers"):
            k.verwijzing(plek, p, "deelnemers", personen, "een persoon")
        factoren = k.objecten(plek, va, "factoren")
        factor_ids = set(k.ids(plek, factoren, "factor", verplicht=True))
        for i, f in factoren:
            deel = f"{plek}, factor {f.get('id') if isinstance(f.get('id'), str) else i}"
            k.keuze(deel, f, "type", FACTOR_TYPES)
            k.keuze(deel, f, "niveau", NIVEAUS)
            lg = k.tekst(deel, f, "leefgebied")
            if lg is not None and lg not in leefgebieden():
                k.fout(deel, f"'{lg}' is geen leefgebied van dit team")
            k.tekst(deel, f, "omschrijving")
            k.tekst(deel, f, "bron")
            if f.get("herkend") is not None and not isinstance(f.get("herkend"), bool):
                k.fout(deel, f"herkend moet true of false zijn, niet {json_type(f['herkend'])}")
            for sleutel in ("x", "y"):
                waarde = f.get(sleutel)
                if waarde is not None and (
                    isinstance(waarde, bool) or not isinstance(waarde, (int, float))
                ):
                    k.fout(deel, f"{sleutel} moet een getal zijn, niet {json_type(waarde)}")
        for i, s in k.objecten(plek, va, "samenhang"):
            deel = f"{plek}, samenhang {i}"
            for sleutel in ("van", "naar"):
                if s.get(sleutel) is None:
                    k.fout(deel, f"{sleutel} ontbreekt")
                k.verwijzing(deel, s.get(sleutel), sleutel, factor_ids, "een factor")
            k.tekst(deel, s, "toelichting")
        doelen = k.objecten(plek, va, "doelen")
        if len(doelen) > MAX_DOELEN:
            k.fout(plek, f"{len(doelen)} doelen; er mogen er hoogstens {MAX_DOELEN} zijn")
        doel_ids = set(k.ids(plek, doelen, "doel", verplicht=True))
        for i, d in doelen:
            deel = f"{plek}, doel {d.get('id') if isinstance(d.get('id'), str) else i}"
            k.geheel(deel, d, "prioriteit", 1, MAX_DOELEN)
            k.tekst(deel, d, "omschrijving")
            k.tekst(deel, d, "goed_genoeg")
            for f in k.lijst(deel, d, "factoren"):
                k.verwijzing(deel, f, "factoren", factor_ids, "een factor")
            _controleer_acties(k, deel, d, "acties", personen)

    fgp = k.object(waar, c, "familiegroepsplan")
    if fgp is not None:
        plek = f"{waar}, familiegroepsplan"
        k.datum(plek, fgp, "aangeboden_op")
        k.datum(plek, fgp, "opgesteld_op")
        k.keuze(plek, fgp, "status", FGP_STATUS)
        k.tekst(plek, fgp, "reden_afgezien")
        k.tekst(plek, fgp, "aangeboden_door")
        k.tekst(plek, fgp, "uitleg")
        for naam in k.lijst(plek, fgp, "nieuwe_deelnemers"):
            if not isinstance(naam, str):
                k.fout(
                    plek,
                    f"nieuwe_deelnemers moet een lijst van namen zijn, niet {json_type(naam)}",
                )
        for d in k.lijst(plek, fgp, "doelen"):
            k.verwijzing(plek, d, "doelen", doel_ids, "een doel")
        for p in k.lijst(plek, fgp, "deelnemers"):
            k.verwijzing(plek, p, "deelnemers", personen, "een persoon")
        for sleutel in (
            "wat_is_er_aan_de_hand",
            "wat_willen_we_bereiken",
            "wat_doen_we_zelf",
            "hulp_van_professionals",
            "afspraken_veiligheid",
            "evaluatie",
        ):
            k.tekst(plek, fgp, sleutel)
        _controleer_acties(k, plek, fgp, "wat_doet_ons_netwerk", personen)

    pp_jeugdigen: set[str] = set()
    for i, pp in k.objecten(waar, c, "perspectiefplannen"):
        plek = f"{waar}, perspectiefplan {i}"
        if pp.get("jeugdige") is None:
            k.fout(plek, "jeugdige ontbreekt")
        _jeugdige(k, plek, pp.get("jeugdige"), rollen)
        k.datum(plek, pp, "opgesteld_op")
        gebieden = set()
        for j, g in k.objecten(plek, pp, "gebieden"):
            gebied = k.keuze(f"{plek}, gebied {j}", g, "gebied", GEBIEDEN, verplicht=True)
            deel = f"{plek}, gebied {gebied or j}"
            if gebied in gebieden:
                k.fout(deel, "dit gebied staat twee keer in het perspectiefplan")
            gebieden.add(gebied)
            for sleutel in ("nu", "wens_na_18", "nodig"):
                k.tekst(deel, g, sleutel)
            _controleer_acties(k, deel, g, "acties", personen)
        if isinstance(pp.get("jeugdige"), str):
            if pp["jeugdige"] in pp_jeugdigen:
                k.fout(
                    plek, f"jeugdige '{pp['jeugdige']}' heeft al een perspectiefplan in deze casus"
                )
            pp_jeugdigen.add(pp["jeugdige"])
        k.tekst(plek, pp, "hulp_komende_twee_jaar")
        k.tekst(plek, pp, "hulp_na_18")
        k.tekst(plek, pp, "eigen_woorden")
        k.tekst(plek, pp, "overdracht")
        for kader in k.lijst(plek, pp, "hulp_na_18_kaders"):
            if kader not in KADERS_NA_18:
                k.fout(
                    plek,
                    f"hulp_na_18_kaders: '{kader}' kan niet; kies uit {', '.join(KADERS_NA_18)}",
                )
        for b in k.lijst(plek, pp, "betrokkenen"):
            if not isinstance(b, str):
                k.fout(plek, f"betrokkenen moet een lijst van teksten zijn, niet {json_type(b)}")
    return doel_ids


def _jeugdige(k: Controle, plek: str, ref: Any, rollen: dict[str, str]) -> None:
    k.verwijzing(plek, ref, "jeugdige", rollen, "een persoon")
    if isinstance(ref, str) and ref in rollen and rollen[ref] != "jeugdige":
        k.fout(plek, f"jeugdige '{ref}' is geen jeugdige maar heeft de rol {rollen[ref]}")


def _controleer_toewijzing(
    k: Controle, plek: str, t: dict, rollen: dict[str, str], doel_ids: set[str]
) -> None:
    # The rules live in regels.toewijzing (shared with entry in the app); the message names
    # the key of the document it is about.
    fouten = toewijzing_fouten(velden_uit_document(t), personen=rollen, doelen=doel_ids)
    for veld, melding in fouten.items():
        k.fout(f"{plek} ({DOCUMENT_SLEUTELS.get(veld, veld)})", melding)


def ids_van(k: Controle, waar: str, soort: str, objecten: list[dict]) -> set[str]:
    """The `id`s of a list of objects (each once); an id given twice is reported."""
    ids: set[str] = set()
    for i, obj in enumerate(objecten, start=1):
        ref = obj.get("id")
        if ref is None:
            continue
        if not isinstance(ref, str) or not ref.strip():
            k.fout(f"{waar}, {soort} {i}", f"id moet tekst zijn, niet {json_type(ref)}")
        elif ref in ids:
            k.fout(f"{waar}, {soort} {i}", f"id '{ref}' staat twee keer in de casus")
        else:
            ids.add(ref)
    return ids


def _controleer_evaluaties(
    k: Controle,
    waar: str,
    c: dict,
    rollen: dict[str, str],
    doel_ids: set[str],
    toewijzing_ids: set[str],
) -> None:
    """The optional `evaluaties` (docs/uitwisseling.md, "Evaluatie")."""
    evaluaties = k.objecten(waar, c, "evaluaties")
    ids_van(k, waar, "evaluatie", [e for _, e in evaluaties])
    for i, e in evaluaties:
        plek = f"{waar}, evaluatie {i}"
        k.tekst(plek, e, "id", verplicht=True)
        k.datum(plek, e, "datum", verplicht=True, met_tijd=False)
        for ref in k.lijst(plek, e, "deelnemers"):
            k.verwijzing(plek, ref, "deelnemers", rollen, "een persoon")
        if e.get("aanbieder_aanwezig") is not None and not isinstance(
            e["aanbieder_aanwezig"], bool
        ):
            k.fout(plek, "aanbieder_aanwezig moet true of false zijn")
        k.tekst(plek, e, "samenvatting")
        gezien: set[str] = set()
        for j, d in k.objecten(plek, e, "doelen"):
            p = f"{plek}, doel {j}"
            ref = k.tekst(p, d, "doel", verplicht=True)
            k.verwijzing(p, ref, "doel", doel_ids, "een doel")
            if ref in gezien:
                k.fout(p, f"doel '{ref}' staat twee keer in deze evaluatie")
            gezien.add(ref)
            for sleutel in ("score_gezin", "score_consulent"):
                k.geheel(p, d, sleutel, SCORE_MIN, SCORE_MAX)
            for sleutel in ("woorden_gezin", "woorden_consulent"):
                k.tekst(p, d, sleutel)
        gezien = set()
        for j, b in k.objecten(plek, e, "besluiten"):
            p = f"{plek}, besluit {j}"
            ref = k.tekst(p, b, "toewijzing", verplicht=True)
            k.verwijzing(p, ref, "toewijzing", toewijzing_ids, "een toewijzing (id)")
            if ref in gezien:
                k.fout(p, f"toewijzing '{ref}' heeft twee besluiten in deze evaluatie")
            gezien.add(ref)
            k.keuze(p, b, "besluit", BESLUITEN, verplicht=True)
            k.tekst(p, b, "toelichting")
            k.object(p, b, "gevolg")
            k.datum(p, b, "uitgevoerd_op")
