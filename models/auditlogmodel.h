#pragma once

#include "models/auditentry.h"

#include <QAbstractTableModel>
#include <QIODevice>
#include <QList>

// The audit log as a table: newest first, one row per entry.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)

public:
    enum Column { When, Who, Action, Target, Detail, ColumnCount };
    enum Role { UnderlyingDataRole = Qt::UserRole };

    explicit AuditLogModel(QObject *parent = nullptr);

    void setEntries(const QList<AuditEntry> &entries);
    const QList<AuditEntry> &entries() const { return m_entries; }
    const AuditEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The action in words: "Policy changed", "Report now".
    static QString actionName(const QString &action);
    // RFC 4180 CSV of the given rows (UTF-8 with a BOM), times in ISO 8601 UTC.
    static bool writeCsv(QIODevice &out, const QList<AuditEntry> &entries, QString *error);

private:
    QList<AuditEntry> m_entries;
};
