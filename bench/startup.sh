#!/usr/bin/env bash
# Time from `java -jar` to ready, on the embedded default with the demo: the time a school's IT lead waits after a
# restart before the DSL can sign in. Runs the packaged jar N times (default 5), each on a fresh data directory,
# and prints each time and the median. Ready = GET /actuator/health/readiness answers 200 on the management port
# (falls back to /actuator/health on the application port when the readiness group is not there).
#
#   mvn -B -q -pl app -am package -DskipTests && bench/startup.sh [runs] [--cds|--aot] [extra JVM options...]
#
# --cds: Spring Boot's class-data sharing archive (Java 17+), recorded by a start that stops after the refresh.
# --aot: the JVM's ahead-of-time cache (Java 25+), trained as the image trains it (docker/train-aot.sh): a whole
#        first start with the demo, until ready. Both run the extracted jar, as the image does.
# JAVA chooses the JVM (default: java on the PATH), e.g. JAVA=/path/to/jdk-25/bin/java bench/startup.sh 5 --aot
set -euo pipefail
cd "$(dirname "$0")/.."
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
runs=${1:-5}; shift || true
mode=plain
if [[ "${1:-}" == "--cds" || "${1:-}" == "--aot" ]]; then mode=${1#--}; shift; fi
java=${JAVA:-java}
jar=app/target/tidemark-exec.jar
[[ -f $jar ]] || { echo "build first: mvn -B -q -pl app -am package -DskipTests" >&2; exit 2; }
work=$(mktemp -d)
trap '[[ -n ${KEEP:-} ]] || rm -rf "$work"' EXIT
launch=("$java")
if [[ $mode != plain ]]; then
  "$java" -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
  jar="$work/app/tidemark-exec.jar"
fi
if [[ $mode == cds ]]; then
  # Spring Boot's recipe: one training run that stops after the context refresh, then the archive
  "$java" -XX:ArchiveClassesAtExit="$work/app/app.jsa" -Dspring.context.exit=onRefresh \
       -Daxoniq.update-checker.disabled=true -jar "$jar" \
       --tidemark.data-dir="$work/training" --tidemark.demo.enabled=true --tidemark.demo.password=startup-measure \
       --server.port=0 --management.server.port=0 >/dev/null 2>&1 || true
  launch=("$java" -XX:SharedArchiveFile="$work/app/app.jsa")
elif [[ $mode == aot ]]; then
  mkdir -p "$work/probe"
  javac --release 17 -d "$work/probe" docker/probe/HealthProbe.java
  JAVA=$java JVM_FLAGS="$*" docker/train-aot.sh "$work/app/app.aot" "$jar" "$work/probe" \
      "$(free_port)" "$(free_port)" >"$work/training.log" 2>&1 || { tail -20 "$work/training.log" >&2; exit 1; }
  launch=("$java" -XX:AOTCache="$work/app/app.aot")
fi
times=()
for i in $(seq 1 "$runs"); do
  port=$(free_port); mport=$(free_port)
  start=$(date +%s%N)
  "${launch[@]}" "$@" -Daxoniq.update-checker.disabled=true -jar "$jar" --tidemark.data-dir="$work/run-$i" \
      --tidemark.demo.enabled=true --tidemark.demo.password=startup-measure --server.address=127.0.0.1 --server.port="$port" \
      --management.server.port="$mport" >"$work/run-$i.log" 2>&1 &
  pid=$!
  until code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$mport/actuator/health/readiness") \
        && [[ $code == 200 ]] || { [[ $code == 404 ]] && [[ $(curl -s -o /dev/null -w '%{http_code}' \
        "http://127.0.0.1:$port/actuator/health") == 200 ]]; }; do
    kill -0 $pid 2>/dev/null || { echo "run $i died; see its log:" >&2; tail -20 "$work/run-$i.log" >&2; exit 1; }
    sleep 0.05
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  times+=("$ms")
  echo "run $i: ready in ${ms} ms"
  kill $pid; wait $pid 2>/dev/null || true
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "median of $runs: ${median} ms"
