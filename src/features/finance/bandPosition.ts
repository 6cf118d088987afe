import type { Band, EmployerCostYear } from '@/domain';

export type BandStatus = 'below' | 'within' | 'above';

export interface BandPositionSummary {
  /** Year-1 base the position describes. */
  base: number;
  band: Band;
  /** base / band.mid, from the engine. */
  compaRatio: number;
  /** 0 at the band minimum, 1 at the maximum, from the engine; outside [0, 1] when out of band. */
  rangePosition: number;
  status: BandStatus;
  /** How far the base lies outside the band (0 when within). */
  outsideBy: number;
}

/** Where an offer's year-1 base sits in its band; null when the offer has no band. */
export function bandPosition(
  band: Band | undefined,
  firstYear: EmployerCostYear | undefined,
): BandPositionSummary | null {
  if (
    !band ||
    !firstYear ||
    firstYear.compaRatio === undefined ||
    firstYear.rangePosition === undefined
  )
    return null;
  const base = firstYear.base;
  const status: BandStatus = base > band.max ? 'above' : base < band.min ? 'below' : 'within';
  const outsideBy = status === 'above' ? base - band.max : status === 'below' ? band.min - base : 0;
  return {
    base,
    band,
    compaRatio: firstYear.compaRatio,
    rangePosition: firstYear.rangePosition,
    status,
    outsideBy,
  };
}
