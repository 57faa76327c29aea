#!/usr/bin/env bash
# Benchmark: the full stack against a bare minimal API (bench/Iom.Bench serve) doing the same queries on the same
# SQLite data, loaded in turn with wrk over loopback, interleaved, several rounds. Prints req/s, p50/p99, non-2xx,
# the full/bare ratio with its spread, cold start and the host's peak RSS; writes bench/results/<scale>-<time>/report.json.
# Usage: bench/run.sh [--scale 10k|100k|1m] [--duration SECONDS] [--rounds N] [--connections N]
set -euo pipefail
cd "$(dirname "$0")/.."

scale=10k; duration=10; rounds=3; connections=32
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) scale=$2; shift 2;;
    --duration) duration=$2; shift 2;;
    --rounds) rounds=$2; shift 2;;
    --connections) connections=$2; shift 2;;
    *) echo "unknown option $1"; exit 2;;
  esac
done

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
command -v curl >/dev/null || { apt-get update -qq && apt-get install -y -qq curl >/dev/null; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build src/Host/Iom.Api.Host -c Release -v q -nologo >/dev/null
dotnet build bench/Iom.Bench -c Release -v q -nologo >/dev/null
host_dll=src/Host/Iom.Api.Host/bin/Release/net10.0/Iom.Api.Host.dll
bench_dll=bench/Iom.Bench/bin/Release/net10.0/Iom.Bench.dll

work=$(mktemp -d); data=$work/data; mkdir -p "$data"
results=bench/results/$scale-$(date -u +%Y%m%dT%H%M%SZ); mkdir -p "$results"
pids=()
cleanup() { for p in "${pids[@]:-}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

dotnet "$bench_dll" keygen --dir "$work"
export ASPNETCORE_ENVIRONMENT=Production Database__Sqlite__Directory=$data RateLimiting__PermitLimit=1000000000 \
  Authentication__Issuer=https://identity.bench.iom.int Authentication__Audience=iom-divisions-api
export Authentication__SigningKeys__0="$(cat "$work/bench-public.pem")"

wait_ready() { for _ in $(seq 1 600); do [ "$(curl -s -o /dev/null -w '%{http_code}' "$1")" = 200 ] && return 0; sleep 0.05; done; return 1; }

# Cold start: an empty database, every module's migrations, until /health/ready answers 200.
start=$(date +%s.%N)
dotnet "$host_dll" --urls http://127.0.0.1:5081 >"$work/host.log" 2>&1 & host=$!; pids+=("$host")
wait_ready http://127.0.0.1:5081/health/ready
cold=$(python3 -c "print(round($(date +%s.%N) - $start, 2))")
kill "$host"; wait "$host" 2>/dev/null || true

dotnet "$bench_dll" seed --dir "$data" --scale "$scale"
dotnet "$bench_dll" ids --dir "$data" --what documents --count 2000 > "$work/documents.txt"
dotnet "$bench_dll" ids --dir "$data" --what sessions --count 200 > "$work/sessions.txt"
token=$(dotnet "$bench_dll" token --dir "$work")

dotnet "$host_dll" --urls http://127.0.0.1:5081 >"$work/host.log" 2>&1 & host=$!; pids+=("$host")
dotnet "$bench_dll" serve --dir "$data" --urls http://127.0.0.1:5082 >"$work/bare.log" 2>&1 & bare=$!; pids+=("$bare")
wait_ready http://127.0.0.1:5081/health/ready
for _ in $(seq 1 200); do curl -s -o /dev/null http://127.0.0.1:5082/documents/x && break; sleep 0.05; done

run=0
load() { # scenario app seconds output
  local scenario=$1 app=$2 seconds=$3 out=$4 base prefix auth=""
  if [ "$app" = full ]; then base=http://127.0.0.1:5081; prefix=/api/v1/governing-bodies; auth=$token; else base=http://127.0.0.1:5082; prefix=""; fi
  run=$((run + 1))
  case "$scenario" in
    get) IDS=$work/documents.txt PREFIX="$prefix/documents/" TOKEN=$auth wrk -t2 -c"$connections" -d"${seconds}s" --latency -s bench/get.lua "$base" > "$out";;
    list) IDS=$work/sessions.txt PREFIX="$prefix/documents?sessionId=" SUFFIX="&limit=50" TOKEN=$auth wrk -t2 -c"$connections" -d"${seconds}s" --latency -s bench/get.lua "$base" > "$out";;
    create) URLPATH="$prefix/documents" RUN=$run TOKEN=$auth wrk -t2 -c"$connections" -d"${seconds}s" --latency -s bench/create.lua "$base" > "$out";;
  esac
}

echo "warming up"
for scenario in get list create; do for app in bare full; do load "$scenario" "$app" 5 /dev/null; done; done
for round in $(seq 1 "$rounds"); do
  order="bare full"; [ $((round % 2)) = 0 ] && order="full bare"
  for scenario in get list create; do
    for app in $order; do
      load "$scenario" "$app" "$duration" "$results/round$round-$scenario-$app.txt"
      echo "round $round $scenario $app: $(grep 'Requests/sec' "$results/round$round-$scenario-$app.txt")"
    done
  done
done

rss=$(awk '/VmHWM/ { print $2 / 1024 }' "/proc/$host/status")
cat > "$results/meta.json" <<JSON
{"machine": "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr)", "scale": "$scale", "connections": $connections,
 "duration": $duration, "rounds": $rounds, "cold_start_s": $cold, "host_peak_rss_mb": $rss}
JSON
python3 bench/report.py "$results" "$results/meta.json"
