// An MDM device list page (GET /api/v1/device) and every record in it, as a pull reads
// them: the envelope first, then each row on its own. The fast reader the sync tries first
// (DevicePageReader) must give exactly the same records whenever it reads a page.
#include "app/net/devicepageparser.h"
#include "app/net/recordreader.h"
#include "tests/devicepagecheck.h"
#include "tests/fuzz/fuzzcheck.h"

#include <cstdio>

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    bool fastRead = false;
    const QString difference = DevicePageCheck::compareReaders(body, 0, &fastRead);
    if (!difference.isEmpty())
        std::fprintf(stderr, "fast and general page readers differ: %s\n", qPrintable(difference));
    ASC_FUZZ_CHECK(difference.isEmpty());
    DevicePageParser::DevicePage page;
    QString error;
    if (!DevicePageParser::parseDevicePage(body, 0, &page, &error)) {
        ASC_FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    ASC_FUZZ_CHECK(page.totalCount >= 0);
    for (qsizetype i = 0; i < page.rows.size(); ++i) {
        QString recordError;
        const auto device = DevicePageParser::parseDevice(page.rows.at(i), &recordError, i);
        ASC_FUZZ_CHECK(device.has_value() == recordError.isEmpty());
        if (device) {
            ASC_FUZZ_CHECK(device->id > 0);
            ASC_FUZZ_CHECK(device->name.size() <= RecordReader::kMaxFieldBytes);
        }
    }
    return 0;
}
