#include "app/storage/reportoutbox.h"

QString OutboxMessage::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Sent:
        return QStringLiteral("sent");
    case State::Completed:
        return QStringLiteral("completed");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

OutboxMessage::State OutboxMessage::stateFromName(const QString &name)
{
    for (auto state : {State::Pending, State::Sent, State::Completed, State::Failed}) {
        if (stateName(state) == name)
            return state;
    }
    return State::Pending;
}

void OutboxCounts::set(const QString &stateName, int count)
{
    switch (OutboxMessage::stateFromName(stateName)) {
    case OutboxMessage::State::Pending:
        pending = count;
        break;
    case OutboxMessage::State::Sent:
        sent = count;
        break;
    case OutboxMessage::State::Completed:
        completed = count;
        break;
    case OutboxMessage::State::Failed:
        failed = count;
        break;
    }
}
