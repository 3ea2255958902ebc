#!/usr/bin/env python3
"""Checks the four files of this set against expected.json and text.json.

Decodes every file as described in README.md (cp1252; UTF-16 LE with BOM;
the mail's text/plain part, quoted-printable in utf-8; UTF-8 with BOM) and
makes the text a good reader would show:

  - CRLF -> LF, a leading BOM dropped;
  - a bullet artefact of Word's text export at the start of a line
    ("§", "·", "o", "Ø" or "ü" followed by a TAB) dropped;
  - soft hyphens (U+00AD) dropped, non-breaking spaces (U+00A0) -> spaces.

Then every titleContains, statements.contains and decisionContains must occur
exactly once (case-insensitively) in that text, on one line and inside its own
item; every name of expected.json must occur; text.json's mustContain must
occur, mustNotContain must not, and exactlyOnce must occur exactly once
(case-insensitively). Python 3 standard library only; prints "ok" or fails.
"""

import datetime
import email
import email.policy
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)

BULLET = re.compile(r"^(?:\u00a7|\u00b7|o|\u00d8|\u00fc)\t", re.M)
WEEKDAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli",
          "augusti", "september", "oktober", "november", "december"]

failures = []


def fail(msg):
    failures.append(msg)


def raw_text(name):
    """The decoded text before any reader's clean-up, and checks of the bytes."""
    data = open(os.path.join(DIR, name), "rb").read()
    text = decode(name, data)
    if "\n" in text.replace("\r\n", "") or "\r" in text.replace("\r\n", ""):
        fail("%s: a line end that is not CRLF" % name)
    return text


def decode(name, data):
    if name.endswith(".eml"):
        if b"\n" in data.replace(b"\r\n", b""):
            fail("%s: a bare LF" % name)
        if any(b > 127 for b in data):
            fail("%s: 8-bit bytes in a quoted-printable mail" % name)
        msg = email.message_from_bytes(data, policy=email.policy.default)
        assert msg.get_content_type() == "text/plain"
        assert msg.get_content_charset() == "utf-8"
        assert msg["Content-Transfer-Encoding"] == "quoted-printable"
        for line in data.split(b"\r\n"):
            if len(line) > 78 and not line.startswith(b" ") and b":" not in line[:30]:
                fail("%s: a body line longer than 76" % name)
        return msg.get_content()
    if data.startswith(b"\xff\xfe"):
        return data[2:].decode("utf-16-le")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    text = data.decode("cp1252")
    if not any(0x80 <= b <= 0x9f for b in data):
        fail("%s: no Windows-1252-only byte" % name)
    return text


def shown(raw):
    t = raw.replace("\r\n", "\n")
    if t.startswith("\ufeff"):
        t = t[1:]
    t = BULLET.sub("", t)
    t = t.replace("\u00ad", "").replace("\u00a0", " ")
    return t


def count_ci(hay, needle):
    return hay.lower().count(needle.lower())


def on_one_line(text, needle):
    return any(needle in line for line in text.split("\n"))


def main():
    expected = json.load(open(os.path.join(DIR, "expected.json"), encoding="utf-8"))
    textjson = json.load(open(os.path.join(DIR, "text.json"), encoding="utf-8"))
    names = sorted(f for f in os.listdir(DIR) if f.endswith((".txt", ".eml")))
    assert sorted(e["file"] for e in expected) == names, names
    assert [e["file"] for e in expected] == [e["file"] for e in textjson]

    texts = {}
    for name in names:
        raw = raw_text(name)
        texts[name] = (raw, shown(raw))

    # the structure each file is about
    raw1 = texts["placeringsnatverket_minnesanteckningar_0505.txt"][0]
    lines1 = raw1.split("\r\n")
    assert lines1[-1] == ""
    body1 = lines1[:-1]
    for i, line in enumerate(body1):
        if (i % 2 == 0) != (line != ""):
            fail("file 1: line %d breaks the paragraph/blank rhythm" % (i + 1))
    raw2 = texts["vald_i_nara_relationer_2026-05-13_unicode.txt"][0]
    if not re.search(r"^1\.\t", raw2, re.M):
        fail("file 2: no auto-numbered heading")
    if not re.search(r"^\u00d8\t", raw2, re.M) or not re.search(r"^\u00fc\t", raw2, re.M):
        fail("file 2: no Wingdings bullets")

    first_names = {}
    for e in expected:
        name = e["file"]
        raw, text = texts[name]
        low = text.lower()

        # date with its weekday, as written
        d = datetime.date.fromisoformat(e["date"])
        spoken = "%s %d %s %d" % (WEEKDAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.year)
        if spoken not in low:
            fail("%s: %r not in text" % (name, spoken))
        for field in ("network", "place"):
            if e[field] and e[field] not in text:
                fail("%s: %s %r not in text" % (name, field, e[field]))
        people = e["attendees"] + e["guests"] + e["absent"]
        if len(set(people)) != len(people):
            fail("%s: a person twice" % name)
        for p in people + e["chairs"] + [e["scribe"]]:
            if p not in text:
                fail("%s: name %r not in text" % (name, p))
        for p in e["chairs"] + [e["scribe"]]:
            if p not in e["attendees"]:
                fail("%s: %r is no attendee" % (name, p))
        for p in people:
            first = p.split()[0]
            if first in first_names and first_names[first] != p:
                fail("first name %r twice in the set" % first)
            first_names[first] = p

        # items in order, everything inside its own item
        starts = []
        for it in e["items"]:
            tc = it["titleContains"]
            if count_ci(text, tc) != 1:
                fail("%s: titleContains %r occurs %d times" % (name, tc, count_ci(text, tc)))
            starts.append(low.find(tc.lower()))
            if not it["title"].startswith(tc) or not on_one_line(text, it["title"]):
                fail("%s: title %r" % (name, it["title"]))
        if starts != sorted(starts):
            fail("%s: items out of order" % name)
        ends = starts[1:] + [low.find("nästa möte:")]
        for it, a, b in zip(e["items"], starts, ends):
            for st in it["statements"]:
                c = st["contains"]
                pos = low.find(c.lower())
                if count_ci(text, c) != 1 or not on_one_line(text, c):
                    fail("%s: contains %r not once on one line" % (name, c))
                elif not (a < pos < b):
                    fail("%s: contains %r outside its item" % (name, c))
                if st["by"] not in it["raisedBy"]:
                    fail("%s: %r is no raiser" % (name, st["by"]))
                first = st["by"].split()[0].lower()
                if first not in low[a:pos]:
                    fail("%s: %r not named before %r" % (name, st["by"], c))
            if "decisionContains" in it:
                c = it["decisionContains"]
                pos = low.find(c.lower())
                if count_ci(text, c) != 1 or not on_one_line(text, c):
                    fail("%s: decision %r not once on one line" % (name, c))
                elif not (a < pos < b):
                    fail("%s: decision %r outside its item" % (name, c))
            for r in it["raisedBy"]:
                if r not in text[a:b] and r.split()[0] not in text[a:b]:
                    fail("%s: raiser %r not in the item" % (name, r))

    for t in textjson:
        name = t["file"]
        raw, text = texts[name]
        for s in t["mustContain"]:
            if s not in text:
                fail("%s: mustContain %r missing" % (name, s))
            if "\n" in s:
                fail("%s: mustContain %r spans lines" % (name, s))
        for s in t["mustNotContain"]:
            if s in text:
                fail("%s: mustNotContain %r present" % (name, s))
        for s in t["exactlyOnce"]:
            n = count_ci(text, s)
            if n != 1:
                fail("%s: exactlyOnce %r occurs %d times" % (name, s, n))
        # the artefacts asked to be gone are really in the file
        for s in t["mustNotContain"]:
            if ("\t" in s or "\u00ad" in s) and s not in raw:
                fail("%s: artefact %r is not in the file at all" % (name, s))

    if failures:
        print("\n".join(failures))
        sys.exit(1)
    print("ok")


if __name__ == "__main__":
    main()
