#pragma once

#include <QString>
#include <QUrl>
#include <QUrlQuery>

// Every endpoint is a base URL from the settings plus a path the protocol fixes.
class EndpointUrl final
{
public:
    // join("http://h:1/x/", "/api/v1/device") -> "http://h:1/x/api/v1/device". The path is
    // taken as written: protocol paths such as DataUploadMessages(guid'...') keep their
    // quotes and parentheses.
    static QUrl join(const QUrl &base, const QString &path, const QUrlQuery &query = {});
    // The path and query of a URL, for error messages that name an endpoint.
    static QString shortForm(const QUrl &url);
};
