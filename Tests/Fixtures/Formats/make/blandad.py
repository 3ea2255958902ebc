#!/usr/bin/env python3
"""Builds blandad.pdf: a scanned list of who came (typed, rasterised at 150 dpi, 1 bit, kept as a
picture with no text layer), then styrelse.pdf's two typed pages, then a blank page (no text, no
picture). Python's standard library and poppler-utils (pdftoppm, pdfunite) only.
Usage: python3 make/blandad.py   (from Tests/Fixtures/Formats)"""
import os, subprocess, sys, tempfile, zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from minipdf import pdf, stream

LINES = [  # (x, y from the top, size, bold, text), in points
    (80, 90, 16, True, "Närvarolista"),
    (80, 125, 12, False, "Styrelsemöte 2023-02-07 i Föreningslokalen, Bjuv."),
    (80, 170, 12, False, "Karin Holmberg"), (300, 170, 12, False, "sekreterare"),
    (80, 195, 12, False, "Erik Nyström"), (300, 195, 12, False, "kassör"),
    (80, 220, 12, False, "Birgitta Sandell"), (300, 220, 12, False, "ordförande"),
    (80, 245, 12, False, "Ahmed Karimi"), (300, 245, 12, False, "ledamot"),
    (80, 270, 12, False, "Lovisa Strandberg"), (300, 270, 12, False, "gäst, familjehemskonsulent i Åstorp"),
    (80, 315, 12, False, "Listan skickades runt under mötet och signerades av var och en."),
]


def page(contents, resources):
    return [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources " + resources + b" >>",
            stream(b"", contents)]

def typed():
    ops = b"".join(b"BT /F%d %d Tf %d %d Td (%s) Tj ET\n" % (2 if bold else 1, size, x, 842 - y,
                   text.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)"))
                   for x, y, size, bold, text in LINES)
    fonts = b"<< /Font << /F1 5 0 R /F2 6 0 R >> >>"
    return pdf(page(ops, fonts) + [b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
                                   b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"])

def scanned(pbm):
    # P4: "P4\n<width> <height>\n" then rows packed 8 pixels a byte, 1 black; DeviceGray's 1 is white.
    magic, size, data = pbm.split(b"\n", 2)
    width, height = map(int, size.split())
    bits = zlib.compress(bytes(255 - b for b in data))
    image = stream(b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /FlateDecode" % (width, height), bits)
    return pdf(page(b"q 595 0 0 842 0 0 cm /Im1 Do Q", b"<< /XObject << /Im1 5 0 R >> >>") + [image])

with tempfile.TemporaryDirectory() as tmp:
    open(f"{tmp}/typed.pdf", "wb").write(typed())
    subprocess.run(["pdftoppm", "-r", "150", "-mono", f"{tmp}/typed.pdf", f"{tmp}/sida"], check=True)
    open(f"{tmp}/scan.pdf", "wb").write(scanned(open(f"{tmp}/sida-1.pbm", "rb").read()))
    open(f"{tmp}/blank.pdf", "wb").write(pdf(page(b"", b"<< >>")))
    subprocess.run(["pdfunite", f"{tmp}/scan.pdf", "styrelse.pdf", f"{tmp}/blank.pdf", "blandad.pdf"], check=True)
