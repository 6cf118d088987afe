import { expect, test } from 'vitest';
import { dimensionOptions, labelOf } from '@/features/priorities/dimensionList';

test('lists built-in dimensions first, then custom ones as rated dimensions', () => {
  const options = dimensionOptions([
    { id: 'team', label: 'Team quality', description: '', anchors: { low: '', mid: '', high: '' } },
  ]);
  expect(options.map((d) => `${d.id}:${d.kind}`)).toEqual([
    'cash:money',
    'equity:money',
    'scope:rating',
    'data:rating',
    'roadmap:rating',
    'commitment:rating',
    'team:rating',
  ]);
  expect(labelOf(options, 'data')).toBe('Data access');
  expect(labelOf(options, 'team')).toBe('Team quality');
  expect(labelOf(options, 'gone')).toBe('gone');
});
