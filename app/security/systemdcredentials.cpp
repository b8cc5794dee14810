#include "app/security/systemdcredentials.h"

#include <QDir>
#include <QFile>

namespace {
QString directory()
{
    return qEnvironmentVariable("CREDENTIALS_DIRECTORY");
}
} // namespace

bool SystemdCredentials::available()
{
    return !directory().isEmpty();
}

QString SystemdCredentials::name(SecretStore::Kind kind)
{
    switch (kind) {
    case SecretStore::Kind::MdmPassword:
        return QStringLiteral("mdm-password");
    case SecretStore::Kind::ClientSecret:
        return QStringLiteral("client-secret");
    case SecretStore::Kind::DatabasePassword:
        return QStringLiteral("db-password");
    }
    return {};
}

SecretStore::Result SystemdCredentials::read(SecretStore::Kind kind)
{
    SecretStore::Result result;
    const QString credential = name(kind);
    const QString folder = QDir::toNativeSeparators(directory());
    QFile file(QDir(directory()).filePath(credential));
    if (!file.exists()) {
        result.status = SecretStore::Status::NotFound;
        //: %1 is the credential's name (mdm-password), %2 "MDM password" or "Entra client secret", %3 a
        //: folder
        result.error = tr("The systemd credential %1 (%2) is missing from %3: give the service "
                          "LoadCredentialEncrypted=%1:FILE or LoadCredential=%1:FILE.")
                           .arg(credential, SecretStore::kindName(kind), folder);
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("The systemd credential %1 (%2) in %3 could not be read: %4")
                           .arg(credential, SecretStore::kindName(kind), folder, file.errorString());
        return result;
    }
    QByteArray bytes = file.read(kMaxBytes + 1);
    if (bytes.size() > kMaxBytes) {
        result.error = tr("The systemd credential %1 (%2) in %3 is larger than %4 bytes.")
                           .arg(credential, SecretStore::kindName(kind), folder)
                           .arg(kMaxBytes);
        return result;
    }
    if (bytes.endsWith('\n'))
        bytes.chop(bytes.endsWith("\r\n") ? 2 : 1);
    if (bytes.isEmpty()) {
        result.status = SecretStore::Status::NotFound;
        result.error = tr("The systemd credential %1 (%2) in %3 is empty.")
                           .arg(credential, SecretStore::kindName(kind), folder);
        return result;
    }
    result.status = SecretStore::Status::Ok;
    result.secret = QString::fromUtf8(bytes);
    return result;
}
