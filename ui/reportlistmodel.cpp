#include "ui/reportlistmodel.h"

#include "app/reporting/reportplanner.h"

#include <QLocale>

#include <algorithm>

namespace {
QString shortTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString longTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::LongFormat) : QString();
}

// Newest first; the id breaks ties (a batch of messages shares one creation time) so
// that two reads order the same rows the same way and merge without moves.
bool newerFirst(const OutboxMessage &a, const OutboxMessage &b)
{
    if (a.created != b.created)
        return a.created > b.created;
    return a.id < b.id;
}

bool sameRow(const OutboxMessage &a, const OutboxMessage &b)
{
    return a.state == b.state && a.attempts == b.attempts && a.nextAttempt == b.nextAttempt
        && a.lastError == b.lastError && a.sent == b.sent && a.confirmed == b.confirmed
        && a.deviceCount == b.deviceCount && a.trigger == b.trigger && a.created == b.created;
}
} // namespace

ReportListModel::ReportListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReportListModel::setMessages(QList<OutboxMessage> messages)
{
    for (OutboxMessage &message : messages)
        message.body.clear();
    std::stable_sort(messages.begin(), messages.end(), newerFirst);

    QHash<QUuid, int> incoming;
    incoming.reserve(messages.size());
    for (int i = 0; i < int(messages.size()); ++i)
        incoming.insert(messages.at(i).id, i);

    // Rows that stay must come in the same order in both lists; they always do (the
    // creation time never changes), but a reset is the safe answer if they ever did not.
    int expected = -1;
    for (const OutboxMessage &message : std::as_const(m_messages)) {
        const int at = incoming.value(message.id, -1);
        if (at < 0)
            continue;
        if (at <= expected) {
            beginResetModel();
            m_messages = std::move(messages);
            rebuildRowIndex();
            endResetModel();
            return;
        }
        expected = at;
    }

    // Removed rows, bottom up in contiguous runs.
    for (int last = int(m_messages.size()) - 1; last >= 0;) {
        if (incoming.contains(m_messages.at(last).id)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !incoming.contains(m_messages.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, last);
        m_messages.erase(m_messages.begin() + first, m_messages.begin() + last + 1);
        endRemoveRows();
        last = first - 1;
    }

    // New rows in contiguous runs; rows that stay are updated in place.
    QList<int> changed;
    int row = 0;
    for (int i = 0; i < int(messages.size());) {
        if (row < int(m_messages.size()) && m_messages.at(row).id == messages.at(i).id) {
            if (!sameRow(m_messages.at(row), messages.at(i))) {
                m_messages[row] = messages.at(i);
                changed.append(row);
            }
            ++row;
            ++i;
            continue;
        }
        const QUuid next = row < int(m_messages.size()) ? m_messages.at(row).id : QUuid();
        int end = i;
        while (end < int(messages.size()) && messages.at(end).id != next)
            ++end;
        const int count = end - i;
        beginInsertRows({}, row, row + count - 1);
        m_messages.insert(row, count, OutboxMessage());
        std::copy(messages.cbegin() + i, messages.cbegin() + end, m_messages.begin() + row);
        endInsertRows();
        row += count;
        i = end;
    }
    rebuildRowIndex();

    for (int first = 0; first < int(changed.size());) {
        int last = first;
        while (last + 1 < int(changed.size()) && changed.at(last + 1) == changed.at(last) + 1)
            ++last;
        emit dataChanged(index(changed.at(first), 0), index(changed.at(last), ColumnCount - 1),
            { Qt::DisplayRole, Qt::ToolTipRole, UnderlyingDataRole });
        first = last + 1;
    }
}

void ReportListModel::rebuildRowIndex()
{
    m_rows.clear();
    m_rows.reserve(m_messages.size());
    for (int row = 0; row < int(m_messages.size()); ++row)
        m_rows.insert(m_messages.at(row).id, row);
}

void ReportListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_messages.isEmpty())
        emit dataChanged(
            index(0, 0), index(rowCount() - 1, ColumnCount - 1), { Qt::DisplayRole, Qt::ToolTipRole });
}

QString ReportListModel::columnName(Column column)
{
    switch (column) {
    case CreatedColumn:
        return tr("Created");
    case TriggerColumn:
        return tr("Trigger");
    case DevicesColumn:
        return tr("Devices");
    case StateColumn:
        return tr("State");
    case AttemptsColumn:
        return tr("Attempts");
    case NextAttemptColumn:
        return tr("Next attempt");
    case SentColumn:
        return tr("Sent");
    case ConfirmedColumn:
        //: When Azure confirmed (or refused) the message.
        return tr("Confirmed");
    case ErrorColumn:
        //: Column of the reports view: the last error of a queued message, the reason of a failed one.
        return tr("Error");
    case MessageIdColumn:
        return tr("Message id");
    case ColumnCount:
        break;
    }
    return {};
}

QString ReportListModel::stateName(const OutboxMessage &message)
{
    switch (message.state) {
    case OutboxMessage::State::Pending:
        return message.attempts > 0 ? tr("Waiting to retry") : tr("Queued");
    case OutboxMessage::State::Sent:
        return tr("Awaiting confirmation");
    case OutboxMessage::State::Completed:
        return tr("Completed");
    case OutboxMessage::State::Failed:
        return tr("Failed");
    }
    return {};
}

int ReportListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

int ReportListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const OutboxMessage &message = m_messages.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(message, column);
    case Qt::ToolTipRole:
        switch (column) {
        case CreatedColumn:
            return longTime(message.created);
        case NextAttemptColumn:
            return message.state == OutboxMessage::State::Pending ? longTime(message.nextAttempt) : QString();
        case SentColumn:
            return longTime(message.sent);
        case ConfirmedColumn:
            return longTime(message.confirmed);
        case ErrorColumn:
            return message.lastError; // the cell shows its first line only
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (column == DevicesColumn || column == AttemptsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case UnderlyingDataRole:
        return underlyingData(message, column);
    case MessageIdRole:
        return message.id;
    default:
        return {};
    }
}

QVariant ReportListModel::underlyingData(const OutboxMessage &message, Column column) const
{
    switch (column) {
    case CreatedColumn:
        return message.created;
    case TriggerColumn:
        return message.trigger;
    case DevicesColumn:
        return message.deviceCount;
    case StateColumn:
        return OutboxMessage::stateName(message.state);
    case AttemptsColumn:
        return message.attempts;
    case NextAttemptColumn:
        return message.nextAttempt;
    case SentColumn:
        return message.sent;
    case ConfirmedColumn:
        return message.confirmed;
    case ErrorColumn:
        return message.lastError;
    case MessageIdColumn:
        return message.id.toString(QUuid::WithoutBraces);
    case ColumnCount:
        break;
    }
    return {};
}

QString ReportListModel::displayText(const OutboxMessage &message, Column column) const
{
    switch (column) {
    case CreatedColumn:
        return shortTime(message.created);
    case TriggerColumn:
        return ReportPlanner::triggerName(message.trigger);
    case DevicesColumn:
        return QLocale().toString(message.deviceCount);
    case StateColumn:
        return stateName(message);
    case AttemptsColumn:
        return QLocale().toString(message.attempts);
    case NextAttemptColumn:
        // Only a queued message has one; the stored value of a finished one is history.
        return message.state == OutboxMessage::State::Pending ? shortTime(message.nextAttempt) : QString();
    case SentColumn:
        return shortTime(message.sent);
    case ConfirmedColumn:
        return shortTime(message.confirmed);
    case ErrorColumn:
        return message.lastError.section(QLatin1Char('\n'), 0, 0);
    case MessageIdColumn:
        return message.id.toString(QUuid::WithoutBraces);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ReportListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnName(Column(section));
    return {};
}
