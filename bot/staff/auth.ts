// Staff login for the console: scrypt-checked accounts, a session in an HttpOnly SameSite=Strict
// cookie (signed; the session itself lives in the store, so in Redis when several instances run),
// CSRF double-submit tokens (csrf-csrf) bound to the session, and a lock-out after failed logins.
import type { StaffRole } from './accounts';
import { de } from '../../knowledge/texts/de';
import { createHash, randomBytes } from 'node:crypto';
import cookieParser from 'cookie-parser';
import { doubleCsrf } from 'csrf-csrf';
import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import { z } from 'zod';
import type { AssistantServices } from '../turn';
import type { StaffAccounts } from './accounts';
import type { Speaker } from '../handoff/relay';

const SESSION_COOKIE = 'ba_staff';
const CSRF_COOKIE = 'ba_staff_csrf';
const LOCKOUT_SECONDS = 15 * 60;
const loginSchema = z.object({ name: z.string().trim().toLowerCase().max(40), password: z.string().max(1024) });
const sessionSchema = z.object({ staff: z.string(), createdAt: z.string() });

/** The logged-in staff member of a request (set by requireStaff). */
export const staffOf = (res: Response): string => res.locals.staff as string;
/** The logged-in staff member's role (set by requireStaff). */
const roleOf = (res: Response): StaffRole => res.locals.role as StaffRole;

export class StaffAuth {
  readonly router: Router = express.Router();
  /** Rejects state-changing requests without a valid CSRF token (403). */
  readonly csrf: RequestHandler;
  private readonly secret: string;
  /** A CSRF token for the session: the one the browser has while it is valid (every tab keeps working), a new one after a login. */
  private readonly generateCsrf: (req: Request, res: Response, renew?: boolean) => string;

  /** How citizens see the logged-in staff member of this response in a live chat. */
  speakerOf(res: Response): Speaker {
    return this.accounts.speakerOf(staffOf(res), de.handoff.defaultOffice);
  }

  /** "Anna (Bürgerbüro)": an account as citizens and colleagues see it. */
  private shownAs(staff: string): string {
    const { name, office } = this.accounts.speakerOf(staff, de.handoff.defaultOffice);
    return `${name} (${office})`;
  }

  constructor(
    private readonly services: AssistantServices,
    readonly accounts: StaffAccounts,
  ) {
    const { config } = services;
    // Outside production a random key per process (config.ts requires one in production).
    this.secret = config.STAFF_SESSION_SECRET ?? randomBytes(32).toString('base64');
    if (!config.STAFF_SESSION_SECRET && config.REDIS_URL)
      services.logger.warn('STAFF_SESSION_SECRET is not set: staff logins are valid on this instance only');
    const secure = config.NODE_ENV === 'production';
    const { doubleCsrfProtection, generateCsrfToken } = doubleCsrf({
      getSecret: () => this.secret,
      getSessionIdentifier: (req) => sessionIdOf(req) ?? 'anonymous',
      cookieName: CSRF_COOKIE,
      cookieOptions: { sameSite: 'strict', path: '/staff', secure, httpOnly: true },
      getCsrfTokenFromRequest: (req) => req.headers['x-csrf-token'],
      errorConfig: { statusCode: 403, message: de.staff.csrfExpired },
    });
    this.csrf = doubleCsrfProtection;
    this.generateCsrf = (req, res, renew = false) => generateCsrfToken(req, res, { overwrite: renew });

    const perName = services.limits.limiter('staff-login-name', { points: config.STAFF_LOGIN_ATTEMPTS, durationSeconds: LOCKOUT_SECONDS });
    const perAddress = services.limits.limiter('staff-login-ip', {
      points: config.STAFF_LOGIN_ATTEMPTS * 4,
      durationSeconds: LOCKOUT_SECONDS,
    });
    const cookieOptions = { httpOnly: true, sameSite: 'strict' as const, secure, path: '/staff', signed: true };

    this.router.use(cookieParser(this.secret));
    this.router.use(express.json({ limit: '16kb' }));

    /** Who is logged in, and a CSRF token for the next requests. */
    this.router.get('/api/session', async (req, res) => {
      const staff = await this.sessionOf(req);
      res.set('Cache-Control', 'no-store').json({
        staff: staff ?? null,
        shownAs: staff ? this.shownAs(staff) : null,
        role: (staff && this.accounts.roleOf(staff)) ?? null,
        office: (staff && this.accounts.officeOf(staff)) ?? null,
        csrfToken: this.generateCsrf(req, res),
      });
    });

    this.router.post('/api/login', this.csrf, async (req, res) => {
      const parsed = loginSchema.safeParse(req.body);
      if (!parsed.success) return void res.status(400).json({ error: de.staff.loginMissing });
      const { name, password } = parsed.data;
      const address = req.ip ?? 'unknown';
      // Every attempt is counted before its password is checked, in one atomic step of the limiter
      // (Redis across instances): a burst sent at once gets only the allowed number of checks.
      for (const limit of [await perName.consume(name), await perAddress.consume(address)]) {
        if (!limit.allowed) {
          res.set('Retry-After', String(limit.retryAfterSeconds));
          return void res.status(429).json({ error: de.staff.lockedOut(Math.ceil(limit.retryAfterSeconds / 60)) });
        }
      }
      const staff = await this.accounts.verify(name, password);
      if (!staff) {
        services.logger.info('staff login failed');
        return void res.status(401).json({ error: de.staff.loginFailed });
      }
      // Only failures count: a success clears the account's count and gives the address its attempt back.
      await perName.reset(name);
      await perAddress.refund(address);
      // A new session id on every login (no session fixation).
      const id = randomBytes(32).toString('base64url');
      const hours = config.STAFF_SESSION_HOURS;
      await services.store.set(sessionKey(id), { staff, createdAt: new Date().toISOString() }, hours * 3600);
      res.cookie(SESSION_COOKIE, id, { ...cookieOptions, maxAge: hours * 3600 * 1000 });
      (req.signedCookies as Record<string, string>)[SESSION_COOKIE] = id;
      services.logger.info({ staff }, 'staff logged in');
      res.json({
        staff,
        shownAs: this.shownAs(staff),
        role: this.accounts.roleOf(staff),
        office: this.accounts.officeOf(staff) ?? null,
        csrfToken: this.generateCsrf(req, res, true),
      });
    });

    this.router.post('/api/logout', this.csrf, async (req, res) => {
      const id = sessionIdOf(req);
      if (id) await services.store.delete([sessionKey(id)]);
      res.clearCookie(SESSION_COOKIE, { path: '/staff' });
      res.json({ staff: null });
    });
  }

  /** 401 without a valid session; sets res.locals.staff. */
  readonly requireStaff: RequestHandler = (req, res, next) => {
    void this.sessionOf(req).then((staff) => {
      if (!staff) return void res.status(401).json({ error: de.staff.pleaseLogIn });
      res.locals.staff = staff;
      res.locals.role = this.accounts.roleOf(staff) ?? 'clerk';
      next();
    }, next);
  };

  /** After requireStaff: 403 unless the staff member has one of the roles (the report and the unanswered list are for editors). */
  requireRole(...roles: StaffRole[]): RequestHandler {
    const error = roles.includes('editor') ? de.staff.editorsOnly : de.staff.adminsOnly;
    return (_req, res, next) => (roles.includes(roleOf(res)) ? next() : void res.status(403).json({ error }));
  }

  private async sessionOf(req: Request): Promise<string | undefined> {
    const id = sessionIdOf(req);
    if (!id) return undefined;
    const session = sessionSchema.safeParse(await this.services.store.get(sessionKey(id)));
    // An account removed with `npm run staff -- remove` or disabled by an admin ends its sessions too.
    return session.success && this.accounts.isActive(session.data.staff) ? session.data.staff : undefined;
  }
}

/** The session id from the signed cookie; undefined when absent or the signature is wrong. */
function sessionIdOf(req: Request): string | undefined {
  const value = (req.signedCookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
  return typeof value === 'string' && value ? value : undefined;
}

/** The store keeps a hash of the id only: reading the store does not let anyone log in. */
const sessionKey = (id: string): string => `staff/sessions/${createHash('sha256').update(id).digest('base64url')}`;
