// `npm run staff`: how the town's IT creates, lists and removes console accounts.
import { execFile } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { StaffAccounts } from '../../../bot/staff/accounts';
import { tempDataDir } from '../../helpers/harness';

jest.setTimeout(60_000);

function staffCommand(args: string[], dataDir: string, stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      'npm',
      ['run', '-s', 'staff', '--', ...args],
      { env: { ...process.env, DATA_DIR: dataDir, STAFF_ACCOUNTS_FILE: '' } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin!.end(stdin);
  });
}

test('adds an account from a password on standard input, stores only a scrypt hash readable by the owner, lists and removes it', async () => {
  const dataDir = tempDataDir();
  const file = path.join(dataDir, 'staff-accounts.json');
  const added = await staffCommand(['add', 'anna', '--password-stdin'], dataDir, 'ein-langes-passwort\n');
  expect(added).toMatchObject({ code: 0, stdout: expect.stringContaining('Konto „anna“ gespeichert') });
  const content = readFileSync(file, 'utf8');
  expect(content).not.toContain('ein-langes-passwort');
  expect(content).toMatch(/"hash": "scrypt\$/);
  expect(statSync(file).mode & 0o777).toBe(0o600);
  // The trailing newline of `echo` is not part of the password.
  expect(await new StaffAccounts(file).verify('anna', 'ein-langes-passwort')).toBe('anna');
  expect(await new StaffAccounts(file).verify('anna', 'ein-langes-passwort\n')).toBeUndefined();

  expect(added.stdout).toContain('Rolle clerk (Sachbearbeitung)');
  const editor = await staffCommand(['add', 'eva', '--role', 'editor', '--password-stdin'], dataDir, 'noch-ein-langes-passwort\n');
  expect(editor).toMatchObject({ code: 0, stdout: expect.stringContaining('Rolle editor (Redaktion und Auswertung)') });
  expect(await staffCommand(['add', 'max', '--role', 'chef', '--password-stdin'], dataDir, 'noch-ein-langes-passwort\n')).toMatchObject({
    code: 2,
  });

  const listed = (await staffCommand(['list'], dataDir)).stdout;
  expect(listed).toMatch(/^anna\tclerk\t/m);
  expect(listed).toMatch(/^eva\teditor\t/m);
  expect(listed).not.toMatch(/^max\t/m);
  await staffCommand(['remove', 'eva'], dataDir);
  expect(await staffCommand(['remove', 'anna'], dataDir)).toMatchObject({ code: 0, stdout: expect.stringContaining('gelöscht') });
  expect(new StaffAccounts(file).list()).toEqual([]);
});

test('refuses a short password, a bad name and a password on the command line, with a reason', async () => {
  const dataDir = tempDataDir();
  expect(await staffCommand(['add', 'anna', '--password-stdin'], dataDir, 'kurz\n')).toMatchObject({
    code: 1,
    stderr: expect.stringContaining('mindestens 12 Zeichen'),
  });
  // What citizens will read as the staff member's name is a name, not markup.
  expect(
    await staffCommand(['add', 'anna', '--display-name', '<b>Anna</b>', '--password-stdin'], dataDir, 'ein-langes-passwort\n'),
  ).toMatchObject({ code: 1, stderr: expect.stringContaining('Anzeigename: 1–60 Buchstaben') });
  expect(await staffCommand(['add', 'Anna Maria', '--password-stdin'], dataDir, 'ein-langes-passwort\n')).toMatchObject({
    code: 1,
    stderr: expect.stringContaining('Der Anmeldename braucht 2 bis 40 Zeichen'),
  });
  expect(await staffCommand(['add', 'anna', 'ein-langes-passwort'], dataDir)).toMatchObject({
    code: 2,
    stderr: expect.stringContaining('--password-stdin'),
  });
  expect(new StaffAccounts(path.join(dataDir, 'staff-accounts.json')).list()).toEqual([]);
});

test('takes an office by its key or name and stores the town’s name for it, refuses one the town does not have, and lists name and office (trial 40: citizens read "(bauamt)")', async () => {
  const dataDir = tempDataDir();
  const file = path.join(dataDir, 'staff-accounts.json');
  const added = await staffCommand(
    ['add', 'bernd', '--display-name', 'Bernd Keller', '--office', 'bauamt', '--password-stdin'],
    dataDir,
    'ein-langes-passwort\n',
  );
  expect(added.code).toBe(0);
  expect(new StaffAccounts(file).speakerOf('bernd', 'Rathaus')).toEqual({ name: 'Bernd Keller', office: 'Bauamt' });
  expect((await staffCommand(['add', 'anna', '--office', 'BÜRGERBÜRO', '--password-stdin'], dataDir, 'ein-langes-passwort\n')).code).toBe(
    0,
  );
  expect(new StaffAccounts(file).speakerOf('anna', 'Rathaus').office).toBe('Bürgerbüro');
  // An office whose name has brackets (trial 44: no account could be made for the Steueramt).
  expect((await staffCommand(['add', 'kim', '--office', 'steueramt', '--password-stdin'], dataDir, 'ein-langes-passwort\n')).code).toBe(0);
  expect(new StaffAccounts(file).speakerOf('kim', 'Rathaus').office).toBe('Steueramt (Kämmerei)');
  const unknown = await staffCommand(['add', 'max', '--office', 'Finanzministerium', '--password-stdin'], dataDir, 'ein-langes-passwort\n');
  expect(unknown).toMatchObject({
    code: 2,
    stderr: expect.stringContaining('Die Stelle „Finanzministerium“ gibt es nicht. Möglich sind: '),
  });
  expect(unknown.stderr).toContain('Bauamt');
  expect(new StaffAccounts(file).list().map((a) => a.name)).toEqual(['bernd', 'anna', 'kim']);
  expect((await staffCommand(['list'], dataDir)).stdout).toMatch(/^bernd\tclerk\t\(angelegt [^)]+\)\tBernd Keller \(Bauamt\)$/m);
});
