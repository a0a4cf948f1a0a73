#!/usr/bin/env python3
"""The delay ari itself adds to tapped and injected audio, from strace's
timestamps: for a tap, from the read of a frame off the media socket to its
write on stdout; for an inject fed a live WAV stream in real time, from the
read of a frame off stdin to its send on the socket. (The whole loop through
Asterisk is media_delay.py's.)

Usage: media_added.py ARI CHANNEL   (ARI_URL etc. in the environment; the
channel should be hearing something, e.g. music on hold; needs strace)
"""
import math, re, statistics, struct, subprocess, sys, time

ari, chan = sys.argv[1], sys.argv[2]
RATE, FRAME = 16000, 320

def syscalls(path):
    """(time, call, fd, bytes) of each finished call, joining strace's
    '<unfinished ...>' and '<... resumed>' halves."""
    started = {}
    for line in open(path):
        m = re.match(r"(\d+)\s+([\d.]+) (.*)", line)
        if not m:
            continue
        pid, t, rest = m.group(1), float(m.group(2)), m.group(3)
        if rest.endswith("<unfinished ...>"):
            started[pid] = rest
            continue
        r = re.match(r"<\.\.\. (\w+) resumed>.*= (-?\d+)", rest)
        if r:
            first = started.pop(pid, "")
            fd = re.match(r"\w+\((\d+)", first)
            yield t, r.group(1), int(fd.group(1)) if fd else -1, int(r.group(2))
            continue
        r = re.match(r"(\w+)\((\d+),.*= (-?\d+)", rest)
        if r:
            yield t, r.group(1), int(r.group(2)), int(r.group(3))

def report(what, delays):
    delays.sort()
    print("%s: %d frames, median %.2f ms, p95 %.2f ms, max %.2f ms" % (
        what, len(delays), statistics.median(delays), delays[int(len(delays) * 0.95)], delays[-1]))

# The tap: socket read -> stdout write.
tap = subprocess.Popen(["strace", "-f", "-ttt", "-e", "trace=read,recvfrom,write", "-o", "/tmp/ari-tap.strace",
                        ari, "channels", "tap", chan, "--duration", "5", "--to", "-"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
tap.wait()
last, delays = None, []
for t, call, fd, n in syscalls("/tmp/ari-tap.strace"):
    if call in ("read", "recvfrom") and fd > 2 and n >= FRAME * 2:
        last = t
    elif call == "write" and fd == 1 and last is not None:
        delays.append((t - last) * 1000)
        last = None
report("tap, socket to stdout", delays)

# The inject: stdin read -> socket send, fed in real time once it is ready.
inject = subprocess.Popen(["strace", "-f", "-ttt", "-e", "trace=read,write,sendto", "-o", "/tmp/ari-inject.strace",
                           ari, "channels", "inject", chan, "--from", "-"], stdin=subprocess.PIPE, stderr=subprocess.PIPE)
inject.stdin.write(b"RIFF" + struct.pack("<I", 0x7FFFFFFF) + b"WAVEfmt " + struct.pack(
    "<IHHIIHH", 16, 1, 1, RATE, RATE * 2, 2, 16) + b"data" + struct.pack("<I", 0x7FFFFFF0))
inject.stdin.flush()
while b"injecting" not in inject.stderr.readline():
    pass
start = time.monotonic()
for n in range(250):
    wait = start + n * 0.02 - time.monotonic()
    if wait > 0:
        time.sleep(wait)
    inject.stdin.write(struct.pack("<%dh" % FRAME, *(int(8000 * math.sin(2 * math.pi * 440 * (n * FRAME + i) / RATE))
                                                    for i in range(FRAME))))
    inject.stdin.flush()
inject.stdin.close()
inject.wait()
pending, delays = [], []
for t, call, fd, n in syscalls("/tmp/ari-inject.strace"):
    if call == "read" and fd == 0 and n >= FRAME * 2:
        pending.append(t)
    elif call == "sendto" and fd > 2 and pending:
        delays.append((t - pending.pop(0)) * 1000)
report("inject, stdin to socket", delays)
