<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>AanmeldingTab</name>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="291" />
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="292" />
        <source>Consultant</source>
        <translation>Consulent</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="293" />
        <source>Registered on</source>
        <translation>Aanmelddatum</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="294" />
        <source>Referred by</source>
        <translation>Verwijzer</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="295" />
        <source>Kind of question</source>
        <translation>Soort vraag</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="296" />
        <source>Framework</source>
        <translation>Kader</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="297" />
        <source>Request for help</source>
        <translation>Hulpvraag</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="298" />
        <source>First contact</source>
        <translation>Eerste contact</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="312" />
        <source>Close case…</source>
        <translation>Casus afsluiten…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="314" />
        <source>Reopen case</source>
        <translation>Casus heropenen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="352" />
        <source>In time if on or before %1 (3 working days after registration).</source>
        <translation>Op tijd als dit uiterlijk %1 is (3 werkdagen na de aanmelding).</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="362" />
        <source>Closed on %1: %2</source>
        <translation>Afgesloten op %1: %2</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="367" />
        <source>This case is open.</source>
        <translation>Deze casus is open.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="375" />
        <source>Fill in the registration date</source>
        <translation>Vul de aanmelddatum in</translation>
    </message>
</context>
<context>
    <name>ActiesModel</name>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="61" />
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="61" />
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="61" />
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="61" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="62" />
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="86" />
        <source>the consultant</source>
        <translation>de consulent</translation>
    </message>
</context>
<context>
    <name>AfrondenTab</name>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="631" />
        <source>What is going on and why, in words the family would use themselves</source>
        <translation>Wat is er aan de hand en waarom, in woorden die het gezin zelf zou gebruiken</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="635" />
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="652" />
        <source>Who took part</source>
        <translation>Wie deden mee</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="638" />
        <source>e.g. consulent jeugd</source>
        <translation>bijv. consulent jeugd</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="642" />
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="740" />
        <source>Complete the analysis</source>
        <translation>Analyse afronden</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="643" />
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="651" />
        <source>In plain words</source>
        <translation>In gewone woorden</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="653" />
        <source>Author</source>
        <translation>Opgesteld door</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="654" />
        <source>Author's role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="655" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="697" />
        <source>Completed on %1.</source>
        <translation>Afgerond op %1.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="704" />
        <source>Not ready to complete yet:</source>
        <translation>Nog niet af te ronden:</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="713" />
        <source>Everything needed is there: the analysis can be completed.</source>
        <translation>Alles wat nodig is staat erin: de analyse kan worden afgerond.</translation>
    </message>
</context>
<context>
    <name>AfsluitenDialoog</name>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="326" />
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="342" />
        <source>Close case</source>
        <translation>Casus afsluiten</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="337" />
        <source>Closed on</source>
        <translation>Afgesloten op</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="338" />
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="343" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="347" />
        <source>Good is good enough. Why is the help ending?</source>
        <translation>Goed is goed genoeg. Waarom stopt de hulp?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="356" />
        <source>This is not a date: type it as dd-mm-yyyy</source>
        <translation>Dit is geen datum: typ hem als dd-mm-jjjj</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="360" />
        <source>Fill in the date</source>
        <translation>Vul de datum in</translation>
    </message>
</context>
<context>
    <name>AnalyseDiagram</name>
    <message>
        <location filename="../jeugdloket/ui/intake/diagram.py" line="853" />
        <source>Explanatory analysis diagram</source>
        <translation>Schema van de verklarende analyse</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/diagram.py" line="892" />
        <source>Vulnerable</source>
        <translation>Kwetsbaar</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/diagram.py" line="893" />
        <source>Why now</source>
        <translation>Waarom nu</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/diagram.py" line="894" />
        <source>Keeps it going</source>
        <translation>Houdt het in stand</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/diagram.py" line="895" />
        <source>Strengths</source>
        <translation>Wat helpt</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/diagram.py" line="903" />
        <source>The family recognises this.</source>
        <translation>Het gezin herkent dit.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/diagram.py" line="904" />
        <source>The family does not recognise this.</source>
        <translation>Het gezin herkent dit niet.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/diagram.py" line="905" />
        <source>Not yet checked with the family.</source>
        <translation>Nog niet nagevraagd bij het gezin.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/diagram.py" line="907" />
        <source>Drag to move. Shift+drag (or drag the +) to another card to link them.</source>
        <translation>Sleep om te verplaatsen. Sleep met Shift (of sleep de +) naar een andere kaart om ze te verbinden.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/diagram.py" line="958" />
        <source>recognised by the family</source>
        <translation>herkend door het gezin</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/diagram.py" line="959" />
        <source>not recognised</source>
        <translation>niet herkend</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/diagram.py" line="960" />
        <source>not checked yet</source>
        <translation>nog niet nagevraagd</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/diagram.py" line="962" />
        <source>Shift+drag from card to card to link them</source>
        <translation>Shift+slepen van kaart naar kaart verbindt ze</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/diagram.py" line="971" />
        <source>No factors yet. Add a factor on the left; it appears here in its column.</source>
        <translation>Nog geen factoren. Voeg links een factor toe; hij verschijnt hier in zijn kolom.</translation>
    </message>
</context>
<context>
    <name>AnalyseTab</name>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="293" />
        <source>Factors</source>
        <translation>Factoren</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="294" />
        <source>&amp;Add factor</source>
        <translation>Factor &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="295" />
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="303" />
        <source>In words the family recognises</source>
        <translation>In woorden die het gezin herkent</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="306" />
        <source>Who said it, or where it comes from</source>
        <translation>Wie zei het, of waar komt het vandaan</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="308" />
        <source>not asked yet</source>
        <translation>nog niet gevraagd</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="309" />
        <source>yes, the family recognises it</source>
        <translation>ja, het gezin herkent het</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="310" />
        <source>no, the family does not recognise it</source>
        <translation>nee, het gezin herkent het niet</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="324" />
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="325" />
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="326" />
        <source>Life area</source>
        <translation>Leefgebied</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="327" />
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="328" />
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="329" />
        <source>Recognised</source>
        <translation>Herkend</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="334" />
        <source>Links from and to this factor</source>
        <translation>Verbanden van en naar deze factor</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="336" />
        <source>How do they hang together?</source>
        <translation>Hoe hangen ze samen?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="338" />
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="574" />
        <source>Link</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="339" />
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="612" />
        <source>Remove link</source>
        <translation>Verband verwijderen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="341" />
        <source>leads to</source>
        <translation>leidt tot</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="345" />
        <source>Samenhang</source>
        <translation>Samenhang</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="347" />
        <source>Explanation</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="368" />
        <source>Drag a card to move it; drag with Shift held from one card to another to link them.</source>
        <translation>Sleep een kaart om hem te verplaatsen; sleep met Shift ingedrukt van de ene kaart naar de andere om ze te verbinden.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="514" />
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="521" />
        <source>Remove factor</source>
        <translation>Factor verwijderen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="515" />
        <source>Remove factor %1 with its links?</source>
        <translation>Factor %1 met zijn verbanden verwijderen?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="612" />
        <source>Remove this link?</source>
        <translation>Dit verband verwijderen?</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <location filename="../jeugdloket/ui/widgets.py" line="214" />
        <source>This is not a date: type it as dd-mm-yyyy</source>
        <translation>Dit is geen datum: typ hem als dd-mm-jjjj</translation>
    </message>
</context>
<context>
    <name>CasusTabelModel</name>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="76" />
        <source>Case number</source>
        <translation>Casusnummer</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="77" />
        <source>Young person(s)</source>
        <translation>Jeugdige(n)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="78" />
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="79" />
        <source>Consultant</source>
        <translation>Consulent</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="80" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="81" />
        <source>Registered</source>
        <translation>Aanmelddatum</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="173" />
        <source>Red: first contact later than 3 working days after registration</source>
        <translation>Rood: eerste contact later dan 3 werkdagen na de aanmelding</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="190" />
        <source>(no young person yet)</source>
        <translation>(nog geen jeugdige)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="201" />
        <source>First contact due by %1</source>
        <translation>Eerste contact uiterlijk %1</translation>
    </message>
</context>
<context>
    <name>CasusView</name>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="611" />
        <source>&amp;Family</source>
        <translation>&amp;Gezin</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="612" />
        <source>&amp;Registration</source>
        <translation>&amp;Aanmelding</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="613" />
        <source>&amp;Contact moments</source>
        <translation>&amp;Contactmomenten</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="615" />
        <source>&amp;Intake and analysis</source>
        <translation>&amp;Intake en analyse</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="617" />
        <source>&amp;Plans</source>
        <translation>&amp;Plannen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="635" />
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="638" />
        <source>no young person registered yet</source>
        <translation>nog geen jeugdige geregistreerd</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="642" />
        <source>%1 · consultant %2 · registered %3</source>
        <translation>%1 · consulent %2 · aangemeld %3</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="644" />
        <source>none</source>
        <translation>geen</translation>
    </message>
</context>
<context>
    <name>CasuslijstPagina</name>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="226" />
        <source>Search by name, case number, BSN or postcode  (Ctrl+F)</source>
        <translation>Zoek op naam, casusnummer, BSN of postcode  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="231" />
        <source>My cases</source>
        <translation>Mijn casussen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="232" />
        <source>All cases</source>
        <translation>Alle casussen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="240" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="241" />
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="242" />
        <source>Open and closed</source>
        <translation>Open en afgesloten</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="249" />
        <source>New case…</source>
        <translation>Nieuwe casus…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="250" />
        <source>Register a new case (Ctrl+N)</source>
        <translation>Registreer een nieuwe casus (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="298" />
        <source>first contact not within 3 working days of registration</source>
        <translation>eerste contact niet binnen 3 werkdagen na de aanmelding</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="300" />
        <source>plan needed (familiegroepsplan or perspectiefplan)</source>
        <translation>plan nodig (familiegroepsplan of perspectiefplan)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="332" />
        <source>%1 of %2 cases</source>
        <translation>%1 van %2 casussen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="337" />
        <source>(loading the older cases…)</source>
        <translation>(de oudere casussen worden geladen…)</translation>
    </message>
</context>
<context>
    <name>ContactModel</name>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="397" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="397" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="397" />
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="397" />
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="428" />
        <source>(no date)</source>
        <translation>(geen datum)</translation>
    </message>
</context>
<context>
    <name>ContactmomentenTab</name>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="464" />
        <source>New contact moment</source>
        <translation>Nieuw contactmoment</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="466" />
        <source>Record a contact now (Ctrl+Shift+N)</source>
        <translation>Leg nu een contact vast (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="469" />
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="478" />
        <source>What was discussed, agreed, and what happens next?</source>
        <translation>Wat is besproken en afgesproken, en wat gebeurt er nu?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="485" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="486" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="487" />
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="496" />
        <source>No contact moments yet. “New contact moment” records one now.</source>
        <translation>Nog geen contactmomenten. „Nieuw contactmoment” legt er nu een vast.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="570" />
        <source>Remove contact moment</source>
        <translation>Contactmoment verwijderen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="571" />
        <source>Remove the contact moment of %1?</source>
        <translation>Het contactmoment van %1 verwijderen?</translation>
    </message>
</context>
<context>
    <name>DatumVeld</name>
    <message>
        <location filename="../jeugdloket/ui/widgets.py" line="72" />
        <source>dd-mm-yyyy hh:mm</source>
        <translation>dd-mm-jjjj uu:mm</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/widgets.py" line="72" />
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
</context>
<context>
    <name>DraagTab</name>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="59" />
        <source>Family, friends, work, faith, sport, humour…</source>
        <translation>Familie, vrienden, werk, geloof, sport, humor…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="60" />
        <source>Debts, illness, conflict, worries about a child…</source>
        <translation>Schulden, ziekte, ruzie, zorgen om een kind…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="62" />
        <source>What gives energy? (draagkracht)</source>
        <translation>Wat geeft energie? (draagkracht)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="63" />
        <source>What costs energy? (draaglast)</source>
        <translation>Wat kost energie? (draaglast)</translation>
    </message>
</context>
<context>
    <name>FactorModel</name>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="243" />
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="243" />
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="243" />
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
</context>
<context>
    <name>FamiliegroepsplanTab</name>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="273" />
        <source>How was the plan explained to the family?</source>
        <translation>Hoe is het plan aan de familie uitgelegd?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="275" />
        <source>(no answer yet)</source>
        <translation>(nog geen antwoord)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="278" />
        <source>Why the family does not want its own plan</source>
        <translation>Waarom de familie geen eigen plan wil</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="284" />
        <source>Others who take part, separated by commas</source>
        <translation>Anderen die meedoen, gescheiden door komma's</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="287" />
        <location filename="../jeugdloket/ui/plannen/editor.py" line="288" />
        <source>In the family's own words</source>
        <translation>In de eigen woorden van het gezin</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="289" />
        <source>What the family does itself</source>
        <translation>Wat de familie zelf doet</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="290" />
        <source>Which help from professionals is needed?</source>
        <translation>Welke hulp van professionals is nodig?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="291" />
        <location filename="../jeugdloket/ui/plannen/editor.py" line="330" />
        <source>Agreements about safety</source>
        <translation>Afspraken over veiligheid</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="292" />
        <source>When and how do we check that it works?</source>
        <translation>Wanneer en hoe kijken we of het werkt?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="312" />
        <source>The offer</source>
        <translation>Het aanbod</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="314" />
        <source>Offered on</source>
        <translation>Aangeboden op</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="315" />
        <source>Offered by</source>
        <translation>Aangeboden door</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="316" />
        <source>How it was explained</source>
        <translation>Hoe het is uitgelegd</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="317" />
        <source>The family's answer</source>
        <translation>Antwoord van de familie</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="318" />
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="319" />
        <source>Plan made on</source>
        <translation>Plan gemaakt op</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="321" />
        <source>Our plan, in the family's words</source>
        <translation>Ons plan, in de woorden van de familie</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="323" />
        <source>Who take part</source>
        <translation>Wie doen er mee</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="325" />
        <source>What is going on?</source>
        <translation>Wat is er aan de hand?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="326" />
        <source>What do we want to achieve?</source>
        <translation>Wat willen we bereiken?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="327" />
        <source>What do we do ourselves?</source>
        <translation>Wat doen we zelf?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="328" />
        <source>What does our network do?</source>
        <translation>Wat doet ons netwerk?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="329" />
        <source>Help from professionals</source>
        <translation>Hulp van professionals</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="331" />
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="332" />
        <source>Goals of the analysis</source>
        <translation>Doelen uit de analyse</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="425" />
        <source>Adopt the plan</source>
        <translation>Plan vaststellen</translation>
    </message>
</context>
<context>
    <name>GezinTab</name>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="149" />
        <source>Add person…</source>
        <translation>Persoon toevoegen…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="151" />
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="164" />
        <source>No one in this case yet. Start with the young person: “Add person…”.</source>
        <translation>Nog niemand in deze casus. Begin met de jeugdige: „Persoon toevoegen…”.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="172" />
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="242" />
        <source>this person</source>
        <translation>deze persoon</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="244" />
        <source>Remove person</source>
        <translation>Persoon verwijderen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="244" />
        <source>Remove %1 from this case?</source>
        <translation>%1 uit deze casus verwijderen?</translation>
    </message>
</context>
<context>
    <name>Hoofdvenster</name>
    <message>
        <location filename="../jeugdloket/ui/hoofdvenster.py" line="26" />
        <source>Jeugdloket</source>
        <translation>Jeugdloket</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/hoofdvenster.py" line="36" />
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/hoofdvenster.py" line="43" />
        <source>unknown user</source>
        <translation>onbekende gebruiker</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/hoofdvenster.py" line="44" />
        <source>Signed in as %1</source>
        <translation>Aangemeld als %1</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/hoofdvenster.py" line="46" />
        <source>Every change is saved as you type.</source>
        <translation>Elke wijziging wordt direct opgeslagen.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/hoofdvenster.py" line="50" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/hoofdvenster.py" line="51" />
        <source>&amp;New case…</source>
        <translation>&amp;Nieuwe casus…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/hoofdvenster.py" line="56" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/hoofdvenster.py" line="61" />
        <source>&amp;View</source>
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/hoofdvenster.py" line="62" />
        <source>&amp;Search cases</source>
        <translation>&amp;Zoek casussen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/hoofdvenster.py" line="66" />
        <source>Close case &amp;tab</source>
        <translation>Casus&amp;tab sluiten</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/hoofdvenster.py" line="72" />
        <source>&amp;Weekly overview</source>
        <translation>&amp;Weekoverzicht</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/hoofdvenster.py" line="90" />
        <source>Weekly overview</source>
        <translation>Weekoverzicht</translation>
    </message>
</context>
<context>
    <name>IntakeTab</name>
    <message>
        <location filename="../jeugdloket/ui/intake/werkplaats.py" line="46" />
        <source>1  Explore · Where am I now?</source>
        <translation>1  Verkennen · Waar sta ik nu?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/werkplaats.py" line="47" />
        <source>2  Deepen · What is behind it?</source>
        <translation>2  Verdiepen · Wat zit erachter?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/werkplaats.py" line="48" />
        <source>3  Fulfil · Where do I want to go, and how?</source>
        <translation>3  Vervullen · Waar wil ik heen? Hoe kom ik daar?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/werkplaats.py" line="55" />
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/werkplaats.py" line="60" />
        <source>Large text</source>
        <translation>Grote letters</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/werkplaats.py" line="63" />
        <source>Bigger letters when the screen is turned to the family (Ctrl+Shift+L)</source>
        <translation>Grotere letters als het scherm naar het gezin is gedraaid (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/werkplaats.py" line="98" />
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
</context>
<context>
    <name>KengetallenModel</name>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="91" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="92" />
        <source>Figure</source>
        <translation>Kengetal</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="93" />
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="94" />
        <source>Norm</source>
        <translation>Norm</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="95" />
        <source>Numerator / denominator</source>
        <translation>Teller/noemer</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="99" />
        <source>New registrations</source>
        <translation>Nieuwe aanmeldingen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="100" />
        <source>Open cases</source>
        <translation>Open casussen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="101" />
        <source>First contact within 3 working days</source>
        <translation>Eerste contact binnen 3 werkdagen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="102" />
        <source>Explanatory analysis segments 1 and 2</source>
        <translation>Verklarende analyse segment 1 en 2</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="103" />
        <source>Family group plan offered</source>
        <translation>Familiegroepsplan aangeboden</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="104" />
        <source>Family group plan drawn up</source>
        <translation>Familiegroepsplan opgesteld</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="105" />
        <source>Perspective plan 16+</source>
        <translation>Perspectiefplan 16+</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="106" />
        <source>Waiting</source>
        <translation>Wachtenden</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="107" />
        <source>Waiting, youth protection</source>
        <translation>Wachtenden jeugdbescherming</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="108" />
        <source>Evaluation after 3 months</source>
        <translation>Evaluatie na 3 maanden</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="109" />
        <source>Caseload per consultant</source>
        <translation>Caseload per consulent</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="110" />
        <source>Registrations per referrer</source>
        <translation>Aanmeldingen per verwijzer</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="111" />
        <source>Active allocations per segment</source>
        <translation>Actieve toewijzingen per segment</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="112" />
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="128" />
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="130" />
        <source>n/a</source>
        <translation>n.v.t.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="166" />
        <source>No cases in the population this week</source>
        <translation>Geen casussen in de populatie deze week</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="169" />
        <source>Norm met</source>
        <translation>Norm gehaald</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="170" />
        <source>Below the norm, at least 75%</source>
        <translation>Onder de norm, minstens 75%</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="171" />
        <source>Well below the norm</source>
        <translation>Ver onder de norm</translation>
    </message>
</context>
<context>
    <name>MedewerkerDialoog</name>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="380" />
        <source>Who are you?</source>
        <translation>Wie ben je?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="386" />
        <source>I am not in the list: add me</source>
        <translation>Ik sta er niet bij: voeg mij toe</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="400" />
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="401" />
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="402" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="406" />
        <source>Continue</source>
        <translation>Verder</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="407" />
        <source>Quit</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="412" />
        <source>Jeugdloket records who registers and changes what. Choose your name; the app remembers it.</source>
        <translation>Jeugdloket legt vast wie wat registreert en wijzigt. Kies je naam; het programma onthoudt hem.</translation>
    </message>
</context>
<context>
    <name>NetwerkTab</name>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="105" />
        <source>People of the case; tick who belongs to the network</source>
        <translation>Mensen in de casus; vink aan wie bij het netwerk hoort</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="109" />
        <source>What can this person contribute?</source>
        <translation>Wat kan deze persoon bijdragen?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="113" />
        <source>Tick the people around the family. Someone missing? Add them in the Family tab with the role Netwerk.</source>
        <translation>Vink de mensen rond het gezin aan. Mist er iemand? Voeg die toe bij Gezin met de rol Netwerk.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="124" />
        <source>How close</source>
        <translation>Hoe dichtbij</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="125" />
        <source>Contribution</source>
        <translation>Bijdrage</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="171" />
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
</context>
<context>
    <name>Netwerkplaat</name>
    <message>
        <location filename="../jeugdloket/ui/intake/grafieken.py" line="561" />
        <source>Network picture</source>
        <translation>Netwerkplaat</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/grafieken.py" line="588" />
        <source>close</source>
        <translation>dichtbij</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/grafieken.py" line="588" />
        <source>middle</source>
        <translation>midden</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/grafieken.py" line="588" />
        <source>far</source>
        <translation>veraf</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/grafieken.py" line="603" />
        <source>No network recorded yet: add people with the role Netwerk in Gezin and say how close they are.</source>
        <translation>Nog geen netwerk vastgelegd: voeg bij Gezin mensen toe met de rol Netwerk en geef aan hoe dichtbij ze staan.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/grafieken.py" line="612" />
        <source>Ring: %1</source>
        <translation>Ring: %1</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/grafieken.py" line="616" />
        <source>Can contribute: %1</source>
        <translation>Kan bijdragen: %1</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/grafieken.py" line="669" />
        <source>can contribute (point at it to read)</source>
        <translation>kan bijdragen (wijs aan om te lezen)</translation>
    </message>
</context>
<context>
    <name>NieuweCasusDialoog</name>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="227" />
        <source>New case</source>
        <translation>Nieuwe casus</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="248" />
        <source>In the family's own words: what is going on, what do they ask?</source>
        <translation>In de woorden van het gezin: wat is er aan de hand, wat vragen zij?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="256" />
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="257" />
        <source>Registered on</source>
        <translation>Aanmelddatum</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="258" />
        <source>Referred by</source>
        <translation>Verwijzer</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="259" />
        <source>Kind of question</source>
        <translation>Soort vraag</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="260" />
        <source>Framework</source>
        <translation>Kader</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="261" />
        <source>Consultant</source>
        <translation>Consulent</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="262" />
        <source>Request for help</source>
        <translation>Hulpvraag</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="274" />
        <source>Register case</source>
        <translation>Casus registreren</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="275" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="282" />
        <source>The case number is assigned on saving. Everything else can be added in the case.</source>
        <translation>Het casusnummer wordt toegekend bij het opslaan. De rest vul je aan in de casus.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="295" />
        <source>This is not a date: type it as dd-mm-yyyy hh:mm</source>
        <translation>Dit is geen datum: typ hem als dd-mm-jjjj uu:mm</translation>
    </message>
</context>
<context>
    <name>OverzichtPagina</name>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="70" />
        <source>Export weekly overview</source>
        <translation>Weekoverzicht exporteren</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="72" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="479" />
        <source>◀ Previous week</source>
        <translation>◀ Vorige week</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="480" />
        <source>Previous week (Alt+Left)</source>
        <translation>Vorige week (Alt+Links)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="484" />
        <source>e.g. 2026-W47</source>
        <translation>bijv. 2026-W47</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="486" />
        <source>ISO week, e.g. 2026-W47; press Enter</source>
        <translation>ISO-week, bijvoorbeeld 2026-W47; druk op Enter</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="488" />
        <source>Next week ▶</source>
        <translation>Volgende week ▶</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="489" />
        <source>Next week (Alt+Right)</source>
        <translation>Volgende week (Alt+Rechts)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="496" />
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="497" />
        <source>Read the cases again from the database</source>
        <translation>Lees de casussen opnieuw uit de database</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="499" />
        <source>Export to Excel…</source>
        <translation>Exporteer naar Excel…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="527" />
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="700" />
        <source>Show breakdown</source>
        <translation>Toon uitsplitsing</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="553" />
        <source>norm met</source>
        <translation>norm gehaald</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="554" />
        <source>75% to 100% (norm 0: 1 waiting)</source>
        <translation>75% tot 100% (norm 0: 1 wachtende)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="555" />
        <source>below 75% (norm 0: 2 or more)</source>
        <translation>onder 75% (norm 0: 2 of meer)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="559" />
        <source>n/a: no cases in the population this week.</source>
        <translation>n.v.t.: geen casussen in de populatie deze week.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="580" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="620" />
        <source>'%1' is not an ISO week; type e.g. 2026-W47</source>
        <translation>'%1' is geen ISO-week; typ bijvoorbeeld 2026-W47</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="630" />
        <source>Computing the figures…</source>
        <translation>De kengetallen worden berekend…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="657" />
        <source>Week %1: %2 cases in the register.</source>
        <translation>Week %1: %2 casussen in het register.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="666" />
        <source>The figures could not be computed: %1</source>
        <translation>De kengetallen konden niet worden berekend: %1</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="688" />
        <source>%1 – last 12 weeks</source>
        <translation>%1 – laatste 12 weken</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="700" />
        <source>Show cases</source>
        <translation>Toon casussen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="712" />
        <source>%1: breakdown</source>
        <translation>%1: uitsplitsing</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="717" />
        <source>%1: %2 – %3 in the list</source>
        <translation>%1: %2 – %3 in de lijst</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="729" />
        <source>Longest wait: %1 days</source>
        <translation>Langste wachttijd: %1 dagen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="732" />
        <source>Highest caseload %1; %2 open cases without a consultant</source>
        <translation>Hoogste caseload %1; %2 open casussen zonder consulent</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="737" />
        <source>In the 12 weeks up to this week: %1</source>
        <translation>In de 12 weken tot en met deze week: %1</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="741" />
        <source>Mean lead time: %1 days</source>
        <translation>Gemiddelde doorlooptijd: %1 dagen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="766" />
        <source>Exporting to %1…</source>
        <translation>Exporteren naar %1…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="773" />
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="787" />
        <source>Weekly overview written to %1</source>
        <translation>Weekoverzicht geschreven naar %1</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="792" />
        <source>The export failed: %1</source>
        <translation>Het exporteren is mislukt: %1</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="797" />
        <source>Export cancelled; no file was written.</source>
        <translation>Exporteren geannuleerd; er is geen bestand geschreven.</translation>
    </message>
</context>
<context>
    <name>PersonenModel</name>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="87" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="87" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="87" />
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="87" />
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="117" />
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
</context>
<context>
    <name>PersoonDialoog</name>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="175" />
        <source>Add person</source>
        <translation>Persoon toevoegen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="182" />
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="183" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>PersoonFormulier</name>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="52" />
        <source>9 digits</source>
        <translation>9 cijfers</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="56" />
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="57" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="58" />
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="73" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="74" />
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="75" />
        <source>Prefix</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="76" />
        <source>Surname</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="77" />
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="78" />
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="79" />
        <source>Sex</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="80" />
        <source>Parental authority</source>
        <translation>Gezag</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="81" />
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="82" />
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="83" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="84" />
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="85" />
        <source>House number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="86" />
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="87" />
        <source>Town</source>
        <translation>Woonplaats</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="91" />
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="103" />
        <source>Contact and address</source>
        <translation>Contact en adres</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="106" />
        <source>In the family</source>
        <translation>In het gezin</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/dialogen.py" line="153" />
        <source>This is not a date: type it as dd-mm-yyyy</source>
        <translation>Dit is geen datum: typ hem als dd-mm-jjjj</translation>
    </message>
</context>
<context>
    <name>PerspectiefplanTab</name>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="457" />
        <source>What do I want for my future? (in the young person's own words)</source>
        <translation>Wat wil ik voor mijn toekomst? (in de eigen woorden van de jeugdige)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="461" />
        <source>How is it now?</source>
        <translation>Hoe is het nu?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="462" />
        <source>What do I want after 18?</source>
        <translation>Wat wil ik na mijn 18e?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="463" />
        <source>What is needed?</source>
        <translation>Wat is er nodig?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="465" />
        <location filename="../jeugdloket/ui/plannen/editor.py" line="513" />
        <source>Help in the next two years</source>
        <translation>Hulp in de komende twee jaar</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="466" />
        <location filename="../jeugdloket/ui/plannen/editor.py" line="514" />
        <source>Help after 18</source>
        <translation>Hulp na 18 jaar</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="468" />
        <source>Handover: who takes over what, and when</source>
        <translation>Overdracht: wie neemt wat over, en wanneer</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="471" />
        <source>School, dagbesteding, network… separated by commas</source>
        <translation>School, dagbesteding, netwerk… gescheiden door komma's</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="497" />
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="498" />
        <source>After 18</source>
        <translation>Na 18</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="499" />
        <source>Needed</source>
        <translation>Nodig</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="500" />
        <source>Who does what, when</source>
        <translation>Wie doet wat, wanneer</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="516" />
        <source>Handover</source>
        <translation>Overdracht</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="517" />
        <source>Involved</source>
        <translation>Betrokken</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="518" />
        <source>Plan made on</source>
        <translation>Plan gemaakt op</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="523" />
        <source>In my own words</source>
        <translation>In mijn eigen woorden</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="532" />
        <source>Young person</source>
        <translation>Jeugdige</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="584" />
        <source>Add the young person in the Family tab first.</source>
        <translation>Voeg eerst de jeugdige toe bij Gezin.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="589" />
        <source>Birth date unknown: the plan is needed from 16.</source>
        <translation>Geboortedatum onbekend: het plan is nodig vanaf 16 jaar.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="591" />
        <source>Needed from 16; you can start earlier.</source>
        <translation>Nodig vanaf 16 jaar; eerder beginnen mag.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="671" />
        <source>Adopt the plan</source>
        <translation>Plan vaststellen</translation>
    </message>
</context>
<context>
    <name>PlanKnoppen</name>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="202" />
        <source>Adopt this version…</source>
        <translation>Deze versie vaststellen…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="203" />
        <source>PDF for the family…</source>
        <translation>PDF voor het gezin…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="219" />
        <source>Version %1 adopted on %2 (present: %3).</source>
        <translation>Versie %1 vastgesteld op %2 (aanwezig: %3).</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="225" />
        <source>Not adopted yet: a PDF is marked CONCEPT.</source>
        <translation>Nog niet vastgesteld: een PDF krijgt het stempel CONCEPT.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="230" />
        <source>Last PDF: %1 (%2 in total).</source>
        <translation>Laatste PDF: %1 (%2 in totaal).</translation>
    </message>
</context>
<context>
    <name>PlannenTab</name>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="705" />
        <source>Familiegroepsplan</source>
        <translation>Familiegroepsplan</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="706" />
        <source>Perspectiefplan (16+)</source>
        <translation>Perspectiefplan (16+)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="726" />
        <source>Plans</source>
        <translation>Plannen</translation>
    </message>
</context>
<context>
    <name>RegelLijst</name>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="140" />
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="142" />
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="143" />
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="144" />
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="164" />
        <source>(who?)</source>
        <translation>(wie?)</translation>
    </message>
</context>
<context>
    <name>RegelsModel</name>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="189" />
        <source>Case number</source>
        <translation>Casusnummer</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="190" />
        <source>Young person (pseudonym)</source>
        <translation>Jeugdige (pseudoniem)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="191" />
        <source>Registered</source>
        <translation>Aanmelddatum</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="192" />
        <source>Deadline first contact</source>
        <translation>Deadline eerste contact</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="193" />
        <source>First contact</source>
        <translation>Eerste contact</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="194" />
        <source>Meets</source>
        <translation>Voldoet</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="195" />
        <source>Consultant</source>
        <translation>Consulent</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="196" />
        <source>Referrer</source>
        <translation>Verwijzer</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="197" />
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="198" />
        <source>Analysis finished</source>
        <translation>Analyse afgerond op</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="199" />
        <source>Plan offered</source>
        <translation>FGP aangeboden op</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="200" />
        <source>Plan status</source>
        <translation>FGP-status</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="201" />
        <source>Plan drawn up</source>
        <translation>FGP opgesteld op</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="202" />
        <source>Perspective plan drawn up</source>
        <translation>Perspectiefplan opgesteld op</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="203" />
        <source>Provider (AGB)</source>
        <translation>Aanbieder (AGB)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="204" />
        <source>Product category</source>
        <translation>Productcategorie</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="205" />
        <source>Requested</source>
        <translation>Aanvraagdatum</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="206" />
        <source>Start</source>
        <translation>Ingangsdatum</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="207" />
        <source>End</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="208" />
        <source>Days waiting</source>
        <translation>Dagen wachtend</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="209" />
        <source>Last evaluation</source>
        <translation>Laatste evaluatie</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="210" />
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="211" />
        <source>Lead time (days)</source>
        <translation>Doorlooptijd (dagen)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="212" />
        <source>Waiting</source>
        <translation>Wachtenden</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="213" />
        <source>Longest wait (days)</source>
        <translation>Langste wachttijd (dagen)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="214" />
        <source>Open cases</source>
        <translation>Open casussen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="215" />
        <source>Registrations this week</source>
        <translation>Aanmeldingen in de week</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="216" />
        <source>Registrations in 12 weeks</source>
        <translation>Aanmeldingen in 12 weken</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="217" />
        <source>Active allocations</source>
        <translation>Actieve toewijzingen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="219" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/overzicht/pagina.py" line="219" />
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>ScoreKiezer</name>
    <message>
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="62" />
        <source>No score</source>
        <translation>Geen score</translation>
    </message>
</context>
<context>
    <name>Spiegelblad</name>
    <message>
        <location filename="../jeugdloket/ui/intake/grafieken.py" line="156" />
        <source>Mirror sheet</source>
        <translation>Spiegelblad</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/grafieken.py" line="173" />
        <source>Young person / parent</source>
        <translation>Jeugdige / ouder</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/grafieken.py" line="176" />
        <source>Companion</source>
        <translation>Metgezel</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/grafieken.py" line="179" />
        <location filename="../jeugdloket/ui/intake/grafieken.py" line="490" />
        <source>not filled in</source>
        <translation>niet ingevuld</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/grafieken.py" line="183" />
        <source>Mirror sheet: no scores recorded yet.</source>
        <translation>Spiegelblad: nog geen scores ingevuld.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/grafieken.py" line="191" />
        <source>Mirror sheet of %1 and %2: %3 life areas, %4 with a difference of %5 points or more</source>
        <translation>Spiegelblad van %1 en %2: %3 leefgebieden, %4 met een verschil van %5 punten of meer</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/grafieken.py" line="294" />
        <source>Difference of %1 points: worth talking about</source>
        <translation>Verschil van %1 punten: goed om over te praten</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/grafieken.py" line="317" />
        <source>No scores recorded yet.</source>
        <translation>Nog geen scores ingevuld.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/grafieken.py" line="482" />
        <source>Δ %1 · talking point</source>
        <translation>Δ %1 · gespreksonderwerp</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/grafieken.py" line="487" />
        <source>Δ = %1 or more points apart: worth talking about</source>
        <translation>Δ = %1 of meer punten verschil: goed om over te praten</translation>
    </message>
</context>
<context>
    <name>StatusSpoor</name>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="80" />
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>VaststelDialoog</name>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="60" />
        <source>Adopt the plan</source>
        <translation>Plan vaststellen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="70" />
        <source>Others, separated by commas</source>
        <translation>Anderen, gescheiden door komma's</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="79" />
        <source>Adopted on</source>
        <translation>Vastgesteld op</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="80" />
        <source>Who were there</source>
        <translation>Wie waren erbij</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="98" />
        <source>Adopted on: type a date as dd-mm-yyyy</source>
        <translation>Vastgesteld op: typ een datum als dd-mm-jjjj</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="101" />
        <source>Fill in the date and who were there</source>
        <translation>Vul de datum in en wie erbij waren</translation>
    </message>
</context>
<context>
    <name>VerdiepenPagina</name>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="765" />
        <source>Strengths and burdens</source>
        <translation>Draagkracht en draaglast</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="766" />
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="767" />
        <source>Explanatory analysis</source>
        <translation>Verklarende analyse</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verdiepen.py" line="768" />
        <source>Summary and completion</source>
        <translation>Samenvatting en afronden</translation>
    </message>
</context>
<context>
    <name>VerkennenPagina</name>
    <message>
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="146" />
        <source>Whose own score is this: the young person or a parent</source>
        <translation>Van wie is deze eigen score: de jeugdige of een ouder</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="149" />
        <source>The companion: someone close who gives their own view and score</source>
        <translation>De metgezel: iemand dichtbij die een eigen kijk en score geeft</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="152" />
        <source>Scored by</source>
        <translation>Score van</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="155" />
        <source>Companion (metgezel)</source>
        <translation>Metgezel</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="160" />
        <source>Life areas</source>
        <translation>Leefgebieden</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="166" />
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="169" />
        <source>In the family's own words</source>
        <translation>In de eigen woorden van het gezin</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="177" />
        <source>← Previous</source>
        <translation>← Vorige</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="178" />
        <source>Next →</source>
        <translation>Volgende →</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="179" />
        <source>Previous life area (Page Up)</source>
        <translation>Vorig leefgebied (Page Up)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="180" />
        <source>Next life area (Page Down)</source>
        <translation>Volgend leefgebied (Page Down)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="188" />
        <source>What goes well?</source>
        <translation>Wat gaat goed?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="189" />
        <source>What worries you?</source>
        <translation>Waar maak je je zorgen over?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="203" />
        <source>Mirror sheet</source>
        <translation>Spiegelblad</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="243" />
        <source>(choose who scores)</source>
        <translation>(kies wie scoort)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="245" />
        <source>(no companion yet)</source>
        <translation>(nog geen metgezel)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="272" />
        <source>young person or parent</source>
        <translation>jeugdige of ouder</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="275" />
        <source>companion</source>
        <translation>metgezel</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="280" />
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="281" />
        <source>Score by %1</source>
        <translation>Score van %1</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/verkennen.py" line="355" />
        <source>Companion</source>
        <translation>Metgezel</translation>
    </message>
</context>
<context>
    <name>VervullenPagina</name>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="117" />
        <source>Goals in order of priority</source>
        <translation>Doelen in volgorde van belang</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="119" />
        <source>&amp;Add goal</source>
        <translation>&amp;Doel toevoegen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="120" />
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="122" />
        <source>Higher priority (Alt+Up)</source>
        <translation>Belangrijker (Alt+Omhoog)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="125" />
        <source>Lower priority (Alt+Down)</source>
        <translation>Minder belangrijk (Alt+Omlaag)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="135" />
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="338" />
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="142" />
        <source>What does the family want to achieve?</source>
        <translation>Wat wil het gezin bereiken?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="146" />
        <source>When is it good enough?</source>
        <translation>Wanneer is het goed genoeg?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="151" />
        <source>Factors this goal addresses</source>
        <translation>Factoren die dit doel aanpakt</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="164" />
        <source>Actions of this goal</source>
        <translation>Acties bij dit doel</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="167" />
        <source>What will be done</source>
        <translation>Wat er gebeurt</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="169" />
        <source>dd-mm-yyyy or in words</source>
        <translation>dd-mm-jjjj of in woorden</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="173" />
        <source>Add a&amp;ction</source>
        <translation>Actie toe&amp;voegen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="174" />
        <source>Remove action</source>
        <translation>Actie verwijderen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="188" />
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="387" />
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="189" />
        <source>Good enough when</source>
        <translation>Goed genoeg als</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="190" />
        <source>Addresses</source>
        <translation>Pakt aan</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="191" />
        <source>Who does what, when</source>
        <translation>Wie doet wat, wanneer</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="207" />
        <source>Route map: every action of every goal</source>
        <translation>Routekaart: alle acties van alle doelen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="210" />
        <source>Goals and actions</source>
        <translation>Doelen en acties</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="211" />
        <source>Route map (overview)</source>
        <translation>Routekaart (overzicht)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="262" />
        <source>%1 of at most %2 goals</source>
        <translation>%1 van hoogstens %2 doelen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="269" />
        <source>(who?)</source>
        <translation>(wie?)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="270" />
        <source>the consultant</source>
        <translation>de consulent</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="346" />
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="352" />
        <source>Remove goal</source>
        <translation>Doel verwijderen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="346" />
        <source>Remove this goal with its actions?</source>
        <translation>Dit doel met zijn acties verwijderen?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/intake/vervullen.py" line="429" />
        <source>Action</source>
        <translation>Actie</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="43" />
        <source>Save plan as PDF</source>
        <translation>Plan opslaan als PDF</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="43" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="245" />
        <location filename="../jeugdloket/ui/plannen/editor.py" line="250" />
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/plannen/editor.py" line="251" />
        <source>Could not write %1: %2</source>
        <translation>Kon %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>start</name>
    <message>
        <location filename="../jeugdloket/ui/app.py" line="70" />
        <source>Jeugdloket</source>
        <translation>Jeugdloket</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/app.py" line="71" />
        <source>The database %1 cannot be opened: %2</source>
        <translation>De database %1 kan niet worden geopend: %2</translation>
    </message>
</context>
</TS>