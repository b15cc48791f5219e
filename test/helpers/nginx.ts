// Debian's nginx in front of assistant processes, configured by the production site file
// deploy/nginx/buerger-assistent.conf itself (ports and paths replaced), in a throw-away prefix,
// as a child process on loopback. Without nginx the suites are skipped locally; with
// REQUIRE_NGINX=1 (CI) they fail instead.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect, createServer, type Server } from 'node:net';
import path from 'node:path';
import { tempDataDir } from './harness';

const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const nginxAvailable = existsSync(NGINX_PATH);

if (!nginxAvailable && process.env.REQUIRE_NGINX === '1') {
  throw new Error(`REQUIRE_NGINX=1 but no nginx at ${NGINX_PATH} (apt-get install nginx)`);
}

/** `describe` when nginx is installed; otherwise skipped (never with REQUIRE_NGINX=1). */
export const describeWithNginx: jest.Describe = nginxAvailable ? describe : describe.skip;

const SITE_FILE = path.resolve(__dirname, '../../deploy/nginx/buerger-assistent.conf');

/** Ports nobody listens on right now (all held open at once, so they differ). */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<Server>((resolve, reject) => {
          const server = createServer();
          server.once('error', reject);
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((s) => (s.address() as { port: number }).port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

interface SitePorts {
  httpPort: number;
  httpsPort: number;
  /** The assistant instances, in the order of the upstream's server lines. */
  upstreams: number[];
}

/**
 * The site file with loopback ports, the test's certificate and log folder. Every replaced line
 * must be found as often as expected: a changed site file fails here, loudly, instead of being
 * tested with a part left out.
 */
function siteForTest(site: string, ports: SitePorts, dir: string): string {
  let text = site;
  const replace = (pattern: RegExp, times: number, by: (match: string, index: number) => string) => {
    const found = text.match(pattern)?.length ?? 0;
    if (found !== times) throw new Error(`${SITE_FILE}: ${pattern} found ${found} times, expected ${times}; update test/helpers/nginx.ts`);
    let index = 0;
    text = text.replace(pattern, (match) => by(match, index++));
  };
  replace(/^ *listen 80;$/gm, 1, () => `    listen 127.0.0.1:${ports.httpPort};`);
  replace(/^ *listen 443 ssl http2;$/gm, 1, () => `    listen 127.0.0.1:${ports.httpsPort} ssl http2;`);
  // Loopback IPv4 only: a test machine may have no IPv6.
  replace(/^ *listen \[::\]:\d+.*\n/gm, 2, () => '');
  replace(/\/etc\/letsencrypt\/live\/assistent\.example\.de\//g, 2, () => `${dir}/`);
  replace(/\/var\/log\/nginx\//g, 2, () => `${dir}/`);
  replace(/^ *server 127\.0\.0\.1:\d+ /gm, ports.upstreams.length, (_, i) => `    server 127.0.0.1:${ports.upstreams[i]} `);
  return text;
}

/** A self-signed certificate for 127.0.0.1 (the names Let's Encrypt gives its files); returns the certificate. */
function selfSignedCertificate(dir: string): string {
  execFileSync(
    '/usr/bin/openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      path.join(dir, 'privkey.pem'),
      '-out',
      path.join(dir, 'fullchain.pem'),
    ],
    { stdio: 'pipe' },
  );
  return readFileSync(path.join(dir, 'fullchain.pem'), 'utf8');
}

interface AccessLogLine {
  method: string;
  path: string;
  status: number;
  /** The instances nginx tried, in order (several when one refused). */
  upstreams: string[];
}

export interface RunningNginx {
  /** https://127.0.0.1:<port> */
  url: string;
  /** http://127.0.0.1:<port> (the redirect to https) */
  httpUrl: string;
  /** The self-signed certificate, to trust in requests from the test. */
  ca: string;
  /** The requests nginx has logged so far (when they ended: a WebSocket when it closed). */
  accessLog(): AccessLogLine[];
  /** What nginx printed (its error log). */
  output(): string;
  stop(): Promise<void>;
}

const LOG_LINE = /"(\S+) (\S+) [^"]*" (\d{3}) .* upstream=([^\s,]+(?:, [^\s,]+)*)/;

/** Starts nginx with the site file in front of the instances at `upstreams`; resolves once it accepts connections. */
export async function startNginx(ports: SitePorts): Promise<RunningNginx> {
  const dir = tempDataDir();
  // Run as root, nginx's workers run as nobody: they must reach the temp folders in here.
  chmodSync(dir, 0o711);
  const ca = selfSignedCertificate(dir);
  writeFileSync(path.join(dir, 'buerger-assistent.conf'), siteForTest(readFileSync(SITE_FILE, 'utf8'), ports, dir));
  // What Debian's /etc/nginx/nginx.conf provides around a site, with every path in the prefix.
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${name}_temp_path ${dir}/${name};`).join('\n');
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log stderr warn;
events { worker_connections 512; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
${temp}
  # Not in the site file: tells the test which instance answered (the site sets no add_header, so
  # its servers inherit this one).
  add_header X-Test-Upstream $upstream_addr;
  include ${dir}/buerger-assistent.conf;
}
`,
  );
  const child = spawn(NGINX_PATH, ['-p', `${dir}/`, '-c', path.join(dir, 'nginx.conf'), '-e', 'stderr'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += String(d)));
  child.stderr.on('data', (d) => (output += String(d)));
  let running = true;
  const exited = new Promise<void>((resolve) =>
    child.on('exit', () => {
      running = false;
      resolve();
    }),
  );
  const until = Date.now() + 15_000;
  while (!(await accepts(ports.httpsPort))) {
    if (!running || Date.now() > until) {
      child.kill('SIGKILL');
      throw new Error(`nginx did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const logFile = path.join(dir, 'buerger-assistent.access.log');
  return {
    url: `https://127.0.0.1:${ports.httpsPort}`,
    httpUrl: `http://127.0.0.1:${ports.httpPort}`,
    ca,
    output: () => output,
    accessLog: () =>
      (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '').split('\n').flatMap((line) => {
        const match = LOG_LINE.exec(line);
        return match ? [{ method: match[1]!, path: match[2]!, status: Number(match[3]), upstreams: match[4]!.split(', ') }] : [];
      }),
    stop: async () => {
      // Fast shutdown: open WebSockets would hold up a graceful one (SIGQUIT).
      child.kill('SIGTERM');
      const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(kill);
    },
  };
}

const accepts = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

export interface Fetched {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

// Bodies above this are sent as curl sends them, after the server's "100 Continue": a body nginx
// refuses (413) is then never written, where writing it into the socket nginx closes after its answer
// failed now and then under load (write ECANCELED) before the answer was read.
const CONTINUE_ABOVE_BYTES = 64 * 1024;

/** One request over a new connection, trusting `ca` for https (Node's fetch cannot be given a certificate). */
export function send(
  url: string,
  options: { ca?: string; method?: string; headers?: Record<string, string | number>; body?: Buffer } = {},
): Promise<Fetched> {
  const request = url.startsWith('https:') ? httpsRequest : httpRequest;
  const waitForContinue = (options.body?.length ?? 0) > CONTINUE_ABOVE_BYTES;
  const headers = waitForContinue ? { ...options.headers, expect: '100-continue' } : options.headers;
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers, ca: options.ca, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        req.destroy();
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    if (!waitForContinue) return void req.end(options.body);
    req.on('continue', () => req.end(options.body));
    req.flushHeaders();
  });
}
