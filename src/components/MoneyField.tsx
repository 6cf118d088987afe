import { ParsedField, type ParsedFieldProps } from './ParsedField';
import { parseMoney } from './parseAmount';
import { formatNumber } from './format';

type MoneyFieldProps = Omit<ParsedFieldProps, 'parse' | 'format' | 'suffix'> & { currency: string };

/** Money input: accepts 185000, 185,000, $185k, 1.2m; shows the currency code beside it. */
export function MoneyField({ currency, ...props }: MoneyFieldProps) {
  return (
    <ParsedField
      {...props}
      parse={parseMoney}
      format={(v) => formatNumber(v, 2)}
      suffix={currency}
    />
  );
}
