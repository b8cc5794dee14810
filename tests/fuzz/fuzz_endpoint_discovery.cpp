// Graph endpoint discovery: servicePrincipals and servicePrincipals/{id}/endPoints.
#include "app/net/endpointdiscovery.h"
#include "tests/fuzz/fuzzcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString principal;
    QString error;
    if (EndpointDiscovery::parseServicePrincipals(body, &principal, &error))
        ASC_FUZZ_CHECK(!principal.isEmpty());
    else
        ASC_FUZZ_CHECK(!error.isEmpty());
    PartnerEndpoints endpoints;
    error.clear();
    if (EndpointDiscovery::parseEndPoints(body, &endpoints, &error)) {
        for (const QUrl &url : { endpoints.tenantSync, endpoints.deviceSync })
            ASC_FUZZ_CHECK(url.isEmpty() || (url.isValid() && !url.isRelative()));
    } else {
        ASC_FUZZ_CHECK(!error.isEmpty());
    }
    return 0;
}
