// Telegram Bot API: the parts of an update the assistant reads (parsed with zod) and a small
// client that honours Telegram's rate limits (429 with retry_after) and retries server errors.
import { z } from 'zod';
import { citizenText } from '../boundary';

/** `language_code`: the language of the citizen's Telegram app ("en", "de"), for the welcome. */
const userSchema = z.looseObject({ id: z.number().int(), language_code: z.string().max(35).optional() });
const chatSchema = z.looseObject({ id: z.number().int() });
const photoSizeSchema = z.looseObject({
  file_id: z.string().min(1),
  file_size: z.number().int().optional(),
  width: z.number(),
  height: z.number(),
});

const messageSchema = z.looseObject({
  message_id: z.number().int(),
  chat: chatSchema,
  from: userSchema.optional(),
  text: citizenText(4096).optional(),
  caption: citizenText(1024).optional(),
  photo: z.array(photoSizeSchema).optional(),
});

export const updateSchema = z.looseObject({
  update_id: z.number().int(),
  message: messageSchema.optional(),
  callback_query: z
    .looseObject({
      id: z.string(),
      from: userSchema,
      data: z.string().max(64).optional(),
      message: z.looseObject({ chat: chatSchema }).optional(),
    })
    .optional(),
});
export type TelegramUpdate = z.infer<typeof updateSchema>;
export type TelegramMessage = z.infer<typeof messageSchema>;

const responseSchema = z.looseObject({
  ok: z.boolean(),
  result: z.unknown().optional(),
  description: z.string().optional(),
  parameters: z.looseObject({ retry_after: z.number().optional() }).optional(),
});

class TelegramApiError extends Error {
  constructor(
    readonly method: string,
    readonly status: number,
    description: string | undefined,
  ) {
    super(`Telegram ${method} failed with ${status}: ${description ?? 'no description'}`);
  }
}

export interface BotApiOptions {
  baseUrl: string;
  token: string;
  /** Attempts per call (first try included). */
  attempts?: number;
  /** Upper bound for one wait, so a huge retry_after cannot block a chat for long. */
  maxWaitMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class BotApi {
  private readonly baseUrl: string;

  constructor(private readonly options: BotApiOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
  }

  /** Calls a Bot API method; waits and retries on 429 (retry_after) and 5xx (backoff). */
  async call<T = unknown>(method: string, body: Record<string, unknown>): Promise<T> {
    const attempts = this.options.attempts ?? 4;
    const maxWait = this.options.maxWaitMs ?? 30_000;
    for (let attempt = 1; ; attempt++) {
      let status: number;
      let parsed: z.infer<typeof responseSchema> | undefined;
      try {
        const res = await fetch(`${this.baseUrl}/bot${this.options.token}/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        status = res.status;
        parsed = responseSchema.safeParse(await res.json().catch(() => undefined)).data;
      } catch {
        status = 0; // network error: retried like a server error
      }
      if (status === 200 && parsed?.ok) return parsed.result as T;
      const retryable = status === 429 || status === 0 || status >= 500;
      if (!retryable || attempt >= attempts) throw new TelegramApiError(method, status, parsed?.description);
      const wait = status === 429 ? (parsed?.parameters?.retry_after ?? 1) * 1000 : 500 * 2 ** (attempt - 1);
      await sleep(Math.min(wait, maxWait));
    }
  }

  /** Downloads a file the user sent (getFile, then the file endpoint). */
  async download(fileId: string, maxBytes: number): Promise<{ data: Buffer; name: string }> {
    const file = z
      .looseObject({ file_path: z.string().min(1), file_size: z.number().optional() })
      .parse(await this.call('getFile', { file_id: fileId }));
    if (file.file_size !== undefined && file.file_size > maxBytes) return { data: Buffer.alloc(maxBytes + 1), name: file.file_path };
    const res = await fetch(`${this.baseUrl}/file/bot${this.options.token}/${file.file_path}`);
    if (!res.ok) throw new TelegramApiError('file download', res.status, undefined);
    return { data: Buffer.from(await res.arrayBuffer()), name: file.file_path.split('/').pop() ?? 'foto' };
  }
}
