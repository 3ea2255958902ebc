"""Turn on ODF outline numbering (1., 2., ...) for the level-2 headings of a pandoc ODT.
Usage: python3 number_odt.py in.odt out.odt"""
import sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
zin = zipfile.ZipFile(src)
out = zipfile.ZipFile(dst, 'w')
for info in zin.infolist():
    data = zin.read(info.filename)
    if info.filename == 'styles.xml':
        s = data.decode()
        old = '<text:outline-level-style style:num-format="" text:level="2">'
        assert s.count(old) == 1
        s = s.replace(old, '<text:outline-level-style style:num-format="1" style:num-suffix="." text:level="2">')
        data = s.encode()
    zi = zipfile.ZipInfo(info.filename, date_time=(2022, 11, 18, 14, 0, 0))
    # mimetype must be first and stored uncompressed
    zi.compress_type = zipfile.ZIP_STORED if info.filename == 'mimetype' else zipfile.ZIP_DEFLATED
    out.writestr(zi, data)
out.close()
