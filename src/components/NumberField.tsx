import { ParsedField, type ParsedFieldProps } from './ParsedField';
import { parseNumber } from './parseAmount';
import { formatNumber } from './format';

export interface NumberBounds {
  min?: number;
  max?: number;
  integer?: boolean;
}

/** How a plain number field reads and shows its value (shared with OptionalNumberField). */
export function plainNumber({ min = 0, max = 1e12, integer = false }: NumberBounds) {
  return {
    inputMode: integer ? ('numeric' as const) : ('decimal' as const),
    parse: (text: string) => parseNumber(text, min, max, integer),
    format: (value: number) => formatNumber(value, integer ? 0 : 4),
  };
}

type NumberFieldProps = Omit<ParsedFieldProps, 'parse' | 'format'> & NumberBounds;

/** Plain number input (shares, months, years) with bounds checked inline. */
export function NumberField({ min, max, integer, ...props }: NumberFieldProps) {
  return <ParsedField {...props} {...plainNumber({ min, max, integer })} />;
}
