<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>AanmeldingTab</name>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="289" />
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="290" />
        <source>Consultant</source>
        <translation>Consulent</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="291" />
        <source>Registered on</source>
        <translation>Aanmelddatum</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="292" />
        <source>Referred by</source>
        <translation>Verwijzer</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="293" />
        <source>Kind of question</source>
        <translation>Soort vraag</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="294" />
        <source>Framework</source>
        <translation>Kader</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="295" />
        <source>Request for help</source>
        <translation>Hulpvraag</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="296" />
        <source>First contact</source>
        <translation>Eerste contact</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="310" />
        <source>Close case…</source>
        <translation>Casus afsluiten…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="312" />
        <source>Reopen case</source>
        <translation>Casus heropenen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="350" />
        <source>In time if on or before %1 (3 working days after registration).</source>
        <translation>Op tijd als dit uiterlijk %1 is (3 werkdagen na de aanmelding).</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="360" />
        <source>Closed on %1: %2</source>
        <translation>Afgesloten op %1: %2</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="365" />
        <source>This case is open.</source>
        <translation>Deze casus is open.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="373" />
        <source>Fill in the registration date</source>
        <translation>Vul de aanmelddatum in</translation>
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
    <name>Autosave</name>
    <message>
        <location filename="../jeugdloket/ui/widgets.py" line="208" />
        <source>This is not a date: type it as dd-mm-yyyy</source>
        <translation>Dit is geen datum: typ hem als dd-mm-jjjj</translation>
    </message>
</context>
<context>
    <name>CasusTabelModel</name>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="74" />
        <source>Case number</source>
        <translation>Casusnummer</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="75" />
        <source>Young person(s)</source>
        <translation>Jeugdige(n)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="76" />
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="77" />
        <source>Consultant</source>
        <translation>Consulent</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="78" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="79" />
        <source>Registered</source>
        <translation>Aanmelddatum</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="160" />
        <source>Red: first contact later than 3 working days after registration</source>
        <translation>Rood: eerste contact later dan 3 werkdagen na de aanmelding</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="177" />
        <source>(no young person yet)</source>
        <translation>(nog geen jeugdige)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="185" />
        <source>First contact due by %1</source>
        <translation>Eerste contact uiterlijk %1</translation>
    </message>
</context>
<context>
    <name>CasusView</name>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="603" />
        <source>&amp;Family</source>
        <translation>&amp;Gezin</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="604" />
        <source>&amp;Registration</source>
        <translation>&amp;Aanmelding</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="605" />
        <source>&amp;Contact moments</source>
        <translation>&amp;Contactmomenten</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="621" />
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="624" />
        <source>no young person registered yet</source>
        <translation>nog geen jeugdige geregistreerd</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="628" />
        <source>%1 · consultant %2 · registered %3</source>
        <translation>%1 · consulent %2 · aangemeld %3</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="630" />
        <source>none</source>
        <translation>geen</translation>
    </message>
</context>
<context>
    <name>CasuslijstPagina</name>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="210" />
        <source>Search by name, case number, BSN or postcode  (Ctrl+F)</source>
        <translation>Zoek op naam, casusnummer, BSN of postcode  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="215" />
        <source>My cases</source>
        <translation>Mijn casussen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="216" />
        <source>All cases</source>
        <translation>Alle casussen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="224" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="225" />
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="226" />
        <source>Open and closed</source>
        <translation>Open en afgesloten</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="233" />
        <source>New case…</source>
        <translation>Nieuwe casus…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="234" />
        <source>Register a new case (Ctrl+N)</source>
        <translation>Registreer een nieuwe casus (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="282" />
        <source>first contact not within 3 working days of registration</source>
        <translation>eerste contact niet binnen 3 werkdagen na de aanmelding</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="314" />
        <source>%1 of %2 cases</source>
        <translation>%1 van %2 casussen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/lijst.py" line="319" />
        <source>(loading the older cases…)</source>
        <translation>(de oudere casussen worden geladen…)</translation>
    </message>
</context>
<context>
    <name>ContactModel</name>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="395" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="395" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="395" />
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="395" />
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="426" />
        <source>(no date)</source>
        <translation>(geen datum)</translation>
    </message>
</context>
<context>
    <name>ContactmomentenTab</name>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="462" />
        <source>New contact moment</source>
        <translation>Nieuw contactmoment</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="464" />
        <source>Record a contact now (Ctrl+Shift+N)</source>
        <translation>Leg nu een contact vast (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="467" />
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="476" />
        <source>What was discussed, agreed, and what happens next?</source>
        <translation>Wat is besproken en afgesproken, en wat gebeurt er nu?</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="483" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="484" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="485" />
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="494" />
        <source>No contact moments yet. “New contact moment” records one now.</source>
        <translation>Nog geen contactmomenten. „Nieuw contactmoment” legt er nu een vast.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="568" />
        <source>Remove contact moment</source>
        <translation>Contactmoment verwijderen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="569" />
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
    <name>GezinTab</name>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="147" />
        <source>Add person…</source>
        <translation>Persoon toevoegen…</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="149" />
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="162" />
        <source>No one in this case yet. Start with the young person: “Add person…”.</source>
        <translation>Nog niemand in deze casus. Begin met de jeugdige: „Persoon toevoegen…”.</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="170" />
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="240" />
        <source>this person</source>
        <translation>deze persoon</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="242" />
        <source>Remove person</source>
        <translation>Persoon verwijderen</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="242" />
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
    <name>PersonenModel</name>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="85" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="85" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="85" />
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="85" />
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="115" />
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
    <name>StatusSpoor</name>
    <message>
        <location filename="../jeugdloket/ui/casussen/casusview.py" line="78" />
        <source>Status: %1</source>
        <translation>Status: %1</translation>
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