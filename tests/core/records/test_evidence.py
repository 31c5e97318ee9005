"""Evidence intake as a user sees it: one record per file, content stored once, custody signed."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from sqlalchemy import func, select

from casebook.core.errors import BlobIntegrityError, IntakeError, ValidationError
from casebook.core.integrity.custody import custody_problems, record_event
from casebook.core.models import Blob, CustodyEvent, EvidenceItem
from casebook.core.records.cases import add_case
from casebook.core.records.evidence import export_content, read_content, take_in


@pytest.fixture
def case(book):
    with book.session() as s:
        case = add_case(s, "Evidence", "EV-1")
        s.commit()
        return case


def jpeg_with_exif(path, when="2017:08:25 06:30:00"):
    image = Image.new("RGB", (40, 30), "orange")
    exif = Image.Exif()
    exif[0x010F] = "Canon"
    exif[0x0110] = "EOS 5D"
    exif.get_ifd(0x8769)[0x9003] = when  # DateTimeOriginal
    image.save(path, format="JPEG", exif=exif)


def test_intake_records_type_hash_metadata_and_a_signed_custody_event(book, case, tmp_path):
    photo = tmp_path / "IMG_0001.txt"  # misleading name: the type comes from the content
    jpeg_with_exif(photo)
    with book.session() as s:
        result = take_in(book, s, case, photo, source="Field team")
        s.commit()
        item = result.item
        assert result.duplicate_of is None
        assert item.media_type == "image/jpeg" and item.kind == "photo"
        assert item.title == "IMG_0001.txt" and item.size == photo.stat().st_size
        assert item.extracted_metadata.get("camera_make") == "Canon" or "Canon" in str(
            item.extracted_metadata
        )
        assert "2017" in str(item.extracted_metadata)
        events = s.scalars(select(CustodyEvent).where(CustodyEvent.evidence_id == item.id)).all()
        assert [e.action for e in events] == ["collected"]
        assert custody_problems(s, item) == []
        assert read_content(book, item) == photo.read_bytes()


def test_same_content_twice_is_stored_once_and_linked(book, case, tmp_path):
    first, second = tmp_path / "a.jpg", tmp_path / "copy of a.jpg"
    jpeg_with_exif(first)
    second.write_bytes(first.read_bytes())
    with book.session() as s:
        one = take_in(book, s, case, first).item
        two = take_in(book, s, case, second)
        s.commit()
        assert two.duplicate_of is not None and two.duplicate_of.id == one.id
        assert two.item.duplicate_of_id == one.id and two.item.blob_id == one.blob_id
        assert s.scalar(select(func.count()).select_from(Blob)) == 1
        assert s.scalar(select(func.count()).select_from(EvidenceItem)) == 2
    assert len(list(book.vault.folder.glob("*/*.cbx"))) == 1


def test_custody_signature_breaks_when_an_event_is_edited(book, case, tmp_path):
    photo = tmp_path / "p.png"
    Image.new("RGB", (8, 8)).save(photo)
    with book.session() as s:
        item = take_in(book, s, case, photo).item
        record_event(s, item, "viewed", book.actor_id, reason="review meeting")
        s.commit()
        assert custody_problems(s, item) == []
        event = item.custody[1]
        event.reason = "changed afterwards"
        s.flush()
        problems = [str(p) for p in custody_problems(s, item)]
        assert len(problems) == 1 and "custody event 2 (viewed)" in problems[0]
        with pytest.raises(ValidationError):
            record_event(s, item, "lost", book.actor_id)


def test_tampered_content_is_named_on_read_and_export_leaves_nothing(book, case, tmp_path):
    photo = tmp_path / "witness drawing.png"
    Image.new("RGB", (300, 300), "white").save(photo)
    with book.session() as s:
        item = take_in(book, s, case, photo).item
        s.commit()
        stored = book.vault.path_of(item.blob.storage_name)
        data = bytearray(stored.read_bytes())
        data[len(data) // 2] ^= 0x01
        stored.write_bytes(bytes(data))
        with pytest.raises(BlobIntegrityError, match=r"witness drawing\.png"):
            read_content(book, item)
        target = tmp_path / "out" / "copy.png"
        target.parent.mkdir()
        with pytest.raises(BlobIntegrityError):
            export_content(book, item, target)
        assert list(target.parent.iterdir()) == []


def test_empty_file_and_missing_file(book, case, tmp_path):
    empty = tmp_path / "empty.bin"
    empty.write_bytes(b"")
    with book.session() as s:
        item = take_in(book, s, case, empty).item
        s.commit()
        assert item.size == 0 and read_content(book, item) == b""
        with pytest.raises(IntakeError, match="was not found"):
            take_in(book, s, case, tmp_path / "gone.jpg")
        with pytest.raises(IntakeError, match="is a folder"):
            take_in(book, s, case, tmp_path)


def test_corrupt_image_metadata_does_not_lose_the_file(book, case, tmp_path):
    broken = tmp_path / "broken.jpg"
    buffer = io.BytesIO()
    jpeg_with_exif(buffer)
    broken.write_bytes(buffer.getvalue()[:200])  # a JPEG cut off inside its EXIF block
    with book.session() as s:
        item = take_in(book, s, case, broken).item
        s.commit()
        assert item.sha256 and read_content(book, item) == broken.read_bytes()


def _wav(path, seconds: float, rate: int = 8000):
    import wave

    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(b"\x00\x01" * int(rate * seconds))
    return path


def test_intake_reads_metadata_from_its_own_pass_not_from_the_stored_blob(
    book, case, tmp_path, monkeypatch
):
    # 20 s of audio is 320 KB: its true length lies far beyond the first bytes.
    source = _wav(tmp_path / "interview.wav", 20)

    def no_second_decryption(*args, **kwargs):
        raise AssertionError("intake decrypted the stored blob again")

    monkeypatch.setattr(type(book.vault), "chunks", no_second_decryption)
    monkeypatch.setattr(type(book.vault), "read_bytes", no_second_decryption)
    with book.session() as s:
        item = take_in(book, s, case, source).item
        assert item.extracted_metadata["duration_seconds"] == 20.0
        assert "warnings" not in item.extracted_metadata


def test_a_file_too_large_to_keep_gets_the_metadata_its_first_bytes_hold(
    book, case, tmp_path, monkeypatch
):
    from casebook.core.media import intake_metadata

    monkeypatch.setattr(intake_metadata, "METADATA_IN_MEMORY_LIMIT", 100 * 1024)
    source = _wav(tmp_path / "long.wav", 20)
    with book.session() as s:
        item = take_in(book, s, case, source).item
        # The first bytes say 20 s but hold less: what was read is said, not guessed.
        assert item.extracted_metadata["sample_rate"] == 8000
        assert "duration_seconds" not in item.extracted_metadata
        assert item.extracted_metadata["warnings"] == [
            "The file is too large for all of it to be read for metadata; only its first part "
            "was read, so its length and other details kept near its end are not recorded."
        ]
