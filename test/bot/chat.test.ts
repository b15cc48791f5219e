import { spawn } from 'node:child_process';
import path from 'node:path';
import { startTestAssistant, tempDataDir } from '../helpers/harness';
import { startAssistantProcess } from '../helpers/process';

// A chat that starts its own assistant loads the language model first; on a busy CI machine that takes a while.
jest.setTimeout(120_000);

/** `npm run chat` as a child process with this environment (no .env, no ASSISTANT_URL or REDIS_URL unless given). */
function chat(env: Record<string, string>) {
  // The embedded store (CI exports REDIS_URL for the Redis suites).
  const { ASSISTANT_URL: _url, REDIS_URL: _redis, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'bot/chat.ts'], {
    cwd: path.resolve(__dirname, '../..'),
    env: { ...inherited, DOTENV_CONFIG_PATH: '/nonexistent', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += String(d)));
  child.stderr.on('data', (d) => (output += String(d)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, exited, output: () => output };
}

test('npm run chat lets a newcomer talk to the assistant in the terminal', async () => {
  // An address where nothing listens and a fresh data folder: the chat starts its own assistant.
  const { child, exited, output } = chat({ ASSISTANT_URL: 'http://127.0.0.1:9', DATA_DIR: tempDataDir() });
  await waitFor(() => output().includes('Sie:'));
  child.stdin.write('xqzvbr plimm\n');
  await waitFor(() => output().split('Assistent:').length > 2);
  child.stdin.end('exit\n');
  expect(await exited).toBe(0);
  expect(output()).toMatch(/Kein Assistent lief; einer wurde in diesem Terminal gestartet \(Daten: .*ba-test-/);
  expect(output()).toContain('automatisches Programm');
  expect(output()).toContain('[Datenschutz]');
  expect(output()).toMatch(/keine gesicherte Auskunft|Meinten Sie|Mitarbeiter/);
});

test('npm run chat talks to the running assistant: at PORT, or the one that holds the data folder; never a second one', async () => {
  const running = await startTestAssistant();
  try {
    const port = new URL(running.url).port;
    const atPort = chat({ PORT: port, DATA_DIR: tempDataDir() });
    await waitFor(() => atPort.output().includes('Sie:'));
    atPort.child.stdin.end('exit\n');
    expect(await atPort.exited).toBe(0);
    expect(atPort.output()).toContain(`Verbunden mit dem Assistenten unter http://localhost:${port}.`);

    // Another port configured, but the data folder is the running assistant's: the chat finds it.
    const dataDir = running.services.config.DATA_DIR;
    const byData = chat({ ASSISTANT_URL: 'http://127.0.0.1:9', DATA_DIR: dataDir });
    await waitFor(() => byData.output().includes('Sie:'));
    byData.child.stdin.end('exit\n');
    expect(await byData.exited).toBe(0);
    expect(byData.output()).toContain(`Verbunden mit dem Assistenten unter ${running.url}.`);
    expect(byData.output()).not.toContain('Kein Assistent lief');

    // A second server on the same data folder refuses to start, and says why.
    await expect(startAssistantProcess({ DATA_DIR: dataDir, REDIS_URL: '' })).rejects.toThrow(
      /DATA_DIR .* is in use by the assistant with process id \d+ at http/,
    );
  } finally {
    await running.stop();
  }
});

async function waitFor(condition: () => boolean, timeoutMs = 60_000) {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}
