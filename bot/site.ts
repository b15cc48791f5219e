// The citizen page, the embed snippet and the Web Chat bundle, all served by the assistant
// itself: the citizen's browser talks to nobody else. The Content-Security-Policy allows
// scripts from this server only (no inline script, no eval).
import path from 'node:path';
import express, { type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import { projectRoot } from '../knowledge/paths';
import type { Config } from './config';

const WEB_DIR = path.join(projectRoot(), 'web');
/** Web Chat's prebuilt UMD bundle (window.WebChat), React included. */
const WEBCHAT_BUNDLE = path.join(projectRoot(), 'node_modules', 'botframework-webchat', 'dist', 'webchat.js');

export function securityHeaders(config: Config): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Web Chat styles itself with emotion, which inserts <style> elements at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        mediaSrc: ["'self'", 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'self'"],
        ...(config.NODE_ENV === 'production' && { upgradeInsecureRequests: [] }),
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
  });
}

/** The embed snippet and the files it loads are used by the town's website (another origin). */
const embeddable: RequestHandler = (_req, res, next) => {
  res.set('Cross-Origin-Resource-Policy', 'cross-origin');
  next();
};

export function mountSite(app: Express): void {
  const cache = { maxAge: '1h' };
  app.get('/webchat/webchat.js', embeddable, (_req, res) => res.sendFile(WEBCHAT_BUNDLE, cache));
  app.get('/embed.js', embeddable, (_req, res) => res.sendFile(path.join(WEB_DIR, 'embed.js'), { maxAge: '5m' }));
  app.use(embeddable, express.static(path.join(WEB_DIR, 'public'), { ...cache, index: 'index.html', redirect: false }));
}
