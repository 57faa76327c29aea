#!/usr/bin/env bash
# A/B of two builds of the host: the host at a git revision (A) against the working tree (B), each on its own copy of
# the same seeded data, both running, loaded in turn (alternating who goes first) with wrk over loopback. Prints req/s
# per round and the B/A ratio of the summed rates. For changes to the request path, beside run.sh's ratios to the bare
# baseline, whose own rate moves from run to run on this shared machine.
# Usage: bench/ab.sh REV [--rounds N] [--duration SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:?usage: bench/ab.sh REV [--rounds N] [--duration SECONDS]}; shift
rounds=4; duration=8
while [ $# -gt 0 ]; do case "$1" in --rounds) rounds=$2; shift 2;; --duration) duration=$2; shift 2;; *) echo "unknown option $1"; exit 2;; esac; done
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
before=$(mktemp -d); git worktree add -q --detach "$before/tree" "$rev"
before=$before/tree
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
(cd $before && dotnet build src/Host/Iom.Api.Host -c Release -v q -nologo >/dev/null)
dotnet build src/Host/Iom.Api.Host -c Release -v q -nologo >/dev/null
dotnet build bench/Iom.Bench -c Release -v q -nologo >/dev/null
bench_dll=bench/Iom.Bench/bin/Release/net10.0/Iom.Bench.dll
work=$(mktemp -d); mkdir -p $work/a $work/b
dotnet "$bench_dll" keygen --dir "$work"
export ASPNETCORE_ENVIRONMENT=Production RateLimiting__PermitLimit=1000000000 Authentication__Issuer=https://identity.bench.iom.int Authentication__Audience=iom-divisions-api
export Authentication__SigningKeys__0="$(cat "$work/bench-public.pem")"
wait_ready() { for _ in $(seq 1 600); do [ "$(curl -s -o /dev/null -w '%{http_code}' "$1")" = 200 ] && return 0; sleep 0.05; done; return 1; }
for side in a b; do
  dll=$([ $side = a ] && echo $before/src/Host/Iom.Api.Host/bin/Release/net10.0/Iom.Api.Host.dll || echo src/Host/Iom.Api.Host/bin/Release/net10.0/Iom.Api.Host.dll)
  Database__Sqlite__Directory=$work/$side dotnet $dll --urls http://127.0.0.1:5091 > $work/$side.log 2>&1 & p=$!
  wait_ready http://127.0.0.1:5091/health/ready; kill $p; wait $p 2>/dev/null || true
  dotnet "$bench_dll" seed --dir "$work/$side" --scale 10k >/dev/null
done
dotnet "$bench_dll" ids --dir "$work/a" --what documents --count 2000 > "$work/documents-a.txt"
dotnet "$bench_dll" ids --dir "$work/b" --what documents --count 2000 > "$work/documents-b.txt"
token=$(dotnet "$bench_dll" token --dir "$work")
Database__Sqlite__Directory=$work/a dotnet $before/src/Host/Iom.Api.Host/bin/Release/net10.0/Iom.Api.Host.dll --urls http://127.0.0.1:5091 > $work/a.log 2>&1 & pa=$!
Database__Sqlite__Directory=$work/b dotnet src/Host/Iom.Api.Host/bin/Release/net10.0/Iom.Api.Host.dll --urls http://127.0.0.1:5092 > $work/b.log 2>&1 & pb=$!
trap "kill $pa $pb 2>/dev/null; rm -rf $work; git worktree remove --force $before" EXIT
wait_ready http://127.0.0.1:5091/health/ready; wait_ready http://127.0.0.1:5092/health/ready
run=100
load() { # scenario side seconds
  local port=$([ $2 = a ] && echo 5091 || echo 5092); run=$((run+1))
  case $1 in
    get) IDS=$work/documents-$2.txt PREFIX="/api/v1/governing-bodies/documents/" TOKEN=$token wrk -t2 -c32 -d${3}s --latency -s bench/get.lua http://127.0.0.1:$port ;;
    create) URLPATH="/api/v1/governing-bodies/documents" RUN=$run TOKEN=$token wrk -t2 -c32 -d${3}s --latency -s bench/create.lua http://127.0.0.1:$port ;;
  esac | grep -E "Requests/sec|Non-2xx" | tr '\n' ' '
}
for s in get create; do for side in a b; do load $s $side 4 > /dev/null; done; done
declare -A total=([get-a]=0 [get-b]=0 [create-a]=0 [create-b]=0)
for round in $(seq 1 "$rounds"); do
  for s in get create; do
    for side in $([ $((round % 2)) = 0 ] && echo "b a" || echo "a b"); do
      line=$(load $s $side "$duration"); echo "round $round $s $side: $line"
      rate=$(echo "$line" | grep -oE 'Requests/sec: +[0-9.]+' | awk '{print $2}')
      total[$s-$side]=$(python3 -c "print(round(${total[$s-$side]} + $rate, 2))")
    done
  done
done
for s in get create; do
  echo "$s: A $rev ${total[$s-a]} req, B working tree ${total[$s-b]} req (summed rates), B/A $(python3 -c "print(round(${total[$s-b]} / ${total[$s-a]}, 3))")"
done
