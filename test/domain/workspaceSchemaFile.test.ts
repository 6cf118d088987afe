// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  WORKSPACE_SCHEMA_FILE,
  workspaceJsonSchema,
  workspaceJsonSchemaText,
} from '@/domain/jsonSchema';

describe(WORKSPACE_SCHEMA_FILE, () => {
  it('matches what `npm run schema` writes (run it after changing a schema)', () => {
    const committed = readFileSync(resolve(__dirname, '../..', WORKSPACE_SCHEMA_FILE), 'utf8');
    expect(committed).toBe(workspaceJsonSchemaText());
  });

  it('is a titled JSON Schema with an $id describing the workspace', () => {
    const schema = workspaceJsonSchema();
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: expect.stringContaining('workspace'),
      title: 'OfferScope workspace',
      type: 'object',
    });
    expect(schema.required).toEqual(
      expect.arrayContaining(['schemaVersion', 'profiles', 'activeProfileId']),
    );
  });
});
