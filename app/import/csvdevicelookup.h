#pragma once

#include "app/import/devicecsvimport.h"
#include "app/threading/storereader.h"

#include <QObject>

#include <functional>

class Store;

// Finds in the store the devices that the rows of a CSV file name (Reports > "Report
// devices listed in a CSV file…"), on its own thread, and counts those that Report now
// will skip because they have no Azure device id. It changes nothing.
class CsvDeviceLookup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvDeviceLookup)

public:
    struct Found
    {
        DeviceCsvImport::Match matched;
        int withoutAzureId = 0; // found, but Report now skips them
        QString error; // the store could not be read: nothing was found
    };
    using Callback = std::function<void(const Found &found)>;

    explicit CsvDeviceLookup(Store *store, QObject *parent = nullptr);
    ~CsvDeviceLookup() override;

    // Calls back once, later, on this object's thread; not at all when context is
    // destroyed first.
    void find(const QList<DeviceCsvImport::Row> &rows, const QObject *context, Callback callback);

private:
    Store *m_store;
    StoreReader m_reader; // last: stopped first, while the rest is still here
};
