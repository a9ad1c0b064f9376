"""The image's file tree works on its own: built exactly as the Dockerfile copies it, then run by its entrypoint.

No container runtime runs on the CI machine, so this test does what the image build does to the files: it reads
the Dockerfile's COPY lines and the .dockerignore (with the Docker SDK's own matcher), copies exactly that into a
temporary /app, and then, from there and with the image's environment, opens every page through AppTest and runs
the image's CMD, checking it with the image's HEALTHCHECK. A module, data file or static file the image would lack
fails here. (What the tree cannot show — the base image, the user, file ownership — tests/test_deploy.py checks.)
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from docker.utils.build import exclude_paths
from dockerfile_parse import DockerfileParser

from devtools.browser import free_port

ROOT = Path(__file__).resolve().parents[1]

# Run in the tree by a fresh interpreter (cwd first on sys.path, nothing from the repository).
SMOKE = """
from streamlit.testing.v1 import AppTest
from components.registry import PAGES
import components, data
assert components.__file__.startswith(__import__('os').getcwd()), components.__file__
at = AppTest.from_file("app.py", default_timeout=120)
at.run()
for spec in PAGES:
    at.switch_page(spec.file)
    at.run()
    problems = [e.message for e in at.exception] + [str(e.value) for e in at.error]
    assert not problems, (spec.file, problems)
    print("ok", spec.file)
"""


def image_tree(target: Path) -> tuple[Path, DockerfileParser]:
    """Copy what the Dockerfile's COPY lines copy (after .dockerignore) into ``target`` + WORKDIR."""
    parsed = DockerfileParser(str(ROOT / "Dockerfile"))
    patterns = [line.strip() for line in (ROOT / ".dockerignore").read_text().splitlines()]
    context = exclude_paths(str(ROOT), [p for p in patterns if p and not p.startswith("#")])
    files = sorted(p for p in context if (ROOT / p).is_file())
    (workdir,) = [item["value"] for item in parsed.structure if item["instruction"] == "WORKDIR"]
    app = target / workdir.lstrip("/")
    for item in parsed.structure:
        if item["instruction"] != "COPY":
            continue
        *sources, destination = item["value"].split()
        destination_dir = app / destination
        for source in sources:
            source = source.rstrip("/")
            if (ROOT / source).is_dir():  # a folder's contents go into the destination folder
                chosen = [f for f in files if f.startswith(source + "/")]
                pairs = [(f, destination_dir / Path(f).relative_to(source)) for f in chosen]
            else:
                chosen = [f for f in files if f == source]
                pairs = [(f, destination_dir / Path(f).name) for f in chosen]
            assert chosen, f"COPY {source}: nothing in the build context"
            for relative, copy_to in pairs:
                copy_to.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(ROOT / relative, copy_to)
    return app, parsed


def image_env(parsed: DockerfileParser, port: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "BND_DATA_DIR")}
    env.update(parsed.envs)
    env.update(STREAMLIT_SERVER_PORT=str(port), STREAMLIT_SERVER_ADDRESS="127.0.0.1")  # loopback only, here
    return env


def exec_form(instruction_value: str) -> list[str]:
    """An exec-form CMD as argv, with this interpreter for ``python`` (same packages as requirements.txt)."""
    argv = json.loads(instruction_value)
    return [sys.executable if argv[0] == "python" else argv[0], *argv[1:]]


@pytest.mark.apptest
def test_the_image_tree_serves_the_app_from_its_entrypoint(tmp_path):
    app, parsed = image_tree(tmp_path)
    assert (app / "serve.py").is_file() and (app / ".streamlit" / "config.toml").is_file()
    assert not list(app.rglob("__pycache__")) and not (app / "tests").exists()

    port = free_port()
    env = image_env(parsed, port)
    smoke = subprocess.run(
        [sys.executable, "-c", SMOKE],
        cwd=app,
        env={**env, "BND_STRICT_SECTIONS": "1"},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert smoke.returncode == 0, smoke.stdout[-3000:] + smoke.stderr[-3000:]

    (cmd,) = [item["value"] for item in parsed.structure if item["instruction"] == "CMD"]
    (healthcheck,) = [item["value"] for item in parsed.structure if item["instruction"] == "HEALTHCHECK"]
    probe = exec_form(healthcheck[healthcheck.index("CMD") + 3 :].strip())
    log = open(tmp_path / "entrypoint.log", "w")  # noqa: SIM115 - closed below
    server = subprocess.Popen(exec_form(cmd), cwd=app, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.time() + 120
        while subprocess.run(probe, env=env, capture_output=True).returncode != 0:  # the image's HEALTHCHECK
            assert server.poll() is None and time.time() < deadline, (tmp_path / "entrypoint.log").read_text()[-3000:]
            time.sleep(0.5)
        base = f"http://127.0.0.1:{port}"
        with urllib.request.urlopen(f"{base}/_stcore/health", timeout=5) as response:
            assert response.status == 200 and response.headers["x-bnd-instance"]
        with urllib.request.urlopen(f"{base}/present?lang=en", timeout=10) as response:
            page = response.read().decode()
            assert response.status == 200 and "__bndKioskText" in page and "__bndStream" in page
        for static in ("app/static/js/kiosk.js", "app/static/fonts/PretendardGOV-Regular.subset.woff2"):
            with urllib.request.urlopen(f"{base}/{static}", timeout=10) as response:
                assert response.status == 200, static
        server.send_signal(signal.SIGTERM)  # `docker stop`: Streamlit exits by itself
        assert server.wait(timeout=20) is not None
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
        log.close()
