#!/usr/bin/env bash
# Self-test of check_include_directions.sh (ctest: include_directions_selftest): a check that cannot fail
# is no check. Builds a small clean fake tree and asserts the script passes on it; then, for each rule,
# a copy of that tree with one violation, and asserts the script fails naming the file, the line and the
# rule; finally that --directions-only ignores the size limits and --sizes-only the include rules.
set -euo pipefail

script="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/check_include_directions.sh"
work=$(mktemp -d "${TMPDIR:-/tmp}/include-directions-test.XXXXXX")
trap 'rm -rf "$work"' EXIT

failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

# A file with the given lines (creating its folders).
put() { # PATH LINE...
    local path=$1
    shift
    mkdir -p "$(dirname "$path")"
    printf '%s\n' "$@" >"$path"
}

# The clean tree: every kind of include the rules must allow.
clean="$work/clean"
make_clean_tree() {
    cd "$1"
    put geodata/include/geodata/dataset.hpp '#pragma once' '#include <string>' '#include <vector>'
    put geodata/src/dataset.cpp '#include "geodata/dataset.hpp"' '#include "gdal_reader.hpp"' \
        '#include <gdal_priv.h>' '#include <geos_c.h>' '// time(nullptr) in a comment is no clock' \
        'bool counterClockwise(int a) { return a > 0; }'
    put geodata/src/gdal_reader.hpp '#pragma once' '#include <ogrsf_frmts.h>' '#include <cpl_error.h>'
    put render/include/render/camera.hpp '#pragma once' '#include <SFML/Graphics/View.hpp>' \
        '#include "geodata/dataset.hpp"'
    put render/src/camera.cpp '#include "render/camera.hpp"' '#include "map_image.hpp"' \
        'double seconds(const Frame& frame) { return frame.time(); }'
    put render/src/map_image.hpp '#pragma once' '#include <SFML/Graphics/Texture.hpp>'
    put app/src/map_app.hpp '#pragma once' '#include "render/camera.hpp"' '#include "shell/app_shell.hpp"'
    put app/src/map_app.cpp '#include "map_app.hpp"' '#include <SFML/System/Clock.hpp>' \
        'sf::Clock clock;' 'auto t = std::chrono::steady_clock::now();'
    put app/shell/app_shell.hpp '#pragma once' '#include "modes/kiosk/kiosk_mode.hpp"' \
        '#include "modes/present/present_mode.hpp"'
    put app/modes/kiosk/kiosk_mode.hpp '#pragma once' '#include "shell/app_shell.hpp"' '#include "kiosk_panels.hpp"'
    put app/modes/kiosk/kiosk_panels.hpp '#pragma once' '#include "render/camera.hpp"'
    put app/modes/present/present_mode.hpp '#pragma once' '#include "ui/panels.hpp"'
    put app/ui/panels.hpp '#pragma once'
    put bench/bench_load.cpp '#include "geodata/dataset.hpp"' '#include "map_app.hpp"'
    put bench/generator/layer_writer.cpp '#include <gdal_priv.h>' '#include <geos_c.h>' '#include <ogr_geometry.h>'
    put tests/fixture_writer.cpp '#include <gdal_priv.h>' '#include "map_app.hpp"'
    put tests/fuzz/fuzz_entry_points.cpp '#include <cpl_vsi.h>'
    # Sizes just within the limits: 400 lines in a source file, 119 in a header.
    seq 400 | sed 's|^|// line |' >app/src/long_but_fine.cpp
    seq 119 | sed 's|^|// line |' >app/src/long_but_fine.hpp
    cd - >/dev/null
}
mkdir -p "$clean"
make_clean_tree "$clean"

# Runs the script on a tree; sets OUT and RC.
run_check() { # TREE [FLAGS...]
    local tree=$1
    shift
    RC=0
    OUT=$("$script" "$@" "$tree" 2>&1) || RC=$?
}

run_check "$clean"
if ((RC != 0)); then
    fail "the clean tree fails (status $RC):"
    printf '%s\n' "$OUT" | sed 's/^/    /'
fi

# Each case: a name, the file to add a line to, the line, and the "file:line: rule" the output must have.
# The line is appended, so its number is the file's length afterwards.
case_number=0
expect_violation() { # NAME FILE LINE RULE [FLAGS...]
    local name=$1 file=$2 text=$3 rule=$4
    shift 4
    case_number=$((case_number + 1))
    local tree="$work/case$case_number"
    cp -r "$clean" "$tree"
    mkdir -p "$(dirname "$tree/$file")"
    printf '%s\n' "$text" >>"$tree/$file"
    local line
    line=$(wc -l <"$tree/$file")
    run_check "$tree" "$@"
    local expected="$file:$line: $rule:"
    if ((RC != 1)); then
        fail "$name: expected status 1, got $RC; output:"
        printf '%s\n' "$OUT" | sed 's/^/    /'
    elif ! grep -qF -- "$expected" <<<"$OUT"; then
        fail "$name: output does not name '$expected':"
        printf '%s\n' "$OUT" | sed 's/^/    /'
    elif (($(grep -c ': [a-z-]*: ' <<<"$OUT") != 1)); then
        fail "$name: expected exactly one problem:"
        printf '%s\n' "$OUT" | sed 's/^/    /'
    else
        echo "ok: $name -> $expected"
    fi
}

expect_violation "render includes an app header by name" \
    render/src/camera.cpp '#include "map_app.hpp"' lower-includes-app
expect_violation "geodata includes an app header by path relative to app/" \
    geodata/src/dataset.cpp '#include "modes/kiosk/kiosk_mode.hpp"' lower-includes-app
expect_violation "render includes an app header by a relative path" \
    render/src/map_image.hpp '#include "../../app/ui/panels.hpp"' lower-includes-app
expect_violation "geodata includes SFML" \
    geodata/src/gdal_reader.hpp '#include <SFML/Graphics/Color.hpp>' geodata-includes-ui
expect_violation "geodata includes a render header" \
    geodata/include/geodata/dataset.hpp '#include "render/camera.hpp"' geodata-includes-ui
expect_violation "render includes GDAL" \
    render/src/camera.cpp '#include <gdal_priv.h>' gdal-geos-outside
expect_violation "app includes OGR" \
    app/src/map_app.cpp '#include <ogr_geometry.h>' gdal-geos-outside
expect_violation "a mode includes GEOS" \
    app/modes/kiosk/kiosk_panels.hpp '#include <geos_c.h>' gdal-geos-outside
expect_violation "a benchmark includes CPL" \
    bench/bench_load.cpp '#include "cpl_conv.h"' gdal-geos-outside
expect_violation "a mode includes another mode" \
    app/modes/present/present_mode.hpp '#include "modes/kiosk/kiosk_panels.hpp"' mode-includes-mode
expect_violation "a mode includes another mode by a relative path" \
    app/modes/kiosk/kiosk_panels.hpp '#include "../present/present_mode.hpp"' mode-includes-mode
expect_violation "render reads sf::Clock" \
    render/src/camera.cpp 'sf::Clock clock;' clock-below-app
expect_violation "geodata reads steady_clock" \
    geodata/src/dataset.cpp 'const auto start = std::chrono::steady_clock::now();' clock-below-app
expect_violation "geodata calls time()" \
    geodata/src/dataset.cpp 'const auto now = std::time(nullptr);' clock-below-app
expect_violation "render calls clock_gettime" \
    render/src/map_image.hpp 'clock_gettime(CLOCK_MONOTONIC, &ts);' clock-below-app
expect_violation "a source file under app/ over 400 lines" \
    app/src/long_but_fine.cpp '// line 401' app-file-size
expect_violation "a header under app/ of 120 lines" \
    app/src/long_but_fine.hpp '// line 120' app-header-size
expect_violation "--sizes-only still sees sizes" \
    app/src/long_but_fine.hpp '// line 120' app-header-size --sizes-only

# --directions-only ignores sizes; --sizes-only ignores includes.
tree="$work/flags"
cp -r "$clean" "$tree"
echo '// line 401' >>"$tree/app/src/long_but_fine.cpp"
run_check "$tree" --directions-only
((RC == 0)) || fail "--directions-only fails on a size problem: $OUT"
echo '#include "map_app.hpp"' >>"$tree/render/src/camera.cpp"
run_check "$tree" --sizes-only
((RC == 1)) && grep -q app-file-size <<<"$OUT" && ! grep -q lower-includes-app <<<"$OUT" ||
    fail "--sizes-only: expected only the size problem: $OUT"
run_check "$work/no-such-tree"
((RC == 2)) || fail "a missing tree: expected status 2, got $RC"

if ((failures > 0)); then
    echo "$failures check(s) of check_include_directions.sh failed"
    exit 1
fi
echo "check_include_directions.sh: all $case_number violations found, clean tree passes"
