"""Measuring one page load in Chromium through the DevTools protocol, and a server's memory.

- bytes: every HTTP response's ``encodedDataLength`` (Network.loadingFinished) plus
  every WebSocket frame's payload, both directions (Network.webSocketFrameSent/Received);
- server script time: from the browser's ``rerun_script`` BackMsg to the server's
  ``script_finished`` ForwardMsg, on the DevTools timestamps of the two frames
  (no hook in the app; on loopback this is the server's run time plus < 1 ms);
- memory: VmRSS of the server process and all its descendants from /proc.
"""

from __future__ import annotations

import base64
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


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants, in MB (MiB)."""
    total, stack, seen = 0, [pid], set()
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        total += _rss_kib(current)
        stack.extend(_children(current))
    return round(total / 1024, 1)
