"""Embedded metadata of an evidence file: capture time, place, device, size, pages, length.

Intake calls this on the decrypted plaintext as a seekable stream, so no plaintext is ever
written to disk for it. Evidence files are often damaged or hostile, so nothing here
raises on bad content: problems become sentences in ``result["warnings"]`` and everything
that could be read is still returned. Only headers are read (Pillow opens images lazily
and no pixels are decoded); audio and video are walked chunk by chunk with seeks.
"""

from __future__ import annotations

import contextlib
import math
import os
import re
import struct
import warnings
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any, BinaryIO

from PIL import Image, UnidentifiedImageError

#: Longest text value kept from a file's metadata; longer values are cut.
MAX_TEXT = 1000

# Pillow plug-ins allowed for each sniffed type, so a file is never parsed as another format.
_PILLOW_FORMATS = {
    "image/jpeg": ("JPEG",),  # multi-picture (MPO) files open through JPEG too
    "image/png": ("PNG",),
    "image/gif": ("GIF",),
    "image/webp": ("WEBP",),
    "image/tiff": ("TIFF",),
    "image/bmp": ("BMP",),
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
_ISO6709 = re.compile(r"([+-]\d{1,2}(?:\.\d+)?)([+-]\d{1,3}(?:\.\d+)?)([+-]\d+(?:\.\d+)?)?")

# QuickTime and MP4 count seconds from 1904-01-01 UTC.
_MP4_EPOCH = datetime(1904, 1, 1, tzinfo=UTC)
_MAX_BOXES = 10_000


class _Result:
    """Collects values and warnings; warnings never quote the file's content."""

    def __init__(self) -> None:
        self.values: dict[str, Any] = {}
        self.warnings: list[str] = []

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def as_dict(self) -> dict[str, Any]:
        out = dict(self.values)
        if self.warnings:
            out["warnings"] = list(self.warnings)
        return out


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
    result = _Result()
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
    PDF's trailer, an MP4's moov box, a WAV's true length lie beyond the first bytes)."""
    return _reader_for(media_type.split(";", 1)[0].strip().lower()) is not None


def _reader_for(essence: str) -> Callable[[BinaryIO, str, _Result], None] | None:
    if essence.startswith("image/"):
        return _read_image
    if essence == "application/pdf":
        return _read_pdf
    if essence == "audio/wav":
        return _read_wav
    if essence in ("video/mp4", "video/quicktime", "video/3gpp", "video/3gpp2", "audio/mp4"):
        return _read_mp4
    return None


@contextlib.contextmanager
def _open(source: BinaryIO | str | os.PathLike[str]) -> Iterator[BinaryIO]:
    if isinstance(source, str | os.PathLike):
        with open(source, "rb") as f:
            yield f
    else:
        yield source


# --- images ----------------------------------------------------------------------------


def _read_image(stream: BinaryIO, essence: str, result: _Result) -> None:
    formats = _PILLOW_FORMATS.get(essence)
    if formats is None:
        result.warn(
            "Reading metadata from this image format is not supported yet; the file itself "
            "is kept unchanged."
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


def _salvage_jpeg_exif(stream: BinaryIO, result: _Result) -> None:
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


def _read_exif(exif: Image.Exif, result: _Result) -> None:
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
        text = _text(exif.get(tag))
        if text:
            values[key] = text
    orientation = exif.get(_ORIENTATION)
    if isinstance(orientation, int) and 1 <= orientation <= 8:
        values["orientation"] = orientation
    sub = _ifd(exif, _EXIF_IFD, result)
    owner = _text(sub.get(_OWNER))
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


def _ifd(exif: Image.Exif, tag: int, result: _Result) -> dict[int, Any]:
    if tag not in exif:
        return {}
    try:
        return dict(exif.get_ifd(tag))
    except Exception:
        result.warn("A section of the EXIF block is damaged and could not be read.")
        return {}


def _read_gps(gps: dict[int, Any], result: _Result) -> None:
    for key, ref_tag, value_tag, positive, negative, limit in (
        ("gps_latitude", _GPS_LAT_REF, _GPS_LAT, "N", "S", 90.0),
        ("gps_longitude", _GPS_LON_REF, _GPS_LON, "E", "W", 180.0),
    ):
        if value_tag not in gps:
            continue
        degrees = _degrees(gps[value_tag])
        ref = (_text(gps.get(ref_tag)) or "").upper()
        if degrees is None or degrees > limit or ref not in (positive, negative):
            result.warn(f"The GPS {key[4:]} is not valid; it was left out.")
            continue
        result.values[key] = round(-degrees if ref == negative else degrees, 7)
    if _GPS_ALT in gps:
        altitude = _number(gps[_GPS_ALT])
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


def _number(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    return number if math.isfinite(number) else None


def _numbers(value: Any, count: int) -> list[float] | None:
    """Up to ``count`` non-negative finite numbers from a rational or tuple of rationals."""
    parts = value if isinstance(value, tuple | list) else (value,)
    numbers = [_number(p) for p in parts[:count]]
    valid = [n for n in numbers if n is not None and n >= 0]
    return valid if valid and len(valid) == len(numbers) else None


def _degrees(value: Any) -> float | None:
    """Degrees, minutes, seconds (as rationals) to decimal degrees."""
    numbers = _numbers(value, 3)
    return None if numbers is None else sum(n / 60**i for i, n in enumerate(numbers))


def _text(value: Any) -> str | None:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if not isinstance(value, str):
        return None
    value = value.replace("\x00", " ").strip()
    return value[:MAX_TEXT] or None


def _exif_datetime(value: Any, offset: Any) -> str | None:
    text = _text(value)
    match = _EXIF_DATE.match(text or "")
    if not match:
        return None
    try:
        stamp = datetime(*(int(g) for g in match.groups()))  # local camera time: naive
    except ValueError:
        return None
    offset_text = _text(offset) or ""
    return stamp.isoformat() + (offset_text if _UTC_OFFSET.fullmatch(offset_text) else "")


def _gps_timestamp(date_value: Any, time_value: Any) -> str | None:
    date_match = re.fullmatch(r"(\d{4}):(\d\d):(\d\d)", _text(date_value) or "")
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


def _read_pdf(stream: BinaryIO, essence: str, result: _Result) -> None:
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
            text = _text(str(getattr(info, attribute))) if getattr(info, attribute) else None
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


# --- WAV -------------------------------------------------------------------------------


def _read_wav(stream: BinaryIO, essence: str, result: _Result) -> None:
    """Walk the RIFF chunks for 'fmt ' and 'data' without reading the samples."""
    size = _stream_size(stream)
    header = stream.read(12)
    if len(header) < 12 or header[:4] not in (b"RIFF", b"RF64") or header[8:12] != b"WAVE":
        result.warn("The WAV header is damaged; the duration could not be read.")
        return
    fmt: tuple[int, int, int, int, int, int] | None = None
    data_size: int | None = None
    rf64_data_size: int | None = None
    pos = 12
    for _ in range(_MAX_BOXES):
        stream.seek(pos)
        chunk = stream.read(8)
        if len(chunk) < 8:
            break
        chunk_id, chunk_size = chunk[:4], struct.unpack("<I", chunk[4:])[0]
        if chunk_id == b"ds64":
            ds64 = stream.read(24)
            if len(ds64) == 24:
                rf64_data_size = struct.unpack_from("<Q", ds64, 8)[0]
        elif chunk_id == b"fmt ":
            raw = stream.read(16)
            if len(raw) == 16:
                fmt = struct.unpack("<HHIIHH", raw)
        elif chunk_id == b"data":
            data_size = chunk_size
            if chunk_size == 0xFFFFFFFF and rf64_data_size is not None:
                data_size = rf64_data_size
            available = max(0, size - pos - 8)
            if data_size > available:
                result.warn("The WAV file is shorter than its header says; it may be cut short.")
                data_size = available
            break
        pos += 8 + chunk_size + (chunk_size & 1)
    if fmt is None:
        result.warn("The WAV file has no readable format chunk; the duration is unknown.")
        return
    _format_tag, channels, sample_rate, byte_rate, _align, bits = fmt
    result.values.update(channels=channels, sample_rate=sample_rate, bits_per_sample=bits)
    if data_size is None:
        result.warn("The WAV file has no audio data chunk; the duration is unknown.")
    elif byte_rate:
        result.values["duration_seconds"] = round(data_size / byte_rate, 3)


def _stream_size(stream: BinaryIO) -> int:
    stream.seek(0, os.SEEK_END)
    size = stream.tell()
    stream.seek(0)
    return size


# --- MP4 / QuickTime -------------------------------------------------------------------


def _boxes(stream: BinaryIO, start: int, end: int) -> Iterator[tuple[bytes, int, int]]:
    """Yield (type, payload start, payload end) of the boxes between two offsets."""
    pos = start
    for _ in range(_MAX_BOXES):
        if pos + 8 > end:
            return
        stream.seek(pos)
        header = stream.read(16)
        if len(header) < 8:
            return
        size, kind = struct.unpack(">I4s", header[:8])
        payload = pos + 8
        if size == 1 and len(header) == 16:
            size = struct.unpack(">Q", header[8:])[0]
            payload = pos + 16
        elif size == 0:
            size = end - pos
        if size < payload - pos or pos + size > end:
            return
        yield kind, payload, pos + size
        pos += size


def _read_mp4(stream: BinaryIO, essence: str, result: _Result) -> None:
    size = _stream_size(stream)
    moov = next(((s, e) for kind, s, e in _boxes(stream, 0, size) if kind == b"moov"), None)
    if moov is None:
        result.warn("The video has no readable 'moov' header; it may be cut short.")
        return
    for kind, start, end in _boxes(stream, *moov):
        if kind == b"mvhd":
            stream.seek(start)
            _read_mvhd(stream.read(min(end - start, 32)), result)
        elif kind == b"udta":
            for child, child_start, child_end in _boxes(stream, start, end):
                if child == b"\xa9xyz":
                    stream.seek(child_start)
                    _read_iso6709(stream.read(min(child_end - child_start, 256)), result)


def _read_mvhd(payload: bytes, result: _Result) -> None:
    version = payload[0] if payload else -1
    if version == 0 and len(payload) >= 20:
        created, _modified, timescale, duration = struct.unpack_from(">IIII", payload, 4)
    elif version == 1 and len(payload) >= 32:
        created, _modified, timescale, duration = struct.unpack_from(">QQIQ", payload, 4)
    else:
        result.warn("The video header ('mvhd') is damaged; duration and date are unknown.")
        return
    if timescale:
        result.values["duration_seconds"] = round(duration / timescale, 3)
    if 0 < created < 2**33:  # zero means "not set"
        # Recorded as UTC by the standard, though some cameras store local time here.
        moment = _MP4_EPOCH + timedelta(seconds=created)
        result.values["created_at"] = moment.isoformat().replace("+00:00", "Z")


def _read_iso6709(payload: bytes, result: _Result) -> None:
    """Location written by phones as '+37.3861-122.0839+010.0/' after a 4-byte header."""
    match = _ISO6709.match(payload[4:].decode("ascii", "replace"))
    if not match:
        result.warn("The video's location is not in a known format; it was left out.")
        return
    latitude, longitude = float(match.group(1)), float(match.group(2))
    if abs(latitude) > 90 or abs(longitude) > 180:
        result.warn("The video's location is not valid; it was left out.")
        return
    result.values["gps_latitude"] = round(latitude, 7)
    result.values["gps_longitude"] = round(longitude, 7)
    if match.group(3):
        result.values["gps_altitude"] = round(float(match.group(3)), 2)
