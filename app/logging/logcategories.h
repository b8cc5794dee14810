#pragma once

#include <QLoggingCategory>

// One logging category per module. Enable with QT_LOGGING_RULES, e.g. "asc.net.debug=true".
// Every message passes the redacting message handler (app/security/redaction.h) first.
Q_DECLARE_LOGGING_CATEGORY(lcNet) // asc.net: transport, tokens, discovery, MDM and partner clients
Q_DECLARE_LOGGING_CATEGORY(lcStorage) // asc.storage: the SQLite store and the outbox
Q_DECLARE_LOGGING_CATEGORY(lcReporting) // asc.reporting: planner and engine
Q_DECLARE_LOGGING_CATEGORY(lcInventory) // asc.inventory: loading the device list
Q_DECLARE_LOGGING_CATEGORY(lcTenant) // asc.tenant: the demo tenant child process
Q_DECLARE_LOGGING_CATEGORY(lcHeadless) // asc.headless: the command-line mode
Q_DECLARE_LOGGING_CATEGORY(lcSecurity) // asc.security: the keychain, TLS
Q_DECLARE_LOGGING_CATEGORY(lcSettings) // asc.settings: settings, import/export, connection test
Q_DECLARE_LOGGING_CATEGORY(lcI18n) // asc.i18n: language switching
Q_DECLARE_LOGGING_CATEGORY(lcUi) // asc.ui: widgets

// asc.net.body: the start of every request and answer body. Bodies hold device names and
// users' e-mail addresses, so this category is off at every level, also under asc.net.debug
// or a wildcard such as asc.*.debug, until QT_LOGGING_RULES names it:
// QT_LOGGING_RULES="asc.net.body.debug=true".
const QLoggingCategory &lcNetBody();

namespace LogCategories {
// Whether QT_LOGGING_RULES holds asc.net.body=true or asc.net.body.debug=true.
bool bodyLoggingNamed();
} // namespace LogCategories
