/**
 * Verification codes of recognitions: short, deterministic codes derived from the decision data,
 * printed with a QR code on certificates and posters. A code resolves to an anchor of one of at most
 * 1,024 pages keyed by its first two characters (`/xac-minh/<bucket>/#<code>`), so the number of
 * verification pages stays fixed whatever the number of recognitions. Pure.
 */
import { createHash } from 'node:crypto';

/** Crockford base32 without I, L, O, U (nothing to confuse when read aloud or typed), lower case for URLs. */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
export const CODE_LENGTH = 8;

export interface DecisionKey {
  level: string;
  decisionNumber: string;
  decisionDate: string;
}

/** Base32 of the first bits of a SHA-256 digest. */
function base32(bytes: Uint8Array, length: number): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
    if (out.length >= length) break;
  }
  return out;
}

/**
 * The code of one recognition: initiative id + level + decision number + decision date, NFC, hashed.
 * The same decision data always gives the same code; editing any of them gives another code.
 */
export function verificationCode(initiativeId: string, r: DecisionKey): string {
  const key = [initiativeId, r.level, r.decisionNumber.trim(), r.decisionDate].join('|').normalize('NFC');
  return base32(createHash('sha256').update(key, 'utf8').digest(), CODE_LENGTH);
}

/** Characters of a code that name its page: 32 × 32 = 1,024 pages at most. */
export const BUCKET_LENGTH = 2;

/** The page a code lives on: its first two characters. */
export function codeBucket(code: string): string {
  return code.slice(0, BUCKET_LENGTH);
}

/** Every possible bucket, in alphabet order (`00` … `zz`). */
export function allBuckets(): string[] {
  return [...ALPHABET].flatMap((a) => [...ALPHABET].map((b) => a + b));
}

/**
 * The page of an embeddable card: 2 base32 characters of a hash of the card's fragment id, so cards spread
 * evenly over at most 1,024 small pages (about 50 cards each at 50,000 records).
 */
export function embedBucket(anchor: string): string {
  return base32(createHash('sha256').update(anchor, 'utf8').digest(), BUCKET_LENGTH);
}

/** `abcd2345` → `ABCD-2345`, as printed for people to read. */
export function formatCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`.toUpperCase();
}

/** What a person typed (`ABCD 2345`, `abcd-2345`, with O for 0…) → the canonical code, or null. */
export function normaliseCode(input: string): string | null {
  const cleaned = input
    .toLowerCase()
    .replace(/[\s-]/g, '')
    .replace(/o/g, '0')
    .replace(/[il]/g, '1');
  return cleaned.length === CODE_LENGTH && [...cleaned].every((c) => ALPHABET.includes(c)) ? cleaned : null;
}

/** Fails loudly if two recognitions get one code (with 40 bits, unlikely below millions of records). */
export function assertUniqueCodes(codes: readonly { code: string; label: string }[]): void {
  const seen = new Map<string, string>();
  for (const { code, label } of codes) {
    const other = seen.get(code);
    if (other !== undefined && other !== label) throw new Error(`Verification code ${code} collides: ${other} / ${label}`);
    seen.set(code, label);
  }
}
