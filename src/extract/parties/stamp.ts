/**
 * The digital-signature stamp: `Người ký: Tỉnh ủy Đắk Nông Email: … Cơ quan:
 * Tỉnh ủy Đắk Nông Thời gian ký: 24.07.2021 10:45:30 +07:00`, wrapped anywhere.
 */
export interface StampRead {
  signer: string | null;
  body: string | null;
  /** ISO 8601 with offset. */
  signedAt: string | null;
}

const FIELD_END = '(?=\\s*(?:Email|Cơ quan|Thời gian ký|Người ký)\\s*:|$)';
const SIGNER = new RegExp(`Người ký\\s*:\\s*(.*?)${FIELD_END}`, 'su');
const BODY = new RegExp(`Cơ quan\\s*:\\s*(.*?)${FIELD_END}`, 'su');
const TIME = /Thời gian ký\s*:\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([+-])(\d{2}):?(\d{2}))?/u;

export function readStamp(text: string): StampRead {
  const flat = text.replace(/\s+/g, ' ').trim();
  const signer = SIGNER.exec(flat)?.[1]?.trim() || null;
  const body = BODY.exec(flat)?.[1]?.trim() || null;
  const t = TIME.exec(flat);
  let signedAt: string | null = null;
  if (t) {
    const pad = (value: string | undefined) => (value ?? '00').padStart(2, '0');
    const zone = t[7] ? `${t[7]}${t[8]}:${t[9]}` : ''; // no zone printed: leave it out rather than guess
    signedAt = `${t[3]}-${pad(t[2])}-${pad(t[1])}T${pad(t[4])}:${pad(t[5])}:${pad(t[6])}${zone}`;
  }
  return { signer, body, signedAt };
}
