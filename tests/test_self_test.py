"""`pintu --self-test` passes from source (CI also runs it on the built app)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_self_test_passes() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    completed = subprocess.run([sys.executable, "-m", "desktop_app", "--self-test"], capture_output=True,
                               text=True, env=env, timeout=300, check=False)
    lines = [json.loads(line) for line in completed.stdout.splitlines() if line.startswith("{")]
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert lines[-1]["self_test"] == "passed"
    assert [entry["step"] for entry in lines[:-1]] == [
        "create workspace", "register", "print card", "decode QR", "check in", "export and import",
        "encrypted at rest", "open window"]
