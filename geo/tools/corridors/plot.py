import json,subprocess,sys,os
ROOT='/work/main/geo'
def segs(f):
    g=f['geometry'];t=g['type'];c=g['coordinates']
    if t=='LineString': return [c]
    if t=='MultiLineString': return c
    return []
def write(files, fn):
    with open(fn,'w') as fh:
        for rel in files:
            for f in json.load(open(os.path.join(ROOT,rel)))['features']:
                for s in segs(f):
                    fh.write('> '+f['id']+'\n')
                    for x,y in s: fh.write(f'{x} {y}\n')
def pts(fn):
    with open(fn,'w') as fh:
        for f in json.load(open(os.path.join(ROOT,'places/places.geojson')))['features']:
            x,y=f['geometry']['coordinates']; fh.write(f'{x} {y}\n')
