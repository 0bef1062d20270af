// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "jsonlite.h"

#include <charconv>
#include <cmath>

namespace paperlab::papers::rlvrlimits::json {

const Value *Value::find(std::string_view key) const
{
    const Value *hit = nullptr;
    for (const auto &[k, v] : object) {
        if (k == key)
            hit = &v;
    }
    return hit;
}

namespace {

constexpr int kMaxDepth = 64;

class Parser
{
public:
    explicit Parser(std::string_view text) : m_s(text) {}

    bool run(Value &out, Error &error)
    {
        skipWs();
        bool ok = value(out, 0);
        if (ok) {
            skipWs();
            if (m_pos != m_s.size())
                ok = fail("unexpected text after the value");
        }
        if (!ok)
            error = m_error;
        return ok;
    }

private:
    bool fail(std::string message)
    {
        if (m_error.message.empty())
            m_error = {m_pos, std::move(message)};
        return false;
    }

    void skipWs()
    {
        while (m_pos < m_s.size()
               && (m_s[m_pos] == ' ' || m_s[m_pos] == '\t' || m_s[m_pos] == '\n'
                   || m_s[m_pos] == '\r'))
            ++m_pos;
    }

    bool literal(std::string_view word)
    {
        if (m_s.substr(m_pos, word.size()) != word)
            return fail("invalid literal");
        m_pos += word.size();
        return true;
    }

    bool value(Value &v, int depth)
    {
        if (depth > kMaxDepth)
            return fail("nesting is too deep");
        if (m_pos >= m_s.size())
            return fail("unexpected end of input");
        switch (m_s[m_pos]) {
        case '{':
            return object(v, depth);
        case '[':
            return array(v, depth);
        case '"':
            v.type = Value::Type::String;
            return string(v.string);
        case 't':
            v.type = Value::Type::Bool;
            v.boolean = true;
            return literal("true");
        case 'f':
            v.type = Value::Type::Bool;
            v.boolean = false;
            return literal("false");
        case 'n':
            v.type = Value::Type::Null;
            return literal("null");
        default:
            return number(v);
        }
    }

    bool object(Value &v, int depth)
    {
        v.type = Value::Type::Object;
        ++m_pos; // '{'
        skipWs();
        if (m_pos < m_s.size() && m_s[m_pos] == '}') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipWs();
            if (m_pos >= m_s.size() || m_s[m_pos] != '"')
                return fail("expected a member name in double quotes");
            std::string key;
            if (!string(key))
                return false;
            skipWs();
            if (m_pos >= m_s.size() || m_s[m_pos] != ':')
                return fail("expected ':' after a member name");
            ++m_pos;
            skipWs();
            Value member;
            if (!value(member, depth + 1))
                return false;
            v.object.emplace_back(std::move(key), std::move(member));
            skipWs();
            if (m_pos < m_s.size() && m_s[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_s.size() && m_s[m_pos] == '}') {
                ++m_pos;
                return true;
            }
            return fail("expected ',' or '}' in an object");
        }
    }

    bool array(Value &v, int depth)
    {
        v.type = Value::Type::Array;
        ++m_pos; // '['
        skipWs();
        if (m_pos < m_s.size() && m_s[m_pos] == ']') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipWs();
            Value item;
            if (!value(item, depth + 1))
                return false;
            v.array.push_back(std::move(item));
            skipWs();
            if (m_pos < m_s.size() && m_s[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_s.size() && m_s[m_pos] == ']') {
                ++m_pos;
                return true;
            }
            return fail("expected ',' or ']' in an array");
        }
    }

    static void appendUtf8(std::string &out, unsigned cp)
    {
        if (cp < 0x80) {
            out += char(cp);
        } else if (cp < 0x800) {
            out += char(0xC0 | (cp >> 6));
            out += char(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += char(0xE0 | (cp >> 12));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        } else {
            out += char(0xF0 | (cp >> 18));
            out += char(0x80 | ((cp >> 12) & 0x3F));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        }
    }

    bool hex4(unsigned &cp)
    {
        if (m_pos + 4 > m_s.size())
            return fail("truncated \\u escape");
        cp = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = m_s[m_pos++];
            cp <<= 4;
            if (c >= '0' && c <= '9')
                cp |= unsigned(c - '0');
            else if (c >= 'a' && c <= 'f')
                cp |= unsigned(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                cp |= unsigned(c - 'A' + 10);
            else
                return fail("invalid \\u escape");
        }
        return true;
    }

    bool string(std::string &out)
    {
        ++m_pos; // opening quote
        for (;;) {
            if (m_pos >= m_s.size())
                return fail("unterminated string");
            const char c = m_s[m_pos++];
            if (c == '"')
                return true;
            if (static_cast<unsigned char>(c) < 0x20)
                return fail("control character in a string");
            if (c != '\\') {
                out += c;
                continue;
            }
            if (m_pos >= m_s.size())
                return fail("unterminated string");
            const char e = m_s[m_pos++];
            switch (e) {
            case '"':
                out += '"';
                break;
            case '\\':
                out += '\\';
                break;
            case '/':
                out += '/';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                unsigned cp = 0;
                if (!hex4(cp))
                    return false;
                if (cp >= 0xD800 && cp <= 0xDBFF) { // surrogate pair
                    unsigned lo = 0;
                    if (m_s.substr(m_pos, 2) != "\\u")
                        return fail("unpaired surrogate in \\u escape");
                    m_pos += 2;
                    if (!hex4(lo))
                        return false;
                    if (lo < 0xDC00 || lo > 0xDFFF)
                        return fail("unpaired surrogate in \\u escape");
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    return fail("unpaired surrogate in \\u escape");
                }
                appendUtf8(out, cp);
                break;
            }
            default:
                --m_pos;
                return fail("invalid escape in a string");
            }
        }
    }

    bool number(Value &v)
    {
        // Check the JSON number grammar, then convert with from_chars (locale-independent).
        const size_t start = m_pos;
        auto digit = [&] { return m_pos < m_s.size() && m_s[m_pos] >= '0' && m_s[m_pos] <= '9'; };
        if (m_pos < m_s.size() && m_s[m_pos] == '-')
            ++m_pos;
        if (!digit())
            return fail("invalid value");
        if (m_s[m_pos] == '0') {
            ++m_pos;
        } else {
            while (digit())
                ++m_pos;
        }
        if (m_pos < m_s.size() && m_s[m_pos] == '.') {
            ++m_pos;
            if (!digit())
                return fail("invalid number");
            while (digit())
                ++m_pos;
        }
        if (m_pos < m_s.size() && (m_s[m_pos] == 'e' || m_s[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_s.size() && (m_s[m_pos] == '+' || m_s[m_pos] == '-'))
                ++m_pos;
            if (!digit())
                return fail("invalid number");
            while (digit())
                ++m_pos;
        }
        v.type = Value::Type::Number;
        const auto r = std::from_chars(m_s.data() + start, m_s.data() + m_pos, v.number);
        if (r.ec != std::errc() || !std::isfinite(v.number)) {
            m_pos = start;
            return fail("number out of range");
        }
        return true;
    }

    std::string_view m_s;
    size_t m_pos = 0;
    Error m_error;
};

} // namespace

bool parse(std::string_view text, Value &out, Error &error)
{
    out = Value();
    return Parser(text).run(out, error);
}

} // namespace paperlab::papers::rlvrlimits::json
