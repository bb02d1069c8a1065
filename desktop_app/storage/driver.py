"""The SQLite driver: SQLCipher, so that a workspace file is encrypted page by page on disk.

`sqlcipher3` is the standard `sqlite3` module built against SQLCipher (same API, its own exception
classes). Every module that names SQLite errors imports `sqlite3` from here, so that `except
sqlite3.Error` catches what the driver raises. sqlite-utils catches the errors of the driver it
imported itself; pointing it at this one keeps its fallbacks (savepoints, `ignore=True`) working.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlite_utils.db
import sqlite_utils.utils

if TYPE_CHECKING:  # the same API as the standard module, whose types sqlite-utils uses too
    import sqlite3
else:
    from sqlcipher3 import dbapi2 as sqlite3

# This driver looks for an adapter for every parameter that is not an int, float, str or bytes, and a
# failed lookup raises and clears an exception inside: binding a None (most optional fields) cost ~1 µs,
# five times the rest of an insert. An identity adapter for None makes the lookup succeed at once.
sqlite3.register_adapter(type(None), lambda value: value)

sqlite_utils.db.sqlite3 = sqlite3
sqlite_utils.utils.sqlite3 = sqlite3
sqlite_utils.db.OperationalError = sqlite3.OperationalError

__all__ = ["sqlite3"]
