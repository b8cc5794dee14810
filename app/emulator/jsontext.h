#pragma once

#include <QByteArray>
#include <QLatin1String>
#include <QStringView>
#include <QUuid>

#include <string>
#include <string_view>

// JSON text written by hand, for the emulator's device list: it is the one hot path (a
// million devices paged out), and appending is several times faster than building
// QJsonObjects. The emulator shares the machine with the console in the benchmarks, so its
// cost per device shows in the sync. The text goes into a std::string (inline appends;
// QByteArray's go through insert()), and a value with nothing to escape is copied in one go.
namespace JsonText {

// utf8 as the inside of a JSON string: quote, backslash and control characters escaped.
void appendEscaped(std::string &out, std::string_view utf8);
// text as a JSON string, quotes included.
void appendString(std::string &out, QStringView text);
void appendNumber(std::string &out, qint64 value);
// A GUID as a JSON string: lower case, no braces.
void appendGuid(std::string &out, const QUuid &uuid);

// "name": for a literal name, without measuring it again per device.
template <size_t N> void appendKey(std::string &out, const char (&name)[N])
{
    out.push_back('"');
    out.append(name, N - 1);
    out.append("\":", 2);
}

// "name":value, (the comma included: the caller closes the object).
template <size_t N> void appendField(std::string &out, const char (&name)[N], QStringView value)
{
    appendKey(out, name);
    appendString(out, value);
    out.push_back(',');
}

// An ASCII or UTF-8 value (a GUID, a wire name).
template <size_t N> void appendField(std::string &out, const char (&name)[N], const QByteArray &utf8)
{
    appendKey(out, name);
    out.push_back('"');
    appendEscaped(out, std::string_view(utf8.constData(), size_t(utf8.size())));
    out.append("\",", 2);
}

// A value known to need no escaping, such as a word of a fixed table.
template <size_t N> void appendField(std::string &out, const char (&name)[N], QLatin1String plain)
{
    appendKey(out, name);
    out.push_back('"');
    out.append(plain.data(), size_t(plain.size()));
    out.append("\",", 2);
}

template <size_t N> void appendGuidField(std::string &out, const char (&name)[N], const QUuid &uuid)
{
    appendKey(out, name);
    appendGuid(out, uuid);
    out.push_back(',');
}

template <size_t N> void appendField(std::string &out, const char (&name)[N], qint64 value)
{
    appendKey(out, name);
    appendNumber(out, value);
    out.push_back(',');
}

template <size_t N> void appendField(std::string &out, const char (&name)[N], bool value)
{
    appendKey(out, name);
    out.append(value ? "true," : "false,");
}

template <size_t N> void appendNullField(std::string &out, const char (&name)[N])
{
    appendKey(out, name);
    out.append("null,", 5);
}

} // namespace JsonText
