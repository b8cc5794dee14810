// A DataUploadMessages answer (the PUT's 202 and the status poll).
#include "app/net/partnercomplianceclient.h"
#include "tests/fuzz/fuzzcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    PartnerComplianceClient::MessageStatus status;
    const bool ok = PartnerComplianceClient::parseStatus(body, QStringLiteral("DataUploadMessages"), &status);
    ASC_FUZZ_CHECK(ok == status.error.isEmpty());
    return 0;
}
