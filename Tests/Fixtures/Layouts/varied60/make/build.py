#!/usr/bin/env python3
"""Builds the fixtures of Tests/Fixtures/Layouts/varied60: mail archives and
a meeting transcript, as they are exported from the programs that hold them.

  ifo_natverket_thunderbird_export.mbox
        A Thunderbird local folder exported with ImportExportTools NG (mboxo,
        CRLF): three received messages, all moved into the folder at the same
        moment (one "From - Tue Feb 03 09:12:44 2026" line each), with
        Thunderbird's X-Mozilla-Status/-Status2/-Keys lines in front of the
        stored headers.
          (a) Thunderbird, text/plain format=flowed in quoted-printable UTF-8
          (b) Outlook on the web, multipart/alternative (plain + HTML), QP;
              a line that begins "From " in both parts, escaped ">From "
          (c) Thunderbird, a short cover text and the minutes as an attached
              .docx (built in memory) named per RFC 2231 (å, ä, ö)
  socialchefer_gmail_takeout.mbox
        A Google Takeout mbox (CRLF, "From <id>@xxx <date> +0000 <year>"
        lines, X-GM-THRID and X-Gmail-Labels): the minutes sent from Gmail
        (multipart/alternative, QP) and a reply in the same thread that
        corrects a deadline and quotes the whole original.
  Anteckningar anhörigstöd.mbox/  (mbox, Info.plist, table_of_contents)
        Apple Mail "Exportera brevlåda" (LF line ends): two messages from
        Apple Mail, multipart/alternative (plain + Apple's HTML), QP.
  teams_transkription_ekonomiskt_bistand.vtt
        A Microsoft Teams transcript downloaded as WebVTT.
  barnahus_outlook_rtf.msg
        An Outlook .msg (Unicode, CFB) of a Rich Text mail: the body only in
        PR_RTF_COMPRESSED, LZFu-compressed ([MS-OXRTFCP]) with a real
        dictionary compressor and the CRC; no PR_BODY, no PR_HTML.

Python 3 standard library only. Every byte is written by this script and
every timestamp is fixed, so a rebuild gives identical files.

Adapted, not imported: the MIME helpers (quoted-printable, RFC 2047 words,
RFC 2231 parameters, format=flowed, the .docx skeleton) from
../varied59/make/build.py, and the compound-file writer and the MAPI
property streams from ../varied58/make/build.py.

Run from any directory:  python3 make/build.py
"""
import base64
import datetime
import hashlib
import html
import io
import os
import re
import struct
import uuid
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def write_bytes(relpath, data):
    path = os.path.join(OUT, relpath)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'wb') as f:
        f.write(data)
    return path


# ==========================================================================
# Mail helpers (adapted from ../varied59/make/build.py)
# ==========================================================================
def qp_encode(data, width=76):
    """Quoted-printable (RFC 2045) of CRLF text: lines of at most `width`
    characters with a soft break '=', '=' and bytes outside 33..126 as =XX,
    blanks kept inside a line and encoded at its end. A soft break never
    splits an =XX triple. 'From ' at the start of a line is NOT protected
    (neither Exchange nor Gmail does it)."""
    out = []
    for line in data.split(b'\r\n'):
        toks = []
        for i, byte in enumerate(line):
            last = i == len(line) - 1
            if (33 <= byte <= 126 and byte != 61) or (byte in (9, 32) and not last):
                toks.append(chr(byte))
            else:
                toks.append('=%02X' % byte)
        cur = ''
        for t in toks:
            if len(cur) + len(t) > width - 1:
                out.append(cur + '=')
                cur = ''
            cur += t
        out.append(cur)
    return '\r\n'.join(out)


def b64_lines(data, width=76):
    s = base64.b64encode(data).decode('ascii')
    return '\r\n'.join(s[i:i + width] for i in range(0, len(s), width))


Q_SAFE = set('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/')


def ew_q(text, charset='utf-8', limit=75, lower=False):
    words = []
    cur = ''
    head = '=?%s?Q?' % charset
    for ch in text:
        if ch == ' ':
            t = '_'
        elif ch in Q_SAFE:
            t = ch
        else:
            t = ''.join(('=%02x' if lower else '=%02X') % b for b in ch.encode(charset))
        if len(head) + len(cur) + len(t) + 2 > limit:
            words.append(head + cur + '?=')
            cur = ''
        cur += t
    words.append(head + cur + '?=')
    return words


def ew_b(text, charset='UTF-8'):
    return '=?%s?B?%s?=' % (charset, base64.b64encode(text.encode(charset.lower())).decode('ascii'))


def fold(name, words, sep=' '):
    line = name + ':'
    lines = []
    for w in words:
        if len(line) + 1 + len(w) > 78 and line != name + ':':
            lines.append(line)
            line = sep + w
        else:
            line += ' ' + w
    lines.append(line)
    return '\r\n'.join(lines)


def mixed_words(text, charset='utf-8', lower=False):
    """ASCII words as they are, each run of words with other letters as Q words."""
    words = text.split(' ')
    out = []
    run = []
    for w in words:
        if all(ord(c) < 128 for c in w):
            if run:
                out.extend(ew_q(' '.join(run), charset, lower=lower))
                run = []
            out.append(w)
        else:
            run.append(w)
    if run:
        out.extend(ew_q(' '.join(run), charset, lower=lower))
    return out


def addr(name, address, charset='utf-8', b=False, lower=False, quote=False):
    if all(ord(c) < 128 for c in name):
        return [('"%s" <%s>' if quote else '%s <%s>') % (name, address)]
    if b:
        return [ew_b(name, charset.upper()), '<%s>' % address]
    return ew_q(name, charset, lower=lower) + ['<%s>' % address]


def pct(text):
    """RFC 2231 value characters: attribute-chars as they are, the rest %XX of UTF-8."""
    return ''.join(ch if (ch.isascii() and (ch.isalnum() or ch in '-._~!$&+^`|'))
                   else ''.join('%%%02X' % b for b in ch.encode('utf-8')) for ch in text)


def flow(par, width=72):
    """RFC 3676 format=flowed (DelSp=no): soft-broken lines end in a space;
    a line that begins with ' ', '>' or 'From ' is space-stuffed."""
    words = par.split(' ')
    lines = []
    cur = words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) > width:
            lines.append(cur + ' ')
            cur = w
        else:
            cur += ' ' + w
    lines.append(cur)
    for i, ln in enumerate(lines):
        if ln.startswith((' ', '>', 'From ')):
            lines[i] = ' ' + ln
    return lines


def flowed_body(paragraphs):
    out = []
    for p in paragraphs:
        if p == '-- ' or len(p) <= 72:
            out.append(p if p == '-- ' else p.rstrip(' '))
            if out[-1].startswith(('>', 'From ')):
                out[-1] = ' ' + out[-1]
        else:
            out.extend(flow(p))
    return '\r\n'.join(out) + '\r\n'


def seeded(seed, n):
    out = b''
    i = 0
    while len(out) < n:
        out += hashlib.sha256(('%s/%d' % (seed, i)).encode()).digest()
        i += 1
    return out[:n]


def hexid(seed, n):
    return seeded(seed, n).hex().upper()[:n]


def hexlow(seed, n):
    return seeded(seed, n).hex()[:n]


def uuid_of(seed, upper=True):
    s = str(uuid.UUID(bytes=seeded(seed, 16)))
    return s.upper() if upper else s


def thread_index(seed, replies=0):
    data = b'\x01\xdc' + seeded(seed, 20 + 5 * replies)
    return base64.b64encode(data).decode('ascii')


def crlf_join(lines):
    return '\r\n'.join(lines)


def E(s):
    return html.escape(s, quote=False)


def bold_html(text):
    """**x** -> <b>x</b>, the rest escaped."""
    out = ''
    for p in re.split(r'(\*\*.*?\*\*)', text):
        if p.startswith('**') and p.endswith('**') and len(p) > 4:
            out += '<b>%s</b>' % E(p[2:-2])
        else:
            out += E(p)
    return out


def unbold(text):
    return text.replace('**', '')


def mbox_escape(msg, eol):
    """mboxo: a line that begins with 'From ' gets a '>' in front of it."""
    lines = msg.split(eol)
    return eol.join(b'>' + ln if ln.startswith(b'From ') else ln for ln in lines)


def mbox_join(entries, eol):
    """entries: (From_ line, message bytes with `eol` line ends). Each message
    is followed by one empty line, as mbox writers do."""
    out = b''
    for from_line, msg in entries:
        if not msg.endswith(eol):
            msg += eol
        out += from_line.encode('ascii') + eol + mbox_escape(msg, eol) + eol
    return out


# ==========================================================================
# A minimal but real Word document (adapted from ../varied59/make/build.py)
# ==========================================================================
NS_MAIN = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
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
NS_SHORT = (
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
    'mc:Ignorable="w14 w15"')
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
REL_BASE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
CT_BASE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.'


def X(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


class Docx:
    RSIDS = ['00B52E71', '003A9C04', '00F16D28', '0067A3B5']

    def __init__(self, seed):
        self.seed = seed
        self.n = 0

    def pid(self):
        self.n += 1
        v = int.from_bytes(hashlib.sha256(('%s/%d' % (self.seed, self.n)).encode()).digest()[:4], 'big')
        return '%08X' % (v % 0x7FFFFFFF)

    def run(self, text, bold=False, italic=False):
        rpr = ''
        if bold:
            rpr += '<w:b/><w:bCs/>'
        if italic:
            rpr += '<w:i/><w:iCs/>'
        content = []
        for i, piece in enumerate(text.split('\t')):
            if i:
                content.append('<w:tab/>')
            if piece:
                sp = ' xml:space="preserve"' if piece[:1] == ' ' or piece[-1:] == ' ' else ''
                content.append('<w:t%s>%s</w:t>' % (sp, X(piece)))
        return '<w:r>%s%s</w:r>' % ('<w:rPr>%s</w:rPr>' % rpr if rpr else '', ''.join(content))

    def runs(self, text, bold=False):
        """**x** is a bold run, //x// an italic run."""
        out = ''
        for p in re.split(r'(\*\*.*?\*\*|//.*?//)', text):
            if not p:
                continue
            if p.startswith('**'):
                out += self.run(p[2:-2], bold=True)
            elif p.startswith('//'):
                out += self.run(p[2:-2], bold=bold, italic=True)
            else:
                out += self.run(p, bold=bold)
        return out

    def p(self, text='', style=None, bold=False, jc=None):
        ppr = ''
        if style:
            ppr += '<w:pStyle w:val="%s"/>' % style
        if jc:
            ppr += '<w:jc w:val="%s"/>' % jc
        r = self.RSIDS[self.n % 3 + 1]
        return ('<w:p w14:paraId="%s" w14:textId="77777777" w:rsidR="%s" w:rsidRDefault="%s" w:rsidP="%s">%s%s</w:p>'
                % (self.pid(), r, r, self.RSIDS[0], '<w:pPr>%s</w:pPr>' % ppr if ppr else '',
                   self.runs(text, bold=bold) if text else ''))

    def tbl(self, widths, rows):
        """A borderless two-column table whose first column is bold."""
        grid = ''.join('<w:gridCol w:w="%d"/>' % w for w in widths)
        out = ('<w:tbl><w:tblPr><w:tblStyle w:val="Tabellrutnt"/><w:tblW w:w="0" w:type="auto"/>'
               '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/>'
               '<w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
               '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
               'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>%s</w:tblGrid>' % grid)
        for row in rows:
            out += '<w:tr w:rsidR="%s" w14:paraId="%s" w14:textId="77777777">' % (self.RSIDS[1], self.pid())
            for j, cell in enumerate(row):
                out += ('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>'
                        % (widths[j], self.p(cell, bold=(j == 0))))
            out += '</w:tr>'
        return out + '</w:tbl>'


def docx_styles():
    def heading(sid, name, lvl, sz, color):
        return ('<w:style w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/><w:basedOn w:val="Normal"/>'
                '<w:next w:val="Normal"/><w:link w:val="%sChar"/><w:uiPriority w:val="9"/>%s<w:qFormat/>'
                '<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="%d" w:after="80"/>'
                '<w:outlineLvl w:val="%d"/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" '
                'w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/>'
                '<w:color w:val="%s"/><w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr></w:style>'
                '<w:style w:type="character" w:customStyle="1" w:styleId="%sChar"><w:name w:val="Rubrik %d Char"/>'
                '<w:basedOn w:val="Standardstycketeckensnitt"/><w:link w:val="%s"/><w:uiPriority w:val="9"/>'
                '<w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" '
                'w:cstheme="majorBidi"/><w:color w:val="%s"/><w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr></w:style>'
                % (sid, name, sid, '' if lvl == 0 else '<w:unhideWhenUsed/>', 360 if lvl == 0 else 160,
                   lvl, color, sz, sz, sid, lvl + 1, sid, color, sz, sz))
    return DECL + (
        '<w:styles %s><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" '
        'w:eastAsiaTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:kern w:val="2"/>'
        '<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="sv-SE" w:eastAsia="en-US" w:bidi="ar-SA"/>'
        '<w14:ligatures w14:val="standardContextual"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
        '<w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
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
        '<w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr>'
        '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:contextualSpacing/></w:pPr><w:rPr>'
        '<w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" '
        'w:cstheme="majorBidi"/><w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="52"/><w:szCs w:val="52"/>'
        '</w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Underrubrik"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/>'
        '<w:next w:val="Normal"/><w:uiPriority w:val="11"/><w:qFormat/><w:rPr><w:color w:val="5A5A5A"/>'
        '<w:spacing w:val="15"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>'
        '<w:style w:type="table" w:styleId="Tabellrutnt"><w:name w:val="Table Grid"/><w:basedOn w:val="Normaltabell"/>'
        '<w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" '
        'w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" '
        'w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '</w:tblBorders></w:tblPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Sidhuvud"><w:name w:val="header"/><w:basedOn w:val="Normal"/>'
        '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4536"/>'
        '<w:tab w:val="right" w:pos="9072"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        '<w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Sidfot"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>'
        '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4536"/>'
        '<w:tab w:val="right" w:pos="9072"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        '<w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
        '</w:styles>'
    ) % (NS_SHORT, heading('Rubrik1', 'heading 1', 0, 28, '2F5496'), heading('Rubrik2', 'heading 2', 1, 24, '2F5496'))


def docx_settings(docid):
    return DECL + (
        '<w:settings xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
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
        '</w:compat><w:rsids><w:rsidRoot w:val="%s"/>%s</w:rsids>'
        '<w:themeFontLang w:val="sv-SE"/>'
        '<w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" w:accent1="accent1" '
        'w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" w:accent6="accent6" '
        'w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/>'
        '<w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/>'
        '<w14:docId w14:val="%s"/><w15:chartTrackingRefBased/>'
        '<w15:docId w15:val="{%s}"/></w:settings>'
    ) % (Docx.RSIDS[0], ''.join('<w:rsid w:val="%s"/>' % r for r in sorted(Docx.RSIDS)), docid[:8], docid)


def docx_fonts():
    fonts = [('Symbol', '05050102010706020507', '02', 'roman'), ('Times New Roman', '02020603050405020304', '00', 'roman'),
             ('Calibri', '020F0502020204030204', '00', 'swiss'), ('Calibri Light', '020F0302020204030204', '00', 'swiss')]
    return DECL + '<w:fonts %s>%s</w:fonts>' % (NS_SHORT, ''.join(
        '<w:font w:name="%s"><w:panose1 w:val="%s"/><w:charset w:val="%s"/><w:family w:val="%s"/>'
        '<w:pitch w:val="variable"/></w:font>' % f for f in fonts))


def docx_theme():
    accents = ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47']
    clr = ('<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>'
           '<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2>'
           '<a:lt2><a:srgbClr val="E7E6E6"/></a:lt2>'
           + ''.join('<a:accent%d><a:srgbClr val="%s"/></a:accent%d>' % (i + 1, c, i + 1) for i, c in enumerate(accents))
           + '<a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink>'
           '</a:clrScheme>')
    fonts = ('<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light" panose="020F0302020204030204"/>'
             '<a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri" '
             'panose="020F0502020204030204"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>')
    fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    ln = ''.join('<a:ln w="%d" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
                 '<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>' % w for w in (6350, 12700, 19050))
    fmt = ('<a:fmtScheme name="Office"><a:fillStyleLst>%s</a:fillStyleLst><a:lnStyleLst>%s</a:lnStyleLst>'
           '<a:effectStyleLst>%s</a:effectStyleLst><a:bgFillStyleLst>%s</a:bgFillStyleLst></a:fmtScheme>'
           % (fill * 3, ln, '<a:effectStyle><a:effectLst/></a:effectStyle>' * 3, fill * 3))
    return DECL + ('<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office-tema">'
                   '<a:themeElements>%s%s%s</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>'
                   % (clr, fonts, fmt))


def docx_package(d, body_xml, header_text, meta):
    """Zip a document: body paragraphs, a page header with `header_text` and
    a footer 'Sida N av M' (PAGE and NUMPAGES fields)."""
    sect = ('<w:sectPr w:rsidR="%s" w:rsidSect="%s"><w:headerReference w:type="default" r:id="rId6"/>'
            '<w:footerReference w:type="default" r:id="rId7"/><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" '
            'w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>'
            % (Docx.RSIDS[0], Docx.RSIDS[0]))
    document = DECL + '<w:document %s><w:body>%s%s</w:body></w:document>' % (NS_MAIN, body_xml, sect)
    header = DECL + '<w:hdr %s>%s</w:hdr>' % (NS_MAIN, d.p(header_text, 'Sidhuvud'))
    fld = lambda instr, res: ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> %s '
                              '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>%s</w:t>'
                              '</w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' % (instr, res))
    footer = DECL + ('<w:ftr %s><w:p w14:paraId="%s" w14:textId="77777777" w:rsidR="%s" w:rsidRDefault="%s">'
                     '<w:pPr><w:pStyle w:val="Sidfot"/><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">Sida </w:t>'
                     '</w:r>%s<w:r><w:t xml:space="preserve"> av </w:t></w:r>%s</w:p></w:ftr>') % (
        NS_MAIN, d.pid(), Docx.RSIDS[1], Docx.RSIDS[1], fld('PAGE', '1'), fld('NUMPAGES', meta['pages']))
    text = ' '.join(re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', document))
    core = DECL + (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title></dc:title><dc:subject></dc:subject><dc:creator>%s</dc:creator><cp:keywords></cp:keywords>'
        '<dc:description></dc:description><cp:lastModifiedBy>%s</cp:lastModifiedBy><cp:revision>%d</cp:revision>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
    ) % (X(meta['creator']), X(meta['creator']), meta['revision'], meta['created'], meta['modified'])
    app = DECL + (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        '<Template>Normal.dotm</Template><TotalTime>%d</TotalTime><Pages>%s</Pages><Words>%d</Words>'
        '<Characters>%d</Characters><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
        '<Lines>%d</Lines><Paragraphs>%d</Paragraphs><ScaleCrop>false</ScaleCrop><Company>%s</Company>'
        '<LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>%d</CharactersWithSpaces>'
        '<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>'
        '</Properties>') % (meta['minutes'], meta['pages'], len(text.split()), len(text.replace(' ', '')),
                            len(text) // 70 + 1, document.count('<w:p '), X(meta['company']), len(text))
    rels = [('rId1', 'styles', 'styles.xml'), ('rId2', 'settings', 'settings.xml'),
            ('rId3', 'webSettings', 'webSettings.xml'), ('rId6', 'header', 'header1.xml'),
            ('rId7', 'footer', 'footer1.xml'), ('rId8', 'fontTable', 'fontTable.xml'),
            ('rId9', 'theme', 'theme/theme1.xml')]
    doc_rels = DECL + ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s'
                       '</Relationships>') % ''.join(
        '<Relationship Id="%s" Type="%s%s" Target="%s"/>' % (i, REL_BASE, t, tg) for i, t, tg in rels)
    root_rels = DECL + (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')
    overrides = [('/word/document.xml', CT_BASE + 'document.main+xml'), ('/word/styles.xml', CT_BASE + 'styles+xml'),
                 ('/word/settings.xml', CT_BASE + 'settings+xml'), ('/word/webSettings.xml', CT_BASE + 'webSettings+xml'),
                 ('/word/header1.xml', CT_BASE + 'header+xml'), ('/word/footer1.xml', CT_BASE + 'footer+xml'),
                 ('/word/fontTable.xml', CT_BASE + 'fontTable+xml'),
                 ('/word/theme/theme1.xml', 'application/vnd.openxmlformats-officedocument.theme+xml'),
                 ('/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'),
                 ('/docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml')]
    ctypes = DECL + ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>%s</Types>') % ''.join(
        '<Override PartName="%s" ContentType="%s"/>' % o for o in overrides)
    parts = [
        ('[Content_Types].xml', ctypes), ('_rels/.rels', root_rels), ('word/document.xml', document),
        ('word/_rels/document.xml.rels', doc_rels), ('word/footer1.xml', footer), ('word/header1.xml', header),
        ('word/settings.xml', docx_settings(meta['docid'])), ('word/styles.xml', docx_styles()),
        ('word/webSettings.xml', DECL + '<w:webSettings %s><w:optimizeForBrowser/><w:allowPNG/></w:webSettings>' % NS_SHORT),
        ('word/fontTable.xml', docx_fonts()), ('word/theme/theme1.xml', docx_theme()),
        ('docProps/core.xml', core), ('docProps/app.xml', app)]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            z.writestr(zi, data.encode('utf-8'))
    return buf.getvalue()


# ==========================================================================
# 1. ifo_natverket_thunderbird_export.mbox
#    Gustavo Ferreira's Thunderbird (Windows, so CRLF) local folder
#    "IFO-nätverket", exported with ImportExportTools NG. The three mails
#    came in over IMAP and were moved into the local folder on 3 February
#    2026 at 09:12:44; Thunderbird writes that moment in each "From - " line.
# ==========================================================================
TB_FILE = 'ifo_natverket_thunderbird_export.mbox'
TB_FROM_LINE = 'From - Tue Feb 03 09:12:44 2026'
TB_OWNER = ('Gustavo Ferreira', 'gustavo.ferreira@orkelljunga.example')
IFO_LIST = ('IFO-nätverket', 'ifo-natverket@familjenhelsingborg.example')


def mozilla_lines(status2='00000000'):
    return ['X-Mozilla-Status: 0001', 'X-Mozilla-Status2: ' + status2, 'X-Mozilla-Keys: ' + ' ' * 80]


def received_by_owner(host, helo, ip, qid, when):
    return [
        'Return-Path: <%s>' % host,
        'Delivered-To: ' + TB_OWNER[1],
        'Received: from %s (%s [%s])' % (helo, helo, ip),
        '\tby mail.orkelljunga.example (Postfix) with ESMTPS id %s' % qid,
        '\tfor <%s>; %s' % (TB_OWNER[1], when),
    ]


# (a) Thunderbird, plain text, format=flowed, quoted-printable -------------
A_SUBJECT = 'Minnesanteckningar IFO-nätverket 12 november'
A_BODY = [
    'Hej allihop,',
    '',
    'tack för sist i Höganäs! Här kommer mina anteckningar från onsdagens träff. Har jag missat eller '
    'missuppfattat något vill jag ha det senast fredag 21/11, sedan lägger jag upp dem i nätverkets kanal i Teams.',
    '',
    'Minnesanteckningar från IFO-nätverket',
    '',
    'Datum: 2025-11-12',
    'Tid: 13.00–16.00',
    'Lokal: Höganäs, Kommunhuset, rum Nyhamnsläge',
    '',
    'Deltagare:',
    '- Båstad: Baptiste Lefèvre',
    '- Helsingborg: Leire Etxeberria',
    '- Höganäs: Annikki Väisänen (ordf.)',
    '- Klippan: Shahin Rostami',
    '- Landskrona: Mircea Popescu',
    '- Svalöv: Přemysl Horáček (antecknare)',
    '- Åstorp: Elżbieta Wróbel',
    '- Ängelholm: Ann-Katrin Sjöholm',
    '- Örkelljunga: Gustavo Ferreira',
    'Förhinder: Bjuv (Halyna Kovalenko) och Perstorp (Genet Tadesse).',
    'Gäst under § 3: Hervé Marchetti, kommunpolis i Höganäs och Bjuv.',
    '',
    '§ 1 Kommunrundan',
    '- Landskrona har fortfarande fyra vakanta tjänster inom barn och unga.',
    '- Båstad har fått en ny enhetschef för vuxenenheten.',
    '- Örkelljunga ser en ökning av orosanmälningarna med ungefär en tredjedel jämfört med i fjol.',
    '- Övriga: inget särskilt att rapportera.',
    '',
    '§ 2 Kostnaderna för externa placeringar',
    'Mircea Popescu lyfte att Landskrona redan i oktober hade förbrukat hela årets budget för HVB-placeringar av '
    'barn och unga, och att dygnskostnaden hos flera privata utförare har stigit med nästan 20 procent på två år. '
    'Mircea: ”Vi köper platser vi egentligen inte har råd med, för att vi inte har något eget att erbjuda.”',
    'Shahin Rostami instämde och sa att Klippan har samma problem med konsulentstödda familjehem.',
    'Beslut: Mircea och Shahin samlar in kommunernas placeringskostnader för 2025 och lägger fram en gemensam '
    'sammanställning i februari.',
    '',
    '§ 3 Orosanmälningar från polisen',
    'Hervé Marchetti berättade att polisen numera skickar sina orosanmälningar digitalt och att det kan dröja '
    'flera dagar innan rätt kommun får dem när barnet är folkbokfört i en kommun men bor i en annan. Han sa att '
    '”en anmälan som hamnar i fel kommun är en anmälan som ingen läser”.',
    'Elżbieta Wróbel frågade om polisen kan skriva ut i vilken kommun barnet faktiskt vistas. Hervé lovade att ta '
    'med frågan till lokalpolisområdet.',
    'Ingen åtgärd från nätverkets sida.',
    '',
    '§ 4 Gemensam beredskap under storhelger',
    'Ann-Katrin Sjöholm väckte frågan om en gemensam beredskap för socialtjänsten i de norra kommunerna under '
    'jul och nyår. Hon berättade att Ängelholm har två socialsekreterare i beredskap varje storhelg men i snitt '
    'bara tre ärenden. ”Det är dyrt att sitta och vänta på ett samtal som sällan kommer”, sa Ann-Katrin.',
    'Gustavo Ferreira var positiv men påpekade att Örkelljunga har ett avtal med Hässleholm som gäller till och '
    'med 2026.',
    'Nätverket enades om att Ann-Katrin tar fram ett underlag om samverkan kring beredskapen, som skickas till '
    'socialcheferna före jul.',
    '',
    '§ 5 Övrigt',
    'Leire Etxeberria informerade om att Helsingborg startar en föräldrautbildning på arabiska och dari i januari '
    'och att alla kommuner får anmäla deltagare.',
    'Baptiste Lefèvre berättade att Båstad byter verksamhetssystem och att övergången sker den 1 mars.',
    '',
    'Nästa träff: onsdag 10 december kl. 13–16 i Ängelholm.',
    '',
    'Vänliga hälsningar',
    'Přemysl',
    '',
    '-- ',
    'Přemysl Horáček',
    'Enhetschef, individ- och familjeomsorgen',
    'Svalövs kommun',
]


def tb_message_a():
    hdr = received_by_owner('premysl.horacek@svalov.example', 'mx1.svalov.example', '192.0.2.77',
                            '4Cd7wQ1Jm2z9sN', 'Fri, 14 Nov 2025 10:41:12 +0100 (CET)') + [
        'Message-ID: <5e0c9a71-3b2f-4d8e-a6c4-1f7b2e9d0a53@svalov.example>',
        'Date: Fri, 14 Nov 2025 10:41:07 +0100',
        'MIME-Version: 1.0',
        'User-Agent: Mozilla Thunderbird',
        'Content-Language: sv-SE',
        fold('To', addr(*IFO_LIST, charset='UTF-8', lower=True)),
        fold('From', addr('Přemysl Horáček', 'premysl.horacek@svalov.example', charset='UTF-8', lower=True)),
        fold('Subject', mixed_words(A_SUBJECT, 'UTF-8', lower=True)),
        'Content-Type: text/plain; charset=UTF-8; format=flowed',
        'Content-Transfer-Encoding: quoted-printable',
    ]
    body = qp_encode(flowed_body(A_BODY).encode('utf-8'))
    return (crlf_join(hdr) + '\r\n\r\n' + body).encode('ascii')


# (b) Outlook on the web (Microsoft 365), multipart/alternative ------------
B_SUBJECT = 'IFO-nätverket: anteckningar 10 december'
B_BLOCKS = [
    ('p', 'Hej!'),
    ('e',),
    ('p', 'Här är anteckningarna från decembermötet i Ängelholm. Skriv till mig om något behöver ändras innan jag '
          'skickar dem vidare till socialcheferna.'),
    ('e',),
    ('title', 'IFO-nätverket – minnesanteckningar'),
    ('e',),
    ('p', '**Mötesdag:** onsdagen den 10 december 2025, kl. 13.00–16.00'),
    ('p', '**Mötesplats:** Ängelholm, Stadshuset, rum Magnarp'),
    ('p', '**Ordförande:** Ann-Katrin Sjöholm'),
    ('p', '**Anteckningar:** Leire Etxeberria'),
    ('e',),
    ('p', '**Närvarande:**'),
    ('ul', ['Ann-Katrin Sjöholm, Ängelholm', 'Leire Etxeberria, Helsingborg', 'Annikki Väisänen, Höganäs',
            'Mircea Popescu, Landskrona', 'Halyna Kovalenko, Bjuv', 'Genet Tadesse, Perstorp',
            'Elżbieta Wróbel, Åstorp', 'Gustavo Ferreira, Örkelljunga']),
    ('p', '**Ej närvarande:** Přemysl Horáček (Svalöv), Baptiste Lefèvre (Båstad), Shahin Rostami (Klippan)'),
    ('p', '**Medverkande gäst:** Rukmini Rao, specialistpsykolog på BUP-mottagningen i Landskrona, under ärende 2'),
    ('e',),
    ('p', '**Ärende 1 – Förra mötets anteckningar**'),
    ('p', 'Godkändes utan ändringar.'),
    ('e',),
    ('p', '**Ärende 2 – Väntetider till BUP för familjehemsplacerade barn**'),
    ('p', 'Rukmini Rao berättade att barn som är placerade i familjehem i en annan kommun än den som har placerat '
          'dem ofta hamnar sist i kön, eftersom remissen skickas till fel mottagning. Enligt Rukmini väntar ”ett '
          'placerat barn i snitt fyra månader längre än andra barn på en första bedömning”.'),
    ('p', 'Halyna Kovalenko undrade om socialtjänsten själv kan skriva remissen. Rukmini svarade att den måste gå '
          'via vårdcentralen eller elevhälsan.'),
    ('p', 'Beslut: Rukmini och Halyna skriver en kort vägledning om vart remissen ska skickas när barnet bor i en '
          'annan kommun.'),
    ('e',),
    ('p', '**Ärende 3 – Skyddat boende för mammor med tonårssöner**'),
    ('p', 'Genet Tadesse tog upp att Perstorp har svårt att hitta skyddat boende för kvinnor som har äldre barn med '
          'sig, särskilt tonårspojkar, som många boenden inte tar emot. Genet sa: ”Vi har fått välja mellan att '
          'skydda mamman och att låta sonen följa med.”'),
    ('p', 'Annikki Väisänen berättade att Höganäs köper platser på ett boende i Kristianstad som tar emot hela '
          'familjer.'),
    ('p', 'Frågan diskuterades, men inget beslut fattades.'),
    ('e',),
    ('p', '**Ärende 4 – Sommarvikarier 2026**'),
    ('p', 'Elżbieta Wróbel föreslog att kommunerna annonserar tillsammans efter sommarvikarier inom IFO, så att vi '
          'inte konkurrerar om samma socionomstudenter.'),
    ('p', 'Mircea Popescu tyckte att det var en bra idé men sa att Landskrona redan har publicerat sin annons.'),
    ('p', 'Nätverket beslutade att göra en gemensam annons för sommaren 2026. Elżbieta samordnar, och annonsen ska '
          'vara ute senast den 31 januari.'),
    ('e',),
    ('p', '**Ärende 5 – Övrigt**'),
    ('p', 'Gustavo Ferreira berättade att Örkelljunga har anställt två socialsekreterare från årsskiftet och därmed '
          'slipper hyra in konsulter.'),
    ('p', 'Annikki Väisänen tipsade om en konferens i Malmö i vår:'),
    ('p', 'From Risk to Resilience – nordisk konferens om barn i utsatta situationer, 22–23 april 2026. Sista '
          'anmälningsdag är den 13 februari.'),
    ('e',),
    ('p', '**Nästa möte:** onsdag 21 januari 2026 kl. 13.00 i Klippan.'),
    ('e',),
    ('sig', ['Med vänlig hälsning', 'Leire Etxeberria', 'Sektionschef, Barn och familj',
             'Socialförvaltningen, Helsingborgs stad']),
]
OWA_FONT = ('font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; '
            'font-size: 12pt; color: rgb(0, 0, 0);')


def owa_html(blocks):
    """Outlook on the web's HTML: one <div class="elementToProof"> per
    paragraph, its text on the line after the opening tag."""
    out = ['<html>', '<head>', '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
           '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>',
           '</head>', '<body dir="ltr">']
    for b in blocks:
        if b[0] == 'e':
            out += ['<div class="elementToProof" style="%s">' % OWA_FONT, '<br>', '</div>']
        elif b[0] == 'p':
            out += ['<div class="elementToProof" style="%s">' % OWA_FONT, bold_html(b[1]) + '</div>']
        elif b[0] == 'title':
            out += ['<div class="elementToProof" style="%s">' % OWA_FONT,
                    '<span style="font-size: 16pt;"><b>%s</b></span></div>' % E(b[1])]
        elif b[0] == 'ul':
            out.append('<ul data-editing-info="{&quot;applyListStyleFromLevel&quot;:false}" '
                       'style="margin-top: 0px; margin-bottom: 0px;">')
            for it in b[1]:
                out += ['<li style="%s">' % OWA_FONT,
                        '<div role="presentation" class="elementToProof">%s</div>' % E(it), '</li>']
            out.append('</ul>')
        elif b[0] == 'sig':
            out.append('<div id="Signature" class="elementToProof">')
            for ln in b[1]:
                out += ['<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, '
                        'Helvetica, sans-serif; font-size: 11pt; color: rgb(0, 0, 0);">', E(ln) + '</div>']
            out.append('</div>')
    out += ['</body>', '</html>']
    return '\r\n'.join(out) + '\r\n'


def owa_text(blocks):
    """Exchange's plain-text rendering of the same mail."""
    out = []
    for b in blocks:
        if b[0] == 'e':
            out.append('')
        elif b[0] in ('p', 'title'):
            out.append(unbold(b[1]))
        elif b[0] == 'ul':
            out += ['  *   ' + it for it in b[1]]
        elif b[0] == 'sig':
            out += b[1]
    return '\r\n'.join(out) + '\r\n'


def tb_message_b():
    stem = 'DB9PR04MB8217' + hexid('owa-b-stem', 24)
    b_alt = '_000_%s_' % stem
    hdr = received_by_owner('leire.etxeberria@helsingborg.example',
                            'EUR05-DB8-obe.outbound.protection.outlook.com', '198.51.100.94',
                            '4dQ2vK0bTgz7wL', 'Mon, 15 Dec 2025 09:13:02 +0100 (CET)') + [
        'Received: from DB9PR04MB8217.eurprd04.prod.outlook.com ([fe80::5c1e:3a09:b7d2:41f6]) by',
        ' DB9PR04MB8217.eurprd04.prod.outlook.com ([fe80::5c1e:3a09:b7d2:41f6%4]) with',
        ' mapi id 15.20.9388.011; Mon, 15 Dec 2025 08:12:56 +0000',
        fold('From', addr('Leire Etxeberria', 'leire.etxeberria@helsingborg.example')),
        fold('To', addr(*IFO_LIST, b=True)),
        'Subject: ' + ew_b(B_SUBJECT, 'utf-8'),
        'Thread-Topic: ' + ew_b(B_SUBJECT, 'utf-8'),
        'Thread-Index: ' + thread_index('owa-b'),
        'Date: Mon, 15 Dec 2025 08:12:55 +0000',
        'Message-ID: <%s@%s>' % (stem, 'DB9PR04MB8217.eurprd04.prod.outlook.com'),
        'Accept-Language: sv-SE, en-US',
        'Content-Language: sv-SE',
        'X-MS-Has-Attach:',
        'X-MS-TNEF-Correlator:',
        'msip_labels:',
        'Content-Type: multipart/alternative;',
        '\tboundary="%s"' % b_alt,
        'MIME-Version: 1.0',
    ]
    body = crlf_join([
        '--' + b_alt,
        'Content-Type: text/plain; charset="utf-8"',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        qp_encode(owa_text(B_BLOCKS).encode('utf-8')),
        '--' + b_alt,
        'Content-Type: text/html; charset="utf-8"',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        qp_encode(owa_html(B_BLOCKS).encode('utf-8')),
        '--' + b_alt + '--',
        '',
    ])
    data = (crlf_join(hdr) + '\r\n\r\n' + body).encode('ascii')
    assert b'\r\nFrom Risk to Resilience' in data   # both parts: a line that begins "From "
    return data


# (c) Thunderbird cover mail with the minutes as an attached .docx ----------
C_SUBJECT = 'Anteckningar från träffen i Klippan 21/1'
C_DOCX_NAME = 'Anteckningar från IFO-nätverkets möte 21 januari 2026.docx'
C_COVER = [
    'Hej, här kommer anteckningarna från onsdagens möte i Klippan. Jag skrev dem direkt i Word under mötet, så de '
    'ligger som en bifogad fil.',
    '',
    'Shahin bad mig påminna om att de kommuner som inte har skickat in sina placeringssiffror gör det till Mircea '
    'senast den 6 februari.',
    '',
    'Hälsningar',
    'Elżbieta',
    '',
    '-- ',
    'Elżbieta Wróbel',
    'Enhetschef IFO, Åstorps kommun',
]


def ifo_docx():
    d = Docx('ifo-januari')
    b = []
    b.append(d.p('IFO-nätverket', 'Rubrik'))
    b.append(d.p('Minnesanteckningar', 'Underrubrik'))
    b.append(d.tbl([2126, 6936], [
        ('Datum', 'onsdag 21/1 2026'),
        ('Tid', 'kl. 13.00–16.00'),
        ('Plats', 'Klippan, Kommunhuset, sammanträdesrum Stackarp'),
        ('Ordförande', 'Shahin Rostami, Klippan'),
        ('Antecknare', 'Elżbieta Wróbel, Åstorp'),
    ]))
    b.append(d.p())
    b.append(d.p('Närvaro', 'Rubrik1'))
    b.append(d.p('**Närvarande:** Shahin Rostami (Klippan), Elżbieta Wróbel (Åstorp), Annikki Väisänen (Höganäs), '
                 'Přemysl Horáček (Svalöv), Leire Etxeberria (Helsingborg), Baptiste Lefèvre (Båstad), '
                 'Halyna Kovalenko (Bjuv), Genet Tadesse (Perstorp) och Gustavo Ferreira (Örkelljunga).'))
    b.append(d.p('**Anmält frånvaro:** Mircea Popescu (Landskrona) och Ann-Katrin Sjöholm (Ängelholm).'))
    b.append(d.p('**Inbjuden till punkt 2:** Anahit Sargsyan, biträdande institutionschef på Statens '
                 'institutionsstyrelse (SiS).'))
    b.append(d.p('Punkter', 'Rubrik1'))

    b.append(d.p('1. Mötets öppnande', 'Rubrik2'))
    b.append(d.p('//Anmält av:// –'))
    b.append(d.p('Shahin hälsade alla välkomna till Klippan. Dagordningen godkändes med ett tillägg i slutet.'))

    b.append(d.p('2. Platsläget på SiS särskilda ungdomshem', 'Rubrik2'))
    b.append(d.p('//Anmält av:// Anahit Sargsyan, SiS'))
    b.append(d.p('Anahit Sargsyan beskrev läget på de särskilda ungdomshemmen: beläggningen ligger över hundra '
                 'procent och kommunerna får ofta vänta flera veckor på en plats efter ett omedelbart '
                 'omhändertagande. Hon sa: ”Vi har aldrig haft så många flickor under femton år hos oss som nu.”'))
    b.append(d.p('Baptiste Lefèvre frågade hur lång väntetiden är just nu. Anahit svarade att den i snitt är tre veckor.'))
    b.append(d.p('**Beslut:** –'))

    b.append(d.p('3. Gemensam sammanställning av placeringskostnader', 'Rubrik2'))
    b.append(d.p('//Anmält av:// Shahin Rostami'))
    b.append(d.p('Shahin Rostami redovisade hur långt arbetet med sammanställningen har kommit sedan november. Sju '
                 'av elva kommuner har skickat in sina kostnader. Shahin sa: ”Utan de sista fyra kommunerna blir '
                 'bilden bara halv.”'))
    b.append(d.p('**Beslut:** De kommuner som inte har skickat in sina siffror gör det till Mircea Popescu senast '
                 'den 6 februari.'))

    b.append(d.p('4. Unga som fyller 18 på stödboende', 'Rubrik2'))
    b.append(d.p('//Anmält av:// Halyna Kovalenko'))
    b.append(d.p('Halyna Kovalenko tog upp att flera ungdomar på Bjuvs stödboende måste flytta när de blir myndiga '
                 'och då står utan bostad, trots att de sköter skola och arbete. Halyna sa: ”De har gjort allt rätt, '
                 'men ingen hyresvärd vill ha någon utan hyreshistorik.”'))
    b.append(d.p('Leire Etxeberria berättade att Helsingborg har ett avtal med ett privat bostadsbolag om '
                 'träningslägenheter.'))
    b.append(d.p('**Beslut:** Halyna och Leire bjuder in bostadsbolagen i de elva kommunerna till ett gemensamt '
                 'möte under våren.'))

    b.append(d.p('5. Övrigt', 'Rubrik2'))
    b.append(d.p('//Anmält av:// Přemysl Horáček, Gustavo Ferreira'))
    b.append(d.p('Přemysl Horáček meddelade att han går i pension den 30 april och att Svalöv har börjat rekrytera '
                 'hans efterträdare.'))
    b.append(d.p('Gustavo Ferreira frågade om fler kommuner vill köpa en gemensam utbildning i BBIC för '
                 'nyanställda. Annikki och Genet anmälde intresse.'))
    b.append(d.p('**Beslut:** –'))
    b.append(d.p())
    b.append(d.p('**Nästa möte:** onsdag 18 februari 2026 kl. 13.00–16.00 i Bjuv.'))
    meta = dict(docid='7C2E91A4-3B5D-4F68-9E10-A4D7C3B25E81', creator='Elżbieta Wróbel', revision=3,
                created='2026-01-21T12:02:00Z', modified='2026-01-23T08:47:00Z', minutes=96, pages='2',
                company='Åstorps kommun')
    return docx_package(d, ''.join(b), 'Familjen Helsingborg\tIFO-nätverket', meta)


def tb_message_c():
    boundary = '------------Qm4xT8vRw2LcZk7pHn3sYd0F'
    cover = flowed_body(C_COVER).encode('utf-8')
    docx = ifo_docx()
    enc = pct(C_DOCX_NAME)
    cut = enc.index('n%C3%A4tverkets')
    raw = C_DOCX_NAME.encode('utf-8')
    hdr = received_by_owner('elzbieta.wrobel@astorp.example', 'smtp.astorp.example', '203.0.113.18',
                            '4fK9pR3vXwz2mT', 'Mon, 26 Jan 2026 14:28:51 +0100 (CET)') + [
        'Content-Type: multipart/mixed; boundary="%s"' % boundary,
        'Message-ID: <a8d31f02-7c4e-4b95-b6e0-3e91c5d2f7a4@astorp.example>',
        'Date: Mon, 26 Jan 2026 14:28:46 +0100',
        'MIME-Version: 1.0',
        'User-Agent: Mozilla Thunderbird',
        'Content-Language: sv-SE',
        fold('To', addr(*IFO_LIST, charset='UTF-8', lower=True)),
        fold('From', addr('Elżbieta Wróbel', 'elzbieta.wrobel@astorp.example', charset='UTF-8', lower=True)),
        fold('Subject', mixed_words(C_SUBJECT, 'UTF-8', lower=True)),
    ]
    name_word = '=?UTF-8?B?%s?=' % base64.b64encode(raw).decode('ascii')
    head = crlf_join(hdr + [
        '',
        'This is a multi-part message in MIME format.',
        '--' + boundary,
        'Content-Type: text/plain; charset=UTF-8; format=flowed',
        'Content-Transfer-Encoding: 8bit',
        '',
    ]).encode('ascii') + b'\r\n' + cover
    att = crlf_join([
        '--' + boundary,
        'Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document;',
        ' name="%s"' % name_word,
        'Content-Disposition: attachment;',
        " filename*0*=UTF-8''%s;" % enc[:cut],
        ' filename*1*=%s' % enc[cut:],
        'Content-Transfer-Encoding: base64',
        '',
        b64_lines(docx, 72),
        '',
        '--' + boundary + '--',
        '',
    ]).encode('ascii')
    return head + b'\r\n' + att


def build_thunderbird():
    msgs = [(TB_FROM_LINE, mozilla_lines()), (TB_FROM_LINE, mozilla_lines()),
            (TB_FROM_LINE, mozilla_lines('10000000'))]   # 0x10000000: has an attachment
    bodies = [tb_message_a(), tb_message_b(), tb_message_c()]
    entries = []
    for (line, moz), body in zip(msgs, bodies):
        entries.append((line, crlf_join(moz).encode('ascii') + b'\r\n' + body))
    return write_bytes(TB_FILE, mbox_join(entries, b'\r\n'))


# ==========================================================================
# 2. socialchefer_gmail_takeout.mbox
#    Souad Benali's Google account (Google Workspace, Swedish interface),
#    exported with Google Takeout: CRLF, "From <message id>@xxx <date>" lines
#    in UTC, X-GM-THRID (the thread's first message id) and X-Gmail-Labels
#    first. Her own sent minutes and Kirsten Holmberg's reply, one thread.
# ==========================================================================
GM_FILE = 'socialchefer_gmail_takeout.mbox'
GM_SUBJECT = 'Minnesanteckningar Socialchefsnätverket 5 mars'
GM_ID1 = 1822334455667788990
GM_ID2 = 1822427318870035461
SOUAD = ('Souad Benali', 'souad.benali@bjuv.example')
KIRSTEN = ('Kirsten Holmberg', 'kirsten.holmberg@landskrona.example')
SC_LIST = ('Socialchefsnätverket', 'socialchefer@familjenhelsingborg.example')

# ('p', text) a <div>; ('e',) <div><br></div>; ('title', text); ('ul', items)
D_BLOCKS = [
    ('p', 'Hej alla,'),
    ('e',),
    ('p', 'här kommer minnesanteckningarna från förra torsdagen. Stort tack till Kirsten och Landskrona för att vi '
          'fick vara hos er!'),
    ('e',),
    ('title', 'Minnesanteckningar – Socialchefsnätverket'),
    ('e',),
    ('p', '**Tid:** torsdagen den 5:e mars 2026, kl 09.00–12.00'),
    ('p', '**Plats:** Landskrona, Rådhuset, Rådssalen'),
    ('p', '**Mötesledare:** Kirsten Holmberg, Landskrona'),
    ('p', '**Sekreterare:** Souad Benali, Bjuv'),
    ('e',),
    ('p', '**Närvarande:** Kirsten Holmberg (Landskrona), Karl-Johan Wester (Helsingborg), Ewa-Lena Bergkvist '
          '(Höganäs), Dmytro Shevchuk (Ängelholm), Ahmet Kaya (Klippan), Nino Beridze (Svalöv), Hiroshi Okabe '
          '(Åstorp), Souad Benali (Bjuv)'),
    ('p', '**Frånvarande:** Ulla-Carin Ljung (Perstorp), Sandeep Malhotra (Örkelljunga)'),
    ('p', 'Båstad: tjänsten som socialchef är vakant sedan årsskiftet.'),
    ('p', '**Gäst:** Ladan Moradi, utvecklingsledare på Länsstyrelsen Skåne (punkt 2)'),
    ('e',),
    ('p', '**1) Inledning**'),
    ('p', 'Kirsten öppnade mötet och hälsade Hiroshi välkommen som ny socialchef i Åstorp.'),
    ('e',),
    ('p', '**2) Länsstyrelsens granskning av arbetet mot våld i nära relationer**'),
    ('p', 'Ladan Moradi presenterade resultatet av Länsstyrelsens granskning. Bara tre av de elva kommunerna i '
          'Familjen Helsingborg har en aktuell handlingsplan mot våld i nära relationer. ”Planen behöver inte vara '
          'lång, men den måste vara känd av dem som svarar i telefon”, sa Ladan.'),
    ('p', 'Dmytro Shevchuk frågade om Länsstyrelsen kan stötta kommunerna i arbetet. Ladan svarade att det finns '
          'utvecklingsmedel att söka fram till den 30 april.'),
    ('p', 'Beslut: De kommuner som saknar en aktuell handlingsplan tar fram en under 2026, och nätverket följer upp '
          'frågan i december.'),
    ('e',),
    ('p', '**3) Statistik över ekonomiskt bistånd**'),
    ('p', 'Ewa-Lena Bergkvist tog upp att kommunerna redovisar det ekonomiska biståndet på olika sätt: Höganäs '
          'räknar hushåll medan flera andra räknar personer. Ewa-Lena sa: ”Vi jämför äpplen med päron och drar '
          'slutsatser om fruktsallad.”'),
    ('p', 'Karl-Johan Wester höll med och erbjöd hjälp från Helsingborgs analytiker.'),
    ('p', 'Beslut: Varje kommun skickar sina siffror för 2025, uppdelade på hushåll och personer, till Ewa-Lena '
          'senast den 3 april.'),
    ('e',),
    ('p', '**4) Rekrytering av socionomer**'),
    ('p', 'Ahmet Kaya berättade att Klippan har sökt samma tjänst tre gånger under hösten utan att få en enda '
          'sökande med socionomexamen. Han menade att de mindre kommunerna förlorar mot Helsingborg och Malmö på '
          'lönen.'),
    ('p', 'Nino Beridze berättade att Svalöv har börjat erbjuda extern handledning och två hemarbetsdagar i veckan, '
          'och att det har gett fler sökande.'),
    ('p', 'Inget beslut. Frågan tas upp igen i maj.'),
    ('e',),
    ('p', '**5) Övrigt**'),
    ('ul', ['Karl-Johan Wester: Helsingborg inför en ny e-tjänst för ansökan om ekonomiskt bistånd i höst.',
            'Hiroshi Okabe: Åstorp söker en kommun att dela en familjerättssekreterare med.']),
    ('e',),
    ('p', '**Nästa möte:** torsdag 21 maj 2026 kl 09.00 i Svalövs kommunhus.'),
    ('e',),
    ('p', 'Hälsningar'),
    ('p', 'Souad'),
]
D_SIGNATURE = ['Souad Benali', 'Socialchef, Bjuvs kommun']

R_BLOCKS = [
    ('p', 'Tack Souad, fint och tydligt!'),
    ('p', 'En rättelse till punkt 3: siffrorna ska in till Ewa-Lena senast den 17 april, inte den 3 april.'),
    ('p', 'Vi flyttade datumet på mötet eftersom påsklovet kommer emellan.'),
    ('e',),
    ('p', 'Hälsningar'),
    ('p', 'Kirsten'),
]
R_SIGNATURE = ['Kirsten Holmberg', 'Socialchef, Landskrona stad']
R_ATTRIBUTION = 'Den tors 12 mars 2026 kl 14:03 skrev %s <%s>:' % SOUAD


def gmail_html_inner(blocks, signature):
    s = ''
    for b in blocks:
        if b[0] == 'e':
            s += '<div><br></div>'
        elif b[0] == 'p':
            s += '<div>%s</div>' % bold_html(b[1])
        elif b[0] == 'title':
            s += '<div><b><font size="4">%s</font></b></div>' % E(b[1])
        elif b[0] == 'ul':
            s += '<ul>%s</ul>' % ''.join('<li>%s</li>' % E(it) for it in b[1])
    s += ('<div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" '
          'data-smartmail="gmail_signature"><div dir="ltr">%s</div></div>'
          % ''.join('<div>%s</div>' % E(x) for x in signature))
    return '<div dir="ltr">%s</div>' % s


def gmail_text(blocks, signature):
    out = []
    for b in blocks:
        if b[0] == 'e':
            out.append('')
        elif b[0] == 'p':
            out.append(re.sub(r'\*\*(.*?)\*\*', r'*\1*', b[1]))
        elif b[0] == 'title':
            out.append('*%s*' % b[1])
        elif b[0] == 'ul':
            out += ['   - ' + it for it in b[1]]
    out += ['', '-- '] + signature
    return out


def gmail_alternative(boundary, text_lines, html_src):
    return crlf_join([
        '--' + boundary,
        'Content-Type: text/plain; charset="UTF-8"',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        qp_encode(('\r\n'.join(text_lines) + '\r\n').encode('utf-8')),
        '--' + boundary,
        'Content-Type: text/html; charset="UTF-8"',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        qp_encode((html_src + '\r\n').encode('utf-8')),
        '--' + boundary + '--',
        '',
    ])


def build_gmail():
    mid1 = '<CAPx7k2nQ8bW1r%s@mail.gmail.com>' % hexlow('gm-1', 26)
    mid2 = '<CAB9tLm4VZ0q%s@mail.gmail.com>' % hexlow('gm-2', 28)
    b1 = '000000000000' + hexlow('gm-b1', 16)
    b2 = '000000000000' + hexlow('gm-b2', 16)

    # the minutes, as sent (Takeout keeps a sent message with few headers)
    h1 = [
        'X-GM-THRID: %d' % GM_ID1,
        'X-Gmail-Labels: Skickat,Socialchefer',
        'MIME-Version: 1.0',
        'Date: Thu, 12 Mar 2026 14:03:11 +0100',
        'Message-ID: ' + mid1,
        fold('Subject', mixed_words(GM_SUBJECT, 'UTF-8')),
        fold('From', addr(*SOUAD)),
        fold('To', addr(*SC_LIST, charset='UTF-8', b=True)),
        'Content-Type: multipart/alternative; boundary="%s"' % b1,
    ]
    html1 = gmail_html_inner(D_BLOCKS, D_SIGNATURE)
    m1 = crlf_join(h1) + '\r\n\r\n' + gmail_alternative(b1, gmail_text(D_BLOCKS, D_SIGNATURE), html1)

    # the reply, as received: new text on top, the whole original quoted below
    quoted_text = ['> ' + ln if ln else '>' for ln in gmail_text(D_BLOCKS, D_SIGNATURE)]
    text2 = gmail_text(R_BLOCKS, R_SIGNATURE) + ['', '', R_ATTRIBUTION, ''] + quoted_text
    html2 = (gmail_html_inner(R_BLOCKS, R_SIGNATURE) +
             '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
             'Den tors 12 mars 2026 kl 14:03 skrev %s &lt;<a href="mailto:%s">%s</a>&gt;:<br></div>'
             '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
             'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
             % (SOUAD[0], SOUAD[1], SOUAD[1], html1))
    h2 = [
        'X-GM-THRID: %d' % GM_ID1,
        'X-Gmail-Labels: Inkorgen,Viktigt,Öppnat,Socialchefer',
        'Delivered-To: ' + SOUAD[1],
        'Received: by 2002:a05:7300:6e1a:b0:1d4:3c2:9a7e with SMTP id x26csp913257dyb;',
        '        Fri, 13 Mar 2026 00:47:35 -0700 (PDT)',
        'X-Received: by 2002:a17:907:c28:b0:b87:1f2e:4d0a with SMTP id a640c23a62f3a-b8a4e1c6d52mr1190357966b.31.1773388055183;',
        '        Fri, 13 Mar 2026 00:47:35 -0700 (PDT)',
        'Return-Path: <%s>' % KIRSTEN[1],
        'Received: from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])',
        '        by mx.google.com with SMTPS id a640c23a62f3a-b8a2c0f9d17sor2203712866b.9.2026.03.13.00.47.35',
        '        for <%s>' % SOUAD[1],
        '        (Google Transport Security);',
        '        Fri, 13 Mar 2026 00:47:35 -0700 (PDT)',
        'MIME-Version: 1.0',
        'References: ' + mid1,
        'In-Reply-To: ' + mid1,
        fold('From', addr(*KIRSTEN)),
        'Date: Fri, 13 Mar 2026 08:47:21 +0100',
        'Message-ID: ' + mid2,
        fold('Subject', mixed_words('SV: ' + GM_SUBJECT, 'UTF-8')),
        fold('To', addr(*SOUAD)),
        fold('Cc', addr(*SC_LIST, charset='UTF-8', b=True)),
        'Content-Type: multipart/alternative; boundary="%s"' % b2,
    ]
    m2 = crlf_join(h2) + '\r\n\r\n' + gmail_alternative(b2, text2, html2)
    entries = [('From %d@xxx Thu Mar 12 13:03:11 +0000 2026' % GM_ID1, m1.encode('utf-8')),
               ('From %d@xxx Fri Mar 13 07:47:21 +0000 2026' % GM_ID2, m2.encode('utf-8'))]
    return write_bytes(GM_FILE, mbox_join(entries, b'\r\n'))


# ==========================================================================
# 3. Anteckningar anhörigstöd.mbox/  (Apple Mail, Postlåda > Exportera
#    brevlåda): a folder with the file "mbox" (LF line ends, "From <sender>
#    <asctime>" lines, mboxo escaping), Info.plist and table_of_contents.
#    Ileana Munteanu sent both mails from Apple Mail and kept them in her
#    mailbox "Anteckningar anhörigstöd". Both carry the same subject.
# ==========================================================================
AP_DIR = 'Anteckningar anhörigstöd.mbox'
AP_SUBJECT = 'Minnesanteckningar nätverket för anhörigstöd'
ILEANA = ('Ileana Munteanu', 'ileana.munteanu@astorp.example')
AN_LIST = ('Nätverket för anhörigstöd', 'anhorigstod@familjenhelsingborg.example')

E_LINES = [
    'Hej alla!',
    '',
    'Tack för en fin förmiddag i Båstad. Här kommer anteckningarna, hör av er senast nästa fredag om något ska rättas.',
    '',
    ('title', 'Nätverket för anhörigstöd – minnesanteckningar'),
    '',
    '**När:** tis 10 feb 2026, kl. 9.30–12.00',
    '**Var:** Båstad, Anhörigcentrum, lilla samlingsrummet',
    '**Ordförande:** Wiveca Strand, Båstad',
    '**Antecknare:** Ileana Munteanu, Åstorp',
    '',
    '**Närvarande**',
    ('ul', ['Wiveca Strand, Båstad', 'Ileana Munteanu, Åstorp', 'Pavlos Georgiou, Helsingborg',
            'Natsuki Ono, Landskrona', 'Fatuma Abdi, Bjuv', 'Kateryna Bondarenko, Höganäs']),
    '**Förhinder:** Kent-Åke Nyström, Klippan',
    '**Gäst:** Gro Eikeland från Demensförbundet (punkt 3)',
    '',
    '**1. Kort runda**',
    'Alla berättade kort hur det går. Flera har haft fler samtal än vanligt efter julhelgerna, och i Höganäs har '
    'väntetiden till samtal blivit två veckor.',
    '',
    '**2. Anhöriga som hjälper en förälder på distans**',
    'Pavlos Georgiou lyfte att allt fler som hör av sig till anhörigstödet i Helsingborg bor långt bort och försöker '
    'hjälpa en förälder härifrån. Pavlos sa: ”De ringer från Umeå klockan tio på kvällen, när barnen har somnat.”',
    'Natsuki Ono berättade att Landskrona har startat digitala anhöriggrupper på kvällstid.',
    'Beslut: Natsuki visar upplägget för de digitala grupperna på nästa träff.',
    '',
    '**3. Stödet efter en demensdiagnos**',
    'Gro Eikeland från Demensförbundet berättade att många anhöriga inte får veta något om kommunens anhörigstöd '
    'förrän långt efter att diagnosen har ställts. ”Den första tiden efter beskedet är när man behöver oss mest, och '
    'då vet ingen att vi finns”, sa Gro.',
    'Kateryna Bondarenko frågade om förbundet har material på ukrainska. Gro svarade att det finns på arabiska och '
    'somaliska, men ännu inte på ukrainska.',
    'Beslut: Wiveca skriver till minnesmottagningarna i Helsingborg och Ängelholm och ber dem lämna ut kommunernas '
    'broschyr när diagnosen ges.',
    '',
    '**4. Avlösning i hemmet på helger**',
    'Fatuma Abdi tog upp att Bjuv har fått klagomål på att avlösning i hemmet bara går att boka på vardagar. Fatuma '
    'menade att det är på helgerna som de anhöriga känner sig mest ensamma.',
    'Inget beslut, alla tar reda på hur det ser ut i den egna kommunen.',
    '',
    '**5. Övrigt**',
    'Ileana Munteanu berättade att Åstorp har fått en anhörigkonsulent till på halvtid.',
    'Wiveca Strand påminde om Anhörigriksdagen i Västerås den 19–20 maj.',
    '',
    '**Nästa träff:** tisdag 14 april 2026 kl. 9.30 i Åstorp.',
    '',
    'Hälsningar',
    'Ileana',
    '',
    'Ileana Munteanu',
    'Anhörigkonsulent, Åstorps kommun',
]

F_LINES = [
    'Hej!',
    '',
    'Här kommer anteckningarna från i tisdags. Jag har utgått från förra vårens mall, så säg till om något har '
    'blivit fel.',
    '',
    '**MINNESANTECKNINGAR**',
    '**Nätverket för anhörigstöd**',
    '',
    'Datum: tisdag 14 april 2025, kl. 9.30–12.00',
    'Plats: Åstorp, Medborgarhuset, rum Kvidinge',
    'Ordförande: Wiveca Strand',
    'Anteckningar: Ileana Munteanu',
    '',
    'Deltog: Wiveca Strand (Båstad), Ileana Munteanu (Åstorp), Pavlos Georgiou (Helsingborg), Kent-Åke Nyström '
    '(Klippan), Kateryna Bondarenko (Höganäs) och Armen Petrosyan (Svalöv, ny i nätverket).',
    'Förhinder: Natsuki Ono (Landskrona) och Fatuma Abdi (Bjuv).',
    'Inbjuden: Tamar Lomidze, arbetsterapeut på Hjälpmedelscentrum Skåne (punkt 3).',
    '',
    '**1. Föregående anteckningar**',
    'Gicks igenom utan synpunkter.',
    '',
    '**2. Digitala anhöriggrupper**',
    'Natsuki hade förhinder, så punkten tas upp i juni i stället.',
    '',
    '**3. Hjälpmedel som den anhörige ska använda**',
    'Tamar Lomidze berättade att lyftselar och duschstolar skrivs ut till den som är sjuk, men att det oftast är den '
    'anhörige som ska hantera dem. Tamar sa: ”Vi instruerar patienten, men det är maken som lyfter.”',
    'Kent-Åke Nyström frågade om anhöriga kan följa med på instruktionen. Tamar svarade att de är välkomna.',
    'Beslut: Anhörigstödet i varje kommun bjuder in Hjälpmedelscentrum till en anhörigträff under hösten.',
    '',
    '**4. Barn som anhöriga**',
    'Armen Petrosyan tog upp att Svalöv saknar stöd för barn som har en förälder med missbruk eller psykisk ohälsa. '
    'Armen sa: ”Skolan ser dem, men vet inte vart de ska skicka dem.”',
    'Pavlos Georgiou berättade att Helsingborg har samtalsgrupper för barn i den situationen.',
    'Beslut: Pavlos bjuder in Svalöv till Helsingborgs nästa gruppstart i augusti.',
    '',
    '**5. Övrigt**',
    'Kateryna Bondarenko: Höganäs har nu broschyren om anhörigstöd på ukrainska.',
    'Kent-Åke Nyström: Klippans anhörigcafé flyttar till biblioteket från och med maj.',
    '',
    'Nästa träff: tisdag 9 juni 2026 kl. 9.30 i Helsingborg.',
    '',
    '/Ileana',
]
APPLE_BODY_ATTR = 'style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;"'


def apple_html(lines):
    """Apple Mail's HTML: the first line bare, every other line a <div>
    (an empty one <div><br></div>), lists <ul class="MailOutline">."""
    out = ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; '
           'charset=utf-8"></head><body %s>' % APPLE_BODY_ATTR)
    first = True
    for ln in lines:
        if isinstance(ln, tuple) and ln[0] == 'ul':
            out += '<ul class="MailOutline">%s</ul>' % ''.join('<li>%s</li>' % E(x) for x in ln[1])
            continue
        if isinstance(ln, tuple) and ln[0] == 'title':
            inner = '<b><span style="font-size: 17px;">%s</span></b>' % E(ln[1])
        else:
            inner = bold_html(ln) if ln else '<br>'
        if first:
            out += inner
            first = False
        else:
            out += '<div>%s</div>' % inner
    return out + '</body></html>'


def apple_text(lines):
    out = []
    for ln in lines:
        if isinstance(ln, tuple) and ln[0] == 'ul':
            out += ['\t•\t' + x for x in ln[1]]
        elif isinstance(ln, tuple):
            out.append(ln[1])
        else:
            out.append(unbold(ln))
    return '\r\n'.join(out) + '\r\n'


def apple_message(lines, seed, date):
    b_alt = 'Apple-Mail=_' + uuid_of(seed + '/boundary')
    hdr = [
        fold('From', addr(*ILEANA)),
        'Content-Type: multipart/alternative;',
        '\tboundary="%s"' % b_alt,
        'Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))',
        fold('Subject', mixed_words(AP_SUBJECT, 'utf-8')),
        'Message-Id: <%s@astorp.example>' % uuid_of(seed + '/id'),
        'Date: ' + date,
        fold('To', addr(*AN_LIST)),
        'X-Mailer: Apple Mail (2.3826.500.181.1.5)',
    ]
    body = [
        '',
        '--' + b_alt,
        'Content-Transfer-Encoding: quoted-printable',
        'Content-Type: text/plain;',
        '\tcharset=utf-8',
        '',
        qp_encode(apple_text(lines).encode('utf-8')),
        '--' + b_alt,
        'Content-Transfer-Encoding: quoted-printable',
        'Content-Type: text/html;',
        '\tcharset=utf-8',
        '',
        qp_encode(apple_html(lines).encode('utf-8')),
        '--' + b_alt + '--',
        '',
    ]
    return (crlf_join(hdr) + '\r\n' + crlf_join(body)).replace('\r\n', '\n').encode('ascii')


def build_apple():
    m1 = apple_message(E_LINES, 'anhorig-feb', 'Thu, 12 Feb 2026 16:20:33 +0100')
    m2 = apple_message(F_LINES, 'anhorig-apr', 'Thu, 16 Apr 2026 10:05:12 +0200')
    entries = [('From %s Thu Feb 12 16:20:33 2026' % ILEANA[1], m1),
               ('From %s Thu Apr 16 10:05:12 2026' % ILEANA[1], m2)]
    mbox = mbox_join(entries, b'\n')
    paths = [write_bytes(AP_DIR + '/mbox', mbox)]
    plist = '\n'.join([
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
        '<plist version="1.0">',
        '<dict>',
        '\t<key>DisplayName</key>',
        '\t<string>Anteckningar anhörigstöd</string>',
        '\t<key>IMAPMailboxAttributes</key>',
        '\t<integer>0</integer>',
        '\t<key>LocalMailboxUUID</key>',
        '\t<string>%s</string>' % uuid_of('anhorig-mailbox'),
        '\t<key>MessageCount</key>',
        '\t<integer>2</integer>',
        '</dict>',
        '</plist>',
        ''])
    paths.append(write_bytes(AP_DIR + '/Info.plist', plist.encode('utf-8')))
    # table_of_contents: Mail's binary index of the mbox (version, count,
    # then offset and length of each message, the rest opaque)
    toc = b'\x00\x00\x00\x01' + struct.pack('>I', 2)
    pos = 0
    for line, m in entries:
        n = len(line) + 1 + len(mbox_escape(m if m.endswith(b'\n') else m + b'\n', b'\n')) + 1
        toc += struct.pack('>II', pos, n) + seeded('toc/%d' % pos, 24)
        pos += n
    assert pos == len(mbox)
    paths.append(write_bytes(AP_DIR + '/table_of_contents', toc))
    return '\n'.join(paths)


# ==========================================================================
# 4. teams_transkription_ekonomiskt_bistand.vtt
#    Microsoft Teams (new Teams) transcript, "Ladda ned som .vtt": WEBVTT,
#    cue ids "<transcript guid>/<utterance>-<segment>", timings with
#    milliseconds, the speaker's display name in <v …>…</v>. A long
#    utterance is cut into several cues with the same utterance number.
#    An external participant's display name carries " (Gäst)".
# ==========================================================================
VTT_FILE = 'teams_transkription_ekonomiskt_bistand.vtt'
VTT_GUID = '3f1c8d2e-6a47-4b19-9e05-7c2d1a8b4f60'
AC = 'Anne-Charlotte Wikström'
AB = 'Abdelkader Mansouri'
IM = 'Iryna Melnyk'
LH = 'Levon Hakobyan'
CH = 'Carl-Henrik Åberg'
AM = 'Arjun Mehta'
MC = 'Mouna Chakir'
LN = 'Lwazi Ndlovu (Gäst)'
G_UTTERANCES = [
    (AC, ['Hej allihopa, då tror jag att vi är alla som ska vara med.',
          'Välkomna till dagens möte i Nätverket för ekonomiskt bistånd.']),
    (AC, ['Idag är det tisdag den 10 mars 2026, och vi kör helt digitalt den här gången eftersom så många är '
          'förkylda.']),
    (AC, ['Abdelkader, det är du som skriver minnesanteckningar idag, va?']),
    (AB, ['Ja, det stämmer. Jag skickar ut dem senast på fredag.']),
    (AC, ['Toppen. Guðrún Einarsdóttir i Båstad och Faramarz Sadeghi i Svalöv har anmält förhinder,',
          'och från Bjuv och Perstorp har vi inte hört något.']),
    (AC, ['Eftersom vi har en gäst idag tar vi en kort presentationsrunda.',
          'Jag heter Anne-Charlotte Wikström, jag är enhetschef för ekonomiskt bistånd i Helsingborg och leder '
          'mötet.']),
    (IM, ['Iryna Melnyk, gruppledare på försörjningsstödet i Höganäs.']),
    (LH, ['Levon Hakobyan, socialsekreterare i Ängelholm.']),
    (CH, ['Carl-Henrik Åberg, Klippan, enhetschef.']),
    (AM, ['Arjun Mehta från Örkelljunga.']),
    (MC, ['Mouna Chakir, Åstorp.']),
    (LN, ['Och jag heter Lwazi Ndlovu och jobbar med samverkan på Försäkringskassan, kontoret i Helsingborg.']),
    (AC, ['Välkommen, Lwazi. Då kör vi igång.',
          'Punkt ett: Avslag på sjukpenning och försörjningsstöd. Lwazi, varsågod.']),
    (LN, ['Tack. Vi ser att många som får avslag på sjukpenning inte vet att de kan begära omprövning,',
          'och då hamnar de direkt hos er och söker försörjningsstöd i stället.']),
    (LN, ['Enligt vår egen uppföljning hade ungefär var tredje av dem fått rätt vid en omprövning.']),
    (LH, ['Men hur ska vi kunna veta det? Vi ser ju inte era beslut.']),
    (LN, ['Nej, men ni kan be den som söker att visa beslutet. Där står det alltid hur man gör.']),
    (AC, ['Okej. Då bestämmer vi att alla kommuner lägger in en fråga om avslag från Försäkringskassan i mallen för '
          'nybesök,',
          'och Lwazi skickar ett informationsblad som vi kan dela ut.']),
    (LN, ['Det gör jag gärna, ni får det innan påsk.']),
    (AC, ['Punkt två: Riktlinjer för hushållsel. Iryna, det var du som ville ta upp den.']),
    (IM, ['Ja. I Höganäs har vi fått väldigt många ansökningar om extra bistånd till el i vinter,',
          'och vi har inga gemensamma riktlinjer för vad som är en skälig kostnad.']),
    (IM, ['Det känns orimligt att samma familj kan få olika svar i Höganäs och i Bjuv.']),
    (CH, ['I Klippan utgår vi från förbrukningen förra året, och det har fungerat ganska bra.']),
    (AC, ['Då bestämmer vi att Iryna och Carl-Henrik tar fram ett förslag på en gemensam skälighetsnivå för el '
          'till nästa möte.']),
    (AC, ['Punkt tre: Digital ansökan för den som saknar bank-id. Mouna?']),
    (MC, ['Ja, vi har infört e-ansökan i Åstorp, men den som inte har bank-id kan fortfarande inte ansöka '
          'digitalt.',
          'Och det är ofta just de som behöver stödet mest.']),
    (MC, ['Vi får fortfarande runt femtio pappersansökningar i månaden.']),
    (AM, ['Vi har samma problem i Örkelljunga, vi funderar på att ha drop-in på biblioteket.']),
    (AC, ['Vi tar inget beslut om det idag, men vi återkommer till frågan.']),
    (AC, ['Punkt fyra: Övrigt. Har någon något?']),
    (AB, ['Ja, kort bara. Landskrona byter verksamhetssystem i september, så vi kan vara lite sena med statistiken '
          'i höst.']),
    (AM, ['Och i Örkelljunga börjar en ny enhetschef den 1 april.']),
    (AC, ['Bra. Nästa möte är tisdag den 21 april, och då ses vi på riktigt i Perstorp, på biblioteket.',
          'Tack allihopa och ha en fin dag!']),
]


def vtt_time(ms):
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return '%02d:%02d:%02d.%03d' % (h, m, s, ms)


def build_vtt():
    out = ['WEBVTT', '']
    t = 4180
    for n, (who, segs) in enumerate(G_UTTERANCES, start=4):
        for k, seg in enumerate(segs):
            # about 15 characters a second, rounded to what the recognizer
            # reports; a short pause after each utterance
            dur = 900 + len(seg) * 66 + (int(hexid('vtt/%d/%d' % (n, k), 4), 16) % 480)
            out += ['%s/%d-%d' % (VTT_GUID, n, k), '%s --> %s' % (vtt_time(t), vtt_time(t + dur)),
                    '<v %s>%s</v>' % (who, seg), '']
            t += dur + 40
        t += 600 + int(hexid('vtt-gap/%d' % n, 4), 16) % 1900
    return write_bytes(VTT_FILE, ('\r\n'.join(out)).encode('utf-8'))


# ==========================================================================
# 5. barnahus_outlook_rtf.msg
#    The compound-file writer and the MAPI property streams below are
#    copied from ../varied58/make/build.py (unchanged but for PR entries
#    added further down).
# ==========================================================================
# Compound File Binary (OLE2 structured storage), version 3, 512-byte
# sectors, 64-byte mini sectors, mini stream cutoff 4096
# ==========================================================================
SECTOR = 512
MINI = 64
CUTOFF = 4096
FREESECT = 0xFFFFFFFF
ENDOFCHAIN = 0xFFFFFFFE
FATSECT = 0xFFFFFFFD
NOSTREAM = 0xFFFFFFFF
CLSID_MAIL_MESSAGE = uuid.UUID('00020D0B-0000-0000-C000-000000000046').bytes_le


def filetime(dt):
    """datetime (UTC, naive) -> Windows FILETIME (100 ns since 1601-01-01)."""
    if dt is None:
        return 0
    delta = dt - datetime.datetime(1601, 1, 1)
    return (delta.days * 86400 + delta.seconds) * 10000000 + delta.microseconds * 10


class Storage:
    def __init__(self, name, children=None, created=None, modified=None, clsid=bytes(16)):
        self.name = name
        self.children = list(children or [])
        self.created = created
        self.modified = modified
        self.clsid = clsid


class Stream:
    def __init__(self, name, data):
        self.name = name
        self.data = bytes(data)


def _cfb_key(node):
    # CFB orders siblings by name length first, then by upper-cased name
    return (len(node.name), node.name.upper())


def cfb_bytes(root):
    entries = []

    def flatten(node):
        entries.append(node)
        if isinstance(node, Storage):
            for ch in node.children:
                flatten(ch)
    flatten(root)
    index = {id(n): i for i, n in enumerate(entries)}
    left = [NOSTREAM] * len(entries)
    right = [NOSTREAM] * len(entries)
    child = [NOSTREAM] * len(entries)
    color = [1] * len(entries)  # 1 = black

    # Each storage's children form a red-black tree: a size-balanced binary
    # search tree whose last (possibly incomplete) level is red.
    for node in entries:
        if not isinstance(node, Storage) or not node.children:
            continue
        kids = sorted(node.children, key=_cfb_key)
        n = len(kids)
        last = n.bit_length() - 1

        def build(lo, hi, depth):
            if lo >= hi:
                return NOSTREAM
            mid = (lo + hi) // 2
            i = index[id(kids[mid])]
            left[i] = build(lo, mid, depth + 1)
            right[i] = build(mid + 1, hi, depth + 1)
            color[i] = 0 if (depth == last and depth > 0) else 1
            return i
        child[index[id(node)]] = build(0, n, 0)

    # sector allocation: directory, mini FAT, mini stream, big streams, FAT
    mini_chunks = []
    mini_start = {}
    big = []
    for i, node in enumerate(entries):
        if isinstance(node, Stream) and node.data:
            if len(node.data) < CUTOFF:
                mini_start[i] = len(mini_chunks)
                k = (len(node.data) + MINI - 1) // MINI
                padded = node.data + bytes(k * MINI - len(node.data))
                mini_chunks += [padded[j * MINI:(j + 1) * MINI] for j in range(k)]
            else:
                big.append(i)
    ministream = b''.join(mini_chunks)
    minifat = []
    for i, s in sorted(mini_start.items(), key=lambda x: x[1]):
        k = (len(entries[i].data) + MINI - 1) // MINI
        minifat += [s + j + 1 for j in range(k - 1)] + [ENDOFCHAIN]

    n_dir = (len(entries) * 128 + SECTOR - 1) // SECTOR
    n_minifat = (len(minifat) * 4 + SECTOR - 1) // SECTOR
    n_mini_container = (len(ministream) + SECTOR - 1) // SECTOR
    big_sizes = [(len(entries[i].data) + SECTOR - 1) // SECTOR for i in big]
    n_other = n_dir + n_minifat + n_mini_container + sum(big_sizes)
    n_fat = 1
    while n_fat * 128 < n_other + n_fat:
        n_fat += 1
    assert n_fat <= 109

    fat = []
    pos = 0
    chains = {}

    def chain(count):
        nonlocal pos
        start = pos
        for j in range(count):
            fat.append(pos + j + 1 if j < count - 1 else ENDOFCHAIN)
        pos += count
        return start if count else ENDOFCHAIN
    dir_start = chain(n_dir)
    minifat_start = chain(n_minifat)
    mini_container_start = chain(n_mini_container)
    for i, k in zip(big, big_sizes):
        chains[i] = chain(k)
    fat_start = pos
    fat += [FATSECT] * n_fat
    pos += n_fat
    fat += [FREESECT] * (n_fat * 128 - len(fat))

    # directory
    dirdata = b''
    for i, node in enumerate(entries):
        name = node.name.encode('utf-16-le') + b'\x00\x00'
        assert len(name) <= 64, node.name
        if i == 0:
            typ = 5
            start = mini_container_start if ministream else ENDOFCHAIN
            size = len(ministream)
            ctime, mtime = 0, filetime(node.modified)
            clsid = node.clsid
        elif isinstance(node, Storage):
            typ = 1
            start, size = 0, 0
            ctime, mtime = filetime(node.created), filetime(node.modified)
            clsid = node.clsid
        else:
            typ = 2
            size = len(node.data)
            if not size:
                start = ENDOFCHAIN
            elif i in mini_start:
                start = mini_start[i]
            else:
                start = chains[i]
            ctime, mtime = 0, 0
            clsid = bytes(16)
        dirdata += struct.pack('<64sHBBIII16sIQQIQ', name, len(name), typ, color[i], left[i], right[i],
                               child[i], clsid, 0, ctime, mtime, start, size)
    empty = struct.pack('<64sHBBIII16sIQQIQ', b'', 0, 0, 0, NOSTREAM, NOSTREAM, NOSTREAM, bytes(16), 0,
                        0, 0, 0, 0)
    while len(dirdata) < n_dir * SECTOR:
        dirdata += empty

    minifat_data = b''.join(struct.pack('<I', x) for x in minifat)
    minifat_data += struct.pack('<I', FREESECT) * ((n_minifat * SECTOR - len(minifat_data)) // 4)

    def pad(b):
        return b + bytes((-len(b)) % SECTOR)

    body = dirdata + minifat_data + pad(ministream)
    for i in big:
        body += pad(entries[i].data)
    body += b''.join(struct.pack('<I', x) for x in fat)

    difat = [fat_start + j for j in range(n_fat)] + [FREESECT] * (109 - n_fat)
    header = struct.pack('<8s16sHHHHH6sIIIIIIIII', b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1', bytes(16), 0x003E,
                         0x0003, 0xFFFE, 9, 6, bytes(6), 0, n_fat, dir_start, 0, CUTOFF,
                         minifat_start if n_minifat else ENDOFCHAIN, n_minifat, ENDOFCHAIN, 0)
    header += b''.join(struct.pack('<I', x) for x in difat)
    assert len(header) == 512
    data = header + body
    assert len(data) == 512 * (1 + pos)
    return data


# ==========================================================================
# MAPI properties as the .msg format stores them ([MS-OXMSG])
# ==========================================================================
PT_SHORT, PT_LONG, PT_BOOLEAN, PT_I8, PT_SYSTIME = 0x0002, 0x0003, 0x000B, 0x0014, 0x0040
PT_STRING8, PT_UNICODE, PT_BINARY = 0x001E, 0x001F, 0x0102
VARIABLE = (PT_STRING8, PT_UNICODE, PT_BINARY)

PS_MAPI = '00020328-0000-0000-C000-000000000046'
PS_PUBLIC_STRINGS = '00020329-0000-0000-C000-000000000046'
PSETID_COMMON = '00062008-0000-0000-C000-000000000046'
PS_INTERNET_HEADERS = '00020386-0000-0000-C000-000000000046'

# property ids (tag >> 16) used below
PR = dict(
    ALTERNATE_RECIPIENT_ALLOWED=0x0002, IMPORTANCE=0x0017, MESSAGE_CLASS=0x001A,
    ORIGINATOR_DELIVERY_REPORT_REQUESTED=0x0023, PRIORITY=0x0026, READ_RECEIPT_REQUESTED=0x0029,
    SENSITIVITY=0x0036, SUBJECT=0x0037, CLIENT_SUBMIT_TIME=0x0039, SENT_REPRESENTING_SEARCH_KEY=0x003B,
    SUBJECT_PREFIX=0x003D, RECEIVED_BY_ENTRYID=0x003F, RECEIVED_BY_NAME=0x0040,
    SENT_REPRESENTING_ENTRYID=0x0041, SENT_REPRESENTING_NAME=0x0042, RCVD_REPRESENTING_ENTRYID=0x0043,
    RCVD_REPRESENTING_NAME=0x0044, RECEIVED_BY_SEARCH_KEY=0x0051, RCVD_REPRESENTING_SEARCH_KEY=0x0052,
    MESSAGE_TO_ME=0x0057, MESSAGE_CC_ME=0x0058, SENT_REPRESENTING_ADDRTYPE=0x0064,
    SENT_REPRESENTING_EMAIL_ADDRESS=0x0065, CONVERSATION_TOPIC=0x0070, CONVERSATION_INDEX=0x0071,
    RECEIVED_BY_ADDRTYPE=0x0075, RECEIVED_BY_EMAIL_ADDRESS=0x0076, RCVD_REPRESENTING_ADDRTYPE=0x0077,
    RCVD_REPRESENTING_EMAIL_ADDRESS=0x0078, TRANSPORT_MESSAGE_HEADERS=0x007D,
    RECIPIENT_TYPE=0x0C15, SENDER_ENTRYID=0x0C19, SENDER_NAME=0x0C1A, SENDER_SEARCH_KEY=0x0C1D,
    SENDER_ADDRTYPE=0x0C1E, SENDER_EMAIL_ADDRESS=0x0C1F, DISPLAY_BCC=0x0E02, DISPLAY_CC=0x0E03,
    DISPLAY_TO=0x0E04, MESSAGE_DELIVERY_TIME=0x0E06, MESSAGE_FLAGS=0x0E07, MESSAGE_SIZE=0x0E08,
    RESPONSIBILITY=0x0E0F, HASATTACH=0x0E1B, NORMALIZED_SUBJECT=0x0E1D, RTF_IN_SYNC=0x0E1F,
    ATTACH_SIZE=0x0E20, ATTACH_NUM=0x0E21, RECORD_KEY=0x0FF9, OBJECT_TYPE=0x0FFE, ENTRYID=0x0FFF,
    BODY=0x1000, HTML=0x1013, NATIVE_BODY_INFO=0x1016,
    INTERNET_MESSAGE_ID=0x1035, INTERNET_REFERENCES=0x1039, IN_REPLY_TO_ID=0x1042, ICON_INDEX=0x1080,
    LAST_VERB_EXECUTED=0x1081, LAST_VERB_EXECUTION_TIME=0x1082,
    ROWID=0x3000, DISPLAY_NAME=0x3001, ADDRTYPE=0x3002, EMAIL_ADDRESS=0x3003, CREATION_TIME=0x3007,
    LAST_MODIFICATION_TIME=0x3008, SEARCH_KEY=0x300B, STORE_SUPPORT_MASK=0x340D,
    ATTACH_DATA_BIN=0x3701, ATTACH_EXTENSION=0x3703, ATTACH_FILENAME=0x3704, ATTACH_METHOD=0x3705,
    ATTACH_LONG_FILENAME=0x3707, RENDERING_POSITION=0x370B, ATTACH_MIME_TAG=0x370E,
    ATTACH_FLAGS=0x3714, DISPLAY_TYPE=0x3900, SMTP_ADDRESS=0x39FE, TRANSMITABLE_DISPLAY_NAME=0x3A20,
    SEND_RICH_INFO=0x3A40, INTERNET_CPID=0x3FDE, MESSAGE_LOCALE_ID=0x3FF1, CREATOR_NAME=0x3FF8,
    LAST_MODIFIER_NAME=0x3FFA, MESSAGE_CODEPAGE=0x3FFD, SENDER_SMTP_ADDRESS=0x5D01,
    SENT_REPRESENTING_SMTP_ADDRESS=0x5D02, RECEIVED_BY_SMTP_ADDRESS=0x5D07,
    RCVD_REPRESENTING_SMTP_ADDRESS=0x5D08, RECIPIENT_DISPLAY_NAME=0x5FF6, RECIPIENT_FLAGS=0x5FFD,
    RECIPIENT_TRACKSTATUS=0x5FFF, MSG_EDITOR_FORMAT=0x5909, ATTACHMENT_LINKID=0x7FFA,
    ATTACHMENT_FLAGS=0x7FFD, ATTACHMENT_HIDDEN=0x7FFE,
)


def tag(name, ptype):
    return (PR[name] << 16) | ptype


def property_stream(props, header, codepage):
    """props: list of (tag, value). Fixed-size values go into the property
    stream itself, variable-size ones into __substg1.0_TTTTYYYY streams. The
    string streams carry no terminating null; the size field counts it."""
    entries = []
    streams = []
    for t, value in sorted(props, key=lambda p: p[0]):
        ptype = t & 0xFFFF
        if ptype in VARIABLE:
            if ptype == PT_UNICODE:
                data = value.encode('utf-16-le')
                size = len(data) + 2
            elif ptype == PT_STRING8:
                data = value.encode(codepage)
                size = len(data) + 1
            else:
                data = bytes(value)
                size = len(data)
            streams.append(Stream('__substg1.0_%08X' % t, data))
            entries.append(struct.pack('<IIII', t, 6, size, 0))
        else:
            if ptype == PT_LONG:
                v = struct.pack('<I', value & 0xFFFFFFFF) + bytes(4)
            elif ptype == PT_SHORT:
                v = struct.pack('<H', value) + bytes(6)
            elif ptype == PT_BOOLEAN:
                v = struct.pack('<H', 1 if value else 0) + bytes(6)
            elif ptype == PT_SYSTIME:
                v = struct.pack('<Q', filetime(value))
            elif ptype == PT_I8:
                v = struct.pack('<q', value)
            else:
                raise ValueError(hex(t))
            entries.append(struct.pack('<II', t, 6) + v)
    return [Stream('__properties_version1.0', header + b''.join(entries))] + streams


def crc32_name(data, crc=0):
    """CRC-32 for string named properties as Outlook computes it (reflected
    polynomial 0xEDB88320, initial value 0, no final inversion, as in [MS-OXRTFCP])."""
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = (crc >> 1) ^ (0xEDB88320 if crc & 1 else 0)
    return crc


class Named:
    """The named property mapping storage (__nameid_version1.0)."""

    def __init__(self):
        self.guids = []
        self.items = []  # (guid index, kind, id or name)

    def prop(self, guid, name, ptype):
        if guid == PS_MAPI:
            gi = 1
        elif guid == PS_PUBLIC_STRINGS:
            gi = 2
        else:
            if guid not in self.guids:
                self.guids.append(guid)
            gi = 3 + self.guids.index(guid)
        self.items.append((gi, name))
        return ((0x8000 + len(self.items) - 1) << 16) | ptype

    def storage(self, when):
        guid_stream = b''.join(uuid.UUID(g).bytes_le for g in self.guids)
        entry_stream = b''
        string_stream = b''
        buckets = {}
        for idx, (gi, name) in enumerate(self.items):
            if isinstance(name, int):
                kind, nid, key = 0, name, name
            else:
                enc = name.encode('utf-16-le')
                kind, nid = 1, len(string_stream)
                key = crc32_name(enc)
                string_stream += struct.pack('<I', len(enc)) + enc
                string_stream += bytes((-len(string_stream)) % 4)
            ik = (idx << 16) | (gi << 1) | kind
            entry_stream += struct.pack('<II', nid, ik)
            sid = 0x1000 + ((key ^ ((gi << 1) | kind)) % 0x1F)
            buckets[sid] = buckets.get(sid, b'') + struct.pack('<II', key, ik)
        streams = [Stream('__substg1.0_00020102', guid_stream), Stream('__substg1.0_00030102', entry_stream),
                   Stream('__substg1.0_00040102', string_stream)]
        streams += [Stream('__substg1.0_%04X0102' % sid, buckets[sid]) for sid in sorted(buckets)]
        return Storage('__nameid_version1.0', streams, when, when)


def search_key(addrtype, address):
    return ('%s:%s' % (addrtype, address)).upper().encode('ascii') + b'\x00'


def one_off_entryid(name, addrtype, address, unicode=True):
    uid = bytes.fromhex('812B1FA4BEA310199D6E00DD010F5402')
    if unicode:
        flags = 0x8190
        strings = b''.join(s.encode('utf-16-le') + b'\x00\x00' for s in (name, addrtype, address))
    else:
        flags = 0x0190
        strings = b''.join(s.encode('cp1252') + b'\x00' for s in (name, addrtype, address))
    return bytes(4) + uid + struct.pack('<HH', 0, flags) + strings


def ex_entryid(x500):
    uid = bytes.fromhex('DCA740C8C042101AB4B908002B2FE182')
    return bytes(4) + uid + struct.pack('<II', 1, 0) + x500.encode('ascii') + b'\x00'


def recipient_storage(i, r, when, unicode=True, codepage='cp1252'):
    """r: dict(name, address, addrtype ('SMTP' or 'EX'), smtp, type (1 To, 2 Cc), dl)"""
    st = PT_UNICODE if unicode else PT_STRING8
    props = [
        (tag('RECIPIENT_TYPE', PT_LONG), r['type']),
        (tag('DISPLAY_NAME', st), r['name']),
        (tag('ADDRTYPE', st), r['addrtype']),
        (tag('EMAIL_ADDRESS', st), r['address']),
        (tag('TRANSMITABLE_DISPLAY_NAME', st), r['name']),
        (tag('SEARCH_KEY', PT_BINARY), search_key(r['addrtype'], r['address'])),
        (tag('OBJECT_TYPE', PT_LONG), 6),
        (tag('DISPLAY_TYPE', PT_LONG), 1 if r.get('dl') else 0),
        (tag('ROWID', PT_LONG), i),
        (tag('RESPONSIBILITY', PT_BOOLEAN), False),
        (tag('SEND_RICH_INFO', PT_BOOLEAN), False),
        (tag('RECIPIENT_FLAGS', PT_LONG), 1),
        (tag('RECIPIENT_TRACKSTATUS', PT_LONG), 0),
    ]
    if r['addrtype'] == 'EX':
        props.append((tag('ENTRYID', PT_BINARY), ex_entryid(r['address'])))
        props.append((tag('SMTP_ADDRESS', st), r['smtp']))
    else:
        props.append((tag('ENTRYID', PT_BINARY), one_off_entryid(r['name'], 'SMTP', r['address'], unicode)))
        if unicode:
            props.append((tag('SMTP_ADDRESS', st), r['address']))
            props.append((tag('RECIPIENT_DISPLAY_NAME', st), r['name']))
    return Storage('__recip_version1.0_#%08X' % i, property_stream(props, bytes(8), codepage), when, when)


PR.update(RTF_COMPRESSED=0x1009, RTF_IN_SYNC=0x0E1F, NATIVE_BODY_INFO=0x1016, MSG_EDITOR_FORMAT=0x5909,
          INTERNET_CPID=0x3FDE)


# --------------------------------------------------------------------------
# LZFu ([MS-OXRTFCP] 2.1.3): a 4096-byte ring dictionary preloaded with
# 207 bytes of RTF, write position 207; control bytes (LSB first), a set bit
# a big-endian 2-byte reference (12-bit offset, 4-bit length - 2), a clear
# bit a literal; the end is a reference whose offset is the write position.
# The header: COMPSIZE (size after this field), RAWSIZE, 'LZFu', CRC-32
# (table polynomial 0xEDB88320, initial 0, no final inversion) of the bytes
# after the header.
# --------------------------------------------------------------------------
LZFU_PREFIX = (b'{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern '
               b'\\fscript \\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0'
               b'\\blue0\r\n\\par \\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx')
assert len(LZFU_PREFIX) == 207


def lzfu_compress(raw):
    """Greedy longest match (2..17 bytes) against the last 4095 bytes written,
    overlapping matches allowed, as the decompressor copies byte by byte."""
    hist = bytearray(LZFU_PREFIX)
    tokens = []
    i = 0
    while i < len(raw):
        best = None
        maxlen = min(17, len(raw) - i)
        if maxlen >= 2:
            start = max(0, len(hist) - 4095)
            window = bytes(hist[start:])
            for n in range(maxlen, 1, -1):
                idx = (window + raw[i:i + n - 1]).find(raw[i:i + n])
                if idx != -1:
                    best = ((start + idx) % 4096, n)
                    break
        if best:
            off, n = best
            tokens.append((True, struct.pack('>H', (off << 4) | (n - 2))))
            hist += raw[i:i + n]
            i += n
        else:
            tokens.append((False, raw[i:i + 1]))
            hist += raw[i:i + 1]
            i += 1
    tokens.append((True, struct.pack('>H', (len(hist) % 4096) << 4)))
    data = bytearray()
    for k in range(0, len(tokens), 8):
        group = tokens[k:k + 8]
        data.append(sum(1 << j for j, (ref, _) in enumerate(group) if ref))
        for _, b in group:
            data += b
    return struct.pack('<IIII', len(data) + 12, len(raw), 0x75465A4C, crc32_name(bytes(data))) + bytes(data)


def lzfu_decompress(blob):
    comp, rawsize, magic, crc = struct.unpack('<IIII', blob[:16])
    assert magic == 0x75465A4C and comp == len(blob) - 4 and crc == crc32_name(blob[16:])
    ring = bytearray(4096)
    ring[:207] = LZFU_PREFIX
    wp = 207
    out = bytearray()
    p = 16
    while True:
        ctrl = blob[p]
        p += 1
        for j in range(8):
            if ctrl & (1 << j):
                v = struct.unpack('>H', blob[p:p + 2])[0]
                p += 2
                off, n = v >> 4, (v & 15) + 2
                if off == wp:
                    assert len(out) == rawsize and p == len(blob)
                    return bytes(out)
                for k in range(n):
                    c = ring[(off + k) % 4096]
                    out.append(c)
                    ring[wp] = c
                    wp = (wp + 1) % 4096
            else:
                c = blob[p]
                p += 1
                out.append(c)
                ring[wp] = c
                wp = (wp + 1) % 4096


# --------------------------------------------------------------------------
# The mail: Benedita Sousa wrote it in Outlook (Microsoft 365, Swedish) with
# Format text > Rich Text; the .msg is her sent copy dragged out of Skickat.
# ('p', text) a paragraph (**bold** runs), ('e',) an empty one, ('title',
# text) bold 14 pt, ('bul', text) a bulleted paragraph, ('num', n, text) a
# numbered paragraph whose text is bold.
# --------------------------------------------------------------------------
MSG_FILE = 'barnahus_outlook_rtf.msg'
H_SUBJECT = 'Anteckningar från Barnahusnätverket 6 februari'
H_BLOCKS = [
    ('p', 'Hej alla!'),
    ('p', 'Här kommer anteckningarna från fredagens möte. Allt står i mejlet, inget är bifogat.'),
    ('e',),
    ('title', 'Barnahusnätverket – minnesanteckningar'),
    ('p', '**Datum:** fre 6 februari 2026, kl. 9.00–11.30'),
    ('p', '**Plats:** Helsingborg, Barnahus Nordvästra Skåne, stora samtalsrummet'),
    ('p', '**Ordförande:** Ingrid-Marie Falk, samordnare på Barnahus'),
    ('p', '**Sekreterare:** Benedita Sousa, Landskrona'),
    ('e',),
    ('p', '**Närvarande:**'),
    ('bul', 'Ingrid-Marie Falk, Barnahus'),
    ('bul', 'Benedita Sousa, Landskrona'),
    ('bul', 'Şule Aydın, Helsingborg'),
    ('bul', 'Nikolai Sokolov, Ängelholm'),
    ('bul', 'Kazimiera Nowicka, Bjuv'),
    ('bul', 'Hae-won Park, Höganäs'),
    ('bul', 'Driss El Idrissi, Åstorp'),
    ('bul', 'Mette-Marie Krogh, Båstad'),
    ('p', '**Frånvarande:** Ann-Marie Ek (Klippan), Lasha Kapanadze (Svalöv)'),
    ('p', '**Gäster:** Eyolf Tangen, kammaråklagare (punkt 2), och Rajesh Pillai, barnläkare på Helsingborgs '
          'lasarett (punkt 3)'),
    ('p', 'Perstorp och Örkelljunga samverkar med Barnahus i Hässleholm och är inte med i nätverket.'),
    ('e',),
    ('num', 1, 'Uppföljning från förra mötet'),
    ('p', 'Inga frågor kvarstod.'),
    ('e',),
    ('num', 2, 'Samråd med åklagare vid misstänkt misshandel'),
    ('p', 'Eyolf Tangen berättade att åklagarkammaren i Helsingborg vill att socialtjänsten kallas till samråd '
          'redan samma dag som polisanmälan görs. Eyolf sa: ”Det första dygnet avgör om vi får ett förhör som håller '
          'i rätten.”'),
    ('p', 'Kazimiera Nowicka frågade hur det ska gå till en fredag eftermiddag. Eyolf svarade att jouråklagaren då '
          'tar samrådet per telefon.'),
    ('p', '**Beslut:** Varje socialtjänst utser en kontaktperson för samråd, och listan skickas till Ingrid-Marie '
          'senast den 20 februari.'),
    ('e',),
    ('num', 3, 'Läkarundersökning direkt på Barnahus'),
    ('p', 'Rajesh Pillai beskrev att barnläkarna från och med mars kan undersöka barn i Barnahus egna lokaler i '
          'stället för på barnakuten. Han sa att ”ett barn som slipper akutens väntrum berättar mer”.'),
    ('p', 'Informationen noterades.'),
    ('e',),
    ('num', 4, 'Tolk vid barnsamtal med kort varsel'),
    ('p', 'Şule Aydın tog upp att det ofta saknas tolk på somaliska och tigrinja när ett samtal med barnet måste '
          'hållas samma dag, och att samråd därför har fått skjutas upp. Şule sa: ”Vi ska inte behöva välja mellan '
          'ett snabbt samtal och ett samtal som barnet förstår.”'),
    ('p', 'Hae-won Park höll med och sa att Höganäs har haft två sådana fall i januari.'),
    ('p', '**Beslut:** Ingrid-Marie kontaktar Region Skånes tolkförmedling om en jourlista för Barnahus.'),
    ('e',),
    ('num', 5, 'Övrigt'),
    ('p', 'Nikolai Sokolov informerade om att Ängelholm får en ny enhetschef för barn och unga från den 1 mars.'),
    ('p', 'Mette-Marie Krogh föreslog ett studiebesök på Barnahus i Kristianstad under våren.'),
    ('e',),
    ('p', '**Nästa möte:** fredag 8 maj 2026 kl. 9.00 på Barnahus.'),
    ('e',),
    ('p', 'Vänliga hälsningar'),
    ('p', 'Benedita Sousa'),
    ('p', 'Socialsekreterare, Barn och unga'),
    ('p', 'Landskrona stad'),
]


def rtf_escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in '\\{}':
            out.append('\\' + ch)
        elif o < 128:
            out.append(ch)
        else:
            try:
                out.append("\\'%02x" % ch.encode('cp1252')[0])
            except UnicodeEncodeError:
                out.append('\\u%d?' % (o if o < 32768 else o - 65536))
    return ''.join(out)


def rtf_runs(text):
    out = ''
    for p in re.split(r'(\*\*.*?\*\*)', text):
        if p.startswith('**') and p.endswith('**') and len(p) > 4:
            out += '{\\b %s}' % rtf_escape(p[2:-2])
        elif p:
            out += rtf_escape(p)
    return out


def outlook_rtf(blocks):
    s = ('{\\rtf1\\ansi\\ansicpg1252\\fromtext \\fbidis \\deff0{\\fonttbl\r\n'
         '{\\f0\\fswiss\\fcharset0 Arial;}\r\n'
         '{\\f1\\fmodern Courier New;}\r\n'
         '{\\f2\\fnil\\fcharset2 Symbol;}\r\n'
         '{\\f3\\fmodern\\fcharset0 Courier New;}\r\n'
         '{\\f4\\fswiss\\fcharset0 Calibri;}}\r\n'
         '{\\colortbl\\red0\\green0\\blue0;\\red0\\green0\\blue255;\\red31\\green56\\blue100;}\r\n'
         '\\uc1\\pard\\plain\\deftab360 ')
    first = True
    for b in blocks:
        lead = '' if first else '\\pard\\plain '
        first = False
        if b[0] == 'e':
            s += lead + '\\f4\\fs22\\par\r\n'
        elif b[0] == 'p':
            s += lead + '\\f4\\fs22 ' + rtf_runs(b[1]) + '\\par\r\n'
        elif b[0] == 'title':
            s += lead + '\\f4\\fs28{\\b\\cf2 ' + rtf_escape(b[1]) + '}\\par\r\n'
        elif b[0] == 'bul':
            s += (lead + "{\\pntext\\f2\\'b7\\tab}{\\*\\pn\\pnlvlblt\\pnf2\\pnindent360{\\pntxtb\\'b7}}"
                  '\\fi-360\\li720\\f4\\fs22 ' + rtf_runs(b[1]) + '\\par\r\n')
        elif b[0] == 'num':
            s += (lead + '{\\pntext\\f4 %d.\\tab}{\\*\\pn\\pnlvlbody\\pnf4\\pnindent360\\pnstart%d\\pndec'
                  '{\\pntxta.}}\\fi-360\\li360\\f4\\fs22{\\b %s}\\par\r\n' % (b[1], b[1], rtf_escape(b[2])))
    return (s + '}\r\n').encode('ascii')


def utc(*a):
    return datetime.datetime(*a)


def x500(org_hex, alias):
    return ('/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP (FYDIBOHF23SPDLT)/CN=RECIPIENTS/CN=%s-%s'
            % (org_hex, alias.upper()))


def conversation_index(seed, when):
    ft = filetime(when)
    return b'\x01' + struct.pack('>Q', ft)[:5] + seeded(seed, 16)


def build_msg():
    rtf = outlook_rtf(H_BLOCKS)
    comp = lzfu_compress(rtf)
    assert lzfu_decompress(comp) == rtf
    assert len(comp) < len(rtf) * 3 // 4   # real compression, not literals only
    created = utc(2026, 2, 9, 13, 2, 40)
    sent = utc(2026, 2, 9, 13, 17, 5)
    saved = utc(2026, 2, 10, 7, 41, 19)
    org = hexid('barnahus-org', 32)
    st = PT_UNICODE
    sender = dict(name='Benedita Sousa', addrtype='EX', address=x500(org, 'benedita.sousa'),
                  smtp='benedita.sousa@landskrona.example')
    list_name = 'Barnahusnätverket'
    msgid = '<VI1PR07MB6412%s@VI1PR07MB6412.eurprd07.prod.outlook.com>' % hexid('barnahus-msgid', 24)
    sk = search_key('EX', sender['address'])
    props = [
        (tag('MESSAGE_CLASS', st), 'IPM.Note'),
        (tag('SUBJECT', st), H_SUBJECT),
        (tag('SUBJECT_PREFIX', st), ''),
        (tag('NORMALIZED_SUBJECT', st), H_SUBJECT),
        (tag('CONVERSATION_TOPIC', st), H_SUBJECT),
        (tag('CONVERSATION_INDEX', PT_BINARY), conversation_index('barnahus-thread', created)),
        (tag('IMPORTANCE', PT_LONG), 1),
        (tag('PRIORITY', PT_LONG), 0),
        (tag('SENSITIVITY', PT_LONG), 0),
        (tag('ALTERNATE_RECIPIENT_ALLOWED', PT_BOOLEAN), True),
        (tag('ORIGINATOR_DELIVERY_REPORT_REQUESTED', PT_BOOLEAN), False),
        (tag('READ_RECEIPT_REQUESTED', PT_BOOLEAN), False),
        (tag('CLIENT_SUBMIT_TIME', PT_SYSTIME), sent),
        (tag('MESSAGE_DELIVERY_TIME', PT_SYSTIME), sent),
        (tag('CREATION_TIME', PT_SYSTIME), created),
        (tag('LAST_MODIFICATION_TIME', PT_SYSTIME), sent),
        (tag('MESSAGE_FLAGS', PT_LONG), 0x00000021),           # read, from me
        (tag('HASATTACH', PT_BOOLEAN), False),
        (tag('SENDER_NAME', st), sender['name']),
        (tag('SENDER_ADDRTYPE', st), 'EX'),
        (tag('SENDER_EMAIL_ADDRESS', st), sender['address']),
        (tag('SENDER_SMTP_ADDRESS', st), sender['smtp']),
        (tag('SENDER_ENTRYID', PT_BINARY), ex_entryid(sender['address'])),
        (tag('SENDER_SEARCH_KEY', PT_BINARY), sk),
        (tag('SENT_REPRESENTING_NAME', st), sender['name']),
        (tag('SENT_REPRESENTING_ADDRTYPE', st), 'EX'),
        (tag('SENT_REPRESENTING_EMAIL_ADDRESS', st), sender['address']),
        (tag('SENT_REPRESENTING_SMTP_ADDRESS', st), sender['smtp']),
        (tag('SENT_REPRESENTING_ENTRYID', PT_BINARY), ex_entryid(sender['address'])),
        (tag('SENT_REPRESENTING_SEARCH_KEY', PT_BINARY), sk),
        (tag('CREATOR_NAME', st), sender['name']),
        (tag('LAST_MODIFIER_NAME', st), sender['name']),
        (tag('DISPLAY_TO', st), list_name),
        (tag('DISPLAY_CC', st), ''),
        (tag('DISPLAY_BCC', st), ''),
        (tag('RTF_COMPRESSED', PT_BINARY), comp),
        (tag('RTF_IN_SYNC', PT_BOOLEAN), True),
        (tag('NATIVE_BODY_INFO', PT_LONG), 2),                 # RTF compressed
        (tag('MSG_EDITOR_FORMAT', PT_LONG), 3),                # EDITOR_FORMAT_RTF
        (tag('INTERNET_CPID', PT_LONG), 1252),
        (tag('MESSAGE_CODEPAGE', PT_LONG), 1252),
        (tag('MESSAGE_LOCALE_ID', PT_LONG), 1053),
        (tag('INTERNET_MESSAGE_ID', st), msgid),
        (tag('SEARCH_KEY', PT_BINARY), seeded('barnahus-searchkey', 16)),
        (tag('STORE_SUPPORT_MASK', PT_LONG), 0x00040E79),
        (tag('MESSAGE_SIZE', PT_LONG), 14000 + len(comp)),
    ]
    named = Named()
    props += [
        (named.prop(PSETID_COMMON, 0x8510, PT_LONG), 0),                # PidLidSideEffects
        (named.prop(PSETID_COMMON, 0x8506, PT_BOOLEAN), False),         # PidLidPrivate
        (named.prop(PSETID_COMMON, 0x8582, PT_BOOLEAN), True),          # PidLidUseTnef (rich text)
        (named.prop(PSETID_COMMON, 0x8554, PT_UNICODE), '16.0'),        # PidLidCurrentVersionName
        (named.prop(PSETID_COMMON, 0x8580, PT_UNICODE), sender['smtp']),  # PidLidInternetAccountName
    ]
    recips = [dict(type=1, name=list_name, addrtype='SMTP', address='barnahus-natverket@familjenhelsingborg.example',
                   dl=True)]
    header = struct.pack('<8sIIII8s', bytes(8), len(recips), 0, len(recips), 0, bytes(8))
    children = property_stream(props, header, 'cp1252')
    children.append(named.storage(saved))
    for i, r in enumerate(recips):
        children.append(recipient_storage(i, r, saved))
    root = Storage('Root Entry', children, None, saved, CLSID_MAIL_MESSAGE)
    return write_bytes(MSG_FILE, cfb_bytes(root))


if __name__ == '__main__':
    for build in (build_thunderbird, build_gmail, build_apple, build_vtt, build_msg):
        print(build())
