#!/usr/bin/env bash
# tidsatlas --import-population as a curator runs it, on a copy of the data folder and the hand-made
# fixtures in tests/fixtures/import (made-up figures): the report's sections, exit statuses, population.csv
# kept byte for byte where it must be, --replace, --dry-run, a second run that finds everything there, the
# refusals (no --source, a source not in sources.csv, an unreadable table, a broken population.csv), and an
# import interrupted by a file-size limit half-way through writing, which leaves the old file as it was.
# usage: import_population.sh TIDSATLAS DATA_DIR WORK_DIR
set -uo pipefail
app=$1 data=$2 work=$3
fixtures=$(cd "$(dirname "$0")/../fixtures/import" && pwd)
rm -rf "$work" && mkdir -p "$work"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# A fresh copy of the data with a sources.csv that has the id the imports cite.
fresh() {
    rm -rf "$work/data" && cp -r "$data" "$work/data"
    if [[ ! -f "$work/data/sources.csv" ]]; then echo "id,short_sv,short_en,reference,url,licence" >"$work/data/sources.csv"; fi
    echo 'scb-test,SCB (test),Statistics Sweden (test),"Made-up test table",,' >>"$work/data/sources.csv"
    cp "$work/data/population.csv" "$work/before.csv"
}
# run ARGS...: the import, stdout in $work/out, stderr in $work/err, status in $rc.
run() {
    rc=0
    "$app" --no-cache "$@" >"$work/out" 2>"$work/err" || rc=$?
}
expect_out() { grep -qF -- "$1" "$work/out" || { fail "stdout lacks '$1':"; cat "$work/out"; }; }
expect_err() { grep -qF -- "$1" "$work/err" || { fail "stderr lacks '$1':"; cat "$work/err"; }; }
unchanged() { cmp -s "$work/before.csv" "$work/data/population.csv" || fail "$1: population.csv changed"; }
no_temporary() {
    local left
    left=$(find "$work/data" -name '.population.csv.import-*' | head -1)
    [[ -z $left ]] || fail "$1: a temporary file was left behind: $left"
}

# 1. The Latin-1 semicolon export: what was added, skipped and why, the conflicts kept; old rows untouched.
fresh
run --import-population "$fixtures/scb_semicolon_latin1.csv" --data "$work/data" --source scb-test
((rc == 0)) || fail "import exited $rc: $(cat "$work/err")"
expect_out "SCB CSV (';', Latin-1)"
expect_out "not a figure, ignored: line 10: .. = uppgift saknas"
expect_out "Added 8 figures:"
expect_out "+ 014000000 Nykvarn kommun (version 1999–): 2000 (1 figure)"
expect_out "! 018100000 1997–1998: the source is on today's boundaries; the map's Södertälje kommun of 1971–1998 had other boundaries"
expect_out "≠ 014000000 Nykvarn kommun 1999: line"
expect_out "kept (--replace writes the table's figure)"
expect_out "- 0140 Nykvarn 1997–1998: no figure in the source ('..')"
expect_out "- 00 Riket 1997–2000: no unit with this code or name in the boundary data"
expect_out "Summary: 8 added, 0 replaced, 4 conflicts kept, 0 already there, 8 skipped."
size=$(stat -c %s "$work/before.csv")
cmp -s -n "$size" "$work/before.csv" "$work/data/population.csv" || fail "the rows already there changed"
added=$(($(wc -l <"$work/data/population.csv") - $(wc -l <"$work/before.csv")))
((added == 8)) || fail "population.csv gained $added lines, expected 8"
grep -q '^014000000,Nykvarn kommun,2000,30004,scb-test,' "$work/data/population.csv" || fail "Nykvarn 2000 not written"
no_temporary "import"
# The app reads the result: --list still works and nothing is refused.
"$app" --no-cache --data "$work/data" --list --year 2000 >/dev/null 2>"$work/err" || fail "--list on the imported data failed"
[[ ! -s "$work/err" ]] || { fail "the imported data has problems:"; cat "$work/err"; }

# 2. The same import again: everything is there; the file is not touched.
cp "$work/data/population.csv" "$work/before.csv"
run --import-population "$fixtures/scb_semicolon_latin1.csv" --data "$work/data" --source scb-test
((rc == 0)) || fail "second import exited $rc"
expect_out "Already there with the same figure: 8 figures"
expect_out "Nothing to write"
unchanged "second import"

# 3. --dry-run --replace reports the replacements and writes nothing; --replace writes them.
run --import-population "$fixtures/scb_semicolon_latin1.csv" --data "$work/data" --source scb-test --replace --dry-run
expect_out "replaced by the table's figure"
expect_out "Dry run:"
unchanged "--dry-run"
run --import-population "$fixtures/scb_semicolon_latin1.csv" --data "$work/data" --source scb-test --replace
((rc == 0)) || fail "--replace exited $rc"
expect_out "Summary: 0 added, 4 replaced, 0 conflicts kept"
grep -q '^014000000,Nykvarns kommun,1999,30003,scb-test,' "$work/data/population.csv" || fail "Nykvarn 1999 not replaced (the name column as the curator wrote it)"
grep -q '^014000000,Nykvarns kommun,1999,8052,' "$work/data/population.csv" && fail "the old Nykvarn 1999 row is still there"
[[ $(wc -l <"$work/data/population.csv") == $(wc -l <"$work/before.csv") ]] || fail "--replace changed the number of lines"

# 4. JSON-stat, into a fresh copy.
fresh
run --import-population "$fixtures/jsonstat_value_array.json" --data "$work/data" --source scb-test
((rc == 0)) || fail "JSON-stat import exited $rc"
expect_out "JSON-stat 2.0"
expect_out "contents: Folkmängd"
expect_out "- 0138 Tyresö 2000: no figure in the source ('.')"

# 5. Refusals: status and message, and population.csv as it was.
fresh
run --import-population "$fixtures/jsonstat_value_array.json" --data "$work/data"
((rc == 2)) || fail "without --source: exit $rc, expected 2"
expect_err "--import-population needs --source ID"
run --import-population "$fixtures/jsonstat_value_array.json" --data "$work/data" --source no-such-source
((rc == 1)) || fail "unknown source: exit $rc, expected 1"
expect_err "no source 'no-such-source' in $work/data/sources.csv"
echo '{"version": "2.0", "class": ' >"$work/broken.json"
run --import-population "$work/broken.json" --data "$work/data" --source scb-test
((rc == 1)) || fail "broken table: exit $rc, expected 1"
expect_err "$work/broken.json: invalid JSON"
expect_err "nothing imported"
printf 'region;kön;1990\n0127 Botkyrka;män;1\n0127 Botkyrka;kvinnor;2\n' >"$work/kon.csv"
run --import-population "$work/kon.csv" --data "$work/data" --source scb-test
((rc == 1)) || fail "two sexes: exit $rc, expected 1"
expect_err "column 'kön' has several values (kvinnor, män): fetch the table with one of them, or the total"
unchanged "refusals"
cp "$work/data/population.csv" "$work/good.csv"
printf '012700000,Botkyrka kommun,1999,12 345,scb-test,\n' >>"$work/data/population.csv"
cp "$work/data/population.csv" "$work/before.csv"
run --import-population "$fixtures/jsonstat_value_array.json" --data "$work/data" --source scb-test
((rc == 1)) || fail "broken population.csv: exit $rc, expected 1"
expect_err "has problems; fix them first"
expect_err "population '12 345' is not a number"
unchanged "broken population.csv"
cp "$work/good.csv" "$work/data/population.csv"
cp "$work/good.csv" "$work/before.csv"

# 6. Interrupted: a file-size limit of 4 KiB stops the write of the new population.csv half-way. The old
# file stays byte for byte, no temporary file is left, and the message says so.
run_limited() { (ulimit -f 4 && exec "$app" --no-cache "$@") >"$work/out" 2>"$work/err"; rc=$?; }
run_limited --import-population "$fixtures/scb_semicolon_latin1.csv" --data "$work/data" --source scb-test
((rc == 1)) || fail "interrupted import: exit $rc, expected 1"
expect_err "cannot write"
expect_err "population.csv is unchanged"
unchanged "interrupted import"
no_temporary "interrupted import"

((failures == 0)) && echo "import population: reports, exit statuses, kept bytes and the interrupted write all as expected"
exit $((failures > 0))
