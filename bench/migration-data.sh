#!/usr/bin/env bash
# Bulk-load benchmark of the migration-data module: generates a CSV of observations (default one million rows: 20
# indicators x 250 countries x 200 years), loads it through the API as a job, and prints rows per second, the host's
# resident memory before and at its peak (VmHWM), then times a time-series and a cross-section query against the data.
# Usage: bench/migration-data.sh [--rows 1000000] [--queries 30]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=1000000; queries=30
while [ $# -gt 0 ]; do
  case $1 in
    --rows) rows=$2; shift 2 ;;
    --queries) queries=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
command -v curl >/dev/null || { apt-get update -qq && apt-get install -y -qq curl >/dev/null; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build src/Host/Iom.Api.Host -c Release -v q -nologo >/dev/null
dotnet build bench/Iom.Bench -c Release -v q -nologo >/dev/null
host_dll=src/Host/Iom.Api.Host/bin/Release/net10.0/Iom.Api.Host.dll
bench_dll=bench/Iom.Bench/bin/Release/net10.0/Iom.Bench.dll

work=$(mktemp -d); data=$work/data; mkdir -p "$data"
results=bench/results/migration-data-$rows-$(date -u +%Y%m%dT%H%M%SZ); mkdir -p "$results"
host=""
cleanup() { [ -n "$host" ] && kill "$host" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

dotnet "$bench_dll" keygen --dir "$work"
export ASPNETCORE_ENVIRONMENT=Production Database__Sqlite__Directory=$data RateLimiting__PermitLimit=1000000000 \
  Authentication__Issuer=https://identity.bench.iom.int Authentication__Audience=iom-divisions-api \
  Limits__MaxRequestBodyBytes=1048576 MigrationData__UploadDirectory=$work/uploads
export Authentication__SigningKeys__0="$(cat "$work/bench-public.pem")"
token=$(dotnet "$bench_dll" token --dir "$work" --scope "migration-data:read migration-data:write")

python3 - "$rows" "$work/observations.csv" <<'PY'
import csv, sys
rows, path = int(sys.argv[1]), sys.argv[2]
countries = [r['alpha3'] for r in csv.DictReader(open('src/BuildingBlocks/Iom.SharedKernel/Text/CodeLists/countries.csv'))][:250]
indicators = [f'BENCH.IND{i:02d}' for i in range(1, 21)]
years = 1 + (rows - 1) // (len(indicators) * len(countries))
with open(path, 'w') as f:
    f.write('indicator,area,period,value,status\n')
    n = 0
    for ind in indicators:
        for c in countries:
            for y in range(2025 - years, 2025):
                if n == rows:
                    break
                f.write(f'{ind},{c},{y},{(hash((ind, c, y)) % 10_000_000) / 10},\n')
                n += 1
PY
size=$(stat -c %s "$work/observations.csv")

dotnet "$host_dll" --urls http://127.0.0.1:5083 >"$work/host.log" 2>&1 & host=$!
for _ in $(seq 1 600); do [ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:5083/health/ready)" = 200 ] && break; sleep 0.05; done
api=http://127.0.0.1:5083/api/v1/migration-data
json() { curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "$2" "$api$1"; }
field() { python3 -c "import json,sys; print(json.load(sys.stdin)['$1'])"; }
for i in $(seq -w 1 20); do json /indicators "{\"code\":\"BENCH.IND$i\",\"name\":{\"en\":\"Bench $i\"},\"unit\":\"persons\"}" >/dev/null; done
partner=$(json /partners '{"code":"BENCH","name":"Bench partner","kind":"other"}' | field id)
dataset=$(json /datasets "{\"code\":\"BENCH\",\"partnerId\":\"$partner\",\"title\":{\"en\":\"Bench\"}}" | field id)
edition=$(json "/datasets/$dataset/editions" '{"edition":"1","releasedOn":"2024-01-01"}' | field id)
rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$host/status"; }
peak_kb() { awk '/^VmHWM/ {print $2}' "/proc/$host/status"; }
before=$(rss_kb)

start=$(date +%s.%N)
job=$(curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' -H 'Prefer: respond-async' --data-binary "@$work/observations.csv" "$api/editions/$edition/observations" | field id)
uploaded=$(date +%s.%N)
while :; do
  status=$(curl -sf -H "Authorization: Bearer $token" "$api/load-jobs/$job" | field status)
  [ "$status" = succeeded ] || [ "$status" = failed ] && break
  sleep 0.2
done
finished=$(date +%s.%N)
curl -sf -H "Authorization: Bearer $token" "$api/load-jobs/$job" > "$results/job.json"
peak=$(peak_kb)
# A loaded edition is a draft until released; the queries below read the dataset's current (released) edition.
curl -sf -X POST -H "Authorization: Bearer $token" "$api/editions/$edition/release" >/dev/null

timeit() { # url -> one time_total per line
  for _ in $(seq 1 "$queries"); do curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" "$1"; done
}
series_url="$api/observations?indicator=BENCH.IND07&areas=KEN,UGA,ETH,DEU,BRA&dataset=BENCH&limit=5000"
cross_url="$api/observations/cross-section?indicator=BENCH.IND13&period=2020&dataset=BENCH&limit=5000"
curl -sf -H "Authorization: Bearer $token" "$series_url" > "$results/series.json"
curl -sf -H "Authorization: Bearer $token" "$cross_url" > "$results/cross.json"
timeit "$series_url" > "$results/series.times"
timeit "$cross_url" > "$results/cross.times"
export_start=$(date +%s.%N)
curl -sf -H "Authorization: Bearer $token" -o "$work/export.csv" "$api/observations/cross-section?indicator=BENCH.IND13&period=2020&dataset=BENCH&format=sdmxCsv"
export_s=$(python3 -c "print($(date +%s.%N) - $export_start)")

python3 - "$results" "$rows" "$size" "$start" "$uploaded" "$finished" "$before" "$peak" <<'PY'
import json, statistics, sys
results, rows, size, start, uploaded, finished, before, peak = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), *map(float, sys.argv[4:7]), int(sys.argv[7]), int(sys.argv[8])
job = json.load(open(f'{results}/job.json'))
def stats(name):
    t = sorted(float(x) * 1000 for x in open(f'{results}/{name}.times'))
    return {'median_ms': round(statistics.median(t), 2), 'p95_ms': round(t[int(0.95 * (len(t) - 1))], 2), 'runs': len(t)}
series_rows = len(json.load(open(f'{results}/series.json'))['items'])
cross_rows = len(json.load(open(f'{results}/cross.json'))['items'])
report = {
    'rows': rows, 'file_mb': round(size / 1e6, 1), 'job_status': job['status'], 'rows_loaded': job['rowsLoaded'],
    'upload_s': round(uploaded - start, 2), 'load_s': round(finished - uploaded, 2), 'total_s': round(finished - start, 2),
    'rows_per_s': round(rows / (finished - start)), 'rss_before_mb': round(before / 1024), 'rss_peak_mb': round(peak / 1024),
    'time_series': {'values': series_rows, **stats('series')}, 'cross_section': {'values': cross_rows, **stats('cross')},
}
json.dump(report, open(f'{results}/report.json', 'w'), indent=2)
print(f"rows {rows:,} ({report['file_mb']} MB): {job['status']}, {job['rowsLoaded']:,} loaded")
print(f"upload {report['upload_s']} s + load {report['load_s']} s = {report['total_s']} s -> {report['rows_per_s']:,} rows/s")
print(f"host RSS before {report['rss_before_mb']} MB, peak {report['rss_peak_mb']} MB")
print(f"time series ({series_rows} values): median {report['time_series']['median_ms']} ms, p95 {report['time_series']['p95_ms']} ms over {report['time_series']['runs']} runs")
print(f"cross-section ({cross_rows} values): median {report['cross_section']['median_ms']} ms, p95 {report['cross_section']['p95_ms']} ms")
print(f"report: {results}/report.json")
PY
echo "SDMX-CSV export of the cross-section: ${export_s} s"
