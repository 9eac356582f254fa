#!/usr/bin/python3
"""Packs a shapefile into one fuzz_shapefile input, or unpacks an input (a crash reproducer) to look at it.

Layout (the same as fuzz::splitShapefile in fuzz_entry_points.cpp): a 4-byte little-endian length N,
N bytes of .shp, a 4-byte length M, M bytes of .shx, and the rest of the input is the .dbf.

    tests/fuzz/shapefile_input.py pack DIR/municipalities.shp OUT.bin
    tests/fuzz/shapefile_input.py unpack crash-1234 DIR     # then: ogrinfo -al DIR/municipalities.shp
"""
import pathlib
import struct
import sys


def pack(shp: pathlib.Path, out: pathlib.Path) -> None:
    data = b""
    for ext in (".shp", ".shx"):
        part = shp.with_suffix(ext).read_bytes()
        data += struct.pack("<I", len(part)) + part
    out.write_bytes(data + shp.with_suffix(".dbf").read_bytes())


def take(rest: bytes) -> tuple[bytes, bytes]:
    if len(rest) < 4:
        return b"", b""
    (length,) = struct.unpack("<I", rest[:4])
    return rest[4 : 4 + length], rest[4 + length :]


def unpack(data: pathlib.Path, folder: pathlib.Path) -> None:
    shp, rest = take(data.read_bytes())
    shx, dbf = take(rest)
    folder.mkdir(parents=True, exist_ok=True)
    for ext, part in ((".shp", shp), (".shx", shx), (".dbf", dbf)):
        (folder / ("municipalities" + ext)).write_bytes(part)


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] not in ("pack", "unpack"):
        sys.exit(__doc__)
    (pack if sys.argv[1] == "pack" else unpack)(pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3]))
