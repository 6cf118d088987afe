import * as z from 'zod/mini';

/** What a value of each expected type is called in a message ("must be a number"). */
const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  null: 'null',
};

const listed = (values: readonly unknown[]) => values.map((v) => String(v)).join(', ');

/**
 * Every schema issue in words that say what was expected ("name: required", "equity.type: one of
 * none, rsu, options"), where a schema gives no message of its own. zod/mini carries no locale, so
 * without this every such issue would read "Invalid input".
 */
export function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'required';
      return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${listed(issue.values)}`
        : `one of ${listed(issue.values)}`;
    case 'invalid_union':
      return issue.input === undefined ? 'required' : 'is not any of the accepted forms';
    case 'too_small':
      return issue.origin === 'array'
        ? `needs at least ${String(issue.minimum)} ${Number(issue.minimum) === 1 ? 'item' : 'items'}`
        : `must be ≥ ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `at most ${String(issue.maximum)} items`
        : `must be ≤ ${String(issue.maximum)}`;
    case 'invalid_key':
      return `is not an allowed key: ${issue.issues[0]?.message ?? 'not accepted'}`;
    case 'invalid_format':
      return 'is not in the expected format';
    case 'unrecognized_keys':
      return `unexpected ${issue.keys.length === 1 ? 'key' : 'keys'} ${listed(issue.keys)}`;
    default:
      return undefined;
  }
}

z.config({ customError: describeIssue });
