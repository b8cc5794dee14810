<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AuditLogModel</name>
    <message>
        <location filename="../models/auditlogmodel.cpp" line="+32"/>
        <source>Policy changed</source>
        <translation>ポリシーを変更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy created</source>
        <translation>ポリシーを作成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report now</source>
        <extracomment>An audit log action: someone pressed &quot;Report now&quot; for devices.</extracomment>
        <translation>今すぐ報告</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disconnected from Azure</source>
        <extracomment>An audit log action: someone disconnected the console from Azure (deprovisioned the partner tenant).</extracomment>
        <translation>Azure から切断</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Devices %1</source>
        <extracomment>The devices of a Report now in the audit log: their MDM ids.</extracomment>
        <translation>デバイス %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tenant %1</source>
        <extracomment>%1 is the Entra tenant id</extracomment>
        <translation>テナント %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>ユーザ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target</source>
        <extracomment>The policy or devices an audit log entry is about.</extracomment>
        <translation>対象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What changed</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The audit log could not be written: %1</source>
        <translation>監査ログを書き込めませんでした：%1</translation>
    </message>
</context>
<context>
    <name>AuditLogView</name>
    <message>
        <location filename="../ui/auditlogview.cpp" line="+106"/>
        <source>F&amp;ilter:</source>
        <translation>フィルター(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who, policy, device or change</source>
        <translation>ユーザ、ポリシー、デバイス、変更内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log entries</source>
        <translation>監査ログのエントリ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>CSV にエクスポート…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 could not be opened for writing: %2</source>
        <translation>%1 を書き込み用に開けませんでした：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 を書き込めませんでした：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>Export the audit log</source>
        <translation>監査ログのエクスポート</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
</context>
<context>
    <name>AzureClientStatus</name>
    <message>
        <location filename="../models/azureclientstatus.cpp" line="+81"/>
        <source>The device has not reported a client status yet.</source>
        <translation>デバイスはまだクライアント ステータスを報告していません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Able to retrieve device ID.</source>
        <translation>デバイスIDを受信可能。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An unrecoverable error occurred either within the client or on server side.</source>
        <translation>クライアント内またはサーバー側に回復不能なエラーが発生。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registration of device required. Device user can mitigate this status.</source>
        <translation>デバイスの登録が必要。デバイスユーザがこの状態を修復可能。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An interactive log-in is required. Device user can mitigate this status.</source>
        <translation>対話型ログインが必要。デバイスユーザがこの状態を修復可能。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some scopes were not granted access to.</source>
        <translation>一部のスコープにはアクセス不可。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The requested resource is protected by an Intune Conditional Access policy.</source>
        <translation>要求されるリソースがIntune条件付きアクセスポリシーの保護対象。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device user cancelled the web Auth session by tapping the &quot;Done&quot; or &quot;Cancel&quot; button in the web browser.</source>
        <translation>デバイスユーザがWebブラウザで [完了] または [キャンセル] ボタンを押してWeb認証セッションをキャンセル。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account logged out.</source>
        <translation>アカウントがログアウト済み。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown status code &quot;%1&quot;: not one of the codes documented for Azure reporting. It is shown as received.</source>
        <translation>不明なステータス コード「%1」：Azure へのレポート用に文書化されたコードではありません。受信したとおりに表示しています。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not fixable by the device user. Check the MDM client and Azure service health, then report again.</source>
        <translation>デバイスユーザは修復できません。MDM クライアントと Azure サービスの正常性を確認してから、再度報告してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the device user to register the device in Microsoft Authenticator (workplace join).</source>
        <translation>Microsoft Authenticator でデバイスを登録 (ワークプレース参加) するよう、デバイスユーザに依頼してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the device user to open Microsoft Authenticator and sign in interactively.</source>
        <translation>Microsoft Authenticator を開いて対話型でサインインするよう、デバイスユーザに依頼してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An administrator may need to grant consent for the requested scopes in Entra.</source>
        <translation>管理者が Entra で、要求されたスコープへの同意を付与する必要がある場合があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app needs Intune app protection: assign an app protection policy to the user.</source>
        <translation>アプリには Intune アプリ保護が必要です：ユーザにアプリ保護ポリシーを割り当ててください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device user cancelled sign-in: ask them to retry and complete it.</source>
        <translation>デバイスユーザがサインインをキャンセルしました：もう一度サインインを最後まで行うよう依頼してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account is signed out: ask the device user to sign in again.</source>
        <translation>アカウントがサインアウトしています：もう一度サインインするよう、デバイスユーザに依頼してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the MDM client version; this code is not documented.</source>
        <translation>MDM クライアントのバージョンを確認してください。このコードは文書化されていません。</translation>
    </message>
</context>
<context>
    <name>AzureComplianceStatus</name>
    <message>
        <location filename="../models/azurecompliancestatus.cpp" line="+7"/>
        <source>Not reported yet</source>
        <translation>未報告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In-progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Successful</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No report has been sent to Azure for this device yet.</source>
        <translation>このデバイスのレポートはまだ Azure に送信されていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A report was sent and Azure has not confirmed it yet.</source>
        <translation>レポートは送信されましたが、Azure はまだ確認していません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure confirmed the last report.</source>
        <translation>Azure が最新のレポートを確認しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure rejected the last report or it could not be delivered.</source>
        <translation>Azure が最新のレポートを拒否したか、レポートを配信できませんでした。</translation>
    </message>
</context>
<context>
    <name>AzureDeviceId</name>
    <message>
        <location filename="../models/azuredeviceid.cpp" line="+18"/>
        <source>&quot;%1&quot; is not a GUID (expected the form 007c8232-9489-4074-9b35-345b16f0a72d).</source>
        <translation>「%1」は GUID ではありません (想定される形式：007c8232-9489-4074-9b35-345b16f0a72d)。</translation>
    </message>
</context>
<context>
    <name>ComplianceActions</name>
    <message>
        <location filename="../models/complianceaction.cpp" line="+31"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send Alert</source>
        <translation>アラートを送信</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block Email</source>
        <translation>メールをブロック</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block AppConnect Apps</source>
        <translation>AppConnectアプリをブロック</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quarantine</source>
        <translation>検疫</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retire device</source>
        <translation>デバイスの撤去</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Compliant</source>
        <translation>コンプライアンス適合</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device Non-compliant</source>
        <translation>コンプライアンス違反デバイス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device data removed from Azure platform</source>
        <translation>Azureプラットフォームからデバイスデータを削除</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Azure receives complianceStatus &quot;compliant&quot;.</source>
        <translation>Azure は complianceStatus &quot;compliant&quot; を受信します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure receives complianceStatus &quot;notCompliant&quot;.</source>
        <translation>Azure は complianceStatus &quot;notCompliant&quot; を受信します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure receives &quot;notManaged&quot; and &quot;notCompliant&quot; and deletes the device record after 90 days.</source>
        <translation>Azure は &quot;notManaged&quot; と &quot;notCompliant&quot; を受信し、90 日後にデバイスのレコードを削除します。</translation>
    </message>
</context>
<context>
    <name>CompliancePolicy</name>
    <message>
        <location filename="../models/compliancepolicy.cpp" line="+10"/>
        <source>Jailbroken or rooted</source>
        <translation>脱獄またはルート化済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OS below minimum version</source>
        <translation>OS が最小バージョン未満</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No passcode</source>
        <translation>パスコードなし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not encrypted</source>
        <translation>未暗号化</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked app present</source>
        <translation>ブロック対象アプリが存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of contact</source>
        <translation>連絡なし</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>OS below %1</source>
        <translation>OS が %1 未満</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked app present: %1</source>
        <translation>ブロック対象アプリが存在：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Out of contact for %Ln day(s)</source>
        <translation>
            <numerusform>%Ln 日間連絡なし</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The policy has no name.</source>
        <translation>ポリシーに名前がありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy &quot;%1&quot;: the rule &quot;%2&quot; needs a parameter.</source>
        <translation>ポリシー「%1」：ルール「%2」にはパラメーターが必要です。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Policy &quot;%1&quot;: &quot;%2&quot; is not a version number.</source>
        <translation>ポリシー「%1」：「%2」はバージョン番号ではありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Policy &quot;%1&quot;: the number of days must be a whole number of at least 1.</source>
        <translation>ポリシー「%1」：日数は 1 以上の整数である必要があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Policy &quot;%1&quot; has no action.</source>
        <translation>ポリシー「%1」にアクションがありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Policy &quot;%1&quot;: an action is missing.</source>
        <translation>ポリシー「%1」：アクションが指定されていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy &quot;%1&quot;: the action &quot;%2&quot; appears twice.</source>
        <translation>ポリシー「%1」：アクション「%2」が 2 回指定されています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Policy &quot;%1&quot;: the wait of &quot;%2&quot; is negative.</source>
        <translation>ポリシー「%1」：「%2」の待機時間が負の値です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Policy &quot;%1&quot;: the waits are out of order; &quot;%2&quot; comes after a longer wait.</source>
        <translation>ポリシー「%1」：待機時間の順序が正しくありません。「%2」がより長い待機時間の後にあります。</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../app/settings/connectiontest.cpp" line="+22"/>
        <source>MDM sign-in</source>
        <translation>MDM へのサインイン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entra access token</source>
        <translation>Entra アクセストークン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endpoint discovery</source>
        <translation>エンドポイントの検出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entra user look-up</source>
        <translation>Entra ユーザの検索</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner heartbeat</source>
        <translation>パートナーのハートビート</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Signed in as %1; %n device space(s), default: %2.</source>
        <translation>
            <numerusform>%1 としてサインインしました。デバイススペース %n 個、既定：%2。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none marked</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tokens issued for Microsoft Graph and Intune.</source>
        <translation>Microsoft Graph と Intune のトークンが発行されました。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tenant sync: %1; device sync: %2.</source>
        <translation>テナント同期：%1、デバイス同期：%2。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Graph gave no answer.</source>
        <translation>Graph から応答がありませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Graph answers user look-ups (permission User.Read.All).</source>
        <translation>Microsoft Graph がユーザの検索に応答します (アクセス許可 User.Read.All)。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Intune accepted the heartbeat.</source>
        <translation>Intune がハートビートを受け付けました。</translation>
    </message>
</context>
<context>
    <name>ConsoleSettings</name>
    <message>
        <location filename="../app/settings/consolesettings.cpp" line="+77"/>
        <source>%1: enter a URL.</source>
        <translation>%1：URL を入力してください。</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+22"/>
        <source>MDM URL</source>
        <translation>MDM の URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MDM user: enter the API user&apos;s name.</source>
        <translation>MDM ユーザ：API ユーザの名前を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device space: must be 0 (the default one) or a positive id.</source>
        <translation>デバイススペース：0 (既定) または正の ID を指定してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entra tenant id: &quot;%1&quot; is not a GUID (e.g. 3f2504e0-4f89-41d3-9a0c-0305e82c3301).</source>
        <translation>Entra テナント ID：「%1」は GUID ではありません (例：3f2504e0-4f89-41d3-9a0c-0305e82c3301)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entra client id: &quot;%1&quot; is not a GUID (the app registration&apos;s Application (client) ID).</source>
        <translation>Entra クライアント ID：「%1」は GUID ではありません (アプリ登録のアプリケーション (クライアント) ID)。</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+35"/>
        <source>Entra login URL</source>
        <translation>Entra のログイン URL</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+35"/>
        <source>Microsoft Graph URL</source>
        <translation>Microsoft Graph の URL</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+36"/>
        <source>Partner tenant sync URL</source>
        <translation>パートナー テナント同期 URL</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+36"/>
        <source>Partner device sync URL</source>
        <translation>パートナー デバイス同期 URL</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+37"/>
        <source>Enrollment URL</source>
        <translation>登録 URL</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+37"/>
        <source>Remediation URL</source>
        <translation>修復 URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MDM URL: enter it, or clear the tenant fields to use the demo tenant.</source>
        <translation>MDM の URL：入力するか、デモテナントを使う場合はテナントの欄を空にしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Batch size: %1 is not from %2 to %3 devices per message.</source>
        <translation>バッチサイズ：%1 は 1 メッセージあたり %2～%3 台の範囲外です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weekly report day: %1 is not a day of the week.</source>
        <translation>週次レポートの曜日：%1 は曜日ではありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly report time: not a valid time of day.</source>
        <translation>週次レポートの時刻：有効な時刻ではありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Store: %1</source>
        <translation>ストア：%1</translation>
    </message>
</context>
<context>
    <name>CsvReportDialog</name>
    <message>
        <location filename="../ui/csvreportdialog.cpp" line="+129"/>
        <source>Report devices listed in a CSV file</source>
        <translation>CSV ファイルに記載されたデバイスを報告</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: looking for its devices in the store…</source>
        <extracomment>%1 is the CSV file&apos;s name</extracomment>
        <translation>%1：ストアでデバイスを検索しています…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the devices could not be looked up in the store: %2 Nothing can be reported.</source>
        <extracomment>%1 is the CSV file&apos;s name, %2 why the store could not be read</extracomment>
        <translation>%1：ストアでデバイスを検索できませんでした：%2 報告できるものはありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1: %n device(s) found in the store.</source>
        <translation>
            <numerusform>%1：ストアで %n 台のデバイスが見つかりました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of them have no Azure device ID and will be skipped (see their Azure Client Status Code).</source>
        <translation>
            <numerusform>そのうち %n 台は Azure デバイスIDがないためスキップされます (Azure クライアント ステータス コードを確認してください)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) cannot be used and will be left out.</source>
        <translation>
            <numerusform>%n 行は使用できないため除外されます。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is sent until you choose Report now.</source>
        <translation>[今すぐ報告] を選択するまで何も送信されません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No row names a device that can be reported, so there is nothing to report.</source>
        <translation>報告できるデバイスを指定している行がないため、報告するものはありません。</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Each row that cannot be used, and why:</source>
        <translation>使用できない各行とその理由：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row, column and reason</source>
        <translation>行、列、理由</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not used</source>
        <translation>使用しない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>注記</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report now</source>
        <translation>今すぐ報告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>DemoFleetWriter</name>
    <message>
        <location filename="../app/demo/demofleetwriter.cpp" line="+55"/>
        <source>Writing the demo fleet was cancelled after %1 of %2 devices.</source>
        <translation>デモフリートの書き込みは、%2 台中 %1 台の時点でキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>DemoTenant</name>
    <message>
        <location filename="../app/tenant/demotenant.cpp" line="+46"/>
        <source>The tenant emulator %1 is missing; build the target azure-status-emulator.</source>
        <translation>テナントエミュレーター %1 が見つかりません。azure-status-emulator ターゲットをビルドしてください。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The tenant emulator could not be started: %1</source>
        <translation>テナントエミュレーターを起動できませんでした：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The tenant emulator did not report its address: %1</source>
        <translation>テナントエミュレーターがアドレスを報告しませんでした：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The tenant emulator reported an unexpected address &quot;%1&quot;.</source>
        <translation>テナントエミュレーターが予期しないアドレス「%1」を報告しました。</translation>
    </message>
</context>
<context>
    <name>DeviceCsvImport</name>
    <message>
        <location filename="../app/import/devicecsvimport.cpp" line="+104"/>
        <source>a quoted field opened on line %1 is not closed before the end of the file</source>
        <translation>%1 行目で始まる引用符付きフィールドがファイルの終わりまでに閉じられていません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>text follows a closing quote; a quote inside a quoted field must be doubled (&quot;&quot;)</source>
        <translation>閉じ引用符の後に文字があります。引用符付きフィールド内の引用符は二重にする必要があります (&quot;&quot;)</translation>
    </message>
    <message numerus="yes">
        <location line="+95"/>
        <source>... and %n more.</source>
        <translation>
            <numerusform>... ほか %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The file is %1 MB; at most %2 MB are read. Split it into smaller files.</source>
        <translation>ファイルは %1 MB です。読み取れるのは最大 %2 MB です。小さいファイルに分割してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file cannot be read: %1.</source>
        <translation>ファイルを読み取れません：%1。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file is empty; a header line such as &quot;id,serial number&quot; was expected.</source>
        <translation>ファイルが空です。「id,serial number」のようなヘッダー行が必要です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is in UTF-16; save it as CSV in UTF-8.</source>
        <translation>ファイルは UTF-16 です。UTF-8 の CSV として保存してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The header (line 1) cannot be read: %1.</source>
        <translation>ヘッダー (1 行目) を読み取れません：%1。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The header (line 1) has the column &quot;%1&quot; twice (columns %2 and %3).</source>
        <translation>ヘッダー (1 行目) に列「%1」が 2 回あります (%2 列目と %3 列目)。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The header (line 1) names no column that identifies a device. Name at least one of: id, serial number, Azure device id, name. The header has: %1.</source>
        <translation>ヘッダー (1 行目) にデバイスを識別する列がありません。id、serial number、Azure device id、name のいずれかを少なくとも 1 つ指定してください。ヘッダーの内容：%1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns not used: %1.</source>
        <translation>使用されない列：%1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row %1: %2.</source>
        <translation>%1 行目：%2。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file has more than %1 rows; only the first %1 were read.</source>
        <translation>ファイルの行数が %1 を超えています。最初の %1 行だけを読み取りました。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row %1 has %2 fields; the header has %3.</source>
        <translation>%1 行目のフィールド数は %2 ですが、ヘッダーは %3 です。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Row %1, column &quot;%2&quot;: the text is not valid UTF-8; save the file as CSV in UTF-8.</source>
        <translation>%1 行目、列「%2」：テキストが有効な UTF-8 ではありません。ファイルを UTF-8 の CSV として保存してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row %1, column &quot;%2&quot;: the value is longer than %3 characters.</source>
        <translation>%1 行目、列「%2」：値が %3 文字を超えています。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Row %1, column &quot;%2&quot;: &quot;%3&quot; is not an MDM device id (a whole number above 0).</source>
        <translation>%1 行目、列「%2」：「%3」は MDM デバイスID (0 より大きい整数) ではありません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Row %1, column &quot;%2&quot;: &quot;%3&quot; is not an Azure device id (a GUID such as 6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c).</source>
        <translation>%1 行目、列「%2」：「%3」は Azure デバイスID (6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c のような GUID) ではありません。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Row %1 names no device: its id, serial number, Azure device id and name columns are empty.</source>
        <translation>%1 行目はデバイスを示していません。id、シリアル番号、Azure デバイスID、名前の列が空です。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Row %1 repeats row %2; it is read once.</source>
        <translation>%1 行目は %2 行目の繰り返しです。1 回だけ読み取ります。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Row %1: no device has the %2 &quot;%3&quot;.</source>
        <translation>%1 行目：%2「%3」のデバイスはありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Row %1: %n devices have the %2 &quot;%3&quot;; give the id to choose one.</source>
        <translation>
            <numerusform>%1 行目：%2「%3」のデバイスが %n 台あります。いずれかを選ぶには ID を指定してください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Row %1: no device has the id %2.</source>
        <translation>%1 行目：ID %2 のデバイスはありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row %1: no device has the Azure device id %2.</source>
        <translation>%1 行目：Azure デバイスID %2 のデバイスはありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row %1: device %2 has another Azure device id than the file says.</source>
        <translation>%1 行目：デバイス %2 の Azure デバイスIDはファイルの値と異なります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row %1: device %2 has the serial number &quot;%3&quot;, not &quot;%4&quot;.</source>
        <translation>%1 行目：デバイス %2 のシリアル番号は「%4」ではなく「%3」です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row %1: device %2 is named &quot;%3&quot;, not &quot;%4&quot;.</source>
        <translation>%1 行目：デバイス %2 の名前は「%4」ではなく「%3」です。</translation>
    </message>
</context>
<context>
    <name>DeviceCsvWriter</name>
    <message>
        <location filename="../models/devicecsvwriter.cpp" line="+39"/>
        <source>There is no device list to export.</source>
        <translation>エクスポートするデバイス一覧がありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why Report Time is blank</source>
        <translation>レポート時刻が空白の理由</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not write the CSV file: %1</source>
        <translation>CSV ファイルを書き込めませんでした：%1</translation>
    </message>
</context>
<context>
    <name>DeviceDetailsView</name>
    <message>
        <location filename="../ui/devicedetails/reporttimelinebox.cpp" line="+29"/>
        <source>Queued</source>
        <extracomment>Report timeline event: the report was written to the outbox.</extracomment>
        <translation>キュー登録済み</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent</source>
        <extracomment>Report timeline event: the message was uploaded to Azure.</extracomment>
        <translation>送信</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry</source>
        <extracomment>Report timeline event: an upload failed and will be tried again.</extracomment>
        <translation>再試行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completed</source>
        <extracomment>Report timeline event: Azure confirmed the report.</extracomment>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed</source>
        <extracomment>Report timeline event: Azure refused the report, or it could not be delivered.</extracomment>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../ui/devicedetailsview.cpp" line="+176"/>
        <source>Select a device</source>
        <translation>デバイスを選択してください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device Details</source>
        <translation>デバイスの詳細</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>ユーザ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <location filename="../ui/devicedetails/outcomebox.cpp" line="+46"/>
        <source>What Azure receives</source>
        <translation>Azure が受信する内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure outcome</source>
        <translation>Azure の結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effective action</source>
        <translation>適用中のアクション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caused by</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../ui/devicedetails/azurefieldsbox.cpp" line="+80"/>
        <source>Azure fields</source>
        <translation>Azure フィールド</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure Device Identifier</source>
        <translation>Azure デバイス識別子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure Device Compliance Status</source>
        <translation>Azure デバイスのコンプライアンス状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure Client Status Code</source>
        <translation>Azure クライアント ステータス コード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure Device Compliance Report Time</source>
        <translation>Azure デバイスのコンプライアンスレポート時刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entra user (UserId)</source>
        <translation>Entra ユーザ (UserId)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown code</source>
        <extracomment>Flag next to an Azure Client Status Code that is not one of the documented codes.</extracomment>
        <translation>不明なコード</translation>
    </message>
    <message>
        <location filename="../ui/devicedetails/reporttimelinebox.cpp" line="+31"/>
        <location line="+1"/>
        <source>Report timeline</source>
        <translation>レポートのタイムライン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No report sent yet.</source>
        <translation>まだレポートは送信されていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trigger</source>
        <translation>トリガー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message id</source>
        <translation>メッセージ ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../ui/devicedetails/violatedrulesbox.cpp" line="+44"/>
        <location line="+1"/>
        <source>Violated rules</source>
        <translation>違反しているルール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No violated rules.</source>
        <translation>違反しているルールはありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Violated since</source>
        <translation>違反開始日時</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action in effect</source>
        <translation>適用中のアクション</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next escalation</source>
        <translation>次のエスカレーション</translation>
    </message>
    <message>
        <location filename="../ui/devicedetails/inventorybox.cpp" line="+35"/>
        <source>Inventory</source>
        <translation>インベントリ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer</source>
        <translation>製造元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MDM id</source>
        <translation>MDM ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GUID</source>
        <translation>GUID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration state</source>
        <translation>登録状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last check-in</source>
        <translation>最終チェックイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jailbroken or rooted</source>
        <translation>脱獄またはルート化済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarantined</source>
        <translation>検疫済み</translation>
    </message>
    <message>
        <location filename="../ui/devicedetailsview.cpp" line="+23"/>
        <source>Unnamed device</source>
        <translation>名前のないデバイス</translation>
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
        <translation>撤去済み：デバイスは notManaged および notCompliant として Azure に報告され、Azure は 90 日後にそのレコードを削除します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1; Azure deletes the record on %2</source>
        <translation>%1。Azure は %2 にレコードを削除します</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Policy &quot;%1&quot;: %2</source>
        <translation>ポリシー「%1」：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/devicedetails/violatedrulesbox.cpp" line="+68"/>
        <source>Unknown policy #%1</source>
        <translation>不明なポリシー #%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No violated rule has an action in effect yet: %1</source>
        <translation>アクションが適用されている違反ルールはまだありません：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No violated rule of a known policy: %1</source>
        <translation>既知のポリシーの違反ルールはありません：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No violated rule: %1</source>
        <translation>違反ルールなし：%1</translation>
    </message>
    <message>
        <location filename="../ui/devicedetails/azurefieldsbox.cpp" line="+16"/>
        <source>Blank: the device ID could not be retrieved: the device user must register in Microsoft Authenticator. The device has not reported an Azure Client Status Code yet.</source>
        <translation>空白：デバイスIDを取得できませんでした。デバイスユーザは Microsoft Authenticator に登録する必要があります。デバイスはまだ Azure クライアント ステータス コードを報告していません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blank: the Azure Client Status Code is %1 but the device ID has not been received yet.</source>
        <translation>空白：Azure クライアント ステータス コードは %1 ですが、デバイスIDはまだ受信していません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blank: the device ID could not be retrieved: the device user must register in Microsoft Authenticator. Azure Client Status Code: %1.</source>
        <translation>空白：デバイスIDを取得できませんでした。デバイスユーザは Microsoft Authenticator に登録する必要があります。Azure クライアント ステータス コード：%1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The device ID reported by Microsoft to the iOS or Android device, for example 007c8232-9489-4074-9b35-345b16f0a72d.</source>
        <translation>Microsoft によって iOS または Android デバイスに報告されたデバイスID。007c8232-9489-4074-9b35-345b16f0a72d など。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Azure gave no error detail.</source>
        <translation>Azure からエラーの詳細は提供されませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error detail: %1</source>
        <translation>エラーの詳細：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Device user can fix this: %1</source>
        <translation>デバイスユーザが修復可能：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do: %1</source>
        <translation>対処方法：%1</translation>
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
        <translation>未報告：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time the device compliance status was reported to Microsoft Intune.</source>
        <translation>デバイスのコンプライアンス状態が Microsoft Intune に報告された時刻。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/devicedetails/inventorybox.cpp" line="+21"/>
        <location filename="../ui/devicedetails/violatedrulesbox.cpp" line="-30"/>
        <source>%1 (%Ln day(s) ago)</source>
        <translation>
            <numerusform>%1 (%Ln 日前)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/devicedetails/violatedrulesbox.cpp" line="+17"/>
        <source>%1 on %2</source>
        <translation>%2 に%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Not counted</source>
        <translation>対象外</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Becomes %1 on %2</source>
        <extracomment>The device&apos;s next escalation: &quot;Becomes &lt;action&gt; on &lt;date&gt;&quot;.</extracomment>
        <translation>%2 に「%1」へ移行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1; Azure then receives: %2</source>
        <translation>%1。その後 Azure が受信する内容：%2</translation>
    </message>
    <message>
        <location filename="../ui/devicedetails/inventorybox.cpp" line="-15"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Never</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../ui/devicedetails/reporttimelinebox.cpp" line="+32"/>
        <source>Azure receives: %1</source>
        <translation>Azure が受信する内容：%1</translation>
    </message>
</context>
<context>
    <name>DeviceInventory</name>
    <message>
        <location filename="../app/inventory/deviceinventory.cpp" line="+64"/>
        <source>Generating demo fleet</source>
        <translation>デモフリートを生成しています</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading devices</source>
        <translation>デバイスを読み込んでいます</translation>
    </message>
</context>
<context>
    <name>DeviceListModel</name>
    <message>
        <location filename="../models/devicelistmodel.cpp" line="+54"/>
        <source>Device name</source>
        <translation>デバイス名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>ユーザ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OS version</source>
        <translation>OS バージョン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last check-in</source>
        <translation>最終チェックイン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure outcome</source>
        <translation>Azure の結果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effective action</source>
        <translation>適用中のアクション</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure Device Identifier</source>
        <translation>Azure デバイス識別子</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure Device Compliance Status</source>
        <translation>Azure デバイスのコンプライアンス状態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure Client Status Code</source>
        <translation>Azure クライアント ステータス コード</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure Device Compliance Report Time</source>
        <translation>Azure デバイスのコンプライアンスレポート時刻</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Blank: the Azure device ID could not be retrieved. The device user must register in Microsoft Authenticator.</source>
        <translation>空白：Azure デバイスIDを取得できませんでした。デバイスユーザは Microsoft Authenticator に登録する必要があります。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>(blank: disabled)</source>
        <translation>(空白：無効)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(blank: not sent yet)</source>
        <translation>(空白：未送信)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(blank: error)</source>
        <translation>(空白：エラー)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(blank: user not in Entra)</source>
        <translation>(空白：Entra にユーザなし)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(blank)</source>
        <translation>(空白)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (unknown)</source>
        <translation>%1 (不明)</translation>
    </message>
</context>
<context>
    <name>DeviceListPanel</name>
    <message>
        <location filename="../ui/devicelistpanel.cpp" line="+161"/>
        <source>Search name, user, serial or Azure device ID (Ctrl+F)</source>
        <translation>名前、ユーザ、シリアル番号、Azure デバイスIDで検索 (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One device per row; the selected device is shown in Device Details.</source>
        <translation>1 行に 1 台のデバイス。選択したデバイスはデバイスの詳細に表示されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>結果(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>状態(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Client code:</source>
        <translation>クライアント コード(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User-fixable only</source>
        <translation>ユーザが修復可能なもののみ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices whose Azure Client Status Code the device user can mitigate</source>
        <translation>Azure クライアント ステータス コードをデバイスユーザが修復可能なデバイス</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Any</source>
        <comment>outcome filter</comment>
        <translation>すべて</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Any</source>
        <comment>status filter</comment>
        <translation>すべて</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any</source>
        <comment>client code filter</comment>
        <translation>すべて</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Any</source>
        <comment>platform filter</comment>
        <translation>すべて</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Unknown codes</source>
        <translation>不明なコード</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Search devices</source>
        <translation>デバイスを検索</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pla&amp;tform:</source>
        <translation>プラットフォーム(&amp;M)：</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Not reported</source>
        <translation>未報告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any error (not Success)</source>
        <translation>すべてのエラー (Success 以外)</translation>
    </message>
</context>
<context>
    <name>DeviceStore</name>
    <message>
        <location filename="../app/storage/sqlite/sqliteconnections.cpp" line="+109"/>
        <source>The device database %1 is not open.</source>
        <translation>デバイスデータベース %1 が開かれていません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/storage/sqlite/sqlitestore.cpp" line="+122"/>
        <source>Could not open the device database %1: %2</source>
        <translation>デバイスデータベース %1 を開けませんでした：%2</translation>
    </message>
    <message>
        <location filename="../app/storage/sqlite/sqlitestore.cpp" line="-28"/>
        <source>Could not read the device database %1: %2</source>
        <translation>デバイスデータベース %1 を読み取れませんでした：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a device database: it is not an SQLite file. Nothing was changed.</source>
        <translation>%1 はデバイスデータベースではありません：SQLite ファイルではありません。何も変更されていません。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>its folder %1 is read-only, and the database needs to create %2 there even to be read. Make the folder writable, or copy the file to a folder you may write to and start with --db and the copy.</source>
        <translation>フォルダー %1 は読み取り専用ですが、データベースは読み取るだけでもそこに %2 を作成する必要があります。フォルダーを書き込み可能にするか、書き込めるフォルダーにファイルをコピーし、--db でそのコピーを指定して起動してください。</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../ui/screenshotcatalog.cpp" line="+208"/>
        <source>%1 is not a usable device database (damaged, or not SQLite): %2. Nothing was changed.</source>
        <translation>%1 は使用可能なデバイスデータベースではありません (破損しているか、SQLite ではありません)：%2。何も変更されていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was written by a newer version of this console (schema version %2; this version knows up to %3). Nothing was changed: use a newer console or another database file.</source>
        <translation>%1 はこのコンソールの新しいバージョンで書き込まれています (スキーマバージョン %2。このバージョンが対応するのは %3 まで)。何も変更されていません：新しいコンソールまたは別のデータベースファイルを使用してください。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not switch %1 to write-ahead logging: %2</source>
        <translation>%1 をログ先行書き込み (WAL) に切り替えられませんでした：%2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The device database %1 can be read but not written: %2</source>
        <translation>デバイスデータベース %1 は読み取れますが、書き込めません：%2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not read the sync lead in %1: %2</source>
        <translation>%1 から同期のリーダーを読み取れませんでした：%2</translation>
    </message>
    <message>
        <location filename="../app/storage/sqlite/sqlitemigrations.cpp" line="+184"/>
        <source>Could not migrate %1 to schema version %2: %3</source>
        <translation>%1 をスキーマバージョン %2 に移行できませんでした：%3</translation>
    </message>
    <message>
        <location filename="../app/storage/sqlite/sqliteapi.cpp" line="+17"/>
        <source>the database driver gives no SQLite handle</source>
        <translation>データベースドライバーが SQLite ハンドルを返しません</translation>
    </message>
    <message>
        <location filename="../app/storage/postgres/pgdevicestore.cpp" line="+291"/>
        <location filename="../app/storage/sqlite/sqlitedevicestore.cpp" line="+265"/>
        <location filename="../app/storage/sqlite/sqlitestore.cpp" line="+15"/>
        <location line="+6"/>
        <source>Could not write devices to %1: %2</source>
        <translation>%1 にデバイスを書き込めませんでした：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/storage/sqlite/sqlitedevicestore.cpp" line="+54"/>
        <source>Could not write device %1 to %2: %3. Nothing was written.</source>
        <translation>デバイス %1 を %2 に書き込めませんでした：%3。何も書き込まれていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a device id is a positive number</source>
        <translation>デバイス ID は正の数です</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>policy %1 is listed twice among its violations</source>
        <translation>違反の中にポリシー %1 が 2 回含まれています</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not write devices to %1: this login may not change devices; a reporter login syncs and imports them (the database refused: %2). Nothing was written.</source>
        <translation>%1 にデバイスを書き込めませんでした：このログインはデバイスを変更できません。デバイスの同期とインポートはレポーターのログインが行います (データベースが拒否しました：%2)。何も書き込まれていません。</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../app/storage/sqlite/sqlitedevicestore.cpp" line="+30"/>
        <source>Could not read device %1 from %2: %3</source>
        <translation>%2 からデバイス %1 を読み取れませんでした：%3</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../app/storage/sqlite/sqlitedevicestore.cpp" line="+18"/>
        <source>There is no device with id %1 in %2.</source>
        <translation>%2 に ID が %1 のデバイスはありません。</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+17"/>
        <location filename="../app/storage/sqlite/sqlitedevicestore.cpp" line="+28"/>
        <location line="+161"/>
        <source>Could not count the devices in %1: %2</source>
        <translation>%1 のデバイス数を取得できませんでした：%2</translation>
    </message>
    <message>
        <location line="+46"/>
        <location filename="../app/storage/sqlite/sqlitedevicestore.cpp" line="-146"/>
        <source>Could not read the device list from %1: %2</source>
        <translation>%1 からデバイス一覧を読み取れませんでした：%2</translation>
    </message>
    <message>
        <location line="+92"/>
        <location filename="../app/storage/sqlite/sqlitedevicestore.cpp" line="+121"/>
        <source>Loading the device list was cancelled.</source>
        <translation>デバイス一覧の読み込みはキャンセルされました。</translation>
    </message>
    <message>
        <location line="-120"/>
        <location filename="../app/storage/sqlite/sqlitedevicestore.cpp" line="+46"/>
        <source>Could not read device ids from %1: %2</source>
        <translation>%1 からデバイスIDを読み取れませんでした：%2</translation>
    </message>
    <message>
        <location line="+153"/>
        <location filename="../app/storage/sqlite/sqlitedevicestore.cpp" line="+46"/>
        <source>Could not read devices from %1: %2</source>
        <translation>%1 からデバイスを読み取れませんでした：%2</translation>
    </message>
    <message>
        <location filename="../app/storage/postgres/pgpolicystore.cpp" line="+41"/>
        <location filename="../app/storage/sqlite/sqlitepolicystore.cpp" line="+23"/>
        <source>Policy &quot;%1&quot; has no id.</source>
        <translation>ポリシー「%1」に ID がありません。</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../app/storage/sqlite/sqlitepolicystore.cpp" line="+15"/>
        <source>Policy &quot;%1&quot;: step %2 waits %3 days, not a number of days from 0 to %4.</source>
        <translation>ポリシー「%1」：ステップ %2 の待機日数 %3 日は 0 ～ %4 の日数ではありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/storage/sqlite/sqlitepolicystore.cpp" line="+3"/>
        <source>Policy &quot;%1&quot;: step %2 has an unknown action &quot;%3&quot;.</source>
        <translation>ポリシー「%1」：ステップ %2 に不明なアクション「%3」があります。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../app/storage/sqlite/sqlitepolicystore.cpp" line="+9"/>
        <source>Could not write policies to %1: %2</source>
        <translation>%1 にポリシーを書き込めませんでした：%2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not write policies to %1: this login may not change policies; a policy author or the reporter does (the database refused: %2). Nothing was written.</source>
        <translation>%1 にポリシーを書き込めませんでした：このログインはポリシーを変更できません。変更するのはポリシー作成者またはレポーターです (データベースが拒否しました：%2)。何も書き込まれていません。</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../app/storage/sqlite/sqlitepolicystore.cpp" line="+39"/>
        <location line="+44"/>
        <source>Could not read the policies from %1: %2</source>
        <translation>%1 からポリシーを読み取れませんでした：%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../app/storage/sqlite/sqlitepolicystore.cpp" line="-27"/>
        <source>Policy %1 in %2 has an unknown rule &quot;%3&quot;.</source>
        <translation>%2 のポリシー %1 に不明なルール「%3」があります。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/storage/sqlite/sqlitepolicystore.cpp" line="+8"/>
        <source>Policy %1 in %2: its actions are not a JSON array of steps.</source>
        <translation>%2 のポリシー %1：アクションがステップの JSON 配列ではありません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/storage/sqlite/sqlitepolicystore.cpp" line="+8"/>
        <source>Policy %1 in %2 has an unknown action &quot;%3&quot;.</source>
        <translation>%2 のポリシー %1 に不明なアクション「%3」があります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/storage/sqlite/sqlitepolicystore.cpp" line="+2"/>
        <source>Policy %1 in %2: step %3 waits &quot;%4&quot;, not a number of days from 0 to %5.</source>
        <translation>%2 のポリシー %1：ステップ %3 の待機日数「%4」は 0 ～ %5 の日数ではありません。</translation>
    </message>
    <message>
        <location filename="../app/storage/postgres/pgstoresettings.cpp" line="+44"/>
        <source>%1 may not change the store&apos;s setting &quot;%2&quot;: only the reporter and policy author logins change them. Nothing was changed. (%3)</source>
        <translation>%1 はストアの設定「%2」を変更できません。設定を変更できるのはレポーターとポリシー作成者のログインだけです。何も変更されていません。(%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/storage/sqlite/sqlitestoresettings.cpp" line="+37"/>
        <source>Could not save the setting &quot;%1&quot; to %2: %3</source>
        <translation>設定「%1」を %2 に保存できませんでした：%3</translation>
    </message>
    <message>
        <location filename="../app/storage/postgres/pgauditlog.cpp" line="+25"/>
        <source>%1 (as %2)</source>
        <extracomment>An audit entry&apos;s actor: %1 the MDM user who acted, %2 the database login the console used</extracomment>
        <translation>%1 (%2 として)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 may not write to the audit log. Nothing was changed. (%2)</source>
        <translation>%1 は監査ログに書き込めません。何も変更されていません。(%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/storage/sqlite/sqliteauditlog.cpp" line="+33"/>
        <location line="+11"/>
        <source>Could not write to the audit log in %1: %2</source>
        <translation>%1 の監査ログに書き込めませんでした：%2</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../app/storage/sqlite/sqliteauditlog.cpp" line="+24"/>
        <location line="+10"/>
        <source>Could not read the audit log in %1: %2</source>
        <translation>%1 の監査ログを読み取れませんでした：%2</translation>
    </message>
    <message>
        <location filename="../app/storage/sqlite/sqlitetransaction.cpp" line="+81"/>
        <source>Another program, or another console, is writing to the database: close it or wait, then try again.</source>
        <translation>別のプログラムまたは別のコンソールがデータベースに書き込み中です。それを閉じるか待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database file or its folder is read-only: make both writable, or start with --db and another file.</source>
        <translation>データベースファイルまたはそのフォルダーが読み取り専用です。両方を書き込み可能にするか、--db で別のファイルを指定して起動してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk could not be read or written: check the disk and its free space.</source>
        <translation>ディスクの読み取りまたは書き込みができませんでした。ディスクとその空き容量を確認してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is damaged: restore it from a backup, or start with --db and a new file (the next sync fills it again).</source>
        <translation>ファイルが破損しています。バックアップから復元するか、--db で新しいファイルを指定して起動してください (次回の同期で再び満たされます)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk is full (or the database reached its size limit): free some space, then try again.</source>
        <translation>ディスクがいっぱいです (またはデータベースがサイズ上限に達しました)。空き容量を確保してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file cannot be opened: check that its folder exists and that you may write to it.</source>
        <translation>ファイルを開けません。フォルダーが存在し、書き込み権限があることを確認してください。</translation>
    </message>
</context>
<context>
    <name>DryRunWriter</name>
    <message>
        <location filename="../app/headless/dryrunwriter.cpp" line="+22"/>
        <source>--dry-run: the folder %1 is not empty; give a new or empty folder.</source>
        <translation>--dry-run：フォルダー %1 は空ではありません。新しいフォルダーか空のフォルダーを指定してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--dry-run: the folder %1 could not be created.</source>
        <translation>--dry-run：フォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--dry-run: %1 could not be written: %2</source>
        <translation>--dry-run：%1 を書き込めませんでした：%2</translation>
    </message>
</context>
<context>
    <name>EndpointDiscovery</name>
    <message>
        <location filename="../app/net/endpointdiscovery.cpp" line="+84"/>
        <location line="+15"/>
        <source>Endpoint discovery (Graph servicePrincipals)</source>
        <translation>エンドポイントの検出 (Graph servicePrincipals)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: the tenant has no service principal for Microsoft Intune (appId %2); is Intune set up for this tenant?</source>
        <translation>%1：テナントに Microsoft Intune のサービス プリンシパル (appId %2) がありません。このテナントで Intune は設定されていますか？</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+15"/>
        <location line="+33"/>
        <source>Endpoint discovery (Graph servicePrincipals/endPoints)</source>
        <translation>エンドポイントの検出 (Graph servicePrincipals/endPoints)</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1: the %2 entry&apos;s uri &quot;%3&quot; is not an absolute http(s) URL.</source>
        <translation>%1：%2 エントリの uri「%3」は絶対 http(s) URL ではありません。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: the Intune service principal lists no endpoint for %2; set the URL in the settings or check the tenant.</source>
        <translation>%1：Intune のサービス プリンシパルに %2 のエンドポイントがありません。設定で URL を指定するか、テナントを確認してください。</translation>
    </message>
</context>
<context>
    <name>EntraUserCache</name>
    <message>
        <location filename="../app/storage/postgres/pgentrausercache.cpp" line="+64"/>
        <location filename="../app/storage/sqlite/sqliteentrausercache.cpp" line="+23"/>
        <source>Could not read the Entra users known to %1: %2</source>
        <translation>%1 に記録されている Entra ユーザを読み取れませんでした：%2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Could not save the Entra users looked up to %1: this login may not change them; the reporter looks users up (the database refused: %2). Nothing was written.</source>
        <translation>検索した Entra ユーザを %1 に保存できませんでした：このログインはそれらを変更できません。ユーザの検索はレポーターが行います (データベースが拒否しました：%2)。何も書き込まれていません。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../app/storage/sqlite/sqliteentrausercache.cpp" line="+55"/>
        <source>Could not save the Entra users looked up to %1: %2</source>
        <translation>検索した Entra ユーザを %1 に保存できませんでした：%2</translation>
    </message>
</context>
<context>
    <name>EntraUserDirectory</name>
    <message>
        <location filename="../app/net/entrauserdirectory.cpp" line="+73"/>
        <location line="+13"/>
        <source>Graph user look-up ($batch of /users)</source>
        <translation>Graph のユーザ検索 (/users の $batch)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: the answer for %2 has no object id.</source>
        <translation>%1：%2 の応答にオブジェクト ID がありません。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: Graph refused to read %2 (HTTP 403): the app registration needs the application permission User.Read.All. %3</source>
        <translation>%1：Graph が %2 の読み取りを拒否しました (HTTP 403)。アプリ登録にはアプリケーションのアクセス許可 User.Read.All が必要です。%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: Graph answered HTTP %2 for %3: %4</source>
        <translation>%1：Graph が %3 に対して HTTP %2 を返しました：%4</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Graph user look-up: the answer could not be read.</source>
        <translation>Graph のユーザ検索：応答を読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Graph user look-up: Graph did not answer for %1 after %2 tries.</source>
        <translation>Graph のユーザ検索：%2 回試行しても、Graph は %1 に応答しませんでした。</translation>
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
        <translation>使用法：--headless コマンド [オプション]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>コマンド：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  generate-demo --devices N --db PATH [--seed S]</source>
        <translation>  generate-demo --devices N --db パス [--seed S]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Writes a demo fleet of N devices (10 to 1000000) and its compliance policies to the device database at PATH. The same seed always gives the same fleet.</source>
        <translation>      N 台 (10～1000000) のデバイスから成るデモフリートとそのコンプライアンスポリシーを、パスにあるデバイスデータベースに書き込みます。同じシードからは常に同じフリートが生成されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  sync [--db PATH] [--demo | --tenant-url URL] [--batch-size N] [--timeout SECONDS]</source>
        <translation>  sync [--db パス] [--demo | --tenant-url URL] [--batch-size N] [--timeout 秒数]</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>  Without --demo or --tenant-url, the tenant configured in File → Settings is used, with its secrets from the OS keychain. --demo starts the tenant emulator next to this program; --tenant-url uses one host for every endpoint, with credentials from ASC_MDM_USER, ASC_MDM_PASSWORD, ASC_TENANT_ID, ASC_CLIENT_ID and ASC_CLIENT_SECRET.</source>
        <translation>  --demo も --tenant-url も指定しない場合は、[ファイル] → [設定] で構成したテナントを使い、シークレットは OS のキーチェーンから読み取ります。--demo はこのプログラムの隣でテナントエミュレーターを起動します。--tenant-url はすべてのエンドポイントに 1 つのホストを使い、資格情報は ASC_MDM_USER、ASC_MDM_PASSWORD、ASC_TENANT_ID、ASC_CLIENT_ID、ASC_CLIENT_SECRET から読み取ります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  import-settings FILE</source>
        <translation>  import-settings ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Replaces the settings with those of a file written by File → Settings → Export (it holds no secret).</source>
        <translation>      [ファイル] → [設定] → [エクスポート] で書き出したファイルの設定で置き換えます (シークレットは含まれません)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  store-secret mdm-password|client-secret</source>
        <translation>  store-secret mdm-password|client-secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Reads the secret from standard input and stores it in the OS keychain for the tenant configured in File → Settings (for a machine without a window).</source>
        <translation>      標準入力からシークレットを読み取り、[ファイル] → [設定] で構成したテナント用に OS のキーチェーンへ保存します (ウィンドウのないマシン向け)。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>  help</source>
        <translation>  help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Shows this text.</source>
        <translation>      このテキストを表示します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit codes: 0 success, 2 unknown command or bad argument, 3 database error, 4 tenant error, 5 reports failed, 6 timeout (reports still queued), 7 keychain error (no secret service, or no secret stored for the tenant).</source>
        <translation>終了コード：0 成功、2 不明なコマンドまたは不正な引数、3 データベースエラー、4 テナントエラー、5 レポート失敗、6 タイムアウト (レポートがキューに残っています)、7 キーチェーンエラー (シークレットサービスがないか、テナントのシークレットが保存されていません)。</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Give either --demo or --tenant-url URL, not both.</source>
        <translation>--demo と --tenant-url URL のどちらか一方を指定してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+116"/>
        <source>No tenant is configured: set one in File → Settings, or give --demo or --tenant-url URL.</source>
        <translation>テナントが構成されていません：[ファイル] → [設定] で構成するか、--demo または --tenant-url URL を指定してください。</translation>
    </message>
    <message>
        <location line="-370"/>
        <source>No command given after --headless. Commands: generate-demo, sync, report-now, report-weekly, status, help.</source>
        <translation>--headless の後にコマンドが指定されていません。コマンド：generate-demo, sync, report-now, report-weekly, status, help。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unknown command &quot;%1&quot;. Commands: generate-demo, sync, report-now, report-weekly, send, deprovision, status, import-settings, store-secret, init-store, help.</source>
        <translation>不明なコマンド「%1」。コマンド：generate-demo, sync, report-now, report-weekly, send, deprovision, status, import-settings, store-secret, init-store, help。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>      Pulls every device and policy from the MDM, queues the reports their changes call for (compliance change, inventory change, escalation, a missed weekly report), sends them and waits for Azure to confirm them.</source>
        <translation>      MDM からすべてのデバイスとポリシーを取得し、その変更に応じたレポート (コンプライアンス変更、インベントリ変更、エスカレーション、送信されなかった週次レポート) をキューに登録して送信し、Azure が確認するまで待ちます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  sync --dry-run FOLDER [same options as sync]</source>
        <translation>  sync --dry-run フォルダー [sync と同じオプション]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Pulls and plans as sync does, but sends nothing to Azure and writes nothing to the store: every request it would send (URL, headers with the token masked, body) is written to FOLDER, which must be new or empty.</source>
        <translation>      sync と同様に取得と計画を行いますが、Azure には何も送信せず、ストアにも何も書き込みません。送信するはずの各要求 (URL、トークンをマスクしたヘッダー、本文) はフォルダーに書き込まれます。フォルダーは新規または空である必要があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  report-now ID... [same options as sync]</source>
        <translation>  report-now ID... [sync と同じオプション]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Reports these devices now.</source>
        <translation>      これらのデバイスを今すぐ報告します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  report-now --csv FILE [same options as sync]</source>
        <translation>  report-now --csv ファイル [sync と同じオプション]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Reports the devices a CSV file lists now. Its header names at least one of the columns id, serial number, Azure device id, name; each row that names no device of the store, or several, is shown with its row number and skipped.</source>
        <translation>      CSV ファイルに記載されたデバイスを今すぐ報告します。ヘッダーには列 id、serial number、Azure device id、name の少なくとも 1 つが必要です。ストアのデバイスを示さない行や複数を示す行は、行番号とともに表示され、スキップされます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  report-weekly [same options as sync]</source>
        <translation>  report-weekly [sync と同じオプション]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Reports every device now, as the weekly report does.</source>
        <translation>      週次レポートと同様に、すべてのデバイスを今すぐ報告します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  send [same options as sync]</source>
        <translation>  send [sync と同じオプション]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Queues nothing: sends what the outbox holds (also what an interrupted run left) and waits for Azure to confirm it.</source>
        <translation>      何もキューに追加せず、送信トレイにあるもの (中断された実行が残したものを含む) を送信し、Azure の確認を待ちます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  deprovision --yes [--db PATH] [--demo | --tenant-url URL] [--settings FILE]</source>
        <translation>  deprovision --yes [--db パス] [--demo | --tenant-url URL] [--settings ファイル]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Disconnects from Azure: deprovisions the partner tenant (Azure then stops taking compliance data from this console for the tenant) and switches reporting off. Audited. Without --yes it only says what it would do.</source>
        <translation>      Azure から切断します。パートナー テナントのプロビジョニングを解除し (Azure はこのテナントについて、このコンソールからのコンプライアンスデータを受け付けなくなります)、レポート機能を無効にします。監査ログに記録されます。--yes を指定しない場合は、実行内容を表示するだけです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  status [--db PATH] --json</source>
        <translation>  status [--db パス] --json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Prints the store&apos;s devices by Azure Device Compliance Status and the outbox counts as JSON.</source>
        <translation>      ストアのデバイス数を Azure デバイスのコンプライアンス状態別に、送信トレイの件数とともに JSON で出力します。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>  store-secret db-password --db postgresql://ROLE@HOST:PORT/DATABASE</source>
        <translation>  store-secret db-password --db postgresql://ロール@ホスト:ポート/データベース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>      Reads that login&apos;s PostgreSQL password from standard input and keeps it in the OS keychain, used when PGPASSWORD and ~/.pgpass hold none. A systemd service gives it as the credential db-password instead.</source>
        <translation>      そのログインの PostgreSQL パスワードを標準入力から読み取り、OS のキーチェーンに保管します。PGPASSWORD と ~/.pgpass にパスワードがない場合に使われます。systemd サービスでは代わりに資格情報 db-password として渡します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  --request-timeout SECONDS sets how long one request may take before it is tried again (default 30).</source>
        <translation>  --request-timeout 秒数 は、1 つの要求を再試行するまでに待つ時間を設定します (既定値 30)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  --settings FILE (sync, report-now, report-weekly, send) uses the settings of FILE, written by File → Settings → Export, instead of those of File → Settings; e.g. for the service azure-status-reporter, /etc/azure-status-reporter/settings.json.</source>
        <translation>  --settings ファイル (sync、report-now、report-weekly、send) は、[ファイル] → [設定] の設定の代わりに、[ファイル] → [設定] → [エクスポート] で書き出したファイルの設定を使います。たとえばサービス azure-status-reporter では /etc/azure-status-reporter/settings.json です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  When $CREDENTIALS_DIRECTORY is set (a systemd service with LoadCredentialEncrypted= or LoadCredential=), the secrets of the configured tenant are read from its files mdm-password and client-secret instead of the OS keychain.</source>
        <translation>  $CREDENTIALS_DIRECTORY が設定されている場合 (LoadCredentialEncrypted= または LoadCredential= を持つ systemd サービス)、構成したテナントのシークレットは OS のキーチェーンではなく、そのフォルダーのファイル mdm-password と client-secret から読み取ります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  init-store --db postgresql://ROLE@HOST:PORT/DATABASE</source>
        <translation>  init-store --db postgresql://ロール@ホスト:ポート/データベース</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>      Creates or upgrades a team&apos;s PostgreSQL store and its roles (asc_helpdesk, asc_policy_author, asc_reporter). Run once by the database owner, and again after an upgrade of the console. The password comes from PGPASSWORD or ~/.pgpass. A server on the network is reached with %1 at the end of the URI.</source>
        <translation>      チームの PostgreSQL ストアとそのロール (asc_helpdesk、asc_policy_author、asc_reporter) を作成またはアップグレードします。データベースの所有者が一度実行し、コンソールのアップグレード後にも再度実行します。パスワードは PGPASSWORD または ~/.pgpass から読み取ります。ネットワーク上のサーバーには URI の末尾に %1 を付けて接続します。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A command stopped by SIGTERM, SIGINT or SIGHUP ends in order, with what it did committed to the store, and exits with 128 + the signal: 143, 130 or 129.</source>
        <translation>SIGTERM、SIGINT、SIGHUP で停止したコマンドは、それまでの処理をストアに確定してから順序どおりに終了し、終了コードは 128 + シグナル番号 (143、130、129) です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A systemd credential that is missing or empty also gives exit code 7, naming it.</source>
        <translation>systemd の資格情報がないか空の場合も、その名前を示して終了コード 7 になります。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unknown option &quot;%1&quot;. Options: %2.</source>
        <translation>不明なオプション「%1」。オプション：%2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needs a value.</source>
        <translation>%1 には値が必要です。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>generate-demo needs --devices N (from %1 to %2).</source>
        <translation>generate-demo には --devices N (%1～%2) が必要です。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--devices: &quot;%1&quot; is not a whole number from %2 to %3.</source>
        <translation>--devices：「%1」は %2～%3 の整数ではありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>generate-demo needs --db PATH, the device database to write.</source>
        <translation>generate-demo には --db パス (書き込むデバイスデータベース) が必要です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--seed: &quot;%1&quot; is not a whole number from 0 to %2.</source>
        <translation>--seed：「%1」は 0～%2 の整数ではありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Wrote %n demo device(s) (seed %1) to %2 in %3 s.</source>
        <translation>
            <numerusform>%n 台のデモデバイス (シード %1) を %3 秒で %2 に書き込みました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--settings: %1 could not be read: %2</source>
        <translation>--settings：%1 を読み取れませんでした：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--settings: %1 is not a usable settings export: %2</source>
        <translation>--settings：%1 は使用できる設定のエクスポートではありません：%2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>--tenant-url: &quot;%1&quot; is not an http(s) URL.</source>
        <translation>--tenant-url：「%1」は http(s) URL ではありません。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ASC_TENANT_ID must hold the Entra tenant id (a GUID).</source>
        <translation>ASC_TENANT_ID には Entra のテナント ID (GUID) を指定する必要があります。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+66"/>
        <source>The configured settings are not usable: %1</source>
        <translation>構成された設定は使用できません：%1</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Stopped by %1: what was done is committed; the reports still queued go out on the next run.</source>
        <extracomment>%1 is a signal, e.g. SIGTERM</extracomment>
        <translation>%1 で停止しました。処理済みの内容は確定しています。キューに残っているレポートは次回の実行で送信されます。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>import-settings needs FILE, a settings export (JSON).</source>
        <translation>import-settings にはファイル (設定のエクスポート、JSON) が必要です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み取れませんでした：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was not imported: %2</source>
        <translation>%1 はインポートされませんでした：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported the settings of %1.</source>
        <translation>%1 の設定をインポートしました。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>store-secret needs one of: mdm-password, client-secret, db-password --db URI (the secret itself is read from standard input).</source>
        <translation>store-secret には mdm-password、client-secret、db-password --db URI のいずれかが必要です (シークレット自体は標準入力から読み取ります)。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+30"/>
        <source>%1: standard input held no secret.</source>
        <translation>%1：標準入力にシークレットがありませんでした。</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+29"/>
        <source>Stored the %1 in the OS keychain (key &quot;%2&quot;).</source>
        <extracomment>%1 is &quot;MDM password&quot; or &quot;Entra client secret&quot;, %2 the keychain key</extracomment>
        <translation>%1 を OS のキーチェーンに保存しました (キー「%2」)。</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>store-secret db-password needs --db and the PostgreSQL connection URI of the store.</source>
        <translation>store-secret db-password には --db とストアの PostgreSQL 接続 URI が必要です。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Outbox: %1 waiting, %2 sent and unconfirmed, %3 confirmed, %4 failed.</source>
        <translation>送信トレイ：待機中 %1 件、送信済み・未確認 %2 件、確認済み %3 件、失敗 %4 件。</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%1: %n device(s) found in the store.</source>
        <translation>
            <numerusform>%1：ストアで %n 台のデバイスが見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--csv: no row of %1 names a device of the store; nothing was reported.</source>
        <translation>--csv：%1 のどの行もストアのデバイスを示していません。何も報告されませんでした。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>--dry-run is an option of sync only.</source>
        <translation>--dry-run は sync 専用のオプションです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--dry-run needs a folder to write the requests to.</source>
        <translation>--dry-run には要求を書き込むフォルダーが必要です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>report-now: &quot;%1&quot; is not a device id.</source>
        <translation>report-now：「%1」はデバイスIDではありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--csv is an option of report-now only.</source>
        <translation>--csv は report-now 専用のオプションです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>report-now needs at least one device id, or --csv FILE.</source>
        <translation>report-now には少なくとも 1 つのデバイスID、または --csv ファイル が必要です。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--batch-size: &quot;%1&quot; is not a whole number from 1 to 10000.</source>
        <translation>--batch-size：「%1」は 1～10000 の整数ではありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--timeout: &quot;%1&quot; is not a number of seconds.</source>
        <translation>--timeout：「%1」は秒数ではありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--request-timeout: &quot;%1&quot; is not a whole number of seconds from 1 to 3600.</source>
        <translation>--request-timeout：「%1」は 1～3600 の整数の秒数ではありません。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Not synced: %1 syncs this database, and sends its reports.</source>
        <translation>同期しませんでした：%1 がこのデータベースを同期し、レポートを送信しています。</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Synced %n device(s); %1 report(s) queued.</source>
        <translation>
            <numerusform>%n 台のデバイスを同期し、%1 件のレポートをキューに登録しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Device %1 was not reported: %2</source>
        <extracomment>%2 says why, in a sentence</extracomment>
        <translation>デバイス %1 は報告されませんでした：%2</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Dry run of %1 against the tenant %2: nothing was sent to Azure and nothing was written to the store.</source>
        <translation>%1 時点のテナント %2 に対するドライラン：Azure には何も送信せず、ストアにも何も書き込んでいません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devices pulled: %1; user principal names looked up in Entra: %2; devices whose user Entra does not know: %3.</source>
        <translation>取得したデバイス：%1、Entra で検索したユーザプリンシパル名：%2、ユーザが Entra に存在しないデバイス：%3。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requests written: %1, of which %2 DataUploadMessages carrying %3 device(s).</source>
        <translation>書き込んだ要求：%1 件 (うち DataUploadMessages %2 件、デバイス %3 台分)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The partner tenant is already provisioned: no PartnerTenants request.</source>
        <translation>パートナー テナントはプロビジョニング済みです。PartnerTenants の要求はありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The partner tenant is not provisioned yet: the first request provisions it.</source>
        <translation>パートナー テナントはまだプロビジョニングされていません。最初の要求でプロビジョニングします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A weekly report of every device is due as well; a real sync would queue it.</source>
        <translation>全デバイスの週次レポートの時期でもあります。実際の同期ではキューに登録されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No weekly report is due.</source>
        <translation>週次レポートの時期ではありません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The requests are in %1.</source>
        <translation>要求は %1 にあります。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Deprovisioning tells Azure (Intune) that this console no longer reports for the tenant %1: Intune stops taking compliance data from it, and the partner shows as deprovisioned. Devices keep the compliance state Azure last received until another partner reports them or Intune marks them. Reporting to Azure is switched off here, so nothing is sent again until it is switched back on.</source>
        <translation>プロビジョニングを解除すると、このコンソールがテナント %1 について報告しなくなったことが Azure (Intune) に通知されます。Intune はこのコンソールからのコンプライアンスデータを受け付けなくなり、パートナーはプロビジョニング解除済みと表示されます。デバイスは、別のパートナーが報告するか Intune がマークするまで、Azure が最後に受信したコンプライアンス状態を保持します。ここでは Azure へのレポート機能が無効になるため、再度有効にするまで何も送信されません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was done. Run deprovision again with --yes to do it.</source>
        <translation>何も実行していません。実行するには、--yes を付けて deprovision をもう一度実行してください。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The partner tenant %1 is deprovisioned and reporting to Azure is switched off.</source>
        <translation>パートナー テナント %1 のプロビジョニングを解除し、Azure へのレポート機能を無効にしました。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>status needs --json (the only output format).</source>
        <translation>status には --json が必要です (唯一の出力形式)。</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <location filename="../app/net/httptransport.cpp" line="+156"/>
        <source>%1: a URL must not hold a user name or password; credentials are never kept in the settings. Enter %2 and put the credentials in the API user and password fields.</source>
        <extracomment>%2 is the URL without its user name and password</extracomment>
        <translation>%1：URL にユーザー名やパスワードを含めることはできません。資格情報が設定に保存されることはありません。%2 を入力し、資格情報は API ユーザーとパスワードの欄に入力してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no URL is set for this endpoint; check the settings.</source>
        <translation>%1：このエンドポイントの URL が設定されていません。設定を確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;%2&quot; is not a valid absolute URL; check the settings.</source>
        <translation>%1：「%2」は有効な絶対 URL ではありません。設定を確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;%2&quot; is not an http(s) URL.</source>
        <translation>%1：「%2」は http(s) の URL ではありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: refused to use http:// with %2: credentials and reports leave this machine only over https. Use https://%2.</source>
        <extracomment>%2 is a host name. Only loopback (this machine) may use plain http.</extracomment>
        <translation>%1：%2 への http:// の使用を拒否しました。資格情報とレポートは https でのみこのマシンの外に送信されます。https://%2 を使ってください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CA certificates file %1: cannot be read: %2</source>
        <translation>CA 証明書ファイル %1：読み取れません：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CA certificates file %1: holds no PEM certificate (&quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation>CA 証明書ファイル %1：PEM 証明書 (&quot;-----BEGIN CERTIFICATE-----&quot;) が含まれていません。</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>%1: the server&apos;s answer (HTTP %3) is larger than %2, the most this console reads of an error answer; it was stopped there.</source>
        <extracomment>%2 is a size such as &quot;16 MiB&quot;</extracomment>
        <translation>%1：サーバーの応答 (HTTP %3) が %2 を超えています。これはこのコンソールがエラー応答から読み取る上限です。そこで打ち切りました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the server&apos;s answer is larger than %2, the most this console accepts from this endpoint; it was stopped there and not repeated.</source>
        <translation>%1：サーバーの応答が %2 を超えています。これはこのコンソールがこのエンドポイントから受け付ける上限です。そこで打ち切り、再試行しません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server redirected to a URL this console refuses: %1</source>
        <extracomment>%1 says which URL was refused and why</extracomment>
        <translation>サーバーがこのコンソールで拒否される URL にリダイレクトしました：%1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: the server asked to wait %2 seconds before retrying (HTTP %3), longer than the %4 seconds this console waits in one go; try again later.</source>
        <translation>%1：サーバーから再試行までに %2 秒待つよう要求されました (HTTP %3)。これは、このコンソールが一度に待機する %4 秒を超えています。後でもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>%1: the server answered HTTP %2.</source>
        <translation>%1：サーバーが HTTP %2 を返しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the server answered HTTP %2: %3</source>
        <translation>%1：サーバーが HTTP %2 を返しました：%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no response within %2 seconds.</source>
        <translation>%1：%2 秒以内に応答がありませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the connection to %2 was refused; is the service running?</source>
        <translation>%1：%2 への接続が拒否されました。サービスは実行中ですか？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the server closed the connection before answering.</source>
        <translation>%1：サーバーが応答する前に接続を閉じました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the TLS certificate of %2 was refused (%3), so nothing was sent. If the server uses a private certificate authority, set its CA certificate file in File → Settings.</source>
        <extracomment>%2 is host:port, %3 the TLS library&apos;s reasons</extracomment>
        <translation>%1：%2 の TLS 証明書を拒否しました (%3)。何も送信していません。サーバーがプライベート認証局を使っている場合は、[ファイル] → [設定] でその CA 証明書ファイルを設定してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the host %2 was not found.</source>
        <translation>%1：ホスト %2 が見つかりませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the request failed: %2</source>
        <translation>%1：要求が失敗しました：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>(gave up after %n attempt(s))</source>
        <translation>
            <numerusform>(%n 回試行した後に中止)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InitStoreCommand</name>
    <message>
        <location filename="../app/headless/initstorecommand.cpp" line="+39"/>
        <source>init-store: unexpected argument &quot;%1&quot;. Usage: init-store --db postgresql://ROLE@HOST:PORT/DATABASE</source>
        <translation>init-store：予期しない引数「%1」。使い方：init-store --db postgresql://ロール@ホスト:ポート/データベース</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>init-store needs --db and the PostgreSQL connection URI of the store, e.g. --db %1</source>
        <translation>init-store には --db とストアの PostgreSQL 接続 URI が必要です。例：--db %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The store in the PostgreSQL %1 is up to date (schema version %2).</source>
        <translation>PostgreSQL の %1 にあるストアは最新です (スキーマバージョン %2)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The store in the PostgreSQL %1 is now at schema version %2 (it was at %3).</source>
        <translation>PostgreSQL の %1 にあるストアはスキーマバージョン %2 になりました (以前は %3)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Roles created: %1.</source>
        <translation>作成したロール：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give each person a login that is a member of one role: %1 (reads everything, Report now), %2 (also changes policies) or %3 (the headless reporter: writes devices and the outbox), e.g. in psql: CREATE ROLE alice LOGIN IN ROLE %1;</source>
        <translation>各担当者に、1 つのロールのメンバーであるログインを与えてください：%1 (すべてを読み取り、今すぐ報告)、%2 (ポリシーも変更)、%3 (ウィンドウなしのレポーター：デバイスと送信トレイに書き込み)。psql での例：CREATE ROLE alice LOGIN IN ROLE %1;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The store was migrated, but the audit log could not be written: %1</source>
        <translation>ストアは移行されましたが、監査ログを書き込めませんでした：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note: %1 is a superuser, so the store&apos;s tables and functions now belong to a superuser. Prefer a database owner without superuser rights (README, Team deployment).</source>
        <translation>注意：%1 はスーパーユーザーのため、ストアのテーブルと関数はスーパーユーザーの所有になりました。スーパーユーザー権限のないデータベース所有者を使用してください (README の Team deployment)。</translation>
    </message>
</context>
<context>
    <name>InventoryClient</name>
    <message>
        <location filename="../app/net/recordreader.cpp" line="+17"/>
        <source>%1 skipped: the field &quot;%2&quot; %3</source>
        <translation>%1 をスキップしました：フィールド「%2」%3</translation>
    </message>
    <message>
        <location filename="../app/net/devicepageparser.cpp" line="+181"/>
        <location filename="../app/net/recordreader.cpp" line="+9"/>
        <source>is %1, not a string.</source>
        <translation>は%1であり、文字列ではありません。</translation>
    </message>
    <message>
        <location filename="../app/net/recordreader.cpp" line="+9"/>
        <source>is %1 KiB long; the limit is %2 KiB.</source>
        <translation>の長さが %1 KiB です。上限は %2 KiB です。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>is %1, not true or false.</source>
        <translation>は%1であり、true または false ではありません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is %1, not a time in milliseconds since 1970.</source>
        <translation>は%1であり、1970 年からのミリ秒単位の時刻ではありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is %1, not a plausible time in milliseconds since 1970.</source>
        <translation>は %1 であり、1970 年からのミリ秒単位の時刻として妥当ではありません。</translation>
    </message>
    <message>
        <location filename="../app/net/devicepageparser.cpp" line="-24"/>
        <location filename="../app/net/recordreader.cpp" line="+30"/>
        <source>is not valid: %1</source>
        <translation>が無効です：%1</translation>
    </message>
    <message>
        <location filename="../app/net/inventoryclient.cpp" line="+71"/>
        <source>MDM partitions (/api/v1/tenant/partition/device)</source>
        <translation>MDM パーティション (/api/v1/tenant/partition/device)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: a partition has no valid &quot;id&quot;.</source>
        <translation>%1：パーティションに有効な「id」がありません。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>MDM partitions (/api/v1/tenant/partition/device): no partition is marked defaultPartition; set the partition id in the settings.</source>
        <translation>MDM パーティション (/api/v1/tenant/partition/device)：defaultPartition としてマークされたパーティションがありません。設定でパーティション ID を指定してください。</translation>
    </message>
    <message>
        <location filename="../app/net/devicepageparser.cpp" line="-137"/>
        <location filename="../app/net/inventoryclient.cpp" line="+98"/>
        <location line="+14"/>
        <location line="+73"/>
        <source>MDM device list (/api/v1/device)</source>
        <translation>MDM デバイス一覧 (/api/v1/device)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: asked for the page at %2, the server sent the one at %3.</source>
        <translation>%1：位置 %2 のページを要求しましたが、サーバーは位置 %3 のページを送信しました。</translation>
    </message>
    <message>
        <location filename="../app/net/inventoryclient.cpp" line="-74"/>
        <source>%1: the settings changed during the pull; stopped after %2 devices.</source>
        <translation>%1：取得中に設定が変更されました。%2 台のデバイスで停止しました。</translation>
    </message>
    <message>
        <location filename="../app/net/devicepageparser.cpp" line="+7"/>
        <source>%1: totalCount is negative (%2).</source>
        <translation>%1：totalCount が負の値です (%2)。</translation>
    </message>
    <message>
        <location filename="../app/net/recordreader.cpp" line="-16"/>
        <source>is &quot;%1&quot;, neither milliseconds since 1970 nor an ISO 8601 time.</source>
        <translation>は「%1」であり、1970 年からのミリ秒でも ISO 8601 形式の時刻でもありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is %1, not a plausible time.</source>
        <translation>は %1 であり、妥当な時刻ではありません。</translation>
    </message>
    <message>
        <location filename="../app/net/inventoryclient.cpp" line="+89"/>
        <source>%1: the number of devices changed during the pull (from %2 to %3); stopped after %4 devices. Pull again for a consistent list.</source>
        <translation>%1：取得中にデバイス数が変わりました (%2 から %3)。%4 台のデバイスで停止しました。一貫した一覧を得るには、もう一度取得してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the page at %2 came back empty although totalCount is %3; stopped after %4 devices.</source>
        <translation>%1：totalCount は %3 ですが、位置 %2 のページが空でした。%4 台のデバイスで停止しました。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Device %1 (record %2) skipped: the id %1 is listed twice; the first record was kept.</source>
        <translation>デバイス %1 (レコード %2) をスキップしました：ID %1 が 2 回記載されています。最初のレコードを残しました。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Device %1: the field(s) %2 had bytes that are not UTF-8; they were replaced by U+FFFD and the device was imported.</source>
        <translation>デバイス %1：フィールド %2 に UTF-8 ではないバイトが含まれていました。U+FFFD に置き換えてデバイスをインポートしました。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: the pull was stopped after %2 devices.</source>
        <translation>%1：取得は %2 台のデバイスで停止されました。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>... and %1 more records skipped.</source>
        <translation>... ほかに %1 件のレコードをスキップしました。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>MDM device (/api/v1/device/%1)</source>
        <translation>MDM デバイス (/api/v1/device/%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the MDM has no device %2.</source>
        <translation>%1：MDM にデバイス %2 がありません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the response has no &quot;result&quot; object.</source>
        <translation>%1：応答に「result」オブジェクトがありません。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>MDM force check-in (/api/v1/device/forceCheckin)</source>
        <translation>MDM 強制チェックイン (/api/v1/device/forceCheckin)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: the MDM refused: %2</source>
        <translation>%1：MDM が拒否しました：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the MDM answered that the check-in failed.</source>
        <translation>%1：MDM からチェックインの失敗が返されました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the answer&apos;s &quot;result&quot; is neither 1, 0 nor a count.</source>
        <translation>%1：応答の「result」が 1、0、件数のいずれでもありません。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>MDM compliance policies (/api/v1/compliancepolicy)</source>
        <translation>MDM コンプライアンスポリシー (/api/v1/compliancepolicy)</translation>
    </message>
    <message>
        <location filename="../app/net/devicepageparser.cpp" line="+55"/>
        <source>Device record %1</source>
        <translation>デバイスレコード %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A device record</source>
        <translation>デバイスレコード</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 skipped: it is %2, not an object.</source>
        <translation>%1 をスキップしました：%2であり、オブジェクトではありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 skipped: the field &quot;id&quot; is missing.</source>
        <translation>%1 をスキップしました：フィールド「id」がありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 skipped: the field &quot;id&quot; is %2, not a positive whole number.</source>
        <translation>%1 をスキップしました：フィールド「id」は%2であり、正の整数ではありません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Device %1</source>
        <translation>デバイス %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>is &quot;%1&quot; while azureDeviceId is &quot;%2&quot;; the record names two Azure device ids.</source>
        <translation>は「%1」ですが、azureDeviceId は「%2」です。レコードに 2 つの Azure デバイスIDが指定されています。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+25"/>
        <location filename="../app/net/inventoryclient.cpp" line="+60"/>
        <source>is %1, not an array.</source>
        <translation>は%1であり、配列ではありません。</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+25"/>
        <source>has %1 entries; the limit is %2.</source>
        <translation>のエントリ数が %1 です。上限は %2 です。</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>is longer than %1 characters.</source>
        <translation>が %1 文字を超えています。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>is not a policy name.</source>
        <translation>はポリシー名ではありません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is %1, not a policy name or an object.</source>
        <translation>は%1であり、ポリシー名でもオブジェクトでもありません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is missing or not a positive whole number.</source>
        <translation>がないか、正の整数ではありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is missing.</source>
        <translation>がありません。</translation>
    </message>
    <message>
        <location filename="../app/net/inventoryclient.cpp" line="-23"/>
        <source>A compliance policy skipped: it is %1, not an object.</source>
        <translation>コンプライアンスポリシーを 1 件スキップしました：%1であり、オブジェクトではありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A compliance policy skipped: the field &quot;id&quot; is missing or not a positive whole number.</source>
        <translation>コンプライアンスポリシーを 1 件スキップしました：フィールド「id」がないか、正の整数ではありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compliance policy %1</source>
        <translation>コンプライアンスポリシー %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>names an unknown rule &quot;%1&quot;.</source>
        <translation>が不明なルール「%1」を指定しています。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>names an unknown action &quot;%1&quot;.</source>
        <translation>が不明なアクション「%1」を指定しています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a number of days.</source>
        <translation>が日数ではありません。</translation>
    </message>
</context>
<context>
    <name>InventorySync</name>
    <message numerus="yes">
        <location filename="../app/reporting/inventorysync.cpp" line="+284"/>
        <source>%n user(s) could not be looked up in Entra ID this sync; their devices are not reported until they are.</source>
        <translation>
            <numerusform>今回の同期では %n 人のユーザを Entra ID で検索できませんでした。検索できるまで、そのユーザのデバイスは報告されません。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Device %1: it violates the policy &quot;%2&quot;, which the console does not know; that violation is left out.</source>
        <translation>デバイス %1：コンソールが認識していないポリシー「%2」に違反しています。この違反は除外されます。</translation>
    </message>
</context>
<context>
    <name>JsonResponse</name>
    <message>
        <location filename="../app/net/jsonresponse.cpp" line="+22"/>
        <source>%1: the response is empty; a JSON object was expected.</source>
        <translation>%1：応答が空です。JSON オブジェクトが必要です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the response is not JSON (%2 at offset %3).</source>
        <translation>%1：応答が JSON ではありません (オフセット %3 で %2)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the response is JSON but not an object.</source>
        <translation>%1：応答は JSON ですが、オブジェクトではありません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <location line="+14"/>
        <location line="+14"/>
        <source>%1: the response has no &quot;%2&quot;.</source>
        <translation>%1：応答に「%2」がありません。</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>%1: &quot;%2&quot; in the response is %3, not an object.</source>
        <translation>%1：応答の「%2」は%3であり、オブジェクトではありません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: &quot;%2&quot; in the response is %3, not an array.</source>
        <translation>%1：応答の「%2」は%3であり、配列ではありません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: &quot;%2&quot; in the response is %3, not a string.</source>
        <translation>%1：応答の「%2」は%3であり、文字列ではありません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: &quot;%2&quot; in the response is %3, not a whole number.</source>
        <translation>%1：応答の「%2」は%3であり、整数ではありません。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boolean</source>
        <translation>ブール値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing</source>
        <translation>欠落</translation>
    </message>
</context>
<context>
    <name>LanguageSwitcher</name>
    <message>
        <location filename="../app/i18n/languageswitcher.cpp" line="+60"/>
        <source>Unknown language &quot;%1&quot;; available: %2.</source>
        <translation>不明な言語「%1」。使用可能な言語：%2。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The translation file %1 could not be loaded.</source>
        <translation>翻訳ファイル %1 を読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>LeaderInfo</name>
    <message>
        <location filename="../app/storage/syncleadership.cpp" line="+14"/>
        <source>nobody</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, process %2, since %3</source>
        <extracomment>%1 host name, %2 process id, %3 time the leadership began</extracomment>
        <translation>%1、プロセス %2、%3 から</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+118"/>
        <source>Syncing with the MDM</source>
        <translation>MDM と同期しています</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Report to Azure</source>
        <translation>Azure へのレポート</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reporting to Azure is on.</source>
        <translation>Azure へのレポート機能は有効です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting to Azure is off: nothing is sent, and Report Time says so.</source>
        <translation>Azure へのレポート機能は無効です。何も送信されず、レポート時刻にもその旨が表示されます。</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+46"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>This console is not connected to a tenant.</source>
        <translation>このコンソールはテナントに接続されていません。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Settings saved; the next sync uses %1.</source>
        <translation>設定を保存しました。次回の同期から %1 を使います。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings saved; the demo tenant is used from the next start.</source>
        <translation>設定を保存しました。次回の起動からデモテナントを使います。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings saved.</source>
        <translation>設定を保存しました。</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Azure Status Console</source>
        <translation>Azure Status Console</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Devices</source>
        <translation>デバイス(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports to &amp;Azure</source>
        <translation>Azure へのレポート(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Policies</source>
        <translation>ポリシー(&amp;I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export shown devices as CSV…</source>
        <translation>表示中のデバイスを CSV にエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload devices</source>
        <translation>デバイスを再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find device…</source>
        <translation>デバイスを検索(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Saved views</source>
        <translation>保存済みビュー(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Translator check…</source>
        <translation>翻訳チェック(&amp;T)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accented, longer, bracketed text: shows hard-coded strings and text cut off by its widget.</source>
        <translation>アクセント付きで長く、角かっこで囲んだテキスト：ハードコードされた文字列や、ウィジェットで切れたテキストがわかります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reports</source>
        <translation>レポート(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report selected devices &amp;now</source>
        <translation>選択したデバイスを今すぐ報告(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync with the MDM now</source>
        <translation>今すぐ MDM と同期(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the &amp;weekly report now</source>
        <translation>週次レポートを今すぐ送信(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report devices listed in a &amp;CSV file…</source>
        <translation>CSV ファイルに記載されたデバイスを報告(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report to &amp;Azure</source>
        <translation>Azure にレポート(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Azure Status Console</source>
        <translation>Azure Status Console について(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save current view…</source>
        <translation>現在のビューを保存…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete a saved view…</source>
        <translation>保存済みビューを削除…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln 台のデバイス</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %Ln device(s) shown</source>
        <translation>
            <numerusform>%Ln 台中 %1 台のデバイスを表示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%Ln device(s) queued for Azure.</source>
        <translation>
            <numerusform>%Ln 台のデバイスを Azure 向けのキューに登録しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln device(s) skipped: no Azure device ID (see their Azure Client Status Code).</source>
        <translation>
            <numerusform>%Ln 台のデバイスをスキップしました：Azure デバイスIDがありません (Azure クライアント ステータス コードを確認してください)。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+7"/>
        <source>Report devices listed in a CSV file</source>
        <translation>CSV ファイルに記載されたデバイスを報告</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV ファイル (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was reported.</source>
        <translation>何も報告されていません。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Not synced here: %1 syncs this database.</source>
        <extracomment>%1 names a host and a process; the list shows what that process stores</extracomment>
        <translation>ここでは同期していません：%1 がこのデータベースを同期しています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not synced here: nobody syncs this database now. A reporter login syncs it and sends its reports.</source>
        <translation>ここでは同期しません：現在このデータベースを同期しているプロセスはありません。レポーターのログインが同期し、レポートを送信します。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Synced %Ln device(s) from the MDM.</source>
        <translation>
            <numerusform>MDM から %Ln 台のデバイスを同期しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln report(s) queued.</source>
        <translation>
            <numerusform>%Ln 件のレポートをキューに登録しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the connection to the store was lost</source>
        <translation>ストアへの接続が切れました</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Live updates resumed: changes made meanwhile are shown.</source>
        <translation>ライブ更新を再開しました：その間の変更も表示されています。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Live updates paused: %1. Reconnecting…</source>
        <extracomment>%1 is the database&apos;s or the network&apos;s reason, as the server or libpq gives it</extracomment>
        <translation>ライブ更新を一時停止中：%1。再接続しています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes other consoles make are not shown until the connection to the store is back; then they all are.</source>
        <translation>他のコンソールでの変更は、ストアへの接続が戻るまで表示されません。接続が戻ると、すべて表示されます。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Sending to Azure: %Ln message(s) waiting</source>
        <translation>
            <numerusform>Azure に送信中：待機中のメッセージ %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+77"/>
        <source>Exported %Ln device(s) to %1</source>
        <translation>
            <numerusform>%Ln 台のデバイスを %1 にエクスポートしました</numerusform>
        </translation>
    </message>
    <message>
        <location line="-220"/>
        <source>Device %1 could not be read: %2</source>
        <translation>デバイス %1 を読み取れませんでした：%2</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Console views</source>
        <translation>コンソールのビュー</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Partner h&amp;ealth</source>
        <translation>パートナーの正常性(&amp;T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;udit log</source>
        <translation>監査ログ(&amp;U)</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Select the devices to report first.</source>
        <translation>先に報告するデバイスを選択してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Report now</source>
        <translation>今すぐ報告</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Weekly report</source>
        <translation>週次レポート</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Sync failed: %1</source>
        <translation>同期に失敗しました：%1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Azure: all reports confirmed</source>
        <translation>Azure：すべてのレポートが確認済み</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Devices could not be loaded</source>
        <translation>デバイスを読み込めませんでした</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device store %1 could not be read:
%2</source>
        <translation>デバイスストア %1 を読み取れませんでした：
%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 could not be opened for writing: %2</source>
        <translation>%1 を書き込み用に開けませんでした：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 を書き込めませんでした：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export shown devices</source>
        <translation>表示中のデバイスをエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+5"/>
        <source>Save view</source>
        <translation>ビューを保存</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Name of the view:</source>
        <translation>ビューの名前：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A saved view needs a name.</source>
        <translation>保存済みビューには名前が必要です。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete saved view</source>
        <translation>保存済みビューの削除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>View to delete:</source>
        <translation>削除するビュー：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved views ignored: %1</source>
        <translation>無視された保存済みビュー：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About Azure Status Console</source>
        <translation>Azure Status Console について</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Azure Status Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Device status reporting from Ivanti Neurons for MDM to Microsoft Intune and Entra.&lt;/p&gt;&lt;p&gt;Device store: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Azure Status Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Ivanti Neurons for MDM から Microsoft Intune および Entra へのデバイス状態の報告。&lt;/p&gt;&lt;p&gt;デバイスストア：%2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PartnerComplianceClient</name>
    <message>
        <location filename="../app/net/partnercomplianceclient.cpp" line="+80"/>
        <source>%1: no tenant id is set; check the settings.</source>
        <translation>%1：テナント ID が設定されていません。設定を確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the tenant id &quot;%2&quot; is not a GUID; check the settings.</source>
        <translation>%1：テナント ID「%2」は GUID ではありません。設定を確認してください。</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+284"/>
        <source>%1: the partner endpoints are not known: %2</source>
        <translation>%1：パートナーのエンドポイントが不明です：%2</translation>
    </message>
    <message>
        <location line="-250"/>
        <location line="+112"/>
        <source>Partner tenant sync (PartnerTenants)</source>
        <translation>パートナー テナント同期 (PartnerTenants)</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+111"/>
        <source>Partner tenant sync (PartnerTenantHeartbeat)</source>
        <translation>パートナー テナント同期 (PartnerTenantHeartbeat)</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+17"/>
        <location line="+96"/>
        <location line="+33"/>
        <location line="+52"/>
        <source>Partner device sync (DataUploadMessages)</source>
        <translation>パートナー デバイス同期 (DataUploadMessages)</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>%1: the service answered with HttpStatusCode %2: %3</source>
        <translation>%1：サービスが HttpStatusCode %2 で応答しました：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+144"/>
        <source>no detail</source>
        <translation>詳細なし</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>%1: the service reported an error: %2</source>
        <translation>%1：サービスがエラーを報告しました：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: asked for Provisioned %2, the service answered %3.</source>
        <translation>%1：Provisioned %2 を要求しましたが、サービスは %3 を返しました。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: ResyncTimestamp &quot;%2&quot; is not an ISO 8601 time.</source>
        <translation>%1：ResyncTimestamp「%2」は ISO 8601 形式の時刻ではありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: ResyncTimestamp is %2, not a time.</source>
        <translation>%1：ResyncTimestamp は%2であり、時刻ではありません。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1: the content to upload is not JSON (%2 at offset %3); nothing was sent.</source>
        <translation>%1：アップロードする内容が JSON ではありません (オフセット %3 で %2)。何も送信されていません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the content to upload is not a JSON array; nothing was sent.</source>
        <translation>%1：アップロードする内容が JSON 配列ではありません。何も送信されていません。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1: the service refused the message with ErrorCode %2: %3</source>
        <translation>%1：サービスが ErrorCode %2 でメッセージを拒否しました：%3</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: the service does not know the message %2.</source>
        <translation>%1：サービスはメッセージ %2 を認識していません。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: ErrorDetail in the response is %2, not a string.</source>
        <translation>%1：応答の ErrorDetail は%2であり、文字列ではありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the response has an empty Status.</source>
        <translation>%1：応答の Status が空です。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Graph partner health (complianceManagementPartners)</source>
        <translation>Graph パートナーの正常性 (complianceManagementPartners)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: &quot;%2&quot; in the response is %3, not an object.</source>
        <translation>%1：応答の「%2」は%3であり、オブジェクトではありません。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: &quot;%2.lastHeartbeatDateTime&quot; is not an ISO 8601 time.</source>
        <translation>%1：「%2.lastHeartbeatDateTime」は ISO 8601 形式の時刻ではありません。</translation>
    </message>
</context>
<context>
    <name>PartnerHealthPanel</name>
    <message>
        <location filename="../ui/partnerhealthpanel.cpp" line="+134"/>
        <source>Scope: %1</source>
        <extracomment>%1 is an OAuth scope URL, e.g. https://graph.microsoft.com/.default</extracomment>
        <translation>スコープ：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expires %1</source>
        <translation>有効期限：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cached; renewed after %1</source>
        <translation>キャッシュ済み。%1 以降に更新</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Graph lists no compliance partner for this tenant.</source>
        <translation>Graph にはこのテナントのコンプライアンスパートナーが登録されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unnamed partner</source>
        <translation>名前のないパートナー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: partner state %2</source>
        <extracomment>%2 is Graph&apos;s partnerState value (enabled, unresponsive, ...), shown verbatim.</extracomment>
        <translation>%1：パートナーの状態 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last heartbeat: %1</source>
        <translation>最終ハートビート：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iOS onboarded: %1; Android onboarded: %2</source>
        <translation>iOS オンボード済み：%1、Android オンボード済み：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last checked %1</source>
        <translation>最終確認：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked yet.</source>
        <translation>まだ確認していません。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This console pulls the inventory and sends the reports of this database.</source>
        <translation>このコンソールがインベントリを取得し、このデータベースのレポートを送信しています。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 pulls the inventory and sends the reports of this database. This console reads it, and its Report now goes out from there.</source>
        <extracomment>%1 names another computer or process, and since when</extracomment>
        <translation>%1 がインベントリを取得し、このデータベースのレポートを送信しています。このコンソールはデータベースを読み取り、「今すぐ報告」はそちらから送信されます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody syncs this database right now: this console takes over within seconds.</source>
        <translation>現在このデータベースを同期しているものはありません：このコンソールが数秒以内に引き継ぎます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Last answered: %1</source>
        <translation>最終応答：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure has not answered a heartbeat yet.</source>
        <translation>Azure はまだハートビートに応答していません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ResyncTimestamp: %1 (Azure asks for every device again)</source>
        <extracomment>ResyncTimestamp is the protocol&apos;s field name: keep it verbatim.</extracomment>
        <translation>ResyncTimestamp：%1 (Azure がすべてのデバイスを再度要求しています)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ResyncTimestamp: none</source>
        <extracomment>ResyncTimestamp is the protocol&apos;s field name: keep it verbatim.</extracomment>
        <translation>ResyncTimestamp：なし</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not checked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pending</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attention</source>
        <translation>要注意</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Check now</source>
        <translation>今すぐ確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token (Intune management)</source>
        <translation>アクセストークン (Intune 管理)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token (Microsoft Graph)</source>
        <translation>アクセストークン (Microsoft Graph)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint discovery</source>
        <translation>エンドポイントの検出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner state</source>
        <translation>パートナーの状態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heartbeat of this console</source>
        <extracomment>The PartnerTenantHeartbeat this console sends to Azure every hour.</extracomment>
        <translation>このコンソールのハートビート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync of this database</source>
        <extracomment>Which console or reporter syncs the shared database and sends its reports.</extracomment>
        <translation>このデータベースの同期</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <location filename="../app/storage/postgres/pgconnection.cpp" line="+34"/>
        <source>Could not connect to the PostgreSQL %1: out of memory</source>
        <translation>PostgreSQL の %1 に接続できませんでした：メモリ不足</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not connect to the PostgreSQL %1: %2</source>
        <translation>PostgreSQL の %1 に接続できませんでした：%2</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <location filename="../app/storage/postgres/pgreportoutbox.cpp" line="+198"/>
        <location line="+276"/>
        <location filename="../app/storage/postgres/pgtransaction.cpp" line="+24"/>
        <location line="+25"/>
        <source>the transaction was rolled back after an earlier error</source>
        <translation>前のエラーのためトランザクションはロールバックされました</translation>
    </message>
</context>
<context>
    <name>PgConnectionSettings</name>
    <message>
        <location filename="../app/storage/postgres/pgconnection.cpp" line="-85"/>
        <location filename="../app/storage/postgres/pgconnectionsettings.cpp" line="+199"/>
        <source>database %1 on %2:%3 as %4</source>
        <translation>データベース %1 (%2:%3、ロール %4)</translation>
    </message>
    <message>
        <location filename="../app/storage/postgres/pgconnectionsettings.cpp" line="-110"/>
        <source>The store address is not a PostgreSQL connection URI: it starts with postgresql://, e.g. %1.</source>
        <translation>ストアのアドレスが PostgreSQL 接続 URI ではありません。接続 URI は postgresql:// で始まります。例：%1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+15"/>
        <source>The PostgreSQL connection URI holds a password. Remove it from the URI: the password is kept in the OS keychain, or libpq reads it from PGPASSWORD or ~/.pgpass.</source>
        <translation>PostgreSQL 接続 URI にパスワードが含まれています。URI から削除してください。パスワードは OS のキーチェーンに保管するか、libpq が PGPASSWORD または ~/.pgpass から読み取ります。</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>out of memory</source>
        <translation>メモリ不足</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PostgreSQL connection URI cannot be read: %1</source>
        <translation>PostgreSQL 接続 URI を読み取れません：%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The PostgreSQL connection URI gives %1=%2, a path relative to the folder the program is started in. Give the full path of the file (or ~/ for your home folder).</source>
        <extracomment>%1 a libpq parameter (sslrootcert, sslcert…), %2 the path the URI gives</extracomment>
        <translation>PostgreSQL の接続 URI の %1=%2 は、プログラムを起動したフォルダーからの相対パスです。ファイルのフルパス（またはホームフォルダーを表す ~/）を指定してください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The PostgreSQL connection URI gives the port &quot;%1&quot;: a port is a number from 1 to 65535.</source>
        <translation>PostgreSQL 接続 URI のポートが「%1」です。ポートは 1 から 65535 までの数値です。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PostgreSQL connection URI gives sslmode=%1; libpq knows %2.</source>
        <translation>PostgreSQL 接続 URI の指定は sslmode=%1 です。libpq が認識するのは %2 です。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is reached over the network, so the connection must check the server&apos;s certificate and name: add sslmode=verify-full and sslrootcert=FILE (the CA certificate) to the PostgreSQL connection URI (sslmode is now %2).</source>
        <translation>%1 にはネットワーク経由で接続するため、サーバーの証明書と名前を検証する必要があります。PostgreSQL 接続 URI に sslmode=verify-full と sslrootcert=ファイル (CA 証明書) を追加してください (現在の sslmode は %2)。</translation>
    </message>
</context>
<context>
    <name>PgConnections</name>
    <message>
        <location filename="../app/storage/postgres/pgconnections.cpp" line="+33"/>
        <source>The PostgreSQL store %1 is not open.</source>
        <translation>PostgreSQL ストア %1 は開かれていません。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The connection to the PostgreSQL %1 was lost and is being opened again; the console goes on when the server answers.%2</source>
        <extracomment>%1 names the database, host, port and login; %2 why the last attempt failed, or nothing</extracomment>
        <translation>PostgreSQL の %1 への接続が切れたため、接続し直しています。サーバーが応答するとコンソールは続行します。%2</translation>
    </message>
</context>
<context>
    <name>PgCopyWriter</name>
    <message>
        <location filename="../app/storage/postgres/pgcopywriter.cpp" line="+189"/>
        <source>row %1 has %2 values for %3 columns</source>
        <translation>行 %1 の値は %2 個ですが、列は %3 個です</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no COPY in progress</source>
        <translation>実行中の COPY はありません</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>COPY into %1 failed: %2</source>
        <translation>%1 への COPY に失敗しました：%2</translation>
    </message>
</context>
<context>
    <name>PgDeviceWriter</name>
    <message>
        <location filename="../app/storage/postgres/pgdevicewriter.cpp" line="+248"/>
        <source>Could not write devices to the PostgreSQL %1: %2</source>
        <translation>PostgreSQL の %1 にデバイスを書き込めませんでした：%2</translation>
    </message>
</context>
<context>
    <name>PgLeadership</name>
    <message>
        <location filename="../app/storage/postgres/pgleadership.cpp" line="+29"/>
        <source>Could not ask for the sync lead in the PostgreSQL %1: %2</source>
        <translation>PostgreSQL の %1 で同期のリーダーを要求できませんでした：%2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not record the sync lead in the PostgreSQL %1: %2</source>
        <translation>PostgreSQL の %1 に同期のリーダーを記録できませんでした：%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not give up the sync lead in the PostgreSQL %1: %2</source>
        <translation>PostgreSQL の %1 で同期のリーダーを手放せませんでした：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not read the sync lead in the PostgreSQL %1: %2</source>
        <translation>PostgreSQL の %1 から同期のリーダーを読み取れませんでした：%2</translation>
    </message>
</context>
<context>
    <name>PgLogin</name>
    <message>
        <location filename="../app/storage/postgres/pglogin.cpp" line="+28"/>
        <source>The PostgreSQL %1 asks for a password, and none is in PGPASSWORD, ~/.pgpass or the OS keychain (%2). Store it with: %3</source>
        <extracomment>%1 names the database, host, port and login; %2 why the keychain gave nothing; %3 a command</extracomment>
        <translation>PostgreSQL の %1 がパスワードを要求していますが、PGPASSWORD、~/.pgpass、OS のキーチェーンのいずれにもありません (%2)。次のコマンドで保存してください：%3</translation>
    </message>
</context>
<context>
    <name>PgOutboxLeases</name>
    <message>
        <location filename="../app/storage/postgres/pgoutboxleases.cpp" line="+112"/>
        <source>Could not lease outbox messages in the PostgreSQL %1: %2</source>
        <translation>PostgreSQL の %1 で送信トレイのメッセージを確保できませんでした：%2</translation>
    </message>
</context>
<context>
    <name>PgSchema</name>
    <message>
        <location filename="../app/storage/postgres/pgschema.cpp" line="+366"/>
        <source>%1 may not read the store: it is a member of none of the roles %2. The database owner grants one to the login, e.g. GRANT %3 TO alice; (%4)</source>
        <translation>%1 はストアを読み取れません。ログインはロール %2 のいずれのメンバーでもありません。データベースの所有者がいずれかを付与します。例：GRANT %3 TO alice; (%4)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the database owner</source>
        <translation>データベースの所有者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database owner (%1) runs once: azure-status-console --headless init-store --db %2</source>
        <translation>データベースの所有者 (%1) が一度実行します：azure-status-console --headless init-store --db %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The PostgreSQL store (%1) was migrated by a newer version of this console (schema version %2; this version knows up to %3). Use a newer console.</source>
        <translation>PostgreSQL ストア (%1) はこのコンソールの新しいバージョンで移行されています (スキーマバージョン %2。このバージョンが対応するのは %3 まで)。新しいコンソールを使用してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PostgreSQL database (%1) holds no store yet. %2</source>
        <translation>PostgreSQL データベース (%1) にはまだストアがありません。%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PostgreSQL store (%1) is at schema version %2; this console needs version %3. %4</source>
        <translation>PostgreSQL ストア (%1) はスキーマバージョン %2 です。このコンソールにはバージョン %3 が必要です。%4</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 may not create the roles of the store (%2). A superuser runs once, in psql: CREATE ROLE %3 NOLOGIN; for each of %4; or gives the database owner CREATEROLE. Then: %5</source>
        <translation>%1 はストアのロールを作成できません (%2)。スーパーユーザーが psql で一度実行します：%4 のそれぞれについて CREATE ROLE %3 NOLOGIN; を実行するか、データベースの所有者に CREATEROLE を与えます。その後：%5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not create the role %1 in %2: %3</source>
        <translation>%2 にロール %1 を作成できませんでした：%3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 may not migrate the store: %2. %3</source>
        <translation>%1 はストアを移行できません：%2。%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not migrate the PostgreSQL store (%1) to schema version %2: %3</source>
        <translation>PostgreSQL ストア (%1) をスキーマバージョン %2 に移行できませんでした：%3</translation>
    </message>
</context>
<context>
    <name>PgStore</name>
    <message>
        <location filename="../app/storage/postgres/pgstore.cpp" line="+75"/>
        <source>Could not read the PostgreSQL store %1: %2</source>
        <translation>PostgreSQL ストア %1 を読み取れませんでした：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not read what %1 may do in the PostgreSQL store: %2</source>
        <translation>%1 が PostgreSQL ストアで何を行えるかを読み取れませんでした：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 may not read the PostgreSQL store. The database owner grants one of the roles %2.</source>
        <translation>%1 は PostgreSQL ストアを読み取れません。データベースの所有者がロール %2 のいずれかを付与します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a helpdesk login: it reads the store and asks for Report now; the reporter syncs and sends.</source>
        <extracomment>%1 names the database, host and login</extracomment>
        <translation>%1 はヘルプデスクのログインです：ストアを読み取り、今すぐ報告を依頼します。同期と送信はレポーターが行います。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 may only read the store.</source>
        <translation>%1 はストアの読み取りのみ可能です。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Could not read the sync lead in the PostgreSQL store %1: %2</source>
        <translation>PostgreSQL ストア %1 から同期のリーダーを読み取れませんでした：%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 may not ask for Report now: the database refused it (%2).</source>
        <translation>%1 は「今すぐ報告」を要求できません：データベースが拒否しました（%2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report now was not asked for in the PostgreSQL store %1: %2</source>
        <translation>PostgreSQL ストア %1 で「今すぐ報告」を要求できませんでした：%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not read the Report now requests of the PostgreSQL store %1: %2</source>
        <translation>PostgreSQL ストア %1 の「今すぐ報告」の要求を読み取れませんでした：%2</translation>
    </message>
</context>
<context>
    <name>Platforms</name>
    <message>
        <location filename="../models/device.cpp" line="+7"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <location filename="../ui/policyeditor.cpp" line="+294"/>
        <location line="+6"/>
        <location line="+13"/>
        <source>New policy</source>
        <translation>新しいポリシー</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Policies</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/policyform.cpp" line="+84"/>
        <source>Name:</source>
        <translation>名前：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule:</source>
        <translation>ルール：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actions, in order (the most restrictive one whose wait has elapsed applies):</source>
        <translation>アクション (順番どおり。待機期間が経過したもののうち最も制限の厳しいものが適用されます)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wait (days)</source>
        <translation>待機 (日)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+136"/>
        <source>Add action</source>
        <translation>アクションを追加</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="+2"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard changes</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save to MDM</source>
        <translation>MDM に保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview device id:</source>
        <translation>プレビューするデバイスの ID：</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/fleetimpactpanel.cpp" line="+65"/>
        <source>Fleet impact of the unsaved changes</source>
        <translation>未保存の変更によるフリートへの影響</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What Azure receives</source>
        <translation>Azure が受信する内容</translation>
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
        <translation>OS の最小バージョン：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 16.0</source>
        <translation>例：16.0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blocked app id:</source>
        <translation>ブロックするアプリの ID：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. com.example.game</source>
        <translation>例：com.example.game</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days without check-in:</source>
        <translation>チェックインのない日数：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 30</source>
        <translation>例：30</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parameter:</source>
        <translation>パラメーター：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This rule has no parameter.</source>
        <translation>このルールにはパラメーターがありません。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>now</source>
        <extracomment>Shown in the wait box when the action is taken at once (a wait of 0 days).</extracomment>
        <translation>今すぐ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Action %1</source>
        <extracomment>%1 is the step&apos;s number in the policy&apos;s list of actions.</extracomment>
        <translation>アクション %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait before action %1, in days</source>
        <extracomment>%1 is the step&apos;s number in the policy&apos;s list of actions.</extracomment>
        <translation>アクション %1 までの待機 (日)</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="+22"/>
        <source>Edit %1</source>
        <translation>%1 を編集</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/policyform.cpp" line="+70"/>
        <source>Remove action</source>
        <translation>アクションを削除</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move action</source>
        <translation>アクションを移動</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="+14"/>
        <source>Two policies have the id %1.</source>
        <translation>2 つのポリシーが同じ ID %1 を持っています。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>There is no device with id %1.</source>
        <translation>ID が %1 のデバイスはありません。</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor/fleetimpactpanel.cpp" line="+54"/>
        <source>Computing the fleet impact…</source>
        <translation>フリートへの影響を計算しています…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading the fleet for the impact…</source>
        <translation>影響を計算するためにフリートを読み込んでいます…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The fleet impact is not available: %1</source>
        <extracomment>%1 says why the devices could not be read from the store.</extracomment>
        <translation>フリートへの影響を表示できません：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>No device changes what Azure receives (%n device(s) evaluated).</source>
        <translation>
            <numerusform>Azure が受信する内容が変わるデバイスはありません (%n 台を評価)。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No unsaved changes.</source>
        <translation>未保存の変更はありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Compliant → Non-compliant: %n device(s)</source>
        <translation>
            <numerusform>コンプライアンス適合 → コンプライアンス違反：%n 台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Non-compliant → Compliant: %n device(s)</source>
        <translation>
            <numerusform>コンプライアンス違反 → コンプライアンス適合：%n 台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Removed from Azure (retired): %n device(s)</source>
        <translation>
            <numerusform>Azure から削除 (撤去)：%n 台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>No longer retired: %n device(s)</source>
        <translation>
            <numerusform>撤去の解除：%n 台</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list shows the first %1.</source>
        <translation>一覧には最初の %1 台を表示しています。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New or changed rule (%1): the MDM decides which devices violate it as they check in; the counts cover only the devices that violate it today.</source>
        <extracomment>%1: policy names. The fleet impact cannot foresee which devices violate a new or changed rule.</extracomment>
        <translation>新規または変更されたルール (%1)：このルールに違反するデバイスは、チェックイン時に MDM が判定します。件数は、現在このルールに違反しているデバイスのみを対象としています。</translation>
    </message>
    <message>
        <location filename="../ui/policyeditor.cpp" line="+27"/>
        <source>Unsaved policy changes</source>
        <translation>未保存のポリシーの変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The policies have unsaved changes. Save them to the MDM, discard them, or keep editing?</source>
        <translation>ポリシーに未保存の変更があります。MDM に保存しますか、破棄しますか、それとも編集を続けますか？</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saving to the MDM…</source>
        <translation>MDM に保存しています…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Saved %n policy(s); %1 queued for Azure.</source>
        <translation>
            <numerusform>%n 件のポリシーを保存しました。%1 を Azure への送信キューに追加しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n device report(s)</source>
        <translation>
            <numerusform>%n 件のデバイスレポート</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: %1</source>
        <translation>保存されませんでした：%1</translation>
    </message>
</context>
<context>
    <name>PolicyPreview</name>
    <message>
        <location filename="../models/policypreview.cpp" line="+11"/>
        <source>now</source>
        <extracomment>When an action of a policy is taken: at once.</extracomment>
        <translation>今すぐ</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>after %n day(s)</source>
        <translation>
            <numerusform>%n 日後</numerusform>
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
        <translation>適用中のアクション：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure receives:</source>
        <translation>Azure が受信する内容：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caused by:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation timeline</source>
        <translation>エスカレーションのタイムライン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upload payload (DataUploadMessages body)</source>
        <translation>アップロード ペイロード (DataUploadMessages の本文)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action in effect</source>
        <translation>適用中のアクション</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Azure receives</source>
        <translation>Azure が受信する内容</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a device to preview what Azure receives for it.</source>
        <translation>デバイスを選択すると、Azure が受信する内容をプレビューできます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview for %1 (id %2)</source>
        <extracomment>The preview&apos;s title: the device name and its MDM id.</extracomment>
        <translation>%1 のプレビュー (ID %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None (no violated rule has an action in effect)</source>
        <translation>なし (違反しているルールに適用中のアクションはありません)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No violated rule</source>
        <translation>違反しているルールはありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today</source>
        <translation>今日</translation>
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
        <translation>現在適用中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not sent: this device has no Azure Device Identifier (Azure Client Status Code: %1), so nothing is sent to Azure for it until it has one.</source>
        <translation>送信されません：このデバイスには Azure デバイス識別子がありません (Azure クライアント ステータス コード：%1)。識別子が得られるまで、Azure には何も送信されません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none reported</source>
        <translation>報告なし</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not sent: %1</source>
        <extracomment>%1 says why, in a sentence</extracomment>
        <translation>送信されません：%1</translation>
    </message>
</context>
<context>
    <name>PolicyService</name>
    <message>
        <location filename="../app/policy/policyservice.cpp" line="+44"/>
        <source>Read-only: the MDM user %1 has the helpdesk role. Helpdesk staff may read policies and use Report now; only a policy author may change policies.</source>
        <translation>読み取り専用：MDM ユーザ %1 はヘルプデスクの役割です。ヘルプデスクはポリシーの閲覧と「今すぐ報告」ができます。ポリシーを変更できるのはポリシー作成者だけです。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read-only: the console is offline, so policies cannot be written to the MDM.</source>
        <translation>読み取り専用：コンソールがオフラインのため、ポリシーを MDM に書き込めません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only: the MDM did not say what the user %1 may do: %2</source>
        <translation>読み取り専用：ユーザ %1 の権限を MDM が返しませんでした：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only until the MDM confirms that the user %1 is a policy author.</source>
        <translation>ユーザ %1 がポリシー作成者であることを MDM が確認するまで読み取り専用です。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>MDM account (/api/v1/account/me)</source>
        <translation>MDM アカウント (/api/v1/account/me)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the answer has no known role (&quot;%1&quot;).</source>
        <translation>応答に既知の役割がありません (「%1」)。</translation>
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
        <translation>今すぐ</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>after %n day(s)</source>
        <translation>
            <numerusform>%n 日後</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name: %1 → %2</source>
        <translation>名前：%1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule: %1 → %2</source>
        <translation>ルール：%1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actions: %1 → %2</source>
        <translation>アクション：%1 → %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A save is already running.</source>
        <translation>保存は既に実行中です。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The MDM has no default device space.</source>
        <translation>MDM に既定のデバイススペースがありません。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>MDM compliance policy %1 (/api/v1/compliancepolicy)</source>
        <translation>MDM コンプライアンスポリシー %1 (/api/v1/compliancepolicy)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created: %1; %2</source>
        <translation>作成：%1、%2</translation>
    </message>
</context>
<context>
    <name>ProcessHardening</name>
    <message>
        <location filename="../app/security/processhardening.cpp" line="+27"/>
        <source>core files could not be switched off (setrlimit RLIMIT_CORE: %1)</source>
        <translation>コアファイルを無効にできませんでした (setrlimit RLIMIT_CORE：%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>core files are still allowed after setrlimit RLIMIT_CORE</source>
        <translation>setrlimit RLIMIT_CORE の後もコアファイルが許可されたままです</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the process could not be made non-dumpable (prctl PR_SET_DUMPABLE: %1)</source>
        <translation>プロセスをダンプ不可にできませんでした (prctl PR_SET_DUMPABLE：%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the process is still dumpable after prctl PR_SET_DUMPABLE</source>
        <translation>prctl PR_SET_DUMPABLE の後もプロセスがダンプ可能なままです</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Process hardening incomplete: %1. Another program of the same user may be able to read this console&apos;s memory, which holds its secrets.</source>
        <extracomment>%1 lists what failed, separated by semicolons</extracomment>
        <translation>プロセスの保護が不完全です：%1。同じユーザーの別のプログラムが、シークレットを保持しているこのコンソールのメモリを読み取れる可能性があります。</translation>
    </message>
</context>
<context>
    <name>ReportDelivery</name>
    <message numerus="yes">
        <location filename="../app/reporting/reportdelivery.cpp" line="+134"/>
        <source>%1 Nothing is sent until the partner tenant is provisioned; the next try is in %n second(s), at most %2 tries a sync.</source>
        <translation>
            <numerusform>%1 パートナー テナントがプロビジョニングされるまで何も送信されません。次の試行は %n 秒後で、同期ごとに最大 %2 回試行します。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+155"/>
        <source>The status of the message could not be read %1 times in a row: %2</source>
        <translation>メッセージの状態を %1 回続けて読み取れませんでした：%2</translation>
    </message>
</context>
<context>
    <name>ReportListModel</name>
    <message>
        <location filename="../ui/reportlistmodel.cpp" line="+142"/>
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trigger</source>
        <translation>トリガー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devices</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>試行回数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next attempt</source>
        <translation>次回の試行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirmed</source>
        <extracomment>When Azure confirmed (or refused) the message.</extracomment>
        <translation>確認</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error</source>
        <extracomment>Column of the reports view: the last error of a queued message, the reason of a failed one.</extracomment>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message id</source>
        <translation>メッセージ ID</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Waiting to retry</source>
        <translation>再試行待ち</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queued</source>
        <translation>キュー登録済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Awaiting confirmation</source>
        <translation>確認待ち</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
</context>
<context>
    <name>ReportOutbox</name>
    <message>
        <location filename="../app/storage/postgres/pgreportoutbox.cpp" line="-348"/>
        <location filename="../app/storage/sqlite/sqlitereportoutbox.cpp" line="+58"/>
        <source>The batch size must be at least 1, not %1.</source>
        <translation>バッチサイズは 1 以上である必要があります (%1 は無効です)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/storage/sqlite/sqlitereportoutbox.cpp" line="+7"/>
        <source>Could not queue the reports in %1: %2</source>
        <translation>%1 でレポートをキューに登録できませんでした：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 may not queue reports: the reporter login queues and sends them. Nothing was queued. (%2)</source>
        <translation>%1 はレポートをキューに登録できません。レポートの登録と送信はレポーターのログインが行います。何も登録されていません。(%2)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Could not read the report outbox in %1: %2</source>
        <translation>%1 のレポートの送信トレイを読み取れませんでした：%2</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Could not record what happened to report %1 in %2: %3</source>
        <translation>レポート %1 の結果を %2 に記録できませんでした：%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 may not record what happened to report %2: the reporter login sends reports. Nothing was changed. (%3)</source>
        <translation>%1 はレポート %2 の結果を記録できません。レポートを送信するのはレポーターのログインです。何も変更されていません。(%3)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Another process may have report %1 now: this process&apos;s lease on it ran out (or it never claimed it), so it changed nothing. The report is sent again under the same message id.</source>
        <translation>レポート %1 は現在、別のプロセスが扱っている可能性があります。このプロセスの確保期間が切れた (または確保していない) ため、何も変更していません。レポートは同じメッセージ ID で再送されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another process (%1) has report %2 now: this process&apos;s lease on it ran out, so it changed nothing. That process sends it under the same message id.</source>
        <translation>レポート %2 は現在、別のプロセス (%1) が扱っています。このプロセスの確保期間が切れたため、何も変更していません。そのプロセスが同じメッセージ ID で送信します。</translation>
    </message>
    <message>
        <location filename="../app/storage/sqlite/sqlitereportoutbox.cpp" line="+55"/>
        <location line="+2"/>
        <source>device %1: %2</source>
        <translation>デバイス %1：%2</translation>
    </message>
    <message>
        <location filename="../app/storage/postgres/pgreportoutbox.cpp" line="-140"/>
        <location line="+124"/>
        <location filename="../app/storage/sqlite/sqlitereportoutbox.cpp" line="+64"/>
        <source>No report with message id %1.</source>
        <translation>メッセージ ID が %1 のレポートはありません。</translation>
    </message>
</context>
<context>
    <name>ReportPlanner</name>
    <message>
        <location filename="../app/reporting/reportplanner.cpp" line="+36"/>
        <source>Compliance state change</source>
        <translation>コンプライアンス状態変更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inventory change</source>
        <translation>インベントリ変更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy escalation</source>
        <translation>ポリシーのエスカレーション</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly report</source>
        <translation>週次レポート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report now</source>
        <translation>今すぐ報告</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>It has no Azure device identifier, so Azure cannot take a report of it.</source>
        <translation>Azure デバイス識別子がないため、Azure はこのデバイスのレポートを受け付けられません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Entra object id of its user %1 is not known yet: Microsoft Graph has not been asked, or could not answer. The next sync asks again.</source>
        <extracomment>%1 is the user&apos;s principal name, e.g. alice@contoso.com</extracomment>
        <translation>ユーザ %1 の Entra オブジェクト ID はまだわかりません。Microsoft Graph に問い合わせていないか、Graph が応答できませんでした。次回の同期で再度問い合わせます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entra ID has no user with the principal name %1, and Azure takes reports only for users it knows. Fix the user in the MDM or in Entra ID.</source>
        <translation>Entra ID にはプリンシパル名が %1 のユーザが存在せず、Azure は既知のユーザのレポートしか受け付けません。MDM または Entra ID でユーザを修正してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The MDM names no user for it, and Azure takes reports only for a device&apos;s user.</source>
        <translation>MDM にこのデバイスのユーザが指定されておらず、Azure はデバイスのユーザについてのレポートしか受け付けません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Entra object id of its user is not known.</source>
        <translation>ユーザの Entra オブジェクト ID が不明です。</translation>
    </message>
</context>
<context>
    <name>ReportTime</name>
    <message>
        <location filename="../models/reporttime.cpp" line="+19"/>
        <source>report failed</source>
        <translation>レポートの失敗</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Blank because reporting to Azure is disabled.</source>
        <translation>Azure へのレポート機能が無効なため空白です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blank because the data was received and the Microsoft API has not been called yet.</source>
        <translation>データを受信しましたが、Microsoft API をまだ呼び出していないため空白です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blank because of an error: %1.</source>
        <translation>エラーのため空白です：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blank because Entra ID has no user with this device&apos;s user principal name, so the device is not reported.</source>
        <translation>Entra ID にこのデバイスのユーザプリンシパル名のユーザが存在せず、デバイスが報告されないため空白です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blank because the MDM names no user for this device, so the device is not reported.</source>
        <translation>MDM にこのデバイスのユーザが指定されておらず、デバイスが報告されないため空白です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Blank because the Entra object id of this device&apos;s user is not known yet, so the device is not reported; the next sync looks it up.</source>
        <translation>このデバイスのユーザの Entra オブジェクト ID がまだわからず、デバイスが報告されないため空白です。次回の同期で検索します。</translation>
    </message>
</context>
<context>
    <name>ReportingEngine</name>
    <message>
        <location filename="../app/reporting/reportingengine.cpp" line="+53"/>
        <source>Azure asked for every device again (resync requested for %1): a full report is queued.</source>
        <translation>Azure がすべてのデバイスを再度要求しました (%1 の再同期を要求)。完全なレポートをキューに登録しました。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Nothing was sent to Azure: the audit log could not be written: %1</source>
        <translation>Azure には何も送信していません：監査ログに書き込めませんでした：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Azure deprovisioned the tenant, but reporting could not be switched off: %1</source>
        <translation>Azure はテナントのプロビジョニングを解除しましたが、レポート機能を無効にできませんでした：%1</translation>
    </message>
    <message>
        <location line="+166"/>
        <location line="+199"/>
        <source>Reporting to Azure is switched off in the settings.</source>
        <translation>Azure へのレポート機能は設定で無効になっています。</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>There is no device with id %1.</source>
        <translation>ID が %1 のデバイスはありません。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Report now was not queued: the audit log could not be written: %1</source>
        <translation>「今すぐ報告」はキューに登録されませんでした：監査ログに書き込めませんでした：%1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Report now requests could not be queued: %1</source>
        <translation>「今すぐ報告」の要求をキューに入れられませんでした：%1</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../ui/reportsview.cpp" line="+335"/>
        <source>Could not read the report outbox: %1</source>
        <translation>レポートの送信トレイを読み取れませんでした：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Queue (%Ln)</source>
        <extracomment>Tab of the reports view: messages waiting to be sent. %Ln: how many.</extracomment>
        <translation>
            <numerusform>キュー (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>In flight (%Ln)</source>
        <extracomment>Tab of the reports view: messages sent, waiting for Azure&apos;s confirmation.</extracomment>
        <translation>
            <numerusform>確認待ち (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>History (%Ln)</source>
        <extracomment>Tab of the reports view: completed and failed messages.</extracomment>
        <translation>
            <numerusform>履歴 (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Failures (%Ln)</source>
        <extracomment>Tab of the reports view: failed messages with the reason.</extracomment>
        <translation>
            <numerusform>失敗 (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to be sent, with the next attempt time and the last error</source>
        <translation>送信待ち。次回の試行日時と最後のエラーを表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent, waiting for Azure&apos;s confirmation</source>
        <translation>送信済み。Azure の確認待ち</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed and failed</source>
        <translation>完了および失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed, with the reason</source>
        <translation>失敗。理由を表示</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Showing the newest %1 of %2 messages.</source>
        <translation>%2 件中、最新の %1 件のメッセージを表示しています。</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>%1; next attempt %2</source>
        <translation>%1。次回の試行：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 since %2</source>
        <extracomment>A message waiting for Azure&apos;s confirmation: &quot;&lt;state&gt; since &lt;time it was sent&gt;&quot;.</extracomment>
        <translation>%2 から%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2</source>
        <translation>%2 に%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last error</source>
        <translation>最後のエラー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reason was given.</source>
        <translation>理由は示されていません。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None</source>
        <comment>last error</comment>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not read this message: %1</source>
        <translation>このメッセージを読み取れませんでした：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Devices: the first %1 of %2</source>
        <translation>デバイス：%2 台中、最初の %1 台</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Devices (%Ln)</source>
        <translation>
            <numerusform>デバイス (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Content: what Azure receives, indented</source>
        <translation>内容：Azure が受信する内容 (インデント付き)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The stored request body is not a JSON object (%1); shown as stored.</source>
        <translation>保存されている要求本文は JSON オブジェクトではありません (%1)。保存されたとおりに表示しています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Content is not a JSON array (%1); shown as stored.</source>
        <translation>内容は JSON 配列ではありません (%1)。保存されたとおりに表示しています。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a message to see its devices and what Azure receives.</source>
        <translation>メッセージを選択すると、そのデバイスと Azure が受信する内容が表示されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report messages</source>
        <translation>レポート メッセージ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message id</source>
        <translation>メッセージ ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant id</source>
        <translation>テナント ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload time</source>
        <translation>アップロード時刻</translation>
    </message>
</context>
<context>
    <name>SavedView</name>
    <message>
        <location filename="../models/savedview.cpp" line="+42"/>
        <source>A saved view has no name.</source>
        <translation>保存済みビューに名前がありません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved view &quot;%1&quot;: &quot;%2&quot; is not a valid filter.</source>
        <translation>保存済みビュー「%1」：「%2」は有効なフィルターではありません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved view &quot;%1&quot;: unknown sort column &quot;%2&quot;.</source>
        <translation>保存済みビュー「%1」：不明な並べ替え列「%2」。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved view &quot;%1&quot;: unknown column &quot;%2&quot;.</source>
        <translation>保存済みビュー「%1」：不明な列「%2」。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The saved views are not valid JSON (%1 at offset %2).</source>
        <translation>保存済みビューが有効な JSON ではありません (オフセット %2 で %1)。</translation>
    </message>
</context>
<context>
    <name>ScreenshotCatalog</name>
    <message>
        <location filename="../ui/screenshotcatalog.cpp" line="-106"/>
        <source>Devices</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Devices: a device with a client status problem</source>
        <translation>デバイス：クライアント ステータスに問題のあるデバイス</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reports to Azure: queue</source>
        <translation>Azure へのレポート：キュー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports to Azure: in flight</source>
        <translation>Azure へのレポート：確認待ち</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports to Azure: history</source>
        <translation>Azure へのレポート：履歴</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports to Azure: failures</source>
        <translation>Azure へのレポート：失敗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner health</source>
        <translation>パートナーの正常性</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Policies: editor, preview and fleet impact</source>
        <translation>ポリシー：エディター、プレビュー、フリートへの影響</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translator check</source>
        <translation>翻訳チェック</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Settings dialog</source>
        <translation>設定ダイアログ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Settings dialog, the store page</source>
        <translation>設定ダイアログ（ストアのページ）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Report devices listed in a CSV file</source>
        <translation>CSV ファイルに記載されたデバイスを報告</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A store that cannot be opened</source>
        <translation>開けないストア</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Devices: a device with a client status problem, dark palette</source>
        <translation>デバイス：クライアント ステータスに問題のあるデバイス、ダーク パレット</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Policies, dark palette</source>
        <translation>ポリシー、ダーク パレット</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partner health, dark palette</source>
        <translation>パートナーの正常性、ダーク パレット</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings dialog, dark palette</source>
        <translation>設定ダイアログ、ダーク パレット</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Devices: a device with a client status problem, high-contrast palette</source>
        <translation>デバイス：クライアント ステータスに問題のあるデバイス、ハイ コントラスト パレット</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Policies, high-contrast palette</source>
        <translation>ポリシー、ハイ コントラスト パレット</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partner health, high-contrast palette</source>
        <translation>パートナーの正常性、ハイ コントラスト パレット</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings dialog, high-contrast palette</source>
        <translation>設定ダイアログ、ハイ コントラスト パレット</translation>
    </message>
</context>
<context>
    <name>ScreenshotRunner</name>
    <message>
        <location filename="../ui/screenshotrunner.cpp" line="+28"/>
        <source>Unknown language &quot;%1&quot; in &quot;%2&quot;; available: %3.</source>
        <translation>「%2」の言語「%1」は不明です。使用可能：%3。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No language given in &quot;%1&quot;; available: %2.</source>
        <translation>「%1」に言語の指定がありません。使用可能：%2。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Azure Status Console: screenshots</source>
        <translation>Azure Status Console：スクリーンショット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure Status Console: every view in every language</source>
        <translation>Azure Status Console：すべての画面をすべての言語で</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not available in this run</source>
        <translation>この実行では利用できません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>every string fits</source>
        <translation>すべての文字列が収まっています</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Strings that do not fit: %n</source>
        <translation>
            <numerusform>収まらない文字列：%n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+15"/>
        <source>The folder %1 could not be created.</source>
        <translation>フォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The screenshot %1 could not be written.</source>
        <translation>スクリーンショット %1 を書き込めませんでした。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 を書き込めませんでした：%2</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../app/security/secretstore.cpp" line="+42"/>
        <source>MDM password</source>
        <translation>MDM のパスワード</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entra client secret</source>
        <translation>Entra クライアントシークレット</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL password</source>
        <translation>PostgreSQL パスワード</translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>The OS keychain did not answer within %n second(s) (key &quot;%1&quot;); is the keyring waiting to be unlocked?</source>
        <translation>
            <numerusform>OS のキーチェーンが %n 秒以内に応答しませんでした (キー「%1」)。キーリングのロック解除待ちではありませんか？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The OS keychain holds no secret &quot;%1&quot; (service &quot;%2&quot;); enter it in File → Settings.</source>
        <translation>OS のキーチェーンにシークレット「%1」(サービス「%2」) がありません。[ファイル] → [設定] で入力してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The OS keychain refused access to &quot;%1&quot;: %2. Unlock the keyring and try again.</source>
        <translation>OS のキーチェーンが「%1」へのアクセスを拒否しました：%2。キーリングのロックを解除して、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No secret service is reachable: the console keeps its passwords and client secrets only in the OS keychain (the Secret Service on D-Bus, e.g. gnome-keyring or KWallet) and never in plain text. Start and unlock a keyring in this session, then try again. (%1)</source>
        <extracomment>%1 is the error QtKeychain/libsecret reported. Secret Service, D-Bus, gnome-keyring and KWallet are product names.</extracomment>
        <translation>シークレットサービスに接続できません：コンソールはパスワードとクライアントシークレットを OS のキーチェーン (D-Bus 上の Secret Service、例：gnome-keyring や KWallet) にのみ保存し、平文では決して保存しません。このセッションでキーリングを起動してロックを解除してから、もう一度お試しください。(%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The OS keychain could not read the secret &quot;%1&quot;: %2</source>
        <translation>OS のキーチェーンがシークレット「%1」を読み取れませんでした：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The OS keychain could not store the secret &quot;%1&quot;: %2</source>
        <translation>OS のキーチェーンがシークレット「%1」を保存できませんでした：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The OS keychain could not delete the secret &quot;%1&quot;: %2</source>
        <translation>OS のキーチェーンがシークレット「%1」を削除できませんでした：%2</translation>
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
        <translation>MDM の URL：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API user:</source>
        <translation>API ユーザ：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password or API token:</source>
        <translation>パスワードまたは API トークン：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device space:</source>
        <translation>デバイススペース：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Entra app registration</source>
        <translation>Microsoft Entra のアプリ登録</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant id:</source>
        <translation>テナント ID：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client id:</source>
        <translation>クライアント ID：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret:</source>
        <translation>クライアントシークレット：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign-in and Graph</source>
        <translation>サインインと Graph</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entra login URL:</source>
        <translation>Entra のログイン URL：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Graph URL:</source>
        <translation>Microsoft Graph の URL：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner compliance endpoints</source>
        <translation>パートナーコンプライアンスのエンドポイント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant sync URL:</source>
        <translation>テナント同期 URL：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device sync URL:</source>
        <translation>デバイス同期 URL：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrollment URL:</source>
        <translation>登録 URL：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remediation URL:</source>
        <translation>修復 URL：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave empty to use the endpoints discovered through Microsoft Graph (shown greyed after a connection test). A URL typed here overrides discovery.</source>
        <translation>空のままにすると、Microsoft Graph で検出したエンドポイントを使います (接続テストの後に灰色で表示)。ここに入力した URL は検出結果より優先されます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reports to Azure</source>
        <translation>Azure へのレポート</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Devices per message:</source>
        <translation>メッセージあたりのデバイス数：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly report:</source>
        <translation>週次レポート：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At (local time):</source>
        <translation>時刻 (ローカル時刻)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+416"/>
        <location line="+21"/>
        <source>Disconnect from Azure</source>
        <translation>Azure からの切断</translation>
    </message>
    <message>
        <location line="-432"/>
        <source>Deprovisions the partner tenant in Intune and switches reporting off. Use it when this console stops reporting for the tenant.</source>
        <translation>Intune でパートナー テナントのプロビジョニングを解除し、レポート機能を無効にします。このコンソールでこのテナントの報告をやめるときに使います。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Transport security</source>
        <translation>通信のセキュリティ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CA certificates file (PEM):</source>
        <translation>CA 証明書ファイル (PEM)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every host but this machine is reached over https only. Certificates are checked against the system&apos;s certificate authorities and, if set, the ones in this file (for a private CA). A certificate that fails the check stops the connection.</source>
        <translation>このマシン以外のホストには https でのみ接続します。証明書はシステムの認証局と、設定されている場合はこのファイルの認証局 (プライベート CA 用) で検証します。検証に失敗した証明書では接続を中止します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User interface:</source>
        <translation>ユーザインターフェイス：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Device store</source>
        <translation>デバイスのストア</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File or PostgreSQL URI:</source>
        <translation>ファイルまたは PostgreSQL URI：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Used from the next start, unless --db names another store. A PostgreSQL store is shared by a team: postgresql://login@host:port/database?sslmode=verify-full, with sslrootcert=/path/ca.pem added for a private CA. Its password never goes in the URI: it comes from ~/.pgpass, PGPASSWORD or the OS keychain (azure-status-console --headless store-secret db-password --db URI).</source>
        <translation>次回の起動から使われます（--db で別のストアを指定した場合を除く）。PostgreSQL ストアはチームで共有します：postgresql://ログイン@ホスト:ポート/データベース?sslmode=verify-full。プライベート CA の場合は sslrootcert=/パス/ca.pem を加えます。パスワードは URI に含めません：~/.pgpass、PGPASSWORD、または OS のキーチェーン（azure-status-console --headless store-secret db-password --db URI）から取得します。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Connection test</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>stored in the OS keychain; type to replace</source>
        <translation>OS のキーチェーンに保存済み。置き換える場合は入力してください</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter the MDM URL and the Entra app registration to test a connection; the demo tenant needs no test.</source>
        <translation>接続をテストするには、MDM の URL と Entra のアプリ登録を入力してください。デモテナントにはテストは不要です。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Testing…</source>
        <translation>テスト中…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not tested: an earlier stage failed</source>
        <translation>未テスト：前の段階が失敗しました</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The settings are saved, but a secret of the previous MDM user or Entra app could not be removed from the keychain:
%1</source>
        <translation>設定は保存されましたが、以前の MDM ユーザまたは Entra アプリのシークレットをキーチェーンから削除できませんでした：
%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 を書き込めませんでした：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み取れませんでした：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was not imported: %2</source>
        <extracomment>%1 is the file, %2 names the field and what is wrong</extracomment>
        <translation>%1 はインポートされませんでした：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export settings</source>
        <translation>設定のエクスポート</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Settings (*.json)</source>
        <translation>設定 (*.json)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Import settings</source>
        <translation>設定のインポート</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CA certificates file</source>
        <translation>CA 証明書ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM 証明書 (*.pem *.crt *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opening the store…</source>
        <translation>ストアを開いています…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the demo tenant</source>
        <translation>デモテナント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disconnect this console from Azure for the tenant %1?</source>
        <translation>テナント %1 について、このコンソールを Azure から切断しますか？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure (Intune) is told that the partner tenant is deprovisioned: it stops taking compliance data from this console, and the partner shows as deprovisioned in Intune. Devices keep the compliance state Azure last received until another partner reports them. Reporting is switched off here, so nothing is sent again until you switch it back on. The request is written to the audit log.</source>
        <translation>パートナー テナントのプロビジョニング解除が Azure (Intune) に通知されます。Azure はこのコンソールからのコンプライアンスデータを受け付けなくなり、Intune ではパートナーがプロビジョニング解除済みと表示されます。デバイスは、別のパートナーが報告するまで、Azure が最後に受信したコンプライアンス状態を保持します。ここではレポート機能が無効になるため、再度有効にするまで何も送信されません。この要求は監査ログに記録されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disconnect</source>
        <translation>切断</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The partner tenant is deprovisioned and reporting to Azure is switched off.</source>
        <translation>パートナー テナントのプロビジョニングを解除し、Azure へのレポート機能を無効にしました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disconnect from Azure failed; nothing changed: %1</source>
        <translation>Azure からの切断に失敗しました。何も変更されていません：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings pages</source>
        <translation>設定のページ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tenant</source>
        <translation>テナント(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Endpoints</source>
        <translation>エンドポイント(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reporting</source>
        <translation>レポート(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Security and language</source>
        <translation>セキュリティと言語(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;ore</source>
        <translation>ストア(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: devices.sqlite in your data folder</source>
        <translation>空欄：データフォルダーの devices.sqlite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;heck the store</source>
        <translation>ストアを確認(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://your-tenant.mobileiron.com — empty: the demo tenant</source>
        <translation>https://your-tenant.mobileiron.com — 空欄：デモテナント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory (tenant) ID, a GUID</source>
        <translation>ディレクトリ (テナント) ID (GUID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application (client) ID, a GUID</source>
        <translation>アプリケーション (クライアント) ID (GUID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the default device space</source>
        <translation>既定のデバイススペース</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password and the client secret are stored only in the OS keychain, never in the settings file or in exports. Leave a field empty to keep the stored one.</source>
        <translation>パスワードとクライアントシークレットは OS のキーチェーンにのみ保存され、設定ファイルやエクスポートには決して保存されません。保存済みの値を使い続ける場合は欄を空のままにしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report device status to Azure</source>
        <translation>デバイスの状態を Azure にレポートする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7 days after the last one</source>
        <translation>前回の 7 日後</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every %1</source>
        <translation>毎週%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system&apos;s language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: the system&apos;s certificate authorities only</source>
        <translation>空欄：システムの認証局のみ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test &amp;connection</source>
        <translation>接続をテスト(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Disconnect from Azure…</source>
        <translation>Azure から切断(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: where Intune sends a user whose device is not enrolled</source>
        <translation>省略可：デバイスが登録されていないユーザの誘導先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: where Intune sends a user whose device is non-compliant</source>
        <translation>省略可：デバイスがコンプライアンスに違反しているユーザの誘導先</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1:</source>
        <comment>connection test stage label</comment>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>SettingsImport</name>
    <message>
        <location filename="../app/settings/settingsimport.cpp" line="+36"/>
        <source>%1: expected a string, found %2.</source>
        <translation>%1：文字列が必要ですが、%2 でした。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: longer than %2 characters.</source>
        <translation>%1：%2 文字を超えています。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: &quot;%2&quot; is not an absolute URL.</source>
        <translation>%1：「%2」は絶対 URL ではありません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: expected a whole number, found %2.</source>
        <translation>%1：整数が必要ですが、%2 でした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is not from %3 to %4.</source>
        <translation>%1：%2 は %3～%4 の範囲外です。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: expected an object, found %2.</source>
        <translation>%1：オブジェクトが必要ですが、%2 でした。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: secrets are never imported from a file; enter them in the Settings dialog (they go to the OS keychain).</source>
        <translation>%1：シークレットはファイルからインポートしません。[設定] ダイアログで入力してください (OS のキーチェーンに保存されます)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: unknown setting.</source>
        <translation>%1：不明な設定です。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The settings file is larger than %1 bytes; it is not a settings export.</source>
        <translation>設定ファイルが %1 バイトを超えています。設定のエクスポートではありません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The settings file is not JSON: %1 at offset %2.</source>
        <translation>設定ファイルは JSON ではありません：オフセット %2 で %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The settings file must hold one JSON object.</source>
        <translation>設定ファイルには JSON オブジェクトが 1 つ必要です。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>format: expected &quot;%1&quot;, found &quot;%2&quot;.</source>
        <translation>format：&quot;%1&quot; が必要ですが、&quot;%2&quot; でした。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>version: missing; expected %1.</source>
        <translation>version：ありません。%1 が必要です。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>reporting.weeklyTime: &quot;%1&quot; is not a time of day as HH:mm.</source>
        <translation>reporting.weeklyTime：「%1」は HH:mm 形式の時刻ではありません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>language: &quot;%1&quot; is not one of en, fr, ja, es.</source>
        <translation>language：「%1」は en、fr、ja、es のいずれでもありません。</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <location filename="../app/settings/settingsservice.cpp" line="+96"/>
        <source>%1: enter it.</source>
        <translation>%1：入力してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: enter it (the OS keychain holds none for this tenant yet).</source>
        <translation>%1：入力してください (このテナントのものはまだ OS のキーチェーンにありません)。</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>%1 does not exist yet: the console creates it at its next start.</source>
        <translation>%1 はまだ存在しません：コンソールが次回の起動時に作成します。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 opens: schema version %2, %3 devices.</source>
        <extracomment>%1 names the file or database; %2 the schema version; %3 the device count</extracomment>
        <translation>%1 を開けます：スキーマ バージョン %2、デバイス %3 台。</translation>
    </message>
</context>
<context>
    <name>ShortcutClashes</name>
    <message>
        <location filename="../ui/shortcutclashes.cpp" line="+38"/>
        <source>%1 is also &quot;%2&quot; (%3)</source>
        <extracomment>%1 is a key such as Alt+F, %2 another text of the window with the same key, %3 where it is.</extracomment>
        <translation>%1 は「%2」にも使われています (%3)</translation>
    </message>
</context>
<context>
    <name>SqliteLeaderLease</name>
    <message>
        <location filename="../app/storage/sqlite/sqliteleaderlease.cpp" line="+67"/>
        <location line="+44"/>
        <location line="+99"/>
        <source>The sync leadership of %1 cannot be read: %2</source>
        <translation>%1 を同期しているプロセスを読み取れません：%2</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+44"/>
        <location line="+11"/>
        <location line="+2"/>
        <source>The sync leadership of %1 cannot be written: %2</source>
        <translation>%1 を同期するプロセスを書き込めません：%2</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>The sync leadership of %1 cannot be renewed: %2</source>
        <translation>%1 の同期担当を更新できません：%2</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../app/storage/store.cpp" line="+8"/>
        <source>This store queues Report now directly.</source>
        <translation>このストアは「今すぐ報告」を直接キューに入れます。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nothing was written to %1: another process has taken over the sync of this store, and this one no longer leads it.</source>
        <translation>%1 には何も書き込まれませんでした：別のプロセスがこのストアの同期を引き継いだため、このプロセスはもう同期のリーダーではありません。</translation>
    </message>
</context>
<context>
    <name>StoreProblemDialog</name>
    <message>
        <location filename="../ui/storeproblemdialog.cpp" line="+55"/>
        <source>Open or create a device store</source>
        <translation>デバイスストアを開く、または作成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device store (*.sqlite);;All files (*)</source>
        <translation>デバイスストア (*.sqlite);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Azure Status Console</source>
        <translation>Azure Status Console</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device store cannot be opened</source>
        <translation>デバイスストアを開けません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File:</source>
        <extracomment>Label above the path of the database file</extracomment>
        <translation>ファイル：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason:</source>
        <extracomment>Label above the reason the database file cannot be opened</extracomment>
        <translation>理由：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has been changed. You can:
• Set the file aside and start a new store: the file is renamed next to itself, never deleted, so it can still be examined or restored. The new store is filled by the next sync from the MDM, and every device is reported to Azure again.
• Open or create another store file.
• Quit, and repair or restore the file yourself.</source>
        <translation>何も変更されていません。次の操作ができます：
• ファイルを退避して新しいストアを開始する：ファイルは同じ場所で名前が変更されるだけで削除されないため、後から調べたり復元したりできます。新しいストアは MDM からの次回の同期で満たされ、すべてのデバイスが Azure に再度報告されます。
• 別のストアファイルを開く、または作成する。
• 終了して、ファイルをご自身で修復または復元する。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set aside and start a new store</source>
        <translation>退避して新しいストアを開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another store file…</source>
        <translation>別のストアファイルを開く…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 no longer exists, so there is nothing to set aside.</source>
        <translation>%1 はもう存在しないため、退避するものはありません。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not rename %1 to %2: %3. Nothing was changed. Check that you may write to the folder %4, or open another store file.</source>
        <extracomment>%1 and %2 are file paths, %3 the system&apos;s reason, %4 a folder</extracomment>
        <translation>%1 の名前を %2 に変更できませんでした：%3。何も変更されていません。フォルダー %4 に書き込めることを確認するか、別のストアファイルを開いてください。</translation>
    </message>
</context>
<context>
    <name>SystemdCredentials</name>
    <message>
        <location filename="../app/security/systemdcredentials.cpp" line="+41"/>
        <source>The systemd credential %1 (%2) is missing from %3: give the service LoadCredentialEncrypted=%1:FILE or LoadCredential=%1:FILE.</source>
        <extracomment>%1 is the credential&apos;s name (mdm-password), %2 &quot;MDM password&quot; or &quot;Entra client secret&quot;, %3 a folder</extracomment>
        <translation>systemd の資格情報 %1 (%2) が %3 にありません。サービスに LoadCredentialEncrypted=%1:ファイル または LoadCredential=%1:ファイル を指定してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The systemd credential %1 (%2) in %3 could not be read: %4</source>
        <translation>%3 にある systemd の資格情報 %1 (%2) を読み取れませんでした：%4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The systemd credential %1 (%2) in %3 is larger than %4 bytes.</source>
        <translation>%3 にある systemd の資格情報 %1 (%2) が %4 バイトを超えています。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The systemd credential %1 (%2) in %3 is empty.</source>
        <translation>%3 にある systemd の資格情報 %1 (%2) は空です。</translation>
    </message>
</context>
<context>
    <name>TokenProvider</name>
    <message>
        <location filename="../app/net/tokenprovider.cpp" line="+51"/>
        <source>Token endpoint (%1)</source>
        <translation>トークンエンドポイント (%1)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: no tenant id is set; check the settings.</source>
        <translation>%1：テナント ID が設定されていません。設定を確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no client id is set; check the settings.</source>
        <translation>%1：クライアント ID が設定されていません。設定を確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no client secret is set; check the settings.</source>
        <translation>%1：クライアントシークレットが設定されていません。設定を確認してください。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1: the response has no access_token.</source>
        <translation>%1：応答に access_token がありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the token type is &quot;%2&quot;, not Bearer.</source>
        <translation>%1：トークンの種類が「%2」であり、Bearer ではありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the response has no expires_in.</source>
        <translation>%1：応答に expires_in がありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: expires_in is not a whole number of seconds.</source>
        <translation>%1：expires_in が秒単位の整数ではありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: expires_in is negative (%2).</source>
        <translation>%1：expires_in が負の値です (%2)。</translation>
    </message>
</context>
<context>
    <name>TranslationCatalog</name>
    <message>
        <location filename="../app/i18n/translationcatalog.cpp" line="+23"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み取れませんでした：%2</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1, line %2: %3</source>
        <translation>%1、%2 行目：%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a Qt Linguist file (no TS element).</source>
        <translation>%1 は Qt Linguist のファイルではありません (TS 要素がありません)。</translation>
    </message>
</context>
<context>
    <name>TranslationCheck</name>
    <message>
        <location filename="../app/i18n/translationcheck.cpp" line="+13"/>
        <source>Unfinished</source>
        <translation>未完了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol code altered</source>
        <translation>プロトコル コードの変更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placeholder mismatch</source>
        <translation>プレースホルダーの不一致</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whitespace mismatch</source>
        <translation>空白の不一致</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final punctuation mismatch</source>
        <translation>末尾の句読点の不一致</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does not fit its widget</source>
        <translation>ウィジェットに収まらない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Glyph missing from the font</source>
        <translation>フォントにグリフがない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortcut clash</source>
        <translation>ショートカットの重複</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>marked &quot;%1&quot; in the .ts file</source>
        <translation>.ts ファイルで「%1」とマーク</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 plural forms, %2 expected</source>
        <translation>複数形が %1 個 (%2 個が必要)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>form %1</source>
        <translation>形式 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty translation</source>
        <translation>翻訳が空</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 times in the source, %3 in the translation</source>
        <translation>%1：原文に %2 回、翻訳に %3 回</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>source has %1, translation has %2</source>
        <translation>原文は %1、翻訳は %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>source starts with %1 and ends with %2; translation starts with %3 and ends with %4</source>
        <translation>原文は %1 で始まり %2 で終わり、翻訳は %3 で始まり %4 で終わる</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>should end with %1</source>
        <translation>%1 で終わる必要あり</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ends with &quot;%1&quot; but the source has no final punctuation</source>
        <translation>「%1」で終わるが、原文に末尾の句読点はない</translation>
    </message>
</context>
<context>
    <name>TranslatorCheck</name>
    <message>
        <location filename="../ui/translatorcheck.cpp" line="+167"/>
        <source>%1 cannot draw %2</source>
        <translation>%1 では %2 を表示できません</translation>
    </message>
</context>
<context>
    <name>TranslatorCheckModel</name>
    <message>
        <location filename="../ui/translatorcheckmodel.cpp" line="+60"/>
        <source>not on screen</source>
        <translation>画面に表示なし</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Context</source>
        <translation>コンテキスト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source text</source>
        <translation>原文</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translation</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flags</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where in the source</source>
        <translation>ソース内の位置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown in</source>
        <translation>表示場所</translation>
    </message>
</context>
<context>
    <name>TranslatorCheckView</name>
    <message>
        <location filename="../ui/translatorcheckview.cpp" line="+171"/>
        <source>Translator check</source>
        <translation>翻訳チェック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by text, context or file</source>
        <translation>テキスト、コンテキスト、ファイルで絞り込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter strings</source>
        <translation>文字列を絞り込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strings</source>
        <translation>文字列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of the selected string</source>
        <translation>選択した文字列の詳細</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Measure again</source>
        <translation>再測定(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-read the translation and measure every view of the console in place.</source>
        <translation>翻訳を読み込み直し、コンソールのすべてのビューをその場で測定します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in the &amp;window</source>
        <translation>ウィンドウに表示(&amp;W)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>All strings</source>
        <translation>すべての文字列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strings with any flag</source>
        <translation>フラグ付きの文字列</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%Ln string(s), %1 on screen, %2 flagged, %3 shown.</source>
        <translation>
            <numerusform>%Ln 件の文字列、画面上 %1 件、フラグ付き %2 件、表示中 %3 件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Select a string to see its translation, what is wrong with it and where it is shown.</source>
        <translation>文字列を選択すると、翻訳、問題点、表示場所が表示されます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Context</source>
        <translation>コンテキスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source text</source>
        <translation>原文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note for translators</source>
        <translation>翻訳者へのメモ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disambiguation</source>
        <translation>区別用コメント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where in the source</source>
        <translation>ソース内の位置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flags</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <comment>no flags</comment>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shown in</source>
        <translation>表示場所</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not on screen in any view of the console now</source>
        <translation>現在、コンソールのどのビューにも表示されていません</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+204"/>
        <source>--demo-role must be author or helpdesk, not &quot;%1&quot;.</source>
        <translation>--demo-role には author または helpdesk を指定してください (「%1」は使えません)。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--demo-devices must be a number from 0 to 1000000, not &quot;%1&quot;.</source>
        <translation>--demo-devices には 0～1000000 の数値を指定してください (「%1」は無効です)。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>PostgreSQL store</source>
        <translation>PostgreSQL ストア</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The store that could not be opened was kept as %1; this new store fills with the next sync.</source>
        <translation>開けなかったストアは %1 として保存されています。この新しいストアは次回の同期で満たされます。</translation>
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
            <numerusform>ウィジェットに収まらないテキスト：%Ln 件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-171"/>
        <source>--demo-churn needs a count of 0 or more and --sync-interval at least 5 seconds.</source>
        <translation>--demo-churn には 0 以上の数を、--sync-interval には 5 秒以上を指定してください。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1

The console starts offline: you can browse the devices, but nothing is synced or reported until the database can be written and the console is started again.</source>
        <translation>%1

コンソールはオフラインで起動します。デバイスは閲覧できますが、データベースに書き込めるようになりコンソールを再起動するまで、同期も報告も行われません。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The configured tenant cannot be used:
%1

The console opens without a tenant; fix it in File → Settings.</source>
        <translation>構成されたテナントを使用できません：
%1

コンソールはテナントなしで開きます。[ファイル] → [設定] で修正してください。</translation>
    </message>
    <message numerus="yes">
        <location line="+103"/>
        <source>%Ln screenshot(s) and %1 written.</source>
        <translation>
            <numerusform>%Ln 件のスクリーンショットと %1 を書き込みました。</numerusform>
        </translation>
    </message>
</context>
</TS>
