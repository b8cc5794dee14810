#include "app/storage/postgres/pgentrausercache.h"

#include "app/storage/postgres/pgconnection.h"
#include "app/storage/postgres/pgconnections.h"
#include "app/storage/postgres/pgtransaction.h"

namespace {

// The entries go as three arrays in one statement, however many a sync page looked up.
// A name given twice in one batch (in any case) is written as the SQLite store writes it
// one entry after the other: the row keeps the name it was first written with and takes
// the last entry's answer; PostgreSQL's own lower() decides what counts as the same name,
// as the table's unique index does.
const QByteArray kSaveEntries
    = "WITH given AS ("
      " SELECT g.principal_name, g.object_id, g.checked_ms, g.n"
      " FROM unnest($1::text[], $2::uuid[], $3::bigint[]) WITH ORDINALITY AS g(principal_name, object_id, "
      "checked_ms, n)),"
      " firsts AS (SELECT DISTINCT ON (lower(principal_name)) lower(principal_name) AS k, principal_name"
      " FROM given ORDER BY lower(principal_name), n),"
      " lasts AS (SELECT DISTINCT ON (lower(principal_name)) lower(principal_name) AS k, object_id, "
      "checked_ms"
      " FROM given ORDER BY lower(principal_name), n DESC)"
      " INSERT INTO asc_store.entra_users (principal_name, object_id, checked_ms)"
      " SELECT f.principal_name, l.object_id, l.checked_ms FROM firsts f JOIN lasts l USING (k)"
      " ON CONFLICT ((lower(principal_name))) DO UPDATE SET object_id = excluded.object_id,"
      " checked_ms = excluded.checked_ms";

// One element of an array literal: quoted, with the two characters that need it escaped.
void appendElement(QByteArray *array, const QByteArray &value)
{
    if (array->size() > 1)
        *array += ',';
    if (value.isNull()) {
        *array += "NULL";
        return;
    }
    *array += '"';
    for (const char c : value) {
        if (c == '"' || c == '\\')
            *array += '\\';
        *array += c;
    }
    *array += '"';
}

} // namespace

PgEntraUserCache::PgEntraUserCache(PgConnections &connections)
    : m_connections(connections)
{
}

bool PgEntraUserCache::load(QHash<QString, Entry> *entries, QString *error) const
{
    PgConnection *connection = nullptr;
    if (!m_connections.connection(&connection, error))
        return false;
    const PgResult result
        = connection->exec("SELECT principal_name, object_id, checked_ms FROM asc_store.entra_users");
    if (!result.ok()) {
        if (error)
            *error
                = tr("Could not read the Entra users known to %1: %2")
                      .arg(m_connections.displayName(),
                          result.errorText().isEmpty() ? connection->connectionError() : result.errorText());
        return false;
    }
    entries->clear();
    entries->reserve(result.rows());
    for (int row = 0; row < result.rows(); ++row) {
        Entry entry;
        entry.principalName = result.text(row, 0);
        entry.objectId = result.isNull(row, 1) ? QUuid() : QUuid::fromString(result.text(row, 1));
        entry.checked = QDateTime::fromMSecsSinceEpoch(result.integer(row, 2), Qt::UTC);
        entries->insert(entry.principalName.toLower(), entry);
    }
    return true;
}

bool PgEntraUserCache::save(const QList<Entry> &entries, QString *error)
{
    if (entries.isEmpty())
        return true;
    PgConnection *connection = nullptr;
    if (!m_connections.connection(&connection, error))
        return false;
    QByteArray names("{");
    QByteArray objectIds("{");
    QByteArray checked("{");
    for (const Entry &entry : entries) {
        appendElement(&names, entry.principalName.toUtf8());
        appendElement(&objectIds,
            entry.objectId.isNull() ? QByteArray() : entry.objectId.toByteArray(QUuid::WithoutBraces));
        appendElement(&checked, QByteArray::number(entry.checked.toMSecsSinceEpoch()));
    }
    names += '}';
    objectIds += '}';
    checked += '}';

    QString detail;
    PgTransaction transaction(*connection);
    if (!transaction.begin(&detail)) {
        if (error)
            *error = failure(detail);
        return false;
    }
    const PgResult saved = connection->exec(kSaveEntries, { names, objectIds, checked });
    if (!saved.ok()) {
        const QString reason
            = saved.errorText().isEmpty() ? connection->connectionError() : saved.errorText();
        if (error) {
            // 42501 insufficient_privilege: only the reporter looks users up.
            *error = saved.sqlState() == "42501"
                ? tr("Could not save the Entra users looked up to %1: this login may not change them; the "
                     "reporter looks users up (the database refused: %2). Nothing was written.")
                      .arg(m_connections.displayName(), reason)
                : failure(reason);
        }
        return false;
    }
    if (!transaction.commit(&detail)) {
        if (error)
            *error = failure(detail);
        return false;
    }
    return true;
}

QString PgEntraUserCache::failure(const QString &detail) const
{
    return tr("Could not save the Entra users looked up to %1: %2").arg(m_connections.displayName(), detail);
}
