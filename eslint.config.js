// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { layersRule } from './eslint-rules/layers.js';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'coverage/', 'src/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Layers only call downward: eslint-rules/layers.js holds the table.
    files: ['**/*.ts'],
    plugins: { regd: { rules: { layers: layersRule } } },
    rules: { 'regd/layers': 'error' },
  },
  {
    // The Raft core is pure: no I/O, no clock, no ambient randomness. Time and
    // randomness come in as inputs so the simulator can replay any schedule.
    files: ['src/raft/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'net', 'os', 'child_process', 'timers', 'crypto', 'worker_threads'], message: 'src/raft is pure: no I/O modules.' },
          { group: ['@grpc/*', 'level', 'classic-level', 'pino', 'protobufjs'], message: 'src/raft is pure: no I/O libraries.' },
          { group: ['../*', '!../raft/*'], message: 'src/raft may only import within src/raft.' },
        ],
      }],
      'no-restricted-properties': ['error',
        { object: 'Date', property: 'now', message: 'Time is an input to the Raft core (tick).' },
        { object: 'Math', property: 'random', message: 'Randomness is an input to the Raft core (seeded Rng).' },
        { object: 'performance', property: 'now', message: 'Time is an input to the Raft core (tick).' },
      ],
      'no-restricted-globals': ['error', 'setTimeout', 'setInterval', 'setImmediate', 'queueMicrotask', 'process', 'require', 'fetch'],
      'no-restricted-syntax': ['error', { selector: 'NewExpression[callee.name="Date"]', message: 'Time is an input to the Raft core (tick).' }],
    },
  },
  {
    // The registry model and the health rules are pure: time comes in as nowMs,
    // and they import only each other (which way: the layer rule above).
    files: [
      'src/registry/limits.ts', 'src/registry/model.ts', 'src/registry/validate.ts',
      'src/health/check.ts', 'src/health/utf8.ts', 'src/health/check-state.ts', 'src/health/status.ts',
      'src/health/ttl.ts', 'src/health/self-preservation.ts',
    ],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'net', 'os', 'child_process', 'timers', 'crypto', 'worker_threads'], message: 'Pure registry/health module: no I/O modules.' },
          { group: ['@grpc/*', 'level', 'classic-level', 'pino', 'protobufjs'], message: 'Pure registry/health module: no I/O libraries.' },
          { group: ['../*', '!../registry', '!../health'], message: 'Pure registry/health modules import only each other.' },
        ],
      }],
      'no-restricted-properties': ['error',
        { object: 'Date', property: 'now', message: 'Time is an input (nowMs).' },
        { object: 'Math', property: 'random', message: 'No ambient randomness.' },
        { object: 'performance', property: 'now', message: 'Time is an input (nowMs).' },
      ],
      'no-restricted-globals': ['error', 'setTimeout', 'setInterval', 'setImmediate', 'queueMicrotask', 'process', 'require', 'fetch'],
      'no-restricted-syntax': ['error', { selector: 'NewExpression[callee.name="Date"]', message: 'Time is an input (nowMs).' }],
    },
  },
);
