"""HTML pages: main text without boilerplate, plus title, date, publisher and url from the markup.

Text: trafilatura (``favor_precision``); when it returns nothing, the text of ``<article>``
or else of all ``<p>`` elements (lxml). Metadata, first found wins:
title: ``og:title``, ``twitter:title``, JSON-LD ``headline``, ``<title>``, ``<h1>``;
date: ``article:published_time``, ``og:published_time``, ``itemprop=datePublished``, JSON-LD
``datePublished``, ``<meta name=date|pubdate|publishdate|dc.date|...>``, ``<time datetime>``;
publisher: ``og:site_name``, JSON-LD ``publisher.name``, ``<meta name=publisher|application-name>``;
url: ``<link rel=canonical>``, ``og:url``, JSON-LD ``url``; language: ``<html lang>``.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from civcas.ingest.dates import Precision, parse_date

log = logging.getLogger(__name__)

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_DATE_META = (
    "article:published_time", "og:published_time", "published_time", "article.published",
    "date", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date", "dc.date.issued",
    "dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date", "datepublished",
    "article:modified_time", "og:updated_time", "last-modified",
)
_BLOCK_TAGS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
                         "blockquote", "section", "article", "pre", "table", "ul", "ol"})


@dataclass(frozen=True, slots=True)
class HtmlParts:
    text: str
    title: str | None = None
    published: date | None = None
    precision: Precision | None = None
    url: str | None = None
    publisher: str | None = None
    language: str | None = None


def _parse_tree(markup: str) -> Any:
    markup = _XML_DECL.sub("", markup, count=1)
    if not markup.strip():
        return None
    try:
        return lxml_html.document_fromstring(markup)
    except (etree.ParserError, ValueError) as exc:
        log.debug("lxml could not parse HTML: %s", exc)
        return None


def _meta(tree: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        value = (el.get("content") or "").strip()
        if key and value and key not in out:
            out[key] = value
    return out


def _walk_jsonld(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk_jsonld(value)
    elif isinstance(node, list):
        for item in node:
            yield from _walk_jsonld(item)


def _jsonld(tree: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    for el in tree.iter("script"):
        if (el.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(el.text or "")
        except (json.JSONDecodeError, RecursionError):
            continue
        for obj in _walk_jsonld(data):
            for key in ("datePublished", "headline", "url", "dateCreated"):
                value = obj.get(key)
                if isinstance(value, str) and value.strip() and key not in out:
                    out[key] = value.strip()
            pub = obj.get("publisher")
            if isinstance(pub, dict) and isinstance(pub.get("name"), str) and "publisher" not in out:
                out["publisher"] = pub["name"].strip()
    return out


def node_text(el: Any) -> str:
    """The text of an element with paragraph breaks at block elements (no script/style)."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in ("script", "style", "noscript", "template"):
            if node.tail:
                parts.append(node.tail)
            return
        if tag in _BLOCK_TAGS:
            parts.append("\n\n")
        if node.text and tag:
            parts.append(node.text)
        for child in node:
            walk(child)
        if tag in _BLOCK_TAGS:
            parts.append("\n\n")
        if node.tail:
            parts.append(node.tail)

    walk(el)
    text = "".join(parts)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (feed descriptions, HTML inside JSON fields)."""
    tree = _parse_tree(f"<html><body>{fragment}</body></html>")
    return node_text(tree.body) if tree is not None and tree.body is not None else fragment


def _fallback_text(tree: Any) -> str:
    articles = tree.xpath("//article")
    if articles:
        text = "\n\n".join(node_text(a) for a in articles)
        if text.strip():
            return text
    paras = [node_text(p) for p in tree.iter("p")]
    return "\n\n".join(p for p in paras if p)


def _trafilatura(markup: str) -> str:
    import trafilatura

    try:
        text = trafilatura.extract(markup, favor_precision=True, include_comments=False,
                                   include_tables=False, deduplicate=False)
    except (ValueError, TypeError, etree.LxmlError) as exc:
        log.debug("trafilatura failed: %s", exc)
        return ""
    return text or ""


def parse_html(markup: str, *, dayfirst: bool = False) -> HtmlParts:
    """Main text and metadata of one HTML page (see the module docstring)."""
    tree = _parse_tree(markup)
    if tree is None:
        return HtmlParts(text="")
    meta = _meta(tree)
    ld = _jsonld(tree)
    text = _trafilatura(markup).strip() or _fallback_text(tree)
    titles = [meta.get("og:title"), meta.get("twitter:title"), ld.get("headline")]
    t = tree.find(".//title")
    titles.append(t.text_content() if t is not None else None)
    h1 = tree.find(".//h1")
    titles.append(h1.text_content() if h1 is not None else None)
    title = next((" ".join(x.split()) for x in titles if x and x.strip()), None)
    heading = " ".join(h1.text_content().split()) if h1 is not None else ""
    if title and heading and heading != title and heading in title:
        title = heading  # "<title>Headline | Site</title>" -> the headline
    first, _sep, rest = text.partition("\n")
    if rest.strip() and " ".join(first.split()) in {title, heading}:
        text = rest.strip()  # the headline repeated at the top of the body
    published: date | None = None
    precision: Precision | None = None
    candidates = [meta.get(k) for k in _DATE_META[:3]]
    candidates += [ld.get("datePublished")]
    candidates += [meta.get(k) for k in _DATE_META[3:]]
    candidates += [el.get("datetime") for el in tree.iter("time")]
    candidates += [ld.get("dateCreated")]
    for cand in candidates:
        if cand:
            found = parse_date(cand, dayfirst=dayfirst)
            if found is not None:
                published, precision = found
                break
    publisher = meta.get("og:site_name") or ld.get("publisher") or meta.get("publisher") \
        or meta.get("application-name")
    url = None
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            url = link.get("href").strip()
            break
    url = url or meta.get("og:url") or ld.get("url")
    if url and not url.startswith(("http://", "https://")):
        url = None
    lang = tree.get("lang") or tree.get("xml:lang")
    language = lang.split("-")[0].lower() if lang and lang.strip() else None
    return HtmlParts(text=text, title=title, published=published, precision=precision, url=url,
                     publisher=publisher, language=language)


_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]{0,9}(?:\s[^<>]{0,500})?/?>")


def has_markup(text: str) -> bool:
    """True when ``text`` contains something shaped like an HTML tag (``<b>``, ``</p>``, ``<br/>``)."""
    return _TAG.search(text) is not None


def looks_like_html(text: str) -> bool:
    """True when ``text`` starts like an HTML document or fragment."""
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html", "<head", "<body")) or (
        head.startswith("<") and bool(re.search(r"<(p|div|br|article|span|a|h1|h2)[\s>/]", head))
    )
