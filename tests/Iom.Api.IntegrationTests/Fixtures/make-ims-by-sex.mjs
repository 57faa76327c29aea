// Writes ims-by-sex.csv: a file shaped like UN DESA's International Migrant Stock (every country or area DESA reports,
// as M49 codes, Channel Islands as one area; the World and the continents; DESA's periods 1990-2024; both sexes, men
// and women), in SDMX-CSV 2.0. The values are made up (deterministic, of a plausible size), not DESA's figures; a
// total is always women plus men, and a region's value the sum of its members'. Run: node make-ims-by-sex.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..', '..');
const rows = (path) => readFileSync(join(repo, path), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));

const uninhabited = new Set(['ATA', 'ATF', 'BVT', 'HMD', 'IOT', 'SGS', 'UMI']);
const channelIslands = new Set(['GGY', 'JEY']);
const countries = rows('src/BuildingBlocks/Iom.SharedKernel/Text/CodeLists/countries.csv').map(([m49, alpha3]) => ({ m49, alpha3 }));
const reported = countries.filter((c) => !uninhabited.has(c.alpha3) && !channelIslands.has(c.alpha3));
const members = rows('src/Modules/MigrationData/Data/CodeLists/region_members.csv').filter(([scheme]) => scheme === 'm49');
const continents = ['002', '009', '019', '142', '150'];
const periods = ['1990', '1995', '2000', '2005', '2010', '2015', '2020', '2024'];

// A small deterministic generator (mulberry32) seeded per area, so that the file is the same on every run.
function random(seed) {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const values = new Map(); // `${code}|${period}` -> { F, M }
const area = (code, alpha3) => {
  const next = random([...alpha3].reduce((h, ch) => Math.imul(h, 31) + ch.charCodeAt(0), 7));
  let stock = Math.round(1000 + next() * 2_000_000 * next() ** 3);
  for (const period of periods) {
    stock = Math.max(100, Math.round(stock * (0.9 + next() * 0.35)));
    const women = Math.round(stock * (0.4 + next() * 0.2));
    values.set(`${code}|${period}`, { F: women, M: stock - women });
  }
};

reported.forEach((c) => area(c.m49, c.alpha3));
area('830', 'GGY+JEY');
const sumOf = (codes, period) => codes.reduce((s, code) => {
  const v = values.get(`${code}|${period}`);
  return v ? { F: s.F + v.F, M: s.M + v.M } : s;
}, { F: 0, M: 0 });
const m49Of = new Map(countries.map((c) => [c.alpha3, c.m49]));
const regionCodes = (region) => {
  const inRegion = members.filter(([, r]) => r === region).map(([, , alpha3]) => alpha3);
  const codes = inRegion.filter((a) => !channelIslands.has(a)).map((a) => m49Of.get(a));
  return inRegion.some((a) => channelIslands.has(a)) ? [...codes, '830'] : codes;
};
for (const region of continents) {
  for (const period of periods) values.set(`${region}|${period}`, sumOf(regionCodes(region), period));
}
for (const period of periods) values.set(`001|${period}`, sumOf([...reported.map((c) => c.m49), '830'], period));

const lines = ['STRUCTURE,STRUCTURE_ID,ACTION,FREQ,INDICATOR,REF_AREA,SEX,AGE,COUNTERPART_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS'];
const codes = ['001', ...continents, ...reported.map((c) => c.m49), '830'];
for (const code of codes) {
  for (const period of periods) {
    const { F, M } = values.get(`${code}|${period}`);
    for (const [sex, value] of [['_T', F + M], ['F', F], ['M', M]]) {
      lines.push(`dataflow,IOM:DF_MIGRATION_DATA(1.0),I,A,SM.POP.TOTL.BYSEX,${code},${sex},_T,_T,${period},${value},A`);
    }
  }
}
writeFileSync(join(here, 'ims-by-sex.csv'), lines.join('\r\n') + '\r\n');
console.log(`${lines.length - 1} rows, ${codes.length} areas × ${periods.length} periods × 3`);
