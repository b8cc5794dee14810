#include "app/emulator/jsontext.h"

#include <algorithm>
#include <charconv>
#include <iterator>

namespace {

bool needsEscape(char16_t c)
{
    return c < 0x20 || c == u'"' || c == u'\\';
}

} // namespace

namespace JsonText {

void appendEscaped(std::string &out, std::string_view utf8)
{
    if (std::none_of(utf8.cbegin(), utf8.cend(), [](char c) { return needsEscape(uchar(c)); })) {
        out.append(utf8);
        return;
    }
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (uchar(c) < 0x20) {
                static const char kHex[] = "0123456789abcdef";
                out.append("\\u00");
                out.push_back(kHex[(uchar(c) >> 4) & 0xf]);
                out.push_back(kHex[uchar(c) & 0xf]);
            } else {
                out.push_back(c);
            }
        }
    }
}

void appendString(std::string &out, QStringView text)
{
    out.push_back('"');
    // Printable ASCII, the usual text, one char each; anything else through UTF-8.
    const size_t at = out.size();
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80 || needsEscape(u)) {
            out.resize(at);
            const QByteArray utf8 = text.toUtf8();
            appendEscaped(out, std::string_view(utf8.constData(), size_t(utf8.size())));
            break;
        }
        out.push_back(char(u));
    }
    out.push_back('"');
}

void appendNumber(std::string &out, qint64 value)
{
    char digits[24];
    const std::to_chars_result end = std::to_chars(std::begin(digits), std::end(digits), value);
    out.append(digits, size_t(end.ptr - digits));
}

} // namespace JsonText
