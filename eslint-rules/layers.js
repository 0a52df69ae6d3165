// @ts-check
// The layer rule: which folders a folder may import. This table is the
// "must never import" table of docs/architecture.md, as code; `npm run lint`
// fails on any import that breaks it. A folder is `src/<name>` or a top-level
// folder; files in no listed folder (test/, configs) may import anything.
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Packages that do network I/O or speak gRPC. */
const GRPC = ['@grpc/grpc-js', '@grpc/proto-loader'];

/**
 * Per folder either `only` (the folders it may import, itself included) or
 * `never` (folders it must not import), and optionally `packages` it must
 * not import, or `builtinsOnly`: no package but Node's own (`node:*`). `why`
 * is what the lint message says.
 * @type {Record<string, { only?: string[], never?: string[], packages?: string[], builtinsOnly?: boolean, why: string }>}
 */
export const LAYERS = {
  'src/raft': { only: ['src/raft'], why: 'the Raft core is pure and imports nothing outside itself' },
  'src/server': { never: ['src/api', 'src/node', 'src/lock', 'src/registry', 'src/health', 'src/client', 'cli'], why: 'the member driver sits below the domain layers, the API and the composition root' },
  'src/kv': { never: ['src/api', 'src/server', 'src/node', 'src/lock', 'src/registry', 'src/health', 'src/client', 'cli'], packages: GRPC, why: 'the state machine knows no driver, API or transport' },
  'src/lock': { never: ['src/api', 'src/node', 'src/server', 'src/registry', 'src/health', 'src/client', 'cli', 'src/proto', 'src/generated'], packages: GRPC, why: 'domain logic works on store types, never on the API or protobuf' },
  'src/proto': { only: ['src/proto', 'src/generated'], why: 'the protocol layer is wire definitions only, below every user of it' },
  'src/registry': { never: ['src/api', 'src/node', 'src/server', 'src/client', 'cli'], packages: GRPC, why: 'domain logic works on kv and leases, never on the API' },
  'src/health': { never: ['src/api', 'src/node', 'src/server', 'src/registry', 'src/client', 'cli'], packages: GRPC, why: 'domain logic works on kv and leases, never on the API' },
  'src/api': { never: ['src/raft', 'src/node', 'src/client', 'cli'], why: 'the API calls the member through small interfaces' },
  'src/node': { never: ['src/client', 'cli'], why: 'the composition root assembles server folders only' },
  'src/client': { only: ['src/client', 'src/generated', 'src/proto'], why: 'the client library depends on grpc-js and the protocol only' },
  'src/launcher': { only: ['src/launcher', 'src/client'], builtinsOnly: true, why: 'the launcher starts members as processes with Node built-ins only' },
  'cli': { only: ['cli', 'src/client'], why: 'regctl is built on the client library' },
  'jepsen-lite': { only: ['jepsen-lite', 'src/client', 'src/generated', 'src/launcher'], why: 'jepsen-lite uses the client library and processes only' },
  'bench': { only: ['bench', 'src/client', 'src/generated', 'src/launcher'], why: 'bench uses the client library and processes only' },
  'examples': { only: ['examples'], why: 'the examples use regd as an application does, through the regd/client package' },
  'scripts': { only: ['scripts', 'src/client', 'src/launcher'], why: 'scripts start processes and talk to them through the client library' },
};

/** The folder a repo-relative path belongs to: `src/<name>` or its first segment. */
export function folderOf(path) {
  const parts = path.split('/');
  if (parts[0] === 'src' && parts.length > 2) return `src/${parts[1]}`;
  return parts.length > 1 ? parts[0] : '';
}

function toRepoPath(abs) {
  return relative(ROOT, abs).split('\\').join('/');
}

/** @type {import('eslint').Rule.RuleModule} */
export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Layers only call downward: a folder imports only what its row of the layer table allows.' },
    schema: [],
    messages: {
      forbidden: "{{from}} must not import {{to}} ('{{spec}}'): {{why}}.",
      forbiddenPackage: "{{from}} must not import the package '{{spec}}': {{why}}.",
    },
  },
  create(context) {
    const file = toRepoPath(context.filename);
    if (file.startsWith('..') || isAbsolute(file)) return {};
    const from = folderOf(file);
    const layer = LAYERS[from];
    if (layer === undefined) return {};

    /** @param {import('estree').Node} node @param {unknown} spec */
    function check(node, spec) {
      if (typeof spec !== 'string') return;
      if (spec.startsWith('.')) {
        const to = folderOf(toRepoPath(resolve(dirname(context.filename), spec)));
        if (to === from) return;
        const allowed = layer.only !== undefined ? layer.only.includes(to) : !(layer.never ?? []).includes(to);
        if (!allowed) context.report({ node, messageId: 'forbidden', data: { from, to: to || 'the repository root', spec, why: layer.why } });
      } else if ((layer.builtinsOnly === true && !spec.startsWith('node:')) || (layer.packages ?? []).some((p) => spec === p || spec.startsWith(`${p}/`))) {
        context.report({ node, messageId: 'forbiddenPackage', data: { from, spec, why: layer.why } });
      }
    }

    return {
      ImportDeclaration: (n) => check(n, n.source.value),
      ExportNamedDeclaration: (n) => { if (n.source) check(n, n.source.value); },
      ExportAllDeclaration: (n) => check(n, n.source.value),
      ImportExpression: (n) => { if (n.source.type === 'Literal') check(n, n.source.value); },
    };
  },
};
