<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="39"/>
        <source>Open critical findings</source>
        <translation>未解决的严重发现项</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="40"/>
        <source>Time to resolve critical (median h)</source>
        <translation>“严重”级别的解决时间（中位数，小时）</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="41"/>
        <source>Time to resolve high (median h)</source>
        <translation>“高”级别的解决时间（中位数，小时）</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="42"/>
        <source>AI acceptance rate</source>
        <translation>AI 建议采纳率</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="43"/>
        <source>AI error rate</source>
        <translation>AI 错误率</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="44"/>
        <source>AI sessions per hour</source>
        <translation>每小时 AI 会话数</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="45"/>
        <source>Tokens per accepted line</source>
        <translation>每个采纳行的令牌数</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="46"/>
        <source>On-policy models</source>
        <translation>符合策略的模型</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="47"/>
        <source>Commits per active day</source>
        <translation>每个活跃日的提交数</translation>
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
        <translation>Assay 无法启动</translation>
    </message>
    <message>
        <location filename="../app/GuiMain.cpp" line="41"/>
        <source>The data directory cannot be used: %1</source>
        <translation>无法使用数据目录：%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="45"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
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
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="56"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="58"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="60"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="62"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="64"/>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="74"/>
        <source>critical</source>
        <translation>严重</translation>
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
        <translation>无未解决项</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="179"/>
        <source>%1% · %2</source>
        <translation>%1% · %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="32"/>
        <source>Viewer — reads audits, scans and metrics</source>
        <translation>查看者 — 查看审计、扫描和指标</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="33"/>
        <source>Analyst — also runs audits and scans</source>
        <translation>分析员 — 还可运行审计和扫描</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="34"/>
        <source>Administrator — also manages users and settings</source>
        <translation>管理员 — 还可管理用户和设置</translation>
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
        <translation>用法: assay [OPTIONS] [COMMAND] [ARGS]

离线代码知识产权（IP）审计、文档风险扫描和工程指标。
不带命令时，Assay 会打开桌面应用。

命令:
  serve [--bind ADDR] [--port N] [--data-dir DIR]
                      以无界面方式运行 HTTP + WebSocket API（团队服务器）
  audit PATH|GIT_URL [--ref REF] [--format json|sarif|cyclonedx|spdx|html|pdf|csv|md]
                     [--output FILE] [--policy FILE] [--org-domain DOMAIN]... [--detectors LIST]
                      审计文件夹或仓库，并写出 audit.json 或报告
  scan [FILE|-] [--text TEXT] [--force-llm] [--format json|text]
                      查找文档中的项目风险
  user add EMAIL --role admin|analyst|viewer
                      创建用户（从标准输入读取密码）
  user passwd EMAIL   修改用户密码（从标准输入读取）
  token create NAME [--scopes ...] [--user EMAIL]
                      创建个人 API 令牌，其密钥只显示一次
  vulndb import FILE|DIR | vulndb status
                      导入 OSV 导出数据（zip 或 JSON 文件夹），用于离线匹配
  metrics import FILE 导入 AI 助手会话日志（JSONL 或 CSV）
  backup FILE         将在线备份（数据库和审计产物）写入 .tar.gz
  restore FILE        用备份替换数据目录的内容（需先停止 Assay）

选项:
  --data-dir DIR      数据目录（默认：$ASSAY_DATA_DIR，未设置时为平台的应用数据文件夹）
  --bind ADDR         API 监听的地址（默认：127.0.0.1）
  --port N            API 的端口（默认：8470）
  -h, --help          显示此帮助
  -v, --version       显示版本

退出码：0 成功，1 违反策略（阻止），2 用法或输入错误，3 运行时故障。</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="142"/>
        <source>assay: unknown command &apos;%1&apos;; see &apos;assay --help&apos;.</source>
        <translation>assay: 未知命令“%1”；请参阅“assay --help”。</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="170"/>
        <source>assay %1: this command is not available in this build yet.</source>
        <translation>assay %1: 此构建尚不支持该命令。</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="74"/>
        <source>&apos;%1&apos; is not an IP address; use e.g. 127.0.0.1 or 0.0.0.0.</source>
        <translation>“%1”不是 IP 地址；请使用例如 127.0.0.1 或 0.0.0.0。</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="85"/>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port 必须是 0 到 65535 之间的数字。</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="89"/>
        <source>give exactly one folder or git URL to audit.</source>
        <translation>请只指定一个要审计的文件夹或 git URL。</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="94"/>
        <source>unknown format &apos;%1&apos;; use %2.</source>
        <translation>未知格式“%1”；请使用 %2。</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="130"/>
        <source>unknown detector &apos;%1&apos;; use %2.</source>
        <translation>未知检测器“%1”；请使用 %2。</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="174"/>
        <location filename="../app/AuditCommand.cpp" line="200"/>
        <source>cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location filename="../app/ScanCommand.cpp" line="61"/>
        <source>unknown format &apos;%1&apos;; use json or text.</source>
        <translation>未知格式“%1”；请使用 json 或 text。</translation>
    </message>
    <message>
        <location filename="../app/ScanCommand.cpp" line="67"/>
        <source>give one file to scan, - for standard input, or --text TEXT.</source>
        <translation>请指定一个要扫描的文件，用 - 表示标准输入，或使用 --text TEXT。</translation>
    </message>
    <message>
        <location filename="../app/ScanCommand.cpp" line="78"/>
        <source>cannot read standard input.</source>
        <translation>无法读取标准输入。</translation>
    </message>
    <message>
        <location filename="../app/ScanCommand.cpp" line="87"/>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <location filename="../app/ScanCommand.cpp" line="91"/>
        <source>cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <location filename="../app/VulnDbCommand.cpp" line="41"/>
        <source>use &apos;assay vulndb import FILE|DIR&apos; or &apos;assay vulndb status&apos;.</source>
        <translation>请使用“assay vulndb import FILE|DIR”或“assay vulndb status”。</translation>
    </message>
    <message>
        <location filename="../app/VulnDbCommand.cpp" line="45"/>
        <source>give the OSV export to import: a zip, a tar or a folder of JSON files.</source>
        <translation>请指定要导入的 OSV 导出数据：zip、tar 或 JSON 文件的文件夹。</translation>
    </message>
</context>
<context>
    <name>assay::app</name>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="40"/>
        <location filename="../app/TokenCommand.cpp" line="34"/>
        <location filename="../app/UserCommand.cpp" line="82"/>
        <source>Data directory.</source>
        <translation>数据目录。</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="42"/>
        <source>Input format: jsonl or csv (default: detected).</source>
        <translation>输入格式：jsonl 或 csv（默认：自动检测）。</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="43"/>
        <source>Print the result as JSON.</source>
        <translation>以 JSON 格式输出结果。</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="44"/>
        <source>ISO date, date-time or days back.</source>
        <translation>ISO 日期、日期时间或往前的天数。</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="45"/>
        <source>ISO date or date-time.</source>
        <translation>ISO 日期或日期时间。</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="46"/>
        <source>Repository name or slug.</source>
        <translation>仓库名称或标识（slug）。</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="47"/>
        <source>Largest lag tested (0-7).</source>
        <translation>检验的最大滞后天数（0-7）。</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="48"/>
        <source>Usage: assay metrics import FILE|- [--format jsonl|csv] [--json] [--data-dir DIR]
       assay metrics kpis [--since S] [--until U] [--repo R]
       assay metrics insights [--since S] [--until U] [--lag-days N] [--repo R]</source>
        <translation>用法: assay metrics import FILE|- [--format jsonl|csv] [--json] [--data-dir DIR]
      assay metrics kpis [--since S] [--until U] [--repo R]
      assay metrics insights [--since S] [--until U] [--lag-days N] [--repo R]</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="72"/>
        <source>assay metrics import: --format must be jsonl or csv.</source>
        <translation>assay metrics import: --format 必须是 jsonl 或 csv。</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="80"/>
        <source>assay metrics import: cannot read %1.</source>
        <translation>assay metrics import: 无法读取 %1。</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="95"/>
        <source>assay metrics: --lag-days must be a whole number from 0 to 7.</source>
        <translation>assay metrics: --lag-days 必须是 0 到 7 之间的整数。</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="118"/>
        <source>Imported %1 sessions, %2 duplicates skipped, %3 lines rejected.</source>
        <translation>已导入 %1 个会话，跳过 %2 个重复项，拒绝 %3 行。</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="125"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="35"/>
        <source>Scopes, comma-separated or repeated.</source>
        <translation>作用域，以逗号分隔或重复指定。</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="36"/>
        <source>Owner&apos;s email.</source>
        <translation>所有者的电子邮件。</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="37"/>
        <source>Lifetime in days.</source>
        <translation>有效期（天）。</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="44"/>
        <source>Usage: assay token create NAME [--scopes read:audits,write:audits ...] [--user EMAIL] [--expires-in-days N]
Scopes: %1</source>
        <translation>用法: assay token create NAME [--scopes read:audits,write:audits ...] [--user EMAIL] [--expires-in-days N]
作用域：%1</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="59"/>
        <source>assay token create: unknown scope &apos;%1&apos;; use %2.</source>
        <translation>assay token create: 未知作用域“%1”；请使用 %2。</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="69"/>
        <source>assay token create: --expires-in-days must be a positive number.</source>
        <translation>assay token create: --expires-in-days 必须是正数。</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="88"/>
        <source>assay token create: no account with the email %1.</source>
        <translation>assay token create: 没有电子邮件为 %1 的帐户。</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="97"/>
        <source>assay token create: there is no user account yet; create one with &apos;assay user add&apos;.</source>
        <translation>assay token create: 尚无用户帐户；请使用“assay user add”创建一个。</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="98"/>
        <source>assay token create: say whose token it is with --user EMAIL.</source>
        <translation>assay token create: 请使用 --user EMAIL 指定令牌的所有者。</translation>
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
        <translation>%3 的 API 令牌“%1”（ID %2），作用域：%4。
请立即复制：它不会再次显示。</translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="59"/>
        <source>Password: </source>
        <translation>密码: </translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="64"/>
        <source>no password given on stdin.</source>
        <translation>标准输入中未提供密码。</translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="68"/>
        <source>Repeat the password: </source>
        <translation>再次输入密码: </translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="71"/>
        <source>the passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="83"/>
        <source>admin, analyst or viewer.</source>
        <translation>admin、analyst 或 viewer。</translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="84"/>
        <source>Full name.</source>
        <translation>全名。</translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="92"/>
        <source>Usage: assay user add EMAIL --role admin|analyst|viewer [--name NAME]
       assay user passwd EMAIL
The password is read from stdin.</source>
        <translation>用法: assay user add EMAIL --role admin|analyst|viewer [--name NAME]
      assay user passwd EMAIL
密码从标准输入读取。</translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="102"/>
        <source>assay user add: --role must be admin, analyst or viewer.</source>
        <translation>assay user add: --role 必须是 admin、analyst 或 viewer。</translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="118"/>
        <source>assay user passwd: no account with the email %1.</source>
        <translation>assay user passwd: 没有电子邮件为 %1 的帐户。</translation>
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
        <translation>已更改 %1 的密码；该用户的会话已全部注销。</translation>
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
        <translation>已创建 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="134"/>
        <location filename="../app/BackupCommand.cpp" line="148"/>
        <location filename="../app/BackupCommand.cpp" line="153"/>
        <location filename="../app/BackupCommand.cpp" line="158"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="139"/>
        <location filename="../app/BackupCommand.cpp" line="155"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="174"/>
        <source>give one backup file: &apos;assay %1 FILE [--data-dir DIR]&apos;.</source>
        <translation>请指定一个备份文件：“assay %1 FILE [--data-dir DIR]”。</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="190"/>
        <source>there is no Assay database in %1.</source>
        <translation>%1 中没有 Assay 数据库。</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="195"/>
        <source>%1 is a folder; give the name of the backup file to write.</source>
        <translation>%1 是文件夹；请指定要写入的备份文件名。</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="202"/>
        <location filename="../app/BackupCommand.cpp" line="316"/>
        <source>cannot write into %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="211"/>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="217"/>
        <location filename="../app/BackupCommand.cpp" line="222"/>
        <source>cannot copy the database: %1</source>
        <translation>无法复制数据库：%1</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="231"/>
        <source>the copy of the database cannot be read: %1</source>
        <translation>无法读取数据库副本：%1</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="261"/>
        <source>cannot write the manifest: %1</source>
        <translation>无法写入清单文件：%1</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="274"/>
        <source>cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="280"/>
        <source>Backed up %1 audits and %2 artefact files (schema version %3) to %4 (%5 bytes).</source>
        <translation>已将 %1 个审计和 %2 个产物文件（架构版本 %3）备份到 %4（%5 字节）。</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="296"/>
        <source>there is no backup file %1.</source>
        <translation>备份文件 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="307"/>
        <source>Assay (process %1) is using %2; stop the server or close the desktop app, then restore.</source>
        <translation>Assay（进程 %1）正在使用 %2；请停止服务器或关闭桌面应用，然后再恢复。</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="324"/>
        <source>%1 is not a readable Assay backup: %2</source>
        <translation>%1 不是可读取的 Assay 备份：%2</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="332"/>
        <source>%1 is not an Assay backup (made by &apos;assay backup&apos;).</source>
        <translation>%1 不是 Assay 备份（由“assay backup”创建）。</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="344"/>
        <source>the database in %1 is damaged (%2); nothing was changed.</source>
        <translation>%1 中的数据库已损坏（%2）；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="353"/>
        <source>the backup is from a newer Assay (schema version %1; this version knows up to %2). Restore it with that version or a newer one; nothing was changed.</source>
        <translation>该备份来自较新版本的 Assay（架构版本 %1；此版本最高支持 %2）。请使用该版本或更新的版本进行恢复；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="373"/>
        <source>cannot create %1; nothing was changed.</source>
        <translation>无法创建 %1；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="381"/>
        <source>cannot move %1 aside; nothing was changed.</source>
        <translation>无法将 %1 移到一旁；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="394"/>
        <source>cannot move the restored files into %1; nothing was changed.</source>
        <translation>无法将恢复的文件移入 %1；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="400"/>
        <source>the restored database cannot be opened: %1</source>
        <translation>无法打开恢复的数据库：%1</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="405"/>
        <source>Restored %1 audits from %2 (made %3 by Assay %4).</source>
        <translation>已从 %2 恢复 %1 个审计（由 Assay %4 于 %3 创建）。</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="410"/>
        <source>Its schema was migrated from version %1 to %2.</source>
        <translation>其架构已从版本 %1 迁移到 %2。</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="412"/>
        <source>The replaced data is kept in %1.</source>
        <translation>被替换的数据保存在 %1 中。</translation>
    </message>
</context>
<context>
    <name>assay::ui</name>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="87"/>
        <source>AI sessions and commits per day</source>
        <translation>每日 AI 会话数和提交数</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="87"/>
        <source>AI sessions/day, commits %1 d later</source>
        <translation>每日 AI 会话数与 %1 天后的提交数</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="88"/>
        <source>per day</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="95"/>
        <source>sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="95"/>
        <source>commits</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="95"/>
        <source>commits (+%1 d)</source>
        <translation>提交（+%1 天）</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="110"/>
        <source>Cost per day by model</source>
        <translation>各模型每日成本</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="111"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="117"/>
        <source>cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="122"/>
        <source>New findings per day by severity</source>
        <translation>按严重程度统计的每日新发现项</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="123"/>
        <source>findings</source>
        <translation>发现项</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="133"/>
        <source>Tokens and error rate per day</source>
        <translation>每日令牌数和错误率</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="134"/>
        <location filename="../ui/models/MetricsChartData.cpp" line="137"/>
        <source>tokens</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="135"/>
        <location filename="../ui/models/MetricsChartData.cpp" line="138"/>
        <source>error rate %</source>
        <translation>错误率 %</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="149"/>
        <source>%1 anomaly: %2 (expected %3–%4)</source>
        <translation>%1 异常：%2（预期 %3–%4）</translation>
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
        <translation>← 所有审计</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="100"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="102"/>
        <source>Export the report (Ctrl+E)</source>
        <translation>导出报告 (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="109"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="110"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="154"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="360"/>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="111"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="246"/>
        <source>Findings</source>
        <translation>发现项</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="117"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="364"/>
        <source>Dependencies</source>
        <translation>依赖项</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="123"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="363"/>
        <source>Contributors</source>
        <translation>贡献者</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="138"/>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="139"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="140"/>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="149"/>
        <source>License</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="150"/>
        <source>IP class</source>
        <translation>IP 类别</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="197"/>
        <source>All types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="200"/>
        <source>All severities</source>
        <translation>所有严重程度</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="203"/>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="206"/>
        <source>Finding type</source>
        <translation>发现项类型</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="207"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="222"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="208"/>
        <source>Triage status</source>
        <translation>分诊状态</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="209"/>
        <source>Acknowledge</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="210"/>
        <source>False positive</source>
        <translation>误报</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="211"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="216"/>
        <source>Mark selected:</source>
        <translation>将所选项标记为：</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="232"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="233"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="234"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="242"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="242"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="261"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="278"/>
        <source>Triage</source>
        <translation>分诊</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="261"/>
        <source>Note (optional):</source>
        <translation>备注（可选）：</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="290"/>
        <source>Audit not found</source>
        <translation>未找到审计</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="323"/>
        <source>no fix yet</source>
        <translation>暂无修复版本</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="326"/>
        <source>direct</source>
        <translation>直接</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="326"/>
        <source>transitive</source>
        <translation>传递</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="329"/>
        <source>Package</source>
        <translation>软件包</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="329"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="329"/>
        <source>Ecosystem</source>
        <translation>生态系统</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="329"/>
        <source>Scope</source>
        <translation>作用域</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="329"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="329"/>
        <source>Manifest</source>
        <translation>清单文件</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="330"/>
        <source>Vulnerabilities</source>
        <translation>漏洞</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="338"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="338"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="338"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="362"/>
        <source>Commits</source>
        <translation>提交数</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="338"/>
        <source>Lines added</source>
        <translation>新增行数</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="338"/>
        <source>Lines removed</source>
        <translation>删除行数</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="338"/>
        <source>First commit</source>
        <translation>首次提交</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="339"/>
        <source>Last commit</source>
        <translation>最近提交</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="339"/>
        <source>Domain</source>
        <translation>域</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="355"/>
        <source>Results appear here when the audit has completed.</source>
        <translation>审计完成后，结果将显示在这里。</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="359"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="361"/>
        <source>Lines of code</source>
        <translation>代码行数</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="365"/>
        <source>Secrets</source>
        <translation>机密信息</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="373"/>
        <source>Intellectual-property composition</source>
        <translation>知识产权构成</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="374"/>
        <source>Foreground (your organisation)</source>
        <translation>前景知识产权（贵组织）</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="375"/>
        <source>Third party (open source, vendored)</source>
        <translation>第三方（开源、内置副本）</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="375"/>
        <source>Background (brought in)</source>
        <translation>背景知识产权（外部引入）</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="376"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="386"/>
        <source>Licenses</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="394"/>
        <source>No license found</source>
        <translation>未找到许可证</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="395"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="407"/>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="407"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="407"/>
        <source>Violated</source>
        <translation>违反</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="411"/>
        <source>Since the previous audit</source>
        <translation>与上次审计相比</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="412"/>
        <source>%1 new findings, %2 resolved; %3 files added, %4 removed.</source>
        <translation>新增发现项 %1 个，已解决 %2 个；新增文件 %3 个，移除 %4 个。</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="423"/>
        <source>IP class: %1</source>
        <translation>IP 类别：%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="425"/>
        <source>License: %1</source>
        <translation>许可证：%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="441"/>
        <source>(no preview for this file)</source>
        <translation>（此文件无预览）</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="472"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="501"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="506"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="476"/>
        <source>PDF report for people (*.pdf)</source>
        <translation>供人阅读的 PDF 报告 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="477"/>
        <source>HTML report, one self-contained file (*.html)</source>
        <translation>HTML 报告，单个独立文件 (*.html)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="478"/>
        <source>Audit document, audit.json (*.json)</source>
        <translation>审计文档，audit.json (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="479"/>
        <source>SARIF 2.1.0 for code-scanning tools (*.sarif)</source>
        <translation>供代码扫描工具使用的 SARIF 2.1.0 (*.sarif)</translation>
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
        <translation>CSV，每个文件一行 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="483"/>
        <source>Markdown IP contribution table (*.md)</source>
        <translation>Markdown 知识产权贡献表 (*.md)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="488"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="506"/>
        <source>The report cannot be written to %1.</source>
        <translation>无法将报告写入 %1。</translation>
    </message>
</context>
<context>
    <name>assay::ui::AuditsPage</name>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="121"/>
        <location filename="../ui/pages/AuditsPage.cpp" line="228"/>
        <source>Audits</source>
        <translation>审计</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="125"/>
        <source>New audit…</source>
        <translation>新建审计…</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="127"/>
        <source>Audit a folder, a git repository or an archive (Ctrl+N)</source>
        <translation>审计文件夹、git 仓库或归档文件 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="133"/>
        <source>Search repositories (Ctrl+F)</source>
        <translation>搜索仓库 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="135"/>
        <source>Search audits</source>
        <translation>搜索审计</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="137"/>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="138"/>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="141"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="142"/>
        <source>Re-run</source>
        <translation>重新运行</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="143"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="144"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="162"/>
        <source>Repository</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="173"/>
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="174"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="192"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="200"/>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="205"/>
        <source>Files</source>
        <translation>文件数</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="214"/>
        <source>Open findings</source>
        <translation>未解决的发现项</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="242"/>
        <source>No audits yet. Click “New audit…”, or drop a folder or an archive on this window.</source>
        <translation>还没有审计。请点击“新建审计…”，或将文件夹或归档文件拖放到此窗口。</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="299"/>
        <source>The audits cannot be read: %1</source>
        <translation>无法读取审计：%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="358"/>
        <location filename="../ui/pages/AuditsPage.cpp" line="397"/>
        <source>The audit cannot start</source>
        <translation>无法启动审计</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="371"/>
        <source>Cancel audit</source>
        <translation>取消审计</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="385"/>
        <source>Re-run audit</source>
        <translation>重新运行审计</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="386"/>
        <source>An uploaded archive cannot be re-run; audit it again from the file.</source>
        <translation>上传的归档文件无法重新运行；请从文件重新审计。</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="409"/>
        <source>Delete audits</source>
        <translation>删除审计</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/AuditsPage.cpp" line="410"/>
        <source>Delete %n audit(s) with their findings and files? This cannot be undone.</source>
        <translation>
            <numerusform>要删除 %n 个审计及其发现项和文件吗？此操作无法撤消。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="415"/>
        <source>Delete audit</source>
        <translation>删除审计</translation>
    </message>
</context>
<context>
    <name>assay::ui::DashboardPage</name>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="71"/>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="74"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="77"/>
        <source>Your team at a glance: what was audited and found, and how the work is going.</source>
        <translation>团队概况一览：审计了什么、发现了什么，以及工作进展如何。</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="109"/>
        <source>Open findings by severity</source>
        <translation>按严重程度统计的未解决发现项</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="114"/>
        <source>IP composition of the last audit</source>
        <translation>最近一次审计的知识产权构成</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="119"/>
        <source>Repository</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="119"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="119"/>
        <source>Files</source>
        <translation>文件数</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="119"/>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="126"/>
        <source>Recent audits</source>
        <translation>最近的审计</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="180"/>
        <source>Cannot compute the dashboard: %1</source>
        <translation>无法计算仪表板：%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="256"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="263"/>
        <source>target %1 %2 %3</source>
        <translation>目标 %1 %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="283"/>
        <source>Open findings</source>
        <translation>未解决的发现项</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="334"/>
        <source>No completed audit yet</source>
        <translation>尚无已完成的审计</translation>
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
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="198"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="67"/>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="69"/>
        <source>Audits</source>
        <translation>审计</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="71"/>
        <source>Risk scans</source>
        <translation>风险扫描</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="73"/>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="75"/>
        <source>Sharing</source>
        <translation>共享</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="77"/>
        <source>API tokens</source>
        <translation>API 令牌</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="79"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="81"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="206"/>
        <source>&amp;New audit…</source>
        <translation>新建审计(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="207"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="208"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="209"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="210"/>
        <source>&amp;About Assay</source>
        <translation>关于 Assay(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="174"/>
        <source>About Assay</source>
        <translation>关于 Assay</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="175"/>
        <source>&lt;h3&gt;Assay %1&lt;/h3&gt;&lt;p&gt;Offline code IP audits, document risk scans and engineering metrics.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Assay %1&lt;/h3&gt;&lt;p&gt;离线代码知识产权审计、文档风险扫描和工程指标。&lt;/p&gt;&lt;p&gt;根据 GNU 通用公共许可证（GNU General Public License）第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="213"/>
        <source>Show Assay</source>
        <translation>显示 Assay</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="214"/>
        <location filename="../ui/MainWindow.cpp" line="353"/>
        <source>Stop sharing</source>
        <translation>停止共享</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="215"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="296"/>
        <source>The audit of %1 has completed.</source>
        <translation>%1 的审计已完成。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="297"/>
        <source>The audit of %1 was cancelled.</source>
        <translation>%1 的审计已取消。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="298"/>
        <source>The audit of %1 has failed.</source>
        <translation>%1 的审计失败。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="338"/>
        <source>Assay is sharing its API at %1</source>
        <translation>Assay 正在 %1 共享其 API</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="393"/>
        <source>The API server could not start</source>
        <translation>API 服务器无法启动</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="394"/>
        <source>%1

Assay works without it, but scripts and teammates cannot reach this app until it runs.</source>
        <translation>%1

没有它 Assay 也能工作，但在它运行之前，脚本和团队成员无法访问此应用。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="398"/>
        <source>Use port %1</source>
        <translation>使用端口 %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="399"/>
        <source>Choose a port…</source>
        <translation>选择端口…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="400"/>
        <source>Continue without the server</source>
        <translation>不启动服务器，继续</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="407"/>
        <source>Choose a port</source>
        <translation>选择端口</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="407"/>
        <source>Port for the Assay API:</source>
        <translation>Assay API 的端口：</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="423"/>
        <source>● API running at %1</source>
        <translation>● API 正在 %1 运行</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="427"/>
        <source>○ API stopped</source>
        <translation>○ API 已停止</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="431"/>
        <source>○ API not running: %1</source>
        <translation>○ API 未运行：%1</translation>
    </message>
</context>
<context>
    <name>assay::ui::MetricsPage</name>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="50"/>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="55"/>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="58"/>
        <source>All data</source>
        <translation>全部数据</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="59"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="60"/>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="61"/>
        <source>Last 365 days</source>
        <translation>最近 365 天</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="64"/>
        <source>Commit lag (days)</source>
        <translation>提交滞后（天）</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="69"/>
        <source>Commit lag in days</source>
        <translation>提交滞后天数</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="73"/>
        <source>Repository (all)</source>
        <translation>仓库（全部）</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="74"/>
        <source>Repository filter</source>
        <translation>仓库筛选</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="77"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="101"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="102"/>
        <source>Export the chart&apos;s data as CSV</source>
        <translation>将图表数据导出为 CSV</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="103"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="104"/>
        <source>Export the chart as a PNG image</source>
        <translation>将图表导出为 PNG 图像</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="123"/>
        <source>Key indicators and insights</source>
        <translation>关键指标和洞察</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="192"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="202"/>
        <source>Cannot compute the metrics: %1</source>
        <translation>无法计算指标：%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="238"/>
        <source>No data yet: import AI-assistant session logs (assay metrics import FILE) and run audits.</source>
        <translation>尚无数据：请导入 AI 助手会话日志（assay metrics import FILE）并运行审计。</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="239"/>
        <source>%1 sessions, %2 requests over %3 days; %4 anomalies.</source>
        <translation>%3 天内共 %1 个会话、%2 个请求；%4 个异常。</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="259"/>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="274"/>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="276"/>
        <source>Nothing stands out: every indicator with data is within its target.</source>
        <translation>没有突出问题：所有有数据的指标都在目标范围内。</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="327"/>
        <source>anomalies</source>
        <translation>异常</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="365"/>
        <location filename="../ui/pages/MetricsPage.cpp" line="376"/>
        <source>There is no chart %1.</source>
        <translation>没有图表 %1。</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="369"/>
        <location filename="../ui/pages/MetricsPage.cpp" line="379"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="388"/>
        <source>Export chart image</source>
        <translation>导出图表图像</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="388"/>
        <source>Export chart data</source>
        <translation>导出图表数据</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="389"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="389"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="393"/>
        <source>Exported %1.</source>
        <translation>已导出 %1。</translation>
    </message>
</context>
<context>
    <name>assay::ui::NewAuditDialog</name>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="32"/>
        <source>New audit</source>
        <translation>新建审计</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="35"/>
        <source>Choose what to audit. Nothing leaves this computer; git repositories are cloned into Assay&apos;s data folder.</source>
        <translation>选择要审计的内容。任何数据都不会离开这台计算机；git 仓库会被克隆到 Assay 的数据文件夹中。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="47"/>
        <source>&amp;Folder on this computer</source>
        <translation>此计算机上的文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="49"/>
        <source>/path/to/project</source>
        <translation>/path/to/project</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="50"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="51"/>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="62"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="52"/>
        <source>&amp;Git repository</source>
        <translation>Git 仓库(&amp;G)</translation>
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
        <translation>分支、标签或提交（可选）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="58"/>
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="59"/>
        <source>&amp;Archive (zip, tar.gz, tar.xz)</source>
        <translation>归档文件（zip、tar.gz、tar.xz）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="61"/>
        <source>Archive</source>
        <translation>归档文件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="64"/>
        <source>example.com, example.org</source>
        <translation>example.com, example.org</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="65"/>
        <source>Organisation e-mail domains</source>
        <translation>组织电子邮件域</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="72"/>
        <source>Ref:</source>
        <translation>Ref：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="75"/>
        <source>Your organisation&apos;s e-mail domains:</source>
        <translation>贵组织的电子邮件域：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="83"/>
        <source>Start audit</source>
        <translation>开始审计</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="88"/>
        <source>Folder to audit</source>
        <translation>要审计的文件夹</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="94"/>
        <source>Archive to audit</source>
        <translation>要审计的归档文件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="94"/>
        <source>Archives (*.zip *.tar.gz *.tgz *.tar.xz *.txz *.tar)</source>
        <translation>归档文件 (*.zip *.tar.gz *.tgz *.tar.xz *.txz *.tar)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="131"/>
        <source>Choose a folder to audit.</source>
        <translation>请选择要审计的文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="133"/>
        <source>This folder does not exist.</source>
        <translation>此文件夹不存在。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="135"/>
        <source>This is a file, not a folder.</source>
        <translation>这是一个文件，而不是文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="137"/>
        <source>Assay cannot read this folder (permission denied).</source>
        <translation>Assay 无法读取此文件夹（权限被拒绝）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="140"/>
        <source>Enter a git URL (https://, ssh://, git@host:…, or file://).</source>
        <translation>请输入 git URL（https://、ssh://、git@host:… 或 file://）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="144"/>
        <source>Choose a zip, tar.gz or tar.xz archive.</source>
        <translation>请选择 zip、tar.gz 或 tar.xz 归档文件。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="146"/>
        <source>Assay reads zip, tar.gz and tar.xz archives.</source>
        <translation>Assay 可读取 zip、tar.gz 和 tar.xz 归档文件。</translation>
    </message>
</context>
<context>
    <name>assay::ui::RiskScansPage</name>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="87"/>
        <source>Not a risk</source>
        <translation>不是风险</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="121"/>
        <source>Financial</source>
        <translation>财务</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="122"/>
        <source>Schedule</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="123"/>
        <source>Technical</source>
        <translation>技术</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="124"/>
        <source>Legal</source>
        <translation>法律</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="125"/>
        <source>Operational</source>
        <translation>运营</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="126"/>
        <source>Compliance</source>
        <translation>合规</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="127"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="160"/>
        <source>Risk scans</source>
        <translation>风险扫描</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="163"/>
        <source>Paste text or open a contract, proposal or plan and see its project risks. The local model works offline; correct a risk&apos;s categories to teach it.</source>
        <translation>粘贴文本，或打开合同、提案或计划，查看其中的项目风险。本地模型可离线工作；修正风险的类别即可训练它。</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="179"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="184"/>
        <source>Past scans</source>
        <translation>以往的扫描</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="188"/>
        <location filename="../ui/pages/RiskScansPage.cpp" line="728"/>
        <source>Delete scan</source>
        <translation>删除扫描</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="198"/>
        <source>Open document…</source>
        <translation>打开文档…</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="200"/>
        <source>Text, Markdown, CSV, JSON, HTML, PDF or Word (.docx) — or drop a file here (Ctrl+O)</source>
        <translation>文本、Markdown、CSV、JSON、HTML、PDF 或 Word (.docx) — 也可将文件拖放到此处 (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="201"/>
        <location filename="../ui/pages/RiskScansPage.cpp" line="551"/>
        <location filename="../ui/pages/RiskScansPage.cpp" line="699"/>
        <source>Pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="203"/>
        <source>Use the LLM</source>
        <translation>使用 LLM</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="211"/>
        <source>Working</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="213"/>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="215"/>
        <source>Find the risks in this text (Ctrl+Return)</source>
        <translation>查找此文本中的风险 (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="224"/>
        <source>Text to scan</source>
        <translation>要扫描的文本</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="225"/>
        <source>Paste a contract, proposal, project plan or status report here, or open a document, then press Scan (Ctrl+Return).</source>
        <translation>在此处粘贴合同、提案、项目计划或状态报告，或打开文档，然后按“扫描”(Ctrl+Return)。</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="233"/>
        <location filename="../ui/pages/RiskScansPage.cpp" line="510"/>
        <source>No scan yet.</source>
        <translation>尚未扫描。</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="239"/>
        <source>Risks found</source>
        <translation>发现的风险</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="261"/>
        <source>Categories:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="262"/>
        <source>Check the categories this risk really has; uncheck all if it is not a risk.</source>
        <translation>勾选此风险实际所属的类别；如果它不是风险，请取消全部勾选。</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="278"/>
        <location filename="../ui/pages/RiskScansPage.cpp" line="631"/>
        <location filename="../ui/pages/RiskScansPage.cpp" line="648"/>
        <source>Save correction</source>
        <translation>保存修正</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="387"/>
        <source>Ask the configured LLM (%1) instead of the local model; the text leaves this computer.</source>
        <translation>改为询问已配置的 LLM（%1），而不是使用本地模型；文本将离开这台计算机。</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="411"/>
        <source>Open a document to scan</source>
        <translation>打开要扫描的文档</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="412"/>
        <source>Documents (*.txt *.md *.markdown *.csv *.tsv *.json *.html *.htm *.pdf *.docx);;All files (*)</source>
        <translation>文档 (*.txt *.md *.markdown *.csv *.tsv *.json *.html *.htm *.pdf *.docx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="422"/>
        <source>Cannot open %1: %2.</source>
        <translation>无法打开 %1：%2。</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="427"/>
        <source>%1 is %2 MB; documents up to %3 MB can be scanned.</source>
        <translation>%1 大小为 %2 MB；只能扫描不超过 %3 MB 的文档。</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="454"/>
        <source>Document: %1</source>
        <translation>文档：%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="457"/>
        <source>Press Scan (Ctrl+Return) to find the risks in %1.</source>
        <translation>按“扫描”(Ctrl+Return) 查找 %1 中的风险。</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="471"/>
        <source>Edited text</source>
        <translation>编辑过的文本</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="491"/>
        <source>Nothing to scan: paste some text or open a document first.</source>
        <translation>没有可扫描的内容：请先粘贴文本或打开文档。</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="499"/>
        <source>Asking the LLM…</source>
        <translation>正在询问 LLM…</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="499"/>
        <source>Scanning…</source>
        <translation>正在扫描…</translation>
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
        <translation>本地模型</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="554"/>
        <source>No risks found in this text.</source>
        <translation>此文本中未发现风险。</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="555"/>
        <source>1 risk found. Select it to see its sentence in the text.</source>
        <translation>发现 1 个风险。选中它即可在文本中查看对应的句子。</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="556"/>
        <source>%1 risks found. Select one to see its sentence in the text.</source>
        <translation>发现 %1 个风险。选中其中一个即可在文本中查看对应的句子。</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="648"/>
        <source>Mark as not a risk</source>
        <translation>标记为不是风险</translation>
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
        <translation>无风险</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="701"/>
        <source>1 risk</source>
        <translation>1 个风险</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="702"/>
        <source>%1 risks</source>
        <translation>%1 个风险</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="704"/>
        <source>Scanned by the LLM</source>
        <translation>由 LLM 扫描</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="705"/>
        <source>Scanned by the local model</source>
        <translation>由本地模型扫描</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="711"/>
        <source>Your scans will appear here.</source>
        <translation>您的扫描将显示在这里。</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="728"/>
        <source>Delete the scan “%1”?</source>
        <translation>要删除扫描“%1”吗？</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="750"/>
        <source>The scan was deleted.</source>
        <translation>扫描已删除。</translation>
    </message>
</context>
<context>
    <name>assay::ui::ScanItemsModel</name>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="128"/>
        <source>Not a risk</source>
        <translation>不是风险</translation>
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
        <translation>已由您修正；模型的判断为：%1</translation>
    </message>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="138"/>
        <source>not a risk</source>
        <translation>不是风险</translation>
    </message>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="140"/>
        <source>The model&apos;s probability for %1</source>
        <translation>模型对 %1 的概率</translation>
    </message>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="141"/>
        <source>The LLM gave no confidence</source>
        <translation>LLM 未给出置信度</translation>
    </message>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="168"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="170"/>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="172"/>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="174"/>
        <source>Sentence</source>
        <translation>句子</translation>
    </message>
</context>
<context>
    <name>assay::ui::SettingsPage</name>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="207"/>
        <source>No file manager could open the folder. Its path is shown above; you can copy it.</source>
        <translation>没有文件管理器能打开该文件夹。其路径显示在上方，您可以复制它。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="214"/>
        <source>The API key was removed.</source>
        <translation>API 密钥已删除。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="296"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="297"/>
        <source>Where Assay keeps its data and how it works for your organisation. The same settings are available to administrators through the API.</source>
        <translation>Assay 的数据存放位置，以及它如何适配贵组织。管理员也可以通过 API 使用相同的设置。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="299"/>
        <location filename="../ui/pages/SettingsPage.cpp" line="302"/>
        <source>Data directory</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="300"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="301"/>
        <source>Open the data directory in the file manager</source>
        <translation>在文件管理器中打开数据目录</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="303"/>
        <source>The database, audit results and reports are kept here. To use another folder, start Assay with --data-dir.</source>
        <translation>数据库、审计结果和报告保存在这里。要使用其他文件夹，请使用 --data-dir 启动 Assay。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="305"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="306"/>
        <source>Audits and limits</source>
        <translation>审计与限制</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="307"/>
        <source>AI provider for risk scans</source>
        <translation>用于风险扫描的 AI 提供商</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="308"/>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="310"/>
        <source>E-mail domains</source>
        <translation>电子邮件域</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="311"/>
        <source>Copyright holder names</source>
        <translation>版权所有者名称</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="312"/>
        <source>Audits at once</source>
        <translation>同时运行的审计数</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="313"/>
        <source>Largest file scanned</source>
        <translation>扫描的最大文件大小</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="314"/>
        <source>Largest upload</source>
        <translation>最大上传大小</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="314"/>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="315"/>
        <source>Server URL</source>
        <translation>服务器 URL</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="315"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="316"/>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="316"/>
        <location filename="../ui/pages/SettingsPage.cpp" line="323"/>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="317"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="317"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="324"/>
        <source>One per line, e.g. example.com</source>
        <translation>每行一个，例如 example.com</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="325"/>
        <source>Commits from these e-mail domains count as your organisation&apos;s own work.</source>
        <translation>来自这些电子邮件域的提交将计为贵组织自己的工作。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="326"/>
        <source>One per line, e.g. Example GmbH</source>
        <translation>每行一个，例如 Example GmbH</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="327"/>
        <source>Copyright notices naming these holders count as your organisation&apos;s own code.</source>
        <translation>署名为这些所有者的版权声明将计为贵组织自己的代码。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="328"/>
        <source>One per processor core</source>
        <translation>每个处理器核心一个</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="329"/>
        <source>Applies after Assay is restarted.</source>
        <translation>重启 Assay 后生效。</translation>
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
        <translation>更大的文件会被计数，但不会扫描其文本中的许可证或机密信息。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="333"/>
        <source>Largest archive or document accepted from the API or a risk scan.</source>
        <translation>API 或风险扫描可接受的最大归档文件或文档大小。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="334"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="335"/>
        <source>None (rules only)</source>
        <translation>无（仅规则）</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="336"/>
        <source>Assay AI service</source>
        <translation>Assay AI 服务</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="337"/>
        <source>OpenAI-compatible server</source>
        <translation>OpenAI 兼容服务器</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="338"/>
        <source>Remove key</source>
        <translation>删除密钥</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="339"/>
        <source>Remove the stored API key</source>
        <translation>删除已存储的 API 密钥</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="340"/>
        <location filename="../ui/pages/SettingsPage.cpp" line="343"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="341"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="342"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="344"/>
        <source>Menus and the page list change at once; the pages themselves after Assay is restarted.</source>
        <translation>菜单和页面列表会立即更改；页面本身在重启 Assay 后更改。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="346"/>
        <source>Save changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="347"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="369"/>
        <source>A key is stored in the keychain; type a new one to replace it</source>
        <translation>密钥已存储在钥匙串中；输入新密钥可替换它</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="369"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="413"/>
        <source>Nothing to save.</source>
        <translation>没有需要保存的内容。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="419"/>
        <source>Nothing was saved. Correct the fields marked in red.</source>
        <translation>未保存任何内容。请更正标为红色的字段。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="432"/>
        <source>Saved. The number of audits at once applies after Assay is restarted.</source>
        <translation>已保存。同时运行的审计数将在重启 Assay 后生效。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="433"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>assay::ui::SharingPage</name>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="65"/>
        <source>Sharing</source>
        <translation>共享</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="86"/>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="91"/>
        <source>Data directory:</source>
        <translation>数据目录：</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="105"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="68"/>
        <source>Assay runs an HTTP and WebSocket API inside the app. Share it with teammates on the LAN: they sign in with their own account or use a personal API token; every route but /health then needs a credential.</source>
        <translation>Assay 在应用内运行 HTTP 和 WebSocket API。在局域网上与团队成员共享：他们使用自己的帐户登录或使用个人 API 令牌；此后除 /health 外的所有路由都需要凭据。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="76"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="87"/>
        <source>Addresses for teammates:</source>
        <translation>供团队成员使用的地址：</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="88"/>
        <source>Live WebSocket clients:</source>
        <translation>当前 WebSocket 客户端：</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="92"/>
        <source>Share on the LAN</source>
        <translation>在局域网上共享</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="94"/>
        <source>Listen on the network instead of this computer only.</source>
        <translation>在网络上监听，而不仅限于这台计算机。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="98"/>
        <source>Bind address</source>
        <translation>绑定地址</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="100"/>
        <source>Bind address:</source>
        <translation>绑定地址：</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="106"/>
        <source>Apply and restart the server</source>
        <translation>应用并重启服务器</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="111"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="112"/>
        <source>No administrator account exists yet: teammates cannot sign in. Create your own account first on the Users page (or with &apos;assay user add&apos;).</source>
        <translation>尚无管理员帐户：团队成员无法登录。请先在“用户”页面（或使用“assay user add”）创建您自己的帐户。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="119"/>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="123"/>
        <source>Use HTTPS (takes effect at the next restart)</source>
        <translation>使用 HTTPS（下次重启时生效）</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="129"/>
        <source>Certificate:</source>
        <translation>证书：</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="134"/>
        <source>Teammates compare this with what their browser or curl shows.</source>
        <translation>团队成员可将其与浏览器或 curl 显示的内容进行比对。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="135"/>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 指纹：</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="136"/>
        <source>Generate a self-signed certificate</source>
        <translation>生成自签名证书</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="141"/>
        <source>Who is connected</source>
        <translation>已连接的用户</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="144"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="144"/>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="144"/>
        <source>Signed in</source>
        <translation>登录时间</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="144"/>
        <source>Last seen</source>
        <translation>最后活动</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="153"/>
        <source>End the selected session</source>
        <translation>结束所选会话</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="155"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="162"/>
        <source>Addresses locked out after failed logins</source>
        <translation>因登录失败而被锁定的地址</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="167"/>
        <source>Unban the selected address</source>
        <translation>解除对所选地址的封禁</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="230"/>
        <source>Running on this computer only (loopback)</source>
        <translation>仅在这台计算机上运行（环回）</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="230"/>
        <source>Running, shared on the LAN</source>
        <translation>正在运行，已在局域网上共享</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="234"/>
        <source>Stopped</source>
        <translation>已停止</translation>
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
        <translation>未配置</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="252"/>
        <source>cannot read the certificate: %1</source>
        <translation>无法读取证书：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/SharingPage.cpp" line="270"/>
        <source>%1 — until %2 (%n failed logins)</source>
        <translation>
            <numerusform>%1 — 直到 %2（%n 次登录失败）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="289"/>
        <source>&apos;%1&apos; is not an IP address; use 0.0.0.0 for every interface.</source>
        <translation>“%1”不是 IP 地址；要监听所有接口请使用 0.0.0.0。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="307"/>
        <source>Sharing on %1, port %2.</source>
        <translation>正在 %1 的端口 %2 上共享。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="308"/>
        <source>Listening on this computer only.</source>
        <translation>仅在这台计算机上监听。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="333"/>
        <source>New certificate, valid until %1. Turn on HTTPS and restart; give teammates the fingerprint.</source>
        <translation>新证书，有效期至 %1。请开启 HTTPS 并重启，然后将指纹告知团队成员。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="342"/>
        <source>Select a session first.</source>
        <translation>请先选择一个会话。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="349"/>
        <source>Session ended: its tokens no longer work.</source>
        <translation>会话已结束：其令牌已失效。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="357"/>
        <source>Select an address first.</source>
        <translation>请先选择一个地址。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="362"/>
        <source>%1 may sign in again.</source>
        <translation>%1 可以再次登录了。</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="237"/>
        <source>Not running: %1</source>
        <translation>未运行：%1</translation>
    </message>
</context>
<context>
    <name>assay::ui::TokensPage</name>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="49"/>
        <source>API tokens</source>
        <translation>API 令牌</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="52"/>
        <source>Personal tokens let scripts and CI jobs call the API as a user, narrowed to the scopes you choose. A token is shown once, when it is created or rotated.</source>
        <translation>个人令牌让脚本和 CI 作业能以用户身份调用 API，并限定在您选择的作用域内。令牌只在创建或轮换时显示一次。</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="65"/>
        <source>Account</source>
        <translation>帐户</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="66"/>
        <source>Account:</source>
        <translation>帐户：</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="67"/>
        <source>There is no user account yet. Create one on the Users page first: a token acts as an account.</source>
        <translation>尚无用户帐户。令牌代表一个帐户，请先在“用户”页面创建帐户。</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="73"/>
        <source>e.g. CI pipeline</source>
        <translation>例如 CI 流水线</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="74"/>
        <source>Token name</source>
        <translation>令牌名称</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="75"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="86"/>
        <source>Scopes:</source>
        <translation>作用域：</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="91"/>
        <location filename="../ui/pages/TokensPage.cpp" line="205"/>
        <location filename="../ui/pages/TokensPage.cpp" line="208"/>
        <source>never</source>
        <translation>永不</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="92"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="93"/>
        <source>Expires after:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="94"/>
        <source>Create token</source>
        <translation>创建令牌</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="111"/>
        <source>New token</source>
        <translation>新令牌</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="112"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="117"/>
        <source>Copy this token now and keep it somewhere safe: Assay stores only its hash and cannot show it again. Anyone holding it can act as this account.</source>
        <translation>请立即复制此令牌并妥善保管：Assay 只存储其哈希值，无法再次显示。任何持有它的人都可以以此帐户的身份操作。</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="128"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="128"/>
        <source>Prefix</source>
        <translation>前缀</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="128"/>
        <source>Scopes</source>
        <translation>作用域</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="128"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="128"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="128"/>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="128"/>
        <source>Last used</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="136"/>
        <source>Rotate</source>
        <translation>轮换</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="138"/>
        <source>New secret, same name and scopes; the old secret stops working at once.</source>
        <translation>生成新密钥，名称和作用域不变；旧密钥立即失效。</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="139"/>
        <source>Revoke</source>
        <translation>吊销</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="156"/>
        <source>Copied to the clipboard.</source>
        <translation>已复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="208"/>
        <source>%1 from %2</source>
        <translation>%1（来自 %2）</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="236"/>
        <source>Create a user account first (Users page).</source>
        <translation>请先创建用户帐户（“用户”页面）。</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="242"/>
        <source>Give the token a name, e.g. where it is used.</source>
        <translation>请为令牌命名，例如它的使用场合。</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="250"/>
        <source>Choose at least one scope.</source>
        <translation>请至少选择一个作用域。</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="263"/>
        <source>New token “%1”</source>
        <translation>新令牌“%1”</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="265"/>
        <source>Token created.</source>
        <translation>令牌已创建。</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="273"/>
        <location filename="../ui/pages/TokensPage.cpp" line="303"/>
        <source>Select a token first.</source>
        <translation>请先选择一个令牌。</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="294"/>
        <source>New secret for “%1” — the old one no longer works</source>
        <translation>“%1”的新密钥 — 旧密钥已失效</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="295"/>
        <source>Token rotated.</source>
        <translation>令牌已轮换。</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="311"/>
        <source>Token revoked: it no longer works.</source>
        <translation>令牌已吊销：它已失效。</translation>
    </message>
</context>
<context>
    <name>assay::ui::UsersPage</name>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="47"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="50"/>
        <source>Accounts for teammates who use Assay over the network. You, at this computer, are always the administrator and need no account.</source>
        <translation>通过网络使用 Assay 的团队成员的帐户。您在这台计算机上始终是管理员，无需帐户。</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="59"/>
        <location filename="../ui/pages/UsersPage.cpp" line="96"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="59"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="59"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="59"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="59"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="59"/>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="69"/>
        <source>Role of the selected user</source>
        <translation>所选用户的角色</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="70"/>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="72"/>
        <source>Deactivate / reactivate</source>
        <translation>停用 / 重新启用</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="74"/>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="76"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="91"/>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="97"/>
        <source>Email:</source>
        <translation>电子邮件：</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="100"/>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="101"/>
        <source>Full name:</source>
        <translation>全名：</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="103"/>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="107"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="108"/>
        <source>at least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="109"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="113"/>
        <source>Repeat the password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="114"/>
        <source>Repeat:</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="115"/>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="163"/>
        <source>active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="163"/>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="197"/>
        <source>The two passwords differ; type them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="215"/>
        <source>%1 can now sign in as %2.</source>
        <translation>%1 现在可以作为 %2 登录了。</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="223"/>
        <location filename="../ui/pages/UsersPage.cpp" line="241"/>
        <location filename="../ui/pages/UsersPage.cpp" line="266"/>
        <location filename="../ui/pages/UsersPage.cpp" line="286"/>
        <source>Select a user first.</source>
        <translation>请先选择一个用户。</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="233"/>
        <source>%1 is now %2.</source>
        <translation>%1 的角色现在是 %2。</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="257"/>
        <source>%1 may sign in again.</source>
        <translation>%1 可以再次登录了。</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="258"/>
        <source>%1 is deactivated: their sessions and tokens stopped working.</source>
        <translation>已停用 %1：其会话和令牌已失效。</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="271"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="271"/>
        <source>New password (at least 8 characters):</source>
        <translation>新密码（至少 8 个字符）：</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="279"/>
        <source>Password changed; the user&apos;s sessions were signed out.</source>
        <translation>密码已更改；该用户的会话已全部注销。</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="290"/>
        <source>Delete user</source>
        <translation>删除用户</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="290"/>
        <source>Delete this account and its API tokens? This cannot be undone.</source>
        <translation>要删除此帐户及其 API 令牌吗？此操作无法撤消。</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="298"/>
        <source>Account deleted.</source>
        <translation>帐户已删除。</translation>
    </message>
</context>
<context>
    <name>assay::ui::WelcomeDialog</name>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="16"/>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="17"/>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="26"/>
        <source>Welcome to Assay</source>
        <translation>欢迎使用 Assay</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="33"/>
        <source>Assay tells you what a code base is made of: which licenses its files carry, which parts came from elsewhere, which secrets were committed and which dependencies have known vulnerabilities.</source>
        <translation>Assay 会告诉您代码库由什么构成：文件带有哪些许可证、哪些部分来自别处、提交了哪些机密信息，以及哪些依赖项存在已知漏洞。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="38"/>
        <source>Everything runs on this computer. Nothing is uploaded; your code and results stay in the data directory.</source>
        <translation>一切都在这台计算机上运行。不会上传任何内容；您的代码和结果都保留在数据目录中。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="42"/>
        <source>Start with a folder or a git repository: Assay audits it in the background and shows the results as soon as it is done. You can also drop a folder or an archive on the window at any time.</source>
        <translation>从一个文件夹或 git 仓库开始：Assay 会在后台进行审计，并在完成后立即显示结果。您也可以随时将文件夹或归档文件拖放到窗口上。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="51"/>
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="53"/>
        <source>Audit a folder…</source>
        <translation>审计文件夹…</translation>
    </message>
</context>
</TS>
