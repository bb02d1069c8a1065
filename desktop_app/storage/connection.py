"""The one place that opens SQLite: every connection gets the same durability pragmas."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from desktop_app.storage.driver import sqlite3

BUSY_TIMEOUT_MS = 10_000


def apply_key(conn: sqlite3.Connection, key: bytes) -> None:
    """Give SQLCipher the raw 32-byte database key (no key derivation of its own: the key slots did it)."""
    if len(key) != 32:
        raise ValueError("a database key is 32 bytes")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")


def connect(path: Path | str, key: bytes | None) -> sqlite_utils.Database:
    """Open (or create) an encrypted database file with WAL, full sync, foreign keys and a busy timeout.

    `key` is the workspace's database key; None opens a plain file (only tests that prove a file is
    not plain use it). The connection is in autocommit mode; writes happen inside `transaction()` so
    that a crash leaves either all of a change or none of it. A wrong key fails at the first read
    (`sqlite3.DatabaseError: file is not a database`).
    """
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    if key is not None:
        apply_key(conn, key)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA cache_size = -32000")  # 32 MB: the 100k-row table and its indexes stay hot
    return sqlite_utils.Database(conn)


def memory() -> sqlite_utils.Database:
    """An in-memory database with the same pragmas, for tests."""
    conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    return sqlite_utils.Database(conn)


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """A write transaction; nested calls become savepoints.

    The outermost one takes the write lock at BEGIN (IMMEDIATE), so two writers queue on the busy
    timeout instead of failing half-way when a read lock cannot be upgraded.
    """
    conn = db.conn
    if conn.in_transaction:
        conn.execute("SAVEPOINT pintu_nested")
        try:
            yield db
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK TO pintu_nested")
                conn.execute("RELEASE pintu_nested")
            raise
        else:
            conn.execute("RELEASE pintu_nested")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")


def integrity_ok(db: sqlite_utils.Database) -> bool:
    return db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
