"""The view around the sociogram: fits the circle on resize, zooms with Ctrl + wheel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsView

from app.ui.network.scene import SociogramScene


class SociogramView(QGraphicsView):
    def __init__(self, scene: SociogramScene, parent=None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        self.setMinimumSize(280, 280)
        self._zoom = 1.0

    def fit(self) -> None:
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self.scale(self._zoom, self._zoom)

    def reset_zoom(self) -> None:
        self._zoom = 1.0
        self.fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt API
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
            new_zoom = min(max(self._zoom * factor, 1.0), 6.0)
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
            self.scale(new_zoom / self._zoom, new_zoom / self._zoom)
            self._zoom = new_zoom
            event.accept()
            return
        super().wheelEvent(event)
