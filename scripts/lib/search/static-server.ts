/**
 * A static file server for the built site (dist/), so the search recall script can
 * load the real search page and Pagefind bundle in a browser without `astro preview`.
 * The serving is sirv's (maintained, small); this module only binds it to 127.0.0.1
 * on a free port and gives a way to stop it.
 */
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import sirv from 'sirv';

/** A running server: its base URL, and how to stop it. */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1 (a free port unless `port` is given); `/x/` serves `/x/index.html`. */
export async function serveStatic(root: string, port = 0): Promise<StaticServer> {
  // dev: read from disk on each request, so a rebuild in place is served at once.
  const serve = sirv(resolve(root), { dev: true, dotfiles: false });
  const server = createServer((req, res) =>
    serve(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
    }),
  );
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
