#!/usr/bin/env python3
"""Writes the four files of the sixty-fifth set of layout fixtures.

Minutes that went through Word's "Spara som > Oformaterad text" (plain text)
or were copied out of Word and pasted into a plain-text mail:

  1. placeringsnatverket_minnesanteckningar_0505.txt
       Windows-1252, CRLF, one line per paragraph, an empty line after every
       paragraph; Wingdings square bullets exported as "§<TAB>", Symbol
       bullets as "·<TAB>", Courier New second-level bullets as "o<TAB>".
  2. vald_i_nara_relationer_2026-05-13_unicode.txt
       UTF-16 LE with BOM ("Unicode"), CRLF; auto-numbered headings exported
       as "1.<TAB>Title"; Wingdings arrow bullets as "Ø<TAB>", check marks as
       "ü<TAB>"; the attendance table exported as tab-separated rows.
  3. Anteckningar beroendenatverket 7 maj.eml
       An Outlook plain-text mail (utf-8, quoted-printable) whose body is the
       minutes pasted from Word: "·<TAB>" and "o<TAB>" bullets, non-breaking
       spaces (U+00A0) and soft hyphens (U+00AD) kept.
  4. forsorjningsstod_arbetsmarknad_22maj.txt
       UTF-8 with BOM, CRLF; manual line breaks (Shift+Enter) inside
       paragraphs exported as line ends; item headings in CAPITALS.

Python 3 standard library only. Deterministic: a rebuild gives the same bytes.
Run from anywhere: python3 make/build.py  (writes into the folder above make/).
"""

import base64
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

CRLF = "\r\n"
TAB = "\t"
NBSP = "\u00a0"
SHY = "\u00ad"

# Bullet artefacts of Word's text export (the private-use code point of the
# symbol font, U+F0xx, written as the Latin-1 character 0xxx).
WD_SQUARE = "\u00a7" + TAB   # Wingdings U+F0A7 (square)      -> "§"
SYM_DOT = "\u00b7" + TAB     # Symbol    U+F0B7 (round)       -> "·"
CN_O = "o" + TAB             # Courier New "o" (level 2)      -> "o"
WD_ARROW = "\u00d8" + TAB    # Wingdings U+F0D8 (arrow)       -> "Ø"
WD_CHECK = "\u00fc" + TAB    # Wingdings U+F0FC (check mark)  -> "ü"


# ---------------------------------------------------------------------------
# 1. Windows-1252, a blank line after every paragraph
# ---------------------------------------------------------------------------

FILE1 = "placeringsnatverket_minnesanteckningar_0505.txt"

PARAS1 = [
    "Minnesanteckningar",
    "Placeringsnätverket",
    "Datum: tisdag 5 maj 2026, kl. 9.00–12.00",
    "Plats: Bjuv, Kommunhuset, sammanträdesrum Gunnarstorp",
    "Närvarande:",
    "Gun-Britt Ahlqvist, Bjuv",
    "Šárka Kubátová, Helsingborg",
    "Torbjörn Lindahl, Höganäs",
    "Begoña Ibáñez, Landskrona",
    "Ebbe Rosenqvist, Klippan",
    "Yasmin El-Khoury, Ängelholm",
    "Tuulikki Häkkinen, Åstorp",
    "Frånvarande:",
    "Ragnvald Sjöstedt, Båstad",
    "Chiamaka Obi, Svalöv",
    "Gäst: Oddný Sigurðardóttir, Region Skåne, under punkt 3",
    "Ordförande: Gun-Britt Ahlqvist",
    "Sekreterare: Yasmin El-Khoury",
    "1. Välkommen och föregående anteckningar",
    "Gun-Britt Ahlqvist hälsade alla välkomna till Bjuv. Anteckningarna från mötet den 10 mars godkändes utan ändringar.",
    "2. Placeringsläget i kommunerna",
    "Torbjörn Lindahl redovisade placeringsläget i Höganäs den 1 maj:",
    WD_SQUARE + "14 barn i familjehem, varav fyra placerade med stöd av LVU",
    WD_SQUARE + "3 ungdomar på HVB",
    WD_SQUARE + "2 unga vuxna i stödboende",
    "Torbjörn lyfte att kostnaden för konsulentstödda familjehem har ökat med nästan en femtedel sedan i fjol. Han sa: ”Vi köper konsulentstöd för att vi inte hinner stötta familjehemmen själva.”",
    "Begoña Ibáñez frågade om någon kommun har räknat på vad det skulle kosta att anställa egna familjehemskonsulenter.",
    "Beslut: Torbjörn Lindahl och Begoña Ibáñez gör en gemensam sammanställning av placeringsläget i alla kommuner till mötet i juni.",
    "3. Hälsoundersökningar av placerade barn",
    "Oddný Sigurðardóttir informerade om att Region Skåne ändrar rutinen för hälsoundersökningar av barn som placeras:",
    SYM_DOT + "Socialtjänsten ska beställa undersökningen senast en vecka efter placeringen.",
    SYM_DOT + "Beställningen kan göras på två sätt:",
    CN_O + "via regionens e-tjänst för samverkan",
    CN_O + "med blankett, om e-tjänsten inte fungerar",
    SYM_DOT + "Tandvården kallar barnet i samband med undersökningen.",
    "Hon sa: ”Ett placerat barn ska inte behöva vänta längre än andra barn på vård.”",
    "Ebbe Rosenqvist frågade om rutinen gäller även jourhemsplaceringar. Oddný svarade att den gör det.",
    "Informationen noterades.",
    "4. Avbrott i familjehemsplaceringar",
    "Šárka Kubátová tog upp att Helsingborg under våren har haft fyra oplanerade avbrott i placeringar av tonåringar. I uppföljningarna kom det fram att",
    WD_SQUARE + "matchningen gjordes under tidspress",
    WD_SQUARE + "familjehemmen fick för lite stöd de första veckorna",
    WD_SQUARE + "ungdomarna inte hade träffat familjen före flytten.",
    "Šárka sa: ”Varje avbrott är ett nytt uppbrott för ett barn som redan har förlorat mycket.”",
    "Tuulikki Häkkinen instämde och berättade att Åstorp har sett samma mönster.",
    "Beslut: Šárka Kubátová och Ebbe Rosenqvist bjuder in nätverket till en workshop om matchning i september.",
    "5. Övrigt",
    "Ebbe Rosenqvist påminde om att Klippans jourhem är fullbelagt fram till midsommar.",
    "Tuulikki Häkkinen informerade om att socialnämnden i Åstorp den 22 april (§ 45) har beslutat att höja arvodet till jourhemmen.",
    "Nästa möte: tisdag 9 juni 2026 kl. 9.00–12.00 i Klippan.",
    "Vid anteckningarna: Yasmin El-Khoury",
]


def build1():
    text = "".join(p + CRLF + CRLF for p in PARAS1)
    return text.encode("cp1252")


# ---------------------------------------------------------------------------
# 2. UTF-16 LE with BOM, auto-numbered headings, a table
# ---------------------------------------------------------------------------

FILE2 = "vald_i_nara_relationer_2026-05-13_unicode.txt"

LINES2 = [
    "Minnesanteckningar",
    "Nätverket mot våld i nära relationer",
    "Datum: onsdag 13 maj 2026",
    "Tid: 13.00–16.00",
    "Plats: Ängelholm, Stadshuset, rum Skälderviken",
    "",
    "Närvarolista",
    TAB.join(["Namn", "Kommun", "Funktion", "Anmärkning"]),
    TAB.join(["Henrietta Dahlgren", "Ängelholm", "Enhetschef, stödenheten", "ordförande"]),
    TAB.join(["Dragan Petrović", "Helsingborg", "Socialsekreterare, relationsvåldsteamet", ""]),
    TAB.join(["Aigerim Seitkali", "Landskrona", "Samordnare våld i nära relationer", "sekreterare"]),
    TAB.join(["Björn-Åke Lindgren", "Höganäs", "Familjebehandlare", ""]),
    TAB.join(["Agnieszka Zielińska", "Örkelljunga", "Socialsekreterare", ""]),
    TAB.join(["Linh Tran", "Perstorp", "Socialsekreterare", ""]),
    TAB.join(["Sven-Inge Mårtensson", "Svalöv", "Enhetschef", "förhinder"]),
    TAB.join(["Øyvind Brekke", "Båstad", "Kurator", ""]),
    "",
    "Förhinder: Kemal Aksoy, Klippan (anmält efter att närvarolistan skickats ut).",
    "Gäst: Amara Okonkwo, verksamhetsledare på Kvinno- och tjejjouren i Nordvästra Skåne, under punkt 3.",
    "",
    "1." + TAB + "Mötets öppnande",
    "Henrietta Dahlgren öppnade mötet och hälsade Amara Okonkwo välkommen. Dagordningen godkändes.",
    "2." + TAB + "Skyddat boende med tillstånd från IVO",
    "Dragan Petrović berättade att Helsingborg sedan årsskiftet bara placerar i skyddade boenden som har tillstånd från IVO. Han lyfte två följder:",
    WD_ARROW + "kostnaden per dygn har i snitt ökat med 15 procent",
    WD_ARROW + "det finns nästan inga platser för kvinnor med ett eget missbruk",
    "Han sa: ”Det är bra att kraven har skärpts, men platserna räcker inte.”",
    "Björn-Åke Lindgren frågade om Helsingborg har fått tacka nej till någon placering.",
    "Beslut: Dragan Petrović och Aigerim Seitkali tar fram en gemensam lista över skyddade boenden med tillstånd, med priser, till nästa möte.",
    "3." + TAB + "Kvinnojourens nya mottagning i Landskrona",
    "Amara Okonkwo informerade om att jouren öppnar en mottagning i Landskrona den 1 september. Mottagningen erbjuder",
    WD_CHECK + "stödsamtal för våldsutsatta kvinnor och tjejer",
    WD_CHECK + "gruppverksamhet för barn som har bevittnat våld",
    WD_CHECK + "rådgivning per telefon på kvällstid.",
    "Hon sa: ”Många söker oss först när socialtjänsten redan har stängt för dagen.”",
    "Aigerim Seitkali välkomnade mottagningen och erbjöd lokaler i Landskrona för gruppverksamheten.",
    "Inget beslut.",
    "4." + TAB + "Barn som upplevt våld",
    "Björn-Åke Lindgren lyfte att barn i Höganäs som har upplevt våld mellan föräldrarna sällan får en egen utredning när föräldrarna separerar. Enligt Björn-Åke blir barnet ofta en bisak i mammans ärende.",
    "Agnieszka Zielińska frågade hur de andra kommunerna gör när anmälan kommer från polisen.",
    "Nätverket beslutade att bjuda in Barnahus Nordvästra Skåne till mötet i september.",
    "5." + TAB + "Utbildning i FREDA",
    "Agnieszka Zielińska föreslog en gemensam utbildningsdag i FREDA-bedömningsmetoderna för nyanställda i alla kommuner. Hon påminde om att Örkelljunga har tre nyanställda socialsekreterare som inte har gått utbildningen.",
    "Beslut: Agnieszka Zielińska tar fram ett förslag på en utbildningsdag i FREDA under hösten.",
    "6." + TAB + "Övrigt",
    "Linh Tran påminde om att Perstorp är med i kampanjen Orange the World i november och att alla kommuner är välkomna att delta.",
    "Øyvind Brekke informerade om att Båstad anställer en våldssamordnare från den 1 augusti.",
    "",
    "Nästa möte: onsdag 9 september 2026 kl. 13.00–16.00 i Helsingborg.",
    "Antecknat av Aigerim Seitkali, Landskrona.",
]


def build2():
    text = CRLF.join(LINES2) + CRLF
    return b"\xff\xfe" + text.encode("utf-16-le")


# ---------------------------------------------------------------------------
# 3. Outlook plain-text mail, utf-8, quoted-printable
# ---------------------------------------------------------------------------

FILE3 = "Anteckningar beroendenatverket 7 maj.eml"

BODY3 = [
    "Hej alla,",
    "",
    "Här kommer anteckningarna från förra veckans träff i Örkelljunga. Jussi skrev dem, och jag har klistrat in dem direkt i mejlet eftersom flera av er inte kan öppna bilagor från vår kommun. Hör av er till mig senast fredag om något behöver rättas.",
    "",
    "Beroendenätverket – minnesanteckningar",
    "Datum: torsdag 7 maj 2026",
    "Tid: kl." + NBSP + "13.15–15.45",
    "Plats: Örkelljunga, Kommunhuset, rum Skäralid",
    "",
    "Närvarande:",
    SYM_DOT + "Leonora Berisha, Örkelljunga (ordförande)",
    SYM_DOT + "Jussi Korhonen, Klippan (antecknare)",
    SYM_DOT + "Astrid Nyholm, Helsingborg",
    SYM_DOT + "Rashid Mahmoud, Landskrona",
    SYM_DOT + "Marie-Louise Engdahl, Ängelholm",
    SYM_DOT + "Kwame Mensah, Bjuv",
    SYM_DOT + "Per-Arne Holmqvist, Höganäs",
    "Förhinder:",
    SYM_DOT + "Solveig Åkerlund, Perstorp",
    SYM_DOT + "Tomasz Kowalczyk, Åstorp",
    "Gäst: Lucía Romero, överläkare på Beroendecentrum Helsingborg, Region Skåne (§" + NBSP + "2)",
    "",
    "§" + NBSP + "1 Mötets öppnande",
    "Leonora Berisha öppnade mötet och hälsade Lucía Romero välkommen. Anteckningarna från mötet i mars godkändes.",
    "",
    "§" + NBSP + "2 Gemensam mottagning med beroende" + SHY + "vården",
    "Lucía Romero berättade att Beroendecentrum i Helsingborg öppnar en gemensam mottagning med socialtjänsten i september.",
    SYM_DOT + "Mottagningen är till för personer med samsjuklighet som har kontakt med både regionen och kommunen.",
    SYM_DOT + "I teamet ingår",
    CN_O + "en läkare och en sjuksköterska från regionen",
    CN_O + "en socialsekreterare från varje kommun som deltar.",
    SYM_DOT + "Läkemedels" + SHY + "assisterad behandling vid opioidberoende ska kunna påbörjas redan vid första besöket.",
    "Lucía sa: ”Ingen ska behöva berätta sin historia fyra gånger för att få hjälp.”",
    "Kwame Mensah frågade om kommunerna ska betala för socialsekreterarnas tid.",
    "Beslut: Varje kommun utser en kontaktperson för mottagningen och meddelar Leonora Berisha senast den 29" + NBSP + "maj.",
    "",
    "§" + NBSP + "3 Väntan på plats vid LVM-hem",
    "Rashid Mahmoud lyfte att två klienter i Landskrona under april har väntat i mer än en vecka på plats vid ett LVM-hem.",
    "Rashid sa: ”Beslutet är fattat, men vården börjar inte.”",
    "Per-Arne Holmqvist instämde och berättade att Höganäs har haft samma problem.",
    "Frågan diskuterades. Inget beslut.",
    "",
    "§" + NBSP + "4 Naloxon på kommunens boenden",
    "Kwame Mensah föreslog att personalen på kommunernas boenden för personer med missbruk ska kunna ge naloxon vid misstänkt överdos.",
    "Han informerade om att Bjuv har köpt in naloxonspray för 3" + NBSP + "200 kronor och väntar på utbildning.",
    "Nätverket beslutade att Leonora Berisha frågar Region Skåne om en gemensam utbildning i naloxon för boendepersonalen.",
    "",
    "§" + NBSP + "5 Övrigt",
    SYM_DOT + "Marie-Louise Engdahl påminde om att ansökan om länsstyrelsens utvecklingsmedel ska vara inne den 1" + NBSP + "juni.",
    SYM_DOT + "Astrid Nyholm berättade att Helsingborg söker en behandlare till öppenvården för unga vuxna.",
    "",
    "Nästa möte: torsdag 11 juni 2026 kl." + NBSP + "13.15 i Klippan.",
    "Antecknat av Jussi Korhonen",
    "",
    "Vänliga hälsningar",
    "",
    "Leonora Berisha",
    "Enhetschef, Vuxenenheten",
    "Socialförvaltningen, Örkelljunga kommun",
    "",
]

SUBJECT3 = "Anteckningar från Beroendenätverkets träff i Örkelljunga"
TO_NAME3 = "Beroendenätverket Familjen Helsingborg"


def qp_encode_line(line):
    """Quoted-printable of one line (RFC 2045), soft line breaks at 76."""
    data = line.encode("utf-8")
    tokens = []
    for i, b in enumerate(data):
        last = i == len(data) - 1
        if b in (0x20, 0x09):
            tokens.append(("=%02X" % b) if last else chr(b))
        elif 33 <= b <= 126 and b != 0x3D:
            tokens.append(chr(b))
        else:
            tokens.append("=%02X" % b)
    out, cur = [], ""
    for n, t in enumerate(tokens):
        rest = len(tokens) - n - 1
        # keep room for the "=" of a soft break unless this is the last token
        limit = 76 if rest == 0 else 75
        if len(cur) + len(t) > limit:
            out.append(cur + "=")
            cur = ""
        cur += t
    out.append(cur)
    return out


def b_words(text, limit=39):
    """RFC 2047 "B" encoded words as Outlook writes them, folded with CRLF SP;
    each word holds at most `limit` bytes of UTF-8, cut between characters."""
    words, cur = [], b""
    for ch in text:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            words.append(cur)
            cur = b""
        cur += b
    words.append(cur)
    return (CRLF + " ").join(
        "=?utf-8?B?" + base64.b64encode(w).decode("ascii") + "?=" for w in words)


def build3():
    subj = b_words(SUBJECT3)
    topic = b_words(SUBJECT3)
    to_name = b_words(TO_NAME3)
    headers = [
        "Received: from DB8PR03MB6921.eurprd03.prod.outlook.com",
        " ([fe80::4c1a:93ff:fe2d:7b10]) by DB8PR03MB6921.eurprd03.prod.outlook.com",
        " ([fe80::4c1a:93ff:fe2d:7b10%4]) with mapi id 15.20.9052.021; Tue, 12 May 2026",
        " 08:41:17 +0000",
        "From: Leonora Berisha <leonora.berisha@orkelljunga.example>",
        "To: " + to_name + CRLF + " <beroendenatverket@familjenhelsingborg.example>",
        "Subject: " + subj,
        "Thread-Topic: " + topic,
        "Thread-Index: AdzhT5Kq3v0bZQ1JTm6xYw8fT3u9Aw==",
        "Date: Tue, 12 May 2026 08:41:17 +0000",
        "Message-ID:",
        " <DB8PR03MB6921A4C3F0E5B27D9E8C1A45C2D82@DB8PR03MB6921.eurprd03.prod.outlook.com>",
        "Accept-Language: sv-SE, en-US",
        "Content-Language: sv-SE",
        "X-MS-Has-Attach:",
        "X-MS-TNEF-Correlator:",
        'Content-Type: text/plain; charset="utf-8"',
        "Content-Transfer-Encoding: quoted-printable",
        "MIME-Version: 1.0",
    ]
    body = []
    for line in BODY3:
        body.extend(qp_encode_line(line))
    text = CRLF.join(headers) + CRLF + CRLF + CRLF.join(body) + CRLF
    return text.encode("ascii")


# ---------------------------------------------------------------------------
# 4. UTF-8 with BOM, manual line breaks kept as lines, CAPITALS headings
# ---------------------------------------------------------------------------

FILE4 = "forsorjningsstod_arbetsmarknad_22maj.txt"

LINES4 = [
    "MINNESANTECKNINGAR",
    "Nätverket för försörjningsstöd och arbetsmarknad",
    "",
    "Fredag 22 maj 2026, kl. 9.00–11.30",
    "Höganäs, Kommunhuset, rum Kullen",
    "",
    "Närvarande: Ylva-Li Persson (Höganäs, ordförande), Faisal Qureshi (Helsingborg), Ingegerd Bäckström (Ängelholm), Emir Hodžić (Bjuv, sekreterare),",
    "Tove Lindkvist (Klippan), Olusegun Adeyemi (Landskrona) och Märta-Stina Wallin (Perstorp).",
    "",
    "Frånvarande: Valdemar Kjellberg (Åstorp) och Nadia Bouzid (Svalöv).",
    "",
    "Gäst: Sunniva Holte (Arbetsförmedlingen i Helsingborg), under punkten om samverkan.",
    "EKONOMISKT BISTÅND – NY RIKTLINJE",
    "Ingegerd Bäckström berättade att socialnämnden i Ängelholm antog en ny riktlinje för ekonomiskt bistånd den 22 april.",
    "Den största ändringen är att den som har haft försörjningsstöd i mer än sex månader ska få en planering tillsammans med en arbetsmarknadskonsulent.",
    "",
    "Hon lyfte att riktlinjen är skriven på klarspråk och har lästs av en grupp sökande innan den antogs.",
    "Hon sa: ”Om de sökande inte förstår riktlinjen, så förstår de inte heller våra beslut.”",
    "",
    "Faisal Qureshi frågade om riktlinjen får delas med de andra kommunerna.",
    "",
    "Beslut:",
    "Ingegerd Bäckström skickar riktlinjen till alla i nätverket före midsommar.",
    "",
    "SAMVERKAN MED ARBETSFÖRMEDLINGEN",
    "Sunniva Holte informerade om att Arbetsförmedlingen i Helsingborg från hösten samlar alla kontakter med kommunerna i ett gemensamt samverkansteam.",
    "Enligt Sunniva ska varje kommun få en namngiven kontaktperson.",
    "",
    "Tove Lindkvist frågade hur kommunerna ska få veta vilka sökande som är inskrivna hos Arbetsförmedlingen.",
    "Sunniva svarade att det ska gå att se i den digitala tjänsten för samverkan från den 1 oktober.",
    "",
    "Nätverket beslutade att bjuda in samverkansteamet till ett halvdagsmöte i september.",
    "",
    "AKTIVITETSKRAV I LANDSKRONA",
    "Olusegun Adeyemi tog upp att Landskrona från den 1 juli inför krav på heltidsaktivitet för alla som får försörjningsstöd och kan arbeta.",
    "Den som inte har någon aktivitet genom Arbetsförmedlingen ska erbjudas en plats i kommunens arbetsmarknadsinsatser.",
    "",
    "Han sa: ”Ingen ska behöva sitta hemma och vänta på nästa utbetalning.”",
    "",
    "Märta-Stina Wallin frågade om Landskrona har räknat på hur många nya platser som behövs.",
    "Olusegun svarade att det handlar om ungefär 150 platser.",
    "",
    "Frågan diskuterades. Inget beslut fattades.",
    "",
    "SKULDER HOS UNGA VUXNA",
    "Faisal Qureshi lyfte att allt fler unga vuxna som söker försörjningsstöd i Helsingborg har skulder hos Kronofogden.",
    "Enligt Faisal har många tagit sms-lån för att betala hyran.",
    "",
    "Beslut:",
    "Faisal Qureshi och Tove Lindkvist undersöker om budget- och skuldrådgivningen kan ha en gemensam drop-in för unga vuxna.",
    "",
    "ÖVRIGT",
    "Emir Hodžić påminde om att nätverket brukar gå igenom den nya riksnormen på mötet i december.",
    "",
    "Märta-Stina Wallin informerade om att Perstorp byter verksamhetssystem den 1 oktober.",
    "",
    "Nästa möte: fredag 28 augusti 2026 kl. 9.00 i Bjuv.",
    "Vid anteckningarna: Emir Hodžić",
]


def build4():
    text = CRLF.join(LINES4) + CRLF
    return b"\xef\xbb\xbf" + text.encode("utf-8")


def main():
    files = {
        FILE1: build1(),
        FILE2: build2(),
        FILE3: build3(),
        FILE4: build4(),
    }
    for name, data in files.items():
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
        print("wrote %s (%d bytes)" % (name, len(data)))


if __name__ == "__main__":
    main()
