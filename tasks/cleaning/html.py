"""HTML path: trafilatura finds the main text and the metadata in one parse."""
import logging
import re

import lxml.html
import trafilatura

# trafilatura logs every discarded page as a warning; a batch run does not need that.
logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)

_METADATA_KEYS = ("url", "sitename", "date", "author", "title")
_DATE = re.compile(r"^\d{4}-\d\d-\d\d")

_SPACE = re.compile(r"\s+")
# Fallback when trafilatura finds nothing: the text of the page's paragraph-like elements.
_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li")


def extract(raw):
    """Main text (one line per block), title and metadata of an HTML page.

    Returns (text, title, metadata); text is None when no main text was found.
    """
    doc = None
    try:
        doc = trafilatura.bare_extraction(
            raw, include_comments=False, with_metadata=True, output_format="python",
            include_tables=True, favor_precision=False)
    except Exception:  # trafilatura raises on some malformed input; the contract forbids raising
        doc = None
    if doc is None:
        return _paragraphs(raw), None, {}
    metadata = {}
    for key in _METADATA_KEYS:
        value = getattr(doc, key, None)
        if isinstance(value, str) and value.strip():
            metadata[key] = value.strip()
    if "date" in metadata:
        m = _DATE.match(metadata["date"])
        if m:
            metadata["date"] = m.group(0)
        else:
            del metadata["date"]
    return doc.text or None, metadata.get("title"), metadata


def _paragraphs(raw):
    """Visible text of paragraph-like elements, one per line, or None."""
    try:
        tree = lxml.html.document_fromstring(raw)
        lines = []
        for el in tree.iter(*_BLOCKS):
            if any(a.tag in _BLOCKS for a in el.iterancestors()):
                continue  # nested block: its parent's text already holds it
            text = _SPACE.sub(" ", el.text_content()).strip()
            if text:
                lines.append(text)
        return "\n".join(lines) or None
    except Exception:  # lxml rejects some inputs (empty, bytes-like declarations)
        return None
