#!/usr/bin/env python3
"""Reads Roundup API's feeds with real readers: feedparser for RSS and Atom, the JSON Feed 1.1 spec's
required fields for JSON Feed. Usage: check_feeds.py KIND URL EXPECTED_ITEMS [KIND URL EXPECTED_ITEMS ...]
with KIND one of rss, atom, json. Prints one line per feed; exits 1 on the first problem."""
import json
import sys
import urllib.request

import feedparser


def fail(url, message):
    print(f"FAIL {url}: {message}")
    sys.exit(1)


def check_xml(kind, url, expected):
    feed = feedparser.parse(url)
    if feed.bozo:
        fail(url, f"bozo: {feed.bozo_exception!r}")
    want = {"rss": "rss20", "atom": "atom10"}[kind]
    if feed.version != want:
        fail(url, f"version {feed.version}, expected {want}")
    if not feed.feed.get("title"):
        fail(url, "no feed title")
    if len(feed.entries) != expected:
        fail(url, f"{len(feed.entries)} entries, expected {expected}")
    for entry in feed.entries:
        for field in ("title", "link", "id", "published_parsed", "author", "summary"):
            if not entry.get(field):
                fail(url, f"entry {entry.get('link')} has no {field}")
        content = entry.get("content") or []
        if not content or not content[0].value.strip():
            fail(url, f"entry {entry.link} has no content")
        if 'href="/' in content[0].value or 'src="/' in content[0].value:
            fail(url, f"entry {entry.link} has relative URLs in its content")
        if not entry.get("tags"):
            fail(url, f"entry {entry.link} has no categories")
        if not entry.link.startswith("http"):
            fail(url, f"entry link {entry.link} is not absolute")
    print(f"ok {kind} {url}: {len(feed.entries)} entries, version {feed.version}, no bozo")


def check_json(url, expected):
    with urllib.request.urlopen(url) as response:
        if not response.headers.get("Content-Type", "").startswith("application/feed+json"):
            fail(url, f"content type {response.headers.get('Content-Type')}")
        document = json.load(response)
    if document.get("version") != "https://jsonfeed.org/version/1.1":
        fail(url, f"version {document.get('version')}")
    if not isinstance(document.get("title"), str) or not document["title"]:
        fail(url, "no title")
    items = document.get("items")
    if not isinstance(items, list):
        fail(url, "items is not a list")
    if len(items) != expected:
        fail(url, f"{len(items)} items, expected {expected}")
    ids = set()
    for item in items:
        if not isinstance(item.get("id"), str) or not item["id"]:
            fail(url, "an item has no string id")
        if item["id"] in ids:
            fail(url, f"id {item['id']} twice")
        ids.add(item["id"])
        if not item.get("content_html") and not item.get("content_text"):
            fail(url, f"item {item['id']} has neither content_html nor content_text")
        for author in item.get("authors", []):
            if not author.get("name") and not author.get("url"):
                fail(url, f"item {item['id']} has an empty author")
    print(f"ok json {url}: {len(items)} items, version 1.1")


def main(arguments):
    if len(arguments) % 3 != 0 or not arguments:
        print(__doc__)
        sys.exit(2)
    for index in range(0, len(arguments), 3):
        kind, url, expected = arguments[index:index + 3]
        if kind == "json":
            check_json(url, int(expected))
        else:
            check_xml(kind, url, int(expected))


if __name__ == "__main__":
    main(sys.argv[1:])
