#!/usr/bin/env python3
"""Delay of a marked tone through `ari channels inject` and `ari channels tap`.

A call to the lab's `echo` (Local/echo@lab: `;2` echoes what `;1` sends) sits
in a bridge that plays silence to `;1` (a whisper rides on audio the channel
is sent). `ari channels inject ;1 --from -` is fed a 16 kHz WAV stream in real
time: silence, and every ROUND seconds 200 ms of a 1 kHz tone; the moment its
first sample is written to inject's stdin is T0. `ari channels tap ;1
--direction in --to -` gives back what `;1` hears (the echo); the moment the
first tone sample arrives on its stdout is T1. T1 - T0 is the whole loop:
ari's inject, Asterisk (chan_websocket's queue, the whisper, two Local
halves, Echo, the snoop), ari's tap.

Usage: media_delay.py ARI APP ROUNDS   (ARI_URL etc. in the environment)
"""
import json, math, statistics, struct, subprocess, sys, threading, time

ari, app, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
RATE, FRAME = 16000, 320
ROUND = 0.6

def run(*args):
    return subprocess.run([ari, *args], check=True, capture_output=True, text=True).stdout.strip()

chan = run("channels", "originate", "--endpoint", "Local/echo@lab", "--app", app, "--jq", ".id")
while True:
    info = json.loads(run("channels", "get", chan, "-o", "json"))
    if info["dialplan"]["app_name"] == "Stasis":
        break
    time.sleep(0.05)
bridge = run("bridges", "create", "--type", "mixing", "--jq", ".id")
run("bridges", "add-channel", bridge, "--channel", chan)
run("bridges", "play", bridge, "--media", "sound:silence/10")

tap = subprocess.Popen([ari, "channels", "tap", chan, "--direction", "in", "--format", "slin16", "--to", "-"],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
while b"tapping" not in tap.stderr.readline():
    pass

heard = []  # arrival time of the first tone sample after each mark
listening = threading.Event()

def goertzel(samples, freq):
    k = 2 * math.cos(2 * math.pi * freq / RATE)
    s1 = s2 = 0.0
    for v in samples:
        s1, s2 = v + k * s1 - s2, s1
    return math.sqrt(max(0.0, s1 * s1 + s2 * s2 - k * s1 * s2)) / len(samples)

def read_tap():
    in_tone = False
    while True:
        chunk = tap.stdout.read(FRAME * 2)
        now = time.monotonic()
        if not chunk or len(chunk) < FRAME * 2:
            return
        samples = struct.unpack("<%dh" % FRAME, chunk)
        loud = goertzel(samples, 1000) > 1500
        if loud and not in_tone and listening.is_set():
            # The first loud sample's time: the chunk's last sample arrived now.
            first = next(i for i, v in enumerate(samples) if abs(v) > 3000)
            heard.append(now - (FRAME - first) / RATE)
            listening.clear()
        in_tone = loud

reader = threading.Thread(target=read_tap, daemon=True)
reader.start()

inject = subprocess.Popen([ari, "channels", "inject", chan, "--from", "-"],
                          stdin=subprocess.PIPE, stderr=subprocess.PIPE)
header = b"RIFF" + struct.pack("<I", 0x7FFFFFFF) + b"WAVEfmt " + struct.pack(
    "<IHHIIHH", 16, 1, 1, RATE, RATE * 2, 2, 16) + b"data" + struct.pack("<I", 0x7FFFFFF0)
inject.stdin.write(header)
inject.stdin.flush()
# A live source starts when inject is ready: earlier audio would wait in the pipe.
while b"injecting" not in inject.stderr.readline():
    pass
silence = b"\0" * (FRAME * 2)
tone = [struct.pack("<%dh" % FRAME, *(int(12000 * math.sin(2 * math.pi * 1000 * (f * FRAME + i) / RATE))
                                      for i in range(FRAME))) for f in range(10)]
sent = []
start = time.monotonic()
frames = 0
for r in range(rounds):
    for n in range(int(ROUND * 50)):
        due = start + frames * 0.02
        delay = due - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        marked = n == 10
        if marked:
            time.sleep(0.001)  # past any frame still in flight
            listening.set()
            sent.append(time.monotonic())
        inject.stdin.write(tone[n - 10] if 10 <= n < 20 else silence)
        inject.stdin.flush()
        frames += 1
time.sleep(0.5)
inject.stdin.close()
inject.wait()
tap.terminate()
tap.wait()
run("bridges", "destroy", bridge)
subprocess.run([ari, "channels", "hangup", chan], capture_output=True)

loops = [(h - s) * 1000 for s, h in zip(sent, heard) if h > s]
if not loops:
    sys.exit("no tone came back")
print("tones sent %d, heard back %d" % (len(sent), len(heard)))
print("loop delay ms: median %.1f, min %.1f, max %.1f" % (statistics.median(loops), min(loops), max(loops)))
