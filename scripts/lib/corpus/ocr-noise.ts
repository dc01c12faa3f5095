import type { Prng } from './prng';

/**
 * The damage seen in the OCR'd seeds, as small text → text steps: letters
 * losing their diacritics (`phuong châm`), emphasis marks around a phrase,
 * a paragraph broken by a page turn, page numbers between paragraphs.
 */

export function dropDiacritics(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
}

/** Each word loses its diacritics with probability `rate` (đ stays: OCR keeps the stroke more often than the tone). */
export function dropSomeDiacritics(text: string, rand: Prng, rate: number): string {
  return text
    .split(' ')
    .map((w) => (rand.chance(rate) ? dropDiacritics(w) : w))
    .join(' ');
}

/** Wraps a few words in `*…*` or `**…**`, as the OCR's markdown does. */
export function emphasiseSomePhrase(text: string, rand: Prng): string {
  const words = text.split(' ');
  if (words.length < 8) return text;
  const start = rand.int(1, words.length - 5);
  const end = start + rand.int(1, 3);
  const mark = rand.chance(0.5) ? '*' : '**';
  words[start] = `${mark}${words[start]}`;
  words[end] = `${words[end]}${mark}`;
  return words.join(' ');
}

/** Breaks a paragraph mid-sentence with a blank line, as a page turn does (`chủ\n\nđộng`). */
export function splitAtPageTurn(text: string, rand: Prng): string {
  const words = text.split(' ');
  if (words.length < 12) return text;
  const at = rand.int(Math.floor(words.length / 2), words.length - 3);
  return `${words.slice(0, at).join(' ')}\n\n${words.slice(at).join(' ')}`;
}

/** Light damage for body prose (original or copied). */
export function damageParagraph(text: string, rand: Prng): string {
  let out = dropSomeDiacritics(text, rand, 0.015);
  if (rand.chance(0.1)) out = emphasiseSomePhrase(out, rand);
  if (rand.chance(0.08)) out = splitAtPageTurn(out, rand);
  return out;
}

/** The ways the seeds print a document number: plain, bold, struck through, with a footnote mark. */
export function decorateNumber(n: number, rand: Prng): string {
  const r = rand.next();
  if (r < 0.6) return String(n);
  if (r < 0.75) return `**${n}**`;
  if (r < 0.9) return `~~${n}~~ `;
  return `${n}^{*} `;
}
