#!/usr/bin/env python3
"""Builds the five files of Tests/Fixtures/Layouts/varied56.

Three Word 97-2003 binary documents (.doc) and two RTF files, as old archives
keep them:

  avgifter_maskinskrivet_tabbstopp.doc        2002, typed numbers, tab stops
  barngrupper_sidhuvud_kryssmarkering.doc     2006, network in the page header,
                                              date in the first table row,
                                              attendance with X marks
  trygghetsboende_rubriknumrering_justeras.doc 2009, numbered Heading 1,
                                              bold Beslut:, Justeras block
  faltassistenter_wordpad_anteckning.rtf      2011, written by WordPad
  familjeradgivare_versaler_punktlistor.rtf   2012, capitals headings, bullets

For the .doc files and the second RTF the script writes a WordprocessingML
source (.docx, Python standard library only, zipped with a fixed timestamp)
into a temporary directory and converts it with LibreOffice:

  soffice --headless --convert-to 'doc:MS Word 97' --outdir DIR SOURCE.docx
  soffice --headless --convert-to 'rtf:Rich Text Format' --outdir DIR SOURCE.docx

(a private LibreOffice profile in the temporary directory keeps the conversion
away from the user's own). The WordPad RTF is written by hand, byte for byte,
the way Msftedit 5.41 (WordPad in Windows 7) writes it.

The sources are not kept. The conversion takes the document properties
(title, author, company, dates) from the source, and two builds with
LibreOffice 7.4.7.2 gave identical bytes; another LibreOffice version writes
its own generator string, style table and internals, so a rebuild elsewhere may
differ in bytes (not in text). The committed outputs are the fixtures.

Run from any directory:  python3 make/build.py
VARIED56_TEXT=1 prints the text of each file as a reader of the document sees
it (header, body with automatic numbers and bullets, footer without page
numbers); VARIED56_KEEP=DIR keeps the .docx sources in DIR.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ZIP_TIME = (2026, 1, 1, 0, 0, 0)

W_NS = ('xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"')
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.'


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')


# ---------------------------------------------------------------------------
# Runs.  A run list is a string or a list of strings and tuples:
#   ('b', items) bold, ('i', items) italic, ('u', items) underline,
#   ('fmt', {props}, items), ('hidden', items), ('field', 'PAGE', '1'),
#   ('comment', id, items)
# Text: TAB -> w:tab, LF -> w:br.
# ---------------------------------------------------------------------------
def rpr(p):
    out = []
    if p.get('font'):
        out.append('<w:rFonts w:ascii="%s" w:hAnsi="%s" w:cs="%s"/>' % ((p['font'],) * 3))
    if p.get('b'):
        out.append('<w:b/><w:bCs/>')
    if p.get('i'):
        out.append('<w:i/><w:iCs/>')
    if p.get('caps'):
        out.append('<w:caps/>')
    if p.get('vanish'):
        out.append('<w:vanish/>')
    if p.get('color'):
        out.append('<w:color w:val="%s"/>' % p['color'])
    if p.get('sz'):
        out.append('<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (p['sz'], p['sz']))
    if p.get('u'):
        out.append('<w:u w:val="single"/>')
    return '<w:rPr>%s</w:rPr>' % ''.join(out) if out else ''


def text_run(text, props):
    out = []
    buf = []

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
        else:
            buf.append(ch)
    flush()
    return '<w:r>%s%s</w:r>' % (rpr(props), ''.join(out))


class Doc:
    """A small WordprocessingML package, enough for LibreOffice to read what
    Word 97-2010 would have in the file: styles, lists, tab stops, tables,
    header and footer with fields, comments, hidden text, document properties."""

    def __init__(self, font, size, props):
        self.font = font
        self.size = size            # half-points
        self.props = props          # title, author, company, created, modified, lastby
        self.body = []              # XML of block elements
        self.text = []              # the text as a reader sees it
        self.header = None
        self.footer = None
        self.header_text = []
        self.footer_text = []
        self.comments = []
        self.abstract = []          # numbering.xml abstractNum XML
        self.nums = []              # (numId, abstractId)
        self.list_fmt = {}          # numId -> ('bullet', glyph) | ('decimal', fmt)
        self.counters = {}
        self.heading_num = None     # numId carried by the style Rubrik1
        self.heading_font = None
        self.margins = (1417, 1417, 1417, 1417)

    # -- runs -----------------------------------------------------------------
    def runs(self, items, base=None, sink=None):
        base = dict(base or {})
        if isinstance(items, str):
            items = [items]
        out = []
        for it in items:
            if isinstance(it, str):
                out.append(text_run(it, base))
                if sink is not None and not base.get('vanish'):
                    sink.append(it)
                continue
            kind = it[0]
            if kind in ('b', 'i', 'u'):
                d = dict(base)
                d[kind] = True
                out.append(self.runs(it[1], d, sink))
            elif kind == 'fmt':
                d = dict(base)
                d.update(it[1])
                out.append(self.runs(it[2], d, sink))
            elif kind == 'hidden':
                d = dict(base)
                d['vanish'] = True
                out.append(self.runs(it[1], d, sink))
            elif kind == 'field':
                instr, result = it[1], it[2]
                out.append('<w:r>%s<w:fldChar w:fldCharType="begin"/></w:r>' % rpr(base))
                out.append('<w:r>%s<w:instrText xml:space="preserve"> %s </w:instrText></w:r>'
                           % (rpr(base), instr))
                out.append('<w:r>%s<w:fldChar w:fldCharType="separate"/></w:r>' % rpr(base))
                out.append(text_run(result, base))
                out.append('<w:r>%s<w:fldChar w:fldCharType="end"/></w:r>' % rpr(base))
                # page numbers are no text of the minutes
            elif kind == 'comment':
                cid = it[1]
                out.append('<w:commentRangeStart w:id="%d"/>' % cid)
                out.append(self.runs(it[2], base, sink))
                out.append('<w:commentRangeEnd w:id="%d"/>' % cid)
                out.append('<w:r><w:rPr><w:rStyle w:val="Kommentarsreferens"/></w:rPr>'
                           '<w:commentReference w:id="%d"/></w:r>' % cid)
            else:
                raise ValueError(kind)
        return ''.join(out)

    # -- paragraphs -------------------------------------------------------------
    def para_xml(self, items, style=None, tabs=None, ind=None, spacing=None, jc=None,
                 num=None, keep=False, base=None, sink=None, mark=None):
        ppr = []
        if style:
            ppr.append('<w:pStyle w:val="%s"/>' % style)
        if keep:
            ppr.append('<w:keepNext/>')
        if num is not None:
            ppr.append('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % num)
        if tabs:
            ppr.append('<w:tabs>%s</w:tabs>' % ''.join(
                '<w:tab w:val="%s" w:pos="%d"/>' % t for t in tabs))
        if spacing:
            ppr.append('<w:spacing %s/>' % spacing)
        if ind:
            ppr.append('<w:ind %s/>' % ind)
        if jc:
            ppr.append('<w:jc w:val="%s"/>' % jc)
        if mark:
            ppr.append(rpr(mark))
        pp = '<w:pPr>%s</w:pPr>' % ''.join(ppr) if ppr else ''
        return '<w:p>%s%s</w:p>' % (pp, self.runs(items, base, sink))

    def P(self, items='', **kw):
        """A body paragraph; its text goes to the reader's text with the list
        number or bullet that Word shows in front of it."""
        sink = []
        xml = self.para_xml(items, sink=sink, **kw)
        self.body.append(xml)
        prefix = ''
        num = kw.get('num')
        if num is None and kw.get('style') == 'Rubrik1' and self.heading_num:
            num = self.heading_num
        if num is not None:
            kind, fmt = self.list_fmt[num]
            if kind == 'bullet':
                prefix = fmt + '\t'
            else:
                self.counters[num] = self.counters.get(num, 0) + 1
                prefix = fmt.replace('%1', str(self.counters[num])) + '\t'
        hidden = False
        if isinstance(items, (list, tuple)) and items and all(
                isinstance(x, tuple) and x[0] == 'hidden' for x in items):
            hidden = True
        if not hidden:
            self.text.append(prefix + ''.join(sink))

    def table(self, grid, rows, borders=True, header_rows=0, cell_margin=None):
        """rows: list of rows; a row is a list of cells; a cell is a dict with
        'p' (list of (items, kwargs)), optional 'span' and 'shd'."""
        b = ''
        val = 'single' if borders else 'nil'
        b = '<w:tblBorders>%s</w:tblBorders>' % ''.join(
            '<w:%s w:val="%s" w:sz="4" w:space="0" w:color="auto"/>' % (e, val)
            for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
        cm = ''
        if cell_margin:
            cm = ('<w:tblCellMar><w:left w:w="%d" w:type="dxa"/><w:right w:w="%d" w:type="dxa"/>'
                  '</w:tblCellMar>' % (cell_margin, cell_margin))
        s = ('<w:tbl><w:tblPr><w:tblStyle w:val="Tabellrutnt"/><w:tblW w:w="%d" w:type="dxa"/>%s%s'
             '<w:tblLayout w:type="fixed"/><w:tblLook w:val="0000"/></w:tblPr>' % (sum(grid), b, cm))
        s += '<w:tblGrid>%s</w:tblGrid>' % ''.join('<w:gridCol w:w="%d"/>' % g for g in grid)
        for ri, row in enumerate(rows):
            trpr = '<w:trPr><w:tblHeader/></w:trPr>' if ri < header_rows else ''
            cells = []
            texts = []
            col = 0
            for c in row:
                span = c.get('span', 1)
                w = sum(grid[col:col + span])
                col += span
                pr = '<w:tcW w:w="%d" w:type="dxa"/>' % w
                if span > 1:
                    pr += '<w:gridSpan w:val="%d"/>' % span
                if c.get('shd'):
                    pr += '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % c['shd']
                paras = c.get('p') or [('', {})]
                ptxt = []
                pxml = ''
                for items, kw in paras:
                    sink = []
                    pxml += self.para_xml(items, sink=sink, **kw)
                    ptxt.append(''.join(sink))
                cells.append('<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>' % (pr, pxml))
                texts.append('\n'.join(ptxt))
            s += '<w:tr>%s%s</w:tr>' % (trpr, ''.join(cells))
            self.text.append('\t'.join(texts))
        s += '</w:tbl>'
        self.body.append(s)

    def set_header(self, paras):
        xml = ''
        for items, kw in paras:
            sink = []
            xml += self.para_xml(items, sink=sink, **kw)
            self.header_text.append(''.join(sink))
        self.header = xml

    def set_footer(self, paras):
        xml = ''
        for items, kw in paras:
            sink = []
            xml += self.para_xml(items, sink=sink, **kw)
            self.footer_text.append(''.join(sink))
        self.footer = xml

    def comment(self, author, initials, date, text):
        cid = len(self.comments)
        self.comments.append((cid, author, initials, date, text))
        return cid

    def bullet_list(self, glyph='\uf0b7', font='Symbol', left=720, hanging=360, shown='•'):
        aid = len(self.abstract)
        nid = len(self.nums) + 1
        self.abstract.append(
            '<w:abstractNum w:abstractNumId="%d"><w:multiLevelType w:val="hybridMultilevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="%s"/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:hint="default"/></w:rPr></w:lvl>'
            '</w:abstractNum>' % (aid, glyph, left, hanging, font, font))
        self.nums.append((nid, aid))
        self.list_fmt[nid] = ('bullet', shown)
        return nid

    def heading_list(self, fmt='%1.', left=567, hanging=567):
        aid = len(self.abstract)
        nid = len(self.nums) + 1
        self.abstract.append(
            '<w:abstractNum w:abstractNumId="%d"><w:multiLevelType w:val="multilevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Rubrik1"/>'
            '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="%d"/></w:tabs>'
            '<w:ind w:left="%d" w:hanging="%d"/></w:pPr></w:lvl></w:abstractNum>'
            % (aid, fmt, left, left, hanging))
        self.nums.append((nid, aid))
        self.list_fmt[nid] = ('decimal', fmt)
        self.heading_num = nid
        return nid

    # -- package ----------------------------------------------------------------
    def styles_xml(self):
        hf = self.heading_font or self.font
        h1num = ('<w:numPr><w:numId w:val="%d"/></w:numPr>' % self.heading_num) if self.heading_num else ''
        return DECL + (
            '<w:styles %s><w:docDefaults><w:rPrDefault><w:rPr>'
            '<w:rFonts w:ascii="%s" w:eastAsia="Times New Roman" w:hAnsi="%s" w:cs="Times New Roman"/>'
            '<w:sz w:val="%d"/><w:szCs w:val="%d"/><w:lang w:val="sv-SE" w:eastAsia="sv-SE" w:bidi="ar-SA"/>'
            '</w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>'
            '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
            '<w:style w:type="paragraph" w:styleId="Rubrik1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
            '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/>%s<w:spacing w:before="240" w:after="60"/>'
            '<w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:cs="%s"/><w:b/><w:bCs/>'
            '<w:kern w:val="32"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="Rubrik"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
            '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="240" w:after="60"/><w:outlineLvl w:val="0"/>'
            '</w:pPr><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:cs="%s"/><w:b/><w:bCs/><w:kern w:val="28"/>'
            '<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="Sidhuvud"><w:name w:val="header"/><w:basedOn w:val="Normal"/>'
            '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/></w:tabs></w:pPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="Sidfot"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>'
            '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/></w:tabs></w:pPr></w:style>'
            '<w:style w:type="character" w:default="1" w:styleId="Standardstycketeckensnitt">'
            '<w:name w:val="Default Paragraph Font"/><w:semiHidden/></w:style>'
            '<w:style w:type="character" w:styleId="Kommentarsreferens"><w:name w:val="annotation reference"/>'
            '<w:semiHidden/><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="Kommentarer"><w:name w:val="annotation text"/>'
            '<w:basedOn w:val="Normal"/><w:semiHidden/><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>'
            '<w:style w:type="table" w:default="1" w:styleId="Normaltabell"><w:name w:val="Normal Table"/>'
            '<w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
            '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
            '</w:tblCellMar></w:tblPr></w:style>'
            '<w:style w:type="table" w:styleId="Tabellrutnt"><w:name w:val="Table Grid"/>'
            '<w:basedOn w:val="Normaltabell"/></w:style>'
            '</w:styles>') % (W_NS, self.font, self.font, self.size, self.size, h1num, hf, hf, hf, hf, hf, hf)

    def numbering_xml(self):
        return DECL + '<w:numbering %s>%s%s</w:numbering>' % (
            W_NS, ''.join(self.abstract),
            ''.join('<w:num w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % n for n in self.nums))

    def document_xml(self):
        t, r, b, l = self.margins
        refs = ''
        if self.header is not None:
            refs += '<w:headerReference w:type="default" r:id="rIdH1"/>'
        if self.footer is not None:
            refs += '<w:footerReference w:type="default" r:id="rIdF1"/>'
        sect = ('<w:sectPr>%s<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="%d" w:right="%d" w:bottom="%d" '
                'w:left="%d" w:header="709" w:footer="709" w:gutter="0"/><w:cols w:space="708"/></w:sectPr>'
                % (refs, t, r, b, l))
        return DECL + '<w:document %s><w:body>%s%s</w:body></w:document>' % (
            W_NS, ''.join(self.body), sect)

    def write_docx(self, path):
        p = self.props
        files = []
        ct = ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="%sdocument.main+xml"/>'
              '<Override PartName="/word/styles.xml" ContentType="%sstyles+xml"/>'
              '<Override PartName="/word/settings.xml" ContentType="%ssettings+xml"/>'
              '<Override PartName="/word/numbering.xml" ContentType="%snumbering+xml"/>'
              % (CT, CT, CT, CT))
        rels = ('<Relationship Id="rId1" Type="%sstyles" Target="styles.xml"/>'
                '<Relationship Id="rId2" Type="%ssettings" Target="settings.xml"/>'
                '<Relationship Id="rId3" Type="%snumbering" Target="numbering.xml"/>' % (REL, REL, REL))
        if self.header is not None:
            ct += '<Override PartName="/word/header1.xml" ContentType="%sheader+xml"/>' % CT
            rels += '<Relationship Id="rIdH1" Type="%sheader" Target="header1.xml"/>' % REL
            files.append(('word/header1.xml', DECL + '<w:hdr %s>%s</w:hdr>' % (W_NS, self.header)))
        if self.footer is not None:
            ct += '<Override PartName="/word/footer1.xml" ContentType="%sfooter+xml"/>' % CT
            rels += '<Relationship Id="rIdF1" Type="%sfooter" Target="footer1.xml"/>' % REL
            files.append(('word/footer1.xml', DECL + '<w:ftr %s>%s</w:ftr>' % (W_NS, self.footer)))
        if self.comments:
            ct += '<Override PartName="/word/comments.xml" ContentType="%scomments+xml"/>' % CT
            rels += '<Relationship Id="rIdC1" Type="%scomments" Target="comments.xml"/>' % REL
            cx = ''
            for cid, author, ini, date, text in self.comments:
                cx += ('<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="%s">'
                       '<w:p><w:pPr><w:pStyle w:val="Kommentarer"/></w:pPr><w:r><w:rPr>'
                       '<w:rStyle w:val="Kommentarsreferens"/></w:rPr><w:annotationRef/></w:r>'
                       '<w:r><w:t>%s</w:t></w:r></w:p></w:comment>' % (cid, esc(author), date, esc(ini), esc(text)))
            files.append(('word/comments.xml', DECL + '<w:comments %s>%s</w:comments>' % (W_NS, cx)))
        ct += ('<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
               '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
               '</Types>')
        files[:0] = [
            ('[Content_Types].xml', DECL + ct),
            ('_rels/.rels', DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId3" Type="%sextended-properties" Target="docProps/app.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
             '<Relationship Id="rId1" Type="%sofficeDocument" Target="word/document.xml"/></Relationships>' % (REL, REL)),
            ('word/_rels/document.xml.rels', DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % rels),
            ('word/document.xml', self.document_xml()),
            ('word/styles.xml', self.styles_xml()),
            ('word/numbering.xml', self.numbering_xml()),
            ('word/settings.xml', DECL + '<w:settings %s><w:defaultTabStop w:val="1304"/>'
             '<w:hyphenationZone w:val="425"/><w:characterSpacingControl w:val="doNotCompress"/>'
             '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="11"/></w:compat>'
             '</w:settings>' % W_NS),
            ('docProps/core.xml', DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
             'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
             'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
             '<dc:title>%s</dc:title><dc:subject>%s</dc:subject><dc:creator>%s</dc:creator><cp:keywords></cp:keywords>'
             '<cp:lastModifiedBy>%s</cp:lastModifiedBy><cp:revision>%d</cp:revision>'
             '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
             '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
             % (esc(p['title']), esc(p.get('subject', '')), esc(p['author']), esc(p['lastby']), p.get('revision', 3),
                p['created'], p['modified'])),
            ('docProps/app.xml', DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
             'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
             '<Template>%s</Template><TotalTime>%d</TotalTime><Application>%s</Application><DocSecurity>0</DocSecurity>'
             '<Company>%s</Company><AppVersion>%s</AppVersion></Properties>'
             % (esc(p.get('template', 'Normal.dot')), p.get('minutes', 42), esc(p.get('application', 'Microsoft Word')),
                esc(p['company']), p.get('appversion', '11.0000'))),
        ]
        with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
            for name, data in files:
                zi = zipfile.ZipInfo(name, ZIP_TIME)
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, data.encode('utf-8'))

    def reader_text(self):
        return '\n'.join(self.header_text + self.text + self.footer_text)




def bold(x):
    return ('b', x)


# ===========================================================================
# 1. avgifter_maskinskrivet_tabbstopp.doc – 2002, typed numbers, tab stops
# ===========================================================================
def doc_avgifter():
    d = Doc('Times New Roman', 24, dict(
        title='avgiftsgruppen 020516', author='lks', lastby='lks', company='SoF Klippan',
        created='2002-05-21T08:14:00Z', modified='2002-05-22T13:40:00Z', revision=4,
        application='Microsoft Word 9.0', appversion='9.0000', template='Normal.dot', minutes=96))
    T1, T2 = 2552, 5670      # tab stops at 4.5 cm and 10 cm
    lab = dict(tabs=[('left', T1), ('left', T2)])
    ITEM = dict(tabs=[('left', 567)], ind='w:left="567" w:hanging="567"', keep=True)
    BODY = dict(ind='w:left="567"')
    d.set_footer([
        (['Klippans kommun, Socialförvaltningen\tSida ', ('field', 'PAGE', '1'),
          ' (', ('field', 'NUMPAGES', '2'), ')'],
         dict(style='Sidfot', tabs=[('right', 9072)], base={'sz': 18})),
    ])
    P = d.P
    P([bold('Nätverket för avgifter inom äldre- och handikappomsorgen')], base={'sz': 28})
    P('Minnesanteckningar')
    P()
    P('Datum:\t2002-05-16', **lab)
    P('Tid:\tkl. 9.30–12.00', **lab)
    P('Plats:\tÖrkelljunga, Kommunhuset, sammanträdesrum Eket', **lab)
    P()
    P('Närvarande:\tGunn-Britt Hallenborg\tHöganäs, ordförande', **lab)
    for name, kommun in [('Dževad Hodžić', 'Helsingborg'), ('Nevenka Marković', 'Landskrona'),
                         ('Per-Arne Klintberg', 'Örkelljunga'), ('Farideh Sadeghi', 'Ängelholm'),
                         ('Tõnu Saar', 'Bjuv'), ('Lena-Karin Sjöholm', 'Klippan, sekreterare')]:
        P('\t%s\t%s' % (name, kommun), **lab)
    P()
    P('Dessutom närvarande:\tGiuseppina Ferraro\tKommunförbundet Skåne, § 3', **lab)
    P()
    P('Förhinder:\tHalil Doğan\tÅstorp', **lab)
    P('\tKurt-Allan Rosenquist\tBåstad', **lab)
    P()
    P('Svalöv och Perstorp hade inte anmält någon till träffen.')
    P()
    P([bold('1.\tMötets öppnande')], **ITEM)
    P('Gunn-Britt Hallenborg hälsade alla välkomna och särskilt Giuseppina Ferraro från '
      'Kommunförbundet Skåne. Dagordningen godkändes.', **BODY)
    P()
    P([bold('2.\tInformation från kommunerna')], **ITEM)
    for line in [
            'Helsingborg: Har anställt två nya avgiftshandläggare inför omläggningen i sommar.',
            'Landskrona: Skickar ut inkomstförfrågan till alla brukare med hemtjänst i början av juni.',
            'Örkelljunga: Räknar med att nästan hälften av brukarna får lägre avgift.',
            'Ängelholm: Kommunfullmäktige beslutar om de nya avgifterna den 27 maj.',
            'Bjuv: Vet ännu inte om datasystemet klarar de nya reglerna i tid.',
            'Klippan: Inget nytt sedan förra träffen.',
            'Höganäs: Har räknat om avgiften för alla 412 brukare med hemtjänst.']:
        P(line, **BODY)
    P()
    P([bold('3.\tMaxtaxan från den 1 juli 2002')], **ITEM)
    P('Giuseppina Ferraro från Kommunförbundet Skåne gick igenom de nya reglerna i socialtjänstlagen. '
      'Hon berättade att den högsta avgiften för hemtjänst, dagverksamhet och kommunal hälso- och '
      'sjukvård blir 1 544 kronor i månaden och att förbehållsbeloppet ska räknas fram på samma sätt '
      'i hela landet.', **BODY)
    P('Giuseppina sa: ”Det viktigaste är att ingen ska ha mindre kvar att leva på än '
      'förbehållsbeloppet.”', **BODY)
    P('Nevenka Marković frågade om kostnaden för mat ingår i maxtaxan. Giuseppina svarade att '
      'den inte gör det.', **BODY)
    P('Informationen noterades.', **BODY)
    P()
    P([bold('4.\tFörbehållsbelopp för yngre brukare')], **ITEM)
    P('Farideh Sadeghi tog upp att Ängelholm vill höja förbehållsbeloppet för brukare under 65 år, '
      'eftersom de ofta har högre kostnader för resor och fritid än äldre brukare.', **BODY)
    P('Farideh sa: ”En trettioåring med hemtjänst lever inte som en nittioåring.”', **BODY)
    P('Tõnu Saar frågade hur stort tillägget i så fall skulle bli. Dževad Hodžić sa att Helsingborg '
      'redan prövar ett individuellt tillägg i varje ärende.', **BODY)
    P('Nätverket beslöt att Farideh och Tõnu tar fram ett förslag om ett gemensamt tillägg för '
      'yngre brukare till nästa träff.', **BODY)
    P()
    P([bold('5.\tAvgift för trygghetslarm')], **ITEM)
    P('Per-Arne Klintberg tog upp att Örkelljunga tar ut 150 kronor i månaden för trygghetslarmet '
      'utöver maxtaxan och att flera brukare har klagat.', **BODY)
    P('Per-Arne sa: ”Larmet är ju en del av hemtjänsten, så jag tror inte att vi får ta betalt '
      'för det vid sidan av.”', **BODY)
    P('Gunn-Britt Hallenborg höll med och berättade att Höganäs räknar in larmet i maxtaxan.', **BODY)
    P('Nätverket beslöt att Dževad frågar Kommunförbundets jurist om larmavgiften och skickar '
      'svaret till alla före midsommar.', **BODY)
    P()
    P([bold('6.\tÖvriga frågor')], **ITEM)
    P('Nevenka Marković berättade att Landskrona byter avgiftssystem i oktober och gärna tar emot '
      'studiebesök från de kommuner som också ska byta.', **BODY)
    P('Lena-Karin Sjöholm påminde om att alla ska skicka sina nya taxor till henne senast den '
      '14 juni, så att hon kan göra en sammanställning.', **BODY)
    P()
    P('Nästa träff:\ttorsdag 12 september 2002 kl. 9.30 i Ängelholm', **lab)
    P()
    P('Vid anteckningarna')
    P()
    P('Lena-Karin Sjöholm')
    return d


# ===========================================================================
# 2. barngrupper_sidhuvud_kryssmarkering.doc – 2006, network in the header,
#    date in the first row of a table, attendance with X marks
# ===========================================================================
def doc_barngrupper():
    d = Doc('Arial', 20, dict(
        title='Anteckningar barngruppsträff okt 06', author='Eva-Marie Ljungqvist', lastby='Eva-Marie Ljungqvist',
        company='Perstorps kommun', created='2006-10-16T09:02:00Z', modified='2006-10-17T15:21:00Z', revision=7,
        application='Microsoft Office Word', appversion='11.0000', template='Normal.dot', minutes=118))
    bul = d.bullet_list()
    d.set_header([
        ([bold('Barngruppsnätverket'), '\t\tMinnesanteckningar'], dict(style='Sidhuvud')),
        ('', dict(style='Sidhuvud')),
    ])
    d.set_footer([
        (['Sida ', ('field', 'PAGE', '1'), ' av ', ('field', 'NUMPAGES', '2')],
         dict(style='Sidfot', jc='center', base={'sz': 16})),
    ])
    P = d.P
    SP = dict(spacing='w:after="120"')
    HEAD = dict(spacing='w:before="240" w:after="120"', keep=True)

    def c(text, **kw):
        return {'p': [(text, {})], **kw}
    d.table([2268, 6804], [
        [{'p': [([bold('Träff torsdagen den 12 oktober 2006, kl. 13.00–16.00')], {})], 'span': 2, 'shd': 'D9D9D9'}],
        [c([bold('Plats')]), c('Ängelholm, Stadshuset, sammanträdesrum Kronoskogen')],
        [c([bold('Ordförande')]), c('Tor-Björn Wennström')],
        [c([bold('Antecknare')]), c('Eva-Marie Ljungqvist')],
        [c([bold('Gäst')]), c('Ramón Echeverría, Högskolan Kristianstad, under punkten om utvärderingen')],
    ])
    P()
    P([bold('Närvaro')], **SP)
    rows = [[c([bold('Namn')], shd='D9D9D9'), c([bold('Kommun')], shd='D9D9D9'),
             {'p': [([bold('Närvarande')], dict(jc='center'))], 'shd': 'D9D9D9'}]]
    for name, kommun, x in [
            ('Jolán Szabó', 'Helsingborg', 'X'),
            ('Tor-Björn Wennström', 'Ängelholm', 'X'),
            ('Shpresa Gashi', 'Landskrona', 'X'),
            ('Mats-Ola Fridh', 'Bjuv', ''),
            ('Nélida Paredes', 'Höganäs', 'X'),
            ('Şükrü Yılmaz', 'Klippan', 'X'),
            ('Chrysoula Nikolaidou', 'Åstorp', ''),
            ('Eva-Marie Ljungqvist', 'Perstorp', 'X'),
            ('Somsak Rattanakorn', 'Svalöv', 'X')]:
        rows.append([c(name), c(kommun), {'p': [(x, dict(jc='center'))]}])
    d.table([3969, 3402, 1701], rows, header_rows=1)
    P([('i', 'X = närvarande. Båstad och Örkelljunga har ännu inte utsett någon representant till nätverket.')],
      spacing='w:before="60" w:after="120"', base={'sz': 16})

    P([('b', [('u', 'Runda')])], **HEAD)
    for line in [
            'Helsingborg: Har två grupper i gång i höst, en för yngre och en för äldre barn.',
            'Ängelholm: Gruppen för tonåringar är full och fem barn står i kö.',
            'Landskrona: Har svårt att få föräldrarnas samtycke, se nedan.',
            'Höganäs: Startar en ny grupp i januari tillsammans med skolkuratorerna.',
            'Klippan: Har inte kunnat starta någon grupp i höst.',
            'Perstorp: Köper platser i Klippans grupp när den kommer i gång.',
            'Svalöv: Har utbildat två nya gruppledare.']:
        P(line, num=bul)

    P([('b', [('u', 'Utvärdering av barngrupperna')])], **HEAD)
    P('Ramón Echeverría från Högskolan Kristianstad presenterade en utvärdering av stödgrupper för '
      'barn i familjer med missbruk. Han berättade att barnen var mest nöjda med att få träffa andra '
      'barn i samma situation, men att många föräldrar inte vågade låta sina barn börja i en grupp.', **SP)
    P('Ramón sa: ”Barnen vill prata, det är de vuxna som är rädda för vad de ska säga.”', **SP)
    P('Jolán Szabó frågade om utvärderingen också gäller barn till föräldrar med psykisk ohälsa. '
      'Ramón svarade att den bara gäller missbruk.', **SP)
    P('Informationen noterades. Rapporten kommer ut i januari.', **SP)

    cid = d.comment('Tor-Björn Wennström', 'TBW', '2006-10-16T14:05:00Z',
                    'Kolla siffran med Şükrü innan utskick.')
    P([('b', [('u', 'Att nå föräldrarna')])], **HEAD)
    P('Shpresa Gashi tog upp att Landskrona har svårt att få föräldrar att ge sitt samtycke, '
      'särskilt när föräldern själv inte tycker att det finns något missbruk i familjen.', **SP)
    P('Shpresa sa: ”Vi får aldrig träffa de barn som behöver gruppen mest.”', **SP)
    P('Nélida Paredes sa att Höganäs har fått fler samtycken sedan de började presentera grupperna '
      'på föräldramöten i skolan.', **SP)
    P('Vi kom överens om att göra en gemensam folder till föräldrar om barngrupperna. Shpresa och '
      'Nélida skriver ett förslag till text.', **SP)

    P([('b', [('u', 'Gemensamma grupper för de mindre kommunerna')])], **HEAD)
    P(['Şükrü Yılmaz tog upp att Klippan bara har ', ('comment', cid, 'tre eller fyra barn'),
       ' i rätt ålder varje termin och därför inte kan starta en egen grupp.'], **SP)
    P('Şükrü sa: ”Tre barn är ingen grupp, det är ett väntrum.”', **SP)
    P('Somsak Rattanakorn frågade vem som i så fall ska betala resorna.', **SP)
    P('Frågan tas upp igen på nästa träff, när alla har pratat med sina chefer.', **SP)

    P([('b', [('u', 'Övrigt')])], **HEAD)
    P('Jolán Szabó informerade om att Helsingborg bjuder in till en utbildningsdag om barn i familjer '
      'med missbruk den 18 november på Dunkers kulturhus.', num=bul)
    P('Somsak Rattanakorn berättade att Svalöv har tagit fram en ny broschyr om barngruppen på fem '
      'språk.', num=bul)
    P()
    P([bold('Nästa träff:'), ' torsdag 7 december 2006 kl. 13.00 i Perstorp.'], **SP)
    return d


# ===========================================================================
# 3. trygghetsboende_rubriknumrering_justeras.doc – 2009, Heading 1 with
#    automatic numbering, bold Beslut:, Justeras block at the end
# ===========================================================================
def doc_trygghetsboende():
    d = Doc('Times New Roman', 24, dict(
        title='Mall minnesanteckningar', author='vibo', lastby='Leif-Ove Nordqvist', company='Landskrona stad',
        created='2008-01-14T10:31:00Z', modified='2009-03-26T08:47:00Z', revision=12,
        application='Microsoft Office Word', appversion='12.0000', template='Normal.dotm', minutes=204))
    d.heading_font = 'Arial'
    d.heading_list('%1.')
    bul = d.bullet_list()
    d.set_footer([
        ([('field', 'PAGE', '1')], dict(style='Sidfot', jc='center')),
    ])
    P = d.P
    lab = dict(tabs=[('left', 2268)], ind='w:left="2268" w:hanging="2268"')
    SP = dict(spacing='w:after="120"')
    P('Nätverket för trygghetsboenden', style='Rubrik')
    P([bold('Minnesanteckningar')], spacing='w:after="240"')
    P('Datum och tid:\ttisdagen den 24 mars 2009, kl. 9.00–11.30', **lab)
    P('Plats:\tLandskrona, Stadshuset, sammanträdesrum Citadellet', **lab)
    P()
    P([('hidden', 'Mall: skriv deltagarna som punktlista med namn och kommun.')], mark={'vanish': True})
    P([bold('Närvarande')])
    for line in ['Pınar Aksoy, Helsingborg', 'Ann-Louise Hägg, Höganäs', 'Vivi-Anne Borgström, Landskrona',
                 'Jarosław Nowicki, Perstorp', 'Leif-Ove Nordqvist, Svalöv', 'Fadila Mujić, Bjuv',
                 'Kanya Srisuk, Ängelholm']:
        P(line, num=bul)
    P()
    P('Anmält förhinder:\tGaëlle Moreau, Klippan', **lab)
    P('Inbjuden:\tJoão Carvalho, Boverket, punkt 3', **lab)

    P('Föregående minnesanteckningar', style='Rubrik1')
    P('Minnesanteckningarna från träffen den 27 januari gicks igenom och lades till handlingarna.', **SP)

    P('Runda', style='Rubrik1')
    for line in [
            'Helsingborg: Har 140 sökande till de 48 lägenheterna i det nya trygghetsboendet.',
            'Höganäs: Bygger om ett gammalt servicehus till trygghetsboende, inflyttning i höst.',
            'Landskrona: Diskuterar om trygghetsboendet ska ha personal även på kvällarna.',
            'Perstorp: Har inget trygghetsboende och inga planer för tillfället.',
            'Svalöv: Bostadsbolaget vill bygga, men kommunen har inte bestämt sig.',
            'Bjuv: Har öppnat en gemensamhetslokal med lunch tre dagar i veckan.',
            'Ängelholm: Många flyttar till trygghetsboendet direkt från villa.']:
        P(line, spacing='w:after="60"')

    P('Boverkets investeringsstöd för trygghetsbostäder', style='Rubrik1')
    P('João Carvalho från Boverket berättade att kommuner och bostadsbolag kan söka statligt '
      'investeringsstöd för att bygga nya trygghetsbostäder eller bygga om gamla, och att stödet '
      'kräver gemensamma lokaler och personal som ordnar aktiviteter.', **SP)
    P('João sa: ”Stödet är till för att bryta ensamheten, inte bara för att bygga hissar.”', **SP)
    P('Kanya Srisuk frågade om stödet också kan gå till privata hyresvärdar. João svarade att det kan det.', **SP)
    P('Informationen noterades.', **SP)

    P('Vem får flytta in?', style='Rubrik1')
    P('Fadila Mujić tog upp att kommunerna har olika åldersgränser för trygghetsboende, från 65 år i '
      'Bjuv till 75 år på andra håll, och att några kommuner kräver biståndsbeslut medan andra har '
      'vanlig bostadskö.', **SP)
    P('Fadila sa: ”Den som är sjuttio år och ensam får flytta in hos oss, men inte om hon bor tre mil '
      'bort.”', **SP)
    P('Jarosław Nowicki sa att Perstorp vill följa de andra kommunerna om de en dag bygger.', **SP)
    P([bold('Beslut:'), ' Fadila och Jarosław sammanställer kommunernas regler för vem som får flytta '
       'in och skickar ut dem före nästa träff.'], **SP)

    P('Personal och aktiviteter på kvällar och helger', style='Rubrik1')
    P('Ann-Louise Hägg lyfte att de boende i Höganäs vill ha aktiviteter även på kvällar och helger, '
      'men att det inte finns pengar till personal efter klockan 16.', **SP)
    P('Ann-Louise sa: ”Det är på söndagseftermiddagen som ensamheten är som störst.”', **SP)
    P('Pınar Aksoy höll med och sa att Helsingborg har provat med frivilliga från '
      'pensionärsföreningarna.', **SP)
    P([bold('Beslut:'), ' Ann-Louise och Pınar bjuder in pensionärsföreningarna till nätverkets träff '
       'i höst.'], **SP)

    P('Övriga frågor', style='Rubrik1')
    P('Leif-Ove Nordqvist informerade om att Svalöv ska göra en enkät om äldres boende och gärna '
      'lånar frågor från de andra kommunerna.', **SP)
    P('Kanya Srisuk berättade att Ängelholm har gjort en film om trygghetsboendet som finns på '
      'kommunens webbplats.', **SP)
    P()
    P('Nästa träff:\ttisdag 26 maj 2009 kl. 9.00 i Bjuv', **lab)
    P()
    P()
    line = '______________________________'
    d.table([4536, 4536], [
        [{'p': [([bold('Vid anteckningarna')], {})]}, {'p': [([bold('Justeras')], {})]}],
        [{'p': [('', {}), (line, {})]}, {'p': [('', {}), (line, {})]}],
        [{'p': [('Leif-Ove Nordqvist', {})]}, {'p': [('Vivi-Anne Borgström, ordförande', {})]}],
        [{'p': [('', {})]}, {'p': [('', {}), (line, {})]}],
        [{'p': [('', {})]}, {'p': [('Pınar Aksoy, justerare', {})]}],
    ], borders=False)
    return d


# ===========================================================================
# 5. familjeradgivare_versaler_punktlistor.rtf – 2012, headings in capitals,
#    dash bullets, § numbers typed; converted to RTF by LibreOffice
# ===========================================================================
def doc_familjeradgivare():
    d = Doc('Arial', 22, dict(
        title='Protokollsmall Höganäs v2', author='Ulf-Peter Granqvist', lastby='Ulf-Peter Granqvist',
        company='Höganäs kommun', created='2012-11-21T07:55:00Z', modified='2012-11-22T10:12:00Z', revision=5,
        application='Microsoft Office Word', appversion='14.0000', template='Protokoll.dotx', minutes=75))
    dash = d.bullet_list(glyph='–', font='Arial', left=360, hanging=360, shown='–')
    d.set_header([
        ([bold('HÖGANÄS KOMMUN')], dict(style='Sidhuvud')),
        ('Socialförvaltningen, familjerådgivningen', dict(style='Sidhuvud', base={'sz': 18})),
    ])
    d.set_footer([
        (['Sida ', ('field', 'PAGE', '1'), ' av ', ('field', 'NUMPAGES', '2')],
         dict(style='Sidfot', jc='right', base={'sz': 16})),
    ])
    P = d.P
    lab = dict(tabs=[('left', 1985)], ind='w:left="1985" w:hanging="1985"')
    SP = dict(spacing='w:after="120"')
    CAPS = dict(spacing='w:before="240" w:after="60"', keep=True)
    ITEM = dict(tabs=[('left', 851)], ind='w:left="851" w:hanging="851"', spacing='w:before="240" w:after="120"', keep=True)
    BODY = dict(ind='w:left="851"', spacing='w:after="120"')
    BUL = dict(num=dash, ind='w:left="1211" w:hanging="360"', spacing='w:after="60"')
    P([bold('MINNESANTECKNINGAR')], base={'sz': 28}, spacing='w:after="240"')
    P('Nätverk:\tNätverket för familjerådgivare', **lab)
    P('Datum:\t2012-11-20', **lab)
    P('Tid:\t13.15–16.00', **lab)
    P('Plats:\tBåstad, Kommunhuset, sammanträdesrum Hallandsåsen', **lab)
    P('Ordförande:\tSoheila Jafarzadeh', **lab)
    P('Sekreterare:\tUlf-Peter Granqvist', **lab)
    P([bold('NÄRVARANDE')], **CAPS)
    for line in ['Soheila Jafarzadeh, Båstad', 'Ľubica Horváthová, Helsingborg',
                 'Dimitrios Papageorgiou, Landskrona', 'Florica Munteanu, Ängelholm',
                 'Ulf-Peter Granqvist, Höganäs', 'Tsvetana Petrova, Klippan', 'Jamila Benali, Åstorp']:
        P(line, num=dash, ind='w:left="360" w:hanging="360"')
    P([bold('FRÅNVARANDE')], **CAPS)
    P('Jasminka Radončić, Svalöv', num=dash, ind='w:left="360" w:hanging="360"')
    P([bold('GÄST')], **CAPS)
    P('Françoise Delacroix, Lunds universitet, § 3', num=dash, ind='w:left="360" w:hanging="360"')
    P('Bjuv, Perstorp och Örkelljunga köper familjerådgivning av Helsingborg och deltar inte i nätverket.',
      spacing='w:before="120"')

    P([bold('§ 1\tMÖTETS ÖPPNANDE')], **ITEM)
    P('Soheila Jafarzadeh hälsade välkommen och presenterade dagordningen, som godkändes.', **BODY)

    P([bold('§ 2\tRUNDA')], **ITEM)
    for line in [
            'Helsingborg: Har fått en tredje familjerådgivare från september.',
            'Landskrona: Väntetiden är nu fyra veckor.',
            'Ängelholm: Se § 4.',
            'Höganäs: Har börjat med gruppsamtal för nyblivna föräldrar.',
            'Klippan: Ska flytta familjerådgivningen efter årsskiftet.',
            'Åstorp: Inget nytt.']:
        P(line, **BUL)

    P([bold('§ 3\tPAR SOM SÖKER HJÄLP FÖR SENT')], **ITEM)
    P('Françoise Delacroix från Lunds universitet presenterade en studie som visar att de flesta par '
      'söker familjerådgivning först när en av dem redan har bestämt sig för att skiljas.', **BODY)
    P('Françoise sa: ”Familjerådgivningen får ofta ta hand om separationen, inte om relationen.”', **BODY)
    P('Dimitrios Papageorgiou frågade om studien säger något om hur man kan nå paren tidigare. '
      'Françoise svarade att det är nästa steg i forskningen.', **BODY)
    P('Informationen noterades.', **BODY)

    P([bold('§ 4\tVÄNTETIDER OCH AVGIFTER')], **ITEM)
    P('Florica Munteanu tog upp att väntetiden i Ängelholm har blivit sju veckor och att många par '
      'därför söker sig till Helsingborg, där avgiften dessutom är lägre.', **BODY)
    P('Florica sa: ”Paren röstar med fötterna, och det är inte kvaliteten de väljer efter.”', **BODY)
    P('Ľubica Horváthová sa att Helsingborg inte kan ta emot fler par från andra kommuner utan avtal.', **BODY)
    P([bold('BESLUT:'), ' Florica och Ľubica gör en jämförelse av kommunernas köer och taxor och '
       'redovisar den på februarimötet.'], **BODY)

    P([bold('§ 5\tTOLK I PARSAMTAL')], **ITEM)
    P('Jamila Benali lyfte att allt fler par behöver tolk och att ett samtal med tolk tar dubbelt så '
      'lång tid, men räknas som ett enda samtal i statistiken.', **BODY)
    P('Jamila sa: ”Med tolk hinner vi halva samtalet på en timme.”', **BODY)
    P('Tsvetana Petrova frågade om tolken får vara en släkting. Jamila svarade att det aldrig ska vara så.', **BODY)
    P([bold('BESLUT:'), ' Samtal med tolk räknas som två samtal i nätverkets statistik från och med 2013.'], **BODY)

    P([bold('§ 6\tÖVRIGA FRÅGOR')], **ITEM)
    P('Tsvetana Petrova informerade om att Klippans familjerådgivning flyttar in i vårdcentralens hus i januari.', **BUL)
    P('Ulf-Peter Granqvist påminde om att verksamhetsberättelserna ska skickas till honom senast den 15 januari.', **BUL)
    P()
    P([bold('NÄSTA MÖTE:'), ' tisdag 5 februari 2013 kl. 13.15 i Landskrona.'], spacing='w:before="240"')
    return d


# ===========================================================================
# 4. faltassistenter_wordpad_anteckning.rtf – written by WordPad (Windows 7)
# ===========================================================================
def rtf_text(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in '\\{}':
            out.append('\\' + ch)
        elif ch == '\t':
            out.append('\\tab ')
        elif o < 128:
            out.append(ch)
        else:
            try:
                b = ch.encode('cp1252')
                out.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                out.append('\\u%d?' % (o if o < 32768 else o - 65536))
    return ''.join(out)


def wordpad_faltassistenter():
    """Returns (rtf bytes, reader text)."""
    # (kind, text): 'title' bold 14 pt, 'p' paragraph, 'h' bold paragraph,
    # 'li' bullet, 'mix' list of (bold?, text)
    content = [
        ('title', 'Fältassistenternas nätverk – anteckningar'),
        ('p', 'Onsdag 7 september 2011, kl. 14.00–16.00'),
        ('p', 'Plats: Bjuv, fritidsgården Tegelbruket'),
        ('p', 'Närvarande: Shilan Rostami (Helsingborg), Haben Tesfamariam (Landskrona), Ülkü Arslan '
              '(Höganäs), Stig-Göran Pålsson (Bjuv), Phượng Đặng (Ängelholm), Mirosław Kowalczyk '
              '(Båstad) och Faadumo Jimcaale (Örkelljunga).'),
        ('p', 'Kunde inte komma: Åsa-Lena Strand (Klippan).'),
        ('p', 'Gäst under punkt 2: Nazdar Qadir, närpolisen i Helsingborg.'),
        ('p', 'Shilan Rostami ledde mötet och Faadumo Jimcaale skrev anteckningarna.'),
        ('h', '1. Runda'),
        ('li', 'Helsingborg: Mycket ungdomar vid Stortorget på fredagskvällarna sedan skolstarten.'),
        ('li', 'Landskrona: Vi har börjat gå tillsammans med nattvandrarna på lördagar.'),
        ('li', 'Höganäs: Lugnt i sommar, men oro inför en fest som planeras vid hamnen.'),
        ('li', 'Bjuv: Fritidsgården har fått längre öppettider på fredagar.'),
        ('li', 'Ängelholm: Vi ser mer snus och energidryck bland mellanstadieelever.'),
        ('li', 'Båstad: Många unga säsongsarbetare under tennisveckan, några omhändertogs för berusning.'),
        ('li', 'Örkelljunga: Bara en fältassistent kvar efter neddragningarna.'),
        ('h', '2. Samarbetet med polisen på helgerna'),
        ('p', 'Nazdar Qadir från närpolisen i Helsingborg tog upp att polisen vill ha fältassistenternas '
              'telefonnummer på fredags- och lördagskvällar, så att de kan ringa när de träffar på unga '
              'som är berusade eller ensamma ute.'),
        ('p', 'Nazdar sa: ”Vi vill inte bara köra hem dem, vi vill att någon vuxen tar kontakt dagen efter.”'),
        ('p', 'Haben Tesfamariam frågade hur det blir med sekretessen när polisen ringer.'),
        ('p', 'Vi bestämde att varje kommun skickar en lista med telefonnummer till Nazdar före den 1 oktober.'),
        ('h', '3. Bråk som börjar på Facebook'),
        ('p', 'Ülkü Arslan tog upp att många bråk mellan ungdomar nu börjar på Facebook och att '
              'fältassistenterna inte vet om de får vara där i tjänsten.'),
        ('p', 'Ülkü sa: ”Ungdomarna finns på nätet hela kvällen, men vi får bara vara ute på gatan.”'),
        ('p', 'Mirosław Kowalczyk höll med och sa att Båstad har samma frågor.'),
        ('p', 'Inget beslut, vi tar upp det igen när Ülkü har pratat med sin chef.'),
        ('h', '4. Övrigt'),
        ('li', 'Stig-Göran Pålsson berättade att Bjuv söker en fältassistent på vikariat från november.'),
        ('li', 'Phượng Đặng påminde om att anmälan till fältkonferensen i Malmö ska vara inne senast den 30 september.'),
        ('p', 'Nästa träff: onsdag 19 oktober 2011 i Landskrona.'),
        ('p', '/Faadumo'),
    ]
    head = ('{\\rtf1\\ansi\\ansicpg1252\\deff0\\deflang1053{\\fonttbl{\\f0\\fswiss\\fprq2\\fcharset0 Calibri;}'
            '{\\f1\\fnil\\fcharset2 Symbol;}}\r\n'
            '{\\*\\generator Msftedit 5.41.21.2510;}\\viewkind4\\uc1')
    body = []
    text = []
    state = None   # 'p' or 'li'
    PARA = '\\pard\\sa200\\sl276\\slmult1'
    for kind, s in content:
        if kind == 'title':
            body.append(PARA + '\\lang1053\\b\\f0\\fs28 ' + rtf_text(s) + '\\b0\\fs22\\par\r\n')
            state = 'p'
            text.append(s)
        elif kind in ('p', 'h'):
            pre = ''
            if state != 'p':
                pre = PARA
            t = rtf_text(s)
            if kind == 'h':
                line = (pre + '\\b ' if pre else '\\b ') + t + '\\b0\\par\r\n'
            else:
                line = (pre + ' ' if pre else '') + t + '\\par\r\n'
            body.append(line)
            state = 'p'
            text.append(s)
        elif kind == 'li':
            if state != 'li':
                body.append('\\pard{\\pntext\\f1\\\'b7\\tab}{\\*\\pn\\pnlvlblt\\pnf1\\pnindent0{\\pntxtb\\\'b7}}'
                            '\\fi-360\\li720\\sa200\\sl276\\slmult1 ' + rtf_text(s) + '\\par\r\n')
            else:
                body.append('{\\pntext\\f1\\\'b7\\tab}' + rtf_text(s) + '\\par\r\n')
            state = 'li'
            text.append('•\t' + s)
    rtf = head + ''.join(body) + '}\r\n'
    return rtf.encode('ascii'), '\n'.join(text)


# ===========================================================================
# Conversion
# ===========================================================================
DOCS = [
    ('avgifter_maskinskrivet_tabbstopp', doc_avgifter, 'doc'),
    ('barngrupper_sidhuvud_kryssmarkering', doc_barngrupper, 'doc'),
    ('trygghetsboende_rubriknumrering_justeras', doc_trygghetsboende, 'doc'),
    ('familjeradgivare_versaler_punktlistor', doc_familjeradgivare, 'rtf'),
]
FILTERS = {'doc': 'doc:MS Word 97', 'rtf': 'rtf:Rich Text Format'}


def soffice(src, fmt, outdir, profile):
    cmd = ['soffice', '-env:UserInstallation=file://' + profile, '--headless', '--norestore',
           '--convert-to', FILTERS[fmt], '--outdir', outdir, src]
    env = dict(os.environ)
    env['TZ'] = 'UTC'
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)


def main():
    show = os.environ.get('VARIED56_TEXT')
    keep = os.environ.get('VARIED56_KEEP')
    tmp = tempfile.mkdtemp(prefix='varied56-')
    try:
        profile = os.path.join(tmp, 'profile')
        for base, fn, fmt in DOCS:
            d = fn()
            src = os.path.join(tmp, base + '.docx')
            d.write_docx(src)
            if keep:
                os.makedirs(keep, exist_ok=True)
                shutil.copy(src, keep)
            outdir = os.path.join(tmp, 'out')
            os.makedirs(outdir, exist_ok=True)
            soffice(src, fmt, outdir, profile)
            shutil.copy(os.path.join(outdir, base + '.' + fmt), os.path.join(OUT, base + '.' + fmt))
            if show:
                print('=== %s.%s' % (base, fmt))
                print(d.reader_text())
        rtf, text = wordpad_faltassistenter()
        with open(os.path.join(OUT, 'faltassistenter_wordpad_anteckning.rtf'), 'wb') as f:
            f.write(rtf)
        if show:
            print('=== faltassistenter_wordpad_anteckning.rtf')
            print(text)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == '__main__':
    main()
