#!/usr/bin/env python3
"""An independent reading of roundup markdown files, for bench/importer-fidelity.sh.

It shares no code with the importer (a line scanner written from ../shared/FORMAT.md's facts, no markdown library)
and prints, as JSON, for each post that is a roundup: its slug and its link items, each with its title, its URL and
the headings it sits under (from the outermost down).

Two readings:
  --mode blog        the Hugo blog of FORMAT.md: YAML front matter, a post is a roundup when its categories hold
                     "roundup"; sections open at '#' and '##' (also '##.NET' without a space); deeper headings are
                     inside their section; link items are top-level bullets that open with a link, after an optional
                     '**'; reference links resolved (labels case-insensitive, first definition wins); relref
                     shortcodes are links to {base}/post/{slug}/.
  --mode newsletter  the other newsletter of FORMAT.md: any metadata, every file a roundup; every heading from '#'
                     to '#####' is a section (a heading that is a link counts by its text); link items are top-level
                     bullets that open with a link, after labels like '[video]' and an optional emphasis; nested
                     bullets are not items; nothing under an "Upcoming Events" heading (or the region headings that
                     follow it) is an item.
In both, HTML comments and code fences are not content.

Usage: independent_reading.py --mode blog|newsletter [--base-url URL] FILE_OR_DIR...
"""
import argparse
import html
import json
import os
import re
import sys

FENCE = re.compile(r'^ {0,3}(`{3,}|~{3,})')
HEADING = re.compile(r'^ {0,3}(#{1,6})(?:[ \t]+|$|(?=\.[A-Za-z]))(.*?)[ \t]*$')
BULLET = re.compile(r'^( *)([*+-])[ \t]+(.*)$')
ORDERED = re.compile(r'^( *)\d{1,9}[.)][ \t]+')
REFDEF = re.compile(r'^ {0,3}\[((?:[^\]\\]|\\.)+)\]:[ \t]*(\S.*?)\s*$')
RELREF = re.compile(r'\{\{<\s*relref\s+"([^"]+)"\s*>\}\}')
MORE = re.compile(r'<!--\s*more\s*-->')
REGIONS = {'virtual', 'online', 'hybrid', 'africa', 'asia', 'europe', 'north america', 'south america', 'oceania',
           'latin america', 'australia', 'middle east', 'americas', 'remote'}
ESCAPABLE = set('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~')


def strip_comments(lines):
    """Blanks out HTML comments and fenced code, keeping line numbers."""
    out, in_comment, fence = [], False, None
    for line in lines:
        if fence:
            out.append('')
            stripped = line.strip()
            if stripped and set(stripped) == {fence[0]} and len(stripped) >= len(fence):
                fence = None
            continue
        if not in_comment:
            m = FENCE.match(line)
            if m:
                fence = m.group(1)
                out.append('')
                continue
        text, kept = line, ''
        while text:
            if in_comment:
                end = text.find('-->')
                if end < 0:
                    text = ''
                else:
                    in_comment, text = False, text[end + 3:]
            else:
                start = text.find('<!--')
                if start < 0:
                    kept, text = kept + text, ''
                else:
                    kept, text, in_comment = kept + text[:start], text[start + 4:], True
        out.append(kept)
    return out


def split_metadata(text):
    lines = text.replace('\r\n', '\n').lstrip('\ufeff').split('\n')
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i < len(lines) and lines[i].strip() in ('---', '+++'):
        fence = lines[i].strip()
        for j in range(i + 1, len(lines)):
            if lines[j].rstrip() == fence or (fence == '---' and lines[j].rstrip() == '...'):
                return lines[i + 1:j], lines[j + 1:]
        return [], lines
    if i < len(lines) and lines[i].lstrip().startswith('{'):
        depth, in_str, esc = 0, False, False
        for j in range(i, len(lines)):
            for ch in lines[j]:
                if in_str:
                    esc, in_str = (not esc and ch == '\\'), (in_str if (esc or ch != '"') else False)
                elif ch == '"':
                    in_str = True
                elif ch == '{':
                    depth += 1
                elif ch == '}':
                    depth -= 1
            if depth == 0:
                return lines[i:j + 1], lines[j + 1:]
    # Key: value headers up to the first blank line (one blank line inside is tolerated before a known key)
    header = re.compile(r'^([A-Za-z][A-Za-z0-9_-]*):(\s|$)')
    known = {'title', 'date', 'number', 'category', 'tags', 'slug', 'author', 'summary', 'modified', 'status'}
    j = i
    while j < len(lines):
        if header.match(lines[j]) or (j > i and lines[j][:1] in (' ', '\t') and lines[j].strip()):
            j += 1
        elif not lines[j].strip() and j + 1 < len(lines) and header.match(lines[j + 1]) \
                and header.match(lines[j + 1]).group(1).lower() in known and j > i:
            j += 1
        else:
            break
    if j > i:
        return lines[i:j], lines[j:]
    return [], lines


def yaml_categories(meta):
    """The categories of a YAML block, block or flow style; the last 'categories:' key wins."""
    cats, current = None, None
    for line in meta:
        m = re.match(r'^categories:\s*(.*)$', line)
        if m:
            value = m.group(1).split(' #')[0].strip()
            if value.startswith('['):
                cats = [v.strip().strip('"\'') for v in value.strip('[]').split(',') if v.strip()]
                current = None
            elif value:
                cats, current = [value.strip('"\'')], None
            else:
                cats, current = [], 'categories'
            continue
        if current and re.match(r'^\s+-\s+', line):
            cats.append(line.split('-', 1)[1].split(' #')[0].strip().strip('"\''))
        elif current and line.strip() and not line.startswith(' '):
            current = None
    return [c.lower() for c in (cats or [])]


def meta_value(meta, key):
    for line in meta:
        m = re.match(r'^\s*"?' + key + r'"?\s*[:=]\s*(.*)$', line, re.IGNORECASE)
        if m:
            return m.group(1).strip().strip(',').strip('"\'')
    return None


def find_close(text, start, open_ch='[', close_ch=']'):
    """Index of the bracket closing the one at start, nesting and backslash escapes respected; -1 if none."""
    depth, i = 0, start
    while i < len(text):
        ch = text[i]
        if ch == '\\':
            i += 2
            continue
        if ch == '`':
            end = text.find('`', i + 1)
            if end > 0:
                i = end + 1
                continue
        if ch == open_ch:
            depth += 1
        elif ch == close_ch:
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


def label_key(label):
    return re.sub(r'\s+', ' ', label.strip()).lower()


def clean_text(text):
    """The words of a link's or heading's text: code spans as written, emphasis markers and escapes removed."""
    out = []
    for index, part in enumerate(re.split(r'(`+)(.*?)\1', text)):
        if index % 3 == 2:
            out.append(part.strip() if part.strip() else part)   # a code span's content
        elif index % 3 == 0:
            out.append(prose(part))
    return re.sub(r'\s+', ' ', ''.join(out)).strip()


def prose(text):
    text = re.sub(r'!\[([^\]]*)\]\([^)]*\)', r'\1', text)
    text = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', text)
    for marker in (r'\*\*', '__', r'\*', '_'):
        intraword = marker.startswith(r'\*')
        before, after = (r'(?<![\\*])', r'(?!\*)') if intraword else (r'(?<![\w\\])', r'(?!\w)')
        text = re.sub(before + '(' + marker + r')(?=\S)(.+?)(?<=\S)\1' + after, r'\2', text)
    out, i = [], 0
    while i < len(text):
        if text[i] == '\\' and i + 1 < len(text) and text[i + 1] in ESCAPABLE:
            out.append(text[i + 1])
            i += 2
        else:
            out.append(text[i])
            i += 1
    return html.unescape(''.join(out))


def resolve_destination(raw, base_url):
    raw = raw.strip()
    m = RELREF.search(raw)
    if m:
        name = os.path.basename(m.group(1).split('#')[0])
        slug = re.sub(r'\.(md|markdown)$', '', name, flags=re.IGNORECASE).lower()
        anchor = '#' + m.group(1).split('#', 1)[1] if '#' in m.group(1) else ''
        return base_url.rstrip('/') + '/post/' + slug + '/' + anchor
    if raw.startswith('<') and '>' in raw:
        return raw[1:raw.index('>')]
    return raw.split()[0] if raw.split() else ''


def inline_destination(text, start):
    """The destination of '(url "title")' at text[start] == '('; returns (url, end index) or (None, start)."""
    if text.startswith('({{<', start):
        end = text.find('>}})', start)
        return (text[start + 1:end + 3], end + 4) if end > 0 else (None, start)
    end = find_close(text, start, '(', ')')
    if end < 0:
        return None, start
    return text[start + 1:end], end + 1


def leading_link(text, refs, base_url, allow_labels):
    """(title, url) when the bullet text opens with a link, else None."""
    t = text.lstrip()
    while True:
        emphasis = re.match(r'^(\*\*|__|\*|_)?', t).group(0)
        s = t[len(emphasis):]
        if not s.startswith('['):
            return None
        close = find_close(s, 0)
        if close < 0:
            return None
        inner, after = s[1:close], s[close + 1:]
        if after.startswith('('):
            url, _ = inline_destination(after, 0)
            return (clean_text(inner), resolve_destination(url, base_url)) if url is not None else None
        if after.startswith('['):
            rclose = find_close(after, 0)
            label = after[1:rclose] if rclose > 0 else ''
            key = label_key(label) if label.strip() else label_key(inner)
            return (clean_text(inner), refs[key]) if key in refs else None
        if label_key(inner) in refs:
            return clean_text(inner), refs[label_key(inner)]
        # a label such as [video]: the link follows
        if allow_labels and not emphasis and len(inner) <= 40 and '[' not in inner and after[:1] in (' ', '\t'):
            t = after.lstrip()
            continue
        return None


def read(path, mode, base_url):
    text = open(path, encoding='utf-8').read()
    meta, body = split_metadata(text)
    name = os.path.basename(path)
    slug = re.sub(r'\.(md|markdown)$', '', name, flags=re.IGNORECASE).lower()
    if mode == 'blog':
        if 'roundup' not in yaml_categories(meta):
            return None
        own = meta_value(meta, 'slug')
        slug = own.lower() if own else slug
    draft = (meta_value(meta, 'draft') or '').lower() == 'true'
    # the intro ends at <!--more-->: link items come after it (without it, from the top)
    more = next((index for index, line in enumerate(body) if MORE.search(line)), None)
    body = strip_comments(body)
    refs = {}
    for line in body:
        m = REFDEF.match(line)
        if m and label_key(m.group(1)) not in refs:
            refs[label_key(m.group(1))] = resolve_destination(m.group(2), base_url)
    stack, items = [], []   # the open headings: (level, text)
    events_level = None     # the level of an open "Upcoming Events" heading
    list_base = None        # the indentation of the current list's first bullet
    for i in range(0 if more is None else more + 1, len(body)):
        line = body[i]
        h = HEADING.match(line)
        if h:
            level = len(h.group(1))
            heading = clean_text(re.sub(r'[ \t]+#+$', '', h.group(2)))
            list_base = None
            if mode == 'blog':
                if level <= 2:
                    stack = [(level, heading)]
                continue
            if events_level is not None and (level > events_level or heading.lower() in REGIONS):
                continue
            events_level = level if heading.lower().startswith('upcoming events') else None
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, heading))
            continue
        b = BULLET.match(line)
        if not b:
            if line.strip() and not line.startswith((' ', '\t')) and i > 0 and not body[i - 1].strip():
                list_base = None   # a paragraph at the margin ends the list
            continue
        indent = len(b.group(1))
        if list_base is None:
            list_base = indent
        if indent >= list_base + 2 or indent > 3 or events_level is not None:
            continue   # a nested bullet (its parent's), or an event
        parts, j = [b.group(3)], i + 1
        while j < len(body) and body[j].strip() and not BULLET.match(body[j]) and not HEADING.match(body[j]) \
                and not ORDERED.match(body[j]) and not REFDEF.match(body[j]) and body[j].strip() != '---':
            parts.append(body[j].strip())
            j += 1
        link = leading_link(' '.join(parts), refs, base_url, mode == 'newsletter')
        if link and link[0] and link[1]:
            items.append({'title': link[0], 'url': link[1], 'section': [s[1] for s in stack]})
    return {'slug': slug, 'file': path, 'draft': draft, 'items': items}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--mode', choices=['blog', 'newsletter'], required=True)
    parser.add_argument('--base-url', default='http://localhost:8080')
    parser.add_argument('paths', nargs='+')
    args = parser.parse_args()
    files = []
    for path in args.paths:
        if os.path.isdir(path):
            for root, _, names in os.walk(path):
                files += [os.path.join(root, n) for n in names if re.search(r'\.(md|markdown)$', n, re.I)]
        else:
            files.append(path)
    posts = [post for post in (read(path, args.mode, args.base_url) for path in sorted(files)) if post]
    json.dump(posts, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
