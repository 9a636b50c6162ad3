<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>rostrum::ImportDialog</name>
    <message numerus="yes">
        <source>%n row(s) will be imported, %1 of them late.</source>
        <translation>
            <numerusform>%n row will be imported, %1 of them late.</numerusform>
            <numerusform>%n rows will be imported, %1 of them late.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be imported, %1 of them late; %2 refused row(s) will be skipped.</source>
        <translation>
            <numerusform>%n row will be imported, %1 of them late; %2 refused row(s) will be skipped.</numerusform>
            <numerusform>%n rows will be imported, %1 of them late; %2 refused row(s) will be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused. Nothing is imported while a row is refused: fix the file, or skip the refused rows to import the other %1.</source>
        <translation>
            <numerusform>%n row refused. Nothing is imported while a row is refused: fix the file, or skip the refused rows to import the other %1.</numerusform>
            <numerusform>%n rows refused. Nothing is imported while a row is refused: fix the file, or skip the refused rows to import the other %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rostrum::InscriptionImport</name>
    <message numerus="yes">
        <source>%n inscription(s) imported from %1</source>
        <translation>
            <numerusform>%n inscription imported from %1</numerusform>
            <numerusform>%n inscriptions imported from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused; nothing was imported.</source>
        <translation>
            <numerusform>%n row refused; nothing was imported.</numerusform>
            <numerusform>%n rows refused; nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rostrum::LimitForAllDialog</name>
    <message numerus="yes">
        <source>&amp;Limit for the %n waiting speaker(s) (minutes:seconds):</source>
        <translation>
            <numerusform>&amp;Limit for the %n waiting speaker (minutes:seconds):</numerusform>
            <numerusform>&amp;Limit for the %n waiting speakers (minutes:seconds):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rostrum::MeetingSession</name>
    <message numerus="yes">
        <source>%n row(s) refused; nothing was imported.</source>
        <translation>
            <numerusform>%n row refused; nothing was imported.</numerusform>
            <numerusform>%n rows refused; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This meeting is also open in another console: %1. Acts from every console are saved, and each shows the others&apos; within a moment.</source>
        <translation>
            <numerusform>This meeting is also open in another console: %1. Acts from every console are saved, and each shows the others&apos; within a moment.</numerusform>
            <numerusform>This meeting is also open in %n other consoles: %1. Acts from every console are saved, and each shows the others&apos; within a moment.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rostrum::ReportText</name>
    <message numerus="yes">
        <source>%n spoke</source>
        <translation>
            <numerusform>%n spoke</numerusform>
            <numerusform>%n spoke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absent</source>
        <translation>
            <numerusform>%n absent</numerusform>
            <numerusform>%n absent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn</source>
        <translation>
            <numerusform>%n withdrawn</numerusform>
            <numerusform>%n withdrawn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still waiting</source>
        <translation>
            <numerusform>%n still waiting</numerusform>
            <numerusform>%n still waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inscribed</source>
        <translation>
            <numerusform>%n inscribed</numerusform>
            <numerusform>%n inscribed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) of order</source>
        <translation>
            <numerusform>%n point of order</numerusform>
            <numerusform>%n points of order</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n right(s) of reply</source>
        <translation>
            <numerusform>%n right of reply</numerusform>
            <numerusform>%n rights of reply</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measured</source>
        <translation>
            <numerusform>%n measured</numerusform>
            <numerusform>%n measured</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rostrum::RunningOrder</name>
    <message numerus="yes">
        <source>Limit %1 for the remaining %n speaker(s) to end at %2.</source>
        <translation>
            <numerusform>Limit %1 for the remaining %n speaker to end at %2.</numerusform>
            <numerusform>Limit %1 for the remaining %n speakers to end at %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rostrum::SpeakersList</name>
    <message numerus="yes">
        <source>There is no position %1 for %2: there are %n waiting speakers: choose a position from 1 to %n.</source>
        <translation>
            <numerusform>There is no position %1 for %2: there is %n waiting speaker: choose position %n.</numerusform>
            <numerusform>There is no position %1 for %2: there are %n waiting speakers: choose a position from 1 to %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already has the %n right(s) of reply this meeting allows: %2.</source>
        <translation>
            <numerusform>%1 already has the %n right of reply this meeting allows: %2.</numerusform>
            <numerusform>%1 already has the %n rights of reply this meeting allows: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rostrum::cli</name>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>Wrote %1 (%n page)</numerusform>
            <numerusform>Wrote %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n row(s) would be imported, %1 refused.</source>
        <translation>
            <numerusform>Dry run: %n row would be imported, %1 refused.</numerusform>
            <numerusform>Dry run: %n rows would be imported, %1 refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n row(s) refused, so nothing would be imported; --skip-invalid would import the other %1.</source>
        <translation>
            <numerusform>Dry run: %n row refused, so nothing would be imported; --skip-invalid would import the other %1.</numerusform>
            <numerusform>Dry run: %n rows refused, so nothing would be imported; --skip-invalid would import the other %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused; nothing was imported (--skip-invalid imports the other %1).</source>
        <translation>
            <numerusform>%n row refused; nothing was imported (--skip-invalid imports the other %1).</numerusform>
            <numerusform>%n rows refused; nothing was imported (--skip-invalid imports the other %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n inscription(s) (%1 late).</source>
        <translation>
            <numerusform>Imported %n inscription (%1 late).</numerusform>
            <numerusform>Imported %n inscriptions (%1 late).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n inscription(s).</source>
        <translation>
            <numerusform>Imported %n inscription.</numerusform>
            <numerusform>Imported %n inscriptions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused and not imported.</source>
        <translation>
            <numerusform>%n row refused and not imported.</numerusform>
            <numerusform>%n rows refused and not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Limit %1 for the %n waiting speaker(s).</source>
        <translation>
            <numerusform>Limit %1 for the %n waiting speaker.</numerusform>
            <numerusform>Limit %1 for the %n waiting speakers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>absent %n times</source>
        <translation>
            <numerusform>absent once</numerusform>
            <numerusform>absent %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the demo meeting to %1: %2, %n speaker(s) inscribed.</source>
        <translation>
            <numerusform>Wrote the demo meeting to %1: %2, %n speaker inscribed.</numerusform>
            <numerusform>Wrote the demo meeting to %1: %2, %n speakers inscribed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Projected end: %1 (%2), %n speaker(s) waiting</source>
        <translation>
            <numerusform>Projected end: %1 (%2), %n speaker waiting</numerusform>
            <numerusform>Projected end: %1 (%2), %n speakers waiting</numerusform>
        </translation>
    </message>
</context>
</TS>
