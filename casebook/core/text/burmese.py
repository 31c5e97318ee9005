"""Burmese text arriving in the legacy Zawgyi encoding is converted to standard Unicode.

Much Burmese text on phones and social media is typed with Zawgyi, a font hack that reuses
the Myanmar Unicode block with different meanings. Stored as-is it searches, sorts and
prints wrongly, so testimony is normalised on the way in and the original is kept beside it.

Detection uses Google's ``myanmartools`` model. Conversion applies an ordered list of
regular-expression rules (``_ZAWGYI_TO_UNICODE_RULES`` below).

Attribution: the rule list is transcribed, in order, from the Zawgyi-to-Unicode rules of
the Rabbit converter (https://github.com/Rabbit-Converter/Rabbit, ``source/rule/zg2uni.json``;
saturngod and contributors). The Rabbit project publishes its rules under a permissive
licence (the repository's licence file, at the version consulted, is the WTFPL; later
releases are described as MIT). Both allow this reuse; we keep this notice with the data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from myanmartools import ZawgyiDetector

#: Probability at or above which a line is treated as Zawgyi. Google recommends a high
#: threshold because a wrong conversion damages text that was already correct.
ZAWGYI_THRESHOLD = 0.95

# Myanmar, Myanmar Extended-A and Extended-B: a line without these is never touched.
_MYANMAR_CHAR = re.compile("[\u1000-\u109f\uaa60-\uaa7f\ua9e0-\ua9ff]")

# (pattern, replacement) pairs, applied in order. Both columns are written with \uXXXX
# escapes; replacements use \1, \2 for groups. In Zawgyi the code points U+1039..U+103D
# mean different signs than in Unicode, U+1060..U+1097 hold precomposed stacked forms,
# and the vowel sign E (U+1031) and medial RA are typed before the consonant.
_ZAWGYI_TO_UNICODE_RULES: tuple[tuple[str, str], ...] = (
    # Repeated marks and zero-width spaces.
    (r"([\u102d\u102e\u103d\u102f\u1037\u1095])\1+", r"\1"),
    (r"\u200b", r""),
    # Medials and asat: Zawgyi code points to their Unicode meaning.
    (r"\u103d|\u1087", r"\u103e"),
    (r"\u103c", r"\u103d"),
    (r"[\u103b\u107e-\u1084]", r"\u103c"),
    (r"[\u103a\u107d]", r"\u103b"),
    (r"\u1039", r"\u103a"),
    # Precomposed stacked consonants become virama + consonant.
    (r"[\u1066\u1067]", r"\u1039\u1006"),
    (r"\u106a", r"\u1009"),
    (r"\u106b", r"\u100a"),
    (r"\u106c", r"\u1039\u100b"),
    (r"\u106d", r"\u1039\u100c"),
    (r"\u106e", r"\u100d\u1039\u100d"),
    (r"\u106f", r"\u100d\u1039\u100e"),
    (r"\u1070", r"\u1039\u100f"),
    (r"[\u1071\u1072]", r"\u1039\u1010"),
    (r"\u1060", r"\u1039\u1000"),
    (r"\u1061", r"\u1039\u1001"),
    (r"\u1062", r"\u1039\u1002"),
    (r"\u1063", r"\u1039\u1003"),
    (r"\u1065", r"\u1039\u1005"),
    (r"\u1068", r"\u1039\u1007"),
    (r"\u1069", r"\u1039\u1008"),
    (r"[\u1073\u1074]", r"\u1039\u1011"),
    (r"\u1075", r"\u1039\u1012"),
    (r"\u1076", r"\u1039\u1013"),
    (r"\u1077", r"\u1039\u1014"),
    (r"\u1078", r"\u1039\u1015"),
    (r"\u1079", r"\u1039\u1016"),
    (r"\u107a", r"\u1039\u1017"),
    (r"\u107c", r"\u1039\u1019"),
    (r"\u1085", r"\u1039\u101c"),
    # Vowel and medial variants.
    (r"\u1033", r"\u102f"),
    (r"\u1034", r"\u1030"),
    (r"\u103f", r"\u1030"),
    (r"\u1086", r"\u103f"),
    (r"\u1036\u1088", r"\u1088\u1036"),
    (r"\u1088", r"\u103e\u102f"),
    (r"\u1089", r"\u103e\u1030"),
    (r"\u108a", r"\u103d\u103e"),
    # Kinzi (a stacked NGA written above the following consonant).
    (r"\u103b\u1064", r"\u1064\u103b"),
    (r"(\u1031)?([\u1000-\u1021])\u1064", r"\u1004\u103a\u1039\1\2"),
    (r"(\u1031)?([\u1000-\u1021])\u108b", r"\u1004\u103a\u1039\1\2\u102d"),
    (r"(\u1031)?([\u1000-\u1021])\u108c", r"\u1004\u103a\u1039\1\2\u102e"),
    (r"(\u1031)?([\u1000-\u1021])\u108d", r"\u1004\u103a\u1039\1\2\u1036"),
    (r"\u108e", r"\u102d\u1036"),
    (r"\u108f", r"\u1014"),
    (r"\u1090", r"\u101b"),
    (r"\u1091", r"\u100f\u1039\u100d"),
    (r"\u1019\u102c(\u107b|\u1093)", r"\u1019\u1039\u1018\u102c"),
    (r"\u107b|\u1093", r"\u1039\u1018"),
    (r"\u1094|\u1095", r"\u1037"),
    (r"([\u1000-\u1021])\u1037\u1032", r"\1\u1032\u1037"),
    (r"\u1096", r"\u1039\u1010\u103d"),
    (r"\u1097", r"\u100b\u1039\u100b"),
    # Medial RA is typed before its consonant in Zawgyi.
    (r"\u103c([\u1000-\u1021])([\u1000-\u1021])?", r"\1\u103c\2"),
    (r"([\u1000-\u1021])\u103c\u103a", r"\u103c\1\u103a"),
    # Digits typed for look-alike letters: seven for RA, zero for WA.
    (r"\u1047(?=[\u102c-\u1030\u1032\u1036-\u1038\u103d\u1038])", r"\u101b"),
    (r"\u1031\u1047", r"\u1031\u101b"),
    (r"\u1040(\u102e|\u102f|\u102d\u102f|\u1030|\u1036|\u103d|\u103e)", r"\u101d\1"),
    (r"([^\u1040-\u1049])\u1040\u102b", r"\1\u101d\u102b"),
    (r"([\u1040-\u1049])\u1040\u102b(?!\u1038)", r"\1\u101d\u102b"),
    (r"^\u1040(?=\u102b)", r"\u101d"),
    (r"\u1040\u102d(?!\u0020?/)", r"\u101d\u102d"),
    (r"([^\u1040-\u1049])\u1040([^\u1040-\u1049\u0020]|[\u104a\u104b])", r"\1\u101d\2"),
    (r"([^\u1040-\u1049])\u1040(?=[\f\n\r])", r"\1\u101d"),
    (r"([^\u1040-\u1049])\u1040$", r"\1\u101d"),
    # Vowel sign E is typed before its consonant (and the consonant's medials).
    (r"\u1031([\u1000-\u1021])(\u103e)?(\u103b)?", r"\1\2\3\u1031"),
    (r"([\u1000-\u1021])\u1031([\u103b\u103c\u103d\u103e]+)", r"\1\2\u1031"),
    # Canonical order of marks.
    (r"\u1032\u103d", r"\u103d\u1032"),
    (r"([\u102d\u102e])\u103b", r"\u103b\1"),
    (r"\u103d\u103b", r"\u103b\u103d"),
    (r"\u103a\u1037", r"\u1037\u103a"),
    (r"\u102f(\u102d|\u102e|\u1036|\u1037)\u102f", r"\u102f\1"),
    (r"(\u102f|\u1030)(\u102d|\u102e)", r"\2\1"),
    (r"(\u103e)(\u103b|\u103c)", r"\2\1"),
    (r"\u1025(?=[\u1037]?[\u103a\u102c])", r"\u1009"),
    (r"\u1025\u102e", r"\u1026"),
    (r"\u1005\u103b", r"\u1008"),
    (r"\u1036(\u102f|\u1030)", r"\1\u1036"),
    (r"\u1031\u1037\u103e", r"\u103e\u1031\u1037"),
    (r"\u1031\u103e\u102c", r"\u103e\u1031\u102c"),
    (r"\u105a", r"\u102b\u103a"),
    (r"\u1031\u103b\u103e", r"\u103b\u103e\u1031"),
    (r"(\u102d|\u102e)(\u103d|\u103e)", r"\2\1"),
    (r"\u102c\u1039([\u1000-\u1021])", r"\u1039\1\u102c"),
    (r"\u103c\u1004\u103a\u1039([\u1000-\u1021])", r"\u1004\u103a\u1039\1\u103c"),
    (r"\u1039\u103c\u103a\u1039([\u1000-\u1021])", r"\u103a\u1039\1\u103c"),
    (r"\u103c\u1039([\u1000-\u1021])", r"\u1039\1\u103c"),
    (r"\u1036\u1039([\u1000-\u1021])", r"\u1039\1\u1036"),
    (r"\u1031\u1092", r"\u1092\u1031"),
    (r"\u1092", r"\u100b\u1039\u100c"),
    (r"\u104e", r"\u104e\u1004\u103a\u1038"),
    (r"\u1040(\u102b|\u102c|\u1036)", r"\u101d\1"),
    (r"\u1025\u1039", r"\u1009\u1039"),
    (r"([\u1000-\u1021])\u103c\u1031\u103d", r"\1\u103c\u103d\u1031"),
    (r"([\u1000-\u1021])\u103b\u1031\u103d(\u103e)?", r"\1\u103b\u103d\2\u1031"),
    (r"([\u1000-\u1021])\u103d\u1031\u103b", r"\1\u103b\u103d\u1031"),
    (r"([\u1000-\u1021])\u1031(\u1039[\u1000-\u1021])", r"\1\2\u1031"),
    (r"\u1038\u103a", r"\u103a\u1038"),
    (r"\u102d\u103a|\u103a\u102d", r"\u102d"),
    (r"\u102d\u102f\u103a", r"\u102d\u102f"),
    (r"\u0020\u1037", r"\u1037"),
    (r"\u1037\u1036", r"\u1036\u1037"),
    (r"\u0020\u1037", r"\u1037"),
    # Final clean-up of doubled marks.
    (r"\u102d+", r"\u102d"),
    (r"\u103a+", r"\u103a"),
    (r"\u103d+", r"\u103d"),
    (r"\u1037+", r"\u1037"),
    (r"\u102e+", r"\u102e"),
    (r"\u102d\u102e|\u102e\u102d", r"\u102e"),
    (r"\u102f\u102d", r"\u102d\u102f"),
    (r"\u1037\u1037", r"\u1037"),
    (r"\u1032\u1032", r"\u1032"),
    (r"\u1044\u1004\u103a\u1038", r"\u104e\u1004\u103a\u1038"),
    (r"([\u102d\u102e])\u1039([\u1000-\u1021])", r"\u1039\2\1"),
    (r"(\u103c\u1031)\u1039([\u1000-\u1021])", r"\u1039\2\1"),
    (r"\u1036\u103d", r"\u103d\u1036"),
)

# What str.splitlines() treats as a line boundary.
_LINE_ENDINGS = "\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029"

_UNICODE_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


@dataclass(frozen=True, slots=True)
class BurmeseResult:
    """Outcome of :func:`normalise_burmese`.

    ``original`` is set only when the text was changed, so the caller can keep the exact
    input (a record of what the witness or source produced) beside the converted text.
    ``probability`` is the detector's Zawgyi probability for the whole text (0.0 when it has
    no Myanmar characters).
    """

    text: str
    converted: bool
    original: str | None
    probability: float


@cache
def _detector() -> ZawgyiDetector:
    """Load the detection model once; it reads a resource file from the package."""
    return ZawgyiDetector()


@cache
def _compiled_rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Compile the rules on first use; replacements get their \\uXXXX escapes decoded."""
    return tuple(
        (re.compile(pattern), _UNICODE_ESCAPE.sub(lambda m: chr(int(m[1], 16)), repl))
        for pattern, repl in _ZAWGYI_TO_UNICODE_RULES
    )


def has_myanmar(text: str) -> bool:
    """True when the text contains any character of the Myanmar blocks."""
    return _MYANMAR_CHAR.search(text) is not None


def detect_zawgyi(text: str) -> float:
    """Probability in [0, 1] that the text is Zawgyi; 0.0 when it has no Myanmar characters."""
    if not has_myanmar(text):
        return 0.0
    probability = _detector().get_zawgyi_probability(text)
    # The model returns -inf when it saw no Myanmar characters it knows.
    return max(0.0, min(1.0, probability))


def zawgyi_to_unicode(text: str) -> str:
    """Convert text known to be Zawgyi; call :func:`normalise_burmese` when unsure.

    Applied to text that is already Unicode this would damage it, which is why
    :func:`normalise_burmese` asks the detector first.
    """
    for pattern, repl in _compiled_rules():
        text = pattern.sub(repl, text)
    return text


def normalise_burmese(text: str, threshold: float = ZAWGYI_THRESHOLD) -> BurmeseResult:
    """Return the text with its Zawgyi lines converted to Unicode.

    Lines are judged one by one, because testimony is often pasted together from sources
    in both encodings. A line the detector is sure about follows its own verdict; a short
    line it is unsure about (between ``1 - threshold`` and ``threshold``) follows the verdict
    on the whole text. Lines without Myanmar characters and line endings are never changed.
    Cost is linear, roughly a second per 250,000 Burmese characters.
    """
    if not has_myanmar(text):
        return BurmeseResult(text=text, converted=False, original=None, probability=0.0)
    whole = detect_zawgyi(text)
    out: list[str] = []
    changed = False
    for line in text.splitlines(keepends=True):
        body = line.rstrip(_LINE_ENDINGS)
        probability = detect_zawgyi(body)
        is_zawgyi = probability >= threshold or (
            probability > 1.0 - threshold and whole >= threshold
        )
        if is_zawgyi:
            converted = zawgyi_to_unicode(body)
            changed = changed or converted != body
            out.append(converted + line[len(body) :])
        else:
            out.append(line)
    if not changed:
        return BurmeseResult(text=text, converted=False, original=None, probability=whole)
    return BurmeseResult(text="".join(out), converted=True, original=text, probability=whole)
