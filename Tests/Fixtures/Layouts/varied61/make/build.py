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

# (What every round of scanned minutes shares: ../../make/scanned_minutes.py.)
sys.path.insert(0, os.path.join(HERE, "..", "make"))
from scanned_minutes import A4, text_width, Layout, signature_ops, PdfWriter, text_pdf, read_pbm  # noqa: E402


# Advance widths (1/1000 em) of the WinAnsiEncoding codes 32..255 in the
# standard 14 fonts used here, taken from the AFM files of the URW base 35
# fonts that are metric-compatible with them (what poppler draws them with);
# 0 for the codes WinAnsiEncoding leaves undefined.


# ---------------------------------------------------------------------------
# PDF writing


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
