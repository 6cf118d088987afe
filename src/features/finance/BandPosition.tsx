import { FigureFormula } from '@/components/FigureFormula';
import { formatMoney } from '@/components/format';
import { offersHref } from './offersHref';
import type { Band, EmployerCostYear } from '@/domain';
import { bandPosition } from './bandPosition';

interface BandPositionProps {
  offerId: string;
  band: Band | undefined;
  firstYear: EmployerCostYear | undefined;
  currency: string;
}

const FLAG_ICON = { above: '▲', below: '▼', within: '✓' } as const;

/** Compa-ratio, position in range, and a flag (icon and words, not color alone) when out of band. */
export function BandPosition({ offerId, band, firstYear, currency }: BandPositionProps) {
  const position = bandPosition(band, firstYear);
  if (!position) {
    return (
      <p className="band-missing muted small">
        No salary band for this offer. Add its band (min, mid, max) in the{' '}
        <a href={offersHref(offerId)}>Offers editor</a> to see the compa-ratio and position in
        range.
      </p>
    );
  }
  const money = (v: number) => formatMoney(v, currency);
  const flagText =
    position.status === 'above'
      ? `Above band max by ${money(position.outsideBy)}`
      : position.status === 'below'
        ? `Below band min by ${money(position.outsideBy)}`
        : 'Within band';

  return (
    <div className="band-position">
      <dl className="band-position__facts">
        <div>
          <dt>Band (min – mid – max)</dt>
          <dd className="num">
            {money(position.band.min)} – {money(position.band.mid)} – {money(position.band.max)}
          </dd>
        </div>
        <div>
          <dt>Year-1 base</dt>
          <dd className="num">{money(position.base)}</dd>
        </div>
        <div>
          <dt>Compa-ratio</dt>
          <dd className="num">
            <FigureFormula
              text={position.compaRatio.toFixed(2)}
              label="Compa-ratio"
              formula={`Compa-ratio = year-1 base ${money(position.base)} ÷ band midpoint ${money(position.band.mid)} = ${position.compaRatio.toFixed(2)}`}
            />
          </dd>
        </div>
        <div>
          <dt>Position in range</dt>
          <dd className="num">
            <FigureFormula
              text={`${Math.round(position.rangePosition * 100)}% of range`}
              label="Position in range"
              formula={`Position in range = (year-1 base ${money(position.base)} − band min ${money(position.band.min)}) ÷ (band max ${money(position.band.max)} − band min ${money(position.band.min)}) = ${Math.round(position.rangePosition * 100)}%`}
            />
          </dd>
        </div>
      </dl>
      <p className={`band-flag band-flag--${position.status}`}>
        <span aria-hidden="true">{FLAG_ICON[position.status]}</span> {flagText}
      </p>
    </div>
  );
}
