import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test } from 'vitest';
import { summarizeWorkspace } from '@/domain';
import { ExchangeRates } from '@/features/offers/ExchangeRates';
import { sampleWorkspace, useWorkspaceStore } from '@/state/workspaceStore';

beforeEach(() => {
  const ws = sampleWorkspace();
  ws.offers[1] = { ...ws.offers[1]!, currency: 'EUR' };
  useWorkspaceStore.setState({ workspace: ws, past: [], future: [] });
});

test('an offer in another currency asks for its rate, and the rate makes it scorable', async () => {
  render(<ExchangeRates />);
  const ws = () => useWorkspaceStore.getState().workspace;
  expect(summarizeWorkspace(ws()).offers[1]!.error).toMatch(/No exchange rate from EUR to USD/);
  const field = screen.getByLabelText('1 EUR in USD');
  expect(field).toHaveAccessibleDescription(/Missing/);
  await userEvent.clear(field);
  await userEvent.type(field, '1.08');
  expect(ws().fxRates.EUR).toBe(1.08);
  expect(summarizeWorkspace(ws()).offers[1]!.error).toBeNull();
});

test('changing the reporting currency lists the rates needed for the others', async () => {
  render(<ExchangeRates />);
  await userEvent.selectOptions(screen.getByLabelText('Reporting currency'), 'EUR');
  expect(useWorkspaceStore.getState().workspace.reportingCurrency).toBe('EUR');
  expect(screen.getByLabelText('1 USD in EUR')).toBeInTheDocument();
});
