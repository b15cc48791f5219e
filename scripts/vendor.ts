// Part of `npm run build`: copies the browser libraries the assistant serves (bot/vendor.ts) with
// their licences and versions into dist/vendor, so that production needs no dev dependencies.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../knowledge/paths';
import { VENDOR_DIR, VENDOR_FILES } from '../bot/vendor';

const modules = path.join(projectRoot(), 'node_modules');
mkdirSync(VENDOR_DIR, { recursive: true });
const notices: string[] = [];
for (const [name, { module, file }] of Object.entries(VENDOR_FILES)) {
  copyFileSync(path.join(modules, module, file), path.join(VENDOR_DIR, name));
  const manifest = JSON.parse(readFileSync(path.join(modules, module, 'package.json'), 'utf8')) as { version: string; license?: string };
  const licence = ['LICENSE', 'LICENSE.md', 'LICENSE.txt'].map((f) => path.join(modules, module, f)).find((f) => existsSync(f));
  notices.push(
    `${module} ${manifest.version} (${manifest.license ?? 'see package'}) → ${name}\n\n${licence ? readFileSync(licence, 'utf8') : ''}`,
  );
}
writeFileSync(path.join(VENDOR_DIR, 'LICENSES.txt'), notices.join('\n\n----------------------------------------\n\n'));
console.log(`dist/vendor: ${Object.keys(VENDOR_FILES).join(', ')}`);
