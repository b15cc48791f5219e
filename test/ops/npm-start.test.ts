// `npm start` as README gives it: a stop sent to npm reaches the server (trial 44: SIGTERM to npm's
// pid ended npm, and the server went on serving on its port). The start script itself runs, in a
// folder of its own, with a stand-in for the built server that says when it got SIGTERM.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ours = JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as { scripts: { start: string } };

/** Stands in for dist/bot/main.js: prints when it runs and when SIGTERM reaches it. */
const STAND_IN = `
process.on('SIGTERM', () => { console.log('got SIGTERM'); process.exit(0); });
console.log('serving ' + process.pid);
setInterval(() => {}, 1000);
`;

function waitFor(read: () => string, pattern: RegExp, ms: number): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const timer = setInterval(() => {
      const found = pattern.exec(read());
      if (found) {
        clearInterval(timer);
        resolve(found);
      } else if (Date.now() - started > ms) {
        clearInterval(timer);
        reject(new Error(`not seen: ${pattern} in ${JSON.stringify(read())}`));
      }
    }, 50);
  });
}

test('SIGTERM to npm start stops the server it started', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ba-start-'));
  mkdirSync(path.join(dir, 'dist', 'bot'), { recursive: true });
  writeFileSync(path.join(dir, 'dist', 'bot', 'main.js'), STAND_IN);
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'start-check', private: true, scripts: { start: ours.scripts.start } }),
  );
  const npm = spawn('npm', ['start', '--silent', '--ignore-scripts'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  npm.stdout.on('data', (d) => (output += String(d)));
  npm.stderr.on('data', (d) => (output += String(d)));
  const exited = new Promise<void>((resolve) => npm.on('exit', () => resolve()));
  const serving = await waitFor(() => output, /serving (\d+)/, 20_000);
  const pid = Number(serving[1]);
  try {
    npm.kill('SIGTERM');
    await waitFor(() => output, /got SIGTERM/, 10_000);
    await exited;
    // The server's process is gone (signal 0 only asks whether it exists).
    expect(() => process.kill(pid, 0)).toThrow();
  } finally {
    // A server left running must not keep this test's pipes (and jest) open.
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone, as it should be
    }
  }
}, 40_000);
