"""The deployment files say what the project needs, and the tools that read them accept them.

No container runtime or cluster runs here, so: the Dockerfile is parsed (dockerfile-parse) and linted (hadolint),
the Kubernetes manifests are validated against the Kubernetes schemas offline (kubernetes-validate), and HAProxy
checks deploy/haproxy.cfg. ``tests/test_container.py`` builds and runs the tree the image copies; the failover
test (tests/browser/test_failover.py) runs the load balancer for real.
"""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from docker.utils.build import exclude_paths
from dockerfile_parse import DockerfileParser

ROOT = Path(__file__).resolve().parents[1]
K8S = ROOT / "deploy" / "k8s"
HAPROXY_CFG = ROOT / "deploy" / "haproxy.cfg"
K8S_VERSION = "1.33.0"  # the oldest Kubernetes the manifests must work on (HPA v2, policy/v1, networking/v1)
APP_CODE = ("app.py", "serve.py", "pages", "components", "data", "geo", "server")


def dockerfile() -> DockerfileParser:
    return DockerfileParser(str(ROOT / "Dockerfile"))


def instructions(name: str) -> list[str]:
    return [item["value"] for item in dockerfile().structure if item["instruction"] == name]


def copies() -> list[tuple[list[str], str]]:
    """Each COPY as (sources, destination), relative to the build context and WORKDIR."""
    found = []
    for value in instructions("COPY"):
        parts = value.split()
        assert not any(p.startswith("--") for p in parts), f"COPY with options needs this test updated: {value}"
        found.append((parts[:-1], parts[-1]))
    return found


def manifests() -> list[dict]:
    return [doc for path in sorted(K8S.glob("*.yaml")) for doc in yaml.safe_load_all(path.read_text()) if doc]


def manifest(kind: str) -> dict:
    return next(doc for doc in manifests() if doc["kind"] == kind)


# Dockerfile


def test_base_image_is_slim_python_311_pinned_by_tag_and_digest():
    assert re.fullmatch(r"python:3\.11\.\d+-slim-bookworm@sha256:[0-9a-f]{64}", dockerfile().baseimage)
    assert len(instructions("FROM")) == 1


def test_the_app_runs_as_a_numeric_non_root_user_that_the_deployment_uses_too():
    user = instructions("USER")[-1]
    uid, _, gid = user.partition(":")
    assert uid.isdigit() and int(uid) != 0 and (not gid or int(gid) != 0), user
    pod = manifest("Deployment")["spec"]["template"]["spec"]["securityContext"]
    assert pod["runAsNonRoot"] is True and pod["runAsUser"] == int(uid)
    # Everything is copied before USER and without --chown: the app cannot change its own code or data.
    structure = [item["instruction"] for item in dockerfile().structure]
    assert max(i for i, name in enumerate(structure) if name == "COPY") < structure.index("USER")


def test_healthcheck_asks_streamlit_health_endpoint_on_the_configured_port():
    (healthcheck,) = instructions("HEALTHCHECK")
    assert "/_stcore/health" in healthcheck and "STREAMLIT_SERVER_PORT" in healthcheck
    assert "--interval=" in healthcheck and "--start-period=" in healthcheck
    env = dockerfile().envs
    assert env["STREAMLIT_SERVER_PORT"] == instructions("EXPOSE")[0] == "8501"
    assert env["STREAMLIT_SERVER_ADDRESS"] == "0.0.0.0"


def test_the_image_starts_the_same_entry_as_the_run_script():
    (cmd,) = instructions("CMD")
    assert json.loads(cmd) == ["python", "-m", "streamlit", "run", "serve.py"]  # exec form: signals reach Streamlit
    run_sh = (ROOT / "scripts" / "run.sh").read_text()
    assert re.search(r"python -m streamlit run serve\.py\b", run_sh)


def test_pinned_requirements_are_copied_and_installed_before_the_code():
    structure = [(item["instruction"], item["value"]) for item in dockerfile().structure]
    install = next(i for i, (name, value) in enumerate(structure) if name == "RUN" and "pip install" in value)
    assert structure.index(("COPY", "requirements.txt ./")) < install
    assert "-r requirements.txt" in structure[install][1] and "--only-binary=:all:" in structure[install][1]
    first_code = next(i for i, (name, value) in enumerate(structure) if name == "COPY" and "requirements" not in value)
    assert install < first_code
    pins = [line for line in (ROOT / "requirements.txt").read_text().splitlines() if line and line[0] != "#"]
    assert pins and all(re.fullmatch(r"[A-Za-z0-9_.\-]+==[0-9][^ ]*", line) for line in pins)


def _first_party_imports() -> set[str]:
    """Top-level names the app's code imports that are folders or modules of this repository."""
    files = [ROOT / name for name in APP_CODE if name.endswith(".py")]
    files += [p for name in APP_CODE if not name.endswith(".py") for p in (ROOT / name).rglob("*.py")]
    names = set()
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
    return {
        n if (ROOT / n).is_dir() else f"{n}.py" for n in names if (ROOT / n).is_dir() or (ROOT / f"{n}.py").is_file()
    }


def test_everything_the_app_imports_or_reads_is_copied():
    copied = {source.rstrip("/") for sources, _ in copies() for source in sources}
    needed = _first_party_imports() | {"app.py", "serve.py", "pages", "data", ".streamlit", "static"}
    missing = needed - copied
    assert not missing, f"the image would lack {sorted(missing)}: add a COPY line (and a .dockerignore exception)"
    assert "bench" not in copied and "tests" not in copied and "devtools" not in copied


def test_dockerignore_sends_only_what_the_image_copies():
    patterns = [
        line.strip() for line in (ROOT / ".dockerignore").read_text().splitlines() if line.strip() and line[0] != "#"
    ]
    context = exclude_paths(str(ROOT), patterns)
    tops = {path.split("/")[0] for path in context}
    assert tops <= {"Dockerfile", ".dockerignore", "requirements.txt", ".streamlit", *APP_CODE, "static"}, tops
    assert not any("__pycache__" in path or path.endswith("-topo.json") for path in context)
    for sources, _ in copies():
        for source in sources:
            assert source.rstrip("/") in context, f"COPY {source} but .dockerignore leaves it out"


def test_hadolint_finds_nothing():
    hadolint = shutil.which("hadolint") or str(Path(sys.executable).parent / "hadolint")
    result = subprocess.run([hadolint, "--no-color", "Dockerfile"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


# Kubernetes


def _validate(doc: dict) -> None:
    import kubernetes_validate

    kubernetes_validate.validate(doc, K8S_VERSION, strict=True)


def test_every_manifest_is_valid_against_the_kubernetes_schemas_offline():
    kinds = [doc["kind"] for doc in manifests()]
    assert sorted(kinds) == ["Deployment", "HorizontalPodAutoscaler", "Ingress", "PodDisruptionBudget", "Service"]
    for doc in manifests():
        _validate(doc)  # strict: an unknown or misspelt field fails too


def test_the_validator_rejects_a_broken_manifest():
    import kubernetes_validate

    broken = manifest("Deployment")
    broken["spec"]["replica"] = broken["spec"].pop("replicas")  # a typo a person could make
    with pytest.raises(kubernetes_validate.ValidationError):
        _validate(broken)
    wrong_type = manifest("Deployment")
    wrong_type["spec"]["template"]["spec"]["containers"][0]["ports"][0]["containerPort"] = "8501"
    with pytest.raises(kubernetes_validate.ValidationError):
        _validate(wrong_type)


def test_the_deployment_probes_health_and_reserves_the_measured_memory():
    container = manifest("Deployment")["spec"]["template"]["spec"]["containers"][0]
    for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
        assert container[probe]["httpGet"]["path"] == "/_stcore/health", probe
    assert container["ports"][0]["containerPort"] == int(dockerfile().envs["STREAMLIT_SERVER_PORT"])
    env = {item["name"]: item for item in container["env"]}
    assert env["STREAMLIT_SERVER_PORT"]["value"] == dockerfile().envs["STREAMLIT_SERVER_PORT"]
    assert "secretKeyRef" in env["STREAMLIT_SERVER_COOKIE_SECRET"]["valueFrom"]  # shared by all replicas
    # bench/results.md: 292 MB with 20 sessions, 374 MB peak in the 50-session load run.
    mib = lambda value: int(value.removesuffix("Mi"))  # noqa: E731
    resources = container["resources"]
    assert 374 * 10**6 / 2**20 <= mib(resources["requests"]["memory"]) < mib(resources["limits"]["memory"])
    assert container["securityContext"]["readOnlyRootFilesystem"] is True


def test_the_ingress_pins_viewers_by_cookie_with_long_timeouts_and_the_autoscaler_targets_the_deployment():
    ingress = manifest("Ingress")
    notes = ingress["metadata"]["annotations"]
    assert notes["nginx.ingress.kubernetes.io/affinity"] == "cookie"
    assert int(notes["nginx.ingress.kubernetes.io/proxy-read-timeout"]) >= 3600
    cookie = re.search(r"cookie (\w+) insert", HAPROXY_CFG.read_text()).group(1)
    assert notes["nginx.ingress.kubernetes.io/session-cookie-name"] == cookie
    service = manifest("Service")
    assert service["metadata"]["annotations"]["haproxy.org/cookie-persistence"] == cookie
    backend = ingress["spec"]["rules"][0]["http"]["paths"][0]["backend"]["service"]
    assert backend["name"] == service["metadata"]["name"]
    hpa = manifest("HorizontalPodAutoscaler")
    deployment = manifest("Deployment")
    assert hpa["spec"]["scaleTargetRef"]["name"] == deployment["metadata"]["name"]
    assert hpa["spec"]["minReplicas"] >= 2 and hpa["spec"]["maxReplicas"] > hpa["spec"]["minReplicas"]
    labels = deployment["spec"]["template"]["metadata"]["labels"]
    assert service["spec"]["selector"].items() <= labels.items()


# The load balancer


def test_haproxy_config_has_affinity_health_checks_failover_and_websocket_timeouts():
    text = HAPROXY_CFG.read_text()
    for needle in (
        "cookie BNDREPLICA insert",
        "option httpchk",
        "uri /_stcore/health",
        "option redispatch",
        "timeout tunnel 1h",
        "balance leastconn",
    ):
        assert needle in text, needle
    assert len(re.findall(r"^\s+server app\d ", text, re.M)) == 3
    cluster_sh = (ROOT / "scripts" / "cluster.sh").read_text()
    assert "deploy/haproxy.cfg" in cluster_sh  # the one config, used as is


def test_haproxy_accepts_the_config():
    haproxy = shutil.which("haproxy")
    if not haproxy:
        pytest.skip("HAProxy is not installed (bash scripts/test.sh and scripts/cluster.sh install it)")
    env = {
        **os.environ,
        "BND_LB_BIND": "127.0.0.1:8600",
        "BND_LB_SOCKET": "/tmp/bnd-haproxy-check.sock",
        **{f"BND_REPLICA_{i}": f"127.0.0.1:860{i}" for i in (1, 2, 3)},
    }
    result = subprocess.run([haproxy, "-c", "-f", str(HAPROXY_CFG)], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
