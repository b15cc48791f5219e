// The citizen page, the embed snippet and the Web Chat bundle, all served by the assistant
// itself: the citizen's browser talks to nobody else. The Content-Security-Policy allows
// scripts from this server only (no inline script, no eval).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import express, { type Express, type RequestHandler, type Response } from 'express';
import helmet from 'helmet';
import { projectRoot } from '../knowledge/paths';
import type { Municipality } from '../knowledge/schema';
import type { Config } from './config';
import { VENDOR_FILES, vendorPath, type VendorFile } from './vendor';
import { escapeHtml, htmlPage } from './page';
import { de } from '../knowledge/texts/de';

const WEB_DIR = path.join(projectRoot(), 'web');
const EMPTY_STYLE_HASH = 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';

/**
 * The nonce of this response's <style> elements (Web Chat inserts its styles at run time). Every
 * page response gets one: a random UUID (122 random bits) comes from Node's buffered entropy, where
 * 16 fresh random bytes cost a call into the random generator per request.
 */
const styleNonce = (res: Response): string => (res.locals.styleNonce ??= randomUUID());

/** Stands for the nonce in the policy, which is serialized once. */
const NONCE = '{nonce}';

/**
 * The headers of every response, set once per response from a fixed list. A JSON answer is never a
 * page, so its policy allows nothing and no framing; the pages (pageHeaders) replace them with their
 * own. The APIs carry most of the traffic (a turn is one request), and helmet's dozen middlewares
 * per request cost a noticeable share of a turn for headers that only matter to documents.
 */
export function apiHeaders(): RequestHandler {
  const headers = new Map<string, string>([
    ['Content-Security-Policy', "default-src 'none';frame-ancestors 'none'"],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'no-referrer'],
    ['Cross-Origin-Resource-Policy', 'same-origin'],
    ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
  ]);
  return (_req, res, next) => {
    res.setHeaders(headers);
    next();
  };
}

/** The headers of pages (the citizen page, the staff console, the privacy notice, scripts): helmet's set and the page's policy. */
export function pageHeaders(config: Config): RequestHandler {
  const directives: Record<string, string[]> = {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    // Web Chat styles itself with emotion, which inserts <style> elements at run time; the
    // page hands it this response's nonce, so no inline style without it is applied.
    // One of its libraries (react-scroll-to-bottom) creates an empty <style> without the nonce
    // and fills it through the CSSOM; the hash below allows exactly that empty element.
    styleSrc: ["'self'", `'nonce-${NONCE}'`, `'${EMPTY_STYLE_HASH}'`],
    imgSrc: ["'self'", 'data:', 'blob:'],
    mediaSrc: ["'self'", 'blob:'],
    fontSrc: ["'self'", 'data:'],
    // 'self' covers our REST and WebSocket; blob: is Web Chat reading a picked file to upload it.
    connectSrc: ["'self'", 'blob:'],
    // Web Chat makes upload thumbnails in a worker it creates from a blob of its own code.
    workerSrc: ["'self'", 'blob:'],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'self'"],
    ...(config.NODE_ENV === 'production' && { upgradeInsecureRequests: [] }),
  };
  // Serialized as helmet does ("default-src 'self';script-src …"), but once: helmet would build the
  // whole header again for every response because one value (the nonce) is a function.
  const [beforeNonce, afterNonce] = Object.entries(directives)
    .map(([name, values]) => [name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), ...values].join(' '))
    .join(';')
    .split(NONCE) as [string, string];
  const otherHeaders = helmet({ contentSecurityPolicy: false, referrerPolicy: { policy: 'no-referrer' } });
  return (req, res, next) => {
    res.setHeader('Content-Security-Policy', `${beforeNonce}${styleNonce(res)}${afterNonce}`);
    otherHeaders(req, res, next);
  };
}

/** The embed snippet and the files it loads are used by the town's website (another origin). */
const embeddable: RequestHandler = (_req, res, next) => {
  res.set('Cross-Origin-Resource-Policy', 'cross-origin');
  next();
};

const PAGE = readFileSync(path.join(WEB_DIR, 'public', 'index.html'), 'utf8');

/**
 * chat.js and embed.js with the Rathaus's phone number filled in: when the chat cannot load (the
 * website's origin not allowed, the server unreachable), the citizen still learns whom to call.
 */
function withContact(file: string, municipality: Municipality): string {
  const contact = { name: municipality.offices.rathaus!.name, phone: municipality.offices.rathaus!.phone };
  return readFileSync(path.join(WEB_DIR, file), 'utf8').replace('/*__CONTACT__*/ null', JSON.stringify(contact));
}
const STAFF_PAGE = readFileSync(path.join(WEB_DIR, 'staff', 'index.html'), 'utf8');

export function mountSite(app: Express, municipality: Municipality): void {
  const cache = { maxAge: '1h' };
  const chatScript = withContact('public/chat.js', municipality);
  const embedScript = withContact('embed.js', municipality);
  const script =
    (source: string): RequestHandler =>
    (_req, res) =>
      void res.set({ 'Cache-Control': 'public, max-age=300', 'Cross-Origin-Resource-Policy': 'cross-origin' }).type('js').send(source);
  // The page carries the style nonce of its own response (read by chat.js).
  app.get(['/', '/index.html'], (_req, res) => {
    res
      .set('Cache-Control', 'no-store')
      .type('html')
      .send(PAGE.replace('__STYLE_NONCE__', styleNonce(res)));
  });
  // The staff console: same-origin only (no embeddable header), never cached. Staff type the words they know for it
  // (trial 46: /console answered a bare JSON 404).
  app.get(['/console', '/konsole', '/admin'], (_req, res) => void res.redirect(301, '/staff'));
  app.get(['/staff', '/staff/'], (_req, res) => void res.set('Cache-Control', 'no-store').type('html').send(STAFF_PAGE));
  app.use('/staff', express.static(path.join(WEB_DIR, 'staff'), { maxAge: '5m', index: false, redirect: false }));
  for (const name of Object.keys(VENDOR_FILES) as VendorFile[]) {
    app.get(`/vendor/${name}`, embeddable, (_req, res) => res.sendFile(vendorPath(name), cache));
  }
  app.get('/embed.js', script(embedScript));
  app.get('/chat.js', script(chatScript));
  app.use(embeddable, express.static(path.join(WEB_DIR, 'public'), { ...cache, index: 'index.html', redirect: false }));
}

/**
 * What an unknown address answers: a browser gets a page in German with the way to the chat and the
 * Rathaus's phone (a citizen following an old link), every other client a JSON 404.
 */
export function notFound(municipality: Municipality): RequestHandler {
  const rathaus = municipality.offices.rathaus!;
  const t = de.pages;
  const page = htmlPage(
    t.notFoundTitle(municipality.name),
    [
      `<h1>${escapeHtml(t.notFoundHeading)}</h1>`,
      `<p>${escapeHtml(t.notFound)}</p>`,
      `<p><a href="/">${escapeHtml(t.toChat)}</a></p>`,
      rathaus.phone ? `<p>${escapeHtml(t.call(rathaus.name, rathaus.phone))}</p>` : '',
    ].join('\n'),
  );
  return (req, res) => {
    if (req.method === 'GET' && req.accepts(['json', 'html']) === 'html')
      res.status(404).set('Cache-Control', 'no-cache').type('html').send(page);
    else res.status(404).json({ error: 'not found' });
  };
}
