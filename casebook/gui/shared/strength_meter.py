"""Live passphrase strength from zxcvbn: a labelled 0–4 bar and its advice in words.

zxcvbn judges guessability (dictionary words, dates, keyboard patterns) rather than
character classes, which is what matters against an offline guessing attack.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget
from zxcvbn import zxcvbn

MIN_LENGTH = 8
LABELS = ("Very weak", "Weak", "Fair", "Strong", "Very strong")
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


class StrengthMeter(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.score = 0
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(True)
        self.bar.setAccessibleName("Passphrase strength")
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
        label = LABELS[self.score] if passphrase else "No passphrase yet"
        self.bar.setFormat(f"Strength: {label}")
        self.bar.setAccessibleDescription(label)
        if passphrase and len(passphrase) < MIN_LENGTH:
            advice = f"Use at least {MIN_LENGTH} characters. " + advice
        elif passphrase and not advice and self.score >= 3:
            advice = "Good. Keep it somewhere only you can find it."
        if not passphrase:
            advice = "Several unrelated words are easy to type and hard to guess."
        self.advice.setText(advice.strip())
