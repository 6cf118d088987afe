import { describe, expect, it } from 'vitest';
import { PanelSchema, WorkspaceSchema, type Panel } from '@/domain';
import { buildSharePayload, decodeShare, encodeShare } from '@/features/sharing/shareCodec';
import { mergeInto } from '@/state/merge';
import { sampleWorkspace } from '@/state/workspaceStore';
import { exportText, parseWorkspaceFile } from '@/state/workspaceFile';

const panel = (): Panel =>
  PanelSchema.parse({
    id: 'panel-1',
    profileId: 'profile-research',
    groupProfileId: 'profile-balanced',
    members: [
      { id: 'm1', name: 'Dana', role: 'hiringManager', weights: { cash: 30, custom_x: 5 } },
      {
        id: 'm2',
        name: 'Sam',
        role: 'candidate',
        method: 'ahp',
        pairwise: { 'custom_x>cash': 3 },
        revisions: [{ method: 'rank', ranking: ['custom_x', 'cash'] }],
      },
    ],
  });

const withPanel = () => {
  const ws = sampleWorkspace();
  return WorkspaceSchema.parse({
    ...ws,
    dimensions: [{ id: 'custom_x', label: 'Visa support' }],
    panels: [panel()],
  });
};

describe('panels travel with the workspace', () => {
  it('export and import keep the panel whole', () => {
    const ws = withPanel();
    const imported = parseWorkspaceFile(exportText(ws));
    expect(imported.ok && imported.workspace.panels).toEqual(ws.panels);
  });

  it('merging an import adds its panel with new ids; links follow the profiles, dimensions follow renames', () => {
    const current = WorkspaceSchema.parse({
      ...sampleWorkspace(),
      dimensions: [{ id: 'custom_x', label: 'Team size' }], // same id, another dimension
      panels: [{ ...panel(), name: 'Hiring panel' }],
    });
    const incoming = withPanel();
    const merged = WorkspaceSchema.parse(mergeInto(current, incoming));
    expect(merged.panels).toHaveLength(2);
    expect(merged.panels[0]).toEqual(current.panels[0]); // never changed
    const added = merged.panels[1]!;
    expect(added.id).not.toBe('panel-1');
    expect(added.name).toBe('Hiring panel 2');
    const research = merged.profiles.find((p) => p.name === 'Research-focused (sample) 2')!;
    const balanced = merged.profiles.find((p) => p.name === 'Balanced (sample) 2')!;
    expect(added.profileId).toBe(research.id);
    expect(added.groupProfileId).toBe(balanced.id);
    const renamed = merged.dimensions.find((d) => d.label === 'Visa support')!.id;
    expect(renamed).not.toBe('custom_x');
    expect(added.members[0]!.weights).toEqual({ cash: 30, [renamed]: 5 });
    expect(added.members[1]!.pairwise).toEqual({ [`${renamed}>cash`]: 3 });
    expect(added.members[1]!.revisions[0]!.ranking).toEqual([renamed, 'cash']);
  });

  it('a share link leaves the panel out unless asked, and then carries it for the shared profile', async () => {
    const ws = withPanel();
    const profile = ws.profiles[0]!;
    const without = await decodeShare(
      await encodeShare(buildSharePayload(ws.offers, profile, ws.dimensions, ws.fxRates)),
    );
    expect(without.panel).toBeUndefined();
    const withIt = await decodeShare(
      await encodeShare(
        buildSharePayload(ws.offers, profile, ws.dimensions, ws.fxRates, { panel: ws.panels[0]! }),
      ),
    );
    expect(withIt.panel!.members).toEqual(ws.panels[0]!.members);
    expect(withIt.panel!.profileId).toBe(profile.id);
    expect(withIt.panel!.groupProfileId).toBeNull();

    // Adding the shared offers brings the panel along, pointing at the added profile.
    const merged = WorkspaceSchema.parse(
      mergeInto(sampleWorkspace(), {
        offers: withIt.offers,
        profiles: [withIt.profile],
        dimensions: withIt.dimensions,
        panels: [withIt.panel!],
      }),
    );
    const added = merged.profiles.at(-1)!;
    expect(merged.panels[0]!.profileId).toBe(added.id);
  });
});
