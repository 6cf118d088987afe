import { describe, expect, test } from 'vitest';
import { hashWithOutlook, outlookFromHash } from '@/features/compare/useOutlook';

describe('equity outlook in the URL', () => {
  test('reads the outlook from the hash query, defaulting to expected', () => {
    expect(outlookFromHash('#/compare?outlook=optimistic')).toBe('optimistic');
    expect(outlookFromHash('#/compare?outlook=conservative')).toBe('conservative');
    expect(outlookFromHash('#/compare')).toBe('expected');
    expect(outlookFromHash('#/compare?outlook=moonshot')).toBe('expected');
    expect(outlookFromHash('')).toBe('expected');
  });
  test('writes it back, leaving the default out', () => {
    expect(hashWithOutlook('#/compare', 'optimistic')).toBe('#/compare?outlook=optimistic');
    expect(hashWithOutlook('#/compare?outlook=optimistic', 'expected')).toBe('#/compare');
    expect(hashWithOutlook('', 'conservative')).toBe('#/compare?outlook=conservative');
  });
});
