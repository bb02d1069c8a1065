"""Domain rules in plain Python: no Qt, no SQL, so they are testable without a display or a database."""
