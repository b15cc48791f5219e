// One assistant per data folder with the embedded store: a second process on the same SQLite
// file would share the data but not the in-process pub/sub (live chat, learned questions, Direct
// Line sockets), so citizens and staff on the two would not see each other. The lock
// file names the running assistant's process and address, so that `npm run chat` can talk to
// it instead of starting another. (With Redis, instances share state and need no lock.)
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const lockSchema = z.object({ pid: z.number().int().positive(), url: z.string().optional() });
export type DataLock = z.infer<typeof lockSchema>;

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: DataLock,
  ) {
    super(`DATA_DIR ${dataDir} is in use by the assistant with process id ${holder.pid}${holder.url ? ` at ${holder.url}` : ''}`);
    this.name = 'DataDirInUseError';
  }
}

const lockFile = (dataDir: string) => path.join(dataDir, 'assistant.lock');

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** The assistant that holds this data folder, if one runs. */
export function dataDirHolder(dataDir: string): DataLock | undefined {
  try {
    const holder = lockSchema.parse(JSON.parse(readFileSync(lockFile(dataDir), 'utf8')));
    return holder.pid !== process.pid && alive(holder.pid) ? holder : undefined;
  } catch {
    return undefined;
  }
}

/** Takes the data folder for this process (a lock left by a process that died is taken over). */
export function claimDataDir(dataDir: string): { announce(url: string): void; release(): void } {
  const holder = dataDirHolder(dataDir);
  if (holder) throw new DataDirInUseError(dataDir, holder);
  mkdirSync(dataDir, { recursive: true });
  const write = (lock: DataLock) => writeFileSync(lockFile(dataDir), JSON.stringify(lock), { mode: 0o600 });
  write({ pid: process.pid });
  return {
    announce: (url) => write({ pid: process.pid, url }),
    release: () => rmSync(lockFile(dataDir), { force: true }),
  };
}
