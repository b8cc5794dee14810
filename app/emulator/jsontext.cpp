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
    // Printable ASCII, the usual text, written in place; anything else through UTF-8.
    const size_t at = out.size();
    out.resize(at + size_t(text.size()) + 2);
    char *write = out.data() + at;
    *write++ = '"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80 || needsEscape(u)) {
            out.resize(at);
            out.push_back('"');
            const QByteArray utf8 = text.toUtf8();
            appendEscaped(out, std::string_view(utf8.constData(), size_t(utf8.size())));
            out.push_back('"');
            return;
        }
        *write++ = char(u);
    }
    *write = '"';
}

void appendGuid(std::string &out, const QUuid &uuid)
{
    static const char kHex[] = "0123456789abcdef";
    char text[38];
    char *write = text;
    *write++ = '"';
    const auto hex = [&write](quint64 value, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
            *write++ = kHex[(value >> shift) & 0xf];
    };
    hex(uuid.data1, 8);
    *write++ = '-';
    hex(uuid.data2, 4);
    *write++ = '-';
    hex(uuid.data3, 4);
    *write++ = '-';
    hex(quint64(uuid.data4[0]) << 8 | uuid.data4[1], 4);
    *write++ = '-';
    for (int i = 2; i < 8; ++i)
        hex(uuid.data4[i], 2);
    *write++ = '"';
    out.append(text, size_t(write - text));
}

void appendNumber(std::string &out, qint64 value)
{
    char digits[24];
    const std::to_chars_result end = std::to_chars(std::begin(digits), std::end(digits), value);
    out.append(digits, size_t(end.ptr - digits));
}

} // namespace JsonText
