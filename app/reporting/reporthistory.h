#pragma once

#include "app/storage/reportoutbox.h"
#include "app/threading/storereader.h"

#include <QList>
#include <QObject>
#include <QTimer>
#include <QUuid>

#include <optional>

class Store;
class ReportingEngine;

// The reports to Azure as the views show them: how many messages are in each state, the
// newest messages of some states, and one message with its devices and payload. Every
// read runs on the service's own thread and arrives by signal; what the engine does to
// the outbox (queued, sent, confirmed, failed) is announced once per kChangeDelayMs at
// most, however many messages it touches, so a run of 100,000 reports is not read again
// per message.
class ReportHistory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportHistory)

public:
    static constexpr int kChangeDelayMs = 300;

    // engine may be null: then nothing is announced, and the views read on request only.
    explicit ReportHistory(Store *store, ReportingEngine *engine = nullptr, QObject *parent = nullptr);
    ~ReportHistory() override;

    // Reads the counts; countsRead follows (also after every messages read).
    void readCounts();
    // Reads the counts and the newest `limit` messages in `states` (their bodies left
    // out); countsRead and messagesRead follow. Requests made while a read runs are read
    // once after it, with the last arguments.
    void readMessages(const QList<OutboxMessage::State> &states, int limit);
    // Reads one message with its body and its devices; messageRead follows.
    void readMessage(const QUuid &id);
    // Another process changed the outbox or the history: announced like the engine's own
    // changes, at most once per kChangeDelayMs.
    void noteOutboxChanged();
    // The counts last read.
    OutboxCounts counts() const { return m_counts; }

signals:
    // The engine changed the outbox: what a view shows may be out of date.
    void outboxChanged();
    void countsRead(const OutboxCounts &counts);
    // error: the read failed (messages is empty then).
    void messagesRead(const QList<OutboxMessage::State> &states, const QList<OutboxMessage> &messages,
        const QString &error);
    void messageRead(const QUuid &id, const std::optional<OutboxMessage> &message,
        const QList<qint64> &deviceIds, const QString &error);

private:
    struct MessagesRequest
    {
        QList<OutboxMessage::State> states;
        int limit = 0;
    };
    void announceChange();
    void startMessagesRead();

    Store *m_store;
    OutboxCounts m_counts;
    QTimer m_changeTimer;
    bool m_readAsked = false; // a read was asked while outboxChanged was being emitted
    bool m_messagesReading = false;
    std::optional<MessagesRequest> m_nextMessages;
    bool m_countsReading = false;
    bool m_countsAgain = false;
    StoreReader m_reader; // last: stopped first, while the rest is still here
};
