"""Give the four Heading2 paragraphs of a pandoc docx Word automatic numbering (1., 2., ...):
adds a decimal abstractNum/num to word/numbering.xml and w:numPr to each Heading2 paragraph.
Usage: python3 number_docx.py in.docx out.docx"""
import re, sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
zin = zipfile.ZipFile(src)
absnum = ('<w:abstractNum w:abstractNumId="1"><w:nsid w:val="4D494E31" />'
          '<w:multiLevelType w:val="singleLevel" />'
          '<w:lvl w:ilvl="0"><w:start w:val="1" /><w:numFmt w:val="decimal" />'
          '<w:lvlText w:val="%1." /><w:lvlJc w:val="left" />'
          '<w:pPr><w:ind w:left="432" w:hanging="432" /></w:pPr></w:lvl></w:abstractNum>')
num = '<w:num w:numId="1"><w:abstractNumId w:val="1" /></w:num>'
out = zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED)
for info in zin.infolist():
    data = zin.read(info.filename)
    if info.filename == 'word/numbering.xml':
        s = data.decode()
        s = s.replace('<w:abstractNum ', absnum + '<w:abstractNum ', 1)
        s = s.replace('</w:numbering>', num + '</w:numbering>')
        data = s.encode()
    elif info.filename == 'word/document.xml':
        s = data.decode()
        s, n = re.subn(r'<w:pStyle w:val="Heading2" />',
                       '<w:pStyle w:val="Heading2" /><w:numPr><w:ilvl w:val="0" /><w:numId w:val="1" /></w:numPr>', s)
        assert n == 4, n
        data = s.encode()
    zi = zipfile.ZipInfo(info.filename, date_time=(2022, 11, 18, 14, 0, 0))
    zi.compress_type = zipfile.ZIP_DEFLATED
    out.writestr(zi, data)
out.close()
