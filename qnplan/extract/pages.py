"""A saved web page: its article text and what its head says about it (title, address,
publication date, site). html.parser is imported only for web pages.

Hostile pages stay linear: comments are cut out before parsing (an unclosed `<!--` hides
the rest of the page, as a browser does, rather than showing it as text), and nesting
depth costs nothing (the parser keeps counters, not a tree)."""

from __future__ import annotations

import re
import time
from typing import Any

from qnplan.extract.metadata import Meta, a_date, clean

_SKIP = frozenset({"script", "style", "noscript", "nav", "header", "footer", "aside", "form",
                   "menu", "template", "svg", "iframe", "button", "select"})
_BLOCK = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
                    "section", "article", "main", "blockquote", "ul", "ol", "figcaption", "dd",
                    "dt"})
MAX_SECONDS = 20.0
_CHUNK = 256 * 1024
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "source", "track", "wbr"})
_META_NAMES = {  # <meta property|name=…> -> field, best first within a field
    "og:title": "title", "twitter:title": "title", "og:url": "url",
    "article:published_time": "date", "datepublished": "date", "pubdate": "date",
    "publishdate": "date", "dc.date.issued": "date", "date": "date",
    "og:site_name": "site",
}


def without_comments(markup: str) -> str:
    """The markup with every `<!-- … -->` removed; an unclosed one ends the page."""
    out: list[str] = []
    at = 0
    while True:
        start = markup.find("<!--", at)
        if start < 0:
            out.append(markup[at:])
            break
        out.append(markup[at:start])
        end = markup.find("-->", start + 4)
        if end < 0:
            break
        at = end + 3
    return "".join(out)


# A '<' with another '<' before the next '>' opens no tag a browser would keep; left as it is,
# html.parser rescans the rest of the page from each one ('<a<a<a…', '</</…': quadratic time).
_NOT_A_TAG = re.compile(r"<(?=[^<>]*<)")
# Whole blocks of script and style go before parsing: most of a saved page, cut in C.
_SCRIPTS = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def _parser() -> Any:
    from html.parser import HTMLParser

    class _Page(HTMLParser):
        """The readable text of a page (no scripts, styles, menus, headers or footers) and
        the metadata of its head."""

        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.skip = 0
            self.parts: list[str] = []
            self.article: list[str] | None = None
            self.article_depth = 0
            self.found: dict[str, str] = {}
            self.title: list[str] | None = None
            self.in_title = False
            self.time: str | None = None

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag in ("meta", "link", "time"):
                self._head(tag, {k: v or "" for k, v in attrs})
            if tag == "title" and self.title is None:
                self.title, self.in_title = [], True
            if tag in _VOID:
                if tag in _BLOCK:
                    self._add("\n")
                return
            if tag in _SKIP:
                self.skip += 1
            elif tag in ("article", "main") and self.article is None:
                self.article, self.article_depth = [], 1
            elif tag in ("article", "main") and self.article_depth:
                self.article_depth += 1
            if tag in _BLOCK:
                self._add("\n")

        def handle_endtag(self, tag: str) -> None:
            if tag == "title":
                self.in_title = False
            if tag in _SKIP and self.skip:
                self.skip -= 1
            if tag in ("article", "main") and self.article_depth:
                self.article_depth -= 1
            if tag in _BLOCK:
                self._add("\n")

        def _head(self, tag: str, a: dict[str, str]) -> None:
            if tag == "meta":
                name = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
                field = _META_NAMES.get(name)
                if field and a.get("content") and field not in self.found:
                    self.found[field] = a["content"]
            elif tag == "link" and "canonical" in a.get("rel", "").lower().split():
                self.found.setdefault("canonical", a.get("href", ""))
            elif tag == "time" and self.time is None and a.get("datetime"):
                self.time = a["datetime"]

        def handle_data(self, data: str) -> None:
            if self.in_title and self.title is not None and len(self.title) < 64:
                self.title.append(data)
            if not self.skip:
                self._add(data)

        def _add(self, s: str) -> None:
            self.parts.append(s)
            if self.article is not None and self.article_depth:
                self.article.append(s)

        def text(self) -> str:
            chosen = self.article if self.article and "".join(self.article).strip() else self.parts
            return "\n".join(" ".join(line.split()) for line in "".join(chosen).split("\n")
                             if line.strip())

        def meta(self) -> Meta:
            f = self.found
            url = f.get("url") or f.get("canonical") or None
            title = f.get("title") or ("".join(self.title) if self.title else None)
            date = a_date(f.get("date")) or a_date(self.time)
            return Meta(title=clean(title), url=clean(url, 2000) if url and url.startswith(
                ("http://", "https://")) else None, date=date, issuer=clean(f.get("site")))

    return _Page()


def page(markup: str, seconds: float = MAX_SECONDS) -> tuple[str, Meta] | None:
    """The article text of a saved web page, and what its head says about it; None when it
    takes longer than `seconds` (html.parser reads about a megabyte of tags a second)."""
    parser = _parser()
    markup = _SCRIPTS.sub(" ", _NOT_A_TAG.sub("&lt;", without_comments(markup)))
    started = time.monotonic()
    for at in range(0, len(markup), _CHUNK):
        parser.feed(markup[at:at + _CHUNK])
        if time.monotonic() - started > seconds:
            return None
    parser.close()
    return str(parser.text()), parser.meta()


def html_text(markup: str) -> str:
    """The article text of a saved web page ('' when it is too slow to read)."""
    read = page(markup)
    return read[0] if read else ""
