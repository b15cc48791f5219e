import { spawn } from 'node:child_process';
import path from 'node:path';
import { tempDataDir } from '../helpers/harness';

test('npm run chat lets a newcomer talk to the assistant in the terminal', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bot/chat.ts'], {
    cwd: path.resolve(__dirname, '../..'),
    // An address where nothing listens, so the chat starts its own assistant.
    env: { ...process.env, ASSISTANT_URL: 'http://127.0.0.1:9', DATA_DIR: tempDataDir(), DOTENV_CONFIG_PATH: '/nonexistent' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += String(d)));
  child.stderr.on('data', (d) => (output += String(d)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  await waitFor(() => output.includes('Sie:'));
  child.stdin.write('xqzvbr plimm\n');
  await waitFor(() => output.split('Assistent:').length > 2);
  child.stdin.end('exit\n');
  expect(await exited).toBe(0);
  expect(output).toContain('automatisches Programm');
  expect(output).toContain('[Datenschutz]');
  expect(output).toMatch(/keine gesicherte Auskunft|Meinten Sie|Mitarbeiter/);
});

async function waitFor(condition: () => boolean, timeoutMs = 20_000) {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}
