import sys
from geoutil import land_points
lo1,lo2,la1,la2,n=map(float,sys.argv[1:6]); n=int(n)
m=int(n*(la2-la1)/(lo2-lo1)) or 1
pts=[(lo1+(lo2-lo1)*i/(n-1), la2-(la2-la1)*j/(m-1)) for j in range(m) for i in range(n)]
L=set((round(a,6),round(b,6)) for a,b in land_points(pts))
print('lon %.2f..%.2f  lat %.2f(top)..%.2f'%(lo1,lo2,la2,la1))
for j in range(m):
    row=''.join('#' if (round(pts[j*n+i][0],6),round(pts[j*n+i][1],6)) in L else '.' for i in range(n))
    print('%7.3f '%pts[j*n][1]+row)
