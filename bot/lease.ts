// Leases: one owner of a piece of work across instances at a time (a case's delivery on one
// channel). A lease is a store item {owner, expiresAt} written with the store's eTag
// compare-and-set, so every Store implementation provides it without a primitive of its own. The
// owner renews it while it is responsible for the work; another instance takes it over only after
// it expired (the owner died) or was released. Expiry is read on the instances' own clocks: they
// run NTP-synchronized, and a lease lasts far longer than any skew between them.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { CREATE_ONLY, ETagConflictError, type Store } from './storage';

const leaseSchema = z.object({ owner: z.string(), expiresAt: z.number() });

export class Leases {
  /** This process: a restarted instance is a new owner and waits like any other. */
  readonly owner = randomUUID();

  constructor(
    private readonly store: Store,
    private readonly ttlMs: number,
  ) {}

  /** Takes the lease, or renews it when this process holds it. False while another owner's lease runs. */
  async acquire(key: string): Promise<boolean> {
    const item = (await this.store.read([key]))[key];
    const lease = leaseSchema.safeParse(item);
    if (lease.success && lease.data.owner !== this.owner && lease.data.expiresAt > Date.now()) return false;
    return this.put(key, item?.eTag ?? CREATE_ONLY, Date.now() + this.ttlMs);
  }

  /** Gives the lease up (shutdown), so that another instance need not wait for its expiry. */
  async release(key: string): Promise<void> {
    const item = (await this.store.read([key]))[key];
    const lease = leaseSchema.safeParse(item);
    if (lease.success && lease.data.owner === this.owner) await this.put(key, item!.eTag, 0);
  }

  /** The compare-and-set: false when another instance wrote the lease in between. */
  private async put(key: string, eTag: string | undefined, expiresAt: number): Promise<boolean> {
    try {
      await this.store.write({ [key]: { owner: this.owner, expiresAt, eTag } });
      return true;
    } catch (error) {
      if (error instanceof ETagConflictError) return false;
      throw error;
    }
  }
}
