#include "cli/check_output.hpp"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <ostream>

namespace app {

namespace {

const char* severityName(CheckSeverity s) { return s == CheckSeverity::Error ? "error" : "warning"; }

std::string plural(size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

// A figure as a whole number when it is one (population counts), else with its decimals.
nlohmann::json figure(double value) {
    if (std::floor(value) == value && std::fabs(value) < 9e15) return static_cast<std::int64_t>(value);
    return value;
}

std::string figureText(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.10g", value);
    return text;
}

// "Botkyrka landskommun (012700000)", the names wrapped under an indented label.
void unitList(const char* label, const std::vector<CheckUnit>& units, bool withFigures, std::ostream& out) {
    if (units.empty()) return;
    constexpr size_t kWidth = 100;
    std::string line = std::string("        ") + label + ": ";
    const size_t indent = line.size();
    for (size_t i = 0; i < units.size(); ++i) {
        const CheckUnit& u = units[i];
        std::string item = u.name + " (" + u.code;
        if (withFigures) {
            item += ": " + figureText(std::round(u.population));
            if (u.interpolated) item += ", " + std::to_string(u.fromYear) + "–" + std::to_string(u.toYear);
        }
        item += ")";
        if (i + 1 < units.size()) item += ",";
        if (line.size() > indent && line.size() + 1 + item.size() > kWidth) {
            out << line << "\n";
            line = std::string(indent, ' ');
        }
        line += (line.size() > indent ? " " : "") + item;
    }
    out << line << "\n";
}

} // namespace

void writeCheckText(const CheckReport& report, std::ostream& out) {
    out << "tidsatlas --check " << report.folder << "\n";
    if (report.boundariesLoaded)
        out << "  " << plural(static_cast<size_t>(report.unitVersions), "unit version", "unit versions")
            << ", " << plural(static_cast<size_t>(report.events), "event", "events") << ", "
            << plural(static_cast<size_t>(report.bodies), "joint body", "joint bodies") << ", "
            << plural(static_cast<size_t>(report.figures), "population figure", "population figures") << ", "
            << plural(static_cast<size_t>(report.sources), "source", "sources") << "\n";
    const size_t errors = report.count(CheckSeverity::Error);
    const size_t warnings = report.count(CheckSeverity::Warning);

    out << "\nProblems: " << plural(errors, "error", "errors") << ", "
        << plural(warnings, "warning", "warnings") << "\n";
    std::string file;
    for (const CheckProblem& p : report.problems) {
        if (p.file != file) {
            file = p.file;
            out << "  " << file << "\n";
        }
        std::string where;
        if (p.line > 0) where = "line " + std::to_string(p.line);
        if (!p.pointer.empty()) where = p.pointer;
        if (!p.column.empty()) where += (where.empty() ? "(" : " (") + p.column + ")";
        out << "    " << severityName(p.severity) << "  " << (where.empty() ? "" : where + ": ") << p.message
            << " [" << p.kind << "]\n";
    }

    if (!report.years.empty()) {
        out << "\nPopulation per year of change (units valid: figure exact, interpolated, unknown)\n";
        for (const CheckYear& y : report.years) {
            out << "  " << y.year << "  " << plural(static_cast<size_t>(y.unitsValid), "unit", "units")
                << ": " << y.exact.size() << " exact, " << y.interpolated.size() << " interpolated, "
                << y.unknown.size() << " unknown\n";
            unitList("exact", y.exact, true, out);
            unitList("interpolated", y.interpolated, true, out);
            unitList("unknown", y.unknown, false, out);
        }
    }
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%.2f", report.seconds);
    out << "\n"
        << (errors > 0     ? "Errors found"
            : warnings > 0 ? "Only warnings"
                           : "No problems")
        << ": " << plural(errors, "error", "errors") << ", " << plural(warnings, "warning", "warnings")
        << " (" << seconds << " s); exit status " << report.exitCode() << "\n";
}

nlohmann::json checkJson(const CheckReport& report) {
    using nlohmann::json;
    json problems = json::array();
    for (const CheckProblem& p : report.problems) {
        json item{{"severity", severityName(p.severity)},
                  {"kind", p.kind},
                  {"file", p.file},
                  {"message", p.message}};
        if (p.line > 0) item["line"] = p.line;
        if (!p.pointer.empty()) item["pointer"] = p.pointer;
        if (!p.column.empty()) item["column"] = p.column;
        problems.push_back(std::move(item));
    }
    json years = json::array();
    for (const CheckYear& y : report.years) {
        auto units = [](const std::vector<CheckUnit>& list, bool figures) {
            json out = json::array();
            for (const CheckUnit& u : list) {
                json item{{"code", u.code}, {"name", u.name}};
                if (figures) item["population"] = figure(u.population);
                if (u.interpolated) item["between"] = {u.fromYear, u.toYear};
                out.push_back(std::move(item));
            }
            return out;
        };
        years.push_back({{"year", y.year},
                         {"units_valid", y.unitsValid},
                         {"exact", units(y.exact, true)},
                         {"interpolated", units(y.interpolated, true)},
                         {"unknown", units(y.unknown, false)}});
    }
    return {{"folder", report.folder},
            {"boundaries_loaded", report.boundariesLoaded},
            {"counts",
             {{"unit_versions", report.unitVersions},
              {"events", report.events},
              {"bodies", report.bodies},
              {"figures", report.figures},
              {"sources", report.sources}}},
            {"errors", report.count(CheckSeverity::Error)},
            {"warnings", report.count(CheckSeverity::Warning)},
            {"exit_status", report.exitCode()},
            {"seconds", report.seconds},
            {"problems", std::move(problems)},
            {"years", std::move(years)}};
}

} // namespace app
