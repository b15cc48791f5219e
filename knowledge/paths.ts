import { existsSync } from 'node:fs';
import path from 'node:path';

/** The project root (the folder with package.json), both from sources (tsx, jest) and from dist/. */
export function projectRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${from}`);
    dir = parent;
  }
  return dir;
}

export const KNOWLEDGE_DIR = path.join(projectRoot(), 'knowledge');
