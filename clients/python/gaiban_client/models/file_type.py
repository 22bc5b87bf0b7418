from enum import StrEnum


class FileType(StrEnum):
    DOC = "doc"
    DOCX = "docx"
    JPEG = "jpeg"
    PDF = "pdf"
    PNG = "png"
    TIFF = "tiff"
    XLS = "xls"
    XLSX = "xlsx"

    def __str__(self) -> str:
        return str(self.value)
