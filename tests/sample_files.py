"""Small but well-formed files of each accepted format, made here (no binary fixtures in the
repository): what a unit's liaison officer would upload."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

_END_OF_CHAIN = 0xFFFFFFFE
_FREE = 0xFFFFFFFF
_FAT_SECTOR = 0xFFFFFFFD
_NO_STREAM = 0xFFFFFFFF


def pdf(text: str = "月报") -> bytes:
    body = text.encode("utf-8")
    return (
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
        + b"% "
        + body
        + b"\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )


def png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)  # 1×1, 8-bit greyscale
    pixels = zlib.compress(b"\x00\x80")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def jpeg() -> bytes:
    header = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    return header + b"\x00" * 64 + b"\xff\xd9"


def tiff() -> bytes:
    return b"II*\x00\x08\x00\x00\x00" + b"\x00" * 32


# Entries stamped with a fixed time: writestr with a name stamps the current time, so two builds a
# second apart differ and a test comparing a stored file with a fresh build flickers.
_STAMP = (2026, 1, 1, 0, 0, 0)


def _entry(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_STAMP)
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def _ooxml(main_entry: str, *, wps_order: bool) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        if wps_order:
            # WPS Office writes its own entries first: a sniffer that reads only the first few
            # entries misses the main part.
            for index in range(6):
                archive.writestr(_entry(f"docProps/custom{index}.xml"), "<x/>" * 400)
        archive.writestr(_entry("[Content_Types].xml"), "<Types/>")
        archive.writestr(_entry("_rels/.rels"), "<Relationships/>")
        archive.writestr(_entry(main_entry), "<document/>")
    return buffer.getvalue()


def docx(*, wps_order: bool = False) -> bytes:
    return _ooxml("word/document.xml", wps_order=wps_order)


def xlsx(*, wps_order: bool = False) -> bytes:
    return _ooxml("xl/workbook.xml", wps_order=wps_order)


def zip_archive() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "not an Office file")
    return buffer.getvalue()


def _compound_file(stream_name: str, size: int = 4096) -> bytes:
    """A minimal OLE2 compound file (MS-CFB, version 3, 512-byte sectors) holding one stream:
    sector 0 is the FAT, sector 1 the directory, the stream follows."""
    sector = 512
    stream_sectors = size // sector
    header = bytearray(sector)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x003E, 0x0003, 0xFFFE, 9, 6)
    struct.pack_into("<I", header, 44, 1)  # FAT sectors
    struct.pack_into("<I", header, 48, 1)  # first directory sector
    struct.pack_into("<I", header, 56, 4096)  # mini stream cutoff
    struct.pack_into("<IIII", header, 60, _END_OF_CHAIN, 0, _END_OF_CHAIN, 0)
    struct.pack_into("<I", header, 76, 0)  # DIFAT[0]: the FAT is sector 0
    for index in range(1, 109):
        struct.pack_into("<I", header, 76 + 4 * index, _FREE)

    fat = [_FAT_SECTOR, _END_OF_CHAIN]
    for index in range(stream_sectors):
        fat.append(2 + index + 1 if index < stream_sectors - 1 else _END_OF_CHAIN)
    fat += [_FREE] * (sector // 4 - len(fat))
    fat_sector = struct.pack(f"<{sector // 4}I", *fat)

    def entry(name: str, kind: int, child: int, start: int, length: int) -> bytes:
        raw = bytearray(128)
        encoded = (name + "\x00").encode("utf-16-le") if name else b""
        raw[0 : len(encoded)] = encoded
        struct.pack_into("<HBB", raw, 64, len(encoded), kind, 1)
        struct.pack_into("<III", raw, 68, _NO_STREAM, _NO_STREAM, child)
        struct.pack_into("<I", raw, 116, start)
        struct.pack_into("<Q", raw, 120, length)
        return bytes(raw)

    directory = (
        entry("Root Entry", 5, 1, _END_OF_CHAIN, 0)
        + entry(stream_name, 2, _NO_STREAM, 2, size)
        + entry("", 0, _NO_STREAM, 0, 0) * 2
    )
    return bytes(header) + fat_sector + directory + b"\x00" * size


def doc() -> bytes:
    return _compound_file("WordDocument")


def xls() -> bytes:
    return _compound_file("Workbook")


def ppt() -> bytes:
    return _compound_file("PowerPoint Document")
