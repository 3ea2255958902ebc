#!/usr/bin/env python3
"""Builds the four fixtures of Tests/Fixtures/Layouts/varied59: four e-mails
(.eml, RFC 5322 with CRLF line ends) in which mails are nested in mails.

  seniorvardar_outlook_vb_som_bifogad.eml
        Outlook (Microsoft 365, Swedish) "Vidarebefordra som bifogad fil": a
        short cover note (multipart/alternative, base64) and the original
        minutes mail attached as message/rfc822 the way Exchange writes an
        attached item: no name, no filename, only creation-date and
        modification-date. The attached mail holds the minutes in its own
        body (multipart/alternative, quoted-printable).
  kuratorer_thunderbird_vb_apple_docx.eml
        Thunderbird "Vidarebefordra som bilaga": a flowed cover note and the
        original mail attached as message/rfc822 named after its subject
        (.eml). That mail was sent from Apple Mail and carries the minutes
        as an attached .docx inside its HTML alternative
        (multipart/alternative > multipart/mixed > html, docx, html).
  synhorsel_mailman_sammandrag.eml
        A Mailman 2.1 MIME digest: masthead, table of contents, a
        multipart/digest of three message/rfc822 parts (the minutes, a
        "Tack!" reply and a question about parking) and the digest footer.
  vaxelvard_outlook_svara_alla_rattelse.eml
        An Outlook reply-all in HTML: the chair's correction on top, then the
        earlier messages under Outlook's Från/Skickat/Till/Ämne blocks (a
        desktop Outlook border-top block and an Outlook on the web <hr>
        block), the original minutes at the bottom.

Standard library only. Every byte is written by this script: header fields,
RFC 2047 encoded words, RFC 2231 parameters, MIME structure,
quoted-printable, base64, format=flowed, Outlook's Word HTML, Apple Mail's
HTML, the Mailman digest and the attached .docx (built in memory with a
fixed zip timestamp). Nothing depends on the clock or on chance, so a
rebuild gives identical files.

Run from any directory:  python3 make/build.py
"""
import base64
import hashlib
import html
import io
import os
import re
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ZIP_TIME = (2026, 1, 1, 0, 0, 0)


# ==========================================================================
# Mail helpers
# ==========================================================================
def write_bytes(fname, data):
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(data)
    return os.path.join(OUT, fname)


def qp_encode(data, width=76):
    """Quoted-printable (RFC 2045): encoded lines of at most `width`
    characters with a soft break '=' at the end, CRLF hard breaks kept, '='
    and every byte outside 33..126 written as =XX except spaces and tabs
    inside a line; a blank at the end of a line is encoded (=20). A soft
    break never splits an =XX triple."""
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
    """RFC 2047 Q-encoded words, split between characters so that no word is
    longer than `limit` (Thunderbird writes the hex digits in lower case)."""
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
    """'Name: w1 w2 ...' folded with CRLF + sep before a word that would make
    the line longer than 78 characters."""
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
    """A header text as a mail program writes it: ASCII words as they are,
    each run of words with non-ASCII letters as Q words (a space between
    two encoded runs goes inside the encoded word)."""
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


def addr(name, address, charset='utf-8', b=False, lower=False):
    if all(ord(c) < 128 for c in name):
        return ['%s <%s>' % (name, address)]
    if b:
        return [ew_b(name, charset.upper()), '<%s>' % address]
    return ew_q(name, charset, lower=lower) + ['<%s>' % address]


def addr_list(pairs, **kw):
    out = []
    for i, (n, a) in enumerate(pairs):
        ws = addr(n, a, **kw)
        if i < len(pairs) - 1:
            ws[-1] += ','
        out += ws
    return out


def pct(text):
    """RFC 2231 value characters: attribute-chars as they are, the rest %XX
    of the UTF-8 bytes."""
    return ''.join(ch if (ch.isascii() and (ch.isalnum() or ch in '-._~!$&+^`|'))
                   else ''.join('%%%02X' % b for b in ch.encode('utf-8')) for ch in text)


def flow(par, width=72):
    """RFC 3676 format=flowed (DelSp=no)."""
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


def seeded(seed, n):
    out = b''
    i = 0
    while len(out) < n:
        out += hashlib.sha256(('%s/%d' % (seed, i)).encode()).digest()
        i += 1
    return out[:n]


def thread_index(seed, replies=0):
    """Exchange's Thread-Index: 22 bytes (0x01, a FILETIME prefix, a GUID)
    and 5 more bytes for each reply, base64."""
    data = b'\x01\xdc' + seeded(seed, 20 + 5 * replies)
    return base64.b64encode(data).decode('ascii')


def hexid(seed, n):
    return seeded(seed, n).hex().upper()[:n]


def crlf_join(lines):
    return '\r\n'.join(lines)


def wrap_source(line, width=76):
    """Break one long HTML source line at blanks the way Word does when it
    writes HTML: only at a space outside quoted attribute values and outside
    <!...> declarations, so that the lines are about `width` characters
    long. A line end in text or between attributes is white space."""
    breaks = []
    in_tag = False
    decl = False
    quote = None
    for i, ch in enumerate(line):
        if in_tag:
            if quote:
                if ch == quote:
                    quote = None
            elif ch in '"\'' and not decl:
                quote = ch
            elif ch == '>':
                in_tag = False
                decl = False
        elif ch == '<':
            in_tag = True
            decl = line[i + 1:i + 2] == '!'
        if ch == ' ' and not quote and not decl:
            breaks.append(i)
    out = []
    start = 0
    last = None
    for b in breaks:
        if b - start > width and last is not None:
            out.append(line[start:last])
            start = last + 1
        last = b
    if len(line) - start > width and last is not None and last >= start:
        out.append(line[start:last])
        start = last + 1
    out.append(line[start:])
    return out


def html_source(chunks, width=76):
    lines = []
    for c in chunks:
        for ln in c.split('\n'):
            lines.extend(wrap_source(ln, width))
    return '\r\n'.join(lines) + '\r\n'


def E(s):
    return html.escape(s, quote=False)


# ==========================================================================
# Outlook (desktop, Word editor) HTML and its plain-text rendering.
# Blocks:  ('p', text)            a paragraph; text may hold **bold**
#          ('b',)                 an empty paragraph
#          ('h', text, pt)        a bold heading paragraph, font size pt
#          ('li', text)           a bulleted list paragraph (Symbol ·)
#          ('ol', n, text)        a numbered list paragraph, bold (headings)
#          ('sep', fields)        desktop Outlook's reply/forward block
#          ('hr', fields)         Outlook on the web's <hr> + divRplyFwdMsg
#          ('open', cls_prefix)   following blocks use classes prefixed x_
# ==========================================================================
def inline(text, lower_cls=False):
    parts = re.split(r'(\*\*.*?\*\*)', text)
    out = ''
    for p in parts:
        if p.startswith('**') and p.endswith('**'):
            out += '<b>%s</b>' % E(p[2:-2])
        else:
            out += E(p)
    return out


def plain_inline(text):
    return text.replace('**', '')


WORD_HEAD_365 = '''<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
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
span.E-postmall%(styleno)d
	{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
%(lists)s--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang="SV" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">'''

WORD_HEAD_2016 = '''<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	margin-bottom:.0001pt;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
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
	margin-bottom:.0001pt;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
p.x_msonormal, li.x_msonormal, div.x_msonormal
	{mso-style-name:x_msonormal;
	margin:0cm;
	margin-bottom:.0001pt;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.x_msolistparagraph, li.x_msolistparagraph, div.x_msolistparagraph
	{mso-style-name:x_msolistparagraph;
	margin:0cm;
	margin-bottom:.0001pt;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
span.E-postmall%(styleno)d
	{mso-style-type:personal-reply;
	font-family:"Calibri",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-fareast-language:EN-US;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 70.85pt 70.85pt;}
div.WordSection1
	{page:WordSection1;}
%(lists)s--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang=SV link="#0563C1" vlink="#954F72">
<div class=WordSection1>'''


def list_css(defs):
    """@list definitions as Word writes them; defs: (id, kind, listid)."""
    out = '/* List Definitions */\n'
    for lid, kind, num in defs:
        out += ('@list l%d\n\t{mso-list-id:%d;\n\tmso-list-type:hybrid;\n'
                '\tmso-list-template-ids:%d 69009409 69009411 69009413 69009409 69009411 69009413 69009409 69009411;}\n'
                % (lid, num, num // 7))
        if kind == 'bullet':
            out += ('@list l%d:level1\n\t{mso-level-number-format:bullet;\n\tmso-level-text:\\F0B7;\n'
                    '\tmso-level-tab-stop:none;\n\tmso-level-number-position:left;\n\ttext-indent:-18.0pt;\n'
                    '\tfont-family:Symbol;}\n' % lid)
        else:
            out += ('@list l%d:level1\n\t{mso-level-tab-stop:none;\n\tmso-level-number-position:left;\n'
                    '\ttext-indent:-18.0pt;}\n' % lid)
    out += 'ol\n\t{margin-bottom:0cm;}\nul\n\t{margin-bottom:0cm;}\n'
    return out


class OutlookDoc:
    """Renders blocks to Outlook's Word HTML and to the text/plain
    alternative Outlook sends with it."""

    def __init__(self, quoted_attrs, head, styleno, lists):
        self.q = quoted_attrs
        self.head = head % {'styleno': styleno, 'lists': list_css(lists)}
        self.chunks = [self.head]
        self.plain = []
        self.prefix = ''
        self.lfo = {}

    def a(self, v):
        """An attribute value as this Outlook writes it."""
        if self.q:
            return '"%s"' % v
        if re.fullmatch(r'[A-Za-z0-9_\-.]+', v):
            return v
        if v.endswith('%'):
            return '"%s"' % v
        return "'%s'" % v.replace('&quot;', '"')

    def cls(self, name):
        if self.prefix:
            return self.a('x_' + name.lower())
        return self.a(name)

    def add(self, *blocks):
        for b in blocks:
            getattr(self, 'k_' + b[0])(*b[1:])

    def k_open(self, prefix):
        self.prefix = prefix

    def k_p(self, text, style=None):
        st = ' style=%s' % self.a(style) if style else ''
        self.chunks.append('<p class=%s%s>%s<o:p></o:p></p>' % (self.cls('MsoNormal'), st, inline(text)))
        self.plain.append(plain_inline(text))

    def k_b(self):
        self.chunks.append('<p class=%s><o:p>&nbsp;</o:p></p>' % self.cls('MsoNormal'))
        self.plain.append('')

    def k_h(self, text, pt):
        self.chunks.append('<p class=%s><b><span style=%s>%s<o:p></o:p></span></b></p>'
                           % (self.cls('MsoNormal'), self.a('font-size:%.1fpt' % pt), E(text)))
        self.plain.append(text)

    def k_li(self, text, lid=0, lfo=1):
        ind = "text-indent:-18.0pt;mso-list:l%d level1 lfo%d" % (lid, lfo)
        if self.prefix:
            # Outlook on the web dropped the conditional markers and the
            # mso-list property when it quoted the message; Word kept the
            # bullet as text
            self.chunks.append(
                '<p class=%s style=%s><span style=%s>·</span><span style=%s>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; '
                '</span>%s<o:p></o:p></p>'
                % (self.cls('MsoListParagraph'), self.a('margin-left:36.0pt;text-indent:-18.0pt'),
                   self.a('font-family:Symbol'), self.a('font-size:7.0pt'), inline(text)))
        else:
            self.chunks.append(
                '<p class=%s style=%s><![if !supportLists]><span style=%s><span style=%s>·'
                '<span style=%s>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>%s<o:p></o:p></p>'
                % (self.cls('MsoListParagraph'), self.a(ind), self.a('font-family:Symbol'),
                   self.a('mso-list:Ignore'), self.a('font:7.0pt &quot;Times New Roman&quot;'), inline(text)))
        self.plain.append('  *   ' + plain_inline(text))

    def k_ol(self, n, text, lid=1, lfo=2):
        num = '%d.' % n
        if self.prefix:
            self.chunks.append(
                '<p class=%s style=%s><b><span>%s<span style=%s>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>%s</b>'
                '<o:p></o:p></p>'
                % (self.cls('MsoListParagraph'), self.a('margin-left:18.0pt;text-indent:-18.0pt'), num,
                   self.a('font-size:7.0pt'), E(text)))
        else:
            ind = "margin-left:18.0pt;text-indent:-18.0pt;mso-list:l%d level1 lfo%d" % (lid, lfo)
            self.chunks.append(
                '<p class=%s style=%s><![if !supportLists]><b><span style=%s>%s<span style=%s>'
                '&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></b><![endif]><b>%s<o:p></o:p></b></p>'
                % (self.cls('MsoListParagraph'), self.a(ind), self.a('mso-list:Ignore'), num,
                   self.a('font:7.0pt &quot;Times New Roman&quot;'), E(text)))
        self.plain.append('  %-4s%s' % (num, text))

    def k_sep(self, fields):
        """Desktop Outlook's block above a message it replies to or
        forwards: a div with a grey top border and one paragraph."""
        inner = '<b><span lang=%s>%s</span></b><span lang=%s> %s' % (self.a('SV'), E(fields[0][0]), self.a('SV'), E(fields[0][1]))
        for k, v in fields[1:]:
            inner += '<br>\n<b>%s</b> %s' % (E(k), E(v))
        self.chunks.append('<div>\n<div style=%s>\n<p class=%s>%s<o:p></o:p></span></p>\n</div>\n</div>'
                           % (self.a('border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'),
                              self.cls('MsoNormal'), inner))
        self.plain.extend('%s %s' % kv for kv in fields)

    def k_hr(self, fields):
        """Outlook on the web's block (a grey rule and divRplyFwdMsg), as
        desktop Outlook keeps it when it quotes that message in turn."""
        inner = '<b><span style=%s>%s</span></b><span style=%s> %s' % (
            self.a('color:black'), E(fields[0][0]), self.a('color:black'), E(fields[0][1]))
        for k, v in fields[1:]:
            inner += '<br>\n<b>%s</b> %s' % (E(k), E(v))
        self.chunks.append(
            '<div class=%s align=center style=%s>\n<hr size=2 width=%s align=center>\n</div>\n'
            '<div id=divRplyFwdMsg>\n<p class=%s>%s</span> <o:p></o:p></p>\n'
            '<div>\n<p class=%s>&nbsp;<o:p></o:p></p>\n</div>\n</div>'
            % (self.a('MsoNormal'), self.a('text-align:center'), self.a('98%'), self.a('MsoNormal'), inner,
               self.a('MsoNormal')))
        self.plain.append('________________________________')
        self.plain.extend('%s %s' % kv for kv in fields)
        self.plain.append('')

    def k_raw(self, htm, plain=None):
        self.chunks.append(htm)
        if plain is not None:
            self.plain.append(plain)

    def html(self):
        return html_source(self.chunks + ['</div>\n</body>\n</html>'])

    def text(self):
        return '\r\n'.join(self.plain) + '\r\n'


# ==========================================================================
# 1. seniorvardar_outlook_vb_som_bifogad.eml
# ==========================================================================
SV_INNER_SUBJECT = 'Minnesanteckningar seniorvärdsnätverket 12 mars'

SV_MINUTES = [
    ('p', 'Hej alla,'),
    ('b',),
    ('p', 'Tack för en bra träff i torsdags! Här kommer minnesanteckningarna. Hör av er till mig före '
          'månadsskiftet om något behöver ändras.'),
    ('b',),
    ('h', 'Minnesanteckningar – Nätverket för seniorvärdar', 14),
    ('b',),
    ('p', '**Datum:** torsdag 12 mars 2026, kl. 9.00–12.00'),
    ('p', '**Plats:** Klippan, Kommunhuset, sammanträdesrum Ljungbyhed'),
    ('p', '**Närvarande:** Pádraig Ó Súilleabháin (Klippan, ordförande), Xiuying Chen (Höganäs, antecknare), '
          'Sunita Raghunathan (Helsingborg), Boglárka Vörös (Landskrona), Eyvindur Jóhannsson (Ängelholm), '
          'Tuğba Korkmaz (Bjuv) och Nieves Carrasco (Svalöv)'),
    ('p', '**Frånvarande:** Mimoza Krasniqi (Åstorp)'),
    ('p', '**Gäst:** Kenta Watanabe, brandinspektör på Räddningstjänsten Skåne Nordväst, under punkten om '
          'brandsäkerhet'),
    ('p', 'Båstad, Örkelljunga och Perstorp har inga seniorvärdar och är inte med i nätverket.'),
    ('b',),
    ('h', 'Incheckning', 12),
    ('p', 'Kort runda där alla berättade hur det går:'),
    ('li', 'Klippan: många nya besök efter annonsen i Nordvästra Skånes Tidningar.'),
    ('li', 'Höganäs: seniorvärdarna har flyttat till träffpunkten i Väsby.'),
    ('li', 'Landskrona: en ny kollega börjar i april.'),
    ('li', 'Svalöv: fortfarande bara en seniorvärd på deltid.'),
    ('b',),
    ('h', 'Brandsäkerhet hos äldre som bor hemma', 12),
    ('p', 'Kenta Watanabe från räddningstjänsten berättade att nästan hälften av dem som omkommer i '
          'bostadsbränder är över 70 år, och att de flesta bränderna börjar vid spisen eller med en cigarett i '
          'sängen. Han sa: ”En brandvarnare som sitter i en låda i förrådet räddar ingen.”'),
    ('p', 'Tuğba Korkmaz frågade om seniorvärdarna får hjälpa till att sätta upp brandvarnare. Kenta svarade '
          'att det går bra, men aldrig uppe på en stege när man är ensam i någon annans hem.'),
    ('p', 'Vi bestämde att seniorvärdarna tar med räddningstjänstens checklista för brandsäkerhet på alla '
          'hembesök från och med april.'),
    ('b',),
    ('h', 'Trygghetsringningar till ensamboende', 12),
    ('p', 'Boglárka Vörös tog upp att Landskrona sedan i höstas ringer upp ensamboende över 80 år varannan '
          'vecka, och att intresset är mycket större än de hade räknat med. Boglárka: ”Många säger att samtalet '
          'med oss är det enda de har den veckan.”'),
    ('p', 'Eyvindur Jóhannsson tyckte att fler kommuner borde prova, men undrade hur de hinner med. Ingen '
          'ändring just nu, vi pratar vidare om det i maj.'),
    ('b',),
    ('h', 'Ny broschyr om seniorvärdarna', 12),
    ('p', 'Nieves Carrasco berättade att Svalöv fortfarande delar ut en broschyr från 2019 med fel '
          'telefonnummer och föreslog att nätverket gör en tillsammans i stället. Sunita Raghunathan höll med och '
          'sa att Helsingborg kan stå för tryckningen.'),
    ('p', '**Beslut:** Nieves och Sunita gör ett utkast till en broschyr för alla kommunerna, på svenska, '
          'arabiska och bosniska, till nästa träff.'),
    ('b',),
    ('h', 'Övrigt', 12),
    ('li', 'Eyvindur Jóhannsson berättade att Ängelholm får en ny seniorvärd på halvtid från den 1 april.'),
    ('li', 'Tuğba Korkmaz informerade om att Bjuv ordnar en seniordag i Folkets park den 23 maj och att alla '
           'är välkomna att ha ett bord där.'),
    ('b',),
    ('p', 'Nästa träff: torsdag 7 maj 2026 kl. 9.00–12.00 i Höganäs.'),
    ('b',),
    ('p', 'Vänliga hälsningar'),
    ('p', 'Xiuying Chen'),
    ('p', 'Seniorvärd, Höganäs kommun'),
    ('p', 'Tel. 042-33 71 00'),
]

SV_COVER = [
    ('p', 'Hej Görkem!'),
    ('b',),
    ('p', 'Som jag lovade i telefon skickar jag anteckningarna från seniorvärdarnas senaste nätverksträff. '
          'De ligger i det bifogade mejlet från Xiuying. Läs gärna det som räddningstjänsten sa om '
          'brandvarnare, det är bra att ha med sig inför ert första hembesök.'),
    ('b',),
    ('p', 'Välkommen in i nätverket!'),
    ('b',),
    ('p', 'Hälsningar'),
    ('p', 'Sunita'),
    ('b',),
    ('p', 'Sunita Raghunathan'),
    ('p', 'Seniorvärd, Helsingborgs stad'),
]


def exchange_ids(seed, host):
    """An Exchange Online Message-ID and the boundary stem derived from it."""
    h = hexid(seed, 36)
    region = 'eurprd' + re.search(r'PR(\d\d)', host).group(1)
    mid = '<%s%s@%s.%s.prod.outlook.com>' % (host, h, host, region)
    stem = '%s%s%s%sprod' % (host, h, host, region)
    return mid, stem


def build_seniorvardar():
    # -- the attached original: Xiuying's minutes mail (Outlook 365, Höganäs)
    inner_doc = OutlookDoc(True, WORD_HEAD_365, 18, [(0, 'bullet', 1203517902), (1, 'bullet', 418720331)])
    for blk in SV_MINUTES:
        if blk[0] == 'li':
            lid = 1 if blk[1].startswith(('Eyvindur', 'Tuğba')) else 0
            inner_doc.add(('li', blk[1], lid, lid + 1))
        else:
            inner_doc.add(blk)
    in_mid, in_stem = exchange_ids('seniorvardar-inner', 'DB8PR09MB3356')
    in_b = '_000_%s_' % in_stem
    inner_hdr = [
        'From: Xiuying Chen <xiuying.chen@hoganas.example>',
        fold('To', addr('Seniorvärdsnätverket', 'seniorvardar@familjenhelsingborg.example', 'iso-8859-1')),
        fold('CC', addr('Pádraig Ó Súilleabháin', 'padraig.osuilleabhain@klippan.example', 'iso-8859-1')),
        fold('Subject', mixed_words(SV_INNER_SUBJECT, 'iso-8859-1')),
        fold('Thread-Topic', mixed_words(SV_INNER_SUBJECT, 'iso-8859-1')),
        'Thread-Index: ' + thread_index('seniorvardar-inner'),
        'Date: Mon, 16 Mar 2026 09:42:18 +0000',
        'Message-ID: ' + in_mid,
        'Accept-Language: sv-SE, en-US',
        'Content-Language: sv-SE',
        'X-MS-Has-Attach:',
        'X-MS-TNEF-Correlator:',
        'Content-Type: multipart/alternative;',
        '\tboundary="%s"' % in_b,
        'MIME-Version: 1.0',
    ]
    inner = crlf_join(inner_hdr) + '\r\n\r\n' + crlf_join([
        '--' + in_b,
        'Content-Type: text/plain; charset="utf-8"',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        qp_encode(inner_doc.text().encode('utf-8')),
        '--' + in_b,
        'Content-Type: text/html; charset="utf-8"',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        qp_encode(inner_doc.html().encode('utf-8')),
        '--' + in_b + '--',
        '',
    ])

    # -- the forward: Sunita's cover note with the item attached
    cover = OutlookDoc(True, WORD_HEAD_365, 20, [])
    cover.add(*SV_COVER)
    mid, stem = exchange_ids('seniorvardar-outer', 'AM9PR05MB7713')
    b_mixed = '_004_%s_' % stem
    b_alt = '_000_%s_' % stem
    subject = 'VB: ' + SV_INNER_SUBJECT
    hdr = [
        'From: Sunita Raghunathan <sunita.raghunathan@helsingborg.example>',
        fold('To', addr('Görkem Çelik', 'gorkem.celik@perstorp.example', b=True)),
        fold('Subject', mixed_words(subject, 'utf-8')),
        fold('Thread-Topic', mixed_words(SV_INNER_SUBJECT, 'utf-8')),
        'Thread-Index: ' + thread_index('seniorvardar-outer'),
        'Date: Wed, 25 Mar 2026 07:58:14 +0000',
        'Message-ID: ' + mid,
        'Accept-Language: sv-SE, en-US',
        'Content-Language: sv-SE',
        'X-MS-Has-Attach: yes',
        'X-MS-TNEF-Correlator:',
        'msip_labels:',
        'Content-Type: multipart/mixed;',
        '\tboundary="%s"' % b_mixed,
        'MIME-Version: 1.0',
    ]
    body = crlf_join([
        '--' + b_mixed,
        'Content-Type: multipart/alternative;',
        '\tboundary="%s"' % b_alt,
        '',
        '--' + b_alt,
        'Content-Type: text/plain; charset="utf-8"',
        'Content-Transfer-Encoding: base64',
        '',
        b64_lines(cover.text().encode('utf-8')),
        '',
        '--' + b_alt,
        'Content-Type: text/html; charset="utf-8"',
        'Content-Transfer-Encoding: base64',
        '',
        b64_lines(cover.html().encode('utf-8')),
        '',
        '--' + b_alt + '--',
        '',
        '--' + b_mixed,
        'Content-Type: message/rfc822',
        'Content-Disposition: attachment;',
        '\tcreation-date="Wed, 25 Mar 2026 07:57:51 GMT";',
        '\tmodification-date="Wed, 25 Mar 2026 07:57:51 GMT"',
        '',
        inner,
        '--' + b_mixed + '--',
        '',
    ])
    data = crlf_join(hdr) + '\r\n\r\n' + body
    return write_bytes('seniorvardar_outlook_vb_som_bifogad.eml', data.encode('ascii'))


# ==========================================================================
# 2. kuratorer_thunderbird_vb_apple_docx.eml
#    The .docx (Word for Mac / Microsoft 365), built in memory.
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
    RSIDS = ['00A31C5E', '004B7D19', '006E2F83', '00C1942A']

    def __init__(self):
        self.n = 0

    def pid(self):
        self.n += 1
        v = int.from_bytes(hashlib.sha256(('kuratorer-para/%d' % self.n).encode()).digest()[:4], 'big')
        return '%08X' % (v % 0x7FFFFFFF)

    def run(self, text, bold=False, color=None, sz=None):
        rpr = ''
        if bold:
            rpr += '<w:b/><w:bCs/>'
        if color:
            rpr += '<w:color w:val="%s"/>' % color
        if sz:
            rpr += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (sz, sz)
        content = []
        for i, piece in enumerate(text.split('\t')):
            if i:
                content.append('<w:tab/>')
            if piece:
                sp = ' xml:space="preserve"' if piece[:1] == ' ' or piece[-1:] == ' ' else ''
                content.append('<w:t%s>%s</w:t>' % (sp, X(piece)))
        return '<w:r>%s%s</w:r>' % ('<w:rPr>%s</w:rPr>' % rpr if rpr else '', ''.join(content))

    def runs(self, text, **kw):
        """**bold** inside text becomes a bold run."""
        out = ''
        for p in re.split(r'(\*\*.*?\*\*)', text):
            if not p:
                continue
            if p.startswith('**'):
                out += self.run(p[2:-2], bold=True, **kw)
            else:
                out += self.run(p, **kw)
        return out

    def p(self, text='', style=None, num=None, keep=False, spacing=None, **kw):
        ppr = ''
        if style:
            ppr += '<w:pStyle w:val="%s"/>' % style
        if keep:
            ppr += '<w:keepNext/>'
        if num:
            ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % num
        if spacing:
            ppr += spacing
        r = self.RSIDS[self.n % 3 + 1]
        return ('<w:p w14:paraId="%s" w14:textId="77777777" w:rsidR="%s" w:rsidRDefault="%s" w:rsidP="%s">%s%s</w:p>'
                % (self.pid(), r, r, self.RSIDS[0], '<w:pPr>%s</w:pPr>' % ppr if ppr else '',
                   self.runs(text, **kw) if text else ''))

    def tbl(self, widths, rows, header=False, borders=True):
        grid = ''.join('<w:gridCol w:w="%d"/>' % w for w in widths)
        tblpr = ('<w:tblPr><w:tblStyle w:val="Tabellrutnt"/><w:tblW w:w="0" w:type="auto"/>%s'
                 '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
                 'w:noHBand="0" w:noVBand="1"/></w:tblPr>'
                 % ('' if borders else '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
                    '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'))
        out = '<w:tbl>%s<w:tblGrid>%s</w:tblGrid>' % (tblpr, grid)
        for i, row in enumerate(rows):
            hdr = header and i == 0
            out += '<w:tr w:rsidR="%s" w14:paraId="%s" w14:textId="77777777">' % (self.RSIDS[1], self.pid())
            if hdr:
                out = out[:-1] + '><w:trPr><w:tblHeader/></w:trPr>'
            for j, cell in enumerate(row):
                shd = '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>' if hdr else ''
                bold = hdr or (not header and j == 0)
                out += ('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>%s</w:tc>'
                        % (widths[j], shd, self.p(cell, bold=bold)))
            out += '</w:tr>'
        return out + '</w:tbl>'


def docx_styles():
    def heading(sid, name, lvl, sz, color, numpr=''):
        return ('<w:style w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/><w:basedOn w:val="Normal"/>'
                '<w:next w:val="Normal"/><w:link w:val="%sChar"/><w:uiPriority w:val="9"/>%s<w:qFormat/>'
                '<w:pPr><w:keepNext/><w:keepLines/>%s<w:spacing w:before="%d" w:after="80"/>'
                '<w:outlineLvl w:val="%d"/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" '
                'w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/>'
                '<w:color w:val="%s"/><w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr></w:style>'
                '<w:style w:type="character" w:customStyle="1" w:styleId="%sChar"><w:name w:val="Rubrik %d Char"/>'
                '<w:basedOn w:val="Standardstycketeckensnitt"/><w:link w:val="%s"/><w:uiPriority w:val="9"/>'
                '<w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" '
                'w:cstheme="majorBidi"/><w:color w:val="%s"/><w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr></w:style>'
                % (sid, name, sid, '' if lvl == 0 else '<w:unhideWhenUsed/>', numpr, 360 if lvl == 0 else 160,
                   lvl, color, sz, sz, sid, lvl + 1, sid, color, sz, sz))
    return DECL + (
        '<w:styles %s><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" '
        'w:eastAsiaTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:kern w:val="2"/>'
        '<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="sv-SE" w:eastAsia="en-US" w:bidi="ar-SA"/>'
        '<w14:ligatures w14:val="standardContextual"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
        '<w:spacing w:after="160" w:line="278" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
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
        '<w:next w:val="Normal"/><w:link w:val="RubrikChar"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr>'
        '<w:spacing w:after="80" w:line="240" w:lineRule="auto"/><w:contextualSpacing/></w:pPr><w:rPr>'
        '<w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" '
        'w:cstheme="majorBidi"/><w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="56"/><w:szCs w:val="56"/>'
        '</w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Underrubrik"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/>'
        '<w:next w:val="Normal"/><w:uiPriority w:val="11"/><w:qFormat/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr>'
        '</w:pPr><w:rPr><w:rFonts w:eastAsiaTheme="majorEastAsia" w:cstheme="majorBidi"/><w:color w:val="595959" '
        'w:themeColor="text1" w:themeTint="A6"/><w:spacing w:val="15"/><w:sz w:val="28"/><w:szCs w:val="28"/>'
        '</w:rPr></w:style>'
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
        '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4536"/>'
        '<w:tab w:val="right" w:pos="9072"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        '<w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Sidfot"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>'
        '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4536"/>'
        '<w:tab w:val="right" w:pos="9072"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        '<w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
        '</w:styles>'
    ) % (NS_SHORT,
         heading('Rubrik1', 'heading 1', 0, 32, '0F4761'),
         heading('Rubrik2', 'heading 2', 1, 28, '0F4761',
                 '<w:numPr><w:numId w:val="1"/></w:numPr>'))


def docx_numbering():
    def lvl(i, fmt, text, left, font=None, pstyle=None):
        s = '<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>' % (i, fmt)
        if pstyle:
            s += '<w:pStyle w:val="%s"/>' % pstyle
        s += '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr>' % (
            text, left, 432 if pstyle else 360)
        if font:
            s += '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:hint="default"/></w:rPr>' % (font, font)
        return s + '</w:lvl>'
    heads = [lvl(0, 'decimal', '%1.', 432, pstyle='Rubrik2')] + [
        lvl(i, 'decimal', '%1.' + ''.join('%%%d.' % (k + 2) for k in range(i)), 432 + 144 * i) for i in range(1, 9)]
    bullets = [lvl(i, 'bullet', ['\uf0b7', 'o', '\uf0a7'][i % 3], 720 * (i + 1),
                   ['Symbol', 'Courier New', 'Wingdings'][i % 3]) for i in range(9)]
    return DECL + (
        '<w:numbering %s>'
        '<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0"><w:nsid w:val="2B6E41D7"/>'
        '<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="5C1A8E3E"/>%s</w:abstractNum>'
        '<w:abstractNum w:abstractNumId="1" w15:restartNumberingAfterBreak="0"><w:nsid w:val="61F09C24"/>'
        '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="0A2C7E90"/>%s</w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
        '</w:numbering>') % (NS_MAIN, ''.join(heads), ''.join(bullets))


def docx_settings():
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
        '<w:zoom w:percent="125"/><w:proofState w:spelling="clean" w:grammar="clean"/>'
        '<w:defaultTabStop w:val="1304"/><w:hyphenationZone w:val="425"/>'
        '<w:characterSpacingControl w:val="doNotCompress"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
        '<w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
        '<w:compatSetting w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
        '<w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
        '<w:compatSetting w:name="differentiateMultirowTableHeaders" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
        '</w:compat><w:rsids><w:rsidRoot w:val="%s"/>%s</w:rsids>'
        '<m:mathPr><m:mathFont m:val="Cambria Math"/><m:brkBin m:val="before"/><m:brkBinSub m:val="--"/>'
        '<m:smallFrac m:val="0"/><m:dispDef/><m:lMargin m:val="0"/><m:rMargin m:val="0"/>'
        '<m:defJc m:val="centerGroup"/><m:wrapIndent m:val="1440"/><m:intLim m:val="subSup"/>'
        '<m:naryLim m:val="undOvr"/></m:mathPr><w:themeFontLang w:val="sv-SE"/>'
        '<w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" w:accent1="accent1" '
        'w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" w:accent6="accent6" '
        'w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/>'
        '<w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/>'
        '<w14:docId w14:val="4E1B77A2"/><w15:chartTrackingRefBased/>'
        '<w15:docId w15:val="{4E1B77A2-9C3D-4F0A-8E61-2D5B7C9A0F13}"/></w:settings>'
    ) % (Docx.RSIDS[0], ''.join('<w:rsid w:val="%s"/>' % r for r in sorted(Docx.RSIDS)))


def docx_fonts():
    fonts = [('Symbol', '05050102010706020507', '02', 'roman'), ('Times New Roman', '02020603050405020304', '00', 'roman'),
             ('Courier New', '02070309020205020404', '00', 'modern'), ('Wingdings', '05000000000000000000', '02', 'auto'),
             ('Aptos', '020B0004020202020204', '00', 'swiss'), ('Aptos Display', '020B0004020202020204', '00', 'swiss')]
    return DECL + '<w:fonts %s>%s</w:fonts>' % (NS_SHORT, ''.join(
        '<w:font w:name="%s"><w:panose1 w:val="%s"/><w:charset w:val="%s"/><w:family w:val="%s"/>'
        '<w:pitch w:val="variable"/></w:font>' % f for f in fonts))


def docx_theme():
    accents = ['156082', 'E97132', '196B24', '0F9ED5', 'A02B93', '4EA72E']
    clr = ('<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>'
           '<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="0E2841"/></a:dk2>'
           '<a:lt2><a:srgbClr val="E8E8E8"/></a:lt2>'
           + ''.join('<a:accent%d><a:srgbClr val="%s"/></a:accent%d>' % (i + 1, c, i + 1) for i, c in enumerate(accents))
           + '<a:hlink><a:srgbClr val="467886"/></a:hlink><a:folHlink><a:srgbClr val="96607D"/></a:folHlink>'
           '</a:clrScheme>')
    fonts = ('<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Aptos Display" panose="020B0004020202020204"/>'
             '<a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Aptos" '
             'panose="020B0004020202020204"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>')
    fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    ln = ''.join('<a:ln w="%d" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
                 '<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>' % w for w in (12700, 19050, 25400))
    fmt = ('<a:fmtScheme name="Office"><a:fillStyleLst>%s</a:fillStyleLst><a:lnStyleLst>%s</a:lnStyleLst>'
           '<a:effectStyleLst>%s</a:effectStyleLst><a:bgFillStyleLst>%s</a:bgFillStyleLst></a:fmtScheme>'
           % (fill * 3, ln, '<a:effectStyle><a:effectLst/></a:effectStyle>' * 3, fill * 3))
    return DECL + ('<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office-tema">'
                   '<a:themeElements>%s%s%s</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>'
                   % (clr, fonts, fmt))


KU_ROWS = [
    ('Namn', 'Kommun', 'Närvaro'),
    ('Stavroula Nikolaidou', 'Helsingborg', 'Närvarande'),
    ('Büşra Şahin', 'Landskrona', 'Närvarande'),
    ('Ákos Fehér', 'Ängelholm', 'Närvarande'),
    ('Zihan Liu', 'Bjuv', 'Förhinder'),
    ('Deepika Nair', 'Höganäs', 'Närvarande'),
    ('Vojtěch Dvořák', 'Båstad', 'Närvarande'),
    ('Nikša Perić', 'Svalöv', 'Förhinder'),
    ('Sóley Árnadóttir', 'Örkelljunga', 'Närvarande'),
    ('Meron Tesfay', 'Klippan', 'Närvarande'),
]


def kuratorer_docx():
    d = Docx()
    body = []
    body.append(d.p('Minnesanteckningar', 'Rubrik'))
    body.append(d.p('Nätverket för ungdomsmottagningarnas kuratorer', 'Underrubrik'))
    body.append(d.tbl([2268, 6794], [
        ('Datum', 'Tisdag 20 januari 2026, kl. 13.30–16.00'),
        ('Plats', 'Landskrona, Ungdomsmottagningen, rum Ven'),
        ('Ordförande', 'Stavroula Nikolaidou'),
        ('Antecknare', 'Büşra Şahin'),
    ], borders=False))
    body.append(d.p())
    body.append(d.p('Deltagare', 'Rubrik1'))
    body.append(d.tbl([3685, 2835, 2542], KU_ROWS, header=True))
    body.append(d.p())
    body.append(d.p('Inbjuden under punkt 2: Lakshmi Iyer, överläkare vid BUP Helsingborg.'))
    body.append(d.p('Perstorp och Åstorp har ingen egen ungdomsmottagning och ingår inte i nätverket.'))
    body.append(d.p('Anteckningar', 'Rubrik1'))

    body.append(d.p('Aktuellt från mottagningarna', 'Rubrik2'))
    for t in ['Helsingborg: två nya kuratorstjänster, väntetiden till första samtal är nu under två veckor.',
              'Höganäs: många söker för oro och sömnproblem inför de nationella proven.',
              'Båstad: mottagningen är bara bemannad två dagar i veckan fram till sommaren.',
              'Landskrona: drop-in för killar på onsdagar har blivit populärt.',
              'Örkelljunga: Sóley är ensam kurator sedan i höstas.']:
        body.append(d.p(t, 'Liststycke', num=2))

    body.append(d.p('Samverkan med BUP kring remisser', 'Rubrik2'))
    body.append(d.p('Lakshmi Iyer från BUP Helsingborg beskrev hur remisserna från ungdomsmottagningarna '
                    'prioriteras och att ungefär hälften skickas tillbaka för att de saknar en bedömning av '
                    'suicidrisk. Enligt Lakshmi hamnar ”en remiss utan riskbedömning längst ner i högen, hur '
                    'allvarligt det än låter”.'))
    body.append(d.p('Vojtěch Dvořák undrade om BUP kan ta emot konsultationer per telefon innan man skriver '
                    'remiss. Lakshmi svarade att det finns en konsulttelefon på torsdagar.'))
    body.append(d.p('**Beslut:** Deepika Nair och Lakshmi Iyer tar fram en gemensam remissmall som alla '
                    'mottagningar använder från och med mars.'))

    body.append(d.p('Samtal om sexuell hälsa på lätt svenska', 'Rubrik2'))
    body.append(d.p('Sóley Árnadóttir lyfte att allt fler ungdomar som söker sig till mottagningen i Örkelljunga '
                    'har gått kort tid i svensk skola och inte förstår orden vi använder när vi pratar om kroppen '
                    'och sex. Sóley: ”Med tolk i rummet vill de inte prata om sex alls.”'))
    body.append(d.p('Meron Tesfay instämde och berättade att Klippan har börjat använda bildstöd i samtalen.'))
    body.append(d.p('Inget beslut. Sóley återkommer till nästa möte med exempel på material på enkel svenska.'))

    body.append(d.p('Övriga frågor', 'Rubrik2'))
    body.append(d.p('Ákos Fehér meddelade att han är föräldraledig från mars till augusti och att Quỳnh Trần '
                    'ersätter honom i nätverket under tiden.'))
    body.append(d.p('Meron Tesfay berättade att Klippans mottagning har drop-in på tisdagar kl. 15–18 från '
                    'och med februari.'))
    body.append(d.p())
    body.append(d.p('Nästa möte: tisdag 17 mars 2026 kl. 13.30–16.00 i Ängelholm.', bold=False))

    sect = ('<w:sectPr w:rsidR="%s" w:rsidSect="%s"><w:headerReference w:type="default" r:id="rId7"/>'
            '<w:footerReference w:type="default" r:id="rId8"/><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" '
            'w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>'
            % (Docx.RSIDS[0], Docx.RSIDS[0]))
    document = DECL + '<w:document %s><w:body>%s%s</w:body></w:document>' % (NS_MAIN, ''.join(body), sect)
    header = DECL + '<w:hdr %s>%s</w:hdr>' % (
        NS_MAIN, d.p('Ungdomsmottagningarna i Familjen Helsingborg\tKuratorsnätverket', 'Sidhuvud'))
    fld = lambda instr, res: ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> %s '
                              '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>%s</w:t>'
                              '</w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' % (instr, res))
    footer = DECL + '<w:ftr %s><w:p w14:paraId="6D2A0B91" w14:textId="77777777" w:rsidR="%s" w:rsidRDefault="%s">' \
        '<w:pPr><w:pStyle w:val="Sidfot"/><w:jc w:val="right"/></w:pPr><w:r><w:t xml:space="preserve">Sida </w:t></w:r>%s' \
        '<w:r><w:t xml:space="preserve"> av </w:t></w:r>%s</w:p></w:ftr>' % (
            NS_MAIN, Docx.RSIDS[1], Docx.RSIDS[1], fld('PAGE', '1'), fld('NUMPAGES', '2'))

    text = ' '.join(re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', document))
    core = DECL + (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title></dc:title><dc:subject></dc:subject><dc:creator>Büşra Şahin</dc:creator><cp:keywords></cp:keywords>'
        '<dc:description></dc:description><cp:lastModifiedBy>Büşra Şahin</cp:lastModifiedBy><cp:revision>4</cp:revision>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-20T12:24:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-22T14:58:00Z</dcterms:modified></cp:coreProperties>')
    app = DECL + (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        '<Template>Normal.dotm</Template><TotalTime>71</TotalTime><Pages>2</Pages><Words>%d</Words>'
        '<Characters>%d</Characters><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
        '<Lines>%d</Lines><Paragraphs>%d</Paragraphs><ScaleCrop>false</ScaleCrop><Company>Landskrona stad</Company>'
        '<LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>%d</CharactersWithSpaces>'
        '<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>'
        '</Properties>') % (len(text.split()), len(text.replace(' ', '')), len(text) // 70 + 1,
                            document.count('<w:p '), len(text))
    rels = [
        ('rId1', 'numbering', 'numbering.xml'), ('rId2', 'styles', 'styles.xml'), ('rId3', 'settings', 'settings.xml'),
        ('rId4', 'webSettings', 'webSettings.xml'), ('rId7', 'header', 'header1.xml'), ('rId8', 'footer', 'footer1.xml'),
        ('rId9', 'fontTable', 'fontTable.xml'), ('rId10', 'theme', 'theme/theme1.xml')]
    doc_rels = DECL + ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s'
                       '</Relationships>') % ''.join(
        '<Relationship Id="%s" Type="%s%s" Target="%s"/>' % (i, REL_BASE, t, tg) for i, t, tg in rels)
    root_rels = DECL + (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')
    overrides = [('/word/document.xml', CT_BASE + 'document.main+xml'),
                 ('/word/numbering.xml', CT_BASE + 'numbering+xml'), ('/word/styles.xml', CT_BASE + 'styles+xml'),
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
        ('word/numbering.xml', docx_numbering()), ('word/settings.xml', docx_settings()),
        ('word/styles.xml', docx_styles()),
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


# --------------------------------------------------------------------------
# The Apple Mail message (macOS Mail, "rich text" with an attachment in the
# text): multipart/alternative of text/plain and a multipart/mixed holding
# the HTML before the attachment, the .docx and the HTML after it.
# --------------------------------------------------------------------------
KU_INNER_SUBJECT = 'Minnesanteckningar från kuratorsnätverket 20 januari'
KU_DOCX_NAME = 'Minnesanteckningar kuratorsnätverket 2026-01-20.docx'

KU_BEFORE = [
    'Hej alla!',
    '',
    'Här kommer minnesanteckningarna från i tisdags. Jag har skrivit dem i Word så att ni lätt kan föra '
    'över dem till era egna system.',
    '',
]
KU_AFTER = [
    '',
    'Säg till om något har blivit fel!',
    '',
    'Kram',
    'Büşra',
    '',
    '-- ',
    'Büşra Şahin',
    'Kurator, Ungdomsmottagningen i Landskrona',
]
APPLE_BODY_ATTR = ('style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;"')


def apple_html(lines, lead=False, tail=False):
    out = '<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8">' \
          '</head><body %s>' % APPLE_BODY_ATTR
    first = True
    if lead:
        out += '<div></div>'
    for ln in lines:
        if first and not lead:
            out += E(ln)          # Apple writes the first line bare
            first = False
            continue
        out += '<div>%s</div>' % ('<br>' if ln == '' else E(ln).replace('-- ', '--&nbsp;'))
    if tail:
        out += '<div></div>'
    return out + '</body></html>'


def apple_message():
    b_alt = 'Apple-Mail=_6D0B2C57-91E4-4A3F-B8D2-7C15E09A4F61'
    b_mix = 'Apple-Mail=_E3A94F10-2B7C-4D85-9F06-A1C3D5E7B920'
    plain = '\r\n'.join(KU_BEFORE + [''] + KU_AFTER) + '\r\n'
    docx = kuratorer_docx()
    hdr = [
        'Return-Path: <bursa.sahin@landskrona.example>',
        'Received: from mail.landskrona.example (mail.landskrona.example [192.0.2.41])',
        '\tby mx1.engelholm.example with ESMTPS id 4f7kQ21c9Tz3wJ',
        '\tfor <akos.feher@engelholm.example>; Thu, 22 Jan 2026 16:12:47 +0100 (CET)',
        'Received: from smtpclient.apple ([198.51.100.23])',
        '\tby mail.landskrona.example with ESMTPSA id 0a3f7c2e91',
        '\tfor <um-kuratorer@familjenhelsingborg.example>; Thu, 22 Jan 2026 16:12:44 +0100',
        fold('From', addr('Büşra Şahin', 'bursa.sahin@landskrona.example')),
        'Content-Type: multipart/alternative;',
        '\tboundary="%s"' % b_alt,
        'Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))',
        fold('Subject', mixed_words(KU_INNER_SUBJECT, 'utf-8')),
        'Message-Id: <C2F7A0B4-5E19-4D3C-A8F6-0B9E1D27C6A3@landskrona.example>',
        'Date: Thu, 22 Jan 2026 16:12:40 +0100',
        fold('To', addr('Kuratorsnätverket', 'um-kuratorer@familjenhelsingborg.example')),
        'X-Mailer: Apple Mail (2.3826.500.181.1.5)',
    ]
    name_words = ew_q(KU_DOCX_NAME, 'utf-8', limit=200)
    assert len(name_words) == 1
    body = [
        '',
        '--' + b_alt,
        'Content-Transfer-Encoding: quoted-printable',
        'Content-Type: text/plain;',
        '\tcharset=utf-8',
        '',
        qp_encode(plain.encode('utf-8')),
        '--' + b_alt,
        'Content-Type: multipart/mixed;',
        '\tboundary="%s"' % b_mix,
        '',
        '',
        '--' + b_mix,
        'Content-Transfer-Encoding: quoted-printable',
        'Content-Type: text/html;',
        '\tcharset=utf-8',
        '',
        qp_encode(apple_html(KU_BEFORE, tail=True).encode('utf-8')),
        '--' + b_mix,
        'Content-Disposition: attachment;',
        "\tfilename*=utf-8''%s" % pct(KU_DOCX_NAME),
        'Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document;',
        '\tx-unix-mode=0644;',
        '\tname="%s"' % name_words[0].replace('.docx', '=2Edocx'),
        'Content-Transfer-Encoding: base64',
        '',
        b64_lines(docx),
        '--' + b_mix,
        'Content-Transfer-Encoding: quoted-printable',
        'Content-Type: text/html;',
        '\tcharset=utf-8',
        '',
        qp_encode(apple_html(KU_AFTER, lead=True).encode('utf-8')),
        '--' + b_mix + '--',
        '',
        '--' + b_alt + '--',
        '',
    ]
    return (crlf_join(hdr) + '\r\n' + crlf_join(body)).encode('ascii')


KU_COVER = [
    ('P', 'Hej Quỳnh,'),
    ('B',),
    ('F', 'här kommer anteckningarna från kuratorsnätverkets möte i januari, som jag lovade. Büşra skickade '
          'dem som en Word-fil i mejlet som ligger bifogat. Du tar ju över min plats i nätverket medan jag är '
          'hemma med bebisen, så läs gärna igenom dem före mötet i mars.'),
    ('B',),
    ('P', 'Hälsningar'),
    ('P', 'Ákos'),
    ('B',),
    ('P', '-- '),
    ('P', 'Ákos Fehér'),
    ('P', 'Kurator, Ungdomsmottagningen i Ängelholm'),
]


def build_kuratorer():
    inner = apple_message()
    att_name = KU_INNER_SUBJECT + '.eml'
    boundary = '------------x0Tq7LmB3vRz9KcW2hNd5FgY'
    cover = []
    for entry in KU_COVER:
        if entry[0] == 'B':
            cover.append('')
        elif entry[0] == 'P':
            cover.append(entry[1])
        else:
            cover.extend(flow(entry[1]))
    cover_bytes = ('\r\n'.join(cover) + '\r\n').encode('utf-8')
    enc = pct(att_name)
    cut = enc.index('kuratorsn')
    raw = att_name.encode('utf-8')
    nw = []
    while raw:  # B words of whole characters, at most 45 bytes each
        cut_at = min(len(raw), 45)
        while cut_at < len(raw) and (raw[cut_at] & 0xC0) == 0x80:
            cut_at -= 1
        nw.append('=?UTF-8?B?%s?=' % base64.b64encode(raw[:cut_at]).decode('ascii'))
        raw = raw[cut_at:]
    hdr = [
        'Message-ID: <9a4c27e1-5f08-4b6d-93e2-7d1c0a8b6f35@engelholm.example>',
        'Date: Mon, 2 Feb 2026 08:47:19 +0100',
        'MIME-Version: 1.0',
        'User-Agent: Mozilla Thunderbird',
        'Content-Language: sv-SE',
        fold('To', addr('Quỳnh Trần', 'quynh.tran@engelholm.example', b=True)),
        fold('From', addr('Ákos Fehér', 'akos.feher@engelholm.example', b=True)),
        fold('Subject', mixed_words('Fwd: ' + KU_INNER_SUBJECT, 'UTF-8', lower=True)),
        'Content-Type: multipart/mixed; boundary="%s"' % boundary,
    ]
    head = crlf_join(hdr + [
        '',
        'This is a multi-part message in MIME format.',
        '--' + boundary,
        'Content-Type: text/plain; charset=UTF-8; format=flowed',
        'Content-Transfer-Encoding: 8bit',
        '',
    ]).encode('ascii') + b'\r\n' + cover_bytes
    att = crlf_join([
        '',
        '--' + boundary,
        'Content-Type: message/rfc822; charset=UTF-8;',
        ' name="%s"' % '\r\n '.join(nw),
        'Content-Disposition: attachment;',
        " filename*0*=UTF-8''%s;" % enc[:cut],
        ' filename*1*=%s' % enc[cut:],
        '',
    ]).encode('ascii') + b'\r\n' + inner + crlf_join([
        '',
        '--' + boundary + '--',
        '',
    ]).encode('ascii')
    return write_bytes('kuratorer_thunderbird_vb_apple_docx.eml', head + att)


# ==========================================================================
# 3. synhorsel_mailman_sammandrag.eml
#    A Mailman 2.1 MIME digest (list language English, so the masthead and
#    the table of contents are us-ascii and Mailman writes '?' for every
#    letter outside ASCII in the subjects and names it lists).
# ==========================================================================
LIST = 'synhorsel@lists.familjenhelsingborg.example'
LIST_HOST = 'lists.familjenhelsingborg.example'

SH_MINUTES = [
    'Hej allihop!',
    '',
    'Här kommer anteckningarna från gårdagens träff. Tack Sigurlaug för att vi fick vara hos er i Båstad, och för kladdkakan!',
    '',
    'ANTECKNINGAR',
    'Nätverket för syn- och hörselinstruktörer',
    '',
    'Tid och plats: onsdag 6 maj 2026 kl. 10.00–15.00, Båstad, Kommunhuset, rum Torekov',
    'Ordf.: Sigurlaug Björnsdóttir, Båstad',
    'Sekr.: Sukhjit Kaur Gill, Ängelholm',
    'Övriga närvarande: Külli Raudsepp (Helsingborg), Munir Al-Khatib (Landskrona), Sayuri Nakamura (Höganäs), Jérôme Fabre (Örkelljunga)',
    'Anmält förhinder: Ruqayya Bello (Perstorp)',
    'Gäst: Rosalinda Bautista, audionom på hörselmottagningen i Ängelholm (punkt 2)',
    'Bjuv, Klippan och Åstorp köper tjänsten av Helsingborg. Svalöv har en ny instruktör som börjar i juni.',
    '',
    '1. Föregående anteckningar',
    'Godkändes och lades till handlingarna.',
    '',
    '2. Nya hörapparater som styrs med app',
    'Rosalinda Bautista visade de hörapparater som Region Skåne har upphandlat och berättade att de flesta inställningarna nu bara går att göra i en app i mobilen. Hon menade att ”den som inte har en smartphone får bara halva hörapparaten”. Munir Al-Khatib frågade om kommunerna kan låna ut enkla fjärrkontroller i stället, och Rosalinda trodde att det går.',
    'Vi bestämde att Munir och Rosalinda gör en lista över tillbehör som kommunerna bör ha hemma för utlåning.',
    '',
    '3. Hembesök eller mottagning',
    'Külli Raudsepp tog upp att Helsingborg överväger att sluta med hembesök och i stället ta emot alla på mottagningen vid Drottninghög. ”Vi hinner tre hembesök om dagen men tio besök på mottagningen”, sa Külli. Jérôme Fabre var tveksam och påpekade att många äldre i Örkelljunga inte har någon möjlighet att ta sig in till centralorten.',
    'Vi bestämde att alla kommuner räknar sina hembesök och mottagningsbesök under maj och juni, så att vi kan jämföra siffrorna i september.',
    '',
    '4. Syn och demens',
    'Sayuri Nakamura berättade om Höganäs försök med kontrastmärkning i hemmet för personer med demenssjukdom: gul tejp på trappstegens kanter och mörka toalettsitsar. Sayuri sa: ”Det kostar nästan ingenting, och fallen blev färre redan första månaden.”',
    'Inget beslut, men flera vill åka till Höganäs och titta.',
    '',
    '5. Övrigt',
    '– Sigurlaug: Båstads syncentral flyttar till Hälsans hus efter sommaren.',
    '– Jérôme: Örkelljunga har fått pengar till en hörslinga i kommunhusets reception.',
    '',
    'Nästa träff: onsdag 16 september 2026 kl. 10.00 i Örkelljunga.',
    '',
    '/Sukhjit',
    '',
    'Sukhjit Kaur Gill',
    'Syn- och hörselinstruktör',
    'Ängelholms kommun',
]

SH_SUBJ = 'Anteckningar från träffen i Båstad 6 maj'

SH_THANKS = [
    'Tack Sukhjit, fint sammanfattat! Jag skickar gärna bilder på tejpen till den som vill se.',
    '',
    'Sayuri',
    '',
    'Skickat från min iPhone',
]

SH_PARKING = [
    'Hej!',
    '',
    'Jag är ny i nätverket och kommer till träffen i Örkelljunga i september. Vet någon var man kan '
    'parkera nära kommunhuset, och behöver man betala?',
    '',
    'Vänliga hälsningar',
    'Zvonimir Kovač',
    'Syn- och hörselinstruktör, Svalövs kommun',
]


def mm_oneline(s):
    """Mailman 2.1's Utils.oneline() into the list's charset (us-ascii):
    every character outside it becomes '?'."""
    return s.encode('ascii', 'replace').decode('ascii')


def build_synhorsel():
    top = '===============7315946802417735521=='
    dig = '===============4418209537761903344=='
    prefix = '[Synhorsel] '
    msgs = []

    # 1. the minutes: Outlook for Mac, plain text, UTF-8 quoted-printable
    m1 = [
        fold('From', addr('Sukhjit Kaur Gill', 'sukhjit.kaurgill@engelholm.example')),
        fold('To', addr('Synhorsel', LIST)),
        'Date: Thu, 07 May 2026 09:14:52 +0200',
        'Message-ID: <F1B2E7C3-4A58-4D09-B6E1-93C0D7A25F84@engelholm.example>',
        'Content-type: text/plain;',
        '\tcharset="UTF-8"',
        'Content-transfer-encoding: quoted-printable',
        'MIME-Version: 1.0',
        'Precedence: list',
        fold('Subject', mixed_words(prefix + SH_SUBJ, 'utf-8')),
        'Message: 1',
    ]
    msgs.append(crlf_join(m1) + '\r\n\r\n' + qp_encode(('\r\n'.join(SH_MINUTES) + '\r\n').encode('utf-8')))

    # 2. "Tack!": iPhone Mail, the quoted minutes deleted before sending
    m2 = [
        fold('From', addr('Sayuri Nakamura', 'sayuri.nakamura@hoganas.example')),
        'Content-Type: text/plain;',
        '\tcharset=utf-8',
        'Content-Transfer-Encoding: quoted-printable',
        'MIME-Version: 1.0 (1.0)',
        'Date: Thu, 07 May 2026 11:02:37 +0200',
        'References: <F1B2E7C3-4A58-4D09-B6E1-93C0D7A25F84@engelholm.example>',
        'In-Reply-To: <F1B2E7C3-4A58-4D09-B6E1-93C0D7A25F84@engelholm.example>',
        'Message-ID: <7E0C5A92-D3B1-4F6E-8A27-5B4C19E0D3F6@hoganas.example>',
        fold('To', addr('Synhorsel', LIST)),
        'Precedence: list',
        fold('Subject', mixed_words(prefix + 'Re: ' + SH_SUBJ, 'utf-8')),
        'Message: 2',
    ]
    msgs.append(crlf_join(m2) + '\r\n\r\n' + qp_encode(('\r\n'.join(SH_THANKS) + '\r\n').encode('utf-8')))

    # 3. the parking question: Outlook on the web, plain text in base64
    m3 = [
        fold('From', addr('Zvonimir Kovač', 'zvonimir.kovac@svalov.example', b=True)),
        fold('To', addr('Synhorsel', LIST)),
        'Date: Fri, 8 May 2026 07:31:05 +0000',
        'Message-ID: <PA4PR07MB8839C1E25B7A4D0F93E6AC52D1B8F@PA4PR07MB8839.eurprd07.prod.outlook.com>',
        'Content-Type: text/plain; charset="utf-8"',
        'Content-Transfer-Encoding: base64',
        'MIME-Version: 1.0',
        'Precedence: list',
        fold('Subject', mixed_words(prefix + 'Parkering vid kommunhuset i Örkelljunga?', 'utf-8')),
        'Message: 3',
    ]
    msgs.append(crlf_join(m3) + '\r\n\r\n' + b64_lines(('\r\n'.join(SH_PARKING) + '\r\n').encode('utf-8')) + '\r\n')

    toc = [
        "Today's Topics:",
        '',
        '   1. %s (Sukhjit Kaur Gill)' % mm_oneline(SH_SUBJ),
        '   2. Re: %s (Sayuri Nakamura)' % mm_oneline(SH_SUBJ),
        '   3. %s (%s)' % (mm_oneline('Parkering vid kommunhuset i Örkelljunga?'), mm_oneline('Zvonimir Kovač')),
        '',
    ]
    masthead = [
        'Send Synhorsel mailing list submissions to',
        '\t' + LIST,
        '',
        'To subscribe or unsubscribe via the World Wide Web, visit',
        '\thttps://%s/mailman/listinfo/synhorsel' % LIST_HOST,
        "or, via email, send a message with subject or body 'help' to",
        '\tsynhorsel-request@' + LIST_HOST,
        '',
        'You can reach the person managing the list at',
        '\tsynhorsel-owner@' + LIST_HOST,
        '',
        'When replying, please edit your Subject line so it is more specific',
        'than "Re: Contents of Synhorsel digest..."',
        '',
    ]
    footer = [
        '_______________________________________________',
        'Synhorsel mailing list',
        LIST,
        'https://%s/mailman/listinfo/synhorsel' % LIST_HOST,
    ]
    hdr = [
        'Return-Path: <synhorsel-bounces@%s>' % LIST_HOST,
        'Received: from lists.familjenhelsingborg.example (lists.familjenhelsingborg.example [203.0.113.17])',
        '\tby mx1.engelholm.example with ESMTPS id 4g2Rk75bWqz4xN',
        '\tfor <sukhjit.kaurgill@engelholm.example>; Fri, 08 May 2026 12:00:06 +0200 (CEST)',
        'Subject: Synhorsel Digest, Vol 3, Issue 4',
        'From: synhorsel-request@' + LIST_HOST,
        'To: ' + LIST,
        'Reply-To: ' + LIST,
        'Date: Fri, 08 May 2026 12:00:03 +0200',
        'Message-ID: <mailman.7.1778234403.2214.synhorsel@%s>' % LIST_HOST,
        'MIME-Version: 1.0',
        'Content-Type: multipart/mixed; boundary="%s"' % top,
        'X-BeenThere: ' + LIST,
        'X-Mailman-Version: 2.1.39',
        'Precedence: list',
        'List-Id: "Syn- och =?utf-8?q?h=C3=B6rselinstrukt=C3=B6rer_i_Familjen_Helsingborg?="',
        ' <synhorsel.%s>' % LIST_HOST,
        'List-Unsubscribe: <https://%s/mailman/options/synhorsel>,' % LIST_HOST,
        ' <mailto:synhorsel-request@%s?subject=unsubscribe>' % LIST_HOST,
        'List-Archive: <https://%s/pipermail/synhorsel/>' % LIST_HOST,
        'List-Post: <mailto:%s>' % LIST,
        'List-Help: <mailto:synhorsel-request@%s?subject=help>' % LIST_HOST,
        'List-Subscribe: <https://%s/mailman/listinfo/synhorsel>,' % LIST_HOST,
        ' <mailto:synhorsel-request@%s?subject=subscribe>' % LIST_HOST,
        'Errors-To: synhorsel-bounces@' + LIST_HOST,
        'Sender: "Synhorsel" <synhorsel-bounces@%s>' % LIST_HOST,
    ]
    lines = [crlf_join(hdr), '',
             '--' + top,
             'Content-Type: text/plain; charset="us-ascii"',
             'MIME-Version: 1.0',
             'Content-Transfer-Encoding: 7bit',
             'Content-Description: Synhorsel Digest, Vol 3, Issue 4',
             '',
             crlf_join(masthead),
             '--' + top,
             'Content-Type: text/plain; charset="us-ascii"',
             'MIME-Version: 1.0',
             'Content-Transfer-Encoding: 7bit',
             "Content-Description: Today's Topics (3 messages)",
             '',
             crlf_join(toc),
             '--' + top,
             'Content-Type: multipart/digest; boundary="%s"' % dig,
             'MIME-Version: 1.0',
             '',
             '',
             ]
    for m in msgs:
        lines += ['--' + dig,
                  'Content-Type: message/rfc822',
                  'MIME-Version: 1.0',
                  '',
                  m]
    lines += ['--' + dig + '--',
              '',
              '--' + top,
              'Content-Type: text/plain; charset="us-ascii"',
              'MIME-Version: 1.0',
              'Content-Transfer-Encoding: 7bit',
              'Content-Description: Digest Footer',
              '',
              crlf_join(footer),
              '',
              '--' + top + '--',
              '']
    data = crlf_join(lines)
    return write_bytes('synhorsel_mailman_sammandrag.eml', data.encode('ascii'))


# ==========================================================================
# 4. vaxelvard_outlook_svara_alla_rattelse.eml
#    Outlook 2016 (Swedish) on Exchange: Ingibjörg's reply-all on top, then
#    Maïwenn's reply (written in Outlook on the web) under desktop Outlook's
#    border-top block, then Kulwinder's original minutes under Outlook on the
#    web's <hr> block. What Outlook on the web quoted keeps its x_ classes.
# ==========================================================================
VX_SUBJECT = 'Minnesanteckningar växelvårdsnätverket 11 februari'

VX_TOP = [
    ('p', 'Hej!'),
    ('b',),
    ('p', 'Maïwenn: jag har tittat i mina egna anteckningar och det stämmer som Kulwinder skrev, vi sa ”under '
          'våren”.'),
    ('b',),
    ('p', 'Däremot en rättelse till närvarolistan: Thanasis Papadakis från Höganäs var med på hela mötet, han '
          'satt bredvid mig. Han ska stå bland de närvarande och inte som frånvarande. Mehriban var inte där.'),
    ('b',),
    ('p', 'Kulwinder, kan du rätta det i den version som sparas i pärmen?'),
    ('b',),
    ('p', 'Hälsningar'),
    ('p', 'Ingibjörg'),
    ('b',),
    ('p', 'Ingibjörg Hauksdóttir'),
    ('p', 'Enhetschef, Vård- och omsorgsförvaltningen'),
    ('p', 'Ängelholms kommun'),
    ('b',),
]

VX_MIDDLE = [
    ('p', 'Tack Kulwinder!'),
    ('b',),
    ('p', 'En fråga om punkt 3: sa vi inte att Helsingborg ska se över taxan före sommaren, och inte under våren? '
          'Det är jag som ska redovisa det, så jag vill vara säker.'),
    ('b',),
    ('p', 'Hälsningar'),
    ('p', 'Maïwenn'),
]

VX_MINUTES = [
    ('p', 'Hej allihopa,'),
    ('b',),
    ('p', 'Här kommer anteckningarna från onsdagens nätverksmöte. Tack för ett bra möte!'),
    ('b',),
    ('h', 'Minnesanteckningar Växelvårdsnätverket', 14),
    ('p', 'Onsdag 11 februari 2026, kl. 13.00–15.30'),
    ('p', 'Bjuvs kommunhus, sammanträdesrum Billesholm'),
    ('b',),
    ('p', '**Närvarande:**'),
    ('li', 'Ingibjörg Hauksdóttir, Ängelholm – ordförande'),
    ('li', 'Kulwinder Bains, Bjuv – antecknare'),
    ('li', 'Maïwenn Le Goff, Helsingborg'),
    ('li', 'Radka Horáková, Landskrona'),
    ('li', 'Nargiza Karimova, Åstorp'),
    ('li', 'Đurđica Marić, Perstorp'),
    ('b',),
    ('p', '**Frånvarande:** Thanasis Papadakis, Höganäs; Mehriban Əliyeva, Klippan'),
    ('p', '**Inbjuden:** Õnne Lepik, demenssjuksköterska i Helsingborg (punkt 2)'),
    ('b',),
    ('ol', 1, 'Föregående minnesanteckningar'),
    ('p', 'Lades till handlingarna.'),
    ('b',),
    ('ol', 2, 'Växelvård för personer med demenssjukdom'),
    ('p', 'Õnne Lepik berättade att många anhöriga tackar nej till växelvård för att den som har demens blir orolig '
          'av att byta miljö, och att oron ofta släpper efter den tredje vistelsen. Hon sa: ”Det är de första två '
          'gångerna som avgör om familjen orkar fortsätta.” Radka Horáková frågade om det finns studier på det, '
          'och Õnne lovade att skicka en rapport.'),
    ('p', 'Beslut: Kommunerna försöker låta samma person få samma rum vid varje vistelse, där det går.'),
    ('b',),
    ('ol', 3, 'Avgifter för växelvård'),
    ('p', 'Nargiza Karimova tog upp att avgiften för växelvård skiljer sig mer än 150 kronor per dygn mellan '
          'kommunerna. Nargiza menade att ”det blir en fråga om plånboken om man orkar vårda sin närstående '
          'hemma”. Maïwenn Le Goff sa att Helsingborg ser över sin taxa under våren.'),
    ('p', 'Beslut: Nargiza sammanställer kommunernas avgifter till nästa möte.'),
    ('b',),
    ('ol', 4, 'Bokningssystemet'),
    ('p', 'Đurđica Marić berättade att Perstorp har gått över till digital bokning av växelvårdsplatser och att '
          'dubbelbokningarna nästan har försvunnit. Hon erbjöd sig att visa systemet för den som vill. Inget '
          'beslut.'),
    ('b',),
    ('ol', 5, 'Övrigt'),
    ('p', 'Maïwenn Le Goff informerade om att Helsingborg öppnar tolv nya växelvårdsplatser på Ödåkra vård- och '
          'omsorgsboende i april.'),
    ('p', 'Ingibjörg Hauksdóttir påminde om anhörigdagen den 14 mars, där nätverket har ett bord.'),
    ('b',),
    ('p', 'Nästa möte: onsdag 15 april 2026 kl. 13.00 i Klippan.'),
    ('b',),
    ('p', 'Hälsningar'),
    ('p', 'Kulwinder Bains'),
    ('p', 'Biståndshandläggare, Bjuvs kommun'),
]

VX_ADDR = {
    'Ingibjörg Hauksdóttir': 'ingibjorg.hauksdottir@engelholm.example',
    'Maïwenn Le Goff': 'maiwenn.legoff@helsingborg.example',
    'Kulwinder Bains': 'kulwinder.bains@bjuv.example',
    'Växelvårdsnätverket': 'vaxelvard@familjenhelsingborg.example',
}


def build_vaxelvard():
    d = OutlookDoc(False, WORD_HEAD_2016, 19, [(0, 'bullet', 1589273360)])
    d.add(*VX_TOP)
    d.add(('sep', [
        ('Från:', 'Maïwenn Le Goff <%s>' % VX_ADDR['Maïwenn Le Goff']),
        ('Skickat:', 'den 16 februari 2026 09:12'),
        ('Till:', 'Kulwinder Bains <%s>; Växelvårdsnätverket <%s>' % (VX_ADDR['Kulwinder Bains'],
                                                                     VX_ADDR['Växelvårdsnätverket'])),
        ('Ämne:', 'SV: ' + VX_SUBJECT),
    ]))
    d.add(('b',))
    d.add(('raw', '<div id=appendonsend></div>'))
    d.add(*VX_MIDDLE)
    d.add(('hr', [
        ('Från:', 'Kulwinder Bains <%s>' % VX_ADDR['Kulwinder Bains']),
        ('Skickat:', 'den 13 februari 2026 15:20'),
        ('Till:', 'Växelvårdsnätverket <%s>' % VX_ADDR['Växelvårdsnätverket']),
        ('Ämne:', VX_SUBJECT),
    ]))
    d.add(('raw', '<div>\n<div>'))
    d.add(('open', 'x_'))
    d.add(*VX_MINUTES)
    d.add(('raw', '</div>\n</div>'))

    mid, stem = exchange_ids('vaxelvard-top', 'HE1PR0702MB3818')
    mid_orig, _ = exchange_ids('vaxelvard-orig', 'DB9PR02MB6724')
    mid_mw, _ = exchange_ids('vaxelvard-middle', 'AM0PR06MB5194')
    b_alt = '_000_%s_' % stem
    hdr = [
        fold('From', addr('Ingibjörg Hauksdóttir', VX_ADDR['Ingibjörg Hauksdóttir'], 'iso-8859-1')),
        fold('To', addr_list([('Maïwenn Le Goff', VX_ADDR['Maïwenn Le Goff']),
                              ('Kulwinder Bains', VX_ADDR['Kulwinder Bains'])], charset='iso-8859-1')),
        fold('CC', addr('Växelvårdsnätverket', VX_ADDR['Växelvårdsnätverket'], 'iso-8859-1')),
        fold('Subject', mixed_words('SV: ' + VX_SUBJECT, 'iso-8859-1')),
        fold('Thread-Topic', mixed_words(VX_SUBJECT, 'iso-8859-1')),
        'Thread-Index: ' + thread_index('vaxelvard', 2),
        'Date: Mon, 16 Feb 2026 13:05:44 +0000',
        'Message-ID: ' + mid,
        'References: %s' % mid_orig,
        ' %s' % mid_mw,
        'In-Reply-To: ' + mid_mw,
        'Accept-Language: sv-SE, en-US',
        'Content-Language: sv-SE',
        'X-MS-Has-Attach:',
        'X-MS-TNEF-Correlator:',
        'Content-Type: multipart/alternative;',
        '\tboundary="%s"' % b_alt,
        'MIME-Version: 1.0',
    ]
    body = crlf_join([
        '--' + b_alt,
        'Content-Type: text/plain; charset="utf-8"',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        qp_encode(d.text().encode('utf-8')),
        '--' + b_alt,
        'Content-Type: text/html; charset="utf-8"',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        qp_encode(d.html().encode('utf-8')),
        '--' + b_alt + '--',
        '',
    ])
    data = crlf_join(hdr) + '\r\n\r\n' + body
    return write_bytes('vaxelvard_outlook_svara_alla_rattelse.eml', data.encode('ascii'))


if __name__ == '__main__':
    for build in (build_seniorvardar, build_kuratorer, build_synhorsel, build_vaxelvard):
        print(build())
