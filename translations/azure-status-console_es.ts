<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AuditLogModel</name>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="+32"/>
        <source>Policy changed</source>
        <translation>Directiva modificada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy created</source>
        <translation>Directiva creada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report now</source>
        <extracomment>An audit log action: someone pressed &quot;Report now&quot; for devices.</extracomment>
        <translation>Informar ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disconnected from Azure</source>
        <extracomment>An audit log action: someone disconnected the console from Azure (deprovisioned the partner tenant).</extracomment>
        <translation>Desconectado de Azure</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Devices %1</source>
        <extracomment>The devices of a Report now in the audit log: their MDM ids.</extracomment>
        <translation>Dispositivos %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tenant %1</source>
        <extracomment>%1 is the Entra tenant id</extracomment>
        <translation>Inquilino %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target</source>
        <extracomment>The policy or devices an audit log entry is about.</extracomment>
        <translation>Destino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What changed</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The audit log could not be written: %1</source>
        <translation>No se pudo escribir el registro de auditoría: %1</translation>
    </message>
</context>
<context>
    <name>AuditLogView</name>
    <message>
        <location filename="../ui/auditlogview.cpp" line="+106"/>
        <source>F&amp;ilter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who, policy, device or change</source>
        <translation>Quién, directiva, dispositivo o cambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log entries</source>
        <translation>Entradas del registro de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 could not be opened for writing: %2</source>
        <translation>No se pudo abrir %1 para escritura: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>Export the audit log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>AzureClientStatus</name>
    <message>
        <location filename="../models/azureclientstatus.cpp" line="+81"/>
        <source>The device has not reported a client status yet.</source>
        <translation>El dispositivo todavía no ha informado de un estado del cliente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Able to retrieve device ID.</source>
        <translation>Se pudo obtener el Id. de dispositivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An unrecoverable error occurred either within the client or on server side.</source>
        <translation>Se produjo un error irrecuperable por parte del cliente o del servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registration of device required. Device user can mitigate this status.</source>
        <translation>Es necesario registrar el dispositivo. El usuario del dispositivo puede mitigar este estado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An interactive log-in is required. Device user can mitigate this status.</source>
        <translation>Es necesario un inicio de sesión interactivo. El usuario del dispositivo puede mitigar este estado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some scopes were not granted access to.</source>
        <translation>No se concedió acceso a algunos ámbitos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The requested resource is protected by an Intune Conditional Access policy.</source>
        <translation>El recurso solicitado está protegido por una directiva de Acceso condicional de Intune.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device user cancelled the web Auth session by tapping the &quot;Done&quot; or &quot;Cancel&quot; button in the web browser.</source>
        <translation>El usuario del dispositivo canceló la sesión de autenticación web al tocar el botón «Hecho» o «Cancelar» del navegador web.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account logged out.</source>
        <translation>Se cerró la sesión de la cuenta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown status code &quot;%1&quot;: not one of the codes documented for Azure reporting. It is shown as received.</source>
        <translation>Código de estado desconocido «%1»: no es uno de los códigos documentados para los informes a Azure. Se muestra tal como se recibió.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not fixable by the device user. Check the MDM client and Azure service health, then report again.</source>
        <translation>El usuario del dispositivo no puede corregirlo. Compruebe el cliente MDM y el estado del servicio de Azure y vuelva a enviar el informe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the device user to register the device in Microsoft Authenticator (workplace join).</source>
        <translation>Pida al usuario del dispositivo que registre el dispositivo en Microsoft Authenticator (unión al área de trabajo).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the device user to open Microsoft Authenticator and sign in interactively.</source>
        <translation>Pida al usuario del dispositivo que abra Microsoft Authenticator e inicie sesión de forma interactiva.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An administrator may need to grant consent for the requested scopes in Entra.</source>
        <translation>Es posible que un administrador tenga que conceder el consentimiento para los ámbitos solicitados en Entra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app needs Intune app protection: assign an app protection policy to the user.</source>
        <translation>La aplicación necesita la protección de aplicaciones de Intune: asigne una directiva de protección de aplicaciones al usuario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device user cancelled sign-in: ask them to retry and complete it.</source>
        <translation>El usuario del dispositivo canceló el inicio de sesión: pídale que lo vuelva a intentar y lo complete.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account is signed out: ask the device user to sign in again.</source>
        <translation>Se cerró la sesión de la cuenta: pida al usuario del dispositivo que vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the MDM client version; this code is not documented.</source>
        <translation>Compruebe la versión del cliente MDM; este código no está documentado.</translation>
    </message>
</context>
<context>
    <name>AzureComplianceStatus</name>
    <message>
        <location filename="../models/azurecompliancestatus.cpp" line="+7"/>
        <source>Not reported yet</source>
        <translation>Aún no informado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In-progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Successful</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No report has been sent to Azure for this device yet.</source>
        <translation>Todavía no se ha enviado ningún informe a Azure para este dispositivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A report was sent and Azure has not confirmed it yet.</source>
        <translation>Se envió un informe y Azure todavía no lo ha confirmado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure confirmed the last report.</source>
        <translation>Azure confirmó el último informe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure rejected the last report or it could not be delivered.</source>
        <translation>Azure rechazó el último informe o no se pudo entregar.</translation>
    </message>
</context>
<context>
    <name>AzureDeviceId</name>
    <message>
        <location filename="../models/azuredeviceid.cpp" line="+18"/>
        <source>&quot;%1&quot; is not a GUID (expected the form 007c8232-9489-4074-9b35-345b16f0a72d).</source>
        <translation>«%1» no es un GUID (se esperaba el formato 007c8232-9489-4074-9b35-345b16f0a72d).</translation>
    </message>
</context>
<context>
    <name>ComplianceActions</name>
    <message>
        <location filename="../models/complianceaction.cpp" line="+31"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send Alert</source>
        <translation>Enviar alerta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block Email</source>
        <translation>Bloquear correo electrónico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block AppConnect Apps</source>
        <translation>Bloquear aplicaciones de AppConnect</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quarantine</source>
        <translation>Cuarentena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retire device</source>
        <translation>Retirar un dispositivo</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Compliant</source>
        <translation>Compatible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device Non-compliant</source>
        <translation>Dispositivo no compatible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device data removed from Azure platform</source>
        <translation>Datos del dispositivo eliminados de la plataforma de Azure</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Azure receives complianceStatus &quot;compliant&quot;.</source>
        <translation>Azure recibe complianceStatus &quot;compliant&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure receives complianceStatus &quot;notCompliant&quot;.</source>
        <translation>Azure recibe complianceStatus &quot;notCompliant&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure receives &quot;notManaged&quot; and &quot;notCompliant&quot; and deletes the device record after 90 days.</source>
        <translation>Azure recibe &quot;notManaged&quot; y &quot;notCompliant&quot; y elimina el registro del dispositivo al cabo de 90 días.</translation>
    </message>
</context>
<context>
    <name>CompliancePolicy</name>
    <message>
        <location filename="../models/compliancepolicy.cpp" line="+10"/>
        <source>Jailbroken or rooted</source>
        <translation>Con jailbreak o root</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OS below minimum version</source>
        <translation>SO inferior a la versión mínima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No passcode</source>
        <translation>Sin código de acceso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not encrypted</source>
        <translation>Sin cifrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked app present</source>
        <translation>Aplicación bloqueada presente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of contact</source>
        <translation>Sin contacto</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>OS below %1</source>
        <translation>SO inferior a %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked app present: %1</source>
        <translation>Aplicación bloqueada presente: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Out of contact for %Ln day(s)</source>
        <translation>
            <numerusform>Sin contacto durante %Ln día</numerusform>
            <numerusform>Sin contacto durante %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The policy has no name.</source>
        <translation>La directiva no tiene nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy &quot;%1&quot;: the rule &quot;%2&quot; needs a parameter.</source>
        <translation>Directiva «%1»: la regla «%2» necesita un parámetro.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Policy &quot;%1&quot;: &quot;%2&quot; is not a version number.</source>
        <translation>Directiva «%1»: «%2» no es un número de versión.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Policy &quot;%1&quot;: the number of days must be a whole number of at least 1.</source>
        <translation>Directiva «%1»: el número de días debe ser un número entero igual o mayor que 1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Policy &quot;%1&quot; has no action.</source>
        <translation>La directiva «%1» no tiene ninguna acción.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Policy &quot;%1&quot;: an action is missing.</source>
        <translation>Directiva «%1»: falta una acción.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy &quot;%1&quot;: the action &quot;%2&quot; appears twice.</source>
        <translation>Directiva «%1»: la acción «%2» aparece dos veces.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Policy &quot;%1&quot;: the wait of &quot;%2&quot; is negative.</source>
        <translation>Directiva «%1»: la espera de «%2» es negativa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Policy &quot;%1&quot;: the waits are out of order; &quot;%2&quot; comes after a longer wait.</source>
        <translation>Directiva «%1»: las esperas no están en orden; «%2» va después de una espera más larga.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../app/settings/connectiontest.cpp" line="+22"/>
        <source>MDM sign-in</source>
        <translation>Inicio de sesión en el MDM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entra access token</source>
        <translation>Token de acceso de Entra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endpoint discovery</source>
        <translation>Detección de puntos de conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entra user look-up</source>
        <translation>Búsqueda de usuarios de Entra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner heartbeat</source>
        <translation>Latido del asociado</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Signed in as %1; %n device space(s), default: %2.</source>
        <translation>
            <numerusform>Sesión iniciada como %1; %n espacio de dispositivos, predeterminado: %2.</numerusform>
            <numerusform>Sesión iniciada como %1; %n espacios de dispositivos, predeterminado: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none marked</source>
        <translation>ninguno marcado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tokens issued for Microsoft Graph and Intune.</source>
        <translation>Tokens emitidos para Microsoft Graph e Intune.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tenant sync: %1; device sync: %2.</source>
        <translation>Sincronización del inquilino: %1; sincronización de dispositivos: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Graph gave no answer.</source>
        <translation>Graph no dio ninguna respuesta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Graph answers user look-ups (permission User.Read.All).</source>
        <translation>Microsoft Graph responde a las búsquedas de usuarios (permiso User.Read.All).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Intune accepted the heartbeat.</source>
        <translation>Intune aceptó el latido.</translation>
    </message>
</context>
<context>
    <name>ConsoleSettings</name>
    <message>
        <location filename="../app/settings/consolesettings.cpp" line="+77"/>
        <source>%1: enter a URL.</source>
        <translation>%1: introduzca una URL.</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+22"/>
        <source>MDM URL</source>
        <translation>URL del MDM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MDM user: enter the API user&apos;s name.</source>
        <translation>Usuario del MDM: introduzca el nombre del usuario de la API.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device space: must be 0 (the default one) or a positive id.</source>
        <translation>Espacio de dispositivos: debe ser 0 (el predeterminado) o un Id. positivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entra tenant id: &quot;%1&quot; is not a GUID (e.g. 3f2504e0-4f89-41d3-9a0c-0305e82c3301).</source>
        <translation>Id. de inquilino de Entra: «%1» no es un GUID (p. ej., 3f2504e0-4f89-41d3-9a0c-0305e82c3301).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entra client id: &quot;%1&quot; is not a GUID (the app registration&apos;s Application (client) ID).</source>
        <translation>Id. de cliente de Entra: «%1» no es un GUID (el identificador de aplicación (cliente) del registro de aplicación).</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+35"/>
        <source>Entra login URL</source>
        <translation>URL de inicio de sesión de Entra</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+35"/>
        <source>Microsoft Graph URL</source>
        <translation>URL de Microsoft Graph</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+36"/>
        <source>Partner tenant sync URL</source>
        <translation>URL de sincronización del inquilino asociado</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+36"/>
        <source>Partner device sync URL</source>
        <translation>URL de sincronización de dispositivos del asociado</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+37"/>
        <source>Enrollment URL</source>
        <translation>URL de inscripción</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+37"/>
        <source>Remediation URL</source>
        <translation>URL de corrección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MDM URL: enter it, or clear the tenant fields to use the demo tenant.</source>
        <translation>URL del MDM: introdúzcala o vacíe los campos del inquilino para usar el inquilino de demostración.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Batch size: %1 is not from %2 to %3 devices per message.</source>
        <translation>Tamaño de lote: %1 no está entre %2 y %3 dispositivos por mensaje.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weekly report day: %1 is not a day of the week.</source>
        <translation>Día del informe semanal: %1 no es un día de la semana.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly report time: not a valid time of day.</source>
        <translation>Hora del informe semanal: no es una hora válida.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Store: %1</source>
        <translation>Almacén: %1</translation>
    </message>
</context>
<context>
    <name>CsvReportDialog</name>
    <message>
        <location filename="../ui/csvreportdialog.cpp" line="+129"/>
        <source>Report devices listed in a CSV file</source>
        <translation>Informar de los dispositivos de un archivo CSV</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: looking for its devices in the store…</source>
        <extracomment>%1 is the CSV file&apos;s name</extracomment>
        <translation>%1: buscando sus dispositivos en el almacén…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the devices could not be looked up in the store: %2 Nothing can be reported.</source>
        <extracomment>%1 is the CSV file&apos;s name, %2 why the store could not be read</extracomment>
        <translation>%1: no se pudieron buscar los dispositivos en el almacén: %2 No se puede informar de nada.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1: %n device(s) found in the store.</source>
        <translation>
            <numerusform>%1: %n dispositivo encontrado en el almacén.</numerusform>
            <numerusform>%1: %n dispositivos encontrados en el almacén.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of them have no Azure device ID and will be skipped (see their Azure Client Status Code).</source>
        <translation>
            <numerusform>%n de ellos no tiene Id. de dispositivo de Azure y se omitirá (consulte su código de estado del cliente de Azure).</numerusform>
            <numerusform>%n de ellos no tienen Id. de dispositivo de Azure y se omitirán (consulte su código de estado del cliente de Azure).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) cannot be used and will be left out.</source>
        <translation>
            <numerusform>%n fila no se puede usar y se dejará fuera.</numerusform>
            <numerusform>%n filas no se pueden usar y se dejarán fuera.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is sent until you choose Report now.</source>
        <translation>No se envía nada hasta que elija Informar ahora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No row names a device that can be reported, so there is nothing to report.</source>
        <translation>Ninguna fila indica un dispositivo del que se pueda informar, así que no hay nada que informar.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Each row that cannot be used, and why:</source>
        <translation>Cada fila que no se puede usar, y por qué:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row, column and reason</source>
        <translation>Fila, columna y motivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not used</source>
        <translation>No usada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report now</source>
        <translation>Informar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>DemoFleetWriter</name>
    <message>
        <location filename="../app/demo/demofleetwriter.cpp" line="+55"/>
        <source>Writing the demo fleet was cancelled after %1 of %2 devices.</source>
        <translation>La escritura de la flota de demostración se canceló tras %1 de %2 dispositivos.</translation>
    </message>
</context>
<context>
    <name>DemoTenant</name>
    <message>
        <location filename="../app/tenant/demotenant.cpp" line="+46"/>
        <source>The tenant emulator %1 is missing; build the target azure-status-emulator.</source>
        <translation>Falta el emulador de inquilino %1; compile el destino azure-status-emulator.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The tenant emulator could not be started: %1</source>
        <translation>No se pudo iniciar el emulador de inquilino: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The tenant emulator did not report its address: %1</source>
        <translation>El emulador de inquilino no informó de su dirección: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The tenant emulator reported an unexpected address &quot;%1&quot;.</source>
        <translation>El emulador de inquilino informó de una dirección inesperada «%1».</translation>
    </message>
</context>
<context>
    <name>DeviceCsvImport</name>
    <message>
        <location filename="../app/import/devicecsvimport.cpp" line="+104"/>
        <source>a quoted field opened on line %1 is not closed before the end of the file</source>
        <translation>un campo entre comillas abierto en la línea %1 no se cierra antes del final del archivo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>text follows a closing quote; a quote inside a quoted field must be doubled (&quot;&quot;)</source>
        <translation>hay texto después de unas comillas de cierre; unas comillas dentro de un campo entre comillas deben duplicarse (&quot;&quot;)</translation>
    </message>
    <message numerus="yes">
        <location line="+95"/>
        <source>... and %n more.</source>
        <translation>
            <numerusform>... y %n más.</numerusform>
            <numerusform>... y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The file is %1 MB; at most %2 MB are read. Split it into smaller files.</source>
        <translation>El archivo tiene %1 MB; se leen como máximo %2 MB. Divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file cannot be read: %1.</source>
        <translation>No se puede leer el archivo: %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file is empty; a header line such as &quot;id,serial number&quot; was expected.</source>
        <translation>El archivo está vacío; se esperaba una línea de encabezado como «id,serial number».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is in UTF-16; save it as CSV in UTF-8.</source>
        <translation>El archivo está en UTF-16; guárdelo como CSV en UTF-8.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The header (line 1) cannot be read: %1.</source>
        <translation>No se puede leer el encabezado (línea 1): %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The header (line 1) has the column &quot;%1&quot; twice (columns %2 and %3).</source>
        <translation>El encabezado (línea 1) tiene la columna «%1» dos veces (columnas %2 y %3).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The header (line 1) names no column that identifies a device. Name at least one of: id, serial number, Azure device id, name. The header has: %1.</source>
        <translation>El encabezado (línea 1) no nombra ninguna columna que identifique un dispositivo. Nombre al menos una de: id, serial number, Azure device id, name. El encabezado tiene: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns not used: %1.</source>
        <translation>Columnas no utilizadas: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row %1: %2.</source>
        <translation>Fila %1: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file has more than %1 rows; only the first %1 were read.</source>
        <translation>El archivo tiene más de %1 filas; solo se leyeron las %1 primeras.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row %1 has %2 fields; the header has %3.</source>
        <translation>La fila %1 tiene %2 campos; el encabezado tiene %3.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Row %1, column &quot;%2&quot;: the text is not valid UTF-8; save the file as CSV in UTF-8.</source>
        <translation>Fila %1, columna «%2»: el texto no es UTF-8 válido; guarde el archivo como CSV en UTF-8.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row %1, column &quot;%2&quot;: the value is longer than %3 characters.</source>
        <translation>Fila %1, columna «%2»: el valor supera los %3 caracteres.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Row %1, column &quot;%2&quot;: &quot;%3&quot; is not an MDM device id (a whole number above 0).</source>
        <translation>Fila %1, columna «%2»: «%3» no es un Id. de dispositivo del MDM (un número entero mayor que 0).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Row %1, column &quot;%2&quot;: &quot;%3&quot; is not an Azure device id (a GUID such as 6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c).</source>
        <translation>Fila %1, columna «%2»: «%3» no es un Id. de dispositivo de Azure (un GUID como 6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Row %1 names no device: its id, serial number, Azure device id and name columns are empty.</source>
        <translation>La fila %1 no designa ningún dispositivo: sus columnas de Id., número de serie, Id. de dispositivo de Azure y nombre están vacías.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Row %1 repeats row %2; it is read once.</source>
        <translation>La fila %1 repite la fila %2; se lee una sola vez.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Row %1: no device has the %2 &quot;%3&quot;.</source>
        <translation>Fila %1: ningún dispositivo tiene el %2 «%3».</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Row %1: %n devices have the %2 &quot;%3&quot;; give the id to choose one.</source>
        <translation>
            <numerusform>Fila %1: %n dispositivo tiene el %2 «%3»; indique el Id. para elegir uno.</numerusform>
            <numerusform>Fila %1: %n dispositivos tienen el %2 «%3»; indique el Id. para elegir uno.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Row %1: no device has the id %2.</source>
        <translation>Fila %1: ningún dispositivo tiene el Id. %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row %1: no device has the Azure device id %2.</source>
        <translation>Fila %1: ningún dispositivo tiene el Id. de dispositivo de Azure %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>serial number</source>
        <translation>número de serie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row %1: device %2 has another Azure device id than the file says.</source>
        <translation>Fila %1: el dispositivo %2 tiene otro Id. de dispositivo de Azure que el que indica el archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row %1: device %2 has the serial number &quot;%3&quot;, not &quot;%4&quot;.</source>
        <translation>Fila %1: el dispositivo %2 tiene el número de serie «%3», no «%4».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row %1: device %2 is named &quot;%3&quot;, not &quot;%4&quot;.</source>
        <translation>Fila %1: el dispositivo %2 se llama «%3», no «%4».</translation>
    </message>
</context>
<context>
    <name>DeviceCsvWriter</name>
    <message>
        <location filename="../models/devicecsvwriter.cpp" line="+39"/>
        <source>There is no device list to export.</source>
        <translation>No hay ninguna lista de dispositivos para exportar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why Report Time is blank</source>
        <translation>Por qué la hora del informe está en blanco</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not write the CSV file: %1</source>
        <translation>No se pudo escribir el archivo CSV: %1</translation>
    </message>
</context>
<context>
    <name>DeviceDetailsView</name>
    <message>
        <location filename="../ui/devicedetails/reporttimelinebox.cpp" line="+29"/>
        <source>Queued</source>
        <extracomment>Report timeline event: the report was written to the outbox.</extracomment>
        <translation>En cola</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent</source>
        <extracomment>Report timeline event: the message was uploaded to Azure.</extracomment>
        <translation>Enviado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry</source>
        <extracomment>Report timeline event: an upload failed and will be tried again.</extracomment>
        <translation>Reintento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completed</source>
        <extracomment>Report timeline event: Azure confirmed the report.</extracomment>
        <translation>Completado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed</source>
        <extracomment>Report timeline event: Azure refused the report, or it could not be delivered.</extracomment>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../ui/devicedetailsview.cpp" line="+176"/>
        <source>Select a device</source>
        <translation>Seleccione un dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device Details</source>
        <translation>Detalles del dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location filename="../ui/devicedetails/outcomebox.cpp" line="+46"/>
        <source>What Azure receives</source>
        <translation>Lo que recibe Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure outcome</source>
        <translation>Resultado en Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effective action</source>
        <translation>Acción en vigor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caused by</source>
        <translation>Causa</translation>
    </message>
    <message>
        <location filename="../ui/devicedetails/azurefieldsbox.cpp" line="+80"/>
        <source>Azure fields</source>
        <translation>Campos de Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure Device Identifier</source>
        <translation>Identificador del dispositivo Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure Device Compliance Status</source>
        <translation>Estado de cumplimiento del dispositivo Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure Client Status Code</source>
        <translation>Código de estado del cliente de Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure Device Compliance Report Time</source>
        <translation>Hora del informe de cumplimiento del dispositivo Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entra user (UserId)</source>
        <translation>Usuario de Entra (UserId)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown code</source>
        <extracomment>Flag next to an Azure Client Status Code that is not one of the documented codes.</extracomment>
        <translation>Código desconocido</translation>
    </message>
    <message>
        <location filename="../ui/devicedetails/reporttimelinebox.cpp" line="+31"/>
        <location line="+1"/>
        <source>Report timeline</source>
        <translation>Cronología de informes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No report sent yet.</source>
        <translation>Todavía no se ha enviado ningún informe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trigger</source>
        <translation>Desencadenador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message id</source>
        <translation>Id. de mensaje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location filename="../ui/devicedetails/violatedrulesbox.cpp" line="+44"/>
        <location line="+1"/>
        <source>Violated rules</source>
        <translation>Reglas infringidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No violated rules.</source>
        <translation>No hay reglas infringidas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy</source>
        <translation>Directiva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Violated since</source>
        <translation>Infringida desde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action in effect</source>
        <translation>Acción en vigor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next escalation</source>
        <translation>Próximo escalado</translation>
    </message>
    <message>
        <location filename="../ui/devicedetails/inventorybox.cpp" line="+35"/>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MDM id</source>
        <translation>Id. de MDM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GUID</source>
        <translation>GUID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration state</source>
        <translation>Estado de registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last check-in</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jailbroken or rooted</source>
        <translation>Con jailbreak o root</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarantined</source>
        <translation>En cuarentena</translation>
    </message>
    <message>
        <location filename="../ui/devicedetailsview.cpp" line="+23"/>
        <source>Unnamed device</source>
        <translation>Dispositivo sin nombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2</source>
        <extracomment>Platform and OS version, e.g. &quot;iOS 17.2&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/devicedetails/outcomebox.cpp" line="+11"/>
        <source>Retired: the device is reported to Azure as notManaged and notCompliant, and Azure deletes its record after 90 days.</source>
        <extracomment>notManaged and notCompliant are protocol values: keep them verbatim.</extracomment>
        <translation>Retirado: el dispositivo se informa a Azure como notManaged y notCompliant, y Azure elimina su registro al cabo de 90 días.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1; Azure deletes the record on %2</source>
        <translation>%1; Azure elimina el registro el %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Policy &quot;%1&quot;: %2</source>
        <translation>Directiva «%1»: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/devicedetails/violatedrulesbox.cpp" line="+68"/>
        <source>Unknown policy #%1</source>
        <translation>Directiva desconocida n.º %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No violated rule has an action in effect yet: %1</source>
        <translation>Ninguna regla infringida tiene todavía una acción en vigor: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No violated rule of a known policy: %1</source>
        <translation>Ninguna regla infringida de una directiva conocida: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No violated rule: %1</source>
        <translation>Ninguna regla infringida: %1</translation>
    </message>
    <message>
        <location filename="../ui/devicedetails/azurefieldsbox.cpp" line="+16"/>
        <source>Blank: the device ID could not be retrieved: the device user must register in Microsoft Authenticator. The device has not reported an Azure Client Status Code yet.</source>
        <translation>En blanco: no se pudo obtener el Id. de dispositivo: el usuario del dispositivo debe registrarse en Microsoft Authenticator. El dispositivo todavía no ha informado de un código de estado del cliente de Azure.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blank: the Azure Client Status Code is %1 but the device ID has not been received yet.</source>
        <translation>En blanco: el código de estado del cliente de Azure es %1, pero todavía no se ha recibido el Id. de dispositivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blank: the device ID could not be retrieved: the device user must register in Microsoft Authenticator. Azure Client Status Code: %1.</source>
        <translation>En blanco: no se pudo obtener el Id. de dispositivo: el usuario del dispositivo debe registrarse en Microsoft Authenticator. Código de estado del cliente de Azure: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The device ID reported by Microsoft to the iOS or Android device, for example 007c8232-9489-4074-9b35-345b16f0a72d.</source>
        <translation>El Id. de dispositivo informado por Microsoft al dispositivo iOS o Android, por ejemplo, 007c8232-9489-4074-9b35-345b16f0a72d.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Azure gave no error detail.</source>
        <translation>Azure no proporcionó detalles del error.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error detail: %1</source>
        <translation>Detalle del error: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Device user can fix this: %1</source>
        <translation>El usuario del dispositivo puede corregirlo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2)</source>
        <extracomment>%1 is the Entra object id (a GUID), %2 the user principal name</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not reported: %1</source>
        <translation>No informado: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time the device compliance status was reported to Microsoft Intune.</source>
        <translation>La hora en que se informó del estado de cumplimiento del dispositivo a Microsoft Intune.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/devicedetails/inventorybox.cpp" line="+21"/>
        <location filename="../ui/devicedetails/violatedrulesbox.cpp" line="-30"/>
        <source>%1 (%Ln day(s) ago)</source>
        <translation>
            <numerusform>%1 (hace %Ln día)</numerusform>
            <numerusform>%1 (hace %Ln días)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/devicedetails/violatedrulesbox.cpp" line="+17"/>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Not counted</source>
        <translation>No contabilizada</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Becomes %1 on %2</source>
        <extracomment>The device&apos;s next escalation: &quot;Becomes &lt;action&gt; on &lt;date&gt;&quot;.</extracomment>
        <translation>Pasa a «%1» el %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1; Azure then receives: %2</source>
        <translation>%1; Azure recibirá entonces: %2</translation>
    </message>
    <message>
        <location filename="../ui/devicedetails/inventorybox.cpp" line="-15"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../ui/devicedetails/reporttimelinebox.cpp" line="+32"/>
        <source>Azure receives: %1</source>
        <translation>Azure recibe: %1</translation>
    </message>
</context>
<context>
    <name>DeviceInventory</name>
    <message>
        <location filename="../app/inventory/deviceinventory.cpp" line="+64"/>
        <source>Generating demo fleet</source>
        <translation>Generando la flota de demostración</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading devices</source>
        <translation>Cargando dispositivos</translation>
    </message>
</context>
<context>
    <name>DeviceListModel</name>
    <message>
        <location filename="../models/devicelistmodel.cpp" line="+54"/>
        <source>Device name</source>
        <translation>Nombre del dispositivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OS version</source>
        <translation>Versión del SO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last check-in</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure outcome</source>
        <translation>Resultado en Azure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effective action</source>
        <translation>Acción en vigor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure Device Identifier</source>
        <translation>Identificador del dispositivo Azure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure Device Compliance Status</source>
        <translation>Estado de cumplimiento del dispositivo Azure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure Client Status Code</source>
        <translation>Código de estado del cliente de Azure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure Device Compliance Report Time</source>
        <translation>Hora del informe de cumplimiento del dispositivo Azure</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Blank: the Azure device ID could not be retrieved. The device user must register in Microsoft Authenticator.</source>
        <translation>En blanco: no se pudo obtener el Id. de dispositivo de Azure. El usuario del dispositivo debe registrarse en Microsoft Authenticator.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>(blank: disabled)</source>
        <translation>(en blanco: deshabilitado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(blank: not sent yet)</source>
        <translation>(en blanco: aún no enviado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(blank: error)</source>
        <translation>(en blanco: error)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(blank: user not in Entra)</source>
        <translation>(en blanco: usuario fuera de Entra)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(blank)</source>
        <translation>(en blanco)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (unknown)</source>
        <translation>%1 (desconocido)</translation>
    </message>
</context>
<context>
    <name>DeviceListPanel</name>
    <message>
        <location filename="../ui/devicelistpanel.cpp" line="+161"/>
        <source>Search name, user, serial or Azure device ID (Ctrl+F)</source>
        <translation>Buscar por nombre, usuario, número de serie o Id. de dispositivo de Azure (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One device per row; the selected device is shown in Device Details.</source>
        <translation>Un dispositivo por fila; el dispositivo seleccionado se muestra en los detalles del dispositivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Client code:</source>
        <translation>&amp;Código de cliente:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User-fixable only</source>
        <translation>Solo corregibles por el usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices whose Azure Client Status Code the device user can mitigate</source>
        <translation>Dispositivos cuyo código de estado del cliente de Azure puede mitigar el usuario del dispositivo</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Any</source>
        <comment>outcome filter</comment>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Any</source>
        <comment>status filter</comment>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any</source>
        <comment>client code filter</comment>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Any</source>
        <comment>platform filter</comment>
        <translation>Todas</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Unknown codes</source>
        <translation>Códigos desconocidos</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Search devices</source>
        <translation>Buscar dispositivos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pla&amp;tform:</source>
        <translation>Platafor&amp;ma:</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Not reported</source>
        <translation>No informado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any error (not Success)</source>
        <translation>Cualquier error (no Success)</translation>
    </message>
</context>
<context>
    <name>DeviceStore</name>
    <message>
        <location filename="../app/storage/sqlite/sqliteconnections.cpp" line="+109"/>
        <source>The device database %1 is not open.</source>
        <translation>La base de datos de dispositivos %1 no está abierta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/storage/sqlite/sqlitestore.cpp" line="+122"/>
        <source>Could not open the device database %1: %2</source>
        <translation>No se pudo abrir la base de datos de dispositivos %1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/sqlite/sqlitestore.cpp" line="-28"/>
        <source>Could not read the device database %1: %2</source>
        <translation>No se pudo leer la base de datos de dispositivos %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a device database: it is not an SQLite file. Nothing was changed.</source>
        <translation>%1 no es una base de datos de dispositivos: no es un archivo SQLite. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>its folder %1 is read-only, and the database needs to create %2 there even to be read. Make the folder writable, or copy the file to a folder you may write to and start with --db and the copy.</source>
        <translation>su carpeta %1 es de solo lectura, y la base de datos necesita crear %2 en ella incluso para leerse. Haga que la carpeta admita escritura, o copie el archivo a una carpeta en la que pueda escribir e inicie con --db y la copia.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../ui/screenshotcatalog.cpp" line="+208"/>
        <source>%1 is not a usable device database (damaged, or not SQLite): %2. Nothing was changed.</source>
        <translation>%1 no es una base de datos de dispositivos utilizable (dañada o no SQLite): %2. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was written by a newer version of this console (schema version %2; this version knows up to %3). Nothing was changed: use a newer console or another database file.</source>
        <translation>%1 se escribió con una versión más reciente de esta consola (versión de esquema %2; esta versión admite hasta la %3). No se ha cambiado nada: use una consola más reciente u otro archivo de base de datos.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not switch %1 to write-ahead logging: %2</source>
        <translation>No se pudo cambiar %1 al registro de escritura anticipada (WAL): %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The device database %1 can be read but not written: %2</source>
        <translation>La base de datos de dispositivos %1 se puede leer pero no escribir: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not read the sync lead in %1: %2</source>
        <translation>No se pudo leer la dirección de la sincronización en %1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/sqlite/sqlitemigrations.cpp" line="+184"/>
        <source>Could not migrate %1 to schema version %2: %3</source>
        <translation>No se pudo migrar %1 a la versión de esquema %2: %3</translation>
    </message>
    <message>
        <location filename="../app/storage/sqlite/sqliteapi.cpp" line="+17"/>
        <source>the database driver gives no SQLite handle</source>
        <translation>el controlador de la base de datos no da acceso a SQLite</translation>
    </message>
    <message>
        <location filename="../app/storage/postgres/pgdevicestore.cpp" line="+291"/>
        <location filename="../app/storage/sqlite/sqlitedevicestore.cpp" line="+265"/>
        <location filename="../app/storage/sqlite/sqlitestore.cpp" line="+15"/>
        <location line="+6"/>
        <source>Could not write devices to %1: %2</source>
        <translation>No se pudieron escribir los dispositivos en %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/storage/sqlite/sqlitedevicestore.cpp" line="+54"/>
        <source>Could not write device %1 to %2: %3. Nothing was written.</source>
        <translation>No se pudo escribir el dispositivo %1 en %2: %3. No se ha escrito nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a device id is a positive number</source>
        <translation>un Id de dispositivo es un número positivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>policy %1 is listed twice among its violations</source>
        <translation>la directiva %1 aparece dos veces entre sus infracciones</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not write devices to %1: this login may not change devices; a reporter login syncs and imports them (the database refused: %2). Nothing was written.</source>
        <translation>No se pudieron escribir los dispositivos en %1: este inicio de sesión no puede cambiar los dispositivos; un inicio de sesión de informador los sincroniza e importa (la base de datos lo rechazó: %2). No se ha escrito nada.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../app/storage/sqlite/sqlitedevicestore.cpp" line="+30"/>
        <source>Could not read device %1 from %2: %3</source>
        <translation>No se pudo leer el dispositivo %1 de %2: %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../app/storage/sqlite/sqlitedevicestore.cpp" line="+18"/>
        <source>There is no device with id %1 in %2.</source>
        <translation>No hay ningún dispositivo con el Id. %1 en %2.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+17"/>
        <location filename="../app/storage/sqlite/sqlitedevicestore.cpp" line="+28"/>
        <location line="+161"/>
        <source>Could not count the devices in %1: %2</source>
        <translation>No se pudieron contar los dispositivos de %1: %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <location filename="../app/storage/sqlite/sqlitedevicestore.cpp" line="-146"/>
        <source>Could not read the device list from %1: %2</source>
        <translation>No se pudo leer la lista de dispositivos de %1: %2</translation>
    </message>
    <message>
        <location line="+92"/>
        <location filename="../app/storage/sqlite/sqlitedevicestore.cpp" line="+121"/>
        <source>Loading the device list was cancelled.</source>
        <translation>Se canceló la carga de la lista de dispositivos.</translation>
    </message>
    <message>
        <location line="-120"/>
        <location filename="../app/storage/sqlite/sqlitedevicestore.cpp" line="+46"/>
        <source>Could not read device ids from %1: %2</source>
        <translation>No se pudieron leer los Id. de dispositivo de %1: %2</translation>
    </message>
    <message>
        <location line="+153"/>
        <location filename="../app/storage/sqlite/sqlitedevicestore.cpp" line="+46"/>
        <source>Could not read devices from %1: %2</source>
        <translation>No se pudieron leer los dispositivos de %1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/postgres/pgpolicystore.cpp" line="+41"/>
        <location filename="../app/storage/sqlite/sqlitepolicystore.cpp" line="+23"/>
        <source>Policy &quot;%1&quot; has no id.</source>
        <translation>La directiva «%1» no tiene Id.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../app/storage/sqlite/sqlitepolicystore.cpp" line="+15"/>
        <source>Policy &quot;%1&quot;: step %2 waits %3 days, not a number of days from 0 to %4.</source>
        <translation>La directiva «%1»: el paso %2 espera %3 días, que no es un número de días de 0 a %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/storage/sqlite/sqlitepolicystore.cpp" line="+3"/>
        <source>Policy &quot;%1&quot;: step %2 has an unknown action &quot;%3&quot;.</source>
        <translation>La directiva «%1»: el paso %2 tiene una acción desconocida «%3».</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../app/storage/sqlite/sqlitepolicystore.cpp" line="+9"/>
        <source>Could not write policies to %1: %2</source>
        <translation>No se pudieron escribir las directivas en %1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not write policies to %1: this login may not change policies; a policy author or the reporter does (the database refused: %2). Nothing was written.</source>
        <translation>No se pudieron escribir las directivas en %1: este inicio de sesión no puede cambiar las directivas; lo hace un autor de directivas o el informador (la base de datos lo rechazó: %2). No se ha escrito nada.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../app/storage/sqlite/sqlitepolicystore.cpp" line="+39"/>
        <location line="+44"/>
        <source>Could not read the policies from %1: %2</source>
        <translation>No se pudieron leer las directivas de %1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../app/storage/sqlite/sqlitepolicystore.cpp" line="-27"/>
        <source>Policy %1 in %2 has an unknown rule &quot;%3&quot;.</source>
        <translation>La directiva %1 de %2 tiene una regla desconocida «%3».</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/storage/sqlite/sqlitepolicystore.cpp" line="+8"/>
        <source>Policy %1 in %2: its actions are not a JSON array of steps.</source>
        <translation>Directiva %1 de %2: sus acciones no son una matriz JSON de pasos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/storage/sqlite/sqlitepolicystore.cpp" line="+8"/>
        <source>Policy %1 in %2 has an unknown action &quot;%3&quot;.</source>
        <translation>La directiva %1 de %2 tiene una acción desconocida «%3».</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/storage/sqlite/sqlitepolicystore.cpp" line="+2"/>
        <source>Policy %1 in %2: step %3 waits &quot;%4&quot;, not a number of days from 0 to %5.</source>
        <translation>La directiva %1 de %2: el paso %3 espera «%4», que no es un número de días de 0 a %5.</translation>
    </message>
    <message>
        <location filename="../app/storage/postgres/pgstoresettings.cpp" line="+44"/>
        <source>%1 may not change the store&apos;s setting &quot;%2&quot;: only the reporter and policy author logins change them. Nothing was changed. (%3)</source>
        <translation>%1 no puede cambiar la configuración «%2» del almacén: solo los inicios de sesión del informador y del autor de directivas la cambian. No se cambió nada. (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/storage/sqlite/sqlitestoresettings.cpp" line="+37"/>
        <source>Could not save the setting &quot;%1&quot; to %2: %3</source>
        <translation>No se pudo guardar la configuración «%1» en %2: %3</translation>
    </message>
    <message>
        <location filename="../app/storage/postgres/pgauditlog.cpp" line="+25"/>
        <source>%1 (as %2)</source>
        <extracomment>An audit entry&apos;s actor: %1 the MDM user who acted, %2 the database login the console used</extracomment>
        <translation>%1 (como %2)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 may not write to the audit log. Nothing was changed. (%2)</source>
        <translation>%1 no puede escribir en el registro de auditoría. No se cambió nada. (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/storage/sqlite/sqliteauditlog.cpp" line="+33"/>
        <location line="+11"/>
        <source>Could not write to the audit log in %1: %2</source>
        <translation>No se pudo escribir en el registro de auditoría de %1: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../app/storage/sqlite/sqliteauditlog.cpp" line="+24"/>
        <location line="+10"/>
        <source>Could not read the audit log in %1: %2</source>
        <translation>No se pudo leer el registro de auditoría en %1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/sqlite/sqlitetransaction.cpp" line="+81"/>
        <source>Another program, or another console, is writing to the database: close it or wait, then try again.</source>
        <translation>Otro programa, u otra consola, está escribiendo en la base de datos: ciérrelo o espere y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database file or its folder is read-only: make both writable, or start with --db and another file.</source>
        <translation>El archivo de la base de datos o su carpeta es de solo lectura: haga que ambos admitan escritura, o inicie con --db y otro archivo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk could not be read or written: check the disk and its free space.</source>
        <translation>No se pudo leer ni escribir en el disco: compruebe el disco y su espacio libre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is damaged: restore it from a backup, or start with --db and a new file (the next sync fills it again).</source>
        <translation>El archivo está dañado: restáurelo desde una copia de seguridad, o inicie con --db y un archivo nuevo (la próxima sincronización lo vuelve a llenar).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk is full (or the database reached its size limit): free some space, then try again.</source>
        <translation>El disco está lleno (o la base de datos alcanzó su tamaño máximo): libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file cannot be opened: check that its folder exists and that you may write to it.</source>
        <translation>No se puede abrir el archivo: compruebe que su carpeta existe y que puede escribir en ella.</translation>
    </message>
</context>
<context>
    <name>DryRunWriter</name>
    <message>
        <location filename="../app/headless/dryrunwriter.cpp" line="+22"/>
        <source>--dry-run: the folder %1 is not empty; give a new or empty folder.</source>
        <translation>--dry-run: la carpeta %1 no está vacía; indique una carpeta nueva o vacía.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--dry-run: the folder %1 could not be created.</source>
        <translation>--dry-run: no se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--dry-run: %1 could not be written: %2</source>
        <translation>--dry-run: no se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>EndpointDiscovery</name>
    <message>
        <location filename="../app/net/endpointdiscovery.cpp" line="+84"/>
        <location line="+15"/>
        <source>Endpoint discovery (Graph servicePrincipals)</source>
        <translation>Detección de puntos de conexión (Graph servicePrincipals)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: the tenant has no service principal for Microsoft Intune (appId %2); is Intune set up for this tenant?</source>
        <translation>%1: el inquilino no tiene ninguna entidad de servicio para Microsoft Intune (appId %2); ¿está Intune configurado para este inquilino?</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+15"/>
        <location line="+33"/>
        <source>Endpoint discovery (Graph servicePrincipals/endPoints)</source>
        <translation>Detección de puntos de conexión (Graph servicePrincipals/endPoints)</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1: the %2 entry&apos;s uri &quot;%3&quot; is not an absolute http(s) URL.</source>
        <translation>%1: el uri «%3» de la entrada %2 no es una URL http(s) absoluta.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: the Intune service principal lists no endpoint for %2; set the URL in the settings or check the tenant.</source>
        <translation>%1: la entidad de servicio de Intune no incluye ningún punto de conexión para %2; establezca la URL en la configuración o compruebe el inquilino.</translation>
    </message>
</context>
<context>
    <name>EntraUserCache</name>
    <message>
        <location filename="../app/storage/postgres/pgentrausercache.cpp" line="+64"/>
        <location filename="../app/storage/sqlite/sqliteentrausercache.cpp" line="+23"/>
        <source>Could not read the Entra users known to %1: %2</source>
        <translation>No se pudieron leer los usuarios de Entra conocidos en %1: %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Could not save the Entra users looked up to %1: this login may not change them; the reporter looks users up (the database refused: %2). Nothing was written.</source>
        <translation>No se pudieron guardar en %1 los usuarios de Entra buscados: este inicio de sesión no puede cambiarlos; el informador busca los usuarios (la base de datos lo rechazó: %2). No se ha escrito nada.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../app/storage/sqlite/sqliteentrausercache.cpp" line="+55"/>
        <source>Could not save the Entra users looked up to %1: %2</source>
        <translation>No se pudieron guardar en %1 los usuarios de Entra buscados: %2</translation>
    </message>
</context>
<context>
    <name>EntraUserDirectory</name>
    <message>
        <location filename="../app/net/entrauserdirectory.cpp" line="+73"/>
        <location line="+13"/>
        <source>Graph user look-up ($batch of /users)</source>
        <translation>Búsqueda de usuarios de Graph ($batch de /users)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: the answer for %2 has no object id.</source>
        <translation>%1: la respuesta para %2 no contiene ningún Id. de objeto.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: Graph refused to read %2 (HTTP 403): the app registration needs the application permission User.Read.All. %3</source>
        <translation>%1: Graph se negó a leer %2 (HTTP 403): el registro de aplicación necesita el permiso de aplicación User.Read.All. %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: Graph answered HTTP %2 for %3: %4</source>
        <translation>%1: Graph respondió HTTP %2 para %3: %4</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Graph user look-up: the answer could not be read.</source>
        <translation>Búsqueda de usuarios de Graph: no se pudo leer la respuesta.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Graph user look-up: Graph did not answer for %1 after %2 tries.</source>
        <translation>Búsqueda de usuarios de Graph: Graph no respondió para %1 tras %2 intentos.</translation>
    </message>
</context>
<context>
    <name>FleetImpact</name>
    <message>
        <location filename="../models/fleetimpact.cpp" line="+114"/>
        <source>%1 → %2</source>
        <extracomment>A change of what Azure receives for a device, e.g. &quot;Compliant → Device Non-compliant&quot;.</extracomment>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>HeadlessCommand</name>
    <message>
        <location filename="../app/headless/headlesscommand.cpp" line="+144"/>
        <source>Usage: --headless COMMAND [OPTIONS]</source>
        <translation>Uso: --headless COMANDO [OPCIONES]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  generate-demo --devices N --db PATH [--seed S]</source>
        <translation>  generate-demo --devices N --db RUTA [--seed S]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Writes a demo fleet of N devices (10 to 1000000) and its compliance policies to the device database at PATH. The same seed always gives the same fleet.</source>
        <translation>      Escribe una flota de demostración de N dispositivos (de 10 a 1000000) y sus directivas de cumplimiento en la base de datos de dispositivos situada en RUTA. La misma semilla siempre genera la misma flota.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  sync [--db PATH] [--demo | --tenant-url URL] [--batch-size N] [--timeout SECONDS]</source>
        <translation>  sync [--db RUTA] [--demo | --tenant-url URL] [--batch-size N] [--timeout SEGUNDOS]</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>  Without --demo or --tenant-url, the tenant configured in File → Settings is used, with its secrets from the OS keychain. --demo starts the tenant emulator next to this program; --tenant-url uses one host for every endpoint, with credentials from ASC_MDM_USER, ASC_MDM_PASSWORD, ASC_TENANT_ID, ASC_CLIENT_ID and ASC_CLIENT_SECRET.</source>
        <translation>  Sin --demo ni --tenant-url, se usa el inquilino configurado en Archivo → Configuración, con sus secretos del llavero del sistema. --demo inicia el emulador de inquilino junto a este programa; --tenant-url usa un solo host para todos los puntos de conexión, con las credenciales de ASC_MDM_USER, ASC_MDM_PASSWORD, ASC_TENANT_ID, ASC_CLIENT_ID y ASC_CLIENT_SECRET.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  import-settings FILE</source>
        <translation>  import-settings ARCHIVO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Replaces the settings with those of a file written by File → Settings → Export (it holds no secret).</source>
        <translation>      Sustituye la configuración por la de un archivo escrito con Archivo → Configuración → Exportar (no contiene ningún secreto).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  store-secret mdm-password|client-secret</source>
        <translation>  store-secret mdm-password|client-secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Reads the secret from standard input and stores it in the OS keychain for the tenant configured in File → Settings (for a machine without a window).</source>
        <translation>      Lee el secreto de la entrada estándar y lo guarda en el llavero del sistema para el inquilino configurado en Archivo → Configuración (para un equipo sin ventanas).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>  help</source>
        <translation>  help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Shows this text.</source>
        <translation>      Muestra este texto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit codes: 0 success, 2 unknown command or bad argument, 3 database error, 4 tenant error, 5 reports failed, 6 timeout (reports still queued), 7 keychain error (no secret service, or no secret stored for the tenant).</source>
        <translation>Códigos de salida: 0 éxito, 2 comando desconocido o argumento incorrecto, 3 error de base de datos, 4 error del inquilino, 5 informes con error, 6 tiempo agotado (informes aún en cola), 7 error del llavero (no hay servicio de secretos o no hay ningún secreto guardado para el inquilino).</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Give either --demo or --tenant-url URL, not both.</source>
        <translation>Indique --demo o --tenant-url URL, pero no ambos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+116"/>
        <source>No tenant is configured: set one in File → Settings, or give --demo or --tenant-url URL.</source>
        <translation>No hay ningún inquilino configurado: configure uno en Archivo → Configuración o indique --demo o --tenant-url URL.</translation>
    </message>
    <message>
        <location line="-370"/>
        <source>No command given after --headless. Commands: generate-demo, sync, report-now, report-weekly, status, help.</source>
        <translation>No se indicó ningún comando después de --headless. Comandos: generate-demo, sync, report-now, report-weekly, status, help.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unknown command &quot;%1&quot;. Commands: generate-demo, sync, report-now, report-weekly, send, deprovision, status, import-settings, store-secret, init-store, help.</source>
        <translation>Comando desconocido «%1». Comandos: generate-demo, sync, report-now, report-weekly, send, deprovision, status, import-settings, store-secret, init-store, help.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>      Pulls every device and policy from the MDM, queues the reports their changes call for (compliance change, inventory change, escalation, a missed weekly report), sends them and waits for Azure to confirm them.</source>
        <translation>      Descarga todos los dispositivos y directivas del MDM, pone en cola los informes que requieren sus cambios (cambio de cumplimiento, cambio de inventario, escalado, un informe semanal no enviado), los envía y espera a que Azure los confirme.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  sync --dry-run FOLDER [same options as sync]</source>
        <translation>  sync --dry-run CARPETA [mismas opciones que sync]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Pulls and plans as sync does, but sends nothing to Azure and writes nothing to the store: every request it would send (URL, headers with the token masked, body) is written to FOLDER, which must be new or empty.</source>
        <translation>      Descarga y planifica como sync, pero no envía nada a Azure ni escribe nada en el almacén: cada solicitud que enviaría (URL, encabezados con el token enmascarado, cuerpo) se escribe en CARPETA, que debe ser nueva o estar vacía.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  report-now ID... [same options as sync]</source>
        <translation>  report-now ID... [mismas opciones que sync]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Reports these devices now.</source>
        <translation>      Informa ahora de estos dispositivos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  report-now --csv FILE [same options as sync]</source>
        <translation>  report-now --csv ARCHIVO [mismas opciones que sync]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Reports the devices a CSV file lists now. Its header names at least one of the columns id, serial number, Azure device id, name; each row that names no device of the store, or several, is shown with its row number and skipped.</source>
        <translation>      Informa ahora de los dispositivos que enumera un archivo CSV. Su encabezado nombra al menos una de las columnas id, serial number, Azure device id, name; cada fila que no designa ningún dispositivo del almacén, o varios, se muestra con su número de fila y se omite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  report-weekly [same options as sync]</source>
        <translation>  report-weekly [mismas opciones que sync]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Reports every device now, as the weekly report does.</source>
        <translation>      Informa ahora de todos los dispositivos, como hace el informe semanal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  send [same options as sync]</source>
        <translation>  send [mismas opciones que sync]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Queues nothing: sends what the outbox holds (also what an interrupted run left) and waits for Azure to confirm it.</source>
        <translation>      No pone nada en cola: envía lo que contiene la bandeja de salida (también lo que dejó una ejecución interrumpida) y espera a que Azure lo confirme.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  deprovision --yes [--db PATH] [--demo | --tenant-url URL] [--settings FILE]</source>
        <translation>  deprovision --yes [--db RUTA] [--demo | --tenant-url URL] [--settings ARCHIVO]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Disconnects from Azure: deprovisions the partner tenant (Azure then stops taking compliance data from this console for the tenant) and switches reporting off. Audited. Without --yes it only says what it would do.</source>
        <translation>      Desconecta de Azure: desaprovisiona el inquilino asociado (Azure deja entonces de aceptar datos de cumplimiento de esta consola para el inquilino) y deshabilita los informes. Queda anotado en el registro de auditoría. Sin --yes, solo indica lo que haría.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  status [--db PATH] --json</source>
        <translation>  status [--db RUTA] --json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Prints the store&apos;s devices by Azure Device Compliance Status and the outbox counts as JSON.</source>
        <translation>      Muestra en JSON los dispositivos del almacén por estado de cumplimiento del dispositivo Azure y los recuentos de la bandeja de salida.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>  store-secret db-password --db postgresql://ROLE@HOST:PORT/DATABASE</source>
        <translation>  store-secret db-password --db postgresql://ROL@SERVIDOR:PUERTO/BASE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Reads that login&apos;s PostgreSQL password from standard input and keeps it in the OS keychain, used when PGPASSWORD and ~/.pgpass hold none. A systemd service gives it as the credential db-password instead.</source>
        <translation>      Lee de la entrada estándar la contraseña PostgreSQL de ese inicio de sesión y la guarda en el llavero del sistema; se usa cuando PGPASSWORD y ~/.pgpass no contienen ninguna. Un servicio systemd la da en su lugar como la credencial db-password.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  --request-timeout SECONDS sets how long one request may take before it is tried again (default 30).</source>
        <translation>  --request-timeout SEGUNDOS fija cuánto puede tardar una solicitud antes de reintentarla (30 de forma predeterminada).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  --settings FILE (sync, report-now, report-weekly, send) uses the settings of FILE, written by File → Settings → Export, instead of those of File → Settings; e.g. for the service azure-status-reporter, /etc/azure-status-reporter/settings.json.</source>
        <translation>  --settings ARCHIVO (sync, report-now, report-weekly, send) usa la configuración de ARCHIVO, escrito con Archivo → Configuración → Exportar, en lugar de la de Archivo → Configuración; por ejemplo, para el servicio azure-status-reporter, /etc/azure-status-reporter/settings.json.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  When $CREDENTIALS_DIRECTORY is set (a systemd service with LoadCredentialEncrypted= or LoadCredential=), the secrets of the configured tenant are read from its files mdm-password and client-secret instead of the OS keychain.</source>
        <translation>  Si $CREDENTIALS_DIRECTORY está definido (un servicio de systemd con LoadCredentialEncrypted= o LoadCredential=), los secretos del inquilino configurado se leen de sus archivos mdm-password y client-secret en lugar del llavero del sistema.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  init-store --db postgresql://ROLE@HOST:PORT/DATABASE</source>
        <translation>  init-store --db postgresql://ROL@SERVIDOR:PUERTO/BASE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>      Creates or upgrades a team&apos;s PostgreSQL store and its roles (asc_helpdesk, asc_policy_author, asc_reporter). Run once by the database owner, and again after an upgrade of the console. The password comes from PGPASSWORD or ~/.pgpass. A server on the network is reached with %1 at the end of the URI.</source>
        <translation>      Crea o actualiza el almacén PostgreSQL de un equipo y sus roles (asc_helpdesk, asc_policy_author, asc_reporter). Lo ejecuta una vez el propietario de la base de datos, y de nuevo tras actualizar la consola. La contraseña se toma de PGPASSWORD o de ~/.pgpass. A un servidor en la red se llega con %1 al final del URI.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A command stopped by SIGTERM, SIGINT or SIGHUP ends in order, with what it did committed to the store, and exits with 128 + the signal: 143, 130 or 129.</source>
        <translation>Un comando detenido por SIGTERM, SIGINT o SIGHUP termina en orden, con lo que hizo confirmado en el almacén, y sale con 128 + la señal: 143, 130 o 129.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A systemd credential that is missing or empty also gives exit code 7, naming it.</source>
        <translation>Una credencial de systemd que falta o está vacía también da el código de salida 7, con su nombre.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unknown option &quot;%1&quot;. Options: %2.</source>
        <translation>Opción desconocida «%1». Opciones: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needs a value.</source>
        <translation>%1 necesita un valor.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>generate-demo needs --devices N (from %1 to %2).</source>
        <translation>generate-demo necesita --devices N (de %1 a %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--devices: &quot;%1&quot; is not a whole number from %2 to %3.</source>
        <translation>--devices: «%1» no es un número entero de %2 a %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>generate-demo needs --db PATH, the device database to write.</source>
        <translation>generate-demo necesita --db RUTA, la base de datos de dispositivos que se va a escribir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--seed: &quot;%1&quot; is not a whole number from 0 to %2.</source>
        <translation>--seed: «%1» no es un número entero de 0 a %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Wrote %n demo device(s) (seed %1) to %2 in %3 s.</source>
        <translation>
            <numerusform>Se escribió %n dispositivo de demostración (semilla %1) en %2 en %3 s.</numerusform>
            <numerusform>Se escribieron %n dispositivos de demostración (semilla %1) en %2 en %3 s.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--settings: %1 could not be read: %2</source>
        <translation>--settings: no se pudo leer %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--settings: %1 is not a usable settings export: %2</source>
        <translation>--settings: %1 no es una exportación de configuración utilizable: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>--tenant-url: &quot;%1&quot; is not an http(s) URL.</source>
        <translation>--tenant-url: «%1» no es una URL http(s).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ASC_TENANT_ID must hold the Entra tenant id (a GUID).</source>
        <translation>ASC_TENANT_ID debe contener el Id. de inquilino de Entra (un GUID).</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+66"/>
        <source>The configured settings are not usable: %1</source>
        <translation>La configuración guardada no se puede usar: %1</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Stopped by %1: what was done is committed; the reports still queued go out on the next run.</source>
        <extracomment>%1 is a signal, e.g. SIGTERM</extracomment>
        <translation>Detenido por %1: lo hecho está confirmado; los informes aún en cola se enviarán en la próxima ejecución.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>import-settings needs FILE, a settings export (JSON).</source>
        <translation>import-settings necesita ARCHIVO, una exportación de configuración (JSON).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was not imported: %2</source>
        <translation>No se importó %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported the settings of %1.</source>
        <translation>Se importó la configuración de %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>store-secret needs one of: mdm-password, client-secret, db-password --db URI (the secret itself is read from standard input).</source>
        <translation>store-secret necesita uno de estos valores: mdm-password, client-secret, db-password --db URI (el secreto se lee de la entrada estándar).</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+30"/>
        <source>%1: standard input held no secret.</source>
        <translation>%1: la entrada estándar no contenía ningún secreto.</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+29"/>
        <source>Stored the %1 in the OS keychain (key &quot;%2&quot;).</source>
        <extracomment>%1 is &quot;MDM password&quot; or &quot;Entra client secret&quot;, %2 the keychain key</extracomment>
        <translation>Se guardó %1 en el llavero del sistema (clave «%2»).</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>store-secret db-password needs --db and the PostgreSQL connection URI of the store.</source>
        <translation>store-secret db-password necesita --db y el URI de conexión PostgreSQL del almacén.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Outbox: %1 waiting, %2 sent and unconfirmed, %3 confirmed, %4 failed.</source>
        <translation>Bandeja de salida: %1 en espera, %2 enviados sin confirmar, %3 confirmados, %4 con error.</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%1: %n device(s) found in the store.</source>
        <translation>
            <numerusform>%1: %n dispositivo encontrado en el almacén.</numerusform>
            <numerusform>%1: %n dispositivos encontrados en el almacén.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--csv: no row of %1 names a device of the store; nothing was reported.</source>
        <translation>--csv: ninguna fila de %1 designa un dispositivo del almacén; no se informó de nada.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>--dry-run is an option of sync only.</source>
        <translation>--dry-run solo es una opción de sync.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--dry-run needs a folder to write the requests to.</source>
        <translation>--dry-run necesita una carpeta donde escribir las solicitudes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>report-now: &quot;%1&quot; is not a device id.</source>
        <translation>report-now: «%1» no es un Id. de dispositivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--csv is an option of report-now only.</source>
        <translation>--csv solo es una opción de report-now.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>report-now needs at least one device id, or --csv FILE.</source>
        <translation>report-now necesita al menos un Id. de dispositivo, o --csv ARCHIVO.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--batch-size: &quot;%1&quot; is not a whole number from 1 to 10000.</source>
        <translation>--batch-size: «%1» no es un número entero de 1 a 10000.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--timeout: &quot;%1&quot; is not a number of seconds.</source>
        <translation>--timeout: «%1» no es un número de segundos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--request-timeout: &quot;%1&quot; is not a whole number of seconds from 1 to 3600.</source>
        <translation>--request-timeout: «%1» no es un número entero de segundos entre 1 y 3600.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Not synced: %1 syncs this database, and sends its reports.</source>
        <translation>No se ha sincronizado: %1 sincroniza esta base de datos y envía sus informes.</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Synced %n device(s); %1 report(s) queued.</source>
        <translation>
            <numerusform>Se sincronizó %n dispositivo; informes puestos en cola: %1.</numerusform>
            <numerusform>Se sincronizaron %n dispositivos; informes puestos en cola: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Device %1 was not reported: %2</source>
        <extracomment>%2 says why, in a sentence</extracomment>
        <translation>No se informó del dispositivo %1: %2</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Dry run of %1 against the tenant %2: nothing was sent to Azure and nothing was written to the store.</source>
        <translation>Simulación del %1 con el inquilino %2: no se envió nada a Azure ni se escribió nada en el almacén.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devices pulled: %1; user principal names looked up in Entra: %2; devices whose user Entra does not know: %3.</source>
        <translation>Dispositivos descargados: %1; nombres principales de usuario buscados en Entra: %2; dispositivos cuyo usuario no conoce Entra: %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requests written: %1, of which %2 DataUploadMessages carrying %3 device(s).</source>
        <translation>Solicitudes escritas: %1, de las cuales %2 son DataUploadMessages con %3 dispositivo(s).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The partner tenant is already provisioned: no PartnerTenants request.</source>
        <translation>El inquilino asociado ya está aprovisionado: ninguna solicitud PartnerTenants.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The partner tenant is not provisioned yet: the first request provisions it.</source>
        <translation>El inquilino asociado aún no está aprovisionado: la primera solicitud lo aprovisiona.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A weekly report of every device is due as well; a real sync would queue it.</source>
        <translation>También toca un informe semanal de todos los dispositivos; una sincronización real lo pondría en cola.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No weekly report is due.</source>
        <translation>No toca ningún informe semanal.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The requests are in %1.</source>
        <translation>Las solicitudes están en %1.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Deprovisioning tells Azure (Intune) that this console no longer reports for the tenant %1: Intune stops taking compliance data from it, and the partner shows as deprovisioned. Devices keep the compliance state Azure last received until another partner reports them or Intune marks them. Reporting to Azure is switched off here, so nothing is sent again until it is switched back on.</source>
        <translation>El desaprovisionamiento indica a Azure (Intune) que esta consola ya no informa para el inquilino %1: Intune deja de aceptar sus datos de cumplimiento y el asociado aparece como desaprovisionado. Los dispositivos conservan el último estado de cumplimiento que recibió Azure hasta que otro asociado informe de ellos o Intune los marque. Los informes a Azure se deshabilitan aquí, así que no se envía nada más hasta que se vuelvan a habilitar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was done. Run deprovision again with --yes to do it.</source>
        <translation>No se hizo nada. Vuelva a ejecutar deprovision con --yes para hacerlo.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The partner tenant %1 is deprovisioned and reporting to Azure is switched off.</source>
        <translation>El inquilino asociado %1 está desaprovisionado y los informes a Azure están deshabilitados.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>status needs --json (the only output format).</source>
        <translation>status necesita --json (el único formato de salida).</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <location filename="../app/net/httptransport.cpp" line="+156"/>
        <source>%1: a URL must not hold a user name or password; credentials are never kept in the settings. Enter %2 and put the credentials in the API user and password fields.</source>
        <extracomment>%2 is the URL without its user name and password</extracomment>
        <translation>%1: una URL no debe contener un nombre de usuario ni una contraseña; las credenciales nunca se guardan en la configuración. Introduzca %2 y ponga las credenciales en los campos de usuario de la API y contraseña.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no URL is set for this endpoint; check the settings.</source>
        <translation>%1: no hay ninguna URL configurada para este punto de conexión; compruebe la configuración.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;%2&quot; is not a valid absolute URL; check the settings.</source>
        <translation>%1: «%2» no es una URL absoluta válida; compruebe la configuración.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;%2&quot; is not an http(s) URL.</source>
        <translation>%1: «%2» no es una URL http(s).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: refused to use http:// with %2: credentials and reports leave this machine only over https. Use https://%2.</source>
        <extracomment>%2 is a host name. Only loopback (this machine) may use plain http.</extracomment>
        <translation>%1: se rechazó usar http:// con %2: las credenciales y los informes solo salen de este equipo por https. Use https://%2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CA certificates file %1: cannot be read: %2</source>
        <translation>Archivo de certificados de CA %1: no se puede leer: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CA certificates file %1: holds no PEM certificate (&quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation>Archivo de certificados de CA %1: no contiene ningún certificado PEM (&quot;-----BEGIN CERTIFICATE-----&quot;).</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>%1: the server&apos;s answer (HTTP %3) is larger than %2, the most this console reads of an error answer; it was stopped there.</source>
        <extracomment>%2 is a size such as &quot;16 MiB&quot;</extracomment>
        <translation>%1: la respuesta del servidor (HTTP %3) supera %2, lo máximo que esta consola lee de una respuesta de error; se detuvo ahí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the server&apos;s answer is larger than %2, the most this console accepts from this endpoint; it was stopped there and not repeated.</source>
        <translation>%1: la respuesta del servidor supera %2, lo máximo que esta consola acepta de este punto de conexión; se detuvo ahí y no se repite.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server redirected to a URL this console refuses: %1</source>
        <extracomment>%1 says which URL was refused and why</extracomment>
        <translation>El servidor redirigió a una URL que esta consola rechaza: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: the server asked to wait %2 seconds before retrying (HTTP %3), longer than the %4 seconds this console waits in one go; try again later.</source>
        <translation>%1: el servidor pidió esperar %2 segundos antes de reintentar (HTTP %3), más que los %4 segundos que esta consola espera de una vez; vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>%1: the server answered HTTP %2.</source>
        <translation>%1: el servidor respondió HTTP %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the server answered HTTP %2: %3</source>
        <translation>%1: el servidor respondió HTTP %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no response within %2 seconds.</source>
        <translation>%1: no hubo respuesta en %2 segundos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the connection to %2 was refused; is the service running?</source>
        <translation>%1: se rechazó la conexión a %2; ¿se está ejecutando el servicio?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the server closed the connection before answering.</source>
        <translation>%1: el servidor cerró la conexión antes de responder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the TLS certificate of %2 was refused (%3), so nothing was sent. If the server uses a private certificate authority, set its CA certificate file in File → Settings.</source>
        <extracomment>%2 is host:port, %3 the TLS library&apos;s reasons</extracomment>
        <translation>%1: se rechazó el certificado TLS de %2 (%3), así que no se envió nada. Si el servidor usa una entidad de certificación privada, indique su archivo de certificado de CA en Archivo → Configuración.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the host %2 was not found.</source>
        <translation>%1: no se encontró el host %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the request failed: %2</source>
        <translation>%1: error en la solicitud: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>(gave up after %n attempt(s))</source>
        <translation>
            <numerusform>(se abandonó tras %n intento)</numerusform>
            <numerusform>(se abandonó tras %n intentos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InitStoreCommand</name>
    <message>
        <location filename="../app/headless/initstorecommand.cpp" line="+39"/>
        <source>init-store: unexpected argument &quot;%1&quot;. Usage: init-store --db postgresql://ROLE@HOST:PORT/DATABASE</source>
        <translation>init-store: argumento inesperado «%1». Uso: init-store --db postgresql://ROL@SERVIDOR:PUERTO/BASE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>init-store needs --db and the PostgreSQL connection URI of the store, e.g. --db %1</source>
        <translation>init-store necesita --db y el URI de conexión PostgreSQL del almacén, por ejemplo --db %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The store in the PostgreSQL %1 is up to date (schema version %2).</source>
        <translation>El almacén en la %1 de PostgreSQL está al día (versión de esquema %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The store in the PostgreSQL %1 is now at schema version %2 (it was at %3).</source>
        <translation>El almacén en la %1 de PostgreSQL está ahora en la versión de esquema %2 (estaba en la %3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Roles created: %1.</source>
        <translation>Roles creados: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give each person a login that is a member of one role: %1 (reads everything, Report now), %2 (also changes policies) or %3 (the headless reporter: writes devices and the outbox), e.g. in psql: CREATE ROLE alice LOGIN IN ROLE %1;</source>
        <translation>Dé a cada persona un inicio de sesión miembro de un solo rol: %1 (lee todo, Informar ahora), %2 (también cambia las directivas) o %3 (el informador sin ventana: escribe los dispositivos y la bandeja de salida), por ejemplo en psql: CREATE ROLE alice LOGIN IN ROLE %1;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The store was migrated, but the audit log could not be written: %1</source>
        <translation>El almacén se migró, pero no se pudo escribir el registro de auditoría: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note: %1 is a superuser, so the store&apos;s tables and functions now belong to a superuser. Prefer a database owner without superuser rights (README, Team deployment).</source>
        <translation>Nota: %1 es un superusuario, así que las tablas y funciones del almacén pertenecen ahora a un superusuario. Es preferible un propietario de la base de datos sin derechos de superusuario (README, Team deployment).</translation>
    </message>
</context>
<context>
    <name>InventoryClient</name>
    <message>
        <location filename="../app/net/recordreader.cpp" line="+17"/>
        <source>%1 skipped: the field &quot;%2&quot; %3</source>
        <translation>%1: registro omitido; el campo «%2» %3</translation>
    </message>
    <message>
        <location filename="../app/net/devicepageparser.cpp" line="+181"/>
        <location filename="../app/net/recordreader.cpp" line="+9"/>
        <source>is %1, not a string.</source>
        <translation>es %1, no una cadena.</translation>
    </message>
    <message>
        <location filename="../app/net/recordreader.cpp" line="+9"/>
        <source>is %1 KiB long; the limit is %2 KiB.</source>
        <translation>mide %1 KiB; el límite es %2 KiB.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>is %1, not true or false.</source>
        <translation>es %1, no true ni false.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is %1, not a time in milliseconds since 1970.</source>
        <translation>es %1, no una hora en milisegundos desde 1970.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is %1, not a plausible time in milliseconds since 1970.</source>
        <translation>vale %1, que no es una hora plausible en milisegundos desde 1970.</translation>
    </message>
    <message>
        <location filename="../app/net/devicepageparser.cpp" line="-24"/>
        <location filename="../app/net/recordreader.cpp" line="+30"/>
        <source>is not valid: %1</source>
        <translation>no es válido: %1</translation>
    </message>
    <message>
        <location filename="../app/net/inventoryclient.cpp" line="+71"/>
        <source>MDM partitions (/api/v1/tenant/partition/device)</source>
        <translation>Particiones de MDM (/api/v1/tenant/partition/device)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: a partition has no valid &quot;id&quot;.</source>
        <translation>%1: una partición no tiene un «id» válido.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>MDM partitions (/api/v1/tenant/partition/device): no partition is marked defaultPartition; set the partition id in the settings.</source>
        <translation>Particiones de MDM (/api/v1/tenant/partition/device): ninguna partición está marcada como defaultPartition; establezca el Id. de partición en la configuración.</translation>
    </message>
    <message>
        <location filename="../app/net/devicepageparser.cpp" line="-137"/>
        <location filename="../app/net/inventoryclient.cpp" line="+98"/>
        <location line="+14"/>
        <location line="+73"/>
        <source>MDM device list (/api/v1/device)</source>
        <translation>Lista de dispositivos de MDM (/api/v1/device)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: asked for the page at %2, the server sent the one at %3.</source>
        <translation>%1: se pidió la página en la posición %2 y el servidor envió la de la posición %3.</translation>
    </message>
    <message>
        <location filename="../app/net/inventoryclient.cpp" line="-74"/>
        <source>%1: the settings changed during the pull; stopped after %2 devices.</source>
        <translation>%1: la configuración cambió durante la descarga; se detuvo tras %2 dispositivos.</translation>
    </message>
    <message>
        <location filename="../app/net/devicepageparser.cpp" line="+7"/>
        <source>%1: totalCount is negative (%2).</source>
        <translation>%1: totalCount es negativo (%2).</translation>
    </message>
    <message>
        <location filename="../app/net/recordreader.cpp" line="-16"/>
        <source>is &quot;%1&quot;, neither milliseconds since 1970 nor an ISO 8601 time.</source>
        <translation>vale «%1», que no es ni milisegundos desde 1970 ni una hora ISO 8601.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is %1, not a plausible time.</source>
        <translation>vale %1, que no es una hora plausible.</translation>
    </message>
    <message>
        <location filename="../app/net/inventoryclient.cpp" line="+89"/>
        <source>%1: the number of devices changed during the pull (from %2 to %3); stopped after %4 devices. Pull again for a consistent list.</source>
        <translation>%1: el número de dispositivos cambió durante la descarga (de %2 a %3); se detuvo tras %4 dispositivos. Vuelva a descargar para obtener una lista coherente.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the page at %2 came back empty although totalCount is %3; stopped after %4 devices.</source>
        <translation>%1: la página en la posición %2 llegó vacía aunque totalCount es %3; se detuvo tras %4 dispositivos.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Device %1 (record %2) skipped: the id %1 is listed twice; the first record was kept.</source>
        <translation>Dispositivo %1 (registro %2) omitido: el Id. %1 aparece dos veces; se conservó el primer registro.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Device %1: the field(s) %2 had bytes that are not UTF-8; they were replaced by U+FFFD and the device was imported.</source>
        <translation>Dispositivo %1: los campos %2 tenían bytes que no son UTF-8; se sustituyeron por U+FFFD y el dispositivo se importó.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: the pull was stopped after %2 devices.</source>
        <translation>%1: la descarga se detuvo tras %2 dispositivos.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>... and %1 more records skipped.</source>
        <translation>... y se omitieron %1 registros más.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>MDM device (/api/v1/device/%1)</source>
        <translation>Dispositivo de MDM (/api/v1/device/%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the MDM has no device %2.</source>
        <translation>%1: el MDM no tiene ningún dispositivo %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the response has no &quot;result&quot; object.</source>
        <translation>%1: la respuesta no contiene ningún objeto «result».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>MDM force check-in (/api/v1/device/forceCheckin)</source>
        <translation>Contacto forzado de MDM (/api/v1/device/forceCheckin)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: the MDM refused: %2</source>
        <translation>%1: el MDM se negó: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the MDM answered that the check-in failed.</source>
        <translation>%1: el MDM respondió que el contacto falló.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the answer&apos;s &quot;result&quot; is neither 1, 0 nor a count.</source>
        <translation>%1: el «result» de la respuesta no es 1, ni 0, ni un recuento.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>MDM compliance policies (/api/v1/compliancepolicy)</source>
        <translation>Directivas de cumplimiento de MDM (/api/v1/compliancepolicy)</translation>
    </message>
    <message>
        <location filename="../app/net/devicepageparser.cpp" line="+55"/>
        <source>Device record %1</source>
        <translation>Registro de dispositivo %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A device record</source>
        <translation>Un registro de dispositivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 skipped: it is %2, not an object.</source>
        <translation>%1: registro omitido; es %2, no un objeto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 skipped: the field &quot;id&quot; is missing.</source>
        <translation>%1: registro omitido; falta el campo «id».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 skipped: the field &quot;id&quot; is %2, not a positive whole number.</source>
        <translation>%1: registro omitido; el campo «id» es %2, no un número entero positivo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Device %1</source>
        <translation>Dispositivo %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>is &quot;%1&quot; while azureDeviceId is &quot;%2&quot;; the record names two Azure device ids.</source>
        <translation>es «%1», mientras que azureDeviceId es «%2»; el registro indica dos Id. de dispositivo de Azure.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+25"/>
        <location filename="../app/net/inventoryclient.cpp" line="+60"/>
        <source>is %1, not an array.</source>
        <translation>es %1, no una matriz.</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+25"/>
        <source>has %1 entries; the limit is %2.</source>
        <translation>tiene %1 entradas; el límite es %2.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>is longer than %1 characters.</source>
        <translation>supera los %1 caracteres.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>is not a policy name.</source>
        <translation>no es un nombre de directiva.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is %1, not a policy name or an object.</source>
        <translation>es %1, no un nombre de directiva ni un objeto.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is missing or not a positive whole number.</source>
        <translation>falta o no es un número entero positivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is missing.</source>
        <translation>falta.</translation>
    </message>
    <message>
        <location filename="../app/net/inventoryclient.cpp" line="-23"/>
        <source>A compliance policy skipped: it is %1, not an object.</source>
        <translation>Se omitió una directiva de cumplimiento: es %1, no un objeto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A compliance policy skipped: the field &quot;id&quot; is missing or not a positive whole number.</source>
        <translation>Se omitió una directiva de cumplimiento: falta el campo «id» o no es un número entero positivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compliance policy %1</source>
        <translation>Directiva de cumplimiento %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>names an unknown rule &quot;%1&quot;.</source>
        <translation>indica una regla desconocida «%1».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>names an unknown action &quot;%1&quot;.</source>
        <translation>indica una acción desconocida «%1».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a number of days.</source>
        <translation>no es un número de días.</translation>
    </message>
</context>
<context>
    <name>InventorySync</name>
    <message numerus="yes">
        <location filename="../app/reporting/inventorysync.cpp" line="+284"/>
        <source>%n user(s) could not be looked up in Entra ID this sync; their devices are not reported until they are.</source>
        <translation>
            <numerusform>No se pudo buscar a %n usuario en Entra ID en esta sincronización; sus dispositivos no se informan hasta que se pueda buscar.</numerusform>
            <numerusform>No se pudo buscar a %n usuarios en Entra ID en esta sincronización; sus dispositivos no se informan hasta que se pueda buscar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Device %1: it violates the policy &quot;%2&quot;, which the console does not know; that violation is left out.</source>
        <translation>Dispositivo %1: infringe la directiva «%2», que la consola no conoce; esa infracción se deja fuera.</translation>
    </message>
</context>
<context>
    <name>JsonResponse</name>
    <message>
        <location filename="../app/net/jsonresponse.cpp" line="+22"/>
        <source>%1: the response is empty; a JSON object was expected.</source>
        <translation>%1: la respuesta está vacía; se esperaba un objeto JSON.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the response is not JSON (%2 at offset %3).</source>
        <translation>%1: la respuesta no es JSON (%2 en la posición %3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the response is JSON but not an object.</source>
        <translation>%1: la respuesta es JSON, pero no un objeto.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <location line="+14"/>
        <location line="+14"/>
        <source>%1: the response has no &quot;%2&quot;.</source>
        <translation>%1: la respuesta no contiene «%2».</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>%1: &quot;%2&quot; in the response is %3, not an object.</source>
        <translation>%1: «%2» en la respuesta es %3, no un objeto.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: &quot;%2&quot; in the response is %3, not an array.</source>
        <translation>%1: «%2» en la respuesta es %3, no una matriz.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: &quot;%2&quot; in the response is %3, not a string.</source>
        <translation>%1: «%2» en la respuesta es %3, no una cadena.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: &quot;%2&quot; in the response is %3, not a whole number.</source>
        <translation>%1: «%2» en la respuesta es %3, no un número entero.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boolean</source>
        <translation>un booleano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an array</source>
        <translation>una matriz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
</context>
<context>
    <name>LanguageSwitcher</name>
    <message>
        <location filename="../app/i18n/languageswitcher.cpp" line="+60"/>
        <source>Unknown language &quot;%1&quot;; available: %2.</source>
        <translation>Idioma desconocido «%1»; disponibles: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The translation file %1 could not be loaded.</source>
        <translation>No se pudo cargar el archivo de traducción %1.</translation>
    </message>
</context>
<context>
    <name>LeaderInfo</name>
    <message>
        <location filename="../app/storage/syncleadership.cpp" line="+14"/>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, process %2, since %3</source>
        <extracomment>%1 host name, %2 process id, %3 time the leadership began</extracomment>
        <translation>%1, proceso %2, desde %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+118"/>
        <source>Syncing with the MDM</source>
        <translation>Sincronizando con el MDM</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Report to Azure</source>
        <translation>Informes a Azure</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reporting to Azure is on.</source>
        <translation>Los informes a Azure están habilitados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting to Azure is off: nothing is sent, and Report Time says so.</source>
        <translation>Los informes a Azure están deshabilitados: no se envía nada y la hora del informe lo indica.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+46"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>This console is not connected to a tenant.</source>
        <translation>Esta consola no está conectada a ningún inquilino.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Settings saved; the next sync uses %1.</source>
        <translation>Configuración guardada; la próxima sincronización usa %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings saved; the demo tenant is used from the next start.</source>
        <translation>Configuración guardada; el inquilino de demostración se usará a partir del próximo inicio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Azure Status Console</source>
        <translation>Azure Status Console</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Devices</source>
        <translation>&amp;Dispositivos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports to &amp;Azure</source>
        <translation>Informes a A&amp;zure</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Policies</source>
        <translation>Direc&amp;tivas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export shown devices as CSV…</source>
        <translation>&amp;Exportar los dispositivos mostrados como CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload devices</source>
        <translation>&amp;Recargar dispositivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find device…</source>
        <translation>&amp;Buscar dispositivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Columns</source>
        <translation>&amp;Columnas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Saved views</source>
        <translation>Vistas &amp;guardadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Translator check…</source>
        <translation>&amp;Revisión de traducciones…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accented, longer, bracketed text: shows hard-coded strings and text cut off by its widget.</source>
        <translation>Texto acentuado, más largo y entre corchetes: revela las cadenas fijas en el código y el texto cortado por su widget.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reports</source>
        <translation>I&amp;nformes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report selected devices &amp;now</source>
        <translation>Informar a&amp;hora de los dispositivos seleccionados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync with the MDM now</source>
        <translation>&amp;Sincronizar ahora con el MDM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the &amp;weekly report now</source>
        <translation>&amp;Enviar ahora el informe semanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report devices listed in a &amp;CSV file…</source>
        <translation>Informar de los dispositivos de un archivo &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report to &amp;Azure</source>
        <translation>Enviar informes a &amp;Azure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Azure Status Console</source>
        <translation>&amp;Acerca de Azure Status Console</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%p%</source>
        <translation>%p&#xa0;%</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save current view…</source>
        <translation>Guardar la vista actual…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete a saved view…</source>
        <translation>Eliminar una vista guardada…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln dispositivo</numerusform>
            <numerusform>%Ln dispositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %Ln device(s) shown</source>
        <translation>
            <numerusform>Mostrando %1 de %Ln dispositivo</numerusform>
            <numerusform>Mostrando %1 de %Ln dispositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%Ln device(s) queued for Azure.</source>
        <translation>
            <numerusform>%Ln dispositivo puesto en cola para Azure.</numerusform>
            <numerusform>%Ln dispositivos puestos en cola para Azure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln device(s) skipped: no Azure device ID (see their Azure Client Status Code).</source>
        <translation>
            <numerusform>%Ln dispositivo omitido: no tiene Id. de dispositivo de Azure (consulte su código de estado del cliente de Azure).</numerusform>
            <numerusform>%Ln dispositivos omitidos: no tienen Id. de dispositivo de Azure (consulte su código de estado del cliente de Azure).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+7"/>
        <source>Report devices listed in a CSV file</source>
        <translation>Informar de los dispositivos de un archivo CSV</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was reported.</source>
        <translation>No se ha informado de nada.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Not synced here: %1 syncs this database.</source>
        <extracomment>%1 names a host and a process; the list shows what that process stores</extracomment>
        <translation>No se sincroniza aquí: %1 sincroniza esta base de datos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not synced here: nobody syncs this database now. A reporter login syncs it and sends its reports.</source>
        <translation>No se sincroniza aquí: ahora nadie sincroniza esta base de datos. Un usuario informador la sincroniza y envía sus informes.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Synced %Ln device(s) from the MDM.</source>
        <translation>
            <numerusform>Se sincronizó %Ln dispositivo desde el MDM.</numerusform>
            <numerusform>Se sincronizaron %Ln dispositivos desde el MDM.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln report(s) queued.</source>
        <translation>
            <numerusform>%Ln informe puesto en cola.</numerusform>
            <numerusform>%Ln informes puestos en cola.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the connection to the store was lost</source>
        <translation>se perdió la conexión con el almacén</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Live updates resumed: changes made meanwhile are shown.</source>
        <translation>Actualizaciones en directo reanudadas: se muestran los cambios hechos mientras tanto.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Live updates paused: %1. Reconnecting…</source>
        <extracomment>%1 is the database&apos;s or the network&apos;s reason, as the server or libpq gives it</extracomment>
        <translation>Actualizaciones en directo en pausa: %1. Reconectando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes other consoles make are not shown until the connection to the store is back; then they all are.</source>
        <translation>Los cambios que hacen otras consolas no se muestran hasta que vuelve la conexión con el almacén; entonces se muestran todos.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Sending to Azure: %Ln message(s) waiting</source>
        <translation>
            <numerusform>Enviando a Azure: %Ln mensaje en espera</numerusform>
            <numerusform>Enviando a Azure: %Ln mensajes en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+77"/>
        <source>Exported %Ln device(s) to %1</source>
        <translation>
            <numerusform>Se exportó %Ln dispositivo a %1</numerusform>
            <numerusform>Se exportaron %Ln dispositivos a %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="-220"/>
        <source>Device %1 could not be read: %2</source>
        <translation>No se pudo leer el dispositivo %1: %2</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Console views</source>
        <translation>Vistas de la consola</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Partner h&amp;ealth</source>
        <translation>E&amp;stado de los asociados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;udit log</source>
        <translation>Re&amp;gistro de auditoría</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Select the devices to report first.</source>
        <translation>Seleccione primero los dispositivos de los que informar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Report now</source>
        <translation>Informar ahora</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Weekly report</source>
        <translation>Informe semanal</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Sync failed: %1</source>
        <translation>Error de sincronización: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Azure: all reports confirmed</source>
        <translation>Azure: todos los informes confirmados</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Devices could not be loaded</source>
        <translation>No se pudieron cargar los dispositivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device store %1 could not be read:
%2</source>
        <translation>No se pudo leer el almacén de dispositivos %1:
%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 could not be opened for writing: %2</source>
        <translation>No se pudo abrir %1 para escritura: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export shown devices</source>
        <translation>Exportar los dispositivos mostrados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export failed</source>
        <translation>Error en la exportación</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+5"/>
        <source>Save view</source>
        <translation>Guardar vista</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Name of the view:</source>
        <translation>Nombre de la vista:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A saved view needs a name.</source>
        <translation>Una vista guardada necesita un nombre.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete saved view</source>
        <translation>Eliminar vista guardada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>View to delete:</source>
        <translation>Vista que se va a eliminar:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved views ignored: %1</source>
        <translation>Vistas guardadas omitidas: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About Azure Status Console</source>
        <translation>Acerca de Azure Status Console</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Azure Status Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Device status reporting from Ivanti Neurons for MDM to Microsoft Intune and Entra.&lt;/p&gt;&lt;p&gt;Device store: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Azure Status Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Notificación del estado de los dispositivos desde Ivanti Neurons for MDM a Microsoft Intune y Entra.&lt;/p&gt;&lt;p&gt;Almacén de dispositivos: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PartnerComplianceClient</name>
    <message>
        <location filename="../app/net/partnercomplianceclient.cpp" line="+80"/>
        <source>%1: no tenant id is set; check the settings.</source>
        <translation>%1: no hay ningún Id. de inquilino configurado; compruebe la configuración.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the tenant id &quot;%2&quot; is not a GUID; check the settings.</source>
        <translation>%1: el Id. de inquilino «%2» no es un GUID; compruebe la configuración.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+284"/>
        <source>%1: the partner endpoints are not known: %2</source>
        <translation>%1: no se conocen los puntos de conexión del asociado: %2</translation>
    </message>
    <message>
        <location line="-250"/>
        <location line="+112"/>
        <source>Partner tenant sync (PartnerTenants)</source>
        <translation>Sincronización del inquilino asociado (PartnerTenants)</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+111"/>
        <source>Partner tenant sync (PartnerTenantHeartbeat)</source>
        <translation>Sincronización del inquilino asociado (PartnerTenantHeartbeat)</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+17"/>
        <location line="+96"/>
        <location line="+33"/>
        <location line="+52"/>
        <source>Partner device sync (DataUploadMessages)</source>
        <translation>Sincronización de dispositivos del asociado (DataUploadMessages)</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>%1: the service answered with HttpStatusCode %2: %3</source>
        <translation>%1: el servicio respondió con HttpStatusCode %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+144"/>
        <source>no detail</source>
        <translation>sin detalles</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>%1: the service reported an error: %2</source>
        <translation>%1: el servicio informó de un error: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: asked for Provisioned %2, the service answered %3.</source>
        <translation>%1: se pidió Provisioned %2 y el servicio respondió %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: ResyncTimestamp &quot;%2&quot; is not an ISO 8601 time.</source>
        <translation>%1: ResyncTimestamp «%2» no es una hora ISO 8601.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: ResyncTimestamp is %2, not a time.</source>
        <translation>%1: ResyncTimestamp es %2, no una hora.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1: the content to upload is not JSON (%2 at offset %3); nothing was sent.</source>
        <translation>%1: el contenido que se va a cargar no es JSON (%2 en la posición %3); no se ha enviado nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the content to upload is not a JSON array; nothing was sent.</source>
        <translation>%1: el contenido que se va a cargar no es una matriz JSON; no se ha enviado nada.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1: the service refused the message with ErrorCode %2: %3</source>
        <translation>%1: el servicio rechazó el mensaje con ErrorCode %2: %3</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: the service does not know the message %2.</source>
        <translation>%1: el servicio no conoce el mensaje %2.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: ErrorDetail in the response is %2, not a string.</source>
        <translation>%1: ErrorDetail en la respuesta es %2, no una cadena.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the response has an empty Status.</source>
        <translation>%1: la respuesta tiene un Status vacío.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Graph partner health (complianceManagementPartners)</source>
        <translation>Estado de los asociados de Graph (complianceManagementPartners)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: &quot;%2&quot; in the response is %3, not an object.</source>
        <translation>%1: «%2» en la respuesta es %3, no un objeto.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: &quot;%2.lastHeartbeatDateTime&quot; is not an ISO 8601 time.</source>
        <translation>%1: «%2.lastHeartbeatDateTime» no es una hora ISO 8601.</translation>
    </message>
</context>
<context>
    <name>PartnerHealthPanel</name>
    <message>
        <location filename="../ui/partnerhealthpanel.cpp" line="+134"/>
        <source>Scope: %1</source>
        <extracomment>%1 is an OAuth scope URL, e.g. https://graph.microsoft.com/.default</extracomment>
        <translation>Ámbito: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expires %1</source>
        <translation>Caduca el %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cached; renewed after %1</source>
        <translation>En caché; se renueva después del %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Graph lists no compliance partner for this tenant.</source>
        <translation>Graph no incluye ningún asociado de cumplimiento para este inquilino.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unnamed partner</source>
        <translation>Asociado sin nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: partner state %2</source>
        <extracomment>%2 is Graph&apos;s partnerState value (enabled, unresponsive, ...), shown verbatim.</extracomment>
        <translation>%1: estado del asociado %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last heartbeat: %1</source>
        <translation>Último latido: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iOS onboarded: %1; Android onboarded: %2</source>
        <translation>iOS incorporado: %1; Android incorporado: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last checked %1</source>
        <translation>Última comprobación el %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked yet.</source>
        <translation>Aún no se ha comprobado.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This console pulls the inventory and sends the reports of this database.</source>
        <translation>Esta consola obtiene el inventario y envía los informes de esta base de datos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 pulls the inventory and sends the reports of this database. This console reads it, and its Report now goes out from there.</source>
        <extracomment>%1 names another computer or process, and since when</extracomment>
        <translation>%1 obtiene el inventario y envía los informes de esta base de datos. Esta consola la lee, y su «Informar ahora» se envía desde allí.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody syncs this database right now: this console takes over within seconds.</source>
        <translation>Nadie sincroniza esta base de datos ahora mismo: esta consola toma el relevo en unos segundos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Last answered: %1</source>
        <translation>Última respuesta: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure has not answered a heartbeat yet.</source>
        <translation>Azure aún no ha respondido a ningún latido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ResyncTimestamp: %1 (Azure asks for every device again)</source>
        <extracomment>ResyncTimestamp is the protocol&apos;s field name: keep it verbatim.</extracomment>
        <translation>ResyncTimestamp: %1 (Azure vuelve a pedir todos los dispositivos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ResyncTimestamp: none</source>
        <extracomment>ResyncTimestamp is the protocol&apos;s field name: keep it verbatim.</extracomment>
        <translation>ResyncTimestamp: ninguno</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attention</source>
        <translation>Atención</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Check now</source>
        <translation>Comprobar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token (Intune management)</source>
        <translation>Token de acceso (administración de Intune)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token (Microsoft Graph)</source>
        <translation>Token de acceso (Microsoft Graph)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint discovery</source>
        <translation>Detección de puntos de conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner state</source>
        <translation>Estado del asociado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heartbeat of this console</source>
        <extracomment>The PartnerTenantHeartbeat this console sends to Azure every hour.</extracomment>
        <translation>Latido de esta consola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync of this database</source>
        <extracomment>Which console or reporter syncs the shared database and sends its reports.</extracomment>
        <translation>Sincronización de esta base de datos</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <location filename="../app/storage/postgres/pgconnection.cpp" line="+34"/>
        <source>Could not connect to the PostgreSQL %1: out of memory</source>
        <translation>No se pudo conectar a la %1 de PostgreSQL: memoria insuficiente</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not connect to the PostgreSQL %1: %2</source>
        <translation>No se pudo conectar a la %1 de PostgreSQL: %2</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>not connected</source>
        <translation>no conectado</translation>
    </message>
    <message>
        <location filename="../app/storage/postgres/pgreportoutbox.cpp" line="+198"/>
        <location line="+276"/>
        <location filename="../app/storage/postgres/pgtransaction.cpp" line="+24"/>
        <location line="+25"/>
        <source>the transaction was rolled back after an earlier error</source>
        <translation>la transacción se revirtió tras un error anterior</translation>
    </message>
</context>
<context>
    <name>PgConnectionSettings</name>
    <message>
        <location filename="../app/storage/postgres/pgconnection.cpp" line="-85"/>
        <location filename="../app/storage/postgres/pgconnectionsettings.cpp" line="+199"/>
        <source>database %1 on %2:%3 as %4</source>
        <translation>base de datos %1 en %2:%3 como %4</translation>
    </message>
    <message>
        <location filename="../app/storage/postgres/pgconnectionsettings.cpp" line="-110"/>
        <source>The store address is not a PostgreSQL connection URI: it starts with postgresql://, e.g. %1.</source>
        <translation>La dirección del almacén no es un URI de conexión PostgreSQL: empieza por postgresql://, por ejemplo %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+15"/>
        <source>The PostgreSQL connection URI holds a password. Remove it from the URI: the password is kept in the OS keychain, or libpq reads it from PGPASSWORD or ~/.pgpass.</source>
        <translation>El URI de conexión PostgreSQL contiene una contraseña. Quítela del URI: la contraseña se guarda en el llavero del sistema, o libpq la lee de PGPASSWORD o ~/.pgpass.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>out of memory</source>
        <translation>memoria insuficiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PostgreSQL connection URI cannot be read: %1</source>
        <translation>No se puede leer el URI de conexión PostgreSQL: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The PostgreSQL connection URI gives %1=%2, a path relative to the folder the program is started in. Give the full path of the file (or ~/ for your home folder).</source>
        <extracomment>%1 a libpq parameter (sslrootcert, sslcert…), %2 the path the URI gives</extracomment>
        <translation>La URI de conexión de PostgreSQL indica %1=%2, una ruta relativa a la carpeta desde la que se inicia el programa. Indique la ruta completa del archivo (o ~/ para su carpeta personal).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The PostgreSQL connection URI gives the port &quot;%1&quot;: a port is a number from 1 to 65535.</source>
        <translation>El URI de conexión PostgreSQL indica el puerto «%1»: un puerto es un número de 1 a 65535.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PostgreSQL connection URI gives sslmode=%1; libpq knows %2.</source>
        <translation>El URI de conexión PostgreSQL indica sslmode=%1; libpq admite %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is reached over the network, so the connection must check the server&apos;s certificate and name: add sslmode=verify-full and sslrootcert=FILE (the CA certificate) to the PostgreSQL connection URI (sslmode is now %2).</source>
        <translation>A %1 se llega por la red, así que la conexión debe comprobar el certificado y el nombre del servidor: añada sslmode=verify-full y sslrootcert=ARCHIVO (el certificado de la CA) al URI de conexión PostgreSQL (sslmode es ahora %2).</translation>
    </message>
</context>
<context>
    <name>PgConnections</name>
    <message>
        <location filename="../app/storage/postgres/pgconnections.cpp" line="+33"/>
        <source>The PostgreSQL store %1 is not open.</source>
        <translation>El almacén PostgreSQL %1 no está abierto.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The connection to the PostgreSQL %1 was lost and is being opened again; the console goes on when the server answers.%2</source>
        <extracomment>%1 names the database, host, port and login; %2 why the last attempt failed, or nothing</extracomment>
        <translation>Se perdió la conexión con la %1 de PostgreSQL y se está abriendo de nuevo; la consola continúa cuando el servidor responda.%2</translation>
    </message>
</context>
<context>
    <name>PgCopyWriter</name>
    <message>
        <location filename="../app/storage/postgres/pgcopywriter.cpp" line="+189"/>
        <source>row %1 has %2 values for %3 columns</source>
        <translation>la fila %1 tiene %2 valores para %3 columnas</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no COPY in progress</source>
        <translation>ningún COPY en curso</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>COPY into %1 failed: %2</source>
        <translation>Falló COPY en %1: %2</translation>
    </message>
</context>
<context>
    <name>PgDeviceWriter</name>
    <message>
        <location filename="../app/storage/postgres/pgdevicewriter.cpp" line="+248"/>
        <source>Could not write devices to the PostgreSQL %1: %2</source>
        <translation>No se pudieron escribir los dispositivos en la %1 de PostgreSQL: %2</translation>
    </message>
</context>
<context>
    <name>PgLeadership</name>
    <message>
        <location filename="../app/storage/postgres/pgleadership.cpp" line="+29"/>
        <source>Could not ask for the sync lead in the PostgreSQL %1: %2</source>
        <translation>No se pudo solicitar la dirección de la sincronización en la %1 de PostgreSQL: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not record the sync lead in the PostgreSQL %1: %2</source>
        <translation>No se pudo registrar la dirección de la sincronización en la %1 de PostgreSQL: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not give up the sync lead in the PostgreSQL %1: %2</source>
        <translation>No se pudo ceder la dirección de la sincronización en la %1 de PostgreSQL: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not read the sync lead in the PostgreSQL %1: %2</source>
        <translation>No se pudo leer la dirección de la sincronización en la %1 de PostgreSQL: %2</translation>
    </message>
</context>
<context>
    <name>PgLogin</name>
    <message>
        <location filename="../app/storage/postgres/pglogin.cpp" line="+28"/>
        <source>The PostgreSQL %1 asks for a password, and none is in PGPASSWORD, ~/.pgpass or the OS keychain (%2). Store it with: %3</source>
        <extracomment>%1 names the database, host, port and login; %2 why the keychain gave nothing; %3 a command</extracomment>
        <translation>La %1 de PostgreSQL pide una contraseña, y no hay ninguna en PGPASSWORD, ~/.pgpass ni en el llavero del sistema (%2). Guárdela con: %3</translation>
    </message>
</context>
<context>
    <name>PgOutboxLeases</name>
    <message>
        <location filename="../app/storage/postgres/pgoutboxleases.cpp" line="+112"/>
        <source>Could not lease outbox messages in the PostgreSQL %1: %2</source>
        <translation>No se pudieron reservar mensajes de la bandeja de salida en la %1 de PostgreSQL: %2</translation>
    </message>
</context>
<context>
    <name>PgSchema</name>
    <message>
        <location filename="../app/storage/postgres/pgschema.cpp" line="+366"/>
        <source>%1 may not read the store: it is a member of none of the roles %2. The database owner grants one to the login, e.g. GRANT %3 TO alice; (%4)</source>
        <translation>%1 no puede leer el almacén: el inicio de sesión no es miembro de ninguno de los roles %2. El propietario de la base de datos le concede uno, por ejemplo GRANT %3 TO alice; (%4)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the database owner</source>
        <translation>el propietario de la base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database owner (%1) runs once: azure-status-console --headless init-store --db %2</source>
        <translation>El propietario de la base de datos (%1) ejecuta una vez: azure-status-console --headless init-store --db %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The PostgreSQL store (%1) was migrated by a newer version of this console (schema version %2; this version knows up to %3). Use a newer console.</source>
        <translation>El almacén PostgreSQL (%1) se migró con una versión más reciente de esta consola (versión de esquema %2; esta versión admite hasta la %3). Use una consola más reciente.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PostgreSQL database (%1) holds no store yet. %2</source>
        <translation>La base de datos PostgreSQL (%1) aún no contiene ningún almacén. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PostgreSQL store (%1) is at schema version %2; this console needs version %3. %4</source>
        <translation>El almacén PostgreSQL (%1) está en la versión de esquema %2; esta consola necesita la versión %3. %4</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 may not create the roles of the store (%2). A superuser runs once, in psql: CREATE ROLE %3 NOLOGIN; for each of %4; or gives the database owner CREATEROLE. Then: %5</source>
        <translation>%1 no puede crear los roles del almacén (%2). Un superusuario ejecuta una vez, en psql: CREATE ROLE %3 NOLOGIN; para cada uno de %4; o da CREATEROLE al propietario de la base de datos. Después: %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not create the role %1 in %2: %3</source>
        <translation>No se pudo crear el rol %1 en %2: %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 may not migrate the store: %2. %3</source>
        <translation>%1 no puede migrar el almacén: %2. %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not migrate the PostgreSQL store (%1) to schema version %2: %3</source>
        <translation>No se pudo migrar el almacén PostgreSQL (%1) a la versión de esquema %2: %3</translation>
    </message>
</context>
<context>
    <name>PgStore</name>
    <message>
        <location filename="../app/storage/postgres/pgstore.cpp" line="+75"/>
        <source>Could not read the PostgreSQL store %1: %2</source>
        <translation>No se pudo leer el almacén PostgreSQL %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not read what %1 may do in the PostgreSQL store: %2</source>
        <translation>No se pudo leer qué puede hacer %1 en el almacén PostgreSQL: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 may not read the PostgreSQL store. The database owner grants one of the roles %2.</source>
        <translation>%1 no puede leer el almacén PostgreSQL. El propietario de la base de datos concede uno de los roles %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a helpdesk login: it reads the store and asks for Report now; the reporter syncs and sends.</source>
        <extracomment>%1 names the database, host and login</extracomment>
        <translation>%1 es un inicio de sesión de soporte: lee el almacén y pide Informar ahora; el informador sincroniza y envía.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 may only read the store.</source>
        <translation>%1 solo puede leer el almacén.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Could not read the sync lead in the PostgreSQL store %1: %2</source>
        <translation>No se pudo leer la dirección de la sincronización en el almacén PostgreSQL %1: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 may not ask for Report now: the database refused it (%2).</source>
        <translation>%1 no puede pedir «Informar ahora»: la base de datos lo rechazó (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report now was not asked for in the PostgreSQL store %1: %2</source>
        <translation>No se pidió «Informar ahora» en el almacén PostgreSQL %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not read the Report now requests of the PostgreSQL store %1: %2</source>
        <translation>No se pudieron leer las peticiones de «Informar ahora» del almacén PostgreSQL %1: %2</translation>
    </message>
</context>
<context>
    <name>Platforms</name>
    <message>
        <location filename="../models/device.cpp" line="+7"/>
        <source>Unknown</source>
        <translation>Desconocida</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <location filename="../ui/policyeditor.cpp" line="+294"/>
        <location line="+6"/>
        <location line="+13"/>
        <source>New policy</source>
        <translation>Nueva directiva</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Policies</source>
        <translation>Directivas</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/policyform.cpp" line="+84"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule:</source>
        <translation>Regla:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actions, in order (the most restrictive one whose wait has elapsed applies):</source>
        <translation>Acciones, en orden (se aplica la más restrictiva cuya espera haya transcurrido):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wait (days)</source>
        <translation>Espera (días)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+136"/>
        <source>Add action</source>
        <translation>Agregar acción</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="+2"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save to MDM</source>
        <translation>Guardar en el MDM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview device id:</source>
        <translation>Id. del dispositivo para la vista previa:</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/fleetimpactpanel.cpp" line="+65"/>
        <source>Fleet impact of the unsaved changes</source>
        <translation>Impacto en la flota de los cambios sin guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>Id.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What Azure receives</source>
        <translation>Lo que recibe Azure</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="+17"/>
        <source>%1%2
%3</source>
        <extracomment>A policy in the list: its name and rule; the star marks unsaved changes.</extracomment>
        <translation>%1%2
%3</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/policyform.cpp" line="+23"/>
        <source>Minimum OS version:</source>
        <translation>Versión mínima del SO:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 16.0</source>
        <translation>p. ej., 16.0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blocked app id:</source>
        <translation>Id. de la aplicación bloqueada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. com.example.game</source>
        <translation>p. ej., com.example.game</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days without check-in:</source>
        <translation>Días sin contacto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 30</source>
        <translation>p. ej., 30</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parameter:</source>
        <translation>Parámetro:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This rule has no parameter.</source>
        <translation>Esta regla no tiene parámetro.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>now</source>
        <extracomment>Shown in the wait box when the action is taken at once (a wait of 0 days).</extracomment>
        <translation>ahora</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Action %1</source>
        <extracomment>%1 is the step&apos;s number in the policy&apos;s list of actions.</extracomment>
        <translation>Acción %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait before action %1, in days</source>
        <extracomment>%1 is the step&apos;s number in the policy&apos;s list of actions.</extracomment>
        <translation>Espera antes de la acción %1, en días</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="+22"/>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/policyform.cpp" line="+70"/>
        <source>Remove action</source>
        <translation>Quitar acción</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move action</source>
        <translation>Mover acción</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="+14"/>
        <source>Two policies have the id %1.</source>
        <translation>Dos directivas tienen el Id. %1.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>There is no device with id %1.</source>
        <translation>No hay ningún dispositivo con el Id. %1.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/fleetimpactpanel.cpp" line="+54"/>
        <source>Computing the fleet impact…</source>
        <translation>Calculando el impacto en la flota…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading the fleet for the impact…</source>
        <translation>Leyendo la flota para calcular el impacto…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The fleet impact is not available: %1</source>
        <extracomment>%1 says why the devices could not be read from the store.</extracomment>
        <translation>El impacto en la flota no está disponible: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>No device changes what Azure receives (%n device(s) evaluated).</source>
        <translation>
            <numerusform>Ningún dispositivo cambia lo que recibe Azure (%n dispositivo evaluado).</numerusform>
            <numerusform>Ningún dispositivo cambia lo que recibe Azure (%n dispositivos evaluados).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No unsaved changes.</source>
        <translation>No hay cambios sin guardar.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Compliant → Non-compliant: %n device(s)</source>
        <translation>
            <numerusform>Compatible → No compatible: %n dispositivo</numerusform>
            <numerusform>Compatible → No compatible: %n dispositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Non-compliant → Compliant: %n device(s)</source>
        <translation>
            <numerusform>No compatible → Compatible: %n dispositivo</numerusform>
            <numerusform>No compatible → Compatible: %n dispositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Removed from Azure (retired): %n device(s)</source>
        <translation>
            <numerusform>Eliminado de Azure (retirado): %n dispositivo</numerusform>
            <numerusform>Eliminados de Azure (retirados): %n dispositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>No longer retired: %n device(s)</source>
        <translation>
            <numerusform>Ya no retirado: %n dispositivo</numerusform>
            <numerusform>Ya no retirados: %n dispositivos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list shows the first %1.</source>
        <translation>La lista muestra los primeros %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New or changed rule (%1): the MDM decides which devices violate it as they check in; the counts cover only the devices that violate it today.</source>
        <extracomment>%1: policy names. The fleet impact cannot foresee which devices violate a new or changed rule.</extracomment>
        <translation>Regla nueva o modificada (%1): el MDM decide qué dispositivos la infringen en su próximo contacto; los recuentos solo incluyen los dispositivos que la infringen hoy.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="+27"/>
        <source>Unsaved policy changes</source>
        <translation>Cambios de directiva sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The policies have unsaved changes. Save them to the MDM, discard them, or keep editing?</source>
        <translation>Las directivas tienen cambios sin guardar. ¿Guardarlos en el MDM, descartarlos o seguir editando?</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saving to the MDM…</source>
        <translation>Guardando en el MDM…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Saved %n policy(s); %1 queued for Azure.</source>
        <translation>
            <numerusform>Se guardó %n directiva; %1 en cola para Azure.</numerusform>
            <numerusform>Se guardaron %n directivas; %1 en cola para Azure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n device report(s)</source>
        <translation>
            <numerusform>%n informe de dispositivo</numerusform>
            <numerusform>%n informes de dispositivos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
</context>
<context>
    <name>PolicyPreview</name>
    <message>
        <location filename="../models/policypreview.cpp" line="+11"/>
        <source>now</source>
        <extracomment>When an action of a policy is taken: at once.</extracomment>
        <translation>ahora</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>after %n day(s)</source>
        <translation>
            <numerusform>después de %n día</numerusform>
            <numerusform>después de %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2)</source>
        <extracomment>The policy that caused the action in effect, and its rule: &quot;Jailbreak check (Jailbroken or rooted)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PolicyPreviewView</name>
    <message>
        <location filename="../ui/policypreviewview.cpp" line="+113"/>
        <source>Action in effect:</source>
        <translation>Acción en vigor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure receives:</source>
        <translation>Azure recibe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caused by:</source>
        <translation>Causa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation timeline</source>
        <translation>Cronología de escalado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upload payload (DataUploadMessages body)</source>
        <translation>Carga enviada (cuerpo de DataUploadMessages)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action in effect</source>
        <translation>Acción en vigor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Azure receives</source>
        <translation>Azure recibe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a device to preview what Azure receives for it.</source>
        <translation>Seleccione un dispositivo para ver lo que recibe Azure de él.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview for %1 (id %2)</source>
        <extracomment>The preview&apos;s title: the device name and its MDM id.</extracomment>
        <translation>Vista previa de %1 (Id. %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None (no violated rule has an action in effect)</source>
        <translation>Ninguna (ninguna regla infringida tiene una acción en vigor)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No violated rule</source>
        <translation>Ninguna regla infringida</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 (%3)</source>
        <extracomment>A timeline step: &quot;Quarantine after 7 days (Jailbreak check)&quot;.</extracomment>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In effect now</source>
        <translation>En vigor ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not sent: this device has no Azure Device Identifier (Azure Client Status Code: %1), so nothing is sent to Azure for it until it has one.</source>
        <translation>No se envía: este dispositivo no tiene identificador del dispositivo Azure (código de estado del cliente de Azure: %1), así que no se envía nada a Azure hasta que lo tenga.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none reported</source>
        <translation>ninguno informado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not sent: %1</source>
        <extracomment>%1 says why, in a sentence</extracomment>
        <translation>No se envía: %1</translation>
    </message>
</context>
<context>
    <name>PolicyService</name>
    <message>
        <location filename="../app/policy/policyservice.cpp" line="+44"/>
        <source>Read-only: the MDM user %1 has the helpdesk role. Helpdesk staff may read policies and use Report now; only a policy author may change policies.</source>
        <translation>Solo lectura: el usuario de MDM %1 tiene el rol de soporte técnico. El soporte técnico puede leer las directivas y usar Informar ahora; solo un autor de directivas puede cambiarlas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read-only: the console is offline, so policies cannot be written to the MDM.</source>
        <translation>Solo lectura: la consola está sin conexión, por lo que las directivas no se pueden escribir en el MDM.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only: the MDM did not say what the user %1 may do: %2</source>
        <translation>Solo lectura: el MDM no indicó qué puede hacer el usuario %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only until the MDM confirms that the user %1 is a policy author.</source>
        <translation>Solo lectura hasta que el MDM confirme que el usuario %1 es autor de directivas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>MDM account (/api/v1/account/me)</source>
        <translation>Cuenta de MDM (/api/v1/account/me)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the answer has no known role (&quot;%1&quot;).</source>
        <translation>la respuesta no contiene ningún rol conocido («%1»).</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 %2</source>
        <extracomment>One step of a policy in the audit log: &quot;Block Email after 3 days&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>after %n day(s)</source>
        <translation>
            <numerusform>después de %n día</numerusform>
            <numerusform>después de %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name: %1 → %2</source>
        <translation>Nombre: %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule: %1 → %2</source>
        <translation>Regla: %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actions: %1 → %2</source>
        <translation>Acciones: %1 → %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A save is already running.</source>
        <translation>Ya se está guardando.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The MDM has no default device space.</source>
        <translation>El MDM no tiene un espacio de dispositivos predeterminado.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>MDM compliance policy %1 (/api/v1/compliancepolicy)</source>
        <translation>Directiva de cumplimiento de MDM %1 (/api/v1/compliancepolicy)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created: %1; %2</source>
        <translation>Creada: %1; %2</translation>
    </message>
</context>
<context>
    <name>ProcessHardening</name>
    <message>
        <location filename="../app/security/processhardening.cpp" line="+27"/>
        <source>core files could not be switched off (setrlimit RLIMIT_CORE: %1)</source>
        <translation>no se pudieron desactivar los archivos core (setrlimit RLIMIT_CORE: %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>core files are still allowed after setrlimit RLIMIT_CORE</source>
        <translation>los archivos core siguen permitidos después de setrlimit RLIMIT_CORE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the process could not be made non-dumpable (prctl PR_SET_DUMPABLE: %1)</source>
        <translation>no se pudo impedir el volcado del proceso (prctl PR_SET_DUMPABLE: %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the process is still dumpable after prctl PR_SET_DUMPABLE</source>
        <translation>el proceso sigue pudiendo volcarse después de prctl PR_SET_DUMPABLE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Process hardening incomplete: %1. Another program of the same user may be able to read this console&apos;s memory, which holds its secrets.</source>
        <extracomment>%1 lists what failed, separated by semicolons</extracomment>
        <translation>Protección del proceso incompleta: %1. Otro programa del mismo usuario podría leer la memoria de esta consola, que contiene sus secretos.</translation>
    </message>
</context>
<context>
    <name>ReportDelivery</name>
    <message numerus="yes">
        <location filename="../app/reporting/reportdelivery.cpp" line="+134"/>
        <source>%1 Nothing is sent until the partner tenant is provisioned; the next try is in %n second(s), at most %2 tries a sync.</source>
        <translation>
            <numerusform>%1 No se envía nada hasta que el inquilino asociado esté aprovisionado; el próximo intento es dentro de %n segundo, como máximo %2 intentos por sincronización.</numerusform>
            <numerusform>%1 No se envía nada hasta que el inquilino asociado esté aprovisionado; el próximo intento es dentro de %n segundos, como máximo %2 intentos por sincronización.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+155"/>
        <source>The status of the message could not be read %1 times in a row: %2</source>
        <translation>No se pudo leer el estado del mensaje %1 veces seguidas: %2</translation>
    </message>
</context>
<context>
    <name>ReportListModel</name>
    <message>
        <location filename="../ui/reportlistmodel.cpp" line="+142"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trigger</source>
        <translation>Desencadenador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next attempt</source>
        <translation>Próximo intento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirmed</source>
        <extracomment>When Azure confirmed (or refused) the message.</extracomment>
        <translation>Confirmado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error</source>
        <extracomment>Column of the reports view: the last error of a queued message, the reason of a failed one.</extracomment>
        <translation>Detalle del error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message id</source>
        <translation>Id. de mensaje</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Waiting to retry</source>
        <translation>Pendiente de reintento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Awaiting confirmation</source>
        <translation>Pendiente de confirmación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>ReportOutbox</name>
    <message>
        <location filename="../app/storage/postgres/pgreportoutbox.cpp" line="-348"/>
        <location filename="../app/storage/sqlite/sqlitereportoutbox.cpp" line="+58"/>
        <source>The batch size must be at least 1, not %1.</source>
        <translation>El tamaño de lote debe ser al menos 1, no %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/storage/sqlite/sqlitereportoutbox.cpp" line="+7"/>
        <source>Could not queue the reports in %1: %2</source>
        <translation>No se pudieron poner en cola los informes en %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 may not queue reports: the reporter login queues and sends them. Nothing was queued. (%2)</source>
        <translation>%1 no puede poner informes en cola: el inicio de sesión del informador los pone en cola y los envía. No se puso nada en cola. (%2)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Could not read the report outbox in %1: %2</source>
        <translation>No se pudo leer la bandeja de salida de informes en %1: %2</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Could not record what happened to report %1 in %2: %3</source>
        <translation>No se pudo registrar lo ocurrido con el informe %1 en %2: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 may not record what happened to report %2: the reporter login sends reports. Nothing was changed. (%3)</source>
        <translation>%1 no puede registrar lo ocurrido con el informe %2: el inicio de sesión del informador envía los informes. No se cambió nada. (%3)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Another process may have report %1 now: this process&apos;s lease on it ran out (or it never claimed it), so it changed nothing. The report is sent again under the same message id.</source>
        <translation>Puede que otro proceso tenga ahora el informe %1: la reserva de este proceso caducó (o nunca lo reservó), así que no cambió nada. El informe se vuelve a enviar con el mismo Id. de mensaje.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another process (%1) has report %2 now: this process&apos;s lease on it ran out, so it changed nothing. That process sends it under the same message id.</source>
        <translation>Otro proceso (%1) tiene ahora el informe %2: la reserva de este proceso caducó, así que no cambió nada. Ese proceso lo envía con el mismo Id. de mensaje.</translation>
    </message>
    <message>
        <location filename="../app/storage/sqlite/sqlitereportoutbox.cpp" line="+55"/>
        <location line="+2"/>
        <source>device %1: %2</source>
        <translation>dispositivo %1: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/postgres/pgreportoutbox.cpp" line="-140"/>
        <location line="+124"/>
        <location filename="../app/storage/sqlite/sqlitereportoutbox.cpp" line="+64"/>
        <source>No report with message id %1.</source>
        <translation>No hay ningún informe con el Id. de mensaje %1.</translation>
    </message>
</context>
<context>
    <name>ReportPlanner</name>
    <message>
        <location filename="../app/reporting/reportplanner.cpp" line="+36"/>
        <source>Compliance state change</source>
        <translation>Cambio de estado del cumplimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inventory change</source>
        <translation>Cambio de inventario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy escalation</source>
        <translation>Escalado de directiva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly report</source>
        <translation>Informe semanal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report now</source>
        <translation>Informar ahora</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>It has no Azure device identifier, so Azure cannot take a report of it.</source>
        <translation>No tiene identificador del dispositivo Azure, así que Azure no puede aceptar informes de él.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Entra object id of its user %1 is not known yet: Microsoft Graph has not been asked, or could not answer. The next sync asks again.</source>
        <extracomment>%1 is the user&apos;s principal name, e.g. alice@contoso.com</extracomment>
        <translation>Todavía no se conoce el Id. de objeto de Entra de su usuario %1: no se ha consultado a Microsoft Graph o no pudo responder. La próxima sincronización vuelve a consultarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entra ID has no user with the principal name %1, and Azure takes reports only for users it knows. Fix the user in the MDM or in Entra ID.</source>
        <translation>Entra ID no tiene ningún usuario con el nombre principal %1, y Azure solo acepta informes de usuarios que conoce. Corrija el usuario en el MDM o en Entra ID.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The MDM names no user for it, and Azure takes reports only for a device&apos;s user.</source>
        <translation>El MDM no le asigna ningún usuario, y Azure solo acepta informes del usuario de un dispositivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Entra object id of its user is not known.</source>
        <translation>No se conoce el Id. de objeto de Entra de su usuario.</translation>
    </message>
</context>
<context>
    <name>ReportTime</name>
    <message>
        <location filename="../models/reporttime.cpp" line="+19"/>
        <source>report failed</source>
        <translation>el informe falló</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Blank because reporting to Azure is disabled.</source>
        <translation>En blanco porque los informes a Azure están deshabilitados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blank because the data was received and the Microsoft API has not been called yet.</source>
        <translation>En blanco porque se recibieron los datos y todavía no se ha llamado a la API de Microsoft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blank because of an error: %1.</source>
        <translation>En blanco debido a un error: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blank because Entra ID has no user with this device&apos;s user principal name, so the device is not reported.</source>
        <translation>En blanco porque Entra ID no tiene ningún usuario con el nombre principal de usuario de este dispositivo, así que el dispositivo no se informa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blank because the MDM names no user for this device, so the device is not reported.</source>
        <translation>En blanco porque el MDM no asigna ningún usuario a este dispositivo, así que el dispositivo no se informa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Blank because the Entra object id of this device&apos;s user is not known yet, so the device is not reported; the next sync looks it up.</source>
        <translation>En blanco porque todavía no se conoce el Id. de objeto de Entra del usuario de este dispositivo, así que el dispositivo no se informa; la próxima sincronización lo busca.</translation>
    </message>
</context>
<context>
    <name>ReportingEngine</name>
    <message>
        <location filename="../app/reporting/reportingengine.cpp" line="+53"/>
        <source>Azure asked for every device again (resync requested for %1): a full report is queued.</source>
        <translation>Azure volvió a pedir todos los dispositivos (resincronización solicitada para %1): se ha puesto en cola un informe completo.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Nothing was sent to Azure: the audit log could not be written: %1</source>
        <translation>No se envió nada a Azure: no se pudo escribir el registro de auditoría: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Azure deprovisioned the tenant, but reporting could not be switched off: %1</source>
        <translation>Azure desaprovisionó el inquilino, pero no se pudieron deshabilitar los informes: %1</translation>
    </message>
    <message>
        <location line="+166"/>
        <location line="+199"/>
        <source>Reporting to Azure is switched off in the settings.</source>
        <translation>Los informes a Azure están deshabilitados en la configuración.</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>There is no device with id %1.</source>
        <translation>No hay ningún dispositivo con el Id. %1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Report now was not queued: the audit log could not be written: %1</source>
        <translation>«Informar ahora» no puso nada en cola: no se pudo escribir el registro de auditoría: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Report now requests could not be queued: %1</source>
        <translation>No se pudieron poner en cola las peticiones de «Informar ahora»: %1</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../ui/reportsview.cpp" line="+335"/>
        <source>Could not read the report outbox: %1</source>
        <translation>No se pudo leer la bandeja de salida de informes: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Queue (%Ln)</source>
        <extracomment>Tab of the reports view: messages waiting to be sent. %Ln: how many.</extracomment>
        <translation>
            <numerusform>Cola (%Ln)</numerusform>
            <numerusform>Cola (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>In flight (%Ln)</source>
        <extracomment>Tab of the reports view: messages sent, waiting for Azure&apos;s confirmation.</extracomment>
        <translation>
            <numerusform>En tránsito (%Ln)</numerusform>
            <numerusform>En tránsito (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>History (%Ln)</source>
        <extracomment>Tab of the reports view: completed and failed messages.</extracomment>
        <translation>
            <numerusform>Historial (%Ln)</numerusform>
            <numerusform>Historial (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Failures (%Ln)</source>
        <extracomment>Tab of the reports view: failed messages with the reason.</extracomment>
        <translation>
            <numerusform>Error (%Ln)</numerusform>
            <numerusform>Errores (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to be sent, with the next attempt time and the last error</source>
        <translation>Pendientes de envío, con la hora del próximo intento y el último error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent, waiting for Azure&apos;s confirmation</source>
        <translation>Enviados, a la espera de la confirmación de Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed and failed</source>
        <translation>Completados y con error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed, with the reason</source>
        <translation>Con error, con el motivo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Showing the newest %1 of %2 messages.</source>
        <translation>Se muestran los %1 mensajes más recientes de %2.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>%1; next attempt %2</source>
        <translation>%1; próximo intento el %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 since %2</source>
        <extracomment>A message waiting for Azure&apos;s confirmation: &quot;&lt;state&gt; since &lt;time it was sent&gt;&quot;.</extracomment>
        <translation>%1 desde el %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reason was given.</source>
        <translation>No se indicó ningún motivo.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None</source>
        <comment>last error</comment>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not read this message: %1</source>
        <translation>No se pudo leer este mensaje: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Devices: the first %1 of %2</source>
        <translation>Dispositivos: los primeros %1 de %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Devices (%Ln)</source>
        <translation>
            <numerusform>Dispositivo (%Ln)</numerusform>
            <numerusform>Dispositivos (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Content: what Azure receives, indented</source>
        <translation>Contenido: lo que recibe Azure, con sangría</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The stored request body is not a JSON object (%1); shown as stored.</source>
        <translation>El cuerpo de la solicitud almacenado no es un objeto JSON (%1); se muestra tal como se almacenó.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Content is not a JSON array (%1); shown as stored.</source>
        <translation>El contenido no es una matriz JSON (%1); se muestra tal como se almacenó.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a message to see its devices and what Azure receives.</source>
        <translation>Seleccione un mensaje para ver sus dispositivos y lo que recibe Azure.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report messages</source>
        <translation>Mensajes de informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message id</source>
        <translation>Id. de mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant id</source>
        <translation>Id. de inquilino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload time</source>
        <translation>Hora de carga</translation>
    </message>
</context>
<context>
    <name>SavedView</name>
    <message>
        <location filename="../models/savedview.cpp" line="+42"/>
        <source>A saved view has no name.</source>
        <translation>Una vista guardada no tiene nombre.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved view &quot;%1&quot;: &quot;%2&quot; is not a valid filter.</source>
        <translation>Vista guardada «%1»: «%2» no es un filtro válido.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved view &quot;%1&quot;: unknown sort column &quot;%2&quot;.</source>
        <translation>Vista guardada «%1»: columna de ordenación desconocida «%2».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved view &quot;%1&quot;: unknown column &quot;%2&quot;.</source>
        <translation>Vista guardada «%1»: columna desconocida «%2».</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The saved views are not valid JSON (%1 at offset %2).</source>
        <translation>Las vistas guardadas no son JSON válido (%1 en la posición %2).</translation>
    </message>
</context>
<context>
    <name>ScreenshotCatalog</name>
    <message>
        <location filename="../ui/screenshotcatalog.cpp" line="-106"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Devices: a device with a client status problem</source>
        <translation>Dispositivos: un dispositivo con un problema de estado del cliente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reports to Azure: queue</source>
        <translation>Informes a Azure: cola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports to Azure: in flight</source>
        <translation>Informes a Azure: en tránsito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports to Azure: history</source>
        <translation>Informes a Azure: historial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports to Azure: failures</source>
        <translation>Informes a Azure: errores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner health</source>
        <translation>Estado de los asociados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Policies: editor, preview and fleet impact</source>
        <translation>Directivas: editor, vista previa e impacto en la flota</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translator check</source>
        <translation>Revisión de traducciones</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Settings dialog</source>
        <translation>Cuadro de diálogo Configuración</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Settings dialog, the store page</source>
        <translation>Cuadro de diálogo de configuración, página del almacén</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Report devices listed in a CSV file</source>
        <translation>Informar de los dispositivos de un archivo CSV</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A store that cannot be opened</source>
        <translation>Un almacén que no se puede abrir</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Devices: a device with a client status problem, dark palette</source>
        <translation>Dispositivos: un dispositivo con un problema de estado del cliente, paleta oscura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Policies, dark palette</source>
        <translation>Directivas, paleta oscura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partner health, dark palette</source>
        <translation>Estado de los asociados, paleta oscura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings dialog, dark palette</source>
        <translation>Cuadro de diálogo Configuración, paleta oscura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Devices: a device with a client status problem, high-contrast palette</source>
        <translation>Dispositivos: un dispositivo con un problema de estado del cliente, paleta de alto contraste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Policies, high-contrast palette</source>
        <translation>Directivas, paleta de alto contraste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partner health, high-contrast palette</source>
        <translation>Estado de los asociados, paleta de alto contraste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings dialog, high-contrast palette</source>
        <translation>Cuadro de diálogo Configuración, paleta de alto contraste</translation>
    </message>
</context>
<context>
    <name>ScreenshotRunner</name>
    <message>
        <location filename="../ui/screenshotrunner.cpp" line="+28"/>
        <source>Unknown language &quot;%1&quot; in &quot;%2&quot;; available: %3.</source>
        <translation>Idioma desconocido «%1» en «%2»; disponibles: %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No language given in &quot;%1&quot;; available: %2.</source>
        <translation>No se indica ningún idioma en «%1»; disponibles: %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Azure Status Console: screenshots</source>
        <translation>Azure Status Console: capturas de pantalla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure Status Console: every view in every language</source>
        <translation>Azure Status Console: cada vista en cada idioma</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not available in this run</source>
        <translation>no disponible en esta ejecución</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>every string fits</source>
        <translation>todas las cadenas caben</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Strings that do not fit: %n</source>
        <translation>
            <numerusform>Cadenas que no caben: %n</numerusform>
            <numerusform>Cadenas que no caben: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+15"/>
        <source>The folder %1 could not be created.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The screenshot %1 could not be written.</source>
        <translation>No se pudo escribir la captura de pantalla %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../app/security/secretstore.cpp" line="+42"/>
        <source>MDM password</source>
        <translation>Contraseña del MDM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entra client secret</source>
        <translation>Secreto de cliente de Entra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL password</source>
        <translation>Contraseña de PostgreSQL</translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>The OS keychain did not answer within %n second(s) (key &quot;%1&quot;); is the keyring waiting to be unlocked?</source>
        <translation>
            <numerusform>El llavero del sistema no respondió en %n segundo (clave «%1»); ¿está esperando a que se desbloquee?</numerusform>
            <numerusform>El llavero del sistema no respondió en %n segundos (clave «%1»); ¿está esperando a que se desbloquee?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The OS keychain holds no secret &quot;%1&quot; (service &quot;%2&quot;); enter it in File → Settings.</source>
        <translation>El llavero del sistema no contiene el secreto «%1» (servicio «%2»); introdúzcalo en Archivo → Configuración.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The OS keychain refused access to &quot;%1&quot;: %2. Unlock the keyring and try again.</source>
        <translation>El llavero del sistema denegó el acceso a «%1»: %2. Desbloquee el llavero y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No secret service is reachable: the console keeps its passwords and client secrets only in the OS keychain (the Secret Service on D-Bus, e.g. gnome-keyring or KWallet) and never in plain text. Start and unlock a keyring in this session, then try again. (%1)</source>
        <extracomment>%1 is the error QtKeychain/libsecret reported. Secret Service, D-Bus, gnome-keyring and KWallet are product names.</extracomment>
        <translation>No se puede contactar con ningún servicio de secretos: la consola guarda sus contraseñas y secretos de cliente solo en el llavero del sistema (el Secret Service de D-Bus, p. ej., gnome-keyring o KWallet) y nunca en texto sin cifrar. Inicie y desbloquee un llavero en esta sesión y vuelva a intentarlo. (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The OS keychain could not read the secret &quot;%1&quot;: %2</source>
        <translation>El llavero del sistema no pudo leer el secreto «%1»: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The OS keychain could not store the secret &quot;%1&quot;: %2</source>
        <translation>El llavero del sistema no pudo guardar el secreto «%1»: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The OS keychain could not delete the secret &quot;%1&quot;: %2</source>
        <translation>El llavero del sistema no pudo eliminar el secreto «%1»: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+145"/>
        <source>Ivanti Neurons for MDM</source>
        <translation>Ivanti Neurons for MDM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MDM URL:</source>
        <translation>URL del MDM:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API user:</source>
        <translation>Usuario de la API:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password or API token:</source>
        <translation>Contraseña o token de API:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device space:</source>
        <translation>Espacio de dispositivos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Entra app registration</source>
        <translation>Registro de aplicación de Microsoft Entra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant id:</source>
        <translation>Id. de inquilino:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client id:</source>
        <translation>Id. de cliente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret:</source>
        <translation>Secreto de cliente:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign-in and Graph</source>
        <translation>Inicio de sesión y Graph</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entra login URL:</source>
        <translation>URL de inicio de sesión de Entra:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Graph URL:</source>
        <translation>URL de Microsoft Graph:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner compliance endpoints</source>
        <translation>Puntos de conexión de cumplimiento del asociado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant sync URL:</source>
        <translation>URL de sincronización del inquilino:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device sync URL:</source>
        <translation>URL de sincronización de dispositivos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrollment URL:</source>
        <translation>URL de inscripción:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remediation URL:</source>
        <translation>URL de corrección:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave empty to use the endpoints discovered through Microsoft Graph (shown greyed after a connection test). A URL typed here overrides discovery.</source>
        <translation>Déjelo vacío para usar los puntos de conexión detectados mediante Microsoft Graph (se muestran atenuados tras una prueba de conexión). Una URL escrita aquí sustituye a la detección.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reports to Azure</source>
        <translation>Informes a Azure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Devices per message:</source>
        <translation>Dispositivos por mensaje:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly report:</source>
        <translation>Informe semanal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At (local time):</source>
        <translation>A las (hora local):</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+416"/>
        <location line="+21"/>
        <source>Disconnect from Azure</source>
        <translation>Desconexión de Azure</translation>
    </message>
    <message>
        <location line="-432"/>
        <source>Deprovisions the partner tenant in Intune and switches reporting off. Use it when this console stops reporting for the tenant.</source>
        <translation>Desaprovisiona el inquilino asociado en Intune y deshabilita los informes. Úselo cuando esta consola deje de informar para el inquilino.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Transport security</source>
        <translation>Seguridad del transporte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CA certificates file (PEM):</source>
        <translation>Archivo de certificados de CA (PEM):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every host but this machine is reached over https only. Certificates are checked against the system&apos;s certificate authorities and, if set, the ones in this file (for a private CA). A certificate that fails the check stops the connection.</source>
        <translation>Todos los hosts salvo este equipo se contactan solo por https. Los certificados se comprueban con las entidades de certificación del sistema y, si se indica, con las de este archivo (para una CA privada). Un certificado que no supera la comprobación detiene la conexión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User interface:</source>
        <translation>Interfaz de usuario:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Device store</source>
        <translation>Almacén de dispositivos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File or PostgreSQL URI:</source>
        <translation>Archivo o URI de PostgreSQL:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Used from the next start, unless --db names another store. A PostgreSQL store is shared by a team: postgresql://login@host:port/database?sslmode=verify-full, with sslrootcert=/path/ca.pem added for a private CA. Its password never goes in the URI: it comes from ~/.pgpass, PGPASSWORD or the OS keychain (azure-status-console --headless store-secret db-password --db URI).</source>
        <translation>Se usa desde el próximo inicio, salvo que --db indique otro almacén. Un almacén PostgreSQL lo comparte un equipo: postgresql://usuario@host:puerto/base?sslmode=verify-full, con sslrootcert=/ruta/ca.pem añadido para una CA privada. Su contraseña nunca va en la URI: viene de ~/.pgpass, de PGPASSWORD o del llavero del sistema (azure-status-console --headless store-secret db-password --db URI).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Connection test</source>
        <translation>Prueba de conexión</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>stored in the OS keychain; type to replace</source>
        <translation>guardado en el llavero del sistema; escriba para sustituirlo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter the MDM URL and the Entra app registration to test a connection; the demo tenant needs no test.</source>
        <translation>Introduzca la URL del MDM y el registro de aplicación de Entra para probar una conexión; el inquilino de demostración no necesita prueba.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not tested: an earlier stage failed</source>
        <translation>no probado: una etapa anterior falló</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The settings are saved, but a secret of the previous MDM user or Entra app could not be removed from the keychain:
%1</source>
        <translation>La configuración se ha guardado, pero no se pudo quitar del llavero un secreto del usuario de MDM o de la aplicación de Entra anteriores:
%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was not imported: %2</source>
        <extracomment>%1 is the file, %2 names the field and what is wrong</extracomment>
        <translation>No se importó %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export settings</source>
        <translation>Exportar la configuración</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Settings (*.json)</source>
        <translation>Configuración (*.json)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Import settings</source>
        <translation>Importar la configuración</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CA certificates file</source>
        <translation>Archivo de certificados de CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opening the store…</source>
        <translation>Abriendo el almacén…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the demo tenant</source>
        <translation>el inquilino de demostración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disconnect this console from Azure for the tenant %1?</source>
        <translation>¿Desconectar esta consola de Azure para el inquilino %1?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure (Intune) is told that the partner tenant is deprovisioned: it stops taking compliance data from this console, and the partner shows as deprovisioned in Intune. Devices keep the compliance state Azure last received until another partner reports them. Reporting is switched off here, so nothing is sent again until you switch it back on. The request is written to the audit log.</source>
        <translation>Se indica a Azure (Intune) que el inquilino asociado está desaprovisionado: deja de aceptar datos de cumplimiento de esta consola y el asociado aparece como desaprovisionado en Intune. Los dispositivos conservan el último estado de cumplimiento que recibió Azure hasta que otro asociado informe de ellos. Los informes se deshabilitan aquí, así que no se envía nada más hasta que los vuelva a habilitar. La solicitud se anota en el registro de auditoría.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The partner tenant is deprovisioned and reporting to Azure is switched off.</source>
        <translation>El inquilino asociado está desaprovisionado y los informes a Azure están deshabilitados.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disconnect from Azure failed; nothing changed: %1</source>
        <translation>Error al desconectar de Azure; no ha cambiado nada: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings pages</source>
        <translation>Páginas de configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tenant</source>
        <translation>&amp;Inquilino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Endpoints</source>
        <translation>&amp;Puntos de conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reporting</source>
        <translation>I&amp;nformes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Security and language</source>
        <translation>&amp;Seguridad e idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;ore</source>
        <translation>&amp;Almacén</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: devices.sqlite in your data folder</source>
        <translation>vacío: devices.sqlite en su carpeta de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;heck the store</source>
        <translation>Compro&amp;bar el almacén</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://your-tenant.mobileiron.com — empty: the demo tenant</source>
        <translation>https://your-tenant.mobileiron.com — vacío: el inquilino de demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory (tenant) ID, a GUID</source>
        <translation>Id. de directorio (inquilino), un GUID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application (client) ID, a GUID</source>
        <translation>Id. de aplicación (cliente), un GUID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the default device space</source>
        <translation>el espacio de dispositivos predeterminado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password and the client secret are stored only in the OS keychain, never in the settings file or in exports. Leave a field empty to keep the stored one.</source>
        <translation>La contraseña y el secreto de cliente se guardan solo en el llavero del sistema, nunca en el archivo de configuración ni en las exportaciones. Deje un campo vacío para conservar el valor guardado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report device status to Azure</source>
        <translation>Enviar el estado de los dispositivos a Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7 days after the last one</source>
        <translation>7 días después del anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every %1</source>
        <translation>Cada %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: the system&apos;s certificate authorities only</source>
        <translation>vacío: solo las entidades de certificación del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test &amp;connection</source>
        <translation>Probar la &amp;conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>Impo&amp;rtar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Disconnect from Azure…</source>
        <translation>&amp;Desconectar de Azure…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: where Intune sends a user whose device is not enrolled</source>
        <translation>opcional: adónde envía Intune al usuario de un dispositivo no inscrito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: where Intune sends a user whose device is non-compliant</source>
        <translation>opcional: adónde envía Intune al usuario de un dispositivo no compatible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1:</source>
        <comment>connection test stage label</comment>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>SettingsImport</name>
    <message>
        <location filename="../app/settings/settingsimport.cpp" line="+36"/>
        <source>%1: expected a string, found %2.</source>
        <translation>%1: se esperaba una cadena y se encontró %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: longer than %2 characters.</source>
        <translation>%1: supera los %2 caracteres.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: &quot;%2&quot; is not an absolute URL.</source>
        <translation>%1: «%2» no es una URL absoluta.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: expected a whole number, found %2.</source>
        <translation>%1: se esperaba un número entero y se encontró %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is not from %3 to %4.</source>
        <translation>%1: %2 no está entre %3 y %4.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: expected an object, found %2.</source>
        <translation>%1: se esperaba un objeto y se encontró %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: secrets are never imported from a file; enter them in the Settings dialog (they go to the OS keychain).</source>
        <translation>%1: los secretos nunca se importan desde un archivo; introdúzcalos en el cuadro de diálogo Configuración (se guardan en el llavero del sistema).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: unknown setting.</source>
        <translation>%1: opción desconocida.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The settings file is larger than %1 bytes; it is not a settings export.</source>
        <translation>El archivo de configuración supera los %1 bytes; no es una exportación de configuración.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The settings file is not JSON: %1 at offset %2.</source>
        <translation>El archivo de configuración no es JSON: %1 en la posición %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The settings file must hold one JSON object.</source>
        <translation>El archivo de configuración debe contener un único objeto JSON.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>format: expected &quot;%1&quot;, found &quot;%2&quot;.</source>
        <translation>format: se esperaba &quot;%1&quot; y se encontró &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>version: missing; expected %1.</source>
        <translation>version: falta; se esperaba %1.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>reporting.weeklyTime: &quot;%1&quot; is not a time of day as HH:mm.</source>
        <translation>reporting.weeklyTime: «%1» no es una hora con el formato HH:mm.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>language: &quot;%1&quot; is not one of en, fr, ja, es.</source>
        <translation>language: «%1» no es en, fr, ja ni es.</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <location filename="../app/settings/settingsservice.cpp" line="+96"/>
        <source>%1: enter it.</source>
        <translation>%1: introdúzcalo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: enter it (the OS keychain holds none for this tenant yet).</source>
        <translation>%1: introdúzcalo (el llavero del sistema aún no tiene ninguno para este inquilino).</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>%1 does not exist yet: the console creates it at its next start.</source>
        <translation>%1 aún no existe: la consola lo crea en su próximo inicio.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 opens: schema version %2, %3 devices.</source>
        <extracomment>%1 names the file or database; %2 the schema version; %3 the device count</extracomment>
        <translation>%1 se abre: versión de esquema %2, %3 dispositivos.</translation>
    </message>
</context>
<context>
    <name>ShortcutClashes</name>
    <message>
        <location filename="../ui/shortcutclashes.cpp" line="+38"/>
        <source>%1 is also &quot;%2&quot; (%3)</source>
        <extracomment>%1 is a key such as Alt+F, %2 another text of the window with the same key, %3 where it is.</extracomment>
        <translation>%1 también es «%2» (%3)</translation>
    </message>
</context>
<context>
    <name>SqliteLeaderLease</name>
    <message>
        <location filename="../app/storage/sqlite/sqliteleaderlease.cpp" line="+67"/>
        <location line="+44"/>
        <location line="+99"/>
        <source>The sync leadership of %1 cannot be read: %2</source>
        <translation>No se puede leer qué proceso sincroniza %1: %2</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+44"/>
        <location line="+11"/>
        <location line="+2"/>
        <source>The sync leadership of %1 cannot be written: %2</source>
        <translation>No se puede escribir qué proceso sincroniza %1: %2</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>The sync leadership of %1 cannot be renewed: %2</source>
        <translation>No se puede renovar la sincronización de %1 por este proceso: %2</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../app/storage/store.cpp" line="+8"/>
        <source>This store queues Report now directly.</source>
        <translation>Este almacén pone «Informar ahora» directamente en cola.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nothing was written to %1: another process has taken over the sync of this store, and this one no longer leads it.</source>
        <translation>No se escribió nada en %1: otro proceso ha tomado la sincronización de este almacén y este ya no la dirige.</translation>
    </message>
</context>
<context>
    <name>StoreProblemDialog</name>
    <message>
        <location filename="../ui/storeproblemdialog.cpp" line="+55"/>
        <source>Open or create a device store</source>
        <translation>Abrir o crear un almacén de dispositivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device store (*.sqlite);;All files (*)</source>
        <translation>Almacén de dispositivos (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Azure Status Console</source>
        <translation>Azure Status Console</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device store cannot be opened</source>
        <translation>No se puede abrir el almacén de dispositivos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File:</source>
        <extracomment>Label above the path of the database file</extracomment>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason:</source>
        <extracomment>Label above the reason the database file cannot be opened</extracomment>
        <translation>Motivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has been changed. You can:
• Set the file aside and start a new store: the file is renamed next to itself, never deleted, so it can still be examined or restored. The new store is filled by the next sync from the MDM, and every device is reported to Azure again.
• Open or create another store file.
• Quit, and repair or restore the file yourself.</source>
        <translation>No se ha cambiado nada. Puede:
• Apartar el archivo e iniciar un almacén nuevo: el archivo se renombra junto a sí mismo, nunca se elimina, por lo que aún se puede examinar o restaurar. El almacén nuevo se llena con la próxima sincronización desde el MDM y todos los dispositivos se informan de nuevo a Azure.
• Abrir o crear otro archivo de almacén.
• Salir, y reparar o restaurar el archivo usted mismo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set aside and start a new store</source>
        <translation>Apartar e iniciar un almacén nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another store file…</source>
        <translation>Abrir otro archivo de almacén…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 no longer exists, so there is nothing to set aside.</source>
        <translation>%1 ya no existe, así que no hay nada que apartar.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not rename %1 to %2: %3. Nothing was changed. Check that you may write to the folder %4, or open another store file.</source>
        <extracomment>%1 and %2 are file paths, %3 the system&apos;s reason, %4 a folder</extracomment>
        <translation>No se pudo renombrar %1 a %2: %3. No se ha cambiado nada. Compruebe que puede escribir en la carpeta %4, o abra otro archivo de almacén.</translation>
    </message>
</context>
<context>
    <name>SystemdCredentials</name>
    <message>
        <location filename="../app/security/systemdcredentials.cpp" line="+41"/>
        <source>The systemd credential %1 (%2) is missing from %3: give the service LoadCredentialEncrypted=%1:FILE or LoadCredential=%1:FILE.</source>
        <extracomment>%1 is the credential&apos;s name (mdm-password), %2 &quot;MDM password&quot; or &quot;Entra client secret&quot;, %3 a folder</extracomment>
        <translation>Falta la credencial de systemd %1 (%2) en %3: indique al servicio LoadCredentialEncrypted=%1:ARCHIVO o LoadCredential=%1:ARCHIVO.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The systemd credential %1 (%2) in %3 could not be read: %4</source>
        <translation>No se pudo leer la credencial de systemd %1 (%2) en %3: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The systemd credential %1 (%2) in %3 is larger than %4 bytes.</source>
        <translation>La credencial de systemd %1 (%2) en %3 ocupa más de %4 bytes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The systemd credential %1 (%2) in %3 is empty.</source>
        <translation>La credencial de systemd %1 (%2) en %3 está vacía.</translation>
    </message>
</context>
<context>
    <name>TokenProvider</name>
    <message>
        <location filename="../app/net/tokenprovider.cpp" line="+51"/>
        <source>Token endpoint (%1)</source>
        <translation>Punto de conexión de token (%1)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: no tenant id is set; check the settings.</source>
        <translation>%1: no hay ningún Id. de inquilino configurado; compruebe la configuración.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no client id is set; check the settings.</source>
        <translation>%1: no hay ningún Id. de cliente configurado; compruebe la configuración.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no client secret is set; check the settings.</source>
        <translation>%1: no hay ningún secreto de cliente configurado; compruebe la configuración.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1: the response has no access_token.</source>
        <translation>%1: la respuesta no contiene access_token.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the token type is &quot;%2&quot;, not Bearer.</source>
        <translation>%1: el tipo de token es «%2», no Bearer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the response has no expires_in.</source>
        <translation>%1: la respuesta no contiene expires_in.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: expires_in is not a whole number of seconds.</source>
        <translation>%1: expires_in no es un número entero de segundos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: expires_in is negative (%2).</source>
        <translation>%1: expires_in es negativo (%2).</translation>
    </message>
</context>
<context>
    <name>TranslationCatalog</name>
    <message>
        <location filename="../app/i18n/translationcatalog.cpp" line="+23"/>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1, line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a Qt Linguist file (no TS element).</source>
        <translation>%1 no es un archivo de Qt Linguist (no tiene elemento TS).</translation>
    </message>
</context>
<context>
    <name>TranslationCheck</name>
    <message>
        <location filename="../app/i18n/translationcheck.cpp" line="+13"/>
        <source>Unfinished</source>
        <translation>Sin terminar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol code altered</source>
        <translation>Código de protocolo alterado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placeholder mismatch</source>
        <translation>Marcadores distintos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whitespace mismatch</source>
        <translation>Espacios distintos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final punctuation mismatch</source>
        <translation>Puntuación final distinta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does not fit its widget</source>
        <translation>No cabe en su widget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Glyph missing from the font</source>
        <translation>Falta el glifo en la fuente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortcut clash</source>
        <translation>Conflicto de atajo</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>marked &quot;%1&quot; in the .ts file</source>
        <translation>marcada «%1» en el archivo .ts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 plural forms, %2 expected</source>
        <translation>%1 formas de plural, se esperaban %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>form %1</source>
        <translation>forma %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty translation</source>
        <translation>traducción vacía</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 times in the source, %3 in the translation</source>
        <translation>%1: %2 veces en el original, %3 en la traducción</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>source has %1, translation has %2</source>
        <translation>el original tiene %1, la traducción tiene %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>source starts with %1 and ends with %2; translation starts with %3 and ends with %4</source>
        <translation>el original empieza con %1 y termina con %2; la traducción empieza con %3 y termina con %4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>should end with %1</source>
        <translation>debería terminar con %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ends with &quot;%1&quot; but the source has no final punctuation</source>
        <translation>termina con «%1» pero el original no tiene puntuación final</translation>
    </message>
</context>
<context>
    <name>TranslatorCheck</name>
    <message>
        <location filename="../ui/translatorcheck.cpp" line="+167"/>
        <source>%1 cannot draw %2</source>
        <translation>%1 no puede dibujar %2</translation>
    </message>
</context>
<context>
    <name>TranslatorCheckModel</name>
    <message>
        <location filename="../ui/translatorcheckmodel.cpp" line="+60"/>
        <source>not on screen</source>
        <translation>no está en pantalla</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source text</source>
        <translation>Texto original</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flags</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where in the source</source>
        <translation>Ubicación en el código</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown in</source>
        <translation>Se muestra en</translation>
    </message>
</context>
<context>
    <name>TranslatorCheckView</name>
    <message>
        <location filename="../ui/translatorcheckview.cpp" line="+171"/>
        <source>Translator check</source>
        <translation>Revisión de traducciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by text, context or file</source>
        <translation>Filtrar por texto, contexto o archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter strings</source>
        <translation>Filtrar cadenas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strings</source>
        <translation>Cadenas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of the selected string</source>
        <translation>Detalles de la cadena seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Measure again</source>
        <translation>Medir de n&amp;uevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-read the translation and measure every view of the console in place.</source>
        <translation>Volver a leer la traducción y medir en su sitio cada vista de la consola.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in the &amp;window</source>
        <translation>Mostrar en la &amp;ventana</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>All strings</source>
        <translation>Todas las cadenas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strings with any flag</source>
        <translation>Cadenas con algún aviso</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%Ln string(s), %1 on screen, %2 flagged, %3 shown.</source>
        <translation>
            <numerusform>%Ln cadena, %1 en pantalla, %2 con aviso, %3 mostrada(s).</numerusform>
            <numerusform>%Ln cadenas, %1 en pantalla, %2 con aviso, %3 mostradas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Select a string to see its translation, what is wrong with it and where it is shown.</source>
        <translation>Seleccione una cadena para ver su traducción, qué le pasa y dónde se muestra.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source text</source>
        <translation>Texto original</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note for translators</source>
        <translation>Nota para los traductores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disambiguation</source>
        <translation>Desambiguación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where in the source</source>
        <translation>Ubicación en el código</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flags</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <comment>no flags</comment>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shown in</source>
        <translation>Se muestra en</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not on screen in any view of the console now</source>
        <translation>ahora no está en pantalla en ninguna vista de la consola</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+204"/>
        <source>--demo-role must be author or helpdesk, not &quot;%1&quot;.</source>
        <translation>--demo-role debe ser author o helpdesk, no «%1».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--demo-devices must be a number from 0 to 1000000, not &quot;%1&quot;.</source>
        <translation>--demo-devices debe ser un número de 0 a 1000000, no «%1».</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>PostgreSQL store</source>
        <translation>Almacén PostgreSQL</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The store that could not be opened was kept as %1; this new store fills with the next sync.</source>
        <translation>El almacén que no se pudo abrir se ha conservado como %1; este almacén nuevo se llena con la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+48"/>
        <source>Azure Status Console</source>
        <translation>Azure Status Console</translation>
    </message>
    <message numerus="yes">
        <location line="+105"/>
        <source>Texts that do not fit their widget: %Ln.</source>
        <translation>
            <numerusform>Textos que no caben en su widget: %Ln.</numerusform>
            <numerusform>Textos que no caben en su widget: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-171"/>
        <source>--demo-churn needs a count of 0 or more and --sync-interval at least 5 seconds.</source>
        <translation>--demo-churn necesita un número igual o mayor que 0, y --sync-interval, al menos 5 segundos.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1

The console starts offline: you can browse the devices, but nothing is synced or reported until the database can be written and the console is started again.</source>
        <translation>%1

La consola se inicia sin conexión: puede consultar los dispositivos, pero no se sincroniza ni se informa de nada hasta que la base de datos admita escritura y la consola se vuelva a iniciar.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The configured tenant cannot be used:
%1

The console opens without a tenant; fix it in File → Settings.</source>
        <translation>No se puede usar el inquilino configurado:
%1

La consola se abre sin inquilino; corríjalo en Archivo → Configuración.</translation>
    </message>
    <message numerus="yes">
        <location line="+103"/>
        <source>%Ln screenshot(s) and %1 written.</source>
        <translation>
            <numerusform>%Ln captura de pantalla y %1 escritos.</numerusform>
            <numerusform>%Ln capturas de pantalla y %1 escritos.</numerusform>
        </translation>
    </message>
</context>
</TS>
