#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

class DeviceStore;

// The Entra object ids looked up through Graph, by user principal name, kept in the store
// so that a sync never asks Graph again for a user it knows; at a million devices that is
// the difference between one look-up per new user and one per device. A name Graph does
// not know is kept too, and asked again once it is older than kNotFoundRecheckSecs.
class EntraUserCache final
{
    Q_DECLARE_TR_FUNCTIONS(EntraUserCache)

public:
    static constexpr qint64 kNotFoundRecheckSecs = qint64(24) * 60 * 60;

    struct Entry
    {
        QString principalName;
        QUuid objectId; // null: Graph has no such user
        QDateTime checked;
    };

    explicit EntraUserCache(DeviceStore &store);

    // Every entry, keyed by the lower-case principal name.
    bool load(QHash<QString, Entry> *entries, QString *error) const;
    // Inserts or replaces the entries in one transaction.
    bool save(const QList<Entry> &entries, QString *error);
    // The same inside a transaction the caller holds on the store's connection.
    bool write(const QList<Entry> &entries, QString *error);

    // Whether the entry answers for `now`: a known user always; an unknown one for a day.
    static bool isFresh(const Entry &entry, const QDateTime &now);

private:
    QString failure(const QString &detail) const;

    DeviceStore &m_store;
};
