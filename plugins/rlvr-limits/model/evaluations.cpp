// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "evaluations.h"

#include <paperlab/math/csv.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <vector>

namespace paperlab::papers::rlvrlimits {

int EvaluationData::problemCount() const
{
    int n = 0;
    for (const ModelCounts &m : models)
        n += int(m.problems.size());
    return n;
}

std::string EvalParseError::text() const
{
    std::string where = line > 0 ? "line " + std::to_string(line) : std::string("input");
    if (column > 0)
        where += ", column " + std::to_string(column);
    return where + ": " + message;
}

namespace {

constexpr int64_t kMaxCount = int64_t(1) << 40; // far beyond any evaluation; keeps sums exact

struct Line
{
    int number = 0;
    std::string_view text;
};

std::vector<Line> splitLines(std::string_view text)
{
    if (text.substr(0, 3) == "\xEF\xBB\xBF") // UTF-8 byte-order mark
        text.remove_prefix(3);
    std::vector<Line> lines;
    int number = 1;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view l = text.substr(start, end - start);
        if (!l.empty() && l.back() == '\r')
            l.remove_suffix(1);
        lines.push_back({number++, l});
        start = end + 1;
    }
    return lines;
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

bool isBlank(std::string_view s)
{
    return trim(s).empty();
}

std::string normalisedName(std::string_view s)
{
    std::string out(trim(s));
    for (char &ch : out) {
        if (ch >= 'A' && ch <= 'Z')
            ch = char(ch - 'A' + 'a');
        else if (ch == ' ' || ch == '-')
            ch = '_';
    }
    return out;
}

bool oneOf(const std::string &name, std::initializer_list<const char *> names)
{
    return std::any_of(names.begin(), names.end(), [&](const char *n) { return name == n; });
}

enum class Role { Ignored, Model, Problem, N, C, Sample };

Role roleOf(const std::string &name)
{
    if (oneOf(name, {"model", "model_name", "system", "checkpoint"}))
        return Role::Model;
    if (oneOf(name,
              {"problem", "problem_id", "question", "question_id", "id", "idx", "index", "task",
               "task_id", "prompt_id"}))
        return Role::Problem;
    if (oneOf(name, {"n", "num_samples", "n_samples", "samples", "total", "attempts"}))
        return Role::N;
    if (oneOf(name, {"c", "num_correct", "n_correct", "correct_count", "successes"}))
        return Role::C;
    if (oneOf(name, {"correct", "is_correct", "score", "reward", "passed", "pass", "success"}))
        return Role::Sample;
    return Role::Ignored;
}

// What is wrong with a count pair, and in which of the two (field "n" or "c"); empty if fine.
std::string countProblem(int64_t n, int64_t c, std::string &field)
{
    field = "n";
    if (n < 0)
        return "n = " + std::to_string(n) + " is negative";
    if (n == 0)
        return "n = 0: every problem needs at least one sample";
    if (n > kMaxCount)
        return "n = " + std::to_string(n) + " is implausibly large";
    field = "c";
    if (c < 0)
        return "c = " + std::to_string(c) + " is negative";
    if (c > n)
        return "c = " + std::to_string(c) + " exceeds n = " + std::to_string(n);
    field.clear();
    return {};
}

// A whole number from text: "12", "-3", or an integral decimal such as "12.0".
bool parseWhole(std::string_view s, int64_t &out)
{
    s = trim(s);
    if (s.empty())
        return false;
    std::string_view digits = s.front() == '+' ? s.substr(1) : s;
    const auto r = std::from_chars(digits.data(), digits.data() + digits.size(), out);
    if (r.ec == std::errc() && r.ptr == digits.data() + digits.size())
        return true;
    double d = 0.0;
    const auto rd = std::from_chars(digits.data(), digits.data() + digits.size(), d);
    if (rd.ec != std::errc() || rd.ptr != digits.data() + digits.size() || !std::isfinite(d)
        || std::floor(d) != d || std::abs(d) > 9.0e15)
        return false;
    out = int64_t(d);
    return true;
}

// A single sample's verdict: 1/0, true/false, yes/no (case-insensitive), 1.0/0.0.
bool parseVerdict(std::string_view s, bool &out)
{
    const std::string v = normalisedName(s);
    if (v == "1" || v == "true" || v == "yes" || v == "1.0") {
        out = true;
        return true;
    }
    if (v == "0" || v == "false" || v == "no" || v == "0.0") {
        out = false;
        return true;
    }
    return false;
}

std::string numberText(double x)
{
    if (std::floor(x) == x && std::abs(x) < 9.0e15)
        return std::to_string(int64_t(x));
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, x);
    return std::string(buf, r.ptr);
}

// Collects rows, pooling repeated (model, problem) pairs.
class Builder
{
public:
    EvaluationData data;

    std::optional<EvalParseError> add(int line, const std::string &model, std::string problem,
                                      int64_t n, int64_t c)
    {
        std::string field;
        if (std::string p = countProblem(n, c, field); !p.empty())
            return EvalParseError{line, 0, p, field};
        ++data.rows;
        auto [mit, newModel] = m_modelIndex.try_emplace(model, data.models.size());
        if (newModel) {
            data.models.push_back({model, {}});
            m_problemIndex.emplace_back();
            m_autoId.push_back(0);
        }
        const size_t mi = mit->second;
        if (problem.empty())
            problem = "#" + std::to_string(++m_autoId[mi]); // no id column: one row per problem
        auto [pit, newProblem]
            = m_problemIndex[mi].try_emplace(problem, data.models[mi].problems.size());
        if (newProblem) {
            data.models[mi].problems.push_back({problem, n, c});
        } else {
            ProblemCount &pc = data.models[mi].problems[pit->second];
            pc.n += n;
            pc.c += c;
            ++data.pooledRows;
            if (std::string p = countProblem(pc.n, pc.c, field); !p.empty())
                return EvalParseError{line, 0, "after pooling with earlier rows, " + p, field};
        }
        return std::nullopt;
    }

private:
    std::map<std::string, size_t> m_modelIndex;
    std::vector<std::map<std::string, size_t>> m_problemIndex;
    std::vector<int> m_autoId;
};

// ---- CSV -----------------------------------------------------------------------------------

// One CSV line split into fields; a split error names the line and the field's number.
std::optional<EvalParseError> splitCsv(const Line &line, char delim, std::vector<std::string> &out)
{
    if (auto e = math::splitCsvLine(line.text, out, delim))
        return EvalParseError{line.number, 0,
                              e->message + " in field " + std::to_string(e->field)};
    return std::nullopt;
}

char detectDelimiter(std::string_view headerLine)
{
    bool quoted = false;
    int comma = 0, tab = 0, semi = 0;
    for (char ch : headerLine) {
        if (ch == '"')
            quoted = !quoted;
        else if (!quoted && ch == ',')
            ++comma;
        else if (!quoted && ch == '\t')
            ++tab;
        else if (!quoted && ch == ';')
            ++semi;
    }
    if (comma > 0)
        return ',';
    if (tab > 0)
        return '\t';
    if (semi > 0)
        return ';';
    return 0;
}

EvalParseResult parseCsv(const std::vector<Line> &lines)
{
    EvalParseResult result;
    Builder b;
    auto failWith = [&](EvalParseError e) {
        result.error = std::move(e);
        return result;
    };
    size_t i = 0;
    while (i < lines.size() && (isBlank(lines[i].text) || trim(lines[i].text).front() == '#'))
        ++i;
    if (i == lines.size())
        return failWith({0, 0, "no evaluation rows found"});
    const Line &first = lines[i];
    const char delim = detectDelimiter(first.text);
    if (delim == 0)
        return failWith({first.number, 0,
                         "expected at least two columns (n and c) separated by "
                         "commas, tabs or semicolons"});
    std::vector<std::string> fields;
    if (auto e = splitCsv(first, delim, fields))
        return failWith(*e);

    // Column roles, from the header or from the number of all-numeric columns; names for
    // error messages, as the header spells them.
    std::vector<Role> roles;
    std::vector<std::string> names;
    const bool numeric = std::all_of(fields.begin(), fields.end(), [](const std::string &f) {
        int64_t v = 0;
        return parseWhole(f, v);
    });
    if (numeric) {
        if (fields.size() == 2)
            roles = {Role::N, Role::C};
        else if (fields.size() == 3)
            roles = {Role::Problem, Role::N, Role::C};
        else if (fields.size() == 4)
            roles = {Role::Model, Role::Problem, Role::N, Role::C};
        if (fields.size() >= 2 && fields.size() <= 4) {
            const char *byRole[] = {"", "model", "problem", "n", "c", "correct"};
            for (Role r : roles)
                names.emplace_back(byRole[int(r)]);
        } else
            return failWith({first.number, 0,
                             "a file without a header must have 2 (n,c), 3 "
                             "(problem,n,c) or 4 (model,problem,n,c) columns; "
                             "add a header line to name the columns"});
    } else {
        for (const std::string &f : fields) {
            roles.push_back(roleOf(normalisedName(f)));
            names.push_back(f);
        }
        const auto count = [&](Role r) { return std::count(roles.begin(), roles.end(), r); };
        for (Role r : {Role::Model, Role::Problem, Role::N, Role::C}) {
            if (count(r) > 1)
                return failWith({first.number, 0,
                                 "the header names more than one column for "
                                 "the same quantity"});
        }
        if (count(Role::N) == 1 && count(Role::C) == 0 && count(Role::Sample) == 1)
            std::replace(roles.begin(), roles.end(), Role::Sample, Role::C); // "n,correct"
        if (count(Role::N) == 1 && count(Role::C) == 1) {
            std::replace(roles.begin(), roles.end(), Role::Sample, Role::Ignored);
        } else if (count(Role::N) == 0 && count(Role::C) == 0 && count(Role::Sample) == 1) {
            if (count(Role::Problem) != 1)
                return failWith({first.number, 0, "per-sample rows need a problem column"});
        } else if (count(Role::N) == 0 && count(Role::C) == 1) {
            return failWith({first.number, 0, "the header has a c column but no n column"});
        } else if (count(Role::Sample) > 1) {
            return failWith({first.number, 0,
                             "the header names more than one per-sample "
                             "result column"});
        } else {
            return failWith({first.number, 0,
                             "the header must name an n and a c column "
                             "(e.g. model,problem,n,c) or a per-sample column "
                             "such as correct"});
        }
        ++i;
    }

    for (; i < lines.size(); ++i) {
        const Line &line = lines[i];
        if (isBlank(line.text) || trim(line.text).front() == '#')
            continue;
        if (auto e = splitCsv(line, delim, fields))
            return failWith(*e);
        if (fields.size() != roles.size())
            return failWith({line.number, 0,
                             "expected " + std::to_string(roles.size()) + " fields, found "
                                 + std::to_string(fields.size())});
        std::string model = "model", problem;
        int64_t n = -1, c = -1;
        for (size_t f = 0; f < roles.size(); ++f) {
            const std::string &text = fields[f];
            switch (roles[f]) {
            case Role::Model:
                model = text;
                break;
            case Role::Problem:
                problem = text;
                if (problem.empty())
                    return failWith({line.number, 0, "empty problem id", names[f]});
                break;
            case Role::N:
            case Role::C:
                if (!parseWhole(text, roles[f] == Role::N ? n : c))
                    return failWith({line.number, 0,
                                     std::string(roles[f] == Role::N ? "n" : "c") + " = \""
                                         + text + "\" is not a whole number",
                                     names[f]});
                break;
            case Role::Sample: {
                bool ok = false;
                if (!parseVerdict(text, ok))
                    return failWith(
                        {line.number, 0,
                         "per-sample result \"" + text + "\" is not 0/1 or true/false",
                         names[f]});
                n = 1;
                c = ok ? 1 : 0;
                break;
            }
            case Role::Ignored:
                break;
            }
        }
        if (auto e = b.add(line.number, model, problem, n, c)) {
            // The header's spelling of n or c ("num_correct"), as the user wrote it.
            for (size_t f = 0; f < roles.size(); ++f) {
                if ((roles[f] == Role::N && e->field == "n")
                    || (roles[f] == Role::C && e->field == "c"))
                    e->field = names[f];
            }
            return failWith(*e);
        }
    }
    if (b.data.rows == 0)
        return failWith({first.number, 0, "no evaluation rows after the header"});
    result.data = std::move(b.data);
    result.data.format = EvalFormat::Csv;
    return result;
}

// ---- JSONL ---------------------------------------------------------------------------------

using Json = nlohmann::json;

// Describes why `text` is not JSON, in the words the evaluation messages have always used, and
// where: nlohmann reports a byte offset and its own wording, so a second, SAX pass over the
// rejected line tracks which container and which part of it the bad token sits in.
class JsonErrorLocator : public nlohmann::json_sax<Json>
{
public:
    explicit JsonErrorLocator(std::string_view text) : m_text(text) {}

    EvalParseError error(int line) const { return {line, m_column, m_message}; }

    bool null() override { return value(); }
    bool boolean(bool) override { return value(); }
    bool number_integer(number_integer_t) override { return value(); }
    bool number_unsigned(number_unsigned_t) override { return value(); }
    bool number_float(number_float_t, const string_t &) override { return value(); }
    bool string(string_t &) override { return value(); }
    bool binary(binary_t &) override { return value(); }
    bool start_object(std::size_t) override { return open(Expect::Key); }
    bool key(string_t &) override
    {
        m_expect = Expect::Colon;
        return true;
    }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(Expect::Value); }
    bool end_array() override { return close(); }

    bool parse_error(std::size_t position, const std::string &lastToken,
                     const nlohmann::detail::exception &ex) override
    {
        const std::string what = ex.what();
        const size_t start = what.find("unexpected end of input") != std::string::npos
            ? m_text.size()
            : tokenStart(position, lastToken);
        if (ex.id == 406) { // a number beyond double's range
            m_message = "number out of range";
            m_column = int(std::min(start, m_text.size())) + 1;
            return false;
        }
        const size_t lexer = what.find("; last read: '");
        if (lexer != std::string::npos) {
            // The token itself is malformed (a bad literal, string or number): nlohmann's
            // description of it, pointing at the byte where reading it failed.
            const size_t dash = what.find(" - ");
            const size_t colon = what.find(": ");
            const size_t from = dash != std::string::npos && dash < lexer ? dash + 3
                : colon != std::string::npos                              ? colon + 2
                                                                          : 0;
            m_message = what.substr(from, lexer - from);
            m_column = int(std::min(position, m_text.size() + 1));
            return false;
        }
        // A well-formed token in the wrong place; the column is where that token starts.
        m_column = int(std::min(start, m_text.size())) + 1;
        size_t before = std::min(start, m_text.size());
        while (before > 0 && (m_text[before - 1] == ' ' || m_text[before - 1] == '\t'))
            --before;
        const char previous = before > 0 ? m_text[before - 1] : '\0';
        const bool inObject = !m_stack.empty() && m_stack.back() == '{';
        if (m_expect == Expect::Key || (m_expect == Expect::CommaOrEnd && previous == ','
                                             && inObject))
            m_message = "expected a member name in double quotes";
        else if (m_expect == Expect::Colon && previous != ':')
            m_message = "expected ':' after a member name";
        else if (m_expect == Expect::CommaOrEnd && previous != ',')
            m_message = m_stack.empty() ? "unexpected text after the value"
                : inObject              ? "expected ',' or '}' in an object"
                                        : "expected ',' or ']' in an array";
        else
            m_message = start >= m_text.size() ? "unexpected end of input" : "invalid value";
        return false;
    }

private:
    enum class Expect { Value, Key, Colon, CommaOrEnd };

    // Where the token ending at `end` starts. nlohmann's token text restarts at each string
    // and number but not at punctuation or literals, so those are found in the text itself.
    size_t tokenStart(size_t end, const std::string &token) const
    {
        end = std::min(end, m_text.size());
        if (end == 0)
            return 0;
        const char last = m_text[end - 1];
        if (std::string_view("{}[],:").find(last) != std::string_view::npos)
            return end - 1;
        if (last >= 'a' && last <= 'z') {
            while (end > 0 && m_text[end - 1] >= 'a' && m_text[end - 1] <= 'z')
                --end;
            return end;
        }
        return end >= token.size() ? end - token.size() : 0;
    }

    bool value()
    {
        m_expect = Expect::CommaOrEnd;
        return true;
    }
    bool open(Expect next)
    {
        m_stack.push_back(next == Expect::Key ? '{' : '[');
        m_expect = next;
        return true;
    }
    bool close()
    {
        m_stack.pop_back();
        m_expect = Expect::CommaOrEnd;
        return true;
    }

    std::string_view m_text;
    std::vector<char> m_stack; // '{' or '[' per open container
    Expect m_expect = Expect::Value;
    int m_column = 0;
    std::string m_message = "invalid JSON";
};

const Json *findAny(const Json &obj, std::initializer_list<const char *> keys)
{
    for (const char *k : keys) {
        const auto it = obj.find(k);
        if (it != obj.end())
            return &*it;
    }
    return nullptr;
}

std::optional<EvalParseError> jsonWhole(const Json &v, const char *what, int line, int64_t &out)
{
    const double x = v.is_number() ? v.get<double>() : 0.0;
    if (!v.is_number() || std::floor(x) != x || std::abs(x) > 9.0e15)
        return EvalParseError{line, 0, std::string("\"") + what + "\" must be a whole number",
                              what};
    out = int64_t(x);
    return std::nullopt;
}

EvalParseResult parseJsonl(const std::vector<Line> &lines)
{
    EvalParseResult result;
    Builder b;
    auto failWith = [&](EvalParseError e) {
        result.error = std::move(e);
        return result;
    };
    for (const Line &line : lines) {
        if (isBlank(line.text))
            continue;
        const Json obj = Json::parse(line.text, nullptr, false);
        if (obj.is_discarded()) {
            JsonErrorLocator locator(line.text);
            Json::sax_parse(line.text, &locator);
            return failWith(locator.error(line.number));
        }
        if (!obj.is_object())
            return failWith({line.number, 0, "expected one JSON object per line"});
        std::string model = "model", problem;
        if (const Json *m = findAny(obj, {"model", "model_name", "system", "checkpoint"})) {
            if (m->is_string())
                model = m->get<std::string>();
            else if (m->is_number())
                model = numberText(m->get<double>());
            else
                return failWith({line.number, 0, "\"model\" must be a string", "model"});
        }
        if (const Json *p = findAny(obj,
                                           {"problem", "problem_id", "question_id", "id", "idx",
                                            "index", "task_id", "prompt_id"})) {
            if (p->is_string())
                problem = p->get<std::string>();
            else if (p->is_number())
                problem = numberText(p->get<double>());
            else
                return failWith({line.number, 0, "the problem id must be a string or a number",
                                 "problem"});
            if (problem.empty())
                return failWith({line.number, 0, "empty problem id", "problem"});
        }
        const Json *nv
            = findAny(obj, {"n", "num_samples", "n_samples", "samples", "total"});
        const Json *cv
            = findAny(obj, {"c", "num_correct", "n_correct", "correct_count", "successes"});
        const Json *list = findAny(obj,
                                          {"correct", "is_correct", "scores", "score", "rewards",
                                           "reward", "results", "passed"});
        if (!cv && nv && list && list->is_number())
            cv = list; // {"n": 16, "correct": 5}
        int64_t n = 0, c = 0;
        if (nv && cv) {
            if (auto e = jsonWhole(*nv, "n", line.number, n))
                return failWith(*e);
            if (auto e = jsonWhole(*cv, "c", line.number, c))
                return failWith(*e);
        } else if (!nv && !cv && list && list->is_array()) {
            n = int64_t(list->size());
            for (size_t s = 0; s < list->size(); ++s) {
                const Json &x = (*list)[s];
                if (x.is_boolean()) {
                    c += x.get<bool>() ? 1 : 0;
                } else if (x.is_number() && (x.get<double>() == 0.0 || x.get<double>() == 1.0)) {
                    c += x.get<double>() == 1.0 ? 1 : 0;
                } else {
                    return failWith({line.number, 0,
                                     "sample " + std::to_string(s + 1)
                                         + " of the per-sample list is not 0/1 or "
                                           "true/false",
                                     "correct"});
                }
            }
        } else if (nv && !cv) {
            return failWith(
                {line.number, 0, "has \"n\" but no \"c\" (number of correct samples)", "c"});
        } else if (cv && !nv) {
            return failWith(
                {line.number, 0, "has \"c\" but no \"n\" (number of samples)", "n"});
        } else {
            return failWith({line.number, 0,
                             "needs \"n\" and \"c\", or a per-sample list such as "
                             "\"correct\": [true, false, ...]"});
        }
        if (auto e = b.add(line.number, model, problem, n, c))
            return failWith(*e);
    }
    if (b.data.rows == 0)
        return failWith({0, 0, "no evaluation rows found"});
    result.data = std::move(b.data);
    result.data.format = EvalFormat::Jsonl;
    return result;
}

} // namespace

EvalParseResult parseEvaluations(std::string_view text, EvalFormat format)
{
    const std::vector<Line> lines = splitLines(text);
    if (format == EvalFormat::Auto) {
        format = EvalFormat::Csv;
        for (const Line &l : lines) {
            const std::string_view t = trim(l.text);
            if (t.empty() || t.front() == '#')
                continue;
            if (t.front() == '{')
                format = EvalFormat::Jsonl;
            break;
        }
    }
    return format == EvalFormat::Jsonl ? parseJsonl(lines) : parseCsv(lines);
}

} // namespace paperlab::papers::rlvrlimits
