#!/bin/sh
# One training start for the JVM's ahead-of-time cache (Java 25 and later; decision 0035). The application starts
# as a school's first start does (the schema migrated, the event processors started, the demo seeded) until its
# readiness probe answers UP, then stops on SIGTERM; as the JVM exits it writes the classes it loaded and linked,
# and the methods' profiles, to CACHE. Every later start with -XX:AOTCache=CACHE maps them instead of doing that
# work again. The image runs this at build time (docker/Dockerfile); bench/startup.sh --aot runs it to measure.
#
#   JAVA=java JVM_FLAGS="..." train-aot.sh CACHE JAR PROBE_CLASSES [PORT MANAGEMENT_PORT]
#
# JAR must be the extracted application (java -Djarmode=tools -jar tidemark.jar extract): the cache only serves a
# class path of plain jar files. PROBE_CLASSES holds docker/probe/HealthProbe.class. The training data directory is
# temporary and deleted; the demo password used here opens nothing, as nothing trained is kept but the cache.
set -eu
cache=$1; jar=$2; probe=$3; port=${4:-18080}; mport=${5:-18081}
java=${JAVA:-java}
data=$(mktemp -d)
# shellcheck disable=SC2086 # JVM_FLAGS is a list of options
"$java" ${JVM_FLAGS:-} -XX:AOTCacheOutput="$cache" -Daxoniq.update-checker.disabled=true -jar "$jar" \
    --tidemark.data-dir="$data" --tidemark.demo.enabled=true --tidemark.demo.password=aot-training-only \
    --server.address=127.0.0.1 --server.port="$port" --management.server.port="$mport" &
pid=$!
waited=0
until "$java" -Xmx16m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$probe" HealthProbe \
        "http://127.0.0.1:$mport/actuator/health/readiness" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null || [ "$waited" -ge 600 ]; then
        echo "train-aot: the training start did not become ready" >&2
        kill "$pid" 2>/dev/null || true
        rm -rf "$data"
        exit 1
    fi
    waited=$((waited + 1))
    sleep 1
done
kill -TERM "$pid"
wait "$pid" || true   # 143: stopped by SIGTERM, as asked
rm -rf "$data"
[ -s "$cache" ] || { echo "train-aot: no cache written to $cache" >&2; exit 1; }
