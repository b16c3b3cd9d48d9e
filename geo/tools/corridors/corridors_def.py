import json
from places_def import R, S_T2, S_BR, S_LS, S_PI, S_LJ
S_TR = "II. Connectivity of Infrastructure: Normal Operation of Harbin-Europe Train"
def C(line, table=None, section=S_T2):
    return {"table": table, "section": section, "line": line, "page": None}
T2 = lambda line: C(line, "Table 2", S_T2)
def D(event, date, asPrinted, cit): return {"event": event, "date": date, "asPrinted": asPrinted, "citation": cit}
def F(q, v, u, asPrinted, cit, qualifier=None, note=None):
    d = {"quantity": q, "value": v, "unit": u, "asPrinted": asPrinted, "citation": cit}
    if qualifier: d["qualifier"] = qualifier
    if note: d["note"] = note
    return d
D_3B1I = lambda: D("\"three bridges, one island and one port\" proposed as the breakthrough, guided by Xi Jinping's 2016 speech on Heilongjiang", "2016",
                   "Guided by Xi Jinping's important speech on Heilongjiang in 2016, Heilongjiang Province proposed to use \"three bridges, one island and one port\" as a breakthrough", C(113, None, S_BR))
NS = "zh and ru: standard Chinese and Russian names (general knowledge of common official usage); the paper itself is in English"
NS_PART = NS + "; ru omitted where no established Russian form is known"

HRB_MZL = ['Harbin','Zhaodong','Anda','Daqing','Angangxi','Zhalantun','Boketu','Yakeshi','Hailar','Zhalainuoer','Manzhouli','Zabaykalsk']
ZAB_MOW = ['Zabaykalsk','Borzya','Olovyannaya','Karymskoye','Chita','Khilok','Petrovsk-Zabaykalsky','Ulan-Ude','Babushkin','Vydrino','Slyudyanka','Irkutsk','Zima','Tulun','Nizhneudinsk','Tayshet','Kansk','Krasnoyarsk','Achinsk','Mariinsk','Tayga','Yurga','Novosibirsk','Barabinsk','Tatarsk','Omsk','Ishim','Tyumen','Yekaterinburg','Perm','Kirov','Kotelnich','Sharya','Buy','Yaroslavl','Moscow']
MOW_BER = ['Moscow','Smolensk','Orsha','Minsk','Baranovichi','Brest','Warsaw','Poznan','Frankfurt (Oder)','Berlin']
BER_HAM = ['Berlin','Wittenberge','Hamburg']
BER_RTM = ['Berlin','Magdeburg','Hannover','Osnabrueck','Hengelo','Amersfoort','Utrecht','Rotterdam']
MOW_SPB = ['Moscow','Tver','Bologoye','Saint Petersburg']
HRB_SFH = ['Harbin','Acheng','Shangzhi','Hailin','Mudanjiang','Suifenhe']
SFH_VLA = ['Suifenhe','Pogranichny','Ussuriysk','Razdolnoye','Uglovoye','Vladivostok station','Vladivostok port']
NAK_BR = ['Uglovoye','Smolyaninovo','Partizansk','Nakhodka','Vostochny port']
DAL_HRB = ['Dalian port','Wafangdian','Dashiqiao','Haicheng','Anshan','Liaoyang','Shenyang','Tieling','Siping','Gongzhuling','Changchun','Dehui','Shuangcheng','Harbin']
HRB_JMS = ['Harbin','Bin County','Fangzheng','Yilan','Jiamusi']
JMS_KMS = ['Jiamusi','Huachuan','Fujin','Tongjiang','Tongjiang bridge CN','Nizhneleninskoye','Leninskoye','Birobidzhan','Smidovich','Volochayevka II','Elban','Komsomolsk-on-Amur']
HRB_TYN = ['Harbin','Hulan','Suihua','Hailun','Beian','Sunwu','Heihe','Blagoveshchensk','Belogorsk','Svobodny','Shimanovsk','Ushumun','Tygda','Magdagachi','Taldan','Skovorodino','Tynda']
BORDER_RAIL = ['Laoheishan','Dongning','Suifenhe','Mishan','Hulin','Raohe','Fuyuan','Tongjiang','Mingshan','Jiayin','Xunke','Heihe','Huma','Mohe']
BORDER_ROAD = ['Mohe','Huma','Heihe','Xunke','Jiayin','Mingshan','Tongjiang','Fuyuan','Raohe','Hulin','Mishan','Suifenhe','Dongning']
CRUDE = ['Skovorodino','Dzhalinda','Mohe oil station','Tahe','Xinlin','Jiagedaqi','Nenjiang','Nehe','Lindian','Daqing']
GAS_RU = ['Chayanda field','Lensk','Olyokminsk','Aldan','Neryungri','Tynda','Skovorodino','Magdagachi','Tygda','Ushumun','Shimanovsk','Svobodny','Blagoveshchensk','Heihe']
GAS_N = ['Heihe','Wudalianchi','Daqing','Songyuan','Changling']
GAS_M = ['Changling','Shuangliao','Fuxin','Jinzhou','Huludao','Qinhuangdao','Tangshan','Yongqing']
GAS_S = ['Yongqing','Cangzhou','Binzhou (Shandong)','Weifang','Linyi','Suqian','Taizhou (Jiangsu)','Nantong','Changshu','Shanghai']
def rev(l): return list(reversed(l))
def cat(*ls):
    out = list(ls[0])
    for l in ls[1:]:
        assert out[-1] == l[0], (out[-1], l[0]); out += l[1:]
    return out
TRANSSIB_NOTE = "route order from the standard railway map of the Trans-Siberian main line (via Chita, Ulan-Ude, south shore of Lake Baikal, Irkutsk, Krasnoyarsk, Novosibirsk, Omsk, Yekaterinburg, Perm, Kirov, Yaroslavl) and of the Moscow–Minsk–Brest–Warsaw–Berlin line"

legs = json.load(open('/tmp/geo/legs2.json'))
VLAD_APP = [[131.98,42.95],[131.97,43.03],[131.95,43.052],[131.91,43.064],[131.87,43.078],[131.877,43.09],[131.895,43.108]]
SEA = {
 'gz_ningbo': legs['gz_ningbo'], 'ningbo_shanghai': legs['ningbo_shanghai'],
 'shanghai_busan': [[122.06,30.62],[122.5,30.9],[124.0,31.8],[126.0,32.6],[127.6,33.1],[128.6,34.0],[129.0,34.9],[129.05,35.08]],
 'busan_niigata': [[129.05,35.08],[129.3,35.05],[130.0,35.4],[132.0,36.6],[134.5,37.3],[136.5,37.8],[137.4,37.85],[138.0,37.75],[138.6,37.78],[139.05,37.95]],
 'niigata_vladivostok': [[139.05,37.95],[138.8,38.2],[137.0,39.5],[133.5,42.0],[132.2,42.75]] + VLAD_APP,
 'vladivostok_nakhodka': legs['vladivostok_nakhodka'], 'nakhodka_vostochny': legs['nakhodka_vostochny'],
 'vostochny_taicang': legs['vostochny_taicang'],
 'vlad_busan': rev(VLAD_APP) + [[132.0,42.5],[129.7,35.4],[129.3,35.05],[129.05,35.08]],
 'vlad_niigata': rev(VLAD_APP) + [[132.2,42.75],[133.5,42.0],[137.0,39.5],[138.8,38.2],[139.05,37.95]],
 'vlad_yokohama': legs['vlad_yokohama'],
 'amur_mouth_tatar': legs['amur_mouth_tatar'],
 'cable1': legs['cable_arctic_1'], 'cable2': legs['cable_arctic_2'], 'cable3': legs['cable_arctic_3'],
}
