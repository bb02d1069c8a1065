"""Statistics and exports: what the coordinator reports to the head of office and the manpower office.

- `statistics`: the dashboard's numbers (`summary`), shared by the dashboard, the summary sheet and the
  PDF recap so all three agree; `attendance_grid`: a class's members x sessions.
- `participant_rows`: the participants list as exported (Indonesian headers, typed values);
  `masking`: NIK and KK shown as `3573********0001` unless asked for in full.
- `xlsx_writer` (a small streaming XLSX writer), `xlsx_export`, `csv_export` (UTF-8 with BOM, for Excel).
- `exports`: `export_report` (the right writer, the file written whole or not at all, an audit entry);
  `certificates`: who earns a certificate, signing and checking certificate codes.
- `labels`: Indonesian words for codes, dates and numbers in files; `progress`: the progress/cancel callback.

No Qt here, and no SQL: the queries live in `storage.report_queries`. PDFs are drawn in `printing`.
"""
