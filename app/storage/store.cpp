#include "app/storage/store.h"

#include <QCoreApplication>

bool Store::requestReportNow(const QList<qint64> &, const QString &, QString *error)
{
    if (error)
        *error = QCoreApplication::translate("Store", "This store queues Report now directly.");
    return false;
}

bool Store::takeReportRequests(QList<qint64> *deviceIds, QString *)
{
    deviceIds->clear();
    return true;
}

void Store::setLeaderToken(const QString &token)
{
    QMutexLocker lock(&m_leaderTokenMutex);
    m_leaderToken = token;
}

QString Store::leaderToken() const
{
    QMutexLocker lock(&m_leaderTokenMutex);
    return m_leaderToken;
}

bool Store::commitAsLeader(const std::function<bool(QString *error)> &work, QString *error)
{
    const QString mine = leaderToken();
    if (mine.isEmpty())
        return commitTogether(work, error);
    return commitTogether(
        [&](QString *problem) {
            QString current;
            if (!readLeaderToken(&current, problem))
                return false;
            if (current != mine) {
                if (problem)
                    *problem = QCoreApplication::translate("Store",
                        "Nothing was written to %1: another process has taken over the sync of this "
                        "store, and this one no longer leads it.")
                                   .arg(location());
                return false;
            }
            return work(problem);
        },
        error);
}
