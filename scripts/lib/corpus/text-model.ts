import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Prng } from './prng';

/**
 * Body prose drawn from a word-bigram model of the seed letters, so that
 * generated paragraphs carry the genre's stock phrases (and their cost for
 * shingling and search) without two unrelated documents sharing a sentence:
 * at each step the chain follows the seeds only 70% of the time.
 *
 * Tokens that could plant relations nobody recorded are left out: anything
 * with a digit (codes, dates), header words in capitals, and `Điện`
 * (an unnumbered telegram reference needs no digit).
 */
/** How often the chain follows the seeds rather than jumping to a random word: stock phrases recur, whole sentences do not. */
const FOLLOW_SEEDS = 0.7;

export class TextModel {
  private readonly next = new Map<string, string[]>();
  private readonly words: string[];

  constructor(seedTexts: readonly string[]) {
    const vocabulary = new Set<string>();
    for (const text of seedTexts) {
      const tokens = text
        .normalize('NFC')
        .replace(/[*#~^{}\\_“”"()]/g, ' ')
        .split(/\s+/)
        .filter(usable);
      for (let i = 0; i < tokens.length; i++) {
        const word = tokens[i]!.replace(/[.;:!?]+$/, '');
        if (word === '') continue;
        vocabulary.add(word);
        const following = tokens[i + 1]?.replace(/[.;:!?]+$/, '');
        if (following) {
          const list = this.next.get(word) ?? [];
          list.push(following);
          this.next.set(word, list);
        }
      }
    }
    this.words = [...vocabulary].sort();
    if (this.words.length < 200) throw new RangeError(`text model: only ${this.words.length} usable words in the seeds`);
  }

  /** One sentence of `length` words, capitalised, ending with a full stop. */
  sentence(rand: Prng, length: number): string {
    let word = rand.pick(this.words);
    const out = [word];
    for (let i = 1; i < length; i++) {
      const options = this.next.get(word);
      word = options && rand.chance(FOLLOW_SEEDS) ? rand.pick(options) : rand.pick(this.words);
      out.push(word);
    }
    const text = out.join(' ').replace(/[,;]+$/, '');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  }

  /** A paragraph of about `words` words in sentences of 12 to 30. */
  paragraph(rand: Prng, words: number): string {
    const sentences: string[] = [];
    let left = words;
    while (left > 0) {
      const n = Math.min(left, rand.int(12, 30));
      sentences.push(this.sentence(rand, Math.max(n, 6)));
      left -= n;
    }
    return sentences.join(' ');
  }
}

function usable(token: string): boolean {
  if (token === '' || /[0-9/:@]/.test(token)) return false;
  if (token === 'Điện' || token === '-' || token === '–') return false;
  const letters = token.replace(/[^\p{L}]/gu, '');
  if (letters === '') return false;
  // Capitalised words are names (places, people, bodies) that would point province inference
  // at the seeds' provinces, or header words; sentence starts are capitalised when generated.
  if (letters.charAt(0) !== letters.charAt(0).toLowerCase()) return false;
  return true;
}

/** The repository's seed letters, read once (from the repository root found upwards from `start`). */
export function loadSeedTexts(start: string = __dirname): string[] {
  const dir = join(findRepositoryRoot(start) ?? findRepositoryRoot(process.cwd()) ?? '.', 'seeds');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(dir, name), 'utf8'));
}

export function findRepositoryRoot(start: string): string | null {
  let dir = start;
  for (;;) {
    try {
      readFileSync(join(dir, 'package.json'));
      readdirSync(join(dir, 'seeds'));
      return dir;
    } catch {
      const parent = join(dir, '..');
      if (parent === dir) return null;
      dir = parent;
    }
  }
}
