import { ParsedField, type ParsedFieldProps } from './ParsedField';
import { plainNumber, type NumberBounds } from './NumberField';

type OptionalNumberFieldProps = Omit<
  ParsedFieldProps<number | undefined>,
  'parse' | 'format' | 'placeholder'
> &
  NumberBounds;

/** A number that may be left unset: clearing the field sets it back to undefined ("Not set"). */
export function OptionalNumberField({ min, max, integer, ...props }: OptionalNumberFieldProps) {
  const number = plainNumber({ min, max, integer });
  return (
    <ParsedField<number | undefined>
      {...props}
      inputMode={number.inputMode}
      placeholder="Not set"
      parse={(text) => (text.trim() === '' ? { ok: true, value: undefined } : number.parse(text))}
      format={(value) => (value === undefined ? '' : number.format(value))}
    />
  );
}
