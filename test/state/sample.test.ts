import { expect, test } from 'vitest';
import { parseWorkspace, WorkspaceSchema } from '@/domain';
import { emptyWorkspace, sampleWorkspace } from '@/state/sample';

test('the sample is written out in full: parsing it adds and changes nothing', () => {
  expect(WorkspaceSchema.parse(sampleWorkspace())).toEqual(sampleWorkspace());
  expect(parseWorkspace(JSON.parse(JSON.stringify(sampleWorkspace())))).toEqual(sampleWorkspace());
});

test('each call gives a copy of its own', () => {
  const first = sampleWorkspace();
  first.offers[0]!.cash.base = 1;
  expect(sampleWorkspace().offers[0]!.cash.base).not.toBe(1);
});

test('the sample is marked as sample, has a baseline and two profiles; the empty workspace has none', () => {
  const sample = sampleWorkspace();
  expect(sample.sample).toBe(true);
  expect(sample.offers.map((o) => o.id)).toContain(sample.baselineOfferId);
  expect(sample.profiles.map((p) => p.id)).toContain(sample.activeProfileId);
  expect(emptyWorkspace().offers).toEqual([]);
});
