#!/usr/bin/env bash
# The web views in a real browser (issue 15): `rostrum-cli serve` on a demo meeting, on
# 127.0.0.1, driven by Debian's headless Chromium through chromedriver and Selenium
# (web_pages.py: every page shows what the API says, the control page acts and shows the core's
# answers, the figures turn within 20 ms of the server's second, no script error and no CSP
# violation). Then a second party: rostrum-cli acts on the file while the server runs, and the
# API shows it. Then the server is stopped and started again: the same links, and a page that
# says it lost the server within 2 s and comes back by itself (web_reconnect.py).
#
# Usage: web_pages.sh ROSTRUM_CLI [SHOTS_DIR]   (SHOTS_DIR keeps the screenshots, for docs/)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cli=$1
work=$(mktemp -d)
shots=${2:-$work/shots}
server_pid=
# Debian's python, which has Debian's Selenium: a python of the user's own (pyenv) may not.
python=/usr/bin/python3

stop_server() {
  [[ -n $server_pid ]] || return 0
  kill -TERM "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
  server_pid=
}
cleanup() {
  stop_server
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "web_pages: $*" >&2
  exit 1
}

export XDG_DATA_HOME=$work/data HOME=$work/home
mkdir -p "$HOME"
meeting=$work/meeting.rostrum
"$cli" demo "$meeting" --today >/dev/null

# Starts the server on the port asked (0: any) and waits for its four links.
start_server() {
  "$cli" serve "$meeting" --port "$1" >"$work/serve.out" 2>"$work/serve.err" &
  server_pid=$!
  for _ in $(seq 100); do
    grep -q '^chair: ' "$work/serve.out" 2>/dev/null && return 0
    kill -0 "$server_pid" 2>/dev/null || fail "serve stopped: $(cat "$work/serve.err")"
    sleep 0.1
  done
  fail "serve printed no links within 10 s"
}
link() { sed -n "s/^$1: //p" "$work/serve.out"; }
key() { link "$1" | sed 's/.*[?&]t=//'; }

start_server 0
base=$(sed -n 's/^Serving ".*" on //p' "$work/serve.out")
[[ $base == http://127.0.0.1:* ]] || fail "the first line does not say where it serves: $(head -1 "$work/serve.out")"
port=${base##*:}
viewer=$(key viewer) timekeeper=$(key timekeeper) chair=$(key chair)
first_links=$(sed -n 's/^\(viewer\|timekeeper\|staff\|chair\): //p' "$work/serve.out")

"$python" "$here/web_pages.py" --base "$base" --token-timekeeper="$timekeeper" \
  --token-viewer="$viewer" --shots "$shots"

# A second party: the command line inscribes while the server runs; the API shows it at once.
"$cli" add "$meeting" --delegation Tuvalu --speaker "Second Party" >/dev/null
seen=
for _ in $(seq 40); do
  if curl -sf -H "Authorization: Bearer $viewer" "$base/api/list" | grep -q '"Second Party"'; then
    seen=yes
    break
  fi
  sleep 0.05
done
[[ -n $seen ]] || fail "an inscription by rostrum-cli did not reach GET /api/list within 2 s"
journal=$("$cli" journal "$meeting" --limit 0)
grep -q 'web:timekeeper@127.0.0.1' <<<"$journal" || fail "the journal does not name web:timekeeper@127.0.0.1"

# Frozen (SIGSTOP: its sockets stay open, it answers nothing, as when the network is cut), then
# stopped by its PID and started again on the same port: each time the page says within 2 s that
# it lost the server, and comes back by itself, with the same links.
pidfile=$work/server2.pid
first_pid=$server_pid
reconnected=0
"$python" "$here/web_reconnect.py" --base "$base" --token="$viewer" \
  --freeze "kill -STOP $server_pid" --thaw "kill -CONT $server_pid" \
  --stop "kill -TERM $server_pid" \
  --start "'$cli' serve '$meeting' --port $port >'$work/serve2.out' 2>&1 & echo \$! >'$pidfile'; \
           for i in \$(seq 100); do grep -q '^chair: ' '$work/serve2.out' && break; sleep 0.1; done" ||
  reconnected=$?
# Whatever the page did, the server it started again is ours to stop.
kill -CONT "$first_pid" 2>/dev/null || true
status=0
if ((reconnected == 0)); then
  wait "$first_pid" || status=$?
else
  stop_server
fi
server_pid=$(cat "$pidfile" 2>/dev/null || true)
((reconnected == 0)) || fail "the page did not ride out the server's freeze and restart"
((status == 0)) || fail "serve ended with status $status on TERM, not 0"
second_links=$(sed -n 's/^\(viewer\|timekeeper\|staff\|chair\): //p' "$work/serve2.out")
[[ $second_links == "$first_links" ]] || fail "the links changed after a restart"
echo "web_pages: all checks passed"
