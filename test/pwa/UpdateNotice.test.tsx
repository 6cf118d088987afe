import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UpdateNotice } from '@/pwa/UpdateNotice';

describe('UpdateNotice', () => {
  it('announces a ready version politely and offers Reload and Later by keyboard', async () => {
    const onReload = vi.fn();
    const onDismiss = vi.fn();
    render(<UpdateNotice kind="ready" onReload={onReload} onDismiss={onDismiss} />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('A new version of OfferScope is ready.');
    expect(status).toHaveAttribute('aria-live', 'polite');
    const user = userEvent.setup();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Reload' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onReload).toHaveBeenCalledTimes(1);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Later: keep using this version' })).toHaveFocus();
    await user.keyboard(' ');
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('says when another tab has already switched to the new version', () => {
    render(<UpdateNotice kind="took-over" onReload={() => {}} onDismiss={() => {}} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'OfferScope was updated in another tab. Reload to use the new version.',
    );
  });
});
