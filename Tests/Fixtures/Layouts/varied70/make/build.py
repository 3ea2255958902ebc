#!/usr/bin/env python3
"""Writes the five files of the seventieth set of layout fixtures: minutes kept
inside ZIP archives, as real office archives hold them.

  1. OneDrive_1_2026-11-12.zip
       What OneDrive/SharePoint's "Ladda ned" writes for a selection of three
       items: UTF-8 names with the language-encoding flag (bit 11), every
       entry streamed with a data descriptor (bit 3), folder entries; a Word
       .docx and a text PDF of minutes, an .xlsx attendance list and a logo.
  2. Minnesanteckningar Höganäs.zip
       Windows 10 Explorer, "Skicka till > Komprimerad (zippad) mapp" on a
       Swedish system: names in the OEM code page 850 without the UTF-8 flag,
       version made by 2.0 / MS-DOS, MS-DOS attributes (hidden, system,
       archive, directory); a Windows-1252 .txt with CRLF, a .docx, Thumbs.db,
       desktop.ini and Word's owner ("lock") file ~$te 14 oktober.docx.
  3. Arkiv.zip
       macOS Archive Utility ("Komprimera" on two items): names in UTF-8 as
       the file system gives them, decomposed (NFD), without the UTF-8 flag;
       version made by 2.1 / Unix, Unix modes, extended-timestamp and Unix
       uid/gid extra fields, data descriptors; a __MACOSX/ tree of
       AppleDouble "._" files and a .DS_Store; an .odt and a TextEdit .rtf.
  4. utskick_protokoll.eml
       An Outlook (Microsoft 365) mail with a short cover note and one
       attachment, protokoll.zip, made by 7-Zip with "cu=on": the UTF-8 flag
       only on the name with non-ASCII letters, NTFS times in the central
       directory; two Word files of minutes.
  5. Nätverksarkiv 2019-2020.zip
       Info-ZIP Zip 3.0 (macOS Terminal): two zips stored inside (2019.zip by
       Windows Explorer, 2020.zip by 7-Zip), an empty folder, and one entry
       encrypted with the traditional PKWARE cipher (ZipCrypto, password
       "hemligt") whose text must stay unread.

Python 3 standard library only. Deterministic: every time stamp is fixed,
the ZipCrypto header bytes come from a fixed seed, nothing depends on the
clock, so a rebuild gives identical bytes (with the same zlib).
Run from anywhere:  python3 make/build.py   (writes into the folder above make/)
VARIED70_LINES=1 prints the text of every part of minutes as a reader should
get it, and the laid-out lines of the PDF.
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
LINES = os.environ.get('VARIED70_LINES') == '1'


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


class ZipCrypto:
    """The traditional PKWARE encryption (APPNOTE 6.1)."""
    TABLE = []
    for _n in range(256):
        _c = _n
        for _k in range(8):
            _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
        TABLE.append(_c)

    def __init__(self, password):
        self.k0, self.k1, self.k2 = 0x12345678, 0x23456789, 0x34567890
        for b in password:
            self.update(b)

    def crc(self, c, b):
        return (c >> 8) ^ self.TABLE[(c ^ b) & 0xFF]

    def update(self, b):
        self.k0 = self.crc(self.k0, b)
        self.k1 = (self.k1 + (self.k0 & 0xFF)) & 0xFFFFFFFF
        self.k1 = (self.k1 * 134775813 + 1) & 0xFFFFFFFF
        self.k2 = self.crc(self.k2, (self.k1 >> 24) & 0xFF)

    def stream_byte(self):
        t = (self.k2 | 2) & 0xFFFF
        return ((t * (t ^ 1)) >> 8) & 0xFF

    def encrypt(self, data):
        out = bytearray()
        for b in data:
            out.append(b ^ self.stream_byte())
            self.update(b)
        return bytes(out)


def xorshift(seed):
    x = seed & 0xFFFFFFFF
    while True:
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
        yield x & 0xFF


class Entry:
    """One entry of a zip archive, with every header field given by hand."""

    def __init__(self, name, data=b'', when=None, method=8, level=6, flags=0, made_by=0x0014,
                 need=20, ext_attr=0, int_attr=0, local_extra=b'', central_extra=b'',
                 descriptor=False, zero_local=True, password=None, enc_seed=0, stored_as_is=False):
        assert isinstance(name, bytes)
        self.name, self.data, self.when = name, data, when
        self.method, self.level, self.flags = method, level, flags
        self.made_by, self.need = made_by, need
        self.ext_attr, self.int_attr = ext_attr, int_attr
        self.local_extra, self.central_extra = local_extra, central_extra
        self.descriptor, self.zero_local = descriptor, zero_local
        self.password, self.enc_seed = password, enc_seed


def write_zip(entries, comment=b''):
    out = bytearray()
    central = bytearray()
    for e in entries:
        t, d = dos_time_date(e.when)
        crc = zlib.crc32(e.data) & 0xFFFFFFFF
        body = raw_deflate(e.data, e.level) if e.method == 8 else e.data
        if e.password is not None:
            zc = ZipCrypto(e.password)
            rnd = xorshift(e.enc_seed)
            head = bytes(next(rnd) for _ in range(10))
            # the check bytes: the CRC's two high bytes, or with a data
            # descriptor (bit 3) the two bytes of the DOS time, as Info-ZIP
            # writes them (readers test the last one)
            check = (t << 16) if e.flags & 8 else crc
            head += bytes([(check >> 16) & 0xFF, (check >> 24) & 0xFF])
            body = zc.encrypt(head + body)
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


# extra fields
def x_ut_local(mtime, atime):          # Info-ZIP extended timestamp, local header
    return struct.pack('<HHBii', 0x5455, 9, 3, mtime, atime)


def x_ut_central(mtime):               # ... central header: the flags, and the mtime only
    return struct.pack('<HHBi', 0x5455, 5, 3, mtime)


def x_ux(uid, gid):                     # Info-ZIP Unix uid/gid, version 1
    return struct.pack('<HHBBIBI', 0x7875, 11, 1, 4, uid, 4, gid)


def x_ntfs(mtime_local):                # PKWARE NTFS times: mtime, atime 0, ctime 0 (7-Zip's default)
    return struct.pack('<HHIHHQQQ', 0x000A, 32, 0, 1, 24, filetime(mtime_local), 0, 0)


S_IFDIR, S_IFREG = 0o040000, 0o100000
DOS_READONLY, DOS_HIDDEN, DOS_SYSTEM, DOS_DIR, DOS_ARCHIVE = 0x01, 0x02, 0x04, 0x10, 0x20


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
# OpenDocument as LibreOffice Writer 7.6 (macOS) saves it
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
ODF_GENERATOR = 'LibreOffice/7.6.4.1$MacOSX_AARCH64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1'
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
    '<style:font-face style:name="PingFang SC" svg:font-family="&apos;PingFang SC&apos;" '
    'style:font-family-generic="system" style:font-pitch="variable"/>'
    '</office:font-face-decls>')
def odf_styles_xml():
    text_defaults = (
        'style:use-window-font-color="true" loext:opacity="0%" style:font-name="Liberation Serif" '
        'fo:font-size="12pt" fo:language="sv" fo:country="SE" style:letter-kerning="true" '
        'style:font-name-asian="PingFang SC" style:font-size-asian="10.5pt" style:language-asian="zh" '
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
        'style:font-pitch="variable" fo:font-size="14pt" style:font-name-asian="PingFang SC" '
        'style:font-family-asian="&apos;PingFang SC&apos;" style:font-family-generic-asian="system" '
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
    text style T1; ¦ -> what follows is a span with another rsid (T2)."""
    out = []
    bold = other = False
    for tok in TOKEN.split(text):
        if tok == '**':
            bold = not bold
        elif tok == '¦':
            other = True
        elif tok in ('[[', ']]'):
            continue
        elif tok == '\n':
            out.append('<text:line-break/>')
        elif tok:
            t = esc(tok)
            if bold and other:
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


# ===========================================================================
# A text PDF: the layout engine of ../make/scanned_minutes.py (copied: the
# standard 14 fonts' widths, greedy line breaking, label rows, the writer)
# ===========================================================================
WIDTHS = {
    'Helvetica': [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 0,
        556, 0, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0,
        0, 222, 222, 333, 333, 350, 556, 1000, 333, 1000, 500, 333, 944, 0, 500, 667,
        278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 333,
        400, 584, 333, 333, 333, 556, 537, 278, 333, 333, 365, 556, 834, 834, 834, 611,
        667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,
        722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,
        556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556, 500,
    ],
    'Helvetica-Bold': [
        278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
        975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
        333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
        611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584, 0,
        556, 0, 278, 556, 500, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0,
        0, 278, 278, 500, 500, 350, 556, 1000, 333, 1000, 556, 333, 944, 0, 500, 667,
        278, 333, 556, 556, 556, 556, 280, 556, 333, 737, 370, 556, 584, 333, 737, 333,
        400, 584, 333, 333, 333, 611, 556, 278, 333, 333, 365, 556, 834, 834, 834, 611,
        722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,
        722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,
        556, 556, 556, 556, 556, 556, 889, 556, 556, 556, 556, 556, 278, 278, 278, 278,
        611, 611, 611, 611, 611, 611, 611, 584, 611, 611, 611, 611, 611, 556, 611, 556,
    ],
}
FONT_RES = {'Helvetica': 'F1', 'Helvetica-Bold': 'F2'}
A4 = (595, 842)


def enc(s):
    """WinAnsiEncoding (cp1252) bytes of a string; every character must exist."""
    return s.encode('cp1252')


def text_width(font, size, s):
    w = WIDTHS[font]
    return sum(w[b - 32] for b in enc(s)) * size / 1000.0


def pdf_string(s):
    out = []
    for b in enc(s):
        if b in (0x28, 0x29, 0x5C):
            out.append('\\' + chr(b))
        elif 32 <= b < 127:
            out.append(chr(b))
        else:
            out.append('\\%03o' % b)
    return '(' + ''.join(out) + ')'


def num(v):
    s = ('%.2f' % v).rstrip('0').rstrip('.')
    return '0' if s in ('-0', '') else s


class Layout:
    """Flows paragraphs, label rows and tables down A4 pages."""

    def __init__(self, left, right, top, bottom, furniture=None):
        self.W, self.H = A4
        self.left, self.right, self.top, self.bottom = left, right, top, bottom
        self.furniture = furniture
        self.pages = []
        self.texts = []          # per page: (x, y, font, size, text) of every text run drawn
        self.lines = []          # (page index, text, kind) of every printed line
        self.new_page()

    # -- primitives --------------------------------------------------------
    @property
    def width(self):
        return self.W - self.left - self.right

    def new_page(self):
        self.pages.append([])
        self.texts.append([])
        self.y = self.H - self.top

    def ensure(self, h):
        if self.y - h < self.bottom:
            self.new_page()

    def space(self, h):
        self.y -= h

    def draw_text(self, x, y, font, size, s, page=None):
        ops = self.pages[-1] if page is None else self.pages[page]
        ops.append('BT /%s %s Tf %s %s Td %s Tj ET' % (
            FONT_RES[font], num(size), num(x), num(y), pdf_string(s)))
        (self.texts[-1] if page is None else self.texts[page]).append((x, y, font, size, s))

    def draw_runs(self, x, y, runs, size, page=None):
        for font, s in runs:
            if s:
                self.draw_text(x, y, font, size, s, page)
                x += text_width(font, size, s)

    def line(self, x1, y1, x2, y2, w=0.6, page=None):
        ops = self.pages[-1] if page is None else self.pages[page]
        ops.append('%s w %s %s m %s %s l S' % (num(w), num(x1), num(y1), num(x2), num(y2)))

    def record(self, text, kind='body', page=None):
        self.lines.append((len(self.pages) - 1 if page is None else page, text, kind))

    # -- wrapping ----------------------------------------------------------
    @staticmethod
    def tokens(runs):
        toks = []
        for font, s in runs:
            for m in re.finditer(r'(\S+)(\s*)', s):
                toks.append((font, m.group(1), bool(m.group(2))))
        return toks

    def wrap(self, runs, size, width, first_width=None):
        toks = self.tokens(runs)
        lines, cur, curw = [], [], 0.0
        limit = first_width if first_width is not None else width
        for font, word, sp in toks:
            ww = text_width(font, size, word)
            gap = 0.0
            if cur:
                pf = cur[-1][0]
                gap = text_width(pf, size, ' ')
            if cur and curw + gap + ww > limit:
                lines.append(cur)
                cur, curw = [], 0.0
                limit = width
                gap = 0.0
            cur.append((font, word))
            curw += gap + ww
        if cur:
            lines.append(cur)
        out = []
        for ln in lines:
            runs_ = []
            for i, (font, word) in enumerate(ln):
                piece = word if i == 0 else ' ' + word
                if runs_ and runs_[-1][0] == font:
                    runs_[-1] = (font, runs_[-1][1] + piece)
                elif i > 0:
                    # the blank goes with the preceding font, as a typed line has it
                    runs_[-1] = (runs_[-1][0], runs_[-1][1] + ' ')
                    runs_.append((font, word))
                else:
                    runs_.append((font, piece))
            out.append(runs_)
        return out

    @staticmethod
    def plain(runs):
        return ''.join(s for _, s in runs)

    # -- blocks ------------------------------------------------------------
    def para(self, runs, size, leading, indent=0.0, before=0.0, after=0.0,
             align='left', keep=0, first_indent=None):
        if isinstance(runs, str):
            runs = [(None, runs)]
        self.space(before)
        x0 = self.left + indent
        width = self.width - indent
        fi = first_indent if first_indent is not None else 0.0
        lines = self.wrap(runs, size, width, width - fi)
        need = leading * (min(len(lines), 1 + keep))
        self.ensure(need)
        for i, ln in enumerate(lines):
            self.ensure(leading)
            self.y -= leading
            x = x0 + (fi if i == 0 else 0.0)
            if align == 'center':
                lw = sum(text_width(f, size, s) for f, s in ln)
                x = self.left + (self.width - lw) / 2.0
            self.draw_runs(x, self.y, ln, size)
            self.record(self.plain(ln))
        self.space(after)

    def labels(self, rows, size, leading, label_font, value_font, label_width,
               before=0.0, after=0.0):
        self.space(before)
        for label, value in rows:
            lines = self.wrap([(value_font, value)], size, self.width - label_width)
            self.ensure(leading * len(lines))
            for i, ln in enumerate(lines):
                self.y -= leading
                if i == 0:
                    self.draw_text(self.left, self.y, label_font, size, label)
                self.draw_runs(self.left + label_width, self.y, ln, size)
                self.record((label + ' ' if i == 0 else '') + self.plain(ln))
        self.space(after)

    def table(self, widths, rows, size, leading, pad=4.0,
              line_w=0.6, before=0.0, after=0.0, cell_draw=None, row_height=None,
              vertical=True):
        """rows: list of lists of (font, text), one text line per cell (a header
        row is just a row in bold).  cell_draw(layout, row, col, x, ytop, w, h) may add
        drawing to a cell (the pen strokes of a signature).  vertical=False
        draws the horizontal rules only."""
        self.space(before)
        rh = row_height or (leading + 2 * pad)
        x_edges = [self.left]
        for w in widths:
            x_edges.append(x_edges[-1] + w)
        self.ensure(rh * 2)
        top = self.y
        self.line(x_edges[0], top, x_edges[-1], top, line_w)
        for r, row in enumerate(rows):
            if self.y - rh < self.bottom:
                self.new_page()
                top = self.y
                self.line(x_edges[0], top, x_edges[-1], top, line_w)
            ytop = self.y
            base = ytop - pad - (rh - 2 * pad) / 2.0 - size * 0.35
            texts = []
            for c, (font, s) in enumerate(row):
                if s:
                    self.draw_text(x_edges[c] + pad + 1, base, font, size, s)
                    texts.append(s)
                if cell_draw:
                    cell_draw(self, r, c, x_edges[c], ytop, widths[c], rh)
            self.y -= rh
            self.line(x_edges[0], self.y, x_edges[-1], self.y, line_w)
            if vertical:
                for x in x_edges:
                    self.line(x, ytop, x, self.y, line_w)
            self.record(' | '.join(texts), 'table')
        self.space(after)

    def raw_line(self, s, font, size, leading, before=0.0):
        """One line exactly as given, blanks included (a plain text file)."""
        self.space(before)
        self.ensure(leading)
        self.y -= leading
        self.draw_text(self.left, self.y, font, size, s)
        self.record(s)

    def rule(self, before=0.0, after=0.0, w=0.6):
        self.space(before)
        self.ensure(1)
        self.line(self.left, self.y, self.W - self.right, self.y, w)
        self.space(after)

    def finish(self):
        n = len(self.pages)
        if self.furniture:
            for i in range(n):
                self.furniture(self, i, n)
        return n


class PdfWriter:
    def __init__(self):
        self.objs = []

    def add(self, body):
        self.objs.append(body)
        return len(self.objs)

    def reserve(self):
        self.objs.append(None)
        return len(self.objs)

    def set(self, n, body):
        self.objs[n - 1] = body

    @staticmethod
    def stream(dict_body, data):
        head = b'<< ' + dict_body + b' ' if dict_body else b'<< '
        return head + (b'/Length %d >>\nstream\n' % len(data)) + data + b'\nendstream'

    def write(self, root, info=None, file_id=None, header=b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'):
        out = bytearray(header)
        offsets = []
        for i, body in enumerate(self.objs, 1):
            offsets.append(len(out))
            if isinstance(body, str):
                body = body.encode('latin-1')
            out += b'%d 0 obj\n' % i + body + b'\nendobj\n'
        xref = len(out)
        out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(self.objs) + 1)
        for off in offsets:
            out += b'%010d 00000 n \n' % off
        trailer = b'<< /Size %d /Root %d 0 R' % (len(self.objs) + 1, root)
        if info:
            trailer += b' /Info %d 0 R' % info
        if file_id:
            trailer += b' /ID [<%s> <%s>]' % (file_id.encode(), file_id.encode())
        out += b'trailer\n' + trailer + b' >>\nstartxref\n%d\n%%%%EOF\n' % xref
        return bytes(out)




def word_pdf(layout, info, file_id):
    """The laid-out pages as Word's "Spara som PDF" leaves them in outline:
    Flate-compressed content streams, unembedded standard fonts with
    /WinAnsiEncoding, an information dictionary with UTF-16 text strings."""
    pdf = PdfWriter()
    catalog = pdf.reserve()
    pages = pdf.reserve()
    fonts = {}
    for name, res in sorted(FONT_RES.items(), key=lambda kv: kv[1]):
        fonts[res] = pdf.add('<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>' % name)
    font_dict = '<< ' + ' '.join('/%s %d 0 R' % (r, n) for r, n in sorted(fonts.items())) + ' >>'
    kids = []
    for ops in layout.pages:
        data = zlib.compress(('\n'.join(['0 g 0 G'] + ops) + '\n').encode('latin-1'), 9)
        content = pdf.add(PdfWriter.stream(b'/Filter /FlateDecode', data))
        kids.append(pdf.add('<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources << /Font %s '
                            '/ProcSet [/PDF /Text] >> /Contents %d 0 R /Group << /Type /Group /S /Transparency '
                            '/CS /DeviceRGB >> /Tabs /S /StructParents %d >>'
                            % (pages, A4[0], A4[1], font_dict, content, len(kids))))
    pdf.set(pages, '<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids), len(kids)))
    pdf.set(catalog, '<< /Type /Catalog /Pages %d 0 R /Lang (sv-SE) >>' % pages)

    def u16(s):
        return '<FEFF' + s.encode('utf-16-be').hex().upper() + '>'
    info_id = pdf.add('<< /Title %s /Author %s /Creator %s /CreationDate (%s) /ModDate (%s) /Producer %s >>' % (
        u16(info['title']), u16(info['author']), u16(info['creator']), info['date'], info['date'],
        u16(info['producer'])))
    return pdf.write(catalog, info_id, file_id, header=b'%PDF-1.7\n%\xb5\xb5\xb5\xb5\n')


# ===========================================================================
# What lies beside the minutes and is not minutes
# ===========================================================================
def xlsx_bytes(title, header, rows, meta):
    """A small Excel workbook: one sheet, every text in sharedStrings."""
    strings = []

    def si(s):
        if s not in strings:
            strings.append(s)
        return strings.index(s)

    def col(i):
        return chr(ord('A') + i)
    sheet_rows = ['<row r="1" spans="1:%d" x14ac:dyDescent="0.3"><c r="A1" s="1" t="s"><v>%d</v></c></row>'
                  % (len(header), si(title))]
    allrows = [header] + rows
    for r, row in enumerate(allrows, start=3):
        cells = []
        for c, v in enumerate(row):
            if v == '':
                continue
            cells.append('<c r="%s%d"%s t="s"><v>%d</v></c>' % (col(c), r, ' s="2"' if r == 3 else '', si(v)))
        sheet_rows.append('<row r="%d" spans="1:%d" x14ac:dyDescent="0.3">%s</row>' % (r, len(header), ''.join(cells)))
    nref = sum(1 for row in allrows for v in row if v != '') + 1
    sheet = DECL + (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" '
        'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" '
        'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" '
        'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" '
        'xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" '
        'xr:uid="{6F0B4C2E-91A7-4D35-8E62-1C9B7A3D5F08}"><dimension ref="A1:%s%d"/><sheetViews>'
        '<sheetView tabSelected="1" workbookViewId="0"><selection activeCell="A1" sqref="A1"/></sheetView>'
        '</sheetViews><sheetFormatPr defaultRowHeight="14.4" x14ac:dyDescent="0.3"/><cols>'
        '<col min="1" max="1" width="24.77734375" customWidth="1"/><col min="2" max="2" width="13.33203125" '
        'customWidth="1"/></cols><sheetData>%s</sheetData><pageMargins left="0.7" right="0.7" top="0.75" '
        'bottom="0.75" header="0.3" footer="0.3"/></worksheet>') % (col(len(header) - 1), len(allrows) + 2,
                                                                   ''.join(sheet_rows))
    shared = DECL + ('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" '
                     'uniqueCount="%d">%s</sst>') % (nref, len(strings), ''.join(
                         '<si><t>%s</t></si>' % esc(s) for s in strings))
    workbook = DECL + (
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="28030"/>'
        '<workbookPr defaultThemeVersion="166925"/><bookViews><workbookView xWindow="-108" yWindow="-108" '
        'windowWidth="23256" windowHeight="12576"/></bookViews><sheets><sheet name="Närvaro" sheetId="1" '
        'r:id="rId1"/></sheets><calcPr calcId="191029"/></workbook>')
    wb_rels = DECL + (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId3" Type="%sstyles" Target="styles.xml"/>'
        '<Relationship Id="rId2" Type="%stheme" Target="theme/theme1.xml"/>'
        '<Relationship Id="rId1" Type="%sworksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId4" Type="%ssharedStrings" Target="sharedStrings.xml"/></Relationships>'
        % (REL, REL, REL, REL))
    styles = DECL + (
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<fonts count="3"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/>'
        '<scheme val="minor"/></font><font><b/><sz val="14"/><color theme="1"/><name val="Calibri"/><family val="2"/>'
        '<scheme val="minor"/></font><font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/>'
        '<scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/>'
        '<bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" '
        'borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" '
        'xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" '
        'fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle '
        'name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" '
        'defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>')
    root_rels = DECL + (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId3" Type="%sextended-properties" Target="docProps/app.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
        'core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId1" Type="%sofficeDocument" Target="xl/workbook.xml"/></Relationships>' % (REL, REL))
    sml = 'application/vnd.openxmlformats-officedocument.spreadsheetml.'
    ctypes = DECL + (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="%ssheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="%sworksheet+xml"/>'
        '<Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="%sstyles+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="%ssharedStrings+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'extended-properties+xml"/></Types>' % (sml, sml, sml, sml))
    app = DECL + (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel'
        '</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="2" '
        'baseType="variant"><vt:variant><vt:lpstr>Kalkylblad</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4>'
        '</vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="1" baseType="lpstr">'
        '<vt:lpstr>Närvaro</vt:lpstr></vt:vector></TitlesOfParts><Company>%s</Company><LinksUpToDate>false'
        '</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>'
        '<AppVersion>16.0300</AppVersion></Properties>' % esc(meta['company']))
    core = DECL + (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
        % (esc(meta['creator']), esc(meta['last']), meta['created'], meta['modified']))
    theme = w_theme()
    parts = [('[Content_Types].xml', ctypes), ('_rels/.rels', root_rels), ('xl/workbook.xml', workbook),
             ('xl/_rels/workbook.xml.rels', wb_rels), ('xl/worksheets/sheet1.xml', sheet),
             ('xl/theme/theme1.xml', theme), ('xl/styles.xml', styles), ('xl/sharedStrings.xml', shared),
             ('docProps/core.xml', core), ('docProps/app.xml', app)]
    return write_zip([Entry(n.encode('ascii'), d.encode('utf-8'), WORD_ZIP_TIME, flags=0x0006) for n, d in parts])


def png_bytes(w, h, pixel):
    """An RGB PNG with nothing but IHDR, IDAT and IEND (no text chunks)."""
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            raw += bytes(pixel(x, y))
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(bytes(raw), 9)) + chunk(b'IEND', b''))


def logo_pixel(x, y):
    """The network's logo: a teal disc with a white house (roof and body) and
    an orange door, on white; no letters anywhere."""
    cx, cy, r = 120, 120, 104
    white, teal, orange = (255, 255, 255), (0, 122, 128), (242, 140, 40)
    dx, dy = x - cx + 0.5, y - cy + 0.5
    d2 = dx * dx + dy * dy
    if d2 > r * r:
        return white
    if d2 > (r - 2) * (r - 2):       # a soft rim
        return (128, 188, 191)
    # roof: a triangle with its apex at (120, 52), base from 58 to 182 at y=112
    if 52 <= y < 112 and abs(x + 0.5 - 120) <= (y - 52) * 62.0 / 60.0:
        return white
    # body: 76..164 x 112..178, the door 108..132 x 140..178
    if 76 <= x < 164 and 112 <= y < 178:
        if 108 <= x < 132 and 140 <= y < 178:
            return orange
        return white
    return teal


def thumbs_db():
    """An (empty) Windows thumbnail cache: an OLE2 compound file header, a FAT
    sector and a directory sector holding the root entry and an empty
    'Catalog' stream."""
    hdr = bytearray(512)
    hdr[0:8] = b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1'
    struct.pack_into('<HHHHH', hdr, 24, 0x003E, 0x0003, 0xFFFE, 9, 6)
    struct.pack_into('<IIIIIIIII', hdr, 40, 0, 1, 1, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0)
    struct.pack_into('<I', hdr, 76, 0)
    for i in range(1, 109):
        struct.pack_into('<I', hdr, 76 + 4 * i, 0xFFFFFFFF)
    fat = bytearray(b'\xff' * 512)
    struct.pack_into('<II', fat, 0, 0xFFFFFFFD, 0xFFFFFFFE)

    def dirent(name, kind, child, start, size, color=1):
        e = bytearray(128)
        n = name.encode('utf-16-le') + b'\0\0'
        e[0:len(n)] = n
        struct.pack_into('<HBB', e, 64, len(n), kind, color)
        struct.pack_into('<III', e, 68, 0xFFFFFFFF, 0xFFFFFFFF, child)
        struct.pack_into('<II', e, 116, start, size)
        return e
    dirs = dirent('Root Entry', 5, 1, 0xFFFFFFFE, 0) + dirent('Catalog', 2, 0xFFFFFFFF, 0xFFFFFFFE, 0)
    dirs += bytearray(b'\0' * 128) * 2
    for k in (2, 3):
        struct.pack_into('<III', dirs, 128 * k + 68, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF)
    return bytes(hdr + fat + dirs)


def desktop_ini():
    return ('\r\n[.ShellClassInfo]\r\nIconResource=C:\\Windows\\System32\\imageres.dll,-112\r\n'
            '[ViewState]\r\nMode=\r\nVid=\r\nFolderType=Documents\r\n').encode('cp1252')


def word_owner_file(user):
    """Word's owner ("lock") file: 162 bytes; the user name's length, the name in
    the ANSI code page, zeros up to byte 54, the length again as a 16-bit word,
    the name in UTF-16LE, zeros to the end."""
    b = bytearray(162)
    a = user.encode('cp1252')
    b[0] = len(user)
    b[1:1 + len(a)] = a
    struct.pack_into('<H', b, 54, len(user))
    u = user.encode('utf-16-le')
    b[56:56 + len(u)] = u
    return bytes(b)


def apple_double(xattrs):
    """A macOS AppleDouble "._" file as ditto writes it into __MACOSX/: 4096
    bytes, a Finder-info entry that carries the extended attributes ("ATTR")
    and an empty resource fork."""
    out = bytearray(4096)
    struct.pack_into('>II', out, 0, 0x00051607, 0x00020000)
    out[8:24] = b'Mac OS X        '
    struct.pack_into('>H', out, 24, 2)
    struct.pack_into('>III', out, 26, 9, 50, 3760)          # Finder info + attributes
    struct.pack_into('>III', out, 38, 2, 3810, 286)         # resource fork
    # attribute header at 84 (50 + 32 bytes of Finder info + 2 bytes pad)
    entries = bytearray()
    data = bytearray()
    names = [(n.encode('utf-8') + b'\0', v) for n, v in xattrs]
    entries_len = sum((11 + len(n) + 3) & ~3 for n, _ in names)
    data_start = 84 + 36 + entries_len
    off = data_start
    for n, v in names:
        e = struct.pack('>IIHB', off, len(v), 0, len(n)) + n
        e += b'\0' * (((len(e) + 3) & ~3) - len(e))
        entries += e
        data += v
        off += len(v)
    struct.pack_into('>4sIIIIIIIHH', out, 84, b'ATTR', 0, 3810, data_start, len(data), 0, 0, 0, 0, len(names))
    out[120:120 + len(entries)] = entries
    out[data_start:data_start + len(data)] = data
    # the empty resource fork
    rf = bytearray(286)
    struct.pack_into('>IIII', rf, 0, 0x100, 0x100, 0, 0x1E)
    msg = b'This resource fork intentionally left blank   '
    rf[16:16 + len(msg)] = msg
    struct.pack_into('>IIII', rf, 256, 0x100, 0x100, 0, 0x1E)
    struct.pack_into('>HHH', rf, 256 + 24, 0x1C, 0x1E, 0xFFFF)
    out[3810:4096] = rf
    return bytes(out)


def ds_store(records):
    """A Finder .DS_Store: the buddy-allocator file "Bud1" with a DSDB B-tree of
    one leaf node. records: (file name, code, type, data bytes), sorted."""
    def ustr(s):
        u = s.encode('utf-16-be')
        return struct.pack('>I', len(u) // 2) + u
    leaf = bytearray(struct.pack('>II', 0, len(records)))
    for name, code, typ, data in records:
        leaf += ustr(name) + code + typ + data
    leaf += b'\0' * (4096 - len(leaf))
    # blocks (offsets from byte 4): 0 = allocator info at 0x0800 (2 KiB),
    # 1 = DSDB header at 0x0020 (32 B), 2 = the leaf at 0x1000 (4 KiB)
    dsdb = struct.pack('>IIIII', 2, 0, len(records), 1, 0x1000) + b'\0' * 12
    info = bytearray(struct.pack('>II', 3, 0))
    addrs = [0x0800 | 11, 0x0020 | 5, 0x1000 | 12]
    info += b''.join(struct.pack('>I', a) for a in addrs) + b'\0' * (4 * (256 - len(addrs)))
    info += struct.pack('>I', 1) + bytes([4]) + b'DSDB' + struct.pack('>I', 1)
    free = {6: [0x0040], 7: [0x0080], 8: [0x0100], 9: [0x0200], 10: [0x0400]}
    free.update({k: [1 << k] for k in range(13, 31)})
    for k in range(32):
        lst = free.get(k, [])
        info += struct.pack('>I', len(lst)) + b''.join(struct.pack('>I', o) for o in lst)
    info += b'\0' * (2048 - len(info))
    body = bytearray(0x2000)
    body[0x0020:0x0020 + len(dsdb)] = dsdb
    body[0x0800:0x0800 + len(info)] = info
    body[0x1000:0x2000] = leaf
    head = struct.pack('>I4sIII', 1, b'Bud1', 0x0800, 0x0800, 0x0800) + bytes.fromhex('0000100c000000870000200b00000000')
    body[0:len(head) - 4] = head[4:]
    return head[:4] + bytes(body)


def rtf_escape(s):
    """TextEdit's RTF: Windows-1252 letters as \\'xx, everything else as \\uc0\\uN."""
    out = []
    for ch in s:
        o = ord(ch)
        if ch in '\\{}':
            out.append('\\' + ch)
        elif 32 <= o < 127:
            out.append(ch)
        else:
            try:
                b = ch.encode('cp1252')
                out.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                out.append('\\uc0\\u%d ' % o)
    return ''.join(out)


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


def b64_lines(data, width=76):
    s = base64.b64encode(data).decode('ascii')
    return '\r\n'.join(s[i:i + width] for i in range(0, len(s), width))


# ===========================================================================
# The minutes. READING[part] holds the text of a part as a reader should get
# it, line by line (printed with VARIED70_LINES=1).
# ===========================================================================
READING = {}


def reading(part, lines):
    READING[part] = [plain(x) for x in lines]


# ---------------------------------------------------------------------------
# 1a. OneDrive: Minnesanteckningar/2026/Minnesanteckningar 2026-09-17.docx
# ---------------------------------------------------------------------------
def m1_docx():
    d = WordDoc(['00D41A27', '0061C3E9', '00A85B12', '00307FD4', '00E912A6'], 0x3C51A7)
    x, r = [], []

    def P(text, **kw):
        x.append(d.p(text, **kw))
        r.append(text)
    P('Minnesanteckningar', style='Rubrik')
    P('Nätverket för boendestöd', style='Underrubrik')
    d.next_rsid()
    for line in ['**Datum:** torsdag 17 september 2026', '**Tid:** 13.00–16.00',
                 '**Plats:** Helsingborg, Socialförvaltningen, rum Pålsjö', '**Ordförande:** [[Ingalena]] Frisk',
                 '**Antecknare:** [[Dilrukshi]] [[Jayasekara]]']:
        P(line, spacing='w:after="0"')
    P('**Närvarande**', spacing='w:before="240" w:after="60"', keep=True, mark_rpr='<w:b/><w:bCs/>')
    grid = [3402, 2268, 3392]
    rows = [('Namn', 'Kommun', 'Funktion'),
            ('Ingalena Frisk', 'Helsingborg', 'Enhetschef boendestöd'),
            ('Dilrukshi Jayasekara', 'Ängelholm', 'Boendestödjare'),
            ('Bjarki Sveinsson', 'Höganäs', 'Samordnare socialpsykiatri'),
            ('Aroha Wihongi', 'Landskrona', 'Enhetschef'),
            ('Kent-Ove Mattsson', 'Klippan', 'Boendestödjare'),
            ('Csaba Fehér', 'Bjuv', 'Handläggare'),
            ('Tesfit Ghebremedhin', 'Åstorp', 'Boendestödjare'),
            ('Solgerd Lindau', 'Båstad', 'Enhetschef')]
    trows = []
    for k, row in enumerate(rows):
        d.next_rsid()
        cells = [d.cell(grid[c], [d.p('**%s**' % v if k == 0 else v)], shade='D9E2F3' if k == 0 else None)
                 for c, v in enumerate(row)]
        trows.append(d.row(cells, header=(k == 0)))
        r.extend(row)
    x.append(d.table(grid, trows))
    d.next_rsid()
    P('**Förhinder:** Raffaele Conti (Svalöv), Sonja-Lill Hedén (Örkelljunga)', spacing='w:before="160" w:after="0"')
    P('**Gäst:** Supachai Rattanakorn, enhetschef, vuxenpsykiatrin i Helsingborg, Region Skåne (punkt 2)')
    items = [
        ('Välkommen och dagordning', [
            'Ingalena Frisk hälsade alla välkomna, särskilt Supachai Rattanakorn. Dagordningen godkändes.']),
        ('Samverkan med vuxenpsykiatrin vid utskrivning', [
            'Supachai Rattanakorn berättade att vuxenpsykiatrin i Helsingborg från oktober kallar boendestödet '
            'till samordnad individuell plan innan en patient skrivs ut.',
            'Han sa: ”Boendestödet ska inte få veta i efterhand att någon har kommit hem.”',
            'Csaba Fehér frågade om det gäller patienter från alla kommuner. Supachai svarade att alla elva '
            'kommuner omfattas.',
            '**Beslut:** Ingalena Frisk tar fram en gemensam kontaktlista till vuxenpsykiatrins avdelningar.']),
        ('Digitalt boendestöd', [
            'Kent-Ove Mattsson lyfte att Klippan sedan i våras gör en del av boendestöds¦besöken via surfplatta.',
            'Enligt Kent-Ove uppskattar flera brukare att slippa ett besök i hemmet varje dag.',
            'Tesfit Ghebremedhin menade att ett digitalt besök inte kan ersätta att någon ser hur hemmet ser ut.',
            '**Beslut:** Kent-Ove Mattsson följer upp de digitala besöken och redovisar dem på nästa möte.']),
        ('Väntetid till boendestöd', [
            'Aroha Wihongi tog upp att väntetiden till boendestöd i Landskrona har ökat till sju veckor.',
            'Hon sa: ”Sju veckor är lång tid när man precis har fått nycklarna till sin första lägenhet.”',
            'Solgerd Lindau berättade att Båstad inte har någon kö alls just nu.',
            'Frågan diskuterades utan beslut.']),
        ('Övriga frågor', [
            'Bjarki Sveinsson informerade om att Höganäs har anställt två nya boendestödjare.',
            'Csaba Fehér berättade att Bjuv flyttar sin träfflokal till Billesholm i januari.']),
    ]
    for title, paras in items:
        d.next_rsid()
        P(title, style='Rubrik2')
        for t in paras:
            P(t)
    d.next_rsid()
    P('Nästa möte: torsdag 22 oktober 2026 kl. 13.00 i Landskrona.', spacing='w:before="240"')
    meta = dict(docid='5E0C7A13-94B2-4F6D-A1C8-3B7E2D90F164', creator='Dilrukshi Jayasekara',
                last='Dilrukshi Jayasekara', revision=6, created='2026-09-17T11:02:00Z',
                modified='2026-09-18T06:12:00Z', company='Ängelholms kommun', minutes=54, pages=2)
    return docx_bytes(d, x, meta, numbering=w_numbering('decimal'), h2_num=1), r


# ---------------------------------------------------------------------------
# 1b. OneDrive: Minnesanteckningar/2026/Minnesanteckningar 2026-10-22.pdf
# ---------------------------------------------------------------------------
def m2_pdf():
    H, HB = 'Helvetica', 'Helvetica-Bold'
    L = Layout(70.9, 70.9, 70.9, 70.9)
    L.para([(HB, 'Nätverket för boendestöd')], 16, 20)
    L.para([(H, 'Minnesanteckningar')], 12, 16, after=8)
    for lab, val in [('Datum:', 'torsdag 22 oktober 2026'), ('Tid:', '13.00–15.30'),
                     ('Plats:', 'Landskrona, Socialförvaltningen, rum Ven')]:
        L.para([(HB, lab + ' '), (H, val)], 11, 14)
    L.para([(H, 'Närvarande var Ingalena Frisk (Helsingborg), som ledde mötet, Dilrukshi Jayasekara (Ängelholm), '
                'som förde anteckningarna, Aroha Wihongi (Landskrona), Kent-Ove Mattsson (Klippan), Raffaele '
                'Conti (Svalöv), Sonja-Lill Hedén (Örkelljunga) och Tesfit Ghebremedhin (Åstorp). Bjarki '
                'Sveinsson (Höganäs), Csaba Fehér (Bjuv) och Solgerd Lindau (Båstad) hade förhinder. Under § 3 '
                'deltog Mitsuko Arai, bosocial samordnare på Landskronahem, som gäst.')], 11, 14, before=8, after=4)
    items = [
        ('§ 1 Föregående minnesanteckningar', [
            'Minnesanteckningarna från mötet den 17 september gicks igenom och lades till handlingarna.']),
        ('§ 2 Hyresskulder hos brukare med boendestöd', [
            'Raffaele Conti lyfte att Svalöv under året har haft fyra avhysningar där hyresgästen hade boendestöd.',
            'Han sa: ”Vi var hemma hos dem varje vecka men visste inte att hyran inte var betald.”',
            'Sonja-Lill Hedén höll med och berättade att Örkelljunga har samma erfarenhet.',
            '**Beslut:** Raffaele Conti och Sonja-Lill Hedén skriver ett förslag till rutin för hyresskulder.']),
        ('§ 3 Samarbete med bostadsbolagen', [
            'Mitsuko Arai berättade att Landskronahem vill kunna kontakta boendestödet direkt när en hyresgäst har '
            'fått en betalningspåminnelse.',
            'Enligt Mitsuko går de flesta avhysningar att förhindra om någon hör av sig inom två veckor.',
            'Tesfit Ghebremedhin frågade hur det går ihop med sekretessen. Mitsuko svarade att hyresgästen kan '
            'lämna sitt samtycke redan vid inflyttningen.',
            '**Beslut:** Aroha Wihongi tar fram en samtyckesblankett tillsammans med Landskronahem.']),
        ('§ 4 Uppföljning av det digitala boendestödet', [
            'Kent-Ove Mattsson redovisade att tolv brukare i Klippan nu har minst ett digitalt besök i veckan.',
            'Han sa: ”Ingen har velat gå tillbaka till enbart fysiska besök.”',
            'Inget beslut.']),
        ('§ 5 Övrigt', [
            'Dilrukshi Jayasekara påminde om att Ängelholm bjuder in till en utbildningsdag om samsjuklighet den '
            '3 december.',
            'Ingalena Frisk meddelade att hon lämnar ordförandeskapet vid årsskiftet.']),
    ]
    for title, paras in items:
        L.para([(HB, title)], 11, 14, before=8, keep=1)
        for t in paras:
            runs = [(HB, 'Beslut: '), (H, t[len('**Beslut:** '):])] if t.startswith('**Beslut:**') else [(H, t)]
            L.para(runs, 11, 14, after=2)
    L.para([(H, 'Nästa möte: torsdag 19 november 2026 kl. 13.00 i Åstorp.')], 11, 14, before=8)
    L.para([(H, 'Vid anteckningarna: Dilrukshi Jayasekara')], 11, 14, before=12)
    L.finish()
    info = dict(title='Minnesanteckningar', author='Dilrukshi Jayasekara', creator='Microsoft® Word för Microsoft 365',
                producer='Microsoft® Word för Microsoft 365', date="D:20261023140508+02'00'")
    data = word_pdf(L, info, '7A3C19E04B5D4F2A9C81E6B0D27F5A34')
    lines = [t for _, t, _ in L.lines]
    if LINES:
        for pg, t, _ in L.lines:
            print('  pdf p%d | %s' % (pg + 1, t))
    return data, lines


def m_attendance_xlsx():
    header = ['Namn', 'Kommun', 'feb', 'apr', 'jun', 'sep', 'okt']
    rows = [['Ingalena Frisk', 'Helsingborg', 'X', 'X', 'X', 'X', 'X'],
            ['Dilrukshi Jayasekara', 'Ängelholm', 'X', 'X', '', 'X', 'X'],
            ['Bjarki Sveinsson', 'Höganäs', 'X', '', 'X', 'X', ''],
            ['Aroha Wihongi', 'Landskrona', 'X', 'X', 'X', 'X', 'X'],
            ['Kent-Ove Mattsson', 'Klippan', '', 'X', 'X', 'X', 'X'],
            ['Csaba Fehér', 'Bjuv', 'X', 'X', 'X', 'X', ''],
            ['Tesfit Ghebremedhin', 'Åstorp', 'X', 'X', '', 'X', 'X'],
            ['Solgerd Lindau', 'Båstad', 'X', '', 'X', 'X', ''],
            ['Brynolf Asp (t.o.m. juni)', 'Svalöv', 'X', 'X', 'X', '', ''],
            ['Raffaele Conti', 'Svalöv', '', '', '', '', 'X'],
            ['Libuše Horáková (t.o.m. april)', 'Örkelljunga', 'X', 'X', '', '', ''],
            ['Sonja-Lill Hedén', 'Örkelljunga', '', '', 'X', '', 'X']]
    meta = dict(company='Helsingborgs stad', creator='Ingalena Frisk', last='Dilrukshi Jayasekara',
                created='2026-01-14T09:20:31Z', modified='2026-10-22T14:48:02Z')
    return xlsx_bytes('Närvarolista Nätverket för boendestöd 2026', header, rows, meta)


# ---------------------------------------------------------------------------
# 2a. Höganäs: Möten 2025/Möte 16 september Bjuv.txt (Notepad, Windows-1252, CRLF)
# ---------------------------------------------------------------------------
M3_TEXT = '''MINNESANTECKNINGAR
Nätverket för tillståndshandläggare

Datum: 2025-09-16
Tid: 9.00-12.00
Plats: Bjuv, Kommunhuset, sammanträdesrum Gunnarstorp
Ordförande: Stig-Åke Nordh
Antecknare: Britten Ståhlberg

Närvarande:
- Stig-Åke Nordh, Bjuv
- Britten Ståhlberg, Höganäs
- Hauke Petersen, Helsingborg
- Amaia Etxeberria, Ängelholm
- Sadaf Qureshi, Landskrona
- Junjie Huang, Åstorp
- Ann-Gerd Palm, Örkelljunga

Frånvarande: Krešimir Brala (Klippan), Laila-Maria Svedberg (Båstad)
Gäst: Gaëtan Moreau, Länsstyrelsen Skåne (punkt 2)

1. Mötets öppnande
Stig-Åke Nordh hälsade välkommen till Bjuv. Dagordningen godkändes.

2. Länsstyrelsens tillsyn
Gaëtan Moreau berättade att Länsstyrelsen under hösten granskar hur kommunerna följer upp restauranger som har fått en varning.
Han sa: "Det är inte antalet varningar vi tittar på, utan vad som händer efteråt."
Hauke Petersen frågade om granskningen gäller alla kommuner i nätverket. Gaëtan svarade att den gäller fyra kommuner i år.
Beslut: Hauke Petersen samlar kommunernas rutiner för uppföljning i en gemensam mapp.

3. Serveringstillstånd vid festivaler
Amaia Etxeberria lyfte att Ängelholm har fått tre ansökningar om tillfälliga serveringstillstånd för samma helg i juli nästa år.
Enligt Amaia räcker inte kommunens egna inspektörer till så många kontroller.
Sadaf Qureshi berättade att Landskrona lånade inspektörer från Helsingborg förra sommaren.
Beslut: Amaia Etxeberria och Sadaf Qureshi tar fram ett förslag om att låna inspektörer mellan kommunerna.

4. Tobakstillsyn
Junjie Huang tog upp att flera butiker i Åstorp säljer snus till ungdomar under 18 år.
Han sa: "Vi hinner bara göra kontrollköp två gånger om året."
Ann-Gerd Palm instämde.
Ingen fråga att besluta om.

5. Övrigt
Britten Ståhlberg informerade om att Höganäs byter ärendesystem för tillstånd i december.
Ann-Gerd Palm berättade att Örkelljunga söker en ny alkoholhandläggare.

Nästa möte: tisdag 14 oktober 2025 kl. 9.00 i Höganäs.
'''


def m3_txt():
    text = M3_TEXT.replace('\n', '\r\n')
    return text.encode('cp1252'), M3_TEXT.split('\n')


# ---------------------------------------------------------------------------
# 2b. Höganäs: Möten 2025/Möte 14 oktober.docx
# ---------------------------------------------------------------------------
def m4_docx():
    d = WordDoc(['0087E2C5', '002F4B91', '00C06D38', '0059A1F7'], 0x7E2A19)
    x, r = [], []

    def P(text, **kw):
        x.append(d.p(text, **kw))
        r.append(text)
    P('Nätverket för tillståndshandläggare', style='Rubrik')
    P('Minnesanteckningar', spacing='w:before="120"', rpr='<w:sz w:val="28"/><w:szCs w:val="28"/>',
      mark_rpr='<w:sz w:val="28"/><w:szCs w:val="28"/>')
    d.next_rsid()
    P('**Datum:** tisdag 14 oktober 2025, kl. 9.00–12.00', spacing='w:after="0"')
    P('**Plats:** Höganäs, Kommunhuset, rum Kullaberg')
    P('**Närvarande:** Britten Ståhlberg (Höganäs, ordförande), Hauke Petersen (Helsingborg), '
      '[[Krešimir]] [[Brala]] (Klippan), Laila-Maria Svedberg (Båstad), Stig-Åke Nordh (Bjuv), Junjie Huang '
      '(Åstorp) och Sadaf [[Qureshi]] (Landskrona, antecknare).')
    P('**Förhinder:** Amaia [[Etxeberria]] (Ängelholm) och Ann-Gerd Palm (Örkelljunga).', spacing='w:after="0"')
    P('**Gäst under ärende 3:** [[Oluwatoyin]] [[Adeyemi]], Skatteverket.')
    items = [
        ('Ärende 1: Föregående minnesanteckningar', [
            'Anteckningarna från mötet i Bjuv den 16 september godkändes.']),
        ('Ärende 2: Utbildning i ansvarsfull alkoholservering', [
            'Laila-Maria Svedberg lyfte att Båstad vill ordna kursen tillsammans med fler kommuner.',
            'Hon sa: ”Vi får bara ihop sex deltagare, och då blir utbildningen för dyr.”',
            '[[Krešimir]] [[Brala]] tyckte att Klippan kan vara med.',
            '**Beslut:** Laila-Maria Svedberg bokar en gemensam utbildning i Båstad i mars.']),
        ('Ärende 3: Samverkan med Skatteverket', [
            '[[Oluwatoyin]] [[Adeyemi]] berättade att Skatteverket gärna deltar i kommunernas krogkontroller för att '
            'kontrollera personalliggare.',
            'Enligt [[Oluwatoyin]] upptäcks de flesta brister sent på kvällen.',
            'Junjie Huang frågade hur man bokar en gemensam kontroll. [[Oluwatoyin]] svarade att det räcker med ett '
            'mejl två veckor i förväg.',
            '**Beslut:** Nätverket bjuder in Skatteverket till två gemensamma kontrollkvällar under våren.']),
        ('Ärende 4: Försäljning direkt från gårdar', [
            'Hauke Petersen tog upp att den nya lagen om gårdsförsäljning kan ge nya ärenden i Helsingborg.',
            'Han sa: ”Vi vet inte ens hur många vingårdar det finns i kommunen.”',
            'Stig-Åke Nordh menade att Bjuv knappast berörs.',
            'Inget beslut.']),
        ('Ärende 5: Övrigt', [
            'Sadaf [[Qureshi]] berättade att Landskrona har anställt en ny tillsyns¦inspektör.',
            'Britten Ståhlberg påminde om att ansökningar om serveringstillstånd för nyårsafton ska vara inne den '
            '1 december.']),
    ]
    for title, paras in items:
        d.next_rsid()
        P('**%s**' % title, keep=True, spacing='w:before="240" w:after="80"', mark_rpr='<w:b/><w:bCs/>')
        for t in paras:
            P(t)
    d.next_rsid()
    P('Nästa möte: tisdag 18 november 2025 kl. 9.00 i Klippan.', spacing='w:before="240"')
    meta = dict(docid='A1F62C07-3D8E-4B59-92E4-6C0B1D7A85F3', creator='Sadaf Qureshi', last='Britten Ståhlberg',
                revision=4, created='2025-10-14T09:03:00Z', modified='2025-10-15T06:47:00Z',
                company='Landskrona stad', minutes=38, pages=1)
    return docx_bytes(d, x, meta), r


# ---------------------------------------------------------------------------
# 3a. Arkiv.zip: Nätverksträffar våren 2026/Nätverksträff 11 mars.odt
# ---------------------------------------------------------------------------
def m5_odt():
    R = ['00172f3a', '0021c9d4', '002b6e05', '0034a1b7']
    auto = [
        '<style:style style:name="Tabell1" style:family="table"><style:table-properties style:width="12cm" '
        'table:align="left"/></style:style>',
        '<style:style style:name="Tabell1.A" style:family="table-column"><style:table-column-properties '
        'style:column-width="7cm"/></style:style>',
        '<style:style style:name="Tabell1.B" style:family="table-column"><style:table-column-properties '
        'style:column-width="5cm"/></style:style>',
        '<style:style style:name="Tabell1.A1" style:family="table-cell"><style:table-cell-properties '
        'fo:background-color="#dee6ef" fo:padding="0.097cm" fo:border="0.5pt solid #000000"/></style:style>',
        '<style:style style:name="Tabell1.A2" style:family="table-cell"><style:table-cell-properties '
        'fo:padding="0.097cm" fo:border="0.5pt solid #000000"/></style:style>',
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
        '<style:style style:name="P5" style:family="paragraph" style:parent-style-name="Table_20_Contents">'
        '<style:text-properties officeooo:rsid="%s" officeooo:paragraph-rsid="%s"/></style:style>' % (R[1], R[1]),
        '<style:style style:name="P6" style:family="paragraph" style:parent-style-name="Table_20_Heading">'
        '<style:paragraph-properties fo:text-align="start" style:justify-single-word="false"/>'
        '<style:text-properties officeooo:rsid="%s" officeooo:paragraph-rsid="%s"/></style:style>' % (R[1], R[1]),
        '<style:style style:name="P7" style:family="paragraph" style:parent-style-name="Text_20_body">'
        '<style:text-properties officeooo:rsid="%s" officeooo:paragraph-rsid="%s"/></style:style>' % (R[2], R[2]),
        '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold" '
        'style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style>',
        '<style:style style:name="T2" style:family="text"><style:text-properties officeooo:rsid="%s"/>'
        '</style:style>' % R[3],
        '<style:style style:name="T3" style:family="text"><style:text-properties fo:font-weight="bold" '
        'officeooo:rsid="%s" style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style>'
        % R[3],
    ]
    body, r = [], []

    def P(style, text):
        body.append(odf_p(style, text))
        r.append(text)
    P('P2', 'Nätverket för socialjour')
    P('P1', 'Minnesanteckningar från nätverksträffen')
    for line in ['**Datum:** onsdag 11 mars 2026, kl. 13.15–15.45',
                 '**Plats:** Helsingborg, Socialjouren, konferensrummet',
                 '**Ordförande:** Aitor Goikoetxea', '**Antecknare:** Wulan Hartono']:
        P('P3', line)
    P('P4', '**Närvarande:**')
    rows = [('Namn', 'Kommun'), ('Aitor Goikoetxea', 'Helsingborg'), ('Wulan Hartono', 'Höganäs'),
            ('Sven-Bertil Löwgren', 'Ängelholm'), ('Moana Taufa', 'Klippan'), ('Bořivoj Novák', 'Perstorp'),
            ('Chaminda Fernando', 'Bjuv'), ('Nêrgiz Baran', 'Landskrona'), ('Rigborg Alm', 'Båstad')]
    t = ['<table:table table:name="Tabell1" table:style-name="Tabell1">'
         '<table:table-column table:style-name="Tabell1.A"/><table:table-column table:style-name="Tabell1.B"/>']
    for k, row in enumerate(rows):
        if k == 0:
            t.append('<table:table-header-rows>')
        t.append('<table:table-row>')
        for v in row:
            t.append('<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>'
                     % ('Tabell1.A1' if k == 0 else 'Tabell1.A2', odf_p('P6' if k == 0 else 'P5', v)))
            r.append(v)
        t.append('</table:table-row>')
        if k == 0:
            t.append('</table:table-header-rows>')
    t.append('</table:table>')
    body.append(''.join(t))
    P('P7', '**Förhinder:** Tora-Lisa Rydén, Svalöv')
    P('P7', '**Gäst:** Vsevolod Orlov, vakthavande befäl, Polisen region Syd (punkt 2)')
    P('P7', 'Åstorp och Örkelljunga deltar inte i nätverket.')
    items = [
        ('1. Inledning', [
            'Aitor Goikoetxea hälsade välkommen till socialjouren och presenterade dagens gäst.']),
        ('2. Polisens handräckning nattetid', [
            'Vsevolod Orlov berättade att polisen i nordvästra Skåne har färre patruller mellan klockan två och sex '
            'på natten.',
            'Han sa: ”Ring tidigt, inte när det redan har gått över styr.”',
            'Wulan Hartono frågade om socialjouren kan få ett direktnummer till vakthavande befäl. Vsevolod svarade '
            'att det redan finns ett sådant nummer.',
            '**Beslut:** Aitor Goikoetxea lägger in numret i socialjourens rutin¦pärm.']),
        ('3. Morgonrapporterna', [
            'Sven-Bertil Löwgren lyfte att Ängelholm ibland får socialjourens rapporter först efter lunch.',
            'Enligt Sven-Bertil har ett barn hunnit skickas hem från skolan innan någon läst rapporten.',
            'Moana Taufa höll med.',
            '**Beslut:** Socialjouren skickar rapporterna till kommunernas funktionsbrevlådor senast klockan 8.00.']),
        ('4. Bemanning under påsken', [
            'Bořivoj Novák tog upp att Perstorp inte har någon beredskap under påskhelgen.',
            'Han sa: ”Vi är tre socialsekreterare, och alla har redan tagit ut sin ledighet.”',
            'Chaminda Fernando sa att Bjuv kan dela beredskap med Perstorp.',
            'Frågan bordlades till nästa träff.']),
        ('5. Övrigt', [
            'Nêrgiz Baran berättade att Landskrona har fått en ny jourlägenhet för våldsutsatta.',
            'Rigborg Alm meddelade att hon går i pension i juni.']),
    ]
    for title, paras in items:
        P('P4', '**%s**' % title)
        for x in paras:
            P('P7', x)
    P('P7', 'Nästa träff: onsdag 6 maj 2026 kl. 13.15 i Klippan.')
    body_xml = ''.join(body)
    seq = ('<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Illustration"/>'
           '<text:sequence-decl text:display-outline-level="0" text:name="Table"/>'
           '<text:sequence-decl text:display-outline-level="0" text:name="Text"/>'
           '<text:sequence-decl text:display-outline-level="0" text:name="Drawing"/>'
           '<text:sequence-decl text:display-outline-level="0" text:name="Figure"/></text:sequence-decls>')
    content = (XML_DECL + '<office:document-content %s><office:scripts/>%s<office:automatic-styles>%s'
               '</office:automatic-styles><office:body><office:text>%s%s</office:text></office:body>'
               '</office:document-content>' % (ODF_NS, ODF_FONTS, ''.join(auto), seq, body_xml))
    meta = odf_meta('Wulan Hartono', 'Wulan Hartono', '2026-03-11T13:21:40.512000000',
                    '2026-03-12T09:14:22.307000000', 'PT1H47M12S', 4, body_xml, tables=1)
    return odt_bytes(content, meta, dt(2026, 3, 12, 9, 14, 22)), r


# ---------------------------------------------------------------------------
# 3b. Arkiv.zip: Anteckningar från träffen i Klippan.rtf (TextEdit)
# ---------------------------------------------------------------------------
M6_LINES = [
    ('b', 'Nätverket för socialjour'),
    ('', 'Anteckningar från träffen i Klippan'),
    ('', ''),
    ('', 'Datum: onsdagen den 6 maj 2026, kl. 13.15–15.30'),
    ('', 'Plats: Klippan, Kommunhuset, rum Skäralid'),
    ('', 'Närvarande: Moana Taufa, Klippan (värd och ordförande); Aitor Goikoetxea, Helsingborg; Tora-Lisa Rydén, '
         'Svalöv; Bořivoj Novák, Perstorp; Chaminda Fernando, Bjuv; Rigborg Alm, Båstad; Wulan Hartono, Höganäs '
         '(antecknare).'),
    ('', 'Frånvarande: Sven-Bertil Löwgren, Ängelholm; Nêrgiz Baran, Landskrona.'),
    ('', 'Gäst: Noelani Kahale, samordnare på Kvinnojouren i Landskrona (punkt 3).'),
    ('', ''),
    ('h', '1) Runda'),
    ('', 'Alla berättade kort om läget. Bjuv och Perstorp delade beredskap under påsken, och det fungerade bra.'),
    ('', ''),
    ('h', '2) Gemensam beredskap i de mindre kommunerna'),
    ('', 'Chaminda Fernando lyfte att Bjuv och Perstorp vill fortsätta att dela beredskap under sommaren.'),
    ('', 'Han sa: ”Två kommuner som turas om är bättre än två kommuner som båda är trötta.”'),
    ('', 'Tora-Lisa Rydén frågade om Svalöv kan vara med.'),
    ('', 'Beslut: Bjuv, Perstorp och Svalöv provar gemensam beredskap från midsommar till mitten av augusti.'),
    ('', ''),
    ('h', '3) Våldsutsatta som söker hjälp på natten'),
    ('', 'Noelani Kahale berättade att kvinnojouren får allt fler samtal mellan midnatt och sex på morgonen.'),
    ('', 'Enligt Noelani vet många inte att socialjouren kan ordna skyddat boende samma natt.'),
    ('', 'Bořivoj Novák frågade om kvinnojouren har platser för kvinnor med husdjur. Noelani svarade att de har två '
         'sådana platser.'),
    ('', 'Beslut: Wulan Hartono gör en gemensam informationslapp om socialjouren till kvinnojourerna.'),
    ('', ''),
    ('h', '4) Övrigt'),
    ('', 'Rigborg Alm meddelade att hon går i pension i juni och tackade för samarbetet.'),
    ('', 'Aitor Goikoetxea berättade att socialjouren byter telefonsystem den 26 maj.'),
    ('', ''),
    ('', 'Nästa träff: onsdag 9 september 2026 kl. 13.15 i Svalöv.'),
    ('', '/Wulan'),
]


def m6_rtf():
    """RTF as TextEdit 1.19 (macOS 14) saves it: \\cocoartf, a Helvetica font
    table, one \\pard, a "\\" at the end of every line."""
    out = ['{\\rtf1\\ansi\\ansicpg1252\\cocoartf2761\n',
           '\\cocoatextscaling0\\cocoaplatform0{\\fonttbl\\f0\\fswiss\\fcharset0 Helvetica-Bold;'
           '\\f1\\fswiss\\fcharset0 Helvetica;}\n',
           '{\\colortbl;\\red255\\green255\\blue255;}\n',
           '{\\*\\expandedcolortbl;;}\n',
           '\\paperw11900\\paperh16840\\margl1440\\margr1440\\vieww14180\\viewh11200\\viewkind0\n',
           '\\pard\\tx566\\tx1133\\tx1700\\tx2267\\tx2834\\tx3401\\tx3968\\tx4535\\tx5102\\tx5669\\tx6236\\tx6803'
           '\\pardirnatural\\partightenfactor0\n', '\n']
    cur = None
    for i, (kind, text) in enumerate(M6_LINES):
        want = {'b': ('\\f0\\b\\fs32 ', 'b'), 'h': ('\\f0\\b\\fs26 ', 'h'), '': ('\\f1\\b0\\fs26 ', '')}[kind]
        prefix = ''
        if cur != kind:
            prefix = want[0] + ('\\cf0 ' if i == 0 else '')
            cur = kind
        last = i == len(M6_LINES) - 1
        out.append(prefix + rtf_escape(text) + ('}' if last else '\\\n'))
    return ''.join(out).encode('ascii'), [t for _, t in M6_LINES]


# ---------------------------------------------------------------------------
# 4a. protokoll.zip: LSS-natverket 2026-01-19.docx (a label table)
# ---------------------------------------------------------------------------
def m7_docx():
    d = WordDoc(['00B27C14', '00E5A930', '004D8F62', '0093C1E8'], 0x51C0DE)
    x, r = [], []

    def P(text, **kw):
        x.append(d.p(text, **kw))
        r.append(text)
    P('LSS-handläggarnätverket', style='Rubrik')
    P('Minnesanteckningar', spacing='w:before="120" w:after="240"', rpr='<w:sz w:val="28"/><w:szCs w:val="28"/>',
      mark_rpr='<w:sz w:val="28"/><w:szCs w:val="28"/>')
    grid = [2268, 6794]
    rows = [('Datum', 'måndag 19 januari 2026'), ('Tid', '13.00–16.00'), ('Plats', 'Ängelholm, Rådhuset, rum Rönne'),
            ('Ordförande', 'Else-Marie Dahlqvist'), ('Antecknare', 'Nizar Haddad'),
            ('Närvarande', 'Else-Marie Dahlqvist (Ängelholm), Nizar Haddad (Helsingborg), Gantulga Batsaikhan '
                           '(Landskrona), Encarnación Ruiz (Höganäs), Tsvetanka Ivanova (Klippan), Alf-Inge Kjellberg '
                           '(Perstorp), Makana Kealoha (Svalöv), Dorottya Szalai (Åstorp)'),
            ('Förhinder', 'Jaanika Kask (Örkelljunga)'),
            ('Gäst', 'Chihiro Ono, jurist, Inspektionen för vård och omsorg (§ 2)')]
    trows = []
    for label, value in rows:
        d.next_rsid()
        trows.append(d.row([d.cell(grid[0], [d.p('**%s**' % label)], shade='E7E6E6'),
                            d.cell(grid[1], [d.p(value)])]))
        r.extend([label, value])
    x.append(d.table(grid, trows))
    items = [
        ('§ 1 Mötets öppnande', [
            'Else-Marie Dahlqvist öppnade mötet och hälsade Chihiro Ono välkommen.']),
        ('§ 2 Tillsyn från IVO', [
            'Chihiro Ono berättade att IVO under våren granskar hur kommunerna utreder behovet av personlig '
            'assistans för barn.',
            'Hon sa: ”Vi vill se barnets egen röst i utredningen, inte bara föräldrarnas.”',
            'Gantulga Batsaikhan frågade när kommunerna får veta om de ingår i granskningen. Chihiro svarade att '
            'besked kommer i februari.',
            '**Beslut:** Nizar Haddad sammanställer nätverkets mallar för barnsamtal till nästa möte.']),
        ('§ 3 Korttidsvistelse under sommaren', [
            'Tsvetanka Ivanova lyfte att Klippans korttidshem stänger i fyra veckor i juli.',
            'Enligt Tsvetanka har sju familjer inget annat alternativ.',
            'Dorottya Szalai berättade att Åstorp har lediga platser under juli.',
            '**Beslut:** Tsvetanka Ivanova och Dorottya Szalai undersöker om Klippan kan köpa platser i Åstorp.']),
        ('§ 4 Ledsagarservice för unga vuxna', [
            'Makana Kealoha tog upp att Svalöv har svårt att rekrytera ledsagare.',
            'Han sa: ”De vill gå på konsert en fredagskväll, inte på promenad en tisdag förmiddag.”',
            'Ingen åtgärd beslutades.']),
        ('§ 5 Övrigt', [
            'Encarnación Ruiz informerade om att Höganäs öppnar en ny gruppbostad i april.',
            'Alf-Inge Kjellberg berättade att Perstorp har fått en ny enhetschef för LSS.']),
    ]
    for title, paras in items:
        d.next_rsid()
        P('**%s**' % title, keep=True, spacing='w:before="240" w:after="80"', mark_rpr='<w:b/><w:bCs/>')
        for t in paras:
            P(t)
    d.next_rsid()
    P('Nästa möte: måndag 16 februari 2026 kl. 13.00 i Landskrona.', spacing='w:before="240"')
    meta = dict(docid='C7D0E318-62A4-4F95-8B1E-0A93F5C2D746', creator='Nizar Haddad', last='Nizar Haddad',
                revision=5, created='2026-01-19T12:58:00Z', modified='2026-01-20T10:02:00Z',
                company='Helsingborgs stad', minutes=47, pages=2)
    return docx_bytes(d, x, meta), r


# ---------------------------------------------------------------------------
# 4b. protokoll.zip: Minnesanteckningar LSS-nätverket 16 februari.docx (a bulleted list)
# ---------------------------------------------------------------------------
def m8_docx():
    d = WordDoc(['003E91A5', '00C2475D', '00718B0E'], 0x2F9A44)
    x, r = [], []

    def P(text, **kw):
        x.append(d.p(text, **kw))
        r.append(text)
    P('LSS-handläggarnätverket', style='Rubrik1')
    P('Minnesanteckningar')
    d.next_rsid()
    for line in ['Datum: 2026-02-16', 'Tid: 13.00–15.30', 'Plats: Landskrona, Rådhuset, rum Gråen']:
        P(line, spacing='w:after="0"')
    P('Närvarande:', spacing='w:before="160" w:after="0"')
    for line in ['Gantulga [[Batsaikhan]], Landskrona (ordförande)', 'Nizar Haddad, Helsingborg (antecknare)',
                 'Else-Marie Dahlqvist, Ängelholm', 'Jaanika Kask, Örkelljunga', 'Dorottya [[Szalai]], Åstorp',
                 'Makana [[Kealoha]], Svalöv', 'Alf-Inge Kjellberg, Perstorp']:
        P(line, style='Liststycke', num=1)
    P('Förhinder: Encarnación Ruiz, Höganäs, och Tsvetanka Ivanova, Klippan.', spacing='w:before="160"')
    P('Bjuv och Båstad var inte representerade.')
    items = [
        ('1. Föregående minnesanteckningar', [
            'Minnesanteckningarna från den 19 januari godkändes.']),
        ('2. Barnsamtal i LSS-utredningar', [
            'Nizar Haddad redovisade sammanställningen av kommunernas mallar som nätverket bad om i januari.',
            'Han sa: ”Fem kommuner har en mall, men bara två använder den.”',
            'Jaanika Kask frågade om mallen finns på lättläst svenska.',
            'Beslut: Nätverket tar fram en gemensam mall för barnsamtal som Nizar Haddad skickar ut före påsk.']),
        ('3. Indragen assistansersättning', [
            'Jaanika Kask tog upp att Örkelljunga har fått tre nya ärenden där Försäkringskassan har dragit in '
            'assistansersättningen.',
            'Enligt Jaanika står familjerna utan assistans i väntan på kommunens beslut.',
            'Else-Marie Dahlqvist menade att fler kommuner lär få liknande ärenden.',
            'Inget beslut fattades.']),
        ('4. Övriga frågor', [
            'Dorottya [[Szalai]] informerade om att Åstorp har tagit fram en broschyr om LSS på arabiska och '
            'somaliska.',
            'Makana [[Kealoha]] berättade att Svalöv har anställt två nya ledsagare.']),
    ]
    for title, paras in items:
        d.next_rsid()
        P(title, style='Rubrik2')
        for t in paras:
            P(t)
    d.next_rsid()
    P('Nästa möte: måndag 16 mars 2026 kl. 13.00 i Åstorp.')
    meta = dict(docid='0F8B2E61-D4C7-49A3-B5E2-7C16A9D03F58', creator='Nizar Haddad', last='Nizar Haddad',
                revision=3, created='2026-02-16T14:41:00Z', modified='2026-02-17T12:30:00Z',
                company='Helsingborgs stad', minutes=29, pages=1)
    return docx_bytes(d, x, meta, numbering=w_numbering('bullet')), r


# ---------------------------------------------------------------------------
# 5a. 2019.zip: Minnesanteckningar 2019/Nätverksträff 14 maj 2019.txt
#     (Notepad on Windows 10 1809: "UTF-8" with a byte order mark, CRLF)
# ---------------------------------------------------------------------------
M9_TEXT = '''Nätverket för bostadsfrågor
Minnesanteckningar

Datum: tisdag 14 maj 2019
Plats: Klippan, Kommunhuset, rum Ljungbyhed
Närvarande: Maj-Gull Isaksson (Klippan, ordförande), Lars-Olle Wennerström (Helsingborg), Ivalu Kristiansen (Höganäs), Sekar Pratiwi (Landskrona), Yiğit Çelik (Bjuv), Sunnvá Joensen (Ängelholm), Mehwish Rana (Perstorp), Bishnu Adhikari (Åstorp, sekreterare)
Ej närvarande: Torborg Wahlund (Båstad), Kittisak Boonmee (Svalöv), Sigun Hallberg (Örkelljunga)
Gäst: Raghad Al-Khatib, Kronofogdemyndigheten (punkt 3)

1. Välkommen
Maj-Gull Isaksson hälsade alla välkomna till Klippan.

2. Bostad först i Helsingborg
Lars-Olle Wennerström lyfte att Helsingborg har tecknat sex kontrakt inom Bostad först sedan januari.
Han sa: "Ingen av de sex har förlorat sin lägenhet, och det trodde ingen på i höstas."
Sunnvá Joensen frågade vilka hyresvärdar som är med. Lars-Olle svarade att Helsingborgshem står för fyra av kontrakten.
Beslut: Lars-Olle Wennerström bjuder in Ängelholm och Höganäs till ett studiebesök i september.

3. Barnfamiljer som riskerar avhysning
Raghad Al-Khatib berättade att antalet avhysningar av barnfamiljer i Skåne minskade med en fjärdedel under 2018.
Enligt Raghad hör socialtjänsten ofta av sig först när avhysningen redan är utsatt.
Mehwish Rana frågade om Kronofogden kan meddela kommunen tidigare. Raghad svarade att underrättelsen redan i dag skickas till socialnämnden.
Beslut: Varje kommun ser över vem som tar emot Kronofogdens underrättelser.

4. Från socialt kontrakt till eget kontrakt
Yiğit Çelik tog upp att Bjuv har tjugo sociala kontrakt men ingen plan för hur hyresgästerna ska få ta över dem.
Han sa: "Ett socialt kontrakt ska vara en bro, inte en återvändsgränd."
Ivalu Kristiansen berättade att Höganäs låter hyresgästen ta över kontraktet efter två år.
Ingen fråga att besluta om.

5. Övrigt
Sekar Pratiwi meddelade att Landskrona anställer en boendesamordnare i augusti.
Bishnu Adhikari berättade att Åstorp har fått tre nya lägenheter för unga vuxna.

Nästa träff: tisdag 10 september 2019 i Båstad.
'''


def m9_txt():
    return b'\xef\xbb\xbf' + M9_TEXT.replace('\n', '\r\n').encode('utf-8'), M9_TEXT.split('\n')


# ---------------------------------------------------------------------------
# 5b. 2019.zip: Minnesanteckningar 2019/Nätverksträff 12 november 2019.html
#     (Google Docs, Arkiv > Ladda ned > Webbsida)
# ---------------------------------------------------------------------------
def m10_html():
    css = ('@import url(https://themes.googleusercontent.com/fonts/css?kit=fpjTOVmNbO4Lz34iLyptLUXza5VhXFyTsyVSOW-'
           'EX5M);ol{margin:0;padding:0}table td,table th{padding:0}'
           '.c0{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;'
           'font-family:"Arial";font-style:normal}'
           '.c1{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left;height:11pt}'
           '.c2{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left}'
           '.c3{border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;border-top-width:1pt;'
           'border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;'
           'border-left-width:1pt;border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;'
           'width:180pt;border-top-color:#000000;border-bottom-style:solid}'
           '.c4{color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:11pt;'
           'font-family:"Arial";font-style:normal}'
           '.c5{padding-top:18pt;padding-bottom:6pt;line-height:1.15;page-break-after:avoid;orphans:2;widows:2;'
           'text-align:left}'
           '.c6{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:16pt;'
           'font-family:"Arial";font-style:normal}'
           '.c7{border-spacing:0;border-collapse:collapse;margin-right:auto}'
           '.c8{background-color:#ffffff;max-width:451.4pt;padding:72pt 72pt 72pt 72pt}'
           '.c9{font-weight:700}.c10{height:0pt}'
           '.title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:"Arial";'
           'line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
           '.subtitle{padding-top:0pt;color:#666666;font-size:15pt;padding-bottom:16pt;font-family:"Arial";'
           'line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
           'li{color:#000000;font-size:11pt;font-family:"Arial"}p{margin:0;color:#000000;font-size:11pt;'
           'font-family:"Arial"}h2{padding-top:18pt;color:#000000;font-size:16pt;padding-bottom:6pt;'
           'font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}')
    r = []

    def ent(s):
        return esc(s).replace('”', '&rdquo;').replace('–', '&ndash;')

    def p(text, cls='c2', span='c0'):
        r.append(text)
        if '**' in text:
            parts = text.split('**')
            inner = ''.join('<span class="%s">%s</span>' % ('c4' if k % 2 else span, ent(t))
                            for k, t in enumerate(parts) if t)
            return '<p class="%s">%s</p>' % (cls, inner)
        return '<p class="%s"><span class="%s">%s</span></p>' % (cls, span, ent(text))

    def empty():
        return '<p class="c1"><span class="c0"></span></p>'
    h = ['<p class="c5 title" id="h.3fk2q8n1bx0d">' + p('Minnesanteckningar', 'c5 title', 'c6')[len('<p class="c5 title">'):],
         p('Nätverket för bostadsfrågor', 'c2 subtitle'),
         p('Tisdagen den 12 november 2019, kl. 9.30–12.00'),
         p('**Plats:** Helsingborg, Socialförvaltningen, rum Fredriksdal'),
         p('**Ordförande:** Lars-Olle Wennerström'),
         p('**Antecknare:** Bishnu Adhikari'),
         empty(),
         p('**Närvarande:**')]
    rows = [('Namn', 'Kommun'), ('Lars-Olle Wennerström', 'Helsingborg'), ('Bishnu Adhikari', 'Åstorp'),
            ('Torborg Wahlund', 'Båstad'), ('Kittisak Boonmee', 'Svalöv'), ('Sigun Hallberg', 'Örkelljunga'),
            ('Sunnvá Joensen', 'Ängelholm'), ('Maj-Gull Isaksson', 'Klippan'), ('Yiğit Çelik', 'Bjuv')]
    t = ['<table class="c7">']
    for k, row in enumerate(rows):
        t.append('<tr class="c10">')
        for v in row:
            t.append('<td class="c3" colspan="1" rowspan="1">%s</td>'
                     % p('**%s**' % v if k == 0 else v))
        t.append('</tr>')
    t.append('</table>')
    h.append(''.join(t))
    h.append(empty())
    h.append(p('Anmält förhinder: Ivalu Kristiansen (Höganäs), Sekar Pratiwi (Landskrona) och Mehwish Rana '
               '(Perstorp).'))
    h.append(p('Gäst: Oyunchimeg Batbold, Hyresgästföreningen region Skåne (punkt 2).'))
    items = [
        ('h.9w2xk4tq1m7a', '1. Runda', [
            'Alla kommuner berättade kort om läget inför vintern. Flera har färre lediga lägenheter än i fjol.']),
        ('h.c81d0yj5r2ge', '2. Hyresgästernas syn på sociala kontrakt', [
            'Oyunchimeg Batbold berättade att Hyresgästföreningen får allt fler frågor från personer med sociala '
            'kontrakt som inte vet vilka regler som gäller.',
            'Hon sa: ”Den som har ett kontrakt i andra hand med kommunen är också en hyresgäst.”',
            'Kittisak Boonmee frågade om föreningen kan hålla informationsträffar i kommunerna. Oyunchimeg svarade '
            'att de gärna kommer ut.',
            '**Beslut:** Sunnvá Joensen samordnar informationsträffar i Ängelholm och Båstad under våren.']),
        ('h.5tz0p6hv9ns4', '3. Vräkningsförebyggande arbete i Båstad', [
            'Torborg Wahlund lyfte att Båstad har börjat ringa upp hyresgäster direkt när hyresvärden skickar en '
            'uppsägning.',
            'Enligt Torborg har ingen barnfamilj vräkts i Båstad sedan i våras.',
            'Sigun Hallberg tyckte att Örkelljunga borde prova samma arbetssätt.',
            '**Beslut:** Torborg Wahlund beskriver arbetssättet i en kort rutin som alla kommuner får ta del av.']),
        ('h.n3b7r1e8w0qy', '4. Övrigt', [
            'Kittisak Boonmee informerade om att Svalöv bygger tolv nya lägenheter i Kågeröd.',
            'Maj-Gull Isaksson påminde om Länsstyrelsens konferens om hemlöshet den 28 januari.']),
    ]
    for hid, title, paras in items:
        r.append(title)
        h.append('<h2 class="c5" id="%s"><span class="c6">%s</span></h2>' % (hid, ent(title)))
        for x in paras:
            h.append(p(x))
    h.append(empty())
    h.append(p('Nästa träff: tisdag 11 februari 2020 kl. 9.30 i Bjuv.'))
    html = ('<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">'
            '%s</style></head><body class="c8 doc-content">%s</body></html>' % (css, ''.join(h)))
    return html.encode('utf-8'), r


# ---------------------------------------------------------------------------
# 5c. 2020.zip: Nätverksträff Bjuv 11 februari 2020.docx (attendance as lines
#     of one paragraph, Shift+Enter)
# ---------------------------------------------------------------------------
def m11_docx():
    d = WordDoc(['00F13B62', '00284CD9', '0075E0A1', '00A6192B'], 0x6D13F7)
    x, r = [], []

    def P(text, **kw):
        x.append(d.p(text, **kw))
        r.extend(plain(text).split('\n'))
    P('Nätverket för bostadsfrågor', style='Rubrik')
    P('Minnesanteckningar', spacing='w:before="120" w:after="240"', rpr='<w:sz w:val="28"/><w:szCs w:val="28"/>',
      mark_rpr='<w:sz w:val="28"/><w:szCs w:val="28"/>')
    d.next_rsid()
    for line in ['**Datum:** tisdag 11 februari 2020', '**Tid:** 9.30–12.00', '**Plats:** Bjuv, Folkets hus, lilla salen',
                 '**Ordförande:** [[Yiğit]] [[Çelik]]', '**Sekreterare:** Bishnu [[Adhikari]]']:
        P(line, spacing='w:after="0"')
    d.next_rsid()
    P('**Närvarande:**\n[[Yiğit]] [[Çelik]], Bjuv\nBishnu [[Adhikari]], Åstorp\nLars-Olle Wennerström, Helsingborg\n'
      'Ivalu Kristiansen, Höganäs\nSekar [[Pratiwi]], Landskrona\n[[Mehwish]] Rana, Perstorp\n'
      '[[Kittisak]] [[Boonmee]], Svalöv\nSigun Hallberg, Örkelljunga\n[[Sunnvá]] Joensen, Ängelholm',
      spacing='w:before="160"')
    P('**Frånvarande:** Maj-Gull Isaksson, Klippan; Torborg Wahlund, Båstad', spacing='w:after="0"')
    P('**Gäst:** Radim [[Dvořák]], forskare vid Socialhögskolan, Lunds universitet (§ 3)')
    items = [
        ('§ 1 Mötets öppnande', [
            '[[Yiğit]] [[Çelik]] öppnade mötet och hälsade alla välkomna till Bjuv.']),
        ('§ 2 Hemlöshetskartläggningen', [
            '[[Mehwish]] Rana lyfte att Perstorp inte vet hur kommunen ska räkna personer som bor i husvagn på '
            'campingen.',
            'Hon sa: ”Om vi inte räknar dem finns de inte i statistiken, men de finns ju här.”',
            'Sekar [[Pratiwi]] menade att Landskrona har samma fråga om dem som bor i kolonistugor.',
            '**Beslut:** Bishnu [[Adhikari]] frågar Socialstyrelsen hur husvagnsboende ska räknas.']),
        ('§ 3 Bostad först i mindre kommuner', [
            'Radim [[Dvořák]] berättade att hans forskargrupp vill följa Bostad först i två mindre kommuner under '
            'tre år.',
            'Enligt Radim finns nästan ingen forskning om Bostad först utanför storstäderna.',
            'Ivalu Kristiansen frågade vad det skulle kräva av kommunerna. Radim svarade att det handlar om två '
            'intervjuer per år.',
            '**Beslut:** Höganäs och Svalöv anmäler intresse till forskargruppen före den 1 mars.']),
        ('§ 4 Unga som lämnar HVB-hem', [
            '[[Sunnvá]] Joensen tog upp att Ängelholm saknar lägenheter för unga som lämnar ett HVB-hem.',
            'Hon sa: ”Vi flyttar dem från ett tryggt boende till en soffa hos en kompis.”',
            'Lars-Olle Wennerström berättade om Helsingborgs träningslägenheter.',
            'Frågan diskuterades. Inget beslut.']),
        ('§ 5 Övrigt', [
            '[[Kittisak]] [[Boonmee]] meddelade att han blir ny enhetschef i Svalöv från den 1 april.',
            'Sigun Hallberg berättade att Örkelljunga har fått en ny bostadssocial handläggare.']),
    ]
    for title, paras in items:
        d.next_rsid()
        P('**%s**' % title, keep=True, spacing='w:before="240" w:after="80"', mark_rpr='<w:b/><w:bCs/>')
        for t in paras:
            P(t)
    d.next_rsid()
    P('Nästa möte: tisdag 21 april 2020 kl. 9.30 i Perstorp.', spacing='w:before="240"')
    meta = dict(docid='94E2A7C0-1B5D-4E38-A6F9-D02C8B71E5A3', creator='Bishnu Adhikari', last='Bishnu Adhikari',
                revision=7, created='2020-02-11T08:25:00Z', modified='2020-02-12T15:06:00Z',
                company='Åstorps kommun', minutes=61, pages=2)
    return docx_bytes(d, x, meta), r


SECRET_TEXT = '''SEKRETESS - ärendedragning i nätverket för bostadsfrågor 2020-02-11
Får inte spridas utanför nätverket.

Ärende A: Familj med skyddad identitet, bosatt i Svalöv sedan december. Handläggare Parvaneh Sadeghi.
Familjen behöver byta bostad till en annan kommun före sommaren. Lujain Mansour på bostadsförmedlingen
har två lägenheter som kan passa.

Ärende B: Ensamstående man med hyresskuld på 41 000 kronor, Åstorp. Avhysning utsatt till den 3 mars.
Överenskommelse med hyresvärden om avbetalningsplan diskuterades.
'''


# ===========================================================================
# The five files
# ===========================================================================
def macos_entry(name, data, when, is_dir=False, method=8):
    m = unix_time(when)
    common = dict(made_by=0x0315, local_extra=x_ut_local(m, m) + x_ux(501, 20),
                  central_extra=x_ut_central(m) + x_ux(501, 20))
    if is_dir:
        return Entry(nfd(name).encode('utf-8'), b'', when, method=0, need=10, ext_attr=(S_IFDIR | 0o755) << 16,
                     **common)
    return Entry(nfd(name).encode('utf-8'), data, when, method=method, need=20, flags=0x0008,
                 ext_attr=(S_IFREG | 0o644) << 16, descriptor=True, **common)


def windows_entry(name, data, when, attrs, is_dir=False):
    """Windows 10 Explorer's compressed folder: OEM code page 850, no UTF-8 flag,
    version made by 2.0 / MS-DOS, DOS attributes."""
    if is_dir:
        return Entry(name.encode('cp850'), b'', when, method=0, need=20, ext_attr=attrs)
    return Entry(name.encode('cp850'), data, when, method=8, need=20, ext_attr=attrs)


def sevenzip_entry(name, data, when):
    """7-Zip 23.01 on Windows with cu=on: UTF-8 and the flag only for a name
    with non-ASCII letters; version made by 6.3 / MS-DOS; NTFS mtime in the
    central directory only."""
    ascii_name = all(ord(c) < 128 for c in name)
    return Entry(name.encode('utf-8'), data, when, method=8, level=9, flags=0 if ascii_name else 0x0800,
                 made_by=0x003F, need=20, ext_attr=DOS_ARCHIVE, central_extra=x_ntfs(when))


def infozip_entry(name, data, when, is_dir=False, method=8, password=None, text=False):
    """Info-ZIP Zip 3.0 on macOS (Terminal): version made by 3.0 / Unix,
    extended timestamps and uid/gid, Unix modes (and the DOS directory bit)."""
    m = unix_time(when)
    common = dict(made_by=0x031E, local_extra=x_ut_local(m, m) + x_ux(501, 20),
                  central_extra=x_ut_central(m) + x_ux(501, 20))
    if is_dir:
        return Entry(name.encode('utf-8'), b'', when, method=0, need=10,
                     ext_attr=((S_IFDIR | 0o755) << 16) | DOS_DIR, **common)
    flags = 0x0009 if password else 0
    return Entry(name.encode('utf-8'), data, when, method=method, need=20 if (method == 8 or password) else 10,
                 flags=flags, ext_attr=(S_IFREG | 0o644) << 16, int_attr=1 if text else 0,
                 descriptor=bool(password), zero_local=False, password=password, enc_seed=0x5EC2E7, **common)


def onedrive_entry(name, data, when, is_dir=False):
    """OneDrive/SharePoint's download: UTF-8 names with the flag (bit 11),
    files streamed with data descriptors (bit 3)."""
    if is_dir:
        return Entry(name.encode('utf-8'), b'', when, method=0, need=20, flags=0x0800, ext_attr=DOS_DIR)
    return Entry(name.encode('utf-8'), data, when, method=8, need=20, flags=0x0808, descriptor=True,
                 ext_attr=DOS_ARCHIVE)


def build():
    os.makedirs(OUT, exist_ok=True)
    files = {}

    # 1 ---------------------------------------------------------------------
    z1 = 'OneDrive_1_2026-11-12.zip'
    m1, r1 = m1_docx()
    m2, r2 = m2_pdf()
    p1 = 'Minnesanteckningar/2026/Minnesanteckningar 2026-09-17.docx'
    p2 = 'Minnesanteckningar/2026/Minnesanteckningar 2026-10-22.pdf'
    reading(z1 + '#' + p1, r1)
    reading(z1 + '#' + p2, r2)
    logo = png_bytes(240, 240, logo_pixel)
    files[z1] = write_zip([
        onedrive_entry('Minnesanteckningar/', b'', dt(2026, 11, 12, 9, 31, 14), is_dir=True),
        onedrive_entry('Minnesanteckningar/2026/', b'', dt(2026, 11, 12, 9, 31, 14), is_dir=True),
        onedrive_entry(p1, m1, dt(2026, 9, 18, 8, 12, 44)),
        onedrive_entry(p2, m2, dt(2026, 10, 23, 14, 5, 10)),
        onedrive_entry('Närvarolista 2026.xlsx', m_attendance_xlsx(), dt(2026, 10, 22, 16, 48, 2)),
        onedrive_entry('Logga boendestöd.png', logo, dt(2026, 1, 20, 10, 3, 36)),
    ])

    # 2 ---------------------------------------------------------------------
    z2 = 'Minnesanteckningar Höganäs.zip'
    top = 'Minnesanteckningar Höganäs/'
    sub = top + 'Möten 2025/'
    m3, r3 = m3_txt()
    m4, r4 = m4_docx()
    reading(z2 + '#' + sub + 'Möte 16 september Bjuv.txt', r3)
    reading(z2 + '#' + sub + 'Möte 14 oktober.docx', r4)
    files[z2] = write_zip([
        windows_entry(top, b'', dt(2025, 10, 15, 8, 51, 6), DOS_DIR | DOS_READONLY, is_dir=True),
        windows_entry(top + 'desktop.ini', desktop_ini(), dt(2025, 8, 25, 9, 0, 2),
                      DOS_HIDDEN | DOS_SYSTEM | DOS_ARCHIVE),
        windows_entry(sub, b'', dt(2025, 10, 15, 8, 47, 30), DOS_DIR, is_dir=True),
        windows_entry(sub + 'Möte 14 oktober.docx', m4, dt(2025, 10, 15, 8, 47, 30), DOS_ARCHIVE),
        windows_entry(sub + 'Möte 16 september Bjuv.txt', m3, dt(2025, 9, 16, 15, 22, 8), DOS_ARCHIVE),
        windows_entry(sub + 'Thumbs.db', thumbs_db(), dt(2025, 10, 2, 11, 20, 14),
                      DOS_HIDDEN | DOS_SYSTEM | DOS_ARCHIVE),
        windows_entry(sub + '~$te 14 oktober.docx', word_owner_file('Ebert Kronqvist'), dt(2025, 10, 15, 8, 49, 52),
                      DOS_HIDDEN | DOS_ARCHIVE),
    ])

    # 3 ---------------------------------------------------------------------
    z3 = 'Arkiv.zip'
    folder = 'Nätverksträffar våren 2026/'
    odt_name = 'Nätverksträff 11 mars.odt'
    rtf_name = 'Anteckningar från träffen i Klippan.rtf'
    m5, r5 = m5_odt()
    m6, r6 = m6_rtf()
    reading(z3 + '#' + folder + odt_name, r5)
    reading(z3 + '#' + rtf_name, r6)
    t_odt, t_rtf, t_ds = dt(2026, 3, 12, 9, 14, 22), dt(2026, 5, 7, 16, 40, 58), dt(2026, 5, 7, 16, 41, 10)

    def lastused(when):
        return struct.pack('<QQ', unix_time(when), 412_000_000)

    def quarantine(when, agent, uuid):
        return ('0083;%08x;%s;%s' % (unix_time(when), agent, uuid)).encode('ascii')
    ad_odt = apple_double([('com.apple.lastuseddate#PS', lastused(dt(2026, 5, 7, 16, 38, 1))),
                           ('com.apple.quarantine', quarantine(dt(2026, 3, 12, 9, 12, 5), 'Mail',
                                                              '3F6A1C2E-8B4D-4E7A-9C05-D1B2E3F4A596'))])
    ad_rtf = apple_double([('com.apple.TextEncoding', b'MACINTOSH;0'),
                           ('com.apple.lastuseddate#PS', lastused(dt(2026, 5, 7, 16, 40, 30)))])
    dsr = [('.', b'vSrn', b'long', struct.pack('>I', 1)),
           (nfd(odt_name), b'Iloc', b'blob', struct.pack('>I', 16) + struct.pack('>II', 92, 48) + b'\xff' * 6 + b'\0\0')]
    files[z3] = write_zip([
        macos_entry(folder, b'', dt(2026, 5, 7, 16, 41, 10), is_dir=True),
        macos_entry(folder + '.DS_Store', ds_store(dsr), t_ds),
        macos_entry(folder + odt_name, m5, t_odt),
        macos_entry('__MACOSX/', b'', dt(2026, 5, 7, 16, 42, 0), is_dir=True),
        macos_entry('__MACOSX/' + folder, b'', dt(2026, 5, 7, 16, 42, 0), is_dir=True),
        macos_entry('__MACOSX/' + folder + '._' + odt_name, ad_odt, t_odt),
        macos_entry(rtf_name, m6, t_rtf),
        macos_entry('__MACOSX/._' + rtf_name, ad_rtf, t_rtf),
    ])

    # 4 ---------------------------------------------------------------------
    e4 = 'utskick_protokoll.eml'
    n7 = 'LSS-natverket 2026-01-19.docx'
    n8 = 'Minnesanteckningar LSS-nätverket 16 februari.docx'
    m7, r7 = m7_docx()
    m8, r8 = m8_docx()
    reading(e4 + '#protokoll.zip#' + n7, r7)
    reading(e4 + '#protokoll.zip#' + n8, r8)
    pz = write_zip([sevenzip_entry(n7, m7, dt(2026, 1, 20, 11, 2, 14)),
                    sevenzip_entry(n8, m8, dt(2026, 2, 17, 13, 30, 6))])
    files[e4] = outlook_mail(pz)

    # 5 ---------------------------------------------------------------------
    z5 = 'Nätverksarkiv 2019-2020.zip'
    f19 = 'Minnesanteckningar 2019/'
    n9, n10 = 'Nätverksträff 14 maj 2019.txt', 'Nätverksträff 12 november 2019.html'
    n11 = 'Nätverksträff Bjuv 11 februari 2020.docx'
    m9, r9 = m9_txt()
    m10, r10 = m10_html()
    m11, r11 = m11_docx()
    reading(z5 + '#2019.zip#' + f19 + n9, r9)
    reading(z5 + '#2019.zip#' + f19 + n10, r10)
    reading(z5 + '#2020.zip#' + n11, r11)
    z2019 = write_zip([
        windows_entry(f19, b'', dt(2019, 12, 2, 10, 15, 40), DOS_DIR, is_dir=True),
        windows_entry(f19 + n10, m10, dt(2019, 11, 13, 9, 2, 18), DOS_ARCHIVE),
        windows_entry(f19 + n9, m9, dt(2019, 5, 15, 8, 44, 50), DOS_ARCHIVE),
    ])
    z2020 = write_zip([sevenzip_entry(n11, m11, dt(2020, 2, 12, 16, 6, 32))])
    files[z5] = write_zip([
        infozip_entry('2019.zip', z2019, dt(2020, 12, 14, 10, 20, 4), method=0),
        infozip_entry('2020.zip', z2020, dt(2020, 12, 14, 10, 20, 26), method=0),
        infozip_entry('Underlag/', b'', dt(2020, 12, 14, 10, 19, 50), is_dir=True),
        infozip_entry('Sekretess/', b'', dt(2020, 12, 14, 10, 21, 2), is_dir=True),
        infozip_entry('Sekretess/Minnesanteckningar sekretess.txt', SECRET_TEXT.replace('\n', '\r\n').encode('cp1252'),
                      dt(2020, 2, 11, 12, 4, 58), password=b'hemligt', text=True),
    ])

    for name, data in files.items():
        with open(os.path.join(OUT, name), 'wb') as f:
            f.write(data)
    if LINES:
        for part, lines in READING.items():
            print('=== ' + part)
            for ln in lines:
                print('  ' + ln)
    return files


# ---------------------------------------------------------------------------
# 4. utskick_protokoll.eml: Outlook (Microsoft 365, Windows, Swedish)
# ---------------------------------------------------------------------------
COVER = ('Hej,\r\n\r\nbifogar minnesanteckningarna från våra två senaste möten i en zip-fil. Hör av er om något '
         'behöver rättas.\r\n\r\nVänliga hälsningar\r\nNizar Haddad\r\nLSS-handläggare\r\nHelsingborgs stad\r\n')


def outlook_mail(zip_bytes):
    mid = 'DB9PR09MB68431E2F4A0C7D5E8A1B3C6D2F40'
    b_mixed = '_004_%sDB9PR09MB6843eurp_' % mid
    b_alt = '_000_%sDB9PR09MB6843eurp_' % mid
    sent = dt(2026, 2, 19, 10, 23, 41)
    utc = sent - datetime.timedelta(hours=swedish_utc_offset(sent))
    html_paras = COVER.rstrip('\r\n').split('\r\n')
    html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\r\n<head>\r\n<meta http-equiv="Content-Type" '
            'content="text/html; charset=iso-8859-1">\r\n<meta name="Generator" content="Microsoft Word 15 '
            '(filtered medium)">\r\n<style><!--\r\n/* Font Definitions */\r\n@font-face\r\n\t{font-family:"Cambria Math";'
            '\r\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\r\n@font-face\r\n\t{font-family:Aptos;}\r\n/* Style Definitions */\r\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\r\n\t{margin:0cm;\r\n\tfont-size:12.0pt;\r\n\t'
            'font-family:"Aptos",sans-serif;}\r\nspan.E-postmallStandard\r\n\t{mso-style-type:personal-compose;'
            '\r\n\tfont-family:"Aptos",sans-serif;\r\n\tcolor:windowtext;}\r\n.MsoChpDefault\r\n\t{mso-style-type:'
            'export-only;}\r\n@page WordSection1\r\n\t{size:612.0pt 792.0pt;\r\n\tmargin:70.85pt 70.85pt 70.85pt '
            '70.85pt;}\r\ndiv.WordSection1\r\n\t{page:WordSection1;}\r\n--></style>\r\n</head>\r\n<body lang="SV" '
            'link="#467886" vlink="#96607D" style="word-wrap:break-word">\r\n<div class="WordSection1">\r\n'
            + ''.join('<p class="MsoNormal">%s<o:p></o:p></p>\r\n' % (esc(t) if t else '&nbsp;') for t in html_paras)
            + '</div>\r\n</body>\r\n</html>\r\n')
    head = [
        'From: Nizar Haddad <nizar.haddad@helsingborg.example>',
        'To: =?iso-8859-1?Q?LSS-handl=E4ggarn=E4tverket?= <lss-natverket@familjenhelsingborg.example>',
        'Subject: Minnesanteckningar januari och februari',
        'Thread-Topic: Minnesanteckningar januari och februari',
        'Thread-Index: AdyhE3pQ0c7XwK2mRoyBvV4tYh9s8w==',
        'Date: %s' % utc.strftime('%a, %d %b %Y %H:%M:%S +0000'),     # Exchange writes UTC
        'Message-ID: <%s@DB9PR09MB6843.eurprd09.prod.outlook.com>' % mid,
        'Accept-Language: sv-SE, en-US',
        'Content-Language: sv-SE',
        'X-MS-Has-Attach: yes',
        'X-MS-TNEF-Correlator:',
        'msip_labels:',
        'Content-Type: multipart/mixed;',
        '\tboundary="%s"' % b_mixed,
        'MIME-Version: 1.0',
        '',
        '--' + b_mixed,
        'Content-Type: multipart/alternative;',
        '\tboundary="%s"' % b_alt,
        '',
        '--' + b_alt,
        'Content-Type: text/plain; charset="iso-8859-1"',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        qp(COVER, 'iso-8859-1'),
        '--' + b_alt,
        'Content-Type: text/html; charset="iso-8859-1"',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        qp(html, 'iso-8859-1'),
        '--' + b_alt + '--',
        '',
        '--' + b_mixed,
        'Content-Type: application/x-zip-compressed; name="protokoll.zip"',
        'Content-Description: protokoll.zip',
        'Content-Disposition: attachment; filename="protokoll.zip"; size=%d;' % len(zip_bytes),
        '\tcreation-date="%s";' % (utc.strftime('%a, %d %b %Y %H:%M:%S GMT')),
        '\tmodification-date="%s"' % (utc.strftime('%a, %d %b %Y %H:%M:%S GMT')),
        'Content-Transfer-Encoding: base64',
        '',
        b64_lines(zip_bytes),
        '',
        '--' + b_mixed + '--',
        '',
    ]
    return '\r\n'.join(head).encode('ascii')


if __name__ == '__main__':
    build()
