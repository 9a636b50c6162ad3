'use strict';
// Shared by every Rostrum page: the words, the socket, the server's clock and the countdown.
// The figures must turn within 20 ms of the server's second, so the page keeps its own
// estimate of the server clock and wakes exactly when the shown text is due to change.

// English defaults; the server's table (GET /api/strings) replaces them key by key.
// Keep in step with STRINGS.txt.
const ENGLISH = {
  TITLE_TIMER: 'Rostrum — Timer', TITLE_ROOM: 'Rostrum — Room display', TITLE_BOOTH: 'Rostrum — Interpreters',
  TITLE_LIST: 'Rostrum — List of speakers', TITLE_CONTROL: 'Rostrum — Control',
  CONN_WAIT: 'Connecting to the console…', CONN_LOST: 'Connection to the console lost — reconnecting…',
  FATAL_TOKEN: 'This link is not valid any more. Ask the secretariat for a new one.',
  FATAL_ROLE: 'This link may not open this page. Ask the secretariat for the right link.',
  ARIA_COUNTDOWN: 'Speaking time', ARIA_CLOCK: 'Time of day',
  NO_ONE: 'No one at the rostrum', WHO: '%1 — %2', ON_BEHALF: '%1, on behalf of %2', ON_BEHALF_ONLY: 'on behalf of %1',
  STATE_READY: 'READY', STATE_PAUSED: 'PAUSED', STATE_WARNING: 'WARNING', STATE_TIME_UP: 'TIME',
  STATE_OVERTIME: 'OVERTIME', STATE_FINISHED: 'FINISHED', STATE_PAUSED_LATE: 'PAUSED — %1',
  KIND_POINT_OF_ORDER: 'POINT OF ORDER', KIND_REPLY: 'RIGHT OF REPLY',
  MARK_POINT_OF_ORDER: 'Point of order', MARK_REPLY: 'Right of reply', MARK_REPLY_N: 'Right of reply %1',
  MARK_LATE: 'Late', MARK_INTERRUPTED: 'Interrupted', MARK_ABSENT: 'Absent', MARK_WITHDRAWN: 'Withdrawn',
  MARK_SPOKE: 'Spoke', MARK_NOW: 'Speaking now',
  INTERRUPTED: 'Interrupted: %1 — %2 left', NEXT: 'Next: %1', NEXT_NONE: 'Next: none',
  PROJECTED_END: 'Projected end %1 (%2)', OVER_MIN: '+%1 min', UNDER_MIN: '−%1 min', ON_TIME: 'on time',
  OVER_DAYS: '+%1 days', UNDER_DAYS: '−%1 days',
  LIST_CLOSED: 'The list of speakers is closed.', NOBODY_WAITING: 'No one is waiting to speak.',
  ROOM_NOW: 'Now speaking', ROOM_NEXT: 'Next speakers',
  BOOTH_LANGUAGE: 'Language: %1', BOOTH_LANGUAGE_NAME: '%1 (%2)', BOOTH_LANGUAGE_NONE: 'Language not given',
  BOOTH_NEXT: 'Next three', BOOTH_NOTES: 'Notes: %1',
  LIST_HEADING: 'List of speakers', LIST_DONE: 'Spoken or off the list (%1)', LIST_SPOKE_AT: '%1–%2',
  CTRL_START: 'Start', CTRL_PAUSE: 'Pause', CTRL_NEXT: 'Next speaker', CTRL_PLUS: '+30 s',
  CTRL_MINUS: '−30 s', CTRL_ABSENT: 'Absent', CTRL_UNDO: 'Undo', CTRL_REDO: 'Redo',
  CTRL_MESSAGES: 'Message to the speaker',
  MSG_CONCLUDE: 'Please conclude', MSG_TIME_UP: 'Your time is up',
  MSG_SLOWER: 'Please speak more slowly for the interpreters',
  CTRL_FREE_TEXT: 'Your own message', CTRL_SEND: 'Send', CTRL_CLEAR: 'Clear message',
  CTRL_SHOWN: 'Shown to the speaker: %1', CTRL_INSCRIBE: 'Inscribe a speaker', CTRL_DELEGATION: 'Delegation',
  CTRL_SPEAKER: 'Speaker (optional)', CTRL_INSCRIBE_GO: 'Inscribe', CTRL_MOVE: 'Move a waiting speaker',
  CTRL_WHO: 'Waiting speaker', CTRL_POSITION: 'New position', CTRL_MOVE_GO: 'Move',
  CTRL_MOVE_OPTION: '%1. %2', CTRL_LAST: 'Last act: %1', CTRL_VIEW_ONLY: 'This link is for viewing only.',
  CTRL_ROLE: 'Role: %1',
  ROLE_VIEWER: 'viewer', ROLE_TIMEKEEPER: 'timekeeper', ROLE_STAFF: 'staff', ROLE_CHAIR: 'chair',
  ERR_NETWORK: 'The console did not answer. Try again.', ERR_HTTP: 'The console refused the act (HTTP %1).',
};

const Rostrum = (() => {
  const query = new URLSearchParams(location.search);
  const token = query.get('t') || '', askedLang = query.get('lang') || '';
  const strings = Object.assign({}, ENGLISH);
  let lang = askedLang || 'en';

  function tr(key, ...args) {
    const text = typeof strings[key] === 'string' ? strings[key] : key;
    // One pass, so a name that contains "%2" is never filled in again.
    return text.replace(/%([1-9])/g, (m, n) => (args[n - 1] === undefined ? m : String(args[n - 1])));
  }
  // Times and figures stay left to right inside a right-to-left sentence, and each name keeps
  // its own direction, so "مصر — أحمد حسن" is not read back to front in an English line.
  const ltr = (s) => '\u2066' + s + '\u2069';
  const own = (s) => '\u2068' + s + '\u2069';

  function translateStatic() {
    for (const e of document.querySelectorAll('[data-tr]')) e.textContent = tr(e.dataset.tr);
    for (const e of document.querySelectorAll('[data-tr-label]')) e.setAttribute('aria-label', tr(e.dataset.trLabel));
  }
  const authHeaders = () => (token ? { Authorization: 'Bearer ' + token } : {});

  async function loadStrings() {
    const url = '/api/strings' + (askedLang ? '?lang=' + encodeURIComponent(askedLang) : '');
    try {
      const res = await fetch(url, { headers: authHeaders(), cache: 'no-store' });
      const body = res.ok ? await res.json() : null;
      if (body && body.strings) {
        for (const [k, v] of Object.entries(body.strings)) if (typeof v === 'string') strings[k] = v;
        if (body.lang) lang = String(body.lang);
        document.documentElement.dir = body.dir === 'rtl' ? 'rtl' : 'ltr';
      }
    } catch (e) { /* the English words stay */ }
    document.documentElement.lang = lang;
    translateStatic();
  }

  async function act(name, body) {
    let res, j = null;
    try {
      res = await fetch('/api/acts/' + encodeURIComponent(name), { method: 'POST', cache: 'no-store',
        headers: Object.assign({ 'Content-Type': 'application/json' }, authHeaders()), body: JSON.stringify(body || {}) });
    } catch (e) { return { ok: false, error: tr('ERR_NETWORK') }; }
    try { j = await res.json(); } catch (e) { /* no JSON: said below by the status */ }
    if (res.ok && j && j.ok) return { ok: true, summary: String(j.summary || '') };
    return { ok: false, status: res.status, error: (j && j.error) ? String(j.error) : tr('ERR_HTTP', res.status) };
  }

  // ---- clock sync -------------------------------------------------------------------------
  // performance.now() is monotonic: a step of the PC's wall clock must not move the figures.
  const pageNow = () => performance.timeOrigin + performance.now();
  let offset = 0, haveOffset = false, offsetRtt = Infinity;
  const serverNow = () => pageNow() + offset;
  function setOffset(v, rtt) { offset = v; offsetRtt = rtt; haveOffset = true; redraw('offset'); clockTick(); }

  // ---- socket -----------------------------------------------------------------------------
  let ws = null, attempt = 0, everConnected = false, fatal = false, nextId = 1;
  let liveTimer = 0, burstTimer = 0, burstTimers = [], burst = null;
  const pending = new Map(), page = { flips: [], lastState: null, connected: false };
  let handlers = {}, banner = null;

  function setConnected(v) {
    page.connected = v;
    document.body.dataset.connected = String(v);
    if (handlers.onConnection) handlers.onConnection(v);
    if (fatal) return;
    banner.hidden = v;
    if (!v) banner.textContent = tr(everConnected ? 'CONN_LOST' : 'CONN_WAIT');
  }

  function sendPing() {
    if (!ws || ws.readyState !== WebSocket.OPEN) return 0;
    const id = nextId++, t0 = pageNow();
    pending.set(id, t0);
    // Whole ms on the wire, in case the server reads an integer; the exact t0 stays here.
    ws.send(JSON.stringify({ type: 'ping', id, client_sent: Math.round(t0) }));
    return id;
  }

  // Five quick round trips; the shortest says the most about the offset.
  function startBurst() {
    burst = { best: Infinity, value: 0, left: 5 };
    burstTimers.forEach(clearTimeout);
    burstTimers = [0, 1, 2, 3, 4].map((i) => setTimeout(sendPing, i * 100));
    burstTimers.push(setTimeout(endBurst, 1500));
  }
  function endBurst() { if (burst && burst.best < Infinity) setOffset(burst.value, burst.best); burst = null; }

  function onPong(m) {
    const t0 = pending.get(m.id);
    if (t0 === undefined || typeof m.server_ms !== 'number') return;
    pending.delete(m.id);
    const t1 = pageNow(), rtt = t1 - t0, value = m.server_ms + rtt / 2 - t1;
    if (burst) {
      if (rtt < burst.best) { burst.best = rtt; burst.value = value; }
      // The first answer ever is better than the state's guess: use it at once.
      if (!haveOffset) setOffset(value, rtt);
      if (--burst.left === 0) endBurst();
    } else if (rtt < offsetRtt) setOffset(value, rtt);
    // A fresh sample that rules the current offset out means a clock moved (the PC slept, a
    // clock was stepped): measure afresh now rather than at the next minute.
    else if (Math.abs(value - offset) > rtt / 2 + 5) startBurst();
  }

  // A probe every 0.4 s; a server silent for 1.2 s is lost. A cut cable or a sleeping laptop
  // closes nothing, so only the page can tell, and it must say so within 2 s.
  let lastHeard = 0;
  function livePing() {
    if (pageNow() - lastHeard > 1200) { lost(); return; }
    sendPing();
  }

  function stopTimers() {
    clearInterval(liveTimer); clearInterval(burstTimer);
    burstTimers.forEach(clearTimeout); burstTimers = [];
    burst = null; pending.clear();
  }

  function lost() {
    const old = ws;
    ws = null; stopTimers(); setConnected(false);
    try { if (old) old.close(); } catch (e) { /* already gone */ }
    const delays = [500, 1000, 2000, 4000, 5000];
    setTimeout(connect, delays[Math.min(attempt++, delays.length - 1)]);
  }

  function connect() {
    if (fatal) return;
    const url = (location.protocol === 'https:' ? 'wss:' : 'ws:') + '//' + location.host + '/ws' +
      (token ? '?t=' + encodeURIComponent(token) : '');
    let sock;
    try { sock = new WebSocket(url); } catch (e) { ws = null; lost(); return; }
    ws = sock;
    sock.onopen = () => {
      if (ws !== sock) return;
      startBurst();
      lastHeard = pageNow();
      liveTimer = setInterval(livePing, 400);
      burstTimer = setInterval(startBurst, 60000);
    };
    sock.onmessage = (ev) => {
      if (ws !== sock) return;
      lastHeard = pageNow();
      let m = null;
      try { m = JSON.parse(ev.data); } catch (e) { /* not ours */ }
      if (m && m.type === 'pong') onPong(m);
      else if (m && m.type === 'state') onState(m);
    };
    sock.onclose = (ev) => {
      if (ws !== sock) return;
      if (ev.code === 4001 || ev.code === 4003) {
        // A bad link stays bad: say so once, and do not knock again.
        fatal = true; ws = null; stopTimers(); setConnected(false);
        banner.textContent = tr(ev.code === 4001 ? 'FATAL_TOKEN' : 'FATAL_ROLE');
        banner.classList.add('fatal'); banner.hidden = false;
      } else lost();
    };
  }

  function onState(m) {
    // Until a round trip is measured, take the state's own stamp as "now" (a LAN is fast).
    if (!haveOffset && typeof m.server_ms === 'number') offset = m.server_ms - pageNow();
    page.lastState = m; attempt = 0; everConnected = true;
    setConnected(true);
    if (handlers.onState) handlers.onState(m);
    redraw('state');
    clockTick();
  }

  // ---- the countdown ----------------------------------------------------------------------
  const figures = [];
  let shown = null, tickTimer = 0;
  const pad = (n) => String(n).padStart(2, '0');
  function duration(s) {
    return s >= 3600 ? Math.floor(s / 3600) + ':' + pad(Math.floor(s / 60) % 60) + ':' + pad(s % 60)
      : Math.floor(s / 60) + ':' + pad(s % 60);
  }
  // The console's rule: the second being lived is shown, so 2:59.4 left reads 3:00 and 0:00
  // is held from 0 to -999 ms before overtime counts "+0:01".
  function countdownText(ms) {
    return ms > -1000 ? duration(Math.max(0, Math.ceil(ms / 1000))) : '+' + duration(Math.floor(-ms / 1000));
  }

  function reading() {
    const s = page.lastState;
    if (!s || !s.clock) return null;
    const c = s.clock, dt = c.running ? serverNow() - s.server_ms : 0;
    return { clock: c, remaining: c.remaining_ms - dt, elapsed: c.elapsed_ms + dt };
  }
  function phaseOf(r) {
    if (!r) return 'idle';
    const c = r.clock;
    if (c.untimed) return c.finished ? 'finished' : c.running ? 'running' : c.started ? 'paused' : 'idle';
    if (c.finished) return 'finished';
    if (r.remaining <= -1000) return 'overtime';
    if (r.remaining <= 0) return 'time-up';
    if (c.started && r.remaining <= c.warning_s * 1000) return 'warning';
    return c.running ? 'running' : c.started ? 'paused' : 'idle';
  }
  const textOf = (r) => (!r ? '' : r.clock.untimed ? duration(Math.floor(Math.max(0, r.elapsed) / 1000)) : countdownText(r.remaining));

  function stateLabel(phase, running, started) {
    const word = { idle: 'STATE_READY', paused: 'STATE_PAUSED', warning: 'STATE_WARNING', 'time-up': 'STATE_TIME_UP',
      overtime: 'STATE_OVERTIME', finished: 'STATE_FINISHED' }[phase];
    if (!word) return '';
    const late = phase === 'warning' || phase === 'time-up' || phase === 'overtime';
    if (late && started && !running) return tr('STATE_PAUSED_LATE', tr(word));
    return (phase === 'warning' ? '⚠ ' : '') + tr(word);
  }

  function redraw(cause) {
    clearTimeout(tickTimer);
    const r = reading(), text = textOf(r), phase = phaseOf(r);
    if (text !== shown) {
      shown = text;
      for (const e of figures) {
        e.textContent = text;
        e.classList.toggle('long', text.length > 5);
        e.dataset.len = String(text.length);
      }
      page.flips.push({ text, serverMs: serverNow(), cause });
      if (page.flips.length > 200) page.flips.shift();
    }
    if (document.body.dataset.phase !== phase) document.body.dataset.phase = phase;
    const running = !!(r && r.clock.running), started = !!(r && r.clock.started);
    document.body.dataset.running = String(running);
    document.body.dataset.started = String(started);
    if (handlers.onTick) handlers.onTick({ phase, running, text, label: stateLabel(phase, running, started) });
    if (running) {
      // The next instant the text changes: remaining crosses a whole second going down, or
      // elapsed crosses one going up. Two ms late rather than one early.
      const wait = r.clock.untimed ? (Math.floor(r.elapsed / 1000) + 1) * 1000 - r.elapsed
        : r.remaining - (Math.ceil(r.remaining / 1000) - 1) * 1000;
      tickTimer = setTimeout(() => redraw('tick'), Math.max(0, wait) + 2);
    }
  }

  // ---- the meeting's wall clock ------------------------------------------------------------
  const clocks = [];
  let clockTimer = 0;
  function zoneOffsetMs(iso) {
    if (typeof iso !== 'string') return null;
    const m = /([+-])(\d\d):?(\d\d)$/.exec(iso);
    if (m) return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60000;
    return /Z$/i.test(iso) ? 0 : null;
  }
  function clockTick() {
    clearTimeout(clockTimer);
    const st = page.lastState && page.lastState.status;
    if (!st || !clocks.length) return;
    const zone = zoneOffsetMs(st.now) ?? zoneOffsetMs(st.projected_end) ?? -new Date().getTimezoneOffset() * 60000;
    const now = serverNow(), d = new Date(now + zone);
    for (const e of clocks) e.textContent = pad(d.getUTCHours()) + ':' + pad(d.getUTCMinutes());
    clockTimer = setTimeout(clockTick, 60000 - (((now % 60000) + 60000) % 60000) + 20);
  }

  // ---- helpers for the pages --------------------------------------------------------------
  const hhmm = (iso) => { const m = /T(\d\d):(\d\d)/.exec(iso || ''); return m ? m[1] + ':' + m[2] : ''; };
  function overUnder(s) {
    const min = s >= 0 ? Math.floor((s + 30) / 60) : -Math.floor((-s + 30) / 60), size = Math.abs(min);
    if (min === 0) return tr('ON_TIME');
    if (size >= 48 * 60) return tr(min > 0 ? 'OVER_DAYS' : 'UNDER_DAYS', Math.floor((size + 720) / 1440));
    return tr(min > 0 ? 'OVER_MIN' : 'UNDER_MIN', size);
  }
  function projection(st) {
    if (!st || !st.projected_end || (!st.current && !st.remaining_speakers)) return '';
    return tr('PROJECTED_END', ltr(hhmm(st.projected_end)), ltr(overUnder(Number(st.over_under_s) || 0)));
  }
  const describe = (e) => (!e ? '' : e.speaker ? tr('WHO', own(e.delegation), own(e.speaker)) : e.delegation || '');
  function kindMark(e) {
    if (!e) return '';
    if (e.kind === 'point_of_order') return tr('MARK_POINT_OF_ORDER');
    if (e.kind === 'reply') return e.reply_number ? tr('MARK_REPLY_N', e.reply_number) : tr('MARK_REPLY');
    return '';
  }
  function languageName(code) {
    if (!code) return tr('BOOTH_LANGUAGE_NONE');
    let name = '';
    try { name = new Intl.DisplayNames([lang, 'en'], { type: 'language' }).of(code) || ''; } catch (e) { /* odd code */ }
    return name && name !== code ? tr('BOOTH_LANGUAGE_NAME', name, code) : code;
  }
  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  async function start(h) {
    handlers = h || {};
    banner = el('div', 'banner');
    banner.setAttribute('role', 'status');
    document.body.prepend(banner);
    figures.push(...document.querySelectorAll('[data-countdown]'));
    clocks.push(...document.querySelectorAll('[data-meeting-clock]'));
    translateStatic(); setConnected(false);
    await loadStrings();
    setConnected(page.connected);
    connect();
    // A hidden tab's timers are throttled; catch up as soon as it is seen again.
    document.addEventListener('visibilitychange', () => { if (!document.hidden) { redraw('visible'); clockTick(); } });
  }

  // For the system tests: what the page believes and when its figures turned.
  window.rostrumPage = { get offsetMs() { return offset; }, get lastState() { return page.lastState; },
    get connected() { return page.connected; }, flips: page.flips, shownText: () => shown || '' };

  return { start, tr, ltr, own, act, serverNow, countdownText, duration, hhmm, overUnder, projection, describe,
    kindMark, languageName, el, stateLabel, get lang() { return lang; }, get state() { return page.lastState; } };
})();
