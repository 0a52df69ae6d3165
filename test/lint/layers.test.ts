// The layer table is enforced by `npm run lint`: a forbidden import fails it.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** [file that imports, what it imports, allowed?] */
const CASES: Array<[string, string, boolean]> = [
  ['src/raft/probe.ts', '../kv/index.js', false],
  ['src/raft/probe.ts', './log.js', true],
  ['src/server/probe.ts', '../api/kv-service.js', false],
  ['src/server/probe.ts', '../node/config.js', false],
  ['src/server/probe.ts', '../lock/lock.js', false],
  ['src/server/probe.ts', '../kv/index.js', true],
  ['src/kv/probe.ts', '../server/raft-node.js', false],
  ['src/kv/probe.ts', '../api/kv-service.js', false],
  ['src/kv/probe.ts', '@grpc/grpc-js', false],
  ['src/kv/probe.ts', './types.js', true],
  ['src/lock/probe.ts', '../api/lock-service.js', false],
  ['src/lock/probe.ts', '@grpc/grpc-js', false],
  ['src/lock/probe.ts', '../kv/index.js', true],
  ['src/lock/probe.ts', '../generated/proto.js', false],
  ['src/lock/probe.ts', '../proto/long.js', false],
  ['src/proto/probe.ts', '../kv/types.js', false],
  ['src/proto/probe.ts', '../generated/proto.js', true],
  ['src/registry/probe.ts', '../api/kv-service.js', false],
  ['src/health/probe.ts', '@grpc/grpc-js', false],
  ['src/api/probe.ts', '../raft/index.js', false],
  ['src/api/probe.ts', '../node/regd-server.js', false],
  ['src/api/probe.ts', '../kv/index.js', true],
  ['src/node/probe.ts', '../client/index.js', false],
  ['src/node/probe.ts', '../api/kv-service.js', true],
  ['src/client/probe.ts', '../server/raft-node.js', false],
  ['src/client/probe.ts', '../kv/types.js', false],
  ['src/client/probe.ts', '../generated/proto.js', true],
  ['src/launcher/probe.ts', '../server/raft-node.js', false],
  ['src/launcher/probe.ts', '../proto/services.js', false],
  ['src/launcher/probe.ts', '../client/index.js', true],
  ['src/launcher/probe.ts', './process.js', true],
  ['src/launcher/probe.ts', 'commander', false],
  ['src/launcher/probe.ts', 'node:child_process', true],
  ['scripts/probe.ts', '../src/launcher/index.js', true],
  ['scripts/probe.ts', '../src/node/config.js', false],
  ['cli/probe.ts', '../src/kv/index.js', false],
  ['cli/probe.ts', '../src/client/index.js', true],
  ['jepsen-lite/probe.ts', '../src/raft/rng.js', false],
  ['jepsen-lite/checker/probe.ts', '../../src/server/raft-node.js', false],
  ['jepsen-lite/checker/probe.ts', '../history.js', true],
  ['bench/probe.ts', '../src/proto/services.js', false],
  ['bench/probe.ts', '../src/client/index.js', true],
  ['test/probe.ts', '../src/raft/index.js', true],
];

describe('layer rule', () => {
  const eslint = new ESLint({ cwd: ROOT });

  it.each(CASES)('%s importing %s: allowed=%s', async (file, spec, allowed) => {
    const [result] = await eslint.lintText(`import { x } from '${spec}';\nexport const y = x;\n`, { filePath: join(ROOT, file) });
    const layerErrors = (result?.messages ?? []).filter((m) => m.ruleId === 'regd/layers');
    if (allowed) {
      expect(layerErrors).toEqual([]);
    } else {
      expect(layerErrors).toHaveLength(1);
      expect(layerErrors[0]?.message).toContain('must not import');
    }
  });

  it('npm run lint fails on a file with a forbidden import, and names it', () => {
    const probe = join(ROOT, 'src', 'server', `lint-probe-${process.pid}.ts`);
    writeFileSync(probe, "import { kvService } from '../api/kv-service.js';\nexport const probe = kvService;\n");
    try {
      const run = spawnSync('npm', ['run', '-s', 'lint'], { cwd: ROOT, encoding: 'utf8', timeout: 110_000 });
      expect(run.status).not.toBe(0);
      expect(run.stdout).toContain(`lint-probe-${process.pid}.ts`);
      expect(run.stdout).toContain("src/server must not import src/api ('../api/kv-service.js')");
    } finally {
      rmSync(probe, { force: true });
    }
  });
});
