#!/usr/bin/env python3
"""Checks the five files of this set against expected.json and text.json.

Decodes every file as described in README.md and makes the text a good
reader shows:

  1. BBIC-natverket minnesant 070315.txt    Mac OS Roman, CR line ends
  2. Anteckningar ek bistand 061011.txt     Mac OS Roman, LF line ends
  3. Missbruksnatverket 22 sept 2009.rtf    Cocoa RTF (\\ansicpg1252): the
     text of its paragraphs, \\'xx read in Windows-1252, \\uN as U+N, the
     font, colour and list tables left out, {\\listtext} kept
  4. IFO-chefernas natverk 2025-05-12.txt   UTF-8 (NFD), LF
  5. Minnesanteckningar familjeratt 18-11.eml
     the text/plain body, quoted-printable decoded, read as Mac OS Roman
     (charset=x-mac-roman), format=flowed lines joined (RFC 3676, DelSp=no)

then: line ends -> LF, no-break spaces -> blanks, Unicode NFC (NFC and NFD
compare equal, as they do in Swift).

Then every titleContains, statements.contains and decisionContains must occur
exactly once (case-insensitively) in that text, on one line and inside its own
item (and, in the mail, on one line also before the flowed lines are joined);
every name of expected.json must occur (attendees and absent in the written
order); a statement must not stand on a line that begins with the name of
someone who is not a raiser of the item (a question, an answer, a reaction);
a decision must stand on a decision line ("Beslut:", "→ Beslut:", "Nätverket
beslöt/beslutade att"), and an item without a decision must have none; the
meeting's date must be written once, with its right weekday; text.json's
mustContain must occur, mustNotContain must not, and exactlyOnce must occur
exactly once (case-insensitively). Every mustNotContain string must really turn up in a
wrong reading of the file (its raw bytes, or a wrong decoding), so that none
of them is a straw man. The bytes of each file are checked for what the
README says of them. Python 3 standard library only; prints "ok" or fails.
"""

import datetime
import email
import email.policy
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)

FILE1 = "BBIC-natverket minnesant 070315.txt"
FILE2 = "Anteckningar ek bistand 061011.txt"
FILE3 = "Missbruksnatverket 22 sept 2009.rtf"
FILE4 = "IFO-chefernas natverk 2025-05-12.txt"
FILE5 = "Minnesanteckningar familjeratt 18-11.eml"

END_MARKER = {
    FILE1: "nästa möte:",
    FILE2: "nästa träff:",
    FILE3: "nästa möte:",
    FILE4: "nästa möte:",
    FILE5: "nästa möte:",
}

WEEKDAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli",
          "augusti", "september", "oktober", "november", "december"]

# "Beslut: …", "→ Beslut: …" or "Nätverket beslöt/beslutade att …"
DECISION = re.compile(r"^(?:→ )?Beslut:|^Nätverket (?:beslöt|beslutade) att")

failures = []


def fail(msg):
    failures.append(msg)


# ---------------------------------------------------------------------------
# RTF
# ---------------------------------------------------------------------------

SKIP_DESTINATIONS = {"fonttbl", "colortbl", "stylesheet", "info", "listtable",
                     "listoverridetable", "pict", "fldinst", "themedata",
                     "expandedcolortbl", "latentstyles"}


def rtf_text(src, codepage="cp1252", honour_uc=True):
    """The text of an RTF document (a small reader, enough for Cocoa RTF).
    With honour_uc=False it is a wrong reader that ignores \\ucN and always
    drops one character after \\uN."""
    out = []
    stack = []
    skip = False
    uc = 1
    pending_skip = 0          # characters to drop after \uN
    i, n = 0, len(src)
    star = False
    while i < n:
        c = src[i]
        if c == "{":
            stack.append((skip, uc))
            star = False
            i += 1
            continue
        if c == "}":
            skip, uc = stack.pop() if stack else (False, 1)
            i += 1
            continue
        if c == "\\":
            nxt = src[i + 1] if i + 1 < n else ""
            if nxt in "\\{}":
                if not skip and not pending_skip:
                    out.append(nxt)
                pending_skip = max(0, pending_skip - 1)
                i += 2
                continue
            if nxt in "\n\r":
                if not skip:
                    out.append("\n")
                i += 2
                continue
            if nxt == "'":
                byte = bytes([int(src[i + 2:i + 4], 16)])
                if pending_skip:
                    pending_skip -= 1
                elif not skip:
                    out.append(byte.decode(codepage, errors="replace"))
                i += 4
                continue
            if nxt == "*":
                star = True
                i += 2
                continue
            if nxt == "~":
                if not skip:
                    out.append("\u00a0")
                i += 2
                continue
            if nxt in "-_":
                i += 2
                continue
            m = re.match(r"\\([a-zA-Z]+)(-?\d+)? ?", src[i:])
            if not m:
                i += 2
                continue
            word, arg = m.group(1), m.group(2)
            i += m.end()
            if star or word in SKIP_DESTINATIONS:
                skip = True
                star = False
                continue
            if skip:
                continue
            if word in ("par", "line"):
                out.append("\n")
            elif word == "tab":
                out.append("\t")
            elif word == "uc":
                uc = int(arg) if honour_uc else 1
            elif word == "u":
                v = int(arg)
                out.append(chr(v + 0x10000 if v < 0 else v))
                pending_skip = uc
            continue
        if c in "\r\n":
            i += 1
            continue
        if not skip:
            if pending_skip:
                pending_skip -= 1
            else:
                out.append(c)
        i += 1
    return "".join(out)


# ---------------------------------------------------------------------------
# Mail
# ---------------------------------------------------------------------------

def unflow(text):
    """format=flowed, DelSp=no (RFC 3676): a line ending in a blank is joined
    with the next one; the signature separator "-- " is not flowed;
    space-stuffing removed."""
    out, cur = [], ""
    for line in text.split("\n"):
        if line.startswith(" "):
            line = line[1:]
        if line.endswith(" ") and line != "-- ":
            cur += line
        else:
            out.append(cur + line)
            cur = ""
    if cur:
        out.append(cur)
    return "\n".join(out)


def mail_parts(data):
    # compat32: the payload is decoded from quoted-printable to bytes here and
    # read as Mac OS Roman below ("x-mac-roman" is not a Python codec name).
    return email.message_from_bytes(data, policy=email.policy.compat32)


# ---------------------------------------------------------------------------
# Decoding, and the bytes of each file
# ---------------------------------------------------------------------------

def decode(name, data):
    """(text as a good reader shows it, list of raw lines for the one-line
    check, list of wrong readings)."""
    wrong = [data.decode("latin-1")]          # the raw bytes, byte for byte
    if name == FILE1:
        if b"\n" in data or not data.endswith(b"\r"):
            fail("file 1: not CR-only line ends")
        for b in (0x8A, 0x9A, 0x8C, 0x80, 0x85, 0x81, 0x8E, 0xD0, 0xD3, 0xA5, 0xCA, 0xA4):
            if b not in data:
                fail("file 1: Mac OS Roman byte %02X missing" % b)
        if b"\xa5\t" not in data:
            fail("file 1: no Word bullet")
        raw = data.decode("mac_roman")
        wrong += [data.decode("cp1252", errors="replace"),
                  data.decode("utf-8", errors="replace")]
        lines = raw.split("\r")
    elif name == FILE2:
        if b"\r" in data or data.endswith(b"\n"):
            fail("file 2: not LF-only, or a line end after the last line")
        for b in (0x8A, 0x9A, 0x8C, 0x80, 0x85, 0x81, 0xD0, 0x22):
            if b not in data:
                fail("file 2: byte %02X missing" % b)
        if b"\xd3" in data or b"\xd2" in data:
            fail("file 2: curly quotes in a TextEdit 10.4 file")
        raw = data.decode("mac_roman")
        wrong += [data.decode("cp1252", errors="replace"),
                  data.decode("utf-8", errors="replace")]
        lines = raw.split("\n")
    elif name == FILE3:
        if any(b > 127 for b in data) or b"\r" in data:
            fail("file 3: not 7-bit with LF")
        src = data.decode("ascii")
        if not src.startswith("{\\rtf1\\ansi\\ansicpg1252\\cocoartf949\\cocoasubrtf460\n"
                              "{\\fonttbl\\f0\\fswiss\\fcharset0 Helvetica;}\n"):
            fail("file 3: not a Cocoa RTF header")
        for s in ("\\'e4", "\\'96", "\\'94", "\\uc0\\u305 ", "\\uc0\\u263 ",
                  "{\\listtext\t\\'95\t}", "\\pard\\tx560", "\\b0 "):
            if s not in src:
                fail("file 3: %r missing" % s)
        raw = rtf_text(src)
        wrong += [rtf_text(src, "mac_roman"), rtf_text(src, honour_uc=False)]
        lines = raw.split("\n")
    elif name == FILE4:
        if data.startswith(b"\xef\xbb\xbf") or b"\r" in data:
            fail("file 4: a BOM or a CR")
        raw = data.decode("utf-8")
        if unicodedata.normalize("NFD", raw) != raw:
            fail("file 4: not NFD")
        for ch in ("\u0308", "\u030a", "\u0301"):
            if ch not in raw:
                fail("file 4: no combining U+%04X" % ord(ch))
        if any(ch in raw for ch in "åäöÅÄÖéć"):
            fail("file 4: a precomposed letter")
        wrong += [data.decode("cp1252", errors="replace"),
                  data.decode("mac_roman")]
        lines = raw.split("\n")
    elif name == FILE5:
        if any(b > 127 for b in data) or b"\r" in data:
            fail("file 5: not 7-bit with LF")
        msg = mail_parts(data)
        if msg.get_content_type() != "text/plain":
            fail("file 5: not text/plain")
        ct = msg["Content-Type"]
        if "charset=x-mac-roman" not in ct or "format=flowed" not in ct:
            fail("file 5: Content-Type %r" % ct)
        if msg["Content-Transfer-Encoding"] != "quoted-printable":
            fail("file 5: not quoted-printable")
        head, body = data.split(b"\n\n", 1)
        for line in body.split(b"\n"):
            if len(line) > 76:
                fail("file 5: a body line longer than 76")
        payload = msg.get_payload(decode=True)
        flowed = payload.decode("mac_roman")
        raw = unflow(flowed)
        wrong += [payload.decode("cp1252", errors="replace"), flowed,
                  payload.decode("latin-1")]
        # a phrase must also stand on one line before the lines are joined
        lines = flowed.split("\n")
    else:
        raise SystemExit("unknown file %s" % name)
    return raw, lines, wrong


def shown(raw):
    t = raw.replace("\r\n", "\n").replace("\r", "\n")
    t = t.replace("\u00a0", " ")
    return unicodedata.normalize("NFC", t)


def nfc(s):
    return unicodedata.normalize("NFC", s)


def count_ci(hay, needle):
    return hay.lower().count(needle.lower())


def on_one_line(lines, needle):
    return any(needle.lower() in nfc(l).replace("\u00a0", " ").lower() for l in lines)


def main():
    expected = json.load(open(os.path.join(DIR, "expected.json"), encoding="utf-8"))
    textjson = json.load(open(os.path.join(DIR, "text.json"), encoding="utf-8"))
    names = sorted(f for f in os.listdir(DIR)
                   if f.endswith((".txt", ".rtf", ".eml")))
    assert sorted(e["file"] for e in expected) == names, names
    assert [e["file"] for e in expected] == [e["file"] for e in textjson]

    texts = {}
    for name in names:
        data = open(os.path.join(DIR, name), "rb").read()
        if not 2000 <= len(data) <= 7000:
            fail("%s: %d bytes" % (name, len(data)))
        raw, lines, wrong = decode(name, data)
        text = shown(raw)
        texts[name] = (text, lines, wrong)

    first_names = {}
    for e in expected:
        name = e["file"]
        text, rawlines, _ = texts[name]
        lines = text.split("\n")
        low = text.lower()

        # the meeting's date, written once in full with its weekday
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
            if e[field] and count_ci(text, e[field]) < 1:
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
        # attendees in the written order
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
            first_names[first] = p

        # items in order, everything inside its own item
        starts = []
        for it in e["items"]:
            tc = it["titleContains"]
            if count_ci(text, tc) != 1:
                fail("%s: titleContains %r occurs %d times" % (name, tc, count_ci(text, tc)))
            if not on_one_line(rawlines, tc):
                fail("%s: titleContains %r not on one raw line" % (name, tc))
            starts.append(low.find(tc.lower()))
            if not it["title"].startswith(tc) or not any(it["title"] in l for l in lines):
                fail("%s: title %r" % (name, it["title"]))
        if starts != sorted(starts):
            fail("%s: items out of order" % name)
        end = low.find(END_MARKER[name])
        if count_ci(text, END_MARKER[name]) != 1 or end < starts[-1]:
            fail("%s: end marker %r" % (name, END_MARKER[name]))
        ends = starts[1:] + [end]
        for it, a, b in zip(e["items"], starts, ends):
            for st in it["statements"]:
                c = st["contains"]
                p = low.find(c.lower())
                if count_ci(text, c) != 1 or not on_one_line(lines, c) or not on_one_line(rawlines, c):
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
            # a statement stands on a line that no one else's name begins
            others = [q for q in people if q not in it["raisedBy"]]
            for st in it["statements"]:
                line = next(l for l in lines if st["contains"].lower() in l.lower())
                for q in others:
                    if line.startswith(q.split()[0] + " "):
                        fail("%s: %r stands on a line of %s" % (name, st["contains"], q))
            # a decision stands on a decision line; an item without one has none
            dec_lines = [l for l in text[a:b].split("\n") if DECISION.search(l)]
            if "decisionContains" in it:
                c = it["decisionContains"]
                p = low.find(c.lower())
                if count_ci(text, c) != 1 or not on_one_line(lines, c) or not on_one_line(rawlines, c):
                    fail("%s: decision %r not once on one line" % (name, c))
                elif not (a < p < b):
                    fail("%s: decision %r outside its item" % (name, c))
                if not any(c.lower() in l.lower() for l in dec_lines):
                    fail("%s: decision %r not on a decision line" % (name, c))
            elif dec_lines:
                fail("%s: item %r has a decision line but no decision" % (name, it["title"]))

    for t in textjson:
        name = t["file"]
        text, rawlines, wrong = texts[name]
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
