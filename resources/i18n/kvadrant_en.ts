<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nb_NO">
<context>
    <name>AddParticipantDialog</name>
    <message>
        <location filename="../../ui/participant_dialog.py" line="32"/>
        <source>Legg til deltaker</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <location filename="../../ui/participant_dialog.py" line="36"/>
        <source>Fornavn og etternavn</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <location filename="../../ui/participant_dialog.py" line="48"/>
        <source>navn@kommune.no</source>
        <translation>name@municipality.no</translation>
    </message>
    <message>
        <location filename="../../ui/participant_dialog.py" line="49"/>
        <source>Til stede nå</source>
        <translation>Present now</translation>
    </message>
    <message>
        <location filename="../../ui/participant_dialog.py" line="54"/>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/participant_dialog.py" line="55"/>
        <source>&amp;Kommune:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location filename="../../ui/participant_dialog.py" line="56"/>
        <source>&amp;Rolle:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../ui/participant_dialog.py" line="57"/>
        <source>Kommune&amp;gruppe:</source>
        <translation>Municipality &amp;group:</translation>
    </message>
    <message>
        <location filename="../../ui/participant_dialog.py" line="58"/>
        <source>&amp;E-post:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location filename="../../ui/participant_dialog.py" line="61"/>
        <source>Navn og kommune må fylles ut.</source>
        <translation>Name and municipality are required.</translation>
    </message>
    <message>
        <location filename="../../ui/participant_dialog.py" line="64"/>
        <source>Legg til</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/participant_dialog.py" line="90"/>
        <source>Kunne ikke legge til deltakeren</source>
        <translation>Could not add the participant</translation>
    </message>
</context>
<context>
    <name>BlockKinds</name>
    <message>
        <location filename="../../ui/formatting.py" line="20"/>
        <source>Plenum</source>
        <translation>Plenary</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="21"/>
        <source>1. kvadrant</source>
        <translation>Quadrant 1</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="22"/>
        <source>2. kvadrant</source>
        <translation>Quadrant 2</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="23"/>
        <source>3. kvadrant</source>
        <translation>Quadrant 3</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="24"/>
        <source>4. kvadrant</source>
        <translation>Quadrant 4</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="25"/>
        <source>Pause</source>
        <translation>Break</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="26"/>
        <source>Lunsj</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="27"/>
        <source>Annet</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>CheckInModel</name>
    <message>
        <location filename="../../ui/checkin_panel.py" line="92"/>
        <source>gruppe {number}</source>
        <extracomment>A check-in the core refused; carries the :class:`KvadrantError`.</extracomment>
        <translation>group {number}</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="94"/>
        <source>bord {number}</source>
        <translation>table {number}</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="145"/>
        <source>til stede</source>
        <translation>present</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="145"/>
        <source>fraværende</source>
        <translation>absent</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <location filename="../../ui/checkin_panel.py" line="253"/>
        <source>Innsjekking</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="254"/>
        <source>Søk navn, kommune …</source>
        <translation>Search name, municipality …</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="255"/>
        <source>Kryss av for dem som kommer. Enter sjekker inn når bare én passer søket.</source>
        <translation>Tick those who arrive. Enter checks in when only one person matches the search.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="259"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="260"/>
        <source>Til stede</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="261"/>
        <source>Fraværende</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_panel.py" line="279"/>
        <source>{present} av {total} til stede</source>
        <translation>{present} of {total} present</translation>
    </message>
</context>
<context>
    <name>ConferenceDialog</name>
    <message>
        <location filename="../../ui/conference_dialog.py" line="65"/>
        <source>Konferanse</source>
        <translation>Conference</translation>
    </message>
    <message>
        <location filename="../../ui/conference_dialog.py" line="70"/>
        <source>f.eks. Park Inn, Gardermoen</source>
        <translation>e.g. Park Inn, Gardermoen</translation>
    </message>
    <message>
        <location filename="../../ui/conference_dialog.py" line="74"/>
        <source>&amp;Tittel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../ui/conference_dialog.py" line="75"/>
        <source>&amp;Dato:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/conference_dialog.py" line="76"/>
        <source>&amp;Sted:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <location filename="../../ui/conference_dialog.py" line="78"/>
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/conference_dialog.py" line="92"/>
        <source>Kunne ikke lagre</source>
        <translation>Could not save</translation>
    </message>
</context>
<context>
    <name>ConferenceHeader</name>
    <message>
        <location filename="../../ui/section_pages.py" line="52"/>
        <source>Konferanse…</source>
        <translation>Conference…</translation>
    </message>
    <message>
        <location filename="../../ui/section_pages.py" line="53"/>
        <source>Endre tittel, dato og sted</source>
        <translation>Change title, date and venue</translation>
    </message>
    <message>
        <location filename="../../ui/section_pages.py" line="62"/>
        <source>(uten tittel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../ui/section_pages.py" line="64"/>
        <source>Dato og sted er ikke satt</source>
        <translation>Date and venue not set</translation>
    </message>
</context>
<context>
    <name>ConferenceSession</name>
    <message>
        <location filename="../../ui/conference_session.py" line="163"/>
        <source>Legg til {name}</source>
        <extracomment>The fields a participant can be re-created with after a removal is undone. A groups operation (or its undo) changed a plan; carries the core&apos;s GroupsChanged. After any write the core committed; carries the time it was saved. An undo or redo could not be carried out (e.g. the name is taken again by now). Ids given to participants re-created by undo/redo: first id -&gt; newer id.</extracomment>
        <translation>Add {name}</translation>
    </message>
    <message>
        <location filename="../../ui/conference_session.py" line="182"/>
        <source>Marker {n} til stede</source>
        <translation>Mark {n} present</translation>
    </message>
    <message>
        <location filename="../../ui/conference_session.py" line="184"/>
        <source>Marker {n} fraværende</source>
        <translation>Mark {n} absent</translation>
    </message>
    <message>
        <location filename="../../ui/conference_session.py" line="194"/>
        <source>Fjern {name}</source>
        <translation>Remove {name}</translation>
    </message>
    <message>
        <location filename="../../ui/conference_session.py" line="196"/>
        <source>Fjern {n} deltakere</source>
        <translation>Remove {n} participants</translation>
    </message>
    <message>
        <location filename="../../ui/conference_session.py" line="241"/>
        <source>Nye grupper for {kvadrant}. kvadrant</source>
        <translation>New groups for quadrant {kvadrant}</translation>
    </message>
    <message>
        <location filename="../../ui/conference_session.py" line="265"/>
        <location filename="../../ui/conference_session.py" line="351"/>
        <source>Endre talerekkefølge</source>
        <translation>Change the speaking order</translation>
    </message>
    <message>
        <location filename="../../ui/conference_session.py" line="276"/>
        <source>Endre ordstyrer og referent</source>
        <translation>Change the chair and note-taker</translation>
    </message>
    <message>
        <location filename="../../ui/conference_session.py" line="282"/>
        <location filename="../../ui/conference_session.py" line="291"/>
        <source>Lås {name}</source>
        <translation>Lock {name}</translation>
    </message>
    <message>
        <location filename="../../ui/conference_session.py" line="282"/>
        <location filename="../../ui/conference_session.py" line="291"/>
        <source>Lås opp {name}</source>
        <translation>Unlock {name}</translation>
    </message>
    <message>
        <location filename="../../ui/conference_session.py" line="322"/>
        <source>Slå sammen grupper</source>
        <translation>Merge groups</translation>
    </message>
    <message>
        <location filename="../../ui/conference_session.py" line="330"/>
        <source>Sjekk inn {name}</source>
        <translation>Check in {name}</translation>
    </message>
    <message>
        <location filename="../../ui/conference_session.py" line="330"/>
        <source>Marker {name} fraværende</source>
        <translation>Mark {name} absent</translation>
    </message>
    <message>
        <location filename="../../ui/conference_session.py" line="354"/>
        <source>Flytt {name} til gruppe {number}</source>
        <translation>Move {name} to group {number}</translation>
    </message>
    <message>
        <location filename="../../ui/conference_session.py" line="355"/>
        <source>Flytt {name} til bord {number}</source>
        <translation>Move {name} to table {number}</translation>
    </message>
    <message>
        <location filename="../../ui/conference_session.py" line="386"/>
        <source>Endre navn</source>
        <translation>Change name</translation>
    </message>
    <message>
        <location filename="../../ui/conference_session.py" line="387"/>
        <source>Endre kommune</source>
        <translation>Change municipality</translation>
    </message>
    <message>
        <location filename="../../ui/conference_session.py" line="388"/>
        <source>Endre rolle</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location filename="../../ui/conference_session.py" line="389"/>
        <source>Endre kommunegruppe</source>
        <translation>Change municipality group</translation>
    </message>
    <message>
        <location filename="../../ui/conference_session.py" line="390"/>
        <source>Endre e-post</source>
        <translation>Change email</translation>
    </message>
    <message>
        <location filename="../../ui/conference_session.py" line="391"/>
        <source>Endre oppmøte</source>
        <translation>Change attendance</translation>
    </message>
    <message>
        <location filename="../../ui/conference_session.py" line="392"/>
        <source>Endre veileder for</source>
        <translation>Change advised municipalities</translation>
    </message>
    <message>
        <location filename="../../ui/conference_session.py" line="395"/>
        <location filename="../../ui/conference_session.py" line="396"/>
        <source>Endre deltaker</source>
        <translation>Change participant</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/conference_dialog.py" line="36"/>
        <source>Ikke bestemt ennå</source>
        <translation>Not decided yet</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <location filename="../../ui/dialog_buttons.py" line="17"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../ui/formatting.py" line="63"/>
        <source>Etter konferansen</source>
        <extracomment>The four roles in the order the conference presents them.</extracomment>
        <translation>After the conference</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="67"/>
        <source>til {end}</source>
        <translation>until {end}</translation>
    </message>
</context>
<context>
    <name>GroupRoles</name>
    <message>
        <location filename="../../ui/group_model.py" line="55"/>
        <source>eier</source>
        <extracomment>Our own mime type: a JSON list of {&quot;participant_id&quot;, &quot;group_id&quot;, &quot;kvadrant&quot;}. The whole :class:`Member`. The participant&apos;s id (int). True for the table&apos;s ordstyrer (chair). True for the table&apos;s referent (note-taker). The place in the speaking order, from 1. The short role tag shown on the row (&quot;leder&quot;), in the interface language.</extracomment>
        <translation>owner</translation>
    </message>
    <message>
        <location filename="../../ui/group_model.py" line="56"/>
        <source>leder</source>
        <translation>leader</translation>
    </message>
    <message>
        <location filename="../../ui/group_model.py" line="57"/>
        <source>lærer</source>
        <translation>teacher</translation>
    </message>
    <message>
        <location filename="../../ui/group_model.py" line="58"/>
        <source>veileder</source>
        <translation>adviser</translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message>
        <location filename="../../ui/group_model.py" line="185"/>
        <source>kommunegruppe {name}</source>
        <extracomment>A move the core refused; carries the :class:`KvadrantError`.</extracomment>
        <translation>municipality group {name}</translation>
    </message>
    <message>
        <location filename="../../ui/group_model.py" line="187"/>
        <source>ordstyrer</source>
        <translation>chair</translation>
    </message>
    <message>
        <location filename="../../ui/group_model.py" line="189"/>
        <source>referent</source>
        <translation>note-taker</translation>
    </message>
    <message>
        <location filename="../../ui/group_model.py" line="191"/>
        <source>låst til bordet</source>
        <translation>locked to the table</translation>
    </message>
    <message>
        <location filename="../../ui/group_model.py" line="193"/>
        <source>fraværende</source>
        <translation>absent</translation>
    </message>
</context>
<context>
    <name>GroupsView</name>
    <message>
        <location filename="../../ui/groups_view.py" line="815"/>
        <source>1. kvadrant</source>
        <extracomment>A short confirmation for the status bar (&quot;Nytt forslag … Angre med Ctrl+Z.&quot;). The same two, named for the main window&apos;s Fil menu.</extracomment>
        <translation>Quadrant 1</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="816"/>
        <source>4. kvadrant</source>
        <translation>Quadrant 4</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="817"/>
        <source>Møte med andres praksis: bord på tvers av kommuner</source>
        <translation>Meeting others&apos; practice: tables across municipalities</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="818"/>
        <source>Hver kommunegruppe sitter sammen</source>
        <translation>Each municipality group sits together</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="822"/>
        <source>Bordstørrelse</source>
        <translation>Table size</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="823"/>
        <source>Antall bord</source>
        <translation>Number of tables</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="827"/>
        <source>Etter rolle</source>
        <translation>By role</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="828"/>
        <source>Eiere, ledere og ressurslærere ved hvert sitt bord; veiledere spres</source>
        <translation>Owners, leaders and resource teachers at tables of their own; advisers spread out</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="829"/>
        <source>Unngå gjentak fra fil…</source>
        <translation>Avoid repeats from file…</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="831"/>
        <source>Velg tidligere konferansefiler, så sitter ikke de samme sammen igjen</source>
        <translation>Choose earlier conference files, so the same people do not sit together again</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="833"/>
        <source>Ikke bruk filene</source>
        <translation>Do not use the files</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="834"/>
        <source>Hver kommunegruppe sitter sammen; veiledere hos kommunene de veileder.</source>
        <translation>Each municipality group sits together; advisers with the municipalities they advise.</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="835"/>
        <source>Skriv ut</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="836"/>
        <source>Bordkort (PDF)…</source>
        <translation>Table cards (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="837"/>
        <source>Finn ditt bord (PDF)…</source>
        <translation>Find your table (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="838"/>
        <source>Skriv ut &amp;bordkort…</source>
        <translation>Print &amp;table cards…</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="839"/>
        <source>Skriv ut «&amp;Finn ditt bord»…</source>
        <translation>Print “&amp;Find your table”…</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="840"/>
        <source>Innsjekking</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="841"/>
        <source>Vis listen for å sjekke inn dem som kommer</source>
        <translation>Show the list to check in those who arrive</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="842"/>
        <location filename="../../ui/groups_view.py" line="1450"/>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="852"/>
        <source>Nytt forslag</source>
        <translation>New proposal</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="852"/>
        <source>Lag grupper</source>
        <translation>Make groups</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="854"/>
        <source>Lag et nytt forslag; låste personer og bord beholder plassene. Angre med Ctrl+Z.</source>
        <translation>Make a new proposal; locked people and tables keep their seats. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="856"/>
        <source>Lag bordplan for kvadranten</source>
        <translation>Make a table plan for the quadrant</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="875"/>
        <source>Ingen bordplan for 1. kvadrant ennå.
Velg bordstørrelse og trykk «Lag grupper».</source>
        <translation>No table plan for quadrant 1 yet.
Choose a table size and press “Make groups”.</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="879"/>
        <source>Ingen kommunegrupper for 4. kvadrant ennå.
Trykk «Lag grupper».</source>
        <translation>No municipality groups for quadrant 4 yet.
Press “Make groups”.</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="967"/>
        <source>Ingen grupper ennå for {kvadrant}. kvadrant.</source>
        <translation>No groups yet for quadrant {kvadrant}.</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="975"/>
        <source>{n} kommunegrupper à {sizes}</source>
        <translation>{n} municipality groups of {sizes}</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="980"/>
        <source>{n} med bare én deltaker</source>
        <translation>{n} with only one participant</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="984"/>
        <source>{n} bord à {sizes}</source>
        <translation>{n} tables of {sizes}</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="987"/>
        <source>samme kommune ved bord: {pairs} (minimum {minimum})</source>
        <translation>same municipality at a table: {pairs} (minimum {minimum})</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="993"/>
        <source>gjentatte par: {n}</source>
        <translation>repeated pairs: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="995"/>
        <source>roller utenfor: {n}</source>
        <translation>roles outside: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="998"/>
        <source>veiledere per bord: {range}</source>
        <translation>advisers per table: {range}</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1013"/>
        <source>… og {n} til</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1072"/>
        <source>Kunne ikke lage grupper</source>
        <translation>Could not make the groups</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1075"/>
        <source>{n} kommunegrupper</source>
        <translation>{n} municipality groups</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1077"/>
        <source>{n} bord</source>
        <translation>{n} tables</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1079"/>
        <source>Nytt forslag for {kvadrant}. kvadrant: {made}. Angre med Ctrl+Z.</source>
        <translation>New proposal for quadrant {kvadrant}: {made}. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1081"/>
        <source>Grupper for {kvadrant}. kvadrant: {made}. Angre med Ctrl+Z.</source>
        <translation>Groups for quadrant {kvadrant}: {made}. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1093"/>
        <source>Unngå gjentak fra tidligere konferanser</source>
        <translation>Avoid repeats from earlier conferences</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1107"/>
        <source>Kan ikke bruke filen</source>
        <translation>Cannot use the file</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1126"/>
        <source>Unngår gjentak fra: {names}</source>
        <translation>Avoiding repeats from: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1241"/>
        <source>Slå sammen {source} med {target}</source>
        <translation>Merge {source} with {target}</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1245"/>
        <source>{source} sitter nå sammen med {target}. Angre med Ctrl+Z.</source>
        <translation>{source} now sits with {target}. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1261"/>
        <source>Endringen ble ikke lagret</source>
        <translation>The change was not saved</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1273"/>
        <source>Lås opp plassen</source>
        <translation>Unlock the seat</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1273"/>
        <source>Lås plassen</source>
        <translation>Lock the seat</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1275"/>
        <source>Hele bordet er låst</source>
        <translation>The whole table is locked</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1279"/>
        <source>Ordstyrer</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1283"/>
        <source>Referent</source>
        <translation>Note-taker</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1288"/>
        <source>Flytt opp i talerekkefølgen</source>
        <translation>Move up the speaking order</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1292"/>
        <source>Flytt ned i talerekkefølgen</source>
        <translation>Move down the speaking order</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1296"/>
        <source>Flytt til gruppe</source>
        <translation>Move to group</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1296"/>
        <source>Flytt til bord</source>
        <translation>Move to table</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1306"/>
        <source>Marker fraværende</source>
        <translation>Mark absent</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1306"/>
        <source>Sjekk inn</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1312"/>
        <location filename="../../ui/groups_view.py" line="1322"/>
        <source>Slå sammen med…</source>
        <translation>Merge with…</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1319"/>
        <source>Lås opp bordet</source>
        <translation>Unlock the table</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1319"/>
        <source>Lås bordet</source>
        <translation>Lock the table</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1357"/>
        <source>{name} er til stede.</source>
        <translation>{name} is present.</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1359"/>
        <source>{name} er meldt fraværende.</source>
        <translation>{name} is reported absent.</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1366"/>
        <source>{kvadrant}. kvadrant: {moves}.</source>
        <translation>Quadrant {kvadrant}: {moves}.</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1368"/>
        <source>Ingen andre ble flyttet.</source>
        <translation>Nobody else was moved.</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1381"/>
        <source>gruppe {number}</source>
        <translation>group {number}</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1382"/>
        <source>bord {number}</source>
        <translation>table {number}</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1385"/>
        <source>{name} → {place}</source>
        <translation>{name} → {place}</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1387"/>
        <source>{name} tatt ut av {place}</source>
        <translation>{name} taken off {place}</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1388"/>
        <source>{name} flyttet fra {old} til {new}</source>
        <translation>{name} moved from {old} to {new}</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1417"/>
        <source>Lagre bordkort</source>
        <translation>Save table cards</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1418"/>
        <source>Bordkort {kvadrant}. kvadrant.pdf</source>
        <translation>Table cards quadrant {kvadrant}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1420"/>
        <source>Lagre «Finn ditt bord»</source>
        <translation>Save “Find your table”</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1421"/>
        <source>Finn ditt bord {kvadrant}. kvadrant.pdf</source>
        <translation>Find your table quadrant {kvadrant}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1423"/>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1432"/>
        <source>Utskrift til PDF er ikke med i denne versjonen av Kvadrant.</source>
        <translation>Printing to PDF is not part of this version of Kvadrant.</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1440"/>
        <source>Kunne ikke lage PDF-en</source>
        <translation>Could not make the PDF</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1443"/>
        <source>Lagret {name}.</source>
        <translation>Saved {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1447"/>
        <source>{name} er lagret.</source>
        <translation>{name} has been saved.</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1449"/>
        <source>Åpne PDF-en</source>
        <translation>Open the PDF</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1461"/>
        <source>{move}. Angre med Ctrl+Z.</source>
        <translation>{move}. Undo with Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="76"/>
        <source>Deltakerlister (*.csv *.xlsx *.xlsm *.txt);;Alle filer (*)</source>
        <translation>Rosters (*.csv *.xlsx *.xlsm *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="87"/>
        <source>Velg deltakerliste</source>
        <translation>Choose a roster</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="189"/>
        <source>Importer deltakerliste</source>
        <translation>Import roster</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="196"/>
        <source>Velg fil…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="211"/>
        <source>Kolonner i filen</source>
        <translation>Columns in the file</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="224"/>
        <source>Forhåndsvisning</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="264"/>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="294"/>
        <source>Fil: {path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="313"/>
        <source>Ingen fil valgt.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="338"/>
        <source>Overskriftene står på linje {line}. Velg hva hver kolonne inneholder.</source>
        <translation>The headers are on line {line}. Choose what each column holds.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="344"/>
        <source>Inneholder</source>
        <translation>Holds</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="344"/>
        <source>Kolonne i filen</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="351"/>
        <source>(uten overskrift)</source>
        <translation>(no header)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="363"/>
        <source>Ignorer</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="412"/>
        <source>Navn (eller Fornavn og Etternavn)</source>
        <translation>Name (or First name and Last name)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="415"/>
        <source>{first} og {last}</source>
        <translation>{first} and {last}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="418"/>
        <source>Velg hvilken kolonne som er {fields} for å kunne importere.</source>
        <translation>Choose which column is {fields} to be able to import.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="436"/>
        <source>Ingenting å importere ennå.</source>
        <translation>Nothing to import yet.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="450"/>
        <source>Ingen merknader.</source>
        <translation>No remarks.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="450"/>
        <source>Merknader ({n}):</source>
        <translation>Remarks ({n}):</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="456"/>
        <source>{new} nye · {updated} oppdateres · {skipped} hoppes over</source>
        <translation>{new} new · {updated} to update · {skipped} skipped</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="461"/>
        <source>Ingenting skrives før du trykker Importer. Oppmøte endres ikke for dem som finnes fra før.</source>
        <translation>Nothing is written until you press Import. Attendance is not changed for people already in the file.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="485"/>
        <source>Importen ble ikke lagret</source>
        <translation>The import was not saved</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="66"/>
        <source>Navn</source>
        <extracomment>The fields in the order the column pickers offer them, with their labels.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="67"/>
        <source>Fornavn</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="68"/>
        <source>Etternavn</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="69"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="70"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="71"/>
        <source>Kommunegruppe</source>
        <translation>Municipality group</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="72"/>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="73"/>
        <source>Veileder for</source>
        <translation>Advises</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="132"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="133"/>
        <source>Linje</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="134"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="135"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="136"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="137"/>
        <source>Kommunegruppe</source>
        <translation>Municipality group</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="138"/>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="139"/>
        <source>Veileder for</source>
        <translation>Advises</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="150"/>
        <source>Ny</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="150"/>
        <source>Oppdateres</source>
        <translation>Update</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../ui/i18n.py" line="33"/>
        <source>nb</source>
        <comment>The code of this translation&apos;s language, e.g. en</comment>
        <extracomment>The languages the interface offers, by code, with their names in their own language (not translated: a person looks for the name of their own language).</extracomment>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="43"/>
        <source>Program</source>
        <extracomment>The sections in the navigation list: key and bokmål name.</extracomment>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="44"/>
        <source>Deltakere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="45"/>
        <source>Grupper</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="46"/>
        <source>Referater</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="47"/>
        <source>Eksport</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="1095"/>
        <location filename="../../ui/main_window.py" line="69"/>
        <source>Kvadrant-konferanser (*.kvadrant);;Alle filer (*)</source>
        <translation>Kvadrant conferences (*.kvadrant);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278"/>
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>&amp;Ny konferanse…</source>
        <translation>&amp;New conference…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="280"/>
        <source>&amp;Åpne…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <source>Nylige &amp;filer</source>
        <translation>Recent &amp;files</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="282"/>
        <source>Åpne &amp;demo</source>
        <translation>Open &amp;demo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283"/>
        <source>&amp;Importer deltakerliste…</source>
        <translation>&amp;Import roster…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>&amp;Lukk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285"/>
        <source>&amp;Avslutt</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286"/>
        <source>&amp;Rediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287"/>
        <source>&amp;Konferanse…</source>
        <translation>&amp;Conference…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288"/>
        <source>&amp;Innstillinger</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289"/>
        <source>&amp;Språk</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>&amp;Angre {what}</source>
        <translation>&amp;Undo {what}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>&amp;Angre</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307"/>
        <source>&amp;Gjør om {what}</source>
        <translation>&amp;Redo {what}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307"/>
        <source>&amp;Gjør om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319"/>
        <source>Kvadrant</source>
        <translation>Kvadrant</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="325"/>
        <source>(uten tittel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="337"/>
        <source>Ingen nylige filer</source>
        <translation>No recent files</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="341"/>
        <source>Tøm listen</source>
        <translation>Clear the list</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="356"/>
        <source>Kunne ikke åpne {name}.</source>
        <translation>Could not open {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358"/>
        <source>Kunne ikke åpne filen</source>
        <translation>Could not open the file</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="368"/>
        <source>Åpne konferanse</source>
        <translation>Open conference</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378"/>
        <source>Konferansen er opprettet.</source>
        <translation>The conference has been created.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="384"/>
        <source>Kunne ikke lage demokonferansen</source>
        <translation>Could not create the demo conference</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="386"/>
        <source>Demokonferansen er laget som en ny fil; endringer her rører ikke noe annet.</source>
        <translation>The demo conference was created as a new file; changes here touch nothing else.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="400"/>
        <source>Importert: {new} nye, {updated} oppdatert.</source>
        <translation>Imported: {new} new, {updated} updated.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="454"/>
        <source>✓ Lagret kl. {time}</source>
        <translation>✓ Saved at {time}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="457"/>
        <source>Kunne ikke angre</source>
        <translation>Could not undo</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/groups_view.py" line="616"/>
        <source>Slå sammen grupper</source>
        <translation>Merge groups</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="617"/>
        <location filename="../../ui/groups_view.py" line="627"/>
        <source>gruppe {number}</source>
        <translation>group {number}</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="618"/>
        <source>Hvilken gruppe skal {name} sitte sammen med?</source>
        <translation>Which group should {name} sit with?</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="626"/>
        <source>{name} (gruppe {number}, {n} personer)</source>
        <translation>{name} (group {number}, {n} people)</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="634"/>
        <source>Slå sammen</source>
        <translation>Merge</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="34"/>
        <source>Kvadrant</source>
        <translation>Kvadrant</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="37"/>
        <location filename="../../ui/messages.py" line="107"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="59"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="96"/>
        <source>Uventet feil</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="97"/>
        <source>Det oppstod en uventet feil i Kvadrant.</source>
        <translation>An unexpected error occurred in Kvadrant.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="99"/>
        <source>Det som allerede er lagret, er trygt. Prøv igjen; hvis feilen kommer tilbake, send gjerne detaljene under til den som drifter Kvadrant.</source>
        <translation>What has been saved already is safe. Try again; if the error comes back, please send the details below to whoever looks after Kvadrant.</translation>
    </message>
</context>
<context>
    <name>NewConferenceDialog</name>
    <message>
        <location filename="../../ui/new_conference_dialog.py" line="60"/>
        <source>Ny konferanse</source>
        <extracomment>Creates the file: (path, title=, date=, venue=, template=) -&gt; None; raises KvadrantError.</extracomment>
        <translation>New conference</translation>
    </message>
    <message>
        <location filename="../../ui/new_conference_dialog.py" line="64"/>
        <source>f.eks. Dialogkonferanse 3</source>
        <translation>e.g. Dialogue conference 3</translation>
    </message>
    <message>
        <location filename="../../ui/new_conference_dialog.py" line="67"/>
        <source>f.eks. Park Inn, Gardermoen</source>
        <translation>e.g. Park Inn, Gardermoen</translation>
    </message>
    <message>
        <location filename="../../ui/new_conference_dialog.py" line="69"/>
        <source>Gardermoen 2020 (fire kvadranter, pauser og lunsj)</source>
        <translation>Gardermoen 2020 (four quadrants, breaks and lunch)</translation>
    </message>
    <message>
        <location filename="../../ui/new_conference_dialog.py" line="70"/>
        <source>Tomt program</source>
        <translation>Empty programme</translation>
    </message>
    <message>
        <location filename="../../ui/new_conference_dialog.py" line="72"/>
        <source>Velg…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/new_conference_dialog.py" line="80"/>
        <source>&amp;Tittel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../ui/new_conference_dialog.py" line="81"/>
        <source>&amp;Dato:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/new_conference_dialog.py" line="82"/>
        <source>&amp;Sted:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <location filename="../../ui/new_conference_dialog.py" line="83"/>
        <source>&amp;Program:</source>
        <translation>&amp;Programme:</translation>
    </message>
    <message>
        <location filename="../../ui/new_conference_dialog.py" line="84"/>
        <source>&amp;Lagres i:</source>
        <translation>&amp;Save to:</translation>
    </message>
    <message>
        <location filename="../../ui/new_conference_dialog.py" line="88"/>
        <source>Alt lagres fortløpende i denne filen. Programmet kan endres senere.</source>
        <translation>Everything is saved to this file as you go. The programme can be changed later.</translation>
    </message>
    <message>
        <location filename="../../ui/new_conference_dialog.py" line="92"/>
        <source>Opprett</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../ui/new_conference_dialog.py" line="121"/>
        <source>Lagre konferansen som</source>
        <translation>Save the conference as</translation>
    </message>
    <message>
        <location filename="../../ui/new_conference_dialog.py" line="123"/>
        <source>Kvadrant-konferanser (*.kvadrant)</source>
        <translation>Kvadrant conferences (*.kvadrant)</translation>
    </message>
    <message>
        <location filename="../../ui/new_conference_dialog.py" line="143"/>
        <source>Kunne ikke opprette konferansen</source>
        <translation>Could not create the conference</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <location filename="../../ui/participant_model.py" line="151"/>
        <source>Kryss av for dem som har kommet</source>
        <extracomment>The participant&apos;s id (int). The whole :class:`ParticipantRow`. What the column sorts by: text, or 0/1 for presence. The participant field each editable text column shows. An edit the core refused; carries the :class:`KvadrantError`.</extracomment>
        <translation>Tick those who have arrived</translation>
    </message>
    <message>
        <location filename="../../ui/participant_model.py" line="156"/>
        <location filename="../../ui/participant_model.py" line="200"/>
        <source>Til stede</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/participant_model.py" line="158"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/participant_model.py" line="160"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../ui/participant_model.py" line="162"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/participant_model.py" line="164"/>
        <source>Kommunegruppe</source>
        <translation>Municipality group</translation>
    </message>
    <message>
        <location filename="../../ui/participant_model.py" line="165"/>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/participant_model.py" line="200"/>
        <source>Fraværende</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../ui/participant_model.py" line="202"/>
        <source>Veileder for: {municipalities}</source>
        <translation>Advises: {municipalities}</translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <location filename="../../ui/participants_view.py" line="167"/>
        <source>Søk i navn, kommune, rolle, e-post …</source>
        <extracomment>A short confirmation for the status bar (&quot;3 markert til stede&quot;).</extracomment>
        <translation>Search name, municipality, role, email …</translation>
    </message>
    <message>
        <location filename="../../ui/participants_view.py" line="168"/>
        <source>&amp;Vis:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../../ui/participants_view.py" line="169"/>
        <source>R&amp;olle:</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <location filename="../../ui/participants_view.py" line="170"/>
        <source>Legg til deltaker…</source>
        <translation>Add participant…</translation>
    </message>
    <message>
        <location filename="../../ui/participants_view.py" line="171"/>
        <source>Marker til stede</source>
        <translation>Mark present</translation>
    </message>
    <message>
        <location filename="../../ui/participants_view.py" line="172"/>
        <source>Marker fraværende</source>
        <translation>Mark absent</translation>
    </message>
    <message>
        <location filename="../../ui/participants_view.py" line="173"/>
        <source>Fjern…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location filename="../../ui/participants_view.py" line="177"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/participants_view.py" line="178"/>
        <source>Til stede</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/participants_view.py" line="179"/>
        <source>Fraværende</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../ui/participants_view.py" line="182"/>
        <source>Alle roller</source>
        <translation>All roles</translation>
    </message>
    <message>
        <location filename="../../ui/participants_view.py" line="184"/>
        <source>Andre roller</source>
        <translation>Other roles</translation>
    </message>
    <message>
        <location filename="../../ui/participants_view.py" line="217"/>
        <source>1 deltaker</source>
        <translation>1 participant</translation>
    </message>
    <message>
        <location filename="../../ui/participants_view.py" line="217"/>
        <source>{n} deltakere</source>
        <translation>{n} participants</translation>
    </message>
    <message>
        <location filename="../../ui/participants_view.py" line="218"/>
        <source>{n} til stede</source>
        <translation>{n} present</translation>
    </message>
    <message>
        <location filename="../../ui/participants_view.py" line="219"/>
        <source>1 kommune</source>
        <translation>1 municipality</translation>
    </message>
    <message>
        <location filename="../../ui/participants_view.py" line="220"/>
        <source>{n} kommuner</source>
        <translation>{n} municipalities</translation>
    </message>
    <message>
        <location filename="../../ui/participants_view.py" line="221"/>
        <source>1 veileder</source>
        <translation>1 adviser</translation>
    </message>
    <message>
        <location filename="../../ui/participants_view.py" line="222"/>
        <source>{n} veiledere</source>
        <translation>{n} advisers</translation>
    </message>
    <message>
        <location filename="../../ui/participants_view.py" line="225"/>
        <source>{n} vises</source>
        <translation>{n} shown</translation>
    </message>
    <message>
        <location filename="../../ui/participants_view.py" line="273"/>
        <source>Deltakeren er lagt til.</source>
        <translation>The participant has been added.</translation>
    </message>
    <message>
        <location filename="../../ui/participants_view.py" line="292"/>
        <source>{n} markert til stede.</source>
        <translation>{n} marked present.</translation>
    </message>
    <message>
        <location filename="../../ui/participants_view.py" line="294"/>
        <source>{n} markert fraværende.</source>
        <translation>{n} marked absent.</translation>
    </message>
    <message>
        <location filename="../../ui/participants_view.py" line="303"/>
        <source>Fjerne {name} fra konferansen?</source>
        <translation>Remove {name} from the conference?</translation>
    </message>
    <message>
        <location filename="../../ui/participants_view.py" line="304"/>
        <source>Fjern deltakeren</source>
        <translation>Remove participant</translation>
    </message>
    <message>
        <location filename="../../ui/participants_view.py" line="306"/>
        <source>Fjerne {n} deltakere fra konferansen?</source>
        <translation>Remove {n} participants from the conference?</translation>
    </message>
    <message>
        <location filename="../../ui/participants_view.py" line="307"/>
        <source>Fjern {n} deltakere</source>
        <translation>Remove {n} participants</translation>
    </message>
    <message>
        <location filename="../../ui/participants_view.py" line="310"/>
        <source>Du kan angre med Ctrl+Z.</source>
        <translation>You can undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/participants_view.py" line="312"/>
        <source>Fjern deltakere</source>
        <translation>Remove participants</translation>
    </message>
    <message>
        <location filename="../../ui/participants_view.py" line="321"/>
        <source>1 deltaker fjernet.</source>
        <translation>1 participant removed.</translation>
    </message>
    <message>
        <location filename="../../ui/participants_view.py" line="321"/>
        <source>{n} deltakere fjernet.</source>
        <translation>{n} participants removed.</translation>
    </message>
    <message>
        <location filename="../../ui/participants_view.py" line="325"/>
        <source>Endringen ble ikke lagret</source>
        <translation>The change was not saved</translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <location filename="../../ui/main_window.py" line="52"/>
        <source>Referater kommer snart</source>
        <translation>Minutes are coming soon</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="53"/>
        <source>Her samles referatene som gruppene sender inn, med frist og status for hver gruppe. Denne delen kommer i en senere versjon.</source>
        <translation>Here the minutes the groups send in are collected, with the deadline and status of each group. This part comes in a later version.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="60"/>
        <source>Eksport kommer snart</source>
        <translation>Export is coming soon</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="61"/>
        <source>Her lager du referatsamlingen som PDF og henter ut deltakerlister. Denne delen kommer i en senere versjon.</source>
        <translation>Here you make the collected minutes as a PDF and export participant lists. This part comes in a later version.</translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message>
        <location filename="../../ui/programme_view.py" line="79"/>
        <source>Tid</source>
        <extracomment>The block&apos;s id (int). The whole :class:`BlockRow`.</extracomment>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/programme_view.py" line="81"/>
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/programme_view.py" line="83"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/programme_view.py" line="85"/>
        <source>Innleder</source>
        <translation>Speaker</translation>
    </message>
</context>
<context>
    <name>ProgrammeView</name>
    <message>
        <location filename="../../ui/programme_view.py" line="170"/>
        <source>Programmet kan ikke redigeres her ennå.</source>
        <translation>The programme cannot be edited here yet.</translation>
    </message>
    <message>
        <location filename="../../ui/programme_view.py" line="189"/>
        <source>Programmet er tomt.</source>
        <translation>The programme is empty.</translation>
    </message>
    <message>
        <location filename="../../ui/programme_view.py" line="202"/>
        <source>Innleder:</source>
        <translation>Speaker:</translation>
    </message>
    <message>
        <location filename="../../ui/programme_view.py" line="207"/>
        <source>Oppgave</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../ui/programme_view.py" line="210"/>
        <source>Referat</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../ui/programme_view.py" line="212"/>
        <source>Frist for referat: {time}</source>
        <translation>Minutes due: {time}</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/formatting.py" line="13"/>
        <source>Kulturskoleeier</source>
        <translation>School owner</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="14"/>
        <source>Kulturskoleleder</source>
        <translation>School leader</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="15"/>
        <source>Ressurslærer</source>
        <translation>Resource teacher</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="16"/>
        <source>Veileder</source>
        <translation>Adviser</translation>
    </message>
    <message>
        <location filename="../../ui/participant_delegates.py" line="18"/>
        <source>(ingen rolle)</source>
        <translation>(no role)</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../ui/settings.py" line="33"/>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="34"/>
        <source>Nylige filer</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="35"/>
        <source>Sist åpnede fil</source>
        <translation>Last opened file</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="36"/>
        <source>Vindusplassering</source>
        <translation>Window position</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="37"/>
        <source>Sist viste del</source>
        <translation>Last section shown</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/start_page.py" line="174"/>
        <source>Kvadrant</source>
        <translation>Kvadrant</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="176"/>
        <source>Gjennomfør dialogkonferansen: program, deltakere, grupper og referater i én fil.</source>
        <translation>Run the dialogue conference: programme, participants, groups and minutes in one file.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="178"/>
        <source>Ny konferanse…</source>
        <translation>New conference…</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="179"/>
        <source>Åpne…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="180"/>
        <source>Åpne demokonferansen</source>
        <translation>Open the demo conference</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="181"/>
        <source>Lag en ny konferansefil, tom eller etter Gardermoen-programmet</source>
        <translation>Make a new conference file, empty or following the Gardermoen programme</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="182"/>
        <source>Åpne en konferansefil (.kvadrant)</source>
        <translation>Open a conference file (.kvadrant)</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="183"/>
        <source>En kopi av Gardermoen 2020 med 105 deltakere, til å prøve ut</source>
        <translation>A copy of Gardermoen 2020 with 105 participants, to try things out</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="184"/>
        <source>Nylige filer</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="185"/>
        <source>Ingen nylige filer ennå. Konferanser du åpner, havner her.</source>
        <translation>No recent files yet. Conferences you open appear here.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="186"/>
        <source>Dobbeltklikk for å åpne.</source>
        <translation>Double-click to open.</translation>
    </message>
</context>
<context>
    <name>TableCard</name>
    <message>
        <location filename="../../ui/groups_view.py" line="389"/>
        <location filename="../../ui/groups_view.py" line="417"/>
        <source>Gruppe {number}</source>
        <extracomment>Dark orange: rule breaks and warnings, readable on white (contrast above 5:1). The calm yellow of the &quot;who moved where&quot; bar. Role tags: (background, text). A card is never narrower than this; the grid fits as many columns as the width allows. What the spin box allows: people per table, or tables. At most this many plan warnings above the grid; the rest in the tooltip. At most this many check-ins in the &quot;who moved where&quot; bar.</extracomment>
        <translation>Group {number}</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="390"/>
        <source>Bord {number}</source>
        <translation>Table {number}</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="396"/>
        <source>gruppe {number}</source>
        <translation>group {number}</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="397"/>
        <source>bord {number}</source>
        <translation>table {number}</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="414"/>
        <source>1 person</source>
        <translation>1 person</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="414"/>
        <source>{n} personer</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="426"/>
        <source>Bordet er låst: alle her beholder plassen ved nytt forslag. Klikk for å låse opp.</source>
        <translation>The table is locked: everyone here keeps their seat in a new proposal. Click to unlock.</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="428"/>
        <source>Lås bordet: alle her beholder plassen ved nytt forslag og ved innsjekking.</source>
        <translation>Lock the table: everyone here keeps their seat in a new proposal and at check-in.</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="429"/>
        <source>Lås bordet</source>
        <translation>Lock the table</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="432"/>
        <source>Bare én deltaker – slå sammen med en annen gruppe.</source>
        <translation>Only one participant – merge with another group.</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="437"/>
        <source>Slå sammen med…</source>
        <translation>Merge with…</translation>
    </message>
    <message>
        <location filename="../../ui/groups_view.py" line="439"/>
        <source>Ingen her – dra noen hit</source>
        <translation>Nobody here – drag someone here</translation>
    </message>
</context>
</TS>
