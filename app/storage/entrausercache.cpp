#include "app/storage/entrausercache.h"

bool EntraUserCache::isFresh(const Entry &entry, const QDateTime &now)
{
    if (!entry.objectId.isNull())
        return true;
    return entry.checked.isValid() && entry.checked.secsTo(now) < kNotFoundRecheckSecs && entry.checked <= now;
}
