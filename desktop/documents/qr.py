"""A QR code drawn as vector squares (sharp at any zoom, no image files, nothing fetched)."""

from __future__ import annotations

import segno
from reportlab.platypus import Flowable

QUIET_MODULES = 4  # the blank margin scanners need around the code


class QrCode(Flowable):
    """``text`` as a square QR code ``size`` points wide, quiet zone included."""

    def __init__(self, text: str, size: float) -> None:
        super().__init__()
        self.text = text
        self.size = size
        # UTF-8 bytes: the case number carries Thai letters (ลป 2570/00042).
        self._qr = segno.make(text, error="m", micro=False, encoding="utf-8")

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        self.width = self.height = self.size
        return self.size, self.size

    def draw(self) -> None:
        rows = [list(r) for r in self._qr.matrix_iter(scale=1, border=QUIET_MODULES)]
        module = self.size / len(rows)
        canvas = self.canv
        canvas.saveState()
        canvas.setFillGray(1)
        canvas.rect(0, 0, self.size, self.size, stroke=0, fill=1)
        canvas.setFillGray(0)
        path = canvas.beginPath()
        for y, row in enumerate(rows):
            top = self.size - (y + 1) * module
            x = 0
            while x < len(row):  # one rectangle per run of dark modules keeps the PDF small
                if row[x]:
                    start = x
                    while x < len(row) and row[x]:
                        x += 1
                    path.rect(start * module, top, (x - start) * module, module)
                else:
                    x += 1
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.restoreState()
