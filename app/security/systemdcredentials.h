#pragma once

#include "app/security/secretstore.h"

#include <QCoreApplication>
#include <QString>

// The secrets of the headless reporter run as a systemd service: systemd decrypts the
// credentials of LoadCredentialEncrypted= (or copies those of LoadCredential=) into a folder
// only the service's user can read, $CREDENTIALS_DIRECTORY, one file per credential. No
// keychain is needed on a server, and the secrets are never on disk in plaintext.
class SystemdCredentials final
{
    Q_DECLARE_TR_FUNCTIONS(SystemdCredentials)

public:
    static constexpr qsizetype kMaxBytes = 64 * 1024;

    // Whether systemd gave this process credentials ($CREDENTIALS_DIRECTORY is set).
    static bool available();
    // The credential name of a secret: mdm-password, client-secret.
    static QString name(SecretStore::Kind kind);
    // The secret, without one trailing newline (as `echo` or an editor leaves it). Status
    // NotFound or Failed with an error naming the credential and the folder when the file is
    // missing, unreadable, empty or too large.
    static SecretStore::Result read(SecretStore::Kind kind);
};
