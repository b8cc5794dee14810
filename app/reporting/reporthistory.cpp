#include "app/reporting/reporthistory.h"

#include "app/reporting/reportingengine.h"
#include "app/storage/store.h"

#include <memory>
#include <utility>

ReportHistory::ReportHistory(Store *store, ReportingEngine *engine, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    Q_ASSERT(store);
    // Not restarted by further signals: a steady stream is still announced every interval.
    m_changeTimer.setSingleShot(true);
    m_changeTimer.setInterval(kChangeDelayMs);
    connect(&m_changeTimer, &QTimer::timeout, this, &ReportHistory::announceChange);
    if (!engine)
        return;
    connect(engine, &ReportingEngine::reportsQueued, this, &ReportHistory::noteOutboxChanged);
    connect(engine, &ReportingEngine::messageSent, this, &ReportHistory::noteOutboxChanged);
    connect(engine, &ReportingEngine::messageFinished, this, &ReportHistory::noteOutboxChanged);
}

void ReportHistory::noteOutboxChanged()
{
    if (!m_changeTimer.isActive())
        m_changeTimer.start();
}

ReportHistory::~ReportHistory()
{
    m_reader.stop();
}

void ReportHistory::announceChange()
{
    m_readAsked = false;
    emit outboxChanged();
    // Nobody read the rows (no view shows them): the counts are read all the same, for
    // the status bar and the tab titles.
    if (!m_readAsked)
        readCounts();
}

void ReportHistory::readCounts()
{
    m_readAsked = true;
    if (m_countsReading) {
        m_countsAgain = true;
        return;
    }
    m_countsReading = true;
    struct Read
    {
        OutboxCounts counts;
        QString error;
    };
    auto read = std::make_shared<Read>();
    Store *store = m_store;
    m_reader.post([store, read] { read->counts = store->outbox().counts(&read->error); }, this,
        [this, read] {
            m_countsReading = false;
            if (read->error.isEmpty()) {
                m_counts = read->counts;
                emit countsRead(m_counts);
            }
            if (std::exchange(m_countsAgain, false))
                readCounts();
        });
}

void ReportHistory::readMessages(const QList<OutboxMessage::State> &states, int limit)
{
    m_readAsked = true;
    m_nextMessages = MessagesRequest { states, limit };
    if (!m_messagesReading)
        startMessagesRead();
}

void ReportHistory::startMessagesRead()
{
    const MessagesRequest request = *std::exchange(m_nextMessages, std::nullopt);
    m_messagesReading = true;
    struct Read
    {
        OutboxCounts counts;
        QList<OutboxMessage> messages;
        QString error;
    };
    auto read = std::make_shared<Read>();
    Store *store = m_store;
    m_reader.post(
        [store, read, request] {
            const ReportOutbox &outbox = store->outbox();
            read->counts = outbox.counts(&read->error);
            if (read->error.isEmpty())
                read->messages = outbox.messages(request.states, request.limit, &read->error);
        },
        this,
        [this, read, request] {
            m_messagesReading = false;
            if (read->error.isEmpty()) {
                m_counts = read->counts;
                emit countsRead(m_counts);
            }
            emit messagesRead(request.states, read->messages, read->error);
            if (m_nextMessages)
                startMessagesRead();
        });
}

void ReportHistory::readMessage(const QUuid &id)
{
    struct Read
    {
        std::optional<OutboxMessage> message;
        QList<qint64> deviceIds;
        QString error;
    };
    auto read = std::make_shared<Read>();
    Store *store = m_store;
    m_reader.post(
        [store, read, id] {
            // The body and the devices are fixed when the message is queued.
            const ReportOutbox &outbox = store->outbox();
            read->message = outbox.message(id, &read->error);
            if (read->message)
                read->deviceIds = outbox.deviceIds(id, &read->error);
        },
        this, [this, read, id] { emit messageRead(id, read->message, read->deviceIds, read->error); });
}
