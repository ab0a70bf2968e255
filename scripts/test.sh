#!/usr/bin/env bash
# Runs the whole test suite: unit, functional and whole-stack tests against real PostgreSQL,
# RabbitMQ, SMTP (MailDev) and Chromium, which the tests start themselves on free ports.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/prerequisites.sh
dotnet build Portal.sln -nologo -clp:ErrorsOnly
# One test assembly at a time: each starts its own stack, and the machine has two cores.
dotnet test Portal.sln --no-build -nologo -m:1 \
  --logger "console;verbosity=normal" \
  --blame-hang-timeout 10m \
  "$@"
