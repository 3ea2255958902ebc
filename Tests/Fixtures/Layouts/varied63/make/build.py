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
import hashlib
import os
import re
import shutil
import sys
import tempfile
import zlib
import math

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# (What every round of scanned minutes shares: ../../make/scanned_minutes.py.)
sys.path.insert(0, os.path.join(HERE, "..", "make"))
from scanned_minutes import FONT_RES, A4, text_width, pdf_string, num, Layout, signature_ops, PdfWriter, text_pdf, rasterise_gray, Rng, rotate, tone, noise, specks, pack_1bit, pen, verify  # noqa: E402


# Advance widths (1/1000 em) of the WinAnsiEncoding codes 32..255 in the
# standard 14 fonts used here, taken from the AFM files of the URW base 35
# fonts that are metric-compatible with them (what poppler draws them with);
# 0 for the codes WinAnsiEncoding leaves undefined.


# ---------------------------------------------------------------------------
# Drawing helpers for the typed pages

H, HB = 'Helvetica', 'Helvetica-Bold'
T, TB, TI = 'Times-Roman', 'Times-Bold', 'Times-Italic'


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
