"""The only package that speaks SQL: connection, migrations, event log and queries."""
