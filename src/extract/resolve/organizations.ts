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

interface LocalRule {
  pattern: RegExp;
  name: (province: string) => string;
  system: System;
  /** Name (in the same province) of the body this one is an organ of. */
  parent?: (province: string) => string;
}

const tinhUy = (p: string) => `Tỉnh ủy ${p}`;
const ubnd = (p: string) => `Ủy ban nhân dân tỉnh ${p}`;

/** Provincial bodies by their folded name with the province name taken off. */
const LOCAL_RULES: readonly LocalRule[] = [
  { pattern: /^uy ban nhan dan tinh$/, name: ubnd, system: System.STATE },
  { pattern: /^uy ban nhan dan thanh pho$/, name: (p) => `Ủy ban nhân dân thành phố ${p}`, system: System.STATE },
  { pattern: /^tinh uy$/, name: tinhUy, system: System.PARTY },
  { pattern: /^thanh uy$/, name: (p) => `Thành ủy ${p}`, system: System.PARTY },
  { pattern: /^ban thuong vu tinh$|^ban thuong vu tinh uy$/, name: (p) => `Ban Thường vụ Tỉnh ủy ${p}`, system: System.PARTY, parent: tinhUy },
  { pattern: /^thuong truc tinh uy$/, name: (p) => `Thường trực Tỉnh ủy ${p}`, system: System.PARTY, parent: tinhUy },
  { pattern: /^ban can su dang uy ban nhan dan tinh$/, name: (p) => `Ban cán sự đảng Ủy ban nhân dân tỉnh ${p}`, system: System.PARTY, parent: tinhUy },
  { pattern: /^hoi dong nhan dan tinh$/, name: (p) => `Hội đồng nhân dân tỉnh ${p}`, system: System.STATE },
  { pattern: /^van phong tinh uy$/, name: (p) => `Văn phòng Tỉnh ủy ${p}`, system: System.PARTY, parent: tinhUy },
  { pattern: /^ban tuyen giao tinh uy$/, name: (p) => `Ban Tuyên giáo Tỉnh ủy ${p}`, system: System.PARTY, parent: tinhUy },
  { pattern: /^ban dan van tinh uy$/, name: (p) => `Ban Dân vận Tỉnh ủy ${p}`, system: System.PARTY, parent: tinhUy },
  { pattern: /^van phong uy ban nhan dan tinh$/, name: (p) => `Văn phòng Ủy ban nhân dân tỉnh ${p}`, system: System.STATE, parent: ubnd },
  { pattern: /^cong an tinh$/, name: (p) => `Công an tỉnh ${p}`, system: System.STATE, parent: ubnd },
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

function sentenceCase(text: string): string {
  if (text !== text.toUpperCase()) return text;
  const lower = text.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
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
  const expanded = expandAbbreviations(written.replace(/\([^)]*\)/g, ' ')).replace(/[;,.:]+$/u, '').trim();
  const central = centralBody(expanded);
  if (central) return central;
  const named = provinceNamedIn(expanded);
  const effective = named ?? province;
  let key = matchKey(expanded).replace(/[^a-z0-9]+/g, ' ').trim();
  if (named) {
    for (const k of named.keys) {
      const needle = k.replace(/[^a-z0-9]+/g, ' ').trim();
      if (key.endsWith(` ${needle}`)) key = key.slice(0, -needle.length - 1).trim();
    }
  }
  for (const rule of LOCAL_RULES) {
    if (!rule.pattern.test(key)) continue;
    // Without a province the name stays generic (`Ban Thường vụ Tỉnh ủy`) and the scope unknown.
    const provinceName = effective?.name ?? '';
    const parentName = rule.parent?.(provinceName).trim();
    return {
      name: rule.name(provinceName).trim(),
      scope: effective ? slugify(effective.name) : UNKNOWN_SCOPE,
      system: rule.system,
      provinceName: effective?.name ?? null,
      parent: parentName ? resolveBody(parentName, effective) : null,
    };
  }
  const department = DEPARTMENT.exec(named ? stripProvinceName(expanded, named) : expanded);
  if (department && effective) {
    return {
      name: `Sở ${fieldCase(department[2]!)} tỉnh ${effective.name}`,
      scope: slugify(effective.name),
      system: System.STATE,
      provinceName: effective.name,
      parent: resolveBody('Ủy ban nhân dân tỉnh', effective),
    };
  }
  let name = sentenceCase(expanded);
  // `X tỉnh` names one body of the province; `cấp tỉnh` (provincial level) names a group of bodies.
  if (effective && !named && /\btỉnh$/u.test(name) && !/\bcấp tỉnh$/u.test(name)) name = `${name} ${effective.name}`;
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

  add(body: ResolvedBody): string {
    const id = organizationId(body.scope, body.name);
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
