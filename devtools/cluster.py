"""Run ``scripts/cluster.sh`` (3 replicas of serve.py behind HAProxy) on free ports, for tests and measurements.

The script itself is what runs: the tests exercise the same start, status and stop a person uses. Each run gets
its own folder for PIDs, logs and the balancer's admin socket, so it never touches a cluster started by hand.
"""

from __future__ import annotations

import os
import subprocess
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from devtools.browser import ROOT, free_port

SCRIPT = ROOT / "scripts" / "cluster.sh"
AFFINITY_COOKIE = "BNDREPLICA"  # deploy/haproxy.cfg: `cookie BNDREPLICA insert`; values app1..app3


@dataclass
class Cluster:
    url: str
    replica_ports: list[int]
    directory: Path
    env: dict[str, str]

    def run(self, command: str, timeout: float = 300) -> subprocess.CompletedProcess:
        return subprocess.run(
            ["bash", str(SCRIPT), command], cwd=ROOT, env=self.env, capture_output=True, text=True, timeout=timeout
        )

    def replica_port(self, cookie_value: str) -> int:
        """The port of the replica a browser is pinned to (``app2`` → the second port)."""
        return self.replica_ports[int(cookie_value.removeprefix("app")) - 1]

    def pid(self, port: int) -> int:
        return int((self.directory / f"replica-{port}.pid").read_text().strip())

    def logs(self) -> str:
        return "\n".join(
            f"--- {path.name} (last lines)\n" + "\n".join(path.read_text(errors="replace").splitlines()[-15:])
            for path in sorted(self.directory.glob("*.log"))
        )


def _distinct_free_ports(count: int) -> list[int]:
    ports: list[int] = []
    while len(ports) < count:
        port = free_port()
        if port not in ports:
            ports.append(port)
    return ports


@contextmanager
def cluster(directory: Path, timeout: float = 300):
    """``cluster.sh start`` on free loopback ports; yield a ``Cluster``; always ``cluster.sh stop`` afterwards."""
    balancer, *replicas = _distinct_free_ports(4)
    env = {
        **os.environ,
        "PORT": str(balancer),
        "LB_ADDRESS": "127.0.0.1",
        "REPLICA_PORTS": " ".join(map(str, replicas)),
        "CLUSTER_DIR": str(directory),
    }
    running = Cluster(f"http://127.0.0.1:{balancer}", replicas, directory, env)
    try:
        started = running.run("start", timeout)
        if started.returncode != 0:
            raise RuntimeError(f"cluster.sh start failed:\n{started.stdout}\n{started.stderr}\n{running.logs()}")
        yield running
    finally:
        running.run("stop", 120)
