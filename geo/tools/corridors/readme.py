import json, os
ROOT='/work/main/geo'
FILES=['corridors/'+c+'.geojson' for c in ['land-sea','railway','highway','water','aviation','pipeline','grid','cable']]+['places/places.geojson','thematic/confucius-institutes.geojson','thematic/ecommerce-cities.geojson']
rows=[];res=[];counts=[]
for rel in FILES:
    fs=json.load(open(os.path.join(ROOT,rel),encoding='utf-8'))['features']; counts.append((rel,len(fs)))
    for f in fs:
        p=f['properties']; c=p['citation']
        cit=(c['table']+', ' if c['table'] else '')+('line '+str(c['line']) if c['line'] else 'not in paper')
        rows.append(f"| `{p['id']}` | {p['name']['en'].replace('|','/')} | {p['channel']} | {p['kind']} | {f['geometry']['type']} | {cit} | {os.path.basename(rel)} |")
        if 'resolution' in p:
            r=p['resolution']; res.append((r['certainty'],p['id'],p['asPrinted'],r['resolvedAs'],r['how']))
order={'certain':0,'probable':1,'uncertain':2}
res.sort(key=lambda x:(order[x[0]],x[1]))
out=[]
A=out.append
A("# Corridor, place and thematic data (GeoJSON)\n")
A("Source data for the offline atlas of the Belt and Road corridors around Heilongjiang. Every feature is taken from the paper "
  "*Heilongjiang Province's Engagement in BRI* (Song Linlin), `shared/seed/000_801427d08cd55730.txt` (\"the seed\"); coordinates, "
  "intermediate stations, Chinese and Russian names come from the outside sources listed below and are recorded on each feature.\n")
A("All files are RFC 7946 GeoJSON FeatureCollections (WGS 84, `[longitude, latitude]`, at most 5 decimals). Lines that cross the 180° meridian are split there "
  "into a MultiLineString whose parts meet at exactly ±180° (same latitude).\n")
A("## Files\n")
A("| file | features |\n|---|---|")
for rel,n in counts: A(f"| `geo/{rel}` | {n} |")
A(f"| **total** | **{sum(n for _,n in counts)}** |\n")
A("## Properties\n")
A("Every feature carries `id` (also repeated as the GeoJSON feature `id`), `name` {en, zh, ru}, `nameSource`, `channel`, `kind`, `status`, `dates`, `figures`, `citation`, "
  "`geometryMethod`, `geometrySource`; `paperText` (an exact quotation of the seed line given in `citation.line`; for Table 10 rows the cells joined by ` | `) on everything the paper names; "
  "`statusYear` where the paper gives one; `asPrinted` + `resolution` where the printed name is ambiguous or misspelt (several terms are joined by `; `); `places` (ordered place ids) on every line; `notes`.\n")
A("`status` uses the paper's wording reduced to: `operating`, `opened`, `under construction` (the paper's \"has implemented the construction of\"), `approved` (\"approved in phases\"), "
  "`planned` (Table 2 is a *layout plan*; its items have no status of their own), `established` (Confucius Institutes), `not stated`. "
  "`citation.page` is always `null` (see *Page numbers* below).\n")
A("Extra keys (all optional): `namedInPaper` (places; `false` for route nodes the paper does not name, e.g. Zabaykalsk), `related` (ids of features that share infrastructure), "
  "`partOf` / `sections` (East Line gas sections ↔ whole pipeline), `tableBullets` and `alsoCited` (a feature that stands for more than one Table 2 bullet or line), "
  "`crossesAntimeridian` (cable), `categories` (e-commerce sites: category, approving authority, citation), `chinesePartnerAsPrinted`, `foreignHostAsPrinted`, `placeAsPrinted`, `memoAsPrinted` "
  "(Confucius Institutes). Figures may carry `qualifier` (`nearly`, `more than`) and `note`.\n")
A("Overlaps are intended: several corridors share track (e.g. Harbin–Manzhouli is part of four features) and the second crude line is drawn on the first line's vertices. "
  "Schematic geometries (`geometryMethod` starting with \"schematic\") should be drawn differently (e.g. dashed).\n")
A("## Table 2 bullets and Section II projects → features\n")
A("""| Table 2 channel (line) | bullet | feature id |
|---|---|---|
| Land and sea (92) | by sea: Guangzhou … Vostochny | `sea-guangzhou-vostochny` |
| Land and sea (92) | on land: Suifenhe-Manzhouli-Baikal … Hamburg, Rotterdam | `rail-suifenhe-manzhouli-baikal-europe` |
| Railway (93) | Dalian Port-Tongjiang-Siberian Railway and Beia Railway | `rail-dalian-tongjiang-transsib-bam` |
| Railway (93) | Vladivostok's ports-Suifenhe-Manchuria … Hamburg, Rotterdam | `rail-vladivostok-suifenhe-manzhouli-europe` |
| Railway (93) | Blabovichsk-Siberian Railway and Baikal-Amur Railway | `rail-harbin-heihe-blagoveshchensk-transsib-bam` |
| Railway (93) | Laoheishan-…-Mohe and other ports | `rail-border-ports-laoheishan-mohe` |
| Highway (94) | local expressways in the Harbin metropolitan area | `hwy-harbin-metropolitan-area` |
| Highway (94) | Suihua-Daqing / Harbin-Wuyuan / Shuangyashan-Baoqing | `hwy-suihua-daqing`, `hwy-harbin-zhaoyuan`, `hwy-shuangyashan-baoqing` |
| Highway (94) | border roads (Mohe-Dongning) | `hwy-border-mohe-dongning` |
| Highway (94) | boundary river bridges (Heihe-Dongning-Luogu River) | `bridge-heihe-blagoveshchensk-highway`, `bridge-dongning-poltavka-highway`, `bridge-luoguhe-pokrovka` |
| Water (95) | Harbin Port and Jiamusi Port as the hub | `hub-river-ports-harbin-jiamusi` |
| Water (95) | Heihe, Fuyuan and other ports as nodes | `port-river-nodes-heihe-fuyuan` |
| Water (95) | Tongjiang Port-Khabarovsk-Gongqingcheng-the Strait | `river-tongjiang-khabarovsk-komsomolsk-strait` |
| Water (95) | Fuyuan Port-Qianfu Railway-Yujita … | `corridor-fuyuan-qianfu-mangjita` |
| Aviation (96) | Harbin Taiping hub | `hub-harbin-taiping-airport` |
| Aviation (96) | regional airports as nodes | `airport-regional-nodes` |
| Aviation (96) | cargo charter Harbin-Yekaterinburg | `air-harbin-yekaterinburg-cargo` |
| Pipeline (97) | Mohe-Daqing oil transport pipeline | `pipe-skovorodino-mohe-daqing-crude` |
| Pipeline (97) | eastern natural gas pipeline from Heihe River | `pipe-east-line-gas` (one project with the 5th bullet) |
| Pipeline (97) | second-line project of the crude oil pipeline | `pipe-mohe-daqing-crude-second-line` |
| Pipeline (97) | Mohe-Daqing double line | `pipe-mohe-daqing-crude-second-line` (same project as the 3rd bullet) |
| Pipeline (97) | East Line natural gas pipeline project | `pipe-east-line-gas` + sections `-north`, `-middle`, `-south` |
| Grid (98) | cross-border line in Heihe / Harbin-Tangshan | `grid-heihe-cross-border`, `grid-harbin-tangshan` |
| Cable (99) | International Communication Gateway Bureau in Harbin | `hub-harbin-gateway-bureau` |
| Cable (99) | Arctic Europe-Asian optical cable | `cable-arctic-europe-asia` |
| Section II (115) | Tongjiang Railway Bridge | `bridge-tongjiang-nizhneleninskoye-rail` |
| Section II (115) | Heihe Highway Bridge, Dongning boundary Highway Bridge | the two highway bridges above |
| Section II (115) | Heixiazi Island Port | `port-heixiazi-island` |
| Section II (115) | Binhai No.1 International Corridor | `corridor-binhai-1` |
| Section II (115) | Vladivostok Free port | `port-vladivostok-free-port` |
| Section II (119) | Harbin-Europe Train | `rail-harbin-europe-train` |
| Section II (109) | Harbin-Russia Train | `rail-harbin-russia-train` |
| Section II (125-127) | Harbin-Suifenhe-Russia-Asia land-sea transport | `corridor-harbin-suifenhe-russia-asia` |
| Section II (127) | Oriental (Vostochny) Port – Taicang express route | `sea-vostochny-taicang` |
| Section II (152) | crude oil pipeline Skovorodino – Daqing | `pipe-skovorodino-mohe-daqing-crude` |
| Section II (152-158) | East Line gas pipeline, three sections | `pipe-east-line-gas`, `pipe-east-line-gas-north`, `-middle`, `-south` |
""")
A("## Every feature\n")
A("| id | name (en) | channel | kind | geometry | citation | file |\n|---|---|---|---|---|---|---|")
out+=rows
A("\n## Name resolutions\n")
A("| certainty | feature | as printed | resolved as | reasoning |\n|---|---|---|---|---|")
for cert,fid,ap,ra,how in res: A(f"| {cert} | `{fid}` | {ap} | {ra} | {how} |")
open('/tmp/geo/readme_generated.md','w',encoding='utf-8').write('\n'.join(out)+'\n')
print(len(rows),len(res))
