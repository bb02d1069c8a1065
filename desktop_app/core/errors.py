"""Typed errors carrying codes. Front-ends turn codes into words; the core never writes sentences."""

from __future__ import annotations

from typing import Any


class PintuError(Exception):
    """An error a user can cause or meet; `code` is stable, `details` feed the message."""

    def __init__(self, code: str, **details: Any) -> None:
        super().__init__(code)
        self.code = code
        self.details = details

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, **self.details}


class ValidationFailed(PintuError):
    """A record broke one or more rules; `errors` lists every code, not just the first."""

    def __init__(self, errors: list[str], **details: Any) -> None:
        super().__init__("validation.failed", errors=errors, **details)
        self.errors = errors


class DuplicateNik(PintuError):
    """The NIK is already registered on this laptop; `existing_id` lets the user open that record."""

    def __init__(self, existing_id: str, existing_short_code: str, existing_name: str) -> None:
        super().__init__(
            "nik.duplicate",
            existing_id=existing_id,
            existing_short_code=existing_short_code,
            existing_name=existing_name,
        )
        self.existing_id = existing_id


class NotFound(PintuError):
    def __init__(self, what: str, key: str) -> None:
        super().__init__(f"{what}.not_found", key=key)
