// The site's own HTML pages beside the chat (the privacy notice, "not found"): one accessible
// shell without any script or inline style, so that they fit the site's Content-Security-Policy.

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A complete German page; `main` is HTML already escaped by the caller. */
export function htmlPage(title: string, main: string): string {
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/styles.css">
</head>
<body class="ba-text-page">
<main>
${main}
</main>
</body>
</html>
`;
}
