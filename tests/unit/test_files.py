"""What an uploaded file really is, from its bytes alone (app.files.sniff): every accepted format
made by tests/sample_files.py is recognised, whatever order the writing program put a container's
entries in; anything else, or a damaged file, is None."""

from __future__ import annotations

import inspect
import io
import random
import struct
import zipfile
from collections.abc import Callable

import filetype
import pytest

from app.domain.submissions import FileType
from app.files import sniff
from tests import sample_files

BUILDERS: list[tuple[str, Callable[[], bytes], FileType]] = [
    ("pdf", sample_files.pdf, FileType.pdf),
    ("png", sample_files.png, FileType.png),
    ("jpeg", sample_files.jpeg, FileType.jpeg),
    ("tiff", sample_files.tiff, FileType.tiff),
    ("docx", sample_files.docx, FileType.docx),
    ("xlsx", sample_files.xlsx, FileType.xlsx),
    ("docx (WPS order)", lambda: sample_files.docx(wps_order=True), FileType.docx),
    ("xlsx (WPS order)", lambda: sample_files.xlsx(wps_order=True), FileType.xlsx),
    ("doc", sample_files.doc, FileType.doc),
    ("xls", sample_files.xls, FileType.xls),
    ("xls (Excel 5 Book stream)", lambda: sample_files._compound_file("Book"), FileType.xls),
]
IDS = [name for name, _, _ in BUILDERS]
CONTAINERS = [
    ("docx", sample_files.docx(), FileType.docx),
    ("xlsx", sample_files.xlsx(), FileType.xlsx),
    ("docx (WPS order)", sample_files.docx(wps_order=True), FileType.docx),
    ("xlsx (WPS order)", sample_files.xlsx(wps_order=True), FileType.xlsx),
]


@pytest.mark.parametrize(("name", "build", "expected"), BUILDERS, ids=IDS)
def test_each_accepted_format_is_recognised_from_its_content(
    name: str, build: Callable[[], bytes], expected: FileType
) -> None:
    assert sniff(build()) is expected


@pytest.mark.parametrize("build", [sample_files.docx, sample_files.xlsx])
def test_filetype_alone_takes_a_wps_ordered_office_file_for_a_plain_zip(
    build: Callable[..., bytes],
) -> None:
    # Why containers are opened: the magic-number guess depends on the entries' order.
    assert filetype.guess(build(wps_order=True)).mime == "application/zip"
    assert sniff(build(wps_order=True)) is sniff(build())


@pytest.mark.parametrize("build", [sample_files.doc, sample_files.xls])
def test_filetype_alone_takes_every_compound_file_for_powerpoint(
    build: Callable[[], bytes],
) -> None:
    assert filetype.guess(build()).mime == "application/vnd.ms-powerpoint"
    assert sniff(build()) in (FileType.doc, FileType.xls)


@pytest.mark.parametrize(
    "build",
    [sample_files.pdf, sample_files.png, sample_files.jpeg, sample_files.tiff,
     sample_files.docx, sample_files.xlsx],
)  # fmt: skip
def test_the_sniffed_media_type_is_the_one_filetype_names(build: Callable[[], bytes]) -> None:
    found = sniff(build())
    assert found is not None
    assert found.media_type == filetype.guess(build()).mime


def _ooxml_without(entry: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in ("[Content_Types].xml", "_rels/.rels", "word/document.xml"):
            if name != entry:
                archive.writestr(name, "<x/>")
    return buffer.getvalue()


def _with_central_directory_version(content: bytes, version: int) -> bytes:
    """The ZIP with every central directory entry claiming to need ``version`` to extract."""
    patched = bytearray(content)
    at = patched.find(b"PK\x01\x02")
    while at != -1:
        struct.pack_into("<H", patched, at + 6, version)
        at = patched.find(b"PK\x01\x02", at + 4)
    return bytes(patched)


UNRECOGNISED = [
    ("ppt compound file", sample_files.ppt()),
    ("plain zip", sample_files.zip_archive()),
    ("zip with a document but no [Content_Types].xml", _ooxml_without("[Content_Types].xml")),
    ("zip with [Content_Types].xml but no main part", _ooxml_without("word/document.xml")),
    ("random bytes", random.Random(20261022).randbytes(4096)),
    ("fixed arbitrary bytes", bytes(range(256)) * 4),
    ("empty", b""),
    ("text naming a pdf", b"report.pdf"),
    ("zip magic alone", b"PK\x03\x04"),
    ("truncated zip header", sample_files.docx()[:30]),
    ("truncated WPS docx", sample_files.docx(wps_order=True)[:600]),
    ("ole magic alone", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"),
    ("truncated ole header", sample_files.doc()[:100]),
    ("ole header without its FAT", sample_files.xls()[:512]),
    ("zip magic then junk", b"PK\x03\x04" + bytes(range(256))),
    ("ole magic then junk", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\xff" * 1024),
]


@pytest.mark.parametrize(
    "content", [c for _, c in UNRECOGNISED], ids=[name for name, _ in UNRECOGNISED]
)
def test_anything_else_or_a_damaged_file_is_not_recognised(content: bytes) -> None:
    assert sniff(content) is None


@pytest.mark.parametrize(
    ("content", "expected"),
    [(c, t) for _, c, t in CONTAINERS],
    ids=[name for name, _, _ in CONTAINERS],
)
def test_no_truncation_of_an_office_open_xml_file_is_recognised(
    content: bytes, expected: FileType
) -> None:
    assert sniff(content) is expected
    for length in range(len(content)):
        assert sniff(content[:length]) is None, length


@pytest.mark.parametrize("build", [sample_files.doc, sample_files.xls], ids=["doc", "xls"])
def test_a_compound_file_cut_within_its_header_is_not_recognised(
    build: Callable[[], bytes],
) -> None:
    content = build()
    for length in range(512):
        assert sniff(content[:length]) is None, length


@pytest.mark.parametrize(("name", "build", "expected"), BUILDERS, ids=IDS)
def test_a_cut_file_is_never_an_error_nor_another_type(
    name: str, build: Callable[[], bytes], expected: FileType
) -> None:
    content = build()
    for length in range(0, len(content), 7):
        assert sniff(content[:length]) in (None, expected), length


@pytest.mark.parametrize("version", [64, 0xFFFF])
def test_a_zip_claiming_an_unsupported_version_is_not_recognised(version: int) -> None:
    content = _with_central_directory_version(sample_files.docx(), version)
    assert sniff(content) is None


def test_a_zip_claiming_the_highest_supported_version_is_still_read() -> None:
    assert sniff(_with_central_directory_version(sample_files.docx(), 63)) is FileType.docx


def test_only_the_bytes_are_consulted_never_a_declared_name_or_type() -> None:
    assert list(inspect.signature(sniff).parameters) == ["content"]
    # A PDF is a PDF and a docx a docx, whatever the client would have called them.
    assert sniff(sample_files.pdf()) is FileType.pdf
    assert sniff(b"%PDF-" + sample_files.docx()) is FileType.pdf
    assert sniff(sample_files.png() + sample_files.pdf()) is FileType.png
