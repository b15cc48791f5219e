// npm run staff -- add <name> [--role clerk|editor|admin] --password-stdin | remove <name> | list
// The password is read from standard input, never from the command line (shell history, ps).
import { de } from '../../knowledge/texts/de';
import 'dotenv/config';
import { text } from 'node:stream/consumers';
import { loadConfig } from '../config';
import { z } from 'zod';
import { accountsFile, roleSchema, StaffAccounts } from './accounts';

/** "--password-stdin", optionally with "--role <role>" before or after it. */
const addFlags = z.array(z.string()).transform((flags, ctx) => {
  const rest = flags.filter((f) => f !== '--password-stdin');
  const role = rest[0] === '--role' && rest.length === 2 ? roleSchema.safeParse(rest[1]) : undefined;
  if (flags.length - rest.length !== 1 || (rest.length && !role?.success)) {
    ctx.addIssue({ code: 'custom', message: 'usage' });
    return z.NEVER;
  }
  return { role: role?.success ? role.data : ('clerk' as const) };
});

async function main(args: string[]): Promise<number> {
  const accounts = new StaffAccounts(accountsFile(loadConfig()));
  const [command, name, ...flags] = args;
  if (command === 'list' && !name) {
    for (const account of accounts.list()) console.log(de.terminal.accountLine(account.name, account.createdAt, account.role));
    return 0;
  }
  const add = command === 'add' && name ? addFlags.safeParse(flags) : undefined;
  if (add?.success) {
    const password = (await text(process.stdin)).replace(/\r?\n$/, '');
    await accounts.add(name!, password, add.data.role);
    console.log(de.terminal.accountSaved(name!, add.data.role));
    return 0;
  }
  if (command === 'remove' && name && flags.length === 0) {
    const removed = accounts.remove(name);
    console.log(removed ? de.terminal.accountRemoved(name) : de.terminal.noAccount(name));
    return removed ? 0 : 1;
  }
  console.error(de.terminal.usage);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const issues = (error as { issues?: Array<{ message: string }> }).issues;
    console.error(issues ? issues.map((i) => i.message).join('\n') : String(error));
    process.exit(1);
  },
);
