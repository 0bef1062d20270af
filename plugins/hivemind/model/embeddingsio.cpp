// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "embeddingsio.h"

#include <paperlab/math/csv.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <numeric>

namespace paperlab::papers::hivemind {

namespace {

// "model 2" < "model 10": digit runs compare as numbers, the rest as text.
bool naturalLess(const std::string &a, const std::string &b)
{
    size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (std::isdigit(static_cast<unsigned char>(a[i]))
            && std::isdigit(static_cast<unsigned char>(b[j]))) {
            size_t ei = i, ej = j;
            while (ei < a.size() && std::isdigit(static_cast<unsigned char>(a[ei])))
                ++ei;
            while (ej < b.size() && std::isdigit(static_cast<unsigned char>(b[ej])))
                ++ej;
            const std::string_view da = std::string_view(a).substr(i, ei - i);
            const std::string_view db = std::string_view(b).substr(j, ej - j);
            const size_t za = da.find_first_not_of('0'), zb = db.find_first_not_of('0');
            const std::string_view na = za == std::string_view::npos ? "" : da.substr(za);
            const std::string_view nb = zb == std::string_view::npos ? "" : db.substr(zb);
            if (na.size() != nb.size())
                return na.size() < nb.size();
            if (na != nb)
                return na < nb;
            i = ei;
            j = ej;
        } else {
            if (a[i] != b[j])
                return a[i] < b[j];
            ++i;
            ++j;
        }
    }
    return a.size() - i < b.size() - j || (a.size() - i == b.size() - j && a < b);
}

// Numbers names in natural order and returns old index -> new index.
std::vector<int> sortNames(std::vector<std::string> &names)
{
    std::vector<int> order(names.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return naturalLess(names[size_t(a)], names[size_t(b)]); });
    std::vector<int> remap(names.size());
    std::vector<std::string> sorted;
    for (size_t k = 0; k < order.size(); ++k) {
        remap[size_t(order[k])] = int(k);
        sorted.push_back(std::move(names[size_t(order[k])]));
    }
    names = std::move(sorted);
    return remap;
}

// Collects rows of any format, then numbers the names and checks what every format needs.
class Builder
{
public:
    // One row; the caller has checked its values and dimension.
    void add(const std::string &prompt, const std::string &model, std::vector<float> &&values)
    {
        m_prompt.push_back(index(m_promptIndex, m_promptNames, prompt));
        m_model.push_back(index(m_modelIndex, m_modelNames, model));
        m_values.insert(m_values.end(), values.begin(), values.end());
        m_lines.push_back(m_currentLine);
    }
    void setLine(int line) { m_currentLine = line; }
    int rows() const { return int(m_prompt.size()); }

    ImportResult finish(int dim, int firstDataLine)
    {
        ImportResult result;
        if (m_prompt.empty()) {
            result.error = ImportError{{}, firstDataLine, {}, "no data rows"};
            return result;
        }
        if (m_modelNames.size() < 2) {
            result.error = ImportError{{}, m_lines.front(), "model",
                                       "only one model (\"" + m_modelNames.front()
                                           + "\"); the metrics compare at least two models"};
            return result;
        }
        EmbeddingSet &set = result.set;
        set.promptNames = std::move(m_promptNames);
        set.modelNames = std::move(m_modelNames);
        const std::vector<int> promptRemap = sortNames(set.promptNames);
        const std::vector<int> modelRemap = sortNames(set.modelNames);
        set.prompt.reserve(m_prompt.size());
        set.model.reserve(m_model.size());
        for (size_t r = 0; r < m_prompt.size(); ++r) {
            set.prompt.push_back(promptRemap[size_t(m_prompt[r])]);
            set.model.push_back(modelRemap[size_t(m_model[r])]);
        }
        set.rows = Eigen::Map<const RowMatrixF>(m_values.data(), Eigen::Index(m_prompt.size()),
                                                dim);
        return result;
    }

private:
    static int index(std::map<std::string, int> &map, std::vector<std::string> &names,
                     const std::string &name)
    {
        const auto [it, inserted] = map.emplace(name, int(names.size()));
        if (inserted)
            names.push_back(name);
        return it->second;
    }

    std::map<std::string, int> m_promptIndex, m_modelIndex;
    std::vector<std::string> m_promptNames, m_modelNames;
    std::vector<int> m_prompt, m_model, m_lines;
    std::vector<float> m_values;
    int m_currentLine = 0;
};

ImportResult failure(int line, std::string field, std::string message)
{
    ImportResult r;
    r.error = ImportError{{}, line, std::move(field), std::move(message)};
    return r;
}

struct TextLine
{
    int number = 0;
    std::string_view text;
};

std::vector<TextLine> nonBlankLines(std::string_view text)
{
    std::vector<TextLine> lines;
    int number = 0;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        ++number;
        if (line.find_first_not_of(" \t") != std::string_view::npos)
            lines.push_back({number, line});
        if (end == text.size())
            break;
        start = end + 1;
    }
    return lines;
}

std::string trimmed(std::string_view s)
{
    const size_t a = s.find_first_not_of(" \t");
    if (a == std::string_view::npos)
        return {};
    const size_t b = s.find_last_not_of(" \t");
    return std::string(s.substr(a, b - a + 1));
}

std::string lower(std::string s)
{
    for (char &c : s)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// The header's name for a 1-based CSV field, or "" past the header's end.
std::string fieldName(const std::vector<std::string> &header, int field)
{
    return field >= 1 && size_t(field) <= header.size() ? header[size_t(field - 1)] : std::string();
}

bool parseNumber(std::string_view s, float &out)
{
    double v = 0;
    const char *begin = s.data(), *end = s.data() + s.size();
    while (begin < end && *begin == ' ')
        ++begin;
    while (end > begin && end[-1] == ' ')
        --end;
    if (begin < end && *begin == '+')
        ++begin;
    const auto r = std::from_chars(begin, end, v);
    if (r.ec != std::errc() || r.ptr != end || !std::isfinite(v))
        return false;
    out = float(v);
    return std::isfinite(out);
}

std::string shown(std::string_view s)
{
    return "\"" + std::string(s.substr(0, 40)) + (s.size() > 40 ? "…" : "") + "\"";
}

// The prompt,model lines of a CSV (the header required), for the .npy sidecar.
struct NameColumns
{
    int prompt = -1, model = -1;
};

std::optional<ImportError> headerColumns(const TextLine &header,
                                         std::vector<std::string> &names, NameColumns &cols)
{
    if (auto e = math::splitCsvLine(header.text, names))
        return ImportError{{}, header.number, {}, e->message};
    for (size_t c = 0; c < names.size(); ++c) {
        const std::string name = lower(names[c]);
        if (name == "prompt" && cols.prompt < 0)
            cols.prompt = int(c);
        else if (name == "model" && cols.model < 0)
            cols.model = int(c);
    }
    if (cols.prompt < 0)
        return ImportError{{}, header.number, "prompt",
                           "missing column \"prompt\" in the header"};
    if (cols.model < 0)
        return ImportError{{}, header.number, "model", "missing column \"model\" in the header"};
    return std::nullopt;
}


// The first row holding a NaN or an infinity (all exponent bits set), or -1. A plain loop
// over the bits: Eigen's allFinite() is several times slower on a 125,000 x 1536 matrix.
Eigen::Index firstNonFiniteRow(const RowMatrixF &m)
{
    const Eigen::Index cols = m.cols();
    for (Eigen::Index r = 0; r < m.rows(); ++r) {
        const float *row = m.data() + r * cols;
        uint32_t special = 0;
        for (Eigen::Index c = 0; c < cols; ++c) {
            uint32_t bits = 0;
            std::memcpy(&bits, row + c, sizeof bits);
            special |= uint32_t((bits & 0x7f800000u) == 0x7f800000u);
        }
        if (special)
            return r;
    }
    return -1;
}

} // namespace

std::string sidecarPathFor(const std::string &npyPath)
{
    const size_t dot = npyPath.find_last_of('.');
    const size_t slash = npyPath.find_last_of('/');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash))
        return npyPath + ".csv";
    return npyPath.substr(0, dot) + ".csv";
}

ImportResult parseEmbeddingsCsv(std::string_view text)
{
    const std::vector<TextLine> lines = nonBlankLines(text);
    if (lines.empty())
        return failure(0, {}, "the file is empty");
    std::vector<std::string> header;
    NameColumns cols;
    if (auto e = headerColumns(lines.front(), header, cols))
        return failure(e->line, e->field, e->message);
    std::vector<int> embeddingColumns;
    for (int c = 0; c < int(header.size()); ++c) {
        if (c != cols.prompt && c != cols.model)
            embeddingColumns.push_back(c);
    }
    if (embeddingColumns.empty())
        return failure(lines.front().number, "e0",
                       "no embedding columns (e0, e1, ...) in the header");
    const int dim = int(embeddingColumns.size());
    Builder builder;
    std::vector<std::string> fields;
    for (size_t i = 1; i < lines.size(); ++i) {
        const TextLine &line = lines[i];
        if (auto e = math::splitCsvLine(line.text, fields))
            return failure(line.number, fieldName(header, e->field), e->message);
        if (fields.size() != header.size()) {
            const size_t missing = std::min(fields.size(), header.size());
            return failure(line.number, header[missing < header.size() ? missing : 0],
                           "the row has " + std::to_string(fields.size())
                               + " fields but the header " + std::to_string(header.size())
                               + " (ragged dimensions)");
        }
        std::vector<float> values(static_cast<size_t>(dim));
        for (int k = 0; k < dim; ++k) {
            const std::string &cell = fields[size_t(embeddingColumns[size_t(k)])];
            if (!parseNumber(cell, values[size_t(k)]))
                return failure(line.number, header[size_t(embeddingColumns[size_t(k)])],
                               shown(cell) + " is not a finite number");
        }
        if (fields[size_t(cols.prompt)].empty())
            return failure(line.number, "prompt", "empty prompt");
        if (fields[size_t(cols.model)].empty())
            return failure(line.number, "model", "empty model");
        builder.setLine(line.number);
        builder.add(fields[size_t(cols.prompt)], fields[size_t(cols.model)], std::move(values));
    }
    return builder.finish(dim, lines.front().number + 1);
}

ImportResult parseEmbeddingsJsonl(std::string_view text)
{
    using Json = nlohmann::json;
    const std::vector<TextLine> lines = nonBlankLines(text);
    if (lines.empty())
        return failure(0, {}, "the file is empty");
    Builder builder;
    int dim = -1;
    for (const TextLine &line : lines) {
        const Json row = Json::parse(line.text.begin(), line.text.end(), nullptr, false);
        if (row.is_discarded())
            return failure(line.number, {}, "not a valid JSON object");
        if (!row.is_object())
            return failure(line.number, {}, "expected a JSON object {\"prompt\", \"model\", "
                                            "\"embedding\"}");
        std::string names[2];
        const char *keys[2] = {"prompt", "model"};
        for (int k = 0; k < 2; ++k) {
            const auto it = row.find(keys[k]);
            if (it == row.end())
                return failure(line.number, keys[k],
                               std::string("missing key \"") + keys[k] + "\"");
            if (it->is_string())
                names[k] = it->get<std::string>();
            else if (it->is_number())
                names[k] = it->dump();
            else
                return failure(line.number, keys[k], "must be a string or a number");
            if (names[k].empty())
                return failure(line.number, keys[k], std::string("empty ") + keys[k]);
        }
        const auto emb = row.find("embedding");
        if (emb == row.end())
            return failure(line.number, "embedding", "missing key \"embedding\"");
        if (!emb->is_array() || emb->empty())
            return failure(line.number, "embedding", "must be a non-empty array of numbers");
        if (dim >= 0 && int(emb->size()) != dim) {
            return failure(line.number, "embedding",
                           "has " + std::to_string(emb->size()) + " values but earlier rows "
                               + std::to_string(dim) + " (ragged dimensions)");
        }
        dim = int(emb->size());
        std::vector<float> values(static_cast<size_t>(dim));
        for (int k = 0; k < dim; ++k) {
            const Json &v = (*emb)[size_t(k)];
            const double d = v.is_number() ? v.get<double>() : std::nan("");
            values[size_t(k)] = float(d);
            if (!v.is_number() || !std::isfinite(d) || !std::isfinite(values[size_t(k)]))
                return failure(line.number, "embedding[" + std::to_string(k) + "]",
                               shown(v.dump()) + " is not a finite number");
        }
        builder.setLine(line.number);
        builder.add(names[0], names[1], std::move(values));
    }
    return builder.finish(dim, lines.front().number);
}

ImportResult readEmbeddingsNpy(const std::string &npyPath, const std::string &sidecarPath,
                               const std::string &sidecarName)
{
    std::ifstream in(npyPath, std::ios::binary);
    if (!in)
        return failure(0, {}, "cannot be read");
    char magic[8] = {};
    in.read(magic, 8);
    if (!in || std::memcmp(magic, "\x93NUMPY", 6) != 0)
        return failure(0, {}, "is not a NumPy .npy file (no \\x93NUMPY magic)");
    const int major = static_cast<unsigned char>(magic[6]);
    uint32_t headerLength = 0;
    if (major == 1) {
        unsigned char b[2] = {};
        in.read(reinterpret_cast<char *>(b), 2);
        headerLength = uint32_t(b[0]) | uint32_t(b[1]) << 8;
    } else if (major == 2 || major == 3) {
        unsigned char b[4] = {};
        in.read(reinterpret_cast<char *>(b), 4);
        headerLength = uint32_t(b[0]) | uint32_t(b[1]) << 8 | uint32_t(b[2]) << 16
                       | uint32_t(b[3]) << 24;
    } else {
        return failure(0, "version", "unsupported .npy version " + std::to_string(major));
    }
    if (!in || headerLength > 65536)
        return failure(0, "header", "truncated or oversized .npy header");
    std::string header(headerLength, '\0');
    in.read(header.data(), std::streamsize(headerLength));
    if (!in)
        return failure(0, "header", "truncated .npy header");
    // The header is a Python dict literal: {'descr': '<f4', 'fortran_order': False,
    // 'shape': (125000, 1536), }
    const auto valueAfter = [&](const std::string &key) -> std::string {
        const size_t k = header.find("'" + key + "'");
        if (k == std::string::npos)
            return {};
        const size_t colon = header.find(':', k);
        return colon == std::string::npos ? std::string() : trimmed(header.substr(colon + 1));
    };
    const std::string descr = valueAfter("descr");
    int itemSize = 0;
    if (descr.rfind("'<f4'", 0) == 0 || descr.rfind("'=f4'", 0) == 0)
        itemSize = 4;
    else if (descr.rfind("'<f8'", 0) == 0 || descr.rfind("'=f8'", 0) == 0)
        itemSize = 8;
    else
        return failure(0, "descr", "dtype " + descr.substr(0, descr.find(',')) +
                                       " is not little-endian float32 or float64");
    if (valueAfter("fortran_order").rfind("False", 0) != 0)
        return failure(0, "fortran_order", "Fortran-ordered arrays are not supported; save "
                                           "with numpy.ascontiguousarray");
    const std::string shape = valueAfter("shape");
    long long nRows = -1, nCols = -1;
    if (std::sscanf(shape.c_str(), "(%lld, %lld)", &nRows, &nCols) != 2 || nRows < 1 || nCols < 1)
        return failure(0, "shape", "shape " + shape.substr(0, shape.find(')') + 1)
                                       + " is not a non-empty 2-D matrix (responses, dim)");
    // The header's shape against the bytes that follow it, before anything is allocated: a
    // small file must not make the app reserve what its header claims (and the product
    // rows x cols x itemSize must not overflow).
    const std::streamoff dataStart = in.tellg();
    in.seekg(0, std::ios::end);
    const std::streamoff dataBytes = in.tellg() - dataStart;
    in.seekg(dataStart);
    if (!in || dataBytes < 0 || nCols > dataBytes / itemSize / nRows)
        return failure(0, "shape", "the file ends before the " + std::to_string(nRows) + " x "
                                       + std::to_string(nCols) + " values its header declares");

    // The sidecar first: it is small, and a bad one must not cost the big read.
    std::ifstream sidecarIn(sidecarPath, std::ios::binary);
    ImportResult result;
    const auto sidecarFailure = [&](int line, std::string field, std::string message) {
        ImportResult r;
        r.error = ImportError{sidecarName, line, std::move(field), std::move(message)};
        return r;
    };
    if (!sidecarIn)
        return sidecarFailure(0, {}, "the sidecar CSV (prompt,model per row) cannot be read");
    const std::string sidecarText((std::istreambuf_iterator<char>(sidecarIn)),
                                  std::istreambuf_iterator<char>());
    const std::vector<TextLine> lines = nonBlankLines(sidecarText);
    if (lines.empty())
        return sidecarFailure(0, {}, "the file is empty");
    std::vector<std::string> headerNames, fields;
    NameColumns cols;
    if (auto e = headerColumns(lines.front(), headerNames, cols))
        return sidecarFailure(e->line, e->field, e->message);
    if (static_cast<long long>(lines.size()) - 1 != nRows) {
        return sidecarFailure(lines.size() > size_t(nRows) + 1 ? lines[size_t(nRows) + 1].number
                                                          : lines.back().number,
                              {},
                              "has " + std::to_string(lines.size() - 1)
                                  + " rows but the .npy matrix " + std::to_string(nRows));
    }
    Builder builder;
    for (size_t i = 1; i < lines.size(); ++i) {
        if (auto e = math::splitCsvLine(lines[i].text, fields))
            return sidecarFailure(lines[i].number, fieldName(headerNames, e->field), e->message);
        if (fields.size() != headerNames.size())
            return sidecarFailure(lines[i].number, {}, "the row has "
                                      + std::to_string(fields.size()) + " fields but the header "
                                      + std::to_string(headerNames.size()));
        if (fields[size_t(cols.prompt)].empty())
            return sidecarFailure(lines[i].number, "prompt", "empty prompt");
        if (fields[size_t(cols.model)].empty())
            return sidecarFailure(lines[i].number, "model", "empty model");
        builder.setLine(lines[i].number);
        builder.add(fields[size_t(cols.prompt)], fields[size_t(cols.model)], {});
    }
    result = builder.finish(0, 2);
    if (!result.ok()) {
        result.error->file = sidecarName;
        return result;
    }

    // The matrix, straight into the row-major float rows (float64 converted in chunks).
    RowMatrixF &m = result.set.rows;
    m.resize(Eigen::Index(nRows), Eigen::Index(nCols));
    if (itemSize == 4) {
        in.read(reinterpret_cast<char *>(m.data()), std::streamsize(nRows * nCols * 4));
    } else {
        std::vector<double> chunk(static_cast<size_t>(nCols) * 256);
        for (long long r = 0; r < nRows && in; r += 256) {
            const long long n = std::min<long long>(256, nRows - r);
            in.read(reinterpret_cast<char *>(chunk.data()), std::streamsize(n * nCols * 8));
            for (long long k = 0; k < n * nCols; ++k)
                m.data()[r * nCols + k] = float(chunk[size_t(k)]);
        }
    }
    if (!in) {
        ImportResult r;
        r.error = ImportError{{}, 0, "shape", "the file ends before the " + std::to_string(nRows)
                                                  + " x " + std::to_string(nCols)
                                                  + " values its header declares"};
        return r;
    }
    const Eigen::Index bad = firstNonFiniteRow(m);
    if (bad >= 0) {
        ImportResult r;
        r.error = ImportError{{}, 0, "row " + std::to_string(bad),
                              "contains a value that is not finite (NaN, inf, or beyond float)"};
        return r;
    }
    return result;
}

std::string embeddingsCsv(const EmbeddingSet &set)
{
    std::string out = "prompt,model";
    for (int k = 0; k < set.dim(); ++k)
        out += ",e" + std::to_string(k);
    out += '\n';
    char buffer[32];
    for (int r = 0; r < set.responses(); ++r) {
        out += math::csvField(set.promptNames[size_t(set.prompt[size_t(r)])]) + ","
               + math::csvField(set.modelNames[size_t(set.model[size_t(r)])]);
        for (int k = 0; k < set.dim(); ++k) {
            std::snprintf(buffer, sizeof buffer, ",%.7g", double(set.rows(r, k)));
            out += buffer;
        }
        out += '\n';
    }
    return out;
}

std::string writeEmbeddingsNpy(const EmbeddingSet &set, const std::string &npyPath,
                               const std::string &sidecarPath)
{
    std::string header = "{'descr': '<f4', 'fortran_order': False, 'shape': ("
                         + std::to_string(set.responses()) + ", " + std::to_string(set.dim())
                         + "), }";
    // Magic (6) + version (2) + length (2) + header + '\n' must be a multiple of 64.
    while ((10 + header.size() + 1) % 64 != 0)
        header += ' ';
    header += '\n';
    std::ofstream out(npyPath, std::ios::binary);
    out.write("\x93NUMPY\x01\x00", 8);
    const unsigned char length[2] = {static_cast<unsigned char>(header.size() & 0xff),
                                     static_cast<unsigned char>(header.size() >> 8)};
    out.write(reinterpret_cast<const char *>(length), 2);
    out.write(header.data(), std::streamsize(header.size()));
    out.write(reinterpret_cast<const char *>(set.rows.data()),
              std::streamsize(set.rows.size() * 4));
    if (!out)
        return "cannot write " + npyPath;
    std::ofstream side(sidecarPath, std::ios::binary);
    side << "prompt,model\n";
    for (int r = 0; r < set.responses(); ++r)
        side << math::csvField(set.promptNames[size_t(set.prompt[size_t(r)])]) << ','
             << math::csvField(set.modelNames[size_t(set.model[size_t(r)])]) << '\n';
    return side ? std::string() : "cannot write " + sidecarPath;
}

std::string metricsJson(const MetricResult &r, const EmbeddingSet &set)
{
    using Json = nlohmann::ordered_json;
    const auto number = [](double v) { return std::isfinite(v) ? Json(v) : Json(nullptr); };
    Json readouts = Json::object();
    readouts["intra_sim_mean"] = number(r.intraMean);
    readouts["inter_sim_mean"] = number(r.interOffDiagonalMean);
    readouts["inter_sim_diag_mean"] = number(r.interDiagonalMean);
    readouts["inter_sim_diag_no_self_mean"] = number(r.interDiagonalNoSelfMean);
    for (size_t t = 0; t < r.ns.size(); ++t)
        readouts["unique_sources_at_" + std::to_string(r.ns[t])] = number(r.uniqueSourcesMean[t]);
    for (int b = 0; b < kHistogramBins; ++b)
        readouts["hist_intra_bin" + std::to_string(b)] = r.histogramPooled[size_t(b)];
    readouts["prompts"] = r.prompts;
    readouts["models"] = r.models;
    readouts["responses"] = r.responses;
    readouts["dim"] = r.dim;

    Json doc;
    doc["paper"] = "arXiv 2510.22954 (Artificial Hivemind)";
    doc["readouts"] = readouts;
    doc["prompts"] = set.promptNames;
    doc["models"] = set.modelNames;
    Json intra = Json::array(), inter = Json::array(), hist = Json::array();
    for (int p = 0; p < r.prompts; ++p) {
        Json row = Json::array();
        for (int a = 0; a < r.models; ++a)
            row.push_back(number(r.intra(p, a)));
        intra.push_back(row);
    }
    for (int a = 0; a < r.models; ++a) {
        Json row = Json::array();
        for (int b = 0; b < r.models; ++b)
            row.push_back(number(r.inter(a, b)));
        inter.push_back(row);
        hist.push_back(r.histogramPerModel[size_t(a)]);
    }
    doc["intra_similarity"] = {{"rows", "prompts"}, {"columns", "models"}, {"values", intra}};
    doc["intra_histogram_percent"] = {{"rows", "models"},
                                      {"bins", "[0,0.1) ... [0.9,1]"},
                                      {"values", hist},
                                      {"average", r.histogramAverage}};
    doc["inter_similarity"] = {{"diagonal", "self-pairs included"}, {"values", inter}};
    Json diag = Json::array();
    for (int a = 0; a < r.models; ++a)
        diag.push_back(number(r.interDiagonalNoSelf(a)));
    doc["inter_diagonal_no_self_pairs"] = diag;
    Json unique = Json::array();
    for (int p = 0; p < r.prompts; ++p) {
        Json row = Json::array();
        for (size_t t = 0; t < r.ns.size(); ++t)
            row.push_back(number(r.uniqueSources(p, Eigen::Index(t))));
        unique.push_back(row);
    }
    doc["unique_sources"] = {{"n", r.ns}, {"rows", "prompts"}, {"values", unique}};
    return doc.dump(2) + "\n";
}

} // namespace paperlab::papers::hivemind
