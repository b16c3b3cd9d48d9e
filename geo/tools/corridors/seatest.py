from geoutil import *
import sys, json
legs=json.load(open(sys.argv[1]))
for name,leg in legs.items():
    leg=[tuple(p) for p in leg]
    bad=check_sea(leg)
    # group bad points by segment
    print(name, 'len %.0f km'%line_len(leg), 'land samples:',len(bad))
    segbad={}
    for p in bad:
        # find segment
        best=None;bd=1e9
        for i,(a,b) in enumerate(zip(leg,leg[1:])):
            for q in sample_line([a,b],5):
                d=hav(p,q)
                if d<bd: bd=d;best=i
        segbad.setdefault(best,[]).append(p)
    for i,ps in sorted(segbad.items()):
        print('   seg',i,leg[i],'->',leg[i+1],'n=',len(ps),'eg',ps[0],ps[-1])
