"""The look of Pintu: one application stylesheet, a few colours, and the icons in `resources/icons/`.

Pages ask for a look by role rather than by colour, so the whole app stays consistent:

- `make_primary(button)`: the one main action of a page or dialog (Simpan, Buat ruang kerja), in the accent;
- `set_role(label, "error" | "success" | "warning" | "muted" | "heading" | "title")`: red problem text,
  green confirmation, amber caution, grey help text, a section heading, a page title;
- `set_role(frame, "card")`: a white panel with a thin border (a group of fields);
- `icon(name)`: an icon from `resources/icons/NAME.svg`, drawn in the text colour (or `color`).

The base style is Fusion on every platform, so a screenshot made on Linux shows what a Windows laptop shows.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize
from PySide6.QtGui import QColor, QFont, QIcon, QIconEngine, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from desktop_app.core.resources import resource_path

# Colours (contrast of text on its background is at least 4.5:1 everywhere).
BACKGROUND = "#f3f5f8"  # behind everything
SURFACE = "#ffffff"  # inputs, tables, cards
TEXT = "#1d2733"
MUTED = "#586474"
BORDER = "#c9d1da"
BORDER_LIGHT = "#e1e6ec"
ACCENT = "#0f5fa3"  # primary buttons, focus, the selected navigation entry
ACCENT_HOVER = "#0c4f89"
ACCENT_PRESSED = "#093f6e"
ACCENT_SOFT = "#e3eef8"  # selected rows, hovered entries
NAV_BACKGROUND = "#1f2d3b"
NAV_TEXT = "#d3dce6"
NAV_HOVER = "#2c3e50"
ERROR = "#b3261e"
ERROR_SOFT = "#fdecea"
SUCCESS = "#17703a"
SUCCESS_SOFT = "#e6f4ea"
WARNING = "#8a5a00"
WARNING_SOFT = "#fff4d6"

BASE_POINT_SIZE = 10.0  # Qt's default 9 pt is small on a 1366x768 laptop
ICON_SIZES = (16, 20, 24, 32, 40, 48)


def _stylesheet() -> str:
    down = resource_path("icons", "chevron-down.svg").as_posix()
    up = resource_path("icons", "chevron-up.svg").as_posix()
    tick = resource_path("icons", "checkmark.svg").as_posix()
    return f"""
QWidget {{ color: {TEXT}; }}
QMainWindow, QDialog {{ background: {BACKGROUND}; }}
QToolTip {{ color: {TEXT}; background: {SURFACE}; border: 1px solid {BORDER}; padding: 4px; }}

/* Navigation on the left */
QFrame#sidebar {{ background: {NAV_BACKGROUND}; }}
QFrame#sidebar QLabel {{ color: {NAV_TEXT}; background: transparent; }}
QFrame#sidebar QLabel#brand {{ color: #ffffff; font-size: 16pt; font-weight: bold; }}
QFrame#sidebar QLabel#sidebarWorkspace {{ color: #ffffff; font-weight: bold; }}
QListWidget#navigation {{
    background: {NAV_BACKGROUND}; color: {NAV_TEXT}; border: none; outline: none; font-size: 11pt;
}}
QListWidget#navigation::item {{ padding: 6px 10px; margin: 1px 8px; border-radius: 6px; }}
QListWidget#navigation::item:hover {{ background: {NAV_HOVER}; color: #ffffff; }}
QListWidget#navigation::item:selected {{ background: {ACCENT}; color: #ffffff; }}

/* Status bar */
QStatusBar {{ background: {SURFACE}; border-top: 1px solid {BORDER_LIGHT}; color: {MUTED}; }}
QStatusBar QLabel {{ color: {MUTED}; }}
QStatusBar::item {{ border: none; }}

/* Buttons */
QPushButton {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 5px;
    padding: 5px 14px; min-height: 20px;
}}
QPushButton:hover {{ background: {ACCENT_SOFT}; border-color: {ACCENT}; }}
QPushButton:pressed {{ background: #cfe0f0; }}
QPushButton:focus {{ border: 1px solid {ACCENT}; }}
QPushButton:disabled {{ color: #8a94a0; background: #eef1f4; border-color: {BORDER_LIGHT}; }}
QPushButton[primary="true"] {{
    background: {ACCENT}; color: #ffffff; border: 1px solid {ACCENT}; font-weight: bold;
}}
QPushButton[primary="true"]:hover {{ background: {ACCENT_HOVER}; border-color: {ACCENT_HOVER}; }}
QPushButton[primary="true"]:pressed {{ background: {ACCENT_PRESSED}; }}
QPushButton[primary="true"]:focus {{ border: 2px solid #0a3558; }}
QPushButton[primary="true"]:disabled {{ background: #9db7cf; border-color: #9db7cf; color: #f4f7fa; }}
QToolButton {{ border: 1px solid transparent; border-radius: 5px; padding: 3px; }}
QToolButton:hover {{ background: {ACCENT_SOFT}; border-color: {BORDER}; }}

/* Inputs */
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QDateEdit, QSpinBox, QAbstractSpinBox {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 4px; padding: 4px 6px;
    selection-background-color: {ACCENT}; selection-color: #ffffff;
}}
QLineEdit, QComboBox, QAbstractSpinBox {{ min-height: 20px; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QAbstractSpinBox:focus {{
    border: 1px solid {ACCENT};
}}
QLineEdit:disabled, QComboBox:disabled, QAbstractSpinBox:disabled, QPlainTextEdit:disabled {{
    background: #eef1f4; color: #77828f;
}}
QLineEdit[readOnly="true"] {{ background: #f7f9fb; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"], QAbstractSpinBox[invalid="true"],
QPlainTextEdit[invalid="true"] {{
    border: 1px solid {ERROR}; background: #fffafa;
}}
QComboBox {{ padding-right: 20px; }}
QComboBox::drop-down {{ border: none; width: 20px; subcontrol-origin: padding; subcontrol-position: center right; }}
QComboBox::down-arrow {{ image: url("{down}"); width: 12px; height: 12px; }}
QComboBox QAbstractItemView {{
    background: {SURFACE}; border: 1px solid {BORDER}; selection-background-color: {ACCENT_SOFT};
    selection-color: {TEXT}; outline: none;
}}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ border: none; width: 18px; }}
QAbstractSpinBox::up-arrow {{ image: url("{up}"); width: 10px; height: 10px; }}
QAbstractSpinBox::down-arrow {{ image: url("{down}"); width: 10px; height: 10px; }}
QDateEdit::drop-down {{ border: none; width: 22px; }}
QDateEdit::down-arrow {{ image: url("{down}"); width: 12px; height: 12px; }}
QCheckBox, QRadioButton {{ spacing: 8px; background: transparent; }}
QCheckBox::indicator, QRadioButton::indicator {{
    width: 16px; height: 16px; background: {SURFACE}; border: 1px solid #7d8996;
}}
QCheckBox::indicator {{ border-radius: 3px; }}
QRadioButton::indicator {{ border-radius: 9px; }}
QCheckBox::indicator:hover, QRadioButton::indicator:hover {{ border-color: {ACCENT}; }}
QCheckBox::indicator:checked {{ background: {ACCENT}; border-color: {ACCENT}; image: url("{tick}"); }}
QRadioButton::indicator:checked {{ background: {SURFACE}; border: 5px solid {ACCENT}; width: 8px; height: 8px; }}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{ background: #eef1f4; border-color: {BORDER}; }}
QCheckBox[invalid="true"]::indicator {{ border: 1px solid {ERROR}; }}

/* Groups, cards and tabs */
QGroupBox {{
    background: {SURFACE}; border: 1px solid {BORDER_LIGHT}; border-radius: 6px;
    margin-top: 14px; padding: 12px 10px 10px 10px; font-weight: bold;
}}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; color: {TEXT}; }}
QGroupBox > QWidget, QGroupBox QLabel, QGroupBox QCheckBox, QGroupBox QRadioButton {{ font-weight: normal; }}
QFrame[role="card"] {{ background: {SURFACE}; border: 1px solid {BORDER_LIGHT}; border-radius: 6px; }}
QFrame[role="card"] QLabel {{ background: transparent; border: none; }}
QTabWidget::pane {{ border: 1px solid {BORDER_LIGHT}; background: {SURFACE}; border-radius: 4px; }}
QTabBar::tab {{
    background: #e8ecf1; border: 1px solid {BORDER_LIGHT}; padding: 6px 14px; margin-right: 2px;
    border-top-left-radius: 4px; border-top-right-radius: 4px;
}}
QTabBar::tab:selected {{ background: {SURFACE}; border-bottom-color: {SURFACE}; }}
QScrollArea {{ border: none; background: transparent; }}
QScrollArea > QWidget > QWidget {{ background: transparent; }}

/* Tables and lists */
QTableView, QTreeView, QListView {{
    background: {SURFACE}; alternate-background-color: #f6f8fa; border: 1px solid {BORDER_LIGHT};
    gridline-color: {BORDER_LIGHT}; selection-background-color: {ACCENT_SOFT}; selection-color: {TEXT};
}}
QHeaderView::section {{
    background: #eef1f5; color: {TEXT}; border: none; border-right: 1px solid {BORDER_LIGHT};
    border-bottom: 1px solid {BORDER}; padding: 5px 6px; font-weight: bold;
}}

/* Scroll bars: a plain handle, no arrows */
QScrollBar:vertical {{ background: transparent; width: 12px; margin: 0; }}
QScrollBar:horizontal {{ background: transparent; height: 12px; margin: 0; }}
QScrollBar::handle {{ background: #c3cbd3; border-radius: 4px; margin: 2px; }}
QScrollBar::handle:vertical {{ min-height: 32px; }}
QScrollBar::handle:horizontal {{ min-width: 32px; }}
QScrollBar::handle:hover {{ background: #98a4b1; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; background: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}

/* Texts by role */
QLabel[role="title"] {{ font-size: 15pt; font-weight: bold; }}
QLabel[role="heading"] {{ font-size: 11pt; font-weight: bold; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="error"] {{ color: {ERROR}; }}
QLabel[role="success"] {{ color: {SUCCESS}; }}
QLabel[role="warning"] {{ color: {WARNING}; }}
QLabel[role="error-box"] {{
    color: {ERROR}; background: {ERROR_SOFT}; border: 1px solid #f3b8b3; border-radius: 5px; padding: 8px;
}}
QLabel[role="success-box"] {{
    color: {SUCCESS}; background: {SUCCESS_SOFT}; border: 1px solid #a8d5b5; border-radius: 5px; padding: 8px;
}}
QLabel[role="info-box"] {{
    color: {TEXT}; background: {ACCENT_SOFT}; border: 1px solid #b7d0e8; border-radius: 5px; padding: 10px;
}}
QLabel[role="warning-box"] {{
    color: {WARNING}; background: {WARNING_SOFT}; border: 1px solid #ecd28c; border-radius: 5px; padding: 8px;
}}
"""


def apply_style(app: QApplication, *, fusion_set: bool = False) -> None:
    """Fusion, a readable font, calm colours and the stylesheet, for the whole application.

    `fusion_set`: the application was made with Fusion already (`-style Fusion`).
    """
    if not fusion_set:
        app.setStyle("Fusion")
    font = app.font()
    if font.pointSizeF() < BASE_POINT_SIZE:
        font.setPointSizeF(BASE_POINT_SIZE)
    font.setHintingPreference(QFont.HintingPreference.PreferFullHinting)
    app.setFont(font)
    palette = app.palette()
    colours = {
        QPalette.ColorRole.Window: BACKGROUND,
        QPalette.ColorRole.WindowText: TEXT,
        QPalette.ColorRole.Base: SURFACE,
        QPalette.ColorRole.AlternateBase: "#f6f8fa",
        QPalette.ColorRole.Text: TEXT,
        QPalette.ColorRole.Button: SURFACE,
        QPalette.ColorRole.ButtonText: TEXT,
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: SURFACE,
        QPalette.ColorRole.ToolTipText: TEXT,
        QPalette.ColorRole.PlaceholderText: "#7b8693",
        QPalette.ColorRole.Link: ACCENT,
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    app.setStyleSheet(_stylesheet())
    app.setWindowIcon(app_icon())


def set_role(widget: QWidget, role: str) -> None:
    """Give a widget a look from the stylesheet (see the module's docstring); "" removes it."""
    if widget.property("role") == role:
        return
    widget.setProperty("role", role)
    _repolish(widget)


def make_primary(button: QAbstractButton) -> None:
    """The page's main action, in the accent colour."""
    button.setProperty("primary", True)
    _repolish(button)


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """A red border on an input whose value is wrong (the message goes beside it)."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    _repolish(widget)


def _repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


@cache
def _svg(name: str) -> str:
    return resource_path("icons", f"{name}.svg").read_text(encoding="utf-8")


def _pixmap(svg: str, size: int) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)  # transparent (not Qt.GlobalColor: PySide builds its whole `Qt` namespace, ~15 ms, on first use)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return QPixmap.fromImage(image)


class _SvgIconEngine(QIconEngine):
    """An SVG icon drawn at the size it is shown at, when it is first shown, and kept.

    Drawing every icon up front at six sizes in three colours cost tens of milliseconds before the
    first window could show; an icon is usually shown at one size in one or two modes. `colours`
    gives the colour of each mode (None: the SVG as it is); a mode without one is made from the
    Normal drawing the way Qt makes it (Selected tinted with the highlight, Disabled greyed). As
    with a fixed set of pixmaps, an icon is never drawn larger than `largest`.
    """

    def __init__(self, svg: str, colours: dict[QIcon.Mode, str | None], largest: int) -> None:
        super().__init__()
        self._svg = svg
        self._colours = colours
        self._largest = largest
        self._drawn: dict[tuple[int, QIcon.Mode, float], QPixmap] = {}

    def _side(self, size: QSize) -> int:
        return max(min(size.width(), size.height(), self._largest), 0)

    def _draw(self, side: int, mode: QIcon.Mode, scale: float) -> QPixmap:
        key = (side, mode, scale)
        drawn = self._drawn.get(key)
        if drawn is None:
            if mode in self._colours:
                colour = self._colours[mode]
                svg = self._svg if colour is None else self._svg.replace("currentColor", colour)
                drawn = _pixmap(svg, max(round(side * scale), 1))
            else:
                drawn = _generated(mode, self._draw(side, QIcon.Mode.Normal, scale))
            drawn.setDevicePixelRatio(scale)
            self._drawn[key] = drawn
        return drawn

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = self._side(size)
        return QSize(side, side)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        side = self._side(size)
        return self._draw(side, mode, scale) if side else QPixmap()

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        side = self._side(rect.size())
        if not side:
            return
        # The application's pixel ratio (e.g. 1.25 at 125% scaling): asking the painter for its device
        # costs milliseconds in PySide for a list's viewport, on every icon painted.
        app = QApplication.instance()
        scale = app.devicePixelRatio() if isinstance(app, QApplication) else 1.0
        target = QRect(0, 0, side, side)
        target.moveCenter(rect.center())
        painter.drawPixmap(target, self._draw(side, mode, scale))

    def availableSizes(self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off) -> list[QSize]:
        return [QSize(side, side) for side in (*ICON_SIZES, 64, 128, 256) if side <= self._largest]

    def isNull(self) -> bool:
        return False

    def key(self) -> str:
        return "pintu-svg"

    def clone(self) -> QIconEngine:
        twin = _SvgIconEngine(self._svg, self._colours, self._largest)
        _ENGINES.append(twin)  # Qt owns the clone; Python must not collect it
        return twin


# Every engine made, kept alive for the life of the application (icons are cached: a few dozen at most).
_ENGINES: list[_SvgIconEngine] = []


def _generated(mode: QIcon.Mode, normal: QPixmap) -> QPixmap:
    """What Qt's own icons show in a mode they have no drawing for (the style tints or greys the Normal one)."""
    from PySide6.QtWidgets import QStyleOption  # only when such a mode is first shown

    option = QStyleOption()
    option.palette = QApplication.palette()
    generated = QApplication.style().generatedIconPixmap(mode, normal, option)
    return normal.copy() if generated.isNull() else generated


def _svg_icon(svg: str, colours: dict[QIcon.Mode, str | None], largest: int) -> QIcon:
    engine = _SvgIconEngine(svg, colours, largest)
    _ENGINES.append(engine)
    return QIcon(engine)


@cache
def icon(name: str, color: str = TEXT, selected_color: str | None = None) -> QIcon:
    """The icon `resources/icons/NAME.svg` drawn in `color` (and `selected_color` when its item is selected)."""
    colours: dict[QIcon.Mode, str | None] = {
        QIcon.Mode.Normal: color, QIcon.Mode.Active: color, QIcon.Mode.Disabled: "#9aa4af",
    }
    if selected_color is not None:
        colours[QIcon.Mode.Selected] = selected_color
    return _svg_icon(_svg(name), colours, max(ICON_SIZES))


def nav_icon(name: str) -> QIcon:
    """An icon for the dark navigation bar: light grey, white when its page is shown."""
    return icon(name, NAV_TEXT, "#ffffff")


@cache
def app_icon() -> QIcon:
    """Pintu's own icon (window, task bar, sidebar), in its own colours, up to 256 pixels."""
    return _svg_icon(_svg("pintu"), {QIcon.Mode.Normal: None}, 256)
