<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="39"/>
        <source>Open critical findings</source>
        <translation>未解決の重大な検出結果</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="40"/>
        <source>Time to resolve critical (median h)</source>
        <translation>重大度「重大」の解決時間（中央値、時間）</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="41"/>
        <source>Time to resolve high (median h)</source>
        <translation>重大度「高」の解決時間（中央値、時間）</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="42"/>
        <source>AI acceptance rate</source>
        <translation>AI 提案の採用率</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="43"/>
        <source>AI error rate</source>
        <translation>AI エラー率</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="44"/>
        <source>AI sessions per hour</source>
        <translation>1 時間あたりの AI セッション数</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="45"/>
        <source>Tokens per accepted line</source>
        <translation>採用行あたりのトークン数</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="46"/>
        <source>On-policy models</source>
        <translation>ポリシー準拠モデル</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="47"/>
        <source>Commits per active day</source>
        <translation>稼働日あたりのコミット数</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/GuiMain.cpp" line="35"/>
        <source>Assay</source>
        <translation>Assay</translation>
    </message>
    <message>
        <location filename="../app/GuiMain.cpp" line="40"/>
        <source>Assay cannot start</source>
        <translation>Assay を起動できません</translation>
    </message>
    <message>
        <location filename="../app/GuiMain.cpp" line="41"/>
        <source>The data directory cannot be used: %1</source>
        <translation>データディレクトリを使用できません: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="45"/>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="47"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="48"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="54"/>
        <source>Queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="56"/>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="58"/>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="60"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="62"/>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="64"/>
        <source>Interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="74"/>
        <source>critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="75"/>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="75"/>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="75"/>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="79"/>
        <source>none open</source>
        <translation>未解決なし</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="179"/>
        <source>%1% · %2</source>
        <translation>%1% · %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="32"/>
        <source>Viewer — reads audits, scans and metrics</source>
        <translation>閲覧者 — 監査、スキャン、メトリクスを閲覧</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="33"/>
        <source>Analyst — also runs audits and scans</source>
        <translation>アナリスト — 監査とスキャンの実行も可能</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="34"/>
        <source>Administrator — also manages users and settings</source>
        <translation>管理者 — ユーザーと設定の管理も可能</translation>
    </message>
</context>
<context>
    <name>assay</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="39"/>
        <source>Usage: assay [OPTIONS] [COMMAND] [ARGS]

Offline code IP audits, document risk scans and engineering metrics.
Without a command, Assay opens the desktop app.

Commands:
  serve [--bind ADDR] [--port N] [--data-dir DIR]
                      run the HTTP + WebSocket API headless (team server)
  audit PATH|GIT_URL [--ref REF] [--format json|sarif|cyclonedx|spdx|html|pdf|csv|md]
                     [--output FILE] [--policy FILE] [--org-domain DOMAIN]... [--detectors LIST]
                      audit a folder or repository and write audit.json or a report
  scan [FILE|-] [--text TEXT] [--force-llm] [--format json|text]
                      find project risks in a document
  user add EMAIL --role admin|analyst|viewer
                      create a user (password read from stdin)
  user passwd EMAIL   change a user&apos;s password (read from stdin)
  token create NAME [--scopes ...] [--user EMAIL]
                      create a personal API token and print its secret once
  vulndb import FILE|DIR | vulndb status
                      import an OSV export (zip or folder of JSON) for offline matching
  metrics import FILE import AI-assistant session logs (JSONL or CSV)
  backup FILE         write an online backup (database and audit artefacts) to a .tar.gz
  restore FILE        replace the data directory&apos;s contents with a backup (Assay stopped)

Options:
  --data-dir DIR      data directory (default: $ASSAY_DATA_DIR, else the platform&apos;s app data folder)
  --bind ADDR         address the API listens on (default 127.0.0.1)
  --port N            port of the API (default 8470)
  -h, --help          show this help
  -v, --version       show the version

Exit codes: 0 success, 1 policy violation (block), 2 usage or input error, 3 runtime failure.</source>
        <translation>使い方: assay [OPTIONS] [COMMAND] [ARGS]

オフラインのコード IP 監査、文書リスクスキャン、エンジニアリングメトリクス。
コマンドを指定しない場合、Assay はデスクトップアプリを開きます。

コマンド:
  serve [--bind ADDR] [--port N] [--data-dir DIR]
                      HTTP + WebSocket API をヘッドレスで実行（チームサーバー）
  audit PATH|GIT_URL [--ref REF] [--format json|sarif|cyclonedx|spdx|html|pdf|csv|md]
                     [--output FILE] [--policy FILE] [--org-domain DOMAIN]... [--detectors LIST]
                      フォルダーまたはリポジトリを監査し、audit.json またはレポートを書き出す
  scan [FILE|-] [--text TEXT] [--force-llm] [--format json|text]
                      文書内のプロジェクトリスクを検出
  user add EMAIL --role admin|analyst|viewer
                      ユーザーを作成（パスワードは標準入力から読み取り）
  user passwd EMAIL   ユーザーのパスワードを変更（標準入力から読み取り）
  token create NAME [--scopes ...] [--user EMAIL]
                      個人用 API トークンを作成し、そのシークレットを一度だけ表示
  vulndb import FILE|DIR | vulndb status
                      OSV エクスポート（zip または JSON のフォルダー）をオフライン照合用にインポート
  metrics import FILE AI アシスタントのセッションログ（JSONL または CSV）をインポート
  backup FILE         オンラインバックアップ（データベースと監査成果物）を .tar.gz に書き出す
  restore FILE        データディレクトリの内容をバックアップで置き換える（Assay の停止中に実行）

オプション:
  --data-dir DIR      データディレクトリ（既定: $ASSAY_DATA_DIR、未設定ならプラットフォームのアプリデータフォルダー）
  --bind ADDR         API が待ち受けるアドレス（既定: 127.0.0.1）
  --port N            API のポート（既定: 8470）
  -h, --help          このヘルプを表示
  -v, --version       バージョンを表示

終了コード: 0 成功、1 ポリシー違反（ブロック）、2 使い方または入力のエラー、3 実行時の障害。</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="142"/>
        <source>assay: unknown command &apos;%1&apos;; see &apos;assay --help&apos;.</source>
        <translation>assay: 不明なコマンド &apos;%1&apos; です。&apos;assay --help&apos; を参照してください。</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="170"/>
        <source>assay %1: this command is not available in this build yet.</source>
        <translation>assay %1: このコマンドはこのビルドではまだ利用できません。</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="74"/>
        <source>&apos;%1&apos; is not an IP address; use e.g. 127.0.0.1 or 0.0.0.0.</source>
        <translation>&apos;%1&apos; は IP アドレスではありません。127.0.0.1 や 0.0.0.0 などを指定してください。</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="85"/>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port には 0 から 65535 までの数値を指定してください。</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="89"/>
        <source>give exactly one folder or git URL to audit.</source>
        <translation>監査するフォルダーまたは git URL を 1 つだけ指定してください。</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="94"/>
        <source>unknown format &apos;%1&apos;; use %2.</source>
        <translation>不明な形式 &apos;%1&apos; です。%2 のいずれかを指定してください。</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="130"/>
        <source>unknown detector &apos;%1&apos;; use %2.</source>
        <translation>不明な検出器 &apos;%1&apos; です。%2 のいずれかを指定してください。</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="174"/>
        <location filename="../app/AuditCommand.cpp" line="200"/>
        <source>cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <location filename="../app/ScanCommand.cpp" line="61"/>
        <source>unknown format &apos;%1&apos;; use json or text.</source>
        <translation>不明な形式 &apos;%1&apos; です。json または text を指定してください。</translation>
    </message>
    <message>
        <location filename="../app/ScanCommand.cpp" line="67"/>
        <source>give one file to scan, - for standard input, or --text TEXT.</source>
        <translation>スキャンするファイルを 1 つ、標準入力なら -、または --text TEXT を指定してください。</translation>
    </message>
    <message>
        <location filename="../app/ScanCommand.cpp" line="78"/>
        <source>cannot read standard input.</source>
        <translation>標準入力を読み取れません。</translation>
    </message>
    <message>
        <location filename="../app/ScanCommand.cpp" line="87"/>
        <source>%1 is not a file.</source>
        <translation>%1 はファイルではありません。</translation>
    </message>
    <message>
        <location filename="../app/ScanCommand.cpp" line="91"/>
        <source>cannot read %1: %2.</source>
        <translation>%1 を読み取れません: %2。</translation>
    </message>
    <message>
        <location filename="../app/VulnDbCommand.cpp" line="41"/>
        <source>use &apos;assay vulndb import FILE|DIR&apos; or &apos;assay vulndb status&apos;.</source>
        <translation>&apos;assay vulndb import FILE|DIR&apos; または &apos;assay vulndb status&apos; を使用してください。</translation>
    </message>
    <message>
        <location filename="../app/VulnDbCommand.cpp" line="45"/>
        <source>give the OSV export to import: a zip, a tar or a folder of JSON files.</source>
        <translation>インポートする OSV エクスポート（zip、tar、または JSON ファイルのフォルダー）を指定してください。</translation>
    </message>
</context>
<context>
    <name>assay::app</name>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="40"/>
        <location filename="../app/TokenCommand.cpp" line="34"/>
        <location filename="../app/UserCommand.cpp" line="82"/>
        <source>Data directory.</source>
        <translation>データディレクトリ。</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="42"/>
        <source>Input format: jsonl or csv (default: detected).</source>
        <translation>入力形式: jsonl または csv（既定: 自動検出）。</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="43"/>
        <source>Print the result as JSON.</source>
        <translation>結果を JSON で出力します。</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="44"/>
        <source>ISO date, date-time or days back.</source>
        <translation>ISO 形式の日付、日時、または遡る日数。</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="45"/>
        <source>ISO date or date-time.</source>
        <translation>ISO 形式の日付または日時。</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="46"/>
        <source>Repository name or slug.</source>
        <translation>リポジトリ名またはスラッグ。</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="47"/>
        <source>Largest lag tested (0-7).</source>
        <translation>検定する最大ラグ（0～7）。</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="48"/>
        <source>Usage: assay metrics import FILE|- [--format jsonl|csv] [--json] [--data-dir DIR]
       assay metrics kpis [--since S] [--until U] [--repo R]
       assay metrics insights [--since S] [--until U] [--lag-days N] [--repo R]</source>
        <translation>使い方: assay metrics import FILE|- [--format jsonl|csv] [--json] [--data-dir DIR]
        assay metrics kpis [--since S] [--until U] [--repo R]
        assay metrics insights [--since S] [--until U] [--lag-days N] [--repo R]</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="72"/>
        <source>assay metrics import: --format must be jsonl or csv.</source>
        <translation>assay metrics import: --format には jsonl または csv を指定してください。</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="80"/>
        <source>assay metrics import: cannot read %1.</source>
        <translation>assay metrics import: %1 を読み取れません。</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="95"/>
        <source>assay metrics: --lag-days must be a whole number from 0 to 7.</source>
        <translation>assay metrics: --lag-days には 0 から 7 までの整数を指定してください。</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="118"/>
        <source>Imported %1 sessions, %2 duplicates skipped, %3 lines rejected.</source>
        <translation>%1 件のセッションをインポートしました（重複 %2 件をスキップ、%3 行を却下）。</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="125"/>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="35"/>
        <source>Scopes, comma-separated or repeated.</source>
        <translation>スコープ（カンマ区切り、または繰り返し指定）。</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="36"/>
        <source>Owner&apos;s email.</source>
        <translation>所有者のメールアドレス。</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="37"/>
        <source>Lifetime in days.</source>
        <translation>有効期間（日数）。</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="44"/>
        <source>Usage: assay token create NAME [--scopes read:audits,write:audits ...] [--user EMAIL] [--expires-in-days N]
Scopes: %1</source>
        <translation>使い方: assay token create NAME [--scopes read:audits,write:audits ...] [--user EMAIL] [--expires-in-days N]
スコープ: %1</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="59"/>
        <source>assay token create: unknown scope &apos;%1&apos;; use %2.</source>
        <translation>assay token create: 不明なスコープ &apos;%1&apos; です。%2 のいずれかを指定してください。</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="69"/>
        <source>assay token create: --expires-in-days must be a positive number.</source>
        <translation>assay token create: --expires-in-days には正の数を指定してください。</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="88"/>
        <source>assay token create: no account with the email %1.</source>
        <translation>assay token create: メールアドレス %1 のアカウントはありません。</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="97"/>
        <source>assay token create: there is no user account yet; create one with &apos;assay user add&apos;.</source>
        <translation>assay token create: ユーザーアカウントがまだありません。&apos;assay user add&apos; で作成してください。</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="98"/>
        <source>assay token create: say whose token it is with --user EMAIL.</source>
        <translation>assay token create: --user EMAIL でトークンの所有者を指定してください。</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="106"/>
        <source>assay token create: %1</source>
        <translation>assay token create: %1</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="117"/>
        <source>API token &apos;%1&apos; (id %2) for %3, scopes: %4.
Copy it now: it is not shown again.</source>
        <translation>%3 の API トークン &apos;%1&apos;（ID %2）、スコープ: %4。
今すぐコピーしてください。再表示されません。</translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="59"/>
        <source>Password: </source>
        <translation>パスワード: </translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="64"/>
        <source>no password given on stdin.</source>
        <translation>標準入力でパスワードが渡されませんでした。</translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="68"/>
        <source>Repeat the password: </source>
        <translation>パスワードを再入力: </translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="71"/>
        <source>the passwords do not match.</source>
        <translation>パスワードが一致しません。</translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="83"/>
        <source>admin, analyst or viewer.</source>
        <translation>admin、analyst、または viewer。</translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="84"/>
        <source>Full name.</source>
        <translation>氏名。</translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="92"/>
        <source>Usage: assay user add EMAIL --role admin|analyst|viewer [--name NAME]
       assay user passwd EMAIL
The password is read from stdin.</source>
        <translation>使い方: assay user add EMAIL --role admin|analyst|viewer [--name NAME]
        assay user passwd EMAIL
パスワードは標準入力から読み取ります。</translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="102"/>
        <source>assay user add: --role must be admin, analyst or viewer.</source>
        <translation>assay user add: --role には admin、analyst、viewer のいずれかを指定してください。</translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="118"/>
        <source>assay user passwd: no account with the email %1.</source>
        <translation>assay user passwd: メールアドレス %1 のアカウントはありません。</translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="124"/>
        <location filename="../app/UserCommand.cpp" line="128"/>
        <source>assay user passwd: %1</source>
        <translation>assay user passwd: %1</translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="137"/>
        <source>Password of %1 changed; their sessions were signed out.</source>
        <translation>%1 のパスワードを変更しました。このユーザーのセッションはサインアウトされました。</translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="144"/>
        <location filename="../app/UserCommand.cpp" line="154"/>
        <source>assay user add: %1</source>
        <translation>assay user add: %1</translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="163"/>
        <source>Created %1 (%2).</source>
        <translation>%1（%2）を作成しました。</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="134"/>
        <location filename="../app/BackupCommand.cpp" line="148"/>
        <location filename="../app/BackupCommand.cpp" line="153"/>
        <location filename="../app/BackupCommand.cpp" line="158"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="139"/>
        <location filename="../app/BackupCommand.cpp" line="155"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="174"/>
        <source>give one backup file: &apos;assay %1 FILE [--data-dir DIR]&apos;.</source>
        <translation>バックアップファイルを 1 つ指定してください: &apos;assay %1 FILE [--data-dir DIR]&apos;。</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="190"/>
        <source>there is no Assay database in %1.</source>
        <translation>%1 に Assay のデータベースがありません。</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="195"/>
        <source>%1 is a folder; give the name of the backup file to write.</source>
        <translation>%1 はフォルダーです。書き出すバックアップファイルの名前を指定してください。</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="202"/>
        <location filename="../app/BackupCommand.cpp" line="316"/>
        <source>cannot write into %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="211"/>
        <source>cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="217"/>
        <location filename="../app/BackupCommand.cpp" line="222"/>
        <source>cannot copy the database: %1</source>
        <translation>データベースをコピーできません: %1</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="231"/>
        <source>the copy of the database cannot be read: %1</source>
        <translation>データベースのコピーを読み取れません: %1</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="261"/>
        <source>cannot write the manifest: %1</source>
        <translation>マニフェストを書き込めません: %1</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="274"/>
        <source>cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="280"/>
        <source>Backed up %1 audits and %2 artefact files (schema version %3) to %4 (%5 bytes).</source>
        <translation>%1 件の監査と %2 個の成果物ファイル（スキーマバージョン %3）を %4 にバックアップしました（%5 バイト）。</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="296"/>
        <source>there is no backup file %1.</source>
        <translation>バックアップファイル %1 はありません。</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="307"/>
        <source>Assay (process %1) is using %2; stop the server or close the desktop app, then restore.</source>
        <translation>Assay（プロセス %1）が %2 を使用中です。サーバーを停止するかデスクトップアプリを閉じてから復元してください。</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="324"/>
        <source>%1 is not a readable Assay backup: %2</source>
        <translation>%1 は読み取り可能な Assay バックアップではありません: %2</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="332"/>
        <source>%1 is not an Assay backup (made by &apos;assay backup&apos;).</source>
        <translation>%1 は（&apos;assay backup&apos; で作成された）Assay バックアップではありません。</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="344"/>
        <source>the database in %1 is damaged (%2); nothing was changed.</source>
        <translation>%1 内のデータベースが破損しています（%2）。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="353"/>
        <source>the backup is from a newer Assay (schema version %1; this version knows up to %2). Restore it with that version or a newer one; nothing was changed.</source>
        <translation>このバックアップは新しいバージョンの Assay で作成されています（スキーマバージョン %1。このバージョンが扱えるのは %2 まで）。そのバージョン以降で復元してください。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="373"/>
        <source>cannot create %1; nothing was changed.</source>
        <translation>%1 を作成できません。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="381"/>
        <source>cannot move %1 aside; nothing was changed.</source>
        <translation>%1 を退避できません。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="394"/>
        <source>cannot move the restored files into %1; nothing was changed.</source>
        <translation>復元したファイルを %1 に移動できません。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="400"/>
        <source>the restored database cannot be opened: %1</source>
        <translation>復元したデータベースを開けません: %1</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="405"/>
        <source>Restored %1 audits from %2 (made %3 by Assay %4).</source>
        <translation>%2 から %1 件の監査を復元しました（%3 に Assay %4 で作成）。</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="410"/>
        <source>Its schema was migrated from version %1 to %2.</source>
        <translation>スキーマをバージョン %1 から %2 に移行しました。</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="412"/>
        <source>The replaced data is kept in %1.</source>
        <translation>置き換えられたデータは %1 に保存されています。</translation>
    </message>
</context>
<context>
    <name>assay::ui</name>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="87"/>
        <source>AI sessions and commits per day</source>
        <translation>1 日あたりの AI セッション数とコミット数</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="87"/>
        <source>AI sessions/day, commits %1 d later</source>
        <translation>AI セッション数/日、%1 日後のコミット数</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="88"/>
        <source>per day</source>
        <translation>1 日あたり</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="95"/>
        <source>sessions</source>
        <translation>セッション</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="95"/>
        <source>commits</source>
        <translation>コミット</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="95"/>
        <source>commits (+%1 d)</source>
        <translation>コミット（+%1 日）</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="110"/>
        <source>Cost per day by model</source>
        <translation>モデル別の 1 日あたりのコスト</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="111"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="117"/>
        <source>cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="122"/>
        <source>New findings per day by severity</source>
        <translation>重大度別の 1 日あたりの新規検出結果</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="123"/>
        <source>findings</source>
        <translation>検出結果</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="133"/>
        <source>Tokens and error rate per day</source>
        <translation>1 日あたりのトークン数とエラー率</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="134"/>
        <location filename="../ui/models/MetricsChartData.cpp" line="137"/>
        <source>tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="135"/>
        <location filename="../ui/models/MetricsChartData.cpp" line="138"/>
        <source>error rate %</source>
        <translation>エラー率 %</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="149"/>
        <source>%1 anomaly: %2 (expected %3–%4)</source>
        <translation>%1 の異常値: %2（想定 %3～%4）</translation>
    </message>
</context>
<context>
    <name>assay::ui::AuditDetailView</name>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="39"/>
        <source>%1 line</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="39"/>
        <source>%1 lines</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="96"/>
        <source>← All audits</source>
        <translation>← すべての監査</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="100"/>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="102"/>
        <source>Export the report (Ctrl+E)</source>
        <translation>レポートをエクスポート (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="109"/>
        <source>Summary</source>
        <translation>サマリー</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="110"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="154"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="360"/>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="111"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="246"/>
        <source>Findings</source>
        <translation>検出結果</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="117"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="364"/>
        <source>Dependencies</source>
        <translation>依存関係</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="123"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="363"/>
        <source>Contributors</source>
        <translation>コントリビューター</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="138"/>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="139"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="140"/>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="149"/>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="150"/>
        <source>IP class</source>
        <translation>IP 区分</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="197"/>
        <source>All types</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="200"/>
        <source>All severities</source>
        <translation>すべての重大度</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="203"/>
        <source>All statuses</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="206"/>
        <source>Finding type</source>
        <translation>検出結果の種類</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="207"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="222"/>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="208"/>
        <source>Triage status</source>
        <translation>トリアージのステータス</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="209"/>
        <source>Acknowledge</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="210"/>
        <source>False positive</source>
        <translation>誤検知</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="211"/>
        <source>Resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="216"/>
        <source>Mark selected:</source>
        <translation>選択項目を次に設定:</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="232"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="233"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="234"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="242"/>
        <source>Evidence</source>
        <translation>根拠</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="242"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="261"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="278"/>
        <source>Triage</source>
        <translation>トリアージ</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="261"/>
        <source>Note (optional):</source>
        <translation>メモ（任意）:</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="290"/>
        <source>Audit not found</source>
        <translation>監査が見つかりません</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="323"/>
        <source>no fix yet</source>
        <translation>修正版なし</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="326"/>
        <source>direct</source>
        <translation>直接</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="326"/>
        <source>transitive</source>
        <translation>推移的</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="329"/>
        <source>Package</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="329"/>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="329"/>
        <source>Ecosystem</source>
        <translation>エコシステム</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="329"/>
        <source>Scope</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="329"/>
        <source>Relation</source>
        <translation>関係</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="329"/>
        <source>Manifest</source>
        <translation>マニフェスト</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="330"/>
        <source>Vulnerabilities</source>
        <translation>脆弱性</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="338"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="338"/>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="338"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="362"/>
        <source>Commits</source>
        <translation>コミット数</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="338"/>
        <source>Lines added</source>
        <translation>追加行数</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="338"/>
        <source>Lines removed</source>
        <translation>削除行数</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="338"/>
        <source>First commit</source>
        <translation>最初のコミット</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="339"/>
        <source>Last commit</source>
        <translation>最後のコミット</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="339"/>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="355"/>
        <source>Results appear here when the audit has completed.</source>
        <translation>監査が完了すると、ここに結果が表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="359"/>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="361"/>
        <source>Lines of code</source>
        <translation>コード行数</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="365"/>
        <source>Secrets</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="373"/>
        <source>Intellectual-property composition</source>
        <translation>知的財産の構成</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="374"/>
        <source>Foreground (your organisation)</source>
        <translation>フォアグラウンド（自組織）</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="375"/>
        <source>Third party (open source, vendored)</source>
        <translation>サードパーティ（オープンソース、同梱）</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="375"/>
        <source>Background (brought in)</source>
        <translation>バックグラウンド（持ち込み）</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="376"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="386"/>
        <source>Licenses</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="394"/>
        <source>No license found</source>
        <translation>ライセンスが見つかりません</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="395"/>
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="407"/>
        <source>Policy</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="407"/>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="407"/>
        <source>Violated</source>
        <translation>違反</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="411"/>
        <source>Since the previous audit</source>
        <translation>前回の監査からの変化</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="412"/>
        <source>%1 new findings, %2 resolved; %3 files added, %4 removed.</source>
        <translation>新規検出結果 %1 件、解決 %2 件。ファイル追加 %3 件、削除 %4 件。</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="423"/>
        <source>IP class: %1</source>
        <translation>IP 区分: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="425"/>
        <source>License: %1</source>
        <translation>ライセンス: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="441"/>
        <source>(no preview for this file)</source>
        <translation>（このファイルのプレビューはありません）</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="472"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="501"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="506"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="476"/>
        <source>PDF report for people (*.pdf)</source>
        <translation>閲覧用 PDF レポート (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="477"/>
        <source>HTML report, one self-contained file (*.html)</source>
        <translation>HTML レポート、自己完結型の単一ファイル (*.html)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="478"/>
        <source>Audit document, audit.json (*.json)</source>
        <translation>監査ドキュメント、audit.json (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="479"/>
        <source>SARIF 2.1.0 for code-scanning tools (*.sarif)</source>
        <translation>コードスキャンツール向け SARIF 2.1.0 (*.sarif)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="480"/>
        <source>CycloneDX 1.5 SBOM (*.json)</source>
        <translation>CycloneDX 1.5 SBOM (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="481"/>
        <source>SPDX 2.3 SBOM (*.json)</source>
        <translation>SPDX 2.3 SBOM (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="482"/>
        <source>CSV, one row per file (*.csv)</source>
        <translation>CSV、ファイルごとに 1 行 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="483"/>
        <source>Markdown IP contribution table (*.md)</source>
        <translation>Markdown の IP 貢献表 (*.md)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="488"/>
        <source>Export report</source>
        <translation>レポートのエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="506"/>
        <source>The report cannot be written to %1.</source>
        <translation>レポートを %1 に書き込めません。</translation>
    </message>
</context>
<context>
    <name>assay::ui::AuditsPage</name>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="121"/>
        <location filename="../ui/pages/AuditsPage.cpp" line="228"/>
        <source>Audits</source>
        <translation>監査</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="125"/>
        <source>New audit…</source>
        <translation>新しい監査…</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="127"/>
        <source>Audit a folder, a git repository or an archive (Ctrl+N)</source>
        <translation>フォルダー、git リポジトリ、またはアーカイブを監査 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="133"/>
        <source>Search repositories (Ctrl+F)</source>
        <translation>リポジトリを検索 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="135"/>
        <source>Search audits</source>
        <translation>監査を検索</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="137"/>
        <source>Status filter</source>
        <translation>ステータスフィルター</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="138"/>
        <source>All statuses</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="141"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="142"/>
        <source>Re-run</source>
        <translation>再実行</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="143"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="144"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="162"/>
        <source>Repository</source>
        <translation>リポジトリ</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="173"/>
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="174"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="192"/>
        <source>Started</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="200"/>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="205"/>
        <source>Files</source>
        <translation>ファイル数</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="214"/>
        <source>Open findings</source>
        <translation>未解決の検出結果</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="242"/>
        <source>No audits yet. Click “New audit…”, or drop a folder or an archive on this window.</source>
        <translation>監査はまだありません。「新しい監査…」をクリックするか、フォルダーまたはアーカイブをこのウィンドウにドロップしてください。</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="299"/>
        <source>The audits cannot be read: %1</source>
        <translation>監査を読み込めません: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="358"/>
        <location filename="../ui/pages/AuditsPage.cpp" line="397"/>
        <source>The audit cannot start</source>
        <translation>監査を開始できません</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="371"/>
        <source>Cancel audit</source>
        <translation>監査のキャンセル</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="385"/>
        <source>Re-run audit</source>
        <translation>監査の再実行</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="386"/>
        <source>An uploaded archive cannot be re-run; audit it again from the file.</source>
        <translation>アップロードされたアーカイブは再実行できません。ファイルから改めて監査してください。</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="409"/>
        <source>Delete audits</source>
        <translation>監査の削除</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/AuditsPage.cpp" line="410"/>
        <source>Delete %n audit(s) with their findings and files? This cannot be undone.</source>
        <translation>
            <numerusform>%n 件の監査を、その検出結果とファイルとともに削除しますか？この操作は元に戻せません。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="415"/>
        <source>Delete audit</source>
        <translation>監査の削除</translation>
    </message>
</context>
<context>
    <name>assay::ui::DashboardPage</name>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="71"/>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="74"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="77"/>
        <source>Your team at a glance: what was audited and found, and how the work is going.</source>
        <translation>チームの状況を一目で確認: 何を監査し何が検出されたか、作業の進み具合。</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="109"/>
        <source>Open findings by severity</source>
        <translation>重大度別の未解決の検出結果</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="114"/>
        <source>IP composition of the last audit</source>
        <translation>直近の監査の IP 構成</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="119"/>
        <source>Repository</source>
        <translation>リポジトリ</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="119"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="119"/>
        <source>Files</source>
        <translation>ファイル数</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="119"/>
        <source>Finished</source>
        <translation>終了日時</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="126"/>
        <source>Recent audits</source>
        <translation>最近の監査</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="180"/>
        <source>Cannot compute the dashboard: %1</source>
        <translation>ダッシュボードを計算できません: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="256"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="263"/>
        <source>target %1 %2 %3</source>
        <translation>目標 %1 %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="283"/>
        <source>Open findings</source>
        <translation>未解決の検出結果</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="334"/>
        <source>No completed audit yet</source>
        <translation>完了した監査はまだありません</translation>
    </message>
</context>
<context>
    <name>assay::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="195"/>
        <location filename="../ui/MainWindow.cpp" line="196"/>
        <location filename="../ui/MainWindow.cpp" line="299"/>
        <location filename="../ui/MainWindow.cpp" line="325"/>
        <source>Assay</source>
        <translation>Assay</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="197"/>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="198"/>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="67"/>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="69"/>
        <source>Audits</source>
        <translation>監査</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="71"/>
        <source>Risk scans</source>
        <translation>リスクスキャン</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="73"/>
        <source>Metrics</source>
        <translation>メトリクス</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="75"/>
        <source>Sharing</source>
        <translation>共有</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="77"/>
        <source>API tokens</source>
        <translation>API トークン</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="79"/>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="81"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="206"/>
        <source>&amp;New audit…</source>
        <translation>新しい監査(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="207"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="208"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="209"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="210"/>
        <source>&amp;About Assay</source>
        <translation>Assay について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="174"/>
        <source>About Assay</source>
        <translation>Assay について</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="175"/>
        <source>&lt;h3&gt;Assay %1&lt;/h3&gt;&lt;p&gt;Offline code IP audits, document risk scans and engineering metrics.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Assay %1&lt;/h3&gt;&lt;p&gt;オフラインのコード IP 監査、文書リスクスキャン、エンジニアリングメトリクス。&lt;/p&gt;&lt;p&gt;GNU General Public License バージョン 3 以降の下でライセンスされています。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="213"/>
        <source>Show Assay</source>
        <translation>Assay を表示</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="214"/>
        <location filename="../ui/MainWindow.cpp" line="353"/>
        <source>Stop sharing</source>
        <translation>共有を停止</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="215"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="296"/>
        <source>The audit of %1 has completed.</source>
        <translation>%1 の監査が完了しました。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="297"/>
        <source>The audit of %1 was cancelled.</source>
        <translation>%1 の監査はキャンセルされました。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="298"/>
        <source>The audit of %1 has failed.</source>
        <translation>%1 の監査は失敗しました。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="338"/>
        <source>Assay is sharing its API at %1</source>
        <translation>Assay は %1 で API を共有しています</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="393"/>
        <source>The API server could not start</source>
        <translation>API サーバーを起動できませんでした</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="394"/>
        <source>%1

Assay works without it, but scripts and teammates cannot reach this app until it runs.</source>
        <translation>%1

Assay はサーバーなしでも動作しますが、サーバーが起動するまでスクリプトやチームメンバーはこのアプリにアクセスできません。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="398"/>
        <source>Use port %1</source>
        <translation>ポート %1 を使用</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="399"/>
        <source>Choose a port…</source>
        <translation>ポートを選択…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="400"/>
        <source>Continue without the server</source>
        <translation>サーバーなしで続行</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="407"/>
        <source>Choose a port</source>
        <translation>ポートの選択</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="407"/>
        <source>Port for the Assay API:</source>
        <translation>Assay API のポート:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="423"/>
        <source>● API running at %1</source>
        <translation>● API は %1 で実行中</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="427"/>
        <source>○ API stopped</source>
        <translation>○ API 停止中</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="431"/>
        <source>○ API not running: %1</source>
        <translation>○ API は実行されていません: %1</translation>
    </message>
</context>
<context>
    <name>assay::ui::MetricsPage</name>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="50"/>
        <source>Metrics</source>
        <translation>メトリクス</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="55"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="58"/>
        <source>All data</source>
        <translation>すべてのデータ</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="59"/>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="60"/>
        <source>Last 90 days</source>
        <translation>過去 90 日間</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="61"/>
        <source>Last 365 days</source>
        <translation>過去 365 日間</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="64"/>
        <source>Commit lag (days)</source>
        <translation>コミットのラグ（日）</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="69"/>
        <source>Commit lag in days</source>
        <translation>コミットのラグ（日数）</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="73"/>
        <source>Repository (all)</source>
        <translation>リポジトリ（すべて）</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="74"/>
        <source>Repository filter</source>
        <translation>リポジトリフィルター</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="77"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="101"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="102"/>
        <source>Export the chart&apos;s data as CSV</source>
        <translation>グラフのデータを CSV でエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="103"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="104"/>
        <source>Export the chart as a PNG image</source>
        <translation>グラフを PNG 画像としてエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="123"/>
        <source>Key indicators and insights</source>
        <translation>主要指標とインサイト</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="192"/>
        <source>Computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="202"/>
        <source>Cannot compute the metrics: %1</source>
        <translation>メトリクスを計算できません: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="238"/>
        <source>No data yet: import AI-assistant session logs (assay metrics import FILE) and run audits.</source>
        <translation>データはまだありません。AI アシスタントのセッションログをインポートし（assay metrics import FILE）、監査を実行してください。</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="239"/>
        <source>%1 sessions, %2 requests over %3 days; %4 anomalies.</source>
        <translation>%3 日間で %1 セッション、%2 リクエスト。異常値 %4 件。</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="259"/>
        <source>no data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="274"/>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="276"/>
        <source>Nothing stands out: every indicator with data is within its target.</source>
        <translation>特に目立つ点はありません。データのある指標はすべて目標の範囲内です。</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="327"/>
        <source>anomalies</source>
        <translation>異常値</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="365"/>
        <location filename="../ui/pages/MetricsPage.cpp" line="376"/>
        <source>There is no chart %1.</source>
        <translation>グラフ %1 はありません。</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="369"/>
        <location filename="../ui/pages/MetricsPage.cpp" line="379"/>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="388"/>
        <source>Export chart image</source>
        <translation>グラフ画像のエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="388"/>
        <source>Export chart data</source>
        <translation>グラフデータのエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="389"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="389"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="393"/>
        <source>Exported %1.</source>
        <translation>%1 をエクスポートしました。</translation>
    </message>
</context>
<context>
    <name>assay::ui::NewAuditDialog</name>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="32"/>
        <source>New audit</source>
        <translation>新しい監査</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="35"/>
        <source>Choose what to audit. Nothing leaves this computer; git repositories are cloned into Assay&apos;s data folder.</source>
        <translation>監査する対象を選択してください。データがこのコンピューターの外に出ることはありません。git リポジトリは Assay のデータフォルダーにクローンされます。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="47"/>
        <source>&amp;Folder on this computer</source>
        <translation>このコンピューター上のフォルダー(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="49"/>
        <source>/path/to/project</source>
        <translation>/path/to/project</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="50"/>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="51"/>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="62"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="52"/>
        <source>&amp;Git repository</source>
        <translation>Git リポジトリ(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="54"/>
        <source>https://host/org/repo.git</source>
        <translation>https://host/org/repo.git</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="55"/>
        <source>Git URL</source>
        <translation>Git URL</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="57"/>
        <source>branch, tag or commit (optional)</source>
        <translation>ブランチ、タグ、またはコミット（任意）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="58"/>
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="59"/>
        <source>&amp;Archive (zip, tar.gz, tar.xz)</source>
        <translation>アーカイブ（zip、tar.gz、tar.xz）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="61"/>
        <source>Archive</source>
        <translation>アーカイブ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="64"/>
        <source>example.com, example.org</source>
        <translation>example.com, example.org</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="65"/>
        <source>Organisation e-mail domains</source>
        <translation>組織のメールドメイン</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="72"/>
        <source>Ref:</source>
        <translation>Ref:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="75"/>
        <source>Your organisation&apos;s e-mail domains:</source>
        <translation>自組織のメールドメイン:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="83"/>
        <source>Start audit</source>
        <translation>監査を開始</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="88"/>
        <source>Folder to audit</source>
        <translation>監査するフォルダー</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="94"/>
        <source>Archive to audit</source>
        <translation>監査するアーカイブ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="94"/>
        <source>Archives (*.zip *.tar.gz *.tgz *.tar.xz *.txz *.tar)</source>
        <translation>アーカイブ (*.zip *.tar.gz *.tgz *.tar.xz *.txz *.tar)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="131"/>
        <source>Choose a folder to audit.</source>
        <translation>監査するフォルダーを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="133"/>
        <source>This folder does not exist.</source>
        <translation>このフォルダーは存在しません。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="135"/>
        <source>This is a file, not a folder.</source>
        <translation>これはフォルダーではなくファイルです。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="137"/>
        <source>Assay cannot read this folder (permission denied).</source>
        <translation>Assay はこのフォルダーを読み取れません（アクセスが拒否されました）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="140"/>
        <source>Enter a git URL (https://, ssh://, git@host:…, or file://).</source>
        <translation>git URL を入力してください（https://、ssh://、git@host:…、または file://）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="144"/>
        <source>Choose a zip, tar.gz or tar.xz archive.</source>
        <translation>zip、tar.gz、または tar.xz のアーカイブを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="146"/>
        <source>Assay reads zip, tar.gz and tar.xz archives.</source>
        <translation>Assay が読み取れるのは zip、tar.gz、tar.xz のアーカイブです。</translation>
    </message>
</context>
<context>
    <name>assay::ui::RiskScansPage</name>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="87"/>
        <source>Not a risk</source>
        <translation>リスクではない</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="121"/>
        <source>Financial</source>
        <translation>財務</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="122"/>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="123"/>
        <source>Technical</source>
        <translation>技術</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="124"/>
        <source>Legal</source>
        <translation>法務</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="125"/>
        <source>Operational</source>
        <translation>運用</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="126"/>
        <source>Compliance</source>
        <translation>コンプライアンス</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="127"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="160"/>
        <source>Risk scans</source>
        <translation>リスクスキャン</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="163"/>
        <source>Paste text or open a contract, proposal or plan and see its project risks. The local model works offline; correct a risk&apos;s categories to teach it.</source>
        <translation>テキストを貼り付けるか、契約書・提案書・計画書を開いて、プロジェクトのリスクを確認します。ローカルモデルはオフラインで動作します。リスクのカテゴリーを修正すると、モデルがそれを学習します。</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="179"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="184"/>
        <source>Past scans</source>
        <translation>過去のスキャン</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="188"/>
        <location filename="../ui/pages/RiskScansPage.cpp" line="728"/>
        <source>Delete scan</source>
        <translation>スキャンの削除</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="198"/>
        <source>Open document…</source>
        <translation>文書を開く…</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="200"/>
        <source>Text, Markdown, CSV, JSON, HTML, PDF or Word (.docx) — or drop a file here (Ctrl+O)</source>
        <translation>テキスト、Markdown、CSV、JSON、HTML、PDF、Word (.docx) — またはここにファイルをドロップ (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="201"/>
        <location filename="../ui/pages/RiskScansPage.cpp" line="551"/>
        <location filename="../ui/pages/RiskScansPage.cpp" line="699"/>
        <source>Pasted text</source>
        <translation>貼り付けたテキスト</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="203"/>
        <source>Use the LLM</source>
        <translation>LLM を使用</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="211"/>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="213"/>
        <source>Scan</source>
        <translation>スキャン</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="215"/>
        <source>Find the risks in this text (Ctrl+Return)</source>
        <translation>このテキストのリスクを検出 (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="224"/>
        <source>Text to scan</source>
        <translation>スキャンするテキスト</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="225"/>
        <source>Paste a contract, proposal, project plan or status report here, or open a document, then press Scan (Ctrl+Return).</source>
        <translation>契約書、提案書、プロジェクト計画書、状況報告書をここに貼り付けるか文書を開いて、「スキャン」を押してください (Ctrl+Return)。</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="233"/>
        <location filename="../ui/pages/RiskScansPage.cpp" line="510"/>
        <source>No scan yet.</source>
        <translation>まだスキャンしていません。</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="239"/>
        <source>Risks found</source>
        <translation>検出されたリスク</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="261"/>
        <source>Categories:</source>
        <translation>カテゴリー:</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="262"/>
        <source>Check the categories this risk really has; uncheck all if it is not a risk.</source>
        <translation>このリスクに実際に当てはまるカテゴリーにチェックを入れてください。リスクでない場合はすべてのチェックを外してください。</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="278"/>
        <location filename="../ui/pages/RiskScansPage.cpp" line="631"/>
        <location filename="../ui/pages/RiskScansPage.cpp" line="648"/>
        <source>Save correction</source>
        <translation>修正を保存</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="387"/>
        <source>Ask the configured LLM (%1) instead of the local model; the text leaves this computer.</source>
        <translation>ローカルモデルの代わりに、設定済みの LLM（%1）に問い合わせます。テキストはこのコンピューターの外に送信されます。</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="411"/>
        <source>Open a document to scan</source>
        <translation>スキャンする文書を開く</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="412"/>
        <source>Documents (*.txt *.md *.markdown *.csv *.tsv *.json *.html *.htm *.pdf *.docx);;All files (*)</source>
        <translation>文書 (*.txt *.md *.markdown *.csv *.tsv *.json *.html *.htm *.pdf *.docx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="422"/>
        <source>Cannot open %1: %2.</source>
        <translation>%1 を開けません: %2。</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="427"/>
        <source>%1 is %2 MB; documents up to %3 MB can be scanned.</source>
        <translation>%1 のサイズは %2 MB です。スキャンできる文書は %3 MB までです。</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="454"/>
        <source>Document: %1</source>
        <translation>文書: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="457"/>
        <source>Press Scan (Ctrl+Return) to find the risks in %1.</source>
        <translation>「スキャン」(Ctrl+Return) を押すと %1 のリスクを検出します。</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="471"/>
        <source>Edited text</source>
        <translation>編集したテキスト</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="491"/>
        <source>Nothing to scan: paste some text or open a document first.</source>
        <translation>スキャンする内容がありません。先にテキストを貼り付けるか、文書を開いてください。</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="499"/>
        <source>Asking the LLM…</source>
        <translation>LLM に問い合わせ中…</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="499"/>
        <source>Scanning…</source>
        <translation>スキャン中…</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="550"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="552"/>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="552"/>
        <source>local model</source>
        <translation>ローカルモデル</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="554"/>
        <source>No risks found in this text.</source>
        <translation>このテキストにリスクは見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="555"/>
        <source>1 risk found. Select it to see its sentence in the text.</source>
        <translation>リスクが 1 件見つかりました。選択するとテキスト内の該当する文が表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="556"/>
        <source>%1 risks found. Select one to see its sentence in the text.</source>
        <translation>リスクが %1 件見つかりました。いずれかを選択するとテキスト内の該当する文が表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="648"/>
        <source>Mark as not a risk</source>
        <translation>リスクではないとしてマーク</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="698"/>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="700"/>
        <source>no risks</source>
        <translation>リスクなし</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="701"/>
        <source>1 risk</source>
        <translation>リスク 1 件</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="702"/>
        <source>%1 risks</source>
        <translation>リスク %1 件</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="704"/>
        <source>Scanned by the LLM</source>
        <translation>LLM でスキャン済み</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="705"/>
        <source>Scanned by the local model</source>
        <translation>ローカルモデルでスキャン済み</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="711"/>
        <source>Your scans will appear here.</source>
        <translation>スキャンはここに表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="728"/>
        <source>Delete the scan “%1”?</source>
        <translation>スキャン「%1」を削除しますか？</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="750"/>
        <source>The scan was deleted.</source>
        <translation>スキャンを削除しました。</translation>
    </message>
</context>
<context>
    <name>assay::ui::ScanItemsModel</name>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="128"/>
        <source>Not a risk</source>
        <translation>リスクではない</translation>
    </message>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="130"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="130"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="137"/>
        <source>Corrected by you; the model said: %1</source>
        <translation>ユーザーが修正済み。モデルの判定: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="138"/>
        <source>not a risk</source>
        <translation>リスクではない</translation>
    </message>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="140"/>
        <source>The model&apos;s probability for %1</source>
        <translation>%1 に対するモデルの確率</translation>
    </message>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="141"/>
        <source>The LLM gave no confidence</source>
        <translation>LLM は信頼度を返しませんでした</translation>
    </message>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="168"/>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="170"/>
        <source>Categories</source>
        <translation>カテゴリー</translation>
    </message>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="172"/>
        <source>Confidence</source>
        <translation>信頼度</translation>
    </message>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="174"/>
        <source>Sentence</source>
        <translation>文</translation>
    </message>
</context>
<context>
    <name>assay::ui::SettingsPage</name>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="207"/>
        <source>No file manager could open the folder. Its path is shown above; you can copy it.</source>
        <translation>フォルダーを開けるファイルマネージャーがありません。パスは上に表示されているので、コピーして使用できます。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="214"/>
        <source>The API key was removed.</source>
        <translation>API キーを削除しました。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="296"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="297"/>
        <source>Where Assay keeps its data and how it works for your organisation. The same settings are available to administrators through the API.</source>
        <translation>Assay のデータの保存場所と、組織に合わせた動作の設定。管理者は同じ設定を API からも変更できます。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="299"/>
        <location filename="../ui/pages/SettingsPage.cpp" line="302"/>
        <source>Data directory</source>
        <translation>データディレクトリ</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="300"/>
        <source>Open folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="301"/>
        <source>Open the data directory in the file manager</source>
        <translation>ファイルマネージャーでデータディレクトリを開く</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="303"/>
        <source>The database, audit results and reports are kept here. To use another folder, start Assay with --data-dir.</source>
        <translation>データベース、監査結果、レポートはここに保存されます。別のフォルダーを使用するには、--data-dir を指定して Assay を起動してください。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="305"/>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="306"/>
        <source>Audits and limits</source>
        <translation>監査と制限</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="307"/>
        <source>AI provider for risk scans</source>
        <translation>リスクスキャン用の AI プロバイダー</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="308"/>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="310"/>
        <source>E-mail domains</source>
        <translation>メールドメイン</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="311"/>
        <source>Copyright holder names</source>
        <translation>著作権者名</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="312"/>
        <source>Audits at once</source>
        <translation>同時実行する監査数</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="313"/>
        <source>Largest file scanned</source>
        <translation>スキャンする最大ファイルサイズ</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="314"/>
        <source>Largest upload</source>
        <translation>最大アップロードサイズ</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="314"/>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="315"/>
        <source>Server URL</source>
        <translation>サーバー URL</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="315"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="316"/>
        <source>Timeout</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="316"/>
        <location filename="../ui/pages/SettingsPage.cpp" line="323"/>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="317"/>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="317"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="324"/>
        <source>One per line, e.g. example.com</source>
        <translation>1 行に 1 つ（例: example.com）</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="325"/>
        <source>Commits from these e-mail domains count as your organisation&apos;s own work.</source>
        <translation>これらのメールドメインからのコミットは、自組織の成果として扱われます。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="326"/>
        <source>One per line, e.g. Example GmbH</source>
        <translation>1 行に 1 つ（例: Example GmbH）</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="327"/>
        <source>Copyright notices naming these holders count as your organisation&apos;s own code.</source>
        <translation>これらの著作権者が記載された著作権表示は、自組織のコードとして扱われます。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="328"/>
        <source>One per processor core</source>
        <translation>プロセッサコアごとに 1 つ</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="329"/>
        <source>Applies after Assay is restarted.</source>
        <translation>Assay の再起動後に適用されます。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="330"/>
        <location filename="../ui/pages/SettingsPage.cpp" line="331"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="332"/>
        <source>Larger files are counted but their text is not scanned for licenses or secrets.</source>
        <translation>これより大きいファイルは集計されますが、ライセンスやシークレットを探すためのテキストスキャンは行われません。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="333"/>
        <source>Largest archive or document accepted from the API or a risk scan.</source>
        <translation>API またはリスクスキャンで受け付けるアーカイブや文書の最大サイズ。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="334"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="335"/>
        <source>None (rules only)</source>
        <translation>なし（ルールのみ）</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="336"/>
        <source>Assay AI service</source>
        <translation>Assay AI サービス</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="337"/>
        <source>OpenAI-compatible server</source>
        <translation>OpenAI 互換サーバー</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="338"/>
        <source>Remove key</source>
        <translation>キーを削除</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="339"/>
        <source>Remove the stored API key</source>
        <translation>保存されている API キーを削除</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="340"/>
        <location filename="../ui/pages/SettingsPage.cpp" line="343"/>
        <source>Follow the system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="341"/>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="342"/>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="344"/>
        <source>Menus and the page list change at once; the pages themselves after Assay is restarted.</source>
        <translation>メニューとページ一覧はすぐに切り替わります。ページ自体は Assay の再起動後に切り替わります。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="346"/>
        <source>Save changes</source>
        <translation>変更を保存</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="347"/>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="369"/>
        <source>A key is stored in the keychain; type a new one to replace it</source>
        <translation>キーはキーチェーンに保存されています。置き換えるには新しいキーを入力してください</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="369"/>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="413"/>
        <source>Nothing to save.</source>
        <translation>保存する変更はありません。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="419"/>
        <source>Nothing was saved. Correct the fields marked in red.</source>
        <translation>何も保存されていません。赤で示された項目を修正してください。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="432"/>
        <source>Saved. The number of audits at once applies after Assay is restarted.</source>
        <translation>保存しました。同時実行する監査数は Assay の再起動後に適用されます。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="433"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
</context>
<context>
    <name>assay::ui::SharingPage</name>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="65"/>
        <source>Sharing</source>
        <translation>共有</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="86"/>
        <source>State:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="91"/>
        <source>Data directory:</source>
        <translation>データディレクトリ:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="105"/>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="68"/>
        <source>Assay runs an HTTP and WebSocket API inside the app. Share it with teammates on the LAN: they sign in with their own account or use a personal API token; every route but /health then needs a credential.</source>
        <translation>Assay はアプリ内で HTTP および WebSocket API を実行します。LAN 上のチームメンバーと共有すると、メンバーは自分のアカウントでサインインするか、個人用 API トークンを使用します。その場合、/health 以外のすべてのルートで認証情報が必要になります。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="76"/>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="87"/>
        <source>Addresses for teammates:</source>
        <translation>チームメンバー用のアドレス:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="88"/>
        <source>Live WebSocket clients:</source>
        <translation>接続中の WebSocket クライアント:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="92"/>
        <source>Share on the LAN</source>
        <translation>LAN で共有</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="94"/>
        <source>Listen on the network instead of this computer only.</source>
        <translation>このコンピューターだけでなく、ネットワーク上で待ち受けます。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="98"/>
        <source>Bind address</source>
        <translation>バインドアドレス</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="100"/>
        <source>Bind address:</source>
        <translation>バインドアドレス:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="106"/>
        <source>Apply and restart the server</source>
        <translation>適用してサーバーを再起動</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="111"/>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="112"/>
        <source>No administrator account exists yet: teammates cannot sign in. Create your own account first on the Users page (or with &apos;assay user add&apos;).</source>
        <translation>管理者アカウントがまだないため、チームメンバーはサインインできません。まず「ユーザー」ページ（または &apos;assay user add&apos;）で自分のアカウントを作成してください。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="119"/>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="123"/>
        <source>Use HTTPS (takes effect at the next restart)</source>
        <translation>HTTPS を使用（次回の再起動時に有効）</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="129"/>
        <source>Certificate:</source>
        <translation>証明書:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="134"/>
        <source>Teammates compare this with what their browser or curl shows.</source>
        <translation>チームメンバーは、これをブラウザーや curl に表示される値と照合します。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="135"/>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 フィンガープリント:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="136"/>
        <source>Generate a self-signed certificate</source>
        <translation>自己署名証明書を生成</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="141"/>
        <source>Who is connected</source>
        <translation>接続中のユーザー</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="144"/>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="144"/>
        <source>From</source>
        <translation>接続元</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="144"/>
        <source>Signed in</source>
        <translation>サインイン日時</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="144"/>
        <source>Last seen</source>
        <translation>最終アクセス</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="153"/>
        <source>End the selected session</source>
        <translation>選択したセッションを終了</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="155"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="162"/>
        <source>Addresses locked out after failed logins</source>
        <translation>ログイン失敗によりロックアウトされたアドレス</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="167"/>
        <source>Unban the selected address</source>
        <translation>選択したアドレスのブロックを解除</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="230"/>
        <source>Running on this computer only (loopback)</source>
        <translation>このコンピューターのみで実行中（ループバック）</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="230"/>
        <source>Running, shared on the LAN</source>
        <translation>実行中、LAN で共有</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="234"/>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="241"/>
        <location filename="../ui/pages/SharingPage.cpp" line="251"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="249"/>
        <source>none configured</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="252"/>
        <source>cannot read the certificate: %1</source>
        <translation>証明書を読み取れません: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/SharingPage.cpp" line="270"/>
        <source>%1 — until %2 (%n failed logins)</source>
        <translation>
            <numerusform>%1 — %2 まで（ログイン失敗 %n 回）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="289"/>
        <source>&apos;%1&apos; is not an IP address; use 0.0.0.0 for every interface.</source>
        <translation>&apos;%1&apos; は IP アドレスではありません。すべてのインターフェースで待ち受けるには 0.0.0.0 を使用してください。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="307"/>
        <source>Sharing on %1, port %2.</source>
        <translation>%1、ポート %2 で共有中。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="308"/>
        <source>Listening on this computer only.</source>
        <translation>このコンピューターのみで待ち受けています。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="333"/>
        <source>New certificate, valid until %1. Turn on HTTPS and restart; give teammates the fingerprint.</source>
        <translation>新しい証明書を作成しました（有効期限 %1）。HTTPS をオンにして再起動し、チームメンバーにフィンガープリントを伝えてください。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="342"/>
        <source>Select a session first.</source>
        <translation>先にセッションを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="349"/>
        <source>Session ended: its tokens no longer work.</source>
        <translation>セッションを終了しました。そのトークンは使用できなくなりました。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="357"/>
        <source>Select an address first.</source>
        <translation>先にアドレスを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="362"/>
        <source>%1 may sign in again.</source>
        <translation>%1 は再びサインインできます。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="237"/>
        <source>Not running: %1</source>
        <translation>実行されていません: %1</translation>
    </message>
</context>
<context>
    <name>assay::ui::TokensPage</name>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="49"/>
        <source>API tokens</source>
        <translation>API トークン</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="52"/>
        <source>Personal tokens let scripts and CI jobs call the API as a user, narrowed to the scopes you choose. A token is shown once, when it is created or rotated.</source>
        <translation>個人用トークンを使うと、スクリプトや CI ジョブが、選択したスコープに限定してユーザーとして API を呼び出せます。トークンは作成時またはローテーション時に一度だけ表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="65"/>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="66"/>
        <source>Account:</source>
        <translation>アカウント:</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="67"/>
        <source>There is no user account yet. Create one on the Users page first: a token acts as an account.</source>
        <translation>ユーザーアカウントがまだありません。トークンはアカウントとして動作するため、先に「ユーザー」ページでアカウントを作成してください。</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="73"/>
        <source>e.g. CI pipeline</source>
        <translation>例: CI パイプライン</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="74"/>
        <source>Token name</source>
        <translation>トークン名</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="75"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="86"/>
        <source>Scopes:</source>
        <translation>スコープ:</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="91"/>
        <location filename="../ui/pages/TokensPage.cpp" line="205"/>
        <location filename="../ui/pages/TokensPage.cpp" line="208"/>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="92"/>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="93"/>
        <source>Expires after:</source>
        <translation>有効期間:</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="94"/>
        <source>Create token</source>
        <translation>トークンを作成</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="111"/>
        <source>New token</source>
        <translation>新しいトークン</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="112"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="117"/>
        <source>Copy this token now and keep it somewhere safe: Assay stores only its hash and cannot show it again. Anyone holding it can act as this account.</source>
        <translation>このトークンを今すぐコピーして安全な場所に保管してください。Assay はハッシュのみを保存するため、再表示できません。トークンを持つ人は誰でもこのアカウントとして操作できます。</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="128"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="128"/>
        <source>Prefix</source>
        <translation>プレフィックス</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="128"/>
        <source>Scopes</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="128"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="128"/>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="128"/>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="128"/>
        <source>Last used</source>
        <translation>最終使用</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="136"/>
        <source>Rotate</source>
        <translation>ローテーション</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="138"/>
        <source>New secret, same name and scopes; the old secret stops working at once.</source>
        <translation>名前とスコープはそのままで新しいシークレットを発行します。古いシークレットは直ちに無効になります。</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="139"/>
        <source>Revoke</source>
        <translation>失効</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="156"/>
        <source>Copied to the clipboard.</source>
        <translation>クリップボードにコピーしました。</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="208"/>
        <source>%1 from %2</source>
        <translation>%1（%2 から）</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="236"/>
        <source>Create a user account first (Users page).</source>
        <translation>先にユーザーアカウントを作成してください（「ユーザー」ページ）。</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="242"/>
        <source>Give the token a name, e.g. where it is used.</source>
        <translation>トークンに名前を付けてください（使用場所など）。</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="250"/>
        <source>Choose at least one scope.</source>
        <translation>スコープを 1 つ以上選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="263"/>
        <source>New token “%1”</source>
        <translation>新しいトークン「%1」</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="265"/>
        <source>Token created.</source>
        <translation>トークンを作成しました。</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="273"/>
        <location filename="../ui/pages/TokensPage.cpp" line="303"/>
        <source>Select a token first.</source>
        <translation>先にトークンを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="294"/>
        <source>New secret for “%1” — the old one no longer works</source>
        <translation>「%1」の新しいシークレット — 古いシークレットは使用できなくなりました</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="295"/>
        <source>Token rotated.</source>
        <translation>トークンをローテーションしました。</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="311"/>
        <source>Token revoked: it no longer works.</source>
        <translation>トークンを失効させました。今後は使用できません。</translation>
    </message>
</context>
<context>
    <name>assay::ui::UsersPage</name>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="47"/>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="50"/>
        <source>Accounts for teammates who use Assay over the network. You, at this computer, are always the administrator and need no account.</source>
        <translation>ネットワーク経由で Assay を使用するチームメンバーのアカウントです。このコンピューターを使用しているあなたは常に管理者であり、アカウントは不要です。</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="59"/>
        <location filename="../ui/pages/UsersPage.cpp" line="96"/>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="59"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="59"/>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="59"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="59"/>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="59"/>
        <source>Last sign-in</source>
        <translation>最終サインイン</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="69"/>
        <source>Role of the selected user</source>
        <translation>選択したユーザーのロール</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="70"/>
        <source>Change role</source>
        <translation>ロールを変更</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="72"/>
        <source>Deactivate / reactivate</source>
        <translation>無効化 / 再有効化</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="74"/>
        <source>Reset password…</source>
        <translation>パスワードをリセット…</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="76"/>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="91"/>
        <source>Add a user</source>
        <translation>ユーザーの追加</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="97"/>
        <source>Email:</source>
        <translation>メールアドレス:</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="100"/>
        <source>Full name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="101"/>
        <source>Full name:</source>
        <translation>氏名:</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="103"/>
        <source>Role:</source>
        <translation>ロール:</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="107"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="108"/>
        <source>at least 8 characters</source>
        <translation>8 文字以上</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="109"/>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="113"/>
        <source>Repeat the password</source>
        <translation>パスワードの再入力</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="114"/>
        <source>Repeat:</source>
        <translation>再入力:</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="115"/>
        <source>Add user</source>
        <translation>ユーザーを追加</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="163"/>
        <source>active</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="163"/>
        <source>deactivated</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="197"/>
        <source>The two passwords differ; type them again.</source>
        <translation>2 つのパスワードが一致しません。もう一度入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="215"/>
        <source>%1 can now sign in as %2.</source>
        <translation>%1 は %2 としてサインインできるようになりました。</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="223"/>
        <location filename="../ui/pages/UsersPage.cpp" line="241"/>
        <location filename="../ui/pages/UsersPage.cpp" line="266"/>
        <location filename="../ui/pages/UsersPage.cpp" line="286"/>
        <source>Select a user first.</source>
        <translation>先にユーザーを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="233"/>
        <source>%1 is now %2.</source>
        <translation>%1 のロールを %2 に変更しました。</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="257"/>
        <source>%1 may sign in again.</source>
        <translation>%1 は再びサインインできます。</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="258"/>
        <source>%1 is deactivated: their sessions and tokens stopped working.</source>
        <translation>%1 を無効化しました。このユーザーのセッションとトークンは使用できなくなりました。</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="271"/>
        <source>Reset password</source>
        <translation>パスワードのリセット</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="271"/>
        <source>New password (at least 8 characters):</source>
        <translation>新しいパスワード（8 文字以上）:</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="279"/>
        <source>Password changed; the user&apos;s sessions were signed out.</source>
        <translation>パスワードを変更しました。このユーザーのセッションはサインアウトされました。</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="290"/>
        <source>Delete user</source>
        <translation>ユーザーの削除</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="290"/>
        <source>Delete this account and its API tokens? This cannot be undone.</source>
        <translation>このアカウントとその API トークンを削除しますか？この操作は元に戻せません。</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="298"/>
        <source>Account deleted.</source>
        <translation>アカウントを削除しました。</translation>
    </message>
</context>
<context>
    <name>assay::ui::WelcomeDialog</name>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="16"/>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="17"/>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="26"/>
        <source>Welcome to Assay</source>
        <translation>Assay へようこそ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="33"/>
        <source>Assay tells you what a code base is made of: which licenses its files carry, which parts came from elsewhere, which secrets were committed and which dependencies have known vulnerabilities.</source>
        <translation>Assay はコードベースの構成を明らかにします。各ファイルのライセンス、外部から持ち込まれた部分、コミットされたシークレット、既知の脆弱性を持つ依存関係がわかります。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="38"/>
        <source>Everything runs on this computer. Nothing is uploaded; your code and results stay in the data directory.</source>
        <translation>すべてこのコンピューター上で実行されます。何もアップロードされず、コードと結果はデータディレクトリに保存されます。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="42"/>
        <source>Start with a folder or a git repository: Assay audits it in the background and shows the results as soon as it is done. You can also drop a folder or an archive on the window at any time.</source>
        <translation>まずフォルダーか git リポジトリを選びましょう。Assay はバックグラウンドで監査し、完了するとすぐに結果を表示します。フォルダーやアーカイブはいつでもウィンドウにドロップすることもできます。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="51"/>
        <source>Not now</source>
        <translation>後で</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="53"/>
        <source>Audit a folder…</source>
        <translation>フォルダーを監査…</translation>
    </message>
</context>
</TS>
