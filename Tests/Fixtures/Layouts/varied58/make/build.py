#!/usr/bin/env python3
"""Builds the four fixtures of Tests/Fixtures/Layouts/varied58: Outlook .msg
files (OLE2 / Compound File Binary containers with MAPI property streams, as
Outlook writes them when a mail is dragged out of Outlook into a folder).

  skuldradgivning_outlook365_html_mottaget.msg
      received HTML mail, Unicode MSG: PR_HTML (Word HTML, UTF-8) and PR_BODY,
      PR_TRANSPORT_MESSAGE_HEADERS from Exchange Online
  anhorigkonsulenter_outlook2003_ansi_skickat.msg
      sent plain-text mail, ANSI MSG (001E strings in Windows-1252), the
      minutes in PR_BODY only
  personligt_ombud_bifogad_docx.msg
      sent Outlook 365 mail, short cover text, the minutes as an attached
      .docx (built in memory) with a Swedish long file name
  bostadssocialt_vidarebefordrat_html.msg
      received forward (VB:) in HTML (Windows-1252 PR_HTML) with Outlook's
      Från:/Skickat:/Till:/Kopia:/Ämne: block above the original minutes

Python 3 standard library only. The compound file, the property streams,
the named-property mapping and the .docx are
all written by this script. Every timestamp is fixed, so a rebuild gives
identical bytes. The OOXML helpers are adapted from ../varied52/make/build.py.

Run from any directory:  python3 make/build.py
"""
import base64
import datetime
import hashlib
import io
import os
import re
import struct
import uuid
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ZIP_TIME = (2026, 1, 1, 0, 0, 0)

# --------------------------------------------------------------------------
# Namespaces as Word writes them
# --------------------------------------------------------------------------
NS_MAIN = (
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


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def qattr(s):
    return esc(s).replace('"', '&quot;')


# --------------------------------------------------------------------------
# Run properties
# --------------------------------------------------------------------------
B = {'b': True, 'bCs': True}
RPR_ORDER = ['rStyle', 'rFonts', 'b', 'bCs', 'i', 'iCs', 'caps', 'noProof',
             'vanish', 'color', 'sz', 'szCs', 'u', 'vertAlign', 'lang']


def rpr_inner(d):
    out = []
    for k in RPR_ORDER:
        v = d.get(k)
        if v is None or v is False:
            continue
        if k == 'rStyle':
            out.append('<w:rStyle w:val="%s"/>' % v)
        elif k == 'rFonts':
            out.append('<w:rFonts w:ascii="%s" w:hAnsi="%s"/>' % (v, v))
        elif k in ('b', 'bCs', 'i', 'iCs', 'caps', 'noProof', 'vanish'):
            out.append('<w:%s/>' % k)
        elif k == 'color':
            out.append('<w:color w:val="%s"/>' % v)
        elif k in ('sz', 'szCs'):
            out.append('<w:%s w:val="%s"/>' % (k, v))
        elif k == 'u':
            out.append('<w:u w:val="%s"/>' % v)
        elif k == 'vertAlign':
            out.append('<w:vertAlign w:val="%s"/>' % v)
        elif k == 'lang':
            out.append('<w:lang w:val="%s"/>' % v)
    return ''.join(out)


def merge(a, b):
    d = dict(a or {})
    d.update(b or {})
    return d


def run_content(text, deleted=False):
    """Text to run content: TAB -> w:tab, LF -> w:br, U+2011 -> w:noBreakHyphen,
    U+00AD -> w:softHyphen, everything else in w:t (w:delText when deleted)."""
    tag = 'w:delText' if deleted else 'w:t'
    out = []
    buf = []

    def flush():
        if buf:
            s = ''.join(buf)
            sp = ' xml:space="preserve"' if (s[0] == ' ' or s[-1] == ' ') else ''
            out.append('<%s%s>%s</%s>' % (tag, sp, esc(s), tag))
            del buf[:]
    for ch in text:
        if ch == '\t':
            flush(); out.append('<w:tab/>')
        elif ch == '\n':
            flush(); out.append('<w:br/>')
        elif ch == '\u2011':
            flush(); out.append('<w:noBreakHyphen/>')
        elif ch == '\u00ad':
            flush(); out.append('<w:softHyphen/>')
        else:
            buf.append(ch)
    flush()
    return ''.join(out)


# --------------------------------------------------------------------------
# Document context
# --------------------------------------------------------------------------
class Ctx:
    def __init__(self, rsids, seed, rev_author, rev_date):
        self.rsids = rsids
        self.ri = 0
        self.cur = rsids[0]
        self._pid = seed
        self.rev = 100
        self.bmk = 0
        self.comments = []
        self.footnotes = []
        self.rev_author = rev_author
        self.rev_date = rev_date
        self.docpr = 1
        self.shape = 1025
        self.shapetype = False

    def pid(self):
        self._pid = (self._pid * 1103515245 + 12345) & 0x7FFFFFFF
        v = self._pid
        if v < 0x01000000:
            v += 0x10000000
        return '%08X' % v

    def next_rsid(self):
        self.ri = (self.ri + 1) % len(self.rsids)
        self.cur = self.rsids[self.ri]
        return self.cur

    def revattrs(self, author=None, date=None):
        self.rev += 1
        return 'w:id="%d" w:author="%s" w:date="%s"' % (
            self.rev, qattr(author or self.rev_author), date or self.rev_date)

    def comment(self, author, initials, date, text):
        cid = len(self.comments)
        self.comments.append((cid, author, initials, date, text, self.pid()))
        return cid

    def footnote(self, text):
        fid = len(self.footnotes) + 1
        self.footnotes.append((fid, text, self.pid()))
        return fid

    # -- runs ---------------------------------------------------------------
    def R(self, text, rpr=None, deleted=False):
        inner = rpr_inner(rpr or {})
        rp = '<w:rPr>%s</w:rPr>' % inner if inner else ''
        at = ('w:rsidDel="%s"' if deleted else 'w:rsidR="%s"') % self.cur
        return '<w:r %s>%s%s</w:r>' % (at, rp, run_content(text, deleted))

    def runs(self, items, base=None, deleted=False):
        out = []
        if isinstance(items, str):
            items = [items]
        for it in items:
            if isinstance(it, str):
                parts = it.split('\u00a6')  # broken bar marks an rsid split
                for k, part in enumerate(parts):
                    if k > 0:
                        self.next_rsid()
                    if part:
                        out.append(self.R(part, base, deleted))
                continue
            kind = it[0]
            if kind == 'b':
                out.append(self.runs(it[1], merge(base, B), deleted))
            elif kind == 'i':
                out.append(self.runs(it[1], merge(base, {'i': True, 'iCs': True}), deleted))
            elif kind == 'fmt':
                out.append(self.runs(it[2], merge(base, it[1]), deleted))
            elif kind == 'lang':
                out.append(self.runs(it[2], merge(base, {'lang': it[1]}), deleted))
            elif kind == 'hidden':
                out.append(self.runs(it[1], merge(base, {'vanish': True}), deleted))
            elif kind == 'ins':
                author = it[2] if len(it) > 2 else None
                out.append('<w:ins %s>%s</w:ins>' % (self.revattrs(author), self.runs(it[1], base)))
            elif kind == 'del':
                author = it[2] if len(it) > 2 else None
                out.append('<w:del %s>%s</w:del>' % (self.revattrs(author), self.runs(it[1], base, True)))
            elif kind in ('moveFrom', 'moveTo'):
                name = it[1]
                rng = self.revattrs()
                rid = re.match(r'w:id="(\d+)"', rng).group(1)
                out.append('<w:%sRangeStart %s w:name="%s"/>' % (kind, rng, name))
                out.append('<w:%s %s>%s</w:%s>' % (kind, self.revattrs(), self.runs(it[2], base), kind))
                out.append('<w:%sRangeEnd w:id="%s"/>' % (kind, rid))
            elif kind == 'fn':
                out.append('<w:r w:rsidR="%s"><w:rPr><w:rStyle w:val="Fotnotsreferens"/></w:rPr>'
                           '<w:footnoteReference w:id="%d"/></w:r>' % (self.cur, it[1]))
            elif kind == 'com':
                cid = it[1]
                out.append('<w:commentRangeStart w:id="%d"/>' % cid)
                out.append(self.runs(it[2], base, deleted))
                out.append('<w:commentRangeEnd w:id="%d"/>' % cid)
                out.append('<w:r w:rsidR="%s"><w:rPr><w:rStyle w:val="Kommentarsreferens"/></w:rPr>'
                           '<w:commentReference w:id="%d"/></w:r>' % (self.cur, cid))
            elif kind == 'bm':
                bid = self.bmk
                self.bmk += 1
                out.append('<w:bookmarkStart w:id="%d" w:name="%s"/>' % (bid, it[1]))
                out.append(self.runs(it[2], base, deleted))
                out.append('<w:bookmarkEnd w:id="%d"/>' % bid)
            elif kind == 'goback':
                bid = self.bmk
                self.bmk += 1
                out.append('<w:bookmarkStart w:id="%d" w:name="_GoBack"/><w:bookmarkEnd w:id="%d"/>' % (bid, bid))
            elif kind == 'spell':
                out.append('<w:proofErr w:type="spellStart"/>')
                out.append(self.runs(it[1], base, deleted))
                out.append('<w:proofErr w:type="spellEnd"/>')
            elif kind == 'gram':
                out.append('<w:proofErr w:type="gramStart"/>')
                out.append(self.runs(it[1], base, deleted))
                out.append('<w:proofErr w:type="gramEnd"/>')
            elif kind == 'sym':
                inner = rpr_inner(base or {})
                rp = '<w:rPr>%s</w:rPr>' % inner if inner else ''
                out.append('<w:r w:rsidR="%s">%s<w:sym w:font="%s" w:char="%s"/></w:r>'
                           % (self.cur, rp, it[1], it[2]))
            elif kind == 'raw':
                out.append(it[1])
            elif kind == 'sdt':
                out.append(self.sdt_run(*it[1:]))
            else:
                raise ValueError(kind)
        return ''.join(out)

    # -- paragraphs ------------------------------------------------------------
    def P(self, items=(), style=None, num=None, tabs=None, spacing=None, ind=None,
          jc=None, keep=False, mark=None, mrpr=None, base=None, ids=True, ctx=None):
        rs = self.cur
        ppr = []
        if style:
            ppr.append('<w:pStyle w:val="%s"/>' % style)
        if keep:
            ppr.append('<w:keepNext/>')
        if num:
            ppr.append('<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % num)
        if tabs:
            ppr.append('<w:tabs>%s</w:tabs>' % ''.join(
                '<w:tab w:val="%s" w:pos="%d"/>' % t for t in tabs))
        if spacing:
            ppr.append('<w:spacing %s/>' % spacing)
        if ind:
            ppr.append('<w:ind %s/>' % ind)
        if ctx:
            ppr.append('<w:contextualSpacing/>')
        if jc:
            ppr.append('<w:jc w:val="%s"/>' % jc)
        mr = ''
        if mark:
            mr += '<w:%s %s/>' % (mark, self.revattrs())
        mr += rpr_inner(merge(mrpr, None))
        if mr:
            ppr.append('<w:rPr>%s</w:rPr>' % mr)
        body = self.runs(list(items), base)
        pp = '<w:pPr>%s</w:pPr>' % ''.join(ppr) if ppr else ''
        idattr = 'w14:paraId="%s" w14:textId="77777777" ' % self.pid() if ids else ''
        return '<w:p %sw:rsidR="%s" w:rsidRDefault="%s" w:rsidP="%s">%s%s</w:p>' % (
            idattr, rs, self.rsids[0], rs, pp, body)

    # -- content controls --------------------------------------------------------
    def sdt_pr(self, alias, sid, kind='text', date=None, fmt=None, placeholder=False, rpr=None):
        s = '<w:sdtPr>'
        if rpr:
            s += '<w:rPr>%s</w:rPr>' % rpr_inner(rpr)
        s += '<w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>' % (
            qattr(alias), qattr(alias), sid)
        if placeholder:
            s += '<w:showingPlcHdr/>'
        if kind == 'date':
            s += ('<w:date w:fullDate="%sT00:00:00Z"><w:dateFormat w:val="%s"/><w:lid w:val="sv-SE"/>'
                  '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>' % (date, fmt))
        elif kind == 'text':
            s += '<w:text/>'
        s += '</w:sdtPr>'
        return s

    def sdt_run(self, alias, sid, items, kind='text', date=None, fmt=None, placeholder=False, base=None):
        if placeholder:
            content = self.R(items, {'rStyle': 'Platshllartext'})
        else:
            content = self.runs(items, base)
        return '<w:sdt>%s<w:sdtEndPr/><w:sdtContent>%s</w:sdtContent></w:sdt>' % (
            self.sdt_pr(alias, sid, kind, date, fmt, placeholder, base), content)

    def sdt_block(self, alias, sid, paras_xml, kind='text', date=None, fmt=None):
        return '<w:sdt>%s<w:sdtEndPr/><w:sdtContent>%s</w:sdtContent></w:sdt>' % (
            self.sdt_pr(alias, sid, kind, date, fmt), paras_xml)

    # -- tables ------------------------------------------------------------------
    def tbl(self, grid, rows, borders=True, style='Tabellrutnt', look='04A0', width=None, ind=None):
        s = '<w:tbl><w:tblPr><w:tblStyle w:val="%s"/>' % style
        s += '<w:tblW w:w="%d" w:type="dxa"/>' % width if width else '<w:tblW w:w="0" w:type="auto"/>'
        if ind is not None:
            s += '<w:tblInd w:w="%d" w:type="dxa"/>' % ind
        if not borders:
            s += '<w:tblBorders>' + ''.join(
                '<w:%s w:val="none" w:sz="0" w:space="0" w:color="auto"/>' % e
                for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV')) + '</w:tblBorders>'
        s += ('<w:tblLook w:val="%s" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
              'w:noHBand="0" w:noVBand="1"/></w:tblPr>' % look)
        s += '<w:tblGrid>%s</w:tblGrid>' % ''.join('<w:gridCol w:w="%d"/>' % g for g in grid)
        for row in rows:
            s += row
        return s + '</w:tbl>'

    def tr(self, cells, header=False):
        trpr = '<w:trPr><w:tblHeader/></w:trPr>' if header else ''
        return '<w:tr w:rsidR="%s" w14:paraId="%s" w14:textId="77777777">%s%s</w:tr>' % (
            self.cur, self.pid(), trpr, ''.join(cells))

    def tc(self, width, content, span=None, vmerge=None, shd=None, valign=None, wrap_sdt=None):
        pr = '<w:tcW w:w="%d" w:type="dxa"/>' % width
        if span:
            pr += '<w:gridSpan w:val="%d"/>' % span
        if vmerge == 'restart':
            pr += '<w:vMerge w:val="restart"/>'
        elif vmerge == 'cont':
            pr += '<w:vMerge/>'
        if shd:
            pr += '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % shd
        if valign:
            pr += '<w:vAlign w:val="%s"/>' % valign
        cell = '<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>' % (pr, content)
        if wrap_sdt:
            alias, sid, kind, date, fmt = wrap_sdt
            cell = '<w:sdt>%s<w:sdtEndPr/><w:sdtContent>%s</w:sdtContent></w:sdt>' % (
                self.sdt_pr(alias, sid, kind, date, fmt), cell)
        return cell


# --------------------------------------------------------------------------
# Fields, headers, footers
# --------------------------------------------------------------------------
def fld_complex(c, instr, result, base=None):
    rp = '<w:rPr>%s</w:rPr>' % rpr_inner(base) if base else ''
    rp2 = '<w:rPr>%s</w:rPr>' % rpr_inner(merge(base, {'noProof': True}))
    return ('<w:r w:rsidR="{r}">{rp}<w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r w:rsidR="{r}">{rp}<w:instrText xml:space="preserve"> {i} </w:instrText></w:r>'
            '<w:r w:rsidR="{r}">{rp}<w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:r w:rsidR="{r}">{rp2}<w:t>{res}</w:t></w:r>'
            '<w:r w:rsidR="{r}">{rp}<w:fldChar w:fldCharType="end"/></w:r>').format(
        r=c.cur, rp=rp, rp2=rp2, i=esc(instr), res=esc(result))


def fld_simple(c, instr, result, base=None):
    rp = '<w:rPr>%s</w:rPr>' % rpr_inner(merge(base, {'noProof': True}))
    return '<w:fldSimple w:instr=" %s "><w:r w:rsidR="%s">%s<w:t>%s</w:t></w:r></w:fldSimple>' % (
        qattr(instr), c.cur, rp, esc(result))


def part_hdr(paras):
    return DECL + '<w:hdr %s>%s</w:hdr>' % (NS_MAIN, paras)


def part_ftr(paras):
    return DECL + '<w:ftr %s>%s</w:ftr>' % (NS_MAIN, paras)


# --------------------------------------------------------------------------
# styles.xml
# --------------------------------------------------------------------------
def heading_style(sid, name, level, sz, color, numpr='', before=240):
    return (
        '<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/><w:basedOn w:val="Normal"/>'
        '<w:next w:val="Normal"/><w:link w:val="{sid}Char"/><w:uiPriority w:val="9"/>{unhide}<w:qFormat/>'
        '<w:pPr><w:keepNext/><w:keepLines/>{numpr}<w:spacing w:before="{before}" w:after="0"/>'
        '<w:outlineLvl w:val="{lvl}"/></w:pPr>'
        '<w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" '
        'w:cstheme="majorBidi"/><w:color w:val="{color}"/><w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/></w:rPr></w:style>'
        '<w:style w:type="character" w:customStyle="1" w:styleId="{sid}Char"><w:name w:val="Rubrik {n} Char"/>'
        '<w:basedOn w:val="Standardstycketeckensnitt"/><w:link w:val="{sid}"/><w:uiPriority w:val="9"/>'
        '<w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" '
        'w:cstheme="majorBidi"/><w:color w:val="{color}"/><w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/></w:rPr></w:style>'
    ).format(sid=sid, name=name, lvl=level, sz=sz, color=color, numpr=numpr, before=before,
             n=level + 1, unhide='' if level == 0 else '<w:unhideWhenUsed/>')


def styles_xml(h2_numpr='', h3_numpr='', extra=''):
    latent = ''.join(
        '<w:lsdException w:name="%s" w:uiPriority="%s" w:qFormat="1"/>' % (n, p) for n, p in
        [('Normal', 0), ('heading 1', 9)]) + ''.join(
        '<w:lsdException w:name="heading %d" w:semiHidden="1" w:uiPriority="9" w:unhideWhenUsed="1" w:qFormat="1"/>' % i
        for i in range(2, 10)) + (
        '<w:lsdException w:name="annotation text" w:semiHidden="1" w:unhideWhenUsed="1"/>'
        '<w:lsdException w:name="header" w:semiHidden="1" w:unhideWhenUsed="1"/>'
        '<w:lsdException w:name="footer" w:semiHidden="1" w:unhideWhenUsed="1"/>'
        '<w:lsdException w:name="Title" w:uiPriority="10" w:qFormat="1"/>'
        '<w:lsdException w:name="Table Grid" w:uiPriority="39"/>'
        '<w:lsdException w:name="Placeholder Text" w:semiHidden="1"/>'
        '<w:lsdException w:name="List Paragraph" w:uiPriority="34" w:qFormat="1"/>')
    return DECL + (
        '<w:styles %s>'
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" '
        'w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
        '<w:lang w:val="sv-SE" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
        '</w:docDefaults>'
        '<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" w:defUnhideWhenUsed="0" '
        'w:defQFormat="0" w:count="376">%s</w:latentStyles>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
        '%s%s%s'
        '<w:style w:type="character" w:default="1" w:styleId="Standardstycketeckensnitt">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
        '<w:style w:type="table" w:default="1" w:styleId="Normaltabell"><w:name w:val="Normal Table"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
        '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
        '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        '<w:style w:type="numbering" w:default="1" w:styleId="Ingenlista"><w:name w:val="No List"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Rubrik"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
        '<w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing w:after="120" w:line="240" '
        'w:lineRule="auto"/><w:contextualSpacing/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" '
        'w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:spacing w:val="-10"/>'
        '<w:kern w:val="28"/><w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr></w:style>'
        '<w:style w:type="table" w:styleId="Tabellrutnt"><w:name w:val="Table Grid"/><w:basedOn w:val="Normaltabell"/>'
        '<w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" '
        'w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" '
        'w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '</w:tblBorders></w:tblPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Liststycke"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/>'
        '<w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>'
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
        '<w:basedOn w:val="Standardstycketeckensnitt"/><w:link w:val="Sidfot"/><w:uiPriority w:val="99"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Fotnotstext"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/>'
        '<w:link w:val="FotnotstextChar"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
        '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/>'
        '<w:szCs w:val="20"/></w:rPr></w:style>'
        '<w:style w:type="character" w:customStyle="1" w:styleId="FotnotstextChar"><w:name w:val="Fotnotstext Char"/>'
        '<w:basedOn w:val="Standardstycketeckensnitt"/><w:link w:val="Fotnotstext"/><w:uiPriority w:val="99"/>'
        '<w:semiHidden/><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>'
        '<w:style w:type="character" w:styleId="Fotnotsreferens"><w:name w:val="footnote reference"/>'
        '<w:basedOn w:val="Standardstycketeckensnitt"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
        '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
        '<w:style w:type="character" w:styleId="Kommentarsreferens"><w:name w:val="annotation reference"/>'
        '<w:basedOn w:val="Standardstycketeckensnitt"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
        '<w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Kommentarer"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/>'
        '<w:link w:val="KommentarerChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:spacing w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>'
        '<w:style w:type="character" w:customStyle="1" w:styleId="KommentarerChar"><w:name w:val="Kommentarer Char"/>'
        '<w:basedOn w:val="Standardstycketeckensnitt"/><w:link w:val="Kommentarer"/><w:uiPriority w:val="99"/>'
        '<w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>'
        '<w:style w:type="character" w:styleId="Platshllartext"><w:name w:val="Placeholder Text"/>'
        '<w:basedOn w:val="Standardstycketeckensnitt"/><w:uiPriority w:val="99"/><w:semiHidden/>'
        '<w:rPr><w:color w:val="808080"/></w:rPr></w:style>'
        '%s</w:styles>'
    ) % (NS_SHORT, latent,
         heading_style('Rubrik1', 'heading 1', 0, 32, '2F5496'),
         heading_style('Rubrik2', 'heading 2', 1, 26, '2F5496', h2_numpr),
         heading_style('Rubrik3', 'heading 3', 2, 24, '1F3763', h3_numpr, before=120),
         extra)


# --------------------------------------------------------------------------
# numbering.xml
# --------------------------------------------------------------------------
def lvl_xml(ilvl, fmt='decimal', text='%1.', start=1, pstyle=None, suff=None, jc='left',
            left=720, hanging=360, font=None, tplc=None, bold=False):
    s = '<w:lvl w:ilvl="%d"%s>' % (ilvl, ' w:tplc="%s"' % tplc if tplc else '')
    s += '<w:start w:val="%d"/><w:numFmt w:val="%s"/>' % (start, fmt)
    if pstyle:
        s += '<w:pStyle w:val="%s"/>' % pstyle
    if suff:
        s += '<w:suff w:val="%s"/>' % suff
    s += '<w:lvlText w:val="%s"/><w:lvlJc w:val="%s"/>' % (qattr(text), jc)
    s += '<w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr>' % (left, hanging)
    rpr = ''
    if font:
        rpr += '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:hint="default"/>' % (font, font)
    if bold:
        rpr += '<w:b/><w:bCs/>'
    if rpr:
        s += '<w:rPr>%s</w:rPr>' % rpr
    return s + '</w:lvl>'


def abstract_bullets(aid, nsid, tmpl):
    lv = []
    for i in range(9):
        k = i % 3
        text, font = [('\uf0b7', 'Symbol'), ('o', 'Courier New'), ('\uf0a7', 'Wingdings')][k]
        lv.append(lvl_xml(i, 'bullet', text, left=720 * (i + 1), hanging=360, font=font,
                          tplc='041D000%d' % (1 + 2 * k)))
    return ('<w:abstractNum w:abstractNumId="%d" w15:restartNumberingAfterBreak="0"><w:nsid w:val="%s"/>'
            '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="%s"/>%s</w:abstractNum>'
            % (aid, nsid, tmpl, ''.join(lv)))


def abstract_multi(aid, nsid, tmpl, levels):
    return ('<w:abstractNum w:abstractNumId="%d" w15:restartNumberingAfterBreak="0"><w:nsid w:val="%s"/>'
            '<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="%s"/>%s</w:abstractNum>'
            % (aid, nsid, tmpl, ''.join(levels)))


def numbering_xml(abstracts, nums):
    return DECL + '<w:numbering %s>%s%s</w:numbering>' % (NS_MAIN, ''.join(abstracts), ''.join(nums))


# --------------------------------------------------------------------------
# Other parts
# --------------------------------------------------------------------------
def settings_xml(rsids, docid, footnotes=False, track=True):
    s = '<w:settings xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' \
        'xmlns:o="urn:schemas-microsoft-com:office:office" ' \
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' \
        'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" ' \
        'xmlns:w10="urn:schemas-microsoft-com:office:word" ' \
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' \
        'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" ' \
        'xmlns:sl="http://schemas.openxmlformats.org/schemaLibrary/2006/main" mc:Ignorable="w14 w15">'
    s += '<w:zoom w:percent="110"/>'
    if track:
        s += '<w:trackRevisions/>'
    s += '<w:defaultTabStop w:val="1304"/><w:hyphenationZone w:val="425"/>' \
         '<w:characterSpacingControl w:val="doNotCompress"/>'
    if footnotes:
        s += '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>' \
             '<w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>'
    s += ('<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
          '<w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
          '<w:compatSetting w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
          '<w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
          '<w:compatSetting w:name="differentiateMultirowTableHeaders" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
          '<w:compatSetting w:name="useWord2013TrackBottomHyphenation" w:uri="http://schemas.microsoft.com/office/word" w:val="0"/>'
          '</w:compat>')
    s += '<w:rsids><w:rsidRoot w:val="%s"/>%s</w:rsids>' % (
        rsids[0], ''.join('<w:rsid w:val="%s"/>' % r for r in sorted(rsids)))
    s += ('<m:mathPr><m:mathFont m:val="Cambria Math"/><m:brkBin m:val="before"/><m:brkBinSub m:val="--"/>'
          '<m:smallFrac m:val="0"/><m:dispDef/><m:lMargin m:val="0"/><m:rMargin m:val="0"/>'
          '<m:defJc m:val="centerGroup"/><m:wrapIndent m:val="1440"/><m:intLim m:val="subSup"/>'
          '<m:naryLim m:val="undOvr"/></m:mathPr>'
          '<w:themeFontLang w:val="sv-SE"/>'
          '<w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" w:accent1="accent1" '
          'w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" w:accent6="accent6" '
          'w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/>'
          '<w:shapeDefaults><o:shapedefaults v:ext="edit" spidmax="2049"/><o:shapelayout v:ext="edit">'
          '<o:idmap v:ext="edit" data="1"/></o:shapelayout></w:shapeDefaults>'
          '<w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/>'
          '<w14:docId w14:val="%s"/><w15:chartTrackingRefBased/>'
          '<w15:docId w15:val="{%s}"/></w:settings>') % (docid[:8], docid)
    return DECL + s


FONTS = [
    ('Symbol', '05050102010706020507', '02', 'roman', 'variable',
     '00000000', '10000000', '00000000', '00000000', '80000000', '00000000'),
    ('Times New Roman', '02020603050405020304', '00', 'roman', 'variable',
     'E0002EFF', 'C000785B', '00000009', '00000000', '000001FF', '00000000'),
    ('Courier New', '02070309020205020404', '00', 'modern', 'fixed',
     'E0002EFF', 'C0007843', '00000009', '00000000', '000001FF', '00000000'),
    ('Wingdings', '05000000000000000000', '02', 'auto', 'variable',
     '00000000', '10000000', '00000000', '00000000', '80000000', '00000000'),
    ('Calibri', '020F0502020204030204', '00', 'swiss', 'variable',
     'E4002EFF', 'C000247B', '00000009', '00000000', '000001FF', '00000000'),
    ('Calibri Light', '020F0302020204030204', '00', 'swiss', 'variable',
     'E4002EFF', 'C000247B', '00000009', '00000000', '000001FF', '00000000'),
]


def font_table_xml():
    s = ''
    for name, pan, cs, fam, pitch, u0, u1, u2, u3, c0, c1 in FONTS:
        s += ('<w:font w:name="%s"><w:panose1 w:val="%s"/><w:charset w:val="%s"/><w:family w:val="%s"/>'
              '<w:pitch w:val="%s"/><w:sig w:usb0="%s" w:usb1="%s" w:usb2="%s" w:usb3="%s" w:csb0="%s" '
              'w:csb1="%s"/></w:font>') % (name, pan, cs, fam, pitch, u0, u1, u2, u3, c0, c1)
    return DECL + '<w:fonts %s>%s</w:fonts>' % (NS_SHORT, s)


def web_settings_xml():
    return DECL + '<w:webSettings %s><w:optimizeForBrowser/><w:allowPNG/></w:webSettings>' % NS_SHORT


def theme_xml():
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


def core_xml(creator, last, rev, created, modified, title=''):
    return DECL + (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '%s<dc:subject></dc:subject><dc:creator>%s</dc:creator><cp:keywords></cp:keywords>'
        '<dc:description></dc:description><cp:lastModifiedBy>%s</cp:lastModifiedBy><cp:revision>%d</cp:revision>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
    ) % ('<dc:title>%s</dc:title>' % esc(title) if title else '<dc:title></dc:title>',
         esc(creator), esc(last), rev, created, modified)


def app_xml(doc_xml, template, company, minutes, pages):
    text = ' '.join(re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', doc_xml))
    words = len(text.split())
    chars = len(text.replace(' ', ''))
    paras = doc_xml.count('<w:p ')
    return DECL + (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        '<Template>%s</Template><TotalTime>%d</TotalTime><Pages>%d</Pages><Words>%d</Words>'
        '<Characters>%d</Characters><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
        '<Lines>%d</Lines><Paragraphs>%d</Paragraphs><ScaleCrop>false</ScaleCrop><Company>%s</Company>'
        '<LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>%d</CharactersWithSpaces>'
        '<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>'
        '</Properties>'
    ) % (esc(template), minutes, pages, words, chars, max(1, chars // 70), paras, esc(company), len(text))


def comments_parts(c):
    cs = ''
    ex = ''
    for cid, author, initials, date, text, pid in c.comments:
        cs += ('<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="%s">'
               '<w:p w14:paraId="%s" w14:textId="77777777" w:rsidR="%s" w:rsidRDefault="%s">'
               '<w:pPr><w:pStyle w:val="Kommentarer"/></w:pPr>'
               '<w:r><w:rPr><w:rStyle w:val="Kommentarsreferens"/></w:rPr><w:annotationRef/></w:r>'
               '<w:r><w:t>%s</w:t></w:r></w:p></w:comment>') % (
            cid, qattr(author), date, qattr(initials), pid, c.rsids[-1], c.rsids[-1], esc(text))
        ex += '<w15:commentEx w15:paraId="%s" w15:done="0"/>' % pid
    people = ''
    for a in sorted(set(x[1] for x in c.comments)):
        people += ('<w15:person w15:author="%s"><w15:presenceInfo w15:providerId="None" w15:userId="%s"/>'
                   '</w15:person>') % (qattr(a), qattr(a))
    return (DECL + '<w:comments %s>%s</w:comments>' % (NS_MAIN, cs),
            DECL + '<w15:commentsEx %s>%s</w15:commentsEx>' % (NS_MAIN, ex),
            DECL + '<w15:people %s>%s</w15:people>' % (NS_MAIN, people))


def notes_parts(c):
    sep = ('<w:{t} w:type="separator" w:id="-1"><w:p w14:paraId="{p1}" w14:textId="77777777" w:rsidR="{r}" '
           'w:rsidRDefault="{r}" w:rsidP="{r}"><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
           '<w:r><w:separator/></w:r></w:p></w:{t}>'
           '<w:{t} w:type="continuationSeparator" w:id="0"><w:p w14:paraId="{p2}" w14:textId="77777777" '
           'w:rsidR="{r}" w:rsidRDefault="{r}" w:rsidP="{r}"><w:pPr><w:spacing w:after="0" w:line="240" '
           'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:{t}>')
    r = c.rsids[0]
    fn = sep.format(t='footnote', p1=c.pid(), p2=c.pid(), r=r)
    for fid, text, pid in c.footnotes:
        c.cur = c.rsids[1]
        fn += ('<w:footnote w:id="%d"><w:p w14:paraId="%s" w14:textId="77777777" w:rsidR="%s" w:rsidRDefault="%s" '
               'w:rsidP="%s"><w:pPr><w:pStyle w:val="Fotnotstext"/></w:pPr><w:r><w:rPr><w:rStyle '
               'w:val="Fotnotsreferens"/></w:rPr><w:footnoteRef/></w:r>%s</w:p></w:footnote>') % (
            fid, pid, c.cur, r, c.cur, c.runs([' ' + text] if isinstance(text, str) else [' '] + text))
    en = sep.format(t='endnote', p1=c.pid(), p2=c.pid(), r=r)
    return (DECL + '<w:footnotes %s>%s</w:footnotes>' % (NS_MAIN, fn),
            DECL + '<w:endnotes %s>%s</w:endnotes>' % (NS_MAIN, en))


def sect_pr(c, header=True, footer=True):
    s = '<w:sectPr w:rsidR="%s" w:rsidSect="%s">' % (c.rsids[0], c.rsids[0])
    if header:
        s += '<w:headerReference w:type="default" r:id="rId%d"/>' % c.rid_header
    if footer:
        s += '<w:footerReference w:type="default" r:id="rId%d"/>' % c.rid_footer
    s += ('<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" '
          'w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>')
    return s


def docx_bytes(c, body, header, footer, numbering, styles, meta):
    """Assemble the package in memory (it is attached to a mail, not written as
    a file of its own). Relationship ids follow Word's usual order."""
    body_xml = body()  # fills c.comments and c.footnotes
    parts = {}
    rels = []
    ct = [('/word/document.xml', CT_BASE + 'document.main+xml')]

    def add(target, rtype, ctype, data):
        rid = len(rels) + 1
        rels.append((rid, rtype, target))
        parts['word/' + target] = data
        ct.append(('/word/' + target, ctype))
        return rid

    add('numbering.xml', REL_BASE + 'numbering', CT_BASE + 'numbering+xml', numbering) if numbering else None
    add('styles.xml', REL_BASE + 'styles', CT_BASE + 'styles+xml', styles)
    add('settings.xml', REL_BASE + 'settings', CT_BASE + 'settings+xml',
        settings_xml(c.rsids, meta['docid'], footnotes=bool(c.footnotes), track=meta.get('track', True)))
    add('webSettings.xml', REL_BASE + 'webSettings', CT_BASE + 'webSettings+xml', web_settings_xml())
    if c.footnotes:
        fn, en = notes_parts(c)
        add('footnotes.xml', REL_BASE + 'footnotes', CT_BASE + 'footnotes+xml', fn)
        add('endnotes.xml', REL_BASE + 'endnotes', CT_BASE + 'endnotes+xml', en)
    if c.comments:
        cm, cx, pp = comments_parts(c)
        add('comments.xml', REL_BASE + 'comments', CT_BASE + 'comments+xml', cm)
        add('commentsExtended.xml', 'http://schemas.microsoft.com/office/2011/relationships/commentsExtended',
            CT_BASE + 'commentsExtended+xml', cx)
    if header:
        c.rid_header = add('header1.xml', REL_BASE + 'header', CT_BASE + 'header+xml', header)
    if footer:
        c.rid_footer = add('footer1.xml', REL_BASE + 'footer', CT_BASE + 'footer+xml', footer)
    add('fontTable.xml', REL_BASE + 'fontTable', CT_BASE + 'fontTable+xml', font_table_xml())
    if c.comments:
        add('people.xml', 'http://schemas.microsoft.com/office/2011/relationships/people',
            CT_BASE + 'people+xml', pp)
    add('theme/theme1.xml', REL_BASE + 'theme', 'application/vnd.openxmlformats-officedocument.theme+xml',
        theme_xml())

    doc = DECL + '<w:document %s><w:body>%s%s</w:body></w:document>' % (NS_MAIN, body_xml, sect_pr(c, bool(header), bool(footer)))
    parts['word/document.xml'] = doc

    doc_rels = DECL + ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s'
                       '</Relationships>') % ''.join(
        '<Relationship Id="rId%d" Type="%s" Target="%s"/>' % r for r in sorted(rels, key=lambda x: x[0]))
    root_rels = DECL + (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')
    ct.append(('/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'))
    ct.append(('/docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml'))
    ctypes = DECL + ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>%s</Types>') % ''.join(
        '<Override PartName="%s" ContentType="%s"/>' % x for x in ct)
    core = core_xml(meta['creator'], meta['last'], meta['revision'], meta['created'], meta['modified'])
    app = app_xml(doc, meta['template'], meta['company'], meta['minutes'], meta['pages'])

    order = ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/_rels/document.xml.rels']
    data = {'[Content_Types].xml': ctypes, '_rels/.rels': root_rels, 'word/_rels/document.xml.rels': doc_rels,
            'docProps/core.xml': core, 'docProps/app.xml': app}
    data.update(parts)
    rest = [k for k in data if k not in order and not k.startswith('docProps/')]
    names = order + sorted(rest) + ['docProps/core.xml', 'docProps/app.xml']
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for n in names:
            zi = zipfile.ZipInfo(n, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            z.writestr(zi, data[n].encode('utf-8'))
    return buf.getvalue()


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


def conversation_index(seed, when):
    """22-byte PR_CONVERSATION_INDEX: reserved byte, 5 bytes of the FILETIME,
    16-byte GUID (derived from a fixed seed)."""
    ft = filetime(when)
    head = b'\x01' + struct.pack('>Q', ft)[:5]
    return head + hashlib.sha256(seed.encode()).digest()[:16]


def hexid(seed, n):
    return hashlib.sha256(seed.encode()).hexdigest().upper()[:n]


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


def attachment_storage(i, a, when):
    data = a['data']
    props = [
        (tag('ATTACH_METHOD', PT_LONG), 1),  # ATTACH_BY_VALUE
        (tag('ATTACH_NUM', PT_LONG), i),
        (tag('RENDERING_POSITION', PT_LONG), 0xFFFFFFFF),
        (tag('ATTACH_SIZE', PT_LONG), len(data) + 412),
        (tag('ATTACH_DATA_BIN', PT_BINARY), data),
        (tag('ATTACH_LONG_FILENAME', PT_UNICODE), a['long']),
        (tag('ATTACH_FILENAME', PT_UNICODE), a['short']),
        (tag('DISPLAY_NAME', PT_UNICODE), a['long']),
        (tag('ATTACH_EXTENSION', PT_UNICODE), a['ext']),
        (tag('ATTACH_MIME_TAG', PT_UNICODE), a['mime']),
        (tag('ATTACH_FLAGS', PT_LONG), 0),
        (tag('ATTACHMENT_LINKID', PT_LONG), 0),
        (tag('ATTACHMENT_FLAGS', PT_LONG), 0),
        (tag('ATTACHMENT_HIDDEN', PT_BOOLEAN), False),
        (tag('CREATION_TIME', PT_SYSTIME), a['created']),
        (tag('LAST_MODIFICATION_TIME', PT_SYSTIME), a['modified']),
        (tag('OBJECT_TYPE', PT_LONG), 7),
        (tag('RECORD_KEY', PT_BINARY), struct.pack('<I', 0x0001A2F3 + i)),
    ]
    return Storage('__attach_version1.0_#%08X' % i, property_stream(props, bytes(8), 'cp1252'), when, when)


def msg_bytes(props, named, recips, attachs, saved, unicode=True, codepage='cp1252'):
    header = struct.pack('<8sIIII8s', bytes(8), len(recips), len(attachs), len(recips), len(attachs), bytes(8))
    children = property_stream(props, header, codepage)
    children.append(named.storage(saved))
    for i, r in enumerate(recips):
        children.append(recipient_storage(i, r, saved, unicode, codepage))
    for i, a in enumerate(attachs):
        children.append(attachment_storage(i, a, saved))
    root = Storage('Root Entry', children, None, saved, CLSID_MAIL_MESSAGE)
    return cfb_bytes(root)


# ==========================================================================
# Mail bodies: one description, two renderings. Outlook keeps an HTML mail
# twice: PR_HTML (what Word wrote) and PR_BODY (Outlook's plain-text
# rendering of it: one line per paragraph, list items as "  *   " and
# "  1.  ", links as "text<mailto:…>", bold dropped).
# Blocks: ('p', runs[, style]), ('e',), ('ul', [runs, ...]), ('ol', n, runs),
# ('fwd', [(label, value), ...]). Runs: str, ('b', str), ('a', text, href).
# ==========================================================================
def crlf(s):
    return s.replace('\r\n', '\n').replace('\n', '\r\n')


def wrap_source(line, width=76):
    """Break a long HTML source line the way Word's HTML writer does: at a
    space in text, between attributes or inside a single-quoted style value,
    the space replaced by a line end."""
    if len(line) <= width:
        return [line]
    breaks = []
    in_tag = False
    quote = None
    inner = False
    for i, ch in enumerate(line):
        if quote:
            if ch == quote:
                quote = None
            elif quote == "'" and ch == '"':
                inner = not inner
            elif quote == "'" and ch == ' ' and not inner:
                breaks.append(i)
            continue
        if in_tag and ch in '\'"':
            quote = ch
            inner = False
        elif ch == '<':
            in_tag = True
        elif ch == '>':
            in_tag = False
        elif ch == ' ':
            breaks.append(i)
    out = []
    start = 0
    prev = None
    for b in breaks:
        if b - start > width and prev is not None and prev > start:
            out.append(line[start:prev])
            start = prev + 1
        prev = b
    if len(line) - start > width and prev is not None and prev > start:
        out.append(line[start:prev])
        start = prev + 1
    out.append(line[start:])
    return out


def hesc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def runs_html(runs):
    if isinstance(runs, str):
        runs = [runs]
    o = []
    for r in runs:
        if isinstance(r, str):
            o.append(hesc(r))
        elif r[0] == 'b':
            o.append('<b>%s</b>' % hesc(r[1]))
        elif r[0] == 'a':
            o.append('<a href="%s">%s</a>' % (r[2], hesc(r[1])))
        else:
            raise ValueError(r)
    return ''.join(o)


def runs_text(runs):
    if isinstance(runs, str):
        runs = [runs]
    o = []
    for r in runs:
        if isinstance(r, str):
            o.append(r)
        elif r[0] == 'b':
            o.append(r[1])
        elif r[0] == 'a':
            o.append('%s<%s>' % (r[1], r[2]))
    return ''.join(o)


SIG = "font-size:10.0pt;color:#1F3864;mso-ligatures:none;mso-fareast-language:SV"
TITLE = "font-size:13.0pt;color:#2F5496"


def blocks_html(blocks):
    lines = []
    for bl in blocks:
        kind = bl[0]
        if kind == 'e':
            lines.append('<p class=MsoNormal><o:p>&nbsp;</o:p></p>')
        elif kind == 'p':
            style = bl[2] if len(bl) > 2 else None
            inner = runs_html(bl[1])
            if style == 'title':
                lines.append("<p class=MsoNormal><b><span style='%s'>%s<o:p></o:p></span></b></p>" % (TITLE, inner))
            elif style == 'signame':
                lines.append("<p class=MsoNormal><b><span style='%s'>%s<o:p></o:p></span></b></p>" % (SIG, inner))
            elif style == 'sig':
                lines.append("<p class=MsoNormal><span style='%s'>%s<o:p></o:p></span></p>" % (SIG, inner))
            else:
                lines.append('<p class=MsoNormal>%s<o:p></o:p></p>' % inner)
        elif kind == 'ul':
            lines.append("<ul style='margin-top:0cm' type=disc>")
            for it in bl[1]:
                lines.append("<li class=MsoListParagraph style='margin-left:0cm;mso-list:l0 level1 lfo1'>%s"
                             "<o:p></o:p></li>" % runs_html(it))
            lines.append('</ul>')
        elif kind == 'ol':
            lines.append("<ol style='margin-top:0cm' start=%d type=1>" % bl[1])
            lines.append("<li class=MsoListParagraph style='margin-left:0cm;mso-list:l1 level1 lfo2'><b>%s"
                         "<o:p></o:p></b></li>" % runs_html(bl[2]))
            lines.append('</ol>')
        elif kind == 'fwd':
            (l0, v0), rest = bl[1][0], bl[1][1:]
            src = "<p class=MsoNormal><b><span lang=SV>%s</span></b><span lang=SV> %s" % (hesc(l0), hesc(v0))
            for label, value in rest:
                src += "<br>\n<b>%s</b> %s" % (hesc(label), hesc(value))
            src += "<o:p></o:p></span></p>"
            lines.append('<div>')
            lines.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
            lines.append(src)
            lines.append('</div>')
            lines.append('</div>')
        else:
            raise ValueError(kind)
    out = []
    for ln in lines:
        for part in ln.split('\n'):
            out.extend(wrap_source(part))
    return out


def blocks_text(blocks):
    out = []
    for bl in blocks:
        kind = bl[0]
        if kind == 'e':
            out.append('')
        elif kind == 'p':
            out.append(runs_text(bl[1]))
        elif kind == 'ul':
            for it in bl[1]:
                out.append('  *   ' + runs_text(it))
        elif kind == 'ol':
            out.append('  %d.  %s' % (bl[1], runs_text(bl[2])))
        elif kind == 'fwd':
            for label, value in bl[1]:
                out.append('%s %s' % (label, value))
    return '\r\n'.join(out) + '\r\n'


OUTLOOK_STYLE = r'''<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{mso-style-priority:34;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
span.E-postmall17
	{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;
	mso-fareast-language:EN-US;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 70.85pt 70.85pt;}
div.WordSection1
	{page:WordSection1;}
/* List Definitions */
@list l0
	{mso-list-id:402414218;
	mso-list-type:hybrid;
	mso-list-template-ids:-1426312964 69009409 69009411 69009413 69009409 69009411 69009413 69009409 69009411 69009413;}
@list l0:level1
	{mso-level-number-format:bullet;
	mso-level-text:\F0B7;
	mso-level-tab-stop:none;
	mso-level-number-position:left;
	text-indent:-18.0pt;
	font-family:Symbol;}
@list l1
	{mso-list-id:1763380512;
	mso-list-type:hybrid;
	mso-list-template-ids:1085936878 69009423 69009433 69009435 69009423 69009433 69009435 69009423 69009433 69009435;}
@list l1:level1
	{mso-level-tab-stop:none;
	mso-level-number-position:left;
	text-indent:-18.0pt;}
ol
	{margin-bottom:0cm;}
ul
	{margin-bottom:0cm;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->'''


def outlook_html(blocks, charset, codec):
    lines = ['<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
             'xmlns:w="urn:schemas-microsoft-com:office:word" '
             'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">',
             '<head>',
             '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % charset,
             '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">']
    lines += OUTLOOK_STYLE.split('\n')
    lines += ['</head>',
              '<body lang=SV link="#467886" vlink="#96607D" style=\'word-wrap:break-word\'>',
              '<div class=WordSection1>']
    lines += blocks_html(blocks)
    lines += ['</div>', '</body>', '</html>']
    src = '\r\n'.join(lines) + '\r\n'
    # what the charset cannot hold is written as a numeric character reference
    return src.encode(codec, errors='xmlcharrefreplace')


def write_bytes(fname, data):
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(data)
    return os.path.join(OUT, fname)


def utc(*a):
    return datetime.datetime(*a)


def common_props(uni, subject, prefix, submit, delivery, created, modified, flags, body, cpid,
                 sender, hasattach, html=None, native=None, editor=None, to='', cc='',
                 msgid=None, conv_seed=None, conv_time=None, headers=None, received_by=None,
                 references=None, store_mask=True):
    """The message object's properties. sender: dict(name, addrtype, address, smtp)."""
    st = PT_UNICODE if uni else PT_STRING8
    norm = subject[len(prefix):]
    p = [
        (tag('MESSAGE_CLASS', st), 'IPM.Note'),
        (tag('SUBJECT', st), subject),
        (tag('SUBJECT_PREFIX', st), prefix),
        (tag('NORMALIZED_SUBJECT', st), norm),
        (tag('CONVERSATION_TOPIC', st), norm),
        (tag('CONVERSATION_INDEX', PT_BINARY), conversation_index(conv_seed or subject, conv_time or submit)),
        (tag('IMPORTANCE', PT_LONG), 1),
        (tag('PRIORITY', PT_LONG), 0),
        (tag('SENSITIVITY', PT_LONG), 0),
        (tag('ALTERNATE_RECIPIENT_ALLOWED', PT_BOOLEAN), True),
        (tag('ORIGINATOR_DELIVERY_REPORT_REQUESTED', PT_BOOLEAN), False),
        (tag('READ_RECEIPT_REQUESTED', PT_BOOLEAN), False),
        (tag('CLIENT_SUBMIT_TIME', PT_SYSTIME), submit),
        (tag('MESSAGE_DELIVERY_TIME', PT_SYSTIME), delivery),
        (tag('CREATION_TIME', PT_SYSTIME), created),
        (tag('LAST_MODIFICATION_TIME', PT_SYSTIME), modified),
        (tag('MESSAGE_FLAGS', PT_LONG), flags),
        (tag('HASATTACH', PT_BOOLEAN), hasattach),
        (tag('SENDER_NAME', st), sender['name']),
        (tag('SENDER_ADDRTYPE', st), sender['addrtype']),
        (tag('SENDER_EMAIL_ADDRESS', st), sender['address']),
        (tag('SENT_REPRESENTING_NAME', st), sender['name']),
        (tag('SENT_REPRESENTING_ADDRTYPE', st), sender['addrtype']),
        (tag('SENT_REPRESENTING_EMAIL_ADDRESS', st), sender['address']),
        (tag('SENDER_SEARCH_KEY', PT_BINARY), search_key(sender['addrtype'], sender['address'])),
        (tag('SENT_REPRESENTING_SEARCH_KEY', PT_BINARY), search_key(sender['addrtype'], sender['address'])),
        (tag('DISPLAY_TO', st), to),
        (tag('DISPLAY_CC', st), cc),
        (tag('DISPLAY_BCC', st), ''),
        (tag('BODY', st), body),
        (tag('INTERNET_CPID', PT_LONG), cpid),
        (tag('MESSAGE_CODEPAGE', PT_LONG), 1252),
        (tag('MESSAGE_LOCALE_ID', PT_LONG), 1053),
        (tag('RTF_IN_SYNC', PT_BOOLEAN), False),
        (tag('SEARCH_KEY', PT_BINARY), hashlib.sha256(('sk' + subject).encode()).digest()[:16]),
    ]
    if sender['addrtype'] == 'EX':
        p.append((tag('SENDER_ENTRYID', PT_BINARY), ex_entryid(sender['address'])))
        p.append((tag('SENT_REPRESENTING_ENTRYID', PT_BINARY), ex_entryid(sender['address'])))
    else:
        oo = one_off_entryid(sender['name'], 'SMTP', sender['address'], uni)
        p.append((tag('SENDER_ENTRYID', PT_BINARY), oo))
        p.append((tag('SENT_REPRESENTING_ENTRYID', PT_BINARY), oo))
    if uni:
        p.append((tag('SENDER_SMTP_ADDRESS', st), sender['smtp']))
        p.append((tag('SENT_REPRESENTING_SMTP_ADDRESS', st), sender['smtp']))
        p.append((tag('CREATOR_NAME', st), received_by['name'] if received_by else sender['name']))
        p.append((tag('LAST_MODIFIER_NAME', st), received_by['name'] if received_by else sender['name']))
    if store_mask:
        p.append((tag('STORE_SUPPORT_MASK', PT_LONG), 0x00040E79 if uni else 0x00000E79))
    if html is not None:
        p.append((tag('HTML', PT_BINARY), html))
    if native is not None:
        p.append((tag('NATIVE_BODY_INFO', PT_LONG), native))
    if editor is not None:
        p.append((tag('MSG_EDITOR_FORMAT', PT_LONG), editor))
    if msgid:
        p.append((tag('INTERNET_MESSAGE_ID', st), msgid))
    if references:
        p.append((tag('INTERNET_REFERENCES', st), references))
        p.append((tag('IN_REPLY_TO_ID', st), references))
    if headers is not None:
        p.append((tag('TRANSPORT_MESSAGE_HEADERS', st), headers))
    if received_by:
        rb = received_by
        sk = search_key('EX', rb['address'])
        p += [
            (tag('RECEIVED_BY_NAME', st), rb['name']),
            (tag('RECEIVED_BY_ADDRTYPE', st), 'EX'),
            (tag('RECEIVED_BY_EMAIL_ADDRESS', st), rb['address']),
            (tag('RECEIVED_BY_SMTP_ADDRESS', st), rb['smtp']),
            (tag('RECEIVED_BY_ENTRYID', PT_BINARY), ex_entryid(rb['address'])),
            (tag('RECEIVED_BY_SEARCH_KEY', PT_BINARY), sk),
            (tag('RCVD_REPRESENTING_NAME', st), rb['name']),
            (tag('RCVD_REPRESENTING_ADDRTYPE', st), 'EX'),
            (tag('RCVD_REPRESENTING_EMAIL_ADDRESS', st), rb['address']),
            (tag('RCVD_REPRESENTING_SMTP_ADDRESS', st), rb['smtp']),
            (tag('RCVD_REPRESENTING_ENTRYID', PT_BINARY), ex_entryid(rb['address'])),
            (tag('RCVD_REPRESENTING_SEARCH_KEY', PT_BINARY), sk),
            (tag('MESSAGE_TO_ME', PT_BOOLEAN), rb.get('to_me', False)),
            (tag('MESSAGE_CC_ME', PT_BOOLEAN), rb.get('cc_me', False)),
            (tag('ICON_INDEX', PT_LONG), 256),
        ]
    return p


def x500(org_hex, alias):
    return ('/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP (FYDIBOHF23SPDLT)/CN=RECIPIENTS/CN=%s-%s'
            % (org_hex, alias.upper()))


def b_word(text):
    return '=?utf-8?B?%s?=' % base64.b64encode(text.encode('utf-8')).decode('ascii')


def rfc_date(dt):
    return dt.strftime('%a, ') + str(dt.day) + dt.strftime(' %b %Y %H:%M:%S +0000')


# ==========================================================================
# 1. skuldradgivning_outlook365_html_mottaget.msg
#    A received HTML mail, saved from Outlook 365 (Unicode MSG). The minutes
#    are in the body, kept twice: PR_HTML (UTF-8, PR_INTERNET_CPID 65001) and
#    PR_BODY. PR_TRANSPORT_MESSAGE_HEADERS holds the Internet header.
# ==========================================================================
def E():
    return ('e',)


def P(*runs, style=None):
    r = list(runs)
    return ('p', r, style) if style else ('p', r)


def BOLD(s):
    return ('b', s)


M1_BLOCKS = [
    P('Hej alla,'), E(),
    P('Tack för ett bra möte i torsdags! Här kommer minnesanteckningarna. Om något har blivit fel vill jag ha '
      'rättelser senast fredag den 13 mars, sedan skickar jag dem vidare till socialcheferna.'), E(),
    P('Minnesanteckningar – Nätverket för budget- och skuldrådgivning', style='title'), E(),
    P(BOLD('Datum:'), ' torsdag 5 mars 2026, kl. 13.15–15.45'),
    P(BOLD('Plats:'), ' Ängelholm, Stadshuset, sammanträdesrum Skäldervik'), E(),
    P(BOLD('Deltagare:')),
    ('ul', ['Mihály Fekete, Ängelholm (ordförande)',
            'Tõnis Saar, Bjuv',
            'Rukhsana Malik, Helsingborg',
            'Álvaro Ibáñez, Landskrona',
            'Žydrūnė Paulauskaitė, Klippan',
            'Håkon Brekke, Båstad',
            'Panagiota Kouri, Höganäs (antecknare)']),
    E(),
    P(BOLD('Anmält förhinder:'), ' Nodira Yusupova (Åstorp) och Oğuz Karataş (Örkelljunga)'),
    P(BOLD('Gäst:'), ' Vânia Carvalho, Kronofogden, under punkt 1'),
    P('Från Perstorp och Svalöv kom ingen den här gången.'), E(),
    ('ol', 1, 'Kronofogden om unga med skulder'),
    P('Vânia Carvalho från Kronofogden berättade att antalet personer under 25 år som har skulder hos '
      'Kronofogden har ökat tre år i rad, och att det oftast handlar om sms-lån, köp på faktura och obetalda '
      'mobilabonnemang.'),
    P('Vânia sa: ”De flesta hör av sig först när lönen redan är utmätt.”'),
    P('Rukhsana Malik frågade om Kronofogden kan komma ut till gymnasieskolorna. Vânia svarade att de har ett '
      'färdigt lektionsupplägg som skolorna kan boka.'),
    P('Informationen noterades.'), E(),
    ('ol', 2, 'Väntetider till budget- och skuldrådgivningen'),
    P('Álvaro Ibáñez tog upp att väntetiden i Landskrona nu är elva veckor och att flera hinner få ett '
      'betalningsföreläggande medan de väntar. Han menade att ”en akuttid i veckan skulle ta bort det mesta av '
      'trycket”.'),
    P('Håkon Brekke berättade att Båstad har drop-in varannan tisdag och att det har fungerat bra sedan i '
      'höstas.'),
    P(BOLD('Beslut:'), ' Álvaro och Håkon skriver ett förslag till en gemensam modell för akuttider, som tas upp '
      'på nästa möte.'), E(),
    ('ol', 3, 'Information om skuldsanering på lätt svenska'),
    P('Žydrūnė Paulauskaitė lyfte att broschyrerna om skuldsanering är svåra att förstå för den som har '
      'svenska som andraspråk, och att många därför aldrig ansöker.'),
    P('Žydrūnė sa: ”Om man måste vara jurist för att förstå blanketten, då ansöker man inte.”'),
    P('Mihály Fekete höll med och tyckte att Kronofogdens eget material kan vara en förebild.'),
    P('Nätverket beslutade att ta fram en gemensam folder på lätt svenska och att be kommunikatörerna i '
      'Helsingborg om hjälp med layouten.'), E(),
    ('ol', 4, 'Övrigt'),
    ('ul', ['Tõnis Saar informerade om att Bjuv flyttar budget- och skuldrådgivningen till medborgarkontoret '
            'från den 1 april.',
            'Rukhsana Malik påminde om Konsumentverkets nätverksdag i Stockholm den 21 maj, och att anmälan '
            'stänger den 30 april.']),
    E(),
    P(BOLD('Nästa möte:'), ' torsdag 7 maj 2026 kl. 13.15–15.45 i Klippan.'), E(),
    P('Vänliga hälsningar'),
    P('Panagiota'), E(),
    P('Panagiota Kouri', style='signame'),
    P('Budget- och skuldrådgivare', style='sig'),
    P('Socialförvaltningen, Höganäs kommun', style='sig'),
    P('Tfn 042-33 71 54', style='sig'),
    P(('a', 'panagiota.kouri@hoganas.example', 'mailto:panagiota.kouri@hoganas.example'), style='sig'),
    E(),
]

M1_FILE = 'skuldradgivning_outlook365_html_mottaget.msg'
M1_SUBJECT = 'Minnesanteckningar skuldrådgivarnätverket 5/3'


def build_m1():
    sent = utc(2026, 3, 9, 14, 22, 7)
    delivered = utc(2026, 3, 9, 14, 22, 11)
    saved = utc(2026, 3, 10, 8, 3, 52)
    org = hexid('m1-org', 32)
    msgid = '<DU0PR05MB9641%s@DU0PR05MB9641.eurprd05.prod.outlook.com>' % hexid('m1-msgid', 24)
    conv = conversation_index('m1-thread', sent)
    boundary = '_000_DU0PR05MB9641%s_' % hexid('m1-boundary', 24)
    list_name = 'Nätverket för budget- och skuldrådgivning'
    headers = '\r\n'.join([
        'Received: from DU0PR05MB9641.eurprd05.prod.outlook.com (2603:10a6:10:3e4::9) by',
        ' AS8PR05MB10218.eurprd05.prod.outlook.com with HTTPS; Mon, 9 Mar 2026',
        ' 14:22:11 +0000',
        'Received: from DB8PR09CA0031.eurprd09.prod.outlook.com (2603:10a6:10:a0::44)',
        ' by DU0PR05MB9641.eurprd05.prod.outlook.com (2603:10a6:10:3e4::9) with',
        ' Microsoft SMTP Server (version=TLS1_2,',
        ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.16; Mon, 9 Mar',
        ' 2026 14:22:10 +0000',
        'Authentication-Results: spf=pass (sender IP is 192.0.2.87)',
        ' smtp.mailfrom=hoganas.example; dkim=pass (signature was verified)',
        ' header.d=hoganas.example;dmarc=pass action=none',
        ' header.from=hoganas.example;compauth=pass reason=100',
        'Received-SPF: Pass (protection.outlook.com: domain of hoganas.example',
        ' designates 192.0.2.87 as permitted sender) receiver=protection.outlook.com;',
        ' client-ip=192.0.2.87; helo=EUR05-DB8-obe.outbound.protection.outlook.com;',
        ' pr=C',
        'From: Panagiota Kouri <panagiota.kouri@hoganas.example>',
        'To: %s' % b_word(list_name),
        '\t<skuldradgivning@familjenhelsingborg.example>',
        'CC: %s <mihaly.fekete@engelholm.example>' % b_word('Mihály Fekete'),
        'Subject: %s' % b_word(M1_SUBJECT),
        'Thread-Topic: %s' % b_word(M1_SUBJECT),
        'Thread-Index: %s' % base64.b64encode(conv).decode('ascii'),
        'Date: Mon, 9 Mar 2026 14:22:07 +0000',
        'Message-ID: %s' % msgid,
        'Accept-Language: sv-SE, en-US',
        'Content-Language: sv-SE',
        'X-MS-Has-Attach:',
        'X-MS-TNEF-Correlator:',
        'Content-Type: multipart/alternative;',
        '\tboundary="%s"' % boundary,
        'MIME-Version: 1.0',
        'X-MS-Exchange-Organization-MessageDirectionality: Incoming',
        'X-MS-Exchange-Organization-AuthSource:',
        ' DB8PR09CA0031.eurprd09.prod.outlook.com',
        'X-MS-Exchange-Organization-AuthAs: Anonymous',
        'X-MS-Exchange-Organization-SCL: 1',
        'X-MS-Office365-Filtering-Correlation-Id: %s' % str(uuid.UUID(hexid('m1-corr', 32))),
        'X-Microsoft-Antispam: BCL:0;ARA:13230040|376014|1800799024|366016;',
        'X-MS-Exchange-CrossTenant-OriginalArrivalTime: 09 Mar 2026 14:22:07.4312',
        ' (UTC)',
        'X-MS-Exchange-CrossTenant-Id: %s' % str(uuid.UUID(hexid('m1-tenant', 32))),
        'X-MS-Exchange-Transport-EndToEndLatency: 00:00:03.9018342',
    ]) + '\r\n'
    html = outlook_html(M1_BLOCKS, 'utf-8', 'utf-8')
    body = blocks_text(M1_BLOCKS)
    sender = dict(name='Panagiota Kouri', addrtype='SMTP', address='panagiota.kouri@hoganas.example',
                  smtp='panagiota.kouri@hoganas.example')
    received_by = dict(name='Tõnis Saar', address=x500(org, 'tonis.saar'), smtp='tonis.saar@bjuv.example',
                       to_me=False, cc_me=False)
    props = common_props(True, M1_SUBJECT, '', sent, delivered, delivered, saved, 0x00000001, body, 65001,
                         sender, False, html=html, native=3, editor=2, to=list_name, cc='Mihály Fekete',
                         msgid=msgid, conv_seed='m1-thread', conv_time=sent, headers=headers,
                         received_by=received_by)
    props.append((tag('MESSAGE_SIZE', PT_LONG), 24000 + len(html) + 2 * len(body)))
    named = Named()
    props += [
        (named.prop(PSETID_COMMON, 0x8510, PT_LONG), 0),                  # PidLidSideEffects
        (named.prop(PSETID_COMMON, 0x8506, PT_BOOLEAN), False),           # PidLidPrivate
        (named.prop(PSETID_COMMON, 0x8514, PT_BOOLEAN), True),            # PidLidSmartNoAttach
        (named.prop(PSETID_COMMON, 0x8554, PT_UNICODE), '16.0'),          # PidLidCurrentVersionName
        (named.prop(PS_INTERNET_HEADERS, 'Accept-Language', PT_UNICODE), 'sv-SE, en-US'),
    ]
    recips = [
        dict(type=1, name=list_name, addrtype='SMTP', address='skuldradgivning@familjenhelsingborg.example',
             dl=True),
        dict(type=2, name='Mihály Fekete', addrtype='SMTP', address='mihaly.fekete@engelholm.example'),
    ]
    return write_bytes(M1_FILE, msg_bytes(props, named, recips, [], saved))


# ==========================================================================
# 2. anhorigkonsulenter_outlook2003_ansi_skickat.msg
#    A sent plain-text mail saved from an older Outlook as an ANSI MSG: the
#    strings are PT_STRING8 (001E) in Windows-1252, PR_INTERNET_CPID 1252,
#    no Unicode store bit. The minutes are in PR_BODY. No HTML, no
#    transport headers (it never went through a server before it was saved).
#    PR_BODY is the only body: no PR_HTML and no PR_RTF_COMPRESSED.
# ==========================================================================
M2_FILE = 'anhorigkonsulenter_outlook2003_ansi_skickat.msg'
M2_SUBJECT = 'Minnesanteckningar anhörigkonsulenterna 17/2'

M2_BODY = crlf('''Hej allihop!

Här kommer minnesanteckningarna från tisdagens träff. Grégoire har lovat att skicka sina bilder, jag lägger dem i den gemensamma mappen när de kommer.

Ha en skön sportlovsvecka!
Joana


MINNESANTECKNINGAR
Anhörigkonsulenternas nätverk

Tid och plats:  Tisdag 17 februari 2026 kl. 9.30-12.00, Svalövs kommunhus, rum Kågeröd

Deltagare:      Clément Roussel (Svalöv), ordf.
                Jónína Hallgrímsdóttir (Helsingborg)
                Asunción Peña (Höganäs)
                Antonín Šimek (Ängelholm)
                Hülya Demirci (Bjuv)
                Blerim Gashi (Åstorp)
                Joana Gonçalves (Landskrona), sekr.

Ej närvarande:  Margrét Einarsdóttir (Båstad), Spyros Galanis (Örkelljunga)

Dessutom närvarande: Grégoire Lefèvre, Anhörigas Riksförbund, under § 3

Perstorp och Klippan har ännu inte utsett någon representant till nätverket.


§ 1  Mötets öppnande
Clément Roussel hälsade alla välkomna, särskilt Blerim Gashi som började som anhörigkonsulent i Åstorp efter nyår.

§ 2  Föregående minnesanteckningar
Anteckningarna från träffen den 9 december gicks igenom. Inga synpunkter.

§ 3  Anhörig i arbetslivet
Grégoire Lefèvre från Anhörigas Riksförbund berättade om förbundets webbutbildning för chefer och HR om medarbetare som vårdar en närstående vid sidan av jobbet. Grégoire sa: ”Var sjätte anställd hjälper en närstående, och de flesta säger ingenting till sin chef.”
Asunción Peña undrade om utbildningen finns på fler språk. Grégoire svarade att en version på arabiska kommer under hösten.
Beslutades att varje anhörigkonsulent tipsar HR i sin egen kommun om utbildningen före påsk.

§ 4  Anhörigcafé för unga omsorgsgivare
Hülya Demirci tog upp att Bjuv vill starta ett anhörigcafé för unga mellan 16 och 25 år som tar hand om en förälder eller ett syskon, men att de unga är för få i en liten kommun. Hon sa att ”de unga vill inte sitta i samma rum som sina föräldrars vänner”.
Jónína Hallgrímsdóttir berättade att Helsingborg har en samtalsgrupp för unga anhöriga som träffas varannan vecka.
Beslut: Hülya och Jónína planerar ett gemensamt anhörigcafé för unga i Bjuv och Helsingborg, med start efter sommaren.

§ 5  Att synliggöra anhörigstödet
Antonín Šimek redovisade en mall som Ängelholm har tagit fram för att räkna hur många anhöriga som får stöd och i vilken form. Antonín menade: ”Vi vet att vi gör mycket, men vi kan inte visa det för politikerna.”
Clément Roussel tyckte att fler kommuner borde pröva mallen innan den blir gemensam.
Inget beslut i dag, frågan tas upp igen i april.

§ 6  Övriga frågor
- Asunción Peña: Höganäs har flyttat anhörigstödet till nya lokaler på Väsbyhemmet och har öppet hus den 12 mars.
- Blerim Gashi: Åstorp söker volontärer till sin samtalsgrupp för anhöriga till personer med demens.

§ 7  Nästa möte
Tisdag 21 april 2026 kl. 9.30-12.00 i Höganäs.


--
Joana Gonçalves
Anhörigkonsulent
Vård- och omsorgsförvaltningen, Landskrona stad
Tel 0418-47 06 12
''').replace('\r\n--\r\n', '\r\n-- \r\n')

M2_TO = [
    ('Clément Roussel', 'clement.roussel@svalov.example'),
    ('Jónína Hallgrímsdóttir', 'jonina.hallgrimsdottir@helsingborg.example'),
    ('Asunción Peña', 'asuncion.pena@hoganas.example'),
    ('Antonín Šimek', 'antonin.simek@engelholm.example'),
    ('Hülya Demirci', 'hulya.demirci@bjuv.example'),
    ('Blerim Gashi', 'blerim.gashi@astorp.example'),
    ('Margrét Einarsdóttir', 'margret.einarsdottir@bastad.example'),
    ('Spyros Galanis', 'spyros.galanis@orkelljunga.example'),
]
M2_CC = [('Grégoire Lefèvre', 'gregoire.lefevre@anhorigasriksforbund.example')]


def build_m2():
    created = utc(2026, 2, 19, 15, 29, 40)
    sent = utc(2026, 2, 19, 15, 41, 12)
    saved = utc(2026, 2, 20, 7, 55, 3)
    body = M2_BODY
    sender = dict(name='Joana Gonçalves', addrtype='SMTP', address='joana.goncalves@landskrona.example',
                  smtp='joana.goncalves@landskrona.example')
    to = '; '.join(n for n, _ in M2_TO)
    cc = '; '.join(n for n, _ in M2_CC)
    props = common_props(False, M2_SUBJECT, '', sent, sent, created, sent, 0x00000021, body, 1252, sender,
                         False, editor=1, to=to, cc=cc,
                         msgid='<000301dca1b5$3c7e9a40$6f02a8c0@LKR-PC1042>',
                         conv_seed='m2-thread', conv_time=created, store_mask=False)
    props.append((tag('MESSAGE_SIZE', PT_LONG), 9000 + len(body)))
    named = Named()
    props += [
        (named.prop(PSETID_COMMON, 0x8510, PT_LONG), 0),                  # PidLidSideEffects
        (named.prop(PSETID_COMMON, 0x8506, PT_BOOLEAN), False),           # PidLidPrivate
        (named.prop(PSETID_COMMON, 0x8554, PT_STRING8), '11.0'),          # PidLidCurrentVersionName
    ]
    recips = [dict(type=1, name=n, addrtype='SMTP', address=a) for n, a in M2_TO]
    recips += [dict(type=2, name=n, addrtype='SMTP', address=a) for n, a in M2_CC]
    return write_bytes(M2_FILE, msg_bytes(props, named, recips, [], saved, unicode=False, codepage='cp1252'))


# ==========================================================================
# 3. personligt_ombud_bifogad_docx.msg
#    A sent Outlook 365 mail (Unicode MSG, sender on Exchange, so the sender's
#    address is an X.500 DN) with a short cover text in HTML (ISO-8859-1,
#    PR_INTERNET_CPID 28591) and PR_BODY, and the minutes as an attached
#    Word file: PR_ATTACH_METHOD 1, PR_ATTACH_LONG_FILENAME with å/ä/Ö,
#    the 8.3 PR_ATTACH_FILENAME, PR_ATTACH_MIME_TAG, PR_ATTACH_DATA_BIN.
# ==========================================================================
M3_FILE = 'personligt_ombud_bifogad_docx.msg'
M3_SUBJECT = 'Anteckningar PO-nätverket 21 januari'
M3_ATTACHMENT = 'Anteckningar från PO-nätverkets träff i Örkelljunga 2026-01-21.docx'

M3_BLOCKS = [
    P('Hej!'), E(),
    P('Bifogar minnesanteckningarna från förra veckans nätverksmöte. Hör av er om något behöver rättas innan '
      'de läggs upp på samarbetsytan.'), E(),
    P('Med vänliga hälsningar'), E(),
    P('Haruka Lindgren', style='signame'),
    P('Personligt ombud', style='sig'),
    P('Örkelljunga kommun', style='sig'),
    E(),
]


def build_m3_docx():
    c = Ctx(['00C41A7E', '0052D9F3', '00A7360B', '001F8E24', '00E0B59D'], 0x51A2C3, 'Haruka Lindgren',
            '2026-01-26T09:00:00Z')
    LBL_W, VAL_W = 1985, 7087
    SHADE = 'D9E2F3'

    def cellp(items, bold=False, after0=True):
        base = {'b': True, 'bCs': True} if bold else None
        return c.P(items, spacing='w:after="0"' if after0 else None, base=base)

    def body():
        x = []
        P_ = c.P
        x.append(P_(['Minnesanteckningar'], style='Rubrik'))
        x.append(P_([('fmt', {'b': True, 'bCs': True, 'sz': 26, 'szCs': 26, 'color': '2F5496'},
                      'Nätverket för personliga ombud')]))
        rows = []
        for label, value in [
                ('Datum', ['onsdag 21 januari 2026']),
                ('Tid', ['13.30–16.00']),
                ('Plats', ['Örkelljunga, Kommunhuset, sammanträdesrum ', ('spell', 'Eket')]),
                ('Mötesledare', [('spell', 'Berhane Tesfay'), ', Helsingborg']),
                ('Antecknare', [('spell', 'Haruka'), ' Lind¦gren, Örkelljunga'])]:
            rows.append(c.tr([c.tc(LBL_W, cellp([label], bold=True)), c.tc(VAL_W, cellp(value))]))
        x.append(c.tbl([LBL_W, VAL_W], rows, borders=False, look='0000'))
        x.append(P_([]))
        x.append(P_(['Närvaro'], style='Rubrik2'))
        W1, W2, W3 = 3402, 3544, 2126
        rows = [c.tr([c.tc(W1, cellp(['Namn'], bold=True), shd=SHADE),
                      c.tc(W2, cellp(['Kommun'], bold=True), shd=SHADE),
                      c.tc(W3, cellp(['Närvaro'], bold=True), shd=SHADE)], header=True)]
        for name, kommun, status in [
                ([('spell', 'Berhane Tesfay')], 'Helsingborg', 'Närvarande'),
                ([('spell', 'Gergő'), ' Varga'], 'Landskrona', 'Närvarande'),
                ([('spell', 'Fadumo Hirsi')], 'Åstorp', 'Närvarande'),
                ([('spell', 'Matías'), ' Olivera'], 'Ängelholm', 'Närvarande'),
                ([('spell', 'Amanuel Gebremedhin')], 'Bjuv', 'Förhinder'),
                ([('spell', 'Živana Marković')], 'Höganäs', 'Närvarande'),
                ([('spell', 'Kavya'), ' Menon'], 'Klippan', 'Närvarande'),
                ([('spell', 'Haruka'), ' Lindgren'], 'Örkelljunga', 'Närvarande'),
                ([('spell', 'Mădălina'), ' Popa'], 'Vuxenpsykiatrin, Region Skåne', 'Gäst, punkt 2')]:
            rows.append(c.tr([c.tc(W1, cellp(name)), c.tc(W2, cellp([kommun])), c.tc(W3, cellp([status]))]))
        x.append(c.tbl([W1, W2, W3], rows))
        x.append(P_([]))
        x.append(P_(['Båstad, Perstorp och Svalöv är inte med i nätverket.']))
        x.append(P_(['Anteckningar'], style='Rubrik2'))
        V1, V2, V3, V4 = 567, 1985, 4253, 2267
        rows = [c.tr([c.tc(V1, cellp(['§'], bold=True), shd=SHADE),
                      c.tc(V2, cellp(['Ärende'], bold=True), shd=SHADE),
                      c.tc(V3, cellp(['Anteckningar'], bold=True), shd=SHADE),
                      c.tc(V4, cellp(['Beslut'], bold=True), shd=SHADE)], header=True)]
        items = [
            ('1', 'Runda – läget i kommunerna',
             [['Helsingborg: två nya ombud har börjat och väntelistan är nere i fyra personer.'],
              ['Landskrona: många nya uppdrag gäller unga vuxna med neuropsykiatriska diagnoser.'],
              ['Ängelholm och Höganäs: arbetet flyter på som vanligt.'],
              ['Klippan, Åstorp och Örkelljunga: inget nytt sedan förra mötet.']],
             ['–']),
            ('2', 'Samverkan med vuxenpsykiatrin',
             [[('spell', 'Mădălina'), ' Popa från vuxenpsykiatrin i Helsingborg berättade att psykiatrin vill '
               'att personliga ombud ska kunna bjudas in till utskrivningsplaneringen redan när patienten läggs '
               'in.'],
              [('spell', 'Mădălina'), ' sa: ”Vi vill att ni finns med från första dagen, inte när patienten '
               'redan står i dörren.”'],
              [('spell', 'Kavya'), ' Menon frågade om det gäller även tvångsvården. ', ('spell', 'Mădălina'),
               ' svarade att de börjar med den frivilliga vården.']],
             ['Information, inget beslut.']),
            ('3', 'Klienter utan egen bostad',
             [[('spell', 'Fadumo Hirsi'), ' tog upp att allt fler av klienterna i Åstorp saknar en egen bostad '
               'och bor tillfälligt hos vänner, vilket gör dem svåra att nå.'],
              [('spell', 'Fadumo'), ' sa: ”Den som sover på någons soffa har ingen adress att skicka kallelsen '
               'till.”'],
              [('spell', 'Gergő'), ' Varga höll med och sa att det är likadant i Landskrona.']],
             [[('spell', 'Fadumo'), ' och ', ('spell', 'Gergő'), ' kartlägger hur många klienter i nätverkets '
               'kommuner som är utan bostad och redovisar det på nästa möte.']]),
            ('4', 'Digitala möten med klienter',
             [[('spell', 'Matías'), ' Olivera väckte frågan om personliga ombud får använda videomöten med '
               'klienter som inte orkar ta sig till kontoret.'],
              [('spell', 'Matías'), ' sa: ”För en del är bussresan det svåraste under hela veckan.”'],
              [('spell', 'Živana Marković'), ' sa att Höganäs inte har något godkänt verktyg för det ännu.']],
             ['Vi kom överens om att varje kommun frågar sin IT-avdelning vilka säkra video¦verktyg som är '
              'godkända, och tar med svaret till nästa möte.']),
            ('5', 'Övrigt',
             [[('spell', 'Živana Marković'), ' informerade om att Höganäs har fått statsbidrag för ett halvt '
               'ombud till.'],
              [('spell', 'Kavya'), ' Menon berättade att Klippan flyttar till nya lokaler i Medborgar¦huset i '
               'april.']],
             ['–']),
        ]
        for no, title, notes, decision in items:
            note_xml = ''.join(cellp(n, after0=(k == len(notes) - 1)) for k, n in enumerate(notes))
            if decision and isinstance(decision[0], list):
                dec_xml = ''.join(cellp(d) for d in decision)
            else:
                dec_xml = cellp(decision)
            rows.append(c.tr([c.tc(V1, cellp([no])), c.tc(V2, cellp([title], bold=True)),
                              c.tc(V3, note_xml), c.tc(V4, dec_xml)]))
        x.append(c.tbl([V1, V2, V3, V4], rows))
        x.append(P_([]))
        x.append(P_([('b', 'Nästa möte:'), ' onsdag 18 mars 2026 kl. 13.30–16.00 i Landskrona.', ('goback',)]))
        return ''.join(x)

    meta = dict(docid='4E7B2C19-8A03-4D6F-B5E1-93C0A72D1F64', creator='Haruka Lindgren',
                last='Haruka Lindgren', revision=4, created='2026-01-21T14:58:00Z',
                modified='2026-01-26T09:37:00Z', template='Normal.dotm', company='Örkelljunga kommun',
                minutes=42, pages=2, track=False)
    c.cur = c.rsids[0]
    return docx_bytes(c, body, None, None, None, styles_xml(), meta)


def build_m3():
    docx = build_m3_docx()
    created = utc(2026, 1, 27, 7, 52, 18)
    sent = utc(2026, 1, 27, 7, 58, 31)
    saved = utc(2026, 1, 27, 8, 2, 44)
    org = hexid('m3-org', 32)
    html = outlook_html(M3_BLOCKS, 'iso-8859-1', 'latin-1')
    body = blocks_text(M3_BLOCKS)
    sender = dict(name='Haruka Lindgren', addrtype='EX', address=x500(org, 'haruka.lindgren'),
                  smtp='haruka.lindgren@orkelljunga.example')
    list_name = 'Nätverket för personliga ombud'
    msgid = '<GV1P189MB2417%s@GV1P189MB2417.EURP189.PROD.OUTLOOK.COM>' % hexid('m3-msgid', 24)
    props = common_props(True, M3_SUBJECT, '', sent, sent, created, sent, 0x00000031, body, 28591, sender,
                         True, html=html, native=3, editor=2, to=list_name, cc='Piroska Török', msgid=msgid,
                         conv_seed='m3-thread', conv_time=created)
    props.append((tag('MESSAGE_SIZE', PT_LONG), 21000 + len(html) + 2 * len(body) + len(docx)))
    named = Named()
    props += [
        (named.prop(PSETID_COMMON, 0x8510, PT_LONG), 0),                  # PidLidSideEffects
        (named.prop(PSETID_COMMON, 0x8506, PT_BOOLEAN), False),           # PidLidPrivate
        (named.prop(PSETID_COMMON, 0x8514, PT_BOOLEAN), False),           # PidLidSmartNoAttach
        (named.prop(PSETID_COMMON, 0x8554, PT_UNICODE), '16.0'),          # PidLidCurrentVersionName
        (named.prop(PSETID_COMMON, 0x8580, PT_UNICODE), 'haruka.lindgren@orkelljunga.example'),  # PidLidInternetAccountName
    ]
    recips = [
        dict(type=1, name=list_name, addrtype='SMTP', address='po-natverket@familjenhelsingborg.example',
             dl=True),
        dict(type=2, name='Piroska Török', addrtype='SMTP', address='piroska.torok@familjenhelsingborg.example'),
    ]
    attach = dict(data=docx, long=M3_ATTACHMENT, short='ANTECK~1.DOC', ext='.docx',
                  mime='application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                  created=utc(2026, 1, 27, 7, 53, 2), modified=utc(2026, 1, 26, 9, 37, 0))
    return write_bytes(M3_FILE, msg_bytes(props, named, recips, [attach], saved))


# ==========================================================================
# 4. bostadssocialt_vidarebefordrat_html.msg
#    A forward (VB:) received inside one Exchange organisation and saved from
#    Outlook 365 (Unicode MSG). HTML body in Windows-1252 (PR_INTERNET_CPID
#    1252, what the code page lacks as numeric references) plus PR_BODY. The
#    forwarder's note, Outlook's Från:/Skickat:/Till:/Kopia:/Ämne: block and
#    the original minutes typed in the original mail's body.
# ==========================================================================
M4_FILE = 'bostadssocialt_vidarebefordrat_html.msg'
M4_SUBJECT = 'VB: Anteckningar bostadssociala nätverket 28/11'

M4_BLOCKS = [
    P('Hej Tatsuya,'), E(),
    P('Här är anteckningarna från den senaste träffen i bostadssociala nätverket, så att du vet vad vi pratade '
      'om innan du börjar gå på mötena i januari. Punkt 2 berör oss mest.'), E(),
    P('Hälsningar'),
    P('Gurpreet'), E(),
    P('Gurpreet Kaur', style='signame'),
    P('Socialsekreterare, bostadsgruppen', style='sig'),
    P('Helsingborgs stad', style='sig'), E(),
    ('fwd', [('Från:', 'Szilárd Kovács <szilard.kovacs@landskrona.example>'),
             ('Skickat:', 'den 2 december 2025 10:14'),
             ('Till:', 'Bostadssociala nätverket <bostadssocialt@familjenhelsingborg.example>'),
             ('Kopia:', 'Sepideh Jafari <sepideh.jafari@engelholm.example>'),
             ('Ämne:', 'Anteckningar bostadssociala nätverket 28/11')]),
    E(),
    P('Hej!'), E(),
    P('Tack för i fredags. Här kommer mina anteckningar, säg till om jag har missuppfattat något.'), E(),
    P('Anteckningar – Nätverket för bostadssociala frågor', style='title'), E(),
    P(BOLD('Datum:'), ' fredag 28 november 2025 kl. 9.00–12.00'),
    P(BOLD('Plats:'), ' Landskrona, Stadshuset, rum Citadellet'),
    P(BOLD('Ordförande:'), ' Sepideh Jafari'),
    P(BOLD('Sekreterare:'), ' Szilárd Kovács'), E(),
    P(BOLD('Närvarande:')),
    P('Helsingborg – Gurpreet Kaur, Ülle Rebane'),
    P('Landskrona – Szilárd Kovács, Ionuț Stan'),
    P('Ängelholm – Sepideh Jafari'),
    P('Höganäs – Yodit Tesfaye'),
    P('Klippan – Lorenzo Ricci'),
    P('Åstorp – Pornthip Srisuk'), E(),
    P(BOLD('Förhinder:'), ' Valmira Berisha, Båstad'),
    P(BOLD('Gäst:'), ' Hyun-woo Choi, Helsingborgshem, under punkt 2'), E(),
    P(BOLD('1) Bostad först – uppföljning')),
    P('Ülle Rebane berättade att Helsingborg nu har fjorton hyresgäster i Bostad först och att ingen av dem har '
      'förlorat sin lägenhet under året. Ülle sa: ”Det som gör skillnad är att ingen behöver bevisa att de är '
      'nyktra innan de får nycklarna.”'),
    P('Ionuț Stan frågade hur många av lägenheterna som kommer från allmännyttan. Ülle svarade att nästan alla '
      'gör det.'),
    P('Noterades.'), E(),
    P(BOLD('2) Vräkningsförebyggande arbete tillsammans med Helsingborgshem')),
    P('Hyun-woo Choi från Helsingborgshem berättade att bolaget numera hör av sig till socialtjänsten redan '
      'efter den första obetalda hyran, i stället för efter tre. Hyun-woo sa: ”En vräkning kostar oss mer än '
      'ett halvårs hyra, så vi ringer hellre er i tid.”'),
    P('Lorenzo Ricci sa att Klippan gärna vill ha samma ordning med sina hyresvärdar.'),
    P('→ ', BOLD('Beslut:'), ' Gurpreet och Lorenzo tar fram en gemensam rutin för tidig kontakt mellan '
      'hyresvärdar och socialtjänst, som nätverket går igenom i februari.'), E(),
    P(BOLD('3) Hemlöshetskartläggningen 2026')),
    P('Yodit Tesfaye väckte frågan om hur kommunerna ska räkna i Socialstyrelsens kartläggning av hemlöshet, '
      'som görs under vecka 14. Hon påpekade att ”två kommuner räknar samma person och en tredje räknar ingen '
      'alls”.'),
    P('Pornthip Srisuk höll med.'),
    P('Nätverket enades om att alla kommuner använder Helsingborgs blankett vid kartläggningen.'), E(),
    P(BOLD('4) Övrigt')),
    P('Pornthip Srisuk informerade om att Åstorp har fått två nya träningslägenheter.'),
    P('Sepideh Jafari berättade att Ängelholm anställer en bostadssocial samordnare från februari.'), E(),
    P(BOLD('Nästa träff:'), ' fredag 6 februari 2026 kl. 9.00 i Ängelholm.'), E(),
    P('Vänliga hälsningar'),
    P('Szilárd Kovács'),
    P('Bostadssocial handläggare, Landskrona stad'), E(),
]


def build_m4():
    sent = utc(2025, 12, 15, 9, 47, 22)
    delivered = utc(2025, 12, 15, 9, 47, 24)
    saved = utc(2025, 12, 15, 12, 30, 9)
    org = hexid('m4-org', 32)
    orig_id = '<AM9PR05MB8710%s@AM9PR05MB8710.eurprd05.prod.outlook.com>' % hexid('m4-orig', 24)
    msgid = '<AM9PR05MB8710%s@AM9PR05MB8710.eurprd05.prod.outlook.com>' % hexid('m4-msgid', 24)
    conv = conversation_index('m4-thread', utc(2025, 12, 2, 9, 14, 0)) + bytes.fromhex('0001B2C3D4')
    subj_q = 'VB: Anteckningar bostadssociala =?iso-8859-1?Q?n=E4tverket?= 28/11'
    topic_q = 'Anteckningar bostadssociala =?iso-8859-1?Q?n=E4tverket?= 28/11'
    headers = '\r\n'.join([
        'Received: from AM9PR05MB8710.eurprd05.prod.outlook.com (2603:10a6:20b:41c::16)',
        ' by AM9PR05MB8710.eurprd05.prod.outlook.com with HTTPS; Mon, 15 Dec 2025',
        ' 09:47:24 +0000',
        'Received: from AM9PR05MB8710.eurprd05.prod.outlook.com',
        ' ([fe80::3c1d:8a2e:55b0:91f4]) by AM9PR05MB8710.eurprd05.prod.outlook.com',
        ' ([fe80::3c1d:8a2e:55b0:91f4%5]) with mapi id 15.20.9412.011; Mon, 15 Dec 2025',
        ' 09:47:22 +0000',
        'Content-Type: application/ms-tnef; name="winmail.dat"',
        'Content-Transfer-Encoding: binary',
        'From: Gurpreet Kaur <gurpreet.kaur@helsingborg.example>',
        'To: Tatsuya Mori <tatsuya.mori@helsingborg.example>',
        'Subject: ' + subj_q,
        'Thread-Topic: ' + topic_q,
        'Thread-Index: ' + base64.b64encode(conv).decode('ascii'),
        'Date: Mon, 15 Dec 2025 09:47:22 +0000',
        'Message-ID: ' + msgid,
        'References: ' + orig_id,
        'In-Reply-To: ' + orig_id,
        'Accept-Language: sv-SE, en-US',
        'Content-Language: sv-SE',
        'X-MS-Has-Attach:',
        'X-MS-Exchange-Organization-SCL: -1',
        'X-MS-TNEF-Correlator: ' + msgid,
        'MIME-Version: 1.0',
        'X-MS-Exchange-Organization-MessageDirectionality: Originating',
        'X-MS-Exchange-Organization-AuthSource: AM9PR05MB8710.eurprd05.prod.outlook.com',
        'X-MS-Exchange-Organization-AuthAs: Internal',
        'X-MS-Exchange-Organization-AuthMechanism: 04',
        'X-Originating-IP: [198.51.100.23]',
        'X-MS-Exchange-Organization-Network-Message-Id:',
        ' %s' % str(uuid.UUID(hexid('m4-netid', 32))),
        'X-MS-PublicTrafficType: Email',
        'X-MS-TrafficTypeDiagnostic: AM9PR05MB8710:EE_',
        'X-MS-Exchange-Transport-EndToEndLatency: 00:00:01.8734412',
    ]) + '\r\n'
    html = outlook_html(M4_BLOCKS, 'windows-1252', 'cp1252')
    body = blocks_text(M4_BLOCKS)
    sender = dict(name='Gurpreet Kaur', addrtype='EX', address=x500(org, 'gurpreet.kaur'),
                  smtp='gurpreet.kaur@helsingborg.example')
    received_by = dict(name='Tatsuya Mori', address=x500(org, 'tatsuya.mori'),
                       smtp='tatsuya.mori@helsingborg.example', to_me=True, cc_me=False)
    props = common_props(True, M4_SUBJECT, 'VB: ', sent, delivered, delivered, saved, 0x00000001, body, 1252,
                         sender, False, html=html, native=3, editor=2, to='Tatsuya Mori', cc='',
                         msgid=msgid, conv_seed='m4-thread', conv_time=utc(2025, 12, 2, 9, 14, 0),
                         headers=headers, received_by=received_by, references=orig_id)
    # the conversation index of a forward is the original's plus a 5-byte child block
    props = [p for p in props if p[0] != tag('CONVERSATION_INDEX', PT_BINARY)]
    props.append((tag('CONVERSATION_INDEX', PT_BINARY), conv))
    props.append((tag('MESSAGE_SIZE', PT_LONG), 26000 + len(html) + 2 * len(body)))
    named = Named()
    props += [
        (named.prop(PSETID_COMMON, 0x8510, PT_LONG), 0),                  # PidLidSideEffects
        (named.prop(PSETID_COMMON, 0x8506, PT_BOOLEAN), False),           # PidLidPrivate
        (named.prop(PSETID_COMMON, 0x8514, PT_BOOLEAN), True),            # PidLidSmartNoAttach
        (named.prop(PSETID_COMMON, 0x8554, PT_UNICODE), '16.0'),          # PidLidCurrentVersionName
        (named.prop(PS_INTERNET_HEADERS, 'Accept-Language', PT_UNICODE), 'sv-SE, en-US'),
        (named.prop(PS_INTERNET_HEADERS, 'X-MS-Exchange-Organization-AuthAs', PT_UNICODE), 'Internal'),
    ]
    recips = [dict(type=1, name='Tatsuya Mori', addrtype='EX', address=x500(org, 'tatsuya.mori'),
                   smtp='tatsuya.mori@helsingborg.example')]
    return write_bytes(M4_FILE, msg_bytes(props, named, recips, [], saved))


if __name__ == '__main__':
    for build in (build_m1, build_m2, build_m3, build_m4):
        print(build())
