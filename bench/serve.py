#!/usr/bin/env python3
"""`ari serve` against a real Asterisk: the driver bench/serve.sh runs (it
builds ari, starts the kit's Asterisk with ARI_URL/ARI_USERNAME/ARI_PASSWORD in
the environment, and stops everything afterwards). Standard library only.

Phase 0: QUIET calls (10) one at a time, the same handler: serve's latency
on an otherwise idle machine.
Phase 1: CALLS calls (default 200), CONCURRENCY (20) at a time, into
`ari serve --app APP --on-exit hangup -- bench/serve_handler.sh`; each handler
answers, plays sound:hello-world, reads 4 digits ending at '#' (Local/dtmf@lab
sends 123#) and times 10 `ari call var get`. The first 20 calls start STAGGER
(0.12 s) apart; after that each of 20 workers starts its next call when its
last one has ended: a steady 20 calls in progress, arrivals spread out.
Phase 1b: CONCURRENCY calls originated at the same instant: the burst case.
Phase 2: HOLD calls (100) up at once, each handler waiting in `ari call wait`,
while serve's RSS is sampled and `ari call var get` is timed from outside on
one of them; then all hung up, and every handler must end.
Then: no channel left in the application, no handler process left.

Measured:
- handler start latency. The reference is the moment the StasisStart frame
  crossed the loopback interface towards serve, taken from a packet socket
  with kernel timestamps (SO_TIMESTAMPNS, CLOCK_REALTIME, nanoseconds): the
  earliest moment serve could read the event. The handler records
  $EPOCHREALTIME (bash builtin, CLOCK_REALTIME, microseconds) on its first
  line and `date +%s.%N` after it. Same clock, same machine, so the
  difference is serve's read + parse + fork/exec + bash start-up.
  Why not the event's own `timestamp`: it has milliseconds only (truncated,
  so up to 1 ms too early) and is taken when Asterisk builds the event, before
  Asterisk serialises and writes it. It is reported too, as a cross-check.
  Why not a separate `ari events --subscribe-all` tail: Asterisk sends
  StasisStart only to the application the channel enters, so a
  subscribe-all connection never sees it (checked on 22.10.1).
- var get round trip: per call, 10 x `ari call var get CHANNEL(name)`, each
  timed with $EPOCHREALTIME around it in the handler (a whole `ari` process:
  exec, socket to serve, serve's GET to Asterisk, answer). Baselines: the
  exec of `ari --version`, and a direct keep-alive GET of the same variable.
- serve's VmRSS (/proc/PID/status), sampled every 50 ms throughout, and its
  TCP connections to Asterisk (/proc/net/tcp), every 250 ms: Asterisk's
  http.conf sessionlimit (100 in the kit, Asterisk's default) caps them.
- Where perf(1) works (BENCH_PERF=0 to skip): the kernel's sched_process_exec
  event of each handler splits the start latency into serve's part (wire ->
  exec: read, parse, fork and exec) and the rest (exec -> first line: bash
  start-up, including any wait for a CPU). perf's clock is CLOCK_MONOTONIC
  (this perf refuses -k realtime), shifted to CLOCK_REALTIME by an offset
  read before and after.

Percentiles are nearest-rank (p99 of 200 samples is the 198th smallest).
Usage (normally through bench/serve.sh): bench/serve.py ARI HANDLER OUTDIR
Environment: CALLS, CONCURRENCY, HOLD, QUIET (10), STAGGER (0.12), BENCH_APP, FORMATS (ulaw),
BENCH_PERF (0: no perf).
"""
import base64, concurrent.futures as cf, datetime, http.client, json, math, os, re, shutil
import signal, socket, statistics, struct, subprocess, sys, threading, time, urllib.parse

ARI, HANDLER, OUT = sys.argv[1:4]
CALLS = int(os.environ.get("CALLS", "200"))
CONCURRENCY = int(os.environ.get("CONCURRENCY", "20"))
HOLD = int(os.environ.get("HOLD", "100"))
QUIET = int(os.environ.get("QUIET", "10"))
STAGGER = float(os.environ.get("STAGGER", "0.12"))   # about a call's length / CONCURRENCY
APP = os.environ.get("BENCH_APP", "bench-serve")
# Calls are originated with formats=ulaw, as a phone call would be. Without
# it a Local channel gets Asterisk's default format and every call resamples
# audio all the time (codec_resample.so): 50 held calls then cost Asterisk
# ~1.4 cores instead of 0.07, which saturates this 2-core machine and slows
# every REST request to hundreds of ms. FORMATS= (empty) to see that.
FORMATS = os.environ.get("FORMATS", "ulaw")
URL = urllib.parse.urlsplit(os.environ["ARI_URL"])
PORT = URL.port or 8088
AUTH = "Basic " + base64.b64encode(
    f"{os.environ['ARI_USERNAME']}:{os.environ['ARI_PASSWORD']}".encode()).decode()
LOAD_START = open("/proc/loadavg").read().split()[:3]


def pct(values, p):
    """Nearest-rank percentile."""
    v = sorted(values)
    return v[max(0, math.ceil(p / 100 * len(v)) - 1)] if v else float("nan")


def ari(*args, timeout=30):
    return subprocess.run([ARI, *args], capture_output=True, text=True, timeout=timeout)


def originate(endpoint, **params):
    """POST /ari/channels straight from here: the channel id, or raises.
    Not `ari channels originate`: 20 of those at once are 20 processes of
    ~3 ms CPU each, which would load the 2 CPUs during exactly the burst
    being measured."""
    query = {"endpoint": endpoint, **params}
    if FORMATS:
        query["formats"] = FORMATS
    conn = http.client.HTTPConnection(URL.hostname, PORT, timeout=10)
    try:
        conn.request("POST", "/ari/channels?" + urllib.parse.urlencode(query),
                     headers={"Authorization": AUTH})
        reply = conn.getresponse()
        body = reply.read()
        if reply.status != 200:
            raise RuntimeError(f"{reply.status} {body[:200]!r}")
        return json.loads(body)["id"]
    finally:
        conn.close()


# --- the StasisStart frames on the wire ------------------------------------

class Sniffer(threading.Thread):
    """Every TCP segment Asterisk's port sends on `lo`, kernel-timestamped.
    Follows each connection that answered `101 Switching Protocols` (serve's
    events WebSocket), reassembles its frames and notes, per channel, when
    its StasisStart frame was complete on the wire. Needs root (AF_PACKET)."""

    SO_TIMESTAMPNS = 35      # linux/asm-generic/socket.h
    SO_RCVBUFFORCE = 33
    PACKET_OUTGOING = 4      # lo shows each packet twice: keep the inbound copy

    def __init__(self, port):
        super().__init__(daemon=True)
        self.port = port
        self.sock = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(3))
        try:
            self.sock.setsockopt(socket.SOL_SOCKET, self.SO_RCVBUFFORCE, 32 << 20)
        except OSError:
            self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 32 << 20)
        self.sock.setsockopt(socket.SOL_SOCKET, self.SO_TIMESTAMPNS, 1)
        self.sock.bind(("lo", 0))
        self.sock.settimeout(0.2)
        self.conns = {}          # client port -> state
        self.seen = {}           # channel id -> (wire time, ARI timestamp, application)
        self.gaps = 0            # segments missing (a dropped packet): counted, never hidden
        self.truncated = 0
        self.done = False

    def run(self):
        while not self.done:
            try:
                data, anc, flags, addr = self.sock.recvmsg(70000, 64)
            except socket.timeout:
                continue
            if addr[2] == self.PACKET_OUTGOING:
                continue
            if flags & socket.MSG_TRUNC:
                self.truncated += 1
            ts = None
            for level, kind, raw in anc:
                if level == socket.SOL_SOCKET and kind == self.SO_TIMESTAMPNS:
                    sec, nsec = struct.unpack("qq", raw[:16])
                    ts = sec + nsec / 1e9
            self.segment(data, ts if ts is not None else time.time())

    def segment(self, d, ts):
        if len(d) < 54 or d[12:14] != b"\x08\x00" or d[23] != 6:   # IPv4, TCP
            return
        ihl = (d[14] & 0x0F) * 4
        total = struct.unpack("!H", d[16:18])[0]
        tcp = 14 + ihl
        sport, dport, seq = struct.unpack("!HHI", d[tcp:tcp + 8])
        if sport != self.port:
            return
        tcp_flags = d[tcp + 13]
        payload = d[tcp + (d[tcp + 12] >> 4) * 4: 14 + total]
        if tcp_flags & 0x02:                               # SYN-ACK: a new connection
            self.conns[dport] = {"kind": None, "next": (seq + 1) & 0xFFFFFFFF,
                                 "buf": b"", "msg": b""}
            return
        st = self.conns.get(dport)
        if st is None or not payload:
            return
        if seq != st["next"]:
            if (seq - st["next"]) & 0x80000000:             # a retransmission: seen already
                return
            self.gaps += 1
            st["kind"] = "lost"
        st["next"] = (seq + len(payload)) & 0xFFFFFFFF
        if st["kind"] is None:
            if payload.startswith(b"HTTP/1.1 101"):
                st["kind"] = "ws"
                payload = payload.split(b"\r\n\r\n", 1)[1] if b"\r\n\r\n" in payload else b""
            else:
                st["kind"] = "http"                         # a REST connection: not ours
        if st["kind"] == "ws":
            st["buf"] += payload
            self.frames(st, ts)

    def frames(self, st, ts):
        buf = st["buf"]
        while len(buf) >= 2:
            b0, b1 = buf[0], buf[1]
            n, off = b1 & 0x7F, 2
            if n == 126:
                if len(buf) < 4:
                    break
                n, off = struct.unpack("!H", buf[2:4])[0], 4
            elif n == 127:
                if len(buf) < 10:
                    break
                n, off = struct.unpack("!Q", buf[2:10])[0], 10
            if b1 & 0x80:
                off += 4                                    # a server does not mask; skip it anyway
            if len(buf) < off + n:
                break
            opcode = b0 & 0x0F
            if opcode in (0, 1):
                st["msg"] += buf[off:off + n]
                if b0 & 0x80:
                    self.message(st["msg"], ts)
                    st["msg"] = b""
            buf = buf[off + n:]
        st["buf"] = buf

    def message(self, msg, ts):
        if b"StasisStart" not in msg:
            return
        try:
            event = json.loads(msg)
        except ValueError:
            return
        if event.get("type") == "StasisStart":
            cid = event.get("channel", {}).get("id")
            self.seen.setdefault(cid, (ts, event.get("timestamp"), event.get("application")))


# --- serve and its stderr ----------------------------------------------------

START = re.compile(r"^ari: #(\d+) started .* \((\d+\.\d+)\).*, pid (\d+)$")
END = re.compile(r"^ari: #(\d+) ended after ([\d.]+) s: handler (.*?); (.*)$")


class Serve:
    def __init__(self):
        env = dict(os.environ, BENCH_OUT=OUT)
        # serve's stderr goes to a file, which this reads as it grows: should
        # this driver die, serve's stderr stays writable (no broken pipe) and
        # serve.sh's trap can still stop it cleanly.
        path = os.path.join(OUT, "serve.log")
        with open(path, "w") as log:
            self.proc = subprocess.Popen(
                [ARI, "serve", "--app", APP, "--on-exit", "hangup", "--", HANDLER],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log,
                env=env, start_new_session=True)
        self.log = open(path)
        with open(os.path.join(OUT, "serve.pid"), "w") as f:   # for serve.sh's trap
            f.write(str(self.proc.pid))
        self.cond = threading.Condition()
        self.ready = False
        self.ids = {}        # #N -> channel id
        self.started = {}    # channel id -> pid
        self.ended = {}      # channel id -> "handler exited 0; the call hung up"
        self.other = []      # lines that are neither (warnings, errors)
        threading.Thread(target=self.read, daemon=True).start()

    def lines(self):
        """serve.log's lines as serve writes them, until serve has ended."""
        partial = ""
        while True:
            chunk = self.log.readline()
            if chunk:
                partial += chunk
                if partial.endswith("\n"):
                    yield partial.rstrip("\n")
                    partial = ""
            elif self.proc.poll() is not None:
                rest = partial + self.log.read()
                yield from rest.splitlines()
                return
            else:
                time.sleep(0.005)

    def read(self):
        for line in self.lines():
            with self.cond:
                if m := START.match(line):
                    self.ids[m[1]] = m[2]
                    self.started[m[2]] = int(m[3])
                elif m := END.match(line):
                    self.ended[self.ids.get(m[1], "#" + m[1])] = f"handler {m[3]}; {m[4]}"
                elif line.startswith("ari: serving "):
                    self.ready = True
                elif not re.match(r"^#\d+ ", line):
                    self.other.append(line)
                self.cond.notify_all()
        with self.cond:
            self.cond.notify_all()

    def wait(self, predicate, timeout):
        with self.cond:
            return self.cond.wait_for(lambda: predicate() or self.proc.poll() is not None,
                                      timeout) and predicate()

    def status(self, field):
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])      # kB
        return 0

    def cpu(self):
        """serve's own CPU seconds, and its ended children's: every handler
        with the `ari call` processes it ran (counted when serve reaps it)."""
        with open(f"/proc/{self.proc.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        tick = os.sysconf("SC_CLK_TCK")
        return ((int(fields[11]) + int(fields[12])) / tick,
                (int(fields[13]) + int(fields[14])) / tick)

    def stop(self):
        """SIGTERM, as serve.sh's trap would; returns serve's exit code."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return "killed after 20 s"


def busy():
    """CPU seconds the whole machine spent busy (all CPUs), from /proc/stat."""
    with open("/proc/stat") as f:
        t = [int(x) for x in f.readline().split()[1:]]
    return (sum(t) - t[3] - t[4]) / os.sysconf("SC_CLK_TCK")    # minus idle, iowait


def connections(pid):
    """serve's established TCP connections to Asterisk's port: its events
    WebSocket and the kept-alive HTTP connections of its REST client."""
    inodes = set()
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            link = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:
            continue
        if link.startswith("socket:["):
            inodes.add(link[8:-1])
    n = 0
    with open("/proc/net/tcp") as f:
        next(f)
        for line in f:
            x = line.split()
            if x[3] == "01" and int(x[2].split(":")[1], 16) == PORT and x[9] in inodes:
                n += 1
    return n


class RssSampler(threading.Thread):
    """serve's VmRSS every 50 ms; its connections to Asterisk every 250 ms."""

    def __init__(self, serve):
        super().__init__(daemon=True)
        self.serve, self.phase, self.samples, self.conns, self.done = serve, "idle", [], [], False

    def run(self):
        i = 0
        while not self.done and self.serve.proc.poll() is None:
            try:
                self.samples.append((self.phase, self.serve.status("VmRSS")))
                if i % 5 == 0:
                    self.conns.append((self.phase, connections(self.serve.proc.pid)))
            except OSError:
                break
            i += 1
            time.sleep(0.05)

    def of(self, phase):
        return [kb for p, kb in self.samples if p == phase]

    def conns_of(self, *phases):
        return max((n for p, n in self.conns if p in phases), default=0)


def handler_processes(serve_pid):
    """Handler processes still alive (serve's own argv names the script too)."""
    r = subprocess.run(["pgrep", "-f", os.path.basename(HANDLER)], capture_output=True, text=True)
    return [int(p) for p in r.stdout.split() if int(p) not in (serve_pid, os.getpid())]


def results(ids):
    out = {}
    for cid in ids:
        try:
            with open(os.path.join(OUT, "calls", cid)) as f:
                out[cid] = dict(kv.split("=", 1) for kv in f.read().split() if "=" in kv)
        except OSError:
            pass
    return out


class ExecTrace:
    """`perf record -e sched:sched_process_exec -a`: when each process exec'd."""

    def __init__(self):
        self.path = os.path.join(OUT, "exec.perf")
        self.proc = None
        if os.environ.get("BENCH_PERF", "1") == "0" or not shutil.which("perf"):
            return
        self.offsets = [self.offset()]
        self.proc = subprocess.Popen(
            ["perf", "record", "-q", "-e", "sched:sched_process_exec", "-k", "mono", "-a",
             "-o", self.path], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(os.path.join(OUT, "perf.pid"), "w") as f:     # for serve.sh's trap
            f.write(str(self.proc.pid))
        time.sleep(1)   # perf needs a moment before it records
        if self.proc.poll() is not None:
            self.proc = None

    @staticmethod
    def offset():
        return time.time() - time.clock_gettime(time.CLOCK_MONOTONIC)

    def stop(self):
        """pid -> exec time (CLOCK_REALTIME) of every exec recorded."""
        if not self.proc:
            return {}
        self.proc.send_signal(signal.SIGINT)
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return {}
        self.offsets.append(self.offset())
        offset = statistics.mean(self.offsets)
        out = subprocess.run(["perf", "script", "-i", self.path, "-F", "pid,time,trace", "--ns"],
                             capture_output=True, text=True).stdout
        execs = {}
        for line in out.splitlines():
            m = re.match(r"\s*(\d+)\s+([\d.]+):\s+filename=(\S+)", line)
            if m and m[3] == HANDLER:
                execs.setdefault(int(m[1]), float(m[2]) + offset)
        return execs


def ms(x):
    return f"{x * 1000:.2f} ms"


def main():
    os.makedirs(os.path.join(OUT, "calls"), exist_ok=True)
    failures = []
    sniffer = Sniffer(PORT)
    sniffer.start()
    serve = Serve()
    if not serve.wait(lambda: serve.ready, 15):
        print("bench: ari serve did not start; its stderr:", file=sys.stderr)
        print(open(os.path.join(OUT, "serve.log")).read(), file=sys.stderr)
        return 1
    rss = RssSampler(serve)
    rss.start()
    time.sleep(0.5)
    idle_rss = serve.status("VmRSS")

    def one_call(i, barrier=None):
        """Originate call number i and wait for serve's "ended" line for it."""
        # Phase 1's first CONCURRENCY calls start STAGGER apart: otherwise the
        # 20 calls, all about 2.4 s long, stay in step and every start is a
        # burst of 20 (then the figures swing run to run with how long the
        # waves hold together). The burst has its own phase below.
        if barrier:
            barrier.wait()
        elif i < CONCURRENCY:
            time.sleep(i * STAGGER)
        try:
            cid = originate("Local/dtmf@lab", app=APP)
        except (OSError, http.client.HTTPException, RuntimeError, ValueError) as e:
            failures.append(f"originate: {e}")
            return None
        if not serve.wait(lambda: cid in serve.ended, 40):
            failures.append(f"{cid}: no end within 40 s")
        return cid

    trace = ExecTrace()     # the handlers' exec times, through phase 1b

    # Phase 0: QUIET calls one at a time: serve's own latency, without 20
    # handlers competing for the 2 CPUs.
    rss.phase = "quiet"
    ids0 = [c for c in map(lambda i: one_call(CONCURRENCY + i), range(QUIET)) if c]

    # Phase 1: CALLS calls, CONCURRENCY at a time: each worker waits for its
    # call to end before it starts the next.
    rss.phase = "calls"
    cpu0, busy0, t0 = serve.cpu(), busy(), time.time()
    with cf.ThreadPoolExecutor(CONCURRENCY) as pool:
        ids1 = [c for c in pool.map(one_call, range(CALLS)) if c]
    wall1, cpu1 = time.time() - t0, serve.cpu()
    busy1 = busy() - busy0
    cpu1, handlers_cpu1 = cpu1[0] - cpu0[0], cpu1[1] - cpu0[1]
    # Phase 1b: a burst: CONCURRENCY calls originated at the same instant.
    rss.phase = "burst"
    barrier = threading.Barrier(CONCURRENCY)
    with cf.ThreadPoolExecutor(CONCURRENCY) as pool:
        idsb = [c for c in pool.map(lambda i: one_call(i, barrier), range(CONCURRENCY)) if c]
    rss.phase = "after calls"
    execs = trace.stop()
    time.sleep(0.5)
    after1_rss = serve.status("VmRSS")

    # Asterisk's own share of a var get: a keep-alive GET straight to it, on a
    # call that stays in the dialplan (ext wait), before phase 2 can fill
    # Asterisk's HTTP sessions.
    direct, direct_reconnects = [], 0
    try:
        probe = originate("Local/wait@lab", extension="wait", context="lab")
    except (OSError, http.client.HTTPException, RuntimeError, ValueError) as e:
        probe = None
        failures.append(f"probe originate: {e}")
    if probe:
        conn = http.client.HTTPConnection(URL.hostname, PORT, timeout=5)
        path = f"/ari/channels/{probe}/variable?variable=CHANNEL(name)"
        for _ in range(100):
            try:
                a = time.perf_counter()
                conn.request("GET", path, headers={"Authorization": AUTH})
                conn.getresponse().read()
                direct.append(time.perf_counter() - a)
            except (OSError, http.client.HTTPException):
                # Not timed; the next request opens a new connection.
                conn.close()
                direct_reconnects += 1
        conn.close()
        ari("channels", "hangup", probe)

    # Phase 2: HOLD calls up at once; serve's RSS while they all wait.
    rss.phase = "hold setup"
    def hold_call(_):
        try:
            return originate("Local/wait@lab", app=APP, appArgs="hold")
        except (OSError, http.client.HTTPException, RuntimeError, ValueError) as e:
            failures.append(f"hold originate: {e}")
    with cf.ThreadPoolExecutor(10) as pool:
        ids2 = [c for c in pool.map(hold_call, range(HOLD)) if c]
    up_deadline = time.time() + 60
    up = lambda: sum(os.path.exists(os.path.join(OUT, "calls", c + ".up")) for c in ids2)
    while up() < len(ids2) and time.time() < up_deadline:
        time.sleep(0.1)
    held = up()
    live_handlers = len(handler_processes(serve.proc.pid))
    rss.phase = "hold"
    time.sleep(3)
    rss.phase = "hold end"
    # `ari call var get` one after another on one held call (the handler wrote
    # its ARI_CALL): the round trip when nothing else runs, with 100 calls up.
    quiet_var_us = []
    if ids2 and os.path.exists(os.path.join(OUT, "calls", ids2[0] + ".up")):
        env = dict(os.environ, ARI_CALL=open(os.path.join(OUT, "calls", ids2[0] + ".up")).read().strip())
        loop = ("for i in $(seq 100); do a=$EPOCHREALTIME; ari call var get 'CHANNEL(name)' >/dev/null || exit 1; "
                "b=$EPOCHREALTIME; echo $(( ${b/./} - ${a/./} )); done")
        r = subprocess.run(["bash", "-c", loop], capture_output=True, text=True, env=env)
        quiet_var_us = [int(x) for x in r.stdout.split()]
        if r.returncode:
            failures.append(f"quiet var get: exit {r.returncode}: {r.stderr.strip()}")
    # Hang them all up: every handler gets SIGHUP and its `ari call wait` exit 10.
    # A hang-up Asterisk refuses (HTTP sessions exhausted: see the summary) is
    # counted, then tried again for up to 60 s so that the run still ends clean.
    rss.phase = "hangup"
    hangup_refused, todo, deadline = 0, list(ids2), time.time() + 60
    while todo and time.time() < deadline:
        with cf.ThreadPoolExecutor(10) as pool:
            rcs = list(pool.map(lambda c: ari("channels", "hangup", c), todo))
        failed = [(c, r) for c, r in zip(todo, rcs) if r.returncode != 0 and "not found" not in r.stderr.lower()]
        hangup_refused += len(failed)
        if failed and hangup_refused == len(failed):
            failures.append(f"hang-up refused: {failed[0][1].stderr.strip()} (and {len(failed) - 1} more)")
        todo = [c for c, _ in failed]
        if todo:
            time.sleep(2)
    all_ended = serve.wait(lambda: all(c in serve.ended for c in ids2), 30)
    time.sleep(1)   # serve has printed "ended"; let the process groups go
    rss.phase = "end"
    end_rss = serve.status("VmRSS")
    hwm = serve.status("VmHWM")

    # The end: nothing left in the application, no handler left.
    r = ari("channels", "list", "-o", "json")
    channels = json.loads(r.stdout or "[]")
    in_app = [c["id"] for c in channels
              if c.get("dialplan", {}).get("app_name") == "Stasis"
              and c["dialplan"].get("app_data", "").startswith(APP)]
    left_while_serving = handler_processes(serve.proc.pid)
    rss.done = True
    code = serve.stop()
    left_after = handler_processes(serve.proc.pid)
    sniffer.done = True

    # Baseline: what the exec of `ari` itself costs (no socket, no REST).
    loop = f'for i in $(seq 50); do a=$EPOCHREALTIME; {ARI} --version >/dev/null; b=$EPOCHREALTIME; echo $(( ${{b/./}} - ${{a/./}} )); done'
    exec_us = [int(x) for x in subprocess.run(["bash", "-c", loop], capture_output=True, text=True).stdout.split()]
    # Baseline: from Python's spawn of a bash script to its first line, i.e.
    # what any supervisor pays before a handler's first line runs.
    spawn = []
    for _ in range(50):
        a = time.time()
        out = subprocess.run(["bash", "-c", "echo $EPOCHREALTIME"], capture_output=True, text=True).stdout
        spawn.append(float(out) - a)

    # --- figures --------------------------------------------------------------
    res0 = results(ids0)
    res1 = results(ids1)
    res2 = results(ids2)
    resb = results(idsb)

    def latencies(res):
        """Per call: StasisStart on the wire, ARI's timestamp, the handler's
        exec (perf) and first line, its first `date`."""
        records = []
        for cid, r in res.items():
            if cid not in sniffer.seen:
                continue
            wire, stamp, _ = sniffer.seen[cid]
            t = datetime.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%f%z").timestamp() if stamp else None
            records.append({"id": cid, "ari_timestamp": t, "wire": wire,
                            "exec": execs.get(serve.started.get(cid)),
                            "start": float(r["start"]), "date": float(r["date"])})
        return records

    records, burst = latencies(res1), latencies(resb)
    wire_lat = [r["start"] - r["wire"] for r in records]
    date_lat = [r["date"] - r["wire"] for r in records]
    ari_lat = [r["start"] - r["ari_timestamp"] for r in records if r["ari_timestamp"]]
    asterisk_lat = [r["wire"] - r["ari_timestamp"] for r in records if r["ari_timestamp"]]
    serve_part = [r["exec"] - r["wire"] for r in records if r["exec"]]
    bash_part = [r["start"] - r["exec"] for r in records if r["exec"]]
    burst_lat = sorted(r["start"] - r["wire"] for r in burst)
    burst_serve = sorted(r["exec"] - r["wire"] for r in burst if r["exec"])
    quiet_lat = [float(r["start"]) - sniffer.seen[c][0] for c, r in res0.items() if c in sniffer.seen]
    quiet_serve = [execs[serve.started[c]] - sniffer.seen[c][0] for c in res0
                   if c in sniffer.seen and serve.started.get(c) in execs]
    quiet_call_var = [int(x) for r in res0.values() for x in r.get("var_us", "").split(",") if x]
    var_us = [int(x) for r in res1.values() for x in r.get("var_us", "").split(",") if x]
    got123 = sum(r.get("digits") == "123" for r in list(res0.values()) + list(res1.values()) + list(resb.values()))
    clean = sum(not r.get("errors") for r in res1.values())
    exit0 = sum(serve.ended.get(c, "").startswith("handler exited 0") for c in ids1)
    hold_ok = sum(r.get("wait_rc") == "10" for r in res2.values())
    hold_ends = {}
    for c in ids2:
        what = serve.ended.get(c, "no end line").split(";")[0]
        hold_ends[what] = hold_ends.get(what, 0) + 1
    errors = [f"{c}: {r['errors']}" for c, r in list(res0.items()) + list(res1.items()) + list(resb.items())
              + list(res2.items()) if r.get("errors")]
    mb = lambda kb: f"{kb / 1024:.1f} MB"

    print()
    print(f"== ari serve on {os.cpu_count()} CPUs, load average at the end {open('/proc/loadavg').read().split()[0:3]}")
    if QUIET:
        print(f"phase 0: {QUIET} calls one at a time: handler start p50 {ms(pct(quiet_lat, 50))} "
              f"max {ms(max(quiet_lat, default=float('nan')))}; var get p50 "
              f"{pct(quiet_call_var, 50) / 1000:.2f} ms p99 {pct(quiet_call_var, 99) / 1000:.2f} ms "
              f"(n={len(quiet_call_var)}); read 123 in all: "
              f"{sum(r.get('digits') == '123' for r in res0.values())}/{QUIET}")
    if quiet_serve:
        print(f"  of the start, wire -> handler exec (serve's part) p50 {ms(pct(quiet_serve, 50))} "
              f"max {ms(max(quiet_serve))}")
    print(f"  baseline: Python spawn of `bash -c 'echo $EPOCHREALTIME'` to its first line p50 {ms(pct(spawn, 50))}")
    print(f"phase 1: {CALLS} calls, {CONCURRENCY} at a time, in {wall1:.1f} s ({len(ids1) / wall1:.1f} calls/s)")
    print(f"  originated {len(ids1)}, handlers started {sum(c in serve.started for c in ids1)}, "
          f"ended {sum(c in serve.ended for c in ids1)} (exit 0: {exit0}), "
          f"results {len(res1)}, read 123: {sum(r.get('digits') == '123' for r in res1.values())}, "
          f"no verb failed: {clean}")
    n1 = max(1, len(ids1))
    print(f"  CPU: serve {cpu1:.2f} s ({cpu1 / n1 * 1000:.1f} ms per call); handlers with their `ari call` "
          f"processes {handlers_cpu1:.2f} s ({handlers_cpu1 / n1 * 1000:.0f} ms per call); the machine was busy "
          f"{busy1 / wall1 / os.cpu_count() * 100:.0f}% of {os.cpu_count()} CPUs")
    print(f"phase 1, handler start after StasisStart (n={len(wire_lat)}; StasisStart frames on the wire: "
          f"{sum(c in sniffer.seen for c in ids1)}/{len(ids1)}, capture gaps {sniffer.gaps})")
    print(f"  wire -> first line ($EPOCHREALTIME)  p50 {ms(pct(wire_lat, 50))}  p99 {ms(pct(wire_lat, 99))}  "
          f"max {ms(max(wire_lat, default=float('nan')))}   target p50 < 5 ms, p99 < 20 ms")
    print(f"  wire -> first `date +%s.%N`          p50 {ms(pct(date_lat, 50))}  p99 {ms(pct(date_lat, 99))}")
    if serve_part:
        print(f"  wire -> handler exec (serve's part)   p50 {ms(pct(serve_part, 50))}  p99 {ms(pct(serve_part, 99))}  "
              f"max {ms(max(serve_part))}  (n={len(serve_part)}, perf sched_process_exec; "
              f"clock offset drift {abs(trace.offsets[-1] - trace.offsets[0]) * 1e6:.0f} us)")
        print(f"  exec -> first line (bash start-up)   p50 {ms(pct(bash_part, 50))}  p99 {ms(pct(bash_part, 99))}  "
              f"max {ms(max(bash_part))}")
    print(f"  ARI timestamp (ms) -> first line     p50 {ms(pct(ari_lat, 50))}  p99 {ms(pct(ari_lat, 99))}"
          f"   (of which Asterisk, timestamp -> wire: p50 {ms(pct(asterisk_lat, 50))})")
    print(f"phase 1b: a burst of {CONCURRENCY} calls originated at once: handler start "
          f"(wire -> first line) p50 {ms(pct(burst_lat, 50))} max {ms(max(burst_lat, default=float('nan')))}"
          + (f"; serve's part (wire -> exec) p50 {ms(pct(burst_serve, 50))} max {ms(max(burst_serve))}"
             if burst_serve else "") + f" (n={len(burst_lat)})")
    print(f"phase 1, var get round trip (n={len(var_us)}): p50 {pct(var_us, 50) / 1000:.2f} ms  "
          f"p99 {pct(var_us, 99) / 1000:.2f} ms  max {max(var_us, default=0) / 1000:.2f} ms   target p50 < 3 ms")
    print(f"  baselines: exec of `ari --version` p50 {pct(exec_us, 50) / 1000:.2f} ms; "
          f"Asterisk alone (keep-alive GET from Python) p50 {ms(pct(direct, 50))} "
          f"(n={len(direct)}, reconnects {direct_reconnects})")
    print(f"  one after another from outside on a held call, {HOLD} calls up: p50 "
          f"{pct(quiet_var_us, 50) / 1000:.2f} ms p99 {pct(quiet_var_us, 99) / 1000:.2f} ms (n={len(quiet_var_us)})")
    print(f"phase 2: {HOLD} calls held: originated {len(ids2)}, answered {held}, "
          f"handler processes alive {live_handlers}")
    hold = rss.of("hold")
    print(f"serve RSS: idle {mb(idle_rss)}; phase 1 max {mb(max(rss.of('calls'), default=0))}, "
          f"after it {mb(after1_rss)}; {held} calls up: median {mb(statistics.median(hold) if hold else 0)} "
          f"max {mb(max(hold, default=0))} (n={len(hold)})   target < 30 MB; "
          f"after all ended {mb(end_rss)}; peak (VmHWM) {mb(hwm)}")
    print(f"  hang-up: all {len(ids2)} handlers ended: {all_ended}; how: {hold_ends}; "
          f"`ari call wait` exit 10: {hold_ok}; `ari channels hangup` refused {hangup_refused} times")
    exceeded = 0
    try:
        with open(os.path.join(os.environ.get("ASTERISK_DIR", ""), "asterisk.log"), errors="replace") as f:
            exceeded = sum("HTTP session count exceeded" in line for line in f)
    except OSError:
        pass
    print(f"serve's TCP connections to Asterisk (events + REST pool), most seen: idle "
          f"{rss.conns_of('idle')}, phase 0 {rss.conns_of('quiet')}, phase 1 {rss.conns_of('calls')}, "
          f"phase 2 {rss.conns_of('hold setup', 'hold', 'hold end', 'hangup')}; Asterisk's sessionlimit "
          f"(http.conf) refused {exceeded} connections (\"HTTP session count exceeded\" in its log)")
    print(f"end: channels in the application {len(in_app)}, channels at all {len(channels)}, "
          f"handler processes while serving {len(left_while_serving)}, after serve {len(left_after)}; "
          f"serve exit on SIGTERM: {code}")
    print(f"  (this driver, packet capture included, used {time.process_time():.1f} s of CPU; "
          f"load average at the start {LOAD_START})")
    if failures or errors:
        print(f"problems: {len(failures)} driver failures, {len(errors)} handlers with errors")
        for line in (failures + errors)[:10]:
            print("  " + line)
    expected = ("ari: SIGTERM: sending every call on",)
    unexpected = [l for l in serve.other if not l.startswith(expected)]
    if unexpected:
        print(f"serve's other stderr lines ({len(unexpected)}):")
        for line in unexpected[:10]:
            print("  " + line)
    hold_max = max(hold, default=0) / 1024
    checks = [("handler start p50 < 5 ms", pct(wire_lat, 50) * 1000, 5, "ms"),
              ("handler start p99 < 20 ms", pct(wire_lat, 99) * 1000, 20, "ms"),
              ("var get p50 < 3 ms", pct(var_us, 50) / 1000, 3, "ms"),
              (f"RSS < 30 MB with {held} calls up", hold_max, 30, "MB")]
    print("targets: " + "; ".join(f"{name}: {value:.1f} {unit} {'met' if value < limit else 'MISSED'}"
                                  for name, value, limit, unit in checks))
    with open(os.path.join(OUT, "figures.json"), "w") as f:
        json.dump({"wire_lat": wire_lat, "date_lat": date_lat, "ari_lat": ari_lat,
                   "var_us": var_us, "rss": rss.samples, "exec_us": exec_us,
                   "direct": direct, "calls": records, "burst": burst, "quiet_lat": quiet_lat,
                   "quiet_call_var": quiet_call_var, "quiet_var_us": quiet_var_us, "spawn": spawn}, f)
    ok = (not failures and not errors and got123 == CALLS + QUIET + CONCURRENCY and all_ended
          and not in_app and not left_while_serving and not left_after)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
