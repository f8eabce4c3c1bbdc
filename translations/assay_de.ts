<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="39"/>
        <source>Open critical findings</source>
        <translation>Offene kritische Befunde</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="40"/>
        <source>Time to resolve critical (median h)</source>
        <translation>Behebungszeit kritisch (Median, h)</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="41"/>
        <source>Time to resolve high (median h)</source>
        <translation>Behebungszeit hoch (Median, h)</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="42"/>
        <source>AI acceptance rate</source>
        <translation>KI-Akzeptanzrate</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="43"/>
        <source>AI error rate</source>
        <translation>KI-Fehlerrate</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="44"/>
        <source>AI sessions per hour</source>
        <translation>KI-Sitzungen pro Stunde</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="45"/>
        <source>Tokens per accepted line</source>
        <translation>Tokens pro akzeptierter Zeile</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="46"/>
        <source>On-policy models</source>
        <translation>Richtlinienkonforme Modelle</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="47"/>
        <source>Commits per active day</source>
        <translation>Commits pro aktivem Tag</translation>
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
        <translation>Assay kann nicht starten</translation>
    </message>
    <message>
        <location filename="../app/GuiMain.cpp" line="41"/>
        <source>The data directory cannot be used: %1</source>
        <translation>Das Datenverzeichnis kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="45"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="47"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="48"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="54"/>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="56"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="58"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="60"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="62"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="64"/>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="74"/>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="75"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="75"/>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="75"/>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="79"/>
        <source>none open</source>
        <translation>keine offen</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="179"/>
        <source>%1% · %2</source>
        <translation>%1&#xa0;% · %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="32"/>
        <source>Viewer — reads audits, scans and metrics</source>
        <translation>Betrachter – liest Audits, Scans und Metriken</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="33"/>
        <source>Analyst — also runs audits and scans</source>
        <translation>Analyst – führt zusätzlich Audits und Scans aus</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="34"/>
        <source>Administrator — also manages users and settings</source>
        <translation>Administrator – verwaltet zusätzlich Benutzer und Einstellungen</translation>
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
        <translation>Aufruf: assay [OPTIONEN] [BEFEHL] [ARGUMENTE]

Offline-IP-Audits von Code, Risikoscans von Dokumenten und Engineering-Metriken.
Ohne Befehl öffnet Assay die Desktop-App.

Befehle:
  serve [--bind ADDR] [--port N] [--data-dir DIR]
                      HTTP- und WebSocket-API ohne Oberfläche ausführen (Team-Server)
  audit PATH|GIT_URL [--ref REF] [--format json|sarif|cyclonedx|spdx|html|pdf|csv|md]
                     [--output FILE] [--policy FILE] [--org-domain DOMAIN]... [--detectors LIST]
                      Ordner oder Repository prüfen und audit.json oder einen Bericht schreiben
  scan [FILE|-] [--text TEXT] [--force-llm] [--format json|text]
                      Projektrisiken in einem Dokument finden
  user add EMAIL --role admin|analyst|viewer
                      Benutzer anlegen (Passwort wird von stdin gelesen)
  user passwd EMAIL   Passwort eines Benutzers ändern (wird von stdin gelesen)
  token create NAME [--scopes ...] [--user EMAIL]
                      persönliches API-Token erstellen und sein Geheimnis einmalig ausgeben
  vulndb import FILE|DIR | vulndb status
                      OSV-Export (ZIP oder Ordner mit JSON) für den Offline-Abgleich importieren
  metrics import FILE Sitzungsprotokolle von KI-Assistenten importieren (JSONL oder CSV)
  backup FILE         Online-Sicherung (Datenbank und Audit-Artefakte) als .tar.gz schreiben
  restore FILE        Inhalt des Datenverzeichnisses durch eine Sicherung ersetzen (Assay beendet)

Optionen:
  --data-dir DIR      Datenverzeichnis (Standard: $ASSAY_DATA_DIR, sonst der App-Datenordner der Plattform)
  --bind ADDR         Adresse, auf der die API lauscht (Standard: 127.0.0.1)
  --port N            Port der API (Standard: 8470)
  -h, --help          diese Hilfe anzeigen
  -v, --version       Version anzeigen

Exit-Codes: 0 Erfolg, 1 Richtlinienverstoß (block), 2 Aufruf- oder Eingabefehler, 3 Laufzeitfehler.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="142"/>
        <source>assay: unknown command &apos;%1&apos;; see &apos;assay --help&apos;.</source>
        <translation>assay: unbekannter Befehl „%1“; siehe „assay --help“.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="170"/>
        <source>assay %1: this command is not available in this build yet.</source>
        <translation>assay %1: Dieser Befehl ist in diesem Build noch nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="74"/>
        <source>&apos;%1&apos; is not an IP address; use e.g. 127.0.0.1 or 0.0.0.0.</source>
        <translation>„%1“ ist keine IP-Adresse; verwenden Sie z. B. 127.0.0.1 oder 0.0.0.0.</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="85"/>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port muss eine Zahl von 0 bis 65535 sein.</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="89"/>
        <source>give exactly one folder or git URL to audit.</source>
        <translation>Geben Sie genau einen Ordner oder eine Git-URL für das Audit an.</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="94"/>
        <source>unknown format &apos;%1&apos;; use %2.</source>
        <translation>unbekanntes Format „%1“; verwenden Sie %2.</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="130"/>
        <source>unknown detector &apos;%1&apos;; use %2.</source>
        <translation>unbekannter Detektor „%1“; verwenden Sie %2.</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="174"/>
        <location filename="../app/AuditCommand.cpp" line="200"/>
        <source>cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../app/ScanCommand.cpp" line="61"/>
        <source>unknown format &apos;%1&apos;; use json or text.</source>
        <translation>unbekanntes Format „%1“; verwenden Sie json oder text.</translation>
    </message>
    <message>
        <location filename="../app/ScanCommand.cpp" line="67"/>
        <source>give one file to scan, - for standard input, or --text TEXT.</source>
        <translation>Geben Sie eine zu scannende Datei an, - für die Standardeingabe oder --text TEXT.</translation>
    </message>
    <message>
        <location filename="../app/ScanCommand.cpp" line="78"/>
        <source>cannot read standard input.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/ScanCommand.cpp" line="87"/>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <location filename="../app/ScanCommand.cpp" line="91"/>
        <source>cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../app/VulnDbCommand.cpp" line="41"/>
        <source>use &apos;assay vulndb import FILE|DIR&apos; or &apos;assay vulndb status&apos;.</source>
        <translation>Verwenden Sie „assay vulndb import FILE|DIR“ oder „assay vulndb status“.</translation>
    </message>
    <message>
        <location filename="../app/VulnDbCommand.cpp" line="45"/>
        <source>give the OSV export to import: a zip, a tar or a folder of JSON files.</source>
        <translation>Geben Sie den zu importierenden OSV-Export an: ein ZIP, ein TAR oder einen Ordner mit JSON-Dateien.</translation>
    </message>
</context>
<context>
    <name>assay::app</name>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="40"/>
        <location filename="../app/TokenCommand.cpp" line="34"/>
        <location filename="../app/UserCommand.cpp" line="82"/>
        <source>Data directory.</source>
        <translation>Datenverzeichnis.</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="42"/>
        <source>Input format: jsonl or csv (default: detected).</source>
        <translation>Eingabeformat: jsonl oder csv (Standard: automatisch erkannt).</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="43"/>
        <source>Print the result as JSON.</source>
        <translation>Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="44"/>
        <source>ISO date, date-time or days back.</source>
        <translation>ISO-Datum, Datum mit Uhrzeit oder Anzahl Tage zurück.</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="45"/>
        <source>ISO date or date-time.</source>
        <translation>ISO-Datum oder Datum mit Uhrzeit.</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="46"/>
        <source>Repository name or slug.</source>
        <translation>Name oder Slug des Repositorys.</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="47"/>
        <source>Largest lag tested (0-7).</source>
        <translation>Größte geprüfte Verzögerung (0–7).</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="48"/>
        <source>Usage: assay metrics import FILE|- [--format jsonl|csv] [--json] [--data-dir DIR]
       assay metrics kpis [--since S] [--until U] [--repo R]
       assay metrics insights [--since S] [--until U] [--lag-days N] [--repo R]</source>
        <translation>Aufruf: assay metrics import FILE|- [--format jsonl|csv] [--json] [--data-dir DIR]
        assay metrics kpis [--since S] [--until U] [--repo R]
        assay metrics insights [--since S] [--until U] [--lag-days N] [--repo R]</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="72"/>
        <source>assay metrics import: --format must be jsonl or csv.</source>
        <translation>assay metrics import: --format muss jsonl oder csv sein.</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="80"/>
        <source>assay metrics import: cannot read %1.</source>
        <translation>assay metrics import: %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="95"/>
        <source>assay metrics: --lag-days must be a whole number from 0 to 7.</source>
        <translation>assay metrics: --lag-days muss eine ganze Zahl von 0 bis 7 sein.</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="118"/>
        <source>Imported %1 sessions, %2 duplicates skipped, %3 lines rejected.</source>
        <translation>%1 Sitzungen importiert, %2 Duplikate übersprungen, %3 Zeilen abgelehnt.</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="125"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="35"/>
        <source>Scopes, comma-separated or repeated.</source>
        <translation>Bereiche, durch Kommas getrennt oder wiederholt.</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="36"/>
        <source>Owner&apos;s email.</source>
        <translation>E-Mail-Adresse des Eigentümers.</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="37"/>
        <source>Lifetime in days.</source>
        <translation>Gültigkeitsdauer in Tagen.</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="44"/>
        <source>Usage: assay token create NAME [--scopes read:audits,write:audits ...] [--user EMAIL] [--expires-in-days N]
Scopes: %1</source>
        <translation>Aufruf: assay token create NAME [--scopes read:audits,write:audits ...] [--user EMAIL] [--expires-in-days N]
Bereiche: %1</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="59"/>
        <source>assay token create: unknown scope &apos;%1&apos;; use %2.</source>
        <translation>assay token create: unbekannter Bereich „%1“; verwenden Sie %2.</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="69"/>
        <source>assay token create: --expires-in-days must be a positive number.</source>
        <translation>assay token create: --expires-in-days muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="88"/>
        <source>assay token create: no account with the email %1.</source>
        <translation>assay token create: kein Konto mit der E-Mail-Adresse %1.</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="97"/>
        <source>assay token create: there is no user account yet; create one with &apos;assay user add&apos;.</source>
        <translation>assay token create: Es gibt noch kein Benutzerkonto; legen Sie eines mit „assay user add“ an.</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="98"/>
        <source>assay token create: say whose token it is with --user EMAIL.</source>
        <translation>assay token create: Geben Sie mit --user EMAIL an, wem das Token gehört.</translation>
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
        <translation>API-Token „%1“ (ID %2) für %3, Bereiche: %4.
Kopieren Sie es jetzt: Es wird nicht noch einmal angezeigt.</translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="59"/>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="64"/>
        <source>no password given on stdin.</source>
        <translation>kein Passwort auf stdin angegeben.</translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="68"/>
        <source>Repeat the password: </source>
        <translation>Passwort wiederholen: </translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="71"/>
        <source>the passwords do not match.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="83"/>
        <source>admin, analyst or viewer.</source>
        <translation>admin, analyst oder viewer.</translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="84"/>
        <source>Full name.</source>
        <translation>Vollständiger Name.</translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="92"/>
        <source>Usage: assay user add EMAIL --role admin|analyst|viewer [--name NAME]
       assay user passwd EMAIL
The password is read from stdin.</source>
        <translation>Aufruf: assay user add EMAIL --role admin|analyst|viewer [--name NAME]
        assay user passwd EMAIL
Das Passwort wird von stdin gelesen.</translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="102"/>
        <source>assay user add: --role must be admin, analyst or viewer.</source>
        <translation>assay user add: --role muss admin, analyst oder viewer sein.</translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="118"/>
        <source>assay user passwd: no account with the email %1.</source>
        <translation>assay user passwd: kein Konto mit der E-Mail-Adresse %1.</translation>
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
        <translation>Passwort von %1 geändert; die Sitzungen wurden abgemeldet.</translation>
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
        <translation>%1 (%2) angelegt.</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="134"/>
        <location filename="../app/BackupCommand.cpp" line="148"/>
        <location filename="../app/BackupCommand.cpp" line="153"/>
        <location filename="../app/BackupCommand.cpp" line="158"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="139"/>
        <location filename="../app/BackupCommand.cpp" line="155"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="174"/>
        <source>give one backup file: &apos;assay %1 FILE [--data-dir DIR]&apos;.</source>
        <translation>Geben Sie eine Sicherungsdatei an: „assay %1 FILE [--data-dir DIR]“.</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="190"/>
        <source>there is no Assay database in %1.</source>
        <translation>In %1 gibt es keine Assay-Datenbank.</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="195"/>
        <source>%1 is a folder; give the name of the backup file to write.</source>
        <translation>%1 ist ein Ordner; geben Sie den Namen der zu schreibenden Sicherungsdatei an.</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="202"/>
        <location filename="../app/BackupCommand.cpp" line="316"/>
        <source>cannot write into %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="211"/>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="217"/>
        <location filename="../app/BackupCommand.cpp" line="222"/>
        <source>cannot copy the database: %1</source>
        <translation>Die Datenbank kann nicht kopiert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="231"/>
        <source>the copy of the database cannot be read: %1</source>
        <translation>Die Kopie der Datenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="261"/>
        <source>cannot write the manifest: %1</source>
        <translation>Das Manifest kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="274"/>
        <source>cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="280"/>
        <source>Backed up %1 audits and %2 artefact files (schema version %3) to %4 (%5 bytes).</source>
        <translation>%1 Audits und %2 Artefaktdateien (Schemaversion %3) nach %4 gesichert (%5 Byte).</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="296"/>
        <source>there is no backup file %1.</source>
        <translation>Es gibt keine Sicherungsdatei %1.</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="307"/>
        <source>Assay (process %1) is using %2; stop the server or close the desktop app, then restore.</source>
        <translation>Assay (Prozess %1) verwendet %2; beenden Sie den Server oder schließen Sie die Desktop-App und stellen Sie dann wieder her.</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="324"/>
        <source>%1 is not a readable Assay backup: %2</source>
        <translation>%1 ist keine lesbare Assay-Sicherung: %2</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="332"/>
        <source>%1 is not an Assay backup (made by &apos;assay backup&apos;).</source>
        <translation>%1 ist keine Assay-Sicherung (erstellt mit „assay backup“).</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="344"/>
        <source>the database in %1 is damaged (%2); nothing was changed.</source>
        <translation>Die Datenbank in %1 ist beschädigt (%2); es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="353"/>
        <source>the backup is from a newer Assay (schema version %1; this version knows up to %2). Restore it with that version or a newer one; nothing was changed.</source>
        <translation>Die Sicherung stammt von einem neueren Assay (Schemaversion %1; diese Version kennt bis %2). Stellen Sie sie mit jener oder einer neueren Version wieder her; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="373"/>
        <source>cannot create %1; nothing was changed.</source>
        <translation>%1 kann nicht angelegt werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="381"/>
        <source>cannot move %1 aside; nothing was changed.</source>
        <translation>%1 kann nicht beiseitegelegt werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="394"/>
        <source>cannot move the restored files into %1; nothing was changed.</source>
        <translation>Die wiederhergestellten Dateien können nicht nach %1 verschoben werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="400"/>
        <source>the restored database cannot be opened: %1</source>
        <translation>Die wiederhergestellte Datenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="405"/>
        <source>Restored %1 audits from %2 (made %3 by Assay %4).</source>
        <translation>%1 Audits aus %2 wiederhergestellt (erstellt am %3 von Assay %4).</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="410"/>
        <source>Its schema was migrated from version %1 to %2.</source>
        <translation>Ihr Schema wurde von Version %1 auf %2 migriert.</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="412"/>
        <source>The replaced data is kept in %1.</source>
        <translation>Die ersetzten Daten liegen in %1.</translation>
    </message>
</context>
<context>
    <name>assay::ui</name>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="87"/>
        <source>AI sessions and commits per day</source>
        <translation>KI-Sitzungen und Commits pro Tag</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="87"/>
        <source>AI sessions/day, commits %1 d later</source>
        <translation>KI-Sitzungen/Tag, Commits %1 T später</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="88"/>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="95"/>
        <source>sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="95"/>
        <source>commits</source>
        <translation>Commits</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="95"/>
        <source>commits (+%1 d)</source>
        <translation>Commits (+%1 T)</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="110"/>
        <source>Cost per day by model</source>
        <translation>Kosten pro Tag nach Modell</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="111"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="117"/>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="122"/>
        <source>New findings per day by severity</source>
        <translation>Neue Befunde pro Tag nach Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="123"/>
        <source>findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="133"/>
        <source>Tokens and error rate per day</source>
        <translation>Tokens und Fehlerrate pro Tag</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="134"/>
        <location filename="../ui/models/MetricsChartData.cpp" line="137"/>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="135"/>
        <location filename="../ui/models/MetricsChartData.cpp" line="138"/>
        <source>error rate %</source>
        <translation>Fehlerrate %</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="149"/>
        <source>%1 anomaly: %2 (expected %3–%4)</source>
        <translation>Anomalie bei %1: %2 (erwartet %3–%4)</translation>
    </message>
</context>
<context>
    <name>assay::ui::AuditDetailView</name>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="39"/>
        <source>%1 line</source>
        <translation>%1 Zeile</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="39"/>
        <source>%1 lines</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="96"/>
        <source>← All audits</source>
        <translation>← Alle Audits</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="100"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="102"/>
        <source>Export the report (Ctrl+E)</source>
        <translation>Bericht exportieren (Strg+E)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="109"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="110"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="154"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="360"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="111"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="246"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="117"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="364"/>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="123"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="363"/>
        <source>Contributors</source>
        <translation>Mitwirkende</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="138"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="139"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="140"/>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="149"/>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="150"/>
        <source>IP class</source>
        <translation>IP-Klasse</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="197"/>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="200"/>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="203"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="206"/>
        <source>Finding type</source>
        <translation>Befundtyp</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="207"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="222"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="208"/>
        <source>Triage status</source>
        <translation>Triage-Status</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="209"/>
        <source>Acknowledge</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="210"/>
        <source>False positive</source>
        <translation>Falsch positiv</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="211"/>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="216"/>
        <source>Mark selected:</source>
        <translation>Auswahl markieren als:</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="232"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="233"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="234"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="242"/>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="242"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="261"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="278"/>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="261"/>
        <source>Note (optional):</source>
        <translation>Notiz (optional):</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="290"/>
        <source>Audit not found</source>
        <translation>Audit nicht gefunden</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="323"/>
        <source>no fix yet</source>
        <translation>noch keine Korrektur</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="326"/>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="326"/>
        <source>transitive</source>
        <translation>transitiv</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="329"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="329"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="329"/>
        <source>Ecosystem</source>
        <translation>Ökosystem</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="329"/>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="329"/>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="329"/>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="330"/>
        <source>Vulnerabilities</source>
        <translation>Schwachstellen</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="338"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="338"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="338"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="362"/>
        <source>Commits</source>
        <translation>Commits</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="338"/>
        <source>Lines added</source>
        <translation>Hinzugefügte Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="338"/>
        <source>Lines removed</source>
        <translation>Entfernte Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="338"/>
        <source>First commit</source>
        <translation>Erster Commit</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="339"/>
        <source>Last commit</source>
        <translation>Letzter Commit</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="339"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="355"/>
        <source>Results appear here when the audit has completed.</source>
        <translation>Die Ergebnisse erscheinen hier, sobald das Audit abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="359"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="361"/>
        <source>Lines of code</source>
        <translation>Codezeilen</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="365"/>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="373"/>
        <source>Intellectual-property composition</source>
        <translation>Zusammensetzung des geistigen Eigentums</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="374"/>
        <source>Foreground (your organisation)</source>
        <translation>Foreground (Ihre Organisation)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="375"/>
        <source>Third party (open source, vendored)</source>
        <translation>Drittanbieter (Open Source, eingebunden)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="375"/>
        <source>Background (brought in)</source>
        <translation>Background (eingebracht)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="376"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="386"/>
        <source>Licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="394"/>
        <source>No license found</source>
        <translation>Keine Lizenz gefunden</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="395"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="407"/>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="407"/>
        <source>Passed</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="407"/>
        <source>Violated</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="411"/>
        <source>Since the previous audit</source>
        <translation>Seit dem vorigen Audit</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="412"/>
        <source>%1 new findings, %2 resolved; %3 files added, %4 removed.</source>
        <translation>%1 neue Befunde, %2 behoben; %3 Dateien hinzugefügt, %4 entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="423"/>
        <source>IP class: %1</source>
        <translation>IP-Klasse: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="425"/>
        <source>License: %1</source>
        <translation>Lizenz: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="441"/>
        <source>(no preview for this file)</source>
        <translation>(keine Vorschau für diese Datei)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="472"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="501"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="506"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="476"/>
        <source>PDF report for people (*.pdf)</source>
        <translation>PDF-Bericht zum Lesen (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="477"/>
        <source>HTML report, one self-contained file (*.html)</source>
        <translation>HTML-Bericht, eine eigenständige Datei (*.html)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="478"/>
        <source>Audit document, audit.json (*.json)</source>
        <translation>Audit-Dokument, audit.json (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="479"/>
        <source>SARIF 2.1.0 for code-scanning tools (*.sarif)</source>
        <translation>SARIF 2.1.0 für Code-Scanning-Werkzeuge (*.sarif)</translation>
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
        <translation>CSV, eine Zeile pro Datei (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="483"/>
        <source>Markdown IP contribution table (*.md)</source>
        <translation>Markdown-Tabelle der IP-Beiträge (*.md)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="488"/>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="506"/>
        <source>The report cannot be written to %1.</source>
        <translation>Der Bericht kann nicht nach %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>assay::ui::AuditsPage</name>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="121"/>
        <location filename="../ui/pages/AuditsPage.cpp" line="228"/>
        <source>Audits</source>
        <translation>Audits</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="125"/>
        <source>New audit…</source>
        <translation>Neues Audit…</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="127"/>
        <source>Audit a folder, a git repository or an archive (Ctrl+N)</source>
        <translation>Einen Ordner, ein Git-Repository oder ein Archiv prüfen (Strg+N)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="133"/>
        <source>Search repositories (Ctrl+F)</source>
        <translation>Repositorys durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="135"/>
        <source>Search audits</source>
        <translation>Audits durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="137"/>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="138"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="141"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="142"/>
        <source>Re-run</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="143"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="144"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="162"/>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="173"/>
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="174"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="192"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="200"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="205"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="214"/>
        <source>Open findings</source>
        <translation>Offene Befunde</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="242"/>
        <source>No audits yet. Click “New audit…”, or drop a folder or an archive on this window.</source>
        <translation>Noch keine Audits. Klicken Sie auf „Neues Audit…“ oder ziehen Sie einen Ordner oder ein Archiv auf dieses Fenster.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="299"/>
        <source>The audits cannot be read: %1</source>
        <translation>Die Audits können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="358"/>
        <location filename="../ui/pages/AuditsPage.cpp" line="397"/>
        <source>The audit cannot start</source>
        <translation>Das Audit kann nicht gestartet werden</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="371"/>
        <source>Cancel audit</source>
        <translation>Audit abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="385"/>
        <source>Re-run audit</source>
        <translation>Audit erneut ausführen</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="386"/>
        <source>An uploaded archive cannot be re-run; audit it again from the file.</source>
        <translation>Ein hochgeladenes Archiv kann nicht erneut ausgeführt werden; prüfen Sie es erneut aus der Datei.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="409"/>
        <source>Delete audits</source>
        <translation>Audits löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/AuditsPage.cpp" line="410"/>
        <source>Delete %n audit(s) with their findings and files? This cannot be undone.</source>
        <translation>
            <numerusform>%n Audit mit seinen Befunden und Dateien löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Audits mit ihren Befunden und Dateien löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="415"/>
        <source>Delete audit</source>
        <translation>Audit löschen</translation>
    </message>
</context>
<context>
    <name>assay::ui::DashboardPage</name>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="71"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="74"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="77"/>
        <source>Your team at a glance: what was audited and found, and how the work is going.</source>
        <translation>Ihr Team auf einen Blick: was geprüft und gefunden wurde und wie die Arbeit vorangeht.</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="109"/>
        <source>Open findings by severity</source>
        <translation>Offene Befunde nach Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="114"/>
        <source>IP composition of the last audit</source>
        <translation>IP-Zusammensetzung des letzten Audits</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="119"/>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="119"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="119"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="119"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="126"/>
        <source>Recent audits</source>
        <translation>Letzte Audits</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="180"/>
        <source>Cannot compute the dashboard: %1</source>
        <translation>Das Dashboard kann nicht berechnet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="256"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="263"/>
        <source>target %1 %2 %3</source>
        <translation>Ziel %1 %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="283"/>
        <source>Open findings</source>
        <translation>Offene Befunde</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="334"/>
        <source>No completed audit yet</source>
        <translation>Noch kein abgeschlossenes Audit</translation>
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
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="198"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="67"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="69"/>
        <source>Audits</source>
        <translation>Audits</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="71"/>
        <source>Risk scans</source>
        <translation>Risikoscans</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="73"/>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="75"/>
        <source>Sharing</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="77"/>
        <source>API tokens</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="79"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="81"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="206"/>
        <source>&amp;New audit…</source>
        <translation>&amp;Neues Audit…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="207"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="208"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="209"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="210"/>
        <source>&amp;About Assay</source>
        <translation>Ü&amp;ber Assay</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="174"/>
        <source>About Assay</source>
        <translation>Über Assay</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="175"/>
        <source>&lt;h3&gt;Assay %1&lt;/h3&gt;&lt;p&gt;Offline code IP audits, document risk scans and engineering metrics.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Assay %1&lt;/h3&gt;&lt;p&gt;Offline-IP-Audits von Code, Risikoscans von Dokumenten und Engineering-Metriken.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="213"/>
        <source>Show Assay</source>
        <translation>Assay anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="214"/>
        <location filename="../ui/MainWindow.cpp" line="353"/>
        <source>Stop sharing</source>
        <translation>Freigabe beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="215"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="296"/>
        <source>The audit of %1 has completed.</source>
        <translation>Das Audit von %1 ist abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="297"/>
        <source>The audit of %1 was cancelled.</source>
        <translation>Das Audit von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="298"/>
        <source>The audit of %1 has failed.</source>
        <translation>Das Audit von %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="338"/>
        <source>Assay is sharing its API at %1</source>
        <translation>Assay gibt seine API unter %1 frei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="393"/>
        <source>The API server could not start</source>
        <translation>Der API-Server konnte nicht gestartet werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="394"/>
        <source>%1

Assay works without it, but scripts and teammates cannot reach this app until it runs.</source>
        <translation>%1

Assay funktioniert auch ohne ihn, aber Skripte und Teammitglieder können diese App erst erreichen, wenn er läuft.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="398"/>
        <source>Use port %1</source>
        <translation>Port %1 verwenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="399"/>
        <source>Choose a port…</source>
        <translation>Port wählen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="400"/>
        <source>Continue without the server</source>
        <translation>Ohne Server fortfahren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="407"/>
        <source>Choose a port</source>
        <translation>Port wählen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="407"/>
        <source>Port for the Assay API:</source>
        <translation>Port für die Assay-API:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="423"/>
        <source>● API running at %1</source>
        <translation>● API läuft unter %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="427"/>
        <source>○ API stopped</source>
        <translation>○ API gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="431"/>
        <source>○ API not running: %1</source>
        <translation>○ API läuft nicht: %1</translation>
    </message>
</context>
<context>
    <name>assay::ui::MetricsPage</name>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="50"/>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="55"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="58"/>
        <source>All data</source>
        <translation>Alle Daten</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="59"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="60"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="61"/>
        <source>Last 365 days</source>
        <translation>Letzte 365 Tage</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="64"/>
        <source>Commit lag (days)</source>
        <translation>Commit-Verzögerung (Tage)</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="69"/>
        <source>Commit lag in days</source>
        <translation>Commit-Verzögerung in Tagen</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="73"/>
        <source>Repository (all)</source>
        <translation>Repository (alle)</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="74"/>
        <source>Repository filter</source>
        <translation>Repository-Filter</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="77"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="101"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="102"/>
        <source>Export the chart&apos;s data as CSV</source>
        <translation>Die Daten des Diagramms als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="103"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="104"/>
        <source>Export the chart as a PNG image</source>
        <translation>Das Diagramm als PNG-Bild exportieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="123"/>
        <source>Key indicators and insights</source>
        <translation>Kennzahlen und Erkenntnisse</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="192"/>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="202"/>
        <source>Cannot compute the metrics: %1</source>
        <translation>Die Metriken können nicht berechnet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="238"/>
        <source>No data yet: import AI-assistant session logs (assay metrics import FILE) and run audits.</source>
        <translation>Noch keine Daten: Importieren Sie Sitzungsprotokolle von KI-Assistenten (assay metrics import FILE) und führen Sie Audits aus.</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="239"/>
        <source>%1 sessions, %2 requests over %3 days; %4 anomalies.</source>
        <translation>%1 Sitzungen, %2 Anfragen über %3 Tage; %4 Anomalien.</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="259"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="274"/>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="276"/>
        <source>Nothing stands out: every indicator with data is within its target.</source>
        <translation>Nichts Auffälliges: Jede Kennzahl mit Daten liegt innerhalb ihres Ziels.</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="327"/>
        <source>anomalies</source>
        <translation>Anomalien</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="365"/>
        <location filename="../ui/pages/MetricsPage.cpp" line="376"/>
        <source>There is no chart %1.</source>
        <translation>Es gibt kein Diagramm %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="369"/>
        <location filename="../ui/pages/MetricsPage.cpp" line="379"/>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="388"/>
        <source>Export chart image</source>
        <translation>Diagrammbild exportieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="388"/>
        <source>Export chart data</source>
        <translation>Diagrammdaten exportieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="389"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="389"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="393"/>
        <source>Exported %1.</source>
        <translation>%1 exportiert.</translation>
    </message>
</context>
<context>
    <name>assay::ui::NewAuditDialog</name>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="32"/>
        <source>New audit</source>
        <translation>Neues Audit</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="35"/>
        <source>Choose what to audit. Nothing leaves this computer; git repositories are cloned into Assay&apos;s data folder.</source>
        <translation>Wählen Sie, was geprüft werden soll. Nichts verlässt diesen Computer; Git-Repositorys werden in den Datenordner von Assay geklont.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="47"/>
        <source>&amp;Folder on this computer</source>
        <translation>&amp;Ordner auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="49"/>
        <source>/path/to/project</source>
        <translation>/pfad/zum/projekt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="50"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="51"/>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="62"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="52"/>
        <source>&amp;Git repository</source>
        <translation>&amp;Git-Repository</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="54"/>
        <source>https://host/org/repo.git</source>
        <translation>https://host/org/repo.git</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="55"/>
        <source>Git URL</source>
        <translation>Git-URL</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="57"/>
        <source>branch, tag or commit (optional)</source>
        <translation>Branch, Tag oder Commit (optional)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="58"/>
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="59"/>
        <source>&amp;Archive (zip, tar.gz, tar.xz)</source>
        <translation>&amp;Archiv (zip, tar.gz, tar.xz)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="61"/>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="64"/>
        <source>example.com, example.org</source>
        <translation>example.com, example.org</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="65"/>
        <source>Organisation e-mail domains</source>
        <translation>E-Mail-Domains der Organisation</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="72"/>
        <source>Ref:</source>
        <translation>Ref:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="75"/>
        <source>Your organisation&apos;s e-mail domains:</source>
        <translation>E-Mail-Domains Ihrer Organisation:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="83"/>
        <source>Start audit</source>
        <translation>Audit starten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="88"/>
        <source>Folder to audit</source>
        <translation>Zu prüfender Ordner</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="94"/>
        <source>Archive to audit</source>
        <translation>Zu prüfendes Archiv</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="94"/>
        <source>Archives (*.zip *.tar.gz *.tgz *.tar.xz *.txz *.tar)</source>
        <translation>Archive (*.zip *.tar.gz *.tgz *.tar.xz *.txz *.tar)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="131"/>
        <source>Choose a folder to audit.</source>
        <translation>Wählen Sie einen zu prüfenden Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="133"/>
        <source>This folder does not exist.</source>
        <translation>Dieser Ordner existiert nicht.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="135"/>
        <source>This is a file, not a folder.</source>
        <translation>Dies ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="137"/>
        <source>Assay cannot read this folder (permission denied).</source>
        <translation>Assay kann diesen Ordner nicht lesen (Zugriff verweigert).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="140"/>
        <source>Enter a git URL (https://, ssh://, git@host:…, or file://).</source>
        <translation>Geben Sie eine Git-URL ein (https://, ssh://, git@host:… oder file://).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="144"/>
        <source>Choose a zip, tar.gz or tar.xz archive.</source>
        <translation>Wählen Sie ein zip-, tar.gz- oder tar.xz-Archiv.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="146"/>
        <source>Assay reads zip, tar.gz and tar.xz archives.</source>
        <translation>Assay liest zip-, tar.gz- und tar.xz-Archive.</translation>
    </message>
</context>
<context>
    <name>assay::ui::RiskScansPage</name>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="87"/>
        <source>Not a risk</source>
        <translation>Kein Risiko</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="121"/>
        <source>Financial</source>
        <translation>Finanziell</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="122"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="123"/>
        <source>Technical</source>
        <translation>Technisch</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="124"/>
        <source>Legal</source>
        <translation>Rechtlich</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="125"/>
        <source>Operational</source>
        <translation>Betrieblich</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="126"/>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="127"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="160"/>
        <source>Risk scans</source>
        <translation>Risikoscans</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="163"/>
        <source>Paste text or open a contract, proposal or plan and see its project risks. The local model works offline; correct a risk&apos;s categories to teach it.</source>
        <translation>Fügen Sie Text ein oder öffnen Sie einen Vertrag, ein Angebot oder einen Plan, um dessen Projektrisiken zu sehen. Das lokale Modell arbeitet offline; korrigieren Sie die Kategorien eines Risikos, um es zu trainieren.</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="179"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="184"/>
        <source>Past scans</source>
        <translation>Frühere Scans</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="188"/>
        <location filename="../ui/pages/RiskScansPage.cpp" line="728"/>
        <source>Delete scan</source>
        <translation>Scan löschen</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="198"/>
        <source>Open document…</source>
        <translation>Dokument öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="200"/>
        <source>Text, Markdown, CSV, JSON, HTML, PDF or Word (.docx) — or drop a file here (Ctrl+O)</source>
        <translation>Text, Markdown, CSV, JSON, HTML, PDF oder Word (.docx) – oder ziehen Sie eine Datei hierher (Strg+O)</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="201"/>
        <location filename="../ui/pages/RiskScansPage.cpp" line="551"/>
        <location filename="../ui/pages/RiskScansPage.cpp" line="699"/>
        <source>Pasted text</source>
        <translation>Eingefügter Text</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="203"/>
        <source>Use the LLM</source>
        <translation>LLM verwenden</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="211"/>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="213"/>
        <source>Scan</source>
        <translation>Scannen</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="215"/>
        <source>Find the risks in this text (Ctrl+Return)</source>
        <translation>Risiken in diesem Text finden (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="224"/>
        <source>Text to scan</source>
        <translation>Zu scannender Text</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="225"/>
        <source>Paste a contract, proposal, project plan or status report here, or open a document, then press Scan (Ctrl+Return).</source>
        <translation>Fügen Sie hier einen Vertrag, ein Angebot, einen Projektplan oder einen Statusbericht ein oder öffnen Sie ein Dokument, und klicken Sie dann auf „Scannen“ (Strg+Eingabe).</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="233"/>
        <location filename="../ui/pages/RiskScansPage.cpp" line="510"/>
        <source>No scan yet.</source>
        <translation>Noch kein Scan.</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="239"/>
        <source>Risks found</source>
        <translation>Gefundene Risiken</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="261"/>
        <source>Categories:</source>
        <translation>Kategorien:</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="262"/>
        <source>Check the categories this risk really has; uncheck all if it is not a risk.</source>
        <translation>Markieren Sie die Kategorien, die dieses Risiko tatsächlich hat; entfernen Sie alle Markierungen, wenn es kein Risiko ist.</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="278"/>
        <location filename="../ui/pages/RiskScansPage.cpp" line="631"/>
        <location filename="../ui/pages/RiskScansPage.cpp" line="648"/>
        <source>Save correction</source>
        <translation>Korrektur speichern</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="387"/>
        <source>Ask the configured LLM (%1) instead of the local model; the text leaves this computer.</source>
        <translation>Das konfigurierte LLM (%1) statt des lokalen Modells fragen; der Text verlässt diesen Computer.</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="411"/>
        <source>Open a document to scan</source>
        <translation>Zu scannendes Dokument öffnen</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="412"/>
        <source>Documents (*.txt *.md *.markdown *.csv *.tsv *.json *.html *.htm *.pdf *.docx);;All files (*)</source>
        <translation>Dokumente (*.txt *.md *.markdown *.csv *.tsv *.json *.html *.htm *.pdf *.docx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="422"/>
        <source>Cannot open %1: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="427"/>
        <source>%1 is %2 MB; documents up to %3 MB can be scanned.</source>
        <translation>%1 ist %2 MB groß; Dokumente bis %3 MB können gescannt werden.</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="454"/>
        <source>Document: %1</source>
        <translation>Dokument: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="457"/>
        <source>Press Scan (Ctrl+Return) to find the risks in %1.</source>
        <translation>Klicken Sie auf „Scannen“ (Strg+Eingabe), um die Risiken in %1 zu finden.</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="471"/>
        <source>Edited text</source>
        <translation>Bearbeiteter Text</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="491"/>
        <source>Nothing to scan: paste some text or open a document first.</source>
        <translation>Nichts zu scannen: Fügen Sie zuerst Text ein oder öffnen Sie ein Dokument.</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="499"/>
        <source>Asking the LLM…</source>
        <translation>LLM wird gefragt…</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="499"/>
        <source>Scanning…</source>
        <translation>Wird gescannt…</translation>
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
        <translation>lokales Modell</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="554"/>
        <source>No risks found in this text.</source>
        <translation>In diesem Text wurden keine Risiken gefunden.</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="555"/>
        <source>1 risk found. Select it to see its sentence in the text.</source>
        <translation>1 Risiko gefunden. Wählen Sie es aus, um seinen Satz im Text zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="556"/>
        <source>%1 risks found. Select one to see its sentence in the text.</source>
        <translation>%1 Risiken gefunden. Wählen Sie eines aus, um seinen Satz im Text zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="648"/>
        <source>Mark as not a risk</source>
        <translation>Als kein Risiko markieren</translation>
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
        <translation>keine Risiken</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="701"/>
        <source>1 risk</source>
        <translation>1 Risiko</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="702"/>
        <source>%1 risks</source>
        <translation>%1 Risiken</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="704"/>
        <source>Scanned by the LLM</source>
        <translation>Vom LLM gescannt</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="705"/>
        <source>Scanned by the local model</source>
        <translation>Vom lokalen Modell gescannt</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="711"/>
        <source>Your scans will appear here.</source>
        <translation>Ihre Scans erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="728"/>
        <source>Delete the scan “%1”?</source>
        <translation>Den Scan „%1“ löschen?</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="750"/>
        <source>The scan was deleted.</source>
        <translation>Der Scan wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>assay::ui::ScanItemsModel</name>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="128"/>
        <source>Not a risk</source>
        <translation>Kein Risiko</translation>
    </message>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="130"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="130"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="137"/>
        <source>Corrected by you; the model said: %1</source>
        <translation>Von Ihnen korrigiert; das Modell sagte: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="138"/>
        <source>not a risk</source>
        <translation>kein Risiko</translation>
    </message>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="140"/>
        <source>The model&apos;s probability for %1</source>
        <translation>Wahrscheinlichkeit des Modells für %1</translation>
    </message>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="141"/>
        <source>The LLM gave no confidence</source>
        <translation>Das LLM hat keine Konfidenz angegeben</translation>
    </message>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="168"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="170"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="172"/>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="174"/>
        <source>Sentence</source>
        <translation>Satz</translation>
    </message>
</context>
<context>
    <name>assay::ui::SettingsPage</name>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="207"/>
        <source>No file manager could open the folder. Its path is shown above; you can copy it.</source>
        <translation>Kein Dateimanager konnte den Ordner öffnen. Sein Pfad steht oben; Sie können ihn kopieren.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="214"/>
        <source>The API key was removed.</source>
        <translation>Der API-Schlüssel wurde entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="296"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="297"/>
        <source>Where Assay keeps its data and how it works for your organisation. The same settings are available to administrators through the API.</source>
        <translation>Wo Assay seine Daten speichert und wie es für Ihre Organisation arbeitet. Administratoren stehen dieselben Einstellungen über die API zur Verfügung.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="299"/>
        <location filename="../ui/pages/SettingsPage.cpp" line="302"/>
        <source>Data directory</source>
        <translation>Datenverzeichnis</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="300"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="301"/>
        <source>Open the data directory in the file manager</source>
        <translation>Datenverzeichnis im Dateimanager öffnen</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="303"/>
        <source>The database, audit results and reports are kept here. To use another folder, start Assay with --data-dir.</source>
        <translation>Hier liegen die Datenbank, die Audit-Ergebnisse und die Berichte. Um einen anderen Ordner zu verwenden, starten Sie Assay mit --data-dir.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="305"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="306"/>
        <source>Audits and limits</source>
        <translation>Audits und Limits</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="307"/>
        <source>AI provider for risk scans</source>
        <translation>KI-Anbieter für Risikoscans</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="308"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="310"/>
        <source>E-mail domains</source>
        <translation>E-Mail-Domains</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="311"/>
        <source>Copyright holder names</source>
        <translation>Namen der Urheberrechtsinhaber</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="312"/>
        <source>Audits at once</source>
        <translation>Gleichzeitige Audits</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="313"/>
        <source>Largest file scanned</source>
        <translation>Größte gescannte Datei</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="314"/>
        <source>Largest upload</source>
        <translation>Größter Upload</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="314"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="315"/>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="315"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="316"/>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="316"/>
        <location filename="../ui/pages/SettingsPage.cpp" line="323"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="317"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="317"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="324"/>
        <source>One per line, e.g. example.com</source>
        <translation>Eine pro Zeile, z. B. example.com</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="325"/>
        <source>Commits from these e-mail domains count as your organisation&apos;s own work.</source>
        <translation>Commits von diesen E-Mail-Domains zählen als eigene Arbeit Ihrer Organisation.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="326"/>
        <source>One per line, e.g. Example GmbH</source>
        <translation>Einer pro Zeile, z. B. Example GmbH</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="327"/>
        <source>Copyright notices naming these holders count as your organisation&apos;s own code.</source>
        <translation>Copyright-Vermerke mit diesen Inhabern zählen als eigener Code Ihrer Organisation.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="328"/>
        <source>One per processor core</source>
        <translation>Eines pro Prozessorkern</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="329"/>
        <source>Applies after Assay is restarted.</source>
        <translation>Wirkt nach einem Neustart von Assay.</translation>
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
        <translation>Größere Dateien werden gezählt, ihr Text wird aber nicht nach Lizenzen oder Geheimnissen durchsucht.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="333"/>
        <source>Largest archive or document accepted from the API or a risk scan.</source>
        <translation>Größtes Archiv oder Dokument, das über die API oder einen Risikoscan angenommen wird.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="334"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="335"/>
        <source>None (rules only)</source>
        <translation>Keiner (nur Regeln)</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="336"/>
        <source>Assay AI service</source>
        <translation>Assay-KI-Dienst</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="337"/>
        <source>OpenAI-compatible server</source>
        <translation>OpenAI-kompatibler Server</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="338"/>
        <source>Remove key</source>
        <translation>Schlüssel entfernen</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="339"/>
        <source>Remove the stored API key</source>
        <translation>Gespeicherten API-Schlüssel entfernen</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="340"/>
        <location filename="../ui/pages/SettingsPage.cpp" line="343"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="341"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="342"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="344"/>
        <source>Menus and the page list change at once; the pages themselves after Assay is restarted.</source>
        <translation>Menüs und Seitenliste wechseln sofort, die Seiten selbst nach einem Neustart von Assay.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="346"/>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="347"/>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="369"/>
        <source>A key is stored in the keychain; type a new one to replace it</source>
        <translation>Ein Schlüssel ist im Schlüsselbund gespeichert; geben Sie einen neuen ein, um ihn zu ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="369"/>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="413"/>
        <source>Nothing to save.</source>
        <translation>Nichts zu speichern.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="419"/>
        <source>Nothing was saved. Correct the fields marked in red.</source>
        <translation>Es wurde nichts gespeichert. Korrigieren Sie die rot markierten Felder.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="432"/>
        <source>Saved. The number of audits at once applies after Assay is restarted.</source>
        <translation>Gespeichert. Die Anzahl gleichzeitiger Audits wirkt nach einem Neustart von Assay.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="433"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>assay::ui::SharingPage</name>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="65"/>
        <source>Sharing</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="86"/>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="91"/>
        <source>Data directory:</source>
        <translation>Datenverzeichnis:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="105"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="68"/>
        <source>Assay runs an HTTP and WebSocket API inside the app. Share it with teammates on the LAN: they sign in with their own account or use a personal API token; every route but /health then needs a credential.</source>
        <translation>Assay betreibt in der App eine HTTP- und WebSocket-API. Geben Sie sie für Teammitglieder im LAN frei: Sie melden sich mit ihrem eigenen Konto an oder verwenden ein persönliches API-Token; jede Route außer /health erfordert dann Anmeldedaten.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="76"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="87"/>
        <source>Addresses for teammates:</source>
        <translation>Adressen für Teammitglieder:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="88"/>
        <source>Live WebSocket clients:</source>
        <translation>Verbundene WebSocket-Clients:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="92"/>
        <source>Share on the LAN</source>
        <translation>Im LAN freigeben</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="94"/>
        <source>Listen on the network instead of this computer only.</source>
        <translation>Im Netzwerk lauschen statt nur auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="98"/>
        <source>Bind address</source>
        <translation>Bind-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="100"/>
        <source>Bind address:</source>
        <translation>Bind-Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="106"/>
        <source>Apply and restart the server</source>
        <translation>Übernehmen und Server neu starten</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="111"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="112"/>
        <source>No administrator account exists yet: teammates cannot sign in. Create your own account first on the Users page (or with &apos;assay user add&apos;).</source>
        <translation>Es gibt noch kein Administratorkonto: Teammitglieder können sich nicht anmelden. Legen Sie zuerst Ihr eigenes Konto auf der Seite „Benutzer“ an (oder mit „assay user add“).</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="119"/>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="123"/>
        <source>Use HTTPS (takes effect at the next restart)</source>
        <translation>HTTPS verwenden (wirkt ab dem nächsten Neustart)</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="129"/>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="134"/>
        <source>Teammates compare this with what their browser or curl shows.</source>
        <translation>Teammitglieder vergleichen dies mit der Anzeige ihres Browsers oder von curl.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="135"/>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="136"/>
        <source>Generate a self-signed certificate</source>
        <translation>Selbstsigniertes Zertifikat erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="141"/>
        <source>Who is connected</source>
        <translation>Wer verbunden ist</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="144"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="144"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="144"/>
        <source>Signed in</source>
        <translation>Angemeldet seit</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="144"/>
        <source>Last seen</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="153"/>
        <source>End the selected session</source>
        <translation>Ausgewählte Sitzung beenden</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="155"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="162"/>
        <source>Addresses locked out after failed logins</source>
        <translation>Nach fehlgeschlagenen Anmeldungen gesperrte Adressen</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="167"/>
        <source>Unban the selected address</source>
        <translation>Ausgewählte Adresse entsperren</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="230"/>
        <source>Running on this computer only (loopback)</source>
        <translation>Läuft nur auf diesem Computer (Loopback)</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="230"/>
        <source>Running, shared on the LAN</source>
        <translation>Läuft, im LAN freigegeben</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="234"/>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
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
        <translation>keines konfiguriert</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="252"/>
        <source>cannot read the certificate: %1</source>
        <translation>Das Zertifikat kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/SharingPage.cpp" line="270"/>
        <source>%1 — until %2 (%n failed logins)</source>
        <translation>
            <numerusform>%1 – bis %2 (%n fehlgeschlagene Anmeldung)</numerusform>
            <numerusform>%1 – bis %2 (%n fehlgeschlagene Anmeldungen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="289"/>
        <source>&apos;%1&apos; is not an IP address; use 0.0.0.0 for every interface.</source>
        <translation>„%1“ ist keine IP-Adresse; verwenden Sie 0.0.0.0 für alle Schnittstellen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="307"/>
        <source>Sharing on %1, port %2.</source>
        <translation>Freigegeben auf %1, Port %2.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="308"/>
        <source>Listening on this computer only.</source>
        <translation>Lauscht nur auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="333"/>
        <source>New certificate, valid until %1. Turn on HTTPS and restart; give teammates the fingerprint.</source>
        <translation>Neues Zertifikat, gültig bis %1. Schalten Sie HTTPS ein und starten Sie neu; geben Sie den Teammitgliedern den Fingerabdruck.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="342"/>
        <source>Select a session first.</source>
        <translation>Wählen Sie zuerst eine Sitzung aus.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="349"/>
        <source>Session ended: its tokens no longer work.</source>
        <translation>Sitzung beendet: Die zugehörigen Token funktionieren nicht mehr.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="357"/>
        <source>Select an address first.</source>
        <translation>Wählen Sie zuerst eine Adresse aus.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="362"/>
        <source>%1 may sign in again.</source>
        <translation>%1 darf sich wieder anmelden.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="237"/>
        <source>Not running: %1</source>
        <translation>Läuft nicht: %1</translation>
    </message>
</context>
<context>
    <name>assay::ui::TokensPage</name>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="49"/>
        <source>API tokens</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="52"/>
        <source>Personal tokens let scripts and CI jobs call the API as a user, narrowed to the scopes you choose. A token is shown once, when it is created or rotated.</source>
        <translation>Mit persönlichen Token können Skripte und CI-Jobs die API im Namen eines Benutzers aufrufen, beschränkt auf die von Ihnen gewählten Bereiche. Ein Token wird nur einmal angezeigt: beim Erstellen oder Erneuern.</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="65"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="66"/>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="67"/>
        <source>There is no user account yet. Create one on the Users page first: a token acts as an account.</source>
        <translation>Es gibt noch kein Benutzerkonto. Legen Sie zuerst eines auf der Seite „Benutzer“ an: Ein Token handelt im Namen eines Kontos.</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="73"/>
        <source>e.g. CI pipeline</source>
        <translation>z. B. CI-Pipeline</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="74"/>
        <source>Token name</source>
        <translation>Token-Name</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="75"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="86"/>
        <source>Scopes:</source>
        <translation>Bereiche:</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="91"/>
        <location filename="../ui/pages/TokensPage.cpp" line="205"/>
        <location filename="../ui/pages/TokensPage.cpp" line="208"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="92"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="93"/>
        <source>Expires after:</source>
        <translation>Läuft ab nach:</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="94"/>
        <source>Create token</source>
        <translation>Token erstellen</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="111"/>
        <source>New token</source>
        <translation>Neues Token</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="112"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="117"/>
        <source>Copy this token now and keep it somewhere safe: Assay stores only its hash and cannot show it again. Anyone holding it can act as this account.</source>
        <translation>Kopieren Sie dieses Token jetzt und bewahren Sie es sicher auf: Assay speichert nur seinen Hash und kann es nicht erneut anzeigen. Wer es besitzt, kann als dieses Konto handeln.</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="128"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="128"/>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="128"/>
        <source>Scopes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="128"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="128"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="128"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="128"/>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="136"/>
        <source>Rotate</source>
        <translation>Erneuern</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="138"/>
        <source>New secret, same name and scopes; the old secret stops working at once.</source>
        <translation>Neues Geheimnis, gleicher Name und gleiche Bereiche; das alte Geheimnis funktioniert sofort nicht mehr.</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="139"/>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="156"/>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="208"/>
        <source>%1 from %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="236"/>
        <source>Create a user account first (Users page).</source>
        <translation>Legen Sie zuerst ein Benutzerkonto an (Seite „Benutzer“).</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="242"/>
        <source>Give the token a name, e.g. where it is used.</source>
        <translation>Geben Sie dem Token einen Namen, z. B. wo es verwendet wird.</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="250"/>
        <source>Choose at least one scope.</source>
        <translation>Wählen Sie mindestens einen Bereich.</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="263"/>
        <source>New token “%1”</source>
        <translation>Neues Token „%1“</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="265"/>
        <source>Token created.</source>
        <translation>Token erstellt.</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="273"/>
        <location filename="../ui/pages/TokensPage.cpp" line="303"/>
        <source>Select a token first.</source>
        <translation>Wählen Sie zuerst ein Token aus.</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="294"/>
        <source>New secret for “%1” — the old one no longer works</source>
        <translation>Neues Geheimnis für „%1“ – das alte funktioniert nicht mehr</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="295"/>
        <source>Token rotated.</source>
        <translation>Token erneuert.</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="311"/>
        <source>Token revoked: it no longer works.</source>
        <translation>Token widerrufen: Es funktioniert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>assay::ui::UsersPage</name>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="47"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="50"/>
        <source>Accounts for teammates who use Assay over the network. You, at this computer, are always the administrator and need no account.</source>
        <translation>Konten für Teammitglieder, die Assay über das Netzwerk nutzen. Sie selbst sind an diesem Computer immer Administrator und benötigen kein Konto.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="59"/>
        <location filename="../ui/pages/UsersPage.cpp" line="96"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="59"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="59"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="59"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="59"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="59"/>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="69"/>
        <source>Role of the selected user</source>
        <translation>Rolle des ausgewählten Benutzers</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="70"/>
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="72"/>
        <source>Deactivate / reactivate</source>
        <translation>Deaktivieren / reaktivieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="74"/>
        <source>Reset password…</source>
        <translation>Passwort zurücksetzen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="76"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="91"/>
        <source>Add a user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="97"/>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="100"/>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="101"/>
        <source>Full name:</source>
        <translation>Vollständiger Name:</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="103"/>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="107"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="108"/>
        <source>at least 8 characters</source>
        <translation>mindestens 8 Zeichen</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="109"/>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="113"/>
        <source>Repeat the password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="114"/>
        <source>Repeat:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="115"/>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="163"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="163"/>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="197"/>
        <source>The two passwords differ; type them again.</source>
        <translation>Die beiden Passwörter unterscheiden sich; geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="215"/>
        <source>%1 can now sign in as %2.</source>
        <translation>%1 kann sich jetzt als %2 anmelden.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="223"/>
        <location filename="../ui/pages/UsersPage.cpp" line="241"/>
        <location filename="../ui/pages/UsersPage.cpp" line="266"/>
        <location filename="../ui/pages/UsersPage.cpp" line="286"/>
        <source>Select a user first.</source>
        <translation>Wählen Sie zuerst einen Benutzer aus.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="233"/>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="257"/>
        <source>%1 may sign in again.</source>
        <translation>%1 darf sich wieder anmelden.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="258"/>
        <source>%1 is deactivated: their sessions and tokens stopped working.</source>
        <translation>%1 ist deaktiviert: Die zugehörigen Sitzungen und Token funktionieren nicht mehr.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="271"/>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="271"/>
        <source>New password (at least 8 characters):</source>
        <translation>Neues Passwort (mindestens 8 Zeichen):</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="279"/>
        <source>Password changed; the user&apos;s sessions were signed out.</source>
        <translation>Passwort geändert; die Sitzungen des Benutzers wurden abgemeldet.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="290"/>
        <source>Delete user</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="290"/>
        <source>Delete this account and its API tokens? This cannot be undone.</source>
        <translation>Dieses Konto und seine API-Token löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="298"/>
        <source>Account deleted.</source>
        <translation>Konto gelöscht.</translation>
    </message>
</context>
<context>
    <name>assay::ui::WelcomeDialog</name>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="16"/>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="17"/>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="26"/>
        <source>Welcome to Assay</source>
        <translation>Willkommen bei Assay</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="33"/>
        <source>Assay tells you what a code base is made of: which licenses its files carry, which parts came from elsewhere, which secrets were committed and which dependencies have known vulnerabilities.</source>
        <translation>Assay zeigt Ihnen, woraus eine Codebasis besteht: welche Lizenzen ihre Dateien tragen, welche Teile von anderswo stammen, welche Geheimnisse eingecheckt wurden und welche Abhängigkeiten bekannte Schwachstellen haben.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="38"/>
        <source>Everything runs on this computer. Nothing is uploaded; your code and results stay in the data directory.</source>
        <translation>Alles läuft auf diesem Computer. Nichts wird hochgeladen; Ihr Code und Ihre Ergebnisse bleiben im Datenverzeichnis.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="42"/>
        <source>Start with a folder or a git repository: Assay audits it in the background and shows the results as soon as it is done. You can also drop a folder or an archive on the window at any time.</source>
        <translation>Beginnen Sie mit einem Ordner oder einem Git-Repository: Assay prüft ihn im Hintergrund und zeigt die Ergebnisse, sobald es fertig ist. Sie können auch jederzeit einen Ordner oder ein Archiv auf das Fenster ziehen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="51"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="53"/>
        <source>Audit a folder…</source>
        <translation>Ordner prüfen…</translation>
    </message>
</context>
</TS>
