import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NOTICE_MS, NoticeArea } from '@/app/NoticeArea';
import { showNotice, useNoticeStore } from '@/state/notices';

beforeEach(() => useNoticeStore.setState({ notices: [] }));

describe('NoticeArea', () => {
  it('announces notices politely and runs their action from the keyboard', async () => {
    const user = userEvent.setup();
    const undo = vi.fn();
    render(<NoticeArea />);
    act(() => void showNotice({ message: 'Deleted "Acme"', action: { label: 'Undo', run: undo } }));
    expect(screen.getByRole('status')).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByRole('status')).toHaveTextContent('Deleted "Acme"');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(undo).toHaveBeenCalledOnce();
    expect(screen.queryByText('Deleted "Acme"')).not.toBeInTheDocument();
  });

  it('dismisses itself after a while, but never while focused', () => {
    vi.useFakeTimers();
    render(<NoticeArea />);
    act(
      () => void showNotice({ message: 'First', action: { label: 'Undo', run: () => undefined } }),
    );
    act(() => void showNotice({ message: 'Second' }));
    act(() => screen.getByRole('button', { name: 'Undo' }).focus());
    act(() => vi.advanceTimersByTime(NOTICE_MS + 100));
    expect(screen.getByText('First')).toBeInTheDocument();
    expect(screen.queryByText('Second')).not.toBeInTheDocument();
    act(() => screen.getByRole('button', { name: 'Undo' }).blur());
    act(() => vi.advanceTimersByTime(NOTICE_MS + 100));
    expect(screen.queryByText('First')).not.toBeInTheDocument();
    vi.useRealTimers();
  });

  it('renders HTML in a message as text', () => {
    render(<NoticeArea />);
    act(() => void showNotice({ message: 'Deleted "<img src=x onerror=alert(1)>"' }));
    expect(screen.getByText('Deleted "<img src=x onerror=alert(1)>"')).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });
});
