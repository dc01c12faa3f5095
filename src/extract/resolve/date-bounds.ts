import type { DateBounds } from '../../domain/graph';
import { matchKey } from '../../shared/fold';
import { EVENTS } from './gazetteer-data';

export interface DatedCitation {
  /** `79/NQ-CP`, or `Điện của Thường trực Ban Bí thư` for an unnumbered one. */
  label: string;
  date: string;
}

/** A document preparing an event asks to organise it, prepare it, rehearse it. */
const PREPARES = /(to chuc thanh cong|chuan bi|dien tap|phuc vu)[^.;]{0,80}$/;

/**
 * Bounds of an unknown issue date from content, never a guess of the date:
 * not earlier than the latest document it cites; within the year printed in a
 * date line whose day and month are blank; not later than a dated event it
 * prepares.
 */
export function dateBounds(input: { year: number | null; citations: DatedCitation[]; text: string }): DateBounds | null {
  let earliest: string | null = null;
  let latest: string | null = null;
  const reasons: string[] = [];
  const latestCited = [...input.citations].sort((a, b) => b.date.localeCompare(a.date))[0];
  if (latestCited) {
    earliest = latestCited.date;
    reasons.push(`cites ${latestCited.label} of ${latestCited.date}`);
  }
  if (input.year !== null) {
    const first = `${input.year}-01-01`;
    const last = `${input.year}-12-31`;
    if (earliest === null || earliest < first) earliest = first;
    latest = last;
    reasons.push(`date line gives the year ${input.year}`);
  }
  const folded = matchKey(input.text);
  for (const event of EVENTS) {
    for (const pattern of event.patterns) {
      const at = folded.indexOf(pattern);
      if (at < 0 || !PREPARES.test(folded.slice(Math.max(0, at - 120), at))) continue;
      if (earliest !== null && earliest > event.date) continue;
      if (latest === null || event.date < latest) {
        latest = event.date;
        reasons.push(`prepares ${event.name} of ${event.date}`);
      }
    }
  }
  if (earliest === null && latest === null) return null;
  return { earliest, latest, reason: reasons.join('; ') };
}
