"""Writing systems in a text, its direction, and a font on this computer that can show them.

Testimony is kept in the speaker's script (Lao, Burmese, Thai, Khmer, Arabic…). The PDF
export must embed a font that really has those letters, or the statement prints as empty
boxes in a filing; the GUI uses the same answer to pick display fonts. Fonts are found by
family name in the usual font folders, then any font whose character map covers a sample
of the script, and a font is only returned after its character map has been checked.

The Noto fonts shipped in ``resources/fonts`` are searched before the system's, and a
script they cover is never taken from a system font: a bundle made on two computers with
different fonts installed embeds the same fonts. System fonts are the fallback for scripts
not shipped (Chinese, Japanese and Korean: their TrueType fonts are 16 MB or more).
"""

from __future__ import annotations

import os
import re
import struct
import sys
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import MissingFontError
from ..resource_paths import resource_path

#: Environment variable with extra font folders (separated by os.pathsep), searched first.
FONT_DIRS_ENV = "CASEBOOK_FONT_DIRS"

STYLES = ("regular", "bold", "italic", "bold-italic")

# Unicode blocks of each script (hexadecimal code points). Punctuation, ASCII digits,
# symbols, emoji and combining marks shared by all scripts are left out on purpose.
# Digits of a script (Lao, Myanmar, Arabic-Indic …) count for it: they need its font.
_SCRIPT_BLOCKS = """
Latin: 0041-005A 0061-007A 00AA 00BA 00C0-00D6 00D8-00F6 00F8-02AF 1D00-1D7F 1E00-1EFF
Latin: 2C60-2C7F A720-A7FF AB30-AB6F FB00-FB06 FF21-FF3A FF41-FF5A
Greek: 0370-03FF 1F00-1FFF
Cyrillic: 0400-052F 1C80-1C8F 2DE0-2DFF A640-A69F
Armenian: 0531-058F FB13-FB17
Hebrew: 0591-05FF FB1D-FB4F
Arabic: 0600-06FF 0750-077F 0870-08FF FB50-FDFF FE70-FEFF
Syriac: 0700-074F 0860-086F
Thaana: 0780-07BF
NKo: 07C0-07FF
Devanagari: 0900-097F A8E0-A8FF
Bengali: 0980-09FF
Gurmukhi: 0A00-0A7F
Gujarati: 0A80-0AFF
Oriya: 0B00-0B7F
Tamil: 0B80-0BFF
Telugu: 0C00-0C7F
Kannada: 0C80-0CFF
Malayalam: 0D00-0D7F
Sinhala: 0D80-0DFF
Thai: 0E00-0E7F
Lao: 0E80-0EFF
Tibetan: 0F00-0FFF
Myanmar: 1000-109F A9E0-A9FF AA60-AA7F
Georgian: 10A0-10FF 1C90-1CBF 2D00-2D2F
Hangul: 1100-11FF 3131-318E A960-A97F AC00-D7A3 D7B0-D7FF FFA0-FFDC
Ethiopic: 1200-139F 2D80-2DDF AB00-AB2F
Cherokee: 13A0-13FF AB70-ABBF
Canadian Aboriginal: 1400-167F 18B0-18FF
Khmer: 1780-17FF 19E0-19FF
Mongolian: 1800-18AF
Tai Le: 1950-197F
New Tai Lue: 1980-19DF
Tai Tham: 1A20-1AAF
Balinese: 1B00-1B7F
Sundanese: 1B80-1BBF
Tifinagh: 2D30-2D7F
Kana: 3041-30FF 31F0-31FF FF66-FF6F FF71-FF9F 1B000-1B16F
Bopomofo: 3100-312F 31A0-31BF
Han: 2E80-2FDF 3005 3007 3021-3029 3038-303B 3400-4DBF 4E00-9FFF F900-FAFF 20000-2FA1F 30000-323AF
Yi: A000-A4CF
Lisu: A4D0-A4FF
Vai: A500-A63F
Kayah Li: A900-A92F
Javanese: A980-A9DF
Cham: AA00-AA5F
Tai Viet: AA80-AADF
Hanifi Rohingya: 10D00-10D3F
Chakma: 11100-1114F
Adlam: 1E900-1E95F
"""


def _parse_blocks(table: str) -> tuple[tuple[int, int, str], ...]:
    ranges = []
    for line in table.strip().splitlines():
        script, blocks = line.split(":")
        for block in blocks.split():
            first, _, last = block.partition("-")
            ranges.append((int(first, 16), int(last or first, 16), script))
    return tuple(sorted(ranges))


_RANGES = _parse_blocks(_SCRIPT_BLOCKS)
_RANGE_STARTS = tuple(start for start, _end, _script in _RANGES)

#: A short text in each script, for previews, font checks and tests.
SCRIPT_SAMPLES: dict[str, str] = {
    "Latin": "Hello",
    "Greek": "Γειά σου",
    "Cyrillic": "Привет",
    "Armenian": "Բարեւ",
    "Hebrew": "שלום",
    "Arabic": "مرحبا",
    "Syriac": "ܫܠܡܐ",
    "Thaana": "ދިވެހި",
    "NKo": "ߒߞߏ",
    "Devanagari": "नमस्ते",
    "Bengali": "নমস্কার",
    "Gurmukhi": "ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ",
    "Gujarati": "નમસ્તે",
    "Oriya": "ନମସ୍କାର",
    "Tamil": "வணக்கம்",
    "Telugu": "నమస్కారం",
    "Kannada": "ನಮಸ್ಕಾರ",
    "Malayalam": "നമസ്കാരം",
    "Sinhala": "ආයුබෝවන්",
    "Thai": "สวัสดี",
    "Lao": "ສະບາຍດີ",
    "Tibetan": "བཀྲ་ཤིས་",
    "Myanmar": "မင်္ဂလာပါ",
    "Georgian": "გამარჯობა",
    "Hangul": "안녕하세요",
    "Ethiopic": "ሰላም",
    "Cherokee": "ᎣᏏᏲ",
    "Canadian Aboriginal": "ᐊᐃᐅ",
    "Khmer": "សួស្តី",
    "Mongolian": "ᠮᠣᠩᠭᠣᠯ",
    "Tai Le": "\u1950\u1951\u1952",
    "New Tai Lue": "\u1980\u1981\u1982",
    "Tai Tham": "\u1a20\u1a21\u1a22",
    "Balinese": "\u1b05\u1b13\u1b15",
    "Sundanese": "\u1b8a\u1b8b\u1b8c",
    "Tifinagh": "ⵜⴰⵎⴰⵣⵉⵖⵜ",
    "Kana": "こんにちは カタカナ",
    "Bopomofo": "ㄅㄆㄇ",
    "Han": "你好",
    "Yi": "\ua000\ua001\ua002",
    "Lisu": "\ua4d0\ua4d1\ua4d2",
    "Vai": "\ua500\ua501\ua502",
    "Kayah Li": "\ua90a\ua90b\ua90c",
    "Javanese": "\ua984\ua98f\ua990",
    "Cham": "\uaa00\uaa01\uaa02",
    "Tai Viet": "\uaa80\uaa81\uaa82",
    "Hanifi Rohingya": "\U00010d00\U00010d01\U00010d02",
    "Chakma": "\U00011103\U00011104\U00011105",
    "Adlam": "\U0001e900\U0001e901\U0001e902",
}

#: Scripts written right to left.
RTL_SCRIPTS = frozenset({"Hebrew", "Arabic", "Syriac", "Thaana", "NKo", "Adlam", "Hanifi Rohingya"})

_CJK = ("Han", "Hangul", "Kana", "Bopomofo")

# Preferred font families per script, best first, as file names without style or
# suffix; names joined by "|" are one family whose files are not named Family-Style
# (mostly Windows). Scripts not listed use Noto Sans <Script>, then Noto Serif <Script>.
# Any other font that covers the script's sample is the last resort.
_FONT_FAMILIES = """
Latin, Greek, Cyrillic: NotoSans NotoSerif DejaVuSans LiberationSans
    arial|arialbd|ariali|arialbi segoeui|segoeuib|segoeuii|segoeuiz Helvetica
Hebrew: NotoSansHebrew NotoSerifHebrew NotoRashiHebrew ArialHB David
Arabic: NotoNaskhArabic NotoSansArabic NotoKufiArabic GeezaPro
    arial|arialbd|ariali|arialbi segoeui|segoeuib|segoeuii|segoeuiz
Thai: NotoSansThai NotoSerifThai NotoLoopedThai LeelawUI|LeelaUIb leelawad|leelawdb
    Tahoma Thonburi Garuda Sarabun
Lao: NotoSansLao NotoSerifLao NotoLoopedLao PhetsarathOT SaysetthaOT LaoUI|LaoUIb
    LeelawUI|LeelaUIb LaoSangamMN
Myanmar: NotoSansMyanmar NotoSerifMyanmar Padauk Pyidaungsu mmrtext|mmrtextb
    MyanmarSangamMN MyanmarMN
Khmer: NotoSansKhmer NotoSerifKhmer KhmerOS KhmerUI|KhmerUIb LeelawUI|LeelaUIb DaunPenh
    KhmerSangamMN
Tibetan: NotoSerifTibetan Jomolhari himalaya Kokonor
Ethiopic: NotoSansEthiopic NotoSerifEthiopic AbyssinicaSIL ebrima|ebrimabd
Han, Hangul, Kana, Bopomofo: NotoSansCJK NotoSerifCJK SourceHanSans SourceHanSerif
Han: NotoSansSC NotoSansTC wqyzenhei wqymicrohei DroidSansFallbackFull msyh|msyhbd
    PingFang HiraginoSansGB ArialUnicode
Hangul: NotoSansKR NanumGothic UnDotum malgun|malgunbd AppleSDGothicNeo AppleGothic
Kana: NotoSansJP ipag IPAGothic TakaoGothic VLGothic YuGothR|YuGothB msgothic meiryo
Bopomofo: NotoSansTC wqyzenhei msjh|msjhbd
"""


def _parse_families(table: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    families: dict[str, list[tuple[str, ...]]] = {}
    for entry in re.split(r"\n(?=\S)", table.strip()):
        names, groups = entry.split(":")
        for script in names.split(","):
            families.setdefault(script.strip(), []).extend(
                tuple(_normalise(name) for name in group.split("|")) for group in groups.split()
            )
    return {script: tuple(groups) for script, groups in families.items()}


# Style words found at the end of font file names ("NotoSans-BoldItalic", "Arial Bold").
_STYLE_WORDS = (
    "bolditalic",
    "boldoblique",
    "regular",
    "italic",
    "oblique",
    "bold",
    "book",
    "roman",
)
# Words of weights and widths other than the four styles: such files are used only when
# nothing else covers the script.
_OFF_STYLE = re.compile(r"thin|light|medium|semi|demi|black|heavy|extra|ultra|condensed|narrow")
# Zawgyi fonts claim the Myanmar block but draw it by a different encoding.
_NEVER = re.compile(r"zawgyi")
_FONT_SUFFIXES = (".ttf", ".otf", ".ttc", ".otc")
_MAX_FONT_FILES = 20_000


@dataclass(frozen=True, slots=True)
class FontFile:
    """A font file that has glyphs for a script.

    ``style`` is the file's own style (a bold request falls back to regular when a
    script has no bold). ReportLab embeds only TrueType outlines, so the PDF export must
    check ``truetype_outlines``; CFF-based OpenType fonts (most CJK fonts) are for the GUI.
    """

    path: Path
    subfont_index: int
    script: str
    style: str
    truetype_outlines: bool


def script_of(char: str) -> str | None:
    """The script of one character (see ``SCRIPT_SAMPLES`` for names); None for
    punctuation, ASCII digits, symbols and marks shared by all scripts."""
    code = ord(char)
    i = bisect_right(_RANGE_STARTS, code) - 1
    return _RANGES[i][2] if i >= 0 and code <= _RANGES[i][1] else None


def scripts_in(text: str) -> set[str]:
    """The scripts whose letters appear in ``text`` (see ``SCRIPT_SAMPLES`` for names)."""
    return {script for char in set(text) if (script := script_of(char)) is not None}


def is_rtl(text: str) -> bool:
    """True when the paragraph's base direction is right to left.

    As in the Unicode bidirectional algorithm (rules P2–P3), the first letter with a
    strong direction decides: an Arabic statement opening with a Latin name is left to
    right unless the caller sets the direction explicitly.
    """
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction == "L":
            return False
        if direction in ("R", "AL"):
            return True
    return False


def font_dirs() -> list[Path]:
    """Existing folders searched for fonts: ``CASEBOOK_FONT_DIRS`` first, then the fonts
    shipped with Casebook, then the system's."""
    extra = [Path(p) for p in os.environ.get(FONT_DIRS_ENV, "").split(os.pathsep) if p]
    dirs: list[Path] = []
    for folder in [*extra, *_default_font_dirs()]:
        if folder.is_dir() and folder not in dirs:
            dirs.append(folder)
    return dirs


def shipped_font_dir() -> Path | None:
    """``resources/fonts``: the Noto fonts (SIL OFL) that travel with the program."""
    try:
        return resource_path("fonts")
    except FileNotFoundError:  # a damaged installation: system fonts still work
        return None


def _default_font_dirs() -> list[Path]:
    shipped = shipped_font_dir()
    return [*([shipped] if shipped else []), *_system_font_dirs()]


def _system_font_dirs() -> list[Path]:
    home = Path.home()
    dirs = [
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share") / "fonts",
        home / ".fonts",
        Path("/Library/Fonts"),
        Path("/System/Library/Fonts"),
        home / "Library" / "Fonts",
    ]
    if sys.platform == "win32":
        dirs.append(Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts")
        if local := os.environ.get("LOCALAPPDATA"):
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    return dirs


def find_font(script: str, style: str = "regular", truetype_only: bool = False) -> FontFile | None:
    """A font file on this computer with glyphs for ``script``, or None.

    ``truetype_only`` skips CFF-based fonts, which ReportLab cannot embed (the PDF export).
    Results are cached per search folders; call :func:`clear_font_cache` after fonts were
    installed while the program runs.
    """
    if script not in SCRIPT_SAMPLES:
        raise ValueError(f"Unknown script {script!r}; use a name from SCRIPT_SAMPLES.")
    if style not in STYLES:
        raise ValueError(f"Unknown font style {style!r}; use one of {', '.join(STYLES)}.")
    dirs = font_dirs()
    # Fonts of our own (CASEBOOK_FONT_DIRS, resources/fonts) first, and alone: a system font
    # of a newer version or with a Bold we lack would otherwise change the filing's fonts.
    system = set(_system_font_dirs())
    own = tuple(str(d) for d in dirs if d not in system)
    found = _find_font(script, style, own, truetype_only) if own else None
    if found is None:
        found = _find_font(script, style, tuple(str(d) for d in dirs), truetype_only)
    return found


def require_font(script: str, style: str = "regular", truetype_only: bool = False) -> FontFile:
    """Like :func:`find_font`, but a missing font is an error the user can act on."""
    font = find_font(script, style, truetype_only)
    if font is None:
        raise MissingFontError(script, *_font_advice(script, truetype_only))
    return font


def clear_font_cache() -> None:
    """Forget folder listings and answers, for fonts installed while the program runs."""
    _find_font.cache_clear()
    _font_index.cache_clear()
    _font_facts.cache_clear()


def _font_advice(script: str, truetype_only: bool = False) -> tuple[str, str]:
    """(font family to install, Debian package) named in the missing-font message."""
    if script in _CJK:
        if truetype_only:  # Noto Sans CJK has CFF outlines, which the PDF export cannot embed
            return "WenQuanYi Zen Hei", "fonts-wqy-zenhei"
        return "Noto Sans CJK", "fonts-noto-cjk"
    if script in ("Latin", "Greek", "Cyrillic"):
        return "Noto Sans", "fonts-noto-core"
    if script == "Tibetan":
        return "Noto Serif Tibetan", "fonts-noto-core"
    if script == "Arabic":
        return "Noto Naskh Arabic", "fonts-noto-core"
    return f"Noto Sans {script}", "fonts-noto-core"


def _families(script: str) -> tuple[tuple[str, ...], ...]:
    compact = script.replace(" ", "")
    default = ((f"notosans{compact.lower()}",), (f"notoserif{compact.lower()}",))
    return _FAMILIES.get(script, default)


def _normalise(name: str) -> str:
    return re.sub(r"[\s_\-]", "", name.lower())


_FAMILIES = _parse_families(_FONT_FAMILIES)


def _family_key(path: Path) -> str | None:
    """'NotoSansLao-Bold.ttf' → 'notosanslao'; None for other weights and widths."""
    stem = path.stem.lower()
    if "[" in stem:  # variable font: "NotoSansArabic[wdth,wght]"
        stem = stem.split("[", 1)[0]
    compact = _normalise(stem)
    for word in _STYLE_WORDS:
        if compact.endswith(word) and len(compact) > len(word):
            compact = compact[: -len(word)]
            break
    return None if _OFF_STYLE.search(compact) else compact


@lru_cache(maxsize=8)
def _font_index(dirs: tuple[str, ...]) -> tuple[Path, ...]:
    """Every font file under the folders (symbolic links followed, loops avoided)."""
    found: list[Path] = []
    seen: set[str] = set()
    for top in dirs:
        for root, subdirs, files in os.walk(top, followlinks=True):
            real = os.path.realpath(root)
            if real in seen:
                subdirs.clear()
                continue
            seen.add(real)
            subdirs.sort()
            for name in sorted(files):
                if name.lower().endswith(_FONT_SUFFIXES):
                    found.append(Path(root) / name)
                    if len(found) >= _MAX_FONT_FILES:
                        return tuple(found)
    return tuple(found)


@lru_cache(maxsize=256)
def _find_font(
    script: str, style: str, dirs: tuple[str, ...], truetype_only: bool = False
) -> FontFile | None:
    files = _font_index(dirs)
    needed = frozenset(ord(c) for c in SCRIPT_SAMPLES[script] if not c.isspace())
    by_family: dict[str, list[Path]] = {}
    for path in files:
        key = _family_key(path)
        if key is not None:
            by_family.setdefault(key, []).append(path)
    for group in _families(script):
        candidates = [path for key in group for path in by_family.get(key, [])]
        font = _best(candidates, script, style, needed, truetype_only)
        if font is not None:
            return font
    # Last resort: any font with the glyphs, preferring plain weights over others.
    plain = [p for p in files if not _NEVER.search(p.name.lower()) and _family_key(p)]
    others = [p for p in files if not _NEVER.search(p.name.lower()) and not _family_key(p)]
    return _best(plain, script, style, needed, truetype_only) or _best(
        others, script, style, needed, truetype_only
    )


# What to use when a script has no font in the wanted style: bold-italic falls back to
# bold, then regular; italic and bold fall back to regular (indexes into STYLES).
_STYLE_FALLBACKS = {0: (0,), 1: (1, 0), 2: (2, 0), 3: (3, 1, 0)}


def _best(
    paths: Iterable[Path],
    script: str,
    style: str,
    needed: frozenset[int],
    truetype_only: bool = False,
) -> FontFile | None:
    """The first font covering ``needed`` in the wanted style, else its nearest fallback."""
    order = _STYLE_FALLBACKS[STYLES.index(style)]
    found: dict[int, FontFile] = {}
    for path in paths:
        facts = _facts_for(path)
        if facts is None or facts.style_bits in found or not facts.covers(needed):
            continue
        if truetype_only and not facts.truetype_outlines:
            continue
        found[facts.style_bits] = FontFile(
            path, 0, script, STYLES[facts.style_bits], facts.truetype_outlines
        )
        if facts.style_bits == order[0]:
            break
    return next((found[bits] for bits in order if bits in found), None)


# --- reading a font's character map ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class _FontFacts:
    style_bits: int  # head.macStyle: bit 0 bold, bit 1 italic
    truetype_outlines: bool
    cmap_format: int
    cmap: bytes

    def covers(self, code_points: Iterable[int]) -> bool:
        try:
            return all(self.glyph(cp) != 0 for cp in code_points)
        except struct.error:  # a damaged table: treat the font as not covering
            return False

    def glyph(self, cp: int) -> int:
        data = self.cmap
        if self.cmap_format == 12:
            (groups,) = struct.unpack_from(">I", data, 12)
            lo, hi = 0, min(groups, (len(data) - 16) // 12)
            while lo < hi:
                mid = (lo + hi) // 2
                start, end, first = struct.unpack_from(">III", data, 16 + 12 * mid)
                if cp < start:
                    hi = mid
                elif cp > end:
                    lo = mid + 1
                else:
                    return first + cp - start
            return 0
        if cp > 0xFFFF:
            return 0
        seg_x2 = struct.unpack_from(">H", data, 6)[0]
        ends, starts = 14, 16 + seg_x2
        deltas, range_offsets = starts + seg_x2, starts + 2 * seg_x2
        for i in range(seg_x2 // 2):
            if struct.unpack_from(">H", data, ends + 2 * i)[0] < cp:
                continue
            start = struct.unpack_from(">H", data, starts + 2 * i)[0]
            if start > cp:
                return 0
            delta = struct.unpack_from(">h", data, deltas + 2 * i)[0]
            offset = struct.unpack_from(">H", data, range_offsets + 2 * i)[0]
            if offset == 0:
                return (cp + delta) & 0xFFFF
            where = range_offsets + 2 * i + offset + 2 * (cp - start)
            if where + 2 > len(data):
                return 0
            glyph = struct.unpack_from(">H", data, where)[0]
            return (glyph + delta) & 0xFFFF if glyph else 0
        return 0


def _facts_for(path: Path) -> _FontFacts | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return _font_facts(str(path), stat.st_mtime_ns, stat.st_size)


# Unicode cmap subtables, best first: (platform, encoding).
_CMAP_PREFERENCE = ((3, 10), (0, 6), (0, 4), (3, 1), (0, 3), (0, 2), (0, 1), (0, 0))


@lru_cache(maxsize=1024)
def _font_facts(path: str, _mtime_ns: int, _size: int) -> _FontFacts | None:
    """Style, outline kind and Unicode character map of a font (first font of a collection).

    Reads only the table directory, 'head' and 'cmap'; anything malformed gives None.
    """
    try:
        with open(path, "rb") as f:
            header = f.read(12)
            if header[:4] == b"ttcf":
                f.seek(12)
                (offset,) = struct.unpack(">I", f.read(4))
                f.seek(offset)
                header = f.read(12)
            if header[:4] not in (b"\x00\x01\x00\x00", b"OTTO", b"true"):
                return None
            (count,) = struct.unpack_from(">H", header, 4)
            directory = f.read(16 * count)
            tables = {
                directory[i : i + 4]: struct.unpack_from(">II", directory, i + 8)
                for i in range(0, len(directory) - 15, 16)
            }
            if b"cmap" not in tables or b"head" not in tables:
                return None
            f.seek(tables[b"head"][0] + 44)
            (mac_style,) = struct.unpack(">H", f.read(2))
            cmap_offset, cmap_length = tables[b"cmap"]
            f.seek(cmap_offset)
            cmap = f.read(min(cmap_length, 16 * 1024 * 1024))
    except (OSError, struct.error):
        return None
    subtable = _unicode_subtable(cmap)
    if subtable is None:
        return None
    return _FontFacts(
        style_bits=mac_style & 0x03,
        truetype_outlines=b"glyf" in tables,
        cmap_format=subtable[0],
        cmap=subtable[1],
    )


def _unicode_subtable(cmap: bytes) -> tuple[int, bytes] | None:
    try:
        (count,) = struct.unpack_from(">H", cmap, 2)
        records = {}
        for i in range(count):
            platform, encoding, offset = struct.unpack_from(">HHI", cmap, 4 + 8 * i)
            records.setdefault((platform, encoding), offset)
        for key in _CMAP_PREFERENCE:
            if key in records:
                offset = records[key]
                (fmt,) = struct.unpack_from(">H", cmap, offset)
                if fmt in (4, 12):
                    return fmt, cmap[offset:]
    except struct.error:
        return None
    return None
