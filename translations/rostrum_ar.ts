<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>the demo meeting cannot be created: %1</source>
        <translation>تعذر إنشاء الاجتماع التجريبي: %1</translation>
    </message>
    <message>
        <source>demo inscription refused: %1</source>
        <translation>رُفض تسجيل في الاجتماع التجريبي: %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>تتعذر الكتابة في %1</translation>
    </message>
    <message>
        <source>The chair&apos;s console for speakers lists and speaking time.</source>
        <translation>وحدة تحكم الرئيس لإدارة قوائم المتكلمين ووقت الكلام.</translation>
    </message>
    <message>
        <source>The meeting file to open. Without it, the last meeting reopens.</source>
        <translation>ملف الاجتماع المراد فتحه. إذا لم يُحدد، يُعاد فتح آخر اجتماع.</translation>
    </message>
    <message>
        <source>Open a fresh copy of the demo meeting (the seed UNSC Arria-formula meeting), held today and starting within minutes.</source>
        <translation>فتح نسخة جديدة من الاجتماع التجريبي (اجتماع مجلس الأمن الأصلي بصيغة آريا)، يُعقد اليوم ويبدأ في غضون دقائق.</translation>
    </message>
    <message>
        <source>With --demo: hold the meeting at its own hours on the clock&apos;s day and play it forward to the clock&apos;s time, so it opens mid-meeting.</source>
        <translation>مع --demo: عقد الاجتماع في مواعيده الأصلية في يوم الساعة، وتشغيله حتى وقت الساعة، بحيث يُفتح والاجتماع جارٍ.</translation>
    </message>
    <message>
        <source>Also open the timekeeper&apos;s display, on SCREEN (a name such as HDMI-1, or an index from 0); alone, on the second screen when there is one.</source>
        <translation>فتح شاشة مراقب الوقت أيضا على الشاشة SCREEN (اسم مثل HDMI-1، أو رقم ترتيبي ابتداء من 0)؛ وبدونها، على الشاشة الثانية إن وُجدت.</translation>
    </message>
    <message>
        <source>Freeze the clock at this instant (ISO 8601, e.g. 2023-05-25T16:12:00-04:00), for screenshots.</source>
        <translation>تثبيت الساعة عند هذه اللحظة (ISO 8601، مثل 2023-05-25T16:12:00-04:00)، لالتقاط صور الشاشة.</translation>
    </message>
    <message>
        <source>Save the window to OUT.png once it is laid out, then quit; with --display, the display too, to OUT-display.png.</source>
        <translation>حفظ النافذة في OUT.png بعد اكتمال عرضها، ثم الخروج؛ ومع --display، تُحفظ الشاشة أيضا في OUT-display.png.</translation>
    </message>
    <message>
        <source>The window&apos;s size, e.g. 1366x768.</source>
        <translation>حجم النافذة، مثل 1366x768.</translation>
    </message>
    <message>
        <source>Say whether every text of the console is drawn whole once it is laid out, then quit (1 if any is clipped).</source>
        <translation>الإفادة بما إذا كانت كل نصوص وحدة التحكم معروضة كاملة بعد اكتمال العرض، ثم الخروج (1 إذا اقتُطع أي نص).</translation>
    </message>
    <message>
        <source>--fake-clock needs an ISO 8601 instant, such as 2023-05-25T16:12:00-04:00</source>
        <translation>يتطلب --fake-clock لحظة بصيغة ISO 8601، مثل 2023-05-25T16:12:00-04:00</translation>
    </message>
    <message>
        <source>--size needs WIDTHxHEIGHT, such as 1366x768</source>
        <translation>يتطلب --size القيمة WIDTHxHEIGHT، مثل 1366x768</translation>
    </message>
    <message>
        <source>The last meeting, %1, is no longer there.</source>
        <translation>آخر اجتماع، %1، لم يعد موجودا.</translation>
    </message>
    <message>
        <source>Speak this language (%1) instead of the one View &gt; Language chose or the system&apos;s.</source>
        <translation>استخدام هذه اللغة (%1) بدلا من اللغة المختارة في عرض &gt; اللغة أو لغة النظام.</translation>
    </message>
</context>
<context>
    <name>rostrum::AboutBox</name>
    <message>
        <source>&lt;h3&gt;Rostrum %1&lt;/h3&gt;&lt;p&gt;The chair&apos;s console for speakers lists and speaking time.&lt;/p&gt;&lt;p&gt;Released under the %2.&lt;br&gt;%3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rostrum %1&lt;/h3&gt;&lt;p&gt;وحدة تحكم الرئيس لإدارة قوائم المتكلمين ووقت الكلام.&lt;/p&gt;&lt;p&gt;صادر بموجب %2.&lt;br&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Rostrum</source>
        <translation>حول Rostrum</translation>
    </message>
</context>
<context>
    <name>rostrum::BackupActions</name>
    <message>
        <source>%1 backup %2.rostrum</source>
        <translation>%1 نسخة احتياطية %2.rostrum</translation>
    </message>
    <message>
        <source>Back up a copy of the meeting</source>
        <translation>حفظ نسخة احتياطية من الاجتماع</translation>
    </message>
    <message>
        <source>Rostrum meetings (*.rostrum)</source>
        <translation>اجتماعات Rostrum (*.rostrum)</translation>
    </message>
    <message>
        <source>Not backed up: %1</source>
        <translation>لم تُحفظ النسخة الاحتياطية: %1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>حُفظت نسخة احتياطية في %1</translation>
    </message>
</context>
<context>
    <name>rostrum::BackupFolder</name>
    <message>
        <source>the backup folder %1 cannot be made</source>
        <translation>يتعذر إنشاء مجلد النسخ الاحتياطية %1</translation>
    </message>
    <message>
        <source>the backup folder %1 cannot be made private to its owner</source>
        <translation>يتعذر جعل مجلد النسخ الاحتياطية %1 خاصا بمالكه</translation>
    </message>
    <message>
        <source>it is a backup of “%1”, written %2</source>
        <translation>إنها نسخة احتياطية من ”%1“، كُتبت في %2</translation>
    </message>
</context>
<context>
    <name>rostrum::BackupSchedule</name>
    <message>
        <source>The automatic backup was not written: %1. The meeting carries on; the next backup is tried in a few minutes.</source>
        <translation>لم تُكتب النسخة الاحتياطية التلقائية: %1. يستمر الاجتماع؛ وستُجرى محاولة النسخ الاحتياطي التالية في غضون دقائق.</translation>
    </message>
</context>
<context>
    <name>rostrum::BackupsDialog</name>
    <message>
        <source>%1 KB</source>
        <translation>%1 ك.ب</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 م.ب</translation>
    </message>
    <message>
        <source>Open a backup</source>
        <translation>فتح نسخة احتياطية</translation>
    </message>
    <message>
        <source>Rostrum writes a backup of the meeting being run every 5 minutes, into %1. A backup opens read only; Save a copy as… carries on from it.</source>
        <translation>يكتب Rostrum نسخة احتياطية من الاجتماع الجاري كل 5 دقائق في %1. تُفتح النسخة الاحتياطية للقراءة فقط؛ ويتيح الأمر ”حفظ نسخة باسم…“ مواصلة العمل انطلاقا منها.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>تاريخ الكتابة</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>No backups yet: Rostrum writes one every 5 minutes while a meeting is being run.</source>
        <translation>لا توجد نسخ احتياطية بعد: يكتب Rostrum نسخة كل 5 دقائق أثناء سير الاجتماع.</translation>
    </message>
    <message>
        <source>Backups of the meeting, newest first</source>
        <translation>النسخ الاحتياطية للاجتماع، الأحدث أولا</translation>
    </message>
</context>
<context>
    <name>rostrum::BriefersEdit</name>
    <message>
        <source>Briefer&apos;s name</source>
        <translation>اسم مقدم الإحاطة</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>اللقب (اختياري)</translation>
    </message>
    <message>
        <source>Organization (optional)</source>
        <translation>المنظمة (اختياري)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Delete removes the chosen briefer</source>
        <translation>يزيل مفتاح Delete مقدم الإحاطة المختار</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Briefer&apos;s title, optional</source>
        <translation>لقب مقدم الإحاطة، اختياري</translation>
    </message>
    <message>
        <source>Briefer&apos;s organization, optional</source>
        <translation>منظمة مقدم الإحاطة، اختياري</translation>
    </message>
    <message>
        <source>Briefers to inscribe</source>
        <translation>مقدمو الإحاطات المراد تسجيلهم</translation>
    </message>
</context>
<context>
    <name>rostrum::Categories</name>
    <message>
        <source>Organizer</source>
        <translation>الجهة المنظمة</translation>
    </message>
    <message>
        <source>Briefer</source>
        <translation>مقدم إحاطة</translation>
    </message>
    <message>
        <source>Council member</source>
        <translation>عضو في المجلس</translation>
    </message>
    <message>
        <source>Co-sponsor</source>
        <translation>مقدم مشارك</translation>
    </message>
    <message>
        <source>Group statement</source>
        <translation>بيان باسم مجموعة</translation>
    </message>
    <message>
        <source>Member State</source>
        <translation>دولة عضو</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>مراقب</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>غير ذلك</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>الافتتاح</translation>
    </message>
    <message>
        <source>Briefers</source>
        <translation>مقدمو الإحاطات</translation>
    </message>
    <message>
        <source>Council members</source>
        <translation>أعضاء المجلس</translation>
    </message>
    <message>
        <source>Co-sponsors and groups</source>
        <translation>المقدمون المشاركون والمجموعات</translation>
    </message>
    <message>
        <source>Member States</source>
        <translation>الدول الأعضاء</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>المراقبون</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>آخرون</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>يتكلم</translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation>تكلم</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>غائب</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>منسحب</translation>
    </message>
    <message>
        <source>Head of State or Government</source>
        <translation>رئيس دولة أو حكومة</translation>
    </message>
    <message>
        <source>Minister</source>
        <translation>وزير</translation>
    </message>
    <message>
        <source>Permanent Representative</source>
        <translation>ممثل دائم</translation>
    </message>
    <message>
        <source>Deputy Permanent Representative</source>
        <translation>نائب الممثل الدائم</translation>
    </message>
    <message>
        <source>Chargé d&apos;affaires</source>
        <translation>القائم بالأعمال</translation>
    </message>
    <message>
        <source>Move to the end of their tier</source>
        <translation>النقل إلى آخر فئته</translation>
    </message>
    <message>
        <source>Move to the end of the list</source>
        <translation>النقل إلى آخر القائمة</translation>
    </message>
    <message>
        <source>Take off the list</source>
        <translation>الشطب من القائمة</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>الصينية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنكليزية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>الروسية</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>مقاطَع</translation>
    </message>
</context>
<context>
    <name>rostrum::ChairActions</name>
    <message>
        <source>&amp;New meeting…</source>
        <translation>اجتماع جديد (&amp;N)…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Create a new meeting file</source>
        <translation>إنشاء ملف اجتماع جديد</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>فتح (&amp;O)…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Open a meeting file</source>
        <translation>فتح ملف اجتماع</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>حفظ نسخة باسم (&amp;C)…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>حفظ نسخة</translation>
    </message>
    <message>
        <source>Write the meeting to a new file and carry on there</source>
        <translation>كتابة الاجتماع في ملف جديد ومواصلة العمل فيه</translation>
    </message>
    <message>
        <source>&amp;Back up a copy…</source>
        <translation>حفظ نسخة احتياطية (&amp;B)…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>نسخ احتياطي</translation>
    </message>
    <message>
        <source>Write one consistent copy of the meeting file, journal and undo included, and carry on here</source>
        <translation>كتابة نسخة متسقة واحدة من ملف الاجتماع، بما في ذلك سجل العمليات والتراجع، ومواصلة العمل هنا</translation>
    </message>
    <message>
        <source>Open &amp;a backup…</source>
        <translation>فتح نسخة احتياطية (&amp;A)…</translation>
    </message>
    <message>
        <source>Open a backup</source>
        <translation>فتح نسخة احتياطية</translation>
    </message>
    <message>
        <source>Look at one of the backups Rostrum writes every 5 minutes, read only</source>
        <translation>الاطلاع على إحدى النسخ الاحتياطية التي يكتبها Rostrum كل 5 دقائق، للقراءة فقط</translation>
    </message>
    <message>
        <source>&amp;Import inscriptions…</source>
        <translation>استيراد التسجيلات (&amp;I)…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Inscribe the rows of a CSV file, after a preview of what each row becomes</source>
        <translation>تسجيل صفوف ملف CSV، بعد معاينة ما يصير إليه كل صف</translation>
    </message>
    <message>
        <source>&amp;Export list of speakers…</source>
        <translation>تصدير قائمة المتكلمين (&amp;E)…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Write the list of speakers as PDF, CSV or HTML (Ctrl+P)</source>
        <translation>كتابة قائمة المتكلمين بصيغة PDF أو CSV أو HTML (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Report of the meeting…</source>
        <translation>تقرير الاجتماع (&amp;R)…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>Who spoke, for how long, the totals by tier and the timeline</source>
        <translation>من تكلم، ولكم من الوقت، والمجاميع حسب الفئة، والجدول الزمني</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج (&amp;Q)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Close the console; every act is already saved</source>
        <translation>إغلاق وحدة التحكم؛ كل الإجراءات محفوظة بالفعل</translation>
    </message>
    <message>
        <source>&amp;Start clock</source>
        <translation>تشغيل الساعة (&amp;S)</translation>
    </message>
    <message>
        <source>Start
Space</source>
        <translation>بدء
Space</translation>
    </message>
    <message>
        <source>Start or pause the speaker&apos;s clock; calls the first speaker when no one is at the rostrum (Space)</source>
        <translation>تشغيل ساعة المتكلم أو إيقافها مؤقتا؛ ويُدعى المتكلم الأول إذا لم يكن أحد على المنصة (Space)</translation>
    </message>
    <message>
        <source>&amp;Next speaker</source>
        <translation>المتكلم التالي (&amp;N)</translation>
    </message>
    <message>
        <source>Next
N</source>
        <translation>التالي
N</translation>
    </message>
    <message>
        <source>Close this speech and call the next speaker (N)</source>
        <translation>إنهاء هذه الكلمة ودعوة المتكلم التالي (N)</translation>
    </message>
    <message>
        <source>&amp;Absent</source>
        <translation>غائب (&amp;A)</translation>
    </message>
    <message>
        <source>Absent
A</source>
        <translation>غائب
A</translation>
    </message>
    <message>
        <source>The called speaker is absent: move them per the meeting&apos;s rule and call the following speaker (A)</source>
        <translation>المتكلم المدعو غائب: يُنقل وفق قاعدة الاجتماع ويُدعى المتكلم الذي يليه (A)</translation>
    </message>
    <message>
        <source>A&amp;dd 30 seconds</source>
        <translation>إضافة 30 ثانية (&amp;D)</translation>
    </message>
    <message>
        <source>+30 s
+</source>
        <translation>+30 ث
+</translation>
    </message>
    <message>
        <source>Give the speaker 30 more seconds (+)</source>
        <translation>منح المتكلم 30 ثانية إضافية (+)</translation>
    </message>
    <message>
        <source>&amp;Remove 30 seconds</source>
        <translation>إنقاص 30 ثانية (&amp;R)</translation>
    </message>
    <message>
        <source>−30 s
−</source>
        <translation>−30 ث
−</translation>
    </message>
    <message>
        <source>Take 30 seconds from the speaker (-)</source>
        <translation>إنقاص 30 ثانية من وقت المتكلم (-)</translation>
    </message>
    <message>
        <source>Rese&amp;t clock</source>
        <translation>إعادة ضبط الساعة (&amp;T)</translation>
    </message>
    <message>
        <source>Reset
Ctrl+R</source>
        <translation>إعادة ضبط
Ctrl+R</translation>
    </message>
    <message>
        <source>Put the speaker&apos;s clock back to the full limit (Ctrl+R)</source>
        <translation>إعادة ساعة المتكلم إلى الحد الزمني الكامل (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>تراجع (&amp;U)</translation>
    </message>
    <message>
        <source>Undo
Ctrl+Z</source>
        <translation>تراجع
Ctrl+Z</translation>
    </message>
    <message>
        <source>Undo the last act (Ctrl+Z)</source>
        <translation>التراجع عن آخر إجراء (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إعادة (&amp;R)</translation>
    </message>
    <message>
        <source>Redo
Ctrl+Shift+Z</source>
        <translation>إعادة
Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Redo the act just undone (Ctrl+Shift+Z)</source>
        <translation>إعادة الإجراء الذي تم التراجع عنه للتو (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>&amp;Close the list</source>
        <translation>إقفال القائمة (&amp;C)</translation>
    </message>
    <message>
        <source>Close list
Ctrl+L</source>
        <translation>إقفال القائمة
Ctrl+L</translation>
    </message>
    <message>
        <source>Close or reopen the list of speakers to new inscriptions (Ctrl+L)</source>
        <translation>إقفال قائمة المتكلمين أمام التسجيلات الجديدة أو إعادة فتحها (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Inscribe…</source>
        <translation>تسجيل (&amp;I)…</translation>
    </message>
    <message>
        <source>Inscribe</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>Go to the inscription line (Ctrl+I)</source>
        <translation>الانتقال إلى سطر التسجيل (Ctrl+I)</translation>
    </message>
    <message>
        <source>Inscribe with &amp;details…</source>
        <translation>تسجيل مع التفاصيل (&amp;D)…</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>التفاصيل…</translation>
    </message>
    <message>
        <source>Inscribe with every field: title, category, group, language, limit (Ctrl+Shift+I)</source>
        <translation>التسجيل مع كل الحقول: اللقب والصفة والمجموعة واللغة والحد الزمني (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>تعديل (&amp;E)…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Edit the selected inscription (F2, Enter or double-click)</source>
        <translation>تعديل التسجيل المحدد (F2 أو Enter أو النقر المزدوج)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>نقل إلى أعلى (&amp;U)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>أعلى</translation>
    </message>
    <message>
        <source>Move the selected speaker up one place (Ctrl+Up)</source>
        <translation>نقل المتكلم المحدد مكانا واحدا إلى أعلى (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>نقل إلى أسفل (&amp;N)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>أسفل</translation>
    </message>
    <message>
        <source>Move the selected speaker down one place (Ctrl+Down)</source>
        <translation>نقل المتكلم المحدد مكانا واحدا إلى أسفل (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Move to the &amp;top</source>
        <translation>نقل إلى البداية (&amp;T)</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Make the selected speaker the next one (Ctrl+Home)</source>
        <translation>جعل المتكلم المحدد هو المتكلم التالي (Ctrl+Home)</translation>
    </message>
    <message>
        <source>Move to the &amp;bottom</source>
        <translation>نقل إلى النهاية (&amp;B)</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Move the selected speaker to the end of the list (Ctrl+End)</source>
        <translation>نقل المتكلم المحدد إلى آخر القائمة (Ctrl+End)</translation>
    </message>
    <message>
        <source>E&amp;xchange places</source>
        <translation>تبادل الأماكن (&amp;X)</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>تبادل</translation>
    </message>
    <message>
        <source>The two selected speakers exchange places, in one act (Ctrl+E)</source>
        <translation>يتبادل المتكلمان المحددان مكانيهما، في إجراء واحد (Ctrl+E)</translation>
    </message>
    <message>
        <source>Back to the automatic &amp;place</source>
        <translation>العودة إلى المكان التلقائي (&amp;P)</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>إلغاء التثبيت</translation>
    </message>
    <message>
        <source>Release a speaker placed by hand back to the place the rules give (Ctrl+U)</source>
        <translation>إعادة متكلم وُضع يدويا إلى المكان الذي تحدده القواعد (Ctrl+U)</translation>
    </message>
    <message>
        <source>Set &amp;limit…</source>
        <translation>تحديد الحد الزمني (&amp;L)…</translation>
    </message>
    <message>
        <source>Limit…</source>
        <translation>الحد…</translation>
    </message>
    <message>
        <source>Set the time limit of the selected speaker, or of the current one (Ctrl+M)</source>
        <translation>تحديد الحد الزمني للمتكلم المحدد، أو للمتكلم الحالي (Ctrl+M)</translation>
    </message>
    <message>
        <source>Set limit for &amp;all remaining…</source>
        <translation>تحديد الحد لجميع المتبقين (&amp;A)…</translation>
    </message>
    <message>
        <source>Limit for all…</source>
        <translation>الحد للجميع…</translation>
    </message>
    <message>
        <source>Set one time limit for every waiting speaker (Ctrl+Shift+M)</source>
        <translation>تحديد حد زمني واحد لكل متكلم في الانتظار (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>انسحاب (&amp;W)</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>انسحاب</translation>
    </message>
    <message>
        <source>The selected speaker withdraws; kept in the record (Shift+Del)</source>
        <translation>ينسحب المتكلم المحدد؛ ويبقى في السجل (Shift+Del)</translation>
    </message>
    <message>
        <source>Re&amp;move inscription</source>
        <translation>حذف التسجيل (&amp;M)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete the selected inscription, made in error (Del)</source>
        <translation>حذف التسجيل المحدد، الذي أُجري خطأً (Del)</translation>
    </message>
    <message>
        <source>Meeting &amp;settings…</source>
        <translation>إعدادات الاجتماع (&amp;S)…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <source>Title, schedule, deadline, lists, limits and rules (Ctrl+,)</source>
        <translation>العنوان والمواعيد والموعد النهائي والقوائم والحدود الزمنية والقواعد (Ctrl+,)</translation>
    </message>
    <message>
        <source>&amp;Timekeeper display</source>
        <translation>شاشة مراقب الوقت (&amp;T)</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>الشاشة</translation>
    </message>
    <message>
        <source>Show or hide the timekeeper&apos;s big display (Ctrl+T); F11 in it toggles full screen</source>
        <translation>إظهار الشاشة الكبيرة لمراقب الوقت أو إخفاؤها (Ctrl+T)؛ ويبدّل F11 فيها وضع ملء الشاشة</translation>
    </message>
    <message>
        <source>&amp;Running order</source>
        <translation>ترتيب الكلام (&amp;R)</translation>
    </message>
    <message>
        <source>Running order</source>
        <translation>ترتيب الكلام</translation>
    </message>
    <message>
        <source>Show the running order (Ctrl+1)</source>
        <translation>إظهار ترتيب الكلام (Ctrl+1)</translation>
    </message>
    <message>
        <source>&amp;Spoken</source>
        <translation>من تكلموا (&amp;S)</translation>
    </message>
    <message>
        <source>Spoken</source>
        <translation>من تكلموا</translation>
    </message>
    <message>
        <source>Show who has spoken, for how long, and the overruns (Ctrl+2)</source>
        <translation>إظهار من تكلم، ولكم من الوقت، وحالات تجاوز الوقت (Ctrl+2)</translation>
    </message>
    <message>
        <source>&amp;Journal…</source>
        <translation>سجل العمليات (&amp;J)…</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>سجل العمليات</translation>
    </message>
    <message>
        <source>Who did what and when, from this console and every other program that writes the meeting (Ctrl+J)</source>
        <translation>من فعل ماذا ومتى، من وحدة التحكم هذه ومن كل برنامج آخر يكتب في الاجتماع (Ctrl+J)</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>تجربة الاجتماع التجريبي (&amp;D)</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>تجربة الاجتماع التجريبي</translation>
    </message>
    <message>
        <source>Open a fresh copy of the Security Council meeting of the seed, held today and starting within minutes</source>
        <translation>فتح نسخة جديدة من اجتماع مجلس الأمن الأصلي، يُعقد اليوم ويبدأ في غضون دقائق</translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation>المفاتيح (&amp;K)…</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Every key of the console, and its act (F1)</source>
        <translation>كل مفاتيح وحدة التحكم، ووظيفة كل منها (F1)</translation>
    </message>
    <message>
        <source>&amp;About Rostrum</source>
        <translation>حول Rostrum (&amp;A)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>حول</translation>
    </message>
    <message>
        <source>The version and the licence</source>
        <translation>الإصدار والترخيص</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف (&amp;F)</translation>
    </message>
    <message>
        <source>Open recen&amp;t</source>
        <translation>فتح ملف حديث (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Clock</source>
        <translation>الساعة (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>القائمة (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>تعليمات (&amp;H)</translation>
    </message>
    <message>
        <source>Export list of speakers in a &amp;language</source>
        <translation>تصدير قائمة المتكلمين بلغة معينة (&amp;L)</translation>
    </message>
    <message>
        <source>Please conclude</source>
        <translation>يرجى الاختتام</translation>
    </message>
    <message>
        <source>Your time is up</source>
        <translation>انتهى وقتكم</translation>
    </message>
    <message>
        <source>Please speak more slowly for the interpreters</source>
        <translation>يرجى التحدث ببطء أكبر مراعاة للمترجمين الشفويين</translation>
    </message>
    <message>
        <source>Point of &amp;order…</source>
        <translation>نقطة نظام (&amp;O)…</translation>
    </message>
    <message>
        <source>Point of order
O</source>
        <translation>نقطة نظام
O</translation>
    </message>
    <message>
        <source>A delegation raises a point of order: the speech stops, its time is kept, and the point of order takes the floor (O)</source>
        <translation>يثير وفد نقطة نظام: يتوقف البيان ويُحفظ وقته، وتأخذ نقطة النظام الكلمة (O)</translation>
    </message>
    <message>
        <source>&amp;Right of reply…</source>
        <translation>حق الرد (&amp;R)…</translation>
    </message>
    <message>
        <source>Inscribe a right of reply, heard after the last statement (Ctrl+Shift+R)</source>
        <translation>تسجيل حق رد يُستمع إليه بعد آخر بيان (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>&amp;Message to the speaker</source>
        <translation>رسالة إلى المتكلم (&amp;M)</translation>
    </message>
    <message>
        <source>Show “%1” on the timekeeper&apos;s display (F%2)</source>
        <translation>عرض ”%1“ على شاشة مراقب الوقت (F%2)</translation>
    </message>
    <message>
        <source>Other &amp;message…</source>
        <translation>رسالة أخرى (&amp;M)…</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>رسالة…</translation>
    </message>
    <message>
        <source>Type a message to show on the timekeeper&apos;s display</source>
        <translation>اكتب رسالة لعرضها على شاشة مراقب الوقت</translation>
    </message>
    <message>
        <source>&amp;Clear the message</source>
        <translation>مسح الرسالة (&amp;C)</translation>
    </message>
    <message>
        <source>Clear message
F8</source>
        <translation>مسح الرسالة
F8</translation>
    </message>
    <message>
        <source>Take the message off the timekeeper&apos;s display (F8)</source>
        <translation>إزالة الرسالة من شاشة مراقب الوقت (F8)</translation>
    </message>
    <message>
        <source>Right of reply
Ctrl+Shift+R</source>
        <translation>حق الرد
Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Share on the &amp;network…</source>
        <translation>المشاركة على الشبكة (&amp;N)…</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>مشاركة</translation>
    </message>
    <message>
        <source>Serve the timer, the room&apos;s screens, the booths&apos; and the delegates&apos; pages, and the timekeeper&apos;s and staff&apos;s controls, with a link per role</source>
        <translation>تقديم المؤقت وشاشات القاعة وصفحات المقصورات والمندوبين، وأدوات التحكم الخاصة بمراقب الوقت والأمانة، برابط لكل دور</translation>
    </message>
    <message>
        <source>Open from a &amp;server…</source>
        <translation>فتح من خادم (&amp;S)…</translation>
    </message>
    <message>
        <source>Open from a server</source>
        <translation>فتح من خادم</translation>
    </message>
    <message>
        <source>Open a meeting kept on a PostgreSQL server, shared by several consoles</source>
        <translation>فتح اجتماع محفوظ على خادم PostgreSQL تتشارك فيه عدة وحدات تحكم</translation>
    </message>
</context>
<context>
    <name>rostrum::ChairWindow</name>
    <message>
        <source>List of speakers written to %1</source>
        <translation>كُتبت قائمة المتكلمين في %1</translation>
    </message>
    <message>
        <source>%1 — Rostrum</source>
        <translation>%1 — Rostrum</translation>
    </message>
    <message>
        <source>Rostrum</source>
        <translation>Rostrum</translation>
    </message>
    <message>
        <source>Read only — %1</source>
        <translation>للقراءة فقط — %1</translation>
    </message>
    <message>
        <source>⏳ Waiting to save — %1</source>
        <translation>⏳ في انتظار الحفظ — %1</translation>
    </message>
    <message>
        <source>⚠ NOT saved — %1</source>
        <translation>⚠ لم يُحفظ — %1</translation>
    </message>
    <message>
        <source>All changes saved — %1</source>
        <translation>حُفظت كل التغييرات — %1</translation>
    </message>
    <message>
        <source>Next ignored: %1 was called less than a second ago.</source>
        <translation>تم تجاهل ”التالي“: دُعي %1 قبل أقل من ثانية.</translation>
    </message>
    <message>
        <source>Absent ignored: %1 was called less than a second ago.</source>
        <translation>تم تجاهل ”غائب“: دُعي %1 قبل أقل من ثانية.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>تم التراجع عن: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>أعيد: %1</translation>
    </message>
    <message>
        <source>Select a speaker in the running order to edit.</source>
        <translation>حدد متكلما في ترتيب الكلام لتعديله.</translation>
    </message>
    <message>
        <source>Select only one speaker to edit.</source>
        <translation>حدد متكلما واحدا فقط لتعديله.</translation>
    </message>
    <message>
        <source>Select a speaker in the running order to move.</source>
        <translation>حدد متكلما في ترتيب الكلام لنقله.</translation>
    </message>
    <message>
        <source>Select only one speaker to move.</source>
        <translation>حدد متكلما واحدا فقط لنقله.</translation>
    </message>
    <message>
        <source>%1 is already first on the list.</source>
        <translation>%1 هو الأول في القائمة بالفعل.</translation>
    </message>
    <message>
        <source>%1 is already last on the list.</source>
        <translation>%1 هو الأخير في القائمة بالفعل.</translation>
    </message>
    <message>
        <source>Select two speakers (Ctrl+click the second) to exchange their places.</source>
        <translation>حدد متكلمين اثنين (Ctrl+نقر على الثاني) لتبادل مكانيهما.</translation>
    </message>
    <message>
        <source>Select a speaker placed by hand to return them to their automatic place.</source>
        <translation>حدد متكلما وُضع يدويا لإعادته إلى مكانه التلقائي.</translation>
    </message>
    <message>
        <source>Select the speaker who withdraws.</source>
        <translation>حدد المتكلم المنسحب.</translation>
    </message>
    <message>
        <source>Select the inscription to remove.</source>
        <translation>حدد التسجيل المراد حذفه.</translation>
    </message>
    <message>
        <source>“%1” is not a time limit. Write minutes and seconds, such as 3:00.</source>
        <translation>”%1“ ليس حدا زمنيا. اكتب الدقائق والثواني، مثل 3:00.</translation>
    </message>
    <message>
        <source>Select one speaker whose limit to set.</source>
        <translation>حدد متكلما واحدا لتحديد حده الزمني.</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>الحد الزمني</translation>
    </message>
    <message>
        <source>Time limit for %1 (minutes:seconds):</source>
        <translation>الحد الزمني لـ %1 (دقائق:ثوان):</translation>
    </message>
    <message>
        <source>&amp;Pause clock</source>
        <translation>إيقاف الساعة مؤقتا (&amp;P)</translation>
    </message>
    <message>
        <source>Pause
Space</source>
        <translation>إيقاف مؤقت
Space</translation>
    </message>
    <message>
        <source>Re&amp;sume clock</source>
        <translation>استئناف الساعة (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Start clock</source>
        <translation>تشغيل الساعة (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Start: call the first speaker</source>
        <translation>بدء: دعوة المتكلم الأول (&amp;S)</translation>
    </message>
    <message>
        <source>Resume
Space</source>
        <translation>استئناف
Space</translation>
    </message>
    <message>
        <source>Start
Space</source>
        <translation>بدء
Space</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>تراجع (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>تراجع: %1 (&amp;U)</translation>
    </message>
    <message>
        <source>Nothing to undo (Ctrl+Z)</source>
        <translation>لا يوجد ما يمكن التراجع عنه (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>تراجع: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إعادة (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>إعادة: %1 (&amp;R)</translation>
    </message>
    <message>
        <source>Nothing to redo (Ctrl+Shift+Z)</source>
        <translation>لا يوجد ما يمكن إعادته (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>إعادة: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Re&amp;open the list</source>
        <translation>إعادة فتح القائمة (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Close the list</source>
        <translation>إقفال القائمة (&amp;C)</translation>
    </message>
    <message>
        <source>Reopen list
Ctrl+L</source>
        <translation>إعادة فتح القائمة
Ctrl+L</translation>
    </message>
    <message>
        <source>Close list
Ctrl+L</source>
        <translation>إقفال القائمة
Ctrl+L</translation>
    </message>
    <message>
        <source>Rostrum meetings (*.rostrum);;All files (*)</source>
        <translation>اجتماعات Rostrum (*.rostrum);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Cannot open the meeting</source>
        <translation>يتعذر فتح الاجتماع</translation>
    </message>
    <message>
        <source>%1 cannot be opened.

%2</source>
        <translation>يتعذر فتح %1.

%2</translation>
    </message>
    <message>
        <source>Open a meeting</source>
        <translation>فتح اجتماع</translation>
    </message>
    <message>
        <source>New meeting file</source>
        <translation>ملف اجتماع جديد</translation>
    </message>
    <message>
        <source>meeting.rostrum</source>
        <translation>اجتماع.rostrum</translation>
    </message>
    <message>
        <source>New meeting: settings</source>
        <translation>اجتماع جديد: الإعدادات</translation>
    </message>
    <message>
        <source>Briefers inscribed</source>
        <translation>تم تسجيل مقدمي الإحاطات</translation>
    </message>
    <message>
        <source>The briefers cannot be inscribed: %1</source>
        <translation>يتعذر تسجيل مقدمي الإحاطات: %1</translation>
    </message>
    <message>
        <source>No recent meetings</source>
        <translation>لا توجد اجتماعات حديثة</translation>
    </message>
    <message>
        <source>Cannot open the demo</source>
        <translation>يتعذر فتح الاجتماع التجريبي</translation>
    </message>
    <message>
        <source>The demo meeting cannot be written: %1</source>
        <translation>تتعذر كتابة الاجتماع التجريبي: %1</translation>
    </message>
    <message>
        <source>The demo meeting is missing an inscription: %1</source>
        <translation>ينقص الاجتماع التجريبي تسجيل: %1</translation>
    </message>
    <message>
        <source>“%1” was typed into the inscription line, not taken as %2: while you type, keys write. Escape on the empty line goes back to the list.</source>
        <translation>كُتب ”%1“ في سطر التسجيل، ولم يؤخذ على أنه %2: أثناء الكتابة، تكتب المفاتيح نصا. يعيدك مفتاح Escape في السطر الفارغ إلى القائمة.</translation>
    </message>
    <message>
        <source>“%1” just before the typing was taken as %2; if it was the first letter of a name, press Undo.</source>
        <translation>أُخذ ”%1“ قبيل الكتابة مباشرة على أنه %2؛ إذا كان الحرف الأول من اسم، فاضغط ”تراجع“.</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>نقطة نظام</translation>
    </message>
    <message>
        <source>The speech at the rostrum stops and keeps its time; the point of order takes the floor. Next gives the floor back.</source>
        <translation>يتوقف البيان الجاري على المنصة ويحتفظ بوقته؛ وتأخذ نقطة النظام الكلمة. ”التالي“ يعيد الكلمة.</translation>
    </message>
    <message>
        <source>Right of reply</source>
        <translation>حق الرد</translation>
    </message>
    <message>
        <source>Replies are heard after the last statement, in the order asked.</source>
        <translation>يُستمع إلى الردود بعد آخر بيان، بترتيب طلبها.</translation>
    </message>
    <message>
        <source>Message to the speaker</source>
        <translation>رسالة إلى المتكلم</translation>
    </message>
    <message>
        <source>Shown large on the timekeeper&apos;s display until cleared or the next speaker is called:</source>
        <translation>تُعرض بحجم كبير على شاشة مراقب الوقت إلى أن تُمسح أو يُدعى المتكلم التالي:</translation>
    </message>
    <message>
        <source>Open a meeting first: there is nothing to share.</source>
        <translation>افتح اجتماعا أولا: لا يوجد شيء للمشاركة.</translation>
    </message>
    <message>
        <source>Shared on %1.</source>
        <translation>المشاركة جارية على %1.</translation>
    </message>
    <message>
        <source>No longer shared on the network.</source>
        <translation>توقفت المشاركة على الشبكة.</translation>
    </message>
    <message>
        <source>Revoke links</source>
        <translation>إلغاء الروابط</translation>
    </message>
    <message>
        <source>Every link given out so far will stop working, and the pages open with them will close. The new links must be given again to the timekeeper, staff and screens. Revoke them?</source>
        <translation>سيتوقف كل رابط وُزع حتى الآن عن العمل، وستُغلق الصفحات المفتوحة به. ويجب إعطاء الروابط الجديدة مجددا لمراقب الوقت والأمانة والشاشات. هل تريد إلغاء الروابط؟</translation>
    </message>
    <message>
        <source>New links made: the old ones no longer work.</source>
        <translation>أُنشئت روابط جديدة: لم تعد الروابط القديمة تعمل.</translation>
    </message>
    <message>
        <source>timekeeper</source>
        <translation>مراقب الوقت</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>الأمانة</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>مشاهد</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>الرئيس</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>The password of %1 on %2:</source>
        <translation>كلمة مرور %1 على %2:</translation>
    </message>
    <message>
        <source>%1 — %2, as %3 — Rostrum</source>
        <translation>%1 — %2، بصفة %3 — Rostrum</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>rostrum::ChimeMenu</name>
    <message>
        <source>&amp;Chimes</source>
        <translation>الرنين (&amp;C)</translation>
    </message>
    <message>
        <source>At the &amp;warning and at zero, on this console</source>
        <translation>عند التنبيه وعند الصفر، على وحدة التحكم هذه (&amp;W)</translation>
    </message>
    <message>
        <source>Chime on this console when the speaker reaches the warning and when their time is up</source>
        <translation>إصدار رنين على وحدة التحكم هذه عندما يبلغ المتكلم وقت التنبيه وعندما ينتهي وقته</translation>
    </message>
    <message>
        <source>In this &amp;meeting, at every console</source>
        <translation>في هذا الاجتماع، على جميع وحدات التحكم (&amp;M)</translation>
    </message>
    <message>
        <source>Whether this meeting chimes at all, at every console that runs it; saved in the meeting file, and undone like any act</source>
        <translation>هل يصدر هذا الاجتماع رنينا أصلا، على جميع وحدات التحكم التي تديره؛ يحفظ في ملف الاجتماع ويمكن التراجع عنه مثل أي إجراء</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>مستوى الصوت</translation>
    </message>
    <message>
        <source>&amp;%1 %</source>
        <translation>&amp;%1٪</translation>
    </message>
</context>
<context>
    <name>rostrum::ChimePlayer</name>
    <message>
        <source>No sound output: the chimes are off on this console.</source>
        <translation>لا يوجد مخرج للصوت: الرنين متوقف على وحدة التحكم هذه.</translation>
    </message>
</context>
<context>
    <name>rostrum::ClockStepWatch</name>
    <message>
        <source>%1 days</source>
        <translation>%1 يوم</translation>
    </message>
    <message>
        <source>The computer&apos;s clock was set back by %1; the speech clocks kept true time.</source>
        <translation>أُرجعت ساعة الحاسوب بمقدار %1؛ وحافظت ساعات الكلمات على الوقت الصحيح.</translation>
    </message>
    <message>
        <source>The computer&apos;s clock was set forward by %1; the speech clocks kept true time.</source>
        <translation>قُدّمت ساعة الحاسوب بمقدار %1؛ وحافظت ساعات الكلمات على الوقت الصحيح.</translation>
    </message>
    <message>
        <source>The computer&apos;s clock is %1 behind this meeting&apos;s record: the speech clocks count on from the record, not from the computer&apos;s clock. Set the computer&apos;s clock right.</source>
        <translation>ساعة الحاسوب متأخرة بمقدار %1 عن سجل هذا الاجتماع: تواصل ساعات الكلمات العد انطلاقا من السجل، لا من ساعة الحاسوب. اضبط ساعة الحاسوب.</translation>
    </message>
</context>
<context>
    <name>rostrum::ConsoleHeartbeat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 د %2 ث</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 س %2 د</translation>
    </message>
    <message>
        <source>Resumed: %1, %2 over the limit</source>
        <translation>استُؤنف: %1، متجاوزا الحد بمقدار %2</translation>
    </message>
    <message>
        <source>Resumed: %1, %2 left</source>
        <translation>استُؤنف: %1، متبقٍّ %2</translation>
    </message>
    <message>
        <source>Resumed: %1, %2 over the limit; the console was closed for %3</source>
        <translation>استُؤنف: %1، متجاوزا الحد بمقدار %2؛ وكانت وحدة التحكم مغلقة لمدة %3</translation>
    </message>
    <message>
        <source>Resumed: %1, %2 left; the console was closed for %3</source>
        <translation>استُؤنف: %1، متبقٍّ %2؛ وكانت وحدة التحكم مغلقة لمدة %3</translation>
    </message>
</context>
<context>
    <name>rostrum::CountdownReadout</name>
    <message>
        <source>Remaining speaking time</source>
        <translation>وقت الكلام المتبقي</translation>
    </message>
    <message>
        <source>PAUSED — %1</source>
        <translation>متوقف مؤقتا — %1</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>متوقف مؤقتا</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>انتهى الوقت</translation>
    </message>
    <message>
        <source>OVERTIME</source>
        <translation>تجاوز الوقت</translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation>انتهى</translation>
    </message>
</context>
<context>
    <name>rostrum::CsvReader</name>
    <message>
        <source>There is text after the closing quote of field %1; a quote inside a quoted field is written twice (&quot;&quot;).</source>
        <translation>يوجد نص بعد علامة الاقتباس الختامية للحقل %1؛ وعلامة الاقتباس داخل حقل بين علامتي اقتباس تُكتب مرتين (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Field %1 contains a quote (&quot;) but does not start with one; put the whole field in quotes and write the quote twice (&quot;&quot;).</source>
        <translation>يحتوي الحقل %1 على علامة اقتباس (&quot;) لكنه لا يبدأ بها؛ ضع الحقل كله بين علامتي اقتباس واكتب علامة الاقتباس مرتين (&quot;&quot;).</translation>
    </message>
    <message>
        <source>A quoted field starts on this line and its closing quote is missing, so the rest of the file cannot be read.</source>
        <translation>يبدأ في هذا السطر حقل بين علامتي اقتباس وتنقصه علامة الاقتباس الختامية، فتتعذر قراءة بقية الملف.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text: it looks like UTF-16 without a byte-order mark, or not text at all. Save it as “CSV UTF-8” or “Unicode text”.</source>
        <translation>الملف ليس نصا بترميز UTF-8: يبدو أنه UTF-16 بدون علامة ترتيب البايتات، أو أنه ليس نصا أصلا. احفظه بصيغة ”CSV UTF-8“ أو ”Unicode text“.</translation>
    </message>
    <message>
        <source>The file is cut off in the middle of a UTF-16 character. Save it again from the spreadsheet.</source>
        <translation>الملف مقطوع في منتصف حرف UTF-16. احفظه مرة أخرى من جدول البيانات.</translation>
    </message>
    <message>
        <source>The file is not valid %1 text here. Save it from the spreadsheet as “CSV UTF-8” or “Unicode text”.</source>
        <translation>الملف هنا ليس نصا صالحا بترميز %1. احفظه من جدول البيانات بصيغة ”CSV UTF-8“ أو ”Unicode text“.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>لا يوجد ملف في %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file of inscriptions.</source>
        <translation>%1 مجلد، وليس ملف تسجيلات.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, a pipe or a socket); save the inscriptions as a CSV file and import that.</source>
        <translation>%1 ليس ملفا عاديا (إنه جهاز أو أنبوب أو مقبس)؛ احفظ التسجيلات في ملف CSV واستورده.</translation>
    </message>
    <message>
        <source>%1 is the open meeting file (or its journal), not a file of inscriptions.</source>
        <translation>%1 هو ملف الاجتماع المفتوح (أو سجل عملياته)، وليس ملف تسجيلات.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; an inscription file is at most %3 MB. Is it the right file?</source>
        <translation>حجم %1 هو %2 م.ب؛ والحد الأقصى لملف التسجيلات %3 م.ب. هل هذا هو الملف الصحيح؟</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>تتعذر قراءة الملف: %1.</translation>
    </message>
    <message>
        <source>%1 grew past %2 MB while it was read; import it again once it is saved.</source>
        <translation>تجاوز حجم %1 حد %2 م.ب أثناء قراءته؛ استورده مرة أخرى بعد حفظه.</translation>
    </message>
</context>
<context>
    <name>rostrum::DelegationListEdit</name>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Type a delegation, e.g. Ghana, and press Enter</source>
        <translation>اكتب اسم وفد، مثل غانا، واضغط Enter</translation>
    </message>
    <message>
        <source>Delete removes the chosen delegation</source>
        <translation>يزيل مفتاح Delete الوفد المختار</translation>
    </message>
    <message>
        <source>“%1” is not in the directory of delegations. Press Enter again to add it as typed.</source>
        <translation>”%1“ ليس في دليل الوفود. اضغط Enter مرة أخرى لإضافته كما كُتب.</translation>
    </message>
    <message>
        <source>“%1” is not in the directory of delegations (did you mean %2?). Press Enter again to add it as typed.</source>
        <translation>”%1“ ليس في دليل الوفود (هل تقصد %2؟). اضغط Enter مرة أخرى لإضافته كما كُتب.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 موجود في القائمة بالفعل.</translation>
    </message>
    <message>
        <source>%1: type a delegation to add</source>
        <translation>%1: اكتب اسم وفد لإضافته</translation>
    </message>
</context>
<context>
    <name>rostrum::EntryDialog</name>
    <message>
        <source>Automatic (from the meeting&apos;s lists)</source>
        <translation>تلقائي (من قوائم الاجتماع)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>How many delegations the statement is made for; two or more give the priority of a group statement.</source>
        <translation>عدد الوفود التي يُدلى بالبيان باسمها؛ ويمنح العدد اثنان أو أكثر أولوية البيان باسم مجموعة.</translation>
    </message>
    <message>
        <source>Empty for a national statement</source>
        <translation>فارغ للبيان الوطني</translation>
    </message>
    <message>
        <source>M:SS, empty for the category&apos;s limit</source>
        <translation>د:ثث، فارغ للحد الزمني للصفة</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>الوفد (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>المتكلم (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>اللقب (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>المستوى (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>الصفة (&amp;C):</translation>
    </message>
    <message>
        <source>On &amp;behalf of:</source>
        <translation>باسم (&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Group size:</source>
        <translation>حجم المجموعة (&amp;G):</translation>
    </message>
    <message>
        <source>Time li&amp;mit:</source>
        <translation>الحد الزمني (&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>ملاحظات (&amp;N):</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <source>New inscription</source>
        <translation>تسجيل جديد</translation>
    </message>
    <message>
        <source>“%1” is not a time limit. Write minutes and seconds, such as 3:00.</source>
        <translation>”%1“ ليس حدا زمنيا. اكتب الدقائق والثواني، مثل 3:00.</translation>
    </message>
    <message>
        <source>This inscription is no longer on the list; it was removed meanwhile.</source>
        <translation>لم يعد هذا التسجيل في القائمة؛ فقد حُذف في الأثناء.</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>اللغة (&amp;U):</translation>
    </message>
</context>
<context>
    <name>rostrum::EntryKind</name>
    <message>
        <source>Statement</source>
        <translation>بيان</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>نقطة نظام</translation>
    </message>
    <message>
        <source>Right of reply</source>
        <translation>حق الرد</translation>
    </message>
</context>
<context>
    <name>rostrum::ExportActions</name>
    <message>
        <source>The report is written as PDF or CSV.</source>
        <translation>يُكتب التقرير بصيغة PDF أو CSV.</translation>
    </message>
    <message>
        <source>PDF for printing (*.pdf)</source>
        <translation>PDF للطباعة (*.pdf)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV لجداول البيانات (*.csv)</translation>
    </message>
    <message>
        <source>Web page (*.html *.htm)</source>
        <translation>صفحة ويب (*.html *.htm)</translation>
    </message>
    <message>
        <source>List of speakers %1.pdf</source>
        <translation>قائمة المتكلمين %1.pdf</translation>
    </message>
    <message>
        <source>Export the list of speakers</source>
        <translation>تصدير قائمة المتكلمين</translation>
    </message>
    <message>
        <source>The list of speakers was not exported. %1</source>
        <translation>لم تُصدَّر قائمة المتكلمين. %1</translation>
    </message>
</context>
<context>
    <name>rostrum::FloorRequestDialog</name>
    <message>
        <source>Delegation</source>
        <translation>الوفد</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>المتكلم</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>الوفد (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>المتكلم (&amp;S):</translation>
    </message>
</context>
<context>
    <name>rostrum::ImportDialog</name>
    <message>
        <source>&amp;Skip refused rows and import the others</source>
        <translation>تخطي الصفوف المرفوضة واستيراد الأخرى (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>استيراد (&amp;I)</translation>
    </message>
    <message>
        <source>Import inscriptions from %1</source>
        <translation>استيراد التسجيلات من %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>الوفد</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>المتكلم</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Import inscriptions</source>
        <translation>استيراد التسجيلات</translation>
    </message>
    <message>
        <source>Spreadsheet text (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>نص جدول بيانات (*.csv *.tsv *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>late</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>مرفوض: %1</translation>
    </message>
    <message>
        <source>This file cannot be imported.</source>
        <translation>لا يمكن استيراد هذا الملف.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be imported, %1 of them late.</source>
        <translation>
            <numerusform>سيُستورد %n صف، منها %1 متأخرة.</numerusform>
            <numerusform>سيُستورد صف واحد، %1 منها متأخر.</numerusform>
            <numerusform>سيُستورد صفان، منهما %1 متأخر.</numerusform>
            <numerusform>ستُستورد %n صفوف، منها %1 متأخرة.</numerusform>
            <numerusform>سيُستورد %n صفا، منها %1 متأخرة.</numerusform>
            <numerusform>سيُستورد %n صف، منها %1 متأخرة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be imported, %1 of them late; %2 refused row(s) will be skipped.</source>
        <translation>
            <numerusform>سيُستورد %n صف، منها %1 متأخرة؛ وسيُتخطى %2 من الصفوف المرفوضة.</numerusform>
            <numerusform>سيُستورد صف واحد، %1 منها متأخر؛ وسيُتخطى %2 من الصفوف المرفوضة.</numerusform>
            <numerusform>سيُستورد صفان، منهما %1 متأخر؛ وسيُتخطى %2 من الصفوف المرفوضة.</numerusform>
            <numerusform>ستُستورد %n صفوف، منها %1 متأخرة؛ وسيُتخطى %2 من الصفوف المرفوضة.</numerusform>
            <numerusform>سيُستورد %n صفا، منها %1 متأخرة؛ وسيُتخطى %2 من الصفوف المرفوضة.</numerusform>
            <numerusform>سيُستورد %n صف، منها %1 متأخرة؛ وسيُتخطى %2 من الصفوف المرفوضة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused. Nothing is imported while a row is refused: fix the file, or skip the refused rows to import the other %1.</source>
        <translation>
            <numerusform>رُفض %n صف. لا يُستورد شيء ما دام هناك صف مرفوض: صحح الملف، أو تخطَّ الصفوف المرفوضة لاستيراد الصفوف الأخرى البالغ عددها %1.</numerusform>
            <numerusform>رُفض صف واحد. لا يُستورد شيء ما دام هناك صف مرفوض: صحح الملف، أو تخطَّ الصف المرفوض لاستيراد الصفوف الأخرى البالغ عددها %1.</numerusform>
            <numerusform>رُفض صفان. لا يُستورد شيء ما دام هناك صف مرفوض: صحح الملف، أو تخطَّ الصفين المرفوضين لاستيراد الصفوف الأخرى البالغ عددها %1.</numerusform>
            <numerusform>رُفضت %n صفوف. لا يُستورد شيء ما دام هناك صف مرفوض: صحح الملف، أو تخطَّ الصفوف المرفوضة لاستيراد الصفوف الأخرى البالغ عددها %1.</numerusform>
            <numerusform>رُفض %n صفا. لا يُستورد شيء ما دام هناك صف مرفوض: صحح الملف، أو تخطَّ الصفوف المرفوضة لاستيراد الصفوف الأخرى البالغ عددها %1.</numerusform>
            <numerusform>رُفض %n صف. لا يُستورد شيء ما دام هناك صف مرفوض: صحح الملف، أو تخطَّ الصفوف المرفوضة لاستيراد الصفوف الأخرى البالغ عددها %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows of the file, each with what becomes of it</source>
        <translation>صفوف الملف، مع ما يصير إليه كل صف</translation>
    </message>
</context>
<context>
    <name>rostrum::InlineMessage</name>
    <message>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>rostrum::InscriptionColumns</name>
    <message>
        <source>“%1”</source>
        <translation>”%1“</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>The header has no “delegation” column; it is required.</source>
        <translation>ليس في سطر العناوين عمود ”delegation“؛ وهو عمود إلزامي.</translation>
    </message>
    <message>
        <source>The header names columns that Rostrum does not import: %1. Rename or delete them; the columns are %2.</source>
        <translation>يسمي سطر العناوين أعمدة لا يستوردها Rostrum: %1. أعد تسميتها أو احذفها؛ والأعمدة هي %2.</translation>
    </message>
    <message>
        <source>The header names a column twice: %1. Keep one.</source>
        <translation>يسمي سطر العناوين عمودا مرتين: %1. أبقِ على واحد.</translation>
    </message>
    <message>
        <source>Column %1 has no name in the header but holds %2 here. Name the column or empty it.</source>
        <translation>ليس للعمود %1 اسم في سطر العناوين لكنه يحتوي هنا على %2. سمِّ العمود أو أفرغه.</translation>
    </message>
    <message>
        <source>%1 is not a category. Use %2.</source>
        <translation>%1 ليست صفة. استخدم %2.</translation>
    </message>
    <message>
        <source>%1 is not a level. Use %2.</source>
        <translation>%1 ليس مستوى. استخدم %2.</translation>
    </message>
    <message>
        <source>%1 is not one of the six UN languages. Use %2.</source>
        <translation>%1 ليست إحدى لغات الأمم المتحدة الست. استخدم %2.</translation>
    </message>
    <message>
        <source>%1 is not a date and time. Write YYYY-MM-DD HH:MM in the meeting&apos;s time zone, or ISO 8601 with an offset (2023-05-23T16:00-04:00).</source>
        <translation>%1 ليس تاريخا ووقتا. اكتب YYYY-MM-DD HH:MM بتوقيت المنطقة الزمنية للاجتماع، أو بصيغة ISO 8601 مع الفارق الزمني (2023-05-23T16:00-04:00).</translation>
    </message>
    <message>
        <source>%1 is not a time limit. Write minutes and seconds, like 3:00 or 2:30.</source>
        <translation>%1 ليس حدا زمنيا. اكتب الدقائق والثواني، مثل 3:00 أو 2:30.</translation>
    </message>
    <message>
        <source>%1 is not a group size. Write how many delegations the group has, as a whole number.</source>
        <translation>%1 ليس حجما للمجموعة. اكتب عدد الوفود في المجموعة، عددا صحيحا.</translation>
    </message>
    <message>
        <source>A group size of %1 is given, but on_behalf_of is empty. Name the group the statement is made for.</source>
        <translation>حُدد حجم للمجموعة قدره %1، لكن الحقل on_behalf_of فارغ. سمِّ المجموعة التي يُدلى بالبيان باسمها.</translation>
    </message>
    <message>
        <source>The statement on behalf of %1 needs a group_size: how many delegations the group has.</source>
        <translation>يتطلب البيان باسم %1 قيمة group_size: عدد الوفود في المجموعة.</translation>
    </message>
</context>
<context>
    <name>rostrum::InscriptionImport</name>
    <message>
        <source>line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message>
        <source>%1 is inscribed twice in this file (also line %2).</source>
        <translation>%1 مسجل مرتين في هذا الملف (أيضا في السطر %2).</translation>
    </message>
    <message>
        <source>%1 is inscribed twice in this file in its national capacity (also line %2).</source>
        <translation>%1 مسجل مرتين في هذا الملف بصفته الوطنية (أيضا في السطر %2).</translation>
    </message>
    <message>
        <source>%1 is inscribed twice in this file on behalf of %2 (also line %3).</source>
        <translation>%1 مسجل مرتين في هذا الملف باسم %2 (أيضا في السطر %3).</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row (delegation, speaker, …) and one row per inscription.</source>
        <translation>الملف فارغ: يلزم فيه سطر عناوين (delegation، speaker، …) وصف لكل تسجيل.</translation>
    </message>
    <message>
        <source>The file has a header but no inscriptions.</source>
        <translation>في الملف سطر عناوين ولكن لا توجد فيه تسجيلات.</translation>
    </message>
    <message>
        <source>This row has %1 fields but the header has %2 columns. A value that holds the delimiter must be in quotes.</source>
        <translation>في هذا الصف %1 من الحقول، لكن في سطر العناوين %2 من الأعمدة. يجب وضع القيمة التي تحتوي على الفاصل بين علامتي اقتباس.</translation>
    </message>
    <message numerus="yes">
        <source>%n inscription(s) imported from %1</source>
        <translation>
            <numerusform>استُورد %n تسجيل من %1</numerusform>
            <numerusform>استُورد تسجيل واحد من %1</numerusform>
            <numerusform>استُورد تسجيلان من %1</numerusform>
            <numerusform>استُوردت %n تسجيلات من %1</numerusform>
            <numerusform>استُورد %n تسجيلا من %1</numerusform>
            <numerusform>استُورد %n تسجيل من %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No row can be imported; nothing was written.</source>
        <translation>لا يمكن استيراد أي صف؛ ولم يُكتب شيء.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused; nothing was imported.</source>
        <translation>
            <numerusform>رُفض %n صف؛ ولم يُستورد شيء.</numerusform>
            <numerusform>رُفض صف واحد؛ ولم يُستورد شيء.</numerusform>
            <numerusform>رُفض صفان؛ ولم يُستورد شيء.</numerusform>
            <numerusform>رُفضت %n صفوف؛ ولم يُستورد شيء.</numerusform>
            <numerusform>رُفض %n صفا؛ ولم يُستورد شيء.</numerusform>
            <numerusform>رُفض %n صف؛ ولم يُستورد شيء.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rostrum::InscriptionLine</name>
    <message>
        <source>Inscribe</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>&amp;Inscribe:</source>
        <translation>تسجيل (&amp;I):</translation>
    </message>
    <message>
        <source>Delegation, e.g. Latvia (Enter inscribes)</source>
        <translation>الوفد، مثل لاتفيا (Enter للتسجيل)</translation>
    </message>
    <message>
        <source>Speaker (optional)</source>
        <translation>المتكلم (اختياري)</translation>
    </message>
    <message>
        <source>Category: automatic</source>
        <translation>الصفة: تلقائية</translation>
    </message>
    <message>
        <source>Leave on automatic for States; choose Briefer or Other for speakers who are not in the directory of delegations.</source>
        <translation>اتركها تلقائية للدول؛ واختر ”مقدم إحاطة“ أو ”غير ذلك“ للمتكلمين غير المدرجين في دليل الوفود.</translation>
    </message>
    <message>
        <source>%1 inscribed at no. %2, marked late.</source>
        <translation>سُجل %1 برقم %2، مع الإشارة إلى أنه متأخر.</translation>
    </message>
    <message>
        <source>%1 inscribed at no. %2.</source>
        <translation>سُجل %1 برقم %2.</translation>
    </message>
    <message>
        <source>Speaker&apos;s name, optional</source>
        <translation>اسم المتكلم، اختياري</translation>
    </message>
</context>
<context>
    <name>rostrum::InscriptionRules</name>
    <message>
        <source>A delegation is required.</source>
        <translation>يلزم تحديد الوفد.</translation>
    </message>
    <message>
        <source>A time limit must be longer than zero.</source>
        <translation>يجب أن يكون الحد الزمني أطول من صفر.</translation>
    </message>
    <message>
        <source>The time limit %1 is longer than 24 hours (%2), the longest a limit can be.</source>
        <translation>الحد الزمني %1 أطول من 24 ساعة (%2)، وهي أقصى مدة يمكن أن يبلغها الحد.</translation>
    </message>
    <message>
        <source>“%1” is not one of the six UN languages (ar, zh, en, fr, ru, es).</source>
        <translation>”%1“ ليست إحدى لغات الأمم المتحدة الست (ar، zh، en، fr، ru، es).</translation>
    </message>
    <message>
        <source>The group size cannot be negative.</source>
        <translation>لا يمكن أن يكون حجم المجموعة سالبا.</translation>
    </message>
    <message>
        <source>A group statement needs the name of the group it is made on behalf of.</source>
        <translation>يتطلب البيان باسم مجموعة اسم المجموعة التي يُدلى به باسمها.</translation>
    </message>
    <message>
        <source>“%1” is not in the directory of delegations.</source>
        <translation>”%1“ ليس في دليل الوفود.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>هل تقصد %1؟</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>For a briefer, an NGO or another non-State speaker, choose the category briefer or other.</source>
        <translation>لمقدم إحاطة أو منظمة غير حكومية أو متكلم آخر من غير الدول، اختر الصفة ”مقدم إحاطة“ أو ”غير ذلك“.</translation>
    </message>
    <message>
        <source>“%1” is not in the directory of delegations, so its category cannot be inferred. Choose the category (briefer or other for non-State speakers).</source>
        <translation>”%1“ ليس في دليل الوفود، فلا يمكن استنتاج صفته. اختر الصفة (”مقدم إحاطة“ أو ”غير ذلك“ للمتكلمين من غير الدول).</translation>
    </message>
    <message>
        <source>no. %1 on the list</source>
        <translation>رقم %1 في القائمة</translation>
    </message>
    <message>
        <source>%1 is already inscribed (entry #%2, %3). The same speaker cannot be inscribed twice.</source>
        <translation>%1 مسجل بالفعل (القيد رقم %2، %3). لا يجوز تسجيل المتكلم نفسه مرتين.</translation>
    </message>
    <message>
        <source>%1 is already inscribed in its national capacity (entry #%2, %3). A delegation may speak once nationally and once on behalf of a group.</source>
        <translation>%1 مسجل بالفعل بصفته الوطنية (القيد رقم %2، %3). يجوز للوفد أن يتكلم مرة بصفته الوطنية ومرة باسم مجموعة.</translation>
    </message>
    <message>
        <source>%1 is already inscribed on behalf of %2 (entry #%3, %4).</source>
        <translation>%1 مسجل بالفعل باسم %2 (القيد رقم %3، %4).</translation>
    </message>
</context>
<context>
    <name>rostrum::JournalModel</name>
    <message>
        <source>↶ undone</source>
        <translation>↶ تم التراجع عنه</translation>
    </message>
    <message>
        <source>Undone since: it no longer applies to the list</source>
        <translation>تم التراجع عنه منذ ذلك الحين: لم يعد ينطبق على القائمة</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>تم التراجع عنه</translation>
    </message>
</context>
<context>
    <name>rostrum::JournalWindow</name>
    <message>
        <source>Journal — %1</source>
        <translation>سجل العمليات — %1</translation>
    </message>
    <message>
        <source>Every act on this meeting, newest first, from this console and any other program that writes it. Times are the meeting&apos;s (%1).</source>
        <translation>كل إجراء في هذا الاجتماع، الأحدث أولا، من وحدة التحكم هذه ومن أي برنامج آخر يكتب فيه. الأوقات بتوقيت الاجتماع (%1).</translation>
    </message>
    <message>
        <source>Acts kept in memory, not in the journal until they are saved: %1.</source>
        <translation>إجراءات محفوظة في الذاكرة، ولن تدخل سجل العمليات إلا بعد حفظها: %1.</translation>
    </message>
    <message>
        <source>Journal: every act on the meeting, newest last</source>
        <translation>سجل العمليات: كل إجراء في الاجتماع، الأحدث آخرا</translation>
    </message>
</context>
<context>
    <name>rostrum::KeyTable</name>
    <message>
        <source> or </source>
        <translation> أو </translation>
    </message>
</context>
<context>
    <name>rostrum::KeysDialog</name>
    <message>
        <source>Keys — Rostrum</source>
        <translation>المفاتيح — Rostrum</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Keys of the console</source>
        <translation>مفاتيح وحدة التحكم</translation>
    </message>
    <message>
        <source>Single keys never act while someone types in a text field.</source>
        <translation>لا تعمل المفاتيح المفردة أبدا أثناء الكتابة في حقل نصي.</translation>
    </message>
</context>
<context>
    <name>rostrum::LanguageChoice</name>
    <message>
        <source>--language “%1” is not a language Rostrum speaks; it speaks %2</source>
        <translation>--language ”%1“ ليست لغة يستخدمها Rostrum؛ فهو يستخدم %2</translation>
    </message>
</context>
<context>
    <name>rostrum::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>لغة النظام (&amp;S)</translation>
    </message>
    <message>
        <source>From its next start the console will follow the system&apos;s language, %1; the windows open now keep their language until then.</source>
        <translation>ستتبع وحدة التحكم لغة النظام، %1، عند تشغيلها المقبل؛ وتحتفظ النوافذ المفتوحة الآن بلغتها حتى ذلك الحين.</translation>
    </message>
    <message>
        <source>From its next start the console will speak %1; the windows open now keep their language until then.</source>
        <translation>ستستخدم وحدة التحكم %1 عند تشغيلها المقبل؛ وتحتفظ النوافذ المفتوحة الآن بلغتها حتى ذلك الحين.</translation>
    </message>
</context>
<context>
    <name>rostrum::LimitForAllDialog</name>
    <message>
        <source>Also for speakers &amp;inscribed later</source>
        <translation>أيضا للمتكلمين المسجلين لاحقا (&amp;I)</translation>
    </message>
    <message>
        <source>Time limit for all remaining speakers</source>
        <translation>الحد الزمني لجميع المتكلمين المتبقين</translation>
    </message>
    <message>
        <source>Time limit for every waiting speaker</source>
        <translation>الحد الزمني لكل متكلم في الانتظار</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Limit for the %n waiting speaker(s) (minutes:seconds):</source>
        <translation>
            <numerusform>الحد للمتكلمين المنتظرين (&amp;L) (دقائق:ثوان):</numerusform>
            <numerusform>الحد للمتكلم المنتظر الوحيد (&amp;L) (دقائق:ثوان):</numerusform>
            <numerusform>الحد للمتكلمَين المنتظرَين (&amp;L) (دقائق:ثوان):</numerusform>
            <numerusform>الحد للمتكلمين المنتظرين الـ%n (&amp;L) (دقائق:ثوان):</numerusform>
            <numerusform>الحد للمتكلمين المنتظرين الـ%n (&amp;L) (دقائق:ثوان):</numerusform>
            <numerusform>الحد للمتكلمين المنتظرين الـ%n (&amp;L) (دقائق:ثوان):</numerusform>
        </translation>
    </message>
    <message>
        <source>The limits of the waiting speakers&apos; categories change too</source>
        <translation>تتغير أيضا الحدود الزمنية لصفات المتكلمين المنتظرين</translation>
    </message>
    <message>
        <source>“%1” is not a time limit. Write minutes and seconds, such as 3:00.</source>
        <translation>”%1“ ليس حدا زمنيا. اكتب الدقائق والثواني، مثل 3:00.</translation>
    </message>
</context>
<context>
    <name>rostrum::ListExport</name>
    <message>
        <source>%1, on behalf of %2</source>
        <translation>%1، باسم %2</translation>
    </message>
    <message>
        <source>List of speakers: %1</source>
        <translation>قائمة المتكلمين: %1</translation>
    </message>
    <message>
        <source>List of speakers</source>
        <translation>قائمة المتكلمين</translation>
    </message>
    <message>
        <source>Projected times as of %1, assuming that every speaker keeps to the time limit (%2 unless stated otherwise).</source>
        <translation>الأوقات المتوقعة في %1، على افتراض أن كل متكلم يلتزم بالحد الزمني (%2 ما لم يُذكر خلاف ذلك).</translation>
    </message>
    <message>
        <source>No one is inscribed on the list.</source>
        <translation>لا يوجد أحد مسجل في القائمة.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>الوفد</translation>
    </message>
    <message>
        <source>Speaker and title</source>
        <translation>المتكلم واللقب</translation>
    </message>
    <message>
        <source>Projected time</source>
        <translation>الوقت المتوقع</translation>
    </message>
    <message>
        <source>Speaking now</source>
        <translation>يتكلم الآن</translation>
    </message>
    <message>
        <source>on behalf of %1</source>
        <translation>باسم %1</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>الحد %1</translation>
    </message>
    <message>
        <source>Projected end: %1.</source>
        <translation>الانتهاء المتوقع: %1.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
</context>
<context>
    <name>rostrum::ListInvariants</name>
    <message>
        <source>negative accumulated pause</source>
        <translation>مجموع توقف مؤقت سالب</translation>
    </message>
    <message>
        <source>started after the newest act</source>
        <translation>بدأ بعد أحدث إجراء</translation>
    </message>
    <message>
        <source>paused before it started</source>
        <translation>أوقف مؤقتا قبل أن يبدأ</translation>
    </message>
    <message>
        <source>a pause recorded on a clock that never started</source>
        <translation>توقف مؤقت مسجل على ساعة لم تبدأ قط</translation>
    </message>
    <message>
        <source>speaking time %1 ms out of range</source>
        <translation>وقت الكلام %1 م.ث خارج النطاق</translation>
    </message>
    <message>
        <source>a negative time limit</source>
        <translation>حد زمني سالب</translation>
    </message>
    <message>
        <source>keeps a speech clock off the rostrum</source>
        <translation>يُبقي ساعة كلمة تعمل خارج المنصة</translation>
    </message>
    <message>
        <source>speaking, but the speech has ended</source>
        <translation>يتكلم، لكن الكلمة انتهت</translation>
    </message>
    <message>
        <source>spoke, but the speech never ended</source>
        <translation>تكلم، لكن الكلمة لم تنته قط</translation>
    </message>
    <message>
        <source>ended before it started</source>
        <translation>انتهى قبل أن يبدأ</translation>
    </message>
    <message>
        <source>entry #%1 is filed under #%2</source>
        <translation>القيد رقم %1 مدرج تحت الرقم %2</translation>
    </message>
    <message>
        <source>%1 speakers at the rostrum at once</source>
        <translation>%1 متكلمين على المنصة في آن واحد</translation>
    </message>
    <message>
        <source>the current speaker disagrees with the statuses</source>
        <translation>المتكلم الحالي لا يتفق مع الحالات</translation>
    </message>
    <message>
        <source> is in the running order</source>
        <translation> موجود في ترتيب الكلام</translation>
    </message>
    <message>
        <source> is in the running order twice</source>
        <translation> موجود في ترتيب الكلام مرتين</translation>
    </message>
    <message>
        <source> shares its place key with another</source>
        <translation> يتقاسم مفتاح مكانه مع قيد آخر</translation>
    </message>
    <message>
        <source>the numbered places disagree with the running order</source>
        <translation>الأماكن المرقمة لا تتفق مع ترتيب الكلام</translation>
    </message>
    <message>
        <source>the places do not run from 1 to %1</source>
        <translation>الأماكن لا تمتد من 1 إلى %1</translation>
    </message>
    <message>
        <source>%1 waiting, but %2 in the running order</source>
        <translation>%1 في الانتظار، لكن %2 في ترتيب الكلام</translation>
    </message>
    <message>
        <source>interrupted, but the speech has ended</source>
        <translation>مقاطَع، لكن البيان انتهى</translation>
    </message>
    <message>
        <source>interrupted, but its clock runs</source>
        <translation>مقاطَع، لكن ساعته تعمل</translation>
    </message>
    <message>
        <source>%1 speeches interrupted at once</source>
        <translation>%1 بيانات مقاطَعة في آن واحد</translation>
    </message>
    <message>
        <source>a speech is interrupted, but no point of order has the floor</source>
        <translation>هناك بيان مقاطَع، لكن لا نقطة نظام تأخذ الكلمة</translation>
    </message>
</context>
<context>
    <name>rostrum::ListOfSpeakersPdf</name>
    <message>
        <source>on behalf of %1</source>
        <translation>باسم %1</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>الحد %1</translation>
    </message>
    <message>
        <source>List of speakers</source>
        <translation>قائمة المتكلمين</translation>
    </message>
    <message>
        <source>List of speakers: %1</source>
        <translation>قائمة المتكلمين: %1</translation>
    </message>
    <message>
        <source>Projected times as of %1, assuming that every speaker keeps to the time limit (%2 unless stated otherwise).</source>
        <translation>الأوقات المتوقعة في %1، على افتراض أن كل متكلم يلتزم بالحد الزمني (%2 ما لم يُذكر خلاف ذلك).</translation>
    </message>
    <message>
        <source>No one is inscribed on the list.</source>
        <translation>لا يوجد أحد مسجل في القائمة.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>الوفد</translation>
    </message>
    <message>
        <source>Speaker and title</source>
        <translation>المتكلم واللقب</translation>
    </message>
    <message>
        <source>Projected time</source>
        <translation>الوقت المتوقع</translation>
    </message>
    <message>
        <source>Speaking now</source>
        <translation>يتكلم الآن</translation>
    </message>
    <message>
        <source>Projected end: %1.</source>
        <translation>الانتهاء المتوقع: %1.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
</context>
<context>
    <name>rostrum::MainFileWatch</name>
    <message>
        <source>the meeting file %1 has been overwritten in place and is no longer a meeting (%2); nothing more is written to it</source>
        <translation>كُتب فوق ملف الاجتماع %1 في مكانه ولم يعد ملف اجتماع (%2)؛ لن يُكتب فيه شيء بعد الآن</translation>
    </message>
    <message>
        <source>another meeting file (another meeting, or a backup) has been copied over the meeting file %1; nothing more is written to it</source>
        <translation>نُسخ ملف اجتماع آخر (اجتماع آخر، أو نسخة احتياطية) فوق ملف الاجتماع %1؛ لن يُكتب فيه شيء بعد الآن</translation>
    </message>
    <message>
        <source>an older copy of this meeting has been copied over the meeting file %1; nothing more is written to it</source>
        <translation>نُسخت نسخة أقدم من هذا الاجتماع فوق ملف الاجتماع %1؛ لن يُكتب فيه شيء بعد الآن</translation>
    </message>
</context>
<context>
    <name>rostrum::MeetingBar</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>LIST CLOSED</source>
        <translation>القائمة مقفلة</translation>
    </message>
    <message>
        <source>Now %1</source>
        <translation>الآن %1</translation>
    </message>
    <message>
        <source>Elapsed %1 since %2</source>
        <translation>انقضى %1 منذ %2</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>في الانتظار: %1</translation>
    </message>
    <message>
        <source>⚠ Projected end %1 (%2)</source>
        <translation>⚠ الانتهاء المتوقع %1 (%2)</translation>
    </message>
    <message>
        <source>Projected end %1 (%2)</source>
        <translation>الانتهاء المتوقع %1 (%2)</translation>
    </message>
    <message>
        <source>Scheduled %1</source>
        <translation>الموعد المقرر %1</translation>
    </message>
</context>
<context>
    <name>rostrum::MeetingConsole</name>
    <message>
        <source>Running order (%1)</source>
        <translation>ترتيب الكلام (%1)</translation>
    </message>
    <message>
        <source>Spoken (%1)</source>
        <translation>من تكلموا (%1)</translation>
    </message>
    <message>
        <source>Lists of speakers</source>
        <translation>قوائم المتكلمين</translation>
    </message>
    <message>
        <source>Speakers heard, beside the running order</source>
        <translation>من تكلموا، بجانب ترتيب الكلام</translation>
    </message>
    <message>
        <source>Speakers heard</source>
        <translation>من تكلموا</translation>
    </message>
    <message>
        <source>Who has spoken, in the order they spoke, with the time each one took.</source>
        <translation>من تكلم، حسب ترتيب الكلام، مع الوقت الذي استغرقه كل متكلم.</translation>
    </message>
    <message>
        <source>Running order</source>
        <translation>ترتيب الكلام</translation>
    </message>
    <message>
        <source>The speakers still to speak, in the order they will be called. N calls the next; Enter opens the selected speaker; Ctrl+Up and Ctrl+Down move them.</source>
        <translation>المتكلمون الذين لم يتكلموا بعد، بالترتيب الذي سيُدعون به. يدعو N المتكلم التالي؛ ويفتح Enter المتكلم المحدد؛ وينقله Ctrl+Up وCtrl+Down.</translation>
    </message>
</context>
<context>
    <name>rostrum::MeetingFileChecks</name>
    <message>
        <source>No meeting file was named: give the path of a .rostrum file.</source>
        <translation>لم يُحدد ملف اجتماع: أدخل مسار ملف .rostrum.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>لا يوجد ملف في %1.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ليس ملفا.</translation>
    </message>
    <message>
        <source>%1 is the journal of an open meeting, not a meeting file: open the .rostrum file beside it.</source>
        <translation>%1 هو سجل عمليات اجتماع مفتوح، وليس ملف اجتماع: افتح ملف .rostrum المجاور له.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>تتعذر قراءة %1: %2.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it is not a Rostrum meeting file.</source>
        <translation>%1 فارغ (0 بايت)، فهو ليس ملف اجتماع Rostrum.</translation>
    </message>
    <message>
        <source>%1 is not a Rostrum meeting file (it is not an SQLite database).</source>
        <translation>%1 ليس ملف اجتماع Rostrum (ليس قاعدة بيانات SQLite).</translation>
    </message>
    <message>
        <source>%1 is damaged: it is cut short or corrupted (its size does not match its page size). Open a backup copy.</source>
        <translation>%1 تالف: إنه مبتور أو معطوب (حجمه لا يتفق مع حجم صفحاته). افتح نسخة احتياطية.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a Rostrum meeting file.</source>
        <translation>%1 قاعدة بيانات SQLite لتطبيق آخر، وليس ملف اجتماع Rostrum.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Rostrum (file format %2; this version reads up to %3). Open it with a newer Rostrum.</source>
        <translation>كُتب %1 بإصدار أحدث من Rostrum (صيغة الملف %2؛ وهذا الإصدار يقرأ حتى %3). افتحه بإصدار أحدث من Rostrum.</translation>
    </message>
    <message>
        <source>%1 is read-only. Rostrum saves every act to the meeting file as it happens, so it needs to write there. Make the file writable, or copy it to a folder you can write to.</source>
        <translation>%1 للقراءة فقط. يحفظ Rostrum كل إجراء في ملف الاجتماع فور حدوثه، فهو يحتاج إلى الكتابة فيه. اجعل الملف قابلا للكتابة، أو انسخه إلى مجلد يمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <source>The folder of %1 is read-only. Rostrum keeps a journal file next to the meeting while it is open, so it needs to write there. Copy the meeting to a folder you can write to.</source>
        <translation>مجلد %1 للقراءة فقط. يحتفظ Rostrum بملف سجل بجوار الاجتماع ما دام مفتوحا، فهو يحتاج إلى الكتابة هناك. انسخ الاجتماع إلى مجلد يمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <source>the disk that holds %1 is full (%2 KiB free). Free some space on it, or copy the meeting to another disk</source>
        <translation>القرص الذي يحتوي على %1 ممتلئ (%2 ك.ب متاحة). أفرغ بعض المساحة فيه، أو انسخ الاجتماع إلى قرص آخر</translation>
    </message>
</context>
<context>
    <name>rostrum::MeetingFileStore</name>
    <message>
        <source>Copied from another meeting file</source>
        <translation>منسوخ من ملف اجتماع آخر</translation>
    </message>
    <message>
        <source>A backup needs a file name, such as backup.rostrum.</source>
        <translation>تحتاج النسخة الاحتياطية إلى اسم ملف، مثل backup.rostrum.</translation>
    </message>
    <message>
        <source>%1 already exists. A backup never replaces a file; choose another name.</source>
        <translation>%1 موجود بالفعل. لا تحل النسخة الاحتياطية أبدا محل ملف موجود؛ اختر اسما آخر.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2.</source>
        <translation>يتعذر إنشاء %1: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>تتعذر الكتابة في %1: %2.</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>إنه تالف (%1)</translation>
    </message>
    <message>
        <source>the meeting file %1 has been deleted or moved</source>
        <translation>حُذف ملف الاجتماع %1 أو نُقل</translation>
    </message>
    <message>
        <source>the meeting file %1 has been replaced by another file</source>
        <translation>استُبدل بملف الاجتماع %1 ملف آخر</translation>
    </message>
    <message>
        <source>the journal file %1 beside the meeting file has been deleted or replaced; the acts saved so far are safe in the meeting file. Reopen the meeting or save a copy to carry on saving</source>
        <translation>حُذف ملف السجل %1 المجاور لملف الاجتماع أو استُبدل؛ والإجراءات المحفوظة حتى الآن مصونة في ملف الاجتماع. أعد فتح الاجتماع أو احفظ نسخة منه لمواصلة الحفظ</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>يتعذر فتح %1: %2.</translation>
    </message>
    <message>
        <source>%1 is damaged: it has no meeting in it (%2).</source>
        <translation>%1 تالف: لا يحتوي على أي اجتماع (%2).</translation>
    </message>
    <message>
        <source>the meeting tables are missing</source>
        <translation>جداول الاجتماع مفقودة</translation>
    </message>
    <message>
        <source>%1 was not opened: %2. Nothing in it was changed.</source>
        <translation>لم يُفتح %1: %2. لم يُغيَّر فيه شيء.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: the journal (WAL) mode could not be switched on: %2</source>
        <translation>يتعذر فتح %1: تعذر تشغيل وضع السجل (WAL): %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>يتعذر فتح %1: %2</translation>
    </message>
    <message>
        <source>A new meeting file needs a name, such as meeting.rostrum.</source>
        <translation>يحتاج ملف الاجتماع الجديد إلى اسم، مثل meeting.rostrum.</translation>
    </message>
    <message>
        <source>%1 already exists. Rostrum never overwrites a meeting file; choose another name.</source>
        <translation>%1 موجود بالفعل. لا يكتب Rostrum أبدا فوق ملف اجتماع؛ اختر اسما آخر.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>يتعذر إنشاء %1: %2</translation>
    </message>
    <message>
        <source>The meeting cannot be read: %1</source>
        <translation>تتعذر قراءة الاجتماع: %1</translation>
    </message>
    <message>
        <source>The list cannot be read: %1</source>
        <translation>تتعذر قراءة القائمة: %1</translation>
    </message>
    <message>
        <source>%1 was opened for reading only</source>
        <translation>فُتح %1 للقراءة فقط</translation>
    </message>
</context>
<context>
    <name>rostrum::MeetingHeading</name>
    <message>
        <source>United Nations Security Council Arria-formula meeting</source>
        <translation>اجتماع مجلس الأمن التابع للأمم المتحدة بصيغة آريا</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Organized by:</source>
        <translation>الجهة المنظمة:</translation>
    </message>
    <message>
        <source>Co-sponsored by:</source>
        <translation>المقدمون المشاركون:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>الوقت:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>المكان:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>United Nations Security Council open debate</source>
        <translation>مناقشة مفتوحة لمجلس الأمن التابع للأمم المتحدة</translation>
    </message>
    <message>
        <source>United Nations General Assembly plenary meeting</source>
        <translation>جلسة عامة للجمعية العامة للأمم المتحدة</translation>
    </message>
    <message>
        <source>Model United Nations</source>
        <translation>نموذج الأمم المتحدة</translation>
    </message>
</context>
<context>
    <name>rostrum::MeetingPreset</name>
    <message>
        <source>Security Council, Arria-formula</source>
        <translation>مجلس الأمن، صيغة آريا</translation>
    </message>
    <message>
        <source>The rules of the list of the seed meeting (25 May 2023): the opening, the briefers, the Council, then co-sponsors and groups, Member States, observers and others; 3 minutes per intervention, as its concept note asked of every speaker.</source>
        <translation>قواعد قائمة الاجتماع الأصلي (25 أيار/مايو 2023): الافتتاح، ثم مقدمو الإحاطات، ثم المجلس، ثم المقدمون المشاركون والمجموعات، والدول الأعضاء، والمراقبون وغيرهم؛ 3 دقائق لكل مداخلة، كما طلبت مذكرته المفاهيمية من كل متكلم.</translation>
    </message>
    <message>
        <source>Security Council, open debate</source>
        <translation>مجلس الأمن، مناقشة مفتوحة</translation>
    </message>
    <message>
        <source>The briefers, then the members of the Council, then the other Member States and observers. The Council&apos;s note on its working methods (S/2017/507) asks for concise statements, and concept notes of open debates commonly ask speakers to keep to four minutes, the default here. Briefers are given 10 minutes, a common allowance rather than a rule: set it to what the concept note says.</source>
        <translation>مقدمو الإحاطات، ثم أعضاء المجلس، ثم الدول الأعضاء الأخرى والمراقبون. تدعو مذكرة المجلس بشأن أساليب عمله (S/2017/507) إلى الإدلاء ببيانات موجزة، وكثيرا ما تطلب المذكرات المفاهيمية للمناقشات المفتوحة من المتكلمين ألا تتجاوز كلماتهم أربع دقائق، وهو الحد الافتراضي هنا. ويُمنح مقدمو الإحاطات 10 دقائق، وهو وقت معتاد وليس قاعدة: اضبطه وفق ما تنص عليه المذكرة المفاهيمية.</translation>
    </message>
    <message>
        <source>General Assembly plenary</source>
        <translation>الجمعية العامة، جلسة عامة</translation>
    </message>
    <message>
        <source>Statements on behalf of groups come first, then Member States, then observers, as in the Assembly&apos;s plenary debates. Presidents of the Assembly usually ask 5 minutes of a Member State speaking for itself; statements for a group are given 7 minutes and observers 3, common practice that each President confirms.</source>
        <translation>تأتي البيانات باسم المجموعات أولا، ثم الدول الأعضاء، ثم المراقبون، كما في المناقشات العامة للجمعية. وعادة ما يطلب رؤساء الجمعية ألا تتجاوز كلمة الدولة العضو المتكلمة باسمها 5 دقائق؛ وتُمنح البيانات باسم مجموعة 7 دقائق والمراقبون 3 دقائق، وهي ممارسة شائعة يؤكدها كل رئيس.</translation>
    </message>
    <message>
        <source>Conference or committee</source>
        <translation>مؤتمر أو لجنة</translation>
    </message>
    <message>
        <source>A neutral start for a conference, a committee or a working group: groups first, then States, observers and others, 5 minutes each and 7 for a group. There is no heading to guess: type the body&apos;s name, so that no document says the wrong one.</source>
        <translation>بداية محايدة لمؤتمر أو لجنة أو فريق عامل: المجموعات أولا، ثم الدول، والمراقبون وغيرهم، 5 دقائق لكل منهم و7 دقائق للمجموعة. لا توجد ترويسة مفترضة: اكتب اسم الهيئة، حتى لا يحمل أي مستند اسما خاطئا.</translation>
    </message>
    <message>
        <source>Model UN committee</source>
        <translation>لجنة في نموذج الأمم المتحدة</translation>
    </message>
    <message>
        <source>The speakers&apos; list of a Model UN committee: 1 minute 30 seconds each, the usual default of Model UN rules of procedure (most conferences set 60 to 90 seconds), with the warning 15 seconds before the end; guest speakers 5 minutes. A delegate absent when called loses the place, as the chair moves on.</source>
        <translation>قائمة المتكلمين في لجنة من لجان نموذج الأمم المتحدة: دقيقة واحدة و30 ثانية لكل متكلم، وهو الحد الافتراضي المعتاد في النظام الداخلي لنماذج الأمم المتحدة (تحدد معظم المؤتمرات ما بين 60 و90 ثانية)، مع التنبيه قبل النهاية بـ 15 ثانية؛ و5 دقائق للمتكلمين الضيوف. ويفقد المندوب الغائب عند دعوته مكانه، إذ ينتقل الرئيس إلى المتكلم التالي.</translation>
    </message>
</context>
<context>
    <name>rostrum::MeetingSession</name>
    <message>
        <source>its list breaks the rules of a speakers list: %1</source>
        <translation>قائمته تخالف قواعد قائمة المتكلمين: %1</translation>
    </message>
    <message>
        <source>Not done: this meeting is open read only (%1). Save a copy as… to carry on with it.</source>
        <translation>لم يُنفذ: هذا الاجتماع مفتوح للقراءة فقط (%1). استخدم ”حفظ نسخة باسم…“ لمواصلة العمل فيه.</translation>
    </message>
    <message>
        <source>%1 was opened for reading only</source>
        <translation>فُتح %1 للقراءة فقط</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused; nothing was imported.</source>
        <translation>
            <numerusform>رُفض %n صف؛ ولم يُستورد شيء.</numerusform>
            <numerusform>رُفض صف واحد؛ ولم يُستورد شيء.</numerusform>
            <numerusform>رُفض صفان؛ ولم يُستورد شيء.</numerusform>
            <numerusform>رُفضت %n صفوف؛ ولم يُستورد شيء.</numerusform>
            <numerusform>رُفض %n صفا؛ ولم يُستورد شيء.</numerusform>
            <numerusform>رُفض %n صف؛ ولم يُستورد شيء.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row could be imported.</source>
        <translation>تعذر استيراد أي صف.</translation>
    </message>
    <message>
        <source>the meeting file %1 has become read-only</source>
        <translation>أصبح ملف الاجتماع %1 للقراءة فقط</translation>
    </message>
    <message>
        <source>the journal file %1 beside the meeting file has become read-only</source>
        <translation>أصبح ملف السجل %1 المجاور لملف الاجتماع للقراءة فقط</translation>
    </message>
    <message>
        <source>Waiting for another program that holds the meeting file: the acts are kept in memory and will be saved as soon as it lets go.</source>
        <translation>في انتظار برنامج آخر يشغل ملف الاجتماع: الإجراءات محفوظة في الذاكرة وستُحفظ في الملف فور تحريره.</translation>
    </message>
    <message>
        <source>Changes are NOT being saved: %1.</source>
        <translation>التغييرات لا تُحفظ: %1.</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 منذ %2</translation>
    </message>
    <message numerus="yes">
        <source>This meeting is also open in another console: %1. Acts from every console are saved, and each shows the others&apos; within a moment.</source>
        <translation>
            <numerusform>هذا الاجتماع مفتوح أيضا في وحدات تحكم أخرى: %1. تُحفظ الإجراءات من كل وحدات التحكم، وتعرض كل وحدة تحكم إجراءات الأخرى في غضون لحظة.</numerusform>
            <numerusform>هذا الاجتماع مفتوح أيضا في وحدة تحكم أخرى: %1. تُحفظ الإجراءات من كل وحدات التحكم، وتعرض كل وحدة تحكم إجراءات الأخرى في غضون لحظة.</numerusform>
            <numerusform>هذا الاجتماع مفتوح أيضا في وحدتي تحكم أخريين: %1. تُحفظ الإجراءات من كل وحدات التحكم، وتعرض كل وحدة تحكم إجراءات الأخرى في غضون لحظة.</numerusform>
            <numerusform>هذا الاجتماع مفتوح أيضا في وحدات تحكم أخرى: %1. تُحفظ الإجراءات من كل وحدات التحكم، وتعرض كل وحدة تحكم إجراءات الأخرى في غضون لحظة.</numerusform>
            <numerusform>هذا الاجتماع مفتوح أيضا في وحدات تحكم أخرى: %1. تُحفظ الإجراءات من كل وحدات التحكم، وتعرض كل وحدة تحكم إجراءات الأخرى في غضون لحظة.</numerusform>
            <numerusform>هذا الاجتماع مفتوح أيضا في وحدات تحكم أخرى: %1. تُحفظ الإجراءات من كل وحدات التحكم، وتعرض كل وحدة تحكم إجراءات الأخرى في غضون لحظة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last act cannot be undone while changes are not being saved.</source>
        <translation>لا يمكن التراجع عن آخر إجراء ما دامت التغييرات لا تُحفظ.</translation>
    </message>
    <message>
        <source>Redo is unavailable while changes are not being saved.</source>
        <translation>الإعادة غير متاحة ما دامت التغييرات لا تُحفظ.</translation>
    </message>
    <message>
        <source>Another program holds the meeting file; nothing was undone or redone. Try again in a moment (%1).</source>
        <translation>يشغل برنامج آخر ملف الاجتماع؛ لم يتم أي تراجع أو إعادة. حاول مرة أخرى بعد لحظة (%1).</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>لا يوجد ما يمكن التراجع عنه.</translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation>لا يوجد ما يمكن إعادته.</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>تراجع: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>إعادة: %1</translation>
    </message>
    <message>
        <source>Not done: %1.</source>
        <translation>لم يُنفذ: %1.</translation>
    </message>
    <message>
        <source>The last act cannot be undone until the server says whether it was saved.</source>
        <translation>لا يمكن التراجع عن آخر إجراء إلى أن يُبلغ الخادم بما إذا كان قد حُفظ.</translation>
    </message>
    <message>
        <source>Not done: this meeting is open read only (%1). The meeting&apos;s chair can give you another role.</source>
        <translation>لم يُنفذ: هذا الاجتماع مفتوح للقراءة فقط (%1). يمكن لرئيس الاجتماع أن يسند إليك دورًا آخر.</translation>
    </message>
</context>
<context>
    <name>rostrum::NowSpeakingPanel</name>
    <message>
        <source>Limit %1</source>
        <translation>الحد %1</translation>
    </message>
    <message>
        <source>Limit %1 (%2)</source>
        <translation>الحد %1 (%2)</translation>
    </message>
    <message>
        <source>Now speaking</source>
        <translation>يتكلم الآن</translation>
    </message>
    <message>
        <source>Speaking time used</source>
        <translation>وقت الكلام المستخدم</translation>
    </message>
    <message>
        <source>on behalf of %1</source>
        <translation>باسم %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>speaker name, title</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>اللغة: %1</translation>
    </message>
    <message>
        <source>%1, paused</source>
        <comment>clock phase</comment>
        <translation>%1، متوقف مؤقتا</translation>
    </message>
    <message>
        <source>%1 of %2 — %3</source>
        <translation>%1 من %2 — %3</translation>
    </message>
    <message>
        <source>No one at the rostrum — next: %1</source>
        <translation>لا أحد على المنصة — التالي: %1</translation>
    </message>
    <message>
        <source>No one at the rostrum</source>
        <translation>لا أحد على المنصة</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>kind of speech: delegation</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Untimed: the clock counts up</source>
        <translation>غير محدد الوقت: تعدّ الساعة تصاعديا</translation>
    </message>
    <message>
        <source>%1 · Interrupted: %2, %3 left</source>
        <translation>%1 · مقاطَع: %2، المتبقي %3</translation>
    </message>
</context>
<context>
    <name>rostrum::PagedDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
</context>
<context>
    <name>rostrum::ProcedureRules</name>
    <message>
        <source>The limit of a point of order must be from 0:00 (untimed) to 24 hours.</source>
        <translation>يجب أن يكون حد نقطة النظام من 0:00 (غير محدد) إلى 24 ساعة.</translation>
    </message>
    <message>
        <source>A delegation may be allowed from 0 to %1 replies.</source>
        <translation>يمكن السماح للوفد بعدد من الردود بين 0 و%1.</translation>
    </message>
    <message>
        <source>The limits of the first and second reply must be longer than zero.</source>
        <translation>يجب أن يكون حدا الرد الأول والثاني أكبر من الصفر.</translation>
    </message>
    <message>
        <source>The limit of a reply is at most 24 hours.</source>
        <translation>حد الرد 24 ساعة على الأكثر.</translation>
    </message>
    <message>
        <source>The changeover %1 s is out of range: set from 0 to %2 seconds.</source>
        <translation>زمن تبديل المتكلمين %1 ث خارج النطاق: حدده من 0 إلى %2 ثانية.</translation>
    </message>
</context>
<context>
    <name>rostrum::QuitGuard</name>
    <message>
        <source>Acts not saved</source>
        <translation>إجراءات غير محفوظة</translation>
    </message>
    <message>
        <source>Acts not saved in the meeting file: %1. They are kept in memory only.</source>
        <translation>إجراءات غير محفوظة في ملف الاجتماع: %1. إنها محفوظة في الذاكرة فقط.</translation>
    </message>
    <message>
        <source>Save a copy to keep them; quitting now loses them.</source>
        <translation>احفظ نسخة للاحتفاظ بها؛ فالخروج الآن يؤدي إلى فقدانها.</translation>
    </message>
    <message>
        <source>Save a copy as…</source>
        <translation>حفظ نسخة باسم…</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>الخروج دون حفظ</translation>
    </message>
</context>
<context>
    <name>rostrum::ReadOnlyMeeting</name>
    <message>
        <source>%1 is on a read-only medium</source>
        <translation>%1 على وسيط للقراءة فقط</translation>
    </message>
    <message>
        <source>%1 is read-only</source>
        <translation>%1 للقراءة فقط</translation>
    </message>
    <message>
        <source>the folder of %1 is read-only</source>
        <translation>مجلد %1 للقراءة فقط</translation>
    </message>
</context>
<context>
    <name>rostrum::ReportDialog</name>
    <message>
        <source>Report of the meeting</source>
        <translation>تقرير الاجتماع</translation>
    </message>
    <message>
        <source>Summary of the meeting</source>
        <translation>موجز الاجتماع</translation>
    </message>
    <message>
        <source>Totals by tier</source>
        <translation>المجاميع حسب الفئة</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الموجز</translation>
    </message>
    <message>
        <source>Timeline: planned and actual</source>
        <translation>الجدول الزمني: المقرر والفعلي</translation>
    </message>
    <message>
        <source>Export report PDF…</source>
        <translation>تصدير التقرير بصيغة PDF…</translation>
    </message>
    <message>
        <source>Export report CSV…</source>
        <translation>تصدير التقرير بصيغة CSV…</translation>
    </message>
    <message>
        <source>As of %1; times are local to the meeting (%2).</source>
        <translation>في %1؛ الأوقات بالتوقيت المحلي للاجتماع (%2).</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>الفعلي</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <source>The report was not exported. %1</source>
        <translation>لم يُصدَّر التقرير. %1</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>كُتب التقرير في %1.</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>التقرير %1</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>تصدير التقرير بصيغة PDF</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>تصدير التقرير بصيغة CSV</translation>
    </message>
    <message>
        <source>PDF for printing (*.pdf)</source>
        <translation>PDF للطباعة (*.pdf)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV لجداول البيانات (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>لغة التقرير (&amp;L):</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>لغة التقرير</translation>
    </message>
</context>
<context>
    <name>rostrum::ReportPdf</name>
    <message>
        <source>Scheduled</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>الفعلي</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <source>Timeline: planned and actual (%1 of %2)</source>
        <translation>الجدول الزمني: المقرر والفعلي (%1 من %2)</translation>
    </message>
    <message>
        <source>Timeline: planned and actual</source>
        <translation>الجدول الزمني: المقرر والفعلي</translation>
    </message>
    <message>
        <source>Report of the meeting</source>
        <translation>تقرير الاجتماع</translation>
    </message>
    <message>
        <source>Report of the meeting: %1</source>
        <translation>تقرير الاجتماع: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الموجز</translation>
    </message>
    <message>
        <source>Prepared on %1; times are local to the meeting (%2).</source>
        <translation>أُعد في %1؛ الأوقات بالتوقيت المحلي للاجتماع (%2).</translation>
    </message>
    <message>
        <source>Totals by tier</source>
        <translation>المجاميع حسب الفئة</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>المتكلمون</translation>
    </message>
    <message>
        <source>In the order they spoke, then those still waiting, then the absent and the withdrawn. Planned: the start each speaker would have had if everyone before them had spoken for exactly their allotted time from the scheduled start.</source>
        <translation>بالترتيب الذي تكلموا به، ثم من لا يزالون في الانتظار، ثم الغائبون والمنسحبون. المقرر: وقت البدء الذي كان سيحظى به كل متكلم لو تكلم كل من سبقه المدة المخصصة له بالضبط ابتداء من موعد البدء المقرر.</translation>
    </message>
</context>
<context>
    <name>rostrum::ReportText</name>
    <message numerus="yes">
        <source>%n spoke</source>
        <translation>
            <numerusform>تكلم %n</numerusform>
            <numerusform>تكلم متكلم واحد</numerusform>
            <numerusform>تكلم متكلمان</numerusform>
            <numerusform>تكلم %n متكلمين</numerusform>
            <numerusform>تكلم %n متكلما</numerusform>
            <numerusform>تكلم %n متكلم</numerusform>
        </translation>
    </message>
    <message>
        <source>1 speaking now</source>
        <translation>1 يتكلم الآن</translation>
    </message>
    <message numerus="yes">
        <source>%n absent</source>
        <translation>
            <numerusform>غائب %n</numerusform>
            <numerusform>غائب واحد</numerusform>
            <numerusform>غائبان</numerusform>
            <numerusform>%n غائبين</numerusform>
            <numerusform>%n غائبا</numerusform>
            <numerusform>%n غائب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn</source>
        <translation>
            <numerusform>منسحب %n</numerusform>
            <numerusform>منسحب واحد</numerusform>
            <numerusform>منسحبان</numerusform>
            <numerusform>%n منسحبين</numerusform>
            <numerusform>%n منسحبا</numerusform>
            <numerusform>%n منسحب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still waiting</source>
        <translation>
            <numerusform>%n لا يزال في الانتظار</numerusform>
            <numerusform>واحد لا يزال في الانتظار</numerusform>
            <numerusform>اثنان لا يزالان في الانتظار</numerusform>
            <numerusform>%n لا يزالون في الانتظار</numerusform>
            <numerusform>%n لا يزالون في الانتظار</numerusform>
            <numerusform>%n لا يزالون في الانتظار</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>جارٍ</translation>
    </message>
    <message>
        <source>End</source>
        <translation>الانتهاء</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation>وقت الكلام</translation>
    </message>
    <message>
        <source>Overruns, in all</source>
        <translation>حالات التجاوز، إجمالا</translation>
    </message>
    <message>
        <source>Pauses, in all</source>
        <translation>التوقفات المؤقتة، إجمالا</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>المتكلمون</translation>
    </message>
    <message numerus="yes">
        <source>%n inscribed</source>
        <translation>
            <numerusform>%n مسجل</numerusform>
            <numerusform>مسجل واحد</numerusform>
            <numerusform>مسجلان</numerusform>
            <numerusform>%n مسجلين</numerusform>
            <numerusform>%n مسجلا</numerusform>
            <numerusform>%n مسجل</numerusform>
        </translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Inscribed</source>
        <translation>المسجلون</translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation>تكلموا</translation>
    </message>
    <message>
        <source>Allotted</source>
        <translation>المخصص</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Average overrun</source>
        <translation>متوسط التجاوز</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>كل المتكلمين</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>الوفد</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>المتكلم</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>البدء الفعلي</translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation>التجاوز</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>التوقف المؤقت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) of order</source>
        <translation>
            <numerusform>لا نقاط نظام</numerusform>
            <numerusform>نقطة نظام واحدة</numerusform>
            <numerusform>نقطتا نظام</numerusform>
            <numerusform>%n نقاط نظام</numerusform>
            <numerusform>%n نقطة نظام</numerusform>
            <numerusform>%n نقطة نظام</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n right(s) of reply</source>
        <translation>
            <numerusform>لا ردود</numerusform>
            <numerusform>رد واحد</numerusform>
            <numerusform>ردان</numerusform>
            <numerusform>%n ردود</numerusform>
            <numerusform>%n ردا</numerusform>
            <numerusform>%n رد</numerusform>
        </translation>
    </message>
    <message>
        <source>Changeover, on average</source>
        <translation>تبديل المتكلمين، في المتوسط</translation>
    </message>
    <message numerus="yes">
        <source>%n measured</source>
        <translation>
            <numerusform>لا قياس</numerusform>
            <numerusform>قياس واحد</numerusform>
            <numerusform>قياسان</numerusform>
            <numerusform>%n قياسات</numerusform>
            <numerusform>%n قياسا</numerusform>
            <numerusform>%n قياس</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>status, kind of speech</comment>
        <translation>%1، %2</translation>
    </message>
</context>
<context>
    <name>rostrum::RunningOrder</name>
    <message>
        <source>No one is waiting to speak.</source>
        <translation>لا أحد في انتظار الكلام.</translation>
    </message>
    <message>
        <source>On time: the list ends by %1 at the current limits.</source>
        <translation>في الموعد: تنتهي القائمة بحلول %1 بالحدود الزمنية الحالية.</translation>
    </message>
    <message numerus="yes">
        <source>Limit %1 for the remaining %n speaker(s) to end at %2.</source>
        <translation>
            <numerusform>حد قدره %1 لكل من المتكلمين المتبقين (%n) لكي تنتهي القائمة في %2.</numerusform>
            <numerusform>حد قدره %1 للمتكلم المتبقي الوحيد لكي تنتهي القائمة في %2.</numerusform>
            <numerusform>حد قدره %1 لكل من المتكلمَين المتبقيين لكي تنتهي القائمة في %2.</numerusform>
            <numerusform>حد قدره %1 لكل من المتكلمين المتبقين الـ %n لكي تنتهي القائمة في %2.</numerusform>
            <numerusform>حد قدره %1 لكل من المتكلمين المتبقين الـ %n لكي تنتهي القائمة في %2.</numerusform>
            <numerusform>حد قدره %1 لكل من المتكلمين المتبقين الـ %n لكي تنتهي القائمة في %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot end at %1 even at %2 each; at the current limits the last speaker reached is no. %3.</source>
        <translation>لا يمكن الانتهاء في %1 حتى بحد %2 لكل متكلم؛ وبالحدود الحالية يكون آخر من يصل إليه الدور هو الرقم %3.</translation>
    </message>
    <message>
        <source>Cannot end at %1 even at %2 each; no waiting speaker finishes before then.</source>
        <translation>لا يمكن الانتهاء في %1 حتى بحد %2 لكل متكلم؛ ولا ينتهي أي متكلم في الانتظار قبل ذلك الموعد.</translation>
    </message>
</context>
<context>
    <name>rostrum::RunningOrderModel</name>
    <message>
        <source>◷ Late</source>
        <translation>◷ متأخر</translation>
    </message>
    <message>
        <source>⚑ Pinned</source>
        <translation>⚑ مثبت</translation>
    </message>
    <message>
        <source>✗ Absent ×%1</source>
        <translation>✗ غائب ×%1</translation>
    </message>
    <message>
        <source>%1
on behalf of %2</source>
        <translation>%1
باسم %2</translation>
    </message>
    <message>
        <source>%1, inscribed %2, after the deadline</source>
        <translation>%1، سُجل في %2، بعد الموعد النهائي</translation>
    </message>
    <message>
        <source>%1, inscribed %2</source>
        <translation>%1، سُجل في %2</translation>
    </message>
    <message>
        <source>On behalf of %1 (group of %2)</source>
        <translation>باسم %1 (مجموعة من %2)</translation>
    </message>
    <message>
        <source>Placed by hand: automatic placement leaves them here.</source>
        <translation>وُضع يدويا: يبقيه الترتيب التلقائي هنا.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>الوفد</translation>
    </message>
    <message>
        <source>Speaker and title</source>
        <translation>المتكلم واللقب</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>الحد</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Drag one speaker at a time: %1 are selected.</source>
        <translation>اسحب متكلما واحدا في كل مرة: المحدد الآن %1.</translation>
    </message>
    <message>
        <source>Right of reply %1</source>
        <translation>حق الرد %1</translation>
    </message>
</context>
<context>
    <name>rostrum::SaveBanner</name>
    <message>
        <source>Save a copy as…</source>
        <translation>حفظ نسخة باسم…</translation>
    </message>
    <message>
        <source>This meeting is open read only: %1. Save a copy as… to carry on with it.</source>
        <translation>هذا الاجتماع مفتوح للقراءة فقط: %1. استخدم ”حفظ نسخة باسم…“ لمواصلة العمل فيه.</translation>
    </message>
    <message>
        <source>Acts kept in memory only: %1.</source>
        <translation>إجراءات محفوظة في الذاكرة فقط: %1.</translation>
    </message>
    <message>
        <source>%1 (copy).rostrum</source>
        <translation>%1 (نسخة).rostrum</translation>
    </message>
    <message>
        <source>Save a copy of the meeting</source>
        <translation>حفظ نسخة من الاجتماع</translation>
    </message>
    <message>
        <source>Rostrum meetings (*.rostrum)</source>
        <translation>اجتماعات Rostrum (*.rostrum)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>حفظ نسخة</translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation>تعذرت كتابة النسخة: %1</translation>
    </message>
    <message>
        <source>This meeting is open read only: %1. The meeting&apos;s chair can give you another role.</source>
        <translation>هذا الاجتماع مفتوح للقراءة فقط: %1. يمكن لرئيس الاجتماع أن يسند إليك دورًا آخر.</translation>
    </message>
</context>
<context>
    <name>rostrum::SaveFile</name>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>المجلد %1 غير موجود</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>تم رفض الإذن</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a meeting file (or another database), and a document never replaces one. Choose another name for the document.</source>
        <translation>تتعذر الكتابة في %1: إنه ملف اجتماع (أو قاعدة بيانات أخرى)، ولا يحل المستند أبدا محل ملف كهذا. اختر اسما آخر للمستند.</translation>
    </message>
    <message>
        <source>Cannot write %1: it belongs to the meeting file %2, and a document never replaces it. Choose another name for the document.</source>
        <translation>تتعذر الكتابة في %1: إنه تابع لملف الاجتماع %2، ولا يحل المستند أبدا محله. اختر اسما آخر للمستند.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تتعذر الكتابة في %1: %2</translation>
    </message>
</context>
<context>
    <name>rostrum::Schema</name>
    <message>
        <source>The file was written by a newer version of Rostrum (file format %1; this version reads up to %2). Open it with a newer Rostrum.</source>
        <translation>كُتب الملف بإصدار أحدث من Rostrum (صيغة الملف %1؛ وهذا الإصدار يقرأ حتى %2). افتحه بإصدار أحدث من Rostrum.</translation>
    </message>
    <message>
        <source>a trigger</source>
        <translation>مشغّل (trigger)</translation>
    </message>
    <message>
        <source>a view</source>
        <translation>عرض (view)</translation>
    </message>
    <message>
        <source>an index</source>
        <translation>فهرس (index)</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>جدول (table)</translation>
    </message>
    <message>
        <source>its list of tables cannot be read</source>
        <translation>تتعذر قراءة قائمة جداوله</translation>
    </message>
    <message>
        <source>%1 named “%2” is not as Rostrum makes it</source>
        <translation>%1 باسم ”%2“ ليس كما ينشئه Rostrum</translation>
    </message>
    <message>
        <source>it holds %1 named “%2” that Rostrum does not make</source>
        <translation>يحتوي على %1 باسم ”%2“ لا ينشئه Rostrum</translation>
    </message>
    <message>
        <source>%1 named “%2” is missing</source>
        <translation>%1 باسم ”%2“ مفقود</translation>
    </message>
</context>
<context>
    <name>rostrum::ServerConnection</name>
    <message>
        <source>this computer has no PostgreSQL driver for Qt: install libqt6sql6-psql</source>
        <translation>لا يوجد في هذا الحاسوب برنامج تشغيل PostgreSQL لـ Qt: ثبّت libqt6sql6-psql</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>rostrum::ServerCopy</name>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>يتعذر إنشاء %1: %2</translation>
    </message>
    <message>
        <source>%1 was not copied to %2: %3. Nothing was created there.</source>
        <translation>لم يُنسخ %1 إلى %2: %3. لم يُنشأ هناك شيء.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>تتعذر قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 was not copied to %2: %3</source>
        <translation>لم يُنسخ %1 إلى %2: %3</translation>
    </message>
</context>
<context>
    <name>rostrum::ServerDialog</name>
    <message>
        <source>Open from a server</source>
        <translation>فتح من خادم</translation>
    </message>
    <message>
        <source>the server&apos;s name or address</source>
        <translation>اسم الخادم أو عنوانه</translation>
    </message>
    <message>
        <source>your PostgreSQL user name</source>
        <translation>اسم المستخدم الخاص بك في PostgreSQL</translation>
    </message>
    <message>
        <source>lower-case letters, digits and _</source>
        <translation>حروف لاتينية صغيرة وأرقام و_</translation>
    </message>
    <message>
        <source>(a server not opened before)</source>
        <translation>(خادم لم يُفتح من قبل)</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>الخوادم الحديثة (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>المضيف (&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>المنفذ (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>قاعدة البيانات (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>المستخدم (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>الاجتماع (&amp;M):</translation>
    </message>
    <message>
        <source>The password is never asked for here, nor kept: Rostrum takes it from PGPASSWORD or ~/.pgpass, or asks when the server wants one.</source>
        <translation>لا تُطلب كلمة المرور هنا أبدا ولا تُحفظ: يأخذها Rostrum من PGPASSWORD أو ~/.pgpass، أو يطلبها عندما يطلب الخادم كلمة مرور.</translation>
    </message>
</context>
<context>
    <name>rostrum::ServerError</name>
    <message>
        <source>your role on this meeting may not do this (%1)</source>
        <translation>لا يخولك دورك في هذا الاجتماع القيام بذلك (%1)</translation>
    </message>
    <message>
        <source>another console is holding the meeting locked (%1)</source>
        <translation>وحدة تحكم أخرى تقفل الاجتماع (%1)</translation>
    </message>
    <message>
        <source>the meeting was opened for reading only (%1)</source>
        <translation>فُتح الاجتماع للقراءة فقط (%1)</translation>
    </message>
    <message>
        <source>the server&apos;s disk is full (%1)</source>
        <translation>قرص الخادم ممتلئ (%1)</translation>
    </message>
    <message>
        <source>the connection to the server was lost (%1)</source>
        <translation>انقطع الاتصال بالخادم (%1)</translation>
    </message>
    <message>
        <source>the server refused the user name or password (%1)</source>
        <translation>رفض الخادم اسم المستخدم أو كلمة المرور (%1)</translation>
    </message>
    <message>
        <source>the server asks for a password: give it in PGPASSWORD or ~/.pgpass</source>
        <translation>يطلب الخادم كلمة مرور: قدّمها في PGPASSWORD أو ~/.pgpass</translation>
    </message>
    <message>
        <source>the server refused the connection (%1)</source>
        <translation>رفض الخادم الاتصال (%1)</translation>
    </message>
    <message>
        <source>the server cannot be reached (%1)</source>
        <translation>يتعذر الوصول إلى الخادم (%1)</translation>
    </message>
</context>
<context>
    <name>rostrum::ServerLocation</name>
    <message>
        <source>%1 is not a server location: write postgresql://[USER@]HOST[:PORT]/DATABASE?meeting=NAME</source>
        <translation>%1 ليس عنوان خادم: اكتب postgresql://[USER@]HOST[:PORT]/DATABASE?meeting=NAME</translation>
    </message>
    <message>
        <source>The server location must not hold a password, which anyone on this computer could read: give it in PGPASSWORD or ~/.pgpass instead.</source>
        <translation>يجب ألا يتضمن عنوان الخادم كلمة مرور، إذ يمكن لأي شخص على هذا الحاسوب قراءتها: قدّمها بدلا من ذلك في PGPASSWORD أو ~/.pgpass.</translation>
    </message>
    <message>
        <source>%1 names no server: write the host after postgresql://</source>
        <translation>لا يحدد %1 أي خادم: اكتب المضيف بعد postgresql://</translation>
    </message>
    <message>
        <source>%1 has no valid port (1 to 65535)</source>
        <translation>ليس في %1 منفذ صالح (من 1 إلى 65535)</translation>
    </message>
    <message>
        <source>%1 names no database: write it after the host, as in postgresql://HOST/DATABASE</source>
        <translation>لا يحدد %1 أي قاعدة بيانات: اكتبها بعد المضيف، كما في postgresql://HOST/DATABASE</translation>
    </message>
    <message>
        <source>sslmode=%1 is not one of %2</source>
        <translation>sslmode=%1 ليس من بين %2</translation>
    </message>
    <message>
        <source>%1 is not an option of a server location (meeting, sslmode)</source>
        <translation>%1 ليس خيارا من خيارات عنوان الخادم (meeting أو sslmode)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a meeting: use lower-case letters, digits and _, at most 40</source>
        <translation>لا يصلح ”%1“ اسما لاجتماع: استخدم حروفا لاتينية صغيرة وأرقاما و_، بحد أقصى 40</translation>
    </message>
    <message>
        <source>%1 names no meeting: add ?meeting=NAME</source>
        <translation>لا يحدد %1 أي اجتماع: أضف ?meeting=NAME</translation>
    </message>
</context>
<context>
    <name>rostrum::ServerSchema</name>
    <message>
        <source>a meeting named %1 already exists there</source>
        <translation>يوجد هناك بالفعل اجتماع باسم %1</translation>
    </message>
</context>
<context>
    <name>rostrum::ServerStore</name>
    <message>
        <source>the connection to the server %1 was lost</source>
        <translation>انقطع الاتصال بالخادم %1</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>يتعذر فتح %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: the database %2 has no meeting named %3</source>
        <translation>يتعذر فتح %1: لا يوجد في قاعدة البيانات %2 اجتماع باسم %3</translation>
    </message>
    <message>
        <source>%1 was made by a newer Rostrum (format %2; this one knows up to %3): update Rostrum to open it</source>
        <translation>أُنشئ %1 بإصدار أحدث من Rostrum (الصيغة %2؛ وهذا الإصدار يعرف حتى %3): حدّث Rostrum لفتحه</translation>
    </message>
    <message>
        <source>%1: the user %2 has no role in this meeting; its chair gives one with rostrum-cli grant</source>
        <translation>%1: ليس للمستخدم %2 أي دور في هذا الاجتماع؛ ويسند إليه رئيس الاجتماع دورا باستخدام rostrum-cli grant</translation>
    </message>
    <message>
        <source>%1 cannot be opened: the server does not announce changes (%2)</source>
        <translation>يتعذر فتح %1: لا يرسل الخادم إشعارات بالتغييرات (%2)</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>يتعذر إنشاء %1: %2</translation>
    </message>
    <message>
        <source>The meeting cannot be read: %1</source>
        <translation>تتعذر قراءة الاجتماع: %1</translation>
    </message>
    <message>
        <source>The list cannot be read: %1</source>
        <translation>تتعذر قراءة القائمة: %1</translation>
    </message>
    <message>
        <source>the user %1 is a viewer of this meeting and may not change it</source>
        <translation>للمستخدم %1 دور المشاهد في هذا الاجتماع، ولا يجوز له تغييره</translation>
    </message>
    <message>
        <source>%1 was opened for reading only</source>
        <translation>فُتح %1 للقراءة فقط</translation>
    </message>
</context>
<context>
    <name>rostrum::SettingsDialog</name>
    <message>
        <source>Meeting settings</source>
        <translation>إعدادات الاجتماع</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>الاجتماع (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Delegations</source>
        <translation>الوفود (&amp;D)</translation>
    </message>
    <message>
        <source>Time and &amp;order</source>
        <translation>الوقت والترتيب (&amp;O)</translation>
    </message>
    <message>
        <source>Choose one to fill the heading, the order and the limits</source>
        <translation>اختر نوعا لملء الترويسة والترتيب والحدود الزمنية</translation>
    </message>
    <message>
        <source>The line above the title of every document; empty: none</source>
        <translation>السطر الذي يعلو عنوان كل مستند؛ فارغ: لا شيء</translation>
    </message>
    <message>
        <source>Inscriptions after this are marked late:</source>
        <translation>التسجيلات بعد هذا الموعد توصف بأنها متأخرة:</translation>
    </message>
    <message>
        <source>Which one?</source>
        <translation>أيهما؟</translation>
    </message>
    <message>
        <source>&amp;Kind of meeting:</source>
        <translation>نوع الاجتماع (&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>العنوان (&amp;T):</translation>
    </message>
    <message>
        <source>Document &amp;heading:</source>
        <translation>ترويسة المستندات (&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>المكان (&amp;V):</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>التاريخ (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>يبدأ في (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Ends at:</source>
        <translation>ينتهي في (&amp;E):</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>المنطقة الزمنية (&amp;Z):</translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation>الموعد النهائي (&amp;L):</translation>
    </message>
    <message>
        <source>Type a few letters and choose from the directory. These lists decide the category inferred for a new inscription.</source>
        <translation>اكتب بضعة أحرف واختر من الدليل. تحدد هذه القوائم الصفة المستنتجة للتسجيل الجديد.</translation>
    </message>
    <message>
        <source>&amp;Co-sponsors:</source>
        <translation>المقدمون المشاركون (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Briefers, inscribed when the meeting is made</source>
        <translation>مقدمو الإحاطات، يُسجلون عند إنشاء الاجتماع (&amp;B)</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone has no IANA name (it is a rule such as TZ=UTC+3). Choose the meeting&apos;s time zone, such as Europe/Zurich or America/New_York.</source>
        <translation>ليس للمنطقة الزمنية لهذا الحاسوب اسم IANA (إنها قاعدة مثل TZ=UTC+3). اختر المنطقة الزمنية للاجتماع، مثل Europe/Zurich أو America/New_York.</translation>
    </message>
    <message>
        <source>Deadline: %1.</source>
        <translation>الموعد النهائي: %1.</translation>
    </message>
    <message>
        <source>Choose the meeting&apos;s time zone, such as Europe/Zurich or America/New_York.</source>
        <translation>اختر المنطقة الزمنية للاجتماع، مثل Europe/Zurich أو America/New_York.</translation>
    </message>
    <message>
        <source>Default time &amp;limit:</source>
        <translation>الحد الزمني الافتراضي (&amp;L):</translation>
    </message>
    <message>
        <source>default</source>
        <translation>افتراضي</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>&amp;Warning before the end:</source>
        <translation>التنبيه قبل النهاية (&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Absent when called:</source>
        <translation>الغياب عند الدعوة (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Tier order:</source>
        <translation>ترتيب الفئات (&amp;T):</translation>
    </message>
    <message>
        <source>“%1” is not a time limit for %2. Write minutes and seconds, such as 3:00.</source>
        <translation>”%1“ ليس حدا زمنيا لـ %2. اكتب الدقائق والثواني، مثل 3:00.</translation>
    </message>
    <message>
        <source>every category</source>
        <translation>كل الصفات</translation>
    </message>
    <message>
        <source>Pages of the meeting&apos;s settings</source>
        <translation>صفحات إعدادات الاجتماع</translation>
    </message>
    <message>
        <source>Deadline for inscriptions</source>
        <translation>الموعد النهائي للتسجيل</translation>
    </message>
    <message>
        <source>Which of the two moments of the deadline, in an hour the clocks repeat</source>
        <translation>أي اللحظتين هو الموعد النهائي، في ساعة تتكرر فيها الساعات</translation>
    </message>
    <message>
        <source>O&amp;rganizers:</source>
        <translation>الجهات المنظمة (&amp;R):</translation>
    </message>
    <message>
        <source>Organizers</source>
        <translation>الجهات المنظمة</translation>
    </message>
    <message>
        <source>Co-sponsors</source>
        <translation>المقدمون المشاركون</translation>
    </message>
    <message>
        <source>Cou&amp;ncil members:</source>
        <translation>أعضاء المجلس (&amp;N):</translation>
    </message>
    <message>
        <source>Council members</source>
        <translation>أعضاء المجلس</translation>
    </message>
    <message>
        <source>&amp;Floor</source>
        <translation>الكلمة (&amp;F)</translation>
    </message>
    <message>
        <source>0:00 leaves a point of order untimed: its clock counts up</source>
        <translation>0:00 يترك نقطة النظام دون حد: تعدّ ساعتها تصاعديا</translation>
    </message>
    <message>
        <source>&amp;Point of order, limit:</source>
        <translation>حد نقطة النظام (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Rights of reply per delegation:</source>
        <translation>حقوق الرد لكل وفد (&amp;R):</translation>
    </message>
    <message>
        <source>First reply, &amp;limit:</source>
        <translation>حد الرد الأول (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Second and later replies, limit:</source>
        <translation>حد الرد الثاني وما بعده (&amp;S):</translation>
    </message>
    <message>
        <source>The time from one speaker&apos;s end to the next one&apos;s start, in every projected time; the report measures it</source>
        <translation>الوقت بين نهاية متكلم وبداية التالي، في كل وقت متوقع؛ ويقيسه التقرير</translation>
    </message>
    <message>
        <source>&amp;Changeover between speakers:</source>
        <translation>تبديل المتكلمين (&amp;C):</translation>
    </message>
    <message>
        <source>C&amp;hime at the warning and at zero</source>
        <translation>رنين عند التنبيه وعند الصفر (&amp;H)</translation>
    </message>
    <message>
        <source>a point of order</source>
        <translation>نقطة نظام</translation>
    </message>
    <message>
        <source>the first reply</source>
        <translation>الرد الأول</translation>
    </message>
    <message>
        <source>the second reply</source>
        <translation>الرد الثاني</translation>
    </message>
</context>
<context>
    <name>rostrum::ShareDialog</name>
    <message>
        <source>Share on the network</source>
        <translation>المشاركة على الشبكة</translation>
    </message>
    <message>
        <source>The timer, the room&apos;s screens, the interpreters&apos; booths and the delegates&apos; phones open the meeting from these links; the timekeeper, staff and chair links also act on it. Each link carries its role&apos;s key: give it only to whom it is for.</source>
        <translation>يفتح المؤقت وشاشات القاعة ومقصورات المترجمين الشفويين وهواتف المندوبين الاجتماع من هذه الروابط؛ وتتيح روابط مراقب الوقت والأمانة والرئيس أيضا اتخاذ إجراءات فيه. ويحمل كل رابط مفتاح دوره: فلا تعطه إلا لمن هو مخصص له.</translation>
    </message>
    <message>
        <source>Serve on:</source>
        <translation>المشاركة على:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>المنفذ:</translation>
    </message>
    <message>
        <source>The views open without a key (the acts still need one)</source>
        <translation>تُفتح صفحات العرض دون مفتاح (ولا تزال الإجراءات تتطلب مفتاحا)</translation>
    </message>
    <message>
        <source>Start sharing</source>
        <translation>بدء المشاركة</translation>
    </message>
    <message>
        <source>Revoke links</source>
        <translation>إلغاء الروابط</translation>
    </message>
    <message>
        <source>New keys for every role: every link given out so far stops working, and its pages are closed.</source>
        <translation>مفاتيح جديدة لكل دور: يتوقف كل رابط وُزع حتى الآن عن العمل، وتُغلق صفحاته.</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>هذا الحاسوب فقط (127.0.0.1)</translation>
    </message>
    <message>
        <source>The network of %1</source>
        <translation>شبكة %1</translation>
    </message>
    <message>
        <source>Every network of this computer (0.0.0.0)</source>
        <translation>كل شبكات هذا الحاسوب (0.0.0.0)</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>إيقاف المشاركة</translation>
    </message>
    <message>
        <source>Not shared: nothing is served.</source>
        <translation>لا مشاركة: لا يُقدَّم أي شيء.</translation>
    </message>
    <message>
        <source>Shared on %1.</source>
        <translation>المشاركة جارية على %1.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>QR code of the %1 link</source>
        <translation>رمز QR لرابط ”%1“</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>role: pages open</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Pages open now — %1</source>
        <translation>الصفحات المفتوحة الآن — %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>rostrum::SpeakersList</name>
    <message>
        <source>The clock is already running.</source>
        <translation>الساعة تعمل بالفعل.</translation>
    </message>
    <message>
        <source>Clock started for %1</source>
        <translation>بدأت الساعة لـ %1</translation>
    </message>
    <message>
        <source>No one is waiting to speak.</source>
        <translation>لا أحد في انتظار الكلام.</translation>
    </message>
    <message>
        <source>%1 called</source>
        <translation>دُعي %1</translation>
    </message>
    <message>
        <source>The clock is not running.</source>
        <translation>الساعة لا تعمل.</translation>
    </message>
    <message>
        <source>Clock paused for %1</source>
        <translation>أوقفت الساعة مؤقتا لـ %1</translation>
    </message>
    <message>
        <source>%1 finished; the list is exhausted</source>
        <translation>انتهى %1؛ واستُنفدت القائمة</translation>
    </message>
    <message>
        <source>No one has been called.</source>
        <translation>لم يُدعَ أحد.</translation>
    </message>
    <message>
        <source>%1 has started speaking; use Next.</source>
        <translation>بدأ %1 الكلام؛ استخدم ”التالي“.</translation>
    </message>
    <message>
        <source>taken off the list</source>
        <translation>شُطب من القائمة</translation>
    </message>
    <message>
        <source>moved to the end of the %1 tier</source>
        <translation>نُقل إلى آخر فئة %1</translation>
    </message>
    <message>
        <source>moved to the end of the list</source>
        <translation>نُقل إلى آخر القائمة</translation>
    </message>
    <message>
        <source>%1 absent: %2</source>
        <translation>%1 غائب: %2</translation>
    </message>
    <message>
        <source>%1; %2 called</source>
        <translation>%1؛ ودُعي %2</translation>
    </message>
    <message>
        <source>No one is speaking.</source>
        <translation>لا أحد يتكلم.</translation>
    </message>
    <message>
        <source>No time to add.</source>
        <translation>لا يوجد وقت لإضافته.</translation>
    </message>
    <message>
        <source>Adding %1 would give %2 more than 24 hours (%3) in all; at most %4 can be added.</source>
        <translation>إضافة %1 ستمنح %2 أكثر من 24 ساعة (%3) إجمالا؛ ويمكن إضافة %4 على الأكثر.</translation>
    </message>
    <message>
        <source>No time left to remove.</source>
        <translation>لم يتبق وقت يمكن إنقاصه.</translation>
    </message>
    <message>
        <source>%1 added for %2</source>
        <translation>أضيف %1 لـ %2</translation>
    </message>
    <message>
        <source>%1 removed for %2</source>
        <translation>أُنقص %1 من وقت %2</translation>
    </message>
    <message>
        <source>Clock reset for %1</source>
        <translation>أعيد ضبط الساعة لـ %1</translation>
    </message>
    <message>
        <source>The clock is already at the full limit.</source>
        <translation>الساعة مضبوطة بالفعل على الحد الكامل.</translation>
    </message>
    <message>
        <source>There is no entry #%1.</source>
        <translation>لا يوجد قيد برقم %1.</translation>
    </message>
    <message>
        <source>A time limit must be longer than zero.</source>
        <translation>يجب أن يكون الحد الزمني أطول من صفر.</translation>
    </message>
    <message>
        <source>The time limit %1 for %2 is longer than 24 hours (%3), the longest a limit can be.</source>
        <translation>الحد الزمني %1 لـ %2 أطول من 24 ساعة (%3)، وهي أقصى مدة يمكن أن يبلغها الحد.</translation>
    </message>
    <message>
        <source>With the %1 already added, a limit of %2 would give %3 more than 24 hours (%4) in all.</source>
        <translation>مع الـ %1 المضافة بالفعل، سيمنح حد قدره %2 لـ %3 أكثر من 24 ساعة (%4) إجمالا.</translation>
    </message>
    <message>
        <source>%1 has already spoken.</source>
        <translation>تكلم %1 بالفعل.</translation>
    </message>
    <message>
        <source>Limit %1 for %2</source>
        <translation>الحد %1 لـ %2</translation>
    </message>
    <message>
        <source>%1 already has a limit of %2.</source>
        <translation>لـ %1 بالفعل حد قدره %2.</translation>
    </message>
    <message>
        <source>A time limit of %1 for every remaining speaker is longer than 24 hours (%2), the longest a limit can be.</source>
        <translation>الحد الزمني %1 لكل متكلم متبق أطول من 24 ساعة (%2)، وهي أقصى مدة يمكن أن يبلغها الحد.</translation>
    </message>
    <message>
        <source>Limit %1 for all remaining speakers</source>
        <translation>الحد %1 لجميع المتكلمين المتبقين</translation>
    </message>
    <message>
        <source>Every remaining speaker already has a limit of %1.</source>
        <translation>لكل متكلم متبق بالفعل حد قدره %1.</translation>
    </message>
    <message>
        <source>%1 is waiting</source>
        <translation>%1 في الانتظار</translation>
    </message>
    <message>
        <source>%1 is speaking</source>
        <translation>%1 يتكلم</translation>
    </message>
    <message>
        <source>%1 has spoken</source>
        <translation>تكلم %1</translation>
    </message>
    <message>
        <source>%1 was absent and is off the list</source>
        <translation>كان %1 غائبا وشُطب من القائمة</translation>
    </message>
    <message>
        <source>%1 has withdrawn</source>
        <translation>انسحب %1</translation>
    </message>
    <message>
        <source>The list of speakers is closed. Reopen it to inscribe %1.</source>
        <translation>قائمة المتكلمين مقفلة. أعد فتحها لتسجيل %1.</translation>
    </message>
    <message>
        <source>%1 inscribed (late)</source>
        <translation>سُجل %1 (متأخر)</translation>
    </message>
    <message>
        <source>%1 inscribed</source>
        <translation>سُجل %1</translation>
    </message>
    <message>
        <source>%1 edited</source>
        <translation>عُدل %1</translation>
    </message>
    <message>
        <source>Nothing to change for %1.</source>
        <translation>لا يوجد ما يمكن تغييره لـ %1.</translation>
    </message>
    <message>
        <source>%1 is speaking. Call the next speaker before removing this entry.</source>
        <translation>%1 يتكلم. ادعُ المتكلم التالي قبل حذف هذا القيد.</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>حُذف %1</translation>
    </message>
    <message>
        <source>Only a waiting speaker can withdraw; %1.</source>
        <translation>لا ينسحب إلا متكلم في الانتظار؛ %1.</translation>
    </message>
    <message>
        <source>%1 withdrew</source>
        <translation>انسحب %1</translation>
    </message>
    <message>
        <source>Only waiting speakers can be moved; %1.</source>
        <translation>لا يمكن نقل إلا المتكلمين في الانتظار؛ %1.</translation>
    </message>
    <message>
        <source>There is no position %1 for %2: %2 is the only waiting speaker, at position 1.</source>
        <translation>لا يوجد موضع %1 لـ %2: %2 هو المتكلم الوحيد في الانتظار، في الموضع 1.</translation>
    </message>
    <message numerus="yes">
        <source>There is no position %1 for %2: there are %n waiting speakers: choose a position from 1 to %n.</source>
        <translation>
            <numerusform>لا يوجد موضع %1 لـ %2: عدد المتكلمين في الانتظار %n: اختر موضعا من 1 إلى %n.</numerusform>
            <numerusform>لا يوجد موضع %1 لـ %2: عدد المتكلمين في الانتظار %n: اختر موضعا من 1 إلى %n.</numerusform>
            <numerusform>لا يوجد موضع %1 لـ %2: يوجد متكلمان في الانتظار: اختر موضعا من 1 إلى %n.</numerusform>
            <numerusform>لا يوجد موضع %1 لـ %2: يوجد %n متكلمين في الانتظار: اختر موضعا من 1 إلى %n.</numerusform>
            <numerusform>لا يوجد موضع %1 لـ %2: يوجد %n متكلما في الانتظار: اختر موضعا من 1 إلى %n.</numerusform>
            <numerusform>لا يوجد موضع %1 لـ %2: يوجد %n متكلم في الانتظار: اختر موضعا من 1 إلى %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already at position %2.</source>
        <translation>%1 في الموضع %2 بالفعل.</translation>
    </message>
    <message>
        <source>%1 moved to position %2</source>
        <translation>نُقل %1 إلى الموضع %2</translation>
    </message>
    <message>
        <source>Choose two different speakers to exchange places.</source>
        <translation>اختر متكلمين مختلفين لتبادل الأماكن.</translation>
    </message>
    <message>
        <source>Only waiting speakers can exchange places.</source>
        <translation>لا يتبادل الأماكن إلا المتكلمون في الانتظار.</translation>
    </message>
    <message>
        <source>%1 exchanged places with %2</source>
        <translation>تبادل %1 المكان مع %2</translation>
    </message>
    <message>
        <source>Only a waiting speaker placed by hand can be released.</source>
        <translation>لا يمكن إلغاء تثبيت إلا متكلم في الانتظار وُضع يدويا.</translation>
    </message>
    <message>
        <source>%1 returned to the automatic order</source>
        <translation>أعيد %1 إلى الترتيب التلقائي</translation>
    </message>
    <message>
        <source>The list is already closed.</source>
        <translation>القائمة مقفلة بالفعل.</translation>
    </message>
    <message>
        <source>The list is already open.</source>
        <translation>القائمة مفتوحة بالفعل.</translation>
    </message>
    <message>
        <source>List of speakers closed</source>
        <translation>أُقفلت قائمة المتكلمين</translation>
    </message>
    <message>
        <source>List of speakers reopened</source>
        <translation>أعيد فتح قائمة المتكلمين</translation>
    </message>
    <message>
        <source>The meeting needs a title.</source>
        <translation>يحتاج الاجتماع إلى عنوان.</translation>
    </message>
    <message>
        <source>The meeting needs a valid date.</source>
        <translation>يحتاج الاجتماع إلى تاريخ صالح.</translation>
    </message>
    <message>
        <source>The meeting needs a start and an end time that differ.</source>
        <translation>يحتاج الاجتماع إلى وقت بدء ووقت انتهاء مختلفين.</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone.</source>
        <translation>”%1“ ليست منطقة زمنية معروفة.</translation>
    </message>
    <message>
        <source>“%1” is a POSIX rule, not the name of a time zone; use an IANA id such as Europe/Zurich or America/New_York.</source>
        <translation>”%1“ قاعدة POSIX، وليست اسم منطقة زمنية؛ استخدم معرّف IANA مثل Europe/Zurich أو America/New_York.</translation>
    </message>
    <message>
        <source>Time limits must be longer than zero.</source>
        <translation>يجب أن تكون الحدود الزمنية أطول من صفر.</translation>
    </message>
    <message>
        <source>The meeting&apos;s time limit %1 is longer than 24 hours (%2), the longest a limit can be.</source>
        <translation>الحد الزمني للاجتماع %1 أطول من 24 ساعة (%2)، وهي أقصى مدة يمكن أن يبلغها الحد.</translation>
    </message>
    <message>
        <source>The time limit %1 for the category %2 is longer than 24 hours (%3), the longest a limit can be.</source>
        <translation>الحد الزمني %1 للصفة %2 أطول من 24 ساعة (%3)، وهي أقصى مدة يمكن أن يبلغها الحد.</translation>
    </message>
    <message>
        <source>Meeting settings changed</source>
        <translation>غُيرت إعدادات الاجتماع</translation>
    </message>
    <message>
        <source>The settings are unchanged.</source>
        <translation>الإعدادات لم تتغير.</translation>
    </message>
    <message>
        <source>Refused: %1 and %2 would both be at the rostrum; one speaker speaks at a time.</source>
        <translation>مرفوض: سيكون %1 و%2 كلاهما على المنصة؛ ولا يتكلم إلا متكلم واحد في كل مرة.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Limit %1 for all remaining speakers and later inscriptions</source>
        <translation>الحد %1 لجميع المتكلمين المتبقين وللمسجلين لاحقا</translation>
    </message>
    <message>
        <source>Point of order by %1 closed; the floor returns to %2</source>
        <translation>أُغلقت نقطة النظام المقدمة من %1؛ وتعود الكلمة إلى %2</translation>
    </message>
    <message>
        <source>The point of order by %1 is untimed; its clock counts up.</source>
        <translation>نقطة النظام المقدمة من %1 غير محددة الوقت؛ تعدّ ساعتها تصاعديا.</translation>
    </message>
    <message>
        <source>%1 was interrupted by a point of order</source>
        <translation>قوطع %1 بنقطة نظام</translation>
    </message>
    <message>
        <source>%1 was interrupted by a point of order and gets the floor back when it closes; close it with Next first.</source>
        <translation>قوطع %1 بنقطة نظام ويستعيد الكلمة عند إغلاقها؛ أغلقها أولا بـ”التالي“.</translation>
    </message>
    <message>
        <source>A point of order by %1 is before the chair; close it with Next before another is raised.</source>
        <translation>أمام الرئاسة نقطة نظام مقدمة من %1؛ أغلقها بـ”التالي“ قبل إثارة نقطة أخرى.</translation>
    </message>
    <message>
        <source>Point of order: %1</source>
        <translation>نقطة نظام: %1</translation>
    </message>
    <message>
        <source>Point of order: %1, interrupting %2</source>
        <translation>نقطة نظام: %1، مقاطِعة %2</translation>
    </message>
    <message>
        <source>This meeting allows no right of reply (%1 asked).</source>
        <translation>لا يمنح هذا الاجتماع أي حق رد (طلبه %1).</translation>
    </message>
    <message>
        <source>reply %1 (entry #%2, %3)</source>
        <translation>الرد %1 (القيد رقم %2، %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 already has the %n right(s) of reply this meeting allows: %2.</source>
        <translation>
            <numerusform>لدى %1 بالفعل حقوق الرد التي يسمح بها هذا الاجتماع: %2.</numerusform>
            <numerusform>لدى %1 بالفعل حق الرد الوحيد الذي يسمح به هذا الاجتماع: %2.</numerusform>
            <numerusform>لدى %1 بالفعل حقا الرد اللذان يسمح بهما هذا الاجتماع: %2.</numerusform>
            <numerusform>لدى %1 بالفعل حقوق الرد الـ%n التي يسمح بها هذا الاجتماع: %2.</numerusform>
            <numerusform>لدى %1 بالفعل حقوق الرد الـ%n التي يسمح بها هذا الاجتماع: %2.</numerusform>
            <numerusform>لدى %1 بالفعل حقوق الرد الـ%n التي يسمح بها هذا الاجتماع: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation> و</translation>
    </message>
    <message>
        <source>%1: first right of reply inscribed</source>
        <translation>%1: سُجل حق الرد الأول</translation>
    </message>
    <message>
        <source>%1: right of reply no. %2 inscribed</source>
        <translation>%1: سُجل حق الرد رقم %2</translation>
    </message>
    <message>
        <source>The changeover is already %1 s.</source>
        <translation>زمن تبديل المتكلمين هو بالفعل %1 ث.</translation>
    </message>
    <message>
        <source>No changeover between speakers</source>
        <translation>لا وقت لتبديل المتكلمين</translation>
    </message>
    <message>
        <source>Changeover %1 s between speakers</source>
        <translation>تبديل المتكلمين %1 ث بين المتكلمين</translation>
    </message>
    <message>
        <source>There is no message to clear.</source>
        <translation>لا توجد رسالة لمسحها.</translation>
    </message>
    <message>
        <source>“%1” is already the message to the speaker.</source>
        <translation>”%1“ هي بالفعل الرسالة إلى المتكلم.</translation>
    </message>
    <message>
        <source>Message to the speaker cleared</source>
        <translation>مُسحت الرسالة إلى المتكلم</translation>
    </message>
    <message>
        <source>Message to the speaker: “%1”</source>
        <translation>رسالة إلى المتكلم: ”%1“</translation>
    </message>
</context>
<context>
    <name>rostrum::SpeechClock</name>
    <message>
        <source>Ready</source>
        <translation>جاهزة</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>تعمل</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقفة مؤقتا</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>Time up</source>
        <translation>انتهى الوقت</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>تجاوز الوقت</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>انتهت</translation>
    </message>
</context>
<context>
    <name>rostrum::SpokenModel</name>
    <message>
        <source>%1
on behalf of %2</source>
        <translation>%1
باسم %2</translation>
    </message>
    <message>
        <source>not timed</source>
        <translation>غير مُوقَّت</translation>
    </message>
    <message>
        <source>%1 spoke %2 over the limit of %3</source>
        <translation>تكلم %1 متجاوزا الحد %3 بمقدار %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>الوفد</translation>
    </message>
    <message>
        <source>Speaker and title</source>
        <translation>المتكلم واللقب</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>الحد</translation>
    </message>
    <message>
        <source>Spoke for</source>
        <translation>مدة الكلام</translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation>التجاوز</translation>
    </message>
</context>
<context>
    <name>rostrum::SpokenReading</name>
    <message>
        <source>%1 allowed, not started</source>
        <translation>الوقت المتاح %1، لم تبدأ</translation>
    </message>
    <message>
        <source>%1 left, running</source>
        <translation>المتبقي %1، تعمل</translation>
    </message>
    <message>
        <source>%1 left, paused</source>
        <translation>المتبقي %1، متوقفة مؤقتا</translation>
    </message>
    <message>
        <source>%1 left, paused, in the warning time</source>
        <translation>المتبقي %1، متوقفة مؤقتا، في وقت التنبيه</translation>
    </message>
    <message>
        <source>%1 left, running, in the warning time</source>
        <translation>المتبقي %1، تعمل، في وقت التنبيه</translation>
    </message>
    <message>
        <source>time is up, paused</source>
        <translation>انتهى الوقت، متوقفة مؤقتا</translation>
    </message>
    <message>
        <source>time is up</source>
        <translation>انتهى الوقت</translation>
    </message>
    <message>
        <source>%1 over the limit, paused</source>
        <translation>تجاوز الحد بـ %1، متوقفة مؤقتا</translation>
    </message>
    <message>
        <source>%1 over the limit, running</source>
        <translation>تجاوز الحد بـ %1، تعمل</translation>
    </message>
    <message>
        <source>finished after %1</source>
        <translation>انتهت بعد %1</translation>
    </message>
</context>
<context>
    <name>rostrum::SqliteError</name>
    <message>
        <source>the disk is full (%1)</source>
        <translation>القرص ممتلئ (%1)</translation>
    </message>
    <message>
        <source>the file or its folder is read-only (%1)</source>
        <translation>الملف أو مجلده للقراءة فقط (%1)</translation>
    </message>
    <message>
        <source>another program is holding the meeting file locked (%1)</source>
        <translation>برنامج آخر يقفل ملف الاجتماع (%1)</translation>
    </message>
    <message>
        <source>the file could not be written or read: it may have been moved, deleted or the disk removed (%1)</source>
        <translation>تعذرت الكتابة في الملف أو قراءته: ربما نُقل أو حُذف أو أُزيل القرص (%1)</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>الملف تالف (%1)</translation>
    </message>
    <message>
        <source>the file cannot be opened (%1)</source>
        <translation>يتعذر فتح الملف (%1)</translation>
    </message>
</context>
<context>
    <name>rostrum::StartPage</name>
    <message>
        <source>Start page</source>
        <translation>صفحة البداية</translation>
    </message>
    <message>
        <source>Rostrum</source>
        <translation>Rostrum</translation>
    </message>
    <message>
        <source>The chair&apos;s console for speakers lists and speaking time.</source>
        <translation>وحدة تحكم الرئيس لإدارة قوائم المتكلمين ووقت الكلام.</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>اجتماع جديد (&amp;N)…</translation>
    </message>
    <message>
        <source>A new meeting file: its title, schedule, deadline and rules (%1)</source>
        <translation>ملف اجتماع جديد: عنوانه ومواعيده وموعده النهائي وقواعده (%1)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>فتح (&amp;O)…</translation>
    </message>
    <message>
        <source>A meeting file (.rostrum) from this computer or a shared folder (%1)</source>
        <translation>ملف اجتماع (.rostrum) من هذا الحاسوب أو من مجلد مشترك (%1)</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>تجربة الاجتماع التجريبي (&amp;D)</translation>
    </message>
    <message>
        <source>A Security Council meeting with 45 speakers inscribed, held today and starting within minutes</source>
        <translation>اجتماع لمجلس الأمن مسجل فيه 45 متكلما، يُعقد اليوم ويبدأ في غضون دقائق</translation>
    </message>
    <message>
        <source>Recent meetings</source>
        <translation>الاجتماعات الحديثة</translation>
    </message>
    <message>
        <source>Not found in %1</source>
        <translation>غير موجود في %1</translation>
    </message>
    <message>
        <source>None yet: the meetings you open will be listed here.</source>
        <translation>لا شيء بعد: ستُدرج هنا الاجتماعات التي تفتحها.</translation>
    </message>
</context>
<context>
    <name>rostrum::StatementLanguage</name>
    <message>
        <source>Statement in Arabic</source>
        <translation>بيان بالعربية</translation>
    </message>
    <message>
        <source>Statement in Chinese</source>
        <translation>بيان بالصينية</translation>
    </message>
    <message>
        <source>Statement in English</source>
        <translation>بيان بالإنكليزية</translation>
    </message>
    <message>
        <source>Statement in French</source>
        <translation>بيان بالفرنسية</translation>
    </message>
    <message>
        <source>Statement in Russian</source>
        <translation>بيان بالروسية</translation>
    </message>
    <message>
        <source>Statement in Spanish</source>
        <translation>بيان بالإسبانية</translation>
    </message>
    <message>
        <source>Statement in the language “%1”</source>
        <translation>بيان باللغة ”%1“</translation>
    </message>
</context>
<context>
    <name>rostrum::TextRules</name>
    <message>
        <source>The delegation</source>
        <translation>الوفد</translation>
    </message>
    <message>
        <source>The speaker&apos;s name</source>
        <translation>اسم المتكلم</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>اللقب</translation>
    </message>
    <message>
        <source>The group (on behalf of)</source>
        <translation>المجموعة (باسم)</translation>
    </message>
    <message>
        <source>The meeting&apos;s title</source>
        <translation>عنوان الاجتماع</translation>
    </message>
    <message>
        <source>The heading of the meeting&apos;s documents</source>
        <translation>ترويسة مستندات الاجتماع</translation>
    </message>
    <message>
        <source>The venue</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>The name of organizer %1</source>
        <translation>اسم الجهة المنظمة %1</translation>
    </message>
    <message>
        <source>The name of co-sponsor %1</source>
        <translation>اسم المقدم المشارك %1</translation>
    </message>
    <message>
        <source>The name of Council member %1</source>
        <translation>اسم عضو المجلس %1</translation>
    </message>
    <message>
        <source>%1 contains a line break (%2) at position %3; a name or a title is one line.</source>
        <translation>يحتوي %1 على فاصل أسطر (%2) في الموضع %3؛ والاسم أو اللقب سطر واحد.</translation>
    </message>
    <message>
        <source>%1 contains a control character (%2) at position %3; remove it.</source>
        <translation>يحتوي %1 على حرف تحكم (%2) في الموضع %3؛ احذفه.</translation>
    </message>
    <message>
        <source>%1 contains a bidirectional formatting character (%2) at position %3, which would show the text in another order than it is written; remove it.</source>
        <translation>يحتوي %1 على حرف تنسيق ثنائي الاتجاه (%2) في الموضع %3، من شأنه أن يعرض النص بترتيب غير الترتيب الذي كُتب به؛ احذفه.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>طول %1 هو %2 حرفا؛ والحد الأقصى المسموح به %3.</translation>
    </message>
    <message>
        <source>The notes contain a control character (%1) at position %2; notes may hold line breaks and tabs, but no other control characters.</source>
        <translation>تحتوي الملاحظات على حرف تحكم (%1) في الموضع %2؛ يجوز أن تتضمن الملاحظات فواصل أسطر وعلامات جدولة، ولكن لا تتضمن أي حروف تحكم أخرى.</translation>
    </message>
    <message>
        <source>The notes contain a bidirectional formatting character (%1) at position %2, which would show the text in another order than it is written; remove it.</source>
        <translation>تحتوي الملاحظات على حرف تنسيق ثنائي الاتجاه (%1) في الموضع %2، من شأنه أن يعرض النص بترتيب غير الترتيب الذي كُتب به؛ احذفه.</translation>
    </message>
    <message>
        <source>The notes are %1 characters long; at most %2 are allowed.</source>
        <translation>طول الملاحظات %1 حرفا؛ والحد الأقصى المسموح به %2.</translation>
    </message>
    <message>
        <source>The message to the speaker</source>
        <translation>الرسالة إلى المتكلم</translation>
    </message>
</context>
<context>
    <name>rostrum::TierOrderEdit</name>
    <message>
        <source>Move &amp;up</source>
        <translation>نقل إلى أعلى (&amp;U)</translation>
    </message>
    <message>
        <source>Tier order, the first to speak at the top</source>
        <translation>ترتيب الفئات، والفئة التي تتكلم أولا في الأعلى</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>نقل إلى أسفل (&amp;N)</translation>
    </message>
</context>
<context>
    <name>rostrum::TimeText</name>
    <message>
        <source>on time</source>
        <translation>في الموعد</translation>
    </message>
    <message>
        <source>%1%2 days</source>
        <translation>%1%2 يوم</translation>
    </message>
    <message>
        <source>+%1 min</source>
        <translation>+%1 د</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
</context>
<context>
    <name>rostrum::TimekeeperDisplay</name>
    <message>
        <source>Rostrum — Timekeeper</source>
        <translation>Rostrum — مراقب الوقت</translation>
    </message>
    <message>
        <source>on behalf of %1</source>
        <translation>باسم %1</translation>
    </message>
    <message>
        <source>%1, on behalf of %2</source>
        <translation>%1، باسم %2</translation>
    </message>
    <message>
        <source>No one at the rostrum</source>
        <translation>لا أحد على المنصة</translation>
    </message>
    <message>
        <source>Next: none</source>
        <translation>التالي: لا أحد</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>التالي: %1</translation>
    </message>
    <message>
        <source>Next: %1 — %2</source>
        <comment>delegation, speaker</comment>
        <translation>التالي: %1 — %2</translation>
    </message>
    <message>
        <source>Projected end %1 (%2)</source>
        <translation>الانتهاء المتوقع %1 (%2)</translation>
    </message>
    <message>
        <source>Timekeeper&apos;s display</source>
        <translation>شاشة مراقب الوقت</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>delegation, speaker</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1. %2. %3</source>
        <comment>who speaks; the clock; who is next</comment>
        <translation>%1. %2. %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>delegation, speaker</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>speaker, right of reply</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Interrupted: %1 — %2 left</source>
        <translation>مقاطَع: %1 — المتبقي %2</translation>
    </message>
    <message>
        <source>Message to the speaker: %1</source>
        <translation>رسالة إلى المتكلم: %1</translation>
    </message>
</context>
<context>
    <name>rostrum::TimelinePicture</name>
    <message>
        <source>Planned slot</source>
        <translation>الفترة المقررة</translation>
    </message>
    <message>
        <source>Actual speech</source>
        <translation>الكلمة الفعلية</translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation>التجاوز</translation>
    </message>
    <message>
        <source>Scheduled end</source>
        <translation>موعد الانتهاء المقرر</translation>
    </message>
    <message>
        <source>Scheduled end %1</source>
        <translation>موعد الانتهاء المقرر %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>kind of speech: delegation</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>rostrum::TimelineWidget</name>
    <message>
        <source>Timeline of the meeting: planned and actual speeches</source>
        <translation>الجدول الزمني للاجتماع: الكلمات المقررة والفعلية</translation>
    </message>
</context>
<context>
    <name>rostrum::UnsavedActs</name>
    <message>
        <source>“%1” was not saved: %2</source>
        <translation>لم يُحفظ ”%1“: %2</translation>
    </message>
</context>
<context>
    <name>rostrum::ZoneTime</name>
    <message>
        <source>“%1” is outside the years 2000 to 2100; check the year</source>
        <translation>”%1“ خارج الفترة من عام 2000 إلى عام 2100؛ تحقق من السنة</translation>
    </message>
    <message>
        <source>%1 on %2 happens twice in %3; add the offset: %4 or %5</source>
        <translation>%1 في %2 يتكرر مرتين في %3؛ أضف الفارق الزمني: %4 أو %5</translation>
    </message>
    <message>
        <source>%1 on %2 does not exist in %3: the clocks skip that hour</source>
        <translation>%1 في %2 غير موجود في %3: تتخطى الساعات تلك الساعة</translation>
    </message>
</context>
<context>
    <name>rostrum::cli</name>
    <message>
        <source>No one is at the rostrum; no one is waiting.</source>
        <translation>لا أحد على المنصة؛ ولا أحد في الانتظار.</translation>
    </message>
    <message>
        <source>%1 at the rostrum: %2 (%3).</source>
        <translation>%1 على المنصة: %2 (%3).</translation>
    </message>
    <message>
        <source>entry #%1</source>
        <translation>القيد رقم %1</translation>
    </message>
    <message>
        <source>%1 is absent and now no. %2 on the list.</source>
        <translation>%1 غائب وأصبح الآن رقم %2 في القائمة.</translation>
    </message>
    <message>
        <source>%1 is absent and off the list.</source>
        <translation>%1 غائب وشُطب من القائمة.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>أضيف %1.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>أُنقص %1.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>تم التراجع عن: %1.</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>أعيد: %1.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>”%1“</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>خيار غير معروف %1</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>خيار غير معروف --%1</translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation>حُدد --%1 أكثر من مرة</translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation>لا يقبل --%1 أي قيمة</translation>
    </message>
    <message>
        <source>--%1 needs a value (%2)</source>
        <translation>يتطلب --%1 قيمة (%2)</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 إلزامي</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not an entry id (a whole number, as shown by “list”)</source>
        <translation>%1 ليس معرّف قيد (عدد صحيح، كما يظهر في ”list“)</translation>
    </message>
    <message>
        <source>%1 is not a position on the list (1 is the first)</source>
        <translation>%1 ليس موضعا في القائمة (1 هو الأول)</translation>
    </message>
    <message>
        <source>%1 for %2 is not a whole number</source>
        <translation>%1 لـ %2 ليس عددا صحيحا</translation>
    </message>
    <message>
        <source>%1 is not a number of seconds to add (30) or remove (-30)</source>
        <translation>%1 ليس عدد ثوان للإضافة (30) أو للإنقاص (-30)</translation>
    </message>
    <message>
        <source>%1 for %2 is not a time limit; write minutes and seconds, like 3:00 or 2:30</source>
        <translation>%1 لـ %2 ليس حدا زمنيا؛ اكتب الدقائق والثواني، مثل 3:00 أو 2:30</translation>
    </message>
    <message>
        <source>%1 for %2 is not a date; write YYYY-MM-DD, like 2023-05-25</source>
        <translation>%1 لـ %2 ليس تاريخا؛ اكتب YYYY-MM-DD، مثل 2023-05-25</translation>
    </message>
    <message>
        <source>%1 for %2 is not a time of day; write HH:MM or HH:MM:SS, like 15:00 or 15:00:30</source>
        <translation>%1 لـ %2 ليس وقتا من اليوم؛ اكتب HH:MM أو HH:MM:SS، مثل 15:00 أو 15:00:30</translation>
    </message>
    <message>
        <source>%1 for %2 is not a date and time; write &quot;YYYY-MM-DD HH:MM[:SS]&quot; in the meeting&apos;s time zone, or ISO 8601 with an offset (2023-05-23T16:00-04:00)</source>
        <translation>%1 لـ %2 ليس تاريخا ووقتا؛ اكتب &quot;YYYY-MM-DD HH:MM[:SS]&quot; بتوقيت المنطقة الزمنية للاجتماع، أو بصيغة ISO 8601 مع الفارق الزمني (2023-05-23T16:00-04:00)</translation>
    </message>
    <message>
        <source>%1 in %2 is not in the directory of delegations</source>
        <translation>%1 في %2 ليس في دليل الوفود</translation>
    </message>
    <message>
        <source>; did you mean %1?</source>
        <translation>؛ هل تقصد %1؟</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>%1 is not a valid %2; choose one of: %3</source>
        <translation>%1 ليس %2 صالحا؛ اختر واحدا مما يلي: %3</translation>
    </message>
    <message>
        <source>--%1 needs a file name</source>
        <translation>يتطلب --%1 اسم ملف</translation>
    </message>
    <message>
        <source>say where to write: --pdf OUT, --csv OUT or --html OUT</source>
        <translation>حدد مكان الكتابة: --pdf OUT أو --csv OUT أو --html OUT</translation>
    </message>
    <message>
        <source>say where to write: --pdf OUT or --csv OUT</source>
        <translation>حدد مكان الكتابة: --pdf OUT أو --csv OUT</translation>
    </message>
    <message>
        <source>PDF output needs the graphical libraries, which could not start</source>
        <translation>يتطلب إخراج PDF المكتبات الرسومية، وقد تعذر تشغيلها</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>كُتب %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>كُتب %1 (%n صفحة)</numerusform>
            <numerusform>كُتب %1 (صفحة واحدة)</numerusform>
            <numerusform>كُتب %1 (صفحتان)</numerusform>
            <numerusform>كُتب %1 (%n صفحات)</numerusform>
            <numerusform>كُتب %1 (%n صفحة)</numerusform>
            <numerusform>كُتب %1 (%n صفحة)</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: rostrum-cli COMMAND FILE [ARGUMENTS] [OPTIONS]</source>
        <translation>الاستخدام: rostrum-cli COMMAND FILE [ARGUMENTS] [OPTIONS]</translation>
    </message>
    <message>
        <source>Runs the speakers list of a Rostrum meeting file. Every act is saved to the file as one transaction and journaled under the name cli:$USER. Other programs, the console included, may have the file open at the same time.</source>
        <translation>يدير قائمة المتكلمين في ملف اجتماع Rostrum. يُحفظ كل إجراء في الملف بوصفه معاملة واحدة ويُقيد في سجل العمليات باسم cli:$USER. ويجوز لبرامج أخرى، منها وحدة التحكم، أن تفتح الملف في الوقت نفسه.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>الأوامر:</translation>
    </message>
    <message>
        <source>ID is an entry id as shown by “list --format json” and printed by “add”. POSITION counts from 1. M:SS is a time like 3:00. Dates and times are in the meeting&apos;s time zone.</source>
        <translation>ID هو معرّف القيد كما يظهر في ”list --format json“ وكما يطبعه ”add“. ويُعد POSITION ابتداء من 1. وM:SS وقت مثل 3:00. والتواريخ والأوقات بتوقيت المنطقة الزمنية للاجتماع.</translation>
    </message>
    <message>
        <source>Exit status: 0 when done; 1 when the rules of the list or the file refuse the act; 2 when the command line is wrong. An error is one line on standard error, starting with “rostrum-cli: ”. A refused act never changes the file.</source>
        <translation>حالة الخروج: 0 عند الإنجاز؛ و1 عندما ترفض قواعد القائمة أو الملف الإجراء؛ و2 عندما يكون سطر الأوامر خاطئا. الخطأ سطر واحد في الخطأ القياسي، يبدأ بـ ”rostrum-cli: “. والإجراء المرفوض لا يغير الملف أبدا.</translation>
    </message>
    <message>
        <source>Global options: --help, -h (this help); --version.</source>
        <translation>الخيارات العامة: --help، -h (هذه التعليمات)؛ --version.</translation>
    </message>
    <message>
        <source>More about one command: rostrum-cli help COMMAND, or rostrum-cli COMMAND --help.</source>
        <translation>لمزيد من المعلومات عن أمر ما: rostrum-cli help COMMAND، أو rostrum-cli COMMAND --help.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>الاستخدام:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>الخيارات:</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (إلزامي)</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 refused, 2 wrong command line.</source>
        <translation>حالة الخروج: 0 تم، 1 مرفوض، 2 سطر أوامر خاطئ.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n row(s) would be imported, %1 refused.</source>
        <translation>
            <numerusform>تشغيل تجريبي: سيُستورد %n صف، ويُرفض %1.</numerusform>
            <numerusform>تشغيل تجريبي: سيُستورد صف واحد، ويُرفض %1.</numerusform>
            <numerusform>تشغيل تجريبي: سيُستورد صفان، ويُرفض %1.</numerusform>
            <numerusform>تشغيل تجريبي: ستُستورد %n صفوف، ويُرفض %1.</numerusform>
            <numerusform>تشغيل تجريبي: سيُستورد %n صفا، ويُرفض %1.</numerusform>
            <numerusform>تشغيل تجريبي: سيُستورد %n صف، ويُرفض %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n row(s) refused, so nothing would be imported; --skip-invalid would import the other %1.</source>
        <translation>
            <numerusform>تشغيل تجريبي: رُفض %n صف، فلن يُستورد شيء؛ وسيستورد --skip-invalid الصفوف الأخرى البالغ عددها %1.</numerusform>
            <numerusform>تشغيل تجريبي: رُفض صف واحد، فلن يُستورد شيء؛ وسيستورد --skip-invalid الصفوف الأخرى البالغ عددها %1.</numerusform>
            <numerusform>تشغيل تجريبي: رُفض صفان، فلن يُستورد شيء؛ وسيستورد --skip-invalid الصفوف الأخرى البالغ عددها %1.</numerusform>
            <numerusform>تشغيل تجريبي: رُفضت %n صفوف، فلن يُستورد شيء؛ وسيستورد --skip-invalid الصفوف الأخرى البالغ عددها %1.</numerusform>
            <numerusform>تشغيل تجريبي: رُفض %n صفا، فلن يُستورد شيء؛ وسيستورد --skip-invalid الصفوف الأخرى البالغ عددها %1.</numerusform>
            <numerusform>تشغيل تجريبي: رُفض %n صف، فلن يُستورد شيء؛ وسيستورد --skip-invalid الصفوف الأخرى البالغ عددها %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused; nothing was imported (--skip-invalid imports the other %1).</source>
        <translation>
            <numerusform>رُفض %n صف؛ ولم يُستورد شيء (يستورد --skip-invalid الصفوف الأخرى البالغ عددها %1).</numerusform>
            <numerusform>رُفض صف واحد؛ ولم يُستورد شيء (يستورد --skip-invalid الصفوف الأخرى البالغ عددها %1).</numerusform>
            <numerusform>رُفض صفان؛ ولم يُستورد شيء (يستورد --skip-invalid الصفوف الأخرى البالغ عددها %1).</numerusform>
            <numerusform>رُفضت %n صفوف؛ ولم يُستورد شيء (يستورد --skip-invalid الصفوف الأخرى البالغ عددها %1).</numerusform>
            <numerusform>رُفض %n صفا؛ ولم يُستورد شيء (يستورد --skip-invalid الصفوف الأخرى البالغ عددها %1).</numerusform>
            <numerusform>رُفض %n صف؛ ولم يُستورد شيء (يستورد --skip-invalid الصفوف الأخرى البالغ عددها %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n inscription(s) (%1 late).</source>
        <translation>
            <numerusform>استُورد %n تسجيل (%1 منها متأخرة).</numerusform>
            <numerusform>استُورد تسجيل واحد (%1 منها متأخرة).</numerusform>
            <numerusform>استُورد تسجيلان (%1 منهما متأخرة).</numerusform>
            <numerusform>استُوردت %n تسجيلات (%1 منها متأخرة).</numerusform>
            <numerusform>استُورد %n تسجيلا (%1 منها متأخرة).</numerusform>
            <numerusform>استُورد %n تسجيل (%1 منها متأخرة).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n inscription(s).</source>
        <translation>
            <numerusform>استُورد %n تسجيل.</numerusform>
            <numerusform>استُورد تسجيل واحد.</numerusform>
            <numerusform>استُورد تسجيلان.</numerusform>
            <numerusform>استُوردت %n تسجيلات.</numerusform>
            <numerusform>استُورد %n تسجيلا.</numerusform>
            <numerusform>استُورد %n تسجيل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused and not imported.</source>
        <translation>
            <numerusform>رُفض %n صف ولم يُستورد.</numerusform>
            <numerusform>رُفض صف واحد ولم يُستورد.</numerusform>
            <numerusform>رُفض صفان ولم يُستوردا.</numerusform>
            <numerusform>رُفضت %n صفوف ولم تُستورد.</numerusform>
            <numerusform>رُفض %n صفا ولم تُستورد.</numerusform>
            <numerusform>رُفض %n صف ولم تُستورد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been done yet.</source>
        <translation>لم يُنفذ أي شيء بعد.</translation>
    </message>
    <message>
        <source>%1 (undone)</source>
        <translation>%1 (تم التراجع عنه)</translation>
    </message>
    <message>
        <source>--delegation cannot be empty</source>
        <translation>لا يمكن أن يكون --delegation فارغا</translation>
    </message>
    <message>
        <source>--on-behalf-of and --group-size go together: name the group and say how many delegations it has</source>
        <translation>يُستخدم --on-behalf-of و--group-size معا: سمِّ المجموعة واذكر عدد الوفود فيها</translation>
    </message>
    <message>
        <source>--on-behalf-of cannot be empty</source>
        <translation>لا يمكن أن يكون --on-behalf-of فارغا</translation>
    </message>
    <message>
        <source>--group-size must be at least 1</source>
        <translation>يجب ألا تقل قيمة --group-size عن 1</translation>
    </message>
    <message>
        <source>%1 is now no. %2 on the list (placed by hand).</source>
        <translation>%1 الآن رقم %2 في القائمة (وُضع يدويا).</translation>
    </message>
    <message>
        <source>%1 (now no. %2) and %3 (now no. %4) exchanged places.</source>
        <translation>تبادل %1 (الآن رقم %2) و%3 (الآن رقم %4) المكانين.</translation>
    </message>
    <message>
        <source>%1 removed from the list.</source>
        <translation>حُذف %1 من القائمة.</translation>
    </message>
    <message>
        <source>%1 withdrew from the list.</source>
        <translation>انسحب %1 من القائمة.</translation>
    </message>
    <message>
        <source>%1 now has a limit of %2.</source>
        <translation>لـ %1 الآن حد قدره %2.</translation>
    </message>
    <message numerus="yes">
        <source>Limit %1 for the %n waiting speaker(s).</source>
        <translation>
            <numerusform>الحد %1 للمتكلمين في الانتظار (%n).</numerusform>
            <numerusform>الحد %1 للمتكلم الوحيد في الانتظار.</numerusform>
            <numerusform>الحد %1 للمتكلمَين في الانتظار.</numerusform>
            <numerusform>الحد %1 للمتكلمين الـ %n في الانتظار.</numerusform>
            <numerusform>الحد %1 للمتكلمين الـ %n في الانتظار.</numerusform>
            <numerusform>الحد %1 للمتكلمين الـ %n في الانتظار.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list of speakers is closed; inscriptions are refused until it is reopened.</source>
        <translation>قائمة المتكلمين مقفلة؛ وتُرفض التسجيلات إلى أن يعاد فتحها.</translation>
    </message>
    <message>
        <source>The list of speakers is open again.</source>
        <translation>أعيد فتح قائمة المتكلمين.</translation>
    </message>
    <message>
        <source>%1, on behalf of %2</source>
        <translation>%1، باسم %2</translation>
    </message>
    <message>
        <source>late</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>مثبت</translation>
    </message>
    <message>
        <source>absent once</source>
        <translation>غائب مرة واحدة</translation>
    </message>
    <message numerus="yes">
        <source>absent %n times</source>
        <translation>
            <numerusform>غائب %n مرة</numerusform>
            <numerusform>غائب مرة واحدة</numerusform>
            <numerusform>غائب مرتين</numerusform>
            <numerusform>غائب %n مرات</numerusform>
            <numerusform>غائب %n مرة</numerusform>
            <numerusform>غائب %n مرة</numerusform>
        </translation>
    </message>
    <message>
        <source>No one is on the list.</source>
        <translation>لا أحد في القائمة.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>الوفد</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>المتكلم</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>الحد</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>المتوقع</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>العلامات</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>ينقص %1</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>وسيطة غير متوقعة ”%1“</translation>
    </message>
    <message>
        <source>%1: %2 (see “rostrum-cli help %1”)</source>
        <translation>%1: %2 (انظر ”rostrum-cli help %1“)</translation>
    </message>
    <message>
        <source>no command given (see “rostrum-cli --help”)</source>
        <translation>لم يُحدد أي أمر (انظر ”rostrum-cli --help“)</translation>
    </message>
    <message>
        <source>help takes at most one command</source>
        <translation>لا يقبل help أكثر من أمر واحد</translation>
    </message>
    <message>
        <source>there is no command “%1” (see “rostrum-cli --help”)</source>
        <translation>لا يوجد أمر ”%1“ (انظر ”rostrum-cli --help“)</translation>
    </message>
    <message>
        <source>this computer&apos;s time zone (TZ=%1) is not an IANA zone; give the meeting&apos;s zone with --time-zone, e.g. --time-zone America/New_York</source>
        <translation>المنطقة الزمنية لهذا الحاسوب (TZ=%1) ليست منطقة IANA؛ حدد منطقة الاجتماع بالخيار --time-zone، مثل --time-zone America/New_York</translation>
    </message>
    <message>
        <source>this computer&apos;s time zone has no IANA name; give the meeting&apos;s zone with --time-zone, e.g. --time-zone America/New_York</source>
        <translation>ليس للمنطقة الزمنية لهذا الحاسوب اسم IANA؛ حدد منطقة الاجتماع بالخيار --time-zone، مثل --time-zone America/New_York</translation>
    </message>
    <message>
        <source>“%1”, %2 %3–%4 (%5)</source>
        <translation>”%1“، %2 %3–%4 (%5)</translation>
    </message>
    <message>
        <source>--title cannot be empty</source>
        <translation>لا يمكن أن يكون --title فارغا</translation>
    </message>
    <message>
        <source>“%1” is not an IANA time zone; use an IANA id such as Europe/Zurich or America/New_York</source>
        <translation>”%1“ ليست منطقة زمنية IANA؛ استخدم معرّف IANA مثل Europe/Zurich أو America/New_York</translation>
    </message>
    <message>
        <source>Created %1: %2.</source>
        <translation>أُنشئ %1: %2.</translation>
    </message>
    <message>
        <source>Nothing changed: the settings are already so.</source>
        <translation>لم يتغير شيء: الإعدادات على هذا النحو بالفعل.</translation>
    </message>
    <message>
        <source>Settings changed: %1.</source>
        <translation>غُيرت الإعدادات: %1.</translation>
    </message>
    <message>
        <source>Heading: %1</source>
        <translation>الترويسة: %1</translation>
    </message>
    <message>
        <source>the demo meeting could not be written: %1</source>
        <translation>تعذرت كتابة الاجتماع التجريبي: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the demo meeting to %1: %2, %n speaker(s) inscribed.</source>
        <translation>
            <numerusform>كُتب الاجتماع التجريبي في %1: %2، وسُجل فيه %n متكلم.</numerusform>
            <numerusform>كُتب الاجتماع التجريبي في %1: %2، وسُجل فيه متكلم واحد.</numerusform>
            <numerusform>كُتب الاجتماع التجريبي في %1: %2، وسُجل فيه متكلمان.</numerusform>
            <numerusform>كُتب الاجتماع التجريبي في %1: %2، وسُجل فيه %n متكلمين.</numerusform>
            <numerusform>كُتب الاجتماع التجريبي في %1: %2، وسُجل فيه %n متكلما.</numerusform>
            <numerusform>كُتب الاجتماع التجريبي في %1: %2، وسُجل فيه %n متكلم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up “%1” to %2</source>
        <translation>حُفظت نسخة احتياطية من ”%1“ في %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, %2–%3 (%4); now %5</source>
        <translation>%1، %2–%3 (%4)؛ الآن %5</translation>
    </message>
    <message>
        <source>Speaking: %1 — %2 (%3)</source>
        <translation>يتكلم: %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>No one is speaking.</source>
        <translation>لا أحد يتكلم.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>التالي: %1</translation>
    </message>
    <message>
        <source>Next: no one is waiting.</source>
        <translation>التالي: لا أحد في الانتظار.</translation>
    </message>
    <message numerus="yes">
        <source>Projected end: %1 (%2), %n speaker(s) waiting</source>
        <translation>
            <numerusform>الانتهاء المتوقع: %1 (%2)، %n متكلم في الانتظار</numerusform>
            <numerusform>الانتهاء المتوقع: %1 (%2)، متكلم واحد في الانتظار</numerusform>
            <numerusform>الانتهاء المتوقع: %1 (%2)، متكلمان في الانتظار</numerusform>
            <numerusform>الانتهاء المتوقع: %1 (%2)، %n متكلمين في الانتظار</numerusform>
            <numerusform>الانتهاء المتوقع: %1 (%2)، %n متكلما في الانتظار</numerusform>
            <numerusform>الانتهاء المتوقع: %1 (%2)، %n متكلم في الانتظار</numerusform>
        </translation>
    </message>
    <message>
        <source>The list of speakers is closed.</source>
        <translation>قائمة المتكلمين مقفلة.</translation>
    </message>
    <message>
        <source>The list of speakers is open.</source>
        <translation>قائمة المتكلمين مفتوحة.</translation>
    </message>
    <message>
        <source>output format (default: text)</source>
        <translation>صيغة الإخراج (الافتراضية: text)</translation>
    </message>
    <message>
        <source>Create a meeting file.</source>
        <translation>إنشاء ملف اجتماع.</translation>
    </message>
    <message>
        <source>Times are in the meeting&apos;s time zone. Delegation names may be aliases (&quot;US&quot;, &quot;UK&quot;); they are saved under their directory names. An existing file is never overwritten.</source>
        <translation>الأوقات بالمنطقة الزمنية للاجتماع. يجوز أن تكون أسماء الوفود أسماء مختصرة (&quot;US&quot;، &quot;UK&quot;)؛ وتُحفظ بأسمائها الواردة في الدليل. لا يُكتب أبدا فوق ملف موجود.</translation>
    </message>
    <message>
        <source>the meeting&apos;s title</source>
        <translation>عنوان الاجتماع</translation>
    </message>
    <message>
        <source>the day of the meeting</source>
        <translation>يوم الاجتماع</translation>
    </message>
    <message>
        <source>scheduled start</source>
        <translation>موعد البدء المقرر</translation>
    </message>
    <message>
        <source>scheduled end</source>
        <translation>موعد الانتهاء المقرر</translation>
    </message>
    <message>
        <source>inscription deadline; later inscriptions are marked late. In the hour the clocks go back, add the offset: 2027-11-07T01:30-04:00</source>
        <translation>الموعد النهائي للتسجيل؛ وتوصف التسجيلات اللاحقة بأنها متأخرة. في الساعة التي تُرجع فيها الساعات، أضف الفارق: 2027-11-07T01:30-04:00</translation>
    </message>
    <message>
        <source>speaking time for every category (default 3:00)</source>
        <translation>وقت الكلام لكل صفة (الافتراضي 3:00)</translation>
    </message>
    <message>
        <source>organizers, who open the meeting</source>
        <translation>الجهات المنظمة، التي تفتتح الاجتماع</translation>
    </message>
    <message>
        <source>co-sponsors, who speak in the priority tier</source>
        <translation>المقدمون المشاركون، الذين يتكلمون في فئة الأولوية</translation>
    </message>
    <message>
        <source>members of the council, who speak after the briefers</source>
        <translation>أعضاء المجلس، الذين يتكلمون بعد مقدمي الإحاطات</translation>
    </message>
    <message>
        <source>where the meeting takes place</source>
        <translation>مكان انعقاد الاجتماع</translation>
    </message>
    <message>
        <source>the line above the title of every document, e.g. &quot;United Nations General Assembly, plenary meeting&quot; (default: none)</source>
        <translation>السطر الذي يعلو عنوان كل مستند، مثل &quot;الجمعية العامة للأمم المتحدة، جلسة عامة&quot; (الافتراضي: لا شيء)</translation>
    </message>
    <message>
        <source>the meeting&apos;s time zone, e.g. America/New_York (default: this computer&apos;s)</source>
        <translation>المنطقة الزمنية للاجتماع، مثل America/New_York (الافتراضية: المنطقة الزمنية لهذا الحاسوب)</translation>
    </message>
    <message>
        <source>Give one or more of the options; undo brings the settings back as they were.</source>
        <translation>حدد خيارا واحدا أو أكثر؛ ويعيد التراجع الإعدادات إلى ما كانت عليه.</translation>
    </message>
    <message>
        <source>where the meeting takes place; &quot;&quot; for none</source>
        <translation>مكان انعقاد الاجتماع؛ &quot;&quot; لعدم تحديده</translation>
    </message>
    <message>
        <source>the line above the title of every document; &quot;&quot; for none</source>
        <translation>السطر الذي يعلو عنوان كل مستند؛ &quot;&quot; لعدم وجوده</translation>
    </message>
    <message>
        <source>Write the demo meeting (UNSC Arria-formula, 25 May 2023) to a new file.</source>
        <translation>كتابة الاجتماع التجريبي (اجتماع مجلس الأمن بصيغة آريا، 25 أيار/مايو 2023) في ملف جديد.</translation>
    </message>
    <message>
        <source>The meeting of the seed concept note with its 45 inscriptions, on its own date. With --today it is held today instead, starting at the next whole five minutes at least two minutes from now; its end, deadline and inscriptions move with it.</source>
        <translation>اجتماع المذكرة المفاهيمية الأصلية بتسجيلاته الـ 45، في تاريخه الأصلي. ومع --today يُعقد اليوم بدلا من ذلك، ويبدأ عند أول مضاعف تام لخمس دقائق يبعد دقيقتين على الأقل عن الآن؛ وتنتقل معه مواعيد انتهائه وموعده النهائي وتسجيلاته.</translation>
    </message>
    <message>
        <source>hold the meeting today, starting within minutes</source>
        <translation>عقد الاجتماع اليوم، على أن يبدأ في غضون دقائق</translation>
    </message>
    <message>
        <source>Inscribe a speaker; prints only the new entry&apos;s id.</source>
        <translation>تسجيل متكلم؛ لا يُطبع إلا معرِّف القيد الجديد.</translation>
    </message>
    <message>
        <source>The category is inferred when not given: a delegation keeps the highest tier it qualifies for. Briefers and non-State speakers need --category briefer or other.</source>
        <translation>تُستنتج الصفة إذا لم تُحدد: يحتفظ الوفد بأعلى فئة يستوفي شروطها. ويتطلب مقدمو الإحاطات والمتكلمون من غير الدول --category briefer أو other.</translation>
    </message>
    <message>
        <source>a delegation from the directory, or a name for briefers and others</source>
        <translation>وفد من الدليل، أو اسم لمقدمي الإحاطات وغيرهم</translation>
    </message>
    <message>
        <source>the speaker&apos;s name</source>
        <translation>اسم المتكلم</translation>
    </message>
    <message>
        <source>the speaker&apos;s title</source>
        <translation>لقب المتكلم</translation>
    </message>
    <message>
        <source>organizer, briefer, council, cosponsor, group, member, observer or other</source>
        <translation>organizer أو briefer أو council أو cosponsor أو group أو member أو observer أو other</translation>
    </message>
    <message>
        <source>the group the statement is made for (with --group-size)</source>
        <translation>المجموعة التي يُدلى بالبيان باسمها (مع --group-size)</translation>
    </message>
    <message>
        <source>how many delegations the group has (with --on-behalf-of)</source>
        <translation>عدد وفود المجموعة (مع --on-behalf-of)</translation>
    </message>
    <message>
        <source>ar, zh, en, fr, ru or es (default en)</source>
        <translation>ar أو zh أو en أو fr أو ru أو es (الافتراضي en)</translation>
    </message>
    <message>
        <source>head, minister, pr, deputy, charge or other</source>
        <translation>head أو minister أو pr أو deputy أو charge أو other</translation>
    </message>
    <message>
        <source>when the inscription arrived, in the meeting&apos;s time zone or ISO 8601 with an offset (default: now)</source>
        <translation>وقت ورود التسجيل، بالمنطقة الزمنية للاجتماع أو بصيغة ISO 8601 مع الفارق (الافتراضي: الآن)</translation>
    </message>
    <message>
        <source>this speaker&apos;s time limit (default: the category&apos;s)</source>
        <translation>الحد الزمني لهذا المتكلم (الافتراضي: الحد الزمني للصفة)</translation>
    </message>
    <message>
        <source>notes for the secretariat</source>
        <translation>ملاحظات للأمانة</translation>
    </message>
    <message>
        <source>Inscribe every row of a CSV file, as one act (one undo removes them all).</source>
        <translation>تسجيل كل صفوف ملف CSV، في إجراء واحد (يزيلها كلها تراجع واحد).</translation>
    </message>
    <message>
        <source>The CSV has a header row; the columns, in any order and any case, are delegation (required), speaker, title, category, on_behalf_of, group_size, language, level, inscribed_at, limit and notes. Comma, semicolon or tab separated; UTF-8 or UTF-16 with a byte-order mark (&quot;Unicode text&quot;). Every row is checked first; refused rows are listed on standard error as &quot;line N: reason&quot;, and then nothing is written unless --skip-invalid is given.</source>
        <translation>لملف CSV صف عناوين؛ والأعمدة، بأي ترتيب وبأحرف كبيرة أو صغيرة، هي delegation (إلزامي) وspeaker وtitle وcategory وon_behalf_of وgroup_size وlanguage وlevel وinscribed_at وlimit وnotes. تُفصل بفاصلة أو فاصلة منقوطة أو علامة جدولة؛ بترميز UTF-8 أو UTF-16 مع علامة ترتيب البايتات (&quot;Unicode text&quot;). يُفحص كل صف أولا؛ وتُدرج الصفوف المرفوضة في الخطأ المعياري بالشكل &quot;line N: reason&quot;، ثم لا يُكتب شيء ما لم يُحدد --skip-invalid.</translation>
    </message>
    <message>
        <source>check and report only; never write</source>
        <translation>الفحص والإبلاغ فقط؛ دون أي كتابة</translation>
    </message>
    <message>
        <source>import the rows that are accepted and report the rest</source>
        <translation>استيراد الصفوف المقبولة والإبلاغ عن البقية</translation>
    </message>
    <message>
        <source>Show the running order with projected start times.</source>
        <translation>إظهار ترتيب الكلام مع أوقات البدء المتوقعة.</translation>
    </message>
    <message>
        <source>JSON is an array in running order; CSV follows RFC 4180 with a header row.</source>
        <translation>يكون JSON مصفوفة بترتيب الكلام؛ ويتبع CSV المعيار RFC 4180 مع صف عناوين.</translation>
    </message>
    <message>
        <source>also show who spoke, the current speaker, the absent and the withdrawn</source>
        <translation>إظهار من تكلم أيضا، والمتكلم الحالي، والغائبين، والمنسحبين</translation>
    </message>
    <message>
        <source>Show who is speaking, the time left, who is next, and the projected end.</source>
        <translation>إظهار من يتكلم، والوقت المتبقي، ومن يليه، والانتهاء المتوقع.</translation>
    </message>
    <message>
        <source>Move a waiting speaker to a position; pins them there.</source>
        <translation>نقل متكلم في الانتظار إلى مكان معين؛ ويُثبت فيه.</translation>
    </message>
    <message>
        <source>Exchange the places of two waiting speakers, in one act.</source>
        <translation>تبادل مكاني متكلمَين في الانتظار، في إجراء واحد.</translation>
    </message>
    <message>
        <source>Delete an entry from the list (undo brings it back).</source>
        <translation>حذف قيد من القائمة (يعيده التراجع).</translation>
    </message>
    <message>
        <source>Mark a waiting speaker as withdrawn.</source>
        <translation>وصف متكلم في الانتظار بأنه منسحب.</translation>
    </message>
    <message>
        <source>Start or resume the clock; with no one at the rostrum, call the first speaker.</source>
        <translation>تشغيل الساعة أو استئنافها؛ وإذا لم يكن أحد على المنصة، يُدعى المتكلم الأول.</translation>
    </message>
    <message>
        <source>Pause the current speaker&apos;s clock.</source>
        <translation>إيقاف ساعة المتكلم الحالي مؤقتا.</translation>
    </message>
    <message>
        <source>Close the current speech and call the next speaker.</source>
        <translation>إنهاء الكلمة الحالية ودعوة المتكلم التالي.</translation>
    </message>
    <message>
        <source>The called speaker is absent: apply the meeting&apos;s absent rule and call the next.</source>
        <translation>المتكلم المدعو غائب: تُطبق قاعدة الاجتماع بشأن الغياب ويُدعى المتكلم التالي.</translation>
    </message>
    <message>
        <source>Undo the last act.</source>
        <translation>التراجع عن آخر إجراء.</translation>
    </message>
    <message>
        <source>Redo the last undone act.</source>
        <translation>إعادة آخر إجراء تم التراجع عنه.</translation>
    </message>
    <message>
        <source>Give the current speaker more time; a negative number takes time away.</source>
        <translation>منح المتكلم الحالي وقتا إضافيا؛ والعدد السالب ينقص من الوقت.</translation>
    </message>
    <message>
        <source>Reset the current speaker&apos;s clock to the full limit.</source>
        <translation>إعادة ساعة المتكلم الحالي إلى الحد الزمني الكامل.</translation>
    </message>
    <message>
        <source>Change one speaker&apos;s time limit.</source>
        <translation>تغيير الحد الزمني لمتكلم واحد.</translation>
    </message>
    <message>
        <source>Change the time limit of every waiting speaker.</source>
        <translation>تغيير الحد الزمني لكل المتكلمين في الانتظار.</translation>
    </message>
    <message>
        <source>Close the list of speakers: inscriptions are refused.</source>
        <translation>إقفال قائمة المتكلمين: تُرفض التسجيلات.</translation>
    </message>
    <message>
        <source>Reopen the list of speakers.</source>
        <translation>إعادة فتح قائمة المتكلمين.</translation>
    </message>
    <message>
        <source>Show who did what, and when, oldest first.</source>
        <translation>إظهار من فعل ماذا ومتى، الأقدم أولا.</translation>
    </message>
    <message>
        <source>show the last N acts (default 50; 0 shows all)</source>
        <translation>إظهار آخر N إجراء (الافتراضي 50؛ و0 يُظهر الكل)</translation>
    </message>
    <message>
        <source>Write a consistent copy of the meeting, with its whole journal, to a new file.</source>
        <translation>كتابة نسخة متسقة من الاجتماع، مع سجل عملياته كاملا، في ملف جديد.</translation>
    </message>
    <message>
        <source>One snapshot of the file as saved, taken while other consoles may be acting on it; undo and redo work in the copy. DEST must not exist yet. Only reads FILE.</source>
        <translation>لقطة واحدة للملف كما هو محفوظ، تؤخذ بينما قد تعمل عليه وحدات تحكم أخرى؛ ويعمل التراجع والإعادة في النسخة. يجب ألا يكون DEST موجودا بعد. يُقرأ FILE فقط.</translation>
    </message>
    <message>
        <source>Write the list of speakers for circulation: PDF, CSV or HTML.</source>
        <translation>كتابة قائمة المتكلمين لتعميمها: PDF أو CSV أو HTML.</translation>
    </message>
    <message>
        <source>The speaker at the rostrum first, then the running order with projected times. CSV is UTF-8 with a byte order mark, for spreadsheets; HTML is a standalone page. Give one or more outputs. A file is written whole or not at all.</source>
        <translation>المتكلم الموجود على المنصة أولا، ثم ترتيب الكلام مع الأوقات المتوقعة. يكون CSV بترميز UTF-8 مع علامة ترتيب البايتات، لجداول البيانات؛ ويكون HTML صفحة مستقلة. حدد مُخرجا واحدا أو أكثر. يُكتب الملف كاملا أو لا يُكتب على الإطلاق.</translation>
    </message>
    <message>
        <source>write an A4 PDF</source>
        <translation>كتابة ملف PDF بحجم A4</translation>
    </message>
    <message>
        <source>write CSV (RFC 4180)</source>
        <translation>كتابة ملف CSV (RFC 4180)</translation>
    </message>
    <message>
        <source>write an HTML page</source>
        <translation>كتابة صفحة HTML</translation>
    </message>
    <message>
        <source>the line naming the kind of meeting, for this document only (default: the meeting&apos;s heading; &quot;&quot; for none)</source>
        <translation>السطر الذي يذكر نوع الاجتماع، لهذا المستند فقط (الافتراضي: ترويسة الاجتماع؛ &quot;&quot; لعدم وجوده)</translation>
    </message>
    <message>
        <source>the document&apos;s language: ar, zh, en, fr, ru or es (default: the language of the messages)</source>
        <translation>لغة المستند: ar أو zh أو en أو fr أو ru أو es (الافتراضي: لغة الرسائل)</translation>
    </message>
    <message>
        <source>Write the report of the meeting: planned and actual times, overruns, totals.</source>
        <translation>كتابة تقرير الاجتماع: الأوقات المقررة والفعلية، وتجاوزات الوقت، والمجاميع.</translation>
    </message>
    <message>
        <source>One row per speaker with planned and actual start, allotted and actual time, overrun and pauses; totals by tier; the PDF adds a timeline picture. CSV has whole seconds, ISO 8601 times with the meeting&apos;s offset and status keys.</source>
        <translation>صف لكل متكلم يتضمن البدء المقرر والفعلي، والوقت المخصص والفعلي، وتجاوز الوقت، والتوقفات المؤقتة؛ والمجاميع حسب الفئة؛ ويضيف PDF صورة للجدول الزمني. ويتضمن CSV ثواني كاملة، وأوقاتا بصيغة ISO 8601 مع فارق توقيت الاجتماع، ومفاتيح الحالة.</translation>
    </message>
    <message>
        <source>--language: “%1” is not one of %2</source>
        <translation>--language: ”%1“ ليست من بين %2</translation>
    </message>
    <message>
        <source>Before the command, --language xx chooses the language of the messages (%1); without it they follow LANG and LC_MESSAGES.</source>
        <translation>قبل الأمر، يختار --language xx لغة الرسائل (%1)؛ وبدونه تتبع الرسائل LANG وLC_MESSAGES.</translation>
    </message>
    <message>
        <source>The limits of their categories change too, so that speakers inscribed afterwards get the same limit, unless --waiting-only.</source>
        <translation>تتغير أيضا الحدود الزمنية لفئاتهم، فيحصل المتكلمون الذين يسجلون لاحقا على الحد نفسه، ما لم يُذكر --waiting-only.</translation>
    </message>
    <message>
        <source>change only the speakers waiting now, not later inscriptions</source>
        <translation>تغيير المتكلمين المنتظرين الآن فقط، دون المسجلين لاحقا</translation>
    </message>
    <message>
        <source>Change the meeting&apos;s title, venue, heading or rules of the floor, as one act.</source>
        <translation>تغيير عنوان الاجتماع أو مكانه أو ترويسته أو قواعد الكلمة فيه، في إجراء واحد.</translation>
    </message>
    <message>
        <source>the limit of a point of order; 0:00 for untimed (default 2:00)</source>
        <translation>حد نقطة النظام؛ 0:00 لعدم التحديد (الافتراضي 2:00)</translation>
    </message>
    <message>
        <source>how many rights of reply a delegation may make (default 2)</source>
        <translation>عدد حقوق الرد التي يجوز للوفد ممارستها (الافتراضي 2)</translation>
    </message>
    <message>
        <source>the limit of a first reply (default 5:00)</source>
        <translation>حد الرد الأول (الافتراضي 5:00)</translation>
    </message>
    <message>
        <source>the limit of a second or later reply (default 3:00)</source>
        <translation>حد الرد الثاني أو ما بعده (الافتراضي 3:00)</translation>
    </message>
    <message>
        <source>whether consoles chime at the warning and at zero (default on)</source>
        <translation>هل ترن وحدات التحكم عند التنبيه وعند الصفر (الافتراضي on)</translation>
    </message>
    <message>
        <source>Point of order: %1 has the floor; %2 is interrupted with %3 left.</source>
        <translation>نقطة نظام: الكلمة لـ%1؛ وقوطع %2 وبقي له %3.</translation>
    </message>
    <message>
        <source>Point of order: %1 has the floor.</source>
        <translation>نقطة نظام: الكلمة لـ%1.</translation>
    </message>
    <message>
        <source>%1: right of reply no. %2 (%3), no. %4 on the list.</source>
        <translation>%1: حق الرد رقم %2 (%3)، رقم %4 في القائمة.</translation>
    </message>
    <message>
        <source>No changeover between speakers.</source>
        <translation>لا وقت لتبديل المتكلمين.</translation>
    </message>
    <message>
        <source>Changeover: %1 s between speakers.</source>
        <translation>تبديل المتكلمين: %1 ث بين المتكلمين.</translation>
    </message>
    <message>
        <source>message takes either TEXT or --clear, not both</source>
        <translation>يقبل message إما TEXT أو --clear، لا كليهما</translation>
    </message>
    <message>
        <source>message needs the TEXT to show, or --clear</source>
        <translation>يحتاج message إلى TEXT المراد عرضه، أو --clear</translation>
    </message>
    <message>
        <source>the message is empty; to take it off the display, use --clear</source>
        <translation>الرسالة فارغة؛ لإزالتها من الشاشة استخدم --clear</translation>
    </message>
    <message>
        <source>Message to the speaker cleared.</source>
        <translation>مُسحت الرسالة إلى المتكلم.</translation>
    </message>
    <message>
        <source>On the display: “%1”</source>
        <translation>على الشاشة: ”%1“</translation>
    </message>
    <message>
        <source>the language spoken: ar, zh, en, fr, ru or es</source>
        <translation>لغة الكلام: ar أو zh أو en أو fr أو ru أو es</translation>
    </message>
    <message>
        <source>A point of order takes the floor at once.</source>
        <translation>تأخذ نقطة النظام الكلمة فورا.</translation>
    </message>
    <message>
        <source>The current speech is interrupted: its clock stops and its remaining time is kept. The point of order has its own clock and limit (the meeting&apos;s setting, 2:00 unless changed; 0:00 counts up). next closes it and gives the floor back to the interrupted speaker, paused; start resumes them.</source>
        <translation>يُقاطع البيان الجاري: تتوقف ساعته ويُحفظ وقته المتبقي. ولنقطة النظام ساعة خاصة بها وحد زمني خاص بها (إعداد الاجتماع، 2:00 ما لم يُغيَّر؛ 0:00 تعدّ تصاعديا). يغلقها next ويعيد الكلمة إلى المتكلم المقاطَع متوقفا مؤقتا؛ ويستأنفه start.</translation>
    </message>
    <message>
        <source>Inscribe a right of reply, heard after the last statement.</source>
        <translation>تسجيل حق رد يُستمع إليه بعد آخر بيان.</translation>
    </message>
    <message>
        <source>Replies are heard in the order asked, in a tier of their own at the end, even while the list is closed. A delegation may reply as often as the meeting allows (2 unless changed); the first and second replies have their own limits (5:00 and 3:00 unless changed).</source>
        <translation>يُستمع إلى الردود بترتيب طلبها، في فئة مستقلة في النهاية، حتى والقائمة مقفلة. ويجوز للوفد الرد بقدر ما يسمح به الاجتماع (2 ما لم يُغيَّر)؛ وللرد الأول والثاني حداهما (5:00 و3:00 ما لم يُغيَّرا).</translation>
    </message>
    <message>
        <source>Set the time between one speaker&apos;s end and the next one&apos;s start.</source>
        <translation>ضبط الوقت بين نهاية متكلم وبداية التالي.</translation>
    </message>
    <message>
        <source>From 0 to 600 seconds. Every projected start, the projected end and the fit advisor include it, except before the first speaker.</source>
        <translation>من 0 إلى 600 ثانية. يدخل في كل بداية متوقعة وفي النهاية المتوقعة وفي مستشار التوقيت، إلا قبل المتكلم الأول.</translation>
    </message>
    <message>
        <source>Show a message to the speaker on the display.</source>
        <translation>عرض رسالة إلى المتكلم على الشاشة.</translation>
    </message>
    <message>
        <source>The message stays until it is cleared or the next speaker is called, for example &quot;Please conclude&quot;.</source>
        <translation>تبقى الرسالة إلى أن تُمسح أو يُدعى المتكلم التالي، مثل &quot;يرجى الاختتام&quot;.</translation>
    </message>
    <message>
        <source>take the message off the display</source>
        <translation>إزالة الرسالة من الشاشة</translation>
    </message>
    <message>
        <source>reply %1</source>
        <translation>الرد %1</translation>
    </message>
    <message>
        <source>say what to change: --title, --venue, --heading, --point-of-order-limit, --replies, --reply-first, --reply-second or --chimes</source>
        <translation>حدد ما يجب تغييره: --title أو --venue أو --heading أو --point-of-order-limit أو --replies أو --reply-first أو --reply-second أو --chimes</translation>
    </message>
    <message>
        <source>%1 for --point-of-order-limit is not a time limit; write minutes and seconds, like 2:00, or 0:00 for untimed</source>
        <translation>%1 لـ--point-of-order-limit ليس حدا زمنيا؛ اكتب الدقائق والثواني مثل 2:00، أو 0:00 لعدم التحديد</translation>
    </message>
    <message>
        <source>Point of order: %1 — %2 (%3)</source>
        <translation>نقطة نظام: %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Interrupted: %1 — %2 left</source>
        <translation>مقاطَع: %1 — المتبقي %2</translation>
    </message>
    <message>
        <source>Message to the speaker: “%1”</source>
        <translation>رسالة إلى المتكلم: ”%1“</translation>
    </message>
    <message>
        <source>Serve the meeting&apos;s web views and API until stopped (Ctrl+C).</source>
        <translation>تقديم صفحات الويب وواجهة API للاجتماع إلى أن يُوقف (Ctrl+C).</translation>
    </message>
    <message>
        <source>Prints one link per role (viewer, timekeeper, staff, chair); each link carries its role&apos;s key. The keys are kept, hashed, in the meeting file, so the links work again after a restart; --new-links makes new ones and every older link stops working. Acts from the pages are journaled as web:ROLE@ADDRESS. See docs/API.md.</source>
        <translation>يطبع رابطا واحدا لكل دور (المشاهد، ومراقب الوقت، والأمانة، والرئيس)؛ ويحمل كل رابط مفتاح دوره. وتُحفظ المفاتيح في ملف الاجتماع بعد تجزئتها، فتعمل الروابط مجددا بعد إعادة التشغيل؛ وينشئ --new-links مفاتيح جديدة فيتوقف كل رابط أقدم عن العمل. وتُقيد الإجراءات المتخذة من الصفحات في سجل العمليات باسم web:ROLE@ADDRESS. انظر docs/API.md.</translation>
    </message>
    <message>
        <source>the address to listen on (default: 127.0.0.1, this computer only; 0.0.0.0 for every network)</source>
        <translation>العنوان الذي يُستمع عليه (الافتراضي: 127.0.0.1، هذا الحاسوب فقط؛ 0.0.0.0 لكل الشبكات)</translation>
    </message>
    <message>
        <source>the port (default: 8080; 0: any)</source>
        <translation>المنفذ (الافتراضي: 8080؛ 0: أي منفذ)</translation>
    </message>
    <message>
        <source>the views (timer, room, booth, list) open without a key; the acts still need one</source>
        <translation>تُفتح صفحات العرض (timer، room، booth، list) دون مفتاح؛ ولا تزال الإجراءات تتطلب مفتاحا</translation>
    </message>
    <message>
        <source>make new keys for every role; the old links stop working</source>
        <translation>إنشاء مفاتيح جديدة لكل دور؛ وتتوقف الروابط القديمة عن العمل</translation>
    </message>
    <message>
        <source>--bind takes an IP address such as 127.0.0.1 or 0.0.0.0, not “%1”</source>
        <translation>يقبل --bind عنوان IP مثل 127.0.0.1 أو 0.0.0.0، لا ”%1“</translation>
    </message>
    <message>
        <source>--port must be from 0 to 65535</source>
        <translation>يجب أن تكون قيمة --port من 0 إلى 65535</translation>
    </message>
    <message>
        <source>Serving &quot;%1&quot; on %2</source>
        <translation>الاجتماع ”%1“ متاح على %2</translation>
    </message>
    <message>
        <source>%1: the meetings cannot be listed: %2</source>
        <translation>%1: يتعذر سرد الاجتماعات: %2</translation>
    </message>
    <message>
        <source>%1 holds no meetings yet.</source>
        <translation>لا يحتوي %1 على أي اجتماع بعد.</translation>
    </message>
    <message>
        <source>Copied %1 to %2</source>
        <translation>نُسخ %1 إلى %2</translation>
    </message>
    <message>
        <source>--user must name a PostgreSQL user (1 to 63 characters)</source>
        <translation>يجب أن يحدد --user مستخدما في PostgreSQL (من 1 إلى 63 حرفا)</translation>
    </message>
    <message>
        <source>%1: %2 was not given the role %3: %4</source>
        <translation>%1: لم يُسند الدور %3 إلى %2: %4</translation>
    </message>
    <message>
        <source>%1 is now %2 of the meeting %3</source>
        <translation>أصبح لـ %1 الدور %2 في الاجتماع %3</translation>
    </message>
    <message>
        <source>List the meetings a PostgreSQL database holds.</source>
        <translation>سرد الاجتماعات الموجودة في قاعدة بيانات PostgreSQL.</translation>
    </message>
    <message>
        <source>SERVER is postgresql://[USER@]HOST[:PORT]/DATABASE. The password comes from PGPASSWORD or ~/.pgpass, never from the command line.</source>
        <translation>SERVER بالشكل postgresql://[USER@]HOST[:PORT]/DATABASE. وتؤخذ كلمة المرور من PGPASSWORD أو ~/.pgpass، ولا تؤخذ أبدا من سطر الأوامر.</translation>
    </message>
    <message>
        <source>Copy a meeting file, journal included, to a new meeting on a server.</source>
        <translation>نسخ ملف اجتماع، بما في ذلك سجل عملياته، إلى اجتماع جديد على خادم.</translation>
    </message>
    <message>
        <source>URL is postgresql://[USER@]HOST[:PORT]/DATABASE?meeting=NAME, and NAME must not be taken. Undo and redo carry on where the file left them; the copy has an identity of its own. Whoever pushes owns the meeting and is its chair. Only reads FILE.</source>
        <translation>URL بالشكل postgresql://[USER@]HOST[:PORT]/DATABASE?meeting=NAME، ويجب ألا يكون NAME مستخدما من قبل. ويستمر التراجع والإعادة من حيث تركهما الملف؛ وللنسخة هوية خاصة بها. ومن ينفذ push يملك الاجتماع ويكون رئيسه. يُقرأ FILE فقط.</translation>
    </message>
    <message>
        <source>Copy a meeting on a server, journal included, into a new file.</source>
        <translation>نسخ اجتماع على خادم، بما في ذلك سجل عملياته، إلى ملف جديد.</translation>
    </message>
    <message>
        <source>One snapshot of the meeting, taken while consoles may be acting on it. FILE must not exist yet.</source>
        <translation>لقطة واحدة للاجتماع، تؤخذ بينما قد تعمل عليه وحدات التحكم. يجب ألا يكون FILE موجودا بعد.</translation>
    </message>
    <message>
        <source>Give a PostgreSQL user one role on a meeting.</source>
        <translation>إسناد دور واحد في اجتماع إلى مستخدم PostgreSQL.</translation>
    </message>
    <message>
        <source>The server enforces the role, whatever program the user connects with: a viewer reads; a timekeeper runs the clock and the message; staff inscribe, move, mark absent and edit; the chair does everything. The user is created (without a password: set one with psql&apos;s \password) where the server has none, and loses any other role on the meeting. Needs the right to create roles.</source>
        <translation>يفرض الخادم الدور أيا كان البرنامج الذي يتصل به المستخدم: فالمشاهد يطّلع؛ ومراقب الوقت يدير الساعة والرسالة؛ والأمانة تسجّل وتنقل وتصف بالغياب وتعدّل؛ والرئيس يقوم بكل شيء. ويُنشأ المستخدم (بدون كلمة مرور: عيّن كلمة مرور باستخدام \password في psql) إن لم يكن موجودا على الخادم، ويفقد أي دور آخر في الاجتماع. يتطلب ذلك صلاحية إنشاء الأدوار.</translation>
    </message>
    <message>
        <source>the PostgreSQL user</source>
        <translation>مستخدم PostgreSQL</translation>
    </message>
    <message>
        <source>chair, staff, timekeeper or viewer</source>
        <translation>chair أو staff أو timekeeper أو viewer</translation>
    </message>
</context>
<context>
    <name>rostrum::web::AccessTokens</name>
    <message>
        <source>Cannot make the folder %1 for the links.</source>
        <translation>يتعذر إنشاء المجلد %1 الخاص بالروابط.</translation>
    </message>
    <message>
        <source>This meeting file is too old to be shared: open it in the console once, which brings it up to date.</source>
        <translation>ملف الاجتماع هذا أقدم من أن تجري مشاركته: افتحه مرة واحدة في وحدة التحكم، فتحدّثه.</translation>
    </message>
</context>
<context>
    <name>rostrum::web::GuardedTcpServer</name>
    <message>
        <source>Web views: too many connections from %1; the ones over %2 are turned away.</source>
        <translation>صفحات الويب: اتصالات كثيرة جدا من %1؛ وتُرفض الاتصالات التي تتجاوز %2.</translation>
    </message>
</context>
<context>
    <name>rostrum::web::PageStrings</name>
    <message>
        <source>Rostrum — Timer</source>
        <comment>Browser tab title of the speaker&apos;s timer page</comment>
        <translation>Rostrum — المؤقت</translation>
    </message>
    <message>
        <source>Rostrum — Room display</source>
        <comment>Browser tab title of the room display page</comment>
        <translation>Rostrum — شاشة القاعة</translation>
    </message>
    <message>
        <source>Rostrum — Interpreters</source>
        <comment>Browser tab title of the interpreters&apos; page</comment>
        <translation>Rostrum — المترجمون الشفويون</translation>
    </message>
    <message>
        <source>Rostrum — List of speakers</source>
        <comment>Browser tab title of the delegates&apos; list page</comment>
        <translation>Rostrum — قائمة المتكلمين</translation>
    </message>
    <message>
        <source>Rostrum — Control</source>
        <comment>Browser tab title of the control page</comment>
        <translation>Rostrum — التحكم</translation>
    </message>
    <message>
        <source>Connecting to the console…</source>
        <comment>Banner while the page first connects to the console</comment>
        <translation>جارٍ الاتصال بوحدة التحكم…</translation>
    </message>
    <message>
        <source>Connection to the console lost — reconnecting…</source>
        <comment>Banner when the link to the console is lost; the page retries by itself</comment>
        <translation>انقطع الاتصال بوحدة التحكم — جارٍ إعادة الاتصال…</translation>
    </message>
    <message>
        <source>This link is not valid any more. Ask the secretariat for a new one.</source>
        <comment>Banner when the link&apos;s access code is wrong or withdrawn; no retry</comment>
        <translation>لم يعد هذا الرابط صالحا. اطلب رابطا جديدا من الأمانة.</translation>
    </message>
    <message>
        <source>This link may not open this page. Ask the secretariat for the right link.</source>
        <comment>Banner when the link&apos;s role may not open this page; no retry</comment>
        <translation>لا يتيح هذا الرابط فتح هذه الصفحة. اطلب الرابط الصحيح من الأمانة.</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <comment>Screen-reader name of the countdown figures</comment>
        <translation>وقت الكلام</translation>
    </message>
    <message>
        <source>Time of day</source>
        <comment>Screen-reader name of the meeting&apos;s clock (HH:MM)</comment>
        <translation>الوقت الحالي</translation>
    </message>
    <message>
        <source>No one at the rostrum</source>
        <comment>Shown in place of the delegation when nobody has the floor</comment>
        <translation>لا أحد على المنصة</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>%1 delegation, %2 speaker&apos;s name</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, on behalf of %2</source>
        <comment>%1 speaker&apos;s name, %2 group or State spoken for</comment>
        <translation>%1، باسم %2</translation>
    </message>
    <message>
        <source>on behalf of %1</source>
        <comment>%1 group or State spoken for (speaker&apos;s name unknown)</comment>
        <translation>باسم %1</translation>
    </message>
    <message>
        <source>READY</source>
        <comment>Clock label: a speaker is called, clock not started (capitals on the display)</comment>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <comment>Clock label: clock paused</comment>
        <translation>متوقف مؤقتا</translation>
    </message>
    <message>
        <source>WARNING</source>
        <comment>Clock label: little time left (a ⚠ sign is added before it)</comment>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>TIME</source>
        <comment>Clock label: the time is up (0:00)</comment>
        <translation>انتهى الوقت</translation>
    </message>
    <message>
        <source>OVERTIME</source>
        <comment>Clock label: speaking past the limit</comment>
        <translation>تجاوز الوقت</translation>
    </message>
    <message>
        <source>FINISHED</source>
        <comment>Clock label: the speech has ended</comment>
        <translation>انتهى</translation>
    </message>
    <message>
        <source>PAUSED — %1</source>
        <comment>%1 one of WARNING / TIME / OVERTIME: clock paused in that phase</comment>
        <translation>متوقف مؤقتا — %1</translation>
    </message>
    <message>
        <source>POINT OF ORDER</source>
        <comment>Big label on the timer when the floor is taken by a point of order</comment>
        <translation>نقطة نظام</translation>
    </message>
    <message>
        <source>RIGHT OF REPLY</source>
        <comment>Big label on the timer during a right of reply</comment>
        <translation>حق الرد</translation>
    </message>
    <message>
        <source>Point of order</source>
        <comment>Small mark next to a point of order in lists</comment>
        <translation>نقطة نظام</translation>
    </message>
    <message>
        <source>Right of reply</source>
        <comment>Small mark next to a right of reply in lists</comment>
        <translation>حق الرد</translation>
    </message>
    <message>
        <source>Right of reply %1</source>
        <comment>%1 the number of the reply (1, 2): &quot;Right of reply 1&quot;</comment>
        <translation>حق الرد %1</translation>
    </message>
    <message>
        <source>Late</source>
        <comment>Mark for a speaker inscribed after the deadline</comment>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <comment>Mark for a speaker interrupted by a point of order</comment>
        <translation>مقاطَع</translation>
    </message>
    <message>
        <source>Absent</source>
        <comment>Mark for a speaker who was absent when called</comment>
        <translation>غائب</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>Mark for a speaker who withdrew</comment>
        <translation>منسحب</translation>
    </message>
    <message>
        <source>Spoke</source>
        <comment>Mark for a speaker who has spoken</comment>
        <translation>تكلم</translation>
    </message>
    <message>
        <source>Speaking now</source>
        <comment>Heading over the current speaker on the delegates&apos; list</comment>
        <translation>يتكلم الآن</translation>
    </message>
    <message>
        <source>Interrupted: %1 — %2 left</source>
        <comment>%1 delegation, %2 time left (e.g. 1:12) for the interrupted speaker</comment>
        <translation>مقاطَع: %1 — المتبقي %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <comment>%1 next delegation (and speaker)</comment>
        <translation>التالي: %1</translation>
    </message>
    <message>
        <source>Next: none</source>
        <comment>Nobody is waiting to speak next</comment>
        <translation>التالي: لا أحد</translation>
    </message>
    <message>
        <source>Projected end %1 (%2)</source>
        <comment>%1 projected end time HH:MM, %2 lateness such as &quot;+15 min&quot;</comment>
        <translation>الانتهاء المتوقع %1 (%2)</translation>
    </message>
    <message>
        <source>+%1 min</source>
        <comment>%1 minutes past the scheduled end</comment>
        <translation>+%1 د</translation>
    </message>
    <message>
        <source>−%1 min</source>
        <comment>%1 minutes before the scheduled end</comment>
        <translation>−%1 د</translation>
    </message>
    <message>
        <source>on time</source>
        <comment>The list is projected to end at the scheduled time</comment>
        <translation>في الموعد</translation>
    </message>
    <message>
        <source>+%1 days</source>
        <comment>%1 days past the scheduled end (for meetings far off their date)</comment>
        <translation>+%1 يوم</translation>
    </message>
    <message>
        <source>−%1 days</source>
        <comment>%1 days before the scheduled end</comment>
        <translation>−%1 يوم</translation>
    </message>
    <message>
        <source>The list of speakers is closed.</source>
        <comment>The chair has closed the list of speakers</comment>
        <translation>قائمة المتكلمين مقفلة.</translation>
    </message>
    <message>
        <source>No one is waiting to speak.</source>
        <comment>The list has no waiting speaker</comment>
        <translation>لا أحد في انتظار الكلام.</translation>
    </message>
    <message>
        <source>Now speaking</source>
        <comment>Heading over the current speaker on the room screen</comment>
        <translation>يتكلم الآن</translation>
    </message>
    <message>
        <source>Next speakers</source>
        <comment>Heading over the next five speakers on the room screen</comment>
        <translation>المتكلمون التالون</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <comment>%1 language name and code, e.g. &quot;French (fr)&quot;</comment>
        <translation>اللغة: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>%1 language name in the page&apos;s language, %2 its code</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Language not given</source>
        <comment>No language was given for the statement</comment>
        <translation>لم تُحدد اللغة</translation>
    </message>
    <message>
        <source>Next three</source>
        <comment>Heading over the next three speakers on the interpreters&apos; page</comment>
        <translation>المتكلمون الثلاثة التالون</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <comment>%1 the secretariat&apos;s notes for the booths about this speaker</comment>
        <translation>ملاحظات: %1</translation>
    </message>
    <message>
        <source>List of speakers</source>
        <comment>Heading of the list of speakers (also used when the meeting has no title)</comment>
        <translation>قائمة المتكلمين</translation>
    </message>
    <message>
        <source>Spoken or off the list (%1)</source>
        <comment>%1 how many; folded section with speakers done or off the list</comment>
        <translation>من تكلموا أو شُطبوا من القائمة (%1)</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>%1 start time, %2 end time of a speech (HH:MM)</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Start</source>
        <comment>Button: start or resume the speaker&apos;s clock</comment>
        <translation>بدء</translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>Button: pause the speaker&apos;s clock</comment>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <comment>Button: end this speech and call the next speaker</comment>
        <translation>المتكلم التالي</translation>
    </message>
    <message>
        <source>+30 s</source>
        <comment>Button: give the speaker 30 more seconds</comment>
        <translation>+30 ث</translation>
    </message>
    <message>
        <source>−30 s</source>
        <comment>Button: take 30 seconds from the speaker</comment>
        <translation>−30 ث</translation>
    </message>
    <message>
        <source>Absent</source>
        <comment>Button: the called speaker is not in the room</comment>
        <translation>غائب</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>Button: take back the last act</comment>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <comment>Button: do again the act just taken back</comment>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Message to the speaker</source>
        <comment>Heading of the messages to the speaker</comment>
        <translation>رسالة إلى المتكلم</translation>
    </message>
    <message>
        <source>Please conclude</source>
        <comment>Preset message shown to the speaker (sent as shown)</comment>
        <translation>يرجى الاختتام</translation>
    </message>
    <message>
        <source>Your time is up</source>
        <comment>Preset message shown to the speaker (sent as shown)</comment>
        <translation>انتهى وقتكم</translation>
    </message>
    <message>
        <source>Please speak more slowly for the interpreters</source>
        <comment>Preset message shown to the speaker (sent as shown)</comment>
        <translation>يرجى التحدث ببطء أكبر مراعاة للمترجمين الشفويين</translation>
    </message>
    <message>
        <source>Your own message</source>
        <comment>Label of the field for a message of one&apos;s own</comment>
        <translation>رسالة أخرى</translation>
    </message>
    <message>
        <source>Send</source>
        <comment>Button: show the typed message to the speaker</comment>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Clear message</source>
        <comment>Button: remove the message from the speaker&apos;s screen</comment>
        <translation>مسح الرسالة</translation>
    </message>
    <message>
        <source>Shown to the speaker: %1</source>
        <comment>%1 the message now on the speaker&apos;s screen</comment>
        <translation>معروضة على المتكلم: %1</translation>
    </message>
    <message>
        <source>Inscribe a speaker</source>
        <comment>Heading of the form that adds a speaker to the list</comment>
        <translation>تسجيل متكلم</translation>
    </message>
    <message>
        <source>Delegation</source>
        <comment>Field label: the delegation (State or organisation)</comment>
        <translation>الوفد</translation>
    </message>
    <message>
        <source>Speaker (optional)</source>
        <comment>Field label: the speaker&apos;s name, may be left empty</comment>
        <translation>المتكلم (اختياري)</translation>
    </message>
    <message>
        <source>Inscribe</source>
        <comment>Button: add the speaker to the list</comment>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>Move a waiting speaker</source>
        <comment>Heading of the form that moves a waiting speaker</comment>
        <translation>نقل متكلم في الانتظار</translation>
    </message>
    <message>
        <source>Waiting speaker</source>
        <comment>Field label: which waiting speaker to move</comment>
        <translation>المتكلم في الانتظار</translation>
    </message>
    <message>
        <source>New position</source>
        <comment>Field label: the new place in the list (a number)</comment>
        <translation>الموضع الجديد</translation>
    </message>
    <message>
        <source>Move</source>
        <comment>Button: move the speaker</comment>
        <translation>نقل</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>%1 current position, %2 delegation and speaker</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Last act: %1</source>
        <comment>%1 the console&apos;s one-line summary of the act just done</comment>
        <translation>آخر إجراء: %1</translation>
    </message>
    <message>
        <source>This link is for viewing only.</source>
        <comment>Shown on the control page to a link that may do nothing</comment>
        <translation>هذا الرابط للعرض فقط.</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <comment>%1 one of the four role names below</comment>
        <translation>الدور: %1</translation>
    </message>
    <message>
        <source>viewer</source>
        <comment>Role name: may only look</comment>
        <translation>مشاهد</translation>
    </message>
    <message>
        <source>timekeeper</source>
        <comment>Role name: runs the clock and the messages</comment>
        <translation>مراقب الوقت</translation>
    </message>
    <message>
        <source>staff</source>
        <comment>Role name: secretariat staff keeping the list</comment>
        <translation>الأمانة</translation>
    </message>
    <message>
        <source>chair</source>
        <comment>Role name: the chair, may do everything</comment>
        <translation>الرئيس</translation>
    </message>
    <message>
        <source>The console did not answer. Try again.</source>
        <comment>The request got no answer (network down)</comment>
        <translation>لم تستجب وحدة التحكم. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The console refused the act (HTTP %1).</source>
        <comment>%1 HTTP status code, when the console gave no reason of its own</comment>
        <translation>رفضت وحدة التحكم الإجراء (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>rostrum::web::WebActs</name>
    <message>
        <source>The body is not JSON: %1 at byte %2.</source>
        <translation>نص الطلب ليس بصيغة JSON: %1 عند البايت %2.</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>يجب أن يكون نص الطلب كائن JSON.</translation>
    </message>
    <message>
        <source>Unknown field “%1”; this act takes: %2.</source>
        <translation>حقل غير معروف ”%1“؛ يقبل هذا الإجراء: %2.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>“%1” is missing.</source>
        <translation>الحقل ”%1“ مفقود.</translation>
    </message>
    <message>
        <source>“%1” must be a whole number from %2 to %3.</source>
        <translation>يجب أن يكون الحقل ”%1“ عددا صحيحا من %2 إلى %3.</translation>
    </message>
    <message>
        <source>“%1” must be a text.</source>
        <translation>يجب أن يكون الحقل ”%1“ نصا.</translation>
    </message>
    <message>
        <source>“%1” cannot be empty.</source>
        <translation>لا يمكن أن يكون الحقل ”%1“ فارغا.</translation>
    </message>
    <message>
        <source>“%1” is longer than %2 characters.</source>
        <translation>يتجاوز طول الحقل ”%1“ %2 حرفا.</translation>
    </message>
    <message>
        <source>“language” must be one of: %1.</source>
        <translation>يجب أن يكون الحقل ”language“ واحدا مما يلي: %1.</translation>
    </message>
    <message>
        <source>“seconds” cannot be 0.</source>
        <translation>لا يمكن أن تكون قيمة الحقل ”seconds“ 0.</translation>
    </message>
    <message>
        <source>“clear” must be true or false.</source>
        <translation>يجب أن تكون قيمة الحقل ”clear“ true أو false.</translation>
    </message>
    <message>
        <source>Give either “text” or &quot;clear&quot;: true.</source>
        <translation>حدد إما ”text“ أو &quot;clear&quot;: true.</translation>
    </message>
    <message>
        <source>There is no act “%1”.</source>
        <translation>لا يوجد إجراء ”%1“.</translation>
    </message>
</context>
<context>
    <name>rostrum::web::WebRole</name>
    <message>
        <source>Viewer</source>
        <translation>مشاهد</translation>
    </message>
    <message>
        <source>Timekeeper</source>
        <translation>مراقب الوقت</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>الأمانة</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>الرئيس</translation>
    </message>
</context>
<context>
    <name>rostrum::web::WebServer</name>
    <message>
        <source>There is no such page.</source>
        <translation>لا توجد صفحة كهذه.</translation>
    </message>
    <message>
        <source>Cannot serve on %1 port %2: %3.</source>
        <translation>يتعذر تشغيل خادم الويب على %1، المنفذ %2: %3.</translation>
    </message>
    <message>
        <source>This page needs the link with its key (…?t=…).</source>
        <translation>تتطلب هذه الصفحة الرابط الذي يحمل مفتاحها (…?t=…).</translation>
    </message>
    <message>
        <source>Web views: %1 wrong keys from %2; its requests are slowed down.</source>
        <translation>صفحات الويب: مفاتيح خاطئة من %2 (%1)؛ وتُبطَّأ طلباته.</translation>
    </message>
    <message>
        <source>This link is not valid: it may have been revoked. Ask the secretariat for a new one.</source>
        <translation>هذا الرابط غير صالح: ربما أُلغي. اطلب رابطا جديدا من الأمانة.</translation>
    </message>
    <message>
        <source>Only a WebSocket at /ws is served.</source>
        <translation>لا يُقدَّم WebSocket إلا على /ws.</translation>
    </message>
    <message>
        <source>Requests from pages of other sites are refused.</source>
        <translation>تُرفض الطلبات الواردة من صفحات مواقع أخرى.</translation>
    </message>
    <message>
        <source>This address does not take that method.</source>
        <translation>لا يقبل هذا العنوان تلك الطريقة.</translation>
    </message>
    <message>
        <source>There is no act “%1”.</source>
        <translation>لا يوجد إجراء ”%1“.</translation>
    </message>
    <message>
        <source>This link (%1) may not do “%2”.</source>
        <translation>لا يجيز هذا الرابط (%1) الإجراء ”%2“.</translation>
    </message>
</context>
</TS>
