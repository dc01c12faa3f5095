/// <reference lib="dom" />

type Child = Node | string | null | undefined | false;

/**
 * Builds an element from a tag, attributes and children. Text always goes
 * in as text nodes (never as HTML), so document text from the corpus cannot
 * inject markup.
 */
export function h(tag: string, attributes: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) el.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return el;
}

export function documentHref(id: string): string {
  return `#/doc/${encodeURIComponent(id)}`;
}

export function instrumentHref(id: string): string {
  return `#/instrument/${encodeURIComponent(id)}`;
}

/** How a reader names a document: its code, or type + issuer for unnumbered ones. */
export function documentLabel(d: { code: string | null; type: string; issuer?: { name: string } | null; id: string }): string {
  if (d.code) return d.code;
  return d.issuer ? `${d.type} · ${d.issuer.name}` : d.id;
}
