#!/usr/bin/env python3
"""Event tail benchmark: a local flood server sends N realistic ARI events
(StasisStart, ChannelStateChange, ChannelDtmfReceived, PlaybackStarted/Finished,
400-900 bytes each); each consumer reads them all. Reports the median wall time
of 3 runs, events/s and peak RSS, for `ari events` in each output mode and,
where installed, websocat, wscat and `websocat | jq`.

Targets: `-o json` at least as fast as websocat's raw pass-through; `-o pretty`
at least 10x faster than `websocat | jq -C .`; ari's peak RSS under 20 MB.

Usage: [BENCH_RUNS=3] [BENCH_LIMIT=300] [BENCH_SKIP=wscat,...] bench/events.py [N]   (default 1,000,000; needs cargo; GNU time for peak
RSS (apt-get install time); websocat, wscat and jq are optional: cargo install
websocat, npm install -g wscat, apt-get install jq)
"""
import os, shutil, signal, socket, statistics, subprocess, sys, threading, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
TIME = shutil.which("time") and "/usr/bin/time" if os.path.exists("/usr/bin/time") else None
TMP = os.environ.get("TMPDIR", "/tmp")
# A run that takes longer than this is stopped and reported as such.
LIMIT = float(os.environ.get("BENCH_LIMIT", "300"))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def children(pid):
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(c) for c in f.read().split()]
    except OSError:
        return []


def stop_tool(pid):
    """Stop what runs under GNU time but not time itself, so that it still
    writes the peak RSS; without time, stop the whole process group."""
    if not TIME:
        os.killpg(pid, signal.SIGTERM)
        return
    # Under `sh -c`, stop the commands and let sh exit after waiting for
    # them, so that their peak counts; when sh exec'd the command, stop that.
    shell = children(pid)
    for child in [c for s in shell for c in children(s)] or shell:
        try:
            os.kill(child, signal.SIGTERM)
        except ProcessLookupError:
            pass


def run(command, lines_needed=None):
    """Run a shell command; return (seconds, peak RSS in KB, finished).
    With lines_needed, stop it once that many lines came out (for tools that
    do not exit when the server closes)."""
    # GNU time measures peak RSS from a small process of its own; wait4 here
    # would count the pages of this Python process that the child is forked from.
    rss_file = os.path.join(TMP, "rss")
    argv = [TIME, "-f", "%M", "-o", rss_file, "sh", "-c", command] if TIME else ["sh", "-c", command]
    start = time.perf_counter()
    # Output that must be counted goes to a file, not a pipe: wscat (node)
    # stalls for minutes writing to a pipe, but not to a file.
    out_path = os.path.join(TMP, "bench-out")
    out = open(out_path, "wb") if lines_needed else subprocess.DEVNULL
    proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.DEVNULL, start_new_session=True)
    finished = True
    if lines_needed:
        lines, exited = 0, False
        with open(out_path, "rb") as seen:
            while lines < lines_needed:
                chunk = seen.read(1 << 20)
                if chunk:
                    lines += chunk.count(b"\n")
                    continue
                if exited or time.perf_counter() - start > LIMIT:
                    finished = False
                    break
                # Once it has exited, read what it wrote last before giving up.
                exited = proc.poll() is not None
                time.sleep(0.002)
        elapsed = time.perf_counter() - start
        stop_tool(proc.pid)
        out.close()
        os.unlink(out_path)
    else:
        # Stop a run that takes too long; wait4 below still reaps it.
        def stop():
            nonlocal finished
            finished = False
            os.killpg(proc.pid, signal.SIGTERM)
        timer = threading.Timer(LIMIT, stop)
        timer.start()
    try:
        _, _, usage = os.wait4(proc.pid, 0)
        peak = usage.ru_maxrss
    except ChildProcessError:  # already reaped by poll() above
        peak = 0
    if not lines_needed:
        timer.cancel()
        elapsed = time.perf_counter() - start
    if TIME:
        try:
            with open(rss_file) as f:
                peak = int(f.read().split()[-1])
        except (OSError, ValueError, IndexError):
            pass
    return elapsed, peak, finished


def main():
    subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "ari", "--example", "flood_server"],
                   cwd=ROOT, check=True)
    ari = os.path.join(ROOT, "target/release/ari")
    port = free_port()
    server = subprocess.Popen([os.path.join(ROOT, "target/release/examples/flood_server"), str(port), str(N)],
                              stdout=subprocess.PIPE, text=True)
    banner = server.stdout.readline().strip()
    url = f"ws://127.0.0.1:{port}/ari/events?app=bench"
    tail = f"{ari} --url 127.0.0.1:{port} -u asterisk:asterisk events --app bench --take-over --count {N}"
    websocat = shutil.which("websocat") or (os.path.exists("/tmp/wsc/bin/websocat") and "/tmp/wsc/bin/websocat")
    wscat = shutil.which("wscat")
    jq = shutil.which("jq")
    auth = "--basic-auth asterisk:asterisk"

    cases = [
        ("ari events -o json", f"{tail} -o json > /dev/null", None),
        ("ari events -o pretty --color always", f"{tail} -o pretty --color always > /dev/null", None),
        ("ari events -o summary", f"{tail} -o summary > /dev/null", None),
        # Following one call: every event is read and placed in its call, five are printed;
        # the server's close ends it (exit 3 with --no-reconnect).
        ("ari events -o summary --call (80 cols)",
         f"COLUMNS=80 {tail} -o summary --color always --call PJSIP/alice --no-reconnect > /dev/null; true", None),
    ]
    if websocat:
        cases.append(("websocat (raw)", f"{websocat} -t {auth} '{url}'", N))
        if jq:
            cases.append(("websocat | jq -c .", f"{websocat} -t {auth} '{url}' | {jq} -c .", N))
            cases.append(("websocat | jq -C .", f"{websocat} -t {auth} '{url}' | {jq} -C . > /dev/null", None))
    if wscat:
        cases.append(("wscat", f"sleep 3600 | {wscat} -c '{url}' --auth asterisk:asterisk --no-color", N))

    skip = [w for w in os.environ.get("BENCH_SKIP", "").split(",") if w]
    cases = [c for c in cases if not any(w in c[0] for w in skip)]
    print(banner, flush=True)
    print(f"{N} events per run, median of {RUNS} runs\n", flush=True)
    print(f"{'consumer':40} {'median s':>9} {'events/s':>11} {'peak RSS':>9}", flush=True)
    results = {}
    for name, command, lines in cases:
        times, peaks = [], []
        for _ in range(RUNS):
            elapsed, peak, finished = run(command, lines)
            if not finished:
                break
            times.append(elapsed)
            peaks.append(peak)
        if not times:
            print(f"{name:40} did not finish within {LIMIT:.0f}s", flush=True)
            continue
        median = statistics.median(times)
        results[name] = median
        print(f"{name:40} {median:9.2f} {N / median:11,.0f} {max(peaks) / 1024:7.1f} MB", flush=True)
    server.kill()

    print()
    if "websocat (raw)" in results and "ari events -o json" in results:
        r = results["websocat (raw)"] / results["ari events -o json"]
        print(f"ari -o json vs websocat raw:          {r:5.2f}x as fast (target >= 1.0)", flush=True)
    if "websocat | jq -C ." in results and "ari events -o pretty --color always" in results:
        r = results["websocat | jq -C ."] / results["ari events -o pretty --color always"]
        print(f"ari -o pretty vs websocat | jq -C .:  {r:5.2f}x as fast (target >= 10)")


if __name__ == "__main__":
    main()
