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
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# (What every round of scanned minutes shares: ../../make/scanned_minutes.py.)
sys.path.insert(0, os.path.join(HERE, "..", "make"))
from scanned_minutes import A4, text_width, num, Layout, signature_ops, text_pdf, rasterise_gray, Rng, rotate, tone, noise, specks, pack_1bit, pen, verify, scanned_pdf  # noqa: E402


# Advance widths (1/1000 em) of the WinAnsiEncoding codes 32..255 in the
# standard 14 fonts used here, taken from the AFM files of the URW base 35
# fonts that are metric-compatible with them (what poppler draws them with);
# 0 for the codes WinAnsiEncoding leaves undefined.


# ---------------------------------------------------------------------------
# Drawing helpers for the typed pages

H, HB = 'Helvetica', 'Helvetica-Bold'
T, TB, TI = 'Times-Roman', 'Times-Bold', 'Times-Italic'


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
