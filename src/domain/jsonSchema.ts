import * as z from 'zod/mini';
import { WORKSPACE_VERSION, WorkspaceSchema } from './schemas/workspace';

/** Where the generated file lives, relative to the project root. */
export const WORKSPACE_SCHEMA_FILE = 'public/workspace.schema.json';

/**
 * JSON Schema (draft 2020-12) of a workspace file as a person may write it (io: 'input': fields
 * with defaults are optional). Cross-field rules (unique ids, sums of year weights, …) are
 * refinements and are checked by the app, not by this schema.
 * Not exported from index.ts: the app never needs it, and it keeps toJSONSchema out of the bundle.
 */
export function workspaceJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(WorkspaceSchema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
  });
  const { $schema, ...rest } = generated as Record<string, unknown>;
  return {
    $schema,
    $id: `urn:offerscope:workspace:v${WORKSPACE_VERSION}`,
    title: 'OfferScope workspace',
    description:
      'A saved OfferScope workspace: job offers, candidate priority profiles, finance assumptions, custom rated dimensions and exchange rates. Generated from the Zod schema in src/domain/schemas by `npm run schema`; do not edit by hand.',
    ...rest,
  };
}

/** The exact text written to public/workspace.schema.json: stable, pretty-printed, newline-terminated. */
export function workspaceJsonSchemaText(): string {
  return `${JSON.stringify(workspaceJsonSchema(), null, 2)}\n`;
}
