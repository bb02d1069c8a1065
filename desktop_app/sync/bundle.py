"""The `.pintu` file: magic, a plain JSON manifest, a checksum, and an AES-256-GCM payload.

    PINTU-BUNDLE\\n | manifest length (4 bytes) | manifest JSON | SHA-256 of payload | encrypted payload

The payload is compressed JSON. The manifest (format, workspace, origin device, sequence ranges,
counts, key-derivation salt, nonce, sizes) is readable without the passphrase, for previews and
clear refusals, and is authenticated as the cipher's associated data: changing any byte of the file
makes decryption fail. The checksum tells a truncated or damaged copy (a pulled USB stick) apart from
a wrong passphrase before any decryption.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop_app.core.errors import PintuError
from desktop_app.sync.crypto import decrypt

MAGIC = b"PINTU-BUNDLE\n"
FORMAT_VERSION = 1
MAX_MANIFEST_BYTES = 1_000_000
MAX_EXPANDED_BYTES = 4_000_000_000  # far above a real 100k-person workspace (a few hundred MB)
MAX_RATIO = 100  # event JSON compresses about 5-10x; a decompression bomb compresses 1000x


@dataclass(frozen=True)
class BundleHeader:
    """What can be read without the passphrase."""

    manifest: dict[str, Any]
    manifest_bytes: bytes
    checksum: bytes
    payload_offset: int
    path: Path


def write_bundle(path: Path, manifest: dict[str, Any], payload: dict[str, Any], key: bytes) -> int:
    """Write under a temporary name in the same folder, sync it to disk, then rename.

    A bundle that exists under its real name is therefore always complete.
    """
    raw = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    compressed = zlib.compress(raw, 1)
    nonce = os.urandom(12)
    full = {**manifest, "format": FORMAT_VERSION, "nonce": nonce.hex(), "payload_size": len(compressed) + 16,
            "uncompressed_size": len(raw)}
    manifest_bytes = json.dumps(full, sort_keys=True, ensure_ascii=False).encode("utf-8")
    ciphertext = AESGCM(key).encrypt(nonce, compressed, manifest_bytes)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        with tmp.open("wb") as handle:
            handle.write(MAGIC)
            handle.write(struct.pack(">I", len(manifest_bytes)))
            handle.write(manifest_bytes)
            handle.write(hashlib.sha256(ciphertext).digest())
            handle.write(ciphertext)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path.stat().st_size


def read_header(path: Path) -> BundleHeader:
    """The manifest and checksum, or a clear error code; never reads the whole payload."""
    try:
        with path.open("rb") as handle:
            magic = handle.read(len(MAGIC))
            if magic != MAGIC:
                raise PintuError("bundle.not_a_bundle", path=str(path))
            length_bytes = handle.read(4)
            if len(length_bytes) < 4:
                raise PintuError("bundle.truncated", path=str(path))
            (length,) = struct.unpack(">I", length_bytes)
            if length > MAX_MANIFEST_BYTES:
                raise PintuError("bundle.corrupt", path=str(path))
            manifest_bytes = handle.read(length)
            checksum = handle.read(32)
            if len(manifest_bytes) < length or len(checksum) < 32:
                raise PintuError("bundle.truncated", path=str(path))
    except FileNotFoundError as exc:
        raise PintuError("file.not_found", path=str(path)) from exc
    except IsADirectoryError as exc:
        raise PintuError("bundle.not_a_bundle", path=str(path)) from exc
    except OSError as exc:
        raise PintuError("file.unreadable", path=str(path)) from exc
    try:
        manifest = json.loads(manifest_bytes)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise PintuError("bundle.corrupt", path=str(path)) from exc
    if not isinstance(manifest, dict) or not isinstance(manifest.get("format"), int):
        raise PintuError("bundle.corrupt", path=str(path))
    if manifest["format"] > FORMAT_VERSION:
        raise PintuError("bundle.too_new", path=str(path), format=manifest["format"])
    return BundleHeader(manifest, manifest_bytes, checksum, len(MAGIC) + 4 + length + 32, path)


def read_payload(header: BundleHeader, key: bytes) -> dict[str, Any]:
    """Check size and checksum, decrypt (the GCM tag proves integrity), decompress with a bound."""
    manifest = header.manifest
    try:
        expected = int(manifest["payload_size"])
        expanded = int(manifest["uncompressed_size"])
        nonce = bytes.fromhex(str(manifest["nonce"]))
    except (KeyError, ValueError, TypeError) as exc:
        raise PintuError("bundle.corrupt", path=str(header.path)) from exc
    if expanded > MAX_EXPANDED_BYTES or expanded > MAX_RATIO * max(expected, 1) + 1_000_000:
        raise PintuError("bundle.too_large", path=str(header.path))
    try:
        with header.path.open("rb") as handle:
            handle.seek(header.payload_offset)
            ciphertext = handle.read(expected + 1)
    except OSError as exc:
        raise PintuError("file.unreadable", path=str(header.path)) from exc
    if len(ciphertext) != expected:
        raise PintuError("bundle.truncated" if len(ciphertext) < expected else "bundle.corrupt",
                         path=str(header.path))
    if hashlib.sha256(ciphertext).digest() != header.checksum:
        raise PintuError("bundle.damaged", path=str(header.path))
    compressed = decrypt(key, nonce, ciphertext, header.manifest_bytes)
    decompressor = zlib.decompressobj()
    try:
        raw = decompressor.decompress(compressed, expanded + 1)
    except zlib.error as exc:
        raise PintuError("bundle.corrupt", path=str(header.path)) from exc
    if len(raw) != expanded or decompressor.unconsumed_tail:
        raise PintuError("bundle.corrupt", path=str(header.path))
    try:
        payload = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise PintuError("bundle.corrupt", path=str(header.path)) from exc
    if not isinstance(payload, dict):
        raise PintuError("bundle.corrupt", path=str(header.path))
    return payload
