import { defineConfig } from 'tsup';

export default defineConfig({
  // The generate worker is its own entry: worker_threads load it by file.
  entry: { index: 'src/index.ts', bin: 'src/bin.ts', 'generate-worker': 'src/generate/worker.ts' },
  format: ['esm'],
  dts: { entry: 'src/index.ts' },
  clean: true,
  sourcemap: true,
  target: 'node20',
});
