import { mergeInto } from '@/state/merge';
import { sampleWorkspace } from '@/state/sample';
import { uniqueName } from '@/state/names';

describe('mergeInto', () => {
  it('keeps every existing item unchanged and adds copies with new ids and suffixed names', () => {
    const current = sampleWorkspace();
    const merged = mergeInto(current, {
      offers: [current.offers[0]!],
      profiles: [current.profiles[1]!],
      dimensions: [
        {
          id: 'custom-mentor',
          label: 'Mentorship',
          description: '',
          anchors: { low: '', mid: '', high: '' },
        },
      ],
      fxRates: { EUR: 1.1 },
    });
    expect(merged.offers.slice(0, 4)).toEqual(current.offers);
    const added = merged.offers[4]!;
    expect(added.id).not.toBe(current.offers[0]!.id);
    expect(added.name).toBe(`${current.offers[0]!.name} 2`);
    expect(added.cash).toEqual(current.offers[0]!.cash);
    expect(merged.profiles[2]!.name).toBe('Research-focused (sample) 2');
    expect(merged.dimensions.map((d) => d.id)).toEqual(['custom-mentor']);
    expect(merged.fxRates).toEqual({ EUR: 1.1 });
    expect(merged.activeProfileId).toBe(current.activeProfileId);
    expect(merged.sample).toBe(false);
  });

  it('keeps the workspace’s own dimensions and exchange rates over incoming ones', () => {
    const current = {
      ...sampleWorkspace(),
      fxRates: { EUR: 1.08 },
      dimensions: [
        { id: 'custom-a', label: 'Mine', description: '', anchors: { low: '', mid: '', high: '' } },
      ],
    };
    const merged = mergeInto(current, {
      offers: [],
      profiles: [],
      dimensions: [
        {
          id: 'custom-a',
          label: 'Theirs',
          description: '',
          anchors: { low: '', mid: '', high: '' },
        },
      ],
      fxRates: { EUR: 2 },
    });
    expect(merged.dimensions).toEqual(current.dimensions);
    expect(merged.fxRates).toEqual({ EUR: 1.08 });
  });
});

describe('uniqueName', () => {
  it('numbers clashing names and stays within 80 characters', () => {
    expect(uniqueName('A', [])).toBe('A');
    expect(uniqueName('A', ['A', 'A 2'])).toBe('A 3');
    const long = 'x'.repeat(80);
    expect(uniqueName(long, [long])).toHaveLength(80);
    expect(uniqueName(long, [long])).toMatch(/ 2$/);
  });
});
