#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

// The Entra object ids looked up through Graph, by user principal name, kept in the store
// so that a sync never asks Graph again for a user it knows; at a million devices that is
// the difference between one look-up per new user and one per device. A name Graph does
// not know is kept too, and asked again once it is older than kNotFoundRecheckSecs.
// Part of a Store: safe from any thread once it is open.
class EntraUserCache
{
public:
    static constexpr qint64 kNotFoundRecheckSecs = qint64(24) * 60 * 60;

    struct Entry
    {
        QString principalName;
        QUuid objectId; // null: Graph has no such user
        QDateTime checked;
    };

    virtual ~EntraUserCache() = default;

    // Every entry, keyed by the lower-case principal name.
    virtual bool load(QHash<QString, Entry> *entries, QString *error) const = 0;
    // Inserts or replaces the entries in one transaction (or in the caller's, inside
    // Store::commitTogether).
    virtual bool save(const QList<Entry> &entries, QString *error) = 0;

    // Whether the entry answers for `now`: a known user always; an unknown one for a day.
    static bool isFresh(const Entry &entry, const QDateTime &now);

protected:
    EntraUserCache() = default;
    Q_DISABLE_COPY_MOVE(EntraUserCache)
};
