// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { layersRule } from './eslint-rules/layers.js';

/**
 * Rules for code that must be pure: no I/O modules or libraries, imports only
 * from `within`, and time and randomness only as inputs.
 * @param {string} what @param {string[]} within @param {string} inputsOf
 */
function pureRules(what, within, inputsOf) {
  return {
    'no-restricted-imports': ['error', {
      patterns: [
        { group: ['node:*', 'fs', 'net', 'os', 'child_process', 'timers', 'crypto', 'worker_threads'], message: `${what} is pure: no I/O modules.` },
        { group: ['@grpc/*', 'level', 'classic-level', 'memory-level', 'pino', 'protobufjs'], message: `${what} is pure: no I/O libraries.` },
        { group: within, message: `${what} imports only within itself.` },
      ],
    }],
    'no-restricted-properties': ['error',
      { object: 'Date', property: 'now', message: `Time is an input to ${inputsOf}.` },
      { object: 'Math', property: 'random', message: `Randomness is an input to ${inputsOf}.` },
      { object: 'performance', property: 'now', message: `Time is an input to ${inputsOf}.` },
    ],
    'no-restricted-globals': ['error', 'setTimeout', 'setInterval', 'setImmediate', 'queueMicrotask', 'process', 'require', 'fetch'],
    'no-restricted-syntax': ['error', { selector: 'NewExpression[callee.name="Date"]', message: `Time is an input to ${inputsOf}.` }],
  };
}

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
    rules: pureRules('src/raft', ['../*', '!../raft/*'], 'the Raft core (tick, seeded Rng)'),
  },
  {
    // The registry model and the health rules are pure: time comes in as nowMs,
    // and they import only each other (which way: the layer rule above).
    files: [
      'src/registry/limits.ts', 'src/registry/model.ts', 'src/registry/validate.ts',
      'src/health/check.ts', 'src/health/utf8.ts', 'src/health/check-state.ts', 'src/health/status.ts',
      'src/health/ttl.ts', 'src/health/self-preservation.ts',
    ],
    rules: pureRules('the registry and health model', ['../*', '!../registry', '!../health'], 'the model (nowMs)'),
  },
);
