"""Draw the application icon at every size Windows asks for and write the multi-size .ico.

    python build_spec/make_icon.py        (from the project's .venv; needs only PySide6)

The drawing is ``resources/icons/labour-desk.svg`` (three people linked through the office),
rendered by Qt's SVG painter at 16, 24, 32, 48, 64, 128 and 256 px; the small sizes get a
thicker outline drawn by hand so the links stay visible at 16 px. The .ico holds one PNG per
size (Windows Vista and later read PNG entries); ``labour-desk.png`` (256 px) is the window
icon on Linux. Commit both files after running it.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPen
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if size <= 24:
        # At 16–24 px the SVG's 3.5-unit links vanish: draw the same picture, bolder.
        s = size / 64
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#1f4e8c"))
        painter.drawRoundedRect(QRectF(0, 0, size, size), 12 * s, 12 * s)
        link = QPen(QColor("#f2c14e"), max(1.5, 6 * s))
        link.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(link)
        for x, y in ((15, 19), (49, 19), (32, 52)):
            painter.drawLine(QPointF(32 * s, 34 * s), QPointF(x * s, y * s))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#f2c14e"))
        for x, y in ((15, 19), (49, 19), (32, 52)):
            painter.drawEllipse(QRectF((x - 7) * s, (y - 7) * s, 14 * s, 14 * s))
        painter.setBrush(QColor("#ffffff"))
        painter.drawEllipse(QRectF(23 * s, 25 * s, 18 * s, 18 * s))
    else:
        QSvgRenderer(str(ICONS / "labour-desk.svg")).render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """The ICO container: a directory of entries, each a whole PNG file."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts, SVG
    pngs = {size: render_png(size) for size in SIZES}
    (ICONS / "labour-desk.ico").write_bytes(ico_bytes(pngs))
    (ICONS / "labour-desk.png").write_bytes(pngs[256])
    print(f"make_icon: {ICONS / 'labour-desk.ico'} ({', '.join(map(str, SIZES))} px)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
