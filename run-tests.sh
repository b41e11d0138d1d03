#!/usr/bin/env bash
# Runs every test of the project on a fresh machine (what README.md and CI both call).
# Needs: the .NET 10 SDK and python3 (both on the machine image); NuGet packages are restored here.
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log=$(mktemp)
dotnet test PyDbg.sln -c Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# One closing line over all test projects: "tests: N passed, N failed, N skipped".
awk '/(Passed|Failed)!  *- *Failed:/ {
       for (i = 1; i <= NF; i++) { gsub(",", "", $(i+1));
         if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
