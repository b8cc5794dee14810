// The device list CSV import (report-now --csv).
#include "app/import/devicecsvimport.h"
#include "tests/fuzz/fuzzcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray file = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const DeviceCsvImport::Result result = DeviceCsvImport::parse(file);
    if (result.fileRefused)
        ASC_FUZZ_CHECK(result.rows.isEmpty() && !result.errors.isEmpty());
    int previousLine = 1;
    for (const DeviceCsvImport::Row &row : result.rows) {
        ASC_FUZZ_CHECK(row.line > previousLine); // data rows follow the header, in order
        previousLine = row.line;
        ASC_FUZZ_CHECK(row.id > 0 || !row.azureDeviceId.isNull() || !row.serialNumber.isEmpty() || !row.name.isEmpty());
        ASC_FUZZ_CHECK(row.serialNumber.size() <= DeviceCsvImport::kMaxFieldChars);
        ASC_FUZZ_CHECK(row.name.size() <= DeviceCsvImport::kMaxFieldChars);
    }
    ASC_FUZZ_CHECK(result.errors.size() <= DeviceCsvImport::kMaxMessages + 2);
    return 0;
}
