// The release gate around `npm audit` (scripts/audit.ts), judged on reports in npm's own JSON
// format: the documented exception passes, any other high or critical advisory blocks, and an
// audit that did not run is never taken for a clean one.
import { judge } from '../../scripts/audit';

const advisory = (name: string, ghsa: string, severity: string, title: string) => ({
  source: 1,
  name,
  dependency: name,
  title,
  url: `https://github.com/advisories/${ghsa}`,
  severity,
  cwe: [],
  cvss: { score: 0, vectorString: null },
  range: '<9.9.9',
});

/** `npm audit --omit=dev --json` with the findings expected for this project's dependencies. */
const report = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities: {
      'sanitize-html': {
        name: 'sanitize-html',
        severity: 'critical',
        isDirect: false,
        effects: ['botframework-webchat'],
        range: '<2.17.4',
        nodes: ['node_modules/sanitize-html'],
        fixAvailable: false,
        via: [advisory('sanitize-html', 'GHSA-rpr9-rxv7-x643', 'critical', 'sanitize-html allows XSS via xmp')],
      },
      'botframework-webchat': {
        name: 'botframework-webchat',
        severity: 'critical',
        isDirect: true,
        effects: [],
        range: '*',
        nodes: ['node_modules/botframework-webchat'],
        fixAvailable: false,
        via: ['sanitize-html', '@babel/runtime'],
      },
      '@babel/runtime': {
        name: '@babel/runtime',
        severity: 'moderate',
        isDirect: false,
        effects: ['botframework-webchat'],
        range: '<7.26.10',
        nodes: ['node_modules/@babel/runtime'],
        fixAvailable: true,
        via: [advisory('@babel/runtime', 'GHSA-968p-4wvh-cqc8', 'moderate', 'inefficient RegExp complexity')],
      },
      ...extra,
    },
    metadata: {
      vulnerabilities: { info: 0, low: 0, moderate: 1, high: 0, critical: 2, total: 3 },
      dependencies: { prod: 648, dev: 0, optional: 0, peer: 0, peerOptional: 0, total: 647 },
    },
  });

test('the documented sanitize-html exception and moderate findings do not block', () => {
  const verdict = judge(report());
  expect(verdict).toMatchObject({
    ran: true,
    blocking: [],
    excepted: [{ id: 'GHSA-rpr9-rxv7-x643', name: 'sanitize-html', severity: 'critical' }],
  });
});

test('any other high or critical advisory blocks, once even if several packages lead to it', () => {
  const ws = advisory('ws', 'GHSA-96hv-2xvq-fx4p', 'high', 'memory exhaustion from small fragments');
  const verdict = judge(
    report({
      ws: {
        name: 'ws',
        severity: 'high',
        isDirect: true,
        effects: [],
        range: '<8.21.0',
        nodes: ['node_modules/ws'],
        fixAvailable: true,
        via: [ws],
      },
      'botframework-streaming': {
        name: 'botframework-streaming',
        severity: 'high',
        isDirect: false,
        effects: [],
        range: '*',
        nodes: [],
        fixAvailable: true,
        via: ['ws', ws],
      },
    }),
  );
  expect(verdict).toMatchObject({ ran: true, blocking: [{ id: 'GHSA-96hv-2xvq-fx4p', name: 'ws', severity: 'high' }] });
  expect(verdict.ran && verdict.blocking).toHaveLength(1);
});

test('a registry that refuses the advisory request means the audit did not run', () => {
  // What npm printed in the development environment (a mirror without the advisory endpoint).
  const refused = JSON.stringify({
    message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
    method: 'POST',
    uri: 'https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
    statusCode: 405,
    body: '',
    error: { summary: '', detail: '' },
  });
  expect(judge(refused)).toEqual({
    ran: false,
    reason: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  });
  expect(judge('')).toEqual({ ran: false, reason: 'npm audit printed no JSON report' });
});
