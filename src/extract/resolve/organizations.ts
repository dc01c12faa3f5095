import type { OrganizationNode } from '../../domain/graph';
import { NATIONAL_SCOPE, organizationId, provinceId } from '../../domain/identity';
import { System } from '../../domain/system';
import { matchKey, slugify } from '../../shared/fold';
import { centralBodyByName, CENTRAL_BODIES, provinceNamedIn, type ProvinceInfo } from './gazetteer-data';

/** Scope of bodies (and documents) whose province is not known from the text. */
export const UNKNOWN_SCOPE = 'unknown';

/** Abbreviations expanded before matching, so `UBND tỉnh` and `Ủy ban nhân dân tỉnh` meet. */
const ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [
  [/(?<!\p{L})UBND(?!\p{L})/gu, 'Ủy ban nhân dân'],
  [/(?<!\p{L})HĐND(?!\p{L})/gu, 'Hội đồng nhân dân'],
  [/(?<!\p{L})MTTQ(?!\p{L})/gu, 'Mặt trận Tổ quốc'],
  [/(?<!\p{L})BCSĐ(?!\p{L})/gu, 'Ban cán sự đảng'],
  [/(?<!\p{L})BCĐ(?!\p{L})/gu, 'Ban Chỉ đạo'],
  [/(?<!\p{L})TW(?!\p{L})/gu, 'Trung ương'],
  // OCR drops the space in `CÁN SỰ`.
  [/(?<!\p{L})(cán)\s*(sự)(?!\p{L})/giu, '$1 $2'],
];

/** How a province-level unit names itself: a province has a `tỉnh` and a `Tỉnh ủy`, a city a `thành phố` and a `Thành ủy`. */
interface Unit {
  /** `tỉnh` / `thành phố` */
  level: string;
  /** `Tỉnh ủy` / `Thành ủy` */
  committee: string;
  /** `Đắk Nông`, `Hồ Chí Minh` (empty when the province is unknown). */
  name: string;
}

export function unitOf(province: ProvinceInfo | null): Unit {
  if (province?.kind === 'city') {
    return { level: 'thành phố', committee: 'Thành ủy', name: province.name.replace(/^Thành phố\s+/u, '') };
  }
  return { level: 'tỉnh', committee: 'Tỉnh ủy', name: province?.name ?? '' };
}

interface LocalRule {
  /** Folded name without the province, city words read as province words (`thanh uy` → `tinh uy`). */
  pattern: RegExp;
  name: (unit: Unit) => string;
  system: System;
  /** Name of the body this one is an organ of, in the same province. */
  parent?: (unit: Unit) => string;
}

const committee = (u: Unit) => `${u.committee} ${u.name}`;
const people = (u: Unit) => `Ủy ban nhân dân ${u.level} ${u.name}`;

/** Provincial bodies by their folded name with the province name taken off. */
const LOCAL_RULES: readonly LocalRule[] = [
  { pattern: /^uy ban nhan dan tinh$/, name: people, system: System.STATE },
  { pattern: /^tinh uy$/, name: committee, system: System.PARTY },
  { pattern: /^ban thuong vu tinh$|^ban thuong vu tinh uy$/, name: (u) => `Ban Thường vụ ${u.committee} ${u.name}`, system: System.PARTY, parent: committee },
  { pattern: /^thuong truc tinh uy$/, name: (u) => `Thường trực ${u.committee} ${u.name}`, system: System.PARTY, parent: committee },
  { pattern: /^ban can su dang uy ban nhan dan tinh$/, name: (u) => `Ban cán sự đảng Ủy ban nhân dân ${u.level} ${u.name}`, system: System.PARTY, parent: committee },
  { pattern: /^hoi dong nhan dan tinh$/, name: (u) => `Hội đồng nhân dân ${u.level} ${u.name}`, system: System.STATE },
  { pattern: /^van phong tinh uy$/, name: (u) => `Văn phòng ${u.committee} ${u.name}`, system: System.PARTY, parent: committee },
  { pattern: /^ban tuyen giao tinh uy$/, name: (u) => `Ban Tuyên giáo ${u.committee} ${u.name}`, system: System.PARTY, parent: committee },
  { pattern: /^ban dan van tinh uy$/, name: (u) => `Ban Dân vận ${u.committee} ${u.name}`, system: System.PARTY, parent: committee },
  { pattern: /^ban to chuc tinh uy$/, name: (u) => `Ban Tổ chức ${u.committee} ${u.name}`, system: System.PARTY, parent: committee },
  { pattern: /^uy ban kiem tra tinh uy$/, name: (u) => `Ủy ban Kiểm tra ${u.committee} ${u.name}`, system: System.PARTY, parent: committee },
  { pattern: /^van phong uy ban nhan dan tinh$/, name: (u) => `Văn phòng Ủy ban nhân dân ${u.level} ${u.name}`, system: System.STATE, parent: people },
  { pattern: /^cong an tinh$/, name: (u) => `Công an ${u.level} ${u.name}`, system: System.STATE, parent: people },
];

/** Provincial departments: `Sở Y tế`, `SỞ GIÁO DỤC VÀ ĐÀO TẠO` → `Sở Giáo dục và Đào tạo tỉnh …`. */
const DEPARTMENT = /^(sở)\s+(.+?)(?:\s+tỉnh)?$/iu;

/** Field names are capitalised on their first word and after `và` / a comma (`Lao động, Thương binh và Xã hội`). */
function fieldCase(text: string): string {
  const lower = text === text.toUpperCase() ? text.toLowerCase() : text;
  return lower
    .split(' ')
    .map((word, i, words) => (i === 0 || words[i - 1] === 'và' || words[i - 1]!.endsWith(',') ? word.charAt(0).toUpperCase() + word.slice(1) : word))
    .join(' ');
}

export interface ResolvedBody {
  name: string;
  scope: string;
  system: System | null;
  provinceName: string | null;
  parent: ResolvedBody | null;
}

/** `SỞ Y TẾ QUẢNG NINH` → `SỞ Y TẾ`: the province name at the end, with its `tỉnh` if any. */
function stripProvinceName(text: string, province: ProvinceInfo): string {
  const words = text.split(/\s+/);
  for (let cut = 1; cut < words.length; cut++) {
    const tail = words.slice(cut).join(' ');
    if (province.keys.includes(matchKey(tail))) {
      return words.slice(0, cut).join(' ').replace(/\s+tỉnh$/iu, '');
    }
  }
  return text;
}

export function expandAbbreviations(text: string): string {
  let out = text;
  for (const [pattern, replacement] of ABBREVIATIONS) out = out.replace(pattern, replacement);
  return out.replace(/\s+/g, ' ').trim();
}

/** A place name follows these words (`HUYỆN ỦY LỤC NGẠN`, `UBND HUYỆN LỤC NGẠN`) to the end of a body's name. */
const PLACE_AFTER = /(?<!\p{L})((?:huyện|quận|thị|thành|tỉnh|đảng) ủy|tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường)((?: \p{L}[\p{L}'’-]*)+)$/u;

/**
 * Upper-case names (header lines) in sentence case; words with digits
 * (`COVID-19`) keep their case; the place name ending the body's name is a
 * proper name (`Huyện ủy Lục Ngạn`).
 */
function sentenceCase(text: string): string {
  if (text !== text.toUpperCase()) return text;
  const lower = text
    .split(' ')
    .map((word) => (/\d/.test(word) ? word : word.toLowerCase()))
    .join(' ');
  const named = lower.replace(PLACE_AFTER, (_all, level: string, place: string) =>
    `${level}${place.replace(/ (\p{L})/gu, (_m, first: string) => ` ${first.toUpperCase()}`)}`,
  );
  return named.charAt(0).toUpperCase() + named.slice(1);
}

/** `Thủ tướng Chính phủ Phạm Minh Chính`: a central body followed by the name of its holder. */
const HOLDER_NAME = /^(?:\s+\p{Lu}[\p{Ll}'’]*){2,5}$/u;

function centralBodyWithHolder(name: string): ReturnType<typeof centralBodyByName> {
  const words = name.split(/\s+/);
  for (let cut = words.length - 2; cut >= 1; cut--) {
    const head = words.slice(0, cut).join(' ');
    const rest = ' ' + words.slice(cut).join(' ');
    const body = centralBodyByName(head);
    if (body && HOLDER_NAME.test(rest)) return body;
  }
  return null;
}

function centralBody(name: string): ResolvedBody | null {
  const body = centralBodyByName(name) ?? centralBodyWithHolder(name);
  if (!body) return null;
  const parent = body.parent ? centralBody(body.parent) : null;
  return { name: body.name, scope: NATIONAL_SCOPE, system: body.system, provinceName: null, parent };
}

/**
 * Canonical body for a name as written in a document of `province`: central
 * bodies are national; `UBND tỉnh` in a Đắk Nông letter is `Ủy ban nhân dân
 * tỉnh Đắk Nông`; organs (`Thường trực Tỉnh ủy`) get their parent body.
 */
export function resolveBody(written: string, province: ProvinceInfo | null): ResolvedBody {
  // Why a memo: recipient lists repeat the same names in every document of a province, and resolving
  // one runs a few dozen patterns. A copy goes out so that no caller can change what is remembered.
  let byName = RESOLVED.get(province);
  if (byName === undefined) {
    byName = new Map();
    RESOLVED.set(province, byName);
  }
  let body = byName.get(written);
  if (body === undefined) {
    body = resolveBodyUncached(written, province);
    if (++resolvedCount > MAX_RESOLVED) {
      RESOLVED.clear();
      resolvedCount = 0;
    } else byName.set(written, body);
  }
  return copyBody(body);
}

const RESOLVED = new Map<ProvinceInfo | null, Map<string, ResolvedBody>>();
const MAX_RESOLVED = 20_000;
let resolvedCount = 0;

function copyBody(body: ResolvedBody): ResolvedBody {
  return { ...body, parent: body.parent ? copyBody(body.parent) : null };
}

function resolveBodyUncached(written: string, province: ProvinceInfo | null): ResolvedBody {
  const expanded = expandAbbreviations(written.replace(/\([^)]*\)/g, ' ')).replace(/[;,.:]+$/u, '').trim();
  const central = centralBody(expanded);
  if (central) return central;
  const named = provinceNamedIn(expanded);
  const effective = named ?? province;
  let key = matchKey(expanded).replace(/[^a-z0-9]+/g, ' ').trim();
  if (named) {
    // Shortest spelling first: `thanh pho ho chi minh` ends with `ho chi minh`, whose `thanh pho` is the level word.
    const needles = named.keys.map((k) => k.replace(/[^a-z0-9]+/g, ' ').trim()).sort((a, b) => a.length - b.length);
    const needle = needles.find((n) => key.endsWith(` ${n}`));
    if (needle) key = key.slice(0, -needle.length - 1).trim();
  }
  if (effective?.kind === 'city') key = key.replace(/\bthanh uy\b/g, 'tinh uy').replace(/\bthanh pho$/, 'tinh');
  const unit = unitOf(effective);
  for (const rule of LOCAL_RULES) {
    if (!rule.pattern.test(key)) continue;
    // Without a province the name stays generic (`Ban Thường vụ Tỉnh ủy`) and the scope unknown.
    const parentName = rule.parent?.(unit).trim();
    return {
      name: rule.name(unit).trim(),
      scope: effective ? slugify(effective.name) : UNKNOWN_SCOPE,
      system: rule.system,
      provinceName: effective?.name ?? null,
      parent: parentName ? resolveBody(parentName, effective) : null,
    };
  }
  const department = DEPARTMENT.exec(named ? stripProvinceName(expanded, named) : expanded);
  if (department && effective) {
    return {
      name: `Sở ${fieldCase(department[2]!)} ${unit.level} ${unit.name}`,
      scope: slugify(effective.name),
      system: System.STATE,
      provinceName: effective.name,
      parent: resolveBody(people(unit), effective),
    };
  }
  let name = sentenceCase(expanded);
  // `X tỉnh` (`X thành phố` in a city) names one body of the province; `cấp tỉnh` (provincial level) names a group of bodies.
  const levelEnd = new RegExp(`(?<!cấp )${unit.level}$`, 'u');
  if (effective && !named && levelEnd.test(name)) name = `${name} ${unit.name}`;
  return {
    name,
    scope: effective ? slugify(effective.name) : UNKNOWN_SCOPE,
    system: null,
    provinceName: effective?.name ?? null,
    parent: null,
  };
}

/** Collects organisation nodes by id; the first resolution of an id wins. */
export class OrganizationRegistry {
  private readonly nodes = new Map<string, OrganizationNode>();

  /**
   * @param unknownScope scope given to bodies of unknown province: per file, so
   *   that the `Ban Thường vụ Tỉnh ủy` of two unplaced letters are not one body.
   */
  constructor(private readonly unknownScope: string = UNKNOWN_SCOPE) {}

  add(body: ResolvedBody): string {
    const id = organizationId(body.scope === UNKNOWN_SCOPE ? this.unknownScope : body.scope, body.name);
    if (!this.nodes.has(id)) {
      const parentId = body.parent ? this.add(body.parent) : null;
      this.nodes.set(id, {
        id,
        name: body.name,
        system: body.system,
        provinceId: body.provinceName ? provinceId(body.provinceName) : null,
        parentId,
      });
    }
    return id;
  }

  get(id: string): OrganizationNode | undefined {
    return this.nodes.get(id);
  }

  all(): OrganizationNode[] {
    return [...this.nodes.values()];
  }
}

/** True when the folded name is a central body (for scoping references by their issuer phrase). */
export function isCentralBodyName(name: string): boolean {
  return centralBodyByName(expandAbbreviations(name)) !== null || CENTRAL_BODIES.some((b) => b.keys.includes(matchKey(name)));
}

/**
 * A body printed under its parent in the header (`TỈNH ỦY X` / `BAN TUYÊN
 * GIÁO`) is the parent's organ: read it with the parent's kind appended when
 * that gives a known body.
 */
export function resolveUnderParent(child: string, parent: string, province: ProvinceInfo | null): ResolvedBody {
  const plain = resolveBody(child, province);
  const parentBody = resolveBody(parent, province);
  if (plain.system !== null) return plain.parent ? plain : { ...plain, parent: parentBody };
  const parentKey = matchKey(parent);
  const suffix = /^(tinh|thanh) uy\b/.test(parentKey) ? 'Tỉnh ủy' : /^(uy ban nhan dan|ubnd)\b/.test(parentKey) ? 'Ủy ban nhân dân tỉnh' : null;
  if (suffix) {
    const qualified = resolveBody(`${child} ${suffix}`, province);
    if (qualified.system !== null) return qualified;
  }
  return { ...plain, parent: parentBody };
}
