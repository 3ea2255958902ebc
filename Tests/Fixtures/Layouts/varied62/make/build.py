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
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# (What every round of scanned minutes shares: ../../make/scanned_minutes.py.)
sys.path.insert(0, os.path.join(HERE, "..", "make"))
from scanned_minutes import FONT_RES, A4, text_width, pdf_string, num, Layout, signature_ops, text_pdf, rasterise_gray, Rng, rotate, tone, noise, specks, pack_1bit, pen, verify, scanned_pdf  # noqa: E402


# Advance widths (1/1000 em) of the WinAnsiEncoding codes 32..255 in the
# standard 14 fonts used here, taken from the AFM files of the URW base 35
# fonts that are metric-compatible with them (what poppler draws them with);
# 0 for the codes WinAnsiEncoding leaves undefined.


# ---------------------------------------------------------------------------
# PDF writing


import math


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
