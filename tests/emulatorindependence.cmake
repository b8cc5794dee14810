# The tenant emulator is the console's test peer: where the two agree, it must be because
# both follow docs/PROTOCOL.md, not because they run the same code. This script fails when
# the emulator uses product code that reads or writes the wire or evaluates compliance.
#   cmake -DNM=nm -DPROGRAM=azure-status-emulator -DLIBRARY=libasc_emulator.a
#         -DSOURCES=app/emulator -P emulatorindependence.cmake
foreach(variable NM PROGRAM LIBRARY SOURCES)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "emulatorindependence.cmake needs -D${variable}=...")
    endif()
endforeach()

# Classes of the console's network, policy, storage and reporting code, and its payload
# and evaluation models. A name is matched at a word start, so MdmPolicyJson is not PolicyJson.
set(forbidden_classes
    ComplianceEvaluator AzurePayload PolicyPreview FleetImpact PolicyJson PolicyService
    InventoryClient DevicePageReader JsonResponse PartnerComplianceClient HttpTransport
    TokenProvider AuthorizedClient EndpointDiscovery EndpointUrl NetworkServices
    DeviceStore PolicyStore StoreSettings AuditLog EntraUserCache ReportOutbox StoreWriter
    SqliteStore SqliteConnections SqliteTransaction SqliteMigrations SqliteApi
    ReportPlanner ReportingEngine)
# The domain's wire-name helpers. The demo fleet generator itself needs a few of them
# (AzureClientStatus), so the program may contain those; the emulator's own code may call none.
set(forbidden_helpers
    ComplianceActions::storageName ComplianceActions::fromStorageName
    CompliancePolicy::ruleStorageName CompliancePolicy::ruleFromStorageName CompliancePolicy::validate
    Platforms::wireName Platforms::fromWire)
set(forbidden_calls ${forbidden_helpers}
    AzureClientStatus::fromWire AzureClientStatus::wireName AzureDeviceId::parse AzureDeviceId::toString
    AzureComplianceStatus::)

set(failures "")
function(check_symbols what arguments file names)
    execute_process(COMMAND ${NM} -C ${arguments} ${file}
        OUTPUT_VARIABLE symbols ERROR_VARIABLE nm_error RESULT_VARIABLE nm_result)
    if(NOT nm_result EQUAL 0)
        message(FATAL_ERROR "${NM} ${arguments} ${file} failed: ${nm_error}")
    endif()
    string(REPLACE "\n" ";" lines "${symbols}")
    foreach(name IN LISTS names)
        string(REPLACE ":" "\\:" pattern "${name}")
        foreach(line IN LISTS lines)
            if(line MATCHES "(^|[^A-Za-z0-9_])${pattern}")
                list(APPEND failures "${what}: ${line}")
            endif()
        endforeach()
    endforeach()
    set(failures "${failures}" PARENT_SCOPE)
endfunction()

check_symbols("called by the emulator's code" --undefined-only "${LIBRARY}" "${forbidden_classes};${forbidden_calls}")
check_symbols("linked into the program" --defined-only "${PROGRAM}" "${forbidden_classes};${forbidden_helpers}")

file(GLOB emulator_sources "${SOURCES}/*.cpp" "${SOURCES}/*.h")
foreach(source IN LISTS emulator_sources)
    file(STRINGS "${source}" includes REGEX "^#include \"(app/(net|policy|storage|reporting)/|models/(azurepayload|policypreview|fleetimpact|complianceevaluator)\\.h)")
    foreach(include IN LISTS includes)
        list(APPEND failures "included by ${source}: ${include}")
    endforeach()
endforeach()

if(failures)
    list(LENGTH failures count)
    string(REPLACE ";" "\n  " listed "${failures}")
    message(FATAL_ERROR "The emulator uses product code it must not (${count}):\n  ${listed}")
endif()
message(STATUS "The emulator links no product wire, payload or evaluation code.")
