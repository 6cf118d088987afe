import { expect, test } from 'vitest';
import { defaultMinimum, describeMustHave, mustHaveTargets } from '@/features/priorities/mustHaves';
import { dimensionOptions } from '@/features/priorities/dimensionList';

const targets = mustHaveTargets(
  dimensionOptions([
    { id: 'team', label: 'Team quality', description: '', anchors: { low: '', mid: '', high: '' } },
  ]),
);

test('must-haves can target base, total comp and every dimension including custom ones', () => {
  expect(targets.map((t) => t.id)).toEqual([
    'base',
    'totalComp',
    'cash',
    'equity',
    'scope',
    'data',
    'roadmap',
    'commitment',
    'team',
  ]);
  expect(targets.filter((t) => t.money).map((t) => t.id)).toEqual([
    'base',
    'totalComp',
    'cash',
    'equity',
  ]);
});

test('describes money must-haves in the profile currency and ratings as numbers', () => {
  expect(describeMustHave({ dimension: 'base', min: 220_000 }, targets, 'USD')).toBe(
    'Base salary at least $220,000',
  );
  expect(describeMustHave({ dimension: 'totalComp', min: 300_000 }, targets, 'EUR')).toBe(
    'Total comp at least €300,000',
  );
  expect(describeMustHave({ dimension: 'data', min: 6 }, targets, 'USD')).toBe(
    'Data access at least 6',
  );
  expect(describeMustHave({ dimension: 'team', min: 7.5 }, targets, 'USD')).toBe(
    'Team quality at least 7.5',
  );
});

test('a fresh must-have starts from a sensible minimum', () => {
  expect(defaultMinimum(targets[0])).toBe(200_000);
  expect(defaultMinimum(targets.find((t) => t.id === 'data'))).toBe(6);
});
