#!/usr/bin/env bash
# Starts the whole buergernah system on this machine:
#   - builds what is missing with ./mvnw (or everything with --bauen),
#   - starts an embedded PostgreSQL 17 (data kept in $BUERGERNAH_DATEN/postgres) unless DB_URL is set,
#   - starts the provisioned WildFly with the EAR and demo data,
#   - waits until healthy and prints URLs and demo logins.
# Ctrl-C stops WildFly and PostgreSQL cleanly; running it again reuses the data.
set -euo pipefail

WURZEL="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATEN="${BUERGERNAH_DATEN:-$WURZEL/.buergernah}"
HTTP_PORT="${BUERGERNAH_HTTP_PORT:-8080}"
PORT_OFFSET=$((HTTP_PORT - 8080))
DB_PORT="${BUERGERNAH_DB_PORT:-55432}"
SERVER="$WURZEL/deploy/target/server"
EAR="$WURZEL/ear/target/buergernah.ear"

meldung() { printf '[buergernah] %s\n' "$*"; }
port_frei() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
# health check with bash alone (no curl needed on a fresh machine)
gesund() {
  (exec 3<>"/dev/tcp/127.0.0.1/$HTTP_PORT" && printf 'GET /api/v1/health HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3 && grep -q '"status":"UP"' <&3) 2>/dev/null
}

if [[ "${1:-}" == "--bauen" || ! -f "$EAR" || ! -x "$SERVER/bin/standalone.sh" || ! -d "$WURZEL/deploy/target/lib" ]]; then
  meldung "Baue buergernah (./mvnw package, ohne Tests) …"
  (cd "$WURZEL" && ./mvnw -B -q -DskipTests -Dspotless.check.skip=true package)
fi

for p in "$HTTP_PORT" $((9990 + PORT_OFFSET)); do
  if ! port_frei "$p"; then
    meldung "Port $p ist belegt. Läuft buergernah schon? Sonst BUERGERNAH_HTTP_PORT setzen." >&2
    exit 1
  fi
done

mkdir -p "$DATEN"
PG_PID=""
WF_PID=""
aufraeumen() {
  trap - INT TERM EXIT
  if [[ -n "$WF_PID" ]] && kill -0 "$WF_PID" 2>/dev/null; then
    meldung "Beende WildFly …"
    kill -TERM "$WF_PID" 2>/dev/null || true
    wait "$WF_PID" 2>/dev/null || true
  fi
  if [[ -n "$PG_PID" ]] && kill -0 "$PG_PID" 2>/dev/null; then
    meldung "Beende PostgreSQL …"
    kill -TERM "$PG_PID" 2>/dev/null || true
    wait "$PG_PID" 2>/dev/null || true
  fi
  meldung "Beendet. Die Daten bleiben in $DATEN."
}
trap 'aufraeumen; exit 130' INT
trap 'aufraeumen; exit 143' TERM
trap aufraeumen EXIT

if [[ -z "${DB_URL:-}" ]]; then
  if ! port_frei "$DB_PORT"; then
    meldung "Port $DB_PORT für die eingebettete PostgreSQL ist belegt. BUERGERNAH_DB_PORT setzen oder DB_URL angeben." >&2
    exit 1
  fi
  meldung "Starte eingebettete PostgreSQL 17 auf Port $DB_PORT (Daten: $DATEN/postgres) …"
  # Ctrl-C reaches the whole process group: the database ignores it and is stopped by the trap
  # below, after WildFly, so the server never loses its database while shutting down
  (trap '' INT; exec java -cp "$WURZEL/deploy/target/classes:$WURZEL/deploy/target/lib/*" \
    de.buergernah.deploy.EingebettetePostgres "$DATEN/postgres" "$DB_PORT") > "$DATEN/postgres.log" 2>&1 &
  PG_PID=$!
  for _ in $(seq 1 120); do
    grep -q '^BEREIT' "$DATEN/postgres.log" 2>/dev/null && break
    kill -0 "$PG_PID" 2>/dev/null || { meldung "PostgreSQL startete nicht:"; cat "$DATEN/postgres.log"; exit 1; }
    sleep 0.5
  done
  export DB_URL="jdbc:postgresql://127.0.0.1:$DB_PORT/buergernah" DB_USER=buergernah DB_PASSWORD=buergernah
else
  meldung "Externe PostgreSQL: $DB_URL"
fi

# The server's own base directory lives in the data directory, so the build output stays clean
# (tests use deploy/target/server) and logs and deployments survive a rebuild.
BASIS="$DATEN/wildfly"
rm -rf "$BASIS/configuration" "$BASIS/deployments"
mkdir -p "$BASIS"
cp -r "$SERVER/standalone/configuration" "$BASIS/configuration"
mkdir -p "$BASIS/deployments"
cp "$EAR" "$BASIS/deployments/buergernah.ear"

meldung "Starte WildFly (Protokoll: $BASIS/log/server.log) …"
# standalone.sh then passes TERM/INT on to the server's JVM and waits for it
export LAUNCH_JBOSS_IN_BACKGROUND=1
# documents are checked in memory (20 MB each, a few at a time): more heap than WildFly's default
export JBOSS_JAVA_SIZING="${JBOSS_JAVA_SIZING:--Xms256m -Xmx1536m -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=512m}"
"$SERVER/bin/standalone.sh" \
  -Djboss.server.base.dir="$BASIS" \
  -Djboss.socket.binding.port-offset="$PORT_OFFSET" \
  -b "${BUERGERNAH_BIND:-127.0.0.1}" \
  -Dbuergernah.demo="${BUERGERNAH_DEMO:-true}" > "$DATEN/wildfly-konsole.log" 2>&1 &
WF_PID=$!

BASIS_URL="http://localhost:$HTTP_PORT"
for _ in $(seq 1 240); do
  if gesund; then
    break
  fi
  kill -0 "$WF_PID" 2>/dev/null || { meldung "WildFly ist beendet; siehe $DATEN/wildfly-konsole.log"; exit 1; }
  if [[ -f "$BASIS/deployments/buergernah.ear.failed" ]]; then
    meldung "Die Anwendung ließ sich nicht starten (Datenbank erreichbar? DB_URL/DB_USER/DB_PASSWORD richtig?):" >&2
    grep -m 3 -E "FATAL|password authentication|Connection refused|WFLYCTL0080" "$BASIS/log/server.log" >&2 || true
    exit 1
  fi
  sleep 1
done
if ! gesund; then
  meldung "buergernah wurde nicht betriebsbereit; siehe $BASIS/log/server.log" >&2
  exit 1
fi

DEMO_TEXT=""
if [[ "${BUERGERNAH_DEMO:-true}" == "true" ]]; then
  DEMO_TEXT="$(cat <<DEMO
  Demo-Anmeldungen (Mandant musterstadt), Passwort für alle: Demo-Passwort-2026
    sachbearbeitung   Sachbearbeitung Steueramt
    meldestelle       Sachbearbeitung Meldestelle
    aussendienst      Außendienst (Bürgerkoffer)
    leitung           Leitung
    prozessdesign     Prozessgestaltung (Camunda Modeler)
    admin             Administration (Protokoll, Geräte)
  Zweiter Mandant nachbarstadt: nachbar.sachbearbeitung, nachbar.admin
  Hundesteuer-Mandanten dresden, krauschwitz, leipzig: <mandant>.steueramt, <mandant>.admin

  Demo-Gerätezugänge (Authorization: Bearer …):
    Bürgerterminal Kleindorf:  bn1.demoterminal1.demo-terminal-geheimnis-musterstadt
    Bürgerkoffer 1:            bn1.demokoffer1.demo-koffer-geheimnis-musterstadt
DEMO
)"
fi

cat <<TEXT

  buergernah läuft.

  Sachbearbeitung (Oberfläche):  $BASIS_URL/login.xhtml
  REST-API:                      $BASIS_URL/api/v1/…  (Beschreibung: $BASIS_URL/openapi)
  Gesundheit:                    $BASIS_URL/api/v1/health
  Camunda REST (Modeler):        $BASIS_URL/engine-rest   (HTTP Basic: prozessdesign)

$DEMO_TEXT

  Beenden mit Strg-C. Daten: $DATEN
TEXT

wait "$WF_PID"
