// @vitest-environment node
import { expect, test } from 'vitest';
import * as d3 from 'd3-scale';
import * as subset from '@/vendor/d3ScaleSubset';

test('the subset offers the scales Recharts picks with scale="auto": band, point and linear', () => {
  expect(Object.keys(subset).sort()).toEqual(['scaleBand', 'scaleLinear', 'scalePoint']);
  expect(subset.scaleBand().domain(['a', 'b']).range([0, 100])('b')).toBe(50);
  expect(subset.scalePoint().domain(['a', 'b']).range([0, 100])('b')).toBe(100);
  expect(subset.scaleLinear().domain([0, 10]).range([0, 100])(2.5)).toBe(25);
  expect(subset.scaleLinear).toBe(d3.scaleLinear);
});
