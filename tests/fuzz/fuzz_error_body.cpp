// Error bodies of any endpoint: what the console shows of a server's explanation.
#include "app/net/jsonresponse.h"
#include "tests/fuzz/fuzzcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString message = JsonResponse::serverMessage(body);
    ASC_FUZZ_CHECK(message.size() <= 303); // an excerpt, never the whole body
    return 0;
}
