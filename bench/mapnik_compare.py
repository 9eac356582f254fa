#!/usr/bin/python3
"""Render the same year of the same dataset at the same size with Mapnik and with tidsatlas (once per
--aa: analytic, none and 4x msaa); print the frame times, their ratios and a table for docs/PERFORMANCE.md.

    ./dev bench mapnik                        # the bundled data and the generated country, 1952, 1920x1080
    ./dev bench mapnik --data /tmp/country --year 1960 --aa analytic none
    /usr/bin/python3 bench/mapnik_compare.py --data data/sodertorn --rounds 3   # after ./dev build

Both sides draw the same ground: tidsatlas prints the box its frames show (view=), and Mapnik is zoomed
to that box. The country dataset is made by bench/generate_dataset (seed 1, as ./dev bench scaling does)
the first time and kept in /tmp/tidsatlas-scaling/country.

Run with Debian's Python (/usr/bin/python3): python3-mapnik is a Debian package.

What each side draws (docs/PERFORMANCE.md says the same):

* Mapnik (AGG, one thread): background in the app's water colour; the grey context layer if the
  dataset has one (fill + outline); every unit valid in the year, chosen by a filter on the year
  fields, filled in one of the app's ten palette colours (by feature id) and outlined 1 px; the
  unit names with a halo where Mapnik's collision test lets them fit. AGG antialiases every edge.
* tidsatlas (`--bench --year Y --to Y --redraw`, OpenGL on whatever GL the display has, llvmpipe under
  Xvfb): the same map as the app shows it: water, context, fills, shared borders drawn once,
  names where they fit, plus the year/count card, the legend and the attribution.

Two Mapnik timings:

* `file`: the layer's own file as datasource (shape plugin for .shp, else ogr). Each render
  reads and parses the geometry from the file again (through the OS cache): how Mapnik serves
  maps, but it includes I/O and parsing that tidsatlas did once at load.
* `memory`: all features (every year) copied once into a MemoryDatasource, so each render only
  filters and draws, as tidsatlas does. The copy is reported as load_ms and not in the frame
  time. The ratio uses this one.

Neither side's frame time includes loading; tidsatlas's load_ms (read, repair, triangulate,
lineage, borders) is printed beside it.
"""

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from xml.sax.saxutils import escape

try:
    import mapnik
except ImportError:
    sys.exit("mapnik_compare: python3-mapnik is missing (apt-get install python3-mapnik; "
             "run with /usr/bin/python3, not a pyenv python)")

ROOT = Path(__file__).resolve().parent.parent
# The app's colours (render/include/render/palette.hpp, render/src/palette.cpp).
WATER = "rgb(205,222,235)"
CONTEXT_FILL, CONTEXT_LINE = "rgb(222,222,218)", "rgb(190,190,186)"
BORDER, LABEL, HALO = "rgb(60,60,70)", "rgb(25,25,35)", "rgba(255,255,255,0.78)"
FILLS = ["rgb(119,170,221)", "rgb(238,136,102)", "rgb(68,187,153)", "rgb(238,221,136)",
         "rgb(170,68,153)", "rgb(187,204,51)", "rgb(255,170,187)", "rgb(153,221,255)",
         "rgb(170,170,0)", "rgb(204,102,119)"]
FILL_INDEX = "tidsatlas_fill"  # the attribute the memory copy adds
VECTOR_EXTENSIONS = [".shp", ".gpkg", ".geojson", ".json", ".fgb", ".gml", ".kml"]


def fail(message):
    sys.exit(f"mapnik_compare: {message}")


def find_layers(folder):
    """The unit and context layers as tidsatlas finds them: dataset.json, else by convention."""
    config_path = folder / "dataset.json"
    fields = {"code": "code", "name": "name", "from_year": "from_year", "to_year": "to_year"}
    if config_path.exists():
        try:
            config = json.loads(config_path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            fail(f"{config_path}: invalid JSON at line {e.lineno}, column {e.colno}: {e.msg}")
        units = config.get("units") or fail(f"{config_path}: /units missing")
        fields.update(units.get("fields", {}))
        context = config.get("context")
        return ({"file": folder / units["file"], "layer": units.get("layer", "")}, fields,
                {"file": folder / context["file"], "layer": context.get("layer", "")} if context else None)
    def by_stem(stem):
        return next((folder / (stem + ext) for ext in VECTOR_EXTENSIONS if (folder / (stem + ext)).exists()), None)
    units = by_stem("municipalities")
    if not units:
        files = [p for p in folder.iterdir() if p.suffix in VECTOR_EXTENSIONS and p.stem != "context"
                 and p.name not in ("dataset.json", "timeline.json", "story.json", "generated.json")]
        if len(files) != 1:
            fail(f"{folder}: no unit layer found (expected municipalities.* or a dataset.json)")
        units = files[0]
    context = by_stem("context")
    return {"file": units, "layer": ""}, fields, ({"file": context, "layer": ""} if context else None)


def datasource_params(layer):
    path = layer["file"]
    if path.suffix == ".shp":
        return {"type": "shape", "file": str(path)}
    params = {"type": "ogr", "file": str(path)}
    if layer["layer"]:
        params["layer"] = layer["layer"]
    else:
        params["layer_by_index"] = "0"
    return params


def datasource_xml(layer):
    body = "".join(f'<Parameter name="{k}">{escape(v)}</Parameter>' for k, v in datasource_params(layer).items())
    return f"<Datasource>{body}</Datasource>"


def year_filter(fields, year):
    return f"([{fields['from_year']}] &lt;= {year}) and ([{fields['to_year']}] &gt;= {year})"


def fnv1a(text):
    """The app's hash for a unit's palette colour (render/src/palette.cpp)."""
    h = 2166136261
    for byte in text.encode("utf-8"):
        h = ((h ^ byte) * 16777619) & 0xFFFFFFFF
    return h


def map_xml(units, fields, context, year, labels):
    valid = year_filter(fields, year)
    # From a file Mapnik has only the data's own fields, so every unit gets one palette colour;
    # in memory each feature carries the index of its colour in the app's palette, picked by
    # the app's hash of the code (the app then changes a few so that neighbours differ).
    file_rule = f'<Rule><Filter>{valid}</Filter><PolygonSymbolizer fill="{FILLS[0]}"/></Rule>'
    fill_rules = "".join(f"<Rule><Filter>{valid} and ([{FILL_INDEX}] = {i})</Filter>"
                         f'<PolygonSymbolizer fill="{colour}"/></Rule>' for i, colour in enumerate(FILLS))
    border_rule = f'<Rule><Filter>{valid}</Filter><LineSymbolizer stroke="{BORDER}" stroke-width="1"/></Rule>'
    label_rule = (f'<Rule><Filter>{valid}</Filter><TextSymbolizer face-name="DejaVu Sans Book" size="15" '
                  f'fill="{LABEL}" halo-fill="{HALO}" halo-radius="1.5" placement="interior">'
                  f"[{fields['name']}]</TextSymbolizer></Rule>") if labels else ""
    styles = (f'<Style name="units-file">{file_rule}{border_rule}</Style>'
              f'<Style name="units-memory">{fill_rules}{border_rule}</Style>')
    layers = ""
    if context:
        # Context features with years (the bundled ones have them) show in their years only, as in the app.
        columns = mapnik.Datasource(**datasource_params(context)).fields()
        dated = "from_year" in columns and "to_year" in columns
        context_filter = f"<Filter>{year_filter({'from_year': 'from_year', 'to_year': 'to_year'}, year)}</Filter>" if dated else ""
        styles += (f'<Style name="context"><Rule>{context_filter}<PolygonSymbolizer fill="{CONTEXT_FILL}"/>'
                   f'<LineSymbolizer stroke="{CONTEXT_LINE}" stroke-width="1"/></Rule></Style>')
        layers += f'<Layer name="context"><StyleName>context</StyleName>{datasource_xml(context)}</Layer>'
    layers += f'<Layer name="units"><StyleName>units-file</StyleName>'
    if labels:
        styles += f'<Style name="labels">{label_rule}</Style>'
        layers += "<StyleName>labels</StyleName>"
    layers += f"{datasource_xml(units)}</Layer>"
    # No srs on map or layers: both default to the same, so Mapnik draws the data's own projected
    # coordinates without reprojecting, as tidsatlas does.
    return f'<Map background-color="{WATER}">{styles}{layers}</Map>'


def build_map(units, fields, context, year, size, labels):
    m = mapnik.Map(*size)
    mapnik.load_map_from_string(m, map_xml(units, fields, context, year, labels))
    return m


def units_layer(m):
    return next(layer for layer in m.layers if layer.name == "units")


def fit(m, view):
    """Shows the ground tidsatlas's frames showed (its `view=minx,miny,maxx,maxy`), so both renderers
    draw the same features at the same scale."""
    minx, miny, maxx, maxy = (float(v) for v in view.split(","))
    m.zoom_to_box(mapnik.Box2d(minx, miny, maxx, maxy))


def to_memory(m, fields):
    """Copies every feature of the unit layer into a MemoryDatasource with its colour index and
    switches the layer to the palette style; returns the seconds taken."""
    start = time.perf_counter()
    layer = units_layer(m)
    memory = mapnik.MemoryDatasource()
    context = mapnik.Context()
    for name in list(layer.datasource.fields()) + [FILL_INDEX]:
        context.push(name)
    for source in layer.datasource.all_features():
        feature = mapnik.Feature(context, source.id())
        feature.geometry = source.geometry
        for key, value in source.attributes.items():
            feature[key] = value
        feature[FILL_INDEX] = fnv1a(str(source[fields["code"]])) % len(FILLS)
        memory.add_feature(feature)
    layer.datasource = memory
    names = [name for name in layer.styles if name != "units-file"]
    while len(layer.styles):
        del layer.styles[0]
    layer.styles.append("units-memory")
    for name in names:
        layer.styles.append(name)
    return time.perf_counter() - start


def time_renders(m, frames, size):
    image = mapnik.Image(*size)
    start = time.perf_counter()
    mapnik.render(m, image)  # warm-up: fonts, first read
    first = time.perf_counter() - start
    millis = []
    for _ in range(frames):
        start = time.perf_counter()
        mapnik.render(m, image)
        millis.append((time.perf_counter() - start) * 1000)
    return millis, first * 1000, image


def p99(values):
    ordered = sorted(values)
    return ordered[max(1, -(-99 * len(ordered) // 100)) - 1]  # nearest rank, as tidsatlas


def run_tidsatlas(exe, data, year, size, frames, msaa, hold=True, extra=(), aa=None):
    """Runs `tidsatlas --bench` (one year in every frame when `hold`, else playback from `year`) with
    --aa `aa` if given (msaa samples with --msaa); returns its figures as a dict and its line."""
    command = [str(exe), "--bench", "--data", str(data), "--year", str(year), "--size", f"{size[0]}x{size[1]}",
               "--frames", str(frames), "--msaa", str(msaa)] + (["--aa", aa] if aa else []) + list(extra)
    # A held year draws the map every frame (--redraw), as Mapnik renders it anew each time; without
    # it tidsatlas would copy its unchanged map back, which is what the app does but not a comparison.
    command += ["--to", str(year), "--redraw"] if hold else []
    if not os.environ.get("DISPLAY"):
        if not shutil.which("xvfb-run"):
            fail("no DISPLAY and no xvfb-run: tidsatlas needs an X server even offscreen")
        command = ["xvfb-run", "-a", "-s", "-screen 0 1920x1080x24"] + command
    env = dict(os.environ, LIBGL_ALWAYS_SOFTWARE=os.environ.get("LIBGL_ALWAYS_SOFTWARE", "1"))
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    line = next((l for l in result.stdout.splitlines() if l.startswith("median_ms=")), None)
    if result.returncode != 0 or not line:
        fail(f"tidsatlas --bench failed ({result.returncode}): {result.stderr.strip() or result.stdout.strip()}")
    return dict(re.findall(r"(\w+)=(\S+)", line)), line


def parse_size(text):
    match = re.fullmatch(r"(\d+)x(\d+)", text)
    if not match:
        raise argparse.ArgumentTypeError(f"{text}: expected WIDTHxHEIGHT")
    return int(match[1]), int(match[2])


def default_year(data):
    """The year tidsatlas starts on: dataset.json's first year, else 1900 (see --year)."""
    config = data / "dataset.json"
    years = json.loads(config.read_text(encoding="utf-8")).get("years") if config.exists() else None
    return years[0] if years else 1900


def measure_mapnik(data, year, size, frames, view, labels=True, png=None):
    """Renders `year` of `data` with Mapnik over the ground `view`, from the file and from memory;
    prints and returns the figures (medians and p99 in ms)."""
    units, fields, context = find_layers(data)
    mapnik.register_fonts("/usr/share/fonts/truetype/dejavu/")
    start = time.perf_counter()
    m = build_map(units, fields, context, year, size, labels)
    fit(m, view)
    setup_ms = (time.perf_counter() - start) * 1000
    file_ms, file_first, _ = time_renders(m, frames, size)
    version = mapnik.mapnik_version_string()
    print(f"mapnik {version} file:   median_ms={statistics.median(file_ms):.2f} p99_ms={p99(file_ms):.2f} "
          f"first_ms={file_first:.1f} setup_ms={setup_ms:.1f} frames={frames} (datasource re-read every frame)")
    load_ms = to_memory(m, fields) * 1000
    memory_ms, memory_first, image = time_renders(m, frames, size)
    features = units_layer(m).datasource.num_features()
    print(f"mapnik {version} memory: median_ms={statistics.median(memory_ms):.2f} p99_ms={p99(memory_ms):.2f} "
          f"first_ms={memory_first:.1f} load_ms={load_ms:.1f} frames={frames} features={features} "
          f"(all versions in memory, filtered by year each frame)")
    if png:
        image.save(str(png), "png")
        print(f"mapnik image: {png}")
    return {"file_ms": statistics.median(file_ms), "file_p99_ms": p99(file_ms),
            "memory_ms": statistics.median(memory_ms), "memory_p99_ms": p99(memory_ms),
            "memory_load_ms": load_ms, "features": features}


COUNTRY = Path("/tmp/tidsatlas-scaling/country")


def country_dataset():
    """The ~3000-unit generated country (bench/generate_dataset, seed 1), made once and kept."""
    if not (COUNTRY / "generated.json").exists():
        generator = ROOT / "build" / "bench" / "generate_dataset"
        if not generator.exists():
            fail(f"{generator}: not built (./dev build)")
        print(f"generating the country dataset in {COUNTRY} (once; about a minute)", flush=True)
        subprocess.run([str(generator), str(COUNTRY), "--seed", "1"], check=True)
    return COUNTRY


def load_average():
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def compare(args, data, year):
    """One dataset: every --aa of tidsatlas (--rounds times, in turn) and Mapnik over the same ground.
    Returns a row for the table."""
    print(f"== data: {data}, year {year}, {args.size[0]}x{args.size[1]}; load average {load_average()}", flush=True)
    times = {aa: [] for aa in args.aa}
    view = None
    for _ in range(args.rounds):
        for aa in args.aa:
            figures, line = run_tidsatlas(args.tidsatlas, data, year, args.size, args.frames, args.msaa, aa=aa)
            print(f"tidsatlas --aa {aa}: {line}", flush=True)
            times[aa].append(float(figures["median_ms"]))
            view = view or figures.get("view")
    if not view:
        fail(f"{args.tidsatlas} prints no view= (an older build?)")
    mapnik_figures = measure_mapnik(data, year, args.size, args.mapnik_frames or args.frames, view,
                                    not args.no_labels, args.png)
    row = {"data": data.name, "year": year, "load": load_average(), "mapnik_ms": mapnik_figures["memory_ms"]}
    for aa, values in times.items():
        row[aa] = statistics.median(values)
        spread = f" ({min(values):.2f}-{max(values):.2f})" if len(values) > 1 else ""
        ratio = mapnik_figures["memory_ms"] / row[aa]
        print(f"ratio mapnik/tidsatlas --aa {aa}: {ratio:.2f} — tidsatlas {row[aa]:.2f} ms{spread}, "
              f"Mapnik {mapnik_figures['memory_ms']:.2f} ms ({'tidsatlas' if ratio > 1 else 'Mapnik'} faster)")
    return row


def print_table(rows, aas, msaa):
    name = {"analytic": "analytic", "none": "none", "msaa": f"{msaa}x MSAA"}
    head = ["data", "year", "Mapnik AGG"] + [f"tidsatlas {name[aa]}" for aa in aas]
    if "analytic" in aas and "none" in aas:
        head.append("analytic / none")
    if "analytic" in aas:
        head.append("Mapnik / analytic")
    head.append("load average")
    print("\n| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for r in rows:
        cells = [r["data"], str(r["year"]), f"{r['mapnik_ms']:.1f} ms"] + [f"{r[aa]:.1f} ms" for aa in aas]
        if "analytic" in aas and "none" in aas:
            cells.append(f"{r['analytic'] / r['none']:.2f}x")
        if "analytic" in aas:
            cells.append(f"{r['mapnik_ms'] / r['analytic']:.2f}x")
        cells.append(r["load"])
        print("| " + " | ".join(cells) + " |")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, nargs="+",
                        help="dataset folders (default: the bundled data and the generated country)")
    parser.add_argument("--year", type=int, default=1952,
                        help="year to draw (default 1952; a dataset that does not reach it: its first year)")
    parser.add_argument("--size", type=parse_size, default=(1920, 1080), help="WIDTHxHEIGHT (default 1920x1080)")
    parser.add_argument("--frames", type=int, default=60, help="timed frames per side, after a warm-up (default 60)")
    parser.add_argument("--mapnik-frames", type=int, help="timed Mapnik frames (default: --frames)")
    parser.add_argument("--aa", nargs="+", default=["analytic", "none", "msaa"], choices=["analytic", "none", "msaa"],
                        help="tidsatlas --aa, one run each (default: all three)")
    parser.add_argument("--msaa", type=int, default=4, choices=[0, 2, 4, 8], help="samples for --aa msaa (default 4)")
    parser.add_argument("--rounds", type=int, default=1, help="runs of each --aa, in turn; the median is kept")
    parser.add_argument("--no-labels", action="store_true", help="Mapnik draws no names (tidsatlas still does)")
    parser.add_argument("--tidsatlas", type=Path, default=ROOT / "build" / "app" / "tidsatlas")
    parser.add_argument("--png", type=Path, help="also save Mapnik's image here, to look at")
    args = parser.parse_args()

    if not args.tidsatlas.exists():
        fail(f"{args.tidsatlas}: not built (./dev build)")
    datasets = args.data or [ROOT / "data" / "sodertorn", country_dataset()]
    for data in datasets:
        if not data.is_dir():
            fail(f"{data}: folder does not exist")
    print(f"machine: {os.cpu_count()} cores, load average {load_average()}")
    rows = []
    for data in datasets:
        config = data / "dataset.json"
        years = json.loads(config.read_text(encoding="utf-8")).get("years") if config.exists() else None
        year = args.year if not years or years[0] <= args.year <= years[-1] else default_year(data)
        rows.append(compare(args, data, year))
    print_table(rows, args.aa, args.msaa)


if __name__ == "__main__":
    main()
