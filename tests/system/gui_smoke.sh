#!/usr/bin/env bash
# A real window under Xvfb: open the demo meeting in the console, press Space and N as a chair
# would, then ask rostrum-cli on the same file whether the clock ran and the speaker changed.
# Usage: gui_smoke.sh ROSTRUM ROSTRUM_CLI
set -euo pipefail
gui=$1
cli=$2
work=$(mktemp -d)
trap 'kill "${app_pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
file="$work/smoke.rostrum"
"$cli" demo "$file" >/dev/null
first=$("$cli" list "$file" --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["delegation"])')
second=$("$cli" list "$file" --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)[1]["delegation"])')

# Wait for a condition on `rostrum-cli status --format json`, up to 10 s.
wait_for() {
  local expr=$1
  for _ in $(seq 100); do
    if "$cli" status "$file" --format json | python3 -c "import json,sys; s=json.load(sys.stdin); sys.exit(0 if ($expr) else 1)" 2>/dev/null; then
      return 0
    fi
    sleep 0.1
  done
  echo "gui_smoke: timed out waiting for: $expr" >&2
  "$cli" status "$file" >&2 || true
  return 1
}

# In English whatever the environment speaks: the window is found by its English title.
HOME="$work" "$gui" --language en "$file" &
app_pid=$!
wid=$(xdotool search --sync --onlyvisible --name 'Rostrum' | head -n 1)
xdotool windowfocus --sync "$wid" 2>/dev/null || xdotool windowfocus "$wid"
sleep 0.5

xdotool key space
wait_for "s.get('running') is True and (s.get('current') or {}).get('delegation') == '$first'"
sleep 1.2
xdotool key n
wait_for "(s.get('current') or {}).get('delegation') == '$second'"

spoke=$("$cli" list "$file" --all --format json | python3 -c "
import json,sys
rows=[r for r in json.load(sys.stdin) if r['status']=='spoke']
print(rows[0]['delegation'] if rows else '')")
[[ $spoke == "$first" ]] || { echo "gui_smoke: expected $first to have spoken, got '$spoke'" >&2; exit 1; }
echo "gui_smoke: Space started the clock for $first; N called $second"
