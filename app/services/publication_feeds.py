"""A jurisdiction's published items as feeds for portals: Atom (RFC 4287) and JSON Feed 1.1.

Made from the public items only (app/services/publications.py public_item): what a feed says is
what the public routes say. Addresses are absolute, on the deployment's public base URL.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from xml.etree import ElementTree as ET

from app.models import Jurisdiction
from app.schemas.publications import PublicItem
from app.services.publications import PUBLIC_PREFIX, public_path

ATOM_MEDIA_TYPE = "application/atom+xml"
JSON_FEED_MEDIA_TYPE = "application/feed+json"
ATOM_NS = "http://www.w3.org/2005/Atom"
# The newest this many: a portal polls, older items stay in the paginated list.
FEED_ITEMS = 50


def _title(jurisdiction: Jurisdiction) -> str:
    return f"{jurisdiction.name}工程建设项目审批制度改革信息公开"


def _text(item: PublicItem) -> str:
    """The item as plain text: a measure's number and text, a result's text, a progress
    snapshot's headline figures."""
    if item.document is not None:
        head = f"{item.document.number}（{item.document.issued_on.isoformat()}）"
        return head + ("\n\n" + item.text if item.text else "")
    if item.progress is not None:
        t = item.progress.tasks
        lines = [
            f"截至{item.progress.as_of.isoformat()}：任务{t.total}项，已完成{t.done}项"
            f"（按期完成{t.done_on_time}项），进行中{t.in_progress}项，逾期{t.overdue}项。"
        ]
        for report in item.progress.reports:
            rate = "—" if report.timeliness_rate is None else f"{report.timeliness_rate:.0%}"
            lines.append(
                f"{report.name}：按时{report.on_time}份，逾期{report.late}份，"
                f"未报{report.missing}份，及时率{rate}。"
            )
        return "\n".join(lines)
    return item.text or ""


def _updated(jurisdiction: Jurisdiction, items: Sequence[PublicItem]) -> datetime:
    return max((item.published_at for item in items), default=jurisdiction.created_at)


def atom(jurisdiction: Jurisdiction, items: Sequence[PublicItem], base_url: str) -> bytes:
    base = base_url.rstrip("/")
    ET.register_namespace("", ATOM_NS)

    def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        element = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}", attrs)
        element.text = text
        return element

    feed = ET.Element(f"{{{ATOM_NS}}}feed", {"xml:lang": "zh-CN"})
    sub(feed, "id", f"urn:uuid:{jurisdiction.id}")
    sub(feed, "title", _title(jurisdiction))
    sub(feed, "updated", _updated(jurisdiction, items).isoformat())
    sub(feed, "author").append(_name(jurisdiction.name))
    sub(feed, "link", rel="self", href=f"{base}{PUBLIC_PREFIX}/{jurisdiction.id}/feed.atom")
    for item in items:
        url = f"{base}{public_path(jurisdiction.id, item.id)}"
        entry = sub(feed, "entry")
        sub(entry, "id", f"urn:uuid:{item.id}")
        sub(entry, "title", item.title)
        sub(entry, "published", item.published_at.isoformat())
        sub(entry, "updated", item.published_at.isoformat())
        sub(entry, "link", rel="alternate", type="application/json", href=url)
        for file in item.files:
            sub(
                entry,
                "link",
                rel="enclosure",
                type=file.media_type,
                length=str(file.size_bytes),
                title=file.filename,
                href=f"{url}/files/{file.id}",
            )
        sub(entry, "category", term=item.kind.value, label=item.kind_name)
        sub(entry, "content", _text(item), type="text")
    written: bytes = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    return written


def _name(text: str) -> ET.Element:
    element = ET.Element(f"{{{ATOM_NS}}}name")
    element.text = text
    return element


def json_feed(jurisdiction: Jurisdiction, items: Sequence[PublicItem], base_url: str) -> bytes:
    base = base_url.rstrip("/")
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": _title(jurisdiction),
        "feed_url": f"{base}{PUBLIC_PREFIX}/{jurisdiction.id}/feed.json",
        "language": "zh-CN",
        "authors": [{"name": jurisdiction.name}],
        "items": [
            {
                "id": str(item.id),
                "url": f"{base}{public_path(jurisdiction.id, item.id)}",
                "title": item.title,
                "content_text": _text(item),
                "date_published": item.published_at.isoformat(),
                "tags": [item.kind_name],
                **(
                    {
                        "attachments": [
                            {
                                "url": f"{base}{public_path(jurisdiction.id, item.id)}"
                                f"/files/{file.id}",
                                "mime_type": file.media_type,
                                "title": file.filename,
                                "size_in_bytes": file.size_bytes,
                            }
                            for file in item.files
                        ]
                    }
                    if item.files
                    else {}
                ),
            }
            for item in items
        ],
    }
    return json.dumps(feed, ensure_ascii=False, separators=(",", ":")).encode()
