"""Write the sample files `gaiban tour` and the README's examples upload (app/tour_files/).

Small but real files, each opening in its program: a monthly report (Word and a PDF "scan"), a
progress table (Excel and a PDF "scan"), and a task breakdown workbook with one new task, laid
out as the service's own export (GET …/tasks/export.xlsx). Run once after changing them:

    .venv/bin/python tools/make_tour_files.py
"""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import openpyxl

from app.domain import task_workbook as book

FILES = Path(__file__).resolve().parent.parent / "app" / "tour_files"
_STAMP = (2026, 1, 1, 0, 0, 0)


def pdf(title: str) -> bytes:
    """A one-page PDF 1.4 with a line of text and a correct cross-reference table."""
    stream = f"BT /F1 18 Tf 72 720 Td ({title}) Tj ET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def docx(text: str) -> bytes:
    """A Word document of one paragraph: the three parts a package needs."""
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
        ),
        "word/document.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"<w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>"
        ),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            info = zipfile.ZipInfo(name, date_time=_STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, content)
    return buffer.getvalue()


def xlsx(rows: list[list[object]], sheet: str) -> bytes:
    workbook = openpyxl.Workbook()
    worksheet = workbook.active
    worksheet.title = sheet
    for row in rows:
        worksheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# One new task (序号 K-1: no clash with the numbers the service gives, 1, 2, …) for Ezhou's units.
NEW_TASK = {
    book.CODE: "K-1",
    book.PARENT: None,
    book.TITLE: "推行工程建设项目审批“一网通办”（示例）",
    book.CATEGORY: "信息系统建设",
    book.SOURCE_KIND: "市级文件",
    book.SOURCE_TITLE: "《鄂州市工程建设项目审批制度改革实施方案》",
    book.SOURCE_REFERENCE: "鄂州政办函〔2019〕30号",
    book.LEAD_UNIT: "市行政审批局",
    book.COOPERATING_UNITS: "市经济和信息化局、市住房和城乡建设局",
    book.DEADLINE: date(2027, 6, 30),
    book.MILESTONES: "2027-03-31 完成系统改造方案",
    book.MEASURES: "《鄂州市工程建设项目审批“一网通办”实施细则》",
    book.STATE: None,
}


def main() -> None:
    FILES.mkdir(exist_ok=True)
    (FILES / "月报.docx").write_bytes(docx("鄂州市住房和城乡建设局 2026年10月改革工作月报（示例）"))
    (FILES / "月报.pdf").write_bytes(pdf("Monthly report 2026-10 (sample scan)"))
    (FILES / "推进表.xlsx").write_bytes(
        xlsx(
            [["任务", "进度(%)", "情况"], ["工程建设项目审批事项清单化管理", 70, "按计划推进"]],
            "工作推进表",
        )
    )
    (FILES / "推进表.pdf").write_bytes(pdf("Progress table 2026-10 (sample scan)"))
    header = list(book.PLAN_COLUMNS)
    (FILES / "任务分解表.xlsx").write_bytes(
        xlsx([header, [NEW_TASK[column] for column in header]], book.SHEET_TITLE)
    )


if __name__ == "__main__":
    main()
