'use strict';
// The timekeeper's, staff's and chair's tablet. The state's "acts" decide which buttons
// exist; the console decides whether an act is allowed now, and its refusal is shown as is.
(() => {
  const T = Rostrum.tr;
  const $ = (id) => document.getElementById(id);
  const put = (id, text) => { const e = $(id); if (e.textContent !== text) e.textContent = text; };
  const SIMPLE = ['next-btn', 'plus', 'minus', 'absent', 'undo', 'redo'];
  let busy = false;

  const acts = () => { const s = Rostrum.state; return s && Array.isArray(s.acts) ? s.acts : []; };
  const can = (a) => acts().includes(a);
  const running = () => { const s = Rostrum.state; return !!(s && s.clock && s.clock.running); };
  // The core names what undo/redo would take back; nothing to name means nothing to do.
  const possible = (v) => !(v === null || v === false || v === '');

  async function send(act, body) {
    if (busy) return false;
    busy = true;
    refresh();
    const r = await Rostrum.act(act, body);
    busy = false;
    const error = $('error');
    if (r.ok) {
      put('last', T('CTRL_LAST', r.summary));
      error.textContent = '';
    } else {
      error.textContent = r.error;
    }
    refresh();
    return r.ok;
  }

  function refresh() {
    const s = Rostrum.state;
    const st = (s && s.status) || {};
    const off = busy || !window.rostrumPage.connected;

    const toggle = $('toggle');
    const want = running() ? 'pause' : 'start';
    toggle.hidden = !(can('start') || can('pause'));
    put('toggle', T(want === 'pause' ? 'CTRL_PAUSE' : 'CTRL_START'));
    toggle.dataset.act = want;
    toggle.disabled = off || !can(want);

    for (const id of SIMPLE) {
      const b = $(id);
      b.hidden = !can(b.dataset.act);
      b.disabled = off;
    }
    for (const [id, key] of [['undo', 'undo'], ['redo', 'redo']]) {
      const b = $(id);
      if (!possible(st[key])) b.disabled = true;
      b.title = typeof st[key] === 'string' ? st[key] : '';
    }
    $('clock-acts').hidden = ['toggle', ...SIMPLE].every((id) => $(id).hidden);

    $('message-acts').hidden = !can('message');
    $('inscribe-acts').hidden = !can('inscribe');
    $('move-acts').hidden = !can('move');
    for (const b of document.querySelectorAll('.panel button')) b.disabled = off;
    $('view-only').hidden = !(s && acts().length === 0);
  }

  function fillMove(list) {
    const select = $('move-who');
    const kept = select.value;
    const waiting = list.filter((r) => r.status === 'waiting');
    select.replaceChildren(...waiting.map((r) => {
      const o = Rostrum.el('option', '', T('CTRL_MOVE_OPTION', r.position ?? '', Rostrum.describe(r)));
      o.value = String(r.id);
      return o;
    }));
    if (waiting.some((r) => String(r.id) === kept)) select.value = kept;
    $('move-pos').max = String(Math.max(1, waiting.length));
  }

  function onState(s) {
    const st = s.status || {};
    const cur = st.current;
    put('kind', Rostrum.kindMark(cur));
    put('delegation', cur ? cur.delegation || '' : T('NO_ONE'));
    put('speaker', cur ? cur.speaker || '' : '');
    const message = typeof st.message === 'string' ? st.message : '';
    put('message', message ? T('CTRL_SHOWN', message) : '');
    $('message').hidden = !message;
    put('next', st.next ? T('NEXT', Rostrum.describe(st.next)) : T('NEXT_NONE'));
    put('projection', Rostrum.projection(st));
    const roleKey = 'ROLE_' + String(s.role || '').toUpperCase();
    put('role', s.role ? T('CTRL_ROLE', T(roleKey) === roleKey ? s.role : T(roleKey)) : '');
    document.body.dataset.role = s.role || '';
    fillMove(Array.isArray(s.list) ? s.list : []);
    refresh();
  }

  function onTick(v) {
    put('label', v.label);
    // The toggle must say what it will do as soon as the clock stops or starts.
    if ($('toggle').dataset.act !== (v.running ? 'pause' : 'start')) refresh();
  }

  $('toggle').addEventListener('click', () => send(running() ? 'pause' : 'start', {}));
  for (const id of SIMPLE) {
    const b = $(id);
    b.addEventListener('click', () => send(b.dataset.act, b.dataset.seconds ? { seconds: Number(b.dataset.seconds) } : {}));
  }
  for (const b of document.querySelectorAll('[data-preset]')) {
    b.addEventListener('click', () => send('message', { text: T(b.dataset.preset) }));
  }
  $('clear').addEventListener('click', () => send('message', { clear: true }));

  // Forms only for the Enter key; nothing is ever submitted by the browser itself.
  $('free-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const text = $('free').value.trim();
    if (text && await send('message', { text })) $('free').value = '';
  });
  $('inscribe-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const delegation = $('ins-delegation').value.trim();
    const speaker = $('ins-speaker').value.trim();
    if (!delegation) return;
    const body = speaker ? { delegation, speaker } : { delegation };
    if (await send('inscribe', body)) {
      $('ins-delegation').value = '';
      $('ins-speaker').value = '';
      $('ins-delegation').focus();
    }
  });
  $('move-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const id = Number($('move-who').value), position = Number($('move-pos').value);
    if (id && position) send('move', { id, position });
  });

  Rostrum.start({ onState, onTick, onConnection: () => { if (document.getElementById('toggle')) refresh(); } });
})();
