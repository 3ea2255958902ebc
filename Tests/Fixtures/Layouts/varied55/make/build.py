#!/usr/bin/env python3
"""Writes the four PDF fixtures of Tests/Fixtures/Layouts/varied55.

Python 3 standard library only. Every PDF object is written here by hand:
catalog, page tree, pages (portrait A4 and one landscape A4 page), Flate-
compressed content streams (BT/ET, Tf, Tm, Tj/TJ with literal or hex
strings, rg/g colours, re/f, m/l/S, cm), link annotations with URI actions,
font dictionaries for the standard 14 fonts Helvetica, Helvetica-Bold,
Times-Roman and Times-Bold with /WinAnsiEncoding and /Widths, the info
dictionary, the cross-reference table and the trailer. Text is measured with
the Adobe AFM advance widths of those fonts (tables below), so wrapping,
right alignment and table cells come out as the producing programs would lay
them out. Nothing is random and all dates are fixed, so a rebuild gives
identical bytes.

Run from any directory:  python3 make/build.py
Set VARIED55_DEBUG=1 to print every laid-out line with its page.
"""
import hashlib
import os
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
DEBUG = os.environ.get('VARIED55_DEBUG') == '1'

# --------------------------------------------------------------------------
# AFM advance widths (1/1000 em) for WinAnsiEncoding codes 32..255, from the
# Adobe Core 14 AFM files (codes that WinAnsi leaves undefined are 0).
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

H = 'Helvetica'
HB = 'Helvetica-Bold'
TR = 'Times-Roman'
TB = 'Times-Bold'


def enc(s):
    """Windows-1252 bytes of s (raises if a character is not in cp1252)."""
    return s.encode('cp1252')


def width(s, font, size):
    w = AFM_WIDTHS[font]
    return sum(w[c - 32] for c in enc(s)) * size / 1000.0


def num(v):
    s = ('%.2f' % v).rstrip('0').rstrip('.')
    return '0' if s in ('-0', '') else s


def lit(s):
    out = []
    for c in enc(s):
        if c in (0x28, 0x29, 0x5C):
            out.append('\\' + chr(c))
        elif c < 32 or c > 126:
            out.append('\\%03o' % c)
        else:
            out.append(chr(c))
    return '(' + ''.join(out) + ')'


def hexs(s):
    return '<' + enc(s).hex().upper() + '>'


def info_str(s):
    try:
        s.encode('ascii')
        return lit(s)
    except UnicodeEncodeError:
        return '<FEFF' + s.encode('utf-16-be').hex().upper() + '>'


def rgb_hex(h):
    return tuple(int(h[i:i + 2], 16) / 255.0 for i in (0, 2, 4))


BLACK = (0.0, 0.0, 0.0)

# --------------------------------------------------------------------------
# Logging of the laid-out lines (debug) and of the logical text units
# --------------------------------------------------------------------------
LOG = []
UNITS = []      # the logical text units of the file being built, in reading order


def log(page_no, text):
    LOG.append((page_no, text))


def unit(text):
    UNITS.append(text.replace(NBSP, ' '))


# --------------------------------------------------------------------------
# A page being drawn
# --------------------------------------------------------------------------
class Canvas:
    """Collects the operators of one page. style:
    'skia'   – Google Docs (Skia/PDF): the CTM is flipped once at the top of
               the stream (1 0 0 -1 0 h cm), text matrices are 1 0 0 -1 x y,
               strings are hex, underlines and strike-throughs are filled
               rectangles;
    'quartz' – macOS Quartz PDFContext (Pages): Tm per line, literal Tj;
    'word'   – Microsoft Word / Excel: Tm per line, literal strings in TJ."""

    def __init__(self, doc, w, h, style):
        self.doc = doc
        self.w, self.h = w, h
        self.style = style
        self.ops = []
        self.annots = []
        if style == 'skia':
            self.ops.append('1 0 0 -1 0 %s cm\n' % num(h))

    def y(self, y):
        return self.h - y if self.style == 'skia' else y

    def text(self, x, y, segs, size):
        """segs: list of (font, text, colour)."""
        parts = []
        cur_font, cur_col = None, BLACK
        for font, t, col in segs:
            if not t:
                continue
            if font != cur_font:
                parts.append('/%s %s Tf\n' % (self.doc.res(font), num(size)))
                cur_font = font
            if col != cur_col:
                parts.append('%s %s %s rg\n' % tuple(num(c) for c in col))
                cur_col = col
            if self.style == 'skia':
                parts.append(hexs(t) + ' Tj\n')
            elif self.style == 'quartz':
                parts.append(lit(t) + ' Tj\n')
            else:
                parts.append('[' + lit(t) + '] TJ\n')
        if self.style == 'skia':
            m = '1 0 0 -1 %s %s Tm\n' % (num(x), num(self.y(y)))
        else:
            m = '1 0 0 1 %s %s Tm\n' % (num(x), num(y))
        reset = '' if cur_col == BLACK else '0 0 0 rg\n'
        self.ops.append('BT\n' + m + ''.join(parts) + reset + 'ET\n')

    def fill(self, x, y, w, h, col):
        """A filled rectangle; (x, y) is the lower left corner in PDF space."""
        yy = self.y(y + h) if self.style == 'skia' else y
        self.ops.append('q %s %s %s rg %s %s %s %s re f Q\n' % (
            num(col[0]), num(col[1]), num(col[2]), num(x), num(yy), num(w), num(h)))

    def line(self, x1, y1, x2, y2, lw=0.5, col=BLACK):
        self.ops.append('q %s w %s %s %s RG %s %s m %s %s l S Q\n' % (
            num(lw), num(col[0]), num(col[1]), num(col[2]),
            num(x1), num(self.y(y1)), num(x2), num(self.y(y2))))

    def raw(self, s):
        self.ops.append(s)

    def link(self, x1, y1, x2, y2, uri):
        self.annots.append((x1, y1, x2, y2, uri))


class Doc:
    def __init__(self, fonts, info, version='1.4', lang=None):
        self.fonts = fonts                  # list of base font names
        self.info = info                    # list of (key, value)
        self.version = version
        self.lang = lang
        self.pages = []

    def res(self, font):
        return 'F%d' % (self.fonts.index(font) + 1)

    def new_page(self, w, h, style):
        c = Canvas(self, w, h, style)
        self.pages.append(c)
        return c

    def write(self, path):
        objs = []

        def add(body):
            objs.append(body)
            return len(objs)

        catalog = add(None)
        pages_id = add(None)
        font_ids = []
        for f in self.fonts:
            ws = AFM_WIDTHS[f]
            font_ids.append(add('<< /Type /Font /Subtype /Type1 /BaseFont /%s '
                                '/Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 255 '
                                '/Widths [%s] >>' % (f, ' '.join(str(v) for v in ws))))
        fontdict = ' '.join('/F%d %d 0 R' % (i + 1, fid) for i, fid in enumerate(font_ids))
        kids = []
        for p in self.pages:
            data = ''.join(p.ops).encode('latin-1')
            comp = zlib.compress(data, 9)
            cid = add(b'<< /Filter /FlateDecode /Length %d >>\nstream\n' % len(comp)
                      + comp + b'\nendstream')
            annot_ids = []
            for x1, y1, x2, y2, uri in p.annots:
                annot_ids.append(add('<< /Type /Annot /Subtype /Link /Rect [%s %s %s %s] '
                                     '/Border [0 0 0] /A << /Type /Action /S /URI /URI %s >> >>'
                                     % (num(x1), num(y1), num(x2), num(y2), lit(uri))))
            annots = ''
            if annot_ids:
                annots = ' /Annots [%s]' % ' '.join('%d 0 R' % a for a in annot_ids)
            pid = add('<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %s %s] '
                      '/Resources << /Font << %s >> /ProcSet [/PDF /Text] >> '
                      '/Contents %d 0 R%s >>'
                      % (pages_id, num(p.w), num(p.h), fontdict, cid, annots))
            kids.append(pid)
        lang = ' /Lang (%s)' % self.lang if self.lang else ''
        objs[catalog - 1] = '<< /Type /Catalog /Pages %d 0 R%s >>' % (pages_id, lang)
        objs[pages_id - 1] = '<< /Type /Pages /Count %d /Kids [%s] >>' % (
            len(kids), ' '.join('%d 0 R' % k for k in kids))
        info_id = add('<< ' + ' '.join('/%s %s' % (k, v if k.endswith('Date') else info_str(v))
                                       for k, v in self.info) + ' >>')

        out = bytearray(b'%%PDF-%s\n%%\xe2\xe3\xcf\xd3\n' % self.version.encode())
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
# Line breaking. A run is (font, text) or (font, text, attrs) where attrs is
# a dict with 'color', 'underline', 'link' or 'strike'. Words are separated
# by ordinary spaces; NBSP (U+00A0) is printed as a space but never breaks.
# --------------------------------------------------------------------------
NBSP = '\u00a0'


def norm_runs(runs):
    out = []
    for r in runs:
        if len(r) == 2:
            out.append((r[0], r[1], None))
        else:
            out.append(r)
    return out


def words_of(runs):
    words = [[]]
    for font, t, at in norm_runs(runs):
        parts = t.split(' ')
        for i, pc in enumerate(parts):
            if i > 0:
                words.append([])
            if pc:
                words[-1].append((font, pc, at))
    return [w for w in words if w]


def pw(font, t, size):
    return width(t.replace(NBSP, ' '), font, size)


def word_width(word, size):
    return sum(pw(f, t, size) for f, t, a in word)


def wrap(runs, size, avail):
    """Greedy line breaking. avail: a number or a function of the line index.
    Returns lines, each a list of pieces (font, text, attrs) with the spaces
    between words attached to the end of the previous piece."""
    if not callable(avail):
        a0 = avail
        avail = lambda i: a0
    lines, cur, curw = [], [], 0.0
    for word in words_of(runs):
        ww = word_width(word, size)
        if not cur:
            cur, curw = [word], ww
            continue
        sw = pw(cur[-1][-1][0], ' ', size)
        if curw + sw + ww <= avail(len(lines)) + 0.01:
            cur.append(word)
            curw += sw + ww
        else:
            lines.append(cur)
            cur, curw = [word], ww
    if cur:
        lines.append(cur)
    result = []
    for ws in lines:
        pieces = []
        for i, w in enumerate(ws):
            for j, (f, t, a) in enumerate(w):
                if i > 0 and j == 0:
                    pf, pt, pa = pieces[-1]
                    pieces[-1] = (pf, pt + ' ', pa)
                if pieces and pieces[-1][0] == f and pieces[-1][2] == a:
                    pieces[-1] = (f, pieces[-1][1] + t, a)
                else:
                    pieces.append((f, t, a))
        result.append(pieces)
    return result


def line_text(pieces):
    return ''.join(t for f, t, a in pieces).replace(NBSP, ' ')


def runs_text(runs):
    return ''.join(r[1] for r in runs).replace(NBSP, ' ')


def draw_line(cv, x, y, pieces, size, page_no, default_color=BLACK):
    """Draws one line of pieces; underlines, strike-throughs and link
    annotations are added for pieces that ask for them."""
    segs = []
    xx = x
    for f, t, a in pieces:
        a = a or {}
        col = a.get('color', default_color)
        tt = t.replace(NBSP, ' ')
        segs.append((f, tt, col))
        wdt = pw(f, t.rstrip(' '), size)
        if a.get('underline'):
            cv.fill(xx, y - size * 0.15, wdt, size * 0.07, col)
        if a.get('strike'):
            cv.fill(xx, y + size * 0.28, wdt, size * 0.07, col)
        if a.get('link'):
            cv.link(xx, y - size * 0.25, xx + wdt, y + size * 0.9, a['link'])
        xx += pw(f, t, size)
    cv.text(x, y, segs, size)
    log(page_no, line_text(pieces))


# --------------------------------------------------------------------------
# A single-column flow of paragraphs over pages
# --------------------------------------------------------------------------
class Flow:
    def __init__(self, new_page, top, bottom, x, w, first_top=None):
        self.new_page = new_page      # callable: page index -> Canvas
        self.top, self.bottom = top, bottom
        self.x, self.w = x, w
        self.n = 0
        self.cv = new_page(0)
        self.y = first_top if first_top is not None else top

    def break_page(self):
        self.n += 1
        self.cv = self.new_page(self.n)
        self.y = self.top

    def page_no(self):
        return self.n + 1

    def room(self):
        return self.y - self.bottom

    def para(self, runs, size, lead, left=0.0, first=0.0, before=0.0, after=0.0,
             keep=0.0, label=None, align='left', asc=0.78, on_line=None):
        """left: indent of all lines; first: extra indent of line 1; label:
        (font, text, x offset from the flow's x) drawn on the first line's
        baseline; keep: room to keep below the paragraph (headings);
        on_line(cv, x, base, width, k): called after each line."""
        if self.y != self.top:
            self.y -= before
        avail = lambda i: self.w - left - (first if i == 0 else 0)
        lines = wrap(runs, size, avail)
        unit(((label[1] + ' ') if label else '') + runs_text(runs))
        total = len(lines) * lead
        if self.room() < total + keep and self.y != self.top:
            if self.room() < lead * 2 + keep or len(lines) <= 3 or keep:
                self.break_page()
        for k, pieces in enumerate(lines):
            if self.room() < lead:
                self.break_page()
            base = self.y - lead * asc
            x = self.x + left + (first if k == 0 else 0)
            if align == 'right':
                x += avail(k) - pw_line(pieces, size)
            elif align == 'center':
                x += (avail(k) - pw_line(pieces, size)) / 2
            if k == 0 and label:
                lf, lt, lx = label
                self.cv.text(self.x + lx, base, [(lf, lt, BLACK)], size)
            draw_line(self.cv, x, base, pieces, size, self.page_no())
            if on_line:
                on_line(self.cv, x, base, avail(k), k)
            self.y -= lead
        self.y -= after
        return lines


def pw_line(pieces, size):
    return sum(pw(f, t, size) for f, t, a in pieces) - (
        pw(pieces[-1][0], ' ', size) if pieces and pieces[-1][1].endswith(' ') else 0)


# ==========================================================================
# 1. Google Docs, "Ladda ned som PDF"
# ==========================================================================
F1_NAME = 'feriejobb_google_docs.pdf'
DOCS_LINK = rgb_hex('1155cc')
DOCS_GREY = rgb_hex('666666')
DOCS_SHADE = rgb_hex('efefef')


def L(text, uri):
    return (H, text, {'color': DOCS_LINK, 'underline': True, 'link': uri})


F1_TABLE = [
    ('Maj-Lis Åkerman', 'Höganäs', 'Ordförande'),
    ('Nnamdi Okafor', 'Helsingborg', ''),
    ('Clémence Rydberg', 'Ängelholm', ''),
    ('Thabo Mokoena', 'Arbetsmiljöverket, region Syd', 'Gäst (punkt 2)'),
    ('Arbër Krasniqi', 'Landskrona', ''),
    ('Graça Monteiro', 'Båstad', ''),
    ('Loïc Andersson', 'Svalöv', ''),
    ('Siv-Marie Holmqvist', 'Klippan', 'Antecknare'),
]

# items: (heading, [paragraph runs | None for an empty line])
F1_ITEMS = [
    ('1. Runda – hur går rekryteringen?', [
        [(H, 'Alla berättade kort hur långt de har kommit med årets feriejobb.')],
        [(H, 'Helsingborg: 1 140 ansökningar hittills, ungefär lika många som i fjol.')],
        [(H, 'Höganäs: Har tappat två arbetsplatser inom hemtjänsten och letar nya.')],
        [(H, 'Ängelholm: Ansökan öppnar den 2 mars, se punkt 4 om handledarna.')],
        [(H, 'Landskrona: Vill erbjuda fler platser till unga med funktionsnedsättning.')],
        [(H, 'Båstad: Campingarna och golfklubbarna tar emot fler ungdomar än förra sommaren.')],
        [(H, 'Svalöv: Går över till en digital ansökan i år, se punkt 5.')],
        [(H, 'Klippan: Oförändrat, cirka 90 platser fördelade på tre perioder.')],
    ]),
    ('2. Arbetsmiljöregler för minderåriga', [
        [(H, 'Thabo Mokoena från Arbetsmiljöverket gick igenom vad som gäller när kommunerna '
             'anställer ungdomar under 18 år. Arbetsgivaren ska göra en riskbedömning innan '
             'ungdomen börjar, och den som är 13–15 år får bara ha lätta och ofarliga '
             'arbetsuppgifter. Han påpekade att ensamarbete hos brukare i hemtjänsten aldrig är '
             'tillåtet för den som är under 18 år.')],
        None,
        [(H, 'Thabo sa: ”Det är handledaren på plats som måste kunna reglerna, inte bara den som '
             'skriver under avtalet.”')],
        [(H, 'Arbër Krasniqi frågade om 15-åringar får arbeta i köket på ett äldreboende. Thabo '
             'svarade att det beror på vilka maskiner som används och hänvisade till sidan om '
             'minderårigas arbetsmiljö på '),
         L('www.av.se', 'https://www.av.se/arbetsmiljoarbete-och-inspektioner/minderarigas-arbetsmiljo/'),
         (H, '.')],
    ]),
    ('3. Timlön och arbetstider sommaren 2026', [
        [(H, 'Nnamdi Okafor tog upp att timlönerna skiljer sig med upp till 14 kronor mellan '
             'kommunerna i nordväst, och att ungdomar i Helsingborg har tackat nej till platser i '
             'grannkommunerna när de har fått veta lönen. Han ville att nätverket enas om vad '
             'kommunerna betalar 16- och 17-åringar och hur långa arbetsdagarna får vara.')],
        None,
        [(H, 'Nnamdi sa: ”Vi konkurrerar om samma ungdomar, då ska vi inte konkurrera med '
             'lönen.”')],
        [(H, 'Graça Monteiro höll med och sa att Båstad märker samma sak när kustens '
             'restauranger anställer.')],
        [(H, 'Maj-Lis frågade om lönen kan få skilja sig mellan olika arbetsuppgifter.')],
    ]),
    ('4. Introduktion för handledare', [
        [(H, 'Clémence Rydberg lyfte att många handledare på arbetsplatserna inte vet vad som '
             'förväntas av dem, och att ungdomarna därför ibland går sysslolösa de första '
             'dagarna. Ängelholm har tagit fram en kort handledarguide som hon delade under '
             'mötet: '),
         L('Handledarguide feriejobb 2026', 'https://docs.google.com/document/d/'
           '1hF3kqT8wZpLr5NvXc2YbA0sGmJ4eUoD7iRt9QyWnK6E/edit?usp=sharing'),
         (H, '.')],
        None,
        [(H, 'Clémence sa: ”En bra första dag avgör om ungdomen kommer tillbaka dag två.”')],
        [(H, 'Loïc Andersson frågade om guiden finns på fler språk än svenska.')],
        [(H, 'Siv-Marie Holmqvist sa att Klippan gärna använder guiden redan i sommar.')],
    ]),
    ('5. Övriga frågor', [
        [(H, 'Graça Monteiro berättade att Båstad söker fler arbetsplatser inom föreningslivet '
             'och gärna tar emot ungdomar från grannkommunerna.')],
        [(H, 'Loïc Andersson informerade om att Svalövs nya e-tjänst för ansökningar öppnar den '
             '9 mars och att de andra kommunerna är välkomna att titta på lösningen.')],
    ]),
]

# the checklist: (checked, text)
F1_CHECKS = [
    (False, 'Punkt 2: Varje kommun skickar sin mall för riskbedömning till Thabo Mokoena '
            'senast den 13 mars.'),
    (False, 'Punkt 3: Nnamdi och Graça tar fram en gemensam rekommendation om timlön för '
            'sommaren 2026 till nästa träff.'),
    (True, 'Punkt 4: Clémence lägger handledarguiden i den gemensamma mappen så att alla '
           'kommuner kan använda den i sommar.'),
]


def build_google_docs():
    W, Hh = 596.0, 842.0
    M = 72.0
    CW = W - 2 * M
    LEAD = 11 * 1.15 * 1.149           # Arial 11 pt, line spacing 1.15
    doc = Doc([H, HB], [
        ('Title', 'Anteckningar feriejobbsnätverket feb 2026'),
        ('Producer', 'Skia/PDF m133 Google Docs Renderer'),
    ], version='1.4')

    def page(n):
        return doc.new_page(W, Hh, 'skia')

    f = Flow(page, Hh - M, M, M, CW)
    asc = 0.74
    # Title (26 pt, not bold) and Subtitle (15 pt, grey)
    f.para([(H, 'Nätverket för feriejobb')], 26, 26 * 1.15 * 1.149, after=3, asc=asc)
    f.para([(H, 'Minnesanteckningar', {'color': DOCS_GREY})], 15, 15 * 1.15 * 1.149,
           after=16, asc=asc)
    f.para([(HB, 'Datum:'), (H, ' onsdag 4 februari 2026, kl. 13.00–15.30')], 11, LEAD, asc=asc)
    f.para([(HB, 'Plats:'), (H, ' Höganäs, Stadshuset, rum Lerberget')], 11, LEAD, asc=asc)
    f.para([(H, 'Presentationerna och anmälningslistan ligger i mappen '),
            L('Feriejobb nordväst 2026',
              'https://drive.google.com/drive/folders/1Qm7VbX4pLk2sT9dWcR8eJ0fHyN3aZ6uG'),
            (H, '.')], 11, LEAD, asc=asc)
    f.y -= LEAD
    f.para([(HB, 'Deltagare')], 11, LEAD, asc=asc, keep=LEAD * 3)

    # table without borders, shaded header row
    cols = [190.0, 140.0, CW - 330.0]
    pad = 5.0
    rows = [('Namn', 'Kommun', 'Roll')] + F1_TABLE
    for ri, row in enumerate(rows):
        font = HB if ri == 0 else H
        cells = [wrap([(font, c)], 11, cols[i] - 2 * pad) if c else [] for i, c in enumerate(row)]
        nl = max(1, max(len(c) for c in cells))
        hgt = nl * LEAD + 2 * pad
        if f.room() < hgt:
            f.break_page()
        if ri == 0:
            f.cv.fill(M, f.y - hgt, CW, hgt, DOCS_SHADE)
        x = M
        for i, c in enumerate(cells):
            for k, pieces in enumerate(c):
                base = f.y - pad - LEAD * asc - k * LEAD
                draw_line(f.cv, x + pad, base, pieces, 11, f.page_no())
            x += cols[i]
        unit(' | '.join(row))
        f.y -= hgt
    f.y -= LEAD
    f.para([(HB, 'Frånvarande:'), (H, ' Ylva-Li Sandberg (Bjuv), Gianluca Ferri (Örkelljunga)')],
           11, LEAD, asc=asc)
    f.para([(H, 'Åstorp och Perstorp hade inte anmält någon till träffen.')], 11, LEAD, asc=asc)

    H2 = 16 * 1.15 * 1.149
    for heading, paras in F1_ITEMS:
        f.para([(H, heading)], 16, H2, before=18, after=6, asc=asc, keep=LEAD * 2)
        for runs in paras:
            if runs is None:
                f.y -= LEAD
            else:
                f.para(runs, 11, LEAD, asc=asc)

    f.para([(H, 'Beslut och uppgifter')], 16, H2, before=18, after=6, asc=asc, keep=LEAD * 2)
    for checked, text in F1_CHECKS:
        at = {'strike': True} if checked else None
        runs = [(H, text, at)] if at else [(H, text)]
        glyph = '[x]' if checked else '[ ]'
        f.para(runs, 11, LEAD, left=36, label=(H, glyph, 18), after=2, asc=asc)
    f.y -= 6
    f.para([(HB, 'Nästa träff:'), (H, ' onsdag 22 april 2026 kl. 13.00–15.30 i Landskrona, '
                                     'Stadshuset.')], 11, LEAD, asc=asc)

    for i, cv in enumerate(doc.pages, 1):
        t = str(i)
        cv.text(W - M - width(t, H, 11), 40.0, [(H, t, BLACK)], 11)
        log(i, '[page number] ' + t)
    doc.write(os.path.join(OUT, F1_NAME))



# ==========================================================================
# 2. Pages: a two-column name list, bold headings, left-bordered decisions
# ==========================================================================
F2_NAME = 'bostadsloshet_lista_tva_kolumner_namn.pdf'
PAGES_ACCENT = rgb_hex('2f6eba')
PAGES_GREY = rgb_hex('595959')

F2_LEFT = ['Britt-Mari Lundgren, Svalöv', 'Yaw Mensah, Helsingborg', 'Šárka Novotná, Landskrona',
           'Jan-Olov Pettersson, Åstorp', 'Ifrah Aden, Klippan']
F2_RIGHT = ['Sten-Åke Lindahl, Höganäs', 'Maëlle Girard, Ängelholm', 'Hêvî Rashid, Bjuv',
            'Lill-Britt Mårtensson, Örkelljunga']

# items: (heading, [('p', runs) | ('beslut', text)])
F2_ITEMS = [
    ('Läget i kommunerna', [
        ('p', [(H, 'Helsingborg: 46 personer bor i akuta eller tillfälliga lösningar, varav elva '
                   'barnfamiljer.')]),
        ('p', [(H, 'Landskrona: Har öppnat ett nytt härbärge med tolv platser i Borstahusen.')]),
        ('p', [(H, 'Höganäs: Inga nya vräkningar sedan årsskiftet.')]),
        ('p', [(H, 'Ängelholm: Två lägenheter för Bostad först blir klara i april.')]),
        ('p', [(H, 'Klippan: Arbetar med en ny riktlinje för sociala kontrakt.')]),
        ('p', [(H, 'Åstorp: Oförändrat läge.')]),
        ('p', [(H, 'Bjuv: Har svårt att hitta lägenheter till barnfamiljer, se punkten om '
                   'avhysningar.')]),
        ('p', [(H, 'Örkelljunga: Inget nytt.')]),
        ('p', [(H, 'Svalöv: Samarbetar med det kommunala bostadsbolaget om förtur för hushåll som '
                   'har fått en dom om avhysning.')]),
    ]),
    ('Kartläggningen av hemlöshet', [
        ('p', [(H, 'Yaw Mensah tog upp att Socialstyrelsens nya kartläggning av hemlöshet görs under '
                   'vecka 16 och att kommunerna har räknat på olika sätt tidigare år. Han menade att '
                   'siffrorna för nordväst inte går att jämföra så länge vissa kommuner räknar med '
                   'personer i LVM-vård och andra inte.')]),
        ('p', [(H, 'Yaw sa: ”Om vi räknar olika ser det ut som att problemet flyttar mellan '
                   'kommunerna.”')]),
        ('p', [(H, 'Jan-Olov Pettersson frågade om kartläggningen också gäller personer som bor '
                   'tillfälligt hos vänner. Yaw svarade att de ska räknas med.')]),
        ('p', [(H, 'Šárka Novotná höll med och sa att Landskrona fick rätta sina siffror i efterhand '
                   'förra gången.')]),
        ('beslut', 'Yaw samlar kommunernas kontaktpersoner till ett genomgångsmöte den 7 april, så '
                   'att alla räknar på samma sätt.'),
    ]),
    ('Avhysningar av barnfamiljer', [
        ('p', [(H, 'Abebe Girma från Kronofogden berättade att antalet avhysningar där barn berörs '
                   'ökade i Skåne under 2025, och att socialtjänsten ofta får underrättelsen bara '
                   'några dagar före förrättningen. Han visade hur kommunerna kan få besked tidigare '
                   'genom Kronofogdens e-tjänst för socialtjänsten.')]),
        ('p', [(H, 'Abebe sa: ”Ingen ska behöva höra talas om avhysningen först när vi står i '
                   'trappuppgången.”')]),
        ('p', [(H, 'Hêvî Rashid frågade om en avhysning kan skjutas upp när socialtjänsten behöver '
                   'mer tid. Abebe svarade att det bara går i undantagsfall.')]),
        ('p', [(H, 'Informationen noterades.')]),
    ]),
    ('Bostad först i de mindre kommunerna', [
        ('p', [(H, 'Maëlle Girard lyfte att Bostad först är svårt att starta i de mindre '
                   'kommunerna, eftersom det behövs både lägenheter och ett team som kan ge stöd '
                   'på kvällar och helger. Hon föreslog att Ängelholm, Klippan och Örkelljunga '
                   'delar på ett team.')]),
        ('p', [(H, 'Maëlle sa: ”Ingen av oss klarar ett eget team, men tillsammans kan vi ha '
                   'ett.”')]),
        ('p', [(H, 'Ifrah Aden frågade hur kostnaderna skulle fördelas mellan kommunerna.')]),
        ('p', [(H, 'Sten-Åke Lindahl sa att Höganäs också vill vara med i ett sådant '
                   'samarbete.')]),
        ('beslut', 'Maëlle och Ifrah utreder ett gemensamt Bostad först-team för de mindre '
                   'kommunerna och redovisar ett förslag på träffen i september.'),
    ]),
    ('Övriga frågor', [
        ('p', [(H, 'Šárka Novotná informerade om att Landskrona söker två boendestödjare till det '
                   'nya härbärget.')]),
        ('p', [(H, 'Sten-Åke Lindahl påminde om Länsstyrelsens konferens om vräkningsförebyggande '
                   'arbete i Malmö den 23 april.')]),
    ]),
]


def build_pages_two_columns():
    W, Hh = 595.28, 841.89
    M = 72.0
    CW = W - 2 * M
    LEAD = 13.5
    doc = Doc([H, HB], [
        ('Title', 'Minnesanteckningar bostadslöshet 2026-03-10'),
        ('Producer', 'macOS Version 15.3.1 (Build 24D70) Quartz PDFContext'),
        ('Creator', 'Pages'),
        ('CreationDate', "(D:20260311081522Z00'00')"),
        ('ModDate', "(D:20260311081522Z00'00')"),
    ], version='1.3')

    def page(n):
        return doc.new_page(W, Hh, 'quartz')

    f = Flow(page, Hh - M, M, M, CW)
    f.para([(HB, 'Nätverket mot bostadslöshet')], 22, 26, after=2)
    f.para([(H, 'Minnesanteckningar', {'color': PAGES_GREY})], 13, 16, after=14)
    for lab, val in [('Tid:', 'tisdag 10 mars 2026, kl. 9.00–11.30'),
                     ('Plats:', 'Svalöv, Kommunhuset, sammanträdesrum Röstånga'),
                     ('Ordförande:', 'Britt-Mari Lundgren'),
                     ('Sekreterare:', 'Lill-Britt Mårtensson')]:
        f.para([(H, val)], 11, LEAD, left=78, label=(HB, lab, 0), after=1)
    f.para([(HB, 'Närvarande')], 12, 15, before=14, after=3)
    # the list is a two-column section: the left column is filled first
    top = f.y
    colx = [M, M + CW / 2]
    for ci, names in enumerate([F2_LEFT, F2_RIGHT]):
        y = top
        for nm in names:
            draw_line(f.cv, colx[ci], y - LEAD * 0.78, [(H, nm, None)], 11, f.page_no())
            unit(nm)
            y -= LEAD
    f.y = top - LEAD * max(len(F2_LEFT), len(F2_RIGHT)) - 8
    f.para([(HB, 'Förhinder:'), (H, ' Ann-Kristin Ek (Perstorp) och Rodel Santos (Båstad)')],
           11, LEAD, after=4)
    f.para([(HB, 'Gäst:'), (H, ' Abebe Girma, Kronofogden, under punkten om avhysningar')],
           11, LEAD, after=4)

    IND = 18.0
    BAR = 2.5
    for heading, parts in F2_ITEMS:
        f.para([(HB, heading)], 12, 15, before=14, after=4, keep=LEAD * 2)
        for kind, body in parts:
            if kind == 'p':
                f.para(body, 11, LEAD, left=IND, after=5)
            else:
                # a paragraph border at the left: a bar beside the indented block
                if f.room() < LEAD * 4 + 8:
                    f.break_page()
                f.y -= 4
                y0 = f.y
                f.para([(HB, 'Beslut')], 11, LEAD, left=IND + 12)
                f.para([(H, body)], 11, LEAD, left=IND + 12)
                f.cv.fill(f.x + IND, f.y - 3, BAR, y0 - f.y + 3, PAGES_ACCENT)
                f.y -= 9
    f.para([(HB, 'Nästa träff:'), (H, ' tisdag 19 maj 2026 kl. 9.00 i Helsingborg, '
                                     'Socialförvaltningen, rum Pålsjö.')], 11, LEAD, before=14)
    doc.write(os.path.join(OUT, F2_NAME))



# ==========================================================================
# 3. A municipal Word template: header band on page 1, numbered items in a
#    narrow column, a three-column footer on every page
# ==========================================================================
F3_NAME = 'mottagning_fakturamall_rubrikrad.pdf'
KOMMUN_GREEN = rgb_hex('1e6b3a')
TPL_GREY = rgb_hex('5a5a5a')

F3_FACTS = [
    ('Tid', ['torsdag 25 september 2025 kl. 13.00–15.30']),
    ('Plats', ['Klippan, Kommunhuset, sammanträdesrum Ljungbyhed']),
    ('Närvarande', ['Kerstin-Maj Nordin, enhetschef, Klippan, ordförande',
                    'Sébastien Malmberg, förste socialsekreterare, Helsingborg',
                    'Fitore Berisha, socialsekreterare, Landskrona',
                    'Bo-Inge Svensson, enhetschef, Åstorp',
                    'Csilla Varga, samordnare, Ängelholm',
                    'Zarmina Nazari, socialsekreterare, Bjuv',
                    'Huong Tran, socialsekreterare, Höganäs',
                    'Eva-Lotta Brandt, administratör, Klippan, antecknare']),
    ('Frånvarande', ['Mona-Lena Persson, Perstorp',
                     'Árpád Kiss, Örkelljunga']),
    ('Inbjuden', ['Benedetta Rossi, psykolog, BUP Helsingborg, Region Skåne, punkt 3']),
]

F3_ITEMS = [
    ('Information från kommunerna', [
        'Klippan: Antalet orosanmälningar har ökat med en femtedel jämfört med samma period i fjol.',
        'Helsingborg: Mottagningen har infört fasta telefontider för anmälare från skolan.',
        'Landskrona: Två nya socialsekreterare börjar i oktober.',
        'Åstorp: Samarbetar med Bjuv om beredskap under helger.',
        'Ängelholm: Fler anmälningar än vanligt om barn som har bevittnat våld under sommaren.',
        'Bjuv: Samarbetet med Åstorp om helgerna fungerar bra.',
        'Höganäs: Inget nytt att rapportera.',
    ]),
    ('Orosanmälningar från skolan', [
        'Fitore Berisha tog upp att skolorna i Landskrona skickar allt fler anmälningar som gäller '
        'hög frånvaro, ofta utan att skolan först har pratat med vårdnadshavarna. Hon menade att '
        'mottagningen lägger mycket tid på ärenden som hade kunnat lösas inom elevhälsan.',
        'Fitore sa: ”Vi vill inte ha färre anmälningar, vi vill ha anmälningar som säger något om '
        'barnet.”',
        'Bo-Inge Svensson frågade om någon kommun har en gemensam rutin med skolan för '
        'frånvaroärenden. Csilla Varga svarade att Ängelholm har haft en sådan rutin sedan 2024 och '
        'att den har minskat antalet ofullständiga anmälningar.',
        'Nätverket beslutade att Fitore och Csilla tar fram ett informationsblad till skolorna om '
        'vad en orosanmälan bör innehålla. Bladet ska vara klart den 14 november.',
    ]),
    ('Samverkan med BUP vid akuta ärenden', [
        'Benedetta Rossi från BUP Helsingborg berättade att BUP sedan augusti har en särskild '
        'telefontid för socialtjänsten klockan 8.00–9.00 alla vardagar. Hon beskrev hur mottagningarna '
        'kan få en snabb bedömning när ett barn har uttryckt självmordstankar och vårdnadshavarna '
        'inte vill söka vård.',
        'Benedetta sa: ”En fredagseftermiddag är den sämsta tiden att upptäcka att ingen vet vem som '
        'gör vad.”',
        'Huong Tran frågade om telefontiden gäller också under skolloven. Benedetta svarade att den '
        'gäller hela året.',
        'Informationen noterades.',
    ]),
    ('Förhandsbedömningar som tar längre tid än 14 dagar', [
        'Sébastien Malmberg lyfte att Helsingborg under första halvåret inte klarade '
        'fjortondagarsgränsen i var femte förhandsbedömning, främst när anmälan kommer in precis '
        'före en helg. Han ville veta hur de andra kommunerna dokumenterar skälen till '
        'förseningarna, eftersom IVO har efterfrågat det vid en tillsyn.',
        'Sébastien sa: ”Det är inte förseningen i sig som IVO kritiserar, det är att vi inte '
        'skriver varför.”',
        'Zarmina Nazari frågade om det räcker med en anteckning i journalen.',
        'Kerstin-Maj Nordin höll med Sébastien och sa att Klippan har fått samma fråga från IVO.',
        'Nätverket beslutade att Sébastien sammanställer hur kommunerna dokumenterar förlängda '
        'förhandsbedömningar och redovisar det vid nästa träff.',
    ]),
    ('Övriga frågor', [
        'Zarmina Nazari informerade om att Bjuv byter verksamhetssystem den 3 november och att '
        'mottagningen då kan vara svår att nå under några dagar.',
        'Csilla Varga berättade att Ängelholm har tagit fram en ny checklista för '
        'skyddsbedömningar, som hon gärna delar med de andra kommunerna.',
        'Nästa träff: torsdag 20 november 2025 kl. 13.00 i Helsingborg, Socialförvaltningen, '
        'rum Ramlösa.',
    ]),
]

F3_FOOTER = [('Postadress', 'Klippans kommun, 264 80 Klippan'),
             ('Telefon', '0435-280 00'),
             ('Organisationsnummer', '212000-0993')]


def build_template_header_band():
    W, Hh = 595.32, 841.92
    ML, MR = 62.4, 56.7
    R = W - MR
    doc = Doc([H, HB, TR, TB], [
        ('Title', 'Minnesanteckningar'),
        ('Author', 'Eva-Lotta Brandt'),
        ('Creator', 'Microsoft® Word för Microsoft 365'),
        ('CreationDate', "(D:20250930104511+02'00')"),
        ('ModDate', "(D:20250930104511+02'00')"),
        ('Producer', 'Microsoft® Word för Microsoft 365'),
    ], version='1.7', lang='sv-SE')

    def page(n):
        return doc.new_page(W, Hh, 'word')

    f = Flow(page, Hh - 56.7, 86.0, ML, R - ML, first_top=722.0)
    p1 = f.cv
    # header band of page 1: emblem, logo text and the metadata block
    p1.raw('q %s %s %s rg 62.4 792 m 90.4 792 l 90.4 772 l 90.4 764 82.4 758 76.4 755 c '
           '70.4 758 62.4 764 62.4 772 c h f Q\n' % tuple(num(c) for c in KOMMUN_GREEN))
    p1.raw('q 1 1 1 rg 70.4 780 m 82.4 780 l 76.4 768 l h f Q\n')
    p1.text(98.0, 777.0, [(HB, 'Klippans kommun', KOMMUN_GREEN)], 15)
    p1.text(98.0, 764.0, [(H, 'Socialförvaltningen', TPL_GREY)], 9)
    log(1, 'Klippans kommun')
    log(1, 'Socialförvaltningen')
    unit('Klippans kommun')
    unit('Socialförvaltningen')
    meta = [('Datum', '2025-09-30'), ('Dnr', 'SN 2025/117'), ('Sida', None)]
    my = 790.0
    meta_pos = []
    for lab, val in meta:
        p1.text(418.0, my, [(H, lab, TPL_GREY)], 8)
        meta_pos.append((lab, val, my, len(p1.ops)))
        p1.ops.append('')           # the value, written once the page count is known
        my -= 13.0
    p1.line(ML, 745.0, R, 745.0, lw=0.75, col=KOMMUN_GREEN)

    f.para([(HB, 'Minnesanteckningar')], 16, 20)
    f.para([(H, 'Nätverket för mottagning och förhandsbedömning')], 12, 15, after=14)
    LEAD = 13.8
    for lab, vals in F3_FACTS:
        for k, v in enumerate(vals):
            f.para([(TR, v)], 12, LEAD, left=110, label=(TB, lab, 0) if k == 0 else None,
                   before=5 if k == 0 else 0)
    f.y -= 6
    f.cv.line(ML, f.y, R, f.y, lw=0.5, col=TPL_GREY)
    f.y -= 4
    TX = 22.7                       # the title and the text start 8 mm in
    for no, (title, paras) in enumerate(F3_ITEMS, 1):
        f.para([(HB, title)], 11, 14, left=TX, label=(HB, str(no), 0), before=14, after=3,
               keep=LEAD * 2)
        for t in paras:
            f.para([(TR, t)], 12, LEAD, left=TX, after=5)

    total = len(doc.pages)
    # the page number in the metadata block is filled in once the pages are known
    for lab, val, y, at in meta_pos:
        v = val if val else '1(%d)' % total
        p1.text(R - width(v, H, 10), y, [(H, v, BLACK)], 10)
        p1.ops[at] = p1.ops.pop()
        log(1, '%s %s' % (lab, v))
        if val:
            unit('%s %s' % (lab, v))
    for i, cv in enumerate(doc.pages, 1):
        cv.line(ML, 70.0, R, 70.0, lw=0.5, col=TPL_GREY)
        for (lab, val), x in zip(F3_FOOTER, (ML, 250.0, 410.0)):
            cv.text(x, 58.0, [(HB, lab, TPL_GREY)], 7)
            cv.text(x, 47.0, [(H, val, BLACK)], 8)
        log(i, '[footer] ' + ' | '.join('%s %s' % lv for lv in F3_FOOTER))
    for lab, val in F3_FOOTER:
        unit(lab)
        unit(val)
    doc.write(os.path.join(OUT, F3_NAME))



# ==========================================================================
# 4. Two files combined in Acrobat: a portrait page from Word and a
#    landscape page from Excel with the table of decisions
# ==========================================================================
F4_NAME = 'tobakstillsyn_rotated_scan_mixed.pdf'
EXCEL_HEAD = rgb_hex('d9d9d9')

F4_PRESENT = [('Helsingborg', 'Sigríður Jónsdóttir, Karl-Gustav Ahlin'),
              ('Landskrona', 'Milica Petrovic'),
              ('Ängelholm', 'Ebru Demir'),
              ('Höganäs', 'Stig-Olof Brandin'),
              ('Båstad', 'Aurélie Fontaine'),
              ('Åstorp', 'Inga-Britt Ohlsson')]

F4_ITEMS = [
    ('Runda', [
        'Helsingborg: Tillsynen av restaurangerna i centrum har gått enligt plan.',
        'Landskrona: Två nya ansökningar om stadigvarande tillstånd för uteserveringar vid hamnen.',
        'Ängelholm: Har haft problem med försäljning av snus till minderåriga i en kiosk.',
        'Höganäs: Förbereder tillsynen inför julbordssäsongen.',
        'Båstad: Sommarens tillfälliga tillstånd är utvärderade, se punkt 4.',
        'Åstorp: Inget särskilt att rapportera.',
    ]),
    ('Kontrollköp av tobak och e-cigaretter', [
        'Ebru Demir tog upp att Ängelholm vill göra fler kontrollköp av e-cigaretter, men att det är '
        'svårt att hitta ungdomar som får och vill vara med som köpare. Av fem kontrollköp under '
        'våren slutade två med att butiken sålde till en 17-åring.',
        'Ebru sa: ”Vi vet att det säljs, men utan kontrollköp kan vi inte visa det.”',
        'Milica Petrovic frågade om kommunerna kan låna köpare av varandra. Stig-Olof Brandin höll '
        'med om behovet och sa att Höganäs har samma svårighet.',
    ]),
    ('Länsstyrelsens vägledning om tillsyn av e-cigaretter', [
        'Katerina Papadopoulou från Länsstyrelsen Skåne presenterade den nya vägledningen om tillsyn '
        'av e-cigaretter och påfyllningsbehållare. Hon betonade att kommunerna bör dokumentera varje '
        'tillsynsbesök på samma sätt, så att Länsstyrelsen kan följa tillsynen i hela länet.',
        'Katerina sa: ”En gemensam mall gör det lättare för er när en butik överklagar.”',
        'Aurélie Fontaine frågade om vägledningen också finns som checklista.',
    ]),
    ('Tillfälliga serveringstillstånd vid sommarens evenemang', [
        'Aurélie Fontaine lyfte att Båstad under sommaren fick in 38 ansökningar om tillfälliga '
        'serveringstillstånd, många av dem för sent för att hinna handläggas ordentligt. Hon '
        'föreslog ett gemensamt sista datum för ansökningar inför sommaren.',
        'Aurélie sa: ”Vi kan inte handlägga en festival på tre dagar.”',
        'Inga-Britt Ohlsson frågade om Åstorp ska vara med trots att kommunen har få evenemang.',
    ]),
    ('Gemensam tillsynsplan för 2026', [
        'Karl-Gustav Ahlin tog upp att flera kommuner ska anta nya tillsynsplaner för alkohol och '
        'tobak under vintern, och föreslog att nätverket tar fram en gemensam grund som varje '
        'kommun sedan anpassar.',
        'Karl-Gustav sa: ”Det är samma lag i alla elva kommuner, då kan planerna se ganska lika '
        'ut.”',
        'Milica Petrovic sa att Landskrona redan har börjat på sin plan och gärna delar den.',
    ]),
    ('Övriga frågor', [
        'Stig-Olof Brandin informerade om att Höganäs tillståndsenhet flyttar till Centrumhuset den '
        '1 december.',
        'Inga-Britt Ohlsson påminde om Folkhälsomyndighetens utbildning om ansvarsfull '
        'alkoholservering den 12 november.',
    ]),
]

F4_TABLE = [
    ('2', 'Ängelholm och Landskrona gör gemensamma kontrollköp av e-cigaretter under november, '
          'med köpare som rekryteras genom Landskronas fritidsgårdar. Resultatet redovisas för '
          'nätverket.',
     'Ebru Demir (Ängelholm) och Milica Petrovic (Landskrona)', '30 november 2025'),
    ('3', 'Alla kommuner använder Länsstyrelsens mall för tillsynsprotokoll från och med januari. '
          'Varje kommun anmäler en kontaktperson för frågor om mallen.',
     'Alla kommuner, kontaktperson anmäls till Katerina Papadopoulou', 'Senast 14 november 2025'),
    ('4', 'Sista dag att ansöka om tillfälligt serveringstillstånd inför sommaren 2026 blir den '
          '1 april i alla kommuner. Aurélie skriver en text som kommunerna lägger ut på sina '
          'webbplatser.',
     'Aurélie Fontaine (Båstad)', 'Texten klar till nästa träff'),
    ('5', 'Karl-Gustav tar fram ett utkast till gemensam grund för tillsynsplan 2026, som varje '
          'kommun sedan anpassar till sina egna förhållanden.',
     'Karl-Gustav Ahlin (Helsingborg) med stöd av Milica Petrovic', 'Utkast i januari 2026'),
]


def build_mixed_orientation():
    doc = Doc([H, HB], [
        ('Title', 'Minnesanteckningar alkohol- och tobakstillsyn 2025-10-21'),
        ('Author', 'Karl-Gustav Ahlin'),
        ('Creator', 'Adobe Acrobat Pro (64-bit) 25.1.20432'),
        ('Producer', 'Adobe Acrobat Pro (64-bit) 25.1.20432'),
        ('CreationDate', "(D:20251023141207+02'00')"),
        ('ModDate', "(D:20251023141230+02'00')"),
    ], version='1.7', lang='sv-SE')
    # page 1: portrait A4 from Word
    W, Hh = 595.32, 841.92
    M = 56.7
    CW = W - 2 * M

    def page(n):
        if n > 0:
            raise RuntimeError('page 1 of the tillsyn minutes overflowed')
        return doc.new_page(W, Hh, 'word')

    SZ, LEAD = 10, 12.2
    f = Flow(page, Hh - 45.0, 30.0, M, CW)
    f.para([(HB, 'Nätverket för alkohol- och tobakstillsyn')], 15, 18)
    f.para([(H, 'Minnesanteckningar 2025-10-21')], 12, 15, after=8)
    f.para([(HB, 'Tid och plats:'), (H, ' kl. 9.00–12.00, Båstad, Kommunhuset, sammanträdesrum '
                                       'Hovs hallar')], SZ, LEAD)
    f.para([(HB, 'Ordförande:'), (H, ' Sigríður Jónsdóttir')], SZ, LEAD, after=6)
    f.para([(HB, 'Närvarande')], SZ, LEAD)
    for kommun, names in F4_PRESENT:
        f.para([(H, names)], SZ, LEAD, left=85, label=(H, kommun, 0))
    f.y -= 4
    f.para([(HB, 'Förhinder:'), (H, ' Gun-Lis Håkansson (Perstorp), Jocelyn Reyes (Bjuv)')], SZ, LEAD)
    f.para([(HB, 'Gäst:'), (H, ' Katerina Papadopoulou, Länsstyrelsen Skåne, punkt 3')], SZ, LEAD)
    f.para([(H, 'Klippan, Svalöv och Örkelljunga deltar i nätverket genom Helsingborgs '
                'tillståndsenhet.')], SZ, LEAD, after=2)
    for no, (title, paras) in enumerate(F4_ITEMS, 1):
        f.para([(HB, '%d. %s' % (no, title))], 11, 14, before=7, after=1, keep=LEAD * 2)
        for t in paras:
            f.para([(H, t)], SZ, LEAD, after=2)
    f.para([(H, 'Nästa träff: tisdag 2 december 2025 kl. 9.00–12.00 i Ängelholm, Rådhuset.')],
           SZ, LEAD, before=6)
    f.para([(H, 'Besluten under punkt 2–5 står i beslutslistan på nästa sida.')], SZ, LEAD)

    # page 2: landscape A4 from Excel, the list of decisions with cell borders
    LW, LH = 841.92, 595.32
    cv = doc.new_page(LW, LH, 'word')
    x0 = 50.4
    cols = [46.0, 380.0, 200.0, 115.0]
    pad = 4.0
    lead = 12.0
    y = LH - 54.0
    cv.text(x0, y, [(HB, 'Beslutslista', BLACK)], 12)
    log(2, 'Beslutslista')
    unit('Beslutslista')
    y -= 14.0
    rows = [('Punkt', 'Beslut', 'Ansvarig', 'Klart')] + F4_TABLE
    tw = sum(cols)
    top = y
    row_lines = [y]
    for ri, row in enumerate(rows):
        font = HB if ri == 0 else H
        cells = [wrap([(font, c)], 10, cols[i] - 2 * pad) for i, c in enumerate(row)]
        nl = max(len(c) for c in cells)
        hgt = nl * lead + 2 * pad
        if ri == 0:
            cv.fill(x0, y - hgt, tw, hgt, EXCEL_HEAD)
        x = x0
        for i, c in enumerate(cells):
            for k, pieces in enumerate(c):
                base = y - pad - lead * 0.8 - k * lead
                xx = x + pad
                if i == 0 and ri > 0:
                    xx = x + cols[0] - pad - pw_line(pieces, 10)   # numbers right-aligned
                draw_line(cv, xx, base, pieces, 10, 2)
            x += cols[i]
        unit(' | '.join(row))
        y -= hgt
        row_lines.append(y)
    for yy in row_lines:
        cv.line(x0, yy, x0 + tw, yy, lw=0.5)
    x = x0
    for w in [0] + cols:
        x += w
        cv.line(x, top, x, y, lw=0.5)
    y -= 26.0
    cv.text(x0, y, [(HB, 'Vid anteckningarna:', BLACK), (H, ' Karl-Gustav Ahlin', BLACK)], 10.5)
    log(2, 'Vid anteckningarna: Karl-Gustav Ahlin')
    unit('Vid anteckningarna: Karl-Gustav Ahlin')
    doc.write(os.path.join(OUT, F4_NAME))


def main():
    builders = [build_google_docs, build_pages_two_columns, build_template_header_band,
                build_mixed_orientation]
    for build in builders:
        del LOG[:]
        del UNITS[:]
        build()
        if DEBUG:
            print('=' * 20, build.__name__)
            for pno, text in LOG:
                print('%d  %s' % (pno, text))
        if os.environ.get('VARIED55_UNITS'):
            print('=' * 20, build.__name__)
            print('\n'.join(UNITS))


if __name__ == '__main__':
    main()
