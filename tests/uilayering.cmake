# The views only ask services: no file of ui/ includes QtSql, QtNetwork or QtKeychain, or a
# header of the store (app/storage), the network layer (app/net) or the keychain
# (SecretStore); no object of the widgets library calls one of them; and neither the views
# nor the services the window calls run a nested event loop. Only the headless mode and the
# start-up wiring may wait in one (the keychain's readNow and friends, the demo emulator's
# start).
#   cmake -DNM=nm -DUI_LIBRARY=libasc_ui.a -DCORE_LIBRARY=libasc_core.a -DSOURCES=ui
#         -P uilayering.cmake
cmake_policy(SET CMP0057 NEW) # if(... IN_LIST ...)
foreach(variable NM UI_LIBRARY CORE_LIBRARY SOURCES)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "uilayering.cmake needs -D${variable}=...")
    endif()
endforeach()

set(failures "")

# 1. What the views include.
set(forbidden_includes
    "<(QtSql|QSql)" "<(QtNetwork|QNetwork|QSsl|QTcp|QUdp|QAbstractSocket|QHostAddress|QLocalSocket|QHttp|QDnsLookup)"
    "<(qt6keychain|qt5keychain|QtKeychain)/" "<keychain\\.h>"
    "\"app/storage/" "\"app/net/" "\"app/security/secretstore\\.h\"")
file(GLOB_RECURSE view_sources "${SOURCES}/*.cpp" "${SOURCES}/*.h")
foreach(source IN LISTS view_sources)
    file(STRINGS "${source}" includes REGEX "^[ \t]*#[ \t]*include")
    foreach(include IN LISTS includes)
        foreach(pattern IN LISTS forbidden_includes)
            if(include MATCHES "include[ \t]*${pattern}")
                list(APPEND failures "${source} includes ${include}")
            endif()
        endforeach()
    endforeach()
endforeach()

# 2. What the views' objects call: the store, the network clients, the keychain, Qt's SQL and
# network classes, and waits in a local event loop.
set(forbidden_calls
    Store:: DeviceStore:: PolicyStore:: StoreSettings:: AuditLog:: ReportOutbox:: EntraUserCache:: SqliteStore:: StoreWriter:: SqlTransaction:: QSql
    NetworkServices:: HttpTransport:: TokenProvider:: AuthorizedClient:: EndpointDiscovery::
    PartnerComplianceClient:: InventoryClient:: EntraUserDirectory:: QNetwork QSsl
    SecretStore:: QKeychain:: QEventLoop::exec QProcess::waitFor QIODevice::waitFor QAbstractSocket::waitFor)

# nm of an archive prints "member.o:" before each member's symbols.
function(undefined_by_member library out_members out_symbols)
    execute_process(COMMAND ${NM} -C --undefined-only ${library}
        OUTPUT_VARIABLE symbols ERROR_VARIABLE nm_error RESULT_VARIABLE nm_result)
    if(NOT nm_result EQUAL 0)
        message(FATAL_ERROR "${NM} --undefined-only ${library} failed: ${nm_error}")
    endif()
    string(REPLACE ";" "," symbols "${symbols}")
    string(REPLACE "\n" ";" lines "${symbols}")
    set(members "")
    set(found "")
    set(member "")
    foreach(line IN LISTS lines)
        if(line MATCHES "^(.+\\.o):$")
            set(member "${CMAKE_MATCH_1}")
        elseif(line MATCHES "^ +U (.+)$")
            list(APPEND members "${member}")
            list(APPEND found "${CMAKE_MATCH_1}")
        endif()
    endforeach()
    set(${out_members} "${members}" PARENT_SCOPE)
    set(${out_symbols} "${found}" PARENT_SCOPE)
endfunction()

function(check_calls library names allowed_members what)
    undefined_by_member("${library}" members symbols)
    list(LENGTH symbols count)
    if(count EQUAL 0)
        message(FATAL_ERROR "${NM} found no undefined symbol in ${library}: is it the library?")
    endif()
    math(EXPR last "${count} - 1")
    foreach(index RANGE ${last})
        list(GET symbols ${index} symbol)
        list(GET members ${index} member)
        if(member IN_LIST allowed_members)
            continue()
        endif()
        foreach(name IN LISTS names)
            string(REPLACE ":" "\\:" pattern "${name}")
            if(symbol MATCHES "(^|[^A-Za-z0-9_])${pattern}")
                list(APPEND failures "${what} ${member} calls ${symbol}")
            endif()
        endforeach()
    endforeach()
    set(failures "${failures}" PARENT_SCOPE)
endfunction()

# The screenshot mode (--screenshots) is a batch run with no user at the window: it may wait
# for each view to settle.
check_calls("${UI_LIBRARY}" "${forbidden_calls}" "screenshotrunner.cpp.o" "the view")

# 3. The services the window calls wait in no local event loop either: only the headless
# commands, the start-up's keychain reads (SecretStore's readNow and friends, called by
# main and the headless mode, and by PgLogin when a PostgreSQL store is opened at start-up)
# and the demo emulator's start (main) may.
set(waits QEventLoop::exec QProcess::waitFor QIODevice::waitFor QAbstractSocket::waitFor
    SecretStore::readNow SecretStore::writeNow SecretStore::removeNow)
check_calls("${CORE_LIBRARY}" "${waits}" "headlesscommand.cpp.o;secretstore.cpp.o;pglogin.cpp.o;demotenant.cpp.o" "the service")

if(failures)
    list(LENGTH failures count)
    string(REPLACE ";" "\n  " listed "${failures}")
    message(FATAL_ERROR "A view reaches past the services, or waits in a nested event loop (${count}):\n  ${listed}")
endif()
message(STATUS "The views include and call only services, and nothing the window calls waits in a nested event loop.")
