// npm run staff -- add <name> [--role clerk|editor|admin] [--display-name Anna] [--office Bürgerbüro [--own-office-only]] --password-stdin | remove <name> | list
// The password is read from standard input, never from the command line (shell history, ps).
import { de } from '../../knowledge/texts/de';
import 'dotenv/config';
import { text } from 'node:stream/consumers';
import { loadConfig } from '../config';
import { parseArgs } from 'node:util';
import { accountsFile, roleSchema, StaffAccounts, type AccountOptions } from './accounts';

/** The options of "add": the password only from standard input, never as an argument. */
function addOptions(flags: string[]): AccountOptions | undefined {
  try {
    const { values, positionals } = parseArgs({
      args: flags,
      options: {
        'password-stdin': { type: 'boolean' },
        role: { type: 'string' },
        'display-name': { type: 'string' },
        office: { type: 'string' },
        'own-office-only': { type: 'boolean' },
      },
      allowPositionals: true,
      strict: true,
    });
    if (!values['password-stdin'] || positionals.length) return undefined;
    const role = roleSchema.safeParse(values.role ?? 'clerk');
    return role.success
      ? { role: role.data, displayName: values['display-name'], office: values.office, ownOfficeOnly: values['own-office-only'] }
      : undefined;
  } catch {
    return undefined;
  }
}

async function main(args: string[]): Promise<number> {
  const accounts = new StaffAccounts(accountsFile(loadConfig()));
  const [command, name, ...flags] = args;
  if (command === 'list' && !name) {
    for (const account of accounts.list())
      console.log(de.terminal.accountLine(account.name, account.createdAt, account.role, account.disabled));
    return 0;
  }
  const options = command === 'add' && name ? addOptions(flags) : undefined;
  if (options) {
    const password = (await text(process.stdin)).replace(/\r?\n$/, '');
    await accounts.add(name!, password, options);
    console.log(de.terminal.accountSaved(name!, options.role ?? 'clerk'));
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
