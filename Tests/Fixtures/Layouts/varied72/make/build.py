#!/usr/bin/env python3
"""Writes the six files of the seventy-second set of layout fixtures: habits
of minute-writers that the earlier sets did not cover.

  1. Minnesanteckningar stödfamiljer 10 mars.docx
       Word 365. The decisions carry no label at all: they are marked with
       yellow highlighting (w:highlight), as the line "Beslut är
       gulmarkerade." under the header says. The item headings are Heading 2
       numbered by Word (numbering.xml); the text has no item numbers.
  2. Krisberedskap nätverksträff 16 april.odt
       LibreOffice Writer 7.6 on Windows. The attendance is the list of
       those invited ("Kallade:"), copied from the invitation, in which the
       names of the two who did not come are struck through.
  3. Separationsnätverket 2026.txt
       A running text file (UTF-8, CRLF, Windows Notepad) of two meetings.
       The network's members stand once at the top, one line per kommun;
       each meeting gives its attendance as "alla utom …" (everybody except
       …), naming kommuner or first names.
  4. Anteckningar mottagningar 2026-02-09.rtf
       WordPad (Windows 10). Every item ends with a "Medskick:" line – what
       each member takes home to her own kommun – besides or instead of a
       "Beslut:" line. A Medskick is no decision.
  5. Barngruppsledare 23 januari.htm
       Word's "Spara som > Webbsida, filtrerad" (Windows-1252, CRLF, source
       lines broken at about 76 characters, list numbers as literal text).
       The network's coordinator both led the meeting and wrote the notes
       ("Mötesledare och antecknare:") and writes about herself as "jag".
       The meeting was held on Teams: "Plats: Digitalt via Teams".
  6. Minnesanteckningar nätverksträff 12 maj.eml
       Outlook on the web, multipart/alternative in UTF-8 and base64. The
       writer, a former journalist, writes like a reporter: statements are
       quotations opened by a dash (talstreck) with the speaker after them
       ("– …, sa Tjalve Roos från Ängelholm."), or reported with the
       speaker at the end ("…, berättade Gunnlaug Borg.").

Python 3 standard library only. Deterministic: every time stamp, rsid and
id is fixed, so a rebuild gives identical bytes (with the same zlib).
Run from anywhere:  python3 make/build.py   (writes into the folder above make/)
VARIED72_LINES=1 prints the text of every file as a reader should get it.
The Word package writer, the zip writer and the OpenDocument writer are
copied from ../varied71/make/build.py and ../varied70/make/build.py (with
two additions to the inline markup: == for yellow highlighting in Word and
~~ for struck-through text in OpenDocument).
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
LINES = os.environ.get('VARIED72_LINES') == '1'


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

# Inline markup of the texts below: **bold**, ==highlighted in yellow== (added
# for this set), ~~struck through~~ (added for this set, used in the .odt),
# [[word]] a word Word's speller marks (w:proofErr, no effect on the text),
# ¦ a new run with another rsid, \n a line break inside the paragraph
# (Shift+Enter, <w:br/>).
TOKEN = re.compile(r'(\*\*|==|~~|\[\[|\]\]|¦|\n)')


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
        bold = mark = False
        for tok in TOKEN.split(text):
            if tok == '**':
                bold = not bold
            elif tok == '==':
                mark = not mark
            elif tok == '~~':
                continue
            elif tok == '[[':
                out.append('<w:proofErr w:type="spellStart"/>')
            elif tok == ']]':
                out.append('<w:proofErr w:type="spellEnd"/>')
            elif tok == '¦':
                self.next_rsid()
            elif tok == '\n':
                out.append('<w:r w:rsidR="%s"><w:br/></w:r>' % self.cur)
            elif tok:
                props = ('<w:b/><w:bCs/>' if bold else '') + rpr + ('<w:highlight w:val="yellow"/>' if mark else '')
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
# OpenDocument as LibreOffice Writer 7.6 saves it (here: on Windows)
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
ODF_GENERATOR = 'LibreOffice/7.6.4.1$Windows_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1'
ODF_FONTS = (
    '<office:font-face-decls>'
    '<style:font-face style:name="Arial Unicode MS1" svg:font-family="&apos;Arial Unicode MS&apos;" '
    'style:font-family-generic="swiss"/>'
    '<style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" '
    'style:font-family-generic="swiss" style:font-pitch="variable"/>'
    '<style:font-face style:name="Liberation Serif" svg:font-family="&apos;Liberation Serif&apos;" '
    'style:font-family-generic="roman" style:font-pitch="variable"/>'
    '<style:font-face style:name="Arial Unicode MS" svg:font-family="&apos;Arial Unicode MS&apos;" '
    'style:font-family-generic="system" style:font-pitch="variable"/>'
    '<style:font-face style:name="Microsoft YaHei" svg:font-family="&apos;Microsoft YaHei&apos;" '
    'style:font-family-generic="system" style:font-pitch="variable"/>'
    '</office:font-face-decls>')
def odf_styles_xml():
    text_defaults = (
        'style:use-window-font-color="true" loext:opacity="0%" style:font-name="Liberation Serif" '
        'fo:font-size="12pt" fo:language="sv" fo:country="SE" style:letter-kerning="true" '
        'style:font-name-asian="Microsoft YaHei" style:font-size-asian="10.5pt" style:language-asian="zh" '
        'style:country-asian="CN" style:font-name-complex="Arial Unicode MS" style:font-size-complex="12pt" '
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
        'style:font-pitch-asian="variable" style:font-size-asian="14pt" style:font-name-complex="Arial Unicode MS" '
        'style:font-family-complex="&apos;Arial Unicode MS&apos;" style:font-family-generic-complex="system" '
        'style:font-pitch-complex="variable" style:font-size-complex="14pt"/></style:style>'
        '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" '
        'style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-top="0cm" '
        'fo:margin-bottom="0.247cm" style:contextual-spacing="false" fo:line-height="115%%"/></style:style>'
        '<style:style style:name="List" style:family="paragraph" style:parent-style-name="Text_20_body" '
        'style:class="list"><style:text-properties style:font-size-asian="12pt" '
        'style:font-name-complex="Arial Unicode MS1" style:font-family-complex="&apos;Arial Unicode MS&apos;" '
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
        '<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" '
        'style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:orphans="0" '
        'fo:widows="0" text:number-lines="false" text:line-number="0"/></style:style>'
        '<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" '
        'style:parent-style-name="Table_20_Contents" style:class="extra"><style:paragraph-properties '
        'fo:text-align="center" style:justify-single-word="false" text:number-lines="false" text:line-number="0"/>'
        '<style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" '
        'style:font-weight-complex="bold"/></style:style>'
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




def odf_runs(text):
    """Markup to ODF inline content: **bold** -> a span with the bold automatic
    text style T1; ¦ -> what follows is a span with another rsid (T2);
    ~~struck~~ -> a span with the struck-through text style T4 (added for
    this set)."""
    out = []
    bold = other = strike = False
    for tok in TOKEN.split(text):
        if tok == '**':
            bold = not bold
        elif tok == '~~':
            strike = not strike
        elif tok == '¦':
            other = True
        elif tok in ('[[', ']]', '=='):
            continue
        elif tok == '\n':
            out.append('<text:line-break/>')
        elif tok:
            t = esc(tok)
            if strike:
                out.append('<text:span text:style-name="T4">%s</text:span>' % t)
            elif bold and other:
                out.append('<text:span text:style-name="T3">%s</text:span>' % t)
            elif bold:
                out.append('<text:span text:style-name="T1">%s</text:span>' % t)
            elif other:
                out.append('<text:span text:style-name="T2">%s</text:span>' % t)
            else:
                out.append(t)
    return ''.join(out)


def odf_p(style, text=''):
    inner = odf_runs(text)
    if not inner:
        return '<text:p text:style-name="%s"/>' % style
    return '<text:p text:style-name="%s">%s</text:p>' % (style, inner)


def odf_meta(initial, creator, created, saved, duration, cycles, body, tables=0, pages=1):
    txt = re.sub(r'</text:(?:p|h)>', '\n', body)
    txt = re.sub(r'<[^>]+>', '', txt).replace('&lt;', '<').replace('&gt;', '>').replace('&amp;', '&')
    paras = len(re.findall(r'<text:(?:p|h)[ >]', body))
    return (XML_DECL + '<office:document-meta %s><office:meta>'
            '<meta:initial-creator>%s</meta:initial-creator><meta:creation-date>%s</meta:creation-date>'
            '<dc:creator>%s</dc:creator><dc:date>%s</dc:date>'
            '<meta:editing-cycles>%d</meta:editing-cycles><meta:editing-duration>%s</meta:editing-duration>'
            '<meta:generator>%s</meta:generator>'
            '<meta:document-statistic meta:table-count="%d" meta:image-count="0" meta:object-count="0" '
            'meta:page-count="%d" meta:paragraph-count="%d" meta:word-count="%d" meta:character-count="%d" '
            'meta:non-whitespace-character-count="%d"/></office:meta></office:document-meta>'
            % (ODF_NS_META, esc(initial), created, esc(creator), saved, cycles, duration, esc(ODF_GENERATOR),
               tables, pages, paras, len(txt.split()), len(txt.replace('\n', '')), len(re.sub(r'\s', '', txt))))


def odf_settings():
    def item(name, typ, val):
        return '<config:config-item config:name="%s" config:type="%s">%s</config:config-item>' % (name, typ, val)
    view = ''.join([item('ViewAreaTop', 'long', '0'), item('ViewAreaLeft', 'long', '0'),
                    item('ViewAreaWidth', 'long', '31326'), item('ViewAreaHeight', 'long', '17888'),
                    item('ShowRedlineChanges', 'boolean', 'true'), item('InBrowseMode', 'boolean', 'false')])
    views = ('<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>'
             + item('ViewId', 'string', 'view2') + item('ViewLeft', 'long', '7420')
             + item('ViewTop', 'long', '2501') + item('VisibleLeft', 'long', '0')
             + item('VisibleTop', 'long', '0') + item('VisibleRight', 'long', '31324')
             + item('VisibleBottom', 'long', '17886') + item('ZoomType', 'short', '0')
             + item('ViewLayoutColumns', 'short', '1') + item('ViewLayoutBookMode', 'boolean', 'false')
             + item('ZoomFactor', 'short', '100') + item('IsSelectedFrame', 'boolean', 'false')
             + '</config:config-item-map-entry></config:config-item-map-indexed>')
    conf = ''.join([item('PrintReversed', 'boolean', 'false'), item('PrinterName', 'string', ''),
                    item('PrintHiddenText', 'boolean', 'false'), item('EmbedFonts', 'boolean', 'false'),
                    item('TabsRelativeToIndent', 'boolean', 'true'), item('RsidRoot', 'int', '1519381'),
                    item('Rsid', 'int', '2907412'), item('IsLabelDocument', 'boolean', 'false')])
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


def odt_bytes(content, meta, stamp):
    """The package in LibreOffice's order: mimetype first and stored, the
    manifest last; deflated entries streamed with data descriptors and the
    UTF-8 flag (0x0808)."""
    parts = [('mimetype', ODF_MIME, 0), ('manifest.rdf', ODF_MANIFEST_RDF, 8), ('meta.xml', meta, 8),
             ('settings.xml', odf_settings(), 8), ('content.xml', content, 8),
             ('styles.xml', odf_styles_xml(), 8), ('META-INF/manifest.xml', ODF_MANIFEST, 8)]
    return write_zip([Entry(n.encode('ascii'), d.encode('utf-8'), stamp, method=m,
                            flags=0 if m == 0 else 0x0808, need=10 if m == 0 else 20,
                            descriptor=(m == 8)) for n, d, m in parts])



def b64_lines(data, width=76):
    s = base64.b64encode(data).decode('ascii')
    return '\r\n'.join(s[i:i + width] for i in range(0, len(s), width))


# ===========================================================================
# The minutes. READING[file] holds the text of a file as a reader should get
# it, paragraph by paragraph or line by line (printed with VARIED72_LINES=1).
# ===========================================================================
READING = {}


# ---------------------------------------------------------------------------
# 1. Word 365: decisions marked only by yellow highlighting
# ---------------------------------------------------------------------------
F1 = 'Minnesanteckningar stödfamiljer 10 mars.docx'


def f1_docx():
    d = WordDoc(['00A41C7E', '003F6B92', '00C8D215', '0061E0A4', '00E7395B'], 0x2C71A5)
    x, r = [], []

    def P(text, **kw):
        x.append(d.p(text, **kw))
        r.append(text)
    P('Nätverket för stödfamiljer och kontaktpersoner', style='Rubrik')
    P('Minnesanteckningar från träffen tisdag 10 mars 2026, kl. 9.00–11.30', spacing='w:before="120"')
    d.next_rsid()
    for line in ['**Plats:** Ängelholm, Stadshuset, rum Rönne',
                 '**Ordförande:** [[Signild]] Axelsson, Ängelholm',
                 '**Antecknare:** [[Tanvir]] [[Chowdhury]], Helsingborg',
                 '**Närvarande:** [[Signild]] Axelsson, Ängelholm; [[Tanvir]] [[Chowdhury]], Helsingborg; '
                 '[[Päivikki]] [[Laaksonen]], Höganäs; [[Amandus]] [[Wernersson]], Klippan; [[Sundus]] '
                 '[[Al-Jaberi]], Landskrona; [[Geirmund]] Hoel, Båstad; [[Mateja]] [[Kranjc]], Åstorp; '
                 '[[Shamiram]] [[Yacoub]], Bjuv',
                 '**Förhinder:** Cornelius Bengtsson, Perstorp; [[Konstantia]] [[Papadaki]], Svalöv',
                 '**Gäst:** [[Eithne]] Gallagher, utbildare, Familjehemscentrum Nordväst (punkt 3)']:
        P(line, spacing='w:after="0"')
    P('Örkelljunga deltar inte i nätverket.', spacing='w:before="160"')
    d.next_rsid()
    # the legend: the writer marked the word itself in yellow, to show the colour
    P('Beslut är ¦==gulmarkerade==¦.', rpr='<w:i/><w:iCs/>')
    items = [
        ('Inledning', [
            '[[Signild]] Axelsson hälsade välkommen till Ängelholm. Dagordningen godkändes och föregående '
            'anteckningar lades till handlingarna.']),
        ('Arvoden för kontaktpersoner', [
            '[[Amandus]] [[Wernersson]] berättade att Klippans socialnämnd i februari fattade beslut om att höja '
            'arvodet för kontaktpersoner med tio procent från den 1 april.',
            'Han menade att grannkommunerna kommer att få svårt att rekrytera om nivåerna skiljer sig för mycket åt.',
            '[[Sundus]] [[Al-Jaberi]] frågade om höjningen gäller även pågående uppdrag. [[Amandus]] svarade att '
            'den gör det.',
            '==[[Tanvir]] sammanställer ¦arvodesnivåerna i alla kommuner till nästa träff.==']),
        ('Grundutbildning för nya stödfamiljer', [
            '[[Eithne]] Gallagher presenterade en grundutbildning på fyra kvällar för nya stödfamiljer.',
            'Enligt [[Eithne]] hoppar var tredje ny stödfamilj av under det första året om de inte har fått någon '
            'utbildning.',
            '[[Geirmund]] Hoel höll med och sa att Båstad har samma erfarenhet. ¦==Nätverket köper en gemensam '
            'utbildningsomgång till hösten, med Höganäs som värd.==']),
        ('Kontaktpersoner för unga med NPF', [
            '[[Mateja]] [[Kranjc]] tog upp att Åstorp har fyra ungdomar med NPF-diagnos som har väntat mer än ett '
            'halvår på en kontaktperson.',
            'Hon sa: ”Vi hittar folk, men inte folk som orkar med just de här uppdragen.”',
            '[[Shamiram]] [[Yacoub]] tyckte att kommunerna borde kunna dela på uppdragstagare över kommungränserna.',
            'Frågan tas upp igen när fler kommuner har räknat på sina köer.']),
        ('Övrigt', [
            '[[Päivikki]] [[Laaksonen]] berättade att Höganäs anställer en rekryterare av stödfamiljer från maj.',
            '[[Shamiram]] [[Yacoub]] informerade om att Bjuv byter verksamhetssystem i juni och att arvodena kan '
            'betalas ut några dagar för sent.']),
    ]
    for title, paras in items:
        d.next_rsid()
        P(title, style='Rubrik2')
        for t in paras:
            P(t)
    d.next_rsid()
    P('Nästa träff: tisdag 5 maj 2026 kl. 9.00 i Höganäs.', spacing='w:before="240"')
    P('/[[Tanvir]]')
    meta = dict(docid='7C2E9A41-5B3D-4F08-9E6A-C1D47B20F835', creator='Tanvir Chowdhury',
                last='Tanvir Chowdhury', revision=4, created='2026-03-10T10:47:00Z',
                modified='2026-03-11T08:02:00Z', company='Helsingborgs stad', minutes=38, pages=2)
    return docx_bytes(d, x, meta, numbering=w_numbering('decimal'), h2_num=1), r


# ---------------------------------------------------------------------------
# 2. LibreOffice Writer: the invitation's list with absentees struck through
# ---------------------------------------------------------------------------
F2 = 'Krisberedskap nätverksträff 16 april.odt'


def f2_odt():
    R = ['0019a3c2', '0023e7d1', '002f5b08', '003a41e6', '0041c97a']
    auto = [
        '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Text_20_body">'
        '<style:text-properties officeooo:rsid="%s" officeooo:paragraph-rsid="%s"/></style:style>' % (R[0], R[0]),
        '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Title">'
        '<style:paragraph-properties fo:text-align="start" style:justify-single-word="false"/>'
        '<style:text-properties officeooo:rsid="%s" officeooo:paragraph-rsid="%s"/></style:style>' % (R[0], R[0]),
        '<style:style style:name="P3" style:family="paragraph" style:parent-style-name="Text_20_body">'
        '<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm" style:contextual-spacing="false"/>'
        '<style:text-properties officeooo:rsid="%s" officeooo:paragraph-rsid="%s"/></style:style>' % (R[1], R[1]),
        '<style:style style:name="P4" style:family="paragraph" style:parent-style-name="Text_20_body">'
        '<style:paragraph-properties fo:margin-top="0.423cm" fo:margin-bottom="0.106cm" '
        'style:contextual-spacing="false" fo:keep-with-next="always"/>'
        '<style:text-properties officeooo:rsid="%s" officeooo:paragraph-rsid="%s"/></style:style>' % (R[2], R[2]),
        '<style:style style:name="P5" style:family="paragraph" style:parent-style-name="List" '
        'style:list-style-name="L1"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm" '
        'style:contextual-spacing="true"/><style:text-properties officeooo:rsid="%s" '
        'officeooo:paragraph-rsid="%s"/></style:style>' % (R[1], R[1]),
        '<style:style style:name="P6" style:family="paragraph" style:parent-style-name="Text_20_body">'
        '<style:text-properties officeooo:rsid="%s" officeooo:paragraph-rsid="%s"/></style:style>' % (R[2], R[2]),
        '<style:style style:name="P7" style:family="paragraph" style:parent-style-name="Text_20_body">'
        '<style:paragraph-properties fo:margin-top="0.212cm" fo:margin-bottom="0cm" '
        'style:contextual-spacing="false"/><style:text-properties officeooo:rsid="%s" '
        'officeooo:paragraph-rsid="%s"/></style:style>' % (R[3], R[3]),
        '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold" '
        'style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style>',
        '<style:style style:name="T2" style:family="text"><style:text-properties officeooo:rsid="%s"/>'
        '</style:style>' % R[4],
        '<style:style style:name="T3" style:family="text"><style:text-properties fo:font-weight="bold" '
        'officeooo:rsid="%s" style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style>'
        % R[4],
        '<style:style style:name="T4" style:family="text"><style:text-properties '
        'style:text-line-through-style="solid" style:text-line-through-type="single" officeooo:rsid="%s"/>'
        '</style:style>' % R[4],
        '<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" '
        'loext:num-list-format="%1%" style:num-suffix="" text:bullet-char="•"><style:list-level-properties '
        'text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment '
        'text:label-followed-by="listtab" text:list-tab-stop-position="1.27cm" fo:text-indent="-0.635cm" '
        'fo:margin-left="1.27cm"/></style:list-level-properties></text:list-level-style-bullet>'
        '<text:list-level-style-bullet text:level="2" loext:num-list-format="%2%" style:num-suffix="" '
        'text:bullet-char="◦"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
        '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.905cm" '
        'fo:text-indent="-0.635cm" fo:margin-left="1.905cm"/></style:list-level-properties>'
        '</text:list-level-style-bullet></text:list-style>',
    ]
    body, r = [], []

    def P(style, text):
        body.append(odf_p(style, text))
        r.append(text)
    P('P2', 'Nätverket för socialtjänstens krisberedskap')
    P('P1', 'Minnesanteckningar')
    P('P3', '**Datum:** torsdag 16 april 2026, kl. 13.00–16.00')
    P('P3', '**Plats:** Landskrona, Rådhuset, rum Ven')
    P('P4', '**Kallade:**')
    invited = ['Helin Barzani, Helsingborg (ordförande)',
               'Torgil Nyberg, Landskrona (antecknare)',
               'Farnaz Rahimi, Höganäs',
               '~~Ejvind Åkerlund, Ängelholm~~',
               'Mailis Tamm, Klippan',
               'Sanharib Isik, Bjuv',
               '~~Ruqaya Hassan, Åstorp~~',
               'Ørjan Dahle, Båstad',
               'Deeqa Abdi, Svalöv',
               'Holmger Persson, Perstorp']
    lst = ['<text:list xml:id="list1846262187" text:style-name="L1">']
    for name in invited:
        lst.append('<text:list-item>%s</text:list-item>' % odf_p('P5', name))
        r.append(name)
    lst.append('</text:list>')
    body.append(''.join(lst))
    P('P7', '**Gäst:** Laurentius Krantz, säkerhetssamordnare, Landskrona stad (punkt 2)')
    P('P6', 'Örkelljunga har ännu ingen representant i nätverket.')
    items = [
        ('1. Välkommen och dagordning', [
            'Helin Barzani hälsade välkommen. Två av de kallade hade anmält förhinder. Dagordningen godkändes.']),
        ('2. Ledningsplats vid höjd beredskap', [
            'Laurentius Krantz berättade att Landskrona har inrett en reservledningsplats i Rådhusets källare, med '
            'egen elförsörjning.',
            'Han sa: ”En ledningsplats hjälper inte om ingen vet vem som ska sitta där.”',
            'Farnaz Rahimi frågade om socialjouren har en plats där. Laurentius svarade att det är på gång.',
            '**Beslut:** Varje kommun utser en ersättare för socialchefen i krisledningen före sommaren.']),
        ('3. Nödvatten på boenden', [
            'Mailis Tamm lyfte att Klippans HVB-hem och gruppbostäder saknar en plan för nödvatten.',
            'Enligt Mailis klarar de flesta boenden bara ett dygn utan kommunalt vatten.',
            'Ørjan Dahle höll med.',
            '**Beslut:** Mailis Tamm och Torgil Nyberg tar fram en gemensam checklista för boendena.']),
        ('4. Regional övning i september', [
            'Helin Barzani informerade om att Länsstyrelsen bjuder in till en regional övning den 23 september.',
            'Hon menade att socialtjänsten i alla kommuner borde öva samtidigt.',
            'Sanharib Isik tyckte att övningen ligger för tätt inpå budgetarbetet.',
            'Inget beslut, frågan tas upp på nästa träff.']),
        ('5. Övrigt', [
            'Deeqa Abdi berättade att Svalöv har skrivit avtal med en bussfirma om evakuering av hemtjänstens '
            'brukare.',
            'Holmger Persson meddelade att Perstorp söker en ny beredskapssamordnare.']),
    ]
    for title, paras in items:
        P('P4', '**%s**' % title)
        for t in paras:
            P('P6', t)
    P('P7', 'Nästa träff: torsdag 11 juni 2026 kl. 13.00 i Helsingborg.')
    P('P6', 'Antecknat av Torgil Nyberg')
    body_xml = ''.join(body)
    seq = ('<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Illustration"/>'
           '<text:sequence-decl text:display-outline-level="0" text:name="Table"/>'
           '<text:sequence-decl text:display-outline-level="0" text:name="Text"/>'
           '<text:sequence-decl text:display-outline-level="0" text:name="Drawing"/>'
           '<text:sequence-decl text:display-outline-level="0" text:name="Figure"/></text:sequence-decls>')
    content = (XML_DECL + '<office:document-content %s><office:scripts/>%s<office:automatic-styles>%s'
               '</office:automatic-styles><office:body><office:text>%s%s</office:text></office:body>'
               '</office:document-content>' % (ODF_NS, ODF_FONTS, ''.join(auto), seq, body_xml))
    meta = odf_meta('Torgil Nyberg', 'Torgil Nyberg', '2026-04-14T15:02:11.804000000',
                    '2026-04-17T08:36:49.221000000', 'PT1H12M40S', 5, body_xml)
    return odt_bytes(content, meta, dt(2026, 4, 17, 8, 36, 48)), r


# ---------------------------------------------------------------------------
# 3. A running text file: the members on top, "alla utom …" per meeting
# ---------------------------------------------------------------------------
F3 = 'Separationsnätverket 2026.txt'
F3_TEXT = '''Separationsnätverket – löpande minnesanteckningar 2026

Nätverkets medlemmar 2026
Helsingborg: Ingerid Svensson (ordförande) och Bardia Karimi
Höganäs: Abelone Strand
Ängelholm: Zakarias Holm
Båstad: Eveliina Koskinen
Klippan: Natanael Ek
Landskrona: Maysoon Haddad
Bjuv: Hallvi Jönsson
Svalöv: Afram Barsom
Åstorp: Gunnöv Lind
Perstorp och Örkelljunga köper familjerådgivning och samarbetssamtal av Helsingborg och har ingen egen representant.
Den kommun som är värd skriver anteckningarna.

------------------------------------------------------------
TRÄFF 1 – onsdag 21 januari 2026, kl. 9.00–12.00
Plats: Helsingborg, Familjerådgivningen, rum Kärnan
Närvarande: alla utom Båstad och Svalöv
Antecknare: Bardia
Gäst: Finnbogi Sigurðsson, psykolog, BUP Helsingborg (punkt 3)

1. Årets träffar
Ingerid gick igenom förslaget att nätverket träffas fyra gånger i år, varannan gång i Helsingborg.
Beslut: Förslaget godkändes.

2. Väntetid för samarbetssamtal
Zakarias berättade att väntetiden för samarbetssamtal i Ängelholm nu är elva veckor.
Enligt Zakarias beror det mest på att två samtalsledare är föräldralediga.
Maysoon frågade om Ängelholm köper samtal av någon annan kommun. Zakarias svarade nej.
Inget beslut.

3. Barn i långvariga vårdnadstvister
Finnbogi presenterade en studie om barn vars föräldrar har tvistat i domstol i mer än två år.
Han sa: "Barnen minns inte rättegången, de minns väntan."
Abelone höll med och berättade om en familj i Höganäs som har varit i tingsrätten tre gånger.
Beslut: Bardia bjuder in Finnbogi till en halvdag i höst för alla samtalsledare.

4. Övrigt
Hallvi berättade att Bjuv flyttar familjerådgivningen till Medborgarhuset i mars.
Natanael informerade om att Klippan ska erbjuda samtal på kvällstid två gånger i månaden.

Nästa träff: onsdag 18 mars i Åstorp.

------------------------------------------------------------
TRÄFF 2 – onsdag 18 mars 2026, kl. 9.00–12.00
Plats: Åstorp, Kommunhuset, rum Hyllinge
Närvarande: alla utom Bardia och Klippan
Antecknare: Gunnöv (värd)
Gäst: ingen den här gången

1. Föregående anteckningar
Anteckningarna från januari gicks igenom och lades till handlingarna.

2. Föräldrasamtal på distans
Afram berättade att Svalöv sedan februari erbjuder samtal via video till föräldrar som bor långt ifrån varandra.
Enligt Afram har hälften av föräldrarna valt video när de har fått välja.
Hallvi frågade om samtalen spelas in. Afram svarade att de aldrig spelas in.
Beslut: Afram skickar Svalövs rutin för videosamtal till alla i nätverket.

3. Statistiken till Socialstyrelsen
Eveliina tog upp att kommunerna räknar besök på olika sätt i statistiken.
Hon sa: "Vi jämför äpplen och päron varje år."
Maysoon höll med.
Beslut: Eveliina och Ingerid tar fram en gemensam räknemall före sommaren.

4. Övriga frågor
Maysoon berättade att Landskrona startar en grupp för separerade pappor i april.
Abelone meddelade att hon går ner i tid från maj och att Höganäs kan behöva en ny representant.

Nästa träff: onsdag 16 september i Helsingborg.
'''


def f3_txt():
    return F3_TEXT.replace('\n', '\r\n').encode('utf-8'), F3_TEXT.split('\n')


# ---------------------------------------------------------------------------
# 4. WordPad (Windows 10): "Medskick:" after every item
# ---------------------------------------------------------------------------
F4 = 'Anteckningar mottagningar 2026-02-09.rtf'
# (kind, text): 't' the title line, '' an ordinary paragraph; **bold** as in
# the Word texts.
F4_LINES = [
    ('t', 'Nätverket för socialtjänstens mottagningar – minnesanteckningar'),
    ('', 'Måndag 9 februari 2026, kl. 13.00–15.30'),
    ('', '**Plats:** Bjuv, Kommunhuset, rum Billesholm'),
    ('', '**Ordförande:** Ingebrigt Lunde, Bjuv'),
    ('', '**Sekreterare:** Beritan Aslan, Helsingborg'),
    ('', '**Närvarande:** Ingebrigt Lunde, Beritan Aslan, Warsan Jama (Landskrona), Tjelvar Månsson (Klippan), '
         'Ylvie Nordin (Ängelholm), Parastoo Sadeghi (Höganäs), Håvard Rustad (Båstad), Elsmarie Trulsson (Åstorp)'),
    ('', '**Frånvarande:** Dagmund Olsson (Svalöv), Nishtiman Rasul (Perstorp)'),
    ('', '**Gäst:** Katla Einarsdóttir, enhetschef, Vuxenpsykiatrin Helsingborg (punkt 3)'),
    ('', 'Örkelljunga hade ingen representant.'),
    ('', ''),
    ('', '**1. Mötets öppnande**'),
    ('', 'Ingebrigt Lunde hälsade välkommen till Bjuv. Dagordningen godkändes.'),
    ('', ''),
    ('', '**2. Orosanmälningar från polisen**'),
    ('', 'Warsan Jama berättade att Landskrona får in omkring 40 orosanmälningar i veckan från polisen, de flesta '
         'med vanlig e-post.'),
    ('', 'Enligt Warsan saknar var tredje anmälan barnets personnummer.'),
    ('', 'Tjelvar Månsson frågade om polisen kan skicka dem med säker e-post. Warsan svarade att det prövas i Malmö.'),
    ('', '**Beslut:** Ingebrigt kontaktar polisen i nordvästra Skåne om en gemensam mall.'),
    ('', '**Medskick:** Ta reda på hur många anmälningar utan personnummer er kommun fick i januari.'),
    ('', ''),
    ('', '**3. Samverkan med vuxenpsykiatrin**'),
    ('', 'Katla Einarsdóttir presenterade vuxenpsykiatrins nya mottagningsteam för patienter med samsjuklighet.'),
    ('', 'Hon sa: ”Ring hellre en gång för mycket än att skicka en remiss som ingen läser.”'),
    ('', 'Parastoo Sadeghi tyckte att det var ett efterlängtat besked.'),
    ('', '**Medskick:** Sprid teamets telefonnummer till alla handläggare på mottagningen.'),
    ('', ''),
    ('', '**4. Akuta ärenden sent på eftermiddagen**'),
    ('', 'Ylvie Nordin lyfte att Ängelholm ofta får akuta ärenden strax innan socialjouren tar över.'),
    ('', 'Hon menade att överlämningen mellan mottagningen och socialjouren behöver bli tydligare.'),
    ('', 'Håvard Rustad höll med.'),
    ('', '**Beslut:** Nätverket bjuder in socialjouren till nästa träff.'),
    ('', '**Medskick:** Skriv ner två exempel på överlämningar som inte fungerade och ta med dem.'),
    ('', ''),
    ('', '**5. Övrigt**'),
    ('', 'Elsmarie Trulsson berättade att Åstorp har öppnat en drop-in-tid för råd och stöd på tisdagar.'),
    ('', 'Tjelvar Månsson informerade om att Klippan har en vakant tjänst som socialsekreterare på mottagningen.'),
    ('', '**Medskick:** Tipsa gärna om sökande till Klippan.'),
    ('', ''),
    ('', 'Nästa träff: måndag 13 april 2026 kl. 13.00 i Helsingborg.'),
]


def rtf_text(s):
    """WordPad's escapes: Windows-1252 letters as \\'xx, anything else as \\uN?."""
    out = []
    for ch in s:
        o = ord(ch)
        if ch in '\\{}':
            out.append('\\' + ch)
        elif 32 <= o < 127:
            out.append(ch)
        else:
            try:
                out.append("\\'%02x" % ch.encode('cp1252')[0])
            except UnicodeEncodeError:
                out.append('\\u%d?' % (o if o < 32768 else o - 65536))
    return ''.join(out)


def f4_rtf():
    """RTF as WordPad in Windows 10 (RichEdit 8, "Riched20 10.0.19041")
    writes it: \\nouicompat, Calibri 11 pt, \\sa200\\sl276\\slmult1 from the
    first \\pard on, \\lang29 (the primary language id of Swedish), one
    \\par per paragraph, CRLF after every \\par."""
    out = ['{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang1053{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}}\r\n',
           '{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 \r\n']
    first = True
    for kind, text in F4_LINES:
        if first:
            pre = '\\pard\\sa200\\sl276\\slmult1\\b\\f0\\fs28\\lang29 '
            out.append(pre + rtf_text(text) + '\\b0\\fs22\\par\r\n')
            first = False
            continue
        s = ''
        for k, tok in enumerate(text.split('**')):
            if k % 2 == 1:
                s += '\\b ' + rtf_text(tok) + '\\b0'
                continue
            if tok and s.endswith('\\b0'):
                s += ' '            # the delimiter after \b0; a space in the text follows it
            s += rtf_text(tok)
        out.append(s + '\\par\r\n')
    out.append('}\r\n\x00')
    return ''.join(out).encode('ascii'), [re.sub(r'\*\*', '', t) for _, t in F4_LINES]


# ---------------------------------------------------------------------------
# 5. Word "Webbsida, filtrerad": one person is chair and scribe, "jag"
# ---------------------------------------------------------------------------
F5 = 'Barngruppsledare 23 januari.htm'

F5_CSS = '''<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Aptos;}
@font-face
	{font-family:"Aptos Display";}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:0cm;
	line-height:115%;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;}
h2
	{mso-style-link:"Rubrik 2 Char";
	margin-top:8.0pt;
	margin-right:0cm;
	margin-bottom:4.0pt;
	margin-left:21.6pt;
	text-indent:-21.6pt;
	line-height:115%;
	page-break-after:avoid;
	font-size:16.0pt;
	font-family:"Aptos Display",sans-serif;
	color:#0F4761;
	font-weight:normal;}
p.MsoTitle, li.MsoTitle, div.MsoTitle
	{mso-style-link:"Rubrik Char";
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:4.0pt;
	margin-left:0cm;
	font-size:28.0pt;
	font-family:"Aptos Display",sans-serif;
	letter-spacing:-.5pt;}
span.Rubrik2Char
	{mso-style-name:"Rubrik 2 Char";
	mso-style-link:"Rubrik 2";
	font-family:"Aptos Display",sans-serif;
	color:#0F4761;}
span.RubrikChar
	{mso-style-name:"Rubrik Char";
	mso-style-link:Rubrik;
	font-family:"Aptos Display",sans-serif;
	letter-spacing:-.5pt;}
.MsoChpDefault
	{font-family:"Aptos",sans-serif;}
.MsoPapDefault
	{margin-bottom:8.0pt;
	line-height:115%;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:70.85pt 70.85pt 70.85pt 70.85pt;}
div.WordSection1
	{page:WordSection1;}
 /* List Definitions */
 ol
	{margin-bottom:0cm;}
ul
	{margin-bottom:0cm;}
-->
</style>'''

# ('title', text) the title, ('p', text) a paragraph (**bold**), ('h', n, text)
# a Heading 2 whose number Word writes as text
F5_BODY = [
    ('title', 'Nätverket för barngruppsledare'),
    ('p', 'Minnesanteckningar, fredag 23 januari 2026, kl. 13.00–14.30'),
    ('p', '**Plats:** Digitalt via Teams'),
    ('p', '**Mötesledare och antecknare:** Sanela Mehmedović, samordnare för nätverket, Helsingborg'),
    ('p', '**Deltagare:** Sanela Mehmedović (Helsingborg), Arnfinn Solberg (Höganäs), Tasneem Qureshi (Landskrona), '
          'Ingevor Paulsson (Klippan), Nikodemus Falk (Ängelholm), Shokoufeh Amini (Örkelljunga), Hildegun Brandt '
          '(Perstorp)'),
    ('p', '**Anmält förhinder:** Emrik Sjöberg (Svalöv)'),
    ('p', '**Inbjuden:** Gráinne Murphy, Rädda Barnen i Skåne (punkt 2)'),
    ('p', 'Bjuv, Båstad och Åstorp har inga egna barngrupper just nu och deltar inte.'),
    ('h', 1, 'Incheckning'),
    ('p', 'Alla berättade kort om hur terminen har börjat.'),
    ('h', 2, 'Grupper för barn med en förälder i fängelse'),
    ('p', 'Gráinne Murphy berättade att Rädda Barnen startar stödgrupper för barn som har en förälder i fängelse.'),
    ('p', 'Enligt Gráinne finns det omkring 200 sådana barn i nordvästra Skåne.'),
    ('p', 'Tasneem Qureshi frågade om grupperna är öppna för barn från alla kommuner. Gráinne svarade ja.'),
    ('p', '**Beslut:** Jag skickar Rädda Barnens informationsblad till alla i nätverket.'),
    ('h', 3, 'Gemensam gruppledarutbildning'),
    ('p', 'Ingevor Paulsson föreslog att nätverket köper en gemensam utbildning i gruppledarskap för nya ledare.'),
    ('p', 'Hon sa: ”Vi lär upp varandra på kvällar och helger, och det håller inte i längden.”'),
    ('p', 'Arnfinn Solberg höll med.'),
    ('p', '**Beslut:** Ingevor och Hildegun tar in offerter till nästa möte.'),
    ('h', 4, 'Barngrupp via Teams'),
    ('p', 'Nikodemus Falk berättade att Ängelholm under hösten har provat en barngrupp helt via Teams.'),
    ('p', 'Enligt Nikodemus kom barnen oftare men pratade mindre.'),
    ('p', 'Shokoufeh Amini tyckte att det låter som en nödlösning.'),
    ('p', 'Inget beslut.'),
    ('h', 5, 'Övrigt'),
    ('p', 'Hildegun Brandt berättade att Perstorp startar en grupp för barn i familjer med missbruk i mars.'),
    ('p', 'Jag påminde om att anmälan till vårkonferensen i Malmö stänger den 13 februari.'),
    ('p', 'Nästa möte: fredag 20 mars 2026 kl. 13.00, digitalt.'),
    ('p', 'Sanela'),
]


def html_text(s):
    """Word's filtered HTML: & < > as entities, no-break space as &nbsp;,
    Windows-1252 letters as they are, anything else as &#N;."""
    s = s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('\u00a0', '&nbsp;')
    return ''.join(ch if ord(ch) < 128 else (ch if _in_cp1252(ch) else '&#%d;' % ord(ch)) for ch in s)


def _in_cp1252(ch):
    try:
        ch.encode('cp1252')
        return True
    except UnicodeEncodeError:
        return False


def html_inline(s):
    out = []
    for k, tok in enumerate(s.split('**')):
        out.append('<b>%s</b>' % html_text(tok) if k % 2 == 1 else html_text(tok))
    return ''.join(out)


def word_wrap(line, width=76):
    """Word breaks long source lines at a space (the space becomes the line
    end), wherever it is, also inside a tag."""
    out = []
    while len(line) > width:
        cut = line.rfind(' ', 0, width + 1)
        if cut <= 0:
            cut = line.find(' ', width)
            if cut < 0:
                break
        out.append(line[:cut])
        line = line[cut + 1:]
    out.append(line)
    return '\r\n'.join(out)


def f5_htm():
    blocks, r = [], []
    for b in F5_BODY:
        if b[0] == 'title':
            blocks.append('<p class=MsoTitle>%s</p>' % html_inline(b[1]))
            r.append(b[1])
        elif b[0] == 'p':
            blocks.append('<p class=MsoNormal>%s</p>' % html_inline(b[1]))
            r.append(b[1].replace('**', ''))
        else:
            _, n, title = b
            blocks.append('<h2>%d.<span style=\'font:7.0pt "Times New Roman"\'>%s </span>%s</h2>'
                          % (n, '&nbsp;' * 7, html_text(title)))
            r.append(title)          # the heading's text without Word's list number
    doc = ('<html>\r\n\r\n<head>\r\n<meta http-equiv=Content-Type content="text/html; charset=windows-1252">\r\n'
           '<meta name=Generator content="Microsoft Word 15 (filtered)">\r\n'
           + F5_CSS.replace('\n', '\r\n') + '\r\n\r\n</head>\r\n\r\n'
           '<body lang=SV link="#467886" vlink="#96607D" style=\'word-wrap:break-word\'>\r\n\r\n'
           '<div class=WordSection1>\r\n\r\n'
           + '\r\n\r\n'.join(word_wrap(b) for b in blocks)
           + '\r\n\r\n</div>\r\n\r\n</body>\r\n\r\n</html>\r\n')
    return doc.encode('cp1252'), r


# ---------------------------------------------------------------------------
# 6. Outlook on the web: quotations first, the speaker after them
# ---------------------------------------------------------------------------
F6 = 'Minnesanteckningar nätverksträff 12 maj.eml'
# '' an ordinary line, 'b' a bold line (an item heading) in the HTML part
F6_LINES = [
    ('', 'Hej alla!'),
    ('', ''),
    ('', 'Här kommer anteckningarna från tisdagens träff. Jag har skrivit dem lite mer som ett reportage än '
         'vanligt, med citat – säg till om ni hellre vill ha punktform nästa gång.'),
    ('', ''),
    ('b', 'Nätverket för unga med anhörigansvar'),
    ('', 'Nätverksträff tisdag 12 maj 2026, kl. 9.30–12.00'),
    ('', 'Plats: Höganäs, Kommunhuset, rum Kullen'),
    ('', 'Ordförande: Torbjørg Nilsen, Höganäs'),
    ('', 'Antecknare: Petrea Lundgren, Helsingborg'),
    ('', 'Närvarande: Torbjørg Nilsen, Petrea Lundgren, Tjalve Roos (Ängelholm), Ghufran Al-Saadi (Landskrona), '
         'Gunnlaug Borg (Båstad), Mahtab Jafari (Klippan), Melchior Andersson (Bjuv), Yaqeen Darwish (Åstorp), '
         'Slobodan Ilić (Svalöv)'),
    ('', 'Förhinder: Martti Heikkinen (Perstorp), Fardowsa Nur (Örkelljunga)'),
    ('', 'Gäst: Wijdan Salih, Nka – Nationellt kompetenscentrum anhöriga (punkt 2)'),
    ('', ''),
    ('b', '1. Välkomna till Höganäs'),
    ('', 'Torbjørg Nilsen hälsade välkommen till det nya kommunhuset och gick igenom dagordningen.'),
    ('', ''),
    ('b', '2. Unga omsorgsgivare syns inte i statistiken'),
    ('', '– Var femte tonåring hjälper till hemma med en sjuk förälder eller ett syskon, men nästan ingen av dem '
         'finns i våra system, sa Wijdan Salih från Nka.'),
    ('', 'Hon menade att skolkuratorerna oftast är de första vuxna som upptäcker barnen.'),
    ('', 'Ghufran Al-Saadi undrade om Nka:s enkät går att använda i varje kommun.'),
    ('', '– Ja, den är fri att använda, svarade Wijdan.'),
    ('', 'Beslut: Nätverket gör enkäten i kommunernas högstadieskolor under hösten.'),
    ('', ''),
    ('b', '3. Båstad testar anhörigsamtal i skolan'),
    ('', 'Sedan i höstas erbjuder Båstad samtal för unga anhöriga på skoltid, berättade Gunnlaug Borg.'),
    ('', '– Eleverna kommer hellre när samtalet ligger mitt på dagen än efter sista lektionen, sa Gunnlaug.'),
    ('', 'Mahtab Jafari höll med:'),
    ('', '– Precis samma erfarenhet har vi i Klippan.'),
    ('', 'Inget beslut.'),
    ('', ''),
    ('b', '4. Stöd under sommarlovet'),
    ('', '– När skolan stänger försvinner också den vuxna som ser barnen, sa Tjalve Roos från Ängelholm.'),
    ('', 'Han föreslog ett gemensamt sommarläger för unga med anhörigansvar i nordvästra Skåne.'),
    ('', 'Yaqeen Darwish frågade vem som skulle betala.'),
    ('', '– Vi kan söka pengar från Allmänna arvsfonden, svarade Tjalve.'),
    ('', 'Beslut: Tjalve och Melchior skriver en ansökan till Allmänna arvsfonden före midsommar.'),
    ('', ''),
    ('b', '5. Övrigt'),
    ('', 'Landskrona har anställt en anhörigkonsulent för barn och unga, berättade Ghufran Al-Saadi.'),
    ('', '– Vi flyttar in i Familjens hus i augusti, så höstens första träff kan gärna vara hos oss, sa Melchior '
         'Andersson från Bjuv.'),
    ('', ''),
    ('', 'Nästa träff: tisdag 8 september 2026 kl. 9.30 i Bjuv.'),
    ('', ''),
    ('', 'Hälsningar'),
    ('', 'Petrea Lundgren'),
    ('', 'Utvecklingsledare, socialförvaltningen Helsingborg'),
]

OWA_STYLE = ('font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; '
             'font-size: 12pt; color: rgb(0, 0, 0);')


def f6_eml():
    plain_body = '\r\n'.join(t for _, t in F6_LINES) + '\r\n'
    divs = []
    for kind, t in F6_LINES:
        if not t:
            divs.append('<div class="elementToProof" style="%s"><br></div>' % OWA_STYLE)
        elif kind == 'b':
            divs.append('<div class="elementToProof" style="%s"><b>%s</b></div>' % (OWA_STYLE, esc(t)))
        else:
            divs.append('<div class="elementToProof" style="%s">%s</div>' % (OWA_STYLE, esc(t)))
    html = ('<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\r\n'
            '</head>\r\n<body dir="ltr">\r\n' + '\r\n'.join(divs) + '\r\n</body>\r\n</html>\r\n')
    mid = 'AM9PR03MB72186C4E2B91D05F3A6E1D7C0B25A2'
    boundary = '_000_%sAM9PR03MB7218eurp_' % mid
    sent = dt(2026, 5, 13, 8, 48, 12)
    utc = sent - datetime.timedelta(hours=swedish_utc_offset(sent))
    subject = 'Minnesanteckningar nätverksträff 12 maj'
    head = [
        'From: Petrea Lundgren <petrea.lundgren@helsingborg.example>',
        'To: =?utf-8?B?%s?=' % base64.b64encode('Nätverket för unga med anhörigansvar'.encode('utf-8')).decode('ascii')
        + ' <unga-anhorigansvar@familjenhelsingborg.example>',
        'Subject: =?utf-8?B?%s?=' % base64.b64encode(subject.encode('utf-8')).decode('ascii'),
        'Thread-Topic: =?utf-8?B?%s?=' % base64.b64encode(subject.encode('utf-8')).decode('ascii'),
        'Thread-Index: AQHcwiN4e1Tq0bJ8pUaV3m9Kf2xR6A==',
        'Date: %s' % utc.strftime('%a, %d %b %Y %H:%M:%S +0000'),
        'Message-ID: <%s@AM9PR03MB7218.eurprd03.prod.outlook.com>' % mid,
        'Accept-Language: sv-SE, en-US',
        'Content-Language: sv-SE',
        'X-MS-Has-Attach:',
        'X-MS-TNEF-Correlator:',
        'msip_labels:',
        'Content-Type: multipart/alternative;',
        '\tboundary="%s"' % boundary,
        'MIME-Version: 1.0',
        '',
        '--' + boundary,
        'Content-Type: text/plain; charset="utf-8"',
        'Content-Transfer-Encoding: base64',
        '',
        b64_lines(plain_body.encode('utf-8')),
        '',
        '--' + boundary,
        'Content-Type: text/html; charset="utf-8"',
        'Content-Transfer-Encoding: base64',
        '',
        b64_lines(html.encode('utf-8')),
        '',
        '--' + boundary + '--',
        '',
    ]
    return '\r\n'.join(head).encode('ascii'), [t for _, t in F6_LINES]


# ===========================================================================
def build():
    files = {}
    for name, fn in [(F1, f1_docx), (F2, f2_odt), (F3, f3_txt), (F4, f4_rtf), (F5, f5_htm), (F6, f6_eml)]:
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
