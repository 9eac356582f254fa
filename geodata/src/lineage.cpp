#include "geodata/lineage.hpp"

namespace geodata {

std::vector<LineageLink> Lineage::cameFrom(int versionId) const {
    std::vector<LineageLink> result;
    for (const LineageLink& link : links)
        if (link.to == versionId) result.push_back(link);
    return result;
}

std::vector<LineageLink> Lineage::wentTo(int versionId) const {
    std::vector<LineageLink> result;
    for (const LineageLink& link : links)
        if (link.from == versionId) result.push_back(link);
    return result;
}

} // namespace geodata
