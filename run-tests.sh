#!/usr/bin/env bash
# Runs every test of the project on a fresh machine (what README.md and CI both call):
#   1. every xunit project of PyDbg.sln (unit tests, the differential corpus on both engines,
#      the CLI, scripted DAP sessions in and out of process);
#   2. the real-client DAP suite (tests/dap-client: VS Code's DebugClient against `pydbg dap`;
#      `npm ci` installs its pinned packages from the committed lock file).
# Needs: the .NET 10 SDK, python3, node >= 20 with npm (all on the machine image); NuGet and npm
# packages are restored here.
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log=$(mktemp)
trap 'rm -f "$log"' EXIT

dotnet test PyDbg.sln -c Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

if [ -f src/DebugAdapter/bin/Release/net10.0/pydbg.dll ]; then
  tests/dap-client/run.sh "$PWD/src/DebugAdapter/bin/Release/net10.0/pydbg.dll" 2>&1 | tee -a "$log"
  client_status=${PIPESTATUS[0]}
else
  echo "run-tests: src/DebugAdapter was not built; the real-client DAP suite cannot run" | tee -a "$log"
  client_status=1
fi
[ "$status" -eq 0 ] && status=$client_status

# One closing line over all test projects and the node suite: "tests: N passed, N failed, N skipped".
awk '/(Passed|Failed)!  *- *Failed:/ {
       for (i = 1; i <= NF; i++) { gsub(",", "", $(i+1));
         if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     /^# pass / { p += $3 } /^# fail / { f += $3 } /^# skipped / { s += $3 }
     END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
