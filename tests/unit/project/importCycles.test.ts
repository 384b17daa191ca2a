import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findImportCycles } from '../../../scripts/importCycles.mjs';
import { makeTempDir, PROJECT_ROOT, removeTempDir } from '../../support/backendFixture';

describe('import cycles', () => {
  let dir: string | undefined;
  afterEach(() => removeTempDir(dir));

  function project(files: Record<string, string>): string {
    dir = makeTempDir('brieflink-cycles-');
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    return dir;
  }

  it('finds none in common/, electron/ and renderer/', () => {
    expect(findImportCycles(PROJECT_ROOT)).toEqual([]);
  });

  it('finds a loop through type-only imports, folders and .tsx files, and names each tangle once', () => {
    const root = project({
      'electron/a.ts': "import { b } from './b';\nexport const a = b;",
      'electron/b.ts': "import type { C } from '../renderer/c';\nexport const b = 1 as unknown as C;",
      'renderer/c.tsx': "import { a } from '../electron/a';\nexport type C = typeof a;",
      'common/d.ts': "import { e } from './e';\nexport const d = e;",
      'common/e.ts': "import { d } from './d';\nimport 'zod';\nexport const e = 1;\nexport { d };",
      'common/alone.ts': "import { d } from './d';\nexport const alone = d;",
    });
    expect(findImportCycles(root)).toEqual(
      expect.arrayContaining([
        ['common/d.ts', 'common/e.ts', 'common/d.ts'],
        ['electron/a.ts', 'electron/b.ts', 'renderer/c.tsx', 'electron/a.ts'],
      ]),
    );
    expect(findImportCycles(root)).toHaveLength(2);
  });

  it('ignores imports that are commented out or name packages', () => {
    const root = project({
      'common/f.ts': "// import { g } from './g';\nimport { z } from 'zod';\nexport const f = z;",
      'common/g.ts': "import { f } from './f';\nexport const g = f;",
    });
    expect(findImportCycles(root)).toEqual([]);
  });
});
