#!/usr/bin/env bash
# Checks an installed tidsatlas tree: what `cmake --install` or the Debian package puts under /usr.
# Used by ./dev package on the unpacked .deb and by ctest (test installed_tree) on `cmake --install`
# into a scratch folder.
#
# usage: packaging/check_installed_tree.sh [--require-tools] ROOT
#   ROOT             the folder that stands for / (ROOT/usr/bin/tidsatlas, ROOT/usr/share/…)
#   --require-tools  fail when a validator is missing instead of skipping its check
#
# Checks: every file the package promises is there; the binary, run from elsewhere, takes its data from
# ROOT/usr/share/tidsatlas/data (its default --data, and 9 units in 1971); desktop-file-validate and
# appstreamcli validate pass; the manual page formats without warnings and names every option that
# `tidsatlas --help` lists. Prints one line per check; the exit status is 1 when any failed.
set -euo pipefail

require_tools=0
if [[ "${1:-}" == --require-tools ]]; then
    require_tools=1
    shift
fi
if (($# != 1)) || [[ ! -d "$1" ]]; then
    echo "usage: $0 [--require-tools] ROOT   (ROOT: a folder holding usr/bin/tidsatlas)" >&2
    exit 2
fi
root="$(cd "$1" && pwd)"
usr="$root/usr"
failed=0 skipped=0
ok() { printf '  ok    %s\n' "$*"; }
fail() {
    printf '  FAIL  %s\n' "$*"
    failed=$((failed + 1))
}
# A validator that is not installed: a failure with --require-tools, else a visible skip.
missing_tool() { # TOOL PACKAGE
    if ((require_tools)); then
        fail "$1 not found (apt-get install $2)"
    else
        printf '  skip  %s not installed (package %s)\n' "$1" "$2"
        skipped=$((skipped + 1))
    fi
}

echo "checking the installed tree in $root"

# 1. The files.
expected=(
    bin/tidsatlas
    share/tidsatlas/data/sodertorn/municipalities.shp share/tidsatlas/data/sodertorn/context.shp
    share/tidsatlas/data/sodertorn/dataset.json share/tidsatlas/data/sodertorn/story.json
    share/tidsatlas/data/sodertorn/timeline.json share/tidsatlas/data/sodertorn/population.csv
    share/tidsatlas/data/sodertorn/sources.csv
    share/tidsatlas/data/i18n/sv.json share/tidsatlas/data/i18n/en.json
    share/applications/se.tidsatlas.tidsatlas.desktop share/metainfo/se.tidsatlas.tidsatlas.metainfo.xml
    share/icons/hicolor/scalable/apps/tidsatlas.svg share/man/man1/tidsatlas.1.gz
    share/doc/tidsatlas/copyright share/doc/tidsatlas/changelog.Debian.gz share/doc/tidsatlas/KIOSK.md
    share/doc/tidsatlas/examples/tidsatlas-kiosk.service share/doc/tidsatlas/examples/config.example.json
)
# The PNG icons exist only where rsvg-convert drew them (always in the package: --require-tools).
if ((require_tools)) || [[ -d "$usr/share/icons/hicolor/48x48" ]]; then
    for size in 16 24 32 48 64 128 256; do expected+=("share/icons/hicolor/${size}x${size}/apps/tidsatlas.png"); done
fi
missing=()
for file in "${expected[@]}"; do [[ -f "$usr/$file" ]] || missing+=("/usr/$file"); done
if ((${#missing[@]} == 0)); then ok "all ${#expected[@]} expected files present"; else fail "missing: ${missing[*]}"; fi
[[ -x "$usr/bin/tidsatlas" ]] || fail "/usr/bin/tidsatlas is not executable"

# 2. The data is found beside the binary. Run from an empty folder, so no data/ in the working directory
# can stand in for the installed one.
exe="$usr/bin/tidsatlas"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
if [[ -x "$exe" ]]; then
    help="$(cd "$scratch" && "$exe" --help 2>&1)" || true
    want="$usr/share/tidsatlas/data/sodertorn"
    shown="$(grep -E -- '^ +--data TEXT=' <<<"$help" | awk '{print $2}' | sed 's/^TEXT=//')" || true
    if [[ "$shown" == "$want" ]]; then
        ok "default --data is $want"
    else
        fail "default --data is '${shown:-(not in --help)}', not $want"
    fi
    units="$(cd "$scratch" && XDG_CACHE_HOME="$scratch/cache" "$exe" --list --year 1971 2>"$scratch/list.err" | grep -c '"code"' || true)"
    if [[ "$units" == 9 ]]; then
        ok "--list --year 1971 from the installed data: 9 units"
    else
        fail "--list --year 1971 printed $units units, not 9: $(head -3 "$scratch/list.err")"
    fi
fi

# 3. The desktop entry and the AppStream metadata.
desktop="$usr/share/applications/se.tidsatlas.tidsatlas.desktop"
if ! command -v desktop-file-validate >/dev/null; then
    missing_tool desktop-file-validate desktop-file-utils
elif [[ -f "$desktop" ]]; then
    if out="$(desktop-file-validate "$desktop" 2>&1)" && [[ -z "$out" ]]; then
        ok "desktop-file-validate: clean"
    else
        fail "desktop-file-validate: $out"
    fi
fi
metainfo="$usr/share/metainfo/se.tidsatlas.tidsatlas.metainfo.xml"
if ! command -v appstreamcli >/dev/null; then
    missing_tool appstreamcli appstream
elif [[ -f "$metainfo" ]]; then
    # --no-net: the screenshot's address is not fetched (the project is not published yet).
    if out="$(appstreamcli validate --no-net --pedantic --no-color "$metainfo" 2>&1)"; then
        ok "appstreamcli validate: $(tail -1 <<<"$out" | sed 's/^[^A-Za-z]*//')"
    else
        fail "appstreamcli validate: $out"
    fi
fi

# 4. The manual page: formats without a warning and has an entry for every option of --help.
man_page="$usr/share/man/man1/tidsatlas.1.gz"
if ! command -v man >/dev/null; then
    missing_tool man man-db
elif [[ -f "$man_page" && -x "$exe" ]]; then
    warnings="$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$man_page" 2>&1 >/dev/null || true)"
    [[ -z "$warnings" ]] && ok "man page formats without warnings" || fail "man page warnings: $warnings"
    # The options as --help lists them (the words starting with -- at the start of its lines) and the
    # option entries of the page (.TP tags with \-\- in the source).
    mapfile -t options < <(grep -oE '^ +(-h,)?--[a-z-]+' <<<"$help" | sed 's/^ *\(-h,\)\{0,1\}//' | sort -u)
    tags="$(zcat "$man_page" | sed 's/\\-/-/g' | awk 'tag { print; tag = 0 } /^\.TP/ { tag = 1 }')"
    undocumented=()
    for option in "${options[@]}"; do
        grep -qE -- "(^| |\")$option( |\"|$)" <<<"$tags" || undocumented+=("$option")
    done
    if ((${#options[@]} < 20)); then
        fail "found only ${#options[@]} options in --help: the check cannot read it"
    elif ((${#undocumented[@]} == 0)); then
        ok "man page has an entry for all ${#options[@]} options of --help"
    else
        fail "options without an entry in the man page: ${undocumented[*]}"
    fi
fi

if ((failed > 0)); then
    echo "installed tree: $failed check(s) FAILED"
    exit 1
fi
echo "installed tree: all checks passed$( ((skipped == 0)) || echo " ($skipped skipped)")"
