import type { Case } from '../cases';

/** A photo kept with the case, read from the file store at delivery time. */
export interface CaseAttachment {
  field: string;
  name: string;
  contentType: string;
  size: number;
  data: Buffer;
}

export interface CaseDelivery {
  /** The reference, or "<reference>-abgesagt" for the news that an appointment was cancelled. */
  id: string;
  item: Case;
  attachments: CaseAttachment[];
}

/** One way a case reaches the office (webhook, e-mail). Throws when it did not arrive. */
export interface Deliverer {
  channel: 'webhook' | 'mail';
  deliver(delivery: CaseDelivery): Promise<void>;
  close?(): void;
}

/** Each event of a case is delivered once: its creation, and later perhaps its cancellation. */
export const deliveryIdOf = (item: Pick<Case, 'reference' | 'status'>): string =>
  item.status === 'cancelled' ? `${item.reference}-abgesagt` : item.reference;
