"""C2PA content credentials of a file being taken in: read and validated offline, once.

A C2PA manifest, written by a camera, a phone app (ProofMode among them) or an editor, says
who signed the file, with what software, and what was done to it (captured, cropped, ...).
``c2pa-python`` (the Content Authenticity Initiative's bindings of c2pa-rs) reads it and
checks its signature and that the file's bytes still match the hashes it signed.

Offline, on purpose: evidence is taken in on computers that must not announce what they hold.
The reader is set never to fetch anything (no OCSP revocation check, no remote manifest) and
not to check the signer against a trust list (Casebook ships none): so "valid" here means
"signed, and the file is unchanged since it was signed, by the certificate named", not that
the signer is someone to trust. Who the signer is is for the lawyer to weigh.

A file without a manifest has unknown provenance; that is not a sign of forgery (most
genuine photos carry none). The wording below says so wherever "none" is shown.
"""

from __future__ import annotations

import functools
import io
import json
from typing import Any

try:  # a wheel is published for the platforms Casebook runs on; its absence is said, not hidden
    import c2pa
except ImportError:  # pragma: no cover - exercised only where the wheel is missing
    c2pa = None

#: What the reader is allowed to do (c2pa-rs settings); nothing here reaches the network.
OFFLINE_SETTINGS = {
    "verify": {
        "verify_trust": False,
        "ocsp_fetch": False,
        "remote_manifest_fetch": False,
    }
}
TRUST_NOTE = (
    "checked offline: signature and content hashes; the signer's certificate was not checked "
    "against a trust list, nor for revocation"
)
NONE_NOTE = "unknown provenance; most genuine files carry none, so this is not a sign of forgery"

_TEXT = 200  # longest text kept from a manifest (they are written by others)
_LIST = 20  # most actions or failures kept


def reader_version() -> str | None:
    """'c2pa-python 0.38.1 (c2pa-rs 0.91.3)', or None where the library is not installed."""
    if c2pa is None:
        return None
    from importlib.metadata import version

    return f"c2pa-python {version('c2pa-python')} (c2pa-rs {c2pa.sdk_version()})"


def read_content_credentials(data: bytes, media_type: str) -> dict[str, Any] | None:
    """The content credentials of ``data`` as stored in an item's metadata.

    ``{"state": "valid" | "invalid" | "none" | "unreadable", ...}``; None when the type is
    one C2PA does not cover (or the library is missing), so nothing is claimed. Never raises.
    """
    essence = media_type.split(";", 1)[0].strip().lower()
    if c2pa is None or essence not in _supported_types():
        return None
    checked_with = reader_version()
    try:
        context = c2pa.Context(c2pa.Settings.from_dict(OFFLINE_SETTINGS))
        reader = c2pa.Reader.try_create(essence, io.BytesIO(data), context=context)
        if reader is None:
            return {"state": "none", "checked_with": checked_with}
        with reader:
            store = json.loads(reader.json())
    except Exception as exc:  # a manifest present but unreadable is a failed validation
        if _no_manifest(exc):
            return {"state": "none", "checked_with": checked_with}
        if b"c2pa" not in data:  # a damaged file, not a damaged manifest: nothing to judge
            return {"state": "unreadable", "checked_with": checked_with}
        return {
            "state": "invalid",
            "failures": [{"code": "manifest.unreadable", "explanation": _short(str(exc))}],
            "checked_with": checked_with,
        }
    return _summary(store, checked_with)


def describe(credentials: dict[str, Any] | None) -> str | None:
    """One line for the evidence view: 'valid, signed by …' / 'present but invalid: …' / 'none'."""
    if not credentials:
        return None
    state = credentials.get("state")
    if state == "none":
        return f"none ({NONE_NOTE})"
    if state == "unreadable":
        return "not checked: the file could not be parsed for content credentials"
    signer = signer_name(credentials)
    if state == "valid":
        return f"valid, signed by {signer} ({TRUST_NOTE})"
    return f"present but invalid: {failure_text(credentials)} (signed as {signer})"


def signer_name(credentials: dict[str, Any]) -> str:
    signer = credentials.get("signer") or {}
    name = signer.get("common_name") or "an unnamed certificate"
    return f"{name} ({signer['issuer']})" if signer.get("issuer") else name


def failure_text(credentials: dict[str, Any]) -> str:
    failures = credentials.get("failures") or []
    return "; ".join(f.get("explanation") or f.get("code", "") for f in failures[:3]) or "unknown"


@functools.cache
def _supported_types() -> frozenset[str]:
    try:
        return frozenset(t.lower() for t in c2pa.Reader.get_supported_mime_types())
    except Exception:
        return frozenset()


def _no_manifest(exc: Exception) -> bool:
    return "ManifestNotFound" in type(exc).__name__ or "no JUMBF" in str(exc)


def _short(value: Any) -> str:
    text = str(value)
    return text if len(text) <= _TEXT else text[: _TEXT - 1] + "…"


def _summary(store: dict[str, Any], checked_with: str | None) -> dict[str, Any]:
    manifests = store.get("manifests") or {}
    active = manifests.get(store.get("active_manifest") or "") or {}
    raw_state = str(store.get("validation_state") or "")
    results = (store.get("validation_results") or {}).get("activeManifest") or {}
    failures = [
        {"code": _short(f.get("code", "")), "explanation": _short(f.get("explanation", ""))}
        for f in (results.get("failure") or [])[:_LIST]
    ]
    state = "valid" if raw_state in ("Valid", "Trusted") and not failures else "invalid"
    if state == "invalid" and not failures:
        failures = [{"code": "validation_state", "explanation": _short(raw_state or "unknown")}]
    summary: dict[str, Any] = {
        "state": state,
        "validation_state": raw_state,
        "claim_generator": _generator(active),
        "signer": _signer(active.get("signature_info") or {}),
        "failures": failures,
        "manifests": len(manifests),
        "checked_with": checked_with,
    }
    assertions = {a.get("label", ""): a.get("data") or {} for a in active.get("assertions", [])}
    actions = _actions(assertions)
    if actions:
        summary["actions"] = actions
    created = [a["when"] for a in actions if a["action"] == "c2pa.created" and a.get("when")]
    capture = created[0] if created else None
    exif = assertions.get("stds.exif") or {}
    capture = capture or exif.get("exif:DateTimeOriginal")
    if capture:
        summary["capture_time"] = _short(capture)
    if exif.get("exif:GPSLatitude") and exif.get("exif:GPSLongitude"):
        summary["location"] = _short(f"{exif['exif:GPSLatitude']}, {exif['exif:GPSLongitude']}")
    return {k: v for k, v in summary.items() if v not in (None, "", [], {})} | {"state": state}


def _generator(manifest: dict[str, Any]) -> str | None:
    infos = manifest.get("claim_generator_info") or []
    if infos and isinstance(infos[0], dict):
        name, version = infos[0].get("name", ""), infos[0].get("version", "")
        return _short(f"{name} {version}".strip()) or None
    generator = manifest.get("claim_generator")
    return _short(generator) if generator else None


def _signer(info: dict[str, Any]) -> dict[str, str]:
    keys = (("common_name", "common_name"), ("issuer", "issuer"), ("alg", "alg"), ("time", "time"))
    return {ours: _short(info[theirs]) for ours, theirs in keys if info.get(theirs)}


def _actions(assertions: dict[str, Any]) -> list[dict[str, str]]:
    data = assertions.get("c2pa.actions.v2") or assertions.get("c2pa.actions") or {}
    found = []
    for action in (data.get("actions") or [])[:_LIST]:
        if not isinstance(action, dict) or not action.get("action"):
            continue
        entry = {"action": _short(action["action"])}
        if action.get("when"):
            entry["when"] = _short(action["when"])
        agent = action.get("softwareAgent")
        if isinstance(agent, dict):
            agent = agent.get("name")
        if agent:
            entry["software"] = _short(agent)
        found.append(entry)
    return found
