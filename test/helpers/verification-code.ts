/**
 * An independent oracle for verification codes, written from the specification in `src/lib/sharing/verification.ts`
 * (not from its code): the SHA-256 digest of `id|level|decision number|decision date` (NFC, the number trimmed),
 * its first 40 bits read as one number and written as 8 digits of Crockford base32 without I, L, O, U, in lower
 * case. Tests use it to find where the site must have put a recognition, so they never ask the code under test.
 */
import { createHash } from 'node:crypto';

const CROCKFORD = '0123456789abcdefghjkmnpqrstvwxyz';

export function expectedCode(id: string, level: string, decisionNumber: string, decisionDate: string): string {
  const digest = createHash('sha256').update(`${id}|${level}|${decisionNumber.trim()}|${decisionDate}`.normalize('NFC'), 'utf8').digest();
  let bits = BigInt(`0x${digest.subarray(0, 5).toString('hex')}`);
  let code = '';
  for (let i = 0; i < 8; i++) {
    code = CROCKFORD[Number(bits & 31n)] + code;
    bits >>= 5n;
  }
  return code;
}

/** The page of a code: its first two characters (`/xac-minh/<bucket>/#<code>`). */
export function expectedVerificationPath(code: string): string {
  return `/xac-minh/${code.slice(0, 2)}/#${code}`;
}
