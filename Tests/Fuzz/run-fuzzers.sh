#!/usr/bin/env bash
# Builds CollectKit's libFuzzer harnesses and runs each for a bounded time.
#
#   Tests/Fuzz/run-fuzzers.sh [seconds-per-target] [target...]
#
# Seeds come from Corpus/<target>/ (committed); new inputs libFuzzer finds go to
# .build/corpus/<target>/ so the committed corpus stays small. Crashes are written to
# .build/crashes/<target>/ and make the script exit non-zero.
set -euo pipefail
cd "$(dirname "$0")"

seconds="${1:-30}"
shift || true
targets=("$@")
if [ "${#targets[@]}" -eq 0 ]; then
  targets=(FuzzAmountParsing FuzzPortfolioDocument FuzzPortfolioCSV FuzzCollectionSnapshot FuzzBinarySnapshot
           FuzzExcuseClassifier FuzzMessageReview)
fi

echo "== building fuzzers (libFuzzer + AddressSanitizer)"
swift build -c debug -Xswiftc -sanitize=fuzzer,address 2>&1 | grep -v "Cannot export local symbol" || true
bin="$(swift build -c debug -Xswiftc -sanitize=fuzzer,address --show-bin-path)"

failed=0
for target in "${targets[@]}"; do
  work=".build/corpus/$target"
  crashes=".build/crashes/$target"
  mkdir -p "$work" "$crashes"
  echo "== $target for ${seconds}s"
  log=".build/fuzz-$target.log"
  # -rss_limit_mb bounds memory on the shared machine; -max_len fits the JSON seeds.
  if SWIFT_BACKTRACE=enable=no "$bin/$target" "$work" "Corpus/$target" -max_total_time="$seconds" -max_len=8192 \
      -rss_limit_mb=2048 -timeout=25 -print_final_stats=1 -artifact_prefix="$crashes/" > "$log" 2>&1; then
    grep -E "^stat::number_of_executed_units|^Done" "$log" || true
  else
    failed=1
    echo "!! $target found a problem; see $log and $crashes/"
    grep -E "ERROR|Fatal|INVARIANT|Test unit written" "$log" | head -5 || true
  fi
done
[ "$failed" -eq 0 ] && echo "no crashes" || exit 1
