import { System } from '../../domain/system';
import { matchKey } from '../../shared/fold';
import { memoizeShortText } from '../../shared/memoize-short-text';
import provincesJson from '../lookup-tables/provinces.json';
import gazetteerJson from '../lookup-tables/gazetteer.json';
import centralBodiesJson from '../lookup-tables/central-bodies.json';
import eventsJson from '../lookup-tables/events.json';

/**
 * The one typed loader of the extraction's reference data (`../data/*.json`):
 * provinces of 2021, the gazetteer of local clues, central bodies, dated
 * events. Checked once at load so a typo fails every test.
 */

export interface ProvinceInfo {
  name: string;
  kind: 'province' | 'city';
  /** Folded spellings that denote it, name included. */
  keys: string[];
}

export interface GazetteerEntry {
  province: string;
  districts: string[];
  industrialZones: string[];
  leaders: string[];
}

export interface CentralBody {
  name: string;
  system: System;
  parent: string | null;
  keys: string[];
}

export interface DatedEvent {
  name: string;
  patterns: string[];
  date: string;
}

function asSystem(value: string): System {
  if (value !== System.STATE && value !== System.PARTY) throw new TypeError(`reference data: unknown system '${value}'`);
  return value;
}

export const PROVINCES: readonly ProvinceInfo[] = provincesJson.provinces.map((row) => {
  if (row.kind !== 'province' && row.kind !== 'city') throw new TypeError(`provinces.json: bad kind for ${row.name}`);
  const keys = [row.name, ...row.aliases].map(matchKey);
  if (row.kind === 'city' && /^thanh pho /.test(matchKey(row.name))) keys.push(matchKey(row.name).replace(/^thanh pho /, ''));
  return { name: row.name, kind: row.kind, keys: [...new Set(keys)] };
});
if (PROVINCES.length !== 63) throw new TypeError(`provinces.json: expected the 63 units of 2021, found ${PROVINCES.length}`);

export const GAZETTEER: readonly GazetteerEntry[] = gazetteerJson.provinces.map((row) => {
  if (!PROVINCES.some((p) => p.name === row.province)) throw new TypeError(`gazetteer.json: unknown province ${row.province}`);
  return row;
});

export const CENTRAL_BODIES: readonly CentralBody[] = centralBodiesJson.bodies.map((row) => ({
  name: row.name,
  system: asSystem(row.system),
  parent: (row as { parent?: string }).parent ?? null,
  keys: [...new Set([row.name, ...row.aliases].map(matchKey))],
}));

export const EVENTS: readonly DatedEvent[] = eventsJson.events.map((row) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(row.date)) throw new TypeError(`events.json: bad date for ${row.name}`);
  return row;
});

/** The province whose name (or alias) is `text`, folded. */
export function provinceByName(text: string): ProvinceInfo | null {
  const key = matchKey(text);
  return PROVINCES.find((p) => p.keys.includes(key)) ?? null;
}

/** Word-bounded needle of each province key, in PROVINCES order; built once because provinceNamedIn runs on many lines a document. */
const PROVINCE_NEEDLES: ReadonlyArray<{ province: ProvinceInfo; needle: string }> = PROVINCES.flatMap((province) =>
  province.keys.map((k) => ({ province, needle: ` ${k.replace(/[^a-z0-9]+/g, ' ').trim()} ` })),
);

/**
 * The province whose name ends `text` (`TỈNH ỦY ĐẮK NÔNG` → Đắk Nông),
 * longest name first. Remembered: issuer lines repeat (12,204 calls over
 * the 10k corpus, 768 texts).
 */
export const provinceNamedIn = memoizeShortText(provinceNamedInText);

function provinceNamedInText(text: string): ProvinceInfo | null {
  const key = ` ${matchKey(text).replace(/[^a-z0-9]+/g, ' ').trim()} `;
  let best: { province: ProvinceInfo; length: number } | null = null;
  for (const { province, needle } of PROVINCE_NEEDLES) {
    if (key.includes(needle) && (best === null || needle.length > best.length)) best = { province, length: needle.length };
  }
  return best?.province ?? null;
}

export function centralBodyByName(text: string): CentralBody | null {
  const key = matchKey(text);
  return CENTRAL_BODIES.find((b) => b.keys.includes(key)) ?? null;
}
