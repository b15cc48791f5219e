// npm run staff -- add <name> --password-stdin | remove <name> | list
// The password is read from standard input, never from the command line (shell history, ps).
import { de } from '../../knowledge/texts/de';
import 'dotenv/config';
import { text } from 'node:stream/consumers';
import { loadConfig } from '../config';
import { accountsFile, StaffAccounts } from './accounts';

async function main(args: string[]): Promise<number> {
  const accounts = new StaffAccounts(accountsFile(loadConfig()));
  const [command, name, ...flags] = args;
  if (command === 'list' && !name) {
    for (const account of accounts.list()) console.log(de.terminal.accountLine(account.name, account.createdAt));
    return 0;
  }
  if (command === 'add' && name && flags.length === 1 && flags[0] === '--password-stdin') {
    const password = (await text(process.stdin)).replace(/\r?\n$/, '');
    await accounts.add(name, password);
    console.log(de.terminal.accountSaved(name));
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
