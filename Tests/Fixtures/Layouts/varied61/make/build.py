#!/usr/bin/env python3
"""Builds the fixtures of Tests/Fixtures/Layouts/varied61: scanned minutes,
PDF files without any text layer, as an office scanner or a multifunction
printer's "scan to e-mail" writes them.

For each document the script

  1. lays out the minutes as a typed page would look and writes them as an
     ordinary text PDF (A4, the standard 14 fonts Helvetica, Times and
     Courier with WinAnsiEncoding, real line wrapping by the fonts' widths,
     headings in bold or a larger size, rules, tables, page header and
     footer, and the pen strokes of the signatures);
  2. rasterises that PDF with `pdftoppm -r 300 -mono` (poppler-utils) into a
     temporary directory, one PBM bitmap per page;
  3. writes the final PDF: one A4 page (595 x 842 pt) per bitmap, whose
     content stream only draws one image XObject (DeviceGray, 1 bit per
     component), either /FlateDecode of the packed rows (bits inverted: in
     PBM 1 is black, in DeviceGray 1 is white) or /CCITTFaxDecode Group 4
     (K -1, BlackIs1 false) written by the encoder below, and an /Info
     dictionary as the scanner writes it.  No text operators, no fonts.

The temporary text PDFs and bitmaps are removed; only the scanned PDFs are
written into this folder:

  SKM_C300i26012014350.pdf                       KONICA MINOLTA bizhub C300i,
        Familjehemsnätverket, 2 pages, Helvetica, Flate
  socialchefsnatverket_2026-02-06_skannad.pdf    Canon iR-ADV C5535,
        Socialchefsnätverket, 1 page, Times, CCITT G4
  20260226154211537.pdf                          RICOH IM C3000,
        Nätverket mot våld i nära relationer, 1 page, Courier, Flate
  Xerox Scan_03162026093015.pdf                  Xerox AltaLink C8130,
        Nätverket för LSS-handläggare, 3 pages, Helvetica, CCITT G4

Python 3 standard library only, plus the pdftoppm command.  Nothing depends
on the clock or on chance (the signatures' strokes come from a fixed integer
generator, the dates in /Info are fixed), so a rebuild with the same poppler
and zlib gives identical bytes.  Each scanned page is also decoded again by
`pdfimages` (poppler) when it is available and compared bit for bit with the
bitmap it was made from.

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


def rasterise(pdf_bytes, tmp):
    src = os.path.join(tmp, 'typed.pdf')
    with open(src, 'wb') as f:
        f.write(pdf_bytes)
    subprocess.run(['pdftoppm', '-r', '300', '-mono', src, os.path.join(tmp, 'page')], check=True)
    files = sorted(glob.glob(os.path.join(tmp, 'page-*.pbm')),
                   key=lambda p: int(re.search(r'-(\d+)\.pbm$', p).group(1)))
    return [read_pbm(p) for p in files]


# ---------------------------------------------------------------------------
# CCITT Group 4 (ITU-T T.6) encoder

WHITE_TERM = ('00110101 000111 0111 1000 1011 1100 1110 1111 10011 10100 00111 01000 '
              '001000 000011 110100 110101 101010 101011 0100111 0001100 0001000 0010111 '
              '0000011 0000100 0101000 0101011 0010011 0100100 0011000 00000010 00000011 '
              '00011010 00011011 00010010 00010011 00010100 00010101 00010110 00010111 '
              '00101000 00101001 00101010 00101011 00101100 00101101 00000100 00000101 '
              '00001010 00001011 01010010 01010011 01010100 01010101 00100100 00100101 '
              '01011000 01011001 01011010 01011011 01001010 01001011 00110010 00110011 '
              '00110100').split()
WHITE_MAKEUP = ('11011 10010 010111 0110111 00110110 00110111 01100100 01100101 01101000 '
                '01100111 011001100 011001101 011010010 011010011 011010100 011010101 '
                '011010110 011010111 011011000 011011001 011011010 011011011 010011000 '
                '010011001 010011010 011000 010011011').split()            # 64 .. 1728
BLACK_TERM = ('0000110111 010 11 10 011 0011 0010 00011 000101 000100 0000100 0000101 '
              '0000111 00000100 00000111 000011000 0000010111 0000011000 0000001000 '
              '00001100111 00001101000 00001101100 00000110111 00000101000 00000010111 '
              '00000011000 000011001010 000011001011 000011001100 000011001101 '
              '000001101000 000001101001 000001101010 000001101011 000011010010 '
              '000011010011 000011010100 000011010101 000011010110 000011010111 '
              '000001101100 000001101101 000011011010 000011011011 000001010100 '
              '000001010101 000001010110 000001010111 000001100100 000001100101 '
              '000001010010 000001010011 000000100100 000000110111 000000111000 '
              '000000100111 000000101000 000001011000 000001011001 000000101011 '
              '000000101100 000001011010 000001100110 000001100111').split()
BLACK_MAKEUP = ('0000001111 000011001000 000011001001 000001011011 000000110011 '
                '000000110100 000000110101 0000001101100 0000001101101 0000001001010 '
                '0000001001011 0000001001100 0000001001101 0000001110010 0000001110011 '
                '0000001110100 0000001110101 0000001110110 0000001110111 0000001010010 '
                '0000001010011 0000001010100 0000001010101 0000001011010 0000001011011 '
                '0000001100100 0000001100101').split()                       # 64 .. 1728
EXT_MAKEUP = ('00000001000 00000001100 00000001101 000000010010 000000010011 '
              '000000010100 000000010101 000000010110 000000010111 000000011100 '
              '000000011101 000000011110 000000011111').split()              # 1792 .. 2560
assert len(WHITE_TERM) == len(BLACK_TERM) == 64
assert len(WHITE_MAKEUP) == len(BLACK_MAKEUP) == 27 and len(EXT_MAKEUP) == 13


def _check_prefix_free(codes):
    codes = sorted(codes)
    for a, b in zip(codes, codes[1:]):
        assert not b.startswith(a), (a, b)


_check_prefix_free(WHITE_TERM + WHITE_MAKEUP + EXT_MAKEUP)
_check_prefix_free(BLACK_TERM + BLACK_MAKEUP + EXT_MAKEUP)

VERTICAL = {0: '1', 1: '011', 2: '000011', 3: '0000011', -1: '010', -2: '000010', -3: '0000010'}
PASS, HORIZONTAL, EOFB = '0001', '001', '000000000001' * 2


def run_code(length, black):
    term = BLACK_TERM if black else WHITE_TERM
    makeup = BLACK_MAKEUP if black else WHITE_MAKEUP
    out = []
    while length >= 2560:
        out.append(EXT_MAKEUP[-1])
        length -= 2560
    if length >= 1792:
        out.append(EXT_MAKEUP[(length - 1792) // 64])
        length %= 64
    elif length >= 64:
        out.append(makeup[length // 64 - 1])
        length %= 64
    out.append(term[length])
    return ''.join(out)


def _changes(bits):
    """Changing elements of a row given as a '0'/'1' string (1 = black): the
    positions whose colour differs from the pixel before (white before 0)."""
    return [m.start() for m in re.finditer('1+|0+', bits) if not (m.start() == 0 and bits[0] == '0')]


def g4_encode(w, h, data):
    """PBM rows (1 = black) -> T.6 data for /CCITTFaxDecode with /K -1 and
    /BlackIs1 false (decoded black is 0, as DeviceGray wants it)."""
    row_bytes = (w + 7) // 8
    out = []
    ref = []                      # changes of the imaginary all-white line
    for r in range(h):
        chunk = data[r * row_bytes:(r + 1) * row_bytes]
        bits = bin(int.from_bytes(chunk, 'big') | (1 << (row_bytes * 8)))[3:3 + w]
        cur = _changes(bits)
        a0, black = -1, False
        ncur, nref = len(cur), len(ref)
        while True:
            i = bisect_right(cur, a0)
            a1 = cur[i] if i < ncur else w
            a2 = cur[i + 1] if i + 1 < ncur else w
            # b1: first change on the reference line right of a0 to the colour
            # opposite a0's; changes alternate white->black (even index) and
            # black->white (odd index)
            j = bisect_right(ref, a0)
            if j < nref and (j % 2 == 1) != black:
                j += 1
            b1 = ref[j] if j < nref else w
            b2 = ref[j + 1] if j + 1 < nref else w
            if b2 < a1:
                out.append(PASS)
                a0 = b2
            elif abs(a1 - b1) <= 3:
                out.append(VERTICAL[a1 - b1])
                a0 = a1
                black = not black
            else:
                out.append(HORIZONTAL)
                out.append(run_code(a1 - max(a0, 0), black))
                out.append(run_code(a2 - a1, not black))
                a0 = a2
            if a0 >= w:
                break
        ref = cur
    out.append(EOFB)
    s = ''.join(out)
    s += '0' * (-len(s) % 8)
    return int(s, 2).to_bytes(len(s) // 8, 'big') if s else b''


INVERT = bytes(255 - i for i in range(256))


def scanned_pdf(images, info, method):
    """images: [(w, h, pbm bits)]; one A4 page per image, nothing but the image."""
    pdf = PdfWriter()
    catalog = pdf.reserve()
    pages = pdf.reserve()
    kids = []
    for w, h, bits in images:
        page = pdf.reserve()
        contents = pdf.reserve()
        if method == 'g4':
            data = g4_encode(w, h, bits)
            d = (b'/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray '
                 b'/BitsPerComponent 1 /Filter /CCITTFaxDecode /DecodeParms << /K -1 /Columns %d /Rows %d /BlackIs1 false >>'
                 % (w, h, w, h))
        else:
            data = zlib.compress(bits.translate(INVERT), 9)
            d = (b'/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray '
                 b'/BitsPerComponent 1 /Filter /FlateDecode' % (w, h))
        image = pdf.add(PdfWriter.stream(d, data))
        pdf.set(contents, PdfWriter.stream(b'', b'q\n%d 0 0 %d 0 0 cm\n/Im0 Do\nQ' % A4))
        pdf.set(page, '<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources << /XObject << /Im0 %d 0 R >> /ProcSet [/PDF /ImageB] >> /Contents %d 0 R >>'
                % (pages, A4[0], A4[1], image, contents))
        kids.append(page)
    pdf.set(pages, '<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids), len(kids)))
    pdf.set(catalog, '<< /Type /Catalog /Pages %d 0 R >>' % pages)
    info_obj = pdf.add('<< ' + ' '.join('/%s (%s)' % kv for kv in info) + ' >>')
    digest = hashlib.md5()
    for body in pdf.objs:
        digest.update(body if isinstance(body, bytes) else body.encode('latin-1'))
    return pdf.write(catalog, info_obj, digest.hexdigest().upper())


def verify(path, images, tmp):
    """Decode the written images again with poppler and compare bit for bit."""
    if not shutil.which('pdfimages'):
        return
    prefix = os.path.join(tmp, 'check')
    subprocess.run(['pdfimages', path, prefix], check=True)
    got = sorted(glob.glob(prefix + '-*.pbm'))
    assert len(got) == len(images), (path, len(got))
    for p, (w, h, bits) in zip(got, images):
        gw, gh, gbits = read_pbm(p)
        assert (gw, gh) == (w, h), (path, p)
        # pdfimages writes what the page shows: black is 1 again; the bits
        # that pad a row to a whole byte are not compared
        row = (w + 7) // 8
        mask = (0xFF << (row * 8 - w)) & 0xFF
        for r in range(h):
            a, b = bits[r * row:(r + 1) * row], gbits[r * row:(r + 1) * row]
            assert a[:-1] == b[:-1] and (a[-1] & mask) == (b[-1] & mask), \
                'image differs after decoding: %s %s row %d' % (path, p, r)
        os.remove(p)


# ---------------------------------------------------------------------------
# The documents

H, HB = 'Helvetica', 'Helvetica-Bold'
T, TB, TI = 'Times-Roman', 'Times-Bold', 'Times-Italic'
C, CB = 'Courier', 'Courier-Bold'


def familjehem():
    """Familjehemsnätverket, 15 January 2026: Helvetica, a label block, the
    attendance as a ruled table Namn | Kommun, §-numbered items, page header
    and footer, signed at the end; § 4 runs across the page break."""

    def furniture(lay, i, n):
        y = lay.H - 40
        lay.draw_text(lay.left, y, H, 8.5, 'Familjehemsnätverket', page=i)
        s = 'Familjen Helsingborg'
        lay.draw_text(lay.W - lay.right - text_width(H, 8.5, s), y, H, 8.5, s, page=i)
        lay.line(lay.left, y - 5, lay.W - lay.right, y - 5, 0.5, page=i)
        lay.record('Familjehemsnätverket Familjen Helsingborg', 'furniture', page=i)
        s = 'Sida %d av %d' % (i + 1, n)
        lay.draw_text((lay.W - text_width(H, 8.5, s)) / 2.0, 36, H, 8.5, s, page=i)
        lay.record(s, 'furniture', page=i)

    L = Layout(left=72, right=64, top=78, bottom=72, furniture=furniture)
    size, lead = 10.5, 14.2

    def item(title, paras):
        L.para([(HB, title)], 11, 15, before=9, after=2, keep=2)
        for p in paras:
            L.para(p if isinstance(p, list) else [(H, p)], size, lead, after=3)

    L.para([(HB, 'Minnesanteckningar')], 18, 22)
    L.para([(HB, 'Familjehemsnätverket')], 13, 17, after=8)
    L.labels([
        ('Datum:', 'torsdag 15 januari 2026'),
        ('Tid:', 'kl. 09.00–12.00'),
        ('Plats:', 'Ängelholm, Stadshuset, sammanträdesrum Rönneå'),
        ('Ordförande:', 'Ann-Helen Lindqvist'),
        ('Antecknare:', 'Vasile Ciobanu'),
    ], size, lead, HB, H, 88, after=6)
    L.para([(HB, 'Närvarande')], 11, 15, before=4, after=4, keep=2)
    L.table([190, 130], [
        [(HB, 'Namn'), (HB, 'Kommun')],
        [(H, 'Ann-Helen Lindqvist'), (H, 'Ängelholm')],
        [(H, 'Vasile Ciobanu'), (H, 'Bjuv')],
        [(H, 'Folake Adeyemi'), (H, 'Helsingborg')],
        [(H, 'Jens-Peter Kjeldsen'), (H, 'Båstad')],
        [(H, 'Nesrin Aksoy'), (H, 'Landskrona')],
        [(H, 'Bengt-Göran Nilsson'), (H, 'Höganäs')],
        [(H, 'Sahra Warsame'), (H, 'Klippan')],
        [(H, 'Gunnel-Marie Sjöstrand'), (H, 'Åstorp')],
        [(H, 'Narek Hakobyan'), (H, 'Svalöv')],
    ], size, 12.5, pad=2.5, after=8)
    L.para([(HB, 'Frånvarande:'), (H, ' Karl-Axel Brandt (Perstorp) och Sherzod Yusupov (Örkelljunga)')], size, lead, after=2)
    L.para([(HB, 'Inbjuden gäst (§ 3):'), (H, ' Chinonso Okafor, inspektör vid IVO, avdelning syd')], size, lead, after=4)

    item('§ 1 Mötets öppnande', [
        'Ann-Helen Lindqvist öppnade mötet och hälsade Narek Hakobyan välkommen som ny i nätverket.',
    ])
    item('§ 2 Föregående minnesanteckningar', [
        'Minnesanteckningarna från mötet den 13 november 2025 godkändes och lades till handlingarna.',
    ])
    item('§ 3 IVO:s tillsyn av familjehemsvården', [
        'Chinonso Okafor berättade att IVO under hösten 2025 granskade 40 familjehemsutredningar i Skåne. '
        'Enligt Chinonso saknade var tredje utredning en bedömning av familjehemmets egna barn.',
        'Han sa: ”Ett familjehem är en hel familj, inte bara två vuxna som har sagt ja.”',
        'Nesrin Aksoy frågade om IVO kommer att följa upp granskningen. Chinonso svarade att en ny granskning planeras till 2027.',
        [(HB, 'Beslut:'), (H, ' Folake Adeyemi och Nesrin Aksoy lägger till ett avsnitt om familjehemmets egna barn i nätverkets gemensamma utredningsmall.')],
    ])
    item('§ 4 Arvoden och omkostnadsersättningar 2026', [
        'Sahra Warsame lyfte att kommunerna betalar olika arvoden för likartade uppdrag, trots att alla säger sig följa SKR:s rekommendationer.',
        'Sahra sa: ”Familjehemmen pratar med varandra, och de vet precis vilken kommun som betalar mest.”',
        'Bengt-Göran Nilsson berättade att Höganäs sedan årsskiftet betalar ett förhöjt arvode för tonåringar med särskilda behov. '
        'Jens-Peter Kjeldsen menade att det riskerar att driva upp nivåerna i hela regionen.',
        [(HB, 'Beslut:'), (H, ' Varje kommun skickar sina arvodesnivåer för 2026 till Sahra senast den 13 februari. Sahra sammanställer dem till nästa möte.')],
    ])
    item('§ 5 Stöd till familjehemmen under semestern', [
        'Jens-Peter Kjeldsen tog upp att familjehemmen i Båstad i somras var utan stöd i nästan fyra veckor.',
        'Han sa: ”I juli ringer familjehemmen till en telefonsvarare.”',
        'Gunnel-Marie Sjöstrand berättade att Åstorp löser det med en gemensam jourtelefon tillsammans med Bjuv.',
        'Frågan diskuterades, men inget beslut fattades.',
    ])
    item('§ 6 Övriga frågor', [
        'Gunnel-Marie Sjöstrand informerade om att Åstorp har anställt en familjehemskonsulent med inriktning på nätverkshem.',
        'Narek Hakobyan bjöd in till Svalövs utbildningsdag för nya familjehem lördagen den 14 mars.',
    ])
    L.para([(HB, 'Nästa möte:'), (H, ' torsdag 12 mars 2026 kl. 09.00 i Bjuv.')], size, lead, before=10)

    # the signatures: two columns, the strokes above a line, the typed name under it
    L.space(14)
    L.ensure(110)
    L.para([(H, 'Ängelholm 2026-01-20')], size, lead, after=12)
    y = L.y
    colx = [L.left, L.left + 250]
    for x, label, name, seed in ((colx[0], 'Vid protokollet', 'Vasile Ciobanu', 20260115),
                                 (colx[1], 'Justeras', 'Ann-Helen Lindqvist', 11)):
        L.draw_text(x, y - lead, H, size, label)
        L.pages[-1].append(signature_ops(x + 6, y - lead - 34, 130, 24, seed))
        L.line(x, y - lead - 40, x + 190, y - lead - 40, 0.5)
        L.draw_text(x, y - lead - 53, H, size, name)
    L.record('Vid protokollet Justeras')
    L.record('Vasile Ciobanu Ann-Helen Lindqvist')
    L.y = y - lead - 60
    return L


def socialchefer():
    """Socialchefsnätverket, 6 February 2026: Times, centred heading with the
    date and place on one line, attendance as one paragraph, numbered items."""
    L = Layout(left=78, right=78, top=70, bottom=60)
    size, lead = 11, 13.6

    def item(title, paras):
        L.para([(TB, title)], 11.5, 15, before=7, after=1, keep=2)
        for p in paras:
            L.para(p if isinstance(p, list) else [(T, p)], size, lead, after=2)

    L.para([(TB, 'SOCIALCHEFSNÄTVERKET')], 16, 19, align='center')
    L.para([(T, 'Familjen Helsingborg')], 11, 14, align='center', after=6)
    L.para([(TB, 'Minnesanteckningar')], 13, 16, align='center')
    L.para([(TI, 'Fredag 6 februari 2026 kl. 9.00–12.00, Höganäs kommunhus, rum Kullaberg')], 11, 14,
           align='center', after=6)
    L.rule(after=4)
    L.para([(TB, 'Närvarande:'), (T, ' Erzsébet Varga, Helsingborg (ordförande); Per-Erik Holmgren, Höganäs; '
            'Babak Rahimi, Landskrona; Ulla-Maija Korhonen, Ängelholm; Kudzai Moyo, Bjuv; Elsebeth Kragh, Båstad; '
            'Wissam Haddad, Klippan; Lars-Åke Persson, Svalöv (sekreterare).')], size, lead, after=3)
    L.para([(TB, 'Förhinder:'), (T, ' Anne-Lie Bengtsson, Perstorp; Abimbola Adebayo, Örkelljunga.')], size, lead, after=3)
    L.para([(T, 'Åstorp var inte representerat vid mötet.')], size, lead, after=2)

    item('1. Dagordning och föregående anteckningar', [
        'Dagordningen fastställdes. Anteckningarna från decembermötet lades till handlingarna.',
    ])
    item('2. Den nya socialtjänstlagen i praktiken', [
        'Per-Erik Holmgren redogjorde för hur Höganäs arbetar för att flytta resurser till förebyggande insatser, '
        'som den nya socialtjänstlagen kräver.',
        'Han sa: ”Lagen säger förebyggande, men budgeten säger akut.”',
        'Babak Rahimi instämde och berättade att Landskrona har samma erfarenhet.',
        [(TB, 'Beslut:'), (T, ' Nätverket bjuder in kommundirektörerna i Familjen Helsingborg till ett gemensamt seminarium om förebyggande arbete i maj.')],
    ])
    item('3. Avtalet om socialjouren', [
        'Babak Rahimi tog upp att avtalet om den gemensamma socialjouren löper ut den 31 december 2026. '
        'Enligt Babak har antalet ärenden till jouren ökat med en fjärdedel på två år, medan ersättningen är oförändrad.',
        [(TB, 'Beslut:'), (T, ' Babak Rahimi och Erzsébet Varga tar fram ett förslag till nytt avtal före sommaren.')],
    ])
    item('4. Introduktion av nyanställda socialsekreterare', [
        'Ulla-Maija Korhonen lyfte att nästan hälften av de socialsekreterare som Ängelholm har anställt sedan 2023 har slutat inom två år.',
        'Hon sa att ”vi anställer nya hela tiden, men vi hinner aldrig lära upp dem”.',
        'Kudzai Moyo berättade att Bjuv har infört en skyddad introduktion på tre månader utan egna ärenden.',
        'Inget beslut. Frågan tas upp igen vid nästa möte.',
    ])
    item('5. Övrigt', [
        'Wissam Haddad meddelade att Klippans försörjningsstödsenhet flyttar till nya lokaler i april.',
        'Elsebeth Kragh berättade att Båstad har fått en ny ordförande i socialnämnden.',
    ])
    L.para([(TB, 'Nästa möte:'), (T, ' fredag 10 april 2026 kl. 9.00 i Landskrona.')], size, lead, before=8)
    L.para([(TI, 'Antecknat av Lars-Åke Persson, 9 februari 2026')], size, lead, before=14)
    return L


def vinr():
    """Nätverket mot våld i nära relationer, 24 February 2026: a plain text
    file printed in Courier, labels padded with blanks, the attendance as a
    fixed-width table, items 'PUNKT N.'."""
    L = Layout(left=72, right=60, top=64, bottom=60)
    size, lead = 10, 12.4

    def ln(s, font=C, before=0.0):
        L.raw_line(s, font, size, lead, before=before)

    def block(paras, width=72):
        for p in paras:
            # a plain text file: its writer broke the lines by hand at 72 columns
            words, cur = p.split(' '), ''
            for w_ in words:
                if cur and len(cur) + 1 + len(w_) > width:
                    ln(cur)
                    cur = w_
                else:
                    cur = (cur + ' ' + w_) if cur else w_
            if cur:
                ln(cur)

    ln('MINNESANTECKNINGAR', CB)
    ln('Nätverket mot våld i nära relationer (VINR-nätverket)', CB)
    ln('=' * 53)
    ln('Datum:        tisdag 24 februari 2026', before=lead)
    ln('Tid:          13.15-15.45')
    ln('Plats:        Landskrona, Stadshuset, rum Gråen')
    ln('Mötesledare:  Anjali Raman, Helsingborg')
    ln('Sekreterare:  Eivind Haugen, Ängelholm')
    ln('DELTAGARE', CB, before=lead)
    ln('Namn                       Kommun')
    ln('-------------------------  ---------------')
    for name, kommun in (('Anjali Raman', 'Helsingborg'), ('Eivind Haugen', 'Ängelholm'),
                         ('Zilan Demir', 'Landskrona'), ('Hans-Olov Strömberg', 'Höganäs'),
                         ('Achieng Otieno', 'Klippan'), ('Gayane Grigoryan', 'Åstorp'),
                         ('Rowena Santos', 'Perstorp')):
        ln(name.ljust(27) + kommun)
    ln('Anmält förhinder: Flemming Juhl, Båstad', before=lead)
    ln('Gäst, punkt 2: Istahil Aden, Kvinnojouren Nordvästra Skåne')
    ln('Ej representerade: Bjuv, Svalöv, Örkelljunga')

    ln('PUNKT 1. Läget i kommunerna', CB, before=lead)
    block([
        '- Helsingborg: två nya våldsutredare börjar den 1 mars.',
        '- Klippan: samarbetet med polisen om larmpaket fungerar bra.',
        '- Perstorp: tjänsten som våldssamordnare är vakant sedan januari.',
    ])
    ln('PUNKT 2. Samverkan med kvinnojouren', CB, before=lead)
    block([
        'Istahil Aden berättade att jouren under 2025 tog emot dubbelt så många samtal från äldre kvinnor som året innan.',
        'Hon sa: "Många har levt med våldet i fyrtio år och aldrig berättat det för någon."',
        'Zilan Demir frågade hur kommunerna kan hänvisa till jouren snabbare.',
        'Beslut: Varje kommun utser en kontaktperson för jouren senast den 1 april.',
    ])
    ln('PUNKT 3. Våld mot äldre i hemtjänsten', CB, before=lead)
    block([
        'Hans-Olov Strömberg lyfte att hemtjänsten i Höganäs sällan rapporterar misstänkt våld mot äldre.',
        'Han sa: "Personalen ser blåmärkena men vet inte vem de ska berätta för."',
        'Beslut: Hans-Olov och Zilan tar fram en kort rutin för hemtjänsten till nästa möte.',
    ])
    ln('PUNKT 4. Övrigt', CB, before=lead)
    block([
        'Gayane Grigoryan: Åstorp startar en samtalsgrupp för våldsutsatta kvinnor på arabiska och armeniska i april.',
        'Rowena Santos: Perstorp söker en ny våldssamordnare.',
    ])
    ln('Nästa möte: tisdag 21 april 2026 kl. 13.15 i Höganäs.', before=lead)
    ln('Antecknat av Eivind Haugen', before=lead)
    return L


def lss():
    """Nätverket för LSS-handläggare, 11 March 2026: Helvetica, a boxed
    header table, items with hanging numbers, a footer with the date and
    'Sida N (M)', and an attendance sheet signed by hand as the last page."""

    def furniture(lay, i, n):
        y = lay.H - 38
        lay.draw_text(lay.left, y, H, 8, 'Nätverket för LSS-handläggare', page=i)
        s = 'Familjen Helsingborg'
        lay.draw_text(lay.W - lay.right - text_width(H, 8, s), y, H, 8, s, page=i)
        lay.record('Nätverket för LSS-handläggare Familjen Helsingborg', 'furniture', page=i)
        lay.line(lay.left, 50, lay.W - lay.right, 50, 0.4, page=i)
        lay.draw_text(lay.left, 38, H, 8, 'Minnesanteckningar 2026-03-11', page=i)
        s = 'Sida %d (%d)' % (i + 1, n)
        lay.draw_text(lay.W - lay.right - text_width(H, 8, s), 38, H, 8, s, page=i)
        lay.record('Minnesanteckningar 2026-03-11 ' + s, 'furniture', page=i)

    L = Layout(left=70, right=70, top=72, bottom=70, furniture=furniture)
    size, lead = 10.5, 14
    hang = 18

    def item(no, title, paras):
        L.space(9)
        L.ensure(15 + 2 * lead)
        L.y -= 15
        L.draw_text(L.left, L.y, HB, 11, no)
        L.draw_text(L.left + hang, L.y, HB, 11, title)
        L.record(no + ' ' + title)
        L.space(2)
        for p in paras:
            L.para(p if isinstance(p, list) else [(H, p)], size, lead, indent=hang, after=3)

    L.para([(HB, 'Minnesanteckningar')], 17, 21)
    L.para([(H, 'Nätverket för LSS-handläggare i Familjen Helsingborg')], 12, 15, after=8)
    L.table([95, 360], [
        [(HB, 'Datum'), (H, 'Onsdag 11 mars 2026')],
        [(HB, 'Tid'), (H, '13.00–16.00')],
        [(HB, 'Plats'), (H, 'Klippan, Kommunhuset, Ljungsalen')],
        [(HB, 'Ordförande'), (H, 'Carl-Magnus Ahlgren, Klippan')],
        [(HB, 'Antecknare'), (H, 'Tsehay Gebremedhin, Helsingborg')],
        [(HB, 'Närvarande'), (H, 'Se närvarolistan, bilaga 1')],
        [(HB, 'Förhinder'), (H, 'Minna-Liisa Heikkinen, Perstorp; Vartan Avakian, Åstorp')],
        [(HB, 'Gäst'), (H, 'Otabek Karimov, Försäkringskassan (ärende 2)')],
    ], size, 13, pad=3, after=6)

    item('1.', 'Inledning och presentationsrunda', [
        'Carl-Magnus Ahlgren hälsade alla välkomna. Deltagarna presenterade sig kort, eftersom Welat Aziz från Bjuv var med för första gången.',
    ])
    item('2.', 'Assistansersättning och Försäkringskassans bedömningar', [
        'Otabek Karimov berättade att Försäkringskassan sedan årsskiftet gör nya bedömningar av behovet av tillsyn för barn med assistansersättning.',
        'Han sa: ”Fler ärenden kommer att landa hos kommunen, det är bättre att ni vet det nu.”',
        'Ashkan Nouri frågade hur kommunen får veta när ett beslut har ändrats. Otabek svarade att det kräver den enskildes samtycke.',
        [(HB, 'Beslut:'), (H, ' Tsehay Gebremedhin och Ashkan Nouri bjuder in Försäkringskassan till en halvdag om samverkan i höst.')],
    ])
    item('3.', 'Korttidsvistelse för barn med autism', [
        'Evamaria Håkansson lyfte att Höganäs inte har något korttidsboende som passar barn med autism och utmanande beteende.',
        'Hon sa: ”Vi köper platser i Kristianstad, och barnen åker en timme åt varje håll.”',
        'Doina Popa berättade att Ängelholm har samma problem och har diskuterat att dela ett korttidsboende med Båstad. Kjetil Sandvik sa att Båstad gärna är med.',
        [(HB, 'Beslut:'), (H, ' Evamaria Håkansson, Doina Popa och Kjetil Sandvik undersöker om tre kommuner kan driva ett korttidsboende tillsammans.')],
    ])
    item('4.', 'Daglig verksamhet för unga efter anpassade gymnasieskolan', [
        'Kjetil Sandvik tog upp att allt fler unga som går ut anpassade gymnasieskolan vill ha ett riktigt arbete i stället för daglig verksamhet.',
        'Han sa att ”de har gjort praktik på ICA i tre år och vill inte börja om i en verkstad”.',
        'Ridwan Hassan berättade att Örkelljunga har goda erfarenheter av anställningar med lönebidrag i samarbete med Arbetsförmedlingen.',
        'Carl-Magnus Ahlgren påminde om att daglig verksamhet är en rättighet enligt LSS, som ingen ska behöva välja bort för att pröva ett arbete.',
        'Frågan diskuterades. Inget beslut.',
    ])
    item('5.', 'Övrigt', [
        'Gull-Maj Ottosson berättade att Svalöv inför digitala ansökningar om LSS-insatser från den 1 maj.',
        'Welat Aziz frågade om någon kommun har en mall för genomförandeplaner på lätt svenska. Doina Popa lovade att skicka Ängelholms mall.',
    ])
    L.para([(HB, 'Nästa möte:'), (H, ' onsdag 13 maj 2026 kl. 13.00 i Ängelholm.')], size, lead, before=10)
    L.para([(H, 'Vid anteckningarna')], size, lead, before=16)
    L.para([(H, 'Tsehay Gebremedhin')], size, lead)

    # Bilaga 1: the attendance sheet, signed by hand
    L.new_page()
    L.para([(HB, 'Bilaga 1. Närvarolista')], 14, 18)
    L.para([(H, 'Nätverket för LSS-handläggare, möte i Klippan')], size, lead, after=10)
    people = [
        ('Carl-Magnus Ahlgren', 'Klippan'), ('Tsehay Gebremedhin', 'Helsingborg'),
        ('Ashkan Nouri', 'Landskrona'), ('Evamaria Håkansson', 'Höganäs'),
        ('Doina Popa', 'Ängelholm'), ('Kjetil Sandvik', 'Båstad'),
        ('Welat Aziz', 'Bjuv'), ('Ridwan Hassan', 'Örkelljunga'),
        ('Gull-Maj Ottosson', 'Svalöv'), ('Otabek Karimov', 'Försäkringskassan (gäst)'),
    ]
    rows = [[(HB, 'Namn'), (HB, 'Kommun / organisation'), (HB, 'Namnteckning')]]
    rows += [[(H, n), (H, k), (H, '')] for n, k in people]

    def sign(lay, r, c, x, ytop, w, h):
        if r > 0 and c == 2:
            lay.pages[-1].append(signature_ops(x + 12, ytop - h + 5, 100, 12, 7919 * r + 13, 0.8))

    L.table([160, 150, 145], rows, size, 13, pad=9, cell_draw=sign, vertical=False)
    return L


DOCUMENTS = [
    # file name, builder, compression, /Info entries (as the device writes them)
    ('SKM_C300i26012014350.pdf', familjehem, 'flate', [
        ('Producer', 'KONICA MINOLTA bizhub C300i'),
        ('CreationDate', "D:20260120143502+01'00'"),
        ('ModDate', "D:20260120143502+01'00'"),
    ]),
    ('socialchefsnatverket_2026-02-06_skannad.pdf', socialchefer, 'g4', [
        ('Creator', 'Canon iR-ADV C5535'),
        ('Producer', 'Canon iR-ADV C5535 PDF'),
        ('CreationDate', "D:20260211093217+01'00'"),
    ]),
    ('20260226154211537.pdf', vinr, 'flate', [
        ('Creator', 'RICOH IM C3000'),
        ('Producer', 'RICOH IM C3000'),
        ('CreationDate', "D:20260226154211+01'00'"),
        ('ModDate', "D:20260226154211+01'00'"),
    ]),
    ('Xerox Scan_03162026093015.pdf', lss, 'g4', [
        ('Title', 'Xerox Scan_03162026093015'),
        ('Creator', 'Xerox AltaLink C8130'),
        ('Producer', 'Xerox AltaLink C8130'),
        ('CreationDate', "D:20260316093015+01'00'"),
    ]),
]


def build(name, builder, method, info, tmp_root):
    layout = builder()
    layout.finish()
    tmp = tempfile.mkdtemp(dir=tmp_root)
    images = rasterise(text_pdf(layout), tmp)
    data = scanned_pdf(images, info, method)
    path = os.path.join(HERE, name)
    with open(path, 'wb') as f:
        f.write(data)
    verify(path, images, tmp)
    return path, len(images), len(data)


def main():
    if not shutil.which('pdftoppm'):
        sys.exit('pdftoppm (poppler-utils) is needed')
    tmp_root = tempfile.mkdtemp(prefix='varied61-')
    try:
        for name, builder, method, info in DOCUMENTS:
            path, pages, size = build(name, builder, method, info, tmp_root)
            print('%-46s %d page(s) %8d bytes' % (name, pages, size))
    finally:
        shutil.rmtree(tmp_root)


if __name__ == '__main__':
    main()
