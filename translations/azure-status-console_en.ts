<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditLogModel</name>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="+32"/>
        <source>Policy changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report now</source>
        <extracomment>An audit log action: someone pressed &quot;Report now&quot; for devices.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disconnected from Azure</source>
        <extracomment>An audit log action: someone disconnected the console from Azure (deprovisioned the partner tenant).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Devices %1</source>
        <extracomment>The devices of a Report now in the audit log: their MDM ids.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tenant %1</source>
        <extracomment>%1 is the Entra tenant id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target</source>
        <extracomment>The policy or devices an audit log entry is about.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The audit log could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogView</name>
    <message>
        <location filename="../ui/auditlogview.cpp" line="+106"/>
        <source>F&amp;ilter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who, policy, device or change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 could not be opened for writing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AzureClientStatus</name>
    <message>
        <location filename="../models/azureclientstatus.cpp" line="+81"/>
        <source>The device has not reported a client status yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Able to retrieve device ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An unrecoverable error occurred either within the client or on server side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registration of device required. Device user can mitigate this status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An interactive log-in is required. Device user can mitigate this status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some scopes were not granted access to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The requested resource is protected by an Intune Conditional Access policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device user cancelled the web Auth session by tapping the &quot;Done&quot; or &quot;Cancel&quot; button in the web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account logged out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown status code &quot;%1&quot;: not one of the codes documented for Azure reporting. It is shown as received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not fixable by the device user. Check the MDM client and Azure service health, then report again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the device user to register the device in Microsoft Authenticator (workplace join).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the device user to open Microsoft Authenticator and sign in interactively.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An administrator may need to grant consent for the requested scopes in Entra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app needs Intune app protection: assign an app protection policy to the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device user cancelled sign-in: ask them to retry and complete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account is signed out: ask the device user to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the MDM client version; this code is not documented.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AzureComplianceStatus</name>
    <message>
        <location filename="../models/azurecompliancestatus.cpp" line="+7"/>
        <source>Not reported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In-progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Successful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No report has been sent to Azure for this device yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A report was sent and Azure has not confirmed it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure confirmed the last report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure rejected the last report or it could not be delivered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AzureDeviceId</name>
    <message>
        <location filename="../models/azuredeviceid.cpp" line="+18"/>
        <source>&quot;%1&quot; is not a GUID (expected the form 007c8232-9489-4074-9b35-345b16f0a72d).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplianceActions</name>
    <message>
        <location filename="../models/complianceaction.cpp" line="+31"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block AppConnect Apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retire device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device Non-compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device data removed from Azure platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Azure receives complianceStatus &quot;compliant&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure receives complianceStatus &quot;notCompliant&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure receives &quot;notManaged&quot; and &quot;notCompliant&quot; and deletes the device record after 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompliancePolicy</name>
    <message>
        <location filename="../models/compliancepolicy.cpp" line="+10"/>
        <source>Jailbroken or rooted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OS below minimum version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked app present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>OS below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked app present: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Out of contact for %Ln day(s)</source>
        <translation>
            <numerusform>Out of contact for %Ln day</numerusform>
            <numerusform>Out of contact for %Ln days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The policy has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy &quot;%1&quot;: the rule &quot;%2&quot; needs a parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Policy &quot;%1&quot;: &quot;%2&quot; is not a version number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Policy &quot;%1&quot;: the number of days must be a whole number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Policy &quot;%1&quot; has no action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Policy &quot;%1&quot;: an action is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy &quot;%1&quot;: the action &quot;%2&quot; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Policy &quot;%1&quot;: the wait of &quot;%2&quot; is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Policy &quot;%1&quot;: the waits are out of order; &quot;%2&quot; comes after a longer wait.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../app/settings/connectiontest.cpp" line="+22"/>
        <source>MDM sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entra access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endpoint discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entra user look-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Signed in as %1; %n device space(s), default: %2.</source>
        <translation>
            <numerusform>Signed in as %1; %n device space, default: %2.</numerusform>
            <numerusform>Signed in as %1; %n device spaces, default: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tokens issued for Microsoft Graph and Intune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tenant sync: %1; device sync: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Graph gave no answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Graph answers user look-ups (permission User.Read.All).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Intune accepted the heartbeat.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleSettings</name>
    <message>
        <location filename="../app/settings/consolesettings.cpp" line="+77"/>
        <source>%1: enter a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+22"/>
        <source>MDM URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MDM user: enter the API user&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device space: must be 0 (the default one) or a positive id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entra tenant id: &quot;%1&quot; is not a GUID (e.g. 3f2504e0-4f89-41d3-9a0c-0305e82c3301).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entra client id: &quot;%1&quot; is not a GUID (the app registration&apos;s Application (client) ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+35"/>
        <source>Entra login URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+35"/>
        <source>Microsoft Graph URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+36"/>
        <source>Partner tenant sync URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+36"/>
        <source>Partner device sync URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+37"/>
        <source>Enrollment URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+37"/>
        <source>Remediation URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MDM URL: enter it, or clear the tenant fields to use the demo tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Batch size: %1 is not from %2 to %3 devices per message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weekly report day: %1 is not a day of the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly report time: not a valid time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReportDialog</name>
    <message>
        <location filename="../ui/csvreportdialog.cpp" line="+129"/>
        <source>Report devices listed in a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: looking for its devices in the store…</source>
        <extracomment>%1 is the CSV file&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the devices could not be looked up in the store: %2 Nothing can be reported.</source>
        <extracomment>%1 is the CSV file&apos;s name, %2 why the store could not be read</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1: %n device(s) found in the store.</source>
        <translation>
            <numerusform>%1: %n device found in the store.</numerusform>
            <numerusform>%1: %n devices found in the store.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of them have no Azure device ID and will be skipped (see their Azure Client Status Code).</source>
        <translation>
            <numerusform>%n of them has no Azure device ID and will be skipped (see its Azure Client Status Code).</numerusform>
            <numerusform>%n of them have no Azure device ID and will be skipped (see their Azure Client Status Code).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) cannot be used and will be left out.</source>
        <translation>
            <numerusform>%n row cannot be used and will be left out.</numerusform>
            <numerusform>%n rows cannot be used and will be left out.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is sent until you choose Report now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No row names a device that can be reported, so there is nothing to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Each row that cannot be used, and why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row, column and reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoFleetWriter</name>
    <message>
        <location filename="../app/demo/demofleetwriter.cpp" line="+55"/>
        <source>Writing the demo fleet was cancelled after %1 of %2 devices.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoTenant</name>
    <message>
        <location filename="../app/tenant/demotenant.cpp" line="+46"/>
        <source>The tenant emulator %1 is missing; build the target azure-status-emulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The tenant emulator could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The tenant emulator did not report its address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The tenant emulator reported an unexpected address &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceCsvImport</name>
    <message>
        <location filename="../app/import/devicecsvimport.cpp" line="+104"/>
        <source>a quoted field opened on line %1 is not closed before the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>text follows a closing quote; a quote inside a quoted field must be doubled (&quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+95"/>
        <source>... and %n more.</source>
        <translation>
            <numerusform>... and %n more.</numerusform>
            <numerusform>... and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The file is %1 MB; at most %2 MB are read. Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file is empty; a header line such as &quot;id,serial number&quot; was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is in UTF-16; save it as CSV in UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The header (line 1) cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The header (line 1) has the column &quot;%1&quot; twice (columns %2 and %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The header (line 1) names no column that identifies a device. Name at least one of: id, serial number, Azure device id, name. The header has: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns not used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file has more than %1 rows; only the first %1 were read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row %1 has %2 fields; the header has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Row %1, column &quot;%2&quot;: the text is not valid UTF-8; save the file as CSV in UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row %1, column &quot;%2&quot;: the value is longer than %3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Row %1, column &quot;%2&quot;: &quot;%3&quot; is not an MDM device id (a whole number above 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Row %1, column &quot;%2&quot;: &quot;%3&quot; is not an Azure device id (a GUID such as 6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Row %1 names no device: its id, serial number, Azure device id and name columns are empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Row %1 repeats row %2; it is read once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Row %1: no device has the %2 &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Row %1: %n devices have the %2 &quot;%3&quot;; give the id to choose one.</source>
        <translation>
            <numerusform>Row %1: %n devices have the %2 &quot;%3&quot;; give the id to choose one.</numerusform>
            <numerusform>Row %1: %n devices have the %2 &quot;%3&quot;; give the id to choose one.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Row %1: no device has the id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row %1: no device has the Azure device id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row %1: device %2 has another Azure device id than the file says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row %1: device %2 has the serial number &quot;%3&quot;, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row %1: device %2 is named &quot;%3&quot;, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceCsvWriter</name>
    <message>
        <location filename="../models/devicecsvwriter.cpp" line="+39"/>
        <source>There is no device list to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why Report Time is blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not write the CSV file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceDetailsView</name>
    <message>
        <location filename="../ui/devicedetails/reporttimelinebox.cpp" line="+29"/>
        <source>Queued</source>
        <extracomment>Report timeline event: the report was written to the outbox.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent</source>
        <extracomment>Report timeline event: the message was uploaded to Azure.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry</source>
        <extracomment>Report timeline event: an upload failed and will be tried again.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completed</source>
        <extracomment>Report timeline event: Azure confirmed the report.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed</source>
        <extracomment>Report timeline event: Azure refused the report, or it could not be delivered.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/devicedetailsview.cpp" line="+176"/>
        <source>Select a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/devicedetails/outcomebox.cpp" line="+46"/>
        <source>What Azure receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caused by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/devicedetails/azurefieldsbox.cpp" line="+80"/>
        <source>Azure fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure Device Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure Device Compliance Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure Client Status Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure Device Compliance Report Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entra user (UserId)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown code</source>
        <extracomment>Flag next to an Azure Client Status Code that is not one of the documented codes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/devicedetails/reporttimelinebox.cpp" line="+31"/>
        <location line="+1"/>
        <source>Report timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No report sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/devicedetails/violatedrulesbox.cpp" line="+44"/>
        <location line="+1"/>
        <source>Violated rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No violated rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Violated since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action in effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/devicedetails/inventorybox.cpp" line="+35"/>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMEI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MDM id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jailbroken or rooted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarantined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/devicedetailsview.cpp" line="+23"/>
        <source>Unnamed device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2</source>
        <extracomment>Platform and OS version, e.g. &quot;iOS 17.2&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/devicedetails/outcomebox.cpp" line="+11"/>
        <source>Retired: the device is reported to Azure as notManaged and notCompliant, and Azure deletes its record after 90 days.</source>
        <extracomment>notManaged and notCompliant are protocol values: keep them verbatim.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1; Azure deletes the record on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Policy &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/devicedetails/violatedrulesbox.cpp" line="+68"/>
        <source>Unknown policy #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No violated rule has an action in effect yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No violated rule of a known policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No violated rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/devicedetails/azurefieldsbox.cpp" line="+16"/>
        <source>Blank: the device ID could not be retrieved: the device user must register in Microsoft Authenticator. The device has not reported an Azure Client Status Code yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blank: the Azure Client Status Code is %1 but the device ID has not been received yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blank: the device ID could not be retrieved: the device user must register in Microsoft Authenticator. Azure Client Status Code: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The device ID reported by Microsoft to the iOS or Android device, for example 007c8232-9489-4074-9b35-345b16f0a72d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Azure gave no error detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Device user can fix this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2)</source>
        <extracomment>%1 is the Entra object id (a GUID), %2 the user principal name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not reported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time the device compliance status was reported to Microsoft Intune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/devicedetails/inventorybox.cpp" line="+21"/>
        <location filename="../ui/devicedetails/violatedrulesbox.cpp" line="-30"/>
        <source>%1 (%Ln day(s) ago)</source>
        <translation>
            <numerusform>%1 (%Ln day ago)</numerusform>
            <numerusform>%1 (%Ln days ago)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/devicedetails/violatedrulesbox.cpp" line="+17"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Becomes %1 on %2</source>
        <extracomment>The device&apos;s next escalation: &quot;Becomes &lt;action&gt; on &lt;date&gt;&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1; Azure then receives: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/devicedetails/inventorybox.cpp" line="-15"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/devicedetails/reporttimelinebox.cpp" line="+32"/>
        <source>Azure receives: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceInventory</name>
    <message>
        <location filename="../app/inventory/deviceinventory.cpp" line="+64"/>
        <source>Generating demo fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading devices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceListModel</name>
    <message>
        <location filename="../models/devicelistmodel.cpp" line="+54"/>
        <source>Device name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OS version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure Device Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure Device Compliance Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure Client Status Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure Device Compliance Report Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Blank: the Azure device ID could not be retrieved. The device user must register in Microsoft Authenticator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>(blank: disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(blank: not sent yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(blank: error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(blank: user not in Entra)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(blank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (unknown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceListPanel</name>
    <message>
        <location filename="../ui/devicelistpanel.cpp" line="+161"/>
        <source>Search name, user, serial or Azure device ID (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One device per row; the selected device is shown in Device Details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Client code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User-fixable only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices whose Azure Client Status Code the device user can mitigate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Any</source>
        <comment>outcome filter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Any</source>
        <comment>status filter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any</source>
        <comment>client code filter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Any</source>
        <comment>platform filter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Unknown codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Search devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pla&amp;tform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any error (not Success)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceStore</name>
    <message>
        <location filename="../app/storage/sqlite/sqliteconnections.cpp" line="+109"/>
        <source>The device database %1 is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/storage/sqlite/sqlitestore.cpp" line="+122"/>
        <source>Could not open the device database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/sqlite/sqlitestore.cpp" line="-28"/>
        <source>Could not read the device database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a device database: it is not an SQLite file. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>its folder %1 is read-only, and the database needs to create %2 there even to be read. Make the folder writable, or copy the file to a folder you may write to and start with --db and the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../ui/screenshotcatalog.cpp" line="+208"/>
        <source>%1 is not a usable device database (damaged, or not SQLite): %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was written by a newer version of this console (schema version %2; this version knows up to %3). Nothing was changed: use a newer console or another database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not switch %1 to write-ahead logging: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The device database %1 can be read but not written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not read the sync lead in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/sqlite/sqlitemigrations.cpp" line="+184"/>
        <source>Could not migrate %1 to schema version %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/sqlite/sqliteapi.cpp" line="+17"/>
        <source>the database driver gives no SQLite handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/postgres/pgdevicestore.cpp" line="+291"/>
        <location filename="../app/storage/sqlite/sqlitedevicestore.cpp" line="+265"/>
        <location filename="../app/storage/sqlite/sqlitestore.cpp" line="+15"/>
        <location line="+6"/>
        <source>Could not write devices to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/storage/sqlite/sqlitedevicestore.cpp" line="+54"/>
        <source>Could not write device %1 to %2: %3. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a device id is a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>policy %1 is listed twice among its violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not write devices to %1: this login may not change devices; a reporter login syncs and imports them (the database refused: %2). Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../app/storage/sqlite/sqlitedevicestore.cpp" line="+30"/>
        <source>Could not read device %1 from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../app/storage/sqlite/sqlitedevicestore.cpp" line="+18"/>
        <source>There is no device with id %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+17"/>
        <location filename="../app/storage/sqlite/sqlitedevicestore.cpp" line="+28"/>
        <location line="+161"/>
        <source>Could not count the devices in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <location filename="../app/storage/sqlite/sqlitedevicestore.cpp" line="-146"/>
        <source>Could not read the device list from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+92"/>
        <location filename="../app/storage/sqlite/sqlitedevicestore.cpp" line="+121"/>
        <source>Loading the device list was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-120"/>
        <location filename="../app/storage/sqlite/sqlitedevicestore.cpp" line="+46"/>
        <source>Could not read device ids from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+153"/>
        <location filename="../app/storage/sqlite/sqlitedevicestore.cpp" line="+46"/>
        <source>Could not read devices from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/postgres/pgpolicystore.cpp" line="+41"/>
        <location filename="../app/storage/sqlite/sqlitepolicystore.cpp" line="+23"/>
        <source>Policy &quot;%1&quot; has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../app/storage/sqlite/sqlitepolicystore.cpp" line="+15"/>
        <source>Policy &quot;%1&quot;: step %2 waits %3 days, not a number of days from 0 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/storage/sqlite/sqlitepolicystore.cpp" line="+3"/>
        <source>Policy &quot;%1&quot;: step %2 has an unknown action &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../app/storage/sqlite/sqlitepolicystore.cpp" line="+9"/>
        <source>Could not write policies to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not write policies to %1: this login may not change policies; a policy author or the reporter does (the database refused: %2). Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../app/storage/sqlite/sqlitepolicystore.cpp" line="+39"/>
        <location line="+44"/>
        <source>Could not read the policies from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../app/storage/sqlite/sqlitepolicystore.cpp" line="-27"/>
        <source>Policy %1 in %2 has an unknown rule &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/storage/sqlite/sqlitepolicystore.cpp" line="+8"/>
        <source>Policy %1 in %2: its actions are not a JSON array of steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/storage/sqlite/sqlitepolicystore.cpp" line="+8"/>
        <source>Policy %1 in %2 has an unknown action &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/storage/sqlite/sqlitepolicystore.cpp" line="+2"/>
        <source>Policy %1 in %2: step %3 waits &quot;%4&quot;, not a number of days from 0 to %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/postgres/pgstoresettings.cpp" line="+44"/>
        <source>%1 may not change the store&apos;s setting &quot;%2&quot;: only the reporter and policy author logins change them. Nothing was changed. (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/storage/sqlite/sqlitestoresettings.cpp" line="+37"/>
        <source>Could not save the setting &quot;%1&quot; to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/postgres/pgauditlog.cpp" line="+25"/>
        <source>%1 (as %2)</source>
        <extracomment>An audit entry&apos;s actor: %1 the MDM user who acted, %2 the database login the console used</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 may not write to the audit log. Nothing was changed. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/storage/sqlite/sqliteauditlog.cpp" line="+33"/>
        <location line="+11"/>
        <source>Could not write to the audit log in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../app/storage/sqlite/sqliteauditlog.cpp" line="+24"/>
        <location line="+10"/>
        <source>Could not read the audit log in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/sqlite/sqlitetransaction.cpp" line="+81"/>
        <source>Another program, or another console, is writing to the database: close it or wait, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database file or its folder is read-only: make both writable, or start with --db and another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk could not be read or written: check the disk and its free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is damaged: restore it from a backup, or start with --db and a new file (the next sync fills it again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk is full (or the database reached its size limit): free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file cannot be opened: check that its folder exists and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DryRunWriter</name>
    <message>
        <location filename="../app/headless/dryrunwriter.cpp" line="+22"/>
        <source>--dry-run: the folder %1 is not empty; give a new or empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--dry-run: the folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--dry-run: %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointDiscovery</name>
    <message>
        <location filename="../app/net/endpointdiscovery.cpp" line="+84"/>
        <location line="+15"/>
        <source>Endpoint discovery (Graph servicePrincipals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: the tenant has no service principal for Microsoft Intune (appId %2); is Intune set up for this tenant?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+15"/>
        <location line="+33"/>
        <source>Endpoint discovery (Graph servicePrincipals/endPoints)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1: the %2 entry&apos;s uri &quot;%3&quot; is not an absolute http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: the Intune service principal lists no endpoint for %2; set the URL in the settings or check the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntraUserCache</name>
    <message>
        <location filename="../app/storage/postgres/pgentrausercache.cpp" line="+64"/>
        <location filename="../app/storage/sqlite/sqliteentrausercache.cpp" line="+23"/>
        <source>Could not read the Entra users known to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Could not save the Entra users looked up to %1: this login may not change them; the reporter looks users up (the database refused: %2). Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../app/storage/sqlite/sqliteentrausercache.cpp" line="+55"/>
        <source>Could not save the Entra users looked up to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntraUserDirectory</name>
    <message>
        <location filename="../app/net/entrauserdirectory.cpp" line="+73"/>
        <location line="+13"/>
        <source>Graph user look-up ($batch of /users)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: the answer for %2 has no object id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: Graph refused to read %2 (HTTP 403): the app registration needs the application permission User.Read.All. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: Graph answered HTTP %2 for %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Graph user look-up: the answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Graph user look-up: Graph did not answer for %1 after %2 tries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetImpact</name>
    <message>
        <location filename="../models/fleetimpact.cpp" line="+114"/>
        <source>%1 → %2</source>
        <extracomment>A change of what Azure receives for a device, e.g. &quot;Compliant → Device Non-compliant&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlessCommand</name>
    <message>
        <location filename="../app/headless/headlesscommand.cpp" line="+144"/>
        <source>Usage: --headless COMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  generate-demo --devices N --db PATH [--seed S]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Writes a demo fleet of N devices (10 to 1000000) and its compliance policies to the device database at PATH. The same seed always gives the same fleet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  sync [--db PATH] [--demo | --tenant-url URL] [--batch-size N] [--timeout SECONDS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>  Without --demo or --tenant-url, the tenant configured in File → Settings is used, with its secrets from the OS keychain. --demo starts the tenant emulator next to this program; --tenant-url uses one host for every endpoint, with credentials from ASC_MDM_USER, ASC_MDM_PASSWORD, ASC_TENANT_ID, ASC_CLIENT_ID and ASC_CLIENT_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  import-settings FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Replaces the settings with those of a file written by File → Settings → Export (it holds no secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  store-secret mdm-password|client-secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Reads the secret from standard input and stores it in the OS keychain for the tenant configured in File → Settings (for a machine without a window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>  help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Shows this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit codes: 0 success, 2 unknown command or bad argument, 3 database error, 4 tenant error, 5 reports failed, 6 timeout (reports still queued), 7 keychain error (no secret service, or no secret stored for the tenant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Give either --demo or --tenant-url URL, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+116"/>
        <source>No tenant is configured: set one in File → Settings, or give --demo or --tenant-url URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-370"/>
        <source>No command given after --headless. Commands: generate-demo, sync, report-now, report-weekly, status, help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unknown command &quot;%1&quot;. Commands: generate-demo, sync, report-now, report-weekly, send, deprovision, status, import-settings, store-secret, init-store, help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>      Pulls every device and policy from the MDM, queues the reports their changes call for (compliance change, inventory change, escalation, a missed weekly report), sends them and waits for Azure to confirm them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  sync --dry-run FOLDER [same options as sync]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Pulls and plans as sync does, but sends nothing to Azure and writes nothing to the store: every request it would send (URL, headers with the token masked, body) is written to FOLDER, which must be new or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  report-now ID... [same options as sync]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Reports these devices now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  report-now --csv FILE [same options as sync]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Reports the devices a CSV file lists now. Its header names at least one of the columns id, serial number, Azure device id, name; each row that names no device of the store, or several, is shown with its row number and skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  report-weekly [same options as sync]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Reports every device now, as the weekly report does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  send [same options as sync]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Queues nothing: sends what the outbox holds (also what an interrupted run left) and waits for Azure to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  deprovision --yes [--db PATH] [--demo | --tenant-url URL] [--settings FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Disconnects from Azure: deprovisions the partner tenant (Azure then stops taking compliance data from this console for the tenant) and switches reporting off. Audited. Without --yes it only says what it would do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  status [--db PATH] --json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Prints the store&apos;s devices by Azure Device Compliance Status and the outbox counts as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>  store-secret db-password --db postgresql://ROLE@HOST:PORT/DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Reads that login&apos;s PostgreSQL password from standard input and keeps it in the OS keychain, used when PGPASSWORD and ~/.pgpass hold none. A systemd service gives it as the credential db-password instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  --request-timeout SECONDS sets how long one request may take before it is tried again (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  --settings FILE (sync, report-now, report-weekly, send) uses the settings of FILE, written by File → Settings → Export, instead of those of File → Settings; e.g. for the service azure-status-reporter, /etc/azure-status-reporter/settings.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  When $CREDENTIALS_DIRECTORY is set (a systemd service with LoadCredentialEncrypted= or LoadCredential=), the secrets of the configured tenant are read from its files mdm-password and client-secret instead of the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  init-store --db postgresql://ROLE@HOST:PORT/DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>      Creates or upgrades a team&apos;s PostgreSQL store and its roles (asc_helpdesk, asc_policy_author, asc_reporter). Run once by the database owner, and again after an upgrade of the console. The password comes from PGPASSWORD or ~/.pgpass. A server on the network is reached with %1 at the end of the URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A command stopped by SIGTERM, SIGINT or SIGHUP ends in order, with what it did committed to the store, and exits with 128 + the signal: 143, 130 or 129.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A systemd credential that is missing or empty also gives exit code 7, naming it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unknown option &quot;%1&quot;. Options: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>generate-demo needs --devices N (from %1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--devices: &quot;%1&quot; is not a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>generate-demo needs --db PATH, the device database to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--seed: &quot;%1&quot; is not a whole number from 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Wrote %n demo device(s) (seed %1) to %2 in %3 s.</source>
        <translation>
            <numerusform>Wrote %n demo device (seed %1) to %2 in %3 s.</numerusform>
            <numerusform>Wrote %n demo devices (seed %1) to %2 in %3 s.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--settings: %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--settings: %1 is not a usable settings export: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>--tenant-url: &quot;%1&quot; is not an http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ASC_TENANT_ID must hold the Entra tenant id (a GUID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+66"/>
        <source>The configured settings are not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Stopped by %1: what was done is committed; the reports still queued go out on the next run.</source>
        <extracomment>%1 is a signal, e.g. SIGTERM</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>import-settings needs FILE, a settings export (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported the settings of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>store-secret needs one of: mdm-password, client-secret, db-password --db URI (the secret itself is read from standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+30"/>
        <source>%1: standard input held no secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+29"/>
        <source>Stored the %1 in the OS keychain (key &quot;%2&quot;).</source>
        <extracomment>%1 is &quot;MDM password&quot; or &quot;Entra client secret&quot;, %2 the keychain key</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <source>store-secret db-password needs --db and the PostgreSQL connection URI of the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Outbox: %1 waiting, %2 sent and unconfirmed, %3 confirmed, %4 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%1: %n device(s) found in the store.</source>
        <translation>
            <numerusform>%1: %n device found in the store.</numerusform>
            <numerusform>%1: %n devices found in the store.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--csv: no row of %1 names a device of the store; nothing was reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>--dry-run is an option of sync only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--dry-run needs a folder to write the requests to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>report-now: &quot;%1&quot; is not a device id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--csv is an option of report-now only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>report-now needs at least one device id, or --csv FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--batch-size: &quot;%1&quot; is not a whole number from 1 to 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--timeout: &quot;%1&quot; is not a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--request-timeout: &quot;%1&quot; is not a whole number of seconds from 1 to 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Not synced: %1 syncs this database, and sends its reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Synced %n device(s); %1 report(s) queued.</source>
        <translation>
            <numerusform>Synced %n device; reports queued: %1.</numerusform>
            <numerusform>Synced %n devices; reports queued: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Device %1 was not reported: %2</source>
        <extracomment>%2 says why, in a sentence</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Dry run of %1 against the tenant %2: nothing was sent to Azure and nothing was written to the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devices pulled: %1; user principal names looked up in Entra: %2; devices whose user Entra does not know: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requests written: %1, of which %2 DataUploadMessages carrying %3 device(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The partner tenant is already provisioned: no PartnerTenants request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The partner tenant is not provisioned yet: the first request provisions it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A weekly report of every device is due as well; a real sync would queue it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No weekly report is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The requests are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Deprovisioning tells Azure (Intune) that this console no longer reports for the tenant %1: Intune stops taking compliance data from it, and the partner shows as deprovisioned. Devices keep the compliance state Azure last received until another partner reports them or Intune marks them. Reporting to Azure is switched off here, so nothing is sent again until it is switched back on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was done. Run deprovision again with --yes to do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The partner tenant %1 is deprovisioned and reporting to Azure is switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>status needs --json (the only output format).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <location filename="../app/net/httptransport.cpp" line="+156"/>
        <source>%1: a URL must not hold a user name or password; credentials are never kept in the settings. Enter %2 and put the credentials in the API user and password fields.</source>
        <extracomment>%2 is the URL without its user name and password</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no URL is set for this endpoint; check the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;%2&quot; is not a valid absolute URL; check the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;%2&quot; is not an http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: refused to use http:// with %2: credentials and reports leave this machine only over https. Use https://%2.</source>
        <extracomment>%2 is a host name. Only loopback (this machine) may use plain http.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CA certificates file %1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CA certificates file %1: holds no PEM certificate (&quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+166"/>
        <source>%1: the server&apos;s answer (HTTP %3) is larger than %2, the most this console reads of an error answer; it was stopped there.</source>
        <extracomment>%2 is a size such as &quot;16 MiB&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the server&apos;s answer is larger than %2, the most this console accepts from this endpoint; it was stopped there and not repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server redirected to a URL this console refuses: %1</source>
        <extracomment>%1 says which URL was refused and why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: the server asked to wait %2 seconds before retrying (HTTP %3), longer than the %4 seconds this console waits in one go; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+166"/>
        <source>%1: the server answered HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the server answered HTTP %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no response within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the connection to %2 was refused; is the service running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the server closed the connection before answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the TLS certificate of %2 was refused (%3), so nothing was sent. If the server uses a private certificate authority, set its CA certificate file in File → Settings.</source>
        <extracomment>%2 is host:port, %3 the TLS library&apos;s reasons</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the host %2 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the request failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>(gave up after %n attempt(s))</source>
        <translation>
            <numerusform>(gave up after %n attempt)</numerusform>
            <numerusform>(gave up after %n attempts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InitStoreCommand</name>
    <message>
        <location filename="../app/headless/initstorecommand.cpp" line="+39"/>
        <source>init-store: unexpected argument &quot;%1&quot;. Usage: init-store --db postgresql://ROLE@HOST:PORT/DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>init-store needs --db and the PostgreSQL connection URI of the store, e.g. --db %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The store in the PostgreSQL %1 is up to date (schema version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The store in the PostgreSQL %1 is now at schema version %2 (it was at %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Roles created: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give each person a login that is a member of one role: %1 (reads everything, Report now), %2 (also changes policies) or %3 (the headless reporter: writes devices and the outbox), e.g. in psql: CREATE ROLE alice LOGIN IN ROLE %1;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The store was migrated, but the audit log could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note: %1 is a superuser, so the store&apos;s tables and functions now belong to a superuser. Prefer a database owner without superuser rights (README, Team deployment).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryClient</name>
    <message>
        <location filename="../app/net/recordreader.cpp" line="+17"/>
        <source>%1 skipped: the field &quot;%2&quot; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/devicepageparser.cpp" line="+181"/>
        <location filename="../app/net/recordreader.cpp" line="+9"/>
        <source>is %1, not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/recordreader.cpp" line="+9"/>
        <source>is %1 KiB long; the limit is %2 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>is %1, not true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is %1, not a time in milliseconds since 1970.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is %1, not a plausible time in milliseconds since 1970.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/devicepageparser.cpp" line="-24"/>
        <location filename="../app/net/recordreader.cpp" line="+30"/>
        <source>is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/inventoryclient.cpp" line="+71"/>
        <source>MDM partitions (/api/v1/tenant/partition/device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: a partition has no valid &quot;id&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>MDM partitions (/api/v1/tenant/partition/device): no partition is marked defaultPartition; set the partition id in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/devicepageparser.cpp" line="-137"/>
        <location filename="../app/net/inventoryclient.cpp" line="+98"/>
        <location line="+14"/>
        <location line="+73"/>
        <source>MDM device list (/api/v1/device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: asked for the page at %2, the server sent the one at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/inventoryclient.cpp" line="-74"/>
        <source>%1: the settings changed during the pull; stopped after %2 devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/devicepageparser.cpp" line="+7"/>
        <source>%1: totalCount is negative (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/recordreader.cpp" line="-16"/>
        <source>is &quot;%1&quot;, neither milliseconds since 1970 nor an ISO 8601 time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is %1, not a plausible time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/inventoryclient.cpp" line="+89"/>
        <source>%1: the number of devices changed during the pull (from %2 to %3); stopped after %4 devices. Pull again for a consistent list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the page at %2 came back empty although totalCount is %3; stopped after %4 devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Device %1 (record %2) skipped: the id %1 is listed twice; the first record was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Device %1: the field(s) %2 had bytes that are not UTF-8; they were replaced by U+FFFD and the device was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: the pull was stopped after %2 devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>... and %1 more records skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>MDM device (/api/v1/device/%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the MDM has no device %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the response has no &quot;result&quot; object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>MDM force check-in (/api/v1/device/forceCheckin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: the MDM refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the MDM answered that the check-in failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the answer&apos;s &quot;result&quot; is neither 1, 0 nor a count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>MDM compliance policies (/api/v1/compliancepolicy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/devicepageparser.cpp" line="+55"/>
        <source>Device record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A device record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 skipped: it is %2, not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 skipped: the field &quot;id&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 skipped: the field &quot;id&quot; is %2, not a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>is &quot;%1&quot; while azureDeviceId is &quot;%2&quot;; the record names two Azure device ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+25"/>
        <location filename="../app/net/inventoryclient.cpp" line="+60"/>
        <source>is %1, not an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+25"/>
        <source>has %1 entries; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <source>is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>is not a policy name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is %1, not a policy name or an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is missing or not a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/inventoryclient.cpp" line="-23"/>
        <source>A compliance policy skipped: it is %1, not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A compliance policy skipped: the field &quot;id&quot; is missing or not a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compliance policy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>names an unknown rule &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>names an unknown action &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a number of days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventorySync</name>
    <message numerus="yes">
        <location filename="../app/reporting/inventorysync.cpp" line="+284"/>
        <source>%n user(s) could not be looked up in Entra ID this sync; their devices are not reported until they are.</source>
        <translation>
            <numerusform>%n user could not be looked up in Entra ID this sync; that user&apos;s devices are not reported until the user is.</numerusform>
            <numerusform>%n users could not be looked up in Entra ID this sync; their devices are not reported until they are.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Device %1: it violates the policy &quot;%2&quot;, which the console does not know; that violation is left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonResponse</name>
    <message>
        <location filename="../app/net/jsonresponse.cpp" line="+22"/>
        <source>%1: the response is empty; a JSON object was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the response is not JSON (%2 at offset %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the response is JSON but not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <location line="+14"/>
        <location line="+14"/>
        <source>%1: the response has no &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-41"/>
        <source>%1: &quot;%2&quot; in the response is %3, not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: &quot;%2&quot; in the response is %3, not an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: &quot;%2&quot; in the response is %3, not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: &quot;%2&quot; in the response is %3, not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageSwitcher</name>
    <message>
        <location filename="../app/i18n/languageswitcher.cpp" line="+60"/>
        <source>Unknown language &quot;%1&quot;; available: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The translation file %1 could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaderInfo</name>
    <message>
        <location filename="../app/storage/syncleadership.cpp" line="+14"/>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, process %2, since %3</source>
        <extracomment>%1 host name, %2 process id, %3 time the leadership began</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+118"/>
        <source>Syncing with the MDM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Report to Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reporting to Azure is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting to Azure is off: nothing is sent, and Report Time says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+46"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <source>This console is not connected to a tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Settings saved; the next sync uses %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings saved; the demo tenant is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Azure Status Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports to &amp;Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export shown devices as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Translator check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accented, longer, bracketed text: shows hard-coded strings and text cut off by its widget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report selected devices &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync with the MDM now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the &amp;weekly report now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report devices listed in a &amp;CSV file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report to &amp;Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Azure Status Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save current view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete a saved view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln device</numerusform>
            <numerusform>%Ln devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %Ln device(s) shown</source>
        <translation>
            <numerusform>%1 of %Ln device shown</numerusform>
            <numerusform>%1 of %Ln devices shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%Ln device(s) queued for Azure.</source>
        <translation>
            <numerusform>%Ln device queued for Azure.</numerusform>
            <numerusform>%Ln devices queued for Azure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln device(s) skipped: no Azure device ID (see their Azure Client Status Code).</source>
        <translation>
            <numerusform>%Ln device skipped: no Azure device ID (see its Azure Client Status Code).</numerusform>
            <numerusform>%Ln devices skipped: no Azure device ID (see their Azure Client Status Code).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+7"/>
        <source>Report devices listed in a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Not synced here: %1 syncs this database.</source>
        <extracomment>%1 names a host and a process; the list shows what that process stores</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not synced here: nobody syncs this database now. A reporter login syncs it and sends its reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Synced %Ln device(s) from the MDM.</source>
        <translation>
            <numerusform>Synced %Ln device from the MDM.</numerusform>
            <numerusform>Synced %Ln devices from the MDM.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln report(s) queued.</source>
        <translation>
            <numerusform>%Ln report queued.</numerusform>
            <numerusform>%Ln reports queued.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the connection to the store was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Live updates resumed: changes made meanwhile are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Live updates paused: %1. Reconnecting…</source>
        <extracomment>%1 is the database&apos;s or the network&apos;s reason, as the server or libpq gives it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes other consoles make are not shown until the connection to the store is back; then they all are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Sending to Azure: %Ln message(s) waiting</source>
        <translation>
            <numerusform>Sending to Azure: %Ln message waiting</numerusform>
            <numerusform>Sending to Azure: %Ln messages waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+77"/>
        <source>Exported %Ln device(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln device to %1</numerusform>
            <numerusform>Exported %Ln devices to %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="-220"/>
        <source>Device %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Console views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Partner h&amp;ealth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;udit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Select the devices to report first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Report now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Weekly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Azure: all reports confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Devices could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device store %1 could not be read:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 could not be opened for writing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export shown devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+5"/>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Name of the view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A saved view needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete saved view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>View to delete:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved views ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About Azure Status Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Azure Status Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Device status reporting from Ivanti Neurons for MDM to Microsoft Intune and Entra.&lt;/p&gt;&lt;p&gt;Device store: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerComplianceClient</name>
    <message>
        <location filename="../app/net/partnercomplianceclient.cpp" line="+80"/>
        <source>%1: no tenant id is set; check the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the tenant id &quot;%2&quot; is not a GUID; check the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+284"/>
        <source>%1: the partner endpoints are not known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-250"/>
        <location line="+112"/>
        <source>Partner tenant sync (PartnerTenants)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+111"/>
        <source>Partner tenant sync (PartnerTenantHeartbeat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+17"/>
        <location line="+96"/>
        <location line="+33"/>
        <location line="+52"/>
        <source>Partner device sync (DataUploadMessages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-161"/>
        <source>%1: the service answered with HttpStatusCode %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+144"/>
        <source>no detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-142"/>
        <source>%1: the service reported an error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: asked for Provisioned %2, the service answered %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: ResyncTimestamp &quot;%2&quot; is not an ISO 8601 time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: ResyncTimestamp is %2, not a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1: the content to upload is not JSON (%2 at offset %3); nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the content to upload is not a JSON array; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1: the service refused the message with ErrorCode %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: the service does not know the message %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: ErrorDetail in the response is %2, not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the response has an empty Status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Graph partner health (complianceManagementPartners)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: &quot;%2&quot; in the response is %3, not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: &quot;%2.lastHeartbeatDateTime&quot; is not an ISO 8601 time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerHealthPanel</name>
    <message>
        <location filename="../ui/partnerhealthpanel.cpp" line="+134"/>
        <source>Scope: %1</source>
        <extracomment>%1 is an OAuth scope URL, e.g. https://graph.microsoft.com/.default</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cached; renewed after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Graph lists no compliance partner for this tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unnamed partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: partner state %2</source>
        <extracomment>%2 is Graph&apos;s partnerState value (enabled, unresponsive, ...), shown verbatim.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last heartbeat: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iOS onboarded: %1; Android onboarded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last checked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This console pulls the inventory and sends the reports of this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 pulls the inventory and sends the reports of this database. This console reads it, and its Report now goes out from there.</source>
        <extracomment>%1 names another computer or process, and since when</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody syncs this database right now: this console takes over within seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Last answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure has not answered a heartbeat yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ResyncTimestamp: %1 (Azure asks for every device again)</source>
        <extracomment>ResyncTimestamp is the protocol&apos;s field name: keep it verbatim.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ResyncTimestamp: none</source>
        <extracomment>ResyncTimestamp is the protocol&apos;s field name: keep it verbatim.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token (Intune management)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token (Microsoft Graph)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heartbeat of this console</source>
        <extracomment>The PartnerTenantHeartbeat this console sends to Azure every hour.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync of this database</source>
        <extracomment>Which console or reporter syncs the shared database and sends its reports.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <location filename="../app/storage/postgres/pgconnection.cpp" line="+34"/>
        <source>Could not connect to the PostgreSQL %1: out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not connect to the PostgreSQL %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/postgres/pgreportoutbox.cpp" line="+198"/>
        <location line="+276"/>
        <location filename="../app/storage/postgres/pgtransaction.cpp" line="+24"/>
        <location line="+25"/>
        <source>the transaction was rolled back after an earlier error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgConnectionSettings</name>
    <message>
        <location filename="../app/storage/postgres/pgconnection.cpp" line="-85"/>
        <location filename="../app/storage/postgres/pgconnectionsettings.cpp" line="+199"/>
        <source>database %1 on %2:%3 as %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/postgres/pgconnectionsettings.cpp" line="-110"/>
        <source>The store address is not a PostgreSQL connection URI: it starts with postgresql://, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+15"/>
        <source>The PostgreSQL connection URI holds a password. Remove it from the URI: the password is kept in the OS keychain, or libpq reads it from PGPASSWORD or ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PostgreSQL connection URI cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The PostgreSQL connection URI gives %1=%2, a path relative to the folder the program is started in. Give the full path of the file (or ~/ for your home folder).</source>
        <extracomment>%1 a libpq parameter (sslrootcert, sslcert…), %2 the path the URI gives</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The PostgreSQL connection URI gives the port &quot;%1&quot;: a port is a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PostgreSQL connection URI gives sslmode=%1; libpq knows %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is reached over the network, so the connection must check the server&apos;s certificate and name: add sslmode=verify-full and sslrootcert=FILE (the CA certificate) to the PostgreSQL connection URI (sslmode is now %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgConnections</name>
    <message>
        <location filename="../app/storage/postgres/pgconnections.cpp" line="+33"/>
        <source>The PostgreSQL store %1 is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The connection to the PostgreSQL %1 was lost and is being opened again; the console goes on when the server answers.%2</source>
        <extracomment>%1 names the database, host, port and login; %2 why the last attempt failed, or nothing</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgCopyWriter</name>
    <message>
        <location filename="../app/storage/postgres/pgcopywriter.cpp" line="+189"/>
        <source>row %1 has %2 values for %3 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no COPY in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>COPY into %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgDeviceWriter</name>
    <message>
        <location filename="../app/storage/postgres/pgdevicewriter.cpp" line="+248"/>
        <source>Could not write devices to the PostgreSQL %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgLeadership</name>
    <message>
        <location filename="../app/storage/postgres/pgleadership.cpp" line="+29"/>
        <source>Could not ask for the sync lead in the PostgreSQL %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not record the sync lead in the PostgreSQL %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not give up the sync lead in the PostgreSQL %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not read the sync lead in the PostgreSQL %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgLogin</name>
    <message>
        <location filename="../app/storage/postgres/pglogin.cpp" line="+28"/>
        <source>The PostgreSQL %1 asks for a password, and none is in PGPASSWORD, ~/.pgpass or the OS keychain (%2). Store it with: %3</source>
        <extracomment>%1 names the database, host, port and login; %2 why the keychain gave nothing; %3 a command</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgOutboxLeases</name>
    <message>
        <location filename="../app/storage/postgres/pgoutboxleases.cpp" line="+112"/>
        <source>Could not lease outbox messages in the PostgreSQL %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgSchema</name>
    <message>
        <location filename="../app/storage/postgres/pgschema.cpp" line="+366"/>
        <source>%1 may not read the store: it is a member of none of the roles %2. The database owner grants one to the login, e.g. GRANT %3 TO alice; (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the database owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database owner (%1) runs once: azure-status-console --headless init-store --db %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The PostgreSQL store (%1) was migrated by a newer version of this console (schema version %2; this version knows up to %3). Use a newer console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PostgreSQL database (%1) holds no store yet. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PostgreSQL store (%1) is at schema version %2; this console needs version %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 may not create the roles of the store (%2). A superuser runs once, in psql: CREATE ROLE %3 NOLOGIN; for each of %4; or gives the database owner CREATEROLE. Then: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not create the role %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 may not migrate the store: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not migrate the PostgreSQL store (%1) to schema version %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgStore</name>
    <message>
        <location filename="../app/storage/postgres/pgstore.cpp" line="+75"/>
        <source>Could not read the PostgreSQL store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not read what %1 may do in the PostgreSQL store: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 may not read the PostgreSQL store. The database owner grants one of the roles %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a helpdesk login: it reads the store and asks for Report now; the reporter syncs and sends.</source>
        <extracomment>%1 names the database, host and login</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 may only read the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Could not read the sync lead in the PostgreSQL store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 may not ask for Report now: the database refused it (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report now was not asked for in the PostgreSQL store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not read the Report now requests of the PostgreSQL store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Platforms</name>
    <message>
        <location filename="../models/device.cpp" line="+7"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <location filename="../ui/policyeditor.cpp" line="+294"/>
        <location line="+6"/>
        <location line="+13"/>
        <source>New policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/policyform.cpp" line="+84"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actions, in order (the most restrictive one whose wait has elapsed applies):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wait (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+136"/>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="+2"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save to MDM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview device id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/fleetimpactpanel.cpp" line="+65"/>
        <source>Fleet impact of the unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What Azure receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="+17"/>
        <source>%1%2
%3</source>
        <extracomment>A policy in the list: its name and rule; the star marks unsaved changes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/policyform.cpp" line="+23"/>
        <source>Minimum OS version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 16.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blocked app id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. com.example.game</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days without check-in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parameter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This rule has no parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>now</source>
        <extracomment>Shown in the wait box when the action is taken at once (a wait of 0 days).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Action %1</source>
        <extracomment>%1 is the step&apos;s number in the policy&apos;s list of actions.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait before action %1, in days</source>
        <extracomment>%1 is the step&apos;s number in the policy&apos;s list of actions.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="+22"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/policyform.cpp" line="+70"/>
        <source>Remove action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="+14"/>
        <source>Two policies have the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>There is no device with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/fleetimpactpanel.cpp" line="+54"/>
        <source>Computing the fleet impact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading the fleet for the impact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The fleet impact is not available: %1</source>
        <extracomment>%1 says why the devices could not be read from the store.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>No device changes what Azure receives (%n device(s) evaluated).</source>
        <translation>
            <numerusform>No device changes what Azure receives (%n device evaluated).</numerusform>
            <numerusform>No device changes what Azure receives (%n devices evaluated).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Compliant → Non-compliant: %n device(s)</source>
        <translation>
            <numerusform>Compliant → Non-compliant: %n device</numerusform>
            <numerusform>Compliant → Non-compliant: %n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Non-compliant → Compliant: %n device(s)</source>
        <translation>
            <numerusform>Non-compliant → Compliant: %n device</numerusform>
            <numerusform>Non-compliant → Compliant: %n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Removed from Azure (retired): %n device(s)</source>
        <translation>
            <numerusform>Removed from Azure (retired): %n device</numerusform>
            <numerusform>Removed from Azure (retired): %n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>No longer retired: %n device(s)</source>
        <translation>
            <numerusform>No longer retired: %n device</numerusform>
            <numerusform>No longer retired: %n devices</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list shows the first %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New or changed rule (%1): the MDM decides which devices violate it as they check in; the counts cover only the devices that violate it today.</source>
        <extracomment>%1: policy names. The fleet impact cannot foresee which devices violate a new or changed rule.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="+27"/>
        <source>Unsaved policy changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The policies have unsaved changes. Save them to the MDM, discard them, or keep editing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saving to the MDM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Saved %n policy(s); %1 queued for Azure.</source>
        <translation>
            <numerusform>Saved %n policy; %1 queued for Azure.</numerusform>
            <numerusform>Saved %n policies; %1 queued for Azure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n device report(s)</source>
        <translation>
            <numerusform>%n device report</numerusform>
            <numerusform>%n device reports</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyPreview</name>
    <message>
        <location filename="../models/policypreview.cpp" line="+11"/>
        <source>now</source>
        <extracomment>When an action of a policy is taken: at once.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>after %n day(s)</source>
        <translation>
            <numerusform>after %n day</numerusform>
            <numerusform>after %n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2)</source>
        <extracomment>The policy that caused the action in effect, and its rule: &quot;Jailbreak check (Jailbroken or rooted)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyPreviewView</name>
    <message>
        <location filename="../ui/policypreviewview.cpp" line="+113"/>
        <source>Action in effect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure receives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caused by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upload payload (DataUploadMessages body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action in effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Azure receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a device to preview what Azure receives for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview for %1 (id %2)</source>
        <extracomment>The preview&apos;s title: the device name and its MDM id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None (no violated rule has an action in effect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No violated rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 (%3)</source>
        <extracomment>A timeline step: &quot;Quarantine after 7 days (Jailbreak check)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In effect now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not sent: this device has no Azure Device Identifier (Azure Client Status Code: %1), so nothing is sent to Azure for it until it has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not sent: %1</source>
        <extracomment>%1 says why, in a sentence</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyService</name>
    <message>
        <location filename="../app/policy/policyservice.cpp" line="+44"/>
        <source>Read-only: the MDM user %1 has the helpdesk role. Helpdesk staff may read policies and use Report now; only a policy author may change policies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read-only: the console is offline, so policies cannot be written to the MDM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only: the MDM did not say what the user %1 may do: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only until the MDM confirms that the user %1 is a policy author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>MDM account (/api/v1/account/me)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the answer has no known role (&quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 %2</source>
        <extracomment>One step of a policy in the audit log: &quot;Block Email after 3 days&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>after %n day(s)</source>
        <translation>
            <numerusform>after %n day</numerusform>
            <numerusform>after %n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actions: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A save is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The MDM has no default device space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>MDM compliance policy %1 (/api/v1/compliancepolicy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (#%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created: %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessHardening</name>
    <message>
        <location filename="../app/security/processhardening.cpp" line="+27"/>
        <source>core files could not be switched off (setrlimit RLIMIT_CORE: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>core files are still allowed after setrlimit RLIMIT_CORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the process could not be made non-dumpable (prctl PR_SET_DUMPABLE: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the process is still dumpable after prctl PR_SET_DUMPABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Process hardening incomplete: %1. Another program of the same user may be able to read this console&apos;s memory, which holds its secrets.</source>
        <extracomment>%1 lists what failed, separated by semicolons</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDelivery</name>
    <message numerus="yes">
        <location filename="../app/reporting/reportdelivery.cpp" line="+134"/>
        <source>%1 Nothing is sent until the partner tenant is provisioned; the next try is in %n second(s), at most %2 tries a sync.</source>
        <translation>
            <numerusform>%1 Nothing is sent until the partner tenant is provisioned; the next try is in %n second, at most %2 tries a sync.</numerusform>
            <numerusform>%1 Nothing is sent until the partner tenant is provisioned; the next try is in %n seconds, at most %2 tries a sync.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+155"/>
        <source>The status of the message could not be read %1 times in a row: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportListModel</name>
    <message>
        <location filename="../ui/reportlistmodel.cpp" line="+142"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirmed</source>
        <extracomment>When Azure confirmed (or refused) the message.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error</source>
        <extracomment>Column of the reports view: the last error of a queued message, the reason of a failed one.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Waiting to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Awaiting confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportOutbox</name>
    <message>
        <location filename="../app/storage/postgres/pgreportoutbox.cpp" line="-348"/>
        <location filename="../app/storage/sqlite/sqlitereportoutbox.cpp" line="+58"/>
        <source>The batch size must be at least 1, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/storage/sqlite/sqlitereportoutbox.cpp" line="+7"/>
        <source>Could not queue the reports in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 may not queue reports: the reporter login queues and sends them. Nothing was queued. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Could not read the report outbox in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Could not record what happened to report %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 may not record what happened to report %2: the reporter login sends reports. Nothing was changed. (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Another process may have report %1 now: this process&apos;s lease on it ran out (or it never claimed it), so it changed nothing. The report is sent again under the same message id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another process (%1) has report %2 now: this process&apos;s lease on it ran out, so it changed nothing. That process sends it under the same message id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/sqlite/sqlitereportoutbox.cpp" line="+55"/>
        <location line="+2"/>
        <source>device %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/postgres/pgreportoutbox.cpp" line="-140"/>
        <location line="+124"/>
        <location filename="../app/storage/sqlite/sqlitereportoutbox.cpp" line="+64"/>
        <source>No report with message id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPlanner</name>
    <message>
        <location filename="../app/reporting/reportplanner.cpp" line="+36"/>
        <source>Compliance state change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inventory change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>It has no Azure device identifier, so Azure cannot take a report of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Entra object id of its user %1 is not known yet: Microsoft Graph has not been asked, or could not answer. The next sync asks again.</source>
        <extracomment>%1 is the user&apos;s principal name, e.g. alice@contoso.com</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entra ID has no user with the principal name %1, and Azure takes reports only for users it knows. Fix the user in the MDM or in Entra ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The MDM names no user for it, and Azure takes reports only for a device&apos;s user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Entra object id of its user is not known.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportTime</name>
    <message>
        <location filename="../models/reporttime.cpp" line="+19"/>
        <source>report failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Blank because reporting to Azure is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blank because the data was received and the Microsoft API has not been called yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blank because of an error: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blank because Entra ID has no user with this device&apos;s user principal name, so the device is not reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blank because the MDM names no user for this device, so the device is not reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Blank because the Entra object id of this device&apos;s user is not known yet, so the device is not reported; the next sync looks it up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportingEngine</name>
    <message>
        <location filename="../app/reporting/reportingengine.cpp" line="+53"/>
        <source>Azure asked for every device again (resync requested for %1): a full report is queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Nothing was sent to Azure: the audit log could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Azure deprovisioned the tenant, but reporting could not be switched off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+166"/>
        <location line="+199"/>
        <source>Reporting to Azure is switched off in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-190"/>
        <source>There is no device with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Report now was not queued: the audit log could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Report now requests could not be queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../ui/reportsview.cpp" line="+335"/>
        <source>Could not read the report outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Queue (%Ln)</source>
        <extracomment>Tab of the reports view: messages waiting to be sent. %Ln: how many.</extracomment>
        <translation>
            <numerusform>Queue (%Ln)</numerusform>
            <numerusform>Queue (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>In flight (%Ln)</source>
        <extracomment>Tab of the reports view: messages sent, waiting for Azure&apos;s confirmation.</extracomment>
        <translation>
            <numerusform>In flight (%Ln)</numerusform>
            <numerusform>In flight (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>History (%Ln)</source>
        <extracomment>Tab of the reports view: completed and failed messages.</extracomment>
        <translation>
            <numerusform>History (%Ln)</numerusform>
            <numerusform>History (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Failures (%Ln)</source>
        <extracomment>Tab of the reports view: failed messages with the reason.</extracomment>
        <translation>
            <numerusform>Failures (%Ln)</numerusform>
            <numerusform>Failures (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to be sent, with the next attempt time and the last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent, waiting for Azure&apos;s confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed and failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Showing the newest %1 of %2 messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+113"/>
        <source>%1; next attempt %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 since %2</source>
        <extracomment>A message waiting for Azure&apos;s confirmation: &quot;&lt;state&gt; since &lt;time it was sent&gt;&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reason was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None</source>
        <comment>last error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not read this message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Devices: the first %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Devices (%Ln)</source>
        <translation>
            <numerusform>Devices (%Ln)</numerusform>
            <numerusform>Devices (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Content: what Azure receives, indented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The stored request body is not a JSON object (%1); shown as stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Content is not a JSON array (%1); shown as stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a message to see its devices and what Azure receives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedView</name>
    <message>
        <location filename="../models/savedview.cpp" line="+42"/>
        <source>A saved view has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved view &quot;%1&quot;: &quot;%2&quot; is not a valid filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved view &quot;%1&quot;: unknown sort column &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved view &quot;%1&quot;: unknown column &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The saved views are not valid JSON (%1 at offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenshotCatalog</name>
    <message>
        <location filename="../ui/screenshotcatalog.cpp" line="-106"/>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Devices: a device with a client status problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reports to Azure: queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports to Azure: in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports to Azure: history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports to Azure: failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Policies: editor, preview and fleet impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translator check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Settings dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Settings dialog, the store page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Report devices listed in a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A store that cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Devices: a device with a client status problem, dark palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Policies, dark palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partner health, dark palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings dialog, dark palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Devices: a device with a client status problem, high-contrast palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Policies, high-contrast palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partner health, high-contrast palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings dialog, high-contrast palette</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenshotRunner</name>
    <message>
        <location filename="../ui/screenshotrunner.cpp" line="+28"/>
        <source>Unknown language &quot;%1&quot; in &quot;%2&quot;; available: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No language given in &quot;%1&quot;; available: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Azure Status Console: screenshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure Status Console: every view in every language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not available in this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>every string fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Strings that do not fit: %n</source>
        <translation>
            <numerusform>Strings that do not fit: %n</numerusform>
            <numerusform>Strings that do not fit: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+15"/>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The screenshot %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../app/security/secretstore.cpp" line="+42"/>
        <source>MDM password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entra client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL password</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>The OS keychain did not answer within %n second(s) (key &quot;%1&quot;); is the keyring waiting to be unlocked?</source>
        <translation>
            <numerusform>The OS keychain did not answer within %n second (key &quot;%1&quot;); is the keyring waiting to be unlocked?</numerusform>
            <numerusform>The OS keychain did not answer within %n seconds (key &quot;%1&quot;); is the keyring waiting to be unlocked?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The OS keychain holds no secret &quot;%1&quot; (service &quot;%2&quot;); enter it in File → Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The OS keychain refused access to &quot;%1&quot;: %2. Unlock the keyring and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No secret service is reachable: the console keeps its passwords and client secrets only in the OS keychain (the Secret Service on D-Bus, e.g. gnome-keyring or KWallet) and never in plain text. Start and unlock a keyring in this session, then try again. (%1)</source>
        <extracomment>%1 is the error QtKeychain/libsecret reported. Secret Service, D-Bus, gnome-keyring and KWallet are product names.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The OS keychain could not read the secret &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The OS keychain could not store the secret &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The OS keychain could not delete the secret &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+145"/>
        <source>Ivanti Neurons for MDM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MDM URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password or API token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device space:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Entra app registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign-in and Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entra login URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Graph URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner compliance endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant sync URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device sync URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrollment URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remediation URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave empty to use the endpoints discovered through Microsoft Graph (shown greyed after a connection test). A URL typed here overrides discovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reports to Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Devices per message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At (local time):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+416"/>
        <location line="+21"/>
        <source>Disconnect from Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-432"/>
        <source>Deprovisions the partner tenant in Intune and switches reporting off. Use it when this console stops reporting for the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Transport security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CA certificates file (PEM):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every host but this machine is reached over https only. Certificates are checked against the system&apos;s certificate authorities and, if set, the ones in this file (for a private CA). A certificate that fails the check stops the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User interface:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Device store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File or PostgreSQL URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Used from the next start, unless --db names another store. A PostgreSQL store is shared by a team: postgresql://login@host:port/database?sslmode=verify-full, with sslrootcert=/path/ca.pem added for a private CA. Its password never goes in the URI: it comes from ~/.pgpass, PGPASSWORD or the OS keychain (azure-status-console --headless store-secret db-password --db URI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Connection test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+163"/>
        <source>stored in the OS keychain; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter the MDM URL and the Entra app registration to test a connection; the demo tenant needs no test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not tested: an earlier stage failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The settings are saved, but a secret of the previous MDM user or Entra app could not be removed from the keychain:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was not imported: %2</source>
        <extracomment>%1 is the file, %2 names the field and what is wrong</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Settings (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Import settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CA certificates file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opening the store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the demo tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disconnect this console from Azure for the tenant %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure (Intune) is told that the partner tenant is deprovisioned: it stops taking compliance data from this console, and the partner shows as deprovisioned in Intune. Devices keep the compliance state Azure last received until another partner reports them. Reporting is switched off here, so nothing is sent again until you switch it back on. The request is written to the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The partner tenant is deprovisioned and reporting to Azure is switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disconnect from Azure failed; nothing changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Security and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;ore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: devices.sqlite in your data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;heck the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://your-tenant.mobileiron.com — empty: the demo tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory (tenant) ID, a GUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application (client) ID, a GUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the default device space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password and the client secret are stored only in the OS keychain, never in the settings file or in exports. Leave a field empty to keep the stored one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report device status to Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7 days after the last one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: the system&apos;s certificate authorities only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test &amp;connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Disconnect from Azure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: where Intune sends a user whose device is not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: where Intune sends a user whose device is non-compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1:</source>
        <comment>connection test stage label</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsImport</name>
    <message>
        <location filename="../app/settings/settingsimport.cpp" line="+36"/>
        <source>%1: expected a string, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: &quot;%2&quot; is not an absolute URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: expected a whole number, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is not from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: expected an object, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: secrets are never imported from a file; enter them in the Settings dialog (they go to the OS keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: unknown setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The settings file is larger than %1 bytes; it is not a settings export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The settings file is not JSON: %1 at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The settings file must hold one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>format: expected &quot;%1&quot;, found &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>version: missing; expected %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>reporting.weeklyTime: &quot;%1&quot; is not a time of day as HH:mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>language: &quot;%1&quot; is not one of en, fr, ja, es.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <location filename="../app/settings/settingsservice.cpp" line="+96"/>
        <source>%1: enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: enter it (the OS keychain holds none for this tenant yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+175"/>
        <source>%1 does not exist yet: the console creates it at its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 opens: schema version %2, %3 devices.</source>
        <extracomment>%1 names the file or database; %2 the schema version; %3 the device count</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutClashes</name>
    <message>
        <location filename="../ui/shortcutclashes.cpp" line="+38"/>
        <source>%1 is also &quot;%2&quot; (%3)</source>
        <extracomment>%1 is a key such as Alt+F, %2 another text of the window with the same key, %3 where it is.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteLeaderLease</name>
    <message>
        <location filename="../app/storage/sqlite/sqliteleaderlease.cpp" line="+67"/>
        <location line="+44"/>
        <location line="+99"/>
        <source>The sync leadership of %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+44"/>
        <location line="+11"/>
        <location line="+2"/>
        <source>The sync leadership of %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-34"/>
        <source>The sync leadership of %1 cannot be renewed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../app/storage/store.cpp" line="+8"/>
        <source>This store queues Report now directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nothing was written to %1: another process has taken over the sync of this store, and this one no longer leads it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreProblemDialog</name>
    <message>
        <location filename="../ui/storeproblemdialog.cpp" line="+55"/>
        <source>Open or create a device store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device store (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Azure Status Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device store cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File:</source>
        <extracomment>Label above the path of the database file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason:</source>
        <extracomment>Label above the reason the database file cannot be opened</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has been changed. You can:
• Set the file aside and start a new store: the file is renamed next to itself, never deleted, so it can still be examined or restored. The new store is filled by the next sync from the MDM, and every device is reported to Azure again.
• Open or create another store file.
• Quit, and repair or restore the file yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set aside and start a new store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another store file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 no longer exists, so there is nothing to set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not rename %1 to %2: %3. Nothing was changed. Check that you may write to the folder %4, or open another store file.</source>
        <extracomment>%1 and %2 are file paths, %3 the system&apos;s reason, %4 a folder</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemdCredentials</name>
    <message>
        <location filename="../app/security/systemdcredentials.cpp" line="+41"/>
        <source>The systemd credential %1 (%2) is missing from %3: give the service LoadCredentialEncrypted=%1:FILE or LoadCredential=%1:FILE.</source>
        <extracomment>%1 is the credential&apos;s name (mdm-password), %2 &quot;MDM password&quot; or &quot;Entra client secret&quot;, %3 a folder</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The systemd credential %1 (%2) in %3 could not be read: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The systemd credential %1 (%2) in %3 is larger than %4 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The systemd credential %1 (%2) in %3 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenProvider</name>
    <message>
        <location filename="../app/net/tokenprovider.cpp" line="+51"/>
        <source>Token endpoint (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: no tenant id is set; check the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no client id is set; check the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no client secret is set; check the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1: the response has no access_token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the token type is &quot;%2&quot;, not Bearer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the response has no expires_in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: expires_in is not a whole number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: expires_in is negative (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranslationCatalog</name>
    <message>
        <location filename="../app/i18n/translationcatalog.cpp" line="+23"/>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a Qt Linguist file (no TS element).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranslationCheck</name>
    <message>
        <location filename="../app/i18n/translationcheck.cpp" line="+13"/>
        <source>Unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol code altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placeholder mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whitespace mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final punctuation mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does not fit its widget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Glyph missing from the font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortcut clash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+103"/>
        <source>marked &quot;%1&quot; in the .ts file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 plural forms, %2 expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>form %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 times in the source, %3 in the translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>source has %1, translation has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>source starts with %1 and ends with %2; translation starts with %3 and ends with %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>should end with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ends with &quot;%1&quot; but the source has no final punctuation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranslatorCheck</name>
    <message>
        <location filename="../ui/translatorcheck.cpp" line="+167"/>
        <source>%1 cannot draw %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranslatorCheckModel</name>
    <message>
        <location filename="../ui/translatorcheckmodel.cpp" line="+60"/>
        <source>not on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where in the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranslatorCheckView</name>
    <message>
        <location filename="../ui/translatorcheckview.cpp" line="+171"/>
        <source>Translator check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by text, context or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of the selected string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Measure again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-read the translation and measure every view of the console in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in the &amp;window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>All strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strings with any flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%Ln string(s), %1 on screen, %2 flagged, %3 shown.</source>
        <translation>
            <numerusform>%Ln string, %1 on screen, %2 flagged, %3 shown.</numerusform>
            <numerusform>%Ln strings, %1 on screen, %2 flagged, %3 shown.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Select a string to see its translation, what is wrong with it and where it is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note for translators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disambiguation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where in the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <comment>no flags</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shown in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not on screen in any view of the console now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+204"/>
        <source>--demo-role must be author or helpdesk, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--demo-devices must be a number from 0 to 1000000, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>PostgreSQL store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The store that could not be opened was kept as %1; this new store fills with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+48"/>
        <source>Azure Status Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+105"/>
        <source>Texts that do not fit their widget: %Ln.</source>
        <translation>
            <numerusform>Texts that do not fit their widget: %Ln.</numerusform>
            <numerusform>Texts that do not fit their widget: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-171"/>
        <source>--demo-churn needs a count of 0 or more and --sync-interval at least 5 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1

The console starts offline: you can browse the devices, but nothing is synced or reported until the database can be written and the console is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The configured tenant cannot be used:
%1

The console opens without a tenant; fix it in File → Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+103"/>
        <source>%Ln screenshot(s) and %1 written.</source>
        <translation>
            <numerusform>%Ln screenshot and %1 written.</numerusform>
            <numerusform>%Ln screenshots and %1 written.</numerusform>
        </translation>
    </message>
</context>
</TS>
