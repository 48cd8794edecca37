"""RSS 2.0, RSS 1.0 (RDF) and Atom feed files, parsed with lxml (namespace-agnostic).

Per item: title; text from ``content:encoded`` / Atom ``content``, else ``description`` /
``summary`` (HTML stripped); date from ``pubDate`` / ``published`` / ``dc:date`` / ``updated``;
url from ``link`` (Atom: ``rel=alternate`` or no rel) or a permalink ``guid``. The feed title is
the publisher. Broken XML is read with lxml's recovery and reported as an issue.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from lxml import etree

from civcas.ingest.records import Issue, Record

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


def _local(el: Any) -> str:
    tag = el.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].lower()


def _child(el: Any, *names: str) -> Any:
    for name in names:
        for ch in el:
            if _local(ch) == name:
                return ch
    return None


def _full(el: Any) -> str:
    if el is None:
        return ""
    kind = (el.get("type") or "").lower()
    if kind in ("xhtml", "application/xhtml+xml"):
        return etree.tostring(el, method="html", encoding="unicode", with_tail=False)
    return "".join(el.itertext()).strip()


def looks_like_feed(text: str) -> bool:
    """True when the text's root element is rss, feed (Atom) or rdf:RDF."""
    head = _XML_DECL.sub("", text.lstrip()[:2000], count=1).lstrip()
    while head.startswith("<!--") or head.startswith("<?"):
        end = head.find("-->") + 3 if head.startswith("<!--") else head.find("?>") + 2
        if end < 3:
            return False
        head = head[end:].lstrip()
    return bool(re.match(r"<(rss|feed|rdf:RDF|RDF)[\s>]", head))


def iter_feed(text: str) -> Iterator[Record | Issue]:
    """Items of a feed as records with fields title/text/published/url/publisher/id."""
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    data = _XML_DECL.sub("", text, count=1).strip().encode("utf-8")
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        yield Issue("malformed", f"not a readable feed: {exc}")
        return
    if root is None:
        yield Issue("malformed", "not a readable feed: no XML root element")
        return
    errors = [e for e in parser.error_log if e.level >= etree.ErrorLevels.ERROR]
    if errors:
        e = errors[0]
        kind = "truncated" if "end of data" in e.message.lower() or "premature" in e.message.lower() \
            else "malformed"
        yield Issue(kind, f"XML error at line {e.line}: {e.message.strip()} "
                    f"({len(errors)} error(s); items read so far are kept)", e.line)
    channel = _child(root, "channel")
    holder = channel if channel is not None else root
    publisher = _full(_child(holder, "title")) or None
    items = [el for el in root.iter() if _local(el) in ("item", "entry")]
    for n, item in enumerate(items, start=1):
        fields: dict[str, Any] = {"publisher": publisher}
        fields["title"] = _full(_child(item, "title")) or None
        body = _full(_child(item, "encoded", "content")) or _full(_child(item, "description", "summary"))
        fields["text"] = body
        for name in ("pubdate", "published", "date", "issued", "updated", "modified"):
            value = _full(_child(item, name))
            if value:
                fields["published"] = value
                break
        url = None
        for ch in item:
            if _local(ch) != "link":
                continue
            href = ch.get("href")
            if href and (ch.get("rel") in (None, "alternate")):
                url = href.strip()
                break
            if not href and (ch.text or "").strip():
                url = ch.text.strip()
                break
        guid = _child(item, "guid", "id")
        gtext = _full(guid)
        if url is None and gtext.startswith(("http://", "https://")) and \
                (guid.get("isPermaLink") or "true").lower() == "true":
            url = gtext
        fields["url"] = url
        if gtext:
            fields["id"] = gtext
        yield Record(n, fields)
