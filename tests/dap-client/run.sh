#!/usr/bin/env bash
# Runs the real-client DAP tests (VS Code's DebugClient from @vscode/debugadapter-testsupport,
# node's built-in test runner) against the built adapter.
# Usage: tests/dap-client/run.sh [path/to/pydbg.dll]
#   default: src/DebugAdapter/bin/{Release,Debug}/net10.0/pydbg.dll (build it first:
#   dotnet build src/DebugAdapter -c Release). Needs node >= 20 and npm.
set -euo pipefail
cd "$(dirname "$0")"
if [ $# -ge 1 ]; then
  export PYDBG_DLL="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
fi
npm ci --no-audit --no-fund --loglevel=error
exec node --test --test-concurrency=1 test/*.test.mjs
