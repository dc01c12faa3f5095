/**
 * Text as XML 1.0 character data or attribute value. XML 1.0 cannot carry
 * most C0 controls, U+FFFE/U+FFFF or unpaired surrogates at all (not even as
 * character references), so those become U+FFFD; everything else is kept,
 * with the five markup characters escaped and tab/CR/LF written as character
 * references so that attribute-value normalisation cannot turn them into
 * spaces and a CR survives the parser's line-end normalisation.
 */
const INVALID_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

export function xmlEscape(text: string): string {
  return text.replace(INVALID_XML_CHAR, '\uFFFD').replace(/[&<>"'\t\n\r]/g, (ch) => ESCAPES[ch] as string);
}
