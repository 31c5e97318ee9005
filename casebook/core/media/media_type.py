"""Media type of an evidence file from its first bytes, never from its name.

File names and extensions are set by whoever sent the file and are often wrong (a photo
forwarded as ``.txt``, a voice note as ``.bin``). Intake streams each file once, so the
sniffer sees only the first chunk: everything here decides from at most
:data:`SNIFF_BYTES` bytes and never raises on odd input.
"""

from __future__ import annotations

import codecs
import re
import struct
import zlib
from collections.abc import Callable

#: How much of the start of a file the sniffer looks at.
SNIFF_BYTES = 4096

OCTET_STREAM = "application/octet-stream"

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"

# Main-part content types in an OOXML package's [Content_Types].xml, and the folder each
# format keeps its parts in (used when that file is not the first entry).
_OOXML = (
    (b"wordprocessingml.document.main+xml", "word/", DOCX),
    (b"wordprocessingml.template.main+xml", "word/", DOCX),
    (b"spreadsheetml.sheet.main+xml", "xl/", XLSX),
    (b"spreadsheetml.template.main+xml", "xl/", XLSX),
    (b"presentationml.presentation.main+xml", "ppt/", PPTX),
    (b"presentationml.slideshow.main+xml", "ppt/", PPTX),
)

# ISO base media file format (ftyp box) brands.
_FTYP_BRANDS = {
    b"heic": "image/heic",
    b"heix": "image/heic",
    b"heim": "image/heic",
    b"heis": "image/heic",
    b"hevc": "image/heic-sequence",
    b"hevx": "image/heic-sequence",
    b"avif": "image/avif",
    b"avis": "image/avif",
    b"crx ": "image/x-canon-cr3",
    b"qt  ": "video/quicktime",
    b"M4A ": "audio/mp4",
    b"M4B ": "audio/mp4",
    b"M4P ": "audio/mp4",
    b"F4A ": "audio/mp4",
    b"3g2a": "video/3gpp2",
    b"3g2b": "video/3gpp2",
    b"3g2c": "video/3gpp2",
}
# Generic still-image brands: HEIF unless a compatible brand says HEIC or AVIF.
_HEIF_GENERIC = {b"mif1", b"msf1", b"mif2"}

# RIFF form types.
_RIFF = {b"WEBP": "image/webp", b"WAVE": "audio/wav", b"AVI ": "video/x-msvideo"}

_EVIDENCE_KIND_BY_TYPE = {
    "application/pdf": "document",
    "application/rtf": "document",
    "application/msword": "document",
    "application/x-ole-storage": "document",
    "application/epub+zip": "document",
    DOCX: "document",
    XLSX: "document",
    PPTX: "document",
}


def sniff_media_type(head: bytes) -> str:
    """Return the media type (``type/subtype``) of a file from its first bytes.

    Only ``head[:SNIFF_BYTES]`` is looked at. Unknown content gives
    ``application/octet-stream``; text that decodes as UTF-8 (or UTF-16 with a byte-order
    mark) without NUL characters gives ``text/plain`` or ``text/html``; mostly-ASCII text in
    a legacy Western encoding gives the same with ``; charset=iso-8859-1`` or
    ``; charset=windows-1252``, so that it is later read in the right encoding.
    """
    head = bytes(head[:SNIFF_BYTES])
    for check in _CHECKS:
        found = check(head)
        if found:
            return found
    return OCTET_STREAM


def evidence_kind_for(media_type: str) -> str:
    """Map a media type to the evidence kind shown to users.

    One of ``"photo"``, ``"video"``, ``"audio"``, ``"document"`` or ``"other"``; parameters
    such as ``; charset=utf-8`` and letter case are ignored.
    """
    essence = media_type.split(";", 1)[0].strip().lower()
    major = essence.split("/", 1)[0]
    if major == "image":
        return "photo"
    if major in ("video", "audio"):
        return major
    if major == "text" or essence.startswith("application/vnd.oasis.opendocument."):
        return "document"
    return _EVIDENCE_KIND_BY_TYPE.get(essence, "other")


AGE = "application/x-age"  # no registered type: the name age's own tools and others use
GZIP = "application/gzip"
TAR = "application/x-tar"


def _simple_magic(head: bytes) -> str | None:
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if head.startswith((b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")):
        return "image/tiff"
    if head.startswith(b"fLaC"):
        return "audio/flac"
    if head.startswith(b"#!AMR-WB\n"):
        return "audio/amr-wb"
    if head.startswith(b"#!AMR\n"):
        return "audio/amr"
    if head.startswith(b"{\\rtf"):
        return "application/rtf"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        # Legacy Office (doc, xls, ppt, msg): telling them apart needs the directory,
        # which is usually beyond the first chunk.
        return "application/x-ole-storage"
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"\x1f\x8b\x08"):  # deflate, the only method gzip defines
        return GZIP
    if head[257:262] == b"ustar":  # POSIX "ustar\x0000" and GNU "ustar  \x00"
        return TAR
    # An age file, binary or ASCII-armored: encrypted, so its content cannot be sniffed.
    if head.startswith(b"age-encryption.org/v1\n"):
        return AGE
    if head.lstrip(b" \t\r\n").startswith(b"-----BEGIN AGE ENCRYPTED FILE-----"):
        return AGE
    return None


def _pdf_after_junk(head: bytes) -> str | None:
    # Readers accept up to 1 KiB of junk before the header; checked after every other
    # format so that a PDF inside an archive does not make the archive a PDF.
    if re.search(rb"%PDF-\d\.\d", head[:1024]):
        return "application/pdf"
    return None


def _bmp(head: bytes) -> str | None:
    # "BM" alone is too common a start of text; require a known DIB header size.
    if len(head) >= 18 and head.startswith(b"BM"):
        (dib_size,) = struct.unpack_from("<I", head, 14)
        if dib_size in (12, 16, 40, 52, 56, 64, 108, 124):
            return "image/bmp"
    return None


def _riff(head: bytes) -> str | None:
    if len(head) >= 12 and head.startswith((b"RIFF", b"RF64")):
        return _RIFF.get(head[8:12])
    return None


def _iso_bmff(head: bytes) -> str | None:
    if len(head) < 12 or head[4:8] != b"ftyp":
        return None
    (box_size,) = struct.unpack_from(">I", head, 0)
    box_end = min(max(box_size, 16), len(head))
    major = head[8:12]
    compatible = {head[i : i + 4] for i in range(16, box_end - 3, 4)}
    if major in _FTYP_BRANDS:
        return _FTYP_BRANDS[major]
    if major in _HEIF_GENERIC:
        for brand in (b"heic", b"heix", b"avif"):
            if brand in compatible:
                return _FTYP_BRANDS[brand]
        return "image/heif"
    if major.startswith((b"3gp", b"3ge", b"3gg", b"3gs")):
        return "video/3gpp"
    # isom, iso2..iso9, mp41, mp42, avc1, M4V, dash and the many phone-maker brands.
    return "video/mp4"


def _ebml(head: bytes) -> str | None:
    if not head.startswith(b"\x1a\x45\xdf\xa3"):
        return None
    # The DocType element (ID 0x4282) follows within the EBML header.
    match = re.search(rb"\x42\x82[\x80-\xff](webm|matroska)", head[:64])
    if match and match.group(1) == b"webm":
        return "video/webm"
    return "video/x-matroska"


def _ogg(head: bytes) -> str | None:
    if not head.startswith(b"OggS"):
        return None
    if b"\x80theora" in head:
        return "video/ogg"
    # Opus (WhatsApp and Telegram voice notes), Vorbis and FLAC in Ogg are all audio/ogg.
    return "audio/ogg"


def _mpeg_transport(head: bytes) -> str | None:
    # MPEG-TS packets are 188 bytes; camcorder .MTS (M2TS) adds a 4-byte timestamp.
    for start, step in ((0, 188), (4, 192)):
        positions = range(start, min(len(head), start + step * 5), step)
        if len(positions) >= 3 and all(head[p] == 0x47 for p in positions):
            return "video/mp2t"
    if head.startswith(b"\x00\x00\x01\xba"):
        return "video/mpeg"
    return None


def _zip(head: bytes) -> str | None:
    if head.startswith(b"PK\x05\x06"):
        return "application/zip"  # an empty archive
    if not head.startswith(b"PK\x03\x04"):
        return None
    pos = 0
    while head.startswith(b"PK\x03\x04", pos) and pos + 30 <= len(head):
        # Local file header: flags, method, sizes and name lengths at fixed offsets.
        flags, method = struct.unpack_from("<HH", head, pos + 6)
        (csize,) = struct.unpack_from("<I", head, pos + 18)
        name_len, extra_len = struct.unpack_from("<HH", head, pos + 26)
        name = head[pos + 30 : pos + 30 + name_len]
        data_start = pos + 30 + name_len + extra_len
        data = head[data_start : data_start + csize] if csize else head[data_start:]
        if name == b"mimetype" and method == 0:
            # OpenDocument and EPUB store their media type first and uncompressed.
            declared = data[:csize].decode("ascii", "replace").strip()
            if re.fullmatch(r"application/[a-z0-9.+-]+", declared):
                return declared
        if name == b"[Content_Types].xml":
            content = _inflate_prefix(data) if method == 8 else data
            for marker, _folder, media_type in _OOXML:
                if marker in content:
                    return media_type
        for _marker, folder, media_type in _OOXML:
            if name.startswith(folder.encode()):
                return media_type
        if flags & 0x08 or not csize:
            break  # sizes are in a data descriptor after the data: cannot skip ahead
        pos = data_start + csize
    return "application/zip"


def _inflate_prefix(data: bytes) -> bytes:
    """Decompress as much of a truncated deflate stream as is present."""
    try:
        return zlib.decompressobj(-15).decompress(data, 65536)
    except zlib.error:
        return b""


def _mpeg_audio(head: bytes) -> str | None:
    if head.startswith(b"ID3") and len(head) >= 10 and head[3] < 0xFF:
        return "audio/mpeg"
    if len(head) < 4 or head[0] != 0xFF or head[1] & 0xE0 != 0xE0:
        return None
    if head[1] & 0x06 == 0:  # layer bits 00: an ADTS (AAC) header
        return "audio/aac" if _adts_frames_line_up(head) else None
    return "audio/mpeg" if _mp3_frames_line_up(head) else None


_MP3_BITRATES_V1_L3 = (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320)
_MP3_BITRATES_V2_L3 = (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160)
_MP3_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


def _mp3_frame_length(head: bytes, pos: int) -> int | None:
    """Length of the MPEG-1/2/2.5 Layer III frame whose header is at ``pos``, if valid."""
    if pos + 4 > len(head) or head[pos] != 0xFF or head[pos + 1] & 0xE0 != 0xE0:
        return None
    version = (head[pos + 1] >> 3) & 0x03
    layer = (head[pos + 1] >> 1) & 0x03
    bitrate_index = head[pos + 2] >> 4
    rate_index = (head[pos + 2] >> 2) & 0x03
    if version == 1 or layer != 1 or bitrate_index in (0, 15) or rate_index == 3:
        return None
    padding = (head[pos + 2] >> 1) & 0x01
    rate = _MP3_RATES[version][rate_index]
    if version == 3:
        return 144000 * _MP3_BITRATES_V1_L3[bitrate_index] // rate + padding
    return 72000 * _MP3_BITRATES_V2_L3[bitrate_index] // rate + padding


def _mp3_frames_line_up(head: bytes) -> bool:
    """A frame header that could be chance must be followed by another where it predicts."""
    length = _mp3_frame_length(head, 0)
    if length is None:
        return False
    return length >= len(head) or _mp3_frame_length(head, length) is not None


def _adts_frames_line_up(head: bytes) -> bool:
    def frame_length(pos: int) -> int | None:
        if pos + 7 > len(head) or head[pos] != 0xFF or head[pos + 1] & 0xF6 != 0xF0:
            return None
        if (head[pos + 2] >> 2) & 0x0F > 12:  # sampling-frequency index
            return None
        length = ((head[pos + 3] & 0x03) << 11) | (head[pos + 4] << 3) | (head[pos + 5] >> 5)
        return length if length >= 7 else None

    length = frame_length(0)
    if length is None:
        return False
    return length >= len(head) or frame_length(length) is not None


_TEXT_CONTROLS = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")


def _text(head: bytes) -> str | None:
    if not head:
        return None
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) and len(head) >= 4:
        encoding = "utf-16-le" if head[:2] == b"\xff\xfe" else "utf-16-be"
        body = head[2 : len(head) - (len(head) % 2)]
        try:
            text = body.decode(encoding)
        except UnicodeDecodeError:
            return None
        return "text/plain" if "\x00" not in text else None
    if b"\x00" in head or _TEXT_CONTROLS.search(head):
        return None
    body = head[3:] if head.startswith(b"\xef\xbb\xbf") else head
    charset = ""
    try:
        # final=False: the chunk may end inside a multi-byte character.
        text = codecs.getincrementaldecoder("utf-8")().decode(body, final=False)
    except UnicodeDecodeError:
        legacy = _western_legacy_charset(head)
        if legacy is None:
            return None
        text, charset = head.decode(legacy), f"; charset={legacy}"
    start = text.lstrip()[:64].lower()
    if start.startswith(("<!doctype html", "<html")):
        return "text/html" + charset
    return "text/plain" + charset


# Printable ASCII and the whitespace text uses.
_ASCII_TEXT = frozenset(range(0x20, 0x7F)) | {0x09, 0x0A, 0x0D}
# Bytes windows-1252 leaves undefined: their presence means it is not that encoding.
_CP1252_UNDEFINED = frozenset({0x81, 0x8D, 0x8F, 0x90, 0x9D})


def _western_legacy_charset(head: bytes) -> str | None:
    """ISO-8859-1 or windows-1252 for text that is mostly ASCII with some accented letters.

    Old Windows and phone exports of statements (French, Spanish, Portuguese, German) come
    this way. Both encodings decode any byte, so the text must be at least 70 % ASCII to be
    taken as text at all; Cyrillic or Greek legacy encodings stay unknown rather than be
    read wrongly.
    """
    ascii_share = sum(b in _ASCII_TEXT for b in head) / len(head)
    if ascii_share < 0.7:
        return None
    high_controls = {b for b in head if 0x80 <= b <= 0x9F}
    if not high_controls:
        return "iso-8859-1"
    if high_controls & _CP1252_UNDEFINED:
        return None
    return "windows-1252"  # its quotes and dashes sit where ISO-8859-1 has controls


_CHECKS: tuple[Callable[[bytes], str | None], ...] = (
    _simple_magic,
    _riff,
    _iso_bmff,
    _ebml,
    _ogg,
    _zip,
    _bmp,
    _mpeg_transport,
    _mpeg_audio,
    _pdf_after_junk,
    _text,
)
