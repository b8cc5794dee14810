#pragma once

#include <QDateTime>
#include <QTime>

// When the weekly report of every device is due. Either "7 days after the last one"
// (day 0, the default) or a fixed slot: a weekday and a time of day, in local time. A
// slot missed while the console was off is caught up on the next check.
struct WeeklySchedule
{
    int day = 0; // 0: 7 days after the last weekly report; 1-7: Monday-Sunday (Qt::DayOfWeek)
    QTime time = QTime(2, 0); // local time of the slot; ignored when day is 0

    bool isFixedSlot() const { return day >= 1 && day <= 7; }
    // The most recent slot at or before now (invalid when day is 0).
    QDateTime lastSlot(const QDateTime &now) const;
    // Whether the weekly report is due now, given when the last one was queued.
    bool isDue(const QDateTime &lastReport, const QDateTime &now) const;
};
