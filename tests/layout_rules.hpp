#pragma once
// The layout rules of an exhibition picture, checked on a layout report (export/layout_report.hpp): the
// map under no overlay, every shown name inside the frame and under no overlay or other name, and which
// units are left unnamed. The same rules as ../shared/tools/check_layout.py, in C++ so that CI needs no
// Python.
#include "boxes.hpp"
#include "export/layout_report.hpp"

#include <set>
#include <string>
#include <vector>

namespace fixtures {

struct LayoutVerdict {
    std::vector<std::string> broken;  // one line per broken rule
    std::vector<std::string> unnamed; // codes of valid units without a shown name
};

[[nodiscard]] inline LayoutVerdict checkLayout(const app::LayoutReport& r) {
    LayoutVerdict v;
    const auto w = static_cast<float>(r.size.x), h = static_cast<float>(r.size.y);
    for (const app::Overlay& o : r.overlays)
        if (boxesOverlap(r.map, o.box, 2.0F)) v.broken.push_back("map under overlay " + o.name);
    std::vector<const app::ReportLabel*> shown;
    for (const app::ReportLabel& l : r.labels)
        if (l.placement != "dropped") shown.push_back(&l);
    std::set<std::string> named;
    for (size_t i = 0; i < shown.size(); ++i) {
        const app::ReportLabel& l = *shown[i];
        named.insert(l.code);
        const sf::FloatRect& b = l.box;
        if (b.left < 0 || b.top < 0 || b.left + b.width > w || b.top + b.height > h)
            v.broken.push_back("label " + l.text + " off frame");
        for (const app::Overlay& o : r.overlays)
            if (boxesOverlap(b, o.box, 1.0F)) v.broken.push_back("label " + l.text + " under " + o.name);
        for (size_t j = i + 1; j < shown.size(); ++j)
            if (boxesOverlap(b, shown[j]->box, 1.0F))
                v.broken.push_back("labels " + l.text + "/" + shown[j]->text + " overlap");
    }
    for (const std::string& code : r.units)
        if (!named.contains(code)) v.unnamed.push_back(code);
    if (r.units.empty()) v.broken.emplace_back("no units in report");
    return v;
}

} // namespace fixtures
