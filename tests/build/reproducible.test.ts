import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, buildWithContent, cleanUp, listFiles } from '../helpers/build.ts';

async function digestTree(dir: string): Promise<Map<string, string>> {
  const digests = new Map<string, string>();
  for (const file of await listFiles(dir)) {
    digests.set(
      file,
      createHash('sha256')
        .update(await readFile(join(dir, file)))
        .digest('hex'),
    );
  }
  return digests;
}

describe('reproducible builds', () => {
  it('give a byte-identical dist/ under UTC+14 (Kiritimati) and UTC-4 (Caracas)', async () => {
    const content = join(PROJECT_ROOT, 'src/content');
    const east = await buildWithContent(content, { env: { TZ: 'Pacific/Kiritimati' } });
    const west = await buildWithContent(content, { env: { TZ: 'America/Caracas' } });
    try {
      expect(east.code, east.output).toBe(0);
      expect(west.code, west.output).toBe(0);
      const a = await digestTree(east.dist);
      const b = await digestTree(west.dist);
      expect([...a.keys()]).toEqual([...b.keys()]);
      const differing = [...a].filter(([file, digest]) => b.get(file) !== digest).map(([file]) => file);
      expect(differing).toEqual([]);
      expect(a.size).toBeGreaterThan(20);
    } finally {
      await Promise.all([cleanUp(east), cleanUp(west)]);
    }
  });
});
