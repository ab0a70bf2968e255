#!/usr/bin/env bash
# Starts the whole Portal stack: PostgreSQL, RabbitMQ, MailDev, the four services, the gateway
# (http://localhost:5000) and the web app. Ctrl+C stops everything.
# Options go to the AppHost: --fresh (start from empty data), --verbose (echo every resource's output).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/prerequisites.sh
dotnet build Portal.sln -nologo -clp:ErrorsOnly
exec dotnet run --project Portal.AppHost --no-build -- "$@"
