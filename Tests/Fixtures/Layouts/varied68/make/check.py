#!/usr/bin/env python3
"""Checks the four files of this set against expected.json and text.json.

Reads every file as README.md describes and makes the text a good reader
shows:

  .docx  the page header's paragraphs, the body's paragraphs in order (a
         table row by row, each paragraph of a cell on a line of its own; a
         paragraph holding only a page break is no text), the footer's
         paragraphs; w:t as text, w:tab as TAB, w:br as a line break; of a
         field only its result (the instruction between fldChar begin and
         separate is not text); automatic list numbers are not typed text
         and are not shown here (a reader may show them);
  .odt   the paragraphs and headings of office:text in order, spans joined,
         text:s as blanks, text:tab as TAB, text:line-break as a line break;
         an empty paragraph (the Horizontal Line paragraph) is no text;
  .pdf   the structure tree's elements in order (Document > H1/P), each
         element the text of its marked-content sequences (MCIDs) on its
         pages: the pieces of one printed line joined, the printed lines of
         one element joined with one blank, also across a page break;
         /Artifact content (the running header and the footer with "Sida N
         av 3") is not text.

The text of a file is its lines joined with LF. Its meetings are found by
their opening lines (README.md); a meeting runs to the next one (the last to
the end of the body). Then, for every entry of expected.json (one per
meeting): the file is "name#date" and the entries of a file follow the
file's order; the date is written in full once, with its right weekday, in
its meeting and once in the file, and every weekday written with a date in
the file is right; network, place and every name occur; attendees and absent
in the written order; chair and scribe are attendees; every first name is
unique in the folder and used in none of ../varied65-67; every titleContains,
statements.contains and decisionContains occurs exactly once in its meeting
and in the whole file (case-insensitively), on one line (for the PDF also on
one printed line) and inside its own item; a statement follows its raiser's
first name in the item and stands on no line that begins with the name of
someone who is not a raiser; a decision stands on a "Beslut:" line and an
item without a decision has none. text.json: mustContain occurs, mustNotContain
does not (and does occur in a wrong reading of the file: raw XML or PDF
source, paragraphs run together, field codes shown, page furniture kept),
exactlyOnce occurs exactly once (case-insensitively). Then the bytes: valid
packages and PDF structure, and a rebuild gives identical bytes.
Python 3 standard library only; prints "ok" or the failures.
"""

import datetime
import hashlib
import importlib.util
import json
import os
import re
import shutil
import sys
import tempfile
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)

FILE1 = 'Minnesanteckningar 2025 familjehemsnatverket.docx'
FILE2 = 'VINR-natverket anteckningar hosten 2025.docx'
FILE3 = 'Faltnatverket motesanteckningar HT25.odt'
FILE4 = 'Oppenvardsnatverket minnesanteckningar 2025.pdf'
FILES = [FILE1, FILE2, FILE3, FILE4]

WEEKDAYS = ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag']
MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli',
          'augusti', 'september', 'oktober', 'november', 'december']

MEETING_START = {
    FILE1: re.compile(r'^Träff (?:%s) \d{1,2} (?:%s) \d{4}$' % ('|'.join(WEEKDAYS), '|'.join(MONTHS))),
    FILE2: re.compile(r'^Nätverksträff \d+$'),
    FILE3: re.compile(r'^Möte \d+ – '),
    FILE4: re.compile(r'^Nätverksmöte '),
}
END_MARKER = {FILE1: 'nästa träff:', FILE2: 'nästa träff:', FILE3: 'nästa möte:', FILE4: 'nästa möte:'}
DECISION = re.compile(r'^Beslut:')

failures = []


def fail(msg):
    failures.append(msg)


def nfc(s):
    return unicodedata.normalize('NFC', s)


def count_ci(hay, needle):
    return hay.lower().count(needle.lower())


# ---------------------------------------------------------------------------
# Word
# ---------------------------------------------------------------------------
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'


def w_walk(el):
    """The elements of a paragraph in document order, without paragraph and
    run properties (w:pPr holds tab stops, w:rPr formatting)."""
    for child in el:
        if child.tag in (W + 'pPr', W + 'rPr'):
            continue
        yield child
        for x in w_walk(child):
            yield x


def w_para_text(p):
    out = []
    state = 'text'                      # 'instr' between begin and separate
    for el in w_walk(p):
        tag = el.tag
        if tag == W + 'fldChar':
            state = 'instr' if el.get(W + 'fldCharType') == 'begin' else 'text'
        elif state == 'instr':
            continue
        elif tag == W + 't':
            out.append(el.text or '')
        elif tag == W + 'tab':
            out.append('\t')
        elif tag == W + 'br':
            if el.get(W + 'type') not in ('page', 'column'):
                out.append('\n')
        elif tag == W + 'noBreakHyphen':
            out.append('-')
    return ''.join(out)


def w_block_lines(el):
    lines = []
    for child in el:
        if child.tag == W + 'p':
            t = w_para_text(child)
            if t.strip():
                lines.extend(t.split('\n'))
        elif child.tag == W + 'tbl':
            for tr in child.findall(W + 'tr'):
                for tc in tr.findall(W + 'tc'):
                    lines.extend(w_block_lines(tc))
        elif child.tag == W + 'sdt':
            content = child.find(W + 'sdtContent')
            if content is not None:
                lines.extend(w_block_lines(content))
    return lines


def read_docx(path):
    z = zipfile.ZipFile(path)
    doc = ET.fromstring(z.read('word/document.xml'))
    body = doc.find(W + 'body')
    head, foot = [], []
    for name in z.namelist():
        if re.match(r'word/header\d+\.xml$', name):
            head.extend(w_block_lines(ET.fromstring(z.read(name))))
        elif re.match(r'word/footer\d+\.xml$', name):
            foot.extend(w_block_lines(ET.fromstring(z.read(name))))
    body_lines = w_block_lines(body)
    lines = head + body_lines + foot
    # wrong readings: the raw XML of the package; every w:t run together
    # without paragraph breaks; field instructions shown as text
    raw = ''.join(z.read(n).decode('utf-8', 'replace') for n in z.namelist())
    runs_together = ''.join(t.text or '' for t in doc.iter(W + 't'))
    with_codes = ''.join((t.text or '') for t in doc.iter() if t.tag in (W + 't', W + 'instrText'))
    for name in z.namelist():
        if re.match(r'word/(header|footer)\d+\.xml$', name):
            with_codes += ''.join((t.text or '') for t in ET.fromstring(z.read(name)).iter()
                                  if t.tag in (W + 't', W + 'instrText'))
    return lines, (len(head), len(head) + len(body_lines)), [raw, runs_together, with_codes], lines


# ---------------------------------------------------------------------------
# OpenDocument
# ---------------------------------------------------------------------------
TEXT = '{urn:oasis:names:tc:opendocument:xmlns:text:1.0}'
OFFICE = '{urn:oasis:names:tc:opendocument:xmlns:office:1.0}'


def odf_inline(el):
    out = [el.text or '']
    for child in el:
        tag = child.tag
        if tag == TEXT + 's':
            out.append(' ' * int(child.get(TEXT + 'c', '1')))
        elif tag == TEXT + 'tab':
            out.append('\t')
        elif tag == TEXT + 'line-break':
            out.append('\n')
        elif tag in (OFFICE + 'annotation', TEXT + 'note', TEXT + 'tracked-changes'):
            pass
        else:
            out.append(odf_inline(child))
        out.append(child.tail or '')
    return ''.join(out)


def odf_lines(el):
    lines = []
    for child in el:
        if child.tag in (TEXT + 'p', TEXT + 'h'):
            t = odf_inline(child)
            if t.strip():
                lines.extend(t.split('\n'))
        elif child.tag in (TEXT + 'list', TEXT + 'list-item', TEXT + 'section'):
            lines.extend(odf_lines(child))
    return lines


def read_odt(path):
    z = zipfile.ZipFile(path)
    root = ET.fromstring(z.read('content.xml'))
    text = root.find(OFFICE + 'body').find(OFFICE + 'text')
    lines = odf_lines(text)
    raw = ''.join(z.read(n).decode('utf-8', 'replace') for n in z.namelist())
    runs_together = ''.join(t for t in text.itertext())
    return lines, (0, len(lines)), [raw, runs_together], lines


# ---------------------------------------------------------------------------
# PDF (enough for a tagged PDF as written by Word)
# ---------------------------------------------------------------------------
def pdf_objects(data):
    objs = {}
    for m in re.finditer(rb'(\d+) 0 obj\r?\n(.*?)\r?\nendobj', data, re.S):
        objs[int(m.group(1))] = m.group(2)
    return objs


def pdf_stream(body):
    m = re.match(rb'(<<.*?>>)\r?\nstream\r?\n(.*)\r?\nendstream$', body, re.S)
    d, s = m.group(1), m.group(2)
    if b'/FlateDecode' in d:
        s = zlib.decompress(s)
    return s


def parse_lit(s, i):
    """A literal string starting at s[i] == '('; returns (bytes, next i)."""
    out = bytearray()
    depth = 0
    i += 1
    while True:
        c = s[i]
        if c == '\\':
            n = s[i + 1]
            if n in '01234567':
                j = i + 1
                while j < i + 4 and s[j] in '01234567':
                    j += 1
                out.append(int(s[i + 1:j], 8))
                i = j
                continue
            out.append(ord({'n': '\n', 'r': '\r', 't': '\t', 'b': '\b', 'f': '\f'}.get(n, n)))
            i += 2
            continue
        if c == '(':
            depth += 1
        elif c == ')':
            if depth == 0:
                return bytes(out), i + 1
            depth -= 1
        out.append(ord(c))
        i += 1


def tokens(s):
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c in ' \t\r\n':
            i += 1
        elif c == '(':
            b, i = parse_lit(s, i)
            yield ('str', b)
        elif c == '[':
            yield ('[', None)
            i += 1
        elif c == ']':
            yield (']', None)
            i += 1
        elif s.startswith('<<', i):
            j = s.index('>>', i)
            yield ('dict', s[i:j + 2])
            i = j + 2
        elif c == '<':
            j = s.index('>', i)
            yield ('str', bytes.fromhex(s[i + 1:j]))
            i = j + 1
        elif c == '/':
            m = re.match(r'/[^\s/\[\]<>()]+', s[i:])
            yield ('name', m.group(0))
            i += m.end()
        else:
            m = re.match(r'[^\s/\[\]<>()]+', s[i:])
            w = m.group(0)
            i += m.end()
            try:
                yield ('num', float(w))
            except ValueError:
                yield ('op', w)


def read_pdf(path):
    data = open(path, 'rb').read()
    objs = pdf_objects(data)
    trailer = data[data.rindex(b'trailer'):]
    root = int(re.search(rb'/Root (\d+) 0 R', trailer).group(1))
    cat = objs[root].decode('latin-1')
    pages_id = int(re.search(r'/Pages (\d+) 0 R', cat).group(1))
    kids = [int(k) for k in re.findall(r'(\d+) 0 R', re.search(
        r'/Kids \[([^\]]*)\]', objs[pages_id].decode('latin-1')).group(1))]
    widths = {}
    for oid, body in objs.items():
        b = body.decode('latin-1', 'replace')
        if '/Type /Font' in b:
            ws = [int(v) for v in re.search(r'/Widths \[([^\]]*)\]', b).group(1).split()]
            widths[oid] = ws
    pieces = {}                                     # (page, mcid) -> [(y, x, x_end, text, size)]
    naive = []                                      # every shown string, in stream order
    printed = []                                    # printed lines of the body
    for pno, pid in enumerate(kids):
        pb = objs[pid].decode('latin-1')
        fonts = dict((m.group(1), int(m.group(2))) for m in re.finditer(r'/(F\d+) (\d+) 0 R', pb))
        cid = int(re.search(r'/Contents (\d+) 0 R', pb).group(1))
        s = pdf_stream(objs[cid]).decode('latin-1')
        stack, operands = [], []
        font, size, x, y = None, 0, 0, 0
        arr = None
        for kind, val in tokens(s):
            if kind == '[':
                arr = []
                continue
            if kind == ']':
                operands.append(('arr', arr))
                arr = None
                continue
            if arr is not None:
                arr.append((kind, val))
                continue
            if kind != 'op':
                operands.append((kind, val))
                continue
            op = val
            if op == 'BDC':
                tag = operands[0][1]
                props = operands[1][1]
                m = re.search(r'/MCID (\d+)', props)
                stack.append(('artifact' if tag == '/Artifact' else int(m.group(1))))
            elif op == 'EMC':
                stack.pop()
            elif op == 'Tf':
                font, size = fonts[operands[0][1][1:]], operands[1][1]
            elif op == 'Tm':
                x, y = operands[4][1], operands[5][1]
            elif op in ('Tj', 'TJ'):
                strings = [operands[0]] if op == 'Tj' else operands[0][1]
                text = ''
                adv = 0.0
                for k, v in strings:
                    if k == 'str':
                        text += v.decode('cp1252')
                        adv += sum(widths[font][c - 32] for c in v) * size / 1000.0
                    elif k == 'num':
                        adv -= v * size / 1000.0
                where = stack[-1] if stack else None
                naive.append((pno, y, x, text))
                if where != 'artifact':
                    pieces.setdefault((pno, where), []).append((round(y, 1), x, x + adv, text, size))
                x += adv
            operands = []

    def lines_of(ps):
        rows = {}
        for y, x0, x1, t, sz in ps:
            rows.setdefault(y, []).append((x0, x1, t, sz))
        out = []
        for y in sorted(rows, reverse=True):
            row = sorted(rows[y])
            line = ''
            end = None
            for x0, x1, t, sz in row:
                if end is not None and x0 - end > 0.2 * sz and not line.endswith(' ') and not t.startswith(' '):
                    line += ' '
                line += t
                end = x1
            out.append(line)
        return out

    # the structure tree, in order
    st_root = int(re.search(r'/StructTreeRoot (\d+) 0 R', cat).group(1))
    doc_elem = int(re.search(r'/K \[(\d+) 0 R\]', objs[st_root].decode('latin-1')).group(1))
    elems = [int(e) for e in re.findall(r'(\d+) 0 R', re.search(
        r'/K \[([^\]]*)\]', objs[doc_elem].decode('latin-1')).group(1))]
    page_index = dict((pid, k) for k, pid in enumerate(kids))
    lines = []
    for e in elems:
        b = objs[e].decode('latin-1')
        parts = []
        mcrs = re.findall(r'/Type /MCR /Pg (\d+) 0 R /MCID (\d+)', b)
        if mcrs:
            parts = [(page_index[int(p)], int(m)) for p, m in mcrs]
        else:
            pg = int(re.search(r'/Pg (\d+) 0 R', b).group(1))
            parts = [(page_index[pg], int(re.search(r'/K (\d+)', b).group(1)))]
        texts = []
        for key in parts:
            pl = lines_of(pieces.get(key, []))
            printed.extend(pl)
            texts.extend(pl)
        lines.append(' '.join(t.strip() for t in texts))
    naive_lines = []
    cur = None
    for pno, y, x, t in naive:
        if (pno, y) != cur:
            naive_lines.append('')
            cur = (pno, y)
        naive_lines[-1] += t
    streams = ''.join(pdf_stream(objs[int(re.search(r'/Contents (\d+) 0 R', objs[k].decode('latin-1')).group(1))])
                      .decode('latin-1') for k in kids)
    # the document information dictionary, decoded (a reader that shows it)
    info = data[data.rindex(b'/Info'):]
    info_id = int(re.match(rb'/Info (\d+) 0 R', info).group(1))
    info_text = ' '.join(bytes.fromhex(h.decode()).decode('utf-16-be')
                         for h in re.findall(rb'<FEFF([0-9A-F]+)>', objs[info_id]))
    wrong = [data.decode('latin-1'), streams, '\n'.join(naive_lines), ' '.join(naive_lines), info_text]
    return lines, (0, len(lines)), wrong, printed


READERS = {'.docx': read_docx, '.odt': read_odt, '.pdf': read_pdf}


# ---------------------------------------------------------------------------
# Bytes
# ---------------------------------------------------------------------------
def check_bytes(name, data):
    if name.endswith('.docx'):
        z = zipfile.ZipFile(os.path.join(DIR, name))
        infos = z.infolist()
        if infos[0].filename != '[Content_Types].xml':
            fail('%s: [Content_Types].xml is not first' % name)
        for zi in infos:
            if zi.date_time != (1980, 1, 1, 0, 0, 0) or zi.compress_type != zipfile.ZIP_DEFLATED:
                fail('%s: entry %s not as Word writes it' % (name, zi.filename))
        for need in ('_rels/.rels', 'word/document.xml', 'word/_rels/document.xml.rels', 'word/styles.xml',
                     'word/settings.xml', 'word/fontTable.xml', 'word/webSettings.xml', 'word/theme/theme1.xml',
                     'docProps/core.xml', 'docProps/app.xml'):
            if need not in z.namelist():
                fail('%s: %s missing' % (name, need))
        ct = z.read('[Content_Types].xml').decode()
        rels = z.read('word/_rels/document.xml.rels').decode()
        for n in z.namelist():
            if n.startswith('word/') and n.endswith('.xml') and n != 'word/document.xml':
                if '/' + n not in ct:
                    fail('%s: %s not in [Content_Types].xml' % (name, n))
                if n[5:] not in rels:
                    fail('%s: %s not in document.xml.rels' % (name, n))
            if n.endswith('.xml') or n.endswith('.rels'):
                ET.fromstring(z.read(n))
                if not z.read(n).startswith(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'):
                    fail('%s: %s has no Word XML declaration' % (name, n))
        doc = z.read('word/document.xml').decode()
        styles = z.read('word/styles.xml').decode()
        if '<w:t>' not in doc or 'w:rsidR=' not in doc or '_GoBack' not in doc:
            fail('%s: not as Word writes the body' % name)
        if name == FILE1:
            if doc.count('<w:pStyle w:val="Rubrik1"/>') != 4 or doc.count('<w:pStyle w:val="Rubrik2"/>') != 14:
                fail('%s: headings' % name)
            if 'w:styleId="Rubrik1"' not in styles or '<w:name w:val="heading 2"/>' not in styles:
                fail('%s: heading styles' % name)
            if 'w:br' in doc or 'numPr' in doc:
                fail('%s: a page break or a list' % name)
        if name == FILE2:
            if doc.count('<w:br w:type="page"/>') != 2:
                fail('%s: not two page breaks' % name)
            if doc.count('<w:tbl>') != 3 or doc.count('<w:pStyle w:val="Rubrik1"/>') != 3:
                fail('%s: tables or headings' % name)
            num = z.read('word/numbering.xml').decode()
            if num.count('<w:startOverride w:val="1"/>') != 2:
                fail('%s: numbering not restarted' % name)
            for k in (1, 2, 3):
                if '<w:numId w:val="%d"/>' % k not in doc:
                    fail('%s: numId %d unused' % (name, k))
            ftr = z.read('word/footer1.xml').decode()
            if ftr.count('w:fldCharType="begin"') != 2 or 'NUMPAGES' not in ftr:
                fail('%s: footer fields' % name)
    elif name.endswith('.odt'):
        z = zipfile.ZipFile(os.path.join(DIR, name))
        infos = z.infolist()
        if infos[0].filename != 'mimetype' or infos[0].compress_type != zipfile.ZIP_STORED \
                or infos[0].extra != b'' or z.read('mimetype') != b'application/vnd.oasis.opendocument.text':
            fail('%s: mimetype not first, stored, plain' % name)
        if data[30:38] != b'mimetype' or data[38:38 + 39] != b'application/vnd.oasis.opendocument.text':
            fail('%s: mimetype not at byte 30' % name)
        if infos[-1].filename != 'META-INF/manifest.xml':
            fail('%s: manifest not last' % name)
        man = z.read('META-INF/manifest.xml').decode()
        for n in z.namelist():
            if n not in ('mimetype', 'META-INF/manifest.xml') and 'full-path="%s"' % n not in man:
                fail('%s: %s not in the manifest' % (name, n))
            if n.endswith('.xml') or n.endswith('.rdf'):
                ET.fromstring(z.read(n))
        content = z.read('content.xml').decode()
        if content.count('text:style-name="P8"/>') != 2 or content.count('>* * *</text:p>') != 1:
            fail('%s: separators' % name)
        if 'Horizontal_20_Line' not in z.read('styles.xml').decode():
            fail('%s: no Horizontal Line style' % name)
        if 'LibreOffice/7.6' not in z.read('meta.xml').decode():
            fail('%s: generator' % name)
    elif name.endswith('.pdf'):
        if not data.startswith(b'%PDF-1.7\r\n') or not data.endswith(b'%%EOF'):
            fail('%s: header or EOF' % name)
        sx = int(re.search(rb'startxref\r\n(\d+)\r\n%%EOF$', data).group(1))
        if not data[sx:].startswith(b'xref\r\n'):
            fail('%s: startxref' % name)
        m = re.match(rb'xref\r\n0 (\d+)\r\n', data[sx:])
        n = int(m.group(1))
        table = data[sx + m.end():sx + m.end() + 20 * n]
        for k in range(1, n):
            off = int(table[20 * k:20 * k + 10])
            if not data[off:].startswith(b'%d 0 obj\r\n' % k):
                fail('%s: xref entry %d' % (name, k))
        if b'/StructTreeRoot' not in data or b'/MarkInfo << /Marked true >>' not in data:
            fail('%s: not tagged' % name)
        objs = pdf_objects(data)
        streams = [pdf_stream(b).decode('latin-1') for b in objs.values() if b'stream' in b]
        if len(streams) != 3:
            fail('%s: not three pages' % name)
        for k, s in enumerate(streams):
            if s.count('/Artifact') != 2 or ('Sida %d av 3' % (k + 1)) not in s:
                fail('%s: page %d furniture' % (name, k + 1))


# ---------------------------------------------------------------------------
def banned_first_names():
    names = set()
    for d in ('varied65', 'varied66', 'varied67'):
        p = os.path.join(os.path.dirname(DIR), d, 'expected.json')
        if not os.path.exists(p):
            continue
        for e in json.load(open(p, encoding='utf-8')):
            for k in ('attendees', 'guests', 'absent', 'chairs'):
                for n in e.get(k, []):
                    names.add(n.split()[0])
            if e.get('scribe'):
                names.add(e['scribe'].split()[0])
    return names


def weekday_check(name, text, year):
    pat = re.compile(r'\b(%s)(?:en)?(?: den)? (\d{1,2}) (%s)(?: (\d{4}))?' % ('|'.join(WEEKDAYS), '|'.join(MONTHS)),
                     re.I)
    for m in pat.finditer(text):
        wd, d, mon, y = m.group(1).lower(), int(m.group(2)), MONTHS.index(m.group(3).lower()) + 1, m.group(4)
        years = [int(y)] if y else [year, year + 1]
        if not any(WEEKDAYS[datetime.date(yy, mon, d).weekday()] == wd for yy in years):
            fail('%s: wrong weekday in %r' % (name, m.group(0)))


def main():
    expected = json.load(open(os.path.join(DIR, 'expected.json'), encoding='utf-8'))
    textjson = json.load(open(os.path.join(DIR, 'text.json'), encoding='utf-8'))
    present = sorted(f for f in os.listdir(DIR) if f.endswith(('.docx', '.odt', '.pdf')))
    if present != sorted(FILES):
        fail('files %r' % present)
    if [t['file'] for t in textjson] != FILES:
        fail('text.json files')

    texts = {}
    for name in FILES:
        data = open(os.path.join(DIR, name), 'rb').read()
        check_bytes(name, data)
        lines, (b0, b1), wrong, printed = READERS[os.path.splitext(name)[1]](os.path.join(DIR, name))
        lines = [nfc(l) for l in lines]
        starts = [i for i in range(b0, b1) if MEETING_START[name].search(lines[i])]
        bounds = list(zip(starts, starts[1:] + [b1]))
        texts[name] = dict(lines=lines, text='\n'.join(lines), parts=bounds, wrong=wrong,
                           printed=[nfc(p) for p in printed])

    banned = banned_first_names()
    first_names = {}
    by_file = {}
    for e in expected:
        base, _, d = e['file'].partition('#')
        if base not in texts or d != e['date']:
            fail('%s: file name' % e['file'])
            continue
        by_file.setdefault(base, []).append(e)
    for name in FILES:
        entries = by_file.get(name, [])
        T = texts[name]
        if len(entries) != len(T['parts']):
            fail('%s: %d meetings in the file, %d entries' % (name, len(T['parts']), len(entries)))
            continue
        whole = T['text']
        year = int(entries[0]['date'][:4])
        weekday_check(name, whole, year)
        for e, (a, b) in zip(entries, T['parts']):
            tag = e['file']
            lines = T['lines'][a:b]
            part = '\n'.join(lines)
            low = part.lower()
            d = datetime.date.fromisoformat(e['date'])
            dm = '%d %s %d' % (d.day, MONTHS[d.month - 1], d.year)
            if count_ci(part, dm) != 1 or count_ci(whole, dm) != 1:
                fail('%s: %r not written once in its meeting and the file' % (tag, dm))
            if not re.search(r'\b%s(?:en)?(?: den)? %s\b' % (WEEKDAYS[d.weekday()], dm), low):
                fail('%s: %r without its weekday' % (tag, dm))
            if e['dateAsWritten'] is not None:
                fail('%s: dateAsWritten' % tag)
            if count_ci(whole, e['network']) < 1:
                fail('%s: network %r' % (tag, e['network']))
            if e['place'] and count_ci(part, e['place']) != 1:
                fail('%s: place %r not once in its meeting' % (tag, e['place']))
            people = e['attendees'] + e['guests'] + e['absent']
            if len(set(people)) != len(people):
                fail('%s: someone twice' % tag)
            for p in people + e['chairs'] + [e['scribe']]:
                if p not in part:
                    fail('%s: %r not in its meeting' % (tag, p))
            for p in e['chairs'] + [e['scribe']]:
                if p not in e['attendees']:
                    fail('%s: %r is no attendee' % (tag, p))
            for group in ('attendees', 'absent'):
                pos = [part.find(p) for p in e[group]]
                if pos != sorted(pos):
                    fail('%s: %s not in written order' % (tag, group))
            for p in people:
                first = p.split()[0]
                if first_names.setdefault(first, p) != p:
                    fail('first name %r twice' % first)
                if first in banned:
                    fail('first name %r used in varied65-67' % first)
            # items
            starts = []
            for it in e['items']:
                tc = it['titleContains']
                if count_ci(part, tc) != 1 or count_ci(whole, tc) != 1:
                    fail('%s: titleContains %r occurs %d/%d times' % (tag, tc, count_ci(part, tc),
                                                                      count_ci(whole, tc)))
                if not it['title'].lower().find(tc.lower()) >= 0 or not any(it['title'] in l for l in lines):
                    fail('%s: title %r' % (tag, it['title']))
                starts.append(low.find(tc.lower()))
            if starts != sorted(starts):
                fail('%s: items out of order' % tag)
            end = low.find(END_MARKER[name])
            if count_ci(part, END_MARKER[name]) != 1 or end < starts[-1]:
                fail('%s: end marker' % tag)
            ends = starts[1:] + [end]
            for it, s0, s1 in zip(e['items'], starts, ends):
                seg = part[s0:s1]
                seg_lines = seg.split('\n')
                for kind, c, who in ([('statement', st['contains'], st['by']) for st in it['statements']]
                                     + ([('decision', it['decisionContains'], None)]
                                        if 'decisionContains' in it else [])):
                    p = low.find(c.lower())
                    if count_ci(part, c) != 1 or count_ci(whole, c) != 1:
                        fail('%s: %s %r not once' % (tag, kind, c))
                    elif not (s0 < p < s1):
                        fail('%s: %s %r outside its item' % (tag, kind, c))
                    if not any(c.lower() in l.lower() for l in lines):
                        fail('%s: %s %r not on one line' % (tag, kind, c))
                    if name.endswith('.pdf') and not any(c.lower() in l.lower() for l in T['printed']):
                        fail('%s: %s %r not on one printed line' % (tag, kind, c))
                    if kind == 'statement':
                        if who not in it['raisedBy']:
                            fail('%s: %r is no raiser' % (tag, who))
                        if who.split()[0].lower() not in low[s0:p]:
                            fail('%s: %r not named before %r' % (tag, who, c))
                        line = next((l for l in seg_lines if c.lower() in l.lower()), '')
                        for q in people:
                            if q not in it['raisedBy'] and line.startswith(q.split()[0] + ' '):
                                fail('%s: %r on a line of %s' % (tag, c, q))
                    else:
                        line = next((l for l in seg_lines if c.lower() in l.lower()), '')
                        if not DECISION.search(line):
                            fail('%s: decision %r not on a Beslut: line' % (tag, c))
                if 'decisionContains' not in it and any(DECISION.search(l) for l in seg_lines):
                    fail('%s: item %r has a Beslut: line' % (tag, it['title']))
                for r in it['raisedBy']:
                    if not any(st['by'] == r for st in it['statements']):
                        fail('%s: raiser %r without statement' % (tag, r))
                    if r not in seg:
                        fail('%s: raiser %r not in the item' % (tag, r))

    for t in textjson:
        name = t['file']
        T = texts[name]
        for s in t['mustContain']:
            if nfc(s) not in T['text']:
                fail('%s: mustContain %r missing' % (name, s))
        for s in t['mustNotContain']:
            if nfc(s) in T['text']:
                fail('%s: mustNotContain %r present' % (name, s))
            if not any(s in w for w in T['wrong']):
                fail('%s: mustNotContain %r is in no wrong reading' % (name, s))
        for s in t['exactlyOnce']:
            if count_ci(T['text'], nfc(s)) != 1:
                fail('%s: exactlyOnce %r occurs %d times' % (name, s, count_ci(T['text'], nfc(s))))

    # a rebuild gives identical bytes
    tmp = tempfile.mkdtemp()
    sys.dont_write_bytecode = True          # leave no __pycache__ next to build.py
    try:
        spec = importlib.util.spec_from_file_location('varied68_build', os.path.join(HERE, 'build.py'))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        mod.OUT = tmp
        for f in (mod.build_familjehem, mod.build_vinr, mod.build_falt, mod.build_oppenvard):
            f()
        for name in FILES:
            a = hashlib.sha256(open(os.path.join(DIR, name), 'rb').read()).hexdigest()
            b = hashlib.sha256(open(os.path.join(tmp, name), 'rb').read()).hexdigest()
            if a != b:
                fail('%s: a rebuild gives other bytes' % name)
    finally:
        shutil.rmtree(tmp)

    if failures:
        print('\n'.join(failures))
        sys.exit(1)
    print('ok')


if __name__ == '__main__':
    if len(sys.argv) > 1 and sys.argv[1] == '--dump':
        for name in FILES:
            lines = READERS[os.path.splitext(name)[1]](os.path.join(DIR, name))[0]
            print('=====', name)
            print('\n'.join(nfc(l) for l in lines))
    else:
        main()
