import { ParsedField, type ParsedFieldProps } from './ParsedField';
import { parseNumber } from './parseAmount';
import { formatNumber } from './format';

type OptionalNumberFieldProps = Omit<
  ParsedFieldProps<number | undefined>,
  'parse' | 'format' | 'placeholder'
> & {
  min?: number;
  max?: number;
  integer?: boolean;
};

/** A number that may be left unset: clearing the field sets it back to undefined ("Not set"). */
export function OptionalNumberField({
  min = 0,
  max = 1e12,
  integer = false,
  ...props
}: OptionalNumberFieldProps) {
  return (
    <ParsedField<number | undefined>
      {...props}
      inputMode={integer ? 'numeric' : 'decimal'}
      placeholder="Not set"
      parse={(text) =>
        text.trim() === '' ? { ok: true, value: undefined } : parseNumber(text, min, max, integer)
      }
      format={(value) => (value === undefined ? '' : formatNumber(value, integer ? 0 : 4))}
    />
  );
}
