#!/usr/bin/env bash
# `npm run ci:soak [-- RUNS]`: the test suite as CI runs it, RUNS times in a row (default 3),
# on a fresh clone of this repository's HEAD, while another process keeps one core busy.
# Reports each run's duration and result; exits non-zero if any run failed.
set -uo pipefail
runs="${1:-3}"
# What each run does; only overridden to try the script itself quickly.
command="${SOAK_COMMAND:-CI=true bash .ci/run}"
repo="$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)"
head="$(git -C "$repo" rev-parse HEAD)"
work="$(mktemp -d "${TMPDIR:-/tmp}/tta-soak-XXXXXX")"
log_dir="$work/logs"
mkdir -p "$log_dir"

# The busy loop is this script's own child; it is stopped however the script ends.
node -e 'for(;;){}' &
busy=$!
cleanup() {
  kill "$busy" 2>/dev/null
  wait "$busy" 2>/dev/null
  rm -rf "$work/clone"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "ci:soak: $runs run(s) of '$command' on a fresh clone of $head"
echo "ci:soak: one core kept busy by pid $busy; logs in $log_dir"
failed=0
for i in $(seq 1 "$runs"); do
  rm -rf "$work/clone"
  git clone --quiet --no-hardlinks "$repo" "$work/clone" && git -C "$work/clone" checkout --quiet --detach "$head"
  started=$(date +%s)
  if (cd "$work/clone" && bash -c "$command") >"$log_dir/run-$i.log" 2>&1; then result=passed; else result=FAILED; failed=$((failed + 1)); fi
  seconds=$(($(date +%s) - started))
  printf 'ci:soak: run %d of %d %s in %dm%02ds (log: %s)\n' "$i" "$runs" "$result" $((seconds / 60)) $((seconds % 60)) "$log_dir/run-$i.log"
  if [ "$result" = FAILED ]; then grep -E '✘|FAIL|failed|Error:' "$log_dir/run-$i.log" | head -20 | sed 's/^/    /'; fi
done
echo "ci:soak: $((runs - failed)) of $runs runs passed"
[ "$failed" -eq 0 ]
