import { editMessage } from '@/features/offers/editMessage';

describe('editMessage', () => {
  it('is null for an applied edit', () => {
    expect(editMessage({ ok: true })).toBeNull();
  });

  it('joins distinct issue messages, capitalized', () => {
    expect(
      editMessage({
        ok: false,
        issues: [
          { path: 'offers[0].name', message: 'is required' },
          { path: 'offers[1].name', message: 'is required' },
        ],
      }),
    ).toBe('Is required');
  });
});
