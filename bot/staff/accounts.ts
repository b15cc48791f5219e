// Staff accounts: a small JSON file of names and scrypt password hashes (node:crypto), managed with
// `npm run staff`. A file rather than the store, so that the town's IT can deploy, back up and
// audit it like any other credential file, and one account list serves every instance.
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { de } from '../../knowledge/texts/de';
import type { Config } from '../config';
import type { Speaker } from '../handoff/relay';

const accountNameSchema = z.string(de.staff.accountNameRule).regex(/^[a-z0-9][a-z0-9._-]{1,39}$/, de.staff.accountNameRule);
/** A name shown to citizens: letters, spaces, dots and hyphens (no markup, no control characters). */
const displayNameSchema = z
  .string()
  .trim()
  .regex(/^[\p{L}][\p{L} .'-]{0,59}$/u, de.terminal.displayNameRule);
/** An office as municipality.yaml names it, brackets too ("Steueramt (Kämmerei)"; trial 44: no account could be made for it). */
const officeNameSchema = z
  .string()
  .trim()
  .regex(/^[\p{L}][\p{L} .'()-]{0,79}$/u, de.terminal.officeNameRule);
export const passwordSchema = z.string(de.staff.passwordRule).min(12, de.staff.passwordRule).max(1024);

/**
 * What an account may do: every account takes conversations and sees requests; editors also
 * curate unanswered questions, see the report and set hours, closures and notices; admins as
 * editors, and they manage the accounts (admin page or CLI).
 */
const STAFF_ROLES = ['clerk', 'editor', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const roleSchema = z.enum(STAFF_ROLES, de.staff.roleRule);

const accountSchema = z.object({
  name: accountNameSchema,
  hash: z.string().startsWith('scrypt$'),
  createdAt: z.string(),
  role: roleSchema.default('clerk'),
  /** How citizens see this person in a live chat, e.g. "Anna" (default: the account name). */
  displayName: displayNameSchema.optional(),
  /** The office shown with the name, e.g. "Bürgerbüro" (default: Rathaus). */
  office: officeNameSchema.optional(),
  /**
   * Sees and handles only the requests of its office (need to know, DSGVO Art. 5 (1) c): a clerk of the
   * Bauamt does not read the Bürgerbüro's. Needs an office; an admin always sees every request.
   */
  ownOfficeOnly: z.boolean().optional(),
  /** A disabled account cannot log in, and its sessions end (an admin enables it again). */
  disabled: z.boolean().optional(),
});
const accountsFileSchema = z.object({ accounts: z.array(accountSchema) });
export type Account = z.infer<typeof accountSchema>;

const accountOptionsSchema = accountSchema
  .pick({ role: true, displayName: true, office: true, ownOfficeOnly: true })
  .refine((a) => !a.ownOfficeOnly || (a.office !== undefined && a.role !== 'admin'), { error: de.staff.ownOfficeNeedsOffice });
/** A new account from the admin page: name, the password given once, role and how citizens see the person. */
export const newAccountSchema = accountOptionsSchema.and(z.object({ name: accountNameSchema, password: passwordSchema }));
export type AccountOptions = z.input<typeof accountOptionsSchema>;

// One of OWASP's equivalent scrypt minimums: 32 MiB per hash (N=2^15, r=8) with p=3, so that
// concurrent logins do not take much memory.
const COST = { N: 2 ** 15, r: 8, p: 3 };
const KEY_LENGTH = 32;

function scrypt(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCallback(password, salt, KEY_LENGTH, { ...options, maxmem: 64 * 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64'), key.toString('base64')].join('$');
}

async function verifyPassword(password: string, hash: string): Promise<boolean> {
  const [kind, n, r, p, salt, key] = hash.split('$');
  if (kind !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await scrypt(password, Buffer.from(salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export const accountsFile = (config: Pick<Config, 'STAFF_ACCOUNTS_FILE' | 'DATA_DIR'>): string =>
  config.STAFF_ACCOUNTS_FILE ?? path.join(config.DATA_DIR, 'staff-accounts.json');

export class StaffAccounts {
  /** A hash to check unknown names against, so that a login takes as long for them. */
  private dummyHash?: Promise<string>;

  constructor(private readonly file: string) {}

  /** Read on every use, so that an account added or removed takes effect without a restart. */
  list(): Account[] {
    let raw: string;
    try {
      raw = readFileSync(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    return accountsFileSchema.parse(JSON.parse(raw)).accounts;
  }

  async add(name: string, password: string, options: AccountOptions = {}): Promise<void> {
    const valid = { name: accountNameSchema.parse(name), password: passwordSchema.parse(password), ...accountOptionsSchema.parse(options) };
    const accounts = this.list().filter((a) => a.name !== valid.name);
    accounts.push({
      name: valid.name,
      hash: await hashPassword(valid.password),
      createdAt: new Date().toISOString(),
      role: valid.role,
      ...(valid.displayName && { displayName: valid.displayName }),
      ...(valid.office && { office: valid.office }),
      ...(valid.ownOfficeOnly && { ownOfficeOnly: true }),
    });
    this.save(accounts);
  }

  /** Adds an account that does not exist yet; false when the name is taken. */
  async create(name: string, password: string, options: AccountOptions = {}): Promise<boolean> {
    if (this.list().some((a) => a.name === name)) return false;
    await this.add(name, password, options);
    return true;
  }

  /** A new password for an existing account (scrypt, as on creation); false when there is no such account. */
  async setPassword(name: string, password: string): Promise<boolean> {
    const hash = await hashPassword(passwordSchema.parse(password));
    return this.change(name, (account) => ({ ...account, hash }));
  }

  /** Disables or enables an account; false when there is no such account. */
  setDisabled(name: string, disabled: boolean): boolean {
    return this.change(name, ({ disabled: _, ...account }) => (disabled ? { ...account, disabled: true } : account));
  }

  /** Limits an account to its office's requests or lifts the limit; false when there is no such account, refused without an office or for an admin. */
  setOwnOfficeOnly(name: string, ownOfficeOnly: boolean): boolean | 'refused' {
    const account = this.list().find((a) => a.name === name);
    if (!account) return false;
    if (ownOfficeOnly && (account.office === undefined || account.role === 'admin')) return 'refused';
    return this.change(name, ({ ownOfficeOnly: _, ...rest }) => (ownOfficeOnly ? { ...rest, ownOfficeOnly: true } : rest));
  }

  /** The office (as the town names it) the account works in, if one is set: its request list starts there. */
  officeOf(name: string): string | undefined {
    return this.list().find((a) => a.name === name)?.office;
  }

  /** The office (as the town names it) whose requests alone the account may see, if it is limited to one. */
  officeScopeOf(name: string): string | undefined {
    const account = this.list().find((a) => a.name === name);
    return account?.ownOfficeOnly && account.role !== 'admin' ? account.office : undefined;
  }

  /** Whether the account exists and may log in. */
  isActive(name: string): boolean {
    const account = this.list().find((a) => a.name === name);
    return Boolean(account && !account.disabled);
  }

  private change(name: string, update: (account: Account) => Account): boolean {
    const accounts = this.list();
    const index = accounts.findIndex((a) => a.name === name);
    if (index < 0) return false;
    accounts[index] = update(accounts[index]!);
    this.save(accounts);
    return true;
  }

  remove(name: string): boolean {
    const accounts = this.list();
    const kept = accounts.filter((a) => a.name !== name);
    this.save(kept);
    return kept.length < accounts.length;
  }

  /** How citizens see this account: its display name (or the account name, capitalized) and office. */
  speakerOf(name: string, defaultOffice: string): Speaker {
    const account = this.list().find((a) => a.name === name);
    return { name: account?.displayName ?? name.charAt(0).toUpperCase() + name.slice(1), office: account?.office ?? defaultOffice };
  }

  /** The role of an account (undefined: no such account). */
  roleOf(name: string): StaffRole | undefined {
    return this.list().find((a) => a.name === name)?.role;
  }

  /** The account's name when name and password match. */
  async verify(name: string, password: string): Promise<string | undefined> {
    const account = this.list().find((a) => a.name === name);
    this.dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
    const ok = await verifyPassword(password, account?.hash ?? (await this.dummyHash));
    return ok && account && !account.disabled ? account.name : undefined;
  }

  private save(accounts: Account[]): void {
    mkdirSync(path.dirname(this.file), { recursive: true });
    // Write and rename: a reader never sees half a file. Only the owner may read the hashes.
    const temp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temp, `${JSON.stringify({ accounts }, null, 2)}\n`, { mode: 0o600 });
    renameSync(temp, this.file);
  }
}
