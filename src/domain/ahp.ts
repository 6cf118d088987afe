import type { AhpResult } from './types';

export function ahp(matrix: number[][]): AhpResult {
  void matrix;
  throw new Error('not implemented yet');
}
