'use strict';
// The interpreters' booth: who speaks and in which language, and who follows with their
// language and the notes the secretariat wrote for the booths.
(() => {
  const T = Rostrum.tr;
  const $ = (id) => document.getElementById(id);
  const put = (id, text) => { const e = $(id); if (e.textContent !== text) e.textContent = text; };
  const SHOWN = 3;

  // "Language: French (fr)"; with no language given, only "Language not given".
  function languageLine(code) {
    return code ? T('BOOTH_LANGUAGE', Rostrum.languageName(code)) : T('BOOTH_LANGUAGE_NONE');
  }

  function row(entry) {
    const li = Rostrum.el('li', 'queue-row');
    li.append(Rostrum.el('span', 'pos', entry.position ?? ''));
    const who = Rostrum.el('span', 'who');
    who.append(Rostrum.el('span', 'q-delegation', entry.delegation || ''));
    if (entry.speaker) who.append(Rostrum.el('span', 'q-speaker', entry.speaker));
    const mark = Rostrum.kindMark(entry);
    if (mark) who.append(Rostrum.el('span', 'tag', mark));
    who.append(Rostrum.el('span', 'q-language', languageLine(entry.language)));
    if (entry.notes) who.append(Rostrum.el('span', 'q-notes', T('BOOTH_NOTES', entry.notes)));
    li.append(who);
    return li;
  }

  function onState(s) {
    const st = s.status || {};
    const list = Array.isArray(s.list) ? s.list : [];
    const cur = st.current;
    // The status names who speaks; the list row carries the language.
    const curRow = cur ? list.find((r) => r.id === cur.id) || list.find((r) => r.status === 'speaking') : null;
    put('kind', Rostrum.kindMark(cur));
    put('delegation', cur ? cur.delegation || '' : T('NO_ONE'));
    put('speaker', cur ? cur.speaker || '' : '');
    put('language', cur ? languageLine(curRow ? curRow.language : '') : '');

    const waiting = list.filter((r) => r.status === 'waiting');
    $('queue').replaceChildren(...waiting.slice(0, SHOWN).map(row));
    $('empty').hidden = waiting.length > 0;
    put('projection', Rostrum.projection(st));
  }

  function onTick(v) {
    put('label', v.label);
  }

  Rostrum.start({ onState, onTick });
})();
