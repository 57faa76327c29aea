#!/usr/bin/env python3
"""Layout figures of the hand-written C# under src/: per module the number of files, handlers per file (of files with
a handler), median and largest line counts, files over 150 lines; then the same across src/ with the 90th percentile.
Usage: python3 tools/layout/stats.py [repo]"""
import pathlib, re, statistics, sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[2])
handler = re.compile(r"class\s+\w+[^{;]*?:\s*[^{;]*?\b(ICommandHandler|IQueryHandler|IRequestHandler)<")

def files(folder):
    return [p for p in (root / folder).rglob("*.cs") if "/obj/" not in str(p) and "/bin/" not in str(p)]

def lines(p):
    return len(p.read_text(encoding="utf-8").splitlines())

def row(name, paths):
    counts = sorted(lines(p) for p in paths)
    handlers = [len(handler.findall(p.read_text(encoding="utf-8"))) for p in paths]
    with_handler = [h for h in handlers if h]
    per_file = sum(with_handler) / len(with_handler) if with_handler else 0
    p90 = counts[int(0.9 * (len(counts) - 1))]
    print(f"| {name} | {len(paths)} | {per_file:.1f} | {max(handlers)} | {statistics.median(counts):.0f} | {p90} | {counts[-1]} | {sum(c > 150 for c in counts)} |")

print("| Module | .cs files | handlers per file | most in a file | median lines | p90 | largest | files > 150 lines |")
print("|---|---|---|---|---|---|---|---|")
for module in sorted(p.name for p in (root / "src/Modules").iterdir() if p.is_dir() and p.name != "Contracts"):
    row(module, files(f"src/Modules/{module}"))
row("all of src/", files("src"))
