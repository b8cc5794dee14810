// The Entra token endpoint's answer (OAuth client credentials).
#include "app/net/tokenprovider.h"
#include "tests/fuzz/fuzzcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    TokenProvider::TokenResponse token;
    const QString error = TokenProvider::parseToken(body, QStringLiteral("Token endpoint"), &token);
    if (error.isEmpty()) {
        ASC_FUZZ_CHECK(!token.accessToken.isEmpty());
        ASC_FUZZ_CHECK(token.expiresInSecs >= 0);
    }
    return 0;
}
