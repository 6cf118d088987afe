import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { PanelSchema } from '@/domain';
import { ShareDialog } from '@/features/sharing/ShareDialog';
import { decodeShare } from '@/features/sharing/shareCodec';
import { sampleWorkspace } from '@/state/sample';
import { useWorkspaceStore } from '@/state/workspaceStore';

const payloadOf = (link: string) => decodeShare(link.split('#/share/')[1]!);

it('the share dialog leaves the hiring panel out until "Include the hiring panel" is ticked', async () => {
  const panel = PanelSchema.parse({
    members: [
      { id: 'm1', name: 'Dana', role: 'hiringManager' },
      { id: 'm2', name: 'Riley', role: 'recruiter' },
    ],
  });
  useWorkspaceStore.setState({
    workspace: { ...sampleWorkspace(), panels: [panel] },
    past: [],
    future: [],
    readOnlyReason: null,
  });
  render(<ShareDialog onClose={() => undefined} />);
  const field = screen.getByLabelText<HTMLInputElement>('Share link');
  await waitFor(() => expect(field.value).toContain('#/share/'));
  expect((await payloadOf(field.value)).panel).toBeUndefined();

  const option = screen.getByLabelText(/Include the hiring panel \(2 members/);
  expect(option).not.toBeChecked();
  await userEvent.click(option);
  await waitFor(async () =>
    expect((await payloadOf(field.value)).panel?.members.map((m) => m.name)).toEqual([
      'Dana',
      'Riley',
    ]),
  );
});
