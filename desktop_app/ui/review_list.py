"""The frame the coordinator's review pages share (conflicts, duplicates): a heading, a help text, an
error and an "all done" box, and a scrolling column of cards, one per item to decide."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop_app.ui.style import set_role


class ReviewList(QWidget):
    def __init__(self, parent: QWidget | None, *, error_name: str, empty_name: str) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        set_role(self.heading, "heading")
        self.help_text = QLabel(self)
        self.help_text.setWordWrap(True)
        set_role(self.help_text, "muted")
        self.error_label = QLabel(self)
        self.error_label.setObjectName(error_name)
        self.error_label.setWordWrap(True)
        set_role(self.error_label, "error-box")
        self.error_label.hide()
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName(empty_name)
        self.empty_label.setWordWrap(True)
        set_role(self.empty_label, "success-box")

        self.list_widget = QWidget(self)
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setContentsMargins(0, 0, 6, 0)
        self.list_layout.setSpacing(10)
        self.list_layout.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.list_widget)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.help_text)
        layout.addWidget(self.error_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.scroll, 1)
