#!/usr/bin/env python3
"""Builds the five fixtures of Tests/Fixtures/Layouts/varied57: five e-mails
(.eml, RFC 5322 with CRLF line ends) that carry minutes in different ways.

  fardtjanst_apple_mail_flowed.eml          Apple Mail, text/plain ISO-8859-1,
                                            format=flowed, quoted-printable
  kontaktfamiljer_outlook_vidarebefordrat.eml
                                            Outlook (Swedish, Exchange), a
                                            forward (VB:) in plain text, UTF-8
                                            in base64, hard-wrapped at 76
  faltarnatverket_iphone_svar_rattelse.eml  iPhone Mail reply (Re:) that
                                            corrects the minutes quoted below
                                            it with '> '
  dodsbo_thunderbird_bifogad_txt.eml        Thunderbird, a flowed cover text in
                                            8bit UTF-8 and the minutes as an
                                            attached Windows-1252 .txt whose
                                            name is an RFC 2231 continuation
  familjeradgivning_gmail_html_tabell.eml   Gmail, multipart/alternative, the
                                            minutes in plain text and HTML
                                            (attendance table pasted from
                                            Google Sheets)

Standard library only. Every byte is written by this script: the header
fields, RFC 2047 encoded words, RFC 2231 parameters, MIME structure,
quoted-printable, base64 and the format=flowed wrapping. Nothing depends on
the clock or on chance, so a rebuild gives identical files.

Run from any directory:  python3 make/build.py
"""
import base64
import hashlib
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


# ==========================================================================
# Helpers
# ==========================================================================
def write_bytes(fname, data):
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(data)
    return os.path.join(OUT, fname)


def qp_encode(data, width=76):
    """Quoted-printable (RFC 2045): encoded lines of at most `width`
    characters with a soft break '=' at the end, the CRLF hard breaks kept,
    '=' and every byte outside 33..126 written as =XX, except spaces and tabs
    inside a line; a blank at the end of a line is encoded (=20), as a
    format=flowed line's trailing space must survive."""
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


def ew_q(text, charset='utf-8', limit=75):
    """RFC 2047 Q-encoded words, split between characters so that no word is
    longer than `limit`."""
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


def ew_b(text, charset='UTF-8'):
    """One RFC 2047 B-encoded word."""
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


def addr(name, address, charset='utf-8', b=False):
    """A mailbox: the display name as is when it is ASCII, else encoded."""
    if all(ord(c) < 128 for c in name):
        return ['%s <%s>' % (name, address)]
    if b:
        return [ew_b(name, charset.upper()), '<%s>' % address]
    return ew_q(name, charset) + ['<%s>' % address]


def pct(text):
    """RFC 2231 value characters: attribute-chars as they are, the rest %XX
    of the UTF-8 bytes."""
    return ''.join(ch if (ch.isascii() and (ch.isalnum() or ch in '-._~!$&+^`|'))
                   else ''.join('%%%02X' % b for b in ch.encode('utf-8')) for ch in text)


def flow(par, width=72):
    """RFC 3676 format=flowed (DelSp=no): a long paragraph is broken at
    spaces into lines of at most `width` characters, every line but the last
    ending in the space it was broken at (a soft line break)."""
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
    for i, ln in enumerate(lines):  # space-stuffing (RFC 3676, 4.4)
        if ln.startswith((' ', '>', 'From ')):
            lines[i] = ' ' + ln
    return lines


def hardwrap(par, width=76, first='', rest=''):
    """Outlook's 'wrap plain text at 76 characters': hard line ends, no
    trailing space, continuation lines indented by `rest`."""
    words = par.split(' ')
    lines = []
    cur = first + words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = rest + w
        else:
            cur += ' ' + w
    lines.append(cur)
    return lines


def fake_b64(seed, n):
    """Deterministic base64-looking text for hashes and signatures."""
    out = b''
    i = 0
    while len(out) * 4 // 3 < n + 4:
        out += hashlib.sha256(('%s/%d' % (seed, i)).encode()).digest()
        i += 1
    return base64.b64encode(out).decode('ascii')[:n]


def crlf_join(lines):
    return '\r\n'.join(lines)


# ==========================================================================
# 1. fardtjanst_apple_mail_flowed.eml
#    Apple Mail on macOS: text/plain; charset=iso-8859-1; format=flowed,
#    quoted-printable. The minutes are typed in the body; long paragraphs are
#    flowed (each soft-broken line ends in a space, written =20), label
#    lines and headings are fixed lines. Attendance, chair and scribe are
#    given in sentences. Straight quotes and hyphens only, so that the text
#    fits ISO-8859-1 and Mail chose that charset.
# ==========================================================================
APPLE_BODY = [
    ('P', 'Hej alla,'),
    ('B',),
    ('F', 'här kommer anteckningarna från tisdagens träff i Båstad. Säg till senast på fredag om något '
          'ska rättas, annars skickar jag dem vidare till socialcheferna.'),
    ('B',),
    ('P', 'MINNESANTECKNINGAR'),
    ('P', 'Nätverket för färdtjänsthandläggare'),
    ('B',),
    ('P', 'Datum: tisdag 18 november 2025, kl. 9.30-12.00'),
    ('P', 'Plats: Båstad, Kommunhuset, rum Hallandsåsen'),
    ('B',),
    ('F', 'Närvarande var Kristóf Balogh (Båstad), Bjørg Haugland (Höganäs), Khadar Elmi (Helsingborg), '
          'Ágota Szabó (Bjuv), Henrique Tavares (Klippan), Jyrki Laaksonen (Örkelljunga) och jag själv, '
          'Solène Marchand (Ängelholm). Kristóf var ordförande och jag skrev anteckningarna. Thaís Moreira '
          '(Landskrona) och Ömer Aydemir (Svalöv) hade förhinder. Uxía Castro från Skånetrafiken var med som '
          'gäst under punkt 1. Perstorp och Åstorp har fortfarande ingen representant i nätverket.'),
    ('B',),
    ('P', '1. Skånetrafikens nya beställningscentral'),
    ('B',),
    ('F', 'Uxía Castro berättade att Skånetrafiken tar över beställningen av färdtjänstresor för alla '
          'kommunerna i nordväst från den 1 mars och att resenärerna då får ett enda telefonnummer. Hon sa: '
          '"Det ska inte spela någon roll vilken kommun man ringer från, man ska mötas av samma svar."'),
    ('B',),
    ('F', 'Henrique Tavares frågade om handläggarna fortfarande ska kunna se resorna i sitt eget system. Uxía '
          'svarade att det kommer en läsbehörighet under våren.'),
    ('B',),
    ('P', 'Informationen noterades.'),
    ('B',),
    ('P', '2. Riksfärdtjänst till sjukhusbesök i andra regioner'),
    ('B',),
    ('F', 'Bjørg Haugland tog upp att Höganäs får allt fler ansökningar om riksfärdtjänst för besök på sjukhus '
          'i Göteborg och Stockholm och att kommunerna bedömer behovet av ledsagare väldigt olika. Bjørg sa: '
          '"Den som ska till Sahlgrenska ska inte behöva flytta till en annan kommun för att få resa med '
          'ledsagare."'),
    ('B',),
    ('F', 'Khadar Elmi höll med och sa att Helsingborg får samma fråga nästan varje vecka.'),
    ('B',),
    ('F', 'Beslut: Bjørg och Khadar skriver en gemensam vägledning om ledsagare vid riksfärdtjänst, som '
          'nätverket går igenom i februari.'),
    ('B',),
    ('P', '3. Färdtjänst för yngre barn'),
    ('B',),
    ('F', 'Ágota Szabó tog upp att Bjuv har flera föräldrar som ansöker om färdtjänst för barn under tolv år '
          'och att reglerna om föräldraansvar gör avslagen svåra att förklara. Ágota sa: "Vi säger nej med stöd '
          'av lagen, men familjerna hör bara att vi inte bryr oss."'),
    ('B',),
    ('F', 'Jyrki Laaksonen frågade om någon kommun har gjort en broschyr till föräldrarna.'),
    ('B',),
    ('P', 'Inget beslut, frågan tas upp igen på nästa träff.'),
    ('B',),
    ('P', '4. Övrigt'),
    ('B',),
    ('F', 'Jyrki Laaksonen berättade att Örkelljunga byter ansvarig nämnd för färdtjänsten vid årsskiftet.'),
    ('B',),
    ('F', 'Henrique Tavares påminde om att Klippans nya taxor för färdtjänst börjar gälla den 1 januari.'),
    ('B',),
    ('P', 'Nästa träff: tisdag 10 februari 2026 kl. 9.30-12.00 i Örkelljunga.'),
    ('B',),
    ('P', 'Hälsningar'),
    ('P', 'Solène'),
    ('B',),
    ('P', 'Solène Marchand'),
    ('P', 'Färdtjänsthandläggare'),
    ('P', 'Ängelholms kommun'),
]


def apple_text():
    lines = []
    for entry in APPLE_BODY:
        if entry[0] == 'B':
            lines.append('')
        elif entry[0] == 'P':
            assert len(entry[1]) <= 78, entry[1]
            lines.append(entry[1])
        else:
            lines.extend(flow(entry[1]))
    return '\r\n'.join(lines) + '\r\n'


def build_apple():
    text = apple_text()
    hdr = [
        'Return-Path: <solene.marchand@engelholm.example>',
        fold('From', addr('Solène Marchand', 'solene.marchand@engelholm.example')),
        'Content-Type: text/plain;',
        '\tcharset=iso-8859-1;',
        '\tformat=flowed',
        'Content-Transfer-Encoding: quoted-printable',
        'Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))',
        fold('Subject', ew_q('Anteckningar från färdtjänstnätverket 18/11')),
        'Message-Id: <5F2C8A1E-3B7D-4E90-A6C4-81D2F0B9E357@engelholm.example>',
        'Date: Thu, 20 Nov 2025 09:41:26 +0100',
        fold('Cc', addr('Kristóf Balogh', 'kristof.balogh@bastad.example')),
        fold('To', addr('Färdtjänstnätverket', 'fardtjanst.natverk@familjenhelsingborg.example')),
        'X-Mailer: Apple Mail (2.3826.400.131.1.6)',
    ]
    data = crlf_join(hdr) + '\r\n\r\n' + qp_encode(text.encode('iso-8859-1'))
    return write_bytes('fardtjanst_apple_mail_flowed.eml', data.encode('ascii'))


# ==========================================================================
# 2. kontaktfamiljer_outlook_vidarebefordrat.eml
#    Outlook (Swedish) on Microsoft 365, message format "Oformaterad text":
#    a forward (VB:) whose body is a short note, Outlook's forward block
#    (underscores, Från/Skickat/Till/Kopia/Ämne) and the original minutes as
#    Outlook turned them into text (bullets '  *   '). The text is
#    hard-wrapped at 76 characters (no format=flowed) and the body is UTF-8
#    in base64, as Exchange writes it.
# ==========================================================================
def outlook_text():
    L = []

    def par(t):
        L.extend(hardwrap(t))

    def bullet(t):
        L.extend(hardwrap(t, first='  *   ', rest='      '))

    par('Hej Ondřej!')
    L.append('')
    par('Här är anteckningarna från nätverksträffen som jag lovade att skicka. Läs särskilt punkt 3, den '
        'gäller vår grupp. Nästa träff är i maj och då vill jag gärna att du följer med.')
    L.append('')
    L.append('Hälsningar')
    L.append('Harpreet')
    L.append('')
    L.append('________________________________')
    L.append('Från: Levente Takács <levente.takacs@klippan.example>')
    L.append('Skickat: den 3 mars 2026 16:05')
    L.append('Till: Kontaktnätverket <kontaktnatverket@familjenhelsingborg.example>')
    L.append('Kopia: Awaz Rasul <awaz.rasul@svalov.example>')
    L.append('Ämne: Minnesanteckningar kontaktpersonsnätverket 26 februari')
    L.append('')
    par('Hej alla!')
    L.append('')
    par('Ursäkta att det har dröjt. Här kommer anteckningarna från förra torsdagen.')
    L.append('')
    par('Minnesanteckningar – Nätverket för kontaktpersoner och kontaktfamiljer')
    L.append('')
    L.append('Datum: torsdag 26 februari 2026')
    L.append('Tid: 9.00–11.30')
    L.append('Plats: Svalöv, Kommunhuset, sammanträdesrum Röstånga')
    L.append('')
    L.append('Närvarande:')
    L.append('Awaz Rasul, Svalöv (ordförande)')
    L.append('Levente Takács, Klippan (antecknare)')
    L.append('Harpreet Sandhu, Helsingborg')
    L.append('Łucja Wiśniewska, Landskrona')
    L.append('Filipa Marques, Ängelholm')
    L.append('Sherko Abdullah, Bjuv')
    L.append('Žaneta Horvátová, Åstorp')
    L.append('')
    L.append('Förhinder: Līga Kalniņa, Perstorp')
    L.append('')
    par('Höganäs, Båstad och Örkelljunga var inte representerade.')
    L.append('')
    L.append('1. Runda')
    L.append('')
    bullet('Svalöv: har fått två nya kontaktfamiljer genom en annons i lokaltidningen.')
    bullet('Helsingborg: kön till kontaktperson har vuxit under vintern, se punkt 3.')
    bullet('Landskrona: har börjat med handledning i grupp för kontaktpersoner en gång i månaden.')
    bullet('Bjuv, Klippan och Åstorp: inget nytt sedan förra träffen.')
    L.append('')
    L.append('2. Arvoden och omkostnadsersättning 2026')
    L.append('')
    par('Łucja Wiśniewska tog upp att kommunerna betalar mycket olika arvoden till kontaktfamiljer och att '
        'Landskrona har förlorat tre familjer till grannkommuner under hösten. Łucja sa: ”Vi tappar '
        'kontaktfamiljer till varandra för några hundralappar i månaden.”')
    L.append('')
    par('Sherko Abdullah frågade om SKR:s rekommendationer fortfarande används. Filipa Marques sa att '
        'Ängelholm följer dem men lägger till en omkostnadsdel.')
    L.append('')
    par('Beslut: Łucja och Filipa sammanställer alla kommuners arvoden och omkostnadsersättningar till nästa '
        'träff.')
    L.append('')
    L.append('3. Kontaktpersoner till ungdomar')
    L.append('')
    par('Harpreet Sandhu tog upp att Helsingborg har svårt att hitta vuxna som vill bli kontaktperson åt '
        'ungdomar mellan 15 och 18 år och att de som väntar längst nästan alltid är pojkar. Harpreet sa: '
        '”Ungdomarna vill ha någon som är några år äldre än de själva, inte någon i deras föräldrars ålder.”')
    L.append('')
    par('Žaneta Horvátová frågade om högskolan i Helsingborg kan vara en väg att hitta studenter. Awaz '
        'Rasul sa att Svalöv har haft goda erfarenheter av att annonsera genom idrottsföreningar.')
    L.append('')
    par('Beslut: Kommunerna gör en gemensam rekryteringskampanj riktad till studenter och '
        'idrottsföreningar under april, med Harpreet som samordnare.')
    L.append('')
    L.append('4. Övriga frågor')
    L.append('')
    bullet('Sherko Abdullah berättade att Bjuv bjuder in till en utbildningsdag för nya kontaktfamiljer den '
           '18 april.')
    bullet('Žaneta Horvátová påminde om att alla kontaktpersoner ska lämna utdrag ur belastningsregistret '
           'innan uppdraget börjar, och att Åstorp har tagit fram en ny blankett för det.')
    L.append('')
    L.append('Nästa träff: torsdag 7 maj 2026 kl. 9.00–11.30 i Landskrona.')
    L.append('')
    L.append('Med vänliga hälsningar')
    L.append('Levente Takács')
    L.append('Socialsekreterare, Klippans kommun')
    for ln in L:
        assert len(ln) <= 76, ln
    return '\r\n'.join(L) + '\r\n'


def build_outlook():
    msgid = '<GV1P189MB2417A3C9E05B1D6F72E48C1AB2F09@GV1P189MB2417.EURP189.PROD.OUTLOOK.COM>'
    subject = 'VB: Minnesanteckningar kontaktpersonsnätverket 26 februari'
    hdr = [
        'From: Harpreet Sandhu <harpreet.sandhu@helsingborg.example>',
        fold('To', addr('Ondřej Kubíček', 'ondrej.kubicek@helsingborg.example')),
        fold('Subject', ['VB:'] + ew_q(subject[4:], 'utf-8')),
        fold('Thread-Topic', ew_q(subject[4:], 'utf-8', 60)),
        'Thread-Index: AQHcrF2kX9y4w0mT0U2b7nY1q3Zc8g==',
        'Date: Mon, 16 Mar 2026 08:12:37 +0000',
        'Message-ID: ' + msgid,
        'Accept-Language: sv-SE, en-US',
        'Content-Language: sv-SE',
        'X-MS-Has-Attach:',
        'X-MS-TNEF-Correlator:',
        'msip_labels:',
        'Content-Type: text/plain; charset="utf-8"',
        'Content-Transfer-Encoding: base64',
        'MIME-Version: 1.0',
    ]
    data = crlf_join(hdr) + '\r\n\r\n' + b64_lines(outlook_text().encode('utf-8')) + '\r\n'
    return write_bytes('kontaktfamiljer_outlook_vidarebefordrat.eml', data.encode('ascii'))


# ==========================================================================
# 3. faltarnatverket_iphone_svar_rattelse.eml
#    iPhone Mail (iOS, Swedish): the chair's reply above the minutes, which
#    are quoted line by line with '> ' under iOS's attribution line. The
#    reply corrects the minutes (Mahnaz Ebrahimi was there, not absent).
#    text/plain UTF-8, quoted-printable, long unwrapped lines (soft breaks
#    only); iOS puts U+FEFF before the first quoted line of text.
# ==========================================================================
IPHONE_ORIG_ID = '<AS8P189MB1905E2F4B7C03A1D96E5B8F0C7A31@AS8P189MB1905.EURP189.PROD.OUTLOOK.COM>'

IPHONE_QUOTED = [
    '\ufeffHej alla!',
    '',
    'Här kommer anteckningarna från onsdagens träff. Hör av er om något ska ändras.',
    '',
    'Minnesanteckningar Fältarnätverket',
    '',
    'Datum: onsdag 14 januari 2026, kl. 13.00–15.30',
    'Plats: Landskrona, Stadshuset, rum Saxtorp',
    'Ordförande: Nurşen Kaplan, Landskrona',
    'Antecknare: Dražen Babić, Helsingborg',
    '',
    'Närvarande:',
    '- Nurşen Kaplan, Landskrona',
    '- Dražen Babić, Helsingborg',
    '- Jiayi Lin, Höganäs',
    '- Kārlis Ozoliņš, Ängelholm',
    '- Ilham Nur, Åstorp',
    '- Bálint Szűcs, Båstad',
    '',
    'Förhinder: Mahnaz Ebrahimi (Bjuv), Yoann Girard (Perstorp)',
    'Gäst: Kanokwan Phromma, kommunpolis i Landskrona, under punkt 2',
    '',
    '1. Läget i kommunerna',
    '- Helsingborg: lugnare i centrum efter jul, men fler unga samlas vid Knutpunkten på fredagar.',
    '- Höganäs: fältgruppen har flyttat till fritidsgården i Väsby.',
    '- Åstorp: har fått pengar från Länsstyrelsen för en extra fältare under våren.',
    '- Ängelholm och Båstad: se punkt 3.',
    '',
    '2. Samverkan med polisen på helgerna',
    'Kanokwan Phromma berättade att polisen i Landskrona vill ha fältarna med på fredagskvällar i centrum '
    'och vid stationen, eftersom många unga kommer med tåget från andra kommuner. Kanokwan sa: ”Vi ser samma '
    'ungdomar i tre kommuner samma kväll.”',
    'Jiayi Lin frågade hur man delar information utan att bryta mot sekretessen. Kanokwan svarade att de '
    'följer samma modell som i SSPF.',
    'Beslut: Fältarna i Landskrona och Helsingborg går gemensamma fredagspass med polisen under februari och '
    'mars.',
    '',
    '3. Unga som rör sig mellan kommunerna',
    'Kārlis Ozoliņš tog upp att Ängelholm ser fler unga från Båstad och Örkelljunga vid resecentrum på '
    'kvällarna och att fältarna inte vet vem de ska ringa. Kārlis sa: ”Vi behöver en lista med ett nummer per '
    'kommun, inte ett mejl som någon läser på måndag.”',
    'Bálint Szűcs höll med och sa att Båstad har samma problem på sommaren.',
    'Beslut: Kārlis och Ilham tar fram en kontaktlista för alla fältgrupper i nordväst och skickar ut den '
    'före nästa träff.',
    '',
    '4. Övrigt',
    '- Jiayi Lin berättade att Höganäs söker en fältsekreterare på heltid.',
    '- Ilham Nur berättade att Åstorp startar nattvandringar med föräldrar i mars.',
    '',
    'Nästa träff: onsdag 11 mars 2026 i Ängelholm.',
    '',
    'Hälsningar',
    'Dražen Babić',
    'Fältsekreterare, Helsingborgs stad',
]


def iphone_text():
    L = [
        'Tack Dražen, bra skrivet!',
        '',
        'Rättelse: Mahnaz Ebrahimi (Bjuv) var också med på mötet, hon står av misstag under förhinder. Annars '
        'ser det bra ut.',
        '',
        'Nurşen',
        '',
        'Skickat från min iPhone',
        '',
        '> 16 jan. 2026 kl. 15:42 skrev Dražen Babić <drazen.babic@helsingborg.example>:',
        '> ',
    ]
    for q in IPHONE_QUOTED:
        L.append('> ' + q)
    return '\r\n'.join(L) + '\r\n'


def build_iphone():
    hdr = [
        'Content-Type: text/plain;',
        '\tcharset=utf-8',
        'Content-Transfer-Encoding: quoted-printable',
        fold('From', addr('Nurşen Kaplan', 'nursen.kaplan@landskrona.example')),
        'Mime-Version: 1.0 (1.0)',
        fold('Subject', ['Re:', 'Anteckningar'] + ew_q('Fältarnätverket 14 januari')),
        'Date: Fri, 16 Jan 2026 18:03:11 +0100',
        'Message-Id: <8B41D7E0-2C6A-4F19-9E3B-C05A7F12D648@landskrona.example>',
        'References: ' + IPHONE_ORIG_ID,
        fold('Cc', addr('Fältarnätverket', 'faltarnatverket@familjenhelsingborg.example')),
        'In-Reply-To: ' + IPHONE_ORIG_ID,
        fold('To', addr('Dražen Babić', 'drazen.babic@helsingborg.example')),
        'X-Mailer: iPhone Mail (23C71)',
    ]
    data = crlf_join(hdr) + '\r\n\r\n' + qp_encode(iphone_text().encode('utf-8'))
    return write_bytes('faltarnatverket_iphone_svar_rattelse.eml', data.encode('ascii'))


# ==========================================================================
# 4. dodsbo_thunderbird_bifogad_txt.eml
#    Thunderbird on Windows: multipart/mixed, a short cover text (UTF-8,
#    format=flowed, 8bit: raw UTF-8 bytes in the file) and the minutes as a
#    text file typed in Notepad, attached as text/plain; charset=windows-1252
#    in base64 (72-character lines, as Thunderbird writes them). The file
#    name is an RFC 2047 B word in `name` and an RFC 2231 continuation
#    (filename*0*, filename*1*) in Content-Disposition.
# ==========================================================================
TB_ATTACHMENT = 'Minnesanteckningar dödsbohandläggare 4 december 2025.txt'

TB_MINUTES = [
    'MINNESANTECKNINGAR',
    'Nätverket för dödsbohandläggare',
    '===============================',
    '',
    'Datum:       torsdag 4 december 2024, kl. 9.00–11.30',
    'Plats:       Perstorp, Kommunhuset, rum Oderljunga',
    'Ordförande:  Pimchanok Saetang, Perstorp',
    'Sekreterare: Estêvão Ribeiro, Helsingborg',
    '',
    'Deltagare:',
    '  Pimchanok Saetang      Perstorp',
    '  Estêvão Ribeiro        Helsingborg',
    '  Eirini Katsarou        Höganäs',
    '  Ásgeir Þórsson         Ängelholm',
    '  Flutura Berisha        Örkelljunga',
    '  Weiming Zhou           Landskrona',
    '  Saša Žagar             Svalöv',
    '',
    'Frånvarande: Kübra Aksoy (Bjuv)',
    'Gäst:        Lovro Horvat, Skatteverket, under punkt 2',
    '',
    '--------------------------------------------------------------',
    '',
    '1) Runda',
    '   Helsingborg – fler dödsbon där den avlidne bodde på särskilt boende och saknade anhöriga.',
    '   Höganäs – ny rutin för uppsägning av hyreskontrakt, tar nu två veckor i stället för sex.',
    '   Svalöv – har fått hjälp av Åstorp med dödsboanmälningarna under hösten.',
    '   Ängelholm – inget nytt.',
    '',
    '2) Skatteverkets e-tjänst för dödsboanmälan',
    '   Lovro Horvat från Skatteverket berättade att kommunerna från den 1 februari kan skicka '
    'dödsboanmälan digitalt i stället för på papper, och att handläggningstiden då väntas bli kortare. '
    'Lovro sa: ”Ett papper som ligger i posten en vecka är en vecka som de anhöriga får vänta.”',
    '   Weiming Zhou frågade om e-tjänsten kräver e-legitimation för varje handläggare. Lovro svarade ja.',
    '   Noterades, inget beslut.',
    '',
    '3) Begravningskostnader när dödsboet saknar tillgångar',
    '   Flutura Berisha tog upp att Örkelljunga har fått fler ansökningar om ekonomiskt bistånd till '
    'begravning och att kommunerna har olika gränser för vad som räknas som en skälig kostnad. Flutura sa: '
    '”En värdig begravning ska inte bero på vilken kommun den avlidne bodde i.”',
    '   Eirini Katsarou sa att Höganäs följer Helsingborgs riktlinjer sedan i fjol.',
    '   BESLUT: Flutura och Ásgeir jämför kommunernas riktlinjer för begravningskostnader och redovisar '
    'på nästa möte.',
    '',
    '4) Övrigt',
    '   – Weiming Zhou berättade att Landskrona anställer en andra dödsbohandläggare från januari.',
    '   – Saša Žagar påminde om att bankernas nya rutin för dödsbokonton gäller från den 15 januari.',
    '',
    'Nästa möte: torsdag 5 mars 2026 kl. 9.00, Åstorp.',
    '',
    '/Estêvão',
]

TB_COVER = [
    ('P', 'Hej!'),
    ('B',),
    ('F', 'Bifogar anteckningarna från förra veckans träff som en textfil. Jag skrev dem direkt i Anteckningar '
          'under mötet, så formateringen är enkel.'),
    ('B',),
    ('P', 'Säg till om jag har missat något.'),
    ('B',),
    ('P', 'Vänliga hälsningar'),
    ('P', 'Estêvão'),
    ('B',),
    ('P', '-- '),
    ('P', 'Estêvão Ribeiro'),
    ('P', 'Handläggare dödsbon, Helsingborgs stad'),
]


def build_thunderbird():
    boundary = '------------Kq3TzV8nB0xRwL5mF2dH7sJc'
    cover = []
    for entry in TB_COVER:
        if entry[0] == 'B':
            cover.append('')
        elif entry[0] == 'P':
            cover.append(entry[1])
        else:
            cover.extend(flow(entry[1]))
    cover_bytes = ('\r\n'.join(cover) + '\r\n').encode('utf-8')
    minutes = ('\r\n'.join(TB_MINUTES) + '\r\n').encode('cp1252')
    enc = pct(TB_ATTACHMENT)
    cut = enc.index('handl')  # Thunderbird splits the value over two lines
    hdr = [
        'Message-ID: <3e91b6d2-8f40-4c7a-b15e-0d2a96c4f7e8@helsingborg.example>',
        'Date: Tue, 9 Dec 2025 10:18:44 +0100',
        'MIME-Version: 1.0',
        'User-Agent: Mozilla Thunderbird',
        'Content-Language: sv-SE',
        fold('To', addr('Dödsbonätverket', 'dodsbo.natverk@familjenhelsingborg.example', b=True)),
        fold('From', addr('Estêvão Ribeiro', 'estevao.ribeiro@helsingborg.example', b=True)),
        fold('Subject', ew_q('Anteckningar från förra veckans träff', 'UTF-8')),
        'Content-Type: multipart/mixed; boundary="%s"' % boundary,
    ]
    parts = [
        crlf_join(hdr),
        '',
        'This is a multi-part message in MIME format.',
        '--' + boundary,
        'Content-Type: text/plain; charset=UTF-8; format=flowed',
        'Content-Transfer-Encoding: 8bit',
        '',
    ]
    head = '\r\n'.join(parts).encode('ascii') + b'\r\n' + cover_bytes
    att = [
        '--' + boundary,
        'Content-Type: text/plain; charset=windows-1252;',
        ' name="%s"' % ew_b(TB_ATTACHMENT),
        'Content-Disposition: attachment;',
        " filename*0*=UTF-8''%s;" % enc[:cut],
        ' filename*1*=%s' % enc[cut:],
        'Content-Transfer-Encoding: base64',
        '',
        b64_lines(minutes, 72),
        '',
        '--' + boundary + '--',
        '',
    ]
    data = head + b'\r\n' + '\r\n'.join(att).encode('ascii')
    return write_bytes('dodsbo_thunderbird_bifogad_txt.eml', data)


# ==========================================================================
# 5. familjeradgivning_gmail_html_tabell.eml
#    Gmail (Google Workspace): multipart/alternative, the same minutes as
#    text/plain and as text/html, both UTF-8 quoted-printable. The HTML is
#    Gmail's composer markup (<div dir="ltr">, <div> lines, <b>, <ul><li>)
#    with the attendance table pasted from Google Sheets, wrapped in
#    <google-sheets-html-origin> with its own <style> and data-sheets-value
#    attributes. Gmail's plain part marks bold with *…*, lists with '   - '
#    and flattens the table to one line per row.
# ==========================================================================
GM_ROWS = [
    ('Namn', 'Kommun', 'Roll'),
    ('Rawand Aziz', 'Ängelholm', 'ordförande'),
    ('Priyanka Menon', 'Höganäs', 'antecknare'),
    ('Ēriks Bērziņš', 'Helsingborg', ''),
    ('Tsega Tesfamariam', 'Landskrona', ''),
    ('Marites Dela Cruz', 'Klippan', ''),
    ('Jędrzej Kowalczyk', 'Båstad', ''),
    ('Anh-Thư Lê', 'Åstorp', ''),
]

# (kind, content): 'p' a line of text (with <b> for bold), 'br' an empty
# line, 'ul' a list, 'table' the pasted sheet
GM_BODY = [
    ('p', 'Hej allihop,'),
    ('br',),
    ('p', 'tack för en bra träff i tisdags! Här kommer anteckningarna. Närvarolistan klistrade jag in från vårt '
          'gemensamma kalkylark.'),
    ('br',),
    ('p', '<b>Minnesanteckningar – Nätverket för familjerådgivning</b>'),
    ('br',),
    ('p', '<b>Datum:</b> tisdag 21 april 2026, kl. 13.00–16.00'),
    ('p', '<b>Plats:</b> Ängelholm, Familjens hus, rum Kronoskogen'),
    ('br',),
    ('p', '<b>Närvarande</b>'),
    ('table',),
    ('br',),
    ('p', 'Förhinder: Răzvan Ionescu (Bjuv) och Çağla Arslan (Svalöv).'),
    ('p', 'Gäst: Abena Owusu, barnmorskemottagningen i Ängelholm, Region Skåne, under punkt 3.'),
    ('br',),
    ('p', '<b>1. Runda</b>'),
    ('ul', ['Helsingborg: har anställt två nya familjerådgivare och arbetar nu i par vid alla första samtal.',
            'Landskrona: fler som söker efter en separation, oftast med frågor om umgänge.',
            'Klippan och Åstorp: delar från och med mars på en familjerådgivare.',
            'Båstad, Höganäs och Ängelholm: inget nytt sedan förra träffen.']),
    ('p', '<b>2. Väntetider till första samtal</b>'),
    ('p', 'Ēriks Bērziņš tog upp att väntetiden för ett första samtal i Helsingborg nu är elva veckor och att '
          'många par hinner gå isär innan de får en tid. Ēriks sa: ”Par som väntar i tre månader har ofta redan '
          'bestämt sig.”'),
    ('p', 'Marites Dela Cruz frågade om Helsingborg kan köpa tider av andra kommuner. Jędrzej Kowalczyk sa att '
          'Båstad har lediga tider på förmiddagarna.'),
    ('p', '<b>Beslut:</b> Kommunerna lägger in sina lediga tider i en gemensam lista som Ēriks samordnar från '
          'maj.'),
    ('br',),
    ('p', '<b>3. Samarbete med mödrahälsovården</b>'),
    ('p', 'Abena Owusu från barnmorskemottagningen berättade att barnmorskorna ofta möter par som grälar mycket '
          'under graviditeten men inte vet att familjerådgivningen finns. Abena sa: ”Vi vill kunna ge paret en '
          'lapp med ett telefonnummer redan vid första besöket.”'),
    ('p', 'Anh-Thư Lê frågade om det finns material på flera språk.'),
    ('p', 'Informationen noterades.'),
    ('br',),
    ('p', '<b>4. Digitala samtal</b>'),
    ('p', 'Tsega Tesfamariam tog upp att Landskrona har erbjudit videosamtal sedan i höstas och att det passar '
          'par där den ena arbetar på annan ort. Tsega sa: ”Hellre ett samtal genom skärmen än inget samtal '
          'alls.”'),
    ('p', 'Rawand Aziz frågade hur man gör med sekretessen när barnen är hemma.'),
    ('p', '<b>Beslut:</b> Tsega skriver en gemensam rutin för videosamtal, som nätverket går igenom på nästa '
          'träff.'),
    ('br',),
    ('p', '<b>5. Övriga frågor</b>'),
    ('ul', ['Anh-Thư Lê berättade att Åstorp flyttar familjerådgivningen till vårdcentralens gamla lokaler i juni.',
            'Jędrzej Kowalczyk påminde om att anmälan till Familjerådgivningsdagarna i Örebro stänger den 15 maj.']),
    ('p', '<b>Nästa träff:</b> tisdag 16 juni 2026 kl. 13.00–16.00 i Höganäs.'),
    ('br',),
    ('p', 'Hälsningar'),
    ('p', 'Priyanka'),
    ('br',),
]


def gm_sheet_html():
    td = 'overflow:hidden;padding:2px 3px;vertical-align:bottom'
    out = ['<google-sheets-html-origin><style type="text/css"><!--td {border: 1px solid #cccccc;}'
           'br {mso-data-placement:same-cell;}--></style><table xmlns="http://www.w3.org/1999/xhtml" '
           'cellspacing="0" cellpadding="0" dir="ltr" border="1" style="table-layout:fixed;font-size:10pt;'
           'font-family:Arial;width:0px;border-collapse:collapse;border:none" data-sheets-root="1">'
           '<colgroup><col width="170"><col width="110"><col width="100"></colgroup><tbody>']
    for r, row in enumerate(GM_ROWS):
        out.append('<tr style="height:21px">')
        for c, cell in enumerate(row):
            style = td
            if r == 0:
                style += ';font-weight:bold;background-color:rgb(217,234,211)'
            style += ';border:1px solid rgb(0,0,0)'
            if cell:
                val = html.escape('{"1":2,"2":"%s"}' % cell, quote=True)
                out.append('<td style="%s" data-sheets-value="%s">%s</td>' % (style, val, html.escape(cell)))
            else:
                out.append('<td style="%s"></td>' % style)
        out.append('</tr>')
    out.append('</tbody></table></google-sheets-html-origin>')
    return ''.join(out)


def gm_html():
    out = ['<div dir="ltr">']
    for entry in GM_BODY:
        kind = entry[0]
        if kind == 'p':
            out.append('<div>%s</div>' % entry[1])
        elif kind == 'br':
            out.append('<div><br></div>')
        elif kind == 'ul':
            out.append('<ul>' + ''.join('<li style="margin-left:15px">%s</li>' % li for li in entry[1]) + '</ul>')
        elif kind == 'table':
            out.append(gm_sheet_html())
    out.append('<span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" '
               'data-smartmail="gmail_signature"><div dir="ltr">Priyanka Menon<div>Familjerådgivare, Höganäs '
               'kommun</div></div></div></div>')
    return ''.join(out) + '\r\n'


def gm_plain():
    L = []
    for entry in GM_BODY:
        kind = entry[0]
        if kind == 'p':
            L.append(entry[1].replace('<b>', '*').replace('</b>', '*'))
        elif kind == 'br':
            L.append('')
        elif kind == 'ul':
            L.append('')
            L.extend('   - ' + li for li in entry[1])
            L.append('')
        elif kind == 'table':
            L.extend(' '.join(c for c in row if c) for row in GM_ROWS)
    L += ['-- ', 'Priyanka Menon', 'Familjerådgivare, Höganäs kommun']
    return '\r\n'.join(L) + '\r\n'


def build_gmail():
    boundary = '000000000000c7e4b20650a1d93f'
    msgid = '<CAJ8fM2kVxq0R7uT3nYbZp4Lw1eHs6Gd9cQ5aF0oNj2mKt8rUyA@mail.gmail.com>'
    subject = 'Minnesanteckningar nätverket för familjerådgivning 21 april'
    bh = fake_b64('bh57', 43) + '='
    b = fake_b64('b57', 342) + '=='
    hdr = ['DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;',
           '        d=hoganas.example; s=google; t=1776947225; x=1777552025;',
           '        darn=familjenhelsingborg.example;',
           '        h=cc:to:subject:message-id:date:from:mime-version:from:to:cc',
           '         :subject:date:message-id:reply-to;',
           '        bh=' + bh + ';',
           '        b=' + b[:70]]
    hdr += ['         ' + b[i:i + 70] for i in range(70, len(b), 70)]
    hdr += [
        'X-Google-Smtp-Source: AGHT+IF%s' % fake_b64('smtp57', 72).replace('/', 'x').replace('+', 'Q'),
        'X-Received: by 2002:a05:6512:3b8c:b0:54f:c2a1:7d3e with SMTP id 2adb3069b0e04-5523f81c6e9mr1184302e87.41.1776947226381;',
        '        Thu, 23 Apr 2026 05:27:06 -0700 (PDT)',
        'MIME-Version: 1.0',
        'From: Priyanka Menon <priyanka.menon@hoganas.example>',
        'Date: Thu, 23 Apr 2026 14:27:05 +0200',
        'X-Gm-Features: AQ5f1JqW0nKc8bT3vR6yZ2hM9sL4dF7pX1gA',
        'Message-ID: ' + msgid,
        fold('Subject', ew_q(subject, 'UTF-8')),
        fold('To', addr('Familjerådgivningsnätverket', 'familjeradgivning@familjenhelsingborg.example', 'UTF-8')),
        'Cc: Rawand Aziz <rawand.aziz@engelholm.example>',
        'Content-Type: multipart/alternative; boundary="%s"' % boundary,
    ]
    parts = [
        crlf_join(hdr),
        '',
        '--' + boundary,
        'Content-Type: text/plain; charset="UTF-8"',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        qp_encode(gm_plain().encode('utf-8')),
        '--' + boundary,
        'Content-Type: text/html; charset="UTF-8"',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        qp_encode(gm_html().encode('utf-8')),
        '--' + boundary + '--',
        '',
    ]
    return write_bytes('familjeradgivning_gmail_html_tabell.eml', '\r\n'.join(parts).encode('ascii'))


if __name__ == '__main__':
    for build in (build_apple, build_outlook, build_iphone, build_thunderbird, build_gmail):
        print(build())
