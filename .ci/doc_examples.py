#!/usr/bin/env python3
"""Turns the ```bash blocks of Markdown files into one bash script that runs them in order.

Every logical command (continuation lines and multi-line quotes joined) is preceded by a call that records
where it stands, and the status its curl calls must answer: the number of a trailing `# -> NNN` comment on
the command, else any 2xx or 304. Blocks fenced with ```sh (or anything but ```bash) are shown, not run.
Usage: doc_examples.py BASE_URL FILE... > script
"""
import re
import shlex
import sys

DOC_BASE = "http://localhost:8080"
EXPECT = re.compile(r"#\s*->\s*(\d{3})\b")


def blocks(path):
    """(first line number, heading, lines) of each ```bash block."""
    heading, found, inside, start, lines = "", [], False, 0, []
    with open(path, encoding="utf-8") as text:
        for number, line in enumerate(text, 1):
            stripped = line.rstrip("\n")
            if not inside and stripped.startswith("#") and not stripped.startswith("#!"):
                heading = stripped.lstrip("#").strip()
            if not inside and stripped.strip() == "```bash":
                inside, start, lines = True, number + 1, []
            elif inside and stripped.strip() == "```":
                inside = False
                found.append((start, heading, lines))
            elif inside:
                lines.append(stripped)
    if inside:
        sys.exit(f"{path}:{start}: a ```bash block is not closed")
    return found


def commands(lines, first):
    """(line number, text, comment of its last line) of each logical command: a newline ends a command unless a
    quote is open or the newline is escaped."""
    result, current, begin, quote = [], [], None, None
    for offset, line in enumerate(lines):
        if begin is None:
            begin = first + offset
        current.append(line)
        escaped, comment = False, ""
        for position, char in enumerate(line):
            if escaped:
                escaped = False
            elif char == "\\" and quote != "'":
                escaped = True
            elif quote:
                quote = None if char == quote else quote
            elif char == "#" and (position == 0 or line[position - 1].isspace()):
                comment = line[position:]
                break
            elif char in "'\"":
                quote = char
        if quote is None and not escaped:
            result.append((begin, "\n".join(current), comment))
            current, begin = [], None
    if current:
        result.append((begin, "\n".join(current), ""))
    return result


def main():
    base, paths = sys.argv[1].rstrip("/"), sys.argv[2:]
    out = []
    for path in paths:
        for index, (start, heading, lines) in enumerate(blocks(path), 1):
            name = f"{path} block {index} ({heading})" if heading else f"{path} block {index}"
            out.append(f"__doc_block {shlex.quote(name)}")
            for line, text, comment in commands(lines, start):
                if not text.strip() or text.lstrip().startswith("#"):
                    continue
                match = EXPECT.search(comment)
                expected = match.group(1) if match else "ok"
                out.append(f"__doc_at {shlex.quote(path)} {line} {expected}")
                out.append(text.replace(DOC_BASE, base))
    print("\n".join(out))


if __name__ == "__main__":
    main()
