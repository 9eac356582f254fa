// Writing an import plan into population.csv. The curator's file is theirs: rows already there keep their
// bytes (quoting, order, line ends), new rows go at the end in the file's own style, and the file is
// replaced only by a rename of a complete, flushed copy, so a full disk or a killed process leaves it whole.
#include "csv_spans.hpp"
#include "geodata/population_import.hpp"
#include "source_table_common.hpp"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <map>
#include <sys/stat.h>
#include <unistd.h>

namespace geodata {

namespace fs = std::filesystem;

namespace {

constexpr const char* kStandardHeader = "code,name,year,population,source,note";

// One row in the file's column order; columns the figure does not know stay empty.
std::vector<std::string> rowFor(const PlannedFigure& f, const std::vector<std::string>& columns,
                                const ImportOptions& options, std::vector<std::string> fields = {}) {
    fields.resize(std::max(fields.size(), columns.size()));
    for (size_t c = 0; c < columns.size(); ++c) {
        const std::string& name = columns[c];
        if (name == "code")
            fields[c] = f.code;
        else if (name == "name" && fields[c].empty())
            fields[c] = f.name;
        else if (name == "year")
            fields[c] = std::to_string(f.year);
        else if (name == "population")
            fields[c] = formatPopulationValue(f.value);
        else if (name == "source")
            fields[c] = options.sourceId;
        else if (name == "note")
            fields[c] = f.note;
    }
    return fields;
}

std::string joinRow(const std::vector<std::string>& fields, char separator, const std::string& lineEnd) {
    std::string row;
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) row.push_back(separator);
        row.append(csv_spans::quote(fields[i], separator));
    }
    row.append(lineEnd);
    return row;
}

} // namespace

std::string formatPopulationValue(double v) {
    char buffer[64];
    if (std::abs(v - std::round(v)) < 1e-9)
        std::snprintf(buffer, sizeof buffer, "%.0f", v);
    else
        std::snprintf(buffer, sizeof buffer, "%.6g", v);
    return buffer;
}

std::string importedCsvText(const std::string& existingText, const ImportPlan& plan,
                            const ImportOptions& options, std::string& error) {
    std::string text = existingText;
    std::string bom;
    if (text.starts_with("\xEF\xBB\xBF")) {
        bom = text.substr(0, 3);
        text.erase(0, 3);
    }
    if (csv::trim(text).empty()) text = std::string(kStandardHeader) + "\n";
    const char separator = csv_spans::detectSeparator(text);
    const std::string lineEnd = text.find("\r\n") != std::string::npos ? "\r\n" : "\n";
    const csv_spans::Split split = csv_spans::split(text, separator);
    if (!split.ok()) {
        error = "population.csv line " + std::to_string(split.errorLine) + ": " + split.error;
        return {};
    }
    const csv_spans::Record* header = nullptr;
    for (const csv_spans::Record& r : split.records)
        if (!r.blank()) {
            header = &r;
            break;
        }
    std::vector<std::string> columns;
    for (const std::string& f : header->fields) columns.push_back(csv::lower(csv::trim(f)));

    std::map<int, const ImportConflict*> replaceAt; // line in the file → the figure that replaces it
    for (const ImportConflict& c : plan.conflicts)
        if (c.replaced) replaceAt[c.existingLine] = &c;

    std::string out = bom;
    for (const csv_spans::Record& r : split.records) {
        const auto it = replaceAt.find(r.line);
        if (it == replaceAt.end()) {
            out += text.substr(r.begin, r.end - r.begin);
            continue;
        }
        const bool hadLineEnd = r.end > r.begin && text[r.end - 1] == '\n';
        std::string row =
            joinRow(rowFor(it->second->incoming, columns, options, r.fields), separator, lineEnd);
        if (!hadLineEnd) row.resize(row.size() - lineEnd.size());
        out += row;
        replaceAt.erase(it);
    }
    if (!replaceAt.empty()) {
        error = "population.csv changed while importing: no row starts on line " +
                std::to_string(replaceAt.begin()->first);
        return {};
    }
    if (!plan.added.empty() && !out.empty() && out.back() != '\n') out += lineEnd;
    for (const PlannedFigure& f : plan.added) out += joinRow(rowFor(f, columns, options), separator, lineEnd);
    return out;
}

std::string writeFileAtomically(const std::string& path, const std::string& content,
                                const WriteFault& fault) {
    const fs::path target(path);
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    // Hidden, so the app's data watcher (which skips names starting with '.') never loads a half-written
    // copy.
    std::string hidden = ".";
    hidden.append(target.filename().string()).append(".import-XXXXXX");
    std::string temp = (folder / hidden).string();
    const int fd = ::mkstemp(temp.data());
    if (fd < 0) return "cannot create a temporary file in " + folder.string() + ": " + std::strerror(errno);
    auto fail = [&](const std::string& what) {
        const std::string message =
            what + " " + temp + ": " + std::strerror(errno) + "; " + path + " is unchanged";
        ::close(fd);
        ::unlink(temp.c_str());
        return message;
    };
    // Keep the old file's permissions (a curator's group-writable file stays so).
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0)
        (void)::fchmod(fd, st.st_mode & 07777);
    else
        (void)::fchmod(fd, 0644);

    size_t written = 0;
    while (written < content.size()) {
        size_t chunk = std::min<size_t>(content.size() - written, 1 << 16);
        if (fault.failAfterBytes && written + chunk > *fault.failAfterBytes) {
            chunk = *fault.failAfterBytes - written;
            if (chunk > 0 && ::write(fd, content.data() + written, chunk) < 0) return fail("cannot write");
            errno = ENOSPC;
            return fail("cannot write");
        }
        const ssize_t n = ::write(fd, content.data() + written, chunk);
        if (n < 0) {
            if (errno == EINTR) continue;
            return fail("cannot write");
        }
        written += static_cast<size_t>(n);
    }
    if (::fsync(fd) != 0) return fail("cannot flush");
    if (::close(fd) != 0) {
        const std::string message =
            std::string("cannot close ") + temp + ": " + std::strerror(errno) + "; " + path + " is unchanged";
        ::unlink(temp.c_str());
        return message;
    }
    if (std::rename(temp.c_str(), path.c_str()) != 0) {
        const std::string message = "cannot rename " + temp + " to " + path + ": " + std::strerror(errno) +
                                    "; " + path + " is unchanged";
        ::unlink(temp.c_str());
        return message;
    }
    // The rename itself is durable once the folder is flushed.
    const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY);
    if (dir >= 0) {
        (void)::fsync(dir);
        ::close(dir);
    }
    return {};
}

std::string applyImport(const std::string& path, const ImportPlan& plan, const ImportOptions& options,
                        const WriteFault& fault) {
    std::string existing;
    if (fs::exists(path)) {
        const auto bytes = import_detail::readFile(path);
        if (!bytes) return "cannot read " + path;
        existing = *bytes;
    }
    std::string error;
    const std::string text = importedCsvText(existing, plan, options, error);
    if (!error.empty()) return error;
    if (text == existing) return {};
    return writeFileAtomically(path, text, fault);
}

} // namespace geodata
