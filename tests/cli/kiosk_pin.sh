#!/usr/bin/env bash
# A kiosk never runs on the published PIN because its config is wrong (issue 19, case 8). Before,
# `{"pin": ""}` was reported and the kiosk started with the default 2468, printed in the docs, as the way
# out. Now an unreadable PIN stops the kiosk from starting (status 78, EX_CONFIG, which the systemd unit
# does not restart) with a line naming the file and the key; without any config, the kiosk starts on the
# default PIN and the log warns at every start. Needs an X display (the kiosk's window).
# usage: kiosk_pin.sh TIDSATLAS DATA_DIR WORK_DIR
set -uo pipefail
app=$1 data=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
export XDG_STATE_HOME="$work/state" # the kiosk's default log stays here
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
if [[ -z "${DISPLAY:-}" ]]; then
    echo "no X display (run under xvfb-run)"
    exit 1
fi
heartbeat="$work/heartbeat"
kiosk() { # kiosk NAME ARGS...: runs the kiosk for at most 4 s; returns its status
    local name=$1
    shift
    local rc=0
    timeout -s TERM 4 "$app" --data "$data" --no-cache --size 320x180 --kiosk --log "$work/$name.log" "$@" \
        >"$work/$name.out" 2>"$work/$name.err" || rc=$?
    return $rc
}

for pin in '""' '2468' '"12a4"' 'null'; do
    printf '{"pin": %s, "heartbeatFile": "%s"}\n' "$pin" "$heartbeat" >"$work/config.json"
    rc=0
    kiosk bad --config "$work/config.json" || rc=$?
    ((rc == 78)) || fail "pin $pin: the kiosk exited $rc, expected 78 (it must not start)"
    grep -q "$work/config.json /pin: .*The kiosk does not start" "$work/bad.err" ||
        { fail "pin $pin: no line naming the file and the key:"; cat "$work/bad.err"; }
    grep -q "started in kiosk mode" "$work/bad.log" && fail "pin $pin: the kiosk started"
done
echo '{"pin": ' >"$work/broken.json"
rc=0
kiosk broken --config "$work/broken.json" || rc=$?
((rc == 78)) || fail "a config that is not JSON: the kiosk exited $rc, expected 78"

# No config: it starts (and runs until the timeout's TERM), warning of the published PIN.
rc=0
kiosk none || rc=$?
grep -q "started in kiosk mode" "$work/none.log" || fail "without a config the kiosk did not start"
grep -q "the kiosk runs on the default PIN" "$work/none.log" ||
    { fail "without a config the log does not warn of the default PIN:"; cat "$work/none.log"; }
# A config with a PIN of its own: no warning.
printf '{"pin": "5937", "heartbeatFile": "%s"}\n' "$heartbeat" >"$work/good.json"
kiosk good --config "$work/good.json" || true
grep -q "started in kiosk mode" "$work/good.log" || fail "with a good PIN the kiosk did not start"
grep -q "default PIN" "$work/good.log" && fail "with its own PIN the kiosk still warns of the default one"

((failures == 0)) && echo "kiosk PIN: an unreadable PIN stops the kiosk, the default one is warned about"
exit $((failures > 0))
