"""Turn raw bytes into text, or say why they are not text. Pure: no I/O."""
from __future__ import annotations

import hashlib
import unicodedata

_BINARY_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an executable",
}
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# Past this share of replaced bytes, "mostly UTF-8" is really some other encoding.
_MAX_BAD_UTF8_SHARE = 0.01
# C0/C1 control characters (bar tab/newline/CR/form feed) are rare in real text.
_MAX_CONTROL_SHARE = 0.005


class NotText(ValueError):
    """Raised with a readable reason when bytes are not an article's text."""


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    controls = sum(
        1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f"
    )
    return controls / len(text)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text, encoding). Raises NotText for empty, binary or undecodable input."""
    if not data.strip():
        raise NotText("empty file (no content, or only whitespace)")
    for magic, kind in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise NotText(f"binary file ({kind}), not text")
    if data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as err:
            raise NotText(f"undecodable bytes: invalid UTF-16 ({err.reason})") from None
    if b"\x00" in data:
        raise NotText("binary file (contains NUL bytes), not text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    has_multibyte = any(ord(ch) > 0x7F and ch != "\ufffd" for ch in lenient)
    # Mostly valid UTF-8 with a few stray bytes: keep it, marking the bad bytes.
    if has_multibyte and bad / max(len(data), 1) <= _MAX_BAD_UTF8_SHARE:
        return lenient, "utf-8 (with invalid bytes replaced)"
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _control_share(text) <= _MAX_CONTROL_SHARE:
            return text, encoding
    raise NotText("undecodable bytes: not UTF-8, UTF-16, cp1252 or latin-1 text")


def normalise_text(text: str) -> str:
    """Canonical form used for hashing and storage: NFC, LF newlines, no trailing spaces."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


def article_id_for(normalised_text: str) -> str:
    """sha256 hex of the normalised content: the same content is the same article."""
    return hashlib.sha256(normalised_text.encode("utf-8")).hexdigest()
