#!/usr/bin/env python3
"""Builds the fixtures of Tests/Fixtures/Layouts/varied63: PDF files that MIX
typed pages (a real text layer: fonts and text operators, as Word's "Save as
PDF" or a registry system writes them) with SCANNED pages (images of paper,
slightly grey or 1-bit, slightly rotated, with noise and dirt), as offices
really put them together.

  minnesanteckningar_bvu_2026-03-12_med_narvarolista.pdf
        Nätverket för barnavårdsutredare: two typed pages (Helvetica), then
        the hand-signed attendance list as a scanned page (1-bit, 300 dpi,
        image only).  The attendees are only on the scanned page.
  SN_2026-0153_inkommen_handling.pdf
        A registry's typed cover letter (Höganäs kommun, text layer), then
        the minutes of Fältsekreterarnätverket as two scanned pages
        (greyscale, 200 dpi, image only).
  Scan_20260330_094512.pdf
        Jourhemsnätverket: a scanner's searchable PDF, three greyscale
        200 dpi images; pages 1-2 carry an invisible OCR text layer (text
        render mode 3, one positioned word at a time, turned with the page),
        page 3 has none.
  HVB-natverket_minnesanteckningar_2026-03-27.pdf
        HVB-nätverket: one typed page (Times), an empty separator page (no
        text, no image) and a scanned appendix (greyscale, 150 dpi, image
        only): a signed agreement.

For each scanned page the script lays the paper original out as a typed
page (the layout engine, font widths, pen strokes and PDF writer are
copied from ../varied62/make/build.py, which has them from
../varied61/make/build.py), writes it as a temporary text PDF, rasterises it
with `pdftoppm -gray`, degrades it as a scanner would (rotation by three
shears, grey paper and toner, noise, specks, a threshold for 1-bit) and puts
the image on an A4 page.  Typed pages are written directly with their text.
Every written file is decoded again with `pdfimages` and its images
compared with what was put in.

Python 3 standard library only, plus the poppler-utils commands pdftoppm and
pdfimages.  Nothing depends on the clock or on chance (all "randomness"
comes from seeded integer generators), so a rebuild with the same poppler
and zlib gives identical bytes.

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
import math

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
# Drawing helpers for the typed pages

H, HB = 'Helvetica', 'Helvetica-Bold'
T, TB, TI = 'Times-Roman', 'Times-Bold', 'Times-Italic'


def pen(ops, grey=0.15):
    return 'q %s G %s' % (num(grey), ops) + ' Q'


def footer(fmt, font, size, y=40):
    """Page furniture: a centred page number in the footer."""
    def draw(lay, i, n):
        s = fmt % (i + 1, n)
        lay.draw_text((lay.W - text_width(font, size, s)) / 2.0, y, font, size, s, page=i)
        lay.record(s, 'furniture', page=i)
    return draw


def signed_cell(seeds, col, grey=0.12, first_row=1):
    """cell_draw for a table whose column `col` is signed by hand in every
    row from first_row on."""
    def draw(lay, r, c, x, ytop, w, h):
        if c == col and r >= first_row:
            seed = seeds[r - first_row]
            lay.pages[-1].append(pen(signature_ops(x + 8, ytop - h + 6, w - 22, h - 12, seed, 0.9), grey))
    return draw


# ---------------------------------------------------------------------------
# The documents.  Each returns a list of parts:
#   ('typed', layout)                    pages with a text layer
#   ('scan', layout, scanner)            pages that are only an image
#   ('ocrscan', layout, scanner, n)      images whose first n pages carry an
#                                        invisible OCR text layer
#   ('blank',)                           one empty page


def bvu():
    """Nätverket för barnavårdsutredare, 12 March 2026 in Landskrona.  Two
    pages typed in Word (Helvetica, label block, numbered items, footer
    'Sida N av 2'); the attendance is 'se bifogad närvarolista', and the
    hand-signed list follows as a 1-bit scan."""
    L = Layout(left=71, right=71, top=71, bottom=78, furniture=footer('Sida %d av %d', H, 9, 42))
    size, lead = 11, 15.6

    def item(title, paras):
        L.ensure(12 + 16 + 3 + 2 * lead)       # Word's "keep with next"
        L.para([(HB, title)], 12, 16, before=12, after=3, keep=2)
        for p in paras:
            L.para(p if isinstance(p, list) else [(H, p)], size, lead, after=7)

    L.para([(HB, 'Nätverket för barnavårdsutredare')], 17, 21)
    L.para([(H, 'Minnesanteckningar')], 13, 17, after=12)
    L.labels([
        ('Datum:', 'torsdag 12 mars 2026'),
        ('Tid:', '09.00–12.00'),
        ('Plats:', 'Landskrona, Stadshuset, rum Citadellet'),
        ('Närvarande:', 'se bifogad närvarolista (sista sidan)'),
        ('Förhinder:', 'Karl-Ove Nyström, Perstorp; Ayten Demirci, Åstorp'),
    ], size, 16, HB, H, 88, after=6)
    L.para([(H, 'Örkelljunga hade ingen representant vid mötet.')], size, lead, after=4)

    item('1. Föregående minnesanteckningar', [
        'Minnesanteckningarna från mötet i januari godkändes utan ändringar och lades till handlingarna.',
    ])
    item('2. Samråd med barnahuset', [
        'Maysa Khalil berättade att barnahuset under 2025 höll 210 samråd om barn som utsatts för våld '
        'eller övergrepp, och att allt fler samråd begärs av kommunerna i Familjen Helsingborg.',
        'Hon sa: ”Ju tidigare socialtjänsten ringer, desto fler barn hinner vi höra samma vecka.”',
        'Narine Petrosyan frågade om barnahuset kan ta emot samråd på kvällstid. Maysa svarade att det '
        'ska prövas under våren.',
        [(HB, 'Beslut:'), (H, ' Varje kommun anmäler en kontaktperson för samråd till barnahuset senast den 15 april.')],
    ])
    item('3. Långa utredningstider', [
        'Signe-Lill Borg lyfte att var tredje barnavårdsutredning i Båstad tar mer än fyra månader.',
        'Hon sa: ”Vi förlänger utredningarna för att vi inte hinner, inte för att barnen behöver det.”',
        'Per-Gunnar Ekholm berättade att Höganäs sedan hösten går igenom alla pågående utredningar '
        'varje vecka, och att de förlängda utredningarna har blivit färre.',
        [(HB, 'Beslut:'), (H, ' Per-Gunnar Ekholm och Signe-Lill Borg tar fram ett förslag till gemensam '
                             'uppföljning av utredningstiderna till nästa möte.')],
    ])
    item('4. Introduktion av nya utredare', [
        'Fatlinda Hoxha tog upp att Bjuv har anställt fyra nyexaminerade socionomer sedan i höstas.',
        'Enligt Fatlinda saknas en gemensam introduktion för nya utredare i Familjen Helsingborg.',
        'Asmir Selimovic instämde och berättade att Klippan har samma behov. Flera kommuner har egna '
        'introduktionsprogram, men de ser mycket olika ut.',
        'Frågan diskuterades. Inget beslut fattades.',
    ])
    item('5. Övrigt', [
        'Eva-Stina Åkesson meddelade att Svalövs mottagningsgrupp flyttar till nya lokaler i maj.',
        'Asmir Selimovic berättade att Klippan söker en erfaren barnavårdsutredare.',
    ])
    L.para([(HB, 'Nästa möte:'), (H, ' torsdag 7 maj 2026 kl. 09.00 i Höganäs.')], size, lead, before=14)
    L.para([(HB, 'Bilaga:'), (H, ' Närvarolista (inskannad)')], size, lead, before=8)

    # the attendance list on paper, signed by hand during the meeting
    P = Layout(left=62, right=66, top=70, bottom=60)
    P.para([(HB, 'Närvarolista')], 18, 22)
    P.para([(H, 'Nätverket för barnavårdsutredare')], 12, 16)
    P.para([(H, 'Möte 2026-03-12, Landskrona stadshus')], 11, 15, after=14)
    rows = [[(HB, 'Namn'), (HB, 'Kommun'), (HB, 'Roll'), (HB, 'Namnteckning')]]
    people = (('Ann-Christin Westerlund', 'Landskrona', 'ordförande'),
              ('Tesfalem Berhane', 'Helsingborg', 'antecknare'),
              ('Fatlinda Hoxha', 'Bjuv', ''),
              ('Per-Gunnar Ekholm', 'Höganäs', ''),
              ('Narine Petrosyan', 'Ängelholm', ''),
              ('Signe-Lill Borg', 'Båstad', ''),
              ('Asmir Selimovic', 'Klippan', ''),
              ('Eva-Stina Åkesson', 'Svalöv', ''),
              ('Maysa Khalil', 'Barnahuset', 'gäst'))
    for n, k, r in people:
        rows.append([(H, n), (H, k), (H, r), (H, '')])
    P.table([150, 100, 80, 137], rows, 10.5, 13, pad=4, after=12,
            row_height=30, cell_draw=signed_cell([101, 113, 127, 131, 149, 157, 163, 173, 181], 3))
    P.para([(H, 'Listan skickas runt under mötet. Skriv under i rutan vid ditt namn.')], 9, 12)
    return [('typed', L),
            ('scan', P, dict(kind='mono', dpi=300, angles=[-0.6], seed=41, specks=12))]


def falt():
    """A registry's cover letter (Höganäs kommun, typed, text layer) in front
    of the minutes of Fältsekreterarnätverket, 17 March 2026 in Åstorp,
    scanned from paper: Times, a ruled header table, the other attendees one
    a line, items 'Ärende N.', footer 'Sida N (2)'."""
    C = Layout(left=68, right=68, top=60, bottom=60)
    C.para([(HB, 'Höganäs kommun')], 13, 16)
    C.para([(H, 'Socialförvaltningen, registraturen')], 10, 13, after=36)
    C.para([(HB, 'Följebrev')], 16, 20, after=10)
    C.labels([
        ('Diarienummer:', 'SN 2026/0153'),
        ('Inkom:', '2026-03-23'),
        ('Registrerad:', '2026-03-25'),
        ('Handlingstyp:', 'Inkommande handling, för kännedom'),
        ('Ärendemening:', 'Minnesanteckningar från regionalt nätverksmöte, Familjen Helsingborg'),
        ('Antal sidor:', '2 (inskannade)'),
        ('Handläggare:', 'Ruth-Marie Sandell'),
    ], 10.5, 16, HB, H, 100, after=18)
    C.para([(H, 'Handlingen har kommit in till Höganäs kommun i pappersform. Den har skannats in och '
                'registrerats i diariet. Originalet förvaras hos registraturen.')], 10.5, 14, after=8)
    C.para([(H, 'Frågor om handlingen besvaras av handläggaren.')], 10.5, 14, after=40)
    C.para([(H, 'Höganäs 2026-03-25')], 10.5, 14, after=8)
    C.para([(H, 'Ulf-Göran Tellander')], 10.5, 14)
    C.para([(H, 'Registrator')], 10.5, 14)
    C.rule(before=300, after=4, w=0.4)
    C.para([(H, 'Höganäs kommun, Socialförvaltningen, 263 82 Höganäs. Telefon 042-33 71 00.')], 8, 10)

    L = Layout(left=76, right=72, top=70, bottom=96, furniture=footer('Sida %d (%d)', T, 9, 46))
    size, lead = 12, 16.8

    def item(title, paras):
        L.ensure(12 + 17 + 3 + lead)
        L.para([(TB, title)], 12.5, 17, before=12, after=3, keep=2)
        for p in paras:
            L.para(p if isinstance(p, list) else [(T, p)], size, lead, after=4)

    L.para([(TB, 'Fältsekreterarnätverket')], 18, 22)
    L.para([(T, 'Minnesanteckningar')], 14, 18, after=10)
    L.table([112, 335], [
        [(TB, 'Datum'), (T, 'tisdag 17 mars 2026')],
        [(TB, 'Tid'), (T, 'kl. 13.00-15.30')],
        [(TB, 'Plats'), (T, 'Åstorp, Kommunhuset, rum Kvidinge')],
        [(TB, 'Ordförande'), (T, 'Dan-Erik Lundgren, Åstorp')],
        [(TB, 'Sekreterare'), (T, 'Rojin Amini, Helsingborg')],
    ], size, 15, pad=5, after=12, vertical=False)
    L.para([(TB, 'Övriga närvarande')], size, lead, after=1)
    for name in ('Przemek Nowak, Landskrona', 'Lena-Maria Sjöberg, Höganäs', 'Biniam Tekeste, Ängelholm',
                 'Gull-Britt Strand, Klippan', 'Hemin Rashid, Bjuv', 'Luwam Gebreyesus, Örkelljunga'):
        L.para([(T, name)], size, 16, indent=18)
    L.para([(TB, 'Gäst:'), (T, ' Karzan Mustafa, fritidsförvaltningen i Helsingborg (ärende 2)')], size, lead, before=6)
    L.para([(TB, 'Förhinder:'), (T, ' Agneta-Maj Fors, Perstorp')], size, lead, after=4)

    item('Ärende 1. Mötets öppnande', [
        'Dan-Erik Lundgren öppnade mötet och hälsade Karzan Mustafa välkommen.',
    ])
    item('Ärende 2. Yngre besökare på fritidsgårdarna', [
        'Karzan Mustafa berättade att fritidsgårdarna i Helsingborg sedan hösten har fått fler besökare '
        'som är yngre än 13 år.',
        'Han sa: ”Många av de yngsta stannar på gården tills vi stänger klockan tio.”',
        'Biniam Tekeste frågade om fritidsgårdarna har kontakt med skolorna.',
        [(TB, 'Beslut:'), (T, ' Karzan Mustafa och Biniam Tekeste planerar en gemensam kvällsvandring i april.')],
    ])
    item('Ärende 3. Rekrytering till brott via sociala medier', [
        'Przemek Nowak lyfte att fältsekreterarna i Landskrona ser fler unga som får erbjudanden om '
        'uppdrag i sociala medier.',
        'Han sa: ”Uppdraget kommer i en app, och betalningen kommer samma kväll.”',
        'Hemin Rashid berättade att Bjuv har sett samma mönster bland unga i årskurs åtta och nio.',
        'Gull-Britt Strand frågade om polisen har en särskild kontaktperson för fältsekreterarna.',
        [(TB, 'Beslut:'), (T, ' Nätverket bjuder in polisens ungdomsgrupp till mötet i maj.')],
    ])
    item('Ärende 4. Jobb under sommarlovet', [
        'Lena-Maria Sjöberg tog upp att Höganäs behöver fler sommarjobb för unga som har kontakt med '
        'socialtjänsten.',
        'Enligt Lena-Maria fick bara hälften av dem ett jobb förra sommaren.',
        'Inget beslut.',
    ])
    item('Ärende 5. Övrigt', [
        'Gull-Britt Strand meddelade att Klippan anställer en tredje fältsekreterare.',
        'Luwam Gebreyesus berättade att Örkelljunga startar nattvandringar med föräldrar i maj.',
    ])
    L.para([(TB, 'Nästa möte:'), (T, ' tisdag 12 maj 2026 kl. 13.00 i Helsingborg.')], size, lead, before=12)
    L.para([(TI, 'Vid anteckningarna')], size, lead, before=18)
    L.para([(T, 'Rojin Amini')], size, lead)
    return [('typed', C),
            ('scan', L, dict(kind='gray', dpi=200, angles=[0.45, 0.62], seed=53, specks=5))]


def jourhem():
    """Jourhemsnätverket, 25 March 2026 in Perstorp: Helvetica, a prose
    header, the attendance as a ruled table 'Kommun | Deltagare' that also
    marks the absent, items under unnumbered bold headings.  Scanned on a
    copier whose searchable-PDF mode put an invisible text layer on pages 1
    and 2 but not on page 3."""
    L = Layout(left=70, right=70, top=72, bottom=100)
    size, lead = 12, 18

    def item(title, paras):
        L.ensure(14 + 18 + 3 + 2 * lead)
        L.para([(HB, title)], 13, 18, before=14, after=3, keep=2)
        for p in paras:
            L.para(p if isinstance(p, list) else [(H, p)], size, lead, after=7)

    L.para([(HB, 'Jourhemsnätverket')], 18, 22)
    L.para([(H, 'Minnesanteckningar')], 13, 17, after=10)
    L.para([(H, 'Nätverket träffades onsdagen den 25 mars 2026 kl. 9.30–12.00 i Perstorp, kommunhuset, '
                'rum Oderljunga. Ingrid-Maj Sahlin ledde mötet och Siavash Karimi förde anteckningarna.')],
           size, lead, after=10)
    rows = [[(HB, 'Kommun'), (HB, 'Deltagare')]]
    for k, n in (('Perstorp', 'Ingrid-Maj Sahlin (ordförande)'),
                 ('Helsingborg', 'Siavash Karimi (antecknare)'),
                 ('Landskrona', 'Marijana Kovac'),
                 ('Höganäs', 'Kidane Woldu'),
                 ('Ängelholm', 'Raluca Popescu'),
                 ('Båstad', 'Ole-Jakob Brekke'),
                 ('Svalöv', 'Suada Osmani'),
                 ('Åstorp', 'Tuncay Aslan'),
                 ('Klippan', 'Merit Lindell (förhinder)'),
                 ('Bjuv', 'Wubit Alemayehu (förhinder)'),
                 ('Örkelljunga', 'ingen representant')):
        rows.append([(H, k), (H, n)])
    L.table([130, 250], rows, 11.5, 14, pad=4, after=12)
    L.para([(HB, 'Gäst:'), (H, ' Anna-Greta Wiklund, Familjehemscentrum Skåne, under rekryteringspunkten.')],
           size, lead, after=2)

    item('Inledning', [
        'Ingrid-Maj Sahlin hälsade alla välkomna till Perstorp. Dagordningen fastställdes.',
    ])
    item('Brist på jourhem', [
        'Raluca Popescu lyfte att Ängelholm under vintern fick placera fyra barn i andra kommuners '
        'jourhem, eftersom de egna jourhemmen var fulla.',
        'Hon sa: ”Vi har haft barn som bott i tre jourhem på en månad.”',
        'Kidane Woldu berättade att Höganäs har två jourhem som inte har haft något barn sedan '
        'december. Suada Osmani sa att Svalöv gärna tar emot barn från grannkommunerna när det finns plats.',
        [(HB, 'Beslut:'), (H, ' Nätverket sammanställer lediga jourhemsplatser varje måndag från och med april.')],
    ])
    item('Rekrytering av nya jourhem', [
        'Anna-Greta Wiklund berättade att Familjehemscentrum Skåne planerar en rekryteringskampanj '
        'för jourhem och familjehem i hela Skåne under hösten.',
        'Hon sa: ”De flesta som hör av sig har aldrig fått frågan förut.”',
        'Hon visade kampanjens filmer och annonser och berättade att kampanjen ska pågå i åtta veckor '
        'med start i september.',
        'Suada Osmani frågade vad det kostar för en kommun att delta. Anna-Greta svarade att kostnaden '
        'delas efter antalet invånare.',
        'Tuncay Aslan undrade om kampanjen kan ha ett särskilt spår för jourhem som tar emot tonåringar. '
        'Anna-Greta lovade att ta med frågan till kampanjgruppen.',
        [(HB, 'Beslut:'), (H, ' Kommunerna i Familjen Helsingborg deltar i kampanjen med en gemensam annons.')],
    ])
    item('Utbildning för jourhemmen', [
        'Suada Osmani lyfte att många jourhem vill ha utbildning om barn som har varit med om våld.',
        'Hon sa: ”De vill kunna ge barnen mer än mat och en trygg säng.”',
        'Raluca Popescu berättade att Ängelholm har en utbildning i traumamedvetet bemötande som '
        'andra kommuners jourhem kan gå.',
        [(HB, 'Beslut:'), (H, ' Suada Osmani och Raluca Popescu bjuder in till en gemensam utbildningsdag i oktober.')],
    ])
    item('Arvoden till jourhemmen', [
        'Tuncay Aslan tog upp att arvodena till jourhemmen skiljer sig mycket mellan kommunerna.',
        'Enligt Tuncay betalar den dyraste kommunen nästan dubbelt så mycket som den billigaste.',
        'Kidane Woldu frågade om arvodet borde vara högre för jourhem som tar emot syskon.',
        'Marijana Kovac berättade att Landskrona höjde sina arvoden i januari.',
        [(HB, 'Beslut:'), (H, ' Marijana Kovac och Tuncay Aslan jämför arvodena till nästa möte.')],
    ])
    item('Övrigt', [
        'Ole-Jakob Brekke berättade att Båstad har fått två nya jourhem i Torekov.',
        'Marijana Kovac meddelade att Landskrona byter enhetschef i juni.',
    ])
    L.para([(HB, 'Nästa möte:'), (H, ' onsdag 20 maj 2026 kl. 9.30 i Svalöv.')], size, lead, before=14)
    L.para([(H, 'Siavash Karimi, antecknare')], size, lead, before=14)
    return [('ocrscan', L, dict(kind='gray', dpi=200, angles=[0.35, -0.3, 0.5], seed=67, specks=4), 2)]


def hvb():
    """HVB-nätverket, 27 March 2026 in Ängelholm: one page typed in Word
    (Times, a prose header, the attendance as a paragraph, items
    'Punkt N – title'), then an empty page, then the signed agreement
    'Bilaga 1' scanned in greyscale."""
    L = Layout(left=72, right=72, top=68, bottom=60)
    size, lead = 11.5, 14.2

    def item(title, paras):
        L.para([(TB, title)], 12, 15.5, before=8, after=2, keep=2)
        for p in paras:
            L.para(p if isinstance(p, list) else [(T, p)], size, lead, after=3)

    L.para([(TB, 'Minnesanteckningar, HVB-nätverket')], 16, 20, after=6)
    L.para([(T, 'Mötet hölls fredagen den 27 mars 2026 kl. 10.00–12.30 i Ängelholm, Stadshuset, rum Rönne.')],
           size, lead, after=4)
    L.para([(TB, 'Deltagare:'), (T, ' Karl-Henrik Dahl, Ängelholm (ordförande); Ibtisam Saleh, Landskrona '
             '(sekreterare); Vitalij Morozov, Helsingborg; Siri-Ann Hultgren, Höganäs; Guled Farah, Klippan; '
             'Enisa Mehmeti, Örkelljunga; Mukhtar Jama, Perstorp.')], size, lead, after=3)
    L.para([(TB, 'Frånvarande:'), (T, ' Lilit Sargsyan, Bjuv.')], size, lead, after=4)

    item('Punkt 1 – Mötets öppnande och dagordning', [
        'Karl-Henrik Dahl öppnade mötet. Dagordningen godkändes.',
    ])
    item('Punkt 2 – Platsköp mellan kommunernas HVB', [
        'Karl-Henrik Dahl berättade att Ängelholm och Landskrona har tecknat en överenskommelse om '
        'platsköp mellan sina HVB för barn och unga, se bilaga 1.',
        'Han sa: ”Ett tomt rum i Ängelholm ska inte stå tomt medan Landskrona köper plats i Göteborg.”',
        'Guled Farah frågade om fler kommuner kan ansluta sig till överenskommelsen.',
        [(TB, 'Beslut:'), (T, ' Övriga kommuner meddelar senast den 30 april om de vill ansluta sig.')],
    ])
    item('Punkt 3 – Nattbemanning', [
        'Enisa Mehmeti lyfte att Örkelljunga har svårt att rekrytera behandlingsassistenter till nattpassen.',
        'Hon sa: ”Vi får sökande, men ingen vill arbeta natt mer än ett halvår.”',
        'Mukhtar Jama berättade att Perstorp har provat delade tjänster mellan dag och natt.',
        'Inget beslut.',
    ])
    item('Punkt 4 – Övrigt', [
        'Vitalij Morozov meddelade att Helsingborgs utslussningsboende får en ny föreståndare i maj.',
        'Siri-Ann Hultgren berättade att Höganäs HVB ska renoveras under sommaren.',
    ])
    L.para([(TB, 'Nästa möte:'), (T, ' fredag 29 maj 2026 kl. 10.00 i Klippan.')], size, lead, before=10)
    L.para([(TB, 'Bilaga 1:'), (T, ' Överenskommelse om platsköp (inskannad)')], size, lead, before=6)
    L.para([(TI, 'Vid anteckningarna: Ibtisam Saleh')], size, lead, before=10)

    # the appendix on paper: the agreement, signed by the two heads of the
    # social services departments (who were not at the meeting)
    A = Layout(left=80, right=76, top=72, bottom=70)
    asz, alead = 11, 15
    A.para([(HB, 'Bilaga 1')], 11, 15, after=14)
    A.para([(HB, 'Överenskommelse om platsköp mellan kommunala HVB')], 15, 19, after=12)
    for p in (
        [(HB, 'Parter:'), (H, ' Ängelholms kommun, socialnämnden, och Landskrona stad, socialnämnden.')],
        [(HB, 'Omfattning:'), (H, ' Parterna får köpa lediga platser på varandras HVB för barn och unga när '
                                  'de egna HVB är fulla.')],
        [(HB, 'Pris:'), (H, ' Priset är den säljande kommunens självkostnad per dygn, utan påslag. '
                            'Priset räknas om varje år den 1 januari.')],
        [(HB, 'Ansvar:'), (H, ' Den köpande kommunen har kvar ansvaret för utredning, vårdplan och '
                              'uppföljning av placeringen.')],
        [(HB, 'Giltighet:'), (H, ' Överenskommelsen gäller från den 1 april 2026 till den 31 mars 2027 och '
                                 'förlängs med ett år i taget om ingen part säger upp den.')],
    ):
        A.para(p, asz, alead, after=8)
    A.space(30)
    y = A.y
    for x, place, name, org, seed in ((A.left, 'Ängelholm 2026-03-20', 'Feven Mesfin', 'Ängelholms kommun', 211),
                                      (A.left + 240, 'Landskrona 2026-03-23', 'Rebaz Salih', 'Landskrona stad', 223)):
        A.draw_text(x, y - alead, H, asz, place)
        A.pages[-1].append(pen(signature_ops(x + 10, y - alead - 44, 135, 30, seed, 1.2)))
        A.line(x, y - alead - 50, x + 190, y - alead - 50, 0.5)
        A.draw_text(x, y - alead - 64, H, asz, name)
        A.draw_text(x, y - alead - 78, H, asz, 'Förvaltningschef')
        A.draw_text(x, y - alead - 92, H, asz, org)
    A.record('Ängelholm 2026-03-20 Landskrona 2026-03-23')
    A.record('Feven Mesfin Rebaz Salih')
    A.record('Förvaltningschef Förvaltningschef')
    A.record('Ängelholms kommun Landskrona stad')
    return [('typed', L), ('blank',),
            ('scan', A, dict(kind='gray', dpi=150, angles=[-0.8], seed=79, specks=6))]


# file name, builder, /Info
DOCUMENTS = [
    ('minnesanteckningar_bvu_2026-03-12_med_narvarolista.pdf', bvu, [
        ('Title', 'Minnesanteckningar mall'),
        ('Creator', 'Microsoft® Word för Microsoft 365'),
        ('Producer', 'Adobe Acrobat Pro (64-bit) 25.1.20432'),
        ('CreationDate', "D:20260313083012+01'00'"),
        ('ModDate', "D:20260316101547+01'00'"),
    ]),
    ('SN_2026-0153_inkommen_handling.pdf', falt, [
        ('Title', 'SN 2026/0153'),
        ('Creator', 'Diariet Registrering 4.2'),
        ('Producer', 'iText® 7.2.5 ©2000-2023 Apryse Group NV'),
        ('CreationDate', "D:20260325141108+01'00'"),
    ]),
    ('Scan_20260330_094512.pdf', jourhem, [
        ('Creator', 'Canon iR-ADV C5840'),
        ('Producer', 'Canon iR-ADV C5840 OCR'),
        ('CreationDate', "D:20260330094512+02'00'"),
        ('ModDate', "D:20260330094512+02'00'"),
    ]),
    ('HVB-natverket_minnesanteckningar_2026-03-27.pdf', hvb, [
        ('Title', 'Minnesanteckningar HVB-nätverket'),
        ('Creator', 'Microsoft® Word för Microsoft 365'),
        ('Producer', 'PDF24 Creator 11.17.0'),
        ('CreationDate', "D:20260331152240+02'00'"),
    ]),
]


# ---------------------------------------------------------------------------
# The scanner


def scan_pages(layout, scanner, tmp):
    """Renders a paper original and degrades every page: rotation, grey
    paper and toner (or a threshold to 1 bit), noise and specks."""
    layout.finish()
    pages = rasterise_gray(text_pdf(layout), tmp, scanner['dpi'])
    rng = Rng(scanner['seed'])
    out = []
    for n, (w, h, rows) in enumerate(pages):
        rows = rotate(rows, w, scanner['angles'][n])
        if scanner['kind'] == 'gray':
            rows = tone(rows, 242, 236, 40, lid=3)
            rows = noise(rows, w, rng, w // 90, 8)
            rows = specks(rows, w, rng, scanner['specks'], 2, 120,
                          avoid=lambda x, y: 0.12 * w < x < 0.88 * w and 0.08 * h < y < 0.92 * h)
            out.append((w, h, 8, b''.join(bytes(r) for r in rows)))
        else:
            rows = noise(rows, w, rng, w // 30, 110)
            rows = specks(rows, w, rng, scanner['specks'], 5, 20,
                          avoid=lambda x, y: 0.12 * w < x < 0.88 * w and 0.08 * h < y < 0.92 * h)
            out.append((w, h, 1, pack_1bit(rows, w, 128)))
    return out


def hidden_text_ops(layout, page, angle, w, h, font='Helvetica'):
    """A scanner's searchable-PDF layer for one page: every word of the
    original, invisible (text render mode 3), put where the word shows on
    the turned image, along its turned base line, and stretched with Tz to
    the width the word has on the image (the layer's font is Helvetica)."""
    a = math.radians(angle)
    ca, sa = math.cos(a), math.sin(a)
    sx, sy = w / float(A4[0]), h / float(A4[1])
    cx, cy = w / 2.0, h / 2.0

    def to_image(X, Y):
        px, py = X * sx - cx, (A4[1] - Y) * sy - cy
        qx, qy = cx + px * ca - py * sa, cy + px * sa + py * ca
        return qx / sx, A4[1] - qy / sy

    ops = []
    for x, y, f, size, s in layout.texts[page]:
        words = []
        for m in re.finditer(r'\S+', s):
            word = m.group(0)
            wx = x + text_width(f, size, s[:m.start()])
            X, Y = to_image(wx, y)
            scale = 100.0 * text_width(f, size, word) / text_width(font, size, word)
            words.append('%s %s %s %s %s %s Tm %s Tz %s Tj' % (
                num(ca), num(-sa), num(sa), num(ca), num(X), num(Y), num(scale), pdf_string(word)))
        if words:
            ops.append('BT 3 Tr /F0 %s Tf\n%s\nET' % (num(size), '\n'.join(words)))
    return '\n'.join(ops)


# ---------------------------------------------------------------------------
# The mixed PDF


def mixed_pdf(pages, info):
    """pages: [('text', ops)], [('image', (w, h, bpc, raw), hidden_ops or None)]
    or [('blank',)]; one A4 page each.  Text pages get only the fonts they
    use; an image page draws its image over the whole page and, if it has an
    OCR layer, the invisible words on top."""
    pdf = PdfWriter()
    catalog = pdf.reserve()
    pages_obj = pdf.reserve()
    font_objs = {}

    def font(res, base):
        if res not in font_objs:
            font_objs[res] = pdf.add('<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>' % base)
        return font_objs[res]

    by_res = dict((r, n) for n, r in FONT_RES.items())
    kids = []
    for spec in pages:
        page = pdf.reserve()
        if spec[0] == 'text':
            used = sorted(set(re.findall(r'/(F\d) [\d.]+ Tf', '\n'.join(spec[1]))))
            fonts = ' '.join('/%s %d 0 R' % (r, font(r, by_res[r])) for r in used)
            data = ('\n'.join(['0 g 0 G'] + spec[1]) + '\n').encode('latin-1')
            contents = pdf.add(PdfWriter.stream(b'/Filter /FlateDecode', zlib.compress(data, 9)))
            res = '<< /Font << %s >> /ProcSet [/PDF /Text] >>' % fonts
        elif spec[0] == 'image':
            (w, h, bpc, raw), hidden = spec[1], spec[2]
            d = (b'/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray '
                 b'/BitsPerComponent %d /Filter /FlateDecode' % (w, h, bpc))
            image = pdf.add(PdfWriter.stream(d, zlib.compress(raw, 9)))
            data = b'q\n%d 0 0 %d 0 0 cm\n/Im0 Do\nQ' % A4
            if hidden:
                data += b'\n' + hidden.encode('latin-1')
                res = ('<< /XObject << /Im0 %d 0 R >> /Font << /F0 %d 0 R >> /ProcSet [/PDF /Text /ImageB] >>'
                       % (image, font('F0', 'Helvetica')))
            else:
                res = '<< /XObject << /Im0 %d 0 R >> /ProcSet [/PDF /ImageB] >>' % image
            contents = pdf.add(PdfWriter.stream(b'/Filter /FlateDecode', zlib.compress(data, 9)))
        else:
            contents = pdf.add(PdfWriter.stream(b'', b''))
            res = '<< >>'
        pdf.set(page, '<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources %s /Contents %d 0 R >>'
                % (pages_obj, A4[0], A4[1], res, contents))
        kids.append(page)
    pdf.set(pages_obj, '<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids), len(kids)))
    pdf.set(catalog, '<< /Type /Catalog /Pages %d 0 R >>' % pages_obj)
    info_obj = pdf.add('<< ' + ' '.join('/%s %s' % (k, pdf_string(v)) for k, v in info) + ' >>')
    digest = hashlib.md5()
    for body in pdf.objs:
        digest.update(body if isinstance(body, bytes) else body.encode('latin-1'))
    return pdf.write(catalog, info_obj, digest.hexdigest().upper(), header=b'%PDF-1.5\n%\xe2\xe3\xcf\xd3\n')


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


def build(name, builder, info, tmp_root):
    pages, images = [], []
    for part in builder():
        if part[0] == 'typed':
            layout = part[1]
            layout.finish()
            pages.extend(('text', ops) for ops in layout.pages)
        elif part[0] == 'blank':
            pages.append(('blank',))
        else:
            layout, scanner = part[1], part[2]
            with_text = part[3] if part[0] == 'ocrscan' else 0
            tmp = tempfile.mkdtemp(dir=tmp_root)
            scanned = scan_pages(layout, scanner, tmp)
            for n, img in enumerate(scanned):
                hidden = None
                if n < with_text:
                    hidden = hidden_text_ops(layout, n, scanner['angles'][n], img[0], img[1])
                pages.append(('image', img, hidden))
                images.append(img)
    data = mixed_pdf(pages, info)
    path = os.path.join(HERE, name)
    with open(path, 'wb') as f:
        f.write(data)
    verify(path, images, tempfile.mkdtemp(dir=tmp_root))
    return path, len(pages), len(data)


def main():
    if not shutil.which('pdftoppm'):
        sys.exit('pdftoppm (poppler-utils) is needed')
    tmp_root = tempfile.mkdtemp(prefix='varied63-')
    try:
        for name, builder, info in DOCUMENTS:
            path, pages, size = build(name, builder, info, tmp_root)
            print('%-50s %d page(s) %8d bytes' % (name, pages, size))
    finally:
        shutil.rmtree(tmp_root)


if __name__ == '__main__':
    main()
