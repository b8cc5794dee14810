#include "app/storage/postgres/pgconnectionsettings.h"

#include <QDir>
#include <QHostAddress>
#include <QStringList>

#include <libpq-fe.h>

#include <algorithm>
#include <iterator>

namespace {

// What libpq gives back as a list of keyword/value pairs, with the values it has.
QList<QPair<QByteArray, QByteArray>> takeOptions(PQconninfoOption *options)
{
    QList<QPair<QByteArray, QByteArray>> result;
    for (PQconninfoOption *option = options; option && option->keyword; ++option) {
        if (option->val)
            result.append({QByteArray(option->keyword), QByteArray(option->val)});
    }
    PQconninfoFree(options);
    return result;
}

QByteArray valueOf(const QList<QPair<QByteArray, QByteArray>> &pairs, const char *keyword)
{
    for (const auto &pair : pairs) {
        if (pair.first == keyword)
            return pair.second;
    }
    return {};
}

bool isLocalHost(const QString &host)
{
    // Empty: libpq's default Unix socket; a path or an abstract socket name: a local socket.
    if (host.isEmpty() || host.startsWith(QLatin1Char('/')) || host.startsWith(QLatin1Char('@'))
        || host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

// Finds a password in the URI before libpq reads it: libpq's own message for a URI it
// cannot parse may quote the part it stumbled on, password included.
bool holdsPassword(const QString &uri)
{
    const qsizetype schemeEnd = uri.indexOf(QLatin1String("://"));
    const qsizetype authorityStart = schemeEnd + 3;
    qsizetype authorityEnd = uri.size();
    for (QChar end : {QLatin1Char('/'), QLatin1Char('?')}) {
        const qsizetype at = uri.indexOf(end, authorityStart);
        if (at >= 0)
            authorityEnd = std::min(authorityEnd, at);
    }
    const QString authority = uri.mid(authorityStart, authorityEnd - authorityStart);
    const qsizetype userEnd = authority.lastIndexOf(QLatin1Char('@'));
    if (userEnd >= 0 && authority.left(userEnd).contains(QLatin1Char(':')))
        return true;
    const qsizetype query = uri.indexOf(QLatin1Char('?'));
    if (query < 0)
        return false;
    const QStringList parameters = uri.mid(query + 1).split(QLatin1Char('&'));
    for (const QString &parameter : parameters) {
        if (parameter.section(QLatin1Char('='), 0, 0).compare(QLatin1String("password"), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// The libpq parameters that name a file.
constexpr const char *kFileKeywords[] = {"sslrootcert", "sslcert", "sslkey", "sslcrl", "sslcrldir", "passfile"};

} // namespace

bool PgConnectionSettings::isUri(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || trimmed.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::optional<PgConnectionSettings> PgConnectionSettings::parse(const QString &text, QString *error)
{
    const QString uri = text.trimmed();
    // The text itself is never quoted: whatever is wrong with it, it may hold a password.
    if (!isUri(uri)) {
        *error = tr("The store address is not a PostgreSQL connection URI: it starts with postgresql://, e.g. %1.")
                     .arg(QStringLiteral("postgresql://role@host:5432/dbname?sslmode=verify-full&sslrootcert=/path/to/ca.pem"));
        return std::nullopt;
    }
    if (holdsPassword(uri)) {
        *error = tr("The PostgreSQL connection URI holds a password. Remove it from the URI: the password is kept "
                    "in the OS keychain, or libpq reads it from PGPASSWORD or ~/.pgpass.");
        return std::nullopt;
    }
    char *message = nullptr;
    PQconninfoOption *options = PQconninfoParse(uri.toUtf8().constData(), &message);
    if (!options) {
        const QString reason = message ? QString::fromUtf8(message).trimmed() : tr("out of memory");
        PQfreemem(message);
        *error = tr("The PostgreSQL connection URI cannot be read: %1").arg(reason);
        return std::nullopt;
    }
    PgConnectionSettings settings;
    settings.m_given = takeOptions(options);
    if (!valueOf(settings.m_given, "password").isEmpty()) {
        *error = tr("The PostgreSQL connection URI holds a password. Remove it from the URI: the password is kept "
                    "in the OS keychain, or libpq reads it from PGPASSWORD or ~/.pgpass.");
        return std::nullopt;
    }
    // libpq opens these files as given: "~" is no home folder to it, and a relative path is
    // read from the folder the program happens to start in (a desktop launcher's or a
    // timer's is not the one the URI was written in).
    for (auto &[keyword, value] : settings.m_given) {
        if (std::find(std::begin(kFileKeywords), std::end(kFileKeywords), keyword) == std::end(kFileKeywords))
            continue;
        QString path = QString::fromUtf8(value);
        if (path.isEmpty())
            continue;
        if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
            path = QDir::homePath() + path.mid(1);
        // libpq 16 and later read sslrootcert=system as the system's CAs.
        if (keyword == "sslrootcert" && path == QLatin1String("system"))
            continue;
        if (!QDir::isAbsolutePath(path)) {
            //: %1 a libpq parameter (sslrootcert, sslcert…), %2 the path the URI gives
            *error = tr("The PostgreSQL connection URI gives %1=%2, a path relative to the folder the program is "
                        "started in. Give the full path of the file (or ~/ for your home folder).")
                         .arg(QString::fromUtf8(keyword), path);
            return std::nullopt;
        }
        value = path.toUtf8();
    }
    for (const auto &pair : takeOptions(PQconndefaults())) {
        // PQconndefaults() fills in PGPASSWORD: it stays with libpq.
        if (pair.first != "password" && pair.first != "passfile")
            settings.m_defaults.append(pair);
    }

    const QStringList ports = settings.port().split(QLatin1Char(','));
    for (const QString &port : ports) {
        bool ok = false;
        const int number = port.trimmed().toInt(&ok);
        if (!port.trimmed().isEmpty() && (!ok || number < 1 || number > 65535)) {
            *error = tr("The PostgreSQL connection URI gives the port \"%1\": a port is a number from 1 to 65535.")
                         .arg(port.trimmed());
            return std::nullopt;
        }
    }
    const QString sslMode = settings.sslMode();
    static const QStringList sslModes{QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                                      QStringLiteral("require"), QStringLiteral("verify-ca"),
                                      QStringLiteral("verify-full")};
    if (!sslMode.isEmpty() && !sslModes.contains(sslMode)) {
        *error = tr("The PostgreSQL connection URI gives sslmode=%1; libpq knows %2.")
                     .arg(sslMode, sslModes.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    // hostaddr, when given, is the address actually used; host then only names the server.
    const QString addresses = settings.given("hostaddr");
    const QStringList hosts = (addresses.isEmpty() ? settings.host() : addresses).split(QLatin1Char(','));
    for (const QString &host : hosts) {
        if (!isLocalHost(host.trimmed()) && sslMode != QLatin1String("verify-full")) {
            *error = tr("%1 is reached over the network, so the connection must check the server's certificate "
                        "and name: add sslmode=verify-full and sslrootcert=FILE (the CA certificate) to the "
                        "PostgreSQL connection URI (sslmode is now %2).")
                         .arg(host.trimmed(), sslMode.isEmpty() ? QStringLiteral("prefer") : sslMode);
            return std::nullopt;
        }
    }
    return settings;
}

QString PgConnectionSettings::given(const char *keyword) const
{
    return QString::fromUtf8(valueOf(m_given, keyword));
}

QString PgConnectionSettings::effective(const char *keyword) const
{
    const QByteArray value = valueOf(m_given, keyword);
    return QString::fromUtf8(value.isEmpty() ? valueOf(m_defaults, keyword) : value);
}

QString PgConnectionSettings::database() const
{
    // libpq's own default: a database named like the user.
    const QString name = effective("dbname");
    return name.isEmpty() ? user() : name;
}

QString PgConnectionSettings::displayName() const
{
    QString shownHost = host();
    if (shownHost.isEmpty())
        shownHost = QStringLiteral("localhost");
    return tr("database %1 on %2:%3 as %4")
        .arg(database(), shownHost, port().isEmpty() ? QStringLiteral("5432") : port(), user());
}

QList<QPair<QByteArray, QByteArray>> PgConnectionSettings::parameters() const
{
    QList<QPair<QByteArray, QByteArray>> result = m_given;
    const auto addUnlessGiven = [&](const char *keyword, const QByteArray &value) {
        if (valueOf(m_given, keyword).isEmpty())
            result.append({QByteArray(keyword), value});
    };
    addUnlessGiven("keepalives", "1");
    addUnlessGiven("keepalives_idle", QByteArray::number(kKeepalivesIdleSecs));
    addUnlessGiven("keepalives_interval", QByteArray::number(kKeepalivesIntervalSecs));
    addUnlessGiven("keepalives_count", QByteArray::number(kKeepalivesCount));
    addUnlessGiven("connect_timeout", QByteArray::number(kConnectTimeoutSecs));
    addUnlessGiven("fallback_application_name", "azure-status-console");
    // libpq's keepalives are its own socket's; the server's end of the connection gets the
    // same through the startup packet's options, after any the URI gives (no round trip).
    const QByteArray keepalives = serverKeepalives();
    if (!keepalives.isEmpty()) {
        const QByteArray given = valueOf(m_given, "options");
        result.removeIf([](const QPair<QByteArray, QByteArray> &pair) { return pair.first == "options"; });
        result.append({QByteArrayLiteral("options"), given.isEmpty() ? keepalives : given + ' ' + keepalives});
    }
    return result;
}

QByteArray PgConnectionSettings::serverKeepalives() const
{
    if (effective("keepalives") == QLatin1String("0"))
        return {};
    // What libpq sets on the client's socket: the URI's values, else ours.
    const auto seconds = [this](const char *keyword, int fallback) {
        bool ok = false;
        const int given = effective(keyword).toInt(&ok);
        return QByteArray::number(ok && given >= 0 ? given : fallback);
    };
    return "-c tcp_keepalives_idle=" + seconds("keepalives_idle", kKeepalivesIdleSecs)
        + " -c tcp_keepalives_interval=" + seconds("keepalives_interval", kKeepalivesIntervalSecs)
        + " -c tcp_keepalives_count=" + seconds("keepalives_count", kKeepalivesCount);
}
