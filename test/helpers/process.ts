// The assistant as a separate server process (bot/main.ts), as it runs in production: for tests
// across processes (nothing shared but Redis) and for the process lifecycle.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { DEFAULT_MODEL_CACHE } from '../../knowledge/loader';
import { tempDataDir } from './harness';
import { uniquePrefix } from './redis';

const root = path.resolve(__dirname, '../..');

export interface AssistantProcess {
  url: string;
  port: number;
  child: ChildProcessWithoutNullStreams;
  /** Everything the process printed so far. */
  output(): string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  /** SIGTERM, then waits for the exit (SIGKILL after 15 s). */
  stop(): Promise<number | null>;
}

/** A started process and what it printed; `exited` resolves with its exit code. */
export interface SpawnedAssistant {
  child: ChildProcessWithoutNullStreams;
  output(): string;
  exited: Promise<number | null>;
}

/** Starts bot/main.ts without waiting for it to listen (e.g. for a start-up that must fail). */
export function spawnAssistant(env: Record<string, string> = {}): SpawnedAssistant {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bot/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: tempDataDir(),
      // Where REDIS_URL is inherited (CI), a process of its own keys: counters such as the login
      // lock-out of one test never reach another. Tests that share state pass their own prefix.
      STORE_KEY_PREFIX: uniquePrefix('process'),
      LOG_LEVEL: 'info',
      DOTENV_CONFIG_PATH: '/nonexistent',
      // The model trained by an earlier test is reused instead of trained again in every process.
      MODEL_CACHE_DIR: DEFAULT_MODEL_CACHE,
      // Tests stop at once; the drain of a graceful stop has tests of its own (test/bot/shutdown.test.ts).
      SHUTDOWN_DRAIN_MS: '0',
      ...env,
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += String(d)));
  child.stderr.on('data', (d) => (output += String(d)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, output: () => output, exited };
}

export async function startAssistantProcess(env: Record<string, string> = {}): Promise<AssistantProcess> {
  const { child, output, exited } = spawnAssistant(env);
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start: ${output()}`)), 30_000);
    const look = () => {
      const match = /"url":"http:\/\/[^:]+:(\d+)"/.exec(output());
      if (!match) return;
      clearTimeout(timer);
      resolve(Number(match[1]));
    };
    child.stdout.on('data', look);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`exited before start: ${output()}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    child,
    output,
    exited,
    stop: async () => {
      child.kill('SIGTERM');
      const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
      const code = await exited;
      clearTimeout(kill);
      return code;
    },
  };
}
