#!/usr/bin/env python3
"""Builds the four .docx files of Tests/Fixtures/Layouts/varied51.

The files imitate four producers other than desktop Microsoft Word:

  1. familjebehandling_google_rubriklista.docx  - Google Docs, "Download > Microsoft Word (.docx)"
  2. beroende_libreoffice_paragrafer.docx       - LibreOffice Writer, "Word 2007-365 (.docx)"
  3. nyanlanda_teams_agendatabell.docx          - Word for the web / Teams meeting notes
  4. aldreomsorg_arendesystem_falt.docx         - a case-management template system
                                                  (merge fields, DOCPROPERTY fields, custom XML)

Standard library only. Every XML part is written as text; the zip entries get
a fixed timestamp (2026-01-01 00:00), so a rebuild gives identical bytes.

Run from any directory:  python3 make/build.py
"""
import os
import zipfile
from xml.dom import minidom

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ZIP_TIME = (2026, 1, 1, 0, 0, 0)

W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships'
CT_W = 'application/vnd.openxmlformats-officedocument.wordprocessingml.'
CT_REL = 'application/vnd.openxmlformats-package.relationships+xml'
CT_CORE = 'application/vnd.openxmlformats-package.core-properties+xml'
CT_APP = 'application/vnd.openxmlformats-officedocument.extended-properties+xml'
CT_CUSTOM = 'application/vnd.openxmlformats-officedocument.custom-properties+xml'
CT_THEME = 'application/vnd.openxmlformats-officedocument.theme+xml'

DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
DECL_CRLF = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def qattr(s):
    return esc(s).replace('"', '&quot;')


def run_content(text):
    """TAB -> w:tab, LF -> w:br, U+2011 -> w:noBreakHyphen, rest in w:t."""
    out, buf = [], []

    def flush():
        if buf:
            s = ''.join(buf)
            sp = ' xml:space="preserve"' if (s[0] == ' ' or s[-1] == ' ') else ''
            out.append('<w:t%s>%s</w:t>' % (sp, esc(s)))
            del buf[:]
    for ch in text:
        if ch == '\t':
            flush()
            out.append('<w:tab/>')
        elif ch == '\n':
            flush()
            out.append('<w:br/>')
        elif ch == '\u2011':
            flush()
            out.append('<w:noBreakHyphen/>')
        else:
            buf.append(ch)
    flush()
    return ''.join(out)


def rels_xml(rels, decl=DECL):
    """rels: list of (id, type, target[, external])"""
    s = ''
    for r in rels:
        ext = ' TargetMode="External"' if len(r) > 3 and r[3] else ''
        s += '<Relationship Id="%s" Type="%s" Target="%s"%s/>' % (r[0], r[1], qattr(r[2]), ext)
    return decl + '<Relationships xmlns="%s">%s</Relationships>' % (PKG_REL, s)


def content_types(overrides, defaults=(('rels', CT_REL), ('xml', 'application/xml')), decl=DECL):
    s = ''.join('<Default Extension="%s" ContentType="%s"/>' % d for d in defaults)
    s += ''.join('<Override PartName="%s" ContentType="%s"/>' % o for o in overrides)
    return decl + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">%s</Types>' % s


def write_zip(fname, entries):
    """entries: list of (name, text) in the order the producer writes them."""
    for name, text in entries:
        minidom.parseString(text.encode('utf-8'))  # every part must be well-formed
    path = os.path.join(OUT, fname)
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, text in entries:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            z.writestr(zi, text.encode('utf-8'))
    return path


def text_of(xml):
    import re
    return ' '.join(re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', xml))


# ==========================================================================
# 1. Google Docs
# ==========================================================================
G_NS = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" '
    'xmlns:cx1="http://schemas.microsoft.com/office/drawing/2015/9/8/chartex" '
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
G_FONT = '<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>'
G_RS = 'w:rsidDel="00000000" w:rsidR="00000000" w:rsidRPr="00000000"'


class GDoc:
    """Google Docs habits: all rsids 00000000, sequential w14:paraId, explicit
    w:val="1" on toggles, rFonts and w:rtl w:val="0" in every run, w:spacing and
    a paragraph-mark w:rPr in every paragraph, heading bookmarks _heading=h.xxx,
    each list its own abstractNum/num, widths written with decimals."""

    def __init__(self):
        self.para = 0
        self.bm = 0
        self.rels = []   # hyperlink relationships, numbered after the fixed parts
        self.heading_bms = ['gjdgxs', '30j0zll', '1fob9te', '3znysh7', '2et92p0', 'tyjcwt', '3dy6vkm']

    def rid_link(self, target):
        for rid, t in self.rels:
            if t == target:
                return rid
        rid = 'rId%d' % (9 + len(self.rels))
        self.rels.append((rid, target))
        return rid

    @staticmethod
    def rpr(b=False, i=False, color=None, u=None, sz=None):
        s = G_FONT
        if b:
            s += '<w:b w:val="1"/>'
        if i:
            s += '<w:i w:val="1"/>'
        if color:
            s += '<w:color w:val="%s"/>' % color
        if sz:
            s += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (sz, sz)
        if u:
            s += '<w:u w:val="%s"/>' % u
        s += '<w:rtl w:val="0"/>'
        return '<w:rPr>%s</w:rPr>' % s

    def run(self, text, **kw):
        return '<w:r %s>%s%s</w:r>' % (G_RS, self.rpr(**kw), run_content(text))

    def runs(self, items, **base):
        out = []
        for it in items:
            if isinstance(it, str):
                out.append(self.run(it, **base))
            elif it[0] == 'b':
                out.append(self.run(it[1], **dict(base, b=True)))
            elif it[0] == 'link':   # ('link', target, text) -> w:hyperlink r:id
                rid = self.rid_link(it[1])
                out.append('<w:hyperlink r:id="%s">%s</w:hyperlink>' % (
                    rid, self.run(it[2], **dict(base, color='1155cc', u='single'))))
            else:
                raise ValueError(it)
        return ''.join(out)

    def p(self, items, style=None, num=None, ind=None, spacing='w:after="0" w:before="0" w:line="276" w:lineRule="auto"',
          keep=None, jc=None, heading_bm=False, **base):
        self.para += 1
        ppr = ''
        if style:
            ppr += '<w:pStyle w:val="%s"/>' % style
        if keep is not None:
            ppr += '<w:keepNext w:val="%d"/><w:keepLines w:val="%d"/>' % (keep, keep)
        if num:
            ppr += '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % num
        ppr += '<w:spacing %s/>' % spacing
        if ind:
            ppr += '<w:ind %s/>' % ind
        if jc:
            ppr += '<w:jc w:val="%s"/>' % jc
        mark = self.rpr(**{k: v for k, v in base.items() if k in ('b', 'sz', 'color')})
        ppr += mark
        bm = ''
        if heading_bm:
            name = self.heading_bms[self.bm % len(self.heading_bms)]
            bm = ('<w:bookmarkStart w:colFirst="0" w:colLast="0" w:name="_heading=h.%s" w:id="%d"/>'
                  '<w:bookmarkEnd w:id="%d"/>' % (name, self.bm, self.bm))
            self.bm += 1
        return ('<w:p w:rsidR="00000000" w:rsidDel="00000000" w:rsidP="00000000" w:rsidRDefault="00000000" '
                'w:rsidRPr="00000000" w14:paraId="%08X"><w:pPr>%s</w:pPr>%s%s</w:p>') % (
            self.para, ppr, bm, self.runs(items, **base))

    def table(self, widths, rows, header_fill='efefef'):
        total = sum(widths)
        border = ''.join('<w:%s w:color="000000" w:space="0" w:sz="8" w:val="single"/>' % e
                         for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
        s = ('<w:tbl><w:tblPr><w:tblStyle w:val="Table1"/><w:tblW w:w="%.1f" w:type="dxa"/><w:jc w:val="left"/>'
             '<w:tblBorders>%s</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblLook w:val="0600"/></w:tblPr>'
             '<w:tblGrid>%s</w:tblGrid>') % (total, border, ''.join('<w:gridCol w:w="%.1f"/>' % w for w in widths))
        for ri, row in enumerate(rows):
            s += '<w:tr><w:trPr><w:cantSplit w:val="0"/><w:tblHeader w:val="0"/></w:trPr>'
            for w, cell in zip(widths, row):
                fill = header_fill if ri == 0 else 'auto'
                s += ('<w:tc><w:tcPr><w:shd w:fill="%s" w:val="clear"/><w:tcMar><w:top w:w="100.0" w:type="dxa"/>'
                      '<w:left w:w="100.0" w:type="dxa"/><w:bottom w:w="100.0" w:type="dxa"/>'
                      '<w:right w:w="100.0" w:type="dxa"/></w:tcMar><w:vAlign w:val="top"/></w:tcPr>%s</w:tc>') % (
                    fill, self.p(cell, spacing='w:after="0" w:before="0" w:line="240" w:lineRule="auto"',
                                 b=(ri == 0)))
            s += '</w:tr>'
        return s + '</w:tbl>'


def g_abstract(aid, kind):
    lv = ''
    for i in range(9):
        left = 720 * (i + 1)
        if kind == 'bullet':
            sym = ['●', '○', '■'][i % 3]
            lv += ('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="%s"/>'
                   '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="360"/></w:pPr>'
                   '<w:rPr><w:u w:val="none"/></w:rPr></w:lvl>') % (i, sym, left)
        else:
            fmt, jc = [('decimal', 'left'), ('lowerLetter', 'left'), ('lowerRoman', 'right')][i % 3]
            lv += ('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%%%d."/>'
                   '<w:lvlJc w:val="%s"/><w:pPr><w:ind w:left="%d" w:hanging="360"/></w:pPr>'
                   '<w:rPr><w:u w:val="none"/></w:rPr></w:lvl>') % (i, fmt, i + 1, jc, left)
    return '<w:abstractNum w:abstractNumId="%d">%s</w:abstractNum>' % (aid, lv)


def g_styles():
    def heading(sid, name, before, after, sz, color=None):
        col = '<w:color w:val="%s"/>' % color if color else ''
        return ('<w:style w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/><w:basedOn w:val="Normal"/>'
                '<w:next w:val="Normal"/><w:pPr><w:keepNext w:val="1"/><w:keepLines w:val="1"/>'
                '<w:spacing w:after="%d" w:before="%d" w:lineRule="auto"/></w:pPr><w:rPr>%s<w:sz w:val="%d"/>'
                '<w:szCs w:val="%d"/></w:rPr></w:style>') % (sid, name, after, before, col, sz, sz)
    return DECL + (
        '<w:styles %s><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" '
        'w:eastAsia="Arial" w:hAnsi="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="sv"/></w:rPr>'
        '</w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
        '</w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="normal"/><w:qFormat w:val="1"/>'
        '</w:style>'
        '%s%s%s%s%s%s'
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden w:val="1"/><w:unhideWhenUsed w:val="1"/><w:tblPr>'
        '<w:tblInd w:w="0.0" w:type="dxa"/><w:tblCellMar><w:top w:w="0.0" w:type="dxa"/>'
        '<w:left w:w="108.0" w:type="dxa"/><w:bottom w:w="0.0" w:type="dxa"/><w:right w:w="108.0" w:type="dxa"/>'
        '</w:tblCellMar></w:tblPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
        '<w:next w:val="Normal"/><w:pPr><w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:after="60" '
        'w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="52"/><w:szCs w:val="52"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/>'
        '<w:next w:val="Normal"/><w:pPr><w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:after="320" '
        'w:lineRule="auto"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" '
        'w:hAnsi="Arial"/><w:color w:val="666666"/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>'
        '<w:style w:type="table" w:styleId="Table1"><w:basedOn w:val="TableNormal"/><w:tblPr>'
        '<w:tblStyleRowBandSize w:val="1"/><w:tblStyleColBandSize w:val="1"/><w:tblCellMar>'
        '<w:top w:w="100.0" w:type="dxa"/><w:left w:w="100.0" w:type="dxa"/><w:bottom w:w="100.0" w:type="dxa"/>'
        '<w:right w:w="100.0" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        '</w:styles>') % (G_NS,
                          heading('Heading1', 'heading 1', 400, 120, 40),
                          heading('Heading2', 'heading 2', 360, 120, 32),
                          heading('Heading3', 'heading 3', 320, 80, 28, '434343'),
                          heading('Heading4', 'heading 4', 280, 80, 24, '666666'),
                          heading('Heading5', 'heading 5', 240, 80, 22, '666666'),
                          heading('Heading6', 'heading 6', 240, 80, 22, '666666'))


def g_theme():
    clr = ''.join('<a:%s><a:srgbClr val="%s"/></a:%s>' % (n, c, n) for n, c in [
        ('dk1', '000000'), ('lt1', 'FFFFFF'), ('dk2', '000000'), ('lt2', 'FFFFFF'), ('accent1', '4F81BD'),
        ('accent2', 'C0504D'), ('accent3', '9BBB59'), ('accent4', '8064A2'), ('accent5', '4BACC6'),
        ('accent6', 'F79646'), ('hlink', '0000FF'), ('folHlink', '800080')])
    fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    return DECL + (
        '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" name="Office Theme">'
        '<a:themeElements><a:clrScheme name="Office">%s</a:clrScheme><a:fontScheme name="Office"><a:majorFont>'
        '<a:latin typeface="Arial"/><a:ea typeface="Arial"/><a:cs typeface="Arial"/></a:majorFont><a:minorFont>'
        '<a:latin typeface="Arial"/><a:ea typeface="Arial"/><a:cs typeface="Arial"/></a:minorFont></a:fontScheme>'
        '<a:fmtScheme name="Office"><a:fillStyleLst>%s</a:fillStyleLst><a:lnStyleLst>'
        '<a:ln w="9525">%s</a:ln><a:ln w="25400">%s</a:ln><a:ln w="38100">%s</a:ln></a:lnStyleLst>'
        '<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/>'
        '</a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>'
        '<a:bgFillStyleLst>%s</a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>'
    ) % (clr, fill * 3, fill, fill, fill, fill * 3)


def build_google():
    g = GDoc()
    NUM_DELTAGARE, NUM_HEAD, NUM_RUNDA, NUM_FORSLAG, NUM_OVRIGA = 1, 2, 3, 4, 5
    x = []

    def bullet(items, num, lvl=0):
        return g.p(items, num=(lvl, num), ind='w:left="%d" w:hanging="360"' % (720 * (lvl + 1)))

    def h2(text):
        # numbered heading: Heading 2 inside a numbered list, numPr in the paragraph,
        # bold as direct formatting as well
        return g.p([text], style='Heading2', keep=0, num=(0, NUM_HEAD), heading_bm=True,
                   spacing='w:after="120" w:before="360" w:line="240" w:lineRule="auto"',
                   ind='w:left="720" w:hanging="360"', b=True, sz=28)

    def h1(text):
        return g.p([text], style='Heading1', keep=0, heading_bm=True,
                   spacing='w:after="120" w:before="400" w:line="240" w:lineRule="auto"', b=True)

    def para(items, **kw):
        return g.p(items, spacing='w:after="120" w:before="0" w:line="276" w:lineRule="auto"', **kw)

    def empty():
        return g.p([])

    def chip(name, mail):
        return ('link', 'mailto:' + mail, name)

    x.append(g.p(['Nätverket för familjebehandling'], style='Title', keep=0,
                 spacing='w:after="60" w:before="0" w:line="240" w:lineRule="auto"'))
    x.append(g.p(['Minnesanteckningar från träffen tisdag 23 september 2025'], style='Subtitle', keep=0,
                 spacing='w:after="320" w:before="0" w:line="240" w:lineRule="auto"'))
    x.append(g.p([('b', 'Tid: '), '13.00–16.00']))
    x.append(g.p([('b', 'Plats: '), 'Höganäs, Tornlyckan, sammanträdesrum Jonstorp']))
    x.append(g.p([('b', 'Ordförande: '), 'Ewy Edqvist']))
    x.append(g.p([('b', 'Antecknare: '), 'Idil Abdillahi']))
    x.append(h1('Deltagare'))
    people = [('Ewy Edqvist', 'ewy.edqvist@hoganas.se', 'Höganäs'),
              ('Tareq Shamoun', 'tareq.shamoun@helsingborg.se', 'Helsingborg'),
              ('Nattaya Srisuk', 'nattaya.srisuk@landskrona.se', 'Landskrona'),
              ('Filmon Ghebreyesus', 'filmon.ghebreyesus@astorp.se', 'Åstorp'),
              ('Ioana Stanciu', 'ioana.stanciu@klippan.se', 'Klippan'),
              ('Torben Mikkelsen', 'torben.mikkelsen@engelholm.se', 'Ängelholm'),
              ('Idil Abdillahi', 'idil.abdillahi@bjuv.se', 'Bjuv')]
    for name, mail, kommun in people:
        x.append(bullet([chip(name, mail), ' (%s)' % kommun], NUM_DELTAGARE))
    x.append(empty())
    x.append(g.p([('b', 'Förhinder: '), 'Kavita Raman (Båstad)']))
    x.append(g.p([('b', 'Gäst: '), 'Georgios Antoniou, barn- och ungdomspsykiatrin (BUP) Helsingborg, under punkt 3']))
    x.append(g.p(['Perstorp, Svalöv och Örkelljunga deltar inte i nätverket den här terminen.']))
    x.append(h1('Anteckningar'))

    # 1
    x.append(h2('Runda i kommunerna'))
    x.append(bullet(['Höganäs: familjebehandlarna har börjat med hembesök på kvällstid två dagar i veckan.'], NUM_RUNDA))
    x.append(bullet(['Helsingborg: väntetiden till familjebehandling är nere i tre veckor efter sommaren.'], NUM_RUNDA))
    x.append(bullet(['Gäller inte ärenden med pågående utredning.'], NUM_RUNDA, 1))
    x.append(bullet(['Landskrona: se punkt 2.'], NUM_RUNDA))
    x.append(bullet(['Åstorp: en familjebehandlare är föräldraledig, och tjänsten är tillsatt med vikarie till och med '
                     'mars.'], NUM_RUNDA))
    x.append(bullet(['Klippan: hela gruppen har gått en grundutbildning i MI.'], NUM_RUNDA))
    x.append(bullet(['Ängelholm och Bjuv: inget nytt.'], NUM_RUNDA))

    # 2
    x.append(h2('Föräldragrupper som inte blir fulla'))
    x.append(para(['Nattaya Srisuk tog upp att Landskrona har svårt att fylla grupperna i föräldraprogrammet Komet och '
                   'att två grupper fick ställas in under våren.']))
    x.append(para(['Hon sa: ”Vi annonserar överallt, men föräldrarna som behöver det mest anmäler sig aldrig '
                   'själva.”']))
    x.append(g.table([3009.7, 3009.7, 3009.6], [
        [['Kommun'], ['Grupper våren 2025'], ['Anmälda föräldrar']],
        [['Landskrona'], ['4'], ['19']],
        [['Helsingborg'], ['6'], ['58']],
        [['Klippan'], ['1'], ['7']]]))
    x.append(empty())
    x.append(para(['Nattaya föreslog tre saker:']))
    x.append(g.p(['gemensamma grupper för de mindre kommunerna,'], num=(0, NUM_FORSLAG),
                 ind='w:left="720" w:hanging="360"'))
    x.append(g.p(['en gemensam anmälningssida på nätet,'], num=(0, NUM_FORSLAG), ind='w:left="720" w:hanging="360"'))
    x.append(g.p(['att socialsekreterarna erbjuder grupperna redan vid första samtalet.'], num=(0, NUM_FORSLAG),
                 ind='w:left="720" w:hanging="360"'))
    x.append(empty())
    x.append(para(['Tareq Shamoun berättade att Helsingborg fyller sina grupper genom förskolorna. Filmon frågade om '
                   'Åstorp kan skicka föräldrar till Landskronas grupper redan i höst. Nattaya svarade att det går bra '
                   'om det finns plats.']))
    x.append(para([('b', 'Beslut:'), ' Landskrona, Åstorp och Klippan startar en gemensam Komet-grupp i oktober, och '
                   'Nattaya samordnar anmälan.']))

    # 3
    x.append(h2('Väntetider och samverkan med BUP'))
    x.append(para(['Georgios Antoniou från BUP berättade att väntetiden till neuropsykiatrisk utredning nu är omkring '
                   'elva månader och att BUP prioriterar barn där socialtjänsten redan har insatser.']))
    x.append(para(['Georgios sa: ”Skriv i remissen vad ni redan gör i familjen, annars hamnar barnet längst bak i '
                   'kön.”']))
    x.append(para(['Ioana Stanciu frågade om familjebehandlarna kan vara med vid BUP:s första besök. Georgios svarade '
                   'att det går om vårdnadshavarna samtycker.']))
    x.append(para(['Georgios skickar länken till ',
                   ('link', 'https://vardgivare.skane.se/vardriktlinjer/barn-och-ungdomspsykiatri/remiss/',
                    'BUP:s vägledning för remisser'),
                   ' till Idil, som lägger den i nätverkets gemensamma mapp.']))
    x.append(para(['Information, inget beslut.']))

    # 4
    x.append(h2('Familjebehandling på distans'))
    x.append(para(['Torben Mikkelsen lyfte att Ängelholm sedan i våras erbjuder en del av samtalen via video och att '
                   'färre familjer uteblir.']))
    x.append(para(['Torben sa: ”Det passar inte alla, men för pappor som jobbar skift har det gjort stor skillnad.”']))
    x.append(para(['Ewy Edqvist undrade hur de gör med sekretessen när barnen är hemma under samtalet. Torben svarade '
                   'att de alltid börjar med att fråga vem som finns i rummet.']))
    x.append(para(['Nätverket beslutade att Torben och Ioana tar fram gemensamma riktlinjer för digitala '
                   'familjesamtal till nästa träff.']))

    # 5
    x.append(h2('Övriga frågor'))
    x.append(bullet(['Filmon Ghebreyesus berättade att Åstorp söker en familjebehandlare med start den 1 december.'],
                    NUM_OVRIGA))
    x.append(bullet(['Idil Abdillahi påminde om Länsstyrelsens konferens om hedersrelaterat våld den 16 oktober i '
                     'Malmö.'], NUM_OVRIGA))
    x.append(empty())
    x.append(g.p([('b', 'Nästa träff: '), 'tisdag 25 november 2025 kl. 13.00–16.00 i Klippan']))

    body = ''.join(x)
    sect = ('<w:sectPr><w:pgSz w:h="16834" w:w="11909" w:orient="portrait"/><w:pgMar w:bottom="1440" w:top="1440" '
            'w:left="1440" w:right="1440" w:header="720" w:footer="720"/><w:pgNumType w:start="1"/></w:sectPr>')
    doc = DECL + '<w:document %s><w:body>%s%s</w:body></w:document>' % (G_NS, body, sect)

    numbering = DECL + '<w:numbering %s>%s%s</w:numbering>' % (
        G_NS,
        ''.join(g_abstract(a, k) for a, k in [(NUM_DELTAGARE, 'bullet'), (NUM_HEAD, 'decimal'),
                                              (NUM_RUNDA, 'bullet'), (NUM_FORSLAG, 'decimal'),
                                              (NUM_OVRIGA, 'bullet')]),
        ''.join('<w:num w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (i, i) for i in range(1, 6)))
    settings = DECL + ('<w:settings %s><w:displayBackgroundShape w:val="1"/><w:embedSystemFonts w:val="1"/>'
                       '<w:defaultTabStop w:val="720"/><w:compat><w:compatSetting w:val="15" '
                       'w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word"/></w:compat>'
                       '</w:settings>') % G_NS
    fonts = DECL + '<w:fonts %s><w:font w:name="Arial"/></w:fonts>' % G_NS
    rels = [('rId1', REL + 'theme', 'theme/theme1.xml'),
            ('rId2', REL + 'settings', 'settings.xml'),
            ('rId3', REL + 'fontTable', 'fontTable.xml'),
            ('rId4', REL + 'numbering', 'numbering.xml'),
            ('rId5', REL + 'styles', 'styles.xml')]
    rels += [(rid, REL + 'hyperlink', t, True) for rid, t in g.rels]
    ct = content_types([
        ('/word/settings.xml', CT_W + 'settings+xml'),
        ('/word/theme/theme1.xml', CT_THEME),
        ('/word/fontTable.xml', CT_W + 'fontTable+xml'),
        ('/word/numbering.xml', CT_W + 'numbering+xml'),
        ('/word/styles.xml', CT_W + 'styles+xml'),
        ('/word/document.xml', CT_W + 'document.main+xml')])
    root = rels_xml([('rId1', REL + 'officeDocument', 'word/document.xml')])
    return write_zip('familjebehandling_google_rubriklista.docx', [
        ('word/theme/theme1.xml', g_theme()),
        ('word/settings.xml', settings),
        ('word/fontTable.xml', fonts),
        ('word/numbering.xml', numbering),
        ('word/styles.xml', g_styles()),
        ('word/document.xml', doc),
        ('word/_rels/document.xml.rels', rels_xml(rels)),
        ('_rels/.rels', root),
        ('[Content_Types].xml', ct)])


# ==========================================================================
# 2. LibreOffice Writer
# ==========================================================================
LO_NS = (
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 wp14 w15"')


class LO:
    """LibreOffice habits: no rsids, empty <w:rPr></w:rPr> everywhere, styles
    BodyText / TableContents / TableHeading / Header / Footer, per-cell borders,
    cell margins of 55 twips, w:val="true"/"false" on toggles."""

    def __init__(self):
        self.bm = 0

    @staticmethod
    def rpr(b=False):
        return '<w:rPr>%s</w:rPr>' % ('<w:b/><w:bCs/>' if b else '')

    def runs(self, items):
        out = []
        for it in items:
            if isinstance(it, str):
                out.append('<w:r>%s%s</w:r>' % (self.rpr(), run_content(it)))
            elif it[0] == 'b':
                out.append('<w:r>%s%s</w:r>' % (self.rpr(True), run_content(it[1])))
            elif it[0] == 'pagebreak':   # soft page break as LibreOffice remembers it
                out.append('<w:r>%s<w:lastRenderedPageBreak/>%s</w:r>' % (self.rpr(), run_content(it[1])))
            elif it[0] == 'goback':
                out.append('<w:bookmarkStart w:id="%d" w:name="_GoBack"/><w:bookmarkEnd w:id="%d"/>'
                           % (self.bm, self.bm))
                self.bm += 1
            elif it[0] == 'raw':
                out.append(it[1])
            else:
                raise ValueError(it)
        return ''.join(out)

    def p(self, items, style='BodyText', num=None, tabs=None, spacing=None, ind=None, jc=None, mark_b=False):
        ppr = '<w:pStyle w:val="%s"/>' % style
        if num:
            ppr += '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % num
        if tabs:
            ppr += '<w:tabs>%s</w:tabs>' % ''.join('<w:tab w:val="%s" w:pos="%d"/>' % t for t in tabs)
        if spacing:
            ppr += '<w:spacing %s/>' % spacing
        if ind:
            ppr += '<w:ind %s/>' % ind
        if jc:
            ppr += '<w:jc w:val="%s"/>' % jc
        ppr += self.rpr(mark_b)
        return '<w:p><w:pPr>%s</w:pPr>%s</w:p>' % (ppr, self.runs(items))


def lo_lvl(ilvl, fmt, text, left, hanging, suff=None, font=None):
    s = '<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>' % (ilvl, fmt)
    if suff:
        s += '<w:suff w:val="%s"/>' % suff
    s += '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr>' % qattr(text)
    if not suff:
        s += '<w:tabs><w:tab w:val="num" w:pos="%d"/></w:tabs>' % left
    s += '<w:ind w:left="%d" w:hanging="%d"/></w:pPr>' % (left, hanging)
    if font:
        s += '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:cs="%s" w:hint="default"/></w:rPr>' % (font, font, font)
    else:
        s += '<w:rPr></w:rPr>'
    return s + '</w:lvl>'


def lo_styles():
    def pst(sid, name, based=None, nxt=None, ppr='', rpr='', extra=''):
        s = '<w:style w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/>' % (sid, name)
        if based:
            s += '<w:basedOn w:val="%s"/>' % based
        if nxt:
            s += '<w:next w:val="%s"/>' % nxt
        s += extra + '<w:qFormat/>'
        s += '<w:pPr>%s</w:pPr><w:rPr>%s</w:rPr></w:style>' % (ppr, rpr)
        return s
    return DECL + (
        '<w:styles %s><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Serif" '
        'w:hAnsi="Liberation Serif" w:eastAsia="NSimSun" w:cs="Arial"/><w:kern w:val="2"/><w:sz w:val="24"/>'
        '<w:szCs w:val="24"/><w:lang w:val="sv-SE" w:eastAsia="zh-CN" w:bidi="hi-IN"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:suppressAutoHyphens w:val="true"/></w:pPr></w:pPrDefault></w:docDefaults>'
        '%s</w:styles>'
    ) % (LO_NS.replace(' mc:Ignorable="w14 wp14 w15"', ''), ''.join([
        pst('Normal', 'Normal', ppr='<w:widowControl/><w:bidi w:val="0"/>'),
        pst('Heading2', 'heading 2', 'Heading', 'BodyText',
            '<w:spacing w:before="200" w:after="120"/>'
            '<w:outlineLvl w:val="1"/>',
            '<w:b/><w:bCs/><w:sz w:val="32"/><w:szCs w:val="32"/>'),
        pst('Heading', 'Heading', 'Normal', 'BodyText', '<w:keepNext w:val="true"/><w:spacing w:before="240" '
            'w:after="120"/>', '<w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans" '
            'w:eastAsia="Microsoft YaHei" w:cs="Arial"/><w:sz w:val="28"/><w:szCs w:val="28"/>'),
        pst('BodyText', 'Body Text', 'Normal', ppr='<w:spacing w:before="0" w:after="140" w:line="276" '
            'w:lineRule="auto"/>'),
        pst('List', 'List', 'BodyText', rpr='<w:cs w:val="Arial"/>'),
        pst('Caption', 'caption', 'Normal', ppr='<w:suppressLineNumbers/><w:spacing w:before="120" w:after="120"/>',
            rpr='<w:i/><w:iCs/><w:sz w:val="24"/><w:szCs w:val="24"/>'),
        pst('Index', 'Index', 'Normal', ppr='<w:suppressLineNumbers/>'),
        pst('Title', 'Title', 'Heading', 'BodyText', '<w:jc w:val="center"/>',
            '<w:b/><w:bCs/><w:sz w:val="56"/><w:szCs w:val="56"/>'),
        pst('TableContents', 'Table Contents', 'Normal', ppr='<w:suppressLineNumbers/>'),
        pst('TableHeading', 'Table Heading', 'TableContents', ppr='<w:suppressLineNumbers/><w:jc w:val="center"/>',
            rpr='<w:b/><w:bCs/>'),
        pst('HeaderandFooter', 'Header and Footer', 'Normal',
            ppr='<w:suppressLineNumbers/><w:tabs><w:tab w:val="clear" w:pos="709"/><w:tab w:val="center" '
                'w:pos="4819"/><w:tab w:val="right" w:pos="9638"/></w:tabs>'),
        pst('Header', 'header', 'HeaderandFooter'),
        pst('Footer', 'footer', 'HeaderandFooter'),
        '<w:style w:type="character" w:styleId="NumberingSymbols"><w:name w:val="Numbering Symbols"/>'
        '<w:qFormat/></w:style>',
        '<w:style w:type="character" w:styleId="Bullets"><w:name w:val="Bullets"/><w:qFormat/><w:rPr>'
        '<w:rFonts w:ascii="OpenSymbol" w:hAnsi="OpenSymbol" w:eastAsia="OpenSymbol" w:cs="OpenSymbol"/></w:rPr>'
        '</w:style>']))


def build_libreoffice():
    lo = LO()
    x = []
    NUM_BUL, NUM_PAR = 1, 2
    TABS = [('left', 1701)]

    def par(items, **kw):
        return lo.p(items, **kw)

    def ph(text):
        return lo.p([text], style='Heading2', num=(0, NUM_PAR))

    def bul(text):
        return lo.p([text], num=(0, NUM_BUL), spacing='w:before="0" w:after="60"')

    x.append(lo.p(['Protokoll'], style='Title'))
    x.append(par(['Nätverksmöte med kommunernas missbruks- och beroendeverksamheter'], jc='center'))
    x.append(par([('b', 'Datum:'), '\ttorsdag 5 februari 2026'], tabs=TABS, spacing='w:before="0" w:after="0"'))
    x.append(par([('b', 'Tid:'), '\tkl. 9.00–11.30'], tabs=TABS, spacing='w:before="0" w:after="0"'))
    x.append(par([('b', 'Plats:'), '\tLandskrona, Stadshuset, sammanträdesrum Rönnen'], tabs=TABS,
                 spacing='w:before="0" w:after="0"'))
    x.append(par([('b', 'Ordförande:'), '\tTorsten Tornell'], tabs=TABS, spacing='w:before="0" w:after="0"'))
    x.append(par([('b', 'Sekreterare:'), '\tSiw Malmgård'], tabs=TABS, spacing='w:before="0" w:after="0"'))
    x.append(par([('b', 'Justerare:'), '\tBente Fredriksen'], tabs=TABS))

    # attendance table: two columns, several paragraphs per cell
    b = '<w:%s w:val="single" w:sz="2" w:space="0" w:color="000000"/>'

    def cell(paras, right=False):
        borders = (b % 'top') + (b % 'left') + (b % 'bottom') + ((b % 'right') if right else '')
        return ('<w:tc><w:tcPr><w:tcW w:w="4819" w:type="dxa"/><w:tcBorders>%s</w:tcBorders></w:tcPr>%s</w:tc>'
                % (borders, paras))
    present = ['Torsten Tornell, Landskrona', 'Mazen Qassab, Helsingborg', 'Branka Milošević, Bjuv',
               'Aušra Vaitkienė, Svalöv', 'Quang Tran, Höganäs', 'Bente Fredriksen, Båstad', 'Abdiqani Nur, Åstorp',
               'Siw Malmgård, Landskrona']
    absent = ['Serkan Erdoğan, Klippan', 'Lihua Chen, Ängelholm']
    tbl = ('<w:tbl><w:tblPr><w:tblW w:w="9638" w:type="dxa"/><w:jc w:val="left"/><w:tblInd w:w="0" w:type="dxa"/>'
           '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="55" w:type="dxa"/><w:left w:w="55" w:type="dxa"/>'
           '<w:bottom w:w="55" w:type="dxa"/><w:right w:w="55" w:type="dxa"/></w:tblCellMar></w:tblPr>'
           '<w:tblGrid><w:gridCol w:w="4819"/><w:gridCol w:w="4819"/></w:tblGrid>')
    tbl += '<w:tr><w:trPr><w:tblHeader/></w:trPr>%s%s</w:tr>' % (
        cell(lo.p(['Närvarande'], style='TableHeading', mark_b=True)),
        cell(lo.p(['Frånvarande'], style='TableHeading', mark_b=True), right=True))
    tbl += '<w:tr>%s%s</w:tr>' % (
        cell(''.join(lo.p([n], style='TableContents') for n in present)),
        cell(''.join(lo.p([n], style='TableContents') for n in absent), right=True))
    tbl += '</w:tbl>'
    x.append(tbl)
    x.append(par([], spacing='w:before="0" w:after="0"'))
    x.append(par([('b', 'Adjungerad:'), '\tBeatriz Fonseca, Kriminalvården, frivården Helsingborg (§ 4)'],
                 tabs=TABS))
    x.append(par(['Perstorp och Örkelljunga har ännu inte utsett någon representant till nätverket.']))

    # § 1
    x.append(ph('Mötets öppnande och val av justerare'))
    x.append(par(['Torsten Tornell öppnade mötet och hälsade Beatriz Fonseca välkommen. Bente Fredriksen valdes att '
                  'justera dagens protokoll.']))
    # § 2
    x.append(ph('Runda'))
    x.append(bul('Helsingborg: mottagningen för unga vuxna har flyttat till nya lokaler vid Knutpunkten.'))
    x.append(bul('Landskrona: kommunens eget stödboende har fått två nya platser.'))
    x.append(bul('Bjuv: använder nu ASI-intervjun i alla utredningar.'))
    x.append(bul('Höganäs: fler anmälningar om spelberoende än tidigare, mest unga män.'))
    x.append(bul('Svalöv: inget nytt.'))
    x.append(lo.p(['Båstad och Åstorp: se § 5.'], num=(0, NUM_BUL)))
    # § 3
    x.append(ph('Platser för abstinensbehandling på helger'))
    x.append(par(['Mazen Qassab tog upp att det ofta saknas platser för abstinensbehandling i Helsingborg från fredag '
                  'eftermiddag till måndag morgon och att kommunerna då får skicka klienter till Malmö eller Lund.']))
    x.append(par(['Mazen sa: ”En fredag i januari ringde vi runt i fyra timmar innan vi hittade en säng.”']))
    x.append(par(['Quang Tran sa att Höganäs har haft samma problem och att polisen ibland får ta hand om personen i '
                  'stället.']))
    x.append(par(['Aušra Vaitkienė frågade om regionen har lovat fler platser. Mazen svarade att han inte har fått något '
                  'besked.']))
    x.append(par([('b', 'Beslut:'), ' Mazen skriver till Region Skåne å nätverkets vägnar och ber om ett möte om '
                  'helgplatserna före sommaren.']))
    # § 4
    x.append(ph('Kontraktsvård och samarbetet med frivården'))
    x.append(par(['Beatriz Fonseca från frivården berättade att antalet domar med kontraktsvård har ökat i nordväst, '
                  'men', ('pagebreak', ' att frivården ofta inte får veta vem på socialtjänsten som har ansvaret.')]))
    x.append(par(['Beatriz sa: ”Vi vill inte ha fler blanketter, vi vill ha ett namn och ett telefonnummer.”']))
    x.append(par(['Abdiqani Nur frågade hur lång tid frivården behöver för ett yttrande. Beatriz svarade att det brukar '
                  'ta tre veckor.']))
    x.append(par(['Nätverket beslutade att varje kommun utser en kontaktperson för kontraktsvård och meddelar Siw '
                  'namnet senast den 27 februari.']))
    # § 5
    x.append(ph('Övriga frågor'))
    x.append(par(['Branka Milošević berättade att Bjuv och Åstorp planerar en gemensam anhöriggrupp för föräldrar till '
                  'unga som använder narkotika.']))
    x.append(par(['Bente Fredriksen tog upp att Båstad under sommaren behöver hjälp med jour för missbruksärenden och '
                  'frågade om någon kommun kan samarbeta. Abdiqani lovade att höra med Åstorps jourgrupp.']))
    x.append(par(['Inga beslut fattades.']))
    # § 6
    x.append(ph('Mötets avslutande'))
    x.append(par(['Torsten tackade för ett bra möte och avslutade det kl. 11.25. Nästa möte är torsdag 16 april 2026 i '
                  'Helsingborg.', ('goback',)]))

    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId3"/><w:footerReference w:type="default" '
            'r:id="rId4"/><w:type w:val="nextPage"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:left="1134" '
            'w:right="1134" w:gutter="0" w:header="1134" w:top="1693" w:footer="1134" w:bottom="1693"/>'
            '<w:pgNumType w:fmt="decimal"/><w:formProt w:val="false"/><w:textDirection w:val="lrTb"/>'
            '<w:docGrid w:type="default" w:linePitch="100" w:charSpace="0"/></w:sectPr>')
    doc = DECL + '<w:document %s><w:body>%s%s</w:body></w:document>' % (LO_NS, ''.join(x), sect)
    hdr = DECL + '<w:hdr %s>%s</w:hdr>' % (LO_NS, lo.p([('b', 'Beroendenätverket i nordväst'), '\t\tProtokoll'],
                                                       style='Header'))
    ftr = DECL + '<w:ftr %s>%s</w:ftr>' % (LO_NS, lo.p([
        'Sida ', ('raw', '<w:fldSimple w:instr=" PAGE "><w:r><w:rPr></w:rPr><w:t>1</w:t></w:r></w:fldSimple>')],
        style='Footer', jc='center'))

    bullets = ''.join(lo_lvl(i, 'bullet', ['•', '◦', '▪'][i % 3], 720 + 360 * i, 360, font='OpenSymbol')
                      for i in range(9))
    paras = lo_lvl(0, 'decimal', '§ %1', 0, 0, suff='space') + ''.join(
        lo_lvl(i, 'decimal', '%%%d.' % (i + 1), 720 + 360 * (i - 1), 360) for i in range(1, 9))
    numbering = DECL + (
        '<w:numbering %s><w:abstractNum w:abstractNumId="1"><w:nsid w:val="5E7A2C14"/>'
        '<w:multiLevelType w:val="hybridMultilevel"/>%s</w:abstractNum>'
        '<w:abstractNum w:abstractNumId="2"><w:nsid w:val="31B90D6F"/><w:multiLevelType w:val="multilevel"/>%s'
        '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num></w:numbering>') % (LO_NS, bullets, paras)
    fonts = DECL + '<w:fonts %s>%s</w:fonts>' % (LO_NS, ''.join(
        '<w:font w:name="%s">%s<w:charset w:val="%s"%s/><w:family w:val="%s"/><w:pitch w:val="%s"/></w:font>' % f
        for f in [('Times New Roman', '', '00', ' w:characterSet="windows-1252"', 'roman', 'variable'),
                  ('Symbol', '', '02', '', 'roman', 'variable'),
                  ('Arial', '', '00', ' w:characterSet="windows-1252"', 'swiss', 'variable'),
                  ('OpenSymbol', '<w:altName w:val="Arial Unicode MS"/>', '02', '', 'auto', 'default'),
                  ('Liberation Serif', '<w:altName w:val="Times New Roman"/>', '00',
                   ' w:characterSet="windows-1252"', 'roman', 'variable'),
                  ('Liberation Sans', '<w:altName w:val="Arial"/>', '00', ' w:characterSet="windows-1252"',
                   'swiss', 'variable')]))
    settings = DECL + (
        '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:zoom w:percent="100"/>'
        '<w:defaultTabStop w:val="709"/><w:autoHyphenation w:val="true"/><w:characterSpacingControl '
        'w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:themeFontLang w:val="sv-SE" '
        'w:eastAsia="zh-CN" w:bidi="hi-IN"/></w:settings>')
    text = text_of(doc)
    app = DECL + (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template></Template>'
        '<TotalTime>51</TotalTime><Application>LibreOffice/7.6.4.1$Windows_X86_64 LibreOffice_project/'
        'e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1</Application><AppVersion>15.0000</AppVersion><Pages>2</Pages>'
        '<Words>%d</Words><Characters>%d</Characters><CharactersWithSpaces>%d</CharactersWithSpaces>'
        '<Paragraphs>%d</Paragraphs></Properties>') % (
        len(text.split()), len(text.replace(' ', '')), len(text), doc.count('<w:p>'))
    core = DECL + (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-02-05T09:02:17Z</dcterms:created>'
        '<dc:creator>Siw Malmgård</dc:creator><dc:description></dc:description><dc:language>sv-SE</dc:language>'
        '<cp:lastModifiedBy>Siw Malmgård</cp:lastModifiedBy>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-02-06T13:48:05Z</dcterms:modified>'
        '<cp:revision>4</cp:revision><dc:subject></dc:subject><dc:title></dc:title></cp:coreProperties>')
    rels = rels_xml([('rId1', REL + 'styles', 'styles.xml'), ('rId2', REL + 'numbering', 'numbering.xml'),
                     ('rId3', REL + 'header', 'header1.xml'), ('rId4', REL + 'footer', 'footer1.xml'),
                     ('rId5', REL + 'fontTable', 'fontTable.xml'), ('rId6', REL + 'settings', 'settings.xml')])
    root = rels_xml([('rId1', PKG_REL.replace('relationships', 'relationships/metadata/core-properties'),
                      'docProps/core.xml'),
                     ('rId2', REL + 'extended-properties', 'docProps/app.xml'),
                     ('rId3', REL + 'officeDocument', 'word/document.xml')])
    ct = content_types([
        ('/_rels/.rels', CT_REL),
        ('/word/_rels/document.xml.rels', CT_REL),
        ('/docProps/app.xml', CT_APP),
        ('/docProps/core.xml', CT_CORE),
        ('/word/styles.xml', CT_W + 'styles+xml'),
        ('/word/numbering.xml', CT_W + 'numbering+xml'),
        ('/word/header1.xml', CT_W + 'header+xml'),
        ('/word/footer1.xml', CT_W + 'footer+xml'),
        ('/word/fontTable.xml', CT_W + 'fontTable+xml'),
        ('/word/settings.xml', CT_W + 'settings+xml'),
        ('/word/document.xml', CT_W + 'document.main+xml')],
        defaults=(('xml', 'application/xml'), ('rels', CT_REL), ('png', 'image/png'), ('jpeg', 'image/jpeg')))
    return write_zip('beroende_libreoffice_paragrafer.docx', [
        ('_rels/.rels', root),
        ('docProps/app.xml', app),
        ('docProps/core.xml', core),
        ('word/_rels/document.xml.rels', rels),
        ('word/styles.xml', lo_styles()),
        ('word/numbering.xml', numbering),
        ('word/header1.xml', hdr),
        ('word/footer1.xml', ftr),
        ('word/fontTable.xml', fonts),
        ('word/settings.xml', settings),
        ('word/document.xml', doc),
        ('[Content_Types].xml', ct)])


# ==========================================================================
# Shared Word-like helpers (Word for the web and the template system)
# ==========================================================================
WW_NS = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:aink="http://schemas.microsoft.com/office/drawing/2016/ink" '
    'xmlns:am3d="http://schemas.microsoft.com/office/drawing/2017/model3d" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:oel="http://schemas.microsoft.com/office/2019/extlst" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
    'xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex" '
    'xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid" '
    'xmlns:w16="http://schemas.microsoft.com/office/word/2018/wordml" '
    'xmlns:w16du="http://schemas.microsoft.com/office/word/2023/wordml/word16du" '
    'xmlns:w16sdtdh="http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash" '
    'xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
    'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'mc:Ignorable="w14 w15 w16se w16cid w16 w16cex w16sdtdh w16du wp14"')


class WordLike:
    def __init__(self, rsids, seed):
        self.rsids = rsids
        self.ri = 0
        self.seed = seed
        self.bm = 0
        self.rels = []

    def rnd(self):
        self.seed = (self.seed * 1103515245 + 12345) & 0x7FFFFFFF
        v = self.seed
        if v < 0x01000000:
            v += 0x10000000
        return '%08X' % v

    def rs(self):
        self.ri = (self.ri + 1) % len(self.rsids)
        return self.rsids[self.ri]

    @staticmethod
    def rpr(d):
        s = ''
        if d.get('rStyle'):
            s += '<w:rStyle w:val="%s"/>' % d['rStyle']
        if d.get('font'):
            f = d['font']
            s += '<w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s"%s/>' % (
                f, f, f, ' w:hint="eastAsia"' if d.get('hint') else '')
        if d.get('b'):
            s += '<w:b/><w:bCs/>'
        if d.get('noProof'):
            s += '<w:noProof/>'
        if d.get('color'):
            s += '<w:color w:val="%s"/>' % d['color']
        if d.get('sz'):
            s += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (d['sz'], d['sz'])
        return '<w:rPr>%s</w:rPr>' % s if s else ''

    def run(self, text, **kw):
        return '<w:r w:rsidR="%s">%s%s</w:r>' % (self.rsids[self.ri], self.rpr(kw), run_content(text))

    def runs(self, items, **base):
        out = []
        for it in items:
            if isinstance(it, str):
                out.append(self.run(it, **base))
            elif it[0] == 'b':
                out.append(self.run(it[1], **dict(base, b=True)))
            elif it[0] == 'raw':
                out.append(it[1])
            elif it[0] == 'link':
                rid = 'rId%d' % (100 + len(self.rels))
                self.rels.append((rid, it[1]))
                out.append('<w:hyperlink r:id="%s" w:history="1">%s</w:hyperlink>' % (
                    rid, self.run(it[2], **dict(base, rStyle='Hyperlink'))))
            elif it[0] == 'split':   # rsid split inside a sentence
                self.rs()
            elif it[0] == 'bm':
                out.append('<w:bookmarkStart w:id="%d" w:name="%s"/>' % (self.bm, it[1]))
                out.append(self.runs(it[2], **base))
                out.append('<w:bookmarkEnd w:id="%d"/>' % self.bm)
                self.bm += 1
            else:
                raise ValueError(it)
        return ''.join(out)

    def p(self, items, style=None, num=None, tabs=None, spacing=None, ind=None, jc=None, keep=False, ctx=False,
          mark=None, **base):
        ppr = ''
        if style:
            ppr += '<w:pStyle w:val="%s"/>' % style
        if keep:
            ppr += '<w:keepNext/>'
        if num:
            ppr += '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % num
        if tabs:
            ppr += '<w:tabs>%s</w:tabs>' % ''.join('<w:tab w:val="%s" w:pos="%d"/>' % t for t in tabs)
        if spacing:
            ppr += '<w:spacing %s/>' % spacing
        if ind:
            ppr += '<w:ind %s/>' % ind
        if ctx:
            ppr += '<w:contextualSpacing/>'
        if jc:
            ppr += '<w:jc w:val="%s"/>' % jc
        if mark:
            ppr += self.rpr(mark)
        r = self.rsids[self.ri]
        body = self.runs(items, **base)
        return '<w:p w14:paraId="%s" w14:textId="%s" w:rsidR="%s" w:rsidRDefault="%s" w:rsidP="%s">%s%s</w:p>' % (
            self.rnd(), self.rnd(), r, self.rsids[0], r, '<w:pPr>%s</w:pPr>' % ppr if ppr else '', body)

    def tc(self, width, content, shd=None, valign=None):
        pr = '<w:tcW w:w="%d" w:type="dxa"/>' % width
        if shd:
            pr += '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % shd
        if valign:
            pr += '<w:vAlign w:val="%s"/>' % valign
        return '<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>' % (pr, content)

    def tr(self, cells, header=False):
        trpr = '<w:trPr><w:tblHeader/></w:trPr>' if header else ''
        return '<w:tr w:rsidR="%s" w14:paraId="%s" w14:textId="%s">%s%s</w:tr>' % (
            self.rsids[self.ri], self.rnd(), self.rnd(), trpr, ''.join(cells))

    @staticmethod
    def tbl(grid, rows, style='TableGrid', borders=True, look='04A0'):
        s = '<w:tbl><w:tblPr><w:tblStyle w:val="%s"/><w:tblW w:w="%d" w:type="dxa"/>' % (style, sum(grid))
        if not borders:
            s += '<w:tblBorders>' + ''.join(
                '<w:%s w:val="none" w:sz="0" w:space="0" w:color="auto"/>' % e
                for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV')) + '</w:tblBorders>'
        s += ('<w:tblLayout w:type="fixed"/><w:tblLook w:val="%s" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
              'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>' % look)
        s += '<w:tblGrid>%s</w:tblGrid>' % ''.join('<w:gridCol w:w="%d"/>' % g for g in grid)
        return s + ''.join(rows) + '</w:tbl>'


def ww_bullets(aid, nsid, tmpl):
    lv = ''
    for i in range(9):
        text, font = [('\uf0b7', 'Symbol'), ('o', 'Courier New'), ('\uf0a7', 'Wingdings')][i % 3]
        lv += ('<w:lvl w:ilvl="%d" w:tplc="041D000%d"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
               '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="360"/></w:pPr>'
               '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:hint="default"/></w:rPr></w:lvl>') % (
            i, 1 + 2 * (i % 3), text, 720 * (i + 1), font, font)
    return ('<w:abstractNum w:abstractNumId="%d" w15:restartNumberingAfterBreak="0"><w:nsid w:val="%s"/>'
            '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="%s"/>%s</w:abstractNum>') % (
        aid, nsid, tmpl, lv)


def ww_theme(major, minor):
    accents = ['156082', 'E97132', '196B24', '0F9ED5', 'A02B93', '4EA72E']
    clr = ('<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>'
           '<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="0E2841"/></a:dk2>'
           '<a:lt2><a:srgbClr val="E8E8E8"/></a:lt2>' +
           ''.join('<a:accent%d><a:srgbClr val="%s"/></a:accent%d>' % (i + 1, c, i + 1)
                   for i, c in enumerate(accents)) +
           '<a:hlink><a:srgbClr val="467886"/></a:hlink><a:folHlink><a:srgbClr val="96607D"/></a:folHlink>'
           '</a:clrScheme>')
    fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    ln = ''.join('<a:ln w="%d" cap="flat" cmpd="sng" algn="ctr">%s<a:prstDash val="solid"/><a:miter lim="800000"/>'
                 '</a:ln>' % (w, fill) for w in (12700, 19050, 25400))
    return DECL_CRLF + (
        '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office-tema">'
        '<a:themeElements>%s<a:fontScheme name="Office"><a:majorFont><a:latin typeface="%s"/><a:ea typeface=""/>'
        '<a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="%s"/><a:ea typeface=""/>'
        '<a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst>%s'
        '</a:fillStyleLst><a:lnStyleLst>%s</a:lnStyleLst><a:effectStyleLst>%s</a:effectStyleLst>'
        '<a:bgFillStyleLst>%s</a:bgFillStyleLst></a:fmtScheme></a:themeElements><a:objectDefaults/>'
        '<a:extraClrSchemeLst/></a:theme>') % (
        clr, major, minor, fill * 3, ln, '<a:effectStyle><a:effectLst/></a:effectStyle>' * 3, fill * 3)


def ww_core(creator, last, rev, created, modified, title=''):
    return DECL_CRLF + (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title>%s</dc:title><dc:subject></dc:subject><dc:creator>%s</dc:creator><cp:keywords></cp:keywords>'
        '<dc:description></dc:description><cp:lastModifiedBy>%s</cp:lastModifiedBy><cp:revision>%d</cp:revision>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>') % (
        esc(title), esc(creator), esc(last), rev, created, modified)


def ww_app(doc, template, company, pages, minutes):
    text = text_of(doc)
    return DECL_CRLF + (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        '<Template>%s</Template><TotalTime>%d</TotalTime><Pages>%d</Pages><Words>%d</Words>'
        '<Characters>%d</Characters><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
        '<Lines>%d</Lines><Paragraphs>%d</Paragraphs><ScaleCrop>false</ScaleCrop><Company>%s</Company>'
        '<LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>%d</CharactersWithSpaces>'
        '<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>'
        '</Properties>') % (esc(template), minutes, pages, len(text.split()), len(text.replace(' ', '')),
                            max(1, len(text) // 70), doc.count('<w:p '), esc(company), len(text))


def ww_fonts(names):
    table = {
        'Symbol': ('05050102010706020507', '02', 'roman'),
        'Times New Roman': ('02020603050405020304', '00', 'roman'),
        'Courier New': ('02070309020205020404', '00', 'modern'),
        'Wingdings': ('05000000000000000000', '02', 'auto'),
        'MS Gothic': ('020B0609070205080204', '80', 'modern'),
        'Aptos': ('020B0004020202020204', '00', 'swiss'),
        'Aptos Display': ('020B0004020202020204', '00', 'swiss'),
        'Calibri': ('020F0502020204030204', '00', 'swiss'),
        'Calibri Light': ('020F0302020204030204', '00', 'swiss'),
        'Garamond': ('02020404030301010803', '00', 'roman'),
        'Arial': ('020B0604020202020204', '00', 'swiss'),
    }
    s = ''
    for n in names:
        pan, cs, fam = table[n]
        s += ('<w:font w:name="%s"><w:panose1 w:val="%s"/><w:charset w:val="%s"/><w:family w:val="%s"/>'
              '<w:pitch w:val="variable"/></w:font>') % (n, pan, cs, fam)
    return DECL_CRLF + '<w:fonts %s>%s</w:fonts>' % (WW_NS, s)


def ww_settings(rsids, docid, extra=''):
    return DECL_CRLF + (
        '<w:settings xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" '
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
        'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
        'xmlns:sl="http://schemas.openxmlformats.org/schemaLibrary/2006/main" mc:Ignorable="w14 w15">'
        '<w:zoom w:percent="100"/>%s<w:defaultTabStop w:val="1304"/><w:hyphenationZone w:val="425"/>'
        '<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/><w:compatSetting '
        'w:name="overrideTableStyleFontSizeAndJustification" w:uri="http://schemas.microsoft.com/office/word" '
        'w:val="1"/><w:compatSetting w:name="enableOpenTypeFeatures" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/><w:compatSetting '
        'w:name="doNotFlipMirrorIndents" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
        '</w:compat><w:rsids><w:rsidRoot w:val="%s"/>%s</w:rsids><m:mathPr><m:mathFont m:val="Cambria Math"/>'
        '</m:mathPr><w:themeFontLang w:val="sv-SE"/><w:clrSchemeMapping w:bg1="light1" w:t1="dark1" '
        'w:bg2="light2" w:t2="dark2" w:accent1="accent1" w:accent2="accent2" w:accent3="accent3" '
        'w:accent4="accent4" w:accent5="accent5" w:accent6="accent6" w:hyperlink="hyperlink" '
        'w:followedHyperlink="followedHyperlink"/><w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/>'
        '<w14:docId w14:val="%s"/><w15:docId w15:val="{%s}"/></w:settings>') % (
        extra, rsids[0], ''.join('<w:rsid w:val="%s"/>' % r for r in sorted(rsids)), docid[:8], docid)


# ==========================================================================
# 3. Word for the web / Teams meeting notes
# ==========================================================================
def web_styles():
    return DECL_CRLF + (
        '<w:styles %s><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" '
        'w:eastAsiaTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:kern w:val="2"/>'
        '<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="sv-SE" w:eastAsia="en-US" w:bidi="ar-SA"/>'
        '<w14:ligatures w14:val="standardContextual"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
        '<w:spacing w:after="160" w:line="278" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
        '</w:style>'
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
        '<w:next w:val="Normal"/><w:link w:val="Heading1Char"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr>'
        '<w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr>'
        '<w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" '
        'w:cstheme="majorBidi"/><w:color w:val="0F4761" w:themeColor="accent1" w:themeShade="BF"/>'
        '<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>'
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default '
        'Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
        '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" '
        'w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
        '<w:style w:type="character" w:customStyle="1" w:styleId="Heading1Char"><w:name w:val="Heading 1 Char"/>'
        '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Heading1"/><w:uiPriority w:val="9"/>'
        '<w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" '
        'w:cstheme="majorBidi"/><w:color w:val="0F4761" w:themeColor="accent1" w:themeShade="BF"/>'
        '<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
        '<w:next w:val="Normal"/><w:link w:val="TitleChar"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr>'
        '<w:spacing w:after="80" w:line="240" w:lineRule="auto"/><w:contextualSpacing/></w:pPr><w:rPr>'
        '<w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" '
        'w:cstheme="majorBidi"/><w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="48"/><w:szCs w:val="48"/>'
        '</w:rPr></w:style>'
        '<w:style w:type="character" w:customStyle="1" w:styleId="TitleChar"><w:name w:val="Title Char"/>'
        '<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Title"/><w:uiPriority w:val="10"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/>'
        '<w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/>'
        '<w:contextualSpacing/></w:pPr></w:style>'
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
        '<w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left '
        'w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" '
        'w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" '
        'w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '</w:tblBorders></w:tblPr></w:style>'
        '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>'
        '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr>'
        '<w:color w:val="467886" w:themeColor="hyperlink"/><w:u w:val="single"/></w:rPr></w:style>'
        '</w:styles>') % WW_NS


def build_web():
    rsids = ['1A6D3F02', '2C84B517', '4F0E9A63', '5B27C1D8', '6D93E04A', '7E15A8F9']
    c = WordLike(rsids, 0x5C31E7)
    NUM_BUL = 1
    x = []

    def cp(items, **kw):   # paragraph inside a table cell
        kw.setdefault('spacing', 'w:after="60"')
        return c.p(items, **kw)

    def cbul(items, last=False):
        return c.p(items, style='ListParagraph', num=(0, NUM_BUL), ctx=True, ind='w:left="360" w:hanging="360"',
                   spacing='w:after="60"' if last else None)

    x.append(c.p(['Nätverket för ensamkommande och nyanlända – mötesanteckningar'], style='Title'))

    # meeting facts: label | value
    F = [2268, 6794]
    gray = 'F2F2F2'

    def fact(label, value_paras):
        c.rs()
        return c.tr([c.tc(F[0], cp([('b', label)]), shd=gray), c.tc(F[1], value_paras)])
    teams = ('https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ5ZTMxYjItOGQ0Ny00ZjEyLWE2NTMtYmY1ZjdiYjI0'
             'OTIx%40thread.v2/0?context=%7b%22Tid%22%3a%22c2f0d9b1-7a3e-4e51-9b0a-2d8a3c51e6f4%22%7d')
    attendees = ['Ignacio Valdés (Åstorp)', 'Khadra Abdulle (Helsingborg)', 'Agne Fritzell (Perstorp)',
                 'Mehret Habtom (Landskrona)', 'Gergely Bíró (Höganäs)', 'Zarghuna Ahmadzai (Ängelholm)',
                 'Lillian Hultqvist (Svalöv)']
    rows = [
        fact('Datum och tid', cp(['onsdag 14 januari 2026, 09.00–11.30'])),
        fact('Plats', cp(['Åstorp, Kommunhuset, rum Kärreberga'])),
        fact('Teams', cp([('link', teams, 'Anslut till mötet')])),
        fact('Mötesledare', cp(['Ignacio Valdés'])),
        fact('Antecknare', cp(['Lillian Hultqvist'])),
        fact('Deltagare', cp(['\n'.join(attendees)])),
        fact('Frånvarande', cp(['Tolga Erdem (Örkelljunga)'])),
        fact('Gäst', cp(['Panagiotis Kouris, Migrationsverket, punkt 3'])),
    ]
    x.append(c.tbl(F, rows))
    x.append(c.p([]))
    x.append(c.p(['Dagordning och anteckningar'], style='Heading1'))

    # the agenda: one table, one row per item
    A = [2041, 5329, 1692]
    hdr = c.tr([c.tc(A[0], cp([('b', 'Ämne')]), shd='DAE9F7'), c.tc(A[1], cp([('b', 'Anteckningar')]), shd='DAE9F7'),
                c.tc(A[2], cp([('b', 'Ansvarig')]), shd='DAE9F7')], header=True)
    arows = [hdr]

    def item(title, notes, ansvarig):
        c.rs()
        return c.tr([c.tc(A[0], cp([('b', title)])), c.tc(A[1], ''.join(notes)), c.tc(A[2], cp([ansvarig]))])

    arows.append(item('Runda', [
        cbul(['Helsingborg: 14 ensamkommande barn har anvisats sedan oktober.']),
        cbul(['Landskrona: fler familjer kommer genom familjeåterförening.']),
        cbul(['Perstorp: inga nya anvisningar.']),
        cbul(['Svalöv: samhällsorienteringen har fått en ny lokal i Teckomatorp.']),
        cbul(['Höganäs och Ängelholm: se punkt 4.']),
        cbul(['Åstorp: inget nytt.'], last=True)], 'Alla'))
    arows.append(item('Ensamkommande som fyller 18 år', [
        cp(['Khadra Abdulle tog upp att Helsingborg har flera ungdomar som fyller 18 under våren och som står utan '
            'boende när placeringen upphör.']),
        cbul(['Helsingborg har i dag sju ungdomar i den situationen.']),
        cbul(['Tre av dem går på gymnasiet.'], last=True),
        cp(['Khadra sa: ”De går från ett HVB med personal dygnet runt till ingenting, på en dag.”']),
        cp(['Mehret Habtom frågade om någon kommun har egna träningslägenheter. Agne svarade att Perstorp har två.']),
        cp([('b', 'Beslut:'), ' Khadra och Agne tar fram ett förslag på en gemensam utslussningsmodell till mötet i '
                              'mars.'])], 'Khadra Abdulle'))
    arows.append(item('Migrationsverkets anvisningar under 2026', [
        cp(['Panagiotis Kouris från Migrationsverket berättade att anvisningstalen för 2026 blir lägre för alla '
            'kommuner i nordväst och att besluten kommer senare än tidigare år.']),
        cp(['Panagiotis sa: ”Planera för färre, men var beredda på att det kan vända snabbt.”']),
        cp(['Zarghuna Ahmadzai frågade hur kommunerna får veta när ett barn är på väg. Panagiotis svarade att det sker '
            'som tidigare, via e-post till kommunens funktionsbrevlåda.']),
        cp(['Information, inget beslut.'])], 'Panagiotis Kouris'))
    arows.append(item('Gemensam upphandling av tolktjänster', [
        cp(['Gergely Bíró lyfte att Höganäs och Ängelholm har olika tolkavtal och att tolken ofta inte kommer till '
            'hembesök på landsbygden.']),
        cp(['Gergely sa: ”Vi har ställt in fyra hembesök sedan jul för att tolken inte dök upp.”']),
        cp(['Ignacio Valdés undrade om Åstorp kan ansluta sig till en sådan upphandling. Zarghuna sa att Ängelholm '
            'gärna samarbetar.']),
        cp([('b', 'Beslut:'), ' Höganäs undersöker om fler kommuner kan gå med i nästa upphandling av '
                              'tolktjänster.'])], 'Gergely Bíró'))
    arows.append(item('Övriga frågor', [
        cbul(['Mehret Habtom berättade att Landskrona ordnar en informationskväll om barns rättigheter för nyanlända '
              'föräldrar den 11 februari.']),
        cbul(['Agne Fritzell tog upp att Perstorp behöver en ny representant i nätverket när han går i pension i '
              'sommar.'], last=True)], 'Mehret Habtom\nAgne Fritzell'))
    x.append(c.tbl(A, arows))
    x.append(c.p([]))

    # follow-up: checklist with w14:checkbox content controls
    x.append(c.p(['Uppföljning'], style='Heading1'))
    sdt_id = [-1702545217, 1830294466, -512077893, 964310528]

    def check(k, checked, text, wingdings=False):
        if wingdings:
            st = ('<w14:checkedState w14:val="00FE" w14:font="Wingdings"/>'
                  '<w14:uncheckedState w14:val="00A8" w14:font="Wingdings"/>')
            content = '<w:r><w:rPr><w:sz w:val="24"/></w:rPr><w:sym w:font="Wingdings" w:char="%s"/></w:r>' % (
                'F0FE' if checked else 'F0A8')
            sdtrpr = '<w:rPr><w:sz w:val="24"/></w:rPr>'
        else:
            st = ('<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
                  '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>')
            content = c.run('☒' if checked else '☐', font='MS Gothic', hint=True)
            sdtrpr = '<w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
        sdt = ('<w:sdt><w:sdtPr>%s<w:id w:val="%d"/><w14:checkbox><w14:checked w14:val="%d"/>%s</w14:checkbox>'
               '</w:sdtPr><w:sdtEndPr/><w:sdtContent>%s</w:sdtContent></w:sdt>') % (
            sdtrpr, sdt_id[k], 1 if checked else 0, st, content)
        return c.p([('raw', sdt), ' ' + text], spacing='w:after="60"', ind='w:left="284" w:hanging="284"')
    x.append(check(0, True, 'Lillian skickar ut presentationen från Migrationsverket till alla deltagare.'))
    x.append(check(1, False, 'Khadra och Agne: förslag om utslussning till mötet i mars.'))
    x.append(check(2, False, 'Gergely: kontakta upphandlingsenheten i Höganäs före den 30 januari.'))
    x.append(check(3, False, 'Alla: skicka antal anvisade barn under 2025 till Lillian senast den 6 februari.',
                   wingdings=True))
    x.append(c.p([]))
    x.append(c.p([('b', 'Nästa möte:'), ' onsdag 11 mars 2026 kl. 09.00–11.30 i Perstorp och via Teams.']))

    sect = ('<w:sectPr w:rsidR="%s"><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" '
            'w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/>'
            '<w:docGrid w:linePitch="360"/></w:sectPr>') % rsids[0]
    doc = DECL_CRLF + '<w:document %s><w:body>%s%s</w:body></w:document>' % (WW_NS, ''.join(x), sect)
    numbering = DECL_CRLF + '<w:numbering %s>%s<w:num w:numId="1" w16cid:durableId="1487210633">' \
        '<w:abstractNumId w:val="0"/></w:num></w:numbering>' % (WW_NS, ww_bullets(0, '3D5B8E21', '8A6C2F4E'))
    rels = [('rId1', REL + 'numbering', 'numbering.xml'), ('rId2', REL + 'styles', 'styles.xml'),
            ('rId3', REL + 'settings', 'settings.xml'), ('rId4', REL + 'webSettings', 'webSettings.xml'),
            ('rId5', REL + 'fontTable', 'fontTable.xml'), ('rId6', REL + 'theme', 'theme/theme1.xml')]
    rels += [(rid, REL + 'hyperlink', t, True) for rid, t in c.rels]
    ct = content_types([
        ('/word/document.xml', CT_W + 'document.main+xml'),
        ('/word/numbering.xml', CT_W + 'numbering+xml'),
        ('/word/styles.xml', CT_W + 'styles+xml'),
        ('/word/settings.xml', CT_W + 'settings+xml'),
        ('/word/webSettings.xml', CT_W + 'webSettings+xml'),
        ('/word/fontTable.xml', CT_W + 'fontTable+xml'),
        ('/word/theme/theme1.xml', CT_THEME),
        ('/docProps/core.xml', CT_CORE),
        ('/docProps/app.xml', CT_APP)], decl=DECL_CRLF)
    root = rels_xml([('rId3', REL + 'extended-properties', 'docProps/app.xml'),
                     ('rId2', PKG_REL.replace('relationships', 'relationships/metadata/core-properties'),
                      'docProps/core.xml'),
                     ('rId1', REL + 'officeDocument', 'word/document.xml')], decl=DECL_CRLF)
    web = DECL_CRLF + '<w:webSettings %s><w:optimizeForBrowser/><w:allowPNG/></w:webSettings>' % WW_NS
    return write_zip('nyanlanda_teams_agendatabell.docx', [
        ('[Content_Types].xml', ct),
        ('_rels/.rels', root),
        ('word/document.xml', doc),
        ('word/_rels/document.xml.rels', rels_xml(rels, decl=DECL_CRLF)),
        ('word/numbering.xml', numbering),
        ('word/styles.xml', web_styles()),
        ('word/settings.xml', ww_settings(rsids, '9B2E4D71-0C5A-4F63-8D1E-72A4C9B05F38')),
        ('word/webSettings.xml', web),
        ('word/fontTable.xml', ww_fonts(['Symbol', 'Courier New', 'Wingdings', 'MS Gothic', 'Aptos',
                                         'Aptos Display', 'Times New Roman'])),
        ('word/theme/theme1.xml', ww_theme('Aptos Display', 'Aptos')),
        ('docProps/core.xml', ww_core('Lillian Hultqvist', 'Lillian Hultqvist', 3, '2026-01-14T07:41:00Z',
                                      '2026-01-14T11:06:00Z', 'Nätverksträff januari')),
        ('docProps/app.xml', ww_app(doc, 'Normal', '', 1, 12))])


# ==========================================================================
# 4. Case-management / template system
# ==========================================================================
def case_styles():
    return DECL_CRLF + (
        '<w:styles %s><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Garamond" w:eastAsia="Times New Roman" '
        'w:hAnsi="Garamond" w:cs="Times New Roman"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="sv-SE" '
        'w:eastAsia="sv-SE" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
        '<w:pPr><w:spacing w:after="120"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Rubrik"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
        '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="240" w:after="60"/><w:outlineLvl '
        'w:val="0"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:b/><w:bCs/><w:kern w:val="28"/>'
        '<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Arendepunkt"><w:name w:val="Ärendepunkt"/>'
        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/>'
        '<w:spacing w:before="240" w:after="60"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/>'
        '<w:b/><w:bCs/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Ledtext"><w:name w:val="Ledtext"/>'
        '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr>'
        '<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>'
        '<w:style w:type="character" w:default="1" w:styleId="Standardstycketeckensnitt"><w:name w:val="Default '
        'Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
        '<w:style w:type="table" w:default="1" w:styleId="Normaltabell"><w:name w:val="Normal Table"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
        '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" '
        'w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        '<w:style w:type="numbering" w:default="1" w:styleId="Ingenlista"><w:name w:val="No List"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
        '<w:style w:type="table" w:styleId="Tabellrutnt"><w:name w:val="Table Grid"/>'
        '<w:basedOn w:val="Normaltabell"/><w:uiPriority w:val="39"/><w:tblPr><w:tblBorders><w:top '
        'w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" '
        'w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" '
        'w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Sidhuvud"><w:name w:val="header"/><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/></w:tabs>'
        '<w:spacing w:after="0"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="18"/>'
        '</w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Sidfot"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/></w:tabs>'
        '<w:spacing w:after="0"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="16"/>'
        '</w:rPr></w:style>'
        '</w:styles>') % WW_NS


def build_case():
    rsids = ['00B27E14', '004C91A6', '00E35D08', '0061F2B3']
    c = WordLike(rsids, 0x4B8E21)
    NUM = 1
    x = []
    TABS = [('left', 2268)]

    def fld_simple(instr, result):
        return ('raw', '<w:fldSimple w:instr="%s"><w:r><w:rPr><w:noProof/></w:rPr><w:t>%s</w:t></w:r>'
                       '</w:fldSimple>' % (qattr(instr), esc(result)))

    def fld_complex(instr, result, **rpr):
        rp = c.rpr(rpr)
        rp2 = c.rpr(dict(rpr, noProof=True))
        r = c.rsids[c.ri]
        return ('raw', (
            '<w:r w:rsidR="{r}">{rp}<w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r w:rsidR="{r}">{rp}<w:instrText xml:space="preserve">{i}</w:instrText></w:r>'
            '<w:r w:rsidR="{r}">{rp}<w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:r w:rsidR="{r}">{rp2}<w:t>{res}</w:t></w:r>'
            '<w:r w:rsidR="{r}">{rp}<w:fldChar w:fldCharType="end"/></w:r>').format(
            r=r, rp=rp, rp2=rp2, i=esc(instr), res=esc(result)))

    def label(lbl, items):
        c.rs()
        return c.p([lbl + '\t'] + items, tabs=TABS, spacing='w:after="0"')

    def point(text):
        c.rs()
        return c.p([text], style='Arendepunkt', num=(0, NUM))

    def para(items):
        return c.p(items)

    x.append(c.p([fld_complex(' DOCPROPERTY  Titel  \\* MERGEFORMAT ',
                              'Nätverket för biståndsbedömning inom äldreomsorgen')], style='Rubrik'))
    x.append(c.p(['Minnesanteckningar'], spacing='w:after="240"', b=True))
    x.append(label('Dnr', [fld_simple(' MERGEFIELD Diarienummer ', 'SN 2026/0087')]))
    x.append(label('Sammanträdesdag', [fld_simple(' MERGEFIELD Datum \\@ "dddd d MMMM yyyy" ',
                                                  'tisdag 24 februari 2026')]))
    x.append(label('Tid', [fld_simple(' MERGEFIELD Tid ', '13.30–16.00')]))
    x.append(label('Plats', [fld_simple(' MERGEFIELD Plats ', 'Båstad, Kommunhuset, sammanträdesrum Hoby')]))
    x.append(label('Ordförande', [fld_simple(' MERGEFIELD Ordforande ', 'Birthe Holmgaard')]))
    x.append(c.p(['Sekreterare\t', fld_simple(' MERGEFIELD Sekreterare ', 'Vesa Pulkkinen')], tabs=TABS))

    x.append(c.p([('b', 'Närvarande')], spacing='w:before="120" w:after="0"', keep=True))
    for n in ['Birthe Holmgaard, Båstad', 'Nabil Hourani, Helsingborg', 'Réka Bartos, Ängelholm', 'Shukri Aden, Bjuv',
              'Eija Ruotsalainen, Höganäs', 'Alejandro Muñoz, Perstorp', 'Deepak Venkatesan, Örkelljunga',
              'Vesa Pulkkinen, Båstad']:
        c.rs()
        x.append(c.p([n], spacing='w:after="0"'))
    x.append(c.p([('b', 'Frånvarande')], spacing='w:before="120" w:after="0"', keep=True))
    x.append(c.p(['Ghada Azzam, Landskrona']))

    # 1
    x.append(point('Rapporter från kommunerna'))
    x.append(para(['Helsingborg: biståndshandläggarna har delats in i två team, ett för hemtjänst och ett för '
                   'särskilt boende.']))
    x.append(para(['Ängelholm: kön till särskilt boende har minskat till elva personer.']))
    x.append(para(['Höganäs: ett nytt trygghetsboende öppnar i Viken i april.']))
    x.append(para(['Bjuv, Perstorp och Örkelljunga: inget nytt sedan förra mötet.']))
    # 2
    x.append(point('Ledsagning för äldre'))
    x.append(para(['Réka Bartos tog upp att Ängelholm får allt fler ansökningar om ledsagning från äldre som inte har '
                   'någon anhörig som kan följa med till vården.']))
    x.append(para(['Réka sa: ”Vi beviljar ledsagning till tandläkaren men inte till frisören, och det är svårt att '
                   'förklara varför.”']))
    x.append(para(['Deepak Venkatesan frågade om Ängelholm har skrivna riktlinjer. Réka svarade att de är under '
                   'arbete.']))
    x.append(para([('b', 'Beslut:'), ' Réka skickar Ängelholms utkast till riktlinjer till nätverket för synpunkter '
                                     'före nästa möte.']))
    # 3
    x.append(point('Förebyggande insatser utan behovsprövning'))
    x.append(para(['Nabil Hourani berättade att Helsingborg sedan januari erbjuder trygghetslarm och enklare hemtjänst '
                   'utan biståndsbeslut till alla över 80 år.']))
    x.append(para(['Nabil sa: ”Handläggarna får mer tid till de svåra ärendena när de enkla inte behöver '
                   'utredas.”']))
    x.append(para(['Eija Ruotsalainen frågade hur Helsingborg följer upp insatserna. Alejandro sa att Perstorp är för '
                   'litet för att göra likadant.']))
    x.append(para(['Informationen noterades.']))
    # 4
    x.append(point('Korttidsplatser efter sjukhusvistelse'))
    x.append(para(['Alejandro Muñoz tog upp att Perstorp saknar egna korttidsplatser och att äldre som skrivs ut från '
                   'sjukhuset i Hässleholm ibland får vänta flera dagar på en plats i en annan kommun.']))
    x.append(para(['Alejandro sa: ”Det är inte rimligt att en 90-åring ska flyttas tre gånger på en vecka.”']))
    x.append(para(['Birthe Holmgaard sa att Båstad kan ta emot personer från Perstorp när det finns lediga '
                   'platser.']))
    x.append(para(['Nätverket beslutade att Alejandro och Birthe tar fram ett förslag om att köpa korttidsplatser av '
                   'varandra.']))
    # 5
    x.append(point('Övriga frågor'))
    x.append(para(['Shukri Aden berättade att Bjuv byter verksamhetssystem i maj och att handläggarna då inte kan ta '
                   'emot nya ärenden under en vecka.']))
    x.append(para(['Deepak Venkatesan påminde om Socialstyrelsens webbinarium om den nya socialtjänstlagen den '
                   '12 mars.']))
    x.append(para(['Inga beslut.']))
    x.append(c.p([('b', 'Nästa möte:'), ' tisdag 21 april 2026 kl. 13.30–16.00 i Ängelholm.'],
                 spacing='w:before="240" w:after="480"'))

    # signature lines
    S = [4536, 4536]

    def sig(head, name):
        c.rs()
        return c.tc(S[0], c.p([head], spacing='w:after="720"') + c.p(['……………………………………'], spacing='w:after="0"') +
                    c.p([name], spacing='w:after="0"'))
    x.append(c.tbl(S, [c.tr([sig('Vid protokollet', 'Vesa Pulkkinen'), sig('Justeras', 'Birthe Holmgaard')])],
                   borders=False, look='0000'))
    x.append(c.p([('bm', '_GoBack', [])]))

    sect = ('<w:sectPr w:rsidR="%s" w:rsidSect="%s"><w:headerReference w:type="default" r:id="rId9"/>'
            '<w:footerReference w:type="default" r:id="rId10"/><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="2268" w:right="1418" w:bottom="1418" w:left="1418" w:header="567" w:footer="567" '
            'w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>') % (rsids[0], rsids[0])
    doc = DECL_CRLF + '<w:document %s><w:body>%s%s</w:body></w:document>' % (WW_NS, ''.join(x), sect)

    c.ri = 0
    hdr = DECL_CRLF + '<w:hdr %s>%s%s%s</w:hdr>' % (
        WW_NS,
        c.p([('b', 'BÅSTADS KOMMUN'), '\t\t', ('b', 'MINNESANTECKNINGAR')], style='Sidhuvud'),
        c.p(['Socialförvaltningen\t\tDatum ', fld_complex(' DOCPROPERTY  Datum  \\* MERGEFORMAT ', '2026-02-24')],
            style='Sidhuvud'),
        c.p(['\t\tSida ', fld_complex(' PAGE ', '1'), ' (', fld_complex(' NUMPAGES ', '2'), ')'], style='Sidhuvud',
            spacing='w:after="240"'))
    ftr = DECL_CRLF + '<w:ftr %s>%s</w:ftr>' % (
        WW_NS, c.p(['Båstads kommun – Socialförvaltningen'], style='Sidfot'))

    lv = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Arendepunkt"/>'
          '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr>'
          '</w:lvl>')
    lv += ''.join('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%s"/>'
                  '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="567"/></w:pPr></w:lvl>'
                  % (i, '.'.join('%%%d' % (k + 1) for k in range(i + 1)), 567 * (i + 1)) for i in range(1, 9))
    numbering = DECL_CRLF + (
        '<w:numbering %s><w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0">'
        '<w:nsid w:val="2A7C4E19"/><w:multiLevelType w:val="multilevel"/><w:tmpl w:val="6E0B93D2"/>%s'
        '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>') % (WW_NS, lv)

    item1 = ('<?xml version="1.0" encoding="utf-8"?><Dokumentinformation '
             'xmlns="http://schemas.example.se/arendehantering/dokument/2021">'
             '<Diarienummer>SN 2026/0087</Diarienummer>'
             '<Arendemening>Nätverksträffar för biståndshandläggare inom äldreomsorgen 2026</Arendemening>'
             '<Handlingstyp>Minnesanteckningar</Handlingstyp>'
             '<Handlaggare>Vesa Pulkkinen</Handlaggare>'
             '<Diarieenhet>Socialnämndens diarium, Båstad</Diarieenhet>'
             '<Sekretess>Ingen sekretess</Sekretess>'
             '<Upprattad>2026-02-10</Upprattad>'
             '<Motesdatum>2026-02-17</Motesdatum>'
             '<Motesplats>Båstad, Kommunhuset, sammanträdesrum Skottorp</Motesplats>'
             '<Status>Upprättad</Status></Dokumentinformation>')
    item_props = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\r\n<ds:datastoreItem '
                  'ds:itemID="{7D3A1F52-9E4B-4C08-B6A1-25E8F0C4D913}" '
                  'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs>'
                  '<ds:schemaRef ds:uri="http://schemas.example.se/arendehantering/dokument/2021"/>'
                  '</ds:schemaRefs></ds:datastoreItem>')
    item_rels = rels_xml([('rId1', REL + 'customXmlProps', 'itemProps1.xml')], decl=DECL_CRLF)
    custom = DECL_CRLF + (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">%s</Properties>') % ''.join(
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="%d" name="%s"><vt:lpwstr>%s</vt:lpwstr>'
        '</property>' % (i + 2, n, esc(v)) for i, (n, v) in enumerate([
            ('Titel', 'Nätverket för biståndsbedömning inom äldreomsorgen'), ('Datum', '2026-02-24'),
            ('Diarienummer', 'SN 2026/0087'), ('Handlingstyp', 'Minnesanteckningar'),
            ('DokumentId', 'D2026-004113')]))

    rels = [('rId1', REL + 'customXml', '../customXml/item1.xml'),
            ('rId2', REL + 'numbering', 'numbering.xml'), ('rId3', REL + 'styles', 'styles.xml'),
            ('rId4', REL + 'settings', 'settings.xml'), ('rId5', REL + 'webSettings', 'webSettings.xml'),
            ('rId9', REL + 'header', 'header1.xml'), ('rId10', REL + 'footer', 'footer1.xml'),
            ('rId11', REL + 'fontTable', 'fontTable.xml'), ('rId12', REL + 'theme', 'theme/theme1.xml')]
    ct = content_types([
        ('/customXml/itemProps1.xml', 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml'),
        ('/word/document.xml', CT_W + 'document.main+xml'),
        ('/word/numbering.xml', CT_W + 'numbering+xml'),
        ('/word/styles.xml', CT_W + 'styles+xml'),
        ('/word/settings.xml', CT_W + 'settings+xml'),
        ('/word/webSettings.xml', CT_W + 'webSettings+xml'),
        ('/word/header1.xml', CT_W + 'header+xml'),
        ('/word/footer1.xml', CT_W + 'footer+xml'),
        ('/word/fontTable.xml', CT_W + 'fontTable+xml'),
        ('/word/theme/theme1.xml', CT_THEME),
        ('/docProps/core.xml', CT_CORE),
        ('/docProps/app.xml', CT_APP),
        ('/docProps/custom.xml', CT_CUSTOM)], decl=DECL_CRLF)
    root = rels_xml([('rId3', REL + 'extended-properties', 'docProps/app.xml'),
                     ('rId2', PKG_REL.replace('relationships', 'relationships/metadata/core-properties'),
                      'docProps/core.xml'),
                     ('rId1', REL + 'officeDocument', 'word/document.xml'),
                     ('rId4', REL + 'custom-properties', 'docProps/custom.xml')], decl=DECL_CRLF)
    web = DECL_CRLF + '<w:webSettings %s><w:optimizeForBrowser/><w:allowPNG/></w:webSettings>' % WW_NS
    return write_zip('aldreomsorg_arendesystem_falt.docx', [
        ('[Content_Types].xml', ct),
        ('_rels/.rels', root),
        ('word/document.xml', doc),
        ('word/_rels/document.xml.rels', rels_xml(rels, decl=DECL_CRLF)),
        ('word/header1.xml', hdr),
        ('word/footer1.xml', ftr),
        ('customXml/item1.xml', item1),
        ('customXml/_rels/item1.xml.rels', item_rels),
        ('customXml/itemProps1.xml', item_props),
        ('word/numbering.xml', numbering),
        ('word/styles.xml', case_styles()),
        ('word/settings.xml', ww_settings(rsids, 'E41C7B90-3D28-4A6F-9C05-B71D2E8A4F16')),
        ('word/webSettings.xml', web),
        ('word/fontTable.xml', ww_fonts(['Times New Roman', 'Garamond', 'Arial', 'Calibri',
                                         'Calibri Light'])),
        ('word/theme/theme1.xml', ww_theme('Calibri Light', 'Calibri')),
        ('docProps/core.xml', ww_core('Ärendehantering', 'Vesa Pulkkinen', 7, '2026-02-10T08:12:00Z',
                                      '2026-02-26T14:03:00Z', 'Nätverket för biståndsbedömning inom äldreomsorgen')),
        ('docProps/app.xml', ww_app(doc, 'SN Minnesanteckningar.dotx', 'Båstads kommun', 2, 38)),
        ('docProps/custom.xml', custom)])


if __name__ == '__main__':
    for build in (build_google, build_libreoffice, build_web, build_case):
        print(build())
