#!/usr/bin/env python3
"""Builds stamplad.pdf: styrelse.pdf's two pages scanned (rasterised at 150 dpi, 1 bit, kept as
pictures with no text layer of their own), each then stamped as a registry or Acrobat's "header and
footer" stamps a scan: a line of real text at the top ("Inkom 2023-02-08  Dnr 2023/17") and a page
number at the foot ("Sida 1 av 2"). Python's standard library and poppler-utils (pdftoppm) only.
Usage: python3 make/stamplad.py   (from Tests/Fixtures/Formats)"""
import glob, os, subprocess, sys, tempfile, zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from minipdf import pdf, stream


with tempfile.TemporaryDirectory() as tmp:
    subprocess.run(["pdftoppm", "-r", "150", "-mono", "styrelse.pdf", f"{tmp}/sida"], check=True)
    scans = sorted(glob.glob(f"{tmp}/sida-*.pbm"))
    # Objects: 1 catalog, 2 pages, 3 font, then per page: page, contents, image.
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", None,
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for number, path in enumerate(scans, 1):
        magic, size, data = open(path, "rb").read().split(b"\n", 2)
        width, height = map(int, size.split())
        first = len(objects) + 1
        kids.append(b"%d 0 R" % first)
        stamp = (b"q 595 0 0 842 0 0 cm /Im1 Do Q\n"
                 b"BT /F1 9 Tf 400 820 Td (Inkom 2023-02-08  Dnr 2023/17) Tj ET\n"
                 b"BT /F1 9 Tf 500 20 Td (Sida %d av %d) Tj ET" % (number, len(scans)))
        objects += [
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R /Resources << /Font << /F1 3 0 R >> /XObject << /Im1 %d 0 R >> >> >>" % (first + 1, first + 2),
            stream(b"", stamp),
            # (PBM's 1 is black; DeviceGray's 1 is white.)
            stream(b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /FlateDecode" % (width, height),
                   zlib.compress(bytes(255 - b for b in data))),
        ]
    objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % len(scans)
    open("stamplad.pdf", "wb").write(pdf(objects))
