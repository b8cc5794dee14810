#include "app/storage/postgres/pgconnection.h"

#include "app/security/redaction.h"

#include <libpq-fe.h>

#include <vector>

PgConnection::~PgConnection()
{
    close();
}

bool PgConnection::open(const PgConnectionSettings &settings, const QString &password, QString *error)
{
    close();
    m_neededPassword = false;
    QList<QPair<QByteArray, QByteArray>> parameters = settings.parameters();
    if (!password.isEmpty()) {
        // Kept out of every log line and message from now on.
        Redaction::registerSecret(password);
        parameters.append({QByteArrayLiteral("password"), password.toUtf8()});
    }
    std::vector<const char *> keywords;
    std::vector<const char *> values;
    for (const auto &pair : std::as_const(parameters)) {
        keywords.push_back(pair.first.constData());
        values.push_back(pair.second.constData());
    }
    keywords.push_back(nullptr);
    values.push_back(nullptr);
    m_conn = PQconnectdbParams(keywords.data(), values.data(), 0);
    if (!m_conn) {
        *error = tr("Could not connect to the PostgreSQL %1: out of memory").arg(settings.displayName());
        return false;
    }
    // What libpq actually tried (the last host of a list), else what the URI said.
    const auto tried = [](const char *value, const QString &fallback) {
        return value && *value ? QString::fromUtf8(value) : fallback;
    };
    m_displayName = PgConnectionSettings::tr("database %1 on %2:%3 as %4")
                        .arg(tried(PQdb(m_conn), settings.database()), tried(PQhost(m_conn), settings.host()),
                             tried(PQport(m_conn), settings.port()), tried(PQuser(m_conn), settings.user()));
    // libpq prints the server's notices (e.g. "relation … already exists, skipping") and the
    // reason of a terminated session on stderr; the caller reports what matters itself.
    PQsetNoticeProcessor(m_conn, [](void *, const char *) {}, nullptr);
    if (PQstatus(m_conn) != CONNECTION_OK) {
        m_neededPassword = PQconnectionNeedsPassword(m_conn) == 1;
        QString reason = connectionError();
        // libpq does not quote the password; this is a second lock on the same door.
        if (!password.isEmpty())
            reason.replace(password, Redaction::mask());
        *error = tr("Could not connect to the PostgreSQL %1: %2").arg(m_displayName, Redaction::redact(reason));
        close();
        return false;
    }
    return true;
}

void PgConnection::close()
{
    if (m_conn) {
        PQfinish(m_conn);
        m_conn = nullptr;
    }
}

bool PgConnection::isOpen() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

PgResult PgConnection::exec(const QByteArray &sql, const QList<QByteArray> &parameters)
{
    if (!m_conn)
        return PgResult();
    if (parameters.isEmpty())
        return PgResult(PQexec(m_conn, sql.constData()));
    std::vector<const char *> values;
    std::vector<int> lengths;
    values.reserve(size_t(parameters.size()));
    lengths.reserve(size_t(parameters.size()));
    for (const QByteArray &value : parameters) {
        values.push_back(value.isNull() ? nullptr : value.constData());
        lengths.push_back(int(value.size()));
    }
    return PgResult(PQexecParams(m_conn, sql.constData(), int(parameters.size()), nullptr, values.data(),
                                 lengths.data(), nullptr, 0));
}

PgResult PgConnection::execBinary(const QByteArray &sql, const QList<QByteArray> &parameters,
                                  const QList<unsigned int> &types)
{
    Q_ASSERT(parameters.size() == types.size());
    if (!m_conn)
        return PgResult();
    std::vector<const char *> values;
    std::vector<int> lengths;
    std::vector<Oid> oids(types.cbegin(), types.cend());
    const std::vector<int> formats(size_t(parameters.size()), 1);
    values.reserve(size_t(parameters.size()));
    lengths.reserve(size_t(parameters.size()));
    for (const QByteArray &value : parameters) {
        values.push_back(value.isNull() ? nullptr : value.constData());
        lengths.push_back(int(value.size()));
    }
    return PgResult(PQexecParams(m_conn, sql.constData(), int(parameters.size()), oids.data(), values.data(),
                                 lengths.data(), formats.data(), 0));
}

bool PgConnection::run(const QByteArray &sql, QString *error, const QList<QByteArray> &parameters)
{
    const PgResult result = exec(sql, parameters);
    if (result.ok())
        return true;
    if (error) {
        const QString text = result.errorText();
        *error = text.isEmpty() ? connectionError() : text;
    }
    return false;
}

QString PgConnection::connectionError() const
{
    if (!m_conn)
        return tr("not connected");
    // libpq's text spans lines ("connection to server at … failed: …\n\tIs the server running…").
    return QString::fromUtf8(PQerrorMessage(m_conn)).simplified();
}

int PgConnection::backendPid() const
{
    return m_conn ? PQbackendPID(m_conn) : 0;
}

int PgConnection::socket() const
{
    return m_conn ? PQsocket(m_conn) : -1;
}

PgConnection::TransactionStatus PgConnection::transactionStatus() const
{
    if (!m_conn)
        return TransactionStatus::Idle;
    switch (PQtransactionStatus(m_conn)) {
    case PQTRANS_INTRANS:
        return TransactionStatus::InTransaction;
    case PQTRANS_INERROR:
        return TransactionStatus::Failed;
    default:
        return TransactionStatus::Idle;
    }
}
