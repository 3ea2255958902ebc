#!/usr/bin/env python3
"""Builds the fixtures of Tests/Fixtures/Layouts/varied69: minutes kept as
pictures, the way offices end up with them.

  IMG_4127.JPG                        an iPhone 13 photo (3024 x 4032, EXIF
        Orientation 1) of a printed page of the Nätverket för missbruksfrågor
        lying on a grey desk: turned by -2.9 degrees, a mild keystone, a
        lighting gradient, a soft shadow
  20260312_101544.jpg                 a Samsung Galaxy S23 photo of a printed
        page of the Nätverket för ekonomiskt bistånd on a wooden table; the
        pixels are stored sideways (4000 x 3000) with EXIF Orientation 6
        (rotate 90 degrees clockwise to view), as the phone writes them
  Skärmbild 2026-04-02 140312.png     a Windows Snipping Tool screenshot of
        Word (protected view) showing the minutes of the Nätverket för
        anhörigstöd at 125 % display scaling (120 dpi: 11 pt is 18 px)
  minnesanteckningar_inskannade.docx  a Word document whose body is only two
        inline pictures: the two pages of the Barn- och ungdomsnätverket's
        minutes scanned at 200 dpi greyscale (image1.png, image2.jpeg)
  minnen_maj.png                      a plain 300 dpi greyscale scan of one
        page of the Socialchefsnätverket's minutes

Each page is laid out as a typed page with ../../make/scanned_minutes.py
(the layout engine of the earlier rounds of scanned minutes), written as a
text PDF into a temporary directory and rasterised there with
`pdftoppm -gray`; the photographs, the screenshot and the Word file are then
made with Pillow (Debian's python3-pil 9.4.0, libjpeg-turbo 2.1.5, zlib
1.2.13) and the fonts of the urw-base35 and DejaVu packages.  Nothing depends
on the clock or on chance: every "random" value comes from seeded integer
generators, the EXIF blocks are written by this script byte by byte and the
Word file's zip entries carry the fixed time 1980-01-01 00:00 that Word
itself writes.  A rebuild with the same poppler, Pillow, libjpeg-turbo and
zlib gives identical bytes.

Run with a Python 3 that has Pillow, from any directory:
    /usr/bin/python3 make/build.py
Set VARIED69_LINES=1 to print every printed line of every page.
"""
import io
import math
import os
import shutil
import struct
import sys
import tempfile
import zipfile

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# (What every round of scanned minutes shares: ../../make/scanned_minutes.py.)
sys.path.insert(0, os.path.join(HERE, "..", "make"))
from scanned_minutes import (text_width, Layout, signature_ops, text_pdf,  # noqa: E402
                             rasterise_gray, Rng, tone, noise, specks, pen)

H, HB = 'Helvetica', 'Helvetica-Bold'
T, TB, TI = 'Times-Roman', 'Times-Bold', 'Times-Italic'

LINES = []          # (file, page, text) of every printed line, for VARIED69_LINES


def record_lines(name, layout):
    for p, text, kind in layout.lines:
        LINES.append((name, p + 1, text))


# ---------------------------------------------------------------------------
# The typed pages


def item(L, title, paras, font, bold, size, lead, before=9, after=1, para_after=2.5):
    L.space(before)
    L.ensure(lead * 3)
    L.para([(bold, title)], size, lead)
    L.space(after)
    for p in paras:
        L.para(p if isinstance(p, list) else [(font, p)], size, lead, after=para_after)


def missbruk():
    """Nätverket för missbruksfrågor, tuesday 17 February 2026; Helvetica
    10.5 pt; a label block with bold labels on the value's line, the
    attendance in a light grey ruled table, items numbered 1.-5."""
    L = Layout(left=70, right=62, top=54, bottom=44)
    size, lead = 10, 13.3
    L.para([(HB, 'Minnesanteckningar')], 16, 20)
    L.para([(H, 'Nätverket för missbruksfrågor')], 12.5, 16, after=8)
    for label, value in (('Datum:', 'tisdag 17 februari 2026'),
                         ('Tid:', 'kl. 13.00-15.30'),
                         ('Plats:', 'Åstorp, Kommunhuset, rum Söderåsen'),
                         ('Ordförande:', 'Lars-Bertil Fransson, Åstorp'),
                         ('Antecknare:', 'Thilini Perera, Helsingborg')):
        L.para([(HB, label + ' '), (H, value)], size, lead)
    L.space(8)
    L.para([(HB, 'Närvarande')], size, lead, after=3)
    rows = [[(HB, 'Namn'), (HB, 'Kommun')]]
    for n, k in (('Lars-Bertil Fransson', 'Åstorp'),
                 ('Thilini Perera', 'Helsingborg'),
                 ('Przemyslaw Nowicki', 'Landskrona'),
                 ('Inga-Maj Roslund', 'Höganäs'),
                 ('Bekzod Rakhimov', 'Ängelholm'),
                 ('Graciela Morales', 'Klippan'),
                 ('Per-Johan Ekvall', 'Båstad')):
        rows.append([(H, n), (H, k)])
    # a word processor's table in its light grey grid
    L.pages[-1].append('q 0.6 G')
    L.table([170, 120], rows, size, lead, pad=2.2, line_w=0.5, after=7)
    L.pages[-1].append('Q')
    L.para([(HB, 'Frånvarande: '), (H, 'Tamuna Beridze (Bjuv) och Kjell-Ove Ahlström (Svalöv).')], size, lead, after=2)
    L.para([(HB, 'Gäst: '), (H, 'Manpreet Sandhu, överläkare, Beroendemottagningen i Helsingborg (punkt 2).')],
           size, lead, after=4)

    def it(title, paras):
        item(L, title, paras, H, HB, size, lead, before=7, after=1, para_after=2)

    it('1. Mötets öppnande', [
        'Lars-Bertil Fransson öppnade mötet och hälsade Manpreet Sandhu välkommen. Dagordningen godkändes.',
    ])
    it('2. Läkemedelsassisterad behandling vid opioidberoende', [
        'Manpreet Sandhu berättade att väntetiden till LARO-mottagningen i Helsingborg har kortats från tre '
        'månader till tre veckor. Hon sa: ”Ingen ska behöva vänta på behandling när motivationen väl finns.”',
        'Przemyslaw Nowicki frågade hur socialtjänsten får veta när en patient avbryter behandlingen. '
        'Manpreet svarade att mottagningen ringer handläggaren samma dag om patienten har gett sitt samtycke.',
        'Beslut: Thilini Perera bjuder in Beroendemottagningen till ett uppföljande möte i september.',
    ])
    it('3. Unga och narkotika i sociala medier', [
        'Inga-Maj Roslund lyfte att allt fler unga i Höganäs köper narkotika via krypterade appar. '
        'Hon sa: ”Föräldrarna har ingen aning om vad som händer i telefonen.”',
        'Graciela Morales berättade att fältgruppen i Klippan ser samma sak.',
        'Beslut: Inga-Maj Roslund och Graciela Morales tar fram ett informationsblad till föräldrar.',
    ])
    it('4. Akutboende för personer som inte är drogfria', [
        'Bekzod Rakhimov tog upp att Ängelholm saknar akutplatser för den som inte är drogfri. '
        'Enligt Bekzod bor flera klienter på vandrarhem i upp till tre månader.',
        'Per-Johan Ekvall menade att Båstad har samma problem under sommarsäsongen.',
        'Frågan diskuterades. Inget beslut fattades.',
    ])
    it('5. Övriga frågor', [
        'Przemyslaw Nowicki berättade att Landskrona öppnar en mottagning för spelberoende i april.',
        'Per-Johan Ekvall meddelade att Båstad söker en alkoholhandläggare på halvtid.',
    ])
    L.para([(H, 'Nästa möte: tisdag 14 april 2026 kl. 13.00 i Klippan.')], size, lead, before=10)
    L.para([(H, 'Vid anteckningarna: Thilini Perera')], size, lead, before=8)
    return L


def bistand():
    """Nätverket för ekonomiskt bistånd, thursday 5 March 2026; Times 11.5 pt;
    a centred head with date, time and place on one line, the attendance as
    one paragraph with the roles in brackets, items marked § 1 - § 5."""
    L = Layout(left=80, right=74, top=78, bottom=60)
    size, lead = 11.5, 14.8
    L.para([(TB, 'Nätverket för ekonomiskt bistånd')], 15, 19, align='center')
    L.para([(T, 'Minnesanteckningar')], 12.5, 17, align='center')
    L.para([(T, 'Torsdag 5 mars 2026 kl. 9.00-12.00, Perstorp, Medborgarhuset, rum Oderljunga')],
           size, lead, align='center', after=6)
    L.rule(after=6, w=0.6)
    L.para([(TB, 'Närvarande: '),
            (T, 'Gun-Louise Wennberg, Perstorp (ordförande); Rafiqul Islam, Helsingborg; Analyn Villanueva, '
                'Landskrona; Karl-Gunnar Boström, Ängelholm; Lyudmila Koval, Höganäs; Jaswinder Gill, Bjuv; '
                'Anna-Lotta Hedberg, Örkelljunga (sekreterare).')], size, lead, after=3)
    L.para([(TB, 'Förhinder: '), (T, 'Dongwoo Park, Svalöv; Karin-Lena Strand, Åstorp.')], size, lead, after=3)
    L.para([(TB, 'Gäst vid § 3: '),
            (T, 'Ezequiel Romero, budget- och skuldrådgivare, Helsingborgs stad.')], size, lead, after=3)
    L.para([(T, 'Klippan och Båstad var inte representerade.')], size, lead, after=4)

    def it(title, paras):
        item(L, title, paras, T, TB, size, lead, before=8, after=1, para_after=2)

    it('§ 1 Föregående anteckningar', [
        'Anteckningarna från mötet den 22 januari godkändes och lades till handlingarna.',
    ])
    it('§ 2 Skälig boendekostnad', [
        'Karl-Gunnar Boström lyfte att allt fler hushåll i Ängelholm har hyror över den nivå som kommunen '
        'godtar. Han sa: ”Vi beviljar hyror som vi själva har sagt är för höga.”',
        'Lyudmila Koval berättade att Höganäs höjde sin nivå för ensamstående vid årsskiftet.',
        'Beslut: Karl-Gunnar Boström och Lyudmila Koval jämför kommunernas nivåer till nästa möte.',
    ])
    it('§ 3 Skuldrådgivning och försörjningsstöd', [
        'Ezequiel Romero berättade att var fjärde person som söker skuldrådgivning i Helsingborg också har '
        'försörjningsstöd. Enligt Ezequiel kommer många först när Kronofogden redan har skickat ett utslag.',
        'Jaswinder Gill frågade om handläggarna kan remittera direkt till skuldrådgivningen. Ezequiel '
        'svarade att det räcker med en enkel blankett.',
        'Beslut: Blanketten för remiss till skuldrådgivningen läggs in i nätverkets gemensamma handbok.',
    ])
    it('§ 4 Unga vuxna och arbetsmarknaden', [
        'Rafiqul Islam tog upp att Helsingborg har startat ett samarbete med Arbetsförmedlingen för unga '
        'vuxna med försörjningsstöd. Han sa: ”Den unga ska få ett namn och ett telefonnummer, inte en '
        'hänvisning.”',
        'Analyn Villanueva menade att Landskrona vill pröva samma modell.',
        'Ärendet diskuterades utan beslut.',
    ])
    it('§ 5 Övrigt', [
        'Jaswinder Gill berättade att Bjuv inför en e-tjänst för ansökan om försörjningsstöd i maj.',
        'Anna-Lotta Hedberg påminde om länsstyrelsens utbildningsdag om ekonomiskt bistånd den 21 april.',
    ])
    L.para([(T, 'Nästa möte: torsdag 7 maj 2026 kl. 9.00 i Örkelljunga.')], size, lead, before=12)
    L.para([(TI, 'Vid anteckningarna: Anna-Lotta Hedberg')], size, lead, before=10)
    return L


def barn_unga():
    """Barn- och ungdomsnätverket, monday 20 April 2026; Times 12 pt, two
    pages; labels in a column with the values beside them, the attendance
    one name a line, items 'Ärende N:', item 3 running across the page
    break; a signature block; 'Sida 1 av 2' at the foot of each page."""

    def furniture(lay, i, n):
        s = 'Sida %d av %d' % (i + 1, n)
        lay.draw_text((lay.W - text_width(T, 10, s)) / 2.0, 40, T, 10, s, page=i)
        lay.record(s, 'furniture', page=i)

    L = Layout(left=82, right=76, top=80, bottom=74, furniture=furniture)
    size, lead = 12, 16.2
    L.para([(TB, 'Barn- och ungdomsnätverket')], 17, 22)
    L.para([(T, 'Minnesanteckningar')], 13.5, 18, after=10)
    L.labels([
        ('Datum', 'måndag 20 april 2026'),
        ('Tid', '9.00-12.00'),
        ('Plats', 'Landskrona, Stadshuset, sammanträdesrum Citadellet'),
        ('Ordförande', 'Jan-Anders Sjödin, Landskrona'),
        ('Sekreterare', 'Kaveri Iyer, Bjuv'),
    ], size, lead, TB, T, 96, after=10)
    L.para([(TB, 'Närvarande')], size, lead, after=1)
    for n in ('Jan-Anders Sjödin, Landskrona', 'Kaveri Iyer, Bjuv', 'Facundo Herrera, Helsingborg',
              'Lisa-Britt Engqvist, Åstorp', 'Zurab Kapanadze, Ängelholm', 'Noriko Holm, Klippan',
              'Bolat Seitkali, Örkelljunga', 'Maricela Ortega, Perstorp'):
        L.para([(T, n)], size, lead, indent=14)
    L.space(7)
    L.para([(TB, 'Frånvarande: '), (T, 'Bengt-Arne Lilja, Båstad; Shakhnoza Yuldasheva, Höganäs')],
           size, lead, after=3)
    L.para([(TB, 'Gäst: '), (T, 'Ketut Wirawan, samordnare vid Barnahus Nordvästra Skåne (ärende 2)')],
           size, lead, after=3)
    L.para([(T, 'Svalöv var inte representerat.')], size, lead, after=4)

    def it(title, paras):
        item(L, title, paras, T, TB, size, lead, before=10, after=2, para_after=3)

    it('Ärende 1: Mötets öppnande', [
        'Jan-Anders Sjödin öppnade mötet. Dagordningen fastställdes och Kaveri Iyer utsågs att föra '
        'anteckningar.',
    ])
    it('Ärende 2: Barnahus och samråd vid misstänkta brott mot barn', [
        'Ketut Wirawan berättade att Barnahus under 2025 tog emot 312 barn från kommunerna i nordvästra '
        'Skåne. Han sa: ”Barnet ska berätta en gång, i ett rum, för en person.”',
        'Facundo Herrera frågade hur lång tid det tar från polisanmälan till samråd. Ketut svarade att '
        'målet är tre arbetsdagar.',
        'Maricela Ortega berättade att Perstorp redan följer den rutinen.',
        'Beslut: Kaveri Iyer bjuder in Barnahus till nätverkets utbildningsdag i oktober.',
    ])
    it('Ärende 3: Placeringar långt från hemkommunen', [
        'Lisa-Britt Engqvist lyfte att Åstorp har nio barn placerade mer än tio mil från kommunen. '
        'Hon sa: ”Det är inte barnens fel att vi saknar familjehem här.” Enligt Lisa-Britt kostar resorna '
        'till umgänge med föräldrarna kommunen mer än placeringarna.',
        'Zurab Kapanadze berättade att Ängelholm har börjat rekrytera familjehem tillsammans med Höganäs, '
        'och att de första två familjerna är utredda.',
        'Beslut: Lisa-Britt Engqvist sammanställer alla kommuners placeringar som ligger mer än fem mil bort.',
    ])
    it('Ärende 4: Långvarig skolfrånvaro', [
        'Noriko Holm tog upp att antalet elever i Klippan som inte går i skolan alls har fördubblats sedan '
        'hösten. Enligt Noriko saknar skolan och socialtjänsten en gemensam rutin för orosanmälningar.',
        'Bolat Seitkali menade att Örkelljunga har en rutin som kan delas.',
        'Frågan diskuterades men inget beslut fattades.',
    ])
    it('Ärende 5: Övrigt', [
        'Maricela Ortega berättade att Perstorp har fått en ny enhetschef för barn och unga.',
        'Facundo Herrera informerade om att Helsingborg startar en föräldrautbildning på dari och tigrinja '
        'i juni.',
    ])
    L.para([(T, 'Nästa möte: måndag 15 juni 2026 kl. 9.00 i Åstorp.')], size, lead, before=12)

    # the signature block
    L.space(24)
    L.ensure(130)
    L.para([(T, 'Landskrona den 22 april 2026')], size, lead, after=16)
    y = L.y
    for x, label, name, seed in ((L.left, 'Vid protokollet', 'Kaveri Iyer', 23),
                                 (L.left + 240, 'Justeras', 'Jan-Anders Sjödin', 58)):
        L.draw_text(x, y - lead, T, size, label)
        L.pages[-1].append(pen(signature_ops(x + 10, y - lead - 40, 130, 28, seed, 1.1)))
        L.line(x, y - lead - 46, x + 180, y - lead - 46, 0.5)
        L.draw_text(x, y - lead - 60, T, size, name)
    L.record('Vid protokollet Justeras')
    L.record('Kaveri Iyer Jan-Anders Sjödin')
    L.y = y - lead - 60
    return L


def socialchef():
    """Socialchefsnätverket, friday 8 May 2026; Helvetica 11 pt; a label
    block, the attendance as one paragraph, items numbered 1.-5."""
    L = Layout(left=76, right=70, top=76, bottom=60)
    size, lead = 11, 14.8
    L.para([(HB, 'Socialchefsnätverket')], 17, 21)
    L.para([(H, 'Minnesanteckningar')], 12.5, 16, after=8)
    for label, value in (('Datum:', 'fredag 8 maj 2026'),
                         ('Tid:', '9.00-12.00'),
                         ('Plats:', 'Örkelljunga kommunhus, rum Fagerhult'),
                         ('Ordförande:', 'Carl-Fredrik Norling, Örkelljunga'),
                         ('Sekreterare:', 'Anandi Krishnan, Svalöv')):
        L.para([(HB, label + ' '), (H, value)], size, lead)
    L.space(8)
    L.para([(HB, 'Närvarande: '),
            (H, 'Carl-Fredrik Norling (Örkelljunga), Anandi Krishnan (Svalöv), Urmas Tamm (Helsingborg), '
                'Anne-Sofie Berglöf (Höganäs), Mykola Bondarenko (Landskrona), Ragnheidur Jonsdottir '
                '(Ängelholm), Jianguo Chen (Klippan) och Nils-Ante Lindholm (Perstorp).')], size, lead, after=3)
    L.para([(HB, 'Förhinder: '), (H, 'Milagros Paredes (Båstad) och Nattapong Srisuk (Bjuv).')],
           size, lead, after=2)
    L.para([(H, 'Åstorp var inte representerat.')], size, lead, after=4)

    def it(title, paras):
        item(L, title, paras, H, HB, size, lead, before=9, after=1, para_after=2.5)

    it('1. Föregående minnesanteckningar', [
        'Anteckningarna från mötet den 10 april godkändes.',
    ])
    it('2. Kompetensförsörjning', [
        'Urmas Tamm lyfte att Helsingborg har tolv vakanta tjänster som socialsekreterare inom barn och unga. '
        'Han sa: ”Vi tävlar om samma socionomer, och det är bara lönen som vinner.”',
        'Anne-Sofie Berglöf instämde och berättade att Höganäs anlitar konsulter.',
        'Beslut: Nätverket gör en gemensam kartläggning av lönerna för socialsekreterare före sommaren.',
    ])
    it('3. Hedersrelaterat våld och förtryck', [
        'Mykola Bondarenko berättade att Landskrona har fått statsbidrag för ett kompetenscentrum mot '
        'hedersvåld. Enligt Mykola kan de andra kommunerna köpa konsultationer från centret.',
        'Beslut: Mykola Bondarenko återkommer med en kostnad för konsultationerna i september.',
    ])
    it('4. Digitala verktyg i handläggningen', [
        'Ragnheidur Jonsdottir tog upp att Ängelholm testar ett verktyg som sammanfattar journalanteckningar. '
        'Hon sa: ”Verktyget sparar tid, men vi måste veta vem som ansvarar för texten.”',
        'Jianguo Chen frågade hur dataskyddet har bedömts.',
        'Inget beslut fattades.',
    ])
    it('5. Övrigt', [
        'Nils-Ante Lindholm meddelade att Perstorp slår ihop individ- och familjeomsorgen med äldreomsorgen.',
        'Anandi Krishnan berättade att Svalövs socialtjänst flyttar till Teckomatorp under hösten.',
    ])
    L.para([(H, 'Nästa möte: fredag 11 september 2026 kl. 9.00 i Klippan.')], size, lead, before=10)
    L.para([(H, 'Antecknat av Anandi Krishnan')], size, lead, before=8)
    return L


def rasterise(layout, dpi, tmp):
    layout.finish()
    d = tempfile.mkdtemp(dir=tmp)
    pages = rasterise_gray(text_pdf(layout), d, dpi)
    return [Image.frombytes('L', (w, h), b''.join(bytes(r) for r in rows)) for w, h, rows in pages]


# ---------------------------------------------------------------------------
# Photographs


def perspective_coeffs(dst, src):
    """Pillow's PERSPECTIVE data: maps each output point dst[i] to the input
    point src[i] (x = (a u + b v + c) / (g u + h v + 1), y likewise)."""
    A, B = [], []
    for (u, v), (x, y) in zip(dst, src):
        A.append([u, v, 1, 0, 0, 0, -u * x, -v * x])
        B.append(x)
        A.append([0, 0, 0, u, v, 1, -u * y, -v * y])
        B.append(y)
    n = 8
    M = [A[i] + [B[i]] for i in range(n)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(M[r][c]))
        M[c], M[p] = M[p], M[c]
        for r in range(n):
            if r != c:
                f = M[r][c] / M[c][c]
                M[r] = [a - f * b for a, b in zip(M[r], M[c])]
    return [M[i][n] / M[i][i] for i in range(n)]


def quad(cx, cy, w, h, angle, top_scale=1.0, left_scale=1.0):
    """The corners (tl, tr, br, bl) of a w x h sheet centred on (cx, cy),
    its top edge shortened by top_scale (the camera leans towards the top),
    its left edge by left_scale, turned by angle degrees (positive is
    clockwise on the picture)."""
    hw, hh = w / 2.0, h / 2.0
    pts = [(-hw * top_scale, -hh * left_scale), (hw * top_scale, -hh),
           (hw, hh), (-hw, hh * left_scale)]
    a = math.radians(angle)
    ca, sa = math.cos(a), math.sin(a)
    return [(cx + x * ca - y * sa, cy + x * sa + y * ca) for x, y in pts]


def smooth_field(size, fn, grid=(48, 64)):
    """A smooth grey field (0..255) from fn(u, v) with u, v in 0..1,
    computed on a coarse grid and enlarged."""
    gw, gh = grid
    im = Image.new('L', (gw, gh))
    px = []
    for j in range(gh):
        for i in range(gw):
            px.append(max(0, min(255, int(round(fn(i / (gw - 1.0), j / (gh - 1.0)))))))
    im.putdata(px)
    return im.resize(size, Image.BICUBIC)


def noise_tile(seed, n=509, amp=3):
    rng = Rng(seed)
    im = Image.new('L', (n, n))
    im.putdata([128 + rng.below(2 * amp + 1) - amp for _ in range(n * n)])
    return im


def tiled(tile, size):
    out = Image.new('L', size)
    for y in range(0, size[1], tile.size[1]):
        for x in range(0, size[0], tile.size[0]):
            out.paste(tile, (x, y))
    return out


def desk(size, kind, seed):
    """The surface under the sheet: a grey laminate desk or a light oak
    table (grain along the boards, computed coarse and enlarged)."""
    W, Hh = size
    rng = Rng(seed)
    if kind == 'grey':
        base = smooth_field(size, lambda u, v: 120 + 10 * u - 6 * v)
        speck = tiled(noise_tile(seed, 257, 6), size).filter(ImageFilter.GaussianBlur(1.2))
        g = ImageChops.add(base, speck, 1.0, -128)
        r = g.point(lambda v: min(255, v + 4))
        b = g.point(lambda v: max(0, v - 3))
        return Image.merge('RGB', (r, g, b))
    # wood: boards running along the picture's long side, each with its own
    # tone, fine grain that wanders a little, dark seams between the boards
    cw, ch = W // 8, Hh // 8
    phases = [rng.below(1000) / 1000.0 * 6.283 for _ in range(6)]
    bw = cw / 3.3
    tones = (0, 9, -6, 4, -2)
    im = Image.new('L', (cw, ch))
    px = []
    for y in range(ch):
        for x in range(cw):
            warp = 2.5 * math.sin(y * 0.02 + phases[0]) + 1.5 * math.sin(y * 0.057 + x * 0.01 + phases[1])
            xx = x + warp
            grain = (0.55 * math.sin(xx * 0.9 + phases[2]) + 0.3 * math.sin(xx * 2.3 + phases[3])
                     + 0.15 * math.sin(xx * 0.21 + phases[4]))
            board = int(x // bw)
            v = 150 + 13 * grain + tones[board % len(tones)] - 8 * (y / float(ch))
            if x - board * bw < 0.8:
                v -= 45
            px.append(int(max(0, min(255, v))))
    im.putdata(px)
    g = im.resize(size, Image.BICUBIC).filter(ImageFilter.GaussianBlur(2))
    r = g.point(lambda v: min(255, int(v * 1.18 + 12)))
    gg = g.point(lambda v: int(v * 0.92))
    b = g.point(lambda v: int(v * 0.62))
    return Image.merge('RGB', (r, gg, b))


def photograph(page, canvas, corners, surface, seed, light, paper=(247, 245, 238), ink=(36, 36, 42)):
    """The printed sheet (a greyscale rendering) photographed from above."""
    W, Hh = canvas
    pw, ph = page.size
    coeffs = perspective_coeffs(corners, [(0, 0), (pw, 0), (pw, ph), (0, ph)])
    sheet = Image.merge('RGB', [page.point(lambda v, p=p, k=k: int(round(k + (p - k) * v / 255.0)))
                                for p, k in zip(paper, ink)])
    sheet_t = sheet.transform(canvas, Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new('L', page.size, 255).transform(canvas, Image.PERSPECTIVE, coeffs, Image.BILINEAR,
                                                    fillcolor=0)
    bg = desk(canvas, surface, seed)
    shadow = ImageChops.offset(mask, 14, 20).filter(ImageFilter.GaussianBlur(22))
    bg = ImageChops.multiply(bg, Image.merge('RGB', [shadow.point(lambda v: 255 - int(v * 0.42))] * 3))
    img = Image.composite(sheet_t, bg, mask)
    # the light: brighter where the window is, darker into the far corner,
    # a faint vignette of the lens
    img = ImageChops.multiply(img, Image.merge('RGB', [smooth_field(canvas, light)] * 3))
    # a warm cast of the room's light
    img = ImageChops.multiply(img, Image.new('RGB', canvas, (255, 250, 240)))
    # the lens is not quite sharp; the phone sharpens; the sensor adds a little noise
    img = img.filter(ImageFilter.GaussianBlur(0.9))
    img = img.filter(ImageFilter.UnsharpMask(radius=2.5, percent=70, threshold=2))
    n = tiled(noise_tile(seed + 1), canvas)
    img = ImageChops.add(img, Image.merge('RGB', [n] * 3), 1.0, -128)
    return img


# EXIF, written byte by byte (TIFF types: 2 ASCII, 3 SHORT, 4 LONG, 5 RATIONAL, 7 UNDEFINED)
def exif_block(big_endian, ifd0, exif):
    e = '>' if big_endian else '<'

    def enc(typ, val):
        if typ == 2:
            b = val.encode('ascii') + b'\0'
            return b, len(b)
        if typ == 3:
            return b''.join(struct.pack(e + 'H', v) for v in val), len(val)
        if typ == 4:
            return b''.join(struct.pack(e + 'I', v) for v in val), len(val)
        if typ == 5:
            return b''.join(struct.pack(e + 'II', a, b) for a, b in val), len(val)
        if typ == 7:
            return val, len(val)
        raise ValueError(typ)

    def ifd(entries, start, next_off=0):
        entries = sorted(entries)
        n = len(entries)
        data_off = start + 2 + 12 * n + 4
        head, data = [struct.pack(e + 'H', n)], []
        for tag, typ, val in entries:
            raw, count = enc(typ, val)
            if len(raw) <= 4:
                head.append(struct.pack(e + 'HHI', tag, typ, count) + raw.ljust(4, b'\0'))
            else:
                head.append(struct.pack(e + 'HHII', tag, typ, count, data_off))
                data.append(raw + (b'\0' if len(raw) % 2 else b''))
                data_off += len(data[-1])
        head.append(struct.pack(e + 'I', next_off))
        return b''.join(head) + b''.join(data)

    # the Exif IFD comes after IFD0, whose size does not depend on the pointer's value
    probe = ifd(ifd0 + [(0x8769, 4, [0])], 8)
    exif_off = 8 + len(probe)
    body = ifd(ifd0 + [(0x8769, 4, [exif_off])], 8) + ifd(exif, exif_off)
    tiff = (b'MM\0*' if big_endian else b'II*\0') + struct.pack(e + 'I', 8) + body
    return b'Exif\0\0' + tiff


def iphone_exif(moment):
    return exif_block(True, [
        (0x010F, 2, 'Apple'),
        (0x0110, 2, 'iPhone 13'),
        (0x0112, 3, [1]),
        (0x011A, 5, [(72, 1)]),
        (0x011B, 5, [(72, 1)]),
        (0x0128, 3, [2]),
        (0x0131, 2, '17.3.1'),
        (0x0132, 2, moment),
        (0x0213, 3, [1]),
    ], [
        (0x829A, 5, [(1, 60)]),
        (0x829D, 5, [(8, 5)]),
        (0x8827, 3, [125]),
        (0x9000, 7, b'0232'),
        (0x9003, 2, moment),
        (0x9004, 2, moment),
        (0x9010, 2, '+01:00'),
        (0x9011, 2, '+01:00'),
        (0x920A, 5, [(51, 10)]),
        (0xA002, 4, [3024]),
        (0xA003, 4, [4032]),
        (0xA405, 3, [26]),
        (0xA433, 2, 'Apple'),
        (0xA434, 2, 'iPhone 13 back dual wide camera 5.1mm f/1.6'),
    ])


def samsung_exif(moment):
    return exif_block(False, [
        (0x0100, 4, [4000]),
        (0x0101, 4, [3000]),
        (0x010F, 2, 'samsung'),
        (0x0110, 2, 'SM-S911B'),
        (0x0112, 3, [6]),
        (0x011A, 5, [(72, 1)]),
        (0x011B, 5, [(72, 1)]),
        (0x0128, 3, [2]),
        (0x0131, 2, 'S911BXXS3BXA5'),
        (0x0132, 2, moment),
        (0x0213, 3, [1]),
    ], [
        (0x829A, 5, [(1, 50)]),
        (0x829D, 5, [(18, 10)]),
        (0x8827, 3, [160]),
        (0x9000, 7, b'0220'),
        (0x9003, 2, moment),
        (0x9004, 2, moment),
        (0x9010, 2, '+01:00'),
        (0x9011, 2, '+01:00'),
        (0x920A, 5, [(630, 100)]),
        (0xA002, 4, [4000]),
        (0xA003, 4, [3000]),
        (0xA405, 3, [24]),
    ])


def save_jpeg(img, path, exif, quality=85):
    buf = io.BytesIO()
    img.save(buf, 'JPEG', quality=quality, subsampling=2, exif=exif)
    data = buf.getvalue()
    # a phone writes no JFIF segment: the file starts with the Exif APP1,
    # so Pillow's APP0 goes
    assert data[:4] == b'\xff\xd8\xff\xe0'
    n = struct.unpack('>H', data[4:6])[0]
    data = data[:2] + data[4 + n:]
    assert data[2:4] == b'\xff\xe1' and data[6:12] == b'Exif\0\0'
    with open(path, 'wb') as f:
        f.write(data)
    return len(data)


def build_iphone(tmp):
    L = missbruk()
    dpi = 320
    (page,) = rasterise(L, dpi, tmp)
    record_lines('IMG_4127.JPG', L)
    canvas = (3024, 4032)
    corners = quad(1524, 2026, page.size[0], page.size[1], -2.9, top_scale=0.968)

    def light(u, v):
        # the window is to the upper left
        d = math.hypot(u - 0.5, v - 0.5)
        return 255 - 30 * (0.6 * u + 0.4 * v) - 22 * max(0.0, d - 0.35)

    img = photograph(page, canvas, corners, 'grey', 69, light)
    path = os.path.join(HERE, 'IMG_4127.JPG')
    return path, save_jpeg(img, path, iphone_exif('2026:02:24 08:41:17'), 85)


def build_samsung(tmp):
    L = bistand()
    dpi = 314
    (page,) = rasterise(L, dpi, tmp)
    record_lines('20260312_101544.jpg', L)
    upright = (3000, 4000)
    corners = quad(1490, 1985, page.size[0], page.size[1], 1.3, top_scale=1.0, left_scale=0.975)

    def light(u, v):
        # the ceiling lamp is above the top right of the sheet
        return 250 - 26 * math.hypot(u - 0.8, v - 0.15) - 10 * v

    img = photograph(page, upright, corners, 'wood', 312, light, paper=(244, 243, 240), ink=(32, 33, 40))
    # the phone was held upright, but the sensor's rows run along the long
    # side: the pixels are stored turned a quarter anticlockwise, and
    # Orientation 6 tells a viewer to turn them back clockwise
    stored = img.transpose(Image.ROTATE_90)
    assert stored.size == (4000, 3000)
    path = os.path.join(HERE, '20260312_101544.jpg')
    return path, save_jpeg(stored, path, samsung_exif('2026:03:12 10:15:44'), 85)


# ---------------------------------------------------------------------------
# The screenshot: Word in protected view at 125 % display scaling


FONT_DIR = '/usr/share/fonts/opentype/urw-base35'
UI_DIR = '/usr/share/fonts/truetype/dejavu'


def font(name, px):
    path = os.path.join(FONT_DIR if name.startswith('Nimbus') else UI_DIR, name)
    return ImageFont.truetype(path, px)


def build_screenshot(tmp):
    scale = 1.25                      # Windows display scaling: 120 dpi
    dpi = 96 * scale
    pt = lambda v: v * dpi / 72.0     # noqa: E731
    body = font('NimbusSans-Regular.otf', 18)          # 11 pt at 120 dpi is 18.3 px
    bold = font('NimbusSans-Bold.otf', 18)
    title_f = font('NimbusSans-Bold.otf', 23)          # 14 pt
    sub_f = font('NimbusSans-Regular.otf', 20)         # 12 pt
    ui = font('DejaVuSans.ttf', 15)
    ui_small = font('DejaVuSans.ttf', 14)
    ui_bold = font('DejaVuSans-Bold.ttf', 14)

    # the document: (kind, runs) with runs [(font, text)]
    doc = []

    def P(runs, after=8, f=None):
        doc.append((runs, after))

    P([(title_f, 'Nätverket för anhörigstöd')], 2)
    P([(sub_f, 'Minnesanteckningar')], 10)
    for label, value in (('Datum:', 'torsdag 26 mars 2026'),
                         ('Tid:', '13.30-15.30'),
                         ('Plats:', 'Båstad, Kommunhuset, rum Hallandsåsen'),
                         ('Ordförande:', 'Mats-Olov Mårtensson'),
                         ('Antecknare:', 'Yumiko Tanabe')):
        P([(bold, label + ' '), (body, value)], 0)
    doc[-1] = (doc[-1][0], 8)
    P([(bold, 'Närvarande: '),
       (body, 'Mats-Olov Mårtensson (Båstad), Yumiko Tanabe (Helsingborg), Dainis Ozols (Klippan), '
              'Vasanthi Rajan (Ängelholm), Rolf-Erik Nord (Höganäs), Oyuntsetseg Ganbold (Landskrona) '
              'och Ornella Ricci (Svalöv).')], 4)
    P([(bold, 'Frånvarande: '), (body, 'Mekonnen Tadesse (Åstorp).')], 4)
    P([(bold, 'Gäst: '), (body, 'Gwyneth Morgan, Anhörigas Riksförbund (punkt 3).')], 10)

    def it(title, paras):
        P([(bold, title)], 2)
        for p in paras:
            P([(body, p)], 5)
        doc[-1] = (doc[-1][0], 10)

    it('1. Inledning', [
        'Mats-Olov Mårtensson hälsade alla välkomna och särskilt Gwyneth Morgan.',
    ])
    it('2. Unga omsorgsgivare', [
        'Vasanthi Rajan lyfte att Ängelholm inte når de unga som tar hand om en förälder med missbruk eller '
        'psykisk sjukdom. Hon sa: ”De ser sig inte som anhöriga, de ser sig som barn.”',
        'Dainis Ozols berättade att Klippan har en samtalsgrupp för unga anhöriga på högstadiet.',
        'Beslut: Vasanthi Rajan och Dainis Ozols planerar en gemensam temadag i höst.',
    ])
    it('3. Stöd till anhöriga till personer med demens', [
        'Gwyneth Morgan berättade att förbundet har tagit fram en webbutbildning för dem som vårdar en '
        'närstående med demens. Enligt Gwyneth har drygt hälften av deltagarna aldrig fått stöd från sin kommun.',
        'Ornella Ricci frågade om utbildningen finns på fler språk. Gwyneth svarade att den finns på arabiska '
        'och finska.',
        'Inget beslut.',
    ])
    it('4. Avlösning i hemmet', [
        'Rolf-Erik Nord tog upp att efterfrågan på avlösning har ökat kraftigt i Höganäs. Han sa: ”Fyra '
        'timmar i veckan är skillnaden mellan att orka och att ge upp.”',
        'Oyuntsetseg Ganbold instämde.',
        'Beslut: Nätverket sammanställer kommunernas regler för avgiftsfri avlösning till nästa möte.',
    ])
    it('5. Övrigt', [
        'Oyuntsetseg Ganbold berättade att Landskrona öppnar en anhörigcentral vid Rådhustorget i maj.',
        'Ornella Ricci meddelade att Svalöv har anställt en anhörigkonsulent på halvtid.',
    ])
    P([(body, 'Nästa möte: torsdag 4 juni 2026 kl. 13.30 i Helsingborg.')], 0)

    # lay the document out on the page: A4 at 100 % zoom, margins 2.5 cm
    page_w = int(round(8.27 * dpi))
    margin = int(round(2.5 / 2.54 * dpi))
    text_w = page_w - 2 * margin
    line_h = 22                                   # single spacing of an 11 pt Arial-like font at 120 dpi
    laid = []                                     # (y offset in the text, runs of one line)
    y = 0
    for runs, after in doc:
        size_px = max(f.size for f, _ in runs)
        lh = line_h if size_px <= 18 else int(round(size_px * 1.2))
        words = []
        for f, s in runs:
            for w in s.split(' '):
                if w:
                    words.append((f, w))
        cur, curw = [], 0.0
        lines = []
        for f, w in words:
            ww = f.getlength(w)
            sp = cur[-1][0].getlength(' ') if cur else 0.0
            if cur and curw + sp + ww > text_w:
                lines.append(cur)
                cur, curw = [], 0.0
                sp = 0.0
            cur.append((f, w))
            curw += sp + ww
        if cur:
            lines.append(cur)
        for ln in lines:
            laid.append((y, lh, ln))
            y += lh
        y += int(round(pt(after)))
    text_h = y

    W = 1320
    title_h, tabs_h, pv_h, status_h = 40, 38, 48, 30
    scroll_w = 17
    top_visible_margin = 46            # the page is scrolled: only part of its top margin shows
    doc_h = top_visible_margin + text_h + 28
    Hh = title_h + tabs_h + pv_h + doc_h + status_h
    img = Image.new('RGB', (W, Hh), (233, 233, 233))
    d = ImageDraw.Draw(img)
    blue = (43, 87, 154)
    # title bar
    d.rectangle([0, 0, W, title_h], fill=blue)
    t = 'anteckningar_anhorigstod.docx  -  Skyddad vy  -  Word'
    d.text(((W - ui.getlength(t)) / 2, 11), t, font=ui, fill=(255, 255, 255))
    # quick access: save, undo, redo
    d.rectangle([14, 12, 30, 28], outline=(255, 255, 255), width=2)
    d.rectangle([18, 12, 26, 18], fill=(255, 255, 255))
    d.arc([44, 12, 60, 28], 200, 360, fill=(255, 255, 255), width=2)
    d.arc([74, 12, 90, 28], 180, 340, fill=(255, 255, 255), width=2)
    # window buttons
    x = W - 46 * 3
    d.line([x + 17, 20, x + 29, 20], fill=(255, 255, 255), width=1)
    d.rectangle([x + 46 + 17, 14, x + 46 + 29, 26], outline=(255, 255, 255))
    d.line([x + 92 + 17, 14, x + 92 + 29, 26], fill=(255, 255, 255), width=1)
    d.line([x + 92 + 17, 26, x + 92 + 29, 14], fill=(255, 255, 255), width=1)
    # ribbon tabs (the ribbon collapsed)
    d.rectangle([0, title_h, W, title_h + tabs_h], fill=blue)
    x = 18
    for i, tab in enumerate(('Arkiv', 'Start', 'Infoga', 'Rita', 'Design', 'Layout', 'Referenser',
                             'Utskick', 'Granska', 'Visa', 'Hjälp')):
        if i == 1:
            d.rectangle([x - 10, title_h + 6, x + ui.getlength(tab) + 10, title_h + tabs_h],
                        fill=(243, 243, 243))
            d.text((x, title_h + 10), tab, font=ui, fill=blue)
        else:
            d.text((x, title_h + 10), tab, font=ui, fill=(255, 255, 255))
        x += ui.getlength(tab) + 30
    # the protected view bar
    y0 = title_h + tabs_h
    d.rectangle([0, y0, W, y0 + pv_h], fill=(255, 241, 204))
    d.line([0, y0 + pv_h - 1, W, y0 + pv_h - 1], fill=(225, 205, 150))
    d.polygon([(22, y0 + 13), (32, y0 + 9), (42, y0 + 13), (42, y0 + 24), (32, y0 + 36), (22, y0 + 24)],
              outline=(160, 120, 20), fill=(250, 225, 150))
    d.text((56, y0 + 15), 'SKYDDAD VY', font=ui_bold, fill=(60, 60, 60))
    msg = ('Var försiktig – filer från Internet kan innehålla virus. Om du inte behöver redigera är det '
           'säkrare att stanna kvar i Skyddad vy.')
    d.text((56 + ui_bold.getlength('SKYDDAD VY') + 16, y0 + 15), msg, font=ui_small, fill=(60, 60, 60))
    bx = W - 196
    d.rectangle([bx, y0 + 9, bx + 170, y0 + 38], fill=(255, 255, 255), outline=(150, 150, 150))
    d.text((bx + (170 - ui_small.getlength('Aktivera redigering')) / 2, y0 + 15), 'Aktivera redigering',
           font=ui_small, fill=(40, 40, 40))
    # the document area, the page, the scroll bar
    y0 += pv_h
    px0 = (W - scroll_w - page_w) // 2
    d.rectangle([px0 + 2, y0, px0 + page_w + 2, y0 + doc_h], fill=(205, 205, 205))      # the page's shadow
    d.rectangle([px0, y0, px0 + page_w - 1, y0 + doc_h], fill=(255, 255, 255))
    d.rectangle([W - scroll_w, y0, W, y0 + doc_h], fill=(240, 240, 240))
    d.rectangle([W - scroll_w + 4, y0 + 30, W - 4, y0 + 30 + doc_h // 2], fill=(194, 194, 194))
    tx, ty = px0 + margin, y0 + top_visible_margin
    text_lines = []
    for yy, lh, ln in laid:
        x = tx
        size_px = max(f.size for f, _ in ln)
        base = ty + yy + int(round(lh * 0.78))          # the baseline
        words = []
        for i, (f, w) in enumerate(ln):
            if i:
                x += ln[i - 1][0].getlength(' ')
            d.text((x, base), w, font=f, fill=(0, 0, 0), anchor='ls')
            x += f.getlength(w)
            words.append(w)
        text_lines.append(' '.join(words))
    # status bar
    y0 += doc_h
    d.rectangle([0, y0, W, Hh], fill=(243, 243, 243))
    d.line([0, y0, W, y0], fill=(214, 214, 214))
    nwords = sum(len(s.split()) for s in text_lines)
    d.text((16, y0 + 7), 'Sida 1 av 1', font=ui_small, fill=(70, 70, 70))
    d.text((130, y0 + 7), '%d ord' % nwords, font=ui_small, fill=(70, 70, 70))
    d.text((230, y0 + 7), 'Svenska (Sverige)', font=ui_small, fill=(70, 70, 70))
    d.text((W - 330, y0 + 7), 'Fokus', font=ui_small, fill=(70, 70, 70))
    d.line([W - 220, y0 + 15, W - 90, y0 + 15], fill=(120, 120, 120))
    d.rectangle([W - 158, y0 + 9, W - 153, y0 + 21], fill=(90, 90, 90))
    d.text((W - 70, y0 + 7), '100 %', font=ui_small, fill=(70, 70, 70))
    name = 'Skärmbild 2026-04-02 140312.png'
    for s in text_lines:
        LINES.append((name, 1, s))
    path = os.path.join(HERE, name)
    buf = io.BytesIO()
    img.save(buf, 'PNG', optimize=True)
    with open(path, 'wb') as f:
        f.write(buf.getvalue())
    return path, len(buf.getvalue())


# ---------------------------------------------------------------------------
# Scans: the Word file of pasted pictures and the plain PNG


def scan_gray(page, angle, seed, per_row_div=110, amp=6, nspecks=5):
    """A greyscale scan of a printed page, much as ../varied64 makes them:
    turned a fraction of a degree, greyish paper, toner not quite black,
    sparse noise, a few specks."""
    w, h = page.size
    # the sheet lay a little askew on the glass (positive: clockwise); the
    # scanner's software resamples smoothly
    page = page.rotate(-angle, resample=Image.BICUBIC, fillcolor=255)
    data = page.tobytes()
    rows = [bytearray(data[i * w:(i + 1) * w]) for i in range(h)]
    rng = Rng(seed)
    rows = tone(rows, 244, 237, 40, lid=3)
    rows = noise(rows, w, rng, max(1, w // per_row_div), amp)
    rows = specks(rows, w, rng, nspecks, 2, 120)
    return Image.frombytes('L', (w, h), b''.join(bytes(r) for r in rows))


W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'


def docx_bytes(pictures):
    """pictures: [(part name, bytes, content type, width px, height px, dpi)];
    one inline picture a paragraph, nothing else in the body."""
    emu_w = 6480000                       # 18 cm: the width between 1.5 cm margins
    paras = []
    for i, (name, data, ctype, pw, ph, dpi) in enumerate(pictures, 1):
        cy = int(round(emu_w * ph / float(pw)))
        descr = 'En bild som visar text, brev, dokument&#xA;&#xA;Automatiskt genererad beskrivning'
        paras.append(
            '<w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr>'
            '<w:r><w:rPr><w:noProof/></w:rPr><w:drawing>'
            '<wp:inline distT="0" distB="0" distL="0" distR="0">'
            '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            '<wp:docPr id="%d" name="Bild %d" descr="%s"/>'
            '<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/></wp:cNvGraphicFramePr>'
            '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            '<pic:nvPicPr><pic:cNvPr id="%d" name="Bild %d"/><pic:cNvPicPr/></pic:nvPicPr>'
            '<pic:blipFill><a:blip r:embed="rId%d"><a:extLst><a:ext uri="{28A0092B-C50C-407E-A947-70E740481C1C}">'
            '<a14:useLocalDpi xmlns:a14="http://schemas.microsoft.com/office/drawing/2010/main" val="0"/>'
            '</a:ext></a:extLst></a:blip><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
            '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>'
            % (emu_w, cy, i, i, descr, i - 1, i, 10 + i, emu_w, cy))
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<w:document xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:w="%s" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
        'mc:Ignorable="w14"><w:body>%s'
        '<w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>'
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="567" w:right="850" w:bottom="567" w:left="850" w:header="340" w:footer="340" w:gutter="0"/>'
        '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr></w:body></w:document>'
        % (W_NS, ''.join(paras)))
    styles = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<w:styles xmlns:w="%s"><w:docDefaults><w:rPrDefault><w:rPr>'
        '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Times New Roman"/>'
        '<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="sv-SE" w:eastAsia="en-US" w:bidi="ar-SA"/>'
        '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/>'
        '</w:pPr></w:pPrDefault></w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
        '</w:styles>' % W_NS)
    settings = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<w:settings xmlns:w="%s"><w:zoom w:percent="100"/><w:defaultTabStop w:val="1304"/>'
        '<w:hyphenationZone w:val="425"/><w:characterSpacingControl w:val="doNotCompress"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        '<w:themeFontLang w:val="sv-SE"/></w:settings>' % W_NS)
    rels = ['<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>']
    for i, (name, data, ctype, pw, ph, dpi) in enumerate(pictures, 1):
        rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/%s"/>'
                    % (10 + i, name))
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
                % ''.join(rels))
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="png" ContentType="image/png"/>'
        '<Default Extension="jpeg" ContentType="image/jpeg"/>'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
        '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
        '</Types>')
    root_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')
    core = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title></dc:title><dc:subject></dc:subject><dc:creator>Landskrona stad</dc:creator>'
        '<cp:keywords></cp:keywords><dc:description></dc:description>'
        '<cp:lastModifiedBy>Landskrona stad</cp:lastModifiedBy><cp:revision>2</cp:revision>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-04-23T07:52:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-04-23T07:55:00Z</dcterms:modified>'
        '</cp:coreProperties>')
    app = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        '<Template>Normal.dotm</Template><TotalTime>3</TotalTime><Pages>2</Pages><Words>0</Words>'
        '<Characters>0</Characters><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
        '<Lines>0</Lines><Paragraphs>0</Paragraphs><ScaleCrop>false</ScaleCrop><Company>Landskrona stad</Company>'
        '<LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>0</CharactersWithSpaces>'
        '<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>'
        '</Properties>')
    parts = [('[Content_Types].xml', content_types), ('_rels/.rels', root_rels),
             ('word/document.xml', document), ('word/_rels/document.xml.rels', doc_rels)]
    for name, data, ctype, pw, ph, dpi in pictures:
        parts.append(('word/media/' + name, data))
    parts += [('word/styles.xml', styles), ('word/settings.xml', settings),
              ('docProps/core.xml', core), ('docProps/app.xml', app)]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            z.writestr(zi, data.encode('utf-8') if isinstance(data, str) else data)
    return buf.getvalue()


def build_docx(tmp):
    L = barn_unga()
    dpi = 200
    pages = rasterise(L, dpi, tmp)
    assert len(pages) == 2, len(pages)
    record_lines('minnesanteckningar_inskannade.docx', L)
    scans = [scan_gray(p, a, s) for p, a, s in zip(pages, (0.45, -0.3), (201, 202))]
    b1 = io.BytesIO()
    scans[0].save(b1, 'PNG', optimize=True, dpi=(dpi, dpi))
    b2 = io.BytesIO()
    scans[1].save(b2, 'JPEG', quality=82, dpi=(dpi, dpi))
    pics = [('image1.png', b1.getvalue(), 'image/png', scans[0].size[0], scans[0].size[1], dpi),
            ('image2.jpeg', b2.getvalue(), 'image/jpeg', scans[1].size[0], scans[1].size[1], dpi)]
    data = docx_bytes(pics)
    path = os.path.join(HERE, 'minnesanteckningar_inskannade.docx')
    with open(path, 'wb') as f:
        f.write(data)
    return path, len(data)


def build_png(tmp):
    L = socialchef()
    dpi = 300
    (page,) = rasterise(L, dpi, tmp)
    record_lines('minnen_maj.png', L)
    img = scan_gray(page, -0.25, 505, per_row_div=200, amp=5, nspecks=4)
    path = os.path.join(HERE, 'minnen_maj.png')
    buf = io.BytesIO()
    img.save(buf, 'PNG', optimize=True, dpi=(dpi, dpi))
    with open(path, 'wb') as f:
        f.write(buf.getvalue())
    return path, len(buf.getvalue())


def main():
    if not shutil.which('pdftoppm'):
        sys.exit('pdftoppm (poppler-utils) is needed')
    tmp = tempfile.mkdtemp(prefix='varied69-')
    try:
        for fn in (build_iphone, build_samsung, build_screenshot, build_docx, build_png):
            path, size = fn(tmp)
            print('%-40s %9d bytes' % (os.path.basename(path), size))
    finally:
        shutil.rmtree(tmp)
    if os.environ.get('VARIED69_LINES'):
        for name, p, text in LINES:
            print('%-36s %d  %s' % (name[:36], p, text))


if __name__ == '__main__':
    main()
