#!/usr/bin/env bash
# tidsatlas --check as a curator and a script run it: the bundled data checks clean (exit 0, nothing on
# stderr: no progress line for a check that takes under a second); a copy with an unknown source id, a
# conflicting figure and a figure outside its unit's years reports each under its file with the line, and
# exits 1; with only warnings it exits 0; --json is one JSON document with the same counts; --json without
# --check is refused.
# usage: check_dataset.sh TIDSATLAS DATA_DIR WORK_DIR
set -uo pipefail
app=$1 data=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# run ARGS...: stdout to $work/out, stderr to $work/err, the exit status in $rc.
run() {
    rc=0
    "$app" --no-cache "$@" >"$work/out" 2>"$work/err" || rc=$?
}

run --check --data "$data"
((rc == 0)) || fail "the bundled data: exit status $rc, expected 0"
grep -q '^No problems: 0 errors, 0 warnings' "$work/out" || { fail "the bundled data is not clean:"; cat "$work/out"; }
grep -q '^  1999  8 units: 8 exact, 0 interpolated, 0 unknown' "$work/out" || fail "no line for 1999's eight figures"
[[ -s "$work/err" ]] && { fail "stderr is not empty for the bundled data:"; cat "$work/err"; }

# A copy with problems. The figures are appended, so their lines are the file's last three.
cp -r "$data" "$work/bad"
csv="$work/bad/population.csv"
first=$(grep -m1 '^012700000,' "$csv") # Botkyrka's first figure, a second time with another value
year=$(echo "$first" | cut -d, -f3)
printf '012700000,Botkyrka,%s,1,scb-folkmangd-2024,\n' "$year" >>"$csv"
printf '012700000,Botkyrka,1901,3000,no-such-source,\n' >>"$csv"
printf '014000000,Nykvarn,1950,500,scb-folkmangd-2024,\n' >>"$csv" # Nykvarn exists from 1999
n=$(wc -l <"$csv")
run --check --data "$work/bad"
((rc == 1)) || fail "errors: exit status $rc, expected 1"
grep -q "population.csv$" "$work/out" || fail "no heading for population.csv"
grep -q "error  line $((n - 2)) (year): a second figure for 012700000 in $year: 1 (the first is on line" "$work/out" ||
    { fail "the conflicting figure on line $((n - 2)) is not reported:"; cat "$work/out"; }
grep -q "error  line $((n - 1)) (source): unknown source id 'no-such-source'" "$work/out" ||
    fail "the unknown source on line $((n - 1)) is not reported"
grep -q "warning  line $n (year): a figure for 014000000 in 1950" "$work/out" ||
    fail "the figure outside Nykvarn's years on line $n is not reported"
grep -q '^Errors found: 2 errors, 1 warning' "$work/out" || { fail "the summary is wrong:"; tail -1 "$work/out"; }

# --json: one document, the same counts, the same exit status.
run --check --json --data "$work/bad"
((rc == 1)) || fail "--json: exit status $rc, expected 1"
python3 - "$work/out" <<'PY' || fail "--json is not the documented document"
import json, sys
doc = json.load(open(sys.argv[1]))
assert doc["errors"] == 2 and doc["warnings"] == 1 and doc["exit_status"] == 1, doc
kinds = sorted(p["kind"] for p in doc["problems"])
assert kinds == ["conflict", "outside-validity", "unknown-source"], kinds
assert all("line" in p and p["file"].endswith("population.csv") for p in doc["problems"])
assert [y["year"] for y in doc["years"]][:2] == [1900, 1914], doc["years"][:2]
PY

# Only warnings: exit 0.
cp -r "$data" "$work/warn"
printf '014000000,Nykvarn,1950,500,scb-folkmangd-2024,\n' >>"$work/warn/population.csv"
run --check --data "$work/warn"
((rc == 0)) || fail "only a warning: exit status $rc, expected 0"
grep -q '^Only warnings: 0 errors, 1 warning' "$work/out" || fail "the summary does not say only warnings"

# --json needs --check.
run --json --data "$data"
((rc != 0)) || fail "--json without --check was accepted"

((failures == 0)) && echo "check: clean data exits 0, problems by file and line, JSON the same, warnings exit 0"
exit $((failures > 0))
