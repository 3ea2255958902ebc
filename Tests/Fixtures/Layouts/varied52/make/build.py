#!/usr/bin/env python3
"""Builds the four fixtures of Tests/Fixtures/Layouts/varied52: two mails
(.eml) and two web pages (.htm, .html), each holding one meeting's minutes.

  avlosarservice_outlook_html.eml        Outlook mail, minutes only in HTML
  frivilligcentraler_bifogad_docx.eml    cover mail with the minutes as .docx
  bmss_word_webbsida.htm                 Word document saved as web page
  samhallsorientering_intranat_sparad.html  intranet page saved from a browser

Standard library only. The OOXML helpers are adapted from ../varied49/make/
build.py; the attached .docx is built in memory with a fixed zip timestamp,
and every other byte is written by this script, so a rebuild gives identical
files.

Run from any directory:  python3 make/build.py
"""
import base64
import html
import io
import os
import re
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
# Mail and HTML helpers
# ==========================================================================
def crlf(s):
    return s.replace('\r\n', '\n').replace('\n', '\r\n')


def wrap_source(line, width=76):
    """Break a long HTML source line the way Word's HTML writer does: at a
    space in text, between attributes or inside a single-quoted style value
    (not inside a double-quoted value such as "Times New Roman"), the space
    replaced by a line end. In HTML and CSS the line end is the same white
    space as the space it replaces."""
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
                breaks.append(i)  # Word also breaks inside style='...'
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


def word_html_source(lines, width=76):
    out = []
    for ln in lines:
        out.extend(wrap_source(ln, width))
    return '\r\n'.join(out) + '\r\n'


def qp_encode(data):
    """Quoted-printable as Outlook writes it: encoded lines of at most 76
    characters with a soft break '=' at the end, the CRLF hard breaks kept,
    '=' and every byte above 126 written as =XX, trailing blanks encoded."""
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
            if len(cur) + len(t) > 75:
                out.append(cur + '=')
                cur = ''
            cur += t
        out.append(cur)
    return '\r\n'.join(out)


def b64_lines(data):
    s = base64.b64encode(data).decode('ascii')
    return '\r\n'.join(s[i:i + 76] for i in range(0, len(s), 76))


Q_SAFE = set('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/')


def ew_q(text, charset, limit=75):
    """RFC 2047 Q-encoded words (split so that no word is longer than limit)."""
    words = []
    cur = ''
    head = '=?%s?Q?' % charset
    for ch in text:
        if ch == ' ':
            t = '_'
        elif ch in Q_SAFE:
            t = ch
        else:
            t = ''.join('=%02X' % b for b in ch.encode(charset))
        if len(head) + len(cur) + len(t) + 2 > limit:
            words.append(head + cur + '?=')
            cur = ''
        cur += t
    words.append(head + cur + '?=')
    return words


def ew_b(text, charset='utf-8'):
    """One RFC 2047 B-encoded word (short display names only)."""
    return '=?%s?B?%s?=' % (charset, base64.b64encode(text.encode(charset)).decode('ascii'))


def fold_words(name, words):
    """'Name: w1 w2 ...' folded with CRLF + space before a word that would
    make the line longer than 78 characters."""
    line = name + ':'
    lines = []
    for w in words:
        if len(line) + 1 + len(w) > 78 and line != name + ':':
            lines.append(line)
            line = ' ' + w
        else:
            line += ' ' + w
    lines.append(line)
    return '\r\n'.join(lines)


def rfc2231(text):
    return "UTF-8''" + ''.join(
        ch if (ch.isascii() and (ch.isalnum() or ch in '-._~')) else ''.join('%%%02X' % b for b in ch.encode('utf-8'))
        for ch in text)


def write_bytes(fname, data):
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(data)
    return os.path.join(OUT, fname)


# ==========================================================================
# 1. avlosarservice_outlook_html.eml
#    Outlook / Exchange message, multipart/alternative: a one-line text/plain
#    stub and the minutes only in the text/html part (Windows-1252,
#    quoted-printable), written the way Outlook's Word editor writes HTML.
# ==========================================================================
OUTLOOK_STYLE = r'''<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{mso-style-priority:34;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
span.E-postmall18
	{mso-style-type:personal-compose;
	font-family:"Calibri",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 70.85pt 70.85pt;}
div.WordSection1
	{page:WordSection1;}
/* List Definitions */
@list l0
	{mso-list-id:1317997310;
	mso-list-type:hybrid;
	mso-list-template-ids:-1830540416 69009409 69009411 69009413 69009409 69009411 69009413 69009409 69009411 69009413;}
@list l0:level1
	{mso-level-number-format:bullet;
	mso-level-text:\F0B7;
	mso-level-tab-stop:none;
	mso-level-number-position:left;
	text-indent:-18.0pt;
	font-family:Symbol;}
@list l1
	{mso-list-id:2089031175;
	mso-list-type:hybrid;
	mso-list-template-ids:1554381210 69009433 69009433 69009435 69009423 69009433 69009435 69009423 69009433 69009435;}
@list l1:level1
	{mso-level-number-format:alpha-lower;
	mso-level-text:"%1\)";
	mso-level-tab-stop:none;
	mso-level-number-position:left;
	text-indent:-18.0pt;}
@list l2
	{mso-list-id:664090121;
	mso-list-type:hybrid;
	mso-list-template-ids:1119183618 69009409 69009411 69009413 69009409 69009411 69009413 69009409 69009411 69009413;}
@list l2:level1
	{mso-level-number-format:bullet;
	mso-level-text:\F0B7;
	mso-level-tab-stop:none;
	mso-level-number-position:left;
	text-indent:-18.0pt;
	font-family:Symbol;}
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


def mail1_html():
    def p(inner, style=None):
        st = " style='%s'" % style if style else ''
        return '<p class=MsoNormal%s>%s<o:p></o:p></p>' % (st, inner)

    empty = '<p class=MsoNormal><o:p>&nbsp;</o:p></p>'

    def head(text):
        return '<p class=MsoNormal><b>%s<o:p></o:p></b></p>' % text

    def li(text, lfo, level_list='l0'):
        return ("<li class=MsoListParagraph style='margin-left:0cm;mso-list:%s level1 %s'>%s<o:p></o:p></li>"
                % (level_list, lfo, text))

    TD = ("<td width=%d valign=top style='width:%s;border:solid windowtext 1.0pt;%s%s"
          "padding:0cm 5.4pt 0cm 5.4pt'>")

    def cell(w, wpt, text, first_row, first_col, shade=False, bold=False):
        borders = ''
        if not first_row:
            borders += 'border-top:none;'
        if not first_col:
            borders += 'border-left:none;'
        bg = 'background:#DEEAF6;' if shade else ''
        t = '<b>%s<o:p></o:p></b>' % text if bold else '%s<o:p></o:p>' % text
        return [TD % (w, wpt, borders, bg), '<p class=MsoNormal>%s</p>' % t, '</td>']

    rows = [('Namn', 'Kommun')] + [
        ('Berthold Lindqvist', 'Höganäs'),
        ('Nimco Warsame', 'Helsingborg'),
        ('Jouni Kettunen', 'Klippan'),
        ('Zdeněk Horák', 'Ängelholm'),
        ('Maricel Dizon', 'Bjuv'),
        ('Tiiu Tamm', 'Åstorp'),
        ('Rasha Haddad', 'Landskrona'),
    ]
    table = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 "
             "style='border-collapse:collapse;border:none'>"]
    for i, (name, kommun) in enumerate(rows):
        table.append('<tr>')
        table += cell(208, '155.95pt', name, i == 0, True, shade=i == 0, bold=i == 0)
        table += cell(170, '127.6pt', kommun, i == 0, False, shade=i == 0, bold=i == 0)
        table.append('</tr>')
    table.append('</table>')

    sig = "font-size:10.0pt;color:#1F3864;mso-ligatures:none;mso-fareast-language:SV"
    body = [
        p('Hej alla!'),
        empty,
        p('Här kommer minnesanteckningarna från i onsdags. Hör av er till mig senast på onsdag om något '
          'behöver rättas, annars lägger jag in dem på samarbetsytan.'),
        empty,
        "<p class=MsoNormal><b><span style='font-size:14.0pt;color:#2F5496'>Minnesanteckningar – Nätverket för "
        "avlösarservice och korttidsvistelse<o:p></o:p></span></b></p>",
        empty,
        p('<b>Datum:</b>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; onsdag 22 oktober 2025'),
        p('<b>Tid:</b>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; '
          '13.00–15.30'),
        p('<b>Plats:</b>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Höganäs, Stadshuset, '
          'sammanträdesrum Mölle'),
        p('<b>Ordförande:</b> Berthold Lindqvist, Höganäs'),
        p('<b>Antecknare:</b> Rasha Haddad, Landskrona'),
        empty,
        head('Närvarande'),
    ] + table + [
        empty,
        p('<b>Förhinder:</b> Imran Qureshi (Båstad) och Gülsen Aydın (Örkelljunga).'),
        p('<b>Gäst:</b> Kavitha Raman, barn- och ungdomshabiliteringen i Region Skåne, under punkt 3.'),
        p('Perstorp och Svalöv hade ingen representant den här gången.'),
        empty,
        head('1. Runda'),
        "<ul style='margin-top:0cm' type=disc>",
        li('Helsingborg: korttidshemmet Solrosen har fått en ny enhetschef och bygger om två rum under hösten.',
           'lfo1'),
        li('Klippan: två nya avlösare har börjat, men det saknas fortfarande folk till helgerna.', 'lfo1'),
        li('Ängelholm: ansökningarna om avlösarservice har ökat med ungefär en femtedel sedan i fjol.', 'lfo1'),
        li('Bjuv och Åstorp: samarbetar nu om korttidsvistelse på helger, med platserna i Åstorp.', 'lfo1'),
        li('Höganäs och Landskrona: inget nytt sedan förra träffen.', 'lfo1'),
        '</ul>',
        empty,
        head('2. Kö till korttidsvistelse'),
        p('Nimco Warsame tog upp att Helsingborg har elva familjer som väntar på korttidsvistelse och att flera av '
          'dem har väntat sedan i våras. Hon sa: ”Föräldrarna orkar inte vänta ett halvår på en helg i månaden.”'),
        p('Jouni Kettunen frågade om kommunerna kan köpa lediga dygn av varandra. Maricel Dizon sa att Bjuv ofta '
          'har lediga dygn mitt i veckan men nästan aldrig på helgerna.'),
        p('<b>Beslut:</b> Nimco och Maricel tar fram ett förslag om hur kommunerna kan sälja lediga dygn till '
          'varandra, till nästa träff.'),
        empty,
        head('3. Habiliteringens utbildning för avlösare'),
        p('Kavitha Raman från habiliteringen berättade att de erbjuder en halvdagsutbildning om kommunikationsstöd '
          'och att bara ett fåtal avlösare från kommunerna har gått den. Kavitha sa: ”En avlösare som kan barnets '
          'tecken gör hela skillnaden för familjen.”'),
        p('Tiiu Tamm frågade om utbildningen kan ges på kvällstid. Kavitha svarade att de kan ordna ett '
          'kvällstillfälle i januari om minst tio anmäler sig.'),
        p('Informationen noterades.'),
        empty,
        head('4. Rekrytering av avlösare till kvällar och helger'),
        p('Zdeněk Horák tog upp att Ängelholm har tre beslut om avlösarservice som inte kan verkställas eftersom '
          'det saknas avlösare på kvällar och helger. Zdeněk sa: ”Vi har fler beslut än vi har människor.” '
          'Han föreslog att kommunerna ska'),
        "<ol style='margin-top:0cm' start=1 type=a>",
        li('annonsera tillsammans på Platsbanken,', 'lfo2', 'l1'),
        li('erbjuda samma timersättning i alla kommuner.', 'lfo2', 'l1'),
        '</ol>',
        p('Berthold Lindqvist höll med och berättade att Höganäs har fått bra gensvar när de har annonserat på '
          'campus i Helsingborg.'),
        p('<b>Beslut:</b> Zdeněk och Tiiu skriver en gemensam annons för alla kommunerna i nordväst, som ska ut '
          'före jul.'),
        empty,
        head('5. Övriga frågor'),
        "<ul style='margin-top:0cm' type=disc>",
        li('Jouni Kettunen berättade att Klippan byter verksamhetssystem i februari och att handläggningen kan gå '
           'långsammare under några veckor.', 'lfo3', 'l2'),
        li('Tiiu Tamm påminde om att anmälan till temadagen om barn med stora omvårdnadsbehov i Malmö ska vara '
           'inne senast den 14 november.', 'lfo3', 'l2'),
        '</ul>',
        empty,
        p('<b>Nästa träff:</b> onsdag 10 december 2025 kl.&nbsp;13.00–15.30 i Bjuv, Kommunhuset.'),
        empty,
        p('Med vänlig hälsning'),
        "<p class=MsoNormal><b><span style='%s'>Rasha Haddad<o:p></o:p></span></b></p>" % sig,
        "<p class=MsoNormal><span style='%s'>Handläggare LSS<o:p></o:p></span></p>" % sig,
        "<p class=MsoNormal><span style='%s'>Vård- och omsorgsförvaltningen | Landskrona stad<o:p></o:p></span></p>"
        % sig,
        "<p class=MsoNormal><span style='%s'>Tel. 0418-47&nbsp;31&nbsp;86<o:p></o:p></span></p>" % sig,
        "<p class=MsoNormal><span style='%s'><a href=\"mailto:rasha.haddad@landskrona.example\">"
        "<span style='color:#0563C1'>rasha.haddad@landskrona.example</span></a><o:p></o:p></span></p>" % sig,
        empty,
        "<p class=MsoNormal><span style='font-size:8.0pt;color:gray;mso-ligatures:none;mso-fareast-language:SV'>"
        "Landskrona stad behandlar personuppgifter enligt dataskyddsförordningen. Läs mer på "
        "landskrona.example/personuppgifter.<o:p></o:p></span></p>",
        empty,
    ]
    lines = ['<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
             'xmlns:w="urn:schemas-microsoft-com:office:word" '
             'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">',
             '<head>',
             '<meta http-equiv="Content-Type" content="text/html; charset=Windows-1252">',
             '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">']
    lines += OUTLOOK_STYLE.split('\n')
    lines += ['</head>',
              '<body lang=SV link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'>',
              '<div class=WordSection1>']
    lines += body
    lines += ['</div>', '</body>', '</html>']
    src = word_html_source(lines)
    # Outlook writes what Windows-1252 lacks (ě, ı) as numeric character references
    return src.encode('cp1252', errors='xmlcharrefreplace')


def build_mail1():
    boundary = '_000_AM9PR05MB84219C3E71B24D0F86A5C1E2F0B47AM9PR05MB8421eurp_'
    msgid = '<AM9PR05MB84219C3E71B24D0F86A5C1E2F0B47@AM9PR05MB8421.eurprd05.prod.outlook.com>'
    subject = 'Minnesanteckningar nätverket för avlösarservice och korttidsvistelse 22/10'
    hdr = [
        'From: Rasha Haddad <rasha.haddad@landskrona.example>',
        fold_words('To', ew_q('Nätverket för avlösarservice och korttidsvistelse', 'iso-8859-1') +
                   ['<avlosarservice.korttid@familjenhelsingborg.example>']),
        fold_words('CC', ['Kavitha', 'Raman', '<kavitha.raman@skane.example>,', 'Imran', 'Qureshi',
                          '<imran.qureshi@bastad.example>,', ew_b('Gülsen Aydın'),
                          '<gulsen.aydin@orkelljunga.example>']),
        fold_words('Subject', ew_q(subject, 'iso-8859-1', 66)),
        fold_words('Thread-Topic', ew_q(subject, 'iso-8859-1', 62)),
        'Thread-Index: AdxEuQ7d0mFz2bKnR3yjO9cW1sPq8A==',
        'Date: Fri, 24 Oct 2025 07:12:40 +0000',
        'Message-ID: ' + msgid,
        'Accept-Language: sv-SE, en-US',
        'Content-Language: sv-SE',
        'X-MS-Has-Attach:',
        'X-MS-TNEF-Correlator:',
        'Content-Type: multipart/alternative;',
        '\tboundary="%s"' % boundary,
        'MIME-Version: 1.0',
    ]
    plain = 'Anteckningarna finns i HTML-versionen av meddelandet.\r\n'
    parts = [
        '\r\n'.join(hdr),
        '',
        '--' + boundary,
        'Content-Type: text/plain; charset="Windows-1252"',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        qp_encode(plain.encode('cp1252')),
        '--' + boundary,
        'Content-Type: text/html; charset="Windows-1252"',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        qp_encode(mail1_html()),
        '--' + boundary + '--',
        '',
    ]
    return write_bytes('avlosarservice_outlook_html.eml', '\r\n'.join(parts).encode('ascii'))


# ==========================================================================
# 2. frivilligcentraler_bifogad_docx.eml
#    A short plain-text cover mail (UTF-8, quoted-printable) with the minutes
#    as an attached Word file, multipart/mixed, file name in RFC 2231 form.
# ==========================================================================
ATTACHMENT_NAME = 'Anteckningar från nätverksträffen 10 februari.docx'


def build_attachment():
    c = Ctx(['00B3E1C7', '004A9D52', '0071C6E8', '00D2570B', '00E86F14'], 0x3C5E27,
            'Oksana Kovalenko', '2026-02-11T09:00:00Z')
    BUL = (0, 1)
    ITEM = (0, 2)
    LBL = dict(tabs=[('left', 1701)], spacing='w:after="0"')
    HANG = dict(tabs=[('left', 1701)], ind='w:left="1701" w:hanging="1701"', spacing='w:after="0"')
    LS = dict(style='Liststycke', num=BUL, ctx=True)

    def body():
        x = []
        P = c.P
        x.append(P(['Minnesanteckningar'], style='Rubrik'))
        x.append(P([('b', 'Nätverk:'), '\tNätverket för frivillig¦centraler'], **LBL))
        x.append(P([('b', 'Datum:'), '\ttisdag 10 februari 2026'], **LBL))
        x.append(P([('b', 'Tid:'), '\t9.30–12.00'], **LBL))
        x.append(P([('b', 'Plats:'), '\tÅstorp, Kulturhuset Björnen, rum ', ('spell', 'Kvidinge')], **LBL))
        x.append(P([('b', 'Närvarande:'), '\t', ('spell', 'Sigurður'), ' ', ('spell', 'Jónsson'),
                    ' (Höganäs), Oksana Kova¦lenko (Åstorp), ', ('spell', 'Mbuyi Kalala'),
                    ' (Helsingborg), Nore Bergkvist (Klippan), ', ('spell', 'Seo-yeon'),
                    ' Park (Landskrona), Farhad Rahimi (Ängelholm), ', ('spell', 'Anahí Quispe'), ' (Perstorp)'],
                   **HANG))
        x.append(P([('b', 'Frånvarande:'), '\t', ('spell', 'Rojda'), ' Demir (Svalöv)'], **LBL))
        x.append(P([('b', 'Gäst:'), '\t', ('spell', 'Rūta Kazlauskienė'),
                    ', Röda Korset Helsingborg, under punkt 3'], **HANG))
        x.append(P([('b', 'Ordförande:'), '\t', ('spell', 'Sigurður'), ' ', ('spell', 'Jónsson')], **LBL))
        x.append(P([('b', 'Antecknare:'), '\tOksana Kovalenko'], tabs=[('left', 1701)]))

        # 1.
        x.append(P(['Runda'], style='Rubrik2', num=ITEM))
        x.append(P(['Helsingborg: frivilligcentralen har nu 240 aktiva volontärer, flest inom läxhjälp och '
                    'besöks¦verksamhet.'], **LS))
        x.append(P(['Höganäs: har startat en promenadgrupp för äldre tillsammans med PRO.'], **LS))
        x.append(P(['Klippan: frivilligcentralen har flyttat in i biblioteket och har öppet tre dagar i veckan.'],
                   **LS))
        x.append(P(['Landskrona: många nya volontärer är studenter som bara stannar en termin.'], **LS))
        x.append(P(['Ängelholm, Perstorp och Åstorp: inget nytt sedan förra träffen.'], style='Liststycke',
                   num=BUL, spacing='w:after="160"'))
        # 2.
        x.append(P(['Gemensam digital volontärportal'], style='Rubrik2', num=ITEM))
        x.append(P(['Farhad Rahimi tog upp att Ängelholm vill att kommunerna delar en digital portal där '
                    'volontärer kan anmäla intresse, eftersom många bor i en kommun och vill engagera sig i en '
                    'annan. Farhad sa: ”Volontärerna bryr sig inte om kommun¦gränser, det är bara vi som gör '
                    'det.”']))
        x.append(P([('spell', 'Anahí'), ' Quispe frågade vem som i så fall ska vara personuppgiftsansvarig. ',
                    ('spell', 'Mbuyi'), ' sa att Helsingborg kan ta det ansvaret under ett första år.']))
        x.append(P([('b', 'Beslut:'), ' Farhad och ', ('spell', 'Mbuyi'), ' tar fram ett underlag om en '
                    'gemensam volontär¦portal till nästa träff.']))
        # 3.
        x.append(P(['Röda Korsets samarbete med frivilligcentralerna'], style='Rubrik2', num=ITEM))
        x.append(P([('spell', 'Rūta Kazlauskienė'), ' från Röda Korset berättade att de vill samordna '
                    'språkcaféerna med kommunernas frivilligcentraler så att de inte ligger på samma kvällar. ',
                    ('spell', 'Rūta'), ' sa: ”Vi konkurrerar om samma tjugo volontärer på varje ort.”']))
        x.append(P(['Nore Bergkvist frågade om Röda Korset kan låna lokaler i Klippan. ', ('spell', 'Rūta'),
                    ' svarade att det vore välkommet.']))
        x.append(P(['Information, inget beslut.']))
        # 4.
        x.append(P(['Registerutdrag och försäkring för volontärer'], style='Rubrik2', num=ITEM))
        x.append(P([('spell', 'Mbuyi Kalala'), ' tog upp att kommunerna begär registerutdrag från volontärer '
                    'på olika sätt och att det är oklart vilken försäkring som gäller när en volontär skadar sig '
                    'under ett uppdrag. ', ('spell', 'Mbuyi'), ' sa: ”Ingen ska behöva undra om hen är försäkrad '
                    'när hen följer med någon till vård¦centralen.”']))
        x.append(P([('spell', 'Seo-yeon'), ' Park sa att Landskrona har en kollektiv olycksfallsförsäkring för '
                    'alla registrerade volontärer.']))
        x.append(P([('b', 'Beslut:'), ' ', ('spell', 'Mbuyi'), ' och ', ('spell', 'Seo-yeon'),
                    ' sammanställer hur kommunerna gör med registerutdrag och försäkring och skickar ut det före '
                    'påsk.']))
        # 5.
        x.append(P(['Övriga frågor'], style='Rubrik2', num=ITEM))
        x.append(P([('spell', 'Seo-yeon'), ' Park berättade att frivilligcentralen i Landskrona fyller tio år '
                    'och bjuder in till öppet hus den 23 april.'], **LS))
        x.append(P(['Nore Bergkvist påminde om att ansökan om föreningsbidrag i Klippan ska vara inne senast den '
                    '15 mars.'], style='Liststycke', num=BUL, spacing='w:after="160"'))
        x.append(P([('b', 'Nästa träff:'), ' tisdag 14 april 2026 kl. 9.30–12.00 i Perstorp.', ('goback',)]))
        return ''.join(x)

    numbering = numbering_xml(
        [abstract_bullets(0, '5A3C1E90', '2D7E4B18'),
         abstract_multi(1, '0C6F3A21', '8B1D52E7',
                        [lvl_xml(0, 'decimal', '%1.', left=360, hanging=360),
                         lvl_xml(1, 'lowerLetter', '%2)', left=720, hanging=360)] +
                        [lvl_xml(i, 'lowerRoman', '%%%d.' % (i + 1), left=1080 + 360 * (i - 2), hanging=360)
                         for i in range(2, 9)])],
        ['<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
         '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'])
    meta = dict(docid='9D41C7A2-6E0B-4F35-8A1C-2B7E5D03F6C8', creator='Oksana Kovalenko',
                last='Oksana Kovalenko', revision=3, created='2026-02-10T11:48:00Z',
                modified='2026-02-11T15:02:00Z', template='Normal.dotm', company='Åstorps kommun',
                minutes=37, pages=2, track=False)
    c.cur = c.rsids[0]
    return docx_bytes(c, body, None, None, numbering, styles_xml(), meta)


def build_mail2():
    docx = build_attachment()
    boundary = '------------7Hq2Lm0cXv4RzT9bKw3NfJ5e'
    text = ('Hej!\r\n\r\n'
            'Bifogar anteckningarna från nätverksträffen i tisdags. Hör av er om något behöver rättas!\r\n\r\n'
            'Hälsningar\r\n'
            'Oksana Kovalenko\r\n'
            'Frivilligsamordnare, Åstorps kommun\r\n')
    hdr = [
        'From: Oksana Kovalenko <oksana.kovalenko@astorp.example>',
        fold_words('To', ew_q('Nätverket för frivilligcentraler', 'UTF-8') +
                   ['<frivilligcentraler@familjenhelsingborg.example>']),
        fold_words('Cc', ew_q('Sigurður Jónsson', 'UTF-8') + ['<sigurdur.jonsson@hoganas.example>']),
        fold_words('Subject', ew_q('Anteckningar från nätverksträffen', 'UTF-8')),
        'Date: Thu, 12 Feb 2026 08:47:15 +0100',
        'Message-ID: <c81f0e52-3d7a-4b19-9e64-5a2f07d1b3c9@astorp.example>',
        'MIME-Version: 1.0',
        'Content-Language: sv-SE',
        'Content-Type: multipart/mixed; boundary="%s"' % boundary,
    ]
    enc_name = rfc2231(ATTACHMENT_NAME)
    parts = [
        '\r\n'.join(hdr),
        '',
        'This is a multi-part message in MIME format.',
        '--' + boundary,
        'Content-Type: text/plain; charset=UTF-8',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        qp_encode(text.encode('utf-8')),
        '--' + boundary,
        'Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document;',
        ' name*=' + enc_name,
        'Content-Disposition: attachment;',
        ' filename*=' + enc_name,
        'Content-Transfer-Encoding: base64',
        '',
        b64_lines(docx),
        '',
        '--' + boundary + '--',
        '',
    ]
    return write_bytes('frivilligcentraler_bifogad_docx.eml', '\r\n'.join(parts).encode('ascii'))


# ==========================================================================
# 3. bmss_word_webbsida.htm
#    A Word document saved by Word as "Webbsida" (.htm): Windows-1252, the
#    document properties and Word settings as XML islands in conditional
#    comments, mso CSS, heading numbers and list numbers as mso-list:Ignore
#    spans inside <![if !supportLists]> ... <![endif]>, SpellE spans.
# ==========================================================================
HTM_HEAD = r'''<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="bmss_word_webbsida_files/filelist.xml">
<title>Minnesanteckningar BmSS-nätverket</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Title>Minnesanteckningar BmSS-nätverket</o:Title>
  <o:Description>Mall: nätverksanteckningar v3 (Familjen Helsingborg)</o:Description>
  <o:Author>Ieva Ozola</o:Author>
  <o:Template>Normal</o:Template>
  <o:LastAuthor>Ieva Ozola</o:LastAuthor>
  <o:Revision>4</o:Revision>
  <o:TotalTime>52</o:TotalTime>
  <o:Created>2025-09-11T13:06:00Z</o:Created>
  <o:LastSaved>2025-09-12T06:58:00Z</o:LastSaved>
  <o:Pages>2</o:Pages>
  <o:Words>742</o:Words>
  <o:Characters>3934</o:Characters>
  <o:Company>Helsingborgs stad</o:Company>
  <o:Lines>32</o:Lines>
  <o:Paragraphs>9</o:Paragraphs>
  <o:CharactersWithSpaces>4667</o:CharactersWithSpaces>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
 <o:OfficeDocumentSettings>
  <o:AllowPNG/>
 </o:OfficeDocumentSettings>
</xml><![endif]-->
<link rel=themeData href="bmss_word_webbsida_files/themedata.thmx">
<link rel=colorSchemeMapping href="bmss_word_webbsida_files/colorschememapping.xml">
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:SpellingState>Clean</w:SpellingState>
  <w:GrammarState>Clean</w:GrammarState>
  <w:TrackMoves>false</w:TrackMoves>
  <w:TrackFormatting/>
  <w:HyphenationZone>21</w:HyphenationZone>
  <w:PunctuationKerning/>
  <w:ValidateAgainstSchemas/>
  <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid>
  <w:IgnoreMixedContent>false</w:IgnoreMixedContent>
  <w:AlwaysShowPlaceholderText>false</w:AlwaysShowPlaceholderText>
  <w:DoNotPromoteQF/>
  <w:LidThemeOther>SV</w:LidThemeOther>
  <w:LidThemeAsian>X-NONE</w:LidThemeAsian>
  <w:LidThemeComplexScript>X-NONE</w:LidThemeComplexScript>
  <w:Compatibility>
   <w:BreakWrappedTables/>
   <w:SnapToGridInCell/>
   <w:WrapTextWithPunct/>
   <w:UseAsianBreakRules/>
   <w:DontGrowAutofit/>
   <w:SplitPgBreakAndParaMark/>
   <w:EnableOpenTypeKerning/>
   <w:DontFlipMirrorIndents/>
   <w:OverrideTableStyleHps/>
  </w:Compatibility>
  <m:mathPr>
   <m:mathFont m:val="Cambria Math"/>
   <m:brkBin m:val="before"/>
   <m:brkBinSub m:val="&#45;-"/>
   <m:smallFrac m:val="off"/>
   <m:dispDef/>
   <m:lMargin m:val="0"/>
   <m:rMargin m:val="0"/>
   <m:defJc m:val="centerGroup"/>
   <m:wrapIndent m:val="1440"/>
   <m:intLim m:val="subSup"/>
   <m:naryLim m:val="undOvr"/>
  </m:mathPr></w:WordDocument>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:LatentStyles DefLockedState="false" DefUnhideWhenUsed="false"
  DefSemiHidden="false" DefQFormat="false" DefPriority="99"
  LatentStyleCount="376">
  <w:LsdException Locked="false" Priority="0" QFormat="true" Name="Normal"/>
  <w:LsdException Locked="false" Priority="9" QFormat="true" Name="heading 1"/>
  <w:LsdException Locked="false" Priority="9" SemiHidden="true"
   UnhideWhenUsed="true" QFormat="true" Name="heading 2"/>
  <w:LsdException Locked="false" Priority="39" Name="Table Grid"/>
  <w:LsdException Locked="false" Priority="34" QFormat="true"
   Name="List Paragraph"/>
 </w:LatentStyles>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:Symbol;
	panose-1:5 5 1 2 1 7 6 2 5 7;
	mso-font-charset:2;
	mso-generic-font-family:decorative;
	mso-font-pitch:variable;
	mso-font-signature:0 268435456 0 0 -2147483648 0;}
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;
	mso-font-charset:0;
	mso-generic-font-family:roman;
	mso-font-pitch:variable;
	mso-font-signature:-536869121 1107305727 33554432 0 415 0;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;
	mso-font-charset:0;
	mso-generic-font-family:swiss;
	mso-font-pitch:variable;
	mso-font-signature:-469750017 -1040178053 9 0 511 0;}
@font-face
	{font-family:"Calibri Light";
	panose-1:2 15 3 2 2 2 4 3 2 4;
	mso-font-charset:0;
	mso-generic-font-family:swiss;
	mso-font-pitch:variable;
	mso-font-signature:-469750017 -1040178053 9 0 511 0;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:0cm;
	line-height:107%;
	mso-pagination:widow-orphan;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-ascii-font-family:Calibri;
	mso-ascii-theme-font:minor-latin;
	mso-fareast-font-family:Calibri;
	mso-fareast-theme-font:minor-latin;
	mso-hansi-font-family:Calibri;
	mso-hansi-theme-font:minor-latin;
	mso-bidi-font-family:"Times New Roman";
	mso-bidi-theme-font:minor-bidi;
	mso-fareast-language:EN-US;}
h1
	{mso-style-priority:9;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-link:"Rubrik 1 Char";
	mso-style-next:Normal;
	margin-top:12.0pt;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:0cm;
	line-height:107%;
	mso-pagination:widow-orphan lines-together;
	page-break-after:avoid;
	mso-outline-level:1;
	font-size:16.0pt;
	font-family:"Calibri Light",sans-serif;
	color:#2F5496;
	mso-font-kerning:0pt;
	mso-fareast-language:EN-US;
	font-weight:normal;}
h2
	{mso-style-priority:9;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-link:"Rubrik 2 Char";
	mso-style-next:Normal;
	margin-top:2.0pt;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:0cm;
	line-height:107%;
	mso-pagination:widow-orphan lines-together;
	page-break-after:avoid;
	mso-outline-level:2;
	mso-list:l0 level1 lfo1;
	font-size:13.0pt;
	font-family:"Calibri Light",sans-serif;
	color:#2F5496;
	mso-fareast-language:EN-US;
	font-weight:normal;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{mso-style-priority:34;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:36.0pt;
	mso-add-space:auto;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpFirst, li.MsoListParagraphCxSpFirst, div.MsoListParagraphCxSpFirst
	{mso-style-priority:34;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-type:export-only;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	mso-add-space:auto;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpMiddle, li.MsoListParagraphCxSpMiddle, div.MsoListParagraphCxSpMiddle
	{mso-style-priority:34;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-type:export-only;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	mso-add-space:auto;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpLast, li.MsoListParagraphCxSpLast, div.MsoListParagraphCxSpLast
	{mso-style-priority:34;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-type:export-only;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:36.0pt;
	mso-add-space:auto;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
span.Rubrik1Char
	{mso-style-name:"Rubrik 1 Char";
	mso-style-priority:9;
	mso-style-unhide:no;
	mso-style-locked:yes;
	mso-style-link:"Rubrik 1";
	font-family:"Calibri Light",sans-serif;
	color:#2F5496;}
span.Rubrik2Char
	{mso-style-name:"Rubrik 2 Char";
	mso-style-priority:9;
	mso-style-unhide:no;
	mso-style-locked:yes;
	mso-style-link:"Rubrik 2";
	font-family:"Calibri Light",sans-serif;
	color:#2F5496;}
span.SpellE
	{mso-style-name:"";
	mso-spl-e:yes;}
.MsoChpDefault
	{mso-style-type:export-only;
	mso-default-props:yes;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
.MsoPapDefault
	{mso-style-type:export-only;
	margin-bottom:8.0pt;
	line-height:107%;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:70.85pt 70.85pt 70.85pt 70.85pt;
	mso-header-margin:35.4pt;
	mso-footer-margin:35.4pt;
	mso-paper-source:0;}
div.WordSection1
	{page:WordSection1;}
 /* List Definitions */
 @list l0
	{mso-list-id:1102801452;
	mso-list-template-ids:-212391622;}
@list l0:level1
	{mso-level-style-link:"Rubrik 2";
	mso-level-tab-stop:none;
	mso-level-number-position:left;
	margin-left:18.0pt;
	text-indent:-18.0pt;}
@list l1
	{mso-list-id:498429718;
	mso-list-type:hybrid;
	mso-list-template-ids:1706151806 69009409 69009411 69009413 69009409 69009411 69009413 69009409 69009411 69009413;}
@list l1:level1
	{mso-level-number-format:bullet;
	mso-level-text:\F0B7;
	mso-level-tab-stop:none;
	mso-level-number-position:left;
	text-indent:-18.0pt;
	font-family:Symbol;}
@list l2
	{mso-list-id:1876120357;
	mso-list-type:hybrid;
	mso-list-template-ids:-905211578 69009423 69009433 69009435 69009423 69009433 69009435 69009423 69009433 69009435;}
@list l2:level1
	{mso-level-tab-stop:none;
	mso-level-number-position:left;
	text-indent:-18.0pt;}
ol
	{margin-bottom:0cm;}
ul
	{margin-bottom:0cm;}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{mso-style-name:"Normal tabell";
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-style-priority:99;
	mso-style-parent:"";
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-para-margin-top:0cm;
	mso-para-margin-right:0cm;
	mso-para-margin-bottom:8.0pt;
	mso-para-margin-left:0cm;
	line-height:107%;
	mso-pagination:widow-orphan;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
table.MsoTableGrid
	{mso-style-name:Tabellrutnät;
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-priority:39;
	mso-style-unhide:no;
	border:solid windowtext 1.0pt;
	mso-border-alt:solid windowtext .5pt;
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-border-insideh:.5pt solid windowtext;
	mso-border-insidev:.5pt solid windowtext;
	mso-para-margin:0cm;
	mso-pagination:widow-orphan;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
</style>
<![endif]--><!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="1026"/>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <o:shapelayout v:ext="edit">
  <o:idmap v:ext="edit" data="1"/>
 </o:shapelayout></xml><![endif]-->
</head>
'''

NB7 = '&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;'
EMPTY_P = '<p class=MsoNormal><o:p>&nbsp;</o:p></p>'


def spell(name):
    """Word marks words it does not know with <span class=SpellE>."""
    return ' '.join('<span class=SpellE>%s</span>' % w for w in name.split(' '))


def htm_h2(no, title):
    return ("<h2 style='margin-left:18.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span "
            "style='mso-fareast-font-family:\"Calibri Light\";mso-fareast-theme-font:major-latin;"
            "mso-bidi-font-family:\"Calibri Light\";mso-bidi-theme-font:major-latin'><span "
            "style='mso-list:Ignore'>%d.<span style='font:7.0pt \"Times New Roman\"'>%s </span></span></span>"
            "<![endif]>%s<o:p></o:p></h2>" % (no, NB7, title))


def htm_list(items, kind, lfo):
    """Word's list paragraphs: MsoListParagraphCxSpFirst / Middle / Last with
    the bullet or number in a mso-list:Ignore span."""
    out = []
    for i, text in enumerate(items):
        cls = 'MsoListParagraphCxSpMiddle'
        if i == 0:
            cls = 'MsoListParagraphCxSpFirst'
        if i == len(items) - 1:
            cls = 'MsoListParagraphCxSpLast'
        if len(items) == 1:
            cls = 'MsoListParagraph'
        if kind == 'bullet':
            marker = ("<span style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:"
                      "Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt \"Times New Roman\"'>%s "
                      "</span></span></span>" % NB7)
            lst = 'l1'
        else:
            marker = ("<span style='mso-bidi-font-family:Calibri;mso-bidi-theme-font:minor-latin'><span "
                      "style='mso-list:Ignore'>%d.<span style='font:7.0pt \"Times New Roman\"'>%s "
                      "</span></span></span>" % (i + 1, '&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;'))
            lst = 'l2'
        out.append("<p class=%s style='text-indent:-18.0pt;mso-list:%s level1 %s'><![if !supportLists]>%s"
                   "<![endif]>%s<o:p></o:p></p>" % (cls, lst, lfo, marker, text))
    return out


def build_htm():
    def p(inner, style=None):
        st = " style='%s'" % style if style else ''
        return '<p class=MsoNormal%s>%s<o:p></o:p></p>' % (st, inner)

    cellp = "<p class=MsoNormal style='margin-bottom:0cm;line-height:normal'>%s<o:p></o:p></p>"
    rows = [
        ('Nätverk', ['Nätverket för bostad med särskild service']),
        ('Datum', ['torsdag 11 september 2025']),
        ('Tid', ['13.00–16.00']),
        ('Plats', ['Klippan, Forum, sammanträdesrum Söderåsen']),
        ('Ordförande', ['Ziba Karimi, Klippan']),
        ('Antecknare', ['Ieva %s, Helsingborg' % spell('Ozola')]),
        ('Närvarande', ['Ziba Karimi, Klippan',
                        'Ieva %s, Helsingborg' % spell('Ozola'),
                        'Taras %s, Landskrona' % spell('Melnyk'),
                        '%s, Höganäs' % spell('Eyrún Guðmundsdóttir'),
                        '%s, Perstorp' % spell('Somchai Boonmee'),
                        '%s, Ängelholm' % spell('Jiřina Dvořáková'),
                        'Wilmer Sandberg, Båstad']),
        ('Frånvarande', ['Shahram Ahmadi, Bjuv', 'Mart Kask, Örkelljunga']),
        ('Gäst', ['Thiago Ferreira, Inspektionen för vård och omsorg (IVO), under punkt 2']),
    ]
    table = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 "
             "style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt; "
             "mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>"]
    for i, (label, values) in enumerate(rows):
        extra = ';mso-yfti-firstrow:yes' if i == 0 else (';mso-yfti-lastrow:yes' if i == len(rows) - 1 else '')
        top = '' if i == 0 else 'border-top:none;mso-border-top-alt:solid windowtext .5pt;'
        table.append(" <tr style='mso-yfti-irow:%d%s'>" % (i, extra))
        table.append("  <td width=132 valign=top style='width:99.25pt;border:solid windowtext 1.0pt;%s"
                     "mso-border-alt:solid windowtext .5pt;background:#F2F2F2;padding:0cm 5.4pt 0cm 5.4pt'>" % top)
        table.append('  ' + cellp % ('<b>%s</b>' % label))
        table.append('  </td>')
        if i == 0:
            vstyle = 'border:solid windowtext 1.0pt;border-left:none;'
        else:
            vstyle = ('border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;'
                      'border-right:solid windowtext 1.0pt;mso-border-top-alt:solid windowtext .5pt;')
        table.append("  <td width=472 valign=top style='width:354.4pt;%smso-border-left-alt:solid windowtext .5pt;"
                     "mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>" % vstyle)
        for v in values:
            table.append('  ' + cellp % v)
        table.append('  </td>')
        table.append(' </tr>')
    table.append('</table>')

    body = ['<h1>Minnesanteckningar<o:p></o:p></h1>',
            EMPTY_P] + table + [
        EMPTY_P,
        htm_h2(1, 'Runda'),
    ] + htm_list([
        'Klippan: den nya gruppbostaden i Ljungbyhed öppnar i januari med sex lägenheter.',
        'Helsingborg: fyra personer med beslut om bostad med särskild service väntar på plats.',
        'Landskrona: personalen på två servicebostäder har gått utbildning i lågaffektivt bemötande.',
        'Höganäs: har börjat med digitala nycklar i alla gruppbostäder.',
        'Perstorp, Ängelholm och Båstad: inget nytt sedan förra träffen.',
    ], 'bullet', 'lfo2') + [
        htm_h2(2, 'IVO:s tillsyn av gruppbostäder'),
        p('Thiago Ferreira från IVO berättade att myndigheten under året har granskat tolv gruppbostäder i '
          'Skåne och att bristerna oftast gäller tre saker:'),
    ] + htm_list([
        'genomförandeplanerna är inte uppdaterade,',
        'de boende får för lite inflytande över sin vardag,',
        'rutinerna för avvikelser följs inte.',
    ], 'number', 'lfo3') + [
        p('Thiago sa: ”De flesta brister handlar inte om pengar utan om att ingen har tid att följa upp.”'),
        p('Wilmer Sandberg frågade om IVO kommer att göra oanmälda besök. Thiago svarade att det kan bli så '
          'under våren.'),
        p('Informationen noterades.'),
        htm_h2(3, 'Väntan på plats i gruppbostad'),
        p('Taras %s tog upp att Landskrona har fem personer som har väntat mer än tre månader på plats och att '
          'kommunen riskerar en särskild avgift för beslut som inte verkställs. Taras sa: ”Vi köper platser långt '
          'bort, och då tappar de boende sitt sammanhang.”' % spell('Melnyk')),
        p('%s frågade om någon kommun har lediga platser. %s sa att Perstorp kan få en ledig lägenhet efter '
          'årsskiftet.' % (spell('Jiřina Dvořáková'), spell('Somchai Boonmee'))),
        p('<b>Beslut:</b> Taras och %s gör en lista över lediga och planerade platser i nordväst, som '
          'uppdateras inför varje träff.' % spell('Somchai')),
        htm_h2(4, 'Fritid och ledsagning på kvällar'),
        p('%s tog upp att de boende i Höganäs sällan kommer ut på kvällar och helger eftersom personalen inte '
          'räcker till ledsagning. %s sa: ”Det ska inte vara schemat som bestämmer om någon får gå på '
          'konsert.”' % (spell('Eyrún Guðmundsdóttir'), spell('Eyrún'))),
        p('Ziba Karimi berättade att Klippan har goda erfarenheter av frivilliga fritidsombud.'),
        p('Inget beslut, frågan tas upp igen på nästa träff.'),
        htm_h2(5, 'Övriga frågor'),
        p('%s berättade att Perstorp söker en enhetschef till sina gruppbostäder.' % spell('Somchai Boonmee')),
        p('%s påminde om att Ängelholm bjuder in till en föreläsning om sexualitet och funktionsnedsättning den '
          '16 oktober.' % spell('Jiřina Dvořáková')),
        p('<b>Nästa träff:</b> torsdag 20 november 2025 kl. 13.00–16.00 i Perstorp.'),
        EMPTY_P,
        "<p class=MsoNormal align=center style='text-align:center'><span style='font-size:8.0pt;line-height:"
        "107%;color:#7F7F7F'>Familjen Helsingborg – samverkan i Skåne Nordväst | sparad som webbsida "
        "2025-09-12<o:p></o:p></span></p>",
    ]
    lines = HTM_HEAD.split('\n')
    lines += ["<body lang=SV style='tab-interval:65.2pt;word-wrap:break-word'>", '',
              '<div class=WordSection1>', '']
    for ln in body:
        lines.append(ln)
        if ln.startswith('<h') or ln.startswith('</table'):
            lines.append('')
    lines += ['</div>', '', '</body>', '', '</html>']
    src = word_html_source(lines)
    return write_bytes('bmss_word_webbsida.htm', src.encode('cp1252', errors='xmlcharrefreplace'))


# ==========================================================================
# 4. samhallsorientering_intranat_sparad.html
#    An intranet page saved from the browser ("Spara som", complete page),
#    UTF-8: skip link, cookie banner, header with site menu and search,
#    breadcrumbs, the minutes in <main><article>, a sidebar with page facts
#    and a footer with the organisation's address.
# ==========================================================================
PAGE_URL = 'https://intranat.familjenhelsingborg.example/natverk/samhallsorientering/minnesanteckningar-april'
FILES = './Minnesanteckningar – Samhällsorientering – Intranätet_files'


def build_html():
    h = html.escape

    def li(text):
        return '              <li>%s</li>' % text

    def decision_table(rows):
        out = ['            <table class="beslutstabell">',
               '              <thead>',
               '                <tr><th scope="col">Beslut</th><th scope="col">Ansvarig</th>'
               '<th scope="col">Klart senast</th></tr>',
               '              </thead>',
               '              <tbody>']
        for a, b, c in rows:
            out.append('                <tr><td>%s</td><td>%s</td><td>%s</td></tr>' % (a, b, c))
        out += ['              </tbody>', '            </table>']
        return out

    saved = '<!-- saved from url=(%04d)%s -->' % (len(PAGE_URL), PAGE_URL)
    lines = [
        '<!DOCTYPE html>',
        saved,
        '<html lang="sv" class="js no-touch"><head><meta http-equiv="Content-Type" content="text/html; '
        'charset=UTF-8">',
        '    ',
        '    <meta name="viewport" content="width=device-width, initial-scale=1">',
        '    <title>Minnesanteckningar – Samhällsorientering – Intranätet</title>',
        '    <meta name="description" content="Minnesanteckningar från Nätverket för samhällsorientering, '
        'Familjen Helsingborg.">',
        '    <meta property="og:title" content="Minnesanteckningar – Samhällsorientering">',
        '    <link rel="stylesheet" href="%s/main.css">' % h(FILES),
        '    <style>',
        '      .cookie-banner{position:fixed;bottom:0;left:0;right:0;display:flex;gap:1rem;padding:1rem;'
        'background:#1b365d;color:#fff;z-index:1000}',
        '      .beslutstabell th{text-align:left;background:#eef3f8}',
        '      .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}',
        '    </style>',
        '    <script>',
        '      window.dataLayer = window.dataLayer || [];',
        "      function gtag(){dataLayer.push(arguments);}",
        "      gtag('consent', 'default', {'analytics_storage': 'denied'});",
        '    </script>',
        '    <script src="%s/main.js" defer=""></script>' % h(FILES),
        '  </head>',
        '  <body class="page-template-natverk">',
        '    <a class="skip-link visually-hidden" href="%s#main">Hoppa till innehållet</a>' % PAGE_URL,
        '',
        '    <div class="cookie-banner" id="cookie-banner" role="dialog" aria-label="Kakor" aria-live="polite">',
        '      <p>Vi använder kakor (cookies) för att intranätet ska fungera och för att se hur det används. '
        '<a href="https://intranat.familjenhelsingborg.example/om-kakor">Läs mer om kakor</a></p>',
        '      <button type="button" class="btn btn-primary" data-consent="all">Godkänn alla kakor</button>',
        '      <button type="button" class="btn btn-secondary" data-consent="necessary">Endast nödvändiga</button>',
        '    </div>',
        '',
        '    <header class="site-header">',
        '      <div class="site-header__inner">',
        '        <a class="site-logo" href="https://intranat.familjenhelsingborg.example/"><img src="%s/logo.svg" '
        'alt="Familjen Helsingborg – intranätet" width="180" height="48"></a>' % h(FILES),
        '        <form class="site-search" role="search" action="https://intranat.familjenhelsingborg.example/sok">',
        '          <label class="visually-hidden" for="q">Sök</label>',
        '          <input type="search" id="q" name="q" placeholder="Sök på intranätet">',
        '          <button type="submit">Sök</button>',
        '        </form>',
        '        <nav class="main-menu" aria-label="Huvudmeny">',
        '          <ul>',
        '            <li><a href="https://intranat.familjenhelsingborg.example/">Start</a></li>',
        '            <li class="active"><a href="https://intranat.familjenhelsingborg.example/natverk">'
        'Nätverk</a></li>',
        '            <li><a href="https://intranat.familjenhelsingborg.example/kalender">Kalender</a></li>',
        '            <li><a href="https://intranat.familjenhelsingborg.example/dokument">Dokumentbank</a></li>',
        '            <li><a href="https://intranat.familjenhelsingborg.example/kontakt">Kontakt</a></li>',
        '            <li><a href="https://intranat.familjenhelsingborg.example/mina-sidor">Mina sidor</a></li>',
        '          </ul>',
        '        </nav>',
        '      </div>',
        '    </header>',
        '',
        '    <nav class="breadcrumbs" aria-label="Du är här">',
        '      <a href="https://intranat.familjenhelsingborg.example/">Start</a> &gt;',
        '      <a href="https://intranat.familjenhelsingborg.example/natverk">Nätverk</a> &gt;',
        '      <a href="https://intranat.familjenhelsingborg.example/natverk/samhallsorientering">'
        'Samhällsorientering</a> &gt;',
        '      <span aria-current="page">Minnesanteckningar april</span>',
        '    </nav>',
        '',
        '    <div class="layout layout--sidebar">',
        '      <main id="main" class="layout__main">',
        '        <article class="page-content">',
        '          <h1>Minnesanteckningar från nätverksträffen</h1>',
        '          <dl class="motesfakta">',
        '            <dt>Nätverk</dt><dd>Nätverket för samhällsorientering</dd>',
        '            <dt>Datum</dt><dd>måndag 13 april 2026</dd>',
        '            <dt>Tid</dt><dd>9.00–11.30</dd>',
        '            <dt>Plats</dt><dd>Landskrona, Stadshuset, rum Ven</dd>',
        '            <dt>Ordförande</dt><dd>Yannis Papadopoulos, Landskrona</dd>',
        '            <dt>Antecknare</dt><dd>Linh Tran, Helsingborg</dd>',
        '          </dl>',
        '          <h3>Närvarande</h3>',
        '          <ul class="deltagare">',
        li('Yannis Papadopoulos, Landskrona'),
        li('Linh Tran, Helsingborg'),
        li('Hevin Zebari, Höganäs'),
        li('Arben Krasniqi, Ängelholm'),
        li('Deqa Samatar, Svalöv'),
        li('Esteban Morales, Båstad'),
        li('Mihai Popescu, Perstorp'),
        '          </ul>',
        '          <h3>Frånvarande</h3>',
        '          <ul class="deltagare">',
        li('Rezan Öztürk, Bjuv'),
        '          </ul>',
        '          <p><strong>Gäst:</strong> Mebrat Haile, Länsstyrelsen Skåne, under punkt 3.</p>',
        '          <p>Helsingborg och Klippan ordnar sin samhällsorientering tillsammans, och Örkelljunga köper '
        'platser av Ängelholm.</p>',
        '',
        '          <h2 id="punkt-1">1. Runda</h2>',
        '          <ul>',
        li('Landskrona: har startat en grupp på tigrinja och en på dari under våren.'),
        li('Helsingborg: fler deltagare hoppar av när kursen krockar med sfi, så kurstiderna flyttas till '
           'eftermiddagar.'),
        li('Ängelholm: samarbetar med Båstad om en kurs på somaliska.'),
        li('Svalöv, Perstorp och Höganäs: inget nytt sedan förra träffen.'),
        '          </ul>',
        '',
        '          <h2 id="punkt-2">2. Samhällsorientering på lätt svenska</h2>',
        '          <p>Deqa Samatar tog upp att Svalöv har för få deltagare för att kunna ge kursen på modersmål och '
        'vill pröva en grupp på lätt svenska med stöd av tolk. Deqa sa: <q>Hellre en kurs på enkel svenska nu än '
        'en perfekt kurs på arabiska om ett år.</q></p>',
        '          <p>Arben Krasniqi frågade hur man vet att deltagarna förstår innehållet. Linh Tran sa att '
        'Helsingborg har provat samma upplägg med gott resultat.</p>',
    ] + decision_table([
        ('Svalöv provar en grupp på lätt svenska under hösten och berättar om resultatet på decemberträffen.',
         'Deqa Samatar', 'december 2026'),
    ]) + [
        '',
        '          <h2 id="punkt-3">3. Länsstyrelsens utvecklingsmedel</h2>',
        '          <p>Mebrat Haile från Länsstyrelsen berättade att kommunerna kan söka utvecklingsmedel för '
        'samhällsorientering till och med den 30 september och att ansökningar från flera kommuner '
        'tillsammans prioriteras. Mebrat sa: ”Vi ser hellre en gemensam ansökan från fem kommuner än fem små '
        'ansökningar.”</p>',
        '          <p>Mihai Popescu frågade om Perstorp kan vara med trots att kommunen bara har ett tiotal '
        'deltagare om året. Mebrat svarade att det går bra.</p>',
        '          <p>Information, inget beslut.</p>',
        '',
        '          <h2 id="punkt-4">4. Gemensamma kurstillfällen för mindre kommuner</h2>',
        '          <p>Esteban Morales tog upp att Båstad bara har fyra eller fem deltagare per språk och att de '
        'ofta får vänta i månader innan en grupp blir full. Esteban sa: ”Ingen ska behöva vänta ett halvår på '
        'att få veta hur vården fungerar.”</p>',
        '          <p>Hevin Zebari höll med och sa att Höganäs har samma problem.</p>',
    ] + decision_table([
        ('Båstad, Höganäs och Ängelholm startar gemensamma grupper i Ängelholm från augusti, och Esteban '
         'samordnar.', 'Esteban Morales', 'augusti 2026'),
    ]) + [
        '',
        '          <h2 id="punkt-5">5. Övriga frågor</h2>',
        '          <ul>',
        li('Hevin Zebari berättade att Höganäs anställer en samhällskommunikatör på arabiska och kurdiska '
           'från juni.'),
        li('Mihai Popescu påminde om att boken <em>Om Sverige</em> har kommit i en ny upplaga och att den gamla '
           'inte ska användas efter sommaren.'),
        '          </ul>',
        '',
        '          <p><strong>Nästa träff:</strong> måndag 8 juni 2026 kl. 9.00–11.30 i Ängelholm.</p>',
        '        </article>',
        '      </main>',
        '',
        '      <aside class="layout__sidebar" aria-label="Om sidan">',
        '        <section class="page-info">',
        '          <h2 class="page-info__title">Om sidan</h2>',
        '          <p>Publicerad 2026-04-17</p>',
        '          <p>Senast ändrad av Bjarke Nielsen 2026-04-20 10:05</p>',
        '          <p>Sidansvarig: nätverkets samordnare</p>',
        '        </section>',
        '        <section class="related">',
        '          <h2 class="related__title">Tidigare minnesanteckningar</h2>',
        '          <ul>',
        '            <li><a href="https://intranat.familjenhelsingborg.example/natverk/samhallsorientering/'
        'minnesanteckningar-februari">Träffen 9 februari 2026</a></li>',
        '            <li><a href="https://intranat.familjenhelsingborg.example/natverk/samhallsorientering/'
        'minnesanteckningar-december">Träffen 1 december 2025</a></li>',
        '          </ul>',
        '          <p><a href="javascript:window.print()">Skriv ut sidan</a> · <a href="mailto:?subject=Tips">'
        'Tipsa en kollega</a></p>',
        '        </section>',
        '      </aside>',
        '    </div>',
        '',
        '    <footer class="site-footer">',
        '      <div class="site-footer__inner">',
        '        <p><strong>Familjen Helsingborg</strong><br>Järnvägsgatan 8, 252 25 Helsingborg<br>'
        'Växel 042-10 50 00</p>',
        '        <ul class="footer-links">',
        '          <li><a href="https://intranat.familjenhelsingborg.example/tillganglighet">'
        'Tillgänglighetsredogörelse</a></li>',
        '          <li><a href="https://intranat.familjenhelsingborg.example/om-kakor">Om kakor</a></li>',
        '        </ul>',
        '        <p class="copyright">© 2026 Familjen Helsingborg</p>',
        '      </div>',
        '    </footer>',
        '',
        '',
        '</body></html>',
    ]
    return write_bytes('samhallsorientering_intranat_sparad.html', ('\n'.join(lines) + '\n').encode('utf-8'))


if __name__ == '__main__':
    for build in (build_mail1, build_mail2, build_htm, build_html):
        print(build())
