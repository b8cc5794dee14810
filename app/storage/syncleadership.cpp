#include "app/storage/syncleadership.h"

#include "app/storage/store.h"

#include <QCoreApplication>
#include <QLocale>

QString LeaderInfo::describe() const
{
    if (!isValid())
        return QCoreApplication::translate("LeaderInfo", "nobody");
    //: %1 host name, %2 process id, %3 time the leadership began
    return QCoreApplication::translate("LeaderInfo", "%1, process %2, since %3")
        .arg(host)
        .arg(pid)
        .arg(QLocale().toString(since.toLocalTime(), QLocale::ShortFormat));
}

void SyncLeadership::recordLead(const QString &token)
{
    if (m_fenced)
        m_fenced->setLeaderToken(token);
}
