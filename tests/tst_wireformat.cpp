// Golden wire tests (issue 15). Every request the console builds is driven against a small
// loopback HTTP peer written here from docs/PROTOCOL.md; the peer records each request and
// answers with PROTOCOL.md's example answer. Each recorded request is then matched, field
// by field, against its fixture in tests/wire/ (written from PROTOCOL.md, never generated
// from the client). A failure names the fixture, the member path and what differed.
//
// A fixture is a JSON object:
//   "protocol"      the PROTOCOL.md section it follows (required)
//   "request"       what the request is, in words
//   "method"        "GET", "PUT", "POST"
//   "url"           the URL without query, a template: {login}, {graph}, {mdm}, {tenantSync},
//                   {deviceSync} and the test's known values ({tenantId}, {messageId}, ...),
//                   compared with the percent-decoded URL on the wire
//   "query"         every query item: name -> descriptor of its percent-decoded value; an
//                   item on the wire that is not listed fails, and so does a listed one that
//                   is missing or appears twice (unless its descriptor allows it)
//   "rawQuery"      name -> descriptor of the value exactly as on the wire (encoding rules)
//   "headers"       headers that must be present once: name -> descriptor of the value
//   "absentHeaders" headers that must not be sent
//   "body"          {"kind":"none"} (empty body), {"kind":"form","fields":{...},"rawFields":{...}}
//                   (application/x-www-form-urlencoded; fields as "query"), or
//                   {"kind":"json","schema":<descriptor>}
//
// Descriptors (the same language for JSON members, header, query and form values):
//   "string", "non-empty-string", "integer" (a JSON number without fraction), "number",
//   "boolean", "null"
//   "guid"              a string of 36 lower-case hex digits and dashes, no braces
//   "iso-time-ms"       a string YYYY-MM-DDTHH:MM:SS.mmmZ that is a valid UTC time
//   "integer-text"      a string of decimal digits; {"integer-text":{"min":a,"max":b}} bounds it
//   "percent-encoded"   a string of unreserved characters (A-Z a-z 0-9 - . _ ~) and %XX only
//   "https-url-or-empty" an absolute https URL, or ""
//   "index-text"        the 1-based position of the enclosing array element, as a string
//   {"const": v}        equal to v in JSON type and value (1 is neither true nor "1")
//   {"enum": [v, ...]}  equal to one of them (JSON type included)
//   {"pattern": "re"}   a string the regular expression matches whole
//   {"template": "t"}   a string equal to t with {name} replaced by the test's value of name;
//                       {name#} takes name<i>, i the 1-based index of the enclosing array element
//   {"var": "name"}     JSON-equal to the test's value of name (its device, its outcome, ...)
//   {"array": d, "minItems": n, "maxItems": m}  an array, each element matching d
//   {"object": {"member": d, ...}}  an object with exactly these members; a member the
//                       fixture does not list fails, a listed one that is missing fails
//   {"optional": d}     the member may be absent; present, it matches d
//   {"only-when-known": "name"}  present, and equal to the test's value, exactly when the
//                       test knows name (SerialNumber, Model, Vendor); absent otherwise
//   {"json-string": d}  a string holding JSON that matches d (Content)
//   {"tagged": "member", "cases": {"<JSON text of the member>": d, ...}}  an object matched
//                       by the case its member selects (EntityType 1 or 4)
//   {"same-as": "path"} JSON-equal to the body's member at path ("TenantId")
//   {"percent-decoded": d}  a string whose percent-decoding matches d
//   {"all": [d, ...]}   every one of them
//   {"repeated": d}     form and query only: the field may repeat; d gets the array of its values
#include "app/net/devicepageparser.h"
#include "app/net/endpointdiscovery.h"
#include "app/net/entrauserdirectory.h"
#include "app/net/httptransport.h"
#include "app/net/inventoryclient.h"
#include "app/net/networkservices.h"
#include "app/net/partnercomplianceclient.h"
#include "app/net/tokenprovider.h"
#include "app/policy/policyservice.h"
#include "app/reporting/reportplanner.h"
#include "app/storage/sqlite/sqlitestore.h"
#include "models/azurepayload.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <cmath>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// What the test knows and the fixtures refer to by name.
const QString kTenantId = u"72f988bf-86f1-41af-91ab-2d7cd011db47"_s;
const QString kClientId = u"3fa85f64-5717-4562-b3fc-2c963f66afa6"_s;
// Characters a form must encode: + & = % space / and a non-ASCII letter.
const QString kClientSecret = u"s3cr+t&x=y %z~/\u00e9"_s;
const QString kGraphToken = u"graph.eyJ0eXAiOiJKV1QiLCJhdWQiOiJncmFwaCJ9"_s;
const QString kIntuneToken = u"intune.eyJ0eXAiOiJKV1QiLCJhdWQiOiJpbnR1bmUifQ"_s;
const QString kServicePrincipalId = u"5a8cbc3a-1bb7-4b4f-a0d1-3f1e7c9a2d10"_s;
const QString kMdmUser = u"api-user"_s;
const QString kMdmPassword = u"Pa55:word!"_s;
constexpr qint64 kPartitionId = 100001;
const QString kMessageId = u"0f8fad5b-d9cb-469f-a165-70867728950e"_s;
const QString kEnrollmentUrl = u"https://mdm.example.com/enroll"_s;
const QString kRemediationUrl = u"https://mdm.example.com/remediate?from=intune"_s;
// The injected clock and the times derived from it, written out by hand.
const QDateTime kNow(QDate(2025, 5, 14), QTime(10, 0, 0, 123), Qt::UTC);
const QString kNowText = u"2025-05-14T10:00:00.123Z"_s;
const QDateTime kUploadTime(QDate(2025, 5, 14), QTime(10, 0, 1, 456), Qt::UTC);
const QString kUploadTimeText = u"2025-05-14T10:00:01.456Z"_s;
const QDateTime kLastCheckin(QDate(2025, 5, 14), QTime(9, 30, 15, 250), Qt::UTC);
const QString kLastCheckinText = u"2025-05-14T09:30:15.250Z"_s;
const QDateTime kStaleCheckin(QDate(2025, 5, 11), QTime(7, 12, 0, 0), Qt::UTC);
const QString kStaleCheckinText = u"2025-05-11T07:12:00.000Z"_s;
const QDateTime kRegistered(QDate(2024, 11, 2), QTime(8, 0, 0, 0), Qt::UTC);
const QString kRegisteredText = u"2024-11-02T08:00:00.000Z"_s;
constexpr int kWaitMs = 30000; // a hang guard, not a performance bound

using Headers = QList<QPair<QByteArray, QByteArray>>;

// One request as it arrived on the wire.
struct Recorded
{
    QByteArray method;
    QByteArray target; // path and query, as sent
    Headers headers;
    QByteArray body;

    QList<QByteArray> headerValues(const QByteArray &name) const
    {
        QList<QByteArray> values;
        for (const auto &header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0)
                values.append(header.second);
        }
        return values;
    }
    QByteArray header(const QByteArray &name) const { return headerValues(name).value(0); }
    QByteArray rawPath() const { return target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?')); }
    QByteArray rawQuery() const { return target.indexOf('?') < 0 ? QByteArray() : target.mid(target.indexOf('?') + 1); }
    QString decodedPath() const { return QUrl::fromPercentEncoding(rawPath()); }
    // The URL without query, as the fixtures' templates write it.
    QString url() const { return "http://"_L1 + QString::fromLatin1(header("Host")) + decodedPath(); }
    QString summary() const { return QString::fromLatin1(method + ' ' + target); }
};

// A query string or form body: name=value pairs, '+' read as a space, as servers read them.
struct Pair
{
    QString name;
    QString value;
    QString rawValue;
};

QString decodeComponent(QByteArray raw)
{
    raw.replace('+', ' ');
    return QUrl::fromPercentEncoding(raw);
}

QList<Pair> parsePairs(const QByteArray &text, QStringList *problems, const QString &what)
{
    QList<Pair> pairs;
    if (text.isEmpty())
        return pairs;
    for (const QByteArray &part : text.split('&')) {
        const qsizetype equals = part.indexOf('=');
        if (equals < 0) {
            if (problems)
                problems->append(u"%1: \"%2\" has no '='"_s.arg(what, QString::fromLatin1(part)));
            continue;
        }
        pairs.append({ decodeComponent(part.left(equals)), decodeComponent(part.mid(equals + 1)),
            QString::fromLatin1(part.mid(equals + 1)) });
    }
    return pairs;
}

QString queryValue(const Recorded &request, const QString &name)
{
    for (const Pair &pair : parsePairs(request.rawQuery(), nullptr, {})) {
        if (pair.name == name)
            return pair.value;
    }
    return {};
}

QJsonValue parseJson(const QByteArray &text, QString *error = nullptr)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson("[" + text + "]", &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray() || document.array().size() != 1) {
        if (error)
            *error = parseError.errorString();
        return QJsonValue(QJsonValue::Undefined);
    }
    return document.array().at(0);
}

QString compact(const QJsonValue &value)
{
    if (value.isUndefined())
        return u"(absent)"_s;
    const QByteArray text = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    QString inner = QString::fromUtf8(text.mid(1, text.size() - 2));
    if (inner.size() > 120)
        inner = inner.left(117) + "..."_L1;
    return inner;
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return u"nothing (absent)"_s;
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"the boolean "_s + compact(value);
    case QJsonValue::Double:
        return u"the number "_s + compact(value);
    case QJsonValue::String:
        return u"the string "_s + compact(value);
    case QJsonValue::Array:
        return u"an array "_s + compact(value);
    case QJsonValue::Object:
        return u"an object "_s + compact(value);
    }
    return compact(value);
}

// The descriptor language of the header comment.
class WireMatcher final
{
public:
    WireMatcher(QJsonObject vars, QJsonValue root)
        : m_vars(std::move(vars))
        , m_root(std::move(root))
    {
    }

    QStringList problems;

    void match(const QJsonValue &descriptor, const QJsonValue &value, const QString &path)
    {
        if (descriptor.isString()) {
            if (value.isUndefined()) {
                fail(path, u"missing; expected "_s + descriptor.toString());
                return;
            }
            matchNamed(descriptor.toString(), value, path);
            return;
        }
        const QJsonObject d = descriptor.toObject();
        static const QStringList kinds { u"const"_s, u"enum"_s, u"pattern"_s, u"template"_s, u"var"_s, u"array"_s,
            u"object"_s, u"optional"_s, u"only-when-known"_s, u"json-string"_s, u"tagged"_s, u"same-as"_s,
            u"percent-decoded"_s, u"all"_s, u"integer-text"_s };
        QString kind;
        for (const QString &candidate : kinds) {
            if (d.contains(candidate)) {
                kind = candidate;
                break;
            }
        }
        if (!descriptor.isObject() || kind.isEmpty()) {
            fail(path, u"the fixture's descriptor %1 is not one of the language"_s.arg(compact(descriptor)));
            return;
        }
        const QJsonValue arg = d.value(kind);
        if (kind == "optional"_L1) {
            if (!value.isUndefined())
                match(arg, value, path);
            return;
        }
        if (kind == "only-when-known"_L1) {
            const QString name = arg.toString();
            if (!m_vars.contains(name)) {
                if (!value.isUndefined())
                    fail(path, u"must be absent (the test's %1 is not known), got %2"_s.arg(name, describe(value)));
            } else if (value != m_vars.value(name)) {
                fail(path, u"expected %1 (the test's %2, known), got %3"_s.arg(
                               compact(m_vars.value(name)), name, describe(value)));
            }
            return;
        }
        if (value.isUndefined()) {
            fail(path, u"missing; expected "_s + compact(descriptor));
            return;
        }
        if (kind == "all"_L1) {
            for (const QJsonValue &each : arg.toArray())
                match(each, value, path);
        } else if (kind == "const"_L1) {
            if (value != arg)
                fail(path, u"expected exactly %1, got %2"_s.arg(describe(arg), describe(value)));
        } else if (kind == "enum"_L1) {
            if (!arg.toArray().contains(value))
                fail(path, u"expected one of %1, got %2"_s.arg(compact(arg), describe(value)));
        } else if (kind == "pattern"_L1) {
            const QRegularExpression re(QRegularExpression::anchoredPattern(arg.toString()));
            if (!value.isString() || !re.match(value.toString()).hasMatch())
                fail(path, u"expected a string matching %1, got %2"_s.arg(arg.toString(), describe(value)));
        } else if (kind == "template"_L1) {
            bool ok = true;
            const QString expected = expand(arg.toString(), path, &ok);
            if (ok && (!value.isString() || value.toString() != expected))
                fail(path, u"expected the string \"%1\", got %2"_s.arg(expected, describe(value)));
        } else if (kind == "var"_L1) {
            const QString name = arg.toString();
            if (!m_vars.contains(name))
                fail(path, u"the fixture names the value %1, which the test does not know"_s.arg(name));
            else if (value != m_vars.value(name))
                fail(path, u"expected %1 (the test's %2), got %3"_s.arg(describe(m_vars.value(name)), name, describe(value)));
        } else if (kind == "integer-text"_L1) {
            matchNamed(u"integer-text"_s, value, path);
            const QJsonObject range = arg.toObject();
            const qint64 number = value.toString().toLongLong();
            if (range.contains("min"_L1) && number < range.value("min"_L1).toInteger())
                fail(path, u"expected at least %1, got %2"_s.arg(range.value("min"_L1).toInteger()).arg(describe(value)));
            if (range.contains("max"_L1) && number > range.value("max"_L1).toInteger())
                fail(path, u"expected at most %1, got %2"_s.arg(range.value("max"_L1).toInteger()).arg(describe(value)));
        } else if (kind == "array"_L1) {
            if (!value.isArray()) {
                fail(path, u"expected an array, got "_s + describe(value));
                return;
            }
            const QJsonArray array = value.toArray();
            if (d.contains("minItems"_L1) && array.size() < d.value("minItems"_L1).toInteger())
                fail(path, u"expected at least %1 elements, got %2"_s.arg(d.value("minItems"_L1).toInteger()).arg(array.size()));
            if (d.contains("maxItems"_L1) && array.size() > d.value("maxItems"_L1).toInteger())
                fail(path, u"expected at most %1 elements, got %2"_s.arg(d.value("maxItems"_L1).toInteger()).arg(array.size()));
            for (qsizetype i = 0; i < array.size(); ++i) {
                m_indexes.append(int(i + 1));
                match(arg, array.at(i), u"%1[%2]"_s.arg(path).arg(i));
                m_indexes.removeLast();
            }
        } else if (kind == "object"_L1) {
            if (!value.isObject()) {
                fail(path, u"expected an object, got "_s + describe(value));
                return;
            }
            const QJsonObject members = arg.toObject();
            const QJsonObject object = value.toObject();
            for (auto it = members.begin(); it != members.end(); ++it)
                match(it.value(), object.value(it.key()), path + u'.' + it.key());
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (!members.contains(it.key()))
                    fail(path + u'.' + it.key(), u"is not in the fixture (got %1)"_s.arg(describe(it.value())));
            }
        } else if (kind == "json-string"_L1) {
            if (!value.isString()) {
                fail(path, u"expected a string holding JSON, got "_s + describe(value));
                return;
            }
            QString error;
            const QJsonValue inner = parseJson(value.toString().toUtf8(), &error);
            if (inner.isUndefined())
                fail(path, u"the string is not JSON (%1)"_s.arg(error));
            else
                match(arg, inner, path);
        } else if (kind == "tagged"_L1) {
            const QString member = arg.toString();
            const QJsonObject cases = d.value("cases"_L1).toObject();
            const QJsonValue tag = value.toObject().value(member);
            const QString key = compact(tag);
            if (!value.isObject() || !cases.contains(key)) {
                fail(path + u'.' + member, u"selects none of the cases %1: got %2"_s.arg(
                                               QStringList(cases.keys()).join(", "_L1), describe(tag)));
                return;
            }
            match(cases.value(key), value, path);
        } else if (kind == "same-as"_L1) {
            const QJsonValue other = at(arg.toString());
            if (value != other)
                fail(path, u"expected the same as %1 (%2), got %3"_s.arg(arg.toString(), describe(other), describe(value)));
        } else if (kind == "percent-decoded"_L1) {
            if (!value.isString()) {
                fail(path, u"expected a string, got "_s + describe(value));
                return;
            }
            match(arg, QUrl::fromPercentEncoding(value.toString().toUtf8()), path + u" (decoded)"_s);
        }
    }

private:
    void fail(const QString &path, const QString &what) { problems.append(path + u": "_s + what); }

    void matchNamed(const QString &name, const QJsonValue &value, const QString &path)
    {
        static const QRegularExpression guid(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
        static const QRegularExpression isoMs(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$"_s);
        static const QRegularExpression digits(u"^[0-9]+$"_s);
        static const QRegularExpression encoded(u"^([A-Za-z0-9._~-]|%[0-9A-Fa-f]{2})*$"_s);
        const QString text = value.toString();
        bool ok = false;
        QString expected;
        if (name == "string"_L1) {
            ok = value.isString();
            expected = u"a string"_s;
        } else if (name == "non-empty-string"_L1) {
            ok = value.isString() && !text.isEmpty();
            expected = u"a non-empty string"_s;
        } else if (name == "integer"_L1) {
            ok = value.isDouble() && std::floor(value.toDouble()) == value.toDouble();
            expected = u"an integer (a JSON number)"_s;
        } else if (name == "number"_L1) {
            ok = value.isDouble();
            expected = u"a JSON number"_s;
        } else if (name == "boolean"_L1) {
            ok = value.isBool();
            expected = u"a boolean"_s;
        } else if (name == "null"_L1) {
            ok = value.isNull();
            expected = u"null"_s;
        } else if (name == "guid"_L1) {
            ok = value.isString() && guid.match(text).hasMatch();
            expected = u"a GUID (36 lower-case characters, no braces)"_s;
        } else if (name == "iso-time-ms"_L1) {
            ok = value.isString() && isoMs.match(text).hasMatch()
                && QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
            expected = u"an ISO time YYYY-MM-DDTHH:MM:SS.mmmZ"_s;
        } else if (name == "integer-text"_L1) {
            ok = value.isString() && digits.match(text).hasMatch();
            expected = u"a string of decimal digits"_s;
        } else if (name == "percent-encoded"_L1) {
            ok = value.isString() && encoded.match(text).hasMatch();
            expected = u"only unreserved characters and %XX escapes"_s;
        } else if (name == "https-url-or-empty"_L1) {
            const QUrl url(text, QUrl::StrictMode);
            ok = value.isString()
                && (text.isEmpty() || (url.isValid() && url.scheme() == "https"_L1 && !url.host().isEmpty()));
            expected = u"an absolute https URL or \"\""_s;
        } else if (name == "index-text"_L1) {
            const QString index = m_indexes.isEmpty() ? QString() : QString::number(m_indexes.last());
            ok = value.isString() && text == index;
            expected = u"the string \"%1\" (its 1-based position)"_s.arg(index);
        } else {
            fail(path, u"the fixture's descriptor \"%1\" is not one of the language"_s.arg(name));
            return;
        }
        if (!ok)
            fail(path, u"expected %1, got %2"_s.arg(expected, describe(value)));
    }

    QString varText(const QString &name, const QString &path, bool *ok)
    {
        if (!m_vars.contains(name)) {
            fail(path, u"the fixture names the value {%1}, which the test does not know"_s.arg(name));
            *ok = false;
            return {};
        }
        const QJsonValue value = m_vars.value(name);
        return value.isString() ? value.toString() : compact(value);
    }

    QString expand(const QString &text, const QString &path, bool *ok)
    {
        static const QRegularExpression placeholder(u"\\{([A-Za-z0-9_]+)(#?)\\}"_s);
        QString out;
        qsizetype last = 0;
        auto it = placeholder.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            out += text.mid(last, m.capturedStart() - last);
            QString name = m.captured(1);
            if (!m.captured(2).isEmpty())
                name += QString::number(m_indexes.isEmpty() ? 0 : m_indexes.last());
            out += varText(name, path, ok);
            last = m.capturedEnd();
        }
        return out + text.mid(last);
    }

    // "TenantId", "Content[0].LastUpdateTime": from the body's root; a string on the way is
    // read as the JSON it holds.
    QJsonValue at(const QString &memberPath) const
    {
        static const QRegularExpression segment(u"([^.\\[]+)|\\[(\\d+)\\]"_s);
        QJsonValue current = m_root;
        auto it = segment.globalMatch(memberPath);
        while (it.hasNext()) {
            const auto m = it.next();
            if (current.isString())
                current = parseJson(current.toString().toUtf8());
            current = m.captured(1).isEmpty() ? current.toArray().at(m.captured(2).toInt())
                                              : current.toObject().value(m.captured(1));
        }
        return current;
    }

    QJsonObject m_vars;
    QJsonValue m_root;
    QList<int> m_indexes;
};

// One fixture file of tests/wire/.
struct Fixture
{
    QString file;
    QJsonObject json;

    QStringList syntaxProblems() const
    {
        QStringList problems;
        static const QStringList topKeys { u"protocol"_s, u"request"_s, u"method"_s, u"url"_s, u"query"_s,
            u"rawQuery"_s, u"headers"_s, u"absentHeaders"_s, u"body"_s };
        for (const QString &key : json.keys()) {
            if (!topKeys.contains(key))
                problems.append(u"%1: unknown member \"%2\""_s.arg(file, key));
        }
        for (const char *required : { "protocol", "method", "url", "query", "headers", "body" }) {
            if (!json.contains(QLatin1String(required)))
                problems.append(u"%1: no \"%2\""_s.arg(file, QLatin1String(required)));
        }
        if (!json.value("protocol"_L1).toString().contains("PROTOCOL.md"_L1))
            problems.append(u"%1: \"protocol\" does not cite docs/PROTOCOL.md"_s.arg(file));
        const QJsonObject body = json.value("body"_L1).toObject();
        const QString kind = body.value("kind"_L1).toString();
        static const QHash<QString, QStringList> bodyKeys { { u"none"_s, { u"kind"_s } },
            { u"form"_s, { u"kind"_s, u"fields"_s, u"rawFields"_s } }, { u"json"_s, { u"kind"_s, u"schema"_s } } };
        if (!bodyKeys.contains(kind))
            problems.append(u"%1: body kind \"%2\" is not none, form or json"_s.arg(file, kind));
        for (const QString &key : body.keys()) {
            if (!bodyKeys.value(kind).contains(key))
                problems.append(u"%1: body member \"%2\" does not belong to kind %3"_s.arg(file, key, kind));
        }
        return problems;
    }

    QString method() const { return json.value("method"_L1).toString(); }

    QString expectedUrl(const QJsonObject &vars) const
    {
        QString url = json.value("url"_L1).toString();
        for (auto it = vars.begin(); it != vars.end(); ++it) {
            url.replace(u'{' + it.key() + u'}',
                it.value().isString() ? it.value().toString() : QString::number(it.value().toInteger()));
        }
        return url;
    }

    // Is this the request the fixture describes (method and URL)?
    bool identifies(const Recorded &request, const QJsonObject &vars) const
    {
        return QString::fromLatin1(request.method) == method() && request.url() == expectedUrl(vars);
    }

    QStringList problems(const Recorded &request, const QJsonObject &vars) const
    {
        QStringList problems;
        const QJsonObject headers = json.value("headers"_L1).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            const QList<QByteArray> values = request.headerValues(it.key().toLatin1());
            WireMatcher matcher(vars, {});
            if (values.size() > 1)
                problems.append(u"header %1: sent %2 times"_s.arg(it.key()).arg(values.size()));
            else
                matcher.match(it.value(), values.isEmpty() ? QJsonValue(QJsonValue::Undefined)
                                                           : QJsonValue(QString::fromLatin1(values.first())),
                    u"header "_s + it.key());
            problems += matcher.problems;
        }
        for (const QJsonValue &absent : json.value("absentHeaders"_L1).toArray()) {
            if (!request.headerValues(absent.toString().toLatin1()).isEmpty())
                problems.append(u"header %1: must not be sent, got \"%2\""_s.arg(
                    absent.toString(), QString::fromLatin1(request.header(absent.toString().toLatin1()))));
        }
        problems += pairProblems(parsePairs(request.rawQuery(), &problems, u"query"_s), json.value("query"_L1).toObject(),
            json.value("rawQuery"_L1).toObject(), u"query"_s, vars);

        const QJsonObject body = json.value("body"_L1).toObject();
        const QString kind = body.value("kind"_L1).toString();
        if (kind == "none"_L1) {
            if (!request.body.isEmpty())
                problems.append(u"body: expected none, got %1 bytes"_s.arg(request.body.size()));
        } else if (kind == "form"_L1) {
            problems += pairProblems(parsePairs(request.body, &problems, u"form"_s), body.value("fields"_L1).toObject(),
                body.value("rawFields"_L1).toObject(), u"form"_s, vars);
        } else if (kind == "json"_L1) {
            QString error;
            const QJsonValue document = parseJson(request.body, &error);
            if (document.isUndefined()) {
                problems.append(u"body: not JSON (%1): %2"_s.arg(error, QString::fromUtf8(request.body.left(200))));
            } else {
                WireMatcher matcher(vars, document);
                matcher.match(body.value("schema"_L1), document, u"body"_s);
                problems += matcher.problems;
            }
        }
        for (QString &problem : problems)
            problem = file + u": "_s + problem;
        return problems;
    }

private:
    static QStringList pairProblems(const QList<Pair> &pairs, const QJsonObject &fields, const QJsonObject &rawFields,
        const QString &what, const QJsonObject &vars)
    {
        WireMatcher matcher(vars, {});
        QHash<QString, QList<Pair>> byName;
        for (const Pair &pair : pairs)
            byName[pair.name].append(pair);
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            const QList<Pair> found = byName.value(it.key());
            const QString path = what + u' ' + it.key();
            const QJsonObject descriptor = it.value().toObject();
            if (descriptor.contains("repeated"_L1)) {
                QJsonArray values;
                for (const Pair &pair : found)
                    values.append(pair.value);
                matcher.match(descriptor.value("repeated"_L1),
                    found.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(values), path);
            } else if (found.size() > 1) {
                matcher.problems.append(u"%1: appears %2 times"_s.arg(path).arg(found.size()));
            } else {
                matcher.match(it.value(), found.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(found.first().value),
                    path);
            }
        }
        for (auto it = rawFields.begin(); it != rawFields.end(); ++it) {
            for (const Pair &pair : byName.value(it.key()))
                matcher.match(it.value(), pair.rawValue, what + u' ' + it.key() + u" (as sent)"_s);
        }
        for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
            if (!fields.contains(it.key()))
                matcher.problems.append(u"%1 %2: is not in the fixture (got \"%3\")"_s.arg(what, it.key(), it.value().first().value));
        }
        return matcher.problems;
    }
};

// The loopback peer: records every request and answers as PROTOCOL.md's examples do.
// Written from PROTOCOL.md; it shares no code with the clients.
class LoopbackPeer final : public QObject
{
public:
    LoopbackPeer()
    {
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            qFatal("test setup: cannot listen on loopback");
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QString base() const { return u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()); }

    QList<Recorded> requests;
    qint64 deviceTotal = 3; // devices the MDM lists (M2)

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
            Recorded request;
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            request.method = requestLine.value(0);
            request.target = requestLine.value(1);
            qsizetype contentLength = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0)
                    continue;
                request.headers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
                if (line.left(colon).trimmed().compare("Content-Length", Qt::CaseInsensitive) == 0)
                    contentLength = line.mid(colon + 1).trimmed().toLongLong();
            }
            if (buffer.size() < headerEnd + 4 + contentLength)
                return;
            request.body = buffer.mid(headerEnd + 4, contentLength);
            buffer.remove(0, headerEnd + 4 + contentLength);
            requests.append(request);
            const auto [status, body] = answer(request);
            socket->write("HTTP/1.1 " + QByteArray::number(status) + " Canned\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        }
    }

    static QByteArray json(const QJsonObject &object) { return QJsonDocument(object).toJson(QJsonDocument::Compact); }

    static QJsonObject mdmDevice(qint64 id)
    {
        const QString tail = u"%1"_s.arg(id, 12, 10, QLatin1Char('0'));
        return QJsonObject { { u"id"_s, id }, { u"guid"_s, QString(u"57d9903c-1f2e-4a5b-8c6d-"_s + tail) },
            { u"deviceName"_s, u"iPhone %1"_s.arg(id) }, { u"deviceModel"_s, u"iPhone14,2"_s },
            { u"manufacturer"_s, u"Apple Inc."_s }, { u"serialNumber"_s, u"F2LX%1"_s.arg(id) },
            { u"imei"_s, QJsonValue::Null }, { u"platformType"_s, u"IOS"_s }, { u"platformVersion"_s, u"17.4.1"_s },
            { u"lastCheckin"_s, qint64(1715679015250) }, { u"registrationState"_s, u"ACTIVE"_s },
            { u"complianceState"_s, true }, { u"quarantined"_s, false }, { u"jailbroken"_s, false },
            { u"violatedPolicies"_s, QJsonArray {} }, { u"emailAddress"_s, u"ana@contoso.com"_s },
            { u"uid"_s, u"ana@contoso.com"_s }, { u"azureDeviceId"_s, QString(u"b1d2c3e4-5f60-4718-9a2b-"_s + tail) },
            { u"azureUserUpn"_s, u"ana@contoso.com"_s }, { u"easDeviceIdentifiers"_s, QJsonArray { u"ApplF2LX"_s } },
            { u"dmPartitionId"_s, kPartitionId } };
    }

    QPair<int, QByteArray> answer(const Recorded &request) const
    {
        const QString path = request.decodedPath();
        const QByteArray method = request.method;
        if (method == "POST" && path.endsWith("/oauth2/v2.0/token"_L1)) {
            QString scope;
            for (const Pair &pair : parsePairs(request.body, nullptr, {})) {
                if (pair.name == "scope"_L1)
                    scope = pair.value;
            }
            const QString token = scope == "https://graph.microsoft.com/.default"_L1 ? kGraphToken
                : scope == "https://api.manage.microsoft.com//.default"_L1        ? kIntuneToken
                                                                                   : QString();
            if (token.isEmpty())
                return { 400, json({ { u"error"_s, u"invalid_scope"_s }, { u"error_description"_s, scope } }) };
            return { 200, json({ { u"token_type"_s, u"Bearer"_s }, { u"expires_in"_s, 3599 },
                              { u"ext_expires_in"_s, 3599 }, { u"access_token"_s, token } }) };
        }
        if (method == "GET" && path == "/v1.0/servicePrincipals"_L1) {
            return { 200, json({ { u"value"_s, QJsonArray { QJsonObject { { u"id"_s, kServicePrincipalId },
                                                 { u"appId"_s, u"0000000a-0000-0000-c000-000000000000"_s },
                                                 { u"displayName"_s, u"Microsoft Intune"_s } } } } }) };
        }
        if (method == "GET" && path == u"/v1.0/servicePrincipals/%1/endPoints"_s.arg(kServicePrincipalId)) {
            return { 200, json({ { u"value"_s,
                              QJsonArray { QJsonObject { { u"id"_s, u"1"_s }, { u"capability"_s, u"Partner"_s },
                                               { u"providerId"_s, u"p1"_s },
                                               { u"providerName"_s, u"PartnerTenantDataSyncService"_s },
                                               { u"providerResourceId"_s, u"r1"_s }, { u"uri"_s, QString(base() + "/tenantsync"_L1) } },
                                  QJsonObject { { u"providerName"_s, u"PartnerDeviceDataSyncService"_s },
                                      { u"uri"_s, QString(base() + "/devicesync"_L1) } } } } }) };
        }
        if (method == "POST" && path == "/v1.0/$batch"_L1) {
            QJsonArray responses;
            const QJsonArray asked = QJsonDocument::fromJson(request.body).object().value("requests"_L1).toArray();
            for (qsizetype i = asked.size() - 1; i >= 0; --i) { // any order, as Graph
                responses.append(QJsonObject { { u"id"_s, asked.at(i).toObject().value("id"_L1) }, { u"status"_s, 200 },
                    { u"headers"_s, QJsonObject { { u"Content-Type"_s, u"application/json"_s } } },
                    { u"body"_s, QJsonObject { { u"@odata.context"_s, u"https://graph.microsoft.com/v1.0/$metadata#users(id)/$entity"_s },
                                     { u"id"_s, u"6e2b1a4c-0000-4000-8000-%1"_s.arg(i, 12, 10, QLatin1Char('0')) } } } });
            }
            return { 200, json({ { u"responses"_s, responses } }) };
        }
        if (method == "GET" && path == "/beta/deviceManagement/complianceManagementPartners"_L1) {
            return { 200, json({ { u"value"_s,
                              QJsonArray { QJsonObject { { u"id"_s, u"1a2b3c4d-0000-4000-8000-000000000001"_s },
                                  { u"displayName"_s, u"MobileIron Device Compliance Cloud"_s },
                                  { u"partnerState"_s, u"enabled"_s },
                                  { u"lastHeartbeatDateTime"_s, u"2016-12-31T23:59:37.9174975-08:00"_s },
                                  { u"macOsOnboarded"_s, true }, { u"androidOnboarded"_s, true }, { u"iosOnboarded"_s, true },
                                  { u"macOsEnrollmentAssignments"_s, QJsonArray {} },
                                  { u"androidEnrollmentAssignments"_s, QJsonArray {} },
                                  { u"iosEnrollmentAssignments"_s, QJsonArray {} } } } } }) };
        }
        if (method == "PUT" && path.startsWith("/tenantsync/PartnerTenants("_L1)) {
            // Echoes Provisioned as sent, as the service does when it took it.
            const QJsonValue provisioned = QJsonDocument::fromJson(request.body).object().value("Provisioned"_L1);
            return { 200, json({ { u"Key"_s, u"9c2d6f10-0000-4000-8000-000000000001"_s }, { u"ContextId"_s, kTenantId },
                              { u"Provisioned"_s, provisioned }, { u"HttpStatusCode"_s, 200 },
                              { u"ErrorDetail"_s, QJsonValue::Null } }) };
        }
        if (method == "PUT" && path.startsWith("/tenantsync/PartnerTenantHeartbeat("_L1)) {
            return { 200, json({ { u"Key"_s, u"9c2d6f10-0000-4000-8000-000000000002"_s }, { u"TenantId"_s, kTenantId },
                              { u"ClientType"_s, u"Partner"_s }, { u"Timestamp"_s, kNowText },
                              { u"ResyncTimestamp"_s, QJsonValue::Null }, { u"HttpStatusCode"_s, 200 },
                              { u"ErrorDetail"_s, QJsonValue::Null }, { u"MessageErrors"_s, QJsonArray {} } }) };
        }
        if (method == "PUT" && path.startsWith("/devicesync/DataUploadMessages("_L1)) {
            return { 200, json({ { u"TenantId"_s, kTenantId }, { u"ErrorCode"_s, u"202"_s },
                              { u"ErrorDetail"_s, QJsonValue::Null }, { u"MessageId"_s, kMessageId } }) };
        }
        if (method == "GET" && path.startsWith("/devicesync/DataUploadMessages("_L1))
            return { 200, json({ { u"Status"_s, u"Completed"_s } }) };
        if (method == "GET" && path == "/api/v1/tenant/partition/device"_L1) {
            return { 200, json({ { u"errors"_s, QJsonValue::Null },
                              { u"result"_s, QJsonObject { { u"searchResults"_s,
                                                 QJsonArray { QJsonObject { { u"id"_s, kPartitionId },
                                                                  { u"name"_s, u"Default Space"_s },
                                                                  { u"defaultPartition"_s, true } },
                                                     QJsonObject { { u"id"_s, kPartitionId + 1 },
                                                         { u"name"_s, u"Lab"_s }, { u"defaultPartition"_s, false } } } } } } }) };
        }
        if (method == "GET" && path == "/api/v1/device"_L1) {
            const qint64 start = queryValue(request, u"start"_s).toLongLong();
            const qint64 rows = queryValue(request, u"rows"_s).toLongLong();
            QJsonArray records;
            for (qint64 i = start; i < std::min(deviceTotal, start + rows); ++i)
                records.append(mdmDevice(1844659 + i));
            return { 200, json({ { u"errors"_s, QJsonValue::Null },
                              { u"result"_s, QJsonObject { { u"totalCount"_s, deviceTotal }, { u"offset"_s, start },
                                                 { u"limit"_s, rows }, { u"queryTime"_s, 92 },
                                                 { u"searchResults"_s, records }, { u"facetedResults"_s, QJsonObject {} },
                                                 { u"totalUnfilteredResultCount"_s, 0 } } } }) };
        }
        if (method == "GET" && path.startsWith("/api/v1/device/"_L1)) {
            return { 200, json({ { u"errors"_s, QJsonValue::Null },
                              { u"result"_s, mdmDevice(path.mid(15).toLongLong()) } }) };
        }
        if (method == "PUT" && path == "/api/v1/device/forceCheckin"_L1)
            return { 200, json({ { u"errors"_s, QJsonValue::Null }, { u"result"_s, 1 } }) };
        if (method == "GET" && path == "/api/v1/compliancepolicy"_L1) {
            return { 200, json({ { u"errors"_s, QJsonValue::Null },
                              { u"result"_s, QJsonObject { { u"totalCount"_s, 1 },
                                                 { u"searchResults"_s,
                                                     QJsonArray { QJsonObject { { u"id"_s, 7 },
                                                         { u"name"_s, u"Jailbroken devices"_s }, { u"rule"_s, u"jailbroken"_s },
                                                         { u"parameter"_s, u""_s },
                                                         { u"actions"_s, QJsonArray { QJsonObject { { u"action"_s, u"quarantine"_s },
                                                                             { u"waitDays"_s, 0 } } } } } } } } } }) };
        }
        if (method == "PUT" && path.startsWith("/api/v1/compliancepolicy/"_L1))
            return { 200, request.body };
        if (method == "GET" && path == "/api/v1/account/me"_L1) {
            return { 200, json({ { u"result"_s, QJsonObject { { u"userName"_s, kMdmUser }, { u"role"_s, u"policyAuthor"_s },
                                                 { u"canEditPolicies"_s, true } } } }) };
        }
        return { 404, json({ { u"error"_s, u"the wire test's peer has no route for this request"_s } }) };
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// A device as the reporting engine has it, with what PROTOCOL.md says Azure must receive.
struct DeviceCase
{
    DeviceRecord device;
    AzureOutcome outcome = AzureOutcome::Compliant;
    QJsonObject expected; // the fixture's {"var"} values for this device
};

AzureDeviceId azureId(const QString &text)
{
    AzureDeviceId id;
    AzureDeviceId::parse(text, &id);
    return id;
}

DeviceCase deviceCase(const QString &variant)
{
    DeviceCase c;
    DeviceRecord &d = c.device;
    d.id = 1844659;
    d.guid = QUuid(u"57d9903c-1f2e-4a5b-8c6d-001844659000"_s);
    d.name = u"Ana's iPhone"_s;
    d.user = u"ana@contoso.com"_s;
    d.userPrincipalName = u"ana@contoso.com"_s;
    d.entraUserId = QUuid(u"6e2b1a4c-8d3f-4b7e-9a10-5c4d3e2f1a0b"_s);
    d.entraUserState = EntraUserState::Known;
    d.platform = Platform::iOS;
    d.osVersion = u"17.4.1"_s;
    d.model = u"iPhone14,2"_s;
    d.manufacturer = u"Apple Inc."_s;
    d.serialNumber = u"F2LXK0AAPLJM"_s;
    d.imei = u"356789012345678"_s;
    d.easIds = QStringList { u"ApplF2LXK0AAPLJM"_s, u"Appl3C4D5E6F7G8H"_s };
    d.lastCheckin = kLastCheckin;
    d.registeredAt = kRegistered;
    d.registrationState = u"ACTIVE"_s;
    d.azureDeviceId = azureId(u"b1d2c3e4-5f60-4718-9a2b-3c4d5e6f7a8b"_s);
    d.clientStatus = AzureClientStatus(AzureClientStatus::Code::Success);
    c.expected = QJsonObject { { u"azureDeviceId"_s, u"b1d2c3e4-5f60-4718-9a2b-3c4d5e6f7a8b"_s },
        { u"entraUserId"_s, u"6e2b1a4c-8d3f-4b7e-9a10-5c4d3e2f1a0b"_s }, { u"deviceName"_s, u"Ana's iPhone"_s },
        { u"os"_s, u"iOS"_s }, { u"osVersion"_s, u"17.4.1"_s },
        { u"easIds"_s, QJsonArray { u"ApplF2LXK0AAPLJM"_s, u"Appl3C4D5E6F7G8H"_s } },
        { u"lastCheckInTime"_s, kLastCheckinText }, { u"state"_s, 0 }, { u"managementState"_s, u"managed"_s },
        { u"complianceStatus"_s, u"compliant"_s }, { u"serialNumber"_s, u"F2LXK0AAPLJM"_s },
        { u"model"_s, u"iPhone14,2"_s }, { u"vendor"_s, u"Apple Inc."_s } };
    if (variant == "ios-stale"_L1) {
        // Active but not seen for three days: State 2; quarantined: notCompliant.
        d.lastCheckin = kStaleCheckin;
        c.outcome = AzureOutcome::NonCompliant;
        c.expected[u"lastCheckInTime"_s] = kStaleCheckinText;
        c.expected[u"state"_s] = 2;
        c.expected[u"complianceStatus"_s] = u"notCompliant"_s;
    } else if (variant == "retired"_L1) {
        // Retired: notManaged + notCompliant, State 1; no check-in known, so the registration time.
        d.registrationState = u"RETIRED"_s;
        d.lastCheckin = QDateTime();
        d.serialNumber.clear();
        d.model.clear();
        d.manufacturer.clear();
        c.outcome = AzureOutcome::RemovedFromAzure;
        c.expected[u"lastCheckInTime"_s] = kRegisteredText;
        c.expected[u"state"_s] = 1;
        c.expected[u"managementState"_s] = u"notManaged"_s;
        c.expected[u"complianceStatus"_s] = u"notCompliant"_s;
        for (const char *unknown : { "serialNumber", "model", "vendor" })
            c.expected.remove(QLatin1String(unknown));
    } else if (variant == "android"_L1) {
        // Neither check-in nor registration known: the report time; no EAS ids: [].
        d.name = u"Ben's Pixel"_s;
        d.platform = Platform::Android;
        d.osVersion = u"14"_s;
        d.model = u"Pixel 8"_s;
        d.manufacturer = u"Google"_s;
        d.serialNumber.clear();
        d.easIds.clear();
        d.lastCheckin = QDateTime();
        d.registeredAt = QDateTime();
        c.expected[u"deviceName"_s] = u"Ben's Pixel"_s;
        c.expected[u"os"_s] = u"Android"_s;
        c.expected[u"osVersion"_s] = u"14"_s;
        c.expected[u"model"_s] = u"Pixel 8"_s;
        c.expected[u"vendor"_s] = u"Google"_s;
        c.expected.remove(u"serialNumber"_s);
        c.expected[u"easIds"_s] = QJsonArray {};
        c.expected[u"lastCheckInTime"_s] = kNowText;
    } else if (variant == "macos"_L1) {
        // A macOS record as the MDM sends it (platformType OSX, LAW), read by the product.
        const QJsonObject record { { u"id"_s, 1844700 }, { u"guid"_s, u"57d9903c-1f2e-4a5b-8c6d-001844700000"_s },
            { u"deviceName"_s, u"Ana's MacBook"_s }, { u"deviceModel"_s, u"MacBookPro16,1"_s },
            { u"manufacturer"_s, u"Apple Inc."_s }, { u"serialNumber"_s, u"C02ZK1ABMD6M"_s },
            { u"platformType"_s, u"OSX"_s }, { u"platformVersion"_s, u"14.4"_s },
            { u"lastCheckin"_s, kLastCheckin.toMSecsSinceEpoch() }, { u"registrationState"_s, u"ACTIVE"_s },
            { u"emailAddress"_s, u"ana@contoso.com"_s }, { u"azureUserUpn"_s, u"ana@contoso.com"_s },
            { u"azureUserId"_s, u"6e2b1a4c-8d3f-4b7e-9a10-5c4d3e2f1a0b"_s },
            { u"azureDeviceId"_s, u"b1d2c3e4-5f60-4718-9a2b-3c4d5e6f7a8c"_s }, { u"azureClientStatusCode"_s, u"Success"_s },
            { u"easDeviceIdentifiers"_s, QJsonArray {} } };
        QString error;
        const auto parsed = DevicePageParser::parseDevice(record, &error);
        if (!parsed)
            qFatal("test setup: the macOS record was refused: %s", qPrintable(error));
        d = *parsed;
        c.expected = QJsonObject { { u"azureDeviceId"_s, u"b1d2c3e4-5f60-4718-9a2b-3c4d5e6f7a8c"_s },
            { u"entraUserId"_s, u"6e2b1a4c-8d3f-4b7e-9a10-5c4d3e2f1a0b"_s }, { u"deviceName"_s, u"Ana's MacBook"_s },
            { u"os"_s, u"macOS"_s }, { u"osVersion"_s, u"14.4"_s }, { u"easIds"_s, QJsonArray {} },
            { u"lastCheckInTime"_s, kLastCheckinText }, { u"state"_s, 0 }, { u"managementState"_s, u"managed"_s },
            { u"complianceStatus"_s, u"compliant"_s }, { u"serialNumber"_s, u"C02ZK1ABMD6M"_s },
            { u"model"_s, u"MacBookPro16,1"_s }, { u"vendor"_s, u"Apple Inc."_s } };
    }
    c.expected[u"reportTime"_s] = kNowText;
    return c;
}

// PROTOCOL.md A3: the key with every ' doubled (its percent-encoding is checked on the wire).
QString quotedKey(const QString &principalName)
{
    QString key = principalName;
    return key.replace(u'\'', u"''"_s);
}

QStringList principalNames(const QString &variant)
{
    const QStringList special { u"ana@contoso.com"_s, u"o'brien@contoso.com"_s, u"$admin#1@contoso.com"_s };
    if (variant != "25"_L1)
        return special;
    QStringList names;
    for (int i = 1; i <= 22; ++i)
        names.append(u"user%1@contoso.com"_s.arg(i, 2, 10, QLatin1Char('0')));
    return names + special;
}

// What one scenario put on the wire, and what the test knows about it.
struct Run
{
    QList<Recorded> requests;
    QJsonObject vars;
    std::function<QJsonObject(const Recorded &)> varsFor; // per request, e.g. one $batch's names
    QString clientError; // the client's verdict on PROTOCOL.md's example answer
    QList<qint64> expectedStarts; // M2: the start of each page
    QStringList names; // A4
    QList<qint64> checkinIds; // M4
};

struct Row
{
    const char *tag;
    const char *fixture;
    const char *scenario;
    const char *variant;
};

const Row kRows[] = {
    { "a1 Graph token", "a1-token-graph", "token", "graph" },
    { "a1 Intune token", "a1-token-intune", "token", "intune" },
    { "a2a Intune service principal", "a2a-serviceprincipals", "discovery", "" },
    { "a2b its endPoints", "a2b-endpoints", "discovery", "" },
    { "a4 three users: quote, hash, leading dollar", "a4-users-batch", "users", "3" },
    { "a4 twenty-five users in two batches", "a4-users-batch", "users", "25" },
    { "a5 provision", "a5-provision", "provision", "" },
    { "a5 provision without partner URLs", "a5-provision", "provision", "no-urls" },
    { "a5 deprovision", "a5-deprovision", "deprovision", "" },
    { "a6 heartbeat", "a6-heartbeat", "heartbeat", "" },
    { "a7 iOS, compliant, every inventory field", "a7-upload", "upload", "ios" },
    { "a7 iOS, stale check-in, not compliant", "a7-upload", "upload", "ios-stale" },
    { "a7 retired, registration time only", "a7-upload", "upload", "retired" },
    { "a7 Android, no times, no EAS ids", "a7-upload", "upload", "android" },
    { "a7 macOS record from the MDM (OSX)", "a7-upload", "upload", "macos" },
    { "a7 through uploadMessage", "a7-upload", "upload-content", "ios" },
    { "a8 upload status", "a8-upload-status", "status", "" },
    { "a9 partner health", "a9-compliance-partners", "health", "" },
    { "m1 partitions", "m1-partitions", "partitions", "" },
    { "m2 two pages, fq with parentheses", "m2-device-list", "devices", "two-pages" },
    { "m2 page size above 500, fq with plus", "m2-device-list", "devices", "big-page" },
    { "m2 no filter", "m2-device-list", "devices", "no-fq" },
    { "m3 one device", "m3-device", "device", "" },
    { "m4 one device", "m4-force-checkin", "checkin", "one" },
    { "m4 two devices", "m4-force-checkin", "checkin", "two" },
    { "m5 policies", "m5-policies", "policies", "" },
    { "m5 policy write", "m5-policy-write", "policy-write", "" },
    { "m5 policy write, default space looked up", "m5-policy-write", "policy-write", "default-space" },
    { "m6 account", "m6-account", "account", "" },
};

bool isGuid(const QString &text)
{
    static const QRegularExpression guid(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    return guid.match(text).hasMatch();
}

} // namespace

class TestWireFormat final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyFixtureHasARow();
    void descriptorLanguage_data();
    void descriptorLanguage();
    void request_data();
    void request();

private:
    bool run(const QString &scenario, const QString &variant, Run *out);
    static QStringList contractProblems(const QString &fixture, const QList<Recorded> &requests, const Run &run);

    QHash<QString, Fixture> m_fixtures;
};

void TestWireFormat::initTestCase()
{
    const QDir dir(QStringLiteral(ASC_WIRE_FIXTURES));
    const QStringList files = dir.entryList({ u"*.json"_s }, QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), qPrintable(u"no fixtures in "_s + dir.path()));
    QStringList problems;
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        QVERIFY2(document.isObject(), qPrintable(name + u": "_s + error.errorString()));
        Fixture fixture { name, document.object() };
        problems += fixture.syntaxProblems();
        m_fixtures.insert(name.chopped(5), fixture);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestWireFormat::everyFixtureHasARow()
{
    QSet<QString> used;
    for (const Row &row : kRows)
        used.insert(QLatin1String(row.fixture));
    for (auto it = m_fixtures.cbegin(); it != m_fixtures.cend(); ++it)
        QVERIFY2(used.contains(it.key()), qPrintable(it.value().file + u" is matched by no test row"_s));
    for (const QString &name : std::as_const(used))
        QVERIFY2(m_fixtures.contains(name), qPrintable(u"no fixture tests/wire/%1.json"_s.arg(name)));
}

// The language itself: what it must refuse, so that a fixture is as strict as it reads.
void TestWireFormat::descriptorLanguage_data()
{
    QTest::addColumn<QString>("descriptor");
    QTest::addColumn<QString>("value"); // JSON text; empty: absent
    QTest::addColumn<QString>("problem"); // a part of the message; empty: no problem

    QTest::newRow("guid") << u"\"guid\""_s << u"\"6e2b1a4c-8d3f-4b7e-9a10-5c4d3e2f1a0b\""_s << QString();
    QTest::newRow("guid upper case") << u"\"guid\""_s << u"\"6E2B1A4C-8D3F-4B7E-9A10-5C4D3E2F1A0B\""_s << u"GUID"_s;
    QTest::newRow("guid braces") << u"\"guid\""_s << u"\"{6e2b1a4c-8d3f-4b7e-9a10-5c4d3e2f1a0b}\""_s << u"GUID"_s;
    QTest::newRow("guid e-mail") << u"\"guid\""_s << u"\"ana@contoso.com\""_s << u"ana@contoso.com"_s;
    QTest::newRow("const 1 vs true") << u"{\"const\":1}"_s << u"true"_s << u"the boolean true"_s;
    QTest::newRow("const 1 vs \"1\"") << u"{\"const\":1}"_s << u"\"1\""_s << u"the string \"1\""_s;
    QTest::newRow("const 1") << u"{\"const\":1}"_s << u"1"_s << QString();
    QTest::newRow("enum of numbers vs string") << u"{\"enum\":[0,1,2]}"_s << u"\"0\""_s << u"one of [0,1,2]"_s;
    QTest::newRow("iso-time-ms") << u"\"iso-time-ms\""_s << u"\"2025-05-14T10:00:00.123Z\""_s << QString();
    QTest::newRow("iso-time-ms without ms") << u"\"iso-time-ms\""_s << u"\"2025-05-14T10:00:00Z\""_s << u"ISO time"_s;
    QTest::newRow("iso-time-ms with offset") << u"\"iso-time-ms\""_s << u"\"2025-05-14T10:00:00.123+02:00\""_s
                                             << u"ISO time"_s;
    QTest::newRow("iso-time-ms null") << u"\"iso-time-ms\""_s << u"null"_s << u"got null"_s;
    QTest::newRow("object extra member") << u"{\"object\":{\"a\":\"string\"}}"_s << u"{\"a\":\"x\",\"b\":1}"_s
                                         << u"v.b: is not in the fixture"_s;
    QTest::newRow("object missing member") << u"{\"object\":{\"a\":\"string\"}}"_s << u"{}"_s << u"v.a: missing"_s;
    QTest::newRow("optional absent") << u"{\"object\":{\"a\":{\"optional\":\"string\"}}}"_s << u"{}"_s << QString();
    QTest::newRow("optional wrong type") << u"{\"object\":{\"a\":{\"optional\":\"string\"}}}"_s << u"{\"a\":1}"_s
                                         << u"v.a: expected a string"_s;
    QTest::newRow("only-when-known, unknown, absent") << u"{\"object\":{\"s\":{\"only-when-known\":\"nothing\"}}}"_s
                                                      << u"{}"_s << QString();
    QTest::newRow("only-when-known, unknown, present") << u"{\"object\":{\"s\":{\"only-when-known\":\"nothing\"}}}"_s
                                                       << u"{\"s\":\"x\"}"_s << u"must be absent"_s;
    QTest::newRow("only-when-known, known, absent") << u"{\"object\":{\"s\":{\"only-when-known\":\"known\"}}}"_s
                                                    << u"{}"_s << u"v.s: expected \"K\""_s;
    QTest::newRow("json-string") << u"{\"json-string\":{\"array\":\"integer\"}}"_s << u"\"[1,2]\""_s << QString();
    QTest::newRow("json-string given an array") << u"{\"json-string\":{\"array\":\"integer\"}}"_s << u"[1,2]"_s
                                                << u"a string holding JSON"_s;
    QTest::newRow("tagged by a string") << u"{\"tagged\":\"EntityType\",\"cases\":{\"1\":{\"object\":{\"EntityType\":{\"const\":1}}}}}"_s
                                        << u"{\"EntityType\":\"1\"}"_s << u"v.EntityType: selects none"_s;
    QTest::newRow("percent-encoded") << u"\"percent-encoded\""_s << u"\"a%3Db%20c\""_s << QString();
    QTest::newRow("percent-encoded, raw space") << u"\"percent-encoded\""_s << u"\"a b\""_s << u"%XX"_s;
    QTest::newRow("percent-encoded, raw =") << u"\"percent-encoded\""_s << u"\"a=b\""_s << u"%XX"_s;
    QTest::newRow("template") << u"{\"template\":\"Bearer {known}\"}"_s << u"\"Bearer K\""_s << QString();
    QTest::newRow("template differs") << u"{\"template\":\"Bearer {known}\"}"_s << u"\"Basic K\""_s
                                      << u"expected the string \"Bearer K\""_s;
    QTest::newRow("array too long") << u"{\"array\":\"string\",\"maxItems\":1}"_s << u"[\"a\",\"b\"]"_s
                                    << u"at most 1"_s;
    QTest::newRow("index-text") << u"{\"array\":\"index-text\"}"_s << u"[\"1\",\"3\"]"_s << u"v[1]: expected the string \"2\""_s;
    QTest::newRow("same-as") << u"{\"object\":{\"T\":\"string\",\"E\":{\"same-as\":\"T\"}}}"_s
                             << u"{\"T\":\"a\",\"E\":\"b\"}"_s << u"v.E: expected the same as T"_s;
    QTest::newRow("integer-text range") << u"{\"integer-text\":{\"max\":500}}"_s << u"\"501\""_s << u"at most 500"_s;
    QTest::newRow("unknown descriptor") << u"\"guid-ish\""_s << u"\"x\""_s << u"not one of the language"_s;
}

void TestWireFormat::descriptorLanguage()
{
    QFETCH(QString, descriptor);
    QFETCH(QString, value);
    QFETCH(QString, problem);
    const QJsonValue d = parseJson(descriptor.toUtf8());
    QVERIFY2(!d.isUndefined(), qPrintable(descriptor));
    const QJsonValue v = value.isEmpty() ? QJsonValue(QJsonValue::Undefined) : parseJson(value.toUtf8());
    WireMatcher matcher(QJsonObject { { u"known"_s, u"K"_s } }, v);
    matcher.match(d, v, u"v"_s);
    if (problem.isEmpty()) {
        QVERIFY2(matcher.problems.isEmpty(), qPrintable(matcher.problems.join(u'\n')));
    } else {
        QVERIFY2(!matcher.problems.isEmpty(), "the descriptor accepted what it must refuse");
        QVERIFY2(matcher.problems.join(u'\n').contains(problem), qPrintable(matcher.problems.join(u'\n')));
    }
}

void TestWireFormat::request_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("variant");
    for (const Row &row : kRows) {
        QTest::newRow(row.tag) << QString::fromLatin1(row.fixture) << QString::fromLatin1(row.scenario)
                               << QString::fromLatin1(row.variant);
    }
}

void TestWireFormat::request()
{
    QFETCH(QString, fixture);
    QFETCH(QString, scenario);
    QFETCH(QString, variant);
    QVERIFY2(m_fixtures.contains(fixture), qPrintable(u"no fixture tests/wire/%1.json"_s.arg(fixture)));
    const Fixture &expected = m_fixtures[fixture];

    Run recorded;
    if (!run(scenario, variant, &recorded))
        return;

    QList<Recorded> subjects;
    QStringList sent;
    for (const Recorded &request : std::as_const(recorded.requests)) {
        sent.append(u"  "_s + request.summary());
        if (expected.identifies(request, recorded.varsFor(request)))
            subjects.append(request);
    }
    QVERIFY2(!subjects.isEmpty(),
        qPrintable(u"%1: the client sent no %2 %3; it sent:\n%4"_s.arg(expected.file, expected.method(),
            expected.expectedUrl(recorded.vars), sent.join(u'\n'))));
    // Nothing goes on the wire that no fixture describes.
    for (const Recorded &request : std::as_const(recorded.requests)) {
        bool described = false;
        for (const Fixture &candidate : std::as_const(m_fixtures))
            described = described || candidate.identifies(request, recorded.varsFor(request));
        QVERIFY2(described, qPrintable(u"no fixture describes %1"_s.arg(request.summary())));
    }

    QStringList problems;
    for (const Recorded &request : std::as_const(subjects))
        problems += expected.problems(request, recorded.varsFor(request));
    QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));

    const QStringList contract = contractProblems(fixture, subjects, recorded);
    QVERIFY2(contract.isEmpty(), qPrintable(u"\n"_s + contract.join(u'\n')));
    // The client takes PROTOCOL.md's example answer as a success.
    QVERIFY2(recorded.clientError.isEmpty(), qPrintable(recorded.clientError));
}

// Drives one client against a fresh peer and records what went on the wire.
bool TestWireFormat::run(const QString &scenario, const QString &variant, Run *out)
{
    LoopbackPeer peer;
    NetSettings settings = NetSettings::forSingleHost(QUrl(peer.base()));
    settings.tenantId = kTenantId;
    settings.clientId = kClientId;
    settings.clientSecret = kClientSecret;
    settings.mdmUser = kMdmUser;
    settings.mdmPassword = kMdmPassword;
    settings.partitionId = kPartitionId;
    settings.partnerEnrollmentUrl = kEnrollmentUrl;
    settings.partnerRemediationUrl = kRemediationUrl;
    settings.requestTimeoutMs = kWaitMs;
    settings.maxAttempts = 1; // every canned answer is a success; nothing is repeated

    QJsonObject &vars = out->vars;
    vars = QJsonObject { { u"login"_s, peer.base() }, { u"graph"_s, peer.base() }, { u"mdm"_s, peer.base() },
        { u"tenantSync"_s, QString(peer.base() + "/tenantsync"_L1) },
        { u"deviceSync"_s, QString(peer.base() + "/devicesync"_L1) },
        { u"tenantId"_s, kTenantId }, { u"clientId"_s, kClientId }, { u"clientSecret"_s, kClientSecret },
        { u"graphToken"_s, kGraphToken }, { u"intuneToken"_s, kIntuneToken },
        { u"servicePrincipalId"_s, kServicePrincipalId },
        { u"mdmBasic"_s, QString::fromLatin1((kMdmUser + u':' + kMdmPassword).toUtf8().toBase64()) },
        { u"partitionId"_s, kPartitionId }, { u"messageId"_s, kMessageId }, { u"now"_s, kNowText },
        { u"uploadTime"_s, kUploadTimeText }, { u"enrollmentUrl"_s, kEnrollmentUrl },
        { u"remediationUrl"_s, kRemediationUrl } };

    bool done = false;
    QString &error = out->clientError;
    QTemporaryDir dir;
    if (scenario == "provision"_L1 && variant == "no-urls"_L1) {
        settings.partnerEnrollmentUrl.clear();
        settings.partnerRemediationUrl.clear();
        vars[u"enrollmentUrl"_s] = QString();
        vars[u"remediationUrl"_s] = QString();
    }
    if (scenario == "devices"_L1) {
        settings.partitionId = 0; // the default space is looked up first (M1)
        settings.pageSize = variant == "two-pages"_L1 ? 2 : variant == "big-page"_L1 ? 100000 : 500;
        peer.deviceTotal = variant == "no-fq"_L1 ? 1 : 3;
        out->expectedStarts = variant == "two-pages"_L1 ? QList<qint64> { 0, 2 } : QList<qint64> { 0 };
    }
    if (scenario == "policy-write"_L1 && variant == "default-space"_L1)
        settings.partitionId = 0;

    NetworkServices net(settings);
    std::shared_ptr<SqliteStore> store;
    std::unique_ptr<PolicyService> policies;
    // Every callback is tied to this: none runs once run() has returned.
    QObject context;
    net.partner()->setClock([] { return kNow; });
    net.tokens()->setClock([] { return kNow; });
    net.discovery()->setClock([] { return kNow; });

    const QUuid messageId(kMessageId);
    if (scenario == "token"_L1) {
        net.tokens()->token(variant == "graph"_L1 ? TokenProvider::graphScope() : TokenProvider::managementScope(), &context,
            [&](const QString &, const QString &problem) {
                error = problem;
                done = true;
            });
    } else if (scenario == "discovery"_L1) {
        net.discovery()->endpoints(&context, [&](const PartnerEndpoints &, const QString &problem) {
            error = problem;
            done = true;
        });
    } else if (scenario == "users"_L1) {
        out->names = principalNames(variant);
        const QStringList names = out->names;
        net.users()->lookUp(names, &context, [&, names](const QList<EntraUserDirectory::Lookup> &lookups) {
            for (const auto &lookup : lookups) {
                if (lookup.result != EntraUserDirectory::Lookup::Found)
                    error += lookup.principalName + u": "_s + lookup.error + u'\n';
            }
            if (lookups.size() != names.size())
                error += u"%1 answers for %2 names"_s.arg(lookups.size()).arg(names.size());
            done = true;
        });
    } else if (scenario == "provision"_L1 || scenario == "deprovision"_L1) {
        net.partner()->setProvisioning(scenario == "provision"_L1 ? PartnerComplianceClient::Provisioning::Provision
                                                                  : PartnerComplianceClient::Provisioning::Deprovision,
            &context, [&](const QString &problem) {
                error = problem;
                done = true;
            });
    } else if (scenario == "heartbeat"_L1) {
        net.partner()->heartbeat(&context, [&](const PartnerComplianceClient::HeartbeatResult &result) {
            error = result.error;
            done = true;
        });
    } else if (scenario == "upload"_L1 || scenario == "upload-content"_L1) {
        const DeviceCase device = deviceCase(variant);
        for (auto it = device.expected.begin(); it != device.expected.end(); ++it)
            vars.insert(it.key(), it.value());
        // What the reporting engine queues: ReportPlanner's entities in AzurePayload's body.
        const OutboxDevice report = ReportPlanner::reportFor(device.device, device.outcome, kNow, QUuid(kTenantId));
        const auto onUpload = [&](const PartnerComplianceClient::UploadResult &result) {
            error = result.error;
            done = true;
        };
        if (scenario == "upload"_L1) {
            net.partner()->uploadMessageBody(
                messageId, AzurePayload::uploadBody(kTenantId, kUploadTime, report.entities), &context, onUpload);
        } else {
            net.partner()->setClock([] { return kUploadTime; });
            net.partner()->uploadMessage(
                messageId, QJsonDocument(report.entities).toJson(QJsonDocument::Compact), &context, onUpload);
        }
    } else if (scenario == "status"_L1) {
        net.partner()->messageStatus(messageId, &context, [&](const PartnerComplianceClient::MessageStatus &status) {
            if (status.state != PartnerComplianceClient::MessageStatus::Completed)
                error = u"status %1: %2"_s.arg(PartnerComplianceClient::stateName(status.state), status.error);
            done = true;
        });
    } else if (scenario == "health"_L1) {
        net.partner()->partnerHealth(&context, [&](const QList<PartnerComplianceClient::PartnerHealth> &partners,
                                                const QString &problem) {
            error = problem;
            if (problem.isEmpty() && (partners.size() != 1 || !partners.first().lastHeartbeat.isValid()))
                error = u"the partner or its lastHeartbeatDateTime was not read"_s;
            done = true;
        });
    } else if (scenario == "partitions"_L1) {
        net.inventory()->fetchPartitions(&context, [&](const QList<InventoryClient::Partition> &, const QString &problem) {
            error = problem;
            done = true;
        });
    } else if (scenario == "devices"_L1) {
        if (variant == "two-pages"_L1)
            vars[u"fq"_s] = u"registrationState=ACTIVE and (quarantined=true or jailbroken=true or complianceState=false)"_s;
        else if (variant == "big-page"_L1)
            vars[u"fq"_s] = u"emailAddress=ana+test@contoso.com"_s;
        net.inventory()->fetchAllDevices(
            &context, [](const QList<DeviceRecord> &, qint64, qint64) { return true; },
            [&](const QString &problem, const QStringList &recordErrors) {
                error = problem + recordErrors.join(u'\n');
                done = true;
            },
            vars.value("fq"_L1).toString());
    } else if (scenario == "device"_L1) {
        vars[u"deviceId"_s] = 1844659;
        net.inventory()->fetchDevice(1844659, &context, [&](const std::optional<DeviceRecord> &, const QString &problem) {
            error = problem;
            done = true;
        });
    } else if (scenario == "checkin"_L1) {
        out->checkinIds = variant == "two"_L1 ? QList<qint64> { 1844659, 1844660 } : QList<qint64> { 1844659 };
        QJsonArray ids;
        for (qint64 id : std::as_const(out->checkinIds))
            ids.append(QString::number(id));
        vars[u"checkinIds"_s] = ids;
        net.inventory()->forceCheckin(out->checkinIds, &context, [&](int count, const QString &problem) {
            error = problem;
            if (problem.isEmpty() && count != int(out->checkinIds.size()))
                error = u"%1 devices checked in"_s.arg(count);
            done = true;
        });
    } else if (scenario == "policies"_L1) {
        net.inventory()->fetchPolicies(&context, [&](const QList<CompliancePolicy> &list, const QString &problem) {
            error = problem;
            if (problem.isEmpty() && list.size() != 1)
                error = u"%1 policies read"_s.arg(list.size());
            done = true;
        });
    } else if (scenario == "policy-write"_L1 || scenario == "account"_L1) {
        store = std::make_shared<SqliteStore>(dir.filePath(u"store.sqlite"_s));
        QString storeError;
        if (!store->open(&storeError)) {
            qWarning("%s", qPrintable(storeError));
            return false;
        }
        policies = std::make_unique<PolicyService>(store, &net, nullptr);
        if (scenario == "account"_L1) {
            connect(policies.get(), &PolicyService::roleChanged, &context, [&] {
                if (!policies->canEdit())
                    error = policies->readOnlyReason();
                done = true;
            });
            policies->refreshRole();
        } else {
            CompliancePolicy policy;
            policy.id = 7;
            policy.name = u"Jailbroken devices"_s;
            policy.rule = PolicyRule::Jailbroken;
            policy.steps = { PolicyStep { ComplianceAction::SendAlert, 0 }, PolicyStep { ComplianceAction::Quarantine, 2 } };
            vars[u"policyId"_s] = 7;
            connect(policies.get(), &PolicyService::saveFinished, &context,
                [&](bool ok, const QString &problem, const QList<CompliancePolicy> &, int) {
                    error = ok ? QString() : problem;
                    done = true;
                });
            policies->save({ policy });
        }
    } else {
        qWarning("unknown scenario %s", qPrintable(scenario));
        return false;
    }

    if (!QTest::qWaitFor([&] { return done; }, kWaitMs)) {
        QTest::qFail("the client never called back", __FILE__, __LINE__);
        return false;
    }
    out->requests = peer.requests;
    const QJsonObject base = vars;
    const QStringList names = out->names;
    out->varsFor = [base, names](const Recorded &request) {
        QJsonObject vars = base;
        // A $batch carries its share of the names, in the order asked: the first batch the
        // first twenty, the next the rest.
        const qsizetype size = QJsonDocument::fromJson(request.body).object().value("requests"_L1).toArray().size();
        if (!names.isEmpty() && size > 0) {
            const qsizetype offset = (size == 20 || size >= names.size()) ? 0 : names.size() - size;
            for (qsizetype i = 0; i < size && offset + i < names.size(); ++i)
                vars.insert(u"upnKey%1"_s.arg(i + 1), quotedKey(names.at(offset + i)));
        }
        return vars;
    };
    return true;
}

// What PROTOCOL.md cares about beyond the shape, checked a second time in plain code.
QStringList TestWireFormat::contractProblems(const QString &fixture, const QList<Recorded> &requests, const Run &run)
{
    QStringList problems;
    const auto check = [&](bool ok, const QString &what) {
        if (!ok)
            problems.append(fixture + u": "_s + what);
    };
    const auto body = [](const Recorded &request) { return QJsonDocument::fromJson(request.body).object(); };
    for (const Recorded &request : requests) {
        const QString apiVersion = queryValue(request, u"api-version"_s);
        if (fixture.startsWith("a5-"_L1) || fixture == "a6-heartbeat"_L1) {
            check(apiVersion == "1.6"_L1, u"api-version is \"%1\", PROTOCOL.md says 1.6"_s.arg(apiVersion));
            check(request.header("Prefer") == "return-content", u"no Prefer: return-content"_s);
        }
        if (fixture.startsWith("a5-"_L1)) {
            const QJsonValue provisioned = body(request).value("Provisioned"_L1);
            check(provisioned.isDouble(), u"Provisioned is %1, not a JSON number"_s.arg(describe(provisioned)));
            check(provisioned.toInt() == (fixture == "a5-provision"_L1 ? 1 : 2),
                u"Provisioned is %1"_s.arg(describe(provisioned)));
            check(!body(request).contains("TenantId"_L1), u"TenantId is sent; the tenant belongs in the path only"_s);
        }
        if (fixture == "a7-upload"_L1 || fixture == "a8-upload-status"_L1)
            check(apiVersion == "1.2"_L1, u"api-version is \"%1\", PROTOCOL.md says 1.2"_s.arg(apiVersion));
        if (fixture == "a7-upload"_L1) {
            check(request.header("Prefer") == "return-content", u"no Prefer: return-content"_s);
            const QJsonObject upload = body(request);
            const QJsonValue content = upload.value("Content"_L1);
            check(content.isString(), u"Content is %1, not a string"_s.arg(describe(content)));
            const QJsonArray entities = QJsonDocument::fromJson(content.toString().toUtf8()).array();
            int inventories = 0;
            int compliances = 0;
            for (const QJsonValue &value : entities) {
                const QJsonObject entity = value.toObject();
                const int type = entity.value("EntityType"_L1).toInt();
                inventories += type == 1 ? 1 : 0;
                compliances += type == 4 ? 1 : 0;
                check(entity.value("TenantId"_L1) == upload.value("TenantId"_L1),
                    u"an entity's TenantId %1 is not the body's"_s.arg(describe(entity.value("TenantId"_L1))));
                const QString userId = entity.value("UserId"_L1).toString();
                check(isGuid(userId) && !userId.contains(u'@'), u"UserId \"%1\" is not a GUID"_s.arg(userId));
                if (type == 1) {
                    check(entity.value("State"_L1).isDouble(),
                        u"State is %1, not a number"_s.arg(describe(entity.value("State"_L1))));
                    check(entity.value("LastCheckInTime"_L1).isString()
                            && !entity.value("LastCheckInTime"_L1).toString().isEmpty(),
                        u"LastCheckInTime is %1"_s.arg(describe(entity.value("LastCheckInTime"_L1))));
                }
            }
            check(inventories == 1 && compliances == 1,
                u"%1 inventory and %2 compliance entities for one device"_s.arg(inventories).arg(compliances));
        }
        if (fixture == "a4-users-batch"_L1) {
            const QJsonArray asked = body(request).value("requests"_L1).toArray();
            check(!asked.isEmpty() && asked.size() <= 20, u"%1 requests in one $batch"_s.arg(asked.size()));
            for (qsizetype i = 0; i < asked.size(); ++i) {
                const QJsonObject entry = asked.at(i).toObject();
                check(entry.value("id"_L1) == QJsonValue(QString::number(i + 1)),
                    u"request %1 has id %2"_s.arg(i).arg(describe(entry.value("id"_L1))));
                const QString url = entry.value("url"_L1).toString();
                check(url.startsWith("/users('"_L1) && url.endsWith("')?$select=id"_L1) && !url.contains(u'#'),
                    u"url \"%1\" is not /users('{upn}')?$select=id with # as %23"_s.arg(url));
            }
        }
        if (fixture == "m2-device-list"_L1) {
            const qint64 rows = queryValue(request, u"rows"_s).toLongLong();
            check(rows >= 1 && rows <= 500, u"rows=%1"_s.arg(rows));
            check(queryValue(request, u"sortFields[0].name"_s) == "id"_L1, u"not sorted by id"_s);
            const QByteArray raw = request.rawQuery();
            for (const QByteArray &part : raw.split('&')) {
                if (part.startsWith("fq=")) {
                    static const QRegularExpression encoded(u"^([A-Za-z0-9._~-]|%[0-9A-Fa-f]{2})*$"_s);
                    check(encoded.match(QString::fromLatin1(part.mid(3))).hasMatch(),
                        u"fq is not percent-encoded: %1"_s.arg(QString::fromLatin1(part)));
                }
            }
            check(queryValue(request, u"fq"_s) == run.vars.value("fq"_L1).toString(), u"fq is not the filter asked"_s);
        }
        if (fixture == "m4-force-checkin"_L1) {
            QStringList expected;
            for (qint64 id : run.checkinIds)
                expected.append(u"ids="_s + QString::number(id));
            check(QString::fromLatin1(request.body) == expected.join(u'&'),
                u"the form is \"%1\", not one ids= per device"_s.arg(QString::fromLatin1(request.body)));
        }
    }
    if (fixture == "a4-users-batch"_L1) {
        // Every name asked once over all batches, its key as PROTOCOL.md A3 writes it.
        QStringList keys;
        for (const Recorded &request : requests) {
            for (const QJsonValue &entry : body(request).value("requests"_L1).toArray()) {
                QString url = QUrl::fromPercentEncoding(entry.toObject().value("url"_L1).toString().toUtf8());
                keys.append(url.mid(8, url.size() - 8 - 13));
            }
        }
        QStringList expected;
        for (const QString &name : run.names)
            expected.append(quotedKey(name));
        keys.sort();
        expected.sort();
        check(keys == expected, u"the batches asked for %1, not %2"_s.arg(keys.join(u' '), expected.join(u' ')));
    }
    if (fixture == "m2-device-list"_L1) {
        QList<qint64> starts;
        for (const Recorded &request : requests)
            starts.append(queryValue(request, u"start"_s).toLongLong());
        std::sort(starts.begin(), starts.end());
        QStringList text;
        for (qint64 start : std::as_const(starts))
            text.append(QString::number(start));
        check(starts == run.expectedStarts, u"pages start at %1"_s.arg(text.join(u", "_s)));
    }
    return problems;
}

QTEST_GUILESS_MAIN(TestWireFormat)
#include "tst_wireformat.moc"
