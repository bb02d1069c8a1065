"""Schema as numbered migrations; a copy of the file is kept before any migration touches it."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from desktop_app.core.errors import PintuError
from desktop_app.storage import connection, keyfile
from desktop_app.storage.driver import sqlite3

MIGRATION_SET = "pintu"
migrations = sqlite_utils.Migrations(MIGRATION_SET)


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    _run_script(
        db,
        """
        CREATE TABLE workspace (
            id TEXT PRIMARY KEY,
            name TEXT,
            office_name TEXT,
            created_at TEXT,
            _created_hlc INTEGER, _created_device TEXT, deleted_at TEXT
        );
        -- This laptop's identity and private key: never exported, never synced.
        CREATE TABLE local_device (
            singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
            device_id TEXT NOT NULL,
            private_key BLOB NOT NULL,
            last_seq INTEGER NOT NULL DEFAULT 0,
            last_hlc INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE devices (
            id TEXT PRIMARY KEY,
            name TEXT,
            officer TEXT,
            public_key TEXT,
            key_id TEXT,
            created_at TEXT,
            revoked_at TEXT,
            _created_hlc INTEGER, _created_device TEXT, deleted_at TEXT
        );
        CREATE TABLE programs (
            id TEXT PRIMARY KEY,          -- the program code, e.g. olahan_makanan
            name TEXT,
            quota INTEGER,
            sort_order INTEGER,
            _created_hlc INTEGER, _created_device TEXT, deleted_at TEXT
        );
        CREATE TABLE participants (
            id TEXT PRIMARY KEY,
            nik TEXT, kk_number TEXT, full_name TEXT, birth_place TEXT, birth_date TEXT, gender TEXT,
            address TEXT, rt TEXT, rw TEXT, kelurahan_code TEXT, phone TEXT, education TEXT,
            category TEXT, former_employer TEXT, phk_date TEXT, program_code TEXT,
            consent INTEGER, consent_at TEXT, photo TEXT, notes TEXT,
            short_code TEXT, registered_by TEXT, registered_at TEXT, device_id TEXT,
            status TEXT, card_generation INTEGER, withdrawn_at TEXT, withdraw_reason TEXT,
            duplicate_of TEXT, deleted_at TEXT,
            name_norm TEXT,               -- derived: for the same-name-and-birth-date warning
            search_code TEXT,             -- derived: short code without dashes, for search
            _created_hlc INTEGER, _created_device TEXT, _updated_hlc INTEGER
        );
        CREATE INDEX participants_nik ON participants (nik, deleted_at, withdrawn_at);
        CREATE INDEX participants_name_birth ON participants (name_norm, birth_date);
        CREATE INDEX participants_short_code ON participants (short_code);
        CREATE INDEX participants_registered_at ON participants (registered_at);
        CREATE INDEX participants_full_name ON participants (full_name COLLATE NOCASE);
        CREATE INDEX participants_program ON participants (program_code);
        CREATE INDEX participants_state ON participants (withdrawn_at, deleted_at);

        -- Append-only change log. seq is gap-free per device; (hlc, device_id) orders changes.
        CREATE TABLE events (
            event_id TEXT PRIMARY KEY,
            device_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            hlc INTEGER NOT NULL,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            op TEXT NOT NULL,
            fields TEXT NOT NULL,
            base TEXT NOT NULL DEFAULT '{}',
            actor TEXT NOT NULL DEFAULT '',
            UNIQUE (device_id, seq)
        ) WITHOUT ROWID;
        CREATE INDEX events_entity ON events (entity, entity_id, hlc);
        CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
            BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
        CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
            BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;

        -- Version of each field changed after its record was created (the rest carry the create's).
        CREATE TABLE field_versions (
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            field TEXT NOT NULL,
            hlc INTEGER NOT NULL,
            device_id TEXT NOT NULL,
            PRIMARY KEY (entity, entity_id, field)
        ) WITHOUT ROWID;

        -- Full-text index of active participants only (withdrawn and deleted ones leave it), so a
        -- search's count is read from the index alone.
        CREATE VIRTUAL TABLE participants_fts USING fts5 (
            full_name, nik, search_code, address,
            content = 'participants', content_rowid = 'rowid',
            tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
        );
        CREATE TRIGGER participants_fts_ai AFTER INSERT ON participants
            WHEN new.withdrawn_at IS NULL AND new.deleted_at IS NULL BEGIN
            INSERT INTO participants_fts (rowid, full_name, nik, search_code, address)
            VALUES (new.rowid, new.full_name, new.nik, new.search_code, new.address);
        END;
        CREATE TRIGGER participants_fts_ad AFTER DELETE ON participants
            WHEN old.withdrawn_at IS NULL AND old.deleted_at IS NULL BEGIN
            INSERT INTO participants_fts (participants_fts, rowid, full_name, nik, search_code, address)
            VALUES ('delete', old.rowid, old.full_name, old.nik, old.search_code, old.address);
        END;
        CREATE TRIGGER participants_fts_au
            AFTER UPDATE OF full_name, nik, search_code, address, withdrawn_at, deleted_at ON participants BEGIN
            INSERT INTO participants_fts (participants_fts, rowid, full_name, nik, search_code, address)
                SELECT 'delete', old.rowid, old.full_name, old.nik, old.search_code, old.address
                WHERE old.withdrawn_at IS NULL AND old.deleted_at IS NULL;
            INSERT INTO participants_fts (rowid, full_name, nik, search_code, address)
                SELECT new.rowid, new.full_name, new.nik, new.search_code, new.address
                WHERE new.withdrawn_at IS NULL AND new.deleted_at IS NULL;
        END;
        """,
    )


@migrations()
def m002_drafts_and_photos(db: sqlite_utils.Database) -> None:
    _run_script(
        db,
        """
        -- Unsaved forms on this laptop (never synced): a crash or a closed window loses no typing.
        CREATE TABLE local_drafts (
            key TEXT PRIMARY KEY,
            data TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        -- Participant photos, addressed by the SHA-256 of their bytes: the same photo is stored once
        -- and travels with sync under the same name on every laptop.
        CREATE TABLE photos (
            id TEXT PRIMARY KEY,
            data BLOB NOT NULL,
            mime TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        """,
    )


@migrations()
def m003_card_prints(db: sqlite_utils.Database) -> None:
    _run_script(
        db,
        """
        -- One row per printing of cards (who, when, which cards, which layout): the printing log.
        CREATE TABLE card_prints (
            id TEXT PRIMARY KEY,
            printed_at TEXT,
            printed_by TEXT,
            device_id TEXT,
            layout TEXT,
            participant_ids TEXT,          -- JSON list
            card_count INTEGER,
            _created_hlc INTEGER, _created_device TEXT, deleted_at TEXT
        );
        CREATE INDEX devices_key_id ON devices (key_id);
        CREATE INDEX participants_card_generation ON participants (card_generation);
        """,
    )


@migrations()
def m004_classes_sessions_attendance(db: sqlite_utils.Database) -> None:
    _run_script(
        db,
        """
        CREATE TABLE classes (
            id TEXT PRIMARY KEY,
            program_code TEXT,
            name TEXT,
            place TEXT,
            trainer TEXT,
            start_date TEXT,
            end_date TEXT,
            start_time TEXT,
            end_time TEXT,
            capacity INTEGER,
            threshold INTEGER,            -- percent of sessions for a certificate
            _created_hlc INTEGER, _created_device TEXT, deleted_at TEXT
        );
        CREATE TABLE sessions (
            id TEXT PRIMARY KEY,
            class_id TEXT,
            date TEXT,
            start_time TEXT,
            end_time TEXT,
            note TEXT,
            _created_hlc INTEGER, _created_device TEXT, deleted_at TEXT
        );
        CREATE INDEX sessions_class ON sessions (class_id, date);
        CREATE INDEX sessions_date ON sessions (date);
        ALTER TABLE participants ADD COLUMN class_id TEXT;
        CREATE INDEX participants_class ON participants (class_id);
        -- One row per scan, rejected ones too; only ever added (an undo is a field set by an event).
        CREATE TABLE attendance (
            id TEXT PRIMARY KEY,
            session_id TEXT,
            short_code TEXT,              -- the person, even before their record reaches this laptop
            card_generation INTEGER,
            verdict TEXT,
            method TEXT,                  -- usb, camera, manual, paper
            scanned_at TEXT,
            device_id TEXT,
            undone_at TEXT,
            _created_hlc INTEGER, _created_device TEXT, deleted_at TEXT
        ) WITHOUT ROWID;
        CREATE INDEX attendance_session_code ON attendance (session_id, short_code, verdict);
        """,
    )


@migrations()
def m005_sync(db: sqlite_utils.Database) -> None:
    _run_script(
        db,
        """
        -- The version the writer of a field's current value had seen: tells a concurrent edit apart.
        ALTER TABLE field_versions ADD COLUMN base_hlc INTEGER;
        ALTER TABLE field_versions ADD COLUMN base_device TEXT;
        ALTER TABLE workspace ADD COLUMN kdf TEXT;          -- JSON: scrypt salt and cost for the passphrase
        ALTER TABLE workspace ADD COLUMN key_check TEXT;    -- tells a wrong passphrase at once
        ALTER TABLE local_device ADD COLUMN exported_seq INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE participants ADD COLUMN merged_into TEXT;
        -- Two laptops changed the same field without seeing each other's change: the later one won,
        -- and the pair is listed here for a coordinator. The id is the same on every laptop.
        CREATE TABLE conflicts (
            id TEXT PRIMARY KEY,
            entity TEXT, entity_id TEXT, field TEXT,
            kept_value TEXT, kept_hlc INTEGER, kept_device TEXT,
            other_value TEXT, other_hlc INTEGER, other_device TEXT,
            detected_at TEXT,
            resolved_at TEXT, resolution TEXT, resolved_by TEXT,
            _created_hlc INTEGER, _created_device TEXT, deleted_at TEXT
        );
        CREATE INDEX conflicts_open ON conflicts (resolved_at, entity);
        -- Possibly the same person registered twice (same NIK on two laptops); decided by a coordinator.
        CREATE TABLE duplicate_pairs (
            id TEXT PRIMARY KEY,
            participant_a TEXT, participant_b TEXT, reason TEXT,
            status TEXT,                  -- open, merged, different
            kept_id TEXT, decided_at TEXT, decided_by TEXT,
            _created_hlc INTEGER, _created_device TEXT, deleted_at TEXT
        );
        -- When each other laptop's data last arrived here (local bookkeeping, not synced).
        CREATE TABLE sync_peers (
            device_id TEXT PRIMARY KEY,
            last_import_at TEXT,
            last_source TEXT
        );
        """,
    )


@migrations()
def m006_phk_verification(db: sqlite_utils.Database) -> None:
    _run_script(db, "ALTER TABLE participants ADD COLUMN phk_verified_at TEXT;")


@migrations()
def m007_filter_indexes(db: sqlite_utils.Database) -> None:
    _run_script(
        db,
        """
        CREATE INDEX participants_officer ON participants (registered_by);
        CREATE INDEX participants_kelurahan ON participants (kelurahan_code);
        """,
    )


@migrations()
def m008_audit_log(db: sqlite_utils.Database) -> None:
    _run_script(
        db,
        """
        -- Every export and every printing of reports and certificates: who, when, what, how many rows,
        -- NIK/KK masked or not. Written as events, so the coordinator sees what every laptop let out.
        -- (Card printings keep their own log, card_prints, shown beside these.)
        CREATE TABLE audit_log (
            id TEXT PRIMARY KEY,
            at TEXT,
            actor TEXT,                   -- the officer of the laptop
            device_id TEXT,
            action TEXT,                  -- export, print
            report TEXT,                  -- participants, attendance, summary, certificates, ...
            format TEXT,                  -- xlsx, csv, pdf
            row_count INTEGER,
            masked INTEGER,               -- 1 NIK/KK masked, 0 in full, NULL: the file holds none
            file_name TEXT,               -- the name only, never the folder
            filters TEXT,                 -- JSON: training, class, dates
            _created_hlc INTEGER, _created_device TEXT, deleted_at TEXT
        );
        CREATE INDEX audit_log_at ON audit_log (at);
        """,
    )


@migrations()
def m009_local_people(db: sqlite_utils.Database) -> None:
    _run_script(
        db,
        """
        -- The people who use this laptop, each with a role and a PIN (a salted scrypt hash, never the PIN).
        -- Local only, like local_device: never an event, never in a bundle. Removing someone keeps the row
        -- (removed_at), so their name stays attached to what they did.
        CREATE TABLE local_people (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('coordinator', 'officer', 'trainer')),
            pin_hash BLOB NOT NULL,
            pin_salt BLOB NOT NULL,
            pin_params TEXT NOT NULL,     -- scrypt cost the hash was made with, e.g. scrypt:8192:8:1
            failures INTEGER NOT NULL DEFAULT 0,   -- wrong PINs in a row
            not_before REAL,              -- Unix time before which no PIN is checked (after failures)
            created_at TEXT NOT NULL,
            last_sign_in_at TEXT,
            removed_at TEXT
        );
        """,
    )


@migrations()
def m010_program_counts_index(db: sqlite_utils.Database) -> None:
    _run_script(
        db,
        """
        -- How many active people chose each training and how many were accepted (the registration form's
        -- list of trainings, quotas): read from this index alone, without visiting 100,000 rows.
        CREATE INDEX participants_program_state ON participants (program_code, withdrawn_at, deleted_at, status);
        """,
    )


def _run_script(db: sqlite_utils.Database, script: str) -> None:
    """Run statements one by one: `executescript` would COMMIT the migration's transaction early."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        db.execute(statement)


def known_migrations() -> list[str]:
    return [m.name for m in migrations._migrations]


def check_not_newer(db: sqlite_utils.Database) -> None:
    """Refuse a database written by a newer Pintu: its schema has steps this version does not know."""
    applied = {m.name for m in migrations.applied(db)}
    unknown = applied - set(known_migrations())
    if unknown:
        raise PintuError("workspace.too_new", unknown_migrations=sorted(unknown))


def backup_copy(db: sqlite_utils.Database, path: Path, reason: str, key: bytes | None) -> Path:
    """Copy the whole database (SQLite backup API, consistent even in WAL mode) next to it.

    The copy is encrypted with the same key and gets a copy of the key file, so it opens like the original.
    """
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    target = path.with_name(f"{path.stem}.backup-{reason}-{stamp}{path.suffix or '.sqlite'}")
    dest = sqlite3.connect(str(target))
    try:
        if key is not None:
            connection.apply_key(dest, key)
        db.conn.backup(dest)
    finally:
        dest.close()
    if key is not None:
        keyfile.copy_keys(path, target)
    return target


def migrate(db: sqlite_utils.Database, path: Path | None, key: bytes | None = None) -> Path | None:
    """Bring the schema up to date; returns the backup made first, if the file held anything."""
    check_not_newer(db)
    pending = migrations.pending(db)
    if not pending:
        return None
    backup = None
    if path is not None and db.table_names():
        backup = backup_copy(db, path, f"before-{pending[0].name}", key)
    migrations.apply(db)
    return backup
