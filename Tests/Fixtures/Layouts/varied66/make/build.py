#!/usr/bin/env python3
"""Writes the five files of the sixty-sixth set of layout fixtures.

Minutes as Mac offices and Apple programs kept them over twenty years,
byte for byte as those programs write them:

  1. BBIC-natverket minnesant 070315.txt
       Word for Mac 2004, "Spara som > Endast text": Mac OS Roman, classic
       Mac line ends (CR only, 0x0D), no BOM; one line per paragraph, a CR
       after the last one; list bullets written as "•<TAB>" (0xA5 0x09);
       two non-breaking spaces (0xCA) typed with the Option key held down.
  2. Anteckningar ek bistand 061011.txt
       TextEdit in Mac OS X 10.4, plain text saved as "Västerländsk (Mac OS
       Roman)": Mac OS Roman, LF line ends, no BOM, no line end after the
       last line; straight typewriter quotes.
  3. Missbruksnatverket 22 sept 2009.rtf
       TextEdit in Mac OS X 10.5, RTF as Cocoa writes it (\\cocoartf949):
       \\ansicpg1252, Latin-1 and code-page characters as \\'xx, characters
       beyond the code page as \\uc0\\uN, paragraphs ended by "\\" + LF,
       bold runs, literal TABs, one bulleted list with {\\listtext}.
  4. IFO-chefernas natverk 2025-05-12.txt
       Text exported from Apple Pages on macOS: UTF-8 without BOM, LF, and
       every letter with a diacritic DECOMPOSED (Unicode NFD).
  5. Minnesanteckningar familjeratt 18-11.eml
       A message from Mail 1.3 (Mac OS X 10.3) saved as raw source: LF line
       ends, body text/plain; charset=x-mac-roman; format=flowed,
       quoted-printable; Subject as an RFC 2047 ISO-8859-1 "Q" word.

Python 3 standard library only. Deterministic: a rebuild gives the same bytes.
Run from anywhere: python3 make/build.py  (writes into the folder above make/).
"""

import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

TAB = "\t"
NBSP = "\u00a0"
BULLET = "\u2022" + TAB       # Word's list bullet in a text export: "•<TAB>"


def mac_roman(text):
    """Mac OS Roman bytes; fails on any character Mac OS Roman lacks."""
    for ch in text:
        # 0xDB is U+00A4 in old Mac OS Roman and U+20AC since Mac OS 8.5:
        # keep away from it.
        if ch in "\u00a4\u20ac":
            raise ValueError("ambiguous Mac OS Roman character %r" % ch)
    return text.encode("mac_roman")


# ---------------------------------------------------------------------------
# 1. Word for Mac 2004, "Endast text": Mac OS Roman, CR
# ---------------------------------------------------------------------------

FILE1 = "BBIC-natverket minnesant 070315.txt"

PARAS1 = [
    "MINNESANTECKNINGAR",
    "BBIC-nätverket i Skåne Nordväst",
    "",
    "Tid: Torsdagen den 15 mars 2007, kl. 13.30–16.00",
    "Plats: Åstorp, Socialförvaltningen, sammanträdesrum Kvidinge",
    "",
    "Närvarande:",
    BULLET + "Gunvor Hedberg, Åstorp, ordförande",
    BULLET + "Lars-Erik Nordin, Helsingborg",
    BULLET + "Pia Strömgren, Ängelholm",
    BULLET + "Benny Åkesson, Klippan",
    BULLET + "Mirja Kallio, Landskrona",
    BULLET + "Nils-Olof Brandt, Bjuv",
    BULLET + "Désirée Malm, Örkelljunga",
    BULLET + "Susanne Ljung, Höganäs, sekreterare",
    "",
    "Anmält förhinder: Roger Hägg, Perstorp, och Kerstin Öberg, Båstad.",
    "Inbjuden under punkt 3: Agneta Rydén, regional BBIC-samordnare vid Länsstyrelsen i Skåne.",
    "",
    "1. Föregående minnesanteckningar",
    "Gunvor Hedberg hälsade alla välkomna till Åstorp. Minnesanteckningarna från mötet den 18 januari i Helsingborg gicks igenom och lades till handlingarna.",
    "",
    "2. Licensavtal och grundutbildning i BBIC",
    "Lars-Erik Nordin berättade att Helsingborg har skrivit under licensavtalet med Socialstyrelsen och ska arbeta enligt BBIC i alla nya barnavårdsutredningar från den 1 september. Innan dess ska",
    BULLET + "samtliga handläggare ha gått den tre dagar långa grundutbildningen,",
    BULLET + "arbetsledarna ha gått Socialstyrelsens utbildning för chefer och",
    BULLET + "BBIC-mallarna vara inlagda i verksamhetssystemet.",
    "Lars-Erik sa: ”Hellre en sen start än en start där halva gruppen inte vet vad triangeln står för.”",
    "Mirja Kallio frågade om de mindre kommunerna kan skicka handläggare till Helsingborgs utbildningstillfällen.",
    "Lars-Erik svarade att det finns platser kvar i maj.",
    "Nätverket beslöt att de mindre kommunerna anmäler sina handläggare till utbildningen i maj senast den 13 april.",
    "",
    "3. Barnets röst i utredningen",
    "Agneta Rydén redovisade Länsstyrelsens granskning av 40 barnavårdsutredningar i Skåne under 2006. I knappt hälften av utredningarna fanns inga samtal med barnet dokumenterade.",
    "Hon lyfte att BBIC ger stöd för samtalen men att en mall inte räcker:",
    BULLET + "handläggaren måste få tid att träffa barnet mer än en gång,",
    BULLET + "samtalen ska dokumenteras med barnets egna ord.",
    "Agneta sa: ”Ett barn som ingen har frågat har inte heller blivit utrett.”",
    "Benny Åkesson frågade om granskningen visar någon skillnad mellan stora och små kommuner. Agneta svarade att skillnaderna var små.",
    "Informationen noterades.",
    "",
    "4. Samverkan med barn- och ungdomspsykiatrin",
    "Pia Strömgren tog upp att det tar lång tid att få yttranden från BUP i Ängelholm när socialtjänsten utreder. Under hösten har handläggarna väntat i upp till tio veckor, och flera utredningar har fått förlängas med stöd av 11" + NBSP + "kap. 2" + NBSP + "§ SoL.",
    "Pia menade att nätverket bör ta upp frågan med BUP-ledningen i stället för att varje kommun gör det på egen hand.",
    "Nils-Olof Brandt instämde och berättade att Bjuv har samma erfarenhet.",
    "Beslut: Gunvor Hedberg och Pia Strömgren bjuder in BUP:s verksamhetschef till nätverkets möte i maj.",
    "",
    "5. Övrigt",
    "Désirée Malm berättade att Örkelljunga har anställt en socialsekreterare med inriktning på barn och unga från den 1 april.",
    "Nils-Olof Brandt påminde om BBIC-konferensen i Lund den 7 juni och att anmälan görs via Länsstyrelsens webbplats.",
    "",
    "Nästa möte: Torsdagen den 24 maj 2007 kl. 13.30 i Klippan.",
    "",
    "Vid pennan",
    "Susanne Ljung",
]


def build1():
    return mac_roman("\r".join(PARAS1) + "\r")


# ---------------------------------------------------------------------------
# 2. TextEdit 10.4, plain text, Mac OS Roman, LF
# ---------------------------------------------------------------------------

FILE2 = "Anteckningar ek bistand 061011.txt"

LINES2 = [
    "Nätverket för ekonomiskt bistånd i Skåne Nordväst",
    "Minnesanteckningar från träffen onsdagen den 11 oktober 2006 kl. 9.30–12.00",
    "Plats: Landskrona, Stadshuset, sal Citadellet",
    "",
    "Deltagare:",
    "Landskrona – Maj-Lis Ohlsson (ordf.)",
    "Helsingborg – Jörgen Sandahl",
    "Ängelholm – Fredrik Wessman",
    "Höganäs – Ewa Tornberg (sekr.)",
    "Perstorp – Kjell-Åke Nyström",
    "Båstad – Jeanette Fors",
    "Svalöv – Rahel Tesfaye",
    "Bjuv – Sture Lilja",
    "Klippan – Ingela Borg",
    "",
    "Förhinder: Åstorp (Monica Sterner) och Örkelljunga (Bertil Jönsson)",
    "Gäst: Torsten Ring, Arbetsförmedlingen Landskrona (punkt 3)",
    "",
    "1) Inledning",
    "Maj-Lis hälsade alla välkomna till Landskrona. Anteckningarna från förra träffen i Bjuv godkändes.",
    "",
    "2) Riksnormen 2007",
    "Jörgen Sandahl gick igenom regeringens beslut om riksnormen för 2007. Normen höjs med knappt två procent, vilket enligt Jörgen inte räcker för att täcka de senaste årens höjningar av elpriset.",
    "Han föreslog att kommunerna jämför hur de räknar fram skälig kostnad för hushållsel, eftersom det skiljer flera hundra kronor i månaden mellan kommunerna.",
    "Jörgen sa: \"Den som bor i Perstorp ska inte få mindre till elen än den som bor i Helsingborg.\"",
    "Fredrik Wessman undrade om Socialstyrelsen har gett ut något nytt om hushållsel.",
    "Beslut: Jörgen Sandahl och Ewa Tornberg gör en enkät om kostnaderna för hushållsel till nästa träff.",
    "",
    "3) Nystartsjobben",
    "Torsten Ring berättade om de nystartsjobb som regeringen vill införa från den 1 januari 2007. En arbetsgivare som anställer någon som har varit borta från arbetslivet i mer än ett år ska få tillbaka ett belopp som motsvarar arbetsgivaravgiften.",
    "Torsten sa: \"Det här kan bli en väg ut ur bidragsberoendet för många som har stått utanför länge.\"",
    "Rahel Tesfaye frågade om tid med försörjningsstöd räknas in. Torsten svarade att det är tiden utan arbete som räknas, inte vilken ersättning man har haft.",
    "Sture Lilja tyckte att det lät lovande men ville se hur det fungerar i praktiken.",
    "Inget beslut.",
    "",
    "4) Hembesök vid nyansökan",
    "Kjell-Åke Nyström tog upp att Perstorp sedan i somras gör hembesök hos alla som söker försörjningsstöd för första gången. Syftet är att få en bättre bild av hushållets situation, inte att kontrollera.",
    "Kjell-Åke sa: \"De flesta tycker att det är skönt att slippa komma till förvaltningen första gången.\"",
    "Ewa Tornberg undrade hur lång tid besöken tar. Kjell-Åke svarade att det blir ungefär en timme per besök med resan.",
    "Jeanette Fors instämde i att hembesöken är värdefulla men sa att Båstad inte har personal till det.",
    "Beslut: Kjell-Åke skickar Perstorps rutin för hembesök till alla i nätverket.",
    "",
    "5) Övrigt",
    "Ingela Borg informerade om att Klippan byter verksamhetssystem för ekonomiskt bistånd i februari.",
    "Fredrik Wessman tog upp att Ängelholm har fått in flera falska hyreskontrakt under hösten och bad de andra att höra av sig om de har sett samma sak.",
    "",
    "Nästa träff: onsdag 6 december 2006 kl. 9.30 i Höganäs.",
    "",
    "/Ewa Tornberg, Höganäs",
]


def build2():
    # TextEdit writes no line end after the last line.
    return mac_roman("\n".join(LINES2))


# ---------------------------------------------------------------------------
# 3. TextEdit 10.5 RTF (Cocoa, \cocoartf949)
# ---------------------------------------------------------------------------

FILE3 = "Missbruksnatverket 22 sept 2009.rtf"

# Paragraphs: ("p", [runs]) a normal paragraph, ("li", [runs]) a list item;
# a run is (bold, size, text).
B, R = True, False


def P(*runs):
    return ("p", list(runs))


def LI(text):
    return ("li", [(R, 24, text)])


PARAS3 = [
    P((B, 28, "Missbruksnätverket Skåne Nordväst")),
    P((B, 24, "Minnesanteckningar")),
    P((R, 24, "")),
    P((B, 24, "Datum:"), (R, 24, "\ttisdag 22 september 2009, kl. 13.00–16.00")),
    P((B, 24, "Plats:"), (R, 24, "\tÄngelholm, Socialförvaltningen, rum Rönneå")),
    P((R, 24, "")),
    P((B, 24, "Närvarande:"), (R, 24, "\tViveka Sundin, Ängelholm (ordförande)")),
    P((R, 24, "\tHans-Göran Ek, Helsingborg")),
    P((R, 24, "\tCarina Lövgren, Höganäs")),
    P((R, 24, "\tMehmet Yıldız, Landskrona")),
    P((R, 24, "\tRonny Bergkvist, Åstorp")),
    P((R, 24, "\tLeena Koskinen, Örkelljunga")),
    P((R, 24, "\tTobias Frisk, Bjuv")),
    P((R, 24, "\tÅsa Wiklund, Svalöv (sekreterare)")),
    P((B, 24, "Frånvarande:"), (R, 24, "\tStaffan Holm, Klippan")),
    P((R, 24, "\tMilica Jović, Perstorp")),
    P((B, 24, "Gäst:"), (R, 24, "\tHenrik Mattsson, placeringssamordnare vid Statens institutionsstyrelse (punkt 3)")),
    P((R, 24, "")),
    P((B, 24, "Punkt 1 – Mötets öppnande")),
    P((R, 24, "Viveka Sundin öppnade mötet och hälsade Henrik Mattsson välkommen. Minnesanteckningarna från den 2 juni godkändes.")),
    P((R, 24, "")),
    P((B, 24, "Punkt 2 – Missbruksutredningens enkät")),
    P((R, 24, "Hans-Göran Ek informerade om att Missbruksutredningen har skickat en enkät till alla kommuner om hur ansvaret mellan kommunen och landstinget fungerar i praktiken. Svaren ska vara inne den 15 oktober.")),
    P((R, 24, "Han lyfte att enkäten frågar efter uppgifter som de flesta kommuner inte för statistik över, till exempel hur många klienter som har både ett missbruk och en psykisk sjukdom.")),
    P((R, 24, "Hans-Göran sa: ”Vi kan inte gissa i en enkät som ska ligga till grund för en ny lagstiftning.”")),
    P((R, 24, "Carina Lövgren frågade om nätverket kan svara gemensamt. Hans-Göran svarade att utredningen vill ha ett svar från varje kommun.")),
    P((B, 24, "Beslut:"), (R, 24, " Varje kommun svarar själv, men Hans-Göran Ek samlar in kopior av svaren och sammanställer dem till mötet i november.")),
    P((R, 24, "")),
    P((B, 24, "Punkt 3 – Platsläget på LVM-hemmen")),
    P((R, 24, "Henrik Mattsson redogjorde för platsläget på SiS LVM-hem i södra Sverige. Under sommaren har beläggningen legat över 95 procent, och SiS planerar att")),
    LI("öppna tolv nya platser för kvinnor under våren 2010,"),
    LI("korta väntetiden vid omedelbara omhändertaganden enligt 13 § LVM,"),
    LI("ge kommunerna en gemensam kontaktperson för placeringar."),
    P((R, 24, "Henrik sa: ”Ingen som är omhändertagen enligt LVM ska behöva vänta på en psykiatrisk akutavdelning för att det saknas plats hos oss.”")),
    P((R, 24, "Mehmet Yıldız frågade hur lång den genomsnittliga väntetiden är i dag. Henrik svarade att den var drygt fyra dygn i augusti.")),
    P((R, 24, "Tobias Frisk instämde i att en gemensam kontaktperson skulle underlätta för de mindre kommunerna.")),
    P((R, 24, "Informationen togs emot med tack.")),
    P((R, 24, "")),
    P((B, 24, "Punkt 4 – Anhörigstöd")),
    P((R, 24, "Leena Koskinen tog upp att Örkelljunga saknar eget stöd till anhöriga till personer med missbruk och att de anhöriga hänvisas till föreningar i Helsingborg. Hon föreslog att kommunerna i norra delen av området startar en gemensam anhöriggrupp.")),
    P((R, 24, "Leena sa: ”Det är ofta de anhöriga som ringer oss först, långt innan den som dricker gör det.”")),
    P((R, 24, "Ronny Bergkvist instämde och berättade att Åstorp har samma brist.")),
    P((B, 24, "Beslut:"), (R, 24, " Leena Koskinen och Ronny Bergkvist tar fram ett förslag på en gemensam anhöriggrupp för Klippan, Perstorp, Åstorp och Örkelljunga.")),
    P((R, 24, "")),
    P((B, 24, "Punkt 5 – Övrigt")),
    P((R, 24, "Tobias Frisk påminde om att den regionala ASI-utbildningen inom Kunskap till praktik startar den 5 oktober och att det finns platser kvar.")),
    P((R, 24, "Carina Lövgren berättade att Höganäs får en ny enhetschef för vuxenenheten från den 1 november.")),
    P((R, 24, "")),
    P((B, 24, "Nästa möte:"), (R, 24, " tisdag 17 november 2009 kl. 13.00 i Svalöv.")),
    P((R, 24, "")),
    P((R, 24, "Antecknare: Åsa Wiklund")),
]

HEADER3 = (
    "{\\rtf1\\ansi\\ansicpg1252\\cocoartf949\\cocoasubrtf460\n"
    "{\\fonttbl\\f0\\fswiss\\fcharset0 Helvetica;}\n"
    "{\\colortbl;\\red255\\green255\\blue255;}\n"
    "{\\*\\listtable{\\list\\listtemplateid1\\listhybrid{\\listlevel\\levelnfc23"
    "\\levelnfcn23\\leveljc0\\leveljcn0\\levelfollow0\\levelstartat1\\levelspace360"
    "\\levelindent0{\\*\\levelmarker \\{disc\\}}{\\leveltext\\leveltemplateid1"
    "\\'01\\uc0\\u8226 ;}{\\levelnumbers;}\\fi-360\\li720\\lin720 }{\\listname ;}"
    "\\listid1}}\n"
    "{\\*\\listoverridetable{\\listoverride\\listid1\\listoverridecount0\\ls1}}\n"
    "\\paperw11900\\paperh16840\\margl1440\\margr1440\\vieww12400\\viewh15320\\viewkind0\n"
)
PARD3 = ("\\pard\\tx560\\tx1120\\tx1680\\tx2240\\tx2800\\tx3360\\tx3920\\tx4480"
         "\\tx5040\\tx5600\\tx6160\\tx6720\\ql\\qnatural\\pardirnatural\n")
PARD3_LIST = "\\pard\\tx220\\tx720\\li720\\fi-720\\ql\\qnatural\\pardirnatural\n"


def rtf_escape(text):
    out = []
    for ch in text:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\t" or 0x20 <= o < 0x7F:
            out.append(ch)            # Cocoa writes TABs as literal TABs
        else:
            try:
                b = ch.encode("cp1252")
                out.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                out.append("\\uc0\\u%d " % (o if o < 0x8000 else o - 0x10000))
    return "".join(out)


def build3():
    out = [HEADER3, PARD3, "\n"]
    bold, size = False, 24
    first = True
    in_list = False
    for kind, runs in PARAS3:
        if kind == "li" and not in_list:
            out.append(PARD3_LIST)
            out.append("\\ls1\\ilvl0\\cf0 ")
            in_list = True
        elif kind == "p" and in_list:
            out.append(PARD3)
            out.append("\\cf0 ")
            in_list = False
        if kind == "li":
            out.append("{\\listtext\t\\'95\t}")
        for rb, rs, text in runs:
            ctrl = ""
            if first:
                ctrl = "\\f0" + ("\\b" if rb else "") + "\\fs%d \\cf0 " % rs
                bold, size, first = rb, rs, False
            elif rb != bold or rs != size:
                ctrl = "\n"
                if rb != bold:
                    ctrl += "\\b" if rb else "\\b0"
                if rs != size:
                    ctrl += "\\fs%d" % rs
                ctrl += " "
                bold, size = rb, rs
            out.append(ctrl + rtf_escape(text))
        out.append("\\\n")
    out.append("}")
    return "".join(out).encode("ascii")


# ---------------------------------------------------------------------------
# 4. Apple Pages, plain text export: UTF-8, NFD, LF
# ---------------------------------------------------------------------------

FILE4 = "IFO-chefernas natverk 2025-05-12.txt"

LINES4 = [
    "IFO-chefernas nätverk i Familjen Helsingborg",
    "Minnesanteckningar",
    "",
    "Måndag 12 maj 2025 kl. 9.00–12.00",
    "Klippan, Kommunhuset, sammanträdesrum Söderåsen",
    "",
    "Närvarande: Tuva Engström, Klippan (ordförande); Jonas Åberg, Helsingborg; Renée Lindqvist, Ängelholm; Zoran Ilić, Landskrona; Sofie Dahl, Höganäs; Anneli Söderberg, Bjuv; Nour Haddad, Åstorp; Malin Thörn, Örkelljunga; Jesper Ekelund, Perstorp (antecknare)",
    "Förhinder: Camilla Ståhl, Båstad; Patrik Mörk, Svalöv",
    "Gäst: Elin Brännström, Sveriges Kommuner och Regioner (SKR), under punkt 2",
    "",
    "1. Inledning",
    "Tuva hälsade välkommen till Klippan. Anteckningarna från den 10 mars godkändes utan ändringar.",
    "",
    "2. Den nya socialtjänstlagen",
    "Elin Brännström gick igenom de viktigaste förändringarna i socialtjänstlagen (2025:400), som börjar gälla den 1 juli:",
    "– fler insatser ska kunna ges utan individuell behovsprövning",
    "– det förebyggande arbetet får en tydligare plats i lagen",
    "– kravet på en kunskapsbaserad socialtjänst skärps.",
    "Elin sa: ”Lagen ändrar inte allt den 1 juli, men den ändrar riktningen.”",
    "Renée Lindqvist frågade om SKR tar fram ett stöd för hur insatser som ges utan behovsprövning ska dokumenteras. Elin svarade att ett stödmaterial kommer i juni.",
    "→ Beslut: Varje kommun skickar sin plan för införandet till Jesper Ekelund senast den 30 maj, och Jesper gör en sammanställning till nästa möte.",
    "",
    "3. Bemanningsföretag och inhyrd personal",
    "Jonas Åberg lyfte att Helsingborg har halverat antalet inhyrda socionomer sedan i höstas och vill sluta anlita bemanningsföretag helt vid årsskiftet.",
    "Jonas sa: ”Varje konsult som slutar tar med sig kunskap om familjerna som vi sedan får bygga upp igen.”",
    "Nour Haddad instämde och berättade att Åstorp står inför samma beslut.",
    "→ Beslut: Jonas Åberg och Nour Haddad tar fram ett förslag på en gemensam hållning gentemot bemanningsföretagen.",
    "",
    "4. Unga i kriminalitet",
    "Zoran Ilić tog upp att Landskrona under våren har placerat fem ungdomar på SiS särskilda ungdomshem på grund av kriminalitet.",
    "Enligt Zoran står de placeringarna nu för en fjärdedel av Landskronas kostnader för placeringar av barn och unga.",
    "Malin Thörn frågade om någon kommun har erfarenhet av ungdomsövervakning. Zoran svarade att det är för tidigt att säga.",
    "Inget beslut.",
    "",
    "5. Övrigt",
    "Anneli Söderberg informerade om att familjeenheten i Bjuv flyttar till nya lokaler i augusti.",
    "Sofie Dahl påminde om Länsstyrelsens konferens om hedersrelaterat våld och förtryck den 4 juni.",
    "",
    "Nästa möte: måndag 8 september 2025 kl. 9.00 i Perstorp.",
    "Antecknat av Jesper Ekelund",
]


def build4():
    text = unicodedata.normalize("NFD", "\n".join(LINES4) + "\n")
    return text.encode("utf-8")


# ---------------------------------------------------------------------------
# 5. Mail 1.3: x-mac-roman, format=flowed, quoted-printable, LF
# ---------------------------------------------------------------------------

FILE5 = "Minnesanteckningar familjeratt 18-11.eml"

SUBJECT5 = "Minnesanteckningar familjerättsnätverket 18/11"

# The mail as typed: one string per paragraph ("" an empty line).
PARAS5 = [
    "Hej allihop!",
    "",
    "Här kommer anteckningarna från fredagens möte i Båstad. Säg till om jag har missat något, annars skickar jag dem till cheferna på onsdag.",
    "",
    "Familjerättsnätverket Skåne Nordväst",
    "Minnesanteckningar",
    "",
    "Datum: fredagen den 18 november 2005, kl. 9.30–12.30",
    "Plats: Båstad, Kommunhuset, sammanträdesrum Hallandsåsen",
    "",
    "Närvarande: Britt-Marie Holmberg, Helsingborg (ordförande), Håkan Wahlberg, Landskrona, Inger Ljungqvist, Ängelholm, Mustafa Karimi, Bjuv, Charlotte Bengtsson, Höganäs, Arne Sjödin, Klippan, Elif Demir, Svalöv, och Yvonne Claesson, Båstad (sekreterare)",
    "Frånvarande: Berit Magnusson, Örkelljunga, och Ola Fransson, Perstorp",
    "Gäst: Marianne Öhrn, rådman vid Helsingborgs tingsrätt (punkt 2)",
    "",
    "Punkt 1. Mötets öppnande",
    "Britt-Marie öppnade mötet och hälsade Marianne välkommen. Anteckningarna från mötet den 16 september godkändes.",
    "",
    "Punkt 2. Tingsrätten och vårdnadsutredningarna",
    "Marianne Öhrn berättade hur tingsrätten använder socialnämndens vårdnadsutredningar. Hon lyfte att utredningarna ofta är långa men att barnets egen uppfattning ibland bara får några rader.",
    "Marianne sa: ”Det jag behöver mest är att veta vad barnet har sagt, med barnets egna ord.”",
    "Håkan Wahlberg frågade om tingsrätten har synpunkter på hur lång tid utredningarna tar. Marianne svarade att fyra månader oftast räcker, men att en förlängning ska motiveras.",
    "Beslut: Britt-Marie Holmberg och Marianne Öhrn ordnar en halvdag om samtal med barn för nätverkets familjerättssekreterare under våren.",
    "",
    "Punkt 3. Den nya vårdnadslagstiftningen",
    "Inger Ljungqvist informerade om regeringens förslag till nya regler om vårdnad, boende och umgänge, som väntas träda i kraft den 1 juli 2006. Socialnämnden ska bland annat lämna snabbupplysningar till domstolen innan den fattar interimistiska beslut.",
    "Inger menade att snabbupplysningarna kommer att ta mycket tid för de små kommunerna.",
    "Arne Sjödin instämde.",
    "Inget beslut.",
    "",
    "Punkt 4. Tolk i samarbetssamtalen",
    "Mustafa Karimi tog upp att Bjuv allt oftare har samarbetssamtal med tolk och att samtalen då tar dubbelt så lång tid. Han föreslog att kommunerna gemensamt tar fram en lista över samtalsledare som talar arabiska, persiska eller bosniska.",
    "Mustafa sa: ”När vi pratar genom tolk tappar vi mycket av det som föräldrarna inte säger.”",
    "Elif Demir frågade om Svalöv kan få låna samtalsledare från de större kommunerna.",
    "Beslut: Mustafa Karimi och Elif Demir gör en förteckning över samtalsledare med andra språk till nästa möte.",
    "",
    "Punkt 5. Övrigt",
    "Charlotte Bengtsson berättade att familjerätten i Höganäs får ett nytt telefonnummer från den 1 december.",
    "Håkan Wahlberg påminde om att anmälan till Socialstyrelsens konferens om faderskapsutredningar ska vara inne den 2 december.",
    "",
    "Nästa möte: fredag 10 februari 2006 kl. 9.30 i Ängelholm.",
    "",
    "Hälsningar",
    "Yvonne",
    "",
    "-- ",
    "Yvonne Claesson",
    "Familjerättssekreterare",
    "Socialtjänsten, Båstads kommun",
]

FLOW_WIDTH = 72


def flow(paragraph):
    """format=flowed (RFC 3676, DelSp=no): a paragraph broken at blanks into
    lines of at most FLOW_WIDTH characters; every line but the last keeps the
    blank it was broken at, as its trailing space."""
    if paragraph == "-- " or len(paragraph) <= FLOW_WIDTH:
        return [paragraph]
    lines, cur = [], ""
    for word in paragraph.split(" "):
        if cur and len(cur) + 1 + len(word) > FLOW_WIDTH:
            lines.append(cur + " ")
            cur = word
        else:
            cur = word if not cur else cur + " " + word
    lines.append(cur)
    return lines


def qp_encode_line(data):
    """Quoted-printable of one line of bytes (RFC 2045), soft breaks at 76."""
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
        limit = 76 if rest == 0 else 75
        if len(cur) + len(t) > limit:
            out.append(cur + "=")
            cur = ""
        cur += t
    out.append(cur)
    return out


def q_word(text):
    """An RFC 2047 "Q" encoded word in ISO-8859-1, as Mail 1.x wrote them."""
    out = []
    for b in text.encode("iso-8859-1"):
        if b == 0x20:
            out.append("_")
        elif 33 <= b <= 126 and chr(b) not in "=?_":
            out.append(chr(b))
        else:
            out.append("=%02X" % b)
    return "=?ISO-8859-1?Q?" + "".join(out) + "?="


def build5():
    headers = [
        "Return-Path: <yvonne.claesson@bastad.example>",
        "Received: from [10.12.4.57] (mac-familjeratt.bastad.example [10.12.4.57])",
        "\tby post.bastad.example (8.12.11/8.12.11) with ESMTP id jAL9EbQ4012877;",
        "\tMon, 21 Nov 2005 10:14:39 +0100",
        "Mime-Version: 1.0 (Apple Message framework v619.2)",
        "Content-Transfer-Encoding: quoted-printable",
        "Message-Id: <3E6B9D42-5A6F-11DA-8C1E-000A95C4F2B6@bastad.example>",
        "Content-Type: text/plain; charset=x-mac-roman; format=flowed",
        "To: familjeratt-nordvast@skanenordvast.example",
        "From: Yvonne Claesson <yvonne.claesson@bastad.example>",
        "Subject: " + q_word(SUBJECT5),
        "Date: Mon, 21 Nov 2005 10:14:37 +0100",
        "X-Mailer: Apple Mail (2.619.2)",
    ]
    body = []
    for para in PARAS5:
        for line in flow(para):
            body.extend(qp_encode_line(mac_roman(line)))
    text = "\n".join(headers) + "\n\n" + "\n".join(body) + "\n"
    return text.encode("ascii")


def main():
    files = {
        FILE1: build1(),
        FILE2: build2(),
        FILE3: build3(),
        FILE4: build4(),
        FILE5: build5(),
    }
    for name, data in files.items():
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
        print("wrote %s (%d bytes)" % (name, len(data)))


if __name__ == "__main__":
    main()
