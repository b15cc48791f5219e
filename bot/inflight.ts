// Requests in flight, for a graceful stop: the server waits for them to finish, but not for event
// streams (staff console SSE), which stay open until the client leaves and are ended by the stop.
import type { RequestHandler, Response } from 'express';

const UNCOUNT = 'uncountInFlight';

export class InFlight {
  private count = 0;
  private readonly waiting: Array<() => void> = [];

  /** Counts the request until its response is finished or the client left. */
  readonly track: RequestHandler = (_req, res, next) => {
    this.count++;
    let counted = true;
    const uncount = () => {
      if (!counted) return;
      counted = false;
      if (--this.count === 0) this.waiting.splice(0).forEach((resolve) => resolve());
    };
    res.locals[UNCOUNT] = uncount;
    res.on('close', uncount);
    next();
  };

  /** Resolves when no counted request is in flight. */
  async idle(): Promise<void> {
    if (this.count > 0) await new Promise<void>((resolve) => this.waiting.push(resolve));
  }
}

/** Marks a response as a long-lived event stream: it no longer counts as a request in flight. */
export const streamingResponse = (res: Response): void => (res.locals[UNCOUNT] as (() => void) | undefined)?.();
