import { ParsedField, type ParsedFieldProps } from './ParsedField';
import { parseNumber } from './parseAmount';
import { formatNumber } from './format';

type NumberFieldProps = Omit<ParsedFieldProps, 'parse' | 'format'> & {
  min?: number;
  max?: number;
  integer?: boolean;
};

/** Plain number input (shares, months, years) with bounds checked inline. */
export function NumberField({ min = 0, max = 1e12, integer = false, ...props }: NumberFieldProps) {
  return (
    <ParsedField
      {...props}
      inputMode={integer ? 'numeric' : 'decimal'}
      parse={(t) => parseNumber(t, min, max, integer)}
      format={(v) => formatNumber(v, integer ? 0 : 4)}
    />
  );
}
