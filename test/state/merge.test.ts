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
    expect(merged.dimensions[0]).toEqual(current.dimensions[0]);
    expect(merged.fxRates).toEqual({ EUR: 1.08 });
  });

  it('re-ids an incoming dimension that clashes with a different one, ratings and weights with it', () => {
    const anchors = { low: '', mid: '', high: '' };
    const current = {
      ...sampleWorkspace(),
      dimensions: [{ id: 'custom-a', label: 'Mine', description: '', anchors }],
    };
    const [offer] = current.offers;
    const [profile] = current.profiles;
    const merged = mergeInto(current, {
      offers: [{ ...offer!, ratings: { ...offer!.ratings, 'custom-a': 9 } }],
      profiles: [
        {
          ...profile!,
          weights: { ...profile!.weights, 'custom-a': 3 },
          ranking: ['custom-a', 'cash'],
          pairwise: { 'custom-a>cash': 3 },
          constraints: [{ dimension: 'custom-a', min: 5 }],
        },
      ],
      dimensions: [{ id: 'custom-a', label: 'Theirs', description: '', anchors }],
    });
    expect(merged.dimensions.map((d) => [d.id, d.label])).toEqual([
      ['custom-a', 'Mine'],
      ['custom-a-2', 'Theirs'],
    ]);
    const added = merged.offers.at(-1)!;
    expect(added.ratings['custom-a-2']).toBe(9);
    expect(added.ratings['custom-a']).toBeUndefined();
    const addedProfile = merged.profiles.at(-1)!;
    expect(addedProfile.weights['custom-a-2']).toBe(3);
    expect(addedProfile.ranking).toEqual(['custom-a-2', 'cash']);
    expect(addedProfile.pairwise).toEqual({ 'custom-a-2>cash': 3 });
    expect(addedProfile.constraints).toEqual([{ dimension: 'custom-a-2', min: 5 }]);
    // The workspace's own offers keep rating their own dimension.
    expect(merged.offers.slice(0, current.offers.length)).toEqual(current.offers);
  });

  it('treats an incoming dimension with the same id and label as the same dimension', () => {
    const anchors = { low: '', mid: '', high: '' };
    const dimension = { id: 'custom-a', label: 'Mentorship', description: '', anchors };
    const current = { ...sampleWorkspace(), dimensions: [dimension] };
    const merged = mergeInto(current, { offers: [], profiles: [], dimensions: [dimension] });
    expect(merged.dimensions).toEqual([dimension]);
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
