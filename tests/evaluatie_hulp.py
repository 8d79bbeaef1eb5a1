"""A case with an analysis, a routekaart and running help, dated relative to today: what the
evaluation, the plan line and the plan PDFs need (tests only)."""

from datetime import date, timedelta

from jeugdloket.services import casussen, uitwisseling


def dag(dagen_geleden: int) -> str:
    return (date.today() - timedelta(days=dagen_geleden)).isoformat()


def document(start_a: int = 100, start_b: int = 80, casusnummer: str = "2026-0042") -> dict:
    """Two running toewijzingen for Zoë: t_a started `start_a` days ago (goal d1), t_b
    `start_b` days ago (goal d2)."""
    return {
        "formaat": "jeugdloket-casussen",
        "versie": 1,
        "medewerkers": [
            {"gebruikersnaam": "a.devries", "naam": "Anouk de Vries", "rol": "consulent"}
        ],
        "casussen": [
            {
                "casusnummer": casusnummer,
                "gemeente": "Westervoort",
                "consulent": "a.devries",
                "aanmelddatum": dag(200) + "T09:30:00",
                "eerste_contact": dag(199) + "T10:00:00",
                "personen": [
                    {"id": "p1", "rol": "jeugdige", "voornaam": "Zoë",
                     "achternaam": "Łukasiewicz-Çelik", "geboortedatum": "2009-05-01"},
                    {"id": "p2", "rol": "ouder", "voornaam": "Marieke", "achternaam": "Jansen"},
                    {"id": "p3", "rol": "netwerk", "voornaam": "Henk", "achternaam": "Jansen",
                     "relatie": "17"},
                ],
                "verklarende_analyse": {
                    "afgerond_op": dag(150),
                    "factoren": [
                        {"id": "f1", "type": "instandhoudend", "niveau": "gezin",
                         "omschrijving": "Ruzie thuis over schoolgaan"},
                        {"id": "f2", "type": "beschermend", "niveau": "omgeving",
                         "omschrijving": "Opa Henk is een vaste steun"},
                    ],
                    "doelen": [
                        {"id": "d1", "prioriteit": 1,
                         "omschrijving": "Zoë gaat weer elke dag naar school",
                         "goed_genoeg": "vier dagen per week",
                         "factoren": ["f1"],
                         "acties": [
                             {"wie": "p2", "wat": "Belt de mentor elke vrijdag",
                              "wanneer": dag(140)},
                             {"wie": "p3", "wat": "Brengt Zoë op maandag", "wanneer": "elke week"},
                         ]},
                        {"id": "d2", "prioriteit": 2,
                         "omschrijving": "Minder ruzie aan tafel",
                         "factoren": ["f1", "f2"],
                         "acties": [{"door_consulent": True, "wat": "Zoekt een gezinscoach",
                                     "wanneer": dag(130)}]},
                    ],
                },
                "familiegroepsplan": {
                    "aangeboden_op": dag(190), "status": "opgesteld", "opgesteld_op": dag(160),
                    "deelnemers": ["p2", "p3"], "doelen": ["d1", "d2"],
                    "wat_is_er_aan_de_hand": "Zoë gaat niet graag naar school.",
                },
                "perspectiefplannen": [
                    {"jeugdige": "p1", "opgesteld_op": dag(120),
                     "eigen_woorden": "Ik wil mijn diploma halen."}
                ],
                "toewijzingen": [
                    {"jeugdige": "p1", "aanbieder_agb": "12345678", "aanbieder": "De Vlinder",
                     "productcategorie": "45", "productcode": "45A12",
                     "product": "Ambulante gezinsbegeleiding", "segment": 4,
                     "status": "gestart", "aanvraagdatum": dag(start_a + 10),
                     "ingangsdatum": dag(start_a), "einddatum": dag(-200),
                     "volume": 2, "eenheid": "04", "frequentie": "2", "doel": "d1"},
                    {"jeugdige": "p1", "aanbieder_agb": "87654321", "aanbieder": "Het Anker",
                     "productcategorie": "54", "productcode": "54001",
                     "product": "Basis-ggz kort", "segment": 3,
                     "status": "gestart", "aanvraagdatum": dag(start_b + 5),
                     "ingangsdatum": dag(start_b), "einddatum": dag(-100),
                     "volume": 4, "eenheid": "04", "frequentie": "2", "doel": "d2"},
                ],
            }
        ],
    }  # fmt: skip


def importeer(db, doc: dict | None = None):
    """Import the case; its id."""
    uitwisseling.importeer(db, doc or document())
    return casussen.zoek_casusnummer(db, "2026-0042")
