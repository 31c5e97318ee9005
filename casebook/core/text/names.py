"""Real names found the way people write them, so outgoing text shows pseudonyms instead.

A witness's name leaks through a file name as surely as through a title: ``Aung_Min.jpg``,
``min.aung``, ``MIN-AUNG``, ``ＡｕｎｇＭｉｎ``, ``Daw Khin Hla`` or ``ဦးအောင်မင်း`` typed
in Zawgyi are all the same person. ``NameMatcher`` is compiled once per export from each
person's pseudonym and names (never database rows) and then protects every string that
leaves. How names are compared:

- Text and names are folded alike: NFKD (so NFC, NFKC, full-width and compatibility forms
  agree), case-folded, Latin diacritics dropped, zero-width and bidi controls ignored.
- A name is split into parts at spaces, underscores, dots, hyphens and commas; all of a
  name's parts must appear, in any order, joined by up to four such separators or by
  nothing (``AungMin``). Burmese-script names (split into syllables by the script's rule)
  and names with a part of one or two letters are matched in their written order only.
- A name must stand on its own. In scripts written with spaces no letter may touch it,
  but a change from lower to upper case counts as a boundary (``photoOfAungMin.jpg``).
  Burmese, Thai and Lao are written without spaces between words, so there the sequence
  is matched wherever it stands, except where it would start or end inside a syllable;
  Thai and Lao text is never split into words by guessing.
- Honorifics (U, Daw, Ko, Ma, Maung, Saw, Nang, Sai …; ဦး ဒေါ် ကို မ မောင် …; Thai and
  Lao titles) are not part of the name: a stored name is looked for with and without its
  first honorific, and honorifics written before a name in the text are replaced with it
  (whichever they are: Ma and Daw are the same woman). An honorific alone never matches.
- A name of a single part matches alone only if it is long enough to be safe (three
  letters, or five characters in a script without spaces); a shorter one only right after
  an honorific, and the matcher says so in ``problems``. A single part of a longer name
  ("Aung" of "Aung Min") is never replaced, only reported by ``possible_mentions``.
- Burmese text may still be in Zawgyi: each Burmese word is also read as Zawgyi, and a
  name found only that way replaces the whole words that hold it.

Matches carry positions and the pseudonym, never the name, so they can be logged.
May import: core.errors only (and this package).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from ..phrase import Phrase, phrase
from .burmese import detect_zawgyi, has_myanmar, zawgyi_to_unicode

# Characters that carry no letter: soft hyphen, zero-width and bidi controls, BOM,
# variation selectors. They are dropped before comparing.
_IGNORABLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufe00-\ufe0f]")
# Between the parts of a name: up to four of space (not a line break), _ - , · + or a dot
# not followed by a space (a sentence end does not join two names), or nothing at all.
_SEP = r"(?:[^\S\r\n\v\f\x85\u2028\u2029]|[_\-\u2010-\u2015\u00b7\u30fb+,]|\.(?!\s)){0,4}"
_SPLIT = re.compile(r"[\s_\-\u2010-\u2015\u00b7\u30fb+.,]+")
_APOSTROPHES = "'\u2019\u02bc"

# Honorifics and titles that may stand before a name (folded). Longest first in patterns.
# Burmese (also Karen, Shan, Mon) in Latin letters, then Lao and English titles.
_LATIN_HONORIFICS = (
    *("u", "daw", "ko", "ma", "maung", "mg", "saw", "naw", "nang", "nan", "sai", "sao"),
    *("khun", "mahn", "nai", "mi", "thao", "mr", "mrs", "ms", "miss", "dr"),
)
_SCRIPT_HONORIFICS = (
    # Burmese: U, Daw, Ko, Ma, Maung, Saw, Naw, Nang, Sai, Khun, Mahn, doctor.
    "\u1026\u1038",
    "\u1012\u1031\u102b\u103a",
    "\u1000\u102d\u102f",
    "\u1019",
    "\u1019\u1031\u102c\u1004\u103a",
    "\u1005\u1031\u102c",
    "\u1014\u1031\u102c\u103a",
    "\u1014\u1014\u103a\u1038",
    "\u1005\u102d\u102f\u1004\u103a\u1038",
    "\u1001\u103d\u1014\u103a",
    "\u1019\u1014\u103a\u1038",
    "\u1012\u1031\u102b\u1000\u103a\u1010\u102c",
    # Thai: nai (Mr), nang (Mrs), nangsao (Miss), khun.
    "\u0e19\u0e32\u0e22",
    "\u0e19\u0e32\u0e07",
    "\u0e19\u0e32\u0e07\u0e2a\u0e32\u0e27",
    "\u0e04\u0e38\u0e13",
    # Lao: thao (Mr), nang (Mrs), nangsao (Miss), than (Sir/Madam), than nang.
    "\u0e97\u0ec9\u0eb2\u0ea7",
    "\u0e99\u0eb2\u0e87",
    "\u0e99\u0eb2\u0e87\u0eaa\u0eb2\u0ea7",
    "\u0e97\u0ec8\u0eb2\u0e99",
    "\u0e97\u0ec8\u0eb2\u0e99\u0e99\u0eb2\u0e87",
)

# Shortest name of one part that is replaced wherever it stands.
MIN_SPACED = 3
MIN_UNSPACED = 5
# Shortest single part of a longer name reported as a possible mention (spaced scripts).
MIN_PART = 4
# Names with more parts than this are tried in a few orders only, not all of them.
_ALL_ORDERS_UP_TO = 4

_MYANMAR_CONSONANT = re.compile("[\u1000-\u102a\u103f\u104e\u1050-\u1055\u105a-\u105d]")
_MYANMAR_FINAL = "\u103a\u1039"  # asat and virama: the consonant before them ends a syllable
_LEADING_VOWELS = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44\u0ec0\u0ec1\u0ec2\u0ec3\u0ec4")
_FOLLOWING_VOWELS = frozenset("\u0e30\u0e32\u0e33\u0e45\u0eb0\u0eb2\u0eb3")


def _unspaced(ch: str) -> bool:
    """Scripts written without spaces between words: Myanmar, Thai, Lao, Khmer, CJK."""
    o = ord(ch)
    return (
        0x1000 <= o <= 0x109F
        or 0xAA60 <= o <= 0xAA7F
        or 0xA9E0 <= o <= 0xA9FF
        or 0x0E00 <= o <= 0x0EFF
        or 0x1780 <= o <= 0x17FF
        or 0x3040 <= o <= 0x30FF
        or 0x3400 <= o <= 0x9FFF
        or 0xAC00 <= o <= 0xD7AF
    )


def _wordish(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LM"


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch)[0] == "M"


def fold(text: str) -> str:
    """The form names and text are compared in (see the module docstring)."""
    return "".join(piece for _start, _end, piece in _fold_units(text))


def _fold_piece(chunk: str) -> str:
    chunk = _IGNORABLE.sub("", chunk)
    out = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", chunk).casefold())
    return "".join(c for c in out if not "\u0300" <= c <= "\u036f")


def _fold_units(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, folded) for each base character with its combining marks.

    Canonical reordering only happens among marks after one base character, so folding
    these units one by one gives what folding the whole text would, with positions.
    """
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        yield i, j, _fold_piece(text[i:j])
        i = j


@dataclass
class _View:
    """Folded text, and for each folded character the span of the original it came from."""

    folded: str
    starts: list[int]
    ends: list[int]
    upper: list[bool]
    lower: list[bool]

    @classmethod
    def build(cls, text: str, units: Iterable[tuple[int, int, str]]) -> _View:
        parts: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        upper: list[bool] = []
        lower: list[bool] = []
        for start, end, piece in units:
            parts.append(piece)
            first = text[start]
            starts += [start] * len(piece)
            ends += [end] * len(piece)
            upper += [first.isupper()] * len(piece)
            lower += [first.islower()] * len(piece)
        return cls("".join(parts), starts, ends, upper, lower)

    def start_ok(self, s: int) -> bool:
        """Whether a name may begin at folded position ``s`` (no letter glued before it)."""
        if s == 0:
            return True
        here, before = self.folded[s], self.folded[s - 1]
        if not _wordish(before) or _unspaced(before) != _unspaced(here):
            return True
        if _unspaced(here):
            return before not in _MYANMAR_FINAL and before not in _LEADING_VOWELS
        return self.upper[s] and self.lower[s - 1]  # camelCase: ...ofAungMin

    def end_ok(self, e: int) -> bool:
        """Whether a name may end before folded position ``e``."""
        if e == len(self.folded):
            return True
        here, before = self.folded[e], self.folded[e - 1]
        if _is_mark(here):
            return False  # a mark belongs to the letter before it
        if not _wordish(here) or _unspaced(before) != _unspaced(here):
            return True
        if _unspaced(before):
            after = self.folded[e + 1] if e + 1 < len(self.folded) else ""
            return after not in _MYANMAR_FINAL and here not in _FOLLOWING_VOWELS
        return self.upper[e] and self.lower[e - 1]


def _zawgyi_units(text: str) -> list[tuple[int, int, str]] | None:
    """Units that read each Burmese word as Zawgyi, or None when that changes nothing."""
    units: list[tuple[int, int, str]] = []
    changed = False
    for m in re.finditer(r"\S+|\s+", text):
        word = m.group()
        if has_myanmar(word):
            converted = zawgyi_to_unicode(word)
            if converted != word:
                changed = True
                units.append((m.start(), m.end(), fold(converted)))
                continue
        units += [(m.start() + s, m.start() + e, p) for s, e, p in _fold_units(word)]
    return units if changed else None


@dataclass(frozen=True)
class NameMatch:
    """Where a name stands in a text, and whose it is; never the name itself."""

    start: int
    end: int
    replacement: str
    kind: Literal["name", "part"] = "name"  # the whole name, or one part of a longer one
    zawgyi: bool = False  # found only when the Burmese words were read as Zawgyi


@dataclass(frozen=True)
class NameProblem:
    """A person whose mentions cannot all be found automatically, and why."""

    replacement: str
    reason: Phrase  # the export plan shows it in the interface language


@dataclass(frozen=True)
class _Form:
    """One way of writing one person's name: its folded parts, without honorifics."""

    parts: tuple[str, ...]
    unspaced: bool  # the parts are in a script written without spaces
    burmese: bool  # syllables of a Burmese-script name (also looked for in Zawgyi text)
    ordered: bool  # matched only in the written order


class _Compiled:
    """The patterns of one form: the whole name in its orders, and its single parts."""

    def __init__(self, replacement: str, form: _Form, honorific: str) -> None:
        self.replacement = replacement
        self.probes = tuple(_probe(p) for p in form.parts)
        orders = [form.parts] if form.ordered else _orders(form.parts)
        body = "|".join(_SEP.join(_part_regex(p) for p in order) for order in orders)
        single = len(form.parts) == 1
        length = len(form.parts[0]) if single else 0
        short = single and length < (MIN_UNSPACED if form.unspaced else MIN_SPACED)
        self.needs_honorific = short
        prefix = f"(?:(?:{honorific}){_SEP})" + ("+" if short else "*")
        self.pattern = re.compile(f"{prefix}(?:{body})")
        self.burmese = form.burmese
        self.part_patterns = (
            ()
            if single or form.unspaced  # no word boundaries there: every syllable would do
            else tuple(
                (re.compile(_part_regex(p)), _probe(p))
                for p in dict.fromkeys(form.parts)
                if len(p) >= MIN_PART and p not in _HONORIFIC_SET
            )
        )


def _probe(part: str) -> str:
    """A piece of the part that must appear verbatim in folded text for it to match."""
    return max(re.split(f"[{_APOSTROPHES}]", part), key=len)


def _myanmar_syllables(part: str) -> list[str]:
    """A Burmese name's syllables (by the script's rule, not by guess): its parts."""
    cuts = [0]
    for i in range(1, len(part)):
        ch, nxt = part[i], part[i + 1 : i + 2]
        if (
            _MYANMAR_CONSONANT.match(ch)
            and nxt not in ("\u103a", "\u1039")
            and part[i - 1] != "\u1039"
        ):
            cuts.append(i)
    cuts.append(len(part))
    return [part[a:b] for a, b in itertools.pairwise(cuts) if b > a]


def _part_regex(part: str) -> str:
    return "".join(f"[{_APOSTROPHES}]?" if c in _APOSTROPHES else re.escape(c) for c in part)


def _orders(parts: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Every order of a short name; for a long one, as given, reversed and rotated."""
    if len(parts) <= _ALL_ORDERS_UP_TO:
        return list(dict.fromkeys(itertools.permutations(parts)))
    candidates = [parts, parts[::-1], parts[1:] + parts[:1], parts[-1:] + parts[:-1]]
    return list(dict.fromkeys(candidates))


_HONORIFIC_SET = frozenset(fold(h) for h in (*_LATIN_HONORIFICS, *_SCRIPT_HONORIFICS))


def _honorific_regex() -> str:
    return "|".join(re.escape(h) for h in sorted(_HONORIFIC_SET, key=len, reverse=True))


def _forms(name: str) -> list[_Form]:
    """The ways of writing a stored name: as typed, and read as Zawgyi if it is Burmese."""
    variants = [name]
    if detect_zawgyi(name) >= 0.5:  # stored as typed in Zawgyi: also look for it in Unicode
        variants.append(zawgyi_to_unicode(name))
    forms = []
    for variant in dict.fromkeys(variants):
        parts = [p for p in _SPLIT.split(fold(variant)) if p]
        if parts:
            parts[0] = _without_glued_honorific(parts[0])
        burmese = any(_MYANMAR_CONSONANT.match(c) for p in parts for c in p)
        if burmese:
            parts = [syllable for p in parts for syllable in _myanmar_syllables(p)]
        if not parts:
            continue
        unspaced = any(_unspaced(c) for p in parts for c in p)
        # Burmese names have no family name to move, and their syllables reordered make
        # common words; a stored name with a one- or two-letter part ("U Ba") reordered
        # would make others ("Bau"). Those are looked for as written.
        short_part = any(len(p) < MIN_SPACED for p in parts) and not unspaced
        forms.append(_Form(tuple(parts), unspaced, burmese, burmese or short_part))
        if len(parts) > 1 and parts[0] in _HONORIFIC_SET:
            # "U Aung Min" is also "Aung Min"; "Maung Maung Lay" keeps its first form too,
            # since Maung is a name as well as an honorific.
            rest = parts[1:]
            short_rest = any(len(p) < MIN_SPACED for p in rest) and len(rest) > 1
            forms.append(_Form(tuple(rest), unspaced, burmese, burmese or short_rest))
    return forms


def _without_glued_honorific(part: str) -> str:
    """``ဦးအောင်မင်း`` -> ``အောင်မင်း``: a Burmese or Thai/Lao title typed onto the name."""
    for honorific in sorted(_HONORIFIC_SET, key=len, reverse=True):
        rest = part[len(honorific) :]
        if not (_unspaced(honorific[0]) and part.startswith(honorific) and rest):
            continue
        if _is_mark(rest[0]) or rest[0] in _FOLLOWING_VOWELS:
            continue  # the title's letters are the start of a longer syllable
        if rest[1:2] and rest[1] in _MYANMAR_FINAL:
            continue  # the next consonant closes the title's syllable: not a title
        return rest
    return part


def split_other_names(text: str) -> list[str]:
    """A person's other names and aliases: one per line, or separated by commas/semicolons."""
    return [n.strip() for n in re.split(r"[,;\n]", text or "") if n.strip()]


class NameMatcher:
    """Every person's names, compiled once, to find and replace them in outgoing text.

    ``persons`` gives, per person, the replacement (the pseudonym) and the names to look
    for (full name, other names, aliases), as stored.
    """

    def __init__(self, persons: Iterable[tuple[str, Sequence[str]]]) -> None:
        honorific = _honorific_regex()
        self._compiled: list[_Compiled] = []
        self.problems: list[NameProblem] = []
        # Texts already looked at: a complaint prints the same title or description in the
        # index, the custody record and the annex (43,000 calls for 600 exhibits), and the
        # plan's review of names reads them all once before.
        self._found: dict[str, tuple[NameMatch, ...]] = {}
        self._protected: dict[str, str] = {}
        for replacement, names in persons:
            forms = [f for name in names if name and name.strip() for f in _forms(name)]
            if not forms:
                self.problems.append(
                    NameProblem(
                        replacement,
                        phrase(
                            "no name is recorded, so mentions of this person cannot be found "
                            "automatically"
                        ),
                    )
                )
                continue
            compiled = [_Compiled(replacement, f, honorific) for f in dict.fromkeys(forms)]
            if any(c.needs_honorific for c in compiled):
                self.problems.append(
                    NameProblem(
                        replacement,
                        phrase(
                            "a name is too short to replace wherever it stands; it is replaced "
                            "only after an honorific (U, Daw, Ko, Ma …)"
                        ),
                    )
                )
            self._compiled += compiled
        self._burmese = any(c.burmese for c in self._compiled)

    def __bool__(self) -> bool:
        return bool(self._compiled)

    def find(self, text: str) -> list[NameMatch]:
        """Each place a name stands in ``text``, overlapping finds merged, in order."""
        found = self._found.get(text)
        if found is None:
            found = self._found[text] = tuple(self._find(text))
        return list(found)

    def _find(self, text: str) -> list[NameMatch]:
        if not text or not self._compiled:
            return []
        found: list[NameMatch] = []
        view = _View.build(text, _fold_units(text))
        found += self._scan(view, zawgyi=False)
        if self._burmese and has_myanmar(text):
            units = _zawgyi_units(text)
            if units is not None:
                # Only where nothing was found as written: Unicode words read as Zawgyi
                # turn to nonsense, and must not widen a find to the whole word.
                for m in self._scan(_View.build(text, units), zawgyi=True):
                    if not any(f.start < m.end and m.start < f.end for f in found):
                        found.append(m)
        return _merged(found)

    def protect(self, text: str) -> str:
        """``text`` with every name replaced by its person's replacement."""
        done = self._protected.get(text)
        if done is None:
            done = self._protected[text] = self._replaced(text)
        return done

    def _replaced(self, text: str) -> str:
        matches = self.find(text)
        if not matches:
            return text
        out, last = [], 0
        for m in matches:
            before, after = text[m.start - 1 : m.start], text[m.end : m.end + 1]
            # "AungMin2019.jpg" -> "W-001_2019.jpg", not "W-0012019.jpg"
            lead = "_" if _glued(before, m.replacement[:1]) else ""
            tail = "_" if _glued(m.replacement[-1:], after) else ""
            out += [text[last : m.start], lead, m.replacement, tail]
            last = m.end
        out.append(text[last:])
        return "".join(out)

    def possible_mentions(self, text: str) -> list[NameMatch]:
        """Single parts of longer names ("Aung" of "Aung Min") outside the whole names.

        These are not replaced (a common given name would damage unrelated text); they
        are shown so that a person can decide.
        """
        if not text or not self._compiled:
            return []
        taken = [(m.start, m.end) for m in self.find(text)]
        view = _View.build(text, _fold_units(text))
        found: dict[tuple[int, int, str], NameMatch] = {}
        for compiled in self._compiled:
            for pattern, probe in compiled.part_patterns:
                if probe not in view.folded:
                    continue
                for s, e in _spans(view, pattern):
                    start, end = view.starts[s], view.ends[e - 1]
                    if any(a < end and start < b for a, b in taken):
                        continue
                    key = (start, end, compiled.replacement)
                    found[key] = NameMatch(start, end, compiled.replacement, "part")
        return sorted(found.values(), key=lambda m: (m.start, m.end, m.replacement))

    def _scan(self, view: _View, zawgyi: bool) -> list[NameMatch]:
        found = []
        for compiled in self._compiled:
            if not all(p in view.folded for p in compiled.probes):
                continue
            for s, e in _spans(view, compiled.pattern):
                found.append(
                    NameMatch(
                        view.starts[s], view.ends[e - 1], compiled.replacement, "name", zawgyi
                    )
                )
        return found


def _glued(left: str, right: str) -> bool:
    """Whether two characters would read as one word (letters or digits, spaced scripts)."""
    return all(c and c.isalnum() and not _unspaced(c) for c in (left, right))


def _spans(view: _View, pattern: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """Folded spans where ``pattern`` matches and the name stands on its own."""
    pos = 0
    while (m := pattern.search(view.folded, pos)) is not None:
        s, e = m.span()
        if e > s and view.start_ok(s) and view.end_ok(e):
            yield s, e
            pos = e
        else:
            pos = s + 1


def _merged(found: list[NameMatch]) -> list[NameMatch]:
    """Overlapping finds become one, replaced by the longest find's replacement."""
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    out: list[NameMatch] = []
    for m in found:
        if out and m.start < out[-1].end:
            last = out[-1]
            longest = last if last.end - last.start >= m.end - m.start else m
            out[-1] = NameMatch(
                last.start,
                max(last.end, m.end),
                longest.replacement,
                "name",
                last.zawgyi and m.zawgyi,
            )
        else:
            out.append(m)
    return out


# -- what cannot be protected automatically -------------------------------------------------


@dataclass(frozen=True)
class NameFinding:
    """A name found (or a person who cannot be looked for), for the export plan to show.

    ``action``: "replaced" (printed as the pseudonym), "check" (a single part of a name,
    left as it is), "unchangeable" (inside a file delivered byte for byte), "unfindable"
    (the person's name cannot be looked for reliably).
    """

    where: str  # the caller's label, e.g. "exhibit 2 original file name"; never the text
    replacement: str
    action: Literal["replaced", "check", "unchangeable", "unfindable"]
    reason: Phrase | str = ""


def review_names(
    matcher: NameMatcher,
    printed: Iterable[tuple[str, str]],
    delivered_as_is: Iterable[tuple[str, str]] = (),
) -> list[NameFinding]:
    """What the plan must show about names: replaced, to check, and beyond protection.

    ``printed`` are (label, text) pairs that go out through ``matcher.protect``;
    ``delivered_as_is`` are texts that leave unchanged inside a file (an exhibit's own
    metadata), where a name can only be shown to a person, never replaced.
    """
    findings: list[NameFinding] = [
        NameFinding("", p.replacement, "unfindable", p.reason) for p in matcher.problems
    ]
    seen: set[tuple[str, str, str]] = set()

    def add(where: str, replacement: str, action: str) -> None:
        if (where, replacement, action) not in seen:
            seen.add((where, replacement, action))
            findings.append(NameFinding(where, replacement, action))  # type: ignore[arg-type]

    if not matcher:
        return findings
    for where, text in printed:
        for m in matcher.find(text):
            add(where, m.replacement, "replaced")
        for m in matcher.possible_mentions(text):
            add(where, m.replacement, "check")
    for where, text in delivered_as_is:
        for m in [*matcher.find(text), *matcher.possible_mentions(text)]:
            add(where, m.replacement, "unchangeable")
    return findings
