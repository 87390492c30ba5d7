#!/usr/bin/env python3
"""Compares the link items a running Roundup API serves with an independent reading of the same markdown.

For each post of the reading (independent_reading.py's JSON), it fetches /api/v1/posts/{slug}, walks its sections
(and sub-sections, where the API has them) and pairs the served link items with the read ones by title and URL.
A pair is "under the right heading" when the served item's section is the read one: in --mode blog the top-level
section (the blog's sections open at '#' and '##'), in --mode newsletter the heading the item sits right under.

Prints the figures, then up to --show differences. Standard library only.

Usage: compare.py --reading FILE --api URL --mode blog|newsletter [--failed N] [--show N] [--figures FILE]
"""
import argparse
import collections
import json
import unicodedata
import urllib.error
import urllib.parse
import urllib.request


def norm(text):
    return ' '.join(unicodedata.normalize('NFC', text or '').split())


def fetch(api, slug):
    # the whole post: older versions of the service know fewer fields, and a sparse field it does not know is a 400
    url = api.rstrip('/') + '/api/v1/posts/' + urllib.parse.quote(slug, safe='')
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return json.load(response)
    except urllib.error.HTTPError as e:
        if e.code == 404:
            return None
        raise


def served_items(post):
    """(title, url, headings from the top down) of every link item of the post, in document order."""
    items = []

    def walk(sections, path):
        for section in sections:
            here = path + [section.get('heading')]
            for link in section.get('links', []):
                items.append((norm(link['title']), link['url'].strip(), [norm(h) for h in here if h is not None]))
            walk(section.get('sections') or [], here)

    walk(post.get('sections') or [], [])
    return items


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--reading', required=True)
    parser.add_argument('--api', required=True)
    parser.add_argument('--mode', choices=['blog', 'newsletter'], required=True)
    parser.add_argument('--failed', type=int, default=0, help='files the import run reported as failed')
    parser.add_argument('--label', default='')
    parser.add_argument('--show', type=int, default=15)
    parser.add_argument('--figures', help='write the figures to this file as JSON')
    args = parser.parse_args()
    reading = json.load(open(args.reading, encoding='utf-8'))

    expected = matched = right_heading = served_total = extra = 0
    missing_posts, drafts, numbered = [], 0, 0
    differences = []
    for post in reading:
        if post.get('draft'):
            drafts += 1
            continue
        read = [(norm(i['title']), i['url'].strip(), [norm(h) for h in i['section']]) for i in post['items']]
        expected += len(read)
        served = fetch(args.api, post['slug'])
        if served is None:
            missing_posts.append(post['slug'])
            differences += [f"{post['slug']}: post not served ({len(read)} items)"]
            continue
        numbered += served.get('number') is not None
        have = served_items(served)
        served_total += len(have)
        pool = collections.defaultdict(list)
        for title, url, path in have:
            pool[(title, url)].append(path)
        for title, url, path in read:
            paths = pool.get((title, url))
            if not paths:
                differences.append(f"{post['slug']}: missing [{title}]({url}) under {' > '.join(path) or '-'}")
                continue
            served_path = paths.pop(0)
            matched += 1
            if args.mode == 'blog':
                same = (served_path[:1] or [None]) == (path[:1] or [None])
            else:
                same = (served_path[-1:] or [None]) == (path[-1:] or [None])
            if same:
                right_heading += 1
            else:
                differences.append(f"{post['slug']}: [{title}] under '{' > '.join(served_path)}', read under"
                                   f" '{' > '.join(path)}'")
        leftover = sum(len(paths) for paths in pool.values())
        extra += leftover
        for (title, url), paths in pool.items():
            for path in paths:
                differences.append(f"{post['slug']}: served but not read: [{title}]({url}) under {' > '.join(path)}")

    def pct(part, whole):
        return 100.0 * part / whole if whole else 100.0

    label = f" ({args.label})" if args.label else ''
    print(f"fidelity{label}: posts read {len(reading)} (drafts left out {drafts}), posts not served {len(missing_posts)},"
          f" posts with a number {numbered}")
    print(f"  files failed                 {args.failed}")
    print(f"  link items read              {expected}")
    print(f"  link items served            {served_total} ({extra} not in the reading)")
    print(f"  matched by title+URL         {matched} = {pct(matched, expected):.2f} %")
    print(f"  under the right heading      {right_heading} = {pct(right_heading, expected):.2f} %")
    for line in differences[:args.show]:
        print('   ', line)
    if len(differences) > args.show:
        print(f"    ... and {len(differences) - args.show} more differences")
    if args.figures:
        with open(args.figures, 'w', encoding='utf-8') as out:
            json.dump({'label': args.label, 'failed': args.failed, 'read': expected, 'served': served_total,
                       'extra': extra, 'matched': matched, 'rightHeading': right_heading,
                       'postsNotServed': len(missing_posts)}, out)


if __name__ == '__main__':
    main()
