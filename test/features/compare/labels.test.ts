import { describe, expect, test } from 'vitest';
import {
  dimensionLabeler,
  mustHaveText,
  percentOf,
  signed,
  signedPoints,
} from '@/features/compare/labels';

describe('dimension labels', () => {
  test('names built-in and custom dimensions, and falls back to the id', () => {
    const labelOf = dimensionLabeler([
      {
        id: 'custom-mentor',
        label: 'Mentorship',
        description: '',
        anchors: { low: '', mid: '', high: '' },
      },
    ]);
    expect(labelOf('data')).toBe('Data access');
    expect(labelOf('scope')).toBe('Technical scope');
    expect(labelOf('custom-mentor')).toBe('Mentorship');
    expect(labelOf('unknown')).toBe('unknown');
  });
});

describe('must-have text', () => {
  const labelOf = dimensionLabeler([]);
  test('money must-haves are formatted in the profile currency', () => {
    expect(mustHaveText({ dimension: 'base', min: 220_000 }, labelOf, 'USD')).toBe(
      'Base salary ≥ $220,000',
    );
    expect(mustHaveText({ dimension: 'totalComp', min: 300_000 }, labelOf, 'EUR')).toBe(
      'Total comp ≥ €300,000',
    );
  });
  test('rating must-haves are plain numbers', () => {
    expect(mustHaveText({ dimension: 'data', min: 7 }, labelOf, 'USD')).toBe('Data access ≥ 7');
  });
});

describe('signs and shares', () => {
  test('points carry an explicit sign and a typographic minus', () => {
    expect(signedPoints(9)).toBe('+9.0');
    expect(signedPoints(-7.26)).toBe('−7.3');
    expect(signedPoints(0.01)).toBe('0.0');
    expect(signed('-$45,000')).toBe('−$45,000');
  });
  test('shares become whole percentages', () => {
    expect(percentOf(0.347)).toBe('35%');
    expect(percentOf(1)).toBe('100%');
  });
});
