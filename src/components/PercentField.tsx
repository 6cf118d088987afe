import { ParsedField, type ParsedFieldProps } from './ParsedField';
import { parsePercent } from './parseAmount';

type PercentFieldProps = Omit<ParsedFieldProps, 'parse' | 'format' | 'suffix'> & {
  min?: number;
  max?: number;
};

/** Percent input: accepts 20, 20%, 7.5; bounds checked inline. */
export function PercentField({ min = 0, max = 100, ...props }: PercentFieldProps) {
  return (
    <ParsedField
      {...props}
      parse={(t) => parsePercent(t, min, max)}
      format={(v) => String(Math.round(v * 1000) / 1000)}
      suffix="%"
    />
  );
}
