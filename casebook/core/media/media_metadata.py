"""Embedded metadata of an evidence file: capture time, place, device, size, pages, length.

Intake calls this on the decrypted plaintext as a seekable stream, so no plaintext is ever
written to disk for it. Evidence files are often damaged or hostile, so nothing here
raises on bad content: problems become sentences in ``result["warnings"]`` and everything
that could be read is still returned.

Every format is read by a maintained library, not a parser of Casebook's own: Pillow for
JPEG, PNG, GIF, WebP, TIFF, BMP and AVIF; pillow-heif (libheif) for HEIC/HEIF, the iPhone's
photo format; pypdf for PDF; MediaInfo for audio and video (see :mod:`.av_metadata` for why
MediaInfo). Only headers are read: Pillow and pillow-heif open images lazily and decode no
pixels. All of them install from wheels on Linux, macOS and Windows.
"""

from __future__ import annotations

import contextlib
import os
import re
import struct
import warnings
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any, BinaryIO

from PIL import Image, UnidentifiedImageError

from .av_metadata import read_audio_video
from .metadata_result import MAX_TEXT, MetadataResult, clean_text, finite_number

__all__ = ["MAX_TEXT", "extract_metadata", "has_metadata_reader"]

# Pillow plug-ins allowed for each sniffed type, so a file is never parsed as another format.
_PILLOW_FORMATS = {
    "image/jpeg": ("JPEG",),  # multi-picture (MPO) files open through JPEG too
    "image/png": ("PNG",),
    "image/gif": ("GIF",),
    "image/webp": ("WEBP",),
    "image/tiff": ("TIFF",),
    "image/bmp": ("BMP",),
    "image/avif": ("AVIF",),
    "image/heic": ("HEIF",),  # the HEIF plug-in is pillow-heif's, registered when first needed
    "image/heif": ("HEIF",),
    "image/heic-sequence": ("HEIF",),
}

# EXIF tags (IFD0, Exif sub-IFD and GPS sub-IFD).
_EXIF_IFD, _GPS_IFD = 0x8769, 0x8825
_MAKE, _MODEL, _SOFTWARE, _ORIENTATION, _DATETIME = 0x010F, 0x0110, 0x0131, 0x0112, 0x0132
_DATE_ORIGINAL, _DATE_DIGITIZED = 0x9003, 0x9004
# Fields that name people (the photographer, the rights holder, the camera's owner): read so
# that the export can protect them and show that the file itself still holds them.
_ARTIST, _COPYRIGHT, _OWNER = 0x013B, 0x8298, 0xA430
_OFFSET, _OFFSET_ORIGINAL, _OFFSET_DIGITIZED = 0x9010, 0x9011, 0x9012
_GPS_LAT_REF, _GPS_LAT, _GPS_LON_REF, _GPS_LON = 1, 2, 3, 4
_GPS_ALT_REF, _GPS_ALT, _GPS_TIME, _GPS_DATE = 5, 6, 7, 29

_EXIF_DATE = re.compile(r"(\d{4})[:-](\d\d)[:-](\d\d)[ T](\d\d):(\d\d):(\d\d)")
_UTC_OFFSET = re.compile(r"[+-](0\d|1[0-4]):[0-5]\d")


def extract_metadata(source: BinaryIO | str | os.PathLike[str], media_type: str) -> dict[str, Any]:
    """Return the metadata of a file as a JSON-serialisable dict.

    ``source`` is a seekable binary stream (read from its start; its position is left
    anywhere) or a path; ``media_type`` is what :func:`casebook.core.media.media_type.
    sniff_media_type` said. Keys present depend on the file; ``"warnings"`` appears only
    when something could not be read. Types without a reader give ``{}``.
    """
    essence = media_type.split(";", 1)[0].strip().lower()
    reader = _reader_for(essence)
    if reader is None:
        return {}
    result = MetadataResult()
    try:
        with _open(source) as stream:
            stream.seek(0)
            reader(stream, essence, result)
    except Exception:
        # A last line of defence: a reader's own handling should have caught this.
        result.warn("The file could not be read to the end; some metadata may be missing.")
    return result.as_dict()


def has_metadata_reader(media_type: str) -> bool:
    """Whether metadata is read for this type; those readers may need the whole file (a
    PDF's trailer, an MP4's moov box, an MP3's length lie beyond the first bytes)."""
    return _reader_for(media_type.split(";", 1)[0].strip().lower()) is not None


def _reader_for(essence: str) -> Callable[[BinaryIO, str, MetadataResult], None] | None:
    if essence.startswith("image/"):
        return _read_image
    if essence == "application/pdf":
        return _read_pdf
    if essence.startswith(("audio/", "video/")):
        return read_audio_video
    return None


@contextlib.contextmanager
def _open(source: BinaryIO | str | os.PathLike[str]) -> Iterator[BinaryIO]:
    if isinstance(source, str | os.PathLike):
        with open(source, "rb") as f:
            yield f
    else:
        yield source


# --- images ----------------------------------------------------------------------------


def _read_image(stream: BinaryIO, essence: str, result: MetadataResult) -> None:
    formats = _PILLOW_FORMATS.get(essence)
    if formats is None:
        result.warn(
            "Reading metadata from this image format is not supported yet; the file itself "
            "is kept unchanged."
        )
        return
    if not _plugin_available(formats[0]):
        result.warn(
            "The reader for this image format is not installed; the file itself is kept "
            "unchanged, but its metadata was not read."
        )
        return
    with warnings.catch_warnings(record=True) as caught:
        # Pillow reports damaged EXIF entries as warnings and skips them.
        warnings.simplefilter("always")
        try:
            with Image.open(stream, formats=list(formats)) as img:
                result.values["width"], result.values["height"] = img.size
                # PNG's getexif() decodes the whole image to look for late EXIF; the base
                # method reads only what the header already gave.
                exif = Image.Image.getexif(img) if img.format == "PNG" else img.getexif()
                _read_exif(exif, result)
                if img.info.get("exif") and not exif:
                    result.warn("The EXIF block is damaged and could not be read.")
        except Image.DecompressionBombError:
            result.warn("The image is too large for its metadata to be read safely.")
        except Exception as exc:
            if isinstance(exc, UnidentifiedImageError):
                result.warn("The image file is damaged: its header could not be read.")
            else:
                result.warn("The image file is damaged or cut short; some metadata may be missing.")
            if essence == "image/jpeg":
                _salvage_jpeg_exif(stream, result)
    if any(issubclass(w.category, UserWarning) for w in caught):
        result.warn("Part of the image's metadata is damaged and was skipped.")


def _plugin_available(pillow_format: str) -> bool:
    """Whether Pillow can open this format here; HEIF's plug-in is registered on first use."""
    if pillow_format == "HEIF":
        try:
            from pillow_heif import HeifImagePlugin  # noqa: F401  (registers "HEIF")
        except ImportError:
            return False
    elif pillow_format == "AVIF":
        from PIL import features

        return bool(features.check("avif"))
    return True


def _salvage_jpeg_exif(stream: BinaryIO, result: MetadataResult) -> None:
    """Read the EXIF segment of a JPEG that Pillow could not open (cut short, damaged)."""
    try:
        stream.seek(0)
        head = stream.read(128 * 1024)
        start = head.find(b"\xff\xe1")
        while start != -1:
            (length,) = struct.unpack(">H", head[start + 2 : start + 4])
            segment = head[start + 4 : start + 2 + length]
            if segment.startswith(b"Exif\x00\x00"):
                exif = Image.Exif()
                exif.load(segment)
                _read_exif(exif, result)
                return
            start = head.find(b"\xff\xe1", start + 2)
    except Exception:
        result.warn("The EXIF block is damaged and could not be read.")


def _read_exif(exif: Image.Exif, result: MetadataResult) -> None:
    if not exif:
        return
    values = result.values
    for key, tag in (
        ("camera_make", _MAKE),
        ("camera_model", _MODEL),
        ("software", _SOFTWARE),
        ("artist", _ARTIST),
        ("copyright", _COPYRIGHT),
    ):
        text = clean_text(exif.get(tag))
        if text:
            values[key] = text
    orientation = exif.get(_ORIENTATION)
    if isinstance(orientation, int) and 1 <= orientation <= 8:
        values["orientation"] = orientation
    sub = _ifd(exif, _EXIF_IFD, result)
    owner = clean_text(sub.get(_OWNER))
    if owner:
        values["camera_owner"] = owner
    for key, ifd, tag, offset_tag, name in (
        ("taken_at", sub, _DATE_ORIGINAL, _OFFSET_ORIGINAL, "DateTimeOriginal"),
        ("digitized_at", sub, _DATE_DIGITIZED, _OFFSET_DIGITIZED, "DateTimeDigitized"),
        ("modified_at", exif, _DATETIME, _OFFSET, "DateTime"),
    ):
        if tag in ifd:
            stamp = _exif_datetime(ifd.get(tag), sub.get(offset_tag))
            if stamp:
                values[key] = stamp
            else:
                result.warn(f"The EXIF {name} is blank or not a valid date; it was left out.")
    gps = _ifd(exif, _GPS_IFD, result)
    if gps:
        _read_gps(gps, result)


def _ifd(exif: Image.Exif, tag: int, result: MetadataResult) -> dict[int, Any]:
    if tag not in exif:
        return {}
    try:
        return dict(exif.get_ifd(tag))
    except Exception:
        result.warn("A section of the EXIF block is damaged and could not be read.")
        return {}


def _read_gps(gps: dict[int, Any], result: MetadataResult) -> None:
    for key, ref_tag, value_tag, positive, negative, limit in (
        ("gps_latitude", _GPS_LAT_REF, _GPS_LAT, "N", "S", 90.0),
        ("gps_longitude", _GPS_LON_REF, _GPS_LON, "E", "W", 180.0),
    ):
        if value_tag not in gps:
            continue
        degrees = _degrees(gps[value_tag])
        ref = (clean_text(gps.get(ref_tag)) or "").upper()
        if degrees is None or degrees > limit or ref not in (positive, negative):
            result.warn(f"The GPS {key[4:]} is not valid; it was left out.")
            continue
        result.values[key] = round(-degrees if ref == negative else degrees, 7)
    if _GPS_ALT in gps:
        altitude = finite_number(gps[_GPS_ALT])
        ref = gps.get(_GPS_ALT_REF, 0)
        below = ref in (1, b"\x01") or (isinstance(ref, bytes) and ref[:1] == b"\x01")
        if altitude is None:
            result.warn("The GPS altitude is not valid; it was left out.")
        else:
            result.values["gps_altitude"] = round(-altitude if below else altitude, 2)
    if _GPS_DATE in gps and _GPS_TIME in gps:
        stamp = _gps_timestamp(gps[_GPS_DATE], gps[_GPS_TIME])
        if stamp:
            result.values["gps_time"] = stamp
        else:
            result.warn("The GPS date or time is not valid; it was left out.")


def _numbers(value: Any, count: int) -> list[float] | None:
    """Up to ``count`` non-negative finite numbers from a rational or tuple of rationals."""
    parts = value if isinstance(value, tuple | list) else (value,)
    numbers = [finite_number(p) for p in parts[:count]]
    valid = [n for n in numbers if n is not None and n >= 0]
    return valid if valid and len(valid) == len(numbers) else None


def _degrees(value: Any) -> float | None:
    """Degrees, minutes, seconds (as rationals) to decimal degrees."""
    numbers = _numbers(value, 3)
    return None if numbers is None else sum(n / 60**i for i, n in enumerate(numbers))


def _exif_datetime(value: Any, offset: Any) -> str | None:
    text = clean_text(value)
    match = _EXIF_DATE.match(text or "")
    if not match:
        return None
    try:
        stamp = datetime(*(int(g) for g in match.groups()))  # local camera time: naive
    except ValueError:
        return None
    offset_text = clean_text(offset) or ""
    return stamp.isoformat() + (offset_text if _UTC_OFFSET.fullmatch(offset_text) else "")


def _gps_timestamp(date_value: Any, time_value: Any) -> str | None:
    date_match = re.fullmatch(r"(\d{4}):(\d\d):(\d\d)", clean_text(date_value) or "")
    numbers = _numbers(time_value, 3)
    if not date_match or numbers is None or len(numbers) != 3:
        return None
    hours, minutes, seconds = numbers
    if hours >= 24 or minutes >= 60 or seconds >= 61:
        return None
    try:
        day = datetime(*(int(g) for g in date_match.groups()), tzinfo=UTC)
    except ValueError:
        return None
    moment = day + timedelta(hours=hours, minutes=minutes, seconds=seconds)
    spec = "seconds" if moment.microsecond == 0 else "milliseconds"
    return moment.isoformat(timespec=spec).replace("+00:00", "Z")


# --- PDF -------------------------------------------------------------------------------


def _read_pdf(stream: BinaryIO, essence: str, result: MetadataResult) -> None:
    from pypdf import PdfReader  # imported here: only PDF intake pays for it

    try:
        reader = PdfReader(stream, strict=False)
    except Exception:
        result.warn("The PDF is damaged: its structure could not be read.")
        return
    if reader.is_encrypted:
        result.values["encrypted"] = True
        try:
            opened = bool(reader.decrypt(""))
        except Exception:
            opened = False
        if not opened:
            result.warn(
                "The PDF is password-protected, so its page count and document "
                "information could not be read."
            )
            return
    try:
        result.values["pages"] = len(reader.pages)
    except Exception:
        result.warn("The PDF page tree is damaged; the page count could not be read.")
    try:
        info = reader.metadata
    except Exception:
        result.warn("The PDF document information is damaged and could not be read.")
        return
    if info is None:
        return
    for key, attribute in (
        ("title", "title"),
        ("author", "author"),
        ("subject", "subject"),
        ("creator", "creator"),
        ("producer", "producer"),
    ):
        try:
            text = clean_text(str(getattr(info, attribute))) if getattr(info, attribute) else None
        except Exception:
            text = None
            result.warn(f"The PDF {key} is damaged and could not be read.")
        if text:
            result.values[key] = text
    for key, attribute in (("created_at", "creation_date"), ("modified_at", "modification_date")):
        try:
            moment = getattr(info, attribute)
        except Exception:
            result.warn(f"The PDF {attribute.replace('_', ' ')} is not a valid date.")
            continue
        if isinstance(moment, datetime):
            result.values[key] = moment.isoformat()
