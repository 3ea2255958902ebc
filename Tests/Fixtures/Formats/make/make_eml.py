"""Write kallelse.eml (CRLF line ends): multipart/mixed mail, RFC 2047 B-encoded Swedish subject,
quoted-printable text/plain body with å/ä/ö, and natverk.docx attached in base64.
Usage: python3 make_eml.py natverk.docx kallelse.eml"""
import base64, sys
from email import charset, encoders
from email.generator import BytesGenerator
from email.policy import compat32
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

docx, out = sys.argv[1], sys.argv[2]

def b_word(text):
    return '=?UTF-8?B?' + base64.b64encode(text.encode('utf-8')).decode('ascii') + '?='

msg = MIMEMultipart('mixed', boundary='==========minnes-fixture-7f3a==========')
msg['From'] = b_word('Annika Strömberg') + ' <annika.stromberg@klippan.example>'
msg['To'] = b_word('IFO-chefsnätverket') + ' <ifo-natverket@lista.example>'
msg['Date'] = 'Fri, 18 Nov 2022 16:42:10 +0100'
msg['Subject'] = b_word('Minnesanteckningar från nätverksträffen')
msg['Message-ID'] = '<20221118154210.4711@klippan.example>'
# usual header order: From/To/Date/Subject first, MIME headers last
ct = msg['Content-Type']
del msg['Content-Type'], msg['MIME-Version']
msg['MIME-Version'] = '1.0'
msg['Content-Type'] = ct
msg.preamble = 'This is a multi-part message in MIME format.'

qp = charset.Charset('utf-8')
qp.body_encoding = charset.QP
body = ('Hej alla,\n\n'
        'Här kommer minnesanteckningarna från nätverksträffen i Klippan den 18 november.\n'
        'Nästa möte hålls den 27 januari i Örkelljunga – hör av er om ni vill lyfta någon fråga på dagordningen.\n\n'
        'Vänliga hälsningar\n'
        'Annika Strömberg\n'
        'Socialtjänsten, Klippans kommun\n')
text = MIMEText(body, 'plain', qp)
del text['MIME-Version']
msg.attach(text)

part = MIMEBase('application', 'vnd.openxmlformats-officedocument.wordprocessingml.document',
                name='natverk.docx')
part.set_payload(open(docx, 'rb').read())
encoders.encode_base64(part)
del part['MIME-Version']
part.add_header('Content-Disposition', 'attachment', filename='natverk.docx')
msg.attach(part)

with open(out, 'wb') as f:
    # RFC 5322 line ends: CRLF throughout, including the QP soft breaks and base64 lines
    BytesGenerator(f, mangle_from_=False, policy=compat32.clone(linesep='\r\n', max_line_length=0)).flatten(msg)
