<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>the demo meeting cannot be created: %1</source>
        <translation>无法创建演示会议：%1</translation>
    </message>
    <message>
        <source>demo inscription refused: %1</source>
        <translation>演示登记被拒绝：%1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>The chair&apos;s console for speakers lists and speaking time.</source>
        <translation>主席用于管理发言名单和发言时间的控制台。</translation>
    </message>
    <message>
        <source>The meeting file to open. Without it, the last meeting reopens.</source>
        <translation>要打开的会议文件。如不指定，则重新打开上次的会议。</translation>
    </message>
    <message>
        <source>Open a fresh copy of the demo meeting (the seed UNSC Arria-formula meeting), held today and starting within minutes.</source>
        <translation>打开演示会议（安理会阿里亚办法会议样例）的全新副本，会议定于今天举行，几分钟内开始。</translation>
    </message>
    <message>
        <source>With --demo: hold the meeting at its own hours on the clock&apos;s day and play it forward to the clock&apos;s time, so it opens mid-meeting.</source>
        <translation>与 --demo 连用：按会议本身的时间安排在时钟当天举行会议，并推进至时钟所示时间，使会议在进行中打开。</translation>
    </message>
    <message>
        <source>Also open the timekeeper&apos;s display, on SCREEN (a name such as HDMI-1, or an index from 0); alone, on the second screen when there is one.</source>
        <translation>同时在 SCREEN 上打开计时员显示屏（名称如 HDMI-1，或从 0 起的编号）；不带 SCREEN 时，如有第二块屏幕，则在其上打开。</translation>
    </message>
    <message>
        <source>Freeze the clock at this instant (ISO 8601, e.g. 2023-05-25T16:12:00-04:00), for screenshots.</source>
        <translation>将时钟冻结在此时刻（ISO 8601，例如 2023-05-25T16:12:00-04:00），用于截图。</translation>
    </message>
    <message>
        <source>Save the window to OUT.png once it is laid out, then quit; with --display, the display too, to OUT-display.png.</source>
        <translation>窗口布局完成后将其保存为 OUT.png，然后退出；与 --display 连用时，显示屏也保存为 OUT-display.png。</translation>
    </message>
    <message>
        <source>The window&apos;s size, e.g. 1366x768.</source>
        <translation>窗口大小，例如 1366x768。</translation>
    </message>
    <message>
        <source>Say whether every text of the console is drawn whole once it is laid out, then quit (1 if any is clipped).</source>
        <translation>窗口布局完成后报告控制台的每段文字是否完整显示，然后退出（如有文字被截断则返回 1）。</translation>
    </message>
    <message>
        <source>--fake-clock needs an ISO 8601 instant, such as 2023-05-25T16:12:00-04:00</source>
        <translation>--fake-clock 需要一个 ISO 8601 时刻，例如 2023-05-25T16:12:00-04:00</translation>
    </message>
    <message>
        <source>--size needs WIDTHxHEIGHT, such as 1366x768</source>
        <translation>--size 需要 WIDTHxHEIGHT，例如 1366x768</translation>
    </message>
    <message>
        <source>The last meeting, %1, is no longer there.</source>
        <translation>上次的会议 %1 已不存在。</translation>
    </message>
    <message>
        <source>Speak this language (%1) instead of the one View &gt; Language chose or the system&apos;s.</source>
        <translation>使用此语言（%1），而不使用“视图 &gt; 语言”所选语言或系统语言。</translation>
    </message>
</context>
<context>
    <name>rostrum::AboutBox</name>
    <message>
        <source>&lt;h3&gt;Rostrum %1&lt;/h3&gt;&lt;p&gt;The chair&apos;s console for speakers lists and speaking time.&lt;/p&gt;&lt;p&gt;Released under the %2.&lt;br&gt;%3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rostrum %1&lt;/h3&gt;&lt;p&gt;主席用于管理发言名单和发言时间的控制台。&lt;/p&gt;&lt;p&gt;依据 %2 发布。&lt;br&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Rostrum</source>
        <translation>关于 Rostrum</translation>
    </message>
</context>
<context>
    <name>rostrum::BackupActions</name>
    <message>
        <source>%1 backup %2.rostrum</source>
        <translation>%1 备份 %2.rostrum</translation>
    </message>
    <message>
        <source>Back up a copy of the meeting</source>
        <translation>备份会议副本</translation>
    </message>
    <message>
        <source>Rostrum meetings (*.rostrum)</source>
        <translation>Rostrum 会议 (*.rostrum)</translation>
    </message>
    <message>
        <source>Not backed up: %1</source>
        <translation>未备份：%1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份至 %1</translation>
    </message>
</context>
<context>
    <name>rostrum::BackupFolder</name>
    <message>
        <source>the backup folder %1 cannot be made</source>
        <translation>无法创建备份文件夹 %1</translation>
    </message>
    <message>
        <source>the backup folder %1 cannot be made private to its owner</source>
        <translation>无法将备份文件夹 %1 设为仅所有者可访问</translation>
    </message>
    <message>
        <source>it is a backup of “%1”, written %2</source>
        <translation>这是“%1”的备份，写于 %2</translation>
    </message>
</context>
<context>
    <name>rostrum::BackupSchedule</name>
    <message>
        <source>The automatic backup was not written: %1. The meeting carries on; the next backup is tried in a few minutes.</source>
        <translation>自动备份未写入：%1。会议继续进行；几分钟后将再次尝试备份。</translation>
    </message>
</context>
<context>
    <name>rostrum::BackupsDialog</name>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Open a backup</source>
        <translation>打开备份</translation>
    </message>
    <message>
        <source>Rostrum writes a backup of the meeting being run every 5 minutes, into %1. A backup opens read only; Save a copy as… carries on from it.</source>
        <translation>Rostrum 每 5 分钟将正在进行的会议备份一次，保存在 %1。备份以只读方式打开；使用“副本另存为…”可在其基础上继续。</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>写入时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>No backups yet: Rostrum writes one every 5 minutes while a meeting is being run.</source>
        <translation>尚无备份：会议进行期间，Rostrum 每 5 分钟写入一次备份。</translation>
    </message>
    <message>
        <source>Backups of the meeting, newest first</source>
        <translation>会议备份，最新的在前</translation>
    </message>
</context>
<context>
    <name>rostrum::BriefersEdit</name>
    <message>
        <source>Briefer&apos;s name</source>
        <translation>通报人姓名</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>职衔（可选）</translation>
    </message>
    <message>
        <source>Organization (optional)</source>
        <translation>组织（可选）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete removes the chosen briefer</source>
        <translation>按 Delete 删除所选通报人</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Briefer&apos;s title, optional</source>
        <translation>通报人职衔，可选</translation>
    </message>
    <message>
        <source>Briefer&apos;s organization, optional</source>
        <translation>通报人所属组织，可选</translation>
    </message>
    <message>
        <source>Briefers to inscribe</source>
        <translation>待登记的通报人</translation>
    </message>
</context>
<context>
    <name>rostrum::Categories</name>
    <message>
        <source>Organizer</source>
        <translation>组织者</translation>
    </message>
    <message>
        <source>Briefer</source>
        <translation>通报人</translation>
    </message>
    <message>
        <source>Council member</source>
        <translation>安理会成员</translation>
    </message>
    <message>
        <source>Co-sponsor</source>
        <translation>共同提案国</translation>
    </message>
    <message>
        <source>Group statement</source>
        <translation>集团发言</translation>
    </message>
    <message>
        <source>Member State</source>
        <translation>会员国</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>观察员</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>开幕发言</translation>
    </message>
    <message>
        <source>Briefers</source>
        <translation>通报人</translation>
    </message>
    <message>
        <source>Council members</source>
        <translation>安理会成员</translation>
    </message>
    <message>
        <source>Co-sponsors and groups</source>
        <translation>共同提案国和集团</translation>
    </message>
    <message>
        <source>Member States</source>
        <translation>会员国</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>观察员</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候中</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>发言中</translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation>已发言</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Head of State or Government</source>
        <translation>国家元首或政府首脑</translation>
    </message>
    <message>
        <source>Minister</source>
        <translation>部长</translation>
    </message>
    <message>
        <source>Permanent Representative</source>
        <translation>常驻代表</translation>
    </message>
    <message>
        <source>Deputy Permanent Representative</source>
        <translation>副常驻代表</translation>
    </message>
    <message>
        <source>Chargé d&apos;affaires</source>
        <translation>临时代办</translation>
    </message>
    <message>
        <source>Move to the end of their tier</source>
        <translation>移至其类别末尾</translation>
    </message>
    <message>
        <source>Move to the end of the list</source>
        <translation>移至名单末尾</translation>
    </message>
    <message>
        <source>Take off the list</source>
        <translation>移出名单</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>阿拉伯文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>French</source>
        <translation>法文</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄文</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙文</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>被打断</translation>
    </message>
</context>
<context>
    <name>rostrum::ChairActions</name>
    <message>
        <source>&amp;New meeting…</source>
        <translation>新建会议(&amp;N)…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Create a new meeting file</source>
        <translation>创建新的会议文件</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open a meeting file</source>
        <translation>打开会议文件</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>副本另存为(&amp;C)…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>Write the meeting to a new file and carry on there</source>
        <translation>将会议写入新文件，并在新文件中继续</translation>
    </message>
    <message>
        <source>&amp;Back up a copy…</source>
        <translation>备份副本(&amp;B)…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Write one consistent copy of the meeting file, journal and undo included, and carry on here</source>
        <translation>写入会议文件的一份完整副本（含操作日志和撤销记录），并在此继续</translation>
    </message>
    <message>
        <source>Open &amp;a backup…</source>
        <translation>打开备份(&amp;A)…</translation>
    </message>
    <message>
        <source>Open a backup</source>
        <translation>打开备份</translation>
    </message>
    <message>
        <source>Look at one of the backups Rostrum writes every 5 minutes, read only</source>
        <translation>以只读方式查看 Rostrum 每 5 分钟写入的某一备份</translation>
    </message>
    <message>
        <source>&amp;Import inscriptions…</source>
        <translation>导入登记(&amp;I)…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Inscribe the rows of a CSV file, after a preview of what each row becomes</source>
        <translation>预览 CSV 文件各行的登记结果后，登记这些行</translation>
    </message>
    <message>
        <source>&amp;Export list of speakers…</source>
        <translation>导出发言名单(&amp;E)…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Write the list of speakers as PDF, CSV or HTML (Ctrl+P)</source>
        <translation>将发言名单写为 PDF、CSV 或 HTML (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Report of the meeting…</source>
        <translation>会议报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Who spoke, for how long, the totals by tier and the timeline</source>
        <translation>发言者、发言时长、按类别的合计及时间线</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Close the console; every act is already saved</source>
        <translation>关闭控制台；每项操作均已保存</translation>
    </message>
    <message>
        <source>&amp;Start clock</source>
        <translation>启动计时(&amp;S)</translation>
    </message>
    <message>
        <source>Start
Space</source>
        <translation>开始
Space</translation>
    </message>
    <message>
        <source>Start or pause the speaker&apos;s clock; calls the first speaker when no one is at the rostrum (Space)</source>
        <translation>启动或暂停发言者计时；讲台无人时请第一位发言者发言 (Space)</translation>
    </message>
    <message>
        <source>&amp;Next speaker</source>
        <translation>下一位发言者(&amp;N)</translation>
    </message>
    <message>
        <source>Next
N</source>
        <translation>下一位
N</translation>
    </message>
    <message>
        <source>Close this speech and call the next speaker (N)</source>
        <translation>结束本次发言并请下一位发言者发言 (N)</translation>
    </message>
    <message>
        <source>&amp;Absent</source>
        <translation>缺席(&amp;A)</translation>
    </message>
    <message>
        <source>Absent
A</source>
        <translation>缺席
A</translation>
    </message>
    <message>
        <source>The called speaker is absent: move them per the meeting&apos;s rule and call the following speaker (A)</source>
        <translation>被请发言者缺席：按会议规则移动其位置，并请下一位发言者发言 (A)</translation>
    </message>
    <message>
        <source>A&amp;dd 30 seconds</source>
        <translation>增加 30 秒(&amp;D)</translation>
    </message>
    <message>
        <source>+30 s
+</source>
        <translation>+30 秒
+</translation>
    </message>
    <message>
        <source>Give the speaker 30 more seconds (+)</source>
        <translation>给发言者增加 30 秒 (+)</translation>
    </message>
    <message>
        <source>&amp;Remove 30 seconds</source>
        <translation>减少 30 秒(&amp;R)</translation>
    </message>
    <message>
        <source>−30 s
−</source>
        <translation>−30 秒
−</translation>
    </message>
    <message>
        <source>Take 30 seconds from the speaker (-)</source>
        <translation>给发言者减少 30 秒 (-)</translation>
    </message>
    <message>
        <source>Rese&amp;t clock</source>
        <translation>重置计时(&amp;T)</translation>
    </message>
    <message>
        <source>Reset
Ctrl+R</source>
        <translation>重置
Ctrl+R</translation>
    </message>
    <message>
        <source>Put the speaker&apos;s clock back to the full limit (Ctrl+R)</source>
        <translation>将发言者计时恢复为完整时限 (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo
Ctrl+Z</source>
        <translation>撤销
Ctrl+Z</translation>
    </message>
    <message>
        <source>Undo the last act (Ctrl+Z)</source>
        <translation>撤销上一项操作 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Redo
Ctrl+Shift+Z</source>
        <translation>重做
Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Redo the act just undone (Ctrl+Shift+Z)</source>
        <translation>重做刚撤销的操作 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>&amp;Close the list</source>
        <translation>关闭名单(&amp;C)</translation>
    </message>
    <message>
        <source>Close list
Ctrl+L</source>
        <translation>关闭名单
Ctrl+L</translation>
    </message>
    <message>
        <source>Close or reopen the list of speakers to new inscriptions (Ctrl+L)</source>
        <translation>关闭或重新开放发言名单的新登记 (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Inscribe…</source>
        <translation>登记(&amp;I)…</translation>
    </message>
    <message>
        <source>Inscribe</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Go to the inscription line (Ctrl+I)</source>
        <translation>转到登记栏 (Ctrl+I)</translation>
    </message>
    <message>
        <source>Inscribe with &amp;details…</source>
        <translation>详细登记(&amp;D)…</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>详细…</translation>
    </message>
    <message>
        <source>Inscribe with every field: title, category, group, language, limit (Ctrl+Shift+I)</source>
        <translation>填写所有字段进行登记：职衔、类型、集团、语言、时限 (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the selected inscription (F2, Enter or double-click)</source>
        <translation>编辑所选登记（F2、Enter 或双击）</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selected speaker up one place (Ctrl+Up)</source>
        <translation>将所选发言者上移一位 (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>下移(&amp;N)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selected speaker down one place (Ctrl+Down)</source>
        <translation>将所选发言者下移一位 (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Move to the &amp;top</source>
        <translation>移至顶部(&amp;T)</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>顶部</translation>
    </message>
    <message>
        <source>Make the selected speaker the next one (Ctrl+Home)</source>
        <translation>使所选发言者成为下一位 (Ctrl+Home)</translation>
    </message>
    <message>
        <source>Move to the &amp;bottom</source>
        <translation>移至底部(&amp;B)</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>底部</translation>
    </message>
    <message>
        <source>Move the selected speaker to the end of the list (Ctrl+End)</source>
        <translation>将所选发言者移至名单末尾 (Ctrl+End)</translation>
    </message>
    <message>
        <source>E&amp;xchange places</source>
        <translation>交换位置(&amp;X)</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>交换</translation>
    </message>
    <message>
        <source>The two selected speakers exchange places, in one act (Ctrl+E)</source>
        <translation>所选两位发言者互换位置，作为一项操作 (Ctrl+E)</translation>
    </message>
    <message>
        <source>Back to the automatic &amp;place</source>
        <translation>恢复自动位置(&amp;P)</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消固定</translation>
    </message>
    <message>
        <source>Release a speaker placed by hand back to the place the rules give (Ctrl+U)</source>
        <translation>将手动安排的发言者恢复到规则确定的位置 (Ctrl+U)</translation>
    </message>
    <message>
        <source>Set &amp;limit…</source>
        <translation>设置时限(&amp;L)…</translation>
    </message>
    <message>
        <source>Limit…</source>
        <translation>时限…</translation>
    </message>
    <message>
        <source>Set the time limit of the selected speaker, or of the current one (Ctrl+M)</source>
        <translation>设置所选发言者或当前发言者的时限 (Ctrl+M)</translation>
    </message>
    <message>
        <source>Set limit for &amp;all remaining…</source>
        <translation>为所有剩余发言者设置时限(&amp;A)…</translation>
    </message>
    <message>
        <source>Limit for all…</source>
        <translation>统一时限…</translation>
    </message>
    <message>
        <source>Set one time limit for every waiting speaker (Ctrl+Shift+M)</source>
        <translation>为所有等候中的发言者设置同一时限 (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>撤回发言(&amp;W)</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>The selected speaker withdraws; kept in the record (Shift+Del)</source>
        <translation>所选发言者撤回发言；保留在记录中 (Shift+Del)</translation>
    </message>
    <message>
        <source>Re&amp;move inscription</source>
        <translation>删除登记(&amp;M)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected inscription, made in error (Del)</source>
        <translation>删除误作的所选登记 (Del)</translation>
    </message>
    <message>
        <source>Meeting &amp;settings…</source>
        <translation>会议设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Title, schedule, deadline, lists, limits and rules (Ctrl+,)</source>
        <translation>标题、日程、截止时间、名单、时限和规则 (Ctrl+,)</translation>
    </message>
    <message>
        <source>&amp;Timekeeper display</source>
        <translation>计时员显示屏(&amp;T)</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>显示屏</translation>
    </message>
    <message>
        <source>Show or hide the timekeeper&apos;s big display (Ctrl+T); F11 in it toggles full screen</source>
        <translation>显示或隐藏计时员大屏幕 (Ctrl+T)；在其中按 F11 切换全屏</translation>
    </message>
    <message>
        <source>&amp;Running order</source>
        <translation>发言顺序(&amp;R)</translation>
    </message>
    <message>
        <source>Running order</source>
        <translation>发言顺序</translation>
    </message>
    <message>
        <source>Show the running order (Ctrl+1)</source>
        <translation>显示发言顺序 (Ctrl+1)</translation>
    </message>
    <message>
        <source>&amp;Spoken</source>
        <translation>已发言(&amp;S)</translation>
    </message>
    <message>
        <source>Spoken</source>
        <translation>已发言</translation>
    </message>
    <message>
        <source>Show who has spoken, for how long, and the overruns (Ctrl+2)</source>
        <translation>显示已发言者、发言时长及超时情况 (Ctrl+2)</translation>
    </message>
    <message>
        <source>&amp;Journal…</source>
        <translation>操作日志(&amp;J)…</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Who did what and when, from this console and every other program that writes the meeting (Ctrl+J)</source>
        <translation>何人何时做了何事，来自本控制台及写入该会议的所有其他程序 (Ctrl+J)</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>试用演示(&amp;D)</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>试用演示</translation>
    </message>
    <message>
        <source>Open a fresh copy of the Security Council meeting of the seed, held today and starting within minutes</source>
        <translation>打开样例安理会会议的全新副本，会议定于今天举行，几分钟内开始</translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation>按键(&amp;K)…</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Every key of the console, and its act (F1)</source>
        <translation>控制台的所有按键及其操作 (F1)</translation>
    </message>
    <message>
        <source>&amp;About Rostrum</source>
        <translation>关于 Rostrum(&amp;A)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>The version and the licence</source>
        <translation>版本和许可证</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open recen&amp;t</source>
        <translation>最近打开(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Clock</source>
        <translation>计时(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>名单(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Export list of speakers in a &amp;language</source>
        <translation>按语言导出发言名单(&amp;L)</translation>
    </message>
    <message>
        <source>Please conclude</source>
        <translation>请结束发言</translation>
    </message>
    <message>
        <source>Your time is up</source>
        <translation>您的时间已到</translation>
    </message>
    <message>
        <source>Please speak more slowly for the interpreters</source>
        <translation>请放慢语速，以便口译员翻译</translation>
    </message>
    <message>
        <source>Point of &amp;order…</source>
        <translation>程序问题(&amp;O)…</translation>
    </message>
    <message>
        <source>Point of order
O</source>
        <translation>程序问题
O</translation>
    </message>
    <message>
        <source>A delegation raises a point of order: the speech stops, its time is kept, and the point of order takes the floor (O)</source>
        <translation>某代表团提出程序问题：当前发言暂停并保留其时间，由提出程序问题的代表团发言 (O)</translation>
    </message>
    <message>
        <source>&amp;Right of reply…</source>
        <translation>答辩权(&amp;R)…</translation>
    </message>
    <message>
        <source>Inscribe a right of reply, heard after the last statement (Ctrl+Shift+R)</source>
        <translation>登记答辩权发言，在最后一项发言之后进行 (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>&amp;Message to the speaker</source>
        <translation>给发言者的消息(&amp;M)</translation>
    </message>
    <message>
        <source>Show “%1” on the timekeeper&apos;s display (F%2)</source>
        <translation>在计时员显示屏上显示“%1” (F%2)</translation>
    </message>
    <message>
        <source>Other &amp;message…</source>
        <translation>其他消息(&amp;M)…</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>消息…</translation>
    </message>
    <message>
        <source>Type a message to show on the timekeeper&apos;s display</source>
        <translation>输入要在计时员显示屏上显示的消息</translation>
    </message>
    <message>
        <source>&amp;Clear the message</source>
        <translation>清除消息(&amp;C)</translation>
    </message>
    <message>
        <source>Clear message
F8</source>
        <translation>清除消息
F8</translation>
    </message>
    <message>
        <source>Take the message off the timekeeper&apos;s display (F8)</source>
        <translation>从计时员显示屏上移除消息 (F8)</translation>
    </message>
    <message>
        <source>Right of reply
Ctrl+Shift+R</source>
        <translation>答辩权
Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Share on the &amp;network…</source>
        <translation>在网络上共享(&amp;N)…</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>Serve the timer, the room&apos;s screens, the booths&apos; and the delegates&apos; pages, and the timekeeper&apos;s and staff&apos;s controls, with a link per role</source>
        <translation>提供计时器、会场显示屏、口译箱和代表的页面，以及计时员和秘书处的控制功能，每个角色一个链接</translation>
    </message>
    <message>
        <source>Open from a &amp;server…</source>
        <translation>从服务器打开(&amp;S)…</translation>
    </message>
    <message>
        <source>Open from a server</source>
        <translation>从服务器打开</translation>
    </message>
    <message>
        <source>Open a meeting kept on a PostgreSQL server, shared by several consoles</source>
        <translation>打开保存在 PostgreSQL 服务器上、由多个控制台共用的会议</translation>
    </message>
</context>
<context>
    <name>rostrum::ChairWindow</name>
    <message>
        <source>List of speakers written to %1</source>
        <translation>发言名单已写入 %1</translation>
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
        <translation>只读 — %1</translation>
    </message>
    <message>
        <source>⏳ Waiting to save — %1</source>
        <translation>⏳ 等待保存 — %1</translation>
    </message>
    <message>
        <source>⚠ NOT saved — %1</source>
        <translation>⚠ 未保存 — %1</translation>
    </message>
    <message>
        <source>All changes saved — %1</source>
        <translation>所有更改均已保存 — %1</translation>
    </message>
    <message>
        <source>Next ignored: %1 was called less than a second ago.</source>
        <translation>已忽略“下一位”：%1 被请发言不到一秒。</translation>
    </message>
    <message>
        <source>Absent ignored: %1 was called less than a second ago.</source>
        <translation>已忽略“缺席”：%1 被请发言不到一秒。</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>已重做：%1</translation>
    </message>
    <message>
        <source>Select a speaker in the running order to edit.</source>
        <translation>请在发言顺序中选择要编辑的发言者。</translation>
    </message>
    <message>
        <source>Select only one speaker to edit.</source>
        <translation>请只选择一位要编辑的发言者。</translation>
    </message>
    <message>
        <source>Select a speaker in the running order to move.</source>
        <translation>请在发言顺序中选择要移动的发言者。</translation>
    </message>
    <message>
        <source>Select only one speaker to move.</source>
        <translation>请只选择一位要移动的发言者。</translation>
    </message>
    <message>
        <source>%1 is already first on the list.</source>
        <translation>%1 已在名单首位。</translation>
    </message>
    <message>
        <source>%1 is already last on the list.</source>
        <translation>%1 已在名单末位。</translation>
    </message>
    <message>
        <source>Select two speakers (Ctrl+click the second) to exchange their places.</source>
        <translation>请选择两位发言者（按住 Ctrl 单击第二位）以互换位置。</translation>
    </message>
    <message>
        <source>Select a speaker placed by hand to return them to their automatic place.</source>
        <translation>请选择一位手动安排的发言者，将其恢复到自动位置。</translation>
    </message>
    <message>
        <source>Select the speaker who withdraws.</source>
        <translation>请选择撤回发言的发言者。</translation>
    </message>
    <message>
        <source>Select the inscription to remove.</source>
        <translation>请选择要删除的登记。</translation>
    </message>
    <message>
        <source>“%1” is not a time limit. Write minutes and seconds, such as 3:00.</source>
        <translation>“%1”不是时限。请填写分和秒，例如 3:00。</translation>
    </message>
    <message>
        <source>Select one speaker whose limit to set.</source>
        <translation>请选择一位要设置时限的发言者。</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Time limit for %1 (minutes:seconds):</source>
        <translation>%1 的时限（分:秒）：</translation>
    </message>
    <message>
        <source>&amp;Pause clock</source>
        <translation>暂停计时(&amp;P)</translation>
    </message>
    <message>
        <source>Pause
Space</source>
        <translation>暂停
Space</translation>
    </message>
    <message>
        <source>Re&amp;sume clock</source>
        <translation>恢复计时(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Start clock</source>
        <translation>启动计时(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Start: call the first speaker</source>
        <translation>开始：请第一位发言者发言(&amp;S)</translation>
    </message>
    <message>
        <source>Resume
Space</source>
        <translation>恢复
Space</translation>
    </message>
    <message>
        <source>Start
Space</source>
        <translation>开始
Space</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>撤销(&amp;U)：%1</translation>
    </message>
    <message>
        <source>Nothing to undo (Ctrl+Z)</source>
        <translation>无可撤销的操作 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>撤销：%1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>重做(&amp;R)：%1</translation>
    </message>
    <message>
        <source>Nothing to redo (Ctrl+Shift+Z)</source>
        <translation>无可重做的操作 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>重做：%1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Re&amp;open the list</source>
        <translation>重新开放名单(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Close the list</source>
        <translation>关闭名单(&amp;C)</translation>
    </message>
    <message>
        <source>Reopen list
Ctrl+L</source>
        <translation>重新开放名单
Ctrl+L</translation>
    </message>
    <message>
        <source>Close list
Ctrl+L</source>
        <translation>关闭名单
Ctrl+L</translation>
    </message>
    <message>
        <source>Rostrum meetings (*.rostrum);;All files (*)</source>
        <translation>Rostrum 会议 (*.rostrum);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open the meeting</source>
        <translation>无法打开会议</translation>
    </message>
    <message>
        <source>%1 cannot be opened.

%2</source>
        <translation>无法打开 %1。

%2</translation>
    </message>
    <message>
        <source>Open a meeting</source>
        <translation>打开会议</translation>
    </message>
    <message>
        <source>New meeting file</source>
        <translation>新建会议文件</translation>
    </message>
    <message>
        <source>meeting.rostrum</source>
        <translation>会议.rostrum</translation>
    </message>
    <message>
        <source>New meeting: settings</source>
        <translation>新会议：设置</translation>
    </message>
    <message>
        <source>Briefers inscribed</source>
        <translation>通报人已登记</translation>
    </message>
    <message>
        <source>The briefers cannot be inscribed: %1</source>
        <translation>无法登记通报人：%1</translation>
    </message>
    <message>
        <source>No recent meetings</source>
        <translation>无最近打开的会议</translation>
    </message>
    <message>
        <source>Cannot open the demo</source>
        <translation>无法打开演示</translation>
    </message>
    <message>
        <source>The demo meeting cannot be written: %1</source>
        <translation>无法写入演示会议：%1</translation>
    </message>
    <message>
        <source>The demo meeting is missing an inscription: %1</source>
        <translation>演示会议缺少一项登记：%1</translation>
    </message>
    <message>
        <source>“%1” was typed into the inscription line, not taken as %2: while you type, keys write. Escape on the empty line goes back to the list.</source>
        <translation>“%1”是输入到登记栏中的，未被视为 %2：输入时，按键用于书写。在空白登记栏中按 Escape 返回名单。</translation>
    </message>
    <message>
        <source>“%1” just before the typing was taken as %2; if it was the first letter of a name, press Undo.</source>
        <translation>输入前的“%1”被视为 %2；如果它是姓名的首字母，请按“撤销”。</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>程序问题</translation>
    </message>
    <message>
        <source>The speech at the rostrum stops and keeps its time; the point of order takes the floor. Next gives the floor back.</source>
        <translation>讲台上的发言暂停并保留其时间；由提出程序问题者发言。“下一位”将发言权交还。</translation>
    </message>
    <message>
        <source>Right of reply</source>
        <translation>答辩权</translation>
    </message>
    <message>
        <source>Replies are heard after the last statement, in the order asked.</source>
        <translation>答辩在最后一项发言之后按请求顺序进行。</translation>
    </message>
    <message>
        <source>Message to the speaker</source>
        <translation>给发言者的消息</translation>
    </message>
    <message>
        <source>Shown large on the timekeeper&apos;s display until cleared or the next speaker is called:</source>
        <translation>以大字显示在计时员显示屏上，直至清除或请下一位发言者发言：</translation>
    </message>
    <message>
        <source>Open a meeting first: there is nothing to share.</source>
        <translation>请先打开会议：没有可共享的内容。</translation>
    </message>
    <message>
        <source>Shared on %1.</source>
        <translation>已共享，地址为 %1。</translation>
    </message>
    <message>
        <source>No longer shared on the network.</source>
        <translation>已停止在网络上共享。</translation>
    </message>
    <message>
        <source>Revoke links</source>
        <translation>撤销链接</translation>
    </message>
    <message>
        <source>Every link given out so far will stop working, and the pages open with them will close. The new links must be given again to the timekeeper, staff and screens. Revoke them?</source>
        <translation>迄今发出的所有链接都将失效，用这些链接打开的页面也将关闭。新链接须重新发给计时员、秘书处和各显示屏。要撤销这些链接吗？</translation>
    </message>
    <message>
        <source>New links made: the old ones no longer work.</source>
        <translation>已生成新链接：旧链接不再有效。</translation>
    </message>
    <message>
        <source>timekeeper</source>
        <translation>计时员</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>秘书处</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>查看者</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>主席</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>The password of %1 on %2:</source>
        <translation>%1 在 %2 上的密码：</translation>
    </message>
    <message>
        <source>%1 — %2, as %3 — Rostrum</source>
        <translation>%1 — %2，以%3身份 — Rostrum</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>rostrum::ChimeMenu</name>
    <message>
        <source>&amp;Chimes</source>
        <translation>鸣响提示(&amp;C)</translation>
    </message>
    <message>
        <source>At the &amp;warning and at zero, on this console</source>
        <translation>警告时和归零时，在本控制台(&amp;W)</translation>
    </message>
    <message>
        <source>Chime on this console when the speaker reaches the warning and when their time is up</source>
        <translation>发言者到达警告时间和时间用完时，在本控制台鸣响</translation>
    </message>
    <message>
        <source>In this &amp;meeting, at every console</source>
        <translation>在本会议中，在每个控制台(&amp;M)</translation>
    </message>
    <message>
        <source>Whether this meeting chimes at all, at every console that runs it; saved in the meeting file, and undone like any act</source>
        <translation>本会议是否鸣响提示，适用于运行本会议的每个控制台；保存在会议文件中，可像任何操作一样撤消</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>&amp;%1 %</source>
        <translation>&amp;%1%</translation>
    </message>
</context>
<context>
    <name>rostrum::ChimePlayer</name>
    <message>
        <source>No sound output: the chimes are off on this console.</source>
        <translation>没有音频输出：本控制台的鸣响提示已关闭。</translation>
    </message>
</context>
<context>
    <name>rostrum::ClockStepWatch</name>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>The computer&apos;s clock was set back by %1; the speech clocks kept true time.</source>
        <translation>计算机时钟被调回了 %1；发言计时保持了准确时间。</translation>
    </message>
    <message>
        <source>The computer&apos;s clock was set forward by %1; the speech clocks kept true time.</source>
        <translation>计算机时钟被调快了 %1；发言计时保持了准确时间。</translation>
    </message>
    <message>
        <source>The computer&apos;s clock is %1 behind this meeting&apos;s record: the speech clocks count on from the record, not from the computer&apos;s clock. Set the computer&apos;s clock right.</source>
        <translation>计算机时钟比本会议的记录慢 %1：发言计时从记录继续计算，而非依据计算机时钟。请校正计算机时钟。</translation>
    </message>
</context>
<context>
    <name>rostrum::ConsoleHeartbeat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>Resumed: %1, %2 over the limit</source>
        <translation>已恢复：%1，超出时限 %2</translation>
    </message>
    <message>
        <source>Resumed: %1, %2 left</source>
        <translation>已恢复：%1，剩余 %2</translation>
    </message>
    <message>
        <source>Resumed: %1, %2 over the limit; the console was closed for %3</source>
        <translation>已恢复：%1，超出时限 %2；控制台曾关闭 %3</translation>
    </message>
    <message>
        <source>Resumed: %1, %2 left; the console was closed for %3</source>
        <translation>已恢复：%1，剩余 %2；控制台曾关闭 %3</translation>
    </message>
</context>
<context>
    <name>rostrum::CountdownReadout</name>
    <message>
        <source>Remaining speaking time</source>
        <translation>剩余发言时间</translation>
    </message>
    <message>
        <source>PAUSED — %1</source>
        <translation>已暂停 — %1</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>时间到</translation>
    </message>
    <message>
        <source>OVERTIME</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation>已结束</translation>
    </message>
</context>
<context>
    <name>rostrum::CsvReader</name>
    <message>
        <source>There is text after the closing quote of field %1; a quote inside a quoted field is written twice (&quot;&quot;).</source>
        <translation>字段 %1 的结束引号后还有文字；带引号的字段内的引号须写两次 (&quot;&quot;)。</translation>
    </message>
    <message>
        <source>Field %1 contains a quote (&quot;) but does not start with one; put the whole field in quotes and write the quote twice (&quot;&quot;).</source>
        <translation>字段 %1 含有引号 (&quot;)，但并非以引号开头；请将整个字段放在引号中，并将该引号写两次 (&quot;&quot;)。</translation>
    </message>
    <message>
        <source>A quoted field starts on this line and its closing quote is missing, so the rest of the file cannot be read.</source>
        <translation>带引号的字段始于此行，但缺少结束引号，因此无法读取文件其余部分。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text: it looks like UTF-16 without a byte-order mark, or not text at all. Save it as “CSV UTF-8” or “Unicode text”.</source>
        <translation>该文件不是 UTF-8 文本：它看起来是无字节顺序标记的 UTF-16，或根本不是文本。请将其另存为“CSV UTF-8”或“Unicode 文本”。</translation>
    </message>
    <message>
        <source>The file is cut off in the middle of a UTF-16 character. Save it again from the spreadsheet.</source>
        <translation>该文件在一个 UTF-16 字符中间被截断。请从电子表格重新保存。</translation>
    </message>
    <message>
        <source>The file is not valid %1 text here. Save it from the spreadsheet as “CSV UTF-8” or “Unicode text”.</source>
        <translation>该文件此处不是有效的 %1 文本。请从电子表格另存为“CSV UTF-8”或“Unicode 文本”。</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>%1 处没有文件。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file of inscriptions.</source>
        <translation>%1 是文件夹，不是登记文件。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, a pipe or a socket); save the inscriptions as a CSV file and import that.</source>
        <translation>%1 不是常规文件（而是设备、管道或套接字）；请将登记另存为 CSV 文件后再导入。</translation>
    </message>
    <message>
        <source>%1 is the open meeting file (or its journal), not a file of inscriptions.</source>
        <translation>%1 是当前打开的会议文件（或其操作日志），不是登记文件。</translation>
    </message>
    <message>
        <source>%1 is %2 MB; an inscription file is at most %3 MB. Is it the right file?</source>
        <translation>%1 大小为 %2 MB；登记文件最大为 %3 MB。文件是否正确？</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>无法读取该文件：%1。</translation>
    </message>
    <message>
        <source>%1 grew past %2 MB while it was read; import it again once it is saved.</source>
        <translation>%1 在读取过程中增大到超过 %2 MB；请在其保存完毕后重新导入。</translation>
    </message>
</context>
<context>
    <name>rostrum::DelegationListEdit</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Type a delegation, e.g. Ghana, and press Enter</source>
        <translation>输入代表团，例如 Ghana，然后按 Enter</translation>
    </message>
    <message>
        <source>Delete removes the chosen delegation</source>
        <translation>按 Delete 删除所选代表团</translation>
    </message>
    <message>
        <source>“%1” is not in the directory of delegations. Press Enter again to add it as typed.</source>
        <translation>“%1”不在代表团名录中。再按一次 Enter 即按输入内容添加。</translation>
    </message>
    <message>
        <source>“%1” is not in the directory of delegations (did you mean %2?). Press Enter again to add it as typed.</source>
        <translation>“%1”不在代表团名录中（您是否指 %2？）。再按一次 Enter 即按输入内容添加。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 已在名单中。</translation>
    </message>
    <message>
        <source>%1: type a delegation to add</source>
        <translation>%1：输入要添加的代表团</translation>
    </message>
</context>
<context>
    <name>rostrum::EntryDialog</name>
    <message>
        <source>Automatic (from the meeting&apos;s lists)</source>
        <translation>自动（根据会议的名单）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>How many delegations the statement is made for; two or more give the priority of a group statement.</source>
        <translation>该发言代表的代表团数目；两个或以上即享有集团发言的优先次序。</translation>
    </message>
    <message>
        <source>Empty for a national statement</source>
        <translation>国家发言留空</translation>
    </message>
    <message>
        <source>M:SS, empty for the category&apos;s limit</source>
        <translation>M:SS，留空则采用该类型的时限</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>代表团(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>发言者(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>职衔(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>级别(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类型(&amp;C)：</translation>
    </message>
    <message>
        <source>On &amp;behalf of:</source>
        <translation>代表(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Group size:</source>
        <translation>集团规模(&amp;G)：</translation>
    </message>
    <message>
        <source>Time li&amp;mit:</source>
        <translation>时限(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>New inscription</source>
        <translation>新登记</translation>
    </message>
    <message>
        <source>“%1” is not a time limit. Write minutes and seconds, such as 3:00.</source>
        <translation>“%1”不是时限。请填写分和秒，例如 3:00。</translation>
    </message>
    <message>
        <source>This inscription is no longer on the list; it was removed meanwhile.</source>
        <translation>该登记已不在名单上；其间已被删除。</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>语言(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>rostrum::EntryKind</name>
    <message>
        <source>Statement</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>程序问题</translation>
    </message>
    <message>
        <source>Right of reply</source>
        <translation>答辩权</translation>
    </message>
</context>
<context>
    <name>rostrum::ExportActions</name>
    <message>
        <source>The report is written as PDF or CSV.</source>
        <translation>报告以 PDF 或 CSV 格式写入。</translation>
    </message>
    <message>
        <source>PDF for printing (*.pdf)</source>
        <translation>用于打印的 PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>用于电子表格的 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Web page (*.html *.htm)</source>
        <translation>网页 (*.html *.htm)</translation>
    </message>
    <message>
        <source>List of speakers %1.pdf</source>
        <translation>发言名单 %1.pdf</translation>
    </message>
    <message>
        <source>Export the list of speakers</source>
        <translation>导出发言名单</translation>
    </message>
    <message>
        <source>The list of speakers was not exported. %1</source>
        <translation>发言名单未导出。%1</translation>
    </message>
</context>
<context>
    <name>rostrum::FloorRequestDialog</name>
    <message>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>代表团(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>发言者(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>rostrum::ImportDialog</name>
    <message>
        <source>&amp;Skip refused rows and import the others</source>
        <translation>跳过被拒绝的行并导入其他行(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import inscriptions from %1</source>
        <translation>从 %1 导入登记</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Import inscriptions</source>
        <translation>导入登记</translation>
    </message>
    <message>
        <source>Spreadsheet text (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>电子表格文本 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>This file cannot be imported.</source>
        <translation>无法导入此文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be imported, %1 of them late.</source>
        <translation>
            <numerusform>将导入 %n 行，其中 %1 行逾期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be imported, %1 of them late; %2 refused row(s) will be skipped.</source>
        <translation>
            <numerusform>将导入 %n 行，其中 %1 行逾期；将跳过 %2 个被拒绝的行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused. Nothing is imported while a row is refused: fix the file, or skip the refused rows to import the other %1.</source>
        <translation>
            <numerusform>%n 行被拒绝。只要有行被拒绝，就不会导入任何内容：请修正文件，或跳过被拒绝的行以导入其他 %1 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows of the file, each with what becomes of it</source>
        <translation>文件各行及其处理结果</translation>
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
        <translation>关闭</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>rostrum::InscriptionColumns</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The header has no “delegation” column; it is required.</source>
        <translation>标题行没有“delegation”列；该列为必填。</translation>
    </message>
    <message>
        <source>The header names columns that Rostrum does not import: %1. Rename or delete them; the columns are %2.</source>
        <translation>标题行中有 Rostrum 不导入的列：%1。请重命名或删除这些列；可用的列为 %2。</translation>
    </message>
    <message>
        <source>The header names a column twice: %1. Keep one.</source>
        <translation>标题行中有一列名称重复：%1。请保留一个。</translation>
    </message>
    <message>
        <source>Column %1 has no name in the header but holds %2 here. Name the column or empty it.</source>
        <translation>第 %1 列在标题行中没有名称，但此处含有 %2。请为该列命名或将其清空。</translation>
    </message>
    <message>
        <source>%1 is not a category. Use %2.</source>
        <translation>%1 不是类型。请使用 %2。</translation>
    </message>
    <message>
        <source>%1 is not a level. Use %2.</source>
        <translation>%1 不是级别。请使用 %2。</translation>
    </message>
    <message>
        <source>%1 is not one of the six UN languages. Use %2.</source>
        <translation>%1 不是联合国六种语文之一。请使用 %2。</translation>
    </message>
    <message>
        <source>%1 is not a date and time. Write YYYY-MM-DD HH:MM in the meeting&apos;s time zone, or ISO 8601 with an offset (2023-05-23T16:00-04:00).</source>
        <translation>%1 不是日期和时间。请按会议时区写为 YYYY-MM-DD HH:MM，或使用带时差的 ISO 8601 格式 (2023-05-23T16:00-04:00)。</translation>
    </message>
    <message>
        <source>%1 is not a time limit. Write minutes and seconds, like 3:00 or 2:30.</source>
        <translation>%1 不是时限。请填写分和秒，如 3:00 或 2:30。</translation>
    </message>
    <message>
        <source>%1 is not a group size. Write how many delegations the group has, as a whole number.</source>
        <translation>%1 不是集团规模。请以整数填写集团的代表团数目。</translation>
    </message>
    <message>
        <source>A group size of %1 is given, but on_behalf_of is empty. Name the group the statement is made for.</source>
        <translation>填写了集团规模 %1，但 on_behalf_of 为空。请填写该发言所代表的集团名称。</translation>
    </message>
    <message>
        <source>The statement on behalf of %1 needs a group_size: how many delegations the group has.</source>
        <translation>代表 %1 的发言需要 group_size：即该集团的代表团数目。</translation>
    </message>
</context>
<context>
    <name>rostrum::InscriptionImport</name>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1 is inscribed twice in this file (also line %2).</source>
        <translation>%1 在此文件中登记了两次（另见第 %2 行）。</translation>
    </message>
    <message>
        <source>%1 is inscribed twice in this file in its national capacity (also line %2).</source>
        <translation>%1 以本国身份在此文件中登记了两次（另见第 %2 行）。</translation>
    </message>
    <message>
        <source>%1 is inscribed twice in this file on behalf of %2 (also line %3).</source>
        <translation>%1 代表 %2 在此文件中登记了两次（另见第 %3 行）。</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row (delegation, speaker, …) and one row per inscription.</source>
        <translation>该文件为空：需要一个标题行（delegation、speaker、…），且每项登记一行。</translation>
    </message>
    <message>
        <source>The file has a header but no inscriptions.</source>
        <translation>该文件有标题行，但没有登记。</translation>
    </message>
    <message>
        <source>This row has %1 fields but the header has %2 columns. A value that holds the delimiter must be in quotes.</source>
        <translation>此行有 %1 个字段，但标题行有 %2 列。含有分隔符的值必须放在引号中。</translation>
    </message>
    <message numerus="yes">
        <source>%n inscription(s) imported from %1</source>
        <translation>
            <numerusform>已从 %1 导入 %n 项登记</numerusform>
        </translation>
    </message>
    <message>
        <source>No row can be imported; nothing was written.</source>
        <translation>没有可导入的行；未写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused; nothing was imported.</source>
        <translation>
            <numerusform>%n 行被拒绝；未导入任何内容。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rostrum::InscriptionLine</name>
    <message>
        <source>Inscribe</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>&amp;Inscribe:</source>
        <translation>登记(&amp;I)：</translation>
    </message>
    <message>
        <source>Delegation, e.g. Latvia (Enter inscribes)</source>
        <translation>代表团，例如 Latvia（按 Enter 登记）</translation>
    </message>
    <message>
        <source>Speaker (optional)</source>
        <translation>发言者（可选）</translation>
    </message>
    <message>
        <source>Category: automatic</source>
        <translation>类型：自动</translation>
    </message>
    <message>
        <source>Leave on automatic for States; choose Briefer or Other for speakers who are not in the directory of delegations.</source>
        <translation>对于国家，请保持“自动”；对于不在代表团名录中的发言者，请选择“通报人”或“其他”。</translation>
    </message>
    <message>
        <source>%1 inscribed at no. %2, marked late.</source>
        <translation>%1 已登记为第 %2 位，标记为逾期。</translation>
    </message>
    <message>
        <source>%1 inscribed at no. %2.</source>
        <translation>%1 已登记为第 %2 位。</translation>
    </message>
    <message>
        <source>Speaker&apos;s name, optional</source>
        <translation>发言者姓名，可选</translation>
    </message>
</context>
<context>
    <name>rostrum::InscriptionRules</name>
    <message>
        <source>A delegation is required.</source>
        <translation>必须填写代表团。</translation>
    </message>
    <message>
        <source>A time limit must be longer than zero.</source>
        <translation>时限必须大于零。</translation>
    </message>
    <message>
        <source>The time limit %1 is longer than 24 hours (%2), the longest a limit can be.</source>
        <translation>时限 %1 超过 24 小时 (%2)，即时限的上限。</translation>
    </message>
    <message>
        <source>“%1” is not one of the six UN languages (ar, zh, en, fr, ru, es).</source>
        <translation>“%1”不是联合国六种语文之一（ar、zh、en、fr、ru、es）。</translation>
    </message>
    <message>
        <source>The group size cannot be negative.</source>
        <translation>集团规模不能为负数。</translation>
    </message>
    <message>
        <source>A group statement needs the name of the group it is made on behalf of.</source>
        <translation>集团发言需要填写所代表集团的名称。</translation>
    </message>
    <message>
        <source>“%1” is not in the directory of delegations.</source>
        <translation>“%1”不在代表团名录中。</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>您是否指 %1？</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>For a briefer, an NGO or another non-State speaker, choose the category briefer or other.</source>
        <translation>对于通报人、非政府组织或其他非国家发言者，请选择类型“通报人”或“其他”。</translation>
    </message>
    <message>
        <source>“%1” is not in the directory of delegations, so its category cannot be inferred. Choose the category (briefer or other for non-State speakers).</source>
        <translation>“%1”不在代表团名录中，因此无法推断其类型。请选择类型（非国家发言者选“通报人”或“其他”）。</translation>
    </message>
    <message>
        <source>no. %1 on the list</source>
        <translation>名单上第 %1 位</translation>
    </message>
    <message>
        <source>%1 is already inscribed (entry #%2, %3). The same speaker cannot be inscribed twice.</source>
        <translation>%1 已登记（条目 #%2，%3）。同一发言者不能登记两次。</translation>
    </message>
    <message>
        <source>%1 is already inscribed in its national capacity (entry #%2, %3). A delegation may speak once nationally and once on behalf of a group.</source>
        <translation>%1 已以本国身份登记（条目 #%2，%3）。一个代表团可以本国身份发言一次，并代表一个集团发言一次。</translation>
    </message>
    <message>
        <source>%1 is already inscribed on behalf of %2 (entry #%3, %4).</source>
        <translation>%1 已代表 %2 登记（条目 #%3，%4）。</translation>
    </message>
</context>
<context>
    <name>rostrum::JournalModel</name>
    <message>
        <source>↶ undone</source>
        <translation>↶ 已撤销</translation>
    </message>
    <message>
        <source>Undone since: it no longer applies to the list</source>
        <translation>后已撤销：不再适用于名单</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作者</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作内容</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
</context>
<context>
    <name>rostrum::JournalWindow</name>
    <message>
        <source>Journal — %1</source>
        <translation>操作日志 — %1</translation>
    </message>
    <message>
        <source>Every act on this meeting, newest first, from this console and any other program that writes it. Times are the meeting&apos;s (%1).</source>
        <translation>本会议的每项操作，最新的在前，来自本控制台及写入该会议的任何其他程序。时间为会议时间 (%1)。</translation>
    </message>
    <message>
        <source>Acts kept in memory, not in the journal until they are saved: %1.</source>
        <translation>保存在内存中、保存前尚未记入操作日志的操作：%1。</translation>
    </message>
    <message>
        <source>Journal: every act on the meeting, newest last</source>
        <translation>操作日志：会议的每项操作，最新的在后</translation>
    </message>
</context>
<context>
    <name>rostrum::KeyTable</name>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
</context>
<context>
    <name>rostrum::KeysDialog</name>
    <message>
        <source>Keys — Rostrum</source>
        <translation>按键 — Rostrum</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys of the console</source>
        <translation>控制台按键</translation>
    </message>
    <message>
        <source>Single keys never act while someone types in a text field.</source>
        <translation>有人在文本字段中输入时，单键不起作用。</translation>
    </message>
</context>
<context>
    <name>rostrum::LanguageChoice</name>
    <message>
        <source>--language “%1” is not a language Rostrum speaks; it speaks %2</source>
        <translation>--language “%1”不是 Rostrum 支持的语言；支持的语言为 %2</translation>
    </message>
</context>
<context>
    <name>rostrum::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>系统语言(&amp;S)</translation>
    </message>
    <message>
        <source>From its next start the console will follow the system&apos;s language, %1; the windows open now keep their language until then.</source>
        <translation>控制台下次启动时将采用系统语言（%1）；在此之前，当前打开的窗口保持原有语言。</translation>
    </message>
    <message>
        <source>From its next start the console will speak %1; the windows open now keep their language until then.</source>
        <translation>控制台下次启动时将使用 %1；在此之前，当前打开的窗口保持原有语言。</translation>
    </message>
</context>
<context>
    <name>rostrum::LimitForAllDialog</name>
    <message>
        <source>Also for speakers &amp;inscribed later</source>
        <translation>也适用于之后登记的发言者(&amp;I)</translation>
    </message>
    <message>
        <source>Time limit for all remaining speakers</source>
        <translation>所有剩余发言者的时限</translation>
    </message>
    <message>
        <source>Time limit for every waiting speaker</source>
        <translation>每位等候发言者的时限</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Limit for the %n waiting speaker(s) (minutes:seconds):</source>
        <translation>
            <numerusform>%n 位等候发言者的时限(&amp;L)（分:秒）：</numerusform>
        </translation>
    </message>
    <message>
        <source>The limits of the waiting speakers&apos; categories change too</source>
        <translation>等候发言者所属类别的时限也随之更改</translation>
    </message>
    <message>
        <source>“%1” is not a time limit. Write minutes and seconds, such as 3:00.</source>
        <translation>“%1”不是时限。请写分钟和秒，例如 3:00。</translation>
    </message>
</context>
<context>
    <name>rostrum::ListExport</name>
    <message>
        <source>%1, on behalf of %2</source>
        <translation>%1，代表 %2</translation>
    </message>
    <message>
        <source>List of speakers: %1</source>
        <translation>发言名单：%1</translation>
    </message>
    <message>
        <source>List of speakers</source>
        <translation>发言名单</translation>
    </message>
    <message>
        <source>Projected times as of %1, assuming that every speaker keeps to the time limit (%2 unless stated otherwise).</source>
        <translation>截至 %1 的预计时间，假定每位发言者均遵守时限（除另有说明外为 %2）。</translation>
    </message>
    <message>
        <source>No one is inscribed on the list.</source>
        <translation>名单上无人登记。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <source>Speaker and title</source>
        <translation>发言者及职衔</translation>
    </message>
    <message>
        <source>Projected time</source>
        <translation>预计时间</translation>
    </message>
    <message>
        <source>Speaking now</source>
        <translation>正在发言</translation>
    </message>
    <message>
        <source>on behalf of %1</source>
        <translation>代表 %1</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>时限 %1</translation>
    </message>
    <message>
        <source>Projected end: %1.</source>
        <translation>预计结束：%1。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>rostrum::ListInvariants</name>
    <message>
        <source>negative accumulated pause</source>
        <translation>累计暂停时间为负</translation>
    </message>
    <message>
        <source>started after the newest act</source>
        <translation>开始时间晚于最新操作</translation>
    </message>
    <message>
        <source>paused before it started</source>
        <translation>开始前即已暂停</translation>
    </message>
    <message>
        <source>a pause recorded on a clock that never started</source>
        <translation>在从未启动的计时上记录了暂停</translation>
    </message>
    <message>
        <source>speaking time %1 ms out of range</source>
        <translation>发言时间 %1 毫秒超出范围</translation>
    </message>
    <message>
        <source>a negative time limit</source>
        <translation>时限为负</translation>
    </message>
    <message>
        <source>keeps a speech clock off the rostrum</source>
        <translation>不在讲台上却保有发言计时</translation>
    </message>
    <message>
        <source>speaking, but the speech has ended</source>
        <translation>正在发言，但发言已结束</translation>
    </message>
    <message>
        <source>spoke, but the speech never ended</source>
        <translation>已发言，但发言从未结束</translation>
    </message>
    <message>
        <source>ended before it started</source>
        <translation>结束早于开始</translation>
    </message>
    <message>
        <source>entry #%1 is filed under #%2</source>
        <translation>条目 #%1 记在 #%2 名下</translation>
    </message>
    <message>
        <source>%1 speakers at the rostrum at once</source>
        <translation>同时有 %1 位发言者在讲台上</translation>
    </message>
    <message>
        <source>the current speaker disagrees with the statuses</source>
        <translation>当前发言者与状态不一致</translation>
    </message>
    <message>
        <source> is in the running order</source>
        <translation> 不在等候中却在发言顺序中</translation>
    </message>
    <message>
        <source> is in the running order twice</source>
        <translation> 在发言顺序中出现两次</translation>
    </message>
    <message>
        <source> shares its place key with another</source>
        <translation> 与另一项共用位置键</translation>
    </message>
    <message>
        <source>the numbered places disagree with the running order</source>
        <translation>编号位置与发言顺序不一致</translation>
    </message>
    <message>
        <source>the places do not run from 1 to %1</source>
        <translation>位置编号不是从 1 到 %1</translation>
    </message>
    <message>
        <source>%1 waiting, but %2 in the running order</source>
        <translation>%1 位在等候中，但发言顺序中有 %2 位</translation>
    </message>
    <message>
        <source>interrupted, but the speech has ended</source>
        <translation>被打断，但发言已结束</translation>
    </message>
    <message>
        <source>interrupted, but its clock runs</source>
        <translation>被打断，但其计时仍在运行</translation>
    </message>
    <message>
        <source>%1 speeches interrupted at once</source>
        <translation>同时有 %1 项发言被打断</translation>
    </message>
    <message>
        <source>a speech is interrupted, but no point of order has the floor</source>
        <translation>有发言被打断，但无人就程序问题发言</translation>
    </message>
</context>
<context>
    <name>rostrum::ListOfSpeakersPdf</name>
    <message>
        <source>on behalf of %1</source>
        <translation>代表 %1</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>时限 %1</translation>
    </message>
    <message>
        <source>List of speakers</source>
        <translation>发言名单</translation>
    </message>
    <message>
        <source>List of speakers: %1</source>
        <translation>发言名单：%1</translation>
    </message>
    <message>
        <source>Projected times as of %1, assuming that every speaker keeps to the time limit (%2 unless stated otherwise).</source>
        <translation>截至 %1 的预计时间，假定每位发言者均遵守时限（除另有说明外为 %2）。</translation>
    </message>
    <message>
        <source>No one is inscribed on the list.</source>
        <translation>名单上无人登记。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <source>Speaker and title</source>
        <translation>发言者及职衔</translation>
    </message>
    <message>
        <source>Projected time</source>
        <translation>预计时间</translation>
    </message>
    <message>
        <source>Speaking now</source>
        <translation>正在发言</translation>
    </message>
    <message>
        <source>Projected end: %1.</source>
        <translation>预计结束：%1。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>rostrum::MainFileWatch</name>
    <message>
        <source>the meeting file %1 has been overwritten in place and is no longer a meeting (%2); nothing more is written to it</source>
        <translation>会议文件 %1 已被原地覆盖，不再是会议文件 (%2)；不再向其写入任何内容</translation>
    </message>
    <message>
        <source>another meeting file (another meeting, or a backup) has been copied over the meeting file %1; nothing more is written to it</source>
        <translation>另一会议文件（另一会议或某一备份）已被复制到会议文件 %1 之上；不再向其写入任何内容</translation>
    </message>
    <message>
        <source>an older copy of this meeting has been copied over the meeting file %1; nothing more is written to it</source>
        <translation>本会议的一个较旧副本已被复制到会议文件 %1 之上；不再向其写入任何内容</translation>
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
        <translation>名单已关闭</translation>
    </message>
    <message>
        <source>Now %1</source>
        <translation>现在 %1</translation>
    </message>
    <message>
        <source>Elapsed %1 since %2</source>
        <translation>自 %2 起已过 %1</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>尚未开始</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>等候：%1</translation>
    </message>
    <message>
        <source>⚠ Projected end %1 (%2)</source>
        <translation>⚠ 预计结束 %1 (%2)</translation>
    </message>
    <message>
        <source>Projected end %1 (%2)</source>
        <translation>预计结束 %1 (%2)</translation>
    </message>
    <message>
        <source>Scheduled %1</source>
        <translation>预定 %1</translation>
    </message>
</context>
<context>
    <name>rostrum::MeetingConsole</name>
    <message>
        <source>Running order (%1)</source>
        <translation>发言顺序 (%1)</translation>
    </message>
    <message>
        <source>Spoken (%1)</source>
        <translation>已发言 (%1)</translation>
    </message>
    <message>
        <source>Lists of speakers</source>
        <translation>发言名单</translation>
    </message>
    <message>
        <source>Speakers heard, beside the running order</source>
        <translation>已发言者，位于发言顺序旁</translation>
    </message>
    <message>
        <source>Speakers heard</source>
        <translation>已发言者</translation>
    </message>
    <message>
        <source>Who has spoken, in the order they spoke, with the time each one took.</source>
        <translation>已发言者，按发言先后排列，并列出各自所用时间。</translation>
    </message>
    <message>
        <source>Running order</source>
        <translation>发言顺序</translation>
    </message>
    <message>
        <source>The speakers still to speak, in the order they will be called. N calls the next; Enter opens the selected speaker; Ctrl+Up and Ctrl+Down move them.</source>
        <translation>尚待发言者，按请发言的先后排列。按 N 请下一位发言；按 Enter 打开所选发言者；按 Ctrl+Up 和 Ctrl+Down 移动其位置。</translation>
    </message>
</context>
<context>
    <name>rostrum::MeetingFileChecks</name>
    <message>
        <source>No meeting file was named: give the path of a .rostrum file.</source>
        <translation>未指定会议文件：请给出 .rostrum 文件的路径。</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>%1 处没有文件。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 is the journal of an open meeting, not a meeting file: open the .rostrum file beside it.</source>
        <translation>%1 是一个已打开会议的操作日志，不是会议文件：请打开旁边的 .rostrum 文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it is not a Rostrum meeting file.</source>
        <translation>%1 为空（0 字节），因此不是 Rostrum 会议文件。</translation>
    </message>
    <message>
        <source>%1 is not a Rostrum meeting file (it is not an SQLite database).</source>
        <translation>%1 不是 Rostrum 会议文件（不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>%1 is damaged: it is cut short or corrupted (its size does not match its page size). Open a backup copy.</source>
        <translation>%1 已损坏：被截短或已损坏（其大小与页大小不符）。请打开备份副本。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a Rostrum meeting file.</source>
        <translation>%1 是另一应用程序的 SQLite 数据库，不是 Rostrum 会议文件。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Rostrum (file format %2; this version reads up to %3). Open it with a newer Rostrum.</source>
        <translation>%1 由较新版本的 Rostrum 写入（文件格式 %2；本版本最高可读 %3）。请用较新的 Rostrum 打开。</translation>
    </message>
    <message>
        <source>%1 is read-only. Rostrum saves every act to the meeting file as it happens, so it needs to write there. Make the file writable, or copy it to a folder you can write to.</source>
        <translation>%1 为只读。Rostrum 在每项操作发生时即将其保存到会议文件，因此需要对其写入。请使该文件可写，或将其复制到您可写入的文件夹。</translation>
    </message>
    <message>
        <source>The folder of %1 is read-only. Rostrum keeps a journal file next to the meeting while it is open, so it needs to write there. Copy the meeting to a folder you can write to.</source>
        <translation>%1 所在文件夹为只读。会议打开期间，Rostrum 在会议文件旁保存一个操作日志文件，因此需要在该文件夹写入。请将会议复制到您可写入的文件夹。</translation>
    </message>
    <message>
        <source>the disk that holds %1 is full (%2 KiB free). Free some space on it, or copy the meeting to another disk</source>
        <translation>存放 %1 的磁盘已满（可用 %2 KiB）。请释放部分空间，或将会议复制到另一磁盘</translation>
    </message>
</context>
<context>
    <name>rostrum::MeetingFileStore</name>
    <message>
        <source>Copied from another meeting file</source>
        <translation>从另一会议文件复制</translation>
    </message>
    <message>
        <source>A backup needs a file name, such as backup.rostrum.</source>
        <translation>备份需要文件名，例如 backup.rostrum。</translation>
    </message>
    <message>
        <source>%1 already exists. A backup never replaces a file; choose another name.</source>
        <translation>%1 已存在。备份从不替换文件；请另选名称。</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2.</source>
        <translation>无法创建 %1：%2。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>已损坏 (%1)</translation>
    </message>
    <message>
        <source>the meeting file %1 has been deleted or moved</source>
        <translation>会议文件 %1 已被删除或移动</translation>
    </message>
    <message>
        <source>the meeting file %1 has been replaced by another file</source>
        <translation>会议文件 %1 已被另一文件替换</translation>
    </message>
    <message>
        <source>the journal file %1 beside the meeting file has been deleted or replaced; the acts saved so far are safe in the meeting file. Reopen the meeting or save a copy to carry on saving</source>
        <translation>会议文件旁的操作日志文件 %1 已被删除或替换；迄今保存的操作在会议文件中安然无恙。请重新打开会议或另存副本以继续保存</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>无法打开 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is damaged: it has no meeting in it (%2).</source>
        <translation>%1 已损坏：其中没有会议 (%2)。</translation>
    </message>
    <message>
        <source>the meeting tables are missing</source>
        <translation>缺少会议数据表</translation>
    </message>
    <message>
        <source>%1 was not opened: %2. Nothing in it was changed.</source>
        <translation>未打开 %1：%2。其中内容未作任何更改。</translation>
    </message>
    <message>
        <source>%1 cannot be opened: the journal (WAL) mode could not be switched on: %2</source>
        <translation>无法打开 %1：无法开启日志 (WAL) 模式：%2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>A new meeting file needs a name, such as meeting.rostrum.</source>
        <translation>新会议文件需要名称，例如 meeting.rostrum。</translation>
    </message>
    <message>
        <source>%1 already exists. Rostrum never overwrites a meeting file; choose another name.</source>
        <translation>%1 已存在。Rostrum 从不覆盖会议文件；请另选名称。</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>The meeting cannot be read: %1</source>
        <translation>无法读取会议：%1</translation>
    </message>
    <message>
        <source>The list cannot be read: %1</source>
        <translation>无法读取名单：%1</translation>
    </message>
    <message>
        <source>%1 was opened for reading only</source>
        <translation>%1 以只读方式打开</translation>
    </message>
</context>
<context>
    <name>rostrum::MeetingHeading</name>
    <message>
        <source>United Nations Security Council Arria-formula meeting</source>
        <translation>联合国安全理事会阿里亚办法会议</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 和 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Organized by:</source>
        <translation>组织者：</translation>
    </message>
    <message>
        <source>Co-sponsored by:</source>
        <translation>共同提案国：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>United Nations Security Council open debate</source>
        <translation>联合国安全理事会公开辩论会</translation>
    </message>
    <message>
        <source>United Nations General Assembly plenary meeting</source>
        <translation>联合国大会全体会议</translation>
    </message>
    <message>
        <source>Model United Nations</source>
        <translation>模拟联合国</translation>
    </message>
</context>
<context>
    <name>rostrum::MeetingPreset</name>
    <message>
        <source>Security Council, Arria-formula</source>
        <translation>安全理事会阿里亚办法会议</translation>
    </message>
    <message>
        <source>The rules of the list of the seed meeting (25 May 2023): the opening, the briefers, the Council, then co-sponsors and groups, Member States, observers and others; 3 minutes per intervention, as its concept note asked of every speaker.</source>
        <translation>采用原始会议（2023年5月25日）的发言名单规则：开幕发言、通报人、安理会成员，然后是共同提案国和集团、会员国、观察员及其他；按该会议概念说明对每位发言者的要求，每次发言 3 分钟。</translation>
    </message>
    <message>
        <source>Security Council, open debate</source>
        <translation>安全理事会公开辩论会</translation>
    </message>
    <message>
        <source>The briefers, then the members of the Council, then the other Member States and observers. The Council&apos;s note on its working methods (S/2017/507) asks for concise statements, and concept notes of open debates commonly ask speakers to keep to four minutes, the default here. Briefers are given 10 minutes, a common allowance rather than a rule: set it to what the concept note says.</source>
        <translation>先由通报人发言，然后是安理会成员，再是其他会员国和观察员。安理会关于其工作方法的说明（S/2017/507）要求发言简明扼要，公开辩论会的概念说明通常要求发言者将发言限制在四分钟以内，此处即以此为默认值。通报人有 10 分钟，这是通常做法而非规则：请按概念说明设定。</translation>
    </message>
    <message>
        <source>General Assembly plenary</source>
        <translation>大会全体会议</translation>
    </message>
    <message>
        <source>Statements on behalf of groups come first, then Member States, then observers, as in the Assembly&apos;s plenary debates. Presidents of the Assembly usually ask 5 minutes of a Member State speaking for itself; statements for a group are given 7 minutes and observers 3, common practice that each President confirms.</source>
        <translation>按大会全体辩论的做法，先由代表集团发言，然后是会员国，再是观察员。大会主席通常要求以本国名义发言的会员国发言 5 分钟；代表集团的发言 7 分钟，观察员 3 分钟，此为通常做法，由每任主席确认。</translation>
    </message>
    <message>
        <source>Conference or committee</source>
        <translation>会议或委员会</translation>
    </message>
    <message>
        <source>A neutral start for a conference, a committee or a working group: groups first, then States, observers and others, 5 minutes each and 7 for a group. There is no heading to guess: type the body&apos;s name, so that no document says the wrong one.</source>
        <translation>适用于会议、委员会或工作组的中性起点：先由集团发言，然后是国家、观察员及其他，每位 5 分钟，集团 7 分钟。页眉不作预设：请输入机构名称，以免任何文件写错。</translation>
    </message>
    <message>
        <source>Model UN committee</source>
        <translation>模拟联合国委员会</translation>
    </message>
    <message>
        <source>The speakers&apos; list of a Model UN committee: 1 minute 30 seconds each, the usual default of Model UN rules of procedure (most conferences set 60 to 90 seconds), with the warning 15 seconds before the end; guest speakers 5 minutes. A delegate absent when called loses the place, as the chair moves on.</source>
        <translation>模拟联合国委员会的发言名单：每位 1 分 30 秒，这是模拟联合国议事规则的通常默认值（多数会议定为 60 至 90 秒），结束前 15 秒发出警告；特邀发言者 5 分钟。被请发言时缺席的代表失去其位置，由主席继续请下一位发言。</translation>
    </message>
</context>
<context>
    <name>rostrum::MeetingSession</name>
    <message>
        <source>its list breaks the rules of a speakers list: %1</source>
        <translation>其名单违反发言名单规则：%1</translation>
    </message>
    <message>
        <source>Not done: this meeting is open read only (%1). Save a copy as… to carry on with it.</source>
        <translation>未执行：本会议以只读方式打开 (%1)。请使用“副本另存为…”以继续。</translation>
    </message>
    <message>
        <source>%1 was opened for reading only</source>
        <translation>%1 以只读方式打开</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused; nothing was imported.</source>
        <translation>
            <numerusform>%n 行被拒绝；未导入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>No row could be imported.</source>
        <translation>没有可导入的行。</translation>
    </message>
    <message>
        <source>the meeting file %1 has become read-only</source>
        <translation>会议文件 %1 已变为只读</translation>
    </message>
    <message>
        <source>the journal file %1 beside the meeting file has become read-only</source>
        <translation>会议文件旁的操作日志文件 %1 已变为只读</translation>
    </message>
    <message>
        <source>Waiting for another program that holds the meeting file: the acts are kept in memory and will be saved as soon as it lets go.</source>
        <translation>正在等待占用会议文件的另一程序：操作保存在内存中，该程序一旦释放文件即予保存。</translation>
    </message>
    <message>
        <source>Changes are NOT being saved: %1.</source>
        <translation>更改未保存：%1。</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1（自 %2 起）</translation>
    </message>
    <message numerus="yes">
        <source>This meeting is also open in another console: %1. Acts from every console are saved, and each shows the others&apos; within a moment.</source>
        <translation>
            <numerusform>本会议也在另一控制台中打开：%1。所有控制台的操作均会保存，且各控制台会在片刻内显示其他控制台的操作。</numerusform>
        </translation>
    </message>
    <message>
        <source>The last act cannot be undone while changes are not being saved.</source>
        <translation>更改未保存期间，无法撤销上一项操作。</translation>
    </message>
    <message>
        <source>Redo is unavailable while changes are not being saved.</source>
        <translation>更改未保存期间，无法重做。</translation>
    </message>
    <message>
        <source>Another program holds the meeting file; nothing was undone or redone. Try again in a moment (%1).</source>
        <translation>另一程序占用会议文件；未撤销或重做任何操作。请稍后再试 (%1)。</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation>没有可重做的操作。</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>重做：%1</translation>
    </message>
    <message>
        <source>Not done: %1.</source>
        <translation>未执行：%1。</translation>
    </message>
    <message>
        <source>The last act cannot be undone until the server says whether it was saved.</source>
        <translation>在服务器告知上一项操作是否已保存之前，无法撤销该操作。</translation>
    </message>
    <message>
        <source>Not done: this meeting is open read only (%1). The meeting&apos;s chair can give you another role.</source>
        <translation>未执行：本会议以只读方式打开 (%1)。会议主席可以为您分配其他角色。</translation>
    </message>
</context>
<context>
    <name>rostrum::NowSpeakingPanel</name>
    <message>
        <source>Limit %1</source>
        <translation>时限 %1</translation>
    </message>
    <message>
        <source>Limit %1 (%2)</source>
        <translation>时限 %1 (%2)</translation>
    </message>
    <message>
        <source>Now speaking</source>
        <translation>正在发言</translation>
    </message>
    <message>
        <source>Speaking time used</source>
        <translation>已用发言时间</translation>
    </message>
    <message>
        <source>on behalf of %1</source>
        <translation>代表 %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>speaker name, title</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>语言：%1</translation>
    </message>
    <message>
        <source>%1, paused</source>
        <comment>clock phase</comment>
        <translation>%1，已暂停</translation>
    </message>
    <message>
        <source>%1 of %2 — %3</source>
        <translation>%1/%2 — %3</translation>
    </message>
    <message>
        <source>No one at the rostrum — next: %1</source>
        <translation>讲台无人 — 下一位：%1</translation>
    </message>
    <message>
        <source>No one at the rostrum</source>
        <translation>讲台无人</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>kind of speech: delegation</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Untimed: the clock counts up</source>
        <translation>不限时：正向计时</translation>
    </message>
    <message>
        <source>%1 · Interrupted: %2, %3 left</source>
        <translation>%1 · 被打断：%2，剩余 %3</translation>
    </message>
</context>
<context>
    <name>rostrum::PagedDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>rostrum::ProcedureRules</name>
    <message>
        <source>The limit of a point of order must be from 0:00 (untimed) to 24 hours.</source>
        <translation>程序问题的时限必须在 0:00（不限时）至 24 小时之间。</translation>
    </message>
    <message>
        <source>A delegation may be allowed from 0 to %1 replies.</source>
        <translation>每个代表团可获准 0 至 %1 次答辩。</translation>
    </message>
    <message>
        <source>The limits of the first and second reply must be longer than zero.</source>
        <translation>第一次和第二次答辩的时限必须大于零。</translation>
    </message>
    <message>
        <source>The limit of a reply is at most 24 hours.</source>
        <translation>答辩时限最多为 24 小时。</translation>
    </message>
    <message>
        <source>The changeover %1 s is out of range: set from 0 to %2 seconds.</source>
        <translation>换人时间 %1 秒超出范围：请设为 0 至 %2 秒。</translation>
    </message>
</context>
<context>
    <name>rostrum::QuitGuard</name>
    <message>
        <source>Acts not saved</source>
        <translation>操作未保存</translation>
    </message>
    <message>
        <source>Acts not saved in the meeting file: %1. They are kept in memory only.</source>
        <translation>会议文件中未保存的操作：%1。这些操作仅保存在内存中。</translation>
    </message>
    <message>
        <source>Save a copy to keep them; quitting now loses them.</source>
        <translation>请另存副本以保留这些操作；现在退出将丢失这些操作。</translation>
    </message>
    <message>
        <source>Save a copy as…</source>
        <translation>副本另存为…</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>退出而不保存</translation>
    </message>
</context>
<context>
    <name>rostrum::ReadOnlyMeeting</name>
    <message>
        <source>%1 is on a read-only medium</source>
        <translation>%1 位于只读介质上</translation>
    </message>
    <message>
        <source>%1 is read-only</source>
        <translation>%1 为只读</translation>
    </message>
    <message>
        <source>the folder of %1 is read-only</source>
        <translation>%1 所在文件夹为只读</translation>
    </message>
</context>
<context>
    <name>rostrum::ReportDialog</name>
    <message>
        <source>Report of the meeting</source>
        <translation>会议报告</translation>
    </message>
    <message>
        <source>Summary of the meeting</source>
        <translation>会议摘要</translation>
    </message>
    <message>
        <source>Totals by tier</source>
        <translation>按类别的合计</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Timeline: planned and actual</source>
        <translation>时间线：计划与实际</translation>
    </message>
    <message>
        <source>Export report PDF…</source>
        <translation>导出报告 PDF…</translation>
    </message>
    <message>
        <source>Export report CSV…</source>
        <translation>导出报告 CSV…</translation>
    </message>
    <message>
        <source>As of %1; times are local to the meeting (%2).</source>
        <translation>截至 %1；时间为会议当地时间 (%2)。</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>预定</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>The report was not exported. %1</source>
        <translation>报告未导出。%1</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>报告已写入 %1。</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>报告 %1</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>将报告导出为 PDF</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>将报告导出为 CSV</translation>
    </message>
    <message>
        <source>PDF for printing (*.pdf)</source>
        <translation>用于打印的 PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>用于电子表格的 CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>报告语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>报告语言</translation>
    </message>
</context>
<context>
    <name>rostrum::ReportPdf</name>
    <message>
        <source>Scheduled</source>
        <translation>预定</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Timeline: planned and actual (%1 of %2)</source>
        <translation>时间线：计划与实际（第 %1 部分，共 %2 部分）</translation>
    </message>
    <message>
        <source>Timeline: planned and actual</source>
        <translation>时间线：计划与实际</translation>
    </message>
    <message>
        <source>Report of the meeting</source>
        <translation>会议报告</translation>
    </message>
    <message>
        <source>Report of the meeting: %1</source>
        <translation>会议报告：%1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Prepared on %1; times are local to the meeting (%2).</source>
        <translation>编制于 %1；时间为会议当地时间 (%2)。</translation>
    </message>
    <message>
        <source>Totals by tier</source>
        <translation>按类别的合计</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>In the order they spoke, then those still waiting, then the absent and the withdrawn. Planned: the start each speaker would have had if everyone before them had spoken for exactly their allotted time from the scheduled start.</source>
        <translation>按发言顺序排列，其后为仍在等候者，再后为缺席者和撤回者。计划：假设每人之前的所有发言者均从预定开始时间起恰好用完分配时间，则该发言者本应开始的时间。</translation>
    </message>
</context>
<context>
    <name>rostrum::ReportText</name>
    <message numerus="yes">
        <source>%n spoke</source>
        <translation>
            <numerusform>%n 位已发言</numerusform>
        </translation>
    </message>
    <message>
        <source>1 speaking now</source>
        <translation>1 位正在发言</translation>
    </message>
    <message numerus="yes">
        <source>%n absent</source>
        <translation>
            <numerusform>%n 位缺席</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn</source>
        <translation>
            <numerusform>%n 位撤回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still waiting</source>
        <translation>
            <numerusform>%n 位仍在等候</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation>发言时间</translation>
    </message>
    <message>
        <source>Overruns, in all</source>
        <translation>超时合计</translation>
    </message>
    <message>
        <source>Pauses, in all</source>
        <translation>暂停合计</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>发言者</translation>
    </message>
    <message numerus="yes">
        <source>%n inscribed</source>
        <translation>
            <numerusform>%n 位已登记</numerusform>
        </translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Inscribed</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation>已发言</translation>
    </message>
    <message>
        <source>Allotted</source>
        <translation>分配时间</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <source>Average overrun</source>
        <translation>平均超时</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>所有发言者</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) of order</source>
        <translation>
            <numerusform>%n 个程序问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n right(s) of reply</source>
        <translation>
            <numerusform>%n 次答辩</numerusform>
        </translation>
    </message>
    <message>
        <source>Changeover, on average</source>
        <translation>平均换人时间</translation>
    </message>
    <message numerus="yes">
        <source>%n measured</source>
        <translation>
            <numerusform>测得 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>status, kind of speech</comment>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>rostrum::RunningOrder</name>
    <message>
        <source>No one is waiting to speak.</source>
        <translation>无人等候发言。</translation>
    </message>
    <message>
        <source>On time: the list ends by %1 at the current limits.</source>
        <translation>按时：按当前时限，名单将于 %1 前结束。</translation>
    </message>
    <message numerus="yes">
        <source>Limit %1 for the remaining %n speaker(s) to end at %2.</source>
        <translation>
            <numerusform>剩余 %n 位发言者每人时限 %1，可于 %2 结束。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot end at %1 even at %2 each; at the current limits the last speaker reached is no. %3.</source>
        <translation>即使每人 %2，也无法于 %1 结束；按当前时限，届时可轮到第 %3 位发言者。</translation>
    </message>
    <message>
        <source>Cannot end at %1 even at %2 each; no waiting speaker finishes before then.</source>
        <translation>即使每人 %2，也无法于 %1 结束；届时没有等候中的发言者能发言完毕。</translation>
    </message>
</context>
<context>
    <name>rostrum::RunningOrderModel</name>
    <message>
        <source>◷ Late</source>
        <translation>◷ 逾期</translation>
    </message>
    <message>
        <source>⚑ Pinned</source>
        <translation>⚑ 已固定</translation>
    </message>
    <message>
        <source>✗ Absent ×%1</source>
        <translation>✗ 缺席 ×%1</translation>
    </message>
    <message>
        <source>%1
on behalf of %2</source>
        <translation>%1
代表 %2</translation>
    </message>
    <message>
        <source>%1, inscribed %2, after the deadline</source>
        <translation>%1，%2 登记，已过截止时间</translation>
    </message>
    <message>
        <source>%1, inscribed %2</source>
        <translation>%1，%2 登记</translation>
    </message>
    <message>
        <source>On behalf of %1 (group of %2)</source>
        <translation>代表 %1（%2 个代表团组成的集团）</translation>
    </message>
    <message>
        <source>Placed by hand: automatic placement leaves them here.</source>
        <translation>手动安排：自动排位时保持在此位置。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <source>Speaker and title</source>
        <translation>发言者及职衔</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Drag one speaker at a time: %1 are selected.</source>
        <translation>一次只能拖动一位发言者：已选择 %1 位。</translation>
    </message>
    <message>
        <source>Right of reply %1</source>
        <translation>答辩权 %1</translation>
    </message>
</context>
<context>
    <name>rostrum::SaveBanner</name>
    <message>
        <source>Save a copy as…</source>
        <translation>副本另存为…</translation>
    </message>
    <message>
        <source>This meeting is open read only: %1. Save a copy as… to carry on with it.</source>
        <translation>本会议以只读方式打开：%1。请使用“副本另存为…”以继续。</translation>
    </message>
    <message>
        <source>Acts kept in memory only: %1.</source>
        <translation>仅保存在内存中的操作：%1。</translation>
    </message>
    <message>
        <source>%1 (copy).rostrum</source>
        <translation>%1（副本）.rostrum</translation>
    </message>
    <message>
        <source>Save a copy of the meeting</source>
        <translation>另存会议副本</translation>
    </message>
    <message>
        <source>Rostrum meetings (*.rostrum)</source>
        <translation>Rostrum 会议 (*.rostrum)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation>无法写入副本：%1</translation>
    </message>
    <message>
        <source>This meeting is open read only: %1. The meeting&apos;s chair can give you another role.</source>
        <translation>本会议以只读方式打开：%1。会议主席可以为您分配其他角色。</translation>
    </message>
</context>
<context>
    <name>rostrum::SaveFile</name>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限被拒绝</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a meeting file (or another database), and a document never replaces one. Choose another name for the document.</source>
        <translation>无法写入 %1：它是会议文件（或其他数据库），文档绝不替换此类文件。请为文档另选名称。</translation>
    </message>
    <message>
        <source>Cannot write %1: it belongs to the meeting file %2, and a document never replaces it. Choose another name for the document.</source>
        <translation>无法写入 %1：它属于会议文件 %2，文档绝不替换该文件。请为文档另选名称。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>rostrum::Schema</name>
    <message>
        <source>The file was written by a newer version of Rostrum (file format %1; this version reads up to %2). Open it with a newer Rostrum.</source>
        <translation>该文件由较新版本的 Rostrum 写入（文件格式 %1；本版本最高可读 %2）。请用较新的 Rostrum 打开。</translation>
    </message>
    <message>
        <source>a trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>a view</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>an index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>its list of tables cannot be read</source>
        <translation>无法读取其数据表列表</translation>
    </message>
    <message>
        <source>%1 named “%2” is not as Rostrum makes it</source>
        <translation>名为“%2”的%1与 Rostrum 所建不符</translation>
    </message>
    <message>
        <source>it holds %1 named “%2” that Rostrum does not make</source>
        <translation>其中含有名为“%2”的%1，并非 Rostrum 所建</translation>
    </message>
    <message>
        <source>%1 named “%2” is missing</source>
        <translation>缺少名为“%2”的%1</translation>
    </message>
</context>
<context>
    <name>rostrum::ServerConnection</name>
    <message>
        <source>this computer has no PostgreSQL driver for Qt: install libqt6sql6-psql</source>
        <translation>本计算机没有适用于 Qt 的 PostgreSQL 驱动程序：请安装 libqt6sql6-psql</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>rostrum::ServerCopy</name>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>%1 was not copied to %2: %3. Nothing was created there.</source>
        <translation>%1 未复制到 %2：%3。该处未创建任何内容。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 was not copied to %2: %3</source>
        <translation>%1 未复制到 %2：%3</translation>
    </message>
</context>
<context>
    <name>rostrum::ServerDialog</name>
    <message>
        <source>Open from a server</source>
        <translation>从服务器打开</translation>
    </message>
    <message>
        <source>the server&apos;s name or address</source>
        <translation>服务器的名称或地址</translation>
    </message>
    <message>
        <source>your PostgreSQL user name</source>
        <translation>您的 PostgreSQL 用户名</translation>
    </message>
    <message>
        <source>lower-case letters, digits and _</source>
        <translation>小写拉丁字母、数字和 _</translation>
    </message>
    <message>
        <source>(a server not opened before)</source>
        <translation>（以前未打开过的服务器）</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>最近打开(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>会议(&amp;M)：</translation>
    </message>
    <message>
        <source>The password is never asked for here, nor kept: Rostrum takes it from PGPASSWORD or ~/.pgpass, or asks when the server wants one.</source>
        <translation>此处既不询问也不保存密码：Rostrum 从 PGPASSWORD 或 ~/.pgpass 获取密码，或在服务器要求提供密码时再询问。</translation>
    </message>
</context>
<context>
    <name>rostrum::ServerError</name>
    <message>
        <source>your role on this meeting may not do this (%1)</source>
        <translation>您在本会议中的角色无权执行此操作 (%1)</translation>
    </message>
    <message>
        <source>another console is holding the meeting locked (%1)</source>
        <translation>另一控制台锁定了会议 (%1)</translation>
    </message>
    <message>
        <source>the meeting was opened for reading only (%1)</source>
        <translation>会议以只读方式打开 (%1)</translation>
    </message>
    <message>
        <source>the server&apos;s disk is full (%1)</source>
        <translation>服务器磁盘已满 (%1)</translation>
    </message>
    <message>
        <source>the connection to the server was lost (%1)</source>
        <translation>与服务器的连接已断开 (%1)</translation>
    </message>
    <message>
        <source>the server refused the user name or password (%1)</source>
        <translation>服务器拒绝了用户名或密码 (%1)</translation>
    </message>
    <message>
        <source>the server asks for a password: give it in PGPASSWORD or ~/.pgpass</source>
        <translation>服务器要求提供密码：请在 PGPASSWORD 或 ~/.pgpass 中提供</translation>
    </message>
    <message>
        <source>the server refused the connection (%1)</source>
        <translation>服务器拒绝了连接 (%1)</translation>
    </message>
    <message>
        <source>the server cannot be reached (%1)</source>
        <translation>无法访问服务器 (%1)</translation>
    </message>
</context>
<context>
    <name>rostrum::ServerLocation</name>
    <message>
        <source>%1 is not a server location: write postgresql://[USER@]HOST[:PORT]/DATABASE?meeting=NAME</source>
        <translation>%1 不是服务器地址：请写为 postgresql://[USER@]HOST[:PORT]/DATABASE?meeting=NAME</translation>
    </message>
    <message>
        <source>The server location must not hold a password, which anyone on this computer could read: give it in PGPASSWORD or ~/.pgpass instead.</source>
        <translation>服务器地址中不得包含密码，因为本计算机上的任何人都能读取：请改在 PGPASSWORD 或 ~/.pgpass 中提供。</translation>
    </message>
    <message>
        <source>%1 names no server: write the host after postgresql://</source>
        <translation>%1 未指明服务器：请在 postgresql:// 之后写上主机</translation>
    </message>
    <message>
        <source>%1 has no valid port (1 to 65535)</source>
        <translation>%1 中没有有效的端口（1 至 65535）</translation>
    </message>
    <message>
        <source>%1 names no database: write it after the host, as in postgresql://HOST/DATABASE</source>
        <translation>%1 未指明数据库：请写在主机之后，如 postgresql://HOST/DATABASE</translation>
    </message>
    <message>
        <source>sslmode=%1 is not one of %2</source>
        <translation>sslmode=%1 不在 %2 之列</translation>
    </message>
    <message>
        <source>%1 is not an option of a server location (meeting, sslmode)</source>
        <translation>%1 不是服务器地址的选项（meeting、sslmode）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a meeting: use lower-case letters, digits and _, at most 40</source>
        <translation>“%1”不能用作会议名称：请使用小写拉丁字母、数字和 _，最多 40 个</translation>
    </message>
    <message>
        <source>%1 names no meeting: add ?meeting=NAME</source>
        <translation>%1 未指明会议：请添加 ?meeting=NAME</translation>
    </message>
</context>
<context>
    <name>rostrum::ServerSchema</name>
    <message>
        <source>a meeting named %1 already exists there</source>
        <translation>该处已有名为 %1 的会议</translation>
    </message>
</context>
<context>
    <name>rostrum::ServerStore</name>
    <message>
        <source>the connection to the server %1 was lost</source>
        <translation>与服务器 %1 的连接已断开</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: the database %2 has no meeting named %3</source>
        <translation>无法打开 %1：数据库 %2 中没有名为 %3 的会议</translation>
    </message>
    <message>
        <source>%1 was made by a newer Rostrum (format %2; this one knows up to %3): update Rostrum to open it</source>
        <translation>%1 由较新版本的 Rostrum 创建（格式 %2；本版本最高支持 %3）：请更新 Rostrum 后再打开</translation>
    </message>
    <message>
        <source>%1: the user %2 has no role in this meeting; its chair gives one with rostrum-cli grant</source>
        <translation>%1：用户 %2 在本会议中没有角色；由会议主席通过 rostrum-cli grant 授予角色</translation>
    </message>
    <message>
        <source>%1 cannot be opened: the server does not announce changes (%2)</source>
        <translation>无法打开 %1：服务器不发送更改通知 (%2)</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>The meeting cannot be read: %1</source>
        <translation>无法读取会议：%1</translation>
    </message>
    <message>
        <source>The list cannot be read: %1</source>
        <translation>无法读取名单：%1</translation>
    </message>
    <message>
        <source>the user %1 is a viewer of this meeting and may not change it</source>
        <translation>用户 %1 是本会议的查看者，不能更改会议</translation>
    </message>
    <message>
        <source>%1 was opened for reading only</source>
        <translation>%1 以只读方式打开</translation>
    </message>
</context>
<context>
    <name>rostrum::SettingsDialog</name>
    <message>
        <source>Meeting settings</source>
        <translation>会议设置</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>会议(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Delegations</source>
        <translation>代表团(&amp;D)</translation>
    </message>
    <message>
        <source>Time and &amp;order</source>
        <translation>时间和顺序(&amp;O)</translation>
    </message>
    <message>
        <source>Choose one to fill the heading, the order and the limits</source>
        <translation>选择一项，以填写页眉、顺序和时限</translation>
    </message>
    <message>
        <source>The line above the title of every document; empty: none</source>
        <translation>每份文件标题上方的一行；留空则不显示</translation>
    </message>
    <message>
        <source>Inscriptions after this are marked late:</source>
        <translation>此时间后的登记标记为逾期：</translation>
    </message>
    <message>
        <source>Which one?</source>
        <translation>哪一个？</translation>
    </message>
    <message>
        <source>&amp;Kind of meeting:</source>
        <translation>会议类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Document &amp;heading:</source>
        <translation>文件页眉(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>地点(&amp;V)：</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>日期(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>开始时间(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Ends at:</source>
        <translation>结束时间(&amp;E)：</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>时区(&amp;Z)：</translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation>截止时间(&amp;L)：</translation>
    </message>
    <message>
        <source>Type a few letters and choose from the directory. These lists decide the category inferred for a new inscription.</source>
        <translation>输入几个字母并从名录中选择。这些名单决定新登记的推断类型。</translation>
    </message>
    <message>
        <source>&amp;Co-sponsors:</source>
        <translation>共同提案国(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Briefers, inscribed when the meeting is made</source>
        <translation>通报人（创建会议时登记）(&amp;B)</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone has no IANA name (it is a rule such as TZ=UTC+3). Choose the meeting&apos;s time zone, such as Europe/Zurich or America/New_York.</source>
        <translation>本计算机的时区没有 IANA 名称（而是 TZ=UTC+3 之类的规则）。请选择会议的时区，例如 Europe/Zurich 或 America/New_York。</translation>
    </message>
    <message>
        <source>Deadline: %1.</source>
        <translation>截止时间：%1。</translation>
    </message>
    <message>
        <source>Choose the meeting&apos;s time zone, such as Europe/Zurich or America/New_York.</source>
        <translation>请选择会议的时区，例如 Europe/Zurich 或 America/New_York。</translation>
    </message>
    <message>
        <source>Default time &amp;limit:</source>
        <translation>默认时限(&amp;L)：</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Warning before the end:</source>
        <translation>结束前警告(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Absent when called:</source>
        <translation>被请发言时缺席(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Tier order:</source>
        <translation>类别顺序(&amp;T)：</translation>
    </message>
    <message>
        <source>“%1” is not a time limit for %2. Write minutes and seconds, such as 3:00.</source>
        <translation>“%1”不是 %2 的时限。请填写分和秒，例如 3:00。</translation>
    </message>
    <message>
        <source>every category</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Pages of the meeting&apos;s settings</source>
        <translation>会议设置各页</translation>
    </message>
    <message>
        <source>Deadline for inscriptions</source>
        <translation>登记截止时间</translation>
    </message>
    <message>
        <source>Which of the two moments of the deadline, in an hour the clocks repeat</source>
        <translation>时钟回拨而重复的一小时内，截止时间取两个时刻中的哪一个</translation>
    </message>
    <message>
        <source>O&amp;rganizers:</source>
        <translation>组织者(&amp;R)：</translation>
    </message>
    <message>
        <source>Organizers</source>
        <translation>组织者</translation>
    </message>
    <message>
        <source>Co-sponsors</source>
        <translation>共同提案国</translation>
    </message>
    <message>
        <source>Cou&amp;ncil members:</source>
        <translation>安理会成员(&amp;N)：</translation>
    </message>
    <message>
        <source>Council members</source>
        <translation>安理会成员</translation>
    </message>
    <message>
        <source>&amp;Floor</source>
        <translation>发言(&amp;F)</translation>
    </message>
    <message>
        <source>0:00 leaves a point of order untimed: its clock counts up</source>
        <translation>0:00 表示程序问题不限时：正向计时</translation>
    </message>
    <message>
        <source>&amp;Point of order, limit:</source>
        <translation>程序问题时限(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Rights of reply per delegation:</source>
        <translation>每个代表团的答辩次数(&amp;R)：</translation>
    </message>
    <message>
        <source>First reply, &amp;limit:</source>
        <translation>第一次答辩时限(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Second and later replies, limit:</source>
        <translation>第二次及以后答辩时限(&amp;S)：</translation>
    </message>
    <message>
        <source>The time from one speaker&apos;s end to the next one&apos;s start, in every projected time; the report measures it</source>
        <translation>从一位发言者结束到下一位开始的时间，计入每个预计时间；报告会测量它</translation>
    </message>
    <message>
        <source>&amp;Changeover between speakers:</source>
        <translation>换人时间(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;hime at the warning and at zero</source>
        <translation>在警告和归零时鸣响(&amp;H)</translation>
    </message>
    <message>
        <source>a point of order</source>
        <translation>程序问题</translation>
    </message>
    <message>
        <source>the first reply</source>
        <translation>第一次答辩</translation>
    </message>
    <message>
        <source>the second reply</source>
        <translation>第二次答辩</translation>
    </message>
</context>
<context>
    <name>rostrum::ShareDialog</name>
    <message>
        <source>Share on the network</source>
        <translation>在网络上共享</translation>
    </message>
    <message>
        <source>The timer, the room&apos;s screens, the interpreters&apos; booths and the delegates&apos; phones open the meeting from these links; the timekeeper, staff and chair links also act on it. Each link carries its role&apos;s key: give it only to whom it is for.</source>
        <translation>计时器、会场显示屏、口译箱和代表的手机通过这些链接打开会议；计时员、秘书处和主席的链接还可对会议进行操作。每个链接都带有其角色的密钥：请只交给该链接的使用者。</translation>
    </message>
    <message>
        <source>Serve on:</source>
        <translation>共享范围：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>The views open without a key (the acts still need one)</source>
        <translation>视图无需密钥即可打开（操作仍需密钥）</translation>
    </message>
    <message>
        <source>Start sharing</source>
        <translation>开始共享</translation>
    </message>
    <message>
        <source>Revoke links</source>
        <translation>撤销链接</translation>
    </message>
    <message>
        <source>New keys for every role: every link given out so far stops working, and its pages are closed.</source>
        <translation>为每个角色生成新密钥：迄今发出的所有链接随即失效，其页面将被关闭。</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>仅限本计算机（127.0.0.1）</translation>
    </message>
    <message>
        <source>The network of %1</source>
        <translation>%1 所在的网络</translation>
    </message>
    <message>
        <source>Every network of this computer (0.0.0.0)</source>
        <translation>本计算机的所有网络（0.0.0.0）</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>停止共享</translation>
    </message>
    <message>
        <source>Not shared: nothing is served.</source>
        <translation>未共享：未提供任何服务。</translation>
    </message>
    <message>
        <source>Shared on %1.</source>
        <translation>已共享，地址为 %1。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>QR code of the %1 link</source>
        <translation>%1链接的二维码</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>role: pages open</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Pages open now — %1</source>
        <translation>当前打开的页面 — %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>rostrum::SpeakersList</name>
    <message>
        <source>The clock is already running.</source>
        <translation>计时已在运行。</translation>
    </message>
    <message>
        <source>Clock started for %1</source>
        <translation>已为 %1 启动计时</translation>
    </message>
    <message>
        <source>No one is waiting to speak.</source>
        <translation>无人等候发言。</translation>
    </message>
    <message>
        <source>%1 called</source>
        <translation>已请 %1 发言</translation>
    </message>
    <message>
        <source>The clock is not running.</source>
        <translation>计时未在运行。</translation>
    </message>
    <message>
        <source>Clock paused for %1</source>
        <translation>已为 %1 暂停计时</translation>
    </message>
    <message>
        <source>%1 finished; the list is exhausted</source>
        <translation>%1 发言完毕；名单已无发言者</translation>
    </message>
    <message>
        <source>No one has been called.</source>
        <translation>尚未请任何人发言。</translation>
    </message>
    <message>
        <source>%1 has started speaking; use Next.</source>
        <translation>%1 已开始发言；请使用“下一位”。</translation>
    </message>
    <message>
        <source>taken off the list</source>
        <translation>已移出名单</translation>
    </message>
    <message>
        <source>moved to the end of the %1 tier</source>
        <translation>已移至 %1 类别末尾</translation>
    </message>
    <message>
        <source>moved to the end of the list</source>
        <translation>已移至名单末尾</translation>
    </message>
    <message>
        <source>%1 absent: %2</source>
        <translation>%1 缺席：%2</translation>
    </message>
    <message>
        <source>%1; %2 called</source>
        <translation>%1；已请 %2 发言</translation>
    </message>
    <message>
        <source>No one is speaking.</source>
        <translation>无人在发言。</translation>
    </message>
    <message>
        <source>No time to add.</source>
        <translation>没有可增加的时间。</translation>
    </message>
    <message>
        <source>Adding %1 would give %2 more than 24 hours (%3) in all; at most %4 can be added.</source>
        <translation>增加 %1 将使 %2 的时间总计超过 24 小时 (%3)；最多可增加 %4。</translation>
    </message>
    <message>
        <source>No time left to remove.</source>
        <translation>没有可减少的剩余时间。</translation>
    </message>
    <message>
        <source>%1 added for %2</source>
        <translation>为 %2 增加了 %1</translation>
    </message>
    <message>
        <source>%1 removed for %2</source>
        <translation>为 %2 减少了 %1</translation>
    </message>
    <message>
        <source>Clock reset for %1</source>
        <translation>已为 %1 重置计时</translation>
    </message>
    <message>
        <source>The clock is already at the full limit.</source>
        <translation>计时已是完整时限。</translation>
    </message>
    <message>
        <source>There is no entry #%1.</source>
        <translation>没有条目 #%1。</translation>
    </message>
    <message>
        <source>A time limit must be longer than zero.</source>
        <translation>时限必须大于零。</translation>
    </message>
    <message>
        <source>The time limit %1 for %2 is longer than 24 hours (%3), the longest a limit can be.</source>
        <translation>%2 的时限 %1 超过 24 小时 (%3)，即时限的上限。</translation>
    </message>
    <message>
        <source>With the %1 already added, a limit of %2 would give %3 more than 24 hours (%4) in all.</source>
        <translation>由于已增加 %1，时限 %2 将使 %3 的时间总计超过 24 小时 (%4)。</translation>
    </message>
    <message>
        <source>%1 has already spoken.</source>
        <translation>%1 已发言。</translation>
    </message>
    <message>
        <source>Limit %1 for %2</source>
        <translation>%2 的时限为 %1</translation>
    </message>
    <message>
        <source>%1 already has a limit of %2.</source>
        <translation>%1 的时限已是 %2。</translation>
    </message>
    <message>
        <source>A time limit of %1 for every remaining speaker is longer than 24 hours (%2), the longest a limit can be.</source>
        <translation>所有剩余发言者的时限 %1 超过 24 小时 (%2)，即时限的上限。</translation>
    </message>
    <message>
        <source>Limit %1 for all remaining speakers</source>
        <translation>所有剩余发言者的时限为 %1</translation>
    </message>
    <message>
        <source>Every remaining speaker already has a limit of %1.</source>
        <translation>所有剩余发言者的时限已是 %1。</translation>
    </message>
    <message>
        <source>%1 is waiting</source>
        <translation>%1 在等候中</translation>
    </message>
    <message>
        <source>%1 is speaking</source>
        <translation>%1 正在发言</translation>
    </message>
    <message>
        <source>%1 has spoken</source>
        <translation>%1 已发言</translation>
    </message>
    <message>
        <source>%1 was absent and is off the list</source>
        <translation>%1 曾缺席，已不在名单上</translation>
    </message>
    <message>
        <source>%1 has withdrawn</source>
        <translation>%1 已撤回发言</translation>
    </message>
    <message>
        <source>The list of speakers is closed. Reopen it to inscribe %1.</source>
        <translation>发言名单已关闭。请重新开放名单以登记 %1。</translation>
    </message>
    <message>
        <source>%1 inscribed (late)</source>
        <translation>%1 已登记（逾期）</translation>
    </message>
    <message>
        <source>%1 inscribed</source>
        <translation>%1 已登记</translation>
    </message>
    <message>
        <source>%1 edited</source>
        <translation>%1 已编辑</translation>
    </message>
    <message>
        <source>Nothing to change for %1.</source>
        <translation>%1 没有需要更改的内容。</translation>
    </message>
    <message>
        <source>%1 is speaking. Call the next speaker before removing this entry.</source>
        <translation>%1 正在发言。请先请下一位发言者发言，再删除此项。</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 已删除</translation>
    </message>
    <message>
        <source>Only a waiting speaker can withdraw; %1.</source>
        <translation>只有等候中的发言者才能撤回发言；%1。</translation>
    </message>
    <message>
        <source>%1 withdrew</source>
        <translation>%1 撤回了发言</translation>
    </message>
    <message>
        <source>Only waiting speakers can be moved; %1.</source>
        <translation>只有等候中的发言者才能移动；%1。</translation>
    </message>
    <message>
        <source>There is no position %1 for %2: %2 is the only waiting speaker, at position 1.</source>
        <translation>%2 没有第 %1 位：%2 是唯一等候中的发言者，位于第 1 位。</translation>
    </message>
    <message numerus="yes">
        <source>There is no position %1 for %2: there are %n waiting speakers: choose a position from 1 to %n.</source>
        <translation>
            <numerusform>%2 没有第 %1 位：共有 %n 位等候中的发言者，请选择第 1 至第 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already at position %2.</source>
        <translation>%1 已在第 %2 位。</translation>
    </message>
    <message>
        <source>%1 moved to position %2</source>
        <translation>%1 已移至第 %2 位</translation>
    </message>
    <message>
        <source>Choose two different speakers to exchange places.</source>
        <translation>请选择两位不同的发言者互换位置。</translation>
    </message>
    <message>
        <source>Only waiting speakers can exchange places.</source>
        <translation>只有等候中的发言者才能互换位置。</translation>
    </message>
    <message>
        <source>%1 exchanged places with %2</source>
        <translation>%1 与 %2 互换了位置</translation>
    </message>
    <message>
        <source>Only a waiting speaker placed by hand can be released.</source>
        <translation>只有手动安排的等候中发言者才能取消固定。</translation>
    </message>
    <message>
        <source>%1 returned to the automatic order</source>
        <translation>%1 已恢复自动顺序</translation>
    </message>
    <message>
        <source>The list is already closed.</source>
        <translation>名单已关闭。</translation>
    </message>
    <message>
        <source>The list is already open.</source>
        <translation>名单已开放。</translation>
    </message>
    <message>
        <source>List of speakers closed</source>
        <translation>发言名单已关闭</translation>
    </message>
    <message>
        <source>List of speakers reopened</source>
        <translation>发言名单已重新开放</translation>
    </message>
    <message>
        <source>The meeting needs a title.</source>
        <translation>会议需要标题。</translation>
    </message>
    <message>
        <source>The meeting needs a valid date.</source>
        <translation>会议需要有效日期。</translation>
    </message>
    <message>
        <source>The meeting needs a start and an end time that differ.</source>
        <translation>会议需要不同的开始时间和结束时间。</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone.</source>
        <translation>“%1”不是已知的时区。</translation>
    </message>
    <message>
        <source>“%1” is a POSIX rule, not the name of a time zone; use an IANA id such as Europe/Zurich or America/New_York.</source>
        <translation>“%1”是 POSIX 规则，不是时区名称；请使用 IANA 标识，例如 Europe/Zurich 或 America/New_York。</translation>
    </message>
    <message>
        <source>Time limits must be longer than zero.</source>
        <translation>时限必须大于零。</translation>
    </message>
    <message>
        <source>The meeting&apos;s time limit %1 is longer than 24 hours (%2), the longest a limit can be.</source>
        <translation>会议的时限 %1 超过 24 小时 (%2)，即时限的上限。</translation>
    </message>
    <message>
        <source>The time limit %1 for the category %2 is longer than 24 hours (%3), the longest a limit can be.</source>
        <translation>类型 %2 的时限 %1 超过 24 小时 (%3)，即时限的上限。</translation>
    </message>
    <message>
        <source>Meeting settings changed</source>
        <translation>会议设置已更改</translation>
    </message>
    <message>
        <source>The settings are unchanged.</source>
        <translation>设置未更改。</translation>
    </message>
    <message>
        <source>Refused: %1 and %2 would both be at the rostrum; one speaker speaks at a time.</source>
        <translation>已拒绝：%1 和 %2 将同时在讲台上；每次只能有一位发言者发言。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Limit %1 for all remaining speakers and later inscriptions</source>
        <translation>所有剩余发言者及此后登记者的时限为 %1</translation>
    </message>
    <message>
        <source>Point of order by %1 closed; the floor returns to %2</source>
        <translation>%1 的程序问题已结束；发言权交还 %2</translation>
    </message>
    <message>
        <source>The point of order by %1 is untimed; its clock counts up.</source>
        <translation>%1 的程序问题不限时；正向计时。</translation>
    </message>
    <message>
        <source>%1 was interrupted by a point of order</source>
        <translation>%1 被程序问题打断</translation>
    </message>
    <message>
        <source>%1 was interrupted by a point of order and gets the floor back when it closes; close it with Next first.</source>
        <translation>%1 被程序问题打断，程序问题结束后重新获得发言权；请先用“下一位”结束程序问题。</translation>
    </message>
    <message>
        <source>A point of order by %1 is before the chair; close it with Next before another is raised.</source>
        <translation>主席正在处理 %1 的程序问题；请先用“下一位”结束，再提出另一个。</translation>
    </message>
    <message>
        <source>Point of order: %1</source>
        <translation>程序问题：%1</translation>
    </message>
    <message>
        <source>Point of order: %1, interrupting %2</source>
        <translation>程序问题：%1，打断了 %2</translation>
    </message>
    <message>
        <source>This meeting allows no right of reply (%1 asked).</source>
        <translation>本次会议不给予答辩权（%1 提出请求）。</translation>
    </message>
    <message>
        <source>reply %1 (entry #%2, %3)</source>
        <translation>第 %1 次答辩（第 %2 号登记，%3）</translation>
    </message>
    <message numerus="yes">
        <source>%1 already has the %n right(s) of reply this meeting allows: %2.</source>
        <translation>
            <numerusform>%1 已有本次会议允许的 %n 次答辩：%2。</numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>%1: first right of reply inscribed</source>
        <translation>%1：已登记第一次答辩</translation>
    </message>
    <message>
        <source>%1: right of reply no. %2 inscribed</source>
        <translation>%1：已登记第 %2 次答辩</translation>
    </message>
    <message>
        <source>The changeover is already %1 s.</source>
        <translation>换人时间已是 %1 秒。</translation>
    </message>
    <message>
        <source>No changeover between speakers</source>
        <translation>发言者之间不留换人时间</translation>
    </message>
    <message>
        <source>Changeover %1 s between speakers</source>
        <translation>发言者之间换人时间 %1 秒</translation>
    </message>
    <message>
        <source>There is no message to clear.</source>
        <translation>没有要清除的消息。</translation>
    </message>
    <message>
        <source>“%1” is already the message to the speaker.</source>
        <translation>“%1”已是给发言者的消息。</translation>
    </message>
    <message>
        <source>Message to the speaker cleared</source>
        <translation>给发言者的消息已清除</translation>
    </message>
    <message>
        <source>Message to the speaker: “%1”</source>
        <translation>给发言者的消息：“%1”</translation>
    </message>
</context>
<context>
    <name>rostrum::SpeechClock</name>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>计时中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Time up</source>
        <translation>时间到</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已结束</translation>
    </message>
</context>
<context>
    <name>rostrum::SpokenModel</name>
    <message>
        <source>%1
on behalf of %2</source>
        <translation>%1
代表 %2</translation>
    </message>
    <message>
        <source>not timed</source>
        <translation>未计时</translation>
    </message>
    <message>
        <source>%1 spoke %2 over the limit of %3</source>
        <translation>%1 发言超出时限 %3 达 %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <source>Speaker and title</source>
        <translation>发言者及职衔</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Spoke for</source>
        <translation>发言时长</translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation>超时</translation>
    </message>
</context>
<context>
    <name>rostrum::SpokenReading</name>
    <message>
        <source>%1 allowed, not started</source>
        <translation>时限 %1，未开始</translation>
    </message>
    <message>
        <source>%1 left, running</source>
        <translation>剩余 %1，计时中</translation>
    </message>
    <message>
        <source>%1 left, paused</source>
        <translation>剩余 %1，已暂停</translation>
    </message>
    <message>
        <source>%1 left, paused, in the warning time</source>
        <translation>剩余 %1，已暂停，处于警告时间</translation>
    </message>
    <message>
        <source>%1 left, running, in the warning time</source>
        <translation>剩余 %1，计时中，处于警告时间</translation>
    </message>
    <message>
        <source>time is up, paused</source>
        <translation>时间到，已暂停</translation>
    </message>
    <message>
        <source>time is up</source>
        <translation>时间到</translation>
    </message>
    <message>
        <source>%1 over the limit, paused</source>
        <translation>超出时限 %1，已暂停</translation>
    </message>
    <message>
        <source>%1 over the limit, running</source>
        <translation>超出时限 %1，计时中</translation>
    </message>
    <message>
        <source>finished after %1</source>
        <translation>用时 %1 后结束</translation>
    </message>
</context>
<context>
    <name>rostrum::SqliteError</name>
    <message>
        <source>the disk is full (%1)</source>
        <translation>磁盘已满 (%1)</translation>
    </message>
    <message>
        <source>the file or its folder is read-only (%1)</source>
        <translation>文件或其所在文件夹为只读 (%1)</translation>
    </message>
    <message>
        <source>another program is holding the meeting file locked (%1)</source>
        <translation>另一程序锁定了会议文件 (%1)</translation>
    </message>
    <message>
        <source>the file could not be written or read: it may have been moved, deleted or the disk removed (%1)</source>
        <translation>无法写入或读取该文件：可能已被移动、删除，或磁盘已移除 (%1)</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>文件已损坏 (%1)</translation>
    </message>
    <message>
        <source>the file cannot be opened (%1)</source>
        <translation>无法打开文件 (%1)</translation>
    </message>
</context>
<context>
    <name>rostrum::StartPage</name>
    <message>
        <source>Start page</source>
        <translation>开始页</translation>
    </message>
    <message>
        <source>Rostrum</source>
        <translation>Rostrum</translation>
    </message>
    <message>
        <source>The chair&apos;s console for speakers lists and speaking time.</source>
        <translation>主席用于管理发言名单和发言时间的控制台。</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>新建会议(&amp;N)…</translation>
    </message>
    <message>
        <source>A new meeting file: its title, schedule, deadline and rules (%1)</source>
        <translation>新的会议文件：标题、日程、截止时间和规则 (%1)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>A meeting file (.rostrum) from this computer or a shared folder (%1)</source>
        <translation>本计算机或共享文件夹中的会议文件 (.rostrum) (%1)</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>试用演示(&amp;D)</translation>
    </message>
    <message>
        <source>A Security Council meeting with 45 speakers inscribed, held today and starting within minutes</source>
        <translation>一次安理会会议，已登记 45 位发言者，定于今天举行，几分钟内开始</translation>
    </message>
    <message>
        <source>Recent meetings</source>
        <translation>最近的会议</translation>
    </message>
    <message>
        <source>Not found in %1</source>
        <translation>在 %1 中未找到</translation>
    </message>
    <message>
        <source>None yet: the meetings you open will be listed here.</source>
        <translation>尚无：您打开的会议将列于此处。</translation>
    </message>
</context>
<context>
    <name>rostrum::StatementLanguage</name>
    <message>
        <source>Statement in Arabic</source>
        <translation>以阿拉伯文发言</translation>
    </message>
    <message>
        <source>Statement in Chinese</source>
        <translation>以中文发言</translation>
    </message>
    <message>
        <source>Statement in English</source>
        <translation>以英文发言</translation>
    </message>
    <message>
        <source>Statement in French</source>
        <translation>以法文发言</translation>
    </message>
    <message>
        <source>Statement in Russian</source>
        <translation>以俄文发言</translation>
    </message>
    <message>
        <source>Statement in Spanish</source>
        <translation>以西班牙文发言</translation>
    </message>
    <message>
        <source>Statement in the language “%1”</source>
        <translation>以“%1”语言发言</translation>
    </message>
</context>
<context>
    <name>rostrum::TextRules</name>
    <message>
        <source>The delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <source>The speaker&apos;s name</source>
        <translation>发言者姓名</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>职衔</translation>
    </message>
    <message>
        <source>The group (on behalf of)</source>
        <translation>集团（代表）</translation>
    </message>
    <message>
        <source>The meeting&apos;s title</source>
        <translation>会议标题</translation>
    </message>
    <message>
        <source>The heading of the meeting&apos;s documents</source>
        <translation>会议文件页眉</translation>
    </message>
    <message>
        <source>The venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>The name of organizer %1</source>
        <translation>组织者 %1 的名称</translation>
    </message>
    <message>
        <source>The name of co-sponsor %1</source>
        <translation>共同提案国 %1 的名称</translation>
    </message>
    <message>
        <source>The name of Council member %1</source>
        <translation>安理会成员 %1 的名称</translation>
    </message>
    <message>
        <source>%1 contains a line break (%2) at position %3; a name or a title is one line.</source>
        <translation>%1 在第 %3 位含有换行符 (%2)；名称或职衔只能有一行。</translation>
    </message>
    <message>
        <source>%1 contains a control character (%2) at position %3; remove it.</source>
        <translation>%1 在第 %3 位含有控制字符 (%2)；请将其删除。</translation>
    </message>
    <message>
        <source>%1 contains a bidirectional formatting character (%2) at position %3, which would show the text in another order than it is written; remove it.</source>
        <translation>%1 在第 %3 位含有双向格式字符 (%2)，会使文字以不同于书写的顺序显示；请将其删除。</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1 长 %2 个字符；最多允许 %3 个。</translation>
    </message>
    <message>
        <source>The notes contain a control character (%1) at position %2; notes may hold line breaks and tabs, but no other control characters.</source>
        <translation>备注在第 %2 位含有控制字符 (%1)；备注可含换行符和制表符，但不得含其他控制字符。</translation>
    </message>
    <message>
        <source>The notes contain a bidirectional formatting character (%1) at position %2, which would show the text in another order than it is written; remove it.</source>
        <translation>备注在第 %2 位含有双向格式字符 (%1)，会使文字以不同于书写的顺序显示；请将其删除。</translation>
    </message>
    <message>
        <source>The notes are %1 characters long; at most %2 are allowed.</source>
        <translation>备注长 %1 个字符；最多允许 %2 个。</translation>
    </message>
    <message>
        <source>The message to the speaker</source>
        <translation>给发言者的消息</translation>
    </message>
</context>
<context>
    <name>rostrum::TierOrderEdit</name>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Tier order, the first to speak at the top</source>
        <translation>类别顺序，最先发言的在顶部</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>下移(&amp;N)</translation>
    </message>
</context>
<context>
    <name>rostrum::TimeText</name>
    <message>
        <source>on time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>%1%2 days</source>
        <translation>%1%2 天</translation>
    </message>
    <message>
        <source>+%1 min</source>
        <translation>+%1 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
</context>
<context>
    <name>rostrum::TimekeeperDisplay</name>
    <message>
        <source>Rostrum — Timekeeper</source>
        <translation>Rostrum — 计时员</translation>
    </message>
    <message>
        <source>on behalf of %1</source>
        <translation>代表 %1</translation>
    </message>
    <message>
        <source>%1, on behalf of %2</source>
        <translation>%1，代表 %2</translation>
    </message>
    <message>
        <source>No one at the rostrum</source>
        <translation>讲台无人</translation>
    </message>
    <message>
        <source>Next: none</source>
        <translation>下一位：无</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一位：%1</translation>
    </message>
    <message>
        <source>Next: %1 — %2</source>
        <comment>delegation, speaker</comment>
        <translation>下一位：%1 — %2</translation>
    </message>
    <message>
        <source>Projected end %1 (%2)</source>
        <translation>预计结束 %1 (%2)</translation>
    </message>
    <message>
        <source>Timekeeper&apos;s display</source>
        <translation>计时员显示屏</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>delegation, speaker</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1. %2. %3</source>
        <comment>who speaks; the clock; who is next</comment>
        <translation>%1。%2。%3</translation>
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
        <translation>被打断：%1 — 剩余 %2</translation>
    </message>
    <message>
        <source>Message to the speaker: %1</source>
        <translation>给发言者的消息：%1</translation>
    </message>
</context>
<context>
    <name>rostrum::TimelinePicture</name>
    <message>
        <source>Planned slot</source>
        <translation>计划时段</translation>
    </message>
    <message>
        <source>Actual speech</source>
        <translation>实际发言</translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Scheduled end</source>
        <translation>预定结束</translation>
    </message>
    <message>
        <source>Scheduled end %1</source>
        <translation>预定结束 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>kind of speech: delegation</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>rostrum::TimelineWidget</name>
    <message>
        <source>Timeline of the meeting: planned and actual speeches</source>
        <translation>会议时间线：计划发言与实际发言</translation>
    </message>
</context>
<context>
    <name>rostrum::UnsavedActs</name>
    <message>
        <source>“%1” was not saved: %2</source>
        <translation>“%1”未保存：%2</translation>
    </message>
</context>
<context>
    <name>rostrum::ZoneTime</name>
    <message>
        <source>“%1” is outside the years 2000 to 2100; check the year</source>
        <translation>“%1”不在 2000 年至 2100 年之间；请检查年份</translation>
    </message>
    <message>
        <source>%1 on %2 happens twice in %3; add the offset: %4 or %5</source>
        <translation>%2 %1 在 %3 出现两次；请加上时差：%4 或 %5</translation>
    </message>
    <message>
        <source>%1 on %2 does not exist in %3: the clocks skip that hour</source>
        <translation>%2 %1 在 %3 不存在：时钟跳过了该小时</translation>
    </message>
</context>
<context>
    <name>rostrum::cli</name>
    <message>
        <source>No one is at the rostrum; no one is waiting.</source>
        <translation>讲台无人；无人等候。</translation>
    </message>
    <message>
        <source>%1 at the rostrum: %2 (%3).</source>
        <translation>%1 在讲台上：%2 (%3)。</translation>
    </message>
    <message>
        <source>entry #%1</source>
        <translation>条目 #%1</translation>
    </message>
    <message>
        <source>%1 is absent and now no. %2 on the list.</source>
        <translation>%1 缺席，现为名单上第 %2 位。</translation>
    </message>
    <message>
        <source>%1 is absent and off the list.</source>
        <translation>%1 缺席，已不在名单上。</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>已增加 %1。</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>已减少 %1。</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>已撤销：%1。</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>已重做：%1。</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>未知选项 --%1</translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation>--%1 给出了不止一次</translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation>--%1 不接受值</translation>
    </message>
    <message>
        <source>--%1 needs a value (%2)</source>
        <translation>--%1 需要一个值 (%2)</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 为必填</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is not an entry id (a whole number, as shown by “list”)</source>
        <translation>%1 不是条目 ID（整数，如“list”所示）</translation>
    </message>
    <message>
        <source>%1 is not a position on the list (1 is the first)</source>
        <translation>%1 不是名单上的位置（1 为第一位）</translation>
    </message>
    <message>
        <source>%1 for %2 is not a whole number</source>
        <translation>%2 的值 %1 不是整数</translation>
    </message>
    <message>
        <source>%1 is not a number of seconds to add (30) or remove (-30)</source>
        <translation>%1 不是要增加 (30) 或减少 (-30) 的秒数</translation>
    </message>
    <message>
        <source>%1 for %2 is not a time limit; write minutes and seconds, like 3:00 or 2:30</source>
        <translation>%2 的值 %1 不是时限；请填写分和秒，如 3:00 或 2:30</translation>
    </message>
    <message>
        <source>%1 for %2 is not a date; write YYYY-MM-DD, like 2023-05-25</source>
        <translation>%2 的值 %1 不是日期；请写为 YYYY-MM-DD，如 2023-05-25</translation>
    </message>
    <message>
        <source>%1 for %2 is not a time of day; write HH:MM or HH:MM:SS, like 15:00 or 15:00:30</source>
        <translation>%2 的值 %1 不是时刻；请写为 HH:MM 或 HH:MM:SS，如 15:00 或 15:00:30</translation>
    </message>
    <message>
        <source>%1 for %2 is not a date and time; write &quot;YYYY-MM-DD HH:MM[:SS]&quot; in the meeting&apos;s time zone, or ISO 8601 with an offset (2023-05-23T16:00-04:00)</source>
        <translation>%2 的值 %1 不是日期和时间；请按会议时区写为 &quot;YYYY-MM-DD HH:MM[:SS]&quot;，或使用带时差的 ISO 8601 格式 (2023-05-23T16:00-04:00)</translation>
    </message>
    <message>
        <source>%1 in %2 is not in the directory of delegations</source>
        <translation>%2 中的 %1 不在代表团名录中</translation>
    </message>
    <message>
        <source>; did you mean %1?</source>
        <translation>；您是否指 %1？</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 is not a valid %2; choose one of: %3</source>
        <translation>%1 不是有效的 %2；请从以下选项中选择：%3</translation>
    </message>
    <message>
        <source>--%1 needs a file name</source>
        <translation>--%1 需要文件名</translation>
    </message>
    <message>
        <source>say where to write: --pdf OUT, --csv OUT or --html OUT</source>
        <translation>请指定写入位置：--pdf OUT、--csv OUT 或 --html OUT</translation>
    </message>
    <message>
        <source>say where to write: --pdf OUT or --csv OUT</source>
        <translation>请指定写入位置：--pdf OUT 或 --csv OUT</translation>
    </message>
    <message>
        <source>PDF output needs the graphical libraries, which could not start</source>
        <translation>PDF 输出需要图形库，但图形库无法启动</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>已写入 %1（%n 页）</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: rostrum-cli COMMAND FILE [ARGUMENTS] [OPTIONS]</source>
        <translation>用法：rostrum-cli COMMAND FILE [ARGUMENTS] [OPTIONS]</translation>
    </message>
    <message>
        <source>Runs the speakers list of a Rostrum meeting file. Every act is saved to the file as one transaction and journaled under the name cli:$USER. Other programs, the console included, may have the file open at the same time.</source>
        <translation>运行 Rostrum 会议文件的发言名单。每项操作均作为一项事务保存到文件，并以 cli:$USER 名义记入操作日志。其他程序（包括控制台）可同时打开该文件。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>ID is an entry id as shown by “list --format json” and printed by “add”. POSITION counts from 1. M:SS is a time like 3:00. Dates and times are in the meeting&apos;s time zone.</source>
        <translation>ID 是条目 ID，如“list --format json”所示及“add”所输出。POSITION 从 1 起计。M:SS 为 3:00 之类的时间。日期和时间均为会议时区的时间。</translation>
    </message>
    <message>
        <source>Exit status: 0 when done; 1 when the rules of the list or the file refuse the act; 2 when the command line is wrong. An error is one line on standard error, starting with “rostrum-cli: ”. A refused act never changes the file.</source>
        <translation>退出状态：完成时为 0；名单规则或文件拒绝该操作时为 1；命令行有误时为 2。错误在标准错误输出中显示为一行，以“rostrum-cli: ”开头。被拒绝的操作绝不更改文件。</translation>
    </message>
    <message>
        <source>Global options: --help, -h (this help); --version.</source>
        <translation>全局选项：--help、-h（本帮助）；--version。</translation>
    </message>
    <message>
        <source>More about one command: rostrum-cli help COMMAND, or rostrum-cli COMMAND --help.</source>
        <translation>关于某一命令的详情：rostrum-cli help COMMAND，或 rostrum-cli COMMAND --help。</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 refused, 2 wrong command line.</source>
        <translation>退出状态：0 完成，1 被拒绝，2 命令行有误。</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n row(s) would be imported, %1 refused.</source>
        <translation>
            <numerusform>试运行：将导入 %n 行，%1 行被拒绝。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n row(s) refused, so nothing would be imported; --skip-invalid would import the other %1.</source>
        <translation>
            <numerusform>试运行：%n 行被拒绝，因此不会导入任何内容；使用 --skip-invalid 可导入其他 %1 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused; nothing was imported (--skip-invalid imports the other %1).</source>
        <translation>
            <numerusform>%n 行被拒绝；未导入任何内容（使用 --skip-invalid 可导入其他 %1 行）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n inscription(s) (%1 late).</source>
        <translation>
            <numerusform>已导入 %n 项登记（%1 项逾期）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n inscription(s).</source>
        <translation>
            <numerusform>已导入 %n 项登记。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused and not imported.</source>
        <translation>
            <numerusform>%n 行被拒绝，未导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been done yet.</source>
        <translation>尚未执行任何操作。</translation>
    </message>
    <message>
        <source>%1 (undone)</source>
        <translation>%1（已撤销）</translation>
    </message>
    <message>
        <source>--delegation cannot be empty</source>
        <translation>--delegation 不能为空</translation>
    </message>
    <message>
        <source>--on-behalf-of and --group-size go together: name the group and say how many delegations it has</source>
        <translation>--on-behalf-of 与 --group-size 须一并使用：请填写集团名称及其代表团数目</translation>
    </message>
    <message>
        <source>--on-behalf-of cannot be empty</source>
        <translation>--on-behalf-of 不能为空</translation>
    </message>
    <message>
        <source>--group-size must be at least 1</source>
        <translation>--group-size 必须至少为 1</translation>
    </message>
    <message>
        <source>%1 is now no. %2 on the list (placed by hand).</source>
        <translation>%1 现为名单上第 %2 位（手动安排）。</translation>
    </message>
    <message>
        <source>%1 (now no. %2) and %3 (now no. %4) exchanged places.</source>
        <translation>%1（现为第 %2 位）与 %3（现为第 %4 位）互换了位置。</translation>
    </message>
    <message>
        <source>%1 removed from the list.</source>
        <translation>%1 已从名单中删除。</translation>
    </message>
    <message>
        <source>%1 withdrew from the list.</source>
        <translation>%1 已撤回发言。</translation>
    </message>
    <message>
        <source>%1 now has a limit of %2.</source>
        <translation>%1 的时限现为 %2。</translation>
    </message>
    <message numerus="yes">
        <source>Limit %1 for the %n waiting speaker(s).</source>
        <translation>
            <numerusform>%n 位等候中发言者的时限为 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The list of speakers is closed; inscriptions are refused until it is reopened.</source>
        <translation>发言名单已关闭；重新开放之前，登记将被拒绝。</translation>
    </message>
    <message>
        <source>The list of speakers is open again.</source>
        <translation>发言名单已重新开放。</translation>
    </message>
    <message>
        <source>%1, on behalf of %2</source>
        <translation>%1，代表 %2</translation>
    </message>
    <message>
        <source>late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>已固定</translation>
    </message>
    <message>
        <source>absent once</source>
        <translation>缺席一次</translation>
    </message>
    <message numerus="yes">
        <source>absent %n times</source>
        <translation>
            <numerusform>缺席 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>No one is on the list.</source>
        <translation>名单上无人。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>预计时间</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>意外的参数“%1”</translation>
    </message>
    <message>
        <source>%1: %2 (see “rostrum-cli help %1”)</source>
        <translation>%1：%2（参见“rostrum-cli help %1”）</translation>
    </message>
    <message>
        <source>no command given (see “rostrum-cli --help”)</source>
        <translation>未给出命令（参见“rostrum-cli --help”）</translation>
    </message>
    <message>
        <source>help takes at most one command</source>
        <translation>help 最多接受一个命令</translation>
    </message>
    <message>
        <source>there is no command “%1” (see “rostrum-cli --help”)</source>
        <translation>没有命令“%1”（参见“rostrum-cli --help”）</translation>
    </message>
    <message>
        <source>this computer&apos;s time zone (TZ=%1) is not an IANA zone; give the meeting&apos;s zone with --time-zone, e.g. --time-zone America/New_York</source>
        <translation>本计算机的时区 (TZ=%1) 不是 IANA 时区；请用 --time-zone 给出会议时区，例如 --time-zone America/New_York</translation>
    </message>
    <message>
        <source>this computer&apos;s time zone has no IANA name; give the meeting&apos;s zone with --time-zone, e.g. --time-zone America/New_York</source>
        <translation>本计算机的时区没有 IANA 名称；请用 --time-zone 给出会议时区，例如 --time-zone America/New_York</translation>
    </message>
    <message>
        <source>“%1”, %2 %3–%4 (%5)</source>
        <translation>“%1”，%2 %3–%4 (%5)</translation>
    </message>
    <message>
        <source>--title cannot be empty</source>
        <translation>--title 不能为空</translation>
    </message>
    <message>
        <source>“%1” is not an IANA time zone; use an IANA id such as Europe/Zurich or America/New_York</source>
        <translation>“%1”不是 IANA 时区；请使用 IANA 标识，例如 Europe/Zurich 或 America/New_York</translation>
    </message>
    <message>
        <source>Created %1: %2.</source>
        <translation>已创建 %1：%2。</translation>
    </message>
    <message>
        <source>Nothing changed: the settings are already so.</source>
        <translation>未作更改：设置已是如此。</translation>
    </message>
    <message>
        <source>Settings changed: %1.</source>
        <translation>设置已更改：%1。</translation>
    </message>
    <message>
        <source>Heading: %1</source>
        <translation>页眉：%1</translation>
    </message>
    <message>
        <source>the demo meeting could not be written: %1</source>
        <translation>无法写入演示会议：%1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the demo meeting to %1: %2, %n speaker(s) inscribed.</source>
        <translation>
            <numerusform>已将演示会议写入 %1：%2，已登记 %n 位发言者。</numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up “%1” to %2</source>
        <translation>已将“%1”备份至 %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, %2–%3 (%4); now %5</source>
        <translation>%1，%2–%3 (%4)；现在 %5</translation>
    </message>
    <message>
        <source>Speaking: %1 — %2 (%3)</source>
        <translation>正在发言：%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>No one is speaking.</source>
        <translation>无人在发言。</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一位：%1</translation>
    </message>
    <message>
        <source>Next: no one is waiting.</source>
        <translation>下一位：无人等候。</translation>
    </message>
    <message numerus="yes">
        <source>Projected end: %1 (%2), %n speaker(s) waiting</source>
        <translation>
            <numerusform>预计结束：%1 (%2)，%n 位发言者在等候</numerusform>
        </translation>
    </message>
    <message>
        <source>The list of speakers is closed.</source>
        <translation>发言名单已关闭。</translation>
    </message>
    <message>
        <source>The list of speakers is open.</source>
        <translation>发言名单已开放。</translation>
    </message>
    <message>
        <source>output format (default: text)</source>
        <translation>输出格式（默认：text）</translation>
    </message>
    <message>
        <source>Create a meeting file.</source>
        <translation>创建会议文件。</translation>
    </message>
    <message>
        <source>Times are in the meeting&apos;s time zone. Delegation names may be aliases (&quot;US&quot;, &quot;UK&quot;); they are saved under their directory names. An existing file is never overwritten.</source>
        <translation>时间采用会议时区。代表团名称可使用别名（&quot;US&quot;、&quot;UK&quot;），保存时采用名录中的名称。绝不覆盖已有文件。</translation>
    </message>
    <message>
        <source>the meeting&apos;s title</source>
        <translation>会议标题</translation>
    </message>
    <message>
        <source>the day of the meeting</source>
        <translation>会议日期</translation>
    </message>
    <message>
        <source>scheduled start</source>
        <translation>预定开始时间</translation>
    </message>
    <message>
        <source>scheduled end</source>
        <translation>预定结束时间</translation>
    </message>
    <message>
        <source>inscription deadline; later inscriptions are marked late. In the hour the clocks go back, add the offset: 2027-11-07T01:30-04:00</source>
        <translation>登记截止时间；此后的登记标记为逾期。在时钟回拨的一小时内，请加上时差：2027-11-07T01:30-04:00</translation>
    </message>
    <message>
        <source>speaking time for every category (default 3:00)</source>
        <translation>每种类型的发言时间（默认 3:00）</translation>
    </message>
    <message>
        <source>organizers, who open the meeting</source>
        <translation>组织者，由其宣布会议开幕</translation>
    </message>
    <message>
        <source>co-sponsors, who speak in the priority tier</source>
        <translation>共同提案国，在优先类别中发言</translation>
    </message>
    <message>
        <source>members of the council, who speak after the briefers</source>
        <translation>安理会成员，在通报人之后发言</translation>
    </message>
    <message>
        <source>where the meeting takes place</source>
        <translation>会议地点</translation>
    </message>
    <message>
        <source>the line above the title of every document, e.g. &quot;United Nations General Assembly, plenary meeting&quot; (default: none)</source>
        <translation>每份文件标题上方的一行，例如 &quot;United Nations General Assembly, plenary meeting&quot;（默认：无）</translation>
    </message>
    <message>
        <source>the meeting&apos;s time zone, e.g. America/New_York (default: this computer&apos;s)</source>
        <translation>会议时区，例如 America/New_York（默认：本计算机的时区）</translation>
    </message>
    <message>
        <source>Give one or more of the options; undo brings the settings back as they were.</source>
        <translation>请给出一个或多个选项；撤销可将设置恢复原状。</translation>
    </message>
    <message>
        <source>where the meeting takes place; &quot;&quot; for none</source>
        <translation>会议地点；&quot;&quot; 表示无</translation>
    </message>
    <message>
        <source>the line above the title of every document; &quot;&quot; for none</source>
        <translation>每份文件标题上方的一行；&quot;&quot; 表示无</translation>
    </message>
    <message>
        <source>Write the demo meeting (UNSC Arria-formula, 25 May 2023) to a new file.</source>
        <translation>将演示会议（安理会阿里亚办法会议，2023年5月25日）写入新文件。</translation>
    </message>
    <message>
        <source>The meeting of the seed concept note with its 45 inscriptions, on its own date. With --today it is held today instead, starting at the next whole five minutes at least two minutes from now; its end, deadline and inscriptions move with it.</source>
        <translation>原始概念说明所述会议，含 45 项登记，日期为原日期。使用 --today 则改为今天举行，开始时间为距现在至少两分钟后的下一个整五分钟；结束时间、截止时间和登记随之调整。</translation>
    </message>
    <message>
        <source>hold the meeting today, starting within minutes</source>
        <translation>今天举行会议，几分钟内开始</translation>
    </message>
    <message>
        <source>Inscribe a speaker; prints only the new entry&apos;s id.</source>
        <translation>登记一位发言者；仅输出新条目的 id。</translation>
    </message>
    <message>
        <source>The category is inferred when not given: a delegation keeps the highest tier it qualifies for. Briefers and non-State speakers need --category briefer or other.</source>
        <translation>未给出类型时自动推断：代表团列入其符合条件的最高类别。通报人和非国家发言者须使用 --category briefer 或 other。</translation>
    </message>
    <message>
        <source>a delegation from the directory, or a name for briefers and others</source>
        <translation>名录中的代表团，或通报人及其他发言者的名称</translation>
    </message>
    <message>
        <source>the speaker&apos;s name</source>
        <translation>发言者姓名</translation>
    </message>
    <message>
        <source>the speaker&apos;s title</source>
        <translation>发言者职衔</translation>
    </message>
    <message>
        <source>organizer, briefer, council, cosponsor, group, member, observer or other</source>
        <translation>organizer、briefer、council、cosponsor、group、member、observer 或 other</translation>
    </message>
    <message>
        <source>the group the statement is made for (with --group-size)</source>
        <translation>代表其发言的集团（与 --group-size 一起使用）</translation>
    </message>
    <message>
        <source>how many delegations the group has (with --on-behalf-of)</source>
        <translation>该集团的代表团数目（与 --on-behalf-of 一起使用）</translation>
    </message>
    <message>
        <source>ar, zh, en, fr, ru or es (default en)</source>
        <translation>ar、zh、en、fr、ru 或 es（默认 en）</translation>
    </message>
    <message>
        <source>head, minister, pr, deputy, charge or other</source>
        <translation>head、minister、pr、deputy、charge 或 other</translation>
    </message>
    <message>
        <source>when the inscription arrived, in the meeting&apos;s time zone or ISO 8601 with an offset (default: now)</source>
        <translation>登记收到的时间，采用会议时区或带时差的 ISO 8601 格式（默认：现在）</translation>
    </message>
    <message>
        <source>this speaker&apos;s time limit (default: the category&apos;s)</source>
        <translation>该发言者的时限（默认：该类型的时限）</translation>
    </message>
    <message>
        <source>notes for the secretariat</source>
        <translation>供秘书处参考的备注</translation>
    </message>
    <message>
        <source>Inscribe every row of a CSV file, as one act (one undo removes them all).</source>
        <translation>登记 CSV 文件的每一行，作为一项操作（撤销一次即全部删除）。</translation>
    </message>
    <message>
        <source>The CSV has a header row; the columns, in any order and any case, are delegation (required), speaker, title, category, on_behalf_of, group_size, language, level, inscribed_at, limit and notes. Comma, semicolon or tab separated; UTF-8 or UTF-16 with a byte-order mark (&quot;Unicode text&quot;). Every row is checked first; refused rows are listed on standard error as &quot;line N: reason&quot;, and then nothing is written unless --skip-invalid is given.</source>
        <translation>CSV 须有标题行；各列可按任意顺序、任意大小写排列，包括 delegation（必需）、speaker、title、category、on_behalf_of、group_size、language、level、inscribed_at、limit 和 notes。以逗号、分号或制表符分隔；采用 UTF-8 或带字节顺序标记的 UTF-16（&quot;Unicode text&quot;）。先检查每一行；被拒绝的行以 &quot;line N: reason&quot; 形式列于标准错误输出，此时除非给出 --skip-invalid，否则不写入任何内容。</translation>
    </message>
    <message>
        <source>check and report only; never write</source>
        <translation>仅检查并报告；不写入</translation>
    </message>
    <message>
        <source>import the rows that are accepted and report the rest</source>
        <translation>导入被接受的行，并报告其余各行</translation>
    </message>
    <message>
        <source>Show the running order with projected start times.</source>
        <translation>显示发言顺序及预计开始时间。</translation>
    </message>
    <message>
        <source>JSON is an array in running order; CSV follows RFC 4180 with a header row.</source>
        <translation>JSON 为按发言顺序排列的数组；CSV 遵循 RFC 4180，带标题行。</translation>
    </message>
    <message>
        <source>also show who spoke, the current speaker, the absent and the withdrawn</source>
        <translation>同时显示已发言者、当前发言者、缺席者和已撤回者</translation>
    </message>
    <message>
        <source>Show who is speaking, the time left, who is next, and the projected end.</source>
        <translation>显示当前发言者、剩余时间、下一位发言者和预计结束时间。</translation>
    </message>
    <message>
        <source>Move a waiting speaker to a position; pins them there.</source>
        <translation>将一位等候中的发言者移至某一位置，并固定于该位置。</translation>
    </message>
    <message>
        <source>Exchange the places of two waiting speakers, in one act.</source>
        <translation>互换两位等候中发言者的位置，作为一项操作。</translation>
    </message>
    <message>
        <source>Delete an entry from the list (undo brings it back).</source>
        <translation>从名单中删除一个条目（撤销可将其恢复）。</translation>
    </message>
    <message>
        <source>Mark a waiting speaker as withdrawn.</source>
        <translation>将一位等候中的发言者标记为已撤回。</translation>
    </message>
    <message>
        <source>Start or resume the clock; with no one at the rostrum, call the first speaker.</source>
        <translation>启动或恢复计时；如讲台上无人，则请第一位发言者发言。</translation>
    </message>
    <message>
        <source>Pause the current speaker&apos;s clock.</source>
        <translation>暂停当前发言者的计时。</translation>
    </message>
    <message>
        <source>Close the current speech and call the next speaker.</source>
        <translation>结束当前发言，并请下一位发言者发言。</translation>
    </message>
    <message>
        <source>The called speaker is absent: apply the meeting&apos;s absent rule and call the next.</source>
        <translation>被请发言者缺席：适用会议的缺席规则，并请下一位发言。</translation>
    </message>
    <message>
        <source>Undo the last act.</source>
        <translation>撤销上一项操作。</translation>
    </message>
    <message>
        <source>Redo the last undone act.</source>
        <translation>重做上一项撤销的操作。</translation>
    </message>
    <message>
        <source>Give the current speaker more time; a negative number takes time away.</source>
        <translation>给当前发言者增加时间；负数则减少时间。</translation>
    </message>
    <message>
        <source>Reset the current speaker&apos;s clock to the full limit.</source>
        <translation>将当前发言者的计时重置为完整时限。</translation>
    </message>
    <message>
        <source>Change one speaker&apos;s time limit.</source>
        <translation>更改一位发言者的时限。</translation>
    </message>
    <message>
        <source>Change the time limit of every waiting speaker.</source>
        <translation>更改所有等候中发言者的时限。</translation>
    </message>
    <message>
        <source>Close the list of speakers: inscriptions are refused.</source>
        <translation>关闭发言名单：不再接受登记。</translation>
    </message>
    <message>
        <source>Reopen the list of speakers.</source>
        <translation>重新开放发言名单。</translation>
    </message>
    <message>
        <source>Show who did what, and when, oldest first.</source>
        <translation>显示何人于何时进行了何种操作，最早的在前。</translation>
    </message>
    <message>
        <source>show the last N acts (default 50; 0 shows all)</source>
        <translation>显示最后 N 项操作（默认 50；0 表示全部）</translation>
    </message>
    <message>
        <source>Write a consistent copy of the meeting, with its whole journal, to a new file.</source>
        <translation>将会议的一致副本连同完整的操作日志写入新文件。</translation>
    </message>
    <message>
        <source>One snapshot of the file as saved, taken while other consoles may be acting on it; undo and redo work in the copy. DEST must not exist yet. Only reads FILE.</source>
        <translation>即已保存文件的一份快照，可在其他控制台仍在操作时生成；撤销和重做在副本中同样有效。DEST 必须尚不存在。仅读取 FILE。</translation>
    </message>
    <message>
        <source>Write the list of speakers for circulation: PDF, CSV or HTML.</source>
        <translation>写出供分发的发言名单：PDF、CSV 或 HTML。</translation>
    </message>
    <message>
        <source>The speaker at the rostrum first, then the running order with projected times. CSV is UTF-8 with a byte order mark, for spreadsheets; HTML is a standalone page. Give one or more outputs. A file is written whole or not at all.</source>
        <translation>先列讲台上的发言者，然后是发言顺序及预计时间。CSV 为带字节顺序标记的 UTF-8，供电子表格使用；HTML 为独立网页。请给出一个或多个输出。文件要么完整写入，要么完全不写入。</translation>
    </message>
    <message>
        <source>write an A4 PDF</source>
        <translation>写出 A4 PDF</translation>
    </message>
    <message>
        <source>write CSV (RFC 4180)</source>
        <translation>写出 CSV (RFC 4180)</translation>
    </message>
    <message>
        <source>write an HTML page</source>
        <translation>写出 HTML 网页</translation>
    </message>
    <message>
        <source>the line naming the kind of meeting, for this document only (default: the meeting&apos;s heading; &quot;&quot; for none)</source>
        <translation>注明会议类型的一行，仅用于本文件（默认：会议页眉；&quot;&quot; 表示无）</translation>
    </message>
    <message>
        <source>the document&apos;s language: ar, zh, en, fr, ru or es (default: the language of the messages)</source>
        <translation>文件语言：ar、zh、en、fr、ru 或 es（默认：消息语言）</translation>
    </message>
    <message>
        <source>Write the report of the meeting: planned and actual times, overruns, totals.</source>
        <translation>写出会议报告：计划时间和实际时间、超时、合计。</translation>
    </message>
    <message>
        <source>One row per speaker with planned and actual start, allotted and actual time, overrun and pauses; totals by tier; the PDF adds a timeline picture. CSV has whole seconds, ISO 8601 times with the meeting&apos;s offset and status keys.</source>
        <translation>每位发言者一行，列出计划和实际开始时间、分配时间和实际用时、超时及暂停；按类别的合计；PDF 另附时间线图。CSV 采用整秒、带会议时差的 ISO 8601 时间和状态键。</translation>
    </message>
    <message>
        <source>--language: “%1” is not one of %2</source>
        <translation>--language：“%1”不在 %2 之列</translation>
    </message>
    <message>
        <source>Before the command, --language xx chooses the language of the messages (%1); without it they follow LANG and LC_MESSAGES.</source>
        <translation>在命令之前使用 --language xx 可选择消息语言（%1）；如不使用，则按 LANG 和 LC_MESSAGES。</translation>
    </message>
    <message>
        <source>The limits of their categories change too, so that speakers inscribed afterwards get the same limit, unless --waiting-only.</source>
        <translation>其类别的时限也随之更改，此后登记的发言者获得相同时限，除非指定 --waiting-only。</translation>
    </message>
    <message>
        <source>change only the speakers waiting now, not later inscriptions</source>
        <translation>只更改当前等候的发言者，不影响此后的登记</translation>
    </message>
    <message>
        <source>Change the meeting&apos;s title, venue, heading or rules of the floor, as one act.</source>
        <translation>以一次操作更改会议的标题、地点、页眉或发言规则。</translation>
    </message>
    <message>
        <source>the limit of a point of order; 0:00 for untimed (default 2:00)</source>
        <translation>程序问题的时限；0:00 表示不限时（默认 2:00）</translation>
    </message>
    <message>
        <source>how many rights of reply a delegation may make (default 2)</source>
        <translation>每个代表团可行使答辩权的次数（默认 2）</translation>
    </message>
    <message>
        <source>the limit of a first reply (default 5:00)</source>
        <translation>第一次答辩的时限（默认 5:00）</translation>
    </message>
    <message>
        <source>the limit of a second or later reply (default 3:00)</source>
        <translation>第二次及以后答辩的时限（默认 3:00）</translation>
    </message>
    <message>
        <source>whether consoles chime at the warning and at zero (default on)</source>
        <translation>控制台是否在警告和归零时鸣响（默认 on）</translation>
    </message>
    <message>
        <source>Point of order: %1 has the floor; %2 is interrupted with %3 left.</source>
        <translation>程序问题：%1 发言；%2 被打断，剩余 %3。</translation>
    </message>
    <message>
        <source>Point of order: %1 has the floor.</source>
        <translation>程序问题：%1 发言。</translation>
    </message>
    <message>
        <source>%1: right of reply no. %2 (%3), no. %4 on the list.</source>
        <translation>%1：第 %2 次答辩（%3），名单第 %4 位。</translation>
    </message>
    <message>
        <source>No changeover between speakers.</source>
        <translation>发言者之间不留换人时间。</translation>
    </message>
    <message>
        <source>Changeover: %1 s between speakers.</source>
        <translation>换人时间：发言者之间 %1 秒。</translation>
    </message>
    <message>
        <source>message takes either TEXT or --clear, not both</source>
        <translation>message 只接受 TEXT 或 --clear 之一，不能同时使用</translation>
    </message>
    <message>
        <source>message needs the TEXT to show, or --clear</source>
        <translation>message 需要要显示的 TEXT，或 --clear</translation>
    </message>
    <message>
        <source>the message is empty; to take it off the display, use --clear</source>
        <translation>消息为空；如要从显示屏上移除，请使用 --clear</translation>
    </message>
    <message>
        <source>Message to the speaker cleared.</source>
        <translation>给发言者的消息已清除。</translation>
    </message>
    <message>
        <source>On the display: “%1”</source>
        <translation>显示屏上：“%1”</translation>
    </message>
    <message>
        <source>the language spoken: ar, zh, en, fr, ru or es</source>
        <translation>发言语言：ar、zh、en、fr、ru 或 es</translation>
    </message>
    <message>
        <source>A point of order takes the floor at once.</source>
        <translation>程序问题立即获得发言权。</translation>
    </message>
    <message>
        <source>The current speech is interrupted: its clock stops and its remaining time is kept. The point of order has its own clock and limit (the meeting&apos;s setting, 2:00 unless changed; 0:00 counts up). next closes it and gives the floor back to the interrupted speaker, paused; start resumes them.</source>
        <translation>当前发言被打断：其计时停止，剩余时间保留。程序问题有自己的计时和时限（会议设置，默认 2:00；0:00 为正向计时）。next 结束程序问题并将发言权交还被打断的发言者（处于暂停）；start 使其继续。</translation>
    </message>
    <message>
        <source>Inscribe a right of reply, heard after the last statement.</source>
        <translation>登记答辩权发言，在最后一项发言之后进行。</translation>
    </message>
    <message>
        <source>Replies are heard in the order asked, in a tier of their own at the end, even while the list is closed. A delegation may reply as often as the meeting allows (2 unless changed); the first and second replies have their own limits (5:00 and 3:00 unless changed).</source>
        <translation>答辩按请求顺序、作为单独一组在最后进行，即使名单已关闭。代表团可按会议允许的次数答辩（默认 2 次）；第一次和第二次答辩有各自的时限（默认 5:00 和 3:00）。</translation>
    </message>
    <message>
        <source>Set the time between one speaker&apos;s end and the next one&apos;s start.</source>
        <translation>设置一位发言者结束到下一位开始之间的时间。</translation>
    </message>
    <message>
        <source>From 0 to 600 seconds. Every projected start, the projected end and the fit advisor include it, except before the first speaker.</source>
        <translation>0 至 600 秒。每个预计开始时间、预计结束时间和时间建议都包括它，第一位发言者之前除外。</translation>
    </message>
    <message>
        <source>Show a message to the speaker on the display.</source>
        <translation>在显示屏上向发言者显示消息。</translation>
    </message>
    <message>
        <source>The message stays until it is cleared or the next speaker is called, for example &quot;Please conclude&quot;.</source>
        <translation>消息一直显示，直至被清除或请下一位发言者发言，例如&quot;请结束发言&quot;。</translation>
    </message>
    <message>
        <source>take the message off the display</source>
        <translation>从显示屏上移除消息</translation>
    </message>
    <message>
        <source>reply %1</source>
        <translation>第 %1 次答辩</translation>
    </message>
    <message>
        <source>say what to change: --title, --venue, --heading, --point-of-order-limit, --replies, --reply-first, --reply-second or --chimes</source>
        <translation>请说明要更改的内容：--title、--venue、--heading、--point-of-order-limit、--replies、--reply-first、--reply-second 或 --chimes</translation>
    </message>
    <message>
        <source>%1 for --point-of-order-limit is not a time limit; write minutes and seconds, like 2:00, or 0:00 for untimed</source>
        <translation>--point-of-order-limit 的值 %1 不是时限；请写分钟和秒，如 2:00，或 0:00 表示不限时</translation>
    </message>
    <message>
        <source>Point of order: %1 — %2 (%3)</source>
        <translation>程序问题：%1 — %2（%3）</translation>
    </message>
    <message>
        <source>Interrupted: %1 — %2 left</source>
        <translation>被打断：%1 — 剩余 %2</translation>
    </message>
    <message>
        <source>Message to the speaker: “%1”</source>
        <translation>给发言者的消息：“%1”</translation>
    </message>
    <message>
        <source>Serve the meeting&apos;s web views and API until stopped (Ctrl+C).</source>
        <translation>提供会议的网页视图和 API，直至停止 (Ctrl+C)。</translation>
    </message>
    <message>
        <source>Prints one link per role (viewer, timekeeper, staff, chair); each link carries its role&apos;s key. The keys are kept, hashed, in the meeting file, so the links work again after a restart; --new-links makes new ones and every older link stops working. Acts from the pages are journaled as web:ROLE@ADDRESS. See docs/API.md.</source>
        <translation>为每个角色（查看者、计时员、秘书处、主席）各输出一个链接；每个链接带有该角色的密钥。密钥以哈希形式保存在会议文件中，因此重新启动后链接依然有效；--new-links 生成新密钥，所有旧链接随即失效。通过网页进行的操作以 web:ROLE@ADDRESS 名义记入操作日志。参见 docs/API.md。</translation>
    </message>
    <message>
        <source>the address to listen on (default: 127.0.0.1, this computer only; 0.0.0.0 for every network)</source>
        <translation>监听地址（默认：127.0.0.1，仅限本计算机；0.0.0.0 表示所有网络）</translation>
    </message>
    <message>
        <source>the port (default: 8080; 0: any)</source>
        <translation>端口（默认：8080；0：任意端口）</translation>
    </message>
    <message>
        <source>the views (timer, room, booth, list) open without a key; the acts still need one</source>
        <translation>视图（timer、room、booth、list）无需密钥即可打开；操作仍需密钥</translation>
    </message>
    <message>
        <source>make new keys for every role; the old links stop working</source>
        <translation>为每个角色生成新密钥；旧链接随即失效</translation>
    </message>
    <message>
        <source>--bind takes an IP address such as 127.0.0.1 or 0.0.0.0, not “%1”</source>
        <translation>--bind 需要 IP 地址，例如 127.0.0.1 或 0.0.0.0，而不是“%1”</translation>
    </message>
    <message>
        <source>--port must be from 0 to 65535</source>
        <translation>--port 必须在 0 至 65535 之间</translation>
    </message>
    <message>
        <source>Serving &quot;%1&quot; on %2</source>
        <translation>正在 %2 上提供“%1”</translation>
    </message>
    <message>
        <source>%1: the meetings cannot be listed: %2</source>
        <translation>%1：无法列出会议：%2</translation>
    </message>
    <message>
        <source>%1 holds no meetings yet.</source>
        <translation>%1 中尚无会议。</translation>
    </message>
    <message>
        <source>Copied %1 to %2</source>
        <translation>已将 %1 复制到 %2</translation>
    </message>
    <message>
        <source>--user must name a PostgreSQL user (1 to 63 characters)</source>
        <translation>--user 必须指定一个 PostgreSQL 用户（1 至 63 个字符）</translation>
    </message>
    <message>
        <source>%1: %2 was not given the role %3: %4</source>
        <translation>%1：未能为 %2 授予角色 %3：%4</translation>
    </message>
    <message>
        <source>%1 is now %2 of the meeting %3</source>
        <translation>%1 现在在会议 %3 中的角色为 %2</translation>
    </message>
    <message>
        <source>List the meetings a PostgreSQL database holds.</source>
        <translation>列出 PostgreSQL 数据库中的会议。</translation>
    </message>
    <message>
        <source>SERVER is postgresql://[USER@]HOST[:PORT]/DATABASE. The password comes from PGPASSWORD or ~/.pgpass, never from the command line.</source>
        <translation>SERVER 的格式为 postgresql://[USER@]HOST[:PORT]/DATABASE。密码取自 PGPASSWORD 或 ~/.pgpass，绝不取自命令行。</translation>
    </message>
    <message>
        <source>Copy a meeting file, journal included, to a new meeting on a server.</source>
        <translation>将会议文件（含操作日志）复制为服务器上的新会议。</translation>
    </message>
    <message>
        <source>URL is postgresql://[USER@]HOST[:PORT]/DATABASE?meeting=NAME, and NAME must not be taken. Undo and redo carry on where the file left them; the copy has an identity of its own. Whoever pushes owns the meeting and is its chair. Only reads FILE.</source>
        <translation>URL 的格式为 postgresql://[USER@]HOST[:PORT]/DATABASE?meeting=NAME，且 NAME 不得已被占用。撤销和重做在文件原有进度的基础上继续；副本拥有独立的标识。执行 push 的用户即为会议的所有者和主席。仅读取 FILE。</translation>
    </message>
    <message>
        <source>Copy a meeting on a server, journal included, into a new file.</source>
        <translation>将服务器上的会议（含操作日志）复制到新文件。</translation>
    </message>
    <message>
        <source>One snapshot of the meeting, taken while consoles may be acting on it. FILE must not exist yet.</source>
        <translation>即会议的一份快照，可在控制台仍在操作时生成。FILE 必须尚不存在。</translation>
    </message>
    <message>
        <source>Give a PostgreSQL user one role on a meeting.</source>
        <translation>为 PostgreSQL 用户授予会议中的一个角色。</translation>
    </message>
    <message>
        <source>The server enforces the role, whatever program the user connects with: a viewer reads; a timekeeper runs the clock and the message; staff inscribe, move, mark absent and edit; the chair does everything. The user is created (without a password: set one with psql&apos;s \password) where the server has none, and loses any other role on the meeting. Needs the right to create roles.</source>
        <translation>无论用户使用何种程序连接，服务器都会强制执行该角色：查看者可以查看；计时员控制计时和消息；秘书处可以登记、移动、标记缺席和编辑；主席可以执行所有操作。如服务器上没有该用户，则创建该用户（不设密码：请用 psql 的 \password 设置密码），该用户在本会议中的任何其他角色均被取消。需要有创建角色的权限。</translation>
    </message>
    <message>
        <source>the PostgreSQL user</source>
        <translation>PostgreSQL 用户</translation>
    </message>
    <message>
        <source>chair, staff, timekeeper or viewer</source>
        <translation>chair、staff、timekeeper 或 viewer</translation>
    </message>
</context>
<context>
    <name>rostrum::web::AccessTokens</name>
    <message>
        <source>Cannot make the folder %1 for the links.</source>
        <translation>无法创建用于存放链接的文件夹 %1。</translation>
    </message>
    <message>
        <source>This meeting file is too old to be shared: open it in the console once, which brings it up to date.</source>
        <translation>此会议文件版本过旧，无法共享：请在控制台中打开一次，控制台会将其更新。</translation>
    </message>
</context>
<context>
    <name>rostrum::web::GuardedTcpServer</name>
    <message>
        <source>Web views: too many connections from %1; the ones over %2 are turned away.</source>
        <translation>网页视图：来自 %1 的连接过多；超出 %2 个的连接将被拒绝。</translation>
    </message>
</context>
<context>
    <name>rostrum::web::PageStrings</name>
    <message>
        <source>Rostrum — Timer</source>
        <comment>Browser tab title of the speaker&apos;s timer page</comment>
        <translation>Rostrum — 计时器</translation>
    </message>
    <message>
        <source>Rostrum — Room display</source>
        <comment>Browser tab title of the room display page</comment>
        <translation>Rostrum — 会场显示屏</translation>
    </message>
    <message>
        <source>Rostrum — Interpreters</source>
        <comment>Browser tab title of the interpreters&apos; page</comment>
        <translation>Rostrum — 口译员</translation>
    </message>
    <message>
        <source>Rostrum — List of speakers</source>
        <comment>Browser tab title of the delegates&apos; list page</comment>
        <translation>Rostrum — 发言名单</translation>
    </message>
    <message>
        <source>Rostrum — Control</source>
        <comment>Browser tab title of the control page</comment>
        <translation>Rostrum — 控制</translation>
    </message>
    <message>
        <source>Connecting to the console…</source>
        <comment>Banner while the page first connects to the console</comment>
        <translation>正在连接控制台…</translation>
    </message>
    <message>
        <source>Connection to the console lost — reconnecting…</source>
        <comment>Banner when the link to the console is lost; the page retries by itself</comment>
        <translation>与控制台的连接已断开 — 正在重新连接…</translation>
    </message>
    <message>
        <source>This link is not valid any more. Ask the secretariat for a new one.</source>
        <comment>Banner when the link&apos;s access code is wrong or withdrawn; no retry</comment>
        <translation>此链接已失效。请向秘书处索取新链接。</translation>
    </message>
    <message>
        <source>This link may not open this page. Ask the secretariat for the right link.</source>
        <comment>Banner when the link&apos;s role may not open this page; no retry</comment>
        <translation>此链接无权打开此页面。请向秘书处索取正确的链接。</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <comment>Screen-reader name of the countdown figures</comment>
        <translation>发言时间</translation>
    </message>
    <message>
        <source>Time of day</source>
        <comment>Screen-reader name of the meeting&apos;s clock (HH:MM)</comment>
        <translation>当前时间</translation>
    </message>
    <message>
        <source>No one at the rostrum</source>
        <comment>Shown in place of the delegation when nobody has the floor</comment>
        <translation>讲台无人</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>%1 delegation, %2 speaker&apos;s name</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, on behalf of %2</source>
        <comment>%1 speaker&apos;s name, %2 group or State spoken for</comment>
        <translation>%1，代表 %2</translation>
    </message>
    <message>
        <source>on behalf of %1</source>
        <comment>%1 group or State spoken for (speaker&apos;s name unknown)</comment>
        <translation>代表 %1</translation>
    </message>
    <message>
        <source>READY</source>
        <comment>Clock label: a speaker is called, clock not started (capitals on the display)</comment>
        <translation>就绪</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <comment>Clock label: clock paused</comment>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>WARNING</source>
        <comment>Clock label: little time left (a ⚠ sign is added before it)</comment>
        <translation>警告</translation>
    </message>
    <message>
        <source>TIME</source>
        <comment>Clock label: the time is up (0:00)</comment>
        <translation>时间到</translation>
    </message>
    <message>
        <source>OVERTIME</source>
        <comment>Clock label: speaking past the limit</comment>
        <translation>超时</translation>
    </message>
    <message>
        <source>FINISHED</source>
        <comment>Clock label: the speech has ended</comment>
        <translation>已结束</translation>
    </message>
    <message>
        <source>PAUSED — %1</source>
        <comment>%1 one of WARNING / TIME / OVERTIME: clock paused in that phase</comment>
        <translation>已暂停 — %1</translation>
    </message>
    <message>
        <source>POINT OF ORDER</source>
        <comment>Big label on the timer when the floor is taken by a point of order</comment>
        <translation>程序问题</translation>
    </message>
    <message>
        <source>RIGHT OF REPLY</source>
        <comment>Big label on the timer during a right of reply</comment>
        <translation>答辩权</translation>
    </message>
    <message>
        <source>Point of order</source>
        <comment>Small mark next to a point of order in lists</comment>
        <translation>程序问题</translation>
    </message>
    <message>
        <source>Right of reply</source>
        <comment>Small mark next to a right of reply in lists</comment>
        <translation>答辩权</translation>
    </message>
    <message>
        <source>Right of reply %1</source>
        <comment>%1 the number of the reply (1, 2): &quot;Right of reply 1&quot;</comment>
        <translation>答辩权 %1</translation>
    </message>
    <message>
        <source>Late</source>
        <comment>Mark for a speaker inscribed after the deadline</comment>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <comment>Mark for a speaker interrupted by a point of order</comment>
        <translation>被打断</translation>
    </message>
    <message>
        <source>Absent</source>
        <comment>Mark for a speaker who was absent when called</comment>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>Mark for a speaker who withdrew</comment>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Spoke</source>
        <comment>Mark for a speaker who has spoken</comment>
        <translation>已发言</translation>
    </message>
    <message>
        <source>Speaking now</source>
        <comment>Heading over the current speaker on the delegates&apos; list</comment>
        <translation>正在发言</translation>
    </message>
    <message>
        <source>Interrupted: %1 — %2 left</source>
        <comment>%1 delegation, %2 time left (e.g. 1:12) for the interrupted speaker</comment>
        <translation>被打断：%1 — 剩余 %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <comment>%1 next delegation (and speaker)</comment>
        <translation>下一位：%1</translation>
    </message>
    <message>
        <source>Next: none</source>
        <comment>Nobody is waiting to speak next</comment>
        <translation>下一位：无</translation>
    </message>
    <message>
        <source>Projected end %1 (%2)</source>
        <comment>%1 projected end time HH:MM, %2 lateness such as &quot;+15 min&quot;</comment>
        <translation>预计结束 %1 (%2)</translation>
    </message>
    <message>
        <source>+%1 min</source>
        <comment>%1 minutes past the scheduled end</comment>
        <translation>+%1 分钟</translation>
    </message>
    <message>
        <source>−%1 min</source>
        <comment>%1 minutes before the scheduled end</comment>
        <translation>−%1 分钟</translation>
    </message>
    <message>
        <source>on time</source>
        <comment>The list is projected to end at the scheduled time</comment>
        <translation>按时</translation>
    </message>
    <message>
        <source>+%1 days</source>
        <comment>%1 days past the scheduled end (for meetings far off their date)</comment>
        <translation>+%1 天</translation>
    </message>
    <message>
        <source>−%1 days</source>
        <comment>%1 days before the scheduled end</comment>
        <translation>−%1 天</translation>
    </message>
    <message>
        <source>The list of speakers is closed.</source>
        <comment>The chair has closed the list of speakers</comment>
        <translation>发言名单已关闭。</translation>
    </message>
    <message>
        <source>No one is waiting to speak.</source>
        <comment>The list has no waiting speaker</comment>
        <translation>无人等候发言。</translation>
    </message>
    <message>
        <source>Now speaking</source>
        <comment>Heading over the current speaker on the room screen</comment>
        <translation>正在发言</translation>
    </message>
    <message>
        <source>Next speakers</source>
        <comment>Heading over the next five speakers on the room screen</comment>
        <translation>后续发言者</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <comment>%1 language name and code, e.g. &quot;French (fr)&quot;</comment>
        <translation>语言：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>%1 language name in the page&apos;s language, %2 its code</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Language not given</source>
        <comment>No language was given for the statement</comment>
        <translation>未注明语言</translation>
    </message>
    <message>
        <source>Next three</source>
        <comment>Heading over the next three speakers on the interpreters&apos; page</comment>
        <translation>后续三位发言者</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <comment>%1 the secretariat&apos;s notes for the booths about this speaker</comment>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>List of speakers</source>
        <comment>Heading of the list of speakers (also used when the meeting has no title)</comment>
        <translation>发言名单</translation>
    </message>
    <message>
        <source>Spoken or off the list (%1)</source>
        <comment>%1 how many; folded section with speakers done or off the list</comment>
        <translation>已发言或已移出名单（%1）</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>%1 start time, %2 end time of a speech (HH:MM)</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Start</source>
        <comment>Button: start or resume the speaker&apos;s clock</comment>
        <translation>开始</translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>Button: pause the speaker&apos;s clock</comment>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <comment>Button: end this speech and call the next speaker</comment>
        <translation>下一位发言者</translation>
    </message>
    <message>
        <source>+30 s</source>
        <comment>Button: give the speaker 30 more seconds</comment>
        <translation>+30 秒</translation>
    </message>
    <message>
        <source>−30 s</source>
        <comment>Button: take 30 seconds from the speaker</comment>
        <translation>−30 秒</translation>
    </message>
    <message>
        <source>Absent</source>
        <comment>Button: the called speaker is not in the room</comment>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>Button: take back the last act</comment>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <comment>Button: do again the act just taken back</comment>
        <translation>重做</translation>
    </message>
    <message>
        <source>Message to the speaker</source>
        <comment>Heading of the messages to the speaker</comment>
        <translation>给发言者的消息</translation>
    </message>
    <message>
        <source>Please conclude</source>
        <comment>Preset message shown to the speaker (sent as shown)</comment>
        <translation>请结束发言</translation>
    </message>
    <message>
        <source>Your time is up</source>
        <comment>Preset message shown to the speaker (sent as shown)</comment>
        <translation>您的时间已到</translation>
    </message>
    <message>
        <source>Please speak more slowly for the interpreters</source>
        <comment>Preset message shown to the speaker (sent as shown)</comment>
        <translation>请放慢语速，以便口译员翻译</translation>
    </message>
    <message>
        <source>Your own message</source>
        <comment>Label of the field for a message of one&apos;s own</comment>
        <translation>其他消息</translation>
    </message>
    <message>
        <source>Send</source>
        <comment>Button: show the typed message to the speaker</comment>
        <translation>发送</translation>
    </message>
    <message>
        <source>Clear message</source>
        <comment>Button: remove the message from the speaker&apos;s screen</comment>
        <translation>清除消息</translation>
    </message>
    <message>
        <source>Shown to the speaker: %1</source>
        <comment>%1 the message now on the speaker&apos;s screen</comment>
        <translation>正向发言者显示：%1</translation>
    </message>
    <message>
        <source>Inscribe a speaker</source>
        <comment>Heading of the form that adds a speaker to the list</comment>
        <translation>登记发言者</translation>
    </message>
    <message>
        <source>Delegation</source>
        <comment>Field label: the delegation (State or organisation)</comment>
        <translation>代表团</translation>
    </message>
    <message>
        <source>Speaker (optional)</source>
        <comment>Field label: the speaker&apos;s name, may be left empty</comment>
        <translation>发言者（可选）</translation>
    </message>
    <message>
        <source>Inscribe</source>
        <comment>Button: add the speaker to the list</comment>
        <translation>登记</translation>
    </message>
    <message>
        <source>Move a waiting speaker</source>
        <comment>Heading of the form that moves a waiting speaker</comment>
        <translation>移动等候中的发言者</translation>
    </message>
    <message>
        <source>Waiting speaker</source>
        <comment>Field label: which waiting speaker to move</comment>
        <translation>等候中的发言者</translation>
    </message>
    <message>
        <source>New position</source>
        <comment>Field label: the new place in the list (a number)</comment>
        <translation>新位置</translation>
    </message>
    <message>
        <source>Move</source>
        <comment>Button: move the speaker</comment>
        <translation>移动</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>%1 current position, %2 delegation and speaker</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Last act: %1</source>
        <comment>%1 the console&apos;s one-line summary of the act just done</comment>
        <translation>上一项操作：%1</translation>
    </message>
    <message>
        <source>This link is for viewing only.</source>
        <comment>Shown on the control page to a link that may do nothing</comment>
        <translation>此链接仅供查看。</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <comment>%1 one of the four role names below</comment>
        <translation>角色：%1</translation>
    </message>
    <message>
        <source>viewer</source>
        <comment>Role name: may only look</comment>
        <translation>查看者</translation>
    </message>
    <message>
        <source>timekeeper</source>
        <comment>Role name: runs the clock and the messages</comment>
        <translation>计时员</translation>
    </message>
    <message>
        <source>staff</source>
        <comment>Role name: secretariat staff keeping the list</comment>
        <translation>秘书处</translation>
    </message>
    <message>
        <source>chair</source>
        <comment>Role name: the chair, may do everything</comment>
        <translation>主席</translation>
    </message>
    <message>
        <source>The console did not answer. Try again.</source>
        <comment>The request got no answer (network down)</comment>
        <translation>控制台没有响应。请重试。</translation>
    </message>
    <message>
        <source>The console refused the act (HTTP %1).</source>
        <comment>%1 HTTP status code, when the console gave no reason of its own</comment>
        <translation>控制台拒绝了该操作（HTTP %1）。</translation>
    </message>
</context>
<context>
    <name>rostrum::web::WebActs</name>
    <message>
        <source>The body is not JSON: %1 at byte %2.</source>
        <translation>请求正文不是 JSON：%1，位于第 %2 字节。</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>请求正文必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>Unknown field “%1”; this act takes: %2.</source>
        <translation>未知字段“%1”；此操作接受：%2。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>“%1” is missing.</source>
        <translation>缺少字段“%1”。</translation>
    </message>
    <message>
        <source>“%1” must be a whole number from %2 to %3.</source>
        <translation>字段“%1”必须是 %2 至 %3 之间的整数。</translation>
    </message>
    <message>
        <source>“%1” must be a text.</source>
        <translation>字段“%1”必须是文本。</translation>
    </message>
    <message>
        <source>“%1” cannot be empty.</source>
        <translation>字段“%1”不能为空。</translation>
    </message>
    <message>
        <source>“%1” is longer than %2 characters.</source>
        <translation>字段“%1”超过 %2 个字符。</translation>
    </message>
    <message>
        <source>“language” must be one of: %1.</source>
        <translation>字段“language”必须是以下之一：%1。</translation>
    </message>
    <message>
        <source>“seconds” cannot be 0.</source>
        <translation>字段“seconds”不能为 0。</translation>
    </message>
    <message>
        <source>“clear” must be true or false.</source>
        <translation>字段“clear”必须为 true 或 false。</translation>
    </message>
    <message>
        <source>Give either “text” or &quot;clear&quot;: true.</source>
        <translation>请给出“text”或 &quot;clear&quot;: true 二者之一。</translation>
    </message>
    <message>
        <source>There is no act “%1”.</source>
        <translation>不存在“%1”操作。</translation>
    </message>
</context>
<context>
    <name>rostrum::web::WebRole</name>
    <message>
        <source>Viewer</source>
        <translation>查看者</translation>
    </message>
    <message>
        <source>Timekeeper</source>
        <translation>计时员</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>秘书处</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主席</translation>
    </message>
</context>
<context>
    <name>rostrum::web::WebServer</name>
    <message>
        <source>There is no such page.</source>
        <translation>没有此页面。</translation>
    </message>
    <message>
        <source>Cannot serve on %1 port %2: %3.</source>
        <translation>无法在 %1 的端口 %2 上提供服务：%3。</translation>
    </message>
    <message>
        <source>This page needs the link with its key (…?t=…).</source>
        <translation>此页面须通过带密钥的链接打开 (…?t=…)。</translation>
    </message>
    <message>
        <source>Web views: %1 wrong keys from %2; its requests are slowed down.</source>
        <translation>网页视图：来自 %2 的错误密钥达 %1 个；已减慢其请求。</translation>
    </message>
    <message>
        <source>This link is not valid: it may have been revoked. Ask the secretariat for a new one.</source>
        <translation>此链接无效：可能已被撤销。请向秘书处索取新链接。</translation>
    </message>
    <message>
        <source>Only a WebSocket at /ws is served.</source>
        <translation>仅在 /ws 提供 WebSocket。</translation>
    </message>
    <message>
        <source>Requests from pages of other sites are refused.</source>
        <translation>拒绝来自其他网站页面的请求。</translation>
    </message>
    <message>
        <source>This address does not take that method.</source>
        <translation>此地址不接受该方法。</translation>
    </message>
    <message>
        <source>There is no act “%1”.</source>
        <translation>不存在“%1”操作。</translation>
    </message>
    <message>
        <source>This link (%1) may not do “%2”.</source>
        <translation>此链接（%1）无权执行“%2”。</translation>
    </message>
</context>
</TS>
