// `npm start`: serves the demo pages straight from TypeScript sources (no build step).
import { esbuildPlugin } from '@web/dev-server-esbuild';

export default {
  rootDir: '.',
  port: Number(process.env.PORT ?? 8000),
  hostname: '127.0.0.1',
  nodeResolve: true,
  appIndex: 'demo/index.html',
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
};
