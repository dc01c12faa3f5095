/**
 * One RFC 4180 record, CRLF-terminated: a field is quoted when it holds a
 * comma, a double quote, CR or LF (or starts/ends with a space, which some
 * readers trim), and quotes inside are doubled. Unpaired surrogates cannot be
 * written as UTF-8 and become U+FFFD here rather than wherever the encoder
 * would put it.
 */
export function csvRecord(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function csvField(value: string): string {
  const text = value.replace(LONE_SURROGATE, '\uFFFD');
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
