import { expect, test } from 'vitest';
import { parseRoute, routeHref } from '@/app/router';

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
