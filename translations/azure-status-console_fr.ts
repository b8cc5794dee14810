<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AuditLogModel</name>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="+32"/>
        <source>Policy changed</source>
        <translation>Stratégie modifiée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy created</source>
        <translation>Stratégie créée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report now</source>
        <extracomment>An audit log action: someone pressed &quot;Report now&quot; for devices.</extracomment>
        <translation>Signaler maintenant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disconnected from Azure</source>
        <extracomment>An audit log action: someone disconnected the console from Azure (deprovisioned the partner tenant).</extracomment>
        <translation>Déconnecté d&apos;Azure</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Devices %1</source>
        <extracomment>The devices of a Report now in the audit log: their MDM ids.</extracomment>
        <translation>Appareils %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tenant %1</source>
        <extracomment>%1 is the Entra tenant id</extracomment>
        <translation>Locataire %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target</source>
        <extracomment>The policy or devices an audit log entry is about.</extracomment>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What changed</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The audit log could not be written: %1</source>
        <translation>Impossible d&apos;écrire le journal d&apos;audit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AuditLogView</name>
    <message>
        <location filename="../ui/auditlogview.cpp" line="+106"/>
        <source>F&amp;ilter:</source>
        <translation>Fil&amp;tre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who, policy, device or change</source>
        <translation>Qui, stratégie, appareil ou modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log entries</source>
        <translation>Entrées du journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 could not be opened for writing: %2</source>
        <translation>Impossible d&apos;ouvrir %1 en écriture&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 could not be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>Export the audit log</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>AzureClientStatus</name>
    <message>
        <location filename="../models/azureclientstatus.cpp" line="+81"/>
        <source>The device has not reported a client status yet.</source>
        <translation>L&apos;appareil n&apos;a pas encore signalé d&apos;état du client.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Able to retrieve device ID.</source>
        <translation>L&apos;identifiant de l&apos;appareil est récupérable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An unrecoverable error occurred either within the client or on server side.</source>
        <translation>Une erreur irrécupérable est survenue dans le client ou côté serveur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registration of device required. Device user can mitigate this status.</source>
        <translation>Enregistrement de l&apos;appareil requis. L&apos;utilisateur de l&apos;appareil peut remédier à cet état.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An interactive log-in is required. Device user can mitigate this status.</source>
        <translation>Une connexion interactive est requise. L&apos;utilisateur de l&apos;appareil peut remédier à cet état.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some scopes were not granted access to.</source>
        <translation>L&apos;accès n&apos;a pas été accordé à certaines étendues.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The requested resource is protected by an Intune Conditional Access policy.</source>
        <translation>La ressource demandée est protégée par une stratégie d&apos;accès conditionnel Intune.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device user cancelled the web Auth session by tapping the &quot;Done&quot; or &quot;Cancel&quot; button in the web browser.</source>
        <translation>L&apos;utilisateur de l&apos;appareil a annulé la session d&apos;authentification Web en appuyant sur le bouton «&#xa0;Terminé&#xa0;» ou «&#xa0;Annuler&#xa0;» du navigateur Web.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account logged out.</source>
        <translation>Compte déconnecté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown status code &quot;%1&quot;: not one of the codes documented for Azure reporting. It is shown as received.</source>
        <translation>Code d&apos;état inconnu «&#xa0;%1&#xa0;»&#xa0;: il ne fait pas partie des codes documentés pour les rapports Azure. Il est affiché tel que reçu.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not fixable by the device user. Check the MDM client and Azure service health, then report again.</source>
        <translation>L&apos;utilisateur de l&apos;appareil ne peut pas y remédier. Vérifiez le client MDM et l&apos;état du service Azure, puis renvoyez le rapport.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the device user to register the device in Microsoft Authenticator (workplace join).</source>
        <translation>Demandez à l&apos;utilisateur de l&apos;appareil d&apos;enregistrer l&apos;appareil dans Microsoft Authenticator (jonction à l&apos;espace de travail).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the device user to open Microsoft Authenticator and sign in interactively.</source>
        <translation>Demandez à l&apos;utilisateur de l&apos;appareil d&apos;ouvrir Microsoft Authenticator et de se connecter de manière interactive.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An administrator may need to grant consent for the requested scopes in Entra.</source>
        <translation>Un administrateur doit peut-être accorder son consentement pour les étendues demandées dans Entra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app needs Intune app protection: assign an app protection policy to the user.</source>
        <translation>L&apos;application nécessite la protection des applications Intune&#xa0;: attribuez une stratégie de protection des applications à l&apos;utilisateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device user cancelled sign-in: ask them to retry and complete it.</source>
        <translation>L&apos;utilisateur de l&apos;appareil a annulé la connexion&#xa0;: demandez-lui de réessayer et d&apos;aller jusqu&apos;au bout.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account is signed out: ask the device user to sign in again.</source>
        <translation>Le compte est déconnecté&#xa0;: demandez à l&apos;utilisateur de l&apos;appareil de se reconnecter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the MDM client version; this code is not documented.</source>
        <translation>Vérifiez la version du client MDM&#xa0;; ce code n&apos;est pas documenté.</translation>
    </message>
</context>
<context>
    <name>AzureComplianceStatus</name>
    <message>
        <location filename="../models/azurecompliancestatus.cpp" line="+7"/>
        <source>Not reported yet</source>
        <translation>Pas encore signalé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In-progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Successful</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No report has been sent to Azure for this device yet.</source>
        <translation>Aucun rapport n&apos;a encore été envoyé à Azure pour cet appareil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A report was sent and Azure has not confirmed it yet.</source>
        <translation>Un rapport a été envoyé et Azure ne l&apos;a pas encore confirmé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure confirmed the last report.</source>
        <translation>Azure a confirmé le dernier rapport.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure rejected the last report or it could not be delivered.</source>
        <translation>Azure a rejeté le dernier rapport, ou celui-ci n&apos;a pas pu être remis.</translation>
    </message>
</context>
<context>
    <name>AzureDeviceId</name>
    <message>
        <location filename="../models/azuredeviceid.cpp" line="+18"/>
        <source>&quot;%1&quot; is not a GUID (expected the form 007c8232-9489-4074-9b35-345b16f0a72d).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un GUID (forme attendue&#xa0;: 007c8232-9489-4074-9b35-345b16f0a72d).</translation>
    </message>
</context>
<context>
    <name>ComplianceActions</name>
    <message>
        <location filename="../models/complianceaction.cpp" line="+31"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send Alert</source>
        <translation>Envoyer une alerte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block Email</source>
        <translation>Bloquer l&apos;accès à la messagerie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block AppConnect Apps</source>
        <translation>Bloquer les applis AppConnect</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quarantine</source>
        <translation>Mettre en quarantaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retire device</source>
        <translation>Retirer l&apos;appareil</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device Non-compliant</source>
        <translation>Appareil non conforme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device data removed from Azure platform</source>
        <translation>Données d&apos;appareil supprimées de la plateforme Azure</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Azure receives complianceStatus &quot;compliant&quot;.</source>
        <translation>Azure reçoit complianceStatus &quot;compliant&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure receives complianceStatus &quot;notCompliant&quot;.</source>
        <translation>Azure reçoit complianceStatus &quot;notCompliant&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure receives &quot;notManaged&quot; and &quot;notCompliant&quot; and deletes the device record after 90 days.</source>
        <translation>Azure reçoit &quot;notManaged&quot; et &quot;notCompliant&quot;, puis supprime l&apos;enregistrement de l&apos;appareil au bout de 90 jours.</translation>
    </message>
</context>
<context>
    <name>CompliancePolicy</name>
    <message>
        <location filename="../models/compliancepolicy.cpp" line="+10"/>
        <source>Jailbroken or rooted</source>
        <translation>Jailbreaké ou rooté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OS below minimum version</source>
        <translation>OS inférieur à la version minimale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No passcode</source>
        <translation>Pas de code secret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not encrypted</source>
        <translation>Non chiffré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked app present</source>
        <translation>Application bloquée présente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of contact</source>
        <translation>Hors contact</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>OS below %1</source>
        <translation>OS inférieur à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked app present: %1</source>
        <translation>Application bloquée présente&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Out of contact for %Ln day(s)</source>
        <translation>
            <numerusform>Hors contact depuis %Ln jour</numerusform>
            <numerusform>Hors contact depuis %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The policy has no name.</source>
        <translation>La stratégie n&apos;a pas de nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy &quot;%1&quot;: the rule &quot;%2&quot; needs a parameter.</source>
        <translation>Stratégie «&#xa0;%1&#xa0;»&#xa0;: la règle «&#xa0;%2&#xa0;» nécessite un paramètre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Policy &quot;%1&quot;: &quot;%2&quot; is not a version number.</source>
        <translation>Stratégie «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un numéro de version.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Policy &quot;%1&quot;: the number of days must be a whole number of at least 1.</source>
        <translation>Stratégie «&#xa0;%1&#xa0;»&#xa0;: le nombre de jours doit être un nombre entier supérieur ou égal à 1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Policy &quot;%1&quot; has no action.</source>
        <translation>La stratégie «&#xa0;%1&#xa0;» n&apos;a aucune action.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Policy &quot;%1&quot;: an action is missing.</source>
        <translation>Stratégie «&#xa0;%1&#xa0;»&#xa0;: une action est manquante.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy &quot;%1&quot;: the action &quot;%2&quot; appears twice.</source>
        <translation>Stratégie «&#xa0;%1&#xa0;»&#xa0;: l&apos;action «&#xa0;%2&#xa0;» apparaît deux fois.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Policy &quot;%1&quot;: the wait of &quot;%2&quot; is negative.</source>
        <translation>Stratégie «&#xa0;%1&#xa0;»&#xa0;: le délai d&apos;attente de «&#xa0;%2&#xa0;» est négatif.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Policy &quot;%1&quot;: the waits are out of order; &quot;%2&quot; comes after a longer wait.</source>
        <translation>Stratégie «&#xa0;%1&#xa0;»&#xa0;: les délais d&apos;attente ne sont pas dans l&apos;ordre&#xa0;; «&#xa0;%2&#xa0;» suit un délai plus long.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../app/settings/connectiontest.cpp" line="+22"/>
        <source>MDM sign-in</source>
        <translation>Connexion au MDM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entra access token</source>
        <translation>Jeton d&apos;accès Entra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endpoint discovery</source>
        <translation>Découverte des points de terminaison</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entra user look-up</source>
        <translation>Recherche d&apos;utilisateurs Entra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner heartbeat</source>
        <translation>Pulsation du partenaire</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Signed in as %1; %n device space(s), default: %2.</source>
        <translation>
            <numerusform>Connecté en tant que %1&#xa0;; %n espace d&apos;appareils, par défaut&#xa0;: %2.</numerusform>
            <numerusform>Connecté en tant que %1&#xa0;; %n espaces d&apos;appareils, par défaut&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none marked</source>
        <translation>aucun n&apos;est marqué</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tokens issued for Microsoft Graph and Intune.</source>
        <translation>Jetons émis pour Microsoft Graph et Intune.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tenant sync: %1; device sync: %2.</source>
        <translation>Synchronisation du locataire&#xa0;: %1&#xa0;; synchronisation des appareils&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Graph gave no answer.</source>
        <translation>Graph n&apos;a donné aucune réponse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Graph answers user look-ups (permission User.Read.All).</source>
        <translation>Microsoft Graph répond aux recherches d&apos;utilisateurs (autorisation User.Read.All).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Intune accepted the heartbeat.</source>
        <translation>Intune a accepté la pulsation.</translation>
    </message>
</context>
<context>
    <name>ConsoleSettings</name>
    <message>
        <location filename="../app/settings/consolesettings.cpp" line="+77"/>
        <source>%1: enter a URL.</source>
        <translation>%1&#xa0;: saisissez une URL.</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+22"/>
        <source>MDM URL</source>
        <translation>URL du MDM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MDM user: enter the API user&apos;s name.</source>
        <translation>Utilisateur MDM&#xa0;: saisissez le nom de l&apos;utilisateur de l&apos;API.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device space: must be 0 (the default one) or a positive id.</source>
        <translation>Espace d&apos;appareils&#xa0;: doit être 0 (celui par défaut) ou un identifiant positif.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entra tenant id: &quot;%1&quot; is not a GUID (e.g. 3f2504e0-4f89-41d3-9a0c-0305e82c3301).</source>
        <translation>ID de locataire Entra&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un GUID (p.&#xa0;ex. 3f2504e0-4f89-41d3-9a0c-0305e82c3301).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entra client id: &quot;%1&quot; is not a GUID (the app registration&apos;s Application (client) ID).</source>
        <translation>ID client Entra&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un GUID (l&apos;ID d&apos;application (client) de l&apos;inscription d&apos;application).</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+35"/>
        <source>Entra login URL</source>
        <translation>URL de connexion Entra</translation>
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
        <translation>URL de synchronisation du locataire partenaire</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+36"/>
        <source>Partner device sync URL</source>
        <translation>URL de synchronisation des appareils du partenaire</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+37"/>
        <source>Enrollment URL</source>
        <translation>URL d&apos;inscription</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+37"/>
        <source>Remediation URL</source>
        <translation>URL de correction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MDM URL: enter it, or clear the tenant fields to use the demo tenant.</source>
        <translation>URL du MDM&#xa0;: saisissez-la, ou videz les champs du locataire pour utiliser le locataire de démonstration.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Batch size: %1 is not from %2 to %3 devices per message.</source>
        <translation>Taille des lots&#xa0;: %1 n&apos;est pas compris entre %2 et %3 appareils par message.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weekly report day: %1 is not a day of the week.</source>
        <translation>Jour du rapport hebdomadaire&#xa0;: %1 n&apos;est pas un jour de la semaine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly report time: not a valid time of day.</source>
        <translation>Heure du rapport hebdomadaire&#xa0;: ce n&apos;est pas une heure valide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Store: %1</source>
        <translation>Stockage&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CsvReportDialog</name>
    <message>
        <location filename="../ui/csvreportdialog.cpp" line="+129"/>
        <source>Report devices listed in a CSV file</source>
        <translation>Signaler les appareils listés dans un fichier CSV</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: looking for its devices in the store…</source>
        <extracomment>%1 is the CSV file&apos;s name</extracomment>
        <translation>%1&#xa0;: recherche de ses appareils dans le stockage…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the devices could not be looked up in the store: %2 Nothing can be reported.</source>
        <extracomment>%1 is the CSV file&apos;s name, %2 why the store could not be read</extracomment>
        <translation>%1&#xa0;: impossible de rechercher les appareils dans le stockage&#xa0;: %2 Rien ne peut être signalé.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1: %n device(s) found in the store.</source>
        <translation>
            <numerusform>%1&#xa0;: %n appareil trouvé dans le stockage.</numerusform>
            <numerusform>%1&#xa0;: %n appareils trouvés dans le stockage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of them have no Azure device ID and will be skipped (see their Azure Client Status Code).</source>
        <translation>
            <numerusform>%n d&apos;entre eux n&apos;a pas d&apos;identifiant de l&apos;appareil Azure et sera ignoré (voir son code d&apos;état du client Azure).</numerusform>
            <numerusform>%n d&apos;entre eux n&apos;ont pas d&apos;identifiant de l&apos;appareil Azure et seront ignorés (voir leur code d&apos;état du client Azure).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) cannot be used and will be left out.</source>
        <translation>
            <numerusform>%n ligne est inutilisable et sera laissée de côté.</numerusform>
            <numerusform>%n lignes sont inutilisables et seront laissées de côté.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is sent until you choose Report now.</source>
        <translation>Rien n&apos;est envoyé tant que vous ne choisissez pas Signaler maintenant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No row names a device that can be reported, so there is nothing to report.</source>
        <translation>Aucune ligne ne désigne un appareil pouvant être signalé&#xa0;: il n&apos;y a rien à signaler.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Each row that cannot be used, and why:</source>
        <translation>Chaque ligne inutilisable, et pourquoi&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row, column and reason</source>
        <translation>Ligne, colonne et raison</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not used</source>
        <translation>Non utilisée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report now</source>
        <translation>Signaler maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>DemoFleetWriter</name>
    <message>
        <location filename="../app/demo/demofleetwriter.cpp" line="+55"/>
        <source>Writing the demo fleet was cancelled after %1 of %2 devices.</source>
        <translation>L&apos;écriture de la flotte de démonstration a été annulée après %1 appareils sur %2.</translation>
    </message>
</context>
<context>
    <name>DemoTenant</name>
    <message>
        <location filename="../app/tenant/demotenant.cpp" line="+46"/>
        <source>The tenant emulator %1 is missing; build the target azure-status-emulator.</source>
        <translation>L&apos;émulateur de locataire %1 est introuvable&#xa0;; compilez la cible azure-status-emulator.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The tenant emulator could not be started: %1</source>
        <translation>Impossible de démarrer l&apos;émulateur de locataire&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The tenant emulator did not report its address: %1</source>
        <translation>L&apos;émulateur de locataire n&apos;a pas indiqué son adresse&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The tenant emulator reported an unexpected address &quot;%1&quot;.</source>
        <translation>L&apos;émulateur de locataire a indiqué une adresse inattendue «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>DeviceCsvImport</name>
    <message>
        <location filename="../app/import/devicecsvimport.cpp" line="+104"/>
        <source>a quoted field opened on line %1 is not closed before the end of the file</source>
        <translation>un champ entre guillemets ouvert à la ligne %1 n&apos;est pas fermé avant la fin du fichier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>text follows a closing quote; a quote inside a quoted field must be doubled (&quot;&quot;)</source>
        <translation>du texte suit un guillemet fermant&#xa0;; un guillemet à l&apos;intérieur d&apos;un champ entre guillemets doit être doublé (&quot;&quot;)</translation>
    </message>
    <message numerus="yes">
        <location line="+95"/>
        <source>... and %n more.</source>
        <translation>
            <numerusform>... et %n de plus.</numerusform>
            <numerusform>... et %n de plus.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The file is %1 MB; at most %2 MB are read. Split it into smaller files.</source>
        <translation>Le fichier fait %1&#xa0;Mo&#xa0;; %2&#xa0;Mo au plus sont lus. Découpez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file cannot be read: %1.</source>
        <translation>Impossible de lire le fichier&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file is empty; a header line such as &quot;id,serial number&quot; was expected.</source>
        <translation>Le fichier est vide&#xa0;; une ligne d&apos;en-tête telle que «&#xa0;id,serial number&#xa0;» était attendue.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is in UTF-16; save it as CSV in UTF-8.</source>
        <translation>Le fichier est en UTF-16&#xa0;; enregistrez-le au format CSV en UTF-8.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The header (line 1) cannot be read: %1.</source>
        <translation>L&apos;en-tête (ligne 1) ne peut pas être lu&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The header (line 1) has the column &quot;%1&quot; twice (columns %2 and %3).</source>
        <translation>L&apos;en-tête (ligne 1) contient deux fois la colonne «&#xa0;%1&#xa0;» (colonnes %2 et %3).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The header (line 1) names no column that identifies a device. Name at least one of: id, serial number, Azure device id, name. The header has: %1.</source>
        <translation>L&apos;en-tête (ligne 1) ne nomme aucune colonne qui identifie un appareil. Nommez au moins l&apos;une de&#xa0;: id, serial number, Azure device id, name. L&apos;en-tête contient&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns not used: %1.</source>
        <translation>Colonnes non utilisées&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row %1: %2.</source>
        <translation>Ligne %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file has more than %1 rows; only the first %1 were read.</source>
        <translation>Le fichier a plus de %1 lignes&#xa0;; seules les %1 premières ont été lues.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row %1 has %2 fields; the header has %3.</source>
        <translation>La ligne %1 a %2 champs&#xa0;; l&apos;en-tête en a %3.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Row %1, column &quot;%2&quot;: the text is not valid UTF-8; save the file as CSV in UTF-8.</source>
        <translation>Ligne %1, colonne «&#xa0;%2&#xa0;»&#xa0;: le texte n&apos;est pas de l&apos;UTF-8 valide&#xa0;; enregistrez le fichier au format CSV en UTF-8.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row %1, column &quot;%2&quot;: the value is longer than %3 characters.</source>
        <translation>Ligne %1, colonne «&#xa0;%2&#xa0;»&#xa0;: la valeur dépasse %3 caractères.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Row %1, column &quot;%2&quot;: &quot;%3&quot; is not an MDM device id (a whole number above 0).</source>
        <translation>Ligne %1, colonne «&#xa0;%2&#xa0;»&#xa0;: «&#xa0;%3&#xa0;» n&apos;est pas un identifiant d&apos;appareil MDM (un nombre entier supérieur à 0).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Row %1, column &quot;%2&quot;: &quot;%3&quot; is not an Azure device id (a GUID such as 6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c).</source>
        <translation>Ligne %1, colonne «&#xa0;%2&#xa0;»&#xa0;: «&#xa0;%3&#xa0;» n&apos;est pas un identifiant d&apos;appareil Azure (un GUID tel que 6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Row %1 names no device: its id, serial number, Azure device id and name columns are empty.</source>
        <translation>La ligne %1 ne désigne aucun appareil&#xa0;: ses colonnes id, numéro de série, identifiant d&apos;appareil Azure et nom sont vides.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Row %1 repeats row %2; it is read once.</source>
        <translation>La ligne %1 répète la ligne %2&#xa0;; elle n&apos;est lue qu&apos;une fois.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Row %1: no device has the %2 &quot;%3&quot;.</source>
        <translation>Ligne %1&#xa0;: aucun appareil n&apos;a le %2 «&#xa0;%3&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Row %1: %n devices have the %2 &quot;%3&quot;; give the id to choose one.</source>
        <translation>
            <numerusform>Ligne %1&#xa0;: %n appareil a le %2 «&#xa0;%3&#xa0;»&#xa0;; indiquez l&apos;ID pour en choisir un.</numerusform>
            <numerusform>Ligne %1&#xa0;: %n appareils ont le %2 «&#xa0;%3&#xa0;»&#xa0;; indiquez l&apos;ID pour en choisir un.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Row %1: no device has the id %2.</source>
        <translation>Ligne %1&#xa0;: aucun appareil n&apos;a l&apos;ID %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row %1: no device has the Azure device id %2.</source>
        <translation>Ligne %1&#xa0;: aucun appareil n&apos;a l&apos;identifiant d&apos;appareil Azure %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>serial number</source>
        <translation>numéro de série</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row %1: device %2 has another Azure device id than the file says.</source>
        <translation>Ligne %1&#xa0;: l&apos;appareil %2 a un autre identifiant d&apos;appareil Azure que celui du fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row %1: device %2 has the serial number &quot;%3&quot;, not &quot;%4&quot;.</source>
        <translation>Ligne %1&#xa0;: l&apos;appareil %2 a le numéro de série «&#xa0;%3&#xa0;», et non «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row %1: device %2 is named &quot;%3&quot;, not &quot;%4&quot;.</source>
        <translation>Ligne %1&#xa0;: l&apos;appareil %2 s&apos;appelle «&#xa0;%3&#xa0;», et non «&#xa0;%4&#xa0;».</translation>
    </message>
</context>
<context>
    <name>DeviceCsvWriter</name>
    <message>
        <location filename="../models/devicecsvwriter.cpp" line="+39"/>
        <source>There is no device list to export.</source>
        <translation>Il n&apos;y a aucune liste d&apos;appareils à exporter.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why Report Time is blank</source>
        <translation>Pourquoi l&apos;heure du rapport est vide</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not write the CSV file: %1</source>
        <translation>Impossible d&apos;écrire le fichier CSV&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DeviceDetailsView</name>
    <message>
        <location filename="../ui/devicedetails/reporttimelinebox.cpp" line="+29"/>
        <source>Queued</source>
        <extracomment>Report timeline event: the report was written to the outbox.</extracomment>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent</source>
        <extracomment>Report timeline event: the message was uploaded to Azure.</extracomment>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry</source>
        <extracomment>Report timeline event: an upload failed and will be tried again.</extracomment>
        <translation>Nouvelle tentative</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completed</source>
        <extracomment>Report timeline event: Azure confirmed the report.</extracomment>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed</source>
        <extracomment>Report timeline event: Azure refused the report, or it could not be delivered.</extracomment>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../ui/devicedetailsview.cpp" line="+176"/>
        <source>Select a device</source>
        <translation>Sélectionnez un appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device Details</source>
        <translation>Détails de l&apos;appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../ui/devicedetails/outcomebox.cpp" line="+46"/>
        <source>What Azure receives</source>
        <translation>Ce que reçoit Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure outcome</source>
        <translation>Résultat Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effective action</source>
        <translation>Action en vigueur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caused by</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../ui/devicedetails/azurefieldsbox.cpp" line="+80"/>
        <source>Azure fields</source>
        <translation>Champs Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure Device Identifier</source>
        <translation>Identifiant de l&apos;appareil Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure Device Compliance Status</source>
        <translation>État de conformité de l&apos;appareil Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure Client Status Code</source>
        <translation>Code d&apos;état du client Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure Device Compliance Report Time</source>
        <translation>Heure du rapport de conformité des appareils Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entra user (UserId)</source>
        <translation>Utilisateur Entra (UserId)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown code</source>
        <extracomment>Flag next to an Azure Client Status Code that is not one of the documented codes.</extracomment>
        <translation>Code inconnu</translation>
    </message>
    <message>
        <location filename="../ui/devicedetails/reporttimelinebox.cpp" line="+31"/>
        <location line="+1"/>
        <source>Report timeline</source>
        <translation>Chronologie des rapports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No report sent yet.</source>
        <translation>Aucun rapport envoyé pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message id</source>
        <translation>ID de message</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../ui/devicedetails/violatedrulesbox.cpp" line="+44"/>
        <location line="+1"/>
        <source>Violated rules</source>
        <translation>Règles enfreintes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No violated rules.</source>
        <translation>Aucune règle enfreinte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Violated since</source>
        <translation>Enfreinte depuis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action in effect</source>
        <translation>Action en vigueur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next escalation</source>
        <translation>Prochaine escalade</translation>
    </message>
    <message>
        <location filename="../ui/devicedetails/inventorybox.cpp" line="+35"/>
        <source>Inventory</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MDM id</source>
        <translation>ID MDM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GUID</source>
        <translation>GUID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration state</source>
        <translation>État d&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last check-in</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jailbroken or rooted</source>
        <translation>Jailbreaké ou rooté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarantined</source>
        <translation>En quarantaine</translation>
    </message>
    <message>
        <location filename="../ui/devicedetailsview.cpp" line="+23"/>
        <source>Unnamed device</source>
        <translation>Appareil sans nom</translation>
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
        <translation>Retiré&#xa0;: l&apos;appareil est signalé à Azure comme notManaged et notCompliant, et Azure supprime son enregistrement au bout de 90 jours.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1; Azure deletes the record on %2</source>
        <translation>%1&#xa0;; Azure supprime l&apos;enregistrement le %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Policy &quot;%1&quot;: %2</source>
        <translation>Stratégie «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/devicedetails/violatedrulesbox.cpp" line="+68"/>
        <source>Unknown policy #%1</source>
        <translation>Stratégie inconnue n° %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No violated rule has an action in effect yet: %1</source>
        <translation>Aucune règle enfreinte n&apos;a encore d&apos;action en vigueur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No violated rule of a known policy: %1</source>
        <translation>Aucune règle enfreinte d&apos;une stratégie connue&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No violated rule: %1</source>
        <translation>Aucune règle enfreinte&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/devicedetails/azurefieldsbox.cpp" line="+16"/>
        <source>Blank: the device ID could not be retrieved: the device user must register in Microsoft Authenticator. The device has not reported an Azure Client Status Code yet.</source>
        <translation>Vide&#xa0;: l&apos;identifiant de l&apos;appareil n&apos;a pas pu être récupéré&#xa0;: l&apos;utilisateur de l&apos;appareil doit s&apos;inscrire dans Microsoft Authenticator. L&apos;appareil n&apos;a pas encore signalé de code d&apos;état du client Azure.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blank: the Azure Client Status Code is %1 but the device ID has not been received yet.</source>
        <translation>Vide&#xa0;: le code d&apos;état du client Azure est %1, mais l&apos;identifiant de l&apos;appareil n&apos;a pas encore été reçu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blank: the device ID could not be retrieved: the device user must register in Microsoft Authenticator. Azure Client Status Code: %1.</source>
        <translation>Vide&#xa0;: l&apos;identifiant de l&apos;appareil n&apos;a pas pu être récupéré&#xa0;: l&apos;utilisateur de l&apos;appareil doit s&apos;inscrire dans Microsoft Authenticator. Code d&apos;état du client Azure&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The device ID reported by Microsoft to the iOS or Android device, for example 007c8232-9489-4074-9b35-345b16f0a72d.</source>
        <translation>L&apos;identifiant de l&apos;appareil transmis par Microsoft à l&apos;appareil iOS ou Android, par exemple 007c8232-9489-4074-9b35-345b16f0a72d.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Azure gave no error detail.</source>
        <translation>Azure n&apos;a fourni aucun détail sur l&apos;erreur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error detail: %1</source>
        <translation>Détail de l&apos;erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Device user can fix this: %1</source>
        <translation>L&apos;utilisateur de l&apos;appareil peut y remédier&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do: %1</source>
        <translation>Que faire&#xa0;: %1</translation>
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
        <translation>Non signalé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time the device compliance status was reported to Microsoft Intune.</source>
        <translation>Heure à laquelle l&apos;état de conformité de l&apos;appareil a été transmis à Microsoft Intune.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/devicedetails/inventorybox.cpp" line="+21"/>
        <location filename="../ui/devicedetails/violatedrulesbox.cpp" line="-30"/>
        <source>%1 (%Ln day(s) ago)</source>
        <translation>
            <numerusform>%1 (il y a %Ln jour)</numerusform>
            <numerusform>%1 (il y a %Ln jours)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/devicedetails/violatedrulesbox.cpp" line="+17"/>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Not counted</source>
        <translation>Non prise en compte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Becomes %1 on %2</source>
        <extracomment>The device&apos;s next escalation: &quot;Becomes &lt;action&gt; on &lt;date&gt;&quot;.</extracomment>
        <translation>Passe à «&#xa0;%1&#xa0;» le %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1; Azure then receives: %2</source>
        <translation>%1&#xa0;; Azure reçoit alors&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/devicedetails/inventorybox.cpp" line="-15"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../ui/devicedetails/reporttimelinebox.cpp" line="+32"/>
        <source>Azure receives: %1</source>
        <translation>Azure reçoit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DeviceInventory</name>
    <message>
        <location filename="../app/inventory/deviceinventory.cpp" line="+64"/>
        <source>Generating demo fleet</source>
        <translation>Génération de la flotte de démonstration</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading devices</source>
        <translation>Chargement des appareils</translation>
    </message>
</context>
<context>
    <name>DeviceListModel</name>
    <message>
        <location filename="../models/devicelistmodel.cpp" line="+54"/>
        <source>Device name</source>
        <translation>Nom de l&apos;appareil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OS version</source>
        <translation>Version de l&apos;OS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last check-in</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure outcome</source>
        <translation>Résultat Azure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effective action</source>
        <translation>Action en vigueur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure Device Identifier</source>
        <translation>Identifiant de l&apos;appareil Azure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure Device Compliance Status</source>
        <translation>État de conformité de l&apos;appareil Azure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure Client Status Code</source>
        <translation>Code d&apos;état du client Azure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure Device Compliance Report Time</source>
        <translation>Heure du rapport de conformité des appareils Azure</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Blank: the Azure device ID could not be retrieved. The device user must register in Microsoft Authenticator.</source>
        <translation>Vide&#xa0;: l&apos;identifiant de l&apos;appareil Azure n&apos;a pas pu être récupéré. L&apos;utilisateur de l&apos;appareil doit s&apos;inscrire dans Microsoft Authenticator.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>(blank: disabled)</source>
        <translation>(vide&#xa0;: désactivé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(blank: not sent yet)</source>
        <translation>(vide&#xa0;: pas encore envoyé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(blank: error)</source>
        <translation>(vide&#xa0;: erreur)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(blank: user not in Entra)</source>
        <translation>(vide&#xa0;: utilisateur absent d&apos;Entra)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(blank)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (unknown)</source>
        <translation>%1 (inconnu)</translation>
    </message>
</context>
<context>
    <name>DeviceListPanel</name>
    <message>
        <location filename="../ui/devicelistpanel.cpp" line="+161"/>
        <source>Search name, user, serial or Azure device ID (Ctrl+F)</source>
        <translation>Nom, utilisateur, numéro de série ou identifiant de l&apos;appareil Azure (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One device per row; the selected device is shown in Device Details.</source>
        <translation>Un appareil par ligne&#xa0;; l&apos;appareil sélectionné est affiché dans les détails de l&apos;appareil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Client code:</source>
        <translation>Code &amp;client&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User-fixable only</source>
        <translation>Corrigeable par l&apos;utilisateur uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices whose Azure Client Status Code the device user can mitigate</source>
        <translation>Appareils dont l&apos;utilisateur peut remédier au code d&apos;état du client Azure</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Any</source>
        <comment>outcome filter</comment>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Any</source>
        <comment>status filter</comment>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any</source>
        <comment>client code filter</comment>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Any</source>
        <comment>platform filter</comment>
        <translation>Toutes</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Unknown codes</source>
        <translation>Codes inconnus</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Search devices</source>
        <translation>Rechercher des appareils</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pla&amp;tform:</source>
        <translation>&amp;Plateforme&#xa0;:</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Not reported</source>
        <translation>Non signalé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any error (not Success)</source>
        <translation>Toute erreur (pas Success)</translation>
    </message>
</context>
<context>
    <name>DeviceStore</name>
    <message>
        <location filename="../app/storage/sqlite/sqliteconnections.cpp" line="+109"/>
        <source>The device database %1 is not open.</source>
        <translation>La base de données d&apos;appareils %1 n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/storage/sqlite/sqlitestore.cpp" line="+122"/>
        <source>Could not open the device database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données d&apos;appareils %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/sqlite/sqlitestore.cpp" line="-28"/>
        <source>Could not read the device database %1: %2</source>
        <translation>Impossible de lire la base de données d&apos;appareils %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a device database: it is not an SQLite file. Nothing was changed.</source>
        <translation>%1 n&apos;est pas une base de données d&apos;appareils&#xa0;: ce n&apos;est pas un fichier SQLite. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>its folder %1 is read-only, and the database needs to create %2 there even to be read. Make the folder writable, or copy the file to a folder you may write to and start with --db and the copy.</source>
        <translation>son dossier %1 est en lecture seule, et la base de données doit y créer %2 même pour être lue. Rendez le dossier accessible en écriture, ou copiez le fichier dans un dossier où vous pouvez écrire et démarrez avec --db et la copie.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../ui/screenshotcatalog.cpp" line="+208"/>
        <source>%1 is not a usable device database (damaged, or not SQLite): %2. Nothing was changed.</source>
        <translation>%1 n&apos;est pas une base de données d&apos;appareils utilisable (endommagée ou non SQLite)&#xa0;: %2. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was written by a newer version of this console (schema version %2; this version knows up to %3). Nothing was changed: use a newer console or another database file.</source>
        <translation>%1 a été écrit par une version plus récente de cette console (version de schéma %2&#xa0;; cette version connaît jusqu&apos;à la %3). Rien n&apos;a été modifié&#xa0;: utilisez une console plus récente ou un autre fichier de base de données.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not switch %1 to write-ahead logging: %2</source>
        <translation>Impossible de passer %1 en journalisation anticipée (WAL)&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The device database %1 can be read but not written: %2</source>
        <translation>La base de données d&apos;appareils %1 peut être lue mais pas écrite&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not read the sync lead in %1: %2</source>
        <translation>Impossible de lire la conduite de la synchronisation dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/sqlite/sqlitemigrations.cpp" line="+184"/>
        <source>Could not migrate %1 to schema version %2: %3</source>
        <translation>Impossible de migrer %1 vers la version de schéma %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/storage/sqlite/sqliteapi.cpp" line="+17"/>
        <source>the database driver gives no SQLite handle</source>
        <translation>le pilote de la base de données ne donne pas d&apos;accès SQLite</translation>
    </message>
    <message>
        <location filename="../app/storage/postgres/pgdevicestore.cpp" line="+291"/>
        <location filename="../app/storage/sqlite/sqlitedevicestore.cpp" line="+265"/>
        <location filename="../app/storage/sqlite/sqlitestore.cpp" line="+15"/>
        <location line="+6"/>
        <source>Could not write devices to %1: %2</source>
        <translation>Impossible d&apos;écrire les appareils dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/storage/sqlite/sqlitedevicestore.cpp" line="+54"/>
        <source>Could not write device %1 to %2: %3. Nothing was written.</source>
        <translation>Impossible d&apos;écrire l&apos;appareil %1 dans %2&#xa0;: %3. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a device id is a positive number</source>
        <translation>un ID d&apos;appareil est un nombre positif</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>policy %1 is listed twice among its violations</source>
        <translation>la stratégie %1 figure deux fois parmi ses infractions</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not write devices to %1: this login may not change devices; a reporter login syncs and imports them (the database refused: %2). Nothing was written.</source>
        <translation>Impossible d&apos;écrire les appareils dans %1&#xa0;: cette connexion n&apos;a pas le droit de modifier les appareils&#xa0;; une connexion de rapporteur les synchronise et les importe (la base de données a refusé&#xa0;: %2). Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../app/storage/sqlite/sqlitedevicestore.cpp" line="+30"/>
        <source>Could not read device %1 from %2: %3</source>
        <translation>Impossible de lire l&apos;appareil %1 depuis %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../app/storage/sqlite/sqlitedevicestore.cpp" line="+18"/>
        <source>There is no device with id %1 in %2.</source>
        <translation>Il n&apos;y a aucun appareil avec l&apos;ID %1 dans %2.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+17"/>
        <location filename="../app/storage/sqlite/sqlitedevicestore.cpp" line="+28"/>
        <location line="+161"/>
        <source>Could not count the devices in %1: %2</source>
        <translation>Impossible de compter les appareils dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <location filename="../app/storage/sqlite/sqlitedevicestore.cpp" line="-146"/>
        <source>Could not read the device list from %1: %2</source>
        <translation>Impossible de lire la liste des appareils depuis %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+92"/>
        <location filename="../app/storage/sqlite/sqlitedevicestore.cpp" line="+121"/>
        <source>Loading the device list was cancelled.</source>
        <translation>Le chargement de la liste des appareils a été annulé.</translation>
    </message>
    <message>
        <location line="-120"/>
        <location filename="../app/storage/sqlite/sqlitedevicestore.cpp" line="+46"/>
        <source>Could not read device ids from %1: %2</source>
        <translation>Impossible de lire les identifiants d&apos;appareils depuis %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+153"/>
        <location filename="../app/storage/sqlite/sqlitedevicestore.cpp" line="+46"/>
        <source>Could not read devices from %1: %2</source>
        <translation>Impossible de lire les appareils depuis %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/postgres/pgpolicystore.cpp" line="+41"/>
        <location filename="../app/storage/sqlite/sqlitepolicystore.cpp" line="+23"/>
        <source>Policy &quot;%1&quot; has no id.</source>
        <translation>La stratégie «&#xa0;%1&#xa0;» n&apos;a pas d&apos;ID.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../app/storage/sqlite/sqlitepolicystore.cpp" line="+15"/>
        <source>Policy &quot;%1&quot;: step %2 waits %3 days, not a number of days from 0 to %4.</source>
        <translation>La stratégie «&#xa0;%1&#xa0;»&#xa0;: l&apos;étape %2 attend %3 jours, ce qui n&apos;est pas un nombre de jours de 0 à %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/storage/sqlite/sqlitepolicystore.cpp" line="+3"/>
        <source>Policy &quot;%1&quot;: step %2 has an unknown action &quot;%3&quot;.</source>
        <translation>La stratégie «&#xa0;%1&#xa0;»&#xa0;: l&apos;étape %2 a une action inconnue «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../app/storage/sqlite/sqlitepolicystore.cpp" line="+9"/>
        <source>Could not write policies to %1: %2</source>
        <translation>Impossible d&apos;écrire les stratégies dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not write policies to %1: this login may not change policies; a policy author or the reporter does (the database refused: %2). Nothing was written.</source>
        <translation>Impossible d&apos;écrire les stratégies dans %1&#xa0;: cette connexion n&apos;a pas le droit de modifier les stratégies&#xa0;; c&apos;est le rôle d&apos;un auteur de stratégies ou du rapporteur (la base de données a refusé&#xa0;: %2). Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../app/storage/sqlite/sqlitepolicystore.cpp" line="+39"/>
        <location line="+44"/>
        <source>Could not read the policies from %1: %2</source>
        <translation>Impossible de lire les stratégies depuis %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../app/storage/sqlite/sqlitepolicystore.cpp" line="-27"/>
        <source>Policy %1 in %2 has an unknown rule &quot;%3&quot;.</source>
        <translation>La stratégie %1 dans %2 a une règle inconnue «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/storage/sqlite/sqlitepolicystore.cpp" line="+8"/>
        <source>Policy %1 in %2: its actions are not a JSON array of steps.</source>
        <translation>Stratégie %1 dans %2&#xa0;: ses actions ne sont pas un tableau JSON d&apos;étapes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/storage/sqlite/sqlitepolicystore.cpp" line="+8"/>
        <source>Policy %1 in %2 has an unknown action &quot;%3&quot;.</source>
        <translation>La stratégie %1 dans %2 a une action inconnue «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/storage/sqlite/sqlitepolicystore.cpp" line="+2"/>
        <source>Policy %1 in %2: step %3 waits &quot;%4&quot;, not a number of days from 0 to %5.</source>
        <translation>La stratégie %1 dans %2&#xa0;: l&apos;étape %3 attend «&#xa0;%4&#xa0;», ce qui n&apos;est pas un nombre de jours de 0 à %5.</translation>
    </message>
    <message>
        <location filename="../app/storage/postgres/pgstoresettings.cpp" line="+44"/>
        <source>%1 may not change the store&apos;s setting &quot;%2&quot;: only the reporter and policy author logins change them. Nothing was changed. (%3)</source>
        <translation>%1 ne peut pas modifier le paramètre «&#xa0;%2&#xa0;» du stockage&#xa0;: seules les connexions rapporteur et auteur de stratégies modifient les paramètres. Rien n&apos;a été modifié. (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/storage/sqlite/sqlitestoresettings.cpp" line="+37"/>
        <source>Could not save the setting &quot;%1&quot; to %2: %3</source>
        <translation>Impossible d&apos;enregistrer le paramètre «&#xa0;%1&#xa0;» dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/storage/postgres/pgauditlog.cpp" line="+25"/>
        <source>%1 (as %2)</source>
        <extracomment>An audit entry&apos;s actor: %1 the MDM user who acted, %2 the database login the console used</extracomment>
        <translation>%1 (en tant que %2)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 may not write to the audit log. Nothing was changed. (%2)</source>
        <translation>%1 ne peut pas écrire dans le journal d&apos;audit. Rien n&apos;a été modifié. (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/storage/sqlite/sqliteauditlog.cpp" line="+33"/>
        <location line="+11"/>
        <source>Could not write to the audit log in %1: %2</source>
        <translation>Impossible d&apos;écrire dans le journal d&apos;audit de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../app/storage/sqlite/sqliteauditlog.cpp" line="+24"/>
        <location line="+10"/>
        <source>Could not read the audit log in %1: %2</source>
        <translation>Impossible de lire le journal d&apos;audit dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/sqlite/sqlitetransaction.cpp" line="+81"/>
        <source>Another program, or another console, is writing to the database: close it or wait, then try again.</source>
        <translation>Un autre programme, ou une autre console, écrit dans la base de données&#xa0;: fermez-le ou patientez, puis réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database file or its folder is read-only: make both writable, or start with --db and another file.</source>
        <translation>Le fichier de la base de données ou son dossier est en lecture seule&#xa0;: rendez-les accessibles en écriture, ou démarrez avec --db et un autre fichier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk could not be read or written: check the disk and its free space.</source>
        <translation>Le disque n&apos;a pas pu être lu ou écrit&#xa0;: vérifiez le disque et son espace libre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is damaged: restore it from a backup, or start with --db and a new file (the next sync fills it again).</source>
        <translation>Le fichier est endommagé&#xa0;: restaurez-le depuis une sauvegarde, ou démarrez avec --db et un nouveau fichier (la prochaine synchronisation le remplit à nouveau).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk is full (or the database reached its size limit): free some space, then try again.</source>
        <translation>Le disque est plein (ou la base de données a atteint sa taille maximale)&#xa0;: libérez de l&apos;espace, puis réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file cannot be opened: check that its folder exists and that you may write to it.</source>
        <translation>Le fichier ne peut pas être ouvert&#xa0;: vérifiez que son dossier existe et que vous pouvez y écrire.</translation>
    </message>
</context>
<context>
    <name>DryRunWriter</name>
    <message>
        <location filename="../app/headless/dryrunwriter.cpp" line="+22"/>
        <source>--dry-run: the folder %1 is not empty; give a new or empty folder.</source>
        <translation>--dry-run&#xa0;: le dossier %1 n&apos;est pas vide&#xa0;; indiquez un dossier nouveau ou vide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--dry-run: the folder %1 could not be created.</source>
        <translation>--dry-run&#xa0;: le dossier %1 n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--dry-run: %1 could not be written: %2</source>
        <translation>--dry-run&#xa0;: impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>EndpointDiscovery</name>
    <message>
        <location filename="../app/net/endpointdiscovery.cpp" line="+84"/>
        <location line="+15"/>
        <source>Endpoint discovery (Graph servicePrincipals)</source>
        <translation>Découverte des points de terminaison (Graph servicePrincipals)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: the tenant has no service principal for Microsoft Intune (appId %2); is Intune set up for this tenant?</source>
        <translation>%1&#xa0;: le locataire n&apos;a aucun principal de service pour Microsoft Intune (appId %2)&#xa0;; Intune est-il configuré pour ce locataire&#xa0;?</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+15"/>
        <location line="+33"/>
        <source>Endpoint discovery (Graph servicePrincipals/endPoints)</source>
        <translation>Découverte des points de terminaison (Graph servicePrincipals/endPoints)</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1: the %2 entry&apos;s uri &quot;%3&quot; is not an absolute http(s) URL.</source>
        <translation>%1&#xa0;: l&apos;uri «&#xa0;%3&#xa0;» de l&apos;entrée %2 n&apos;est pas une URL http(s) absolue.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: the Intune service principal lists no endpoint for %2; set the URL in the settings or check the tenant.</source>
        <translation>%1&#xa0;: le principal de service Intune ne répertorie aucun point de terminaison pour %2&#xa0;; définissez l&apos;URL dans les paramètres ou vérifiez le locataire.</translation>
    </message>
</context>
<context>
    <name>EntraUserCache</name>
    <message>
        <location filename="../app/storage/postgres/pgentrausercache.cpp" line="+64"/>
        <location filename="../app/storage/sqlite/sqliteentrausercache.cpp" line="+23"/>
        <source>Could not read the Entra users known to %1: %2</source>
        <translation>Impossible de lire les utilisateurs Entra connus de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Could not save the Entra users looked up to %1: this login may not change them; the reporter looks users up (the database refused: %2). Nothing was written.</source>
        <translation>Impossible d&apos;enregistrer dans %1 les utilisateurs Entra recherchés&#xa0;: cette connexion n&apos;a pas le droit de les modifier&#xa0;; c&apos;est le rapporteur qui recherche les utilisateurs (la base de données a refusé&#xa0;: %2). Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../app/storage/sqlite/sqliteentrausercache.cpp" line="+55"/>
        <source>Could not save the Entra users looked up to %1: %2</source>
        <translation>Impossible d&apos;enregistrer dans %1 les utilisateurs Entra recherchés&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>EntraUserDirectory</name>
    <message>
        <location filename="../app/net/entrauserdirectory.cpp" line="+73"/>
        <location line="+13"/>
        <source>Graph user look-up ($batch of /users)</source>
        <translation>Recherche d&apos;utilisateurs Graph ($batch de /users)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: the answer for %2 has no object id.</source>
        <translation>%1&#xa0;: la réponse pour %2 ne contient pas d&apos;ID d&apos;objet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: Graph refused to read %2 (HTTP 403): the app registration needs the application permission User.Read.All. %3</source>
        <translation>%1&#xa0;: Graph a refusé de lire %2 (HTTP 403)&#xa0;: l&apos;inscription d&apos;application a besoin de l&apos;autorisation d&apos;application User.Read.All. %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: Graph answered HTTP %2 for %3: %4</source>
        <translation>%1&#xa0;: Graph a répondu HTTP %2 pour %3&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Graph user look-up: the answer could not be read.</source>
        <translation>Recherche d&apos;utilisateurs Graph&#xa0;: la réponse n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Graph user look-up: Graph did not answer for %1 after %2 tries.</source>
        <translation>Recherche d&apos;utilisateurs Graph&#xa0;: Graph n&apos;a pas répondu pour %1 après %2 tentatives.</translation>
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
        <translation>Utilisation&#xa0;: --headless COMMANDE [OPTIONS]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  generate-demo --devices N --db PATH [--seed S]</source>
        <translation>  generate-demo --devices N --db CHEMIN [--seed S]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Writes a demo fleet of N devices (10 to 1000000) and its compliance policies to the device database at PATH. The same seed always gives the same fleet.</source>
        <translation>      Écrit une flotte de démonstration de N appareils (de 10 à 1000000) et ses stratégies de conformité dans la base de données d&apos;appareils située à CHEMIN. La même graine donne toujours la même flotte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  sync [--db PATH] [--demo | --tenant-url URL] [--batch-size N] [--timeout SECONDS]</source>
        <translation>  sync [--db CHEMIN] [--demo | --tenant-url URL] [--batch-size N] [--timeout SECONDES]</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>  Without --demo or --tenant-url, the tenant configured in File → Settings is used, with its secrets from the OS keychain. --demo starts the tenant emulator next to this program; --tenant-url uses one host for every endpoint, with credentials from ASC_MDM_USER, ASC_MDM_PASSWORD, ASC_TENANT_ID, ASC_CLIENT_ID and ASC_CLIENT_SECRET.</source>
        <translation>  Sans --demo ni --tenant-url, le locataire configuré dans Fichier → Paramètres est utilisé, avec ses secrets tirés du trousseau du système. --demo démarre l&apos;émulateur de locataire à côté de ce programme&#xa0;; --tenant-url utilise un seul hôte pour tous les points de terminaison, avec les identifiants de ASC_MDM_USER, ASC_MDM_PASSWORD, ASC_TENANT_ID, ASC_CLIENT_ID et ASC_CLIENT_SECRET.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  import-settings FILE</source>
        <translation>  import-settings FICHIER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Replaces the settings with those of a file written by File → Settings → Export (it holds no secret).</source>
        <translation>      Remplace les paramètres par ceux d&apos;un fichier écrit par Fichier → Paramètres → Exporter (il ne contient aucun secret).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  store-secret mdm-password|client-secret</source>
        <translation>  store-secret mdm-password|client-secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Reads the secret from standard input and stores it in the OS keychain for the tenant configured in File → Settings (for a machine without a window).</source>
        <translation>      Lit le secret sur l&apos;entrée standard et l&apos;enregistre dans le trousseau du système pour le locataire configuré dans Fichier → Paramètres (pour une machine sans fenêtre).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>  help</source>
        <translation>  help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Shows this text.</source>
        <translation>      Affiche ce texte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit codes: 0 success, 2 unknown command or bad argument, 3 database error, 4 tenant error, 5 reports failed, 6 timeout (reports still queued), 7 keychain error (no secret service, or no secret stored for the tenant).</source>
        <translation>Codes de sortie&#xa0;: 0 réussite, 2 commande inconnue ou argument incorrect, 3 erreur de base de données, 4 erreur du locataire, 5 rapports en échec, 6 délai dépassé (rapports encore en file d&apos;attente), 7 erreur du trousseau (aucun service de secrets, ou aucun secret enregistré pour le locataire).</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Give either --demo or --tenant-url URL, not both.</source>
        <translation>Indiquez soit --demo, soit --tenant-url URL, pas les deux.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+116"/>
        <source>No tenant is configured: set one in File → Settings, or give --demo or --tenant-url URL.</source>
        <translation>Aucun locataire n&apos;est configuré&#xa0;: configurez-en un dans Fichier → Paramètres, ou indiquez --demo ou --tenant-url URL.</translation>
    </message>
    <message>
        <location line="-370"/>
        <source>No command given after --headless. Commands: generate-demo, sync, report-now, report-weekly, status, help.</source>
        <translation>Aucune commande après --headless. Commandes&#xa0;: generate-demo, sync, report-now, report-weekly, status, help.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unknown command &quot;%1&quot;. Commands: generate-demo, sync, report-now, report-weekly, send, deprovision, status, import-settings, store-secret, init-store, help.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;». Commandes&#xa0;: generate-demo, sync, report-now, report-weekly, send, deprovision, status, import-settings, store-secret, init-store, help.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>      Pulls every device and policy from the MDM, queues the reports their changes call for (compliance change, inventory change, escalation, a missed weekly report), sends them and waits for Azure to confirm them.</source>
        <translation>      Récupère tous les appareils et toutes les stratégies depuis le MDM, met en file d&apos;attente les rapports qu&apos;exigent leurs modifications (modification de conformité, modification d&apos;inventaire, escalade, rapport hebdomadaire manqué), les envoie et attend qu&apos;Azure les confirme.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  sync --dry-run FOLDER [same options as sync]</source>
        <translation>  sync --dry-run DOSSIER [mêmes options que sync]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Pulls and plans as sync does, but sends nothing to Azure and writes nothing to the store: every request it would send (URL, headers with the token masked, body) is written to FOLDER, which must be new or empty.</source>
        <translation>      Récupère et planifie comme sync, mais n&apos;envoie rien à Azure et n&apos;écrit rien dans le stockage&#xa0;: chaque requête qui serait envoyée (URL, en-têtes avec le jeton masqué, corps) est écrite dans DOSSIER, qui doit être nouveau ou vide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  report-now ID... [same options as sync]</source>
        <translation>  report-now ID... [mêmes options que sync]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Reports these devices now.</source>
        <translation>      Signale ces appareils maintenant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  report-now --csv FILE [same options as sync]</source>
        <translation>  report-now --csv FICHIER [mêmes options que sync]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Reports the devices a CSV file lists now. Its header names at least one of the columns id, serial number, Azure device id, name; each row that names no device of the store, or several, is shown with its row number and skipped.</source>
        <translation>      Signale maintenant les appareils listés dans un fichier CSV. Son en-tête nomme au moins une des colonnes id, serial number, Azure device id, name&#xa0;; chaque ligne qui ne désigne aucun appareil du stockage, ou plusieurs, est affichée avec son numéro de ligne et ignorée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  report-weekly [same options as sync]</source>
        <translation>  report-weekly [mêmes options que sync]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Reports every device now, as the weekly report does.</source>
        <translation>      Signale tous les appareils maintenant, comme le fait le rapport hebdomadaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  send [same options as sync]</source>
        <translation>  send [mêmes options que sync]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Queues nothing: sends what the outbox holds (also what an interrupted run left) and waits for Azure to confirm it.</source>
        <translation>      Ne met rien en file&#xa0;: envoie ce que contient la boîte d&apos;envoi (y compris ce qu&apos;une exécution interrompue a laissé) et attend la confirmation d&apos;Azure.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  deprovision --yes [--db PATH] [--demo | --tenant-url URL] [--settings FILE]</source>
        <translation>  deprovision --yes [--db CHEMIN] [--demo | --tenant-url URL] [--settings FICHIER]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Disconnects from Azure: deprovisions the partner tenant (Azure then stops taking compliance data from this console for the tenant) and switches reporting off. Audited. Without --yes it only says what it would do.</source>
        <translation>      Déconnecte d&apos;Azure&#xa0;: déprovisionne le locataire partenaire (Azure cesse alors d&apos;accepter les données de conformité de cette console pour le locataire) et désactive l&apos;envoi des rapports. Consigné dans le journal d&apos;audit. Sans --yes, indique seulement ce qui serait fait.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  status [--db PATH] --json</source>
        <translation>  status [--db CHEMIN] --json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Prints the store&apos;s devices by Azure Device Compliance Status and the outbox counts as JSON.</source>
        <translation>      Affiche au format JSON les appareils du stockage par état de conformité de l&apos;appareil Azure, ainsi que les compteurs de la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>  store-secret db-password --db postgresql://ROLE@HOST:PORT/DATABASE</source>
        <translation>  store-secret db-password --db postgresql://RÔLE@HÔTE:PORT/BASE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Reads that login&apos;s PostgreSQL password from standard input and keeps it in the OS keychain, used when PGPASSWORD and ~/.pgpass hold none. A systemd service gives it as the credential db-password instead.</source>
        <translation>      Lit sur l&apos;entrée standard le mot de passe PostgreSQL de cette connexion et le conserve dans le trousseau du système&#xa0;; il sert lorsque PGPASSWORD et ~/.pgpass n&apos;en contiennent pas. Un service systemd le fournit plutôt comme identifiant db-password.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  --request-timeout SECONDS sets how long one request may take before it is tried again (default 30).</source>
        <translation>  --request-timeout SECONDES fixe la durée maximale d&apos;une requête avant qu&apos;elle soit réessayée (30 par défaut).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  --settings FILE (sync, report-now, report-weekly, send) uses the settings of FILE, written by File → Settings → Export, instead of those of File → Settings; e.g. for the service azure-status-reporter, /etc/azure-status-reporter/settings.json.</source>
        <translation>  --settings FICHIER (sync, report-now, report-weekly, send) utilise les paramètres de FICHIER, écrit par Fichier → Paramètres → Exporter, au lieu de ceux de Fichier → Paramètres&#xa0;; par exemple pour le service azure-status-reporter, /etc/azure-status-reporter/settings.json.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  When $CREDENTIALS_DIRECTORY is set (a systemd service with LoadCredentialEncrypted= or LoadCredential=), the secrets of the configured tenant are read from its files mdm-password and client-secret instead of the OS keychain.</source>
        <translation>  Quand $CREDENTIALS_DIRECTORY est défini (un service systemd avec LoadCredentialEncrypted= ou LoadCredential=), les secrets du locataire configuré sont lus dans ses fichiers mdm-password et client-secret au lieu du trousseau du système.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  init-store --db postgresql://ROLE@HOST:PORT/DATABASE</source>
        <translation>  init-store --db postgresql://RÔLE@HÔTE:PORT/BASE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>      Creates or upgrades a team&apos;s PostgreSQL store and its roles (asc_helpdesk, asc_policy_author, asc_reporter). Run once by the database owner, and again after an upgrade of the console. The password comes from PGPASSWORD or ~/.pgpass. A server on the network is reached with %1 at the end of the URI.</source>
        <translation>      Crée ou met à niveau le stockage PostgreSQL d&apos;une équipe et ses rôles (asc_helpdesk, asc_policy_author, asc_reporter). À exécuter une fois par le propriétaire de la base de données, puis après chaque mise à niveau de la console. Le mot de passe vient de PGPASSWORD ou de ~/.pgpass. Un serveur sur le réseau se joint avec %1 à la fin de l&apos;URI.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A command stopped by SIGTERM, SIGINT or SIGHUP ends in order, with what it did committed to the store, and exits with 128 + the signal: 143, 130 or 129.</source>
        <translation>Une commande arrêtée par SIGTERM, SIGINT ou SIGHUP se termine en ordre, ce qu&apos;elle a fait étant enregistré dans le stockage, et sort avec 128 + le signal&#xa0;: 143, 130 ou 129.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A systemd credential that is missing or empty also gives exit code 7, naming it.</source>
        <translation>Un identifiant systemd manquant ou vide donne aussi le code de sortie 7, avec son nom.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unknown option &quot;%1&quot;. Options: %2.</source>
        <translation>Option inconnue «&#xa0;%1&#xa0;». Options&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needs a value.</source>
        <translation>%1 nécessite une valeur.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>generate-demo needs --devices N (from %1 to %2).</source>
        <translation>generate-demo nécessite --devices N (de %1 à %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--devices: &quot;%1&quot; is not a whole number from %2 to %3.</source>
        <translation>--devices&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nombre entier de %2 à %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>generate-demo needs --db PATH, the device database to write.</source>
        <translation>generate-demo nécessite --db CHEMIN, la base de données d&apos;appareils à écrire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--seed: &quot;%1&quot; is not a whole number from 0 to %2.</source>
        <translation>--seed&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nombre entier de 0 à %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Wrote %n demo device(s) (seed %1) to %2 in %3 s.</source>
        <translation>
            <numerusform>%n appareil de démonstration écrit (graine %1) dans %2 en %3 s.</numerusform>
            <numerusform>%n appareils de démonstration écrits (graine %1) dans %2 en %3 s.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--settings: %1 could not be read: %2</source>
        <translation>--settings&#xa0;: impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--settings: %1 is not a usable settings export: %2</source>
        <translation>--settings&#xa0;: %1 n&apos;est pas un export de paramètres utilisable&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>--tenant-url: &quot;%1&quot; is not an http(s) URL.</source>
        <translation>--tenant-url&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une URL http(s).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ASC_TENANT_ID must hold the Entra tenant id (a GUID).</source>
        <translation>ASC_TENANT_ID doit contenir l&apos;ID de locataire Entra (un GUID).</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+66"/>
        <source>The configured settings are not usable: %1</source>
        <translation>Les paramètres configurés ne sont pas utilisables&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Stopped by %1: what was done is committed; the reports still queued go out on the next run.</source>
        <extracomment>%1 is a signal, e.g. SIGTERM</extracomment>
        <translation>Arrêté par %1&#xa0;: ce qui a été fait est enregistré&#xa0;; les rapports encore en file d&apos;attente partiront à la prochaine exécution.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>import-settings needs FILE, a settings export (JSON).</source>
        <translation>import-settings attend FICHIER, une exportation de paramètres (JSON).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was not imported: %2</source>
        <translation>%1 n&apos;a pas été importé&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported the settings of %1.</source>
        <translation>Paramètres de %1 importés.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>store-secret needs one of: mdm-password, client-secret, db-password --db URI (the secret itself is read from standard input).</source>
        <translation>store-secret attend l&apos;un de ces mots&#xa0;: mdm-password, client-secret, db-password --db URI (le secret lui-même est lu sur l&apos;entrée standard).</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+30"/>
        <source>%1: standard input held no secret.</source>
        <translation>%1&#xa0;: l&apos;entrée standard ne contenait aucun secret.</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+29"/>
        <source>Stored the %1 in the OS keychain (key &quot;%2&quot;).</source>
        <extracomment>%1 is &quot;MDM password&quot; or &quot;Entra client secret&quot;, %2 the keychain key</extracomment>
        <translation>%1 enregistré dans le trousseau du système (clé «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>store-secret db-password needs --db and the PostgreSQL connection URI of the store.</source>
        <translation>store-secret db-password nécessite --db et l&apos;URI de connexion PostgreSQL du stockage.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Outbox: %1 waiting, %2 sent and unconfirmed, %3 confirmed, %4 failed.</source>
        <translation>Boîte d&apos;envoi&#xa0;: %1 en attente, %2 envoyés non confirmés, %3 confirmés, %4 en échec.</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%1: %n device(s) found in the store.</source>
        <translation>
            <numerusform>%1&#xa0;: %n appareil trouvé dans le stockage.</numerusform>
            <numerusform>%1&#xa0;: %n appareils trouvés dans le stockage.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--csv: no row of %1 names a device of the store; nothing was reported.</source>
        <translation>--csv&#xa0;: aucune ligne de %1 ne désigne un appareil du stockage&#xa0;; rien n&apos;a été signalé.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>--dry-run is an option of sync only.</source>
        <translation>--dry-run n&apos;est une option que de sync.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--dry-run needs a folder to write the requests to.</source>
        <translation>--dry-run nécessite un dossier où écrire les requêtes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>report-now: &quot;%1&quot; is not a device id.</source>
        <translation>report-now&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un identifiant d&apos;appareil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--csv is an option of report-now only.</source>
        <translation>--csv n&apos;est une option que de report-now.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>report-now needs at least one device id, or --csv FILE.</source>
        <translation>report-now demande au moins un identifiant d&apos;appareil, ou --csv FICHIER.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--batch-size: &quot;%1&quot; is not a whole number from 1 to 10000.</source>
        <translation>--batch-size&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nombre entier de 1 à 10000.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--timeout: &quot;%1&quot; is not a number of seconds.</source>
        <translation>--timeout&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nombre de secondes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--request-timeout: &quot;%1&quot; is not a whole number of seconds from 1 to 3600.</source>
        <translation>--request-timeout&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nombre entier de secondes entre 1 et 3600.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Not synced: %1 syncs this database, and sends its reports.</source>
        <translation>Pas de synchronisation&#xa0;: %1 synchronise cette base de données et envoie ses rapports.</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Synced %n device(s); %1 report(s) queued.</source>
        <translation>
            <numerusform>%n appareil synchronisé&#xa0;; rapports mis en file d&apos;attente&#xa0;: %1.</numerusform>
            <numerusform>%n appareils synchronisés&#xa0;; rapports mis en file d&apos;attente&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Device %1 was not reported: %2</source>
        <extracomment>%2 says why, in a sentence</extracomment>
        <translation>L&apos;appareil %1 n&apos;a pas été signalé&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Dry run of %1 against the tenant %2: nothing was sent to Azure and nothing was written to the store.</source>
        <translation>Simulation du %1 sur le locataire %2&#xa0;: rien n&apos;a été envoyé à Azure et rien n&apos;a été écrit dans le stockage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devices pulled: %1; user principal names looked up in Entra: %2; devices whose user Entra does not know: %3.</source>
        <translation>Appareils récupérés&#xa0;: %1&#xa0;; noms d&apos;utilisateur principaux recherchés dans Entra&#xa0;: %2&#xa0;; appareils dont Entra ne connaît pas l&apos;utilisateur&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requests written: %1, of which %2 DataUploadMessages carrying %3 device(s).</source>
        <translation>Requêtes écrites&#xa0;: %1, dont %2 DataUploadMessages portant sur %3 appareil(s).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The partner tenant is already provisioned: no PartnerTenants request.</source>
        <translation>Le locataire partenaire est déjà provisionné&#xa0;: aucune requête PartnerTenants.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The partner tenant is not provisioned yet: the first request provisions it.</source>
        <translation>Le locataire partenaire n&apos;est pas encore provisionné&#xa0;: la première requête le provisionne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A weekly report of every device is due as well; a real sync would queue it.</source>
        <translation>Un rapport hebdomadaire de tous les appareils est également dû&#xa0;; une vraie synchronisation le mettrait en file d&apos;attente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No weekly report is due.</source>
        <translation>Aucun rapport hebdomadaire n&apos;est dû.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The requests are in %1.</source>
        <translation>Les requêtes sont dans %1.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Deprovisioning tells Azure (Intune) that this console no longer reports for the tenant %1: Intune stops taking compliance data from it, and the partner shows as deprovisioned. Devices keep the compliance state Azure last received until another partner reports them or Intune marks them. Reporting to Azure is switched off here, so nothing is sent again until it is switched back on.</source>
        <translation>Le déprovisionnement indique à Azure (Intune) que cette console ne signale plus rien pour le locataire %1&#xa0;: Intune cesse d&apos;en accepter les données de conformité, et le partenaire apparaît comme déprovisionné. Les appareils gardent le dernier état de conformité reçu par Azure jusqu&apos;à ce qu&apos;un autre partenaire les signale ou qu&apos;Intune les marque. L&apos;envoi des rapports à Azure est désactivé ici&#xa0;: rien n&apos;est plus envoyé tant qu&apos;il n&apos;est pas réactivé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was done. Run deprovision again with --yes to do it.</source>
        <translation>Rien n&apos;a été fait. Relancez deprovision avec --yes pour le faire.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The partner tenant %1 is deprovisioned and reporting to Azure is switched off.</source>
        <translation>Le locataire partenaire %1 est déprovisionné et l&apos;envoi des rapports à Azure est désactivé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>status needs --json (the only output format).</source>
        <translation>status nécessite --json (le seul format de sortie).</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <location filename="../app/net/httptransport.cpp" line="+156"/>
        <source>%1: a URL must not hold a user name or password; credentials are never kept in the settings. Enter %2 and put the credentials in the API user and password fields.</source>
        <extracomment>%2 is the URL without its user name and password</extracomment>
        <translation>%1&#xa0;: une URL ne doit contenir ni nom d&apos;utilisateur ni mot de passe&#xa0;; les identifiants ne sont jamais conservés dans les paramètres. Saisissez %2 et indiquez les identifiants dans les champs Utilisateur de l&apos;API et Mot de passe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no URL is set for this endpoint; check the settings.</source>
        <translation>%1&#xa0;: aucune URL n&apos;est définie pour ce point de terminaison&#xa0;; vérifiez les paramètres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;%2&quot; is not a valid absolute URL; check the settings.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une URL absolue valide&#xa0;; vérifiez les paramètres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;%2&quot; is not an http(s) URL.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une URL http(s).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: refused to use http:// with %2: credentials and reports leave this machine only over https. Use https://%2.</source>
        <extracomment>%2 is a host name. Only loopback (this machine) may use plain http.</extracomment>
        <translation>%1&#xa0;: utilisation de http:// refusée avec %2&#xa0;: les identifiants et les rapports ne quittent cette machine qu&apos;en https. Utilisez https://%2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CA certificates file %1: cannot be read: %2</source>
        <translation>Fichier de certificats d&apos;autorité %1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CA certificates file %1: holds no PEM certificate (&quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation>Fichier de certificats d&apos;autorité %1&#xa0;: il ne contient aucun certificat PEM (&quot;-----BEGIN CERTIFICATE-----&quot;).</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>%1: the server&apos;s answer (HTTP %3) is larger than %2, the most this console reads of an error answer; it was stopped there.</source>
        <extracomment>%2 is a size such as &quot;16 MiB&quot;</extracomment>
        <translation>%1&#xa0;: la réponse du serveur (HTTP %3) dépasse %2, le maximum que cette console lit d&apos;une réponse d&apos;erreur&#xa0;; elle a été interrompue à ce point.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the server&apos;s answer is larger than %2, the most this console accepts from this endpoint; it was stopped there and not repeated.</source>
        <translation>%1&#xa0;: la réponse du serveur dépasse %2, le maximum que cette console accepte de ce point de terminaison&#xa0;; elle a été interrompue à ce point et n&apos;est pas redemandée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server redirected to a URL this console refuses: %1</source>
        <extracomment>%1 says which URL was refused and why</extracomment>
        <translation>Le serveur a redirigé vers une URL que cette console refuse&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: the server asked to wait %2 seconds before retrying (HTTP %3), longer than the %4 seconds this console waits in one go; try again later.</source>
        <translation>%1&#xa0;: le serveur a demandé d&apos;attendre %2 secondes avant de réessayer (HTTP %3), soit plus que les %4 secondes que cette console attend d&apos;un seul tenant&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>%1: the server answered HTTP %2.</source>
        <translation>%1&#xa0;: le serveur a répondu HTTP %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the server answered HTTP %2: %3</source>
        <translation>%1&#xa0;: le serveur a répondu HTTP %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no response within %2 seconds.</source>
        <translation>%1&#xa0;: aucune réponse dans un délai de %2 secondes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the connection to %2 was refused; is the service running?</source>
        <translation>%1&#xa0;: la connexion à %2 a été refusée&#xa0;; le service est-il en cours d&apos;exécution&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the server closed the connection before answering.</source>
        <translation>%1&#xa0;: le serveur a fermé la connexion avant de répondre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the TLS certificate of %2 was refused (%3), so nothing was sent. If the server uses a private certificate authority, set its CA certificate file in File → Settings.</source>
        <extracomment>%2 is host:port, %3 the TLS library&apos;s reasons</extracomment>
        <translation>%1&#xa0;: le certificat TLS de %2 a été refusé (%3)&#xa0;; rien n&apos;a été envoyé. Si le serveur utilise une autorité de certification privée, indiquez le fichier de son certificat dans Fichier → Paramètres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the host %2 was not found.</source>
        <translation>%1&#xa0;: l&apos;hôte %2 est introuvable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the request failed: %2</source>
        <translation>%1&#xa0;: la requête a échoué&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>(gave up after %n attempt(s))</source>
        <translation>
            <numerusform>(abandon après %n tentative)</numerusform>
            <numerusform>(abandon après %n tentatives)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InitStoreCommand</name>
    <message>
        <location filename="../app/headless/initstorecommand.cpp" line="+39"/>
        <source>init-store: unexpected argument &quot;%1&quot;. Usage: init-store --db postgresql://ROLE@HOST:PORT/DATABASE</source>
        <translation>init-store&#xa0;: argument inattendu «&#xa0;%1&#xa0;». Utilisation&#xa0;: init-store --db postgresql://RÔLE@HÔTE:PORT/BASE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>init-store needs --db and the PostgreSQL connection URI of the store, e.g. --db %1</source>
        <translation>init-store nécessite --db et l&apos;URI de connexion PostgreSQL du stockage, par exemple --db %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The store in the PostgreSQL %1 is up to date (schema version %2).</source>
        <translation>Le stockage dans la %1 PostgreSQL est à jour (version de schéma %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The store in the PostgreSQL %1 is now at schema version %2 (it was at %3).</source>
        <translation>Le stockage dans la %1 PostgreSQL est maintenant à la version de schéma %2 (il était à la %3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Roles created: %1.</source>
        <translation>Rôles créés&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give each person a login that is a member of one role: %1 (reads everything, Report now), %2 (also changes policies) or %3 (the headless reporter: writes devices and the outbox), e.g. in psql: CREATE ROLE alice LOGIN IN ROLE %1;</source>
        <translation>Donnez à chaque personne une connexion membre d&apos;un seul rôle&#xa0;: %1 (lit tout, Signaler maintenant), %2 (modifie aussi les stratégies) ou %3 (le rapporteur sans fenêtre&#xa0;: écrit les appareils et la boîte d&apos;envoi), par exemple dans psql&#xa0;: CREATE ROLE alice LOGIN IN ROLE %1;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The store was migrated, but the audit log could not be written: %1</source>
        <translation>Le stockage a été migré, mais le journal d&apos;audit n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note: %1 is a superuser, so the store&apos;s tables and functions now belong to a superuser. Prefer a database owner without superuser rights (README, Team deployment).</source>
        <translation>Remarque&#xa0;: %1 est un superutilisateur&#xa0;; les tables et fonctions du stockage appartiennent donc maintenant à un superutilisateur. Préférez un propriétaire de base de données sans droits de superutilisateur (README, Team deployment).</translation>
    </message>
</context>
<context>
    <name>InventoryClient</name>
    <message>
        <location filename="../app/net/recordreader.cpp" line="+17"/>
        <source>%1 skipped: the field &quot;%2&quot; %3</source>
        <translation>%1&#xa0;: enregistrement ignoré, le champ «&#xa0;%2&#xa0;» %3</translation>
    </message>
    <message>
        <location filename="../app/net/devicepageparser.cpp" line="+181"/>
        <location filename="../app/net/recordreader.cpp" line="+9"/>
        <source>is %1, not a string.</source>
        <translation>est %1 et non une chaîne.</translation>
    </message>
    <message>
        <location filename="../app/net/recordreader.cpp" line="+9"/>
        <source>is %1 KiB long; the limit is %2 KiB.</source>
        <translation>fait %1&#xa0;Kio&#xa0;; la limite est de %2&#xa0;Kio.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>is %1, not true or false.</source>
        <translation>est %1 et non true ou false.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is %1, not a time in milliseconds since 1970.</source>
        <translation>est %1 et non une heure en millisecondes depuis 1970.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is %1, not a plausible time in milliseconds since 1970.</source>
        <translation>vaut %1, ce qui n&apos;est pas une heure plausible en millisecondes depuis 1970.</translation>
    </message>
    <message>
        <location filename="../app/net/devicepageparser.cpp" line="-24"/>
        <location filename="../app/net/recordreader.cpp" line="+30"/>
        <source>is not valid: %1</source>
        <translation>n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/net/inventoryclient.cpp" line="+71"/>
        <source>MDM partitions (/api/v1/tenant/partition/device)</source>
        <translation>Partitions MDM (/api/v1/tenant/partition/device)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: a partition has no valid &quot;id&quot;.</source>
        <translation>%1&#xa0;: une partition n&apos;a pas d&apos;«&#xa0;id&#xa0;» valide.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>MDM partitions (/api/v1/tenant/partition/device): no partition is marked defaultPartition; set the partition id in the settings.</source>
        <translation>Partitions MDM (/api/v1/tenant/partition/device)&#xa0;: aucune partition n&apos;est marquée defaultPartition&#xa0;; définissez l&apos;ID de partition dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../app/net/devicepageparser.cpp" line="-137"/>
        <location filename="../app/net/inventoryclient.cpp" line="+98"/>
        <location line="+14"/>
        <location line="+73"/>
        <source>MDM device list (/api/v1/device)</source>
        <translation>Liste des appareils MDM (/api/v1/device)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: asked for the page at %2, the server sent the one at %3.</source>
        <translation>%1&#xa0;: la page à la position %2 a été demandée, le serveur a envoyé celle à la position %3.</translation>
    </message>
    <message>
        <location filename="../app/net/inventoryclient.cpp" line="-74"/>
        <source>%1: the settings changed during the pull; stopped after %2 devices.</source>
        <translation>%1&#xa0;: les paramètres ont changé pendant la récupération&#xa0;; arrêt après %2 appareils.</translation>
    </message>
    <message>
        <location filename="../app/net/devicepageparser.cpp" line="+7"/>
        <source>%1: totalCount is negative (%2).</source>
        <translation>%1&#xa0;: totalCount est négatif (%2).</translation>
    </message>
    <message>
        <location filename="../app/net/recordreader.cpp" line="-16"/>
        <source>is &quot;%1&quot;, neither milliseconds since 1970 nor an ISO 8601 time.</source>
        <translation>vaut «&#xa0;%1&#xa0;», ce qui n&apos;est ni un nombre de millisecondes depuis 1970 ni une heure ISO 8601.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is %1, not a plausible time.</source>
        <translation>vaut %1, ce qui n&apos;est pas une heure plausible.</translation>
    </message>
    <message>
        <location filename="../app/net/inventoryclient.cpp" line="+89"/>
        <source>%1: the number of devices changed during the pull (from %2 to %3); stopped after %4 devices. Pull again for a consistent list.</source>
        <translation>%1&#xa0;: le nombre d&apos;appareils a changé pendant la récupération (de %2 à %3)&#xa0;; arrêt après %4 appareils. Relancez la récupération pour obtenir une liste cohérente.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the page at %2 came back empty although totalCount is %3; stopped after %4 devices.</source>
        <translation>%1&#xa0;: la page à la position %2 est revenue vide alors que totalCount vaut %3&#xa0;; arrêt après %4 appareils.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Device %1 (record %2) skipped: the id %1 is listed twice; the first record was kept.</source>
        <translation>Appareil %1 (enregistrement %2) ignoré&#xa0;: l&apos;ID %1 figure deux fois dans la liste&#xa0;; le premier enregistrement a été conservé.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Device %1: the field(s) %2 had bytes that are not UTF-8; they were replaced by U+FFFD and the device was imported.</source>
        <translation>Appareil %1&#xa0;: le ou les champs %2 contenaient des octets qui ne sont pas de l&apos;UTF-8&#xa0;; ils ont été remplacés par U+FFFD et l&apos;appareil a été importé.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: the pull was stopped after %2 devices.</source>
        <translation>%1&#xa0;: la récupération a été arrêtée après %2 appareils.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>... and %1 more records skipped.</source>
        <translation>... et %1 autres enregistrements ignorés.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>MDM device (/api/v1/device/%1)</source>
        <translation>Appareil MDM (/api/v1/device/%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the MDM has no device %2.</source>
        <translation>%1&#xa0;: le MDM n&apos;a pas d&apos;appareil %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the response has no &quot;result&quot; object.</source>
        <translation>%1&#xa0;: la réponse ne contient pas d&apos;objet «&#xa0;result&#xa0;».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>MDM force check-in (/api/v1/device/forceCheckin)</source>
        <translation>Contact forcé MDM (/api/v1/device/forceCheckin)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: the MDM refused: %2</source>
        <translation>%1&#xa0;: le MDM a refusé&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the MDM answered that the check-in failed.</source>
        <translation>%1&#xa0;: le MDM a répondu que le contact a échoué.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the answer&apos;s &quot;result&quot; is neither 1, 0 nor a count.</source>
        <translation>%1&#xa0;: le «&#xa0;result&#xa0;» de la réponse n&apos;est ni 1, ni 0, ni un nombre.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>MDM compliance policies (/api/v1/compliancepolicy)</source>
        <translation>Stratégies de conformité MDM (/api/v1/compliancepolicy)</translation>
    </message>
    <message>
        <location filename="../app/net/devicepageparser.cpp" line="+55"/>
        <source>Device record %1</source>
        <translation>Enregistrement d&apos;appareil %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A device record</source>
        <translation>Un enregistrement d&apos;appareil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 skipped: it is %2, not an object.</source>
        <translation>%1&#xa0;: enregistrement ignoré, c&apos;est %2 et non un objet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 skipped: the field &quot;id&quot; is missing.</source>
        <translation>%1&#xa0;: enregistrement ignoré, le champ «&#xa0;id&#xa0;» est absent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 skipped: the field &quot;id&quot; is %2, not a positive whole number.</source>
        <translation>%1&#xa0;: enregistrement ignoré, le champ «&#xa0;id&#xa0;» est %2 et non un nombre entier positif.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Device %1</source>
        <translation>Appareil %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>is &quot;%1&quot; while azureDeviceId is &quot;%2&quot;; the record names two Azure device ids.</source>
        <translation>vaut «&#xa0;%1&#xa0;» alors qu&apos;azureDeviceId vaut «&#xa0;%2&#xa0;»&#xa0;; l&apos;enregistrement désigne deux identifiants d&apos;appareil Azure.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+25"/>
        <location filename="../app/net/inventoryclient.cpp" line="+60"/>
        <source>is %1, not an array.</source>
        <translation>est %1 et non un tableau.</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+25"/>
        <source>has %1 entries; the limit is %2.</source>
        <translation>contient %1 entrées&#xa0;; la limite est de %2.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>is longer than %1 characters.</source>
        <translation>dépasse %1 caractères.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>is not a policy name.</source>
        <translation>n&apos;est pas un nom de stratégie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is %1, not a policy name or an object.</source>
        <translation>est %1 et non un nom de stratégie ou un objet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is missing or not a positive whole number.</source>
        <translation>est absent ou n&apos;est pas un nombre entier positif.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is missing.</source>
        <translation>est absent.</translation>
    </message>
    <message>
        <location filename="../app/net/inventoryclient.cpp" line="-23"/>
        <source>A compliance policy skipped: it is %1, not an object.</source>
        <translation>Une stratégie de conformité a été ignorée&#xa0;: c&apos;est %1 et non un objet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A compliance policy skipped: the field &quot;id&quot; is missing or not a positive whole number.</source>
        <translation>Une stratégie de conformité a été ignorée&#xa0;: le champ «&#xa0;id&#xa0;» est absent ou n&apos;est pas un nombre entier positif.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compliance policy %1</source>
        <translation>Stratégie de conformité %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>names an unknown rule &quot;%1&quot;.</source>
        <translation>désigne une règle inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>names an unknown action &quot;%1&quot;.</source>
        <translation>désigne une action inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a number of days.</source>
        <translation>n&apos;est pas un nombre de jours.</translation>
    </message>
</context>
<context>
    <name>InventorySync</name>
    <message numerus="yes">
        <location filename="../app/reporting/inventorysync.cpp" line="+284"/>
        <source>%n user(s) could not be looked up in Entra ID this sync; their devices are not reported until they are.</source>
        <translation>
            <numerusform>%n utilisateur n&apos;a pas pu être recherché dans Entra ID lors de cette synchronisation&#xa0;; ses appareils ne sont pas signalés tant qu&apos;il ne l&apos;est pas.</numerusform>
            <numerusform>%n utilisateurs n&apos;ont pas pu être recherchés dans Entra ID lors de cette synchronisation&#xa0;; leurs appareils ne sont pas signalés tant qu&apos;ils ne le sont pas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Device %1: it violates the policy &quot;%2&quot;, which the console does not know; that violation is left out.</source>
        <translation>Appareil %1&#xa0;: il enfreint la stratégie «&#xa0;%2&#xa0;», que la console ne connaît pas&#xa0;; cette infraction est laissée de côté.</translation>
    </message>
</context>
<context>
    <name>JsonResponse</name>
    <message>
        <location filename="../app/net/jsonresponse.cpp" line="+22"/>
        <source>%1: the response is empty; a JSON object was expected.</source>
        <translation>%1&#xa0;: la réponse est vide&#xa0;; un objet JSON était attendu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the response is not JSON (%2 at offset %3).</source>
        <translation>%1&#xa0;: la réponse n&apos;est pas du JSON (%2 à la position %3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the response is JSON but not an object.</source>
        <translation>%1&#xa0;: la réponse est du JSON, mais pas un objet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <location line="+14"/>
        <location line="+14"/>
        <source>%1: the response has no &quot;%2&quot;.</source>
        <translation>%1&#xa0;: la réponse ne contient pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>%1: &quot;%2&quot; in the response is %3, not an object.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» dans la réponse est %3 et non un objet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: &quot;%2&quot; in the response is %3, not an array.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» dans la réponse est %3 et non un tableau.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: &quot;%2&quot; in the response is %3, not a string.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» dans la réponse est %3 et non une chaîne.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: &quot;%2&quot; in the response is %3, not a whole number.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» dans la réponse est %3 et non un nombre entier.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing</source>
        <translation>absent</translation>
    </message>
</context>
<context>
    <name>LanguageSwitcher</name>
    <message>
        <location filename="../app/i18n/languageswitcher.cpp" line="+60"/>
        <source>Unknown language &quot;%1&quot;; available: %2.</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;»&#xa0;; langues disponibles&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The translation file %1 could not be loaded.</source>
        <translation>Impossible de charger le fichier de traduction %1.</translation>
    </message>
</context>
<context>
    <name>LeaderInfo</name>
    <message>
        <location filename="../app/storage/syncleadership.cpp" line="+14"/>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, process %2, since %3</source>
        <extracomment>%1 host name, %2 process id, %3 time the leadership began</extracomment>
        <translation>%1, processus %2, depuis %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+118"/>
        <source>Syncing with the MDM</source>
        <translation>Synchronisation avec le MDM</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Report to Azure</source>
        <translation>Envoi des rapports à Azure</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reporting to Azure is on.</source>
        <translation>L&apos;envoi des rapports à Azure est activé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting to Azure is off: nothing is sent, and Report Time says so.</source>
        <translation>L&apos;envoi des rapports à Azure est désactivé&#xa0;: rien n&apos;est envoyé, et l&apos;heure du rapport l&apos;indique.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+46"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>This console is not connected to a tenant.</source>
        <translation>Cette console n&apos;est connectée à aucun locataire.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Settings saved; the next sync uses %1.</source>
        <translation>Paramètres enregistrés&#xa0;; la prochaine synchronisation utilise %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings saved; the demo tenant is used from the next start.</source>
        <translation>Paramètres enregistrés&#xa0;; le locataire de démonstration sera utilisé au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Azure Status Console</source>
        <translation>Azure Status Console</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Devices</source>
        <translation>Appar&amp;eils</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports to &amp;Azure</source>
        <translation>Rapports à A&amp;zure</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Policies</source>
        <translation>&amp;Stratégies</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export shown devices as CSV…</source>
        <translation>&amp;Exporter les appareils affichés au format CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload devices</source>
        <translation>&amp;Recharger les appareils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>Aff&amp;ichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find device…</source>
        <translation>&amp;Rechercher un appareil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Saved views</source>
        <translation>&amp;Vues enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Translator check…</source>
        <translation>&amp;Vérification des traductions…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accented, longer, bracketed text: shows hard-coded strings and text cut off by its widget.</source>
        <translation>Texte accentué, plus long, entre crochets&#xa0;: révèle les chaînes codées en dur et le texte coupé par son widget.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reports</source>
        <translation>Rapp&amp;orts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report selected devices &amp;now</source>
        <translation>Signaler &amp;maintenant les appareils sélectionnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync with the MDM now</source>
        <translation>&amp;Synchroniser maintenant avec le MDM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the &amp;weekly report now</source>
        <translation>Envoyer maintenant le rapport &amp;hebdomadaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report devices listed in a &amp;CSV file…</source>
        <translation>Signaler les appareils listés dans un fichier &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report to &amp;Azure</source>
        <translation>Envoyer les rapports à &amp;Azure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Azure Status Console</source>
        <translation>À &amp;propos d&apos;Azure Status Console</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%p%</source>
        <translation>%p&#xa0;%</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save current view…</source>
        <translation>Enregistrer la vue actuelle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete a saved view…</source>
        <translation>Supprimer une vue enregistrée…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln appareil</numerusform>
            <numerusform>%Ln appareils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %Ln device(s) shown</source>
        <translation>
            <numerusform>Affichage&#xa0;: %1 sur %Ln appareil</numerusform>
            <numerusform>Affichage&#xa0;: %1 sur %Ln appareils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%Ln device(s) queued for Azure.</source>
        <translation>
            <numerusform>%Ln appareil mis en file d&apos;attente pour Azure.</numerusform>
            <numerusform>%Ln appareils mis en file d&apos;attente pour Azure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln device(s) skipped: no Azure device ID (see their Azure Client Status Code).</source>
        <translation>
            <numerusform>%Ln appareil ignoré&#xa0;: pas d&apos;identifiant de l&apos;appareil Azure (voir son code d&apos;état du client Azure).</numerusform>
            <numerusform>%Ln appareils ignorés&#xa0;: pas d&apos;identifiant de l&apos;appareil Azure (voir leur code d&apos;état du client Azure).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+7"/>
        <source>Report devices listed in a CSV file</source>
        <translation>Signaler les appareils listés dans un fichier CSV</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was reported.</source>
        <translation>Rien n&apos;a été signalé.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Not synced here: %1 syncs this database.</source>
        <extracomment>%1 names a host and a process; the list shows what that process stores</extracomment>
        <translation>Pas de synchronisation ici&#xa0;: %1 synchronise cette base de données.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not synced here: nobody syncs this database now. A reporter login syncs it and sends its reports.</source>
        <translation>Pas de synchronisation ici&#xa0;: personne ne synchronise cette base de données pour l&apos;instant. Un identifiant de rapporteur la synchronise et envoie ses rapports.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Synced %Ln device(s) from the MDM.</source>
        <translation>
            <numerusform>%Ln appareil synchronisé depuis le MDM.</numerusform>
            <numerusform>%Ln appareils synchronisés depuis le MDM.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln report(s) queued.</source>
        <translation>
            <numerusform>%Ln rapport mis en file d&apos;attente.</numerusform>
            <numerusform>%Ln rapports mis en file d&apos;attente.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the connection to the store was lost</source>
        <translation>la connexion au stockage a été perdue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Live updates resumed: changes made meanwhile are shown.</source>
        <translation>Mises à jour en direct rétablies&#xa0;: les modifications faites entre-temps sont affichées.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Live updates paused: %1. Reconnecting…</source>
        <extracomment>%1 is the database&apos;s or the network&apos;s reason, as the server or libpq gives it</extracomment>
        <translation>Mises à jour en direct suspendues&#xa0;: %1. Reconnexion…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes other consoles make are not shown until the connection to the store is back; then they all are.</source>
        <translation>Les modifications faites par les autres consoles ne s&apos;affichent pas tant que la connexion au stockage n&apos;est pas rétablie&#xa0;; elles s&apos;affichent alors toutes.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Sending to Azure: %Ln message(s) waiting</source>
        <translation>
            <numerusform>Envoi à Azure&#xa0;: %Ln message en attente</numerusform>
            <numerusform>Envoi à Azure&#xa0;: %Ln messages en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+77"/>
        <source>Exported %Ln device(s) to %1</source>
        <translation>
            <numerusform>%Ln appareil exporté vers %1</numerusform>
            <numerusform>%Ln appareils exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="-220"/>
        <source>Device %1 could not be read: %2</source>
        <translation>Impossible de lire l&apos;appareil %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Console views</source>
        <translation>Vues de la console</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Partner h&amp;ealth</source>
        <translation>État des parte&amp;naires</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;udit log</source>
        <translation>&amp;Journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Select the devices to report first.</source>
        <translation>Sélectionnez d&apos;abord les appareils à signaler.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Report now</source>
        <translation>Signaler maintenant</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Weekly report</source>
        <translation>Rapport hebdomadaire</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Sync failed: %1</source>
        <translation>Échec de la synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Azure: all reports confirmed</source>
        <translation>Azure&#xa0;: tous les rapports sont confirmés</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Devices could not be loaded</source>
        <translation>Impossible de charger les appareils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device store %1 could not be read:
%2</source>
        <translation>Impossible de lire le stockage d&apos;appareils %1&#xa0;:
%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 could not be opened for writing: %2</source>
        <translation>Impossible d&apos;ouvrir %1 en écriture&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 could not be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export shown devices</source>
        <translation>Exporter les appareils affichés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+5"/>
        <source>Save view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Name of the view:</source>
        <translation>Nom de la vue&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A saved view needs a name.</source>
        <translation>Une vue enregistrée doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete saved view</source>
        <translation>Supprimer la vue enregistrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>View to delete:</source>
        <translation>Vue à supprimer&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved views ignored: %1</source>
        <translation>Vues enregistrées ignorées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About Azure Status Console</source>
        <translation>À propos d&apos;Azure Status Console</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Azure Status Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Device status reporting from Ivanti Neurons for MDM to Microsoft Intune and Entra.&lt;/p&gt;&lt;p&gt;Device store: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Azure Status Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Signalement de l&apos;état des appareils d&apos;Ivanti Neurons for MDM à Microsoft Intune et Entra.&lt;/p&gt;&lt;p&gt;Stockage d&apos;appareils&#xa0;: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PartnerComplianceClient</name>
    <message>
        <location filename="../app/net/partnercomplianceclient.cpp" line="+80"/>
        <source>%1: no tenant id is set; check the settings.</source>
        <translation>%1&#xa0;: aucun ID de locataire n&apos;est défini&#xa0;; vérifiez les paramètres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the tenant id &quot;%2&quot; is not a GUID; check the settings.</source>
        <translation>%1&#xa0;: l&apos;ID de locataire «&#xa0;%2&#xa0;» n&apos;est pas un GUID&#xa0;; vérifiez les paramètres.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+284"/>
        <source>%1: the partner endpoints are not known: %2</source>
        <translation>%1&#xa0;: les points de terminaison du partenaire sont inconnus&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-250"/>
        <location line="+112"/>
        <source>Partner tenant sync (PartnerTenants)</source>
        <translation>Synchronisation du locataire partenaire (PartnerTenants)</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+111"/>
        <source>Partner tenant sync (PartnerTenantHeartbeat)</source>
        <translation>Synchronisation du locataire partenaire (PartnerTenantHeartbeat)</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+17"/>
        <location line="+96"/>
        <location line="+33"/>
        <location line="+52"/>
        <source>Partner device sync (DataUploadMessages)</source>
        <translation>Synchronisation des appareils du partenaire (DataUploadMessages)</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>%1: the service answered with HttpStatusCode %2: %3</source>
        <translation>%1&#xa0;: le service a répondu avec HttpStatusCode %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+144"/>
        <source>no detail</source>
        <translation>aucun détail</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>%1: the service reported an error: %2</source>
        <translation>%1&#xa0;: le service a signalé une erreur&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: asked for Provisioned %2, the service answered %3.</source>
        <translation>%1&#xa0;: Provisioned %2 a été demandé, le service a répondu %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: ResyncTimestamp &quot;%2&quot; is not an ISO 8601 time.</source>
        <translation>%1&#xa0;: ResyncTimestamp «&#xa0;%2&#xa0;» n&apos;est pas une heure ISO 8601.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: ResyncTimestamp is %2, not a time.</source>
        <translation>%1&#xa0;: ResyncTimestamp est %2 et non une heure.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1: the content to upload is not JSON (%2 at offset %3); nothing was sent.</source>
        <translation>%1&#xa0;: le contenu à téléverser n&apos;est pas du JSON (%2 à la position %3)&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the content to upload is not a JSON array; nothing was sent.</source>
        <translation>%1&#xa0;: le contenu à téléverser n&apos;est pas un tableau JSON&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1: the service refused the message with ErrorCode %2: %3</source>
        <translation>%1&#xa0;: le service a refusé le message avec ErrorCode %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: the service does not know the message %2.</source>
        <translation>%1&#xa0;: le service ne connaît pas le message %2.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: ErrorDetail in the response is %2, not a string.</source>
        <translation>%1&#xa0;: ErrorDetail dans la réponse est %2 et non une chaîne.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the response has an empty Status.</source>
        <translation>%1&#xa0;: la réponse a un Status vide.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Graph partner health (complianceManagementPartners)</source>
        <translation>État des partenaires Graph (complianceManagementPartners)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: &quot;%2&quot; in the response is %3, not an object.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» dans la réponse est %3 et non un objet.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: &quot;%2.lastHeartbeatDateTime&quot; is not an ISO 8601 time.</source>
        <translation>%1&#xa0;: «&#xa0;%2.lastHeartbeatDateTime&#xa0;» n&apos;est pas une heure ISO 8601.</translation>
    </message>
</context>
<context>
    <name>PartnerHealthPanel</name>
    <message>
        <location filename="../ui/partnerhealthpanel.cpp" line="+134"/>
        <source>Scope: %1</source>
        <extracomment>%1 is an OAuth scope URL, e.g. https://graph.microsoft.com/.default</extracomment>
        <translation>Étendue&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expires %1</source>
        <translation>Expire le %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cached; renewed after %1</source>
        <translation>En cache&#xa0;; renouvelé après le %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Graph lists no compliance partner for this tenant.</source>
        <translation>Graph ne répertorie aucun partenaire de conformité pour ce locataire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unnamed partner</source>
        <translation>Partenaire sans nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: partner state %2</source>
        <extracomment>%2 is Graph&apos;s partnerState value (enabled, unresponsive, ...), shown verbatim.</extracomment>
        <translation>%1&#xa0;: état du partenaire %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last heartbeat: %1</source>
        <translation>Dernière pulsation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iOS onboarded: %1; Android onboarded: %2</source>
        <translation>iOS intégré&#xa0;: %1&#xa0;; Android intégré&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last checked %1</source>
        <translation>Dernière vérification le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked yet.</source>
        <translation>Pas encore vérifié.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This console pulls the inventory and sends the reports of this database.</source>
        <translation>Cette console récupère l&apos;inventaire et envoie les rapports de cette base de données.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 pulls the inventory and sends the reports of this database. This console reads it, and its Report now goes out from there.</source>
        <extracomment>%1 names another computer or process, and since when</extracomment>
        <translation>%1 récupère l&apos;inventaire et envoie les rapports de cette base de données. Cette console la lit, et son «&#xa0;Signaler maintenant&#xa0;» part de là-bas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody syncs this database right now: this console takes over within seconds.</source>
        <translation>Personne ne synchronise cette base de données en ce moment&#xa0;: cette console prend le relais en quelques secondes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Last answered: %1</source>
        <translation>Dernière réponse&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure has not answered a heartbeat yet.</source>
        <translation>Azure n&apos;a encore répondu à aucune pulsation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ResyncTimestamp: %1 (Azure asks for every device again)</source>
        <extracomment>ResyncTimestamp is the protocol&apos;s field name: keep it verbatim.</extracomment>
        <translation>ResyncTimestamp&#xa0;: %1 (Azure redemande tous les appareils)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ResyncTimestamp: none</source>
        <extracomment>ResyncTimestamp is the protocol&apos;s field name: keep it verbatim.</extracomment>
        <translation>ResyncTimestamp&#xa0;: aucun</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>Opérationnel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attention</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Check now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token (Intune management)</source>
        <translation>Jeton d&apos;accès (gestion Intune)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token (Microsoft Graph)</source>
        <translation>Jeton d&apos;accès (Microsoft Graph)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint discovery</source>
        <translation>Découverte des points de terminaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner state</source>
        <translation>État du partenaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heartbeat of this console</source>
        <extracomment>The PartnerTenantHeartbeat this console sends to Azure every hour.</extracomment>
        <translation>Pulsation de cette console</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync of this database</source>
        <extracomment>Which console or reporter syncs the shared database and sends its reports.</extracomment>
        <translation>Synchronisation de cette base de données</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <location filename="../app/storage/postgres/pgconnection.cpp" line="+34"/>
        <source>Could not connect to the PostgreSQL %1: out of memory</source>
        <translation>Impossible de se connecter à la %1 PostgreSQL&#xa0;: mémoire insuffisante</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not connect to the PostgreSQL %1: %2</source>
        <translation>Impossible de se connecter à la %1 PostgreSQL&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <location filename="../app/storage/postgres/pgreportoutbox.cpp" line="+198"/>
        <location line="+276"/>
        <location filename="../app/storage/postgres/pgtransaction.cpp" line="+24"/>
        <location line="+25"/>
        <source>the transaction was rolled back after an earlier error</source>
        <translation>la transaction a été annulée après une erreur précédente</translation>
    </message>
</context>
<context>
    <name>PgConnectionSettings</name>
    <message>
        <location filename="../app/storage/postgres/pgconnection.cpp" line="-85"/>
        <location filename="../app/storage/postgres/pgconnectionsettings.cpp" line="+199"/>
        <source>database %1 on %2:%3 as %4</source>
        <translation>base de données %1 sur %2:%3 en tant que %4</translation>
    </message>
    <message>
        <location filename="../app/storage/postgres/pgconnectionsettings.cpp" line="-110"/>
        <source>The store address is not a PostgreSQL connection URI: it starts with postgresql://, e.g. %1.</source>
        <translation>L&apos;adresse du stockage n&apos;est pas un URI de connexion PostgreSQL&#xa0;: un tel URI commence par postgresql://, par exemple %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+15"/>
        <source>The PostgreSQL connection URI holds a password. Remove it from the URI: the password is kept in the OS keychain, or libpq reads it from PGPASSWORD or ~/.pgpass.</source>
        <translation>L&apos;URI de connexion PostgreSQL contient un mot de passe. Retirez-le de l&apos;URI&#xa0;: le mot de passe est conservé dans le trousseau du système, ou libpq le lit dans PGPASSWORD ou ~/.pgpass.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PostgreSQL connection URI cannot be read: %1</source>
        <translation>L&apos;URI de connexion PostgreSQL est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The PostgreSQL connection URI gives %1=%2, a path relative to the folder the program is started in. Give the full path of the file (or ~/ for your home folder).</source>
        <extracomment>%1 a libpq parameter (sslrootcert, sslcert…), %2 the path the URI gives</extracomment>
        <translation>L&apos;URI de connexion PostgreSQL donne %1=%2, un chemin relatif au dossier dans lequel le programme est lancé. Indiquez le chemin complet du fichier (ou ~/ pour votre dossier personnel).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The PostgreSQL connection URI gives the port &quot;%1&quot;: a port is a number from 1 to 65535.</source>
        <translation>L&apos;URI de connexion PostgreSQL indique le port «&#xa0;%1&#xa0;»&#xa0;: un port est un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PostgreSQL connection URI gives sslmode=%1; libpq knows %2.</source>
        <translation>L&apos;URI de connexion PostgreSQL indique sslmode=%1&#xa0;; libpq connaît %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is reached over the network, so the connection must check the server&apos;s certificate and name: add sslmode=verify-full and sslrootcert=FILE (the CA certificate) to the PostgreSQL connection URI (sslmode is now %2).</source>
        <translation>%1 est joint par le réseau, la connexion doit donc vérifier le certificat et le nom du serveur&#xa0;: ajoutez sslmode=verify-full et sslrootcert=FICHIER (le certificat de l&apos;autorité de certification) à l&apos;URI de connexion PostgreSQL (sslmode vaut actuellement %2).</translation>
    </message>
</context>
<context>
    <name>PgConnections</name>
    <message>
        <location filename="../app/storage/postgres/pgconnections.cpp" line="+33"/>
        <source>The PostgreSQL store %1 is not open.</source>
        <translation>Le stockage PostgreSQL %1 n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The connection to the PostgreSQL %1 was lost and is being opened again; the console goes on when the server answers.%2</source>
        <extracomment>%1 names the database, host, port and login; %2 why the last attempt failed, or nothing</extracomment>
        <translation>La connexion à la %1 PostgreSQL a été perdue et est en cours de rétablissement&#xa0;; la console reprend dès que le serveur répond.%2</translation>
    </message>
</context>
<context>
    <name>PgCopyWriter</name>
    <message>
        <location filename="../app/storage/postgres/pgcopywriter.cpp" line="+189"/>
        <source>row %1 has %2 values for %3 columns</source>
        <translation>la ligne %1 a %2 valeurs pour %3 colonnes</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no COPY in progress</source>
        <translation>aucun COPY en cours</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>COPY into %1 failed: %2</source>
        <translation>Échec de COPY dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PgDeviceWriter</name>
    <message>
        <location filename="../app/storage/postgres/pgdevicewriter.cpp" line="+248"/>
        <source>Could not write devices to the PostgreSQL %1: %2</source>
        <translation>Impossible d&apos;écrire les appareils dans la %1 PostgreSQL&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PgLeadership</name>
    <message>
        <location filename="../app/storage/postgres/pgleadership.cpp" line="+29"/>
        <source>Could not ask for the sync lead in the PostgreSQL %1: %2</source>
        <translation>Impossible de demander la conduite de la synchronisation dans la %1 PostgreSQL&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not record the sync lead in the PostgreSQL %1: %2</source>
        <translation>Impossible d&apos;enregistrer la conduite de la synchronisation dans la %1 PostgreSQL&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not give up the sync lead in the PostgreSQL %1: %2</source>
        <translation>Impossible de céder la conduite de la synchronisation dans la %1 PostgreSQL&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not read the sync lead in the PostgreSQL %1: %2</source>
        <translation>Impossible de lire la conduite de la synchronisation dans la %1 PostgreSQL&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PgLogin</name>
    <message>
        <location filename="../app/storage/postgres/pglogin.cpp" line="+28"/>
        <source>The PostgreSQL %1 asks for a password, and none is in PGPASSWORD, ~/.pgpass or the OS keychain (%2). Store it with: %3</source>
        <extracomment>%1 names the database, host, port and login; %2 why the keychain gave nothing; %3 a command</extracomment>
        <translation>La %1 PostgreSQL demande un mot de passe, et ni PGPASSWORD, ni ~/.pgpass, ni le trousseau du système n&apos;en contiennent (%2). Enregistrez-le avec&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>PgOutboxLeases</name>
    <message>
        <location filename="../app/storage/postgres/pgoutboxleases.cpp" line="+112"/>
        <source>Could not lease outbox messages in the PostgreSQL %1: %2</source>
        <translation>Impossible de réserver des messages de la boîte d&apos;envoi dans la %1 PostgreSQL&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PgSchema</name>
    <message>
        <location filename="../app/storage/postgres/pgschema.cpp" line="+366"/>
        <source>%1 may not read the store: it is a member of none of the roles %2. The database owner grants one to the login, e.g. GRANT %3 TO alice; (%4)</source>
        <translation>%1 ne peut pas lire le stockage&#xa0;: la connexion n&apos;est membre d&apos;aucun des rôles %2. Le propriétaire de la base de données lui en accorde un, par exemple GRANT %3 TO alice; (%4)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the database owner</source>
        <translation>le propriétaire de la base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database owner (%1) runs once: azure-status-console --headless init-store --db %2</source>
        <translation>Le propriétaire de la base de données (%1) exécute une fois&#xa0;: azure-status-console --headless init-store --db %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The PostgreSQL store (%1) was migrated by a newer version of this console (schema version %2; this version knows up to %3). Use a newer console.</source>
        <translation>Le stockage PostgreSQL (%1) a été migré par une version plus récente de cette console (version de schéma %2&#xa0;; cette version connaît jusqu&apos;à la %3). Utilisez une console plus récente.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PostgreSQL database (%1) holds no store yet. %2</source>
        <translation>La base de données PostgreSQL (%1) ne contient pas encore de stockage. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PostgreSQL store (%1) is at schema version %2; this console needs version %3. %4</source>
        <translation>Le stockage PostgreSQL (%1) est à la version de schéma %2&#xa0;; cette console nécessite la version %3. %4</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 may not create the roles of the store (%2). A superuser runs once, in psql: CREATE ROLE %3 NOLOGIN; for each of %4; or gives the database owner CREATEROLE. Then: %5</source>
        <translation>%1 ne peut pas créer les rôles du stockage (%2). Un superutilisateur exécute une fois, dans psql&#xa0;: CREATE ROLE %3 NOLOGIN; pour chacun de %4&#xa0;; ou donne CREATEROLE au propriétaire de la base de données. Ensuite&#xa0;: %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not create the role %1 in %2: %3</source>
        <translation>Impossible de créer le rôle %1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 may not migrate the store: %2. %3</source>
        <translation>%1 ne peut pas migrer le stockage&#xa0;: %2. %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not migrate the PostgreSQL store (%1) to schema version %2: %3</source>
        <translation>Impossible de migrer le stockage PostgreSQL (%1) vers la version de schéma %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>PgStore</name>
    <message>
        <location filename="../app/storage/postgres/pgstore.cpp" line="+75"/>
        <source>Could not read the PostgreSQL store %1: %2</source>
        <translation>Impossible de lire le stockage PostgreSQL %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not read what %1 may do in the PostgreSQL store: %2</source>
        <translation>Impossible de lire ce que %1 a le droit de faire dans le stockage PostgreSQL&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 may not read the PostgreSQL store. The database owner grants one of the roles %2.</source>
        <translation>%1 n&apos;a pas le droit de lire le stockage PostgreSQL. Le propriétaire de la base de données accorde l&apos;un des rôles %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a helpdesk login: it reads the store and asks for Report now; the reporter syncs and sends.</source>
        <extracomment>%1 names the database, host and login</extracomment>
        <translation>%1 est une connexion de support&#xa0;: elle lit le stockage et demande Signaler maintenant&#xa0;; le rapporteur synchronise et envoie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 may only read the store.</source>
        <translation>%1 peut seulement lire le stockage.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Could not read the sync lead in the PostgreSQL store %1: %2</source>
        <translation>Impossible de lire la conduite de la synchronisation dans le stockage PostgreSQL %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 may not ask for Report now: the database refused it (%2).</source>
        <translation>%1 n&apos;a pas le droit de demander « Signaler maintenant »&#xa0;: la base de données l&apos;a refusé (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report now was not asked for in the PostgreSQL store %1: %2</source>
        <translation>« Signaler maintenant » n&apos;a pas été demandé dans le stockage PostgreSQL %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not read the Report now requests of the PostgreSQL store %1: %2</source>
        <translation>Impossible de lire les demandes « Signaler maintenant » du stockage PostgreSQL %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Platforms</name>
    <message>
        <location filename="../models/device.cpp" line="+7"/>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <location filename="../ui/policyeditor.cpp" line="+294"/>
        <location line="+6"/>
        <location line="+13"/>
        <source>New policy</source>
        <translation>Nouvelle stratégie</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Policies</source>
        <translation>Stratégies</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/policyform.cpp" line="+84"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule:</source>
        <translation>Règle&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actions, in order (the most restrictive one whose wait has elapsed applies):</source>
        <translation>Actions, dans l&apos;ordre (la plus restrictive dont le délai est écoulé s&apos;applique)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wait (days)</source>
        <translation>Délai (jours)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+136"/>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="+2"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save to MDM</source>
        <translation>Enregistrer dans le MDM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview device id:</source>
        <translation>ID de l&apos;appareil à prévisualiser&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/fleetimpactpanel.cpp" line="+65"/>
        <source>Fleet impact of the unsaved changes</source>
        <translation>Impact sur la flotte des modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What Azure receives</source>
        <translation>Ce que reçoit Azure</translation>
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
        <translation>Version minimale de l&apos;OS&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 16.0</source>
        <translation>p. ex. 16.0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blocked app id:</source>
        <translation>Identifiant de l&apos;application bloquée&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. com.example.game</source>
        <translation>p. ex. com.example.game</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days without check-in:</source>
        <translation>Jours sans contact&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 30</source>
        <translation>p. ex. 30</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parameter:</source>
        <translation>Paramètre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This rule has no parameter.</source>
        <translation>Cette règle n&apos;a pas de paramètre.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>now</source>
        <extracomment>Shown in the wait box when the action is taken at once (a wait of 0 days).</extracomment>
        <translation>maintenant</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Action %1</source>
        <extracomment>%1 is the step&apos;s number in the policy&apos;s list of actions.</extracomment>
        <translation>Action n°&#xa0;%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait before action %1, in days</source>
        <extracomment>%1 is the step&apos;s number in the policy&apos;s list of actions.</extracomment>
        <translation>Délai avant l&apos;action %1, en jours</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="+22"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/policyform.cpp" line="+70"/>
        <source>Remove action</source>
        <translation>Supprimer l&apos;action</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move action</source>
        <translation>Déplacer l&apos;action</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="+14"/>
        <source>Two policies have the id %1.</source>
        <translation>Deux stratégies ont l&apos;ID %1.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>There is no device with id %1.</source>
        <translation>Il n&apos;y a aucun appareil avec l&apos;ID %1.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/fleetimpactpanel.cpp" line="+54"/>
        <source>Computing the fleet impact…</source>
        <translation>Calcul de l&apos;impact sur la flotte…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading the fleet for the impact…</source>
        <translation>Lecture de la flotte pour calculer l&apos;impact…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The fleet impact is not available: %1</source>
        <extracomment>%1 says why the devices could not be read from the store.</extracomment>
        <translation>L&apos;impact sur la flotte n&apos;est pas disponible&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>No device changes what Azure receives (%n device(s) evaluated).</source>
        <translation>
            <numerusform>Aucun appareil ne change ce que reçoit Azure (%n appareil évalué).</numerusform>
            <numerusform>Aucun appareil ne change ce que reçoit Azure (%n appareils évalués).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No unsaved changes.</source>
        <translation>Aucune modification non enregistrée.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Compliant → Non-compliant: %n device(s)</source>
        <translation>
            <numerusform>Conforme → Non conforme&#xa0;: %n appareil</numerusform>
            <numerusform>Conforme → Non conforme&#xa0;: %n appareils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Non-compliant → Compliant: %n device(s)</source>
        <translation>
            <numerusform>Non conforme → Conforme&#xa0;: %n appareil</numerusform>
            <numerusform>Non conforme → Conforme&#xa0;: %n appareils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Removed from Azure (retired): %n device(s)</source>
        <translation>
            <numerusform>Supprimé d&apos;Azure (retiré)&#xa0;: %n appareil</numerusform>
            <numerusform>Supprimés d&apos;Azure (retirés)&#xa0;: %n appareils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>No longer retired: %n device(s)</source>
        <translation>
            <numerusform>N&apos;est plus retiré&#xa0;: %n appareil</numerusform>
            <numerusform>Ne sont plus retirés&#xa0;: %n appareils</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list shows the first %1.</source>
        <translation>La liste affiche les %1 premiers.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New or changed rule (%1): the MDM decides which devices violate it as they check in; the counts cover only the devices that violate it today.</source>
        <extracomment>%1: policy names. The fleet impact cannot foresee which devices violate a new or changed rule.</extracomment>
        <translation>Règle nouvelle ou modifiée (%1)&#xa0;: le MDM détermine quels appareils l&apos;enfreignent lors de leur prochain contact&#xa0;; les chiffres ne couvrent que les appareils qui l&apos;enfreignent aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="+27"/>
        <source>Unsaved policy changes</source>
        <translation>Modifications de stratégie non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The policies have unsaved changes. Save them to the MDM, discard them, or keep editing?</source>
        <translation>Les stratégies ont des modifications non enregistrées. Les enregistrer dans le MDM, les abandonner ou continuer la modification&#xa0;?</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saving to the MDM…</source>
        <translation>Enregistrement dans le MDM…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Saved %n policy(s); %1 queued for Azure.</source>
        <translation>
            <numerusform>%n stratégie enregistrée&#xa0;; %1 en file d&apos;attente pour Azure.</numerusform>
            <numerusform>%n stratégies enregistrées&#xa0;; %1 en file d&apos;attente pour Azure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n device report(s)</source>
        <translation>
            <numerusform>%n rapport d&apos;appareil</numerusform>
            <numerusform>%n rapports d&apos;appareils</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PolicyPreview</name>
    <message>
        <location filename="../models/policypreview.cpp" line="+11"/>
        <source>now</source>
        <extracomment>When an action of a policy is taken: at once.</extracomment>
        <translation>maintenant</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>after %n day(s)</source>
        <translation>
            <numerusform>après %n jour</numerusform>
            <numerusform>après %n jours</numerusform>
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
        <translation>Action en vigueur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure receives:</source>
        <translation>Azure reçoit&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caused by:</source>
        <translation>Cause&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation timeline</source>
        <translation>Calendrier d&apos;escalade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upload payload (DataUploadMessages body)</source>
        <translation>Données envoyées (corps DataUploadMessages)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action in effect</source>
        <translation>Action en vigueur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Azure receives</source>
        <translation>Azure reçoit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a device to preview what Azure receives for it.</source>
        <translation>Sélectionnez un appareil pour voir ce que reçoit Azure pour lui.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview for %1 (id %2)</source>
        <extracomment>The preview&apos;s title: the device name and its MDM id.</extracomment>
        <translation>Aperçu pour %1 (ID %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None (no violated rule has an action in effect)</source>
        <translation>Aucune (aucune règle enfreinte n&apos;a d&apos;action en vigueur)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No violated rule</source>
        <translation>Aucune règle enfreinte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
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
        <translation>En vigueur maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not sent: this device has no Azure Device Identifier (Azure Client Status Code: %1), so nothing is sent to Azure for it until it has one.</source>
        <translation>Non envoyé&#xa0;: cet appareil n&apos;a pas d&apos;identifiant de l&apos;appareil Azure (code d&apos;état du client Azure&#xa0;: %1), rien n&apos;est donc envoyé à Azure pour lui tant qu&apos;il n&apos;en a pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none reported</source>
        <translation>aucun signalé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not sent: %1</source>
        <extracomment>%1 says why, in a sentence</extracomment>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PolicyService</name>
    <message>
        <location filename="../app/policy/policyservice.cpp" line="+44"/>
        <source>Read-only: the MDM user %1 has the helpdesk role. Helpdesk staff may read policies and use Report now; only a policy author may change policies.</source>
        <translation>Lecture seule&#xa0;: l&apos;utilisateur MDM %1 a le rôle support technique. Le support technique peut lire les stratégies et utiliser Signaler maintenant&#xa0;; seul un auteur de stratégies peut les modifier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read-only: the console is offline, so policies cannot be written to the MDM.</source>
        <translation>Lecture seule&#xa0;: la console est hors ligne, les stratégies ne peuvent donc pas être écrites dans le MDM.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only: the MDM did not say what the user %1 may do: %2</source>
        <translation>Lecture seule&#xa0;: le MDM n&apos;a pas indiqué ce que l&apos;utilisateur %1 peut faire&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only until the MDM confirms that the user %1 is a policy author.</source>
        <translation>Lecture seule jusqu&apos;à ce que le MDM confirme que l&apos;utilisateur %1 est auteur de stratégies.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>MDM account (/api/v1/account/me)</source>
        <translation>Compte MDM (/api/v1/account/me)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the answer has no known role (&quot;%1&quot;).</source>
        <translation>la réponse ne contient aucun rôle connu («&#xa0;%1&#xa0;»).</translation>
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
        <translation>maintenant</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>after %n day(s)</source>
        <translation>
            <numerusform>après %n jour</numerusform>
            <numerusform>après %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name: %1 → %2</source>
        <translation>Nom&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule: %1 → %2</source>
        <translation>Règle&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actions: %1 → %2</source>
        <translation>Actions&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A save is already running.</source>
        <translation>Un enregistrement est déjà en cours.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The MDM has no default device space.</source>
        <translation>Le MDM n&apos;a pas d&apos;espace d&apos;appareils par défaut.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>MDM compliance policy %1 (/api/v1/compliancepolicy)</source>
        <translation>Stratégie de conformité MDM %1 (/api/v1/compliancepolicy)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created: %1; %2</source>
        <translation>Créée&#xa0;: %1&#xa0;; %2</translation>
    </message>
</context>
<context>
    <name>ProcessHardening</name>
    <message>
        <location filename="../app/security/processhardening.cpp" line="+27"/>
        <source>core files could not be switched off (setrlimit RLIMIT_CORE: %1)</source>
        <translation>les fichiers core n&apos;ont pas pu être désactivés (setrlimit RLIMIT_CORE&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>core files are still allowed after setrlimit RLIMIT_CORE</source>
        <translation>les fichiers core restent autorisés après setrlimit RLIMIT_CORE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the process could not be made non-dumpable (prctl PR_SET_DUMPABLE: %1)</source>
        <translation>le processus n&apos;a pas pu être soustrait aux vidages mémoire (prctl PR_SET_DUMPABLE&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the process is still dumpable after prctl PR_SET_DUMPABLE</source>
        <translation>le processus peut encore être vidé après prctl PR_SET_DUMPABLE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Process hardening incomplete: %1. Another program of the same user may be able to read this console&apos;s memory, which holds its secrets.</source>
        <extracomment>%1 lists what failed, separated by semicolons</extracomment>
        <translation>Protection du processus incomplète&#xa0;: %1. Un autre programme du même utilisateur pourrait lire la mémoire de cette console, qui contient ses secrets.</translation>
    </message>
</context>
<context>
    <name>ReportDelivery</name>
    <message numerus="yes">
        <location filename="../app/reporting/reportdelivery.cpp" line="+134"/>
        <source>%1 Nothing is sent until the partner tenant is provisioned; the next try is in %n second(s), at most %2 tries a sync.</source>
        <translation>
            <numerusform>%1 Rien n&apos;est envoyé tant que le locataire partenaire n&apos;est pas provisionné&#xa0;; prochaine tentative dans %n seconde, au plus %2 tentatives par synchronisation.</numerusform>
            <numerusform>%1 Rien n&apos;est envoyé tant que le locataire partenaire n&apos;est pas provisionné&#xa0;; prochaine tentative dans %n secondes, au plus %2 tentatives par synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+155"/>
        <source>The status of the message could not be read %1 times in a row: %2</source>
        <translation>L&apos;état du message n&apos;a pas pu être lu %1 fois de suite&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ReportListModel</name>
    <message>
        <location filename="../ui/reportlistmodel.cpp" line="+142"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirmed</source>
        <extracomment>When Azure confirmed (or refused) the message.</extracomment>
        <translation>Confirmé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error</source>
        <extracomment>Column of the reports view: the last error of a queued message, the reason of a failed one.</extracomment>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message id</source>
        <translation>ID de message</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Waiting to retry</source>
        <translation>En attente de nouvelle tentative</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Awaiting confirmation</source>
        <translation>En attente de confirmation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
</context>
<context>
    <name>ReportOutbox</name>
    <message>
        <location filename="../app/storage/postgres/pgreportoutbox.cpp" line="-348"/>
        <location filename="../app/storage/sqlite/sqlitereportoutbox.cpp" line="+58"/>
        <source>The batch size must be at least 1, not %1.</source>
        <translation>La taille de lot doit être d&apos;au moins 1, et non %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/storage/sqlite/sqlitereportoutbox.cpp" line="+7"/>
        <source>Could not queue the reports in %1: %2</source>
        <translation>Impossible de mettre les rapports en file d&apos;attente dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 may not queue reports: the reporter login queues and sends them. Nothing was queued. (%2)</source>
        <translation>%1 ne peut pas mettre de rapports en file d&apos;attente&#xa0;: c&apos;est la connexion du rapporteur qui les met en file d&apos;attente et les envoie. Rien n&apos;a été mis en file d&apos;attente. (%2)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Could not read the report outbox in %1: %2</source>
        <translation>Impossible de lire la boîte d&apos;envoi des rapports dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Could not record what happened to report %1 in %2: %3</source>
        <translation>Impossible d&apos;enregistrer le sort du rapport %1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 may not record what happened to report %2: the reporter login sends reports. Nothing was changed. (%3)</source>
        <translation>%1 ne peut pas enregistrer le sort du rapport %2&#xa0;: c&apos;est la connexion du rapporteur qui envoie les rapports. Rien n&apos;a été modifié. (%3)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Another process may have report %1 now: this process&apos;s lease on it ran out (or it never claimed it), so it changed nothing. The report is sent again under the same message id.</source>
        <translation>Un autre processus a peut-être le rapport %1 maintenant&#xa0;: la réservation de ce processus a expiré (ou il ne l&apos;a jamais réservé), il n&apos;a donc rien modifié. Le rapport est renvoyé sous le même ID de message.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another process (%1) has report %2 now: this process&apos;s lease on it ran out, so it changed nothing. That process sends it under the same message id.</source>
        <translation>Un autre processus (%1) a maintenant le rapport %2&#xa0;: la réservation de ce processus a expiré, il n&apos;a donc rien modifié. Cet autre processus l&apos;envoie sous le même ID de message.</translation>
    </message>
    <message>
        <location filename="../app/storage/sqlite/sqlitereportoutbox.cpp" line="+55"/>
        <location line="+2"/>
        <source>device %1: %2</source>
        <translation>appareil %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/storage/postgres/pgreportoutbox.cpp" line="-140"/>
        <location line="+124"/>
        <location filename="../app/storage/sqlite/sqlitereportoutbox.cpp" line="+64"/>
        <source>No report with message id %1.</source>
        <translation>Aucun rapport avec l&apos;ID de message %1.</translation>
    </message>
</context>
<context>
    <name>ReportPlanner</name>
    <message>
        <location filename="../app/reporting/reportplanner.cpp" line="+36"/>
        <source>Compliance state change</source>
        <translation>Modification de l&apos;état de conformité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inventory change</source>
        <translation>Modification d&apos;inventaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy escalation</source>
        <translation>Escalade de stratégie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly report</source>
        <translation>Rapport hebdomadaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report now</source>
        <translation>Signaler maintenant</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>It has no Azure device identifier, so Azure cannot take a report of it.</source>
        <translation>Il n&apos;a pas d&apos;identifiant de l&apos;appareil Azure&#xa0;; Azure ne peut donc pas accepter de rapport le concernant.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Entra object id of its user %1 is not known yet: Microsoft Graph has not been asked, or could not answer. The next sync asks again.</source>
        <extracomment>%1 is the user&apos;s principal name, e.g. alice@contoso.com</extracomment>
        <translation>L&apos;ID d&apos;objet Entra de son utilisateur %1 n&apos;est pas encore connu&#xa0;: Microsoft Graph n&apos;a pas été interrogé, ou n&apos;a pas pu répondre. La prochaine synchronisation le redemande.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entra ID has no user with the principal name %1, and Azure takes reports only for users it knows. Fix the user in the MDM or in Entra ID.</source>
        <translation>Entra ID n&apos;a aucun utilisateur dont le nom principal est %1, et Azure n&apos;accepte de rapports que pour les utilisateurs qu&apos;il connaît. Corrigez l&apos;utilisateur dans le MDM ou dans Entra ID.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The MDM names no user for it, and Azure takes reports only for a device&apos;s user.</source>
        <translation>Le MDM ne lui associe aucun utilisateur, et Azure n&apos;accepte de rapports que pour l&apos;utilisateur d&apos;un appareil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Entra object id of its user is not known.</source>
        <translation>L&apos;ID d&apos;objet Entra de son utilisateur n&apos;est pas connu.</translation>
    </message>
</context>
<context>
    <name>ReportTime</name>
    <message>
        <location filename="../models/reporttime.cpp" line="+19"/>
        <source>report failed</source>
        <translation>échec du rapport</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Blank because reporting to Azure is disabled.</source>
        <translation>Vide, car l&apos;envoi des rapports à Azure est désactivé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blank because the data was received and the Microsoft API has not been called yet.</source>
        <translation>Vide, car les données ont été reçues et l&apos;API Microsoft n&apos;a pas encore été appelée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blank because of an error: %1.</source>
        <translation>Vide en raison d&apos;une erreur&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blank because Entra ID has no user with this device&apos;s user principal name, so the device is not reported.</source>
        <translation>Vide, car Entra ID n&apos;a aucun utilisateur avec le nom d&apos;utilisateur principal de cet appareil&#xa0;; l&apos;appareil n&apos;est donc pas signalé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blank because the MDM names no user for this device, so the device is not reported.</source>
        <translation>Vide, car le MDM n&apos;associe aucun utilisateur à cet appareil&#xa0;; l&apos;appareil n&apos;est donc pas signalé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Blank because the Entra object id of this device&apos;s user is not known yet, so the device is not reported; the next sync looks it up.</source>
        <translation>Vide, car l&apos;ID d&apos;objet Entra de l&apos;utilisateur de cet appareil n&apos;est pas encore connu, l&apos;appareil n&apos;est donc pas signalé&#xa0;; la prochaine synchronisation le recherche.</translation>
    </message>
</context>
<context>
    <name>ReportingEngine</name>
    <message>
        <location filename="../app/reporting/reportingengine.cpp" line="+53"/>
        <source>Azure asked for every device again (resync requested for %1): a full report is queued.</source>
        <translation>Azure a redemandé tous les appareils (resynchronisation demandée pour %1)&#xa0;: un rapport complet est mis en file d&apos;attente.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Nothing was sent to Azure: the audit log could not be written: %1</source>
        <translation>Rien n&apos;a été envoyé à Azure&#xa0;: le journal d&apos;audit n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Azure deprovisioned the tenant, but reporting could not be switched off: %1</source>
        <translation>Azure a déprovisionné le locataire, mais l&apos;envoi des rapports n&apos;a pas pu être désactivé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+166"/>
        <location line="+199"/>
        <source>Reporting to Azure is switched off in the settings.</source>
        <translation>L&apos;envoi des rapports à Azure est désactivé dans les paramètres.</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>There is no device with id %1.</source>
        <translation>Il n&apos;y a aucun appareil avec l&apos;ID %1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Report now was not queued: the audit log could not be written: %1</source>
        <translation>«&#xa0;Signaler maintenant&#xa0;» n&apos;a rien mis en file d&apos;attente&#xa0;: le journal d&apos;audit n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Report now requests could not be queued: %1</source>
        <translation>Les demandes « Signaler maintenant » n&apos;ont pas pu être mises en file d&apos;attente&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../ui/reportsview.cpp" line="+335"/>
        <source>Could not read the report outbox: %1</source>
        <translation>Impossible de lire la boîte d&apos;envoi des rapports&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Queue (%Ln)</source>
        <extracomment>Tab of the reports view: messages waiting to be sent. %Ln: how many.</extracomment>
        <translation>
            <numerusform>File d&apos;attente (%Ln)</numerusform>
            <numerusform>File d&apos;attente (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>In flight (%Ln)</source>
        <extracomment>Tab of the reports view: messages sent, waiting for Azure&apos;s confirmation.</extracomment>
        <translation>
            <numerusform>En transit (%Ln)</numerusform>
            <numerusform>En transit (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>History (%Ln)</source>
        <extracomment>Tab of the reports view: completed and failed messages.</extracomment>
        <translation>
            <numerusform>Historique (%Ln)</numerusform>
            <numerusform>Historique (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Failures (%Ln)</source>
        <extracomment>Tab of the reports view: failed messages with the reason.</extracomment>
        <translation>
            <numerusform>Échec (%Ln)</numerusform>
            <numerusform>Échecs (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to be sent, with the next attempt time and the last error</source>
        <translation>En attente d&apos;envoi, avec l&apos;heure de la prochaine tentative et la dernière erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent, waiting for Azure&apos;s confirmation</source>
        <translation>Envoyés, en attente de la confirmation d&apos;Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed and failed</source>
        <translation>Terminés et en échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed, with the reason</source>
        <translation>En échec, avec le motif</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Showing the newest %1 of %2 messages.</source>
        <translation>Affichage des %1 messages les plus récents sur %2.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>%1; next attempt %2</source>
        <translation>%1&#xa0;; prochaine tentative le %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 since %2</source>
        <extracomment>A message waiting for Azure&apos;s confirmation: &quot;&lt;state&gt; since &lt;time it was sent&gt;&quot;.</extracomment>
        <translation>%1 depuis le %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reason was given.</source>
        <translation>Aucun motif n&apos;a été indiqué.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None</source>
        <comment>last error</comment>
        <translation>Aucune</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not read this message: %1</source>
        <translation>Impossible de lire ce message&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Devices: the first %1 of %2</source>
        <translation>Appareils&#xa0;: les %1 premiers sur %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Devices (%Ln)</source>
        <translation>
            <numerusform>Appareil (%Ln)</numerusform>
            <numerusform>Appareils (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Content: what Azure receives, indented</source>
        <translation>Contenu&#xa0;: ce que reçoit Azure, avec indentation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The stored request body is not a JSON object (%1); shown as stored.</source>
        <translation>Le corps de requête enregistré n&apos;est pas un objet JSON (%1)&#xa0;; affiché tel qu&apos;enregistré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Content is not a JSON array (%1); shown as stored.</source>
        <translation>Le contenu n&apos;est pas un tableau JSON (%1)&#xa0;; affiché tel qu&apos;enregistré.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a message to see its devices and what Azure receives.</source>
        <translation>Sélectionnez un message pour voir ses appareils et ce que reçoit Azure.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report messages</source>
        <translation>Messages de rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message id</source>
        <translation>ID de message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant id</source>
        <translation>ID de locataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload time</source>
        <translation>Heure de téléversement</translation>
    </message>
</context>
<context>
    <name>SavedView</name>
    <message>
        <location filename="../models/savedview.cpp" line="+42"/>
        <source>A saved view has no name.</source>
        <translation>Une vue enregistrée n&apos;a pas de nom.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved view &quot;%1&quot;: &quot;%2&quot; is not a valid filter.</source>
        <translation>Vue enregistrée «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un filtre valide.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved view &quot;%1&quot;: unknown sort column &quot;%2&quot;.</source>
        <translation>Vue enregistrée «&#xa0;%1&#xa0;»&#xa0;: colonne de tri inconnue «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved view &quot;%1&quot;: unknown column &quot;%2&quot;.</source>
        <translation>Vue enregistrée «&#xa0;%1&#xa0;»&#xa0;: colonne inconnue «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The saved views are not valid JSON (%1 at offset %2).</source>
        <translation>Les vues enregistrées ne sont pas du JSON valide (%1 à la position %2).</translation>
    </message>
</context>
<context>
    <name>ScreenshotCatalog</name>
    <message>
        <location filename="../ui/screenshotcatalog.cpp" line="-106"/>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Devices: a device with a client status problem</source>
        <translation>Appareils&#xa0;: un appareil avec un problème d&apos;état du client</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reports to Azure: queue</source>
        <translation>Rapports à Azure&#xa0;: file d&apos;attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports to Azure: in flight</source>
        <translation>Rapports à Azure&#xa0;: en transit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports to Azure: history</source>
        <translation>Rapports à Azure&#xa0;: historique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports to Azure: failures</source>
        <translation>Rapports à Azure&#xa0;: échecs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner health</source>
        <translation>État des partenaires</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Policies: editor, preview and fleet impact</source>
        <translation>Stratégies&#xa0;: éditeur, aperçu et impact sur la flotte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translator check</source>
        <translation>Vérification des traductions</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Settings dialog</source>
        <translation>Boîte de dialogue Paramètres</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Settings dialog, the store page</source>
        <translation>Boîte de dialogue des paramètres, page du stockage</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Report devices listed in a CSV file</source>
        <translation>Signaler les appareils listés dans un fichier CSV</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A store that cannot be opened</source>
        <translation>Un stockage impossible à ouvrir</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Devices: a device with a client status problem, dark palette</source>
        <translation>Appareils&#xa0;: un appareil avec un problème d&apos;état du client, palette sombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Policies, dark palette</source>
        <translation>Stratégies, palette sombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partner health, dark palette</source>
        <translation>État des partenaires, palette sombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings dialog, dark palette</source>
        <translation>Boîte de dialogue Paramètres, palette sombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Devices: a device with a client status problem, high-contrast palette</source>
        <translation>Appareils&#xa0;: un appareil avec un problème d&apos;état du client, palette à contraste élevé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Policies, high-contrast palette</source>
        <translation>Stratégies, palette à contraste élevé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partner health, high-contrast palette</source>
        <translation>État des partenaires, palette à contraste élevé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings dialog, high-contrast palette</source>
        <translation>Boîte de dialogue Paramètres, palette à contraste élevé</translation>
    </message>
</context>
<context>
    <name>ScreenshotRunner</name>
    <message>
        <location filename="../ui/screenshotrunner.cpp" line="+28"/>
        <source>Unknown language &quot;%1&quot; in &quot;%2&quot;; available: %3.</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»&#xa0;; disponibles&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No language given in &quot;%1&quot;; available: %2.</source>
        <translation>Aucune langue dans «&#xa0;%1&#xa0;»&#xa0;; disponibles&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Azure Status Console: screenshots</source>
        <translation>Azure Status Console&#xa0;: captures d&apos;écran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure Status Console: every view in every language</source>
        <translation>Azure Status Console&#xa0;: chaque vue dans chaque langue</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not available in this run</source>
        <translation>non disponible dans cette exécution</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>every string fits</source>
        <translation>toutes les chaînes tiennent</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Strings that do not fit: %n</source>
        <translation>
            <numerusform>Chaînes qui ne tiennent pas&#xa0;: %n</numerusform>
            <numerusform>Chaînes qui ne tiennent pas&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+15"/>
        <source>The folder %1 could not be created.</source>
        <translation>Le dossier %1 n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The screenshot %1 could not be written.</source>
        <translation>La capture d&apos;écran %1 n&apos;a pas pu être écrite.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 could not be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../app/security/secretstore.cpp" line="+42"/>
        <source>MDM password</source>
        <translation>Mot de passe MDM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entra client secret</source>
        <translation>Secret client Entra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL password</source>
        <translation>Mot de passe PostgreSQL</translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>The OS keychain did not answer within %n second(s) (key &quot;%1&quot;); is the keyring waiting to be unlocked?</source>
        <translation>
            <numerusform>Le trousseau du système n&apos;a pas répondu en %n seconde (clé «&#xa0;%1&#xa0;»)&#xa0;; le trousseau attend-il d&apos;être déverrouillé&#xa0;?</numerusform>
            <numerusform>Le trousseau du système n&apos;a pas répondu en %n secondes (clé «&#xa0;%1&#xa0;»)&#xa0;; le trousseau attend-il d&apos;être déverrouillé&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The OS keychain holds no secret &quot;%1&quot; (service &quot;%2&quot;); enter it in File → Settings.</source>
        <translation>Le trousseau du système ne contient aucun secret «&#xa0;%1&#xa0;» (service «&#xa0;%2&#xa0;»)&#xa0;; saisissez-le dans Fichier → Paramètres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The OS keychain refused access to &quot;%1&quot;: %2. Unlock the keyring and try again.</source>
        <translation>Le trousseau du système a refusé l&apos;accès à «&#xa0;%1&#xa0;»&#xa0;: %2. Déverrouillez le trousseau et réessayez.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No secret service is reachable: the console keeps its passwords and client secrets only in the OS keychain (the Secret Service on D-Bus, e.g. gnome-keyring or KWallet) and never in plain text. Start and unlock a keyring in this session, then try again. (%1)</source>
        <extracomment>%1 is the error QtKeychain/libsecret reported. Secret Service, D-Bus, gnome-keyring and KWallet are product names.</extracomment>
        <translation>Aucun service de secrets n&apos;est joignable&#xa0;: la console conserve ses mots de passe et secrets clients uniquement dans le trousseau du système (le Secret Service sur D-Bus, p.&#xa0;ex. gnome-keyring ou KWallet) et jamais en clair. Démarrez et déverrouillez un trousseau dans cette session, puis réessayez. (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The OS keychain could not read the secret &quot;%1&quot;: %2</source>
        <translation>Le trousseau du système n&apos;a pas pu lire le secret «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The OS keychain could not store the secret &quot;%1&quot;: %2</source>
        <translation>Le trousseau du système n&apos;a pas pu enregistrer le secret «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The OS keychain could not delete the secret &quot;%1&quot;: %2</source>
        <translation>Le trousseau du système n&apos;a pas pu supprimer le secret «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
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
        <translation>URL du MDM&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API user:</source>
        <translation>Utilisateur de l&apos;API&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password or API token:</source>
        <translation>Mot de passe ou jeton d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device space:</source>
        <translation>Espace d&apos;appareils&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Entra app registration</source>
        <translation>Inscription d&apos;application Microsoft Entra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant id:</source>
        <translation>ID de locataire&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client id:</source>
        <translation>ID client&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret:</source>
        <translation>Secret client&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign-in and Graph</source>
        <translation>Connexion et Graph</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entra login URL:</source>
        <translation>URL de connexion Entra&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Graph URL:</source>
        <translation>URL de Microsoft Graph&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner compliance endpoints</source>
        <translation>Points de terminaison de conformité partenaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant sync URL:</source>
        <translation>URL de synchronisation du locataire&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device sync URL:</source>
        <translation>URL de synchronisation des appareils&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrollment URL:</source>
        <translation>URL d&apos;inscription&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remediation URL:</source>
        <translation>URL de correction&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave empty to use the endpoints discovered through Microsoft Graph (shown greyed after a connection test). A URL typed here overrides discovery.</source>
        <translation>Laissez vide pour utiliser les points de terminaison découverts par Microsoft Graph (affichés en grisé après un test de connexion). Une URL saisie ici remplace la découverte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reports to Azure</source>
        <translation>Rapports à Azure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Devices per message:</source>
        <translation>Appareils par message&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly report:</source>
        <translation>Rapport hebdomadaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At (local time):</source>
        <translation>À (heure locale)&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+416"/>
        <location line="+21"/>
        <source>Disconnect from Azure</source>
        <translation>Déconnexion d&apos;Azure</translation>
    </message>
    <message>
        <location line="-432"/>
        <source>Deprovisions the partner tenant in Intune and switches reporting off. Use it when this console stops reporting for the tenant.</source>
        <translation>Déprovisionne le locataire partenaire dans Intune et désactive l&apos;envoi des rapports. À utiliser quand cette console cesse de signaler pour le locataire.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Transport security</source>
        <translation>Sécurité du transport</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CA certificates file (PEM):</source>
        <translation>Fichier de certificats d&apos;autorité (PEM)&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every host but this machine is reached over https only. Certificates are checked against the system&apos;s certificate authorities and, if set, the ones in this file (for a private CA). A certificate that fails the check stops the connection.</source>
        <translation>Tout hôte autre que cette machine n&apos;est joint qu&apos;en https. Les certificats sont vérifiés auprès des autorités de certification du système et, si ce fichier est défini, de celles qu&apos;il contient (pour une autorité privée). Un certificat qui échoue à la vérification arrête la connexion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User interface:</source>
        <translation>Interface utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Device store</source>
        <translation>Stockage des appareils</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File or PostgreSQL URI:</source>
        <translation>Fichier ou URI PostgreSQL&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Used from the next start, unless --db names another store. A PostgreSQL store is shared by a team: postgresql://login@host:port/database?sslmode=verify-full, with sslrootcert=/path/ca.pem added for a private CA. Its password never goes in the URI: it comes from ~/.pgpass, PGPASSWORD or the OS keychain (azure-status-console --headless store-secret db-password --db URI).</source>
        <translation>Utilisé à partir du prochain démarrage, sauf si --db désigne un autre stockage. Un stockage PostgreSQL est partagé par une équipe&#xa0;: postgresql://login@hôte:port/base?sslmode=verify-full, avec sslrootcert=/chemin/ca.pem en plus pour une autorité de certification privée. Son mot de passe ne figure jamais dans l&apos;URI&#xa0;: il vient de ~/.pgpass, de PGPASSWORD ou du trousseau du système (azure-status-console --headless store-secret db-password --db URI).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Connection test</source>
        <translation>Test de connexion</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>stored in the OS keychain; type to replace</source>
        <translation>enregistré dans le trousseau du système&#xa0;; saisissez pour remplacer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter the MDM URL and the Entra app registration to test a connection; the demo tenant needs no test.</source>
        <translation>Saisissez l&apos;URL du MDM et l&apos;inscription d&apos;application Entra pour tester une connexion&#xa0;; le locataire de démonstration n&apos;a pas besoin de test.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not tested: an earlier stage failed</source>
        <translation>non testé&#xa0;: une étape précédente a échoué</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The settings are saved, but a secret of the previous MDM user or Entra app could not be removed from the keychain:
%1</source>
        <translation>Les paramètres sont enregistrés, mais un secret de l&apos;ancien utilisateur MDM ou de l&apos;ancienne application Entra n&apos;a pas pu être supprimé du trousseau&#xa0;:
%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 could not be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 could not be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was not imported: %2</source>
        <extracomment>%1 is the file, %2 names the field and what is wrong</extracomment>
        <translation>%1 n&apos;a pas été importé&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export settings</source>
        <translation>Exporter les paramètres</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Settings (*.json)</source>
        <translation>Paramètres (*.json)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Import settings</source>
        <translation>Importer les paramètres</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CA certificates file</source>
        <translation>Fichier de certificats d&apos;autorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opening the store…</source>
        <translation>Ouverture du stockage…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the demo tenant</source>
        <translation>le locataire de démonstration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disconnect this console from Azure for the tenant %1?</source>
        <translation>Déconnecter cette console d&apos;Azure pour le locataire %1&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure (Intune) is told that the partner tenant is deprovisioned: it stops taking compliance data from this console, and the partner shows as deprovisioned in Intune. Devices keep the compliance state Azure last received until another partner reports them. Reporting is switched off here, so nothing is sent again until you switch it back on. The request is written to the audit log.</source>
        <translation>Azure (Intune) est informé que le locataire partenaire est déprovisionné&#xa0;: il cesse d&apos;accepter les données de conformité de cette console, et le partenaire apparaît comme déprovisionné dans Intune. Les appareils gardent le dernier état de conformité reçu par Azure jusqu&apos;à ce qu&apos;un autre partenaire les signale. L&apos;envoi des rapports est désactivé ici&#xa0;: rien n&apos;est plus envoyé tant que vous ne le réactivez pas. La demande est consignée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The partner tenant is deprovisioned and reporting to Azure is switched off.</source>
        <translation>Le locataire partenaire est déprovisionné et l&apos;envoi des rapports à Azure est désactivé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disconnect from Azure failed; nothing changed: %1</source>
        <translation>Échec de la déconnexion d&apos;Azure&#xa0;; rien n&apos;a changé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tenant</source>
        <translation>&amp;Locataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Endpoints</source>
        <translation>&amp;Points de terminaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reporting</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Security and language</source>
        <translation>&amp;Sécurité et langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;ore</source>
        <translation>Stock&amp;age</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: devices.sqlite in your data folder</source>
        <translation>vide&#xa0;: devices.sqlite dans votre dossier de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;heck the store</source>
        <translation>&amp;Vérifier le stockage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://your-tenant.mobileiron.com — empty: the demo tenant</source>
        <translation>https://your-tenant.mobileiron.com — vide&#xa0;: le locataire de démonstration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory (tenant) ID, a GUID</source>
        <translation>ID de l&apos;annuaire (locataire), un GUID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application (client) ID, a GUID</source>
        <translation>ID d&apos;application (client), un GUID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the default device space</source>
        <translation>l&apos;espace d&apos;appareils par défaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password and the client secret are stored only in the OS keychain, never in the settings file or in exports. Leave a field empty to keep the stored one.</source>
        <translation>Le mot de passe et le secret client sont enregistrés uniquement dans le trousseau du système, jamais dans le fichier de paramètres ni dans les exportations. Laissez un champ vide pour conserver la valeur enregistrée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report device status to Azure</source>
        <translation>Envoyer l&apos;état des appareils à Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7 days after the last one</source>
        <translation>7 jours après le précédent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every %1</source>
        <translation>Chaque %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: the system&apos;s certificate authorities only</source>
        <translation>vide&#xa0;: uniquement les autorités de certification du système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test &amp;connection</source>
        <translation>Tester la &amp;connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Disconnect from Azure…</source>
        <translation>&amp;Déconnecter d&apos;Azure…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: where Intune sends a user whose device is not enrolled</source>
        <translation>facultatif&#xa0;: où Intune envoie l&apos;utilisateur d&apos;un appareil non inscrit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: where Intune sends a user whose device is non-compliant</source>
        <translation>facultatif&#xa0;: où Intune envoie l&apos;utilisateur d&apos;un appareil non conforme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1:</source>
        <comment>connection test stage label</comment>
        <translation>%1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SettingsImport</name>
    <message>
        <location filename="../app/settings/settingsimport.cpp" line="+36"/>
        <source>%1: expected a string, found %2.</source>
        <translation>%1&#xa0;: une chaîne est attendue, %2 trouvé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: longer than %2 characters.</source>
        <translation>%1&#xa0;: plus de %2 caractères.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: &quot;%2&quot; is not an absolute URL.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une URL absolue.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: expected a whole number, found %2.</source>
        <translation>%1&#xa0;: un nombre entier est attendu, %2 trouvé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is not from %3 to %4.</source>
        <translation>%1&#xa0;: %2 n&apos;est pas compris entre %3 et %4.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: expected an object, found %2.</source>
        <translation>%1&#xa0;: un objet est attendu, %2 trouvé.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: secrets are never imported from a file; enter them in the Settings dialog (they go to the OS keychain).</source>
        <translation>%1&#xa0;: les secrets ne sont jamais importés depuis un fichier&#xa0;; saisissez-les dans la boîte de dialogue Paramètres (ils vont dans le trousseau du système).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: unknown setting.</source>
        <translation>%1&#xa0;: paramètre inconnu.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The settings file is larger than %1 bytes; it is not a settings export.</source>
        <translation>Le fichier de paramètres dépasse %1&#xa0;octets&#xa0;; ce n&apos;est pas une exportation de paramètres.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The settings file is not JSON: %1 at offset %2.</source>
        <translation>Le fichier de paramètres n&apos;est pas du JSON&#xa0;: %1 à la position %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The settings file must hold one JSON object.</source>
        <translation>Le fichier de paramètres doit contenir un seul objet JSON.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>format: expected &quot;%1&quot;, found &quot;%2&quot;.</source>
        <translation>format&#xa0;: &quot;%1&quot; est attendu, &quot;%2&quot; trouvé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>version: missing; expected %1.</source>
        <translation>version&#xa0;: absente&#xa0;; %1 est attendu.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>reporting.weeklyTime: &quot;%1&quot; is not a time of day as HH:mm.</source>
        <translation>reporting.weeklyTime&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une heure au format HH:mm.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>language: &quot;%1&quot; is not one of en, fr, ja, es.</source>
        <translation>language&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas en, fr, ja ni es.</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <location filename="../app/settings/settingsservice.cpp" line="+96"/>
        <source>%1: enter it.</source>
        <translation>%1&#xa0;: saisissez-le.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: enter it (the OS keychain holds none for this tenant yet).</source>
        <translation>%1&#xa0;: saisissez-le (le trousseau du système n&apos;en contient pas encore pour ce locataire).</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>%1 does not exist yet: the console creates it at its next start.</source>
        <translation>%1 n&apos;existe pas encore&#xa0;: la console le crée à son prochain démarrage.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 opens: schema version %2, %3 devices.</source>
        <extracomment>%1 names the file or database; %2 the schema version; %3 the device count</extracomment>
        <translation>%1 s&apos;ouvre&#xa0;: version de schéma %2, %3 appareils.</translation>
    </message>
</context>
<context>
    <name>ShortcutClashes</name>
    <message>
        <location filename="../ui/shortcutclashes.cpp" line="+38"/>
        <source>%1 is also &quot;%2&quot; (%3)</source>
        <extracomment>%1 is a key such as Alt+F, %2 another text of the window with the same key, %3 where it is.</extracomment>
        <translation>%1 est aussi «&#xa0;%2&#xa0;» (%3)</translation>
    </message>
</context>
<context>
    <name>SqliteLeaderLease</name>
    <message>
        <location filename="../app/storage/sqlite/sqliteleaderlease.cpp" line="+67"/>
        <location line="+44"/>
        <location line="+99"/>
        <source>The sync leadership of %1 cannot be read: %2</source>
        <translation>Impossible de savoir qui synchronise %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+44"/>
        <location line="+11"/>
        <location line="+2"/>
        <source>The sync leadership of %1 cannot be written: %2</source>
        <translation>Impossible d&apos;inscrire qui synchronise %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>The sync leadership of %1 cannot be renewed: %2</source>
        <translation>Impossible de prolonger la synchronisation de %1 par ce processus&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../app/storage/store.cpp" line="+8"/>
        <source>This store queues Report now directly.</source>
        <translation>Ce stockage met « Signaler maintenant » directement en file d&apos;attente.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nothing was written to %1: another process has taken over the sync of this store, and this one no longer leads it.</source>
        <translation>Rien n&apos;a été écrit dans %1&#xa0;: un autre processus a repris la synchronisation de ce stockage, et celui-ci ne la conduit plus.</translation>
    </message>
</context>
<context>
    <name>StoreProblemDialog</name>
    <message>
        <location filename="../ui/storeproblemdialog.cpp" line="+55"/>
        <source>Open or create a device store</source>
        <translation>Ouvrir ou créer un stockage d&apos;appareils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device store (*.sqlite);;All files (*)</source>
        <translation>Stockage d&apos;appareils (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Azure Status Console</source>
        <translation>Azure Status Console</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device store cannot be opened</source>
        <translation>Impossible d&apos;ouvrir le stockage d&apos;appareils</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File:</source>
        <extracomment>Label above the path of the database file</extracomment>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason:</source>
        <extracomment>Label above the reason the database file cannot be opened</extracomment>
        <translation>Raison&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has been changed. You can:
• Set the file aside and start a new store: the file is renamed next to itself, never deleted, so it can still be examined or restored. The new store is filled by the next sync from the MDM, and every device is reported to Azure again.
• Open or create another store file.
• Quit, and repair or restore the file yourself.</source>
        <translation>Rien n&apos;a été modifié. Vous pouvez&#xa0;:
• Mettre le fichier de côté et démarrer un nouveau stockage&#xa0;: le fichier est renommé à côté de lui-même, jamais supprimé, et peut donc encore être examiné ou restauré. Le nouveau stockage est rempli par la prochaine synchronisation depuis le MDM, et chaque appareil est de nouveau signalé à Azure.
• Ouvrir ou créer un autre fichier de stockage.
• Quitter, puis réparer ou restaurer le fichier vous-même.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set aside and start a new store</source>
        <translation>Mettre de côté et démarrer un nouveau stockage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another store file…</source>
        <translation>Ouvrir un autre fichier de stockage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 no longer exists, so there is nothing to set aside.</source>
        <translation>%1 n&apos;existe plus&#xa0;: il n&apos;y a rien à mettre de côté.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not rename %1 to %2: %3. Nothing was changed. Check that you may write to the folder %4, or open another store file.</source>
        <extracomment>%1 and %2 are file paths, %3 the system&apos;s reason, %4 a folder</extracomment>
        <translation>Impossible de renommer %1 en %2&#xa0;: %3. Rien n&apos;a été modifié. Vérifiez que vous pouvez écrire dans le dossier %4, ou ouvrez un autre fichier de stockage.</translation>
    </message>
</context>
<context>
    <name>SystemdCredentials</name>
    <message>
        <location filename="../app/security/systemdcredentials.cpp" line="+41"/>
        <source>The systemd credential %1 (%2) is missing from %3: give the service LoadCredentialEncrypted=%1:FILE or LoadCredential=%1:FILE.</source>
        <extracomment>%1 is the credential&apos;s name (mdm-password), %2 &quot;MDM password&quot; or &quot;Entra client secret&quot;, %3 a folder</extracomment>
        <translation>L&apos;identifiant systemd %1 (%2) manque dans %3&#xa0;: donnez au service LoadCredentialEncrypted=%1:FICHIER ou LoadCredential=%1:FICHIER.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The systemd credential %1 (%2) in %3 could not be read: %4</source>
        <translation>Impossible de lire l&apos;identifiant systemd %1 (%2) dans %3&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The systemd credential %1 (%2) in %3 is larger than %4 bytes.</source>
        <translation>L&apos;identifiant systemd %1 (%2) dans %3 dépasse %4&#xa0;octets.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The systemd credential %1 (%2) in %3 is empty.</source>
        <translation>L&apos;identifiant systemd %1 (%2) dans %3 est vide.</translation>
    </message>
</context>
<context>
    <name>TokenProvider</name>
    <message>
        <location filename="../app/net/tokenprovider.cpp" line="+51"/>
        <source>Token endpoint (%1)</source>
        <translation>Point de terminaison du jeton (%1)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: no tenant id is set; check the settings.</source>
        <translation>%1&#xa0;: aucun ID de locataire n&apos;est défini&#xa0;; vérifiez les paramètres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no client id is set; check the settings.</source>
        <translation>%1&#xa0;: aucun ID client n&apos;est défini&#xa0;; vérifiez les paramètres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no client secret is set; check the settings.</source>
        <translation>%1&#xa0;: aucun secret client n&apos;est défini&#xa0;; vérifiez les paramètres.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1: the response has no access_token.</source>
        <translation>%1&#xa0;: la réponse ne contient pas access_token.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the token type is &quot;%2&quot;, not Bearer.</source>
        <translation>%1&#xa0;: le type de jeton est «&#xa0;%2&#xa0;» et non Bearer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the response has no expires_in.</source>
        <translation>%1&#xa0;: la réponse ne contient pas expires_in.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: expires_in is not a whole number of seconds.</source>
        <translation>%1&#xa0;: expires_in n&apos;est pas un nombre entier de secondes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: expires_in is negative (%2).</source>
        <translation>%1&#xa0;: expires_in est négatif (%2).</translation>
    </message>
</context>
<context>
    <name>TranslationCatalog</name>
    <message>
        <location filename="../app/i18n/translationcatalog.cpp" line="+23"/>
        <source>%1 could not be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a Qt Linguist file (no TS element).</source>
        <translation>%1 n&apos;est pas un fichier Qt Linguist (pas d&apos;élément TS).</translation>
    </message>
</context>
<context>
    <name>TranslationCheck</name>
    <message>
        <location filename="../app/i18n/translationcheck.cpp" line="+13"/>
        <source>Unfinished</source>
        <translation>Inachevée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol code altered</source>
        <translation>Code de protocole modifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placeholder mismatch</source>
        <translation>Marqueurs différents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whitespace mismatch</source>
        <translation>Espaces différents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final punctuation mismatch</source>
        <translation>Ponctuation finale différente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does not fit its widget</source>
        <translation>Ne tient pas dans son widget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Glyph missing from the font</source>
        <translation>Glyphe absent de la police</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortcut clash</source>
        <translation>Raccourci en conflit</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>marked &quot;%1&quot; in the .ts file</source>
        <translation>marquée «&#xa0;%1&#xa0;» dans le fichier .ts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 plural forms, %2 expected</source>
        <translation>%1 formes du pluriel, %2 attendues</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>form %1</source>
        <translation>forme %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty translation</source>
        <translation>traduction vide</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 times in the source, %3 in the translation</source>
        <translation>%1&#xa0;: %2 fois dans la source, %3 dans la traduction</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>source has %1, translation has %2</source>
        <translation>la source a %1, la traduction a %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>source starts with %1 and ends with %2; translation starts with %3 and ends with %4</source>
        <translation>la source commence par %1 et finit par %2&#xa0;; la traduction commence par %3 et finit par %4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>should end with %1</source>
        <translation>devrait finir par %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ends with &quot;%1&quot; but the source has no final punctuation</source>
        <translation>finit par «&#xa0;%1&#xa0;» alors que la source n&apos;a pas de ponctuation finale</translation>
    </message>
</context>
<context>
    <name>TranslatorCheck</name>
    <message>
        <location filename="../ui/translatorcheck.cpp" line="+167"/>
        <source>%1 cannot draw %2</source>
        <translation>%1 ne peut pas afficher %2</translation>
    </message>
</context>
<context>
    <name>TranslatorCheckModel</name>
    <message>
        <location filename="../ui/translatorcheckmodel.cpp" line="+60"/>
        <source>not on screen</source>
        <translation>pas à l&apos;écran</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source text</source>
        <translation>Texte source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where in the source</source>
        <translation>Emplacement dans le code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown in</source>
        <translation>Affiché dans</translation>
    </message>
</context>
<context>
    <name>TranslatorCheckView</name>
    <message>
        <location filename="../ui/translatorcheckview.cpp" line="+171"/>
        <source>Translator check</source>
        <translation>Vérification des traductions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by text, context or file</source>
        <translation>Filtrer par texte, contexte ou fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter strings</source>
        <translation>Filtrer les chaînes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strings</source>
        <translation>Chaînes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of the selected string</source>
        <translation>Détails de la chaîne sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Measure again</source>
        <translation>&amp;Mesurer à nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-read the translation and measure every view of the console in place.</source>
        <translation>Relire la traduction et mesurer sur place chaque vue de la console.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in the &amp;window</source>
        <translation>Montrer dans la &amp;fenêtre</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>All strings</source>
        <translation>Toutes les chaînes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strings with any flag</source>
        <translation>Chaînes signalées</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%Ln string(s), %1 on screen, %2 flagged, %3 shown.</source>
        <translation>
            <numerusform>%Ln chaîne, %1 à l&apos;écran, %2 signalée(s), %3 affichée(s).</numerusform>
            <numerusform>%Ln chaînes, %1 à l&apos;écran, %2 signalées, %3 affichées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Select a string to see its translation, what is wrong with it and where it is shown.</source>
        <translation>Sélectionnez une chaîne pour voir sa traduction, ce qui ne va pas et où elle est affichée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source text</source>
        <translation>Texte source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note for translators</source>
        <translation>Note pour les traducteurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disambiguation</source>
        <translation>Désambiguïsation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where in the source</source>
        <translation>Emplacement dans le code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <comment>no flags</comment>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shown in</source>
        <translation>Affiché dans</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not on screen in any view of the console now</source>
        <translation>pas à l&apos;écran actuellement, dans aucune vue de la console</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+204"/>
        <source>--demo-role must be author or helpdesk, not &quot;%1&quot;.</source>
        <translation>--demo-role doit valoir author ou helpdesk, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--demo-devices must be a number from 0 to 1000000, not &quot;%1&quot;.</source>
        <translation>--demo-devices doit être un nombre de 0 à 1000000, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>PostgreSQL store</source>
        <translation>Stockage PostgreSQL</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The store that could not be opened was kept as %1; this new store fills with the next sync.</source>
        <translation>Le stockage qui n&apos;a pas pu être ouvert a été conservé sous %1&#xa0;; ce nouveau stockage se remplit à la prochaine synchronisation.</translation>
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
            <numerusform>Textes qui ne tiennent pas dans leur widget&#xa0;: %Ln.</numerusform>
            <numerusform>Textes qui ne tiennent pas dans leur widget&#xa0;: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-171"/>
        <source>--demo-churn needs a count of 0 or more and --sync-interval at least 5 seconds.</source>
        <translation>--demo-churn nécessite un nombre supérieur ou égal à 0, et --sync-interval au moins 5 secondes.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1

The console starts offline: you can browse the devices, but nothing is synced or reported until the database can be written and the console is started again.</source>
        <translation>%1

La console démarre hors ligne&#xa0;: vous pouvez parcourir les appareils, mais rien n&apos;est synchronisé ni signalé tant que la base de données ne peut pas être écrite et que la console n&apos;a pas été redémarrée.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The configured tenant cannot be used:
%1

The console opens without a tenant; fix it in File → Settings.</source>
        <translation>Le locataire configuré ne peut pas être utilisé&#xa0;:
%1

La console s&apos;ouvre sans locataire&#xa0;; corrigez-le dans Fichier → Paramètres.</translation>
    </message>
    <message numerus="yes">
        <location line="+103"/>
        <source>%Ln screenshot(s) and %1 written.</source>
        <translation>
            <numerusform>%Ln capture d&apos;écran et %1 écrits.</numerusform>
            <numerusform>%Ln captures d&apos;écran et %1 écrits.</numerusform>
        </translation>
    </message>
</context>
</TS>
