// Where the assistant is reached. Links it hands out (the Direct Line streamUrl, file links) and
// same-origin checks use the configured public address, never a request's Host header, which the
// client chooses (a forged Host would otherwise turn up in the links, and pass the origin check);
// without one (development) only a loopback name of the listener is taken from it (linkOrigin).
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config';

/** The address of this process's own listener (for logs, and for development without PUBLIC_URL). */
export function listeningUrl(config: Pick<Config, 'HOST'>, server: Server): string {
  const { port } = server.address() as AddressInfo;
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
  return `http://${host}:${port}`;
}

/** The origin citizens reach the assistant at: PUBLIC_URL's (required in production), else the listener's. */
const publicOrigin = (config: Pick<Config, 'HOST' | 'PUBLIC_URL'>, server: Server): string =>
  config.PUBLIC_URL ? new URL(config.PUBLIC_URL).origin : new URL(listeningUrl(config, server)).origin;

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The origin of links handed out to a request (the stream's URL, file links): PUBLIC_URL's; without it (development) the
 * loopback name the page was opened at, when the request's Host is one of the listener's (trial 36: a page at
 * 127.0.0.1 had been sent to ws://localhost, which its content security policy blocks). Any other Host is ignored.
 */
export function linkOrigin(config: Pick<Config, 'HOST' | 'PUBLIC_URL'>, server: Server, host: string | undefined): string {
  const own = publicOrigin(config, server);
  if (config.PUBLIC_URL || !host) return own;
  const asked = `${new URL(own).protocol}//${host}`;
  return isOwnOrigin(config, server, asked) ? new URL(asked).origin : own;
}

/**
 * Whether a browser's Origin is this assistant's own page. Without PUBLIC_URL (development) the page
 * may be opened at any loopback name of the listener ("http://127.0.0.1:3978" as well as
 * "http://localhost:3978"; trial 33: the chat had said it was unreachable); with it, only its origin.
 */
export function isOwnOrigin(config: Pick<Config, 'HOST' | 'PUBLIC_URL'>, server: Server, origin: string): boolean {
  const own = publicOrigin(config, server);
  if (origin === own || config.PUBLIC_URL) return origin === own;
  const listener = new URL(own);
  let page: URL;
  try {
    page = new URL(origin);
  } catch {
    return false;
  }
  return (
    page.protocol === listener.protocol && page.port === listener.port && LOOPBACK.has(page.hostname) && LOOPBACK.has(listener.hostname)
  );
}
