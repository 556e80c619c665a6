// The local server of the scripts that drive Chromium (the snippets build, the benchmark):
// the demo server's plugins (TypeScript compiled, dist/cdn/ served byte for byte, so
// integrity hashes hold), plus pages the script writes into `pages`, served at their path.
import { startDevServer } from '@web/dev-server';
import demoServer from '../../web-dev-server.config.mjs';

export async function startPageServer({ port, pages, middleware = [] }) {
  const server = await startDevServer({
    config: {
      rootDir: '.',
      port,
      hostname: '127.0.0.1',
      nodeResolve: true,
      middleware: [
        ...middleware,
        async (context, next) => {
          const page = pages.get(context.path);
          if (page === undefined) return next();
          context.type = 'html';
          context.body = page;
        },
      ],
      plugins: demoServer.plugins,
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  return { server, origin: `http://127.0.0.1:${server.config.port}` };
}
