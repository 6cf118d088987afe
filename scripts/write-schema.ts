/** `npm run schema`: regenerates public/workspace.schema.json from the Zod workspace schema. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WORKSPACE_SCHEMA_FILE, workspaceJsonSchemaText } from '../src/domain/jsonSchema';

const target = fileURLToPath(new URL(`../${WORKSPACE_SCHEMA_FILE}`, import.meta.url));
writeFileSync(target, workspaceJsonSchemaText());
console.log(`wrote ${WORKSPACE_SCHEMA_FILE}`);
