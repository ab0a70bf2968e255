#!/usr/bin/env bash
# Starts the whole Portal stack under the .NET Aspire AppHost: PostgreSQL, RabbitMQ, MailDev, the four
# services, the gateway (http://localhost:5000), the web app and the Aspire dashboard
# (http://localhost:18888, through the login link it prints). Ctrl+C stops everything.
# Options:
#   --fresh         start from empty data (deletes .portal/)
#   --verbose       also echo every resource's console output, prefixed with its name
#   --no-dashboard  start without the Aspire dashboard
#   --replicas=N    run N copies of each service, the web app and the gateway (1 to 8; default 1)
set -euo pipefail
cd "$(dirname "$0")/.."
args=()
for arg in "$@"; do
  case "$arg" in
    --fresh) rm -rf .portal ;;
    --verbose) args+=("--Portal:Verbose=true") ;;
    --replicas=*) args+=("--Parameters:replicas=${arg#--replicas=}") ;;
    *) args+=("$arg") ;;
  esac
done
./scripts/prerequisites.sh
dotnet build Portal.sln -nologo -clp:ErrorsOnly
# The "http" launch profile (Portal.AppHost/Properties/launchSettings.json) sets the dashboard's addresses.
exec dotnet run --project Portal.AppHost --no-build -- "${args[@]}"
