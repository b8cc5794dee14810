#pragma once

#include <QCoreApplication>
#include <QString>

// "Azure Device Compliance Status": the state of the last report to Azure.
class AzureComplianceStatus final
{
    Q_DECLARE_TR_FUNCTIONS(AzureComplianceStatus)

public:
    enum Value : quint8 { None, InProgress, Successful, Failed };

    static QString displayName(Value value);
    static QString description(Value value);
    static QString storageName(Value value);
    static Value fromStorageName(const QString &name, bool *ok = nullptr);
};
