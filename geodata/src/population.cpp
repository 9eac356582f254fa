// Population figures per code and year: exact where known, linear strictly between two known figures,
// unknown elsewhere. Reading the CSV is in population_csv.cpp.
#include "geodata/population.hpp"

#include <iterator>

namespace geodata {

namespace {

std::string joinDistinct(const std::string& a, const std::string& b) {
    if (a == b || b.empty()) return a;
    if (a.empty()) return b;
    return a + " | " + b;
}

} // namespace

bool PopulationTable::add(PopulationRecord record) {
    auto& years = m_byCode[record.code];
    const int year = record.year;
    return years.emplace(year, std::move(record)).second;
}

std::optional<PopulationValue> PopulationTable::at(const std::string& code, int year) const {
    const auto byCode = m_byCode.find(code);
    if (byCode == m_byCode.end() || byCode->second.empty()) return std::nullopt;
    const auto& years = byCode->second;

    const auto after = years.lower_bound(year); // first figure at or after `year`
    if (after != years.end() && after->first == year) {
        const PopulationRecord& r = after->second;
        return PopulationValue{r.population, false, year, year, r.source, r.note};
    }
    // Outside the known range there is nothing to lean on: no extrapolation, no nearest value.
    if (after == years.end() || after == years.begin()) return std::nullopt;
    const PopulationRecord& lo = std::prev(after)->second;
    const PopulationRecord& hi = after->second;
    const double t = static_cast<double>(year - lo.year) / static_cast<double>(hi.year - lo.year);
    return PopulationValue{lo.population + t * (hi.population - lo.population),
                           true,
                           lo.year,
                           hi.year,
                           joinDistinct(lo.source, hi.source),
                           joinDistinct(lo.note, hi.note)};
}

RegionTotal PopulationTable::regionTotal(const std::vector<std::string>& codesValidThisYear, int year) const {
    RegionTotal total;
    total.totalCount = static_cast<int>(codesValidThisYear.size());
    for (const std::string& code : codesValidThisYear) {
        const auto value = at(code, year);
        if (!value) continue;
        total.knownSum += value->value;
        ++total.knownCount;
        if (value->interpolated) ++total.interpolatedCount;
    }
    total.complete = total.knownCount == total.totalCount;
    return total;
}

std::vector<const PopulationRecord*> PopulationTable::recordsOf(const std::string& code) const {
    std::vector<const PopulationRecord*> records;
    const auto byCode = m_byCode.find(code);
    if (byCode == m_byCode.end()) return records;
    for (const auto& [year, record] : byCode->second) records.push_back(&record);
    return records;
}

std::set<std::string> PopulationTable::codes() const {
    std::set<std::string> result;
    for (const auto& [code, years] : m_byCode)
        if (!years.empty()) result.insert(code);
    return result;
}

size_t PopulationTable::size() const {
    size_t n = 0;
    for (const auto& [code, years] : m_byCode) n += years.size();
    return n;
}

} // namespace geodata
