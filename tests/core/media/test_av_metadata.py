"""Metadata of real media files per format: length, dates, place, device.

The files in tests/fixtures/media were made once by make_media_fixtures.sh (1 s of silence,
a 16x16 black frame), with the dates, places and devices written there; the figures below
are those written values, so a reader that lost one fails here.
"""

from __future__ import annotations

import io
import os
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casebook.core.media.media_metadata import extract_metadata
from casebook.core.media.media_type import SNIFF_BYTES, sniff_media_type

FIXTURES = Path(__file__).parents[2] / "fixtures" / "media"
WRITTEN_AT = "2024-05-01T10:00:00Z"  # creation_time given to ffmpeg
TAKEN_AT = "2024-05-01T12:00:00+02:00"  # the phone's local capture time and offset

# file: (sniffed type, expected metadata values; duration checked to within 50 ms of 1 s)
CORPUS: dict[str, tuple[str, dict[str, object]]] = {
    "voice-note.opus": (
        "audio/ogg",
        # A Vorbis comment has no time zone: the time stays as written, without one.
        {"container": "Ogg", "audio_codec": "Opus", "recorded_at": "2024-05-01T10:00:00"},
    ),
    "recording.mp3": (
        "audio/mpeg",
        # ID3v2.4 TDRC has no zone (MediaInfo says "UTC"): kept as written, without one.
        {"container": "MPEG Audio", "sample_rate": 48000, "recorded_at": "2024-05-01T10:00:00"},
    ),
    "recording.m4a": (
        "audio/mp4",
        {"container": "MPEG-4", "audio_codec": "AAC", "created_at": WRITTEN_AT},
    ),
    "recording.aac": ("audio/aac", {"container": "ADTS", "audio_codec": "AAC"}),
    "recording.amr": ("audio/amr", {"container": "AMR", "sample_rate": 8000}),
    "recording.flac": ("audio/flac", {"container": "FLAC", "sample_rate": 8000}),
    "video-location.mp4": (
        "video/mp4",
        {
            "video_codec": "AVC",
            "audio_codec": "AAC",
            "width": 16,
            "height": 16,
            "created_at": WRITTEN_AT,
            "gps_latitude": 48.8584,
            "gps_longitude": 2.2945,
        },
    ),
    "video-iphone.mov": (
        "video/quicktime",
        {
            "created_at": WRITTEN_AT,
            "taken_at": TAKEN_AT,
            "gps_latitude": 33.5138,
            "gps_longitude": 36.2765,
            "gps_altitude": 680.0,
            "camera_make": "Apple",
            "camera_model": "iPhone 12",
        },
    ),
    "video.webm": (
        "video/webm",
        {"container": "WebM", "video_codec": "VP8", "audio_codec": "Opus"},
    ),
    "video.mkv": ("video/x-matroska", {"container": "Matroska", "created_at": WRITTEN_AT}),
    "video.ts": ("video/mp2t", {"container": "MPEG-TS", "video_codec": "AVC"}),
}
PHOTOS = {"photo-gps.heic": "image/heic", "photo-gps.avif": "image/avif"}


def _read(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def test_fixtures_stay_small() -> None:
    for path in FIXTURES.iterdir():
        assert path.stat().st_size < 30_000, path.name


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_length_dates_place_and_device_per_format(name: str) -> None:
    data = _read(name)
    media_type, expected = CORPUS[name]
    assert sniff_media_type(data[:SNIFF_BYTES]) == media_type
    meta = extract_metadata(io.BytesIO(data), media_type)
    assert meta["duration_seconds"] == pytest.approx(1.0, abs=0.05)
    assert {k: meta.get(k) for k in expected} == expected
    assert "warnings" not in meta
    if "gps_latitude" not in expected:  # no place invented where the file holds none
        assert "gps_latitude" not in meta


@pytest.mark.parametrize("name", sorted(PHOTOS))
def test_heic_and_avif_exif_capture_time_and_gps(name: str) -> None:
    data = _read(name)
    assert sniff_media_type(data[:SNIFF_BYTES]) == PHOTOS[name]
    meta = extract_metadata(io.BytesIO(data), PHOTOS[name])
    assert meta == {
        "width": 16,
        "height": 16,
        "camera_make": "Apple",
        "camera_model": "iPhone 12",
        "taken_at": "2024-05-01T12:00:00+02:00",
        "gps_latitude": pytest.approx(33.5138, abs=1e-6),
        "gps_longitude": pytest.approx(36.2765, abs=1e-6),
    }


# Streams of self-contained frames: half the file is a valid recording of half the length.
FRAME_STREAMS = {"recording.aac", "recording.amr"}
# Cut inside the last data block, which the length in the headers still covers; MediaInfo
# gives no note for these (a known limit, so the test only says no crash and no invention).
CUT_UNNOTICED = {"recording.flac", "voice-note.opus"}


@pytest.mark.parametrize("name", sorted([*CORPUS, *PHOTOS]))
def test_truncated_files_never_raise_and_say_so(name: str) -> None:
    data = _read(name)
    media_type = CORPUS[name][0] if name in CORPUS else PHOTOS[name]
    meta = extract_metadata(io.BytesIO(data[: len(data) // 2]), media_type)
    if name in FRAME_STREAMS:
        assert meta["duration_seconds"] == pytest.approx(0.5, abs=0.05)
    elif name in CUT_UNNOTICED:
        assert meta["duration_seconds"] <= 1.01
    else:
        assert meta["warnings"], name  # something is missing and the note says so
    for warning in meta.get("warnings", []):
        # A fixed sentence: never the library's message with offsets, never the file's text.
        assert warning.endswith(".") and not any(c.isdigit() for c in warning)


def test_a_file_cut_mid_header_keeps_no_place() -> None:
    data = _read("video-iphone.mov")
    meta = extract_metadata(io.BytesIO(data[:600]), "video/quicktime")
    assert "gps_latitude" not in meta and meta["warnings"]


@pytest.mark.parametrize("media_type", ["video/mp4", "video/quicktime", "audio/ogg", "audio/mpeg"])
def test_random_bytes_and_empty_files_give_no_metadata_and_a_note(media_type: str) -> None:
    noise = random.Random(7).randbytes(20_000)
    for data in (noise, b"", os.urandom(3)):
        meta = extract_metadata(io.BytesIO(data), media_type)
        assert set(meta) <= {"warnings", "container"} and meta["warnings"]
        assert "duration_seconds" not in meta


def test_a_path_is_read_as_a_stream(tmp_path: Path) -> None:
    path = tmp_path / "clip.mov"
    path.write_bytes(_read("video-iphone.mov"))
    assert extract_metadata(path, "video/quicktime")["camera_model"] == "iPhone 12"


_FIXTURE_NAMES = st.sampled_from(sorted([*CORPUS, *PHOTOS]))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=_FIXTURE_NAMES,
    edits=st.lists(st.tuples(st.integers(0, 30_000), st.integers(0, 255)), max_size=20),
    cut=st.integers(0, 30_000),
)
def test_damaged_files_never_raise(name: str, edits: list[tuple[int, int]], cut: int) -> None:
    """Bytes overwritten and the end cut off anywhere: a dict comes back, with only the
    fixed sentences as warnings (no library message, no content of the file)."""
    data = bytearray(_read(name))
    for position, value in edits:
        data[position % len(data)] = value
    media_type = CORPUS[name][0] if name in CORPUS else PHOTOS[name]
    meta = extract_metadata(io.BytesIO(bytes(data[: cut % (len(data) + 1)])), media_type)
    assert isinstance(meta, dict)
    for warning in meta.get("warnings", []):
        assert warning.endswith(".") and not any(c.isdigit() for c in warning)
