"""A deadline on every round trip to a Bolt server, which the neo4j driver itself does not give.

The driver sets a read timeout only when the server sends the `connection.recv_timeout_seconds` hint; a
server that stops answering mid-transaction without one (seen with FalkorDB's Bolt listener) leaves the
client waiting in recv() forever. `guard(driver, seconds)` hands out a stand-in for the driver whose
sessions time each `execute_read` / `execute_write`; a watchdog thread closes the real driver when one has
gone unanswered for `seconds`, which shuts its sockets, so the waiting call fails at once and is re-raised
as `ServerStalled`. The caller may then start again on a fresh driver (the exports' writes are idempotent).
"""
from __future__ import annotations

import threading
import time


class ServerStalled(RuntimeError):
    """A Bolt server left a request unanswered past the deadline; the driver has been closed."""


class StallGuard:
    def __init__(self, driver, seconds: float):
        if seconds <= 0:
            raise ValueError("the stall timeout must be positive")
        self.driver, self.seconds = driver, seconds
        self.fired = False
        self._since: float | None = None  # when the round trip under way began
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="bolt-stall-guard", daemon=True)

    def __enter__(self) -> StallGuard:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _watch(self) -> None:
        poll = min(1.0, self.seconds / 4)
        while not self._stop.wait(poll):
            since = self._since
            if since is not None and time.monotonic() - since > self.seconds:
                self.fired = True
                self.driver.close()  # shuts every socket of its pool, the one being waited on included
                return

    def timed(self, call, *args, **kwargs):
        if self.fired:
            raise self._stalled()
        self._since = time.monotonic()
        try:
            return call(*args, **kwargs)
        except Exception as exc:
            if self.fired:
                raise self._stalled() from exc
            raise
        finally:
            self._since = None

    def _stalled(self) -> ServerStalled:
        return ServerStalled(f"the Bolt server left a request unanswered for over {self.seconds:g} s; "
                             "the connection was dropped")

    def session(self, **kwargs) -> _GuardedSession:
        return _GuardedSession(self, self.timed(self.driver.session, **kwargs))

    def get_server_info(self):
        return self.timed(self.driver.get_server_info)


class _GuardedSession:
    """The part of a neo4j session the exports use, with each transaction function under the guard."""

    def __init__(self, guard: StallGuard, session):
        self._guard, self._session = guard, session

    def __enter__(self) -> _GuardedSession:
        return self

    def __exit__(self, *exc) -> None:
        try:
            self._session.close()
        except Exception:
            if not self._guard.fired:  # closing a session whose driver the guard closed may fail: expected
                raise

    def execute_read(self, work, *args, **kwargs):
        return self._guard.timed(self._session.execute_read, work, *args, **kwargs)

    def execute_write(self, work, *args, **kwargs):
        return self._guard.timed(self._session.execute_write, work, *args, **kwargs)
