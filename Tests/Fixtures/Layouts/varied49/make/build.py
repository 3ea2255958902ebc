#!/usr/bin/env python3
"""Builds the four Word documents of Tests/Fixtures/Layouts/varied49.

Standard library only. Every part is written the way Microsoft Word 2016-365
saves it (namespaces, rsid run splits, proofErr, bookmarks, tracked changes,
comments, footnotes, text boxes, content controls, fields in the footer), and
the zip entries get a fixed timestamp, so a rebuild gives the same bytes.

Run from any directory:  python3 make/build.py
"""
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

    # -- text box ----------------------------------------------------------------
    def textbox(self, paras, name, cx, cy, halign='right', voff=0):
        """paras: list of (items, kwargs) rendered twice, once for the DrawingML
        text box (mc:Choice) and once for the VML fallback, as Word does."""
        did = self.docpr
        self.docpr += 1
        self.shape += 1
        save = (self.cur, self.ri)
        choice_paras = ''.join(self.P(items, **kw) for items, kw in paras)
        after = (self.cur, self.ri)
        self.cur, self.ri = save
        fallback_paras = ''.join(self.P(items, ids=False, **kw) for items, kw in paras)
        self.cur, self.ri = after
        wpt = cx / 12700.0
        hpt = cy / 12700.0
        shapetype = ''
        if not self.shapetype:
            self.shapetype = True
            shapetype = ('<v:shapetype w14:anchorId="%s" id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
                         'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
                         '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' % self.pid())
        return (
            '<w:r w:rsidR="%s"><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
            'relativeHeight="%d" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1" '
            'wp14:anchorId="%s" wp14:editId="%s">'
            '<wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="margin"><wp:align>%s</wp:align></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
            '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="22860" b="11430"/>'
            '<wp:wrapSquare wrapText="bothSides"/>'
            '<wp:docPr id="%d" name="%s"/><wp:cNvGraphicFramePr/>'
            '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>'
            '<wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill>'
            '<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:miter lim="800000"/>'
            '<a:headEnd/><a:tailEnd/></a:ln></wps:spPr>'
            '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
            '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
            'anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
            '<wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>0</wp14:pctWidth></wp14:sizeRelH>'
            '<wp14:sizeRelV relativeFrom="margin"><wp14:pctHeight>0</wp14:pctHeight></wp14:sizeRelV>'
            '</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>%s'
            '<v:shape id="%s" o:spid="_x0000_s%d" type="#_x0000_t202" style="position:absolute;'
            'margin-left:0;margin-top:%.1fpt;width:%.1fpt;height:%.1fpt;z-index:%d;visibility:visible;'
            'mso-wrap-style:square;mso-width-percent:0;mso-height-percent:0;mso-wrap-distance-left:9pt;'
            'mso-wrap-distance-top:3.6pt;mso-wrap-distance-right:9pt;mso-wrap-distance-bottom:3.6pt;'
            'mso-position-horizontal:%s;mso-position-horizontal-relative:margin;mso-position-vertical:absolute;'
            'mso-position-vertical-relative:text;mso-width-percent:0;mso-height-percent:0;'
            'mso-width-relative:margin;mso-height-relative:margin;v-text-anchor:top" fillcolor="#f2f2f2">'
            '<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>%s</w:txbxContent></v:textbox>'
            '<w10:wrap type="square" anchorx="margin"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
        ) % (self.cur, 251659264 + did * 1024, self.pid(), self.pid(), halign, voff, cx, cy, did, name,
             cx, cy, choice_paras, shapetype, name, self.shape, voff / 12700.0, wpt, hpt,
             251659264 + did * 1024, halign, fallback_paras)


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


def write_docx(fname, c, body, header, footer, numbering, styles, meta):
    """Assemble the package. Relationship ids follow Word's usual order."""
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
        settings_xml(c.rsids, meta['docid'], footnotes=bool(c.footnotes)))
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
    c.rid_header = add('header1.xml', REL_BASE + 'header', CT_BASE + 'header+xml', header)
    c.rid_footer = add('footer1.xml', REL_BASE + 'footer', CT_BASE + 'footer+xml', footer)
    add('fontTable.xml', REL_BASE + 'fontTable', CT_BASE + 'fontTable+xml', font_table_xml())
    if c.comments:
        add('people.xml', 'http://schemas.microsoft.com/office/2011/relationships/people',
            CT_BASE + 'people+xml', pp)
    add('theme/theme1.xml', REL_BASE + 'theme', 'application/vnd.openxmlformats-officedocument.theme+xml',
        theme_xml())

    doc = DECL + '<w:document %s><w:body>%s%s</w:body></w:document>' % (NS_MAIN, body_xml, sect_pr(c))
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
    path = os.path.join(OUT, fname)
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for n in names:
            zi = zipfile.ZipInfo(n, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            z.writestr(zi, data[n].encode('utf-8'))
    return path


# ==========================================================================
# 1. forsorjningsstod_rubrikstilar.docx
#    Network and date only in the page header; items are Heading 2 paragraphs
#    numbered through the style (numPr in styles.xml), sub-points Heading 3
#    (2.1, 2.2); attendance table with tblHeader and a gridSpan row; tracked
#    deletion/insertion of a name; comment; footnote; bullets.
# ==========================================================================
def build_a():
    c = Ctx(['00D41A2F', '0037B5C2', '005E19A4', '00A2F0E7', '00C90D35', '00F31B68'], 0x2A4C11,
            'Senad Mehmedović', '2026-03-18T10:14:00Z')
    BUL = (0, 1)
    LS = dict(style='Liststycke', num=BUL, ctx=True)

    def body():
        x = []
        P = c.P
        x.append(P(['Minnesanteckningar'], style='Rubrik1'))
        x.append(P(['Plats:\tBjuv, Kommunhuset, sammanträdes¦rum Ekebo'], tabs=[('left', 1701)]))
        x.append(P([('b', 'Deltagare')], spacing='w:before="120" w:after="60"', keep=True))
        W = [3402, 3118, 2542]

        def cell(w, items, **kw):
            c.next_rsid()
            return c.tc(w, c.P(items, spacing='w:after="0"'), **kw)

        rows = [c.tr([cell(W[0], [('b', 'Namn')], shd='D9E2F3'), cell(W[1], [('b', 'Kommun')], shd='D9E2F3'),
                      cell(W[2], [('b', 'Närvarande')], shd='D9E2F3')], header=True)]
        people = [
            (['Ann-Sofi Törn¦blom'], 'Bjuv', 'Ja'),
            (['Ghassan Khoury'], 'Helsingborg', 'Ja'),
            ([('spell', 'Siriporn Chaiyasit')], 'Höganäs', 'Nej'),
            (['Raili Mä¦kelä'], 'Klippan', 'Ja'),
            ([('del', 'Knut Wennerberg'), ('ins', 'Sagal Jama')], 'Åstorp', 'Ja'),
            ([('spell', 'Wiesław Zieliński')], 'Landskrona', 'Ja'),
            (['Golnaz Teh¦rani'], 'Ängelholm', 'Ja'),
            (['Liban Hirsi'], 'Örkelljunga', 'Nej'),
            ([('spell', 'Senad Mehmedović')], 'Svalöv', 'Ja'),
        ]
        for name, kommun, ja in people:
            rows.append(c.tr([cell(W[0], name), cell(W[1], [kommun]), cell(W[2], [ja])]))
        rows.append(c.tr([cell(sum(W), [('b', 'Gäst')], span=3, shd='F2F2F2')]))
        rows.append(c.tr([cell(W[0], ['Rodrigo Saavedra']), cell(W[1], ['Arbetsförmedlingen Helsingborg']),
                          cell(W[2], ['Ja, under punkt 3'])]))
        x.append(c.tbl(W, rows))
        x.append(P([], spacing='w:after="0"'))
        x.append(P(['Ordförande:\tAnn-Sofi Törnblom'], tabs=[('left', 1701)], spacing='w:after="0"'))
        x.append(P(['Antecknare:\t', ('spell', 'Senad Mehme¦dović')], tabs=[('left', 1701)]))
        x.append(P(['Båstad och Perstorp var inte representerade den här gången.']))

        # 1.
        x.append(P(['Runda i kommunerna'], style='Rubrik2'))
        x.append(P(['Bjuv: två nya socialsekreterare har börjat och enheten är fullbemannad för första gången sedan i somras.'], **LS))
        x.append(P(['Helsingborg: e\u2011tjänsten för ansökan om ekonomiskt bistånd används nu av drygt 70 procent av de sökande.'], **LS))
        x.append(P(['Klippan: mottagningen har flyttat till Medborgarhuset, samma telefontider som tidigare.'], **LS))
        x.append(P(['Åstorp: fler hushåll som har fått avslag på sjukpenning från Försäkringskassan söker bistånd.'], **LS))
        x.append(P(['Landskrona: har börjat med trepartssamtal med sfi\u2011elever och deras lärare.'], **LS))
        x.append(P(['Ängelholm och Svalöv: inget nytt sedan förra träffen.'], style='Liststycke', num=BUL,
                   spacing='w:after="160"'))

        # 2.
        x.append(P(['Riksnormen 2026 och kostnader utanför normen'], style='Rubrik2'))
        x.append(P(['Ghassan Khoury tog upp att kommunerna bedömer kostnader utanför riksnormen väldigt olika, '
                    'framför allt hemutrustning och tandvård, och att det märks när familjer flyttar mellan kommunerna i nordväst.']))
        x.append(P(['Hemutrustning'], style='Rubrik3'))
        x.append(P(['Ghassan berättade att Helsingborg utgår från Konsumentverkets beräkningar, medan flera andra kommuner '
                    'har egna schabloner. Han sa: ”Samma fam¦ilj kan få 9 000 kronor i en kommun och det dubbla en mil bort.”']))
        x.append(P(['Raili Mäkelä frågade om Helsingborg räknar med begagnade möbler. Ghassan svarade att de gör det när det '
                    'finns en ', ('lang', 'en-GB', 'second hand'), '-butik i närheten.']))
        x.append(P(['Tandvård'], style='Rubrik3'))
        x.append(P(['Ghassan tog också upp att kostnadsförslagen för tandvård har blivit högre och att Helsingborg nu '
                    'alltid begär ett andra förslag när beloppet är över 10 000 kronor.']))
        x.append(P(['Wiesław Zieliński sa att Landskrona gör likadant sedan i höstas och att det har sänkt kostnaderna.']))
        x.append(P([('b', 'Beslut:'), ' Ghassan och Golnaz samman¦ställer kommunernas riktlinjer för hemutrustning och '
                    'tandvård ', ('del', 'till nästa träff'), ('ins', 'och skickar ut dem senast den 24 april'), '.']))

        # 3.
        x.append(P(['Arbetsförmedlingens rustande insatser'], style='Rubrik2'))
        fn = c.footnote('Siffran gäller Skåne Nordväst under januari och februari 2026 och kommer från '
                        'Arbetsförmedlingens egen uppföljning.')
        x.append(P(['Rodrigo Saavedra från Arbetsförmedlingen berättade att bara 38 procent av dem som anvisas till en '
                    'rustande insats och samtidigt har försörjningsstöd kommer igång inom en månad.', ('fn', fn),
                    ' Han sa: ”Vi tappar folk i glap¦pet mellan beslut och start.”']))
        x.append(P(['Sagal Jama frågade om socialtjänsten kan få besked när någon inte kommer till första träffen. '
                    'Rodrigo svarade att det går om den enskilde har lämnat samtycke.']))
        x.append(P([('spell', 'Senad'), ' undrade hur det fungerar för dem som läser på sfi. Rodrigo lovade att återkomma '
                    'med svar till nätverket.']))
        x.append(P(['Information, inget beslut.']))

        # 4.
        x.append(P(['Återkrav vid felaktiga utbetalningar'], style='Rubrik2'))
        cid = c.comment('Ann-Sofi Törnblom', 'AT', '2026-03-18T13:40:00Z',
                        'Stämmer beloppet? Jag har 114 000 kr i min sammanställning.')
        x.append(P(['Golnaz Tehrani tog upp att Ängelholm under 2025 beslutade om återkrav på ',
                    ('com', cid, ['drygt 140 000 kronor']),
                    ' och att kommunerna hanterar återkrav olika, särskilt när hyra har betalats ut två gånger',
                    ('del', ' och när polisanmälan ska göras'), '.']))
        x.append(P(['Golnaz sa: ”Vi vill inte jaga folk, men vi måste kunna visa att vi gör lika i hela nordväst.”']))
        x.append(P(['Senad Mehmedović höll med och berättade att Svalöv nästan aldrig kräver tillbaka små belopp.']))
        x.append(P([('bm', '_Hlk193872001', ['Nätverket beslutade att ta fram en gemensam rutin för återkrav med '
                                             'Golnaz som samman¦kallande.'])]))

        # 5.
        x.append(P(['Övriga frågor'], style='Rubrik2'))
        x.append(P(['Raili Mäkelä berättade att Klippan söker en socialsekreterare till vuxengruppen med start den 4 maj.'], **LS))
        x.append(P(['Wiesław Zieliński påminde om Länsstyrelsens utbildningsdag om ekonomiskt våld den 9 april i Malmö.'],
                   style='Liststycke', num=BUL, spacing='w:after="160"'))
        x.append(P(['Nästa träff:\ttisdag 12 maj 2026 kl. 9.00–12.00, Landskrona, Stadshuset, rum Tranan'],
                   tabs=[('left', 1701)], spacing='w:after="0"'))
        x.append(P([('sym', 'Wingdings', 'F0E0'), ' Kallelsen skickas ut av Wiesław.', ('goback',)]))
        return ''.join(x)

    c.cur = c.rsids[0]
    hdr = part_hdr(
        c.P([('b', 'Nätverket för försörjningsstöd och arbete'), '\t\tMinnesanteckningar'], style='Sidhuvud') +
        c.P(['Träff tisdag 17 mars 2026, kl. 9.00–12.00'], style='Sidhuvud',
            spacing='w:after="240"'))
    ftr = part_ftr(c.P(['Familjen Helsingborg – socialtjänstens nätverk\t\tSida ',
                        ('raw', fld_complex(c, 'PAGE   \\* MERGEFORMAT', '1', {'sz': 18})), ' av ',
                        ('raw', fld_complex(c, 'NUMPAGES   \\* MERGEFORMAT', '2', {'sz': 18}))],
                       style='Sidfot', mrpr={'sz': 18}, base={'sz': 18}))
    numbering = numbering_xml(
        [abstract_bullets(0, '1B6E2F40', '9C2A8E56'),
         abstract_multi(1, '4F0A1C77', '3E5D9B02',
                        [lvl_xml(0, 'decimal', '%1.', pstyle='Rubrik2', left=432, hanging=432),
                         lvl_xml(1, 'decimal', '%1.%2', pstyle='Rubrik3', left=576, hanging=576)] +
                        [lvl_xml(i, 'decimal', '.'.join('%%%d' % (k + 1) for k in range(i + 1)),
                                 left=576 + 144 * i, hanging=576 + 144 * i) for i in range(2, 9)])],
        ['<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
         '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'])
    styles = styles_xml(h2_numpr='<w:numPr><w:numId w:val="2"/></w:numPr>',
                        h3_numpr='<w:numPr><w:ilvl w:val="1"/><w:numId w:val="2"/></w:numPr>')
    meta = dict(docid='6F2B1D0A-3C4E-4B5A-9E21-7D8C0B1A2F33', creator='Senad Mehmedović',
                last='Ann-Sofi Törnblom', revision=5, created='2026-03-17T08:05:00Z',
                modified='2026-03-18T13:41:00Z', template='Normal.dotm', company='Svalövs kommun',
                minutes=94, pages=2)
    return write_docx('forsorjningsstod_rubrikstilar.docx', c, body, hdr, ftr, numbering, styles, meta)


# ==========================================================================
# 2. familjeratt_protokoll_kontrollfalt.docx
#    Minutes template: network, date, place, chair and secretary only in
#    content controls in a label | value table, Justerare left empty
#    (placeholder); hidden template instruction; attendance lines with tabs,
#    one deleted and one inserted line; items numbered "§ %1" through
#    numPr in the paragraph, lettered sub-points "%2)"; moved paragraph.
# ==========================================================================
def build_b():
    c = Ctx(['00B8E43D', '004C2A91', '00E07F15', '0019D6BB', '00783C02', '00AD5E6F'], 0x51F0A3,
            'Maija-Liisa Heikkinen', '2025-11-14T08:47:00Z')
    SEC = 1

    def par(n, title):
        return c.P([title], style='Rubrik2', num=(0, SEC))

    def letter(items, last=False):
        return c.P(items, style='Liststycke', num=(1, SEC), ctx=True,
                   spacing='w:after="160"' if last else None)

    def body():
        x = []
        P = c.P
        x.append(P(['Minnesanteckningar'], style='Rubrik'))
        W = [2268, 6794]

        def label(t):
            c.next_rsid()
            return c.tc(W[0], c.P([('b', t)], spacing='w:after="0"'), shd='E7E6E6')

        def value(items_xml):
            return c.tc(W[1], items_xml)

        def vrun(alias, sid, text, **kw):
            return c.P([('sdt', alias, sid, text, kw.get('kind', 'text'), kw.get('date'), kw.get('fmt'),
                         kw.get('placeholder', False))], spacing='w:after="0"')

        rows = [
            c.tr([label('Nätverk'), value(vrun('Nätverk', -1804411733, ['Familjerättsnätverket Skåne Nord¦väst']))]),
            c.tr([label('Datum'), value(c.sdt_block('Datum', 1416054927,
                                                    c.P(['torsdag 13 november 2025'], spacing='w:after="0"'),
                                                    kind='date', date='2025-11-13', fmt='dddd d MMMM yyyy'))]),
            c.tr([label('Tid'), value(c.P(['13.00–15.30'], spacing='w:after="0"'))]),
            c.tr([label('Plats'), value(vrun('Plats', 902771635, ['Perstorp, Kommunhuset, sammanträdesrum Hårsjö']))]),
            c.tr([label('Ordförande'), value(vrun('Ordförande', -622378114, [('spell', 'Kittipong Saelim')]))]),
            c.tr([label('Sekreterare'), value(vrun('Sekreterare', 1273958840, ['Maija-Liisa Heik¦kinen']))]),
            c.tr([label('Justerare'), value(vrun('Justerare', -1116749028,
                                                 'Klicka eller tryck här för att ange text.', placeholder=True))]),
        ]
        x.append(c.tbl(W, rows))
        x.append(P([], spacing='w:after="0"'))
        x.append(P([('hidden', 'Skriv in deltagarna nedan, en per rad: namn, tabb, kommun.')],
                   mrpr={'vanish': True}, spacing='w:after="0"'))
        x.append(P([('b', 'Närvarande')], spacing='w:before="120" w:after="60"', keep=True))
        T = dict(tabs=[('left', 3402)], spacing='w:after="0"')
        x.append(P([('spell', 'Kittipong Saelim'), '\tPerstorp'], **T))
        x.append(P(['Nisreen Man¦sour\tHelsingborg'], **T))
        x.append(P([('del', 'Ewert Sjöstrand\tHöganäs')], mark='del', **T))
        x.append(P(['Ubah Abdi\tLandskrona'], **T))
        x.append(P([('spell', 'Elvedin Husić'), '\tBjuv'], **T))
        x.append(P([('ins', 'Thuy Nguyen\tÄngelholm')], mark='ins', **T))
        x.append(P(['Patricio Rojas\tBåstad'], **T))
        x.append(P(['Maija-Liisa Heikkinen\tHöganäs'], tabs=[('left', 3402)]))
        x.append(P(['Förhinder:\tKourosh Jafari, Åstorp'], tabs=[('left', 1701)], spacing='w:after="0"'))
        x.append(P(['Gäst:\tEleni Papadaki, Myndigheten för familjerätt och föräldraskapsstöd (MFoF), under § 3'],
                   tabs=[('left', 1701)]))

        # § 1
        x.append(par(1, 'Mötets öppnande'))
        x.append(P(['Kittipong hälsade alla välkomna, särskilt Eleni Papadaki från MFoF, och förklarade mötet öppnat. '
                    'Dagordningen godkändes.']))
        # § 2
        x.append(par(2, 'Runda'))
        x.append(P(['Helsingborg: två nya familjerättssekreterare har börjat och kön till samarbetssamtal är nu nere på fyra veckor.']))
        x.append(P([('moveFrom', 'move214033671',
                     ['Ubah Abdi berättade att Landskrona vill starta en gemensam föräldragrupp om samarbete efter '
                      'separation och söker kommuner som vill vara med.'])], mark='moveFrom'))
        x.append(P(['Bjuv: har fått en ny chef för barn och familj från den 1 november.']))
        x.append(P(['Ängelholm: har infört digitala samarbetssamtal för föräldrar som bor långt ifrån varandra.']))
        x.append(P(['Båstad: många utredningar om boende och umgänge just nu, men ingen kö.']))
        x.append(P(['Höganäs och Perstorp: inget nytt.']))
        # § 3
        x.append(par(3, 'Myndighetens nya vägledning om samarbetssamtal'))
        x.append(P(['Eleni Papadaki från MFoF berättade om vägledningen, som myndigheten ger ut i början av nästa år. '
                    'Hon lyfte särskilt tre saker:']))
        x.append(letter(['barnets egna synpunkter ska dokumenteras vid varje samtal,']))
        x.append(letter(['samtalen ska kunna hållas digitalt om båda föräldrarna vill,']))
        x.append(letter(['kommunen ska erbjuda ett uppföljande samtal efter sex månader.'], last=True))
        x.append(P(['Eleni sa: ”Det är sam¦talen som gör skillnad för barnen, inte utredningarna.”']))
        x.append(P(['Patricio Rojas frågade om vägledningen är bindande. Eleni svarade att den inte är det, men att IVO '
                    'kommer att utgå från den vid tillsyn.']))
        x.append(P(['Informationen noterades.']))
        # § 4
        x.append(par(4, 'Väntetider för utredningar om vårdnad, boende och umgänge'))
        x.append(P(['Nisreen Mansour tog upp att Helsingborg har en väntetid på nästan ', ('del', 'åtta'), ('ins', 'sju'),
                    ' månader innan en utredning kan påbörjas, och att tingsrätten har börjat fråga varför.']))
        x.append(P(['Nisreen sa: ”Barnen hinner börja i en ny skola innan vi ens har träffat dem.”']))
        x.append(P(['Hon föreslog två saker:']))
        x.append(letter(['att kommunerna hjälps åt med utredningar när kön är längre än tre månader,']))
        x.append(letter(['att nätverket tar fram en gemensam mall för vårdnads\u00adutred¦ningar.'], last=True))
        x.append(P(['Thuy Nguyen höll med och sa att Ängelholm har samma problem. ', ('spell', 'Elvedin'),
                    ' frågade hur det skulle fungera med sekretessen. Nisreen svarade att juristerna i Helsingborg ska '
                    'titta på det.']))
        cid = c.comment('Kittipong Saelim', 'KS', '2025-11-14T15:02:00Z',
                        'Stämmer datumet? Jag trodde att vi skulle ses i mars.')
        x.append(P([('b', 'Beslut:'), ' Nisreen och Thuy tar fram ett förslag om hur kommunerna kan hjälpa varandra med '
                    'utredningar', ('ins', ' och en gemensam mall'), ', som nätverket tar ställning till den ',
                    ('com', cid, ['12 februari']), '.']))
        # § 5
        x.append(par(5, 'Övriga frågor'))
        x.append(P([('moveTo', 'move214033671',
                     ['Ubah Abdi berättade att Landskrona vill starta en gemensam föräldragrupp om samarbete efter '
                      'separation och söker kommuner som vill vara med.'])], mark='moveTo'))
        x.append(P([('spell', 'Elvedin Husić'), ' påminde om att Bjuv behöver namn på kontaktpersoner för '
                    'adoptions¦ärenden senast den 5 december.']))
        x.append(P(['Inga beslut.']))
        # § 6
        x.append(par(6, 'Mötets avslutande'))
        x.append(P(['Kittipong tackade för dagen och avslutade mötet.']))
        x.append(P(['Nästa möte:\ttorsdag 12 februari 2026 kl. 13.00–15.30, Höganäs, Stadshuset, rum Sofiero',
                    ('goback',)], tabs=[('left', 1701)]))
        return ''.join(x)

    c.cur = c.rsids[0]
    hdr = part_hdr(c.P([('b', 'FAMILJEN HELSINGBORG'), '\t\tMinnesanteckningar'], style='Sidhuvud'))
    ftr = part_ftr(c.P(['Familjen Helsingborg – samverkan i Skåne Nordväst\tSida ',
                        ('raw', fld_simple(c, 'PAGE   \\* MERGEFORMAT', '1', {'sz': 18})), ' av ',
                        ('raw', fld_simple(c, 'NUMPAGES   \\* MERGEFORMAT', '2', {'sz': 18}))],
                       style='Sidfot', tabs=[('clear', 4536)], mrpr={'sz': 18}, base={'sz': 18}))
    numbering = numbering_xml(
        [abstract_multi(0, '2D7741C9', '0A6C3E18',
                        [lvl_xml(0, 'decimal', '§ %1', suff='space', left=0, hanging=0, bold=True),
                         lvl_xml(1, 'lowerLetter', '%2)', left=927, hanging=360)] +
                        [lvl_xml(i, 'lowerRoman', '%%%d.' % (i + 1), left=1287 + 360 * (i - 2), hanging=360)
                         for i in range(2, 9)])],
        ['<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'])
    meta = dict(docid='0E93A1F4-55B2-4C07-8D6E-2A1F9C4B7E10', creator='Maija-Liisa Heikkinen',
                last='Kittipong Saelim', revision=3, created='2025-11-13T12:58:00Z',
                modified='2025-11-14T15:03:00Z', template='Mall minnesanteckningar nätverk.dotx',
                company='Perstorps kommun', minutes=61, pages=2)
    return write_docx('familjeratt_protokoll_kontrollfalt.docx', c, body, hdr, ftr, numbering, styles_xml(), meta)


# ==========================================================================
# 3. socialpsykiatri_textruta_fetstil.docx
#    Letterhead in the header; date, place, chair and scribe only in a text
#    box anchored inside the greeting paragraph; attendees as one paragraph
#    with line breaks; headings bold by direct formatting; an inserted
#    decision paragraph; a deleted paragraph mark; footnote; bullets.
# ==========================================================================
def build_c():
    c = Ctx(['006A0B3E', '00D2C871', '0043F95A', '0089E21C', '00F5674D', '001C3BA8'], 0x7C3E05,
            'Jan-Erik Åkesson', '2026-01-29T09:31:00Z')
    BUL = (0, 1)
    H = {'b': True, 'bCs': True, 'sz': 26, 'szCs': 26}

    def head(t):
        return c.P([t], base=H, mrpr=H, keep=True, spacing='w:before="240" w:after="80"')

    def bul(items, last=False):
        return c.P(items, style='Liststycke', num=BUL, ctx=True, spacing='w:after="160"' if last else None)

    def body():
        x = []
        P = c.P
        title = {'b': True, 'bCs': True, 'sz': 32, 'szCs': 32, 'color': '1F3864'}
        x.append(P(['Socialpsykiatri¦nätverket – anteckningar från träffen'], base=title, mrpr=title))
        LBL = [('left', 1418)]
        tb = c.textbox([
            ([('b', 'Om träffen')], dict(spacing='w:after="60"')),
            (['Datum:\tonsdag 28 januari 2026'], dict(tabs=LBL, spacing='w:after="0"')),
            (['Tid:\t9.30–12.00'], dict(tabs=LBL, spacing='w:after="0"')),
            (['Plats:\tÄngelholm, Rådhuset, rum Skälder¦viken'], dict(tabs=LBL, spacing='w:after="0"')),
            (['Ordförande:\t', ('spell', 'Chalerm Wongsakul')], dict(tabs=LBL, spacing='w:after="0"')),
            (['Antecknare:\tJan-Erik Åkesson'], dict(tabs=LBL, spacing='w:after="0"')),
        ], 'Textruta 2', 2286000, 1219200, halign='right', voff=45720)
        x.append(P(['Hej alla! Här kommer anteckningarna från vår träff. ', ('raw', tb),
                    'Hör av er till Jan-Erik senast fredag om något behöver rättas.']))
        x.append(P([('b', 'Närvarande')], spacing='w:after="0"', keep=True))
        x.append(P([('spell', 'Chalerm Wongsakul'), ', Ängelholm\nLubna Saleh, Helsingborg\n'
                    'Toivo Leh¦tonen, Örkelljunga\n', ('spell', 'Zsófia Kovács'), ', Höganäs\n'
                    'Bashar Al\u2011Khatib, Landskrona\nFartun Yusuf, Klippan\nJan-Erik Åkesson, Ängelholm']))
        x.append(P([('b', 'Frånvarande')], spacing='w:after="0"', keep=True))
        x.append(P([('spell', 'Stanisław Wróbel'), ', Båstad\nSenait Tesfaye, Svalöv']))
        x.append(P(['Gäst: Azad Barzani, vuxenpsykiatrin i Region Skåne, under punkten om SIP.']))

        x.append(head('Runda'))
        x.append(bul(['Ängelholm: har fått fyra nya platser i boende med särskild service.']))
        x.append(bul(['Helsingborg: sysselsättningen på Kvarnen har flyttat till nya lokaler vid Gåsebäck.']))
        x.append(bul(['Örkelljunga: letar fortfarande efter en boende\u00adstödjare på heltid.']))
        x.append(bul(['Höganäs: har startat en anhöriggrupp för föräldrar till vuxna barn med psykisk ohälsa.']))
        x.append(bul(['Landskrona och Klippan: inget nytt utöver det som tas upp nedan.'], last=True))

        x.append(head('Samordnad individuell plan – vem kallar?'))
        x.append(P(['Azad Barzani från vuxenpsykiatrin tog upp att det ofta blir oklart vem som ska kalla till SIP när '
                    'någon skrivs ut från slutenvården, och att vissa möten aldrig blir av.']))
        x.append(P(['Azad sa: ”Vi skriver ut på fredagen och på måndagen vet ingen vem som har bollen.”']))
        x.append(P(['Toivo Lehtonen frågade om psykiatrin kan kalla redan före utskrivningen. Azad svarade att de '
                    'försöker, men att tiden ofta blir för kort.']))
        x.append(P(['Lubna Saleh sa att Helsingborg har en fast tid varje vecka för SIP-möten som de andra kommunerna '
                    'gärna får använda.']))
        x.append(P([('ins', [('b', 'Beslut:'), ' Kommunen kallar alltid till SIP om inget annat har sagts, och Azad tar '
                             'med sig frågan till psykiatrins ledningsgrupp.'])], mark='ins'))

        x.append(head('Boendestöd på kvällar och helger'))
        fn = c.footnote('Boendestöd enligt socialtjänstlagen, inte insatser enligt LSS.')
        x.append(P(['Fartun Yusuf tog upp att Klippan inte har något boende¦stöd efter kl. 16 och att LSS\u2011handläggare '
                    'ibland får rycka in när någon mår dåligt på kvällen.', ('fn', fn), ' '], mark='del'))
        x.append(P(['Fartun sa: ”Det är på kvällen som det brister, inte på dagen.”']))
        x.append(P([('spell', 'Zsófia'), ' frågade om Klippan har tittat på att köpa kvällsstöd från Åstorp. Bashar '
                    'berättade att Landskrona har haft kvällsstöd sedan 2024 och att det har minskat antalet akuta '
                    'placeringar.']))
        x.append(P(['Nätverket beslutade att Fartun och Bashar tar fram ett förslag om gemensamt kvällsstöd för de '
                    'mindre kommunerna.']))

        x.append(head('Sysselsättning för unga vuxna'))
        x.append(P(['Bashar Al\u2011Khatib lyfte att allt fler unga vuxna med neuropsykiatriska diagnoser söker '
                    'sysselsättning, men att de inte vill vara på samma ställe som äldre deltagare.']))
        x.append(P(['Chalerm frågade om någon har erfarenhet av praktik hos Samhall. Ingen hade det.']))
        x.append(P(['Inget beslut, frågan tas upp igen i vår.']))

        x.append(head('Övriga frågor'))
        x.append(bul(['Lubna Saleh berättade att Helsingborg har en ny kontaktväg för remisser: ',
                      ('sym', 'Wingdings', 'F028'), ' 042\u201110 68 00.']))
        x.append(bul([('spell', 'Zsófia Kovács'), ' påminde om att anmälan till konferensen om psykisk hälsa i Lund '
                      'ska vara inne senast den 20 februari.'], last=True))
        x.append(P(['Nästa träff är onsdag 25 mars 2026 i Klippan.\nVälkomna!', ('goback',)]))
        return ''.join(x)

    c.cur = c.rsids[0]
    hdr = part_hdr(
        c.P([('b', 'FAMILJEN HELSINGBORG')], style='Sidhuvud', base={'color': '1F3864', 'sz': 24},
            mrpr={'color': '1F3864', 'sz': 24}) +
        c.P(['Socialtjänstens nätverk i Skåne Nordväst'], style='Sidhuvud', spacing='w:after="240"',
            base={'sz': 18}, mrpr={'sz': 18}))
    ftr_p = c.P(['Familjen Helsingborg\t\tSida ',
                 ('raw', fld_complex(c, 'PAGE   \\* MERGEFORMAT', '1', {'sz': 18})), ' av ',
                 ('raw', fld_complex(c, 'NUMPAGES  \\* Arabic  \\* MERGEFORMAT', '2', {'sz': 18}))],
                style='Sidfot', base={'sz': 18}, mrpr={'sz': 18})
    ftr = part_ftr('<w:sdt><w:sdtPr><w:id w:val="-1769616900"/><w:docPartObj><w:docPartGallery '
                   'w:val="Page Numbers (Bottom of Page)"/><w:docPartUnique/></w:docPartObj></w:sdtPr>'
                   '<w:sdtEndPr/><w:sdtContent>%s</w:sdtContent></w:sdt>' % ftr_p)
    numbering = numbering_xml([abstract_bullets(0, '5A3C7E21', 'E4B09D66')],
                              ['<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'])
    meta = dict(docid='B4E8C2D1-7A06-4F39-A1C5-3E9D7F20B864', creator='Jan-Erik Åkesson',
                last='Jan-Erik Åkesson', revision=4, created='2026-01-28T08:31:00Z',
                modified='2026-01-29T09:32:00Z', template='Normal.dotm', company='Ängelholms kommun',
                minutes=73, pages=2)
    return write_docx('socialpsykiatri_textruta_fetstil.docx', c, body, hdr, ftr, numbering, styles_xml(), meta)


# ==========================================================================
# 4. anhorigstod_mall_tabeller.docx
#    Network only in the header; template table with content controls
#    (date picker wrapping a cell, empty Bilagor placeholder); hidden
#    instructions; attendance as a nested table (vMerge on kommun, tblHeader)
#    inside a borderless layout table; items "Punkt %1:" (numPr in the
#    paragraph, startOverride), lettered sub-points; decision moved from
#    item 5 to item 4; comment; text box with the next meeting.
# ==========================================================================
def build_d():
    c = Ctx(['0058C1F7', '00E2A403', '00317D9E', '009F5B26', '00C46E80', '000BD4A1'], 0x33D9A7,
            'Edin Karić', '2025-10-08T07:55:00Z')
    NUM = 1
    PUNKT = dict(style='Punktrubrik', num=(0, NUM))

    def body():
        x = []
        P = c.P
        x.append(P(['Minnesanteckningar'], style='Rubrik'))
        x.append(P([('hidden', 'Fyll i uppgifterna i tabellen. Datum väljs i kalendern.')], mrpr={'vanish': True},
                   spacing='w:after="0"'))
        W = [2268, 6794]

        def label(t):
            c.next_rsid()
            return c.tc(W[0], c.P([('b', t)], spacing='w:after="0"'), shd='DEEAF6')

        def vrun(alias, sid, text, placeholder=False):
            return c.tc(W[1], c.P([('sdt', alias, sid, text, 'text', None, None, placeholder)],
                                  spacing='w:after="0"'))

        rows = [
            c.tr([label('Datum'), c.tc(W[1], c.P(['2025-10-07'], spacing='w:after="0"'),
                                       wrap_sdt=('Datum', 2017262340, 'date', '2025-10-07', 'yyyy-MM-dd'))]),
            c.tr([label('Tid'), vrun('Tid', -147023956, ['13.00–15.30'])]),
            c.tr([label('Plats'), vrun('Plats', 1590375512, ['Svalöv, Kommunhuset, rum Tågarp'])]),
            c.tr([label('Mötesledare'), vrun('Mötesledare', -2064590178, ['Sara-Lena Fogel¦berg'])]),
            c.tr([label('Antecknare'), vrun('Antecknare', 735188209, [('spell', 'Edin Karić')])]),
            c.tr([label('Bilagor'), vrun('Bilagor', -481923605, 'Klicka eller tryck här för att ange text.',
                                         placeholder=True)]),
        ]
        x.append(c.tbl(W, rows))
        x.append(P([], spacing='w:after="0"'))
        x.append(P([('hidden', 'Skriv in deltagarna nedan. Skriv Nej för den som har anmält förhinder.')],
                   mrpr={'vanish': True}, spacing='w:after="0"'))

        # nested attendance table
        N = [1701, 2835, 1247]

        def ncell(w, items, **kw):
            c.next_rsid()
            return c.tc(w, c.P(items, spacing='w:after="0"'), **kw)

        nrows = [c.tr([ncell(N[0], [('b', 'Kommun')], shd='DEEAF6'), ncell(N[1], [('b', 'Namn')], shd='DEEAF6'),
                       ncell(N[2], [('b', 'Närvarande')], shd='DEEAF6')], header=True)]
        people = [
            ('Helsingborg', ['Sara-Lena Fogelberg'], 'Ja', 'restart'),
            (None, ['Walid Nasser'], 'Ja', 'cont'),
            ('Höganäs', ['Riikka Lai¦ne'], 'Ja', None),
            ('Landskrona', [('spell', 'Almir Begić')], 'Nej', None),
            ('Svalöv', [('spell', 'Edin Karić')], 'Ja', None),
            ('Åstorp', [('spell', 'Wanida Phromma')], 'Ja', None),
            ('Örkelljunga', [('spell', 'Krystyna Dąbrowska')], 'Ja', None),
            ('Bjuv', ['Ayaan Hassan'], 'Ja', None),
            ('Klippan', ['Gonzalo Pizarro'], 'Nej', None),
        ]
        for kommun, name, ja, vm in people:
            nrows.append(c.tr([ncell(N[0], [kommun] if kommun else [], vmerge=vm), ncell(N[1], name),
                               ncell(N[2], [ja])]))
        nested = c.tbl(N, nrows)
        left = (c.P([('b', 'Deltagare')], spacing='w:after="60"') + nested + c.P([], spacing='w:after="0"'))
        right = (c.P([('b', 'Gäst')], spacing='w:after="0"') +
                 c.P(['Hannu Rantala, Minnesmottagningen, Region Skåne (punkt 3)']) +
                 c.P([('b', 'Ej representerade')], spacing='w:after="0"') +
                 c.P(['Båstad, Perstorp och Ängelholm']))
        O = [6011, 3051]
        x.append(c.tbl(O, [c.tr([c.tc(O[0], left), c.tc(O[1], right)])], borders=False))
        x.append(P([]))

        # Punkt 1
        x.append(P(['Runda'], **PUNKT))
        x.append(P(['Helsingborg: anhörigkonsulenterna har flyttat till Mötesplats Drottninghög.\n'
                    'Höganäs: en ny samtalsgrupp för anhöriga till personer med demens startar i november.\n'
                    'Svalöv: har fått statsbidrag för en extra anhörig¦konsulent under ett år.\n'
                    'Åstorp: se punkt 2.\n'
                    'Örkelljunga och Bjuv: inget nytt.']))
        # Punkt 2
        x.append(P(['Anhörigcaféer på kvällstid'], **PUNKT))
        x.append(P([('spell', 'Wanida Phromma'), ' tog upp att Åstorp bara har anhörigcafé på dagtid och att de '
                    'anhöriga som arbetar aldrig kommer.']))
        x.append(P(['Wanida sa: ”Vi når pensionärerna, men inte döttrarna som jobbar heltid och tar hand om mamma på '
                    'kvällen.”']))
        x.append(P([('spell', 'Krystyna'), ' sa att Örkelljunga provade kvällsträffar i våras och att det kom fler än '
                    'väntat. Ayaan Hassan frågade om man också kan erbjuda träffar digitalt.']))
        x.append(P([('b', 'Beslut:'), ' Åstorp och Örkelljunga provar gemensamma kvälls¦träffar en gång i månaden under ',
                    ('del', 'hösten'), ('ins', 'våren'), ', med Wanida som ansvarig.']))
        # Punkt 3
        x.append(P(['Minnesmottagningens information till anhöriga'], **PUNKT))
        x.append(P(['Hannu Rantala från Minnesmottagningen berättade att de har börjat lämna ut skriftlig information om '
                    'kommunernas anhörigstöd till alla som får en demensdiagnos. Han tog upp tre saker som fungerar '
                    'sämre:']))
        L = dict(style='Liststycke', num=(1, NUM), ctx=True)
        cid = c.comment('Sara-Lena Fogelberg', 'SF', '2025-10-08T12:10:00Z', 'Vilka tre? Kolla med Hannu.')
        x.append(P(['informationen till kommunerna kommer ibland för sent,'], **L))
        x.append(P(['kontaktuppgifterna i broschyren är inaktuella för ', ('com', cid, ['tre kommuner']), ','], **L))
        x.append(P(['anhöriga med annat modersmål får bara information på svenska.'], spacing='w:after="160"', **L))
        x.append(P(['Hannu sa: ”Den första veckan efter diagnosen är då de anhöriga lyssnar som mest.”']))
        x.append(P(['Riikka Laine frågade om broschyren finns på arabiska och somaliska. Hannu svarade att den ska '
                    'översättas under nästa år.']))
        x.append(P(['Information, inget beslut.']))
        # Punkt 4
        x.append(P(['Avgifter för avlösning i hemmet'], **PUNKT))
        x.append(P(['Walid Nasser tog upp att avgiften för avlösning i hemmet skiljer sig mycket mellan kommunerna, '
                    'från gratis upp till 300 kronor i timmen, och att en del anhöriga tackar nej på grund av priset.']))
        x.append(P(['Sara-Lena frågade om avgiften är reglerad i lag. Edin svarade att kommunerna själva bestämmer, men '
                    'att de första timmarna brukar vara avgiftsfria.']))
        x.append(P([('moveTo', 'move210771452',
                     [('b', 'Beslut:'), ' Walid och Sara-Lena gör en sammanställning av avgifterna i alla elva kommuner '
                                        'till nästa möte.'])], mark='moveTo'))
        # Punkt 5
        x.append(P(['Övriga frågor'], **PUNKT))
        x.append(P([('moveFrom', 'move210771452',
                     [('b', 'Beslut:'), ' Walid och Sara-Lena gör en sammanställning av avgifterna i alla elva kommuner '
                                        'till nästa möte.'])], mark='moveFrom'))
        x.append(P(['Ayaan Hassan berättade att Bjuv ska anställa en anhörigkonsulent på halvtid efter nyår.']))
        x.append(P(['Riikka Laine tog upp att Höganäs vill bjuda in de andra kommunerna till en föreläsning om '
                    'anhörigas egen hälsa i februari.']))
        tb = c.textbox([
            ([('b', 'Nästa möte')], dict(spacing='w:after="60"')),
            (['tisdag 2 december 2025, kl. 13.00–15.30\nHelsingborg, Stadshuset, rum Öresund'],
             dict(spacing='w:after="0"')),
        ], 'Textruta 1', 2057400, 640080, halign='right', voff=0)
        x.append(P(['Sara-Lena tackade alla för en givande träff ', ('raw', tb), 'och avslutade mötet kl. 15.20.',
                    ('goback',)]))
        return ''.join(x)

    c.cur = c.rsids[0]
    hdr = part_hdr(c.P([('b', 'Anhörigstödsnätverket'), '\t\tFamiljen Helsingborg'], style='Sidhuvud',
                       spacing='w:after="240"'))
    ftr = part_ftr(c.P(['Familjen Helsingborg – anhörigstöd i elva kommuner\tSida ',
                        ('raw', fld_complex(c, 'PAGE   \\* MERGEFORMAT', '1', {'sz': 18})), ' av ',
                        ('raw', fld_simple(c, 'NUMPAGES   \\* MERGEFORMAT', '2', {'sz': 18}))],
                       style='Sidfot', tabs=[('clear', 4536)], base={'sz': 18}, mrpr={'sz': 18}))
    numbering = numbering_xml(
        [abstract_multi(0, '61C40B9E', '7B2D05E4',
                        [lvl_xml(0, 'decimal', 'Punkt %1:', suff='space', left=0, hanging=0, bold=True),
                         lvl_xml(1, 'lowerLetter', '%2)', left=720, hanging=360)] +
                        [lvl_xml(i, 'lowerRoman', '%%%d.' % (i + 1), left=1080 + 360 * (i - 2), hanging=360)
                         for i in range(2, 9)])],
        ['<w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>'
         '</w:lvlOverride></w:num>'])
    extra = ('<w:style w:type="paragraph" w:customStyle="1" w:styleId="Punktrubrik"><w:name w:val="Punktrubrik"/>'
             '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/>'
             '<w:spacing w:before="240" w:after="60"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="1F4E79"/>'
             '<w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>')
    meta = dict(docid='3A7F9E06-C1B2-4D85-B7E3-58F01D2C96AB', creator='Edin Karić',
                last='Sara-Lena Fogelberg', revision=6, created='2025-10-07T10:59:00Z',
                modified='2025-10-08T12:11:00Z', template='Minnesanteckningar nätverk.dotx',
                company='Svalövs kommun', minutes=88, pages=2)
    return write_docx('anhorigstod_mall_tabeller.docx', c, body, hdr, ftr, numbering, styles_xml(extra=extra), meta)


if __name__ == '__main__':
    for build in (build_a, build_b, build_c, build_d):
        print(build())
