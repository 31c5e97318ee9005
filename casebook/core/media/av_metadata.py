"""Length, codecs, recording date, device and place of audio and video files.

Read by MediaInfo through pymediainfo, a maintained parser of every container evidence
arrives in (MP4/MOV/3GP, Matroska/WebM, Ogg/Opus, MP3, ADTS AAC, AMR, FLAC, WAV, AVI,
MPEG-TS/PS). Why MediaInfo and not hachoir: pymediainfo's wheels bundle libmediainfo for
Linux (x86-64, ARM64), macOS (x86-64, ARM64) and Windows (x86-64, x86), so ``pip install``
is all any machine Casebook runs on needs, with no Debian package; and MediaInfo reads what
documenters need and hachoir does not: AMR, Opus durations, ADTS, and the location and
device keys phones write into MOV/MP4 (the ISO 6709 ``©xyz`` atom and Apple's
``com.apple.quicktime.location.ISO6709``, make, model and capture time). Hachoir is pure
Python but has no AMR parser and no reader for those location keys.

MediaInfo is native code parsing untrusted bytes, so it is given only a stream of the
plaintext already in memory (never a path: it then cannot open neighbouring files of an
image sequence), its failures become a warning, and the work is bounded by the intake's
in-memory limit and by a parse depth that reads headers, not every frame.
"""

from __future__ import annotations

import re
import threading
from datetime import datetime
from typing import Any, BinaryIO

from .metadata_result import MetadataResult, clean_text, finite_number

# Full parsing (every frame) only where the duration is not in any header: raw AAC (ADTS),
# and only up to a size whose frames take seconds at worst (measured: 5.3 million frames of
# silence, 60 MB, took 10 s; real speech at 64 kbit/s has some 30 times fewer per MB).
_FULL_PARSE_TYPES = frozenset({"audio/aac"})
_FULL_PARSE_LIMIT = 32 * 1024 * 1024

# pymediainfo sets library-wide options on each parse: one parse at a time.
_LOCK = threading.Lock()

_ISO6709 = re.compile(r"([+-]\d{1,2}(?:\.\d+)?)([+-]\d{1,3}(?:\.\d+)?)([+-]\d+(?:\.\d+)?)?")
# MediaInfo writes dates as "2024-05-01 10:00:00 UTC" (older releases "UTC 2024-05-01 ...");
# phones' own keys as ISO 8601 with an offset, "2024-05-01T12:00:00+0200".
_MOMENT = re.compile(
    r"(?P<utc1>UTC )?(?P<d>\d{4}-\d\d-\d\d)[ T](?P<t>\d\d:\d\d:\d\d)(?:\.\d+)?"
    r"\s*(?:(?P<utc2>UTC|Z)|(?P<off>[+-]\d\d:?\d\d))?"
)
_UNSET_DATES = ("1904-01-01T00:00:00", "1970-01-01T00:00:00")  # zero in MP4 and Unix time

# Keys phones and cameras write, most specific first (names as pymediainfo gives them).
_DEVICE_KEYS = (
    ("camera_make", ("comapplequicktimemake", "comandroidmanufacturer", "make")),
    ("camera_model", ("comapplequicktimemodel", "comandroidmodel", "model")),
    ("software", ("comapplequicktimesoftware", "comandroidversion")),
)
_LOCATION_KEYS = ("comapplequicktimelocationiso6709", "xyz")


def read_audio_video(stream: BinaryIO, essence: str, result: MetadataResult) -> None:
    """Add what MediaInfo reads from ``stream`` (read from its start) to ``result``."""
    try:
        from pymediainfo import MediaInfo
    except ImportError:
        result.warn("The audio and video metadata reader is not installed; nothing was read.")
        return
    size = _stream_size(stream)
    if size == 0:
        result.warn("The file is empty.")
        return
    speed = 1.0 if essence in _FULL_PARSE_TYPES and size <= _FULL_PARSE_LIMIT else 0.5
    try:
        with _LOCK:
            info = MediaInfo.parse(stream, parse_speed=speed, encoding_errors="replace")
    except Exception:  # a missing library, a parser failure: never the evidence's loss
        result.warn("The audio or video metadata could not be read; the file is kept unchanged.")
        return
    general = info.general_tracks[0].to_data() if info.general_tracks else {}
    if not general.get("format"):
        result.warn("The file is not in a recognised audio or video format, or is damaged.")
        return
    if general.get("istruncated") == "Yes":
        result.warn("The file is shorter than its headers say; it may be cut short.")
    _read_general(general, result)
    videos = [t.to_data() for t in info.video_tracks]
    audios = [t.to_data() for t in info.audio_tracks]
    _read_streams(videos, audios, result)
    if "duration_seconds" not in result.values:
        result.warn("The length of the recording could not be read; the file may be damaged.")


def _stream_size(stream: BinaryIO) -> int:
    stream.seek(0, 2)
    size = stream.tell()
    stream.seek(0)
    return size


def _read_general(general: dict[str, Any], result: MetadataResult) -> None:
    values = result.values
    container = clean_text(general.get("format"))
    if container:
        values["container"] = container
    duration = _seconds(general.get("duration"))
    if duration is not None:
        values["duration_seconds"] = duration
    # The container's creation time is UTC by the MP4 and Matroska standards. Tags (ID3
    # TDRC, Vorbis DATE, ©day) define no zone, and MediaInfo marks some "UTC" on its own:
    # their time is kept as written, with an offset only where the tag gives one.
    for key, field, utc_known in (
        ("created_at", "encoded_date", True),
        ("recorded_at", "recorded_date", False),
    ):
        if general.get(field) is not None:
            moment = _moment(general.get(field), utc_known)
            if moment:
                values[key] = moment
    if general.get("comapplequicktimecreationdate") is not None:
        taken = _moment(general["comapplequicktimecreationdate"])
        if taken:
            values["taken_at"] = taken
        else:
            result.warn("The capture date the device wrote is not a valid date; it was left out.")
    for key, fields in _DEVICE_KEYS:
        text = next(filter(None, (clean_text(general.get(f)) for f in fields)), None)
        if text:
            values[key] = text
    writer = clean_text(general.get("writing_application") or general.get("encoder"))
    if writer:
        values["writing_application"] = writer
    location = next((general[k] for k in _LOCATION_KEYS if general.get(k)), None)
    if location is not None:
        _read_iso6709(str(location), result)


def _read_streams(
    videos: list[dict[str, Any]], audios: list[dict[str, Any]], result: MetadataResult
) -> None:
    values = result.values
    if videos:
        video = videos[0]
        codec = clean_text(video.get("format"))
        if codec:
            values["video_codec"] = codec
        width, height = _count(video.get("width")), _count(video.get("height"))
        if width and height:
            values["width"], values["height"] = width, height
    if audios:
        audio = audios[0]
        codec = clean_text(audio.get("format"))
        if codec:
            values["audio_codec"] = codec
        for key, field in (
            ("channels", "channel_s"),
            ("sample_rate", "sampling_rate"),
            ("bits_per_sample", "bit_depth"),
        ):
            number = _count(audio.get(field))
            if number:
                values[key] = number
    if "duration_seconds" not in values:
        lengths = [_seconds(t.get("duration")) for t in (*videos, *audios)]
        known = [s for s in lengths if s is not None]
        if known:
            values["duration_seconds"] = max(known)


def _seconds(milliseconds: Any) -> float | None:
    number = finite_number(milliseconds)
    if number is None or number < 0:
        return None
    return round(number / 1000, 3)


def _count(value: Any) -> int | None:
    number = finite_number(value)
    if number is None or number <= 0 or number != int(number):
        return None
    return int(number)


def _moment(value: Any, utc_known: bool = True) -> str | None:
    """ISO 8601: with ``Z`` when the file says UTC (and ``utc_known``), its offset when it
    gives one, else naive (local time of an unknown zone)."""
    match = _MOMENT.fullmatch((clean_text(value) or "").strip())
    if not match:
        return None
    try:
        stamp = datetime.fromisoformat(f"{match['d']}T{match['t']}")
    except ValueError:
        return None
    text = stamp.isoformat()
    if text in _UNSET_DATES:  # a zero timestamp: "not set", not a date
        return None
    if match["utc1"] or match["utc2"]:
        return text + "Z" if utc_known else text
    offset = match["off"]
    if offset:
        offset = offset if ":" in offset else f"{offset[:3]}:{offset[3:]}"
        if int(offset[1:3]) > 14 or int(offset[4:]) > 59:
            return None
        return text + offset
    return text


def _read_iso6709(text: str, result: MetadataResult) -> None:
    """A place as phones write it, '+37.3861-122.0839+010.0/' (decimal degrees, metres)."""
    match = _ISO6709.match(text.strip())
    if not match:
        result.warn("The recorded location is not in a known format; it was left out.")
        return
    latitude, longitude = float(match.group(1)), float(match.group(2))
    if abs(latitude) > 90 or abs(longitude) > 180:
        result.warn("The recorded location is not valid; it was left out.")
        return
    result.values["gps_latitude"] = round(latitude, 7)
    result.values["gps_longitude"] = round(longitude, 7)
    if match.group(3):
        result.values["gps_altitude"] = round(float(match.group(3)), 2)
