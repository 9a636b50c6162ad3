<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>the demo meeting cannot be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo inscription refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair&apos;s console for speakers lists and speaking time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting file to open. Without it, the last meeting reopens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a fresh copy of the demo meeting (the seed UNSC Arria-formula meeting), held today and starting within minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo: hold the meeting at its own hours on the clock&apos;s day and play it forward to the clock&apos;s time, so it opens mid-meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also open the timekeeper&apos;s display, on SCREEN (a name such as HDMI-1, or an index from 0); alone, on the second screen when there is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the clock at this instant (ISO 8601, e.g. 2023-05-25T16:12:00-04:00), for screenshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the window to OUT.png once it is laid out, then quit; with --display, the display too, to OUT-display.png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window&apos;s size, e.g. 1366x768.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether every text of the console is drawn whole once it is laid out, then quit (1 if any is clipped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fake-clock needs an ISO 8601 instant, such as 2023-05-25T16:12:00-04:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size needs WIDTHxHEIGHT, such as 1366x768</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last meeting, %1, is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak this language (%1) instead of the one View &gt; Language chose or the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::AboutBox</name>
    <message>
        <source>&lt;h3&gt;Rostrum %1&lt;/h3&gt;&lt;p&gt;The chair&apos;s console for speakers lists and speaking time.&lt;/p&gt;&lt;p&gt;Released under the %2.&lt;br&gt;%3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Rostrum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::BackupActions</name>
    <message>
        <source>%1 backup %2.rostrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up a copy of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rostrum meetings (*.rostrum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not backed up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::BackupFolder</name>
    <message>
        <source>the backup folder %1 cannot be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup folder %1 cannot be made private to its owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a backup of “%1”, written %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::BackupSchedule</name>
    <message>
        <source>The automatic backup was not written: %1. The meeting carries on; the next backup is tried in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::BackupsDialog</name>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rostrum writes a backup of the meeting being run every 5 minutes, into %1. A backup opens read only; Save a copy as… carries on from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet: Rostrum writes one every 5 minutes while a meeting is being run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::BriefersEdit</name>
    <message>
        <source>Briefer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete removes the chosen briefer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::Categories</name>
    <message>
        <source>Organizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-sponsors and groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of State or Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy Permanent Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargé d&apos;affaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the end of their tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the end of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take off the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::ChairActions</name>
    <message>
        <source>&amp;New meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new meeting file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a meeting file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the meeting to a new file and carry on there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one consistent copy of the meeting file, journal and undo included, and carry on here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at one of the backups Rostrum writes every 5 minutes, read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import inscriptions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscribe the rows of a CSV file, after a preview of what each row becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export list of speakers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the list of speakers as PDF, CSV or HTML (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report of the meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who spoke, for how long, the totals by tier and the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the console; every act is already saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start
Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or pause the speaker&apos;s clock; calls the first speaker when no one is at the rostrum (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next
N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this speech and call the next speaker (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent
A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The called speaker is absent: move them per the meeting&apos;s rule and call the following speaker (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+30 s
+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the speaker 30 more seconds (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−30 s
−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take 30 seconds from the speaker (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rese&amp;t clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset
Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the speaker&apos;s clock back to the full limit (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo
Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last act (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo
Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the act just undone (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close list
Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close or reopen the list of speakers to new inscriptions (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inscribe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the inscription line (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscribe with &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscribe with every field: title, category, group, language, limit (Ctrl+Shift+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected inscription (F2, Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected speaker up one place (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected speaker down one place (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the &amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected speaker the next one (Ctrl+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the &amp;bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected speaker to the end of the list (Ctrl+End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xchange places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two selected speakers exchange places, in one act (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the automatic &amp;place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release a speaker placed by hand back to the place the rules give (Ctrl+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;limit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the time limit of the selected speaker, or of the current one (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set limit for &amp;all remaining…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit for all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set one time limit for every waiting speaker (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected speaker withdraws; kept in the record (Shift+Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move inscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected inscription, made in error (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, schedule, deadline, lists, limits and rules (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timekeeper display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the timekeeper&apos;s big display (Ctrl+T); F11 in it toggles full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Running order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the running order (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show who has spoken, for how long, and the overruns (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did what and when, from this console and every other program that writes the meeting (Ctrl+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a fresh copy of the Security Council meeting of the seed, held today and starting within minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every key of the console, and its act (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Rostrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version and the licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open recen&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::ChairWindow</name>
    <message>
        <source>List of speakers written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Rostrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rostrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⏳ Waiting to save — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ NOT saved — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ignored: %1 was called less than a second ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent ignored: %1 was called less than a second ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a speaker in the running order to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select only one speaker to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a speaker in the running order to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select only one speaker to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already first on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already last on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two speakers (Ctrl+click the second) to exchange their places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a speaker placed by hand to return them to their automatic place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the speaker who withdraws.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the inscription to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time limit. Write minutes and seconds, such as 3:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one speaker whose limit to set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit for %1 (minutes:seconds):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit for all remaining speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Time limit for every waiting speaker (waiting: %2), in minutes:seconds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause
Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;sume clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start: call the first speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume
Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start
Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to redo (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen list
Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close list
Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rostrum meetings (*.rostrum);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting.rostrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting: settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefers inscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The briefers cannot be inscribed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo meeting cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo meeting is missing an inscription: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was typed into the inscription line, not taken as %2: while you type, keys write. Escape on the empty line goes back to the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” just before the typing was taken as %2; if it was the first letter of a name, press Undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::ClockStepWatch</name>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer&apos;s clock was set back by %1; the speech clocks kept true time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer&apos;s clock was set forward by %1; the speech clocks kept true time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer&apos;s clock is %1 behind this meeting&apos;s record: the speech clocks count on from the record, not from the computer&apos;s clock. Set the computer&apos;s clock right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::ConsoleHeartbeat</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed: %1, %2 over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed: %1, %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed: %1, %2 over the limit; the console was closed for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed: %1, %2 left; the console was closed for %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::CountdownReadout</name>
    <message>
        <source>Remaining speaking time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAUSED — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>READY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERTIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::CsvReader</name>
    <message>
        <source>There is text after the closing quote of field %1; a quote inside a quoted field is written twice (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 contains a quote (&quot;) but does not start with one; put the whole field in quotes and write the quote twice (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field starts on this line and its closing quote is missing, so the rest of the file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text: it looks like UTF-16 without a byte-order mark, or not text at all. Save it as “CSV UTF-8” or “Unicode text”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is cut off in the middle of a UTF-16 character. Save it again from the spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid %1 text here. Save it from the spreadsheet as “CSV UTF-8” or “Unicode text”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file of inscriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, a pipe or a socket); save the inscriptions as a CSV file and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the open meeting file (or its journal), not a file of inscriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB; an inscription file is at most %3 MB. Is it the right file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 grew past %2 MB while it was read; import it again once it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::DelegationListEdit</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a delegation, e.g. Ghana, and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete removes the chosen delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the directory of delegations. Press Enter again to add it as typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the directory of delegations (did you mean %2?). Press Enter again to add it as typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::EntryDialog</name>
    <message>
        <source>Automatic (from the meeting&apos;s lists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many delegations the statement is made for; two or more give the priority of a group statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty for a national statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M:SS, empty for the category&apos;s limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On &amp;behalf of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time li&amp;mit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New inscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time limit. Write minutes and seconds, such as 3:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This inscription is no longer on the list; it was removed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::ExportActions</name>
    <message>
        <source>The report is written as PDF or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF for printing (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of speakers %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the list of speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of speakers was not exported. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::ImportDialog</name>
    <message>
        <source>&amp;Skip refused rows and import the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import inscriptions from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import inscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet text (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be imported, %1 of them late.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be imported, %1 of them late; %2 refused row(s) will be skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused. Nothing is imported while a row is refused: fix the file, or skip the refused rows to import the other %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rostrum::InlineMessage</name>
    <message>
        <source>✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::InscriptionColumns</name>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header has no “delegation” column; it is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header names columns that Rostrum does not import: %1. Rename or delete them; the columns are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header names a column twice: %1. Keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 has no name in the header but holds %2 here. Name the column or empty it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a category. Use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a level. Use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of the six UN languages. Use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date and time. Write YYYY-MM-DD HH:MM in the meeting&apos;s time zone, or ISO 8601 with an offset (2023-05-23T16:00-04:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a time limit. Write minutes and seconds, like 3:00 or 2:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a group size. Write how many delegations the group has, as a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group size of %1 is given, but on_behalf_of is empty. Name the group the statement is made for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement on behalf of %1 needs a group_size: how many delegations the group has.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::InscriptionImport</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is inscribed twice in this file (also line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is inscribed twice in this file in its national capacity (also line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is inscribed twice in this file on behalf of %2 (also line %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row (delegation, speaker, …) and one row per inscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header but no inscriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has %1 fields but the header has %2 columns. A value that holds the delimiter must be in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n inscription(s) imported from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No row can be imported; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused; nothing was imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rostrum::InscriptionLine</name>
    <message>
        <source>Inscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inscribe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation, e.g. Latvia (Enter inscribes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave on automatic for States; choose Briefer or Other for speakers who are not in the directory of delegations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 inscribed at no. %2, marked late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 inscribed at no. %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::InscriptionRules</name>
    <message>
        <source>A delegation is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time limit must be longer than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time limit %1 is longer than 24 hours (%2), the longest a limit can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of the six UN languages (ar, zh, en, fr, ru, es).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group size cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group statement needs the name of the group it is made on behalf of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the directory of delegations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a briefer, an NGO or another non-State speaker, choose the category briefer or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the directory of delegations, so its category cannot be inferred. Choose the category (briefer or other for non-State speakers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no. %1 on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already inscribed (entry #%2, %3). The same speaker cannot be inscribed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already inscribed in its national capacity (entry #%2, %3). A delegation may speak once nationally and once on behalf of a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already inscribed on behalf of %2 (entry #%3, %4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::JournalModel</name>
    <message>
        <source>↶ undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone since: it no longer applies to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::JournalWindow</name>
    <message>
        <source>Journal — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every act on this meeting, newest first, from this console and any other program that writes it. Times are the meeting&apos;s (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acts kept in memory, not in the journal until they are saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::KeyTable</name>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::KeysDialog</name>
    <message>
        <source>Keys — Rostrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys of the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single keys never act while someone types in a text field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::LanguageChoice</name>
    <message>
        <source>--language “%1” is not a language Rostrum speaks; it speaks %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::ListExport</name>
    <message>
        <source>%1, on behalf of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of speakers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected times as of %1, assuming that every speaker keeps to the time limit (%2 unless stated otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is inscribed on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker and title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on behalf of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected end: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::ListInvariants</name>
    <message>
        <source>negative accumulated pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started after the newest act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused before it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pause recorded on a clock that never started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaking time %1 ms out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a negative time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeps a speech clock off the rostrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaking, but the speech has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spoke, but the speech never ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended before it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry #%1 is filed under #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 speakers at the rostrum at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the current speaker disagrees with the statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> is in the running order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> is in the running order twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> shares its place key with another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the numbered places disagree with the running order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the places do not run from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting, but %2 in the running order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::ListOfSpeakersPdf</name>
    <message>
        <source>on behalf of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of speakers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected times as of %1, assuming that every speaker keeps to the time limit (%2 unless stated otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is inscribed on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker and title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected end: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::MainFileWatch</name>
    <message>
        <source>the meeting file %1 has been overwritten in place and is no longer a meeting (%2); nothing more is written to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another meeting file (another meeting, or a backup) has been copied over the meeting file %1; nothing more is written to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an older copy of this meeting has been copied over the meeting file %1; nothing more is written to it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::MeetingBar</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIST CLOSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed %1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Projected end %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected end %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::MeetingConsole</name>
    <message>
        <source>Running order (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::MeetingFileChecks</name>
    <message>
        <source>No meeting file was named: give the path of a .rostrum file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the journal of an open meeting, not a meeting file: open the .rostrum file beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it is not a Rostrum meeting file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Rostrum meeting file (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: it is cut short or corrupted (its size does not match its page size). Open a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a Rostrum meeting file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Rostrum (file format %2; this version reads up to %3). Open it with a newer Rostrum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only. Rostrum saves every act to the meeting file as it happens, so it needs to write there. Make the file writable, or copy it to a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 is read-only. Rostrum keeps a journal file next to the meeting while it is open, so it needs to write there. Copy the meeting to a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk that holds %1 is full (%2 KiB free). Free some space on it, or copy the meeting to another disk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::MeetingHeading</name>
    <message>
        <source>United Nations Security Council Arria-formula meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 a.m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 p.m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organized by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-sponsored by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::MeetingSession</name>
    <message>
        <source>its list breaks the rules of a speakers list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: this meeting is open read only (%1). Save a copy as… to carry on with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was opened for reading only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused; nothing was imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No row could be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meeting file %1 has become read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal file %1 beside the meeting file has become read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for another program that holds the meeting file: the acts are kept in memory and will be saved as soon as it lets go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are NOT being saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This meeting is also open in another console: %1. Acts from every console are saved, and each shows the others&apos; within a moment.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The last act cannot be undone while changes are not being saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo is unavailable while changes are not being saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program holds the meeting file; nothing was undone or redone. Try again in a moment (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::MeetingStore</name>
    <message>
        <source>Copied from another meeting file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup needs a file name, such as backup.rostrum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. A backup never replaces a file; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meeting file %1 has been deleted or moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meeting file %1 has been replaced by another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal file %1 beside the meeting file has been deleted or replaced; the acts saved so far are safe in the meeting file. Reopen the meeting or save a copy to carry on saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: it has no meeting in it (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meeting tables are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not opened: %2. Nothing in it was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: the journal (WAL) mode could not be switched on: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new meeting file needs a name, such as meeting.rostrum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Rostrum never overwrites a meeting file; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was opened for reading only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::NowSpeakingPanel</name>
    <message>
        <source>Limit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking time used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on behalf of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>speaker name, title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, paused</source>
        <comment>clock phase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one at the rostrum — next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one at the rostrum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::PagedDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::QuitGuard</name>
    <message>
        <source>Acts not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acts not saved in the meeting file: %1. They are kept in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy to keep them; quitting now loses them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::ReadOnlyMeeting</name>
    <message>
        <source>%1 is on a read-only medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder of %1 is read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::ReportDialog</name>
    <message>
        <source>Report of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals by tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline: planned and actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1; times are local to the meeting (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not exported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF for printing (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::ReportPdf</name>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline: planned and actual (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline: planned and actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report of the meeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared on %1; times are local to the meeting (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals by tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the order they spoke, then those still waiting, then the absent and the withdrawn. Planned: the start each speaker would have had if everyone before them had spoken for exactly their allotted time from the scheduled start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::ReportText</name>
    <message numerus="yes">
        <source>%n spoke</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 speaking now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n absent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overruns, in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pauses, in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n inscribed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allotted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average overrun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::RunningOrder</name>
    <message>
        <source>No one is waiting to speak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time: the list ends by %1 at the current limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Limit %1 for the remaining %n speaker(s) to end at %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot end at %1 even at %2 each; at the current limits the last speaker reached is no. %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot end at %1 even at %2 each; no waiting speaker finishes before then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::RunningOrderModel</name>
    <message>
        <source>◷ Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚑ Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Absent ×%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
on behalf of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, inscribed %2, after the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, inscribed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On behalf of %1 (group of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed by hand: automatic placement leaves them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker and title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag one speaker at a time: %1 are selected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::SaveBanner</name>
    <message>
        <source>Save a copy as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting is open read only: %1. Save a copy as… to carry on with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acts kept in memory only: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy).rostrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rostrum meetings (*.rostrum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::SaveFile</name>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: it is a meeting file (or another database), and a document never replaces one. Choose another name for the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: it belongs to the meeting file %2, and a document never replaces it. Choose another name for the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::Schema</name>
    <message>
        <source>The file was written by a newer version of Rostrum (file format %1; this version reads up to %2). Open it with a newer Rostrum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its list of tables cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 named “%2” is not as Rostrum makes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds %1 named “%2” that Rostrum does not make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 named “%2” is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::SettingsDialog</name>
    <message>
        <source>Meeting settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time and &amp;order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one to fill the heading, the order and the limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line above the title of every document; empty: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscriptions after this are marked late:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;heading:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a few letters and choose from the directory. These lists decide the category inferred for a new inscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organizers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Co-sponsors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council &amp;members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Briefers, inscribed when the meeting is made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s time zone has no IANA name (it is a rule such as TZ=UTC+3). Choose the meeting&apos;s time zone, such as Europe/Zurich or America/New_York.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the meeting&apos;s time zone, such as Europe/Zurich or America/New_York.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default time &amp;limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warning before the end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Absent when called:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tier order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time limit for %2. Write minutes and seconds, such as 3:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::SpeakersList</name>
    <message>
        <source>The clock is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock started for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is waiting to speak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock paused for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finished; the list is exhausted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one has been called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has started speaking; use Next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken off the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved to the end of the %1 tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved to the end of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 absent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2 called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is speaking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding %1 would give %2 more than 24 hours (%3) in all; at most %4 can be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time left to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock reset for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock is already at the full limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no entry #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time limit must be longer than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time limit %1 for %2 is longer than 24 hours (%3), the longest a limit can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the %1 already added, a limit of %2 would give %3 more than 24 hours (%4) in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already spoken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a limit of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time limit of %1 for every remaining speaker is longer than 24 hours (%2), the longest a limit can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit %1 for all remaining speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every remaining speaker already has a limit of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was absent and is off the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of speakers is closed. Reopen it to inscribe %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 inscribed (late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 inscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is speaking. Call the next speaker before removing this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a waiting speaker can withdraw; %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 withdrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only waiting speakers can be moved; %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no position %1 for %2: %2 is the only waiting speaker, at position 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>There is no position %1 for %2: there are %n waiting speakers: choose a position from 1 to %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already at position %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved to position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different speakers to exchange places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only waiting speakers can exchange places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exchanged places with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a waiting speaker placed by hand can be released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returned to the automatic order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of speakers closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of speakers reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting needs a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting needs a start and an end time that differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a known time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a POSIX rule, not the name of a time zone; use an IANA id such as Europe/Zurich or America/New_York.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limits must be longer than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s time limit %1 is longer than 24 hours (%2), the longest a limit can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time limit %1 for the category %2 is longer than 24 hours (%3), the longest a limit can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1 and %2 would both be at the rostrum; one speaker speaks at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::SpokenModel</name>
    <message>
        <source>%1
on behalf of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not timed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 spoke %2 over the limit of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker and title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoke for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::SqliteError</name>
    <message>
        <source>the disk is full (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file or its folder is read-only (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program is holding the meeting file locked (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be written or read: it may have been moved, deleted or the disk removed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be opened (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::StartPage</name>
    <message>
        <source>Start page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rostrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair&apos;s console for speakers lists and speaking time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new meeting file: its title, schedule, deadline and rules (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting file (.rostrum) from this computer or a shared folder (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Security Council meeting with 45 speakers inscribed, held today and starting within minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet: the meetings you open will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::TextRules</name>
    <message>
        <source>The delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speaker&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group (on behalf of)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The heading of the meeting&apos;s documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of organizer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of co-sponsor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of Council member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a line break (%2) at position %3; a name or a title is one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a control character (%2) at position %3; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a bidirectional formatting character (%2) at position %3, which would show the text in another order than it is written; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes contain a control character (%1) at position %2; notes may hold line breaks and tabs, but no other control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes contain a bidirectional formatting character (%1) at position %2, which would show the text in another order than it is written; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::TierOrderEdit</name>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::TimeText</name>
    <message>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::TimekeeperDisplay</name>
    <message>
        <source>Rostrum — Timekeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on behalf of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, on behalf of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one at the rostrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1 — %2</source>
        <comment>delegation, speaker</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected end %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::TimelinePicture</name>
    <message>
        <source>Planned slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled end %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::TimelineWidget</name>
    <message>
        <source>Timeline of the meeting: planned and actual speeches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::UnsavedActs</name>
    <message>
        <source>“%1” was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::ZoneTime</name>
    <message>
        <source>“%1” is outside the years 2000 to 2100; check the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 happens twice in %3; add the offset: %4 or %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 does not exist in %3: the clocks skip that hour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rostrum::cli</name>
    <message>
        <source>No one is at the rostrum; no one is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at the rostrum: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is absent and now no. %2 on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is absent and off the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a value (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an entry id (a whole number, as shown by “list”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a position on the list (1 is the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2 is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number of seconds to add (30) or remove (-30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2 is not a time limit; write minutes and seconds, like 3:00 or 2:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2 is not a date; write YYYY-MM-DD, like 2023-05-25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2 is not a time of day; write HH:MM or HH:MM:SS, like 15:00 or 15:00:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2 is not a date and time; write &quot;YYYY-MM-DD HH:MM[:SS]&quot; in the meeting&apos;s time zone, or ISO 8601 with an offset (2023-05-23T16:00-04:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 is not in the directory of delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid %2; choose one of: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say where to write: --pdf OUT, --csv OUT or --html OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say where to write: --pdf OUT or --csv OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF output needs the graphical libraries, which could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: rostrum-cli COMMAND FILE [ARGUMENTS] [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the speakers list of a Rostrum meeting file. Every act is saved to the file as one transaction and journaled under the name cli:$USER. Other programs, the console included, may have the file open at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID is an entry id as shown by “list --format json” and printed by “add”. POSITION counts from 1. M:SS is a time like 3:00. Dates and times are in the meeting&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 when done; 1 when the rules of the list or the file refuse the act; 2 when the command line is wrong. An error is one line on standard error, starting with “rostrum-cli: ”. A refused act never changes the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options: --help, -h (this help); --version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More about one command: rostrum-cli help COMMAND, or rostrum-cli COMMAND --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 refused, 2 wrong command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n row(s) would be imported, %1 refused.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n row(s) refused, so nothing would be imported; --skip-invalid would import the other %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused; nothing was imported (--skip-invalid imports the other %1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n inscription(s) (%1 late).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n inscription(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused and not imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been done yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delegation cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on-behalf-of and --group-size go together: name the group and say how many delegations it has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on-behalf-of cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--group-size must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now no. %2 on the list (placed by hand).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (now no. %2) and %3 (now no. %4) exchanged places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 withdrew from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now has a limit of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Limit %1 for the %n waiting speaker(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The list of speakers is closed; inscriptions are refused until it is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of speakers is open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, on behalf of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent once</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>absent %n times</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No one is on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (see “rostrum-cli help %1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given (see “rostrum-cli --help”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>help takes at most one command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no command “%1” (see “rostrum-cli --help”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer&apos;s time zone (TZ=%1) is not an IANA zone; give the meeting&apos;s zone with --time-zone, e.g. --time-zone America/New_York</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer&apos;s time zone has no IANA name; give the meeting&apos;s zone with --time-zone, e.g. --time-zone America/New_York</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”, %2 %3–%4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--title cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IANA time zone; use an IANA id such as Europe/Zurich or America/New_York</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what to change: --title, --venue or --heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: the settings are already so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings changed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo meeting could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote the demo meeting to %1: %2, %n speaker(s) inscribed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2–%3 (%4); now %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking: %1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is speaking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: no one is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Projected end: %1 (%2), %n speaker(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The list of speakers is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of speakers is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
