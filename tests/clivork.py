"""`jeugdloket ARGS` for the CLI tests, as a process forked from a server that imported the app
once: `clivork.jeugdloket(args, env=…)` returns what `subprocess.run([sys.executable, "-m",
"jeugdloket", *args], capture_output=True, text=True, …)` returns.

Why: a fresh interpreter imports SQLAlchemy, SQLModel, pydantic, pandas and the models for
every command – about a CPU second, and the CLI tests run a few hundred commands. The forked
child is still a process of its own running `jeugdloket.__main__.main()` with its argv, its
environment, its current folder, stdin/stdout/stderr of its own (files, no terminal: a new
session, as a scheduled job) and a real exit status; what it changes (the language, a derived
key, caches) dies with it. What only a fresh interpreter shows – lazy imports, the start-up
time, the exit without teardown – is tested with real interpreters in test_cli_einde.py,
test_cli.py (JEUGDLOKET_DB), test_cli_beveiliging.py (a passphrase typed on a terminal),
test_taal.py (--lang), test_snelstart.py, test_systeemcheck.py and test_bundle.py.

The server holds no database, thread or open file when it forks. One server per test process;
commands run one at a time through it (a second one at the same moment, from another thread,
gets a fresh interpreter instead).

Protocol, one JSON line per request on the server's stdin: {argv, env, cwd, in, out, err} →
the server answers "PID p" and, once the child ended, "STATUS s" (os.waitpid's status)."""

import atexit
import contextlib
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

_server: subprocess.Popen | None = None
_slot = threading.Lock()


def _start_server() -> subprocess.Popen:
    global _server
    if _server is None or _server.poll() is not None:
        _server = subprocess.Popen(
            [sys.executable, __file__, "--server"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            bufsize=1,
        )
        _gelezen.clear()
        atexit.register(_stop_server, _server)
        assert _lees(_server, 120) == "KLAAR"
    return _server


def _stop_server(server: subprocess.Popen) -> None:
    if server.poll() is None:
        server.stdin.close()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


_gelezen = bytearray()  # what came from the server after the last whole line


def _lees(server: subprocess.Popen, timeout: float) -> str:
    """One line from the server within `timeout` seconds ('' when it stopped). Read from the
    pipe itself: a buffered readline could take "PID" and "STATUS" together, and select would
    then wait for a line that is already here."""
    fd = server.stdout.fileno()
    while b"\n" not in _gelezen:
        klaar, _, _ = select.select([fd], [], [], timeout)
        if not klaar:
            raise TimeoutError
        stuk = os.read(fd, 4096)
        if not stuk:
            return ""
        _gelezen.extend(stuk)
    regel, _, rest = bytes(_gelezen).partition(b"\n")
    _gelezen[:] = rest
    return regel.decode()


class Proces:
    """`jeugdloket ARGS` forked from the server, started and not yet waited for: like
    subprocess.Popen, with `pid`, `poll()`, `wait(timeout)`, `send_signal(sig)` and
    `returncode`; `stdout` and `stderr` (text) once it ended. Only one at a time runs through
    the server: `start` gives a fresh interpreter while another one runs."""

    def __init__(self, args, env, invoer: str | None, cwd: str):
        self.args = ["jeugdloket", *args]
        self.returncode: int | None = None
        self.stdout = self.stderr = None
        self._map = Path(tempfile.mkdtemp(prefix="clivork-"))
        invoerpad = None
        if invoer is not None:
            invoerpad = self._map / "in"
            invoerpad.write_text(invoer, encoding="utf-8")
        verzoek = {
            "argv": list(args),
            "env": env,
            "cwd": cwd,
            "in": str(invoerpad) if invoerpad else None,
            "out": str(self._map / "out"),
            "err": str(self._map / "err"),
        }
        self._server = _start_server()
        self._server.stdin.write(json.dumps(verzoek) + "\n")
        self._server.stdin.flush()
        regel = _lees(self._server, 60)
        assert regel.startswith("PID "), f"de cli-server antwoordde {regel!r}"
        self.pid = int(regel.split()[1])

    def _klaar(self, timeout: float) -> bool:
        if self.returncode is None:
            try:
                regel = _lees(self._server, timeout)
            except TimeoutError:
                return False
            assert regel.startswith("STATUS "), f"de cli-server antwoordde {regel!r}"
            self.returncode = os.waitstatus_to_exitcode(int(regel.split()[1]))
            self.stdout = (self._map / "out").read_text(encoding="utf-8", errors="replace")
            self.stderr = (self._map / "err").read_text(encoding="utf-8", errors="replace")
            shutil.rmtree(self._map, ignore_errors=True)
            _slot.release()
        return True

    def poll(self) -> int | None:
        self._klaar(0)
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        if not self._klaar(1e9 if timeout is None else timeout):
            raise subprocess.TimeoutExpired(self.args, timeout)
        return self.returncode

    def send_signal(self, sig: int) -> None:
        if self.returncode is None:
            os.kill(self.pid, sig)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)


def start(args, *, env=None, input: str | None = None, cwd=None):
    """`jeugdloket ARGS` started: a Proces (or a subprocess.Popen with its output in pipes,
    when another command runs through the server at this moment)."""
    args = [str(a) for a in args]
    env = dict(os.environ if env is None else env)
    cwd = str(cwd or os.getcwd())
    if not _slot.acquire(blocking=False):
        return subprocess.Popen(
            [sys.executable, "-m", "jeugdloket", *args],
            stdin=subprocess.PIPE if input is not None else subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=cwd,
        )
    try:
        return Proces(args, env, input, cwd)
    except BaseException:
        _slot.release()
        raise


def jeugdloket(
    args, *, env=None, input: str | None = None, timeout: float = 180, cwd=None
) -> subprocess.CompletedProcess:
    """`jeugdloket ARGS` run to its end with `env` (default: this process's environment) and
    `input` on stdin (default: nothing, as from /dev/null); stdout and stderr as text."""
    proces = start(args, env=env, input=input, cwd=cwd)
    if isinstance(proces, subprocess.Popen):
        try:
            uit, fout = proces.communicate(input, timeout=timeout)
        except subprocess.TimeoutExpired:
            proces.kill()
            proces.communicate()
            raise
        return subprocess.CompletedProcess(proces.args, proces.returncode, uit, fout)
    try:
        proces.wait(timeout)
    except subprocess.TimeoutExpired:
        proces.kill()
        proces.wait()
        raise
    return subprocess.CompletedProcess(proces.args, proces.returncode, proces.stdout, proces.stderr)


# ------------------------------------------------------------------------------ the server


def _kind(verzoek: dict) -> None:
    """In the forked child: become the command's process, run it, never return."""
    code = 1
    try:
        os.setsid()  # no controlling terminal: a password is never asked on a tty
        os.chdir(verzoek["cwd"])
        os.environ.clear()
        os.environ.update(verzoek["env"])
        invoer = os.open(verzoek["in"] or os.devnull, os.O_RDONLY)
        uit = os.open(verzoek["out"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        fout = os.open(verzoek["err"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        for fd, doel in ((invoer, 0), (uit, 1), (fout, 2)):
            os.dup2(fd, doel)
            os.close(fd)
        # New text streams on the new descriptors (the server's had its own buffers).
        sys.stdin = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115
        sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
        sys.stderr = open(2, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
        import jeugdloket.__main__ as hoofd

        sys.argv = [hoofd.__file__, *verzoek["argv"]]
        try:
            hoofd.main()
            code = 0
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
            if not isinstance(e.code, int | None):
                print(e.code, file=sys.stderr)
    except BaseException:  # noqa: BLE001 - shown as the interpreter would, then exit 1
        import traceback

        traceback.print_exc()
        code = 1
    finally:
        for stroom in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):  # nothing left to report it on
                stroom.flush()
        os._exit(code)


def _server_main() -> None:
    # `-m jeugdloket` puts the current folder first on the path, not this file's folder.
    sys.path[0] = os.getcwd()
    # What the commands import lazily, imported once here: the children find it loaded.
    import importlib
    import pkgutil

    import jeugdloket
    import jeugdloket.__main__  # noqa: F401

    for pakket in ("jeugdloket.cli", "jeugdloket.services", "jeugdloket.rapporten"):
        for module in pkgutil.iter_modules(importlib.import_module(pakket).__path__):
            importlib.import_module(f"{pakket}.{module.name}")
    for naam in ("psycopg", "sqlcipher3.dbapi2", "openpyxl", "pandas", "reportlab.platypus"):
        importlib.import_module(naam)
    from sqlalchemy.orm import configure_mappers

    configure_mappers()  # as every command's first query would
    assert threading.active_count() == 1, "the server must not fork with threads running"

    antwoord = sys.stdout
    print("KLAAR", file=antwoord, flush=True)
    for regel in sys.stdin:
        verzoek = json.loads(regel)
        antwoord.flush()
        pid = os.fork()
        if pid == 0:
            _kind(verzoek)
        print(f"PID {pid}", file=antwoord, flush=True)
        _, status = os.waitpid(pid, 0)
        print(f"STATUS {status}", file=antwoord, flush=True)


if __name__ == "__main__" and sys.argv[1:] == ["--server"]:
    _server_main()
