'use strict';
// The rolling list for delegates' phones: who speaks now, everyone waiting with the time
// they may expect the floor, and, folded away at the end, who has spoken or left the list.
(() => {
  const T = Rostrum.tr;
  const $ = (id) => document.getElementById(id);
  const put = (id, text) => { const e = $(id); if (e.textContent !== text) e.textContent = text; };
  const OFF = { spoke: 'MARK_SPOKE', absent: 'MARK_ABSENT', withdrawn: 'MARK_WITHDRAWN', interrupted: 'MARK_INTERRUPTED' };

  function row(entry) {
    const li = Rostrum.el('li', 'row');
    li.dataset.status = entry.status || '';
    if (entry.kind) li.dataset.kind = entry.kind;
    li.append(Rostrum.el('span', 'pos', entry.status === 'waiting' ? entry.position ?? '' : ''));

    const who = Rostrum.el('span', 'who');
    who.append(Rostrum.el('span', 'r-delegation', entry.delegation || ''));
    if (entry.speaker) who.append(Rostrum.el('span', 'r-speaker', entry.speaker));
    const tags = Rostrum.el('span', 'tags');
    const mark = Rostrum.kindMark(entry);
    if (mark) tags.append(Rostrum.el('span', 'tag tag-' + entry.kind, mark));
    if (OFF[entry.status]) tags.append(Rostrum.el('span', 'tag', T(OFF[entry.status])));
    if (entry.late) tags.append(Rostrum.el('span', 'tag', T('MARK_LATE')));
    if (tags.childElementCount) who.append(tags);
    li.append(who);

    let time = '';
    if (entry.status === 'waiting') time = Rostrum.hhmm(entry.projected_start);
    else if (entry.status === 'spoke' && entry.started_at) {
      time = entry.ended_at ? T('LIST_SPOKE_AT', Rostrum.hhmm(entry.started_at), Rostrum.hhmm(entry.ended_at))
        : Rostrum.hhmm(entry.started_at);
    }
    const t = Rostrum.el('span', 'time', time);
    t.dir = 'ltr';
    li.append(t);
    return li;
  }

  function onState(s) {
    const st = s.status || {};
    const meeting = st.meeting || {};
    put('title', meeting.title || T('LIST_HEADING'));
    put('heading', meeting.heading || '');
    put('projection', Rostrum.projection(st));

    const list = Array.isArray(s.list) ? s.list : [];
    const cur = st.current;
    $('now').hidden = !cur;
    $('nobody').hidden = !!cur;
    put('kind', Rostrum.kindMark(cur));
    put('now-delegation', cur ? cur.delegation || '' : '');
    put('now-speaker', cur ? cur.speaker || '' : '');

    // An interrupted speaker gets the floor back first, so they lead the waiting rows.
    const ahead = list.filter((r) => r.status === 'interrupted' || r.status === 'waiting');
    $('waiting').replaceChildren(...ahead.map(row));
    $('empty').hidden = ahead.length > 0;
    $('closed').hidden = !st.list_closed;

    const done = list.filter((r) => r.status === 'spoke' || r.status === 'absent' || r.status === 'withdrawn');
    $('done').hidden = done.length === 0;
    put('done-summary', T('LIST_DONE', done.length));
    $('done-rows').replaceChildren(...done.map(row));
  }

  function onTick(v) {
    put('label', v.label);
  }

  Rostrum.start({ onState, onTick });
})();
