"""Child processes the benchmarks and test helpers start: stopping them without leaving any behind."""

from __future__ import annotations

import subprocess

__all__ = ["reap"]


def reap(proc: subprocess.Popen[str], *, timeout: float) -> None:
    """Wait for a child that was asked to stop (kill it after ``timeout``), then close its stdout."""
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    if proc.stdout is not None:
        proc.stdout.close()
