"""Testimony: statements as citable segments, consent, sealing and corrections as versions."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from ..errors import SealedRecordError, ValidationError
from ..models import Case, Consent, ConsentReview, Person, Segment, Tag, Testimony
from ..models.base import new_id, utcnow
from ..models.testimony import CONSENT_RECORDING, TESTIMONY_DOCUMENTATION
from ..taxonomy.recipients import RecipientListError, checked_codes
from ..text.calendar_dates import entered_date, entered_range
from ..text.text_input import clean, clean_text
from .passage_anchors import capture, reanchor
from .records import field_error, update_field


@dataclass
class ConsentTerms:
    """What the person agreed to, as recorded at the interview."""

    legal_proceedings: bool = False
    # Codes of the controlled list (taxonomy.recipients): "DE", "ICC", "IIMM" …
    jurisdictions: list[str] = field(default_factory=list)
    publication: bool = False
    follow_up_contact: bool = False
    given_on: str | None = None
    recorded_how: str = "not_recorded"  # stated by the user, never assumed
    notes: str = ""


def _segments(texts: list[str]) -> list[Segment]:
    segments = []
    for position, raw in enumerate(texts, start=1):
        cleaned = clean_text(raw)
        segments.append(
            Segment(
                position=position,
                text=cleaned.text,
                original_text=cleaned.original,
                original_encoding=cleaned.original_encoding,
            )
        )
    return segments


def converted_segments(testimony: Testimony) -> list[int]:
    """Positions whose text was converted from Zawgyi, so the user can be told."""
    return [s.position for s in testimony.segments if s.original_text is not None]


def consent_recipients(values: list[str]) -> list[str]:
    """Recipients as codes of the controlled list; a name ("Germany") is refused with its
    code ("Germany is DE"), so a consent can never name what no addressee will match."""
    try:
        return checked_codes(clean(v) if isinstance(v, str) else v for v in values)
    except RecipientListError as exc:
        raise field_error(exc, "jurisdictions") from None


def _consent(terms: ConsentTerms, given_by: Person | None) -> Consent:
    if terms.recorded_how not in CONSENT_RECORDING:
        raise ValidationError(
            "Consent is recorded as one of: {consent_recording}.",
            "recorded_how",
            consent_recording=", ".join(CONSENT_RECORDING),
        )
    jurisdictions = consent_recipients(terms.jurisdictions)
    return Consent(
        given_by_id=given_by.id if given_by else None,
        given_on=entered_date(terms.given_on, "given_on"),
        recorded_how=terms.recorded_how,
        legal_proceedings=terms.legal_proceedings,
        jurisdictions=jurisdictions,
        publication=terms.publication,
        follow_up_contact=terms.follow_up_contact,
        notes=clean(terms.notes),
    )


def add_testimony(
    session: Session,
    case: Case,
    segments: list[str],
    witness: Person | None = None,
    language: str = "",
    taken_on: str | None = None,
    place: str = "",
    title: str = "",
    interviewer: Person | None = None,
    interpreter: str = "",
    consent: ConsentTerms | None = None,
    documentation: dict[str, Any] | None = None,
) -> Testimony:
    """A new draft statement. ``documentation`` holds any of ``TESTIMONY_DOCUMENTATION``
    (interview circumstances, prior accounts, support referral), checked as edits are."""
    record_id = new_id()
    testimony = Testimony(
        id=record_id,
        lineage_id=record_id,
        case_id=case.id,
        title=clean(title),
        witness_id=witness.id if witness else None,
        interviewer_id=interviewer.id if interviewer else None,
        interpreter=clean(interpreter),
        taken_on=entered_date(taken_on, "taken_on"),
        place=clean(place),
        language=language.strip(),
        segments=_segments(segments),
    )
    for name, value in (documentation or {}).items():
        if name not in TESTIMONY_DOCUMENTATION:
            raise ValidationError("This is not a documentation field of a statement.", name)
        update_field(session, testimony, name, value)
    if consent is not None:
        testimony.consent = _consent(consent, witness)
    session.add(testimony)
    session.flush()
    return testimony


def pair_passages(old: list[str], new: list[str]) -> list[int | None]:
    """For each new passage text, the index of the old passage whose row it takes (or
    ``None``: a new row). The same text anywhere keeps its row; what is left over pairs up
    in order as edits (one GUI change is one edit, removal, addition or move, so the
    pairing is exact)."""
    unused = list(range(len(old)))
    rows: list[int | None] = []
    for text in new:
        same = next((i for i in unused if old[i] == text), None)
        if same is not None:
            unused.remove(same)
        rows.append(same)
    edits = iter(unused)
    return [row if row is not None else next(edits, None) for row in rows]


def new_passage_texts(texts: list[str]) -> list[str]:
    """The texts as they would be stored (cleaned, Zawgyi converted)."""
    return [clean_text(raw).text for raw in texts]


def replace_segments(testimony: Testimony, texts: list[str]) -> list[Tag]:
    """Rewrite a draft statement; a sealed one must be corrected through a new version.

    Passages are matched by their text, not their place: a passage whose text is still
    there keeps its row (its id, any kept Zawgyi original) wherever it moved; an edited one
    keeps the row of the passage it replaces; a removed one is deleted. Tags then follow
    their words (records/passage_anchors.py): into whichever passage now holds them, or,
    when the words are gone, changed or ambiguous, marked for review at the likeliest
    place, never moved silently. Returns the tags marked for review.
    """
    if testimony.sealed:
        raise SealedRecordError(
            "This statement is sealed. Make a new version to correct it; the sealed one stays."
        )
    fresh = _segments(texts)
    current = list(testimony.segments)
    session = object_session(testimony)
    held = capture(session, current) if session is not None else []
    rows = pair_passages([s.text for s in current], [s.text for s in fresh])
    final: list[Segment] = []
    for new, row in zip(fresh, rows, strict=True):
        if row is None:
            final.append(new)
            continue
        segment = current[row]
        if segment.text != new.text:
            segment.text = new.text
            segment.original_text = new.original_text
            segment.original_encoding = new.original_encoding
        final.append(segment)
    removed = [s for s in current if s not in final]
    if session is None:
        for position, segment in enumerate(final, start=1):
            segment.position = position
        testimony.segments[:] = final
        return []
    # (testimony_id, position) is unique: park every old row on a free negative place, then
    # give every passage its final place; removed rows stay until their tags have moved.
    for n, segment in enumerate(current, start=1):
        segment.position = -n
    session.flush()
    for position, segment in enumerate(final, start=1):
        segment.position = position
    testimony.segments[:] = final + removed
    session.flush()  # new passages get their ids
    home_of = {i: (final.index(s) if s in final else None) for i, s in enumerate(current)}
    neighbours = {i: _neighbour(current, final, i) for i in range(len(current))}
    flagged = []
    for old_index in sorted({h.old_index for h in held}):
        group = [h for h in held if h.old_index == old_index]
        flagged += reanchor(group, final, home_of, neighbours[old_index])
    for tag in [h.tag for h in held if h.tag.segment_id in {s.id for s in removed}]:
        session.delete(tag)  # no passage left to hang it on (audited, as by hand)
    session.flush()
    for segment in removed:
        testimony.segments.remove(segment)  # delete-orphan: the row goes
    return flagged


def _neighbour(current: list[Segment], final: list[Segment], index: int) -> Segment | None:
    """The passage that stood just before ``current[index]`` (or after it) and still exists."""
    for step in range(1, len(current)):
        for other in (index - step, index + step):
            if 0 <= other < len(current) and current[other] in final:
                return current[other]
    return None


def seal(testimony: Testimony, actor_id: str | None, reason: str = "sealed by hand") -> None:
    if not testimony.sealed:
        testimony.sealed_at = utcnow()
        testimony.sealed_by = actor_id
        testimony.seal_reason = reason


def new_version(
    session: Session, testimony: Testimony, segments: list[str] | None = None
) -> Testimony:
    """A correction: a copy that supersedes ``testimony``, which stays readable as it was."""
    texts = segments if segments is not None else [s.text for s in testimony.segments]
    successor = Testimony(
        lineage_id=testimony.lineage_id,
        version=testimony.version + 1,
        supersedes_id=testimony.id,
        case_id=testimony.case_id,
        title=testimony.title,
        witness_id=testimony.witness_id,
        interviewer_id=testimony.interviewer_id,
        interpreter=testimony.interpreter,
        taken_on=testimony.taken_on,
        place=testimony.place,
        language=testimony.language,
        **{name: getattr(testimony, name) for name in TESTIMONY_DOCUMENTATION},
        segments=_segments(texts),
    )
    if testimony.consent is not None:
        old = testimony.consent
        successor.consent = Consent(
            given_by_id=old.given_by_id,
            given_on=old.given_on,
            recorded_how=old.recorded_how,
            legal_proceedings=old.legal_proceedings,
            jurisdictions=list(old.jurisdictions),
            publication=old.publication,
            follow_up_contact=old.follow_up_contact,
            withdrawn_on=old.withdrawn_on,
            withdrawal_note=old.withdrawal_note,
            notes=old.notes,
        )
        if old.review is not None and old.review.open:  # still to be decided: keep it so
            successor.consent.review = ConsentReview(
                unmatched=list(old.review.unmatched), note=old.review.note
            )
    session.add(successor)
    session.flush()
    _carry_tags(session, testimony, successor)
    return successor


def _carry_tags(session: Session, old: Testimony, successor: Testimony) -> None:
    """Tags follow their words into the new version, which is the one cited (a superseded
    version is never exported); a tag whose words the new version lacks stays on the old
    passage that holds them, marked for review."""
    held = capture(session, list(old.segments))
    count = len(successor.segments)
    home_of = {i: (i if i < count else None) for i in range(len(old.segments))}
    reanchor(
        held,
        list(successor.segments),
        home_of,
        what="a correction",
        keep_lost=f"It stays on version {old.version}, where its words are; tag them in "
        f"version {successor.version} if they are still meant.",
    )
    session.flush()


def versions(session: Session, lineage_id: str) -> list[Testimony]:
    return list(
        session.scalars(
            select(Testimony).where(Testimony.lineage_id == lineage_id).order_by(Testimony.version)
        )
    )


def withdraw_consent(consent: Consent, on: str, note: str = "") -> None:
    withdrawn_on = entered_date(on, "withdrawn_on")
    entered_range(consent.given_on, withdrawn_on, "withdrawn_on")
    consent.withdrawn_on = withdrawn_on
    consent.withdrawal_note = clean(note)


def finish_consent_review(consent: Consent, actor_id: str | None) -> None:
    """Mark free-text recipients kept for review as decided; the text stays on record."""
    review = consent.review
    if review is None or not review.open:
        raise ValidationError("This consent has no recipients waiting for review.", "review")
    review.reviewed_at = utcnow()
    review.reviewed_by = actor_id
