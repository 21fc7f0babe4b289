import pytest

from tasks.decoding import NotText, article_id_for, decode_bytes, normalise_text


@pytest.mark.parametrize(
    "data, expected_text, expected_encoding",
    [
        ("Plain ASCII news.".encode(), "Plain ASCII news.", "utf-8"),
        ("Café “quoted” — dash".encode("utf-8"), "Café “quoted” — dash", "utf-8"),
        (b"\xef\xbb\xbfBOM first", "BOM first", "utf-8"),
        ("Mayor’s “plan” — approved".encode("cp1252"), "Mayor’s “plan” — approved", "cp1252"),
        ("Ça coûte cher à Montréal".encode("latin-1"), "Ça coûte cher à Montréal", "cp1252"),
        ("UTF-16 text with a BOM".encode("utf-16"), "UTF-16 text with a BOM", "utf-16"),
    ],
)
def test_decode_bytes_decodes_text(data, expected_text, expected_encoding):
    assert decode_bytes(data) == (expected_text, expected_encoding)


def test_mostly_utf8_with_a_stray_byte_is_kept_with_a_replacement():
    data = ("Zoë said “yes” " * 20).encode("utf-8") + b"\xff" + b" and left."
    text, encoding = decode_bytes(data)
    assert "\ufffd" in text and text.endswith("and left.")
    assert encoding.startswith("utf-8")


@pytest.mark.parametrize(
    "data, reason_part",
    [
        (b"", "empty"),
        (b"   \n\t\n  ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"%PDF-1.7 ...", "PDF"),
        (b"text\x00with\x00nul", "NUL"),
        (bytes(range(0x80, 0xA0)) * 8, "undecodable"),
    ],
)
def test_decode_bytes_rejects_non_text_with_a_reason(data, reason_part):
    with pytest.raises(NotText, match=reason_part):
        decode_bytes(data)


@pytest.mark.parametrize(
    "left, right",
    [
        ("a\r\nb", "a\nb"),
        ("a  \nb\t", "a\nb"),
        ("\n\na\n\n", "a"),
        ("Cafe\u0301", "Café"),
    ],
)
def test_normalisation_makes_equivalent_texts_equal(left, right):
    assert normalise_text(left) == normalise_text(right)
    assert article_id_for(normalise_text(left)) == article_id_for(normalise_text(right))


def test_article_id_is_sha256_hex():
    article_id = article_id_for("x")
    assert len(article_id) == 64 and int(article_id, 16) >= 0
    assert article_id != article_id_for("y")
