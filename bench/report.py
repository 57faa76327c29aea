#!/usr/bin/env python3
"""Reads the wrk outputs of one benchmark run and prints the table (and writes it as JSON)."""
import json, re, statistics, sys, pathlib

def ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

def parse(path):
    text = pathlib.Path(path).read_text()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    lat = dict((p, ms(v, u)) for p, v, u in re.findall(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", text, re.M))
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    errors = re.search(r"Socket errors:.*", text)
    return {"rps": rps, "p50_ms": lat.get("50"), "p99_ms": lat.get("99"), "non2xx": int(non2xx.group(1)) if non2xx else 0,
            "socket_errors": errors.group(0) if errors else None}

results_dir, meta_file = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
meta = json.loads(meta_file.read_text())
scenarios = {}
for f in sorted(results_dir.glob("round*-*-*.txt")):
    _, scenario, app = f.stem.split("-", 2)
    scenarios.setdefault(scenario, {}).setdefault(app, []).append(parse(f))

report = {"machine": meta["machine"], "scale": meta["scale"], "connections": meta["connections"], "duration_s": meta["duration"],
          "rounds": meta["rounds"], "cold_start_s": meta["cold_start_s"], "host_peak_rss_mb": meta["host_peak_rss_mb"], "scenarios": {}}
print(f"IOM Divisions API benchmark — scale {meta['scale']}, {meta['rounds']} rounds x {meta['duration']} s, {meta['connections']} connections, {meta['machine']}")
print(f"{'scenario':<10} {'app':<5} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'non-2xx':>8}   ratio full/bare (min-max)")
for scenario, apps in scenarios.items():
    entry = {}
    for app in ("bare", "full"):
        runs = apps.get(app, [])
        if not runs:
            continue
        entry[app] = {"rps": statistics.median(r["rps"] for r in runs), "p50_ms": statistics.median(r["p50_ms"] for r in runs),
                      "p99_ms": statistics.median(r["p99_ms"] for r in runs), "non2xx": sum(r["non2xx"] for r in runs), "runs": runs}
    ratios = [f["rps"] / b["rps"] for f, b in zip(apps.get("full", []), apps.get("bare", []))]
    entry["ratio"] = {"median": statistics.median(ratios), "min": min(ratios), "max": max(ratios)} if ratios else None
    report["scenarios"][scenario] = entry
    for app in ("bare", "full"):
        if app in entry:
            e = entry[app]
            tail = f"   {entry['ratio']['median']:.2f} ({entry['ratio']['min']:.2f}-{entry['ratio']['max']:.2f})" if app == "full" and entry["ratio"] else ""
            print(f"{scenario:<10} {app:<5} {e['rps']:>9.0f} {e['p50_ms']:>8.2f} {e['p99_ms']:>8.2f} {e['non2xx']:>8}{tail}")
print(f"cold start to /health/ready (empty database, every migration): {meta['cold_start_s']:.2f} s")
print(f"host peak RSS under load: {meta['host_peak_rss_mb']:.0f} MB")
out = results_dir / "report.json"
out.write_text(json.dumps(report, indent=2))
print(f"written: {out}")
