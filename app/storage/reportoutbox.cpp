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
