// The audit log of the console's administrative changes (hours, notices, accounts): who changed
// what, when — never a text or a password.
import type { Store } from './storage';

const AUDIT_KEY = 'audit/staff';

export interface StaffAuditEntry {
  /** The account that made the change. */
  staff: string;
  /** e.g. "office-saved", "notice-added", "account-disabled". */
  action: string;
  /** The office key, notice id or account name. */
  target: string;
}

export const auditStaff = (store: Store, entry: StaffAuditEntry): Promise<number> =>
  store.append(AUDIT_KEY, { at: new Date().toISOString(), ...entry });

export const staffAuditLog = (store: Store): Promise<Array<StaffAuditEntry & { at: string }>> => store.list(AUDIT_KEY);
