#!/usr/bin/env bash
# The timekeeper's display on a second screen of a real X server with no window manager (as
# plain Xvfb is): `rostrum --demo --display 1` must fill screen 1, F11 must bring it back to a
# window and F11 again to full screen; `--display 0` must fill screen 0. Without a window
# manager nothing honours the full-screen state, so only a display that sets its own geometry
# passes. Run under an X server with two screens: -screen 0 1280x720x24 -screen 1 1920x1080x24.
# Xvfb runs with -noreset: it would otherwise reset when the first program quits and refuse the
# next one for a moment ("Could not load the Qt platform plugin \"xcb\"").
# Usage: display_fullscreen.sh ROSTRUM
set -euo pipefail
gui=$1
work=$(mktemp -d)
trap '[[ -n ${app_pid:-} ]] && kill "$app_pid" 2>/dev/null; rm -rf "$work"' EXIT

fail() {
  echo "display_fullscreen: $*" >&2
  exit 1
}

# "WIDTHxHEIGHT SCREEN" of a window, as the X server has it.
geometry_of() {
  xdotool getwindowgeometry "$1" | awk '/Position/ {gsub(/[()]/, ""); screen=$NF}
                                        /Geometry/ {size=$2} END {print size, screen}'
}

# Waits up to 5 s for the window to have that geometry.
wait_geometry() {
  local wid=$1 want=$2 got=
  for _ in $(seq 50); do
    got=$(geometry_of "$wid")
    [[ $got == "$want" ]] && return 0
    sleep 0.1
  done
  fail "expected the display at '$want', it is at '$got'"
}

# Gives the window the keyboard and waits until the X server says it has it.
focus_window() {
  local wid=$1
  for _ in $(seq 50); do
    xdotool windowfocus "$wid" 2>/dev/null || true
    [[ $(xdotool getwindowfocus 2>/dev/null) == "$wid" ]] && { sleep 0.2; return 0; }
    sleep 0.1
  done
  fail "the display never got the keyboard"
}

display_window() {
  local wid=
  for _ in $(seq 100); do
    wid=$(xdotool search --onlyvisible --name 'Timekeeper' 2>/dev/null | head -n 1 || true)
    [[ -n $wid ]] && { echo "$wid"; return 0; }
    sleep 0.1
  done
  fail "the timekeeper's display never appeared: $(tail -n 5 "$work/gui.log" | tr "\n" " ")"
}

# In English whatever the environment speaks: the display is found by its English title.
run() {
  HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" \
    "$gui" --language en --demo --size 1200x680 "$@" >"$work/gui.log" 2>&1 &
  app_pid=$!
}

stop() {
  kill "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  app_pid=
}

# On the second screen: full screen there, F11 to a window and back.
run --display 1
wid=$(display_window)
wait_geometry "$wid" "1920x1080 1"
focus_window "$wid"
xdotool key F11
wait_geometry "$wid" "960x540 1"
xdotool key F11
wait_geometry "$wid" "1920x1080 1"
echo "display_fullscreen: --display 1 filled screen 1 (1920x1080); F11 gave 960x540 and back"
stop

# On the chair's own screen when asked for by index: full screen there too.
run --display 0
wid=$(display_window)
wait_geometry "$wid" "1280x720 0"
focus_window "$wid"
xdotool key F11
wait_geometry "$wid" "960x540 0"
echo "display_fullscreen: --display 0 filled screen 0 (1280x720); F11 gave a window"
stop
