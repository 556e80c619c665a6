// `npm start`: serves the demo pages from TypeScript sources, and dist/cdn/ (built first by
// `npm start`) for the embed builder.
import { esbuildPlugin } from '@web/dev-server-esbuild';

export default {
  rootDir: '.',
  port: Number(process.env.PORT ?? 8000),
  hostname: '127.0.0.1',
  nodeResolve: true,
  appIndex: 'demo/index.html',
  // No `target`: TypeScript is compiled, but .js files are served byte for byte, so the
  // embed builder's integrity hash of dist/cdn/ is the hash of the file an editor hosts.
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' })],
};
