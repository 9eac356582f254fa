#!/usr/bin/env bash
# Checks that dependencies point one way (app/ -> render/ -> geodata/) and that app/ stays in small
# files. Reads the sources with grep, no compiler: it takes well under a second. ./dev test runs it
# before ctest, and ctest runs it as the test include_directions.
#
# usage: tests/check_include_directions.sh [--directions-only | --sizes-only] [REPO_ROOT]
#   REPO_ROOT  the tree to check (default: the repository this script is in)
#   --directions-only  only the include and clock rules (not the size limits of app/)
#   --sizes-only       only the size limits of app/
#
# Each problem is one line "FILE:LINE: RULE: what is wrong"; the exit status is 1 when there is any.
# The rules:
#   lower-includes-app    a file under render/ or geodata/ includes a header of app/ (one that is found
#                         under app/ and not under render/ or geodata/, by path or by file name)
#   geodata-includes-ui   a file under geodata/ includes SFML (<SFML/...>), ImGui or a render/ header
#   gdal-geos-outside     a file under app/, render/ or bench/ includes GDAL/OGR/CPL or GEOS headers
#                         (gdal*.h, ogr*.h, cpl_*.h, geos_c.h, geos.h, geos/...); only geodata/ reads data
#   mode-includes-mode    a file under app/modes/A/ includes a header of app/modes/B/ (B != A)
#   clock-below-app       render/ or geodata/ reads a clock (sf::Clock, std::chrono ..._clock::now, time(),
#                         clock(), clock_gettime, gettimeofday): time is the app's to own and pass down
#   app-file-size         a source file under app/ has more than 400 lines
#   app-header-size       a header under app/ has 120 lines or more
set -euo pipefail

readonly MAX_APP_FILE_LINES=400   # a file under app/ may have at most this many lines
readonly MAX_APP_HEADER_LINES=119 # a header under app/ must stay under 120 lines

usage() { sed -n '6,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

check_directions=1 check_sizes=1 root=""
while (($# > 0)); do
    case "$1" in
        --directions-only) check_sizes=0 ;;
        --sizes-only) check_directions=0 ;;
        -h | --help)
            usage
            exit 0
            ;;
        -*)
            echo "check_include_directions: unknown option $1" >&2
            usage >&2
            exit 2
            ;;
        *)
            if [[ -n "$root" ]]; then
                echo "check_include_directions: one REPO_ROOT only" >&2
                exit 2
            fi
            root=$1
            ;;
    esac
    shift
done
[[ -n "$root" ]] || root="$(dirname "${BASH_SOURCE[0]}")/.."
if [[ ! -d "$root" ]]; then
    echo "check_include_directions: no such folder: $root" >&2
    exit 2
fi
cd "$root"

# Tests are not checked: they reach below the APIs on purpose, and the fixture writers
# (tests/fixture_writer.cpp, tests/fuzz/, tests/test_*.cpp building OGR geometries) create shapefiles
# with GDAL. bench/generator/ is the synthetic dataset generator: it writes its datasets with GDAL and
# cuts its shapes with GEOS, like a test fixture writer, so it may include both (nothing in app/,
# render/ or geodata/ links it).
SOURCE_DIRS=(app render geodata bench)
INDEX_DIRS=(app render geodata bench tests)
GDAL_GEOS_ALLOWED_PREFIXES=(bench/generator/)

existing() {
    local d
    for d in "$@"; do [[ -d "$d" ]] && printf '%s\n' "$d"; done
    return 0
}
mapfile -t source_dirs < <(existing "${SOURCE_DIRS[@]}")
mapfile -t index_dirs < <(existing "${INDEX_DIRS[@]}")

source_files=()
if ((${#source_dirs[@]} > 0)); then
    mapfile -t source_files < <(find "${source_dirs[@]}" -type f \( -name '*.cpp' -o -name '*.cc' -o -name '*.hpp' \
        -o -name '*.h' -o -name '*.hh' -o -name '*.inl' \) | LC_ALL=C sort)
fi

problems=0
report() { # FILE LINE RULE MESSAGE
    printf '%s:%s: %s: %s\n' "$1" "$2" "$3" "$4"
    problems=$((problems + 1))
}

# The area a repository path belongs to, in AREA: mode:NAME for app/modes/NAME/..., else its top
# folder. (Functions here set variables instead of printing: a subshell per include made it slow.)
area_of() {
    case "$1" in
        app/modes/*/*)
            AREA=${1#app/modes/}
            AREA="mode:${AREA%%/*}"
            ;;
        */*) AREA=${1%%/*} ;;
        *) AREA=top ;;
    esac
}
in_app() { [[ $1 == app || $1 == mode:* ]]; }

# Every file of the tree by each of its path suffixes ("app/src/map_app.hpp", "src/map_app.hpp",
# "map_app.hpp"), so an include names a file whichever include folder it is written against.
declare -A BY_SUFFIX=()
index_files=()
if ((${#index_dirs[@]} > 0)); then
    mapfile -t index_files < <(find "${index_dirs[@]}" -type f | LC_ALL=C sort)
fi
for path in "${index_files[@]}"; do
    suffix=$path
    while :; do
        BY_SUFFIX[$suffix]+="$path "
        [[ $suffix == */* ]] || break
        suffix=${suffix#*/}
    done
done

# "$1" without "." and ".." parts, in NORMALIZED.
normalize() {
    local IFS=/ part out=()
    for part in $1; do
        case "$part" in
            '' | .) ;;
            ..) ((${#out[@]} > 0)) && unset 'out[${#out[@]}-1]' ;;
            *) out+=("$part") ;;
        esac
    done
    NORMALIZED="${out[*]}"
}

# The repository files an include in FILE may mean, space separated, in CANDIDATES: the file next to
# FILE for a quoted include when it exists (the compiler looks there first), else every file whose
# path ends so.
resolve() { # FILE QUOTE TARGET
    local file=$1 quote=$2 target=$3 dir
    dir=${file%/*}
    if [[ $quote == '"' && -f "$dir/$target" ]]; then
        normalize "$dir/$target"
        CANDIDATES=$NORMALIZED
        return
    fi
    CANDIDATES=${BY_SUFFIX[$target]:-}
}

check_include() { # FILE LINE QUOTE TARGET
    local file=$1 line=$2 quote=$3 target=$4 from candidate area
    area_of "$file"
    from=$AREA
    resolve "$file" "$quote" "$target"

    local hits_app=0 hits_lower=0 hits_render=0 hits_geodata=0 other_mode="" own_or_shared=0
    for candidate in $CANDIDATES; do
        area_of "$candidate"
        area=$AREA
        in_app "$area" && hits_app=1
        [[ $area == render || $area == geodata ]] && hits_lower=1
        [[ $area == render ]] && hits_render=1
        [[ $area == geodata ]] && hits_geodata=1
        if [[ $from == mode:* ]]; then
            if [[ $area == mode:* && $area != "$from" ]]; then
                other_mode=${area#mode:}
            else
                own_or_shared=1
            fi
        fi
    done

    if [[ $from == render || $from == geodata ]] && ((hits_app && !hits_lower)); then
        report "$file" "$line" lower-includes-app \
            "includes the app header $target; $from/ must not depend on app/ (app/ -> render/ -> geodata/)"
    fi
    if [[ $from == geodata ]]; then
        if [[ $target == SFML/* || $target == render/* || $target == imgui* ]] ||
            ((hits_render && !hits_geodata)); then
            report "$file" "$line" geodata-includes-ui \
                "includes $target; geodata/ must not use SFML, ImGui or render/ (app/ -> render/ -> geodata/)"
        fi
    fi
    if [[ $from == app || $from == mode:* || $from == render || $from == bench ]]; then
        local allowed=0 prefix base=${target#gdal/}
        for prefix in "${GDAL_GEOS_ALLOWED_PREFIXES[@]}"; do [[ $file == "$prefix"* ]] && allowed=1; done
        if ((!allowed)) && [[ $base =~ ^(gdal|ogr)[A-Za-z0-9_]*\.h$ || $base =~ ^cpl_[A-Za-z0-9_]*\.h$ ||
            $target == geos_c.h || $target == geos.h || $target == geos/* ]]; then
            report "$file" "$line" gdal-geos-outside \
                "includes $target; only geodata/ uses GDAL and GEOS (give geodata/ an API instead)"
        fi
    fi
    if [[ -n $other_mode ]] && ((!own_or_shared)); then
        report "$file" "$line" mode-includes-mode \
            "includes $target from app/modes/$other_mode/; no mode includes another (move what both need to app/ outside modes/)"
    fi
}

if ((check_directions)) && ((${#source_files[@]} > 0)); then
    include_re='^[[:space:]]*#[[:space:]]*include[[:space:]]*([<"])([^>"]+)[>"]'
    while IFS= read -r hit; do
        file=${hit%%:*}
        rest=${hit#*:}
        line=${rest%%:*}
        text=${rest#*:}
        [[ $text =~ $include_re ]] || continue
        check_include "$file" "$line" "${BASH_REMATCH[1]}" "${BASH_REMATCH[2]}"
    done < <(grep -HnE '^[[:space:]]*#[[:space:]]*include' -- "${source_files[@]}" || true)

    # Clocks below app/: code only, so "at a time" in a comment or counterClockwise do not count.
    clock_re='sf::Clock|_clock[[:space:]]*::[[:space:]]*now|(^|[^A-Za-z0-9_.>])(std::|::)?time[[:space:]]*\([[:space:]]*(nullptr|NULL|0|&)|(^|[^A-Za-z0-9_.>])(std::|::)?clock[[:space:]]*\([[:space:]]*\)|(^|[^A-Za-z0-9_])(clock_gettime|gettimeofday|timespec_get)[[:space:]]*\('
    lower_files=()
    for file in "${source_files[@]}"; do [[ $file == render/* || $file == geodata/* ]] && lower_files+=("$file"); done
    if ((${#lower_files[@]} > 0)); then
        while IFS= read -r hit; do
            file=${hit%%:*}
            rest=${hit#*:}
            line=${rest%%:*}
            text=${rest#*:}
            code=${text%%//*}
            [[ $code =~ ^[[:space:]]*(\*|/\*) ]] && continue
            [[ $code =~ $clock_re ]] || continue
            area_of "$file"
            report "$file" "$line" clock-below-app \
                "reads a clock (${BASH_REMATCH[0]//[[:space:]]/}); $AREA/ gets the time passed in from app/"
        done < <(grep -HnE "$clock_re" -- "${lower_files[@]}" || true)
    fi
fi

if ((check_sizes)); then
    for file in "${source_files[@]}"; do
        [[ $file == app/* ]] || continue
        lines=$(wc -l <"$file")
        case "$file" in
            *.hpp | *.h | *.hh | *.inl)
                if ((lines > MAX_APP_HEADER_LINES)); then
                    report "$file" "$lines" app-header-size \
                        "$lines lines; a header under app/ has fewer than $((MAX_APP_HEADER_LINES + 1))"
                fi
                ;;
        esac
        if ((lines > MAX_APP_FILE_LINES)); then
            report "$file" "$lines" app-file-size "$lines lines; a file under app/ has at most $MAX_APP_FILE_LINES"
        fi
    done
fi

if ((problems > 0)); then
    echo "check_include_directions: $problems problem(s) in $(pwd)" >&2
    exit 1
fi
echo "check_include_directions: ok ($( ((check_directions)) && echo "directions")$( ((check_directions && check_sizes)) && echo " and ")$( ((check_sizes)) && echo "app/ sizes"), ${#source_files[@]} files)"
