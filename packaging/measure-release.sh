#!/usr/bin/env bash
# Size and start-up time of two builds of Marginalia, measured in the same run:
#
#   packaging/measure-release.sh [BEFORE [AFTER]]
#
# BEFORE defaults to target/release-no-lto/marginalia (`cargo build --profile
# release-no-lto`: the release settings before LTO) and AFTER to target/release/marginalia
# (`cargo build --release`: LTO, one codegen unit, stripped). For each it prints the file
# size, the median time of `marginalia --version` (the whole process: load, relocate,
# parse arguments, exit) and the median time until the window has drawn the sample
# exercise's words, under Xvfb (the app's own probe file reports the first frame with
# text), with one Xvfb started beforehand. The last line is AFTER / BEFORE. Results go
# in BENCHMARKS.md by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
before="${1:-target/release-no-lto/marginalia}"
after="${2:-target/release/marginalia}"
for b in "$before" "$after"; do
  [ -x "$b" ] || { echo "$0: $b is not built" >&2; exit 2; }
done
command -v Xvfb >/dev/null || { echo "$0: needs Xvfb (apt-get install xvfb)" >&2; exit 2; }
# One X server for every run, so its own start-up is not counted.
display=":$(( 300 + RANDOM % 200 ))"
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
export DISPLAY="$display"

python3 - "$before" "$after" <<'PY'
import os, statistics, subprocess, sys, tempfile, time

def version_time(binary, runs=30):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([binary, "--version"], stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)

def window_time(binary, runs=5):
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as home:
            probe = os.path.join(home, "probe.txt")
            env = dict(os.environ, HOME=home, XDG_DATA_HOME=os.path.join(home, "data"),
                       XDG_CONFIG_HOME=os.path.join(home, "config"),
                       MARGINALIA_PROBE=probe, MARGINALIA_LANG="en")
            env.pop("WAYLAND_DISPLAY", None)
            t = time.perf_counter()
            p = subprocess.Popen([binary],
                                 env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                while time.perf_counter() - t < 60:
                    try:
                        if "\nword " in open(probe).read():
                            break
                    except FileNotFoundError:
                        pass
                    time.sleep(0.005)
                times.append(time.perf_counter() - t)
            finally:
                p.terminate()
                p.wait()
    return statistics.median(times)

before, after = sys.argv[1], sys.argv[2]
# Interleaved (before, after, before, after…) so a busy moment of a shared machine
# weighs on both alike; medians.
versions = {before: [], after: []}
windows = {before: [], after: []}
for _ in range(40):
    for binary in (before, after):
        versions[binary].append(version_time(binary, runs=1))
for _ in range(7):
    for binary in (before, after):
        windows[binary].append(window_time(binary, runs=1))
rows = [(name, binary, os.path.getsize(binary), statistics.median(versions[binary]),
         statistics.median(windows[binary]))
        for name, binary in (("before", before), ("after", after))]
print(f"{'build':8} {'size':>10} {'--version':>11} {'window':>9}  binary")
for name, binary, size, v, w in rows:
    print(f"{name:8} {size/1e6:8.1f} MB {v*1000:8.1f} ms {w:7.2f} s  {binary}")
(_, _, s0, v0, w0), (_, _, s1, v1, w1) = rows
print(f"{'ratio':8} {s1/s0:10.2f} {v1/v0:11.2f} {w1/w0:9.2f}  (after / before)")
PY
