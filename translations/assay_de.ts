<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/GuiMain.cpp" line="30"/>
        <source>Assay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/GuiMain.cpp" line="35"/>
        <source>Assay cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/GuiMain.cpp" line="36"/>
        <source>The data directory cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="30"/>
        <source>Usage: assay [OPTIONS] [COMMAND] [ARGS]

Offline code IP audits, document risk scans and engineering metrics.
Without a command, Assay opens the desktop app.

Commands:
  serve [--bind ADDR] [--port N] [--data-dir DIR]
                      run the HTTP + WebSocket API headless (team server)
  audit PATH|GIT_URL [--ref REF] [--format json|sarif|cyclonedx|spdx|html|pdf|csv|md]
                     [--output FILE] [--policy FILE] [--org-domain DOMAIN]...
                      audit a folder or repository and write audit.json or a report
  scan [FILE|-] [--text TEXT] [--force-llm] [--format json|text]
                      find project risks in a document
  user add EMAIL --role admin|analyst|viewer
                      create a user (password read from stdin)
  user passwd EMAIL   change a user&apos;s password (read from stdin)
  token create NAME [--scopes ...] [--user EMAIL]
                      create a personal API token and print its secret once
  vulndb import FILE|DIR
                      import an OSV export (zip or folder of JSON) for offline matching
  metrics import FILE import AI-assistant session logs (JSONL or CSV)

Options:
  --data-dir DIR      data directory (default: $ASSAY_DATA_DIR, else the platform&apos;s app data folder)
  --bind ADDR         address the API listens on (default 127.0.0.1)
  --port N            port of the API (default 8470)
  -h, --help          show this help
  -v, --version       show the version

Exit codes: 0 success, 1 policy violation (block), 2 usage or input error, 3 runtime failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="115"/>
        <source>assay: unknown command &apos;%1&apos;; see &apos;assay --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="126"/>
        <source>assay %1: this command is not available in this build yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="71"/>
        <source>&apos;%1&apos; is not an IP address; use e.g. 127.0.0.1 or 0.0.0.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="81"/>
        <source>--port must be a number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="51"/>
        <location filename="../ui/MainWindow.cpp" line="69"/>
        <source>Assay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="76"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="79"/>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="88"/>
        <location filename="../ui/MainWindow.cpp" line="89"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="90"/>
        <source>Your team at a glance: what was audited and found, and how the work is going.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="91"/>
        <source>Key indicators coloured by status: open critical findings, time to resolve, AI acceptance rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="93"/>
        <source>Recent audits and open findings by severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="94"/>
        <source>The intellectual-property composition of the last audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="96"/>
        <location filename="../ui/MainWindow.cpp" line="97"/>
        <source>Audits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="98"/>
        <source>Point Assay at a folder, a git URL or an archive and learn what the code is made of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="99"/>
        <source>New audit from a folder, a git repository or a dropped archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="100"/>
        <source>Live progress, then languages, licenses, authors, dependencies, vulnerabilities and leaked secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="102"/>
        <source>Findings to triage, and reports in PDF, HTML, SARIF, CycloneDX and SPDX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="104"/>
        <location filename="../ui/MainWindow.cpp" line="105"/>
        <source>Risk scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="106"/>
        <source>Paste text or open a contract, proposal or plan and see its project risks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="107"/>
        <source>Risks by category — financial, schedule, technical, legal, operational, compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="109"/>
        <source>Each risk with the sentence it came from, highlighted in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="110"/>
        <source>Works offline with a local model; uses an LLM service only when you ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="112"/>
        <location filename="../ui/MainWindow.cpp" line="113"/>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="113"/>
        <source>Trends, service levels and AI-assisted development indicators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="114"/>
        <source>Sessions per day against commits per day, with a chosen lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="115"/>
        <source>Cost per day by model, findings by severity over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="116"/>
        <source>Anomalies marked on each series; every chart exports CSV and PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="123"/>
        <source>Sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="124"/>
        <location filename="../ui/MainWindow.cpp" line="125"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="125"/>
        <source>Where Assay keeps its data and how it works for your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="126"/>
        <source>Data directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="127"/>
        <source>Organisation e-mail domains and names for provenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="128"/>
        <source>Workers, size limits, AI provider, theme and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="133"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="134"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="141"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="142"/>
        <source>&amp;About Assay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="143"/>
        <source>About Assay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="144"/>
        <source>&lt;h3&gt;Assay %1&lt;/h3&gt;&lt;p&gt;Offline code IP audits, document risk scans and engineering metrics.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="188"/>
        <source>The API server could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="189"/>
        <source>%1

Assay works without it, but scripts and teammates cannot reach this app until it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="193"/>
        <source>Use port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="194"/>
        <source>Choose a port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="195"/>
        <source>Continue without the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="201"/>
        <source>Choose a port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="201"/>
        <source>Port for the Assay API:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="218"/>
        <source>● API running at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="222"/>
        <source>○ API stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226"/>
        <source>○ API not running: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::ui::PlannedPage</name>
    <message>
        <location filename="../ui/pages/PlannedPage.cpp" line="37"/>
        <source>What this page will hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/PlannedPage.cpp" line="45"/>
        <source>This capability is being built; the API and the rest of the app already run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::ui::SharingPage</name>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="24"/>
        <source>Sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="27"/>
        <source>Assay runs an HTTP and WebSocket API inside the app. Scripts and CI jobs on this machine can use it now; sharing it with teammates on the LAN comes with user accounts and API tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="43"/>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="44"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="45"/>
        <source>Live connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="48"/>
        <source>Data directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="53"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="54"/>
        <source>Restart on this port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="58"/>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="71"/>
        <source>Running on this computer only (loopback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="76"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="77"/>
        <location filename="../ui/pages/SharingPage.cpp" line="81"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="80"/>
        <source>Not running: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
