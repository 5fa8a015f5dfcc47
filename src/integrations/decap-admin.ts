/**
 * The web editor at /admin/: Decap CMS served from the npm package `decap-cms-app` (no CDN),
 * with its configuration generated from the Zod schemas (src/lib/editor/decap.ts). Written into the
 * build output at `astro:build:done` (never into public/), and served by the dev server for
 * `npm run dev` + `npx decap-server` (local backend).
 *
 * decap-cms-app's browser bundle expects `window.React` and `window.ReactDOM`; React 19 ships no
 * browser build, so `react.js` wraps the packages' own production CommonJS files.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { stringify } from 'yaml';
import { contentDir, EDITOR_BRANCH, EDITOR_REPO, SITE_URL } from '../lib/config.ts';
import { decapConfig } from '../lib/editor/decap.ts';
import { loadTaxonomy } from '../lib/content/taxonomy.ts';
import { vi } from '../i18n/vi.ts';

const require = createRequire(import.meta.url);

/** Every file of /admin/, by name. */
export function adminFiles(root: string = process.cwd()): Map<string, string | Buffer> {
  const files = new Map<string, string | Buffer>();
  const dist = dirname(require.resolve('decap-cms-app/dist/decap-cms-app.js'));
  for (const name of readdirSync(dist)) {
    if (/\.(js|wasm)$/.test(name)) files.set(name, readFileSync(join(dist, name)));
  }
  const cjs = (pkg: string) => readFileSync(join(dirname(require.resolve(`${pkg}/package.json`)), 'cjs', `${pkg}.production.js`), 'utf8');
  files.set(
    'react.js',
    `/* React and ReactDOM (production builds from node_modules) as the globals decap-cms-app expects. */
(function () {
  var defs = {}, cache = {};
  function req(name) {
    if (cache[name]) return cache[name].exports;
    var module = (cache[name] = { exports: {} });
    defs[name](module, module.exports, req);
    return module.exports;
  }
  defs.react = function (module, exports, require) {
${cjs('react')}
  };
  defs['react-dom'] = function (module, exports, require) {
${cjs('react-dom')}
  };
  window.React = req('react');
  window.ReactDOM = req('react-dom');
})();
`,
  );
  files.set('init.js', `(window.DecapCmsApp.default || window.DecapCmsApp).init();\n`);
  const dir = contentDir();
  const taxonomy = loadTaxonomy(dir);
  const config = decapConfig({ fields: taxonomy.fieldVocabulary, areas: taxonomy.areaVocabulary, contentDir: dir, root, repo: EDITOR_REPO, branch: EDITOR_BRANCH, siteUrl: SITE_URL });
  files.set('config.yml', `# Generated from the Zod schemas by src/lib/editor/decap.ts at build time. Do not edit.\n${stringify(config, { lineWidth: 0 })}`);
  files.set(
    'index.html',
    `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${vi.cms.title}</title>
<link href="/admin/config.yml" type="text/yaml" rel="cms-config-url">
</head>
<body>
<noscript><p>${vi.cms.noscript}</p></noscript>
<script src="/admin/react.js"></script>
<script src="/admin/decap-cms-app.js"></script>
<script src="/admin/init.js"></script>
</body>
</html>
`,
  );
  return files;
}

const TYPES: Record<string, string> = { html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8', yml: 'text/yaml; charset=utf-8', wasm: 'application/wasm' };

export function decapAdmin(): AstroIntegration {
  return {
    name: 'mlsk:decap-admin',
    hooks: {
      'astro:server:setup': ({ server }) => {
        let files: Map<string, string | Buffer> | undefined;
        server.middlewares.use((req, res, next) => {
          const match = /^\/admin\/([^?#]*)/.exec(req.url ?? '');
          if (!match) return next();
          const name = match[1] || 'index.html';
          files ??= adminFiles();
          const body = files.get(name);
          if (body === undefined) return next();
          res.setHeader('Content-Type', TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream');
          res.end(body);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = join(fileURLToPath(dir), 'admin');
        if (!existsSync(out)) mkdirSync(out, { recursive: true });
        const files = adminFiles();
        for (const [name, body] of files) writeFileSync(join(out, name), body);
        logger.info(`Trang biên tập /admin/: ${files.size} tệp (Decap CMS từ node_modules, cấu hình sinh từ schema).`);
      },
    },
  };
}
