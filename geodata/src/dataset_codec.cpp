#include "dataset_codec.hpp"

#include "binary_stream.hpp"

namespace geodata {

namespace {

void writePolygons(BinaryWriter& out, const std::vector<Polygon>& polygons) {
    out.count(polygons.size());
    for (const Polygon& p : polygons) {
        out.podVector(p.outer);
        out.count(p.holes.size());
        for (const Ring& hole : p.holes) out.podVector(hole);
    }
}

std::vector<Polygon> readPolygons(BinaryReader& in) {
    std::vector<Polygon> polygons(in.count(sizeof(std::uint64_t)));
    for (Polygon& p : polygons) {
        p.outer = in.podVector<Point>();
        p.holes.resize(in.count(sizeof(std::uint64_t)));
        for (Ring& hole : p.holes) hole = in.podVector<Point>();
    }
    return polygons;
}

void writeTriangles(BinaryWriter& out, const TriangleList& triangles) {
    out.podVector(triangles.corners());
    out.podVector(triangles.smallIndices());
    out.podVector(triangles.largeIndices());
}

TriangleList readTriangles(BinaryReader& in) {
    std::vector<Point> corners = in.podVector<Point>();
    std::vector<std::uint16_t> small = in.podVector<std::uint16_t>();
    std::vector<std::uint32_t> large = in.podVector<std::uint32_t>();
    std::optional<TriangleList> triangles =
        TriangleList::fromStorage(std::move(corners), std::move(small), std::move(large));
    if (!triangles) throw BinaryFormatError("triangle corners out of range");
    return std::move(*triangles);
}

void writeBorders(BinaryWriter& out, const BorderNetwork& borders) {
    out.count(borders.groups.size());
    for (const BorderGroup& g : borders.groups) {
        out.podVector(g.years);
        out.podVector(g.segments);
    }
}

BorderNetwork readBorders(BinaryReader& in) {
    BorderNetwork borders;
    borders.groups.resize(in.count(2 * sizeof(std::uint64_t)));
    for (BorderGroup& g : borders.groups) {
        g.years = in.podVector<YearSpan>();
        g.segments = in.podVector<Segment>();
    }
    return borders;
}

void writeShapes(BinaryWriter& out, const std::vector<SimplifiedShape>& shapes) {
    out.count(shapes.size());
    for (const SimplifiedShape& s : shapes) {
        writePolygons(out, s.polygons);
        writeTriangles(out, s.triangles);
    }
}

std::vector<SimplifiedShape> readShapes(BinaryReader& in) {
    std::vector<SimplifiedShape> shapes(in.count(4 * sizeof(std::uint64_t)));
    for (SimplifiedShape& s : shapes) {
        s.polygons = readPolygons(in);
        s.triangles = readTriangles(in);
    }
    return shapes;
}

} // namespace

std::string encodeDataset(const Dataset& ds) {
    BinaryWriter out;
    encodeDataset(ds, out);
    return out.bytes();
}

void encodeDataset(const Dataset& ds, BinaryWriter& out) {
    out.string(ds.title);
    out.string(ds.attribution);
    out.pod(ds.yearRangeSetting().first);
    out.pod(ds.yearRangeSetting().second);
    out.count(ds.units.size());
    for (const UnitVersion& u : ds.units) {
        out.pod(u.id);
        out.string(u.code);
        out.string(u.name);
        out.string(u.kind);
        out.pod(u.fromYear);
        out.pod(u.toYear);
        writePolygons(out, u.polygons);
        writeTriangles(out, u.triangles);
        out.pod(u.labelAnchor);
        out.pod(u.labelRadius);
        out.pod(u.areaM2);
        out.pod(u.bounds);
    }
    out.count(ds.context.size());
    for (const ContextFeature& f : ds.context) {
        out.string(f.name);
        out.pod(f.fromYear);
        out.pod(f.toYear);
        writePolygons(out, f.polygons);
        writeTriangles(out, f.triangles);
        out.pod(f.bounds);
    }
    // Field by field: LineageLink has padding, and padding bytes would make the file differ run to run.
    out.count(ds.lineage.links.size());
    for (const LineageLink& link : ds.lineage.links) {
        out.pod(link.from);
        out.pod(link.to);
        out.pod(link.year);
        out.pod(link.overlapM2);
    }
    out.count(ds.neighbours.size());
    for (const auto& [a, b] : ds.neighbours) {
        out.string(a);
        out.string(b);
    }
    writeBorders(out, ds.borders);
    out.pod(ds.bounds);
    out.pod(ds.frame);
    out.count(ds.warnings.size());
    for (const LoadWarning& w : ds.warnings) {
        out.string(w.file);
        out.pod(w.featureId);
        out.string(w.message);
    }
    out.count(ds.levels.size());
    for (const DetailLevel& level : ds.levels) {
        out.pod(level.tolerance);
        writeShapes(out, level.units);
        writeShapes(out, level.context);
        writeBorders(out, level.borders);
    }
    out.flush();
}

Dataset decodeDataset(const char* data, size_t size) {
    BinaryReader in(data, size);
    return decodeDataset(in);
}

Dataset decodeDataset(BinaryReader& in) {
    Dataset ds;
    ds.title = in.string();
    ds.attribution = in.string();
    const int firstYear = in.pod<int>();
    const int lastYear = in.pod<int>();
    ds.setYearRange(firstYear, lastYear);
    ds.units.resize(in.count(sizeof(int)));
    for (UnitVersion& u : ds.units) {
        u.id = in.pod<int>();
        u.code = in.string();
        u.name = in.string();
        u.kind = in.string();
        u.fromYear = in.pod<int>();
        u.toYear = in.pod<int>();
        u.polygons = readPolygons(in);
        u.triangles = readTriangles(in);
        u.labelAnchor = in.pod<Point>();
        u.labelRadius = in.pod<double>();
        u.areaM2 = in.pod<double>();
        u.bounds = in.pod<Bounds>();
    }
    ds.context.resize(in.count(sizeof(std::uint64_t)));
    for (ContextFeature& f : ds.context) {
        f.name = in.string();
        f.fromYear = in.pod<int>();
        f.toYear = in.pod<int>();
        f.polygons = readPolygons(in);
        f.triangles = readTriangles(in);
        f.bounds = in.pod<Bounds>();
    }
    ds.lineage.links.resize(in.count(3 * sizeof(int) + sizeof(double)));
    for (LineageLink& link : ds.lineage.links) {
        link.from = in.pod<int>();
        link.to = in.pod<int>();
        link.year = in.pod<int>();
        link.overlapM2 = in.pod<double>();
    }
    ds.neighbours.resize(in.count(2 * sizeof(std::uint64_t)));
    for (auto& [a, b] : ds.neighbours) {
        a = in.string();
        b = in.string();
    }
    ds.borders = readBorders(in);
    ds.bounds = in.pod<Bounds>();
    ds.frame = in.pod<Bounds>();
    ds.warnings.resize(in.count(sizeof(std::uint64_t)));
    for (LoadWarning& w : ds.warnings) {
        w.file = in.string();
        w.featureId = in.pod<long>();
        w.message = in.string();
    }
    ds.levels.resize(in.count(sizeof(double)));
    for (DetailLevel& level : ds.levels) {
        level.tolerance = in.pod<double>();
        level.units = readShapes(in);
        level.context = readShapes(in);
        level.borders = readBorders(in);
    }
    if (in.remaining() != 0) throw BinaryFormatError("bytes left over after the dataset");
    // The renderer indexes by these: a cache that disagrees with itself must not reach it.
    for (size_t i = 0; i < ds.units.size(); ++i)
        if (ds.units[i].id != static_cast<int>(i)) throw BinaryFormatError("unit ids out of order");
    for (const DetailLevel& level : ds.levels)
        if (level.units.size() != ds.units.size() || level.context.size() != ds.context.size())
            throw BinaryFormatError("a level of detail does not match the units");
    return ds;
}

} // namespace geodata
