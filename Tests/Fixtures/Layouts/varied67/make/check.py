#!/usr/bin/env python3
"""Checks the five files of this set against expected.json and text.json.

Decodes every file as described in README.md, the way a good reader must
(none of the files says what it is: no BOM, no charset), and makes the text
a good reader shows:

  1. anteckningar socialpsyk 2012-09-18.txt
       mixed Windows-1252 and UTF-8, read per run of bytes: every valid
       UTF-8 sequence as UTF-8, every other byte as Windows-1252
  2. Minnesanteckningar ensamkommande 2016-02-09.txt
       double-encoded UTF-8, repaired: decoded as UTF-8, the characters
       turned back into the Windows-1252 bytes they came from (U+0081,
       U+008D, U+008F, U+0090, U+009D back into those bytes), and those
       bytes decoded as UTF-8
  3. integration_2003-05-22.txt          ISO-8859-15 (0xA4 is €), LF
  4. Anhorignatverket export 20190404.txt UTF-16 LE without BOM, CRLF
  5. LSS-natverket minnesanteckningar 2022-10-06.txt
       UTF-8 with one Windows-1252 paragraph, read per run as file 1

then: CRLF and CR -> LF, Unicode NFC.

Then every titleContains, statements.contains and decisionContains must occur
exactly once (case-insensitively) in that text, on one line and inside its own
item; every name of expected.json must occur (attendees and absent in the
written order); a statement must not stand on a line that begins with the
name of someone who is not a raiser of the item (a question, an answer, a
reaction); a decision must stand on a decision line ("Beslut:", "Nätverket
beslutade att"), and an item without a decision must have none; the meeting's
date must be written once, with its right weekday, and every weekday written
with a date must be right; first names are unique in the set, none part of
another, and none used in ../varied65 or ../varied66; text.json's mustContain
must occur, mustNotContain must not, and exactlyOnce must occur exactly once
(case-insensitively). Every mustNotContain string must really turn up in a
wrong reading of the file (its raw bytes, or a wrong decoding), so that none
of them is a straw man. The bytes of each file are checked for what the
README says of them. Python 3 standard library only; prints "ok" or fails.
"""

import datetime
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)

FILE1 = "anteckningar socialpsyk 2012-09-18.txt"
FILE2 = "Minnesanteckningar ensamkommande 2016-02-09.txt"
FILE3 = "integration_2003-05-22.txt"
FILE4 = "Anhorignatverket export 20190404.txt"
FILE5 = "LSS-natverket minnesanteckningar 2022-10-06.txt"

END_MARKER = "nästa möte:"

WEEKDAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli",
          "augusti", "september", "oktober", "november", "december"]

DECISION = re.compile(r"^Beslut:|^Nätverket (?:beslöt|beslutade) att")

CP1252_UNDEFINED = (0x81, 0x8D, 0x8F, 0x90, 0x9D)

failures = []


def fail(msg):
    failures.append(msg)


# ---------------------------------------------------------------------------
# Decoders
# ---------------------------------------------------------------------------

def runs(data):
    """The file as runs: [(kind, bytes)], kind "ascii", "utf8" or "cp1252"
    (a byte that is not part of a valid UTF-8 sequence)."""
    out, i, n = [], 0, len(data)

    def add(kind, b):
        if out and out[-1][0] == kind:
            out[-1] = (kind, out[-1][1] + b)
        else:
            out.append((kind, b))

    while i < n:
        b = data[i]
        if b < 0x80:
            add("ascii", data[i:i + 1])
            i += 1
            continue
        length = 2 if 0xC2 <= b <= 0xDF else 3 if 0xE0 <= b <= 0xEF else 4 if 0xF0 <= b <= 0xF4 else 0
        if length:
            try:
                data[i:i + length].decode("utf-8")
                add("utf8", data[i:i + length])
                i += length
                continue
            except UnicodeDecodeError:
                pass
        add("cp1252", data[i:i + 1])
        i += 1
    return out


def mixed_decode(data):
    """Per run: valid UTF-8 as UTF-8, every other byte as Windows-1252."""
    out = []
    for kind, b in runs(data):
        if kind == "cp1252":
            if any(x in CP1252_UNDEFINED for x in b):
                fail("a byte undefined in Windows-1252 outside UTF-8")
            out.append(b.decode("cp1252", errors="replace"))
        else:
            out.append(b.decode("utf-8"))
    return "".join(out)


def to_cp1252_loosely(text):
    """The bytes Windows-1252 text came from, the C1 controls that stand for
    the five undefined bytes included."""
    out = bytearray()
    for ch in text:
        if ord(ch) in CP1252_UNDEFINED:
            out.append(ord(ch))
        else:
            out += ch.encode("cp1252")
    return bytes(out)


def repair_mojibake(text):
    return to_cp1252_loosely(text).decode("utf-8")


# ---------------------------------------------------------------------------
# Decoding, and the bytes of each file
# ---------------------------------------------------------------------------

def decode(name, data):
    """(text as a good reader shows it before line-end clean-up, list of
    wrong readings)."""
    wrong = [data.decode("latin-1")]          # the raw bytes, byte for byte
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        fail("%s: a BOM" % name)

    if name == FILE1:
        if data.replace(b"\r\n", b"").count(b"\n") or data.replace(b"\r\n", b"").count(b"\r") \
                or not data.endswith(b"\r\n"):
            fail("file 1: not CRLF throughout")
        try:
            data.decode("utf-8")
            fail("file 1: valid UTF-8 as a whole")
        except UnicodeDecodeError:
            pass
        rs = runs(data)
        lone = b"".join(b for k, b in rs if k == "cp1252")
        utf8 = b"".join(b for k, b in rs if k == "utf8")
        for b in (0xE4, 0xE5, 0xF6, 0xC4, 0xE9, 0x96, 0x94):
            if b not in lone:
                fail("file 1: Windows-1252 byte %02X missing" % b)
        for s in ("ä", "å", "ö", "Ö", "”"):
            if s.encode("utf-8") not in utf8:
                fail("file 1: UTF-8 %r missing" % s)
        raw = mixed_decode(data)
        # which lines are which: the inserted reaction is UTF-8 between
        # Windows-1252 lines; the absence line is both
        blines = data.split(b"\r\n")
        kinds = {}
        for bl in blines:
            ks = {k for k, _ in runs(bl)} - {"ascii"}
            kinds[mixed_decode(bl)] = ks
        if kinds.get("Mats Ekdahl instämde och berättade att Höganäs har samma problem, även om kön där är kortare.") != {"utf8"}:
            fail("file 1: the inserted reaction is not UTF-8")
        if not any(k == {"utf8", "cp1252"} and l.startswith("Frånvarande:") for l, k in kinds.items()):
            fail("file 1: the absence line is not half and half")
        if kinds.get("4. Daglig sysselsättning för yngre") != {"utf8"} or \
                kinds.get("3. Samordnad individuell plan med psykiatrin") != set() or \
                kinds.get("Informationen noterades.") != set() or \
                kinds.get("Plats: Svalöv, Kommunhuset, rum Billeberga") != {"cp1252"}:
            fail("file 1: the parts are not where the README says")
        wrong += [data.decode("cp1252", errors="replace"),
                  data.decode("utf-8", errors="replace")]

    elif name == FILE2:
        if data.replace(b"\r\n", b"").count(b"\n") or data.replace(b"\r\n", b"").count(b"\r"):
            fail("file 2: not CRLF throughout")
        once = data.decode("utf-8")                       # valid UTF-8
        for s in ("Ã¤", "Ã¶", "Ã¥", "Ã„", "Ã–", "Ã…", "Ã©", "â€“", "â€\u009d", "â€™", "Â§"):
            if s not in once:
                fail("file 2: mojibake %r missing" % s)
        raw = repair_mojibake(once)
        # doing the double conversion again on the repaired text gives the
        # file's bytes back: it was exactly one conversion, nothing lost
        again = "".join(chr(b) if b in CP1252_UNDEFINED else bytes([b]).decode("cp1252")
                        for b in raw.encode("utf-8"))
        if again.encode("utf-8") != data:
            fail("file 2: repair does not round-trip")
        if any(0x80 <= ord(c) <= 0x9F for c in raw) or "Ã" in raw or "â€" in raw:
            fail("file 2: still mojibake after one repair")
        wrong += [once,
                  data.decode("cp1252", errors="replace")]

    elif name == FILE3:
        if b"\r" in data or not data.endswith(b"\n"):
            fail("file 3: not LF")
        if any(0x80 <= b <= 0x9F for b in data):
            fail("file 3: a byte in 0x80-0x9F")
        for b in (0xA4, 0xA6, 0xA8, 0xE4, 0xE5, 0xF6, 0xF8, 0xE6, 0xE9):
            if b not in data:
                fail("file 3: byte %02X missing" % b)
        for m in re.finditer(rb"\xa4", data):
            if not re.match(rb"\d \xa4", data[m.start() - 2:m.start() + 1]):
                fail("file 3: 0xA4 not after an amount")
        raw = data.decode("iso8859_15")
        if "–" in raw or "”" in raw or "“" in raw:
            fail("file 3: a character Latin-9 lacks")
        if any(len(l) > 72 for l in raw.split("\n")):
            fail("file 3: a line over 72 columns")
        wrong += [data.decode("cp1252", errors="replace"),
                  data.decode("utf-8", errors="replace")]

    elif name == FILE4:
        if len(data) % 2:
            fail("file 4: odd length")
        raw = data.decode("utf-16-le")
        if "\ufeff" in raw:
            fail("file 4: a BOM")
        if raw.replace("\r\n", "").count("\n") or raw.replace("\r\n", "").count("\r") \
                or not raw.endswith("\r\n"):
            fail("file 4: not CRLF throughout")
        if b"\x00" not in data or data[1] != 0:
            fail("file 4: not UTF-16 LE")
        if "ž" not in raw or "ć" not in raw:
            fail("file 4: no letter beyond Latin-1")
        wrong += [data.decode("utf-16-be", errors="replace"),
                  data.decode("cp1252", errors="replace"),
                  data.decode("utf-8", errors="replace")]

    elif name == FILE5:
        try:
            data.decode("utf-8")
            fail("file 5: valid UTF-8 as a whole")
        except UnicodeDecodeError:
            pass
        raw = mixed_decode(data)
        blines = data.split(b"\n")
        bad = [i for i, bl in enumerate(blines) if any(k == "cp1252" for k, _ in runs(bl))]
        crlf = [i for i, bl in enumerate(blines) if bl.endswith(b"\r")]
        if len(bad) != 4 or bad != crlf or bad != list(range(bad[0], bad[0] + 4)):
            fail("file 5: the Windows-1252 lines are not the four CRLF lines of one paragraph")
        lone = b"".join(b for k, b in runs(data) if k == "cp1252")
        for b in (0x94, 0x96, 0xE4, 0xE5, 0xF6):
            if b not in lone:
                fail("file 5: Windows-1252 byte %02X missing" % b)
        if not data.endswith(b"\n") or b"\r" in data.replace(b"\r\n", b""):
            fail("file 5: line ends")
        wrong += [data.decode("cp1252", errors="replace"),
                  data.decode("utf-8", errors="replace")]
    else:
        raise SystemExit("unknown file %s" % name)
    return raw, wrong


def shown(raw):
    t = raw.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", t)


def nfc(s):
    return unicodedata.normalize("NFC", s)


def count_ci(hay, needle):
    return hay.lower().count(needle.lower())


def on_one_line(lines, needle):
    return any(needle.lower() in l.lower() for l in lines)


def other_first_names():
    names = set()
    for d in ("varied65", "varied66"):
        p = os.path.join(os.path.dirname(DIR), d, "expected.json")
        if os.path.exists(p):
            for e in json.load(open(p, encoding="utf-8")):
                for q in e["attendees"] + e["guests"] + e["absent"]:
                    names.add(q.split()[0])
    return names


def main():
    expected = json.load(open(os.path.join(DIR, "expected.json"), encoding="utf-8"))
    textjson = json.load(open(os.path.join(DIR, "text.json"), encoding="utf-8"))
    names = sorted(f for f in os.listdir(DIR) if f.endswith(".txt"))
    assert sorted(e["file"] for e in expected) == names, names
    assert [e["file"] for e in expected] == [e["file"] for e in textjson]

    texts = {}
    for name in names:
        data = open(os.path.join(DIR, name), "rb").read()
        if not 2000 <= len(data) <= 7000:
            fail("%s: %d bytes" % (name, len(data)))
        raw, wrong = decode(name, data)
        text = shown(raw)
        if "\ufffd" in text or any(0x80 <= ord(c) <= 0x9F or (ord(c) < 32 and c not in "\n\t") for c in text):
            fail("%s: a replacement or control character in the text" % name)
        texts[name] = (text, wrong)

    first_names = {}
    elsewhere = other_first_names()
    for e in expected:
        name = e["file"]
        text, _ = texts[name]
        lines = text.split("\n")
        low = text.lower()

        d = datetime.date.fromisoformat(e["date"])
        dm = "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
        if count_ci(text, dm) != 1:
            fail("%s: %r not written exactly once" % (name, dm))
        pat = r"\b%s(?:en)?(?: den)? %s\b" % (WEEKDAYS[d.weekday()], re.escape(dm))
        if not re.search(pat, low):
            fail("%s: %r not with its weekday %s" % (name, dm, WEEKDAYS[d.weekday()]))
        for m in re.finditer(r"\b(\w+?)(?:en)?(?: den)? (\d{1,2}) (%s) (\d{4})" % "|".join(MONTHS), low):
            wd = m.group(1)
            if wd in WEEKDAYS:
                dd = datetime.date(int(m.group(4)), MONTHS.index(m.group(3)) + 1, int(m.group(2)))
                if WEEKDAYS[dd.weekday()] != wd:
                    fail("%s: wrong weekday in %r" % (name, m.group(0)))
        if e["dateAsWritten"] is not None:
            fail("%s: dateAsWritten is not null" % name)
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
        pos = [text.find(p) for p in e["attendees"]]
        if pos != sorted(pos):
            fail("%s: attendees not in written order" % name)
        pos = [text.find(p) for p in e["absent"]]
        if pos != sorted(pos):
            fail("%s: absent not in written order" % name)
        for p in people:
            first = p.split()[0]
            if first in first_names and first_names[first] != p:
                fail("first name %r twice in the set" % first)
            if first in elsewhere:
                fail("first name %r used in varied65 or varied66" % first)
            first_names[first] = p

        starts = []
        for it in e["items"]:
            tc = it["titleContains"]
            if count_ci(text, tc) != 1:
                fail("%s: titleContains %r occurs %d times" % (name, tc, count_ci(text, tc)))
            starts.append(low.find(tc.lower()))
            if not it["title"].startswith(tc) or not any(l.endswith(it["title"]) for l in lines):
                fail("%s: title %r" % (name, it["title"]))
        if starts != sorted(starts):
            fail("%s: items out of order" % name)
        end = low.find(END_MARKER)
        if count_ci(text, END_MARKER) != 1 or end < starts[-1]:
            fail("%s: end marker" % name)
        ends = starts[1:] + [end]
        for it, a, b in zip(e["items"], starts, ends):
            for st in it["statements"]:
                c = st["contains"]
                p = low.find(c.lower())
                if count_ci(text, c) != 1 or not on_one_line(lines, c):
                    fail("%s: contains %r not once on one line" % (name, c))
                elif not (a < p < b):
                    fail("%s: contains %r outside its item" % (name, c))
                if st["by"] not in it["raisedBy"]:
                    fail("%s: %r is no raiser" % (name, st["by"]))
                first = st["by"].split()[0].lower()
                if first not in low[a:p]:
                    fail("%s: %r not named before %r" % (name, st["by"], c))
            for r in it["raisedBy"]:
                if not any(s["by"] == r for s in it["statements"]):
                    fail("%s: raiser %r without a statement" % (name, r))
                if r not in text[a:b]:
                    fail("%s: raiser %r not in the item" % (name, r))
            others = [q for q in people if q not in it["raisedBy"]]
            for st in it["statements"]:
                line = next((l for l in lines if st["contains"].lower() in l.lower()), None)
                if line is None:
                    continue                  # reported above
                for q in others:
                    if line.startswith(q.split()[0] + " "):
                        fail("%s: %r stands on a line of %s" % (name, st["contains"], q))
                if DECISION.search(line):
                    fail("%s: statement %r on a decision line" % (name, st["contains"]))
            dec_lines = [l for l in text[a:b].split("\n") if DECISION.search(l)]
            if "decisionContains" in it:
                c = it["decisionContains"]
                p = low.find(c.lower())
                if count_ci(text, c) != 1 or not on_one_line(lines, c):
                    fail("%s: decision %r not once on one line" % (name, c))
                elif not (a < p < b):
                    fail("%s: decision %r outside its item" % (name, c))
                if not any(c.lower() in l.lower() for l in dec_lines):
                    fail("%s: decision %r not on a decision line" % (name, c))
            elif dec_lines:
                fail("%s: item %r has a decision line but no decision" % (name, it["title"]))

    firsts = sorted(first_names)
    for x in firsts:
        for y in firsts:
            if x != y and x.lower() in y.lower():
                fail("first name %r is part of %r" % (x, y))
        for y in elsewhere:
            if x.lower() in y.lower() or y.lower() in x.lower():
                fail("first name %r and %r of an earlier set" % (x, y))

    for t in textjson:
        name = t["file"]
        text, wrong = texts[name]
        for s in t["mustContain"]:
            if nfc(s) not in text:
                fail("%s: mustContain %r missing" % (name, s))
            if "\n" in s:
                fail("%s: mustContain %r spans lines" % (name, s))
        for s in t["mustNotContain"]:
            if nfc(s) in text:
                fail("%s: mustNotContain %r present" % (name, s))
            if not any(s in w for w in wrong):
                fail("%s: mustNotContain %r is in no wrong reading" % (name, s))
        for s in t["exactlyOnce"]:
            n = count_ci(text, nfc(s))
            if n != 1:
                fail("%s: exactlyOnce %r occurs %d times" % (name, s, n))

    if failures:
        print("\n".join(failures))
        sys.exit(1)
    print("ok")


if __name__ == "__main__":
    main()
