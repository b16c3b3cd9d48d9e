import math, heapq, subprocess, json
from rv import load
def hav(a,b):
    R=6371.0088
    lo1,la1=map(math.radians,a); lo2,la2=map(math.radians,b)
    d=math.sin((la2-la1)/2)**2+math.cos(la1)*math.cos(la2)*math.sin((lo2-lo1)/2)**2
    return 2*R*math.asin(math.sqrt(d))
def gmtlines(region, opts):
    out=subprocess.run(['gmt','coast','-R'+region,'-Dh','-M']+opts,capture_output=True,text=True).stdout
    segs=[];cur=[]
    for l in out.splitlines():
        if l.startswith('>'):
            if cur: segs.append(cur)
            cur=[]
        else:
            p=l.split(); cur.append((float(p[0]),float(p[1])))
    if cur: segs.append(cur)
    return segs
def route(segs, a, b, bridge_km=2.0, maxsnap=30):
    pts=[];idx={}
    def nid(p):
        k=(round(p[0],5),round(p[1],5))
        if k not in idx: idx[k]=len(pts); pts.append(k)
        return idx[k]
    adj={}
    def add(i,j):
        if i==j: return
        d=hav(pts[i],pts[j]); adj.setdefault(i,[]).append((j,d)); adj.setdefault(j,[]).append((i,d))
    for s in segs:
        ids=[nid(p) for p in s]
        for i,j in zip(ids,ids[1:]): add(i,j)
    # gap bridging via grid
    cell=0.05; grid={}
    for i,p in enumerate(pts): grid.setdefault((int(p[0]/cell),int(p[1]/cell)),[]).append(i)
    for i,p in enumerate(pts):
        cx,cy=int(p[0]/cell),int(p[1]/cell)
        for dx in (-1,0,1):
            for dy in (-1,0,1):
                for j in grid.get((cx+dx,cy+dy),[]):
                    if j>i:
                        d=hav(p,pts[j])
                        if d<=bridge_km: add(i,j)
    def nearest(q):
        best=min(range(len(pts)),key=lambda i:hav(q,pts[i])); return best, hav(q,pts[best])
    sa,da=nearest(a); sb,db=nearest(b)
    assert da<maxsnap and db<maxsnap, (da,db)
    dist={sa:0};prev={};h=[(0,sa)]
    while h:
        d,u=heapq.heappop(h)
        if u==sb: break
        if d>dist[u]: continue
        for v,w in adj.get(u,[]):
            nd=d+w
            if nd<dist.get(v,1e18): dist[v]=nd; prev[v]=u; heapq.heappush(h,(nd,v))
    if sb not in dist: return None
    path=[sb]
    while path[-1]!=sa: path.append(prev[path[-1]])
    path.reverse()
    return [pts[i] for i in path], dist[sb], da, db
def simplify(line, tol_km):
    # Douglas-Peucker in approx km (equirectangular)
    if len(line)<3: return line
    lat0=math.radians(sum(p[1] for p in line)/len(line))
    P=[(p[0]*111.32*math.cos(lat0),p[1]*110.57) for p in line]
    keep=[False]*len(line); keep[0]=keep[-1]=True
    st=[(0,len(line)-1)]
    while st:
        i,j=st.pop()
        ax,ay=P[i];bx,by=P[j];best=-1;bk=None
        for k in range(i+1,j):
            px,py=P[k]
            dx,dy=bx-ax,by-ay
            L=dx*dx+dy*dy
            t=0 if L==0 else max(0,min(1,((px-ax)*dx+(py-ay)*dy)/L))
            d=math.hypot(px-ax-t*dx,py-ay-t*dy)
            if d>best: best=d;bk=k
        if best>tol_km: keep[bk]=True; st+=[(i,bk),(bk,j)]
    return [p for p,k in zip(line,keep) if k]
