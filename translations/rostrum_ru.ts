<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>the demo meeting cannot be created: %1</source>
        <translation>не удается создать демонстрационное заседание: %1</translation>
    </message>
    <message>
        <source>demo inscription refused: %1</source>
        <translation>запись в список в демонстрационном заседании отклонена: %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>не удается записать %1</translation>
    </message>
    <message>
        <source>The chair&apos;s console for speakers lists and speaking time.</source>
        <translation>Пульт Председателя для ведения списков ораторов и контроля времени выступлений.</translation>
    </message>
    <message>
        <source>The meeting file to open. Without it, the last meeting reopens.</source>
        <translation>Файл заседания, который нужно открыть. Если он не указан, открывается последнее заседание.</translation>
    </message>
    <message>
        <source>Open a fresh copy of the demo meeting (the seed UNSC Arria-formula meeting), held today and starting within minutes.</source>
        <translation>Открыть новую копию демонстрационного заседания (исходного заседания СБ ООН по «формуле Аррии»), которое проводится сегодня и начинается через несколько минут.</translation>
    </message>
    <message>
        <source>With --demo: hold the meeting at its own hours on the clock&apos;s day and play it forward to the clock&apos;s time, so it opens mid-meeting.</source>
        <translation>Вместе с --demo: провести заседание в его собственные часы в день, показываемый часами, и воспроизвести его ход до времени часов, чтобы оно открылось в середине заседания.</translation>
    </message>
    <message>
        <source>Also open the timekeeper&apos;s display, on SCREEN (a name such as HDMI-1, or an index from 0); alone, on the second screen when there is one.</source>
        <translation>Также открыть табло хронометриста на экране SCREEN (имя, например HDMI-1, или номер начиная с 0); без значения — на втором экране, если он есть.</translation>
    </message>
    <message>
        <source>Freeze the clock at this instant (ISO 8601, e.g. 2023-05-25T16:12:00-04:00), for screenshots.</source>
        <translation>Остановить часы на этом моменте (ISO 8601, например 2023-05-25T16:12:00-04:00) для снимков экрана.</translation>
    </message>
    <message>
        <source>Save the window to OUT.png once it is laid out, then quit; with --display, the display too, to OUT-display.png.</source>
        <translation>Сохранить окно в OUT.png после его компоновки и выйти; с --display — также табло, в OUT-display.png.</translation>
    </message>
    <message>
        <source>The window&apos;s size, e.g. 1366x768.</source>
        <translation>Размер окна, например 1366x768.</translation>
    </message>
    <message>
        <source>Say whether every text of the console is drawn whole once it is laid out, then quit (1 if any is clipped).</source>
        <translation>Сообщить, отображается ли каждый текст пульта полностью после компоновки, и выйти (1, если какой-либо текст обрезан).</translation>
    </message>
    <message>
        <source>--fake-clock needs an ISO 8601 instant, such as 2023-05-25T16:12:00-04:00</source>
        <translation>Для --fake-clock требуется момент времени в формате ISO 8601, например 2023-05-25T16:12:00-04:00</translation>
    </message>
    <message>
        <source>--size needs WIDTHxHEIGHT, such as 1366x768</source>
        <translation>Для --size требуется значение WIDTHxHEIGHT, например 1366x768</translation>
    </message>
    <message>
        <source>The last meeting, %1, is no longer there.</source>
        <translation>Файл последнего заседания, %1, больше не найден.</translation>
    </message>
    <message>
        <source>Speak this language (%1) instead of the one View &gt; Language chose or the system&apos;s.</source>
        <translation>Использовать этот язык (%1) вместо выбранного в меню «Вид &gt; Язык» или системного.</translation>
    </message>
</context>
<context>
    <name>rostrum::AboutBox</name>
    <message>
        <source>&lt;h3&gt;Rostrum %1&lt;/h3&gt;&lt;p&gt;The chair&apos;s console for speakers lists and speaking time.&lt;/p&gt;&lt;p&gt;Released under the %2.&lt;br&gt;%3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rostrum %1&lt;/h3&gt;&lt;p&gt;Пульт Председателя для ведения списков ораторов и контроля времени выступлений.&lt;/p&gt;&lt;p&gt;Распространяется на условиях %2.&lt;br&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Rostrum</source>
        <translation>О программе Rostrum</translation>
    </message>
</context>
<context>
    <name>rostrum::BackupActions</name>
    <message>
        <source>%1 backup %2.rostrum</source>
        <translation>%1 резервная копия %2.rostrum</translation>
    </message>
    <message>
        <source>Back up a copy of the meeting</source>
        <translation>Создать резервную копию заседания</translation>
    </message>
    <message>
        <source>Rostrum meetings (*.rostrum)</source>
        <translation>Заседания Rostrum (*.rostrum)</translation>
    </message>
    <message>
        <source>Not backed up: %1</source>
        <translation>Резервная копия не создана: %1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Резервная копия сохранена в %1</translation>
    </message>
</context>
<context>
    <name>rostrum::BackupFolder</name>
    <message>
        <source>the backup folder %1 cannot be made</source>
        <translation>не удается создать папку резервных копий %1</translation>
    </message>
    <message>
        <source>the backup folder %1 cannot be made private to its owner</source>
        <translation>не удается сделать папку резервных копий %1 доступной только ее владельцу</translation>
    </message>
    <message>
        <source>it is a backup of “%1”, written %2</source>
        <translation>это резервная копия «%1», записанная %2</translation>
    </message>
</context>
<context>
    <name>rostrum::BackupSchedule</name>
    <message>
        <source>The automatic backup was not written: %1. The meeting carries on; the next backup is tried in a few minutes.</source>
        <translation>Автоматическая резервная копия не записана: %1. Заседание продолжается; следующая попытка будет сделана через несколько минут.</translation>
    </message>
</context>
<context>
    <name>rostrum::BackupsDialog</name>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>Open a backup</source>
        <translation>Открыть резервную копию</translation>
    </message>
    <message>
        <source>Rostrum writes a backup of the meeting being run every 5 minutes, into %1. A backup opens read only; Save a copy as… carries on from it.</source>
        <translation>Rostrum каждые 5 минут записывает резервную копию текущего заседания в %1. Резервная копия открывается только для чтения; команда «Сохранить копию как…» позволяет продолжить работу с ней.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Время записи</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>No backups yet: Rostrum writes one every 5 minutes while a meeting is being run.</source>
        <translation>Резервных копий пока нет: Rostrum записывает их каждые 5 минут во время заседания.</translation>
    </message>
    <message>
        <source>Backups of the meeting, newest first</source>
        <translation>Резервные копии заседания, сначала новые</translation>
    </message>
</context>
<context>
    <name>rostrum::BriefersEdit</name>
    <message>
        <source>Briefer&apos;s name</source>
        <translation>Имя докладчика</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>Должность (необязательно)</translation>
    </message>
    <message>
        <source>Organization (optional)</source>
        <translation>Организация (необязательно)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete removes the chosen briefer</source>
        <translation>Клавиша Delete удаляет выбранного докладчика</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Briefer&apos;s title, optional</source>
        <translation>Должность докладчика, необязательно</translation>
    </message>
    <message>
        <source>Briefer&apos;s organization, optional</source>
        <translation>Организация докладчика, необязательно</translation>
    </message>
    <message>
        <source>Briefers to inscribe</source>
        <translation>Докладчики для записи</translation>
    </message>
</context>
<context>
    <name>rostrum::Categories</name>
    <message>
        <source>Organizer</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>Briefer</source>
        <translation>Докладчик</translation>
    </message>
    <message>
        <source>Council member</source>
        <translation>Член Совета</translation>
    </message>
    <message>
        <source>Co-sponsor</source>
        <translation>Соавтор</translation>
    </message>
    <message>
        <source>Group statement</source>
        <translation>Заявление группы</translation>
    </message>
    <message>
        <source>Member State</source>
        <translation>Государство-член</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Открытие</translation>
    </message>
    <message>
        <source>Briefers</source>
        <translation>Докладчики</translation>
    </message>
    <message>
        <source>Council members</source>
        <translation>Члены Совета</translation>
    </message>
    <message>
        <source>Co-sponsors and groups</source>
        <translation>Соавторы и группы</translation>
    </message>
    <message>
        <source>Member States</source>
        <translation>Государства-члены</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Наблюдатели</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Другие</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>Выступает</translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation>Выступил</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Отсутствует</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отказался</translation>
    </message>
    <message>
        <source>Head of State or Government</source>
        <translation>Глава государства или правительства</translation>
    </message>
    <message>
        <source>Minister</source>
        <translation>Министр</translation>
    </message>
    <message>
        <source>Permanent Representative</source>
        <translation>Постоянный представитель</translation>
    </message>
    <message>
        <source>Deputy Permanent Representative</source>
        <translation>Заместитель Постоянного представителя</translation>
    </message>
    <message>
        <source>Chargé d&apos;affaires</source>
        <translation>Временный поверенный в делах</translation>
    </message>
    <message>
        <source>Move to the end of their tier</source>
        <translation>Переместить в конец его группы</translation>
    </message>
    <message>
        <source>Move to the end of the list</source>
        <translation>Переместить в конец списка</translation>
    </message>
    <message>
        <source>Take off the list</source>
        <translation>Исключить из списка</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Арабский</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Китайский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Французский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Испанский</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Прерван</translation>
    </message>
</context>
<context>
    <name>rostrum::ChairActions</name>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Новое заседание…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Create a new meeting file</source>
        <translation>Создать новый файл заседания</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open a meeting file</source>
        <translation>Открыть файл заседания</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Сохранить &amp;копию как…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <source>Write the meeting to a new file and carry on there</source>
        <translation>Записать заседание в новый файл и продолжить работу в нем</translation>
    </message>
    <message>
        <source>&amp;Back up a copy…</source>
        <translation>Создать &amp;резервную копию…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Write one consistent copy of the meeting file, journal and undo included, and carry on here</source>
        <translation>Записать одну согласованную копию файла заседания, включая журнал действий и историю отмены, и продолжить работу здесь</translation>
    </message>
    <message>
        <source>Open &amp;a backup…</source>
        <translation>Открыть резервную ко&amp;пию…</translation>
    </message>
    <message>
        <source>Open a backup</source>
        <translation>Открыть резервную копию</translation>
    </message>
    <message>
        <source>Look at one of the backups Rostrum writes every 5 minutes, read only</source>
        <translation>Просмотреть одну из резервных копий, которые Rostrum записывает каждые 5 минут, только для чтения</translation>
    </message>
    <message>
        <source>&amp;Import inscriptions…</source>
        <translation>&amp;Импорт записей…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Inscribe the rows of a CSV file, after a preview of what each row becomes</source>
        <translation>Записать в список строки файла CSV после предварительного просмотра того, чем станет каждая строка</translation>
    </message>
    <message>
        <source>&amp;Export list of speakers…</source>
        <translation>&amp;Экспорт списка ораторов…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Write the list of speakers as PDF, CSV or HTML (Ctrl+P)</source>
        <translation>Записать список ораторов в формате PDF, CSV или HTML (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Report of the meeting…</source>
        <translation>Отчет о &amp;заседании…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчет</translation>
    </message>
    <message>
        <source>Who spoke, for how long, the totals by tier and the timeline</source>
        <translation>Кто выступал, как долго, итоги по группам и хронология</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Close the console; every act is already saved</source>
        <translation>Закрыть пульт; все действия уже сохранены</translation>
    </message>
    <message>
        <source>&amp;Start clock</source>
        <translation>&amp;Запустить таймер</translation>
    </message>
    <message>
        <source>Start
Space</source>
        <translation>Пуск
Space</translation>
    </message>
    <message>
        <source>Start or pause the speaker&apos;s clock; calls the first speaker when no one is at the rostrum (Space)</source>
        <translation>Запустить или приостановить таймер оратора; вызывает первого оратора, если на трибуне никого нет (Space)</translation>
    </message>
    <message>
        <source>&amp;Next speaker</source>
        <translation>&amp;Следующий оратор</translation>
    </message>
    <message>
        <source>Next
N</source>
        <translation>Далее
N</translation>
    </message>
    <message>
        <source>Close this speech and call the next speaker (N)</source>
        <translation>Завершить это выступление и вызвать следующего оратора (N)</translation>
    </message>
    <message>
        <source>&amp;Absent</source>
        <translation>&amp;Отсутствует</translation>
    </message>
    <message>
        <source>Absent
A</source>
        <translation>Неявка
A</translation>
    </message>
    <message>
        <source>The called speaker is absent: move them per the meeting&apos;s rule and call the following speaker (A)</source>
        <translation>Вызванный оратор отсутствует: переместить его по правилу заседания и вызвать следующего оратора (A)</translation>
    </message>
    <message>
        <source>A&amp;dd 30 seconds</source>
        <translation>&amp;Добавить 30 секунд</translation>
    </message>
    <message>
        <source>+30 s
+</source>
        <translation>+30 с
+</translation>
    </message>
    <message>
        <source>Give the speaker 30 more seconds (+)</source>
        <translation>Дать оратору еще 30 секунд (+)</translation>
    </message>
    <message>
        <source>&amp;Remove 30 seconds</source>
        <translation>&amp;Убрать 30 секунд</translation>
    </message>
    <message>
        <source>−30 s
−</source>
        <translation>−30 с
−</translation>
    </message>
    <message>
        <source>Take 30 seconds from the speaker (-)</source>
        <translation>Отнять у оратора 30 секунд (-)</translation>
    </message>
    <message>
        <source>Rese&amp;t clock</source>
        <translation>С&amp;бросить таймер</translation>
    </message>
    <message>
        <source>Reset
Ctrl+R</source>
        <translation>Сброс
Ctrl+R</translation>
    </message>
    <message>
        <source>Put the speaker&apos;s clock back to the full limit (Ctrl+R)</source>
        <translation>Вернуть таймер оратора к полному регламенту (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Undo
Ctrl+Z</source>
        <translation>Отменить
Ctrl+Z</translation>
    </message>
    <message>
        <source>Undo the last act (Ctrl+Z)</source>
        <translation>Отменить последнее действие (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Redo
Ctrl+Shift+Z</source>
        <translation>Повторить
Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Redo the act just undone (Ctrl+Shift+Z)</source>
        <translation>Повторить только что отмененное действие (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>&amp;Close the list</source>
        <translation>Закрыть с&amp;писок</translation>
    </message>
    <message>
        <source>Close list
Ctrl+L</source>
        <translation>Закрыть список
Ctrl+L</translation>
    </message>
    <message>
        <source>Close or reopen the list of speakers to new inscriptions (Ctrl+L)</source>
        <translation>Закрыть список ораторов для новых записей или вновь открыть его (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Inscribe…</source>
        <translation>&amp;Записать…</translation>
    </message>
    <message>
        <source>Inscribe</source>
        <translation>Записать</translation>
    </message>
    <message>
        <source>Go to the inscription line (Ctrl+I)</source>
        <translation>Перейти к строке записи (Ctrl+I)</translation>
    </message>
    <message>
        <source>Inscribe with &amp;details…</source>
        <translation>Записать с &amp;данными…</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Данные…</translation>
    </message>
    <message>
        <source>Inscribe with every field: title, category, group, language, limit (Ctrl+Shift+I)</source>
        <translation>Записать с указанием всех полей: должность, категория, группа, язык, регламент (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Edit the selected inscription (F2, Enter or double-click)</source>
        <translation>Изменить выбранную запись (F2, Enter или двойной щелчок)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Переместить &amp;вверх</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Move the selected speaker up one place (Ctrl+Up)</source>
        <translation>Переместить выбранного оратора на одно место вверх (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>Переместить в&amp;низ</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Move the selected speaker down one place (Ctrl+Down)</source>
        <translation>Переместить выбранного оратора на одно место вниз (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Move to the &amp;top</source>
        <translation>Переместить в н&amp;ачало</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>В начало</translation>
    </message>
    <message>
        <source>Make the selected speaker the next one (Ctrl+Home)</source>
        <translation>Сделать выбранного оратора следующим (Ctrl+Home)</translation>
    </message>
    <message>
        <source>Move to the &amp;bottom</source>
        <translation>Переместить в &amp;конец</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>В конец</translation>
    </message>
    <message>
        <source>Move the selected speaker to the end of the list (Ctrl+End)</source>
        <translation>Переместить выбранного оратора в конец списка (Ctrl+End)</translation>
    </message>
    <message>
        <source>E&amp;xchange places</source>
        <translation>Поменять &amp;местами</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <source>The two selected speakers exchange places, in one act (Ctrl+E)</source>
        <translation>Два выбранных оратора меняются местами одним действием (Ctrl+E)</translation>
    </message>
    <message>
        <source>Back to the automatic &amp;place</source>
        <translation>Вернуть на автомати&amp;ческое место</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Открепить</translation>
    </message>
    <message>
        <source>Release a speaker placed by hand back to the place the rules give (Ctrl+U)</source>
        <translation>Вернуть оратора, размещенного вручную, на место, определяемое правилами (Ctrl+U)</translation>
    </message>
    <message>
        <source>Set &amp;limit…</source>
        <translation>Установить &amp;регламент…</translation>
    </message>
    <message>
        <source>Limit…</source>
        <translation>Регламент…</translation>
    </message>
    <message>
        <source>Set the time limit of the selected speaker, or of the current one (Ctrl+M)</source>
        <translation>Установить регламент для выбранного оратора или для текущего (Ctrl+M)</translation>
    </message>
    <message>
        <source>Set limit for &amp;all remaining…</source>
        <translation>Регламент для вс&amp;ех ожидающих…</translation>
    </message>
    <message>
        <source>Limit for all…</source>
        <translation>Регламент для всех…</translation>
    </message>
    <message>
        <source>Set one time limit for every waiting speaker (Ctrl+Shift+M)</source>
        <translation>Установить единый регламент для всех ожидающих ораторов (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Отказ от выступления</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>The selected speaker withdraws; kept in the record (Shift+Del)</source>
        <translation>Выбранный оратор отказывается от выступления; отметка об этом сохраняется (Shift+Del)</translation>
    </message>
    <message>
        <source>Re&amp;move inscription</source>
        <translation>&amp;Удалить запись</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the selected inscription, made in error (Del)</source>
        <translation>Удалить выбранную запись, сделанную по ошибке (Del)</translation>
    </message>
    <message>
        <source>Meeting &amp;settings…</source>
        <translation>Пара&amp;метры заседания…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Параметры…</translation>
    </message>
    <message>
        <source>Title, schedule, deadline, lists, limits and rules (Ctrl+,)</source>
        <translation>Название, расписание, крайний срок, списки, регламент и правила (Ctrl+,)</translation>
    </message>
    <message>
        <source>&amp;Timekeeper display</source>
        <translation>&amp;Табло хронометриста</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Табло</translation>
    </message>
    <message>
        <source>Show or hide the timekeeper&apos;s big display (Ctrl+T); F11 in it toggles full screen</source>
        <translation>Показать или скрыть большое табло хронометриста (Ctrl+T); F11 на нем включает и выключает полноэкранный режим</translation>
    </message>
    <message>
        <source>&amp;Running order</source>
        <translation>&amp;Порядок выступлений</translation>
    </message>
    <message>
        <source>Running order</source>
        <translation>Порядок выступлений</translation>
    </message>
    <message>
        <source>Show the running order (Ctrl+1)</source>
        <translation>Показать порядок выступлений (Ctrl+1)</translation>
    </message>
    <message>
        <source>&amp;Spoken</source>
        <translation>&amp;Выступившие</translation>
    </message>
    <message>
        <source>Spoken</source>
        <translation>Выступившие</translation>
    </message>
    <message>
        <source>Show who has spoken, for how long, and the overruns (Ctrl+2)</source>
        <translation>Показать, кто выступил, как долго и с каким превышением (Ctrl+2)</translation>
    </message>
    <message>
        <source>&amp;Journal…</source>
        <translation>&amp;Журнал…</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Who did what and when, from this console and every other program that writes the meeting (Ctrl+J)</source>
        <translation>Кто, что и когда сделал — с этого пульта и из любой другой программы, записывающей заседание (Ctrl+J)</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Попробовать &amp;демо</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Попробовать демо</translation>
    </message>
    <message>
        <source>Open a fresh copy of the Security Council meeting of the seed, held today and starting within minutes</source>
        <translation>Открыть новую копию исходного заседания Совета Безопасности, которое проводится сегодня и начинается через несколько минут</translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation>&amp;Клавиши…</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Every key of the console, and its act (F1)</source>
        <translation>Все клавиши пульта и их действия (F1)</translation>
    </message>
    <message>
        <source>&amp;About Rostrum</source>
        <translation>&amp;О программе Rostrum</translation>
    </message>
    <message>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <source>The version and the licence</source>
        <translation>Версия и лицензия</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open recen&amp;t</source>
        <translation>Недавние &amp;файлы</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Clock</source>
        <translation>&amp;Таймер</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Список</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Спр&amp;авка</translation>
    </message>
    <message>
        <source>Export list of speakers in a &amp;language</source>
        <translation>Экспорт списка ораторов на &amp;языке</translation>
    </message>
    <message>
        <source>Please conclude</source>
        <translation>Прошу завершать выступление</translation>
    </message>
    <message>
        <source>Your time is up</source>
        <translation>Ваше время истекло</translation>
    </message>
    <message>
        <source>Please speak more slowly for the interpreters</source>
        <translation>Просьба говорить медленнее для устных переводчиков</translation>
    </message>
    <message>
        <source>Point of &amp;order…</source>
        <translation>Выступление по &amp;порядку ведения заседания…</translation>
    </message>
    <message>
        <source>Point of order
O</source>
        <translation>По порядку ведения
O</translation>
    </message>
    <message>
        <source>A delegation raises a point of order: the speech stops, its time is kept, and the point of order takes the floor (O)</source>
        <translation>Делегация выступает по порядку ведения заседания: выступление останавливается, его время сохраняется, и слово получает выступающий по порядку ведения заседания (O)</translation>
    </message>
    <message>
        <source>&amp;Right of reply…</source>
        <translation>Право на о&amp;твет…</translation>
    </message>
    <message>
        <source>Inscribe a right of reply, heard after the last statement (Ctrl+Shift+R)</source>
        <translation>Записать выступление в порядке осуществления права на ответ; оно заслушивается после последнего заявления (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>&amp;Message to the speaker</source>
        <translation>Сообщение о&amp;ратору</translation>
    </message>
    <message>
        <source>Show “%1” on the timekeeper&apos;s display (F%2)</source>
        <translation>Показать «%1» на табло хронометриста (F%2)</translation>
    </message>
    <message>
        <source>Other &amp;message…</source>
        <translation>Другое &amp;сообщение…</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>Сообщение…</translation>
    </message>
    <message>
        <source>Type a message to show on the timekeeper&apos;s display</source>
        <translation>Ввести сообщение для табло хронометриста</translation>
    </message>
    <message>
        <source>&amp;Clear the message</source>
        <translation>&amp;Убрать сообщение</translation>
    </message>
    <message>
        <source>Clear message
F8</source>
        <translation>Убрать сообщение
F8</translation>
    </message>
    <message>
        <source>Take the message off the timekeeper&apos;s display (F8)</source>
        <translation>Убрать сообщение с табло хронометриста (F8)</translation>
    </message>
    <message>
        <source>Right of reply
Ctrl+Shift+R</source>
        <translation>Право на ответ
Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Share on the &amp;network…</source>
        <translation>&amp;Совместный доступ по сети…</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доступ</translation>
    </message>
    <message>
        <source>Serve the timer, the room&apos;s screens, the booths&apos; and the delegates&apos; pages, and the timekeeper&apos;s and staff&apos;s controls, with a link per role</source>
        <translation>Предоставить таймер, табло в зале, страницы кабин и делегатов, а также управление для хронометриста и секретариата — по ссылке на каждую роль</translation>
    </message>
    <message>
        <source>Open from a &amp;server…</source>
        <translation>Открыть с &amp;сервера…</translation>
    </message>
    <message>
        <source>Open from a server</source>
        <translation>Открыть с сервера</translation>
    </message>
    <message>
        <source>Open a meeting kept on a PostgreSQL server, shared by several consoles</source>
        <translation>Открыть заседание, которое хранится на сервере PostgreSQL и является общим для нескольких пультов</translation>
    </message>
</context>
<context>
    <name>rostrum::ChairWindow</name>
    <message>
        <source>List of speakers written to %1</source>
        <translation>Список ораторов записан в %1</translation>
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
        <translation>Только для чтения — %1</translation>
    </message>
    <message>
        <source>⏳ Waiting to save — %1</source>
        <translation>⏳ Ожидает сохранения — %1</translation>
    </message>
    <message>
        <source>⚠ NOT saved — %1</source>
        <translation>⚠ НЕ сохранено — %1</translation>
    </message>
    <message>
        <source>All changes saved — %1</source>
        <translation>Все изменения сохранены — %1</translation>
    </message>
    <message>
        <source>Next ignored: %1 was called less than a second ago.</source>
        <translation>Команда «Далее» не выполнена: %1 вызван(а) менее секунды назад.</translation>
    </message>
    <message>
        <source>Absent ignored: %1 was called less than a second ago.</source>
        <translation>Команда «Отсутствует» не выполнена: %1 вызван(а) менее секунды назад.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Отменено: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Повторено: %1</translation>
    </message>
    <message>
        <source>Select a speaker in the running order to edit.</source>
        <translation>Выберите оратора в порядке выступлений, чтобы изменить запись.</translation>
    </message>
    <message>
        <source>Select only one speaker to edit.</source>
        <translation>Для изменения выберите только одного оратора.</translation>
    </message>
    <message>
        <source>Select a speaker in the running order to move.</source>
        <translation>Выберите оратора в порядке выступлений, чтобы переместить его.</translation>
    </message>
    <message>
        <source>Select only one speaker to move.</source>
        <translation>Для перемещения выберите только одного оратора.</translation>
    </message>
    <message>
        <source>%1 is already first on the list.</source>
        <translation>%1 уже стоит первым в списке.</translation>
    </message>
    <message>
        <source>%1 is already last on the list.</source>
        <translation>%1 уже стоит последним в списке.</translation>
    </message>
    <message>
        <source>Select two speakers (Ctrl+click the second) to exchange their places.</source>
        <translation>Выберите двух ораторов (второго — щелчком с Ctrl), чтобы поменять их местами.</translation>
    </message>
    <message>
        <source>Select a speaker placed by hand to return them to their automatic place.</source>
        <translation>Выберите оратора, размещенного вручную, чтобы вернуть его на автоматическое место.</translation>
    </message>
    <message>
        <source>Select the speaker who withdraws.</source>
        <translation>Выберите оратора, который отказывается от выступления.</translation>
    </message>
    <message>
        <source>Select the inscription to remove.</source>
        <translation>Выберите запись, которую нужно удалить.</translation>
    </message>
    <message>
        <source>“%1” is not a time limit. Write minutes and seconds, such as 3:00.</source>
        <translation>«%1» не является регламентом. Укажите минуты и секунды, например 3:00.</translation>
    </message>
    <message>
        <source>Select one speaker whose limit to set.</source>
        <translation>Выберите одного оратора, для которого нужно установить регламент.</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Регламент</translation>
    </message>
    <message>
        <source>Time limit for %1 (minutes:seconds):</source>
        <translation>Регламент для %1 (минуты:секунды):</translation>
    </message>
    <message>
        <source>&amp;Pause clock</source>
        <translation>&amp;Приостановить таймер</translation>
    </message>
    <message>
        <source>Pause
Space</source>
        <translation>Пауза
Space</translation>
    </message>
    <message>
        <source>Re&amp;sume clock</source>
        <translation>&amp;Возобновить таймер</translation>
    </message>
    <message>
        <source>&amp;Start clock</source>
        <translation>&amp;Запустить таймер</translation>
    </message>
    <message>
        <source>&amp;Start: call the first speaker</source>
        <translation>&amp;Начать: вызвать первого оратора</translation>
    </message>
    <message>
        <source>Resume
Space</source>
        <translation>Продолжить
Space</translation>
    </message>
    <message>
        <source>Start
Space</source>
        <translation>Пуск
Space</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <source>Nothing to undo (Ctrl+Z)</source>
        <translation>Нечего отменять (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Отменить: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <source>Nothing to redo (Ctrl+Shift+Z)</source>
        <translation>Нечего повторять (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Повторить: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Re&amp;open the list</source>
        <translation>Вновь открыть с&amp;писок</translation>
    </message>
    <message>
        <source>&amp;Close the list</source>
        <translation>Закрыть с&amp;писок</translation>
    </message>
    <message>
        <source>Reopen list
Ctrl+L</source>
        <translation>Открыть список
Ctrl+L</translation>
    </message>
    <message>
        <source>Close list
Ctrl+L</source>
        <translation>Закрыть список
Ctrl+L</translation>
    </message>
    <message>
        <source>Rostrum meetings (*.rostrum);;All files (*)</source>
        <translation>Заседания Rostrum (*.rostrum);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot open the meeting</source>
        <translation>Не удается открыть заседание</translation>
    </message>
    <message>
        <source>%1 cannot be opened.

%2</source>
        <translation>Не удается открыть %1.

%2</translation>
    </message>
    <message>
        <source>Open a meeting</source>
        <translation>Открыть заседание</translation>
    </message>
    <message>
        <source>New meeting file</source>
        <translation>Новый файл заседания</translation>
    </message>
    <message>
        <source>meeting.rostrum</source>
        <translation>заседание.rostrum</translation>
    </message>
    <message>
        <source>New meeting: settings</source>
        <translation>Новое заседание: параметры</translation>
    </message>
    <message>
        <source>Briefers inscribed</source>
        <translation>Докладчики записаны в список</translation>
    </message>
    <message>
        <source>The briefers cannot be inscribed: %1</source>
        <translation>Не удается записать докладчиков в список: %1</translation>
    </message>
    <message>
        <source>No recent meetings</source>
        <translation>Нет недавних заседаний</translation>
    </message>
    <message>
        <source>Cannot open the demo</source>
        <translation>Не удается открыть демо</translation>
    </message>
    <message>
        <source>The demo meeting cannot be written: %1</source>
        <translation>Не удается записать демонстрационное заседание: %1</translation>
    </message>
    <message>
        <source>The demo meeting is missing an inscription: %1</source>
        <translation>В демонстрационном заседании отсутствует запись: %1</translation>
    </message>
    <message>
        <source>“%1” was typed into the inscription line, not taken as %2: while you type, keys write. Escape on the empty line goes back to the list.</source>
        <translation>«%1» введено в строку записи, а не воспринято как %2: во время ввода клавиши печатают текст. Клавиша Escape в пустой строке возвращает к списку.</translation>
    </message>
    <message>
        <source>“%1” just before the typing was taken as %2; if it was the first letter of a name, press Undo.</source>
        <translation>«%1» непосредственно перед вводом было воспринято как %2; если это была первая буква имени, нажмите «Отменить».</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>По порядку ведения заседания</translation>
    </message>
    <message>
        <source>The speech at the rostrum stops and keeps its time; the point of order takes the floor. Next gives the floor back.</source>
        <translation>Выступление на трибуне останавливается и сохраняет свое время; слово получает выступающий по порядку ведения заседания. «Далее» возвращает слово.</translation>
    </message>
    <message>
        <source>Right of reply</source>
        <translation>Право на ответ</translation>
    </message>
    <message>
        <source>Replies are heard after the last statement, in the order asked.</source>
        <translation>Ответы заслушиваются после последнего заявления в порядке поступления просьб.</translation>
    </message>
    <message>
        <source>Message to the speaker</source>
        <translation>Сообщение оратору</translation>
    </message>
    <message>
        <source>Shown large on the timekeeper&apos;s display until cleared or the next speaker is called:</source>
        <translation>Показывается крупно на табло хронометриста, пока его не уберут или не будет вызван следующий оратор:</translation>
    </message>
    <message>
        <source>Open a meeting first: there is nothing to share.</source>
        <translation>Сначала откройте заседание: пока нечего предоставлять.</translation>
    </message>
    <message>
        <source>Shared on %1.</source>
        <translation>Доступ открыт по адресу %1.</translation>
    </message>
    <message>
        <source>No longer shared on the network.</source>
        <translation>Доступ по сети закрыт.</translation>
    </message>
    <message>
        <source>Revoke links</source>
        <translation>Отозвать ссылки</translation>
    </message>
    <message>
        <source>Every link given out so far will stop working, and the pages open with them will close. The new links must be given again to the timekeeper, staff and screens. Revoke them?</source>
        <translation>Все выданные до сих пор ссылки перестанут работать, а открытые по ним страницы закроются. Новые ссылки нужно будет заново передать хронометристу, секретариату и на табло. Отозвать ссылки?</translation>
    </message>
    <message>
        <source>New links made: the old ones no longer work.</source>
        <translation>Созданы новые ссылки: старые больше не работают.</translation>
    </message>
    <message>
        <source>timekeeper</source>
        <translation>хронометрист</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>секретариат</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>читатель</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>The password of %1 on %2:</source>
        <translation>Пароль пользователя %1 для %2:</translation>
    </message>
    <message>
        <source>%1 — %2, as %3 — Rostrum</source>
        <translation>%1 — %2, роль: %3 — Rostrum</translation>
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
        <translation>&amp;Звуковые сигналы</translation>
    </message>
    <message>
        <source>At the &amp;warning and at zero, on this console</source>
        <translation>При &amp;предупреждении и на нуле, на этом пульте</translation>
    </message>
    <message>
        <source>Chime on this console when the speaker reaches the warning and when their time is up</source>
        <translation>Подавать звуковой сигнал на этом пульте, когда оратор доходит до предупреждения и когда его время истекает</translation>
    </message>
    <message>
        <source>In this &amp;meeting, at every console</source>
        <translation>На этом &amp;заседании, на всех пультах</translation>
    </message>
    <message>
        <source>Whether this meeting chimes at all, at every console that runs it; saved in the meeting file, and undone like any act</source>
        <translation>Подает ли это заседание звуковые сигналы вообще, на всех пультах, где оно ведется; сохраняется в файле заседания и отменяется, как любое действие</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Громкость</translation>
    </message>
    <message>
        <source>&amp;%1 %</source>
        <translation>&amp;%1 %</translation>
    </message>
</context>
<context>
    <name>rostrum::ChimePlayer</name>
    <message>
        <source>No sound output: the chimes are off on this console.</source>
        <translation>Нет вывода звука: звуковые сигналы на этом пульте отключены.</translation>
    </message>
</context>
<context>
    <name>rostrum::ClockStepWatch</name>
    <message>
        <source>%1 days</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <source>The computer&apos;s clock was set back by %1; the speech clocks kept true time.</source>
        <translation>Часы компьютера были переведены назад на %1; таймеры выступлений сохранили точное время.</translation>
    </message>
    <message>
        <source>The computer&apos;s clock was set forward by %1; the speech clocks kept true time.</source>
        <translation>Часы компьютера были переведены вперед на %1; таймеры выступлений сохранили точное время.</translation>
    </message>
    <message>
        <source>The computer&apos;s clock is %1 behind this meeting&apos;s record: the speech clocks count on from the record, not from the computer&apos;s clock. Set the computer&apos;s clock right.</source>
        <translation>Часы компьютера отстают на %1 от записей этого заседания: таймеры выступлений ведут отсчет от записей, а не от часов компьютера. Установите правильное время на компьютере.</translation>
    </message>
</context>
<context>
    <name>rostrum::ConsoleHeartbeat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>Resumed: %1, %2 over the limit</source>
        <translation>Возобновлено: %1, превышение регламента %2</translation>
    </message>
    <message>
        <source>Resumed: %1, %2 left</source>
        <translation>Возобновлено: %1, осталось %2</translation>
    </message>
    <message>
        <source>Resumed: %1, %2 over the limit; the console was closed for %3</source>
        <translation>Возобновлено: %1, превышение регламента %2; пульт был закрыт в течение %3</translation>
    </message>
    <message>
        <source>Resumed: %1, %2 left; the console was closed for %3</source>
        <translation>Возобновлено: %1, осталось %2; пульт был закрыт в течение %3</translation>
    </message>
</context>
<context>
    <name>rostrum::CountdownReadout</name>
    <message>
        <source>Remaining speaking time</source>
        <translation>Оставшееся время выступления</translation>
    </message>
    <message>
        <source>PAUSED — %1</source>
        <translation>ПАУЗА — %1</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>ГОТОВО</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>ПАУЗА</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>ВНИМАНИЕ</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ВРЕМЯ</translation>
    </message>
    <message>
        <source>OVERTIME</source>
        <translation>ПРЕВЫШЕНИЕ</translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation>ЗАВЕРШЕНО</translation>
    </message>
</context>
<context>
    <name>rostrum::CsvReader</name>
    <message>
        <source>There is text after the closing quote of field %1; a quote inside a quoted field is written twice (&quot;&quot;).</source>
        <translation>После закрывающей кавычки поля %1 есть текст; кавычка внутри поля в кавычках пишется дважды (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Field %1 contains a quote (&quot;) but does not start with one; put the whole field in quotes and write the quote twice (&quot;&quot;).</source>
        <translation>Поле %1 содержит кавычку (&quot;), но не начинается с нее; заключите все поле в кавычки и напишите кавычку дважды (&quot;&quot;).</translation>
    </message>
    <message>
        <source>A quoted field starts on this line and its closing quote is missing, so the rest of the file cannot be read.</source>
        <translation>В этой строке начинается поле в кавычках, но закрывающая кавычка отсутствует, поэтому остальную часть файла прочитать невозможно.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text: it looks like UTF-16 without a byte-order mark, or not text at all. Save it as “CSV UTF-8” or “Unicode text”.</source>
        <translation>Файл не является текстом UTF-8: похоже, это UTF-16 без метки порядка байтов или вообще не текст. Сохраните его как «CSV UTF-8» или «Текст в Юникоде».</translation>
    </message>
    <message>
        <source>The file is cut off in the middle of a UTF-16 character. Save it again from the spreadsheet.</source>
        <translation>Файл обрывается посреди символа UTF-16. Сохраните его заново из электронной таблицы.</translation>
    </message>
    <message>
        <source>The file is not valid %1 text here. Save it from the spreadsheet as “CSV UTF-8” or “Unicode text”.</source>
        <translation>В этом месте файл не является допустимым текстом %1. Сохраните его из электронной таблицы как «CSV UTF-8» или «Текст в Юникоде».</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Файл %1 не найден.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file of inscriptions.</source>
        <translation>%1 — это папка, а не файл записей.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, a pipe or a socket); save the inscriptions as a CSV file and import that.</source>
        <translation>%1 не является обычным файлом (это устройство, канал или сокет); сохраните записи в файле CSV и импортируйте его.</translation>
    </message>
    <message>
        <source>%1 is the open meeting file (or its journal), not a file of inscriptions.</source>
        <translation>%1 — это открытый файл заседания (или его журнал), а не файл записей.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; an inscription file is at most %3 MB. Is it the right file?</source>
        <translation>Размер %1 — %2 МБ; файл записей не может превышать %3 МБ. Это правильный файл?</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Не удается прочитать файл: %1.</translation>
    </message>
    <message>
        <source>%1 grew past %2 MB while it was read; import it again once it is saved.</source>
        <translation>Во время чтения %1 превысил %2 МБ; импортируйте его снова после сохранения.</translation>
    </message>
</context>
<context>
    <name>rostrum::DelegationListEdit</name>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Type a delegation, e.g. Ghana, and press Enter</source>
        <translation>Введите делегацию, например Гана, и нажмите Enter</translation>
    </message>
    <message>
        <source>Delete removes the chosen delegation</source>
        <translation>Клавиша Delete удаляет выбранную делегацию</translation>
    </message>
    <message>
        <source>“%1” is not in the directory of delegations. Press Enter again to add it as typed.</source>
        <translation>«%1» нет в справочнике делегаций. Нажмите Enter еще раз, чтобы добавить как введено.</translation>
    </message>
    <message>
        <source>“%1” is not in the directory of delegations (did you mean %2?). Press Enter again to add it as typed.</source>
        <translation>«%1» нет в справочнике делегаций (возможно, имелось в виду %2?). Нажмите Enter еще раз, чтобы добавить как введено.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 уже есть в списке.</translation>
    </message>
    <message>
        <source>%1: type a delegation to add</source>
        <translation>%1: введите делегацию, чтобы добавить ее</translation>
    </message>
</context>
<context>
    <name>rostrum::EntryDialog</name>
    <message>
        <source>Automatic (from the meeting&apos;s lists)</source>
        <translation>Автоматически (по спискам заседания)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>How many delegations the statement is made for; two or more give the priority of a group statement.</source>
        <translation>Число делегаций, от имени которых делается заявление; при двух и более предоставляется приоритет группового заявления.</translation>
    </message>
    <message>
        <source>Empty for a national statement</source>
        <translation>Пусто для национального заявления</translation>
    </message>
    <message>
        <source>M:SS, empty for the category&apos;s limit</source>
        <translation>М:СС, пусто — регламент категории</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>&amp;Делегация:</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>О&amp;ратор:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Дол&amp;жность:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Уровень:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>On &amp;behalf of:</source>
        <translation>&amp;От имени:</translation>
    </message>
    <message>
        <source>&amp;Group size:</source>
        <translation>Ра&amp;змер группы:</translation>
    </message>
    <message>
        <source>Time li&amp;mit:</source>
        <translation>Ре&amp;гламент:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Примечания:</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Изменить: %1</translation>
    </message>
    <message>
        <source>New inscription</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <source>“%1” is not a time limit. Write minutes and seconds, such as 3:00.</source>
        <translation>«%1» не является регламентом. Укажите минуты и секунды, например 3:00.</translation>
    </message>
    <message>
        <source>This inscription is no longer on the list; it was removed meanwhile.</source>
        <translation>Этой записи больше нет в списке; тем временем она была удалена.</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>&amp;Язык:</translation>
    </message>
</context>
<context>
    <name>rostrum::EntryKind</name>
    <message>
        <source>Statement</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>По порядку ведения заседания</translation>
    </message>
    <message>
        <source>Right of reply</source>
        <translation>Право на ответ</translation>
    </message>
</context>
<context>
    <name>rostrum::ExportActions</name>
    <message>
        <source>The report is written as PDF or CSV.</source>
        <translation>Отчет записывается в формате PDF или CSV.</translation>
    </message>
    <message>
        <source>PDF for printing (*.pdf)</source>
        <translation>PDF для печати (*.pdf)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV для электронных таблиц (*.csv)</translation>
    </message>
    <message>
        <source>Web page (*.html *.htm)</source>
        <translation>Веб-страница (*.html *.htm)</translation>
    </message>
    <message>
        <source>List of speakers %1.pdf</source>
        <translation>Список ораторов %1.pdf</translation>
    </message>
    <message>
        <source>Export the list of speakers</source>
        <translation>Экспорт списка ораторов</translation>
    </message>
    <message>
        <source>The list of speakers was not exported. %1</source>
        <translation>Список ораторов не экспортирован. %1</translation>
    </message>
</context>
<context>
    <name>rostrum::FloorRequestDialog</name>
    <message>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Оратор</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>&amp;Делегация:</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Оратор:</translation>
    </message>
</context>
<context>
    <name>rostrum::ImportDialog</name>
    <message>
        <source>&amp;Skip refused rows and import the others</source>
        <translation>&amp;Пропустить отклоненные строки и импортировать остальные</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Import inscriptions from %1</source>
        <translation>Импорт записей из %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Оратор</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Поздно</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Import inscriptions</source>
        <translation>Импорт записей</translation>
    </message>
    <message>
        <source>Spreadsheet text (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Текст электронной таблицы (*.csv *.tsv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>late</source>
        <translation>поздно</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Отклонено: %1</translation>
    </message>
    <message>
        <source>This file cannot be imported.</source>
        <translation>Этот файл не может быть импортирован.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be imported, %1 of them late.</source>
        <translation>
            <numerusform>Будет импортирована %n строка, из них поздних: %1.</numerusform>
            <numerusform>Будут импортированы %n строки, из них поздних: %1.</numerusform>
            <numerusform>Будет импортировано %n строк, из них поздних: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be imported, %1 of them late; %2 refused row(s) will be skipped.</source>
        <translation>
            <numerusform>Будет импортирована %n строка, из них поздних: %1; отклоненные строки будут пропущены: %2.</numerusform>
            <numerusform>Будут импортированы %n строки, из них поздних: %1; отклоненные строки будут пропущены: %2.</numerusform>
            <numerusform>Будет импортировано %n строк, из них поздних: %1; отклоненные строки будут пропущены: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused. Nothing is imported while a row is refused: fix the file, or skip the refused rows to import the other %1.</source>
        <translation>
            <numerusform>Отклонена %n строка. Пока есть отклоненные строки, ничего не импортируется: исправьте файл или пропустите отклоненные строки, чтобы импортировать остальные (%1).</numerusform>
            <numerusform>Отклонены %n строки. Пока есть отклоненные строки, ничего не импортируется: исправьте файл или пропустите отклоненные строки, чтобы импортировать остальные (%1).</numerusform>
            <numerusform>Отклонено %n строк. Пока есть отклоненные строки, ничего не импортируется: исправьте файл или пропустите отклоненные строки, чтобы импортировать остальные (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows of the file, each with what becomes of it</source>
        <translation>Строки файла и что будет с каждой из них</translation>
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
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>rostrum::InscriptionColumns</name>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The header has no “delegation” column; it is required.</source>
        <translation>В заголовке нет столбца «delegation»; он обязателен.</translation>
    </message>
    <message>
        <source>The header names columns that Rostrum does not import: %1. Rename or delete them; the columns are %2.</source>
        <translation>В заголовке указаны столбцы, которые Rostrum не импортирует: %1. Переименуйте или удалите их; допустимые столбцы: %2.</translation>
    </message>
    <message>
        <source>The header names a column twice: %1. Keep one.</source>
        <translation>В заголовке дважды указан столбец: %1. Оставьте один.</translation>
    </message>
    <message>
        <source>Column %1 has no name in the header but holds %2 here. Name the column or empty it.</source>
        <translation>У столбца %1 нет имени в заголовке, но здесь он содержит %2. Дайте столбцу имя или очистите его.</translation>
    </message>
    <message>
        <source>%1 is not a category. Use %2.</source>
        <translation>%1 не является категорией. Используйте %2.</translation>
    </message>
    <message>
        <source>%1 is not a level. Use %2.</source>
        <translation>%1 не является уровнем. Используйте %2.</translation>
    </message>
    <message>
        <source>%1 is not one of the six UN languages. Use %2.</source>
        <translation>%1 не является одним из шести языков ООН. Используйте %2.</translation>
    </message>
    <message>
        <source>%1 is not a date and time. Write YYYY-MM-DD HH:MM in the meeting&apos;s time zone, or ISO 8601 with an offset (2023-05-23T16:00-04:00).</source>
        <translation>%1 не является датой и временем. Укажите ГГГГ-ММ-ДД ЧЧ:ММ в часовом поясе заседания или ISO 8601 со смещением (2023-05-23T16:00-04:00).</translation>
    </message>
    <message>
        <source>%1 is not a time limit. Write minutes and seconds, like 3:00 or 2:30.</source>
        <translation>%1 не является регламентом. Укажите минуты и секунды, например 3:00 или 2:30.</translation>
    </message>
    <message>
        <source>%1 is not a group size. Write how many delegations the group has, as a whole number.</source>
        <translation>%1 не является размером группы. Укажите целым числом, сколько делегаций входит в группу.</translation>
    </message>
    <message>
        <source>A group size of %1 is given, but on_behalf_of is empty. Name the group the statement is made for.</source>
        <translation>Указан размер группы %1, но поле on_behalf_of пусто. Укажите группу, от имени которой делается заявление.</translation>
    </message>
    <message>
        <source>The statement on behalf of %1 needs a group_size: how many delegations the group has.</source>
        <translation>Для заявления от имени %1 требуется group_size: число делегаций в группе.</translation>
    </message>
</context>
<context>
    <name>rostrum::InscriptionImport</name>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>%1 is inscribed twice in this file (also line %2).</source>
        <translation>%1 записан(а) в этом файле дважды (также строка %2).</translation>
    </message>
    <message>
        <source>%1 is inscribed twice in this file in its national capacity (also line %2).</source>
        <translation>%1 записан(а) в этом файле дважды в национальном качестве (также строка %2).</translation>
    </message>
    <message>
        <source>%1 is inscribed twice in this file on behalf of %2 (also line %3).</source>
        <translation>%1 записан(а) в этом файле дважды от имени %2 (также строка %3).</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row (delegation, speaker, …) and one row per inscription.</source>
        <translation>Файл пуст: в нем должна быть строка заголовка (delegation, speaker, …) и по одной строке на каждую запись.</translation>
    </message>
    <message>
        <source>The file has a header but no inscriptions.</source>
        <translation>В файле есть заголовок, но нет записей.</translation>
    </message>
    <message>
        <source>This row has %1 fields but the header has %2 columns. A value that holds the delimiter must be in quotes.</source>
        <translation>В этой строке %1 полей, а в заголовке %2 столбцов. Значение, содержащее разделитель, должно быть заключено в кавычки.</translation>
    </message>
    <message numerus="yes">
        <source>%n inscription(s) imported from %1</source>
        <translation>
            <numerusform>%n запись импортирована из %1</numerusform>
            <numerusform>%n записи импортированы из %1</numerusform>
            <numerusform>%n записей импортировано из %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No row can be imported; nothing was written.</source>
        <translation>Ни одну строку импортировать невозможно; ничего не записано.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused; nothing was imported.</source>
        <translation>
            <numerusform>Отклонена %n строка; ничего не импортировано.</numerusform>
            <numerusform>Отклонены %n строки; ничего не импортировано.</numerusform>
            <numerusform>Отклонено %n строк; ничего не импортировано.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rostrum::InscriptionLine</name>
    <message>
        <source>Inscribe</source>
        <translation>Записать</translation>
    </message>
    <message>
        <source>&amp;Inscribe:</source>
        <translation>&amp;Записать:</translation>
    </message>
    <message>
        <source>Delegation, e.g. Latvia (Enter inscribes)</source>
        <translation>Делегация, например Латвия (Enter — записать)</translation>
    </message>
    <message>
        <source>Speaker (optional)</source>
        <translation>Оратор (необязательно)</translation>
    </message>
    <message>
        <source>Category: automatic</source>
        <translation>Категория: автоматически</translation>
    </message>
    <message>
        <source>Leave on automatic for States; choose Briefer or Other for speakers who are not in the directory of delegations.</source>
        <translation>Для государств оставьте «автоматически»; для ораторов, которых нет в справочнике делегаций, выберите «Докладчик» или «Другое».</translation>
    </message>
    <message>
        <source>%1 inscribed at no. %2, marked late.</source>
        <translation>%1 записан(а) под № %2 с пометкой «поздно».</translation>
    </message>
    <message>
        <source>%1 inscribed at no. %2.</source>
        <translation>%1 записан(а) под № %2.</translation>
    </message>
    <message>
        <source>Speaker&apos;s name, optional</source>
        <translation>Имя оратора, необязательно</translation>
    </message>
</context>
<context>
    <name>rostrum::InscriptionRules</name>
    <message>
        <source>A delegation is required.</source>
        <translation>Требуется указать делегацию.</translation>
    </message>
    <message>
        <source>A time limit must be longer than zero.</source>
        <translation>Регламент должен быть больше нуля.</translation>
    </message>
    <message>
        <source>The time limit %1 is longer than 24 hours (%2), the longest a limit can be.</source>
        <translation>Регламент %1 превышает 24 часа (%2) — максимально допустимый регламент.</translation>
    </message>
    <message>
        <source>“%1” is not one of the six UN languages (ar, zh, en, fr, ru, es).</source>
        <translation>«%1» не является одним из шести языков ООН (ar, zh, en, fr, ru, es).</translation>
    </message>
    <message>
        <source>The group size cannot be negative.</source>
        <translation>Размер группы не может быть отрицательным.</translation>
    </message>
    <message>
        <source>A group statement needs the name of the group it is made on behalf of.</source>
        <translation>Для группового заявления требуется название группы, от имени которой оно делается.</translation>
    </message>
    <message>
        <source>“%1” is not in the directory of delegations.</source>
        <translation>«%1» нет в справочнике делегаций.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Возможно, имелось в виду %1?</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>For a briefer, an NGO or another non-State speaker, choose the category briefer or other.</source>
        <translation>Для докладчика, НПО или другого оратора, не являющегося государством, выберите категорию «Докладчик» или «Другое».</translation>
    </message>
    <message>
        <source>“%1” is not in the directory of delegations, so its category cannot be inferred. Choose the category (briefer or other for non-State speakers).</source>
        <translation>«%1» нет в справочнике делегаций, поэтому определить категорию невозможно. Выберите категорию («Докладчик» или «Другое» для ораторов, не являющихся государствами).</translation>
    </message>
    <message>
        <source>no. %1 on the list</source>
        <translation>№ %1 в списке</translation>
    </message>
    <message>
        <source>%1 is already inscribed (entry #%2, %3). The same speaker cannot be inscribed twice.</source>
        <translation>%1 уже записан(а) (запись № %2, %3). Один и тот же оратор не может быть записан дважды.</translation>
    </message>
    <message>
        <source>%1 is already inscribed in its national capacity (entry #%2, %3). A delegation may speak once nationally and once on behalf of a group.</source>
        <translation>%1 уже записан(а) в национальном качестве (запись № %2, %3). Делегация может выступить один раз в национальном качестве и один раз от имени группы.</translation>
    </message>
    <message>
        <source>%1 is already inscribed on behalf of %2 (entry #%3, %4).</source>
        <translation>%1 уже записан(а) от имени %2 (запись № %3, %4).</translation>
    </message>
</context>
<context>
    <name>rostrum::JournalModel</name>
    <message>
        <source>↶ undone</source>
        <translation>↶ отменено</translation>
    </message>
    <message>
        <source>Undone since: it no longer applies to the list</source>
        <translation>С тех пор отменено: больше не относится к списку</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Отменено</translation>
    </message>
</context>
<context>
    <name>rostrum::JournalWindow</name>
    <message>
        <source>Journal — %1</source>
        <translation>Журнал — %1</translation>
    </message>
    <message>
        <source>Every act on this meeting, newest first, from this console and any other program that writes it. Times are the meeting&apos;s (%1).</source>
        <translation>Все действия по этому заседанию, сначала новые, с этого пульта и из любой другой программы, записывающей его. Время указано по часовому поясу заседания (%1).</translation>
    </message>
    <message>
        <source>Acts kept in memory, not in the journal until they are saved: %1.</source>
        <translation>Действия, хранящиеся в памяти и не попадающие в журнал до сохранения: %1.</translation>
    </message>
    <message>
        <source>Journal: every act on the meeting, newest last</source>
        <translation>Журнал: все действия по заседанию, новые в конце</translation>
    </message>
</context>
<context>
    <name>rostrum::KeyTable</name>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
</context>
<context>
    <name>rostrum::KeysDialog</name>
    <message>
        <source>Keys — Rostrum</source>
        <translation>Клавиши — Rostrum</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Клавиша</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys of the console</source>
        <translation>Клавиши пульта</translation>
    </message>
    <message>
        <source>Single keys never act while someone types in a text field.</source>
        <translation>Одиночные клавиши не действуют, пока в текстовое поле вводится текст.</translation>
    </message>
</context>
<context>
    <name>rostrum::LanguageChoice</name>
    <message>
        <source>--language “%1” is not a language Rostrum speaks; it speaks %2</source>
        <translation>--language: языка «%1» в Rostrum нет; доступные языки: %2</translation>
    </message>
</context>
<context>
    <name>rostrum::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Системный язык</translation>
    </message>
    <message>
        <source>From its next start the console will follow the system&apos;s language, %1; the windows open now keep their language until then.</source>
        <translation>После следующего запуска пульт будет использовать системный язык (%1); открытые сейчас окна до тех пор сохранят свой язык.</translation>
    </message>
    <message>
        <source>From its next start the console will speak %1; the windows open now keep their language until then.</source>
        <translation>После следующего запуска пульт будет работать на языке: %1; открытые сейчас окна до тех пор сохранят свой язык.</translation>
    </message>
</context>
<context>
    <name>rostrum::LimitForAllDialog</name>
    <message>
        <source>Also for speakers &amp;inscribed later</source>
        <translation>Также для ораторов, &amp;записанных позже</translation>
    </message>
    <message>
        <source>Time limit for all remaining speakers</source>
        <translation>Регламент для всех оставшихся ораторов</translation>
    </message>
    <message>
        <source>Time limit for every waiting speaker</source>
        <translation>Регламент для каждого ожидающего оратора</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Limit for the %n waiting speaker(s) (minutes:seconds):</source>
        <translation>
            <numerusform>&amp;Регламент для %n ожидающего оратора (минуты:секунды):</numerusform>
            <numerusform>&amp;Регламент для %n ожидающих ораторов (минуты:секунды):</numerusform>
            <numerusform>&amp;Регламент для %n ожидающих ораторов (минуты:секунды):</numerusform>
        </translation>
    </message>
    <message>
        <source>The limits of the waiting speakers&apos; categories change too</source>
        <translation>Регламент категорий ожидающих ораторов тоже меняется</translation>
    </message>
    <message>
        <source>“%1” is not a time limit. Write minutes and seconds, such as 3:00.</source>
        <translation>«%1» не является регламентом. Укажите минуты и секунды, например 3:00.</translation>
    </message>
</context>
<context>
    <name>rostrum::ListExport</name>
    <message>
        <source>%1, on behalf of %2</source>
        <translation>%1 от имени %2</translation>
    </message>
    <message>
        <source>List of speakers: %1</source>
        <translation>Список ораторов: %1</translation>
    </message>
    <message>
        <source>List of speakers</source>
        <translation>Список ораторов</translation>
    </message>
    <message>
        <source>Projected times as of %1, assuming that every speaker keeps to the time limit (%2 unless stated otherwise).</source>
        <translation>Расчетное время на %1 при условии, что каждый оратор соблюдает регламент (%2, если не указано иное).</translation>
    </message>
    <message>
        <source>No one is inscribed on the list.</source>
        <translation>В списке никто не записан.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <source>Speaker and title</source>
        <translation>Оратор и должность</translation>
    </message>
    <message>
        <source>Projected time</source>
        <translation>Расчетное время</translation>
    </message>
    <message>
        <source>Speaking now</source>
        <translation>Выступает сейчас</translation>
    </message>
    <message>
        <source>on behalf of %1</source>
        <translation>от имени %1</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>регламент %1</translation>
    </message>
    <message>
        <source>Projected end: %1.</source>
        <translation>Расчетное окончание: %1.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>rostrum::ListInvariants</name>
    <message>
        <source>negative accumulated pause</source>
        <translation>отрицательная суммарная пауза</translation>
    </message>
    <message>
        <source>started after the newest act</source>
        <translation>начато после последнего действия</translation>
    </message>
    <message>
        <source>paused before it started</source>
        <translation>приостановлено до начала</translation>
    </message>
    <message>
        <source>a pause recorded on a clock that never started</source>
        <translation>пауза записана на таймере, который не запускался</translation>
    </message>
    <message>
        <source>speaking time %1 ms out of range</source>
        <translation>время выступления %1 мс вне допустимого диапазона</translation>
    </message>
    <message>
        <source>a negative time limit</source>
        <translation>отрицательный регламент</translation>
    </message>
    <message>
        <source>keeps a speech clock off the rostrum</source>
        <translation>таймер выступления работает для оратора не на трибуне</translation>
    </message>
    <message>
        <source>speaking, but the speech has ended</source>
        <translation>выступает, но выступление завершено</translation>
    </message>
    <message>
        <source>spoke, but the speech never ended</source>
        <translation>выступил, но выступление не было завершено</translation>
    </message>
    <message>
        <source>ended before it started</source>
        <translation>завершено до начала</translation>
    </message>
    <message>
        <source>entry #%1 is filed under #%2</source>
        <translation>запись № %1 внесена под № %2</translation>
    </message>
    <message>
        <source>%1 speakers at the rostrum at once</source>
        <translation>одновременно на трибуне ораторов: %1</translation>
    </message>
    <message>
        <source>the current speaker disagrees with the statuses</source>
        <translation>текущий оратор не соответствует статусам</translation>
    </message>
    <message>
        <source> is in the running order</source>
        <translation> находится в порядке выступлений</translation>
    </message>
    <message>
        <source> is in the running order twice</source>
        <translation> дважды находится в порядке выступлений</translation>
    </message>
    <message>
        <source> shares its place key with another</source>
        <translation> имеет тот же ключ места, что и другая запись</translation>
    </message>
    <message>
        <source>the numbered places disagree with the running order</source>
        <translation>нумерация мест не соответствует порядку выступлений</translation>
    </message>
    <message>
        <source>the places do not run from 1 to %1</source>
        <translation>места не идут по порядку от 1 до %1</translation>
    </message>
    <message>
        <source>%1 waiting, but %2 in the running order</source>
        <translation>ожидают %1, но в порядке выступлений %2</translation>
    </message>
    <message>
        <source>interrupted, but the speech has ended</source>
        <translation>прерван, но выступление завершено</translation>
    </message>
    <message>
        <source>interrupted, but its clock runs</source>
        <translation>прерван, но его таймер идет</translation>
    </message>
    <message>
        <source>%1 speeches interrupted at once</source>
        <translation>одновременно прервано выступлений: %1</translation>
    </message>
    <message>
        <source>a speech is interrupted, but no point of order has the floor</source>
        <translation>выступление прервано, но никто не выступает по порядку ведения заседания</translation>
    </message>
</context>
<context>
    <name>rostrum::ListOfSpeakersPdf</name>
    <message>
        <source>on behalf of %1</source>
        <translation>от имени %1</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>регламент %1</translation>
    </message>
    <message>
        <source>List of speakers</source>
        <translation>Список ораторов</translation>
    </message>
    <message>
        <source>List of speakers: %1</source>
        <translation>Список ораторов: %1</translation>
    </message>
    <message>
        <source>Projected times as of %1, assuming that every speaker keeps to the time limit (%2 unless stated otherwise).</source>
        <translation>Расчетное время на %1 при условии, что каждый оратор соблюдает регламент (%2, если не указано иное).</translation>
    </message>
    <message>
        <source>No one is inscribed on the list.</source>
        <translation>В списке никто не записан.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <source>Speaker and title</source>
        <translation>Оратор и должность</translation>
    </message>
    <message>
        <source>Projected time</source>
        <translation>Расчетное время</translation>
    </message>
    <message>
        <source>Speaking now</source>
        <translation>Выступает сейчас</translation>
    </message>
    <message>
        <source>Projected end: %1.</source>
        <translation>Расчетное окончание: %1.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>rostrum::MainFileWatch</name>
    <message>
        <source>the meeting file %1 has been overwritten in place and is no longer a meeting (%2); nothing more is written to it</source>
        <translation>файл заседания %1 был перезаписан на месте и больше не является заседанием (%2); запись в него прекращена</translation>
    </message>
    <message>
        <source>another meeting file (another meeting, or a backup) has been copied over the meeting file %1; nothing more is written to it</source>
        <translation>поверх файла заседания %1 скопирован другой файл заседания (другое заседание или резервная копия); запись в него прекращена</translation>
    </message>
    <message>
        <source>an older copy of this meeting has been copied over the meeting file %1; nothing more is written to it</source>
        <translation>поверх файла заседания %1 скопирована более старая копия этого заседания; запись в него прекращена</translation>
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
        <translation>СПИСОК ЗАКРЫТ</translation>
    </message>
    <message>
        <source>Now %1</source>
        <translation>Сейчас %1</translation>
    </message>
    <message>
        <source>Elapsed %1 since %2</source>
        <translation>Прошло %1 с %2</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Не начато</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>Ожидают: %1</translation>
    </message>
    <message>
        <source>⚠ Projected end %1 (%2)</source>
        <translation>⚠ Расчетное окончание %1 (%2)</translation>
    </message>
    <message>
        <source>Projected end %1 (%2)</source>
        <translation>Расчетное окончание %1 (%2)</translation>
    </message>
    <message>
        <source>Scheduled %1</source>
        <translation>По плану %1</translation>
    </message>
</context>
<context>
    <name>rostrum::MeetingConsole</name>
    <message>
        <source>Running order (%1)</source>
        <translation>Порядок выступлений (%1)</translation>
    </message>
    <message>
        <source>Spoken (%1)</source>
        <translation>Выступившие (%1)</translation>
    </message>
    <message>
        <source>Lists of speakers</source>
        <translation>Списки ораторов</translation>
    </message>
    <message>
        <source>Speakers heard, beside the running order</source>
        <translation>Выступившие ораторы, рядом с порядком выступлений</translation>
    </message>
    <message>
        <source>Speakers heard</source>
        <translation>Выступившие ораторы</translation>
    </message>
    <message>
        <source>Who has spoken, in the order they spoke, with the time each one took.</source>
        <translation>Кто выступил, в порядке выступления, с указанием времени каждого оратора.</translation>
    </message>
    <message>
        <source>Running order</source>
        <translation>Порядок выступлений</translation>
    </message>
    <message>
        <source>The speakers still to speak, in the order they will be called. N calls the next; Enter opens the selected speaker; Ctrl+Up and Ctrl+Down move them.</source>
        <translation>Ораторы, которым еще предстоит выступить, в порядке вызова. N — вызвать следующего; Enter — открыть выбранного оратора; Ctrl+Up и Ctrl+Down — переместить его.</translation>
    </message>
</context>
<context>
    <name>rostrum::MeetingFileChecks</name>
    <message>
        <source>No meeting file was named: give the path of a .rostrum file.</source>
        <translation>Не указан файл заседания: укажите путь к файлу .rostrum.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Файл %1 не найден.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 не является файлом.</translation>
    </message>
    <message>
        <source>%1 is the journal of an open meeting, not a meeting file: open the .rostrum file beside it.</source>
        <translation>%1 — журнал открытого заседания, а не файл заседания: откройте файл .rostrum, находящийся рядом.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>Не удается прочитать %1: %2.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it is not a Rostrum meeting file.</source>
        <translation>Файл %1 пуст (0 байт), поэтому он не является файлом заседания Rostrum.</translation>
    </message>
    <message>
        <source>%1 is not a Rostrum meeting file (it is not an SQLite database).</source>
        <translation>%1 не является файлом заседания Rostrum (это не база данных SQLite).</translation>
    </message>
    <message>
        <source>%1 is damaged: it is cut short or corrupted (its size does not match its page size). Open a backup copy.</source>
        <translation>Файл %1 поврежден: он обрезан или испорчен (его размер не соответствует размеру страницы). Откройте резервную копию.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a Rostrum meeting file.</source>
        <translation>%1 — база данных SQLite другого приложения, а не файл заседания Rostrum.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Rostrum (file format %2; this version reads up to %3). Open it with a newer Rostrum.</source>
        <translation>Файл %1 записан более новой версией Rostrum (формат файла %2; эта версия читает форматы до %3). Откройте его в более новой версии Rostrum.</translation>
    </message>
    <message>
        <source>%1 is read-only. Rostrum saves every act to the meeting file as it happens, so it needs to write there. Make the file writable, or copy it to a folder you can write to.</source>
        <translation>Файл %1 доступен только для чтения. Rostrum сохраняет каждое действие в файле заседания по мере его совершения, поэтому требуется запись в файл. Разрешите запись в файл или скопируйте его в папку, доступную для записи.</translation>
    </message>
    <message>
        <source>The folder of %1 is read-only. Rostrum keeps a journal file next to the meeting while it is open, so it needs to write there. Copy the meeting to a folder you can write to.</source>
        <translation>Папка файла %1 доступна только для чтения. Пока заседание открыто, Rostrum хранит рядом с ним файл журнала, поэтому требуется запись в эту папку. Скопируйте заседание в папку, доступную для записи.</translation>
    </message>
    <message>
        <source>the disk that holds %1 is full (%2 KiB free). Free some space on it, or copy the meeting to another disk</source>
        <translation>диск, на котором находится %1, заполнен (свободно %2 КиБ). Освободите на нем место или скопируйте заседание на другой диск</translation>
    </message>
</context>
<context>
    <name>rostrum::MeetingFileStore</name>
    <message>
        <source>Copied from another meeting file</source>
        <translation>Скопировано из другого файла заседания</translation>
    </message>
    <message>
        <source>A backup needs a file name, such as backup.rostrum.</source>
        <translation>Для резервной копии требуется имя файла, например backup.rostrum.</translation>
    </message>
    <message>
        <source>%1 already exists. A backup never replaces a file; choose another name.</source>
        <translation>%1 уже существует. Резервная копия никогда не заменяет файл; выберите другое имя.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2.</source>
        <translation>Не удается создать %1: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>Не удается записать %1: %2.</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>он поврежден (%1)</translation>
    </message>
    <message>
        <source>the meeting file %1 has been deleted or moved</source>
        <translation>файл заседания %1 удален или перемещен</translation>
    </message>
    <message>
        <source>the meeting file %1 has been replaced by another file</source>
        <translation>файл заседания %1 заменен другим файлом</translation>
    </message>
    <message>
        <source>the journal file %1 beside the meeting file has been deleted or replaced; the acts saved so far are safe in the meeting file. Reopen the meeting or save a copy to carry on saving</source>
        <translation>файл журнала %1 рядом с файлом заседания удален или заменен; действия, сохраненные до сих пор, надежно хранятся в файле заседания. Чтобы продолжить сохранение, откройте заседание заново или сохраните копию</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>Не удается открыть %1: %2.</translation>
    </message>
    <message>
        <source>%1 is damaged: it has no meeting in it (%2).</source>
        <translation>Файл %1 поврежден: в нем нет заседания (%2).</translation>
    </message>
    <message>
        <source>the meeting tables are missing</source>
        <translation>таблицы заседания отсутствуют</translation>
    </message>
    <message>
        <source>%1 was not opened: %2. Nothing in it was changed.</source>
        <translation>%1 не открыт: %2. В нем ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: the journal (WAL) mode could not be switched on: %2</source>
        <translation>Не удается открыть %1: не удалось включить режим журнала (WAL): %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Не удается открыть %1: %2</translation>
    </message>
    <message>
        <source>A new meeting file needs a name, such as meeting.rostrum.</source>
        <translation>Новому файлу заседания требуется имя, например meeting.rostrum.</translation>
    </message>
    <message>
        <source>%1 already exists. Rostrum never overwrites a meeting file; choose another name.</source>
        <translation>%1 уже существует. Rostrum никогда не перезаписывает файл заседания; выберите другое имя.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>Не удается создать %1: %2</translation>
    </message>
    <message>
        <source>The meeting cannot be read: %1</source>
        <translation>Не удается прочитать заседание: %1</translation>
    </message>
    <message>
        <source>The list cannot be read: %1</source>
        <translation>Не удается прочитать список: %1</translation>
    </message>
    <message>
        <source>%1 was opened for reading only</source>
        <translation>%1 открыт только для чтения</translation>
    </message>
</context>
<context>
    <name>rostrum::MeetingHeading</name>
    <message>
        <source>United Nations Security Council Arria-formula meeting</source>
        <translation>Заседание Совета Безопасности Организации Объединенных Наций по «формуле Аррии»</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Organized by:</source>
        <translation>Организаторы:</translation>
    </message>
    <message>
        <source>Co-sponsored by:</source>
        <translation>Соавторы:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Время:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>United Nations Security Council open debate</source>
        <translation>Открытые прения Совета Безопасности Организации Объединенных Наций</translation>
    </message>
    <message>
        <source>United Nations General Assembly plenary meeting</source>
        <translation>Пленарное заседание Генеральной Ассамблеи Организации Объединенных Наций</translation>
    </message>
    <message>
        <source>Model United Nations</source>
        <translation>Модель Организации Объединенных Наций</translation>
    </message>
</context>
<context>
    <name>rostrum::MeetingPreset</name>
    <message>
        <source>Security Council, Arria-formula</source>
        <translation>Совет Безопасности, «формула Аррии»</translation>
    </message>
    <message>
        <source>The rules of the list of the seed meeting (25 May 2023): the opening, the briefers, the Council, then co-sponsors and groups, Member States, observers and others; 3 minutes per intervention, as its concept note asked of every speaker.</source>
        <translation>Правила списка исходного заседания (25 мая 2023 года): открытие, докладчики, члены Совета, затем соавторы и группы, государства-члены, наблюдатели и другие; 3 минуты на выступление, как просила каждого оратора его концептуальная записка.</translation>
    </message>
    <message>
        <source>Security Council, open debate</source>
        <translation>Совет Безопасности, открытые прения</translation>
    </message>
    <message>
        <source>The briefers, then the members of the Council, then the other Member States and observers. The Council&apos;s note on its working methods (S/2017/507) asks for concise statements, and concept notes of open debates commonly ask speakers to keep to four minutes, the default here. Briefers are given 10 minutes, a common allowance rather than a rule: set it to what the concept note says.</source>
        <translation>Докладчики, затем члены Совета, затем другие государства-члены и наблюдатели. В записке Совета о методах его работы (S/2017/507) содержится призыв к кратким выступлениям, а концептуальные записки к открытым прениям обычно просят ораторов укладываться в четыре минуты — это значение по умолчанию. Докладчикам отводится 10 минут — это распространенная практика, а не правило: укажите время, предусмотренное концептуальной запиской.</translation>
    </message>
    <message>
        <source>General Assembly plenary</source>
        <translation>Пленарное заседание Генеральной Ассамблеи</translation>
    </message>
    <message>
        <source>Statements on behalf of groups come first, then Member States, then observers, as in the Assembly&apos;s plenary debates. Presidents of the Assembly usually ask 5 minutes of a Member State speaking for itself; statements for a group are given 7 minutes and observers 3, common practice that each President confirms.</source>
        <translation>Сначала заявления от имени групп, затем государства-члены, затем наблюдатели, как в ходе пленарных прений Ассамблеи. Председатели Ассамблеи обычно просят государство-член, выступающее в национальном качестве, уложиться в 5 минут; на заявления от имени групп отводится 7 минут, наблюдателям — 3: это обычная практика, которую подтверждает каждый Председатель.</translation>
    </message>
    <message>
        <source>Conference or committee</source>
        <translation>Конференция или комитет</translation>
    </message>
    <message>
        <source>A neutral start for a conference, a committee or a working group: groups first, then States, observers and others, 5 minutes each and 7 for a group. There is no heading to guess: type the body&apos;s name, so that no document says the wrong one.</source>
        <translation>Нейтральная основа для конференции, комитета или рабочей группы: сначала группы, затем государства, наблюдатели и другие, по 5 минут, для группы — 7. Шапка не подставляется: введите название органа, чтобы ни в одном документе не было указано неверное.</translation>
    </message>
    <message>
        <source>Model UN committee</source>
        <translation>Комитет модели ООН</translation>
    </message>
    <message>
        <source>The speakers&apos; list of a Model UN committee: 1 minute 30 seconds each, the usual default of Model UN rules of procedure (most conferences set 60 to 90 seconds), with the warning 15 seconds before the end; guest speakers 5 minutes. A delegate absent when called loses the place, as the chair moves on.</source>
        <translation>Список ораторов комитета модели ООН: по 1 минуте 30 секунд — обычное значение по умолчанию в правилах процедуры моделей ООН (на большинстве конференций — от 60 до 90 секунд), предупреждение за 15 секунд до окончания; приглашенным ораторам — 5 минут. Делегат, отсутствующий при вызове, теряет свою очередь: Председатель переходит к следующему.</translation>
    </message>
</context>
<context>
    <name>rostrum::MeetingSession</name>
    <message>
        <source>its list breaks the rules of a speakers list: %1</source>
        <translation>его список нарушает правила списка ораторов: %1</translation>
    </message>
    <message>
        <source>Not done: this meeting is open read only (%1). Save a copy as… to carry on with it.</source>
        <translation>Не выполнено: это заседание открыто только для чтения (%1). Чтобы продолжить работу с ним, выберите «Сохранить копию как…».</translation>
    </message>
    <message>
        <source>%1 was opened for reading only</source>
        <translation>%1 открыт только для чтения</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused; nothing was imported.</source>
        <translation>
            <numerusform>Отклонена %n строка; ничего не импортировано.</numerusform>
            <numerusform>Отклонены %n строки; ничего не импортировано.</numerusform>
            <numerusform>Отклонено %n строк; ничего не импортировано.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row could be imported.</source>
        <translation>Не удалось импортировать ни одной строки.</translation>
    </message>
    <message>
        <source>the meeting file %1 has become read-only</source>
        <translation>файл заседания %1 стал доступен только для чтения</translation>
    </message>
    <message>
        <source>the journal file %1 beside the meeting file has become read-only</source>
        <translation>файл журнала %1 рядом с файлом заседания стал доступен только для чтения</translation>
    </message>
    <message>
        <source>Waiting for another program that holds the meeting file: the acts are kept in memory and will be saved as soon as it lets go.</source>
        <translation>Ожидание другой программы, удерживающей файл заседания: действия хранятся в памяти и будут сохранены, как только файл освободится.</translation>
    </message>
    <message>
        <source>Changes are NOT being saved: %1.</source>
        <translation>Изменения НЕ сохраняются: %1.</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 с %2</translation>
    </message>
    <message numerus="yes">
        <source>This meeting is also open in another console: %1. Acts from every console are saved, and each shows the others&apos; within a moment.</source>
        <translation>
            <numerusform>Это заседание открыто также еще на %n пульте: %1. Действия со всех пультов сохраняются, и каждый пульт почти сразу показывает действия остальных.</numerusform>
            <numerusform>Это заседание открыто также еще на %n пультах: %1. Действия со всех пультов сохраняются, и каждый пульт почти сразу показывает действия остальных.</numerusform>
            <numerusform>Это заседание открыто также еще на %n пультах: %1. Действия со всех пультов сохраняются, и каждый пульт почти сразу показывает действия остальных.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last act cannot be undone while changes are not being saved.</source>
        <translation>Последнее действие нельзя отменить, пока изменения не сохраняются.</translation>
    </message>
    <message>
        <source>Redo is unavailable while changes are not being saved.</source>
        <translation>Повтор недоступен, пока изменения не сохраняются.</translation>
    </message>
    <message>
        <source>Another program holds the meeting file; nothing was undone or redone. Try again in a moment (%1).</source>
        <translation>Файл заседания удерживает другая программа; ничего не отменено и не повторено. Повторите попытку через мгновение (%1).</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Отменять нечего.</translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation>Повторять нечего.</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Отменить: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Повторить: %1</translation>
    </message>
    <message>
        <source>Not done: %1.</source>
        <translation>Не выполнено: %1.</translation>
    </message>
    <message>
        <source>The last act cannot be undone until the server says whether it was saved.</source>
        <translation>Последнее действие нельзя отменить, пока сервер не сообщит, было ли оно сохранено.</translation>
    </message>
    <message>
        <source>Not done: this meeting is open read only (%1). The meeting&apos;s chair can give you another role.</source>
        <translation>Не выполнено: это заседание открыто только для чтения (%1). Председатель заседания может назначить вам другую роль.</translation>
    </message>
</context>
<context>
    <name>rostrum::NowSpeakingPanel</name>
    <message>
        <source>Limit %1</source>
        <translation>Регламент %1</translation>
    </message>
    <message>
        <source>Limit %1 (%2)</source>
        <translation>Регламент %1 (%2)</translation>
    </message>
    <message>
        <source>Now speaking</source>
        <translation>Выступает</translation>
    </message>
    <message>
        <source>Speaking time used</source>
        <translation>Использованное время выступления</translation>
    </message>
    <message>
        <source>on behalf of %1</source>
        <translation>от имени %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>speaker name, title</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Язык: %1</translation>
    </message>
    <message>
        <source>%1, paused</source>
        <comment>clock phase</comment>
        <translation>%1, пауза</translation>
    </message>
    <message>
        <source>%1 of %2 — %3</source>
        <translation>%1 из %2 — %3</translation>
    </message>
    <message>
        <source>No one at the rostrum — next: %1</source>
        <translation>На трибуне никого нет — следующий: %1</translation>
    </message>
    <message>
        <source>No one at the rostrum</source>
        <translation>На трибуне никого нет</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>kind of speech: delegation</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Untimed: the clock counts up</source>
        <translation>Без регламента: таймер отсчитывает прошедшее время</translation>
    </message>
    <message>
        <source>%1 · Interrupted: %2, %3 left</source>
        <translation>%1 · Прерван(а): %2, осталось %3</translation>
    </message>
</context>
<context>
    <name>rostrum::PagedDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>rostrum::ProcedureRules</name>
    <message>
        <source>The limit of a point of order must be from 0:00 (untimed) to 24 hours.</source>
        <translation>Регламент выступления по порядку ведения заседания — от 0:00 (без регламента) до 24 часов.</translation>
    </message>
    <message>
        <source>A delegation may be allowed from 0 to %1 replies.</source>
        <translation>Делегации может быть разрешено от 0 до %1 ответов.</translation>
    </message>
    <message>
        <source>The limits of the first and second reply must be longer than zero.</source>
        <translation>Регламент первого и второго ответа должен быть больше нуля.</translation>
    </message>
    <message>
        <source>The limit of a reply is at most 24 hours.</source>
        <translation>Регламент ответа — не более 24 часов.</translation>
    </message>
    <message>
        <source>The changeover %1 s is out of range: set from 0 to %2 seconds.</source>
        <translation>Смена ораторов %1 с вне допустимых пределов: задайте от 0 до %2 секунд.</translation>
    </message>
</context>
<context>
    <name>rostrum::QuitGuard</name>
    <message>
        <source>Acts not saved</source>
        <translation>Действия не сохранены</translation>
    </message>
    <message>
        <source>Acts not saved in the meeting file: %1. They are kept in memory only.</source>
        <translation>Действия, не сохраненные в файле заседания: %1. Они хранятся только в памяти.</translation>
    </message>
    <message>
        <source>Save a copy to keep them; quitting now loses them.</source>
        <translation>Чтобы сохранить их, сохраните копию; при выходе сейчас они будут потеряны.</translation>
    </message>
    <message>
        <source>Save a copy as…</source>
        <translation>Сохранить копию как…</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>Выйти без сохранения</translation>
    </message>
</context>
<context>
    <name>rostrum::ReadOnlyMeeting</name>
    <message>
        <source>%1 is on a read-only medium</source>
        <translation>%1 находится на носителе только для чтения</translation>
    </message>
    <message>
        <source>%1 is read-only</source>
        <translation>%1 доступен только для чтения</translation>
    </message>
    <message>
        <source>the folder of %1 is read-only</source>
        <translation>папка файла %1 доступна только для чтения</translation>
    </message>
</context>
<context>
    <name>rostrum::ReportDialog</name>
    <message>
        <source>Report of the meeting</source>
        <translation>Отчет о заседании</translation>
    </message>
    <message>
        <source>Summary of the meeting</source>
        <translation>Сводные данные о заседании</translation>
    </message>
    <message>
        <source>Totals by tier</source>
        <translation>Итоги по группам</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Timeline: planned and actual</source>
        <translation>Хронология: план и факт</translation>
    </message>
    <message>
        <source>Export report PDF…</source>
        <translation>Экспорт отчета в PDF…</translation>
    </message>
    <message>
        <source>Export report CSV…</source>
        <translation>Экспорт отчета в CSV…</translation>
    </message>
    <message>
        <source>As of %1; times are local to the meeting (%2).</source>
        <translation>По состоянию на %1; время указано по месту проведения заседания (%2).</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>По плану</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Фактически</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <source>The report was not exported. %1</source>
        <translation>Отчет не экспортирован. %1</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Отчет записан в %1.</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Отчет %1</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Экспорт отчета в формате PDF</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Экспорт отчета в формате CSV</translation>
    </message>
    <message>
        <source>PDF for printing (*.pdf)</source>
        <translation>PDF для печати (*.pdf)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV для электронных таблиц (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Язык отчета:</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Язык отчета</translation>
    </message>
</context>
<context>
    <name>rostrum::ReportPdf</name>
    <message>
        <source>Scheduled</source>
        <translation>По плану</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Фактически</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <source>Timeline: planned and actual (%1 of %2)</source>
        <translation>Хронология: план и факт (%1 из %2)</translation>
    </message>
    <message>
        <source>Timeline: planned and actual</source>
        <translation>Хронология: план и факт</translation>
    </message>
    <message>
        <source>Report of the meeting</source>
        <translation>Отчет о заседании</translation>
    </message>
    <message>
        <source>Report of the meeting: %1</source>
        <translation>Отчет о заседании: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Prepared on %1; times are local to the meeting (%2).</source>
        <translation>Подготовлено %1; время указано по месту проведения заседания (%2).</translation>
    </message>
    <message>
        <source>Totals by tier</source>
        <translation>Итоги по группам</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Ораторы</translation>
    </message>
    <message>
        <source>In the order they spoke, then those still waiting, then the absent and the withdrawn. Planned: the start each speaker would have had if everyone before them had spoken for exactly their allotted time from the scheduled start.</source>
        <translation>В порядке выступления, затем еще ожидающие, затем отсутствовавшие и отказавшиеся. План: время начала, которое было бы у каждого оратора, если бы все предыдущие ораторы выступали ровно в пределах отведенного им времени начиная с запланированного начала.</translation>
    </message>
</context>
<context>
    <name>rostrum::ReportText</name>
    <message numerus="yes">
        <source>%n spoke</source>
        <translation>
            <numerusform>выступил %n</numerusform>
            <numerusform>выступили %n</numerusform>
            <numerusform>выступили %n</numerusform>
        </translation>
    </message>
    <message>
        <source>1 speaking now</source>
        <translation>выступает сейчас 1</translation>
    </message>
    <message numerus="yes">
        <source>%n absent</source>
        <translation>
            <numerusform>отсутствует %n</numerusform>
            <numerusform>отсутствуют %n</numerusform>
            <numerusform>отсутствуют %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn</source>
        <translation>
            <numerusform>отказался %n</numerusform>
            <numerusform>отказались %n</numerusform>
            <numerusform>отказались %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still waiting</source>
        <translation>
            <numerusform>еще ожидает %n</numerusform>
            <numerusform>еще ожидают %n</numerusform>
            <numerusform>еще ожидают %n</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>идет</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Продолжительность</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation>Время выступлений</translation>
    </message>
    <message>
        <source>Overruns, in all</source>
        <translation>Превышения, всего</translation>
    </message>
    <message>
        <source>Pauses, in all</source>
        <translation>Паузы, всего</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Ораторы</translation>
    </message>
    <message numerus="yes">
        <source>%n inscribed</source>
        <translation>
            <numerusform>записан %n</numerusform>
            <numerusform>записаны %n</numerusform>
            <numerusform>записаны %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Inscribed</source>
        <translation>Записано</translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation>Выступили</translation>
    </message>
    <message>
        <source>Allotted</source>
        <translation>Отведено</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Использовано</translation>
    </message>
    <message>
        <source>Average overrun</source>
        <translation>Среднее превышение</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>Все ораторы</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Оратор</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>По плану</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation>Превышение</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Паузы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) of order</source>
        <translation>
            <numerusform>%n выступление по порядку ведения заседания</numerusform>
            <numerusform>%n выступления по порядку ведения заседания</numerusform>
            <numerusform>%n выступлений по порядку ведения заседания</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n right(s) of reply</source>
        <translation>
            <numerusform>%n ответ</numerusform>
            <numerusform>%n ответа</numerusform>
            <numerusform>%n ответов</numerusform>
        </translation>
    </message>
    <message>
        <source>Changeover, on average</source>
        <translation>Смена ораторов, в среднем</translation>
    </message>
    <message numerus="yes">
        <source>%n measured</source>
        <translation>
            <numerusform>%n измерение</numerusform>
            <numerusform>%n измерения</numerusform>
            <numerusform>%n измерений</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>status, kind of speech</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>rostrum::RunningOrder</name>
    <message>
        <source>No one is waiting to speak.</source>
        <translation>Выступления никто не ожидает.</translation>
    </message>
    <message>
        <source>On time: the list ends by %1 at the current limits.</source>
        <translation>В срок: при текущем регламенте список завершится к %1.</translation>
    </message>
    <message numerus="yes">
        <source>Limit %1 for the remaining %n speaker(s) to end at %2.</source>
        <translation>
            <numerusform>Регламент %1 для оставшегося %n оратора, чтобы завершить к %2.</numerusform>
            <numerusform>Регламент %1 для оставшихся %n ораторов, чтобы завершить к %2.</numerusform>
            <numerusform>Регламент %1 для оставшихся %n ораторов, чтобы завершить к %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot end at %1 even at %2 each; at the current limits the last speaker reached is no. %3.</source>
        <translation>Невозможно завершить к %1 даже при %2 на каждого; при текущем регламенте успеет выступить последний оратор под № %3.</translation>
    </message>
    <message>
        <source>Cannot end at %1 even at %2 each; no waiting speaker finishes before then.</source>
        <translation>Невозможно завершить к %1 даже при %2 на каждого; ни один ожидающий оратор не закончит до этого времени.</translation>
    </message>
</context>
<context>
    <name>rostrum::RunningOrderModel</name>
    <message>
        <source>◷ Late</source>
        <translation>◷ Поздно</translation>
    </message>
    <message>
        <source>⚑ Pinned</source>
        <translation>⚑ Вручную</translation>
    </message>
    <message>
        <source>✗ Absent ×%1</source>
        <translation>✗ Неявка ×%1</translation>
    </message>
    <message>
        <source>%1
on behalf of %2</source>
        <translation>%1
от имени %2</translation>
    </message>
    <message>
        <source>%1, inscribed %2, after the deadline</source>
        <translation>%1, записан(а) %2, после крайнего срока</translation>
    </message>
    <message>
        <source>%1, inscribed %2</source>
        <translation>%1, записан(а) %2</translation>
    </message>
    <message>
        <source>On behalf of %1 (group of %2)</source>
        <translation>От имени %1 (группа из %2)</translation>
    </message>
    <message>
        <source>Placed by hand: automatic placement leaves them here.</source>
        <translation>Размещен вручную: автоматическое размещение оставляет его здесь.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <source>Speaker and title</source>
        <translation>Оратор и должность</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Регламент</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Drag one speaker at a time: %1 are selected.</source>
        <translation>Перетаскивайте по одному оратору: выбрано %1.</translation>
    </message>
    <message>
        <source>Right of reply %1</source>
        <translation>Право на ответ %1</translation>
    </message>
</context>
<context>
    <name>rostrum::SaveBanner</name>
    <message>
        <source>Save a copy as…</source>
        <translation>Сохранить копию как…</translation>
    </message>
    <message>
        <source>This meeting is open read only: %1. Save a copy as… to carry on with it.</source>
        <translation>Это заседание открыто только для чтения: %1. Чтобы продолжить работу с ним, выберите «Сохранить копию как…».</translation>
    </message>
    <message>
        <source>Acts kept in memory only: %1.</source>
        <translation>Действия, хранящиеся только в памяти: %1.</translation>
    </message>
    <message>
        <source>%1 (copy).rostrum</source>
        <translation>%1 (копия).rostrum</translation>
    </message>
    <message>
        <source>Save a copy of the meeting</source>
        <translation>Сохранить копию заседания</translation>
    </message>
    <message>
        <source>Rostrum meetings (*.rostrum)</source>
        <translation>Заседания Rostrum (*.rostrum)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation>Не удалось записать копию: %1</translation>
    </message>
    <message>
        <source>This meeting is open read only: %1. The meeting&apos;s chair can give you another role.</source>
        <translation>Это заседание открыто только для чтения: %1. Председатель заседания может назначить вам другую роль.</translation>
    </message>
</context>
<context>
    <name>rostrum::SaveFile</name>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>папка %1 не существует</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>доступ запрещен</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a meeting file (or another database), and a document never replaces one. Choose another name for the document.</source>
        <translation>Не удается записать %1: это файл заседания (или другая база данных), а документ никогда не заменяет такой файл. Выберите для документа другое имя.</translation>
    </message>
    <message>
        <source>Cannot write %1: it belongs to the meeting file %2, and a document never replaces it. Choose another name for the document.</source>
        <translation>Не удается записать %1: он относится к файлу заседания %2, а документ никогда не заменяет такой файл. Выберите для документа другое имя.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удается записать %1: %2</translation>
    </message>
</context>
<context>
    <name>rostrum::Schema</name>
    <message>
        <source>The file was written by a newer version of Rostrum (file format %1; this version reads up to %2). Open it with a newer Rostrum.</source>
        <translation>Файл записан более новой версией Rostrum (формат файла %1; эта версия читает форматы до %2). Откройте его в более новой версии Rostrum.</translation>
    </message>
    <message>
        <source>a trigger</source>
        <translation>триггер</translation>
    </message>
    <message>
        <source>a view</source>
        <translation>представление</translation>
    </message>
    <message>
        <source>an index</source>
        <translation>индекс</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>таблица</translation>
    </message>
    <message>
        <source>its list of tables cannot be read</source>
        <translation>не удается прочитать список его таблиц</translation>
    </message>
    <message>
        <source>%1 named “%2” is not as Rostrum makes it</source>
        <translation>%1 с именем «%2» не соответствует тому, как его создает Rostrum</translation>
    </message>
    <message>
        <source>it holds %1 named “%2” that Rostrum does not make</source>
        <translation>в нем есть %1 с именем «%2», которое Rostrum не создает</translation>
    </message>
    <message>
        <source>%1 named “%2” is missing</source>
        <translation>%1 с именем «%2» отсутствует</translation>
    </message>
</context>
<context>
    <name>rostrum::ServerConnection</name>
    <message>
        <source>this computer has no PostgreSQL driver for Qt: install libqt6sql6-psql</source>
        <translation>на этом компьютере нет драйвера PostgreSQL для Qt: установите libqt6sql6-psql</translation>
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
        <translation>Не удается создать %1: %2</translation>
    </message>
    <message>
        <source>%1 was not copied to %2: %3. Nothing was created there.</source>
        <translation>%1 не скопирован в %2: %3. Там ничего не создано.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удается прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 was not copied to %2: %3</source>
        <translation>%1 не скопирован в %2: %3</translation>
    </message>
</context>
<context>
    <name>rostrum::ServerDialog</name>
    <message>
        <source>Open from a server</source>
        <translation>Открыть с сервера</translation>
    </message>
    <message>
        <source>the server&apos;s name or address</source>
        <translation>имя или адрес сервера</translation>
    </message>
    <message>
        <source>your PostgreSQL user name</source>
        <translation>ваше имя пользователя PostgreSQL</translation>
    </message>
    <message>
        <source>lower-case letters, digits and _</source>
        <translation>строчные латинские буквы, цифры и _</translation>
    </message>
    <message>
        <source>(a server not opened before)</source>
        <translation>(сервер, который ранее не открывался)</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Недавние серверы:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Хост:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>По&amp;рт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Заседание:</translation>
    </message>
    <message>
        <source>The password is never asked for here, nor kept: Rostrum takes it from PGPASSWORD or ~/.pgpass, or asks when the server wants one.</source>
        <translation>Пароль здесь не запрашивается и не сохраняется: Rostrum берет его из PGPASSWORD или ~/.pgpass либо запрашивает, когда его требует сервер.</translation>
    </message>
</context>
<context>
    <name>rostrum::ServerError</name>
    <message>
        <source>your role on this meeting may not do this (%1)</source>
        <translation>ваша роль в этом заседании не дает права на это действие (%1)</translation>
    </message>
    <message>
        <source>another console is holding the meeting locked (%1)</source>
        <translation>заседание заблокировано другим пультом (%1)</translation>
    </message>
    <message>
        <source>the meeting was opened for reading only (%1)</source>
        <translation>заседание открыто только для чтения (%1)</translation>
    </message>
    <message>
        <source>the server&apos;s disk is full (%1)</source>
        <translation>диск сервера заполнен (%1)</translation>
    </message>
    <message>
        <source>the connection to the server was lost (%1)</source>
        <translation>связь с сервером потеряна (%1)</translation>
    </message>
    <message>
        <source>the server refused the user name or password (%1)</source>
        <translation>сервер отклонил имя пользователя или пароль (%1)</translation>
    </message>
    <message>
        <source>the server asks for a password: give it in PGPASSWORD or ~/.pgpass</source>
        <translation>сервер запрашивает пароль: укажите его в PGPASSWORD или ~/.pgpass</translation>
    </message>
    <message>
        <source>the server refused the connection (%1)</source>
        <translation>сервер отклонил подключение (%1)</translation>
    </message>
    <message>
        <source>the server cannot be reached (%1)</source>
        <translation>сервер недоступен (%1)</translation>
    </message>
</context>
<context>
    <name>rostrum::ServerLocation</name>
    <message>
        <source>%1 is not a server location: write postgresql://[USER@]HOST[:PORT]/DATABASE?meeting=NAME</source>
        <translation>%1 не является адресом сервера: укажите postgresql://[USER@]HOST[:PORT]/DATABASE?meeting=NAME</translation>
    </message>
    <message>
        <source>The server location must not hold a password, which anyone on this computer could read: give it in PGPASSWORD or ~/.pgpass instead.</source>
        <translation>Адрес сервера не должен содержать пароль, который может прочитать любой пользователь этого компьютера: укажите пароль в PGPASSWORD или ~/.pgpass.</translation>
    </message>
    <message>
        <source>%1 names no server: write the host after postgresql://</source>
        <translation>в %1 не указан сервер: укажите хост после postgresql://</translation>
    </message>
    <message>
        <source>%1 has no valid port (1 to 65535)</source>
        <translation>в %1 нет допустимого порта (от 1 до 65535)</translation>
    </message>
    <message>
        <source>%1 names no database: write it after the host, as in postgresql://HOST/DATABASE</source>
        <translation>в %1 не указана база данных: укажите ее после хоста, например postgresql://HOST/DATABASE</translation>
    </message>
    <message>
        <source>sslmode=%1 is not one of %2</source>
        <translation>sslmode=%1 не входит в число %2</translation>
    </message>
    <message>
        <source>%1 is not an option of a server location (meeting, sslmode)</source>
        <translation>%1 не является параметром адреса сервера (meeting, sslmode)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a meeting: use lower-case letters, digits and _, at most 40</source>
        <translation>«%1» не может быть именем заседания: используйте строчные латинские буквы, цифры и _, не более 40</translation>
    </message>
    <message>
        <source>%1 names no meeting: add ?meeting=NAME</source>
        <translation>в %1 не указано заседание: добавьте ?meeting=NAME</translation>
    </message>
</context>
<context>
    <name>rostrum::ServerSchema</name>
    <message>
        <source>a meeting named %1 already exists there</source>
        <translation>там уже есть заседание с именем %1</translation>
    </message>
</context>
<context>
    <name>rostrum::ServerStore</name>
    <message>
        <source>the connection to the server %1 was lost</source>
        <translation>связь с сервером %1 потеряна</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Не удается открыть %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: the database %2 has no meeting named %3</source>
        <translation>Не удается открыть %1: в базе данных %2 нет заседания с именем %3</translation>
    </message>
    <message>
        <source>%1 was made by a newer Rostrum (format %2; this one knows up to %3): update Rostrum to open it</source>
        <translation>%1 создан более новой версией Rostrum (формат %2; эта версия знает форматы до %3): обновите Rostrum, чтобы открыть его</translation>
    </message>
    <message>
        <source>%1: the user %2 has no role in this meeting; its chair gives one with rostrum-cli grant</source>
        <translation>%1: у пользователя %2 нет роли в этом заседании; роль назначает Председатель заседания с помощью rostrum-cli grant</translation>
    </message>
    <message>
        <source>%1 cannot be opened: the server does not announce changes (%2)</source>
        <translation>Не удается открыть %1: сервер не уведомляет об изменениях (%2)</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>Не удается создать %1: %2</translation>
    </message>
    <message>
        <source>The meeting cannot be read: %1</source>
        <translation>Не удается прочитать заседание: %1</translation>
    </message>
    <message>
        <source>The list cannot be read: %1</source>
        <translation>Не удается прочитать список: %1</translation>
    </message>
    <message>
        <source>the user %1 is a viewer of this meeting and may not change it</source>
        <translation>у пользователя %1 роль читателя в этом заседании, и он не может его изменять</translation>
    </message>
    <message>
        <source>%1 was opened for reading only</source>
        <translation>%1 открыт только для чтения</translation>
    </message>
</context>
<context>
    <name>rostrum::SettingsDialog</name>
    <message>
        <source>Meeting settings</source>
        <translation>Параметры заседания</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Заседание</translation>
    </message>
    <message>
        <source>&amp;Delegations</source>
        <translation>&amp;Делегации</translation>
    </message>
    <message>
        <source>Time and &amp;order</source>
        <translation>Время и &amp;порядок</translation>
    </message>
    <message>
        <source>Choose one to fill the heading, the order and the limits</source>
        <translation>Выберите вариант, чтобы заполнить шапку, порядок и регламент</translation>
    </message>
    <message>
        <source>The line above the title of every document; empty: none</source>
        <translation>Строка над названием каждого документа; пусто — нет</translation>
    </message>
    <message>
        <source>Inscriptions after this are marked late:</source>
        <translation>Записи после этого времени помечаются как поздние:</translation>
    </message>
    <message>
        <source>Which one?</source>
        <translation>Какое смещение?</translation>
    </message>
    <message>
        <source>&amp;Kind of meeting:</source>
        <translation>&amp;Вид заседания:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Document &amp;heading:</source>
        <translation>&amp;Шапка документа:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>Д&amp;ата:</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>Начал&amp;о:</translation>
    </message>
    <message>
        <source>&amp;Ends at:</source>
        <translation>О&amp;кончание:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Часовой пояс:</translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation>Крайний с&amp;рок:</translation>
    </message>
    <message>
        <source>Type a few letters and choose from the directory. These lists decide the category inferred for a new inscription.</source>
        <translation>Введите несколько букв и выберите из справочника. Эти списки определяют категорию, присваиваемую новой записи.</translation>
    </message>
    <message>
        <source>&amp;Co-sponsors:</source>
        <translation>&amp;Соавторы:</translation>
    </message>
    <message>
        <source>&amp;Briefers, inscribed when the meeting is made</source>
        <translation>Док&amp;ладчики, записываемые при создании заседания</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone has no IANA name (it is a rule such as TZ=UTC+3). Choose the meeting&apos;s time zone, such as Europe/Zurich or America/New_York.</source>
        <translation>Часовой пояс этого компьютера не имеет имени IANA (это правило вида TZ=UTC+3). Выберите часовой пояс заседания, например Europe/Zurich или America/New_York.</translation>
    </message>
    <message>
        <source>Deadline: %1.</source>
        <translation>Крайний срок: %1.</translation>
    </message>
    <message>
        <source>Choose the meeting&apos;s time zone, such as Europe/Zurich or America/New_York.</source>
        <translation>Выберите часовой пояс заседания, например Europe/Zurich или America/New_York.</translation>
    </message>
    <message>
        <source>Default time &amp;limit:</source>
        <translation>Р&amp;егламент по умолчанию:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>по умолчанию</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>&amp;Warning before the end:</source>
        <translation>П&amp;редупреждение до окончания:</translation>
    </message>
    <message>
        <source>&amp;Absent when called:</source>
        <translation>При неяв&amp;ке:</translation>
    </message>
    <message>
        <source>&amp;Tier order:</source>
        <translation>Порядок &amp;групп:</translation>
    </message>
    <message>
        <source>“%1” is not a time limit for %2. Write minutes and seconds, such as 3:00.</source>
        <translation>«%1» не является регламентом для %2. Укажите минуты и секунды, например 3:00.</translation>
    </message>
    <message>
        <source>every category</source>
        <translation>все категории</translation>
    </message>
    <message>
        <source>Pages of the meeting&apos;s settings</source>
        <translation>Страницы параметров заседания</translation>
    </message>
    <message>
        <source>Deadline for inscriptions</source>
        <translation>Крайний срок записи</translation>
    </message>
    <message>
        <source>Which of the two moments of the deadline, in an hour the clocks repeat</source>
        <translation>Какой из двух моментов крайнего срока, если час повторяется при переводе часов</translation>
    </message>
    <message>
        <source>O&amp;rganizers:</source>
        <translation>&amp;Организаторы:</translation>
    </message>
    <message>
        <source>Organizers</source>
        <translation>Организаторы</translation>
    </message>
    <message>
        <source>Co-sponsors</source>
        <translation>Соавторы</translation>
    </message>
    <message>
        <source>Cou&amp;ncil members:</source>
        <translation>&amp;Члены Совета:</translation>
    </message>
    <message>
        <source>Council members</source>
        <translation>Члены Совета</translation>
    </message>
    <message>
        <source>&amp;Floor</source>
        <translation>&amp;Слово</translation>
    </message>
    <message>
        <source>0:00 leaves a point of order untimed: its clock counts up</source>
        <translation>0:00 — выступление по порядку ведения заседания без регламента: таймер отсчитывает прошедшее время</translation>
    </message>
    <message>
        <source>&amp;Point of order, limit:</source>
        <translation>По порядку ведения заседания, &amp;регламент:</translation>
    </message>
    <message>
        <source>&amp;Rights of reply per delegation:</source>
        <translation>&amp;Число ответов на делегацию:</translation>
    </message>
    <message>
        <source>First reply, &amp;limit:</source>
        <translation>Первый ответ, ре&amp;гламент:</translation>
    </message>
    <message>
        <source>&amp;Second and later replies, limit:</source>
        <translation>&amp;Второй и последующие ответы, регламент:</translation>
    </message>
    <message>
        <source>The time from one speaker&apos;s end to the next one&apos;s start, in every projected time; the report measures it</source>
        <translation>Время между окончанием выступления одного оратора и началом следующего; учитывается во всем расчетном времени, отчет его измеряет</translation>
    </message>
    <message>
        <source>&amp;Changeover between speakers:</source>
        <translation>С&amp;мена ораторов:</translation>
    </message>
    <message>
        <source>C&amp;hime at the warning and at zero</source>
        <translation>Зв&amp;уковой сигнал при предупреждении и на нуле</translation>
    </message>
    <message>
        <source>a point of order</source>
        <translation>выступления по порядку ведения заседания</translation>
    </message>
    <message>
        <source>the first reply</source>
        <translation>первого ответа</translation>
    </message>
    <message>
        <source>the second reply</source>
        <translation>второго ответа</translation>
    </message>
</context>
<context>
    <name>rostrum::ShareDialog</name>
    <message>
        <source>Share on the network</source>
        <translation>Совместный доступ по сети</translation>
    </message>
    <message>
        <source>The timer, the room&apos;s screens, the interpreters&apos; booths and the delegates&apos; phones open the meeting from these links; the timekeeper, staff and chair links also act on it. Each link carries its role&apos;s key: give it only to whom it is for.</source>
        <translation>Таймер, табло в зале, кабины устных переводчиков и телефоны делегатов открывают заседание по этим ссылкам; ссылки хронометриста, секретариата и Председателя позволяют также управлять им. Каждая ссылка содержит ключ своей роли: передавайте ее только тому, для кого она предназначена.</translation>
    </message>
    <message>
        <source>Serve on:</source>
        <translation>Доступ из:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>The views open without a key (the acts still need one)</source>
        <translation>Страницы просмотра открываются без ключа (для действий ключ по-прежнему нужен)</translation>
    </message>
    <message>
        <source>Start sharing</source>
        <translation>Открыть доступ</translation>
    </message>
    <message>
        <source>Revoke links</source>
        <translation>Отозвать ссылки</translation>
    </message>
    <message>
        <source>New keys for every role: every link given out so far stops working, and its pages are closed.</source>
        <translation>Новые ключи для всех ролей: все выданные до сих пор ссылки перестают работать, а их страницы закрываются.</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>Только этот компьютер (127.0.0.1)</translation>
    </message>
    <message>
        <source>The network of %1</source>
        <translation>Сеть %1</translation>
    </message>
    <message>
        <source>Every network of this computer (0.0.0.0)</source>
        <translation>Все сети этого компьютера (0.0.0.0)</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Закрыть доступ</translation>
    </message>
    <message>
        <source>Not shared: nothing is served.</source>
        <translation>Доступ закрыт: ничего не предоставляется.</translation>
    </message>
    <message>
        <source>Shared on %1.</source>
        <translation>Доступ открыт по адресу %1.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>QR code of the %1 link</source>
        <translation>QR-код ссылки «%1»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>role: pages open</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Pages open now — %1</source>
        <translation>Открытые сейчас страницы — %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>rostrum::SpeakersList</name>
    <message>
        <source>The clock is already running.</source>
        <translation>Таймер уже запущен.</translation>
    </message>
    <message>
        <source>Clock started for %1</source>
        <translation>Таймер запущен для %1</translation>
    </message>
    <message>
        <source>No one is waiting to speak.</source>
        <translation>Выступления никто не ожидает.</translation>
    </message>
    <message>
        <source>%1 called</source>
        <translation>Вызван(а) %1</translation>
    </message>
    <message>
        <source>The clock is not running.</source>
        <translation>Таймер не запущен.</translation>
    </message>
    <message>
        <source>Clock paused for %1</source>
        <translation>Таймер приостановлен для %1</translation>
    </message>
    <message>
        <source>%1 finished; the list is exhausted</source>
        <translation>%1 завершил(а) выступление; список исчерпан</translation>
    </message>
    <message>
        <source>No one has been called.</source>
        <translation>Никто не вызван.</translation>
    </message>
    <message>
        <source>%1 has started speaking; use Next.</source>
        <translation>%1 уже начал(а) выступление; используйте «Далее».</translation>
    </message>
    <message>
        <source>taken off the list</source>
        <translation>исключен(а) из списка</translation>
    </message>
    <message>
        <source>moved to the end of the %1 tier</source>
        <translation>перемещен(а) в конец группы «%1»</translation>
    </message>
    <message>
        <source>moved to the end of the list</source>
        <translation>перемещен(а) в конец списка</translation>
    </message>
    <message>
        <source>%1 absent: %2</source>
        <translation>%1 отсутствует: %2</translation>
    </message>
    <message>
        <source>%1; %2 called</source>
        <translation>%1; вызван(а) %2</translation>
    </message>
    <message>
        <source>No one is speaking.</source>
        <translation>Никто не выступает.</translation>
    </message>
    <message>
        <source>No time to add.</source>
        <translation>Нечего добавлять.</translation>
    </message>
    <message>
        <source>Adding %1 would give %2 more than 24 hours (%3) in all; at most %4 can be added.</source>
        <translation>Добавление %1 дало бы %2 в общей сложности более 24 часов (%3); можно добавить не более %4.</translation>
    </message>
    <message>
        <source>No time left to remove.</source>
        <translation>Убавлять больше нечего.</translation>
    </message>
    <message>
        <source>%1 added for %2</source>
        <translation>%1 добавлено для %2</translation>
    </message>
    <message>
        <source>%1 removed for %2</source>
        <translation>%1 убрано для %2</translation>
    </message>
    <message>
        <source>Clock reset for %1</source>
        <translation>Таймер сброшен для %1</translation>
    </message>
    <message>
        <source>The clock is already at the full limit.</source>
        <translation>Таймер уже показывает полный регламент.</translation>
    </message>
    <message>
        <source>There is no entry #%1.</source>
        <translation>Записи № %1 нет.</translation>
    </message>
    <message>
        <source>A time limit must be longer than zero.</source>
        <translation>Регламент должен быть больше нуля.</translation>
    </message>
    <message>
        <source>The time limit %1 for %2 is longer than 24 hours (%3), the longest a limit can be.</source>
        <translation>Регламент %1 для %2 превышает 24 часа (%3) — максимально допустимый регламент.</translation>
    </message>
    <message>
        <source>With the %1 already added, a limit of %2 would give %3 more than 24 hours (%4) in all.</source>
        <translation>С учетом уже добавленных %1 регламент %2 дал бы %3 в общей сложности более 24 часов (%4).</translation>
    </message>
    <message>
        <source>%1 has already spoken.</source>
        <translation>%1 уже выступил(а).</translation>
    </message>
    <message>
        <source>Limit %1 for %2</source>
        <translation>Регламент %1 для %2</translation>
    </message>
    <message>
        <source>%1 already has a limit of %2.</source>
        <translation>У %1 уже установлен регламент %2.</translation>
    </message>
    <message>
        <source>A time limit of %1 for every remaining speaker is longer than 24 hours (%2), the longest a limit can be.</source>
        <translation>Регламент %1 для каждого оставшегося оратора превышает 24 часа (%2) — максимально допустимый регламент.</translation>
    </message>
    <message>
        <source>Limit %1 for all remaining speakers</source>
        <translation>Регламент %1 для всех оставшихся ораторов</translation>
    </message>
    <message>
        <source>Every remaining speaker already has a limit of %1.</source>
        <translation>У каждого оставшегося оратора уже установлен регламент %1.</translation>
    </message>
    <message>
        <source>%1 is waiting</source>
        <translation>%1 ожидает</translation>
    </message>
    <message>
        <source>%1 is speaking</source>
        <translation>%1 выступает</translation>
    </message>
    <message>
        <source>%1 has spoken</source>
        <translation>%1 выступил(а)</translation>
    </message>
    <message>
        <source>%1 was absent and is off the list</source>
        <translation>%1 отсутствовал(а) и исключен(а) из списка</translation>
    </message>
    <message>
        <source>%1 has withdrawn</source>
        <translation>%1 отказался(лась) от выступления</translation>
    </message>
    <message>
        <source>The list of speakers is closed. Reopen it to inscribe %1.</source>
        <translation>Список ораторов закрыт. Чтобы записать %1, откройте его вновь.</translation>
    </message>
    <message>
        <source>%1 inscribed (late)</source>
        <translation>%1 записан(а) (поздно)</translation>
    </message>
    <message>
        <source>%1 inscribed</source>
        <translation>%1 записан(а)</translation>
    </message>
    <message>
        <source>%1 edited</source>
        <translation>%1: запись изменена</translation>
    </message>
    <message>
        <source>Nothing to change for %1.</source>
        <translation>Для %1 изменять нечего.</translation>
    </message>
    <message>
        <source>%1 is speaking. Call the next speaker before removing this entry.</source>
        <translation>%1 выступает. Прежде чем удалить эту запись, вызовите следующего оратора.</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 удален(а)</translation>
    </message>
    <message>
        <source>Only a waiting speaker can withdraw; %1.</source>
        <translation>Отказаться от выступления может только ожидающий оратор; %1.</translation>
    </message>
    <message>
        <source>%1 withdrew</source>
        <translation>%1 отказался(лась) от выступления</translation>
    </message>
    <message>
        <source>Only waiting speakers can be moved; %1.</source>
        <translation>Перемещать можно только ожидающих ораторов; %1.</translation>
    </message>
    <message>
        <source>There is no position %1 for %2: %2 is the only waiting speaker, at position 1.</source>
        <translation>Позиции %1 для %2 нет: %2 — единственный ожидающий оратор, на позиции 1.</translation>
    </message>
    <message numerus="yes">
        <source>There is no position %1 for %2: there are %n waiting speakers: choose a position from 1 to %n.</source>
        <translation>
            <numerusform>Позиции %1 для %2 нет: ожидает %n оратор; выберите позицию от 1 до %n.</numerusform>
            <numerusform>Позиции %1 для %2 нет: ожидают %n оратора; выберите позицию от 1 до %n.</numerusform>
            <numerusform>Позиции %1 для %2 нет: ожидают %n ораторов; выберите позицию от 1 до %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already at position %2.</source>
        <translation>%1 уже находится на позиции %2.</translation>
    </message>
    <message>
        <source>%1 moved to position %2</source>
        <translation>%1 перемещен(а) на позицию %2</translation>
    </message>
    <message>
        <source>Choose two different speakers to exchange places.</source>
        <translation>Чтобы поменять местами, выберите двух разных ораторов.</translation>
    </message>
    <message>
        <source>Only waiting speakers can exchange places.</source>
        <translation>Меняться местами могут только ожидающие ораторы.</translation>
    </message>
    <message>
        <source>%1 exchanged places with %2</source>
        <translation>%1 и %2 поменялись местами</translation>
    </message>
    <message>
        <source>Only a waiting speaker placed by hand can be released.</source>
        <translation>Открепить можно только ожидающего оратора, размещенного вручную.</translation>
    </message>
    <message>
        <source>%1 returned to the automatic order</source>
        <translation>%1 возвращен(а) в автоматический порядок</translation>
    </message>
    <message>
        <source>The list is already closed.</source>
        <translation>Список уже закрыт.</translation>
    </message>
    <message>
        <source>The list is already open.</source>
        <translation>Список уже открыт.</translation>
    </message>
    <message>
        <source>List of speakers closed</source>
        <translation>Список ораторов закрыт</translation>
    </message>
    <message>
        <source>List of speakers reopened</source>
        <translation>Список ораторов вновь открыт</translation>
    </message>
    <message>
        <source>The meeting needs a title.</source>
        <translation>Для заседания требуется название.</translation>
    </message>
    <message>
        <source>The meeting needs a valid date.</source>
        <translation>Для заседания требуется действительная дата.</translation>
    </message>
    <message>
        <source>The meeting needs a start and an end time that differ.</source>
        <translation>Для заседания требуются разные время начала и время окончания.</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone.</source>
        <translation>«%1» не является известным часовым поясом.</translation>
    </message>
    <message>
        <source>“%1” is a POSIX rule, not the name of a time zone; use an IANA id such as Europe/Zurich or America/New_York.</source>
        <translation>«%1» — правило POSIX, а не имя часового пояса; используйте идентификатор IANA, например Europe/Zurich или America/New_York.</translation>
    </message>
    <message>
        <source>Time limits must be longer than zero.</source>
        <translation>Регламент должен быть больше нуля.</translation>
    </message>
    <message>
        <source>The meeting&apos;s time limit %1 is longer than 24 hours (%2), the longest a limit can be.</source>
        <translation>Регламент заседания %1 превышает 24 часа (%2) — максимально допустимый регламент.</translation>
    </message>
    <message>
        <source>The time limit %1 for the category %2 is longer than 24 hours (%3), the longest a limit can be.</source>
        <translation>Регламент %1 для категории %2 превышает 24 часа (%3) — максимально допустимый регламент.</translation>
    </message>
    <message>
        <source>Meeting settings changed</source>
        <translation>Параметры заседания изменены</translation>
    </message>
    <message>
        <source>The settings are unchanged.</source>
        <translation>Параметры не изменились.</translation>
    </message>
    <message>
        <source>Refused: %1 and %2 would both be at the rostrum; one speaker speaks at a time.</source>
        <translation>Отклонено: %1 и %2 оказались бы на трибуне одновременно; выступает только один оратор.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Limit %1 for all remaining speakers and later inscriptions</source>
        <translation>Регламент %1 для всех оставшихся ораторов и последующих записей</translation>
    </message>
    <message>
        <source>Point of order by %1 closed; the floor returns to %2</source>
        <translation>Выступление %1 по порядку ведения заседания завершено; слово возвращается к %2</translation>
    </message>
    <message>
        <source>The point of order by %1 is untimed; its clock counts up.</source>
        <translation>Выступление %1 по порядку ведения заседания идет без регламента; его таймер отсчитывает прошедшее время.</translation>
    </message>
    <message>
        <source>%1 was interrupted by a point of order</source>
        <translation>%1 прерван(а) выступлением по порядку ведения заседания</translation>
    </message>
    <message>
        <source>%1 was interrupted by a point of order and gets the floor back when it closes; close it with Next first.</source>
        <translation>%1 прерван(а) выступлением по порядку ведения заседания и снова получит слово после его завершения; сначала завершите его командой «Далее».</translation>
    </message>
    <message>
        <source>A point of order by %1 is before the chair; close it with Next before another is raised.</source>
        <translation>На рассмотрении Председателя выступление %1 по порядку ведения заседания; завершите его командой «Далее», прежде чем заявлять новое.</translation>
    </message>
    <message>
        <source>Point of order: %1</source>
        <translation>По порядку ведения заседания: %1</translation>
    </message>
    <message>
        <source>Point of order: %1, interrupting %2</source>
        <translation>По порядку ведения заседания: %1, прерывая %2</translation>
    </message>
    <message>
        <source>This meeting allows no right of reply (%1 asked).</source>
        <translation>На этом заседании право на ответ не предоставляется (просьба %1).</translation>
    </message>
    <message>
        <source>reply %1 (entry #%2, %3)</source>
        <translation>ответ %1 (запись № %2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 already has the %n right(s) of reply this meeting allows: %2.</source>
        <translation>
            <numerusform>%1 уже использует %n ответ, разрешенный на этом заседании: %2.</numerusform>
            <numerusform>%1 уже использует %n ответа, разрешенных на этом заседании: %2.</numerusform>
            <numerusform>%1 уже использует %n ответов, разрешенных на этом заседании: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <source>%1: first right of reply inscribed</source>
        <translation>%1: записано первое выступление в порядке ответа</translation>
    </message>
    <message>
        <source>%1: right of reply no. %2 inscribed</source>
        <translation>%1: записан ответ № %2</translation>
    </message>
    <message>
        <source>The changeover is already %1 s.</source>
        <translation>Смена ораторов уже составляет %1 с.</translation>
    </message>
    <message>
        <source>No changeover between speakers</source>
        <translation>Без времени на смену ораторов</translation>
    </message>
    <message>
        <source>Changeover %1 s between speakers</source>
        <translation>Смена ораторов: %1 с между выступлениями</translation>
    </message>
    <message>
        <source>There is no message to clear.</source>
        <translation>Нет сообщения, которое нужно убрать.</translation>
    </message>
    <message>
        <source>“%1” is already the message to the speaker.</source>
        <translation>«%1» уже показывается оратору.</translation>
    </message>
    <message>
        <source>Message to the speaker cleared</source>
        <translation>Сообщение оратору убрано</translation>
    </message>
    <message>
        <source>Message to the speaker: “%1”</source>
        <translation>Сообщение оратору: «%1»</translation>
    </message>
</context>
<context>
    <name>rostrum::SpeechClock</name>
    <message>
        <source>Ready</source>
        <translation>Готов</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Идет</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Time up</source>
        <translation>Время истекло</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>Превышение</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завершено</translation>
    </message>
</context>
<context>
    <name>rostrum::SpokenModel</name>
    <message>
        <source>%1
on behalf of %2</source>
        <translation>%1
от имени %2</translation>
    </message>
    <message>
        <source>not timed</source>
        <translation>время не засекалось</translation>
    </message>
    <message>
        <source>%1 spoke %2 over the limit of %3</source>
        <translation>%1 превысил(а) регламент %3 на %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <source>Speaker and title</source>
        <translation>Оратор и должность</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Регламент</translation>
    </message>
    <message>
        <source>Spoke for</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation>Превышение</translation>
    </message>
</context>
<context>
    <name>rostrum::SpokenReading</name>
    <message>
        <source>%1 allowed, not started</source>
        <translation>отведено %1, не запущен</translation>
    </message>
    <message>
        <source>%1 left, running</source>
        <translation>осталось %1, идет</translation>
    </message>
    <message>
        <source>%1 left, paused</source>
        <translation>осталось %1, пауза</translation>
    </message>
    <message>
        <source>%1 left, paused, in the warning time</source>
        <translation>осталось %1, пауза, время предупреждения</translation>
    </message>
    <message>
        <source>%1 left, running, in the warning time</source>
        <translation>осталось %1, идет, время предупреждения</translation>
    </message>
    <message>
        <source>time is up, paused</source>
        <translation>время истекло, пауза</translation>
    </message>
    <message>
        <source>time is up</source>
        <translation>время истекло</translation>
    </message>
    <message>
        <source>%1 over the limit, paused</source>
        <translation>превышение регламента %1, пауза</translation>
    </message>
    <message>
        <source>%1 over the limit, running</source>
        <translation>превышение регламента %1, идет</translation>
    </message>
    <message>
        <source>finished after %1</source>
        <translation>завершено, длительность %1</translation>
    </message>
</context>
<context>
    <name>rostrum::SqliteError</name>
    <message>
        <source>the disk is full (%1)</source>
        <translation>диск заполнен (%1)</translation>
    </message>
    <message>
        <source>the file or its folder is read-only (%1)</source>
        <translation>файл или его папка доступны только для чтения (%1)</translation>
    </message>
    <message>
        <source>another program is holding the meeting file locked (%1)</source>
        <translation>файл заседания заблокирован другой программой (%1)</translation>
    </message>
    <message>
        <source>the file could not be written or read: it may have been moved, deleted or the disk removed (%1)</source>
        <translation>не удалось записать или прочитать файл: возможно, он перемещен, удален или диск отключен (%1)</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>файл поврежден (%1)</translation>
    </message>
    <message>
        <source>the file cannot be opened (%1)</source>
        <translation>не удается открыть файл (%1)</translation>
    </message>
</context>
<context>
    <name>rostrum::StartPage</name>
    <message>
        <source>Start page</source>
        <translation>Начальная страница</translation>
    </message>
    <message>
        <source>Rostrum</source>
        <translation>Rostrum</translation>
    </message>
    <message>
        <source>The chair&apos;s console for speakers lists and speaking time.</source>
        <translation>Пульт Председателя для ведения списков ораторов и контроля времени выступлений.</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Новое заседание…</translation>
    </message>
    <message>
        <source>A new meeting file: its title, schedule, deadline and rules (%1)</source>
        <translation>Новый файл заседания: название, расписание, крайний срок и правила (%1)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>A meeting file (.rostrum) from this computer or a shared folder (%1)</source>
        <translation>Файл заседания (.rostrum) с этого компьютера или из общей папки (%1)</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Попробовать &amp;демо</translation>
    </message>
    <message>
        <source>A Security Council meeting with 45 speakers inscribed, held today and starting within minutes</source>
        <translation>Заседание Совета Безопасности с 45 записанными ораторами, которое проводится сегодня и начинается через несколько минут</translation>
    </message>
    <message>
        <source>Recent meetings</source>
        <translation>Недавние заседания</translation>
    </message>
    <message>
        <source>Not found in %1</source>
        <translation>Не найдено в %1</translation>
    </message>
    <message>
        <source>None yet: the meetings you open will be listed here.</source>
        <translation>Пока нет: здесь будут перечислены открываемые вами заседания.</translation>
    </message>
</context>
<context>
    <name>rostrum::StatementLanguage</name>
    <message>
        <source>Statement in Arabic</source>
        <translation>Заявление на арабском языке</translation>
    </message>
    <message>
        <source>Statement in Chinese</source>
        <translation>Заявление на китайском языке</translation>
    </message>
    <message>
        <source>Statement in English</source>
        <translation>Заявление на английском языке</translation>
    </message>
    <message>
        <source>Statement in French</source>
        <translation>Заявление на французском языке</translation>
    </message>
    <message>
        <source>Statement in Russian</source>
        <translation>Заявление на русском языке</translation>
    </message>
    <message>
        <source>Statement in Spanish</source>
        <translation>Заявление на испанском языке</translation>
    </message>
    <message>
        <source>Statement in the language “%1”</source>
        <translation>Заявление на языке «%1»</translation>
    </message>
</context>
<context>
    <name>rostrum::TextRules</name>
    <message>
        <source>The delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <source>The speaker&apos;s name</source>
        <translation>Имя оратора</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>The group (on behalf of)</source>
        <translation>Группа (от имени)</translation>
    </message>
    <message>
        <source>The meeting&apos;s title</source>
        <translation>Название заседания</translation>
    </message>
    <message>
        <source>The heading of the meeting&apos;s documents</source>
        <translation>Шапка документов заседания</translation>
    </message>
    <message>
        <source>The venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>The name of organizer %1</source>
        <translation>Название организатора %1</translation>
    </message>
    <message>
        <source>The name of co-sponsor %1</source>
        <translation>Название соавтора %1</translation>
    </message>
    <message>
        <source>The name of Council member %1</source>
        <translation>Название члена Совета %1</translation>
    </message>
    <message>
        <source>%1 contains a line break (%2) at position %3; a name or a title is one line.</source>
        <translation>%1 содержит разрыв строки (%2) в позиции %3; имя или должность должны занимать одну строку.</translation>
    </message>
    <message>
        <source>%1 contains a control character (%2) at position %3; remove it.</source>
        <translation>%1 содержит управляющий символ (%2) в позиции %3; удалите его.</translation>
    </message>
    <message>
        <source>%1 contains a bidirectional formatting character (%2) at position %3, which would show the text in another order than it is written; remove it.</source>
        <translation>%1 содержит символ управления направлением текста (%2) в позиции %3, из-за которого текст отображался бы не в том порядке, в каком он написан; удалите его.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>Длина %1 — %2 символов; допускается не более %3.</translation>
    </message>
    <message>
        <source>The notes contain a control character (%1) at position %2; notes may hold line breaks and tabs, but no other control characters.</source>
        <translation>Примечания содержат управляющий символ (%1) в позиции %2; в примечаниях допускаются разрывы строк и табуляция, но не другие управляющие символы.</translation>
    </message>
    <message>
        <source>The notes contain a bidirectional formatting character (%1) at position %2, which would show the text in another order than it is written; remove it.</source>
        <translation>Примечания содержат символ управления направлением текста (%1) в позиции %2, из-за которого текст отображался бы не в том порядке, в каком он написан; удалите его.</translation>
    </message>
    <message>
        <source>The notes are %1 characters long; at most %2 are allowed.</source>
        <translation>Длина примечаний — %1 символов; допускается не более %2.</translation>
    </message>
    <message>
        <source>The message to the speaker</source>
        <translation>Сообщение оратору</translation>
    </message>
</context>
<context>
    <name>rostrum::TierOrderEdit</name>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Вверх</translation>
    </message>
    <message>
        <source>Tier order, the first to speak at the top</source>
        <translation>Порядок групп, первая выступающая — вверху</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>В&amp;низ</translation>
    </message>
</context>
<context>
    <name>rostrum::TimeText</name>
    <message>
        <source>on time</source>
        <translation>в срок</translation>
    </message>
    <message>
        <source>%1%2 days</source>
        <translation>%1%2 дн.</translation>
    </message>
    <message>
        <source>+%1 min</source>
        <translation>+%1 мин</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
</context>
<context>
    <name>rostrum::TimekeeperDisplay</name>
    <message>
        <source>Rostrum — Timekeeper</source>
        <translation>Rostrum — хронометрист</translation>
    </message>
    <message>
        <source>on behalf of %1</source>
        <translation>от имени %1</translation>
    </message>
    <message>
        <source>%1, on behalf of %2</source>
        <translation>%1 от имени %2</translation>
    </message>
    <message>
        <source>No one at the rostrum</source>
        <translation>На трибуне никого нет</translation>
    </message>
    <message>
        <source>Next: none</source>
        <translation>Следующий: нет</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Следующий: %1</translation>
    </message>
    <message>
        <source>Next: %1 — %2</source>
        <comment>delegation, speaker</comment>
        <translation>Следующий: %1 — %2</translation>
    </message>
    <message>
        <source>Projected end %1 (%2)</source>
        <translation>Расчетное окончание %1 (%2)</translation>
    </message>
    <message>
        <source>Timekeeper&apos;s display</source>
        <translation>Табло хронометриста</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>delegation, speaker</comment>
        <translation>%1, %2</translation>
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
        <translation>Прерван(а): %1 — осталось %2</translation>
    </message>
    <message>
        <source>Message to the speaker: %1</source>
        <translation>Сообщение оратору: %1</translation>
    </message>
</context>
<context>
    <name>rostrum::TimelinePicture</name>
    <message>
        <source>Planned slot</source>
        <translation>Плановое время</translation>
    </message>
    <message>
        <source>Actual speech</source>
        <translation>Фактическое выступление</translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation>Превышение</translation>
    </message>
    <message>
        <source>Scheduled end</source>
        <translation>Плановое окончание</translation>
    </message>
    <message>
        <source>Scheduled end %1</source>
        <translation>Плановое окончание %1</translation>
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
        <translation>Хронология заседания: плановые и фактические выступления</translation>
    </message>
</context>
<context>
    <name>rostrum::UnsavedActs</name>
    <message>
        <source>“%1” was not saved: %2</source>
        <translation>«%1» не сохранено: %2</translation>
    </message>
</context>
<context>
    <name>rostrum::ZoneTime</name>
    <message>
        <source>“%1” is outside the years 2000 to 2100; check the year</source>
        <translation>«%1» выходит за пределы 2000–2100 годов; проверьте год</translation>
    </message>
    <message>
        <source>%1 on %2 happens twice in %3; add the offset: %4 or %5</source>
        <translation>Время %1 %2 в поясе %3 наступает дважды; добавьте смещение: %4 или %5</translation>
    </message>
    <message>
        <source>%1 on %2 does not exist in %3: the clocks skip that hour</source>
        <translation>Времени %1 %2 в поясе %3 не существует: часы пропускают этот час</translation>
    </message>
</context>
<context>
    <name>rostrum::cli</name>
    <message>
        <source>No one is at the rostrum; no one is waiting.</source>
        <translation>На трибуне никого нет; никто не ожидает.</translation>
    </message>
    <message>
        <source>%1 at the rostrum: %2 (%3).</source>
        <translation>%1 на трибуне: %2 (%3).</translation>
    </message>
    <message>
        <source>entry #%1</source>
        <translation>запись № %1</translation>
    </message>
    <message>
        <source>%1 is absent and now no. %2 on the list.</source>
        <translation>%1 отсутствует и теперь стоит в списке под № %2.</translation>
    </message>
    <message>
        <source>%1 is absent and off the list.</source>
        <translation>%1 отсутствует и исключен(а) из списка.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Добавлено: %1.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Убрано: %1.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Отменено: %1.</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>Повторено: %1.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>неизвестный параметр %1</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>неизвестный параметр --%1</translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation>параметр --%1 указан более одного раза</translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation>параметр --%1 не принимает значения</translation>
    </message>
    <message>
        <source>--%1 needs a value (%2)</source>
        <translation>для параметра --%1 требуется значение (%2)</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>параметр --%1 обязателен</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not an entry id (a whole number, as shown by “list”)</source>
        <translation>%1 не является идентификатором записи (целое число, как показано в «list»)</translation>
    </message>
    <message>
        <source>%1 is not a position on the list (1 is the first)</source>
        <translation>%1 не является позицией в списке (1 — первая)</translation>
    </message>
    <message>
        <source>%1 for %2 is not a whole number</source>
        <translation>%1 для %2 не является целым числом</translation>
    </message>
    <message>
        <source>%1 is not a number of seconds to add (30) or remove (-30)</source>
        <translation>%1 не является числом секунд, которое нужно добавить (30) или убрать (-30)</translation>
    </message>
    <message>
        <source>%1 for %2 is not a time limit; write minutes and seconds, like 3:00 or 2:30</source>
        <translation>%1 для %2 не является регламентом; укажите минуты и секунды, например 3:00 или 2:30</translation>
    </message>
    <message>
        <source>%1 for %2 is not a date; write YYYY-MM-DD, like 2023-05-25</source>
        <translation>%1 для %2 не является датой; укажите YYYY-MM-DD, например 2023-05-25</translation>
    </message>
    <message>
        <source>%1 for %2 is not a time of day; write HH:MM or HH:MM:SS, like 15:00 or 15:00:30</source>
        <translation>%1 для %2 не является временем суток; укажите HH:MM или HH:MM:SS, например 15:00 или 15:00:30</translation>
    </message>
    <message>
        <source>%1 for %2 is not a date and time; write &quot;YYYY-MM-DD HH:MM[:SS]&quot; in the meeting&apos;s time zone, or ISO 8601 with an offset (2023-05-23T16:00-04:00)</source>
        <translation>%1 для %2 не является датой и временем; укажите &quot;YYYY-MM-DD HH:MM[:SS]&quot; в часовом поясе заседания или ISO 8601 со смещением (2023-05-23T16:00-04:00)</translation>
    </message>
    <message>
        <source>%1 in %2 is not in the directory of delegations</source>
        <translation>%1 в %2 нет в справочнике делегаций</translation>
    </message>
    <message>
        <source>; did you mean %1?</source>
        <translation>; возможно, имелось в виду %1?</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 is not a valid %2; choose one of: %3</source>
        <translation>%1 не является допустимым значением %2; выберите одно из следующих: %3</translation>
    </message>
    <message>
        <source>--%1 needs a file name</source>
        <translation>для параметра --%1 требуется имя файла</translation>
    </message>
    <message>
        <source>say where to write: --pdf OUT, --csv OUT or --html OUT</source>
        <translation>укажите, куда записать: --pdf OUT, --csv OUT или --html OUT</translation>
    </message>
    <message>
        <source>say where to write: --pdf OUT or --csv OUT</source>
        <translation>укажите, куда записать: --pdf OUT или --csv OUT</translation>
    </message>
    <message>
        <source>PDF output needs the graphical libraries, which could not start</source>
        <translation>для вывода в PDF нужны графические библиотеки, которые не удалось запустить</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Записано: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>Записано: %1 (%n страница)</numerusform>
            <numerusform>Записано: %1 (%n страницы)</numerusform>
            <numerusform>Записано: %1 (%n страниц)</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: rostrum-cli COMMAND FILE [ARGUMENTS] [OPTIONS]</source>
        <translation>Использование: rostrum-cli COMMAND FILE [ARGUMENTS] [OPTIONS]</translation>
    </message>
    <message>
        <source>Runs the speakers list of a Rostrum meeting file. Every act is saved to the file as one transaction and journaled under the name cli:$USER. Other programs, the console included, may have the file open at the same time.</source>
        <translation>Ведет список ораторов файла заседания Rostrum. Каждое действие сохраняется в файле как одна транзакция и заносится в журнал под именем cli:$USER. Другие программы, в том числе пульт, могут одновременно держать файл открытым.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>ID is an entry id as shown by “list --format json” and printed by “add”. POSITION counts from 1. M:SS is a time like 3:00. Dates and times are in the meeting&apos;s time zone.</source>
        <translation>ID — идентификатор записи, как показано в «list --format json» и выводится командой «add». POSITION отсчитывается от 1. M:SS — время, например 3:00. Даты и время указываются в часовом поясе заседания.</translation>
    </message>
    <message>
        <source>Exit status: 0 when done; 1 when the rules of the list or the file refuse the act; 2 when the command line is wrong. An error is one line on standard error, starting with “rostrum-cli: ”. A refused act never changes the file.</source>
        <translation>Код завершения: 0 — выполнено; 1 — действие отклонено правилами списка или файлом; 2 — ошибка в командной строке. Ошибка выводится одной строкой в стандартный поток ошибок, начинающейся с «rostrum-cli: ». Отклоненное действие никогда не изменяет файл.</translation>
    </message>
    <message>
        <source>Global options: --help, -h (this help); --version.</source>
        <translation>Глобальные параметры: --help, -h (эта справка); --version.</translation>
    </message>
    <message>
        <source>More about one command: rostrum-cli help COMMAND, or rostrum-cli COMMAND --help.</source>
        <translation>Подробнее о команде: rostrum-cli help COMMAND или rostrum-cli COMMAND --help.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Использование:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Параметры:</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (обязательно)</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 refused, 2 wrong command line.</source>
        <translation>Код завершения: 0 — выполнено, 1 — отклонено, 2 — ошибка в командной строке.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n row(s) would be imported, %1 refused.</source>
        <translation>
            <numerusform>Пробный запуск: будет импортирована %n строка, отклонено: %1.</numerusform>
            <numerusform>Пробный запуск: будут импортированы %n строки, отклонено: %1.</numerusform>
            <numerusform>Пробный запуск: будет импортировано %n строк, отклонено: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n row(s) refused, so nothing would be imported; --skip-invalid would import the other %1.</source>
        <translation>
            <numerusform>Пробный запуск: отклонена %n строка, поэтому ничего не будет импортировано; с --skip-invalid будут импортированы остальные (%1).</numerusform>
            <numerusform>Пробный запуск: отклонены %n строки, поэтому ничего не будет импортировано; с --skip-invalid будут импортированы остальные (%1).</numerusform>
            <numerusform>Пробный запуск: отклонено %n строк, поэтому ничего не будет импортировано; с --skip-invalid будут импортированы остальные (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused; nothing was imported (--skip-invalid imports the other %1).</source>
        <translation>
            <numerusform>Отклонена %n строка; ничего не импортировано (с --skip-invalid импортируются остальные: %1).</numerusform>
            <numerusform>Отклонены %n строки; ничего не импортировано (с --skip-invalid импортируются остальные: %1).</numerusform>
            <numerusform>Отклонено %n строк; ничего не импортировано (с --skip-invalid импортируются остальные: %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n inscription(s) (%1 late).</source>
        <translation>
            <numerusform>Импортирована %n запись (поздних: %1).</numerusform>
            <numerusform>Импортированы %n записи (поздних: %1).</numerusform>
            <numerusform>Импортировано %n записей (поздних: %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n inscription(s).</source>
        <translation>
            <numerusform>Импортирована %n запись.</numerusform>
            <numerusform>Импортированы %n записи.</numerusform>
            <numerusform>Импортировано %n записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused and not imported.</source>
        <translation>
            <numerusform>%n строка отклонена и не импортирована.</numerusform>
            <numerusform>%n строки отклонены и не импортированы.</numerusform>
            <numerusform>%n строк отклонено и не импортировано.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been done yet.</source>
        <translation>Пока ничего не сделано.</translation>
    </message>
    <message>
        <source>%1 (undone)</source>
        <translation>%1 (отменено)</translation>
    </message>
    <message>
        <source>--delegation cannot be empty</source>
        <translation>--delegation не может быть пустым</translation>
    </message>
    <message>
        <source>--on-behalf-of and --group-size go together: name the group and say how many delegations it has</source>
        <translation>--on-behalf-of и --group-size указываются вместе: назовите группу и укажите, сколько в ней делегаций</translation>
    </message>
    <message>
        <source>--on-behalf-of cannot be empty</source>
        <translation>--on-behalf-of не может быть пустым</translation>
    </message>
    <message>
        <source>--group-size must be at least 1</source>
        <translation>--group-size должен быть не меньше 1</translation>
    </message>
    <message>
        <source>%1 is now no. %2 on the list (placed by hand).</source>
        <translation>%1 теперь стоит в списке под № %2 (размещен вручную).</translation>
    </message>
    <message>
        <source>%1 (now no. %2) and %3 (now no. %4) exchanged places.</source>
        <translation>%1 (теперь № %2) и %3 (теперь № %4) поменялись местами.</translation>
    </message>
    <message>
        <source>%1 removed from the list.</source>
        <translation>%1 удален(а) из списка.</translation>
    </message>
    <message>
        <source>%1 withdrew from the list.</source>
        <translation>%1 отказался(лась) от выступления.</translation>
    </message>
    <message>
        <source>%1 now has a limit of %2.</source>
        <translation>Для %1 теперь установлен регламент %2.</translation>
    </message>
    <message numerus="yes">
        <source>Limit %1 for the %n waiting speaker(s).</source>
        <translation>
            <numerusform>Регламент %1 для %n ожидающего оратора.</numerusform>
            <numerusform>Регламент %1 для %n ожидающих ораторов.</numerusform>
            <numerusform>Регламент %1 для %n ожидающих ораторов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list of speakers is closed; inscriptions are refused until it is reopened.</source>
        <translation>Список ораторов закрыт; записи не принимаются, пока он не будет вновь открыт.</translation>
    </message>
    <message>
        <source>The list of speakers is open again.</source>
        <translation>Список ораторов вновь открыт.</translation>
    </message>
    <message>
        <source>%1, on behalf of %2</source>
        <translation>%1 от имени %2</translation>
    </message>
    <message>
        <source>late</source>
        <translation>поздно</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>вручную</translation>
    </message>
    <message>
        <source>absent once</source>
        <translation>одна неявка</translation>
    </message>
    <message numerus="yes">
        <source>absent %n times</source>
        <translation>
            <numerusform>%n неявка</numerusform>
            <numerusform>%n неявки</numerusform>
            <numerusform>%n неявок</numerusform>
        </translation>
    </message>
    <message>
        <source>No one is on the list.</source>
        <translation>В списке никого нет.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Оратор</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Регламент</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>отсутствует %1</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>непредвиденный аргумент «%1»</translation>
    </message>
    <message>
        <source>%1: %2 (see “rostrum-cli help %1”)</source>
        <translation>%1: %2 (см. «rostrum-cli help %1»)</translation>
    </message>
    <message>
        <source>no command given (see “rostrum-cli --help”)</source>
        <translation>не указана команда (см. «rostrum-cli --help»)</translation>
    </message>
    <message>
        <source>help takes at most one command</source>
        <translation>help принимает не более одной команды</translation>
    </message>
    <message>
        <source>there is no command “%1” (see “rostrum-cli --help”)</source>
        <translation>команды «%1» нет (см. «rostrum-cli --help»)</translation>
    </message>
    <message>
        <source>this computer&apos;s time zone (TZ=%1) is not an IANA zone; give the meeting&apos;s zone with --time-zone, e.g. --time-zone America/New_York</source>
        <translation>часовой пояс этого компьютера (TZ=%1) не является поясом IANA; укажите пояс заседания с помощью --time-zone, например --time-zone America/New_York</translation>
    </message>
    <message>
        <source>this computer&apos;s time zone has no IANA name; give the meeting&apos;s zone with --time-zone, e.g. --time-zone America/New_York</source>
        <translation>часовой пояс этого компьютера не имеет имени IANA; укажите пояс заседания с помощью --time-zone, например --time-zone America/New_York</translation>
    </message>
    <message>
        <source>“%1”, %2 %3–%4 (%5)</source>
        <translation>«%1», %2 %3–%4 (%5)</translation>
    </message>
    <message>
        <source>--title cannot be empty</source>
        <translation>--title не может быть пустым</translation>
    </message>
    <message>
        <source>“%1” is not an IANA time zone; use an IANA id such as Europe/Zurich or America/New_York</source>
        <translation>«%1» не является часовым поясом IANA; используйте идентификатор IANA, например Europe/Zurich или America/New_York</translation>
    </message>
    <message>
        <source>Created %1: %2.</source>
        <translation>Создан файл %1: %2.</translation>
    </message>
    <message>
        <source>Nothing changed: the settings are already so.</source>
        <translation>Ничего не изменено: параметры уже такие.</translation>
    </message>
    <message>
        <source>Settings changed: %1.</source>
        <translation>Параметры изменены: %1.</translation>
    </message>
    <message>
        <source>Heading: %1</source>
        <translation>Шапка: %1</translation>
    </message>
    <message>
        <source>the demo meeting could not be written: %1</source>
        <translation>не удалось записать демонстрационное заседание: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the demo meeting to %1: %2, %n speaker(s) inscribed.</source>
        <translation>
            <numerusform>Демонстрационное заседание записано в %1: %2, записан %n оратор.</numerusform>
            <numerusform>Демонстрационное заседание записано в %1: %2, записаны %n оратора.</numerusform>
            <numerusform>Демонстрационное заседание записано в %1: %2, записано %n ораторов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up “%1” to %2</source>
        <translation>Резервная копия «%1» сохранена в %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, %2–%3 (%4); now %5</source>
        <translation>%1, %2–%3 (%4); сейчас %5</translation>
    </message>
    <message>
        <source>Speaking: %1 — %2 (%3)</source>
        <translation>Выступает: %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>No one is speaking.</source>
        <translation>Никто не выступает.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Следующий: %1</translation>
    </message>
    <message>
        <source>Next: no one is waiting.</source>
        <translation>Следующий: никто не ожидает.</translation>
    </message>
    <message numerus="yes">
        <source>Projected end: %1 (%2), %n speaker(s) waiting</source>
        <translation>
            <numerusform>Расчетное окончание: %1 (%2), ожидает %n оратор</numerusform>
            <numerusform>Расчетное окончание: %1 (%2), ожидают %n оратора</numerusform>
            <numerusform>Расчетное окончание: %1 (%2), ожидают %n ораторов</numerusform>
        </translation>
    </message>
    <message>
        <source>The list of speakers is closed.</source>
        <translation>Список ораторов закрыт.</translation>
    </message>
    <message>
        <source>The list of speakers is open.</source>
        <translation>Список ораторов открыт.</translation>
    </message>
    <message>
        <source>output format (default: text)</source>
        <translation>формат вывода (по умолчанию: text)</translation>
    </message>
    <message>
        <source>Create a meeting file.</source>
        <translation>Создать файл заседания.</translation>
    </message>
    <message>
        <source>Times are in the meeting&apos;s time zone. Delegation names may be aliases (&quot;US&quot;, &quot;UK&quot;); they are saved under their directory names. An existing file is never overwritten.</source>
        <translation>Время указывается в часовом поясе заседания. Названия делегаций могут быть сокращениями (&quot;US&quot;, &quot;UK&quot;); они сохраняются под названиями из справочника. Существующий файл никогда не перезаписывается.</translation>
    </message>
    <message>
        <source>the meeting&apos;s title</source>
        <translation>название заседания</translation>
    </message>
    <message>
        <source>the day of the meeting</source>
        <translation>дата заседания</translation>
    </message>
    <message>
        <source>scheduled start</source>
        <translation>время начала по плану</translation>
    </message>
    <message>
        <source>scheduled end</source>
        <translation>время окончания по плану</translation>
    </message>
    <message>
        <source>inscription deadline; later inscriptions are marked late. In the hour the clocks go back, add the offset: 2027-11-07T01:30-04:00</source>
        <translation>крайний срок записи; более поздние записи помечаются как опоздавшие. В час перевода часов назад добавьте смещение: 2027-11-07T01:30-04:00</translation>
    </message>
    <message>
        <source>speaking time for every category (default 3:00)</source>
        <translation>время выступления для всех категорий (по умолчанию 3:00)</translation>
    </message>
    <message>
        <source>organizers, who open the meeting</source>
        <translation>организаторы, открывающие заседание</translation>
    </message>
    <message>
        <source>co-sponsors, who speak in the priority tier</source>
        <translation>соавторы, выступающие в приоритетной группе</translation>
    </message>
    <message>
        <source>members of the council, who speak after the briefers</source>
        <translation>члены Совета, выступающие после докладчиков</translation>
    </message>
    <message>
        <source>where the meeting takes place</source>
        <translation>место проведения заседания</translation>
    </message>
    <message>
        <source>the line above the title of every document, e.g. &quot;United Nations General Assembly, plenary meeting&quot; (default: none)</source>
        <translation>строка над названием каждого документа, например &quot;Генеральная Ассамблея Организации Объединенных Наций, пленарное заседание&quot; (по умолчанию: нет)</translation>
    </message>
    <message>
        <source>the meeting&apos;s time zone, e.g. America/New_York (default: this computer&apos;s)</source>
        <translation>часовой пояс заседания, например America/New_York (по умолчанию: пояс этого компьютера)</translation>
    </message>
    <message>
        <source>Give one or more of the options; undo brings the settings back as they were.</source>
        <translation>Укажите один или несколько параметров; отмена возвращает прежние значения.</translation>
    </message>
    <message>
        <source>where the meeting takes place; &quot;&quot; for none</source>
        <translation>место проведения заседания; &quot;&quot; — не указывать</translation>
    </message>
    <message>
        <source>the line above the title of every document; &quot;&quot; for none</source>
        <translation>строка над названием каждого документа; &quot;&quot; — не указывать</translation>
    </message>
    <message>
        <source>Write the demo meeting (UNSC Arria-formula, 25 May 2023) to a new file.</source>
        <translation>Записать демонстрационное заседание (СБ ООН, «формула Аррии», 25 мая 2023 года) в новый файл.</translation>
    </message>
    <message>
        <source>The meeting of the seed concept note with its 45 inscriptions, on its own date. With --today it is held today instead, starting at the next whole five minutes at least two minutes from now; its end, deadline and inscriptions move with it.</source>
        <translation>Заседание исходной концептуальной записки с 45 записями, в его собственную дату. С --today оно проводится сегодня и начинается в ближайшее время, кратное пяти минутам, не ранее чем через две минуты; окончание, крайний срок и записи сдвигаются вместе с ним.</translation>
    </message>
    <message>
        <source>hold the meeting today, starting within minutes</source>
        <translation>провести заседание сегодня с началом через несколько минут</translation>
    </message>
    <message>
        <source>Inscribe a speaker; prints only the new entry&apos;s id.</source>
        <translation>Записать оратора; выводит только id новой записи.</translation>
    </message>
    <message>
        <source>The category is inferred when not given: a delegation keeps the highest tier it qualifies for. Briefers and non-State speakers need --category briefer or other.</source>
        <translation>Если категория не указана, она определяется автоматически: делегация получает самую высокую группу, на которую имеет право. Для докладчиков и ораторов, не являющихся государствами, требуется --category briefer или other.</translation>
    </message>
    <message>
        <source>a delegation from the directory, or a name for briefers and others</source>
        <translation>делегация из справочника или имя для докладчиков и других</translation>
    </message>
    <message>
        <source>the speaker&apos;s name</source>
        <translation>имя оратора</translation>
    </message>
    <message>
        <source>the speaker&apos;s title</source>
        <translation>должность оратора</translation>
    </message>
    <message>
        <source>organizer, briefer, council, cosponsor, group, member, observer or other</source>
        <translation>organizer, briefer, council, cosponsor, group, member, observer или other</translation>
    </message>
    <message>
        <source>the group the statement is made for (with --group-size)</source>
        <translation>группа, от имени которой делается заявление (вместе с --group-size)</translation>
    </message>
    <message>
        <source>how many delegations the group has (with --on-behalf-of)</source>
        <translation>число делегаций в группе (вместе с --on-behalf-of)</translation>
    </message>
    <message>
        <source>ar, zh, en, fr, ru or es (default en)</source>
        <translation>ar, zh, en, fr, ru или es (по умолчанию en)</translation>
    </message>
    <message>
        <source>head, minister, pr, deputy, charge or other</source>
        <translation>head, minister, pr, deputy, charge или other</translation>
    </message>
    <message>
        <source>when the inscription arrived, in the meeting&apos;s time zone or ISO 8601 with an offset (default: now)</source>
        <translation>время поступления записи в часовом поясе заседания или ISO 8601 со смещением (по умолчанию: сейчас)</translation>
    </message>
    <message>
        <source>this speaker&apos;s time limit (default: the category&apos;s)</source>
        <translation>регламент этого оратора (по умолчанию: регламент категории)</translation>
    </message>
    <message>
        <source>notes for the secretariat</source>
        <translation>примечания для секретариата</translation>
    </message>
    <message>
        <source>Inscribe every row of a CSV file, as one act (one undo removes them all).</source>
        <translation>Записать все строки файла CSV одним действием (одна отмена удаляет их все).</translation>
    </message>
    <message>
        <source>The CSV has a header row; the columns, in any order and any case, are delegation (required), speaker, title, category, on_behalf_of, group_size, language, level, inscribed_at, limit and notes. Comma, semicolon or tab separated; UTF-8 or UTF-16 with a byte-order mark (&quot;Unicode text&quot;). Every row is checked first; refused rows are listed on standard error as &quot;line N: reason&quot;, and then nothing is written unless --skip-invalid is given.</source>
        <translation>Файл CSV содержит строку заголовка; столбцы в любом порядке и регистре: delegation (обязательный), speaker, title, category, on_behalf_of, group_size, language, level, inscribed_at, limit и notes. Разделитель — запятая, точка с запятой или табуляция; кодировка UTF-8 или UTF-16 с меткой порядка байтов (&quot;Unicode text&quot;). Сначала проверяется каждая строка; отклоненные строки выводятся в стандартный поток ошибок в виде &quot;line N: причина&quot;, и тогда ничего не записывается, если не указан параметр --skip-invalid.</translation>
    </message>
    <message>
        <source>check and report only; never write</source>
        <translation>только проверить и сообщить; ничего не записывать</translation>
    </message>
    <message>
        <source>import the rows that are accepted and report the rest</source>
        <translation>импортировать принятые строки и сообщить об остальных</translation>
    </message>
    <message>
        <source>Show the running order with projected start times.</source>
        <translation>Показать порядок выступлений с расчетным временем начала.</translation>
    </message>
    <message>
        <source>JSON is an array in running order; CSV follows RFC 4180 with a header row.</source>
        <translation>JSON — массив в порядке выступлений; CSV соответствует RFC 4180 и содержит строку заголовка.</translation>
    </message>
    <message>
        <source>also show who spoke, the current speaker, the absent and the withdrawn</source>
        <translation>показать также выступивших, текущего оратора, отсутствующих и отказавшихся</translation>
    </message>
    <message>
        <source>Show who is speaking, the time left, who is next, and the projected end.</source>
        <translation>Показать, кто выступает, сколько осталось времени, кто следующий и расчетное окончание.</translation>
    </message>
    <message>
        <source>Move a waiting speaker to a position; pins them there.</source>
        <translation>Переместить ожидающего оратора на позицию и закрепить его там.</translation>
    </message>
    <message>
        <source>Exchange the places of two waiting speakers, in one act.</source>
        <translation>Поменять местами двух ожидающих ораторов одним действием.</translation>
    </message>
    <message>
        <source>Delete an entry from the list (undo brings it back).</source>
        <translation>Удалить запись из списка (отмена возвращает ее).</translation>
    </message>
    <message>
        <source>Mark a waiting speaker as withdrawn.</source>
        <translation>Отметить отказ ожидающего оратора от выступления.</translation>
    </message>
    <message>
        <source>Start or resume the clock; with no one at the rostrum, call the first speaker.</source>
        <translation>Запустить или возобновить таймер; если на трибуне никого нет, вызвать первого оратора.</translation>
    </message>
    <message>
        <source>Pause the current speaker&apos;s clock.</source>
        <translation>Приостановить таймер текущего оратора.</translation>
    </message>
    <message>
        <source>Close the current speech and call the next speaker.</source>
        <translation>Завершить текущее выступление и вызвать следующего оратора.</translation>
    </message>
    <message>
        <source>The called speaker is absent: apply the meeting&apos;s absent rule and call the next.</source>
        <translation>Вызванный оратор отсутствует: применить правило заседания для отсутствующих и вызвать следующего.</translation>
    </message>
    <message>
        <source>Undo the last act.</source>
        <translation>Отменить последнее действие.</translation>
    </message>
    <message>
        <source>Redo the last undone act.</source>
        <translation>Повторить последнее отмененное действие.</translation>
    </message>
    <message>
        <source>Give the current speaker more time; a negative number takes time away.</source>
        <translation>Добавить время текущему оратору; отрицательное число уменьшает время.</translation>
    </message>
    <message>
        <source>Reset the current speaker&apos;s clock to the full limit.</source>
        <translation>Сбросить таймер текущего оратора до полного регламента.</translation>
    </message>
    <message>
        <source>Change one speaker&apos;s time limit.</source>
        <translation>Изменить регламент одного оратора.</translation>
    </message>
    <message>
        <source>Change the time limit of every waiting speaker.</source>
        <translation>Изменить регламент всех ожидающих ораторов.</translation>
    </message>
    <message>
        <source>Close the list of speakers: inscriptions are refused.</source>
        <translation>Закрыть список ораторов: запись прекращается.</translation>
    </message>
    <message>
        <source>Reopen the list of speakers.</source>
        <translation>Вновь открыть список ораторов.</translation>
    </message>
    <message>
        <source>Show who did what, and when, oldest first.</source>
        <translation>Показать, кто, что и когда сделал, сначала старые действия.</translation>
    </message>
    <message>
        <source>show the last N acts (default 50; 0 shows all)</source>
        <translation>показать последние N действий (по умолчанию 50; 0 — все)</translation>
    </message>
    <message>
        <source>Write a consistent copy of the meeting, with its whole journal, to a new file.</source>
        <translation>Записать согласованную копию заседания со всем журналом в новый файл.</translation>
    </message>
    <message>
        <source>One snapshot of the file as saved, taken while other consoles may be acting on it; undo and redo work in the copy. DEST must not exist yet. Only reads FILE.</source>
        <translation>Один снимок файла в сохраненном виде, снятый, пока с ним могут работать другие пульты; в копии работают отмена и повтор. DEST еще не должен существовать. FILE только читается.</translation>
    </message>
    <message>
        <source>Write the list of speakers for circulation: PDF, CSV or HTML.</source>
        <translation>Записать список ораторов для распространения: PDF, CSV или HTML.</translation>
    </message>
    <message>
        <source>The speaker at the rostrum first, then the running order with projected times. CSV is UTF-8 with a byte order mark, for spreadsheets; HTML is a standalone page. Give one or more outputs. A file is written whole or not at all.</source>
        <translation>Сначала оратор на трибуне, затем порядок выступлений с расчетным временем. CSV — в UTF-8 с меткой порядка байтов, для электронных таблиц; HTML — автономная страница. Укажите один или несколько выходных файлов. Файл записывается целиком или не записывается вовсе.</translation>
    </message>
    <message>
        <source>write an A4 PDF</source>
        <translation>записать PDF формата A4</translation>
    </message>
    <message>
        <source>write CSV (RFC 4180)</source>
        <translation>записать CSV (RFC 4180)</translation>
    </message>
    <message>
        <source>write an HTML page</source>
        <translation>записать страницу HTML</translation>
    </message>
    <message>
        <source>the line naming the kind of meeting, for this document only (default: the meeting&apos;s heading; &quot;&quot; for none)</source>
        <translation>строка с видом заседания, только для этого документа (по умолчанию: шапка заседания; &quot;&quot; — не указывать)</translation>
    </message>
    <message>
        <source>the document&apos;s language: ar, zh, en, fr, ru or es (default: the language of the messages)</source>
        <translation>язык документа: ar, zh, en, fr, ru или es (по умолчанию: язык сообщений)</translation>
    </message>
    <message>
        <source>Write the report of the meeting: planned and actual times, overruns, totals.</source>
        <translation>Записать отчет о заседании: плановое и фактическое время, превышения, итоги.</translation>
    </message>
    <message>
        <source>One row per speaker with planned and actual start, allotted and actual time, overrun and pauses; totals by tier; the PDF adds a timeline picture. CSV has whole seconds, ISO 8601 times with the meeting&apos;s offset and status keys.</source>
        <translation>По строке на оратора: плановое и фактическое начало, отведенное и фактическое время, превышение и паузы; итоги по группам; в PDF добавляется схема хронологии. В CSV — целые секунды, время в ISO 8601 со смещением заседания и ключи статуса.</translation>
    </message>
    <message>
        <source>--language: “%1” is not one of %2</source>
        <translation>--language: «%1» не входит в число %2</translation>
    </message>
    <message>
        <source>Before the command, --language xx chooses the language of the messages (%1); without it they follow LANG and LC_MESSAGES.</source>
        <translation>Параметр --language xx перед командой задает язык сообщений (%1); без него используются LANG и LC_MESSAGES.</translation>
    </message>
    <message>
        <source>The limits of their categories change too, so that speakers inscribed afterwards get the same limit, unless --waiting-only.</source>
        <translation>Регламент их категорий тоже меняется, так что ораторы, записавшиеся позже, получают тот же регламент, если не указано --waiting-only.</translation>
    </message>
    <message>
        <source>change only the speakers waiting now, not later inscriptions</source>
        <translation>изменить только ожидающих сейчас ораторов, но не последующие записи</translation>
    </message>
    <message>
        <source>Change the meeting&apos;s title, venue, heading or rules of the floor, as one act.</source>
        <translation>Изменить название, место, шапку или правила предоставления слова одним действием.</translation>
    </message>
    <message>
        <source>the limit of a point of order; 0:00 for untimed (default 2:00)</source>
        <translation>регламент выступления по порядку ведения заседания; 0:00 — без регламента (по умолчанию 2:00)</translation>
    </message>
    <message>
        <source>how many rights of reply a delegation may make (default 2)</source>
        <translation>сколько раз делегация может воспользоваться правом на ответ (по умолчанию 2)</translation>
    </message>
    <message>
        <source>the limit of a first reply (default 5:00)</source>
        <translation>регламент первого ответа (по умолчанию 5:00)</translation>
    </message>
    <message>
        <source>the limit of a second or later reply (default 3:00)</source>
        <translation>регламент второго и последующих ответов (по умолчанию 3:00)</translation>
    </message>
    <message>
        <source>whether consoles chime at the warning and at zero (default on)</source>
        <translation>подают ли консоли сигнал при предупреждении и на нуле (по умолчанию on)</translation>
    </message>
    <message>
        <source>Point of order: %1 has the floor; %2 is interrupted with %3 left.</source>
        <translation>По порядку ведения заседания: слово имеет %1; %2 прерван(а), осталось %3.</translation>
    </message>
    <message>
        <source>Point of order: %1 has the floor.</source>
        <translation>По порядку ведения заседания: слово имеет %1.</translation>
    </message>
    <message>
        <source>%1: right of reply no. %2 (%3), no. %4 on the list.</source>
        <translation>%1: ответ № %2 (%3), № %4 в списке.</translation>
    </message>
    <message>
        <source>No changeover between speakers.</source>
        <translation>Без времени на смену ораторов.</translation>
    </message>
    <message>
        <source>Changeover: %1 s between speakers.</source>
        <translation>Смена ораторов: %1 с между выступлениями.</translation>
    </message>
    <message>
        <source>message takes either TEXT or --clear, not both</source>
        <translation>message принимает либо TEXT, либо --clear, но не оба</translation>
    </message>
    <message>
        <source>message needs the TEXT to show, or --clear</source>
        <translation>message требует TEXT для показа или --clear</translation>
    </message>
    <message>
        <source>the message is empty; to take it off the display, use --clear</source>
        <translation>сообщение пустое; чтобы убрать его с табло, используйте --clear</translation>
    </message>
    <message>
        <source>Message to the speaker cleared.</source>
        <translation>Сообщение оратору убрано.</translation>
    </message>
    <message>
        <source>On the display: “%1”</source>
        <translation>На табло: «%1»</translation>
    </message>
    <message>
        <source>the language spoken: ar, zh, en, fr, ru or es</source>
        <translation>язык выступления: ar, zh, en, fr, ru или es</translation>
    </message>
    <message>
        <source>A point of order takes the floor at once.</source>
        <translation>Выступление по порядку ведения заседания получает слово немедленно.</translation>
    </message>
    <message>
        <source>The current speech is interrupted: its clock stops and its remaining time is kept. The point of order has its own clock and limit (the meeting&apos;s setting, 2:00 unless changed; 0:00 counts up). next closes it and gives the floor back to the interrupted speaker, paused; start resumes them.</source>
        <translation>Текущее выступление прерывается: его таймер останавливается, оставшееся время сохраняется. У выступления по порядку ведения заседания свой таймер и регламент (параметр заседания, 2:00, если не изменен; 0:00 — отсчет прошедшего времени). next завершает его и возвращает слово прерванному оратору на паузе; start возобновляет его выступление.</translation>
    </message>
    <message>
        <source>Inscribe a right of reply, heard after the last statement.</source>
        <translation>Записать выступление в порядке осуществления права на ответ, заслушиваемое после последнего заявления.</translation>
    </message>
    <message>
        <source>Replies are heard in the order asked, in a tier of their own at the end, even while the list is closed. A delegation may reply as often as the meeting allows (2 unless changed); the first and second replies have their own limits (5:00 and 3:00 unless changed).</source>
        <translation>Ответы заслушиваются в порядке поступления просьб, отдельной группой в конце, даже когда список закрыт. Делегация может отвечать столько раз, сколько разрешено заседанием (2, если не изменено); для первого и второго ответа свой регламент (5:00 и 3:00, если не изменен).</translation>
    </message>
    <message>
        <source>Set the time between one speaker&apos;s end and the next one&apos;s start.</source>
        <translation>Задать время между окончанием выступления одного оратора и началом следующего.</translation>
    </message>
    <message>
        <source>From 0 to 600 seconds. Every projected start, the projected end and the fit advisor include it, except before the first speaker.</source>
        <translation>От 0 до 600 секунд. Учитывается в каждом расчетном начале, в расчетном окончании и в советах по регламенту, кроме как перед первым оратором.</translation>
    </message>
    <message>
        <source>Show a message to the speaker on the display.</source>
        <translation>Показать сообщение оратору на табло.</translation>
    </message>
    <message>
        <source>The message stays until it is cleared or the next speaker is called, for example &quot;Please conclude&quot;.</source>
        <translation>Сообщение остается, пока его не уберут или не будет вызван следующий оратор, например &quot;Прошу завершать выступление&quot;.</translation>
    </message>
    <message>
        <source>take the message off the display</source>
        <translation>убрать сообщение с табло</translation>
    </message>
    <message>
        <source>reply %1</source>
        <translation>ответ %1</translation>
    </message>
    <message>
        <source>say what to change: --title, --venue, --heading, --point-of-order-limit, --replies, --reply-first, --reply-second or --chimes</source>
        <translation>укажите, что изменить: --title, --venue, --heading, --point-of-order-limit, --replies, --reply-first, --reply-second или --chimes</translation>
    </message>
    <message>
        <source>%1 for --point-of-order-limit is not a time limit; write minutes and seconds, like 2:00, or 0:00 for untimed</source>
        <translation>%1 для --point-of-order-limit не является регламентом; укажите минуты и секунды, например 2:00, или 0:00 — без регламента</translation>
    </message>
    <message>
        <source>Point of order: %1 — %2 (%3)</source>
        <translation>По порядку ведения заседания: %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Interrupted: %1 — %2 left</source>
        <translation>Прерван(а): %1 — осталось %2</translation>
    </message>
    <message>
        <source>Message to the speaker: “%1”</source>
        <translation>Сообщение оратору: «%1»</translation>
    </message>
    <message>
        <source>Serve the meeting&apos;s web views and API until stopped (Ctrl+C).</source>
        <translation>Предоставлять веб-страницы и API заседания до остановки (Ctrl+C).</translation>
    </message>
    <message>
        <source>Prints one link per role (viewer, timekeeper, staff, chair); each link carries its role&apos;s key. The keys are kept, hashed, in the meeting file, so the links work again after a restart; --new-links makes new ones and every older link stops working. Acts from the pages are journaled as web:ROLE@ADDRESS. See docs/API.md.</source>
        <translation>Выводит по одной ссылке на каждую роль (читатель, хронометрист, секретариат, Председатель); каждая ссылка содержит ключ своей роли. Ключи хранятся в файле заседания в виде хешей, поэтому после перезапуска ссылки снова работают; --new-links создает новые ключи, и все прежние ссылки перестают работать. Действия со страниц заносятся в журнал под именем web:ROLE@ADDRESS. См. docs/API.md.</translation>
    </message>
    <message>
        <source>the address to listen on (default: 127.0.0.1, this computer only; 0.0.0.0 for every network)</source>
        <translation>адрес для приема подключений (по умолчанию: 127.0.0.1, только этот компьютер; 0.0.0.0 — все сети)</translation>
    </message>
    <message>
        <source>the port (default: 8080; 0: any)</source>
        <translation>порт (по умолчанию: 8080; 0 — любой)</translation>
    </message>
    <message>
        <source>the views (timer, room, booth, list) open without a key; the acts still need one</source>
        <translation>страницы просмотра (timer, room, booth, list) открываются без ключа; для действий ключ по-прежнему нужен</translation>
    </message>
    <message>
        <source>make new keys for every role; the old links stop working</source>
        <translation>создать новые ключи для всех ролей; старые ссылки перестают работать</translation>
    </message>
    <message>
        <source>--bind takes an IP address such as 127.0.0.1 or 0.0.0.0, not “%1”</source>
        <translation>параметр --bind принимает IP-адрес, например 127.0.0.1 или 0.0.0.0, а не «%1»</translation>
    </message>
    <message>
        <source>--port must be from 0 to 65535</source>
        <translation>значение --port должно быть от 0 до 65535</translation>
    </message>
    <message>
        <source>Serving &quot;%1&quot; on %2</source>
        <translation>Заседание «%1» доступно по адресу %2</translation>
    </message>
    <message>
        <source>%1: the meetings cannot be listed: %2</source>
        <translation>%1: не удается получить список заседаний: %2</translation>
    </message>
    <message>
        <source>%1 holds no meetings yet.</source>
        <translation>В %1 пока нет заседаний.</translation>
    </message>
    <message>
        <source>Copied %1 to %2</source>
        <translation>%1 скопирован в %2</translation>
    </message>
    <message>
        <source>--user must name a PostgreSQL user (1 to 63 characters)</source>
        <translation>в --user должно быть указано имя пользователя PostgreSQL (от 1 до 63 символов)</translation>
    </message>
    <message>
        <source>%1: %2 was not given the role %3: %4</source>
        <translation>%1: пользователю %2 не назначена роль %3: %4</translation>
    </message>
    <message>
        <source>%1 is now %2 of the meeting %3</source>
        <translation>%1 теперь имеет роль %2 в заседании %3</translation>
    </message>
    <message>
        <source>List the meetings a PostgreSQL database holds.</source>
        <translation>Вывести список заседаний, содержащихся в базе данных PostgreSQL.</translation>
    </message>
    <message>
        <source>SERVER is postgresql://[USER@]HOST[:PORT]/DATABASE. The password comes from PGPASSWORD or ~/.pgpass, never from the command line.</source>
        <translation>SERVER имеет вид postgresql://[USER@]HOST[:PORT]/DATABASE. Пароль берется из PGPASSWORD или ~/.pgpass, но никогда из командной строки.</translation>
    </message>
    <message>
        <source>Copy a meeting file, journal included, to a new meeting on a server.</source>
        <translation>Скопировать файл заседания вместе с журналом в новое заседание на сервере.</translation>
    </message>
    <message>
        <source>URL is postgresql://[USER@]HOST[:PORT]/DATABASE?meeting=NAME, and NAME must not be taken. Undo and redo carry on where the file left them; the copy has an identity of its own. Whoever pushes owns the meeting and is its chair. Only reads FILE.</source>
        <translation>URL имеет вид postgresql://[USER@]HOST[:PORT]/DATABASE?meeting=NAME, причем имя NAME не должно быть занято. Отмена и повтор продолжаются с того места, на котором они остановились в файле; копия имеет собственный идентификатор. Тот, кто выполняет push, является владельцем заседания и его Председателем. FILE только читается.</translation>
    </message>
    <message>
        <source>Copy a meeting on a server, journal included, into a new file.</source>
        <translation>Скопировать заседание с сервера вместе с журналом в новый файл.</translation>
    </message>
    <message>
        <source>One snapshot of the meeting, taken while consoles may be acting on it. FILE must not exist yet.</source>
        <translation>Один снимок заседания, снятый, пока с ним могут работать пульты. FILE еще не должен существовать.</translation>
    </message>
    <message>
        <source>Give a PostgreSQL user one role on a meeting.</source>
        <translation>Назначить пользователю PostgreSQL одну роль в заседании.</translation>
    </message>
    <message>
        <source>The server enforces the role, whatever program the user connects with: a viewer reads; a timekeeper runs the clock and the message; staff inscribe, move, mark absent and edit; the chair does everything. The user is created (without a password: set one with psql&apos;s \password) where the server has none, and loses any other role on the meeting. Needs the right to create roles.</source>
        <translation>Сервер обеспечивает соблюдение роли, с помощью какой бы программы ни подключался пользователь: читатель просматривает; хронометрист управляет таймером и сообщением; секретариат записывает, перемещает, отмечает неявку и изменяет; Председатель может все. Пользователь создается (без пароля: задайте его командой \password в psql), если его нет на сервере, и теряет любую другую роль в заседании. Требуется право на создание ролей.</translation>
    </message>
    <message>
        <source>the PostgreSQL user</source>
        <translation>пользователь PostgreSQL</translation>
    </message>
    <message>
        <source>chair, staff, timekeeper or viewer</source>
        <translation>chair, staff, timekeeper или viewer</translation>
    </message>
</context>
<context>
    <name>rostrum::web::AccessTokens</name>
    <message>
        <source>Cannot make the folder %1 for the links.</source>
        <translation>Не удается создать папку %1 для ссылок.</translation>
    </message>
    <message>
        <source>This meeting file is too old to be shared: open it in the console once, which brings it up to date.</source>
        <translation>Этот файл заседания слишком старый для совместного доступа: откройте его один раз в пульте, и пульт его обновит.</translation>
    </message>
</context>
<context>
    <name>rostrum::web::GuardedTcpServer</name>
    <message>
        <source>Web views: too many connections from %1; the ones over %2 are turned away.</source>
        <translation>Веб-страницы: слишком много подключений с адреса %1; подключения сверх %2 отклоняются.</translation>
    </message>
</context>
<context>
    <name>rostrum::web::PageStrings</name>
    <message>
        <source>Rostrum — Timer</source>
        <comment>Browser tab title of the speaker&apos;s timer page</comment>
        <translation>Rostrum — таймер</translation>
    </message>
    <message>
        <source>Rostrum — Room display</source>
        <comment>Browser tab title of the room display page</comment>
        <translation>Rostrum — табло в зале</translation>
    </message>
    <message>
        <source>Rostrum — Interpreters</source>
        <comment>Browser tab title of the interpreters&apos; page</comment>
        <translation>Rostrum — устные переводчики</translation>
    </message>
    <message>
        <source>Rostrum — List of speakers</source>
        <comment>Browser tab title of the delegates&apos; list page</comment>
        <translation>Rostrum — список ораторов</translation>
    </message>
    <message>
        <source>Rostrum — Control</source>
        <comment>Browser tab title of the control page</comment>
        <translation>Rostrum — управление</translation>
    </message>
    <message>
        <source>Connecting to the console…</source>
        <comment>Banner while the page first connects to the console</comment>
        <translation>Подключение к пульту…</translation>
    </message>
    <message>
        <source>Connection to the console lost — reconnecting…</source>
        <comment>Banner when the link to the console is lost; the page retries by itself</comment>
        <translation>Связь с пультом потеряна — повторное подключение…</translation>
    </message>
    <message>
        <source>This link is not valid any more. Ask the secretariat for a new one.</source>
        <comment>Banner when the link&apos;s access code is wrong or withdrawn; no retry</comment>
        <translation>Эта ссылка больше не действует. Обратитесь в секретариат за новой.</translation>
    </message>
    <message>
        <source>This link may not open this page. Ask the secretariat for the right link.</source>
        <comment>Banner when the link&apos;s role may not open this page; no retry</comment>
        <translation>По этой ссылке нельзя открыть эту страницу. Обратитесь в секретариат за нужной ссылкой.</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <comment>Screen-reader name of the countdown figures</comment>
        <translation>Время выступления</translation>
    </message>
    <message>
        <source>Time of day</source>
        <comment>Screen-reader name of the meeting&apos;s clock (HH:MM)</comment>
        <translation>Текущее время</translation>
    </message>
    <message>
        <source>No one at the rostrum</source>
        <comment>Shown in place of the delegation when nobody has the floor</comment>
        <translation>На трибуне никого нет</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>%1 delegation, %2 speaker&apos;s name</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, on behalf of %2</source>
        <comment>%1 speaker&apos;s name, %2 group or State spoken for</comment>
        <translation>%1 от имени %2</translation>
    </message>
    <message>
        <source>on behalf of %1</source>
        <comment>%1 group or State spoken for (speaker&apos;s name unknown)</comment>
        <translation>от имени %1</translation>
    </message>
    <message>
        <source>READY</source>
        <comment>Clock label: a speaker is called, clock not started (capitals on the display)</comment>
        <translation>ГОТОВО</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <comment>Clock label: clock paused</comment>
        <translation>ПАУЗА</translation>
    </message>
    <message>
        <source>WARNING</source>
        <comment>Clock label: little time left (a ⚠ sign is added before it)</comment>
        <translation>ВНИМАНИЕ</translation>
    </message>
    <message>
        <source>TIME</source>
        <comment>Clock label: the time is up (0:00)</comment>
        <translation>ВРЕМЯ</translation>
    </message>
    <message>
        <source>OVERTIME</source>
        <comment>Clock label: speaking past the limit</comment>
        <translation>ПРЕВЫШЕНИЕ</translation>
    </message>
    <message>
        <source>FINISHED</source>
        <comment>Clock label: the speech has ended</comment>
        <translation>ЗАВЕРШЕНО</translation>
    </message>
    <message>
        <source>PAUSED — %1</source>
        <comment>%1 one of WARNING / TIME / OVERTIME: clock paused in that phase</comment>
        <translation>ПАУЗА — %1</translation>
    </message>
    <message>
        <source>POINT OF ORDER</source>
        <comment>Big label on the timer when the floor is taken by a point of order</comment>
        <translation>ПО ПОРЯДКУ ВЕДЕНИЯ ЗАСЕДАНИЯ</translation>
    </message>
    <message>
        <source>RIGHT OF REPLY</source>
        <comment>Big label on the timer during a right of reply</comment>
        <translation>ПРАВО НА ОТВЕТ</translation>
    </message>
    <message>
        <source>Point of order</source>
        <comment>Small mark next to a point of order in lists</comment>
        <translation>По порядку ведения заседания</translation>
    </message>
    <message>
        <source>Right of reply</source>
        <comment>Small mark next to a right of reply in lists</comment>
        <translation>Право на ответ</translation>
    </message>
    <message>
        <source>Right of reply %1</source>
        <comment>%1 the number of the reply (1, 2): &quot;Right of reply 1&quot;</comment>
        <translation>Право на ответ %1</translation>
    </message>
    <message>
        <source>Late</source>
        <comment>Mark for a speaker inscribed after the deadline</comment>
        <translation>Поздно</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <comment>Mark for a speaker interrupted by a point of order</comment>
        <translation>Прерван</translation>
    </message>
    <message>
        <source>Absent</source>
        <comment>Mark for a speaker who was absent when called</comment>
        <translation>Отсутствует</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>Mark for a speaker who withdrew</comment>
        <translation>Отказался</translation>
    </message>
    <message>
        <source>Spoke</source>
        <comment>Mark for a speaker who has spoken</comment>
        <translation>Выступил</translation>
    </message>
    <message>
        <source>Speaking now</source>
        <comment>Heading over the current speaker on the delegates&apos; list</comment>
        <translation>Выступает</translation>
    </message>
    <message>
        <source>Interrupted: %1 — %2 left</source>
        <comment>%1 delegation, %2 time left (e.g. 1:12) for the interrupted speaker</comment>
        <translation>Прерван(а): %1 — осталось %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <comment>%1 next delegation (and speaker)</comment>
        <translation>Следующий: %1</translation>
    </message>
    <message>
        <source>Next: none</source>
        <comment>Nobody is waiting to speak next</comment>
        <translation>Следующий: нет</translation>
    </message>
    <message>
        <source>Projected end %1 (%2)</source>
        <comment>%1 projected end time HH:MM, %2 lateness such as &quot;+15 min&quot;</comment>
        <translation>Расчетное окончание %1 (%2)</translation>
    </message>
    <message>
        <source>+%1 min</source>
        <comment>%1 minutes past the scheduled end</comment>
        <translation>+%1 мин</translation>
    </message>
    <message>
        <source>−%1 min</source>
        <comment>%1 minutes before the scheduled end</comment>
        <translation>−%1 мин</translation>
    </message>
    <message>
        <source>on time</source>
        <comment>The list is projected to end at the scheduled time</comment>
        <translation>в срок</translation>
    </message>
    <message>
        <source>+%1 days</source>
        <comment>%1 days past the scheduled end (for meetings far off their date)</comment>
        <translation>+%1 дн.</translation>
    </message>
    <message>
        <source>−%1 days</source>
        <comment>%1 days before the scheduled end</comment>
        <translation>−%1 дн.</translation>
    </message>
    <message>
        <source>The list of speakers is closed.</source>
        <comment>The chair has closed the list of speakers</comment>
        <translation>Список ораторов закрыт.</translation>
    </message>
    <message>
        <source>No one is waiting to speak.</source>
        <comment>The list has no waiting speaker</comment>
        <translation>Выступления никто не ожидает.</translation>
    </message>
    <message>
        <source>Now speaking</source>
        <comment>Heading over the current speaker on the room screen</comment>
        <translation>Выступает</translation>
    </message>
    <message>
        <source>Next speakers</source>
        <comment>Heading over the next five speakers on the room screen</comment>
        <translation>Следующие ораторы</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <comment>%1 language name and code, e.g. &quot;French (fr)&quot;</comment>
        <translation>Язык: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>%1 language name in the page&apos;s language, %2 its code</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Language not given</source>
        <comment>No language was given for the statement</comment>
        <translation>Язык не указан</translation>
    </message>
    <message>
        <source>Next three</source>
        <comment>Heading over the next three speakers on the interpreters&apos; page</comment>
        <translation>Следующие три оратора</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <comment>%1 the secretariat&apos;s notes for the booths about this speaker</comment>
        <translation>Примечания: %1</translation>
    </message>
    <message>
        <source>List of speakers</source>
        <comment>Heading of the list of speakers (also used when the meeting has no title)</comment>
        <translation>Список ораторов</translation>
    </message>
    <message>
        <source>Spoken or off the list (%1)</source>
        <comment>%1 how many; folded section with speakers done or off the list</comment>
        <translation>Выступившие или исключенные из списка (%1)</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>%1 start time, %2 end time of a speech (HH:MM)</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Start</source>
        <comment>Button: start or resume the speaker&apos;s clock</comment>
        <translation>Пуск</translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>Button: pause the speaker&apos;s clock</comment>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <comment>Button: end this speech and call the next speaker</comment>
        <translation>Следующий оратор</translation>
    </message>
    <message>
        <source>+30 s</source>
        <comment>Button: give the speaker 30 more seconds</comment>
        <translation>+30 с</translation>
    </message>
    <message>
        <source>−30 s</source>
        <comment>Button: take 30 seconds from the speaker</comment>
        <translation>−30 с</translation>
    </message>
    <message>
        <source>Absent</source>
        <comment>Button: the called speaker is not in the room</comment>
        <translation>Неявка</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>Button: take back the last act</comment>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <comment>Button: do again the act just taken back</comment>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Message to the speaker</source>
        <comment>Heading of the messages to the speaker</comment>
        <translation>Сообщение оратору</translation>
    </message>
    <message>
        <source>Please conclude</source>
        <comment>Preset message shown to the speaker (sent as shown)</comment>
        <translation>Прошу завершать выступление</translation>
    </message>
    <message>
        <source>Your time is up</source>
        <comment>Preset message shown to the speaker (sent as shown)</comment>
        <translation>Ваше время истекло</translation>
    </message>
    <message>
        <source>Please speak more slowly for the interpreters</source>
        <comment>Preset message shown to the speaker (sent as shown)</comment>
        <translation>Просьба говорить медленнее для устных переводчиков</translation>
    </message>
    <message>
        <source>Your own message</source>
        <comment>Label of the field for a message of one&apos;s own</comment>
        <translation>Другое сообщение</translation>
    </message>
    <message>
        <source>Send</source>
        <comment>Button: show the typed message to the speaker</comment>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Clear message</source>
        <comment>Button: remove the message from the speaker&apos;s screen</comment>
        <translation>Убрать сообщение</translation>
    </message>
    <message>
        <source>Shown to the speaker: %1</source>
        <comment>%1 the message now on the speaker&apos;s screen</comment>
        <translation>Показано оратору: %1</translation>
    </message>
    <message>
        <source>Inscribe a speaker</source>
        <comment>Heading of the form that adds a speaker to the list</comment>
        <translation>Записать оратора</translation>
    </message>
    <message>
        <source>Delegation</source>
        <comment>Field label: the delegation (State or organisation)</comment>
        <translation>Делегация</translation>
    </message>
    <message>
        <source>Speaker (optional)</source>
        <comment>Field label: the speaker&apos;s name, may be left empty</comment>
        <translation>Оратор (необязательно)</translation>
    </message>
    <message>
        <source>Inscribe</source>
        <comment>Button: add the speaker to the list</comment>
        <translation>Записать</translation>
    </message>
    <message>
        <source>Move a waiting speaker</source>
        <comment>Heading of the form that moves a waiting speaker</comment>
        <translation>Переместить ожидающего оратора</translation>
    </message>
    <message>
        <source>Waiting speaker</source>
        <comment>Field label: which waiting speaker to move</comment>
        <translation>Ожидающий оратор</translation>
    </message>
    <message>
        <source>New position</source>
        <comment>Field label: the new place in the list (a number)</comment>
        <translation>Новая позиция</translation>
    </message>
    <message>
        <source>Move</source>
        <comment>Button: move the speaker</comment>
        <translation>Переместить</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>%1 current position, %2 delegation and speaker</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Last act: %1</source>
        <comment>%1 the console&apos;s one-line summary of the act just done</comment>
        <translation>Последнее действие: %1</translation>
    </message>
    <message>
        <source>This link is for viewing only.</source>
        <comment>Shown on the control page to a link that may do nothing</comment>
        <translation>Эта ссылка только для просмотра.</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <comment>%1 one of the four role names below</comment>
        <translation>Роль: %1</translation>
    </message>
    <message>
        <source>viewer</source>
        <comment>Role name: may only look</comment>
        <translation>читатель</translation>
    </message>
    <message>
        <source>timekeeper</source>
        <comment>Role name: runs the clock and the messages</comment>
        <translation>хронометрист</translation>
    </message>
    <message>
        <source>staff</source>
        <comment>Role name: secretariat staff keeping the list</comment>
        <translation>секретариат</translation>
    </message>
    <message>
        <source>chair</source>
        <comment>Role name: the chair, may do everything</comment>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>The console did not answer. Try again.</source>
        <comment>The request got no answer (network down)</comment>
        <translation>Пульт не ответил. Повторите попытку.</translation>
    </message>
    <message>
        <source>The console refused the act (HTTP %1).</source>
        <comment>%1 HTTP status code, when the console gave no reason of its own</comment>
        <translation>Пульт отклонил действие (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>rostrum::web::WebActs</name>
    <message>
        <source>The body is not JSON: %1 at byte %2.</source>
        <translation>Тело запроса не является JSON: %1 в байте %2.</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>Тело запроса должно быть объектом JSON.</translation>
    </message>
    <message>
        <source>Unknown field “%1”; this act takes: %2.</source>
        <translation>Неизвестное поле «%1»; это действие принимает: %2.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>никаких полей</translation>
    </message>
    <message>
        <source>“%1” is missing.</source>
        <translation>Отсутствует поле «%1».</translation>
    </message>
    <message>
        <source>“%1” must be a whole number from %2 to %3.</source>
        <translation>Поле «%1» должно быть целым числом от %2 до %3.</translation>
    </message>
    <message>
        <source>“%1” must be a text.</source>
        <translation>Поле «%1» должно быть строкой.</translation>
    </message>
    <message>
        <source>“%1” cannot be empty.</source>
        <translation>Поле «%1» не может быть пустым.</translation>
    </message>
    <message>
        <source>“%1” is longer than %2 characters.</source>
        <translation>Поле «%1» длиннее %2 символов.</translation>
    </message>
    <message>
        <source>“language” must be one of: %1.</source>
        <translation>Поле «language» должно иметь одно из значений: %1.</translation>
    </message>
    <message>
        <source>“seconds” cannot be 0.</source>
        <translation>Поле «seconds» не может быть равно 0.</translation>
    </message>
    <message>
        <source>“clear” must be true or false.</source>
        <translation>Поле «clear» должно иметь значение true или false.</translation>
    </message>
    <message>
        <source>Give either “text” or &quot;clear&quot;: true.</source>
        <translation>Укажите либо «text», либо &quot;clear&quot;: true.</translation>
    </message>
    <message>
        <source>There is no act “%1”.</source>
        <translation>Действия «%1» не существует.</translation>
    </message>
</context>
<context>
    <name>rostrum::web::WebRole</name>
    <message>
        <source>Viewer</source>
        <translation>Читатель</translation>
    </message>
    <message>
        <source>Timekeeper</source>
        <translation>Хронометрист</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Секретариат</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
</context>
<context>
    <name>rostrum::web::WebServer</name>
    <message>
        <source>There is no such page.</source>
        <translation>Такой страницы нет.</translation>
    </message>
    <message>
        <source>Cannot serve on %1 port %2: %3.</source>
        <translation>Не удается запустить веб-сервер на %1, порт %2: %3.</translation>
    </message>
    <message>
        <source>This page needs the link with its key (…?t=…).</source>
        <translation>Эту страницу нужно открывать по ссылке с ключом (…?t=…).</translation>
    </message>
    <message>
        <source>Web views: %1 wrong keys from %2; its requests are slowed down.</source>
        <translation>Веб-страницы: с адреса %2 получено неверных ключей: %1; его запросы замедляются.</translation>
    </message>
    <message>
        <source>This link is not valid: it may have been revoked. Ask the secretariat for a new one.</source>
        <translation>Эта ссылка недействительна: возможно, она была отозвана. Обратитесь в секретариат за новой.</translation>
    </message>
    <message>
        <source>Only a WebSocket at /ws is served.</source>
        <translation>WebSocket обслуживается только по адресу /ws.</translation>
    </message>
    <message>
        <source>Requests from pages of other sites are refused.</source>
        <translation>Запросы со страниц других сайтов отклоняются.</translation>
    </message>
    <message>
        <source>This address does not take that method.</source>
        <translation>Этот адрес не поддерживает данный метод.</translation>
    </message>
    <message>
        <source>There is no act “%1”.</source>
        <translation>Действия «%1» не существует.</translation>
    </message>
    <message>
        <source>This link (%1) may not do “%2”.</source>
        <translation>Эта ссылка (%1) не дает права на действие «%2».</translation>
    </message>
</context>
</TS>
