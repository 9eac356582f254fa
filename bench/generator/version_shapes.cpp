#include "version_shapes.hpp"

#include "geos_handle.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <exception>
#include <mutex>
#include <stdexcept>
#include <thread>

namespace generator {

namespace {

using SegmentKey = std::array<double, 4>; // end points in a canonical order

struct Worker {
    GeosHandle geos;
    std::vector<SegmentKey> segments;
    GEOSWKBWriter* writer = GEOSWKBWriter_create_r(geos.get());
    Worker() = default;
    Worker(const Worker&) = delete;
    Worker& operator=(const Worker&) = delete;
    ~Worker() { GEOSWKBWriter_destroy_r(geos.get(), writer); }

    GeosHandle::Geometry cellsOf(const Tessellation& t, const Version& version) {
        GEOSContextHandle_t h = geos.get();
        std::vector<GEOSGeometry*> polygons;
        polygons.reserve(version.cells.size());
        for (int cell : version.cells) {
            const auto c = static_cast<size_t>(cell);
            GEOSCoordSequence* seq =
                GEOSCoordSeq_copyFromBuffer_r(h, t.points(c), static_cast<unsigned>(t.pointCount(c)), 0, 0);
            polygons.push_back(GEOSGeom_createPolygon_r(h, GEOSGeom_createLinearRing_r(h, seq), nullptr, 0));
        }
        return geos.own(GEOSGeom_createCollection_r(h, GEOS_MULTIPOLYGON, polygons.data(),
                                                    static_cast<unsigned>(polygons.size())),
                        "collecting cells");
    }

    void addRing(const GEOSGeometry* ring, VersionShape& shape) {
        GEOSContextHandle_t h = geos.get();
        const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(h, ring);
        unsigned size = 0;
        GEOSCoordSeq_getSize_r(h, seq, &size);
        std::vector<double> xy(2 * size_t{size});
        GEOSCoordSeq_copyToBuffer_r(h, seq, xy.data(), 0, 0);
        for (unsigned i = 0; i + 1 < size; ++i) {
            const double* p = &xy[2 * size_t{i}];
            const double* q = &xy[2 * size_t{i} + 2];
            if (p[0] == q[0] && p[1] == q[1]) continue;
            const bool ordered = p[0] < q[0] || (p[0] == q[0] && p[1] <= q[1]);
            segments.push_back(ordered ? SegmentKey{p[0], p[1], q[0], q[1]}
                                       : SegmentKey{q[0], q[1], p[0], p[1]});
        }
        shape.vertices += size;
        ++shape.rings;
    }

    VersionShape shapeOf(const Tessellation& t, const Version& version) {
        GEOSContextHandle_t h = geos.get();
        const GeosHandle::Geometry cells = cellsOf(t, version);
        const GeosHandle::Geometry outline = geos.own(GEOSCoverageUnion_r(h, cells.get()), "coverage union");
        if (GEOSisValid_r(h, outline.get()) != 1) {
            char* reason = GEOSisValidReason_r(h, outline.get());
            const std::string why = reason ? reason : "unknown";
            GEOSFree_r(h, reason);
            throw std::runtime_error("unit " + version.code + " from " + std::to_string(version.fromYear) +
                                     ": the union of its cells is not a valid polygon (" + why + ")");
        }
        VersionShape shape;
        const int parts = GEOSGetNumGeometries_r(h, outline.get());
        for (int p = 0; p < parts; ++p) {
            const GEOSGeometry* polygon = GEOSGetGeometryN_r(h, outline.get(), p);
            addRing(GEOSGetExteriorRing_r(h, polygon), shape);
            for (int r = 0; r < GEOSGetNumInteriorRings_r(h, polygon); ++r)
                addRing(GEOSGetInteriorRingN_r(h, polygon, r), shape);
        }
        size_t size = 0;
        unsigned char* wkb = GEOSWKBWriter_write_r(h, writer, outline.get(), &size);
        if (!wkb) throw std::runtime_error("unit " + version.code + ": GEOS could not write WKB");
        shape.wkb.assign(wkb, wkb + size);
        GEOSFree_r(h, wkb);
        return shape;
    }
};

} // namespace

VersionShapes buildShapes(const Tessellation& tessellation, const std::vector<Version>& versions,
                          const Progress& progress) {
    VersionShapes result;
    result.shapes.resize(versions.size());
    const unsigned threads = std::max(1U, std::min(std::thread::hardware_concurrency(), 8U));
    std::vector<Worker> workers(threads);
    std::atomic<size_t> nextVersion{0};
    std::atomic<size_t> done{0};
    std::atomic<bool> failed{false};
    std::exception_ptr failure;
    std::mutex failureLock;
    auto work = [&](unsigned w) {
        try {
            for (size_t i = nextVersion++; i < versions.size() && !failed; i = nextVersion++) {
                result.shapes[i] = workers[w].shapeOf(tessellation, versions[i]);
                const size_t finished = ++done;
                if (w == 0 && finished % 64 == 0)
                    progress("building outlines",
                             static_cast<double>(finished) / static_cast<double>(versions.size()));
            }
        } catch (...) {
            const std::lock_guard lock(failureLock);
            if (!failure) failure = std::current_exception();
            failed = true;
        }
    };
    std::vector<std::thread> pool;
    for (unsigned w = 1; w < threads; ++w) pool.emplace_back(work, w);
    work(0);
    for (std::thread& t : pool) t.join();
    if (failure) std::rethrow_exception(failure);
    progress("building outlines", 1.0);

    std::vector<SegmentKey> segments;
    for (Worker& w : workers) segments.insert(segments.end(), w.segments.begin(), w.segments.end());
    std::sort(segments.begin(), segments.end());
    result.distinctSegments =
        static_cast<size_t>(std::unique(segments.begin(), segments.end()) - segments.begin());
    for (const VersionShape& s : result.shapes) {
        result.vertices += s.vertices;
        result.rings += s.rings;
    }
    return result;
}

} // namespace generator
