<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="39"/>
        <source>Open critical findings</source>
        <translation>Constats critiques ouverts</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="40"/>
        <source>Time to resolve critical (median h)</source>
        <translation>Délai de résolution critique (médiane, h)</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="41"/>
        <source>Time to resolve high (median h)</source>
        <translation>Délai de résolution élevée (médiane, h)</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="42"/>
        <source>AI acceptance rate</source>
        <translation>Taux d&apos;acceptation de l&apos;IA</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="43"/>
        <source>AI error rate</source>
        <translation>Taux d&apos;erreur de l&apos;IA</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="44"/>
        <source>AI sessions per hour</source>
        <translation>Sessions d&apos;IA par heure</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="45"/>
        <source>Tokens per accepted line</source>
        <translation>Tokens par ligne acceptée</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="46"/>
        <source>On-policy models</source>
        <translation>Modèles conformes à la politique</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="47"/>
        <source>Commits per active day</source>
        <translation>Commits par jour actif</translation>
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
        <translation>Assay ne peut pas démarrer</translation>
    </message>
    <message>
        <location filename="../app/GuiMain.cpp" line="41"/>
        <source>The data directory cannot be used: %1</source>
        <translation>Le répertoire de données est inutilisable&#xa0;: %1</translation>
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
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="56"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="58"/>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="60"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="62"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="64"/>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="74"/>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="75"/>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="75"/>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="75"/>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="79"/>
        <source>none open</source>
        <translation>aucun ouvert</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="179"/>
        <source>%1% · %2</source>
        <translation>%1&#xa0;% · %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="32"/>
        <source>Viewer — reads audits, scans and metrics</source>
        <translation>Lecteur — consulte les audits, analyses et métriques</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="33"/>
        <source>Analyst — also runs audits and scans</source>
        <translation>Analyste — lance aussi des audits et des analyses</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="34"/>
        <source>Administrator — also manages users and settings</source>
        <translation>Administrateur — gère aussi les utilisateurs et les paramètres</translation>
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
        <translation>Utilisation&#xa0;: assay [OPTIONS] [COMMANDE] [ARGUMENTS]

Audits de propriété intellectuelle du code hors ligne, analyses de risques de documents et métriques d&apos;ingénierie.
Sans commande, Assay ouvre l&apos;application de bureau.

Commandes&#xa0;:
  serve [--bind ADDR] [--port N] [--data-dir DIR]
                      exécuter l&apos;API HTTP + WebSocket sans interface (serveur d&apos;équipe)
  audit PATH|GIT_URL [--ref REF] [--format json|sarif|cyclonedx|spdx|html|pdf|csv|md]
                     [--output FILE] [--policy FILE] [--org-domain DOMAIN]... [--detectors LIST]
                      auditer un dossier ou un dépôt et écrire audit.json ou un rapport
  scan [FILE|-] [--text TEXT] [--force-llm] [--format json|text]
                      trouver les risques projet d&apos;un document
  user add EMAIL --role admin|analyst|viewer
                      créer un utilisateur (mot de passe lu sur stdin)
  user passwd EMAIL   changer le mot de passe d&apos;un utilisateur (lu sur stdin)
  token create NAME [--scopes ...] [--user EMAIL]
                      créer un jeton d&apos;API personnel et afficher son secret une seule fois
  vulndb import FILE|DIR | vulndb status
                      importer un export OSV (zip ou dossier JSON) pour la correspondance hors ligne
  metrics import FILE importer des journaux de sessions d&apos;assistants IA (JSONL ou CSV)
  backup FILE         écrire une sauvegarde à chaud (base de données et artefacts d&apos;audit) dans un .tar.gz
  restore FILE        remplacer le contenu du répertoire de données par une sauvegarde (Assay arrêté)

Options&#xa0;:
  --data-dir DIR      répertoire de données (par défaut&#xa0;: $ASSAY_DATA_DIR, sinon le dossier de données d&apos;application de la plateforme)
  --bind ADDR         adresse d&apos;écoute de l&apos;API (par défaut&#xa0;: 127.0.0.1)
  --port N            port de l&apos;API (par défaut&#xa0;: 8470)
  -h, --help          afficher cette aide
  -v, --version       afficher la version

Codes de sortie&#xa0;: 0 succès, 1 violation de politique (block), 2 erreur d&apos;utilisation ou de saisie, 3 échec d&apos;exécution.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="142"/>
        <source>assay: unknown command &apos;%1&apos;; see &apos;assay --help&apos;.</source>
        <translation>assay&#xa0;: commande inconnue «&#xa0;%1&#xa0;»&#xa0;; voir «&#xa0;assay --help&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="170"/>
        <source>assay %1: this command is not available in this build yet.</source>
        <translation>assay %1&#xa0;: cette commande n&apos;est pas encore disponible dans cette version.</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="74"/>
        <source>&apos;%1&apos; is not an IP address; use e.g. 127.0.0.1 or 0.0.0.0.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IP&#xa0;; utilisez par exemple 127.0.0.1 ou 0.0.0.0.</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="85"/>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port doit être un nombre compris entre 0 et 65535.</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="89"/>
        <source>give exactly one folder or git URL to audit.</source>
        <translation>indiquez exactement un dossier ou une URL git à auditer.</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="94"/>
        <source>unknown format &apos;%1&apos;; use %2.</source>
        <translation>format inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez %2.</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="130"/>
        <source>unknown detector &apos;%1&apos;; use %2.</source>
        <translation>détecteur inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez %2.</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="174"/>
        <location filename="../app/AuditCommand.cpp" line="200"/>
        <source>cannot write %1.</source>
        <translation>impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <location filename="../app/ScanCommand.cpp" line="61"/>
        <source>unknown format &apos;%1&apos;; use json or text.</source>
        <translation>format inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez json ou text.</translation>
    </message>
    <message>
        <location filename="../app/ScanCommand.cpp" line="67"/>
        <source>give one file to scan, - for standard input, or --text TEXT.</source>
        <translation>indiquez un fichier à analyser, - pour l&apos;entrée standard, ou --text TEXT.</translation>
    </message>
    <message>
        <location filename="../app/ScanCommand.cpp" line="78"/>
        <source>cannot read standard input.</source>
        <translation>impossible de lire l&apos;entrée standard.</translation>
    </message>
    <message>
        <location filename="../app/ScanCommand.cpp" line="87"/>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <location filename="../app/ScanCommand.cpp" line="91"/>
        <source>cannot read %1: %2.</source>
        <translation>impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../app/VulnDbCommand.cpp" line="41"/>
        <source>use &apos;assay vulndb import FILE|DIR&apos; or &apos;assay vulndb status&apos;.</source>
        <translation>utilisez «&#xa0;assay vulndb import FILE|DIR&#xa0;» ou «&#xa0;assay vulndb status&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/VulnDbCommand.cpp" line="45"/>
        <source>give the OSV export to import: a zip, a tar or a folder of JSON files.</source>
        <translation>indiquez l&apos;export OSV à importer&#xa0;: un zip, un tar ou un dossier de fichiers JSON.</translation>
    </message>
</context>
<context>
    <name>assay::app</name>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="40"/>
        <location filename="../app/TokenCommand.cpp" line="34"/>
        <location filename="../app/UserCommand.cpp" line="82"/>
        <source>Data directory.</source>
        <translation>Répertoire de données.</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="42"/>
        <source>Input format: jsonl or csv (default: detected).</source>
        <translation>Format d&apos;entrée&#xa0;: jsonl ou csv (par défaut&#xa0;: détecté).</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="43"/>
        <source>Print the result as JSON.</source>
        <translation>Afficher le résultat en JSON.</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="44"/>
        <source>ISO date, date-time or days back.</source>
        <translation>Date ISO, date et heure, ou nombre de jours en arrière.</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="45"/>
        <source>ISO date or date-time.</source>
        <translation>Date ISO ou date et heure.</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="46"/>
        <source>Repository name or slug.</source>
        <translation>Nom ou slug du dépôt.</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="47"/>
        <source>Largest lag tested (0-7).</source>
        <translation>Plus grand décalage testé (0-7).</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="48"/>
        <source>Usage: assay metrics import FILE|- [--format jsonl|csv] [--json] [--data-dir DIR]
       assay metrics kpis [--since S] [--until U] [--repo R]
       assay metrics insights [--since S] [--until U] [--lag-days N] [--repo R]</source>
        <translation>Utilisation&#xa0;: assay metrics import FILE|- [--format jsonl|csv] [--json] [--data-dir DIR]
              assay metrics kpis [--since S] [--until U] [--repo R]
              assay metrics insights [--since S] [--until U] [--lag-days N] [--repo R]</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="72"/>
        <source>assay metrics import: --format must be jsonl or csv.</source>
        <translation>assay metrics import&#xa0;: --format doit valoir jsonl ou csv.</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="80"/>
        <source>assay metrics import: cannot read %1.</source>
        <translation>assay metrics import&#xa0;: impossible de lire %1.</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="95"/>
        <source>assay metrics: --lag-days must be a whole number from 0 to 7.</source>
        <translation>assay metrics&#xa0;: --lag-days doit être un nombre entier compris entre 0 et 7.</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="118"/>
        <source>Imported %1 sessions, %2 duplicates skipped, %3 lines rejected.</source>
        <translation>%1 sessions importées, %2 doublons ignorés, %3 lignes rejetées.</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="125"/>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="35"/>
        <source>Scopes, comma-separated or repeated.</source>
        <translation>Portées, séparées par des virgules ou répétées.</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="36"/>
        <source>Owner&apos;s email.</source>
        <translation>E-mail du propriétaire.</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="37"/>
        <source>Lifetime in days.</source>
        <translation>Durée de validité en jours.</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="44"/>
        <source>Usage: assay token create NAME [--scopes read:audits,write:audits ...] [--user EMAIL] [--expires-in-days N]
Scopes: %1</source>
        <translation>Utilisation&#xa0;: assay token create NAME [--scopes read:audits,write:audits ...] [--user EMAIL] [--expires-in-days N]
Portées&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="59"/>
        <source>assay token create: unknown scope &apos;%1&apos;; use %2.</source>
        <translation>assay token create&#xa0;: portée inconnue «&#xa0;%1&#xa0;»&#xa0;; utilisez %2.</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="69"/>
        <source>assay token create: --expires-in-days must be a positive number.</source>
        <translation>assay token create&#xa0;: --expires-in-days doit être un nombre positif.</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="88"/>
        <source>assay token create: no account with the email %1.</source>
        <translation>assay token create&#xa0;: aucun compte n&apos;a l&apos;e-mail %1.</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="97"/>
        <source>assay token create: there is no user account yet; create one with &apos;assay user add&apos;.</source>
        <translation>assay token create&#xa0;: aucun compte utilisateur n&apos;existe encore&#xa0;; créez-en un avec «&#xa0;assay user add&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="98"/>
        <source>assay token create: say whose token it is with --user EMAIL.</source>
        <translation>assay token create&#xa0;: indiquez à qui appartient le jeton avec --user EMAIL.</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="106"/>
        <source>assay token create: %1</source>
        <translation>assay token create&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="117"/>
        <source>API token &apos;%1&apos; (id %2) for %3, scopes: %4.
Copy it now: it is not shown again.</source>
        <translation>Jeton d&apos;API «&#xa0;%1&#xa0;» (id %2) pour %3, portées&#xa0;: %4.
Copiez-le maintenant&#xa0;: il ne sera plus affiché.</translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="59"/>
        <source>Password: </source>
        <translation>Mot de passe&#xa0;: </translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="64"/>
        <source>no password given on stdin.</source>
        <translation>aucun mot de passe fourni sur stdin.</translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="68"/>
        <source>Repeat the password: </source>
        <translation>Répétez le mot de passe&#xa0;: </translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="71"/>
        <source>the passwords do not match.</source>
        <translation>les mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="83"/>
        <source>admin, analyst or viewer.</source>
        <translation>admin, analyst ou viewer.</translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="84"/>
        <source>Full name.</source>
        <translation>Nom complet.</translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="92"/>
        <source>Usage: assay user add EMAIL --role admin|analyst|viewer [--name NAME]
       assay user passwd EMAIL
The password is read from stdin.</source>
        <translation>Utilisation&#xa0;: assay user add EMAIL --role admin|analyst|viewer [--name NAME]
              assay user passwd EMAIL
Le mot de passe est lu sur stdin.</translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="102"/>
        <source>assay user add: --role must be admin, analyst or viewer.</source>
        <translation>assay user add&#xa0;: --role doit valoir admin, analyst ou viewer.</translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="118"/>
        <source>assay user passwd: no account with the email %1.</source>
        <translation>assay user passwd&#xa0;: aucun compte n&apos;a l&apos;e-mail %1.</translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="124"/>
        <location filename="../app/UserCommand.cpp" line="128"/>
        <source>assay user passwd: %1</source>
        <translation>assay user passwd&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="137"/>
        <source>Password of %1 changed; their sessions were signed out.</source>
        <translation>Mot de passe de %1 modifié&#xa0;; ses sessions ont été fermées.</translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="144"/>
        <location filename="../app/UserCommand.cpp" line="154"/>
        <source>assay user add: %1</source>
        <translation>assay user add&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="163"/>
        <source>Created %1 (%2).</source>
        <translation>%1 (%2) créé.</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="134"/>
        <location filename="../app/BackupCommand.cpp" line="148"/>
        <location filename="../app/BackupCommand.cpp" line="153"/>
        <location filename="../app/BackupCommand.cpp" line="158"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="139"/>
        <location filename="../app/BackupCommand.cpp" line="155"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="174"/>
        <source>give one backup file: &apos;assay %1 FILE [--data-dir DIR]&apos;.</source>
        <translation>indiquez un fichier de sauvegarde&#xa0;: «&#xa0;assay %1 FILE [--data-dir DIR]&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="190"/>
        <source>there is no Assay database in %1.</source>
        <translation>il n&apos;y a pas de base de données Assay dans %1.</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="195"/>
        <source>%1 is a folder; give the name of the backup file to write.</source>
        <translation>%1 est un dossier&#xa0;; indiquez le nom du fichier de sauvegarde à écrire.</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="202"/>
        <location filename="../app/BackupCommand.cpp" line="316"/>
        <source>cannot write into %1: %2</source>
        <translation>impossible d&apos;écrire dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="211"/>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="217"/>
        <location filename="../app/BackupCommand.cpp" line="222"/>
        <source>cannot copy the database: %1</source>
        <translation>impossible de copier la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="231"/>
        <source>the copy of the database cannot be read: %1</source>
        <translation>la copie de la base de données est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="261"/>
        <source>cannot write the manifest: %1</source>
        <translation>impossible d&apos;écrire le manifeste&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="274"/>
        <source>cannot write %1.</source>
        <translation>impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="280"/>
        <source>Backed up %1 audits and %2 artefact files (schema version %3) to %4 (%5 bytes).</source>
        <translation>%1 audits et %2 fichiers d&apos;artefacts (version de schéma %3) sauvegardés dans %4 (%5 octets).</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="296"/>
        <source>there is no backup file %1.</source>
        <translation>le fichier de sauvegarde %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="307"/>
        <source>Assay (process %1) is using %2; stop the server or close the desktop app, then restore.</source>
        <translation>Assay (processus %1) utilise %2&#xa0;; arrêtez le serveur ou fermez l&apos;application de bureau, puis restaurez.</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="324"/>
        <source>%1 is not a readable Assay backup: %2</source>
        <translation>%1 n&apos;est pas une sauvegarde Assay lisible&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="332"/>
        <source>%1 is not an Assay backup (made by &apos;assay backup&apos;).</source>
        <translation>%1 n&apos;est pas une sauvegarde Assay (créée par «&#xa0;assay backup&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="344"/>
        <source>the database in %1 is damaged (%2); nothing was changed.</source>
        <translation>la base de données de %1 est endommagée (%2)&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="353"/>
        <source>the backup is from a newer Assay (schema version %1; this version knows up to %2). Restore it with that version or a newer one; nothing was changed.</source>
        <translation>la sauvegarde provient d&apos;une version plus récente d&apos;Assay (version de schéma %1&#xa0;; cette version connaît jusqu&apos;à la %2). Restaurez-la avec cette version ou une plus récente&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="373"/>
        <source>cannot create %1; nothing was changed.</source>
        <translation>impossible de créer %1&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="381"/>
        <source>cannot move %1 aside; nothing was changed.</source>
        <translation>impossible de mettre %1 de côté&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="394"/>
        <source>cannot move the restored files into %1; nothing was changed.</source>
        <translation>impossible de déplacer les fichiers restaurés dans %1&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="400"/>
        <source>the restored database cannot be opened: %1</source>
        <translation>impossible d&apos;ouvrir la base de données restaurée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="405"/>
        <source>Restored %1 audits from %2 (made %3 by Assay %4).</source>
        <translation>%1 audits restaurés depuis %2 (créée le %3 par Assay %4).</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="410"/>
        <source>Its schema was migrated from version %1 to %2.</source>
        <translation>Son schéma a été migré de la version %1 à la version %2.</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="412"/>
        <source>The replaced data is kept in %1.</source>
        <translation>Les données remplacées sont conservées dans %1.</translation>
    </message>
</context>
<context>
    <name>assay::ui</name>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="87"/>
        <source>AI sessions and commits per day</source>
        <translation>Sessions d&apos;IA et commits par jour</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="87"/>
        <source>AI sessions/day, commits %1 d later</source>
        <translation>Sessions d&apos;IA/jour, commits %1 j plus tard</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="88"/>
        <source>per day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="95"/>
        <source>sessions</source>
        <translation>sessions</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="95"/>
        <source>commits</source>
        <translation>commits</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="95"/>
        <source>commits (+%1 d)</source>
        <translation>commits (+%1 j)</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="110"/>
        <source>Cost per day by model</source>
        <translation>Coût par jour et par modèle</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="111"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="117"/>
        <source>cost</source>
        <translation>coût</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="122"/>
        <source>New findings per day by severity</source>
        <translation>Nouveaux constats par jour et par gravité</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="123"/>
        <source>findings</source>
        <translation>constats</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="133"/>
        <source>Tokens and error rate per day</source>
        <translation>Tokens et taux d&apos;erreur par jour</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="134"/>
        <location filename="../ui/models/MetricsChartData.cpp" line="137"/>
        <source>tokens</source>
        <translation>tokens</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="135"/>
        <location filename="../ui/models/MetricsChartData.cpp" line="138"/>
        <source>error rate %</source>
        <translation>taux d&apos;erreur %</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="149"/>
        <source>%1 anomaly: %2 (expected %3–%4)</source>
        <translation>Anomalie %1&#xa0;: %2 (attendu %3–%4)</translation>
    </message>
</context>
<context>
    <name>assay::ui::AuditDetailView</name>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="39"/>
        <source>%1 line</source>
        <translation>%1&#xa0;ligne</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="39"/>
        <source>%1 lines</source>
        <translation>%1&#xa0;lignes</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="96"/>
        <source>← All audits</source>
        <translation>← Tous les audits</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="100"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="102"/>
        <source>Export the report (Ctrl+E)</source>
        <translation>Exporter le rapport (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="109"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="110"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="154"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="360"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="111"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="246"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="117"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="364"/>
        <source>Dependencies</source>
        <translation>Dépendances</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="123"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="363"/>
        <source>Contributors</source>
        <translation>Contributeurs</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="138"/>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="139"/>
        <source>Language</source>
        <translation>Langage</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="140"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="149"/>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="150"/>
        <source>IP class</source>
        <translation>Classe PI</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="197"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="200"/>
        <source>All severities</source>
        <translation>Toutes les gravités</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="203"/>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="206"/>
        <source>Finding type</source>
        <translation>Type de constat</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="207"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="222"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="208"/>
        <source>Triage status</source>
        <translation>État du tri</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="209"/>
        <source>Acknowledge</source>
        <translation>Pris en compte</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="210"/>
        <source>False positive</source>
        <translation>Faux positif</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="211"/>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="216"/>
        <source>Mark selected:</source>
        <translation>Marquer la sélection&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="232"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="233"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="234"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="242"/>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="242"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="261"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="278"/>
        <source>Triage</source>
        <translation>Tri</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="261"/>
        <source>Note (optional):</source>
        <translation>Note (facultative)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="290"/>
        <source>Audit not found</source>
        <translation>Audit introuvable</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="323"/>
        <source>no fix yet</source>
        <translation>pas encore de correctif</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="326"/>
        <source>direct</source>
        <translation>directe</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="326"/>
        <source>transitive</source>
        <translation>transitive</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="329"/>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="329"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="329"/>
        <source>Ecosystem</source>
        <translation>Écosystème</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="329"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="329"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="329"/>
        <source>Manifest</source>
        <translation>Manifeste</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="330"/>
        <source>Vulnerabilities</source>
        <translation>Vulnérabilités</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="338"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="338"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
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
        <translation>Lignes ajoutées</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="338"/>
        <source>Lines removed</source>
        <translation>Lignes supprimées</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="338"/>
        <source>First commit</source>
        <translation>Premier commit</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="339"/>
        <source>Last commit</source>
        <translation>Dernier commit</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="339"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="355"/>
        <source>Results appear here when the audit has completed.</source>
        <translation>Les résultats s&apos;affichent ici une fois l&apos;audit terminé.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="359"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="361"/>
        <source>Lines of code</source>
        <translation>Lignes de code</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="365"/>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="373"/>
        <source>Intellectual-property composition</source>
        <translation>Composition de la propriété intellectuelle</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="374"/>
        <source>Foreground (your organisation)</source>
        <translation>Propre (votre organisation)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="375"/>
        <source>Third party (open source, vendored)</source>
        <translation>Tiers (open source, intégré)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="375"/>
        <source>Background (brought in)</source>
        <translation>Antérieure (apportée)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="376"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="386"/>
        <source>Licenses</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="394"/>
        <source>No license found</source>
        <translation>Aucune licence trouvée</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="395"/>
        <source>Languages</source>
        <translation>Langages</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="407"/>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="407"/>
        <source>Passed</source>
        <translation>Respectée</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="407"/>
        <source>Violated</source>
        <translation>Enfreinte</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="411"/>
        <source>Since the previous audit</source>
        <translation>Depuis l&apos;audit précédent</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="412"/>
        <source>%1 new findings, %2 resolved; %3 files added, %4 removed.</source>
        <translation>%1 nouveaux constats, %2 résolus&#xa0;; %3 fichiers ajoutés, %4 supprimés.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="423"/>
        <source>IP class: %1</source>
        <translation>Classe PI&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="425"/>
        <source>License: %1</source>
        <translation>Licence&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="441"/>
        <source>(no preview for this file)</source>
        <translation>(pas d&apos;aperçu pour ce fichier)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="472"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="501"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="506"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="476"/>
        <source>PDF report for people (*.pdf)</source>
        <translation>Rapport PDF à lire (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="477"/>
        <source>HTML report, one self-contained file (*.html)</source>
        <translation>Rapport HTML, un seul fichier autonome (*.html)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="478"/>
        <source>Audit document, audit.json (*.json)</source>
        <translation>Document d&apos;audit, audit.json (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="479"/>
        <source>SARIF 2.1.0 for code-scanning tools (*.sarif)</source>
        <translation>SARIF 2.1.0 pour les outils d&apos;analyse de code (*.sarif)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="480"/>
        <source>CycloneDX 1.5 SBOM (*.json)</source>
        <translation>SBOM CycloneDX 1.5 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="481"/>
        <source>SPDX 2.3 SBOM (*.json)</source>
        <translation>SBOM SPDX 2.3 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="482"/>
        <source>CSV, one row per file (*.csv)</source>
        <translation>CSV, une ligne par fichier (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="483"/>
        <source>Markdown IP contribution table (*.md)</source>
        <translation>Tableau Markdown des contributions PI (*.md)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="488"/>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="506"/>
        <source>The report cannot be written to %1.</source>
        <translation>Impossible d&apos;écrire le rapport dans %1.</translation>
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
        <translation>Nouvel audit…</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="127"/>
        <source>Audit a folder, a git repository or an archive (Ctrl+N)</source>
        <translation>Auditer un dossier, un dépôt git ou une archive (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="133"/>
        <source>Search repositories (Ctrl+F)</source>
        <translation>Rechercher des dépôts (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="135"/>
        <source>Search audits</source>
        <translation>Rechercher des audits</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="137"/>
        <source>Status filter</source>
        <translation>Filtre d&apos;état</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="138"/>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="141"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="142"/>
        <source>Re-run</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="143"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="144"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="162"/>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="173"/>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="174"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="192"/>
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="200"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="205"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="214"/>
        <source>Open findings</source>
        <translation>Constats ouverts</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="242"/>
        <source>No audits yet. Click “New audit…”, or drop a folder or an archive on this window.</source>
        <translation>Aucun audit pour le moment. Cliquez sur «&#xa0;Nouvel audit…&#xa0;» ou déposez un dossier ou une archive sur cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="299"/>
        <source>The audits cannot be read: %1</source>
        <translation>Impossible de lire les audits&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="358"/>
        <location filename="../ui/pages/AuditsPage.cpp" line="397"/>
        <source>The audit cannot start</source>
        <translation>L&apos;audit ne peut pas démarrer</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="371"/>
        <source>Cancel audit</source>
        <translation>Annuler l&apos;audit</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="385"/>
        <source>Re-run audit</source>
        <translation>Relancer l&apos;audit</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="386"/>
        <source>An uploaded archive cannot be re-run; audit it again from the file.</source>
        <translation>Une archive téléversée ne peut pas être relancée&#xa0;; auditez-la de nouveau à partir du fichier.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="409"/>
        <source>Delete audits</source>
        <translation>Supprimer les audits</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/AuditsPage.cpp" line="410"/>
        <source>Delete %n audit(s) with their findings and files? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer %n audit avec ses constats et ses fichiers&#xa0;? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer %n audits avec leurs constats et leurs fichiers&#xa0;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="415"/>
        <source>Delete audit</source>
        <translation>Supprimer l&apos;audit</translation>
    </message>
</context>
<context>
    <name>assay::ui::DashboardPage</name>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="71"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="74"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="77"/>
        <source>Your team at a glance: what was audited and found, and how the work is going.</source>
        <translation>Votre équipe en un coup d&apos;œil&#xa0;: ce qui a été audité et trouvé, et l&apos;avancement du travail.</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="109"/>
        <source>Open findings by severity</source>
        <translation>Constats ouverts par gravité</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="114"/>
        <source>IP composition of the last audit</source>
        <translation>Composition PI du dernier audit</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="119"/>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="119"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="119"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="119"/>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="126"/>
        <source>Recent audits</source>
        <translation>Audits récents</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="180"/>
        <source>Cannot compute the dashboard: %1</source>
        <translation>Impossible de calculer le tableau de bord&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="256"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="263"/>
        <source>target %1 %2 %3</source>
        <translation>objectif %1 %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="283"/>
        <source>Open findings</source>
        <translation>Constats ouverts</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="334"/>
        <source>No completed audit yet</source>
        <translation>Aucun audit terminé pour le moment</translation>
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
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="198"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="67"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="69"/>
        <source>Audits</source>
        <translation>Audits</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="71"/>
        <source>Risk scans</source>
        <translation>Analyses de risques</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="73"/>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="75"/>
        <source>Sharing</source>
        <translation>Partage</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="77"/>
        <source>API tokens</source>
        <translation>Jetons d&apos;API</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="79"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="81"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="206"/>
        <source>&amp;New audit…</source>
        <translation>&amp;Nouvel audit…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="207"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="208"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="209"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="210"/>
        <source>&amp;About Assay</source>
        <translation>À &amp;propos d&apos;Assay</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="174"/>
        <source>About Assay</source>
        <translation>À propos d&apos;Assay</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="175"/>
        <source>&lt;h3&gt;Assay %1&lt;/h3&gt;&lt;p&gt;Offline code IP audits, document risk scans and engineering metrics.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Assay %1&lt;/h3&gt;&lt;p&gt;Audits de propriété intellectuelle du code hors ligne, analyses de risques de documents et métriques d&apos;ingénierie.&lt;/p&gt;&lt;p&gt;Distribué sous la licence publique générale GNU (GPL), version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="213"/>
        <source>Show Assay</source>
        <translation>Afficher Assay</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="214"/>
        <location filename="../ui/MainWindow.cpp" line="353"/>
        <source>Stop sharing</source>
        <translation>Arrêter le partage</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="215"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="296"/>
        <source>The audit of %1 has completed.</source>
        <translation>L&apos;audit de %1 est terminé.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="297"/>
        <source>The audit of %1 was cancelled.</source>
        <translation>L&apos;audit de %1 a été annulé.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="298"/>
        <source>The audit of %1 has failed.</source>
        <translation>L&apos;audit de %1 a échoué.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="338"/>
        <source>Assay is sharing its API at %1</source>
        <translation>Assay partage son API sur %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="393"/>
        <source>The API server could not start</source>
        <translation>Le serveur d&apos;API n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="394"/>
        <source>%1

Assay works without it, but scripts and teammates cannot reach this app until it runs.</source>
        <translation>%1

Assay fonctionne sans lui, mais les scripts et vos collègues ne peuvent pas joindre cette application tant qu&apos;il ne tourne pas.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="398"/>
        <source>Use port %1</source>
        <translation>Utiliser le port %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="399"/>
        <source>Choose a port…</source>
        <translation>Choisir un port…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="400"/>
        <source>Continue without the server</source>
        <translation>Continuer sans le serveur</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="407"/>
        <source>Choose a port</source>
        <translation>Choisir un port</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="407"/>
        <source>Port for the Assay API:</source>
        <translation>Port de l&apos;API Assay&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="423"/>
        <source>● API running at %1</source>
        <translation>● API active sur %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="427"/>
        <source>○ API stopped</source>
        <translation>○ API arrêtée</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="431"/>
        <source>○ API not running: %1</source>
        <translation>○ API inactive&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>assay::ui::MetricsPage</name>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="50"/>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="55"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="58"/>
        <source>All data</source>
        <translation>Toutes les données</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="59"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="60"/>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="61"/>
        <source>Last 365 days</source>
        <translation>365 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="64"/>
        <source>Commit lag (days)</source>
        <translation>Décalage des commits (jours)</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="69"/>
        <source>Commit lag in days</source>
        <translation>Décalage des commits en jours</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="73"/>
        <source>Repository (all)</source>
        <translation>Dépôt (tous)</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="74"/>
        <source>Repository filter</source>
        <translation>Filtre de dépôt</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="77"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="101"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="102"/>
        <source>Export the chart&apos;s data as CSV</source>
        <translation>Exporter les données du graphique en CSV</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="103"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="104"/>
        <source>Export the chart as a PNG image</source>
        <translation>Exporter le graphique en image PNG</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="123"/>
        <source>Key indicators and insights</source>
        <translation>Indicateurs clés et enseignements</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="192"/>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="202"/>
        <source>Cannot compute the metrics: %1</source>
        <translation>Impossible de calculer les métriques&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="238"/>
        <source>No data yet: import AI-assistant session logs (assay metrics import FILE) and run audits.</source>
        <translation>Aucune donnée pour le moment&#xa0;: importez des journaux de sessions d&apos;assistants IA (assay metrics import FILE) et lancez des audits.</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="239"/>
        <source>%1 sessions, %2 requests over %3 days; %4 anomalies.</source>
        <translation>%1 sessions, %2 requêtes sur %3 jours&#xa0;; %4 anomalies.</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="259"/>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="274"/>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="276"/>
        <source>Nothing stands out: every indicator with data is within its target.</source>
        <translation>Rien à signaler&#xa0;: chaque indicateur disposant de données respecte son objectif.</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="327"/>
        <source>anomalies</source>
        <translation>anomalies</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="365"/>
        <location filename="../ui/pages/MetricsPage.cpp" line="376"/>
        <source>There is no chart %1.</source>
        <translation>Il n&apos;existe pas de graphique %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="369"/>
        <location filename="../ui/pages/MetricsPage.cpp" line="379"/>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="388"/>
        <source>Export chart image</source>
        <translation>Exporter l&apos;image du graphique</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="388"/>
        <source>Export chart data</source>
        <translation>Exporter les données du graphique</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="389"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="389"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="393"/>
        <source>Exported %1.</source>
        <translation>%1 exporté.</translation>
    </message>
</context>
<context>
    <name>assay::ui::NewAuditDialog</name>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="32"/>
        <source>New audit</source>
        <translation>Nouvel audit</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="35"/>
        <source>Choose what to audit. Nothing leaves this computer; git repositories are cloned into Assay&apos;s data folder.</source>
        <translation>Choisissez ce qu&apos;il faut auditer. Rien ne quitte cet ordinateur&#xa0;; les dépôts git sont clonés dans le dossier de données d&apos;Assay.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="47"/>
        <source>&amp;Folder on this computer</source>
        <translation>&amp;Dossier sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="49"/>
        <source>/path/to/project</source>
        <translation>/chemin/vers/projet</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="50"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="51"/>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="62"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="52"/>
        <source>&amp;Git repository</source>
        <translation>Dépôt &amp;git</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="54"/>
        <source>https://host/org/repo.git</source>
        <translation>https://host/org/repo.git</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="55"/>
        <source>Git URL</source>
        <translation>URL git</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="57"/>
        <source>branch, tag or commit (optional)</source>
        <translation>branche, étiquette ou commit (facultatif)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="58"/>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="59"/>
        <source>&amp;Archive (zip, tar.gz, tar.xz)</source>
        <translation>&amp;Archive (zip, tar.gz, tar.xz)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="61"/>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="64"/>
        <source>example.com, example.org</source>
        <translation>example.com, example.org</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="65"/>
        <source>Organisation e-mail domains</source>
        <translation>Domaines e-mail de l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="72"/>
        <source>Ref:</source>
        <translation>Réf.&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="75"/>
        <source>Your organisation&apos;s e-mail domains:</source>
        <translation>Domaines e-mail de votre organisation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="83"/>
        <source>Start audit</source>
        <translation>Lancer l&apos;audit</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="88"/>
        <source>Folder to audit</source>
        <translation>Dossier à auditer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="94"/>
        <source>Archive to audit</source>
        <translation>Archive à auditer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="94"/>
        <source>Archives (*.zip *.tar.gz *.tgz *.tar.xz *.txz *.tar)</source>
        <translation>Archives (*.zip *.tar.gz *.tgz *.tar.xz *.txz *.tar)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="131"/>
        <source>Choose a folder to audit.</source>
        <translation>Choisissez un dossier à auditer.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="133"/>
        <source>This folder does not exist.</source>
        <translation>Ce dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="135"/>
        <source>This is a file, not a folder.</source>
        <translation>Il s&apos;agit d&apos;un fichier, pas d&apos;un dossier.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="137"/>
        <source>Assay cannot read this folder (permission denied).</source>
        <translation>Assay ne peut pas lire ce dossier (permission refusée).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="140"/>
        <source>Enter a git URL (https://, ssh://, git@host:…, or file://).</source>
        <translation>Saisissez une URL git (https://, ssh://, git@host:… ou file://).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="144"/>
        <source>Choose a zip, tar.gz or tar.xz archive.</source>
        <translation>Choisissez une archive zip, tar.gz ou tar.xz.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="146"/>
        <source>Assay reads zip, tar.gz and tar.xz archives.</source>
        <translation>Assay lit les archives zip, tar.gz et tar.xz.</translation>
    </message>
</context>
<context>
    <name>assay::ui::RiskScansPage</name>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="87"/>
        <source>Not a risk</source>
        <translation>Pas un risque</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="121"/>
        <source>Financial</source>
        <translation>Financier</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="122"/>
        <source>Schedule</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="123"/>
        <source>Technical</source>
        <translation>Technique</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="124"/>
        <source>Legal</source>
        <translation>Juridique</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="125"/>
        <source>Operational</source>
        <translation>Opérationnel</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="126"/>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="127"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="160"/>
        <source>Risk scans</source>
        <translation>Analyses de risques</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="163"/>
        <source>Paste text or open a contract, proposal or plan and see its project risks. The local model works offline; correct a risk&apos;s categories to teach it.</source>
        <translation>Collez du texte ou ouvrez un contrat, une proposition ou un plan pour voir ses risques projet. Le modèle local fonctionne hors ligne&#xa0;; corrigez les catégories d&apos;un risque pour l&apos;entraîner.</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="179"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="184"/>
        <source>Past scans</source>
        <translation>Analyses précédentes</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="188"/>
        <location filename="../ui/pages/RiskScansPage.cpp" line="728"/>
        <source>Delete scan</source>
        <translation>Supprimer l&apos;analyse</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="198"/>
        <source>Open document…</source>
        <translation>Ouvrir un document…</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="200"/>
        <source>Text, Markdown, CSV, JSON, HTML, PDF or Word (.docx) — or drop a file here (Ctrl+O)</source>
        <translation>Texte, Markdown, CSV, JSON, HTML, PDF ou Word (.docx) — ou déposez un fichier ici (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="201"/>
        <location filename="../ui/pages/RiskScansPage.cpp" line="551"/>
        <location filename="../ui/pages/RiskScansPage.cpp" line="699"/>
        <source>Pasted text</source>
        <translation>Texte collé</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="203"/>
        <source>Use the LLM</source>
        <translation>Utiliser le LLM</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="211"/>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="213"/>
        <source>Scan</source>
        <translation>Analyser</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="215"/>
        <source>Find the risks in this text (Ctrl+Return)</source>
        <translation>Trouver les risques dans ce texte (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="224"/>
        <source>Text to scan</source>
        <translation>Texte à analyser</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="225"/>
        <source>Paste a contract, proposal, project plan or status report here, or open a document, then press Scan (Ctrl+Return).</source>
        <translation>Collez ici un contrat, une proposition, un plan de projet ou un rapport d&apos;avancement, ou ouvrez un document, puis cliquez sur Analyser (Ctrl+Entrée).</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="233"/>
        <location filename="../ui/pages/RiskScansPage.cpp" line="510"/>
        <source>No scan yet.</source>
        <translation>Aucune analyse pour le moment.</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="239"/>
        <source>Risks found</source>
        <translation>Risques trouvés</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="261"/>
        <source>Categories:</source>
        <translation>Catégories&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="262"/>
        <source>Check the categories this risk really has; uncheck all if it is not a risk.</source>
        <translation>Cochez les catégories réellement concernées par ce risque&#xa0;; décochez-les toutes s&apos;il ne s&apos;agit pas d&apos;un risque.</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="278"/>
        <location filename="../ui/pages/RiskScansPage.cpp" line="631"/>
        <location filename="../ui/pages/RiskScansPage.cpp" line="648"/>
        <source>Save correction</source>
        <translation>Enregistrer la correction</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="387"/>
        <source>Ask the configured LLM (%1) instead of the local model; the text leaves this computer.</source>
        <translation>Interroger le LLM configuré (%1) au lieu du modèle local&#xa0;; le texte quitte cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="411"/>
        <source>Open a document to scan</source>
        <translation>Ouvrir un document à analyser</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="412"/>
        <source>Documents (*.txt *.md *.markdown *.csv *.tsv *.json *.html *.htm *.pdf *.docx);;All files (*)</source>
        <translation>Documents (*.txt *.md *.markdown *.csv *.tsv *.json *.html *.htm *.pdf *.docx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="422"/>
        <source>Cannot open %1: %2.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="427"/>
        <source>%1 is %2 MB; documents up to %3 MB can be scanned.</source>
        <translation>%1 fait %2 Mo&#xa0;; seuls les documents jusqu&apos;à %3 Mo peuvent être analysés.</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="454"/>
        <source>Document: %1</source>
        <translation>Document&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="457"/>
        <source>Press Scan (Ctrl+Return) to find the risks in %1.</source>
        <translation>Cliquez sur Analyser (Ctrl+Entrée) pour trouver les risques dans %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="471"/>
        <source>Edited text</source>
        <translation>Texte modifié</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="491"/>
        <source>Nothing to scan: paste some text or open a document first.</source>
        <translation>Rien à analyser&#xa0;: collez d&apos;abord du texte ou ouvrez un document.</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="499"/>
        <source>Asking the LLM…</source>
        <translation>Interrogation du LLM…</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="499"/>
        <source>Scanning…</source>
        <translation>Analyse en cours…</translation>
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
        <translation>modèle local</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="554"/>
        <source>No risks found in this text.</source>
        <translation>Aucun risque trouvé dans ce texte.</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="555"/>
        <source>1 risk found. Select it to see its sentence in the text.</source>
        <translation>1 risque trouvé. Sélectionnez-le pour voir sa phrase dans le texte.</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="556"/>
        <source>%1 risks found. Select one to see its sentence in the text.</source>
        <translation>%1 risques trouvés. Sélectionnez-en un pour voir sa phrase dans le texte.</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="648"/>
        <source>Mark as not a risk</source>
        <translation>Marquer comme non-risque</translation>
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
        <translation>aucun risque</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="701"/>
        <source>1 risk</source>
        <translation>1 risque</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="702"/>
        <source>%1 risks</source>
        <translation>%1 risques</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="704"/>
        <source>Scanned by the LLM</source>
        <translation>Analysé par le LLM</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="705"/>
        <source>Scanned by the local model</source>
        <translation>Analysé par le modèle local</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="711"/>
        <source>Your scans will appear here.</source>
        <translation>Vos analyses s&apos;afficheront ici.</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="728"/>
        <source>Delete the scan “%1”?</source>
        <translation>Supprimer l&apos;analyse «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="750"/>
        <source>The scan was deleted.</source>
        <translation>L&apos;analyse a été supprimée.</translation>
    </message>
</context>
<context>
    <name>assay::ui::ScanItemsModel</name>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="128"/>
        <source>Not a risk</source>
        <translation>Pas un risque</translation>
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
        <translation>Corrigé par vous&#xa0;; le modèle indiquait&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="138"/>
        <source>not a risk</source>
        <translation>pas un risque</translation>
    </message>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="140"/>
        <source>The model&apos;s probability for %1</source>
        <translation>Probabilité du modèle pour %1</translation>
    </message>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="141"/>
        <source>The LLM gave no confidence</source>
        <translation>Le LLM n&apos;a fourni aucune confiance</translation>
    </message>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="168"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="170"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="172"/>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="174"/>
        <source>Sentence</source>
        <translation>Phrase</translation>
    </message>
</context>
<context>
    <name>assay::ui::SettingsPage</name>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="207"/>
        <source>No file manager could open the folder. Its path is shown above; you can copy it.</source>
        <translation>Aucun gestionnaire de fichiers n&apos;a pu ouvrir le dossier. Son chemin est affiché ci-dessus&#xa0;; vous pouvez le copier.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="214"/>
        <source>The API key was removed.</source>
        <translation>La clé d&apos;API a été supprimée.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="296"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="297"/>
        <source>Where Assay keeps its data and how it works for your organisation. The same settings are available to administrators through the API.</source>
        <translation>Où Assay conserve ses données et comment il fonctionne pour votre organisation. Les administrateurs disposent des mêmes paramètres via l&apos;API.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="299"/>
        <location filename="../ui/pages/SettingsPage.cpp" line="302"/>
        <source>Data directory</source>
        <translation>Répertoire de données</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="300"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="301"/>
        <source>Open the data directory in the file manager</source>
        <translation>Ouvrir le répertoire de données dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="303"/>
        <source>The database, audit results and reports are kept here. To use another folder, start Assay with --data-dir.</source>
        <translation>La base de données, les résultats d&apos;audit et les rapports sont conservés ici. Pour utiliser un autre dossier, lancez Assay avec --data-dir.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="305"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="306"/>
        <source>Audits and limits</source>
        <translation>Audits et limites</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="307"/>
        <source>AI provider for risk scans</source>
        <translation>Fournisseur d&apos;IA pour les analyses de risques</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="308"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="310"/>
        <source>E-mail domains</source>
        <translation>Domaines e-mail</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="311"/>
        <source>Copyright holder names</source>
        <translation>Noms des titulaires du droit d&apos;auteur</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="312"/>
        <source>Audits at once</source>
        <translation>Audits simultanés</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="313"/>
        <source>Largest file scanned</source>
        <translation>Plus grand fichier analysé</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="314"/>
        <source>Largest upload</source>
        <translation>Plus grand téléversement</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="314"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="315"/>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="315"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="316"/>
        <source>Timeout</source>
        <translation>Délai d&apos;expiration</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="316"/>
        <location filename="../ui/pages/SettingsPage.cpp" line="323"/>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="317"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="317"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="324"/>
        <source>One per line, e.g. example.com</source>
        <translation>Un par ligne, p. ex. example.com</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="325"/>
        <source>Commits from these e-mail domains count as your organisation&apos;s own work.</source>
        <translation>Les commits provenant de ces domaines e-mail comptent comme le travail propre de votre organisation.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="326"/>
        <source>One per line, e.g. Example GmbH</source>
        <translation>Un par ligne, p. ex. Example SA</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="327"/>
        <source>Copyright notices naming these holders count as your organisation&apos;s own code.</source>
        <translation>Les mentions de droit d&apos;auteur citant ces titulaires comptent comme le code propre de votre organisation.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="328"/>
        <source>One per processor core</source>
        <translation>Un par cœur de processeur</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="329"/>
        <source>Applies after Assay is restarted.</source>
        <translation>S&apos;applique après le redémarrage d&apos;Assay.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="330"/>
        <location filename="../ui/pages/SettingsPage.cpp" line="331"/>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="332"/>
        <source>Larger files are counted but their text is not scanned for licenses or secrets.</source>
        <translation>Les fichiers plus volumineux sont comptés, mais leur texte n&apos;est pas analysé à la recherche de licences ou de secrets.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="333"/>
        <source>Largest archive or document accepted from the API or a risk scan.</source>
        <translation>Plus grande archive ou plus grand document accepté via l&apos;API ou une analyse de risques.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="334"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="335"/>
        <source>None (rules only)</source>
        <translation>Aucun (règles uniquement)</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="336"/>
        <source>Assay AI service</source>
        <translation>Service d&apos;IA Assay</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="337"/>
        <source>OpenAI-compatible server</source>
        <translation>Serveur compatible OpenAI</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="338"/>
        <source>Remove key</source>
        <translation>Supprimer la clé</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="339"/>
        <source>Remove the stored API key</source>
        <translation>Supprimer la clé d&apos;API enregistrée</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="340"/>
        <location filename="../ui/pages/SettingsPage.cpp" line="343"/>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="341"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="342"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="344"/>
        <source>Menus and the page list change at once; the pages themselves after Assay is restarted.</source>
        <translation>Les menus et la liste des pages changent immédiatement&#xa0;; les pages elles-mêmes après le redémarrage d&apos;Assay.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="346"/>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="347"/>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="369"/>
        <source>A key is stored in the keychain; type a new one to replace it</source>
        <translation>Une clé est enregistrée dans le trousseau&#xa0;; saisissez-en une nouvelle pour la remplacer</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="369"/>
        <source>Not set</source>
        <translation>Non définie</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="413"/>
        <source>Nothing to save.</source>
        <translation>Rien à enregistrer.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="419"/>
        <source>Nothing was saved. Correct the fields marked in red.</source>
        <translation>Rien n&apos;a été enregistré. Corrigez les champs marqués en rouge.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="432"/>
        <source>Saved. The number of audits at once applies after Assay is restarted.</source>
        <translation>Enregistré. Le nombre d&apos;audits simultanés s&apos;applique après le redémarrage d&apos;Assay.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="433"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>assay::ui::SharingPage</name>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="65"/>
        <source>Sharing</source>
        <translation>Partage</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="86"/>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="91"/>
        <source>Data directory:</source>
        <translation>Répertoire de données&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="105"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="68"/>
        <source>Assay runs an HTTP and WebSocket API inside the app. Share it with teammates on the LAN: they sign in with their own account or use a personal API token; every route but /health then needs a credential.</source>
        <translation>Assay exécute une API HTTP et WebSocket au sein de l&apos;application. Partagez-la avec vos collègues sur le réseau local&#xa0;: ils se connectent avec leur propre compte ou utilisent un jeton d&apos;API personnel&#xa0;; toutes les routes sauf /health exigent alors une authentification.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="76"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="87"/>
        <source>Addresses for teammates:</source>
        <translation>Adresses pour vos collègues&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="88"/>
        <source>Live WebSocket clients:</source>
        <translation>Clients WebSocket connectés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="92"/>
        <source>Share on the LAN</source>
        <translation>Partager sur le réseau local</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="94"/>
        <source>Listen on the network instead of this computer only.</source>
        <translation>Écouter sur le réseau au lieu de cet ordinateur uniquement.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="98"/>
        <source>Bind address</source>
        <translation>Adresse d&apos;écoute</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="100"/>
        <source>Bind address:</source>
        <translation>Adresse d&apos;écoute&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="106"/>
        <source>Apply and restart the server</source>
        <translation>Appliquer et redémarrer le serveur</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="111"/>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="112"/>
        <source>No administrator account exists yet: teammates cannot sign in. Create your own account first on the Users page (or with &apos;assay user add&apos;).</source>
        <translation>Aucun compte administrateur n&apos;existe encore&#xa0;: vos collègues ne peuvent pas se connecter. Créez d&apos;abord votre propre compte dans la page Utilisateurs (ou avec «&#xa0;assay user add&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="119"/>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="123"/>
        <source>Use HTTPS (takes effect at the next restart)</source>
        <translation>Utiliser HTTPS (effectif au prochain redémarrage)</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="129"/>
        <source>Certificate:</source>
        <translation>Certificat&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="134"/>
        <source>Teammates compare this with what their browser or curl shows.</source>
        <translation>Vos collègues comparent ceci avec ce qu&apos;affiche leur navigateur ou curl.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="135"/>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="136"/>
        <source>Generate a self-signed certificate</source>
        <translation>Générer un certificat auto-signé</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="141"/>
        <source>Who is connected</source>
        <translation>Qui est connecté</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="144"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="144"/>
        <source>From</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="144"/>
        <source>Signed in</source>
        <translation>Connecté le</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="144"/>
        <source>Last seen</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="153"/>
        <source>End the selected session</source>
        <translation>Fermer la session sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="155"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="162"/>
        <source>Addresses locked out after failed logins</source>
        <translation>Adresses bloquées après des échecs de connexion</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="167"/>
        <source>Unban the selected address</source>
        <translation>Débloquer l&apos;adresse sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="230"/>
        <source>Running on this computer only (loopback)</source>
        <translation>En cours sur cet ordinateur uniquement (loopback)</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="230"/>
        <source>Running, shared on the LAN</source>
        <translation>En cours, partagé sur le réseau local</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="234"/>
        <source>Stopped</source>
        <translation>Arrêté</translation>
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
        <translation>aucun configuré</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="252"/>
        <source>cannot read the certificate: %1</source>
        <translation>impossible de lire le certificat&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/SharingPage.cpp" line="270"/>
        <source>%1 — until %2 (%n failed logins)</source>
        <translation>
            <numerusform>%1 — jusqu&apos;à %2 (%n échec de connexion)</numerusform>
            <numerusform>%1 — jusqu&apos;à %2 (%n échecs de connexion)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="289"/>
        <source>&apos;%1&apos; is not an IP address; use 0.0.0.0 for every interface.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IP&#xa0;; utilisez 0.0.0.0 pour toutes les interfaces.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="307"/>
        <source>Sharing on %1, port %2.</source>
        <translation>Partagé sur %1, port %2.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="308"/>
        <source>Listening on this computer only.</source>
        <translation>À l&apos;écoute sur cet ordinateur uniquement.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="333"/>
        <source>New certificate, valid until %1. Turn on HTTPS and restart; give teammates the fingerprint.</source>
        <translation>Nouveau certificat, valable jusqu&apos;au %1. Activez HTTPS et redémarrez&#xa0;; communiquez l&apos;empreinte à vos collègues.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="342"/>
        <source>Select a session first.</source>
        <translation>Sélectionnez d&apos;abord une session.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="349"/>
        <source>Session ended: its tokens no longer work.</source>
        <translation>Session fermée&#xa0;: ses jetons ne fonctionnent plus.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="357"/>
        <source>Select an address first.</source>
        <translation>Sélectionnez d&apos;abord une adresse.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="362"/>
        <source>%1 may sign in again.</source>
        <translation>%1 peut de nouveau se connecter.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="237"/>
        <source>Not running: %1</source>
        <translation>Inactif&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>assay::ui::TokensPage</name>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="49"/>
        <source>API tokens</source>
        <translation>Jetons d&apos;API</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="52"/>
        <source>Personal tokens let scripts and CI jobs call the API as a user, narrowed to the scopes you choose. A token is shown once, when it is created or rotated.</source>
        <translation>Les jetons personnels permettent aux scripts et aux tâches de CI d&apos;appeler l&apos;API au nom d&apos;un utilisateur, limités aux portées que vous choisissez. Un jeton n&apos;est affiché qu&apos;une fois, lors de sa création ou de son renouvellement.</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="65"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="66"/>
        <source>Account:</source>
        <translation>Compte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="67"/>
        <source>There is no user account yet. Create one on the Users page first: a token acts as an account.</source>
        <translation>Aucun compte utilisateur n&apos;existe encore. Créez-en d&apos;abord un dans la page Utilisateurs&#xa0;: un jeton agit au nom d&apos;un compte.</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="73"/>
        <source>e.g. CI pipeline</source>
        <translation>p. ex. pipeline de CI</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="74"/>
        <source>Token name</source>
        <translation>Nom du jeton</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="75"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="86"/>
        <source>Scopes:</source>
        <translation>Portées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="91"/>
        <location filename="../ui/pages/TokensPage.cpp" line="205"/>
        <location filename="../ui/pages/TokensPage.cpp" line="208"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="92"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="93"/>
        <source>Expires after:</source>
        <translation>Expire après&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="94"/>
        <source>Create token</source>
        <translation>Créer le jeton</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="111"/>
        <source>New token</source>
        <translation>Nouveau jeton</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="112"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="117"/>
        <source>Copy this token now and keep it somewhere safe: Assay stores only its hash and cannot show it again. Anyone holding it can act as this account.</source>
        <translation>Copiez ce jeton maintenant et conservez-le en lieu sûr&#xa0;: Assay n&apos;en stocke que l&apos;empreinte et ne peut plus l&apos;afficher. Quiconque le détient peut agir au nom de ce compte.</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="128"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="128"/>
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="128"/>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="128"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="128"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="128"/>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="128"/>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="136"/>
        <source>Rotate</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="138"/>
        <source>New secret, same name and scopes; the old secret stops working at once.</source>
        <translation>Nouveau secret, même nom et mêmes portées&#xa0;; l&apos;ancien secret cesse immédiatement de fonctionner.</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="139"/>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="156"/>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="208"/>
        <source>%1 from %2</source>
        <translation>%1 depuis %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="236"/>
        <source>Create a user account first (Users page).</source>
        <translation>Créez d&apos;abord un compte utilisateur (page Utilisateurs).</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="242"/>
        <source>Give the token a name, e.g. where it is used.</source>
        <translation>Donnez un nom au jeton, p. ex. l&apos;endroit où il est utilisé.</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="250"/>
        <source>Choose at least one scope.</source>
        <translation>Choisissez au moins une portée.</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="263"/>
        <source>New token “%1”</source>
        <translation>Nouveau jeton «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="265"/>
        <source>Token created.</source>
        <translation>Jeton créé.</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="273"/>
        <location filename="../ui/pages/TokensPage.cpp" line="303"/>
        <source>Select a token first.</source>
        <translation>Sélectionnez d&apos;abord un jeton.</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="294"/>
        <source>New secret for “%1” — the old one no longer works</source>
        <translation>Nouveau secret pour «&#xa0;%1&#xa0;» — l&apos;ancien ne fonctionne plus</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="295"/>
        <source>Token rotated.</source>
        <translation>Jeton renouvelé.</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="311"/>
        <source>Token revoked: it no longer works.</source>
        <translation>Jeton révoqué&#xa0;: il ne fonctionne plus.</translation>
    </message>
</context>
<context>
    <name>assay::ui::UsersPage</name>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="47"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="50"/>
        <source>Accounts for teammates who use Assay over the network. You, at this computer, are always the administrator and need no account.</source>
        <translation>Comptes des collègues qui utilisent Assay via le réseau. Vous-même, sur cet ordinateur, êtes toujours administrateur et n&apos;avez pas besoin de compte.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="59"/>
        <location filename="../ui/pages/UsersPage.cpp" line="96"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="59"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="59"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="59"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="59"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="59"/>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="69"/>
        <source>Role of the selected user</source>
        <translation>Rôle de l&apos;utilisateur sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="70"/>
        <source>Change role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="72"/>
        <source>Deactivate / reactivate</source>
        <translation>Désactiver / réactiver</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="74"/>
        <source>Reset password…</source>
        <translation>Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="76"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="91"/>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="97"/>
        <source>Email:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="100"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="101"/>
        <source>Full name:</source>
        <translation>Nom complet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="103"/>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="107"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="108"/>
        <source>at least 8 characters</source>
        <translation>au moins 8 caractères</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="109"/>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="113"/>
        <source>Repeat the password</source>
        <translation>Répétez le mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="114"/>
        <source>Repeat:</source>
        <translation>Répéter&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="115"/>
        <source>Add user</source>
        <translation>Ajouter l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="163"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="163"/>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="197"/>
        <source>The two passwords differ; type them again.</source>
        <translation>Les deux mots de passe diffèrent&#xa0;; saisissez-les de nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="215"/>
        <source>%1 can now sign in as %2.</source>
        <translation>%1 peut désormais se connecter en tant que %2.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="223"/>
        <location filename="../ui/pages/UsersPage.cpp" line="241"/>
        <location filename="../ui/pages/UsersPage.cpp" line="266"/>
        <location filename="../ui/pages/UsersPage.cpp" line="286"/>
        <source>Select a user first.</source>
        <translation>Sélectionnez d&apos;abord un utilisateur.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="233"/>
        <source>%1 is now %2.</source>
        <translation>%1 est désormais %2.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="257"/>
        <source>%1 may sign in again.</source>
        <translation>%1 peut de nouveau se connecter.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="258"/>
        <source>%1 is deactivated: their sessions and tokens stopped working.</source>
        <translation>%1 est désactivé&#xa0;: ses sessions et ses jetons ne fonctionnent plus.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="271"/>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="271"/>
        <source>New password (at least 8 characters):</source>
        <translation>Nouveau mot de passe (au moins 8 caractères)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="279"/>
        <source>Password changed; the user&apos;s sessions were signed out.</source>
        <translation>Mot de passe modifié&#xa0;; les sessions de l&apos;utilisateur ont été fermées.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="290"/>
        <source>Delete user</source>
        <translation>Supprimer l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="290"/>
        <source>Delete this account and its API tokens? This cannot be undone.</source>
        <translation>Supprimer ce compte et ses jetons d&apos;API&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="298"/>
        <source>Account deleted.</source>
        <translation>Compte supprimé.</translation>
    </message>
</context>
<context>
    <name>assay::ui::WelcomeDialog</name>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="16"/>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="17"/>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="26"/>
        <source>Welcome to Assay</source>
        <translation>Bienvenue dans Assay</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="33"/>
        <source>Assay tells you what a code base is made of: which licenses its files carry, which parts came from elsewhere, which secrets were committed and which dependencies have known vulnerabilities.</source>
        <translation>Assay vous indique de quoi est fait un code source&#xa0;: les licences de ses fichiers, les parties venues d&apos;ailleurs, les secrets qui ont été commités et les dépendances présentant des vulnérabilités connues.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="38"/>
        <source>Everything runs on this computer. Nothing is uploaded; your code and results stay in the data directory.</source>
        <translation>Tout s&apos;exécute sur cet ordinateur. Rien n&apos;est envoyé&#xa0;; votre code et vos résultats restent dans le répertoire de données.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="42"/>
        <source>Start with a folder or a git repository: Assay audits it in the background and shows the results as soon as it is done. You can also drop a folder or an archive on the window at any time.</source>
        <translation>Commencez par un dossier ou un dépôt git&#xa0;: Assay l&apos;audite en arrière-plan et affiche les résultats dès qu&apos;il a terminé. Vous pouvez aussi déposer à tout moment un dossier ou une archive sur la fenêtre.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="51"/>
        <source>Not now</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="53"/>
        <source>Audit a folder…</source>
        <translation>Auditer un dossier…</translation>
    </message>
</context>
</TS>
