import type * as z from 'zod/mini';
import './issueMessages';

export interface FieldIssue {
  /** Dotted path with array indexes, e.g. "offers[1].cash.base". */
  path: string;
  message: string;
}

/** Formats a path the way people read it: offers[1].cash.base */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

export function issuesOf(error: z.core.$ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path) || '(root)',
    message: issue.message,
  }));
}

/** Thrown by parse*: its message lists every bad field as "path: why". */
export class ValidationError extends Error {
  readonly issues: FieldIssue[];
  constructor(what: string, issues: FieldIssue[]) {
    super(`Invalid ${what}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    this.name = 'ValidationError';
    this.issues = issues;
  }
}

/** Parses with a schema, throwing a ValidationError that names each bad field. */
export function parseWith<S extends z.ZodMiniType>(
  schema: S,
  what: string,
  input: unknown,
): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(what, issuesOf(result.error));
  return result.data;
}
