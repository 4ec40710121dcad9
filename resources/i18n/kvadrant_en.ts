<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nb_NO">
<context>
    <name>AddParticipantDialog</name>
    <message>
        <location filename="../../ui/participants/participant_dialog.py" line="32"/>
        <source>Legg til deltaker</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participant_dialog.py" line="36"/>
        <source>Fornavn og etternavn</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participant_dialog.py" line="48"/>
        <source>navn@kommune.no</source>
        <translation>name@municipality.no</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participant_dialog.py" line="49"/>
        <source>Til stede nå</source>
        <translation>Present now</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participant_dialog.py" line="54"/>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participant_dialog.py" line="55"/>
        <source>&amp;Kommune:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participant_dialog.py" line="56"/>
        <source>&amp;Rolle:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participant_dialog.py" line="57"/>
        <source>Kommune&amp;gruppe:</source>
        <translation>Municipality &amp;group:</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participant_dialog.py" line="58"/>
        <source>&amp;E-post:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participant_dialog.py" line="61"/>
        <source>Navn og kommune må fylles ut.</source>
        <translation>Name and municipality are required.</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participant_dialog.py" line="64"/>
        <source>Legg til</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participant_dialog.py" line="90"/>
        <source>Kunne ikke legge til deltakeren</source>
        <translation>Could not add the participant</translation>
    </message>
</context>
<context>
    <name>AnswerField</name>
    <message>
        <location filename="../../ui/evaluation/paper_entry.py" line="98"/>
        <source>Flere kan velges</source>
        <extracomment>A grade button: plain until chosen, then filled, so the chosen grade is seen at a glance.</extracomment>
        <translation>More than one may be chosen</translation>
    </message>
</context>
<context>
    <name>AttendancePane</name>
    <message>
        <location filename="../../ui/shell/series_view.py" line="295"/>
        <source>Hvem var med: {title}</source>
        <translation>Who came: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/series_view.py" line="302"/>
        <source>{people} deltakere, {every} av dem alle {days} dagene. Klikk en kolonne for å sortere.</source>
        <translation>{people} participants, {every} of them on all {days} days. Click a column to sort.</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <location filename="../../ui/programme/block_dialog.py" line="95"/>
        <source>Ny blokk</source>
        <extracomment>The kinds in the order the facilitator thinks of them. Writes the block: values -&gt; None; raises KvadrantError or BlockRefused.</extracomment>
        <translation>New block</translation>
    </message>
    <message>
        <location filename="../../ui/programme/block_dialog.py" line="95"/>
        <source>Rediger blokk</source>
        <translation>Edit block</translation>
    </message>
    <message>
        <location filename="../../ui/programme/block_dialog.py" line="105"/>
        <location filename="../../ui/programme/block_dialog.py" line="132"/>
        <source>tt.mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <location filename="../../ui/programme/block_dialog.py" line="111"/>
        <source>Tomt: etter konferansen</source>
        <translation>Empty: after the conference</translation>
    </message>
    <message>
        <location filename="../../ui/programme/block_dialog.py" line="116"/>
        <source>Fast tidspunkt – blir stående når resten av dagen forskyves</source>
        <translation>Fixed time – stays put when the rest of the day is shifted</translation>
    </message>
    <message>
        <location filename="../../ui/programme/block_dialog.py" line="119"/>
        <source>f.eks. Porsanger, Ålesund, Gjøvik</source>
        <translation>e.g. Porsanger, Ålesund, Gjøvik</translation>
    </message>
    <message>
        <location filename="../../ui/programme/block_dialog.py" line="121"/>
        <source>Når programmet kjøres flere dager: hvem som legger fram hver dag, i rekkefølge. «Ny konferanse fra denne» setter neste navn som innleder.</source>
        <translation>When the programme runs on several days: who presents each day, in order. “New conference from this one” makes the next name the presenter.</translation>
    </message>
    <message>
        <location filename="../../ui/programme/block_dialog.py" line="130"/>
        <source>Oppgaven gruppene får (vises på projektoren før gruppearbeidet)</source>
        <translation>The task the groups get (shown on the projector before the group work)</translation>
    </message>
    <message>
        <location filename="../../ui/programme/block_dialog.py" line="135"/>
        <source>f.eks. «Etter dialogkonferansen»</source>
        <translation>e.g. “After the conference”</translation>
    </message>
    <message>
        <location filename="../../ui/programme/block_dialog.py" line="143"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/programme/block_dialog.py" line="145"/>
        <source>per person, likt for alle bord</source>
        <translation>per person, the same at every table</translation>
    </message>
    <message>
        <location filename="../../ui/programme/block_dialog.py" line="154"/>
        <source>&amp;Tittel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../ui/programme/block_dialog.py" line="155"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/programme/block_dialog.py" line="156"/>
        <source>T&amp;id:</source>
        <translation>T&amp;ime:</translation>
    </message>
    <message>
        <location filename="../../ui/programme/block_dialog.py" line="158"/>
        <source>&amp;Innleder:</source>
        <translation>&amp;Presenter:</translation>
    </message>
    <message>
        <location filename="../../ui/programme/block_dialog.py" line="159"/>
        <source>Presentasjon &amp;dag for dag:</source>
        <translation>Presenter &amp;day by day:</translation>
    </message>
    <message>
        <location filename="../../ui/programme/block_dialog.py" line="160"/>
        <source>&amp;Beskrivelse:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../ui/programme/block_dialog.py" line="161"/>
        <source>&amp;Oppgave til gruppene:</source>
        <translation>Task for the &amp;groups:</translation>
    </message>
    <message>
        <location filename="../../ui/programme/block_dialog.py" line="162"/>
        <source>&amp;Frist for referat:</source>
        <translation>Summary &amp;deadline:</translation>
    </message>
    <message>
        <location filename="../../ui/programme/block_dialog.py" line="163"/>
        <source>T&amp;aletid:</source>
        <translation>&amp;Speaking time:</translation>
    </message>
    <message>
        <location filename="../../ui/programme/block_dialog.py" line="167"/>
        <source>Legg til</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/programme/block_dialog.py" line="167"/>
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/programme/block_dialog.py" line="229"/>
        <source>Kunne ikke lagre blokken</source>
        <translation>Could not save the block</translation>
    </message>
    <message>
        <location filename="../../ui/programme/block_dialog.py" line="235"/>
        <source>«{text}» er ikke et klokkeslett. Skriv for eksempel 10.30.</source>
        <translation>“{text}” is not a time of day. Write for example 10:30.</translation>
    </message>
</context>
<context>
    <name>BoardHeader</name>
    <message>
        <location filename="../../ui/referater/board.py" line="213"/>
        <source>{delivered} av {total} levert</source>
        <translation>{delivered} of {total} delivered</translation>
    </message>
    <message>
        <location filename="../../ui/referater/board.py" line="216"/>
        <source>Ingen frist</source>
        <translation>No deadline</translation>
    </message>
    <message>
        <location filename="../../ui/referater/board.py" line="222"/>
        <source>Frist kl. {time} · alle har levert</source>
        <translation>Deadline {time} · everyone has delivered</translation>
    </message>
    <message>
        <location filename="../../ui/referater/board.py" line="226"/>
        <source>Frist kl. {time} · {left} igjen</source>
        <translation>Deadline {time} · {left} left</translation>
    </message>
    <message>
        <location filename="../../ui/referater/board.py" line="230"/>
        <source>Frist kl. {time} · gikk ut for {left} siden</source>
        <translation>Deadline {time} · passed {left} ago</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <location filename="../../ui/referater/board.py" line="129"/>
        <source>Gruppe</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/referater/board.py" line="129"/>
        <source>Bord</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../ui/referater/board.py" line="130"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/referater/board.py" line="131"/>
        <source>Sist lagret</source>
        <translation>Last saved</translation>
    </message>
    <message>
        <location filename="../../ui/referater/board.py" line="132"/>
        <source>Ord</source>
        <translation>Words</translation>
    </message>
    <message>
        <location filename="../../ui/referater/board.py" line="133"/>
        <source>Levert</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../ui/referater/board.py" line="138"/>
        <source>PC</source>
        <translation>laptop</translation>
    </message>
    <message>
        <location filename="../../ui/referater/board.py" line="138"/>
        <source>telefon</source>
        <translation>phone</translation>
    </message>
</context>
<context>
    <name>CardListPanel</name>
    <message>
        <location filename="../../ui/evaluation/coding_list.py" line="164"/>
        <source>Kort</source>
        <translation>Cards</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_list.py" line="165"/>
        <source>Søk i kortene</source>
        <translation>Search the cards</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_list.py" line="166"/>
        <source>Merk kortet som et sitat til rapporten (Q)</source>
        <translation>Mark the card as a quote for the report (Q)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_list.py" line="167"/>
        <source>1–9: legg i kategorien og gå videre · Q: sitat · Enter: ta forslaget · Ctrl+Z: angre</source>
        <translation>1–9: file in the category and move on · Q: quote · Enter: take the suggestion · Ctrl+Z: undo</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_list.py" line="169"/>
        <source>Et tall legger kortet i kategorien med det nummeret og går videre til neste kort som ikke er kodet. Samme tall en gang til tar kortet ut igjen. Ctrl+tall legger kortet i kategorien og blir stående, så du kan legge det i flere.</source>
        <translation>A number files the card in the category with that number and moves on to the next uncoded card. The same number again takes the card out. Ctrl+number files the card and stays on it, so you can file it in several.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_list.py" line="180"/>
        <source>Ikke kodet</source>
        <translation>Uncoded</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_list.py" line="181"/>
        <source>Alle kort</source>
        <translation>All cards</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_list.py" line="182"/>
        <source>Sitater</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_list.py" line="205"/>
        <source>{uncoded} av {total} ikke kodet · {shown} vises</source>
        <translation>{uncoded} of {total} uncoded · {shown} shown</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_list.py" line="208"/>
        <source>Ingen kort ennå. Hvert svar på et åpent spørsmål i evalueringen blir et kort her; du kan også legge til gruppereferatene.</source>
        <translation>No cards yet. Every answer to an open question of the evaluation becomes a card here; you can also add the group summaries.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_list.py" line="211"/>
        <source>Alle kortene er kodet.</source>
        <translation>All the cards are coded.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_list.py" line="213"/>
        <source>Ingen kort passer med det du har valgt.</source>
        <translation>No card matches your choice.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_list.py" line="221"/>
        <source>★ Sitat</source>
        <translation>★ Quote</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_list.py" line="221"/>
        <source>☆ Sitat</source>
        <translation>☆ Quote</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_list.py" line="233"/>
        <source>Forslag:</source>
        <translation>Suggestions:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_list.py" line="235"/>
        <source>Ingen forslag for dette kortet.</source>
        <translation>No suggestion for this card.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_list.py" line="244"/>
        <source>Enter legger kortet her</source>
        <translation>Enter files the card here</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_list.py" line="246"/>
        <source>også {others}</source>
        <translation>also {others}</translation>
    </message>
</context>
<context>
    <name>CardMenus</name>
    <message>
        <location filename="../../ui/evaluation/coding_menus.py" line="35"/>
        <source>Legg i kategori</source>
        <translation>File in category</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_menus.py" line="43"/>
        <source>Fjern kortet fra tavla</source>
        <translation>Take the card off the board</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_menus.py" line="54"/>
        <source>Ta ut av «{name}»</source>
        <translation>Take out of “{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_menus.py" line="62"/>
        <source>Fjern sitatmerket</source>
        <translation>Unmark as a quote</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_menus.py" line="62"/>
        <source>Merk som sitat</source>
        <translation>Mark as a quote</translation>
    </message>
</context>
<context>
    <name>CategoryColumn</name>
    <message>
        <location filename="../../ui/evaluation/coding_column.py" line="95"/>
        <source>Funn:</source>
        <extracomment>How long the finding waits after the last key before it is saved.</extracomment>
        <translation>Finding:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_column.py" line="96"/>
        <source>Ett funn i én setning</source>
        <translation>One finding in one sentence</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_column.py" line="97"/>
        <source>Flytt eller fjern kategorien</source>
        <translation>Move or remove the category</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_column.py" line="98"/>
        <source>Flytt til venstre</source>
        <translation>Move left</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_column.py" line="99"/>
        <source>Flytt til høyre</source>
        <translation>Move right</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_column.py" line="100"/>
        <source>Fjern kategorien …</source>
        <translation>Remove the category …</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_column.py" line="101"/>
        <source>Dra et kort hit for å legge det i kategorien. Delete tar det ut igjen.</source>
        <translation>Drag a card here to file it in the category. Delete takes it out again.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_column.py" line="108"/>
        <source>{name}: skriv for å gi kategorien nytt navn</source>
        <translation>{name}: type to rename the category</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluation/coding_column.py" line="121"/>
        <source>%n kort</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_column.py" line="127"/>
        <source>Dra kort hit, eller trykk {number} på et kort i listen</source>
        <translation>Drag cards here, or press {number} on a card in the list</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_column.py" line="129"/>
        <source>Dra kort hit</source>
        <translation>Drag cards here</translation>
    </message>
</context>
<context>
    <name>CheckInModel</name>
    <message>
        <location filename="../../ui/participants/checkin_panel.py" line="94"/>
        <source>gruppe {number}</source>
        <extracomment>A check-in the core refused; carries the :class:`KvadrantError`.</extracomment>
        <translation>group {number}</translation>
    </message>
    <message>
        <location filename="../../ui/participants/checkin_panel.py" line="96"/>
        <source>bord {number}</source>
        <translation>table {number}</translation>
    </message>
    <message>
        <location filename="../../ui/participants/checkin_panel.py" line="153"/>
        <source>til stede</source>
        <translation>present</translation>
    </message>
    <message>
        <location filename="../../ui/participants/checkin_panel.py" line="153"/>
        <source>fraværende</source>
        <translation>absent</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <location filename="../../ui/participants/checkin_panel.py" line="246"/>
        <source>Innsjekking</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/participants/checkin_panel.py" line="247"/>
        <source>Søk navn, kommune …</source>
        <translation>Search name, municipality …</translation>
    </message>
    <message>
        <location filename="../../ui/participants/checkin_panel.py" line="248"/>
        <source>Kryss av for dem som kommer. Enter sjekker inn når bare én passer søket.</source>
        <translation>Tick those who arrive. Enter checks in when only one person matches the search.</translation>
    </message>
    <message>
        <location filename="../../ui/participants/checkin_panel.py" line="252"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/participants/checkin_panel.py" line="253"/>
        <source>Til stede</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/participants/checkin_panel.py" line="254"/>
        <source>Fraværende</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../ui/participants/checkin_panel.py" line="272"/>
        <source>{present} av {total} til stede</source>
        <translation>{present} of {total} present</translation>
    </message>
</context>
<context>
    <name>CodingBoard</name>
    <message>
        <location filename="../../ui/evaluation/coding_board.py" line="145"/>
        <source>+ Ny kategori</source>
        <extracomment>A short confirmation for the status bar (&quot;Lagt i «Forankring». Angre med Ctrl+Z.&quot;).</extracomment>
        <translation>+ New category</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_board.py" line="146"/>
        <location filename="../../ui/evaluation/coding_commands.py" line="201"/>
        <source>Legg til gruppereferatene</source>
        <translation>Add the group summaries</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_board.py" line="147"/>
        <source>Gruppenes referater blir kort på tavla, som svarene</source>
        <translation>The groups&apos; summaries become cards on the board, like the answers</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_board.py" line="148"/>
        <source>Ett kort per avsnitt</source>
        <translation>One card per paragraph</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_board.py" line="149"/>
        <source>Ett kort per referat</source>
        <translation>One card per summary</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_board.py" line="281"/>
        <source>Det finnes ingen kategori {number}.</source>
        <translation>There is no category {number}.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_board.py" line="305"/>
        <source>Lagt i «{name}». Angre med Ctrl+Z.</source>
        <translation>Filed in “{name}”. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_board.py" line="307"/>
        <source>Tatt ut av «{name}».</source>
        <translation>Taken out of “{name}”.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_board.py" line="313"/>
        <source>Ingen forslag for dette kortet: bruk et tall.</source>
        <translation>No suggestion for this card: use a number.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_board.py" line="340"/>
        <source>Ny kategori</source>
        <translation>New category</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_board.py" line="383"/>
        <source>Fjerne kategorien?</source>
        <translation>Remove the category?</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_board.py" line="384"/>
        <source>Fjerne «{name}»?</source>
        <translation>Remove “{name}”?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluation/coding_board.py" line="385"/>
        <source>%n kort ligger i kategorien. De blir liggende på tavla, i sine andre kategorier eller som ikke kodet. Du kan angre med Ctrl+Z.</source>
        <translation>
            <numerusform>%n card is in the category. It stays on the board, in its other categories or as uncoded. You can undo with Ctrl+Z.</numerusform>
            <numerusform>%n cards are in the category. They stay on the board, in their other categories or as uncoded. You can undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_board.py" line="386"/>
        <source>Fjern kategorien</source>
        <translation>Remove the category</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evaluation/coding_board.py" line="401"/>
        <source>La til %n kort fra gruppereferatene.</source>
        <translation>
            <numerusform>Added %n card from the group summaries.</numerusform>
            <numerusform>Added %n cards from the group summaries.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_board.py" line="403"/>
        <source>Ingen nye gruppereferater å legge til.</source>
        <translation>No new group summaries to add.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_commands.py" line="95"/>
        <source>Merk som sitat</source>
        <translation>Mark as a quote</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_commands.py" line="95"/>
        <source>Fjern sitatmerket</source>
        <translation>Unmark as a quote</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_commands.py" line="113"/>
        <source>Endre funn</source>
        <translation>Edit finding</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_commands.py" line="151"/>
        <source>Flytt kortet til «{name}»</source>
        <translation>Move the card to “{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_commands.py" line="153"/>
        <source>Legg kortet i «{name}»</source>
        <translation>File the card in “{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_commands.py" line="157"/>
        <source>Ta kortet ut av «{name}»</source>
        <translation>Take the card out of “{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_commands.py" line="183"/>
        <source>Ny kategori «{name}»</source>
        <translation>New category “{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_commands.py" line="188"/>
        <source>Gi kategorien navnet «{name}»</source>
        <translation>Rename the category “{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_commands.py" line="191"/>
        <source>Flytt «{name}»</source>
        <translation>Move “{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_commands.py" line="195"/>
        <source>Fjern kategorien «{name}»</source>
        <translation>Remove the category “{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/coding_commands.py" line="210"/>
        <source>Fjern kortet fra tavla</source>
        <translation>Take the card off the board</translation>
    </message>
</context>
<context>
    <name>ConferenceDialog</name>
    <message>
        <location filename="../../ui/shell/conference_dialog.py" line="66"/>
        <source>Konferanse</source>
        <translation>Conference</translation>
    </message>
    <message>
        <location filename="../../ui/shell/conference_dialog.py" line="71"/>
        <source>f.eks. Park Inn, Gardermoen</source>
        <translation>e.g. Park Inn, Gardermoen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/conference_dialog.py" line="75"/>
        <source>&amp;Tittel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/conference_dialog.py" line="76"/>
        <source>&amp;Dato:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/conference_dialog.py" line="77"/>
        <source>&amp;Sted:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/conference_dialog.py" line="79"/>
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/shell/conference_dialog.py" line="93"/>
        <source>Kunne ikke lagre</source>
        <translation>Could not save</translation>
    </message>
</context>
<context>
    <name>ConferenceHeader</name>
    <message>
        <location filename="../../ui/shell/section_pages.py" line="44"/>
        <source>Konferanse…</source>
        <translation>Conference…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/section_pages.py" line="45"/>
        <source>Endre tittel, dato og sted</source>
        <translation>Change title, date and venue</translation>
    </message>
    <message>
        <location filename="../../ui/shell/section_pages.py" line="54"/>
        <source>(uten tittel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/section_pages.py" line="56"/>
        <source>Dato og sted er ikke satt</source>
        <translation>Date and venue not set</translation>
    </message>
</context>
<context>
    <name>ConferenceSession</name>
    <message>
        <location filename="../../ui/shell/conference_session.py" line="254"/>
        <source>Legg til {name}</source>
        <translation>Add {name}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/conference_session.py" line="293"/>
        <source>Marker {n} til stede</source>
        <translation>Mark {n} present</translation>
    </message>
    <message>
        <location filename="../../ui/shell/conference_session.py" line="295"/>
        <source>Marker {n} fraværende</source>
        <translation>Mark {n} absent</translation>
    </message>
    <message>
        <location filename="../../ui/shell/conference_session.py" line="277"/>
        <source>Fjern {name}</source>
        <translation>Remove {name}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/conference_session.py" line="279"/>
        <source>Fjern {n} deltakere</source>
        <translation>Remove {n} participants</translation>
    </message>
    <message>
        <location filename="../../ui/shell/conference_session.py" line="355"/>
        <source>Nye grupper for {kvadrant}. kvadrant</source>
        <translation>New groups for quadrant {kvadrant}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/conference_session.py" line="379"/>
        <location filename="../../ui/shell/conference_session.py" line="447"/>
        <source>Endre talerekkefølge</source>
        <translation>Change the speaking order</translation>
    </message>
    <message>
        <location filename="../../ui/shell/conference_session.py" line="391"/>
        <source>Endre ordstyrer og referent</source>
        <translation>Change the chair and note-taker</translation>
    </message>
    <message>
        <location filename="../../ui/shell/conference_session.py" line="397"/>
        <location filename="../../ui/shell/conference_session.py" line="406"/>
        <source>Lås {name}</source>
        <translation>Lock {name}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/conference_session.py" line="397"/>
        <location filename="../../ui/shell/conference_session.py" line="406"/>
        <source>Lås opp {name}</source>
        <translation>Unlock {name}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/conference_session.py" line="419"/>
        <source>Slå sammen grupper</source>
        <translation>Merge groups</translation>
    </message>
    <message>
        <location filename="../../ui/shell/conference_session.py" line="290"/>
        <source>Sjekk inn {name}</source>
        <translation>Check in {name}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/conference_session.py" line="290"/>
        <source>Marker {name} fraværende</source>
        <translation>Mark {name} absent</translation>
    </message>
    <message>
        <location filename="../../ui/shell/conference_session.py" line="307"/>
        <source>Sjekk inn {name} (fra telefonen)</source>
        <translation>Check in {name} (from the phone)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/conference_session.py" line="450"/>
        <source>Flytt {name} til gruppe {number}</source>
        <translation>Move {name} to group {number}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/conference_session.py" line="451"/>
        <source>Flytt {name} til bord {number}</source>
        <translation>Move {name} to table {number}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/conference_session.py" line="455"/>
        <source>Endre navn</source>
        <translation>Change name</translation>
    </message>
    <message>
        <location filename="../../ui/shell/conference_session.py" line="456"/>
        <source>Endre kommune</source>
        <translation>Change municipality</translation>
    </message>
    <message>
        <location filename="../../ui/shell/conference_session.py" line="457"/>
        <source>Endre rolle</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location filename="../../ui/shell/conference_session.py" line="458"/>
        <source>Endre kommunegruppe</source>
        <translation>Change municipality group</translation>
    </message>
    <message>
        <location filename="../../ui/shell/conference_session.py" line="459"/>
        <source>Endre e-post</source>
        <translation>Change email</translation>
    </message>
    <message>
        <location filename="../../ui/shell/conference_session.py" line="460"/>
        <source>Endre veileder for</source>
        <translation>Change advised municipalities</translation>
    </message>
    <message>
        <location filename="../../ui/shell/conference_session.py" line="463"/>
        <location filename="../../ui/shell/conference_session.py" line="464"/>
        <source>Endre deltaker</source>
        <translation>Change participant</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <location filename="../../ui/referater/conflict_view.py" line="141"/>
        <source>Denne PC-en</source>
        <extracomment>The text and key points (a list) of the version chosen.</extracomment>
        <translation>This laptop</translation>
    </message>
    <message>
        <location filename="../../ui/referater/conflict_view.py" line="141"/>
        <source>Telefonen</source>
        <translation>The phone</translation>
    </message>
    <message>
        <location filename="../../ui/referater/conflict_view.py" line="145"/>
        <source>Bruk denne</source>
        <translation>Use this one</translation>
    </message>
    <message>
        <location filename="../../ui/referater/conflict_view.py" line="146"/>
        <source>Behold min</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <location filename="../../ui/referater/conflict_view.py" line="146"/>
        <source>Bruk telefonens</source>
        <translation>Use the phone’s</translation>
    </message>
    <message>
        <location filename="../../ui/referater/conflict_view.py" line="151"/>
        <source>To versjoner av referatet – velg hvilken som skal gjelde</source>
        <translation>Two versions of the summary – choose which one counts</translation>
    </message>
    <message>
        <location filename="../../ui/referater/conflict_view.py" line="153"/>
        <source>({n} venter)</source>
        <translation>({n} waiting)</translation>
    </message>
    <message>
        <location filename="../../ui/referater/conflict_view.py" line="156"/>
        <source>Begge tekstene er lagret. Du kan også slå dem sammen i feltet under og lagre det.</source>
        <translation>Both texts are saved. You can also merge them in the field below and save that.</translation>
    </message>
    <message>
        <location filename="../../ui/referater/conflict_view.py" line="158"/>
        <source>Sett begge inn i feltet</source>
        <translation>Put both in the field</translation>
    </message>
    <message>
        <location filename="../../ui/referater/conflict_view.py" line="159"/>
        <source>Lagre sammenslått</source>
        <translation>Save the merge</translation>
    </message>
    <message>
        <location filename="../../ui/referater/conflict_view.py" line="166"/>
        <source>{n} ord</source>
        <translation>{n} words</translation>
    </message>
    <message>
        <location filename="../../ui/referater/conflict_view.py" line="168"/>
        <source>{source} · lagret {time} · {words}</source>
        <translation>{source} · saved {time} · {words}</translation>
    </message>
    <message>
        <location filename="../../ui/referater/conflict_view.py" line="176"/>
        <source>{source} · skrevet {time} · {words}</source>
        <translation>{source} · written {time} · {words}</translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="257"/>
        <source>◀  Tilbake</source>
        <translation>◀  Back</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="258"/>
        <source>Forrige blokk går videre (← eller PageUp)</source>
        <translation>The previous block runs on (← or PageUp)</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="259"/>
        <source>Neste  ▶</source>
        <translation>Next  ▶</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="260"/>
        <source>Avslutt blokken og start neste (→ eller PageDown)</source>
        <translation>End the block and start the next (→ or PageDown)</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="261"/>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="262"/>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="263"/>
        <source>Avslutt blokk</source>
        <translation>End block</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="264"/>
        <source>Avslutt blokken nå uten å starte neste</source>
        <translation>End the block now without starting the next</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="265"/>
        <source>Forskyv resten av dagen…</source>
        <translation>Shift the rest of the day…</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="266"/>
        <source>Start taleliste</source>
        <translation>Start speaker rotation</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="267"/>
        <source>Hopp over taler</source>
        <translation>Skip speaker</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="268"/>
        <source>Taletid:</source>
        <translation>Speaking time:</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="269"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="270"/>
        <source>Blank skjerm (B)</source>
        <translation>Blank screen (B)</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="271"/>
        <source>Svart projektor (B eller punktum)</source>
        <translation>Black projector (B or period)</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="272"/>
        <source>Taletid…</source>
        <translation>Speaking time…</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="273"/>
        <source>Hvor lang taletid hver fikk i gruppeblokkene, og hvem som ble hoppet over</source>
        <translation>How long each speaker had in the group blocks, and who was skipped</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="291"/>
        <source>NÅ</source>
        <translation>NOW</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="291"/>
        <source>NESTE</source>
        <translation>NEXT</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="292"/>
        <source>Dagen er ferdig</source>
        <translation>The day is over</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="308"/>
        <source>startet {time}</source>
        <translation>started {time}</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="318"/>
        <source>pause – klokka står</source>
        <translation>paused – the clock stands still</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="320"/>
        <source>på overtid</source>
        <translation>over time</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="322"/>
        <source>igjen – snart slutt</source>
        <translation>left – ending soon</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="324"/>
        <source>igjen</source>
        <translation>left</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="328"/>
        <source>til planlagt start</source>
        <translation>until the planned start</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="331"/>
        <location filename="../../ui/programme/control_panel.py" line="334"/>
        <source>klokka nå</source>
        <translation>time now</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="346"/>
        <source>pause</source>
        <translation>paused</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="360"/>
        <source>Neste: {time} {title}</source>
        <translation>Next: {time} {title}</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="370"/>
        <source>Konferansen er datert {date}; planen gjelder den dagen.</source>
        <translation>The conference is dated {date}; the plan is for that day.</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="372"/>
        <source>Dagen ligger {minutes} min etter planen</source>
        <translation>The day runs {minutes} min behind schedule</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="375"/>
        <source>Dagen ligger {minutes} min foran planen</source>
        <translation>The day runs {minutes} min ahead of schedule</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="377"/>
        <source>Dagen går etter planen</source>
        <translation>The day is on schedule</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="385"/>
        <source>▶  Start</source>
        <translation>▶  Start</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="386"/>
        <source>Start neste blokk (mellomrom)</source>
        <translation>Start the next block (Space)</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="388"/>
        <source>▶  Fortsett</source>
        <translation>▶  Resume</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="389"/>
        <source>Klokka går videre (mellomrom)</source>
        <translation>The clock runs on (Space)</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="391"/>
        <source>❚❚  Pause</source>
        <translation>❚❚  Pause</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="392"/>
        <source>Stopp klokka (mellomrom)</source>
        <translation>Stop the clock (Space)</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="406"/>
        <source>Fortsett tale</source>
        <translation>Resume speaker</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="406"/>
        <source>Pause tale</source>
        <translation>Pause speaker</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="424"/>
        <source>Skjul projektor</source>
        <translation>Hide projector</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="424"/>
        <source>Vis projektor</source>
        <translation>Show projector</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="425"/>
        <source>Projektor: {where}</source>
        <translation>Projector: {where}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/shell/conference_dialog.py" line="37"/>
        <source>Ikke bestemt ennå</source>
        <translation>Not decided yet</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <location filename="../../ui/shell/dialog_buttons.py" line="17"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EvaluationView</name>
    <message>
        <location filename="../../ui/evaluation/evaluation_view.py" line="106"/>
        <source>Spørreskjema</source>
        <extracomment>Tables the band does not read from: a write to these alone leaves it as it is.</extracomment>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_view.py" line="107"/>
        <source>Resultater</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_view.py" line="108"/>
        <source>Koding</source>
        <translation>Coding</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_view.py" line="136"/>
        <source>● Åpen på telefonene siden {time}</source>
        <translation>● Open on the phones since {time}</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_view.py" line="138"/>
        <source>● Åpen på telefonene</source>
        <translation>● Open on the phones</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_view.py" line="140"/>
        <source>Deltakerne svarer på deltakersiden de allerede har åpen.</source>
        <translation>The participants answer on the participant page they already have open.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_view.py" line="142"/>
        <source>Stengt</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_view.py" line="144"/>
        <source>Telefonene ser ikke spørreskjemaet før det åpnes.</source>
        <translation>The phones do not see the questionnaire until it is opened.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_view.py" line="146"/>
        <source>Lag spørreskjemaet først, så kan det åpnes på telefonene.</source>
        <translation>Make the questionnaire first; then it can be opened on the phones.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_view.py" line="149"/>
        <source>{n} av {present} har svart</source>
        <translation>{n} of {present} have answered</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_view.py" line="151"/>
        <source>{n} har svart</source>
        <translation>{n} have answered</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_view.py" line="159"/>
        <source>Steng evalueringen</source>
        <translation>Close the evaluation</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_view.py" line="159"/>
        <source>Åpne evalueringen</source>
        <translation>Open the evaluation</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_view.py" line="172"/>
        <source>Kunne ikke åpne evalueringen</source>
        <translation>Could not open the evaluation</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_view.py" line="175"/>
        <source>Evalueringen er åpen på telefonene.</source>
        <translation>The evaluation is open on the phones.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/evaluation_view.py" line="175"/>
        <source>Evalueringen er stengt.</source>
        <translation>The evaluation is closed.</translation>
    </message>
</context>
<context>
    <name>ExportView</name>
    <message>
        <location filename="../../ui/export/export_view.py" line="165"/>
        <source>PDF – referat fra konferansen</source>
        <translation>PDF – minutes of the conference</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="166"/>
        <source>Word (DOCX) – til videre redigering</source>
        <translation>Word (DOCX) – for further editing</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="167"/>
        <source>Excel (XLSX) – program, grupper, referater og deltakere</source>
        <translation>Excel (XLSX) – programme, groups, summaries and participants</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="168"/>
        <source>Notat per kommunegruppe (PDF, én fil per gruppe)</source>
        <translation>Note per municipality group (PDF, one file per group)</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="156"/>
        <source>Eksporter referat og evaluering</source>
        <extracomment>The evaluation&apos;s report and its every response, exported beside the minutes.</extracomment>
        <translation>Export the minutes and the evaluation</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="159"/>
        <source>Programmet slik det ble gjennomført, gruppene og alle referater. Notatene per kommunegruppe er oppgavearket for 4. kvadrant, som sendes veileder. Evalueringsrapporten har resultatene per spørsmål og funnet og sitatene per kategori.</source>
        <translation>The programme as it was run, the groups and every summary. The notes per municipality group are the task sheet for the 4th quadrant, sent to the advisor. The evaluation report has the results per question and the finding and quotes per category.</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="169"/>
        <source>Samlet per veileder (PDF: oversikt og arkene til gruppene de veileder)</source>
        <translation>Bundle per adviser (PDF: an overview and the sheets of the groups they advise)</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="170"/>
        <source>PDF – evalueringsrapport med resultater, funn og sitater</source>
        <translation>PDF – evaluation report with results, findings and quotes</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="171"/>
        <source>Excel (XLSX) – alle svar og de kodede kortene</source>
        <translation>Excel (XLSX) – every response and the coded cards</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="175"/>
        <source>Referat:</source>
        <translation>Minutes:</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="176"/>
        <source>Evaluering:</source>
        <translation>Evaluation:</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="177"/>
        <source>Språk:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="178"/>
        <source>Mappe:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="179"/>
        <source>Velg…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="180"/>
        <source>Eksporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="181"/>
        <source>Åpne mappe</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="202"/>
        <source>Konferansen har ikke noe spørreskjema ennå (se Evaluering).</source>
        <translation>The conference has no questionnaire yet (see Evaluation).</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="206"/>
        <source>Velg mappe for eksporten</source>
        <translation>Choose a folder for the export</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="249"/>
        <source>Eksporterer …</source>
        <translation>Exporting …</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="277"/>
        <source>Ferdig: {count} filer i {folder}</source>
        <translation>Done: {count} files in {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/export/export_view.py" line="285"/>
        <source>Eksporten stoppet.</source>
        <translation>The export stopped.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../ui/shell/formatting.py" line="47"/>
        <source>Etter konferansen</source>
        <extracomment>The four roles in the order the conference presents them.</extracomment>
        <translation>After the conference</translation>
    </message>
    <message>
        <location filename="../../ui/shell/formatting.py" line="51"/>
        <source>til {end}</source>
        <translation>until {end}</translation>
    </message>
</context>
<context>
    <name>FrontMatterForm</name>
    <message>
        <location filename="../../ui/export/front_matter_form.py" line="138"/>
        <source>Kommunenotatets frist er ikke satt: skriv inn datoen for veiledningsmøtet eller fristen.</source>
        <translation>The municipality note&apos;s deadline is not set: enter the date of the guidance meeting or the deadline.</translation>
    </message>
    <message>
        <location filename="../../ui/export/front_matter_form.py" line="140"/>
        <source>Kommunenotatets frist i arkene: {date}</source>
        <translation>The municipality note&apos;s deadline on the sheets: {date}</translation>
    </message>
    <message>
        <location filename="../../ui/export/front_matter_form.py" line="143"/>
        <source>Til referatet</source>
        <translation>For the minutes</translation>
    </message>
    <message>
        <location filename="../../ui/export/front_matter_form.py" line="144"/>
        <source>Arrangør:</source>
        <translation>Organiser:</translation>
    </message>
    <message>
        <location filename="../../ui/export/front_matter_form.py" line="145"/>
        <source>Sendes til:</source>
        <translation>Sent to:</translation>
    </message>
    <message>
        <location filename="../../ui/export/front_matter_form.py" line="146"/>
        <source>Hovedinntrykk:</source>
        <translation>Main impressions:</translation>
    </message>
    <message>
        <location filename="../../ui/export/front_matter_form.py" line="147"/>
        <source>Arrangørens hovedinntrykk fra dagen, først i referatet.</source>
        <translation>The organiser&apos;s main impressions of the day, first in the minutes.</translation>
    </message>
    <message>
        <location filename="../../ui/export/front_matter_form.py" line="148"/>
        <source>Veiledningsmøtet:</source>
        <translation>Guidance meeting:</translation>
    </message>
    <message>
        <location filename="../../ui/export/front_matter_form.py" line="149"/>
        <source>Møtet fristen for kommunenotatet regnes fra («senest 14 dager før …»).</source>
        <translation>The meeting the municipality note&apos;s deadline counts back from (“no later than 14 days before …”).</translation>
    </message>
    <message>
        <location filename="../../ui/export/front_matter_form.py" line="150"/>
        <source>Frist kommunenotat:</source>
        <translation>Municipality note due:</translation>
    </message>
    <message>
        <location filename="../../ui/export/front_matter_form.py" line="152"/>
        <source>ikke satt</source>
        <translation>not set</translation>
    </message>
</context>
<context>
    <name>GroupRoles</name>
    <message>
        <location filename="../../ui/groups/group_model.py" line="55"/>
        <source>eier</source>
        <extracomment>Our own mime type: a JSON list of {&quot;participant_id&quot;, &quot;group_id&quot;, &quot;kvadrant&quot;}. The whole :class:`Member`. The participant&apos;s id (int). True for the table&apos;s ordstyrer (chair). True for the table&apos;s referent (note-taker). The place in the speaking order, from 1. The short role tag shown on the row (&quot;leder&quot;), in the interface language.</extracomment>
        <translation>owner</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_model.py" line="56"/>
        <source>leder</source>
        <translation>leader</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_model.py" line="57"/>
        <source>lærer</source>
        <translation>teacher</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_model.py" line="58"/>
        <source>veileder</source>
        <translation>adviser</translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message>
        <location filename="../../ui/groups/group_model.py" line="185"/>
        <source>kommunegruppe {name}</source>
        <extracomment>A move the core refused; carries the :class:`KvadrantError`.</extracomment>
        <translation>municipality group {name}</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_model.py" line="187"/>
        <source>ordstyrer</source>
        <translation>chair</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_model.py" line="189"/>
        <source>referent</source>
        <translation>note-taker</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_model.py" line="191"/>
        <source>låst til bordet</source>
        <translation>locked to the table</translation>
    </message>
    <message>
        <location filename="../../ui/groups/group_model.py" line="193"/>
        <source>fraværende</source>
        <translation>absent</translation>
    </message>
</context>
<context>
    <name>GroupsView</name>
    <message>
        <location filename="../../ui/groups/plan_controls.py" line="105"/>
        <source>1. kvadrant</source>
        <extracomment>What the spin box allows: people per table, or tables.</extracomment>
        <translation>Quadrant 1</translation>
    </message>
    <message>
        <location filename="../../ui/groups/plan_controls.py" line="106"/>
        <source>4. kvadrant</source>
        <translation>Quadrant 4</translation>
    </message>
    <message>
        <location filename="../../ui/groups/plan_controls.py" line="108"/>
        <source>Møte med andres praksis: bord på tvers av kommuner</source>
        <translation>Meeting others&apos; practice: tables across municipalities</translation>
    </message>
    <message>
        <location filename="../../ui/groups/plan_controls.py" line="110"/>
        <source>Hver kommunegruppe sitter sammen</source>
        <translation>Each municipality group sits together</translation>
    </message>
    <message>
        <location filename="../../ui/groups/plan_controls.py" line="114"/>
        <source>Bordstørrelse</source>
        <translation>Table size</translation>
    </message>
    <message>
        <location filename="../../ui/groups/plan_controls.py" line="115"/>
        <source>Antall bord</source>
        <translation>Number of tables</translation>
    </message>
    <message>
        <location filename="../../ui/groups/plan_controls.py" line="119"/>
        <source>Etter rolle</source>
        <translation>By role</translation>
    </message>
    <message>
        <location filename="../../ui/groups/plan_controls.py" line="121"/>
        <source>Eiere, ledere og ressurslærere ved hvert sitt bord; veiledere spres</source>
        <translation>Owners, leaders and resource teachers at tables of their own; advisers spread out</translation>
    </message>
    <message>
        <location filename="../../ui/groups/plan_controls.py" line="124"/>
        <source>Hver kommunegruppe sitter sammen; veiledere hos kommunene de veileder.</source>
        <translation>Each municipality group sits together; advisers with the municipalities they advise.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/print_button.py" line="60"/>
        <source>Skriv ut</source>
        <extracomment>&quot;Lagret Bordkort 1. kvadrant.pdf.&quot; for the status bar. The PDFs are laid out off the GUI thread (a hundred cards take a moment). The same two, named for the main window&apos;s Fil menu.</extracomment>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/groups/print_button.py" line="61"/>
        <source>Bordkort (PDF)…</source>
        <translation>Table cards (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/print_button.py" line="62"/>
        <source>Finn ditt bord (PDF)…</source>
        <translation>Find your table (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/print_button.py" line="63"/>
        <source>Skriv ut &amp;bordkort…</source>
        <translation>Print &amp;table cards…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/print_button.py" line="64"/>
        <source>Skriv ut «&amp;Finn ditt bord»…</source>
        <translation>Print “&amp;Find your table”…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_view.py" line="119"/>
        <source>Innsjekking</source>
        <extracomment>A short confirmation for the status bar (&quot;Nytt forslag … Angre med Ctrl+Z.&quot;).</extracomment>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_view.py" line="120"/>
        <source>Vis listen for å sjekke inn dem som kommer</source>
        <translation>Show the list to check in those who arrive</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_view.py" line="121"/>
        <source>Tidligere konferanser…</source>
        <translation>Earlier conferences…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_view.py" line="123"/>
        <source>Konferansene i serien som nye bordplaner unngår gjentak fra, og kommuner med nytt navn</source>
        <translation>The conferences of the series whose tables new plans avoid repeating, and renamed municipalities</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_view.py" line="125"/>
        <location filename="../../ui/groups/print_button.py" line="149"/>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/groups/plan_controls.py" line="130"/>
        <source>Nytt forslag</source>
        <translation>New proposal</translation>
    </message>
    <message>
        <location filename="../../ui/groups/plan_controls.py" line="137"/>
        <source>Lag grupper</source>
        <translation>Make groups</translation>
    </message>
    <message>
        <location filename="../../ui/groups/plan_controls.py" line="132"/>
        <source>Lag et nytt forslag; låste personer og bord beholder plassene. Angre med Ctrl+Z.</source>
        <translation>Make a new proposal; locked people and tables keep their seats. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/plan_controls.py" line="138"/>
        <source>Lag bordplan for kvadranten</source>
        <translation>Make a table plan for the quadrant</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_view.py" line="134"/>
        <source>Ingen bordplan for 1. kvadrant ennå.
Velg bordstørrelse og trykk «Lag grupper».</source>
        <translation>No table plan for quadrant 1 yet.
Choose a table size and press “Make groups”.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_view.py" line="138"/>
        <source>Ingen kommunegrupper for 4. kvadrant ennå.
Trykk «Lag grupper».</source>
        <translation>No municipality groups for quadrant 4 yet.
Press “Make groups”.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/figures_panel.py" line="78"/>
        <source>Ingen grupper ennå for {kvadrant}. kvadrant.</source>
        <extracomment>At most this many plan warnings under the figures; the rest in the tooltip. Between two figures: where a line too long for a narrow window wraps.</extracomment>
        <translation>No groups yet for quadrant {kvadrant}.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/figures_panel.py" line="85"/>
        <source>{n} kommunegrupper à {sizes}</source>
        <translation>{n} municipality groups of {sizes}</translation>
    </message>
    <message>
        <location filename="../../ui/groups/figures_panel.py" line="88"/>
        <source>{n} med bare én deltaker</source>
        <translation>{n} with only one participant</translation>
    </message>
    <message>
        <location filename="../../ui/groups/figures_panel.py" line="94"/>
        <source>{n} bord à {sizes}</source>
        <translation>{n} tables of {sizes}</translation>
    </message>
    <message>
        <location filename="../../ui/groups/figures_panel.py" line="101"/>
        <source>samme kommune ved bord: {pairs} (minimum {minimum})</source>
        <translation>same municipality at a table: {pairs} (minimum {minimum})</translation>
    </message>
    <message>
        <location filename="../../ui/groups/figures_panel.py" line="126"/>
        <source>gjentatte par: {n}</source>
        <translation>repeated pairs: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/groups/figures_panel.py" line="110"/>
        <source>roller utenfor: {n}</source>
        <translation>roles outside: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/groups/figures_panel.py" line="115"/>
        <source>veiledere per bord: {range}</source>
        <translation>advisers per table: {range}</translation>
    </message>
    <message>
        <location filename="../../ui/groups/figures_panel.py" line="128"/>
        <source>{n} par har møtt hverandre før (av 1 tidligere konferanse)</source>
        <translation>{n} pairs have met before (of 1 earlier conference)</translation>
    </message>
    <message>
        <location filename="../../ui/groups/figures_panel.py" line="130"/>
        <source>{n} par har møtt hverandre før (av {files} tidligere konferanser)</source>
        <translation>{n} pairs have met before (of {files} earlier conferences)</translation>
    </message>
    <message>
        <location filename="../../ui/groups/figures_panel.py" line="150"/>
        <source>… og {n} til</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_view.py" line="231"/>
        <source>Kunne ikke lage grupper</source>
        <translation>Could not make the groups</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_view.py" line="234"/>
        <source>{n} kommunegrupper</source>
        <translation>{n} municipality groups</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_view.py" line="236"/>
        <source>{n} bord</source>
        <translation>{n} tables</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_view.py" line="238"/>
        <source>Nytt forslag for {kvadrant}. kvadrant: {made}. Angre med Ctrl+Z.</source>
        <translation>New proposal for quadrant {kvadrant}: {made}. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_view.py" line="240"/>
        <source>Grupper for {kvadrant}. kvadrant: {made}. Angre med Ctrl+Z.</source>
        <translation>Groups for quadrant {kvadrant}: {made}. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/plan_editor.py" line="132"/>
        <source>Slå sammen {source} med {target}</source>
        <extracomment>A short confirmation for the status bar (&quot;Vardø sitter nå sammen med Tromsø. …&quot;).</extracomment>
        <translation>Merge {source} with {target}</translation>
    </message>
    <message>
        <location filename="../../ui/groups/plan_editor.py" line="136"/>
        <source>{source} sitter nå sammen med {target}. Angre med Ctrl+Z.</source>
        <translation>{source} now sits with {target}. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/plan_editor.py" line="153"/>
        <source>Endringen ble ikke lagret</source>
        <translation>The change was not saved</translation>
    </message>
    <message>
        <location filename="../../ui/groups/plan_editor.py" line="166"/>
        <source>Lås opp plassen</source>
        <translation>Unlock the seat</translation>
    </message>
    <message>
        <location filename="../../ui/groups/plan_editor.py" line="168"/>
        <source>Lås plassen</source>
        <translation>Lock the seat</translation>
    </message>
    <message>
        <location filename="../../ui/groups/plan_editor.py" line="171"/>
        <source>Hele bordet er låst</source>
        <translation>The whole table is locked</translation>
    </message>
    <message>
        <location filename="../../ui/groups/plan_editor.py" line="175"/>
        <source>Ordstyrer</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../ui/groups/plan_editor.py" line="179"/>
        <source>Referent</source>
        <translation>Note-taker</translation>
    </message>
    <message>
        <location filename="../../ui/groups/plan_editor.py" line="184"/>
        <source>Flytt opp i talerekkefølgen</source>
        <translation>Move up the speaking order</translation>
    </message>
    <message>
        <location filename="../../ui/groups/plan_editor.py" line="188"/>
        <source>Flytt ned i talerekkefølgen</source>
        <translation>Move down the speaking order</translation>
    </message>
    <message>
        <location filename="../../ui/groups/plan_editor.py" line="193"/>
        <source>Flytt til gruppe</source>
        <translation>Move to group</translation>
    </message>
    <message>
        <location filename="../../ui/groups/plan_editor.py" line="195"/>
        <source>Flytt til bord</source>
        <translation>Move to table</translation>
    </message>
    <message>
        <location filename="../../ui/groups/plan_editor.py" line="207"/>
        <source>Marker fraværende</source>
        <translation>Mark absent</translation>
    </message>
    <message>
        <location filename="../../ui/groups/plan_editor.py" line="209"/>
        <source>Sjekk inn</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../../ui/groups/plan_editor.py" line="216"/>
        <location filename="../../ui/groups/plan_editor.py" line="230"/>
        <source>Slå sammen med…</source>
        <translation>Merge with…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/plan_editor.py" line="224"/>
        <source>Lås opp bordet</source>
        <translation>Unlock the table</translation>
    </message>
    <message>
        <location filename="../../ui/groups/plan_editor.py" line="226"/>
        <source>Lås bordet</source>
        <translation>Lock the table</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_view.py" line="126"/>
        <source>Angre</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_view.py" line="289"/>
        <source>{name} ({municipality}) sjekket inn {time}</source>
        <translation>{name} ({municipality}) checked in at {time}</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_view.py" line="295"/>
        <source>{name} meldt fraværende {time}.</source>
        <translation>{name} marked absent at {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_view.py" line="304"/>
        <source>{kvadrant}. kvadrant: {moves}.</source>
        <translation>Quadrant {kvadrant}: {moves}.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_view.py" line="306"/>
        <source>Ingen andre ble flyttet.</source>
        <translation>Nobody else was moved.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_view.py" line="325"/>
        <source>gruppe {number}</source>
        <translation>group {number}</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_view.py" line="326"/>
        <source>bord {number}</source>
        <translation>table {number}</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_view.py" line="329"/>
        <source>{name} → {place}</source>
        <translation>{name} → {place}</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_view.py" line="331"/>
        <source>{name} tatt ut av {place}</source>
        <translation>{name} taken off {place}</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_view.py" line="332"/>
        <source>{name} flyttet fra {old} til {new}</source>
        <translation>{name} moved from {old} to {new}</translation>
    </message>
    <message>
        <location filename="../../ui/groups/print_button.py" line="97"/>
        <source>Lagre bordkort</source>
        <translation>Save table cards</translation>
    </message>
    <message>
        <location filename="../../ui/groups/print_button.py" line="98"/>
        <source>Bordkort {kvadrant}. kvadrant.pdf</source>
        <translation>Table cards quadrant {kvadrant}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/groups/print_button.py" line="100"/>
        <source>Lagre «Finn ditt bord»</source>
        <translation>Save “Find your table”</translation>
    </message>
    <message>
        <location filename="../../ui/groups/print_button.py" line="101"/>
        <source>Finn ditt bord {kvadrant}. kvadrant.pdf</source>
        <translation>Find your table quadrant {kvadrant}.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/groups/print_button.py" line="107"/>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/groups/print_button.py" line="136"/>
        <source>Kunne ikke lage PDF-en</source>
        <translation>Could not make the PDF</translation>
    </message>
    <message>
        <location filename="../../ui/groups/print_button.py" line="142"/>
        <source>Lagret {name}.</source>
        <translation>Saved {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/print_button.py" line="146"/>
        <source>{name} er lagret.</source>
        <translation>{name} has been saved.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/print_button.py" line="148"/>
        <source>Åpne PDF-en</source>
        <translation>Open the PDF</translation>
    </message>
    <message>
        <location filename="../../ui/groups/groups_view.py" line="350"/>
        <source>{move}. Angre med Ctrl+Z.</source>
        <translation>{move}. Undo with Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/groups/history_dialog.py" line="61"/>
        <source>Tidligere konferanser</source>
        <extracomment>The columns of the list of earlier conferences.</extracomment>
        <translation>Earlier conferences</translation>
    </message>
    <message>
        <location filename="../../ui/groups/history_dialog.py" line="65"/>
        <source>Nye bordplaner for 1. kvadrant unngår at de som har sittet sammen på disse konferansene, sitter sammen igjen. Folk kjennes igjen på navn og kommune.</source>
        <translation>New table plans for Quadrant 1 avoid seating together again those who sat together at these conferences. People are recognised by name and municipality.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/history_dialog.py" line="74"/>
        <source>Konferanse</source>
        <translation>Conference</translation>
    </message>
    <message>
        <location filename="../../ui/groups/history_dialog.py" line="74"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/groups/history_dialog.py" line="74"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/groups/history_dialog.py" line="74"/>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/groups/history_dialog.py" line="81"/>
        <source>Ingen tidligere konferanser ennå. Trykk «Legg til…» for å velge en fil.</source>
        <translation>No earlier conferences yet. Press “Add…” to choose a file.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/history_dialog.py" line="84"/>
        <source>Legg til…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/history_dialog.py" line="85"/>
        <source>Velg en tidligere konferansefil (*.kvadrant)</source>
        <translation>Choose an earlier conference file (*.kvadrant)</translation>
    </message>
    <message>
        <location filename="../../ui/groups/history_dialog.py" line="86"/>
        <source>Finn igjen…</source>
        <translation>Find again…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/history_dialog.py" line="87"/>
        <source>Si hvor en flyttet fil ligger nå</source>
        <translation>Say where a moved file is now</translation>
    </message>
    <message>
        <location filename="../../ui/groups/history_dialog.py" line="88"/>
        <location filename="../../ui/groups/history_dialog.py" line="113"/>
        <location filename="../../ui/groups/history_dialog.py" line="247"/>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/groups/history_dialog.py" line="89"/>
        <source>Ikke bruk denne konferansen mer</source>
        <translation>Stop using this conference</translation>
    </message>
    <message>
        <location filename="../../ui/groups/history_dialog.py" line="95"/>
        <source>Konferanser i serien</source>
        <translation>Conferences in the series</translation>
    </message>
    <message>
        <location filename="../../ui/groups/history_dialog.py" line="103"/>
        <source>Kommuner som er slått sammen eller har fått nytt navn siden en tidligere konferanse.</source>
        <translation>Municipalities merged or renamed since an earlier conference.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/history_dialog.py" line="109"/>
        <source>Gammelt navn, f.eks. Førde</source>
        <translation>Old name, e.g. Førde</translation>
    </message>
    <message>
        <location filename="../../ui/groups/history_dialog.py" line="111"/>
        <source>Nytt navn, f.eks. Sunnfjord</source>
        <translation>New name, e.g. Sunnfjord</translation>
    </message>
    <message>
        <location filename="../../ui/groups/history_dialog.py" line="112"/>
        <source>Legg til</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/groups/history_dialog.py" line="121"/>
        <location filename="../../ui/groups/history_dialog.py" line="288"/>
        <source>Kommuner med nytt navn</source>
        <translation>Renamed municipalities</translation>
    </message>
    <message>
        <location filename="../../ui/groups/history_dialog.py" line="128"/>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/groups/history_dialog.py" line="169"/>
        <source>Sist funnet her: {path}</source>
        <translation>Last found here: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/groups/history_dialog.py" line="186"/>
        <source>Funnet</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../../ui/groups/history_dialog.py" line="186"/>
        <source>Finner ikke filen</source>
        <translation>File not found</translation>
    </message>
    <message>
        <location filename="../../ui/groups/history_dialog.py" line="222"/>
        <source>Kvadrant-konferanser (*.kvadrant);;Alle filer (*)</source>
        <translation>Kvadrant conferences (*.kvadrant);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/groups/history_dialog.py" line="227"/>
        <source>Legg til en tidligere konferanse</source>
        <translation>Add an earlier conference</translation>
    </message>
    <message>
        <location filename="../../ui/groups/history_dialog.py" line="233"/>
        <location filename="../../ui/groups/history_dialog.py" line="278"/>
        <source>Kan ikke bruke filen</source>
        <translation>Cannot use the file</translation>
    </message>
    <message>
        <location filename="../../ui/groups/history_dialog.py" line="244"/>
        <source>Fjern tidligere konferanse</source>
        <translation>Remove earlier conference</translation>
    </message>
    <message>
        <location filename="../../ui/groups/history_dialog.py" line="245"/>
        <source>Ta «{title}» ut av de tidligere konferansene?</source>
        <translation>Take “{title}” out of the earlier conferences?</translation>
    </message>
    <message>
        <location filename="../../ui/groups/history_dialog.py" line="246"/>
        <source>Nye bordplaner tar da ikke hensyn til hvem som satt sammen der. Filen slettes ikke.</source>
        <translation>New table plans will then not consider who sat together there. The file is not deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/history_dialog.py" line="271"/>
        <source>Hvor ligger «{title}» nå?</source>
        <translation>Where is “{title}” now?</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/participants/import_dialog.py" line="76"/>
        <source>Deltakerlister (*.csv *.xlsx *.xlsm *.txt);;Alle filer (*)</source>
        <translation>Rosters (*.csv *.xlsx *.xlsm *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/participants/import_dialog.py" line="87"/>
        <source>Velg deltakerliste</source>
        <translation>Choose a roster</translation>
    </message>
    <message>
        <location filename="../../ui/participants/import_dialog.py" line="189"/>
        <source>Importer deltakerliste</source>
        <translation>Import roster</translation>
    </message>
    <message>
        <location filename="../../ui/participants/import_dialog.py" line="196"/>
        <source>Velg fil…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/participants/import_dialog.py" line="211"/>
        <source>Kolonner i filen</source>
        <translation>Columns in the file</translation>
    </message>
    <message>
        <location filename="../../ui/participants/import_dialog.py" line="224"/>
        <source>Forhåndsvisning</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/participants/import_dialog.py" line="264"/>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/participants/import_dialog.py" line="294"/>
        <source>Fil: {path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/participants/import_dialog.py" line="313"/>
        <source>Ingen fil valgt.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <location filename="../../ui/participants/import_dialog.py" line="338"/>
        <source>Overskriftene står på linje {line}. Velg hva hver kolonne inneholder.</source>
        <translation>The headers are on line {line}. Choose what each column holds.</translation>
    </message>
    <message>
        <location filename="../../ui/participants/import_dialog.py" line="344"/>
        <source>Inneholder</source>
        <translation>Holds</translation>
    </message>
    <message>
        <location filename="../../ui/participants/import_dialog.py" line="344"/>
        <source>Kolonne i filen</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../ui/participants/import_dialog.py" line="351"/>
        <source>(uten overskrift)</source>
        <translation>(no header)</translation>
    </message>
    <message>
        <location filename="../../ui/participants/import_dialog.py" line="363"/>
        <source>Ignorer</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location filename="../../ui/participants/import_dialog.py" line="412"/>
        <source>Navn (eller Fornavn og Etternavn)</source>
        <translation>Name (or First name and Last name)</translation>
    </message>
    <message>
        <location filename="../../ui/participants/import_dialog.py" line="415"/>
        <source>{first} og {last}</source>
        <translation>{first} and {last}</translation>
    </message>
    <message>
        <location filename="../../ui/participants/import_dialog.py" line="418"/>
        <source>Velg hvilken kolonne som er {fields} for å kunne importere.</source>
        <translation>Choose which column is {fields} to be able to import.</translation>
    </message>
    <message>
        <location filename="../../ui/participants/import_dialog.py" line="436"/>
        <source>Ingenting å importere ennå.</source>
        <translation>Nothing to import yet.</translation>
    </message>
    <message>
        <location filename="../../ui/participants/import_dialog.py" line="450"/>
        <source>Ingen merknader.</source>
        <translation>No remarks.</translation>
    </message>
    <message>
        <location filename="../../ui/participants/import_dialog.py" line="450"/>
        <source>Merknader ({n}):</source>
        <translation>Remarks ({n}):</translation>
    </message>
    <message>
        <location filename="../../ui/participants/import_dialog.py" line="456"/>
        <source>{new} nye · {updated} oppdateres · {skipped} hoppes over</source>
        <translation>{new} new · {updated} to update · {skipped} skipped</translation>
    </message>
    <message>
        <location filename="../../ui/participants/import_dialog.py" line="461"/>
        <source>Ingenting skrives før du trykker Importer. Oppmøte endres ikke for dem som finnes fra før.</source>
        <translation>Nothing is written until you press Import. Attendance is not changed for people already in the file.</translation>
    </message>
    <message>
        <location filename="../../ui/participants/import_dialog.py" line="485"/>
        <source>Importen ble ikke lagret</source>
        <translation>The import was not saved</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../ui/participants/import_dialog.py" line="66"/>
        <source>Navn</source>
        <extracomment>The fields in the order the column pickers offer them, with their labels.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/participants/import_dialog.py" line="67"/>
        <source>Fornavn</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/participants/import_dialog.py" line="68"/>
        <source>Etternavn</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../ui/participants/import_dialog.py" line="69"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../ui/participants/import_dialog.py" line="70"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/participants/import_dialog.py" line="71"/>
        <source>Kommunegruppe</source>
        <translation>Municipality group</translation>
    </message>
    <message>
        <location filename="../../ui/participants/import_dialog.py" line="72"/>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/participants/import_dialog.py" line="73"/>
        <source>Veileder for</source>
        <translation>Advises</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../ui/participants/import_dialog.py" line="132"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/participants/import_dialog.py" line="133"/>
        <source>Linje</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/participants/import_dialog.py" line="134"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/participants/import_dialog.py" line="135"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../ui/participants/import_dialog.py" line="136"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/participants/import_dialog.py" line="137"/>
        <source>Kommunegruppe</source>
        <translation>Municipality group</translation>
    </message>
    <message>
        <location filename="../../ui/participants/import_dialog.py" line="138"/>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/participants/import_dialog.py" line="139"/>
        <source>Veileder for</source>
        <translation>Advises</translation>
    </message>
    <message>
        <location filename="../../ui/participants/import_dialog.py" line="150"/>
        <source>Ny</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/participants/import_dialog.py" line="150"/>
        <source>Oppdateres</source>
        <translation>Update</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../ui/shell/i18n.py" line="33"/>
        <source>nb</source>
        <comment>The code of this translation&apos;s language, e.g. en</comment>
        <extracomment>The languages the interface offers, by code, with their names in their own language (not translated: a person looks for the name of their own language).</extracomment>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/main_window.py" line="53"/>
        <source>Program</source>
        <extracomment>The sections in the navigation list: key and bokmål name.</extracomment>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="54"/>
        <source>Deltakere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="55"/>
        <source>Grupper</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="56"/>
        <source>Referater</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="57"/>
        <source>Plenum</source>
        <translation>Plenary</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="58"/>
        <source>Evaluering</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="59"/>
        <source>Eksport</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="64"/>
        <source>Kvadrant-konferanser (*.kvadrant);;Alle filer (*)</source>
        <translation>Kvadrant conferences (*.kvadrant);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="284"/>
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="285"/>
        <source>&amp;Ny konferanse…</source>
        <translation>&amp;New conference…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="286"/>
        <source>Ny konferanse f&amp;ra denne…</source>
        <translation>New conference f&amp;rom this one…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="287"/>
        <source>&amp;Åpne…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="288"/>
        <source>Nylige &amp;filer</source>
        <translation>Recent &amp;files</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="289"/>
        <source>Åpne &amp;demo</source>
        <translation>Open &amp;demo</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="290"/>
        <source>&amp;Importer deltakerliste…</source>
        <translation>&amp;Import roster…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="291"/>
        <source>&amp;Lukk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="292"/>
        <source>&amp;Avslutt</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="293"/>
        <source>&amp;Rediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="294"/>
        <source>&amp;Konferanse…</source>
        <translation>&amp;Conference…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="295"/>
        <source>&amp;Innstillinger</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="296"/>
        <source>&amp;Språk</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="311"/>
        <source>&amp;Angre {what}</source>
        <translation>&amp;Undo {what}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="311"/>
        <source>&amp;Angre</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="314"/>
        <source>&amp;Gjør om {what}</source>
        <translation>&amp;Redo {what}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="314"/>
        <source>&amp;Gjør om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="326"/>
        <source>Kvadrant</source>
        <translation>Kvadrant</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="332"/>
        <source>(uten tittel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="344"/>
        <source>Ingen nylige filer</source>
        <translation>No recent files</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="348"/>
        <source>Tøm listen</source>
        <translation>Clear the list</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="363"/>
        <source>Kunne ikke åpne {name}.</source>
        <translation>Could not open {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="365"/>
        <source>Kunne ikke åpne filen</source>
        <translation>Could not open the file</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="375"/>
        <source>Åpne konferanse</source>
        <translation>Open conference</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="385"/>
        <source>Konferansen er opprettet.</source>
        <translation>The conference has been created.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="389"/>
        <source>Den nye konferansen er laget og åpnet.</source>
        <translation>The new conference is made and open.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="395"/>
        <source>Kunne ikke lage demokonferansen</source>
        <translation>Could not create the demo conference</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="397"/>
        <source>Demokonferansen er laget som en ny fil; endringer her rører ikke noe annet.</source>
        <translation>The demo conference was created as a new file; changes here touch nothing else.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="411"/>
        <source>Importert: {new} nye, {updated} oppdatert.</source>
        <translation>Imported: {new} new, {updated} updated.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="469"/>
        <source>✓ Lagret kl. {time}</source>
        <translation>✓ Saved at {time}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="472"/>
        <source>Kunne ikke angre</source>
        <translation>Could not undo</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/groups/merge_dialog.py" line="20"/>
        <source>Slå sammen grupper</source>
        <translation>Merge groups</translation>
    </message>
    <message>
        <location filename="../../ui/groups/merge_dialog.py" line="21"/>
        <location filename="../../ui/groups/merge_dialog.py" line="31"/>
        <source>gruppe {number}</source>
        <translation>group {number}</translation>
    </message>
    <message>
        <location filename="../../ui/groups/merge_dialog.py" line="22"/>
        <source>Hvilken gruppe skal {name} sitte sammen med?</source>
        <translation>Which group should {name} sit with?</translation>
    </message>
    <message>
        <location filename="../../ui/groups/merge_dialog.py" line="30"/>
        <source>{name} (gruppe {number}, {n} personer)</source>
        <translation>{name} (group {number}, {n} people)</translation>
    </message>
    <message>
        <location filename="../../ui/groups/merge_dialog.py" line="38"/>
        <source>Slå sammen</source>
        <translation>Merge</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/shell/messages.py" line="34"/>
        <source>Kvadrant</source>
        <translation>Kvadrant</translation>
    </message>
    <message>
        <location filename="../../ui/shell/messages.py" line="37"/>
        <location filename="../../ui/shell/messages.py" line="107"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/shell/messages.py" line="59"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/shell/messages.py" line="96"/>
        <source>Uventet feil</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ui/shell/messages.py" line="97"/>
        <source>Det oppstod en uventet feil i Kvadrant.</source>
        <translation>An unexpected error occurred in Kvadrant.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/messages.py" line="99"/>
        <source>Det som allerede er lagret, er trygt. Prøv igjen; hvis feilen kommer tilbake, send gjerne detaljene under til den som drifter Kvadrant.</source>
        <translation>What has been saved already is safe. Try again; if the error comes back, please send the details below to whoever looks after Kvadrant.</translation>
    </message>
</context>
<context>
    <name>NewConferenceDialog</name>
    <message>
        <location filename="../../ui/shell/new_conference_dialog.py" line="48"/>
        <source>Ny konferanse</source>
        <extracomment>Creates the file: (path, title=, date=, venue=, template=) -&gt; None; raises KvadrantError.</extracomment>
        <translation>New conference</translation>
    </message>
    <message>
        <location filename="../../ui/shell/new_conference_dialog.py" line="52"/>
        <source>f.eks. Dialogkonferanse 3</source>
        <translation>e.g. Dialogue conference 3</translation>
    </message>
    <message>
        <location filename="../../ui/shell/new_conference_dialog.py" line="55"/>
        <source>f.eks. Park Inn, Gardermoen</source>
        <translation>e.g. Park Inn, Gardermoen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/new_conference_dialog.py" line="57"/>
        <source>Gardermoen 2020 (fire kvadranter, pauser og lunsj)</source>
        <translation>Gardermoen 2020 (four quadrants, breaks and lunch)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/new_conference_dialog.py" line="58"/>
        <source>Tomt program</source>
        <translation>Empty programme</translation>
    </message>
    <message>
        <location filename="../../ui/shell/new_conference_dialog.py" line="64"/>
        <source>&amp;Tittel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/new_conference_dialog.py" line="65"/>
        <source>&amp;Dato:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/new_conference_dialog.py" line="66"/>
        <source>&amp;Sted:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/new_conference_dialog.py" line="67"/>
        <source>&amp;Program:</source>
        <translation>&amp;Programme:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/new_conference_dialog.py" line="68"/>
        <source>&amp;Lagres i:</source>
        <translation>&amp;Save to:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/new_conference_dialog.py" line="72"/>
        <source>Alt lagres fortløpende i denne filen. Programmet kan endres senere.</source>
        <translation>Everything is saved to this file as you go. The programme can be changed later.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/new_conference_dialog.py" line="76"/>
        <source>Opprett</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../ui/shell/new_conference_dialog.py" line="59"/>
        <source>Lagre konferansen som</source>
        <translation>Save the conference as</translation>
    </message>
    <message>
        <location filename="../../ui/shell/new_conference_dialog.py" line="110"/>
        <source>Kunne ikke opprette konferansen</source>
        <translation>Could not create the conference</translation>
    </message>
</context>
<context>
    <name>NextDayDialog</name>
    <message>
        <location filename="../../ui/shell/next_day_dialog.py" line="37"/>
        <source>Ny konferanse fra denne</source>
        <translation>New conference from this one</translation>
    </message>
    <message>
        <location filename="../../ui/shell/next_day_dialog.py" line="43"/>
        <source>Ta med deltakerlisten</source>
        <translation>Bring the participant list</translation>
    </message>
    <message>
        <location filename="../../ui/shell/next_day_dialog.py" line="48"/>
        <source>&amp;Dato:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/next_day_dialog.py" line="49"/>
        <source>&amp;Lagres i:</source>
        <translation>&amp;Save to:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/next_day_dialog.py" line="56"/>
        <source>Programmet, oppgavetekstene og innstillingene blir med. Gruppeinndelinger, referater og evaluering blir ikke med. «{name}» blir en tidligere konferanse i den nye, så nye grupper unngår å sette sammen dem som har møttes før.</source>
        <translation>The programme, task texts and settings come along. Groups, summaries and the evaluation do not. “{name}” becomes an earlier conference of the new one, so new groups avoid seating together those who have met before.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/next_day_dialog.py" line="65"/>
        <source>Opprett og åpne</source>
        <translation>Create and open</translation>
    </message>
    <message>
        <location filename="../../ui/shell/next_day_dialog.py" line="41"/>
        <source>Lagre den nye konferansen som</source>
        <translation>Save the new conference as</translation>
    </message>
    <message>
        <location filename="../../ui/shell/next_day_dialog.py" line="102"/>
        <source>Velg et annet filnavn</source>
        <translation>Choose another file name</translation>
    </message>
    <message>
        <location filename="../../ui/shell/next_day_dialog.py" line="105"/>
        <source>Velg en annen mappe</source>
        <translation>Choose another folder</translation>
    </message>
    <message>
        <location filename="../../ui/shell/next_day_dialog.py" line="130"/>
        <source>Kunne ikke lage den nye konferansen</source>
        <translation>Could not make the new conference</translation>
    </message>
</context>
<context>
    <name>PaperEntry</name>
    <message>
        <location filename="../../ui/evaluation/paper_entry.py" line="58"/>
        <source>Ingen papirskjemaer er lagt inn.</source>
        <translation>No paper forms typed in.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/paper_entry.py" line="60"/>
        <source>1 papirskjema er lagt inn.</source>
        <translation>1 paper form typed in.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/paper_entry.py" line="61"/>
        <source>{n} papirskjemaer er lagt inn.</source>
        <translation>{n} paper forms typed in.</translation>
    </message>
</context>
<context>
    <name>PaperEntryDialog</name>
    <message>
        <location filename="../../ui/evaluation/paper_entry.py" line="171"/>
        <source>Legg inn papirsvar</source>
        <translation>Type in paper answers</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/paper_entry.py" line="183"/>
        <location filename="../../ui/evaluation/paper_entry.py" line="282"/>
        <source>Nytt skjema</source>
        <translation>New form</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/paper_entry.py" line="185"/>
        <source>Fjern skjemaet…</source>
        <translation>Remove the form…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/paper_entry.py" line="211"/>
        <source>Tøm skjemaet</source>
        <translation>Clear the form</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/paper_entry.py" line="217"/>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/paper_entry.py" line="246"/>
        <source>Skjema {number} · {n} svar</source>
        <translation>Form {number} · {n} answers</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/paper_entry.py" line="268"/>
        <source>Retter skjema {number}</source>
        <translation>Correcting form {number}</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/paper_entry.py" line="269"/>
        <source>Lagre rettelsen</source>
        <translation>Save the correction</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/paper_entry.py" line="283"/>
        <source>Lagre skjemaet</source>
        <translation>Save the form</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/paper_entry.py" line="303"/>
        <source>Skjemaet er ikke lagret</source>
        <translation>The form is not saved</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/paper_entry.py" line="304"/>
        <source>Det du har fylt inn i skjemaet, er ikke lagret.</source>
        <translation>What you filled in on the form is not saved.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/paper_entry.py" line="305"/>
        <source>Forkast det</source>
        <translation>Discard it</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/paper_entry.py" line="306"/>
        <source>Fortsett å fylle inn</source>
        <translation>Go on filling in</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/paper_entry.py" line="320"/>
        <source>Kunne ikke lagre skjemaet</source>
        <translation>Could not save the form</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/paper_entry.py" line="322"/>
        <source>Skjemaet er tomt. Fyll inn minst ett svar.</source>
        <translation>The form is empty. Fill in at least one answer.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/paper_entry.py" line="341"/>
        <source>Skjema {number} er rettet.</source>
        <translation>Form {number} is corrected.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/paper_entry.py" line="341"/>
        <source>Skjema {number} er lagret.</source>
        <translation>Form {number} is saved.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/paper_entry.py" line="351"/>
        <source>Fjerne skjemaet?</source>
        <translation>Remove the form?</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/paper_entry.py" line="352"/>
        <source>Skjema {number} og svarene på det fjernes.</source>
        <translation>Form {number} and its answers are removed.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/paper_entry.py" line="353"/>
        <source>Kortene fra skjemaets åpne svar forsvinner fra kodetavlen. Dette kan ikke angres.</source>
        <translation>The cards of the form&apos;s open answers leave the coding board. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/paper_entry.py" line="354"/>
        <source>Fjern skjemaet</source>
        <translation>Remove the form</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/paper_entry.py" line="365"/>
        <source>Skjemaet er fjernet.</source>
        <translation>The form is removed.</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <location filename="../../ui/participants/participant_model.py" line="156"/>
        <source>Kryss av for dem som har kommet</source>
        <extracomment>The participant&apos;s id (int). The whole :class:`ParticipantRow`. What the column sorts by: text, or 0/1 for presence. The participant field each editable text column shows. An edit the core refused; carries the :class:`KvadrantError`.</extracomment>
        <translation>Tick those who have arrived</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participant_model.py" line="161"/>
        <location filename="../../ui/participants/participant_model.py" line="205"/>
        <source>Til stede</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participant_model.py" line="163"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participant_model.py" line="165"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participant_model.py" line="167"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participant_model.py" line="169"/>
        <source>Kommunegruppe</source>
        <translation>Municipality group</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participant_model.py" line="170"/>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participant_model.py" line="205"/>
        <source>Fraværende</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participant_model.py" line="207"/>
        <source>Veileder for: {municipalities}</source>
        <translation>Advises: {municipalities}</translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <location filename="../../ui/participants/participants_view.py" line="166"/>
        <source>Søk i navn, kommune, rolle, e-post …</source>
        <extracomment>A short confirmation for the status bar (&quot;3 markert til stede&quot;).</extracomment>
        <translation>Search name, municipality, role, email …</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participants_view.py" line="167"/>
        <source>&amp;Vis:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participants_view.py" line="168"/>
        <source>R&amp;olle:</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participants_view.py" line="169"/>
        <source>Legg til deltaker…</source>
        <translation>Add participant…</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participants_view.py" line="170"/>
        <source>Marker til stede</source>
        <translation>Mark present</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participants_view.py" line="171"/>
        <source>Marker fraværende</source>
        <translation>Mark absent</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participants_view.py" line="172"/>
        <source>Fjern…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participants_view.py" line="176"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participants_view.py" line="177"/>
        <source>Til stede</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participants_view.py" line="178"/>
        <source>Fraværende</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participants_view.py" line="181"/>
        <source>Alle roller</source>
        <translation>All roles</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participants_view.py" line="183"/>
        <source>Andre roller</source>
        <translation>Other roles</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participants_view.py" line="217"/>
        <source>1 deltaker</source>
        <translation>1 participant</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participants_view.py" line="217"/>
        <source>{n} deltakere</source>
        <translation>{n} participants</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participants_view.py" line="218"/>
        <source>{n} til stede</source>
        <translation>{n} present</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participants_view.py" line="219"/>
        <source>1 kommune</source>
        <translation>1 municipality</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participants_view.py" line="220"/>
        <source>{n} kommuner</source>
        <translation>{n} municipalities</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participants_view.py" line="221"/>
        <source>1 veileder</source>
        <translation>1 adviser</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participants_view.py" line="222"/>
        <source>{n} veiledere</source>
        <translation>{n} advisers</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participants_view.py" line="225"/>
        <source>{n} vises</source>
        <translation>{n} shown</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participants_view.py" line="273"/>
        <source>Deltakeren er lagt til.</source>
        <translation>The participant has been added.</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participants_view.py" line="292"/>
        <source>{n} markert til stede.</source>
        <translation>{n} marked present.</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participants_view.py" line="294"/>
        <source>{n} markert fraværende.</source>
        <translation>{n} marked absent.</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participants_view.py" line="303"/>
        <source>Fjerne {name} fra konferansen?</source>
        <translation>Remove {name} from the conference?</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participants_view.py" line="304"/>
        <source>Fjern deltakeren</source>
        <translation>Remove participant</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participants_view.py" line="306"/>
        <source>Fjerne {n} deltakere fra konferansen?</source>
        <translation>Remove {n} participants from the conference?</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participants_view.py" line="307"/>
        <source>Fjern {n} deltakere</source>
        <translation>Remove {n} participants</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participants_view.py" line="310"/>
        <source>Du kan angre med Ctrl+Z.</source>
        <translation>You can undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participants_view.py" line="312"/>
        <source>Fjern deltakere</source>
        <translation>Remove participants</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participants_view.py" line="321"/>
        <source>1 deltaker fjernet.</source>
        <translation>1 participant removed.</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participants_view.py" line="321"/>
        <source>{n} deltakere fjernet.</source>
        <translation>{n} participants removed.</translation>
    </message>
    <message>
        <location filename="../../ui/participants/participants_view.py" line="325"/>
        <source>Endringen ble ikke lagret</source>
        <translation>The change was not saved</translation>
    </message>
</context>
<context>
    <name>Plenum</name>
    <message>
        <location filename="../../ui/plenum/plenum_painter.py" line="56"/>
        <source>{count} av {groups} grupper</source>
        <extracomment>Reference size the pages are counted at when no window says otherwise (a 16:9 projector). Kept clear at the sides: the larger of these shares of the width and the height.</extracomment>
        <translation>{count} of {groups} groups</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/plenum_painter.py" line="60"/>
        <source>Bord {number}</source>
        <translation>Table {number}</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/plenum_painter.py" line="124"/>
        <source>Ingen konferanse er åpen</source>
        <extracomment>Never: a theme&apos;s pages are turned by the presenter keys, not by the clock.</extracomment>
        <translation>No conference is open</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/plenum_painter.py" line="145"/>
        <source>Tema {number} av {total}</source>
        <translation>Theme {number} of {total}</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/plenum_painter.py" line="160"/>
        <source>Side {page} av {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/plenum_painter.py" line="166"/>
        <source>{groups} grupper</source>
        <translation>{groups} groups</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/plenum_painter.py" line="167"/>
        <source>Oppsummering</source>
        <translation>Summing up</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/plenum_painter.py" line="168"/>
        <source>Temaer fra gruppene</source>
        <translation>Themes from the groups</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/plenum_painter.py" line="171"/>
        <source>Ingen temaer ennå</source>
        <translation>No themes yet</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/plenum_painter.py" line="171"/>
        <source>Ingen hovedpunkter ennå</source>
        <translation>No key points yet</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/plenum_painter.py" line="192"/>
        <source>og {count} til</source>
        <translation>and {count} more</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/plenum_painter.py" line="195"/>
        <source>{count} hovedpunkter er ikke sortert</source>
        <translation>{count} key points are not sorted</translation>
    </message>
</context>
<context>
    <name>PlenumBoard</name>
    <message>
        <location filename="../../ui/plenum/plenum_commands.py" line="39"/>
        <source>Ta hovedpunkt ut av temaet</source>
        <translation>Take key point out of the theme</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/plenum_commands.py" line="41"/>
        <source>Legg hovedpunkt i «{name}»</source>
        <translation>Put key point in &quot;{name}&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/plenum_commands.py" line="47"/>
        <source>Nytt tema «{name}»</source>
        <translation>New theme &quot;{name}&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/plenum_commands.py" line="52"/>
        <source>Gi temaet navnet «{name}»</source>
        <translation>Name the theme &quot;{name}&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/plenum_commands.py" line="56"/>
        <source>Flytt «{name}»</source>
        <translation>Move &quot;{name}&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/plenum_commands.py" line="61"/>
        <source>Slå «{source}» sammen med «{target}»</source>
        <translation>Merge &quot;{source}&quot; into &quot;{target}&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/plenum_commands.py" line="67"/>
        <source>Fjern temaet «{name}»</source>
        <translation>Remove the theme &quot;{name}&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/point_delegate.py" line="35"/>
        <source>Bord {number}</source>
        <translation>Table {number}</translation>
    </message>
</context>
<context>
    <name>PlenumView</name>
    <message>
        <location filename="../../ui/plenum/plenum_view.py" line="91"/>
        <source>Vis i salen</source>
        <extracomment>The theme on view (None: the overview) and its page.</extracomment>
        <translation>Show in the hall</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/plenum_view.py" line="92"/>
        <source>Oversikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/plenum_view.py" line="93"/>
        <source>◀ Forrige</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/plenum_view.py" line="94"/>
        <source>Neste ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/plenum_view.py" line="95"/>
        <source>Forrige tema eller side (←, PageUp)</source>
        <translation>Previous theme or page (←, PageUp)</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/plenum_view.py" line="96"/>
        <source>Neste tema eller side (→, PageDown)</source>
        <translation>Next theme or page (→, PageDown)</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/plenum_view.py" line="97"/>
        <source>Vis på projektor</source>
        <translation>Show on the projector</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/plenum_view.py" line="98"/>
        <source>Skjul</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/plenum_view.py" line="99"/>
        <source>Vis temaene i fullskjerm på projektoren; → og ← blar mens de vises</source>
        <translation>Show the themes full screen on the projector; → and ← step through them while shown</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/plenum_view.py" line="147"/>
        <source>Oversikt: alle temaene og hvor mange grupper som tok dem opp</source>
        <translation>Overview: every theme and how many groups raised it</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/plenum_view.py" line="152"/>
        <source>Tema {number} av {total}: {name}</source>
        <translation>Theme {number} of {total}: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/plenum_view.py" line="154"/>
        <source>side {page} av {pages}</source>
        <translation>page {page} of {pages}</translation>
    </message>
</context>
<context>
    <name>PlenumWindow</name>
    <message>
        <location filename="../../ui/plenum/plenum_window.py" line="95"/>
        <source>Kvadrant – plenum</source>
        <extracomment>key -&gt; steps (1 next, -1 back).</extracomment>
        <translation>Kvadrant – plenary</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <location filename="../../ui/shell/conference_session.py" line="164"/>
        <source>Legg til «{title}»</source>
        <extracomment>Any write, here or from a phone (the referent service passes phones&apos; saves on): carries what changed. After any write the core committed; carries the time it was saved. An undo or redo could not be carried out (e.g. the name is taken again by now). The file is about to close: the last moment to save what is typed and stop the server.</extracomment>
        <translation>Add “{title}”</translation>
    </message>
    <message>
        <location filename="../../ui/shell/conference_session.py" line="174"/>
        <source>Endre «{title}»</source>
        <translation>Change “{title}”</translation>
    </message>
    <message>
        <location filename="../../ui/shell/conference_session.py" line="184"/>
        <source>Flytt «{title}»</source>
        <translation>Move “{title}”</translation>
    </message>
    <message>
        <location filename="../../ui/shell/conference_session.py" line="192"/>
        <source>Fjern «{title}»</source>
        <translation>Remove “{title}”</translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message>
        <location filename="../../ui/programme/programme_view.py" line="139"/>
        <source>Planlagt</source>
        <extracomment>The block&apos;s id (int). The whole :class:`BlockRow`. The order the columns are shown in (times together on the left).</extracomment>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../ui/programme/programme_view.py" line="140"/>
        <source>Forventet</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../ui/programme/programme_view.py" line="141"/>
        <source>Faktisk</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../ui/programme/programme_view.py" line="142"/>
        <source>Tittel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/programme/programme_view.py" line="143"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/programme/programme_view.py" line="144"/>
        <source>Innleder</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../ui/programme/programme_view.py" line="153"/>
        <source>fast</source>
        <translation>fixed</translation>
    </message>
    <message>
        <location filename="../../ui/programme/programme_view.py" line="162"/>
        <source>går</source>
        <translation>running</translation>
    </message>
</context>
<context>
    <name>ProgrammeView</name>
    <message>
        <location filename="../../ui/programme/programme_view.py" line="310"/>
        <source>Ny blokk…</source>
        <translation>New block…</translation>
    </message>
    <message>
        <location filename="../../ui/programme/programme_view.py" line="311"/>
        <source>Rediger…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/programme/programme_view.py" line="312"/>
        <location filename="../../ui/programme/programme_view.py" line="449"/>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/programme/programme_view.py" line="313"/>
        <source>Flytt opp</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/programme/programme_view.py" line="314"/>
        <source>Flytt ned</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ui/programme/programme_view.py" line="315"/>
        <source>Start valgt blokk</source>
        <translation>Start selected block</translation>
    </message>
    <message>
        <location filename="../../ui/programme/programme_view.py" line="316"/>
        <source>Hopp til den valgte blokken og start den nå</source>
        <translation>Jump to the selected block and start it now</translation>
    </message>
    <message>
        <location filename="../../ui/programme/programme_view.py" line="357"/>
        <source>Kunne ikke lagre</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../ui/programme/programme_view.py" line="362"/>
        <source>Programmet er tomt.</source>
        <translation>The programme is empty.</translation>
    </message>
    <message>
        <location filename="../../ui/programme/programme_view.py" line="373"/>
        <source>fast tidspunkt</source>
        <translation>fixed time</translation>
    </message>
    <message>
        <location filename="../../ui/programme/programme_view.py" line="377"/>
        <source>Innleder:</source>
        <translation>Speaker:</translation>
    </message>
    <message>
        <location filename="../../ui/programme/programme_view.py" line="381"/>
        <source>Presentasjon dag for dag:</source>
        <translation>Presenter day by day:</translation>
    </message>
    <message>
        <location filename="../../ui/programme/programme_view.py" line="384"/>
        <source>Taletid: {minutes} min per person</source>
        <translation>Speaking time: {minutes} min per person</translation>
    </message>
    <message>
        <location filename="../../ui/programme/programme_view.py" line="389"/>
        <source>Oppgave</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../ui/programme/programme_view.py" line="392"/>
        <source>Referat</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../ui/programme/programme_view.py" line="394"/>
        <source>Frist for referat: {time}</source>
        <translation>Minutes due: {time}</translation>
    </message>
    <message>
        <location filename="../../ui/programme/programme_view.py" line="423"/>
        <source>«{title}» går nå og må ha både start og slutt.</source>
        <translation>“{title}” is running and needs both a start and an end.</translation>
    </message>
    <message>
        <location filename="../../ui/programme/programme_view.py" line="426"/>
        <source>«{title}» har gått i dag og må beholde start og slutt.</source>
        <translation>“{title}” has run today and must keep its start and end.</translation>
    </message>
    <message>
        <location filename="../../ui/programme/programme_view.py" line="440"/>
        <source>«{title}» går nå. Avslutt blokken før du fjerner den.</source>
        <translation>“{title}” is running. End the block before you remove it.</translation>
    </message>
    <message>
        <location filename="../../ui/programme/programme_view.py" line="441"/>
        <source>Kan ikke fjerne blokken</source>
        <translation>Cannot remove the block</translation>
    </message>
    <message>
        <location filename="../../ui/programme/programme_view.py" line="446"/>
        <source>Fjern blokk</source>
        <translation>Remove block</translation>
    </message>
    <message>
        <location filename="../../ui/programme/programme_view.py" line="447"/>
        <source>Fjerne «{title}» fra programmet?</source>
        <translation>Remove “{title}” from the programme?</translation>
    </message>
    <message>
        <location filename="../../ui/programme/programme_view.py" line="448"/>
        <source>Du kan angre med Ctrl+Z.</source>
        <translation>You can undo with Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <location filename="../../ui/projector/projector_painter.py" line="86"/>
        <source>Åpen diskusjon</source>
        <extracomment>Finn ditt bord turns a page this often (seconds of the wall clock). The smallest text allowed, as a fraction of the screen height.</extracomment>
        <translation>Open discussion</translation>
    </message>
    <message>
        <location filename="../../ui/projector/projector_painter.py" line="87"/>
        <source>Taler {speaker} av {speakers}</source>
        <translation>Speaker {speaker} of {speakers}</translation>
    </message>
    <message>
        <location filename="../../ui/projector/projector_painter.py" line="104"/>
        <source>Bord med {n} eller færre: åpen diskusjon</source>
        <translation>Tables of {n} or fewer: open discussion</translation>
    </message>
    <message>
        <location filename="../../ui/projector/projector_painter.py" line="106"/>
        <source>{first} og {last}</source>
        <translation>{first} and {last}</translation>
    </message>
    <message>
        <location filename="../../ui/projector/projector_painter.py" line="109"/>
        <source>Bord {tables}: åpen diskusjon</source>
        <translation>Tables {tables}: open discussion</translation>
    </message>
    <message>
        <location filename="../../ui/projector/projector_painter.py" line="341"/>
        <source>Ingen konferanse er åpen</source>
        <extracomment>Which page of Finn ditt bord was painted last, and of how many.</extracomment>
        <translation>No conference is open</translation>
    </message>
    <message>
        <location filename="../../ui/projector/projector_painter.py" line="378"/>
        <source>Neste:</source>
        <translation>Next:</translation>
    </message>
    <message>
        <location filename="../../ui/projector/projector_painter.py" line="397"/>
        <source>Velkommen</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../ui/projector/projector_painter.py" line="402"/>
        <source>Vi starter straks</source>
        <translation>We start shortly</translation>
    </message>
    <message>
        <location filename="../../ui/projector/projector_painter.py" line="404"/>
        <source>Vi starter kl. {time}</source>
        <translation>We start at {time}</translation>
    </message>
    <message>
        <location filename="../../ui/projector/projector_painter.py" line="407"/>
        <source>Først: {title}</source>
        <translation>First: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/projector/projector_painter.py" line="413"/>
        <source>Takk for i dag!</source>
        <translation>Thank you for today!</translation>
    </message>
    <message>
        <location filename="../../ui/projector/projector_painter.py" line="423"/>
        <source>Neste</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/projector/projector_painter.py" line="426"/>
        <source>Straks</source>
        <translation>Shortly</translation>
    </message>
    <message>
        <location filename="../../ui/projector/projector_painter.py" line="426"/>
        <source>kl. {time}</source>
        <translation>at {time}</translation>
    </message>
    <message>
        <location filename="../../ui/projector/projector_painter.py" line="445"/>
        <location filename="../../ui/projector/projector_painter.py" line="476"/>
        <location filename="../../ui/projector/projector_painter.py" line="497"/>
        <source>PAUSE</source>
        <translation>PAUSED</translation>
    </message>
    <message>
        <location filename="../../ui/projector/projector_painter.py" line="447"/>
        <source>på overtid</source>
        <translation>over time</translation>
    </message>
    <message>
        <location filename="../../ui/projector/projector_painter.py" line="449"/>
        <source>slutter kl. {time}</source>
        <translation>ends at {time}</translation>
    </message>
    <message>
        <location filename="../../ui/projector/projector_painter.py" line="458"/>
        <source>{kind} · {time} på overtid</source>
        <translation>{kind} · {time} over time</translation>
    </message>
    <message>
        <location filename="../../ui/projector/projector_painter.py" line="460"/>
        <location filename="../../ui/projector/projector_painter.py" line="518"/>
        <source>{kind} · {time} igjen</source>
        <translation>{kind} · {time} left</translation>
    </message>
    <message>
        <location filename="../../ui/projector/projector_painter.py" line="492"/>
        <source>Vi starter igjen kl. {time}</source>
        <translation>We start again at {time}</translation>
    </message>
    <message>
        <location filename="../../ui/projector/projector_painter.py" line="498"/>
        <source>Deretter:</source>
        <translation>Then:</translation>
    </message>
    <message>
        <location filename="../../ui/projector/projector_painter.py" line="514"/>
        <location filename="../../ui/projector/projector_painter.py" line="540"/>
        <source>Finn ditt bord</source>
        <translation>Find your table</translation>
    </message>
    <message>
        <location filename="../../ui/projector/projector_painter.py" line="514"/>
        <source>Oppgave</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../ui/projector/projector_painter.py" line="520"/>
        <source>{kind} starter straks</source>
        <translation>{kind} starts shortly</translation>
    </message>
    <message>
        <location filename="../../ui/projector/projector_painter.py" line="522"/>
        <source>{kind} starter kl. {time}</source>
        <translation>{kind} starts at {time}</translation>
    </message>
    <message>
        <location filename="../../ui/projector/projector_painter.py" line="529"/>
        <source>Sortert på fornavn</source>
        <translation>Sorted by first name</translation>
    </message>
    <message>
        <location filename="../../ui/projector/projector_painter.py" line="533"/>
        <source>Side {page} av {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
</context>
<context>
    <name>ProjectorDisplay</name>
    <message>
        <location filename="../../ui/projector/projector_window.py" line="201"/>
        <source>Eget vindu (bare én skjerm)</source>
        <extracomment>The window was shown (True) or hidden (False). Where the window is (or would be) changed: full screen on a screen, or a normal window.</extracomment>
        <translation>A window of its own (only one screen)</translation>
    </message>
    <message>
        <location filename="../../ui/projector/projector_window.py" line="202"/>
        <source>Fullskjerm på skjerm {number}: {name} ({size})</source>
        <translation>Full screen on screen {number}: {name} ({size})</translation>
    </message>
    <message>
        <location filename="../../ui/projector/projector_window.py" line="208"/>
        <source>&amp;Projektorskjerm</source>
        <translation>&amp;Projector screen</translation>
    </message>
    <message>
        <location filename="../../ui/projector/projector_window.py" line="221"/>
        <source>Automatisk (første skjerm som ikke er hovedskjermen)</source>
        <translation>Automatic (the first screen that is not the primary)</translation>
    </message>
    <message>
        <location filename="../../ui/projector/projector_window.py" line="229"/>
        <source>Skjerm {number}: {name} ({size})</source>
        <translation>Screen {number}: {name} ({size})</translation>
    </message>
    <message>
        <location filename="../../ui/projector/projector_window.py" line="233"/>
        <source>hovedskjerm</source>
        <translation>primary screen</translation>
    </message>
    <message>
        <location filename="../../ui/projector/projector_window.py" line="241"/>
        <source>Bare én skjerm: projektoren vises som vanlig vindu</source>
        <translation>Only one screen: the projector shows as a normal window</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../ui/projector/projector_window.py" line="87"/>
        <source>Kvadrant – projektor</source>
        <extracomment>The size of the projector as a normal window (one screen only), 16:9. The facilitator closed the (normal) window.</extracomment>
        <translation>Kvadrant – projector</translation>
    </message>
</context>
<context>
    <name>QrBoard</name>
    <message>
        <location filename="../../ui/referater/qr_board.py" line="245"/>
        <source>Wi-Fi: {name} · Passord: {password}</source>
        <extracomment>No text smaller than this share of the screen height.</extracomment>
        <translation>Wi-Fi: {name} · Password: {password}</translation>
    </message>
    <message>
        <location filename="../../ui/referater/qr_board.py" line="246"/>
        <source>Wi-Fi: {name} (åpent nett)</source>
        <translation>Wi-Fi: {name} (open network)</translation>
    </message>
</context>
<context>
    <name>QrBoardWindow</name>
    <message>
        <location filename="../../ui/referater/qr_board.py" line="318"/>
        <source>Finn bordet ditt</source>
        <translation>Find your table</translation>
    </message>
    <message>
        <location filename="../../ui/referater/qr_board.py" line="334"/>
        <source>QR-koder for referentene</source>
        <translation>QR codes for the note-takers</translation>
    </message>
    <message>
        <location filename="../../ui/referater/qr_board.py" line="334"/>
        <source>QR-kode for deltakerne</source>
        <translation>QR code for the participants</translation>
    </message>
    <message>
        <location filename="../../ui/referater/qr_board.py" line="344"/>
        <source>Serveren er stoppet. Start den under Referater for å vise QR-kodene.</source>
        <translation>The server is stopped. Start it under Minutes to show the QR codes.</translation>
    </message>
    <message>
        <location filename="../../ui/referater/qr_board.py" line="347"/>
        <source>Skann koden: finn bordet ditt, sjekk inn og se dagens program</source>
        <translation>Scan the code: find your table, check in and see the day&apos;s programme</translation>
    </message>
    <message>
        <location filename="../../ui/referater/qr_board.py" line="352"/>
        <source>Skann koden ved bordet ditt for å skrive referatet</source>
        <translation>Scan your table’s code to write the summary</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <location filename="../../ui/evaluation/question_dialog.py" line="35"/>
        <source>Skala 1–6</source>
        <extracomment>Writes the question; raises KvadrantError when the core refuses it.</extracomment>
        <translation>Scale 1–6</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/question_dialog.py" line="36"/>
        <source>Flervalg</source>
        <translation>Choice</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/question_dialog.py" line="37"/>
        <source>Åpent</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/question_dialog.py" line="50"/>
        <source>Nytt spørsmål</source>
        <translation>New question</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/question_dialog.py" line="50"/>
        <source>Endre spørsmål</source>
        <translation>Edit question</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/question_dialog.py" line="61"/>
        <source>Spørsmålet slik deltakerne ser det på telefonen</source>
        <translation>The question as the participants see it on the phone</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/question_dialog.py" line="65"/>
        <source>Ett svaralternativ per linje</source>
        <translation>One choice per line</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/question_dialog.py" line="66"/>
        <source>Flere kan velges</source>
        <translation>More than one may be chosen</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/question_dialog.py" line="68"/>
        <source>f.eks. «Svært lite»</source>
        <translation>e.g. &quot;Very little&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/question_dialog.py" line="70"/>
        <source>f.eks. «Svært stort»</source>
        <translation>e.g. &quot;Very much&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/question_dialog.py" line="71"/>
        <source>Deltakerne skriver svaret med egne ord. Svarene kan kodes i fanen Koding.</source>
        <translation>The participants write the answer in their own words. The answers can be coded on the Coding tab.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/question_dialog.py" line="76"/>
        <source>T&amp;ype:</source>
        <translation>K&amp;ind:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/question_dialog.py" line="78"/>
        <source>&amp;Spørsmål:</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/question_dialog.py" line="79"/>
        <source>Svar&amp;alternativer:</source>
        <translation>&amp;Choices:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/question_dialog.py" line="81"/>
        <source>&amp;1 betyr:</source>
        <translation>&amp;1 means:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/question_dialog.py" line="82"/>
        <source>&amp;6 betyr:</source>
        <translation>&amp;6 means:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/question_dialog.py" line="87"/>
        <source>Legg til</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/question_dialog.py" line="87"/>
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/question_dialog.py" line="104"/>
        <source>Svært lite</source>
        <translation>Very little</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/question_dialog.py" line="105"/>
        <source>Svært stort</source>
        <translation>Very much</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/question_dialog.py" line="111"/>
        <source>Spørsmålet har {n} svar, så typen kan ikke endres.</source>
        <translation>The question has {n} answers, so its kind cannot change.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/question_dialog.py" line="153"/>
        <source>Kunne ikke lagre spørsmålet</source>
        <translation>Could not save the question</translation>
    </message>
</context>
<context>
    <name>QuestionEdits</name>
    <message>
        <location filename="../../ui/evaluation/question_edits.py" line="56"/>
        <source>Lag spørreskjema fra malen</source>
        <extracomment>Every question row: adding, moving or removing one renumbers the others.</extracomment>
        <translation>Make the questionnaire from the template</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/question_edits.py" line="67"/>
        <source>Legg til spørsmål «{text}»</source>
        <translation>Add question &quot;{text}&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/question_edits.py" line="90"/>
        <source>Endre spørsmål «{text}»</source>
        <translation>Edit question &quot;{text}&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/question_edits.py" line="103"/>
        <source>Flytt spørsmål «{text}»</source>
        <translation>Move question &quot;{text}&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/question_edits.py" line="124"/>
        <source>Fjern spørsmål «{text}»</source>
        <translation>Remove question &quot;{text}&quot;</translation>
    </message>
</context>
<context>
    <name>QuestionList</name>
    <message>
        <location filename="../../ui/evaluation/question_list.py" line="50"/>
        <source>1 = {low}  ·  6 = {high}</source>
        <extracomment>Each kind&apos;s badge colour: told apart at a glance, dark text readable on all three.</extracomment>
        <translation>1 = {low}  ·  6 = {high}</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/question_list.py" line="54"/>
        <source>Én eller flere av:</source>
        <translation>One or more of:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/question_list.py" line="56"/>
        <source>Én av:</source>
        <translation>One of:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/question_list.py" line="58"/>
        <source>Deltakerne svarer med egne ord</source>
        <translation>The participants answer in their own words</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/question_list.py" line="181"/>
        <location filename="../../ui/evaluation/question_list.py" line="237"/>
        <source>{n} svar</source>
        <translation>{n} answers</translation>
    </message>
</context>
<context>
    <name>QuestionnaireEditor</name>
    <message>
        <location filename="../../ui/evaluation/questionnaire_editor.py" line="189"/>
        <source>Ingen spørsmål ennå</source>
        <extracomment>The paper form was written (its path), before it is opened for printing.</extracomment>
        <translation>No questions yet</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/questionnaire_editor.py" line="192"/>
        <source>Malen for dialogkonferanse har tolv spørsmål: utbyttet av hver kvadrant og av organiseringen på en skala fra 1 til 6, rolle og hva som var mest nyttig som flervalg, og hva som bør beholdes og endres som åpne spørsmål. Alt kan endres etterpå.</source>
        <translation>The dialogue conference template has twelve questions: the benefit of each quadrant and of the organisation on a scale from 1 to 6, role and what was most useful as choices, and what to keep and what to change as open questions. Everything can be changed afterwards.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/questionnaire_editor.py" line="197"/>
        <source>Lag fra malen for dialogkonferanse</source>
        <translation>Make from the dialogue conference template</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/questionnaire_editor.py" line="198"/>
        <location filename="../../ui/evaluation/questionnaire_editor.py" line="199"/>
        <source>Nytt spørsmål…</source>
        <translation>New question…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/questionnaire_editor.py" line="200"/>
        <source>Endre…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/questionnaire_editor.py" line="201"/>
        <source>Fjern…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/questionnaire_editor.py" line="202"/>
        <source>Flytt opp</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/questionnaire_editor.py" line="203"/>
        <source>Flytt ned</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/questionnaire_editor.py" line="204"/>
        <source>Ctrl+↑, eller dra spørsmålet</source>
        <translation>Ctrl+↑, or drag the question</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/questionnaire_editor.py" line="205"/>
        <source>Ctrl+↓, eller dra spørsmålet</source>
        <translation>Ctrl+↓, or drag the question</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/questionnaire_editor.py" line="206"/>
        <source>Uten telefon</source>
        <translation>Without a phone</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/questionnaire_editor.py" line="207"/>
        <source>Skriv ut papirskjema…</source>
        <translation>Print the paper form…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/questionnaire_editor.py" line="208"/>
        <source>Legg inn papirsvar…</source>
        <translation>Type in paper answers…</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/questionnaire_editor.py" line="259"/>
        <source>Spørreskjemaet er laget fra malen: {n} spørsmål.</source>
        <translation>The questionnaire is made from the template: {n} questions.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/questionnaire_editor.py" line="292"/>
        <source>Fjerne spørsmålet?</source>
        <translation>Remove the question?</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/questionnaire_editor.py" line="293"/>
        <source>&lt;p&gt;«{text}» har {n} svar.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&quot;{text}&quot; has {n} answers.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/questionnaire_editor.py" line="295"/>
        <source>Svarene og kortene deres på kodetavlen fjernes sammen med spørsmålet. Angre (Ctrl+Z) henter dem tilbake.</source>
        <translation>The answers and their cards on the coding board are removed with the question. Undo (Ctrl+Z) brings them back.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/questionnaire_editor.py" line="298"/>
        <source>Fjern spørsmålet og svarene</source>
        <translation>Remove the question and the answers</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/questionnaire_editor.py" line="308"/>
        <source>Spørsmålet er fjernet. Ctrl+Z angrer.</source>
        <translation>The question is removed. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/questionnaire_editor.py" line="336"/>
        <source>Lagre papirskjemaet</source>
        <translation>Save the paper form</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/questionnaire_editor.py" line="337"/>
        <source>{title} – evaluering på papir.pdf</source>
        <translation>{title} – evaluation on paper.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/questionnaire_editor.py" line="338"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/questionnaire_editor.py" line="355"/>
        <source>Papirskjemaet er lagret: {path}</source>
        <translation>The paper form is saved: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/questionnaire_editor.py" line="363"/>
        <source>Kunne ikke lage papirskjemaet</source>
        <translation>Could not make the paper form</translation>
    </message>
</context>
<context>
    <name>Referater</name>
    <message>
        <location filename="../../ui/referater/referat_display.py" line="40"/>
        <source>Gruppe {number}</source>
        <extracomment>Status colours (background, text): calm, readable on white, the same on the board and editor.</extracomment>
        <translation>Group {number}</translation>
    </message>
    <message>
        <location filename="../../ui/referater/referat_display.py" line="42"/>
        <source>Bord {number}</source>
        <translation>Table {number}</translation>
    </message>
    <message>
        <location filename="../../ui/referater/referat_display.py" line="48"/>
        <source>Tomt</source>
        <translation>Empty</translation>
    </message>
    <message>
        <location filename="../../ui/referater/referat_display.py" line="49"/>
        <source>Skriver</source>
        <translation>Writing</translation>
    </message>
    <message>
        <location filename="../../ui/referater/referat_display.py" line="50"/>
        <source>Levert</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../ui/referater/referat_display.py" line="51"/>
        <source>To versjoner</source>
        <translation>Two versions</translation>
    </message>
    <message>
        <location filename="../../ui/referater/board.py" line="51"/>
        <source>{hours} t {minutes:02d} min</source>
        <translation>{hours} h {minutes:02d} min</translation>
    </message>
</context>
<context>
    <name>ReferaterView</name>
    <message>
        <location filename="../../ui/referater/referater_view.py" line="282"/>
        <source>Nye lenker</source>
        <translation>New links</translation>
    </message>
    <message>
        <location filename="../../ui/referater/referater_view.py" line="283"/>
        <source>Lage nye lenker for alle grupper?</source>
        <translation>Make new links for every group?</translation>
    </message>
    <message>
        <location filename="../../ui/referater/referater_view.py" line="285"/>
        <source>De gamle lenkene og QR-kodene slutter å virke, også på utskrevne bordkort. Det som allerede er skrevet, er trygt. Vis de nye kodene på projektoren eller skriv ut bordkortene på nytt.</source>
        <translation>The old links and QR codes stop working, on printed table cards too. What has been written is safe. Show the new codes on the projector or print the table cards again.</translation>
    </message>
    <message>
        <location filename="../../ui/referater/referater_view.py" line="288"/>
        <source>Lag nye lenker</source>
        <translation>Make new links</translation>
    </message>
    <message>
        <location filename="../../ui/referater/referater_view.py" line="296"/>
        <source>Nye lenker er laget; de gamle virker ikke lenger.</source>
        <translation>New links are made; the old ones no longer work.</translation>
    </message>
    <message>
        <location filename="../../ui/referater/referater_view.py" line="324"/>
        <source>Blokk:</source>
        <translation>Block:</translation>
    </message>
    <message>
        <location filename="../../ui/referater/referater_view.py" line="327"/>
        <source>Ingen grupper ennå. Lag gruppene for 1. eller 4. kvadrant under Grupper, så kommer referatene her. Notater fra innlegg og plenum skriver du ved å velge posten i Blokk-listen.</source>
        <translation>No groups yet. Make the groups for Quadrant 1 or 4 under Groups, and their summaries come here. Notes from talks and plenary sessions are written by choosing the item in the Block list.</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <location filename="../../ui/evaluation/results_painter.py" line="69"/>
        <source>{responses} av {present} har svart</source>
        <extracomment>Open answers move up by this share of the height per second: a card is on view ~25 s. A card shows at most this many lines of its answer; the rest is elided. Kept clear at the sides: the larger of these shares of the width and the height.</extracomment>
        <translation>{responses} of {present} have answered</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/results_painter.py" line="70"/>
        <source>{responses} har svart</source>
        <translation>{responses} have answered</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/results_painter.py" line="74"/>
        <source>{count} svar</source>
        <translation>{count} answers</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/results_painter.py" line="83"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/results_painter.py" line="127"/>
        <source>Ingen konferanse er åpen</source>
        <extracomment>Whether the last paint has answers scrolling (the window then repaints ~25 times a second). Per column: at which elapsed second it had scrolled how far (kept when answers come in).</extracomment>
        <translation>No conference is open</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/results_painter.py" line="130"/>
        <source>Ingen spørsmål ennå</source>
        <translation>No questions yet</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/results_painter.py" line="138"/>
        <source>Spørsmål {number} av {total}</source>
        <translation>Question {number} of {total}</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/results_painter.py" line="157"/>
        <source>Ingen svar ennå</source>
        <translation>No answers yet</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/results_painter.py" line="161"/>
        <source>Oversikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/results_painter.py" line="162"/>
        <source>Snitt på skala fra 1 til 6</source>
        <translation>Mean on a scale from 1 to 6</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/results_painter.py" line="166"/>
        <source>Ingen skalaspørsmål</source>
        <translation>No scale questions</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/results_painter.py" line="176"/>
        <source>Snitt</source>
        <translation>Mean</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/results_painter.py" line="214"/>
        <source>{answers} · flere valg mulig</source>
        <translation>{answers} · several choices possible</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/results_painter.py" line="257"/>
        <source>og {count} til</source>
        <translation>and {count} more</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../ui/evaluation/results_panel.py" line="237"/>
        <source>Skala 1–6</source>
        <extracomment>How often the file&apos;s change marks are asked while the results are on view. Every table but those the results are read from: a write to these alone changes nothing shown.</extracomment>
        <translation>Scale 1–6</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/results_panel.py" line="238"/>
        <source>Valg</source>
        <translation>Choice</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/results_panel.py" line="239"/>
        <source>Åpne svar</source>
        <translation>Open answers</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/results_panel.py" line="241"/>
        <source>Oversikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/results_panel.py" line="241"/>
        <source>Snitt på alle skalaspørsmål</source>
        <translation>Mean of every scale question</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/results_panel.py" line="270"/>
        <source>Vis i salen</source>
        <translation>Show in the hall</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/results_panel.py" line="271"/>
        <source>Vis på projektor</source>
        <translation>Show on the projector</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/results_panel.py" line="272"/>
        <source>Skjul fra projektor</source>
        <translation>Hide from the projector</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/results_panel.py" line="273"/>
        <source>Vis resultatene i fullskjerm på projektoren</source>
        <translation>Show the results full screen on the projector</translation>
    </message>
</context>
<context>
    <name>ResultsWindow</name>
    <message>
        <location filename="../../ui/evaluation/results_window.py" line="38"/>
        <source>Kvadrant – resultater</source>
        <translation>Kvadrant – results</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/participants/participant_delegates.py" line="18"/>
        <source>(ingen rolle)</source>
        <translation>(no role)</translation>
    </message>
</context>
<context>
    <name>SavePathField</name>
    <message>
        <location filename="../../ui/shell/save_path_field.py" line="37"/>
        <source>Velg…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/save_path_field.py" line="63"/>
        <source>Kvadrant-konferanser (*.kvadrant)</source>
        <translation>Kvadrant conferences (*.kvadrant)</translation>
    </message>
</context>
<context>
    <name>SeriesView</name>
    <message>
        <location filename="../../ui/shell/series_view.py" line="86"/>
        <location filename="../../ui/shell/series_view.py" line="116"/>
        <source>Dag {number}</source>
        <translation>Day {number}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/series_view.py" line="117"/>
        <source>uten dato</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../ui/shell/series_view.py" line="141"/>
        <source>Serie med {count} dager</source>
        <translation>Series of {count} days</translation>
    </message>
    <message>
        <location filename="../../ui/shell/series_view.py" line="200"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/shell/series_view.py" line="202"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../ui/shell/series_view.py" line="204"/>
        <source>Dager</source>
        <translation>Days</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <location filename="../../ui/referater/server_panel.py" line="148"/>
        <source>Telefoner og QR-koder</source>
        <extracomment>The participants&apos; own check-in (&quot;Jeg er her&quot; on their phones), kept in the file.</extracomment>
        <translation>Phones and QR codes</translation>
    </message>
    <message>
        <location filename="../../ui/referater/server_panel.py" line="149"/>
        <source>&amp;Adresse</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../ui/referater/server_panel.py" line="150"/>
        <source>Po&amp;rt</source>
        <translation>Po&amp;rt</translation>
    </message>
    <message>
        <location filename="../../ui/referater/server_panel.py" line="151"/>
        <source>&amp;Wi-Fi</source>
        <translation>&amp;Wi-Fi</translation>
    </message>
    <message>
        <location filename="../../ui/referater/server_panel.py" line="152"/>
        <source>Pass&amp;ord</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <location filename="../../ui/referater/server_panel.py" line="153"/>
        <source>Nettverkets navn</source>
        <translation>Network name</translation>
    </message>
    <message>
        <location filename="../../ui/referater/server_panel.py" line="154"/>
        <source>Tomt for åpent nett</source>
        <translation>Empty for an open network</translation>
    </message>
    <message>
        <location filename="../../ui/referater/server_panel.py" line="155"/>
        <source>Nye lenker…</source>
        <translation>New links…</translation>
    </message>
    <message>
        <location filename="../../ui/referater/server_panel.py" line="156"/>
        <source>Lag nye lenker for alle grupper; de gamle QR-kodene slutter å virke</source>
        <translation>Make new links for every group; the old QR codes stop working</translation>
    </message>
    <message>
        <location filename="../../ui/referater/server_panel.py" line="157"/>
        <source>Vis QR-koder på projektor</source>
        <translation>Show QR codes on the projector</translation>
    </message>
    <message>
        <location filename="../../ui/referater/server_panel.py" line="158"/>
        <source>Kopier lenken</source>
        <translation>Copy the link</translation>
    </message>
    <message>
        <location filename="../../ui/referater/server_panel.py" line="159"/>
        <source>Deltakerne kan sjekke seg inn selv på telefonen</source>
        <translation>Participants can check themselves in on their phones</translation>
    </message>
    <message>
        <location filename="../../ui/referater/server_panel.py" line="160"/>
        <source>Kopier deltakerlenken</source>
        <translation>Copy the participant link</translation>
    </message>
    <message>
        <location filename="../../ui/referater/server_panel.py" line="161"/>
        <source>Vis deltakerkoden på projektor</source>
        <translation>Show the participants&apos; code on the projector</translation>
    </message>
    <message>
        <location filename="../../ui/referater/server_panel.py" line="162"/>
        <source>Lenken alle deltakerne åpner: finn bordet ditt, sjekk inn, programmet</source>
        <translation>The link every participant opens: find your table, check in, the programme</translation>
    </message>
    <message>
        <location filename="../../ui/referater/server_panel.py" line="163"/>
        <source>Adressen telefonene når denne PC-en på (i lokalnettet)</source>
        <translation>The address phones reach this laptop on (on the local network)</translation>
    </message>
    <message>
        <location filename="../../ui/referater/server_panel.py" line="195"/>
        <source>Stopp server</source>
        <translation>Stop server</translation>
    </message>
    <message>
        <location filename="../../ui/referater/server_panel.py" line="195"/>
        <source>Start server</source>
        <translation>Start server</translation>
    </message>
    <message>
        <location filename="../../ui/referater/server_panel.py" line="202"/>
        <source>Serveren kjører på {url} – telefonene må være på samme nett som denne PC-en.</source>
        <translation>The server runs at {url} – the phones must be on the same network as this laptop.</translation>
    </message>
    <message>
        <location filename="../../ui/referater/server_panel.py" line="206"/>
        <source>Serveren er stoppet: referentene kan bare skrive her på PC-en. Start den for å vise QR-kodene.</source>
        <translation>The server is stopped: note-takers can only write here on the laptop. Start it to show the QR codes.</translation>
    </message>
    <message>
        <location filename="../../ui/referater/server_panel.py" line="238"/>
        <source>Kunne ikke starte serveren</source>
        <translation>Could not start the server</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../ui/shell/settings.py" line="33"/>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings.py" line="34"/>
        <source>Nylige filer</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings.py" line="35"/>
        <source>Sist åpnede fil</source>
        <translation>Last opened file</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings.py" line="36"/>
        <source>Vindusplassering</source>
        <translation>Window position</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings.py" line="37"/>
        <source>Sist viste del</source>
        <translation>Last section shown</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings.py" line="39"/>
        <source>Projektorskjerm</source>
        <extracomment>The screen the projector window fills, by name; &quot;&quot; chooses the first screen that is not the primary.</extracomment>
        <translation>Projector screen</translation>
    </message>
</context>
<context>
    <name>ShiftDayDialog</name>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="60"/>
        <source>Forskyv resten av dagen</source>
        <extracomment>Lateness beyond this means the conference is dated another day (a rehearsal): not &quot;late&quot;.</extracomment>
        <translation>Shift the rest of the day</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="64"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="70"/>
        <source>Flytt blokkene etter denne med</source>
        <translation>Move the blocks after this one by</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="73"/>
        <source>Forskyv</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="89"/>
        <source>Alle blokker som ikke har begynt, flyttes like mye (bruk minus for å flytte tidligere). Faste punkter blir stående og tar opp forsinkelsen; blokkene etter dem flyttes ikke.</source>
        <translation>Every block that has not begun moves by the same amount (use minus to move earlier). Fixed points stay where they are and absorb the delay; the blocks after them do not move.</translation>
    </message>
    <message>
        <location filename="../../ui/programme/control_panel.py" line="96"/>
        <source>Faste punkter: {names}. Skal et fast punkt flyttes likevel, fjern «Fast tidspunkt» på blokken først.</source>
        <translation>Fixed points: {names}. To move a fixed point all the same, untick “Fixed time” on the block first.</translation>
    </message>
</context>
<context>
    <name>SpeakingDialog</name>
    <message>
        <location filename="../../ui/programme/speaking_view.py" line="171"/>
        <source>Taletid</source>
        <translation>Speaking time</translation>
    </message>
    <message>
        <location filename="../../ui/programme/speaking_view.py" line="202"/>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/programme/speaking_view.py" line="264"/>
        <source>Ingen taleliste er kjørt ennå</source>
        <translation>No speaker rotation has run yet</translation>
    </message>
    <message>
        <location filename="../../ui/programme/speaking_view.py" line="277"/>
        <source>Blokken pågår: tallene gjelder til nå.</source>
        <translation>The block is running: the figures are so far.</translation>
    </message>
    <message>
        <location filename="../../ui/programme/speaking_view.py" line="291"/>
        <source>Bord {number}</source>
        <translation>Table {number}</translation>
    </message>
    <message>
        <location filename="../../ui/programme/speaking_view.py" line="304"/>
        <source>åpen diskusjon</source>
        <translation>open discussion</translation>
    </message>
</context>
<context>
    <name>SpeakingView</name>
    <message>
        <location filename="../../ui/programme/speaking_view.py" line="41"/>
        <source>én</source>
        <translation>one</translation>
    </message>
    <message>
        <location filename="../../ui/programme/speaking_view.py" line="42"/>
        <source>to</source>
        <translation>two</translation>
    </message>
    <message>
        <location filename="../../ui/programme/speaking_view.py" line="43"/>
        <source>tre</source>
        <translation>three</translation>
    </message>
    <message>
        <location filename="../../ui/programme/speaking_view.py" line="44"/>
        <source>fire</source>
        <translation>four</translation>
    </message>
    <message>
        <location filename="../../ui/programme/speaking_view.py" line="45"/>
        <source>fem</source>
        <translation>five</translation>
    </message>
    <message>
        <location filename="../../ui/programme/speaking_view.py" line="46"/>
        <source>seks</source>
        <translation>six</translation>
    </message>
    <message>
        <location filename="../../ui/programme/speaking_view.py" line="47"/>
        <source>sju</source>
        <translation>seven</translation>
    </message>
    <message>
        <location filename="../../ui/programme/speaking_view.py" line="48"/>
        <source>åtte</source>
        <translation>eight</translation>
    </message>
    <message>
        <location filename="../../ui/programme/speaking_view.py" line="49"/>
        <source>ni</source>
        <translation>nine</translation>
    </message>
    <message>
        <location filename="../../ui/programme/speaking_view.py" line="50"/>
        <source>ti</source>
        <translation>ten</translation>
    </message>
    <message>
        <location filename="../../ui/programme/speaking_view.py" line="68"/>
        <source>{first} og {last}</source>
        <translation>{first} and {last}</translation>
    </message>
    <message>
        <location filename="../../ui/programme/speaking_view.py" line="77"/>
        <source>Talelisten ble ikke startet i denne blokken</source>
        <translation>The speaker rotation was not started in this block</translation>
    </message>
    <message>
        <location filename="../../ui/programme/speaking_view.py" line="79"/>
        <source>Ingen har talt ferdig ennå</source>
        <translation>Nobody has finished speaking yet</translation>
    </message>
    <message>
        <location filename="../../ui/programme/speaking_view.py" line="81"/>
        <source>Alle fikk {time}</source>
        <translation>Everyone had {time}</translation>
    </message>
    <message>
        <location filename="../../ui/programme/speaking_view.py" line="82"/>
        <source>Alle fikk {time} ± {spread}</source>
        <translation>Everyone had {time} ± {spread}</translation>
    </message>
    <message>
        <location filename="../../ui/programme/speaking_view.py" line="92"/>
        <source>Snitt {mean} · kortest {shortest} · lengst {longest} · {count} taletider</source>
        <translation>Mean {mean} · shortest {shortest} · longest {longest} · {count} turns</translation>
    </message>
    <message>
        <location filename="../../ui/programme/speaking_view.py" line="106"/>
        <source>Taler {number} hoppet over etter {time}</source>
        <translation>Speaker {number} skipped after {time}</translation>
    </message>
    <message>
        <location filename="../../ui/programme/speaking_view.py" line="117"/>
        <source>Ved alle bord: {count} hoppet over</source>
        <translation>At every table: {count} skipped</translation>
    </message>
    <message>
        <location filename="../../ui/programme/speaking_view.py" line="121"/>
        <source>Bord {tables}: {count} hoppet over</source>
        <translation>Table {tables}: {count} skipped</translation>
    </message>
    <message>
        <location filename="../../ui/programme/speaking_view.py" line="134"/>
        <source>Taletiden sto i pause {time} ({slots}); pausen er ikke regnet med</source>
        <translation>The speaking time was paused for {time} ({slots}); the pause is not counted</translation>
    </message>
    <message>
        <location filename="../../ui/programme/speaking_view.py" line="139"/>
        <source>taler {number}</source>
        <translation>speaker {number}</translation>
    </message>
    <message>
        <location filename="../../ui/programme/speaking_view.py" line="146"/>
        <source>Taler {number}</source>
        <translation>Speaker {number}</translation>
    </message>
    <message>
        <location filename="../../ui/programme/speaking_view.py" line="155"/>
        <source>hoppet over ({time})</source>
        <translation>skipped ({time})</translation>
    </message>
    <message>
        <location filename="../../ui/programme/speaking_view.py" line="157"/>
        <source>{time} – avbrutt</source>
        <translation>{time} – cut short</translation>
    </message>
    <message>
        <location filename="../../ui/programme/speaking_view.py" line="159"/>
        <source>taler nå</source>
        <translation>speaking now</translation>
    </message>
    <message>
        <location filename="../../ui/programme/speaking_view.py" line="161"/>
        <source>ikke kommet til</source>
        <translation>not reached</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/shell/start_page.py" line="186"/>
        <source>Kvadrant</source>
        <translation>Kvadrant</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="188"/>
        <source>Gjennomfør dialogkonferansen: program, deltakere, grupper og referater i én fil.</source>
        <translation>Run the dialogue conference: programme, participants, groups and minutes in one file.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="190"/>
        <source>Ny konferanse…</source>
        <translation>New conference…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="191"/>
        <source>Åpne…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="192"/>
        <source>Åpne demokonferansen</source>
        <translation>Open the demo conference</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="193"/>
        <source>Lag en ny konferansefil, tom eller etter Gardermoen-programmet</source>
        <translation>Make a new conference file, empty or following the Gardermoen programme</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="194"/>
        <source>Åpne en konferansefil (.kvadrant)</source>
        <translation>Open a conference file (.kvadrant)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="195"/>
        <source>En kopi av Gardermoen 2020 med 105 deltakere, til å prøve ut</source>
        <translation>A copy of Gardermoen 2020 with 105 participants, to try things out</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="196"/>
        <source>Nylige filer</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="197"/>
        <source>Ingen nylige filer ennå. Konferanser du åpner, havner her.</source>
        <translation>No recent files yet. Conferences you open appear here.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="199"/>
        <source>Dobbeltklikk for å åpne. Velg en serie for å se hvem som var med hvilke dager.</source>
        <translation>Double-click to open. Choose a series to see who came on which days.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="201"/>
        <source>Dobbeltklikk for å åpne.</source>
        <translation>Double-click to open.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/start_page.py" line="225"/>
        <source>Dobbeltklikk for å åpne den siste dagen: {path}</source>
        <translation>Double-click to open the last day: {path}</translation>
    </message>
</context>
<context>
    <name>SummaryEditor</name>
    <message>
        <location filename="../../ui/referater/summary_editor.py" line="319"/>
        <source>Referatet er ikke lagret: {problem}</source>
        <extracomment>Autosave waits this long after the last keystroke. A save failed or succeeded again (for the window&apos;s status bar).</extracomment>
        <translation>The summary is not saved: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/referater/summary_editor.py" line="379"/>
        <source>Kunne ikke lagre referatet</source>
        <translation>Could not save the summary</translation>
    </message>
    <message>
        <location filename="../../ui/referater/summary_editor.py" line="410"/>
        <source>Skriv gruppens referat her. Det lagres av seg selv mens du skriver.</source>
        <translation>Write the group’s summary here. It saves itself as you type.</translation>
    </message>
    <message>
        <location filename="../../ui/referater/summary_editor.py" line="412"/>
        <source>Tre hovedpunkter fra gruppa</source>
        <translation>Three key points from the group</translation>
    </message>
    <message>
        <location filename="../../ui/referater/summary_editor.py" line="413"/>
        <source>Hovedpunkt 1</source>
        <translation>Key point 1</translation>
    </message>
    <message>
        <location filename="../../ui/referater/summary_editor.py" line="413"/>
        <source>Hovedpunkt 2</source>
        <translation>Key point 2</translation>
    </message>
    <message>
        <location filename="../../ui/referater/summary_editor.py" line="413"/>
        <source>Hovedpunkt 3</source>
        <translation>Key point 3</translation>
    </message>
    <message>
        <location filename="../../ui/referater/summary_editor.py" line="416"/>
        <source>Prøv igjen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../ui/referater/summary_editor.py" line="417"/>
        <source>Levert</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../ui/referater/summary_editor.py" line="418"/>
        <source>Merk referatet som levert</source>
        <translation>Mark the summary as delivered</translation>
    </message>
    <message>
        <location filename="../../ui/referater/summary_editor.py" line="419"/>
        <source>Gjenåpne</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../ui/referater/summary_editor.py" line="420"/>
        <source>Ta referatet tilbake, så gruppen kan skrive videre</source>
        <translation>Take the summary back, so the group can go on writing</translation>
    </message>
    <message>
        <location filename="../../ui/referater/summary_editor.py" line="428"/>
        <source>Velg en gruppe</source>
        <translation>Choose a group</translation>
    </message>
    <message>
        <location filename="../../ui/referater/summary_editor.py" line="447"/>
        <source>Ordstyrer: {chair} · Referent: {referent}</source>
        <translation>Chair: {chair} · Note-taker: {referent}</translation>
    </message>
    <message>
        <location filename="../../ui/referater/summary_editor.py" line="458"/>
        <source>Levert kl. {time}</source>
        <translation>Delivered at {time}</translation>
    </message>
    <message>
        <location filename="../../ui/referater/summary_editor.py" line="460"/>
        <source>Ikke levert</source>
        <translation>Not delivered</translation>
    </message>
    <message>
        <location filename="../../ui/referater/summary_editor.py" line="496"/>
        <source>Ikke lagret: {problem} Teksten står fortsatt her, og Kvadrant prøver igjen når du skriver videre.</source>
        <translation>Not saved: {problem} The text is still here, and Kvadrant tries again as you type on.</translation>
    </message>
    <message>
        <location filename="../../ui/referater/summary_editor.py" line="506"/>
        <source>Velg en av tekstene over, eller lagre en sammenslått tekst.</source>
        <translation>Choose one of the texts above, or save a merged text.</translation>
    </message>
    <message>
        <location filename="../../ui/referater/summary_editor.py" line="509"/>
        <source>Lagrer …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <location filename="../../ui/referater/summary_editor.py" line="513"/>
        <source>Lagret {time} fra telefonen</source>
        <translation>Saved {time} from the phone</translation>
    </message>
    <message>
        <location filename="../../ui/referater/summary_editor.py" line="515"/>
        <source>Lagret {time}</source>
        <translation>Saved {time}</translation>
    </message>
    <message>
        <location filename="../../ui/referater/summary_editor.py" line="517"/>
        <source>Ingenting skrevet ennå</source>
        <translation>Nothing written yet</translation>
    </message>
    <message>
        <location filename="../../ui/referater/summary_editor.py" line="520"/>
        <source>{n} ord</source>
        <translation>{n} words</translation>
    </message>
</context>
<context>
    <name>TableCard</name>
    <message>
        <location filename="../../ui/groups/table_card.py" line="153"/>
        <location filename="../../ui/groups/table_card.py" line="179"/>
        <source>Gruppe {number}</source>
        <translation>Group {number}</translation>
    </message>
    <message>
        <location filename="../../ui/groups/table_card.py" line="154"/>
        <source>Bord {number}</source>
        <translation>Table {number}</translation>
    </message>
    <message>
        <location filename="../../ui/groups/table_card.py" line="160"/>
        <source>gruppe {number}</source>
        <translation>group {number}</translation>
    </message>
    <message>
        <location filename="../../ui/groups/table_card.py" line="161"/>
        <source>bord {number}</source>
        <translation>table {number}</translation>
    </message>
    <message>
        <location filename="../../ui/groups/table_card.py" line="176"/>
        <source>1 person</source>
        <translation>1 person</translation>
    </message>
    <message>
        <location filename="../../ui/groups/table_card.py" line="176"/>
        <source>{n} personer</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <location filename="../../ui/groups/table_card.py" line="188"/>
        <source>Bordet er låst: alle her beholder plassen ved nytt forslag. Klikk for å låse opp.</source>
        <translation>The table is locked: everyone here keeps their seat in a new proposal. Click to unlock.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/table_card.py" line="190"/>
        <source>Lås bordet: alle her beholder plassen ved nytt forslag og ved innsjekking.</source>
        <translation>Lock the table: everyone here keeps their seat in a new proposal and at check-in.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/table_card.py" line="191"/>
        <source>Lås bordet</source>
        <translation>Lock the table</translation>
    </message>
    <message>
        <location filename="../../ui/groups/table_card.py" line="194"/>
        <source>Bare én deltaker – slå sammen med en annen gruppe.</source>
        <translation>Only one participant – merge with another group.</translation>
    </message>
    <message>
        <location filename="../../ui/groups/table_card.py" line="199"/>
        <source>Slå sammen med…</source>
        <translation>Merge with…</translation>
    </message>
    <message>
        <location filename="../../ui/groups/table_card.py" line="201"/>
        <source>Ingen her – dra noen hit</source>
        <translation>Nobody here – drag someone here</translation>
    </message>
</context>
<context>
    <name>ThemeBoard</name>
    <message>
        <location filename="../../ui/plenum/theme_board.py" line="151"/>
        <source>Blokk:</source>
        <extracomment>A short confirmation for the status bar (&quot;Nytt tema «Tid». Angre med Ctrl+Z.&quot;). The plenum of the chosen block was read again (the projector shows it). The chosen block&apos;s plenum, as the projector shows it (themes without points left out). Every theme, with the chosen block&apos;s points (a theme just made is empty, yet shown).</extracomment>
        <translation>Block:</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/theme_board.py" line="154"/>
        <source>Hele dagen</source>
        <translation>The whole day</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/theme_board.py" line="155"/>
        <source>1. kvadrant</source>
        <translation>Quadrant 1</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/theme_board.py" line="156"/>
        <source>4. kvadrant</source>
        <translation>Quadrant 4</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/theme_board.py" line="158"/>
        <source>Ikke sortert</source>
        <translation>Not sorted</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/theme_board.py" line="159"/>
        <source>Alle hovedpunktene er sortert.</source>
        <translation>Every key point is sorted.</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/theme_board.py" line="160"/>
        <source>Dra kort til et tema. Velg flere med Ctrl eller Shift.</source>
        <translation>Drag cards to a theme. Choose several with Ctrl or Shift.</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/theme_board.py" line="162"/>
        <source>Ingen temaer ennå. Bruk et forslag, eller lag et tema med «+ Nytt tema» og dra hovedpunktene dit.</source>
        <translation>No themes yet. Use a suggestion, or make a theme with &quot;+ New theme&quot; and drag the key points there.</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/theme_board.py" line="209"/>
        <source>{points} hovedpunkter fra {groups} grupper</source>
        <translation>{points} key points from {groups} groups</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/theme_board.py" line="250"/>
        <source>{name} ({count} punkter) · Bruk</source>
        <translation>{name} ({count} points) · Use</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/theme_board.py" line="253"/>
        <source>Lag temaet «{name}» av disse hovedpunktene:</source>
        <translation>Make the theme &quot;{name}&quot; of these key points:</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/theme_board.py" line="258"/>
        <source>Forslag:</source>
        <translation>Suggestions:</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/theme_board.py" line="260"/>
        <source>Ingen forslag: ingen usorterte hovedpunkter deler et ord.</source>
        <translation>No suggestions: no unsorted key points share a word.</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/theme_board.py" line="264"/>
        <source>Nytt tema «{name}». Angre med Ctrl+Z.</source>
        <translation>New theme &quot;{name}&quot;. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/theme_board.py" line="269"/>
        <source>+ Nytt tema av valgte ({count})</source>
        <translation>+ New theme of the chosen ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/theme_board.py" line="269"/>
        <source>+ Nytt tema</source>
        <translation>+ New theme</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/theme_board.py" line="285"/>
        <source>Nytt tema</source>
        <translation>New theme</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/theme_board.py" line="301"/>
        <source>«{source}» er slått sammen med «{target}». Angre med Ctrl+Z.</source>
        <translation>&quot;{source}&quot; is merged into &quot;{target}&quot;. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/theme_board.py" line="310"/>
        <source>Temaet «{name}» er fjernet; kortene er usortert igjen. Angre med Ctrl+Z.</source>
        <translation>The theme &quot;{name}&quot; is removed; its cards are unsorted again. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/theme_board.py" line="321"/>
        <source>Legg i tema</source>
        <translation>Put in theme</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/theme_board.py" line="327"/>
        <source>Ta ut av temaet</source>
        <translation>Take out of the theme</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/theme_board.py" line="328"/>
        <source>Nytt tema av valgte kort</source>
        <translation>New theme of the chosen cards</translation>
    </message>
</context>
<context>
    <name>ThemeColumn</name>
    <message>
        <location filename="../../ui/plenum/theme_column.py" line="107"/>
        <source>Dra temaet over et annet tema for å slå dem sammen</source>
        <extracomment>A whole theme dragged by its handle: JSON {&quot;theme&quot;: id}.</extracomment>
        <translation>Drag the theme onto another theme to merge them</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/theme_column.py" line="108"/>
        <source>Del, slå sammen, flytt eller fjern temaet</source>
        <translation>Split, merge, move or remove the theme</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/theme_column.py" line="109"/>
        <source>Nytt tema av valgte kort</source>
        <translation>New theme of the chosen cards</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/theme_column.py" line="110"/>
        <source>Slå sammen med …</source>
        <translation>Merge with …</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/theme_column.py" line="111"/>
        <source>Flytt til venstre</source>
        <translation>Move left</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/theme_column.py" line="112"/>
        <source>Flytt til høyre</source>
        <translation>Move right</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/theme_column.py" line="113"/>
        <source>Fjern temaet (kortene blir usortert)</source>
        <translation>Remove the theme (its cards become unsorted)</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/theme_column.py" line="114"/>
        <source>Dra hovedpunkter hit</source>
        <translation>Drag key points here</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/theme_column.py" line="115"/>
        <source>Dra kort hit for å legge dem i temaet. Velg flere med Ctrl eller Shift.</source>
        <translation>Drag cards here to put them in the theme. Choose several with Ctrl or Shift.</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/theme_column.py" line="122"/>
        <source>{name}: skriv for å gi temaet nytt navn</source>
        <translation>{name}: type to rename the theme</translation>
    </message>
    <message>
        <location filename="../../ui/plenum/theme_column.py" line="126"/>
        <source>Bord {tables}</source>
        <translation>Table {tables}</translation>
    </message>
</context>
</TS>
