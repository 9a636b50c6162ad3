#!/usr/bin/env bash
# The chimes heard for real (issue 14). A PulseAudio of the test's own, with a null sink in place
# of the room's loudspeakers, takes what the console plays while a speaker's clock passes the
# warning and zero; parec records the sink's monitor, sox finds where each chime starts in the
# recording, and each must start within 150 ms of the instant the console logged as its due
# (ROSTRUM_CUE_LOG). Then the same console with no sound server at all: it says so once, on its
# standard error as on the screen, and carries on.
#
# The recording is put on the wall clock by the instant its first sample arrived (the file
# polled every millisecond, less the length of what had arrived) and, to check that, by the
# instant parec was stopped less the length of the whole recording. Both read late by the
# capture latency (10 ms asked), which makes each onset look later than it was, never earlier.
# The null sink consumes the chime as a sound card would play it; a real card adds its own
# output latency, a few milliseconds, which no recording of a monitor can see.
#
# Usage: chimes_onset.sh ROSTRUM ROSTRUM_CLI      (under xvfb-run, as CTest runs it)
#        CHIMES_ONSET_KEEP=1 keeps the recording and the logs for a look.
set -euo pipefail
gui=$1
cli=$2
tolerance_ms=150
rate=48000
work=$(mktemp -d)
pulse_pid= parec_pid= app_pid=

# Ends one of the processes this script started, by its PID, and waits for it.
stop() {
  local pid=$1 signal=${2:-TERM}
  [[ -n $pid ]] || return 0
  kill "-$signal" "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
cleanup() {
  stop "$app_pid"
  stop "$parec_pid" INT
  stop "$pulse_pid"
  if [[ -n ${CHIMES_ONSET_KEEP:-} ]]; then
    echo "chimes_onset: the recording, logs and meetings are kept in $work" >&2
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT

fail() {
  echo "chimes_onset: FAIL: $*" >&2
  exit 1
}

for tool in pulseaudio pactl parec sox xdotool python3; do
  command -v "$tool" >/dev/null || fail "$tool is not installed (scripts/debian-packages.txt lists it)"
done

now_ms() { date +%s%3N; }

# A sound server of our own, on a socket in our own folder: never the desktop's, and CI runs as
# root, where PulseAudio wants --system unless told otherwise.
export HOME="$work/home" XDG_RUNTIME_DIR="$work/run" XDG_CONFIG_HOME="$work/config"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME"
chmod 700 "$XDG_RUNTIME_DIR"
socket="$XDG_RUNTIME_DIR/pulse-native"
cat >"$work/pulse.pa" <<EOF
load-module module-null-sink sink_name=room rate=$rate sink_properties=device.description=Room
load-module module-native-protocol-unix socket=$socket auth-anonymous=1
set-default-sink room
EOF
pulseaudio -n --daemonize=no --exit-idle-time=-1 --system=false --use-pid-file=no \
  --disallow-module-loading -F "$work/pulse.pa" --log-target=file:"$work/pulse.log" &
pulse_pid=$!
export PULSE_SERVER="unix:$socket"
for _ in $(seq 100); do
  pactl info >/dev/null 2>&1 && break
  kill -0 "$pulse_pid" 2>/dev/null || break
  sleep 0.1
done
pactl info >/dev/null 2>&1 ||
  fail "PulseAudio did not start, so nothing can be recorded: $(tail -n 5 "$work/pulse.log" 2>/dev/null | tr '\n' ' ')"

# Latvia at the rostrum with 0:35: the warning (0:30 left) 5 s after the start. Once it has
# chimed, 20 s are taken away from another process, so zero comes about 10 s later: the console
# must aim again at a change it did not make. The 10 s are room for a loaded machine: were the
# command line and the console's next look to take over 5 s, the speaker would pass zero before
# the console knew, and no chime would be due.
file="$work/cues.rostrum"
"$cli" new "$file" --title "Chimes heard" --date "$(date +%F)" --start 00:00 --end 23:59 \
  --limit 0:35 >/dev/null
"$cli" add "$file" --delegation Latvia >/dev/null

# The console, in English whatever the environment speaks, found by its English title.
start_console() {
  local meeting=$1 log=$2 cues=$3
  ROSTRUM_CUE_LOG="$cues" "$gui" --language en --size 1200x680 "$meeting" >"$log" 2>&1 &
  app_pid=$!
  local wid=
  for _ in $(seq 200); do
    wid=$(xdotool search --onlyvisible --name 'Rostrum' 2>/dev/null | head -n 1 || true)
    [[ -n $wid ]] && break
    kill -0 "$app_pid" 2>/dev/null || fail "the console quit at start: $(tail -n 5 "$log" | tr '\n' ' ')"
    sleep 0.1
  done
  [[ -n $wid ]] || fail "the console's window never appeared"
  sleep 1 # the chimes load once the meeting is open
}

# Waits up to 30 s for a line of the cue log that starts with the cue's name. Failing, it says
# what the file and the console said at that moment, for the next engineer to read.
wait_cue() {
  local cue=$1 cues=$2 meeting=$3 log=$4
  for _ in $(seq 300); do
    grep -q "^$cue " "$cues" 2>/dev/null && return 0
    sleep 0.1
  done
  fail "the console never played the $cue chime (cue log: $(cat "$cues" 2>/dev/null | tr '\n' ';'))" \
    "at $(now_ms); the file: $("$cli" status "$meeting" --format json 2>&1 | tr '\n' ' ');" \
    "the console: $(tail -n 5 "$log" | tr '\n' ' ')"
}

cues="$work/cues.log"
start_console "$file" "$work/console.log" "$cues"

# parec writes raw samples, so a byte count is a duration; the first that arrive date the file.
recording="$work/room.raw"
parec -d room.monitor --raw --format=s16le --rate=$rate --channels=1 --latency-msec=10 \
  >"$recording" &
parec_pid=$!
first=$(python3 - "$recording" "$rate" <<'EOF'
import os, sys, time
path, rate = sys.argv[1], int(sys.argv[2])
deadline = time.time() + 10
while time.time() < deadline:
    size = os.path.getsize(path)
    if size > 0:
        # The wall-clock instant of the first sample: now, less what has already arrived.
        print(int(round(time.time() * 1000 - size / 2 / rate * 1000)))
        sys.exit(0)
    time.sleep(0.001)
sys.exit(1)
EOF
) || fail "parec recorded nothing from the null sink's monitor in 10 s"

"$cli" start "$file" >/dev/null
wait_cue warning "$cues" "$file" "$work/console.log"
taken_from=$(now_ms)
"$cli" add-time "$file" -20 >/dev/null
echo "chimes_onset: 20 s taken away at $taken_from, in $(($(now_ms) - taken_from)) ms"
wait_cue zero "$cues" "$file" "$work/console.log"
sleep 1.5 # the zero chime lasts 0.9 s
stopped=$(now_ms)
stop "$parec_pid" INT
parec_pid=
stop "$app_pid"
app_pid=
bytes=$(stat -c %s "$recording")
recorded_ms=$((bytes * 1000 / (2 * rate)))
by_end=$((stopped - recorded_ms))
echo "chimes_onset: recording of $recorded_ms ms; its first sample at" \
  "$first by its start, $by_end by its end ($((by_end - first)) ms apart)"
((by_end - first < 30 && first - by_end < 30)) ||
  fail "the recording cannot be put on the wall clock: its two datings are $((by_end - first)) ms apart"
origin=$(((first + by_end) / 2))

# Where the first sound starts after a point of the recording, in ms from that point: sox's
# silence effect cuts what comes before the first 0.1 ms above 0.3 % of full scale (-50 dBFS; the
# null sink is digital silence until the console plays), and what is left says where that was.
onset_after() {
  local from_ms=$1 left
  left=$(sox -t raw -r $rate -e signed -b 16 -c 1 "$recording" -n trim "$((from_ms / 1000)).$(printf %03d $((from_ms % 1000)))" \
    silence 1 0.0001 0.3% stat 2>&1 | awk '/^Length/ {print $3}')
  python3 -c "left = ${left:-0}
print(round(($bytes / (2 * $rate) - $from_ms / 1000 - left) * 1000) if left > 0 else 'none')"
}

status=0
while read -r cue due played; do
  # The first sound from 1 s before the due instant: the chime before it ended seconds ago.
  from_ms=$((due - origin - 1000))
  ((from_ms >= 0)) || fail "the $cue chime was due before the recording started"
  after_ms=$(onset_after "$from_ms")
  [[ $after_ms != none ]] || fail "no sound after the $cue chime's instant in the recording"
  onset=$((origin + from_ms + after_ms))
  offset=$((onset - due))
  echo "chimes_onset: $cue chime due at $due, played at $played ($((played - due)) ms)," \
    "heard from $onset: onset $offset ms after its instant"
  ((offset <= tolerance_ms && -offset <= tolerance_ms)) || {
    echo "chimes_onset: FAIL: the $cue chime's onset is $offset ms from its instant (at most $tolerance_ms)" >&2
    status=1
  }
done <"$cues"
[[ $(wc -l <"$cues") -eq 2 ]] || fail "expected one warning and one zero chime, the log has: $(tr '\n' ';' <"$cues")"
((status == 0)) || exit 1
stop "$pulse_pid"
pulse_pid=

# No sound server at all: the console says so once, plays nothing, and runs on through both
# thresholds as the chair goes on with the meeting.
export PULSE_SERVER="unix:$work/no-server-here/native"
silent="$work/silent.rostrum"
"$cli" new "$silent" --title "Chimes unheard" --date "$(date +%F)" --start 00:00 --end 23:59 \
  --limit 0:32 >/dev/null
"$cli" add "$silent" --delegation Estonia >/dev/null
silent_cues="$work/silent-cues.log"
start_console "$silent" "$work/silent.log" "$silent_cues"
"$cli" start "$silent" >/dev/null
sleep 3 # past the warning, 2 s after the start
kill -0 "$app_pid" 2>/dev/null || fail "the console quit with no sound server: $(tail -n 5 "$work/silent.log" | tr '\n' ' ')"
"$cli" add-time "$silent" -29 >/dev/null # zero, 1 s from now
sleep 2
kill -0 "$app_pid" 2>/dev/null || fail "the console quit at zero with no sound server"
xdotool search --onlyvisible --name 'Rostrum' >/dev/null || fail "the console's window went away"
said=$(grep -c 'No sound output: the chimes are off on this console.' "$work/silent.log" || true)
[[ $said -eq 1 ]] || fail "with no sound server the console should say so once; it said so $said times: $(tr '\n' ' ' <"$work/silent.log")"
[[ ! -s $silent_cues ]] || fail "with no sound server the console logged cues as played: $(tr '\n' ';' <"$silent_cues")"
echo "chimes_onset: with no sound server the console said so once and ran on through both thresholds"
