#!/usr/bin/env bash
# Benchmark of the full offline audit (report JSON + Excel + summary JSON) on predecessor-format caches,
# against a bare streaming parse of the same files (bench/BareParse.java: Jackson's JsonParser, tokens counted).
#
#   bench/audit-bench.sh [SCALE...]      default scales: 1 10 100
#
# Scale 1 is 2,000 issues / 20,000 commits, written by ../shared/bench/gen_seed_cache.py (set GEN_SEED to
# use another copy). Caches are generated once under $BENCH_DIR (default /tmp/rc-bench) and reused.
# Each scale runs both commands once to warm the page cache, then RUNS times (default 5) in turn: audit,
# baseline, audit, baseline… Both are whole JVM processes with ./rc's default JVM options, measured by
# /usr/bin/time. The table shows the median wall time of each, the median of the pairwise ratios
# audit/baseline of wall time (the goal's figure) and of CPU time (user + sys: steadier on a shared machine;
# both halves of a pair see the same load), the audit's largest peak RSS and the load average (1 minute) before
# and after the scale's runs: when it is above the 2 cores, quote the CPU ratio.
# Build first: mvn -B -DskipTests package
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
gen="${GEN_SEED:-$root/../shared/bench/gen_seed_cache.py}"
work="${BENCH_DIR:-/tmp/rc-bench}"
runs="${RUNS:-5}"
jar="$root/distribution/target/rc.jar"
[[ -f "$gen" ]] || { echo "bench: $gen not found (set GEN_SEED)" >&2; exit 1; }
[[ -f "$jar" ]] || { echo "bench: build first: mvn -B -DskipTests package" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "bench: /usr/bin/time is needed (apt-get install time)" >&2; exit 1; }

classes="$work/bare-parse"
mkdir -p "$classes"
javac -nowarn -cp "$jar" -d "$classes" "$root/bench/BareParse.java"
jvm=(-XX:+UseParallelGC -XX:TieredStopAtLevel=1 -Xms1800m -Xmx1800m -Xmn96m)   # ./rc's defaults

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

load() { cut -d' ' -f1 /proc/loadavg; }

printf '%-6s %9s %9s %8s %8s %8s %6s %9s %12s %9s\n' scale issues commits input_MB audit_s bare_s ratio cpu_ratio \
  peak_RSS_MB load
scales=("$@")
[[ ${#scales[@]} -gt 0 ]] || scales=(1 10 100)
for scale in "${scales[@]}"; do
  issues=$((2000 * scale)); commits=$((20000 * scale))
  dir="$work/x$scale"
  if [[ ! -f "$dir/.complete" ]]; then
    rm -rf "$dir"; mkdir -p "$dir"
    python3 "$gen" "$dir/cache" "$issues" "$commits" >/dev/null
    touch "$dir/.complete"
  fi
  input_mb=$(du -sm "$dir/cache" | cut -f1)
  audit() {
    /usr/bin/time -f '%e %M %U %S' -o "$dir/time.txt" "$root/rc" audit --offline --cache-dir "$dir/cache" \
      --json "$dir/out/audit.json" --xlsx "$dir/out/audit.xlsx" --summary "$dir/out/audit-summary.json" \
      --quiet --log-level warn
    cat "$dir/time.txt"
  }
  bare() {
    /usr/bin/time -f '%e %M %U %S' -o "$dir/time.txt" java "${jvm[@]}" -cp "$jar:$classes" BareParse "$dir/cache" \
      >/dev/null
    cat "$dir/time.txt"
  }
  load_before=$(load)
  audit >/dev/null; bare >/dev/null
  pairs=$(for _ in $(seq "$runs"); do echo "$(audit) $(bare)"; done)
  audit_s=$(echo "$pairs" | cut -d' ' -f1 | median)
  bare_s=$(echo "$pairs" | cut -d' ' -f5 | median)
  ratio=$(echo "$pairs" | awk '{printf "%.2f\n", $1 / $5}' | median)
  cpu_ratio=$(echo "$pairs" | awk '{printf "%.2f\n", ($3 + $4) / ($7 + $8)}' | median)
  rss=$(echo "$pairs" | cut -d' ' -f2 | sort -n | tail -1)
  printf '%-6s %9s %9s %8s %8s %8s %6s %9s %12s %9s\n' "${scale}x" "$issues" "$commits" "$input_mb" "$audit_s" \
    "$bare_s" "$ratio" "$cpu_ratio" "$((rss / 1024))" "$load_before-$(load)"
done
