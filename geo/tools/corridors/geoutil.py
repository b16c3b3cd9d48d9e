import math, subprocess
R=6371.0088
def hav(a,b):
    lo1,la1=map(math.radians,a); lo2,la2=map(math.radians,b)
    d=math.sin((la2-la1)/2)**2+math.cos(la1)*math.cos(la2)*math.sin((lo2-lo1)/2)**2
    return 2*R*math.asin(min(1,math.sqrt(d)))
def to_xyz(p):
    lo,la=map(math.radians,p); return (math.cos(la)*math.cos(lo),math.cos(la)*math.sin(lo),math.sin(la))
def from_xyz(v):
    x,y,z=v; return (math.degrees(math.atan2(y,x)), math.degrees(math.atan2(z,math.hypot(x,y))))
def gc_interp(a,b,f):
    A=to_xyz(a);B=to_xyz(b)
    om=math.acos(max(-1,min(1,sum(i*j for i,j in zip(A,B)))))
    if om<1e-12: return a
    s1=math.sin((1-f)*om)/math.sin(om); s2=math.sin(f*om)/math.sin(om)
    return from_xyz(tuple(s1*i+s2*j for i,j in zip(A,B)))
def gc_densify(a,b,step_km=100):
    d=hav(a,b); n=max(1,int(math.ceil(d/step_km)))
    return [gc_interp(a,b,i/n) for i in range(n+1)]
def sample_line(line, step_km=2.0):
    out=[]
    for a,b in zip(line,line[1:]):
        # handle dateline by unwrapping b
        bb=b
        if b[0]-a[0]>180: bb=(b[0]-360,b[1])
        if a[0]-b[0]>180: bb=(b[0]+360,b[1])
        d=hav(a,bb); n=max(1,int(d/step_km))
        for i in range(n):
            f=i/n
            lo=a[0]+(bb[0]-a[0])*f; la=a[1]+(bb[1]-a[1])*f
            if lo>180: lo-=360
            if lo<-180: lo+=360
            out.append((lo,la))
    out.append(line[-1]); return out
def land_points(pts, res='h'):
    inp='\n'.join('%.6f %.6f'%p for p in pts)
    r=subprocess.run(['gmt','select','-D'+res,'-Ns/k'],input=inp,capture_output=True,text=True)
    return [tuple(map(float,l.split()[:2])) for l in r.stdout.splitlines() if l.strip() and not l.startswith('>')]
def check_sea(line, exempt_km=6.0, exempt_pts=None, step_km=2.0):
    s=sample_line(line, step_km)
    ex=list(exempt_pts or [])+[line[0],line[-1]]
    land=land_points(s)
    bad=[p for p in land if min(hav(p,e) for e in ex)>exempt_km]
    return bad
def line_len(line):
    t=0
    for a,b in zip(line,line[1:]):
        bb=b
        if b[0]-a[0]>180: bb=(b[0]-360,b[1])
        if a[0]-b[0]>180: bb=(b[0]+360,b[1])
        t+=hav(a,bb)
    return t
