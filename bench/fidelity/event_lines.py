#!/usr/bin/env python3
"""Events lists of newsletter issues, read independently of the service, and compared with what it serves.

Reading (shares no code with the importer, written from FORMAT.md "Upcoming events"): in each file, the lines under
an "Upcoming Events" heading of any level, up to the next heading at that level or above that is not a region
(Virtual, Online, Africa, Asia, Europe, North America, Oceania, South America); HTML comments and code fences
skipped. Every top-level bullet is a list line; the URLs of a line are those of its own text and of the bullets
nested under it. Its start date is read where the simple shapes give one: ISO (2026-08-19), "Month D, YYYY",
"Mon D" and "M/D" (the year that puts it nearest after the issue's date, three weeks of slack).

Comparison: all events are fetched from /api/v1/events?when=all. A line is served when an event has its start
date (when the reading found one) and, as its URL, its group's URL or a talk's URL, one of the line's URLs. Lines
without a URL are served when an event has the date and a mention of the post.
Usage: event_lines.py --api URL [--goal PERCENT] DIR...
"""
import argparse
import datetime as dt
import json
import os
import re
import sys
import urllib.request

HEADING = re.compile(r"^\s{0,3}(#{1,6})\s*(.*?)\s*#*\s*$")
BULLET = re.compile(r"^(\s*)[*+-]\s+(.*)$")
URL = re.compile(r"\]\(\s*<?([^)\s>]+)")
REF_USE = re.compile(r"\]\[([^\]]*)\]")
REF_DEF = re.compile(r"^ {0,3}\[([^\]]+)\]:\s*<?(\S+?)>?\s*$", re.M)
REGIONS = ("virtual", "online", "africa", "asia", "europe", "north america", "oceania", "south america",
           "latin america", "middle east")
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def date_of(text, issue):
    text = text.lstrip("[*_ ")
    m = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    m = re.match(r"([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s*[-&]\s*\d{1,2})?,?\s*(\d{4})?", text)
    if m and m[1][:3].lower() in MONTHS:
        return resolve(MONTHS.index(m[1][:3].lower()) + 1, int(m[2]), m[3], issue)
    m = re.match(r"(\d{1,2})/(\d{1,2})\b", text)
    if m:
        return resolve(int(m[1]), int(m[2]), None, issue)
    return None


def resolve(month, day, year, issue):
    try:
        if year:
            return dt.date(int(year), month, day)
        for y in (issue.year - 1, issue.year, issue.year + 1):
            candidate = dt.date(y, month, day)
            if candidate >= issue - dt.timedelta(days=21):
                return candidate
    except ValueError:
        return None
    return None


def issue_date(text, name):
    m = re.search(r"^Date:\s*(\d{4}-\d{2}-\d{2})", text, re.M) or re.match(r"(\d{4}-\d{2}-\d{2})", name)
    return dt.date.fromisoformat(m[1])


def lines_of(path):
    text = open(path, encoding="utf-8").read()
    issue = issue_date(text, os.path.basename(path))
    refs = {k.strip().lower(): v for k, v in reversed(REF_DEF.findall(text))}
    text = re.sub(r"<!--.*?-->", lambda c: "\n" * c.group().count("\n"), text, flags=re.S)
    lines, current, level, fenced = [], None, None, False
    for row in text.split("\n"):
        if re.match(r"^\s{0,3}(```|~~~)", row):
            fenced = not fenced
            continue
        if fenced:
            continue
        heading = HEADING.match(row)
        if heading and row.strip():
            title = re.sub(r"[\[\]*_]|\(.*?\)", "", heading[2]).strip().lower()
            if "upcoming events" in title:
                level = len(heading[1])
            elif level is not None and len(heading[1]) <= level and not title.startswith(REGIONS):
                level = None
            current = None
            continue
        if level is None:
            continue
        bullet = BULLET.match(row)
        if bullet and len(bullet[1].expandtabs(4)) < 2:
            current = {"text": bullet[2], "urls": [], "issue": issue}
            lines.append(current)
        elif not bullet and not row.strip():
            continue
        elif current is None:
            continue
        else:
            current["text"] += "\n" + row
        urls = URL.findall(row) + [refs.get(label.strip().lower(), "") for label in REF_USE.findall(row)]
        if current is not None:
            current["urls"] += [u for u in urls if u]
    for line in lines:
        line["date"] = date_of(line["text"].split("\n")[0], issue)
    return os.path.splitext(os.path.basename(path))[0], lines


def served_events(api):
    events, page = [], 1
    while True:
        with urllib.request.urlopen(f"{api}/api/v1/events?when=all&size=100&page={page}") as response:
            items = json.load(response)["items"]
        events += items
        if len(items) < 100:
            return events
        page += 1


def norm(url):
    return re.sub(r"^https?://(www\.)?", "", url or "").rstrip("/").lower()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--api", required=True)
    parser.add_argument("--goal", type=float, default=95.0, help="per cent of the lines with a URL (exit 1 below)")
    parser.add_argument("dirs", nargs="+")
    args = parser.parse_args()
    events = served_events(args.api)
    by_date = {}
    for event in events:
        urls = {norm(event.get("url"))} | {norm((event.get("group") or {}).get("url"))}
        urls |= {norm(talk.get("url")) for talk in event.get("talks") or []}
        by_date.setdefault(event.get("startsOn"), []).append(urls - {""})
    total = dated = with_url = served = served_no_url = 0
    for directory in args.dirs:
        for name in sorted(os.listdir(directory)):
            if not name.endswith((".md", ".markdown")):
                continue
            slug, lines = lines_of(os.path.join(directory, name))
            file_served = 0
            for line in lines:
                total += 1
                dated += line["date"] is not None
                urls = {norm(u) for u in line["urls"]}
                candidates = by_date.get(str(line["date"])) if line["date"] else [u for lists in by_date.values() for u in lists]
                if urls:
                    with_url += 1
                    if any(urls & served_urls for served_urls in candidates or []):
                        served += 1
                        file_served += 1
                    else:
                        print(f"    not served: {slug}: {line['text'].splitlines()[0][:110]}")
                elif candidates:
                    served_no_url += 1
                    file_served += 1
            print(f"  {slug}: {len(lines)} list lines, {file_served} served with their start date"
                  + " and a URL the line gives")
    print(f"list lines (independent count): {total}; with a date the reading understood: {dated};"
          f" with a URL: {with_url}")
    share = 100.0 * served / with_url if with_url else 0.0
    print(f"served with the right start date and the event or group URL: {served} of {with_url} ({share:.1f} %);"
          f" lines without a URL served on their date: {served_no_url} of {total - with_url}")
    print(f"events served by the API: {len(events)}")
    return 0 if share >= args.goal else 1


if __name__ == "__main__":
    sys.exit(main())
