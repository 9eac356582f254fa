#!/usr/bin/env bash
# A year outside the data, asked of a one-shot command (--list, --export-png, --export-video), is refused
# with a non-zero exit and one line on stderr naming the years the data covers, read from the data: from
# the first year a boundary is valid (1863 in the bundled data) to the last year (dataset.json "years":
# 2009), and for a copy whose dataset.json ends in 2000, 1863–2000. A year inside still works. Before,
# `--list --year 1800` printed nothing and exited 0, and `--export-png` wrote
# an empty sea reading "1800 · 0 kommuner".
# usage: years_outside_the_data.sh TIDSATLAS DATA_DIR WORK_DIR
set -uo pipefail
app=$1 data=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# expect_refused RANGE ARGS...: exit status not 0, stderr names RANGE, no output file left behind.
expect_refused() {
    local range=$1
    shift
    local rc=0
    "$app" --no-cache "$@" >"$work/out" 2>"$work/err" || rc=$?
    if ((rc == 0)); then fail "$* exited 0"; fi
    if ! grep -q "covers $range" "$work/err"; then fail "$*: stderr does not say 'covers $range':"; cat "$work/err"; fi
    if [[ -s "$work/out" ]]; then fail "$*: printed on stdout:"; head -3 "$work/out"; fi
}

expect_refused 1863–2009 --data "$data" --list --year 1800
expect_refused 1863–2009 --data "$data" --list --year 2010
expect_refused 1863–2009 --data "$data" --export-png "$work/y.png" --year 1800 --size 320x180
[[ -e "$work/y.png" ]] && fail "--export-png --year 1800 wrote a picture"
expect_refused 1863–2009 --data "$data" --export-video "$work/v.gif" --from 1800 --to 1952 --size 160x90
expect_refused 1863–2009 --data "$data" --export-video "$work/v.gif" --from 1952 --to 2050 --size 160x90
# Issue 19's case: both years before the data.
expect_refused 1863–2009 --data "$data" --export-video "$work/v.gif" --from 1800 --to 1801 --size 160x90
[[ -e "$work/v.gif" ]] && fail "--export-video --from 1800 wrote a video"

# The range is the data's, not a constant: another dataset.json, another range.
cp -r "$data" "$work/other"
rm -f "$work/other/timeline.json" "$work/other/population.csv" "$work/other/story.json" # only the boundaries
sed -i 's/"years": \[1900, 2009\]/"years": [1910, 2000]/' "$work/other/dataset.json"
grep -q '"years": \[1910, 2000\]' "$work/other/dataset.json" || fail "could not edit the copy's dataset.json"
expect_refused 1863–2000 --data "$work/other" --list --year 1800
expect_refused 1863–2000 --data "$work/other" --export-png "$work/z.png" --year 2005 --size 320x180

# Inside the data nothing changes: 1952 has 17 municipalities, and 1880 (before the timeline's first year,
# but the boundaries hold) 27.
lines=$("$app" --no-cache --data "$data" --list --year 1952 2>/dev/null | wc -l)
[[ $lines == 17 ]] || fail "--list --year 1952 printed $lines lines, expected 17"
lines=$("$app" --no-cache --data "$data" --list --year 1880 2>/dev/null | wc -l)
[[ $lines == 27 ]] || fail "--list --year 1880 printed $lines lines, expected 27"

((failures == 0)) && echo "years outside the data: all refused with the data's range"
exit $((failures > 0))
