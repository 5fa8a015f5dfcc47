/**
 * Personal data must never reach content or output (authors' phone numbers, ID numbers,
 * home addresses, birth dates). These detectors back the validator and the export scan.
 */

/** Vietnamese mobile/landline numbers: 0xxxxxxxxx or +84xxxxxxxxx, spaces/dots/dashes allowed. */
const PHONE = /(?<![\d/])(?:\+84|0084|0)(?:[\s.-]?\d){8,10}(?![\d/])/;
/** Old 9-digit identity card (CMND) or 12-digit citizen ID (CCCD), as one run of digits. */
const ID_NUMBER = /(?<![\d/.,-])(?:\d{9}|\d{12})(?![\d/.,-])/;

export type PersonalDataKind = 'phone' | 'id-number';

/** What kind of personal data `text` seems to contain, or `null`. */
export function findPersonalData(text: string): PersonalDataKind | null {
  if (ID_NUMBER.test(text)) return 'id-number';
  if (PHONE.test(text)) return 'phone';
  return null;
}

/** Frontmatter keys that would carry personal data; never allowed anywhere. */
export const FORBIDDEN_PERSONAL_KEYS: ReadonlySet<string> = new Set([
  'phone', 'tel', 'telephone', 'mobile', 'dienThoai', 'soDienThoai', 'sdt',
  'idNumber', 'cccd', 'cmnd', 'nationalId', 'soCccd',
  'address', 'homeAddress', 'diaChi', 'diaChiNha',
  'birthDate', 'dateOfBirth', 'dob', 'ngaySinh', 'namSinh', 'birthYear',
]);

/** Vietnamese explanation of a personal-data finding, with the fix. */
export function personalDataMessage(kind: PersonalDataKind): string {
  return kind === 'phone'
    ? 'Có vẻ chứa số điện thoại cá nhân. Sửa: xóa số điện thoại; trang công khai không đăng thông tin cá nhân của tác giả.'
    : 'Có vẻ chứa số CMND/CCCD (9 hoặc 12 chữ số). Sửa: xóa số giấy tờ tùy thân; không bao giờ đăng lên trang.';
}
