import base from './astro.config.mjs';
import v8 from 'node:v8';
const mb = (n) => `${Math.round(n / 1048576)} MB`;
const log = (label) => { const m = process.memoryUsage(); console.log(`[mem] ${label}: rss ${mb(m.rss)} heapUsed ${mb(m.heapUsed)} heapTotal ${mb(m.heapTotal)} external ${mb(m.external)} arrayBuffers ${mb(m.arrayBuffers)}`); };
let phase = 'config';
let peak = { rss: 0 };
const t0 = Date.now();
setInterval(() => { const m = process.memoryUsage(); if (m.rss > peak.rss) peak = { rss: m.rss, heap: m.heapUsed, ext: m.external, phase, t: (Date.now() - t0) / 1000 }; if (process.env.MEMTRACE) console.log(`[trace] ${((Date.now() - t0) / 1000).toFixed(0)}s ${phase} rss ${mb(m.rss)} heap ${mb(m.heapUsed)}/${mb(m.heapTotal)} ext ${mb(m.external)}`); }, 2000).unref();
const mem = { name: 'mem', hooks: {
  'astro:config:done': () => log('config:done'),
  'astro:build:start': () => { phase = 'build'; log('build:start'); },
  'astro:build:setup': () => log('build:setup'), 'astro:build:ssr': () => { phase = 'pages'; log('build:ssr'); },
  'astro:build:generated': () => { phase = 'after-pages'; log('build:generated'); if (process.env.SNAP) { globalThis.gc?.(); log('after gc'); console.log('[mem] snapshot', v8.writeHeapSnapshot(process.env.SNAP)); } },
  'astro:build:done': () => { phase = 'done-hooks'; log('build:done'); setTimeout(() => console.log('[mem] peak', JSON.stringify({ ...peak, rss: mb(peak.rss), heap: mb(peak.heap), ext: mb(peak.ext) })), 0); },
} };
export default { ...base, integrations: [...base.integrations, mem] };
