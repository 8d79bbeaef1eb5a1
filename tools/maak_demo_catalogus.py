"""Generate the demo catalogue: resources/catalogus/demo-catalogus.xlsx (+ demo-ervaringen.json).

    .venv/bin/python tools/maak_demo_catalogus.py [--uit MAP]

Invented but believable: 64 hoofdaannemers and 69 onderaannemers (the region's numbers,
003:L393), 300 products over every JZ020 category and segments 1–5, contracts for Duiven,
Westervoort and Doesburg (most for all three, some for one; some expired, a few starting in
the future), waiting times with peildata, and a few experiences of the demo consultants.
Everything comes from one `random.Random(SEED)`, and the workbook is written with fixed
timestamps, so the same script gives the same bytes. The layout is the catalogue contract:
the file is written by `rapporten.catalogus_werkboek.schrijf_werkboek` and read back to check it.
"""

import argparse
import io
import json
import random
import re
import sys
import zipfile
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from jeugdloket.paden import RESOURCES  # noqa: E402
from jeugdloket.rapporten.catalogus_werkboek import lees_werkboek, schrijf_werkboek  # noqa: E402
from jeugdloket.regels.catalogus import (  # noqa: E402
    AanbiederRij,
    Catalogus,
    ContractRij,
    ProductRij,
    WachttijdRij,
)

SEED = 20261123
AANTAL_HOOFD = 64
AANTAL_ONDER = 69
AANTAL_PRODUCTEN = 300
PEIL_VAN, PEIL_TOT = date(2026, 8, 3), date(2026, 11, 16)
VAST_MOMENT = (2026, 11, 23, 0, 0, 0)  # zip timestamps: same input, same bytes
GEMEENTEN = ("Duiven", "Westervoort", "Doesburg")

# ---------------------------------------------------------------- products
# (categorie, naam, omschrijving, segment, setting, eenheid, tarief, van, tot, trefwoorden,
#  interventies, soort aanbieder, varianten). A variant is (naam-toevoeging, omschrijving-
#  toevoeging, tariefsfactor); the products of one theme differ in intensity or form.
ENKEL = [("", "", 1.0)]
LMZ = [
    (" licht", " Lichte intensiteit: gemiddeld een uur per week.", 0.8),
    (" middel", " Middelzware intensiteit: twee tot drie uur per week.", 1.0),
    (" intensief", " Hoge intensiteit: meerdere contacten per week.", 1.25),
]
IND_GROEP = [
    (" individueel", " Individueel aangeboden.", 1.0),
    (" groep", " In een groep van zes tot tien deelnemers.", 0.45),
]
KORT_LANG = [
    (" kort", " Kortdurend traject (tot drie maanden).", 0.9),
    (" lang", " Langdurend traject (langer dan een half jaar).", 1.1),
]

THEMAS = [
    # 40 Persoonlijke verzorging
    ("40", "Persoonlijke verzorging jeugd", "Hulp bij de dagelijkse verzorging (wassen, aankleden, eten) van een kind met een lichamelijke of verstandelijke beperking, thuis.", 4, "ambulant", "04", 58, 0, 18, "lichamelijke beperking; verstandelijke beperking; ADL; zelfredzaamheid; verzorging", "", "verzorging", [("", "", 1.0), (" intensief", " Ook 's avonds en in het weekend.", 1.2)]),
    ("40", "Verzorging bij chronische ziekte", "Verpleegkundige en persoonlijke verzorging thuis voor kinderen met een chronische ziekte, ter ontlasting van de ouders.", 4, "ambulant", "04", 64, 0, 18, "chronische ziekte; medische zorg thuis; ontlasting ouders; mantelzorg", "", "verzorging", ENKEL),
    ("40", "Verzorging bij ernstig meervoudige beperking", "Intensieve verzorging van kinderen met een ernstig meervoudige beperking (EMB), afgestemd met ouders en school.", 1, "ambulant", "04", 71, 0, 23, "ernstig meervoudige beperking; EMB; verzorging; sondevoeding; epilepsie", "", "verzorging", ENKEL),
    # 41 Dagbehandeling
    ("41", "Dagbehandeling jonge kind", "Behandeling in een kleine groep voor jonge kinderen met een ontwikkelingsachterstand of gedragsproblemen; ouders doen mee.", 3, "dagbehandeling", "16", 96, 2, 6, "jonge kind; ontwikkelingsachterstand; taalachterstand; gedragsproblemen; driftbuien; hechting; autisme", "Video-interactiebegeleiding; Stevig Ouderschap", "dag", LMZ),
    ("41", "Dagbehandeling schoolgaande kinderen", "Dagbehandeling na of naast school voor kinderen met gedrags- of ontwikkelingsproblemen, gericht op terugkeer naar een gewoon ritme.", 3, "dagbehandeling", "16", 92, 6, 12, "gedragsproblemen; ADHD; autisme; leerproblemen; sociaal-emotionele ontwikkeling; concentratie", "Agressieregulatie op maat; Kanjertraining; PMTO", "dag", LMZ),
    ("41", "Dagbehandeling jongeren", "Dagprogramma voor jongeren die (tijdelijk) niet naar school gaan: structuur, behandeling en een stap terug naar school of werk.", 3, "dagbehandeling", "16", 98, 12, 18, "schoolverzuim; thuiszitter; psychische problemen; structuur; somberheid; gamen", "Motiverende gespreksvoering; Oplossingsgericht werken", "dag", KORT_LANG),
    ("41", "Medisch kinderdagverblijf", "Dagbehandeling met medische en paramedische zorg voor jonge kinderen met een ernstige ontwikkelingsachterstand of meervoudige beperking.", 3, "dagbehandeling", "16", 118, 0, 7, "ontwikkelingsachterstand; meervoudige beperking; medische zorg; jonge kind; logopedie", "", "dag", [("", "", 1.0), (" met intensieve zorg", " Met verpleegkundige zorg in de groep.", 1.3)]),
    ("41", "Dagbesteding jeugd met een beperking", "Zinvolle dagbesteding voor kinderen en jongeren met een verstandelijke beperking die niet (volledig) naar school kunnen.", 3, "dagbehandeling", "16", 62, 4, 23, "verstandelijke beperking; LVB; dagbesteding; vrije tijd; structuur", "", "dag", LMZ),
    ("41", "Dagbehandeling autisme", "Dagbehandeling voor kinderen met autisme: voorspelbaarheid, prikkelverwerking en sociale vaardigheden, met ouderbegeleiding.", 3, "dagbehandeling", "16", 101, 4, 18, "autisme; ASS; prikkelverwerking; sociale vaardigheden; structuur", "TEACCH; Geef me de 5", "dag", KORT_LANG),
    ("41", "Naschoolse dagbehandeling", "Behandelgroep na schooltijd voor kinderen met gedrags- en ontwikkelingsproblemen; ontlast het gezin.", 3, "dagbehandeling", "16", 84, 4, 14, "gedragsproblemen; naschoolse opvang; sociale vaardigheden; ontlasting ouders", "Kanjertraining", "dag", [("", "", 1.0), (" plus vakantieopvang", " Ook in schoolvakanties.", 1.1)]),
    ("41", "Zorgboerderij jeugd", "Dagbesteding op een zorgboerderij: werken met dieren en buiten, voor jongeren die vastlopen op school.", 3, "dagbehandeling", "16", 58, 8, 23, "dagbesteding; zorgboerderij; thuiszitter; LVB; autisme; structuur", "", "dag", ENKEL),
    # 42 Vervoerdiensten
    ("42", "Vervoer naar dagbehandeling", "Vervoer van huis naar de dagbehandeling of dagbesteding en terug, wanneer ouders dit niet zelf kunnen.", 3, "dagbehandeling", "82", 32, 0, 18, "vervoer; taxi; dagbehandeling; dagbesteding", "", "vervoer", [(" individueel", " Individueel vervoer.", 1.6), (" groepsvervoer", " In een busje met andere kinderen.", 1.0), (" rolstoel", " Rolstoelvervoer.", 1.9)]),
    # 43 Verblijf inclusief behandeling
    ("43", "Behandelgroep jongeren", "Residentiële behandeling voor jongeren met ernstige gedragsproblemen, met school en gezinsbehandeling.", 1, "verblijf", "14", 310, 12, 18, "residentieel; gedragsproblemen; agressie; middelengebruik; weglopen; uithuisplaatsing", "Multifunctionele Gezinsbehandeling; EQUIP", "verblijf", LMZ),
    ("43", "Behandelgroep kinderen", "Wonen en behandeling in een kleine groep voor kinderen die (tijdelijk) niet thuis kunnen wonen.", 1, "verblijf", "14", 325, 6, 12, "residentieel; gedragsproblemen; hechting; trauma; uithuisplaatsing", "Traumasensitief werken", "verblijf", KORT_LANG),
    ("43", "Gesloten jeugdhulp", "Gesloten behandeling (jeugdzorgplus) met een machtiging van de kinderrechter, voor jongeren die zichzelf of anderen in gevaar brengen.", 1, "verblijf", "14", 520, 12, 18, "gesloten plaatsing; machtiging; jeugdzorgplus; ernstige gedragsproblemen; loverboyproblematiek; weglopen", "Ja!-methodiek; Nieuwe Autoriteit", "verblijf", KORT_LANG),
    ("43", "Behandelgroep licht verstandelijke beperking", "Wonen en behandeling voor kinderen en jongeren met een licht verstandelijke beperking en gedragsproblemen.", 1, "verblijf", "14", 298, 6, 23, "licht verstandelijke beperking; LVB; gedragsproblemen; structuur", "Triple C", "lvb", LMZ),
    ("43", "Gezinshuis met behandeling", "Wonen in een gezinshuis met behandeling erbij, voor kinderen die niet thuis kunnen opgroeien maar wel een gezin nodig hebben.", 2, "verblijf", "14", 215, 0, 18, "gezinshuis; behandeling; hechting; trauma; uithuisplaatsing", "Traumasensitief werken", "gezinshuis", [("", "", 1.0), (" intensief", " Met een extra behandelaar in huis.", 1.2)]),
    ("43", "Kamertraining met behandeling", "Wonen op een trainingskamer met begeleiding en behandeling, voor jongeren op weg naar zelfstandigheid.", 2, "verblijf", "14", 165, 16, 23, "kamertraining; zelfstandig wonen; verselfstandiging; 18-/18+; psychische problemen", "", "verblijf", KORT_LANG),
    ("43", "Moeder-kindhuis", "Wonen met begeleiding voor jonge moeders en hun kind: verzorging, opvoeding en een eigen toekomst.", 2, "verblijf", "14", 190, 14, 23, "tienermoeder; jonge moeder; opvoedondersteuning; verselfstandiging", "Stevig Ouderschap", "verblijf", ENKEL),
    # 44 Verblijf exclusief behandeling
    ("44", "Pleegzorg", "Opvoeding en verzorging in een pleeggezin, met begeleiding van pleegouders, ouders en kind.", 2, "verblijf", "14", 72, 0, 18, "pleegzorg; pleeggezin; uithuisplaatsing; hechting", "", "pleegzorg", [(" netwerk", " In een gezin uit het eigen netwerk (netwerkpleegzorg).", 0.9), (" bestand", " In een geworven pleeggezin (bestandspleegzorg).", 1.0), (" deeltijd", " Weekend- of vakantiepleegzorg naast thuis wonen.", 0.6), (" intensief", " Met extra begeleiding bij zware problematiek.", 1.5)]),
    ("44", "Gezinshuis", "Wonen in een gezinshuis: gezinshuisouders voeden op in hun eigen huis, als thuis niet kan.", 2, "verblijf", "14", 165, 0, 18, "gezinshuis; opvoeding; wonen; hechting; uithuisplaatsing", "", "gezinshuis", [("", "", 1.0), (" plus", " Voor kinderen met meer zorg nodig.", 1.2)]),
    ("44", "Logeren en respijtzorg", "Logeerweekenden voor kinderen met een beperking of zware zorg, zodat ouders op adem kunnen komen.", 2, "verblijf", "14", 148, 4, 18, "logeren; respijtzorg; ontlasting ouders; mantelzorg; beperking; autisme", "", "verblijf", [(" weekend", " Een weekend per maand.", 1.0), (" vakantie", " Logeren in de schoolvakanties.", 1.05)]),
    ("44", "Begeleid wonen jongeren", "Wonen met begeleiding voor jongeren die niet thuis kunnen wonen en leren zelfstandig te worden.", 2, "verblijf", "14", 118, 16, 23, "zelfstandig wonen; begeleid wonen; verselfstandiging; 18-/18+; wonen", "", "verblijf", LMZ),
    ("44", "Leefgroep jongeren", "Wonen in een leefgroep met dag- en nachtbegeleiding voor jongeren die niet thuis kunnen wonen.", 2, "verblijf", "14", 205, 12, 18, "leefgroep; wonen; uithuisplaatsing; structuur", "", "verblijf", KORT_LANG),
    # 45 Jeugdhulp ambulant
    ("45", "Opvoedondersteuning", "Ondersteuning van ouders bij opvoedvragen: grenzen stellen, ritme, positief opvoeden.", 4, "ambulant", "04", 74, 0, 18, "opvoedondersteuning; opvoedvragen; grenzen stellen; ouderschap; driftbuien; gedrag", "Triple P; Opvoeden & Zo; Positief Opvoeden", "ambulant", IND_GROEP + [(" online", " Met online modules en videobellen.", 0.7)]),
    ("45", "Ambulante gezinsbegeleiding", "Begeleiding van het hele gezin thuis: structuur, opvoeding, huishouden en samenwerken met school.", 4, "ambulant", "04", 78, 0, 18, "gezinsbegeleiding; multiprobleem; opvoeding; structuur; huishouden; schulden", "Oplossingsgericht werken; Signs of Safety", "ambulant", LMZ),
    ("45", "Intensieve ambulante gezinsbehandeling", "Intensieve behandeling thuis als alternatief voor uithuisplaatsing, met crisisbereikbaarheid.", 1, "ambulant", "04", 96, 0, 18, "alternatief voor uithuisplaatsing; multiprobleem; veiligheid; gezinsbehandeling", "Families First; Intensieve Pedagogische Thuishulp; Intensieve Orthopedagogische Gezinsbehandeling", "ambulant", KORT_LANG),
    ("45", "Multisysteemtherapie", "MST: intensieve gezinsbehandeling bij jongeren met ernstig antisociaal gedrag en delinquentie.", 1, "ambulant", "04", 112, 12, 18, "ernstige gedragsproblemen; delinquentie; agressie; schoolverzuim; middelengebruik", "MST", "ambulant", ENKEL),
    ("45", "Functional Family Therapy", "Gezinstherapie voor jongeren met gedragsproblemen, gericht op de relaties in het gezin.", 4, "ambulant", "04", 98, 11, 18, "gedragsproblemen; gezinsrelaties; conflicten; jongeren", "Functional Family Therapy (FFT)", "ambulant", ENKEL),
    ("45", "Individuele begeleiding jeugd", "Begeleiding van het kind of de jongere zelf: dagstructuur, zelfredzaamheid, sociale contacten.", 4, "ambulant", "04", 66, 4, 23, "begeleiding; structuur; zelfredzaamheid; sociale vaardigheden; dagbesteding", "", "ambulant", LMZ),
    ("45", "Begeleiding bij autisme", "Begeleiding thuis en op school voor kinderen met autisme en hun ouders: voorspelbaarheid, prikkels, communicatie.", 4, "ambulant", "04", 76, 2, 23, "autisme; ASS; autistisch; prikkelverwerking; structuur; sociale vaardigheden", "Geef me de 5; TEACCH", "ambulant", IND_GROEP),
    ("45", "Sociale vaardigheidstraining", "Training om contact te maken, voor jezelf op te komen en met pesten om te gaan.", 4, "ambulant", "04", 62, 6, 18, "sociale vaardigheden; pesten; gepest; weerbaarheid; sociaal-emotionele ontwikkeling; zelfvertrouwen", "Kanjertraining; Rots en Water; Tom en Tina", "ambulant", IND_GROEP),
    ("45", "Faalangsttraining", "Training bij faalangst en examenvrees: ontspanning, helpende gedachten, oefenen.", 4, "ambulant", "04", 64, 8, 18, "faalangst; angst; zelfvertrouwen; examenvrees; school", "Vrienden voor het leven; Ik ben ik", "ambulant", IND_GROEP),
    ("45", "Agressieregulatietraining", "Training voor kinderen en jongeren met boosheid en agressie, met een ouderdeel.", 4, "ambulant", "04", 72, 8, 18, "agressie; boosheid; woede; gedragsproblemen; driftbuien", "Agressieregulatie op maat; Minder Boos en Opstandig", "ambulant", IND_GROEP),
    ("45", "Hulp bij (echt)scheiding", "Ondersteuning van kinderen en ouders bij een scheiding: loyaliteit, communicatie, ouderschapsplan.", 4, "ambulant", "04", 76, 4, 18, "echtscheiding; vechtscheiding; scheiding; loyaliteit; omgangsregeling; ruzie", "Kinderen uit de Knel; KIES", "ambulant", [(" kind", " Groep of gesprekken voor het kind.", 0.8), (" ouders", " Begeleiding van beide ouders.", 1.0), (" complexe scheiding", " Bij een hoog conflict tussen ouders.", 1.3)]),
    ("45", "Hulp bij huiselijk geweld", "Hulp aan gezinnen na huiselijk geweld of kindermishandeling: veiligheid eerst, dan herstel.", 4, "ambulant", "04", 88, 0, 18, "huiselijk geweld; kindermishandeling; veiligheid; trauma; onveiligheid", "Signs of Safety; Veilig Verder", "ambulant", KORT_LANG),
    ("45", "Hulp bij schoolverzuim", "Samen met school en leerplicht een jongere terug naar school helpen, thuis en op school.", 4, "ambulant", "04", 74, 6, 18, "schoolverzuim; thuiszitter; school; motivatie; spijbelen; gamen", "Motiverende gespreksvoering", "ambulant", ENKEL),
    ("45", "Ambulante begeleiding licht verstandelijke beperking", "Begeleiding thuis voor kinderen en jongeren met een licht verstandelijke beperking en hun ouders.", 4, "ambulant", "04", 70, 4, 23, "licht verstandelijke beperking; LVB; begeleiding; zelfredzaamheid", "Triple C", "lvb", LMZ),
    ("45", "Ouder-kindbegeleiding jonge kind", "Begeleiding van ouders met een baby of peuter: hechting, huilen, slapen, spelen.", 4, "ambulant", "04", 78, 0, 4, "hechting; huilbaby; slaapproblemen; jonge ouders; jonge kind; driftbuien", "Video-interactiebegeleiding; Stevig Ouderschap; VoorZorg", "ambulant", KORT_LANG),
    ("45", "Video-interactiebegeleiding", "Met korte video-opnamen van het dagelijks leven zien ouders wat goed gaat in het contact met hun kind.", 4, "ambulant", "04", 80, 0, 18, "ouder-kindrelatie; communicatie; hechting; opvoeding", "Video-interactiebegeleiding (VIB); Video Home Training", "ambulant", ENKEL),
    ("45", "Jongerencoaching", "Coaching van jongeren op school, werk, geld en wonen, op weg naar zelfstandigheid.", 4, "ambulant", "04", 68, 12, 23, "jongerencoaching; motivatie; 18-/18+; school; werk; verselfstandiging", "Oplossingsgericht werken", "ambulant", KORT_LANG),
    ("45", "KOPP/KVO-groep", "Groep voor kinderen van ouders met psychische of verslavingsproblemen: begrijpen wat er thuis gebeurt.", 4, "ambulant", "04", 56, 8, 18, "KOPP; KVO; psychische problemen ouder; verslaving ouder; jonge mantelzorger", "Doe-praatgroep; Survivalkid", "ggz", ENKEL),
    ("45", "Rouwverwerking kinderen", "Begeleiding van kinderen en jongeren bij rouw en verlies.", 4, "ambulant", "04", 72, 4, 18, "rouw; verlies; overlijden; somberheid", "", "ambulant", ENKEL),
    ("45", "Hulp bij middelengebruik", "Begeleiding en behandeling van jongeren met problematisch gebruik van alcohol, cannabis of gamen.", 4, "ambulant", "04", 84, 12, 23, "middelengebruik; verslaving; cannabis; blowen; alcohol; gamen; schermtijd", "Motiverende gespreksvoering; CRA", "ggz", KORT_LANG),
    ("45", "Hulp bij seksueel grensoverschrijdend gedrag", "Behandeling van jongeren met seksueel grensoverschrijdend gedrag en begeleiding van ouders.", 4, "ambulant", "04", 96, 12, 18, "seksueel grensoverschrijdend gedrag; seksualiteit; jongeren", "Tools4U; Respect", "ambulant", ENKEL),
    ("45", "Diagnostiek ernstige enkelvoudige dyslexie", "Onderzoek naar ernstige enkelvoudige dyslexie (EED) na aanmelding door school met het leerlingdossier.", 4, "ambulant", "82", 1150, 7, 13, "dyslexie; EED; lezen; spelling; leesproblemen; leerachterstand", "Protocol Dyslexie Diagnostiek en Behandeling", "dyslexie", ENKEL),
    ("45", "Behandeling ernstige enkelvoudige dyslexie", "Behandeling van ernstige enkelvoudige dyslexie: wekelijkse sessies lezen en spellen, met oefenen thuis.", 4, "ambulant", "01", 1.62, 7, 13, "dyslexie; EED; lezen; spelling; leesproblemen; leerachterstand", "Protocol Dyslexie Diagnostiek en Behandeling; Taal in Blokjes", "dyslexie", [("", "", 1.0), (" met faalangst", " Met aandacht voor faalangst rond lezen.", 1.1)]),
    ("45", "Psychodiagnostiek jeugd", "Onderzoek naar de ontwikkeling, het gedrag of de emoties van een kind, met advies over passende hulp.", 4, "ambulant", "82", 980, 0, 18, "diagnostiek; onderzoek; ontwikkelingsonderzoek; intelligentieonderzoek; gedrag", "", "ambulant", [(" basis", " Gericht onderzoek op één vraag.", 0.7), (" uitgebreid", " Breed onderzoek met observatie thuis en op school.", 1.3)]),
    ("45", "Kortdurende jeugdhulp", "Laagdrempelige, kortdurende hulp bij een enkelvoudige vraag van kind of ouders.", 4, "ambulant", "04", 68, 0, 18, "opvoedvragen; gedrag; somberheid; angst; piekeren; welbevinden", "Oplossingsgericht werken", "ambulant", ENKEL),
    ("45", "Speltherapie", "Therapie voor jonge kinderen waarin spel de taal is: verwerken van spanning, angst of een nare gebeurtenis.", 4, "ambulant", "04", 84, 3, 12, "speltherapie; angst; trauma; sociaal-emotionele ontwikkeling; jonge kind", "", "ambulant", ENKEL),
    ("45", "Creatieve therapie", "Beeldende, muziek- of dramatherapie voor kinderen en jongeren die moeilijk over gevoelens praten.", 4, "ambulant", "04", 82, 4, 23, "creatieve therapie; emoties; zelfbeeld; somberheid; trauma", "", "ambulant", [(" beeldend", "", 1.0), (" muziek", "", 1.0), (" drama", "", 1.0)]),
    ("45", "Psychomotorische therapie", "PMT: via bewegen en lichaamservaring werken aan spanning, zelfbeeld en grenzen.", 4, "ambulant", "04", 82, 4, 23, "psychomotorische therapie; PMT; spanning; zelfbeeld; agressie; weerbaarheid", "Rots en Water", "ambulant", ENKEL),
    # 46 Jeugdhulp crisis
    ("46", "Crisisopvang jeugd", "Direct onderdak en begeleiding bij acute onveiligheid thuis, met onderzoek naar een vervolg.", 5, "crisis", "14", 340, 0, 18, "crisisopvang; acute onveiligheid; uithuisplaatsing; spoed; weglopen", "", "crisis", [(" kinderen", " Voor kinderen tot 12 jaar.", 1.0), (" jongeren", " Voor jongeren vanaf 12 jaar.", 1.05)]),
    ("46", "Crisispleegzorg", "Tijdelijke opvang in een crisispleeggezin, binnen enkele uren beschikbaar.", 5, "crisis", "14", 95, 0, 18, "crisispleegzorg; crisisopvang; pleeggezin; spoed", "", "pleegzorg", ENKEL),
    ("46", "Ambulante crisisinterventie", "Binnen 24 uur hulp thuis bij een acute crisis in het gezin, zodat het kind thuis kan blijven.", 5, "crisis", "04", 105, 0, 18, "crisisinterventie; acute crisis; spoedeisende hulp; veiligheid; escalatie", "Families First", "crisis", [("", "", 1.0), (" met nachtbereikbaarheid", " Ook 's nachts bereikbaar.", 1.15)]),
    ("46", "Spoedhulp jeugd-ggz", "Psychiatrische spoedhulp bij suïcidaliteit, psychose of een andere acute psychische crisis.", 5, "crisis", "01", 2.35, 0, 18, "psychiatrische crisis; suïcidaliteit; psychose; acute crisis; zelfbeschadiging", "", "ggz", ENKEL),
    ("46", "Crisisopname jeugd-ggz", "Korte klinische opname bij een ernstige psychische crisis.", 5, "crisis", "14", 690, 12, 18, "crisisopname; suïcidaliteit; psychose; acute crisis", "", "ggz", ENKEL),
    ("46", "Crisisopvang gezinshuis", "Crisisplek in een gezinshuis voor jonge kinderen die niet thuis kunnen blijven.", 5, "crisis", "14", 230, 0, 12, "crisisopvang; gezinshuis; uithuisplaatsing; spoed", "", "gezinshuis", ENKEL),
    ("46", "Crisisplek licht verstandelijke beperking", "Crisisopvang met begeleiding voor jongeren met een licht verstandelijke beperking.", 5, "crisis", "14", 395, 8, 23, "crisisopvang; licht verstandelijke beperking; LVB; spoed", "", "lvb", ENKEL),
    # 47 Jeugdreclassering
    ("47", "Jeugdreclassering", "Toezicht en begeleiding van een jongere na een strafbaar feit, in opdracht van de rechter of het OM.", 1, "ambulant", "82", 5400, 12, 23, "jeugdreclassering; delict; justitie; toezicht; criminaliteit", "Samen Werken aan Veiligheid", "jr", [(" toezicht en begeleiding", " Reguliere jeugdreclassering.", 1.0), (" ITB Harde Kern", " Intensieve Trajectbegeleiding voor veelplegers.", 1.6), (" ITB Criem", " Intensieve Trajectbegeleiding met aandacht voor culturele achtergrond.", 1.5), (" scholings- en trainingsprogramma", " Leerstraf met training.", 0.8)]),
    ("47", "Nazorg jeugdreclassering", "Begeleiding na verblijf in een justitiële jeugdinrichting: wonen, school, dagbesteding.", 1, "ambulant", "82", 3900, 14, 23, "nazorg; justitiële jeugdinrichting; re-integratie; jeugdreclassering", "", "jr", ENKEL),
    # 48 Jeugdbescherming
    ("48", "Ondertoezichtstelling", "Uitvoering van een ondertoezichtstelling (OTS) door een gecertificeerde instelling, met een jeugdbeschermer.", 1, "ambulant", "82", 7200, 0, 18, "ondertoezichtstelling; OTS; jeugdbescherming; kinderrechter; gezinsvoogd; gedwongen kader", "Samen Werken aan Veiligheid", "jb", [(" eerste jaar", "", 1.0), (" verlenging", "", 0.85)]),
    ("48", "Voogdij", "Uitvoering van de voogdij als het gezag van ouders is beëindigd.", 1, "ambulant", "82", 4800, 0, 18, "voogdij; gezag; jeugdbescherming; gedwongen kader", "", "jb", ENKEL),
    ("48", "Preventieve jeugdbescherming", "Begeleiding in het drangkader om een kinderbeschermingsmaatregel te voorkomen.", 1, "ambulant", "82", 3100, 0, 18, "drangkader; preventieve jeugdbescherming; veiligheid; drang", "Signs of Safety", "jb", ENKEL),
    ("48", "Voorlopige ondertoezichtstelling", "Directe uitvoering van een voorlopige OTS bij acute zorgen over de veiligheid van een kind.", 1, "ambulant", "82", 2800, 0, 18, "voorlopige ondertoezichtstelling; OTS; jeugdbescherming; veiligheid; spoed", "", "jb", ENKEL),
    # 49 Activiteiten in het preventief justitieel kader
    ("49", "Preventieve justitiële interventie", "Kortdurend programma voor jongeren die voor het eerst met politie in aanraking komen.", 4, "ambulant", "82", 1250, 12, 18, "preventie; kleine criminaliteit; risicojongeren; first offenders; delict", "Tools4U; Brains4Use", "preventie", KORT_LANG),
    ("49", "Begeleiding risicojongeren", "Outreachende begeleiding van jongeren die afglijden: school, vrije tijd, vrienden.", 4, "ambulant", "04", 72, 12, 23, "risicojongeren; criminaliteit; straatcultuur; school; vrije tijd", "Motiverende gespreksvoering", "preventie", ENKEL),
    ("49", "Groepsaanpak jongeren in de wijk", "Aanpak van jeugdgroepen in de wijk, samen met politie en jongerenwerk.", 4, "ambulant", "82", 890, 12, 23, "jeugdgroep; overlast; wijk; risicojongeren", "", "preventie", ENKEL),
    # 50 Maatwerkarrangementen jeugd
    ("50", "Maatwerkarrangement complexe scheiding", "Arrangement op maat voor gezinnen in een vechtscheiding, met regie op alle betrokken hulp.", 1, "ambulant", "83", 1.0, 0, 18, "vechtscheiding; complexe scheiding; maatwerk; regie", "Kinderen uit de Knel", "maatwerk", ENKEL),
    ("50", "Maatwerkarrangement multiprobleemgezin", "Samenhangend arrangement voor gezinnen met problemen op meerdere leefgebieden: één gezin, één plan.", 1, "ambulant", "83", 1.0, 0, 23, "multiprobleem; maatwerk; één gezin één plan; schulden; regie", "", "maatwerk", ENKEL),
    ("50", "Maatwerkarrangement verblijf", "Woonplek op maat wanneer het reguliere aanbod niet past.", 1, "verblijf", "83", 1.0, 0, 23, "maatwerk; verblijf; uithuisplaatsing; complexe problematiek", "", "maatwerk", ENKEL),
    ("50", "Maatwerkarrangement thuiszitter", "Onderwijs-zorgarrangement op maat voor een thuiszitter, samen met school en leerplicht.", 1, "dagbehandeling", "83", 1.0, 6, 18, "thuiszitter; schoolverzuim; onderwijs-zorgarrangement; maatwerk", "", "maatwerk", ENKEL),
    ("50", "Maatwerkarrangement 18-/18+", "Arrangement voor de overgang naar volwassenheid: wonen, inkomen, werk en zorg na 18.", 1, "ambulant", "83", 1.0, 16, 23, "18-/18+; verlengde jeugdhulp; verselfstandiging; perspectiefplan; maatwerk", "", "maatwerk", ENKEL),
    # 51 Generalistische basis-ggz
    ("51", "Basis-ggz", "Kortdurende behandeling van lichte tot matige psychische klachten.", 4, "ambulant", "82", 520, 0, 18, "angst; somberheid; depressie; lichte psychische klachten; slaapproblemen; piekeren", "Cognitieve gedragstherapie; EMDR", "ggz", [(" kort", " Tot vijf gesprekken.", 0.5), (" middel", " Tot acht gesprekken.", 0.9), (" intensief", " Tot twaalf gesprekken.", 1.4), (" chronisch", " Voor stabiele langdurige klachten.", 1.2)]),
    # 52 Specialistische ggz
    ("52", "Specialistische ggz ambulant", "Behandeling van complexe psychische problemen door een multidisciplinair team.", 4, "ambulant", "01", 2.05, 0, 18, "ADHD; autisme; angststoornis; depressie; trauma; PTSS; dwang; eetstoornis", "Cognitieve gedragstherapie; EMDR; Traumagerichte cognitieve gedragstherapie", "ggz", [(" kort", "", 0.9), (" middel", "", 1.0), (" lang", "", 1.05), (" intensief", "", 1.2)]),
    ("52", "Traumabehandeling", "Behandeling na een schokkende gebeurtenis of langdurige onveiligheid.", 4, "ambulant", "01", 2.1, 4, 18, "trauma; PTSS; nachtmerries; schokkende gebeurtenis; mishandeling", "EMDR; Traumagerichte cognitieve gedragstherapie; Narratieve Exposure Therapie", "ggz", ENKEL),
    ("52", "Behandeling eetstoornis", "Behandeling van anorexia, boulimia of eetbuistoornis, met het gezin.", 4, "ambulant", "01", 2.2, 10, 23, "eetstoornis; eetproblemen; anorexia; boulimia; afvallen", "Family Based Treatment; CGT-E", "ggz", [(" ambulant", "", 1.0), (" deeltijd", " Enkele dagdelen per week in de kliniek.", 1.3)]),
    ("52", "Behandeling ADHD", "Diagnostiek en behandeling van ADHD: psycho-educatie, ouder- en leerkrachttraining, zo nodig medicatie.", 4, "ambulant", "01", 1.98, 4, 18, "ADHD; ADD; concentratie; druk gedrag; impulsiviteit", "Oudertraining ADHD; Medicatie; Plannen en organiseren", "ggz", [(" diagnostiek", "", 1.0), (" behandeling", "", 1.0)]),
    ("52", "Behandeling autisme", "Diagnostiek en behandeling bij autisme met bijkomende psychische problemen.", 4, "ambulant", "01", 2.0, 2, 23, "autisme; ASS; autistisch; angst; sociale vaardigheden", "Cognitieve gedragstherapie; Psycho-educatie", "ggz", [(" diagnostiek", "", 1.0), (" behandeling", "", 1.0)]),
    ("52", "FACT-jeugd", "Flexibele assertieve behandeling thuis voor jongeren met ernstige psychische problemen die zorg mijden.", 1, "ambulant", "01", 2.4, 12, 23, "ernstige psychische problemen; zorgmijding; psychose; FACT", "FACT", "ggz", ENKEL),
    ("52", "Behandeling angst- en dwangstoornis", "Behandeling van angststoornissen, paniekaanvallen en dwang bij kinderen en jongeren.", 4, "ambulant", "01", 2.0, 6, 18, "angststoornis; angst; paniekaanvallen; dwang; fobie", "Cognitieve gedragstherapie; Exposure", "ggz", ENKEL),
    ("52", "Behandeling depressie jongeren", "Behandeling van depressie en somberheid bij jongeren, met aandacht voor school en vrienden.", 4, "ambulant", "01", 2.0, 12, 23, "depressie; somberheid; zelfbeschadiging; suïcidale gedachten", "Cognitieve gedragstherapie; Interpersoonlijke therapie", "ggz", ENKEL),
    ("52", "Psychiatrische deeltijdbehandeling", "Deeltijdbehandeling voor jongeren met ernstige psychische problemen, naast of in plaats van school.", 3, "dagbehandeling", "16", 185, 12, 18, "deeltijdbehandeling; psychische problemen; depressie; angst; schoolverzuim", "Dialectische gedragstherapie", "ggz", ENKEL),
    ("52", "Klinische behandeling jeugd-ggz", "Opname voor intensieve psychiatrische behandeling als ambulant en deeltijd niet voldoende zijn.", 1, "verblijf", "14", 720, 12, 18, "klinische opname; psychiatrie; eetstoornis; psychose; depressie", "", "ggz", KORT_LANG),
    # 53 Kindergeneeskunde
    ("53", "Kindergeneeskundige psychosociale zorg", "Zorg door kinderarts en psycholoog bij lichamelijke klachten met een psychosociale kant.", 4, "ambulant", "82", 640, 0, 18, "SOLK; buikpijn; hoofdpijn; lichamelijke klachten; psychosociaal", "", "kind", ENKEL),
    ("53", "Behandeling slaapproblemen jonge kind", "Poliklinische behandeling van hardnekkige slaapproblemen bij baby's en peuters.", 4, "ambulant", "82", 520, 0, 6, "slaapproblemen; huilbaby; jonge kind; slapen", "", "kind", ENKEL),
    ("53", "Zindelijkheidstraining", "Poliklinische training bij bedplassen en broekpoepen.", 4, "ambulant", "82", 480, 4, 12, "zindelijkheid; bedplassen; broekpoepen", "Plaswekker", "kind", ENKEL),
    ("53", "Voedings- en eetproblemen jonge kind", "Multidisciplinaire behandeling van eet- en voedingsproblemen bij jonge kinderen.", 4, "ambulant", "82", 760, 0, 8, "eetproblemen; voeding; jonge kind; groei", "", "kind", ENKEL),
    # 54 Jeugd-ggz
    ("54", "Jeugd-ggz diagnostiek", "Psychiatrisch en psychologisch onderzoek met een behandeladvies.", 4, "ambulant", "01", 2.1, 0, 18, "diagnostiek; psychiatrisch onderzoek; classificatie; onderzoek", "", "ggz", ENKEL),
    ("54", "Jeugd-ggz behandeling", "Ambulante behandeling binnen de jeugd-ggz.", 4, "ambulant", "01", 1.95, 0, 18, "psychische problemen; angst; somberheid; trauma; gedragsproblemen", "Cognitieve gedragstherapie; Systeemtherapie", "ggz", [(" kort", "", 1.0), (" middel", "", 1.0), (" lang", "", 1.0)]),
    ("54", "Gezinstherapie", "Systeemtherapie met het hele gezin wanneer de problemen van een kind samenhangen met het gezin.", 4, "ambulant", "01", 2.05, 0, 18, "gezinstherapie; systeemtherapie; gezinsrelaties; conflicten; loyaliteit", "Systeemtherapie; Emotionally Focused Family Therapy", "ggz", ENKEL),
    ("54", "Psychotherapie jongeren", "Langer durende psychotherapie voor jongeren met hardnekkige problemen in hun persoonlijkheid of relaties.", 4, "ambulant", "01", 2.05, 14, 23, "psychotherapie; persoonlijkheid; emotieregulatie; zelfbeeld; zelfbeschadiging", "Schematherapie; Mentaliseren Bevorderende Therapie; Dialectische gedragstherapie", "ggz", ENKEL),
    ("54", "Jeugd-ggz dagbehandeling jonge kind", "Dagbehandeling voor jonge kinderen met ernstige psychiatrische problemen, met ouders.", 3, "dagbehandeling", "16", 175, 2, 7, "jonge kind; psychiatrie; hechting; autisme; ernstige gedragsproblemen", "Ouder-kindinteractietherapie", "ggz", ENKEL),
    ("54", "Jeugd-ggz klinisch", "Klinische opname in de jeugd-ggz voor observatie en behandeling.", 1, "verblijf", "14", 705, 6, 18, "klinische opname; observatie; psychiatrie; ernstige psychische problemen", "", "ggz", ENKEL),
    # 55 Landelijk ingekochte zorg
    ("55", "Behandeling doven en slechthorenden", "Gespecialiseerde jeugdhulp voor dove en slechthorende kinderen en hun ouders (landelijk ingekocht).", 1, "verblijf", "14", 460, 0, 23, "doof; slechthorend; gebarentaal; communicatie", "", "landelijk", [(" verblijf", "", 1.0), (" ambulant", "", 0.3)]),
    ("55", "Zeer intensieve kortdurende observatie en stabilisatie", "ZIKOS: kortdurende opname voor jongeren met een licht verstandelijke beperking en zeer ernstige gedragsproblemen.", 1, "verblijf", "14", 980, 12, 23, "ZIKOS; LVB; ernstige gedragsproblemen; observatie; stabilisatie", "", "landelijk", ENKEL),
    ("55", "Forensische jeugdpsychiatrie", "Behandeling van jongeren met psychiatrische problemen en een justitiële maatregel.", 1, "verblijf", "14", 890, 12, 23, "forensische psychiatrie; justitie; delict; psychiatrie", "", "landelijk", ENKEL),
    ("55", "Behandeling ernstige eetstoornis landelijk", "Klinische behandeling van ernstige eetstoornissen in een landelijk centrum.", 1, "verblijf", "14", 760, 10, 23, "eetstoornis; anorexia; klinische opname", "", "landelijk", ENKEL),
]  # fmt: skip

# Every product needs the aanbieder kind it is for ("soort aanbieder" above). Providers get
# one or more kinds; a product is contracted with a few providers of its kind.
SOORTEN_HOOFD = {
    "ambulant": 22, "dag": 9, "verblijf": 9, "gezinshuis": 3, "pleegzorg": 3, "crisis": 4,
    "ggz": 9, "lvb": 4, "jr": 2, "jb": 2, "preventie": 2, "maatwerk": 5, "kind": 2,
    "landelijk": 2, "verzorging": 3, "vervoer": 1, "dyslexie": 2,
}  # fmt: skip
SOORTEN_ONDER = {
    "ambulant": 26, "dyslexie": 7, "gezinshuis": 10, "ggz": 10, "verzorging": 4, "vervoer": 4,
    "dag": 5, "lvb": 2, "pleegzorg": 1,
}  # fmt: skip

# ---------------------------------------------------------------- providers

NAAMDELEN = [
    "Lindehof", "Waalboog", "Rijnstroom", "Veerhuis", "Liemerse Linde", "Zonnehoeve", "Brug",
    "Kompas", "Horizon", "Boomgaard", "Vlinderhuis", "Anker", "Vuurtoren", "Kameleon",
    "Sterrenhuis", "Klaverblad", "Wilg", "IJsselzicht", "Groenewoud", "Hoeksteen", "Palet",
    "Windroos", "Regenboog", "Zevensprong", "Kiem", "Bolster", "Eikenhorst", "Oeverzwaluw",
    "Hazelaar", "Maasdal", "Drie Rivieren", "Betuwse Boog", "Veluwezoom", "Achterhoek",
    "Lingewaard", "Ooijpolder", "Posbank", "Rozengaarde", "Zilverberk", "Duinroos", "Kastanje",
    "Zandloper", "Wegwijzer", "Vogelvlucht", "Sprankel", "Toekomst", "Vlonder", "Bongerd",
    "Molenwiek", "Lichtpunt", "Stapsteen", "Kerkebosch", "Schuilplaats", "Beukenhof",
    "Hooiberg", "Kleine Stap", "Korenbloem", "Meander", "Uiterwaard", "Klimop", "Spoor",
    "Rondeel", "Vijverhof", "Wissel", "Brink", "Linge", "Esdoorn", "Sterk Huis", "Thuishaven",
    "Tuinfluiter", "Koppel", "Bijenkorf", "Zaaier", "Waaier", "Nieuwe Weg", "Groeiplek",
    "Marke", "Kring", "Veste", "Havik", "Hoeve Ter Linde", "Oever", "Drempel", "Kapstok",
    "Schakel", "Pijler", "Kiezel", "Dijkhuis", "Kooihof", "Wielewaal", "Stroming", "Rietkraag",
    "Wijde Blik", "Overkant", "Tij", "Morgenrood", "Eilandje", "Vlasakker", "Berkenrode",
    "Zwanenhof", "Steiger", "Pelikaan", "Merel", "Kompasroos", "Bron", "Akker", "Heuvelrug",
    "Lepelaar", "Bloesem", "Boei", "Duiventil", "Fontein", "Spiegel", "Ridder", "Kaap",
    "Veenhof", "Pieterberg", "Ravelijn", "Raadhuis", "Noorderlicht", "Zuidwal", "Westerhof",
    "Oosterpoort", "Speelhuis", "Kinderhoeve", "Dromenvanger", "Zevenster", "Pluktuin",
]  # fmt: skip
VORMEN = {
    "ambulant": ["{x} Jeugdhulp", "Stichting {x}", "{x} Jeugd & Gezin", "Praktijk {x}", "Gezinscoaching {x}", "Orthopedagogenpraktijk {x}", "{x} Opvoedhulp"],
    "dag": ["Dagcentrum {x}", "{x} Dagbehandeling", "Zorgboerderij {x}"],
    "verblijf": ["Stichting {x} Jeugdzorg", "{x} Wonen & Zorg", "Jeugdzorginstelling {x}"],
    "gezinshuis": ["Gezinshuis {x}", "Gezinshuis {x}", "Stichting Gezinshuizen {x}"],
    "pleegzorg": ["Pleegzorg {x}", "{x} Pleegzorg & Gezinshuizen"],
    "crisis": ["Crisisdienst {x}", "{x} Jeugd- en Crisiszorg"],
    "ggz": ["GGZ {x}", "{x} Kinder- en Jeugdpsychiatrie", "Psychologenpraktijk {x}", "Praktijk voor Kind en Jeugd {x}"],
    "lvb": ["{x} LVB Zorg", "Stichting {x} (verstandelijk gehandicaptenzorg)"],
    "jr": ["Stichting Jeugdreclassering {x}"],
    "jb": ["Jeugdbescherming {x}"],
    "preventie": ["Stichting {x} Jongerenwerk", "{x} Jongerenaanpak"],
    "maatwerk": ["{x} Maatwerk Jeugd", "Coöperatie {x}"],
    "kind": ["Kinderpraktijk {x}", "Kindergeneeskundig Centrum {x}"],
    "landelijk": ["Landelijk Centrum {x}", "Stichting {x} (landelijk)"],
    "verzorging": ["Thuiszorg {x}", "Kinderthuiszorg {x}"],
    "vervoer": ["Zorgvervoer {x}", "Taxi {x}"],
    "dyslexie": ["Dyslexiecentrum {x}", "Leespraktijk {x}", "Instituut voor Dyslexie {x}"],
}  # fmt: skip
IDENTITEIT = [("algemeen", 70), (None, 12), ("christelijk", 10), ("islamitisch", 3),
              ("humanistisch", 3), ("joods", 1), ("antroposofisch", 1)]  # fmt: skip
IDENTITEIT_NAAM = {
    "christelijk": ["Stichting {x} (protestants-christelijk)", "Stichting Hoop en Zorg {x}", "Christelijke Jeugdhulp {x}"],
    "islamitisch": ["Stichting Noor Jeugdhulp {x}", "Islamitische Jeugdhulp {x}"],
    "humanistisch": ["Humanistische Jeugdhulp {x}"],
    "joods": ["Joods Jeugdwerk {x}"],
    "antroposofisch": ["Antroposofische Zorg {x}"],
}  # fmt: skip
# (plaats, postcode digits, area code)
PLAATSEN = [
    ("Duiven", ["6921", "6922"], "0316"), ("Westervoort", ["6931", "6932"], "026"),
    ("Doesburg", ["6981", "6982"], "0313"), ("Zevenaar", ["6901", "6902", "6903"], "0316"),
    ("Arnhem", ["6811", "6822", "6825", "6833", "6843"], "026"),
    ("Nijmegen", ["6511", "6522", "6533", "6541"], "024"), ("Doetinchem", ["7001", "7004", "7009"], "0314"),
    ("Ede", ["6711", "6714", "6717"], "0318"), ("Apeldoorn", ["7311", "7321", "7331"], "055"),
    ("Deventer", ["7411", "7415", "7421"], "0570"), ("Zutphen", ["7201", "7203"], "0575"),
    ("Velp", ["6881", "6882"], "026"), ("Dieren", ["6951", "6952"], "0313"), ("Didam", ["6942"], "0316"),
]  # fmt: skip
PLAATS_GEWICHT = [14, 9, 7, 10, 16, 8, 6, 4, 4, 3, 3, 5, 4, 3]
STRATEN = ["Hoofdstraat", "Kerkstraat", "Rijnstraat", "Molenweg", "Stationsplein", "Lindelaan",
           "Dorpsstraat", "Industrieweg", "Julianalaan", "Beatrixstraat", "Schoolstraat",
           "Nijverheidsweg", "Kastanjelaan", "Parkweg", "Havenstraat", "Zutphensestraat",
           "Amsterdamseweg", "Velperweg", "Keizerstraat", "Markt"]  # fmt: skip

ERVARINGEN = [
    (5, "Snel gestart en goed contact met de ouders; het gezin was erg tevreden."),
    (5, "Deskundig en flexibel, denkt mee als het plan moet worden bijgesteld."),
    (4, "Goede ervaringen; de rapportage aan ons kwam wel wat laat."),
    (4, "Sloot goed aan bij wat de jongere zelf wilde."),
    (4, "Prettige samenwerking met school, korte lijnen."),
    (3, "Inhoudelijk goed, maar de wachttijd bleek langer dan opgegeven."),
    (3, "Wisselende begeleiders; het gezin moest steeds opnieuw beginnen."),
    (2, "Weinig terugkoppeling; de evaluatie na drie maanden kwam er pas na aandringen."),
    (5, "Werkt echt samen met het netwerk van het gezin."),
    (4, "Kon binnen twee weken starten, ook in de avond."),
]  # fmt: skip
CONSULENTEN = [
    "a.devries",
    "s.elamrani",
    "t.vandenbroek",
    "j.vanderheijden",
    "e.ozturk",
    "m.wojcik",
]


def _gewogen(rng: random.Random, paren):
    waarden, gewichten = zip(*paren, strict=True)
    return rng.choices(waarden, weights=gewichten)[0]


def _slug(naam: str) -> str:
    tekst = re.sub(r"\(.*?\)", "", naam.lower())
    for van, naar in (("ö", "o"), ("ë", "e"), ("é", "e"), ("&", "en")):
        tekst = tekst.replace(van, naar)
    woorden = [w for w in re.findall(r"[a-z0-9]+", tekst) if w not in ("stichting", "de", "het")]
    return "".join(woorden)[:28] or "aanbieder"


def _producten(rng: random.Random) -> list[tuple[ProductRij, str]]:
    uit: list[tuple[ProductRij, str]] = []
    volgnummer: dict[str, int] = {}
    for thema in THEMAS:
        (cat, naam, oms, seg, setting, eenheid, tarief, van, tot, tref, interv, soort,
         varianten) = thema  # fmt: skip
        for toevoeging, extra, factor in varianten:
            volgnummer[cat] = volgnummer.get(cat, 0) + 1
            uit.append(((cat, naam + toevoeging, oms + extra, seg, setting, eenheid,
                         tarief * factor, van, tot, tref, interv), soort))  # fmt: skip
    # Up to 300: more forms of the common ambulant and day products (groups, online, short),
    # as a regional productenboek has them.
    extra_vormen = [
        (" groep", " In een groep.", 0.5),
        (" online", " Met online modules en videobellen.", 0.7),
        (" kortdurend", " Hoogstens zes contacten.", 0.85),
        (" met ouderbegeleiding", " Met een vast deel voor de ouders.", 1.15),
        (" in de wijk", " In het wijkcentrum of op school.", 0.9),
    ]
    kandidaten = [
        t
        for t in THEMAS
        if t[4] in ("ambulant", "dagbehandeling") and t[0] in ("45", "41", "52", "54")
    ]
    i = 0
    while len(uit) < AANTAL_PRODUCTEN - 1:  # the last one is 54001, below
        thema = kandidaten[i % len(kandidaten)]
        toevoeging, extra, factor = extra_vormen[(i // len(kandidaten)) % len(extra_vormen)]
        (cat, naam, oms, seg, setting, eenheid, tarief, van, tot, tref, interv, soort, _v) = thema
        uit.append(((cat, naam + toevoeging, oms + extra, seg, setting, eenheid, tarief * factor,
                     van, tot, tref, interv), soort))  # fmt: skip
        i += 1
    uit = uit[: AANTAL_PRODUCTEN - 1]
    # Codes: category + a running number; a few regional codes with a letter, and 54001 is
    # the basis-ggz code the region's reports use (003:L1015).
    rijen: list[tuple[ProductRij, str]] = []
    per_cat: dict[str, int] = {}
    for (cat, naam, oms, seg, setting, eenheid, tarief, van, tot, tref, interv), soort in uit:
        per_cat[cat] = per_cat.get(cat, 0) + 1
        n = per_cat[cat]
        code = f"{cat}{n:03d}" if cat != "54" else f"54{n + 1:03d}"  # 54001: see below
        if cat in ("43", "46") and n % 3 == 0:
            code = f"{cat}{'ABCDEFGH'[n % 8]}{n:02d}"
        rijen.append((ProductRij(
            productcode=code, productcategorie=cat, naam=naam, omschrijving=oms, segment=seg,
            setting=setting, eenheid=eenheid,
            tarief=Decimal(str(round(tarief, 2))).quantize(Decimal("0.01")),
            leeftijd_van=van if van > 0 else None, leeftijd_tot=tot,
            trefwoorden=tuple(t.strip() for t in tref.split(";") if t.strip()),
            interventies=tuple(t.strip() for t in interv.split(";") if t.strip()),
        ), soort))  # fmt: skip
    # the region's basis-ggz product code
    rijen.append((ProductRij("54001", "54", "Generalistische basis-ggz", "Behandeling van lichte tot matige psychische klachten door een basis-ggz-praktijk (productcode 54001).", 4, "ambulant", "82", Decimal("640.00"), None, 18, ("basis-ggz", "angst", "somberheid", "depressie", "lichte psychische klachten"), ("Cognitieve gedragstherapie",)), "ggz"))  # fmt: skip
    return rijen


def _aanbieders(rng: random.Random) -> list[tuple[AanbiederRij, set[str]]]:
    namen = NAAMDELEN[:]
    rng.shuffle(namen)
    agb_gebruikt: set[str] = set()
    uit: list[tuple[AanbiederRij, set[str]]] = []

    def nieuwe_agb() -> str:
        while True:
            agb = rng.choice(["98", "98", "98", "75", "94"]) + f"{rng.randrange(10**6):06d}"
            if agb not in agb_gebruikt:
                agb_gebruikt.add(agb)
                return agb

    def soortenlijst(tabel: dict[str, int], aantal: int) -> list[str]:
        lijst = [s for s, n in tabel.items() for _ in range(n)]
        rng.shuffle(lijst)
        return (lijst * 2)[:aantal]

    hoofd_soorten = soortenlijst(SOORTEN_HOOFD, AANTAL_HOOFD)
    onder_soorten = soortenlijst(SOORTEN_ONDER, AANTAL_ONDER)
    gezien_namen: set[str] = set()
    for nr, hoofdsoort in enumerate(hoofd_soorten + onder_soorten):
        is_hoofd = nr < AANTAL_HOOFD
        soorten = {hoofdsoort}
        if (
            is_hoofd
            and hoofdsoort in ("ambulant", "verblijf", "ggz", "dag", "lvb")
            and rng.random() < 0.6
        ):
            soorten |= set(rng.sample(["ambulant", "dag", "verblijf", "crisis", "ggz", "lvb"], 2))
        identiteit = (
            _gewogen(rng, IDENTITEIT)
            if hoofdsoort not in ("jr", "jb", "landelijk", "vervoer")
            else "algemeen"
        )
        deel = namen[nr % len(namen)]
        vormen = IDENTITEIT_NAAM.get(identiteit) or VORMEN[hoofdsoort]
        naam = rng.choice(vormen).format(x=deel)
        if naam in gezien_namen:
            naam = f"{naam} {rng.choice(['Oost', 'West', 'Liemers', 'Gelderland', 'Rijnland'])}"
        gezien_namen.add(naam)
        plaats, postcodes, netnummer = rng.choices(PLAATSEN, weights=PLAATS_GEWICHT)[0]
        postcode = f"{rng.choice(postcodes)} {rng.choice('ABCDEGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEGHJKLMNPRTVWXZ')}"
        if postcode.endswith((" SA", " SD", " SS")):
            postcode = postcode[:-2] + "AB"
        abonnee = 10 - len(netnummer)
        telefoon = f"{netnummer}-{rng.randrange(10 ** (abonnee - 1), 10**abonnee)}"
        slug = _slug(naam)
        uit.append((AanbiederRij(
            agb=nieuwe_agb(), naam=naam, hoofdaannemer_agb=None,
            identiteit=identiteit,
            telefoon=telefoon if rng.random() < 0.95 else None,
            email=f"{rng.choice(['info', 'aanmelden', 'zorgbureau', 'info'])}@{slug}.nl" if rng.random() < 0.9 else None,
            website=f"www.{slug}.nl" if rng.random() < 0.92 else None,
            adres=f"{rng.choice(STRATEN)} {rng.randrange(1, 180)}",
            postcode=postcode, plaats=plaats,
        ), soorten))  # fmt: skip
    # onderaannemers work under a hoofdaannemer of a related kind where there is one
    hoofden = [a for a, _s in uit[:AANTAL_HOOFD]]
    soorten_hoofd = [s for _a, s in uit[:AANTAL_HOOFD]]
    for i in range(AANTAL_HOOFD, len(uit)):
        a, soorten = uit[i]
        passend = [h for h, s in zip(hoofden, soorten_hoofd, strict=True) if s & soorten]
        hoofd = rng.choice(passend or hoofden)
        uit[i] = (replace(a, hoofdaannemer_agb=hoofd.agb), soorten)
    return uit


def _contracten(rng, producten, aanbieders) -> list[ContractRij]:
    per_soort: dict[str, list[str]] = {}
    for a, soorten in aanbieders:
        for s in soorten:
            per_soort.setdefault(s, []).append(a.agb)
    uit: list[ContractRij] = []
    for p, soort in producten:
        kandidaten = per_soort.get(soort) or per_soort["ambulant"]
        aantal = min(
            len(kandidaten), {"jr": 2, "jb": 2, "landelijk": 2}.get(soort, rng.randint(2, 7))
        )
        for agb in rng.sample(kandidaten, aantal):
            keuze = rng.random()
            gemeenten = _gewogen(rng, [(GEMEENTEN, 74), (("Duiven", "Westervoort"), 10), (("Duiven",), 6), (("Westervoort",), 4), (("Doesburg",), 6)])  # fmt: skip
            if keuze < 0.68:  # the current contract period
                uit.append(
                    ContractRij(agb, p.productcode, gemeenten, date(2026, 1, 1), date(2028, 12, 31))
                )
                if rng.random() < 0.3:  # …and the previous one it followed
                    uit.append(
                        ContractRij(
                            agb, p.productcode, gemeenten, date(2022, 4, 1), date(2025, 12, 31)
                        )
                    )
            elif keuze < 0.78:
                uit.append(ContractRij(agb, p.productcode, gemeenten, date(2022, 4, 1), None))
            elif keuze < 0.88:  # expired, not renewed
                tot = rng.choice([date(2025, 12, 31), date(2026, 6, 30), date(2026, 9, 30)])
                uit.append(ContractRij(agb, p.productcode, gemeenten, date(2022, 4, 1), tot))
            elif keuze < 0.94:  # starts in the future
                uit.append(
                    ContractRij(agb, p.productcode, gemeenten, date(2027, 1, 1), date(2029, 12, 31))
                )
            else:  # a short contract that runs out soon
                uit.append(
                    ContractRij(agb, p.productcode, gemeenten, date(2026, 3, 1), date(2027, 2, 28))
                )
    return uit


def _wachttijden(rng, producten, contracten) -> list[WachttijdRij]:
    setting = {p.productcode: p.setting for p, _s in producten}
    paren = sorted({(c.aanbieder_agb, c.productcode) for c in contracten})
    uit = []
    dagen = (PEIL_TOT - PEIL_VAN).days
    for agb, code in paren:
        if rng.random() < 0.12:
            continue  # not reported
        s = setting[code]
        if s == "crisis":
            weken = 0
        elif s == "verblijf":
            weken = min(26, int(rng.triangular(2, 26, 10)))
        elif s == "dagbehandeling":
            weken = min(26, int(rng.triangular(0, 20, 6)))
        else:
            weken = min(26, int(rng.triangular(0, 16, 3)))
        uit.append(
            WachttijdRij(agb, code, weken, PEIL_VAN + timedelta(days=rng.randrange(dagen + 1)))
        )
    return uit


def _ervaringen(rng, contracten) -> list[dict]:
    paren = sorted(
        {(c.aanbieder_agb, c.productcode) for c in contracten if c.geldig_van <= date(2026, 11, 1)}
    )
    uit = []
    for agb, code in rng.sample(paren, 45):
        score, tekst = rng.choice(ERVARINGEN)
        uit.append({
            "aanbieder_agb": agb, "productcode": code, "score": score, "tekst": tekst,
            "datum": (date(2026, 2, 1) + timedelta(days=rng.randrange(280))).isoformat(),
            "medewerker": rng.choice(CONSULENTEN),
        })  # fmt: skip
    return sorted(uit, key=lambda e: (e["datum"], e["aanbieder_agb"], e["productcode"]))


def maak(rng: random.Random) -> tuple[Catalogus, list[dict]]:
    producten = _producten(rng)
    aanbieders = _aanbieders(rng)
    contracten = _contracten(rng, producten, aanbieders)
    wachttijden = _wachttijden(rng, producten, contracten)
    cat = Catalogus.gesorteerd(
        [a for a, _s in aanbieders], [p for p, _s in producten], contracten, wachttijden
    )
    return cat, _ervaringen(rng, contracten)


def _vaste_bytes(pad: Path) -> None:
    """Rewrite the .xlsx with fixed zip timestamps and document dates (reproducible file)."""
    with zipfile.ZipFile(pad) as z:
        delen = [(info.filename, z.read(info.filename)) for info in z.infolist()]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for naam, inhoud in delen:
            if naam == "docProps/core.xml":
                inhoud = re.sub(
                    rb"(<dcterms:(created|modified)[^>]*>)[^<]*",
                    rb"\g<1>2026-11-23T00:00:00Z",
                    inhoud,
                )
            info = zipfile.ZipInfo(naam, date_time=VAST_MOMENT)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, inhoud)
    pad.write_bytes(buffer.getvalue())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--uit", type=Path, default=RESOURCES / "catalogus", help="map voor de bestanden"
    )
    args = parser.parse_args(argv)
    args.uit.mkdir(parents=True, exist_ok=True)
    cat, ervaringen = maak(random.Random(SEED))
    pad = args.uit / "demo-catalogus.xlsx"
    schrijf_werkboek(cat, pad, titel="Demo-catalogus Jeugdloket (verzonnen gegevens)")
    _vaste_bytes(pad)
    (args.uit / "demo-ervaringen.json").write_text(
        json.dumps(ervaringen, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    terug = lees_werkboek(pad, vandaag=date(2026, 11, 23))  # the contract check, as the app does
    assert terug == cat, "het werkboek leest niet terug zoals geschreven"
    hoofd = sum(1 for a in cat.aanbieders if a.hoofdaannemer_agb is None)
    print(
        f"{pad}: {hoofd} hoofdaannemers, {len(cat.aanbieders) - hoofd} onderaannemers, "
        f"{len(cat.producten)} producten "
        f"(categorieën {len({p.productcategorie for p in cat.producten})}, "
        f"segmenten {sorted({p.segment for p in cat.producten})}), "
        f"{len(cat.contracten)} contracten, {len(cat.wachttijden)} wachttijden, "
        f"{len(ervaringen)} ervaringen"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
