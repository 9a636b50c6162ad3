#!/usr/bin/env bash
# The web server under a battery of bad requests, frames and connections (web_battery.py):
# `rostrum-cli serve` on a demo meeting, on 127.0.0.1, sent malformed HTTP, oversize bodies, bad
# JSON to every act, bad WebSocket frames, 1,000 connections at once and 300 WebSockets, and
# every act with every key that may not do it. The server must stay up and answer after every
# case, no act may be done without the right key or for a malformed body, and the limits of
# ui/web/weblimits.h must hold. Then the server must still end cleanly on TERM.
#
# Usage: web_battery.sh ROSTRUM_CLI
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cli=$1
work=$(mktemp -d)
server_pid=
# Debian's python: the battery needs its standard library only.
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
  echo "web_battery: $*" >&2
  exit 1
}

# 1,000 connections at once: the server (and the battery) need more files than a default 1,024.
hard=$(ulimit -Hn)
if [[ $hard == unlimited ]] || ((hard > 65536)); then hard=65536; fi
if (($(ulimit -Sn) < hard)); then ulimit -Sn "$hard" 2>/dev/null || true; fi

export XDG_DATA_HOME=$work/data HOME=$work/home
mkdir -p "$HOME"
meeting=$work/meeting.rostrum
"$cli" demo "$meeting" --today >/dev/null

"$cli" serve "$meeting" --port 0 >"$work/serve.out" 2>"$work/serve.err" &
server_pid=$!
for _ in $(seq 100); do
  grep -q '^chair: ' "$work/serve.out" 2>/dev/null && break
  kill -0 "$server_pid" 2>/dev/null || fail "serve stopped: $(cat "$work/serve.err")"
  sleep 0.1
done
grep -q '^chair: ' "$work/serve.out" || fail "serve printed no links within 10 s"
base=$(sed -n 's/^Serving ".*" on //p' "$work/serve.out")
[[ $base == http://127.0.0.1:* ]] || fail "the first line does not say where it serves: $(head -1 "$work/serve.out")"
key() { sed -n "s/^$1: //p" "$work/serve.out" | sed 's/.*[?&]t=//'; }

status=0
"$python" "$here/web_battery.py" --base "$base" --token-viewer="$(key viewer)" \
  --token-timekeeper="$(key timekeeper)" --token-staff="$(key staff)" \
  --token-chair="$(key chair)" --cli "$cli" --meeting "$meeting" \
  --server-pid "$server_pid" --server-log "$work/serve.err" || status=$?

kill -0 "$server_pid" 2>/dev/null || fail "the server is gone after the battery: $(cat "$work/serve.err")"
kill -TERM "$server_pid"
serve_status=0
wait "$server_pid" || serve_status=$?
server_pid=
((serve_status == 0)) || fail "serve ended with status $serve_status on TERM, not 0"
((status == 0)) || fail "the battery found violations (FAIL lines above)"
echo "web_battery: all checks passed"
