#include "app/settings/weeklyschedule.h"

QDateTime WeeklySchedule::lastSlot(const QDateTime &now) const
{
    if (!isFixedSlot())
        return {};
    const QDateTime local = now.toLocalTime();
    QDate date = local.date().addDays(-((local.date().dayOfWeek() - day + 7) % 7));
    QDateTime slot(date, time.isValid() ? time : QTime(0, 0), Qt::LocalTime);
    if (slot > local)
        slot = QDateTime(date.addDays(-7), slot.time(), Qt::LocalTime);
    return slot.toUTC();
}

bool WeeklySchedule::isDue(const QDateTime &lastReport, const QDateTime &now) const
{
    if (!lastReport.isValid())
        return false; // the schedule starts with the first run
    if (!isFixedSlot())
        return lastReport.daysTo(now) >= 7;
    return lastReport < lastSlot(now);
}
