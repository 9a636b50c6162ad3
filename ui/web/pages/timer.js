'use strict';
// The speaker's desk and the podium: who has the floor, the figures as large as the screen
// allows, the chair's message across them, and what comes next.
(() => {
  const T = Rostrum.tr;
  const $ = (id) => document.getElementById(id);
  const put = (id, text) => { const e = $(id); if (e.textContent !== text) e.textContent = text; };

  function speakerLine(cur) {
    let who = cur.speaker || '';
    const group = Rostrum.own(cur.on_behalf_of);
    if (cur.on_behalf_of) who = who ? T('ON_BEHALF', Rostrum.own(who), group) : T('ON_BEHALF_ONLY', group);
    return who;
  }

  function onState(s) {
    const st = s.status || {};
    const cur = st.current;
    document.body.dataset.kind = cur ? cur.kind || 'statement' : 'none';
    put('kind', !cur ? '' : cur.kind === 'point_of_order' ? T('KIND_POINT_OF_ORDER')
      : cur.kind === 'reply' ? T('KIND_REPLY') : '');
    put('delegation', cur ? cur.delegation || '' : T('NO_ONE'));
    put('speaker', cur ? speakerLine(cur) : '');

    const stopped = st.interrupted;
    put('interrupted', stopped
      ? T('INTERRUPTED', Rostrum.own(stopped.delegation || ''), Rostrum.ltr(Rostrum.countdownText((Number(stopped.remaining_s) || 0) * 1000)))
      : '');

    // The message shows the instant it arrives and stays until the chair clears it.
    const band = $('message');
    const message = typeof st.message === 'string' ? st.message : '';
    put('message', message);
    put('message-said', message);
    band.hidden = !message;
    document.body.dataset.message = String(!!message);

    put('next', st.next ? T('NEXT', Rostrum.describe(st.next)) : T('NEXT_NONE'));
    put('projection', Rostrum.projection(st));
  }

  function onTick(v) {
    // Written only when it changes, so a screen reader says it once.
    put('label', v.label);
  }

  Rostrum.start({ onState, onTick });
})();
