#!/usr/bin/env python3
"""Compares the events a running service serves with a careful reader's labels of the same posts.

Reads every event of /api/v1/events?when=all (with its mentions) and the labels (events-2023-2024.json shape:
events with name, date, first_mention, last_mention). A served event is one of the labelled events when its name
fits (every word of the served name, years and filler left out, is a word of the labelled name) and it is the same
occasion: the same first day, or, when either has none, a mention in the labelled event's weeks. Each labelled
event pairs with its best served event (right date first, then most mentions).

Prints recall (labelled events served; also over the dated ones, the figure the issue states), date accuracy (of
those served, the share on the labelled first day) and precision (served events mentioned in the labelled window
that are a labelled event under a fitting name), then the misses and the false events.
"""
import argparse
import datetime as dt
import json
import re
import sys
import urllib.request

FILLER = {"the", "of", "and", "a", "an", "for", "in", "at", "on", "edition", "event", "events", "-", "sa"}
SYNONYMS = {"conf": "conference", "&": "and", "seasson": "season", "dat": "day"}


def words(name):
    text = name.lower().replace("&", " and ").replace("/", " ")
    tokens = re.findall(r"\.?[a-z0-9]+(?:\.[a-z0-9]+)*", text)
    out = set()
    for token in tokens:
        token = SYNONYMS.get(token, token)
        if token in FILLER or re.fullmatch(r"(19|20)\d\d", token):
            continue
        out.add(token)
    return out


def fits(served_name, labelled_name):
    served = words(served_name)
    return bool(served) and served <= words(labelled_name) | {"south", "africa"}


def fetch(api, path):
    with urllib.request.urlopen(api + path, timeout=30) as response:
        return json.load(response)


def served_events(api):
    events, page = [], 1
    while True:
        body = fetch(api, f"/api/v1/events?when=all&size=100&page={page}")
        items = body["items"] if isinstance(body, dict) else body
        events.extend(items)
        if len(items) < 100:
            break
        page += 1
    for event in events:
        detail = fetch(api, f"/api/v1/events/{event['slug']}")
        event["mentionDates"] = sorted((m["post"].get("date") or "")[:10] for m in detail.get("mentions", []))
    return events


def same_occasion(served, label):
    if served.get("startsOn") and label["date"]:
        return served["startsOn"] == label["date"] or (
            served.get("approximate") and served["startsOn"] <= label["date"] <= (served.get("endsOn") or ""))
    return any(label["first_mention"] <= day <= label["last_mention"] for day in served["mentionDates"])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--api", required=True)
    parser.add_argument("--labels", required=True)
    parser.add_argument("--label", default="")
    args = parser.parse_args()
    labels = json.load(open(args.labels))["events"]
    served = served_events(args.api)
    window = (min(l["first_mention"] for l in labels), max(l["last_mention"] for l in labels))
    in_window = [s for s in served if any(window[0] <= d <= window[1] for d in s["mentionDates"])
                 or (s.get("startsOn") and window[0] <= s["startsOn"] <= window[1])]

    matched, right_date, misses = {}, 0, []
    for label in labels:
        candidates = [s for s in served if fits(s["name"], label["name"]) and same_occasion(s, label)]
        candidates.sort(key=lambda s: (s.get("startsOn") != label["date"], -len(s["mentionDates"])))
        if candidates:
            matched[label["key"]] = candidates[0]
            right_date += candidates[0].get("startsOn") == label["date"]
        else:
            misses.append(label)
    true_served = [s for s in in_window if any(fits(s["name"], l["name"]) and same_occasion(s, l) for l in labels)]
    dated = [l for l in labels if l["date"]]
    dated_served = [l for l in dated if l["key"] in matched]
    dated_right = [l for l in dated_served if matched[l["key"]].get("startsOn") == l["date"]]

    def pct(part, whole):
        return f"{100 * part / whole:5.1f} %" if whole else "  n/a"

    print(f"{args.label}served events: {len(served)} ({len(in_window)} in the labelled window"
          f" {window[0]}..{window[1]})")
    print(f"{args.label}recall     {pct(len(matched), len(labels))}  ({len(matched)} of {len(labels)} labelled events)")
    print(f"{args.label}recall     {pct(len(dated_served), len(dated))}  ({len(dated_served)} of {len(dated)} dated ones)")
    print(f"{args.label}date       {pct(len(dated_right), len(dated_served))}  ({len(dated_right)} of the"
          f" {len(dated_served)} dated ones served on the labelled first day; {right_date} of {len(matched)} overall)")
    print(f"{args.label}precision  {pct(len(true_served), len(in_window))}  ({len(true_served)} of {len(in_window)}"
          f" served events are a labelled event under a fitting name)")
    for label in misses:
        print(f"  missed: {label['name']} ({label['date']})")
    for key, event in matched.items():
        label = next(l for l in labels if l["key"] == key)
        if event.get("startsOn") != label["date"]:
            print(f"  wrong date: {event['name']} served {event.get('startsOn')}, labelled {label['date']}")
    for event in in_window:
        if event not in true_served:
            print(f"  false: {event['name']!r} {event.get('startsOn')} city={event.get('city')!r}"
                  f" mentions={event['mentionDates']}")
    json.dump({"recall": len(matched) / len(labels), "date": len(dated_right) / max(1, len(dated_served)),
               "precision": len(true_served) / max(1, len(in_window))}, sys.stderr)
    print(file=sys.stderr)


if __name__ == "__main__":
    main()
