"""The project's own rules, checked with every test run: lint, types on the lower layers, import layers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TYPED_LAYERS = [p for p in ("desktop_app/core", "desktop_app/storage", "desktop_app/sync") if (ROOT / p).exists()]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, check=False)


def test_ruff_clean() -> None:
    result = _run("ruff", "check", "desktop_app", "tests")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_clean_on_core_storage_sync() -> None:
    result = _run("mypy", *TYPED_LAYERS)
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_layers() -> None:
    """Core imports no Qt and no storage; only ui/ and app.py import PySide6."""
    pytest.importorskip("importlinter")
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command; "
         "sys.exit(lint_imports_command())"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" in result.stdout and "0 broken" in result.stdout
