import json, os, sys, re
sys.path.insert(0,'/tmp/geo')
from geoutil import line_len, check_sea, hav
ROOT='/work/main/geo'
SEED=open('/work/shared/seed/000_801427d08cd55730.txt',encoding='utf-8').read().split('\n')
FILES=['corridors/'+c+'.geojson' for c in ['land-sea','railway','highway','water','aviation','pipeline','grid','cable']]+['places/places.geojson','thematic/confucius-institutes.geojson','thematic/ecommerce-cities.geojson']
REQ=['id','name','nameSource','channel','kind','status','dates','figures','citation','geometryMethod','geometrySource']
CHANNELS={'land-sea','railway','highway','water','aviation','pipeline','grid','cable','none'}
KINDS={'railway','highway','bridge','pipeline','sea-route','river-route','air-route','power-line','cable','port','river-port','sea-port','airport','hub','border-crossing','station','terminal','island-port','corridor','confucius-institute','ecommerce-site'}
errs=[]; ids={}; allf={}
def E(m): errs.append(m)
def norm(s): return re.sub(r'\s+',' ',s).strip()
def inline(text, line):
    if line is None: return False
    return norm(text) in norm(SEED[line-1])
def check_cit(c, where):
    for k in ('table','section','line','page'):
        if k not in c: E(f'{where}: citation lacks {k}')
    if c.get('page') is not None: E(f'{where}: page not null')
def coords_iter(g):
    t=g['type']; c=g['coordinates']
    if t=='Point': return [[c]]
    if t in ('MultiPoint','LineString'): return [c]
    if t=='MultiLineString': return c
    raise ValueError(t)
for rel in FILES:
    path=os.path.join(ROOT,rel)
    fc=json.load(open(path,encoding='utf-8'))
    assert fc['type']=='FeatureCollection'
    for f in fc['features']:
        p=f['properties']; fid=p.get('id'); allf[fid]=(rel,f)
        if f.get('id')!=fid: E(f'{fid}: feature.id != properties.id')
        if fid in ids: E(f'duplicate id {fid} in {rel} and {ids[fid]}')
        ids[fid]=rel
        if not re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)*',fid or ''): E(f'{fid}: id not kebab-case')
        for k in REQ:
            if k not in p: E(f'{fid}: missing {k}')
        if 'en' not in p['name']: E(f'{fid}: name.en missing')
        if p['channel'] not in CHANNELS: E(f'{fid}: bad channel {p["channel"]}')
        if p['kind'] not in KINDS: E(f'{fid}: bad kind {p["kind"]}')
        check_cit(p['citation'],fid)
        if 'paperText' in p:
            txt=p['paperText']; cells=txt.split(' | ') if p['kind']=='confucius-institute' else [txt]
            for c in cells:
                if not inline(c,p['citation']['line']): E(f'{fid}: paperText not in line {p["citation"]["line"]}: {c[:60]}')
        elif p.get('namedInPaper',True): E(f'{fid}: paperText missing')
        for d in p['dates']:
            for k in ('event','date','asPrinted','citation'):
                if k not in d: E(f'{fid}: date lacks {k}')
            if not re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?)?',d['date']): E(f'{fid}: bad date {d["date"]}')
            if not inline(d['asPrinted'],d['citation']['line']): E(f'{fid}: date asPrinted not in line: {d["asPrinted"][:50]}')
            check_cit(d['citation'],fid+' date')
        for fg in p['figures']:
            for k in ('quantity','value','unit','asPrinted','citation'):
                if k not in fg: E(f'{fid}: figure lacks {k}')
            if not inline(fg['asPrinted'],fg['citation']['line']): E(f'{fid}: figure asPrinted not in line: {fg["asPrinted"][:50]}')
            check_cit(fg['citation'],fid+' figure')
        if 'asPrinted' in p:
            for term in p['asPrinted'].split('; '):
                if norm(term) not in norm('\n'.join(SEED)): E(f'{fid}: asPrinted term not in paper: {term}')
            if 'resolution' not in p: E(f'{fid}: asPrinted without resolution')
        if 'resolution' in p:
            r=p['resolution']
            if set(r)!={'resolvedAs','how','certainty'} or r['certainty'] not in ('certain','probable','uncertain'): E(f'{fid}: bad resolution')
        g=f['geometry']
        for part in coords_iter(g):
            for c in part:
                if not (-180<=c[0]<=180 and -90<=c[1]<=90): E(f'{fid}: coord out of range {c}')
                for v in c:
                    if len(repr(float(v)).split('.')[-1])>5 and 'e' not in repr(v): E(f'{fid}: >5 decimals {c}')
            if g['type'] in ('LineString','MultiLineString'):
                if len({tuple(c) for c in part})<2: E(f'{fid}: line part with <2 distinct points')
                for a,b in zip(part,part[1:]):
                    if a==b: E(f'{fid}: repeated consecutive point {a}')
                    if abs(a[0]-b[0])>180: E(f'{fid}: segment jumps across antimeridian {a}->{b}')
        if g['type'] in ('LineString','MultiLineString'):
            if 'places' not in p: E(f'{fid}: line without places')
        if p.get('crossesAntimeridian'):
            parts=g['coordinates']
            for a,b in zip(parts,parts[1:]):
                if abs(abs(a[-1][0])-180)>1e-9 or abs(abs(b[0][0])-180)>1e-9 or a[-1][1]!=b[0][1]: E(f'{fid}: antimeridian split not at ±180 with equal latitude')
# places refs
for fid,(rel,f) in allf.items():
    for pid in f['properties'].get('places',[]):
        if pid not in ids or not ids[pid].startswith('places/'): E(f'{fid}: unknown place {pid}')
    for k in ('partOf',):
        if k in f['properties'] and f['properties'][k] not in ids: E(f'{fid}: bad {k}')
    for r in f['properties'].get('related',[])+f['properties'].get('sections',[]):
        if r not in ids: E(f'{fid}: bad related {r}')
# sea legs: check parts
PL={i:tuple(allf[i][1]['geometry']['coordinates']) for i in ids if ids[i].startswith('places/')}
def seacheck(fid, parts):
    bad=[]
    fidr=fid if fid in allf else 'river-tongjiang-khabarovsk-komsomolsk-strait'
    ex=[PL[p] for p in allf[fidr][1]['properties'].get('places',[])]
    for part in parts:
        bad+=check_sea([tuple(c) for c in part], exempt_pts=ex)
    return bad
G=lambda i: allf[i][1]['geometry']['coordinates']
sea={'sea-guangzhou-vostochny':[G('sea-guangzhou-vostochny')],'sea-vostochny-taicang':[G('sea-vostochny-taicang')],
     'corridor-harbin-suifenhe-russia-asia':G('corridor-harbin-suifenhe-russia-asia')[1:]}
riv=G('river-tongjiang-khabarovsk-komsomolsk-strait'); k=[i for i,c in enumerate(riv) if c==[140.85,53.1]][0]; sea['river (Amur mouth)']=[riv[k:]]
cab=G('cable-arctic-europe-asia'); k=[i for i,c in enumerate(cab[2]) if c==[131.895,43.108]][0]; sea['cable-arctic-europe-asia']=[cab[0],cab[1],cab[2][:k+1]]
for fid,parts in sea.items():
    b=seacheck(fid,parts)
    if b: E(f'{fid}: {len(b)} sampled sea points on land, e.g. {b[:3]}')
    else: print(f'sea check ok: {fid} ({sum(len(p) for p in parts)} vertices)')
# summary
print()
for rel in FILES:
    fc=json.load(open(os.path.join(ROOT,rel),encoding='utf-8'))
    kinds={}
    for f in fc['features']: kinds[f['geometry']['type']]=kinds.get(f['geometry']['type'],0)+1
    print(f'{rel:45s} {len(fc["features"]):3d} features  {kinds}')
print('total features',len(ids))
print('ERRORS',len(errs)); [print('  ',e) for e in errs]
