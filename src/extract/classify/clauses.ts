import { FIRST_NUMBERED_SECTION, SENTENCE_BREAK } from './patterns';

/**
 * Sentence and clause ranges of a body text, for deciding how far a trigger
 * reaches. Offsets are into the given text (end exclusive).
 */
export interface TextRange {
  start: number;
  end: number;
}

/** Sentences of `text`, whitespace-trimmed, in order. */
export function sentenceRanges(text: string): TextRange[] {
  const out: TextRange[] = [];
  let start = 0;
  const push = (s: number, e: number): void => {
    while (s < e && /\s/u.test(text[s])) s += 1;
    while (e > s && /\s/u.test(text[e - 1])) e -= 1;
    if (e > s) out.push({ start: s, end: e });
  };
  const re = new RegExp(SENTENCE_BREAK.source, 'gu');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex += 1;
      continue;
    }
    const punct = /^[.!?…]/u.test(m[0]) ? m[0].replace(/\s+$/u, '').length : 0;
    push(start, m.index + punct);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return out;
}

/** Clauses of one sentence: split after `;` and `:` (the break stays with the clause it ends). */
export function clauseRanges(text: string, sentence: TextRange): TextRange[] {
  const out: TextRange[] = [];
  let start = sentence.start;
  for (let k = sentence.start; k < sentence.end; k++) {
    if (text[k] === ';' || text[k] === ':') {
      out.push({ start, end: k + 1 });
      start = k + 1;
    }
  }
  if (start < sentence.end) out.push({ start, end: sentence.end });
  return out;
}

/**
 * End of the preamble: the text before the first numbered section (`1.`,
 * `I.`, `Điều 1`), where a document says why it is issued. The whole text
 * when it has no numbered section.
 */
export function preambleEnd(text: string): number {
  const m = FIRST_NUMBERED_SECTION.exec(text);
  return m ? m.index : text.length;
}
