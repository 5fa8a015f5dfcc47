/**
 * Cost of Open Graph images: draws N cards into a fresh cache, then reads them back from it, and prints
 * wall and CPU time per image. `node scripts/bench-og.ts [N=50]`.
 */
import { mkdtempSync, rmSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ogPng, renderOgPng } from '../src/lib/images/og-image.ts';

const n = Number(process.argv[2] ?? 50);
const card = (i: number) => ({
  kicker: 'Sáng kiến',
  title: `Số hóa sổ điểm và liên lạc điện tử cho cha mẹ học sinh không dùng điện thoại thông minh, bản ${i}`,
  lines: ['Trường Tiểu học Bằng Lăng', 'Cấp thành phố · Năm 2021'],
  siteName: 'Mạng lưới sáng kiến Hà Nội',
  badge: 'Dữ liệu minh họa',
});
const dir = mkdtempSync(join(tmpdir(), 'og-bench-'));
await renderOgPng(card(-1)); // load fonts and warm up
const measure = async (label: string) => {
  const cpu = process.cpuUsage();
  const t = performance.now();
  for (let i = 0; i < n; i++) await ogPng(card(i), dir);
  const used = process.cpuUsage(cpu);
  console.log(`${label}: ${((performance.now() - t) / n).toFixed(2)} ms wall, ${((used.user + used.system) / 1000 / n).toFixed(2)} ms CPU per image`);
};
await measure('drawn');
await measure('cached');
const bytes = readdirSync(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
console.log(`${(bytes / n / 1024).toFixed(0)} KB per image`);
rmSync(dir, { recursive: true, force: true });
