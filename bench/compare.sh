#!/usr/bin/env bash
# Before/after of two builds of the plugin, in alternation on the same trees in one session: the fairest comparison
# on a machine whose speed drifts between runs (the medians of two separate bench/run.sh runs can differ by 0.1 s).
# Each build is a local repository as bench/run.sh leaves it (target/bench/user-m2 of a checkout where it ran).
#
# Usage: bench/compare.sh BEFORE_REPO [AFTER_REPO]   (AFTER_REPO: this checkout's target/bench/user-m2)
# Environment: N (7 rounds). Needs the trees of bench/run.sh in this checkout (target/bench/trees).
# Prints, per workload, medians with min-max of wall, CPU and peak RSS, and the own cost over the Maven floor.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
before="$(cd "$1" && pwd)"
after="$(cd "${2:-$here/target/bench/user-m2}" && pwd)"
rounds="${N:-7}"
out="$here/target/bench"
trees="$out/trees"
settings="$out/mirror-settings.xml"
version="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$here/pom.xml" | head -1)"
plugin="io.github.ecamaven:eca-maven-plugin:$version"
mvn="${MVN:-$(ls -d "$HOME"/.m2/wrapper/dists/apache-maven-*/*/bin/mvn 2>/dev/null | head -1)}"
mkdir -p "$out/.mvn" # Maven looks upwards for .mvn: not the repository's jvm.config

# compare DIR "label|repo|maven arguments" ...: N rounds in alternation, then the table
compare() {
  local dir="$1" t i spec label repo args
  shift
  t="$(mktemp)"
  for ((i = 1; i <= rounds; i++)); do
    for spec in "$@"; do
      IFS='|' read -r label repo args <<< "$spec"
      # shellcheck disable=SC2086 # the arguments are words
      (cd "$dir" && /usr/bin/time -f "$label %e %U %S %M" -a -o "$t" "$mvn" -B -q -o -s "$settings" \
        "-Dmaven.repo.local=$repo" $args > /dev/null 2>&1) || echo "$label failed in round $i" >&2
    done
  done
  # medians with a sort of their own: Debian's default awk (mawk) has no asort
  awk 'function sorted(s, a,   k, x, y, v) { k = split(s, a, " ")
      for (x = 2; x <= k; x++) { v = a[x]; for (y = x - 1; y >= 1 && a[y] > v; y--) a[y + 1] = a[y]; a[y + 1] = v }
      return k }
    function median(s,   a, k) { k = sorted(s, a); return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2 }
    function lo(s,   a) { sorted(s, a); return a[1] }
    function hi(s,   a, k) { k = sorted(s, a); return a[k] }
    { w[$1] = w[$1] " " $2; c[$1] = c[$1] " " ($3 + $4); r[$1] = r[$1] " " int($5 / 1024)
      if (!($1 in seen)) { seen[$1] = 1; order[++n] = $1 } }
    END {
      fw = median(w["floor"]); fc = median(c["floor"]); fr = median(r["floor"])
      for (j = 1; j <= n; j++) { k = order[j]
        printf "  %-14s wall %.2f s (%.2f-%.2f)  cpu %.2f s  rss %d MB", k, median(w[k]), lo(w[k]), hi(w[k]), median(c[k]), median(r[k])
        if (k != "floor") printf "   own: wall %+.2f s  cpu %+.2f s  rss %+d MB", median(w[k]) - fw, median(c[k]) - fc, median(r[k]) - fr
        printf "\n" } }' "$t"
  rm -f "$t"
}

echo "before: $before"; echo "after:  $after"; echo "load: $(cut -d' ' -f1-3 /proc/loadavg), $rounds rounds"
echo "== 1,000 files, 1 app: validate, up-to-date generate"
compare "$trees/t1000-a1" "floor|$after|validate" "val-before|$before|validate $plugin:validate" \
  "val-after|$after|validate $plugin:validate" \
  "gen-before|$before|-f generate-pom.xml validate $plugin:generate" \
  "gen-after|$after|-f generate-pom.xml validate $plugin:generate"
for tree in t15000-a100 t100000-a100; do
  [ -d "$trees/$tree" ] || continue
  echo "== $tree: validate"
  compare "$trees/$tree" "floor|$after|validate" "val-before|$before|validate $plugin:validate" \
    "val-after|$after|validate $plugin:validate"
done
echo "== examples/nango-local process-resources"
compare "$trees/nango-local" "floor|$after|-f floor-pom.xml validate" \
  "nango-before|$before|-Deca-maven-plugin.version=$version process-resources" \
  "nango-after|$after|-Deca-maven-plugin.version=$version process-resources"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
