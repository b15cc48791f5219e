// The browser libraries the assistant serves itself (no CDN, no third-party request from the
// citizen's browser). They are build-time dependencies: `npm run build` copies these files (and
// their licences) into dist/vendor, so a production install (`npm prune --omit=dev`) carries no
// Web Chat sources, React or speech SDK. Running from sources (tsx, jest), they come from
// node_modules.
import path from 'node:path';
import { projectRoot } from '../knowledge/paths';

export const VENDOR_FILES = {
  // Web Chat's prebuilt UMD bundle (window.WebChat). It uses window.React and window.ReactDOM when
  // present, which lets chat.js write Web Chat middleware (who is speaking, German times).
  'webchat.js': { module: 'botframework-webchat', file: 'dist/webchat.js' },
  'react.js': { module: 'react', file: 'umd/react.production.min.js' },
  'react-dom.js': { module: 'react-dom', file: 'umd/react-dom.production.min.js' },
  // Chart.js for the report in the staff console.
  'chart.js': { module: 'chart.js', file: 'dist/chart.umd.min.js' },
} as const;

export type VendorFile = keyof typeof VENDOR_FILES;

export const VENDOR_DIR = path.join(projectRoot(), 'dist', 'vendor');

/** Compiled code (dist/) serves the copies made by the build; sources serve node_modules. */
const fromBuild = __filename.endsWith('.js');

export function vendorPath(name: VendorFile): string {
  const { module, file } = VENDOR_FILES[name];
  return fromBuild ? path.join(VENDOR_DIR, name) : path.join(projectRoot(), 'node_modules', module, file);
}
