#!/usr/bin/env python3
"""Writes the four files of the sixty-eighth set of layout fixtures.

A network's running document - one file that holds a whole year's or term's
meetings - as offices keep it in Word, LibreOffice or as a PDF:

  1. Minnesanteckningar 2025 familjehemsnatverket.docx
       Word 2016 package. Title, an intro paragraph, then one Heading 1
       ("Rubrik1") per meeting holding its date ("Träff tisdag 2 december
       2025"), the newest meeting at the top; bold labels (Plats:,
       Närvarande: ...) by direct formatting, attendance as one paragraph,
       items as Heading 2 ("Rubrik2") without numbers.
  2. VINR-natverket anteckningar hosten 2025.docx
       Word 2016 package with a page header and a footer with PAGE and
       NUMPAGES fields. Oldest meeting first; every meeting after the first
       starts on a new page (a paragraph holding <w:br w:type="page"/>),
       with a Heading 1 "Nätverksträff N", a two-column table (Datum, Plats,
       Närvarande, Förhinder, Gäst, Ordförande / antecknare) and the items
       as an automatically numbered list restarted at 1 for every meeting.
  3. Faltnatverket motesanteckningar HT25.odt
       LibreOffice Writer 7.6 package (ODF 1.3). Oldest meeting first;
       every meeting opened by a bold line "Möte N – tisdag 4 november
       2025"; the meetings separated by a "Horizontal Line" paragraph
       (an empty paragraph with a bottom border) or by a centred "* * *";
       items as bold paragraphs with typed numbers.
  4. Oppenvardsnatverket minnesanteckningar 2025.pdf
       A running document exported from Word 365 as a tagged PDF: three
       A4 pages, a running header and a footer "Sida N av 3" on every page,
       marked as pagination artifacts; the body as marked content (MCIDs)
       under a structure tree (Document, H1, P); one paragraph and one
       meeting continue across a page break.

Python 3 standard library only. Deterministic: the zip entries get fixed
timestamps (1980-01-01 for Word, as Word writes them; the save time for
LibreOffice), nothing is random, so a rebuild gives identical bytes.
Run from anywhere:  python3 make/build.py   (writes into the folder above make/)
Set VARIED68_DEBUG=1 to print the laid-out lines of the PDF with their page.
"""

import hashlib
import os
import re
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
DEBUG = os.environ.get('VARIED68_DEBUG') == '1'

FILE1 = 'Minnesanteckningar 2025 familjehemsnatverket.docx'
FILE2 = 'VINR-natverket anteckningar hosten 2025.docx'
FILE3 = 'Faltnatverket motesanteckningar HT25.odt'
FILE4 = 'Oppenvardsnatverket minnesanteckningar 2025.pdf'


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def qattr(s):
    return esc(s).replace('"', '&quot;')


# Inline markup used for the texts below:
#   **bold**      bold run (direct formatting)
#   [[Name]]      a word Word's speller marks (w:proofErr) - no effect on text
#   ¦             a new run with another rsid (Word splits runs where an edit
#                 session began; often in the middle of a word)
TOKEN = re.compile(r'(\*\*|\[\[|\]\]|¦)')


def plain(s):
    """The text of a marked-up string."""
    return TOKEN.sub('', s)


# ===========================================================================
# Word (WordprocessingML) as Word 2016 saves it
# ===========================================================================
W_NS = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
    'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'mc:Ignorable="w14 w15 wp14"')
W_NS_SHORT = (
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
    'mc:Ignorable="w14 w15"')
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.'
WORD_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


class WordDoc:
    """Builds body XML the way Word writes it: rsid attributes on paragraphs
    and runs, w14:paraId/textId, proofErr marks, a _GoBack bookmark."""

    def __init__(self, rsids, seed):
        self.rsids = rsids
        self.ri = 0
        self.cur = rsids[0]
        self.seed = seed

    def pid(self):
        self.seed = (self.seed * 1103515245 + 12345) & 0x7FFFFFFF
        v = self.seed
        if v < 0x10000000:
            v += 0x10000000
        return '%08X' % v

    def next_rsid(self):
        self.ri = (self.ri + 1) % len(self.rsids)
        self.cur = self.rsids[self.ri]

    def runs(self, text, rpr=''):
        out = []
        bold = False
        for tok in TOKEN.split(text):
            if tok == '**':
                bold = not bold
            elif tok == '[[':
                out.append('<w:proofErr w:type="spellStart"/>')
            elif tok == ']]':
                out.append('<w:proofErr w:type="spellEnd"/>')
            elif tok == '¦':
                self.next_rsid()
            elif tok:
                props = ('<w:b/><w:bCs/>' if bold else '') + rpr
                rp = '<w:rPr>%s</w:rPr>' % props if props else ''
                inner = []
                for k, piece in enumerate(tok.split('\t')):
                    if k:
                        inner.append('<w:tab/>')
                    if piece:
                        sp = ' xml:space="preserve"' if piece[0] == ' ' or piece[-1] == ' ' else ''
                        inner.append('<w:t%s>%s</w:t>' % (sp, esc(piece)))
                out.append('<w:r w:rsidR="%s">%s%s</w:r>' % (self.cur, rp, ''.join(inner)))
        return ''.join(out)

    def p(self, text='', style=None, num=None, keep=False, spacing=None, jc=None,
          rpr='', mark_rpr='', extra_runs=''):
        ppr = ''
        if style:
            ppr += '<w:pStyle w:val="%s"/>' % style
        if keep:
            ppr += '<w:keepNext/>'
        if num:
            ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % num
        if spacing:
            ppr += '<w:spacing %s/>' % spacing
        if jc:
            ppr += '<w:jc w:val="%s"/>' % jc
        if mark_rpr:
            ppr += '<w:rPr>%s</w:rPr>' % mark_rpr
        rs = self.cur
        body = self.runs(text, rpr) + extra_runs
        pp = '<w:pPr>%s</w:pPr>' % ppr if ppr else ''
        return ('<w:p w14:paraId="%s" w14:textId="%s" w:rsidR="%s" w:rsidRDefault="%s" w:rsidP="%s">%s%s</w:p>'
                % (self.pid(), self.pid(), rs, self.rsids[0], rs, pp, body))

    def page_break(self):
        """Ctrl+Enter in Word 2016: a paragraph of its own holding the break."""
        rs = self.cur
        return ('<w:p w14:paraId="%s" w14:textId="%s" w:rsidR="%s" w:rsidRDefault="%s" w:rsidP="%s">'
                '<w:r><w:br w:type="page"/></w:r></w:p>' % (self.pid(), self.pid(), rs, self.rsids[0], rs))

    def cell(self, width, paras, shade=None):
        pr = '<w:tcW w:w="%d" w:type="dxa"/>' % width
        if shade:
            pr += '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % shade
        return '<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>' % (pr, ''.join(paras))

    def row(self, cells):
        return '<w:tr w:rsidR="%s" w14:paraId="%s" w14:textId="%s">%s</w:tr>' % (
            self.cur, self.pid(), self.pid(), ''.join(cells))

    def table(self, grid, rows):
        return ('<w:tbl><w:tblPr><w:tblStyle w:val="Tabellrutnt"/><w:tblW w:w="0" w:type="auto"/>'
                '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
                'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>%s</w:tblGrid>%s</w:tbl>'
                % (''.join('<w:gridCol w:w="%d"/>' % g for g in grid), ''.join(rows)))


def w_field(doc, instr, result, rpr=''):
    """A complex field as Word writes it: begin, instruction, separate,
    the cached result, end."""
    rp = '<w:rPr>%s</w:rPr>' % rpr if rpr else ''
    rp2 = '<w:rPr><w:noProof/>%s</w:rPr>' % rpr
    r = doc.cur
    return ('<w:r w:rsidR="{r}">{rp}<w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r w:rsidR="{r}">{rp}<w:instrText xml:space="preserve"> {i} </w:instrText></w:r>'
            '<w:r w:rsidR="{r}">{rp}<w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:r w:rsidR="{r}">{rp2}<w:t>{res}</w:t></w:r>'
            '<w:r w:rsidR="{r}">{rp}<w:fldChar w:fldCharType="end"/></w:r>').format(
        r=r, rp=rp, rp2=rp2, i=esc(instr), res=esc(result))


def w_heading_style(sid, name, lvl, sz, color, before):
    n = lvl + 1
    return (
        '<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/><w:basedOn w:val="Normal"/>'
        '<w:next w:val="Normal"/><w:link w:val="{sid}Char"/><w:uiPriority w:val="9"/>{unhide}<w:qFormat/>'
        '<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="{before}" w:after="0"/>'
        '<w:outlineLvl w:val="{lvl}"/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" '
        'w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/>'
        '<w:color w:val="{color}"/><w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/></w:rPr></w:style>'
        '<w:style w:type="character" w:customStyle="1" w:styleId="{sid}Char"><w:name w:val="Rubrik {n} Char"/>'
        '<w:basedOn w:val="Standardstycketeckensnitt"/><w:link w:val="{sid}"/><w:uiPriority w:val="9"/>'
        '<w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" '
        'w:cstheme="majorBidi"/><w:color w:val="{color}"/><w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/></w:rPr>'
        '</w:style>').format(sid=sid, name=name, lvl=lvl, sz=sz, color=color, before=before, n=n,
                             unhide='' if lvl == 0 else '<w:semiHidden/><w:unhideWhenUsed/>')


def w_styles(extra='', para_spacing='w:after="160" w:line="259" w:lineRule="auto"'):
    latent = ('<w:lsdException w:name="Normal" w:uiPriority="0" w:qFormat="1"/>'
              '<w:lsdException w:name="heading 1" w:uiPriority="9" w:qFormat="1"/>'
              + ''.join('<w:lsdException w:name="heading %d" w:semiHidden="1" w:uiPriority="9" '
                        'w:unhideWhenUsed="1" w:qFormat="1"/>' % i for i in range(2, 10))
              + '<w:lsdException w:name="header" w:semiHidden="1" w:unhideWhenUsed="1"/>'
              '<w:lsdException w:name="footer" w:semiHidden="1" w:unhideWhenUsed="1"/>'
              '<w:lsdException w:name="Title" w:uiPriority="10" w:qFormat="1"/>'
              '<w:lsdException w:name="Subtitle" w:uiPriority="11" w:qFormat="1"/>'
              '<w:lsdException w:name="Table Grid" w:uiPriority="39"/>'
              '<w:lsdException w:name="List Paragraph" w:uiPriority="34" w:qFormat="1"/>')
    return DECL + (
        '<w:styles %s>'
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" '
        'w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
        '<w:lang w:val="sv-SE" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing %s/></w:pPr></w:pPrDefault>'
        '</w:docDefaults>'
        '<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" w:defUnhideWhenUsed="0" '
        'w:defQFormat="0" w:count="376">%s</w:latentStyles>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
        '%s%s'
        '<w:style w:type="character" w:default="1" w:styleId="Standardstycketeckensnitt">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
        '<w:style w:type="table" w:default="1" w:styleId="Normaltabell"><w:name w:val="Normal Table"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
        '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
        '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        '<w:style w:type="numbering" w:default="1" w:styleId="Ingenlista"><w:name w:val="No List"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Rubrik"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
        '<w:next w:val="Normal"/><w:link w:val="RubrikChar"/><w:uiPriority w:val="10"/><w:qFormat/>'
        '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:contextualSpacing/></w:pPr>'
        '<w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" '
        'w:cstheme="majorBidi"/><w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="56"/><w:szCs w:val="56"/>'
        '</w:rPr></w:style>'
        '<w:style w:type="character" w:customStyle="1" w:styleId="RubrikChar"><w:name w:val="Rubrik Char"/>'
        '<w:basedOn w:val="Standardstycketeckensnitt"/><w:link w:val="Rubrik"/><w:uiPriority w:val="10"/>'
        '<w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" '
        'w:cstheme="majorBidi"/><w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="56"/><w:szCs w:val="56"/>'
        '</w:rPr></w:style>'
        '<w:style w:type="table" w:styleId="Tabellrutnt"><w:name w:val="Table Grid"/><w:basedOn w:val="Normaltabell"/>'
        '<w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" '
        'w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" '
        'w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Liststycke"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/>'
        '<w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>'
        '%s</w:styles>'
    ) % (W_NS_SHORT, para_spacing, latent,
         w_heading_style('Rubrik1', 'heading 1', 0, 32, '2F5496', 240),
         w_heading_style('Rubrik2', 'heading 2', 1, 26, '2F5496', 40),
         extra)


W_HEADER_FOOTER_STYLES = (
    '<w:style w:type="paragraph" w:styleId="Sidhuvud"><w:name w:val="header"/><w:basedOn w:val="Normal"/>'
    '<w:link w:val="SidhuvudChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs>'
    '<w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/></w:tabs><w:spacing w:after="0" '
    'w:line="240" w:lineRule="auto"/></w:pPr></w:style>'
    '<w:style w:type="character" w:customStyle="1" w:styleId="SidhuvudChar"><w:name w:val="Sidhuvud Char"/>'
    '<w:basedOn w:val="Standardstycketeckensnitt"/><w:link w:val="Sidhuvud"/><w:uiPriority w:val="99"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Sidfot"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>'
    '<w:link w:val="SidfotChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs>'
    '<w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/></w:tabs><w:spacing w:after="0" '
    'w:line="240" w:lineRule="auto"/></w:pPr></w:style>'
    '<w:style w:type="character" w:customStyle="1" w:styleId="SidfotChar"><w:name w:val="Sidfot Char"/>'
    '<w:basedOn w:val="Standardstycketeckensnitt"/><w:link w:val="Sidfot"/><w:uiPriority w:val="99"/></w:style>')


def w_settings(rsids, docid):
    s = ('<w:settings xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
         'xmlns:o="urn:schemas-microsoft-com:office:office" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
         'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" '
         'xmlns:w10="urn:schemas-microsoft-com:office:word" '
         'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
         'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
         'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
         'xmlns:sl="http://schemas.openxmlformats.org/schemaLibrary/2006/main" mc:Ignorable="w14 w15">'
         '<w:zoom w:percent="100"/><w:proofState w:spelling="clean" w:grammar="clean"/>'
         '<w:defaultTabStop w:val="1304"/><w:hyphenationZone w:val="425"/>'
         '<w:characterSpacingControl w:val="doNotCompress"/>'
         '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
         '<w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
         '<w:compatSetting w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
         '<w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
         '<w:compatSetting w:name="differentiateMultirowTableHeaders" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
         '</w:compat>')
    s += '<w:rsids><w:rsidRoot w:val="%s"/>%s</w:rsids>' % (
        rsids[0], ''.join('<w:rsid w:val="%s"/>' % r for r in sorted(rsids)))
    s += ('<m:mathPr><m:mathFont m:val="Cambria Math"/><m:brkBin m:val="before"/><m:brkBinSub m:val="--"/>'
          '<m:smallFrac m:val="0"/><m:dispDef/><m:lMargin m:val="0"/><m:rMargin m:val="0"/>'
          '<m:defJc m:val="centerGroup"/><m:wrapIndent m:val="1440"/><m:intLim m:val="subSup"/>'
          '<m:naryLim m:val="undOvr"/></m:mathPr><w:themeFontLang w:val="sv-SE"/>'
          '<w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" w:accent1="accent1" '
          'w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" w:accent6="accent6" '
          'w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/>'
          '<w:shapeDefaults><o:shapedefaults v:ext="edit" spidmax="1026"/><o:shapelayout v:ext="edit">'
          '<o:idmap v:ext="edit" data="1"/></o:shapelayout></w:shapeDefaults>'
          '<w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/>'
          '<w14:docId w14:val="%s"/><w15:chartTrackingRefBased/><w15:docId w15:val="{%s}"/></w:settings>'
          ) % (docid[:8], docid)
    return DECL + s


W_FONTS = [
    ('Times New Roman', '02020603050405020304', '00', 'roman', 'variable',
     'E0002EFF', 'C000785B', '00000009', '00000000', '000001FF', '00000000'),
    ('Symbol', '05050102010706020507', '02', 'roman', 'variable',
     '00000000', '10000000', '00000000', '00000000', '80000000', '00000000'),
    ('Calibri', '020F0502020204030204', '00', 'swiss', 'variable',
     'E4002EFF', 'C000247B', '00000009', '00000000', '000001FF', '00000000'),
    ('Calibri Light', '020F0302020204030204', '00', 'swiss', 'variable',
     'E4002EFF', 'C000247B', '00000009', '00000000', '000001FF', '00000000'),
]


def w_fonts():
    s = ''.join(
        '<w:font w:name="%s"><w:panose1 w:val="%s"/><w:charset w:val="%s"/><w:family w:val="%s"/>'
        '<w:pitch w:val="%s"/><w:sig w:usb0="%s" w:usb1="%s" w:usb2="%s" w:usb3="%s" w:csb0="%s" '
        'w:csb1="%s"/></w:font>' % f for f in W_FONTS)
    return DECL + '<w:fonts %s>%s</w:fonts>' % (W_NS_SHORT, s)


def w_web_settings():
    return DECL + '<w:webSettings %s><w:optimizeForBrowser/><w:allowPNG/></w:webSettings>' % W_NS_SHORT


def w_theme():
    accents = ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47']
    clr = ('<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>'
           '<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2>'
           '<a:lt2><a:srgbClr val="E7E6E6"/></a:lt2>'
           + ''.join('<a:accent%d><a:srgbClr val="%s"/></a:accent%d>' % (i + 1, c, i + 1)
                     for i, c in enumerate(accents))
           + '<a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink>'
           '</a:clrScheme>')
    fonts = ('<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light" panose="020F0302020204030204"/>'
             '<a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri" '
             'panose="020F0502020204030204"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>')
    fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    ln = ''.join('<a:ln w="%d" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/>'
                 '</a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>' % w
                 for w in (6350, 12700, 19050))
    fmt = ('<a:fmtScheme name="Office"><a:fillStyleLst>%s</a:fillStyleLst><a:lnStyleLst>%s</a:lnStyleLst>'
           '<a:effectStyleLst>%s</a:effectStyleLst><a:bgFillStyleLst>%s</a:bgFillStyleLst></a:fmtScheme>'
           % (fill * 3, ln, '<a:effectStyle><a:effectLst/></a:effectStyle>' * 3, fill * 3))
    return DECL + ('<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office-tema">'
                   '<a:themeElements>%s%s%s</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>'
                   % (clr, fonts, fmt))


def w_core(creator, last, rev, created, modified, title):
    return DECL + (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title>%s</dc:title><dc:subject></dc:subject><dc:creator>%s</dc:creator><cp:keywords></cp:keywords>'
        '<dc:description></dc:description><cp:lastModifiedBy>%s</cp:lastModifiedBy><cp:revision>%d</cp:revision>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
    ) % (esc(title), esc(creator), esc(last), rev, created, modified)


def w_app(doc_xml, company, minutes, pages):
    text = ' '.join(re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', doc_xml))
    words = len(text.split())
    chars = len(text.replace(' ', ''))
    paras = doc_xml.count('<w:p ')
    return DECL + (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        '<Template>Normal.dotm</Template><TotalTime>%d</TotalTime><Pages>%d</Pages><Words>%d</Words>'
        '<Characters>%d</Characters><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
        '<Lines>%d</Lines><Paragraphs>%d</Paragraphs><ScaleCrop>false</ScaleCrop><Company>%s</Company>'
        '<LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>%d</CharactersWithSpaces>'
        '<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>'
        '</Properties>'
    ) % (minutes, pages, words, chars, max(1, chars // 70), paras, esc(company), len(text))


def w_sectpr(doc, hdr_rid=None, ftr_rid=None):
    s = '<w:sectPr w:rsidR="%s" w:rsidSect="%s">' % (doc.rsids[0], doc.rsids[0])
    if hdr_rid:
        s += '<w:headerReference w:type="default" r:id="rId%d"/>' % hdr_rid
    if ftr_rid:
        s += '<w:footerReference w:type="default" r:id="rId%d"/>' % ftr_rid
    s += ('<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" '
          'w:left="1417" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/>'
          '<w:docGrid w:linePitch="360"/></w:sectPr>')
    return s


def write_docx(name, doc, body_xml, styles, meta, numbering=None, header=None, footer=None):
    parts = {}
    rels = []
    ctypes = [('/word/document.xml', CT + 'document.main+xml')]

    def add(target, rtype, ctype, data):
        rels.append((len(rels) + 1, rtype, target))
        parts['word/' + target] = data
        ctypes.append(('/word/' + target, ctype))
        return len(rels)

    if numbering:
        add('numbering.xml', REL + 'numbering', CT + 'numbering+xml', numbering)
    add('styles.xml', REL + 'styles', CT + 'styles+xml', styles)
    add('settings.xml', REL + 'settings', CT + 'settings+xml', w_settings(doc.rsids, meta['docid']))
    add('webSettings.xml', REL + 'webSettings', CT + 'webSettings+xml', w_web_settings())
    hdr_rid = add('header1.xml', REL + 'header', CT + 'header+xml', header) if header else None
    ftr_rid = add('footer1.xml', REL + 'footer', CT + 'footer+xml', footer) if footer else None
    add('fontTable.xml', REL + 'fontTable', CT + 'fontTable+xml', w_fonts())
    add('theme/theme1.xml', REL + 'theme', 'application/vnd.openxmlformats-officedocument.theme+xml', w_theme())

    document = DECL + '<w:document %s><w:body>%s%s</w:body></w:document>' % (
        W_NS, body_xml, w_sectpr(doc, hdr_rid, ftr_rid))
    doc_rels = DECL + ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s'
                       '</Relationships>') % ''.join(
        '<Relationship Id="rId%d" Type="%s" Target="%s"/>' % r for r in rels)
    root_rels = DECL + (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'extended-properties" Target="docProps/app.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
        'core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>')
    ctypes.append(('/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'))
    ctypes.append(('/docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml'))
    content_types = DECL + (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>%s</Types>') % ''.join(
        '<Override PartName="%s" ContentType="%s"/>' % c for c in ctypes)
    core = w_core(meta['creator'], meta['last'], meta['revision'], meta['created'], meta['modified'],
                  meta['title'])
    app = w_app(document, meta['company'], meta['minutes'], meta['pages'])

    # the order in which Word 2016 writes the entries
    order = ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/_rels/document.xml.rels']
    for k in ('word/header1.xml', 'word/footer1.xml', 'word/theme/theme1.xml', 'word/settings.xml',
              'word/numbering.xml', 'word/styles.xml', 'word/webSettings.xml', 'word/fontTable.xml'):
        if k in parts:
            order.append(k)
    order += ['docProps/core.xml', 'docProps/app.xml']
    data = dict(parts)
    data.update({'[Content_Types].xml': content_types, '_rels/.rels': root_rels,
                 'word/document.xml': document, 'word/_rels/document.xml.rels': doc_rels,
                 'docProps/core.xml': core, 'docProps/app.xml': app})
    assert sorted(order) == sorted(data)
    path = os.path.join(OUT, name)
    with zipfile.ZipFile(path, 'w') as z:
        for n in order:
            zi = zipfile.ZipInfo(n, date_time=WORD_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            z.writestr(zi, data[n].encode('utf-8'))
    return path


# ===========================================================================
# 1. Minnesanteckningar 2025 familjehemsnatverket.docx
#    newest meeting first; Heading 1 per meeting with its date; bold labels;
#    attendance as one paragraph; items as Heading 2.
# ===========================================================================
FAMILJEHEM = [
    {
        'heading': 'Träff tisdag 2 december 2025',
        'facts': [
            '**Plats:** Höganäs, Kommunhuset, rum Mölle',
            '**Närvarande:** [[Hjördis]] Lindvall (Ängelholm), Halvard Skoog (Helsingborg), [[Solbritt]] '
            '[[Ahlqvist]] (Höganäs), [[Dženana]] [[Hodžić]] (Landskrona), Elvira ¦Saarinen (Bjuv), Kerem Aydin '
            '(Åstorp), Teodora [[Vasić]] (Perstorp), Birger Hallin (Båstad)',
            '**Förhinder:** [[Majvor]] Rosengren (Klippan), Torvald Östberg (Örkelljunga)',
            '**Antecknare:** [[Solbritt]] [[Ahlqvist]]',
        ],
        'items': [
            ('Runda bland kommunerna', [
                'Flera kommuner har svårt att hitta jourhem över jul och nyår. Perstorp har fått två nya '
                'familjehem efter annonserna i augusti, och Båstad har inga barn som väntar på placering just nu.',
                'Ingen fråga att besluta om.',
            ]),
            ('Arvoden och omkostnader 2026', [
                'Halvard Skoog tog upp att SKR:s nya rekommendationer om arvoden och omkostnadsersättningar '
                'kommer först i januari, men att flera familjehem i Helsingborg redan har frågat vad som gäller '
                'nästa år.',
                'Halvard sa: ”Vi kan inte lova något vi inte vet, men vi kan lova att alla kommuner i nätverket '
                'svarar samma sak.”',
                'Kerem Aydin frågade om någon kommun tänker betala mer än rekommendationen. Ingen hade fattat '
                'ett sådant beslut.',
                '**Beslut:** Alla kommuner hänvisar till SKR:s rekommendation och svarar familjehemmen när den '
                'har kommit ut.',
            ]),
            ('Skolbyte vid omplacering', [
                '[[Dženana]] [[Hodžić]] lyfte att tre barn i Landskrona har bytt skola mitt i terminen i samband '
                'med en omplacering, och att den nya skolan inte fick veta något förrän barnet stod i klassrummet.',
                '[[Dženana]] sa: ”Vi planerar flytten i flera veckor, men skolan får ett samtal samma morgon.”',
                'Teodora [[Vasić]] höll med och berättade att Perstorp har haft samma problem med förskolan.',
                'Inget beslut. Frågan tas upp igen på första träffen nästa år.',
            ]),
            ('Övrigt', [
                'Elvira Saarinen presenterade sig. Hon har tagit över familjehemsarbetet i Bjuv efter Sigvard och '
                'vill gärna veta hur de andra kommunerna lägger upp handledningen av sina familjehem.',
                'Birger Hallin berättade att Båstad ska prova gruppträffar för familjehemsföräldrar en gång i '
                'månaden från februari.',
                'Nästa träff: tisdag 10 februari 2026 kl. 9.00 i Helsingborg.',
            ]),
        ],
    },
    {
        'heading': 'Träff tisdag 16 september 2025',
        'facts': [
            '**Plats:** Bjuv, Kommunhuset, rum Billesholm',
            '**Närvarande:** [[Hjördis]] Lindvall (Ängelholm), Halvard Skoog (Helsingborg), [[Solbritt]] '
            '[[Ahlqvist]] (Höganäs), Sigvard [[Trulsson]] (Bjuv), Kerem Aydin (Åstorp), [[Majvor]] Rosengren '
            '(Klippan), Torvald Östberg (Örkelljunga), Teodora [[Vasić]] (Perstorp)',
            '**Förhinder:** [[Dženana]] [[Hodžić]] (Landskrona), Birger Hallin (Båstad)',
            '**Gäst:** Rigmor Kjellgren, familjehemskonsulent, Stiftelsen Familjehemsstöd Syd (punkt 2)',
            '**Antecknare:** Sigvard [[Trulsson]]',
        ],
        'items': [
            ('Laget runt', [
                'Träffen hölls en vecka senare än planerat, eftersom salen i Bjuv var uppbokad den 9 september. '
                'De flesta berättade att sommaren har gått lugnt, men att det har varit svårt att få tag på '
                'jourhem till tonåringar.',
            ]),
            ('Konsulentstödda familjehem', [
                'Rigmor Kjellgren från Stiftelsen Familjehemsstöd Syd berättade hur de arbetar med handledning '
                'och jour dygnet runt för sina familjehem, och hur kostnaden skiljer sig från kommunernas egna '
                'familjehem.',
                'Rigmor sa: ”Det dyra är inte konsulentstödet, det dyra är när en placering bryter ihop en '
                'fredagskväll.”',
                'Torvald Östberg frågade vad ett dygn kostar i genomsnitt. Rigmor svarade att det beror på barnets '
                'behov, men att de flesta placeringar ligger mellan 2 500 och 3 200 kronor.',
                '[[Majvor]] Rosengren tyckte att Klippan borde jämföra med sina egna kostnader innan man drar '
                'några slutsatser.',
                '**Beslut:** Halvard och [[Majvor]] jämför kostnaderna för konsulentstödda och egna familjehem i '
                'sina kommuner och redovisar på träffen i december.',
            ]),
            ('Rekryteringskampanjen – hur gick det?', [
                '[[Solbritt]] [[Ahlqvist]] gick igenom resultatet av den gemensamma annonseringen i '
                'lokaltidningarna och på Facebook, som vi bestämde i maj. Den gav 41 intresseanmälningar, och '
                'elva familjer har gått vidare till utredning.',
                '[[Solbritt]] sa: ”Det var inte annonsen som fick folk att ringa, det var att det stod ett namn '
                'och ett telefon¦nummer till en riktig människa.”',
                'Teodora [[Vasić]] frågade om man kan se vilka kommuner familjerna kommer från. [[Solbritt]] '
                'svarade att hon har en sammanställning per kommun.',
                '**Beslut:** Kampanjen upprepas i februari med samma upplägg, och varje kommun lämnar ett namn '
                'och ett direktnummer till annonsen.',
            ]),
            ('Övriga frågor', [
                'Sigvard [[Trulsson]] berättade att han går i pension den 31 oktober och att Bjuv har anställt '
                'en efterträdare som börjar i november.',
                'Nästa träff: tisdag 2 december i Höganäs.',
            ]),
        ],
    },
    {
        'heading': 'Träff tisdag 20 maj 2025',
        'facts': [
            '**Plats:** Helsingborg, Socialförvaltningen, rum Sofiero',
            '**Närvarande:** [[Hjördis]] Lindvall (Ängelholm), Halvard Skoog (Helsingborg), [[Solbritt]] '
            '[[Ahlqvist]] (Höganäs), [[Dženana]] [[Hodžić]] (Landskrona), Sigvard [[Trulsson]] (Bjuv), Kerem '
            'Aydin (Åstorp), [[Majvor]] Rosengren (Klippan), Birger Hallin (Båstad)',
            '**Förhinder:** Torvald Östberg (Örkelljunga), Teodora [[Vasić]] (Perstorp)',
            '**Antecknare:** Halvard Skoog',
        ],
        'items': [
            ('Kort runda', [
                'Alla berättade kort om läget. Flera kommuner har fler placerade tonåringar än i fjol, och '
                'Åstorp har för första gången ett syskonpar i jourhem i en annan kommun.',
            ]),
            ('Gemensam rekrytering av familjehem', [
                '[[Majvor]] Rosengren tog upp att de mindre kommunerna nästan aldrig får svar när de annonserar '
                'var för sig, och föreslog att nätverket annonserar tillsammans efter sommaren.',
                '[[Majvor]] sa: ”En annons från Klippan når ungefär lika många som bor på min gata.”',
                'Kerem Aydin och Birger Hallin instämde.',
                '**Beslut:** [[Solbritt]] samordnar en gemensam annonsering i lokaltidningarna och på Facebook i '
                'augusti, och varje kommun betalar efter sitt invånarantal.',
            ]),
            ('Placerade barns umgänge med föräldrarna', [
                '[[Hjördis]] Lindvall lyfte att allt fler umgängen mellan placerade barn och deras föräldrar '
                'sker under begränsade former, och att familjehemmen får ta ett stort ansvar för att skjutsa '
                'och vara med.',
                '[[Hjördis]] sa: ”Vi kan inte lägga över på familjehemmen det som egentligen är socialtjänstens '
                'uppdrag.”',
                '[[Dženana]] [[Hodžić]] frågade om någon kommun har egna umgängesstödjare. Halvard svarade att '
                'Helsingborg har tre, men att de inte räcker till.',
                'Inget beslut.',
                'Nästa träff: tisdag 9 september kl. 9.00 i Bjuv.',
            ]),
        ],
    },
    {
        'heading': 'Träff tisdag 11 mars 2025',
        'facts': [
            '**Plats:** Ängelholm, Rådhuset, rum Vejbystrand',
            '**Närvarande:** [[Hjördis]] Lindvall (Ängelholm), Halvard Skoog (Helsingborg), [[Solbritt]] '
            '[[Ahlqvist]] (Höganäs), [[Dženana]] [[Hodžić]] (Landskrona), Sigvard [[Trulsson]] (Bjuv), '
            '[[Majvor]] Rosengren (Klippan), Torvald Östberg (Örkelljunga), Teodora [[Vasić]] (Perstorp), '
            'Birger Hallin (Båstad)',
            '**Förhinder:** Kerem Aydin (Åstorp)',
            '**Gäst:** Aina Borgström, jurist, Helsingborgs stad (punkt 2)',
            '**Ordförande i dag:** Halvard Skoog, eftersom [[Hjördis]] var värd och förde anteckningarna.',
        ],
        'items': [
            ('Läget i kommunerna', [
                'Alla kommuner utom Örkelljunga har barn som väntar på familjehem. Landskrona har börjat med '
                'Kälvestens intervjumetod i alla nya familjehemsutredningar.',
            ]),
            ('Lagändringarna om placerade barn', [
                'Aina Borgström gick igenom de lagändringar om placerade barns trygghet och stabilitet som börjar '
                'gälla den 1 juli, bland annat hur socialnämnden ska pröva om ett barn ska få bo kvar i '
                'familjehemmet.',
                'Aina sa: ”Lagen flyttar fokus från föräldrarnas rätt till barnets behov av att få bo kvar där '
                'det har rotat sig.”',
                'Birger Hallin frågade om kommunerna behöver nya rutiner före sommaren. Aina svarade att det '
                'räcker att se över rutinerna för vårdplanen och övervägandena.',
                '**Beslut:** Aina skickar sina bilder till alla, och varje kommun ser över sin rutin för '
                'överväganden före den 1 juli.',
            ]),
            ('Utbildningen Ett hem att växa i', [
                'Teodora [[Vasić]] tog upp att Perstorp har två nya familjehem som ännu inte har gått '
                'grundutbildningen, och frågade om någon annan kommun har en grupp som startar snart.',
                'Teodora sa: ”Familjerna har redan barnet hos sig, de kan inte vänta till hösten på '
                'utbildningen.”',
                '[[Solbritt]] [[Ahlqvist]] berättade att Höganäs startar en grupp i april och har två platser '
                'kvar.',
                '**Beslut:** Perstorps två familjehem får gå i Höganäs grupp i april.',
                'Nästa träff: tisdag 20 maj i Helsingborg.',
            ]),
        ],
    },
]


def build_familjehem():
    d = WordDoc(['00A31F6C', '0047D2B9', '00C5E803', '006B19F4', '00E27A5D', '00158C3E'], 0x5B2E71)
    x = []
    x.append(d.p('Familjehemsnätverket', style='Rubrik'))
    x.append(d.p('Minnesanteckningar 2025 – den senaste träffen står överst', spacing='w:before="120"',
                 rpr='<w:sz w:val="26"/><w:szCs w:val="26"/>', mark_rpr='<w:sz w:val="26"/><w:szCs w:val="26"/>'))
    d.next_rsid()
    x.append(d.p('[[Hjördis]] Lindvall (Ängelholm) är ordförande under 2025. Den kommun som är värd för träffen '
                 'skriver anteckningarna. Står det inget annat under en träff är det [[Hjördis]] som har lett den.'))
    x.append(d.p('Senast ändrad 2025-12-03 av [[Solbritt]] [[Ahlqvist]]', rpr='<w:i/><w:iCs/>',
                 mark_rpr='<w:i/><w:iCs/>'))
    for m in FAMILJEHEM:
        d.next_rsid()
        x.append(d.p(m['heading'], style='Rubrik1'))
        for i, f in enumerate(m['facts']):
            x.append(d.p(f, spacing='w:after="0"' if i < len(m['facts']) - 1 else None))
        for title, paras in m['items']:
            x.append(d.p(title, style='Rubrik2'))
            for t in paras:
                x.append(d.p(t))
    # Word leaves its _GoBack bookmark where the cursor was last: in the
    # newest meeting's last paragraph, here appended to the body's last one
    x[-1] = x[-1].replace('</w:p>', '<w:bookmarkStart w:id="0" w:name="_GoBack"/>'
                                    '<w:bookmarkEnd w:id="0"/></w:p>')
    meta = dict(docid='7C1E4A92-3B05-4D6F-9E28-A1F0C5D3B874', creator='Hjördis Lindvall',
                last='Solbritt Ahlqvist', revision=23, created='2025-03-11T12:04:00Z',
                modified='2025-12-03T09:41:00Z', title='', company='Ängelholms kommun',
                minutes=412, pages=3)
    return write_docx(FILE1, d, ''.join(x), w_styles(), meta)


# ===========================================================================
# 2. VINR-natverket anteckningar hosten 2025.docx
#    oldest first; a page break before every meeting after the first; a
#    Heading 1 "Nätverksträff N", a two-column fact table, items as a
#    numbered list restarted for every meeting; header; PAGE/NUMPAGES footer.
# ===========================================================================
VINR = [
    {
        'heading': 'Nätverksträff 1',
        'table': [
            ('Datum', ['torsdag 4 september 2025, kl. 13.00–16.00']),
            ('Plats', ['Landskrona, Stadshuset, rum Tycho Brahe']),
            ('Närvarande', ['Ingalill Bergfors, Helsingborg', 'Viggo Lundquist, Landskrona',
                            'Gunvi Nyholm, Ängelholm', 'Edina [[Kovačević]], Bjuv', 'Harald Ahlberg, Klippan',
                            'Folke Rydqvist, Höganäs', 'Samira El-Amrani, Örkelljunga',
                            'Valter Granlund, Perstorp']),
            ('Förhinder', ['Ruth Engdahl, Svalöv', 'Hedvig Sörman, Båstad']),
            ('Ordförande / antecknare', ['Ingalill Bergfors / Viggo Lundquist']),
        ],
        'items': [
            ('Välkomna och presentationsrunda', [
                'Ingalill hälsade alla välkomna. Tre av oss är nya, så vi började med att presentera oss.',
            ]),
            ('Riskbedömningar med FREDA', [
                'Gunvi Nyholm tog upp att kommunerna använder FREDA-kortfrågorna olika, och att en del '
                'handläggare hoppar över farlighetsbedömningen när den våldsutsatta säger att det är lugnt.',
                'Gunvi sa: ”Det är just när hon säger att allt är lugnt som vi behöver fråga en gång till.”',
                'Folke Rydqvist frågade om det finns någon utbildning i FREDA i höst. Ingalill svarade att '
                'Länsstyrelsen har en webbutbildning.',
                'Beslut: Alla nya handläggare går Länsstyrelsens webbutbildning under hösten, och Gunvi gör en '
                'kort lathund för farlighets¦bedömningen.',
            ]),
            ('Skyddat boende för män', [
                'Harald Ahlberg berättade att Klippan i somras behövde skyddat boende för en man som hade utsatts '
                'för våld av sin partner, och att det tog två dagar att hitta en plats.',
                'Harald sa: ”Alla våra rutiner utgår från att den som ringer är en kvinna.”',
                'Samira El-Amrani höll med och sa att Örkelljungas rutin inte nämner män alls.',
                'Inget beslut, men frågan tas upp igen när Länsstyrelsens kartläggning är klar.',
            ]),
            ('Övriga frågor', [
                'Valter Granlund informerade om att Perstorp har fått en ny våldssamordnare på halvtid från den '
                '1 oktober.',
                'Viggo Lundquist påminde om att ansökan om utvecklingsmedel från Länsstyrelsen ska vara inne den '
                '15 oktober.',
            ]),
        ],
        'next': 'Nästa träff: torsdag 23 oktober i Ängelholm.',
    },
    {
        'heading': 'Nätverksträff 2',
        'table': [
            ('Datum', ['torsdag 23 oktober 2025, kl. 13.00–16.00']),
            ('Plats', ['Ängelholm, Stadshuset, rum Magnarp']),
            ('Närvarande', ['Ingalill Bergfors, Helsingborg', 'Viggo Lundquist, Landskrona',
                            'Gunvi Nyholm, Ängelholm', 'Edina [[Kovačević]], Bjuv', 'Ruth Engdahl, Svalöv',
                            'Hedvig Sörman, Båstad', 'Samira El-Amrani, Örkelljunga',
                            'Valter Granlund, Perstorp']),
            ('Förhinder', ['Harald Ahlberg, Klippan', 'Folke Rydqvist, Höganäs']),
            ('Gäst', ['Evert Nyberg, polisinspektör, lokalpolisområde Helsingborg (punkt 2)']),
            ('Ordförande / antecknare', ['Ingalill Bergfors / Gunvi Nyholm']),
        ],
        'items': [
            ('Runda – vad har hänt sedan september?', [
                'Alla berättade kort. Svalöv och Båstad var med för första gången den här hösten.',
            ]),
            ('Polisens arbete med kontaktförbud', [
                'Evert Nyberg berättade att antalet ansökningar om kontaktförbud har ökat i nordvästra Skåne, '
                'men att många ansökningar avslås eftersom det saknas dokumentation av tidigare hot.',
                'Evert sa: ”Varje sms som hon sparar och varje anteckning ni gör kan bli det som avgör.”',
                'Edina [[Kovačević]] frågade om socialtjänsten kan ansöka om kontaktförbud åt den våldsutsatta. '
                'Evert svarade att det är den utsatta själv eller åklagaren som gör det, men att socialtjänsten '
                'gärna får hjälpa till med ansökan.',
                'Beslut: Ingalill och Evert tar fram en gemensam checklista för dokumentation av hot, som alla '
                'kommuner kan använda från januari.',
            ]),
            ('Barn som upplever våld', [
                'Hedvig Sörman lyfte att barnen ofta blir bortglömda när det är den vuxnas ärende som utreds, och '
                'föreslog att nätverket bjuder in Barnahus till en av träffarna.',
                'Hedvig sa: ”Barnen sitter i rummet bredvid, och i akten står det bara att det finns två barn i '
                'hushållet.”',
                'Ruth Engdahl tyckte att det var ett bra förslag.',
                'Beslut: Hedvig bjuder in Barnahus till träffen i december.',
            ]),
            ('Övrigt', [
                'Samira El-Amrani berättade att Örkelljunga har fått ett nytt avtal med kvinnojouren om '
                'stödsamtal.',
            ]),
        ],
        'next': 'Nästa träff: torsdag 4 december i Helsingborg.',
    },
    {
        'heading': 'Nätverksträff 3',
        'table': [
            ('Datum', ['torsdag 4 december 2025, kl. 9.00–12.00']),
            ('Plats', ['Helsingborg, Mötesplats Mariastaden, stora salen']),
            ('Närvarande', ['Ingalill Bergfors, Helsingborg', 'Viggo Lundquist, Landskrona',
                            'Gunvi Nyholm, Ängelholm', 'Harald Ahlberg, Klippan', 'Folke Rydqvist, Höganäs',
                            'Ruth Engdahl, Svalöv', 'Hedvig Sörman, Båstad', 'Valter Granlund, Perstorp']),
            ('Förhinder', ['Edina [[Kovačević]], Bjuv', 'Samira El-Amrani, Örkelljunga']),
            ('Gäst', ['Farida Jalali, kurator, Barnahus Nordvästra Skåne (punkt 2)']),
            ('Ordförande / antecknare', ['Viggo Lundquist / Folke Rydqvist']),
        ],
        'items': [
            ('Laget runt inför jul', [
                'Alla berättade kort om läget. Flera kommuner räknar med fler ärenden under helgerna och har '
                'förstärkt socialjouren.',
            ]),
            ('Barnahus och socialtjänstens utredningar', [
                'Farida Jalali berättade hur samråden på Barnahus går till när det finns misstanke om att ett '
                'barn har utsatts för våld, och att socialtjänsten ofta kommer in för sent i planeringen.',
                'Farida sa: ”Barnet ska bara behöva berätta en gång, och då måste alla som behöver höra det vara '
                'med från början.”',
                'Gunvi Nyholm frågade om Barnahus också tar emot barn som har bevittnat våld. Farida svarade att '
                'de gör det sedan i våras.',
                'Beslut: Alla kommuner anmäler en kontaktperson för samråd till Barnahus före den 31 januari.',
            ]),
            ('Checklistan för dokumentation – uppföljning', [
                'Ingalill Bergfors visade utkastet till den checklista som vi beslutade om i oktober. Polisen har '
                'läst den och vill lägga till en rad om skärmdumpar.',
                'Ingalill sa: ”Den ska få plats på en sida, annars kommer ingen att använda den.”',
                'Valter Granlund tyckte att den var bra som den är.',
                'Beslut: Checklistan börjar användas i alla kommuner från den 1 februari.',
            ]),
            ('Korta meddelanden', [
                'Ruth Engdahl berättade att Svalöv går med i Länsstyrelsens projekt om våldsförebyggande arbete i '
                'skolan under våren.',
            ]),
        ],
        'next': 'Nästa träff: torsdag 29 januari 2026 i Klippan.',
    },
]


def build_vinr():
    d = WordDoc(['00B6E214', '00F04A7D', '003C95B1', '0081D0E6', '00274F38'], 0x19A4C3)
    x = []
    x.append(d.p('Våld i nära relationer – nätverksträffar', style='Rubrik'))
    d.next_rsid()
    x.append(d.p('Anteckningarna läggs in här, en träff per sida och i datumordning. Vem som ledde och vem som '
                 'skrev står i tabellen överst.', spacing='w:before="120"'))
    grid = [2552, 6510]
    for k, m in enumerate(VINR):
        d.next_rsid()
        if k > 0:
            x.append(d.page_break())
        x.append(d.p(m['heading'], style='Rubrik1', spacing='w:after="120"'))
        rows = []
        for label, values in m['table']:
            d.next_rsid()
            label_cell = d.cell(grid[0], [d.p('**%s**' % label)], shade='E7E6E6')
            value_cell = d.cell(grid[1], [d.p(v) for v in values])
            rows.append(d.row([label_cell, value_cell]))
        x.append(d.table(grid, rows))
        for title, paras in m['items']:
            x.append(d.p('**%s**' % title, style='Liststycke', num=k + 1, keep=True,
                         spacing='w:before="200" w:after="60"', mark_rpr='<w:b/><w:bCs/>'))
            for t in paras:
                x.append(d.p(t))
        x.append(d.p(m['next']))
    x[-1] = x[-1].replace('</w:p>', '<w:bookmarkStart w:id="0" w:name="_GoBack"/>'
                                    '<w:bookmarkEnd w:id="0"/></w:p>')

    small = '<w:sz w:val="18"/><w:szCs w:val="18"/>'
    grey = '<w:color w:val="595959"/>' + small
    d.cur = d.rsids[0]
    header = DECL + '<w:hdr %s>%s</w:hdr>' % (W_NS, d.p(
        'Nätverket för våld i nära relationer\t\tMinnesanteckningar hösten 2025', style='Sidhuvud',
        rpr=grey, mark_rpr=grey))
    footer = DECL + '<w:ftr %s>%s</w:ftr>' % (W_NS, d.p(
        '\tSida ', style='Sidfot', rpr=small, mark_rpr=small).replace(
        '</w:p>', w_field(d, 'PAGE   \\* MERGEFORMAT', '1', small)
        + d.runs(' av ', small) + w_field(d, 'NUMPAGES   \\* MERGEFORMAT', '3', small) + '</w:p>'))
    # a decimal list "%1." ; one w:num per meeting, restarted at 1
    kinds = [('decimal', '%{n}.', 'left', 360, '000F'), ('lowerLetter', '%{n}.', 'left', 360, '0019'),
             ('lowerRoman', '%{n}.', 'right', 180, '001B')]
    lvls = ''
    for i in range(9):
        fmt, text, jc, hang, tplc = kinds[i % 3]
        lvls += ('<w:lvl w:ilvl="%d" w:tplc="041D%s"%s><w:start w:val="1"/><w:numFmt w:val="%s"/>'
                 '<w:lvlText w:val="%s"/><w:lvlJc w:val="%s"/><w:pPr><w:ind w:left="%d" w:hanging="%d"/>'
                 '</w:pPr></w:lvl>' % (i, tplc, ' w:tentative="1"' if i else '', fmt,
                                       text.format(n=i + 1), jc, 720 * (i + 1), hang))
    numbering = DECL + (
        '<w:numbering %s><w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0">'
        '<w:nsid w:val="3E7B51A2"/><w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="9C4A3E7E"/>%s'
        '</w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>'
        '</w:lvlOverride></w:num>'
        '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>'
        '</w:lvlOverride></w:num></w:numbering>') % (W_NS, lvls)
    meta = dict(docid='E40B7D19-52C6-4A83-B1F7-0D9C6E25A3F1', creator='Ingalill Bergfors',
                last='Folke Rydqvist', revision=14, created='2025-09-04T14:51:00Z',
                modified='2025-12-05T08:17:00Z', title='Minnesanteckningar VINR hösten 2025',
                company='Helsingborgs stad', minutes=236, pages=3)
    return write_docx(FILE2, d, ''.join(x),
                      w_styles(W_HEADER_FOOTER_STYLES, 'w:after="120" w:line="240" w:lineRule="auto"'), meta,
                      numbering=numbering, header=header, footer=footer)


# ===========================================================================
# OpenDocument as LibreOffice Writer 7.6 saves it
# ===========================================================================
ODF_MIME = 'application/vnd.oasis.opendocument.text'
ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:chart="urn:oasis:names:tc:opendocument:xmlns:chart:1.0" '
    'xmlns:dr3d="urn:oasis:names:tc:opendocument:xmlns:dr3d:1.0" '
    'xmlns:math="http://www.w3.org/1998/Math/MathML" '
    'xmlns:form="urn:oasis:names:tc:opendocument:xmlns:form:1.0" '
    'xmlns:script="urn:oasis:names:tc:opendocument:xmlns:script:1.0" '
    'xmlns:ooo="http://openoffice.org/2004/office" '
    'xmlns:ooow="http://openoffice.org/2004/writer" '
    'xmlns:oooc="http://openoffice.org/2004/calc" '
    'xmlns:dom="http://www.w3.org/2001/xml-events" '
    'xmlns:xforms="http://www.w3.org/2002/xforms" '
    'xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xmlns:rpt="http://openoffice.org/2005/report" '
    'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
    'xmlns:xhtml="http://www.w3.org/1999/xhtml" '
    'xmlns:grddl="http://www.w3.org/2003/g/data-view#" '
    'xmlns:officeooo="http://openoffice.org/2009/office" '
    'xmlns:tableooo="http://openoffice.org/2009/table" '
    'xmlns:drawooo="http://openoffice.org/2010/draw" '
    'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" '
    'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
    'xmlns:field="urn:openoffice:names:experimental:ooo-ms-interop:xmlns:field:1.0" '
    'xmlns:formx="urn:openoffice:names:experimental:ooxml-odf-interop:xmlns:form:1.0" '
    'xmlns:css3t="http://www.w3.org/TR/css3-text/" '
    'office:version="1.3"')
ODF_NS_META = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:ooo="http://openoffice.org/2004/office" '
    'xmlns:grddl="http://www.w3.org/2003/g/data-view#" '
    'office:version="1.3"')
ODF_NS_SETTINGS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" '
    'xmlns:ooo="http://openoffice.org/2004/office" '
    'office:version="1.3"')
XML_DECL = '<?xml version="1.0" encoding="UTF-8"?>\n'
ODF_GENERATOR = 'LibreOffice/7.6.7.2$Windows_X86_64 LibreOffice_project/dd47e4b30cb7dab30588d6c79c651f218165e3c5'
ODF_FONTS = (
    '<office:font-face-decls>'
    '<style:font-face style:name="Lucida Sans1" svg:font-family="&apos;Lucida Sans&apos;" '
    'style:font-family-generic="swiss"/>'
    '<style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" '
    'style:font-family-generic="swiss" style:font-pitch="variable"/>'
    '<style:font-face style:name="Liberation Serif" svg:font-family="&apos;Liberation Serif&apos;" '
    'style:font-family-generic="roman" style:font-pitch="variable"/>'
    '<style:font-face style:name="Lucida Sans" svg:font-family="&apos;Lucida Sans&apos;" '
    'style:font-family-generic="system" style:font-pitch="variable"/>'
    '<style:font-face style:name="Microsoft YaHei" svg:font-family="&apos;Microsoft YaHei&apos;" '
    'style:font-family-generic="system" style:font-pitch="variable"/>'
    '</office:font-face-decls>')


def odf_styles_xml():
    text_defaults = (
        'style:use-window-font-color="true" loext:opacity="0%" style:font-name="Liberation Serif" '
        'fo:font-size="12pt" fo:language="sv" fo:country="SE" style:letter-kerning="true" '
        'style:font-name-asian="Microsoft YaHei" style:font-size-asian="10.5pt" style:language-asian="zh" '
        'style:country-asian="CN" style:font-name-complex="Lucida Sans" style:font-size-complex="12pt" '
        'style:language-complex="hi" style:country-complex="IN"')
    styles = (
        '<office:styles>'
        '<style:default-style style:family="graphic"><style:graphic-properties svg:stroke-color="#3465a4" '
        'draw:fill-color="#729fcf" fo:wrap-option="no-wrap" draw:shadow-offset-x="0.3cm" '
        'draw:shadow-offset-y="0.3cm" style:flow-with-text="false"/><style:paragraph-properties '
        'style:text-autospace="ideograph-alpha" style:line-break="strict" style:writing-mode="lr-tb" '
        'style:font-independent-line-spacing="false"><style:tab-stops/></style:paragraph-properties>'
        '<style:text-properties %s/></style:default-style>'
        '<style:default-style style:family="paragraph"><style:paragraph-properties fo:orphans="2" fo:widows="2" '
        'fo:hyphenation-ladder-count="no-limit" style:text-autospace="ideograph-alpha" '
        'style:punctuation-wrap="hanging" style:line-break="strict" style:tab-stop-distance="1.251cm" '
        'style:writing-mode="page"/><style:text-properties %s fo:hyphenate="false" '
        'fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2" '
        'loext:hyphenation-no-caps="false"/></style:default-style>'
        '<style:default-style style:family="table"><style:table-properties table:border-model="collapsing"/>'
        '</style:default-style>'
        '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
        '<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" '
        'style:next-style-name="Text_20_body" style:class="text"><style:paragraph-properties '
        'fo:margin-top="0.423cm" fo:margin-bottom="0.212cm" style:contextual-spacing="false" '
        'fo:keep-with-next="always"/><style:text-properties style:font-name="Liberation Sans" '
        'fo:font-family="&apos;Liberation Sans&apos;" style:font-family-generic="swiss" '
        'style:font-pitch="variable" fo:font-size="14pt" style:font-name-asian="Microsoft YaHei" '
        'style:font-family-asian="&apos;Microsoft YaHei&apos;" style:font-family-generic-asian="system" '
        'style:font-pitch-asian="variable" style:font-size-asian="14pt" style:font-name-complex="Lucida Sans" '
        'style:font-family-complex="&apos;Lucida Sans&apos;" style:font-family-generic-complex="system" '
        'style:font-pitch-complex="variable" style:font-size-complex="14pt"/></style:style>'
        '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" '
        'style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-top="0cm" '
        'fo:margin-bottom="0.247cm" style:contextual-spacing="false" fo:line-height="115%%"/></style:style>'
        '<style:style style:name="List" style:family="paragraph" style:parent-style-name="Text_20_body" '
        'style:class="list"><style:text-properties style:font-size-asian="12pt" '
        'style:font-name-complex="Lucida Sans1" style:font-family-complex="&apos;Lucida Sans&apos;" '
        'style:font-family-generic-complex="swiss"/></style:style>'
        '<style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard" '
        'style:class="extra"><style:paragraph-properties fo:margin-top="0.212cm" fo:margin-bottom="0.212cm" '
        'style:contextual-spacing="false" text:number-lines="false" text:line-number="0"/>'
        '<style:text-properties fo:font-size="12pt" fo:font-style="italic" style:font-size-asian="12pt" '
        'style:font-style-asian="italic" style:font-size-complex="12pt" style:font-style-complex="italic"/>'
        '</style:style>'
        '<style:style style:name="Index" style:family="paragraph" style:parent-style-name="Standard" '
        'style:class="index"><style:paragraph-properties text:number-lines="false" text:line-number="0"/>'
        '</style:style>'
        '<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading" '
        'style:next-style-name="Subtitle" style:class="chapter"><style:paragraph-properties '
        'fo:text-align="center" style:justify-single-word="false"/><style:text-properties fo:font-size="28pt" '
        'fo:font-weight="bold" style:font-size-asian="28pt" style:font-weight-asian="bold" '
        'style:font-size-complex="28pt" style:font-weight-complex="bold"/></style:style>'
        '<style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Heading" '
        'style:next-style-name="Text_20_body" style:class="chapter"><style:paragraph-properties '
        'fo:margin-top="0.106cm" fo:margin-bottom="0.212cm" style:contextual-spacing="false" '
        'fo:text-align="center" style:justify-single-word="false"/><style:text-properties fo:font-size="18pt" '
        'style:font-size-asian="18pt" style:font-size-complex="18pt"/></style:style>'
        '<style:style style:name="Horizontal_20_Line" style:display-name="Horizontal Line" '
        'style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" '
        'style:class="html"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.499cm" '
        'style:contextual-spacing="false" style:border-line-width-bottom="0.002cm 0.035cm 0.002cm" '
        'fo:padding="0cm" fo:border-left="none" fo:border-right="none" fo:border-top="none" '
        'fo:border-bottom="0.14pt double #808080" text:number-lines="false" text:line-number="0" '
        'style:join-border="false"/><style:text-properties fo:font-size="6pt" style:font-size-asian="6pt" '
        'style:font-size-complex="6pt"/></style:style>'
        '<text:outline-style style:name="Outline">%s</text:outline-style>'
        '<text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" '
        'text:footnotes-position="page" text:start-numbering-at="document"/>'
        '<text:notes-configuration text:note-class="endnote" style:num-format="i" text:start-value="0"/>'
        '<text:linenumbering-configuration text:number-lines="false" text:offset="0.499cm" '
        'style:num-format="1" text:number-position="left" text:increment="5"/>'
        '</office:styles>') % (text_defaults, text_defaults, ''.join(
            '<text:outline-level-style text:level="%d" loext:num-list-format="" style:num-format="">'
            '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
            '<style:list-level-label-alignment text:label-followed-by="listtab"/>'
            '</style:list-level-properties></text:outline-level-style>' % lvl for lvl in range(1, 11)))
    auto = ('<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties '
            'fo:page-width="21.001cm" fo:page-height="29.7cm" style:num-format="1" '
            'style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="2cm" '
            'fo:margin-left="2cm" fo:margin-right="2cm" style:writing-mode="lr-tb" '
            'style:footnote-max-height="0cm" loext:margin-gutter="0cm"><style:footnote-sep '
            'style:width="0.018cm" style:distance-before-sep="0.101cm" style:distance-after-sep="0.101cm" '
            'style:line-style="solid" style:adjustment="left" style:rel-width="25%"/>'
            '</style:page-layout-properties><style:header-style/><style:footer-style/></style:page-layout>'
            '<style:style style:name="dp1" style:family="drawing-page"><style:drawing-page-properties '
            'draw:background-size="full"/></style:style></office:automatic-styles>')
    master = ('<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1" '
              'draw:style-name="dp1"/></office:master-styles>')
    return XML_DECL + '<office:document-styles %s>%s%s%s%s</office:document-styles>' % (
        ODF_NS, ODF_FONTS, styles, auto, master)


def odf_runs(text, bold_style='T1', rsid_style='T2', bold_rsid_style='T3'):
    """Markup to ODF inline content: **bold** -> a span with a bold automatic
    text style; ¦ -> what follows is a span with another rsid."""
    out = []
    bold = False
    other = False
    for tok in TOKEN.split(text):
        if tok == '**':
            bold = not bold
        elif tok == '¦':
            other = True
        elif tok in ('[[', ']]'):
            continue
        elif tok:
            t = esc(tok)
            if bold and other:
                out.append('<text:span text:style-name="%s">%s</text:span>' % (bold_rsid_style, t))
            elif bold:
                out.append('<text:span text:style-name="%s">%s</text:span>' % (bold_style, t))
            elif other:
                out.append('<text:span text:style-name="%s">%s</text:span>' % (rsid_style, t))
            else:
                out.append(t)
    return ''.join(out)


def odf_p(style, text=''):
    inner = odf_runs(text)
    if not inner:
        return '<text:p text:style-name="%s"/>' % style
    return '<text:p text:style-name="%s">%s</text:p>' % (style, inner)


def odf_meta(initial, creator, created, saved, duration, cycles, body):
    txt = re.sub(r'</text:(?:p|h)>', '\n', body)
    txt = re.sub(r'<[^>]+>', '', txt).replace('&lt;', '<').replace('&gt;', '>').replace('&amp;', '&')
    paras = len(re.findall(r'<text:(?:p|h)[ >]', body))
    words = len(txt.split())
    chars = len(txt.replace('\n', ''))
    nonws = len(re.sub(r'\s', '', txt))
    return (XML_DECL + '<office:document-meta %s><office:meta>'
            '<meta:initial-creator>%s</meta:initial-creator><meta:creation-date>%s</meta:creation-date>'
            '<dc:creator>%s</dc:creator><dc:date>%s</dc:date>'
            '<meta:editing-cycles>%d</meta:editing-cycles><meta:editing-duration>%s</meta:editing-duration>'
            '<meta:generator>%s</meta:generator>'
            '<meta:document-statistic meta:table-count="0" meta:image-count="0" meta:object-count="0" '
            'meta:page-count="3" meta:paragraph-count="%d" meta:word-count="%d" meta:character-count="%d" '
            'meta:non-whitespace-character-count="%d"/></office:meta></office:document-meta>'
            % (ODF_NS_META, esc(initial), created, esc(creator), saved, cycles, duration, esc(ODF_GENERATOR),
               paras, words, chars, nonws))


def odf_settings():
    def item(name, typ, val):
        return '<config:config-item config:name="%s" config:type="%s">%s</config:config-item>' % (name, typ, val)
    view = ''.join([item('ViewAreaTop', 'long', '11642'), item('ViewAreaLeft', 'long', '0'),
                    item('ViewAreaWidth', 'long', '38418'), item('ViewAreaHeight', 'long', '19764'),
                    item('ShowRedlineChanges', 'boolean', 'true'), item('InBrowseMode', 'boolean', 'false')])
    views = ('<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>'
             + item('ViewId', 'string', 'view2') + item('ViewLeft', 'long', '10512')
             + item('ViewTop', 'long', '23940') + item('VisibleLeft', 'long', '0')
             + item('VisibleTop', 'long', '11642') + item('VisibleRight', 'long', '38416')
             + item('VisibleBottom', 'long', '31404') + item('ZoomType', 'short', '0')
             + item('ViewLayoutColumns', 'short', '1') + item('ViewLayoutBookMode', 'boolean', 'false')
             + item('ZoomFactor', 'short', '100') + item('IsSelectedFrame', 'boolean', 'false')
             + '</config:config-item-map-entry></config:config-item-map-indexed>')
    conf = ''.join([item('PrintReversed', 'boolean', 'false'), item('PrinterName', 'string', ''),
                    item('PrintHiddenText', 'boolean', 'false'), item('EmbedFonts', 'boolean', 'false'),
                    item('TabsRelativeToIndent', 'boolean', 'true'), item('RsidRoot', 'int', '1268113'),
                    item('Rsid', 'int', '3620934'), item('IsLabelDocument', 'boolean', 'false')])
    return (XML_DECL + '<office:document-settings %s><office:settings>'
            '<config:config-item-set config:name="ooo:view-settings">%s%s</config:config-item-set>'
            '<config:config-item-set config:name="ooo:configuration-settings">%s</config:config-item-set>'
            '</office:settings></office:document-settings>' % (ODF_NS_SETTINGS, view, views, conf))


ODF_MANIFEST_RDF = (
    XML_DECL + '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
    '  <rdf:Description rdf:about="content.xml">\n'
    '    <rdf:type rdf:resource="http://docs.oasis-open.org/ns/office/1.2/meta/pkg#ContentFile"/>\n'
    '  </rdf:Description>\n'
    '  <rdf:Description rdf:about="">\n'
    '    <ns0:hasPart xmlns:ns0="http://docs.oasis-open.org/ns/office/1.2/meta/pkg#" rdf:resource="content.xml"/>\n'
    '  </rdf:Description>\n'
    '  <rdf:Description rdf:about="">\n'
    '    <rdf:type rdf:resource="http://docs.oasis-open.org/ns/office/1.2/meta/pkg#Document"/>\n'
    '  </rdf:Description>\n'
    '</rdf:RDF>\n')
ODF_MANIFEST = (
    XML_DECL + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
    'manifest:version="1.3" xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0">\n'
    ' <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="%s"/>\n'
    ' <manifest:file-entry manifest:full-path="manifest.rdf" manifest:media-type="application/rdf+xml"/>\n'
    ' <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>\n'
    ' <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>\n'
    ' <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\n'
    ' <manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/>\n'
    '</manifest:manifest>' % ODF_MIME)


def write_odt(name, content, styles, meta, settings, stamp):
    # the order in which LibreOffice writes the entries: mimetype first and
    # stored, the manifest last
    parts = [('mimetype', ODF_MIME, zipfile.ZIP_STORED),
             ('manifest.rdf', ODF_MANIFEST_RDF, zipfile.ZIP_DEFLATED),
             ('meta.xml', meta, zipfile.ZIP_DEFLATED),
             ('settings.xml', settings, zipfile.ZIP_DEFLATED),
             ('content.xml', content, zipfile.ZIP_DEFLATED),
             ('styles.xml', styles, zipfile.ZIP_DEFLATED),
             ('META-INF/manifest.xml', ODF_MANIFEST, zipfile.ZIP_DEFLATED)]
    path = os.path.join(OUT, name)
    with zipfile.ZipFile(path, 'w') as z:
        for arc, data, method in parts:
            zi = zipfile.ZipInfo(arc, date_time=stamp)
            zi.compress_type = method
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, data.encode('utf-8'))
    return path


# ===========================================================================
# 3. Faltnatverket motesanteckningar HT25.odt
#    oldest first; each meeting opened by a bold line "Möte N – <date>";
#    separated by a Horizontal Line paragraph or a centred "* * *"; items as
#    bold paragraphs with typed numbers.
# ===========================================================================
FALT = [
    {
        'heading': 'Möte 1 – tisdag 26 augusti 2025',
        'facts': [
            'Plats: Åstorp, Kommunhuset, rum Nyvång',
            'Med: Kaspar Wendt (Helsingborg), Malva Ekdahl (Landskrona), Idun Sjöholm (Ängelholm), Ozan Kaya '
            '(Bjuv), Tindra Bolin (Höganäs), Jolin Petrén (Åstorp), Hampus Rylander (Svalöv)',
            'Förhinder: Melker Hägglund (Klippan), Ronja Pålsson (Båstad)',
            'Ledde: Jolin. Skrev: Kaspar.',
        ],
        'items': [
            ('1. Sommaren i backspegeln', [
                'Alla berättade om sommarens fältarbete. Det var lugnare än i fjol på de flesta håll, men '
                'Ängelholm hade flera bråk vid hamnen under juli.',
            ]),
            ('2. Ungdomar på parkeringen i Bjuv', [
                'Ozan Kaya tog upp att ungdomar samlas med mopedbilar och EPA-traktorer vid idrottsplatsen på '
                'fredagskvällarna, och att grannarna har börjat ringa polisen.',
                'Ozan sa: ”De flesta är där för att det inte finns någon annanstans att vara, inte för att '
                'bråka.”',
                'Tindra Bolin frågade om polisen har varit på plats. Ozan svarade att kommunpolisen har varit där '
                'två gånger.',
                'Beslut: Ozan och Kaspar bjuder in kommunpolisen till nästa möte.',
            ]),
            ('3. Fältarna på högstadieskolorna', [
                'Idun Sjöholm lyfte att fältarna i Ängelholm vill vara synliga på skolorna de första veckorna '
                'efter skolstarten, och frågade om de andra kommunerna gör likadant.',
                'Idun sa: ”Det är de första veckorna som avgör vem som hamnar utanför.”',
                'Malva Ekdahl berättade att Landskrona har gjort så i flera år.',
                'Inget beslut.',
            ]),
        ],
        'next': 'Nästa möte: tisdag 30 september i Ängelholm.',
        'sep': 'stars',
    },
    {
        'heading': 'Möte 2 – tisdag 30 september 2025',
        'facts': [
            'Plats: Ängelholm, Ungdomens hus, mötesrummet',
            'Med: Kaspar Wendt (Helsingborg), Idun Sjöholm (Ängelholm), Ozan Kaya (Bjuv), Tindra Bolin '
            '(Höganäs), Melker Hägglund (Klippan), Jolin Petrén (Åstorp), Ronja Pålsson (Båstad)',
            'Gäst: Bertram Norrman, kommunpolis, lokalpolisområde Ängelholm',
            'Förhinder: Malva Ekdahl (Landskrona), Hampus Rylander (Svalöv)',
            'Ledde: Idun. Skrev: Tindra.',
        ],
        'items': [
            ('1. Hur ser det ut?', [
                'Alla berättade kort. Höganäs har fått en ny fältare på heltid, och i Klippan har det varit lugnt '
                'sedan skolorna började.',
            ]),
            ('2. Kommunpolisen om ungdomar och fordon', [
                'Bertram Norrman berättade att polisen i Ängelholm har kontrollerat mopedbilar vid flera '
                'tillfällen, och att de flesta som stoppas är 15 eller 16 år och inte har gjort något olagligt.',
                'Bertram sa: ”Vi vill hellre stå och prata med dem en fredagskväll än skriva en rapport på '
                'måndagen.”',
                'Jolin Petrén frågade om polisen kan meddela fältarna innan de gör kontroller. Bertram svarade '
                'att de kan skicka ett sms till fältarnas jourtelefon.',
                'Beslut: Kommunpolisen skickar ett sms till fältarnas jourtelefon inför kontroller, och Ozan '
                'samordnar fältarnas närvaro i Bjuv och Ängelholm.',
            ]),
            ('3. Halloween och höstlovet', [
                'Melker Hägglund tog upp att det i fjol kastades ägg och smällare mot bussar i Klippan under '
                'halloweenhelgen, och föreslog att fältarna i de mindre kommunerna hjälper varandra den kvällen.',
                'Melker sa: ”Vi är två fältare i Klippan, och den kvällen behöver vi vara sex.”',
                'Ronja Pålsson och Tindra Bolin sa att de kan komma.',
                'Beslut: Ronja och Tindra arbetar i Klippan på hallo¦weenkvällen den 31 oktober, och Klippan '
                'hjälper Båstad på samma sätt under sommaren.',
            ]),
        ],
        'next': 'Nästa möte: tisdag 4 november i Höganäs.',
        'sep': 'line',
    },
    {
        'heading': 'Möte 3 – tisdag 4 november 2025',
        'facts': [
            'Plats: Höganäs, Kommunhuset, rum Nyhamnsläge',
            'Med: Kaspar Wendt (Helsingborg), Malva Ekdahl (Landskrona), Ozan Kaya (Bjuv), Tindra Bolin '
            '(Höganäs), Melker Hägglund (Klippan), Jolin Petrén (Åstorp), Hampus Rylander (Svalöv), Ronja '
            'Pålsson (Båstad)',
            'Gäst: Filippa Adler, samordnare för alkohol- och drogförebyggande arbete, Länsstyrelsen Skåne '
            '(punkt 3)',
            'Förhinder: Idun Sjöholm (Ängelholm)',
            'Ledde: Tindra (vi var hos henne). Skrev: Malva.',
        ],
        'items': [
            ('1. Läget efter höstlovet', [
                'Halloweenkvällen i Klippan blev lugn, och Melker tackade Ronja och Tindra för hjälpen. Ingen annan '
                'hade något särskilt att ta upp.',
            ]),
            ('2. Lustgas och nätdroger', [
                'Hampus Rylander berättade att fältarna i Svalöv hittar tomma lustgaspatroner vid skolorna nästan '
                'varje vecka, och att flera elever har berättat att de köper droger via sociala medier.',
                'Hampus sa: ”Det går fortare att beställa hem något än att köpa en ¦pizza.”',
                'Kaspar Wendt frågade om skolorna vet om det. Hampus svarade att rektorerna vet, men inte '
                'föräldrarna.',
                'Beslut: Hampus och Malva skriver ett gemensamt informationsbrev till föräldrar om lustgas och '
                'droger på nätet, som alla kommuner kan skicka ut i december.',
            ]),
            ('3. Länsstyrelsens stöd till fältarbetet', [
                'Filippa Adler berättade att det finns utvecklingsmedel för förebyggande arbete bland unga som '
                'kommuner kan söka tillsammans, och att ansökningar från flera kommuner brukar prioriteras.',
                'Filippa sa: ”Ett nätverk som redan samarbetar är precis det vi vill ge pengar till.”',
                'Jolin Petrén frågade när ansökan ska vara inne. Filippa svarade att sista dag är den 15 januari.',
                'Inget beslut i dag, men alla tar med sig frågan till sina chefer.',
            ]),
            ('4. Övrigt', [
                'Ronja Pålsson berättade att Båstad ska anställa en fältare till på deltid från januari.',
            ]),
        ],
        'next': 'Nästa möte: tisdag 9 december 2025 i Helsingborg, med julfika.',
        'sep': None,
    },
]


def build_falt():
    R = ['00135a91', '001c4e07', '0026b3f2', '0031d8a5', '00374a10']
    auto = [
        '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Text_20_body">'
        '<style:text-properties officeooo:rsid="%s" officeooo:paragraph-rsid="%s"/></style:style>' % (R[0], R[0]),
        '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Title">'
        '<style:paragraph-properties fo:text-align="start" style:justify-single-word="false"/>'
        '<style:text-properties officeooo:rsid="%s" officeooo:paragraph-rsid="%s"/></style:style>' % (R[0], R[0]),
        '<style:style style:name="P3" style:family="paragraph" style:parent-style-name="Text_20_body">'
        '<style:paragraph-properties fo:margin-top="0.423cm" fo:margin-bottom="0.212cm" '
        'style:contextual-spacing="false" fo:keep-with-next="always"/><style:text-properties '
        'fo:font-size="13pt" fo:font-weight="bold" officeooo:rsid="%s" officeooo:paragraph-rsid="%s" '
        'style:font-size-asian="13pt" style:font-weight-asian="bold" style:font-size-complex="13pt" '
        'style:font-weight-complex="bold"/></style:style>' % (R[1], R[1]),
        '<style:style style:name="P4" style:family="paragraph" style:parent-style-name="Text_20_body">'
        '<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm" style:contextual-spacing="false"/>'
        '<style:text-properties officeooo:rsid="%s" officeooo:paragraph-rsid="%s"/></style:style>' % (R[1], R[1]),
        '<style:style style:name="P5" style:family="paragraph" style:parent-style-name="Text_20_body">'
        '<style:paragraph-properties fo:margin-top="0.212cm" fo:margin-bottom="0.106cm" '
        'style:contextual-spacing="false" fo:keep-with-next="always"/>'
        '<style:text-properties officeooo:rsid="%s" officeooo:paragraph-rsid="%s"/></style:style>' % (R[2], R[2]),
        '<style:style style:name="P6" style:family="paragraph" style:parent-style-name="Text_20_body">'
        '<style:text-properties officeooo:rsid="%s" officeooo:paragraph-rsid="%s"/></style:style>' % (R[2], R[2]),
        '<style:style style:name="P7" style:family="paragraph" style:parent-style-name="Text_20_body">'
        '<style:paragraph-properties fo:text-align="center" style:justify-single-word="false"/>'
        '<style:text-properties officeooo:rsid="%s" officeooo:paragraph-rsid="%s"/></style:style>' % (R[3], R[3]),
        '<style:style style:name="P8" style:family="paragraph" style:parent-style-name="Horizontal_20_Line">'
        '<style:text-properties officeooo:rsid="%s" officeooo:paragraph-rsid="%s"/></style:style>' % (R[3], R[3]),
        '<style:style style:name="P9" style:family="paragraph" style:parent-style-name="Text_20_body">'
        '<style:text-properties fo:font-style="italic" officeooo:rsid="%s" officeooo:paragraph-rsid="%s" '
        'style:font-style-asian="italic" style:font-style-complex="italic"/></style:style>' % (R[0], R[0]),
        '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold" '
        'style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style>',
        '<style:style style:name="T2" style:family="text"><style:text-properties officeooo:rsid="%s"/>'
        '</style:style>' % R[4],
        '<style:style style:name="T3" style:family="text"><style:text-properties fo:font-weight="bold" '
        'officeooo:rsid="%s" style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style>'
        % R[4],
    ]
    body = []
    body.append(odf_p('P2', 'Fältnätverket'))
    body.append(odf_p('P1', 'Anteckningar hösten 2025'))
    body.append(odf_p('P9', 'Här samlar vi anteckningarna från höstens möten. Det senaste mötet läggs sist. Vi '
                            'turas om att leda och skriva – under varje möte står vem som gjorde vad.'))
    body.append(odf_p('P8'))
    for m in FALT:
        body.append(odf_p('P3', m['heading']))
        for f in m['facts']:
            label, rest = f.split(': ', 1) if not f.startswith('Ledde') else ('', f)
            if label:
                body.append(odf_p('P4', '**%s:** %s' % (label, rest)))
            else:
                body.append(odf_p('P6', f))
        for title, paras in m['items']:
            body.append(odf_p('P5', '**%s**' % title))
            for t in paras:
                body.append(odf_p('P6', t))
        body.append(odf_p('P6', m['next']))
        if m['sep'] == 'stars':
            body.append(odf_p('P7', '* * *'))
        elif m['sep'] == 'line':
            body.append(odf_p('P8'))
    body_xml = ''.join(body)
    seq = ('<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Illustration"/>'
           '<text:sequence-decl text:display-outline-level="0" text:name="Table"/>'
           '<text:sequence-decl text:display-outline-level="0" text:name="Text"/>'
           '<text:sequence-decl text:display-outline-level="0" text:name="Drawing"/>'
           '<text:sequence-decl text:display-outline-level="0" text:name="Figure"/></text:sequence-decls>')
    content = (XML_DECL + '<office:document-content %s><office:scripts/>%s<office:automatic-styles>%s'
               '</office:automatic-styles><office:body><office:text>%s%s</office:text></office:body>'
               '</office:document-content>' % (ODF_NS, ODF_FONTS, ''.join(auto), seq, body_xml))
    meta = odf_meta('Jolin Petrén', 'Malva Ekdahl', '2025-08-26T14:02:11.348000000',
                    '2025-11-05T10:41:16.902000000', 'PT3H12M40S', 9, body_xml)
    return write_odt(FILE3, content, odf_styles_xml(), meta, odf_settings(), (2025, 11, 5, 10, 41, 16))


# ===========================================================================
# PDF as Word 365 exports it (Spara som > PDF, tagged for accessibility).
# Helvetica and Helvetica-Bold stand in for Calibri: not embedded, with
# /WinAnsiEncoding and the widths of the Adobe AFM files, by which every
# line is measured and wrapped as it is printed.
# ===========================================================================
# AFM advance widths (1/1000 em) for WinAnsiEncoding codes 32..255 (codes
# that WinAnsi leaves undefined are 0).
AFM_WIDTHS = {
    'Helvetica': [
        278,278,355,556,556,889,667,191,333,333,389,584,278,333,278,278,
        556,556,556,556,556,556,556,556,556,556,278,278,584,584,584,556,
        1015,667,667,722,722,667,611,778,722,278,500,667,556,833,722,778,
        667,778,722,667,611,722,667,944,667,667,611,278,278,278,469,556,
        333,556,556,500,556,556,278,556,556,222,222,500,222,833,556,556,
        556,556,333,500,278,556,500,722,500,500,500,334,260,334,584,0,
        556,0,222,556,333,1000,556,556,333,1000,667,333,1000,0,611,0,
        0,222,222,333,333,350,556,1000,333,1000,500,333,944,0,500,667,
        278,333,556,556,556,556,260,556,333,737,370,556,584,333,737,333,
        400,584,333,333,333,578,537,278,333,333,365,556,834,834,834,611,
        667,667,667,667,667,667,1000,722,667,667,667,667,278,278,278,278,
        722,722,778,778,778,778,778,584,778,722,722,722,722,667,667,611,
        556,556,556,556,556,556,889,500,556,556,556,556,278,278,278,278,
        556,556,556,556,556,556,556,584,611,556,556,556,556,500,556,500,
    ],
    'Helvetica-Bold': [
        278,333,474,556,556,889,722,238,333,333,389,584,278,333,278,278,
        556,556,556,556,556,556,556,556,556,556,333,333,584,584,584,611,
        975,722,722,722,722,667,611,778,722,278,556,722,611,833,722,778,
        667,778,722,667,611,722,667,944,667,667,611,333,278,333,584,556,
        333,556,611,556,611,556,333,611,611,278,278,556,278,889,611,611,
        611,611,389,556,333,611,556,778,556,556,500,389,280,389,584,0,
        556,0,278,556,500,1000,556,556,333,1000,667,333,1000,0,611,0,
        0,278,278,500,500,350,556,1000,333,1000,556,333,944,0,500,667,
        278,333,556,556,556,556,280,556,333,737,370,556,584,333,737,333,
        400,584,333,333,333,611,556,278,333,333,365,556,834,834,834,611,
        722,722,722,722,722,722,1000,722,667,667,667,667,278,278,278,278,
        722,722,778,778,778,778,778,584,778,722,722,722,722,667,667,611,
        556,556,556,556,556,556,889,556,556,556,556,556,278,278,278,278,
        611,611,611,611,611,611,611,584,611,611,611,611,611,556,611,556,
    ],
}

H = 'Helvetica'
HB = 'Helvetica-Bold'
PDF_FONTS = [H, HB]
PW, PH = 595.32, 841.92          # A4 as Word writes it
LM = RM = 70.92                  # 2.5 cm margins
TOP, BOT = 70.92, 70.92
BODY_W = PW - LM - RM
BLUE = (0.184, 0.329, 0.588)     # Word's 2F5496 heading colour
GREY = (0.349, 0.349, 0.349)     # 595959


def pdf_enc(s):
    return s.encode('cp1252')


def text_width(s, font, size):
    w = AFM_WIDTHS[font]
    return sum(w[c - 32] for c in pdf_enc(s)) * size / 1000.0


def num(v):
    s = ('%.2f' % v).rstrip('0').rstrip('.')
    return '0' if s in ('-0', '') else s


def pdf_lit(s):
    out = []
    for c in pdf_enc(s):
        if c in (0x28, 0x29, 0x5C):
            out.append('\\' + chr(c))
        elif c < 32 or c > 126:
            out.append('\\%03o' % c)
        else:
            out.append(chr(c))
    return '(' + ''.join(out) + ')'


def pdf_info_str(s):
    try:
        s.encode('ascii')
        return pdf_lit(s)
    except UnicodeEncodeError:
        return '<FEFF' + s.encode('utf-16-be').hex().upper() + '>'


def md_runs(text, font=H, bold=HB):
    """**bold** markup to [(font, text)]."""
    runs = []
    b = False
    for tok in re.split(r'(\*\*)', text):
        if tok == '**':
            b = not b
        elif tok:
            runs.append((bold if b else font, tok))
    return runs


def wrap_runs(runs, size, avail):
    """Greedy line breaking on blanks, measured with the AFM widths. Returns
    lines, each a list of (font, text) pieces (a blank between two words is
    kept at the end of the piece before it; the blank at a line end is
    dropped)."""
    words = []                          # (font, word, blank_after)
    for font, text in runs:
        parts = text.split(' ')
        for i, w in enumerate(parts):
            if w == '':
                # a blank at the start of a run belongs to the word before it
                if words and i == 0 and len(parts) > 1:
                    words[-1] = (words[-1][0], words[-1][1], True)
                continue
            words.append((font, w, i < len(parts) - 1))
    lines, cur, width = [], [], 0.0
    for font, w, blank in words:
        ww = text_width(w, font, size)
        if cur:
            pf, pw_, pb = cur[-1]
            sp = text_width(' ', pf, size) if pb else 0.0
            if width + sp + ww > avail + 0.01:
                lines.append(cur)
                cur, width = [], 0.0
            else:
                width += sp
        cur.append((font, w, blank))
        width += ww
    if cur:
        lines.append(cur)
    out = []
    for ln in lines:
        pieces = []
        for k, (font, w, blank) in enumerate(ln):
            t = w + (' ' if blank and k < len(ln) - 1 else '')
            if pieces and pieces[-1][0] == font:
                pieces[-1] = (font, pieces[-1][1] + t)
            else:
                pieces.append((font, t))
        out.append(pieces)
    return out


class Block:
    def __init__(self, tag, lines, size, leading, before, after, x=LM, color=None, keep=False, extra=None):
        self.tag, self.lines, self.size, self.leading = tag, lines, size, leading
        self.before, self.after, self.x, self.color, self.keep = before, after, x, color, keep
        self.extra = extra or []          # pieces drawn on the first line at other x (a typed number)


def pdf_blocks(spec):
    blocks = []
    for kind, payload in spec:
        if kind == 'title':
            blocks.append(Block('P', wrap_runs([(HB, payload)], 20, BODY_W), 20, 24, 0, 2))
        elif kind == 'subtitle':
            blocks.append(Block('P', wrap_runs([(H, payload)], 12, BODY_W), 12, 15, 0, 12, color=GREY))
        elif kind == 'h1':
            blocks.append(Block('H1', wrap_runs([(HB, payload)], 14, BODY_W), 14, 17, 18, 6, color=BLUE,
                                keep=True))
        elif kind == 'item':
            n, title = payload
            blocks.append(Block('P', wrap_runs([(HB, title)], 11, BODY_W - 18), 11, 14.5, 8, 2, x=LM + 18,
                                keep=True, extra=[(LM, HB, '%d.' % n)]))
        elif kind == 'fact':
            blocks.append(Block('P', wrap_runs(md_runs(payload), 11, BODY_W), 11, 14.5, 0, 2))
        elif kind == 'p':
            blocks.append(Block('P', wrap_runs(md_runs(payload), 11, BODY_W), 11, 14.5, 0, 8))
        else:
            raise ValueError(kind)
    return blocks


def layout(blocks):
    """Flows the blocks over pages. Returns pages, each a list of
    (block index, [(line index, baseline y)])."""
    pages = [[]]
    top = PH - TOP
    i = 0
    first_on_page = True

    def fits(nlines, blk, t):
        return t - blk.leading * nlines >= BOT - 0.01

    while i < len(blocks):
        blk = blocks[i]
        t = top - (0 if first_on_page else blk.before)
        n = len(blk.lines)
        if blk.keep and i + 1 < len(blocks):
            nxt = blocks[i + 1]
            need_next = min(2, len(nxt.lines))
            t2 = t - blk.leading * n - blk.after - nxt.before
            if not fits(n, blk, t) or t2 - nxt.leading * need_next < BOT - 0.01:
                pages.append([])
                top, first_on_page = PH - TOP, True
                continue
        avail = int((t - BOT + 0.01) // blk.leading)
        if avail >= n:
            take = n
        elif avail >= 2 and n - avail >= 2:
            take = avail
        elif avail >= 3 and n - avail == 1 and n >= 4:
            take = n - 2
        else:
            take = 0
        if take == 0:
            pages.append([])
            top, first_on_page = PH - TOP, True
            continue
        placed = []
        for k in range(take):
            placed.append((k, t - blk.leading * k - blk.size * 0.95))
        pages[-1].append((i, placed))
        if take < n:
            rest = Block(blk.tag, blk.lines[take:], blk.size, blk.leading, 0, blk.after, blk.x, blk.color)
            rest.cont_of = i
            blocks[i] = blk
            blocks.insert(i + 1, rest)
            pages.append([])
            top, first_on_page = PH - TOP, True
            i += 1
            continue
        top = t - blk.leading * n - blk.after
        first_on_page = False
        i += 1
    return pages


def draw_pieces(ops, x, y, pieces, size, color):
    for font, t in pieces:
        if t:
            ops.append('BT\n/F%d %s Tf\n1 0 0 1 %s %s Tm\n%s rg\n[%s] TJ\nET\n' % (
                PDF_FONTS.index(font) + 1, num(size), num(x), num(y),
                ' '.join(num(c) for c in (color or (0, 0, 0))), pdf_lit(t)))
        x += text_width(t, font, size)


def write_tagged_pdf(name, spec, header_left, header_right, info):
    blocks = pdf_blocks(spec)
    pages = layout(blocks)
    npages = len(pages)
    # structure elements: one per original block (continuations share it)
    elem_of = {}
    elems = []                          # (tag, [(page, mcid)])
    for idx, blk in enumerate(blocks):
        if hasattr(blk, 'cont_of'):
            elem_of[idx] = elem_of[blk.cont_of]
        else:
            elem_of[idx] = len(elems)
            elems.append((blk.tag, []))
    streams = []
    parent_arrays = []
    for pno, placed in enumerate(pages):
        ops = []
        # the running header and the footer: pagination artifacts
        ops.append('/Artifact <</Attached [/Top]/Type/Pagination/Subtype/Header >>BDC\n')
        draw_pieces(ops, LM, PH - 42.5, [(H, header_left)], 9, GREY)
        draw_pieces(ops, PW - RM - text_width(header_right, H, 9), PH - 42.5, [(H, header_right)], 9, GREY)
        ops.append('q 0.5 w %s RG %s %s m %s %s l S Q\n' % (
            ' '.join(num(c) for c in GREY), num(LM), num(PH - 47), num(PW - RM), num(PH - 47)))
        ops.append('EMC\n')
        mcid = 0
        parents = []
        for bidx, lines in placed:
            blk = blocks[bidx]
            e = elem_of[bidx]
            ops.append('/%s <</MCID %d>> BDC\n' % (blk.tag, mcid))
            for k, y in lines:
                if k == 0:
                    for ex, ef, et in blk.extra:
                        draw_pieces(ops, ex, y, [(ef, et)], blk.size, blk.color)
                draw_pieces(ops, blk.x, y, blk.lines[k], blk.size, blk.color)
                if DEBUG:
                    print('%d %6.1f %s' % (pno + 1, y, ''.join(t for _, t in blk.lines[k])))
            ops.append('EMC\n')
            elems[e][1].append((pno, mcid))
            parents.append(e)
            mcid += 1
        foot = 'Sida %d av %d' % (pno + 1, npages)
        ops.append('/Artifact <</Attached [/Bottom]/Type/Pagination/Subtype/Footer >>BDC\n')
        draw_pieces(ops, (PW - text_width(foot, H, 9)) / 2, 35.4, [(H, foot)], 9, GREY)
        ops.append('EMC\n')
        streams.append(''.join(ops))
        parent_arrays.append(parents)

    objs = []

    def add(body=None):
        objs.append(body)
        return len(objs)

    catalog = add()
    pages_id = add()
    font_ids = [add('<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding '
                    '/FirstChar 32 /LastChar 255 /Widths [%s] >>'
                    % (f, ' '.join(str(v) for v in AFM_WIDTHS[f]))) for f in PDF_FONTS]
    gs = add('<< /Type /ExtGState /BM /Normal /ca 1 >>')
    page_ids = []
    for pno, data in enumerate(streams):
        raw = data.encode('latin-1')
        comp = zlib.compress(raw, 9)
        cid = add(b'<< /Filter /FlateDecode /Length %d >>\nstream\n' % len(comp) + comp + b'\nendstream')
        pid = add()
        page_ids.append((pid, cid))
    root = add()
    doc_elem = add()
    elem_ids = [add() for _ in elems]
    parent_tree = add()
    fonts = ' '.join('/F%d %d 0 R' % (k + 1, fid) for k, fid in enumerate(font_ids))
    for pno, (pid, cid) in enumerate(page_ids):
        objs[pid - 1] = ('<< /Type /Page /Parent %d 0 R /Resources << /Font << %s >> /ExtGState << /GS%d %d 0 R >> '
                         '/ProcSet [/PDF /Text] >> /MediaBox [0 0 %s %s] /Contents %d 0 R '
                         '/Group << /Type /Group /S /Transparency /CS /DeviceRGB >> /Tabs /S /StructParents %d >>'
                         % (pages_id, fonts, gs, gs, num(PW), num(PH), cid, pno))
    objs[pages_id - 1] = '<< /Type /Pages /Count %d /Kids [%s] >>' % (
        len(page_ids), ' '.join('%d 0 R' % p for p, _ in page_ids))
    for (tag, parts), eid in zip(elems, elem_ids):
        if len(parts) == 1:
            pno, m = parts[0]
            objs[eid - 1] = '<< /Type /StructElem /S /%s /P %d 0 R /Pg %d 0 R /K %d >>' % (
                tag, doc_elem, page_ids[pno][0], m)
        else:
            kids = ' '.join('<< /Type /MCR /Pg %d 0 R /MCID %d >>' % (page_ids[pno][0], m) for pno, m in parts)
            objs[eid - 1] = '<< /Type /StructElem /S /%s /P %d 0 R /Pg %d 0 R /K [%s] >>' % (
                tag, doc_elem, page_ids[parts[0][0]][0], kids)
    objs[doc_elem - 1] = '<< /Type /StructElem /S /Document /P %d 0 R /K [%s] >>' % (
        root, ' '.join('%d 0 R' % e for e in elem_ids))
    objs[parent_tree - 1] = '<< /Nums [%s] >>' % ' '.join(
        '%d [%s]' % (pno, ' '.join('%d 0 R' % elem_ids[e] for e in arr)) for pno, arr in enumerate(parent_arrays))
    objs[root - 1] = ('<< /Type /StructTreeRoot /RoleMap << /Footnote /Note /Endnote /Note /Textbox /Sect '
                      '/Header /Sect /Footer /Sect /InlineShape /Sect /Annotation /Sect /Artifact /Sect '
                      '/Workbook /Document /Worksheet /Part /Macrosheet /Part /Chartsheet /Part '
                      '/Dialogsheet /Part /Slide /Part /Chart /Sect /Diagram /Figure /Title /H1 >> '
                      '/ParentTree %d 0 R /K [%d 0 R] /ParentTreeNextKey %d >>' % (parent_tree, doc_elem,
                                                                                   len(page_ids)))
    objs[catalog - 1] = ('<< /Type /Catalog /Pages %d 0 R /Lang (sv-SE) /StructTreeRoot %d 0 R '
                         '/MarkInfo << /Marked true >> /ViewerPreferences << /DisplayDocTitle true >> >>'
                         % (pages_id, root))
    info_id = add('<< ' + ' '.join('/%s %s' % (k, v if k.endswith('Date') else pdf_info_str(v))
                                   for k, v in info) + ' >>')
    out = bytearray(b'%PDF-1.7\r\n%\xb5\xb5\xb5\xb5\r\n')
    offsets = []
    for k, body in enumerate(objs, 1):
        offsets.append(len(out))
        b = body if isinstance(body, bytes) else body.encode('latin-1')
        out += b'%d 0 obj\r\n' % k + b + b'\r\nendobj\r\n'
    xref = len(out)
    out += b'xref\r\n0 %d\r\n0000000000 65535 f\r\n' % (len(objs) + 1)
    for o in offsets:
        out += b'%010d 00000 n\r\n' % o
    fid = hashlib.md5(bytes(out)).hexdigest().upper().encode()
    out += (b'trailer\r\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\r\nstartxref\r\n%d\r\n%%%%EOF'
            % (len(objs) + 1, catalog, info_id, fid, fid, xref))
    path = os.path.join(OUT, name)
    with open(path, 'wb') as fh:
        fh.write(bytes(out))
    return path, npages


# ===========================================================================
# 4. Oppenvardsnatverket minnesanteckningar 2025.pdf
#    oldest first; a running header and "Sida N av 3" on every page
# ===========================================================================
OPPENVARD = [
    ('title', 'Öppenvårdsnätverket'),
    ('subtitle', 'Barn och familj – minnesanteckningar 2025'),
    ('p', 'Anteckningarna från årets möten förs in i det här dokumentet i den ordning mötena hålls. Josefin '
          'Holst (Perstorp) skriver anteckningarna och Ann-Charlotte Hedin (Helsingborg) är ordförande, om inget '
          'annat står vid mötet.'),

    ('h1', 'Nätverksmöte onsdag 29 januari 2025'),
    ('fact', '**Plats:** Klippan, Familjecentralen, stora rummet'),
    ('fact', '**Deltagare:** Ann-Charlotte Hedin (Helsingborg), Jonatan Forsell (Landskrona), Sadia Rahimi '
             '(Ängelholm), Henning Palmqvist (Höganäs), Vesna Markovic (Klippan), Conny Wahlgren (Åstorp), Maud '
             'Ekstrand (Bjuv), Josefin Holst (Perstorp)'),
    ('fact', '**Frånvarande:** Vilgot Berne (Svalöv), Kennet Dahlin (Örkelljunga)'),
    ('item', (1, 'Runda i nätverket')),
    ('p', 'Alla berättade kort om läget. Flera kommuner har väntelistor till föräldragrupperna, och Höganäs har '
          'inte kunnat starta någon ART-grupp i vinter på grund av personalbrist.'),
    ('item', (2, 'Den nya socialtjänstlagen och öppenvården')),
    ('p', 'Ann-Charlotte Hedin tog upp att den nya socialtjänstlagen, som börjar gälla den 1 juli, gör det '
          'möjligt att ge fler insatser utan individuell behovsprövning, och att öppenvården måste vara '
          'förberedd på att fler familjer kommer direkt till oss.'),
    ('p', 'Ann-Charlotte sa: ”Det är vi som kommer att möta familjerna först, så det är vi som måste veta vad '
          'vi får erbjuda.”'),
    ('p', 'Conny Wahlgren frågade om det finns någon vägledning från SKR ännu. Ann-Charlotte svarade att den '
          'väntas i vår.'),
    ('p', 'Beslut: Varje kommun tar fram en lista över vilka av öppenvårdens insatser som skulle kunna ges utan '
          'behovsprövning, till mötet i april.'),
    ('item', (3, 'Väntetid till föräldragrupper')),
    ('p', 'Maud Ekstrand lyfte att Bjuv har en väntetid på nästan fem månader till föräldragruppen Komet, och '
          'att familjerna hinner gå in i en kris innan de får plats.'),
    ('p', 'Maud sa: ”När de äntligen får börja är det inte föräldrastöd de behöver längre, utan en '
          'placering.”'),
    ('p', 'Jonatan Forsell frågade om Bjuv vill köpa platser i Landskronas grupper. Maud svarade att hon gärna '
          'gör det.'),
    ('p', 'Beslut: Bjuv får köpa platser i Landskronas Komet-grupper under våren.'),
    ('p', 'Nästa möte: onsdag 9 april i Ängelholm.'),

    ('h1', 'Nätverksmöte onsdag 9 april 2025'),
    ('fact', '**Plats:** Ängelholm, Socialförvaltningen, rum Kronoskogen'),
    ('fact', '**Deltagare:** Ann-Charlotte Hedin (Helsingborg), Jonatan Forsell (Landskrona), Sadia Rahimi '
             '(Ängelholm), Vesna Markovic (Klippan), Conny Wahlgren (Åstorp), Maud Ekstrand (Bjuv), Vilgot '
             'Berne (Svalöv), Kennet Dahlin (Örkelljunga), Josefin Holst (Perstorp)'),
    ('fact', '**Gäst:** Cornelia Sandell, utvecklingsledare, Kunskapsstöd socialtjänst Skåne (punkt 2)'),
    ('fact', '**Frånvarande:** Henning Palmqvist (Höganäs)'),
    ('item', (1, 'Kort runda')),
    ('p', 'Alla kommuner har nu en kontaktperson för frågor om den nya lagen. Ängelholm har fått två nya '
          'familjebehandlare och Svalöv har startat en grupp för tonårsföräldrar.'),
    ('item', (2, 'Att följa upp insatserna')),
    ('p', 'Cornelia Sandell berättade om det stöd för systematisk uppföljning som kommunerna kan få, och visade '
          'hur några kommuner i Skåne använder skattningsskalor före och efter en insats.'),
    ('p', 'Cornelia sa: ”Ni gör ett bra jobb, men i dag kan ni inte visa det för någon.”'),
    ('p', 'Vilgot Berne frågade om stödet kostar något. Cornelia svarade att det är gratis för kommunerna '
          'under 2025.'),
    ('p', 'Beslut: Klippan, Svalöv och Örkelljunga provar skattningsskalorna i sina föräldrastödsinsatser '
          'under hösten.'),
    ('item', (3, 'Listan över insatser utan behovsprövning')),
    ('p', 'Jonatan Forsell redovisade sammanställningen av kommunernas listor som vi bestämde i januari. Nästan '
          'alla tror att råd- och stödsamtal och föräldragrupper kan ges utan behovsprövning, men ingen vill '
          'göra det med familjebehandling, och flera kommuner väntar fortfarande på att deras nämnder ska säga '
          'vad de tycker innan de vågar bestämma sig.'),
    ('p', 'Jonatan sa: ”Vi är överens om det enkla, men det svåra har ingen vågat skriva ner.”'),
    ('p', 'Kennet Dahlin höll med och sa att Örkelljunga vill se hur de större kommunerna gör först.'),
    ('p', 'Beslut: Jonatan och Ann-Charlotte skriver ett gemensamt förslag till riktlinje som skickas till '
          'IFO-cheferna före midsommar.'),
    ('item', (4, 'Övriga frågor')),
    ('p', 'Vesna Markovic berättade att Klippan startar en samtalsgrupp för barn i familjer med missbruk i '
          'maj.'),
    ('p', 'Nästa möte: onsdag 11 juni i Perstorp.'),

    ('h1', 'Nätverksmöte onsdag 11 juni 2025'),
    ('fact', '**Plats:** Perstorp, Kommunhuset, rum Oderljunga'),
    ('fact', '**Deltagare:** Jonatan Forsell (Landskrona), Sadia Rahimi (Ängelholm), Henning Palmqvist '
             '(Höganäs), Vesna Markovic (Klippan), Sigrun Bäckström (Åstorp, ny i nätverket sedan maj, när Conny '
             'Wahlgren gick till Region Skåne), Maud Ekstrand (Bjuv), Vilgot Berne (Svalöv), Josefin Holst '
             '(Perstorp)'),
    ('fact', '**Gäst:** Kaveh Tavakoli, psykolog, BUP Helsingborg (punkt 3)'),
    ('fact', '**Frånvarande:** Ann-Charlotte Hedin (Helsingborg), Kennet Dahlin (Örkelljunga)'),
    ('p', 'Ann-Charlotte var sjuk, så Jonatan ledde mötet.'),
    ('item', (1, 'Inför sommaren')),
    ('p', 'Alla berättade hur öppenvården är bemannad under sommaren. De flesta har stängt grupperna från '
          'midsommar till mitten av augusti, men har jour för akuta ärenden.'),
    ('item', (2, 'Riktlinjen om insatser utan behovsprövning')),
    ('p', 'Jonatan Forsell berättade att IFO-cheferna har godkänt förslaget till riktlinje med en ändring: '
          'familjebehandling ska även i fortsättningen kräva ett beslut.'),
    ('p', 'Jonatan sa: ”Nu har vi något gemensamt att visa familjerna när lagen börjar gälla.”'),
    ('p', 'Henning Palmqvist frågade om riktlinjen ska läggas ut på kommunernas webbplatser. Jonatan svarade '
          'att varje kommun bestämmer det själv.'),
    ('p', 'Inget beslut.'),
    ('item', (3, 'Barn som väntar på BUP')),
    ('p', 'Kaveh Tavakoli berättade att väntetiden till en första bedömning på BUP är drygt tre månader, och att '
          'många familjer under tiden får stöd från socialtjänstens öppenvård.'),
    ('p', 'Kaveh sa: ”Det är ni som håller familjerna under armarna medan de väntar på oss, och det vet vi '
          'om.”'),
    ('p', 'Maud Ekstrand frågade om BUP kan ge råd till familjebehandlarna medan familjen väntar. Kaveh svarade '
          'att de kan boka ett konsultationssamtal.'),
    ('p', 'Beslut: BUP och öppenvården provar gemensamma konsultationstider en gång i månaden från september.'),
    ('item', (4, 'Övrigt')),
    ('p', 'Sadia Rahimi berättade att Ängelholm ska börja med föräldrastöd på arabiska och dari i höst och '
          'gärna tar emot familjer från andra kommuner.'),
    ('p', 'Nästa möte: onsdag 17 september 2025 i Landskrona.'),
]


def build_oppenvard():
    info = [('Title', 'Minnesanteckningar 2025'), ('Author', 'Josefin Holst'),
            ('Creator', 'Microsoft® Word för Microsoft 365'),
            ('CreationDate', "(D:20250612093804+02'00')"), ('ModDate', "(D:20250612093804+02'00')"),
            ('Producer', 'Microsoft® Word för Microsoft 365')]
    path, n = write_tagged_pdf(FILE4, OPPENVARD, 'Öppenvårdsnätverket, Familjen Helsingborg',
                               'Löpande anteckningar 2025', info)
    return path


if __name__ == '__main__':
    for build in (build_familjehem, build_vinr, build_falt, build_oppenvard):
        print(build())
