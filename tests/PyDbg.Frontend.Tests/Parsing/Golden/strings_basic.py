'single'
"double"
'''triple single'''
"""triple
double"""
''
""
'it\'s'
"say \"hi\""
'a' 'b'
'a' "b" '''c'''
('a'
 'b')
u'unicode'
R'raw\n'
r"raw\d"
'mixed' r'\raw'
