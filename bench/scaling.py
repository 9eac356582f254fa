#!/usr/bin/python3
"""How tidsatlas's cost grows with the data: generate datasets of 1x, 10x and 100x the bundled
data's size and one at country scale, then measure each with tidsatlas --bench and Mapnik.

    /usr/bin/python3 bench/scaling.py                 # everything, in /tmp/tidsatlas-scaling
    ./dev bench scaling --scales 1 10 --no-country    # a quicker run

For every dataset (the bundled one first):
  * versions and vertices (generated.json; the bundled data measured by generate_dataset --measure);
  * tidsatlas --bench playback from the first year, --aa msaa (4 samples), then --aa analytic: load_ms of the
    first run (a fresh cache folder when the build has --cache-dir, so no cache) and of the second
    (from the cache the first wrote, when there is one), frame median/p99, rss_mb;
  * Mapnik and tidsatlas drawing the first year only (bench/mapnik_compare.py), and the ratio.
Prints a Markdown table for docs/PERFORMANCE.md and keeps every raw line in scaling.json.
"""

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mapnik_compare  # noqa: E402  (same folder; needs python3-mapnik)

ROOT = mapnik_compare.ROOT


def load_average():
    return " / ".join(f"{x:.2f}" for x in os.getloadavg())


def cpu_model():
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def generate(exe, folder, args, seed):
    report = folder / "generated.json"
    if report.exists():
        print(f"  reusing {folder} (delete it to generate again)")
    else:
        command = [str(exe), str(folder), "--seed", str(seed)] + args
        print(f"  $ {' '.join(command)}", flush=True)
        subprocess.run(command, check=True)
    return json.loads(report.read_text(encoding="utf-8"))


def measure(exe, folder):
    out = subprocess.run([str(exe), "--measure", str(folder)], capture_output=True, text=True, check=True).stdout
    figures = dict(part.split("=") for part in out.split())
    return int(figures["versions"]), int(figures["vertices"])


def has_cache_option(tidsatlas):
    help_text = subprocess.run([str(tidsatlas), "--help"], capture_output=True, text=True, check=False).stdout
    return "--cache-dir" in help_text


def run_dataset(name, folder, year, args, tidsatlas, cache_root):
    """All the figures of one dataset; every tidsatlas line is kept as printed."""
    row = {"name": name, "folder": str(folder), "year": year, "load_average_start": load_average(), "lines": []}
    extra = []
    if cache_root:
        cache = cache_root / name
        shutil.rmtree(cache, ignore_errors=True)  # the first run below starts without a cache
        extra = ["--cache-dir", str(cache)]
    # "msaa4"/"hold4": --aa msaa with 4 samples; "msaa0"/"hold0": --aa analytic (no samples).
    for aa, key in (("msaa", "msaa4"), ("analytic", "msaa0")):
        figures, line = mapnik_compare.run_tidsatlas(tidsatlas, folder, year, args.size, args.frames, 4,
                                                     hold=False, extra=extra, aa=aa)
        print(f"  tidsatlas playback: {line}", flush=True)
        row["lines"].append(line)
        row[key] = figures
    for aa, key in (("msaa", "hold4"), ("analytic", "hold0")):
        figures, line = mapnik_compare.run_tidsatlas(tidsatlas, folder, year, args.size, args.frames, 4,
                                                     hold=True, extra=extra, aa=aa)
        print(f"  tidsatlas {year} only: {line}", flush=True)
        row["lines"].append(line)
        row[key] = figures
    row["mapnik"] = mapnik_compare.measure_mapnik(folder, year, args.size, args.mapnik_frames, row["hold0"]["view"])
    row["load_average_end"] = load_average()
    return row


def table(rows, cached):
    second = "load ms, 2nd run (cache)" if cached else "load ms, 2nd run (no cache in this build)"
    head = ["data", "versions", "vertices", "units in year", "load ms, 1st run", second,
            "frame median / p99 ms, MSAA 4", "frame median / p99 ms, analytic", "rss_mb (max)",
            "year only: tidsatlas ms MSAA 4 / analytic", "Mapnik ms (memory / file)",
            "ratio Mapnik/tidsatlas MSAA 4 / analytic",
            "load average (start → end)"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        def f(key, field):
            return float(r[key][field])
        ratio4 = r["mapnik"]["memory_ms"] / f("hold4", "median_ms")
        ratio0 = r["mapnik"]["memory_ms"] / f("hold0", "median_ms")
        rss = max(int(r[k]["rss_mb"]) for k in ("msaa4", "msaa0", "hold4", "hold0") if r[k]["rss_mb"].isdigit())
        lines.append("| " + " | ".join([
            r["name"], f"{r['versions']:,}", f"{r['vertices']:,}", f"{r['msaa4']['valid']} ({r['year']})",
            f"{f('msaa4', 'load_ms'):.0f}", f"{f('msaa0', 'load_ms'):.0f}",
            f"{f('msaa4', 'median_ms'):.1f} / {f('msaa4', 'p99_ms'):.1f}",
            f"{f('msaa0', 'median_ms'):.1f} / {f('msaa0', 'p99_ms'):.1f}", str(rss),
            f"{f('hold4', 'median_ms'):.1f} / {f('hold0', 'median_ms'):.1f}",
            f"{r['mapnik']['memory_ms']:.1f} / {r['mapnik']['file_ms']:.1f}", f"{ratio4:.2f} / {ratio0:.2f}",
            f"{r['load_average_start']} → {r['load_average_end']}"]) + " |")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, default=Path("/tmp/tidsatlas-scaling"),
                        help="where the datasets go (kept, and reused when there)")
    parser.add_argument("--scales", type=float, nargs="*", default=[1, 10, 100], help="multiples of the bundled data")
    parser.add_argument("--no-country", action="store_true", help="leave out the ~3000-unit country dataset")
    parser.add_argument("--no-bundled", action="store_true", help="leave out the bundled dataset")
    parser.add_argument("--json", type=Path, help="where the raw figures go (default: WORK/scaling.json)")
    parser.add_argument("--size", type=mapnik_compare.parse_size, default=(1920, 1080))
    parser.add_argument("--frames", type=int, default=120, help="tidsatlas frames per run (default 120)")
    parser.add_argument("--mapnik-frames", type=int, default=10, help="Mapnik frames per mode (default 10)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    generator = ROOT / "build" / "bench" / "generate_dataset"
    tidsatlas = ROOT / "build" / "app" / "tidsatlas"
    for exe in (generator, tidsatlas):
        if not exe.exists():
            mapnik_compare.fail(f"{exe}: not built (./dev build)")
    args.work.mkdir(parents=True, exist_ok=True)
    cached = has_cache_option(tidsatlas)
    cache_root = args.work / "caches" if cached else None
    print(f"machine: {cpu_model()}, {os.cpu_count()} cores; load average {load_average()}")
    print(f"cache: {'--cache-dir, a fresh folder per dataset' if cached else 'this build has no --cache-dir'}")

    bundled = ROOT / "data" / "sodertorn"
    datasets = [] if args.no_bundled else [("bundled", bundled, None)]
    datasets += [(f"{k:g}x", args.work / f"x{k:g}", ["--scale", f"{k:g}"]) for k in args.scales]
    if not args.no_country:
        datasets.append(("country (3000 units)", args.work / "country", []))

    rows = []
    for name, folder, generate_args in datasets:
        print(f"== {name}: {folder}", flush=True)
        if generate_args is None:
            versions, vertices = measure(generator, folder)
        else:
            report = generate(generator, folder, generate_args, args.seed)
            versions, vertices = report["versions"], report["vertices"]
        year = mapnik_compare.default_year(folder)
        row = run_dataset(name.split()[0], folder, year, args, tidsatlas, cache_root)
        row.update(name=name, versions=versions, vertices=vertices)
        rows.append(row)
        (args.json or args.work / "scaling.json").write_text(json.dumps(rows, indent=2), encoding="utf-8")

    print()
    print(table(rows, cached))
    print(f"\nraw figures: {args.json or args.work / 'scaling.json'}")


if __name__ == "__main__":
    main()
