// Where the assistant is reached. Links it hands out (the Direct Line streamUrl, file links) and
// same-origin checks use the configured public address, never a request's Host header, which the
// client chooses (a forged Host would otherwise turn up in the links, and pass the origin check).
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
export const publicOrigin = (config: Pick<Config, 'HOST' | 'PUBLIC_URL'>, server: Server): string =>
  config.PUBLIC_URL ? new URL(config.PUBLIC_URL).origin : new URL(listeningUrl(config, server)).origin;
