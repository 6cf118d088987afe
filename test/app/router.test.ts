import { expect, test } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import {
  hashWithQuery,
  parseQuery,
  parseRoute,
  replaceQuery,
  routeHref,
  useRouteQuery,
} from '@/app/router';

test('each view has a hash route and unknown hashes land on Compare', () => {
  expect(parseRoute('')).toEqual({ view: 'compare', param: '' });
  expect(parseRoute('#/finance')).toEqual({ view: 'finance', param: '' });
  expect(parseRoute('#/nowhere')).toEqual({ view: 'compare', param: '' });
});

test('a view query is not part of the route', () => {
  expect(parseRoute('#/compare?outlook=optimistic')).toEqual({ view: 'compare', param: '' });
  expect(parseRoute('#/priorities?x=1')).toEqual({ view: 'priorities', param: '' });
});

test('offer ids round-trip through the href, and malformed escapes do not throw', () => {
  expect(parseRoute(routeHref('offers', 'offer a/b'))).toEqual({
    view: 'offers',
    param: 'offer a/b',
  });
  expect(parseRoute('#/offers/%E0%A4%A')).toEqual({ view: 'offers', param: '' });
});

test('share payloads are kept verbatim', () => {
  expect(parseRoute('#/share/abc-_DEF?x')).toEqual({ view: 'share', param: 'abc-_DEF?x' });
});

test('a view query is read, changed and removed without touching the path', () => {
  expect(parseQuery('#/finance?offer=a%20b&years=5')).toEqual({ offer: 'a b', years: '5' });
  expect(parseQuery('#/finance')).toEqual({});
  expect(parseQuery('#/share/abc?years=5')).toEqual({}); // a share payload is opaque
  expect(hashWithQuery('#/finance', { years: '6' })).toBe('#/finance?years=6');
  expect(hashWithQuery('#/finance?offer=x&years=6', { years: null })).toBe('#/finance?offer=x');
  expect(hashWithQuery('', { outlook: 'optimistic' })).toBe('#/compare?outlook=optimistic');
});

test('replaceQuery changes the address without a history entry and notifies useRouteQuery', () => {
  window.location.hash = '#/finance';
  const before = window.history.length;
  const { result } = renderHook(() => useRouteQuery());
  expect(result.current).toEqual({});
  act(() => replaceQuery({ offer: 'offer-a', years: '3' }));
  expect(window.location.hash).toBe('#/finance?offer=offer-a&years=3');
  expect(window.history.length).toBe(before);
  expect(result.current).toEqual({ offer: 'offer-a', years: '3' });
  window.location.hash = '';
});
