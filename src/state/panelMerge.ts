import type { Panel } from '@/domain';
import { newId } from './ids';
import { uniqueName } from './names';

/**
 * Incoming panels (an import merged in, or a share link) added next to the current ones: each
 * gets a new id and a unique name, its profile links follow the profiles' new ids (a link to a
 * profile that did not come along falls back to the active profile), and members' weights,
 * rankings and judgments follow renamed dimensions. Current panels are never changed.
 */
export function mergePanels(
  current: readonly Panel[],
  incoming: readonly Panel[],
  profileIds: ReadonlyMap<string, string>,
  renamed: ReadonlyMap<string, string>,
): Panel[] {
  const names = current.map((p) => p.name);
  const rename = (id: string) => renamed.get(id) ?? id;
  const keys = <T>(record: Record<string, T>, key: (k: string) => string) =>
    Object.fromEntries(Object.entries(record).map(([k, v]) => [key(k), v]));
  const added = incoming.map((panel) => {
    const name = uniqueName(panel.name, names);
    names.push(name);
    const link = (id: string | null) => (id === null ? null : (profileIds.get(id) ?? null));
    return {
      ...structuredClone(panel),
      id: newId('panel'),
      name,
      profileId: link(panel.profileId),
      groupProfileId: link(panel.groupProfileId),
      members: panel.members.map((m) => {
        const view = <
          V extends {
            weights: Record<string, number>;
            ranking: string[];
            pairwise: Record<string, number>;
          },
        >(
          v: V,
        ): V => ({
          ...v,
          weights: keys(v.weights, rename),
          ranking: v.ranking.map(rename),
          pairwise: keys(v.pairwise, (k) => k.split('>').map(rename).join('>')),
        });
        return {
          ...view(structuredClone(m)),
          revisions: m.revisions.map((r) => view(structuredClone(r))),
        };
      }),
    };
  });
  return [...current, ...added];
}
