// Tasks with the same key run one after another in this process (the turns of one conversation,
// the updates of one Telegram chat); different keys run side by side. Only the tail of each queue
// is kept, and a key is forgotten when its queue is empty.
export class SerialQueues {
  private readonly tails = new Map<string, Promise<void>>();

  /** Runs the task after the earlier ones of its key; its result (or error) is the caller's. */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const current = (this.tails.get(key) ?? Promise.resolve()).then(task);
    const tail = current.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return current;
  }

  /** Resolves when every task started so far has finished. */
  async idle(): Promise<void> {
    while (this.tails.size) await Promise.all(this.tails.values());
  }
}
