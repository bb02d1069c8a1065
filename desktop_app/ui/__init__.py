"""PySide6 front-end: windows, pages, dialogs and table models. The only package that imports Qt."""
