"""Scanning cards with the webcam: camera picker, live preview with the found code outlined, and a
decoder thread that only ever works on the newest frame.

Frames come from QtMultimedia (`QMediaCaptureSession` + `QCamera` + `QVideoSink`). Each frame is handed
to a `FrameDecoder` living on its own thread; while it decodes, newer frames replace the waiting one
(older ones are dropped, counted in `frames_dropped`), so a slow decode never builds a queue and the
answer is always about what the camera sees now. Decoding: QVideoFrame -> QImage -> 8-bit grayscale
numpy array -> `zxingcpp.read_barcodes` (QR only). Found codes come back on the UI thread with their
corners in frame pixels; the preview draws the outline, and `codeFound` carries the text.

QtMultimedia is imported only when the panel is built, and a machine with no camera (or a Qt without
QtMultimedia) gets a clear message; the USB scanner and typing still work. Tests call `feed(image)`
with real pictures of cards instead of a camera.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QRectF, QSize, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen, QPolygonF, QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from desktop_app.ui import style
from desktop_app.ui.camera_dialog import available_cameras

OUTLINE_MS = 900  # how long a found code stays outlined in the preview
PREVIEW_MIN = QSize(320, 180)


@dataclass(frozen=True)
class FoundCode:
    text: str
    corners: tuple[tuple[float, float], ...]  # top-left, top-right, bottom-right, bottom-left (frame pixels)


@dataclass(frozen=True)
class DecodedFrame:
    codes: tuple[FoundCode, ...]
    width: int
    height: int
    milliseconds: float  # time spent converting and decoding


def decode_image(image: QImage) -> tuple[FoundCode, ...]:
    """The QR codes in one picture (any QImage format), with where they are."""
    import numpy as np
    import zxingcpp

    if image.isNull():
        return ()
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    pixels = np.frombuffer(gray.constBits(), dtype=np.uint8, count=stride * height).reshape(height, stride)
    pixels = np.ascontiguousarray(pixels[:, :width])
    found = []
    for barcode in zxingcpp.read_barcodes(pixels, formats=zxingcpp.BarcodeFormat.QRCode):
        if not barcode.valid or not barcode.text:
            continue
        position = barcode.position
        corners = tuple((float(p.x), float(p.y)) for p in (position.top_left, position.top_right,
                                                           position.bottom_right, position.bottom_left))
        found.append(FoundCode(barcode.text, corners))
    return tuple(found)


def _to_image(frame: Any) -> QImage:
    if isinstance(frame, QImage):
        return frame
    return frame.toImage()  # a QVideoFrame


class FrameDecoder(QObject):
    """Decodes frames on its own thread; `submit` (from any thread) replaces a frame still waiting."""

    decoded = Signal(object)  # DecodedFrame, delivered to the UI thread
    _wake = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._waiting: Any = None
        self._busy = False
        self.frames_decoded = 0
        self.frames_dropped = 0
        self._wake.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def submit(self, frame: Any) -> None:
        """Hand over the newest frame (QImage or QVideoFrame); an older one still waiting is dropped."""
        with self._lock:
            if self._waiting is not None:
                self.frames_dropped += 1
            self._waiting = frame
            start = not self._busy
            self._busy = True
        if start:
            self._wake.emit()

    @Slot()
    def _run(self) -> None:
        while True:
            with self._lock:
                frame, self._waiting = self._waiting, None
                if frame is None:
                    self._busy = False
                    return
            started = time.perf_counter()
            image = _to_image(frame)
            codes = decode_image(image)
            self.frames_decoded += 1
            self.decoded.emit(DecodedFrame(codes, image.width(), image.height(),
                                           (time.perf_counter() - started) * 1000.0))


class CameraPreview(QWidget):
    """The live picture, scaled to fit, with the codes found in it outlined in green."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(PREVIEW_MIN)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._frame: Any = None  # QVideoFrame or QImage
        self._frame_size = QSize()
        self._outline: list[QPolygonF] = []
        self._outline_size = QSize()
        self._outline_until = 0.0

    def set_frame(self, frame: Any, size: QSize) -> None:
        self._frame = frame
        self._frame_size = size
        self.update()

    def clear(self) -> None:
        self._frame = None
        self._outline = []
        self.update()

    def show_codes(self, decoded: DecodedFrame) -> None:
        if not decoded.codes:
            return
        self._outline = [QPolygonF([QPointF(x, y) for x, y in code.corners]) for code in decoded.codes]
        self._outline_size = QSize(decoded.width, decoded.height)
        self._outline_until = time.monotonic() + OUTLINE_MS / 1000.0
        QTimer.singleShot(OUTLINE_MS + 20, self.update)
        self.update()

    def outlined(self) -> int:
        """How many codes are outlined now."""
        return len(self._outline) if time.monotonic() < self._outline_until else 0

    def _target(self, size: QSize) -> QRectF:
        if size.isEmpty():
            return QRectF(self.rect())
        scaled = size.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        return QRectF((self.width() - scaled.width()) / 2, (self.height() - scaled.height()) / 2,
                      scaled.width(), scaled.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#1b2633"))
        if self._frame is None:
            return
        target = self._target(self._frame_size)
        if isinstance(self._frame, QImage):
            painter.drawImage(target, self._frame)
        else:
            from PySide6.QtMultimedia import QVideoFrame

            self._frame.paint(painter, target, QVideoFrame.PaintOptions())
        if self.outlined() and not self._outline_size.isEmpty():
            scale_x = target.width() / self._outline_size.width()
            scale_y = target.height() / self._outline_size.height()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor("#2fd36b"), 4))
            for polygon in self._outline:
                painter.drawPolygon(QPolygonF([QPointF(target.x() + p.x() * scale_x, target.y() + p.y() * scale_y)
                                               for p in polygon]))


_threads: list[QThread] = []  # decoder threads, kept until the application ends
_quit_hooked = False


def _stop_threads_at_quit() -> None:
    global _quit_hooked
    app = QCoreApplication.instance()
    if _quit_hooked or app is None:
        return
    _quit_hooked = True

    def stop_all() -> None:
        for thread in _threads:
            thread.quit()
        for thread in _threads:
            thread.wait(3000)

    app.aboutToQuit.connect(stop_all)


def _multimedia() -> ModuleType | None:
    try:
        from PySide6 import QtMultimedia

        return QtMultimedia
    except ImportError:
        return None


class CameraScanner(QWidget):
    """Camera picker, start/stop, preview; emits `codeFound(text)` for every code in a decoded frame.

    The caller filters repeats (a card held in front of the camera is seen in every frame).
    """

    codeFound = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mm: ModuleType | None = None
        self._cameras: list[Any] = []
        self._loaded = False  # QtMultimedia and the camera list: when the panel is first shown
        self._camera: Any = None
        self._session: Any = None
        self._sink: Any = None
        self._thread: QThread | None = None
        self.decoder: FrameDecoder | None = None
        self.last_decoded: DecodedFrame | None = None

        self.picker = QComboBox(self)
        self.toggle_button = QPushButton(self)
        self.toggle_button.setIcon(style.icon("camera"))
        self.toggle_button.clicked.connect(self.toggle)
        self.preview = CameraPreview(self)
        self.preview.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        style.set_role(self.status, "muted")

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.picker, 1)
        top.addWidget(self.toggle_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        self.picker.currentIndexChanged.connect(self._camera_chosen)
        self._retranslate()

    # --- state ---------------------------------------------------------------------------------------
    def load(self) -> None:
        """Import QtMultimedia and list the cameras (once; it is not needed before the station shows)."""
        if self._loaded:
            return
        self._loaded = True
        self._mm = _multimedia()
        self._cameras = available_cameras() if self._mm is not None else []
        blocked = self.picker.blockSignals(True)
        for device in self._cameras:
            self.picker.addItem(device.description())
        if self._mm is not None and self._cameras:
            default = self._mm.QMediaDevices.defaultVideoInput()
            for index, device in enumerate(self._cameras):
                if device == default:
                    self.picker.setCurrentIndex(index)
        self.picker.blockSignals(blocked)
        self._retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.load()

    def has_camera(self) -> bool:
        self.load()
        return bool(self._cameras)

    def is_running(self) -> bool:
        return self._camera is not None

    def toggle(self) -> None:
        if self.is_running():
            self.stop()
        else:
            self.start()

    def start(self) -> bool:
        """Start the chosen camera (False, with the message shown, when there is none)."""
        self.load()
        if self._mm is None or not self._cameras:
            self._retranslate()
            return False
        self.stop()
        index = max(0, self.picker.currentIndex())
        mm = self._mm
        self._ensure_decoder()
        self._session = mm.QMediaCaptureSession(self)
        self._sink = mm.QVideoSink(self)
        self._sink.videoFrameChanged.connect(self._frame_arrived)
        self._camera = mm.QCamera(self._cameras[index], self)
        self._camera.errorOccurred.connect(self._camera_failed)
        self._session.setCamera(self._camera)
        self._session.setVideoSink(self._sink)
        self._camera.start()
        self.preview.show()
        self._retranslate()
        return True

    def stop(self) -> None:
        if self._camera is not None:
            self._camera.stop()
            self._camera.deleteLater()
            self._camera = None
        if self._session is not None:
            self._session.deleteLater()
            self._session = None
        if self._sink is not None:
            self._sink.deleteLater()
            self._sink = None
        self.preview.clear()
        self.preview.hide()
        self._retranslate()

    def shutdown(self) -> None:
        """Stop the camera and the decoder thread (the page is going away)."""
        self.stop()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait(3000)
            self._thread = None
            self.decoder = None

    # --- frames --------------------------------------------------------------------------------------
    def _ensure_decoder(self) -> FrameDecoder:
        if self.decoder is None:
            thread = QThread()  # no parent: it must outlive this widget until its loop has stopped
            thread.setObjectName("pintu-camera-decoder")
            decoder = FrameDecoder()
            decoder.moveToThread(thread)
            decoder.decoded.connect(self._decoded)
            thread.finished.connect(decoder.deleteLater)
            self.destroyed.connect(thread.quit)
            _threads.append(thread)
            _stop_threads_at_quit()
            thread.start()
            self._thread, self.decoder = thread, decoder
        return self.decoder

    def feed(self, frame: Any) -> None:
        """A frame (QImage or QVideoFrame) to show and decode: the camera's, or a test's picture."""
        size = frame.size()
        self.preview.set_frame(frame, size)
        if not self.preview.isVisible() and isinstance(frame, QImage):
            self.preview.show()
        self._ensure_decoder().submit(frame)

    def _frame_arrived(self, frame: Any) -> None:
        if frame.isValid():
            self.feed(frame)

    def _decoded(self, decoded: DecodedFrame) -> None:
        self.last_decoded = decoded
        self.preview.show_codes(decoded)
        for code in decoded.codes:
            self.codeFound.emit(code.text)

    def _camera_chosen(self, _index: int) -> None:
        if self.is_running():
            self.start()

    def _camera_failed(self, _error: Any, detail: str) -> None:
        self.stop()
        self.status.setText(self.tr("Kamera tidak dapat dipakai: %1").replace("%1", detail))

    # --- texts ---------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        running = self.is_running()
        self.toggle_button.setText(self.tr("Matikan kamera") if running else self.tr("Nyalakan kamera"))
        self.toggle_button.setToolTip(self.tr("Pindai kartu dengan kamera laptop"))
        self.picker.setToolTip(self.tr("Kamera yang dipakai"))
        has = self._mm is not None and bool(self._cameras)
        self.picker.setVisible(has)
        self.toggle_button.setVisible(has)
        if not self._loaded:
            self.status.setText("")
        elif self._mm is None:
            self.status.setText(self.tr(
                "Kamera tidak tersedia di versi Pintu ini. Pindai dengan pemindai USB, atau ketik kode atau nama."))
        elif not self._cameras:
            self.status.setText(self.tr(
                "Tidak ada kamera di laptop ini. Pindai dengan pemindai USB, atau ketik kode atau nama."))
        elif running:
            self.status.setText(self.tr("Arahkan kode QR di kartu ke kamera, kira-kira sejengkal jaraknya."))
        else:
            self.status.setText("")
        self.status.setVisible(bool(self.status.text()))
