#!/usr/bin/env bash
# Where eca:validate's and an up-to-date eca:generate's time goes, on one synthetic tree:
#  1. classes loaded (-Xlog:class+load) by the floor, validate and generate, grouped by library;
#  2. a JFR recording of validate (settings=profile) with execution samples grouped by what the plugin was doing;
#  3. ColdPhases: wall, CPU and classes of each thing the plugin initialises, in a fresh JVM.
# Needs bench/run.sh to have built the plugin, filled its local repository (target/bench/user-m2) and written the tree.
# Usage: bench/profile.sh [tree dir] (default target/bench/trees/t1000-a100). Output: target/bench/profile/.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
tree="$(cd "${1:-$here/target/bench/trees/t1000-a100}" && pwd)"
out="$here/target/bench/profile"
repo="$here/target/bench/m2"
mkdir -p "$out" "$here/target/bench/.mvn" # Maven looks upwards for .mvn: not the repository's jvm.config
version="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$here/pom.xml" | head -1)"
plugin="io.github.ecamaven:eca-maven-plugin:$version"
mvn="${MVN:-$(ls -d "$HOME"/.m2/wrapper/dists/apache-maven-*/*/bin/mvn 2>/dev/null | head -1)}"
args=(-B -q -o -s "$here/target/bench/mirror-settings.xml" "-Dmaven.repo.local=$here/target/bench/user-m2")
echo "tree $tree, load $(cut -d' ' -f1-3 /proc/loadavg)"

cd "$tree"
MAVEN_OPTS="-Xlog:class+load=info:file=$out/floor.classes" "$mvn" "${args[@]}" validate
MAVEN_OPTS="-Xlog:class+load=info:file=$out/validate.classes" "$mvn" "${args[@]}" validate "$plugin:validate"
MAVEN_OPTS="-Xlog:class+load=info:file=$out/generate.classes" "$mvn" "${args[@]}" -f generate-pom.xml validate \
  "$plugin:generate"

group() { # class names of a -Xlog:class+load file -> "count group", by library
  sed -E 's/^\[[^]]*\]\[info\]\[class,load\] ([^ ]+) .*/\1/' "$1" | awk '
    /^com\.fasterxml\.jackson\.databind/ {print "jackson-databind"; next}
    /^com\.fasterxml\.jackson/ {print "jackson-core+annotations"; next}
    /^org\.glassfish\.jaxb|^com\.sun\.istack|^com\.sun\.xml\.txw2|^org\.eclipse\.angus/ {print "jaxb-runtime"; next}
    /^jakarta\.xml\.bind|^jakarta\.activation/ {print "jakarta.xml.bind+activation"; next}
    /^io\.github\.ecamaven/ {print "the plugin + eca-model"; next}
    /^com\.sun\.org\.apache|^javax\.xml|^org\.w3c|^org\.xml|^jdk\.xml/ {print "JDK XML (xerces, StAX, DOM)"; next}
    {print "everything else (Maven, JDK)"}' | sort | uniq -c
}
printf '\n%-32s %8s %8s %8s\n' "classes loaded" floor validate generate
{ group "$out/floor.classes" | sed 's/^/F /'; group "$out/validate.classes" | sed 's/^/V /'
  group "$out/generate.classes" | sed 's/^/G /'; } | awk '{k=$1; n=$2; $1=""; $2=""; g=substr($0,3); c[g,k]=n; gs[g]=1}
  END {for (g in gs) {printf "%-32s %8d %8d %8d\n", g, c[g,"F"], c[g,"V"], c[g,"G"]; f+=c[g,"F"]; v+=c[g,"V"]; x+=c[g,"G"]}
       printf "%-32s %8d %8d %8d\n", "total", f, v, x}'

rm -f "$out/validate.jfr"
MAVEN_OPTS="-XX:StartFlightRecording=filename=$out/validate.jfr,settings=profile" "$mvn" "${args[@]}" validate \
  "$plugin:validate" > /dev/null 2>&1
jfr print --events jdk.ExecutionSample --stack-depth 96 "$out/validate.jfr" > "$out/validate.samples"
echo
echo "JFR execution samples of validate (Java threads, ~10 ms each; class loading and JIT are not sampled):"
awk 'BEGIN{RS="jdk.ExecutionSample"} NR>1 {
  k = "Maven and the JVM";
  if ($0 ~ /io\.github\.ecamaven/) {
    if ($0 ~ /JAXBContext|ContextFactory/) k = "eca: JAXBContext creation";
    else if ($0 ~ /[Uu]nmarshal/) k = "eca: JAXB unmarshal";
    else if ($0 ~ /[Mm]arshal/) k = "eca: JAXB marshal";
    else if ($0 ~ /jackson/) k = "eca: Jackson";
    else if ($0 ~ /SecureXmlParser/) k = "eca: XML parse (DOM)";
    else if ($0 ~ /report\./) k = "eca: reports";
    else if ($0 ~ /ProjectScanner\.read/) k = "eca: reading files (I/O)";
    else if ($0 ~ /walkFileTree|FileTreeWalker/) k = "eca: tree walk";
    else k = "eca: rules and the rest";
  }
  n[k]++ } END { for (k in n) printf "  %-28s %5d samples\n", k, n[k] }' "$out/validate.samples" | sort

cd "$here"
if [ ! -f "$out/cp.txt" ]; then
  ./mvnw -B -q -o "-Dmaven.repo.local=$repo" "-Dmaven.repo.local.tail=$HOME/.m2/repository" dependency:build-classpath -pl eca-maven-plugin -Dmdep.outputFile="$out/cp.txt" \
    -Dmdep.includeScope=runtime > /dev/null
fi
echo
# the classes as compiled (the classpath's eca-model jar may be older than eca-model/target/classes)
java -cp "eca-maven-plugin/target/test-classes:eca-maven-plugin/target/classes:eca-model/target/classes:$(cat "$out/cp.txt")" \
  io.github.ecamaven.eca.bench.ColdPhases "$tree"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
