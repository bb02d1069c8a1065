"""Pintu: offline registration, QR cards and attendance for vocational trainings."""

__version__ = "0.1.0"
