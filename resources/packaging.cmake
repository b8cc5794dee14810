# The Debian package, built in the build folder with `cpack -G DEB` (README, Install).
# Library dependencies come from dpkg-shlibdeps; what it cannot see is declared here.
set(ASC_PACKAGE_NAME azure-status-console)
set(ASC_PACKAGE_DOCDIR ${CMAKE_INSTALL_DATADIR}/doc/${ASC_PACKAGE_NAME})
set(ASC_MAINTAINER "Azure Status Console maintainers <maintainers@users.noreply.b-seed-4b25fcfd.example>")

# Debian wants a copyright file and a changelog, compressed without a time stamp.
install(FILES debian/copyright DESTINATION ${ASC_PACKAGE_DOCDIR})
configure_file(debian/changelog.in debian/changelog @ONLY)
add_custom_command(OUTPUT debian/changelog.gz
    COMMAND gzip -9nkf debian/changelog
    DEPENDS ${CMAKE_CURRENT_BINARY_DIR}/debian/changelog
    WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}
    VERBATIM)
add_custom_target(package_changelog ALL DEPENDS debian/changelog.gz)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/debian/changelog.gz DESTINATION ${ASC_PACKAGE_DOCDIR})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ${ASC_PACKAGE_NAME})
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Azure Status Console maintainers")
set(CPACK_PACKAGE_CONTACT ${ASC_MAINTAINER})
set(CPACK_PACKAGING_INSTALL_PREFIX ${CMAKE_INSTALL_PREFIX})
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${ASC_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "report device compliance from Ivanti Neurons for MDM to Intune
Azure Status Console is a desktop admin console that pulls the devices of
Ivanti Neurons for MDM and reports their compliance to Microsoft Intune and
Entra as a partner compliance service. Helpdesk staff see what Azure received
for every device and why; policy authors preview what Azure will receive
before saving.
.
It includes a headless reporter, run by the systemd timer
azure-status-reporter.timer as a dedicated system user, and a tenant emulator
that serves a demo tenant when no tenant is configured.")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them: Qt's platform plugins (the window)
# and its SQLite driver (the store).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite")
# A Secret Service for the keychain, and Qt's own translations for the standard dialogs.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "systemd")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${CMAKE_CURRENT_SOURCE_DIR}/debian/postinst
    ${CMAKE_CURRENT_SOURCE_DIR}/debian/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
