#!/usr/bin/env bash
# Checks the infrastructure: compiles infra/main.bicep to ARM JSON and lints it with the pinned
# Bicep CLI, failing on any error or warning (the linter rules are in infra/bicepconfig.json).
# Needs only the .NET SDK and NuGet: the Bicep CLI comes from the Azure.Bicep.CommandLine.linux-x64
# package (version in infra/tools/bicep.props). Set BICEP_CLI to use another bicep binary
# (for example on macOS or Windows, where that package's binary does not run).
set -euo pipefail
cd "$(dirname "$0")/.."

bicep="${BICEP_CLI:-}"
if [ -z "$bicep" ]; then
  dotnet restore infra/tools/bicep-cli.proj --verbosity quiet >&2
  bicep=$(dotnet msbuild infra/tools/bicep-cli.proj -nologo -getProperty:BicepCliPath)
  # NuGet extracts files with the mode they were packed with; make sure the binary can run.
  [ -x "$bicep" ] || chmod +x "$bicep"
fi
echo "Bicep CLI: $bicep ($("$bicep" --version))"

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
failed=0

# Runs one bicep command; fails if it exits non-zero or prints any warning or error.
check() {
  local name=$1
  shift
  local log="$out/$name.log"
  if ! "$bicep" "$@" >"$log" 2>&1; then
    failed=1
  fi
  if grep -Eq ': (Warning|Error) ' "$log"; then
    failed=1
  fi
  if [ -s "$log" ]; then
    cat "$log"
  fi
}

check build build infra/main.bicep --outdir "$out"
check lint lint infra/main.bicep
# resources.bicep is also a deployable entry point (az deployment group create).
check lint-resources lint infra/resources.bicep

if [ "$failed" -ne 0 ] || [ ! -s "$out/main.json" ]; then
  echo "infra/check.sh: Bicep reported errors or warnings." >&2
  exit 1
fi
echo "infra/check.sh: infra/main.bicep builds and lints clean."
