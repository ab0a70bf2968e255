#!/usr/bin/env bash
# Runs the whole test suite: unit, functional and whole-stack tests against real PostgreSQL,
# RabbitMQ, SMTP (MailDev), Chromium and the real Aspire AppHost and dashboard, which the tests start
# themselves through Aspire.Hosting.Testing. Arguments go to every `dotnet test` (e.g. --filter).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/prerequisites.sh
dotnet build Portal.sln -nologo -clp:ErrorsOnly

# Two test assemblies side by side (the machine has two cores): each starts its own application with
# a data folder of its own and free ports, so they never meet. Longest first (on two cores the browser
# tests take about 12 minutes, the next ones 4-7), so that the short ones fill the gaps at the end; any
# other test project follows.
longest=(Portal.Web.Tests Portal.AppHost.Tests Portal.Stack.Tests Portal.Dashboard.Tests Identity.Api.Tests Notifications.Api.Tests)
projects=()
for name in "${longest[@]}"; do projects+=("tests/$name/$name.csproj"); done
for project in tests/*/*.Tests.csproj; do
  [[ " ${projects[*]} " == *" $project "* ]] || projects+=("$project")
done

# Each assembly's output also goes to TestResults/<assembly>.log (git-ignored), so that the summary at the
# end can name every failed test: the interleaved output of two lanes is hard to read, and a CI log
# is often shown from its end.
logs=TestResults
mkdir -p "$logs" && rm -f "$logs"/*.log
run_assembly() {
  local project=$1; shift
  dotnet test "$project" --no-build -nologo --logger "console;verbosity=normal" --blame-hang-timeout 10m "$@" \
    2>&1 | tee "$logs/$(basename "$project" .csproj).log"
  return "${PIPESTATUS[0]}"
}
export -f run_assembly
export logs

status=0
printf '%s\n' "${projects[@]}" | xargs -P 2 -I {} bash -c 'run_assembly "$@"' run_assembly {} "$@" || status=$?

echo
echo "Test summary"
for log in "$logs"/*.log; do
  totals=$(grep -E '^\s+(Passed|Failed|Skipped):\s+[0-9]+' "$log" | tr -s ' ' | tr '\n' ' ' || true)
  verdict=$(grep -E '^Test Run (Successful|Failed|Aborted)' "$log" | tail -1 || true)
  printf '  %-28s %-22s %s\n' "$(basename "$log" .log)" "${verdict:-no result (crashed?)}" "$totals"
  # Each failed test with the first lines of its error message: CI shows only the end of the log.
  awk '/^[[:space:]]+Failed [A-Za-z0-9_.]+/ { sub(/^[[:space:]]+/, ""); print "      " $0; shown = 0; inmsg = 0; next }
       /^[[:space:]]+Error Message:/ { inmsg = 1; next }
       /^[[:space:]]+Stack Trace:/ { inmsg = 0; next }
       inmsg && shown < 6 { sub(/^[[:space:]]+/, ""); print "          " substr($0, 1, 300); shown++ }' "$log" || true
done
exit "$status"
