import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Each boundary of ARCHITECTURE.md, crossed on purpose: the linter must refuse every one. The
// code is linted as if it stood at `file`; the imported modules are real, so paths resolve.
const eslint = new ESLint();

async function rulesBroken(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('the linter keeps the boundaries', () => {
  it.each([
    {
      boundary: 'client ↛ server',
      file: 'client/features/editor/x.ts',
      code: "import { createApp } from '../../../server/app.ts';\nexport const a = createApp;\n",
      rule: 'import-x/no-restricted-paths',
    },
    {
      boundary: 'client ↛ local-library',
      file: 'client/lib/x.ts',
      code: "import { startLocalLibrary } from '../../local-library/index.ts';\nexport const a = startLocalLibrary;\n",
      rule: 'import-x/no-restricted-paths',
    },
    {
      boundary: 'common ↛ server',
      file: 'common/x.ts',
      code: "import { loadConfig } from '../server/config.ts';\nexport const a = loadConfig;\n",
      rule: 'import-x/no-restricted-paths',
    },
    {
      boundary: 'common ↛ client',
      file: 'common/x.ts',
      code: "import { apiRequest } from '../client/lib/api-client.ts';\nexport const a = apiRequest;\n",
      rule: 'import-x/no-restricted-paths',
    },
    {
      boundary: 'local-library ↛ common',
      file: 'local-library/files/x.ts',
      code: "import { isFileId } from '../../common/file-id.ts';\nexport const a = isFileId;\n",
      rule: 'import-x/no-restricted-paths',
    },
    {
      boundary: 'local-library ↛ server',
      file: 'local-library/x.ts',
      code: "import { loadConfig } from '../server/config.ts';\nexport const a = loadConfig;\n",
      rule: 'import-x/no-restricted-paths',
    },
    {
      boundary: 'server ↛ local-library, even its entry, outside the composition root',
      file: 'server/files/x.ts',
      code: "import { createLocalLibrary } from '../../local-library/index.ts';\nexport const a = createLocalLibrary;\n",
      rule: 'import-x/no-restricted-paths',
    },
    {
      boundary: 'the composition root ↛ the local library’s insides',
      file: 'server/compose.ts',
      code: "import { parseCoordinates } from '../local-library/files/region.ts';\nexport const a = parseCoordinates;\n",
      rule: 'import-x/no-restricted-paths',
    },
    {
      boundary: 'client feature ↛ another feature',
      file: 'client/features/editor/x.ts',
      code: "import { TagSelect } from '../tags/tag-select.tsx';\nexport const a = TagSelect;\n",
      rule: 'import-x/no-restricted-paths',
    },
    {
      boundary: 'client feature ↛ app',
      file: 'client/features/tags/x.ts',
      code: "import { appRoutes } from '../../app/routes.tsx';\nexport const a = appRoutes;\n",
      rule: 'import-x/no-restricted-paths',
    },
    {
      boundary: 'shared client code ↛ features',
      file: 'client/lib/x.ts',
      code: "import { TagSelect } from '../features/tags/tag-select.tsx';\nexport const a = TagSelect;\n",
      rule: 'import-x/no-restricted-paths',
    },
    {
      boundary: 'shared components ↛ client/api',
      file: 'client/components/x.ts',
      code: "import { fileKeys } from '../api/files/file-keys.ts';\nexport const a = fileKeys;\n",
      rule: 'import-x/no-restricted-paths',
    },
    {
      boundary: 'client/lib ↛ shared components',
      file: 'client/lib/x.ts',
      code: "import { ActionDialog } from '../components/action-dialog.tsx';\nexport const a = ActionDialog;\n",
      rule: 'import-x/no-restricted-paths',
    },
    {
      boundary: 'only client/api changes the query cache',
      file: 'client/features/editor/x.ts',
      code: 'export const a = (qc: { invalidateQueries(): void }) => qc.invalidateQueries();\n',
      rule: 'no-restricted-syntax',
    },
    {
      boundary: 'react-select only in its wrapper',
      file: 'client/features/editor/x.ts',
      code: "import Select from 'react-select';\nexport const a = Select;\n",
      rule: 'no-restricted-imports',
    },
    {
      boundary: 'react-image-crop only in its wrapper',
      file: 'client/features/library/x.ts',
      code: "import ReactCrop from 'react-image-crop';\nexport const a = ReactCrop;\n",
      rule: 'no-restricted-imports',
    },
    {
      boundary: 'the ImageKit SDK only in server/imagekit/',
      file: 'server/files/x.ts',
      code: "import ImageKit from '@imagekit/nodejs';\nexport const a = ImageKit;\n",
      rule: 'no-restricted-imports',
    },
    {
      boundary: 'fetch only in client/lib/api-client.ts',
      file: 'client/features/library/x.ts',
      code: "export const a = () => fetch('/api/files');\n",
      rule: 'no-restricted-globals',
    },
    {
      boundary: 'XMLHttpRequest only in client/lib/api-client.ts',
      file: 'client/features/upload/x.ts',
      code: 'export const a = () => new XMLHttpRequest();\n',
      rule: 'no-restricted-globals',
    },
  ])('$boundary', async ({ file, code, rule }) => {
    expect(await rulesBroken(file, code)).toContain(rule);
  });

  it.each([
    {
      allowed: 'the composition root mounts the local library through its entry',
      file: 'server/compose.ts',
      code: "import { createLocalLibrary } from '../local-library/index.ts';\nexport const a = createLocalLibrary;\n",
    },
    {
      allowed: 'a server test starts the local library through its entry',
      file: 'server/files/x.test.ts',
      code: "import { startLocalLibrary } from '../../local-library/index.ts';\nexport const a = startLocalLibrary;\n",
    },
    {
      allowed: 'the client imports common',
      file: 'client/features/editor/x.ts',
      code: "import { isFileId } from '../../../common/file-id.ts';\nexport const a = isFileId;\n",
    },
    {
      allowed: 'the server imports common',
      file: 'server/files/x.ts',
      code: "import { isFileId } from '../../common/file-id.ts';\nexport const a = isFileId;\n",
    },
  ])('allows: $allowed', async ({ file, code }) => {
    expect(await rulesBroken(file, code)).toEqual([]);
  });
});
