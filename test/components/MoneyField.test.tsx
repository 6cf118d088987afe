import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { expect, test, vi } from 'vitest';
import { MoneyField } from '@/components/MoneyField';
import { PercentField } from '@/components/PercentField';

function Harness({ onChange }: { onChange: (v: number) => void }) {
  const [value, setValue] = useState(100_000);
  return (
    <>
      <MoneyField
        label="Base salary"
        currency="USD"
        value={value}
        onChange={(v) => {
          setValue(v);
          onChange(v);
        }}
      />
      <output data-testid="stored">{value}</output>
    </>
  );
}

test('typing $185k stores 185000', async () => {
  const onChange = vi.fn();
  render(<Harness onChange={onChange} />);
  const input = screen.getByLabelText('Base salary');
  await userEvent.clear(input);
  await userEvent.type(input, '$185k');
  expect(onChange).toHaveBeenLastCalledWith(185_000);
  expect(screen.getByTestId('stored')).toHaveTextContent('185000');
});

test('garbage shows an inline message and keeps the last good value', async () => {
  render(<Harness onChange={() => {}} />);
  const input = screen.getByLabelText('Base salary');
  await userEvent.clear(input);
  await userEvent.type(input, '12abc');
  expect(screen.getByRole('alert')).toHaveTextContent(/not an amount/i);
  expect(input).toHaveAttribute('aria-invalid', 'true');
  expect(input).toHaveAccessibleDescription(/not an amount/i);
  expect(screen.getByTestId('stored')).toHaveTextContent('12');
});

test('a rejection from the model is shown next to the field', async () => {
  render(<PercentField label="Bonus target" value={10} onChange={() => 'rejected by the model'} />);
  const input = screen.getByLabelText('Bonus target');
  await userEvent.clear(input);
  await userEvent.type(input, '15');
  expect(screen.getByRole('alert')).toHaveTextContent('rejected by the model');
});

test('out-of-range percent is refused inline', async () => {
  const onChange = vi.fn();
  render(<PercentField label="Bonus target" value={10} onChange={onChange} />);
  const input = screen.getByLabelText('Bonus target');
  await userEvent.clear(input);
  await userEvent.type(input, '150');
  expect(screen.getByRole('alert')).toHaveTextContent('Must be 100% or less');
  expect(onChange).not.toHaveBeenCalledWith(150);
});

test('an outside change (like undo) replaces the text being shown', async () => {
  const { rerender } = render(
    <MoneyField label="Base salary" currency="USD" value={100_000} onChange={() => {}} />,
  );
  const input = screen.getByLabelText('Base salary');
  await userEvent.clear(input);
  await userEvent.type(input, '12abc');
  expect(screen.getByRole('alert')).toBeInTheDocument();
  rerender(<MoneyField label="Base salary" currency="USD" value={150_000} onChange={() => {}} />);
  expect(input).toHaveValue('150,000');
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
});

test('leaving a bad entry keeps the text and its message on refocus', async () => {
  render(<MoneyField label="Base salary" currency="USD" value={100_000} onChange={() => {}} />);
  const input = screen.getByLabelText('Base salary');
  await userEvent.clear(input);
  await userEvent.type(input, 'oops');
  await userEvent.tab();
  await userEvent.click(input);
  expect(input).toHaveValue('oops');
  expect(screen.getByRole('alert')).toBeInTheDocument();
});
