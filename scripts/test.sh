#!/usr/bin/env bash
# Runs the whole test suite: unit, functional and whole-stack tests against real PostgreSQL,
# RabbitMQ, SMTP (MailDev), Chromium and the real Aspire AppHost and dashboard, which the tests start
# themselves through Aspire.Hosting.Testing.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/prerequisites.sh
dotnet build Portal.sln -nologo -clp:ErrorsOnly
# Two test assemblies side by side (the machine has two cores): each starts its own application with
# a data folder of its own and free ports, so they never meet.
dotnet test Portal.sln --no-build -nologo -m:2 \
  --logger "console;verbosity=normal" \
  --blame-hang-timeout 10m \
  "$@"
