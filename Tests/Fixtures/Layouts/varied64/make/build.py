#!/usr/bin/env python3
"""Builds the fixtures of Tests/Fixtures/Layouts/varied64: scanned minutes
(PDF files without any text layer, only page images) whose agenda items are
marked in ways OCR does not keep, or are not numbered at all.

For each document the script

  1. lays out the minutes as a typed page would look and writes them as an
     ordinary text PDF (A4, the standard 14 fonts with WinAnsiEncoding; the
     layout engine, font widths, pen strokes, PDF writer and the scanner's
     degradations are copied from ../varied62/make/build.py);
  2. rasterises that PDF with `pdftoppm -gray` at the scanner's resolution
     into a temporary directory;
  3. degrades each page in pure Python as a scanner would: greyish paper
     with a faint gradient, toner not quite black, sparse pixel noise from a
     fixed integer generator, a few specks of dirt, and a rotation by a
     fraction of a degree (three shears, nearest neighbour); the 1-bit scan
     is thresholded after that;
  4. writes the final PDF: one A4 page per image, whose content stream only
     draws one image XObject (/DeviceGray, 8 or 1 bits, /FlateDecode), and an
     /Info dictionary as the scanner writes it.  No text operators, no fonts.

  20260415163402.pdf                          Canon iR-ADV C5840, Öppenvårdsnätverket,
        1 page, 300 dpi greyscale, +0.35 degrees; items are unnumbered
        headings in the body size (bold, lost by OCR), prose header
  forsorjningsstod_signerade_anteckningar.pdf Xerox AltaLink C8130,
        Försörjningsstödsnätverket, 2 pages, 300 dpi 1-bit, -0.6 degrees;
        items are headings in CAPITALS, two of them on two lines; a
        two-column attendance table; a signed signature block
  Scanned_20260429-0803.pdf                   Lexmark MX622ade, Familjehemsnätverket,
        1 page, 200 dpi greyscale, +0.5 degrees; items in a left margin
        column, their text in a wider column to the right (ruled protocol)

Python 3 standard library only, plus the commands pdftoppm (and, to check
the written images, pdfimages) of poppler-utils.  Nothing depends on the
clock or on chance (all "randomness" comes from seeded integer generators),
so a rebuild with the same poppler and zlib gives identical bytes.

Run from any directory:  python3 make/build.py
"""
import glob
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zlib

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Advance widths (1/1000 em) of the WinAnsiEncoding codes 32..255 in the
# standard 14 fonts used here, taken from the AFM files of the URW base 35
# fonts that are metric-compatible with them (what poppler draws them with);
# 0 for the codes WinAnsiEncoding leaves undefined.
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
    'Courier-Bold': [
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


# ---------------------------------------------------------------------------
# The typed page: a small layout engine


class Layout:
    """Flows paragraphs, label rows and tables down A4 pages."""

    def __init__(self, left, right, top, bottom, furniture=None):
        self.W, self.H = A4
        self.left, self.right, self.top, self.bottom = left, right, top, bottom
        self.furniture = furniture
        self.pages = []
        self.lines = []          # (page index, text, kind) of every printed line
        self.new_page()

    # -- primitives --------------------------------------------------------
    @property
    def width(self):
        return self.W - self.left - self.right

    def new_page(self):
        self.pages.append([])
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


# ---------------------------------------------------------------------------
# Pen strokes of a handwritten signature: a chain of cubic curves whose
# control points come from a fixed integer generator (no floats from a
# library, no clock), so the strokes are the same on every run.


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


# ---------------------------------------------------------------------------
# PDF writing


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


import math


# ---------------------------------------------------------------------------
# Rasterising to greyscale


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


# ---------------------------------------------------------------------------
# The scanner: a seeded integer generator and the degradations

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


# ---------------------------------------------------------------------------
# The scanned PDF


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


# ---------------------------------------------------------------------------
# Drawing helpers for the typed pages

H, HB = 'Helvetica', 'Helvetica-Bold'
T, TB, TI = 'Times-Roman', 'Times-Bold', 'Times-Italic'


def pen(ops, grey=0.15):
    return 'q %s G %s' % (num(grey), ops) + ' Q'


# ---------------------------------------------------------------------------
# The documents


def heading_item(L, font, size, lead, title_lines, paras, body_font,
                 hsize=None, before=12, after=2):
    """An item: its heading (one or more printed lines, given as they are
    broken), then its paragraphs."""
    hsize = hsize or size
    L.space(before)
    L.ensure(lead * (len(title_lines) + 2))
    for t in title_lines:
        L.para([(font, t)], hsize, lead)
    L.space(after)
    for p in paras:
        L.para(p if isinstance(p, list) else [(body_font, p)], size, lead, after=3)


def oppenvard():
    """Öppenvårdsnätverket, 14 April 2026: Helvetica 10.5 throughout; a prose
    header, the attendance as a comma list after 'Närvarande:', the items as
    unnumbered bold headings in the body size, set apart only by the space
    above them."""
    L = Layout(left=76, right=70, top=78, bottom=60)
    size, lead = 10.5, 14.4

    def item(title, paras):
        heading_item(L, HB, size, lead, [title], paras, H, before=13, after=1)

    L.para([(HB, 'Minnesanteckningar')], 15, 19)
    L.para([(H, 'Öppenvårdsnätverket')], 12, 16, after=10)
    L.para([(H, 'Nätverket träffades tisdagen den 14 april 2026 kl. 9.00-12.00 i Ängelholm, Familjens hus, '
                'rum Rönneå. Karl-Einar Wiklander var ordförande och Mojgan Rastegar förde anteckningarna.')],
           size, lead, after=6)
    L.para([(H, 'Närvarande: Karl-Einar Wiklander (Ängelholm), Mojgan Rastegar (Helsingborg), '
                'Chinedu Okafor (Landskrona), Ann-Marit Sjöholm (Höganäs), Daisuke Tanaka (Klippan), '
                'Inger-Lise Berntsson (Båstad) och Farai Moyo (Bjuv).')], size, lead, after=3)
    L.para([(H, 'Frånvarande: Sune-Erik Hallberg (Svalöv) och Zawadi Mwangi (Örkelljunga).')], size, lead, after=3)
    L.para([(H, 'Gäst: Akiko Lindqvist, barn- och ungdomspsykiatrin i Helsingborg.')], size, lead, after=2)

    item('Föregående minnesanteckningar', [
        'Minnesanteckningarna från mötet i februari godkändes utan ändringar.',
    ])
    item('Väntetider till föräldrastöd', [
        'Chinedu Okafor lyfte att väntetiden till föräldrastödsgrupperna i Landskrona nu är fyra månader. '
        'Han sa: ”Familjerna hinner ge upp innan de får en plats.”',
        'Ann-Marit Sjöholm frågade om Landskrona har provat att erbjuda grupper på kvällstid. '
        'Chinedu svarade att det ska prövas under hösten.',
        'Beslut: Chinedu Okafor och Ann-Marit Sjöholm kartlägger väntetiderna i alla kommuner till nästa möte.',
    ])
    item('Samverkan med barn- och ungdomspsykiatrin', [
        'Akiko Lindqvist berättade att BUP i Helsingborg inför en gemensam ingång för remisser från '
        'socialtjänsten. Enligt Akiko ska socialtjänsten få svar på en remiss inom tre veckor.',
        'Daisuke Tanaka frågade vem i kommunen som ska skicka remisserna. Akiko svarade att det är den '
        'handläggare som har ärendet.',
        'Nätverket beslutade att bjuda in BUP till höstens första möte.',
    ])
    item('Utbildning i motiverande samtal', [
        'Inger-Lise Berntsson tog upp att Båstad har fått medel för en utbildning i motiverande samtal '
        'för tolv deltagare. Hon sa: ”Vi har platser över och delar gärna med grannkommunerna.”',
        'Farai Moyo svarade att Bjuv gärna skickar två behandlare.',
        'Beslut: Båstad erbjuder de lediga platserna till nätverket senast den 30 april.',
    ])
    item('Övriga frågor', [
        'Daisuke Tanaka berättade att Klippans öppenvård flyttar till nya lokaler vid stationen i juni.',
        'Farai Moyo meddelade att Bjuv söker en familjebehandlare med inriktning på tonåringar.',
    ])
    L.para([(H, 'Nästa möte: tisdag 9 juni 2026 kl. 9.00 i Klippan.')], size, lead, before=14)
    L.para([(H, 'Antecknat av Mojgan Rastegar den 15 april 2026.')], size, lead, before=14)
    return L


def forsorjning():
    """Försörjningsstödsnätverket, 22 April 2026: Times; the date, time and
    place on one line under the heading; the attendance a two-column table
    (name, kommun) with a heading line above it; items as bold headings in
    CAPITALS, two of them broken over two lines; a signature block with the
    chair's and the scribe's signatures; 'N (2)' in the top right corner."""

    def furniture(lay, i, n):
        s = '%d (%d)' % (i + 1, n)
        lay.draw_text(lay.W - lay.right - text_width(T, 10, s), lay.H - 44, T, 10, s, page=i)
        lay.record(s, 'furniture', page=i)

    L = Layout(left=78, right=72, top=76, bottom=70, furniture=furniture)
    size, lead = 11.5, 14.6

    def item(title_lines, paras):
        heading_item(L, TB, size, lead, title_lines, paras, T, before=12, after=3)

    L.para([(TB, 'Försörjningsstödsnätverket')], 17, 21)
    L.para([(T, 'Minnesanteckningar')], 13, 17, after=6)
    L.para([(T, 'Onsdag 22 april 2026, kl. 13.15-16.00, Landskrona stadshus, sammanträdesrum Ven')],
           size, lead, after=10)
    L.para([(TB, 'Närvarande')], size, lead, after=3)
    rows = [[(TB, 'Namn'), (TB, 'Kommun')]]
    for n, k in (('Alf-Göran Ekdahl', 'Landskrona'),
                 ('Shahla Karimi', 'Helsingborg'),
                 ('Matteo Rinaldi', 'Höganäs'),
                 ('Bengt-Ove Svärd', 'Åstorp'),
                 ('Meseret Alemayehu', 'Ängelholm'),
                 ('Sardor Yusupov', 'Bjuv'),
                 ('Hans-Olle Frick', 'Klippan')):
        rows.append([(T, n), (T, k)])
    # a word processor's table with its borders switched off except under
    # the header row
    rh = lead + 2.5
    x2 = L.left + 190
    for r, row in enumerate(rows):
        L.y -= rh
        L.draw_text(L.left + 2, L.y, row[0][0], size, row[0][1])
        L.draw_text(x2, L.y, row[1][0], size, row[1][1])
        L.record('%s | %s' % (row[0][1], row[1][1]), 'table')
        if r == 0:
            L.line(L.left, L.y - 4, x2 + 130, L.y - 4, 0.7)
    L.space(12)
    L.para([(T, 'Förhinder: Kibrom Tesfamariam (Svalöv) och Karin-Maj Olofsson (Perstorp).')], size, lead, after=4)

    item(['MÖTETS ÖPPNANDE OCH FÖREGÅENDE ANTECKNINGAR'], [
        'Alf-Göran Ekdahl öppnade mötet. Anteckningarna från mötet i mars godkändes.',
    ])
    item(['EKONOMISKT BISTÅND TILL UNGA VUXNA', 'SOM LÄMNAR FAMILJEHEM ELLER HVB'], [
        'Meseret Alemayehu lyfte att unga vuxna i Ängelholm ofta står helt utan inkomst när placeringen '
        'upphör. Hon sa: ”De fyller år en dag och dagen efter ska de klara allt själva.”',
        'Matteo Rinaldi frågade om det finns en rutin för överlämning från barn- och ungdomsenheten.',
        'Beslut: Meseret Alemayehu och Matteo Rinaldi tar fram ett förslag till gemensam rutin för '
        'överlämning.',
    ])
    item(['RIKTLINJER FÖR BISTÅND TILL TANDVÅRD', 'OCH GLASÖGON'], [
        'Bengt-Ove Svärd tog upp att Åstorp har fått många ansökningar om akut tandvård under våren. '
        'Enligt Bengt-Ove skiljer sig riktlinjerna mycket mellan kommunerna.',
        'Sardor Yusupov instämde och sa att Bjuv alltid begär två kostnadsförslag.',
        'Nätverket beslutade att jämföra kommunernas riktlinjer för tandvård inför nästa möte.',
    ])
    item(['DIGITAL ANSÖKAN'], [
        'Hans-Olle Frick berättade att Klippan har infört digital ansökan och att två av tre sökande nu '
        'ansöker digitalt.',
        'Shahla Karimi frågade hur Klippan hjälper de sökande som inte har e-legitimation.',
        'Frågan diskuterades. Inget beslut fattades.',
    ])
    item(['ÖVRIGT'], [
        'Sardor Yusupov meddelade att Bjuv anställer två nya socialsekreterare i maj.',
        'Matteo Rinaldi berättade att Höganäs startar en rådgivning om skulder på biblioteket.',
    ])
    L.para([(T, 'Nästa möte: onsdag 10 juni 2026 kl. 13.15 i Åstorp.')], size, lead, before=14)

    # the signature block
    L.space(30)
    L.ensure(150)
    L.para([(T, 'Landskrona den 24 april 2026')], size, lead, after=20)
    y = L.y
    for x, label, name, role, seed in ((L.left, 'Justeras', 'Alf-Göran Ekdahl', 'ordförande', 19),
                                       (L.left + 245, 'Vid anteckningarna', 'Shahla Karimi', 'sekreterare', 71)):
        L.draw_text(x, y - lead, T, size, label)
        L.pages[-1].append(pen(signature_ops(x + 12, y - lead - 40, 135, 30, seed, 1.1)))
        L.line(x, y - lead - 46, x + 190, y - lead - 46, 0.5)
        L.draw_text(x, y - lead - 60, T, size, name)
        L.draw_text(x, y - lead - 60 - lead, T, size, role)
    L.record('Justeras Vid anteckningarna')
    L.record('Alf-Göran Ekdahl Shahla Karimi')
    L.record('ordförande sekreterare')
    L.y = y - lead - 60 - lead
    return L


RULE_GREY, RULE_W = 0.55, 0.6


def familjehem():
    """Familjehemsnätverket, 23 April 2026: Helvetica; a label block at the
    top (date, place, who came, who was away, the guest, chair and
    secretary); then a ruled protocol: every item a row between horizontal
    rules, its short title in a narrow left column and its text in a wider
    column to the right, starting on the same line as the title."""
    L = Layout(left=70, right=64, top=72, bottom=60)
    size, lead = 10.5, 14.0
    colw, gap = 104, 14

    L.para([(HB, 'Familjehemsnätverket')], 16, 20)
    L.para([(H, 'Minnesanteckningar')], 12.5, 16, after=10)
    lw = 78      # the label block's values stand closer than the items' text
    L.labels([
        ('Datum:', 'torsdag 23 april 2026, kl. 9.30-12.00'),
        ('Plats:', 'Perstorp, Kommunhuset, rum Ljungen'),
    ], size, lead, HB, H, lw, after=4)
    # a label with one value a line
    for label, values in (
            ('Närvarande:', ['Kurt-Olov Bengtsson, Perstorp', 'Ikram Benali, Höganäs',
                             'Afsaneh Moradi, Helsingborg', 'Kenji Nakamura, Landskrona',
                             'Chipo Banda, Örkelljunga', 'Davron Usmonov, Svalöv']),
            ('Frånvarande:', ['Ingvar-Åke Lundström, Åstorp', 'Malgorzata Nowak, Båstad']),
            ('Gäst:', ['Neema Holmgren, Länsstyrelsen Skåne'])):
        for i, v in enumerate(values):
            L.y -= lead
            if i == 0:
                L.draw_text(L.left, L.y, HB, size, label)
            L.draw_text(L.left + lw, L.y, H, size, v)
            L.record((label + ' ' if i == 0 else '') + v)
        L.space(4)
    L.labels([
        ('Ordförande:', 'Kurt-Olov Bengtsson'),
        ('Sekreterare:', 'Ikram Benali'),
    ], size, lead, HB, H, lw, after=10)

    xr = L.left + colw + gap
    wr = L.width - colw - gap

    def rule(y):
        # the table's borders: thin and light grey, as a word processor's
        # 'light grid' draws them
        L.pages[-1].append('q %s G' % num(RULE_GREY))
        L.line(L.left, y, L.W - L.right, y, RULE_W)
        L.pages[-1].append('Q')

    def row(title_lines, paras):
        # lay the right column out first to know the row's height
        body = []
        for p in paras:
            body.append(L.wrap([(H, p)], size, wr))
        n_lines = sum(len(b) for b in body) + 0.25 * (len(body) - 1)
        height = max(n_lines, len(title_lines)) * lead + 12
        L.ensure(height)
        top = L.y
        rule(top)
        y = top - 4
        for t in title_lines:
            y -= lead
            L.draw_text(L.left, y, HB, size, t)
        y = top - 4
        first = True
        for b in body:
            if not first:
                y -= lead * 0.25
            for ln in b:
                y -= lead
                L.draw_runs(xr, y, ln, size)
                L.record(((' '.join(title_lines) + ' ') if first else '') + L.plain(ln))
                first = False
        L.y = top - height

    row(['Mötets öppnande'], [
        'Kurt-Olov Bengtsson öppnade mötet och hälsade Neema Holmgren välkommen. Dagordningen godkändes.',
    ])
    row(['Budget'], [
        'Afsaneh Moradi lyfte att Helsingborgs budget för arvoden till familjehem redan är till hälften '
        'förbrukad. Hon sa: ”Vi behöver fler familjehem, men vi har inte råd med dem vi har.”',
        'Chipo Banda frågade om alla kommuner följer de nya rekommendationerna om arvoden.',
        'Beslut: Afsaneh Moradi sammanställer kommunernas arvoden till nästa möte.',
    ])
    row(['Rekrytering'], [
        'Kenji Nakamura berättade att Landskrona har rekryterat sex nya familjehem genom en kampanj i '
        'lokaltidningen. Enligt Kenji kom flest intresseanmälningar från nyblivna pensionärer.',
        'Davron Usmonov frågade vad kampanjen kostade.',
        'Nätverket beslutade att göra en gemensam rekryteringskampanj under hösten.',
    ])
    row(['Utbildning'], [
        'Neema Holmgren tog upp att Länsstyrelsen erbjuder en kostnadsfri grundutbildning för familjehem '
        'under hösten. Hon sa: ”Utbildningen passar både nya och erfarna familjehem.”',
        'Inget beslut.',
    ])
    row(['Övrigt'], [
        'Chipo Banda meddelade att Örkelljunga får en ny familjehemssekreterare den 4 maj.',
        'Davron Usmonov berättade att Svalöv har ett ledigt jourhem.',
    ])
    rule(L.y)
    L.para([(H, 'Nästa möte: torsdag 4 juni 2026 kl. 9.30 i Örkelljunga.')], size, lead, before=10)
    L.para([(H, 'Vid anteckningarna: Ikram Benali')], size, lead, before=10)
    return L


# file name, builder, scan kind, dpi, angle, seed, /Info
DOCUMENTS = [
    ('20260415163402.pdf', oppenvard, 'gray', 300, 0.35, 41, [
        ('Creator', 'Canon iR-ADV C5840'),
        ('Producer', 'Canon iR-ADV C5840'),
        ('CreationDate', "D:20260415163402+02'00'"),
    ]),
    ('forsorjningsstod_signerade_anteckningar.pdf', forsorjning, 'mono', 300, -0.6, 53, [
        ('Creator', 'Xerox AltaLink C8130'),
        ('Producer', 'Xerox AltaLink C8130'),
        ('CreationDate', "D:20260428091144+02'00'"),
        ('ModDate', "D:20260428091144+02'00'"),
    ]),
    ('Scanned_20260429-0803.pdf', familjehem, 'gray', 200, 0.5, 67, [
        ('Creator', 'Lexmark MX622ade'),
        ('Producer', 'Lexmark MX622ade'),
        ('CreationDate', "D:20260429080311+02'00'"),
    ]),
]


def scan(pages, kind, angle, seed):
    rng = Rng(seed)
    out = []
    for n, (w, h, rows) in enumerate(pages):
        a = angle + (0.12 if n % 2 else 0.0)   # the second sheet went in a little differently
        rows = rotate(rows, w, a)
        if kind == 'gray':
            rows = tone(rows, 243, 236, 44, lid=4)
            rows = noise(rows, w, rng, w // 90, 8)
            rows = specks(rows, w, rng, 6, 2, 120)
            out.append((w, h, 8, b''.join(bytes(r) for r in rows)))
        else:
            rows = noise(rows, w, rng, w // 30, 110)
            # dirt: a few specks, most of them in the margins
            rows = specks(rows, w, rng, 12, 5, 20,
                          avoid=lambda x, y: 330 < x < w - 300 and 300 < y < h - 300 and (x + y) % 3)
            out.append((w, h, 1, pack_1bit(rows, w, 128)))
    return out


def build(name, builder, kind, dpi, angle, seed, info, tmp_root):
    layout = builder()
    layout.finish()
    tmp = tempfile.mkdtemp(dir=tmp_root)
    pages = rasterise_gray(text_pdf(layout), tmp, dpi)
    images = scan(pages, kind, angle, seed)
    data = scanned_pdf(images, info)
    path = os.path.join(HERE, name)
    with open(path, 'wb') as f:
        f.write(data)
    verify(path, images, tmp)
    if os.environ.get('VARIED64_LINES'):
        for p, text, kind_ in layout.lines:
            print('  %d %-9s %s' % (p + 1, kind_, text))
    return path, len(images), len(data)


def main():
    if not shutil.which('pdftoppm'):
        sys.exit('pdftoppm (poppler-utils) is needed')
    tmp_root = tempfile.mkdtemp(prefix='varied64-')
    try:
        for name, builder, kind, dpi, angle, seed, info in DOCUMENTS:
            path, pages, size = build(name, builder, kind, dpi, angle, seed, info, tmp_root)
            print('%-44s %d page(s) %8d bytes' % (name, pages, size))
    finally:
        shutil.rmtree(tmp_root)


if __name__ == '__main__':
    main()
