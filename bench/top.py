#!/usr/bin/env python3
"""`ari top` under load: a simulator (examples/top_load) holds CALLS calls and
sends RATE channel events a second (ChannelVarset, ChannelDialplan), while
`ari top` runs in a pseudo-terminal (200x50, xterm-256color) whose output a
terminal emulator (pyte) keeps as a screen. Over the measured window:

- key latency: 30 presses of `2` and `1` in turn (Bridges and Calls tabs),
  100-300 ms apart; the time from writing the key to the arrival of the
  output after which the screen shows the other table (its header line
  starts `BRIDGE` or `CALL`), read from the pty every millisecond.
- redraws a second: `ari top`'s own count (ARI_TOP_STATS), frames over its run.
- CPU: utime + stime of the process over the window, as cores.
- memory: peak RSS (VmHWM), after a warm-up long enough for ari top's
  per-channel event history to fill (before it, the figure is too low).
It also checks that the header shows the calls, that `q` leaves with status 0
and that the terminal is given back (the alternate screen is left).

Targets: a key's effect within 100 ms; at most 30 redraws a second; under one
core; under 50 MB.

Usage: bench/top.py [--calls 1000] [--rate 2000] [--seconds 20] [--warmup 30]
Builds nothing: run `cargo build --release --bin ari --example top_load` first.
Needs the pyte terminal emulator (pip install pyte). Exit status 1 if a target
is missed, 2 if the benchmark could not run.
"""
import argparse, errno, fcntl, json, os, pty, random, select, shutil, signal, statistics, struct, subprocess
import sys, tempfile, termios, time

try:
    import pyte
except ImportError:
    print("bench: the pyte terminal emulator is needed: pip install pyte", file=sys.stderr)
    sys.exit(2)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ARI = os.path.join(ROOT, "target/release/ari")
LOAD = os.path.join(ROOT, "target/release/examples/top_load")
COLUMNS, LINES = 200, 50
PRESSES = 30
# A key whose effect has not shown by then counts as this slow (and fails).
KEY_GIVES_UP = 2.0
LIMIT_MS, LIMIT_REDRAWS, LIMIT_CORES, LIMIT_MB = 100, 30, 1.0, 50
LEAVE_ALTERNATE_SCREEN = b"\x1b[?1049l"
# Where the table's header line is: below the header and the tabs.
TABLE_HEADER_ROW = 2


class Terminal:
    """The master side of the pty, read into a pyte screen."""

    def __init__(self, fd):
        self.fd = fd
        fd_for_replies = fd

        class Screen(pyte.Screen):
            # Answer the terminal's queries (cursor position...) as a real
            # terminal does: a program that asks would otherwise wait.
            def write_process_input(self, data):
                os.write(fd_for_replies, data.encode())

        self.screen = Screen(COLUMNS, LINES)
        self.stream = pyte.ByteStream(self.screen)
        self.tail = b""
        self.eof = False
        # When the last output came in: the screen shows it from then on (a
        # real terminal draws it in microseconds; pyte, in Python, takes
        # milliseconds, which are not ari's).
        self.arrived = 0.0

    def pump(self, timeout):
        """Take in what `ari top` wrote, waiting up to `timeout` s (in 1 ms
        steps, so the caller sees a change within about a millisecond)."""
        if self.eof:
            return
        readable, _, _ = select.select([self.fd], [], [], min(timeout, 0.001))
        if not readable:
            return
        try:
            data = os.read(self.fd, 1 << 16)
        except OSError as e:
            # Linux says EIO once the last process on the pty's other side is gone.
            if e.errno != errno.EIO:
                raise
            data = b""
        if not data:
            self.eof = True
            return
        self.arrived = time.perf_counter()
        self.tail = (self.tail + data)[-256:]
        self.stream.feed(data)

    def row(self, y, width=COLUMNS):
        line = self.screen.buffer[y]
        return "".join(line[x].data for x in range(width)).rstrip()

    def wait_for(self, ready, timeout):
        """Pump until `ready()`; how long until the output that made it so
        came in, or None."""
        start = time.perf_counter()
        while not ready():
            if self.eof or time.perf_counter() - start > timeout:
                return None
            self.pump(timeout)
        return max(0.0, self.arrived - start)

    def idle(self, seconds):
        """Keep reading (so that `ari top` never blocks writing) for so long."""
        end = time.perf_counter() + seconds
        while not self.eof and time.perf_counter() < end:
            self.pump(end - time.perf_counter())


def cpu_ticks(pid):
    with open(f"/proc/{pid}/stat") as f:
        # The fields after the command name, which may hold spaces: utime
        # and stime are the 14th and 15th of the line.
        rest = f.read().rsplit(")", 1)[1].split()
    return int(rest[11]) + int(rest[12])


def peak_rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def start_top(url, stats_file, config_file):
    """`ari --url URL top` on a new pty of 200x50; (pid, master fd)."""
    # Nothing from the user's own setup (profile, config) changes what runs.
    env = {k: v for k, v in os.environ.items() if not k.startswith("ARI_")}
    env.update(TERM="xterm-256color", ARI_TOP_STATS=stats_file, ARI_CONFIG=config_file)
    env.pop("NO_COLOR", None)
    pid, fd = pty.fork()
    if pid == 0:
        try:
            # Sized before ari starts, so that its first look gets the size.
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", LINES, COLUMNS, 0, 0))
            os.execve(ARI, [ARI, "--url", url, "top"], env)
        finally:
            os._exit(127)
    return pid, fd


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=1000)
    parser.add_argument("--rate", type=int, default=2000, help="events a second")
    parser.add_argument("--seconds", type=float, default=20, help="the measured window")
    parser.add_argument("--warmup", type=float, default=30, help="load before the window")
    args = parser.parse_args()
    for path in (ARI, LOAD):
        if not os.path.exists(path):
            print(f"bench: {os.path.relpath(path, ROOT)} is missing: "
                  "cargo build --release --bin ari --example top_load", file=sys.stderr)
            return 2

    tmp = tempfile.mkdtemp(prefix="ari-top-bench-")
    stats_file, config_file = os.path.join(tmp, "stats.json"), os.path.join(tmp, "config.toml")
    open(config_file, "w").close()
    load_log = open(os.path.join(tmp, "load.log"), "w+")
    load = subprocess.Popen([LOAD, str(args.calls), str(args.rate)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=load_log, text=True)
    pid = None
    try:
        first = load.stdout.readline().split()
        if first[:1] != ["url"]:
            print("bench: top_load did not start", file=sys.stderr)
            return 2
        url = first[1]
        pid, fd = start_top(url, stats_file, config_file)
        term = Terminal(fd)

        # Measured once it shows every call and the table: the first
        # snapshot's cost is start-up, not load.
        calls_text = f" {args.calls} calls "
        if term.wait_for(lambda: calls_text in term.row(0) and term.row(TABLE_HEADER_ROW, 8).startswith("CALL"),
                         30) is None:
            print(f"bench: ari top did not show {calls_text.strip()} within 30 s; the screen:", file=sys.stderr)
            print("\n".join(term.row(y) for y in range(LINES)).rstrip(), file=sys.stderr)
            if term.eof:
                return 2
        # ari top keeps the last events of each channel for its detail view,
        # so its memory grows until those are full (at 2,000 events/s over
        # 1,000 calls, 50 each take 25 s): the window starts after that, at
        # the size it then keeps.
        term.idle(args.warmup)

        started, ticks = time.perf_counter(), cpu_ticks(pid)
        latencies, random_gap = [], random.Random(1)
        for i in range(PRESSES):
            key, header = ("2", "BRIDGE") if i % 2 == 0 else ("1", "CALL")
            os.write(fd, key.encode())
            took = term.wait_for(lambda: term.row(TABLE_HEADER_ROW, 8).startswith(header), KEY_GIVES_UP)
            latencies.append(KEY_GIVES_UP if took is None else took)
            term.idle(random_gap.uniform(0.1, 0.3))
        term.idle(max(0.0, args.seconds - (time.perf_counter() - started)))
        window = time.perf_counter() - started
        cores = (cpu_ticks(pid) - ticks) / os.sysconf("SC_CLK_TCK") / window
        peak_mb = peak_rss_mb(pid)
        header_line = term.row(0)

        os.write(fd, b"q")
        term.wait_for(lambda: term.eof, 10)
        if not term.eof:
            os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        pid = None
        code = os.waitstatus_to_exitcode(status)
        restored = LEAVE_ALTERNATE_SCREEN in term.tail
        os.close(fd)
    finally:
        if pid is not None:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        load.stdin.close()
        load.wait()
        load_log.seek(0)
        load_report = load_log.read().strip()
        load_log.close()
        try:
            with open(stats_file) as f:
                stats = json.load(f)
            redraws = stats["frames"] / stats["seconds"]
        except (OSError, ValueError, KeyError, ZeroDivisionError):
            stats, redraws = {}, float("inf")
        shutil.rmtree(tmp, ignore_errors=True)

    ms = [t * 1000 for t in latencies]
    shown = header_line.split(" calls ")[0].split()[-1] if " calls " in header_line else "?"
    rows = [
        ("key latency, median", f"{statistics.median(ms):.1f} ms", "", None),
        ("key latency, p90", f"{percentile(ms, 90):.1f} ms", "", None),
        ("key latency, max", f"{max(ms):.1f} ms", f"{LIMIT_MS} ms", max(ms) <= LIMIT_MS),
        ("redraws a second", f"{redraws:.1f}", f"{LIMIT_REDRAWS}", redraws <= LIMIT_REDRAWS),
        ("CPU", f"{cores:.2f} cores", f"{LIMIT_CORES:g} core", cores < LIMIT_CORES),
        ("peak RSS (VmHWM)", f"{peak_mb:.1f} MB", f"{LIMIT_MB} MB", peak_mb < LIMIT_MB),
        ("calls in the header", shown, f"{args.calls}", shown == str(args.calls)),
        ("exit status", f"{code}", "0", code == 0),
        ("terminal given back", "yes" if restored else "no", "yes", restored),
    ]
    print(f"ari top: {args.calls} calls, {args.rate} events/s, {window:.1f} s measured after "
          f"{args.warmup:g} s of load, {COLUMNS}x{LINES}, {PRESSES} key presses")
    print(f"header: {header_line}")
    if stats:
        print(f"ari top's count: {stats.get('frames')} frames in {stats.get('seconds')} s, "
              f"{stats.get('events')} events, {stats.get('channels')} channels")
    if load_report:
        print(load_report)
    # To the Bridges tab the key is handled on the calls table, to the Calls
    # tab the calls table is drawn: the split shows which side is slow.
    print(f"key latency medians: `2` (to Bridges) {statistics.median(ms[0::2]):.1f} ms, "
          f"`1` (to Calls) {statistics.median(ms[1::2]):.1f} ms")
    print()
    print(f"{'':22} {'measured':>12} {'target':>10}")
    for name, value, target, ok in rows:
        verdict = "" if ok is None else ("PASS" if ok else "FAIL")
        print(f"{name:22} {value:>12} {target:>10}  {verdict}")
    failed = any(ok is False for *_, ok in rows)
    print("\nFAIL" if failed else "\nPASS")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
