// One MDM device record (GET /api/v1/device/{id}) and one compliance policy record: the
// same JSON goes to both readers.
#include "app/net/devicepageparser.h"
#include "app/net/inventoryclient.h"
#include "tests/fuzz/fuzzcheck.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonValue value = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    QString error;
    const auto device = DevicePageParser::parseDevice(value, &error, 0);
    ASC_FUZZ_CHECK(device.has_value() == error.isEmpty());
    if (device)
        ASC_FUZZ_CHECK(device->id > 0);
    error.clear();
    const auto policy = InventoryClient::parsePolicy(value, &error);
    ASC_FUZZ_CHECK(policy.has_value() == error.isEmpty());
    return 0;
}
