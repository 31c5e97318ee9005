"""EXIF fields that name people are read, so the export can protect and report them."""

from __future__ import annotations

import io

from PIL import Image

from casebook.core.media.media_metadata import extract_metadata


def _jpeg_with(tags: dict[int, str], owner: str | None = None) -> io.BytesIO:
    exif = Image.Exif()
    for tag, value in tags.items():
        exif[tag] = value
    if owner is not None:
        exif.get_ifd(0x8769)[0xA430] = owner  # CameraOwnerName, in the Exif sub-IFD
    out = io.BytesIO()
    Image.new("RGB", (32, 24), (90, 90, 90)).save(out, "JPEG", exif=exif)
    out.seek(0)
    return out


def test_artist_copyright_and_camera_owner_are_read() -> None:
    meta = extract_metadata(
        _jpeg_with({0x013B: "Field Team A", 0x8298: "(c) Example Org"}, owner="Owner B"),
        "image/jpeg",
    )
    assert meta["artist"] == "Field Team A"
    assert meta["copyright"] == "(c) Example Org"
    assert meta["camera_owner"] == "Owner B"


def test_a_photo_without_them_has_no_such_keys() -> None:
    meta = extract_metadata(_jpeg_with({0x010F: "Canon"}), "image/jpeg")
    assert meta["camera_make"] == "Canon"
    assert not {"artist", "copyright", "camera_owner"} & set(meta)
