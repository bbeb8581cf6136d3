#!/usr/bin/env bash
# Benchmark of the full offline audit (report JSON + Excel + summary JSON) on predecessor-format caches.
#
#   bench/audit-bench.sh [SCALE...]      default scales: 1 10 100
#
# Scale 1 is 2,000 issues / 20,000 commits, written by ../shared/bench/gen_seed_cache.py (set GEN_SEED to
# use another copy). Caches are generated once under $BENCH_DIR (default /tmp/rc-bench) and reused.
# Each scale runs once to warm the page cache, then RUNS times (default 3); the table shows the median
# wall time and the largest peak RSS, both measured by /usr/bin/time around the whole ./rc process,
# JVM start included. Build first: mvn -B -DskipTests package
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
gen="${GEN_SEED:-$root/../shared/bench/gen_seed_cache.py}"
work="${BENCH_DIR:-/tmp/rc-bench}"
runs="${RUNS:-3}"
[[ -f "$gen" ]] || { echo "bench: $gen not found (set GEN_SEED)" >&2; exit 1; }
[[ -f "$root/cli/target/rc.jar" ]] || { echo "bench: build first: mvn -B -DskipTests package" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "bench: /usr/bin/time is needed (apt-get install time)" >&2; exit 1; }

printf '%-6s %9s %9s %8s %10s %12s\n' scale issues commits input_MB wall_s peak_RSS_MB
for scale in "${@:-1 10 100}"; do
  issues=$((2000 * scale)); commits=$((20000 * scale))
  dir="$work/x$scale"
  if [[ ! -f "$dir/.complete" ]]; then
    rm -rf "$dir"; mkdir -p "$dir"
    python3 "$gen" "$dir/cache" "$issues" "$commits" >/dev/null
    touch "$dir/.complete"
  fi
  input_mb=$(du -sm "$dir/cache" | cut -f1)
  run() {
    /usr/bin/time -f '%e %M' -o "$dir/time.txt" "$root/rc" audit --offline --cache-dir "$dir/cache" \
      --json "$dir/out/audit.json" --xlsx "$dir/out/audit.xlsx" --summary "$dir/out/audit-summary.json" \
      --quiet --log-level warn
    cat "$dir/time.txt"
  }
  run >/dev/null
  results=$(for _ in $(seq "$runs"); do run; done)
  wall=$(echo "$results" | cut -d' ' -f1 | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  rss=$(echo "$results" | cut -d' ' -f2 | sort -n | tail -1)
  printf '%-6s %9s %9s %8s %10s %12s\n' "${scale}x" "$issues" "$commits" "$input_mb" "$wall" "$((rss / 1024))"
done
