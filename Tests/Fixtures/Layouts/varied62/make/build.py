#!/usr/bin/env python3
"""Builds the fixtures of Tests/Fixtures/Layouts/varied62: scanned minutes as
real office scans look - PDF files without any text layer whose pages are
images of slightly grey paper, slightly rotated, with noise and dirt.

For each document the script

  1. lays out the minutes as a typed page would look and writes them as an
     ordinary text PDF (A4, the standard 14 fonts with WinAnsiEncoding; the
     layout engine, font widths, pen strokes and PDF writer are copied from
     ../varied61/make/build.py);
  2. rasterises that PDF with `pdftoppm -r 200 -gray` (or -r 300 -gray for
     the 1-bit scan) into a temporary directory;
  3. degrades each page in pure Python as a scanner would: greyish paper
     with a faint gradient, text ink not quite black, sparse pixel noise
     from a fixed integer generator, a few specks of dirt, and a rotation by
     a fraction of a degree (three shears, nearest neighbour); the 1-bit
     scan is thresholded after that;
  4. writes the final PDF: one A4 page per image, whose content stream only
     draws one image XObject (/DeviceGray, 8 or 1 bits, /FlateDecode), and an
     /Info dictionary as the scanner writes it.  No text operators, no fonts.

  img20260302_10154412.pdf                    Brother MFC-L8900CDW, IFO-nätverket,
        1 page, 200 dpi greyscale, +0.7 degrees, registry stamp
  doc04417220260305141207.pdf                 KYOCERA TASKalfa 3554ci,
        Nätverket för ekonomiskt bistånd, 1 page, 300 dpi 1-bit, -0.4 degrees
  justerade_minnesanteckningar_beroende.pdf   SHARP MX-3061, Beroendenätverket,
        2 pages, 200 dpi greyscale, signature page

Python 3 standard library only, plus the pdftoppm command.  Nothing depends
on the clock or on chance (all "randomness" comes from seeded integer
generators), so a rebuild with the same poppler and zlib gives identical
bytes.

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
from bisect import bisect_right

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


def stamp_ops(x, y, degrees, lines, grey):
    """A registry's rubber stamp: a box with centred lines, set down a little
    askew, in an ink that scans as mid grey."""
    a = math.radians(degrees)
    c, s = math.cos(a), math.sin(a)
    wbox, hbox = 150.0, 64.0
    ops = ['q %s g %s G' % (num(grey), num(grey)),
           '%s %s %s %s %s %s cm' % (num(c), num(s), num(-s), num(c), num(x), num(y)),
           '1.6 w 0 0 %s %s re S 0.7 w 3 3 %s %s re S' % (num(wbox), num(hbox), num(wbox - 6), num(hbox - 6))]
    yy = hbox - 6
    for font, size, text in lines:
        yy -= size + 3
        tw = text_width(font, size, text)
        ops.append('BT /%s %s Tf %s %s Td %s Tj ET' % (FONT_RES[font], num(size), num((wbox - tw) / 2.0), num(yy), pdf_string(text)))
    ops.append('Q')
    return ' '.join(ops)


def pen(ops, grey=0.15):
    return 'q %s G %s' % (num(grey), ops) + ' Q'


# ---------------------------------------------------------------------------
# The documents


def ifo():
    """IFO-nätverket, 19 February 2026: Helvetica, a label block, the
    attendance one name a line, numbered items; the registry's INKOM stamp
    in the top right corner."""
    L = Layout(left=72, right=64, top=96, bottom=48)
    size, lead = 10.5, 14.2

    def item(title, paras):
        L.para([(HB, title)], 11, 15, before=9, after=2, keep=2)
        for p in paras:
            L.para(p if isinstance(p, list) else [(H, p)], size, lead, after=3)

    L.pages[-1].append(stamp_ops(398, 756, 1.5, [
        (HB, 8, 'KLIPPANS KOMMUN'),
        (H, 7.5, 'Socialförvaltningen'),
        (HB, 11, 'INKOM 2026-03-02'),
        (H, 7.5, 'Dnr SN 2026/0087'),
    ], 0.42))
    L.para([(HB, 'Minnesanteckningar')], 17, 21)
    L.para([(HB, 'IFO-nätverket')], 13, 17, after=8)
    L.labels([
        ('Datum:', 'torsdag 19 februari 2026'),
        ('Tid:', 'kl. 9.00–11.30'),
        ('Plats:', 'Båstad, Kommunhuset, rum Hallandsåsen'),
        ('Ordförande:', 'Märta-Lisa Fransson'),
        ('Antecknare:', 'Payam Sharifi'),
    ], size, lead, HB, H, 80, after=8)
    L.para([(HB, 'Närvarande')], size, lead, after=1)
    for name in ('Märta-Lisa Fransson, Båstad', 'Payam Sharifi, Helsingborg', 'Luljeta Berisha, Landskrona',
                 'Per-Ola Lindahl, Höganäs', 'Selamawit Tesfaye, Ängelholm', 'Gudmar Nordh, Klippan',
                 'Darya Volkova, Åstorp', 'Sol-Britt Engdahl, Perstorp'):
        L.para([(H, name)], size, 13.4, indent=14)
    L.para([(HB, 'Frånvarande:'), (H, ' Ardian Gashi, Bjuv; Siv-Ann Lövgren, Svalöv')], size, lead, before=6)
    L.para([(HB, 'Gäst:'), (H, ' Tariku Alemu, kommunpolis i Helsingborg (punkt 2)')], size, lead, after=4)

    item('1. Mötets öppnande och dagordning', [
        'Märta-Lisa Fransson öppnade mötet. Dagordningen godkändes.',
    ])
    item('2. Samverkan med polisen om unga i riskmiljöer', [
        'Tariku Alemu berättade att polisen i Helsingborg under 2025 skrev 120 orosanmälningar om barn under 15 år.',
        'Han sa: ”Vi ser samma ungdomar på helgerna som socialtjänsten ser på vardagarna.”',
        'Per-Ola Lindahl frågade hur snabbt socialtjänsten får veta när ett barn har gripits. Tariku svarade att det oftast sker samma natt.',
        [(HB, 'Beslut:'), (H, ' Per-Ola Lindahl och Tariku Alemu tar fram en gemensam rutin för orosanmälningar från polisen.')],
    ])
    item('3. Kostnader för placeringar på HVB', [
        'Luljeta Berisha lyfte att Landskrona har fått höjda dygnskostnader från tre HVB-hem sedan januari.',
        'Hon sa: ”Priset har gått upp med nästan en femtedel på ett år.”',
        'Gudmar Nordh berättade att Klippan har sagt upp ett avtal av samma skäl.',
        [(HB, 'Beslut:'), (H, ' Nätverket gör en gemensam sammanställning av dygnskostnaderna till nästa möte.')],
    ])
    item('4. Övriga frågor', [
        'Selamawit Tesfaye meddelade att Ängelholm söker två familjebehandlare.',
        'Darya Volkova berättade att Åstorp byter verksamhetssystem i maj.',
    ])
    L.para([(HB, 'Nästa möte:'), (H, ' torsdag 16 april 2026 kl. 9.00 i Ängelholm.')], size, lead, before=10)
    L.para([(H, 'Antecknat av Payam Sharifi')], size, lead, before=12)
    return L


def bistand():
    """Nätverket för ekonomiskt bistånd, 3 March 2026: Times, label block,
    the attendance as a ruled three-column table, items 'Punkt N.'."""
    L = Layout(left=76, right=70, top=74, bottom=64)
    size, lead = 11, 14

    def item(title, paras):
        L.para([(TB, title)], 11.5, 15, before=8, after=2, keep=2)
        for p in paras:
            L.para(p if isinstance(p, list) else [(T, p)], size, lead, after=3)

    L.para([(TB, 'Nätverket för ekonomiskt bistånd')], 16, 20)
    L.para([(T, 'Minnesanteckningar')], 13, 17, after=8)
    L.labels([
        ('Datum:', 'tisdag 3 mars 2026'),
        ('Tid:', '13.00–15.30'),
        ('Plats:', 'Svalöv, Kommunhuset, sammanträdesrum Söderåsen'),
    ], size, lead, TB, T, 56, after=8)
    L.para([(TB, 'Närvarande')], size, lead, after=4)
    rows = [[(TB, 'Namn'), (TB, 'Kommun'), (TB, 'Uppdrag')]]
    for n, k, r in (('Hans-Erik Dahlberg', 'Helsingborg', 'ordförande'),
                    ('Yasmina Belkacem', 'Svalöv', 'antecknare'),
                    ('Ulla-Britt Rosén', 'Höganäs', ''),
                    ('Mulugeta Haile', 'Landskrona', ''),
                    ('Elsa-Maj Sundqvist', 'Ängelholm', ''),
                    ('Soran Mahmoud', 'Bjuv', ''),
                    ('Anela Mujic', 'Örkelljunga', ''),
                    ('Lars-Inge Wallin', 'Klippan', '')):
        rows.append([(T, n), (T, k), (T, r)])
    L.table([170, 130, 110], rows, size, 13, pad=3.5, after=8)
    L.para([(TB, 'Förhinder:'), (T, ' Kajal Rahman, Perstorp; Tove-Lin Ekström, Båstad.')], size, lead, after=4)

    item('Punkt 1. Föregående anteckningar', [
        'Anteckningarna från januarimötet godkändes och lades till handlingarna.',
    ])
    item('Punkt 2. Hushållens kostnader för el', [
        'Mulugeta Haile lyfte att allt fler hushåll i Landskrona söker bistånd för elräkningar.',
        'Enligt Mulugeta handlar det om ett fyrtiotal ansökningar i månaden.',
        'Ulla-Britt Rosén instämde och berättade att Höganäs ser samma sak.',
        [(TB, 'Beslut:'), (T, ' Mulugeta Haile och Ulla-Britt Rosén skriver en gemensam vägledning om el och uppvärmning.')],
    ])
    item('Punkt 3. Samarbetet med Arbetsförmedlingen', [
        'Elsa-Maj Sundqvist tog upp att väntetiden till Arbetsförmedlingens insatser har blivit längre.',
        'Hon sa: ”Vi skickar dem vidare, och sedan kommer de tillbaka till oss.”',
        'Soran Mahmoud frågade om någon kommun har en egen arbetsmarknadsenhet som tar emot alla.',
        'Frågan diskuterades, men inget beslut fattades.',
    ])
    item('Punkt 4. Övrigt', [
        'Lars-Inge Wallin berättade att Klippan inför e-ansökan om ekonomiskt bistånd i april.',
        'Anela Mujic meddelade att Örkelljunga har fått en ny enhetschef.',
    ])
    L.para([(TB, 'Nästa möte:'), (T, ' tisdag 5 maj 2026 kl. 13.00 i Bjuv.')], size, lead, before=10)
    L.para([(TI, 'Vid anteckningarna: Yasmina Belkacem')], size, lead, before=10)
    return L


def beroende():
    """Beroendenätverket, 25 February 2026: Helvetica, a prose header, the
    attendance as a paragraph, numbered items, footer 'Sida N av M'; page 2
    is the signature page, signed by hand."""

    def furniture(lay, i, n):
        s = 'Sida %d av %d' % (i + 1, n)
        lay.draw_text((lay.W - text_width(H, 9, s)) / 2.0, 40, H, 9, s, page=i)
        lay.record(s, 'furniture', page=i)

    L = Layout(left=74, right=68, top=80, bottom=72, furniture=furniture)
    size, lead = 10.5, 14.4

    def item(title, paras):
        L.para([(HB, title)], 11, 15, before=9, after=2, keep=2)
        for p in paras:
            L.para(p if isinstance(p, list) else [(H, p)], size, lead, after=3)

    L.para([(HB, 'Beroendenätverket')], 16, 20)
    L.para([(H, 'Minnesanteckningar')], 12.5, 16, after=8)
    L.para([(H, 'Nätverket träffades onsdagen den 25 februari 2026 kl. 13.00–15.30 i Örkelljunga kommunhus, '
                'sammanträdesrum Skäralid.')], size, lead, after=5)
    L.para([(HB, 'Närvarande:'), (H, ' Leif-Åke Bergkvist, Örkelljunga (ordförande); Hiwot Gebre, Helsingborg '
             '(sekreterare); Gerd-Inger Holm, Höganäs; Siamak Tehrani, Landskrona; Stina-Kajsa Nyberg, Båstad; '
             'Rebin Ahmadi, Åstorp; Ingebjörg Lunde, Ängelholm.')], size, lead, after=3)
    L.para([(HB, 'Frånvarande:'), (H, ' Efrem Tekle, Klippan.')], size, lead, after=3)
    L.para([(HB, 'Gäst:'), (H, ' Nardos Bekele, beroendemottagningen, Region Skåne.')], size, lead, after=4)

    item('1. Mötets öppnande', [
        'Leif-Åke Bergkvist hälsade alla välkomna till Örkelljunga.',
    ])
    item('2. Samordnad vård med regionen', [
        'Nardos Bekele berättade att beroendemottagningen har fått ett nytt uppdrag om samordnad vård från den 1 januari.',
        'Hon sa: ”Ingen ska behöva berätta sin historia för fem olika handläggare.”',
        'Siamak Tehrani frågade hur kommunerna ska anmäla behov av en samordnad plan.',
        [(HB, 'Beslut:'), (H, ' Siamak Tehrani och Nardos Bekele bjuder in till ett gemensamt möte om SIP i april.')],
    ])
    item('3. Unga vuxna och kokain', [
        'Stina-Kajsa Nyberg lyfte att Båstad ser fler unga vuxna med kokainbruk än tidigare.',
        'Hon sa: ”De kommer inte till oss förrän skulderna har blivit för stora.”',
        'Rebin Ahmadi berättade att Åstorp har börjat med öppna samtal på fritidsgården.',
        'Inget beslut.',
    ])
    item('4. Övrigt', [
        'Gerd-Inger Holm berättade att Höganäs öppnar en ny mottagning i Viken i maj.',
        'Ingebjörg Lunde meddelade att Ängelholm söker en beroendeterapeut.',
    ])
    L.para([(HB, 'Nästa möte:'), (H, ' onsdag 22 april 2026 kl. 13.00 i Åstorp.')], size, lead, before=10)

    # page 2: the signatures
    L.new_page()
    L.para([(H, 'Örkelljunga 2026-03-03')], size, lead, before=40, after=30)
    y = L.y
    for x, label, name, seed in ((L.left, 'Justeras', 'Leif-Åke Bergkvist', 31),
                                 (L.left + 250, 'Justeras', 'Gerd-Inger Holm', 57)):
        L.draw_text(x, y - lead, H, size, label)
        L.pages[-1].append(pen(signature_ops(x + 10, y - lead - 37, 140, 30, seed, 1.1)))
        L.line(x, y - lead - 42, x + 190, y - lead - 42, 0.5)
        L.draw_text(x, y - lead - 56, H, size, name)
    L.record('Justeras Justeras')
    L.record('Leif-Åke Bergkvist Gerd-Inger Holm')
    y -= 130
    L.draw_text(L.left, y - lead, H, size, 'Vid protokollet')
    L.pages[-1].append(pen(signature_ops(L.left + 8, y - lead - 37, 110, 26, 83, 1.1)))
    L.line(L.left, y - lead - 42, L.left + 190, y - lead - 42, 0.5)
    L.draw_text(L.left, y - lead - 56, H, size, 'Hiwot Gebre')
    L.record('Vid protokollet')
    L.record('Hiwot Gebre')
    return L


# file name, builder, scan kind, dpi, angle, seed, /Info
DOCUMENTS = [
    ('img20260302_10154412.pdf', ifo, 'gray', 200, 0.7, 11, [
        ('Creator', 'Brother MFC-L8900CDW'),
        ('Producer', 'Brother MFC-L8900CDW'),
        ('CreationDate', "D:20260302101544+01'00'"),
    ]),
    ('doc04417220260305141207.pdf', bistand, 'mono', 300, -0.4, 23, [
        ('Creator', 'KYOCERA TASKalfa 3554ci'),
        ('Producer', 'KYOCERA Document Solutions Inc.'),
        ('CreationDate', "D:20260305141207+01'00'"),
        ('ModDate', "D:20260305141207+01'00'"),
    ]),
    ('justerade_minnesanteckningar_beroende.pdf', beroende, 'gray', 200, -0.55, 37, [
        ('Creator', 'SHARP MX-3061'),
        ('Producer', 'SHARP MX-3061 Scan'),
        ('CreationDate', "D:20260304091233+01'00'"),
    ]),
]


def scan(pages, kind, angle, seed):
    rng = Rng(seed)
    out = []
    for n, (w, h, rows) in enumerate(pages):
        a = angle + (0.12 if n % 2 else 0.0)   # the second sheet went in a little differently
        rows = rotate(rows, w, a)
        if kind == 'gray':
            rows = tone(rows, 243, 237, 42, lid=4)
            rows = noise(rows, w, rng, w // 90, 8)
            rows = specks(rows, w, rng, 5, 2, 120)
            out.append((w, h, 8, b''.join(bytes(r) for r in rows)))
        else:
            rows = noise(rows, w, rng, w // 30, 110)
            # dirt: a few specks, most of them in the margins
            rows = specks(rows, w, rng, 14, 5, 20,
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
    return path, len(images), len(data)


def main():
    if not shutil.which('pdftoppm'):
        sys.exit('pdftoppm (poppler-utils) is needed')
    tmp_root = tempfile.mkdtemp(prefix='varied62-')
    try:
        for name, builder, kind, dpi, angle, seed, info in DOCUMENTS:
            path, pages, size = build(name, builder, kind, dpi, angle, seed, info, tmp_root)
            print('%-44s %d page(s) %8d bytes' % (name, pages, size))
    finally:
        shutil.rmtree(tmp_root)


if __name__ == '__main__':
    main()
