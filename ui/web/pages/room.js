'use strict';
// The big screens in the room: the meeting, who speaks with the time left, the next five.
(() => {
  const T = Rostrum.tr;
  const $ = (id) => document.getElementById(id);
  const put = (id, text) => { const e = $(id); if (e.textContent !== text) e.textContent = text; };
  const SHOWN = 5;

  function row(entry) {
    const li = Rostrum.el('li', 'queue-row');
    li.append(Rostrum.el('span', 'pos', entry.position ?? ''));
    const who = Rostrum.el('span', 'who');
    who.append(Rostrum.el('span', 'q-delegation', entry.delegation || ''));
    if (entry.speaker) who.append(Rostrum.el('span', 'q-speaker', entry.speaker));
    const mark = Rostrum.kindMark(entry);
    if (mark) who.append(Rostrum.el('span', 'tag', mark));
    li.append(who);
    return li;
  }

  function onState(s) {
    const st = s.status || {};
    const meeting = st.meeting || {};
    put('title', meeting.title || '');
    put('heading', meeting.heading || '');

    const cur = st.current;
    put('kind', Rostrum.kindMark(cur));
    put('delegation', cur ? cur.delegation || '' : T('NO_ONE'));
    put('speaker', cur ? cur.speaker || '' : '');

    const waiting = (Array.isArray(s.list) ? s.list : []).filter((r) => r.status === 'waiting');
    $('queue').replaceChildren(...waiting.slice(0, SHOWN).map(row));
    $('empty').hidden = waiting.length > 0;
    $('closed').hidden = !st.list_closed;
    put('projection', Rostrum.projection(st));
  }

  function onTick(v) {
    put('label', v.label);
  }

  Rostrum.start({ onState, onTick });
})();
