"""What the blind rounds' generators of scanned minutes (varied61–varied64) share: the standard 14
fonts' widths, a page laid out and written as an ordinary text PDF, handwritten signatures' strokes,
rasterising with poppler's pdftoppm, a scanner's ways with the page (rotation by shears, grey paper
and toner, noise, specks, a threshold) and the scanned PDF of one image a page, checked again with
pdfimages. Python 3 standard library, plus pdftoppm and pdfimages. Each round's own make/build.py
lays out its minutes and imports this."""
import glob
import hashlib
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zlib
from bisect import bisect_right


WIDTHS = {
    'Helvetica': [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 0,
        556, 0, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0,
        0, 222, 222, 333, 333, 350, 556, 1000, 333, 1000, 500, 333, 944, 0, 500, 667,
        278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 333,
        400, 584, 333, 333, 333, 556, 537, 278, 333, 333, 365, 556, 834, 834, 834, 611,
        667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,
        722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,
        556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556, 500,
    ],
    'Helvetica-Bold': [
        278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
        975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
        333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
        611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584, 0,
        556, 0, 278, 556, 500, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0,
        0, 278, 278, 500, 500, 350, 556, 1000, 333, 1000, 556, 333, 944, 0, 500, 667,
        278, 333, 556, 556, 556, 556, 280, 556, 333, 737, 370, 556, 584, 333, 737, 333,
        400, 584, 333, 333, 333, 611, 556, 278, 333, 333, 365, 556, 834, 834, 834, 611,
        722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,
        722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,
        556, 556, 556, 556, 556, 556, 889, 556, 556, 556, 556, 556, 278, 278, 278, 278,
        611, 611, 611, 611, 611, 611, 611, 584, 611, 611, 611, 611, 611, 556, 611, 556,
    ],
    'Times-Roman': [
        250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,
        500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,
        921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,
        556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,
        333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,
        500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541, 0,
        500, 0, 333, 500, 444, 1000, 500, 500, 333, 1000, 556, 333, 889, 0, 611, 0,
        0, 333, 333, 444, 444, 350, 500, 1000, 333, 980, 389, 333, 722, 0, 444, 722,
        250, 333, 500, 500, 500, 500, 200, 500, 333, 760, 276, 500, 564, 333, 760, 333,
        400, 564, 300, 300, 333, 500, 453, 250, 333, 300, 310, 500, 750, 750, 750, 444,
        722, 722, 722, 722, 722, 722, 889, 667, 611, 611, 611, 611, 333, 333, 333, 333,
        722, 722, 722, 722, 722, 722, 722, 564, 722, 722, 722, 722, 722, 722, 556, 500,
        444, 444, 444, 444, 444, 444, 667, 444, 444, 444, 444, 444, 278, 278, 278, 278,
        500, 500, 500, 500, 500, 500, 500, 564, 500, 500, 500, 500, 500, 500, 500, 500,
    ],
    'Times-Bold': [
        250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278,
        500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500,
        930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778,
        611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500,
        333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500,
        556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520, 0,
        500, 0, 333, 500, 500, 1000, 500, 500, 333, 1000, 556, 333, 1000, 0, 667, 0,
        0, 333, 333, 500, 500, 350, 500, 1000, 333, 1000, 389, 333, 722, 0, 444, 722,
        250, 333, 500, 500, 500, 500, 220, 500, 333, 747, 300, 500, 570, 333, 747, 333,
        400, 570, 300, 300, 333, 556, 540, 250, 333, 300, 330, 500, 750, 750, 750, 500,
        722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 389, 389, 389, 389,
        722, 722, 778, 778, 778, 778, 778, 570, 778, 722, 722, 722, 722, 722, 611, 556,
        500, 500, 500, 500, 500, 500, 722, 444, 444, 444, 444, 444, 278, 278, 278, 278,
        500, 556, 500, 500, 500, 500, 500, 570, 500, 556, 556, 556, 556, 500, 556, 500,
    ],
    'Times-Italic': [
        250, 333, 420, 500, 500, 833, 778, 214, 333, 333, 500, 675, 250, 333, 250, 278,
        500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 675, 675, 675, 500,
        920, 611, 611, 667, 722, 611, 611, 722, 722, 333, 444, 667, 556, 833, 667, 722,
        611, 722, 611, 500, 556, 722, 611, 833, 611, 556, 556, 389, 278, 389, 422, 500,
        333, 500, 500, 444, 500, 444, 278, 500, 500, 278, 278, 444, 278, 722, 500, 500,
        500, 500, 389, 389, 278, 500, 444, 667, 444, 444, 389, 400, 275, 400, 541, 0,
        500, 0, 333, 500, 556, 889, 500, 500, 333, 1000, 500, 333, 944, 0, 556, 0,
        0, 333, 333, 556, 556, 350, 500, 889, 333, 980, 389, 333, 667, 0, 389, 556,
        250, 389, 500, 500, 500, 500, 275, 500, 333, 760, 276, 500, 675, 333, 760, 333,
        400, 675, 300, 300, 333, 500, 523, 250, 333, 300, 310, 500, 750, 750, 750, 500,
        611, 611, 611, 611, 611, 611, 889, 667, 611, 611, 611, 611, 333, 333, 333, 333,
        722, 667, 722, 722, 722, 722, 722, 675, 722, 722, 722, 722, 722, 556, 611, 500,
        500, 500, 500, 500, 500, 500, 667, 444, 444, 444, 444, 444, 278, 278, 278, 278,
        500, 500, 500, 500, 500, 500, 500, 675, 500, 500, 500, 500, 500, 444, 500, 444,
    ],
    'Courier': [
        600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600,
        600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600,
        600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600,
        600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600,
        600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600,
        600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 0,
        600, 0, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 0, 600, 0,
        0, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 0, 600, 600,
        600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600,
        600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600,
        600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600,
        600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600,
        600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600,
        600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600, 600,
    ],
}
# (Courier's bold is as wide as its roman: a fixed pitch.)
WIDTHS['Courier-Bold'] = WIDTHS['Courier']


FONT_RES = {
    'Helvetica': 'F1', 'Helvetica-Bold': 'F2',
    'Times-Roman': 'F3', 'Times-Bold': 'F4', 'Times-Italic': 'F5',
    'Courier': 'F6', 'Courier-Bold': 'F7',
}


A4 = (595, 842)


def enc(s):
    """WinAnsiEncoding (cp1252) bytes of a string; every character must exist."""
    return s.encode('cp1252')


def text_width(font, size, s):
    w = WIDTHS[font]
    return sum(w[b - 32] for b in enc(s)) * size / 1000.0


def pdf_string(s):
    out = []
    for b in enc(s):
        if b in (0x28, 0x29, 0x5C):
            out.append('\\' + chr(b))
        elif 32 <= b < 127:
            out.append(chr(b))
        else:
            out.append('\\%03o' % b)
    return '(' + ''.join(out) + ')'


def num(v):
    s = ('%.2f' % v).rstrip('0').rstrip('.')
    return '0' if s in ('-0', '') else s


class Layout:
    """Flows paragraphs, label rows and tables down A4 pages."""

    def __init__(self, left, right, top, bottom, furniture=None):
        self.W, self.H = A4
        self.left, self.right, self.top, self.bottom = left, right, top, bottom
        self.furniture = furniture
        self.pages = []
        self.texts = []          # per page: (x, y, font, size, text) of every text run drawn
        self.lines = []          # (page index, text, kind) of every printed line
        self.new_page()

    # -- primitives --------------------------------------------------------
    @property
    def width(self):
        return self.W - self.left - self.right

    def new_page(self):
        self.pages.append([])
        self.texts.append([])
        self.y = self.H - self.top

    def ensure(self, h):
        if self.y - h < self.bottom:
            self.new_page()

    def space(self, h):
        self.y -= h

    def draw_text(self, x, y, font, size, s, page=None):
        ops = self.pages[-1] if page is None else self.pages[page]
        ops.append('BT /%s %s Tf %s %s Td %s Tj ET' % (
            FONT_RES[font], num(size), num(x), num(y), pdf_string(s)))
        (self.texts[-1] if page is None else self.texts[page]).append((x, y, font, size, s))

    def draw_runs(self, x, y, runs, size, page=None):
        for font, s in runs:
            if s:
                self.draw_text(x, y, font, size, s, page)
                x += text_width(font, size, s)

    def line(self, x1, y1, x2, y2, w=0.6, page=None):
        ops = self.pages[-1] if page is None else self.pages[page]
        ops.append('%s w %s %s m %s %s l S' % (num(w), num(x1), num(y1), num(x2), num(y2)))

    def record(self, text, kind='body', page=None):
        self.lines.append((len(self.pages) - 1 if page is None else page, text, kind))

    # -- wrapping ----------------------------------------------------------
    @staticmethod
    def tokens(runs):
        toks = []
        for font, s in runs:
            for m in re.finditer(r'(\S+)(\s*)', s):
                toks.append((font, m.group(1), bool(m.group(2))))
        return toks

    def wrap(self, runs, size, width, first_width=None):
        toks = self.tokens(runs)
        lines, cur, curw = [], [], 0.0
        limit = first_width if first_width is not None else width
        for font, word, sp in toks:
            ww = text_width(font, size, word)
            gap = 0.0
            if cur:
                pf = cur[-1][0]
                gap = text_width(pf, size, ' ')
            if cur and curw + gap + ww > limit:
                lines.append(cur)
                cur, curw = [], 0.0
                limit = width
                gap = 0.0
            cur.append((font, word))
            curw += gap + ww
        if cur:
            lines.append(cur)
        out = []
        for ln in lines:
            runs_ = []
            for i, (font, word) in enumerate(ln):
                piece = word if i == 0 else ' ' + word
                if runs_ and runs_[-1][0] == font:
                    runs_[-1] = (font, runs_[-1][1] + piece)
                elif i > 0:
                    # the blank goes with the preceding font, as a typed line has it
                    runs_[-1] = (runs_[-1][0], runs_[-1][1] + ' ')
                    runs_.append((font, word))
                else:
                    runs_.append((font, piece))
            out.append(runs_)
        return out

    @staticmethod
    def plain(runs):
        return ''.join(s for _, s in runs)

    # -- blocks ------------------------------------------------------------
    def para(self, runs, size, leading, indent=0.0, before=0.0, after=0.0,
             align='left', keep=0, first_indent=None):
        if isinstance(runs, str):
            runs = [(None, runs)]
        self.space(before)
        x0 = self.left + indent
        width = self.width - indent
        fi = first_indent if first_indent is not None else 0.0
        lines = self.wrap(runs, size, width, width - fi)
        need = leading * (min(len(lines), 1 + keep))
        self.ensure(need)
        for i, ln in enumerate(lines):
            self.ensure(leading)
            self.y -= leading
            x = x0 + (fi if i == 0 else 0.0)
            if align == 'center':
                lw = sum(text_width(f, size, s) for f, s in ln)
                x = self.left + (self.width - lw) / 2.0
            self.draw_runs(x, self.y, ln, size)
            self.record(self.plain(ln))
        self.space(after)

    def labels(self, rows, size, leading, label_font, value_font, label_width,
               before=0.0, after=0.0):
        self.space(before)
        for label, value in rows:
            lines = self.wrap([(value_font, value)], size, self.width - label_width)
            self.ensure(leading * len(lines))
            for i, ln in enumerate(lines):
                self.y -= leading
                if i == 0:
                    self.draw_text(self.left, self.y, label_font, size, label)
                self.draw_runs(self.left + label_width, self.y, ln, size)
                self.record((label + ' ' if i == 0 else '') + self.plain(ln))
        self.space(after)

    def table(self, widths, rows, size, leading, pad=4.0,
              line_w=0.6, before=0.0, after=0.0, cell_draw=None, row_height=None,
              vertical=True):
        """rows: list of lists of (font, text), one text line per cell (a header
        row is just a row in bold).  cell_draw(layout, row, col, x, ytop, w, h) may add
        drawing to a cell (the pen strokes of a signature).  vertical=False
        draws the horizontal rules only."""
        self.space(before)
        rh = row_height or (leading + 2 * pad)
        x_edges = [self.left]
        for w in widths:
            x_edges.append(x_edges[-1] + w)
        self.ensure(rh * 2)
        top = self.y
        self.line(x_edges[0], top, x_edges[-1], top, line_w)
        for r, row in enumerate(rows):
            if self.y - rh < self.bottom:
                self.new_page()
                top = self.y
                self.line(x_edges[0], top, x_edges[-1], top, line_w)
            ytop = self.y
            base = ytop - pad - (rh - 2 * pad) / 2.0 - size * 0.35
            texts = []
            for c, (font, s) in enumerate(row):
                if s:
                    self.draw_text(x_edges[c] + pad + 1, base, font, size, s)
                    texts.append(s)
                if cell_draw:
                    cell_draw(self, r, c, x_edges[c], ytop, widths[c], rh)
            self.y -= rh
            self.line(x_edges[0], self.y, x_edges[-1], self.y, line_w)
            if vertical:
                for x in x_edges:
                    self.line(x, ytop, x, self.y, line_w)
            self.record(' | '.join(texts), 'table')
        self.space(after)

    def raw_line(self, s, font, size, leading, before=0.0):
        """One line exactly as given, blanks included (a plain text file)."""
        self.space(before)
        self.ensure(leading)
        self.y -= leading
        self.draw_text(self.left, self.y, font, size, s)
        self.record(s)

    def rule(self, before=0.0, after=0.0, w=0.6):
        self.space(before)
        self.ensure(1)
        self.line(self.left, self.y, self.W - self.right, self.y, w)
        self.space(after)

    def finish(self):
        n = len(self.pages)
        if self.furniture:
            for i in range(n):
                self.furniture(self, i, n)
        return n


def _lcg(seed):
    state = seed & 0x7FFFFFFF
    while True:
        state = (1103515245 * state + 12345) & 0x7FFFFFFF
        yield state


def signature_ops(x, y, width, height, seed, w=0.9):
    """A signature from (x, y) (left end of the base line) rightwards: a tall
    first stroke, then a run of loops and humps of varying height, written
    without lifting the pen, and a flourish under the name."""
    g = _lcg(seed)

    def r(n):
        return next(g) % n

    parts = []
    cx, cy = x, y + height * 0.1
    # the capital: up steeply, over and down through the base line
    top = y + height * (0.85 + r(15) / 100.0)
    parts.append('%s w 1 J 1 j %s %s m' % (num(w), num(cx), num(cy)))
    parts.append('%s %s %s %s %s %s c' % (num(cx + 2), num(top), num(cx + 14), num(top),
                                            num(cx + 8), num(y - height * 0.05)))
    cx += 10
    letters = 6 + r(4)
    step = (width - 14) / float(letters)
    for _ in range(letters):
        kind = (0, 0, 1, 2, 1)[r(5)]
        nx = cx + step * (0.8 + r(40) / 100.0)
        ny = y + height * (0.05 + r(20) / 100.0)
        if kind == 0:      # a tall loop, like a cursive l or h
            h_ = y + height * (0.75 + r(50) / 100.0)
            c1 = (cx + step * 1.3, h_)
            c2 = (cx - step * 0.5, h_)
        elif kind == 1:    # a small loop, like a cursive e
            h_ = y + height * (0.3 + r(20) / 100.0)
            c1 = (cx + step * 1.1, h_)
            c2 = (cx - step * 0.2, h_)
        else:              # a hump, like an m or n
            h_ = y + height * (0.35 + r(30) / 100.0)
            c1 = (cx + step * 0.1, h_)
            c2 = (nx - step * 0.1, h_)
        slant = 0.45          # a right-handed writer leans the upstrokes
        c1 = (c1[0] + (c1[1] - y) * slant, c1[1])
        c2 = (c2[0] + (c2[1] - y) * slant, c2[1])
        parts.append('%s %s %s %s %s %s c' % tuple(num(v) for v in (c1[0], c1[1], c2[0], c2[1], nx, ny)))
        cx = nx
    parts.append('S')
    fx = x + width * 0.1
    parts.append('%s %s m %s %s %s %s %s %s c S' % (
        num(fx), num(y - height * 0.02),
        num(fx + width * 0.3), num(y - height * 0.2),
        num(fx + width * 0.6), num(y + height * 0.05),
        num(x + width), num(y - height * 0.08)))
    return ' '.join(parts)


class PdfWriter:
    def __init__(self):
        self.objs = []

    def add(self, body):
        self.objs.append(body)
        return len(self.objs)

    def reserve(self):
        self.objs.append(None)
        return len(self.objs)

    def set(self, n, body):
        self.objs[n - 1] = body

    @staticmethod
    def stream(dict_body, data):
        head = b'<< ' + dict_body + b' ' if dict_body else b'<< '
        return head + (b'/Length %d >>\nstream\n' % len(data)) + data + b'\nendstream'

    def write(self, root, info=None, file_id=None, header=b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'):
        out = bytearray(header)
        offsets = []
        for i, body in enumerate(self.objs, 1):
            offsets.append(len(out))
            if isinstance(body, str):
                body = body.encode('latin-1')
            out += b'%d 0 obj\n' % i + body + b'\nendobj\n'
        xref = len(out)
        out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(self.objs) + 1)
        for off in offsets:
            out += b'%010d 00000 n \n' % off
        trailer = b'<< /Size %d /Root %d 0 R' % (len(self.objs) + 1, root)
        if info:
            trailer += b' /Info %d 0 R' % info
        if file_id:
            trailer += b' /ID [<%s> <%s>]' % (file_id.encode(), file_id.encode())
        out += b'trailer\n' + trailer + b' >>\nstartxref\n%d\n%%%%EOF\n' % xref
        return bytes(out)


def text_pdf(layout):
    """The typed minutes as an ordinary PDF with text (temporary)."""
    pdf = PdfWriter()
    catalog = pdf.reserve()
    pages = pdf.reserve()
    fonts = {}
    for name, res in sorted(FONT_RES.items(), key=lambda kv: kv[1]):
        fonts[res] = pdf.add('<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>' % name)
    font_dict = '<< ' + ' '.join('/%s %d 0 R' % (r, n) for r, n in sorted(fonts.items())) + ' >>'
    kids = []
    for ops in layout.pages:
        data = ('\n'.join(['0 g 0 G'] + ops) + '\n').encode('latin-1')
        content = pdf.add(PdfWriter.stream(b'', data))
        kids.append(pdf.add('<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources << /Font %s /ProcSet [/PDF /Text] >> /Contents %d 0 R >>'
                            % (pages, A4[0], A4[1], font_dict, content)))
    pdf.set(pages, '<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids), len(kids)))
    pdf.set(catalog, '<< /Type /Catalog /Pages %d 0 R >>' % pages)
    return pdf.write(catalog)


def read_pbm(path):
    data = open(path, 'rb').read()
    m = re.match(rb'P4\s+(?:#[^\n]*\n\s*)*(\d+)\s+(\d+)\s', data)
    if not m:
        raise ValueError('not a raw PBM: %s' % path)
    w, h = int(m.group(1)), int(m.group(2))
    bits = data[m.end():]
    row = (w + 7) // 8
    if len(bits) < row * h:
        raise ValueError('short PBM: %s' % path)
    return w, h, bits[:row * h]


def read_pgm(path):
    data = open(path, 'rb').read()
    m = re.match(rb'P5\s+(?:#[^\n]*\n\s*)*(\d+)\s+(\d+)\s+(\d+)\s', data)
    if not m:
        raise ValueError('not a raw PGM: %s' % path)
    w, h = int(m.group(1)), int(m.group(2))
    px = data[m.end():m.end() + w * h]
    return w, h, [bytearray(px[i * w:(i + 1) * w]) for i in range(h)]


def rasterise_gray(pdf_bytes, tmp, dpi):
    src = os.path.join(tmp, 'typed.pdf')
    with open(src, 'wb') as f:
        f.write(pdf_bytes)
    subprocess.run(['pdftoppm', '-r', str(dpi), '-gray', src, os.path.join(tmp, 'page')], check=True)
    files = sorted(glob.glob(os.path.join(tmp, 'page-*.pgm')),
                   key=lambda p: int(re.search(r'-(\d+)\.pgm$', p).group(1)))
    return [read_pgm(p) for p in files]


MASK64 = (1 << 64) - 1


class Rng:
    """xorshift64*: the same numbers on every machine and Python version."""

    def __init__(self, seed):
        self.s = ((seed + 1) * 0x9E3779B97F4A7C15) & MASK64 or 1

    def next(self):
        x = self.s
        x ^= x >> 12
        x ^= (x << 25) & MASK64
        x ^= x >> 27
        self.s = x
        return ((x * 0x2545F4914F6CDD1D) & MASK64) >> 32

    def below(self, n):
        return self.next() % n


def _fill_row(w, fill):
    return bytes([fill]) * w


def shear_x(rows, w, k, fill):
    cy = len(rows) / 2.0
    blank = _fill_row(w, fill)
    out = []
    for y, row in enumerate(rows):
        s = int(round((y - cy) * k))
        if s > 0:
            out.append(bytearray(blank[:s] + row[:w - s]))
        elif s < 0:
            out.append(bytearray(row[-s:] + blank[:-s]))
        else:
            out.append(bytearray(row))
    return out


def shear_y(rows, w, k, fill):
    h = len(rows)
    cx = w / 2.0
    blank = _fill_row(w, fill)
    segs, x0, t0 = [], 0, int(round(-cx * k))
    for x in range(1, w + 1):
        t = int(round((x - cx) * k)) if x < w else None
        if t != t0:
            segs.append((x0, x, t0))
            x0, t0 = x, t
    out = []
    for y in range(h):
        parts = []
        for a, b, t in segs:
            sy = y - t
            parts.append(rows[sy][a:b] if 0 <= sy < h else blank[a:b])
        out.append(bytearray(b''.join(parts)))
    return out


def rotate(rows, w, degrees, fill=255):
    """Rotation about the centre by three shears (Paeth), nearest neighbour:
    what a scanner's feeder does to a sheet that went in slightly askew."""
    a = math.radians(degrees)
    k1 = -math.tan(a / 2.0)
    k2 = math.sin(a)
    rows = shear_x(rows, w, k1, fill)
    rows = shear_y(rows, w, k2, fill)
    return shear_x(rows, w, k1, fill)


def tone(rows, paper_top, paper_bottom, ink, lid=0):
    """Maps the rendered page (255 white, 0 black) to greyish paper and
    not-quite-black toner; the paper darkens a little down the sheet, and
    the top rows show the shadow of the scanner's lid."""
    h = len(rows)
    tables = {}
    for y, row in enumerate(rows):
        paper = int(round(paper_top + (paper_bottom - paper_top) * y / float(h - 1)))
        if y < lid:
            paper -= (lid - y) * 6
        t = tables.get(paper)
        if t is None:
            t = bytes(int(round(ink + (paper - ink) * v / 255.0)) for v in range(256))
            tables[paper] = t
        rows[y] = bytearray(row.translate(t))
    return rows


def noise(rows, w, rng, per_row, amp):
    """Sparse pixel noise: per_row pixels per row moved by up to +-amp."""
    for row in rows:
        for _ in range(per_row):
            x = rng.below(w)
            v = row[x] + rng.below(2 * amp + 1) - amp
            row[x] = 0 if v < 0 else 255 if v > 255 else v
    return rows


def specks(rows, w, rng, count, rmax, value, avoid=None):
    """Dirt on the glass: small dark blots of irregular round shape."""
    h = len(rows)
    for _ in range(count):
        cx, cy = rng.below(w), rng.below(h)
        if avoid and avoid(cx, cy):
            continue
        r = 1 + rng.below(rmax)
        for dy in range(-r, r + 1):
            for dx in range(-r, r + 1):
                if dx * dx + dy * dy <= r * r - rng.below(r + 1):
                    x, y = cx + dx, cy + dy
                    if 0 <= x < w and 0 <= y < h:
                        rows[y][x] = min(rows[y][x], value + rng.below(30))
    return rows


def pack_1bit(rows, w, threshold):
    """DeviceGray 1 bit: 0 is black, 1 is white; rows padded to whole bytes."""
    tbl = bytes(48 if v < threshold else 49 for v in range(256))
    pad = b'1' * ((8 - w % 8) % 8)
    nbytes = (w + 7) // 8
    return b''.join(int(bytes(row.translate(tbl)) + pad, 2).to_bytes(nbytes, 'big') for row in rows)


def pen(ops, grey=0.15):
    return 'q %s G %s' % (num(grey), ops) + ' Q'


def verify(path, images, tmp):
    """Decode the written images again with poppler and compare."""
    if not shutil.which('pdfimages'):
        return
    prefix = os.path.join(tmp, 'check')
    subprocess.run(['pdfimages', path, prefix], check=True)
    got = sorted(glob.glob(prefix + '-*'))
    assert len(got) == len(images), (path, len(got))
    for p, (w, h, bpc, raw) in zip(got, images):
        if bpc == 8:
            data = open(p, 'rb').read()
            m = re.match(rb'P([56])\s+(\d+)\s+(\d+)\s+255\s', data)
            gw, gh = int(m.group(2)), int(m.group(3))
            px = data[m.end():]
            if m.group(1) == b'6':      # some poppler versions write grey as RGB
                px = px[::3]
            assert (gw, gh) == (w, h) and px[:w * h] == raw, (path, p)
        else:
            gw, gh, gbits = read_pbm(p)
            # pdfimages writes black as 1: invert and compare
            assert (gw, gh) == (w, h) and gbits == bytes(255 - b for b in raw), (path, p)
        os.remove(p)


def scanned_pdf(images, info):
    """images: [(w, h, bits per component, raw samples)]; one A4 page per
    image, nothing but the image."""
    pdf = PdfWriter()
    catalog = pdf.reserve()
    pages = pdf.reserve()
    kids = []
    for w, h, bpc, raw in images:
        page = pdf.reserve()
        contents = pdf.reserve()
        data = zlib.compress(raw, 9)
        d = (b'/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray '
             b'/BitsPerComponent %d /Filter /FlateDecode' % (w, h, bpc))
        image = pdf.add(PdfWriter.stream(d, data))
        pdf.set(contents, PdfWriter.stream(b'', b'q\n%d 0 0 %d 0 0 cm\n/Im0 Do\nQ' % A4))
        proc = '/ImageB'
        pdf.set(page, '<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources << /XObject << /Im0 %d 0 R >> /ProcSet [/PDF %s] >> /Contents %d 0 R >>'
                % (pages, A4[0], A4[1], image, proc, contents))
        kids.append(page)
    pdf.set(pages, '<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids), len(kids)))
    pdf.set(catalog, '<< /Type /Catalog /Pages %d 0 R >>' % pages)
    info_obj = pdf.add('<< ' + ' '.join('/%s %s' % (k, pdf_string(v)) for k, v in info) + ' >>')
    digest = hashlib.md5()
    for body in pdf.objs:
        digest.update(body if isinstance(body, bytes) else body.encode('latin-1'))
    return pdf.write(catalog, info_obj, digest.hexdigest().upper())
