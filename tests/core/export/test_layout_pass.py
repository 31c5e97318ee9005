"""The complaint's first layout pass places flowables without drawing them, and places
them exactly where the drawing pass does (so its page count and contents hold)."""

from __future__ import annotations

import io

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from casebook.core.export.document import _BodyFrame


class _Counted(Flowable):
    def __init__(self) -> None:
        super().__init__()
        self.drawn = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, 200

    def draw(self) -> None:
        self.drawn += 1


def _place(layout_only: bool) -> tuple[list[int], list[_Counted]]:
    frame = _BodyFrame(0, 0, 400, 500)
    frame.layout_only = layout_only
    canvas = Canvas(io.BytesIO())
    boxes = [_Counted() for _ in range(3)]
    drawing = Drawing(100, 50)
    drawing.add(Rect(0, 0, 10, 10))  # a Drawing checks the attributes set on it
    placed = [frame.add(f, canvas) for f in [boxes[0], drawing, *boxes[1:]]]
    return placed, boxes


def test_a_layout_only_pass_places_as_the_drawing_pass_and_draws_nothing():
    placed_dry, dry = _place(layout_only=True)
    placed_full, full = _place(layout_only=False)
    assert placed_dry == placed_full == [1, 1, 1, 0]  # the third box does not fit either way
    assert [b.drawn for b in dry] == [0, 0, 0]
    assert [b.drawn for b in full] == [1, 1, 0]
    assert all("drawOn" not in vars(b) for b in dry)  # nothing left on the flowables
