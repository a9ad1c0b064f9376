"""Measuring one page load in Chromium through the DevTools protocol, and a server's memory.

- bytes: every HTTP response's ``encodedDataLength`` (Network.loadingFinished) plus
  every WebSocket frame's payload, both directions (Network.webSocketFrameSent/Received);
- server script time: from the browser's ``rerun_script`` BackMsg to the server's
  ``script_finished`` ForwardMsg, on the DevTools timestamps of the two frames
  (no hook in the app; on loopback this is the server's run time plus < 1 ms);
- memory: VmRSS of the server process and all its descendants from /proc;
- CPU: utime + stime of a process and all its descendants from /proc (the Chromium browser process with its
  renderer, GPU and network processes: what an open page costs while nobody touches it).
"""

from __future__ import annotations

import base64
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

LOCAL_HOSTS = {"localhost", "127.0.0.1", "[::1]", "::1"}


@dataclass
class Traffic:
    """What one page did on the wire while it was watched."""

    http_bytes: int = 0
    ws_bytes: int = 0
    requests: int = 0
    failed: list[str] = field(default_factory=list)
    external: list[str] = field(default_factory=list)
    http_errors: list[str] = field(default_factory=list)
    # (cdp timestamp in s, kind) with kind "rerun" (BackMsg rerun_script) or "finished:<status>"
    events: list[tuple[float, str]] = field(default_factory=list)
    _urls: dict[str, str] = field(default_factory=dict)

    @property
    def total_bytes(self) -> int:
        return self.http_bytes + self.ws_bytes

    def script_runs(self) -> list[float]:
        """Milliseconds of each completed script run (rerun request -> script finished)."""
        runs, start = [], None
        for stamp, kind in self.events:
            if kind == "rerun":
                start = stamp if start is None else start  # a rerun that interrupts a run: keep the first request
            elif kind.startswith("finished:") and start is not None:
                if kind != "finished:FINISHED_EARLY_FOR_RERUN":
                    runs.append((stamp - start) * 1000)
                    start = None
        return runs

    def reset(self) -> None:
        self.http_bytes = self.ws_bytes = self.requests = 0
        self.events.clear()


def _payload(response: dict) -> bytes:
    data = response.get("payloadData", "")
    if response.get("opcode") == 2:
        try:
            return base64.b64decode(data)
        except ValueError:
            return b""
    return data.encode()


def attach(context, page) -> Traffic:
    """Start recording a page's traffic through a CDP session (Chromium only)."""
    traffic = Traffic()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")

    def on_request(params):
        url = params["request"]["url"]
        traffic._urls[params["requestId"]] = url
        host = urlparse(url).hostname or ""
        if not url.startswith(("data:", "blob:")) and host not in LOCAL_HOSTS:
            traffic.external.append(url)

    def on_response(params):
        status = params["response"].get("status", 0)
        if status >= 400:
            traffic.http_errors.append(f"{status} {params['response'].get('url')}")

    def on_finished(params):
        traffic.http_bytes += int(params.get("encodedDataLength", 0))
        traffic.requests += 1

    def on_failed(params):
        if not params.get("canceled"):
            traffic.failed.append(f"{traffic._urls.get(params['requestId'], '?')}: {params.get('errorText')}")

    def on_sent(params):
        payload = _payload(params["response"])
        traffic.ws_bytes += len(payload)
        if params["response"].get("opcode") == 2:
            message = BackMsg()
            try:
                message.ParseFromString(payload)
            except Exception:  # noqa: BLE001 - not ours to judge; only counted
                return
            if message.WhichOneof("type") == "rerun_script":
                traffic.events.append((params["timestamp"], "rerun"))

    def on_received(params):
        payload = _payload(params["response"])
        traffic.ws_bytes += len(payload)
        if params["response"].get("opcode") == 2:
            message = ForwardMsg()
            try:
                message.ParseFromString(payload)
            except Exception:  # noqa: BLE001
                return
            if message.WhichOneof("type") == "script_finished":
                status = ForwardMsg.ScriptFinishedStatus.Name(message.script_finished)
                traffic.events.append((params["timestamp"], f"finished:{status}"))

    cdp.on("Network.requestWillBeSent", on_request)
    cdp.on("Network.responseReceived", on_response)
    cdp.on("Network.loadingFinished", on_finished)
    cdp.on("Network.loadingFailed", on_failed)
    cdp.on("Network.webSocketFrameSent", on_sent)
    cdp.on("Network.webSocketFrameReceived", on_received)
    return traffic


# --- memory --------------------------------------------------------------------------------------


def _children(pid: int) -> list[int]:
    out: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            out.extend(int(child) for child in task.read_text().split())
        except OSError:
            continue
    return out


def _rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_pids(pid: int) -> list[int]:
    """A process and all its descendants (those alive now), parents first."""
    out, stack, seen = [], [pid], set()
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        out.append(current)
        stack.extend(_children(current))
    return out


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants, in MB (MiB)."""
    return round(sum(_rss_kib(current) for current in tree_pids(pid)) / 1024, 1)


# --- CPU -----------------------------------------------------------------------------------------

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def _cpu_ticks(pid: int) -> tuple[tuple[int, int], int] | None:
    """((pid, start time), utime + stime) in clock ticks; the start time tells a reused pid from the old process."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    # fields[0] is field 3 of proc_pid_stat(5): utime = 14, stime = 15, starttime = 22
    return (pid, int(fields[19])), int(fields[11]) + int(fields[12])


def tree_cpu_ticks(pid: int) -> dict[tuple[int, int], int]:
    """CPU ticks used so far by every live process of the tree, keyed by (pid, start time)."""
    return dict(sample for sample in map(_cpu_ticks, tree_pids(pid)) if sample is not None)


def cpu_seconds(before: dict[tuple[int, int], int], after: dict[tuple[int, int], int]) -> float:
    """CPU seconds a tree used between two ``tree_cpu_ticks`` samples: a process that started in between counts in
    full; one that ended in between is lost (measure a quiet tree)."""
    return sum(ticks - before.get(key, 0) for key, ticks in after.items()) / CLOCK_TICKS


def cpu_rate(pids: dict[str, int], window_s: float) -> dict[str, dict]:
    """CPU-seconds per second of each named process tree over the next ``window_s`` seconds (sampled together)."""
    before = {name: tree_cpu_ticks(pid) for name, pid in pids.items()}
    started = time.monotonic()
    time.sleep(window_s)
    after = {name: tree_cpu_ticks(pid) for name, pid in pids.items()}
    elapsed = time.monotonic() - started
    return {
        name: {
            "cpu_s": round(cpu_seconds(before[name], after[name]), 3),
            "cpu_s_per_s": round(cpu_seconds(before[name], after[name]) / elapsed, 4),
            "window_s": round(elapsed, 2),
            "processes": len(after[name]),
            "processes_ended": len(set(before[name]) - set(after[name])),
        }
        for name in pids
    }


def browser_pid(browser) -> int:
    """Pid of a Playwright Chromium's browser process (the root of its renderer, GPU and network processes).

    Chromium says it itself (DevTools ``SystemInfo.getProcessInfo``); the answer is checked against our own process
    tree (Python -> Playwright driver -> Chromium). Failing that: the one Chromium process among our descendants
    that is not a child process of another (no ``--type=`` argument)."""
    ours = set(tree_pids(os.getpid()))
    try:
        session = browser.new_browser_cdp_session()
        try:
            infos = session.send("SystemInfo.getProcessInfo")["processInfo"]
        finally:
            session.detach()
        pid = next(int(info["id"]) for info in infos if info["type"] == "browser")
        if pid in ours:
            return pid
    except Exception:  # noqa: BLE001 - fall back on /proc
        pass
    roots = []
    for pid in ours:
        try:
            raw = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            continue
        # child processes may rewrite their command line into one string: look at its first word and anywhere in it
        program = Path(raw.split(b"\0")[0].split(b" ")[0].decode(errors="replace")).name
        if any(name in program for name in ("chromium", "chrome", "headless_shell")) and b"--type=" not in raw:
            roots.append(pid)
    if len(roots) != 1:
        raise RuntimeError(f"cannot tell the Chromium browser process among our descendants: {roots}")
    return roots[0]
