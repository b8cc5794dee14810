#pragma once

#include "app/reporting/reporthistory.h"

#include <QAbstractTableModel>
#include <QHash>

// The report messages of one tab of the Reports view, newest first. setMessages() merges
// a fresh read into the rows (removes, inserts, dataChanged) instead of resetting, so the
// selection and scroll position survive the refreshes that follow every upload.
class ReportListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportListModel)

public:
    enum Column
    {
        CreatedColumn,
        TriggerColumn,
        DevicesColumn,
        StateColumn,
        AttemptsColumn,
        NextAttemptColumn,
        SentColumn,
        ConfirmedColumn,
        MessageIdColumn,
        // The last error of a queued message, the reason of a failed one. Last: free text of
        // any length, it takes the width that is left and is elided there.
        ErrorColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        UnderlyingDataRole = Qt::UserRole, // raw value: QDateTime, int, storage name, id text
        MessageIdRole // QUuid of the row's message
    };

    explicit ReportListModel(QObject *parent = nullptr);

    // Rows become `messages`, ordered newest first. Payloads are not kept: a tab holds up
    // to thousands of messages of hundreds of devices each; the view reads the selected one.
    void setMessages(QList<OutboxMessage> messages);
    const OutboxMessage &message(int row) const { return m_messages.at(row); }
    int rowOf(const QUuid &id) const { return m_rows.value(id, -1); }

    // The texts are translated: call after the UI language changed.
    void retranslate();

    static QString columnName(Column column);
    static QString stateName(const OutboxMessage &message); // translated

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant underlyingData(const OutboxMessage &message, Column column) const;
    QString displayText(const OutboxMessage &message, Column column) const;
    void rebuildRowIndex();

    QList<OutboxMessage> m_messages;
    QHash<QUuid, int> m_rows; // message id -> row
};
