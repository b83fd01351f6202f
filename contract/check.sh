#!/bin/sh
# Lints the published OpenAPI document and type-checks a front-end client generated from it.
#   sh contract/check.sh OPENAPI_JSON
# Steps: npm ci (pinned tools, package-lock.json), Spectral (spectral:oas; fails on errors),
# Redocly lint (recommended; fails on errors), openapi-typescript (types from the document), and
# tsc --strict --noEmit over client-check/main.ts. Without npm the check is skipped (exit 0).
set -eu

if [ $# -ne 1 ]; then
    echo "usage: sh contract/check.sh OPENAPI_JSON" >&2
    exit 2
fi
case "$1" in
    /*) document=$1 ;;
    *) document=$(pwd)/$1 ;;
esac
if [ ! -f "$document" ]; then
    echo "contract check: no such document: $1" >&2
    exit 2
fi

if ! command -v npm >/dev/null 2>&1; then
    echo "contract check skipped: npm not found (install Node.js 20.19+ with npm to lint the OpenAPI document)"
    exit 0
fi

here=$(cd "$(dirname "$0")" && pwd)
cd "$here"

echo "== npm ci (pinned tools)"
# --prefer-offline uses the npm cache when it holds the pinned versions; no audit or funding calls.
npm ci --prefer-offline --no-audit --no-fund --loglevel=error

echo "== Spectral (spectral:oas), failing on errors"
./node_modules/.bin/spectral lint --ruleset .spectral.yaml --fail-severity error "$document"

echo "== Redocly lint (recommended), failing on errors"
./node_modules/.bin/redocly lint --config redocly.yaml --format stylish "$document"

echo "== openapi-typescript: client types from the document"
mkdir -p client-check/generated
./node_modules/.bin/openapi-typescript "$document" --output client-check/generated/api.d.ts

echo "== tsc --strict --noEmit (client-check/main.ts)"
./node_modules/.bin/tsc -p client-check/tsconfig.json

echo "contract check passed: $1"
