#!/usr/bin/env python3
"""Builds the three OpenDocument text files of varied50 the way LibreOffice
Writer 7.x saves them: a stored `mimetype` first, then the manifest, content,
styles, meta and settings, every entry dated 2026-01-01 00:00:00 so that the
files come out byte for byte the same on every run.

Standard library only.  Run from any directory:  python3 make/build.py
"""
import os
import re
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
STAMP = (2026, 1, 1, 0, 0, 0)
MIME = "application/vnd.oasis.opendocument.text"

# --------------------------------------------------------------------------
# Namespaces, as LibreOffice 7.x declares them
# --------------------------------------------------------------------------
NS_CONTENT = (
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
    'office:version="1.3"'
)
NS_META = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:ooo="http://openoffice.org/2004/office" '
    'xmlns:grddl="http://www.w3.org/2003/g/data-view#" '
    'office:version="1.3"'
)
NS_SETTINGS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" '
    'xmlns:ooo="http://openoffice.org/2004/office" '
    'office:version="1.3"'
)
XML_DECL = '<?xml version="1.0" encoding="UTF-8"?>\n'

FONT_FACES = (
    '<office:font-face-decls>'
    '<style:font-face style:name="Lucida Sans1" svg:font-family="&apos;Lucida Sans&apos;" style:font-family-generic="swiss"/>'
    '<style:font-face style:name="Arial" svg:font-family="Arial" style:font-family-generic="swiss" style:font-pitch="variable"/>'
    '<style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" style:font-family-generic="swiss" style:font-pitch="variable"/>'
    '<style:font-face style:name="Liberation Serif" svg:font-family="&apos;Liberation Serif&apos;" style:font-family-generic="roman" style:font-pitch="variable"/>'
    '<style:font-face style:name="Lucida Sans" svg:font-family="&apos;Lucida Sans&apos;" style:font-family-generic="system" style:font-pitch="variable"/>'
    '<style:font-face style:name="Microsoft YaHei" svg:font-family="&apos;Microsoft YaHei&apos;" style:font-family-generic="system" style:font-pitch="variable"/>'
    '</office:font-face-decls>'
)

GENERATOR = "LibreOffice/7.6.4.1$Windows_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1"

# --------------------------------------------------------------------------
# Small builders for LibreOffice-style markup
# --------------------------------------------------------------------------
TAB = "<text:tab/>"
LB = "<text:line-break/>"
SPB = "<text:soft-page-break/>"
SHY = "\u00ad"   # soft hyphen
NBH = "\u2011"   # non-breaking hyphen


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def P(style, *parts):
    inner = "".join(parts)
    if not inner:
        return '<text:p text:style-name="%s"/>' % style
    return '<text:p text:style-name="%s">%s</text:p>' % (style, inner)


def H(style, level, *parts):
    return '<text:h text:style-name="%s" text:outline-level="%d">%s</text:h>' % (style, level, "".join(parts))


def S(style, text):
    return '<text:span text:style-name="%s">%s</text:span>' % (style, text)


def list_levels_bullet(first_char="•"):
    chars = [first_char, "◦", "▪", "•", "◦", "▪", "•", "◦", "▪", "•"]
    out = []
    for lvl in range(1, 11):
        indent = 0.635 * (lvl + 1)
        out.append(
            '<text:list-level-style-bullet text:level="%d" text:style-name="Bullet_20_Symbols" '
            'loext:num-list-format="%%%d%%." style:num-suffix="." text:bullet-char="%s">'
            '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
            '<style:list-level-label-alignment text:label-followed-by="listtab" '
            'text:list-tab-stop-position="%.3fcm" fo:text-indent="-0.635cm" fo:margin-left="%.3fcm"/>'
            '</style:list-level-properties></text:list-level-style-bullet>'
            % (lvl, lvl, chars[lvl - 1], indent, indent)
        )
    return "".join(out)


def list_levels_number(level1, level2):
    """level1/level2: dicts with prefix, suffix, fmt."""
    out = []
    for lvl in range(1, 11):
        spec = level1 if lvl == 1 else level2 if lvl == 2 else {"prefix": "", "suffix": ".", "fmt": "1"}
        indent = 0.635 * (lvl + 1)
        fmt_attr = "%s%%%d%%%s" % (spec["prefix"], lvl, spec["suffix"])
        attrs = 'text:level="%d" text:style-name="Numbering_20_Symbols" loext:num-list-format="%s"' % (lvl, fmt_attr)
        if spec["prefix"]:
            attrs += ' style:num-prefix="%s"' % spec["prefix"]
        if spec["suffix"]:
            attrs += ' style:num-suffix="%s"' % spec["suffix"]
        attrs += ' style:num-format="%s"' % spec["fmt"]
        out.append(
            '<text:list-level-style-number %s>'
            '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
            '<style:list-level-label-alignment text:label-followed-by="listtab" '
            'text:list-tab-stop-position="%.3fcm" fo:text-indent="-0.635cm" fo:margin-left="%.3fcm"/>'
            '</style:list-level-properties></text:list-level-style-number>'
            % (attrs, indent, indent)
        )
    return "".join(out)


def pstyle(name, parent, rsid, prsid=None, extra_para="", extra_text="", list_style=None, master=None):
    attrs = 'style:name="%s" style:family="paragraph" style:parent-style-name="%s"' % (name, parent)
    if master:
        attrs += ' style:master-page-name="%s"' % master
    if list_style:
        attrs += ' style:list-style-name="%s"' % list_style
    para = ""
    if master:
        para = '<style:paragraph-properties style:page-number="auto"%s</style:paragraph-properties>' % (
            (">" + extra_para) if extra_para else ">")
    elif extra_para:
        para = extra_para if extra_para.startswith("<style:paragraph-properties") else \
            '<style:paragraph-properties>%s</style:paragraph-properties>' % extra_para
    text = '<style:text-properties %sofficeooo:rsid="%s" officeooo:paragraph-rsid="%s"/>' % (
        (extra_text + " ") if extra_text else "", rsid, prsid or rsid)
    return '<style:style %s>%s%s</style:style>' % (attrs, para, text)


def tstyle(name, rsid=None, bold=False, extra=""):
    props = []
    if bold:
        props.append('fo:font-weight="bold"')
    if extra:
        props.append(extra)
    if rsid:
        props.append('officeooo:rsid="%s"' % rsid)
    if bold:
        props.append('style:font-weight-asian="bold" style:font-weight-complex="bold"')
    return '<style:style style:name="%s" style:family="text"><style:text-properties %s/></style:style>' % (
        name, " ".join(props))


SEQ_DECLS = (
    '<text:sequence-decls>'
    '<text:sequence-decl text:display-outline-level="0" text:name="Illustration"/>'
    '<text:sequence-decl text:display-outline-level="0" text:name="Table"/>'
    '<text:sequence-decl text:display-outline-level="0" text:name="Text"/>'
    '<text:sequence-decl text:display-outline-level="0" text:name="Drawing"/>'
    '<text:sequence-decl text:display-outline-level="0" text:name="Figure"/>'
    '</text:sequence-decls>'
)


def content_xml(auto_styles, body, tracked=""):
    return (XML_DECL + '<office:document-content %s><office:scripts/>%s'
            '<office:automatic-styles>%s</office:automatic-styles>'
            '<office:body><office:text>%s%s%s</office:text></office:body></office:document-content>'
            % (NS_CONTENT, FONT_FACES, "".join(auto_styles), tracked, SEQ_DECLS, "".join(body)))


# --------------------------------------------------------------------------
# styles.xml
# --------------------------------------------------------------------------
def outline_style(numbered_level2):
    out = ['<text:outline-style style:name="Outline">']
    for lvl in range(1, 11):
        if lvl == 2 and numbered_level2:
            fmt = 'style:num-suffix="." style:num-format="1"'
        else:
            fmt = 'style:num-format=""'
        out.append(
            '<text:outline-level-style text:level="%d" loext:num-list-format="%s" %s>'
            '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
            '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.762cm" '
            'fo:text-indent="-0.762cm" fo:margin-left="0.762cm"/></style:list-level-properties>'
            '</text:outline-level-style>'
            % (lvl, "%2%." if (lvl == 2 and numbered_level2) else "", fmt))
    out.append('</text:outline-style>')
    return "".join(out)


def styles_xml(header_paras, footer_paras, numbered_level2=False):
    office_styles = (
        '<office:styles>'
        '<style:default-style style:family="graphic"><style:graphic-properties svg:stroke-color="#3465a4" draw:fill-color="#729fcf" '
        'fo:wrap-option="no-wrap" draw:shadow-offset-x="0.3cm" draw:shadow-offset-y="0.3cm" draw:start-line-spacing-horizontal="0.283cm" '
        'draw:start-line-spacing-vertical="0.283cm" draw:end-line-spacing-horizontal="0.283cm" draw:end-line-spacing-vertical="0.283cm" '
        'style:flow-with-text="false"/><style:paragraph-properties style:text-autospace="ideograph-alpha" style:line-break="strict" '
        'style:writing-mode="lr-tb" style:font-independent-line-spacing="false"><style:tab-stops/></style:paragraph-properties>'
        '<style:text-properties style:use-window-font-color="true" loext:opacity="0%" style:font-name="Liberation Serif" fo:font-size="12pt" '
        'fo:language="sv" fo:country="SE" style:letter-kerning="true" style:font-name-asian="Microsoft YaHei" style:font-size-asian="10.5pt" '
        'style:language-asian="zh" style:country-asian="CN" style:font-name-complex="Lucida Sans" style:font-size-complex="12pt" '
        'style:language-complex="hi" style:country-complex="IN"/></style:default-style>'
        '<style:default-style style:family="paragraph"><style:paragraph-properties fo:orphans="2" fo:widows="2" '
        'fo:hyphenation-ladder-count="no-limit" style:text-autospace="ideograph-alpha" style:punctuation-wrap="hanging" '
        'style:line-break="strict" style:tab-stop-distance="1.251cm" style:writing-mode="page"/>'
        '<style:text-properties style:use-window-font-color="true" loext:opacity="0%" style:font-name="Liberation Serif" fo:font-size="12pt" '
        'fo:language="sv" fo:country="SE" style:letter-kerning="true" style:font-name-asian="Microsoft YaHei" style:font-size-asian="10.5pt" '
        'style:language-asian="zh" style:country-asian="CN" style:font-name-complex="Lucida Sans" style:font-size-complex="12pt" '
        'style:language-complex="hi" style:country-complex="IN" fo:hyphenate="false" fo:hyphenation-remain-char-count="2" '
        'fo:hyphenation-push-char-count="2" loext:hyphenation-no-caps="false"/></style:default-style>'
        '<style:default-style style:family="table"><style:table-properties table:border-model="collapsing"/></style:default-style>'
        '<style:default-style style:family="table-row"><style:table-row-properties fo:keep-together="auto"/></style:default-style>'
        '<style:style style:name="Standard" style:family="paragraph" style:class="text"><style:text-properties style:font-name="Arial" '
        'fo:font-family="Arial" style:font-family-generic="swiss" style:font-pitch="variable" fo:font-size="11pt"/></style:style>'
        '<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" '
        'style:class="text"><style:paragraph-properties fo:margin-top="0.423cm" fo:margin-bottom="0.212cm" style:contextual-spacing="false" '
        'fo:keep-with-next="always"/><style:text-properties style:font-name="Liberation Sans" fo:font-family="&apos;Liberation Sans&apos;" '
        'style:font-family-generic="swiss" style:font-pitch="variable" fo:font-size="14pt" style:font-name-asian="Microsoft YaHei" '
        'style:font-family-asian="&apos;Microsoft YaHei&apos;" style:font-family-generic-asian="system" style:font-pitch-asian="variable" '
        'style:font-size-asian="14pt" style:font-name-complex="Lucida Sans" style:font-family-complex="&apos;Lucida Sans&apos;" '
        'style:font-family-generic-complex="system" style:font-pitch-complex="variable" style:font-size-complex="14pt"/></style:style>'
        '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" '
        'style:class="text"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.247cm" style:contextual-spacing="false" '
        'fo:line-height="115%"/></style:style>'
        '<style:style style:name="List" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="list">'
        '<style:text-properties style:font-size-asian="12pt" style:font-name-complex="Lucida Sans1" style:font-family-complex="&apos;Lucida Sans&apos;" '
        'style:font-family-generic-complex="swiss"/></style:style>'
        '<style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">'
        '<style:paragraph-properties fo:margin-top="0.212cm" fo:margin-bottom="0.212cm" style:contextual-spacing="false" text:number-lines="false" '
        'text:line-number="0"/><style:text-properties fo:font-size="12pt" fo:font-style="italic" style:font-size-asian="12pt" '
        'style:font-style-asian="italic" style:font-size-complex="12pt" style:font-style-complex="italic"/></style:style>'
        '<style:style style:name="Index" style:family="paragraph" style:parent-style-name="Standard" style:class="index">'
        '<style:paragraph-properties text:number-lines="false" text:line-number="0"/></style:style>'
        '<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" '
        'style:class="chapter"><style:paragraph-properties fo:text-align="start" style:justify-single-word="false"/>'
        '<style:text-properties fo:font-size="20pt" fo:font-weight="bold" style:font-size-asian="28pt" style:font-weight-asian="bold" '
        'style:font-size-complex="28pt" style:font-weight-complex="bold"/></style:style>'
        '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" '
        'style:next-style-name="Text_20_body" style:default-outline-level="1" style:class="text"><style:paragraph-properties '
        'fo:margin-top="0.423cm" fo:margin-bottom="0.212cm" style:contextual-spacing="false"/><style:text-properties fo:font-size="130%" '
        'fo:font-weight="bold" style:font-size-asian="130%" style:font-weight-asian="bold" style:font-size-complex="130%" '
        'style:font-weight-complex="bold"/></style:style>'
        '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" '
        'style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text"><style:paragraph-properties '
        'fo:margin-top="0.353cm" fo:margin-bottom="0.212cm" style:contextual-spacing="false"/><style:text-properties fo:font-size="115%" '
        'fo:font-weight="bold" style:font-size-asian="115%" style:font-weight-asian="bold" style:font-size-complex="115%" '
        'style:font-weight-complex="bold"/></style:style>'
        '<style:style style:name="Header_20_and_20_Footer" style:display-name="Header and Footer" style:family="paragraph" '
        'style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties text:number-lines="false" text:line-number="0">'
        '<style:tab-stops><style:tab-stop style:position="8.5cm" style:type="center"/><style:tab-stop style:position="17cm" style:type="right"/>'
        '</style:tab-stops></style:paragraph-properties></style:style>'
        '<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Header_20_and_20_Footer" style:class="extra">'
        '<style:text-properties fo:font-size="9pt"/></style:style>'
        '<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Header_20_and_20_Footer" style:class="extra">'
        '<style:text-properties fo:font-size="8pt"/></style:style>'
        '<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">'
        '<style:paragraph-properties fo:margin-left="0.598cm" fo:margin-right="0cm" fo:text-indent="-0.598cm" style:auto-text-indent="false" '
        'text:number-lines="false" text:line-number="0"/><style:text-properties fo:font-size="10pt" style:font-size-asian="10pt" '
        'style:font-size-complex="10pt"/></style:style>'
        '<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" '
        'style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:orphans="0" fo:widows="0" '
        'text:number-lines="false" text:line-number="0"/></style:style>'
        '<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" '
        'style:parent-style-name="Table_20_Contents" style:class="extra"><style:paragraph-properties fo:text-align="center" '
        'style:justify-single-word="false" text:number-lines="false" text:line-number="0"/><style:text-properties fo:font-weight="bold" '
        'style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style>'
        '<style:style style:name="Frame_20_contents" style:display-name="Frame contents" style:family="paragraph" '
        'style:parent-style-name="Standard" style:class="extra"/>'
        '<style:style style:name="List_20_Paragraph" style:display-name="List Paragraph" style:family="paragraph" '
        'style:parent-style-name="Standard" style:class="html"><style:paragraph-properties fo:margin-left="1.27cm" fo:margin-right="0cm" '
        'fo:margin-top="0cm" fo:margin-bottom="0cm" style:contextual-spacing="true" fo:text-indent="0cm" style:auto-text-indent="false"/>'
        '</style:style>'
        '<style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" style:family="text"/>'
        '<style:style style:name="Footnote_20_anchor" style:display-name="Footnote anchor" style:family="text">'
        '<style:text-properties style:text-position="super 58%"/></style:style>'
        '<style:style style:name="Endnote_20_Symbol" style:display-name="Endnote Symbol" style:family="text"/>'
        '<style:style style:name="Endnote_20_anchor" style:display-name="Endnote anchor" style:family="text">'
        '<style:text-properties style:text-position="super 58%"/></style:style>'
        '<style:style style:name="Bullet_20_Symbols" style:display-name="Bullet Symbols" style:family="text">'
        '<style:text-properties style:font-name="OpenSymbol" fo:font-family="OpenSymbol" style:font-charset="x-symbol" '
        'style:font-name-asian="OpenSymbol" style:font-family-asian="OpenSymbol" style:font-charset-asian="x-symbol" '
        'style:font-name-complex="OpenSymbol" style:font-family-complex="OpenSymbol" style:font-charset-complex="x-symbol"/></style:style>'
        '<style:style style:name="Numbering_20_Symbols" style:display-name="Numbering Symbols" style:family="text"/>'
        '<style:style style:name="Frame" style:family="graphic"><style:graphic-properties text:anchor-type="paragraph" svg:x="0cm" '
        'svg:y="0cm" fo:margin-left="0.201cm" fo:margin-right="0.201cm" fo:margin-top="0.201cm" fo:margin-bottom="0.201cm" '
        'style:wrap="parallel" style:number-wrapped-paragraphs="no-limit" style:wrap-contour="false" style:vertical-pos="top" '
        'style:vertical-rel="paragraph-content" style:horizontal-pos="center" style:horizontal-rel="paragraph-content" '
        'fo:padding="0.15cm" fo:border="0.06pt solid #000000"/></style:style>'
        + outline_style(numbered_level2) +
        '<text:notes-configuration text:note-class="footnote" text:citation-style-name="Footnote_20_Symbol" '
        'text:citation-body-style-name="Footnote_20_anchor" style:num-format="1" text:start-value="0" text:footnotes-position="page" '
        'text:start-numbering-at="document"/>'
        '<text:notes-configuration text:note-class="endnote" text:citation-style-name="Endnote_20_Symbol" '
        'text:citation-body-style-name="Endnote_20_anchor" text:master-page-name="Endnote" style:num-format="i" text:start-value="0"/>'
        '<text:linenumbering-configuration text:number-lines="false" text:offset="0.499cm" style:num-format="1" '
        'text:number-position="left" text:increment="5"/>'
        '</office:styles>'
    )
    auto = (
        '<office:automatic-styles>'
        '<style:style style:name="MP1" style:family="paragraph" style:parent-style-name="Header"><style:text-properties '
        'fo:font-size="9pt" fo:font-weight="bold" officeooo:rsid="0002c1f0" officeooo:paragraph-rsid="0002c1f0" '
        'style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style>'
        '<style:style style:name="MP2" style:family="paragraph" style:parent-style-name="Header"><style:text-properties '
        'officeooo:rsid="0002c1f0" officeooo:paragraph-rsid="0002c1f0"/></style:style>'
        '<style:style style:name="MP3" style:family="paragraph" style:parent-style-name="Footer"><style:text-properties '
        'officeooo:rsid="0002c1f0" officeooo:paragraph-rsid="0002c1f0"/></style:style>'
        '<style:page-layout style:name="Mpm1"><style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" '
        'style:num-format="1" style:print-orientation="portrait" fo:margin-top="1.25cm" fo:margin-bottom="1.25cm" fo:margin-left="2cm" '
        'fo:margin-right="2cm" style:writing-mode="lr-tb" style:footnote-max-height="0cm" loext:margin-gutter="0cm">'
        '<style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.101cm" style:distance-after-sep="0.101cm" '
        'style:line-style="solid" style:adjustment="left" style:rel-width="25%" style:color="#000000"/></style:page-layout-properties>'
        '<style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-left="0cm" fo:margin-right="0cm" '
        'fo:margin-bottom="0.499cm"/></style:header-style>'
        '<style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-left="0cm" fo:margin-right="0cm" '
        'fo:margin-top="0.499cm"/></style:footer-style></style:page-layout>'
        '<style:style style:name="Mdp1" style:family="drawing-page"><style:drawing-page-properties draw:background-size="full"/></style:style>'
        '</office:automatic-styles>'
    )
    master = (
        '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="Mpm1" draw:style-name="Mdp1">'
        '<style:header>%s</style:header><style:footer>%s</style:footer></style:master-page></office:master-styles>'
        % ("".join(header_paras), "".join(footer_paras))
    )
    return (XML_DECL + '<office:document-styles %s>%s%s%s%s</office:document-styles>'
            % (NS_CONTENT, FONT_FACES, office_styles, auto, master))


def footer_with_pages(org):
    return P("MP3", esc(org), TAB, "Sida ",
             '<text:page-number text:select-page="current">1</text:page-number>',
             " av ", '<text:page-count>2</text:page-count>')


# --------------------------------------------------------------------------
# meta.xml, settings.xml, manifest
# --------------------------------------------------------------------------
def visible_counts(body_xml):
    # rough statistics as LibreOffice stores them (tags stripped)
    txt = re.sub(r"<text:tracked-changes.*?</text:tracked-changes>", "", body_xml, flags=re.S)
    txt = re.sub(r"<office:annotation .*?</office:annotation>", "", txt, flags=re.S)
    paras = len(re.findall(r"<text:(?:p|h)[ >]", txt))
    txt = re.sub(r"<text:(?:tab|line-break|s)/>", " ", txt)
    txt = re.sub(r"</text:(?:p|h)>", "\n", txt)
    txt = re.sub(r"<[^>]+>", "", txt)
    txt = txt.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace(SHY, "")
    words = len(txt.split())
    chars = len(txt.replace("\n", ""))
    nonws = len(re.sub(r"\s", "", txt))
    return paras, words, chars, nonws


def meta_xml(creator, created, saved, duration, cycles, tables, body_xml):
    paras, words, chars, nonws = visible_counts(body_xml)
    return (XML_DECL + '<office:document-meta %s><office:meta>'
            '<meta:creation-date>%s</meta:creation-date><dc:date>%s</dc:date>'
            '<meta:editing-duration>%s</meta:editing-duration><meta:editing-cycles>%d</meta:editing-cycles>'
            '<meta:generator>%s</meta:generator>'
            '<meta:initial-creator>%s</meta:initial-creator><dc:creator>%s</dc:creator>'
            '<meta:document-statistic meta:table-count="%d" meta:image-count="0" meta:object-count="0" meta:page-count="2" '
            'meta:paragraph-count="%d" meta:word-count="%d" meta:character-count="%d" meta:non-whitespace-character-count="%d"/>'
            '</office:meta></office:document-meta>'
            % (NS_META, created, saved, duration, cycles, esc(GENERATOR), esc(creator[0]), esc(creator[1]),
               tables, paras, words, chars, nonws))


def settings_xml(show_changes=True):
    def item(name, typ, val):
        return '<config:config-item config:name="%s" config:type="%s">%s</config:config-item>' % (name, typ, val)
    view = "".join([
        item("ViewAreaTop", "long", "0"), item("ViewAreaLeft", "long", "0"),
        item("ViewAreaWidth", "long", "41275"), item("ViewAreaHeight", "long", "21590"),
        item("ShowRedlineChanges", "boolean", "true" if show_changes else "false"),
        item("InBrowseMode", "boolean", "false"),
    ])
    views = (
        '<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>'
        + item("ViewId", "string", "view2") + item("ViewLeft", "long", "9876") + item("ViewTop", "long", "4410")
        + item("VisibleLeft", "long", "0") + item("VisibleTop", "long", "0")
        + item("VisibleRight", "long", "41273") + item("VisibleBottom", "long", "21588")
        + item("ZoomType", "short", "0") + item("ViewLayoutColumns", "short", "1")
        + item("ViewLayoutBookMode", "boolean", "false") + item("ZoomFactor", "short", "100")
        + item("IsSelectedFrame", "boolean", "false") + item("KeepRatio", "boolean", "false")
        + item("AnchoredTextOverflowLegacy", "boolean", "false")
        + '</config:config-item-map-entry></config:config-item-map-indexed>'
    )
    conf = "".join([
        item("PrintProspect", "boolean", "false"), item("PrintReversed", "boolean", "false"),
        item("RedlineProtectionKey", "base64Binary", ""), item("PrinterName", "string", ""),
        item("PrintHiddenText", "boolean", "false"), item("PrintAnnotationMode", "short", "0"),
        item("EmbedFonts", "boolean", "false"), item("TabsRelativeToIndent", "boolean", "true"),
        item("RsidRoot", "int", "180720"), item("Rsid", "int", "2110213"),
        item("UnxForceZeroExtLeading", "boolean", "false"), item("IsLabelDocument", "boolean", "false"),
        item("ApplyParagraphMarkFormatToNumbering", "boolean", "true"),
    ])
    return (XML_DECL + '<office:document-settings %s><office:settings>'
            '<config:config-item-set config:name="ooo:view-settings">%s%s</config:config-item-set>'
            '<config:config-item-set config:name="ooo:configuration-settings">%s</config:config-item-set>'
            '</office:settings></office:document-settings>' % (NS_SETTINGS, view, views, conf))


MANIFEST = (
    XML_DECL +
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3" '
    'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0">\n'
    ' <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="%s"/>\n'
    ' <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\n'
    ' <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>\n'
    ' <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>\n'
    ' <manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/>\n'
    '</manifest:manifest>' % MIME
)


def write_odt(name, content, styles, meta, settings):
    path = os.path.join(OUT, name)
    parts = [
        ("mimetype", MIME, zipfile.ZIP_STORED),
        ("META-INF/manifest.xml", MANIFEST, zipfile.ZIP_DEFLATED),
        ("content.xml", content, zipfile.ZIP_DEFLATED),
        ("styles.xml", styles, zipfile.ZIP_DEFLATED),
        ("meta.xml", meta, zipfile.ZIP_DEFLATED),
        ("settings.xml", settings, zipfile.ZIP_DEFLATED),
    ]
    with zipfile.ZipFile(path, "w") as zf:
        for arc, data, method in parts:
            zi = zipfile.ZipInfo(arc, date_time=STAMP)
            zi.compress_type = method
            zi.create_system = 0
            zi.external_attr = 0
            zf.writestr(zi, data.encode("utf-8"))
    return path


# ==========================================================================
# 1. socialpsykiatri_numrerade_rubriker.odt
#    network and date only in the page header; items as Heading 2 with
#    outline numbering; attendance table in a section; tracked changes;
#    footnote; hidden paragraph (character attribute "hidden").
# ==========================================================================
def doc_socialpsykiatri():
    R0, R1, R2, R3 = "0002c1f0", "000b3a51", "0011d7e2", "00149c0a"
    ct = ["ct2068917446512", "ct2068917447088", "ct2068917452336", "ct2068917452912"]
    auto = [
        '<style:style style:name="Tabell1" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>',
        '<style:style style:name="Tabell1.A" style:family="table-column"><style:table-column-properties style:column-width="5.8cm" style:rel-column-width="22362*"/></style:style>',
        '<style:style style:name="Tabell1.B" style:family="table-column"><style:table-column-properties style:column-width="6.7cm" style:rel-column-width="25831*"/></style:style>',
        '<style:style style:name="Tabell1.C" style:family="table-column"><style:table-column-properties style:column-width="4.5cm" style:rel-column-width="17342*"/></style:style>',
        '<style:style style:name="Tabell1.A1" style:family="table-cell"><style:table-cell-properties fo:background-color="#dddddd" fo:padding="0.097cm" fo:border-left="0.5pt solid #000000" fo:border-right="none" fo:border-top="0.5pt solid #000000" fo:border-bottom="0.5pt solid #000000"/></style:style>',
        '<style:style style:name="Tabell1.C1" style:family="table-cell"><style:table-cell-properties fo:background-color="#dddddd" fo:padding="0.097cm" fo:border="0.5pt solid #000000"/></style:style>',
        '<style:style style:name="Tabell1.A2" style:family="table-cell"><style:table-cell-properties fo:padding="0.097cm" fo:border-left="0.5pt solid #000000" fo:border-right="none" fo:border-top="none" fo:border-bottom="0.5pt solid #000000"/></style:style>',
        '<style:style style:name="Tabell1.C2" style:family="table-cell"><style:table-cell-properties fo:padding="0.097cm" fo:border-left="0.5pt solid #000000" fo:border-right="0.5pt solid #000000" fo:border-top="none" fo:border-bottom="0.5pt solid #000000"/></style:style>',
        '<style:style style:name="Tabell1.A10" style:family="table-cell"><style:table-cell-properties fo:padding="0.097cm" fo:border-left="0.5pt solid #000000" fo:border-right="0.5pt solid #000000" fo:border-top="none" fo:border-bottom="0.5pt solid #000000"/></style:style>',
        pstyle("P1", "Standard", R0),
        pstyle("P2", "Title", R0),
        pstyle("P3", "Standard", R0, extra_para='<style:tab-stops><style:tab-stop style:position="3cm"/></style:tab-stops>'),
        pstyle("P4", "Table_20_Heading", R0, extra_para='<style:paragraph-properties fo:text-align="start" style:justify-single-word="false"/>'),
        pstyle("P5", "Table_20_Contents", R0),
        pstyle("P6", "Table_20_Contents", R1),
        pstyle("P7", "Standard", R0, extra_text='fo:color="#c9211e" fo:font-style="italic" text:display="none"'),
        pstyle("P8", "Heading_20_2", R0),
        pstyle("P9", "Text_20_body", R0),
        pstyle("P10", "Text_20_body", R1, R0),
        pstyle("P11", "Footnote", R1),
        pstyle("P12", "Text_20_body", R2),
        pstyle("P13", "Heading_20_2", R2, R0),
        tstyle("T1", R0, bold=True),
        tstyle("T2", R1),
        tstyle("T3", R2),
        tstyle("T4", R3),
        '<style:style style:name="Sect1" style:family="section"><style:section-properties style:editable="false"><style:columns fo:column-count="1" fo:column-gap="0cm"/></style:section-properties></style:style>',
    ]

    def info(who, when):
        return '<office:change-info><dc:creator>%s</dc:creator><dc:date>%s</dc:date></office:change-info>' % (who, when)

    tracked = (
        '<text:tracked-changes text:track-changes="false">'
        '<text:changed-region xml:id="%s" text:id="%s"><text:deletion>%s%s</text:deletion></text:changed-region>'
        '<text:changed-region xml:id="%s" text:id="%s"><text:insertion>%s</text:insertion></text:changed-region>'
        '<text:changed-region xml:id="%s" text:id="%s"><text:deletion>%s%s</text:deletion></text:changed-region>'
        '<text:changed-region xml:id="%s" text:id="%s"><text:insertion>%s</text:insertion></text:changed-region>'
        '</text:tracked-changes>'
        % (ct[0], ct[0], info("Darejan Abashidze", "2026-02-13T09:41:00"), P("P6", "Revaz Chkheidze"),
           ct[1], ct[1], info("Darejan Abashidze", "2026-02-13T09:41:00"),
           ct[2], ct[2], info("Darejan Abashidze", "2026-02-13T09:47:00"),
           P("P10", "Vi beslutade att vänta med enkäten till hösten och ta upp frågan igen efter sommaren."),
           ct[3], ct[3], info("Darejan Abashidze", "2026-02-13T09:48:00"))
    )

    def cell(style, text, para="P5"):
        return '<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>' % (style, P(para, text))

    def row(name, kommun, roll, namepara="P5"):
        return ('<table:table-row>' + cell("Tabell1.A2", name, namepara) + cell("Tabell1.A2", kommun)
                + cell("Tabell1.C2", roll) + '</table:table-row>')

    table = (
        '<table:table table:name="Tabell1" table:style-name="Tabell1">'
        '<table:table-column table:style-name="Tabell1.A"/><table:table-column table:style-name="Tabell1.B"/>'
        '<table:table-column table:style-name="Tabell1.C"/>'
        '<table:table-header-rows><table:table-row>'
        + cell("Tabell1.A1", "Namn", "P4") + cell("Tabell1.A1", "Kommun", "P4") + cell("Tabell1.C1", "Roll", "P4")
        + '</table:table-row></table:table-header-rows>'
        + row("Darejan Abashidze", "Helsingborg", "ordförande")
        + row("Hrafnkell Sigurðsson", "Höganäs", "")
        + row("Omolara Bankole", "Åstorp", "")
        + row('<text:change text:change-id="%s"/><text:change-start text:change-id="%s"/>Enkhjargal Batsaikhan'
              '<text:change-end text:change-id="%s"/>' % (ct[0], ct[1], ct[1]), "Ängelholm", "", namepara="P6")
        + row("Khánh Trần", "Landskrona", "")
        + row("Niillas Gaup", "Svalöv", "")
        + row("Sumaq " + S("T2", "Huamán"), "Bjuv", "antecknare")
        + row("Gwenaëlle Kerbrat", "Region Skåne, vuxenpsykiatrin Helsingborg", "gäst under punkt 3")
        + '<table:table-row><table:table-cell table:style-name="Tabell1.A10" table:number-columns-spanned="3" office:value-type="string">'
        + P("P5", "Anmält förhinder: Siranush Petrosyan (Perstorp) och Eneko Zubiri (Båstad). Klippan och Örkelljunga var inte representerade.")
        + '</table:table-cell><table:covered-table-cell/><table:covered-table-cell/></table:table-row>'
        '</table:table>'
    )

    footnote = ('<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation>'
                '<text:note-body>' + P("P11", "Siffran gäller den 31 januari 2026 och är hämtad ur verksamhetssystemet.")
                + '</text:note-body></text:note>')

    body = [
        P("P2", "Minnesanteckningar från nätverksträffen"),
        P("P3", "Plats:", TAB, "Åstorp, Kommunhuset, sammanträdesrum Hyllinge"),
        P("P3", "Tid:", TAB, "kl. 9.00–12.00"),
        '<text:section text:style-name="Sect1" text:name="Närvaro">',
        P("P7", "Instruktion: stryk de kommuner som inte var med och skriv gäster sist i tabellen."),
        P("P1", S("T1", "Närvarande")),
        table,
        P("P1"),
        '</text:section>',
        # 1.
        H("P8", 2, "Runda bland kommunerna"),
        P("P9", "Varje kommun berättade kort om läget sedan förra träffen i december."),
        P("P9", "Helsingborg: två nya boendestödjare är på plats sedan januari, och gruppen för unga vuxna har kommit igång."),
        P("P9", "Höganäs: väntelistan har vuxit, se punkt 2."),
        P("P9", "Åstorp: flyttar träffpunkten Navet till nya lokaler i maj."),
        P("P10", S("T2", "Ängelholm: har fått en ny enhetschef för socialpsykiatrin.")),
        P("P9", "Landskrona: arbetar med en ny rutin för hembesök när brukaren inte öppnar dörren."),
        P("P9", "Svalöv och Bjuv: <text:s/>inget särskilt att rapportera."),
        P("P9", "Inget beslut."),
        # 2.
        H("P8", 2, "Kö till boendestöd i ", S("T2", "Höganäs")),
        P("P9", "Hrafnkell Sigurðsson tog upp att Höganäs just nu har fjorton personer som väntar på boendestöd",
          footnote, " och att den som väntar längst har väntat sedan i oktober."),
        P("P9", "Hrafnkell sa: ”Vi har brukare som klarar sig hemma bara för att grannen ser till dem, och det håller inte i längden.”"),
        P("P9", "Omolara frågade om Höganäs har tittat på att köpa boendestöd från en annan kommun under tiden. Hrafnkell svarade att det har diskuterats men att det inte finns pengar i budgeten."),
        P("P9", "Khánh berättade att Landskrona hade samma problem för två år sedan och löste det med extra kvälls"
          + SHY + "pass i boende" + SHY + "stöds" + SHY + "teamet."),
        P("P9", "Beslut: Khánh skickar Landskronas rutin för tillfällig kvällsbemanning till Hrafnkell, och frågan tas upp igen i april."),
        # 3.
        H("P8", 2, "Utskrivning från vuxenpsykiatrin"),
        P("P9", "Gwenaëlle Kerbrat från vuxenpsykiatrin i Helsingborg berättade att avdelningarna ofta inte vet vem i kommunen de ska ringa när en patient med boendestöd ska skrivas ut, och att den samordnade individuella planen (SIP) därför kallas till för sent."),
        P("P9", "Gwenaëlle: ”Vi skulle behöva ett enda telefonnummer per kommun som fungerar även en fredag eftermiddag.”"),
        P("P9", SPB, "Niillas undrade om listan kan ligga på Familjen Helsingborgs gemensamma webbplats. Darejan tyckte att det är bättre att vuxenpsykiatrin får listan direkt, så att den inte blir inaktuell."),
        P("P12", '<text:bookmark text:name="Beslut utskrivning"/>',
          "Vi beslutade att varje kommun skickar ett kontaktnummer för utskrivningar till Darejan senast den 6 mars, och att Darejan sammanställer listan och skickar den till vuxenpsykiatrin."),
        # 4.
        H("P13", 2, "Brukarenkät om boendestöd"),
        P("P9", "Omolara Bankole lyfte att Åstorp vill göra en gemensam enkät till brukarna i boendestödet i alla kommuner, eftersom de små kommunerna får för få svar för att kunna dra några slutsatser."),
        P("P9", "Omolara: ”Förra året fick vi in nio svar, och då vet man inte vad man ska göra med resultatet.”"),
        P("P9", "Enkhjargal frågade vem som skulle sammanställa svaren. Sumaq föreslog att nätverket tar hjälp av en utredare från Helsingborg."),
        P("P10", '<text:change text:change-id="%s"/><text:change-start text:change-id="%s"/>' % (ct[2], ct[3]),
          "Vi beslutade att Omolara och Enkhjargal tar fram ett förslag på gemensamma enkätfrågor till aprilträffen.",
          '<text:change-end text:change-id="%s"/>' % ct[3]),
        # 5.
        H("P8", 2, "Övriga frågor"),
        P("P9", "Darejan påminde om att Helsingborg bjuder in till en utbildningsdag om självskadebeteende den 14 maj, med anmälan senast den 17 april."),
        P("P9", "Niillas berättade att Svalöv ska rekrytera en boendestödjare med start i augusti och gärna tar emot tips."),
        P("P9", "Nästa träff: torsdag 23 april 2026 kl. 9.00–12.00 i Landskrona, Stadshuset, rum Öresund."),
        P("P9", "Vid anteckningarna", LB, "Sumaq Huamán"),
    ]
    header = [P("MP1", "Nätverket för socialpsykiatri och boendestöd"),
              P("MP2", "Minnesanteckningar, torsdag 12 februari 2026")]
    footer = [footer_with_pages("Familjen Helsingborg")]
    body_xml = "".join(body)
    return ("socialpsykiatri_numrerade_rubriker.odt",
            content_xml(auto, body, tracked),
            styles_xml(header, footer, numbered_level2=True),
            meta_xml(("Sumaq Huamán", "Darejan Abashidze"), "2026-02-12T08:52:17.305000000",
                     "2026-02-13T09:49:31.118000000", "PT1H14M52S", 6, 1, body_xml),
            settings_xml())


# ==========================================================================
# 2. familjehem_paragrafer_kommentar.odt
#    network only in the header; agenda items as a numbered list with the
#    prefix "§ " starting at 12, continued after every interruption, with a
#    nested a) b) list; attendance as a bullet list; hidden-text field;
#    comment on the guest's name; frame with the next meeting.
# ==========================================================================
def doc_familjehem():
    R0, R1, R2 = "000a4e21", "000f02b8", "0013b6c9"
    L_ATT, L_ITEMS, L_CHECK = "list3164271850", "list2950187434", "list2950519966"
    auto = [
        '<style:style style:name="fr1" style:family="graphic" style:parent-style-name="Frame"><style:graphic-properties '
        'fo:margin-left="0.2cm" fo:margin-right="0.2cm" fo:margin-top="0.2cm" fo:margin-bottom="0.2cm" style:wrap="parallel" '
        'style:number-wrapped-paragraphs="no-limit" style:vertical-pos="from-top" style:vertical-rel="paragraph" '
        'style:horizontal-pos="from-left" style:horizontal-rel="paragraph" fo:background-color="#fff5ce" draw:fill="solid" '
        'draw:fill-color="#fff5ce" fo:padding="0.2cm" fo:border="0.06pt solid #000000" loext:rel-width-rel="paragraph"/></style:style>',
        pstyle("P1", "Standard", R0),
        pstyle("P2", "Title", R0),
        pstyle("P3", "Text_20_body", R0),
        pstyle("P4", "List_20_Paragraph", R0, list_style="L1"),
        pstyle("P5", "List_20_Paragraph", R0, extra_text='fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"', list_style="L2"),
        pstyle("P6", "List_20_Paragraph", R1, R0, list_style="L2"),
        pstyle("P7", "Text_20_body", R1, R0),
        pstyle("P8", "Frame_20_contents", R2),
        pstyle("P9", "Text_20_body", R2),
        pstyle("P10", "Standard", R0, extra_text='fo:font-size="9pt"'),
        tstyle("T1", R0, bold=True),
        tstyle("T2", R1),
        tstyle("T3", R2),
        '<text:list-style style:name="L1">' + list_levels_bullet("•") + '</text:list-style>',
        '<text:list-style style:name="L2">'
        + list_levels_number({"prefix": "§ ", "suffix": "", "fmt": "1"}, {"prefix": "", "suffix": ")", "fmt": "a"})
        + '</text:list-style>',
    ]

    def bullets(xml_id, items):
        return ('<text:list xml:id="%s" text:style-name="L1">' % xml_id
                + "".join('<text:list-item>%s</text:list-item>' % P("P4", it) for it in items) + '</text:list>')

    def item(xml_id, title, start=None, cont_numbering=False, cont_list=None, sub=None):
        attrs = 'xml:id="%s"' % xml_id
        if cont_numbering:
            attrs += ' text:continue-numbering="true"'
        if cont_list:
            attrs += ' text:continue-list="%s"' % cont_list
        attrs += ' text:style-name="L2"'
        li = '<text:list-item text:start-value="%d">' % start if start else '<text:list-item>'
        inner = P("P5", title)
        if sub:
            inner += '<text:list>' + "".join('<text:list-item>%s</text:list-item>' % P("P6", s) for s in sub) + '</text:list>'
        return '<text:list %s>%s%s</text:list-item></text:list>' % (attrs, li, inner)

    annotation = (
        '<office:annotation office:name="__Annotation__118_1774233921" loext:resolved="false">'
        '<dc:creator>Teona Chikovani</dc:creator><dc:date>2026-04-22T08:17:44.512000000</dc:date>'
        '<meta:creator-initials>TC</meta:creator-initials>'
        + P("P10", "Kolla stavningen av namnet med BUP innan vi skickar ut.") +
        '</office:annotation>'
    )
    annotation_end = '<office:annotation-end office:name="__Annotation__118_1774233921"/>'

    frame = (
        '<draw:frame draw:style-name="fr1" draw:name="Ram1" text:anchor-type="char" svg:x="10.8cm" svg:y="0.1cm" '
        'svg:width="5.8cm" draw:z-index="0"><draw:text-box fo:min-height="1.6cm">'
        + P("P8", S("T1", "Nästa träff:"), LB, "tisdag 9 juni 2026, kl. 13.15–16.00")
        + P("P8", "Landskrona, Stadshuset, rum Gråen")
        + '</draw:text-box></draw:frame>'
    )

    body = [
        P("P2", "Minnesanteckningar"),
        P("P1", "Tisdag 21 april 2026, kl. 13.15–16.00", LB, "Klippan, Familjecentralen Vitsippan, stora mötesrummet"),
        P("P1"),
        P("P1", S("T1", "Närvarande:"),
          '<text:hidden-text text:condition="ooow:1" text:string-value="Fyll i deltagare: namn, kommun och roll" '
          'text:is-hidden="true">Fyll i deltagare: namn, kommun och roll</text:hidden-text>'),
        bullets(L_ATT, [
            "Teona Chikovani, Klippan (ordförande)",
            "Adewale Oyebanji, Helsingborg",
            "Álfheiður Bragadóttir, Landskrona",
            "Wayra Condori, Örkelljunga",
            "Hovhannes " + S("T2", "Mkrtchyan, Perstorp"),
            "Cerys Rhydderch, Höganäs",
            "Máret Buljo, Ängelholm",
            "Ngaire Whaanga, Båstad (antecknare)",
        ]),
        P("P1", S("T1", "Förhinder:"), " Dauren Zhaksybekov, Svalöv. Bjuv och Åstorp hade ingen med den här gången."),
        P("P1", S("T1", "Gäst:"), " Senthil Ramasamy, Region Skåne, barn- och ungdomspsykiatrin (BUP) Helsingborg, under § 14."),
        P("P1"),
        # § 12
        item(L_ITEMS, "Mötets öppnande", start=12),
        P("P3", "Teona hälsade välkommen, och Ngaire utsågs att föra anteckningar. Dagordningen godkändes utan ändringar."),
        # § 13
        item("list2950188011", "Runda – läget i kommunerna", cont_numbering=True),
        P("P3", "Helsingborg: har tre barn som väntar på ett familjehem och har fått hjälp av en konsulent för två av dem."),
        P("P3", "Landskrona: två nya familjehem är godkända sedan februari."),
        P("P3", "Perstorp: har anställt en LSS" + NBH + "handläggare som på halvtid också ska stötta i familjehemsutredningarna."),
        P("P3", "Ängelholm: kommer att ha en ny gruppledare från maj."),
        P("P3", "Båstad: <text:s/>inget nytt sedan förra gången."),
        P("P3", "Inget att besluta under punkten."),
        # § 14
        item("list2950188587", "Placerade barn och BUP", cont_numbering=True),
        P("P3", '<text:bookmark text:name="Paragraf14"/>Vi hade besök av ', annotation, "Senthil Ramasamy", annotation_end,
          " från BUP Helsingborg, som berättade att placerade barn ofta tappar sin plats i kön när de flyttar till ett familjehem i en annan kommun."),
        P("P3", "Senthil: ”Remissen följer inte med barnet, så i praktiken börjar de om från noll.”"),
        P("P3", "Álfheiður frågade om socialtjänsten kan skicka med en kopia av remissen vid flytten. Senthil svarade att det hjälper, men att det då måste finnas samtycke från vårdnadshavarna."),
        P("P3", "Beslut: Teona och Senthil tar fram en gemensam checklista för vad som ska skickas med när ett barn med BUP-kontakt flyttar mellan kommuner. Till checklistan hör i alla fall:"),
        bullets(L_CHECK, [
            "samtycke från vårdnadshavarna",
            "en kopia av den senaste remissen",
            "kontaktuppgifter till behandlaren",
        ]),
        # § 15
        item("list2950189163", "Rekrytering av familjehem", cont_list=L_ITEMS),
        P("P3", "Wayra Condori tog upp att Örkelljunga inte har fått en enda ny familjehemsintresserad sedan i höstas, trots annonser i lokaltidningen."),
        P("P7", "Wayra: ”Vi konkurrerar med ", S("T2", "konsulentstödda verksamheter"), " som betalar dubbelt så mycket i arvode.”"),
        P("P3", "Hovhannes höll med och sa att Perstorp ser samma sak. Máret frågade om det går att göra en gemensam kampanj i hela Skåne Nordväst. Cerys berättade att Höganäs har haft bra ",
          SPB, "erfarenheter av informationskvällar på biblioteket."),
        P("P3", "Vi beslutade att Wayra och Cerys gör ett förslag till en gemensam rekryteringskampanj som presenteras på nästa träff."),
        # § 16
        item("list2950189739", "Övriga frågor", cont_numbering=True, sub=[
            "Adewale: Helsingborg har tagit fram en ny introduktionsfolder för nya familjehem och skickar den gärna till alla.",
            "Máret: Ängelholm undrade om någon kommun har avtal om arvoden för jourhem som går att dela med de andra.",
        ]),
        P("P9", "Teona tackade för i dag och påminde om ", frame, S("T3", "att anmäla förhinder till Ngaire i god tid.")),
        P("P3", "Antecknat av Ngaire Whaanga"),
    ]
    header = [P("MP1", "Nätverket för familjehemsvård"), P("MP2", "Minnesanteckningar")]
    footer = [footer_with_pages("Familjen Helsingborg – samverkan i Skåne Nordväst")]
    body_xml = "".join(body)
    return ("familjehem_paragrafer_kommentar.odt",
            content_xml(auto, body),
            styles_xml(header, footer, numbered_level2=False),
            meta_xml(("Ngaire Whaanga", "Teona Chikovani"), "2026-04-21T13:09:55.021000000",
                     "2026-04-22T08:19:02.640000000", "PT2H3M40S", 9, 0, body_xml),
            settings_xml())


# ==========================================================================
# 3. ekonomiskt_bistand_fetstil_textruta.odt
#    date only in the header; place only in a frame's text box; items as
#    paragraphs whose only span is bold; round as a bullet list; hidden
#    paragraph field; attendance on one paragraph with line breaks.
# ==========================================================================
def doc_ekonomiskt_bistand():
    R0, R1, R2 = "00056f3a", "0009d210", "000c81e7"
    auto = [
        '<style:style style:name="fr1" style:family="graphic" style:parent-style-name="Frame"><style:graphic-properties '
        'fo:margin-left="0.2cm" fo:margin-right="0cm" fo:margin-top="0cm" fo:margin-bottom="0.2cm" style:wrap="left" '
        'style:number-wrapped-paragraphs="no-limit" style:vertical-pos="from-top" style:vertical-rel="paragraph" '
        'style:horizontal-pos="right" style:horizontal-rel="paragraph" fo:padding="0.15cm" fo:border="0.06pt solid #000000" '
        'loext:rel-width-rel="paragraph"/></style:style>',
        pstyle("P1", "Standard", R0),
        pstyle("P2", "Title", R0),
        pstyle("P3", "Text_20_body", R0),
        pstyle("P4", "Standard", R0, extra_para='<style:tab-stops><style:tab-stop style:position="3.2cm"/></style:tab-stops>'),
        pstyle("P5", "Standard", R1, R0, extra_text='fo:color="#2a6099"'),
        pstyle("P6", "Text_20_body", R0, extra_para='<style:paragraph-properties fo:margin-top="0.353cm" fo:margin-bottom="0.106cm" style:contextual-spacing="false" fo:keep-with-next="always"/>'),
        pstyle("P7", "List_20_Paragraph", R0, list_style="L1"),
        pstyle("P8", "Frame_20_contents", R2),
        pstyle("P9", "Text_20_body", R1, R0),
        tstyle("T1", R0, bold=True),
        tstyle("T2", R1, bold=True),
        tstyle("T3", R1),
        tstyle("T4", R2),
        '<text:list-style style:name="L1">' + list_levels_bullet("•") + '</text:list-style>',
    ]

    frame = (
        '<draw:frame draw:style-name="fr1" draw:name="Ram1" text:anchor-type="char" svg:y="0cm" svg:width="6.2cm" '
        'draw:z-index="0"><draw:text-box fo:min-height="1.2cm">'
        + P("P8", S("T1", "Plats:"), " Bjuv, Medborgarhuset, rum Gruvan", LB, S("T1", "Tid:"), " kl. 9.00–11.30")
        + '</draw:text-box></draw:frame>'
    )

    def head(text, tstyle_name="T1"):
        return P("P6", S(tstyle_name, text))

    round_items = [
        "Helsingborg: antalet hushåll med försörjningsstöd har ökat med sex procent sedan i våras.",
        "Landskrona: många fler hyresskulder än förra året, se nästa punkt.",
        "Ängelholm: inför telefontider för handläggarna från januari.",
        "Höganäs: har fått två nya socialsekreterare och är nu fullt bemannat.",
        "Åstorp: förbereder en ny e-tjänst för ansökningar, mer om det sist på dagordningen.",
        "Svalöv: ser fler äldre som söker bistånd till tandvård.",
        "Bjuv: " + S("T3", "inget särskilt att rapportera."),
    ]

    body = [
        P("P2", "Kommunernas nätverk för ekonomiskt bistånd"),
        P("P3", "Välkomna till höstens sista träff!", frame,
          " Tsiala Kipiani hälsade alla välkomna och var ordförande för dagen. Manaia Tuhiwai förde anteckningar."),
        P("P1", S("T1", "Närvarande:"), LB,
          "Tsiala Kipiani, Bjuv", LB,
          "Batbayar Dorj, Helsingborg", LB,
          "Modupe Afolabi, Landskrona", LB,
          "Skarphéðinn Ólafsson, Ängelholm", LB,
          "Hoài Nguyễn, Höganäs", LB,
          "Unai Zubizarreta, Åstorp", LB,
          "Manaia Tuhiwai, Svalöv"),
        P("P4", S("T1", "Frånvarande:"), TAB, "Hasmik Grigoryan, Klippan, och Illari Mamani, Örkelljunga"),
        P("P4", S("T1", "Gäst:"), TAB, "Zhanar Tulegenova, Arbetsförmedlingen Helsingborg (punkten om Arbetsförmedlingen)"),
        P("P5", "Mall: skriv beslut på egen rad och ansvarig person efter beslutet.",
          '<text:hidden-paragraph text:condition="ooow:1" text:is-hidden="true"/>'),
        # item 1
        head("Runda kring bordet"),
        '<text:list xml:id="list1709823395" text:style-name="L1">'
        + "".join('<text:list-item>%s</text:list-item>' % P("P7", it) for it in round_items)
        + '</text:list>',
        P("P3", "Inget beslut under punkten."),
        # item 2
        head("Hyresskulder och avhysningar"),
        P("P3", "Modupe Afolabi tog upp att Landskrona i år har haft elva avhysningar av barnfamiljer, och att socialtjänsten i flera fall fick veta om hyresskulden först när kronofogden redan var inkopplad."),
        P("P3", "Modupe: ”Vi behöver få signalen från hyresvärden när det är en månads skuld, inte tre.”"),
        P("P3", "Unai frågade om Landskrona har en skriftlig överenskommelse med de kommunala bostadsbolagen. Modupe svarade att det finns en från 2019, men att den inte följs."),
        P("P3", "Batbayar berättade att Helsingborg har ett sådant avtal med Helsingborgshem som fungerar bra."),
        P("P3", S("T1", "Beslut:"), " Batbayar skickar Helsingborgs avtal till alla, och nätverket skriver en gemensam mall för tidig underrättelse om hyresskuld."),
        # item 3
        head("Samarbete med Arbetsförmedlingen"),
        P("P3", "Zhanar Tulegenova från Arbetsförmedlingen berättade att leverantörerna av rusta och matcha har svårt att ta emot personer som inte kan svenska, och att fler kommer att skrivas ut från tjänsten under våren."),
        P("P9", "Zhanar sa: ”Vi vill hellre att ni ringer oss en gång för mycket ", SPB,
          S("T3", "än att någon blir utan planering i månader.”")),
        P("P3", "Hoài frågade hur kommunerna ska få veta när någon skrivs ut. Zhanar svarade att handläggaren ska meddela socialtjänsten, men att det ibland dröjer."),
        P("P3", "Information, inget beslut."),
        # item 4
        head("Gemensam tolkupphandling", "T2"),
        P("P3", "Skarphéðinn Ólafsson lyfte att Ängelholm fick ställa in fyra nybesök i oktober för att tolken inte kom, och föreslog att kommunerna upphandlar tolktjänster tillsammans."),
        P("P3", "Tsiala tyckte att frågan ska gå vidare till socialcheferna. Unai sa att Åstorp är bundet av sitt nuvarande avtal till och med juni 2026."),
        P("P3", S("T1", "Beslut:"), " Tsiala och Skarphéðinn skriver en kort skrivelse till socialchefsnätverket om att upphandla tolkar ihop."),
        # item 5
        head("Övriga frågor"),
        P("P3", "Unai Zubizarreta informerade om att Åstorp inför digital ansökan om försörjningsstöd från den 1 februari."),
        P("P3", "Modupe påminde om länsstyrelsens konferens om ekonomiskt bistånd i Malmö den 4 december."),
        P("P3", "Nästa träff: onsdag 28 januari 2026 kl. 9.00–11.30 i Helsingborg, Rådhuset, rum Kärnan."),
        P("P3", "Antecknat av Manaia Tuhiwai"),
    ]
    header = [P("MP1", "Minnesanteckningar"), P("MP2", "Onsdag 19 november 2025")]
    footer = [footer_with_pages("Familjen Helsingborg")]
    body_xml = "".join(body)
    return ("ekonomiskt_bistand_fetstil_textruta.odt",
            content_xml(auto, body),
            styles_xml(header, footer, numbered_level2=False),
            meta_xml(("Manaia Tuhiwai", "Manaia Tuhiwai"), "2025-11-19T08:47:02.811000000",
                     "2025-11-19T14:22:35.406000000", "PT1H41M7S", 4, 0, body_xml),
            settings_xml())


def main():
    for builder in (doc_socialpsykiatri, doc_familjehem, doc_ekonomiskt_bistand):
        name, content, styles, meta, settings = builder()
        path = write_odt(name, content, styles, meta, settings)
        print("wrote", os.path.relpath(path, os.getcwd()))


if __name__ == "__main__":
    main()
