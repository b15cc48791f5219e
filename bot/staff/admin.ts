// The admins' part of the console: the staff accounts — list, add (the password given once by the
// admin), disable and enable, limit to the own office's requests, reset a password. Hashed with scrypt as the CLI does; the audit log
// names who changed which account, never a password.
import express, { type Router } from 'express';
import { z } from 'zod';
import { auditStaff } from '../audit';
import { workingOffices } from '../../dialogs/flows';
import { de } from '../../knowledge/texts/de';
import type { AssistantServices } from '../turn';
import { newAccountSchema, passwordSchema } from './accounts';
import { staffOf, type StaffAuth } from './auth';

const nameParam = z.string().regex(/^[a-z0-9][a-z0-9._-]{1,39}$/);
const enabledSchema = z.object({ disabled: z.boolean() });
const scopeSchema = z.object({ ownOfficeOnly: z.boolean() });
const passwordBodySchema = z.object({ password: passwordSchema });

export function adminRoutes(services: AssistantServices, auth: StaffAuth): Router {
  const api = express.Router();
  api.use(auth.requireRole('admin'));
  const { accounts } = auth;
  const audit = (staff: string, action: string, target: string) => auditStaff(services.store, { staff, action, target });
  /** The Markt's own offices as citizens read them next to a staff member's name ("Anna (Bürgerbüro)"). */
  const offices = (): string[] => workingOffices(services.municipality).map(([, office]) => office.name);

  api.get('/', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({
      offices: offices(),
      accounts: accounts.list().map((a) => ({
        name: a.name,
        role: a.role,
        displayName: a.displayName ?? null,
        office: a.office ?? null,
        ownOfficeOnly: a.ownOfficeOnly ?? false,
        disabled: a.disabled ?? false,
        createdAt: a.createdAt,
      })),
    });
  });

  api.post('/', async (req, res) => {
    const body = newAccountSchema.safeParse(req.body);
    // The first thing wrong, in words of the form ("Das Passwort muss mindestens 12 Zeichen lang sein.").
    if (!body.success) return void res.status(400).json({ error: body.error.issues[0]?.message ?? de.staff.badAccount });
    const { name, password, ...options } = body.data;
    // One spelling of an office, as the town names it ("Buergerbuero" would be shown to citizens as typed).
    if (options.office !== undefined && !offices().includes(options.office))
      return void res.status(400).json({ error: de.staff.unknownOffice });
    if (!(await accounts.create(name, password, options))) return void res.status(409).json({ error: de.staff.accountExists });
    await audit(staffOf(res), 'account-added', name);
    res.status(201).json({ added: name });
  });

  api.post('/:name/disabled', async (req, res) => {
    const name = nameParam.safeParse(req.params.name);
    const body = enabledSchema.safeParse(req.body);
    if (!name.success || !body.success) return void res.status(400).json({ error: de.staff.badRequest });
    // Locking oneself out would leave the town without anyone to undo it.
    if (name.data === staffOf(res)) return void res.status(400).json({ error: de.staff.notYourself });
    if (!accounts.setDisabled(name.data, body.data.disabled)) return void res.status(404).json({ error: de.staff.unknownStaff });
    await audit(staffOf(res), body.data.disabled ? 'account-disabled' : 'account-enabled', name.data);
    res.json({ name: name.data, disabled: body.data.disabled });
  });

  api.post('/:name/own-office-only', async (req, res) => {
    const name = nameParam.safeParse(req.params.name);
    const body = scopeSchema.safeParse(req.body);
    if (!name.success || !body.success) return void res.status(400).json({ error: de.staff.badRequest });
    const changed = accounts.setOwnOfficeOnly(name.data, body.data.ownOfficeOnly);
    if (changed === 'refused') return void res.status(400).json({ error: de.staff.ownOfficeNeedsOffice });
    if (!changed) return void res.status(404).json({ error: de.staff.unknownStaff });
    await audit(staffOf(res), body.data.ownOfficeOnly ? 'account-own-office-only' : 'account-all-offices', name.data);
    res.json({ name: name.data, ownOfficeOnly: body.data.ownOfficeOnly });
  });

  api.post('/:name/password', async (req, res) => {
    const name = nameParam.safeParse(req.params.name);
    const body = passwordBodySchema.safeParse(req.body);
    if (!name.success) return void res.status(404).json({ error: de.staff.unknownStaff });
    if (!body.success) return void res.status(400).json({ error: de.staff.passwordRule });
    if (!(await accounts.setPassword(name.data, body.data.password))) return void res.status(404).json({ error: de.staff.unknownStaff });
    await audit(staffOf(res), 'password-reset', name.data);
    res.json({ name: name.data });
  });

  return api;
}
