import sys
def load(fn):
    segs=[];cur=[]
    for l in open(fn):
        if l.startswith('>'):
            if cur: segs.append(cur)
            cur=[]
        else:
            p=l.split(); cur.append((float(p[0]),float(p[1])))
    if cur: segs.append(cur)
    return segs
if __name__=='__main__':
    for i,s in enumerate(load(sys.argv[1])):
        print(i,len(s),'start %.3f,%.3f end %.3f,%.3f'%(s[0]+s[-1]), 'bbox lon %.2f-%.2f lat %.2f-%.2f'%(min(p[0] for p in s),max(p[0] for p in s),min(p[1] for p in s),max(p[1] for p in s)))
