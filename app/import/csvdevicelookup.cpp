#include "app/import/csvdevicelookup.h"

#include "app/reporting/reportplanner.h"
#include "app/storage/store.h"

#include <QPointer>

#include <memory>

CsvDeviceLookup::CsvDeviceLookup(Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    Q_ASSERT(store);
}

CsvDeviceLookup::~CsvDeviceLookup()
{
    m_reader.stop();
}

void CsvDeviceLookup::find(const QList<DeviceCsvImport::Row> &rows, const QObject *context, Callback callback)
{
    auto found = std::make_shared<Found>();
    Store *store = m_store;
    const QPointer<const QObject> guard(context);
    m_reader.post(
        [store, rows, found] {
            if (!DeviceCsvImport::match(rows, store->devices(), &found->matched, &found->error))
                return;
            // Found, but without an Azure device id: Report now skips them; say so before.
            if (!found->matched.deviceIds.isEmpty()
                && !store->devices().forEachDevice(
                    found->matched.deviceIds,
                    [&found](const DeviceRecord &device, const DeviceStore::ReportState &) {
                        if (!ReportPlanner::canReport(device))
                            ++found->withoutAzureId;
                        return true;
                    },
                    &found->error))
                found->matched = DeviceCsvImport::Match();
        },
        this,
        [guard, found, callback = std::move(callback)] {
            if (guard)
                callback(*found);
        });
}
