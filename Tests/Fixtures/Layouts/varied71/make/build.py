#!/usr/bin/env python3
"""Writes the six files of the seventy-first set of layout fixtures: minutes
as their writers really type them.

  1. Minnesanteckningar natverket 19 nov.txt
       Typed on an English (UK) keyboard without å, ä and ö: Natverket,
       Narvarande, Franvarande, Hoganas, Angelholm ...; TextEdit on a Mac,
       plain text, UTF-8 (its only non-ASCII characters are TextEdit's
       smart quotes and en dashes), LF.
  2. Minnesant DV-nätverket 12 mars.docx
       Abbreviation-heavy Word file: Närv:, Frånv:, Ordf:, Sekr:, Adj:,
       Dagordn., p. 3, ang., ev., bl.a., fr.o.m., Besl:, Åtg:, ansv:, the
       date 12/3-26, kommuner as Lkr, Hbg, Ängelh.
  3. anteckningar missbruksnätverket.txt
       Typed on a phone during the meeting: all lowercase, "/" between the
       names, emojis (UTF-8, 4-byte sequences, a ZWJ sequence), LF.
  4. Anteckningar från nätverksträffen.eml
       Dictated with iPhone speech-to-text and mailed from iPhone Mail:
       text/plain UTF-8 in quoted-printable, few and misplaced punctuation
       marks, numbers as words ("tredje mars", "punkt två"), one misheard word.
  5. Minnesanteckningar barn och unga 2024-10-11.docx
       One long paragraph per item, who said what as initials in
       parentheses "(NW)", resolved in a list at the top; chair and scribe
       given by initials only.
  6. Flyktingnätverket 2024.txt
       A running file of two meetings in Windows-1252 with CRLF (Notepad,
       ANSI), abbreviated labels, dates written 24-02-06 and 9.4.2024.

Python 3 standard library only. Deterministic: every time stamp, rsid and
id is fixed, so a rebuild gives identical bytes (with the same zlib).
Run from anywhere:  python3 make/build.py   (writes into the folder above make/)
VARIED71_LINES=1 prints the text of every file as a reader should get it.
The Word writer and the zip writer are copied from ../varied70/make/build.py.
"""

import base64
import datetime
import os
import re
import struct
import unicodedata
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
LINES = os.environ.get('VARIED71_LINES') == '1'


def nfc(s):
    return unicodedata.normalize('NFC', s)


def nfd(s):
    return unicodedata.normalize('NFD', s)


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def qattr(s):
    return esc(s).replace('"', '&quot;')



# ===========================================================================
# Time
# ===========================================================================
def dt(y, mo, d, h=0, mi=0, s=0):
    return datetime.datetime(y, mo, d, h, mi, s)


def swedish_utc_offset(local):
    """Hours east of UTC in Sweden at a local wall-clock time (CET/CEST: summer
    time from the last Sunday of March 02:00 to the last Sunday of October 03:00)."""
    y = local.year

    def last_sunday(month):
        d = datetime.date(y, month, 31)
        return d - datetime.timedelta(days=(d.weekday() + 1) % 7)
    start = datetime.datetime.combine(last_sunday(3), datetime.time(2, 0))
    end = datetime.datetime.combine(last_sunday(10), datetime.time(3, 0))
    return 2 if start <= local < end else 1


def unix_time(local):
    """Seconds since 1970 (UTC) of a Swedish local time."""
    utc = local - datetime.timedelta(hours=swedish_utc_offset(local))
    return int((utc - datetime.datetime(1970, 1, 1)).total_seconds())


def filetime(local):
    return (unix_time(local) + 11644473600) * 10000000


def dos_time_date(local):
    t = (local.hour << 11) | (local.minute << 5) | (local.second // 2)
    d = ((local.year - 1980) << 9) | (local.month << 5) | local.day
    return t, d



# ===========================================================================
# ZIP, field by field
# ===========================================================================
def raw_deflate(data, level=6):
    c = zlib.compressobj(level, zlib.DEFLATED, -15, 8, zlib.Z_DEFAULT_STRATEGY)
    return c.compress(data) + c.flush()


class Entry:
    """One entry of a zip archive, with every header field given by hand."""

    def __init__(self, name, data=b'', when=None, method=8, level=6, flags=0, made_by=0x0014,
                 need=20, ext_attr=0, int_attr=0, local_extra=b'', central_extra=b'',
                 descriptor=False, zero_local=True):
        assert isinstance(name, bytes)
        self.name, self.data, self.when = name, data, when
        self.method, self.level, self.flags = method, level, flags
        self.made_by, self.need = made_by, need
        self.ext_attr, self.int_attr = ext_attr, int_attr
        self.local_extra, self.central_extra = local_extra, central_extra
        self.descriptor, self.zero_local = descriptor, zero_local


def write_zip(entries, comment=b''):
    out = bytearray()
    central = bytearray()
    for e in entries:
        t, d = dos_time_date(e.when)
        crc = zlib.crc32(e.data) & 0xFFFFFFFF
        body = raw_deflate(e.data, e.level) if e.method == 8 else e.data
        usize, csize = len(e.data), len(body)
        offset = len(out)
        lcrc, lcs, lus = (0, 0, 0) if (e.descriptor and e.zero_local) else (crc, csize, usize)
        out += struct.pack('<IHHHHHIIIHH', 0x04034B50, e.need, e.flags, e.method, t, d, lcrc, lcs, lus,
                           len(e.name), len(e.local_extra))
        out += e.name + e.local_extra + body
        if e.descriptor:
            out += struct.pack('<IIII', 0x08074B50, crc, csize, usize)
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014B50, e.made_by, e.need, e.flags, e.method, t, d,
                               crc, csize, usize, len(e.name), len(e.central_extra), 0, 0, e.int_attr,
                               e.ext_attr, offset)
        central += e.name + e.central_extra
    cd_off = len(out)
    out += central
    out += struct.pack('<IHHHHIIH', 0x06054B50, 0, 0, len(entries), len(entries), len(central), cd_off,
                       len(comment)) + comment
    return bytes(out)


# ===========================================================================
# Word (WordprocessingML) as Word 2016/365 saves it
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

# Inline markup of the texts below: **bold**, [[word]] a word Word's speller
# marks (w:proofErr, no effect on the text), ¦ a new run with another rsid,
# \n a line break inside the paragraph (Shift+Enter, <w:br/>).
TOKEN = re.compile(r'(\*\*|\[\[|\]\]|¦|\n)')


def plain(s):
    return TOKEN.sub(lambda m: '\n' if m.group(0) == '\n' else '', s)


class WordDoc:
    """Body XML as Word writes it: rsids on paragraphs and runs, w14:paraId and
    textId, proofErr marks."""

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
            elif tok == '\n':
                out.append('<w:r w:rsidR="%s"><w:br/></w:r>' % self.cur)
            elif tok:
                props = ('<w:b/><w:bCs/>' if bold else '') + rpr
                rp = '<w:rPr>%s</w:rPr>' % props if props else ''
                sp = ' xml:space="preserve"' if tok[0] == ' ' or tok[-1] == ' ' else ''
                out.append('<w:r w:rsidR="%s">%s<w:t%s>%s</w:t></w:r>' % (self.cur, rp, sp, esc(tok)))
        return ''.join(out)

    def p(self, text='', style=None, num=None, keep=False, spacing=None, jc=None, rpr='', mark_rpr=''):
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
        body = self.runs(text, rpr)
        pp = '<w:pPr>%s</w:pPr>' % ppr if ppr else ''
        return ('<w:p w14:paraId="%s" w14:textId="%s" w:rsidR="%s" w:rsidRDefault="%s" w:rsidP="%s">%s%s</w:p>'
                % (self.pid(), self.pid(), rs, self.rsids[0], rs, pp, body))

    def cell(self, width, paras, shade=None):
        pr = '<w:tcW w:w="%d" w:type="dxa"/>' % width
        if shade:
            pr += '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % shade
        return '<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>' % (pr, ''.join(paras))

    def row(self, cells, header=False):
        trpr = '<w:trPr><w:tblHeader/></w:trPr>' if header else ''
        return '<w:tr w:rsidR="%s" w14:paraId="%s" w14:textId="%s">%s%s</w:tr>' % (
            self.cur, self.pid(), self.pid(), trpr, ''.join(cells))

    def table(self, grid, rows, look='04A0'):
        return ('<w:tbl><w:tblPr><w:tblStyle w:val="Tabellrutnt"/><w:tblW w:w="0" w:type="auto"/>'
                '<w:tblLook w:val="%s" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
                'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>%s</w:tblGrid>%s</w:tbl>'
                % (look, ''.join('<w:gridCol w:w="%d"/>' % g for g in grid), ''.join(rows)))


def w_heading_style(sid, name, lvl, sz, color, before, num=None):
    n = lvl + 1
    numpr = '<w:numPr><w:numId w:val="%d"/></w:numPr>' % num if num else ''
    return (
        '<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/><w:basedOn w:val="Normal"/>'
        '<w:next w:val="Normal"/><w:link w:val="{sid}Char"/><w:uiPriority w:val="9"/>{unhide}<w:qFormat/>'
        '<w:pPr><w:keepNext/><w:keepLines/>{numpr}<w:spacing w:before="{before}" w:after="0"/>'
        '<w:outlineLvl w:val="{lvl}"/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" '
        'w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/>'
        '<w:color w:val="{color}"/><w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/></w:rPr></w:style>'
        '<w:style w:type="character" w:customStyle="1" w:styleId="{sid}Char"><w:name w:val="Rubrik {n} Char"/>'
        '<w:basedOn w:val="Standardstycketeckensnitt"/><w:link w:val="{sid}"/><w:uiPriority w:val="9"/>'
        '<w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" '
        'w:cstheme="majorBidi"/><w:color w:val="{color}"/><w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/></w:rPr>'
        '</w:style>').format(sid=sid, name=name, lvl=lvl, sz=sz, color=color, before=before, n=n,
                             numpr=numpr, unhide='' if lvl == 0 else '<w:semiHidden/><w:unhideWhenUsed/>')


def w_styles(h2_num=None, para_spacing='w:after="160" w:line="259" w:lineRule="auto"'):
    latent = ('<w:lsdException w:name="Normal" w:uiPriority="0" w:qFormat="1"/>'
              '<w:lsdException w:name="heading 1" w:uiPriority="9" w:qFormat="1"/>'
              + ''.join('<w:lsdException w:name="heading %d" w:semiHidden="1" w:uiPriority="9" '
                        'w:unhideWhenUsed="1" w:qFormat="1"/>' % i for i in range(2, 10))
              + '<w:lsdException w:name="Title" w:uiPriority="10" w:qFormat="1"/>'
              '<w:lsdException w:name="Subtitle" w:uiPriority="11" w:qFormat="1"/>'
              '<w:lsdException w:name="Table Grid" w:uiPriority="39"/>'
              '<w:lsdException w:name="List Paragraph" w:uiPriority="34" w:qFormat="1"/>')
    return DECL + (
        '<w:styles %s>'
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" '
        'w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:kern w:val="2"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
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
        '<w:style w:type="paragraph" w:styleId="Underrubrik"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/>'
        '<w:next w:val="Normal"/><w:uiPriority w:val="11"/><w:qFormat/><w:pPr><w:numPr><w:ilvl w:val="1"/>'
        '</w:numPr></w:pPr><w:rPr><w:rFonts w:eastAsiaTheme="minorEastAsia"/><w:color w:val="5A5A5A" '
        'w:themeColor="text1" w:themeTint="A5"/><w:spacing w:val="15"/></w:rPr></w:style>'
        '<w:style w:type="table" w:styleId="Tabellrutnt"><w:name w:val="Table Grid"/><w:basedOn w:val="Normaltabell"/>'
        '<w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" '
        'w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" '
        'w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Liststycke"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/>'
        '<w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>'
        '</w:styles>'
    ) % (W_NS_SHORT, para_spacing, latent,
         w_heading_style('Rubrik1', 'heading 1', 0, 32, '2F5496', 240),
         w_heading_style('Rubrik2', 'heading 2', 1, 26, '2F5496', 40, h2_num))


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


def w_core(creator, last, rev, created, modified, title=''):
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


def w_numbering(kind):
    """A numbering part: 'decimal' (Heading 2 numbered 1., 2., ...) or
    'bullet' (a bulleted list in the Symbol font)."""
    if kind == 'decimal':
        lvls = ''.join(
            '<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="decimal"/>%s<w:lvlText w:val="%s"/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr></w:lvl>'
            % (i, '<w:pStyle w:val="Rubrik2"/>' if i == 0 else '', '.'.join('%%%d' % (k + 1) for k in range(i + 1))
               + ('.' if i == 0 else ''), 432 + 144 * i, 432 + 144 * i) for i in range(9))
        abstract = ('<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0"><w:nsid w:val="2B6C1E04"/>'
                    '<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="4E2A7F10"/>%s</w:abstractNum>' % lvls)
    else:
        glyphs = ['\uf0b7', 'o', '\uf0a7']
        fonts = ['Symbol', 'Courier New', 'Wingdings']
        lvls = ''.join(
            '<w:lvl w:ilvl="%d" w:tplc="041D%s"%s><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
            '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="360"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:hint="default"/></w:rPr></w:lvl>'
            % (i, ('0001', '0003', '0005')[i % 3], ' w:tentative="1"' if i else '', glyphs[i % 3],
               720 * (i + 1), fonts[i % 3], fonts[i % 3]) for i in range(9))
        abstract = ('<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0"><w:nsid w:val="61D83A5C"/>'
                    '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="C87A3E24"/>%s</w:abstractNum>' % lvls)
    return DECL + '<w:numbering %s>%s<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>' % (
        W_NS, abstract)


def w_sectpr(doc):
    return ('<w:sectPr w:rsidR="%s" w:rsidSect="%s"><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" '
            'w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/>'
            '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>' % (doc.rsids[0], doc.rsids[0]))


WORD_ZIP_TIME = dt(1980, 1, 1)


def docx_bytes(doc, body_paras, meta, numbering=None, h2_num=None):
    """A Word package, entry by entry as Word writes it (deflated, general
    purpose flags 0x0006, dated 1980-01-01 00:00)."""
    body_paras = list(body_paras)
    # Word leaves its _GoBack bookmark where the cursor was last
    body_paras[-1] = body_paras[-1].replace(
        '</w:p>', '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/></w:p>')
    document = DECL + '<w:document %s><w:body>%s%s</w:body></w:document>' % (
        W_NS, ''.join(body_paras), w_sectpr(doc))
    rels = []
    ctypes = [('/word/document.xml', CT + 'document.main+xml')]
    parts = {}

    def add(target, rtype, ctype, data):
        rels.append((len(rels) + 1, REL + rtype, target))
        parts['word/' + target] = data
        ctypes.append(('/word/' + target, ctype))

    if numbering:
        add('numbering.xml', 'numbering', CT + 'numbering+xml', numbering)
    add('styles.xml', 'styles', CT + 'styles+xml', w_styles(h2_num))
    add('settings.xml', 'settings', CT + 'settings+xml', w_settings(doc.rsids, meta['docid']))
    add('webSettings.xml', 'webSettings', CT + 'webSettings+xml', w_web_settings())
    add('fontTable.xml', 'fontTable', CT + 'fontTable+xml', w_fonts())
    add('theme/theme1.xml', 'theme', 'application/vnd.openxmlformats-officedocument.theme+xml', w_theme())
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
    parts.update({'[Content_Types].xml': content_types, '_rels/.rels': root_rels,
                  'word/document.xml': document, 'word/_rels/document.xml.rels': doc_rels,
                  'docProps/core.xml': w_core(meta['creator'], meta['last'], meta['revision'], meta['created'],
                                              meta['modified'], meta.get('title', '')),
                  'docProps/app.xml': w_app(document, meta['company'], meta['minutes'], meta['pages'])})
    order = ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/_rels/document.xml.rels',
             'word/theme/theme1.xml', 'word/settings.xml', 'word/numbering.xml', 'word/styles.xml',
             'word/webSettings.xml', 'word/fontTable.xml', 'docProps/core.xml', 'docProps/app.xml']
    order = [n for n in order if n in parts]
    assert sorted(order) == sorted(parts)
    return write_zip([Entry(n.encode('ascii'), parts[n].encode('utf-8'), WORD_ZIP_TIME, flags=0x0006)
                      for n in order])



# ===========================================================================
# Quoted-printable (copied from ../varied70/make/build.py)
# ===========================================================================
def qp(text, charset):
    """Quoted-printable of a CRLF text, lines of at most 76 characters."""
    out = []
    for line in text.split('\r\n'):
        enc = ''
        for ch in line:
            b = ch.encode(charset)
            for c in b:
                if (33 <= c <= 126 and c != 61) or c == 32:
                    enc += chr(c)
                else:
                    enc += '=%02X' % c
        if enc.endswith(' '):
            enc = enc[:-1] + '=20'
        while len(enc) > 76:
            cut = 75
            while enc[cut - 1] == '=' or enc[cut - 2] == '=':
                cut -= 1
            out.append(enc[:cut] + '=')
            enc = enc[cut:]
        out.append(enc)
    return '\r\n'.join(out)


def q_word(s):
    """An RFC 2047 Q-encoded word in UTF-8, as Apple's Mail writes it."""
    out = ''
    for b in s.encode('utf-8'):
        c = chr(b)
        if c == ' ':
            out += '_'
        elif c.isalnum() and b < 128 or c in '!*+-/':
            out += c
        else:
            out += '=%02X' % b
    return '=?utf-8?Q?%s?=' % out


# ===========================================================================
# The minutes. READING[file] holds the text of a file as a reader should get
# it, line by line (printed with VARIED71_LINES=1).
# ===========================================================================
READING = {}


# ---------------------------------------------------------------------------
# 1. Typed on an English keyboard: no å, ä, ö (TextEdit, UTF-8, LF)
# ---------------------------------------------------------------------------
F1 = 'Minnesanteckningar natverket 19 nov.txt'
F1_TEXT = '''MINNESANTECKNINGAR
Natverket for ekonomiskt bistand

Datum: onsdag 19 november 2025, kl 9.30–12.00
Plats: Hoganas, Kommunhuset, rum Lerberget
Ordforande: Ragnvi Sjoholm, Hoganas
Sekreterare: Gwilym Price, Helsingborg

Narvarande:
- Ragnvi Sjoholm, Hoganas
- Gwilym Price, Helsingborg
- Torbritt Akesson, Angelholm
- Nuwan Jayawardena, Landskrona
- Zlatka Markovic, Astorp
- Herbjorn Nyqvist, Bastad
- Teuta Krasniqi, Svalov
- Arnljot Falt, Orkelljunga

Franvarande: Mirsada Hodzic, Bjuv; Solgun Bergstrom, Klippan
Gast: Kalliopi Andreou, budget- och skuldradgivare, Konsumentvagledningen i Helsingborg (punkt 3)
Perstorp hade ingen representant.

1. Motets oppnande
Ragnvi Sjoholm halsade alla valkomna till Hoganas, sarskilt Kalliopi Andreou. Dagordningen godkandes.

2. Riktlinjer for hyresskulder
Torbritt Akesson tog upp att Angelholms socialnamnd har beslutat om strangare regler fran den 1 januari.
Hon sa: “Vi betalar inte langre samma hyresskuld tva ganger pa ett ar.”
Nuwan Jayawardena fragade om reglerna galler barnfamiljer. Torbritt svarade att barnfamiljer alltid bedoms for sig.
Beslut: Torbritt Akesson skickar riktlinjerna till natverket fore jul.

3. Unga vuxna med skulder
Kalliopi Andreou berattade att allt fler unga under 25 ar soker hjalp for skulder fran sms-lan och kop pa kredit.
Enligt Kalliopi har antalet unga som soker skuldradgivning fordubblats pa tva ar.
Zlatka Markovic holl med och sa att Astorp ser samma sak.
Beslut: Natverket bjuder in Konsumentvagledningen till en gemensam utbildningsdag i mars.

4. E-tjanst for ansokan
Herbjorn Nyqvist lyfte att Bastad sedan september tar emot ansokningar via en e-tjanst.
Han sa: “Halften av ansokningarna kommer nu in pa kvallar och helger.”
Teuta Krasniqi tyckte att Svalov borde vanta tills e-tjansten ar utvarderad.
Inget beslut.

5. Ovriga fragor
Arnljot Falt informerade om att Orkelljunga far en ny enhetschef for forsorjningsstod i januari.
Nuwan Jayawardena berattade att Landskrona flyttar mottagningen till Stationshuset i februari.

Nasta mote: onsdag 21 januari 2026 kl 9.30 i Angelholm.

/Gwilym
PS. Ursakta att prickarna over a och o saknas – jag skriver pa min engelska laptop.
'''


def f1_txt():
    assert all(ch not in F1_TEXT for ch in 'åäöÅÄÖ')
    return F1_TEXT.encode('utf-8'), F1_TEXT.split('\n')


# ---------------------------------------------------------------------------
# 2. Abbreviation-heavy Word file
# ---------------------------------------------------------------------------
F2 = 'Minnesant DV-nätverket 12 mars.docx'


def f2_docx():
    d = WordDoc(['00B3E7A1', '004C92F5', '00D1606B', '0072AE38'], 0x51C2E9)
    x, r = [], []

    def P(text, **kw):
        x.append(d.p(text, **kw))
        r.append(text)
    P('Nätverket för daglig verksamhet', style='Rubrik')
    P('Minnesant. nätverksträff tors 12/3-26 kl. 13.00–15.30', spacing='w:before="120"')
    d.next_rsid()
    for line in ['**Plats:** Landskrona, Stadshuset, rum Citadellet',
                 '**Ordf:** Gunnvald Ek (Lkr)',
                 '**Sekr:** [[Chanida]] [[Srisuk]] (Hbg)',
                 '**Närv:** Gunnvald Ek, [[Chanida]] [[Srisuk]], [[Vlastimil]] Horák (Ängelh.), [[Ingefrid]] '
                 'Mårtensson (Klippan), Dimitar Petkov (Bjuv), [[Asmeret]] [[Tesfamariam]] (Åstorp), Kashif Mahmood '
                 '(Perstorp)',
                 '**Frånv:** [[Blerina]] Hoxha (Hög.), [[Torulf]] Sandell (Båstad)',
                 '**Adj:** Nadeem Aslam, Arbetsförm. Hbg (p. 3)']:
        P(line, spacing='w:after="0"')
    P('Ej repr.: Svalöv, Örkelljunga')
    items = [
        ('p. 1 Öppn. o. dagordn.', [
            'Gunnvald öppnade. Dagordn. godk. m. tillägg under p. 5.']),
        ('p. 2 Habiliteringsersättn.', [
            '[[Vlastimil]] H. tog upp att Ängelh. höjer hab.ersättn. till 80 kr/dag fr.o.m. 1/7.',
            'Enl. [[Vlastimil]] kommer deltagarna i de andra kommunerna att fråga varför de får mindre.',
            'Dimitar P. frågade ang. kostnaden. [[Vlastimil]] svarade ca 300 tkr/år för Ängelh.',
            '**Besl:** Resp. kommun tar frågan till sin nämnd före sommaren.',
            '**Åtg:** sammanst. av ersättningsnivåerna i alla FH-kommuner, ansv: Gunnvald.']),
        ('p. 3 Samarb. m. Arbetsförm.', [
            'Nadeem A. informerade om att Af fr.o.m. hösten har en kontaktperson per kommun för deltagare som '
            'vill vidare mot lönebidrag.',
            'Han sa: ”Ingen ska behöva börja om hos oss bara för att man flyttar till en annan kommun.”',
            '[[Asmeret]] T. frågade om ev. väntetid. Nadeem svarade ca 6 veckor.',
            '**Besl:** [[Chanida]] skickar ut Af:s kontaktlista när den är klar.']),
        ('p. 4 Resor t. dagl. verks.', [
            '[[Ingefrid]] M. lyfte att bl.a. Klippan har problem m. färdtjänsten på morgnarna sedan den nya '
            'upphandlingen.',
            'Enl. [[Ingefrid]] kommer ca 10 deltagare för sent varje dag.',
            'Kashif M. höll med, samma i Perstorp.',
            'Inget besl.']),
        ('p. 5 Övr.', [
            'Kashif M.: Perstorp öppnar ett café som ny verksamhet i maj.',
            '[[Chanida]] S.: Hbg söker två nya handledare, ansökan t.o.m. 31/3.']),
    ]
    for title, paras in items:
        d.next_rsid()
        P('**%s**' % title, keep=True, spacing='w:before="200" w:after="60"', mark_rpr='<w:b/><w:bCs/>')
        for t in paras:
            P(t)
    d.next_rsid()
    P('Nästa möte: tors 23/4 kl. 13.00 i Hbg.', spacing='w:before="240"')
    P('Vid protokollet: [[Chanida]] S.')
    meta = dict(docid='3B9D51E7-0A4C-4E28-8F16-72C5B0D9A3E4', creator='Chanida Srisuk',
                last='Chanida Srisuk', revision=3, created='2026-03-12T12:05:00Z',
                modified='2026-03-13T07:41:00Z', company='Helsingborgs stad', minutes=29, pages=1)
    return docx_bytes(d, x, meta), r


# ---------------------------------------------------------------------------
# 3. Typed on a phone: lowercase, "/" separators, emojis (UTF-8, LF)
# ---------------------------------------------------------------------------
F3 = 'anteckningar missbruksnätverket.txt'
F3_TEXT = '''missbruksnätverket tis 20/5-25 \U0001F4DD
plats: klippan, kommunhuset, rum vedby
kl 9-12 \u2615\ufe0f

närvarande: torvid håkansson (klippan, ordf) / anong phommachanh (hbg) / sokha chea (landskrona) / elsvi norrman (höganäs) / kalju tamm (ängelholm) / fikreta begić (bjuv) / pradeep nair (åstorp)
ej med: solvejg dahl (båstad) / zozan aydın (perstorp)
gäst: mahina akana, beroendecentrum region skåne (pkt 2)

1) runda
alla berättade kort. mycket sjukskrivningar i vår \U0001F912

2) väntetider
mahina: väntetiden till avgiftning i hbg är nere i 5 dagar \U0001F44D
mahina sa ”ring oss direkt, inte via vårdcentralen”
anong frågade om unga under 18 ingår - mahina: ja från 16
beslut: torvid bjuder in beroendecentrum igen i höst

3) spelberoende
kalju tog upp att ängelholm har fått 4 anmälningar om spelskulder sen jan
kalju: vi behöver en gemensam rutin för hela fh
fikreta höll med, samma i bjuv
beslut: kalju + elsvi gör utkast till rutin till nästa gång

4) sprutbyte
pradeep: åstorp har inget att erbjuda klienterna, de får åka till malmö \U0001F615
pradeep sa "vi skickar dem dit på måfå" \U0001F937\u200d\u2642\ufe0f
inget beslut

5) övrigt
sokha: landskrona söker ny alkoholhandläggare
elsvi: höganäs flyttar mottagningen till nyhamnsläge i aug

nästa: tis 16/9 i åstorp
'''


def f3_txt():
    return F3_TEXT.encode('utf-8'), F3_TEXT.split('\n')


# ---------------------------------------------------------------------------
# 4. Dictated with iPhone speech-to-text, mailed from iPhone Mail
# ---------------------------------------------------------------------------
F4 = 'Anteckningar från nätverksträffen.eml'
F4_BODY = '''Hej alla

Här kommer anteckningarna från nätverksträffen idag. Jag dikterade dem i bilen på vägen hem så det kan ha blivit lite konstigt här och där

Nätverket för våld i nära relationer minnesanteckningar

Mötet var tisdagen den tredje mars 2026 klockan nio till tolv. I Ängelholm på rådhuset i rum Kronoskogen

Närvarande var Salote Fifita från Ängelholm som var ordförande Jiyan Karimi från Helsingborg, Spyridon Alexiou från Landskrona Dilani Wickramasinghe från Klippan Mindaugas Petrauskas från Höganäs Shabnam Rahimi från bjud och jag Vilayvanh Sisouk från Åstorp som skrev anteckningarna

Förhinder hade Tevita Lolohea från Båstad och Blagica Stojanovska från Svalöv. Perstorp och Örkelljunga var inte med

Gäst under punkt två var Theofanis Georgiou från polisen i nordvästra Skåne

Punkt ett mötets öppnande
Salote hälsade alla välkomna och vi godkände dagordningen

Punkt två polisens arbete med kontaktförbud
Theofanis Georgiou berättade att polisen i nordvästra Skåne har fått två nya utredare som bara arbetar med våld i nära relationer
Enligt Theofanis kommer de flesta ansökningar om kontaktförbud in först när kvinnan redan har flyttat hem igen
Jiyan frågade hur lång tid det tar att få ett beslut om kontaktförbud. Theofanis svarade ungefär en vecka
Beslut Shabnam bjuder in polisen till ett gemensamt möte med socialjouren i maj.

Punkt tre skyddat boende för män
Dilani Wickramasinghe tog upp att Klippan har haft tre män som behövt skyddat boende sedan jul men att det inte finns någon plats i hela Skåne
Hon sa ”vi får placera dem på hotell och det är inte skyddat”
Mindaugas höll med och sa att Höganäs har samma problem
Inget beslut men vi tar upp det igen i höst

Punkt fyra övrigt
Spyridon Alexiou berättade att Landskrona startar en grupp i april för barn som har sett våld hemma
Shabnam Rahimi informerade om att hennes kommun har fått pengar från Länsstyrelsen till en samordnare mot våld

Nästa möte blir tisdagen den fjortonde april i Helsingborg

Hälsningar Vilayvanh

Skickat från min iPhone'''


def f4_eml():
    sent = dt(2026, 3, 3, 17, 42, 9)
    body = F4_BODY.replace('\n', '\r\n') + '\r\n'
    head = [
        'Content-Type: text/plain;',
        '\tcharset=utf-8',
        'Content-Transfer-Encoding: quoted-printable',
        'From: Vilayvanh Sisouk <vilayvanh.sisouk@astorp.example>',
        'Mime-Version: 1.0 (1.0)',
        'Date: %s, %d %s %d %02d:%02d:%02d +0100' % (
            ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')[sent.weekday()], sent.day,
            ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')[sent.month - 1],
            sent.year, sent.hour, sent.minute, sent.second),
        'Subject: ' + q_word('Anteckningar från nätverksträffen 3/3'),
        'Message-Id: <8E2F4C1A-6B3D-4F7E-9A21-3C5D7E9B1F02@astorp.example>',
        'To: %s <vinr-natverket@familjenhelsingborg.example>' % q_word('Nätverket våld i nära relationer'),
        'X-Mailer: iPhone Mail (23D127)',
        '',
        qp(body, 'utf-8'),
    ]
    return '\r\n'.join(head).encode('ascii'), F4_BODY.split('\n')


# ---------------------------------------------------------------------------
# 5. One paragraph per item, initials in parentheses (Word)
# ---------------------------------------------------------------------------
F5 = 'Minnesanteckningar barn och unga 2024-10-11.docx'


def f5_docx():
    d = WordDoc(['006A1F3C', '00E27B94', '0038C5D0', '00914E2B', '00C7035F'], 0x2D8F63)
    x, r = [], []

    def P(text, **kw):
        x.append(d.p(text, **kw))
        r.append(text)
    P('Minnesanteckningar', style='Rubrik')
    P('Nätverket för barn och unga', style='Underrubrik')
    d.next_rsid()
    for line in ['**Datum:** fredag 11 oktober 2024, kl. 9.00–12.00',
                 '**Plats:** Båstad, Kommunhuset, rum Hemmeslöv',
                 '**Ordförande:** RB',
                 '**Antecknare:** TA']:
        P(line, spacing='w:after="0"')
    P('**Deltagare** – initialerna används i texten nedan:', spacing='w:before="200" w:after="60"', keep=True)
    d.next_rsid()
    for line in ['RB = [[Ragnborg]] Bengtsson, Båstad',
                 'TA = [[Tanushree]] [[Acharya]], Helsingborg',
                 'WA = [[Wahidullah]] Azizi, Landskrona',
                 'ML = [[Maarika]] Lepp, Höganäs',
                 'JT = [[Jucelino]] Teixeira, Ängelholm',
                 'GS = [[Gönül]] Şahin, Bjuv',
                 'HK = [[Helfrid]] Karlgren, Örkelljunga',
                 'NW = [[Ngaio]] Whitfield, barnrättsstrateg, Region Skåne (gäst, punkt 2)']:
        P(line, spacing='w:after="0"')
    P('**Frånvarande:** [[Egidijus]] [[Kazlauskas]] (Svalöv), [[Souksavanh]] [[Vongsa]] (Perstorp)',
      spacing='w:before="120"')
    items = [
        ('1. Inledning',
         'RB hälsade välkommen till Båstad och presenterade NW. Dagordningen godkändes och anteckningarna från '
         'mötet i augusti lades till handlingarna.'),
        ('2. Barnets röst i utredningar',
         'Region Skåne har tagit fram en vägledning för hur barnets bästa ska dokumenteras när både hälso- och '
         'sjukvården och socialtjänsten är inblandade (NW). I nästan hälften av de utredningar som granskades '
         'saknades barnets egna ord (NW). ”Vi skriver om barnet, men sällan med barnet” (NW). Fråga om '
         'vägledningen finns på lättläst svenska (JT) – den kommer i januari (NW). Håller med, barnets röst '
         'försvinner ofta när ett ärende blir akut (GS). **Beslut:** TA skickar vägledningen till alla kommuner '
         'i nätverket.'),
        ('3. Placeringar långt hemifrån',
         'Landskrona har just nu elva barn placerade i HVB-hem utanför Skåne (WA). Det tar en hel arbetsdag att '
         'besöka ett barn i Norrland, så besöken blir för sällan (WA). Instämmer, samma sak i Örkelljunga (HK). '
         'Fråga om kommunerna kan samordna sina resor (ML) – bra idé, men sekretessen gör det svårt (WA). '
         '**Beslut:** WA och ML tar fram ett förslag till gemensam reserutin till decembermötet.'),
        ('4. Elever med lång skolfrånvaro',
         'Ängelholm startar i november ett team tillsammans med skolan för elever som har varit borta länge '
         '(JT). ”Vi måste vara där innan eleven har varit hemma ett helt år” (JT). Fråga om teamet också tar '
         'emot elever från Bjuv (GS) – inte i år (JT). Inget beslut.'),
        ('5. Övrigt',
         'Örkelljunga har fått två nya familjehem under hösten (HK). Höganäs byter verksamhetssystem den '
         '1 december (ML).'),
    ]
    for title, para in items:
        d.next_rsid()
        P(title, style='Rubrik2')
        P(para)
    d.next_rsid()
    P('Nästa möte: fredag 6 december 2024 kl. 9.00 i Helsingborg.', spacing='w:before="240"')
    meta = dict(docid='C4E07A92-5D1B-4B3F-A86E-0F29D7B1C358', creator='Tanushree Acharya',
                last='Tanushree Acharya', revision=5, created='2024-10-11T10:58:00Z',
                modified='2024-10-14T13:20:00Z', company='Båstads kommun', minutes=47, pages=2)
    return docx_bytes(d, x, meta), r


# ---------------------------------------------------------------------------
# 6. A running file of two meetings, Windows-1252, CRLF (Notepad, ANSI)
# ---------------------------------------------------------------------------
F6 = 'Flyktingnätverket 2024.txt'
F6_TEXT = '''NÄTVERKET FÖR FLYKTINGMOTTAGNING – minnesant. 2024
Löpande fil, nytt möte läggs till sist. /Songül

==================================================
Möte 24-02-06
Plats: Perstorp, Kommunhuset, rum Spången
Ordf: Fernão Ribeiro
Sekr: Songül Arslan
Närv: Fernão Ribeiro (Perstorp), Songül Arslan (Svalöv), Rosângela Lima (Hbg), Mirwais Stanikzai (Landskr.), Ingevald Persson (Klippan), Tharindu Silva (Åstorp), Gunta Ozola (Höganäs)
Frånv: Zilola Yusupova (Bjuv), Rithy Sok (Örkelljunga)
Adj: Xaliimo Cali, samhällskommunikatör, Länsstyrelsen Skåne (p. 2)

1. Föreg. minnesant.
Godk. utan ändr.

2. Samhällsorientering på somaliska
Xaliimo Cali informerade om att Länsstyrelsen fr.o.m. mars har en kurs på somaliska i Helsingborg en förmiddag i veckan.
Hon sa: "Många kvinnor kommer inte om kursen ligger på kvällen."
Tharindu S. frågade ang. platser för deltagare från Åstorp. Xaliimo svarade att alla elva kommuner får anmäla.
Besl: Songül skickar ut inbjudan till alla kommuner i nätverket.

3. Bostäder för nyanlända
Mirwais S. tog upp att Landskrona har fått ett högre kommuntal för 2024 än det finns lägenheter till.
Enl. Mirwais väntar sju hushåll på en egen bostad.
Gunta O. menade att Höganäs har samma problem.
Besl: Mirwais och Gunta kontaktar de allmännyttiga bolagen tillsammans.
Åtg: lista över lediga lägenheter i FH-kommunerna, ansv: Mirwais S.

4. Övr.
Rosângela L.: Hbg anställer två nya boendecoacher fr.o.m. april.
Ingevald P.: Klippan avslutar sitt boende för ensamkommande i juni.

Nästa möte: 9/4 i Svalöv.

==================================================
Möte 9.4.2024
Plats: Svalöv, Kommunhuset, rum Kågeröd
Ordf: Fernão Ribeiro
Sekr: Songül Arslan
Närv: Fernão Ribeiro (Perstorp), Songül Arslan (Svalöv), Zilola Yusupova (Bjuv), Rithy Sok (Örkelljunga), Rosângela Lima (Hbg), Ingevald Persson (Klippan), Gunta Ozola (Höganäs)
Frånv: Mirwais Stanikzai (Landskr.), Tharindu Silva (Åstorp)
Adj: –

1. Minnesant. från 6/2
Godk.

2. Skyddsbehövande från Ukraina
Zilola Y. tog upp att Bjuv fortfarande har nio hushåll med tillfälligt skydd och att ersättningen ändras fr.o.m. 1/7.
Zilola: "Familjerna vet inte om de kan bo kvar efter sommaren."
Rosângela L. frågade om Migrationsverket har lovat besked. Zilola svarade nej.
Inget besl.

3. Språkvänsprojekt
Rithy S. lyfte att Örkelljunga vill starta ett projekt med språkvänner ihop med Svenska kyrkan och bl.a. PRO.
Enl. Rithy har 15 pensionärer redan anmält intresse.
Ingevald P. tyckte att Klippan kan vara med.
Besl: Rithy och Ingevald gör en gemensam ansökan om föreningsbidrag.

4. Övrigt
Gunta O.: Höganäs får en ny integrationssamordnare i maj.

Nästa möte: 4/6 i Bjuv.
'''


def f6_txt():
    return F6_TEXT.replace('\n', '\r\n').encode('cp1252'), F6_TEXT.split('\n')


# ===========================================================================
def build():
    files = {}
    for name, fn in [(F1, f1_txt), (F2, f2_docx), (F3, f3_txt), (F4, f4_eml), (F5, f5_docx), (F6, f6_txt)]:
        data, lines = fn()
        files[name] = data
        READING[name] = [plain(x) for x in lines]
    for name, data in files.items():
        with open(os.path.join(OUT, name), 'wb') as f:
            f.write(data)
    if LINES:
        for name, lines in READING.items():
            print('=== ' + name)
            for ln in lines:
                if ln.strip():
                    print('  ' + ln)
    return files


if __name__ == '__main__':
    build()
