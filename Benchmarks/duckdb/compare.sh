#!/usr/bin/env bash
# The engine's aging and DuckDB's on the same 10M rows, run back to back (this machine is
# noisy: compare figures taken in the same minute). Needs duckdb, numpy and pandas from PyPI.
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-/tmp/aging-rows.bin}"
swift run -c release aging-comparison "$rows"
python3 duckdb/aging.py "$rows"
