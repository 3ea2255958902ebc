#!/usr/bin/env python3
"""Builds the three PDF files of Tests/Fixtures/Layouts/varied53.

Standard library only. The PDF objects are written by hand (catalog, page
tree, pages, Flate-compressed content streams with BT/ET, Tf, Tm/Td, TJ/Tj,
rules drawn with m/l/S and re, info dictionary, cross-reference table and
trailer), with the unembedded standard fonts Helvetica, Helvetica-Bold,
Helvetica-Oblique, Times-Roman and Times-Bold in WinAnsiEncoding. Text is
measured with the Adobe AFM advance widths of those fonts (table below), so
line wrapping, justification, hyphenation, right alignment and centring are
what an exporter would produce. Nothing is random and the dates are fixed, so
a rebuild gives identical bytes.

Run from any directory:  python3 make/build.py
Set VARIED53_DEBUG=1 to print every laid-out line.
"""
import hashlib
import os
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
DEBUG = os.environ.get('VARIED53_DEBUG') == '1'

# --------------------------------------------------------------------------
# AFM advance widths (1/1000 em) for WinAnsiEncoding codes 32..255, taken from
# the Adobe Core 14 AFM files. Helvetica-Oblique has the widths of Helvetica.
# --------------------------------------------------------------------------
AFM_WIDTHS = {
    'Helvetica': [
        278,278,355,556,556,889,667,191,333,333,389,584,278,333,278,278,
        556,556,556,556,556,556,556,556,556,556,278,278,584,584,584,556,
        1015,667,667,722,722,667,611,778,722,278,500,667,556,833,722,778,
        667,778,722,667,611,722,667,944,667,667,611,278,278,278,469,556,
        333,556,556,500,556,556,278,556,556,222,222,500,222,833,556,556,
        556,556,333,500,278,556,500,722,500,500,500,334,260,334,584,0,
        556,0,222,556,333,1000,556,556,333,1000,667,333,1000,0,611,0,
        0,222,222,333,333,350,556,1000,333,1000,500,333,944,0,500,667,
        278,333,556,556,556,556,260,556,333,737,370,556,584,333,737,333,
        400,584,333,333,333,578,537,278,333,333,365,556,834,834,834,611,
        667,667,667,667,667,667,1000,722,667,667,667,667,278,278,278,278,
        722,722,778,778,778,778,778,584,778,722,722,722,722,667,667,611,
        556,556,556,556,556,556,889,500,556,556,556,556,278,278,278,278,
        556,556,556,556,556,556,556,584,611,556,556,556,556,500,556,500,
    ],
    'Helvetica-Bold': [
        278,333,474,556,556,889,722,238,333,333,389,584,278,333,278,278,
        556,556,556,556,556,556,556,556,556,556,333,333,584,584,584,611,
        975,722,722,722,722,667,611,778,722,278,556,722,611,833,722,778,
        667,778,722,667,611,722,667,944,667,667,611,333,278,333,584,556,
        333,556,611,556,611,556,333,611,611,278,278,556,278,889,611,611,
        611,611,389,556,333,611,556,778,556,556,500,389,280,389,584,0,
        556,0,278,556,500,1000,556,556,333,1000,667,333,1000,0,611,0,
        0,278,278,500,500,350,556,1000,333,1000,556,333,944,0,500,667,
        278,333,556,556,556,556,280,556,333,737,370,556,584,333,737,333,
        400,584,333,333,333,611,556,278,333,333,365,556,834,834,834,611,
        722,722,722,722,722,722,1000,722,667,667,667,667,278,278,278,278,
        722,722,778,778,778,778,778,584,778,722,722,722,722,667,667,611,
        556,556,556,556,556,556,889,556,556,556,556,556,278,278,278,278,
        611,611,611,611,611,611,611,584,611,611,611,611,611,556,611,556,
    ],
    'Times-Roman': [
        250,333,408,500,500,833,778,180,333,333,500,564,250,333,250,278,
        500,500,500,500,500,500,500,500,500,500,278,278,564,564,564,444,
        921,722,667,667,722,611,556,722,722,333,389,722,611,889,722,722,
        556,722,667,556,611,722,722,944,722,722,611,333,278,333,469,500,
        333,444,500,444,500,444,333,500,500,278,278,500,278,778,500,500,
        500,500,333,389,278,500,500,722,500,500,444,480,200,480,541,0,
        500,0,333,500,444,1000,500,500,333,1000,556,333,889,0,611,0,
        0,333,333,444,444,350,500,1000,333,980,389,333,722,0,444,722,
        250,333,500,500,500,500,200,500,333,760,276,500,564,333,760,333,
        400,564,300,300,333,510,453,250,333,300,310,500,750,750,750,444,
        722,722,722,722,722,722,889,667,611,611,611,611,333,333,333,333,
        722,722,722,722,722,722,722,564,722,722,722,722,722,722,556,500,
        444,444,444,444,444,444,667,444,444,444,444,444,278,278,278,278,
        500,500,500,500,500,500,500,564,500,500,500,500,500,500,500,500,
    ],
    'Times-Bold': [
        250,333,555,500,500,1000,833,278,333,333,500,570,250,333,250,278,
        500,500,500,500,500,500,500,500,500,500,333,333,570,570,570,500,
        930,722,667,722,722,667,611,778,778,389,500,778,667,944,722,778,
        611,778,722,556,667,722,722,1000,722,722,667,333,278,333,581,500,
        333,500,556,444,556,444,333,500,556,278,333,556,278,833,556,500,
        556,556,444,389,333,556,500,722,500,500,444,394,220,394,520,0,
        500,0,333,500,500,1000,500,500,333,1000,556,333,1000,0,667,0,
        0,333,333,500,500,350,500,1000,333,1000,389,333,722,0,444,722,
        250,333,500,500,500,500,220,500,333,747,300,500,570,333,747,333,
        400,570,300,300,333,601,540,250,333,300,330,500,750,750,750,500,
        722,722,722,722,722,722,1000,722,667,667,667,667,389,389,389,389,
        722,722,778,778,778,778,778,570,778,722,722,722,722,722,611,556,
        500,500,500,500,500,500,722,444,444,444,444,444,278,278,278,278,
        500,556,500,500,500,500,500,570,500,556,556,556,556,500,556,500,
    ],
}
AFM_WIDTHS['Helvetica-Oblique'] = AFM_WIDTHS['Helvetica']

HYPH = '~'      # a permitted hyphenation point in the source text
NBSP = '\u00a0'  # a space at which no line may be broken (printed as a space)


def enc(s):
    """Windows-1252 bytes of s (raises if a character is not in cp1252)."""
    return s.replace(NBSP, ' ').encode('cp1252')


def width(s, font, size):
    w = AFM_WIDTHS[font]
    return sum(w[c - 32] for c in enc(s.replace(HYPH, ''))) * size / 1000.0


def pdfstr(s):
    out = []
    for c in enc(s):
        if c in (0x28, 0x29, 0x5C):
            out.append('\\' + chr(c))
        elif c < 32 or c > 126:
            out.append('\\%03o' % c)
        else:
            out.append(chr(c))
    return '(' + ''.join(out) + ')'


def info_str(s):
    """A text string for the info dictionary: ASCII literal or UTF-16BE hex."""
    try:
        s.encode('ascii')
        return pdfstr(s)
    except UnicodeEncodeError:
        return '<FEFF' + s.encode('utf-16-be').hex().upper() + '>'


def num(v):
    s = ('%.3f' % v).rstrip('0').rstrip('.')
    return '0' if s in ('-0', '') else s


# --------------------------------------------------------------------------
# Pages and the PDF file
# --------------------------------------------------------------------------
class Page:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.groups = {}
        self.order = []

    def add(self, group, op):
        if group not in self.groups:
            self.groups[group] = []
            self.order.append(group)
        self.groups[group].append(op)

    def content(self, order=None):
        order = order or self.order
        missing = [g for g in self.order if g not in order]
        return ''.join(''.join(self.groups[g]) for g in list(order) + missing
                       if g in self.groups)


class Doc:
    def __init__(self, style, fonts, info, page_w, page_h, lang='sv-SE'):
        self.style = style          # 'word' or 'lo': how text objects are written
        self.fonts = fonts          # font name -> resource name
        self.info = info
        self.pw, self.ph = page_w, page_h
        self.lang = lang
        self.pages = []
        self.emit_order = {}        # page index -> list of group names

    def new_page(self):
        p = Page(self.pw, self.ph)
        self.pages.append(p)
        return p

    # -- drawing ---------------------------------------------------------
    def rule(self, page, group, x1, y1, x2, y2, lw=0.5, gray=0):
        page.add(group, 'q %s w %s G %s %s m %s %s l S Q\n' % (
            num(lw), num(gray), num(x1), num(y1), num(x2), num(y2)))

    def box(self, page, group, x, y, w, h, lw=0.5, fill=None):
        if fill is not None:
            page.add(group, 'q %s %s %s rg %s %s %s %s re f Q\n' % (
                num(fill[0]), num(fill[1]), num(fill[2]), num(x), num(y), num(w), num(h)))
        else:
            page.add(group, 'q %s w 0 G %s %s %s %s re S Q\n' % (
                num(lw), num(x), num(y), num(w), num(h)))

    def text(self, page, group, x, y, segs, size, extra=0.0, gray=None):
        """One line of text. segs: list of (font, text). extra: additional
        advance after every space (justification), written as TJ numbers."""
        parts = []
        cur_font = None
        for font, t in segs:
            if not t:
                continue
            tf = '/%s %s Tf\n' % (self.fonts[font], num(size))
            if font != cur_font:
                parts.append(tf)
                cur_font = font
            if extra:
                pieces = t.split(' ')
                arr = []
                for i, pc in enumerate(pieces):
                    last = i == len(pieces) - 1
                    s = pc if last else pc + ' '
                    if s:
                        arr.append(pdfstr(s))
                    if not last:
                        arr.append(num(-extra * 1000.0 / size))
                parts.append('[' + ''.join(arr) + ']TJ\n')
            elif self.style == 'word':
                parts.append('[' + pdfstr(t) + ']TJ\n')
            else:
                parts.append(pdfstr(t) + 'Tj\n')
        color = '' if gray is None else '%s g\n' % num(gray)
        if self.style == 'word':
            op = 'BT\n%s1 0 0 1 %s %s Tm\n%sET\n' % (color, num(x), num(y), ''.join(parts))
        else:
            op = 'BT\n%s%s %s Td %sET\n' % (color, num(x), num(y), ''.join(parts))
        if gray is not None:
            op = 'q\n' + op + 'Q\n'
        page.add(group, op)

    # -- output ----------------------------------------------------------
    def write(self, path):
        objs = []

        def add(body):
            objs.append(body)
            return len(objs)

        catalog = add(None)
        pages_id = add(None)
        font_ids = {}
        for font, res in self.fonts.items():
            font_ids[res] = add('<< /Type /Font /Subtype /Type1 /BaseFont /%s '
                                '/Encoding /WinAnsiEncoding >>' % font)
        fontdict = ' '.join('/%s %d 0 R' % (r, i) for r, i in font_ids.items())
        kids = []
        for n, p in enumerate(self.pages):
            data = p.content(self.emit_order.get(n)).encode('latin-1')
            comp = zlib.compress(data, 9)
            cid = add(b'<< /Filter /FlateDecode /Length %d >>\nstream\n' % len(comp)
                      + comp + b'\nendstream')
            pid = add('<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %s %s] '
                      '/Resources << /Font << %s >> /ProcSet [/PDF /Text] >> '
                      '/Contents %d 0 R /Group << /Type /Group /S /Transparency '
                      '/CS /DeviceRGB >> /Tabs /S >>'
                      % (pages_id, num(p.w), num(p.h), fontdict, cid))
            kids.append(pid)
        objs[catalog - 1] = ('<< /Type /Catalog /Pages %d 0 R /Lang (%s) '
                             '/ViewerPreferences << /DisplayDocTitle true >> >>'
                             % (pages_id, self.lang))
        objs[pages_id - 1] = '<< /Type /Pages /Count %d /Kids [%s] >>' % (
            len(kids), ' '.join('%d 0 R' % k for k in kids))
        info_id = add('<< ' + ' '.join('/%s %s' % (k, v if k.endswith('Date') else info_str(v))
                                       for k, v in self.info) + ' >>')

        out = bytearray(b'%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')
        offsets = []
        for i, body in enumerate(objs, 1):
            offsets.append(len(out))
            b = body if isinstance(body, bytes) else body.encode('latin-1')
            out += b'%d 0 obj\n' % i + b + b'\nendobj\n'
        xref = len(out)
        out += b'xref\n0 %d\n0000000000 65535 f\r\n' % (len(objs) + 1)
        for o in offsets:
            out += b'%010d 00000 n\r\n' % o
        fid = hashlib.md5(bytes(out)).hexdigest().upper()
        out += (b'trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\n'
                % (len(objs) + 1, catalog, info_id, fid.encode(), fid.encode()))
        out += b'startxref\n%d\n%%%%EOF\n' % xref
        with open(path, 'wb') as fh:
            fh.write(bytes(out))


# --------------------------------------------------------------------------
# Paragraph text: runs -> words -> lines
# --------------------------------------------------------------------------
def words_of(runs):
    """runs: list of (font, text). A word is a list of (font, text) pieces;
    words are separated by ordinary spaces."""
    words = [[]]
    for font, t in runs:
        parts = t.split(' ')
        for i, pc in enumerate(parts):
            if i > 0:
                words.append([])
            if pc:
                words[-1].append((font, pc))
    return [w for w in words if w]


def word_width(word, size):
    return sum(width(t, f, size) for f, t in word)


def strip_h(word):
    return [(f, t.replace(HYPH, '')) for f, t in word]


def wrap(runs, size, avail):
    """Greedy line breaking as word processors do it, with hyphenation only
    at the points marked with HYPH. avail(i) gives the width of line i.
    Returns a list of (words, hyphenated) per line."""
    lines = []
    cur, curw = [], 0.0
    queue = words_of(runs)
    while queue:
        word = queue.pop(0)
        ww = word_width(strip_h(word), size)
        a = avail(len(lines))
        if not cur:
            cur, curw = [word], ww
            continue
        sw = width(' ', cur[-1][-1][0], size)
        if curw + sw + ww <= a + 0.01:
            cur.append(word)
            curw += sw + ww
            continue
        # try to hyphenate a single-font word at a marked point
        done = False
        if len(word) == 1 and HYPH in word[0][1]:
            font, t = word[0]
            cuts = [i for i, ch in enumerate(t) if ch == HYPH]
            for c in reversed(cuts):
                head = t[:c].replace(HYPH, '') + '-'
                if curw + sw + width(head, font, size) <= a + 0.01:
                    cur.append([(font, head)])
                    lines.append((cur, True))
                    queue.insert(0, [(font, t[c + 1:])])
                    cur, curw = [], 0.0
                    done = True
                    break
        if not done:
            lines.append((cur, False))
            cur, curw = [word], ww
    if cur:
        lines.append((cur, False))
    return [([strip_h(w) for w in ws], h) for ws, h in lines]


def line_segs(words):
    segs = []
    for i, w in enumerate(words):
        for j, (f, t) in enumerate(w):
            if i > 0 and j == 0:
                sf = words[i - 1][-1][0]
                if segs and segs[-1][0] == sf:
                    segs[-1] = (sf, segs[-1][1] + ' ')
                else:
                    segs.append((sf, ' '))
            if segs and segs[-1][0] == f:
                segs[-1] = (f, segs[-1][1] + t)
            else:
                segs.append((f, t))
    return segs


def segs_width(segs, size):
    return sum(width(t, f, size) for f, t in segs)


LOG = []


def log(tag, page_no, segs):
    LOG.append((tag, page_no, ''.join(t for f, t in segs).replace(NBSP, ' ')))


# --------------------------------------------------------------------------
# A flow of paragraphs through frames (one frame per page or per column)
# --------------------------------------------------------------------------
class Flow:
    def __init__(self, doc, frames, tag):
        """frames: a callable n -> (page, group, x, width, top, bottom)
        giving the n-th frame, creating pages as needed."""
        self.doc = doc
        self.frame_fn = frames
        self.n = 0
        self.frame = frames(0)
        self.y = self.frame[4]
        self.tag = tag

    def next_frame(self):
        self.n += 1
        self.frame = self.frame_fn(self.n)
        self.y = self.frame[4]

    def page_no(self):
        return self.doc.pages.index(self.frame[0]) + 1

    def room(self):
        return self.y - self.frame[5]

    def space(self, pts):
        if self.y != self.frame[4]:
            self.y -= pts

    def para(self, runs, size, leading, align='left', before=0.0, after=0.0,
             left=0.0, first=0.0, keep_next=0.0, label=None, right=0.0,
             widow=2):
        """Lay out one paragraph. left: indent of all lines; first: extra
        indent of the first line (negative for a hanging indent); label:
        (font, text, x_offset) printed on the first line's baseline (list
        numbers, bullets, margin labels). keep_next: room to keep for what
        follows (headings)."""
        if self.y != self.frame[4]:
            self.y -= before
        fw = self.frame[3]

        def avail(i):
            return fw - left - right - (first if i == 0 else 0)

        lines = wrap(runs, size, avail)
        i = 0
        while i < len(lines):
            fit = int((self.room() + 0.01) // leading)
            remaining = len(lines) - i
            if remaining <= fit:
                if keep_next and i == 0 and self.room() - remaining * leading < keep_next \
                        and self.y != self.frame[4]:
                    self.next_frame()
                    continue
                take = remaining
            else:
                take = fit
                if remaining - take < widow:
                    take = remaining - widow
                if i == 0 and take < widow:
                    take = 0
                if take <= 0:
                    self.next_frame()
                    continue
            for k in range(i, i + take):
                words, hyph = lines[k]
                segs = line_segs(words)
                base = self.y - leading * 0.78
                x = self.frame[2] + left + (first if k == 0 else 0)
                a = avail(k)
                extra = 0.0
                nat = segs_width(segs, size)
                if align == 'justify' and k != len(lines) - 1:
                    nsp = sum(t.count(' ') for f, t in segs)
                    if nsp:
                        extra = (a - nat) / nsp
                elif align == 'right':
                    x += a - nat
                elif align == 'center':
                    x += (a - nat) / 2
                if k == 0 and label:
                    lf, lt, lx = label
                    self.doc.text(self.frame[0], self.frame[1], self.frame[2] + lx, base,
                                  [(lf, lt)], size)
                self.doc.text(self.frame[0], self.frame[1], x, base, segs, size, extra)
                log(self.tag + ('-H' if hyph else ''), self.page_no(),
                    ([(label[0], label[1] + ' | ')] if (k == 0 and label) else []) + segs)
                self.y -= leading
            i += take
            if i < len(lines):
                self.next_frame()
        self.y -= after


# ==========================================================================
# 1. Word "Spara som PDF": running header, table with grid, numbered headings
# ==========================================================================
F1_NAME = 'nyanlanda_word_tabell.pdf'
F1_NETWORK = 'Nätverket för nyanlända barn och unga'

B = 'Helvetica-Bold'
R_ = 'Helvetica'

F1_ROUND = [
    ('Helsingborg', 'Färre barn anvisas än för ett år sedan, men fler kommer nu genom '
     'familje~åter~förening och behöver stöd i skolan under den första tiden.'),
    ('Höganäs', 'Stödboendet i Nyhamnsläge har lagts ned, kommunen köper platser.'),
    ('Landskrona', 'Enheten får en ny chef från den 1 mars. Khaled är tillförordnad fram till dess.'),
    ('Ängelholm', 'Fyra ungdomar väntar fortfarande på beslut i sina asylärenden och oroar sig för '
     'vad som händer när de fyller 18, se punkt 2.'),
    ('Bjuv', 'Det är svårt att hitta gode män, se punkt 4.'),
    ('Klippan', 'Lugnt just nu, två placeringar i familjehem och en i stödboende.'),
    ('Åstorp', 'Samarbetar med Bjuv om en gemensam samordnare för nyanlända elever.'),
]

F1_ITEMS = [
    ('Runda', [
        [(R_, 'Ümit hälsade alla välkomna. Var och en berättade kort om läget i sin kommun.')],
    ] + [[(R_, k + ': ' + t)] for k, t in F1_ROUND]),
    ('Unga som fyller 18 medan de väntar på beslut', [
        [(R_, 'Jörg Bergmann tog upp att Ängelholm har fyra ungdomar som fyller 18 under våren '
              'medan de fortfarande väntar på beslut om uppehålls~tillstånd. När de blir myndiga '
              'måste de enligt nuvarande regler lämna sitt stöd~boende och flytta till ett av '
              'Migrations~verkets boenden, ofta långt från skolan och från de kontakter som de har '
              'byggt upp. Han beskrev hur ungdomarna då riskerar att tappa både gymnasie~platsen och '
              'kontakten med sina gode män i samband med flytten, som ofta sker med bara några dagars '
              'varsel.')],
        [(R_, 'Jörg sa: ”Vi bygger upp ett nätverk runt dem i två år, och sedan försvinner de med en '
              'bussbiljett.”')],
        [(R_, 'Sevgi Aydemir frågade om kommunerna kan bevilja bistånd enligt social~tjänst~lagen så att '
              'ungdomarna kan bo kvar tills skolåret är slut.')],
        [(R_, 'Hélène Dufour höll med och berättade att Höganäs löste två liknande ärenden förra året '
              'genom att låta ungdomarna bo kvar i sina familjehem med stöd från social~tjänsten.')],
        [(B, 'Beslut:'), (R_, ' Jörg och Hélène tar fram en gemensam checklista för övergången vid '
                             '18 år, som skickas till nätverket senast den 20 mars.')],
    ]),
    ('Migrationsverkets nya arbetssätt för ensamkommande barn', [
        [(R_, 'Chidi Okoye från Migrationsverket berättade att myndigheten sedan januari samlar '
              'handläggningen av ärenden för ensamkommande barn i Skåne på mottagnings~enheten i '
              'Malmö. Syftet är kortare handläggnings~tider och färre byten av handläggare för barnen. '
              'Samtal med barn och gode män kan även i fortsättningen hållas i Helsingborg, men bara '
              'efter överens~kommelse med den ansvariga handläggaren.')],
        [(R_, 'För Skånes del har väntetiden från ansökan till det första samtalet sjunkit från '
              'drygt sju månader till knappt fyra under det senaste året.')],
        [(R_, 'Chidi sa: ”Ring oss hellre en gång för mycket än en gång för lite, särskilt när ett '
              'barn ska flytta.”')],
        [(R_, 'Tsegay Habte frågade vem kommunerna ska kontakta när ett barn byter boende mellan två '
              'kommuner. Chidi svarade att det är den handläggare som står i barnets senaste beslut.')],
        [(R_, 'Informationen noterades.')],
    ]),
    ('Gode män och särskilt förordnade vårdnadshavare', [
        [(R_, 'Sevgi Aydemir lyfte att det tar allt längre tid att få en god man förordnad i Bjuv, '
              'och att över~förmyndaren ibland behöver flera veckor innan ett nyanlänt barn har någon '
              'som kan företräda det. Under tiden får social~sekreterarna ta ett ansvar som egentligen '
              'inte är deras.')],
        [(R_, 'Hon sa: ”Barnet ska inte behöva vänta på en vuxen som får skriva under.”')],
        [(R_, 'Khaled Barakat berättade att Landskrona har haft samma problem och nu har en lista med '
              'reserver som över~förmyndar~enheten kan ringa in med kort varsel.')],
        [(R_, 'Ümit frågade om det vore möjligt att rekrytera gode män gemensamt inom Familjen '
              'Helsingborg.')],
        [(B, 'Beslut:'), (R_, ' Nätverket bjuder in överförmyndarenheten i Helsingborg till nästa '
                             'träff, och Sevgi förbereder frågorna.')],
    ]),
    ('Övriga frågor', [
        [(R_, 'Tsegay Habte berättade att Klippan söker två familjehem för ett syskonpar och gärna '
              'tar emot tips från de andra kommunerna.')],
        [(R_, 'Lieke Verhoeven påminde om Länsstyrelsens konferens om nyanlända barns hälsa den '
              '12 mars i Lund. Anmälan stänger den 27 februari.')],
        [(R_, 'Inga beslut.')],
    ]),
]

F1_TABLE = [
    ('Namn', 'Kommun', 'Närvarande'),
    ('Ümit Akgül', 'Helsingborg', 'Ja'),
    ('Hélène Dufour', 'Höganäs', 'Ja'),
    ('Khaled Barakat', 'Landskrona (ersätter Dorcas Osei)', 'Ja'),
    ('Dorcas Osei', 'Landskrona', 'Nej'),
    ('Jörg Bergmann', 'Ängelholm', 'Ja'),
    ('Sevgi Aydemir', 'Bjuv', 'Ja'),
    ('Tsegay Habte', 'Klippan', 'Ja'),
    ('Bence Nagy', 'Perstorp', 'Nej'),
    ('Lieke Verhoeven', 'Åstorp', 'Ja'),
    ('Chidi Okoye', 'Gäst, Migrationsverket, mottagningsenheten i Malmö', 'Ja, under punkt 3'),
]


def word_table(doc, flow, widths, rows, size, leading, pad_x=5.4, pad_y=2.6):
    page, group, x0 = flow.frame[0], flow.frame[1], flow.frame[2]
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    top = flow.y
    doc.rule(page, group, xs[0], top, xs[-1], top)
    y = top
    for ri, row in enumerate(rows):
        font = B if ri == 0 else R_
        cells = [wrap([(font, t)], size, lambda i, w=w: w - 2 * pad_x)
                 for t, w in zip(row, widths)]
        h = max(len(c) for c in cells) * leading + 2 * pad_y
        for ci, lines in enumerate(cells):
            for k, (words, hy) in enumerate(lines):
                segs = line_segs(words)
                doc.text(page, group, xs[ci] + pad_x, y - pad_y - leading * 0.78 - k * leading,
                         segs, size)
                log('cell', doc.pages.index(page) + 1, segs)
        y -= h
        doc.rule(page, group, xs[0], y, xs[-1], y)
        for x in xs:
            doc.rule(page, group, x, y + h, x, y)
    flow.y = y


def build_word_tabell():
    W, H = 595.32, 841.92
    L, R = 70.86, W - 70.86
    doc = Doc('word', {'Helvetica': 'F1', 'Helvetica-Bold': 'F2'}, [
        ('Title', 'Minnesanteckningar'),
        ('Author', 'Lieke Verhoeven'),
        ('Creator', 'Microsoft® Word för Microsoft 365'),
        ('CreationDate', "(D:20260206101522+01'00')"),
        ('ModDate', "(D:20260206101522+01'00')"),
        ('Producer', 'Microsoft® Word för Microsoft 365'),
    ], W, H)

    def frame(n):
        p = doc.new_page()
        return (p, 'body', L, R - L, H - 70.86, 70.86)

    flow = Flow(doc, frame, 'p')
    flow.para([(B, 'Minnesanteckningar från nätverksträffen')], 16, 19.5, after=8)
    for lab, val in [('Datum:', 'torsdag 5 februari 2026'), ('Tid:', '9.00–12.00'),
                     ('Plats:', 'Ängelholm, Stadshuset, sammanträdesrum Vegeholm'),
                     ('Ordförande:', 'Ümit Akgül, Helsingborg'),
                     ('Antecknare:', 'Lieke Verhoeven, Åstorp')]:
        flow.para([(R_, val)], 11, 13.4, left=85, label=(B, lab, 0))
    flow.para([(B, 'Deltagare')], 11, 13.4, before=10, after=4)
    word_table(doc, flow, [165, 150, 138.6], F1_TABLE, 11, 13.4)
    flow.para([(R_, 'Svalöv, Båstad och Örkelljunga hade ingen representant på träffen.')],
              11, 13.4, before=8, after=6)
    for n, (title, paras) in enumerate(F1_ITEMS, 1):
        flow.para([(B, title)], 12, 14.5, before=10, after=4, left=21.3,
                  label=(B, '%d.' % n, 0), keep_next=3 * 13.4)
        for runs in paras:
            flow.para(runs, 11, 13.4, align='justify', after=5)
    flow.para([(B, 'Nästa träff:'), (R_, ' torsdag 16 april 2026 kl. 9.00–12.00, Klippan, Forum, '
                                         'rum Bruksgården.')], 11, 13.4, before=10, after=6)

    total = len(doc.pages)
    for i, p in enumerate(doc.pages, 1):
        doc.text(p, 'header', L, H - 46.2, [(R_, F1_NETWORK)], 9)
        t = 'Minnesanteckningar'
        doc.text(p, 'header', R - width(t, R_, 9), H - 46.2, [(R_, t)], 9)
        doc.rule(p, 'header', L, H - 50.5, R, H - 50.5, lw=0.5)
        t = 'Sida %d av %d' % (i, total)
        doc.text(p, 'footer', (W - width(t, R_, 9)) / 2, 36.0, [(R_, t)], 9)
        log('header', i, [(R_, F1_NETWORK + ' | Minnesanteckningar')])
        log('footer', i, [(R_, t)])
        doc.emit_order[i - 1] = ['header', 'body', 'footer']
    doc.write(os.path.join(OUT, F1_NAME))


# ==========================================================================
# 2. Municipal protocol: § numbers and labels in a left margin column
# ==========================================================================
F2_NAME = 'barnahus_protokoll_marginal.pdf'
F2_NETWORK = 'Nätverket för barnahussamverkan'
F2_RUNNING = 'Protokoll – Nätverket för barnahussamverkan – 2025-11-25'

TR = 'Times-Roman'
TB = 'Times-Bold'

F2_HEAD = [
    ('Plats och tid', ['Bjuv, Kommunhuset, sammanträdesrum Gunnarstorp',
                       'tisdag 25 november 2025 kl. 13.00–15.30']),
    ('Närvarande', ['Dóra Takács, Helsingborg, ordförande',
                    'Søren Thorsen, Landskrona',
                    'Merve Koçak, Ängelholm',
                    'Anaïs Lefebvre, Höganäs',
                    'Emre Tosun, Svalöv',
                    'Vidar Holmgård, Båstad']),
    ('Övriga deltagare', ['Nilüfer Keskin, nätverkssekreterare, Helsingborg',
                          'Benoît Marchand, kriminalinspektör, sektionen för brott mot barn, Polisen i Nordvästra Skåne, § 14']),
    ('Frånvarande', ['Tünde Orbán, Klippan',
                     'Maël Ndiaye, Örkelljunga']),
    ('Sekreterare', ['Nilüfer Keskin']),
    ('Ordförande', ['Dóra Takács']),
    ('Justerare', ['Søren Thorsen']),
    ('Justering', ['Digitalt, senast tisdag 2 december 2025']),
    ('Paragrafer', ['§§ 12–17']),
]

# (number, title, [(kind, runs)]) where kind is 'p' (text) or 'beslut'
F2_PARAS = [
    (12, 'Val av justerare', [
        ('p', [(TR, 'Ordföranden föreslog att Søren Thorsen ska justera dagens protokoll.')]),
        ('beslut', [(TR, 'Nätverket utser Søren Thorsen att jämte ordföranden justera dagens '
                         'protokoll.')]),
    ]),
    (13, 'Information från kommunerna', [
        ('p', [(TR, 'Ledamöterna informerade kort om läget i sina kommuner.')]),
        ('r', [(TR, 'Helsingborg: Barnahuset har tagit emot 212 ärenden hittills i år, vilket är '
                    'fler än under hela förra året.')]),
        ('r', [(TR, 'Landskrona: En ny barnutredare med erfarenhet från barnahuset i Lund har '
                    'anställts.')]),
        ('r', [(TR, 'Ängelholm: Samverkansrutinen med skolan har reviderats och börjar gälla den '
                    '1 januari.')]),
        ('r', [(TR, 'Höganäs: Inget nytt sedan förra mötet.')]),
        ('r', [(TR, 'Svalöv: Två medarbetare går barnahusets grundutbildning i december.')]),
        ('r', [(TR, 'Båstad: Kommunen har ännu inte haft något ärende på barnahuset i år.')]),
        ('p', [(TR, 'Informationen antecknades.')]),
    ]),
    (14, 'Barnförhör och samråd på barnahuset', [
        ('p', [(TR, 'Benoît Marchand från Polisen i Nordvästra Skåne redogjorde för hur polisen '
                    'planerar barnförhören på barnahuset. Han berättade att tiden från anmälan '
                    'till förhör i genomsnitt är nio dagar i Nordvästra Skåne, men att det ibland '
                    'dröjer mer än tre veckor när socialtjänsten inte har hunnit kontakta barnets '
                    'vårdnadshavare.')]),
        ('p', [(TR, 'Han betonade att samrådet före förhöret är socialtjänstens viktigaste tillfälle '
                    'att påverka planeringen och sa: ”Om vi inte vet att barnet har en trygg vuxen '
                    'i skolan kan vi inte ta hänsyn till det.”')]),
        ('p', [(TR, 'Merve Koçak frågade om socialtjänsten kan delta i samrådet via länk. Benoît '
                    'Marchand svarade att det går bra, men att polisen helst ser att handläggaren '
                    'är på plats i Helsingborg.')]),
        ('p', [(TR, 'Informationsärende, inget förslag till beslut.')]),
    ]),
    (15, 'Väntetid till läkarundersökning', [
        ('p', [(TR, 'Anaïs Lefebvre tog upp att barn från Höganäs som behöver en rättsmedicinsk '
                    'undersökning ofta får åka till Lund, eftersom läkaren bara finns på barnahuset '
                    'två dagar i veckan. Hon beskrev att resan blir en extra belastning för barn som '
                    'nyss har berättat om övergrepp, och att flera föräldrar har tackat nej till '
                    'undersökningen.')]),
        ('p', [(TR, 'Vidar Holmgård instämde och berättade att Båstad har haft ett liknande ärende '
                    'under hösten.')]),
        ('p', [(TR, 'Dóra Takács frågade om Region Skåne har planer på att utöka läkartiden. Anaïs '
                    'Lefebvre svarade att regionen ska utreda frågan under våren 2026.')]),
        ('beslut', [(TR, 'Nätverket ger Anaïs Lefebvre och Emre Tosun i uppdrag att skriva till '
                         'Region Skåne om behovet av läkare på barnahuset fler dagar i veckan. '
                         'Skrivelsen ska vara klar till nästa möte.')]),
    ]),
    (16, 'Stöd till föräldrar när utredningen är avslutad', [
        ('p', [(TR, 'Emre Tosun lyfte att föräldrar som inte är misstänkta ofta blir lämnade utan '
                    'stöd när barnahusärendet är avslutat och förundersökningen har lagts ned. I '
                    'Svalöv har tre familjer hört av sig under året och bett om hjälp att prata med '
                    'sina barn om det som har hänt.')]),
        ('p', [(TR, 'Emre sa att ”föräldrarna får veta allt om förhöret men ingenting om vad de ska '
                    'göra när de kommer hem”.')]),
        ('p', [(TR, 'Søren Thorsen frågade om någon kommun redan erbjuder en föräldragrupp för den '
                    'här målgruppen. Merve Koçak svarade att Ängelholm har en grupp, men att den '
                    'bara är öppen för kommunens egna invånare.')]),
        ('beslut', [(TR, 'Nätverket beslutar att Emre Tosun och Merve Koçak tar fram ett förslag '
                         'till en gemensam föräldragrupp för de mindre kommunerna, som redovisas '
                         'vid mötet i mars 2026.')]),
    ]),
    (17, 'Övriga frågor', [
        ('p', [(TR, 'Vidar Holmgård informerade om att Båstads socialtjänst flyttar till nya '
                    'lokaler i Förslöv den 15 december.')]),
        ('p', [(TR, 'Søren Thorsen påminde om att anmälan till Barnafrids webbutbildning om '
                    'barnahus ska vara inne senast den 10 december.')]),
        ('p', [(TR, 'Nästa möte hålls tisdag 27 januari 2026 kl. 13.00 i Höganäs, Stadshuset.')]),
        ('p', [(TR, 'Ordföranden tackade för visat intresse och förklarade mötet avslutat '
                    'kl. 15.25.')]),
    ]),
]


def build_protokoll_marginal():
    W, H = 595.32, 841.92
    ML, TX, R = 56.7, 198.45, 538.6
    LX = ML - TX                       # offset of the margin column from the text column
    doc = Doc('word', {'Times-Roman': 'F1', 'Times-Bold': 'F2'}, [
        ('Title', 'Protokoll'),
        ('Author', 'Nilüfer Keskin'),
        ('Creator', 'Microsoft® Word 2016'),
        ('CreationDate', "(D:20251128090412+01'00')"),
        ('ModDate', "(D:20251128090412+01'00')"),
        ('Producer', 'Microsoft® Word 2016'),
    ], W, H)

    def frame(n):
        p = doc.new_page()
        return (p, 'body', TX, R - TX, 772.0, 104.0)

    flow = Flow(doc, frame, 'p')
    p1 = flow.frame[0]
    doc.text(p1, 'body', ML, 757.0, [(TB, 'FAMILJEN HELSINGBORG')], 10)
    log('p', 1, [(TB, 'FAMILJEN HELSINGBORG')])
    flow.para([(TB, 'PROTOKOLL')], 16, 19)
    flow.para([(TR, F2_NETWORK)], 13, 16, after=14)
    for label, values in F2_HEAD:
        for k, v in enumerate(values):
            flow.para([(TR, v)], 12, 14.4, label=(TB, label, LX) if k == 0 else None,
                      before=6 if k == 0 else 0)
    flow.y -= 8
    doc.rule(p1, 'body', ML, flow.y, R, flow.y, lw=0.75)
    flow.y -= 4
    for no, title, parts in F2_PARAS:
        flow.para([(TB, title)], 12, 14.4, before=16, after=4, label=(TB, '§ %d' % no, LX),
                  keep_next=3 * 14.4)
        for kind, runs in parts:
            if kind == 'beslut':
                flow.para(runs, 12, 14.4, before=4, after=6, label=(TB, 'Beslut', LX))
            elif kind == 'r':
                flow.para(runs, 12, 14.4, after=2)
            else:
                flow.para(runs, 12, 14.4, after=6)
    # signatures
    if flow.room() < 150:
        flow.next_frame()
    page = flow.frame[0]
    pno = doc.pages.index(page) + 1
    y = flow.y - 30
    for x, label, name in [(TX, 'Sekreterare', 'Nilüfer Keskin'), (380.0, 'Ordförande', 'Dóra Takács')]:
        doc.text(page, 'sign', x, y, [(TR, label)], 12)
        doc.rule(page, 'sign', x, y - 38, x + 150, y - 38, lw=0.5)
        doc.text(page, 'sign', x, y - 52, [(TR, name)], 12)
    log('sign', pno, [(TR, 'Sekreterare | Ordförande')])
    log('sign', pno, [(TR, 'Nilüfer Keskin | Dóra Takács')])
    y -= 84
    doc.text(page, 'sign', TX, y, [(TR, 'Justerare')], 12)
    doc.rule(page, 'sign', TX, y - 38, TX + 150, y - 38, lw=0.5)
    doc.text(page, 'sign', TX, y - 52, [(TR, 'Søren Thorsen')], 12)
    log('sign', pno, [(TR, 'Justerare')])
    log('sign', pno, [(TR, 'Søren Thorsen')])

    total = len(doc.pages)
    for i, p in enumerate(doc.pages, 1):
        doc.text(p, 'top', ML, 800.0, [(TR, F2_RUNNING)], 10)
        t = '%d (%d)' % (i, total)
        doc.text(p, 'top', R - width(t, TR, 10), 800.0, [(TR, t)], 10)
        doc.rule(p, 'top', ML, 794.0, R, 794.0, lw=0.5)
        doc.box(p, 'bottom', ML, 40.0, 130.0, 36.0)
        doc.text(p, 'bottom', ML + 3, 68.0, [(TR, 'Justerandes signatur')], 8)
        doc.box(p, 'bottom', R - 130.0, 40.0, 130.0, 36.0)
        doc.text(p, 'bottom', R - 127.0, 68.0, [(TR, 'Utdragsbestyrkande')], 8)
        log('top', i, [(TR, F2_RUNNING + ' | ' + t)])
        log('bottom', i, [(TR, 'Justerandes signatur | Utdragsbestyrkande')])
        doc.emit_order[i - 1] = ['top', 'body', 'sign', 'bottom']
    doc.write(os.path.join(OUT, F2_NAME))


# ==========================================================================
# 3. Newsletter-like template, two columns, text objects out of reading order
# ==========================================================================
F3_NAME = 'beroendevard_tvaspaltig.pdf'
F3_NETWORK = 'Beroendevårdsnätverket'
F3_FOOTER = 'Beroendevårdsnätverket · Familjen Helsingborg'

HO = 'Helvetica-Oblique'

F3_PRESENT = ['Gökhan Aksu', 'Conceição Almeida', 'Jørgen Sørlie', 'Habiba Rezaie',
              'Kaan Ertürk', 'Dörte Hellwig', 'Íñigo Salazar']
F3_EXCUSED = ['Ranya Saab', 'Pál Dobos']

# items: (title, [paragraph]) ; a paragraph is (kind, runs), kind 'p', 'b' (bullet)
F3_ITEMS = [
    ('Runda', [
        ('p', [(TR, 'Alla berättade kort om läget hemma.')]),
        ('p', [(TR, 'Helsingborg: Öppenvården möter fler unga med kokainproblem sedan i somras.')]),
        ('p', [(TR, 'Höganäs: En ny behandlare börjar i spelgruppen i november.')]),
        ('p', [(TR, 'Ängelholm: Väntetiden till ett första samtal är nere i två veckor.')]),
        ('p', [(TR, 'Klippan: Återfallsgruppen körs i höst tillsammans med Perstorp.')]),
        ('p', [(TR, 'Perstorp: Har en pågående LVM-utredning och vill gärna bolla den med någon '
                    'efter mötet.')]),
        ('p', [(TR, 'Landskrona: Mottagningen flyttar till nya lokaler vid Järnvägsgatan i januari.')]),
        ('p', [(TR, 'Svalöv: Inget nytt att rapportera.')]),
    ]),
    ('Samsjuklighet och remisser till psykiatrin', [
        ('p', [(TR, 'Zoë Wennström från beroendemottagningen berättade att psykiatrin och '
                    'kommunernas öppenvård ofta utreder samma person parallellt utan att veta om '
                    'varandra. Hon visade att nästan hälften av remisserna från kommunerna saknar '
                    'uppgifter om pågående insatser, och att det gör att patienterna får vänta längre '
                    'på en bedömning.')]),
        ('p', [(TR, 'Zoë sa: ”Vi vill inte ha fler remisser, vi vill ha bättre remisser.”')]),
        ('p', [(TR, 'Kaan Ertürk frågade om mottagningen kan ta emot remisser digitalt. Zoë svarade '
                    'att det ska gå från årsskiftet.')]),
        ('p', [(TR, 'Conceição Almeida höll med om att samordningen brister och berättade om en '
                    'klient som fick tre kallelser till tre olika mottagningar samma vecka. Hon menade att '
                    'kommunerna själva borde kunna göra mer innan remissen skickas.')]),
        ('p', [(TR, 'Informationen noterades.')]),
    ]),
    ('Spelberoende i de mindre kommunerna', [
        ('p', [(TR, 'Jørgen Sørlie tog upp att Höganäs under året har fått fler ansökningar om stöd '
                    'vid spelberoende än någonsin tidigare, men att kunskapen om spel om pengar är '
                    'ojämnt spridd mellan kommunerna. Han föreslog tre saker:')]),
        ('b', [(TR, 'en gemensam utbildningsdag för handläggare och behandlare,')]),
        ('b', [(TR, 'en kontaktperson för spelfrågor i varje kommun,')]),
        ('b', [(TR, 'information om stödet på fler språk på kommunernas webbplatser.')]),
        ('p', [(TR, 'Jørgen sa: ”Spelskulderna kommer fram först när hyran inte är betald.”')]),
        ('p', [(TR, 'Dörte Hellwig höll med och berättade att Perstorp har två pågående ärenden där '
                    'spelandet upptäcktes av en budget- och skuldrådgivare.')]),
        ('p', [(TB, 'Beslut:'), (TR, ' Jørgen och Dörte planerar en utbildningsdag om spelberoende '
                                    'för hela nätverket, som ska hållas före den 1 mars.')]),
    ]),
    ('Unga vuxna och kokain', [
        ('p', [(TR, 'Conceição Almeida lyfte att allt fler unga vuxna i Helsingborg söker hjälp för '
                    'kokain, ofta genom sina föräldrar, och att öppenvårdens grupper är byggda för '
                    'äldre personer med alkoholproblem.')]),
        ('p', [(TR, 'Conceição sa: ”De unga vill inte sitta i en ring med folk som har druckit i '
                    'trettio år.”')]),
        ('p', [(TR, 'Gökhan Aksu frågade om någon kommun har ett program särskilt för den här '
                    'gruppen. Habiba Rezaie svarade att Ängelholm provar ett digitalt program under '
                    'hösten.')]),
        ('p', [(TB, 'Beslut:'), (TR, ' Conceição och Habiba sammanställer vilka insatser för unga '
                                    'vuxna som finns i nordväst och skickar ut listan före nästa träff.')]),
    ]),
    ('Övriga frågor', [
        ('p', [(TR, 'Habiba Rezaie berättade att Ängelholm söker en erfaren behandlare med '
                    'inriktning mot ungdomar och unga vuxna.')]),
        ('p', [(TR, 'Kaan Ertürk påminde om att ansökan om Länsstyrelsens utvecklingsmedel för '
                    'ANDT-arbete ska vara inne senast den 30 november.')]),
    ]),
]


def build_tvaspaltig():
    W, H = 595.28, 841.89
    M = 42.5
    GUT = 18.0
    CW = (W - 2 * M - GUT) / 2
    doc = Doc('lo', {'Times-Roman': 'F1', 'Times-Bold': 'F2', 'Helvetica': 'F3',
                     'Helvetica-Bold': 'F4', 'Helvetica-Oblique': 'F5'}, [
        ('Title', 'Beroendevårdsnätverket – anteckningar'),
        ('Creator', 'Writer'),
        ('Producer', 'LibreOffice 7.6'),
        ('CreationDate', "(D:20251015134407+02'00')"),
    ], W, H)

    def frame(n):
        pi, col = divmod(n, 2)
        while len(doc.pages) <= pi:
            doc.new_page()
        p = doc.pages[pi]
        top = 712.0 if pi == 0 else 800.0
        return (p, 'colL' if col == 0 else 'colR', M + col * (CW + GUT), CW, top, 60.0)

    flow = Flow(doc, frame, 'c')
    p1 = doc.pages[0]
    # full-width band, title and facts line
    doc.box(p1, 'band', 0, 768.0, W, H - 768.0, fill=(0.118, 0.337, 0.365))
    doc.text(p1, 'band', M, 801.0, [(B, F3_NETWORK)], 24, gray=1)
    doc.text(p1, 'band', M, 780.0, [(R_, 'Anteckningar från nätverksträffen')], 12, gray=1)
    facts = 'Träff 14 oktober 2025 · kl. 9.30–12.00 · Landskrona, Stadshuset, rum Karlsvärd'
    doc.text(p1, 'band', M, 746.0, [(R_, facts)], 10.5)
    chair = [(B, 'Ordförande:'), (R_, ' Gökhan Aksu, Landskrona  ·  '),
             (B, 'Antecknare:'), (R_, ' Íñigo Salazar, Svalöv')]
    doc.text(p1, 'band', M, 731.0, chair, 10.5)
    doc.rule(p1, 'band', M, 722.0, W - M, 722.0, lw=0.75, gray=0.4)
    for segs in ([(B, F3_NETWORK)], [(R_, 'Anteckningar från nätverksträffen')], [(R_, facts)], chair):
        log('band', 1, segs)

    # attendance: two lists side by side, no rules
    x2 = 132.0
    lead = 12.6
    y = flow.y
    page, group, x = flow.frame[0], flow.frame[1], flow.frame[2]
    doc.text(page, group, x, y - lead * 0.78, [(TB, 'Närvarande')], 10.5)
    doc.text(page, group, x + x2, y - lead * 0.78, [(TB, 'Förhinder')], 10.5)
    log('table', 1, [(TB, 'Närvarande | Förhinder')])
    for i in range(max(len(F3_PRESENT), len(F3_EXCUSED))):
        y -= lead
        row = []
        if i < len(F3_PRESENT):
            doc.text(page, group, x, y - lead * 0.78, [(TR, F3_PRESENT[i])], 10.5)
            row.append(F3_PRESENT[i])
        else:
            row.append('')
        if i < len(F3_EXCUSED):
            doc.text(page, group, x + x2, y - lead * 0.78, [(TR, F3_EXCUSED[i])], 10.5)
            row.append(F3_EXCUSED[i])
        log('table', 1, [(TR, ' | '.join(row))])
    flow.y = y - lead - 6
    flow.para([(TB, 'Gäst:'), (TR, ' Zoë Wennström, beroendemottagningen i Helsingborg, '
                                    'Region Skåne, under punkten om samsjuklighet.')],
              10.5, lead, align='left', after=8)

    for title, paras in F3_ITEMS:
        first = True
        for kind, runs in paras:
            if first:
                runs = [(TB, title + '.'), (TR, ' ')] + runs
                flow.para(runs, 10.5, lead, align='justify', before=8, after=3, keep_next=lead)
                first = False
            elif kind == 'b':
                flow.para(runs, 10.5, lead, align='left', left=14, label=(TR, '•', 4), after=1)
            else:
                flow.para(runs, 10.5, lead, align='justify', after=3)
    flow.para([(TB, 'Nästa träff:'), (TR, ' tisdag 9 december 2025 kl. 9.30–12.00 i Svalöv, '
                                         'Kommunhuset.')], 10.5, lead, before=10)

    total = len(doc.pages)
    for i, p in enumerate(doc.pages, 1):
        doc.rule(p, 'footer', M, 44.0, W - M, 44.0, lw=0.5, gray=0.4)
        doc.text(p, 'footer', M, 32.0, [(R_, F3_FOOTER)], 8)
        t = '%d / %d' % (i, total)
        doc.text(p, 'footer', W - M - width(t, R_, 8), 32.0, [(R_, t)], 8)
        log('footer', i, [(R_, F3_FOOTER + ' | ' + t)])
        # written as exporters do it: footer and right column first
        doc.emit_order[i - 1] = (['footer', 'colR', 'band', 'colL'] if i == 1
                                 else ['colR', 'colL', 'footer'])
    doc.write(os.path.join(OUT, F3_NAME))


def main():
    for build in (build_word_tabell, build_protokoll_marginal, build_tvaspaltig):
        del LOG[:]
        build()
        if DEBUG:
            for tag, pno, text in LOG:
                print('%-8s %d  %s' % (tag, pno, text))


if __name__ == '__main__':
    main()
