"""What an uploaded file really is, from its content: the declared Content-Type and the file name
are the client's word and are never trusted.

``filetype`` recognises PDF and images by their magic numbers. Office files are containers, and
its guess from their first bytes depends on the order the writing program put the entries in
(WPS Office, common in these offices, orders them differently from Word), so containers are
opened instead: an Office Open XML file (docx, xlsx) is a ZIP holding ``word/document.xml`` or
``xl/workbook.xml``; a legacy one (doc, xls) is an OLE2 compound file holding a ``WordDocument``
or a ``Workbook`` (``Book`` for Excel 5) stream, read with ``olefile``.
"""

from __future__ import annotations

import io
import unicodedata
import zipfile
from urllib.parse import quote

from app.domain.submissions import FileType

_BY_MIME = {
    "application/pdf": FileType.pdf,
    "image/jpeg": FileType.jpeg,
    "image/png": FileType.png,
    "image/tiff": FileType.tiff,
}
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _ooxml(content: bytes) -> FileType | None:
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError):
        # NotImplementedError: an entry claims a ZIP version zipfile does not read (damaged or
        # hostile), found by fuzzing the samples.
        return None
    if "[Content_Types].xml" not in names:
        return None
    if "word/document.xml" in names:
        return FileType.docx
    if "xl/workbook.xml" in names:
        return FileType.xlsx
    return None


def _legacy_office(content: bytes) -> FileType | None:
    import olefile  # lazily: only uploads need it, not start-up

    try:
        with olefile.OleFileIO(io.BytesIO(content)) as ole:
            if ole.exists("WordDocument"):
                return FileType.doc
            if ole.exists("Workbook") or ole.exists("Book"):
                return FileType.xls
    except (OSError, ValueError, IndexError, TypeError):  # olefile's answers to a broken file
        return None
    return None


def sniff(content: bytes) -> FileType | None:
    """The file's type, or None when it is none of the accepted formats (or is damaged)."""
    if content.startswith(_ZIP_MAGIC):
        return _ooxml(content)
    if content.startswith(_OLE_MAGIC):
        return _legacy_office(content)
    import filetype  # lazily: only uploads need it, not start-up

    guess = filetype.guess(content[:8192])
    return _BY_MIME.get(guess.mime) if guess is not None else None


def clean_filename(raw: str | None, fallback: str) -> str:
    """The client's file name without directories or control characters (it is shown to people
    and sent back in Content-Disposition), at most 255 characters."""
    name = unicodedata.normalize("NFC", raw or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if not unicodedata.category(ch).startswith("C")).strip()
    return (name if name.strip(".") else fallback)[:255]


def content_disposition(filename: str) -> str:
    """RFC 6266: an ASCII fallback and the UTF-8 name (RFC 8187) for Chinese file names."""
    fallback = "".join(
        c if c.isascii() and c.isprintable() and c not in '"\\' else "_" for c in filename
    )
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"
