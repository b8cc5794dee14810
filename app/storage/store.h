#pragma once

#include "app/storage/auditlog.h"
#include "app/storage/devicestore.h"
#include "app/storage/entrausercache.h"
#include "app/storage/policystore.h"
#include "app/storage/reportoutbox.h"
#include "app/storage/storesettings.h"

#include <QList>
#include <QMutex>
#include <QString>

#include <functional>

class QThread;

// The local store of one back end: devices, policies, settings, the audit log, the report
// outbox and history, and the Entra users looked up; each concern behind an interface of
// its own, so that a back end shared by several consoles and reporters (a server
// database) can stand in for the embedded SQLite file.
//
// Threads: once open() has succeeded, every method of the store and of its parts may be
// called from any thread; each thread works on a connection of its own, made on first
// use. A transaction therefore never spans threads.
// Transactions: each write method commits on its own (all of it or nothing);
// commitTogether() makes several of them, on the calling thread, one commit.
// The parts live as long as the store; the accessors are const because a store is a
// handle to the data, not the data.
class Store
{
public:
    virtual ~Store() = default;

    // Connects, checks and migrates the schema. Refuses, without changing anything, data
    // that this build cannot read.
    virtual bool open(QString *error) = 0;
    virtual bool isOpen() const = 0;
    // Where the data lives, as messages name it: the file, or the server and database.
    virtual QString location() const = 0;
    // Empty when the open store can be written; otherwise why not and what to do. Reading
    // still works.
    virtual QString writeProblem() const = 0;
    // The highest migration applied; 0 when none (or the store is not open).
    virtual int schemaVersion() const = 0;

    virtual DeviceStore &devices() const = 0;
    virtual PolicyStore &policies() const = 0;
    virtual StoreSettings &settings() const = 0;
    virtual AuditLog &auditLog() const = 0;
    virtual ReportOutbox &outbox() const = 0;
    virtual EntraUserCache &entraUsers() const = 0;

    // Runs work in one write transaction on this thread's connection: the write methods it
    // calls on this thread join it, and all of it is committed, or nothing when work
    // returns false (with *error set) or the commit fails. A sync stores a page and the
    // users it looked up for it this way: one commit, one flush to disk.
    virtual bool commitTogether(const std::function<bool(QString *error)> &work, QString *error) = 0;

    // Report now in a store whose roles keep consoles out of the outbox (PostgreSQL): a
    // console asks, with requestReportNow(), and the sync leader takes the requests
    // (takeReportRequests, inside its commitTogether) and queues the reports itself, so
    // only the reporter decides what Azure receives. The SQLite store queues Report now
    // directly and has no requests.
    virtual bool queuesReportNowByRequest() const { return false; }
    // Asks for a report of each device, audited in the store as the login that asked
    // (mdmUser: the MDM user signed in, kept beside it). One transaction.
    virtual bool requestReportNow(const QList<qint64> &deviceIds, const QString &mdmUser, QString *error);
    // The devices asked for since the last call, each once, removed as they are read: call
    // inside commitTogether, so that they come back if queuing them fails.
    virtual bool takeReportRequests(QList<qint64> *deviceIds, QString *error);

    // The window's thread: a store on a server never makes it wait for a reconnect; while
    // a dropped connection is opened again in the background its calls fail at once,
    // saying so. The embedded store has nothing to reconnect.
    virtual void setResponsiveThread(QThread *thread) { Q_UNUSED(thread) }

    // What the sync leader writes as leader (a sync's pages and the reports it plans, the
    // weekly and escalation reports): one transaction, as commitTogether, that the store
    // refuses, writing nothing, once another process has taken the leadership over since
    // this one last led. The check is made inside the transaction, and the back end keeps
    // a take-over waiting until that transaction ends, so a leader that lost the lead
    // without noticing yet (a dropped connection, a lease that ran out while the process
    // stalled) can never write beside its successor.
    bool commitAsLeader(const std::function<bool(QString *error)> &work, QString *error);
    // The leadership this process holds or last held, in the form the back end records it
    // (the leadership sets it on taking the lead; it stays after the lead is lost, so that
    // writes are refused only once somebody else has taken over). Empty: no leadership
    // keeps this store, nothing is fenced.
    void setLeaderToken(const QString &token);
    QString leaderToken() const;

protected:
    Store() = default;
    Q_DISABLE_COPY_MOVE(Store)

    // The leadership the store records now, read in this thread's open write transaction
    // so that a take-over waits for the transaction to end.
    virtual bool readLeaderToken(QString *token, QString *error) = 0;

private:
    mutable QMutex m_leaderTokenMutex;
    QString m_leaderToken;
};
