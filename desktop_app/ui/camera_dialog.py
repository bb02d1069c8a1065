"""Taking a participant's photo with the laptop's webcam.

QtMultimedia is imported only when a camera is asked for, so Pintu starts (and the form works) on a
machine whose Qt has no multimedia backend. With no camera, the dialog is not opened at all: the caller
asks `available_cameras()` first and shows `no_camera_text()` instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from types import ModuleType
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui import style

_NO_CAMERA = QT_TRANSLATE_NOOP(
    "CameraDialog", "Tidak ada kamera di laptop ini. Pilih foto dari berkas, atau lanjutkan tanpa foto."
)
PREVIEW_SIZE = (480, 360)


def no_camera_text() -> str:
    """What the form says when there is no camera (or no QtMultimedia)."""
    return QCoreApplication.translate("CameraDialog", _NO_CAMERA)


def _multimedia() -> ModuleType:
    """QtMultimedia, imported on first use (raises ImportError when this Qt has none)."""
    from PySide6 import QtMultimedia

    return QtMultimedia


def available_cameras() -> list[Any]:
    """The cameras Qt can see (`QCameraDevice`s); empty without QtMultimedia or without a camera."""
    try:
        multimedia = _multimedia()
        return list(multimedia.QMediaDevices.videoInputs())
    except (ImportError, RuntimeError):
        return []


class CameraDialog(QDialog):
    """Camera picker, live preview, "Ambil foto", then a look at the still: use it or take it again.

    `image()` is the accepted photo (a null QImage until one is taken). Open it only when
    `available_cameras()` is not empty.
    """

    def __init__(self, cameras: Sequence[Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        multimedia = _multimedia()
        from PySide6.QtMultimediaWidgets import QVideoWidget

        self._mm = multimedia
        self._cameras = list(cameras) if cameras is not None else available_cameras()
        self._image = QImage()
        self._camera: Any = None

        self.picker = QComboBox(self)
        for device in self._cameras:
            self.picker.addItem(device.description())
        default = multimedia.QMediaDevices.defaultVideoInput()
        for index, device in enumerate(self._cameras):
            if device == default:
                self.picker.setCurrentIndex(index)
        self.picker_label = QLabel(self)
        self.picker_label.setBuddy(self.picker)

        self.preview = QVideoWidget(self)
        self.preview.setMinimumSize(*PREVIEW_SIZE)
        self.still = QLabel(self)
        self.still.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.still.setMinimumSize(*PREVIEW_SIZE)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.preview)
        self.stack.addWidget(self.still)
        self.stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        style.set_role(self.status, "error")
        self.status.hide()

        self.take_button = QPushButton(self)
        self.take_button.setIcon(style.icon("camera", "#ffffff"))
        style.make_primary(self.take_button)
        self.take_button.setDefault(True)
        self.retake_button = QPushButton(self)
        self.use_button = QPushButton(self)
        style.make_primary(self.use_button)
        self.cancel_button = QPushButton(self)
        self.take_button.setEnabled(False)

        self.session = multimedia.QMediaCaptureSession(self)
        self.capture = multimedia.QImageCapture(self)
        self.session.setImageCapture(self.capture)
        self.session.setVideoOutput(self.preview)
        self.capture.imageCaptured.connect(self._captured)
        self.capture.readyForCaptureChanged.connect(self._ready_changed)
        self.capture.errorOccurred.connect(self._capture_failed)

        self.take_button.clicked.connect(self._take)
        self.retake_button.clicked.connect(self._retake)
        self.use_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self.picker.currentIndexChanged.connect(self._start_camera)

        top = QHBoxLayout()
        top.addWidget(self.picker_label)
        top.addWidget(self.picker, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.retake_button)
        buttons.addWidget(self.take_button)
        buttons.addWidget(self.use_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self._retranslate()
        self._show_live(True)
        self._start_camera(self.picker.currentIndex())

    def image(self) -> QImage:
        """The photo the officer accepted (null if none)."""
        return self._image

    # --- camera ------------------------------------------------------------------------------------
    def _start_camera(self, index: int) -> None:
        self._stop_camera()
        if not 0 <= index < len(self._cameras):
            return
        self._camera = self._mm.QCamera(self._cameras[index], self)
        self._camera.errorOccurred.connect(self._camera_failed)
        self.session.setCamera(self._camera)
        self._camera.start()

    def _stop_camera(self) -> None:
        if self._camera is not None:
            self._camera.stop()
            self._camera.deleteLater()
            self._camera = None

    def _ready_changed(self, ready: bool) -> None:
        self.take_button.setEnabled(ready and self.stack.currentWidget() is self.preview)

    def _take(self) -> None:
        self.status.hide()
        self.capture.capture()

    def _captured(self, _request_id: int, image: QImage) -> None:
        self._image = image
        shown = QPixmap.fromImage(image).scaled(
            self.still.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        self.still.setPixmap(shown)
        self._show_live(False)

    def _retake(self) -> None:
        self._image = QImage()
        self._show_live(True)

    def _show_live(self, live: bool) -> None:
        self.stack.setCurrentWidget(self.preview if live else self.still)
        self.take_button.setVisible(live)
        self.take_button.setEnabled(live and self.capture.isReadyForCapture())
        self.retake_button.setVisible(not live)
        self.use_button.setVisible(not live)
        (self.take_button if live else self.use_button).setDefault(True)

    def _camera_failed(self, _error: Any, detail: str) -> None:
        self._fail(self.tr("Kamera tidak dapat dipakai: %1").replace("%1", detail))

    def _capture_failed(self, _request_id: int, _error: Any, detail: str) -> None:
        self._fail(self.tr("Foto tidak dapat diambil: %1").replace("%1", detail))

    def _fail(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()

    def done(self, result: int) -> None:
        self._stop_camera()
        super().done(result)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Ambil foto dengan kamera"))
        self.picker_label.setText(self.tr("Kamera:"))
        self.take_button.setText(self.tr("Ambil foto"))
        self.retake_button.setText(self.tr("Ulangi"))
        self.use_button.setText(self.tr("Pakai foto ini"))
        self.cancel_button.setText(self.tr("Batal"))
