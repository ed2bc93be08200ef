"""The processes a bench run drives: the loopback server and the measuring workers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent


ROOT = BENCH.parent


class Server:
    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(BENCH / "server.py")],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.url = f"http://127.0.0.1:{json.loads(self._line())['port']}"

    def _line(self) -> str:
        line = self.proc.stdout.readline()  # type: ignore[union-attr]
        if not line:
            raise RuntimeError("the benchmark server stopped")
        return line

    def stats(self) -> dict[str, Any]:
        self.proc.stdin.write("stats\n")  # type: ignore[union-attr]
        self.proc.stdin.flush()  # type: ignore[union-attr]
        stats: dict[str, Any] = json.loads(self._line())
        return stats

    def close(self) -> None:
        try:
            self.proc.stdin.write("quit\n")  # type: ignore[union-attr]
            self.proc.stdin.flush()  # type: ignore[union-attr]
            self.proc.wait(10)
        except (OSError, subprocess.TimeoutExpired):
            self.proc.kill()


class Worker:
    def __init__(self, python: str, suite: str, url: str) -> None:
        env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="")
        self.suite = suite
        self.proc = subprocess.Popen(
            [python, str(BENCH / "worker.py"), suite, url],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            cwd=str(ROOT),
        )
        hello = self._read()
        self.versions = hello["versions"]

    def _read(self) -> dict[str, Any]:
        line = self.proc.stdout.readline()  # type: ignore[union-attr]
        if not line:
            raise RuntimeError(f"the {self.suite} worker stopped (see its stderr above)")
        message: dict[str, Any] = json.loads(line)
        return message

    def ask(self, cmd: str, **args: Any) -> Any:
        self.proc.stdin.write(json.dumps({"cmd": cmd, **args}) + "\n")  # type: ignore[union-attr]
        self.proc.stdin.flush()  # type: ignore[union-attr]
        answer = self._read()
        if "error" in answer:
            raise RuntimeError(f"{self.suite} {cmd} {args}: {answer['error']}\n{answer['trace']}")
        return answer["ok"]

    def close(self) -> None:
        self.proc.stdin.close()  # type: ignore[union-attr]
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def log(*parts: Any) -> None:
    print(*parts, file=sys.stderr, flush=True)
