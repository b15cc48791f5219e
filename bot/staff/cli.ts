// npm run staff -- add <name> [--role clerk|editor|admin] [--display-name Anna] [--office Bürgerbüro [--own-office-only]] --password-stdin | remove <name> | list
// The password is read from standard input, never from the command line (shell history, ps).
import { de } from '../../knowledge/texts/de';
import 'dotenv/config';
import { text } from 'node:stream/consumers';
import { loadConfig } from '../config';
import { parseArgs } from 'node:util';
import { loadMunicipality } from '../../knowledge/municipality';
import { workingOffices } from '../../dialogs/flows';
import type { Municipality } from '../../knowledge/schema';
import { accountsFile, roleSchema, StaffAccounts, type AccountOptions } from './accounts';

/**
 * The office as the town names it ("Bauamt"), from its key ("bauamt") or its name in any case: citizens read it
 * beside the clerk's name (trial 40: "Bernd Keller (bauamt)"); undefined for an office the town does not have.
 */
function officeNamed(said: string, municipality: Municipality): string | undefined {
  const wanted = said.trim().toLowerCase();
  const office = workingOffices(municipality).find(([key, o]) => key.toLowerCase() === wanted || o.name.toLowerCase() === wanted);
  return office?.[1].name;
}

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
  const config = loadConfig();
  const accounts = new StaffAccounts(accountsFile(config));
  const [command, name, ...flags] = args;
  if (command === 'list' && !name) {
    for (const account of accounts.list())
      console.log(
        de.terminal.accountLine(account.name, account.createdAt, account.role, account.disabled, account.displayName, account.office),
      );
    return 0;
  }
  const options = command === 'add' && name ? addOptions(flags) : undefined;
  if (options?.office !== undefined) {
    const municipality = loadMunicipality(config.MUNICIPALITY_FILE);
    const office = officeNamed(options.office, municipality);
    if (office === undefined) {
      console.error(
        de.terminal.unknownOffice(
          options.office,
          workingOffices(municipality).map(([, o]) => o.name),
        ),
      );
      return 2;
    }
    options.office = office;
  }
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
