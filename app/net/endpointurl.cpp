#include "app/net/endpointurl.h"

QUrl EndpointUrl::join(const QUrl &base, const QString &path, const QUrlQuery &query)
{
    QUrl url = base;
    QString basePath = base.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    QString tail = path;
    if (!tail.isEmpty() && !tail.startsWith(u'/'))
        tail.prepend(u'/');
    url.setPath(basePath + tail);
    if (query.isEmpty())
        url.setQuery(QString());
    else
        url.setQuery(query.query(QUrl::FullyEncoded));
    url.setFragment(QString());
    return url;
}

QString EndpointUrl::shortForm(const QUrl &url)
{
    return url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveUserInfo);
}
