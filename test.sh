#!/usr/bin/env bash
# Runs every test of the solution. Installs what the tests need first (the Kùzu benchmark peer
# from npm), so a fresh checkout passes with no other step. Prints "N passed, N failed" at the end.
set -euo pipefail
cd "$(dirname "$0")"

kuzu_dir=src/Clues.Cli/Bench/Kuzu
if [ -f "$kuzu_dir/package.json" ] && [ ! -d "$kuzu_dir/node_modules/kuzu" ]; then
  echo "Installing the Kùzu benchmark peer (npm ci in $kuzu_dir)..."
  npm ci --prefix "$kuzu_dir" --no-audit --no-fund --loglevel=error
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test Clues.sln --nologo "$@" 2>&1 | tee "$log" || status=$?

# dotnet test prints one summary line per test assembly; add them up into one closing line.
awk '/(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+/ {
       for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     } END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit $status
