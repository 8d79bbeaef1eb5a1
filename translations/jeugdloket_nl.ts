<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AanmeldDialoog</name>
    <message>
        <location filename="../jeugdloket/ui/aanmelden.py" line="99"/>
        <source>Jeugdloket – sign in</source>
        <translation>Jeugdloket – aanmelden</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/aanmelden.py" line="117"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/aanmelden.py" line="118"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/aanmelden.py" line="119"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/aanmelden.py" line="120"/>
        <source>Password again</source>
        <translation>Wachtwoord nog een keer</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/aanmelden.py" line="124"/>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/aanmelden.py" line="150"/>
        <source>This database has no users yet. Create the first account: it gets every role (consultant, coordinator, administrator) and can add colleagues.</source>
        <translation>Deze database heeft nog geen medewerkers. Maak het eerste account: het krijgt alle rollen (consulent, coördinator, beheerder) en kan collega&apos;s toevoegen.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/aanmelden.py" line="190"/>
        <source>Opening the database – one moment…</source>
        <translation>De database wordt geopend – een ogenblik…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/aanmelden.py" line="135"/>
        <source>Sign in with your user name and password.</source>
        <translation>Meld u aan met uw gebruikersnaam en wachtwoord.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/aanmelden.py" line="159"/>
        <source>Demo data: every demo user has the public password %1 – for example a.devries (consultant), r.hendriks (coordinator), i.smit (administrator).</source>
        <translation>Demogegevens: elke demomedewerker heeft het openbare wachtwoord %1 – bijvoorbeeld a.devries (consulent), r.hendriks (coördinator), i.smit (beheerder).</translation>
    </message>
</context>
<context>
    <name>AanmeldingTab</name>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="286"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="287"/>
        <source>Consultant</source>
        <translation>Consulent</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="288"/>
        <source>Registered on</source>
        <translation>Aanmelddatum</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="289"/>
        <source>Referred by</source>
        <translation>Verwijzer</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="290"/>
        <source>Kind of question</source>
        <translation>Soort vraag</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="291"/>
        <source>Framework</source>
        <translation>Kader</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="292"/>
        <source>Request for help</source>
        <translation>Hulpvraag</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="293"/>
        <source>First contact</source>
        <translation>Eerste contact</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="307"/>
        <source>Close case…</source>
        <translation>Casus afsluiten…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="309"/>
        <source>Reopen case</source>
        <translation>Casus heropenen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="347"/>
        <source>In time if on or before %1 (3 working days after registration).</source>
        <translation>Op tijd als dit uiterlijk %1 is (3 werkdagen na de aanmelding).</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="357"/>
        <source>Closed on %1: %2</source>
        <translation>Afgesloten op %1: %2</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="362"/>
        <source>This case is open.</source>
        <translation>Deze casus is open.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="370"/>
        <source>Fill in the registration date</source>
        <translation>Vul de aanmelddatum in</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../jeugdloket/ui/medewerkers.py" line="135"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/medewerkers.py" line="136"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/medewerkers.py" line="137"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/medewerkers.py" line="138"/>
        <source>Sign-in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/medewerkers.py" line="143"/>
        <source>not active</source>
        <translation>niet actief</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/medewerkers.py" line="145"/>
        <source>locked until %1</source>
        <translation>geblokkeerd tot %1</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/medewerkers.py" line="147"/>
        <source>chooses a password at the first sign-in</source>
        <translation>kiest bij de eerste aanmelding een wachtwoord</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/medewerkers.py" line="148"/>
        <source>active</source>
        <translation>actief</translation>
    </message>
</context>
<context>
    <name>ActiesModel</name>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="64"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="64"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="64"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="64"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="65"/>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="73"/>
        <source>the consultant</source>
        <translation>de consulent</translation>
    </message>
</context>
<context>
    <name>AfrondenTab</name>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="630"/>
        <source>What is going on and why, in words the family would use themselves</source>
        <translation>Wat is er aan de hand en waarom, in woorden die het gezin zelf zou gebruiken</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="634"/>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="651"/>
        <source>Who took part</source>
        <translation>Wie deden mee</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="637"/>
        <source>e.g. consulent jeugd</source>
        <translation>bijv. consulent jeugd</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="641"/>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="751"/>
        <source>Complete the analysis</source>
        <translation>Analyse afronden</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="642"/>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="650"/>
        <source>In plain words</source>
        <translation>In gewone woorden</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="652"/>
        <source>Author</source>
        <translation>Opgesteld door</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="653"/>
        <source>Author&apos;s role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="654"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="696"/>
        <source>Completed on %1.</source>
        <translation>Afgerond op %1.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="703"/>
        <source>Not ready to complete yet:</source>
        <translation>Nog niet af te ronden:</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="712"/>
        <source>Everything needed is there: the analysis can be completed.</source>
        <translation>Alles wat nodig is staat erin: de analyse kan worden afgerond.</translation>
    </message>
</context>
<context>
    <name>AfsluitenDialoog</name>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="326"/>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="342"/>
        <source>Close case</source>
        <translation>Casus afsluiten</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="337"/>
        <source>Closed on</source>
        <translation>Afgesloten op</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="338"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="343"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="347"/>
        <source>Good is good enough. Why is the help ending?</source>
        <translation>Goed is goed genoeg. Waarom stopt de hulp?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="356"/>
        <source>This is not a date: type it as dd-mm-yyyy</source>
        <translation>Dit is geen datum: typ hem als dd-mm-jjjj</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="360"/>
        <source>Fill in the date</source>
        <translation>Vul de datum in</translation>
    </message>
</context>
<context>
    <name>AfsprakenLijst</name>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/plan.py" line="43"/>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/plan.py" line="45"/>
        <source>If this happens…</source>
        <translation>Als dit gebeurt…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/plan.py" line="47"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/plan.py" line="49"/>
        <source>does what</source>
        <translation>doet wat</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/plan.py" line="51"/>
        <source>Who checks</source>
        <translation>Wie controleert</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/plan.py" line="52"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/plan.py" line="53"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/plan.py" line="75"/>
        <source>If %1: </source>
        <translation>Als %1: </translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/plan.py" line="78"/>
        <source> (checked by %1)</source>
        <translation> (controle: %1)</translation>
    </message>
</context>
<context>
    <name>AnalyseDiagram</name>
    <message>
        <location filename="../jeugdloket/ui/intake/diagram.py" line="106"/>
        <source>Explanatory analysis diagram</source>
        <translation>Schema van de verklarende analyse</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/diagram.py" line="145"/>
        <source>Vulnerable</source>
        <translation>Kwetsbaar</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/diagram.py" line="146"/>
        <source>Why now</source>
        <translation>Waarom nu</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/diagram.py" line="147"/>
        <source>Keeps it going</source>
        <translation>Houdt het in stand</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/diagram.py" line="148"/>
        <source>Strengths</source>
        <translation>Wat helpt</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/diagram.py" line="156"/>
        <source>The family recognises this.</source>
        <translation>Het gezin herkent dit.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/diagram.py" line="157"/>
        <source>The family does not recognise this.</source>
        <translation>Het gezin herkent dit niet.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/diagram.py" line="158"/>
        <source>Not yet checked with the family.</source>
        <translation>Nog niet nagevraagd bij het gezin.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/diagram.py" line="160"/>
        <source>Drag to move. Shift+drag (or drag the +) to another card to link them.</source>
        <translation>Sleep om te verplaatsen. Sleep met Shift (of sleep de +) naar een andere kaart om ze te verbinden.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/diagram.py" line="211"/>
        <source>recognised by the family</source>
        <translation>herkend door het gezin</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/diagram.py" line="212"/>
        <source>not recognised</source>
        <translation>niet herkend</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/diagram.py" line="213"/>
        <source>not checked yet</source>
        <translation>nog niet nagevraagd</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/diagram.py" line="215"/>
        <source>Shift+drag from card to card to link them</source>
        <translation>Shift+slepen van kaart naar kaart verbindt ze</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/diagram.py" line="224"/>
        <source>No factors yet. Add a factor on the left; it appears here in its column.</source>
        <translation>Nog geen factoren. Voeg links een factor toe; hij verschijnt hier in zijn kolom.</translation>
    </message>
</context>
<context>
    <name>AnalyseTab</name>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="277"/>
        <source>Factors</source>
        <translation>Factoren</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="278"/>
        <source>&amp;Add factor</source>
        <translation>Factor &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="279"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="287"/>
        <source>In words the family recognises</source>
        <translation>In woorden die het gezin herkent</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="290"/>
        <source>Who said it, or where it comes from</source>
        <translation>Wie zei het, of waar komt het vandaan</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="292"/>
        <source>not asked yet</source>
        <translation>nog niet gevraagd</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="293"/>
        <source>yes, the family recognises it</source>
        <translation>ja, het gezin herkent het</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="294"/>
        <source>no, the family does not recognise it</source>
        <translation>nee, het gezin herkent het niet</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="308"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="309"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="310"/>
        <source>Life area</source>
        <translation>Leefgebied</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="311"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="312"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="313"/>
        <source>Recognised</source>
        <translation>Herkend</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="318"/>
        <source>Links from and to this factor</source>
        <translation>Verbanden van en naar deze factor</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="320"/>
        <source>How do they hang together?</source>
        <translation>Hoe hangen ze samen?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="322"/>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="570"/>
        <source>Link</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="323"/>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="614"/>
        <source>Remove link</source>
        <translation>Verband verwijderen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="325"/>
        <source>leads to</source>
        <translation>leidt tot</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="329"/>
        <source>Samenhang</source>
        <translation>Samenhang</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="331"/>
        <source>Explanation</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="352"/>
        <source>Drag a card to move it; drag with Shift held from one card to another to link them.</source>
        <translation>Sleep een kaart om hem te verplaatsen; sleep met Shift ingedrukt van de ene kaart naar de andere om ze te verbinden.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="498"/>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="505"/>
        <source>Remove factor</source>
        <translation>Factor verwijderen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="499"/>
        <source>Remove factor %1 with its links?</source>
        <translation>Factor %1 met zijn verbanden verwijderen?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="614"/>
        <source>Remove this link?</source>
        <translation>Dit verband verwijderen?</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <location filename="../jeugdloket/ui/widgets.py" line="253"/>
        <source>This is not a date: type it as dd-mm-yyyy</source>
        <translation>Dit is geen datum: typ hem als dd-mm-jjjj</translation>
    </message>
</context>
<context>
    <name>BesluitRegel</name>
    <message>
        <location filename="../jeugdloket/ui/zoektool/evaluatie.py" line="58"/>
        <source>Why (in the family&apos;s words where possible)</source>
        <translation>Waarom (zo veel mogelijk in de woorden van het gezin)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/evaluatie.py" line="66"/>
        <source>Carry out</source>
        <translation>Uitvoeren</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/evaluatie.py" line="73"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/evaluatie.py" line="74"/>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
</context>
<context>
    <name>Beveiliging</name>
    <message>
        <location filename="../jeugdloket/ui/beveiliging.py" line="130"/>
        <location filename="../jeugdloket/ui/beveiliging.py" line="173"/>
        <location filename="../jeugdloket/ui/beveiliging.py" line="185"/>
        <source>Jeugdloket</source>
        <translation>Jeugdloket</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/beveiliging.py" line="133"/>
        <source>The database %1 is not encrypted: anyone who gets hold of the file (a lost laptop, a copy) can read every case. Encrypt it now? You choose a passphrase; the plain file is then overwritten. (On the command line: jeugdloket versleutel.)</source>
        <translation>De database %1 is niet versleuteld: wie het bestand in handen krijgt (een verloren laptop, een kopie), kan elke casus lezen. Nu versleutelen? U kiest een sleutelzin; het onversleutelde bestand wordt daarna overschreven. (Op de opdrachtregel: jeugdloket versleutel.)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/beveiliging.py" line="141"/>
        <source>Encrypt now</source>
        <translation>Nu versleutelen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/beveiliging.py" line="144"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/beveiliging.py" line="154"/>
        <source>The check of the database %1 found damage: %2</source>
        <translation>De controle van de database %1 vond een beschadiging: %2</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/beveiliging.py" line="163"/>
        <source>There is no good backup in %1.</source>
        <translation>Er staat geen goede backup in %1.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/beveiliging.py" line="168"/>
        <source>Restore the backup of %1? The damaged database is kept as a copy in the backups folder.</source>
        <translation>De backup van %1 terugzetten? De beschadigde database blijft als kopie bewaard in de map backups.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/beveiliging.py" line="210"/>
        <source>The database %1 is damaged (the passphrase is right, but part of the file is missing or broken) and there is no good backup next to it. Nothing has been changed. Restore a backup you keep elsewhere with: jeugdloket herstel BACKUP --db %1</source>
        <translation>De database %1 is beschadigd (de sleutel klopt, maar een deel van het bestand ontbreekt of is kapot) en er staat geen goede backup naast. Er is niets gewijzigd. Zet een backup die u elders bewaart terug met: jeugdloket herstel BACKUP --db %1</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/beveiliging.py" line="220"/>
        <source>the passphrase is right, but part of the file is missing or broken</source>
        <translation>de sleutel klopt, maar een deel van het bestand ontbreekt of is kapot</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/beveiliging.py" line="224"/>
        <source>the file does not open with the passphrase that opens its backups</source>
        <translation>het bestand opent niet met de sleutelzin die de backups wel opent</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/beveiliging.py" line="267"/>
        <source>The passphrase is not correct. Nothing has been changed.</source>
        <translation>De sleutelzin klopt niet. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/beveiliging.py" line="272"/>
        <source>The passphrase is not correct. Jeugdloket closes.</source>
        <translation>De sleutelzin klopt niet. Jeugdloket sluit af.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/beveiliging.py" line="305"/>
        <source>The database is encrypted. The plain file has been overwritten and removed. Without the passphrase the data cannot be read: keep it safe.</source>
        <translation>De database is versleuteld. Het onversleutelde bestand is overschreven en verwijderd. Zonder de sleutelzin zijn de gegevens niet te lezen: bewaar hem goed.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/beveiliging.py" line="371"/>
        <source>The backup %1 has been restored.</source>
        <translation>De backup %1 is teruggezet.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/beveiliging.py" line="375"/>
        <source>The damaged database is kept in %1.</source>
        <translation>De beschadigde database is bewaard in %1.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/beveiliging.py" line="440"/>
        <source>Start Jeugdloket again.</source>
        <translation>Start Jeugdloket opnieuw.</translation>
    </message>
</context>
<context>
    <name>BewaarPagina</name>
    <message>
        <location filename="../jeugdloket/ui/bewaren.py" line="45"/>
        <source>Request destruction</source>
        <translation>Vernietiging aanvragen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/bewaren.py" line="35"/>
        <source>Why may file %1 be destroyed? The reason is kept after the file is gone: do not write names.</source>
        <translation>Waarom mag dossier %1 vernietigd worden? De reden blijft bewaard als het dossier weg is: schrijf geen namen.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/bewaren.py" line="39"/>
        <source>e.g. retention period over, no procedure pending</source>
        <translation>bijv. bewaartermijn verstreken, geen lopende procedure</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/bewaren.py" line="53"/>
        <location filename="../jeugdloket/ui/bewaren.py" line="119"/>
        <source>Confirm destruction</source>
        <translation>Vernietiging bevestigen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/bewaren.py" line="58"/>
        <location filename="../jeugdloket/ui/bewaren.py" line="136"/>
        <source>Retention period</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/bewaren.py" line="105"/>
        <source>A youth file is kept for 20 years after the help ended. These files are past that date. Destruction takes two coordinators: one requests it, another confirms. Everything about the case is removed; only the case number, who requested and confirmed it, and a count remain.</source>
        <translation>Een jeugddossier wordt 20 jaar bewaard nadat de hulp is beëindigd. Deze dossiers zijn over die datum heen. Vernietigen gaat met twee coördinatoren: de een vraagt het aan, de ander bevestigt. Alles over de casus wordt verwijderd; alleen het casusnummer, wie het aanvroeg en bevestigde, en een telling blijven.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/bewaren.py" line="117"/>
        <source>Request destruction…</source>
        <translation>Vernietiging aanvragen…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/bewaren.py" line="121"/>
        <source>Withdraw request</source>
        <translation>Verzoek intrekken</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/bewaren.py" line="123"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/bewaren.py" line="157"/>
        <source>%1 files past the retention period</source>
        <translation>%1 dossiers voorbij de bewaartermijn</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/bewaren.py" line="160"/>
        <source>No files are past the retention period.</source>
        <translation>Er zijn geen dossiers voorbij de bewaartermijn.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/bewaren.py" line="165"/>
        <source>Destroyed so far: %1 files (last on %2)</source>
        <translation>Tot nu toe vernietigd: %1 dossiers (laatst op %2)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/bewaren.py" line="170"/>
        <source>No files destroyed so far.</source>
        <translation>Nog geen dossiers vernietigd.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/bewaren.py" line="194"/>
        <source>You requested this yourself: another coordinator confirms.</source>
        <translation>U vroeg dit zelf aan: een andere coördinator bevestigt.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/bewaren.py" line="215"/>
        <source>Destruction of %1 requested; another coordinator confirms it.</source>
        <translation>Vernietiging van %1 aangevraagd; een andere coördinator bevestigt die.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/bewaren.py" line="226"/>
        <source>Destroy file %1 for good? Requested by %2. This cannot be undone: everything about the case is removed.</source>
        <translation>Dossier %1 definitief vernietigen? Aangevraagd door %2. Dit kan niet ongedaan worden gemaakt: alles over de casus wordt verwijderd.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/bewaren.py" line="244"/>
        <source>File %1 has been destroyed.</source>
        <translation>Dossier %1 is vernietigd.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/bewaren.py" line="259"/>
        <source>The request to destroy %1 was withdrawn.</source>
        <translation>Het verzoek om %1 te vernietigen is ingetrokken.</translation>
    </message>
</context>
<context>
    <name>CasusTabelModel</name>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="158"/>
        <source>Case number</source>
        <translation>Casusnummer</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="159"/>
        <source>Young person(s)</source>
        <translation>Jeugdige(n)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="160"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="161"/>
        <source>Consultant</source>
        <translation>Consulent</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="162"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="163"/>
        <source>Registered</source>
        <translation>Aanmelddatum</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="317"/>
        <source>Red: first contact later than 3 working days after registration, or an evaluation of running help overdue. Purple: a meldcode procedure is in progress. Orange: a plan or an evaluation is due soon.</source>
        <translation>Rood: eerste contact later dan 3 werkdagen na de aanmelding, of de evaluatie van lopende hulp is te laat. Paars: er loopt een meldcode-traject. Oranje: een plan of een evaluatie moet binnenkort.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="379"/>
        <source>Meldcode procedure in progress</source>
        <translation>Meldcode-traject loopt</translation>
    </message>
    <message>
        <source>Red: first contact later than 3 working days after registration, or an evaluation of running help overdue. Orange: a plan or an evaluation due</source>
        <translation type="vanished">Rood: eerste contact later dan 3 werkdagen na aanmelding, of de evaluatie van lopende hulp is te laat. Oranje: een plan of een evaluatie moet binnenkort</translation>
    </message>
    <message>
        <source>Red: first contact later than 3 working days after registration</source>
        <translation type="vanished">Rood: eerste contact later dan 3 werkdagen na de aanmelding</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="345"/>
        <source>(no young person yet)</source>
        <translation>(nog geen jeugdige)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="367"/>
        <source>Open conflict from a werkkopie sync: choose in Conflicts…</source>
        <translation>Open conflict uit een werkkopie-sync: kies in Conflicten…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="371"/>
        <source>First contact due by %1</source>
        <translation>Eerste contact uiterlijk %1</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="373"/>
        <source>%1, open conflict</source>
        <translation>%1, open conflict</translation>
    </message>
</context>
<context>
    <name>CasusView</name>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="591"/>
        <source>&amp;Family</source>
        <translation>&amp;Gezin</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="598"/>
        <source>&amp;Registration</source>
        <translation>&amp;Aanmelding</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="599"/>
        <source>&amp;Contact moments</source>
        <translation>&amp;Contactmomenten</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="600"/>
        <source>&amp;Intake and analysis</source>
        <translation>&amp;Intake en analyse</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="601"/>
        <source>&amp;Plans</source>
        <translation>&amp;Plannen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="602"/>
        <source>&amp;Help and allocations</source>
        <translation>&amp;Hulp en toewijzingen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="603"/>
        <source>&amp;Safety</source>
        <translation>&amp;Veiligheid</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="610"/>
        <source>Who may open this case…</source>
        <translation>Wie mag deze casus openen…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="631"/>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="634"/>
        <source>no young person registered yet</source>
        <translation>nog geen jeugdige geregistreerd</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="638"/>
        <source>%1 · consultant %2 · registered %3</source>
        <translation>%1 · consulent %2 · aangemeld %3</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="640"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
</context>
<context>
    <name>CasuslijstPagina</name>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="398"/>
        <source>Search by name, case number, BSN or postcode  (Ctrl+F)</source>
        <translation>Zoek op naam, casusnummer, BSN of postcode  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="401"/>
        <source>Search cases</source>
        <translation>Casussen zoeken</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="404"/>
        <source>Filters the list as you type; Down arrow moves to the list, Enter opens a case</source>
        <translation>Filtert de lijst terwijl u typt; pijl omlaag gaat naar de lijst, Enter opent een casus</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="409"/>
        <source>My cases</source>
        <translation>Mijn casussen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="410"/>
        <source>All cases</source>
        <translation>Alle casussen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="418"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="419"/>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="420"/>
        <source>Open and closed</source>
        <translation>Open en afgesloten</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="427"/>
        <source>New case…</source>
        <translation>Nieuwe casus…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="428"/>
        <source>Register a new case (Ctrl+N)</source>
        <translation>Registreer een nieuwe casus (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="438"/>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="439"/>
        <source>Enter opens the selected case</source>
        <translation>Enter opent de gekozen casus</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="480"/>
        <source>first contact not within 3 working days of registration, or evaluation overdue</source>
        <translation>eerste contact niet binnen 3 werkdagen na de aanmelding, of evaluatie te laat</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="483"/>
        <source>meldcode procedure in progress</source>
        <translation>meldcode-traject loopt</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="485"/>
        <source>plan needed or evaluation due within two weeks</source>
        <translation>plan nodig, of evaluatie binnen twee weken</translation>
    </message>
    <message>
        <source>first contact not within 3 working days of registration</source>
        <translation type="vanished">eerste contact niet binnen 3 werkdagen na de aanmelding</translation>
    </message>
    <message>
        <source>plan needed (familiegroepsplan or perspectiefplan)</source>
        <translation type="vanished">plan nodig (familiegroepsplan of perspectiefplan)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="487"/>
        <source>open conflict (werkkopie)</source>
        <translation>open conflict (werkkopie)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="525"/>
        <source>%1 of %2 cases</source>
        <translation>%1 van %2 casussen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="530"/>
        <source>(loading the older cases…)</source>
        <translation>(de oudere casussen worden geladen…)</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../jeugdloket/ui/conflicten.py" line="43"/>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/conflicten.py" line="44"/>
        <source>Part</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/conflicten.py" line="45"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/conflicten.py" line="46"/>
        <source>Before (base)</source>
        <translation>Basis (ervoor)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/conflicten.py" line="47"/>
        <source>Mine (laptop)</source>
        <translation>Mijn waarde (laptop)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/conflicten.py" line="48"/>
        <source>Changed by (mine)</source>
        <translation>Mijn wijziging</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/conflicten.py" line="49"/>
        <source>Theirs (team register)</source>
        <translation>Hun waarde (teamregister)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/conflicten.py" line="50"/>
        <source>Changed by (theirs)</source>
        <translation>Hun wijziging</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/conflicten.py" line="67"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/conflicten.py" line="78"/>
        <source>(deleted)</source>
        <translation>(verwijderd)</translation>
    </message>
</context>
<context>
    <name>ConflictenPagina</name>
    <message>
        <location filename="../jeugdloket/ui/conflicten.py" line="91"/>
        <source>Open conflicts</source>
        <translation>Open conflicten</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/conflicten.py" line="94"/>
        <source>The same field was changed on a laptop (werkkopie) and in the team register. The team register&apos;s value stays until you choose: keep your value, keep theirs, or type the right value yourself.</source>
        <translation>Hetzelfde veld is op een laptop (werkkopie) én in het teamregister gewijzigd. De waarde van het teamregister blijft staan tot u kiest: uw waarde houden, die van de ander houden, of zelf de juiste waarde invullen.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/conflicten.py" line="106"/>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/conflicten.py" line="121"/>
        <source>No open conflicts: everything from the laptops is merged.</source>
        <translation>Geen open conflicten: alles van de laptops is samengevoegd.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/conflicten.py" line="124"/>
        <source>Choose</source>
        <translation>Kiezen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/conflicten.py" line="128"/>
        <source>Keep my value</source>
        <translation>Mijn waarde houden</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/conflicten.py" line="130"/>
        <source>Keep their value</source>
        <translation>Hun waarde houden</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/conflicten.py" line="134"/>
        <source>or type the right value</source>
        <translation>of vul de juiste waarde in</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/conflicten.py" line="136"/>
        <source>Fill in myself</source>
        <translation>Zelf invullen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/conflicten.py" line="176"/>
        <source>All cases</source>
        <translation>Alle casussen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/conflicten.py" line="192"/>
        <source>%1 open conflict(s)</source>
        <translation>%1 open conflict(en)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/conflicten.py" line="209"/>
        <source>&lt;b&gt;%1&lt;/b&gt; – %2, %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – %2, %3</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/conflicten.py" line="214"/>
        <source>Before: %1</source>
        <translation>Basis: %1</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/conflicten.py" line="216"/>
        <source>Mine: %1 (%2)</source>
        <translation>Mijn waarde: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/conflicten.py" line="220"/>
        <source>Theirs: %1 (%2)</source>
        <translation>Hun waarde: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/conflicten.py" line="222"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/conflicten.py" line="247"/>
        <source>your value</source>
        <translation>uw waarde</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/conflicten.py" line="247"/>
        <source>their value</source>
        <translation>hun waarde</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/conflicten.py" line="248"/>
        <source>the value you typed</source>
        <translation>de ingevulde waarde</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/conflicten.py" line="251"/>
        <source>%1, %2: %3 kept.</source>
        <translation>%1, %2: %3 bewaard.</translation>
    </message>
</context>
<context>
    <name>ContactModel</name>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="398"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="398"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="398"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="398"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="407"/>
        <source>(no date)</source>
        <translation>(geen datum)</translation>
    </message>
</context>
<context>
    <name>ContactmomentenTab</name>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="427"/>
        <source>Contact moments</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="441"/>
        <source>New contact moment</source>
        <translation>Nieuw contactmoment</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="443"/>
        <source>Record a contact now (Ctrl+Shift+N)</source>
        <translation>Leg nu een contact vast (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="446"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="455"/>
        <source>What was discussed, agreed, and what happens next?</source>
        <translation>Wat is besproken en afgesproken, en wat gebeurt er nu?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="462"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="463"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="464"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="473"/>
        <source>No contact moments yet. “New contact moment” records one now.</source>
        <translation>Nog geen contactmomenten. „Nieuw contactmoment” legt er nu een vast.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="547"/>
        <source>Remove contact moment</source>
        <translation>Contactmoment verwijderen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="548"/>
        <source>Remove the contact moment of %1?</source>
        <translation>Het contactmoment van %1 verwijderen?</translation>
    </message>
</context>
<context>
    <name>DatumVeld</name>
    <message>
        <location filename="../jeugdloket/ui/widgets.py" line="82"/>
        <source>dd-mm-yyyy hh:mm</source>
        <translation>dd-mm-jjjj uu:mm</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/widgets.py" line="82"/>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
</context>
<context>
    <name>DelenDialoog</name>
    <message>
        <location filename="../jeugdloket/ui/casussen/delen.py" line="44"/>
        <source>Who may open case %1</source>
        <translation>Wie mag casus %1 openen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/delen.py" line="47"/>
        <source>Besides the consultant, these colleagues may open the case. Share it for a joint visit or while you are away; end it when it is no longer needed. Every share is in the access log.</source>
        <translation>Naast de consulent mogen deze collega&apos;s de casus openen. Deel hem voor een gezamenlijk huisbezoek of als u weg bent; beëindig het delen als het niet meer nodig is. Elke deling staat in het toegangslogboek.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/delen.py" line="57"/>
        <source>Share</source>
        <translation>Delen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/delen.py" line="59"/>
        <source>End sharing</source>
        <translation>Delen beëindigen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/delen.py" line="62"/>
        <source>Share with</source>
        <translation>Delen met</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/delen.py" line="86"/>
        <source>%1 – stand-in until %2: %3</source>
        <translation>%1 – waarneming tot %2: %3</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/delen.py" line="89"/>
        <source>%1 – shared by %2 on %3</source>
        <translation>%1 – gedeeld door %2 op %3</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/delen.py" line="95"/>
        <source>Only the consultant (and coordinators).</source>
        <translation>Alleen de consulent (en coördinatoren).</translation>
    </message>
</context>
<context>
    <name>DraagTab</name>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="54"/>
        <source>Family, friends, work, faith, sport, humour…</source>
        <translation>Familie, vrienden, werk, geloof, sport, humor…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="57"/>
        <source>Debts, illness, conflict, worries about a child…</source>
        <translation>Schulden, ziekte, ruzie, zorgen om een kind…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="60"/>
        <source>What gives energy? (draagkracht)</source>
        <translation>Wat geeft energie? (draagkracht)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="61"/>
        <source>What costs energy? (draaglast)</source>
        <translation>Wat kost energie? (draaglast)</translation>
    </message>
</context>
<context>
    <name>EvaluatiePaneel</name>
    <message>
        <location filename="../jeugdloket/ui/zoektool/evaluatie.py" line="128"/>
        <source>&amp;New evaluation on</source>
        <translation>&amp;Nieuwe evaluatie op</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/evaluatie.py" line="131"/>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/evaluatie.py" line="139"/>
        <source>Goals: how far are we? (1–10)</source>
        <translation>Doelen: hoe ver zijn we? (1–10)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/evaluatie.py" line="141"/>
        <source>Decision per allocation</source>
        <translation>Besluit per toewijzing</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/evaluatie.py" line="180"/>
        <source>No evaluation yet. Evaluate with the family and the provider three months after the help started.</source>
        <translation>Nog geen evaluatie. Evalueer met het gezin en de aanbieder drie maanden nadat de hulp begon.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/evaluatie.py" line="199"/>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/evaluatie.py" line="200"/>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/evaluatie.py" line="201"/>
        <source>Consultant</source>
        <translation>Consulent</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/evaluatie.py" line="202"/>
        <source>In the family&apos;s words</source>
        <translation>In de woorden van het gezin</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/evaluatie.py" line="203"/>
        <source>The consultant&apos;s words</source>
        <translation>Woorden van de consulent</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/evaluatie.py" line="208"/>
        <source>The analysis has no goals yet.</source>
        <translation>De analyse heeft nog geen doelen.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/evaluatie.py" line="259"/>
        <source>No running allocation to decide on.</source>
        <translation>Geen lopende toewijzing om over te besluiten.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/evaluatie.py" line="262"/>
        <source>Decision: %1</source>
        <translation>Besluit: %1</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/evaluatie.py" line="266"/>
        <source>carried out %1</source>
        <translation>uitgevoerd %1</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/evaluatie.py" line="277"/>
        <source>Date: write it as dd-mm-yyyy</source>
        <translation>Datum: schrijf als dd-mm-jjjj</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/evaluatie.py" line="308"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/evaluatie.py" line="319"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
</context>
<context>
    <name>FactorModel</name>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="245"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="245"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="245"/>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
</context>
<context>
    <name>FamiliegroepsplanTab</name>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="276"/>
        <source>How was the plan explained to the family?</source>
        <translation>Hoe is het plan aan de familie uitgelegd?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="278"/>
        <source>(no answer yet)</source>
        <translation>(nog geen antwoord)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="281"/>
        <source>Why the family does not want its own plan</source>
        <translation>Waarom de familie geen eigen plan wil</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="287"/>
        <source>Others who take part, separated by commas</source>
        <translation>Anderen die meedoen, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="290"/>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="291"/>
        <source>In the family&apos;s own words</source>
        <translation>In de eigen woorden van het gezin</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="292"/>
        <source>What the family does itself</source>
        <translation>Wat de familie zelf doet</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="293"/>
        <source>Which help from professionals is needed?</source>
        <translation>Welke hulp van professionals is nodig?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="294"/>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="333"/>
        <source>Agreements about safety</source>
        <translation>Afspraken over veiligheid</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="295"/>
        <source>When and how do we check that it works?</source>
        <translation>Wanneer en hoe kijken we of het werkt?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="315"/>
        <source>The offer</source>
        <translation>Het aanbod</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="317"/>
        <source>Offered on</source>
        <translation>Aangeboden op</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="318"/>
        <source>Offered by</source>
        <translation>Aangeboden door</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="319"/>
        <source>How it was explained</source>
        <translation>Hoe het is uitgelegd</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="320"/>
        <source>The family&apos;s answer</source>
        <translation>Antwoord van de familie</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="321"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="322"/>
        <source>Plan made on</source>
        <translation>Plan gemaakt op</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="324"/>
        <source>Our plan, in the family&apos;s words</source>
        <translation>Ons plan, in de woorden van de familie</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="326"/>
        <source>Who take part</source>
        <translation>Wie doen er mee</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="328"/>
        <source>What is going on?</source>
        <translation>Wat is er aan de hand?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="329"/>
        <source>What do we want to achieve?</source>
        <translation>Wat willen we bereiken?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="330"/>
        <source>What do we do ourselves?</source>
        <translation>Wat doen we zelf?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="331"/>
        <source>What does our network do?</source>
        <translation>Wat doet ons netwerk?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="332"/>
        <source>Help from professionals</source>
        <translation>Hulp van professionals</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="334"/>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="335"/>
        <source>Goals of the analysis</source>
        <translation>Doelen uit de analyse</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="437"/>
        <source>Adopt the plan</source>
        <translation>Plan vaststellen</translation>
    </message>
</context>
<context>
    <name>GezinTab</name>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="121"/>
        <source>People in this case</source>
        <translation>Personen in deze casus</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="134"/>
        <source>Add person…</source>
        <translation>Persoon toevoegen…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="136"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="149"/>
        <source>No one in this case yet. Start with the young person: “Add person…”.</source>
        <translation>Nog niemand in deze casus. Begin met de jeugdige: „Persoon toevoegen…”.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="157"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="241"/>
        <source>this person</source>
        <translation>deze persoon</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="243"/>
        <source>Remove person</source>
        <translation>Persoon verwijderen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="243"/>
        <source>Remove %1 from this case?</source>
        <translation>%1 uit deze casus verwijderen?</translation>
    </message>
</context>
<context>
    <name>Hoofdvenster</name>
    <message>
        <location filename="../jeugdloket/ui/hoofdvenster.py" line="52"/>
        <source>Jeugdloket</source>
        <translation>Jeugdloket</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/hoofdvenster.py" line="62"/>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/hoofdvenster.py" line="73"/>
        <source>unknown user</source>
        <translation>onbekende gebruiker</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/hoofdvenster.py" line="74"/>
        <source>Signed in as %1</source>
        <translation>Aangemeld als %1</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/hoofdvenster.py" line="94"/>
        <source>Every change is saved as you type.</source>
        <translation>Elke wijziging wordt direct opgeslagen.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/hoofdvenster.py" line="114"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/hoofdvenster.py" line="115"/>
        <source>&amp;New case…</source>
        <translation>&amp;Nieuwe casus…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/hoofdvenster.py" line="120"/>
        <source>&amp;Synchronise…</source>
        <translation>&amp;Synchroniseren…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/hoofdvenster.py" line="123"/>
        <source>Send the changes of this werkkopie to the team register (Ctrl+Shift+S)</source>
        <translation>Stuur de wijzigingen van deze werkkopie naar het teamregister (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/hoofdvenster.py" line="128"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflicten…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/hoofdvenster.py" line="136"/>
        <source>Werkkopie</source>
        <translation>Werkkopie</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/hoofdvenster.py" line="143"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/hoofdvenster.py" line="148"/>
        <source>&amp;View</source>
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/hoofdvenster.py" line="149"/>
        <source>&amp;Search cases</source>
        <translation>&amp;Zoek casussen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/hoofdvenster.py" line="153"/>
        <source>Close case &amp;tab</source>
        <translation>Casus&amp;tab sluiten</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/hoofdvenster.py" line="158"/>
        <source>&amp;Large letters</source>
        <translation>&amp;Grote letters</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/hoofdvenster.py" line="166"/>
        <source>&amp;Weekly overview</source>
        <translation>&amp;Weekoverzicht</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/hoofdvenster.py" line="172"/>
        <source>Access &amp;log</source>
        <translation>Toegangs&amp;logboek</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/hoofdvenster.py" line="178"/>
        <source>&amp;Retention period</source>
        <translation>&amp;Bewaartermijn</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/hoofdvenster.py" line="184"/>
        <source>Staff &amp;members</source>
        <translation>&amp;Medewerkers</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/hoofdvenster.py" line="189"/>
        <source>&amp;Werkkopieën…</source>
        <translation>&amp;Werkkopieën…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/hoofdvenster.py" line="196"/>
        <source>&amp;Find care (zoektool)</source>
        <translation>&amp;Zoektool: passende zorg zoeken</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/hoofdvenster.py" line="223"/>
        <source>Access log</source>
        <translation>Toegangslogboek</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/hoofdvenster.py" line="234"/>
        <source>Retention period</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/hoofdvenster.py" line="244"/>
        <source>Staff members</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/hoofdvenster.py" line="254"/>
        <source>Weekly overview</source>
        <translation>Weekoverzicht</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/hoofdvenster.py" line="265"/>
        <source>Find care</source>
        <translation>Zoektool</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/hoofdvenster.py" line="323"/>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/hoofdvenster.py" line="342"/>
        <source>Werkkopieën</source>
        <translation>Werkkopieën</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/hoofdvenster.py" line="356"/>
        <source>%1 werkkopie(ën) not synchronised for more than %2 days</source>
        <translation>%1 werkkopie(ën) meer dan %2 dagen niet gesynchroniseerd</translation>
    </message>
</context>
<context>
    <name>HulpTab</name>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="184"/>
        <source>&amp;Find care with the family…</source>
        <translation>&amp;Zoek zorg met het gezin…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="186"/>
        <source>Contracted care that fits this case: age, municipality, the case&apos;s words</source>
        <translation>Gecontracteerde zorg die bij deze casus past: leeftijd, gemeente, de woorden van de casus</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="189"/>
        <source>&amp;Evaluate…</source>
        <translation>&amp;Evalueren…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="192"/>
        <source>Evaluate the help with the family and the provider: scores per goal, a decision per allocation</source>
        <translation>Evalueer de hulp met het gezin en de aanbieder: cijfers per doel, een besluit per toewijzing</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="200"/>
        <source>Allocations of this case</source>
        <translation>Toewijzingen van deze casus</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="210"/>
        <source>No allocation yet. Use &quot;Find care with the family&quot; to look at contracted care together, choose, and request the allocation.</source>
        <translation>Nog geen toewijzing. Kies &quot;Zoek zorg met het gezin&quot; om samen gecontracteerde zorg te bekijken, te kiezen en de toewijzing aan te vragen.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="222"/>
        <source>Record &amp;consent…</source>
        <translation>&amp;Toestemming vastleggen…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="224"/>
        <source>&amp;Share with provider</source>
        <translation>&amp;Delen met aanbieder</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="226"/>
        <source>Help &amp;started…</source>
        <translation>Hulp &amp;gestart…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="228"/>
        <source>&amp;End…</source>
        <translation>&amp;Beëindigen…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="230"/>
        <source>Re&amp;fused…</source>
        <translation>&amp;Afgewezen…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="232"/>
        <source>&amp;Delete request</source>
        <translation>Aanvraag &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="261"/>
        <source>The family&apos;s choices</source>
        <translation>De keuzes van het gezin</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="267"/>
        <source>Allocations</source>
        <translation>Toewijzingen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="281"/>
        <source>&lt;b&gt;Discussed with the family&lt;/b&gt;</source>
        <translation>&lt;b&gt;Besproken met het gezin&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="341"/>
        <source>%1 options discussed; chosen %2. Reason: %3</source>
        <translation>%1 mogelijkheden besproken; gekozen: %2. Reden: %3</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="359"/>
        <source>Status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Status: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="362"/>
        <source>Ended: %1</source>
        <translation>Beëindigd: %1</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="368"/>
        <source>Refused: %1</source>
        <translation>Afgewezen: %1</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="374"/>
        <source>Consent %1: %2</source>
        <translation>Toestemming %1: %2</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="381"/>
        <source>No consent recorded yet: the allocation cannot be shared with the provider.</source>
        <translation>Nog geen toestemming vastgelegd: de toewijzing kan niet met de aanbieder gedeeld worden.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="386"/>
        <source>Shared with the provider %1</source>
        <translation>Gedeeld met de aanbieder op %1</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="403"/>
        <source>Not saved yet: correct what is marked red.</source>
        <translation>Nog niet opgeslagen: verbeter wat rood is.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="430"/>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="449"/>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="509"/>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="628"/>
        <source>Allocation</source>
        <translation>Toewijzing</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="436"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="470"/>
        <source>Help started</source>
        <translation>Hulp gestart</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="471"/>
        <source>On which date did the help start?</source>
        <translation>Op welke datum is de hulp gestart?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="481"/>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="486"/>
        <source>End allocation</source>
        <translation>Toewijzing beëindigen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="481"/>
        <source>Last day of the help:</source>
        <translation>Laatste dag van de hulp:</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="486"/>
        <source>Reason (JZ588):</source>
        <translation>Reden (JZ588):</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="495"/>
        <source>Refuse allocation</source>
        <translation>Toewijzing afwijzen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="495"/>
        <source>Reason (WJ759):</source>
        <translation>Reden (WJ759):</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="504"/>
        <source>Delete request</source>
        <translation>Aanvraag verwijderen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="504"/>
        <source>Delete this requested allocation?</source>
        <translation>Deze aangevraagde toewijzing verwijderen?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="520"/>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="542"/>
        <source>← Back to the allocations</source>
        <translation>← Terug naar de toewijzingen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="587"/>
        <source>Choice</source>
        <translation>Keuze</translation>
    </message>
</context>
<context>
    <name>IntakeTab</name>
    <message>
        <location filename="../jeugdloket/ui/intake/werkplaats.py" line="44"/>
        <source>1  Explore · Where am I now?</source>
        <translation>1  Verkennen · Waar sta ik nu?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/werkplaats.py" line="45"/>
        <source>2  Deepen · What is behind it?</source>
        <translation>2  Verdiepen · Wat zit erachter?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/werkplaats.py" line="46"/>
        <source>3  Fulfil · Where do I want to go, and how?</source>
        <translation>3  Vervullen · Waar wil ik heen? Hoe kom ik daar?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/werkplaats.py" line="53"/>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/werkplaats.py" line="58"/>
        <source>Large text</source>
        <translation>Grote letters</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/werkplaats.py" line="61"/>
        <source>Bigger letters when the screen is turned to the family (Ctrl+Shift+L)</source>
        <translation>Grotere letters als het scherm naar het gezin is gedraaid (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/werkplaats.py" line="114"/>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
</context>
<context>
    <name>KengetallenModel</name>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="36"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="37"/>
        <source>Figure</source>
        <translation>Kengetal</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="38"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="39"/>
        <source>Norm</source>
        <translation>Norm</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="40"/>
        <source>Numerator / denominator</source>
        <translation>Teller/noemer</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="44"/>
        <source>New registrations</source>
        <translation>Nieuwe aanmeldingen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="45"/>
        <source>Open cases</source>
        <translation>Open casussen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="46"/>
        <source>First contact within 3 working days</source>
        <translation>Eerste contact binnen 3 werkdagen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="47"/>
        <source>Explanatory analysis segments 1 and 2</source>
        <translation>Verklarende analyse segment 1 en 2</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="48"/>
        <source>Family group plan offered</source>
        <translation>Familiegroepsplan aangeboden</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="49"/>
        <source>Family group plan drawn up</source>
        <translation>Familiegroepsplan opgesteld</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="50"/>
        <source>Perspective plan 16+</source>
        <translation>Perspectiefplan 16+</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="51"/>
        <source>Waiting</source>
        <translation>Wachtenden</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="52"/>
        <source>Waiting, youth protection</source>
        <translation>Wachtenden jeugdbescherming</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="53"/>
        <source>Evaluation after 3 months</source>
        <translation>Evaluatie na 3 maanden</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="54"/>
        <source>Caseload per consultant</source>
        <translation>Caseload per consulent</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="55"/>
        <source>Registrations per referrer</source>
        <translation>Aanmeldingen per verwijzer</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="56"/>
        <source>Active allocations per segment</source>
        <translation>Actieve toewijzingen per segment</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="57"/>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="73"/>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="75"/>
        <source>n/a</source>
        <translation>n.v.t.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="111"/>
        <source>No cases in the population this week</source>
        <translation>Geen casussen in de populatie deze week</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="114"/>
        <source>Norm met</source>
        <translation>Norm gehaald</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="115"/>
        <source>Below the norm, at least 75%</source>
        <translation>Onder de norm, minstens 75%</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="116"/>
        <source>Well below the norm</source>
        <translation>Ver onder de norm</translation>
    </message>
</context>
<context>
    <name>LogboekModel</name>
    <message>
        <location filename="../jeugdloket/ui/logboek.py" line="62"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/logboek.py" line="63"/>
        <source>Staff member</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/logboek.py" line="64"/>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/logboek.py" line="65"/>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/logboek.py" line="66"/>
        <source>Workstation</source>
        <translation>Werkplek</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/logboek.py" line="67"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/logboek.py" line="68"/>
        <source>Details</source>
        <translation>Toelichting</translation>
    </message>
</context>
<context>
    <name>LogboekPagina</name>
    <message>
        <location filename="../jeugdloket/ui/logboek.py" line="44"/>
        <source>Who opened this file</source>
        <translation>Wie heeft dit dossier ingezien</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/logboek.py" line="46"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel-werkmap (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/logboek.py" line="54"/>
        <source>Access log</source>
        <translation>Toegangslogboek</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/logboek.py" line="95"/>
        <source>Case number, e.g. 2026-0042</source>
        <translation>Casusnummer, bijv. 2026-0042</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/logboek.py" line="99"/>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/logboek.py" line="102"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/logboek.py" line="112"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/logboek.py" line="115"/>
        <source>Check the chain</source>
        <translation>Keten controleren</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/logboek.py" line="117"/>
        <source>Who opened this file…</source>
        <translation>Wie heeft dit dossier ingezien…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/logboek.py" line="119"/>
        <source>Export the entries of the case for the family (Excel or CSV)</source>
        <translation>De regels van deze casus exporteren voor het gezin (Excel of CSV)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/logboek.py" line="124"/>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/logboek.py" line="126"/>
        <source>Staff member</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/logboek.py" line="169"/>
        <source>%1 entries, newest first</source>
        <translation>%1 regels, nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/logboek.py" line="171"/>
        <source>(only the newest %1: narrow the search)</source>
        <translation>(alleen de nieuwste %1: maak de zoekvraag kleiner)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/logboek.py" line="185"/>
        <source>The access log is intact: %1 entries, the chain is unbroken.</source>
        <translation>Het toegangslogboek is in orde: %1 regels, de keten is ongebroken.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/logboek.py" line="195"/>
        <source>Type the case number first.</source>
        <translation>Typ eerst het casusnummer.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/logboek.py" line="207"/>
        <source>%1 entries written to %2</source>
        <translation>%1 regels geschreven naar %2</translation>
    </message>
</context>
<context>
    <name>MedewerkersPagina</name>
    <message>
        <location filename="../jeugdloket/ui/medewerkers.py" line="33"/>
        <source>Consultant – own and shared cases</source>
        <translation>Consulent – eigen en gedeelde casussen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/medewerkers.py" line="36"/>
        <source>Coordinator – all cases, weekly overview, access log</source>
        <translation>Coördinator – alle casussen, weekoverzicht, toegangslogboek</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/medewerkers.py" line="39"/>
        <source>Administrator – accounts and catalogue, no case contents</source>
        <translation>Beheerder – accounts en catalogus, geen casusinhoud</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/medewerkers.py" line="61"/>
        <source>e.g. a.devries</source>
        <translation>bijv. a.devries</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/medewerkers.py" line="64"/>
        <source>e.g. Anouk de Vries</source>
        <translation>bijv. Anouk de Vries</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/medewerkers.py" line="67"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/medewerkers.py" line="68"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/medewerkers.py" line="69"/>
        <location filename="../jeugdloket/ui/medewerkers.py" line="90"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/medewerkers.py" line="71"/>
        <source>The new colleague chooses a password at the first sign-in.</source>
        <translation>De nieuwe collega kiest bij de eerste aanmelding zelf een wachtwoord.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/medewerkers.py" line="77"/>
        <source>New staff member</source>
        <translation>Nieuwe medewerker</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/medewerkers.py" line="85"/>
        <source>Roles of %1</source>
        <translation>Rollen van %1</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/medewerkers.py" line="101"/>
        <source>A new password for %1, for instance after a forgotten one. Give it in person, not by e-mail. It also lifts a lock.</source>
        <translation>Een nieuw wachtwoord voor %1, bijvoorbeeld na een vergeten wachtwoord. Geef het persoonlijk door, niet per e-mail. Een blokkade vervalt er ook mee.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/medewerkers.py" line="108"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/medewerkers.py" line="109"/>
        <source>Password again</source>
        <translation>Wachtwoord nog een keer</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/medewerkers.py" line="113"/>
        <source>Set password</source>
        <translation>Wachtwoord instellen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/medewerkers.py" line="121"/>
        <location filename="../jeugdloket/ui/medewerkers.py" line="127"/>
        <location filename="../jeugdloket/ui/medewerkers.py" line="204"/>
        <source>Staff members</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/medewerkers.py" line="169"/>
        <source>Who may sign in, and with which roles. A consultant sees their own and shared cases, a coordinator all cases and the figures, an administrator the accounts and the catalogue but no case contents. Every change is in the access log.</source>
        <translation>Wie mag aanmelden, en met welke rollen. Een consulent ziet de eigen en gedeelde casussen, een coördinator alle casussen en de cijfers, een beheerder de accounts en de catalogus maar geen casusinhoud. Elke wijziging staat in het toegangslogboek.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/medewerkers.py" line="180"/>
        <source>New staff member…</source>
        <translation>Nieuwe medewerker…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/medewerkers.py" line="182"/>
        <source>Roles…</source>
        <translation>Rollen…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/medewerkers.py" line="184"/>
        <source>Set password…</source>
        <translation>Wachtwoord instellen…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/medewerkers.py" line="186"/>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/medewerkers.py" line="188"/>
        <location filename="../jeugdloket/ui/medewerkers.py" line="238"/>
        <source>Deactivate</source>
        <translation>Op non-actief</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/medewerkers.py" line="238"/>
        <source>Activate again</source>
        <translation>Weer actief maken</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/medewerkers.py" line="262"/>
        <source>Choose at least one role.</source>
        <translation>Kies minstens één rol.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/medewerkers.py" line="273"/>
        <source>%1 added; the password is chosen at the first sign-in.</source>
        <translation>%1 toegevoegd; het wachtwoord wordt bij de eerste aanmelding gekozen.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/medewerkers.py" line="288"/>
        <source>Roles of %1 changed.</source>
        <translation>Rollen van %1 gewijzigd.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/medewerkers.py" line="301"/>
        <source>New password set for %1.</source>
        <translation>Nieuw wachtwoord gezet voor %1.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/medewerkers.py" line="311"/>
        <source>%1 can sign in again.</source>
        <translation>%1 kan weer aanmelden.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/medewerkers.py" line="321"/>
        <source>Deactivate %1? They can no longer sign in; their name stays on their cases and in the log. Hand their open cases to a colleague first.</source>
        <translation>%1 op non-actief zetten? Aanmelden kan dan niet meer; de naam blijft bij de casussen en in het logboek. Draag open casussen eerst over aan een collega.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/medewerkers.py" line="327"/>
        <source>%1 is active again.</source>
        <translation>%1 is weer actief.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/medewerkers.py" line="327"/>
        <source>%1 is no longer active.</source>
        <translation>%1 is niet meer actief.</translation>
    </message>
</context>
<context>
    <name>Meldcode</name>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="38"/>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="39"/>
        <source>Consultation</source>
        <translation>Consultatie</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="40"/>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="41"/>
        <source>Weighing</source>
        <translation>Wegen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="42"/>
        <source>Deciding</source>
        <translation>Beslissen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="45"/>
        <source>Which signals do you see or hear? Write down facts: what, when, from whom. Keep what you see apart from what you think.</source>
        <translation>Welke signalen zie of hoor je? Schrijf feiten op: wat, wanneer, van wie. Houd wat je ziet apart van wat je denkt.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="50"/>
        <source>Discuss the signals with an expert colleague or the aandachtsfunctionaris. Ask Veilig Thuis for advice if needed (0800-2000).</source>
        <translation>Bespreek de signalen met een deskundige collega of de aandachtsfunctionaris. Vraag zo nodig advies aan Veilig Thuis (0800-2000).</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="55"/>
        <source>Discuss the signals with the parent(s) and, where possible, the young person. What do they say?</source>
        <translation>Bespreek de signalen met de ouder(s) en, waar het kan, met de jeugdige. Wat zeggen zij?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="60"/>
        <source>Weigh the risk, its nature and severity with the afwegingskader (five questions).</source>
        <translation>Weeg het risico, de aard en de ernst met het afwegingskader (vijf afwegingen).</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="64"/>
        <source>Decide about reporting and about help: both questions get yes or no, with the reason.</source>
        <translation>Beslis over melden en over hulp: beide vragen krijgen ja of nee, met de reden.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="93"/>
        <source>(not decided yet)</source>
        <translation>(nog niet besloten)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="94"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="95"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>MeldcodePagina</name>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="250"/>
        <source>Meldcode procedure</source>
        <translation>Meldcode-traject</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="251"/>
        <source>&amp;Start a meldcode procedure…</source>
        <translation>Meldcode-traject &amp;starten…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="252"/>
        <source>&amp;Close the procedure…</source>
        <translation>Traject &amp;afronden…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="258"/>
        <source>Procedure</source>
        <translation>Traject</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="290"/>
        <source>← Previous step</source>
        <translation>← Vorige stap</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="291"/>
        <source>Next step →</source>
        <translation>Volgende stap →</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="338"/>
        <source>Procedure %1, started %2 – in progress</source>
        <translation>Traject %1, gestart %2 – loopt</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="340"/>
        <source>Procedure %1, started %2 – closed %3</source>
        <translation>Traject %1, gestart %2 – afgerond %3</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="361"/>
        <source>No meldcode procedure for this case. Start one when you see signs of domestic violence or child abuse.</source>
        <translation>Geen meldcode-traject in deze casus. Start er een als je signalen van huiselijk geweld of kindermishandeling ziet.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="367"/>
        <source>Procedure %1 is in progress since %2: the case list shows a signal.</source>
        <translation>Meldcode-traject %1 loopt sinds %2: de casuslijst toont een signaal.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="373"/>
        <source>Procedure %1 was closed on %2.</source>
        <translation>Meldcode-traject %1 is afgerond op %2.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="393"/>
        <source>Step %1: %2</source>
        <translation>Stap %1: %2</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="394"/>
        <source> (completed)</source>
        <translation> (ingevuld)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="485"/>
        <source>Start a meldcode procedure</source>
        <translation>Meldcode-traject starten</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="485"/>
        <source>Started on</source>
        <translation>Gestart op</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="491"/>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="511"/>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="514"/>
        <source>Meldcode</source>
        <translation>Meldcode</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="501"/>
        <source>Close the meldcode procedure</source>
        <translation>Meldcode-traject afronden</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="501"/>
        <source>Closed on</source>
        <translation>Afgerond op</translation>
    </message>
</context>
<context>
    <name>NetwerkTab</name>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="102"/>
        <source>People of the case; tick who belongs to the network</source>
        <translation>Mensen in de casus; vink aan wie bij het netwerk hoort</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="106"/>
        <source>What can this person contribute?</source>
        <translation>Wat kan deze persoon bijdragen?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="110"/>
        <source>Tick the people around the family. Someone missing? Add them in the Family tab with the role Netwerk.</source>
        <translation>Vink de mensen rond het gezin aan. Mist er iemand? Voeg die toe bij Gezin met de rol Netwerk.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="121"/>
        <source>How close</source>
        <translation>Hoe dichtbij</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="122"/>
        <source>Contribution</source>
        <translation>Bijdrage</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="168"/>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
</context>
<context>
    <name>Netwerkplaat</name>
    <message>
        <location filename="../jeugdloket/ui/intake/netwerkplaat.py" line="99"/>
        <source>Network picture</source>
        <translation>Netwerkplaat</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/netwerkplaat.py" line="126"/>
        <source>close</source>
        <translation>dichtbij</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/netwerkplaat.py" line="126"/>
        <source>middle</source>
        <translation>midden</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/netwerkplaat.py" line="126"/>
        <source>far</source>
        <translation>veraf</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/netwerkplaat.py" line="141"/>
        <source>No network recorded yet: add people with the role Netwerk in Gezin and say how close they are.</source>
        <translation>Nog geen netwerk vastgelegd: voeg bij Gezin mensen toe met de rol Netwerk en geef aan hoe dichtbij ze staan.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/netwerkplaat.py" line="150"/>
        <source>Ring: %1</source>
        <translation>Ring: %1</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/netwerkplaat.py" line="154"/>
        <source>Can contribute: %1</source>
        <translation>Kan bijdragen: %1</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/netwerkplaat.py" line="207"/>
        <source>can contribute (point at it to read)</source>
        <translation>kan bijdragen (wijs aan om te lezen)</translation>
    </message>
</context>
<context>
    <name>NieuweCasusDialoog</name>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="227"/>
        <source>New case</source>
        <translation>Nieuwe casus</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="248"/>
        <source>In the family&apos;s own words: what is going on, what do they ask?</source>
        <translation>In de woorden van het gezin: wat is er aan de hand, wat vragen zij?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="256"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="257"/>
        <source>Registered on</source>
        <translation>Aanmelddatum</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="258"/>
        <source>Referred by</source>
        <translation>Verwijzer</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="259"/>
        <source>Kind of question</source>
        <translation>Soort vraag</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="260"/>
        <source>Framework</source>
        <translation>Kader</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="261"/>
        <source>Consultant</source>
        <translation>Consulent</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="262"/>
        <source>Request for help</source>
        <translation>Hulpvraag</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="274"/>
        <source>Register case</source>
        <translation>Casus registreren</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="275"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="282"/>
        <source>The case number is assigned on saving. Everything else can be added in the case.</source>
        <translation>Het casusnummer wordt toegekend bij het opslaan. De rest vul je aan in de casus.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="295"/>
        <source>This is not a date: type it as dd-mm-yyyy hh:mm</source>
        <translation>Dit is geen datum: typ hem als dd-mm-jjjj uu:mm</translation>
    </message>
</context>
<context>
    <name>OverzichtPagina</name>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="57"/>
        <source>Export weekly overview</source>
        <translation>Weekoverzicht exporteren</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="59"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="145"/>
        <source>◀ Previous week</source>
        <translation>◀ Vorige week</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="146"/>
        <source>Previous week (Alt+Left)</source>
        <translation>Vorige week (Alt+Links)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="150"/>
        <source>e.g. 2026-W47</source>
        <translation>bijv. 2026-W47</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="152"/>
        <source>ISO week, e.g. 2026-W47; press Enter</source>
        <translation>ISO-week, bijvoorbeeld 2026-W47; druk op Enter</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="153"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="156"/>
        <source>Next week ▶</source>
        <translation>Volgende week ▶</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="157"/>
        <source>Next week (Alt+Right)</source>
        <translation>Volgende week (Alt+Rechts)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="164"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="165"/>
        <source>Read the cases again from the database</source>
        <translation>Lees de casussen opnieuw uit de database</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="167"/>
        <source>Export to Excel…</source>
        <translation>Exporteer naar Excel…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="181"/>
        <source>Key figures</source>
        <translation>Kengetallen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="197"/>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="397"/>
        <source>Show breakdown</source>
        <translation>Toon uitsplitsing</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="204"/>
        <source>Cases behind the key figure</source>
        <translation>Casussen achter het kengetal</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="225"/>
        <source>norm met</source>
        <translation>norm gehaald</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="226"/>
        <source>75% to 100% (norm 0: 1 waiting)</source>
        <translation>75% tot 100% (norm 0: 1 wachtende)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="227"/>
        <source>below 75% (norm 0: 2 or more)</source>
        <translation>onder 75% (norm 0: 2 of meer)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="231"/>
        <source>n/a: no cases in the population this week.</source>
        <translation>n.v.t.: geen casussen in de populatie deze week.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="252"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="292"/>
        <source>&apos;%1&apos; is not an ISO week; type e.g. 2026-W47</source>
        <translation>&apos;%1&apos; is geen ISO-week; typ bijvoorbeeld 2026-W47</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="302"/>
        <source>Computing the figures…</source>
        <translation>De kengetallen worden berekend…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="354"/>
        <source>Week %1: %2 cases in the register.</source>
        <translation>Week %1: %2 casussen in het register.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="363"/>
        <source>The figures could not be computed: %1</source>
        <translation>De kengetallen konden niet worden berekend: %1</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="385"/>
        <source>%1 – last 12 weeks</source>
        <translation>%1 – laatste 12 weken</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="397"/>
        <source>Show cases</source>
        <translation>Toon casussen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="409"/>
        <source>%1: breakdown</source>
        <translation>%1: uitsplitsing</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="414"/>
        <source>%1: %2 – %3 in the list</source>
        <translation>%1: %2 – %3 in de lijst</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="426"/>
        <source>Longest wait: %1 days</source>
        <translation>Langste wachttijd: %1 dagen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="429"/>
        <source>Highest caseload %1; %2 open cases without a consultant</source>
        <translation>Hoogste caseload %1; %2 open casussen zonder consulent</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="434"/>
        <source>In the 12 weeks up to this week: %1</source>
        <translation>In de 12 weken tot en met deze week: %1</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="438"/>
        <source>Mean lead time: %1 days</source>
        <translation>Gemiddelde doorlooptijd: %1 dagen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="463"/>
        <source>Exporting to %1…</source>
        <translation>Exporteren naar %1…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="470"/>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="484"/>
        <source>Weekly overview written to %1</source>
        <translation>Weekoverzicht geschreven naar %1</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="489"/>
        <source>The export failed: %1</source>
        <translation>Het exporteren is mislukt: %1</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="494"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Exporteren geannuleerd; er is geen bestand geschreven.</translation>
    </message>
</context>
<context>
    <name>PersonenModel</name>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="96"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="96"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="96"/>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="96"/>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="104"/>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
</context>
<context>
    <name>PersoonDialoog</name>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="175"/>
        <source>Add person</source>
        <translation>Persoon toevoegen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="182"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="183"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>PersoonFormulier</name>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="52"/>
        <source>9 digits</source>
        <translation>9 cijfers</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="56"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="57"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="58"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="73"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="74"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="75"/>
        <source>Prefix</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="76"/>
        <source>Surname</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="77"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="78"/>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="79"/>
        <source>Sex</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="80"/>
        <source>Parental authority</source>
        <translation>Gezag</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="81"/>
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="82"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="83"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="84"/>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="85"/>
        <source>House number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="86"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="87"/>
        <source>Town</source>
        <translation>Woonplaats</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="91"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="103"/>
        <source>Contact and address</source>
        <translation>Contact en adres</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="106"/>
        <source>In the family</source>
        <translation>In het gezin</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="153"/>
        <source>This is not a date: type it as dd-mm-yyyy</source>
        <translation>Dit is geen datum: typ hem als dd-mm-jjjj</translation>
    </message>
</context>
<context>
    <name>PerspectiefplanTab</name>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="463"/>
        <source>What do I want for my future? (in the young person&apos;s own words)</source>
        <translation>Wat wil ik voor mijn toekomst? (in de eigen woorden van de jeugdige)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="466"/>
        <source>Life areas</source>
        <translation>Leefgebieden</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="468"/>
        <source>How is it now?</source>
        <translation>Hoe is het nu?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="469"/>
        <source>What do I want after 18?</source>
        <translation>Wat wil ik na mijn 18e?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="470"/>
        <source>What is needed?</source>
        <translation>Wat is er nodig?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="472"/>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="520"/>
        <source>Help in the next two years</source>
        <translation>Hulp in de komende twee jaar</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="473"/>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="521"/>
        <source>Help after 18</source>
        <translation>Hulp na 18 jaar</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="475"/>
        <source>Handover: who takes over what, and when</source>
        <translation>Overdracht: wie neemt wat over, en wanneer</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="478"/>
        <source>School, dagbesteding, network… separated by commas</source>
        <translation>School, dagbesteding, netwerk… gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="504"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="505"/>
        <source>After 18</source>
        <translation>Na 18</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="506"/>
        <source>Needed</source>
        <translation>Nodig</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="507"/>
        <source>Who does what, when</source>
        <translation>Wie doet wat, wanneer</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="523"/>
        <source>Handover</source>
        <translation>Overdracht</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="524"/>
        <source>Involved</source>
        <translation>Betrokken</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="525"/>
        <source>Plan made on</source>
        <translation>Plan gemaakt op</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="530"/>
        <source>In my own words</source>
        <translation>In mijn eigen woorden</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="539"/>
        <source>Young person</source>
        <translation>Jeugdige</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="591"/>
        <source>Add the young person in the Family tab first.</source>
        <translation>Voeg eerst de jeugdige toe bij Gezin.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="596"/>
        <source>Birth date unknown: the plan is needed from 16.</source>
        <translation>Geboortedatum onbekend: het plan is nodig vanaf 16 jaar.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="598"/>
        <source>Needed from 16; you can start earlier.</source>
        <translation>Nodig vanaf 16 jaar; eerder beginnen mag.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="695"/>
        <source>Adopt the plan</source>
        <translation>Plan vaststellen</translation>
    </message>
</context>
<context>
    <name>PlanKnoppen</name>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="207"/>
        <source>Adopt this version…</source>
        <translation>Deze versie vaststellen…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="208"/>
        <source>PDF for the family…</source>
        <translation>PDF voor het gezin…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="209"/>
        <source>Make the PDF of this plan for the family (Ctrl+P)</source>
        <translation>Maak de PDF van dit plan voor het gezin (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="225"/>
        <source>Version %1 adopted on %2 (present: %3).</source>
        <translation>Versie %1 vastgesteld op %2 (aanwezig: %3).</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="231"/>
        <source>Not adopted yet: a PDF is marked CONCEPT.</source>
        <translation>Nog niet vastgesteld: een PDF krijgt het stempel CONCEPT.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="236"/>
        <source>Last PDF: %1 (%2 in total).</source>
        <translation>Laatste PDF: %1 (%2 in totaal).</translation>
    </message>
</context>
<context>
    <name>PlanLijnModel</name>
    <message>
        <location filename="../jeugdloket/ui/plannen/planlijn.py" line="21"/>
        <source>Factors</source>
        <translation>Factoren</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/planlijn.py" line="22"/>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/planlijn.py" line="23"/>
        <source>Who does what, when</source>
        <translation>Wie doet wat, wanneer</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/planlijn.py" line="24"/>
        <source>Help</source>
        <translation>Hulp</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/planlijn.py" line="25"/>
        <source>Last evaluation</source>
        <translation>Laatste evaluatie</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/planlijn.py" line="42"/>
        <source>no help linked</source>
        <translation>geen hulp gekoppeld</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/planlijn.py" line="43"/>
        <source>not evaluated yet</source>
        <translation>nog niet geëvalueerd</translation>
    </message>
</context>
<context>
    <name>PlanLijnTab</name>
    <message>
        <location filename="../jeugdloket/ui/plannen/planlijn.py" line="59"/>
        <source>Per goal of the analysis: the factors behind it, the routekaart, the help linked to the goal (chosen in the allocation) and the last evaluation.</source>
        <translation>Per doel uit de analyse: de factoren erachter, de routekaart, de hulp die bij het doel hoort (gekozen in de toewijzing) en de laatste evaluatie.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/planlijn.py" line="68"/>
        <source>Plan in one glance</source>
        <translation>Plan in één oogopslag</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/planlijn.py" line="82"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>PlannenTab</name>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="726"/>
        <source>Familiegroepsplan</source>
        <translation>Familiegroepsplan</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="727"/>
        <source>Perspectiefplan (16+)</source>
        <translation>Perspectiefplan (16+)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="729"/>
        <source>Plan in one glance</source>
        <translation>Plan in één oogopslag</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="751"/>
        <source>Plans</source>
        <translation>Plannen</translation>
    </message>
</context>
<context>
    <name>RedenDialoog</name>
    <message>
        <location filename="../jeugdloket/ui/aanmelden.py" line="311"/>
        <source>Open case %1</source>
        <translation>Casus %1 openen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/aanmelden.py" line="316"/>
        <source>To open it as a stand-in (waarneming), give the reason. You then have access until the end of the day; the reason is written in the access log and the family can ask who opened their file.</source>
        <translation>Wilt u hem openen als waarnemer, geef dan de reden. U heeft dan toegang tot het eind van de dag; de reden komt in het toegangslogboek en het gezin kan opvragen wie hun dossier heeft ingezien.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/aanmelden.py" line="324"/>
        <source>For example: stand-in during the holiday of the consultant</source>
        <translation>Bijvoorbeeld: waarneming tijdens de vakantie van de consulent</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/aanmelden.py" line="330"/>
        <source>Open as stand-in</source>
        <translation>Openen als waarnemer</translation>
    </message>
</context>
<context>
    <name>RegelLijst</name>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="139"/>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="141"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="143"/>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="144"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="146"/>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="147"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="148"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="149"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="169"/>
        <source>(who?)</source>
        <translation>(wie?)</translation>
    </message>
</context>
<context>
    <name>RegelsModel</name>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="132"/>
        <source>Case number</source>
        <translation>Casusnummer</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="133"/>
        <source>Young person (pseudonym)</source>
        <translation>Jeugdige (pseudoniem)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="134"/>
        <source>Registered</source>
        <translation>Aanmelddatum</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="135"/>
        <source>Deadline first contact</source>
        <translation>Deadline eerste contact</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="136"/>
        <source>First contact</source>
        <translation>Eerste contact</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="137"/>
        <source>Meets</source>
        <translation>Voldoet</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="138"/>
        <source>Consultant</source>
        <translation>Consulent</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="139"/>
        <source>Referrer</source>
        <translation>Verwijzer</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="140"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="141"/>
        <source>Analysis finished</source>
        <translation>Analyse afgerond op</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="142"/>
        <source>Plan offered</source>
        <translation>FGP aangeboden op</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="143"/>
        <source>Plan status</source>
        <translation>FGP-status</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="144"/>
        <source>Plan drawn up</source>
        <translation>FGP opgesteld op</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="145"/>
        <source>Perspective plan drawn up</source>
        <translation>Perspectiefplan opgesteld op</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="146"/>
        <source>Provider (AGB)</source>
        <translation>Aanbieder (AGB)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="147"/>
        <source>Product category</source>
        <translation>Productcategorie</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="148"/>
        <source>Requested</source>
        <translation>Aanvraagdatum</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="149"/>
        <source>Start</source>
        <translation>Ingangsdatum</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="150"/>
        <source>End</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="151"/>
        <source>Days waiting</source>
        <translation>Dagen wachtend</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="152"/>
        <source>Last evaluation</source>
        <translation>Laatste evaluatie</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="153"/>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="154"/>
        <source>Lead time (days)</source>
        <translation>Doorlooptijd (dagen)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="155"/>
        <source>Waiting</source>
        <translation>Wachtenden</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="156"/>
        <source>Longest wait (days)</source>
        <translation>Langste wachttijd (dagen)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="157"/>
        <source>Open cases</source>
        <translation>Open casussen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="158"/>
        <source>Registrations this week</source>
        <translation>Aanmeldingen in de week</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="159"/>
        <source>Registrations in 12 weeks</source>
        <translation>Aanmeldingen in 12 weken</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="160"/>
        <source>Active allocations</source>
        <translation>Actieve toewijzingen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="162"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/modellen.py" line="162"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>ResultatenModel</name>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="104"/>
        <source>Discussed</source>
        <translation>Besproken</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="105"/>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="106"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="107"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="108"/>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="109"/>
        <source>Waiting time</source>
        <translation>Wachttijd</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="110"/>
        <source>Rate</source>
        <translation>Tarief</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="111"/>
        <source>Colleagues</source>
        <translation>Collega&apos;s</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="112"/>
        <source>Fit</source>
        <translation>Past</translation>
    </message>
</context>
<context>
    <name>ScoreKiezer</name>
    <message>
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="65"/>
        <source>No score</source>
        <translation>Geen score</translation>
    </message>
</context>
<context>
    <name>SleutelDialoog</name>
    <message>
        <location filename="../jeugdloket/ui/beveiliging.py" line="50"/>
        <source>Jeugdloket – passphrase</source>
        <translation>Jeugdloket – sleutelzin</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/beveiliging.py" line="56"/>
        <source>Choose a passphrase for the new database %1. The data on this laptop is encrypted with it: without it nobody can read the file – nor can you, so keep it safe. At least 12 characters; a sentence of a few words works well.</source>
        <translation>Kies een sleutelzin voor de nieuwe database %1. De gegevens op deze laptop worden ermee versleuteld: zonder de sleutelzin kan niemand het bestand lezen – u ook niet, dus bewaar hem goed. Minstens 12 tekens; een zin van een paar woorden werkt goed.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/beveiliging.py" line="63"/>
        <source>The database %1 is encrypted. Type its passphrase.</source>
        <translation>De database %1 is versleuteld. Typ de sleutelzin.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/beveiliging.py" line="74"/>
        <source>Remember on this computer (the system&apos;s keyring)</source>
        <translation>Onthouden op deze computer (de sleutelhanger van het systeem)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/beveiliging.py" line="78"/>
        <source>Passphrase</source>
        <translation>Sleutelzin</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/beveiliging.py" line="80"/>
        <source>Once more</source>
        <translation>Nog een keer</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/beveiliging.py" line="103"/>
        <source>The two passphrases are not the same.</source>
        <translation>De twee sleutelzinnen zijn niet gelijk.</translation>
    </message>
</context>
<context>
    <name>Spiegelblad</name>
    <message>
        <location filename="../jeugdloket/ui/intake/spiegelblad.py" line="91"/>
        <source>Mirror sheet</source>
        <translation>Spiegelblad</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/spiegelblad.py" line="108"/>
        <source>Young person / parent</source>
        <translation>Jeugdige / ouder</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/spiegelblad.py" line="111"/>
        <source>Companion</source>
        <translation>Metgezel</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/spiegelblad.py" line="114"/>
        <location filename="../jeugdloket/ui/intake/spiegelblad.py" line="425"/>
        <source>not filled in</source>
        <translation>niet ingevuld</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/spiegelblad.py" line="118"/>
        <source>Mirror sheet: no scores recorded yet.</source>
        <translation>Spiegelblad: nog geen scores ingevuld.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/spiegelblad.py" line="126"/>
        <source>Mirror sheet of %1 and %2: %3 life areas, %4 with a difference of %5 points or more</source>
        <translation>Spiegelblad van %1 en %2: %3 leefgebieden, %4 met een verschil van %5 punten of meer</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/spiegelblad.py" line="229"/>
        <source>Difference of %1 points: worth talking about</source>
        <translation>Verschil van %1 punten: goed om over te praten</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/spiegelblad.py" line="252"/>
        <source>No scores recorded yet.</source>
        <translation>Nog geen scores ingevuld.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/spiegelblad.py" line="417"/>
        <source>Δ %1 · talking point</source>
        <translation>Δ %1 · gespreksonderwerp</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/spiegelblad.py" line="422"/>
        <source>Δ = %1 or more points apart: worth talking about</source>
        <translation>Δ = %1 of meer punten verschil: goed om over te praten</translation>
    </message>
</context>
<context>
    <name>StapFormulier</name>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="122"/>
        <source>Name of the colleague</source>
        <translation>Naam van de medewerker</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="128"/>
        <source>What was seen, discussed and weighed</source>
        <translation>Wat is gezien, besproken en afgewogen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="138"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="139"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="140"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="141"/>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="197"/>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="202"/>
        <source>Reasoning</source>
        <translation>Overwegingen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="149"/>
        <source>Afwegingskader</source>
        <translation>Afwegingskader</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="154"/>
        <source>(not answered)</source>
        <translation>(nog niet beantwoord)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="155"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="156"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="176"/>
        <source>Why (not)?</source>
        <translation>Waarom (niet)?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="181"/>
        <source>Which help, by whom – or why not</source>
        <translation>Welke hulp, door wie – of waarom niet</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="194"/>
        <source>Decision 1: is reporting to Veilig Thuis necessary?</source>
        <translation>Besluit 1: is melden bij Veilig Thuis noodzakelijk?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="196"/>
        <source>Reporting necessary</source>
        <translation>Melden noodzakelijk</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="198"/>
        <source>Reported to Veilig Thuis on</source>
        <translation>Gemeld bij Veilig Thuis op</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="199"/>
        <source>Decision 2: is giving or organising help (also) possible?</source>
        <translation>Besluit 2: is hulp verlenen of organiseren (ook) mogelijk?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/meldcode.py" line="201"/>
        <source>Help possible</source>
        <translation>Hulp mogelijk</translation>
    </message>
</context>
<context>
    <name>StatusSpoor</name>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="90"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>SyncDialoog</name>
    <message>
        <location filename="../jeugdloket/ui/werkkopie.py" line="86"/>
        <source>Synchronise with the team register</source>
        <translation>Synchroniseren met het teamregister</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/werkkopie.py" line="90"/>
        <source>Sends the changes made in this werkkopie to the team register and fetches what colleagues changed. Your password is used for this connection only and is not stored.</source>
        <translation>Stuurt de wijzigingen in deze werkkopie naar het teamregister en haalt op wat collega&apos;s wijzigden. Uw wachtwoord wordt alleen voor deze verbinding gebruikt en nergens bewaard.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/werkkopie.py" line="103"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/werkkopie.py" line="104"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/werkkopie.py" line="117"/>
        <source>Synchronise</source>
        <translation>Synchroniseren</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/werkkopie.py" line="120"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/werkkopie.py" line="122"/>
        <source>View conflicts…</source>
        <translation>Conflicten bekijken…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/werkkopie.py" line="125"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/werkkopie.py" line="151"/>
        <source>Type your password for the team register.</source>
        <translation>Typ uw wachtwoord voor het teamregister.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/werkkopie.py" line="174"/>
        <source>Stopping after the case being synchronised…</source>
        <translation>Stopt na de casus die nu wordt gesynchroniseerd…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/werkkopie.py" line="184"/>
        <source>Nothing is lost: your changes stay in the werkkopie until a sync succeeds.</source>
        <translation>Er is niets verloren: uw wijzigingen blijven in de werkkopie tot een sync lukt.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/werkkopie.py" line="214"/>
        <source>Stopped at your request; the other cases follow with the next sync.</source>
        <translation>Gestopt op uw verzoek; de andere casussen volgen bij de volgende sync.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/werkkopie.py" line="218"/>
        <source>%1 case(s) synchronised, %2 change(s) sent, %3 access-log entry(ies) added to the team&apos;s log.</source>
        <translation>%1 casus(sen) gesynchroniseerd, %2 wijziging(en) verstuurd, %3 logboekregel(s) toegevoegd aan het teamlogboek.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/werkkopie.py" line="227"/>
        <source>Case %1 now has the team number %2.</source>
        <translation>Casus %1 heeft nu het teamnummer %2.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/werkkopie.py" line="234"/>
        <source>Case %1 is no longer accessible in the team register (transferred or destroyed); the werkkopie keeps it. Ask the coordinator.</source>
        <translation>Casus %1 is niet meer toegankelijk in het teamregister (overgedragen of vernietigd); de werkkopie houdt hem. Vraag de coördinator.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/werkkopie.py" line="241"/>
        <source>%1 conflict(s): the same field was changed here and in the team register. The team register&apos;s value stays until you choose (Conflicts…).</source>
        <translation>%1 conflict(en): hetzelfde veld is hier én in het teamregister gewijzigd. De waarde van het teamregister blijft staan tot u kiest (Conflicten…).</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/werkkopie.py" line="246"/>
        <source>No conflicts: everything is merged.</source>
        <translation>Geen conflicten: alles is samengevoegd.</translation>
    </message>
</context>
<context>
    <name>TeamAanmeldDialoog</name>
    <message>
        <location filename="../jeugdloket/ui/aanmelden.py" line="239"/>
        <source>Jeugdloket – sign in to the team register</source>
        <translation>Jeugdloket – aanmelden bij het teamregister</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/aanmelden.py" line="242"/>
        <source>Sign in with your user name and password for the team register. Forgot your password? Ask the administrator of your team.</source>
        <translation>Meld u aan met uw gebruikersnaam en wachtwoord voor het teamregister. Wachtwoord vergeten? Vraag het de beheerder van uw team.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/aanmelden.py" line="252"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/aanmelden.py" line="253"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/aanmelden.py" line="257"/>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
</context>
<context>
    <name>ToewijzingDialoog</name>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzingformulier.py" line="272"/>
        <source>Request allocation</source>
        <translation>Toewijzing aanvragen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzingformulier.py" line="277"/>
        <source>&amp;Request</source>
        <translation>&amp;Aanvragen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzingformulier.py" line="284"/>
        <source>Fill in what is allocated. The rules of the iJw standard are checked as you type; the request can be made when nothing is red.</source>
        <translation>Vul in wat wordt toegewezen. De regels van de iJw-standaard worden gecontroleerd terwijl u typt; aanvragen kan zodra niets meer rood is.</translation>
    </message>
</context>
<context>
    <name>ToewijzingFormulier</name>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzingformulier.py" line="74"/>
        <source>Extent (volume, unit, frequency)</source>
        <translation>Omvang (volume, eenheid, frequentie)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzingformulier.py" line="75"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzingformulier.py" line="81"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzingformulier.py" line="83"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzingformulier.py" line="89"/>
        <source>amount in euros, e.g. 1.250,00</source>
        <translation>bedrag in euro&apos;s, bijv. 1.250,00</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzingformulier.py" line="116"/>
        <source>Young person</source>
        <translation>Jeugdige</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzingformulier.py" line="117"/>
        <source>Serves goal</source>
        <translation>Voor doel</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzingformulier.py" line="118"/>
        <source>Requested on</source>
        <translation>Aanvraagdatum</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzingformulier.py" line="119"/>
        <source>Start date</source>
        <translation>Ingangsdatum</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzingformulier.py" line="120"/>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzingformulier.py" line="125"/>
        <source>Extent or budget</source>
        <translation>Omvang of budget</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzingformulier.py" line="133"/>
        <source>Volume · unit · frequency</source>
        <translation>Volume · eenheid · frequentie</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzingformulier.py" line="134"/>
        <source>Budget (€)</source>
        <translation>Budget (€)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzingformulier.py" line="135"/>
        <source>Referrer</source>
        <translation>Verwijzer</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzingformulier.py" line="167"/>
        <source>– no goal chosen –</source>
        <translation>– geen doel gekozen –</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzingformulier.py" line="232"/>
        <source>This is not a date: type it as dd-mm-yyyy</source>
        <translation>Dit is geen datum: typ hem als dd-mm-jjjj</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzingformulier.py" line="243"/>
        <source>Budget: type an amount, e.g. 1.250,00</source>
        <translation>Budget: typ een bedrag, bijv. 1.250,00</translation>
    </message>
</context>
<context>
    <name>ToewijzingenModel</name>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="83"/>
        <source>Young person</source>
        <translation>Jeugdige</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="84"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="85"/>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="86"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="87"/>
        <source>Start</source>
        <translation>Ingangsdatum</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="88"/>
        <source>End</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="89"/>
        <source>Extent</source>
        <translation>Omvang</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="90"/>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="91"/>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="113"/>
        <source>by %1</source>
        <translation>uiterlijk %1</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="131"/>
        <source>shared %1</source>
        <translation>gedeeld %1</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="132"/>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
</context>
<context>
    <name>VaststelDialoog</name>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="65"/>
        <source>Adopt the plan</source>
        <translation>Plan vaststellen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="75"/>
        <source>Others, separated by commas</source>
        <translation>Anderen, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="84"/>
        <source>Adopted on</source>
        <translation>Vastgesteld op</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="85"/>
        <source>Who were there</source>
        <translation>Wie waren erbij</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="103"/>
        <source>Adopted on: type a date as dd-mm-yyyy</source>
        <translation>Vastgesteld op: typ een datum als dd-mm-jjjj</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="106"/>
        <source>Fill in the date and who were there</source>
        <translation>Vul de datum in en wie erbij waren</translation>
    </message>
</context>
<context>
    <name>VeiligheidTab</name>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/tab.py" line="21"/>
        <source>Meldcode</source>
        <translation>Meldcode</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/tab.py" line="22"/>
        <source>Safety plan</source>
        <translation>Veiligheidsplan</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/tab.py" line="35"/>
        <source>Safety</source>
        <translation>Veiligheid</translation>
    </message>
</context>
<context>
    <name>VeiligheidsplanPagina</name>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/plan.py" line="109"/>
        <source>What makes it unsafe? Facts, in plain words</source>
        <translation>Wat maakt het onveilig? Feiten, in gewone woorden</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/plan.py" line="111"/>
        <source>What must happen for it to be safe enough?</source>
        <translation>Wat moet er gebeuren om het veilig genoeg te maken?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/plan.py" line="114"/>
        <source>Who in the network does what</source>
        <translation>Wie uit het netwerk doet wat</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/plan.py" line="116"/>
        <source>The provider involved in the family</source>
        <translation>De aanbieder die bij het gezin betrokken is</translation>
    </message>
    <message>
        <source>Aandachtsfunctionaris huiselijk geweld en kindermishandeling</source>
        <translation type="vanished">Aandachtsfunctionaris huiselijk geweld en kindermishandeling</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/plan.py" line="119"/>
        <source>Designated officer for domestic violence and child abuse</source>
        <translation>Aandachtsfunctionaris huiselijk geweld en kindermishandeling</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/plan.py" line="123"/>
        <source>&amp;Adopt…</source>
        <translation>&amp;Vaststellen…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/plan.py" line="124"/>
        <source>&amp;Make PDF…</source>
        <translation>&amp;PDF maken…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/plan.py" line="139"/>
        <source>Who made the plan</source>
        <translation>Wie maakten het plan</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/plan.py" line="141"/>
        <source>Made on</source>
        <translation>Opgesteld op</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/plan.py" line="142"/>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/plan.py" line="143"/>
        <source>Aandachtsfunctionaris</source>
        <translation>Aandachtsfunctionaris</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/plan.py" line="144"/>
        <source>Evaluation on</source>
        <translation>Evaluatie op</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/plan.py" line="145"/>
        <source>The plan</source>
        <translation>Het plan</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/plan.py" line="147"/>
        <source>Concerns</source>
        <translation>Zorgen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/plan.py" line="148"/>
        <source>Safety goals</source>
        <translation>Veiligheidsdoelen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/plan.py" line="149"/>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/plan.py" line="150"/>
        <source>Role of the network</source>
        <translation>Rol van het netwerk</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/plan.py" line="221"/>
        <source>Adopt the safety plan</source>
        <translation>Veiligheidsplan vaststellen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/plan.py" line="235"/>
        <location filename="../jeugdloket/ui/veiligheid/plan.py" line="240"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veiligheid/plan.py" line="241"/>
        <source>Could not write %1: %2</source>
        <translation>Kon %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>VeldConflict</name>
    <message>
        <location filename="../jeugdloket/ui/veldconflict.py" line="20"/>
        <source>Changed by a colleague</source>
        <translation>Gewijzigd door een collega</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veldconflict.py" line="23"/>
        <source>Keep my value</source>
        <translation>Mijn waarde bewaren</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/veldconflict.py" line="27"/>
        <source>Keep their value</source>
        <translation>Hun waarde houden</translation>
    </message>
</context>
<context>
    <name>VerdiepenPagina</name>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="770"/>
        <source>Strengths and burdens</source>
        <translation>Draagkracht en draaglast</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="771"/>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="772"/>
        <source>Explanatory analysis</source>
        <translation>Verklarende analyse</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="773"/>
        <source>Summary and completion</source>
        <translation>Samenvatting en afronden</translation>
    </message>
</context>
<context>
    <name>VergrendelScherm</name>
    <message>
        <location filename="../jeugdloket/ui/aanmelden.py" line="387"/>
        <source>Jeugdloket is locked</source>
        <translation>Jeugdloket is vergrendeld</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/aanmelden.py" line="390"/>
        <source>Locked after a period without use, so nobody can read along. Everything you typed has been saved. %1: type your password to continue.</source>
        <translation>Vergrendeld na een tijd zonder gebruik, zodat niemand kan meelezen. Alles wat u typte is bewaard. %1: typ uw wachtwoord om verder te gaan.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/aanmelden.py" line="397"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/aanmelden.py" line="400"/>
        <source>Continue</source>
        <translation>Verder</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/aanmelden.py" line="403"/>
        <source>Quit Jeugdloket</source>
        <translation>Jeugdloket afsluiten</translation>
    </message>
</context>
<context>
    <name>VerkennenPagina</name>
    <message>
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="145"/>
        <source>Whose own score is this: the young person or a parent</source>
        <translation>Van wie is deze eigen score: de jeugdige of een ouder</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="148"/>
        <source>The companion: someone close who gives their own view and score</source>
        <translation>De metgezel: iemand dichtbij die een eigen kijk en score geeft</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="151"/>
        <source>Scored by</source>
        <translation>Score van</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="156"/>
        <source>Companion (metgezel)</source>
        <translation>Metgezel</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="163"/>
        <source>Life areas</source>
        <translation>Leefgebieden</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="169"/>
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="172"/>
        <source>In the family&apos;s own words</source>
        <translation>In de eigen woorden van het gezin</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="185"/>
        <source>← Previous</source>
        <translation>← Vorige</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="186"/>
        <source>Next →</source>
        <translation>Volgende →</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="187"/>
        <source>Previous life area (Page Up)</source>
        <translation>Vorig leefgebied (Page Up)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="188"/>
        <source>Next life area (Page Down)</source>
        <translation>Volgend leefgebied (Page Down)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="194"/>
        <source>What goes well?</source>
        <translation>Wat gaat goed?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="195"/>
        <source>What worries you?</source>
        <translation>Waar maak je je zorgen over?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="209"/>
        <source>Mirror sheet</source>
        <translation>Spiegelblad</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="243"/>
        <source>(choose who scores)</source>
        <translation>(kies wie scoort)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="245"/>
        <source>(no companion yet)</source>
        <translation>(nog geen metgezel)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="272"/>
        <source>young person or parent</source>
        <translation>jeugdige of ouder</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="275"/>
        <source>companion</source>
        <translation>metgezel</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="280"/>
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="281"/>
        <source>Score by %1</source>
        <translation>Score van %1</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="377"/>
        <source>Companion</source>
        <translation>Metgezel</translation>
    </message>
</context>
<context>
    <name>VerlopenModel</name>
    <message>
        <location filename="../jeugdloket/ui/bewaren.py" line="65"/>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/bewaren.py" line="66"/>
        <source>Help ended</source>
        <translation>Einde hulp</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/bewaren.py" line="67"/>
        <source>Keep until</source>
        <translation>Bewaren t/m</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/bewaren.py" line="68"/>
        <source>Destruction</source>
        <translation>Vernietiging</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/bewaren.py" line="75"/>
        <source>requested by %1 on %2</source>
        <translation>aangevraagd door %1 op %2</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/bewaren.py" line="92"/>
        <source>Reason: %1</source>
        <translation>Reden: %1</translation>
    </message>
</context>
<context>
    <name>VerouderdModel</name>
    <message>
        <location filename="../jeugdloket/ui/werkkopie.py" line="261"/>
        <source>Consultant</source>
        <translation>Consulent</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/werkkopie.py" line="262"/>
        <source>Werkkopie</source>
        <translation>Werkkopie</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/werkkopie.py" line="263"/>
        <source>Last sync</source>
        <translation>Laatste sync</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/werkkopie.py" line="264"/>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/werkkopie.py" line="274"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
</context>
<context>
    <name>VervullenPagina</name>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="101"/>
        <source>Goals in order of priority</source>
        <translation>Doelen in volgorde van belang</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="103"/>
        <source>&amp;Add goal</source>
        <translation>&amp;Doel toevoegen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="104"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="106"/>
        <source>Higher priority (Alt+Up)</source>
        <translation>Belangrijker (Alt+Omhoog)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="109"/>
        <source>Lower priority (Alt+Down)</source>
        <translation>Minder belangrijk (Alt+Omlaag)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="119"/>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="329"/>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="126"/>
        <source>What does the family want to achieve?</source>
        <translation>Wat wil het gezin bereiken?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="130"/>
        <source>When is it good enough?</source>
        <translation>Wanneer is het goed genoeg?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="135"/>
        <source>Factors this goal addresses</source>
        <translation>Factoren die dit doel aanpakt</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="149"/>
        <source>Actions of this goal</source>
        <translation>Acties bij dit doel</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="151"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="153"/>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="154"/>
        <source>What will be done</source>
        <translation>Wat er gebeurt</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="156"/>
        <source>dd-mm-yyyy or in words</source>
        <translation>dd-mm-jjjj of in woorden</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="157"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="161"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="163"/>
        <source>Add a&amp;ction</source>
        <translation>Actie toe&amp;voegen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="164"/>
        <source>Remove action</source>
        <translation>Actie verwijderen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="178"/>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="385"/>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="179"/>
        <source>Good enough when</source>
        <translation>Goed genoeg als</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="180"/>
        <source>Addresses</source>
        <translation>Pakt aan</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="181"/>
        <source>Who does what, when</source>
        <translation>Wie doet wat, wanneer</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="198"/>
        <source>Route map: every action of every goal</source>
        <translation>Routekaart: alle acties van alle doelen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="201"/>
        <source>Goals and actions</source>
        <translation>Doelen en acties</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="202"/>
        <source>Route map (overview)</source>
        <translation>Routekaart (overzicht)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="253"/>
        <source>%1 of at most %2 goals</source>
        <translation>%1 van hoogstens %2 doelen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="260"/>
        <source>(who?)</source>
        <translation>(wie?)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="261"/>
        <source>the consultant</source>
        <translation>de consulent</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="337"/>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="343"/>
        <source>Remove goal</source>
        <translation>Doel verwijderen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="337"/>
        <source>Remove this goal with its actions?</source>
        <translation>Dit doel met zijn acties verwijderen?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="432"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
</context>
<context>
    <name>Werkkopie</name>
    <message>
        <location filename="../jeugdloket/ui/werkkopie.py" line="47"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/werkkopie.py" line="49"/>
        <source>Jeugdloket – werkkopie of %1, since %2; last sync %3</source>
        <translation>Jeugdloket – werkkopie van %1, sinds %2; laatste sync %3</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/werkkopie.py" line="61"/>
        <source>Werkkopie: %1 change(s) waiting to be synchronised</source>
        <translation>Werkkopie: %1 wijziging(en) wachten op synchronisatie</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/werkkopie.py" line="65"/>
        <source>Werkkopie: no changes waiting</source>
        <translation>Werkkopie: geen wijzigingen te versturen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/werkkopie.py" line="67"/>
        <source>%1 open conflict(s)</source>
        <translation>%1 open conflict(en)</translation>
    </message>
</context>
<context>
    <name>WerkkopieBalk</name>
    <message>
        <location filename="../jeugdloket/ui/casussen/werkkopiebalk.py" line="32"/>
        <source>View conflicts…</source>
        <translation>Conflicten bekijken…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/werkkopiebalk.py" line="60"/>
        <source>%1 field(s) of this case were changed both on a laptop and in the team register. The team register&apos;s value stays until someone chooses.</source>
        <translation>%1 veld(en) van deze casus zijn zowel op een laptop als in het teamregister gewijzigd. De waarde van het teamregister blijft staan tot iemand kiest.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/werkkopiebalk.py" line="67"/>
        <source>On the laptop of %1 since %2 (still editable here)</source>
        <translation>Op de laptop van %1 sinds %2 (hier nog te bewerken)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/werkkopiebalk.py" line="68"/>
        <source>a colleague</source>
        <translation>een collega</translation>
    </message>
</context>
<context>
    <name>WerkkopieenPagina</name>
    <message>
        <location filename="../jeugdloket/ui/werkkopie.py" line="285"/>
        <source>Werkkopieën not synchronised</source>
        <translation>Werkkopieën die niet zijn gesynchroniseerd</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/werkkopie.py" line="288"/>
        <source>Cases on these laptops may have changes the team register does not have yet. Ask the consultant to synchronise.</source>
        <translation>De casussen op deze laptops kunnen wijzigingen hebben die het teamregister nog niet heeft. Vraag de consulent om te synchroniseren.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/werkkopie.py" line="296"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/werkkopie.py" line="299"/>
        <source>Not synchronised for more than</source>
        <translation>Niet gesynchroniseerd in meer dan</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/werkkopie.py" line="329"/>
        <source>Every werkkopie was synchronised within %1 days.</source>
        <translation>Elke werkkopie is binnen %1 dagen gesynchroniseerd.</translation>
    </message>
</context>
<context>
    <name>ZoekPaneel</name>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="66"/>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="148"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="68"/>
        <source>%1 week</source>
        <translation>%1 week</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="70"/>
        <source>%1 weeks</source>
        <translation>%1 weken</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="73"/>
        <source> (as of %1)</source>
        <translation> (peildatum %1)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="149"/>
        <source>%1 wk</source>
        <translation>%1 wk</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="256"/>
        <source>Find care</source>
        <translation>Zoektool</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="256"/>
        <source>Find care for this case</source>
        <translation>Zorg zoeken voor deze casus</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="267"/>
        <source>Search problem, product, provider or method, e.g. &apos;dyslexia&apos;, &apos;parenting&apos;</source>
        <translation>Zoek op probleem, product, aanbieder of methode, bijv. &apos;dyslexie&apos;, &apos;opvoeden&apos;</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="269"/>
        <source>Search text</source>
        <translation>Zoektekst</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="274"/>
        <source>any age</source>
        <translation>elke leeftijd</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="276"/>
        <source> years</source>
        <translation> jaar</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="284"/>
        <source>no limit</source>
        <translation>geen grens</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="286"/>
        <source> weeks</source>
        <translation> weken</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="289"/>
        <source>Only contracts valid on this date count</source>
        <translation>Alleen contracten die op deze datum gelden tellen mee</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="294"/>
        <source>Young person</source>
        <translation>Jeugdige</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="295"/>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="296"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="297"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="298"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="299"/>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="300"/>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="301"/>
        <source>Max. waiting time</source>
        <translation>Max. wachttijd</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="302"/>
        <source>Contract valid on</source>
        <translation>Contract geldig op</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="316"/>
        <source>Offers found</source>
        <translation>Gevonden aanbod</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="317"/>
        <source>Enter chooses the selected offer</source>
        <translation>Enter kiest het gekozen aanbod</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="345"/>
        <source>&amp;Family chooses this…</source>
        <translation>&amp;Gezin kiest dit…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="347"/>
        <source>Record this choice with the family&apos;s reason and request the allocation</source>
        <translation>Leg deze keuze vast met de reden van het gezin en vraag de toewijzing aan</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="351"/>
        <source>Add &amp;experience…</source>
        <translation>&amp;Ervaring toevoegen…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="353"/>
        <source>Change &amp;waiting time…</source>
        <translation>&amp;Wachttijd wijzigen…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="395"/>
        <source>all municipalities</source>
        <translation>alle gemeenten</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="398"/>
        <source>all segments</source>
        <translation>alle segmenten</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="401"/>
        <source>all categories</source>
        <translation>alle categorieën</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="404"/>
        <source>every setting</source>
        <translation>elke setting</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="407"/>
        <source>any identity</source>
        <translation>elke identiteit</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="422"/>
        <source> (%1 years)</source>
        <translation> (%1 jaar)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="453"/>
        <source>Contract valid on: type a date as dd-mm-yyyy</source>
        <translation>Contract geldig op: typ een datum als dd-mm-jjjj</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="460"/>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="514"/>
        <source>%1 options, best fit first</source>
        <translation>%1 mogelijkheden, best passend eerst</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="518"/>
        <source>Nothing contracted fits. Try fewer words or filters.</source>
        <translation>Niets gecontracteerds past. Probeer minder woorden of filters.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="533"/>
        <source>no young person registered</source>
        <translation>geen jeugdige geregistreerd</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="535"/>
        <source>%1 years</source>
        <translation>%1 jaar</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="538"/>
        <source>For &lt;b&gt;%1&lt;/b&gt; (%2) · contracted in &lt;b&gt;%3&lt;/b&gt; · contracts valid on %4</source>
        <translation>Voor &lt;b&gt;%1&lt;/b&gt; (%2) · gecontracteerd in &lt;b&gt;%3&lt;/b&gt; · contracten geldig op %4</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="550"/>
        <source>The case has no hulpvraag, factors or goals yet: type what is needed.</source>
        <translation>De casus heeft nog geen hulpvraag, factoren of doelen: typ wat nodig is.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="552"/>
        <source>No word from the case matches the catalogue: type what is needed.</source>
        <translation>Geen woord uit de casus komt voor in de catalogus: typ wat nodig is.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="554"/>
        <source>Found with words from the case: %1</source>
        <translation>Gevonden met woorden uit de casus: %1</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="580"/>
        <source>&lt;br&gt;Subcontractor of %1 (responsible main contractor)</source>
        <translation>&lt;br&gt;Onderaannemer van %1 (verantwoordelijke hoofdaannemer)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="591"/>
        <source> until %1</source>
        <translation> tot %1</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="595"/>
        <source>Segment %1 · %2 · age %3 · identity %4</source>
        <translation>Segment %1 · %2 · leeftijd %3 · identiteit %4</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="601"/>
        <source>Waiting time %1 · rate %2 · contracted for %3</source>
        <translation>Wachttijd %1 · tarief %2 · gecontracteerd voor %3</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="606"/>
        <source>Colleagues: %1</source>
        <translation>Collega&apos;s: %1</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="610"/>
        <source>Why: %1</source>
        <translation>Waarom: %1</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="647"/>
        <source>Experience</source>
        <translation>Ervaring</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="661"/>
        <source>Waiting time</source>
        <translation>Wachttijd</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="48"/>
        <source>Save plan as PDF</source>
        <translation>Plan opslaan als PDF</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="48"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="251"/>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="256"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="257"/>
        <source>Could not write %1: %2</source>
        <translation>Kon %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="165"/>
        <source>Consent of the family</source>
        <translation>Toestemming van het gezin</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="159"/>
        <source>The family agrees that this allocation and what is needed for it is shared with the provider. Who gave consent, and how?</source>
        <translation>Het gezin stemt ermee in dat deze toewijzing en wat daarvoor nodig is met de aanbieder wordt gedeeld. Wie gaf toestemming, en hoe?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/toewijzing.py" line="162"/>
        <source>e.g. mother and father, verbally during the home visit</source>
        <translation>bijv. moeder en vader, mondeling tijdens het huisbezoek</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="199"/>
        <source>Choice of the family</source>
        <translation>Keuze van het gezin</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="194"/>
        <source>Why does the family choose this? (in their words)</source>
        <translation>Waarom kiest het gezin hiervoor? (in hun woorden)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="191"/>
        <source>e.g. close to school, they know the provider, short wait</source>
        <translation>bijv. dicht bij school, ze kennen de aanbieder, korte wachttijd</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="218"/>
        <source>Experience with this provider</source>
        <translation>Ervaring met deze aanbieder</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="210"/>
        <source>What went well, what did not? No names of clients.</source>
        <translation>Wat ging goed, wat niet? Geen namen van cliënten.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="213"/>
        <source>Rating (1 poor – 5 good)</source>
        <translation>Waardering (1 slecht – 5 goed)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="214"/>
        <source>Experience</source>
        <translation>Ervaring</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="230"/>
        <source>Waiting time</source>
        <translation>Wachttijd</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="228"/>
        <source> weeks</source>
        <translation> weken</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/zoektool/zoekpaneel.py" line="229"/>
        <source>Waiting time today</source>
        <translation>Wachttijd vandaag</translation>
    </message>
</context>
<context>
    <name>start</name>
    <message>
        <location filename="../jeugdloket/ui/app.py" line="105"/>
        <source>Jeugdloket</source>
        <translation>Jeugdloket</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/app.py" line="106"/>
        <source>The database %1 cannot be opened: %2</source>
        <translation>De database %1 kan niet worden geopend: %2</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/app.py" line="128"/>
        <source> – demo data (public demo passphrase)</source>
        <translation> – demogegevens (openbare demo-sleutel)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/app.py" line="178"/>
        <source> – team register</source>
        <translation> – teamregister</translation>
    </message>
</context>
</TS>
