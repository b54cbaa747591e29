#!/usr/bin/env bash
# Whole-process benchmark of eca:validate and an up-to-date eca:generate against the Maven floor (a bare pom's
# `mvn -q validate`) and, when the pinned sf CLI is installed, `sf project convert source` and
# `sf project generate manifest`, on synthetic sfdx projects (SyntheticProject) of several sizes.
# Every command of a tree runs once per round, in alternation, RUNS rounds; the table gives medians, min-max,
# peak RSS, CPU (user+sys), the plugin's own cost (minus the floor) and the ratio, and the 1-minute load average
# seen before each run. Writes target/bench/results.{md,tsv} and target/bench/cost.png. See BENCHMARKS.md.
#
# Environment: RUNS (5), TREES ("1000:1 1000:100 15000:100 100000:100", files:apps), SEED (14),
#              GEN_APPS (100, apps of the from-scratch generate), SKIP_BUILD=1 (reuse the plugin in target/bench),
#              SKIP_SF=1, MVN (the Maven launcher; default the wrapper's distribution).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
out="$here/target/bench"
runs="${RUNS:-5}"
trees="${TREES:-1000:1 1000:100 15000:100 100000:100}"
seed="${SEED:-14}"
gen_apps="${GEN_APPS:-100}"
repo="$out/m2"
# an empty .mvn of its own: Maven looks upwards for .mvn, and the repository's (jvm.config) must not tune the runs
mkdir -p "$out/.mvn"
version="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$here/pom.xml" | head -1)"
plugin="io.github.ecamaven:eca-maven-plugin:$version"

mvn="${MVN:-}"
if [ -z "$mvn" ]; then
  mvn="$(ls -d "$HOME"/.m2/wrapper/dists/apache-maven-*/*/bin/mvn 2>/dev/null | head -1 || true)"
  [ -n "$mvn" ] || mvn="$here/mvnw"
fi
# the build: one private local repository in front of ~/.m2 (Maven 3.9 chains them), so the plugin under test is
# never installed into the shared one
build_args=(-B -q -o "-Dmaven.repo.local=$repo" "-Dmaven.repo.local.tail=$HOME/.m2/repository")

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "building the plugin into $repo"
  (cd "$here" && ./mvnw "${build_args[@]}" install -pl eca-model,eca-maven-plugin -am -DskipTests -Deca.fileRepo.skip=true \
      -Dmaven.site.skip=true -Dmaven.install.skip=false)
fi
cp="$here/eca-maven-plugin/target/test-classes"

# The runs use one local repository, as a user has (a tail repository would look every artifact up twice): it gets
# the plugin as installed above and, on the first online run of each kind, whatever else Maven asks for, copied from
# the user's ~/.m2 through a mirror (no network; -nsu keeps the plugin under test). Every timed run is offline.
user_repo="$out/user-m2"
mirror="$out/mirror-settings.xml"
printf '<settings><mirrors><mirror><id>user-m2</id><mirrorOf>*</mirrorOf><url>file://%s</url></mirror></mirrors></settings>\n' \
  "$HOME/.m2/repository" > "$mirror"
rm -rf "$user_repo/io/github/ecamaven"; mkdir -p "$user_repo/io/github"
cp -r "$repo/io/github/ecamaven" "$user_repo/io/github/"
prime_args=(-B -q -nsu -s "$mirror" "-Dmaven.repo.local=$user_repo")
mvn_args=(-B -q -o -s "$mirror" "-Dmaven.repo.local=$user_repo")

sf="${SF:-$HOME/.cache/eca-maven-plugin/sf-2.129.8/node_modules/.bin/sf}"
have_sf=0
if [ "${SKIP_SF:-0}" != 1 ] && [ -x "$sf" ]; then have_sf=1; fi
sf_env=(env "HOME=$out/sf-home" SF_DISABLE_AUTOUPDATE=true SF_AUTOUPDATE_DISABLE=true SF_DISABLE_TELEMETRY=true
  SF_SKIP_NEW_VERSION_CHECK=true FORCE_COLOR=0 TZ=UTC)
mkdir -p "$out/sf-home"

tsv="$out/results.tsv"
printf 'tree\tfiles\tapps\twork\trun\twall_s\tcpu_s\trss_mb\tload1\texit\n' > "$tsv"

# measure TREE FILES APPS WORK DIR CMD...: one run, appended to the tsv
measure() {
  local tree="$1" files="$2" apps="$3" work="$4" dir="$5" run="$6"; shift 6
  local load t rc=0
  load="$(cut -d' ' -f1 /proc/loadavg)"
  t="$(mktemp)"
  (cd "$dir" && /usr/bin/time -f '%e %U %S %M' -o "$t" "$@" > "$out/last.log" 2>&1) || rc=$?
  read -r wall user sys rss < <(tail -1 "$t")
  rm -f "$t"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$tree" "$files" "$apps" "$work" "$run" "$wall" \
    "$(echo "$user + $sys" | bc)" "$((rss / 1024))" "$load" "$rc" >> "$tsv"
  printf '  %-34s run %s: %6ss wall %6ss cpu %5s MB  load %s  exit %s\n' "$work" "$run" "$wall" \
    "$(echo "$user + $sys" | bc)" "$((rss / 1024))" "$load" "$rc"
}

# the Maven floor's pom: nothing bound
bare_pom() {
  printf '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion><groupId>bench</groupId><artifactId>floor</artifactId><version>1</version><packaging>pom</packaging></project>\n'
}

# the generate configuration: N Local apps with the nango preset, written by the plugin into force-app
generate_pom() {
  local n="$1" i apps=""
  for ((i = 0; i < n; i++)); do
    apps+="$(printf '<app><name>Gen_App_%04d</name><label>Gen App %d</label><contactEmail>dev@example.com</contactEmail><preset>nango</preset></app>' "$i" "$i")"
  done
  cat <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>bench-generate</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <build><plugins><plugin>
    <groupId>io.github.ecamaven</groupId><artifactId>eca-maven-plugin</artifactId><version>$version</version>
    <configuration><apps>$apps</apps></configuration>
  </plugin></plugins></build>
</project>
POM
}

for spec in $trees; do
  files="${spec%%:*}"; apps="${spec##*:}"
  tree="t${files}-a${apps}"
  dir="$out/trees/$tree"
  if [ ! -f "$dir/.complete" ]; then
    rm -rf "$dir"
    java -cp "$cp" io.github.ecamaven.eca.bench.SyntheticProject "$dir" "$files" "$apps" "$seed"
    generate_pom 1 > "$dir/generate-pom.xml"
    touch "$dir/.complete"
  fi
  echo "tree $tree ($(find "$dir" -type f | wc -l) files)"
  # make the generate up to date (and leave its app in the tree, as a real project has), and accept the broken
  # apps' findings in a baseline so that validate passes like in a green build while still reading everything
  (cd "$dir" && "$mvn" "${prime_args[@]}" -f generate-pom.xml "$plugin:generate" > "$out/last.log" 2>&1 \
    && "$mvn" "${prime_args[@]}" "$plugin:validate" -Deca.validate.writeBaseline=true >> "$out/last.log" 2>&1) \
    || { cat "$out/last.log"; exit 1; }
  for ((r = 1; r <= runs; r++)); do
    measure "$tree" "$files" "$apps" "maven floor" "$dir" "$r" "$mvn" "${mvn_args[@]}" validate
    measure "$tree" "$files" "$apps" "eca:validate" "$dir" "$r" "$mvn" "${mvn_args[@]}" validate "$plugin:validate"
    # what Maven spends on loading the plugin and configuring the goal, before the goal does anything
    measure "$tree" "$files" "$apps" "Maven loading the plugin (eca:validate -Deca.skip)" "$dir" "$r" "$mvn" \
      "${mvn_args[@]}" validate "$plugin:validate" -Deca.skip=true
    measure "$tree" "$files" "$apps" "eca:generate up to date (1 app)" "$dir" "$r" "$mvn" "${mvn_args[@]}" \
      -f generate-pom.xml validate "$plugin:generate"
    if [ "$have_sf" = 1 ]; then
      rm -rf "$out/sf-out"
      measure "$tree" "$files" "$apps" "sf project convert source" "$dir" "$r" "${sf_env[@]}" "$sf" project \
        convert source --output-dir "$out/sf-out/mdapi"
      measure "$tree" "$files" "$apps" "sf project generate manifest" "$dir" "$r" "${sf_env[@]}" "$sf" project \
        generate manifest --source-dir force-app --source-dir sales-app --source-dir service-app \
        --source-dir shared-lib --output-dir "$out/sf-out/manifest"
    fi
  done
done

# eca:generate of GEN_APPS apps into an empty sfdx project: from scratch, then the up-to-date rerun
gdir="$out/trees/generate-$gen_apps"
rm -rf "$gdir"; mkdir -p "$gdir"
generate_pom "$gen_apps" > "$gdir/pom.xml"
bare_pom > "$gdir/floor-pom.xml"
echo "generate $gen_apps apps"
for ((r = 1; r <= runs; r++)); do
  measure "gen$gen_apps" 0 "$gen_apps" "maven floor" "$gdir" "$r" "$mvn" "${mvn_args[@]}" -f floor-pom.xml validate
  rm -rf "$gdir/force-app" "$gdir/eca-org" "$gdir/manifest" "$gdir/sfdx-project.json"
  measure "gen$gen_apps" 0 "$gen_apps" "eca:generate from scratch" "$gdir" "$r" "$mvn" "${mvn_args[@]}" validate "$plugin:generate"
  measure "gen$gen_apps" 0 "$gen_apps" "eca:generate up to date" "$gdir" "$r" "$mvn" "${mvn_args[@]}" validate "$plugin:generate"
done

# examples/nango-local process-resources (up-to-date generate + validate), as a user runs it
ndir="$out/trees/nango-local"
rm -rf "$ndir"; cp -r "$here/examples/nango-local" "$ndir"; rm -rf "$ndir/target"
bare_pom > "$ndir/floor-pom.xml"
(cd "$ndir" && "$mvn" "${prime_args[@]}" -Deca-maven-plugin.version="$version" process-resources > "$out/last.log" 2>&1) \
  || { cat "$out/last.log"; exit 1; }
echo "examples/nango-local"
for ((r = 1; r <= runs; r++)); do
  measure nango-local 0 1 "maven floor" "$ndir" "$r" "$mvn" "${mvn_args[@]}" -f floor-pom.xml validate
  measure nango-local 0 1 "process-resources" "$ndir" "$r" "$mvn" "${mvn_args[@]}" \
    -Deca-maven-plugin.version="$version" process-resources
done

java -cp "$cp" io.github.ecamaven.eca.bench.BenchReport "$tsv" "$out/results.md" "$out/cost.png"
echo "wrote $out/results.md and $out/cost.png"
