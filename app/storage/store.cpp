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
