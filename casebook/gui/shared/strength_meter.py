"""Live passphrase strength from zxcvbn: a labelled 0–4 bar and its advice in words.

zxcvbn judges guessability (dictionary words, dates, keyboard patterns) rather than
character classes, which is what matters against an offline guessing attack.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget
from zxcvbn import zxcvbn

MIN_LENGTH = 8
LABELS = (  # English; shown translated with label()
    QT_TRANSLATE_NOOP("StrengthMeter", "Very weak"),
    QT_TRANSLATE_NOOP("StrengthMeter", "Weak"),
    QT_TRANSLATE_NOOP("StrengthMeter", "Fair"),
    QT_TRANSLATE_NOOP("StrengthMeter", "Strong"),
    QT_TRANSLATE_NOOP("StrengthMeter", "Very strong"),
)
# zxcvbn's cost grows with length; beyond this the score no longer changes in practice.
_MAX_CHECKED = 100


def strength(passphrase: str, user_inputs: list[str] | None = None) -> tuple[int, str]:
    """Score 0–4 and a sentence of advice (empty when there is none)."""
    if not passphrase:
        return 0, ""
    result = zxcvbn(passphrase[:_MAX_CHECKED], user_inputs=[u for u in user_inputs or [] if u])
    feedback = result.get("feedback") or {}
    parts = [feedback.get("warning") or "", *(feedback.get("suggestions") or [])]
    return int(result["score"]), " ".join(p for p in parts if p)


def label(score: int) -> str:
    """The strength label of a zxcvbn score, in the interface language."""
    return QCoreApplication.translate("StrengthMeter", LABELS[score])


class StrengthMeter(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.score = 0
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(True)
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setObjectName("strengthAdvice")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.advice)
        self.update_for("")

    def update_for(self, passphrase: str, user_inputs: list[str] | None = None) -> None:
        self.score, advice = strength(passphrase, user_inputs)
        self.bar.setValue(self.score if passphrase else 0)
        text = label(self.score) if passphrase else self.tr("No passphrase yet")
        self.bar.setFormat(self.tr("Strength: {label}").format(label=text))
        self.bar.setAccessibleDescription(text)
        if passphrase and len(passphrase) < MIN_LENGTH:
            advice = self.tr("Use at least {count} characters.").format(count=MIN_LENGTH) + (
                " " + advice if advice else ""
            )
        elif passphrase and not advice and self.score >= 3:
            advice = self.tr("Good. Keep it somewhere only you can find it.")
        if not passphrase:
            advice = self.tr("Several unrelated words are easy to type and hard to guess.")
        self.advice.setText(advice.strip())
