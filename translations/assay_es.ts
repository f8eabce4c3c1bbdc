<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="39"/>
        <source>Open critical findings</source>
        <translation>Hallazgos críticos abiertos</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="40"/>
        <source>Time to resolve critical (median h)</source>
        <translation>Tiempo de resolución crítica (mediana, h)</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="41"/>
        <source>Time to resolve high (median h)</source>
        <translation>Tiempo de resolución alta (mediana, h)</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="42"/>
        <source>AI acceptance rate</source>
        <translation>Tasa de aceptación de la IA</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="43"/>
        <source>AI error rate</source>
        <translation>Tasa de error de la IA</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="44"/>
        <source>AI sessions per hour</source>
        <translation>Sesiones de IA por hora</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="45"/>
        <source>Tokens per accepted line</source>
        <translation>Tokens por línea aceptada</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="46"/>
        <source>On-policy models</source>
        <translation>Modelos conformes a la política</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="47"/>
        <source>Commits per active day</source>
        <translation>Commits por día activo</translation>
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
        <translation>Assay no puede iniciarse</translation>
    </message>
    <message>
        <location filename="../app/GuiMain.cpp" line="41"/>
        <source>The data directory cannot be used: %1</source>
        <translation>No se puede usar el directorio de datos: %1</translation>
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
        <translation>En cola</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="56"/>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="58"/>
        <source>Completed</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="60"/>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="62"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="64"/>
        <source>Interrupted</source>
        <translation>Interrumpida</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="74"/>
        <source>critical</source>
        <translation>crítica</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="75"/>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="75"/>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="75"/>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="79"/>
        <source>none open</source>
        <translation>ninguno abierto</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="179"/>
        <source>%1% · %2</source>
        <translation>%1&#xa0;% · %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="32"/>
        <source>Viewer — reads audits, scans and metrics</source>
        <translation>Lector: consulta auditorías, análisis y métricas</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="33"/>
        <source>Analyst — also runs audits and scans</source>
        <translation>Analista: además ejecuta auditorías y análisis</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="34"/>
        <source>Administrator — also manages users and settings</source>
        <translation>Administrador: además gestiona usuarios y configuración</translation>
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
        <translation>Uso: assay [OPCIONES] [ORDEN] [ARGUMENTOS]

Auditorías de propiedad intelectual del código sin conexión, análisis de riesgos de documentos y métricas de ingeniería.
Sin una orden, Assay abre la aplicación de escritorio.

Órdenes:
  serve [--bind ADDR] [--port N] [--data-dir DIR]
                      ejecutar la API HTTP + WebSocket sin interfaz (servidor de equipo)
  audit PATH|GIT_URL [--ref REF] [--format json|sarif|cyclonedx|spdx|html|pdf|csv|md]
                     [--output FILE] [--policy FILE] [--org-domain DOMAIN]... [--detectors LIST]
                      auditar una carpeta o un repositorio y escribir audit.json o un informe
  scan [FILE|-] [--text TEXT] [--force-llm] [--format json|text]
                      encontrar los riesgos de proyecto de un documento
  user add EMAIL --role admin|analyst|viewer
                      crear un usuario (contraseña leída de stdin)
  user passwd EMAIL   cambiar la contraseña de un usuario (leída de stdin)
  token create NAME [--scopes ...] [--user EMAIL]
                      crear un token de API personal y mostrar su secreto una sola vez
  vulndb import FILE|DIR | vulndb status
                      importar una exportación de OSV (zip o carpeta de JSON) para la comparación sin conexión
  metrics import FILE importar registros de sesiones de asistentes de IA (JSONL o CSV)
  backup FILE         escribir una copia de seguridad en caliente (base de datos y artefactos de auditoría) en un .tar.gz
  restore FILE        reemplazar el contenido del directorio de datos por una copia de seguridad (con Assay detenido)

Opciones:
  --data-dir DIR      directorio de datos (predeterminado: $ASSAY_DATA_DIR; si no, la carpeta de datos de aplicaciones de la plataforma)
  --bind ADDR         dirección en la que escucha la API (predeterminada: 127.0.0.1)
  --port N            puerto de la API (predeterminado: 8470)
  -h, --help          mostrar esta ayuda
  -v, --version       mostrar la versión

Códigos de salida: 0 éxito, 1 infracción de la política (block), 2 error de uso o de entrada, 3 fallo en tiempo de ejecución.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="142"/>
        <source>assay: unknown command &apos;%1&apos;; see &apos;assay --help&apos;.</source>
        <translation>assay: orden desconocida «%1»; consulte «assay --help».</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="170"/>
        <source>assay %1: this command is not available in this build yet.</source>
        <translation>assay %1: esta orden aún no está disponible en esta compilación.</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="74"/>
        <source>&apos;%1&apos; is not an IP address; use e.g. 127.0.0.1 or 0.0.0.0.</source>
        <translation>«%1» no es una dirección IP; use, p. ej., 127.0.0.1 o 0.0.0.0.</translation>
    </message>
    <message>
        <location filename="../app/ServeCommand.cpp" line="85"/>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port debe ser un número entre 0 y 65535.</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="89"/>
        <source>give exactly one folder or git URL to audit.</source>
        <translation>indique exactamente una carpeta o una URL de git para auditar.</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="94"/>
        <source>unknown format &apos;%1&apos;; use %2.</source>
        <translation>formato desconocido «%1»; use %2.</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="130"/>
        <source>unknown detector &apos;%1&apos;; use %2.</source>
        <translation>detector desconocido «%1»; use %2.</translation>
    </message>
    <message>
        <location filename="../app/AuditCommand.cpp" line="174"/>
        <location filename="../app/AuditCommand.cpp" line="200"/>
        <source>cannot write %1.</source>
        <translation>no se puede escribir %1.</translation>
    </message>
    <message>
        <location filename="../app/ScanCommand.cpp" line="61"/>
        <source>unknown format &apos;%1&apos;; use json or text.</source>
        <translation>formato desconocido «%1»; use json o text.</translation>
    </message>
    <message>
        <location filename="../app/ScanCommand.cpp" line="67"/>
        <source>give one file to scan, - for standard input, or --text TEXT.</source>
        <translation>indique un archivo para analizar, - para la entrada estándar, o --text TEXT.</translation>
    </message>
    <message>
        <location filename="../app/ScanCommand.cpp" line="78"/>
        <source>cannot read standard input.</source>
        <translation>no se puede leer la entrada estándar.</translation>
    </message>
    <message>
        <location filename="../app/ScanCommand.cpp" line="87"/>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <location filename="../app/ScanCommand.cpp" line="91"/>
        <source>cannot read %1: %2.</source>
        <translation>no se puede leer %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/VulnDbCommand.cpp" line="41"/>
        <source>use &apos;assay vulndb import FILE|DIR&apos; or &apos;assay vulndb status&apos;.</source>
        <translation>use «assay vulndb import FILE|DIR» o «assay vulndb status».</translation>
    </message>
    <message>
        <location filename="../app/VulnDbCommand.cpp" line="45"/>
        <source>give the OSV export to import: a zip, a tar or a folder of JSON files.</source>
        <translation>indique la exportación de OSV que desea importar: un zip, un tar o una carpeta de archivos JSON.</translation>
    </message>
</context>
<context>
    <name>assay::app</name>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="40"/>
        <location filename="../app/TokenCommand.cpp" line="34"/>
        <location filename="../app/UserCommand.cpp" line="82"/>
        <source>Data directory.</source>
        <translation>Directorio de datos.</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="42"/>
        <source>Input format: jsonl or csv (default: detected).</source>
        <translation>Formato de entrada: jsonl o csv (predeterminado: detección automática).</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="43"/>
        <source>Print the result as JSON.</source>
        <translation>Mostrar el resultado en JSON.</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="44"/>
        <source>ISO date, date-time or days back.</source>
        <translation>Fecha ISO, fecha y hora, o días hacia atrás.</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="45"/>
        <source>ISO date or date-time.</source>
        <translation>Fecha ISO o fecha y hora.</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="46"/>
        <source>Repository name or slug.</source>
        <translation>Nombre o slug del repositorio.</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="47"/>
        <source>Largest lag tested (0-7).</source>
        <translation>Mayor desfase probado (0-7).</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="48"/>
        <source>Usage: assay metrics import FILE|- [--format jsonl|csv] [--json] [--data-dir DIR]
       assay metrics kpis [--since S] [--until U] [--repo R]
       assay metrics insights [--since S] [--until U] [--lag-days N] [--repo R]</source>
        <translation>Uso: assay metrics import FILE|- [--format jsonl|csv] [--json] [--data-dir DIR]
     assay metrics kpis [--since S] [--until U] [--repo R]
     assay metrics insights [--since S] [--until U] [--lag-days N] [--repo R]</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="72"/>
        <source>assay metrics import: --format must be jsonl or csv.</source>
        <translation>assay metrics import: --format debe ser jsonl o csv.</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="80"/>
        <source>assay metrics import: cannot read %1.</source>
        <translation>assay metrics import: no se puede leer %1.</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="95"/>
        <source>assay metrics: --lag-days must be a whole number from 0 to 7.</source>
        <translation>assay metrics: --lag-days debe ser un número entero entre 0 y 7.</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="118"/>
        <source>Imported %1 sessions, %2 duplicates skipped, %3 lines rejected.</source>
        <translation>Se importaron %1 sesiones; %2 duplicados omitidos, %3 líneas rechazadas.</translation>
    </message>
    <message>
        <location filename="../app/MetricsCommand.cpp" line="125"/>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="35"/>
        <source>Scopes, comma-separated or repeated.</source>
        <translation>Ámbitos, separados por comas o repetidos.</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="36"/>
        <source>Owner&apos;s email.</source>
        <translation>Correo electrónico del propietario.</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="37"/>
        <source>Lifetime in days.</source>
        <translation>Vigencia en días.</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="44"/>
        <source>Usage: assay token create NAME [--scopes read:audits,write:audits ...] [--user EMAIL] [--expires-in-days N]
Scopes: %1</source>
        <translation>Uso: assay token create NAME [--scopes read:audits,write:audits ...] [--user EMAIL] [--expires-in-days N]
Ámbitos: %1</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="59"/>
        <source>assay token create: unknown scope &apos;%1&apos;; use %2.</source>
        <translation>assay token create: ámbito desconocido «%1»; use %2.</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="69"/>
        <source>assay token create: --expires-in-days must be a positive number.</source>
        <translation>assay token create: --expires-in-days debe ser un número positivo.</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="88"/>
        <source>assay token create: no account with the email %1.</source>
        <translation>assay token create: no hay ninguna cuenta con el correo %1.</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="97"/>
        <source>assay token create: there is no user account yet; create one with &apos;assay user add&apos;.</source>
        <translation>assay token create: aún no hay ninguna cuenta de usuario; cree una con «assay user add».</translation>
    </message>
    <message>
        <location filename="../app/TokenCommand.cpp" line="98"/>
        <source>assay token create: say whose token it is with --user EMAIL.</source>
        <translation>assay token create: indique de quién es el token con --user EMAIL.</translation>
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
        <translation>Token de API «%1» (id %2) para %3, ámbitos: %4.
Cópielo ahora: no se volverá a mostrar.</translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="59"/>
        <source>Password: </source>
        <translation>Contraseña: </translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="64"/>
        <source>no password given on stdin.</source>
        <translation>no se proporcionó ninguna contraseña en stdin.</translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="68"/>
        <source>Repeat the password: </source>
        <translation>Repita la contraseña: </translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="71"/>
        <source>the passwords do not match.</source>
        <translation>las contraseñas no coinciden.</translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="83"/>
        <source>admin, analyst or viewer.</source>
        <translation>admin, analyst o viewer.</translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="84"/>
        <source>Full name.</source>
        <translation>Nombre completo.</translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="92"/>
        <source>Usage: assay user add EMAIL --role admin|analyst|viewer [--name NAME]
       assay user passwd EMAIL
The password is read from stdin.</source>
        <translation>Uso: assay user add EMAIL --role admin|analyst|viewer [--name NAME]
     assay user passwd EMAIL
La contraseña se lee de stdin.</translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="102"/>
        <source>assay user add: --role must be admin, analyst or viewer.</source>
        <translation>assay user add: --role debe ser admin, analyst o viewer.</translation>
    </message>
    <message>
        <location filename="../app/UserCommand.cpp" line="118"/>
        <source>assay user passwd: no account with the email %1.</source>
        <translation>assay user passwd: no hay ninguna cuenta con el correo %1.</translation>
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
        <translation>Se cambió la contraseña de %1; se cerraron sus sesiones.</translation>
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
        <translation>Se creó %1 (%2).</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="134"/>
        <location filename="../app/BackupCommand.cpp" line="148"/>
        <location filename="../app/BackupCommand.cpp" line="153"/>
        <location filename="../app/BackupCommand.cpp" line="158"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="139"/>
        <location filename="../app/BackupCommand.cpp" line="155"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="174"/>
        <source>give one backup file: &apos;assay %1 FILE [--data-dir DIR]&apos;.</source>
        <translation>indique un archivo de copia de seguridad: «assay %1 FILE [--data-dir DIR]».</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="190"/>
        <source>there is no Assay database in %1.</source>
        <translation>no hay ninguna base de datos de Assay en %1.</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="195"/>
        <source>%1 is a folder; give the name of the backup file to write.</source>
        <translation>%1 es una carpeta; indique el nombre del archivo de copia de seguridad que desea escribir.</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="202"/>
        <location filename="../app/BackupCommand.cpp" line="316"/>
        <source>cannot write into %1: %2</source>
        <translation>no se puede escribir en %1: %2</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="211"/>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="217"/>
        <location filename="../app/BackupCommand.cpp" line="222"/>
        <source>cannot copy the database: %1</source>
        <translation>no se puede copiar la base de datos: %1</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="231"/>
        <source>the copy of the database cannot be read: %1</source>
        <translation>no se puede leer la copia de la base de datos: %1</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="261"/>
        <source>cannot write the manifest: %1</source>
        <translation>no se puede escribir el manifiesto: %1</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="274"/>
        <source>cannot write %1.</source>
        <translation>no se puede escribir %1.</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="280"/>
        <source>Backed up %1 audits and %2 artefact files (schema version %3) to %4 (%5 bytes).</source>
        <translation>Copia de seguridad de %1 auditorías y %2 archivos de artefactos (versión de esquema %3) en %4 (%5 bytes).</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="296"/>
        <source>there is no backup file %1.</source>
        <translation>no existe el archivo de copia de seguridad %1.</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="307"/>
        <source>Assay (process %1) is using %2; stop the server or close the desktop app, then restore.</source>
        <translation>Assay (proceso %1) está usando %2; detenga el servidor o cierre la aplicación de escritorio y, después, restaure.</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="324"/>
        <source>%1 is not a readable Assay backup: %2</source>
        <translation>%1 no es una copia de seguridad de Assay legible: %2</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="332"/>
        <source>%1 is not an Assay backup (made by &apos;assay backup&apos;).</source>
        <translation>%1 no es una copia de seguridad de Assay (creada con «assay backup»).</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="344"/>
        <source>the database in %1 is damaged (%2); nothing was changed.</source>
        <translation>la base de datos de %1 está dañada (%2); no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="353"/>
        <source>the backup is from a newer Assay (schema version %1; this version knows up to %2). Restore it with that version or a newer one; nothing was changed.</source>
        <translation>la copia de seguridad procede de una versión más reciente de Assay (versión de esquema %1; esta versión admite hasta la %2). Restáurela con esa versión o una posterior; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="373"/>
        <source>cannot create %1; nothing was changed.</source>
        <translation>no se puede crear %1; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="381"/>
        <source>cannot move %1 aside; nothing was changed.</source>
        <translation>no se puede apartar %1; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="394"/>
        <source>cannot move the restored files into %1; nothing was changed.</source>
        <translation>no se pueden mover los archivos restaurados a %1; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="400"/>
        <source>the restored database cannot be opened: %1</source>
        <translation>no se puede abrir la base de datos restaurada: %1</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="405"/>
        <source>Restored %1 audits from %2 (made %3 by Assay %4).</source>
        <translation>Se restauraron %1 auditorías desde %2 (creada el %3 por Assay %4).</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="410"/>
        <source>Its schema was migrated from version %1 to %2.</source>
        <translation>Su esquema se migró de la versión %1 a la %2.</translation>
    </message>
    <message>
        <location filename="../app/BackupCommand.cpp" line="412"/>
        <source>The replaced data is kept in %1.</source>
        <translation>Los datos reemplazados se conservan en %1.</translation>
    </message>
</context>
<context>
    <name>assay::ui</name>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="87"/>
        <source>AI sessions and commits per day</source>
        <translation>Sesiones de IA y commits por día</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="87"/>
        <source>AI sessions/day, commits %1 d later</source>
        <translation>Sesiones de IA/día, commits %1 d después</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="88"/>
        <source>per day</source>
        <translation>por día</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="95"/>
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="95"/>
        <source>commits</source>
        <translation>commits</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="95"/>
        <source>commits (+%1 d)</source>
        <translation>commits (+%1 d)</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="110"/>
        <source>Cost per day by model</source>
        <translation>Coste por día y modelo</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="111"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="117"/>
        <source>cost</source>
        <translation>coste</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="122"/>
        <source>New findings per day by severity</source>
        <translation>Hallazgos nuevos por día y gravedad</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="123"/>
        <source>findings</source>
        <translation>hallazgos</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="133"/>
        <source>Tokens and error rate per day</source>
        <translation>Tokens y tasa de error por día</translation>
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
        <translation>tasa de error %</translation>
    </message>
    <message>
        <location filename="../ui/models/MetricsChartData.cpp" line="149"/>
        <source>%1 anomaly: %2 (expected %3–%4)</source>
        <translation>Anomalía de %1: %2 (esperado %3–%4)</translation>
    </message>
</context>
<context>
    <name>assay::ui::AuditDetailView</name>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="39"/>
        <source>%1 line</source>
        <translation>%1 línea</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="39"/>
        <source>%1 lines</source>
        <translation>%1 líneas</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="96"/>
        <source>← All audits</source>
        <translation>← Todas las auditorías</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="100"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="102"/>
        <source>Export the report (Ctrl+E)</source>
        <translation>Exportar el informe (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="109"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="110"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="154"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="360"/>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="111"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="246"/>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="117"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="364"/>
        <source>Dependencies</source>
        <translation>Dependencias</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="123"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="363"/>
        <source>Contributors</source>
        <translation>Colaboradores</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="138"/>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="139"/>
        <source>Language</source>
        <translation>Lenguaje</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="140"/>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="149"/>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="150"/>
        <source>IP class</source>
        <translation>Clase de PI</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="197"/>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="200"/>
        <source>All severities</source>
        <translation>Todas las gravedades</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="203"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="206"/>
        <source>Finding type</source>
        <translation>Tipo de hallazgo</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="207"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="222"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="208"/>
        <source>Triage status</source>
        <translation>Estado de triaje</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="209"/>
        <source>Acknowledge</source>
        <translation>Reconocido</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="210"/>
        <source>False positive</source>
        <translation>Falso positivo</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="211"/>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="216"/>
        <source>Mark selected:</source>
        <translation>Marcar la selección como:</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="232"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="233"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="234"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="242"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="242"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="261"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="278"/>
        <source>Triage</source>
        <translation>Triaje</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="261"/>
        <source>Note (optional):</source>
        <translation>Nota (opcional):</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="290"/>
        <source>Audit not found</source>
        <translation>No se encontró la auditoría</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="323"/>
        <source>no fix yet</source>
        <translation>aún sin corrección</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="326"/>
        <source>direct</source>
        <translation>directa</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="326"/>
        <source>transitive</source>
        <translation>transitiva</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="329"/>
        <source>Package</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="329"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="329"/>
        <source>Ecosystem</source>
        <translation>Ecosistema</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="329"/>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="329"/>
        <source>Relation</source>
        <translation>Relación</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="329"/>
        <source>Manifest</source>
        <translation>Manifiesto</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="330"/>
        <source>Vulnerabilities</source>
        <translation>Vulnerabilidades</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="338"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="338"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
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
        <translation>Líneas añadidas</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="338"/>
        <source>Lines removed</source>
        <translation>Líneas eliminadas</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="338"/>
        <source>First commit</source>
        <translation>Primer commit</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="339"/>
        <source>Last commit</source>
        <translation>Último commit</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="339"/>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="355"/>
        <source>Results appear here when the audit has completed.</source>
        <translation>Los resultados aparecerán aquí cuando finalice la auditoría.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="359"/>
        <source>Overview</source>
        <translation>Vista general</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="361"/>
        <source>Lines of code</source>
        <translation>Líneas de código</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="365"/>
        <source>Secrets</source>
        <translation>Secretos</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="373"/>
        <source>Intellectual-property composition</source>
        <translation>Composición de la propiedad intelectual</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="374"/>
        <source>Foreground (your organisation)</source>
        <translation>Propia (su organización)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="375"/>
        <source>Third party (open source, vendored)</source>
        <translation>De terceros (código abierto, incorporado)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="375"/>
        <source>Background (brought in)</source>
        <translation>Preexistente (aportada)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="376"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="386"/>
        <source>Licenses</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="394"/>
        <source>No license found</source>
        <translation>No se encontró ninguna licencia</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="395"/>
        <source>Languages</source>
        <translation>Lenguajes</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="407"/>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="407"/>
        <source>Passed</source>
        <translation>Cumplida</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="407"/>
        <source>Violated</source>
        <translation>Infringida</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="411"/>
        <source>Since the previous audit</source>
        <translation>Desde la auditoría anterior</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="412"/>
        <source>%1 new findings, %2 resolved; %3 files added, %4 removed.</source>
        <translation>%1 hallazgos nuevos, %2 resueltos; %3 archivos añadidos, %4 eliminados.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="423"/>
        <source>IP class: %1</source>
        <translation>Clase de PI: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="425"/>
        <source>License: %1</source>
        <translation>Licencia: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="441"/>
        <source>(no preview for this file)</source>
        <translation>(no hay vista previa de este archivo)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="472"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="501"/>
        <location filename="../ui/pages/AuditDetailView.cpp" line="506"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="476"/>
        <source>PDF report for people (*.pdf)</source>
        <translation>Informe PDF para lectura (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="477"/>
        <source>HTML report, one self-contained file (*.html)</source>
        <translation>Informe HTML, un único archivo autónomo (*.html)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="478"/>
        <source>Audit document, audit.json (*.json)</source>
        <translation>Documento de auditoría, audit.json (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="479"/>
        <source>SARIF 2.1.0 for code-scanning tools (*.sarif)</source>
        <translation>SARIF 2.1.0 para herramientas de análisis de código (*.sarif)</translation>
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
        <translation>CSV, una fila por archivo (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="483"/>
        <source>Markdown IP contribution table (*.md)</source>
        <translation>Tabla Markdown de contribuciones de PI (*.md)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="488"/>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditDetailView.cpp" line="506"/>
        <source>The report cannot be written to %1.</source>
        <translation>No se puede escribir el informe en %1.</translation>
    </message>
</context>
<context>
    <name>assay::ui::AuditsPage</name>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="121"/>
        <location filename="../ui/pages/AuditsPage.cpp" line="228"/>
        <source>Audits</source>
        <translation>Auditorías</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="125"/>
        <source>New audit…</source>
        <translation>Nueva auditoría…</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="127"/>
        <source>Audit a folder, a git repository or an archive (Ctrl+N)</source>
        <translation>Auditar una carpeta, un repositorio git o un archivo comprimido (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="133"/>
        <source>Search repositories (Ctrl+F)</source>
        <translation>Buscar repositorios (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="135"/>
        <source>Search audits</source>
        <translation>Buscar auditorías</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="137"/>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="138"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="141"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="142"/>
        <source>Re-run</source>
        <translation>Volver a ejecutar</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="143"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="144"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="162"/>
        <source>Repository</source>
        <translation>Repositorio</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="173"/>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="174"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="192"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="200"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="205"/>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="214"/>
        <source>Open findings</source>
        <translation>Hallazgos abiertos</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="242"/>
        <source>No audits yet. Click “New audit…”, or drop a folder or an archive on this window.</source>
        <translation>Aún no hay auditorías. Haga clic en «Nueva auditoría…» o suelte una carpeta o un archivo comprimido en esta ventana.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="299"/>
        <source>The audits cannot be read: %1</source>
        <translation>No se pueden leer las auditorías: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="358"/>
        <location filename="../ui/pages/AuditsPage.cpp" line="397"/>
        <source>The audit cannot start</source>
        <translation>La auditoría no puede iniciarse</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="371"/>
        <source>Cancel audit</source>
        <translation>Cancelar auditoría</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="385"/>
        <source>Re-run audit</source>
        <translation>Volver a ejecutar la auditoría</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="386"/>
        <source>An uploaded archive cannot be re-run; audit it again from the file.</source>
        <translation>Un archivo comprimido subido no se puede volver a ejecutar; audítelo de nuevo desde el archivo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="409"/>
        <source>Delete audits</source>
        <translation>Eliminar auditorías</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/AuditsPage.cpp" line="410"/>
        <source>Delete %n audit(s) with their findings and files? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar %n auditoría con sus hallazgos y archivos? Esta acción no se puede deshacer.</numerusform>
            <numerusform>¿Eliminar %n auditorías con sus hallazgos y archivos? Esta acción no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/AuditsPage.cpp" line="415"/>
        <source>Delete audit</source>
        <translation>Eliminar auditoría</translation>
    </message>
</context>
<context>
    <name>assay::ui::DashboardPage</name>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="71"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="74"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="77"/>
        <source>Your team at a glance: what was audited and found, and how the work is going.</source>
        <translation>Su equipo de un vistazo: qué se auditó y se encontró, y cómo avanza el trabajo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="109"/>
        <source>Open findings by severity</source>
        <translation>Hallazgos abiertos por gravedad</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="114"/>
        <source>IP composition of the last audit</source>
        <translation>Composición de PI de la última auditoría</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="119"/>
        <source>Repository</source>
        <translation>Repositorio</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="119"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="119"/>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="119"/>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="126"/>
        <source>Recent audits</source>
        <translation>Auditorías recientes</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="180"/>
        <source>Cannot compute the dashboard: %1</source>
        <translation>No se puede calcular el panel: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="256"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="263"/>
        <source>target %1 %2 %3</source>
        <translation>objetivo %1 %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="283"/>
        <source>Open findings</source>
        <translation>Hallazgos abiertos</translation>
    </message>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="334"/>
        <source>No completed audit yet</source>
        <translation>Aún no hay ninguna auditoría finalizada</translation>
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
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="198"/>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="67"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="69"/>
        <source>Audits</source>
        <translation>Auditorías</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="71"/>
        <source>Risk scans</source>
        <translation>Análisis de riesgos</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="73"/>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="75"/>
        <source>Sharing</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="77"/>
        <source>API tokens</source>
        <translation>Tokens de API</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="79"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="81"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="206"/>
        <source>&amp;New audit…</source>
        <translation>&amp;Nueva auditoría…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="207"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="208"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="209"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="210"/>
        <source>&amp;About Assay</source>
        <translation>&amp;Acerca de Assay</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="174"/>
        <source>About Assay</source>
        <translation>Acerca de Assay</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="175"/>
        <source>&lt;h3&gt;Assay %1&lt;/h3&gt;&lt;p&gt;Offline code IP audits, document risk scans and engineering metrics.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Assay %1&lt;/h3&gt;&lt;p&gt;Auditorías de propiedad intelectual del código sin conexión, análisis de riesgos de documentos y métricas de ingeniería.&lt;/p&gt;&lt;p&gt;Distribuido bajo la Licencia Pública General de GNU, versión 3 o posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="213"/>
        <source>Show Assay</source>
        <translation>Mostrar Assay</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="214"/>
        <location filename="../ui/MainWindow.cpp" line="353"/>
        <source>Stop sharing</source>
        <translation>Dejar de compartir</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="215"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="296"/>
        <source>The audit of %1 has completed.</source>
        <translation>La auditoría de %1 ha finalizado.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="297"/>
        <source>The audit of %1 was cancelled.</source>
        <translation>Se canceló la auditoría de %1.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="298"/>
        <source>The audit of %1 has failed.</source>
        <translation>La auditoría de %1 ha fallado.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="338"/>
        <source>Assay is sharing its API at %1</source>
        <translation>Assay comparte su API en %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="393"/>
        <source>The API server could not start</source>
        <translation>No se pudo iniciar el servidor de la API</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="394"/>
        <source>%1

Assay works without it, but scripts and teammates cannot reach this app until it runs.</source>
        <translation>%1

Assay funciona sin él, pero los scripts y sus compañeros no podrán acceder a esta aplicación hasta que se ejecute.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="398"/>
        <source>Use port %1</source>
        <translation>Usar el puerto %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="399"/>
        <source>Choose a port…</source>
        <translation>Elegir un puerto…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="400"/>
        <source>Continue without the server</source>
        <translation>Continuar sin el servidor</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="407"/>
        <source>Choose a port</source>
        <translation>Elegir un puerto</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="407"/>
        <source>Port for the Assay API:</source>
        <translation>Puerto de la API de Assay:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="423"/>
        <source>● API running at %1</source>
        <translation>● API en ejecución en %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="427"/>
        <source>○ API stopped</source>
        <translation>○ API detenida</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="431"/>
        <source>○ API not running: %1</source>
        <translation>○ API sin ejecutar: %1</translation>
    </message>
</context>
<context>
    <name>assay::ui::MetricsPage</name>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="50"/>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="55"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="58"/>
        <source>All data</source>
        <translation>Todos los datos</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="59"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="60"/>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="61"/>
        <source>Last 365 days</source>
        <translation>Últimos 365 días</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="64"/>
        <source>Commit lag (days)</source>
        <translation>Desfase de commits (días)</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="69"/>
        <source>Commit lag in days</source>
        <translation>Desfase de commits en días</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="73"/>
        <source>Repository (all)</source>
        <translation>Repositorio (todos)</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="74"/>
        <source>Repository filter</source>
        <translation>Filtro de repositorio</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="77"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="101"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="102"/>
        <source>Export the chart&apos;s data as CSV</source>
        <translation>Exportar los datos del gráfico como CSV</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="103"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="104"/>
        <source>Export the chart as a PNG image</source>
        <translation>Exportar el gráfico como imagen PNG</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="123"/>
        <source>Key indicators and insights</source>
        <translation>Indicadores clave y conclusiones</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="192"/>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="202"/>
        <source>Cannot compute the metrics: %1</source>
        <translation>No se pueden calcular las métricas: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="238"/>
        <source>No data yet: import AI-assistant session logs (assay metrics import FILE) and run audits.</source>
        <translation>Aún no hay datos: importe registros de sesiones de asistentes de IA (assay metrics import FILE) y ejecute auditorías.</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="239"/>
        <source>%1 sessions, %2 requests over %3 days; %4 anomalies.</source>
        <translation>%1 sesiones, %2 solicitudes en %3 días; %4 anomalías.</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="259"/>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="274"/>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="276"/>
        <source>Nothing stands out: every indicator with data is within its target.</source>
        <translation>Nada destacable: todos los indicadores con datos están dentro de su objetivo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="327"/>
        <source>anomalies</source>
        <translation>anomalías</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="365"/>
        <location filename="../ui/pages/MetricsPage.cpp" line="376"/>
        <source>There is no chart %1.</source>
        <translation>No existe el gráfico %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="369"/>
        <location filename="../ui/pages/MetricsPage.cpp" line="379"/>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="388"/>
        <source>Export chart image</source>
        <translation>Exportar imagen del gráfico</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="388"/>
        <source>Export chart data</source>
        <translation>Exportar datos del gráfico</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="389"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="389"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/pages/MetricsPage.cpp" line="393"/>
        <source>Exported %1.</source>
        <translation>Se exportó %1.</translation>
    </message>
</context>
<context>
    <name>assay::ui::NewAuditDialog</name>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="32"/>
        <source>New audit</source>
        <translation>Nueva auditoría</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="35"/>
        <source>Choose what to audit. Nothing leaves this computer; git repositories are cloned into Assay&apos;s data folder.</source>
        <translation>Elija qué desea auditar. Nada sale de este equipo; los repositorios git se clonan en la carpeta de datos de Assay.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="47"/>
        <source>&amp;Folder on this computer</source>
        <translation>&amp;Carpeta en este equipo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="49"/>
        <source>/path/to/project</source>
        <translation>/ruta/al/proyecto</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="50"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="51"/>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="62"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="52"/>
        <source>&amp;Git repository</source>
        <translation>Repositorio &amp;git</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="54"/>
        <source>https://host/org/repo.git</source>
        <translation>https://host/org/repo.git</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="55"/>
        <source>Git URL</source>
        <translation>URL de git</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="57"/>
        <source>branch, tag or commit (optional)</source>
        <translation>rama, etiqueta o commit (opcional)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="58"/>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="59"/>
        <source>&amp;Archive (zip, tar.gz, tar.xz)</source>
        <translation>&amp;Archivo comprimido (zip, tar.gz, tar.xz)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="61"/>
        <source>Archive</source>
        <translation>Archivo comprimido</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="64"/>
        <source>example.com, example.org</source>
        <translation>example.com, example.org</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="65"/>
        <source>Organisation e-mail domains</source>
        <translation>Dominios de correo de la organización</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="72"/>
        <source>Ref:</source>
        <translation>Ref.:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="75"/>
        <source>Your organisation&apos;s e-mail domains:</source>
        <translation>Dominios de correo de su organización:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="83"/>
        <source>Start audit</source>
        <translation>Iniciar auditoría</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="88"/>
        <source>Folder to audit</source>
        <translation>Carpeta para auditar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="94"/>
        <source>Archive to audit</source>
        <translation>Archivo comprimido para auditar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="94"/>
        <source>Archives (*.zip *.tar.gz *.tgz *.tar.xz *.txz *.tar)</source>
        <translation>Archivos comprimidos (*.zip *.tar.gz *.tgz *.tar.xz *.txz *.tar)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="131"/>
        <source>Choose a folder to audit.</source>
        <translation>Elija una carpeta para auditar.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="133"/>
        <source>This folder does not exist.</source>
        <translation>Esta carpeta no existe.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="135"/>
        <source>This is a file, not a folder.</source>
        <translation>Esto es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="137"/>
        <source>Assay cannot read this folder (permission denied).</source>
        <translation>Assay no puede leer esta carpeta (permiso denegado).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="140"/>
        <source>Enter a git URL (https://, ssh://, git@host:…, or file://).</source>
        <translation>Introduzca una URL de git (https://, ssh://, git@host:… o file://).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="144"/>
        <source>Choose a zip, tar.gz or tar.xz archive.</source>
        <translation>Elija un archivo comprimido zip, tar.gz o tar.xz.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NewAuditDialog.cpp" line="146"/>
        <source>Assay reads zip, tar.gz and tar.xz archives.</source>
        <translation>Assay lee archivos comprimidos zip, tar.gz y tar.xz.</translation>
    </message>
</context>
<context>
    <name>assay::ui::RiskScansPage</name>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="87"/>
        <source>Not a risk</source>
        <translation>No es un riesgo</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="121"/>
        <source>Financial</source>
        <translation>Financiero</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="122"/>
        <source>Schedule</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="123"/>
        <source>Technical</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="124"/>
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="125"/>
        <source>Operational</source>
        <translation>Operativo</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="126"/>
        <source>Compliance</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="127"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="160"/>
        <source>Risk scans</source>
        <translation>Análisis de riesgos</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="163"/>
        <source>Paste text or open a contract, proposal or plan and see its project risks. The local model works offline; correct a risk&apos;s categories to teach it.</source>
        <translation>Pegue texto o abra un contrato, una propuesta o un plan y vea sus riesgos de proyecto. El modelo local funciona sin conexión; corrija las categorías de un riesgo para enseñarle.</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="179"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="184"/>
        <source>Past scans</source>
        <translation>Análisis anteriores</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="188"/>
        <location filename="../ui/pages/RiskScansPage.cpp" line="728"/>
        <source>Delete scan</source>
        <translation>Eliminar análisis</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="198"/>
        <source>Open document…</source>
        <translation>Abrir documento…</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="200"/>
        <source>Text, Markdown, CSV, JSON, HTML, PDF or Word (.docx) — or drop a file here (Ctrl+O)</source>
        <translation>Texto, Markdown, CSV, JSON, HTML, PDF o Word (.docx), o suelte un archivo aquí (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="201"/>
        <location filename="../ui/pages/RiskScansPage.cpp" line="551"/>
        <location filename="../ui/pages/RiskScansPage.cpp" line="699"/>
        <source>Pasted text</source>
        <translation>Texto pegado</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="203"/>
        <source>Use the LLM</source>
        <translation>Usar el LLM</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="211"/>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="213"/>
        <source>Scan</source>
        <translation>Analizar</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="215"/>
        <source>Find the risks in this text (Ctrl+Return)</source>
        <translation>Buscar los riesgos de este texto (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="224"/>
        <source>Text to scan</source>
        <translation>Texto para analizar</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="225"/>
        <source>Paste a contract, proposal, project plan or status report here, or open a document, then press Scan (Ctrl+Return).</source>
        <translation>Pegue aquí un contrato, una propuesta, un plan de proyecto o un informe de estado, o abra un documento, y pulse Analizar (Ctrl+Intro).</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="233"/>
        <location filename="../ui/pages/RiskScansPage.cpp" line="510"/>
        <source>No scan yet.</source>
        <translation>Aún no hay ningún análisis.</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="239"/>
        <source>Risks found</source>
        <translation>Riesgos encontrados</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="261"/>
        <source>Categories:</source>
        <translation>Categorías:</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="262"/>
        <source>Check the categories this risk really has; uncheck all if it is not a risk.</source>
        <translation>Marque las categorías que realmente tiene este riesgo; desmárquelas todas si no es un riesgo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="278"/>
        <location filename="../ui/pages/RiskScansPage.cpp" line="631"/>
        <location filename="../ui/pages/RiskScansPage.cpp" line="648"/>
        <source>Save correction</source>
        <translation>Guardar corrección</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="387"/>
        <source>Ask the configured LLM (%1) instead of the local model; the text leaves this computer.</source>
        <translation>Consultar al LLM configurado (%1) en lugar del modelo local; el texto sale de este equipo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="411"/>
        <source>Open a document to scan</source>
        <translation>Abrir un documento para analizar</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="412"/>
        <source>Documents (*.txt *.md *.markdown *.csv *.tsv *.json *.html *.htm *.pdf *.docx);;All files (*)</source>
        <translation>Documentos (*.txt *.md *.markdown *.csv *.tsv *.json *.html *.htm *.pdf *.docx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="422"/>
        <source>Cannot open %1: %2.</source>
        <translation>No se puede abrir %1: %2.</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="427"/>
        <source>%1 is %2 MB; documents up to %3 MB can be scanned.</source>
        <translation>%1 ocupa %2 MB; se pueden analizar documentos de hasta %3 MB.</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="454"/>
        <source>Document: %1</source>
        <translation>Documento: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="457"/>
        <source>Press Scan (Ctrl+Return) to find the risks in %1.</source>
        <translation>Pulse Analizar (Ctrl+Intro) para buscar los riesgos de %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="471"/>
        <source>Edited text</source>
        <translation>Texto editado</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="491"/>
        <source>Nothing to scan: paste some text or open a document first.</source>
        <translation>No hay nada que analizar: primero pegue texto o abra un documento.</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="499"/>
        <source>Asking the LLM…</source>
        <translation>Consultando al LLM…</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="499"/>
        <source>Scanning…</source>
        <translation>Analizando…</translation>
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
        <translation>modelo local</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="554"/>
        <source>No risks found in this text.</source>
        <translation>No se encontraron riesgos en este texto.</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="555"/>
        <source>1 risk found. Select it to see its sentence in the text.</source>
        <translation>Se encontró 1 riesgo. Selecciónelo para ver su frase en el texto.</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="556"/>
        <source>%1 risks found. Select one to see its sentence in the text.</source>
        <translation>Se encontraron %1 riesgos. Seleccione uno para ver su frase en el texto.</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="648"/>
        <source>Mark as not a risk</source>
        <translation>Marcar como no riesgo</translation>
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
        <translation>sin riesgos</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="701"/>
        <source>1 risk</source>
        <translation>1 riesgo</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="702"/>
        <source>%1 risks</source>
        <translation>%1 riesgos</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="704"/>
        <source>Scanned by the LLM</source>
        <translation>Analizado por el LLM</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="705"/>
        <source>Scanned by the local model</source>
        <translation>Analizado por el modelo local</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="711"/>
        <source>Your scans will appear here.</source>
        <translation>Sus análisis aparecerán aquí.</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="728"/>
        <source>Delete the scan “%1”?</source>
        <translation>¿Eliminar el análisis «%1»?</translation>
    </message>
    <message>
        <location filename="../ui/pages/RiskScansPage.cpp" line="750"/>
        <source>The scan was deleted.</source>
        <translation>Se eliminó el análisis.</translation>
    </message>
</context>
<context>
    <name>assay::ui::ScanItemsModel</name>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="128"/>
        <source>Not a risk</source>
        <translation>No es un riesgo</translation>
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
        <translation>Corregido por usted; el modelo indicaba: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="138"/>
        <source>not a risk</source>
        <translation>no es un riesgo</translation>
    </message>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="140"/>
        <source>The model&apos;s probability for %1</source>
        <translation>Probabilidad del modelo para %1</translation>
    </message>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="141"/>
        <source>The LLM gave no confidence</source>
        <translation>El LLM no indicó ninguna confianza</translation>
    </message>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="168"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="170"/>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="172"/>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location filename="../ui/models/ScanItemsModel.cpp" line="174"/>
        <source>Sentence</source>
        <translation>Frase</translation>
    </message>
</context>
<context>
    <name>assay::ui::SettingsPage</name>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="207"/>
        <source>No file manager could open the folder. Its path is shown above; you can copy it.</source>
        <translation>Ningún gestor de archivos pudo abrir la carpeta. Su ruta se muestra arriba; puede copiarla.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="214"/>
        <source>The API key was removed.</source>
        <translation>Se eliminó la clave de API.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="296"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="297"/>
        <source>Where Assay keeps its data and how it works for your organisation. The same settings are available to administrators through the API.</source>
        <translation>Dónde guarda Assay sus datos y cómo trabaja para su organización. Los administradores disponen de la misma configuración a través de la API.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="299"/>
        <location filename="../ui/pages/SettingsPage.cpp" line="302"/>
        <source>Data directory</source>
        <translation>Directorio de datos</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="300"/>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="301"/>
        <source>Open the data directory in the file manager</source>
        <translation>Abrir el directorio de datos en el gestor de archivos</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="303"/>
        <source>The database, audit results and reports are kept here. To use another folder, start Assay with --data-dir.</source>
        <translation>Aquí se guardan la base de datos, los resultados de las auditorías y los informes. Para usar otra carpeta, inicie Assay con --data-dir.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="305"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="306"/>
        <source>Audits and limits</source>
        <translation>Auditorías y límites</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="307"/>
        <source>AI provider for risk scans</source>
        <translation>Proveedor de IA para los análisis de riesgos</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="308"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="310"/>
        <source>E-mail domains</source>
        <translation>Dominios de correo</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="311"/>
        <source>Copyright holder names</source>
        <translation>Nombres de los titulares de derechos de autor</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="312"/>
        <source>Audits at once</source>
        <translation>Auditorías simultáneas</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="313"/>
        <source>Largest file scanned</source>
        <translation>Archivo más grande analizado</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="314"/>
        <source>Largest upload</source>
        <translation>Subida más grande</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="314"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="315"/>
        <source>Server URL</source>
        <translation>URL del servidor</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="315"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="316"/>
        <source>Timeout</source>
        <translation>Tiempo de espera</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="316"/>
        <location filename="../ui/pages/SettingsPage.cpp" line="323"/>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="317"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="317"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="324"/>
        <source>One per line, e.g. example.com</source>
        <translation>Uno por línea, p. ej., example.com</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="325"/>
        <source>Commits from these e-mail domains count as your organisation&apos;s own work.</source>
        <translation>Los commits de estos dominios de correo cuentan como trabajo propio de su organización.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="326"/>
        <source>One per line, e.g. Example GmbH</source>
        <translation>Uno por línea, p. ej., Example S.L.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="327"/>
        <source>Copyright notices naming these holders count as your organisation&apos;s own code.</source>
        <translation>Los avisos de copyright que nombran a estos titulares cuentan como código propio de su organización.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="328"/>
        <source>One per processor core</source>
        <translation>Una por núcleo de procesador</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="329"/>
        <source>Applies after Assay is restarted.</source>
        <translation>Se aplica tras reiniciar Assay.</translation>
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
        <translation>Los archivos más grandes se cuentan, pero en su texto no se buscan licencias ni secretos.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="333"/>
        <source>Largest archive or document accepted from the API or a risk scan.</source>
        <translation>Archivo comprimido o documento más grande que se acepta desde la API o en un análisis de riesgos.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="334"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="335"/>
        <source>None (rules only)</source>
        <translation>Ninguno (solo reglas)</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="336"/>
        <source>Assay AI service</source>
        <translation>Servicio de IA de Assay</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="337"/>
        <source>OpenAI-compatible server</source>
        <translation>Servidor compatible con OpenAI</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="338"/>
        <source>Remove key</source>
        <translation>Eliminar clave</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="339"/>
        <source>Remove the stored API key</source>
        <translation>Eliminar la clave de API guardada</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="340"/>
        <location filename="../ui/pages/SettingsPage.cpp" line="343"/>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="341"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="342"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="344"/>
        <source>Menus and the page list change at once; the pages themselves after Assay is restarted.</source>
        <translation>Los menús y la lista de páginas cambian de inmediato; las páginas en sí, tras reiniciar Assay.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="346"/>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="347"/>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="369"/>
        <source>A key is stored in the keychain; type a new one to replace it</source>
        <translation>Hay una clave guardada en el llavero; escriba una nueva para reemplazarla</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="369"/>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="413"/>
        <source>Nothing to save.</source>
        <translation>No hay nada que guardar.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="419"/>
        <source>Nothing was saved. Correct the fields marked in red.</source>
        <translation>No se guardó nada. Corrija los campos marcados en rojo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="432"/>
        <source>Saved. The number of audits at once applies after Assay is restarted.</source>
        <translation>Guardado. El número de auditorías simultáneas se aplica tras reiniciar Assay.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SettingsPage.cpp" line="433"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>assay::ui::SharingPage</name>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="65"/>
        <source>Sharing</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="86"/>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="91"/>
        <source>Data directory:</source>
        <translation>Directorio de datos:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="105"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="68"/>
        <source>Assay runs an HTTP and WebSocket API inside the app. Share it with teammates on the LAN: they sign in with their own account or use a personal API token; every route but /health then needs a credential.</source>
        <translation>Assay ejecuta una API HTTP y WebSocket dentro de la aplicación. Compártala con sus compañeros en la red local: inician sesión con su propia cuenta o usan un token de API personal; a partir de entonces, todas las rutas excepto /health requieren credenciales.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="76"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="87"/>
        <source>Addresses for teammates:</source>
        <translation>Direcciones para sus compañeros:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="88"/>
        <source>Live WebSocket clients:</source>
        <translation>Clientes WebSocket conectados:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="92"/>
        <source>Share on the LAN</source>
        <translation>Compartir en la red local</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="94"/>
        <source>Listen on the network instead of this computer only.</source>
        <translation>Escuchar en la red en lugar de solo en este equipo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="98"/>
        <source>Bind address</source>
        <translation>Dirección de escucha</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="100"/>
        <source>Bind address:</source>
        <translation>Dirección de escucha:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="106"/>
        <source>Apply and restart the server</source>
        <translation>Aplicar y reiniciar el servidor</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="111"/>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="112"/>
        <source>No administrator account exists yet: teammates cannot sign in. Create your own account first on the Users page (or with &apos;assay user add&apos;).</source>
        <translation>Aún no existe ninguna cuenta de administrador: sus compañeros no pueden iniciar sesión. Cree primero su propia cuenta en la página Usuarios (o con «assay user add»).</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="119"/>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="123"/>
        <source>Use HTTPS (takes effect at the next restart)</source>
        <translation>Usar HTTPS (se aplica en el próximo reinicio)</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="129"/>
        <source>Certificate:</source>
        <translation>Certificado:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="134"/>
        <source>Teammates compare this with what their browser or curl shows.</source>
        <translation>Sus compañeros lo comparan con lo que muestra su navegador o curl.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="135"/>
        <source>SHA-256 fingerprint:</source>
        <translation>Huella digital SHA-256:</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="136"/>
        <source>Generate a self-signed certificate</source>
        <translation>Generar un certificado autofirmado</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="141"/>
        <source>Who is connected</source>
        <translation>Quién está conectado</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="144"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="144"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="144"/>
        <source>Signed in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="144"/>
        <source>Last seen</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="153"/>
        <source>End the selected session</source>
        <translation>Cerrar la sesión seleccionada</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="155"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="162"/>
        <source>Addresses locked out after failed logins</source>
        <translation>Direcciones bloqueadas tras inicios de sesión fallidos</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="167"/>
        <source>Unban the selected address</source>
        <translation>Desbloquear la dirección seleccionada</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="230"/>
        <source>Running on this computer only (loopback)</source>
        <translation>En ejecución solo en este equipo (loopback)</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="230"/>
        <source>Running, shared on the LAN</source>
        <translation>En ejecución, compartido en la red local</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="234"/>
        <source>Stopped</source>
        <translation>Detenido</translation>
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
        <translation>ninguno configurado</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="252"/>
        <source>cannot read the certificate: %1</source>
        <translation>no se puede leer el certificado: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/SharingPage.cpp" line="270"/>
        <source>%1 — until %2 (%n failed logins)</source>
        <translation>
            <numerusform>%1 — hasta %2 (%n inicio de sesión fallido)</numerusform>
            <numerusform>%1 — hasta %2 (%n inicios de sesión fallidos)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="289"/>
        <source>&apos;%1&apos; is not an IP address; use 0.0.0.0 for every interface.</source>
        <translation>«%1» no es una dirección IP; use 0.0.0.0 para todas las interfaces.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="307"/>
        <source>Sharing on %1, port %2.</source>
        <translation>Compartido en %1, puerto %2.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="308"/>
        <source>Listening on this computer only.</source>
        <translation>Escuchando solo en este equipo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="333"/>
        <source>New certificate, valid until %1. Turn on HTTPS and restart; give teammates the fingerprint.</source>
        <translation>Nuevo certificado, válido hasta %1. Active HTTPS y reinicie; proporcione la huella digital a sus compañeros.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="342"/>
        <source>Select a session first.</source>
        <translation>Seleccione primero una sesión.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="349"/>
        <source>Session ended: its tokens no longer work.</source>
        <translation>Sesión cerrada: sus tokens ya no funcionan.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="357"/>
        <source>Select an address first.</source>
        <translation>Seleccione primero una dirección.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="362"/>
        <source>%1 may sign in again.</source>
        <translation>%1 puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../ui/pages/SharingPage.cpp" line="237"/>
        <source>Not running: %1</source>
        <translation>Sin ejecutar: %1</translation>
    </message>
</context>
<context>
    <name>assay::ui::TokensPage</name>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="49"/>
        <source>API tokens</source>
        <translation>Tokens de API</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="52"/>
        <source>Personal tokens let scripts and CI jobs call the API as a user, narrowed to the scopes you choose. A token is shown once, when it is created or rotated.</source>
        <translation>Los tokens personales permiten que scripts y trabajos de CI llamen a la API en nombre de un usuario, limitados a los ámbitos que usted elija. Un token se muestra una sola vez, al crearlo o renovarlo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="65"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="66"/>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="67"/>
        <source>There is no user account yet. Create one on the Users page first: a token acts as an account.</source>
        <translation>Aún no hay ninguna cuenta de usuario. Cree primero una en la página Usuarios: un token actúa en nombre de una cuenta.</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="73"/>
        <source>e.g. CI pipeline</source>
        <translation>p. ej., pipeline de CI</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="74"/>
        <source>Token name</source>
        <translation>Nombre del token</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="75"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="86"/>
        <source>Scopes:</source>
        <translation>Ámbitos:</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="91"/>
        <location filename="../ui/pages/TokensPage.cpp" line="205"/>
        <location filename="../ui/pages/TokensPage.cpp" line="208"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="92"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="93"/>
        <source>Expires after:</source>
        <translation>Caduca tras:</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="94"/>
        <source>Create token</source>
        <translation>Crear token</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="111"/>
        <source>New token</source>
        <translation>Nuevo token</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="112"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="117"/>
        <source>Copy this token now and keep it somewhere safe: Assay stores only its hash and cannot show it again. Anyone holding it can act as this account.</source>
        <translation>Copie este token ahora y guárdelo en un lugar seguro: Assay solo almacena su hash y no puede volver a mostrarlo. Cualquiera que lo tenga puede actuar como esta cuenta.</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="128"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="128"/>
        <source>Prefix</source>
        <translation>Prefijo</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="128"/>
        <source>Scopes</source>
        <translation>Ámbitos</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="128"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="128"/>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="128"/>
        <source>Expires</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="128"/>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="136"/>
        <source>Rotate</source>
        <translation>Renovar</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="138"/>
        <source>New secret, same name and scopes; the old secret stops working at once.</source>
        <translation>Nuevo secreto, mismo nombre y ámbitos; el secreto anterior deja de funcionar de inmediato.</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="139"/>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="156"/>
        <source>Copied to the clipboard.</source>
        <translation>Copiado en el portapapeles.</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="208"/>
        <source>%1 from %2</source>
        <translation>%1 desde %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="236"/>
        <source>Create a user account first (Users page).</source>
        <translation>Cree primero una cuenta de usuario (página Usuarios).</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="242"/>
        <source>Give the token a name, e.g. where it is used.</source>
        <translation>Asigne un nombre al token, p. ej., dónde se usa.</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="250"/>
        <source>Choose at least one scope.</source>
        <translation>Elija al menos un ámbito.</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="263"/>
        <source>New token “%1”</source>
        <translation>Nuevo token «%1»</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="265"/>
        <source>Token created.</source>
        <translation>Token creado.</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="273"/>
        <location filename="../ui/pages/TokensPage.cpp" line="303"/>
        <source>Select a token first.</source>
        <translation>Seleccione primero un token.</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="294"/>
        <source>New secret for “%1” — the old one no longer works</source>
        <translation>Nuevo secreto para «%1»: el anterior ya no funciona</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="295"/>
        <source>Token rotated.</source>
        <translation>Token renovado.</translation>
    </message>
    <message>
        <location filename="../ui/pages/TokensPage.cpp" line="311"/>
        <source>Token revoked: it no longer works.</source>
        <translation>Token revocado: ya no funciona.</translation>
    </message>
</context>
<context>
    <name>assay::ui::UsersPage</name>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="47"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="50"/>
        <source>Accounts for teammates who use Assay over the network. You, at this computer, are always the administrator and need no account.</source>
        <translation>Cuentas para los compañeros que usan Assay a través de la red. Usted, en este equipo, siempre es el administrador y no necesita cuenta.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="59"/>
        <location filename="../ui/pages/UsersPage.cpp" line="96"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="59"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="59"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="59"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="59"/>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="59"/>
        <source>Last sign-in</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="69"/>
        <source>Role of the selected user</source>
        <translation>Rol del usuario seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="70"/>
        <source>Change role</source>
        <translation>Cambiar rol</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="72"/>
        <source>Deactivate / reactivate</source>
        <translation>Desactivar / reactivar</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="74"/>
        <source>Reset password…</source>
        <translation>Restablecer contraseña…</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="76"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="91"/>
        <source>Add a user</source>
        <translation>Añadir un usuario</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="97"/>
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="100"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="101"/>
        <source>Full name:</source>
        <translation>Nombre completo:</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="103"/>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="107"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="108"/>
        <source>at least 8 characters</source>
        <translation>al menos 8 caracteres</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="109"/>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="113"/>
        <source>Repeat the password</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="114"/>
        <source>Repeat:</source>
        <translation>Repetir:</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="115"/>
        <source>Add user</source>
        <translation>Añadir usuario</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="163"/>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="163"/>
        <source>deactivated</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="197"/>
        <source>The two passwords differ; type them again.</source>
        <translation>Las dos contraseñas no coinciden; vuelva a escribirlas.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="215"/>
        <source>%1 can now sign in as %2.</source>
        <translation>%1 ya puede iniciar sesión como %2.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="223"/>
        <location filename="../ui/pages/UsersPage.cpp" line="241"/>
        <location filename="../ui/pages/UsersPage.cpp" line="266"/>
        <location filename="../ui/pages/UsersPage.cpp" line="286"/>
        <source>Select a user first.</source>
        <translation>Seleccione primero un usuario.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="233"/>
        <source>%1 is now %2.</source>
        <translation>%1 ahora es %2.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="257"/>
        <source>%1 may sign in again.</source>
        <translation>%1 puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="258"/>
        <source>%1 is deactivated: their sessions and tokens stopped working.</source>
        <translation>%1 está desactivado: sus sesiones y tokens han dejado de funcionar.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="271"/>
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="271"/>
        <source>New password (at least 8 characters):</source>
        <translation>Nueva contraseña (al menos 8 caracteres):</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="279"/>
        <source>Password changed; the user&apos;s sessions were signed out.</source>
        <translation>Contraseña cambiada; se cerraron las sesiones del usuario.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="290"/>
        <source>Delete user</source>
        <translation>Eliminar usuario</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="290"/>
        <source>Delete this account and its API tokens? This cannot be undone.</source>
        <translation>¿Eliminar esta cuenta y sus tokens de API? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../ui/pages/UsersPage.cpp" line="298"/>
        <source>Account deleted.</source>
        <translation>Cuenta eliminada.</translation>
    </message>
</context>
<context>
    <name>assay::ui::WelcomeDialog</name>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="16"/>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="17"/>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="26"/>
        <source>Welcome to Assay</source>
        <translation>Bienvenido a Assay</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="33"/>
        <source>Assay tells you what a code base is made of: which licenses its files carry, which parts came from elsewhere, which secrets were committed and which dependencies have known vulnerabilities.</source>
        <translation>Assay le indica de qué se compone una base de código: qué licencias tienen sus archivos, qué partes proceden de otros lugares, qué secretos se confirmaron en el repositorio y qué dependencias tienen vulnerabilidades conocidas.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="38"/>
        <source>Everything runs on this computer. Nothing is uploaded; your code and results stay in the data directory.</source>
        <translation>Todo se ejecuta en este equipo. No se sube nada; su código y sus resultados permanecen en el directorio de datos.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="42"/>
        <source>Start with a folder or a git repository: Assay audits it in the background and shows the results as soon as it is done. You can also drop a folder or an archive on the window at any time.</source>
        <translation>Empiece con una carpeta o un repositorio git: Assay lo audita en segundo plano y muestra los resultados en cuanto termina. También puede soltar una carpeta o un archivo comprimido en la ventana en cualquier momento.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="51"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="53"/>
        <source>Audit a folder…</source>
        <translation>Auditar una carpeta…</translation>
    </message>
</context>
</TS>
