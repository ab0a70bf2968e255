#!/usr/bin/env bash
# Runs the whole test suite: unit, functional and whole-stack tests against real PostgreSQL,
# RabbitMQ, SMTP (MailDev), Chromium and the real Aspire AppHost and dashboard, which the tests start
# themselves through Aspire.Hosting.Testing. Arguments go to every `dotnet test` (e.g. --filter).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/prerequisites.sh
dotnet build Portal.sln -nologo -clp:ErrorsOnly

# Two test assemblies side by side (the machine has two cores): each starts its own application with
# a data folder of its own and free ports, so they never meet. Longest first (about 4-6 minutes each
# on two cores), so that the short ones fill the gaps at the end; any other test project follows.
longest=(Portal.AppHost.Tests Identity.Api.Tests Portal.Web.Tests Portal.Stack.Tests Portal.Dashboard.Tests Notifications.Api.Tests)
projects=()
for name in "${longest[@]}"; do projects+=("tests/$name/$name.csproj"); done
for project in tests/*/*.Tests.csproj; do
  [[ " ${projects[*]} " == *" $project "* ]] || projects+=("$project")
done

printf '%s\n' "${projects[@]}" | xargs -P 2 -I {} \
  dotnet test {} --no-build -nologo --logger "console;verbosity=normal" --blame-hang-timeout 10m "$@"
